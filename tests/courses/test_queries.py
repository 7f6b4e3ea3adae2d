"""Exact SQL queries per page, at two data sizes: the counts must not grow with the
number of lessons (no N+1 queries)."""

import pytest

from courses import progress
from courses.models import CourseIndexPage, ReflectionNote
from tests.courses.factories import build_course

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

SIZES = [(1,), (15, 15)]  # 1 lesson, 30 lessons


@pytest.fixture(params=SIZES, ids=["1-lesson", "30-lessons"])
def sized_course(request, home_page, learner):
    course, modules, lessons = build_course(
        home_page, lessons_per_module=request.param, locked_second=False
    )
    progress.enrol(learner, course)
    for lesson in lessons[: len(lessons) // 2]:
        progress.mark_lesson_complete(learner, course, lesson)
    return course, lessons


def count(client, url, django_assert_num_queries, expected):
    client.get(url)  # warm per-process caches
    with django_assert_num_queries(expected):
        response = client.get(url)
    assert response.status_code == 200
    return response


CATALOGUE_QUERIES = 13
COURSE_QUERIES = 13
LESSON_QUERIES = 14
# A visitor on a page-cache miss (a page with a form, or a query string the cache does
# not keep): no session, user, enrolment or progress lookups.
VISITOR_QUERIES = {"catalogue": 6, "course": 5, "free lesson": 4}
DASHBOARD_QUERIES = 13
# Notes of courses no longer followed: their lessons in the reader's language, one query.
DASHBOARD_QUERIES_WITH_NOTES_OF_LEFT_COURSES = DASHBOARD_QUERIES + 1


def test_catalogue_queries(learner_client, sized_course, django_assert_num_queries):
    course, _lessons = sized_course
    catalogue = CourseIndexPage.objects.get(pk=course.get_parent().pk)
    count(learner_client, catalogue.url, django_assert_num_queries, CATALOGUE_QUERIES)


def test_course_page_queries(learner_client, sized_course, django_assert_num_queries):
    course, _lessons = sized_course
    count(learner_client, course.url, django_assert_num_queries, COURSE_QUERIES)


@pytest.mark.parametrize("kind", ["catalogue", "course", "free lesson"])
def test_visitor_page_queries_on_a_cache_miss(
    client, sized_course, django_assert_num_queries, kind
):
    course, lessons = sized_course
    url = {
        "catalogue": CourseIndexPage.objects.get(pk=course.get_parent().pk).url,
        "course": course.url,
        "free lesson": lessons[0].url,
    }[kind]
    count(client, url, django_assert_num_queries, VISITOR_QUERIES[kind])


def test_lesson_page_queries(learner_client, sized_course, django_assert_num_queries):
    _course, lessons = sized_course
    count(learner_client, lessons[0].url, django_assert_num_queries, LESSON_QUERIES)


def test_dashboard_queries(learner_client, sized_course, django_assert_num_queries):
    count(learner_client, "/en/learning/", django_assert_num_queries, DASHBOARD_QUERIES)


@pytest.mark.parametrize("courses", [1, 3])
def test_dashboard_and_catalogue_queries_do_not_grow_with_courses(
    learner_client, learner, home_page, django_assert_num_queries, courses
):
    for _ in range(courses):
        course, _modules, lessons = build_course(
            home_page, lessons_per_module=(2,), locked_second=False
        )
        progress.enrol(learner, course)
        progress.mark_lesson_complete(learner, course, lessons[0])
    count(learner_client, "/en/learning/", django_assert_num_queries, DASHBOARD_QUERIES)
    catalogue = CourseIndexPage.objects.get(pk=course.get_parent().pk)
    count(learner_client, catalogue.url, django_assert_num_queries, CATALOGUE_QUERIES)


def write_notes(learner, course, lessons):
    for lesson in lessons:
        ReflectionNote.objects.create(
            user=learner,
            course_key=course.translation_key,
            lesson_key=lesson.translation_key,
            prompt_id=f"r-{lesson.pk}",
            prompt="List your free resources.",
            text="Spare heat",
        )


def test_dashboard_queries_do_not_grow_with_notes(
    learner_client, learner, home_page, sized_course, django_assert_num_queries
):
    course, lessons = sized_course
    write_notes(learner, course, lessons)
    count(learner_client, "/en/learning/", django_assert_num_queries, DASHBOARD_QUERIES)

    for size in [(1,), (3, 3)]:  # notes of courses the learner has left
        left, _modules, left_lessons = build_course(
            home_page, lessons_per_module=size, locked_second=False
        )
        write_notes(learner, left, left_lessons)
        count(
            learner_client,
            "/en/learning/",
            django_assert_num_queries,
            DASHBOARD_QUERIES_WITH_NOTES_OF_LEFT_COURSES,
        )
