"""The course report as CSV tables, one file per table (see ``courses.admin.views``)."""

from django.utils import timezone
from django.utils.translation import gettext, ngettext

from courses.analytics import RATINGS, _percent, _share  # noqa: F401


def _yes_no(value):
    return gettext("yes") if value else gettext("no")


def _enrolments_table(report):
    # Dates in CSV files are ISO 8601 (2026-11-23): spreadsheets read them as dates in
    # every language, and they sort.
    header = [gettext("Week starting"), gettext("Enrolments")]
    rows = [[week.start.isoformat(), week.count] for week in report.weeks]
    return header, rows


def _funnel_table(report):
    header = [
        gettext("Number"),
        gettext("Lesson"),
        gettext("Module"),
        gettext("Learners who completed it"),
        gettext("Enrolled learners"),
        gettext("Percent of enrolled"),
        gettext("Lost since the previous lesson"),
    ]
    rows = [
        [
            step.lesson.number,
            step.lesson.page.title,
            step.lesson.module.title,
            step.completed,
            step.enrolled,
            step.percent,
            step.lost,
        ]
        for step in report.funnel
    ]
    return header, rows


def _quiz_items_table(report):
    header = [
        gettext("Lesson"),
        gettext("Quiz"),
        gettext("Question number"),
        gettext("Question"),
        gettext("Attempts answering"),
        gettext("Percent correct"),
        gettext("Flag"),
        gettext("Answer"),
        gettext("Correct answer"),
        gettext("Attempts choosing it"),
        gettext("Percent choosing it"),
    ]
    rows = []
    for quiz in report.quizzes:
        for question in quiz.questions:
            for option in question.options:
                rows.append(
                    [
                        quiz.lesson.page.title,
                        quiz.title,
                        question.number,
                        question.text,
                        question.answered,
                        question.percent_correct,
                        str(question.flag_label),
                        option.text,
                        _yes_no(option.correct),
                        option.chosen,
                        option.percent,
                    ]
                )
    return header, rows


def _ratings_table(report):
    header = [
        gettext("Lesson"),
        gettext("Average rating"),
        gettext("Ratings"),
        *[
            ngettext("%(stars)s star", "%(stars)s stars", rating) % {"stars": rating}
            for rating in RATINGS
        ],
    ]
    rows = [
        [lesson.title, lesson.average, lesson.count, *lesson.distribution.values()]
        for lesson in report.ratings.lessons
    ]
    return header, rows


def _comments_table(report):
    header = [
        gettext("Lesson"),
        gettext("Rating"),
        gettext("Comment"),
        gettext("Language"),
        gettext("Updated"),
    ]
    rows = [
        [
            comment.lesson.title,
            comment.rating,
            comment.comment,
            comment.language,
            timezone.localtime(comment.updated_at).isoformat(timespec="minutes"),
        ]
        for comment in report.ratings.comments
    ]
    return header, rows


REPORT_TABLES = {
    "enrolments": _enrolments_table,
    "funnel": _funnel_table,
    "quiz-items": _quiz_items_table,
    "ratings": _ratings_table,
    "comments": _comments_table,
}


def report_table(report, name):
    """(header, rows) of one table of the report, by a name from ``REPORT_TABLES``; None
    in a row means "no value" (nothing to divide by)."""
    return REPORT_TABLES[name](report)
