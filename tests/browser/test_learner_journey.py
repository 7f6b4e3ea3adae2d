"""A learner's whole journey in two languages: catalogue → enrol → lesson → quiz →
complete → certificate PDF → public verification page, with axe on every page."""

import re

import pytest
from playwright.sync_api import expect

from courses.demo import content
from home.demo import builder
from tests.browser.accounts import sign_up_and_verify

COURSE = content.COURSES[1]  # the short agri-food course: English and Finnish


def translated(code, text):
    from courses.demo.builder import load_catalogue

    if code == "en":
        return text
    return {**builder.load_catalogue(code), **load_catalogue(code)}[text]


def gettext(code, text):
    from django.utils import translation

    with translation.override(code):
        return translation.gettext(text)


LEARNER_NAME = "Maija Mäkelä-Silva"


def course_quiz():
    """The answers come from the course content: the key is never in the page."""
    for lesson in COURSE["modules"][0]["lessons"]:
        for kind, _key, value in lesson["body"]:
            if kind == "quiz":
                return value
    raise AssertionError("the demo course has no quiz")


@pytest.mark.parametrize("code", ["en", "fi"])
def test_learner_takes_a_course_to_its_certificate(page, site, check_a11y, code):
    # A browser set to the learner's language: the language-neutral verification
    # address printed on the certificate then opens in that language too.
    page.set_extra_http_headers({"Accept-Language": code})
    sign_up_and_verify(page, site, name=LEARNER_NAME, code=code, prefix=f"journey-{code}")

    # Catalogue, filtered to the language.
    page.goto(f"{site.url}/{code}/")
    page.get_by_role("navigation", name=gettext(code, "Main")).get_by_role(
        "link", name=translated(code, "Courses")
    ).click()
    check_a11y(page)
    page.locator("#filter-level").select_option("intermediate")
    page.locator(".filters button[type=submit]").click()
    check_a11y(page)
    page.get_by_role("link", name=translated(code, COURSE["title"])).click()
    check_a11y(page)

    # Enrol: lands on the first lesson.
    page.get_by_role("button", name=gettext(code, "Enrol for free")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        translated(code, COURSE["modules"][0]["lessons"][0]["title"])
    )
    check_a11y(page)

    quiz = course_quiz()
    for lesson in COURSE["modules"][0]["lessons"]:
        expect(page.get_by_role("heading", level=1)).to_have_text(
            translated(code, lesson["title"])
        )
        if any(block[0] == "quiz" for block in lesson["body"]):
            for question in quiz["questions"]:
                fieldset = page.locator("fieldset", has_text=translated(code, question["text"]))
                for option in question["options"]:
                    if option["correct"]:
                        fieldset.get_by_label(translated(code, option["text"]), exact=True).check()
            page.get_by_role("button", name=gettext(code, "Check my answers")).click()
        else:
            page.get_by_role("button", name=gettext(code, "Mark this lesson as complete")).click()

    # Passing the quiz of the last lesson completed the course: the completion moment.
    title = translated(code, COURSE["title"])
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)
    expect(page.locator(".eyebrow")).to_have_text(gettext(code, "Course completed"))
    linkedin = page.get_by_role("link", name=re.compile(gettext(code, "Add to LinkedIn profile")))
    expect(linkedin).to_have_attribute(
        "href", re.compile(r"^https://www\.linkedin\.com/profile/add\?")
    )
    expect(page.locator("[data-copy-source]")).to_have_value(re.compile(r"/certificates/"))
    check_a11y(page)

    # My learning lists it as completed; its certificate page and PDF.
    page.goto(f"{site.url}/{code}/learning/")
    check_a11y(page)
    page.get_by_role("link", name=gettext(code, "Certificate")).first.click()
    check_a11y(page)
    expect(page.locator(".certificate__course")).to_have_text(translated(code, COURSE["title"]))
    expect(page.locator(".certificate__name")).to_have_text(LEARNER_NAME)

    with page.expect_download() as download_info:
        page.get_by_role("link", name=gettext(code, "Download PDF")).click()
    pdf_path = download_info.value.path()
    with open(pdf_path, "rb") as handle:
        assert handle.read(4) == b"%PDF"

    verification = page.locator(".certificate__facts a").get_attribute("href")
    expect(page.locator(".certificate__qr svg")).to_be_visible()
    page.goto(verification)
    expect(page.locator(".verify")).to_contain_text(gettext(code, "Valid certificate"))
    expect(page.get_by_text(LEARNER_NAME)).to_be_visible()
    check_a11y(page)
