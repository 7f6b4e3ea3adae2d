"""Signing up in the browser, as a newcomer does: the form, then the link in the mail."""

import re
import uuid

PASSWORD = "symbiosis-learner-2026"


def new_email(prefix):
    return f"{prefix}-{uuid.uuid4().hex[:8]}@example.org"


def fill_sign_up(page, name, email):
    """Fill in and send the sign-up form open on ``page``."""
    page.locator("#id_name").fill(name)
    page.locator("#id_email").fill(email)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("main").locator("form button[type=submit]").click()


def confirm_latest_mail(page, site, email):
    """Open the confirmation link mailed to ``email`` and confirm."""
    mail = next(m for m in reversed(site.mails()) if email in m)
    link = re.search(r"http://\S+/accounts/confirm-email/\S+/", mail).group(0)
    page.goto(link)
    page.get_by_role("main").locator("form button[type=submit]").click()


def sign_up_and_verify(page, site, *, name, code="en", prefix="learner"):
    email = new_email(prefix)
    page.goto(f"{site.url}/{code}/accounts/signup/")
    fill_sign_up(page, name, email)
    confirm_latest_mail(page, site, email)
    return email


def logged_in_state(browser, site, email, password):
    """The storage state of a browser that logged in on the log-in form, as a person does."""
    from playwright.sync_api import expect

    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site.url}/en/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".account-nav li")).to_have_count(3)
    state = context.storage_state()
    context.close()
    return state
