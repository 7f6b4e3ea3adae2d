"""django-allauth forms with the limits our database enforces.

allauth's e-mail form field has no length limit, while the user table holds at
most 254 characters (RFC 5321): a longer address must be a form error, not a
database error.
"""

from django.core.validators import MaxLengthValidator

from allauth.account.forms import AddEmailForm, SignupForm

EMAIL_MAX_LENGTH = 254


def limit_email_length(form):
    field = form.fields["email"]
    field.max_length = EMAIL_MAX_LENGTH
    field.validators.append(MaxLengthValidator(EMAIL_MAX_LENGTH))
    field.widget.attrs["maxlength"] = str(EMAIL_MAX_LENGTH)


class SymbiosSignupForm(SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_email_length(self)


class SymbiosAddEmailForm(AddEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_email_length(self)
