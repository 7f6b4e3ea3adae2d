"""django-allauth in the site's words: how a member is named, error messages, mails.

allauth names a member by their username, which it makes up at sign-up and which
the member never sees or chooses; the site names them as they wrote their name,
else by their e-mail address. Its error messages are replaced where their wording
differs from the site's (sentence case, "e-mail address", "log in").
"""

from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from allauth.account import app_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.utils import build_absolute_uri


def member_display(user):
    """The member's name, else the e-mail address (``ACCOUNT_USER_DISPLAY``)."""
    return user.get_full_name() or user.email or user.get_username()


class SymbiosAccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "duplicate_email": _("This e-mail address is already on your account."),
        "email_password_mismatch": _("The e-mail address or the password is not correct."),
        "enter_current_password": _("This is not your current password."),
        "invalid_password_reset": _(
            "This password reset link is not valid any more. Please ask for a new one."
        ),
        "rate_limited": _("Too many attempts. Please wait a few minutes and try again."),
        "same_as_current": _("This is already your e-mail address."),
        "too_many_login_attempts": _(
            "Too many failed log-in attempts. Please wait a few minutes and try again."
        ),
    }

    def send_mail(self, template_prefix, email, context):
        """Every mail links to the site (``site_url``) under its configured domain and
        greets the ``member`` it is about, if any. (Not ``user``: in a template
        rendered with the request that is whoever is logged in, who may not be the
        person the mail goes to.)"""
        site = get_current_site(allauth_context.request)
        site_url = f"{app_settings.DEFAULT_HTTP_PROTOCOL}://{site.domain}/"
        extra = {"site_url": site_url, "member": context.get("user")}
        super().send_mail(template_prefix, email, {**extra, **context})

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """A notice of a change greets the member by name and says how to take the
        account back (allauth gives it neither the member nor that link)."""
        extra = {
            "user": user,
            "password_reset_url": build_absolute_uri(
                allauth_context.request, reverse("account_reset_password")
            ),
        }
        super().send_notification_mail(template_prefix, user, {**extra, **(context or {})}, email)
