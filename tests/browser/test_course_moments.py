"""Moments where a learner could get lost: a visitor at a locked lesson signs up and
comes back to it; a quiz sent with questions unanswered costs no attempt; the
completion moment's copy button. Axe runs on every page visited."""

import re

from playwright.sync_api import expect

from courses.demo import content
from tests.browser.accounts import confirm_latest_mail, fill_sign_up, new_email, sign_up_and_verify

COURSE = content.COURSES[0]  # the main demo course, in all five languages


def lesson_title(module, lesson):
    return COURSE["modules"][module]["lessons"][lesson]["title"]


def open_course(page, site):
    page.goto(f"{site.url}/en/courses/")
    page.get_by_role("link", name=COURSE["title"]).first.click()


def test_visitor_at_a_locked_lesson_signs_up_and_comes_back_to_it(page, site, check_a11y):
    open_course(page, site)
    second = lesson_title(0, 1)
    lesson_url = None
    # The outline shows later lessons as text for visitors; the free lesson's end
    # names the next one. Open it from the free lesson.
    page.get_by_role("link", name=lesson_title(0, 0)).first.click()
    expect(page.get_by_role("heading", name="Sign up to continue")).to_be_visible()
    expect(page.get_by_text(f"Next: lesson 2, “{second}”.")).to_be_visible()
    check_a11y(page)
    sign_up = page.get_by_role("link", name="Sign up for free to continue")
    lesson_url = re.search(r"next=([^&]+)", sign_up.get_attribute("href")).group(1)

    # The locked lesson itself says why and offers the way in.
    page.goto(site.url + lesson_url)
    expect(page.get_by_role("heading", name="Sign up to read this lesson")).to_be_visible()
    check_a11y(page)
    page.get_by_role("link", name="Sign up for free").click()

    email = new_email("gate")
    fill_sign_up(page, "Kadri Kask", email)
    confirm_latest_mail(page, site, email)

    # Back at the lesson, now as a member: one click enrols and opens it.
    expect(page).to_have_url(site.url + lesson_url)
    expect(page.get_by_role("heading", name="Enrol to open this lesson")).to_be_visible()
    check_a11y(page)
    page.get_by_role("button", name="Enrol for free and open the lesson").click()
    expect(page).to_have_url(site.url + lesson_url)
    expect(page.get_by_role("heading", level=1)).to_have_text(second)
    check_a11y(page)


def sign_up_and_enrol(page, site):
    sign_up_and_verify(page, site, name="Jaan Tamm", prefix="quiz")
    open_course(page, site)
    page.get_by_role("button", name="Enrol for free").click()


def first_quiz_lesson():
    for m, module in enumerate(COURSE["modules"]):
        for n, lesson in enumerate(module["lessons"]):
            for kind, _key, value in lesson["body"]:
                if kind == "quiz":
                    return m, n, value
    raise AssertionError("the demo course has no quiz")


def test_a_quiz_sent_with_unanswered_questions_uses_no_attempt(page, site, check_a11y):
    sign_up_and_enrol(page, site)
    m, n, quiz = first_quiz_lesson()
    page.get_by_role("link", name=lesson_title(m, n)).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(lesson_title(m, n))

    # Answer only the first question, then send.
    first = quiz["questions"][0]
    fieldset = page.locator("fieldset", has_text=first["text"])
    chosen = first["options"][0]["text"]
    fieldset.get_by_label(chosen, exact=True).check()
    page.get_by_role("button", name="Check my answers").click()

    summary = page.get_by_role("alert").filter(has_text="Answer every question first")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("no attempt was used")
    expect(summary.get_by_role("link")).to_have_count(len(quiz["questions"]) - 1)
    expect(
        page.locator("fieldset", has_text=first["text"]).get_by_label(chosen, exact=True)
    ).to_be_checked()
    expect(page.locator(".quiz__result")).to_have_count(0)  # nothing scored or revealed
    expect(page.get_by_text("correct answer")).to_have_count(0)
    check_a11y(page)

    # The summary's link takes the learner to the question that needs an answer.
    summary.get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(r"#question-"))
