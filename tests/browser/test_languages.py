"""A visitor opens the home page in each language and switches language."""

import re

import pytest
from playwright.sync_api import expect

from home.demo import builder, content
from tests.conftest import LANGUAGE_CODES


def translated(code, text):
    return text if code == "en" else builder.load_catalogue(code)[text]


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_in_each_language(page, site, check_a11y, code):
    page.goto(f"{site.url}/{code}/")

    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.get_by_role("heading", level=1)).to_have_text(
        translated(code, content.HOME["hero_title"])
    )
    expect(page.locator(".language-switcher a[aria-current]")).to_have_attribute("hreflang", code)
    check_a11y(page)


def test_switching_language_keeps_the_reader_on_the_same_news_item(page, site, check_a11y):
    page.goto(f"{site.url}/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="News").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("News")
    check_a11y(page)
    page.get_by_role("link", name=content.NEWS[0]["title"]).click()
    check_a11y(page)

    page.get_by_role("navigation", name="Choose language").get_by_role(
        "link", name="Suomi"
    ).click()

    expect(page.locator("html")).to_have_attribute("lang", "fi")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        translated("fi", content.NEWS[0]["title"])
    )
    expect(page).to_have_url(re.compile(r"/fi/[a-z0-9-]+/[a-z0-9-]+/$"))
    check_a11y(page)


def test_small_screen_menu_opens_with_the_keyboard(browser, site, check_a11y):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(f"{site.url}/sl/")
    menu = page.locator(".main-nav")
    expect(menu).to_be_hidden()

    toggle = page.locator(".nav-toggle")
    toggle.focus()
    page.keyboard.press("Enter")

    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu).to_be_visible()
    check_a11y(page)
    context.close()


def test_skip_link_moves_focus_to_the_main_content(page, site):
    page.goto(f"{site.url}/pt/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.keyboard.press("Enter")
    # The fragment navigation is asynchronous: wait for it instead of reading the URL once.
    expect(page).to_have_url(re.compile(r"#main$"))
    expect(page.locator("#main")).to_be_in_viewport()
