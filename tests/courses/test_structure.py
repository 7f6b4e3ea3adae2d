"""Course structures come from the cache and follow every publication."""

import pytest

from courses import progress
from courses.structure import course_structures

pytestmark = pytest.mark.django_db


def titles(course, learner):
    outline = progress.course_outline(course, learner)
    return [lesson.page.title for lesson in outline.lessons]


def test_a_cached_structure_costs_no_query(course_tree, django_assert_num_queries):
    course, _modules, _lessons = course_tree
    course_structures([course])
    with django_assert_num_queries(0):
        structure = course_structures([course])[course.pk]
    assert [module.title for module in structure] == ["Module 1", "Module 2"]
    assert structure[0].lessons[1].quiz_ids == ("quiz-1",)
    assert structure[0].lessons[0].prompt("r-1-1") == "List your free resources."


def test_publishing_a_lesson_title_shows_in_the_outline(course_tree, learner):
    course, _modules, lessons = course_tree
    assert titles(course, learner)[0] == "Lesson 1.1"
    lessons[0].title = "Resources you did not know you had"
    lessons[0].save_revision().publish()
    assert titles(course, learner)[0] == "Resources you did not know you had"


def test_unpublishing_a_module_removes_its_lessons(course_tree, learner):
    course, modules, _lessons = course_tree
    assert len(titles(course, learner)) == 3
    modules[1].unpublish()
    assert titles(course, learner) == ["Lesson 1.1", "Lesson 1.2"]


def test_outlines_of_several_courses_build_their_structures_together(
    home_page, learner, django_assert_max_num_queries
):
    from tests.courses.factories import build_course

    courses = [build_course(home_page)[0] for _ in range(3)]
    from django.core.cache import cache

    cache.clear()
    # structures (2), Wagtail re-reading its site root paths after the clear (2), and
    # the learner's enrolments, progress, attempts and certificates (4)
    with django_assert_max_num_queries(2 + 2 + 4):
        progress.course_outlines(courses, learner)


def test_a_lesson_page_stays_small_however_long_the_course(home_page, learner, learner_client):
    """The sidebar lists the current module's lessons; other modules are one line."""
    import gzip

    from tests.courses.factories import build_course

    sizes = {}
    for modules in (1, 10):
        course, _modules, lessons = build_course(
            home_page, lessons_per_module=(10,) * modules, locked_second=False
        )
        progress.enrol(learner, course)
        html = learner_client.get(lessons[0].url).content
        sizes[modules] = (len(html), len(gzip.compress(html)))
    grown = sizes[10][0] - sizes[1][0]
    assert grown < 9 * 600, sizes  # about one line per folded module
    assert sizes[10][1] <= 20_000, sizes


def test_a_republished_lesson_body_shows_at_once(enrolled, learner_client):
    """Lesson blocks are cached fragments, keyed on the publication generation."""
    from tests.courses.factories import paragraph

    _course, _modules, lessons = enrolled
    lesson = lessons[0]
    assert "Surplus heat can warm a greenhouse." in learner_client.get(lesson.url).text
    lesson.body = [paragraph("p-1-1", "<p>Sawdust becomes fuel for the kiln.</p>")]
    lesson.save_revision().publish()
    html = learner_client.get(lesson.url).text
    assert "Sawdust becomes fuel for the kiln." in html
    assert "Surplus heat can warm a greenhouse." not in html
