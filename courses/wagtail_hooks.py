"""The courses app in the Wagtail admin, under one "Learning" menu: glossary terms,
certificates (revocation only), learners' lesson feedback (read only) and course
analytics with CSV exports.

Who sees learner data. Certificates, feedback and analytics are for the people who
make the courses: active users with access to the admin *and* a permission to add,
edit or publish pages somewhere in the page tree (Wagtail's default "Editors" and
"Moderators" groups have both), and superusers; see ``can_see_learning_data()``. This
rule is a permission policy, not model permissions, so it needs no group setup and
cannot be half-granted: the per-model permissions of these two models are not offered
on the group form. Glossary terms are ordinary content and use ordinary snippet
permissions.

Certificates are earned, never made here: nobody may add, copy or delete one. Editing
one means revoking it (or lifting a revocation), and the form has only that.
"""

from functools import wraps

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import page_permission_policy, register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

import django_filters

from courses import analytics, analytics_export
from courses.csv_files import csv_response
from courses.models import Certificate, CoursePage, GlossaryTerm, LessonFeedback, LessonPage

# --- Who sees learner data ---

PAGE_EDITING_ACTIONS = {"add", "change", "publish"}


def can_see_learning_data(user):
    """Superusers, and active users with admin access who may add, edit or publish
    some page."""
    return bool(
        user.is_active
        and user.has_perm("wagtailadmin.access_admin")
        and page_permission_policy.user_has_any_permission(user, PAGE_EDITING_ACTIONS)
    )


class PageEditorsPolicy(BasePermissionPolicy):
    """Grants ``actions`` (and nothing else) on a model to whoever passes
    ``can_see_learning_data()``."""

    def __init__(self, model, actions):
        super().__init__(model)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and can_see_learning_data(user)

    def user_has_any_permission(self, user, actions):
        return bool(self.actions.intersection(actions)) and can_see_learning_data(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects
        if not self.actions.intersection(actions):
            return users.none()
        access_admin = Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        return (
            page_permission_policy.users_with_any_permission(PAGE_EDITING_ACTIONS)
            .filter(
                Q(is_superuser=True)
                | Q(groups__permissions__in=access_admin)
                | Q(user_permissions__in=access_admin)
            )
            .distinct()
        )


# Registered before the viewsets below, which would otherwise create default policies.
register_permission_policy(Certificate, PageEditorsPolicy(Certificate, {"change"}))
register_permission_policy(LessonFeedback, PageEditorsPolicy(LessonFeedback, {"view"}))


class LearnerDataIndexView(IndexView):
    """A listing without bulk-action checkboxes: these records are never deleted in
    bulk (nor one by one)."""

    @cached_property
    def columns(self):
        return [
            column
            for column in super().columns
            if not isinstance(column, BulkActionsCheckboxColumn)
        ]


class LearnerDataViewSet(SnippetViewSet):
    index_view_class = LearnerDataIndexView
    copy_view_enabled = False

    def get_permissions_to_register(self):
        return Permission.objects.none()  # PageEditorsPolicy decides, not model permissions


# --- Certificates ---


class CertificateRevocationForm(WagtailAdminModelForm):
    revoked = forms.BooleanField(
        label=_("Revoked"),
        required=False,
        help_text=_(
            "The public verification page then says the certificate is no longer valid. "
            "Untick to reinstate it."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.initial["revoked"] = self.instance.revoked_at is not None

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("revoked") and not cleaned_data.get("revocation_reason", "").strip():
            self.add_error("revocation_reason", _("Say why the certificate is revoked."))
        return cleaned_data

    def save(self, commit=True):
        certificate = super().save(commit=False)
        if self.cleaned_data["revoked"]:
            certificate.revoked_at = certificate.revoked_at or timezone.now()
        else:
            certificate.revoked_at = None
            certificate.revocation_reason = ""
        if commit:
            certificate.save()
        return certificate


class CertificateFilterSet(WagtailFilterSet):
    revoked = django_filters.BooleanFilter(
        label=_("Revoked"), field_name="revoked_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Certificate
        fields = []


class CertificateViewSet(LearnerDataViewSet):
    model = Certificate
    icon = "success"
    menu_label = _("Certificates")
    list_display = [
        "code",
        "learner_name",
        "course_title",
        DateColumn("issued_at", label=_("Issued"), sort_key="issued_at"),
        DateColumn("revoked_at", label=_("Revoked"), sort_key="revoked_at"),
    ]
    filterset_class = CertificateFilterSet
    search_fields = ["code", "learner_name"]
    edit_handler = ObjectList(
        [
            FieldPanel("code", read_only=True),
            FieldPanel("learner_name", read_only=True),
            FieldPanel("course_title", read_only=True),
            FieldPanel("issued_at", read_only=True),
            FieldPanel("revoked"),
            FieldPanel("revocation_reason"),
        ],
        base_form_class=CertificateRevocationForm,
    )


# --- Lesson feedback ---


def course_choices():
    return [(row.course_key, row.title) for row in analytics.course_overview()]


class LessonFeedbackFilterSet(WagtailFilterSet):
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices)
    rating = django_filters.ChoiceFilter(
        label=_("Rating"), choices=[(rating, rating) for rating in analytics.RATINGS]
    )
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)

    class Meta:
        model = LessonFeedback
        fields = []


class LessonFeedbackViewSet(LearnerDataViewSet):
    model = LessonFeedback
    icon = "comment"
    menu_label = _("Lesson feedback")
    list_display = [
        Column("lesson_title", label=_("Lesson"), sort_key="lesson_title"),
        Column("course_title", label=_("Course"), sort_key="course_title"),
        "rating",
        "comment",
        Column("language", label=_("Language"), sort_key="language"),
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]
    filterset_class = LessonFeedbackFilterSet
    search_fields = ["comment"]
    ordering = ["-updated_at"]

    def get_queryset(self, request):
        return LessonFeedback.objects.annotate(
            lesson_title=analytics.title_in_default_language(LessonPage, "lesson_key"),
            course_title=analytics.title_in_default_language(CoursePage, "course_key"),
        )


# --- Glossary ---


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "locale"]
    search_fields = ["term"]


# --- Course analytics ---


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


def week_chart(weeks, *, height=100, bar_width=8, gap=2):
    """Geometry of the weekly enrolment bars for an inline SVG (no JavaScript)."""
    peak = max((week.count for week in weeks), default=0)
    bars = []
    for index, week in enumerate(weeks):
        bar_height = round(height * week.count / peak) if peak else 0
        bars.append(
            {
                "week": week,
                "x": index * (bar_width + gap),
                "y": height - bar_height,
                "height": bar_height,
            }
        )
    return {
        "bars": bars,
        "bar_width": bar_width,
        "width": len(weeks) * (bar_width + gap),
        "height": height,
        "peak": peak,
    }


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


class CourseAnalyticsViewSet(ViewSet):
    name = "course_analytics"
    url_prefix = "course-analytics"
    icon = "tasks"
    menu_label = _("Course analytics")

    @cached_property
    def menu_item_class(self):
        return type(
            "CourseAnalyticsMenuItem",
            (MenuItem,),
            {"is_shown": lambda item, request: can_see_learning_data(request.user)},
        )

    def get_urlpatterns(self):
        return [
            path("", course_list, name="index"),
            path("<uuid:course_key>/", course_detail, name="course"),
            path("<uuid:course_key>/<slug:table>.csv", course_csv, name="csv"),
        ]


class LearningGroup(SnippetViewSetGroup):
    items = (
        CourseAnalyticsViewSet,
        CertificateViewSet,
        LessonFeedbackViewSet,
        GlossaryTermViewSet,
    )
    menu_icon = "tasks"
    menu_label = _("Learning")
    menu_name = "learning"


register_snippet(LearningGroup)
