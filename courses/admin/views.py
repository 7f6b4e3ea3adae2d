"""The course analytics pages: the list of courses, one course's report and its tables
as CSV."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from courses import analytics, analytics_export
from courses.admin.charts import week_chart
from courses.admin.permissions import can_see_learning_data
from courses.csv_files import csv_response


def course_editors_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        # Wagtail's admin turns this into a redirect with a message.
        if not can_see_learning_data(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _course_or_404(course_key):
    course = analytics.course_page(course_key)
    if course is None:
        raise Http404(_("There is no course with this key."))
    return course


@course_editors_only
def course_list(request):
    return TemplateResponse(
        request, "courses/admin/course_list.html", {"courses": analytics.course_overview()}
    )


@course_editors_only
def course_detail(request, course_key):
    course = _course_or_404(course_key)
    report = analytics.course_report(course)
    return TemplateResponse(
        request,
        "courses/admin/course_analytics.html",
        {
            "course": course,
            "report": report,
            "week_chart": week_chart(report.weeks),
            "thresholds": {
                "min_answers": analytics.MIN_ANSWERS_TO_FLAG,
                "too_easy": round(100 * analytics.TOO_EASY),
                "too_hard": round(100 * analytics.TOO_HARD),
            },
        },
    )


@course_editors_only
def course_csv(request, course_key, table):
    """One table of the report as CSV. One file per table (enrolments, funnel,
    quiz-items, ratings, comments) rather than one file with sections: each opens in a
    spreadsheet as a plain table, ready to sort, filter or chart. UTF-8 with a BOM,
    so that spreadsheet programs read the accents right."""
    if table not in analytics_export.REPORT_TABLES:
        raise Http404(_("There is no such table."))
    course = _course_or_404(course_key)
    header, rows = analytics_export.report_table(analytics.course_report(course), table)
    filename = f"{slugify(course.slug) or course_key}-{table}.csv"
    return csv_response(filename, header, rows)
