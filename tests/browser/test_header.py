"""The header keeps the rows it was designed with (see ``symbios/static/css/base.css``,
"Header"), in every language, for visitors and members, from 320 px to wide screens,
and the small-screen menu does not move the page when it loads.

Rows are measured, not looked at: items that share a row all cross one horizontal line
(a wrapped item would start below the others' bottom); items on later rows start below
the bottom of earlier ones; nothing sticks out sideways.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.accounts import logged_in_state
from tests.conftest import LANGUAGE_CODES

WIDE = [1024, 1280, 1440]
NARROW = [320, 375]
MEMBER_EMAIL = "header-member@example.org"
MEMBER_PASSWORD = "symbiosis-header-2026"
SAME_ROW = 1.5  # px: rounding of box edges

CREATE_MEMBER = f"""
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
user = get_user_model().objects.create_user(
    username="header-member", email="{MEMBER_EMAIL}", password="{MEMBER_PASSWORD}",
    first_name="Maija Mäkelä-Silva")
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
"""

BOXES = """() => {
    const boxes = (selector) => [...document.querySelectorAll(selector)].map((el) => {
        const r = el.getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, left: r.left, right: r.right,
                visible: r.width > 0 && r.height > 0};
    });
    return {
        brand: boxes(".site-header .brand")[0],
        toggle: boxes(".site-header .nav-toggle")[0],
        account: boxes(".account-nav li"),
        languages: boxes(".language-switcher li"),
        search: boxes(".search-form--header input, .search-form--header button"),
        menu: boxes(".main-nav li"),
        pageWidth: document.documentElement.scrollWidth,
        viewport: window.innerWidth,
    };
}"""

LAYOUT_SHIFT = """(() => {
    window.__layoutShift = 0;
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) { window.__layoutShift += entry.value; }
        }
    }).observe({type: "layout-shift", buffered: true});
})();"""


@pytest.fixture(scope="module")
def member_state(browser, site):
    """A logged-in browser state for a verified member (log-in form, like a person)."""
    site.manage("shell", "-c", CREATE_MEMBER)
    return logged_in_state(browser, site, MEMBER_EMAIL, MEMBER_PASSWORD)


def one_row(boxes):
    assert boxes, "no items"
    assert all(box["visible"] for box in boxes)
    tops = [box["top"] for box in boxes]
    bottoms = [box["bottom"] for box in boxes]
    assert max(tops) < min(bottoms), f"items on more than one row: {boxes}"


def stacked(boxes):
    """Each item on a row of its own, in document order."""
    for above, below in zip(boxes, boxes[1:], strict=False):
        assert below["top"] >= above["bottom"] - SAME_ROW, f"not stacked: {above} / {below}"


def bottom(boxes):
    return max(box["bottom"] for box in boxes)


def top(boxes):
    return min(box["top"] for box in boxes)


def centre(boxes):
    return (top(boxes) + bottom(boxes)) / 2


def overlaps_vertically(a, b):
    return a["top"] < b["bottom"] and b["top"] < a["bottom"]


def fits_sideways(boxes):
    assert boxes["pageWidth"] <= boxes["viewport"], "the page scrolls sideways"
    items = [boxes["brand"], *boxes["account"], *boxes["languages"], *boxes["search"]]
    items += boxes["menu"]
    for box in items:
        if box["visible"]:
            assert box["right"] <= boxes["viewport"] + SAME_ROW, f"sticks out: {box}"


def check_wide(page):
    """Brand on the left; account links and languages on one row, the search below them;
    the main menu on one row of its own."""
    boxes = page.evaluate(BOXES)
    assert not boxes["toggle"]["visible"]
    one_row(boxes["account"])
    one_row(boxes["languages"])
    one_row(boxes["search"])
    one_row(boxes["menu"])
    assert abs(centre(boxes["account"]) - centre(boxes["languages"])) <= 4
    assert boxes["account"][-1]["right"] <= boxes["languages"][0]["left"]
    assert top(boxes["search"]) >= max(bottom(boxes["account"]), bottom(boxes["languages"]))
    brand = boxes["brand"]
    assert brand["right"] <= min(boxes["account"][0]["left"], boxes["search"][0]["left"])
    assert overlaps_vertically(brand, boxes["account"][0])
    assert overlaps_vertically(brand, boxes["search"][0])
    assert top(boxes["menu"]) >= max(brand["bottom"], bottom(boxes["search"]))
    fits_sideways(boxes)


def check_narrow_closed(page):
    """The brand and the Menu button on one row; everything else behind the button."""
    boxes = page.evaluate(BOXES)
    brand, toggle = boxes["brand"], boxes["toggle"]
    assert toggle["visible"]
    assert overlaps_vertically(brand, toggle)
    assert abs((brand["top"] + brand["bottom"]) - (toggle["top"] + toggle["bottom"])) <= 24
    assert brand["right"] <= toggle["left"]
    for group in ("account", "languages", "search", "menu"):
        assert not any(box["visible"] for box in boxes[group]), f"{group} shows while closed"
    fits_sideways(boxes)


def check_narrow_open(page):
    """Opened: account links one per row, then the languages on one row, the search on
    one row, and the main menu one item per row, all below the brand."""
    boxes = page.evaluate(BOXES)
    stacked(boxes["account"])
    one_row(boxes["languages"])
    one_row(boxes["search"])
    stacked(boxes["menu"])
    assert top(boxes["account"]) >= boxes["brand"]["bottom"]
    assert top(boxes["languages"]) >= bottom(boxes["account"])
    assert top(boxes["search"]) >= bottom(boxes["languages"])
    assert top(boxes["menu"]) >= bottom(boxes["search"])
    fits_sideways(boxes)


@pytest.mark.parametrize("member", [False, True], ids=["visitor", "member"])
@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_header_items_keep_their_rows_at_every_width(
    browser, site, member_state, check_a11y, code, member
):
    context = browser.new_context(
        viewport={"width": WIDE[0], "height": 800},
        storage_state=member_state if member else None,
    )
    page = context.new_page()
    page.goto(f"{site.url}/{code}/")
    expect(page.locator("html")).to_have_attribute("lang", code)
    expect(page.locator(".account-nav li")).to_have_count(3 if member else 2)
    check_a11y(page)

    for width in WIDE:
        page.set_viewport_size({"width": width, "height": 800})
        check_wide(page)

    toggle = page.locator(".nav-toggle")
    for width in NARROW:
        page.set_viewport_size({"width": width, "height": 800})
        check_narrow_closed(page)
        toggle.click()
        expect(toggle).to_have_attribute("aria-expanded", "true")
        check_narrow_open(page)
        if width == NARROW[0]:
            check_a11y(page)
        page.keyboard.press("Escape")
        expect(toggle).to_have_attribute("aria-expanded", "false")
        expect(toggle).to_be_focused()
        check_narrow_closed(page)
    context.close()


@pytest.mark.parametrize("member", [False, True], ids=["visitor", "member"])
@pytest.mark.parametrize("path", ["/fi/", "/en/courses/"])
def test_small_screen_menu_does_not_shift_the_page_on_load(
    browser, site, member_state, check_a11y, path, member
):
    context = browser.new_context(
        viewport={"width": 375, "height": 740},
        storage_state=member_state if member else None,
    )
    context.add_init_script(LAYOUT_SHIFT)
    page = context.new_page()
    page.goto(f"{site.url}{path}", wait_until="load")
    page.wait_for_timeout(500)  # let late shifts (a menu collapsing) be recorded
    shift = page.evaluate("window.__layoutShift")
    assert shift < 0.01, f"cumulative layout shift {shift:.3f} on {path}"
    expect(page.locator(".nav-toggle")).to_have_attribute("aria-expanded", "false")
    expect(page.locator(".main-nav")).to_be_hidden()
    check_a11y(page)
    context.close()


def test_without_javascript_the_small_screen_menu_is_simply_open(browser, site):
    # No axe here: axe-core is JavaScript and cannot run in this page; the same page and
    # the open menu are checked with scripting on above.
    context = browser.new_context(
        viewport={"width": 320, "height": 740}, java_script_enabled=False
    )
    page = context.new_page()
    page.goto(f"{site.url}/et/")
    expect(page.locator(".nav-toggle")).to_be_hidden()
    expect(page.locator(".main-nav")).to_be_visible()
    expect(page.locator(".account-nav")).to_be_visible()
    expect(page.locator(".search-form--header")).to_be_visible()
    check_narrow_open(page)
    context.close()
