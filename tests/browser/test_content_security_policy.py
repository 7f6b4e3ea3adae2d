"""The Content-Security-Policy blocks nothing the site or the Wagtail admin needs:
an editor sees the front end with Wagtail's user bar, opens the page editor and
saves a page, and the browser reports no CSP violation anywhere."""

import subprocess
import sys

from django.conf import settings

import pytest
from playwright.sync_api import expect

EDITOR_SESSION = """
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from home.models import StandardPage
user = get_user_model().objects.filter(is_superuser=True).first()
session = SessionStore()
session[SESSION_KEY] = str(user.pk)
session[BACKEND_SESSION_KEY] = "allauth.account.auth_backends.AuthenticationBackend"
session[HASH_SESSION_KEY] = user.get_session_auth_hash()
session.create()
page = StandardPage.objects.get(locale__language_code="en", slug="about-industrial-symbiosis")
print(session.session_key, page.pk)
"""


def shell(site, code):
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=settings.BASE_DIR,
        env=site.env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture
def csp_violations(page):
    """Every CSP violation the browser reports on the console."""
    seen = []
    page.on(
        "console",
        lambda message: (
            seen.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return seen


def test_visitor_pages_run_without_csp_violations(page, site, csp_violations):
    for path in ["/en/", "/en/courses/", "/fi/search/?q=symbioosin", "/et/search/?q=%00"]:
        page.goto(f"{site.url}{path}")
        expect(page.locator("html")).to_have_class("js")  # site.js ran
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{site.url}/en/")
    page.get_by_role("button", name="Menu").click()
    expect(page.get_by_role("button", name="Menu")).to_have_attribute("aria-expanded", "true")
    assert csp_violations == []


def test_editor_uses_the_user_bar_and_saves_a_page_without_csp_violations(
    page, site, csp_violations
):
    session_key, page_id = shell(site, EDITOR_SESSION).split()
    page.context.add_cookies([{"name": "sessionid", "value": session_key, "url": site.url}])

    page.goto(f"{site.url}/en/about-industrial-symbiosis/")
    userbar = page.locator("wagtail-userbar")
    expect(userbar.get_by_role("button", name="View Wagtail quick actions")).to_be_visible()

    page.goto(f"{site.url}/admin/pages/{page_id}/edit/")
    title = page.locator("#id_title")
    expect(title).to_be_visible()
    title.fill("About industrial symbiosis (draft)")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".messages")).to_contain_text("has been updated")
    expect(page.locator("#id_title")).to_have_value("About industrial symbiosis (draft)")
    assert csp_violations == []
