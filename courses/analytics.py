"""Learning analytics for editors: who enrols and when, who is active, where learners
stop, which quiz questions are too easy or too hard, and what learners say of lessons.

Every function takes a course page in any language and aggregates over its
``translation_key``, so the learners of every language version count together (lesson
titles and quiz texts come from the page given; the admin passes the English one).

Query counts do not grow with the number of learners: counts are aggregated in SQL,
and what needs Python (quiz answers, feedback) is one pass over one query.
``course_report()`` makes 8 queries whatever the data.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import TruncWeek
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from courses.models import (
    CoursePage,
    Enrolment,
    LessonFeedback,
    LessonPage,
    LessonProgress,
    ModulePage,
    QuizAttempt,
)
from courses.structure import published_tree
from home.translations import language_order, page_in_language

WEEKS = 26
ACTIVE_DAYS = 30
# A question is flagged only once this many attempts answered it: below that, one
# learner more or less swings the share too much to mean anything.
MIN_ANSWERS_TO_FLAG = 5
TOO_EASY = 0.9  # share of correct answers at or above which a question is "too easy"
TOO_HARD = 0.2  # ... at or below which it is "too hard"


def _share(part, whole):
    return part / whole if whole else None


def _percent(part, whole):
    return round(100 * part / whole) if whole else None


# --- Courses ---


def title_in_default_language(page_model, key_field):
    """A subquery expression: the title of the ``page_model`` page whose translation key
    is the outer row's ``key_field``, in the default language when there is one."""
    pages = page_model.objects.filter(translation_key=OuterRef(key_field)).order_by(
        *language_order(settings.LANGUAGE_CODE)
    )
    return Subquery(pages.values("title")[:1])


def course_page(course_key):
    """The course with this translation key in the default language (English), else in
    the first language it was created in, published or not (editors see drafts); None
    if there is no such course."""
    return page_in_language(CoursePage.objects.all(), course_key, language=settings.LANGUAGE_CODE)


@dataclass
class CourseRow:
    course_key: object
    title: str
    languages: list = field(default_factory=list)
    live: bool = False
    enrolled: int = 0
    completed: int = 0


def course_overview():
    """Every course once (one row per translation key, titled in the default language)
    with its enrolments and completions over all languages (2 queries)."""
    rows = {}
    pages = CoursePage.objects.order_by(*language_order(settings.LANGUAGE_CODE)).values_list(
        "translation_key", "title", "locale__language_code", "live"
    )
    for key, title, language, live in pages:
        row = rows.setdefault(key, CourseRow(course_key=key, title=title))
        row.languages.append(language)
        row.live = row.live or live
    totals = (
        Enrolment.objects.filter(course_key__in=rows)
        .values("course_key")
        .annotate(
            enrolled=Count("id"), completed=Count("id", filter=Q(completed_at__isnull=False))
        )
        .order_by()
    )
    for total in totals:
        row = rows[total["course_key"]]
        row.enrolled, row.completed = total["enrolled"], total["completed"]
    for row in rows.values():
        row.languages.sort()
    return sorted(rows.values(), key=lambda row: row.title.casefold())


@dataclass
class CourseLesson:
    number: int
    page: LessonPage
    module: ModulePage


def course_lessons(course):
    """The published lessons in course order, as learners see them (2 queries)."""
    lessons = [
        (module, lesson)
        for module, module_lessons in published_tree([course])[course.path]
        for lesson in module_lessons
    ]
    return [
        CourseLesson(number=number, page=lesson, module=module)
        for number, (module, lesson) in enumerate(lessons, start=1)
    ]


# --- Learners ---


@dataclass
class LearnerCounts:
    enrolled: int
    completed: int
    active: int
    active_days: int = ACTIVE_DAYS

    @property
    def completed_percent(self):
        return _percent(self.completed, self.enrolled)


def learner_counts(course, *, now=None, days=ACTIVE_DAYS):
    """Enrolled and completed learners, and active ones: distinct users whose enrolment
    was touched, or who completed a lesson or submitted a quiz, in the last ``days``
    days (2 queries)."""
    key = course.translation_key
    totals = Enrolment.objects.filter(course_key=key).aggregate(
        enrolled=Count("id"), completed=Count("id", filter=Q(completed_at__isnull=False))
    )
    since = (now or timezone.now()) - timedelta(days=days)
    # UNION (not UNION ALL) removes duplicates, so this counts distinct users.
    active = (
        Enrolment.objects.filter(course_key=key, last_activity_at__gte=since)
        .order_by()
        .values("user_id")
        .union(
            LessonProgress.objects.filter(course_key=key, completed_at__gte=since)
            .order_by()
            .values("user_id"),
            QuizAttempt.objects.filter(course_key=key, submitted_at__gte=since)
            .order_by()
            .values("user_id"),
        )
        .count()
    )
    return LearnerCounts(
        enrolled=totals["enrolled"], completed=totals["completed"], active=active, active_days=days
    )


@dataclass
class WeekCount:
    start: date  # Monday, in the site's time zone
    count: int

    @property
    def label(self):
        """The week named by its Monday in the active language: "Week of 23 November
        2026" (ISO week numbers mean little to most editors)."""
        return gettext("Week of %(date)s") % {"date": date_format(self.start, "DATE_FORMAT")}


def enrolments_per_week(course, *, now=None, weeks=WEEKS):
    """New enrolments per week (Monday to Sunday) for the last ``weeks`` weeks, the
    current one last, weeks without enrolments included (1 query)."""
    today = timezone.localdate(now)
    this_monday = today - timedelta(days=today.weekday())
    first_monday = this_monday - timedelta(weeks=weeks - 1)
    start = timezone.make_aware(datetime.combine(first_monday, time.min))
    counts = (
        Enrolment.objects.filter(course_key=course.translation_key, enrolled_at__gte=start)
        .annotate(week=TruncWeek("enrolled_at"))
        .values("week")
        .annotate(count=Count("id"))
        .order_by()
    )
    by_monday = {timezone.localtime(row["week"]).date(): row["count"] for row in counts}
    mondays = [first_monday + timedelta(weeks=n) for n in range(weeks)]
    return [WeekCount(start=monday, count=by_monday.get(monday, 0)) for monday in mondays]


# --- Completion funnel ---


@dataclass
class FunnelStep:
    lesson: CourseLesson
    completed: int
    enrolled: int
    previous: int | None  # completions of the lesson before; None for the first

    @property
    def percent(self):
        return _percent(self.completed, self.enrolled)

    @property
    def lost(self):
        """Learners who completed the previous lesson but not this one (if positive)."""
        return None if self.previous is None else self.previous - self.completed


def completion_funnel(course, *, lessons=None, enrolled=None):
    """For each lesson in course order, how many of the currently enrolled learners
    completed it: where the numbers fall is where learners stop (1 query, 2 more without
    ``lessons`` and 1 more without ``enrolled``)."""
    key = course.translation_key
    if lessons is None:
        lessons = course_lessons(course)
    if enrolled is None:
        enrolled = Enrolment.objects.filter(course_key=key).count()
    # Learners who left keep their progress (they may come back): not counted here.
    completions = dict(
        LessonProgress.objects.filter(
            course_key=key,
            user_id__in=Enrolment.objects.filter(course_key=key).values("user_id"),
        )
        .values("lesson_key")
        .annotate(learners=Count("user_id", distinct=True))
        .order_by()
        .values_list("lesson_key", "learners")
    )
    steps, previous = [], None
    for lesson in lessons:
        completed = completions.get(lesson.page.translation_key, 0)
        steps.append(
            FunnelStep(lesson=lesson, completed=completed, enrolled=enrolled, previous=previous)
        )
        previous = completed
    return steps


# --- Quiz item analysis ---


@dataclass
class OptionStats:
    id: str
    text: str
    correct: bool
    chosen: int = 0
    answered: int = 0  # attempts that answered the question

    @property
    def share(self):
        """Share of the attempts answering the question that chose this option."""
        return _share(self.chosen, self.answered)

    @property
    def percent(self):
        return _percent(self.chosen, self.answered)


@dataclass
class QuestionStats:
    id: str
    number: int
    kind: str
    text: str
    options: list
    answered: int = 0  # attempts with at least one option chosen
    correct: int = 0

    @property
    def share_correct(self):
        return _share(self.correct, self.answered)

    @property
    def percent_correct(self):
        return _percent(self.correct, self.answered)

    @property
    def flag(self):
        """``"too_easy"``, ``"too_hard"`` or None; always None while fewer than
        ``MIN_ANSWERS_TO_FLAG`` attempts answered the question."""
        if self.answered < MIN_ANSWERS_TO_FLAG:
            return None
        if self.share_correct >= TOO_EASY:
            return "too_easy"
        if self.share_correct <= TOO_HARD:
            return "too_hard"
        return None

    @property
    def flag_label(self):
        return {"too_easy": _("Too easy"), "too_hard": _("Too hard")}.get(self.flag, "")


@dataclass
class QuizStats:
    lesson: CourseLesson
    quiz_id: str
    title: str
    questions: list
    attempts: int = 0


def _quiz_stats(lesson, quiz_block):
    questions = []
    for number, question in enumerate(quiz_block.value["questions"].bound_blocks, start=1):
        options = [
            OptionStats(id=option.id, text=option.value["text"], correct=option.value["correct"])
            for option in question.value["options"].bound_blocks
        ]
        questions.append(
            QuestionStats(
                id=question.id,
                number=number,
                kind=question.value["kind"],
                text=question.value["text"],
                options=options,
            )
        )
    return QuizStats(
        lesson=lesson, quiz_id=quiz_block.id, title=quiz_block.value["title"], questions=questions
    )


def quiz_item_analysis(course, *, lessons=None):
    """Every quiz of the course in order, with, per question, the attempts that answered
    it and the share answered correctly, and per option the share of those attempts
    that chose it (1 query, one pass; 2 more without ``lessons``).

    Every attempt counts, retries included: a question many learners need two tries
    for is one editors want to see. Questions no longer in the lesson are left out.
    """
    if lessons is None:
        lessons = course_lessons(course)
    quizzes = {}
    for lesson in lessons:
        for block in lesson.page.body.blocks_by_name("quiz"):
            quizzes[block.id] = _quiz_stats(lesson, block)
    if not quizzes:
        return []
    attempts = (
        QuizAttempt.objects.filter(course_key=course.translation_key, quiz_id__in=quizzes)
        .order_by()
        .values_list("quiz_id", "answers", "results")
    )
    for quiz_id, answers, results in attempts.iterator():
        quiz = quizzes[quiz_id]
        quiz.attempts += 1
        for question in quiz.questions:
            chosen = set(answers.get(question.id) or [])
            if not chosen:
                continue
            question.answered += 1
            if (results.get(question.id) or {}).get("correct"):
                question.correct += 1
            for option in question.options:
                option.chosen += option.id in chosen
    for quiz in quizzes.values():
        for question in quiz.questions:
            for option in question.options:
                option.answered = question.answered
    return list(quizzes.values())


# --- Lesson ratings ---

RATINGS = range(1, 6)


@dataclass
class LessonRatings:
    lesson: CourseLesson | None  # None: the lesson is no longer published in the course
    lesson_key: object
    count: int = 0
    total: int = 0
    distribution: dict = field(default_factory=lambda: dict.fromkeys(RATINGS, 0))

    @property
    def title(self):
        return self.lesson.page.title if self.lesson else gettext("(lesson no longer published)")

    @property
    def average(self):
        return round(self.total / self.count, 1) if self.count else None

    @property
    def bars(self):
        """(rating, count, percent of ratings) from 5 down to 1, for the template."""
        return [
            (rating, self.distribution[rating], _percent(self.distribution[rating], self.count))
            for rating in reversed(RATINGS)
        ]


@dataclass
class FeedbackComment:
    lesson: LessonRatings
    rating: int
    comment: str
    language: str
    updated_at: datetime


@dataclass
class RatingsReport:
    lessons: list  # LessonRatings in course order, unknown lessons last
    comments: list  # FeedbackComment, newest first

    @property
    def count(self):
        return sum(lesson.count for lesson in self.lessons)


def lesson_ratings(course, *, lessons=None):
    """Average rating and count per lesson, and the comments with their language
    (1 query, one pass; 2 more without ``lessons``)."""
    if lessons is None:
        lessons = course_lessons(course)
    by_key = {
        lesson.page.translation_key: LessonRatings(
            lesson=lesson, lesson_key=lesson.page.translation_key
        )
        for lesson in lessons
    }
    comments = []
    feedback = (
        LessonFeedback.objects.filter(course_key=course.translation_key)
        .order_by("-updated_at", "-pk")
        .values_list("lesson_key", "rating", "comment", "language", "updated_at")
    )
    for lesson_key, rating, comment, language, updated_at in feedback.iterator():
        ratings = by_key.get(lesson_key)
        if ratings is None:
            ratings = by_key[lesson_key] = LessonRatings(lesson=None, lesson_key=lesson_key)
        ratings.count += 1
        ratings.total += rating
        ratings.distribution[rating] = ratings.distribution.get(rating, 0) + 1
        if comment.strip():
            comments.append(FeedbackComment(ratings, rating, comment, language, updated_at))
    return RatingsReport(lessons=list(by_key.values()), comments=comments)


# --- The whole report ---


@dataclass
class CourseReport:
    course: Page
    learners: LearnerCounts
    weeks: list
    funnel: list
    quizzes: list
    ratings: RatingsReport
    generated_at: datetime

    @property
    def flagged_questions(self):
        return [q for quiz in self.quizzes for q in quiz.questions if q.flag]


def course_report(course, *, now=None):
    """Everything the analytics page shows, for one course (8 queries)."""
    now = now or timezone.now()
    lessons = course_lessons(course)
    learners = learner_counts(course, now=now)
    return CourseReport(
        course=course,
        learners=learners,
        weeks=enrolments_per_week(course, now=now),
        funnel=completion_funnel(course, lessons=lessons, enrolled=learners.enrolled),
        quizzes=quiz_item_analysis(course, lessons=lessons),
        ratings=lesson_ratings(course, lessons=lessons),
        generated_at=now,
    )


# --- Tables for export ---
