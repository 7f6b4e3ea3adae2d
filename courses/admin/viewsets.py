"""The "Learning" menu of the admin: course analytics, certificates (revocation only),
learners' lesson feedback (read only) and the glossary.

Certificates and feedback are records learners make by learning, so they use Wagtail's
``ModelViewSet``, under the permission policy of ``courses.admin.permissions``; glossary
terms are content editors write, so they are a snippet (translatable, with revisions).
"""

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.snippets.views.snippets import SnippetViewSet

from courses import analytics
from courses.admin import views
from courses.admin.filters import CertificateFilterSet, LessonFeedbackFilterSet
from courses.admin.forms import CertificateRevocationForm
from courses.admin.permissions import can_see_learning_data
from courses.models import Certificate, CoursePage, GlossaryTerm, LessonFeedback, LessonPage


class LearnerRecordViewSet(ModelViewSet):
    """Records learners make: listed for the course editors, never added, copied or
    deleted here (the permission policy grants no "add" or "delete")."""

    copy_view_enabled = False
    # Nothing refers to these records, and indexing them would add work to every
    # learner's rating or certificate.
    add_to_reference_index = False

    def get_permissions_to_register(self):
        return Permission.objects.none()  # PageEditorsPolicy decides, not model permissions


class CertificateViewSet(LearnerRecordViewSet):
    model = Certificate
    name = "certificates"
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


class LessonFeedbackIndexView(IndexView):
    """Feedback with the titles of its lesson and course, in the default language."""

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(
                lesson_title=analytics.title_in_default_language(LessonPage, "lesson_key"),
                course_title=analytics.title_in_default_language(CoursePage, "course_key"),
            )
        )


class LessonFeedbackViewSet(LearnerRecordViewSet):
    model = LessonFeedback
    index_view_class = LessonFeedbackIndexView
    name = "lesson_feedback"
    url_prefix = "lesson-feedback"
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
    form_fields = []  # read only: the policy grants "view" and nothing else


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    list_display = ["term", "locale"]
    search_fields = ["term"]
    # In the "Learning" menu, so not listed again under "Snippets".
    menu_item_is_registered = True


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
            path("", views.course_list, name="index"),
            path("<uuid:course_key>/", views.course_detail, name="course"),
            path("<uuid:course_key>/<slug:table>.csv", views.course_csv, name="csv"),
        ]


class LearningGroup(ModelViewSetGroup):
    items = (
        CourseAnalyticsViewSet,
        CertificateViewSet,
        LessonFeedbackViewSet,
        GlossaryTermViewSet,
    )
    menu_icon = "tasks"
    menu_label = _("Learning")
    menu_name = "learning"
