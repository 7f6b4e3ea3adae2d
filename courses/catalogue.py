"""The course catalogue: one card per course, in the reader's language when it
exists, filterable by language, sector, level and duration, and searchable."""

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from courses import progress
from courses.models import CoursePage, CourseSectorTag, Enrolment
from home import page_cache
from home.search import search_words
from home.translations import pages_in_language

SECTOR_LABELS = {
    "agri-food": _("Agri-food"),
    "leather": _("Leather"),
    "textiles": _("Textiles"),
    "construction": _("Construction"),
    "energy": _("Energy"),
    "chemicals": _("Chemicals"),
    "wood": _("Wood and forestry"),
    "water": _("Water"),
}
DURATIONS = [
    ("short", _("Up to 2 hours"), 0, 2),
    ("medium", _("3 to 6 hours"), 3, 6),
    ("long", _("More than 6 hours"), 7, 10_000),
]
MAX_QUERY_LENGTH = 200
FEATURED_COURSES = 3


def sector_label(slug, name=""):
    return SECTOR_LABELS.get(slug, name or slug)


def catalogue_context(request, index_page):
    params = request.GET
    language = get_language()
    query = params.get("q", "").strip()[:MAX_QUERY_LENGTH]
    wanted_language = params.get("language", "")
    sector = params.get("sector", "")
    level = params.get("level", "")
    duration = params.get("duration", "")

    courses = CoursePage.objects.live().public().select_related("locale", "lead_image")
    if query:
        # Words only: quotes and operators are search syntax the backends parse
        # differently (an unbalanced quote fails on SQLite's full-text search).
        words = search_words(query)
        found = CoursePage.objects.live().search(words) if words else []
        courses = courses.filter(translation_key__in={course.translation_key for course in found})
    if level in CoursePage.Level.values:
        courses = courses.filter(level=level)
    for key, _label, low, high in DURATIONS:
        if duration == key:
            courses = courses.filter(estimated_hours__gte=low, estimated_hours__lte=high)

    all_versions = list(courses.order_by("path"))
    languages_by_key = {}
    for course in all_versions:
        languages_by_key.setdefault(course.translation_key, set()).add(course.locale.language_code)
    cards = pages_in_language(all_versions)  # one card per course
    if wanted_language in dict(settings.LANGUAGES):
        cards = {k: c for k, c in cards.items() if wanted_language in languages_by_key[k]}

    sectors_by_page = {}
    for tagged in CourseSectorTag.objects.filter(
        content_object__in=[c.pk for c in cards.values()]
    ).select_related("tag"):
        sectors_by_page.setdefault(tagged.content_object_id, []).append(tagged.tag)
    if sector:
        cards = {
            k: c
            for k, c in cards.items()
            if sector in {t.slug for t in sectors_by_page.get(c.pk, [])}
        }

    progress_by_key = learner_progress(request.user, cards)
    items = []
    for key, course in cards.items():
        items.append(
            {
                "course": course,
                "sectors": [
                    sector_label(t.slug, t.name) for t in sectors_by_page.get(course.pk, [])
                ],
                "languages": sorted(languages_by_key[key]),
                "in_other_language": course.locale.language_code != language,
                "progress": progress_by_key.get(key),
            }
        )
    items.sort(key=lambda item: item["course"].title.lower())

    all_sectors = sorted(
        {tag.slug: tag.name for tags in sectors_by_page.values() for tag in tags}.items()
    )
    filters = {
        "q": query,
        "language": wanted_language,
        "sector": sector,
        "level": level,
        "duration": duration,
    }
    return {
        "cards": items,
        "filters": filters,
        "active_filter_count": sum(1 for value in filters.values() if value),
        "filter_choices": {
            "languages": settings.LANGUAGES,
            "sectors": [(slug, sector_label(slug, name)) for slug, name in all_sectors]
            or [(slug, label) for slug, label in SECTOR_LABELS.items()],
            "levels": CoursePage.Level.choices,
            "durations": [(key, label) for key, label, _low, _high in DURATIONS],
        },
        "filtered": any([query, wanted_language, sector, level, duration]),
    }


def featured_courses(request, limit=FEATURED_COURSES):
    """Cards for the home page: at most ``limit`` live courses, one version of each as
    ``home.translations`` chooses it for the reader. First the courses the reader is
    taking (enrolled, not completed), then those readable in the reader's language,
    then the newest (by when the version shown was first published), then catalogue
    order (docs/decisions.md)."""
    language = get_language()
    versions = page_cache.cached(
        "featured-course-versions",
        lambda: list(
            CoursePage.objects.live()
            .public()
            .select_related("locale", "lead_image")
            .order_by("path")
        ),
    )
    languages_by_key = {}
    for course in versions:
        languages_by_key.setdefault(course.translation_key, set()).add(course.locale.language_code)
    courses = pages_in_language(versions)
    user = getattr(request, "user", None)
    progress_by_key = learner_progress(user, courses) if user else {}

    def rank(course):
        progress = progress_by_key.get(course.translation_key)
        published = course.first_published_at.timestamp() if course.first_published_at else 0
        return (
            not (progress and not progress["completed"]),
            course.locale.language_code != language,
            -published,
            course.path,
        )

    return [
        {
            "course": course,
            "languages": sorted(languages_by_key[course.translation_key]),
            "in_other_language": course.locale.language_code != language,
            "progress": progress_by_key.get(course.translation_key),
        }
        for course in sorted(courses.values(), key=rank)[:limit]
    ]


def learner_progress(user, courses_by_key):
    """{course key: {"percent", "completed"}} for the courses the user is enrolled in:
    the same figures as the course page and My learning (``progress.course_outlines``),
    in a fixed number of queries whatever the number of courses."""
    if not user.is_authenticated or not courses_by_key:
        return {}
    enrolments = list(Enrolment.objects.filter(user=user, course_key__in=list(courses_by_key)))
    if not enrolments:
        return {}
    courses = [courses_by_key[enrolment.course_key] for enrolment in enrolments]
    outlines = progress.course_outlines(courses, user, enrolments=enrolments, certificates=False)
    return {
        outline.course.translation_key: {
            "percent": outline.percent,
            "completed": outline.is_complete,
        }
        for outline in outlines
    }
