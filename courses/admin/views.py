"""Admin views of the courses app: course analytics (the list of courses, one course's
report and its tables as CSV) and translating courses with their modules and lessons."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin import messages
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView as LocalizeSubmitPageTranslationView,
)

from courses import analytics, analytics_export
from courses.admin.charts import week_chart
from courses.admin.editor import describe_gap, language_name
from courses.admin.permissions import can_see_learning_data
from courses.admin.translations import translate_missing_parts, translation_gap
from courses.csv_files import csv_response
from courses.models import CoursePage, ModulePage


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


# --- Translating courses ---


class SubmitPageTranslationView(LocalizeSubmitPageTranslationView):
    """wagtail-localize's "Translate page", with "Include subtree" ticked for a course
    or a module: a course translated without its modules and lessons is a course its
    learners cannot follow. Editors can still untick it."""

    def get_form(self):
        form = super().get_form()
        if not form.is_bound and isinstance(self.object, CoursePage | ModulePage):
            form.fields["include_subtree"].initial = True
        return form


def translate_missing(request, page_id):
    """Asks, then translates the modules and lessons a course translation lacks (see
    ``courses.admin.translations``)."""
    course = get_object_or_404(CoursePage, pk=page_id)
    permissions = course.permissions_for_user(request.user)
    if not (
        request.user.has_perm("wagtail_localize.submit_translation")
        and permissions.can_add_subpage()
    ):
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[course.pk])
    gap = translation_gap(course)
    if gap is None:
        messages.success(request, gettext("Every module and lesson of this course is translated."))
        return redirect(edit_url)
    if request.method == "POST":
        count = translate_missing_parts(gap, request.user)
        messages.success(
            request,
            ngettext(
                "%(count)s page was translated into %(language)s. It shows the %(source)s "
                "text until you translate it.",
                "%(count)s pages were translated into %(language)s. They show the %(source)s "
                "text until you translate them.",
                count,
            )
            % {
                "count": count,
                "language": language_name(gap.language_code),
                "source": language_name(gap.source_language_code),
            },
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "courses/admin/translate_missing.html",
        {
            "course": course,
            "gap": gap,
            "summary": describe_gap(gap),
            "language": language_name(gap.language_code),
            "source_language": language_name(gap.source_language_code),
            "edit_url": edit_url,
        },
    )
