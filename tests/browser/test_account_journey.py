"""A newcomer signs up, verifies the e-mail, logs out and logs in again."""

import re
import uuid

from playwright.sync_api import expect

PASSWORD = "symbiosis-learner-2026"


def test_sign_up_verify_log_out_and_log_in(page, site, check_a11y):
    email = f"learner-{uuid.uuid4().hex[:8]}@example.org"
    page.goto(f"{site.url}/en/")
    page.get_by_role("link", name="Sign up").click()
    check_a11y(page)

    # A bad address first: the error is shown and the typed text kept.
    page.locator("#id_name").fill("Ana Novak")
    page.locator("#id_email").fill("not-an-address")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign Up").click()
    expect(page.locator(".errorlist")).to_contain_text("valid email")
    expect(page.locator("#id_email")).to_have_value("not-an-address")
    expect(page.locator("#id_name")).to_have_value("Ana Novak")
    check_a11y(page)

    page.locator("#id_email").fill(email)
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign Up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Verify Your Email Address")
    check_a11y(page)

    mail = next(m for m in reversed(site.mails()) if email in m)
    link = re.search(r"http://\S+/accounts/confirm-email/\S+/", mail).group(0)
    page.goto(
        link.replace("http://localhost", site.url).replace("http://127.0.0.1", site.url)
        if not link.startswith(site.url)
        else link
    )
    check_a11y(page)
    page.get_by_role("main").get_by_role("button", name="Confirm").click()
    expect(
        page.get_by_role("navigation", name="Your account").get_by_role("link", name="Account")
    ).to_have_attribute("title", f"Account settings for {email}")

    # The account pages: the name given at sign-up, changed; then the other settings.
    page.get_by_role("navigation", name="Your account").get_by_role("link", name="Account").click()
    expect(page.get_by_label("Your name")).to_have_value("Ana Novak")
    check_a11y(page)
    page.get_by_label("Your name").fill("Ana Novak Kranjc")
    page.get_by_role("main").get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_contain_text("Your name has been saved.")
    expect(page.get_by_label("Your name")).to_have_value("Ana Novak Kranjc")
    menu = page.get_by_role("navigation", name="Account settings")
    menu.get_by_role("link", name="Password").click()
    expect(menu.get_by_role("link", name="Password")).to_have_attribute("aria-current", "page")
    check_a11y(page)

    page.get_by_role("link", name="Log out").click()
    page.get_by_role("main").get_by_role("button", name="Sign Out").click()
    expect(page.get_by_role("navigation", name="Your account")).to_contain_text("Log in")

    page.get_by_role("link", name="Log in").click()
    check_a11y(page)
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign In").click()
    expect(
        page.get_by_role("navigation", name="Your account").get_by_role("link", name="Account")
    ).to_have_attribute("title", f"Account settings for {email}")


def test_log_in_page_in_finnish(page, site, check_a11y):
    page.goto(f"{site.url}/fi/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kirjaudu sisään")
    check_a11y(page)
