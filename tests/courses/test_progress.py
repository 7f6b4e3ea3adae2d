"""Progress, unlocking, resuming and completion."""

import pytest

from courses import progress
from courses.models import Certificate, Enrolment, LessonProgress
from tests.courses.factories import PASSING_ANSWERS, submit_quiz

pytestmark = pytest.mark.django_db


def test_new_enrolment_has_no_progress_and_starts_at_the_first_lesson(learner, enrolled):
    course, _modules, lessons = enrolled
    outline = progress.course_outline(course, learner)
    assert (outline.completed_count, outline.total, outline.percent) == (0, 3, 0)
    assert outline.next_lesson.page.pk == lessons[0].pk


def test_second_module_stays_locked_until_the_first_is_done(learner, enrolled):
    course, _modules, lessons = enrolled
    outline = progress.course_outline(course, learner)
    assert outline.modules[1].locked
    for lesson in lessons[:2]:
        progress.mark_lesson_complete(learner, course, lesson)
    outline = progress.course_outline(course, learner)
    assert not outline.modules[1].locked
    assert outline.modules[0].percent == 100
    assert outline.next_lesson.page.pk == lessons[2].pk


def test_enrolled_learner_resumes_at_last_unfinished_lesson(learner, enrolled):
    course, _modules, lessons = enrolled
    enrolment = Enrolment.objects.get(user=learner)
    progress.touch_lesson(enrolment, lessons[1])
    assert progress.course_outline(course, learner).next_lesson.page.pk == lessons[1].pk


def test_marking_complete_twice_counts_once(learner, enrolled):
    course, _modules, lessons = enrolled
    progress.mark_lesson_complete(learner, course, lessons[0])
    progress.mark_lesson_complete(learner, course, lessons[0])
    assert LessonProgress.objects.filter(user=learner).count() == 1


def test_course_is_not_complete_without_the_quiz_pass_mark(learner, enrolled):
    course, _modules, lessons = enrolled
    for lesson in lessons:
        outline = progress.mark_lesson_complete(learner, course, lesson)
    assert outline.all_lessons_complete
    assert outline.quiz_average == 0
    assert not outline.is_complete
    assert not Certificate.objects.filter(user=learner).exists()


def test_course_completes_and_issues_one_certificate(learner, enrolled):
    course, _modules, lessons = enrolled
    submit_quiz(learner, course, lessons[1], PASSING_ANSWERS, "t1")
    progress.mark_lesson_complete(learner, course, lessons[0])
    outline = progress.mark_lesson_complete(learner, course, lessons[2])
    assert outline.is_complete
    certificate = Certificate.objects.get(user=learner)
    assert certificate.learner_name == "Liisa Learner"
    assert certificate.score == 100
    assert Enrolment.objects.get(user=learner).completed_at is not None
    progress.check_completion(learner, course)
    assert Certificate.objects.filter(user=learner).count() == 1


def test_unenrolling_keeps_progress_for_a_later_return(learner, enrolled):
    course, _modules, lessons = enrolled
    progress.mark_lesson_complete(learner, course, lessons[0])
    progress.unenrol(learner, course)
    assert progress.course_outline(course, learner).enrolment is None
    progress.enrol(learner, course)
    assert progress.course_outline(course, learner).completed_count == 1


def test_outline_for_anonymous_visitor_offers_only_the_first_lesson(course_tree):
    from django.contrib.auth.models import AnonymousUser

    course, _modules, _lessons = course_tree
    outline = progress.course_outline(course, AnonymousUser())
    assert [lesson.is_free for lesson in outline.lessons] == [True, False, False]
    assert outline.enrolment is None
