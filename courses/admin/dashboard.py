"""Panels of the admin's home page for the people who make the courses: course
translations that lack modules or lessons, the latest enrolments and the latest lesson
feedback. Learner data, so shown only to who may see it (``courses.admin.permissions``);
each panel makes a fixed number of queries whatever the number of learners or pages."""

from datetime import timedelta

from django.utils import timezone

from wagtail.admin.ui.components import Component

from courses import analytics
from courses.admin.editor import describe_parts, language_name
from courses.admin.permissions import can_see_learning_data
from courses.admin.translations import translation_gaps
from courses.models import CoursePage, Enrolment, LessonFeedback, LessonPage

ROWS = 6
RECENT_DAYS = 7


class TranslationGapsPanel(Component):
    """Course translations lacking modules or lessons of their source (3 queries)."""

    name = "course_translation_gaps"
    order = 140
    template_name = "courses/admin/panels/translation_gaps.html"

    def get_context_data(self, parent_context):
        gaps = translation_gaps()
        return {
            "rows": [
                {
                    "gap": gap,
                    "language": language_name(gap.language_code),
                    "missing": describe_parts(gap),
                }
                for gap in gaps[:ROWS]
            ],
            "more": max(len(gaps) - ROWS, 0),
        }


class RecentEnrolmentsPanel(Component):
    """The latest enrolments, and how many there were this week (2 queries)."""

    name = "recent_enrolments"
    order = 150
    template_name = "courses/admin/panels/recent_enrolments.html"

    def get_context_data(self, parent_context):
        enrolments = (
            Enrolment.objects.select_related("user")
            .annotate(course_title=analytics.title_in_default_language(CoursePage, "course_key"))
            .order_by("-enrolled_at", "-pk")[:ROWS]
        )
        since = timezone.now() - timedelta(days=RECENT_DAYS)
        return {
            "enrolments": [
                {
                    "learner": enrolment.user.get_full_name() or enrolment.user.email,
                    "course_title": enrolment.course_title,
                    "course_key": enrolment.course_key,
                    "enrolled_at": enrolment.enrolled_at,
                    "completed": enrolment.completed_at is not None,
                }
                for enrolment in enrolments
            ],
            "this_week": Enrolment.objects.filter(enrolled_at__gte=since).count(),
            "days": RECENT_DAYS,
        }


class LatestFeedbackPanel(Component):
    """The latest lesson ratings and comments (1 query)."""

    name = "latest_lesson_feedback"
    order = 160
    template_name = "courses/admin/panels/latest_feedback.html"

    def get_context_data(self, parent_context):
        feedback = LessonFeedback.objects.annotate(
            lesson_title=analytics.title_in_default_language(LessonPage, "lesson_key"),
            course_title=analytics.title_in_default_language(CoursePage, "course_key"),
        ).order_by("-updated_at", "-pk")[:ROWS]
        return {
            "feedback": [
                {
                    "lesson_title": item.lesson_title,
                    "course_title": item.course_title,
                    "course_key": item.course_key,
                    "rating": item.rating,
                    "comment": item.comment,
                    "language": language_name(item.language),
                    "updated_at": item.updated_at,
                }
                for item in feedback
            ]
        }


def add_learning_panels(request, panels):
    """``construct_homepage_panels``."""
    if can_see_learning_data(request.user):
        panels += [TranslationGapsPanel(), RecentEnrolmentsPanel(), LatestFeedbackPanel()]
