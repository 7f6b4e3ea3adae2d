"""The demo course read in the languages the learner journey does not cover: catalogue,
course page and the free first lesson, with axe on each, and a language switch on a
lesson that keeps the reader on the same lesson."""

import pytest
from playwright.sync_api import expect

from courses.demo import content
from tests.browser.test_learner_journey import gettext, translated

COURSE = content.COURSES[0]  # the introductory course, in all five languages
FIRST_LESSON = COURSE["modules"][0]["lessons"][0]


@pytest.mark.parametrize("code", ["et", "sl", "pt"])
def test_course_and_free_lesson_in_each_language(page, site, check_a11y, code):
    page.goto(f"{site.url}/{code}/")
    page.get_by_role("navigation", name=gettext(code, "Main")).get_by_role(
        "link", name=translated(code, "Courses")
    ).click()
    expect(page.locator("html")).to_have_attribute("lang", code)
    check_a11y(page)

    page.get_by_role("link", name=translated(code, COURSE["title"])).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(translated(code, COURSE["title"]))
    check_a11y(page)

    page.get_by_role("link", name=translated(code, FIRST_LESSON["title"])).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        translated(code, FIRST_LESSON["title"])
    )
    invite = page.get_by_text(
        gettext(
            code,
            "Sign up for free to open every lesson, answer the quizzes, save notes and earn a "
            "certificate.",
        )
    )
    expect(invite).to_be_visible()
    expect(
        page.get_by_role("link", name=gettext(code, "Sign up"), exact=True).first
    ).to_be_visible()
    check_a11y(page)

    page.get_by_role("navigation", name=gettext(code, "Choose language")).get_by_role(
        "link", name="English"
    ).click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(FIRST_LESSON["title"])
