"""Django's password rules, with messages in the site's words.

Django's own messages name the field a password resembles by its model name ("first
name" for the name a member gives, which is one field here) and its catalogues use
another word for "password" than the site in some languages (Estonian "salasõna").
The rules are Django's; only what they say changes. Forms show the rules as one
short hint (``password_hint``) instead of a list of four.
"""

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def validate(self, password, user=None):
        if len(password) < self.min_length:
            raise ValidationError(self.get_error_message(), code="password_too_short")

    def get_error_message(self):
        return ngettext(
            "This password is too short: use at least %(count)d character.",
            "This password is too short: use at least %(count)d characters.",
            self.min_length,
        ) % {"count": self.min_length}

    def get_help_text(self):
        return ngettext(
            "At least %(count)d character.", "At least %(count)d characters.", self.min_length
        ) % {"count": self.min_length}


class UserAttributeSimilarityValidator(password_validation.UserAttributeSimilarityValidator):
    def get_error_message(self):
        return _("This password is too much like your name or e-mail address.")

    def get_help_text(self):
        return _("Not like your name or e-mail address.")


class CommonPasswordValidator(password_validation.CommonPasswordValidator):
    def get_error_message(self):
        return _("This password is too common; choose one that is harder to guess.")

    def get_help_text(self):
        return _("Not a common password.")


class NumericPasswordValidator(password_validation.NumericPasswordValidator):
    def get_error_message(self):
        return _("This password has only digits; add letters or other characters.")

    def get_help_text(self):
        return _("Not only digits.")


def minimum_length():
    lengths = [
        validator.min_length
        for validator in password_validation.get_default_password_validators()
        if isinstance(validator, password_validation.MinimumLengthValidator)
    ]
    return max(lengths, default=0)


def password_hint():
    """The password rules in one sentence, for the field where a password is chosen."""
    count = minimum_length()
    return ngettext(
        "At least %(count)d character; not only digits, and not a common password or "
        "one like your name or e-mail address.",
        "At least %(count)d characters; not only digits, and not a common password or "
        "one like your name or e-mail address.",
        count,
    ) % {"count": count}
