"""Enrolment, progress and completion rules for a learner in a course.

Everything is keyed by translation keys (see ``courses.models.learning``), so the
outline of a course is the same whichever language version the learner reads.
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils import timezone

from courses.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
)


def percent(done, total):
    return round(100 * done / total) if total else 0


def quiz_ids(lesson):
    """Ids of the quiz blocks of a lesson, read from the raw JSON (no block parsing)."""
    return [block["id"] for block in lesson.body.raw_data if block["type"] == "quiz"]


@dataclass
class LessonState:
    page: LessonPage
    number: int
    completed: bool = False
    locked: bool = False
    is_free: bool = False


class LessonTally:
    """Counts over ``self.lessons`` (lesson states with a ``completed`` flag)."""

    @property
    def total(self):
        return len(self.lessons)

    @property
    def completed_count(self):
        return sum(lesson.completed for lesson in self.lessons)

    @property
    def percent(self):
        return percent(self.completed_count, self.total)


@dataclass
class ModuleState(LessonTally):
    page: ModulePage
    number: int
    lessons: list = field(default_factory=list)
    locked: bool = False

    @property
    def is_complete(self):
        return self.total > 0 and self.completed_count == self.total


@dataclass
class CourseOutline(LessonTally):
    course: CoursePage
    modules: list
    enrolment: Enrolment | None
    quiz_ids: list
    best_scores: dict
    certificate: Certificate | None

    @property
    def lessons(self):
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def quiz_average(self):
        """Mean of the best score of every quiz in the course; unattempted quizzes count 0."""
        if not self.quiz_ids:
            return 100
        return round(sum(self.best_scores.get(q, 0) for q in self.quiz_ids) / len(self.quiz_ids))

    @property
    def all_lessons_complete(self):
        return self.total > 0 and self.completed_count == self.total

    @property
    def is_complete(self):
        return self.all_lessons_complete and self.quiz_average >= self.course.pass_mark

    @property
    def next_lesson(self):
        """Where "continue" goes: the last lesson opened if unfinished, else the first
        unfinished lesson that is not locked."""
        lessons = self.lessons
        if self.enrolment and self.enrolment.last_lesson_key:
            for lesson in lessons:
                if lesson.page.translation_key == self.enrolment.last_lesson_key:
                    if not lesson.completed:
                        return lesson
                    break
        for lesson in lessons:
            if not lesson.completed and not lesson.locked:
                return lesson
        return None

    def state_of(self, lesson_page):
        for lesson in self.lessons:
            if lesson.page.translation_key == lesson_page.translation_key:
                return lesson
        return None

    def module_of(self, lesson_page):
        for module in self.modules:
            if any(lesson.page.pk == lesson_page.pk for lesson in module.lessons):
                return module
        return None


def course_outline(course, user):
    """The course's modules and lessons with this learner's progress (6 queries)."""
    return course_outlines([course], user)[0]


def course_outlines(courses, user):
    """Outlines of several courses in the same 6 queries as one (the dashboard)."""
    if not courses:
        return []
    under_any = reduce(or_, (Q(path__startswith=course.path) for course in courses))
    modules = list(ModulePage.objects.live().filter(under_any).order_by("path"))
    lessons = list(LessonPage.objects.live().filter(under_any).order_by("path"))
    keys = [course.translation_key for course in courses]
    enrolments, certificates, completed, best_scores = {}, {}, {}, {}
    if user is not None and user.is_authenticated:
        for enrolment in Enrolment.objects.filter(user=user, course_key__in=keys):
            enrolments[enrolment.course_key] = enrolment
        for key, lesson_key in LessonProgress.objects.filter(
            user=user, course_key__in=keys
        ).values_list("course_key", "lesson_key"):
            completed.setdefault(key, set()).add(lesson_key)
        for key, quiz_id, best in (
            QuizAttempt.objects.filter(user=user, course_key__in=keys)
            .values("course_key", "quiz_id")
            .annotate(best=Max("percent"))
            .values_list("course_key", "quiz_id", "best")
        ):
            best_scores.setdefault(key, {})[quiz_id] = best
        for certificate in Certificate.objects.filter(user=user, course_key__in=keys):
            certificates[certificate.course_key] = certificate
    return [
        _build_outline(
            course,
            [m for m in modules if m.path.startswith(course.path)],
            [lesson for lesson in lessons if lesson.path.startswith(course.path)],
            enrolment=enrolments.get(course.translation_key),
            completed=completed.get(course.translation_key, set()),
            best_scores=best_scores.get(course.translation_key, {}),
            certificate=certificates.get(course.translation_key),
        )
        for course in courses
    ]


def _build_outline(course, modules, lessons, *, enrolment, completed, best_scores, certificate):
    module_states = []
    by_path = {}
    for number, module in enumerate(modules, start=1):
        state = ModuleState(page=module, number=number)
        module_states.append(state)
        by_path[module.path] = state
    number = 0
    all_quizzes = []
    for lesson in lessons:
        module = by_path.get(lesson.path[: -LessonPage.steplen])
        if module is None:  # a lesson under an unpublished module
            continue
        number += 1
        module.lessons.append(
            LessonState(
                page=lesson,
                number=number,
                completed=lesson.translation_key in completed,
                is_free=number == 1,
            )
        )
        all_quizzes.extend(quiz_ids(lesson))

    previous = None
    for module in module_states:
        if module.page.unlock_after_previous and previous is not None:
            module.locked = not previous.is_complete
        for lesson in module.lessons:
            lesson.locked = module.locked
        previous = module

    return CourseOutline(
        course=course,
        modules=module_states,
        enrolment=enrolment,
        quiz_ids=all_quizzes,
        best_scores=best_scores,
        certificate=certificate,
    )


def enrol(user, course):
    enrolment, _created = Enrolment.objects.get_or_create(
        user=user, course_key=course.translation_key
    )
    return enrolment


def unenrol(user, course):
    """Leave a course. Completed lessons, attempts and notes are kept, so a learner
    who enrols again continues where they were."""
    Enrolment.objects.filter(user=user, course_key=course.translation_key).delete()


def touch_lesson(enrolment, lesson):
    if enrolment.last_lesson_key != lesson.translation_key:
        enrolment.last_lesson_key = lesson.translation_key
        enrolment.save(update_fields=["last_lesson_key", "last_activity_at"])


def mark_lesson_complete(user, course, lesson):
    """Record the lesson as done (idempotent); completes the course when it can."""
    try:
        with transaction.atomic():
            LessonProgress.objects.get_or_create(
                user=user,
                lesson_key=lesson.translation_key,
                defaults={"course_key": course.translation_key},
            )
    except IntegrityError:  # a concurrent double click got there first
        pass
    return check_completion(user, course)


def check_completion(user, course):
    """Complete the enrolment and issue the certificate once the rules are met."""
    from courses.certificates import issue_certificate

    outline = course_outline(course, user)
    if outline.is_complete and outline.enrolment:
        if outline.enrolment.completed_at is None:
            outline.enrolment.completed_at = timezone.now()
            outline.enrolment.save(update_fields=["completed_at", "last_activity_at"])
        if outline.certificate is None:
            outline.certificate = issue_certificate(user, course, outline.quiz_average)
    return outline
