"""django-allauth forms with the limits our database enforces, and the member's name.

allauth's e-mail form field has no length limit, while the user table holds at
most 254 characters (RFC 5321): a longer address must be a form error, not a
database error.

The name is one field, written as the person writes it (no first/last split, which
does not fit every naming culture); it is stored in ``User.first_name`` and printed
on certificates.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import AddEmailForm, SignupForm

EMAIL_MAX_LENGTH = 254


def limit_email_length(form):
    field = form.fields["email"]
    field.max_length = EMAIL_MAX_LENGTH
    field.validators.append(MaxLengthValidator(EMAIL_MAX_LENGTH))
    field.widget.attrs["maxlength"] = str(EMAIL_MAX_LENGTH)


def name_field():
    return forms.CharField(
        label=_("Your name"),
        max_length=get_user_model()._meta.get_field("first_name").max_length,
        help_text=_("As it should appear on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )


def save_name(user, name):
    user.first_name = name
    user.last_name = ""
    user.save(update_fields=["first_name", "last_name"])


class SymbiosSignupForm(SignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"] = name_field()
        self.order_fields(["name", "email", "password1", "password2"])
        limit_email_length(self)

    def custom_signup(self, request, user):
        save_name(user, self.cleaned_data["name"])


class NameForm(forms.Form):
    name = name_field()


class SymbiosAddEmailForm(AddEmailForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_email_length(self)
