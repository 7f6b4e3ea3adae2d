"""The structure of a course — its published modules and lessons in order, with what
outlines need (titles, addresses, minutes, quiz ids) but no lesson bodies — built
once per publication and kept in the cache.

Course, lesson, catalogue and My learning pages read it instead of loading every
lesson page of a course, so their cost does not grow with the course. Any publish,
unpublish, move or delete of a page starts a new page-cache generation
(``home.page_cache``), and structures are cached per generation, so an outline never
shows a lesson that is no longer published.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.core.cache import cache
from django.db.models import Q

from courses.models import LessonPage, ModulePage
from home import page_cache

CACHE_SECONDS = 24 * 3600


@dataclass(frozen=True)
class LessonInfo:
    pk: int
    translation_key: object
    title: str
    url: str
    estimated_minutes: int
    quiz_ids: tuple
    language: str  # the lesson version's language code
    reflection_prompts: tuple  # ((block id, prompt text), ...)

    def prompt(self, prompt_id):
        """The text of a reflection prompt of this lesson, or None."""
        return dict(self.reflection_prompts).get(prompt_id)


@dataclass(frozen=True)
class ModuleInfo:
    pk: int
    title: str
    introduction: str
    unlock_after_previous: bool
    lessons: tuple


def published_tree(courses):
    """``{course path: [(module page, [lesson pages])]}``: the live modules of each course
    and the live lessons under them, in course order (2 queries for any number of
    courses). Lessons under an unpublished module are left out."""
    if not courses:
        return {}
    under_any = reduce(or_, (Q(path__startswith=course.path) for course in courses))
    modules = list(ModulePage.objects.live().filter(under_any).order_by("path"))
    lessons = list(
        LessonPage.objects.live().filter(under_any).select_related("locale").order_by("path")
    )
    by_path = {module.path: (module, []) for module in modules}
    for lesson in lessons:
        entry = by_path.get(lesson.path[: -LessonPage.steplen])
        if entry is not None:
            entry[1].append(lesson)
    tree = {course.path: [] for course in courses}
    for module in modules:
        tree[module.path[: -ModulePage.steplen]].append(by_path[module.path])
    return tree


def lesson_info(lesson):
    """What outlines keep of a lesson page, read from the body's raw JSON (no block
    parsing)."""
    raw = lesson.body.raw_data
    return LessonInfo(
        pk=lesson.pk,
        translation_key=lesson.translation_key,
        title=lesson.title,
        url=lesson.url,
        estimated_minutes=lesson.estimated_minutes,
        quiz_ids=tuple(block["id"] for block in raw if block["type"] == "quiz"),
        language=lesson.locale.language_code,
        reflection_prompts=tuple(
            (block["id"], block["value"]["prompt"])
            for block in raw
            if block["type"] == "reflection"
        ),
    )


def _build(modules):
    return [
        ModuleInfo(
            pk=module.pk,
            title=module.title,
            introduction=module.introduction,
            unlock_after_previous=module.unlock_after_previous,
            lessons=tuple(lesson_info(lesson) for lesson in lessons),
        )
        for module, lessons in modules
    ]


def course_structures(courses):
    """``{course pk: [ModuleInfo]}`` from the cache (one round trip), building the
    missing ones in 2 queries."""
    generation = page_cache.generation()
    keys = {course.pk: f"course-structure:{generation}:{course.pk}" for course in courses}
    found = cache.get_many(keys.values())
    result = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [course for course in courses if course.pk not in result]
    if missing:
        tree = published_tree(missing)
        built = {course.pk: _build(tree[course.path]) for course in missing}
        result.update(built)
        cache.set_many({keys[pk]: value for pk, value in built.items()}, CACHE_SECONDS)
    return result
