"""The home page leads with learning: featured course cards (``{% featured_courses %}``)
and highlight cards that link only to pages that exist, in the reader's language."""

import re

from django.test import Client
from django.utils import translation

from wagtail.models import PageViewRestriction

import pytest

from courses import catalogue, progress
from courses.models import CoursePage, LessonPage
from home.demo import builder as home_builder
from home.demo import content as home_content
from tests.conftest import LANGUAGE_CODES
from tests.courses.factories import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BASICS = "industrial-symbiosis-basics"
AGRI_FOOD = "industrial-symbiosis-agri-food"


def gettext(code, text, context=None):
    with translation.override(code):
        return translation.pgettext(context, text) if context else translation.gettext(text)


def cards(html):
    """[(title link href, card html)] of the featured course cards, in page order."""
    section = html.split('id="featured-courses-title"', 1)[1].split("</section>", 1)[0]
    found = []
    for card in section.split('<article class="card course-card">')[1:]:
        href = re.search(r'<h3 class="card__title"[^>]*><a href="([^"]+)"', card).group(1)
        found.append((href, card))
    return found


def english(slug):
    return CoursePage.objects.get(locale__language_code="en", slug=slug)


def learner_client(learner):
    client = Client()
    client.force_login(learner)
    return client


def test_visitors_see_the_demo_courses_with_image_level_duration_and_a_button(client):
    html = client.get("/en/").content.decode()
    featured = cards(html)
    assert [href for href, _card in featured] == [
        "/en/courses/industrial-symbiosis-agri-food/",  # newer, then catalogue order
        "/en/courses/industrial-symbiosis-basics/",
    ]
    for _href, card in featured:
        assert 'class="card__image"' in card and 'alt=""' in card
        assert "View course" in card and "Continue" not in card
    assert "Intermediate" in featured[0][1] and "2 hours" in featured[0][1]
    assert "Introductory" in featured[1][1] and "6 hours" in featured[1][1]
    assert '<a href="/en/courses/">All courses</a>' in html


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_featured_courses_come_in_the_readers_language_first(client, code):
    featured = cards(client.get(f"/{code}/").content.decode())
    assert len(featured) == 2
    first_href, first = featured[0]
    assert first_href.startswith(f"/{code}/")
    assert gettext(code, "View course") in first
    if code not in ("en", "fi"):
        # The agri-food course exists in English and Finnish only: it comes second,
        # marked as English for readers and screen readers.
        href, card = featured[1]
        assert href == "/en/courses/industrial-symbiosis-agri-food/"
        assert 'lang="en"' in card
        assert '<p class="badge badge--muted">' in card


def test_an_enrolled_learner_sees_continue_with_progress_and_that_course_first(client):
    learner = UserFactory()
    course = english(BASICS)
    progress.enrol(learner, course)
    lesson = LessonPage.objects.live().descendant_of(course).order_by("path").first()
    progress.mark_lesson_complete(learner, course, lesson)
    html = learner_client(learner).get("/fi/").content.decode()
    featured = cards(html)
    href, card = featured[0]
    assert href == "/fi/kurssit/teollisen-symbioosin-perusteet/"
    assert gettext("fi", "Continue", "course card") in card
    assert re.search(r'<progress max="100" value="\d+"', card)
    assert gettext("fi", "View course") in featured[1][1]


def complete(learner, course):
    """Every lesson done and every quiz passed, as if the learner had taken the course."""
    from courses.models import LessonProgress, QuizAttempt

    outline = progress.course_outline(course, learner)
    for lesson in outline.lessons:
        LessonProgress.objects.create(
            user=learner, course_key=course.translation_key, lesson_key=lesson.page.translation_key
        )
        for quiz_id in lesson.page.quiz_ids:
            QuizAttempt.objects.create(
                user=learner,
                course_key=course.translation_key,
                lesson_key=lesson.page.translation_key,
                quiz_id=quiz_id,
                submission_token=f"done-{quiz_id}",
                score=1,
                max_score=1,
                percent=100,
                passed=True,
                language="en",
            )
    progress.check_completion(learner, course)


def test_a_completed_course_says_so_and_gives_way_to_courses_in_progress(home_page):
    learner = UserFactory()
    agri_food = english(AGRI_FOOD)
    progress.enrol(learner, agri_food)
    complete(learner, agri_food)
    progress.enrol(learner, english(BASICS))
    html = learner_client(learner).get("/en/").content.decode()
    (first_href, first), (second_href, second) = cards(html)
    assert first_href.endswith(f"/{BASICS}/") and "Continue" in first
    assert second_href.endswith(f"/{AGRI_FOOD}/")
    assert "Completed" in second and "View course" in second and "<progress" not in second


def test_at_most_three_newest_courses_and_never_private_or_unpublished_ones(client, home_page):
    new_courses = [build_course(home_page, lessons_per_module=(1,))[0] for _ in range(4)]
    hidden, private = new_courses[-1], new_courses[-2]
    hidden.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    hrefs = [href for href, _card in cards(client.get("/en/").content.decode())]
    assert hrefs == [new_courses[1].url, new_courses[0].url, english(AGRI_FOOD).url]


def test_without_published_courses_the_section_is_left_out(client):
    for course in CoursePage.objects.live():
        course.unpublish()
    html = client.get("/en/").content.decode()
    assert "featured-courses" not in html
    assert catalogue.featured_courses(None) == []


def test_featured_courses_without_a_request_show_no_progress(rf):
    request = rf.get("/en/")  # no user: e.g. a page preview rendered outside a view
    with translation.override("en"):
        items = catalogue.featured_courses(request)
    assert [item["progress"] for item in items] == [None, None]


# --- Highlight cards ---


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_highlight_cards_link_to_existing_pages_in_the_readers_language(client, code):
    html = client.get(f"/{code}/").content.decode()
    section = html.split('id="highlights-title"', 1)[1].split("</section>", 1)[0]
    links = re.findall(r'<h3 class="card__title"><a href="([^"]+)">([^<]+)</a>', section)
    assert len(links) == len(home_content.HOME["highlights"])
    catalogue_en = home_builder.load_catalogue(code) if code != "en" else {}
    for (href, title), (_key, source_title, *_rest) in zip(
        links, home_content.HOME["highlights"], strict=True
    ):
        assert href.startswith(f"/{code}/")
        assert client.get(href).status_code == 200
        assert title == catalogue_en.get(source_title, source_title)


def test_the_home_page_promises_nothing_that_does_not_exist_yet(client):
    html = client.get("/en/").content.decode().lower()
    for feature in ("knowledge gap", "directory", "resource exchange", "private messages"):
        main = html.split('<main id="main"', 1)[1].split("</main>", 1)[0]
        assert feature not in main, feature


def test_hero_button_goes_to_the_about_page_in_the_readers_language(client):
    html = client.get("/fi/").content.decode()
    assert 'class="button button--large" href="/fi/tietoa-teollisesta-symbioosista/"' in html


def test_the_sign_up_invitation_is_for_visitors_only(client):
    assert "/en/accounts/signup/" in client.get("/en/").content.decode().split("<main", 1)[1]
    member = learner_client(UserFactory())
    main = member.get("/en/").content.decode().split("<main", 1)[1].split("</main>")[0]
    assert 'class="cta"' not in main
