"""Enrolment, progress and completion rules for a learner in a course.

Everything is keyed by translation keys (see ``courses.models.learning``), so the
outline of a course is the same whichever language version the learner reads.
"""

import enum
from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from courses.models import Certificate, CoursePage, Enrolment, LessonProgress, QuizAttempt
from courses.structure import LessonInfo, ModuleInfo, course_structures


def percent(done, total):
    return round(100 * done / total) if total else 0


@dataclass
class LessonState:
    page: LessonInfo  # the lesson's cached structure, not the page (see courses.structure)
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
    page: ModuleInfo
    number: int
    lessons: list = field(default_factory=list)
    locked: bool = False
    waits_for: "ModuleState | None" = None  # the module that must be finished first

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
    just_completed: bool = False  # set by check_completion() on the completing action

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


class Access(enum.Enum):
    """What a person may do with a lesson; decided only by ``lesson_access()``."""

    OPEN = "open"  # enrolled and the lesson's module is open: read and act
    PREVIEW = "preview"  # the free first lesson, read by someone not enrolled
    SIGN_UP = "sign_up"  # a visitor: an account (then an enrolment) opens it
    ENROL = "enrol"  # a member not enrolled in the course
    LOCKED = "locked"  # enrolled, but the module waits for an earlier one
    MISSING = "missing"  # not a published lesson of this course


def lesson_access(outline, lesson_page, user):
    """The one rule for lesson access: enrolment, the free preview and module locks."""
    state = outline.state_of(lesson_page)
    if state is None:
        return Access.MISSING
    if outline.enrolment is not None:
        return Access.LOCKED if state.locked else Access.OPEN
    if state.is_free:
        return Access.PREVIEW
    return Access.ENROL if user.is_authenticated else Access.SIGN_UP


def course_outline(course, user):
    """The course's modules and lessons with this learner's progress (at most 6
    queries; the structure usually comes from the cache)."""
    return course_outlines([course], user)[0]


def course_outlines(courses, user, *, enrolments=None, certificates=True):
    """Outlines of several courses in the same queries as one (the dashboard): the
    structures from ``courses.structure`` (cached; 2 queries to build), then the
    learner's enrolments, completed lessons, best quiz scores and certificates.

    A caller that has loaded the user's enrolments passes them (one query fewer);
    one that shows no certificate passes ``certificates=False`` (one fewer again).
    """
    if not courses:
        return []
    structures = course_structures(courses)
    keys = [course.translation_key for course in courses]
    by_key, issued, completed, best_scores = {}, {}, {}, {}
    if user is not None and user.is_authenticated:
        if enrolments is None:
            enrolments = Enrolment.objects.filter(user=user, course_key__in=keys)
        by_key = {enrolment.course_key: enrolment for enrolment in enrolments}
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
        if certificates:
            for certificate in Certificate.objects.filter(user=user, course_key__in=keys):
                issued[certificate.course_key] = certificate
    return [
        _build_outline(
            course,
            structures[course.pk],
            enrolment=by_key.get(course.translation_key),
            completed=completed.get(course.translation_key, set()),
            best_scores=best_scores.get(course.translation_key, {}),
            certificate=issued.get(course.translation_key),
        )
        for course in courses
    ]


def _build_outline(course, structure, *, enrolment, completed, best_scores, certificate):
    module_states = []
    number = 0
    all_quizzes = []
    for module_number, module in enumerate(structure, start=1):
        state = ModuleState(page=module, number=module_number)
        module_states.append(state)
        for lesson in module.lessons:
            number += 1
            state.lessons.append(
                LessonState(
                    page=lesson,
                    number=number,
                    completed=lesson.translation_key in completed,
                    is_free=number == 1,
                )
            )
            all_quizzes.extend(lesson.quiz_ids)

    # A module set to "unlock after the previous module" opens when the module before
    # it is open and finished. Locks chain: a locked module keeps every later module
    # that waits for it locked, even if that later module's lessons were done before.
    previous = None
    for module in module_states:
        if module.page.unlock_after_previous and previous is not None:
            module.locked = previous.locked or not previous.is_complete
            module.waits_for = previous
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
            outline.just_completed = True
        if outline.certificate is None:
            outline.certificate = issue_certificate(user, course, outline.quiz_average)
            outline.just_completed = True
    return outline
