"""Sign-up → verify → log in → reset password → change e-mail, and bad input."""

import re

from django.core import mail
from django.test import override_settings
from django.utils import translation

import pytest
from allauth.account.models import EmailAddress

from tests.conftest import LANGUAGE_CODES
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "a-much-better-passphrase-2026"


def link_in_last_mail(pattern):
    body = mail.outbox[-1].body
    match = re.search(pattern, body)
    assert match, body
    return match.group(0).replace("http://testserver", "")


def test_sign_up_verify_and_log_in(client):
    response = client.post(
        "/en/accounts/signup/",
        {
            "name": "  Maija Virtanen ",
            "email": "learner@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = EmailAddress.objects.get(email="learner@example.org").user
    assert (user.first_name, user.last_name, user.get_full_name()) == (
        "Maija Virtanen",
        "",
        "Maija Virtanen",
    )
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["learner@example.org"]

    # Not verified yet: logging in is refused with a pointer to the e-mail.
    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "learner@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "_auth_user_id" not in client.session

    confirm_url = link_in_last_mail(r"http://testserver/en/accounts/confirm-email/\S+/")
    assert client.get(confirm_url).status_code == 200
    response = client.post(confirm_url)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="learner@example.org").verified

    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "learner@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert "_auth_user_id" in client.session


def test_wrong_password_gives_a_clear_error_and_keeps_the_email(client):
    user = UserFactory()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": "nope"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "not correct" in html
    assert f'value="{user.email}"' in html


def test_password_reset_then_log_in_with_the_new_password(client):
    user = UserFactory()
    response = client.post("/en/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    reset_url = link_in_last_mail(r"http://testserver/en/accounts/password/reset/key/\S+/")

    response = client.get(reset_url, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else reset_url
    response = client.post(form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    assert response.status_code == 302

    client.logout()
    response = client.post("/en/accounts/login/", {"login": user.email, "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_bad_new_email_address_is_marked_and_kept(client):
    client.force_login(UserFactory())
    response = client.post("/en/accounts/email/", {"action_add": "", "email": "not-an-address"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter an e-mail address like name@example.org." in html
    assert 'aria-invalid="true" aria-describedby="id_email_error"' in html
    assert 'href="#id_email">New e-mail address: Enter an e-mail address like' in html
    assert 'value="not-an-address"' in html


def test_member_adds_and_verifies_a_new_email_address(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(
        "/en/accounts/email/", {"action_add": "", "email": "new-address@example.org"}
    )
    assert response.status_code == 302
    assert mail.outbox[-1].to == ["new-address@example.org"]
    assert EmailAddress.objects.filter(
        user=user, email="new-address@example.org", verified=False
    ).exists()


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("", "Enter your e-mail address."),
        ("not-an-email", "Enter an e-mail address like name@example.org."),
        ("x" * 60 + "@" + "d" * 200 + ".example.org", "at most 254 characters"),
    ],
)
def test_sign_up_with_bad_email_shows_an_error_and_keeps_the_input(client, email, message):
    response = client.post(
        "/en/accounts/signup/",
        {"name": "Ana Novak", "email": email, "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'aria-invalid="true"' in html
    if email:
        assert email in html
    assert len(mail.outbox) == 0


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Enter your name."),
        ("   ", "Enter your name."),
        ("x" * 151, "at most 150"),
    ],
)
def test_sign_up_needs_a_name_and_keeps_what_was_typed(client, name, message):
    response = client.post(
        "/en/accounts/signup/",
        {"name": name, "email": "ana@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'value="ana@example.org"' in html
    assert len(mail.outbox) == 0


def test_member_changes_the_name_on_the_account_page(client):
    user = UserFactory(first_name="Liisa", last_name="Learner")
    assert client.get("/en/accounts/name/")["Location"].startswith("/en/accounts/login/")
    client.force_login(user)
    html = client.get("/en/accounts/name/").content.decode()
    assert 'value="Liisa Learner"' in html
    assert 'aria-current="page"' in html  # the account menu marks where the member is

    response = client.post("/en/accounts/name/", {"name": "Liisa Mägi"}, follow=True)
    assert "Your name has been saved." in response.content.decode()
    user.refresh_from_db()
    assert user.get_full_name() == "Liisa Mägi"

    response = client.post("/en/accounts/name/", {"name": "x" * 151})
    assert response.status_code == 200
    assert "at most 150" in response.content.decode()
    assert "x" * 151 in response.content.decode()  # nothing typed is lost
    user.refresh_from_db()
    assert user.get_full_name() == "Liisa Mägi"


def test_sign_up_with_mismatched_or_weak_passwords_is_refused(client):
    response = client.post(
        "/en/accounts/signup/",
        {"name": "Ana", "email": "a@example.org", "password1": "123", "password2": "123"},
    )
    assert response.status_code == 200
    assert b"too short: use at least 8 characters" in response.content
    response = client.post(
        "/en/accounts/signup/",
        {
            "name": "Ana",
            "email": "a@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD + "x",
        },
    )
    assert response.status_code == 200
    assert b"The two passwords are not the same." in response.content


@pytest.mark.parametrize("code", LANGUAGE_CODES)
@pytest.mark.parametrize("path", ["login/", "signup/", "password/reset/"])
def test_account_pages_are_translated(client, code, path):
    response = client.get(f"/{code}/accounts/{path}")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    with translation.override(code):
        assert translation.gettext("Skip to main content") in html
        assert translation.gettext("Password") in html or path == "password/reset/"


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_account_menu_and_name_page_are_translated(client, code):
    client.force_login(UserFactory())
    html = client.get(f"/{code}/accounts/name/").content.decode()
    with translation.override(code):
        for text in ["Your name", "E-mail address", "Password", "Account settings"]:
            assert translation.gettext(text) in html


@override_settings(ACCOUNT_RATE_LIMITS={"login_failed": "3/m/ip"})
def test_repeated_failed_logins_are_rate_limited(client):
    from django.core.cache import cache

    cache.clear()
    user = UserFactory()
    for _ in range(3):
        client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
    # Even the right password is refused until the window has passed.
    response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    assert b"Too many failed log-in attempts" in response.content
    assert "_auth_user_id" not in client.session
