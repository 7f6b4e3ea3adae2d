"""A newcomer signs up, verifies the e-mail, logs out and logs in again; an editor
enters the admin through the site's log-in."""

import re
import uuid

from playwright.sync_api import expect

PASSWORD = "symbiosis-learner-2026"


def test_sign_up_verify_log_out_and_log_in(page, site, check_a11y):
    email = f"learner-{uuid.uuid4().hex[:8]}@example.org"
    page.goto(f"{site.url}/en/")
    page.get_by_role("link", name="Sign up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign up")
    check_a11y(page)

    # Sent empty: a summary at the top names each field and leads to it.
    page.get_by_role("main").get_by_role("button", name="Sign up").click()
    summary = page.get_by_role("alert")
    expect(summary.get_by_role("heading")).to_have_text("There is a problem")
    expect(summary.get_by_role("link")).to_have_count(4)
    check_a11y(page)
    summary.get_by_role("link", name="E-mail address: Enter your e-mail address.").click()
    expect(page.get_by_label("E-mail address")).to_be_focused()

    # A bad address: the error is shown and what was typed kept, but no password.
    page.get_by_label("Your name").fill("Ana Novak")
    page.get_by_label("E-mail address").fill("not-an-address")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign up").click()
    expect(page.locator("#id_email_error")).to_contain_text("Enter an e-mail address like")
    expect(page.get_by_label("E-mail address")).to_have_value("not-an-address")
    expect(page.get_by_label("Your name")).to_have_value("Ana Novak")
    expect(page.get_by_label("Password", exact=True)).to_have_value("")
    check_a11y(page)

    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Repeat the password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    check_a11y(page)

    mail = next(m for m in reversed(site.mails()) if email in m)
    assert "Hello Ana Novak," in mail
    assert "example.com" not in mail
    link = re.search(r"http://\S+/accounts/confirm-email/\S+/", mail).group(0)
    page.goto(re.sub(r"^http://[^/]+", site.url, link))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your e-mail address")
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
    menu.get_by_role("link", name="E-mail address").click()
    expect(page.get_by_role("main")).to_contain_text(f"You log in with {email}.")
    check_a11y(page)
    menu.get_by_role("link", name="Password").click()
    expect(menu.get_by_role("link", name="Password")).to_have_attribute("aria-current", "page")
    check_a11y(page)

    page.get_by_role("link", name="Log out").click()
    check_a11y(page)
    page.get_by_role("main").get_by_role("button", name="Log out").click()
    expect(page.get_by_role("status")).to_contain_text("You have logged out.")
    expect(page.get_by_role("navigation", name="Your account")).to_contain_text("Log in")

    page.get_by_role("link", name="Log in").click()
    check_a11y(page)
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("main").get_by_role("button", name="Log in").click()
    expect(page.get_by_role("status")).to_contain_text("You are logged in as Ana Novak Kranjc.")


def test_password_reset_is_asked_for_by_e_mail(page, site, check_a11y):
    page.goto(f"{site.url}/en/accounts/login/")
    page.get_by_role("link", name="Forgot your password?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reset your password")
    check_a11y(page)
    page.get_by_label("E-mail address").fill("admin@symbios.test")
    page.get_by_role("main").get_by_role("button", name="Send the link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your e-mail")
    check_a11y(page)
    mail = next(m for m in reversed(site.mails()) if "Reset your password" in m)
    assert "Hello Symbios Admin," in mail and "http://127.0.0.1:8000/" in mail


def test_editor_enters_the_admin_through_the_site_log_in(page, site, check_a11y):
    page.goto(f"{site.url}/admin/")
    expect(page).to_have_url(re.compile(r"/en/accounts/login/\?next=/admin/$"))
    page.get_by_label("E-mail address").fill("admin@symbios.test")
    page.get_by_label("Password").fill("symbios-admin")
    page.get_by_role("main").get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{site.url}/admin/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Symbios")


def test_log_in_page_in_estonian_and_finnish(page, site, check_a11y):
    for code, heading, password in [
        ("et", "Logi sisse", "Parool"),
        ("fi", "Kirjaudu sisään", "Salasana"),
    ]:
        page.goto(f"{site.url}/{code}/accounts/login/")
        expect(page.locator("html")).to_have_attribute("lang", code)
        expect(page.get_by_role("heading", level=1)).to_have_text(heading)
        expect(page.get_by_label(password)).to_be_visible()
        check_a11y(page)
