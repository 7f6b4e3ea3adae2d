"""The Wagtail admin is entered through the site's log-in, under the site's rules:
a verified e-mail address and the rate limits (issue 7, item 21)."""

from django.contrib.auth.models import Group
from django.contrib.auth.views import LoginView
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from django.urls import resolve, reverse

import pytest
from allauth.account.models import EmailAddress

from symbios.settings import base as base_settings
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def logged_in(client):
    return "_auth_user_id" in client.session


def sign_up_without_confirming(client, email="new-member@example.org"):
    client.post(
        "/en/accounts/signup/",
        {"name": "Nora New", "email": email, "password1": PASSWORD, "password2": PASSWORD},
    )
    client.logout()
    return EmailAddress.objects.get(email=email).user


@pytest.fixture
def editor():
    user = UserFactory(first_name="Erika Editor")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_wagtails_log_in_forms_are_not_served():
    for name in ["wagtailadmin_login", "wagtailcore_login"]:
        view = resolve(reverse(name)).func
        assert not issubclass(getattr(view, "view_class", type(None)), LoginView), name


@pytest.mark.parametrize("login_with", ["username", "email"])
def test_unverified_member_cannot_log_in_through_the_admin_log_in(client, login_with):
    member = sign_up_without_confirming(client)
    member.groups.add(Group.objects.get(name="Editors"))  # even one given admin access
    login = getattr(member, login_with)

    response = client.post("/admin/login/", {"username": login, "password": PASSWORD})
    assert response.status_code == 302
    assert not logged_in(client)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    assert client.get("/en/learning/")["Location"].startswith("/en/accounts/login/")


def test_unverified_editor_is_asked_to_confirm_the_address_first(client):
    member = sign_up_without_confirming(client)
    member.groups.add(Group.objects.get(name="Editors"))
    mail.outbox.clear()
    response = client.post(
        "/en/accounts/login/", {"login": member.email, "password": PASSWORD, "next": "/admin/"}
    )
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not logged_in(client)
    assert mail.outbox[-1].to == [member.email]  # a new confirmation link


def test_the_admin_sends_visitors_to_the_site_log_in_and_back(client, editor):
    response = client.get("/admin/pages/", follow=True)
    assert response.redirect_chain[-1][0] == "/en/accounts/login/?next=/admin/pages/"
    response = client.post(
        "/en/accounts/login/",
        {"login": editor.email, "password": PASSWORD, "next": "/admin/pages/"},
    )
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_admin_log_in_goes_to_the_dashboard_unless_told_a_safe_place(client):
    dashboard = reverse("wagtailadmin_home")
    for next_url in ["", "https://evil.example/", "//evil.example/admin/"]:
        response = client.get("/admin/login/", {"next": next_url})
        assert response["Location"] == f"/en/accounts/login/?next={dashboard}"


def test_credentials_posted_to_the_admin_log_in_are_ignored(client, editor):
    response = client.post(
        "/admin/login/", {"username": editor.email, "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0].startswith("/en/accounts/login/")
    assert not logged_in(client)


def test_logged_in_editor_on_the_admin_log_in_goes_on_to_the_admin(client, editor):
    client.force_login(editor)
    assert client.get("/admin/login/", {"next": "/admin/pages/"})["Location"] == "/admin/pages/"


def test_member_without_admin_access_is_told_so_not_bounced_between_log_ins(client):
    client.force_login(UserFactory())
    response = client.get("/admin/", follow=True)  # a redirect loop would raise here
    assert response.status_code == 200
    assert "You do not have permission to access the admin." in response.content.decode()


def test_private_pages_log_in_goes_through_the_site(client):
    response = client.get("/en/_util/login/", {"next": "/en/about/"})
    assert response["Location"] == "/en/accounts/login/?next=/en/about/"

    client.force_login(UserFactory())
    response = client.get("/en/_util/login/", {"next": "/en/about/"}, follow=True)
    assert "Your account cannot open that page." in response.content.decode()


@override_settings(ACCOUNT_RATE_LIMITS=base_settings.ACCOUNT_RATE_LIMITS)
def test_thirty_wrong_admin_passwords_lock_out_the_right_one(client, editor):
    cache.clear()
    # Whatever form the admin leads to (field names of Wagtail's form and the site's).
    login_page = client.get("/admin/", follow=True).redirect_chain[-1][0]

    def log_in(password):
        credentials = {"username": editor.email, "login": editor.email, "password": password}
        return client.post(login_page, credentials)

    for attempt in range(30):
        log_in(f"guess-{attempt}")
    response = log_in(PASSWORD)
    assert response.status_code in {200, 429}  # the form again, or "too many requests"
    client.post("/admin/login/", {"username": editor.email, "password": PASSWORD})
    assert not logged_in(client)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
