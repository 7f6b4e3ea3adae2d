"""Half-translated courses: the modules and lessons a course translation lacks, and a way
to translate them.

A course is translated from its *source* version: the one wagtail-localize translates
from (its ``TranslationSource``), else the version ``home.translations`` would choose
for the default language. A module or lesson of the source is *missing* from another
language version of the course when that version has no page of its own for it (none,
or only an alias showing the source's text). Learners reading the course in that
language do not see what is missing, so editors are warned (``courses.admin.editor``)
and offered to translate it.

Translating the missing parts is what wagtail-localize's "Translate page" with "Include
subtree" does for a new translation: each part gets a synchronised translation, with
the source's text until a translator replaces it, published when its source is.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.operations import TranslationCreator

from courses.models import CoursePage, LessonPage, ModulePage
from home.translations import preferred


@dataclass
class MissingPart:
    page_id: int  # the source's page
    title: str
    is_module: bool


@dataclass
class TranslationGap:
    """A course version without some modules or lessons of its source."""

    course_id: int
    title: str
    language_code: str
    source_id: int
    source_language_code: str
    missing: list = field(default_factory=list)  # MissingPart, in course order

    @property
    def modules(self):
        return [part for part in self.missing if part.is_module]

    @property
    def lessons(self):
        return [part for part in self.missing if not part.is_module]


@dataclass
class _Version:
    id: int
    path: str
    title: str
    translation_key: object
    locale_id: int
    language_code: str

    @property
    def locale(self):  # what home.translations.preferred() reads
        return self

    @property
    def pk(self):
        return self.id


def translation_gaps(translation_keys=None):
    """Every course version (of the given course translation keys, else of all courses)
    that lacks modules or lessons of its source, in title order (3 queries)."""
    courses = CoursePage.objects.all()
    if translation_keys is not None:
        courses = courses.filter(translation_key__in=list(translation_keys))
    versions = [
        _Version(*row)
        for row in courses.values_list(
            "id", "path", "title", "translation_key", "locale_id", "locale__language_code"
        )
    ]
    if not versions:
        return []
    by_key = {}
    for version in versions:
        by_key.setdefault(version.translation_key, []).append(version)
    source_locales = {}
    for key, locale_id in (
        TranslationSource.objects.filter(object_id__in=list(by_key))
        .order_by("-pk")  # the latest wins below: the one translations now follow
        .values_list("object_id", "locale_id")
    ):
        source_locales[key] = locale_id

    module_type, lesson_type = ContentType.objects.get_for_models(ModulePage, LessonPage).values()
    parts = Page.objects.filter(content_type__in=[module_type, lesson_type])
    if translation_keys is not None:
        under_courses = Q()
        for version in versions:
            under_courses |= Q(path__startswith=version.path)
        parts = parts.filter(under_courses)
    parts = parts.order_by("path").values_list(
        "id", "path", "title", "translation_key", "alias_of_id", "content_type_id"
    )
    path_lengths = {len(version.path) for version in versions}
    by_path = {version.path: version for version in versions}
    own_keys = {version.id: set() for version in versions}  # parts a version has itself
    own_parts = {version.id: [] for version in versions}  # the same, in course order
    for page_id, path, title, key, alias_of_id, content_type_id in parts:
        for length in path_lengths:
            version = by_path.get(path[:length])
            if version is None:
                continue
            if alias_of_id is None:  # an alias shows another version's text
                own_keys[version.id].add(key)
                own_parts[version.id].append(
                    (key, MissingPart(page_id, title, content_type_id == module_type.id))
                )

    gaps = []
    for key, group in by_key.items():
        source = next(
            (version for version in group if version.locale_id == source_locales.get(key)),
            None,
        ) or preferred(group, settings.LANGUAGE_CODE)
        for version in group:
            if version is source:
                continue
            missing = [
                part
                for part_key, part in own_parts[source.id]
                if part_key not in own_keys[version.id]
            ]
            if missing:
                gaps.append(
                    TranslationGap(
                        course_id=version.id,
                        title=version.title,
                        language_code=version.language_code,
                        source_id=source.id,
                        source_language_code=source.language_code,
                        missing=missing,
                    )
                )
    return sorted(gaps, key=lambda gap: (gap.title.casefold(), gap.language_code))


def translation_gap(course):
    """What this course version lacks of its source; None if it lacks nothing or is
    the source (3 queries)."""
    return next(
        (gap for gap in translation_gaps([course.translation_key]) if gap.course_id == course.pk),
        None,
    )


@transaction.atomic
def translate_missing_parts(gap, user):
    """Give every missing module and lesson of ``gap`` a translation into the course
    version's language, parents first; returns how many pages were translated."""
    locale = Locale.objects.get(language_code=gap.language_code)
    pages = Page.objects.filter(pk__in=[part.page_id for part in gap.missing]).order_by("path")
    creator = TranslationCreator(user, [locale])
    for page in pages.specific():
        creator.create_translations(page)
    return len(gap.missing)
