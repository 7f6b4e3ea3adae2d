"""django-allauth's forms in the site's words, with the limits the database enforces
and the member's name.

Every account form gets the site's labels (sentence case, the site's terms, no
placeholder repeating the label: it vanishes as soon as one types), and the field
where a password is chosen gets the rules as one short hint instead of Django's list.

allauth's e-mail form field has no length limit, while the user table holds at
most 254 characters (RFC 5321): a longer address must be a form error, not a
database error.

The name is one field, written as the person writes it (no first/last split, which
does not fit every naming culture); it is stored in ``User.first_name`` and printed
on certificates.
"""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _

from allauth.account import forms as allauth_forms

from home.password_validation import password_hint

EMAIL_MAX_LENGTH = 254

EMAIL_LABEL = _("E-mail address")
PASSWORD_LABEL = _("Password")
REPEAT_PASSWORD_LABEL = _("Repeat the password")
NEW_PASSWORD_LABEL = _("New password")
REPEAT_NEW_PASSWORD_LABEL = _("Repeat the new password")
ENTER_EMAIL_MESSAGE = _("Enter your e-mail address.")
CHOOSE_PASSWORD_MESSAGE = _("Choose a password.")
REPEAT_PASSWORD_MESSAGE = _("Repeat the password.")
INVALID_EMAIL_MESSAGE = _("Enter an e-mail address like name@example.org.")
PASSWORDS_DIFFER_MESSAGE = _("The two passwords are not the same.")


def limit_email_length(form):
    field = form.fields["email"]
    field.max_length = EMAIL_MAX_LENGTH
    field.validators.append(MaxLengthValidator(EMAIL_MAX_LENGTH))
    field.widget.attrs["maxlength"] = str(EMAIL_MAX_LENGTH)


def name_field():
    return forms.CharField(
        label=_("Your name"),
        error_messages={"required": _("Enter your name.")},
        max_length=get_user_model()._meta.get_field("first_name").max_length,
        help_text=_("As it should appear on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )


def save_name(user, name):
    user.first_name = name
    user.last_name = ""
    user.save(update_fields=["first_name", "last_name"])


class SiteWordsMixin:
    """Labels from ``labels``; help texts from ``help_texts`` (an empty one removes
    allauth's); what to do when a field is left empty from ``required_messages``
    (clearer than "This field is required." repeated); the password hint on the
    fields named in ``new_password_fields``."""

    labels = {}
    help_texts = {}
    required_messages = {}
    new_password_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            if name in self.labels:
                field.label = self.labels[name]
            if name in self.help_texts:
                field.help_text = self.help_texts[name]
            if name in self.required_messages:
                field.error_messages["required"] = self.required_messages[name]
            if isinstance(field, forms.EmailField):
                field.error_messages["invalid"] = INVALID_EMAIL_MESSAGE
        for name in self.new_password_fields:
            self.fields[name].help_text = lazy(password_hint, str)()

    def add_error(self, field, error):
        # allauth's one message of its own on these forms: the repeated password
        # differs ("You must type the same password each time.").
        if field == "password2" and isinstance(error, str | Promise):
            error = PASSWORDS_DIFFER_MESSAGE
        super().add_error(field, error)


class SymbiosLoginForm(SiteWordsMixin, allauth_forms.LoginForm):
    labels = {"login": EMAIL_LABEL, "password": PASSWORD_LABEL, "remember": _("Remember me")}
    help_texts = {"password": ""}  # the page links to the password reset
    required_messages = {"login": ENTER_EMAIL_MESSAGE, "password": _("Enter your password.")}


class SymbiosSignupForm(SiteWordsMixin, allauth_forms.SignupForm):
    labels = {
        "email": EMAIL_LABEL,
        "password1": PASSWORD_LABEL,
        "password2": REPEAT_PASSWORD_LABEL,
    }
    required_messages = {
        "email": ENTER_EMAIL_MESSAGE,
        "password1": CHOOSE_PASSWORD_MESSAGE,
        "password2": REPEAT_PASSWORD_MESSAGE,
    }
    new_password_fields = ("password1",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"] = name_field()
        self.order_fields(["name", "email", "password1", "password2"])
        limit_email_length(self)

    def clean(self):
        """allauth checks the password against the e-mail address only; the hint
        promises the member's name too."""
        cleaned_data = super().clean()
        password = cleaned_data.get("password1")
        if password and cleaned_data.get("name") and "password1" not in self.errors:
            member = get_user_model()(
                first_name=cleaned_data["name"], email=cleaned_data.get("email", "")
            )
            try:
                password_validation.validate_password(password, member)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned_data

    def custom_signup(self, request, user):
        save_name(user, self.cleaned_data["name"])


class NameForm(forms.Form):
    name = name_field()


class SymbiosAddEmailForm(SiteWordsMixin, allauth_forms.AddEmailForm):
    labels = {"email": _("New e-mail address")}
    required_messages = {"email": _("Enter the new e-mail address.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_email_length(self)


class SymbiosResetPasswordForm(SiteWordsMixin, allauth_forms.ResetPasswordForm):
    labels = {"email": EMAIL_LABEL}
    required_messages = {"email": ENTER_EMAIL_MESSAGE}


class SymbiosResetPasswordKeyForm(SiteWordsMixin, allauth_forms.ResetPasswordKeyForm):
    labels = {"password1": NEW_PASSWORD_LABEL, "password2": REPEAT_NEW_PASSWORD_LABEL}
    required_messages = {
        "password1": CHOOSE_PASSWORD_MESSAGE,
        "password2": REPEAT_PASSWORD_MESSAGE,
    }
    new_password_fields = ("password1",)


class SymbiosChangePasswordForm(SiteWordsMixin, allauth_forms.ChangePasswordForm):
    labels = {
        "oldpassword": _("Current password"),
        "password1": NEW_PASSWORD_LABEL,
        "password2": REPEAT_NEW_PASSWORD_LABEL,
    }
    help_texts = {"oldpassword": ""}  # the page links to the password reset
    required_messages = {
        "oldpassword": _("Enter your current password."),
        "password1": CHOOSE_PASSWORD_MESSAGE,
        "password2": REPEAT_PASSWORD_MESSAGE,
    }
    new_password_fields = ("password1",)


class SymbiosSetPasswordForm(SiteWordsMixin, allauth_forms.SetPasswordForm):
    labels = {"password1": PASSWORD_LABEL, "password2": REPEAT_PASSWORD_LABEL}
    required_messages = {
        "password1": CHOOSE_PASSWORD_MESSAGE,
        "password2": REPEAT_PASSWORD_MESSAGE,
    }
    new_password_fields = ("password1",)
