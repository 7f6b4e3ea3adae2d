"""Filters of the certificate and lesson feedback listings."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet

import django_filters

from courses import analytics
from courses.models import Certificate, LessonFeedback


class CertificateFilterSet(WagtailFilterSet):
    revoked = django_filters.BooleanFilter(
        label=_("Revoked"), field_name="revoked_at", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Certificate
        fields = []


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
