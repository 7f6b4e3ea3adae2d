"""Tables in lessons on a phone: Estonian and Finnish words are never split mid-word;
a table wider than the screen scrolls sideways in a labelled region that the keyboard
can focus and scroll."""

from django.utils import translation

import pytest
from playwright.sync_api import expect

from tests.browser.accounts import logged_in_state

EMAIL = "tables-learner@example.org"
PASSWORD = "symbiosis-tables-2026"
LESSONS = {
    "fi": "/fi/kurssit/teollisen-symbioosin-perusteet/oppia-toimivista-esimerkeista/kalundborg/",
    "et": "/et/kursused/toostussumbioosi-alused/oppimine-naidetest/kalundborg/",
}

# The Kalundborg lesson is in the second module, which opens after the first.
PREPARE_LEARNER = f"""
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from courses import progress
from courses.models import CoursePage, LessonPage, ModulePage
user = get_user_model().objects.create_user(
    username="tables-learner", email="{EMAIL}", password="{PASSWORD}", first_name="Kai")
EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
course = CoursePage.objects.get(locale__language_code="en", slug="industrial-symbiosis-basics")
progress.enrol(user, course)
first_module = ModulePage.objects.child_of(course).order_by("path").first()
for lesson in LessonPage.objects.child_of(first_module):
    progress.mark_lesson_complete(user, course, lesson)
"""

# For every word in the table's cells: the line boxes it is drawn on.
WORD_LINES = """(table) => {
    const words = [];
    for (const cell of table.querySelectorAll("th, td")) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of node.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
                words.push({word: match[0], lines: tops.size,
                            hyphens: getComputedStyle(cell).hyphens,
                            lang: cell.closest("[lang]").lang});
            }
        }
    }
    return words;
}"""


def gettext(code, text):
    with translation.override(code):
        return translation.gettext(text)


@pytest.fixture(scope="module")
def learner_state(browser, site):
    site.manage("shell", "-c", PREPARE_LEARNER)
    return logged_in_state(browser, site, EMAIL, PASSWORD)


# Does this browser hyphenate the language? Only hyphenation can break a word that is
# alone in a narrow box whose overflow-wrap is normal.
CAN_HYPHENATE = """([code, word]) => {
    const probe = document.createElement("p");
    probe.lang = code;
    probe.textContent = word;
    probe.style.cssText = "width: 4ch; hyphens: auto; overflow-wrap: normal; word-break: normal";
    document.body.append(probe);
    const range = document.createRange();
    range.selectNodeContents(probe);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    probe.remove();
    return lines > 1;
}"""


@pytest.mark.parametrize("code", ["fi", "et"])
def test_lesson_table_keeps_words_whole_and_scrolls_on_a_phone(
    browser, site, learner_state, check_a11y, code
):
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, storage_state=learner_state
    )
    page = context.new_page()
    page.goto(f"{site.url}{LESSONS[code]}")
    region = page.get_by_role("region", name=gettext(code, "Resources exchanged"))
    expect(region).to_be_visible()
    check_a11y(page)

    words = region.locator("table").evaluate(WORD_LINES)
    assert len(words) > 20
    longest = max((word["word"] for word in words), key=len)
    assert len(longest) >= 14  # the long compounds are there
    # A word may only break across lines where the browser hyphenates it (drawing the
    # hyphen), which needs hyphens: auto and the text's language; a browser without a
    # dictionary for the language must not break words at all.
    hyphenates = page.evaluate(CAN_HYPHENATE, [code, longest])
    for word in words:
        if word["lines"] > 1:
            assert hyphenates, f"{word['word']!r} is split mid-word"
            assert (word["hyphens"], word["lang"]) == ("auto", code), word

    # Wider than the phone: the region scrolls, with the keyboard too.
    assert region.evaluate("(el) => el.scrollWidth > el.clientWidth")
    expect(region).to_have_attribute("tabindex", "0")
    region.focus()
    expect(region).to_be_focused()
    for _ in range(5):
        page.keyboard.press("ArrowRight")
    page.wait_for_function("(el) => el.scrollLeft > 0", arg=region.element_handle(), timeout=3000)
    # Nothing else on the page scrolls sideways.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")

    # On a wide screen the table fits and the region is no tab stop.
    page.evaluate("document.activeElement.blur()")
    page.set_viewport_size({"width": 1280, "height": 800})
    expect(region).not_to_have_attribute("tabindex", "0")
    assert region.evaluate("(el) => el.scrollWidth <= el.clientWidth")
    context.close()
