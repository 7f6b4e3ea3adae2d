"""Every account mail is ours: the member's name, the site's name and real domain,
never Django's example.com nor the username allauth made up (issue 7, item 8)."""

import re
from pathlib import Path

from django.conf import settings
from django.contrib.sites.models import Site
from django.core import mail
from django.template.loader import get_template
from django.utils import translation

import allauth
import pytest
from allauth.account.models import EmailAddress

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-new-passphrase-for-2027"
ALLAUTH_MAILS = Path(allauth.__file__).parent / "templates" / "account" / "email"


@pytest.fixture
def member():
    return UserFactory(first_name="Maija Virtanen", username="u7f3k2x")


def link_in(message, path):
    match = re.search(rf"http://testserver(/\w\w{path}\S*)", message.body)
    assert match, message.body
    return match.group(1)


def sign_up(client, member):
    client.post(
        "/en/accounts/signup/",
        {
            "name": "Ana Novak",
            "email": "ana@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )


def add_address(client, member):
    client.force_login(member)
    client.post("/en/accounts/email/", {"action_add": "", "email": "maija@example.net"})


def ask_for_a_reset(client, member):
    client.post("/en/accounts/password/reset/", {"email": member.email})


def ask_for_a_reset_without_an_account(client, member):
    client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})


def sign_up_again(client, member):
    client.post(
        "/en/accounts/signup/",
        {"name": "Someone", "email": member.email, "password1": PASSWORD, "password2": PASSWORD},
    )


def reset_the_password(client, member):
    ask_for_a_reset(client, member)
    url = link_in(mail.outbox[-1], "/accounts/password/reset/key/")
    form_url = client.get(url, follow=True).redirect_chain[-1][0]
    client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})


def change_the_password(client, member):
    client.force_login(member)
    client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )


def set_a_password(client, member):
    member.set_unusable_password()
    member.save()
    client.force_login(member)
    client.post(
        "/en/accounts/password/set/", {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )


def change_the_address(client, member):
    add_address(client, member)
    url = link_in(mail.outbox[-1], "/accounts/confirm-email/")
    client.post(url)


def cancel_a_change_of_address(client, member):
    add_address(client, member)
    client.post("/en/accounts/email/", {"action_remove": "", "email": "maija@example.net"})


TRIGGERS = {
    "email_confirmation_signup": (sign_up, "Confirm your e-mail address"),
    "email_confirmation": (add_address, "Confirm your e-mail address"),
    "password_reset_key": (ask_for_a_reset, "Reset your password"),
    "unknown_account": (ask_for_a_reset_without_an_account, "No account uses this e-mail"),
    "account_already_exists": (sign_up_again, "You already have an account"),
    "password_reset": (reset_the_password, "Your password has been changed"),
    "password_changed": (change_the_password, "Your password has been changed"),
    "password_set": (set_a_password, "Your account has a password now"),
    "email_changed": (change_the_address, "Your e-mail address has been changed"),
    "email_deleted": (cancel_a_change_of_address, "An e-mail address has been removed"),
}


@pytest.mark.parametrize("name", TRIGGERS)
def test_each_mail_names_the_site_and_its_domain_and_greets_by_name(client, member, name):
    trigger, subject = TRIGGERS[name]
    trigger(client, member)
    message = mail.outbox[-1]
    text = message.subject + "\n" + message.body

    assert message.subject.startswith(f"[{settings.SITE_NAME}] {subject}")
    assert f"http://{settings.SITE_DOMAIN}/" in message.body  # the signature
    assert "example.com" not in text
    assert "Best wishes,\nThe Symbios team" in message.body
    assert member.username not in text and "u7f3k2x" not in text
    if name in {"unknown_account", "account_already_exists"}:
        assert message.body.startswith("Hello,\n")  # no member to name
    elif name == "email_confirmation_signup":
        assert message.body.startswith("Hello Ana Novak,\n")
    else:
        assert message.body.startswith("Hello Maija Virtanen,\n")


def test_a_mail_about_a_change_says_how_to_take_the_account_back(client, member):
    change_the_password(client, member)
    body = mail.outbox[-1].body
    assert "If you did not make this change" in body
    assert "http://testserver/en/accounts/password/reset/" in body
    assert "from the IP address 127.0.0.1" in body


def test_a_member_without_a_name_is_greeted_by_the_e_mail_address(client):
    member = UserFactory(first_name="")
    ask_for_a_reset(client, member)
    assert mail.outbox[-1].body.startswith(f"Hello {member.email},\n")


def test_the_mail_is_in_the_language_of_the_page_it_was_asked_from(client, member):
    client.post("/et/accounts/password/reset/", {"email": member.email})
    message = mail.outbox[-1]
    with translation.override("et"):
        assert translation.gettext("Reset your password") in message.subject
        assert translation.gettext("Best wishes,") in message.body
    assert "/et/accounts/password/reset/key/" in message.body


def test_the_site_record_follows_the_settings():
    site = Site.objects.get_current()
    assert (site.domain, site.name) == (settings.SITE_DOMAIN, settings.SITE_NAME)
    assert settings.SITE_DOMAIN != "example.com"


def test_the_site_record_follows_a_changed_domain_on_the_next_migrate(settings):
    from django.core.management import call_command

    settings.SITE_DOMAIN = "learn.symbios.example.org"
    call_command("migrate", verbosity=0)
    assert Site.objects.get_current().domain == "learn.symbios.example.org"


@pytest.mark.parametrize(
    "template", sorted(path.name for path in ALLAUTH_MAILS.glob("*_message.txt"))
)
def test_every_allauth_mail_is_framed_by_the_sites_base(template, member):
    """Also the ones the settings never send (log-in codes): each has our greeting
    and signature, never allauth's "Hello from example.com!"."""
    site = Site.objects.get_current()
    context = {
        "member": member,
        "user": member,
        "current_site": site,
        "site_url": f"http://{site.domain}/",
        "email": member.email,
        "code": "123456",
    }
    with translation.override("en"):
        text = get_template(f"account/email/{template}").render(context)
    assert text.startswith("Hello Maija Virtanen,")
    assert f"http://{settings.SITE_DOMAIN}/" in text
    assert "example.com" not in text and "Hello from" not in text


def test_sent_mails_are_all_overridden():
    ours = Path(settings.BASE_DIR) / "templates" / "account" / "email"
    sent = [f"{name}_{part}.txt" for name in TRIGGERS for part in ("subject", "message")]
    assert [name for name in sent if not (ours / name).exists()] == []


def test_verified_address_is_still_needed_after_sign_up(client, member):
    sign_up(client, member)
    assert not EmailAddress.objects.get(email="ana@example.org").verified
