"""home.translations: which language version of a page a reader is shown.

Uses the demo lessons: the introductory course exists in all five languages, the
agri-food course in English and Finnish only.
"""

from django.conf import settings
from django.utils import translation

import pytest

from courses.models import CoursePage, LessonPage
from home.translations import language_order, page_in_language, pages_in_language, preferred

pytestmark = pytest.mark.django_db

BASICS_SLUG = "industrial-symbiosis-basics"
AGRIFOOD_SLUG = "industrial-symbiosis-agri-food"


def english_lessons(course_slug):
    course = CoursePage.objects.get(locale__language_code="en", slug=course_slug)
    return list(LessonPage.objects.descendant_of(course).order_by("path"))


def versions(page):
    return {
        p.locale.language_code: p
        for p in LessonPage.objects.filter(translation_key=page.translation_key).select_related(
            "locale"
        )
    }


@pytest.fixture
def basics_lesson():
    return english_lessons(BASICS_SLUG)[0]


@pytest.fixture
def agrifood_lesson():
    return english_lessons(AGRIFOOD_SLUG)[0]


def test_the_version_in_the_active_language_is_chosen(basics_lesson):
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            page = page_in_language(LessonPage, basics_lesson.translation_key)
        assert page.locale.language_code == code


def test_an_explicit_language_wins_over_the_active_one(basics_lesson):
    with translation.override("fi"):
        page = page_in_language(LessonPage, basics_lesson.translation_key, language="sl")
    assert page.locale.language_code == "sl"


def test_without_that_language_the_default_language_version_is_chosen(agrifood_lesson):
    with translation.override("et"):  # the agri-food course is in English and Finnish
        page = page_in_language(LessonPage, agrifood_lesson.translation_key)
    assert page.pk == agrifood_lesson.pk


def test_without_the_default_language_the_oldest_version_is_chosen(basics_lesson):
    pages = versions(basics_lesson)
    pages["en"].unpublish()
    pages["sl"].unpublish()
    with translation.override("sl"):
        page = page_in_language(LessonPage, basics_lesson.translation_key)
    oldest = min(pages["et"].pk, pages["fi"].pk, pages["pt"].pk)
    assert page.pk == oldest
    assert page.locale.language_code in {"et", "fi", "pt"}


def test_unpublished_versions_are_never_chosen(agrifood_lesson):
    finnish = versions(agrifood_lesson)["fi"]
    finnish.unpublish()
    with translation.override("fi"):
        page = page_in_language(LessonPage, agrifood_lesson.translation_key)
    assert page.locale.language_code == "en"
    agrifood_lesson.unpublish()
    with translation.override("fi"):
        assert page_in_language(LessonPage, agrifood_lesson.translation_key) is None


def test_a_queryset_of_the_callers_choice_may_include_drafts(agrifood_lesson):
    agrifood_lesson.unpublish()
    page = page_in_language(
        LessonPage.objects.all(), agrifood_lesson.translation_key, language="en"
    )
    assert page.pk == agrifood_lesson.pk


def test_many_keys_cost_one_query(django_assert_num_queries):
    lessons = english_lessons(BASICS_SLUG) + english_lessons(AGRIFOOD_SLUG)
    keys = [lesson.translation_key for lesson in lessons]
    assert len(keys) > 10
    with translation.override("fi"), django_assert_num_queries(1):
        pages = pages_in_language(LessonPage, keys)
        languages = {page.locale.language_code for page in pages.values()}  # no extra query
    assert set(pages) == set(keys)
    assert languages == {"fi"}  # both courses exist in Finnish


def test_no_keys_cost_no_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert pages_in_language(LessonPage, []) == {}


def test_unknown_keys_are_left_out(basics_lesson, agrifood_lesson):
    agrifood_lesson.unpublish()
    versions(agrifood_lesson)["fi"].unpublish()
    pages = pages_in_language(
        LessonPage, [basics_lesson.translation_key, agrifood_lesson.translation_key]
    )
    assert list(pages) == [basics_lesson.translation_key]


def test_loaded_pages_are_chosen_from_without_a_query(
    basics_lesson, agrifood_lesson, django_assert_num_queries
):
    loaded = list(
        LessonPage.objects.filter(
            translation_key__in=[basics_lesson.translation_key, agrifood_lesson.translation_key]
        ).select_related("locale")
    )
    with translation.override("pt"), django_assert_num_queries(0):
        pages = pages_in_language(loaded)
        only_basics = pages_in_language(loaded, [basics_lesson.translation_key])
    assert pages[basics_lesson.translation_key].locale.language_code == "pt"
    assert pages[agrifood_lesson.translation_key].pk == agrifood_lesson.pk  # no Portuguese
    assert list(only_basics) == [basics_lesson.translation_key]
    assert preferred([]) is None


@pytest.mark.parametrize("code", ["en", "fi", "sl"])
def test_sql_ordering_agrees_with_the_python_choice(agrifood_lesson, basics_lesson, code):
    for lesson in (agrifood_lesson, basics_lesson):
        in_sql = (
            LessonPage.objects.filter(translation_key=lesson.translation_key)
            .order_by(*language_order(code))
            .first()
        )
        chosen = page_in_language(LessonPage.objects.all(), lesson.translation_key, language=code)
        assert in_sql.pk == chosen.pk
