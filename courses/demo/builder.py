"""Builds the demo courses: English pages from ``courses/demo/content.py`` (which
reads ``courses/demo/data/*.toml``), then their translations through
wagtail-localize with ``courses/demo/locale/*.po``."""

import io
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.utils.file import hash_filelike

from courses.demo.illustrations import image_path
from courses.models import CourseIndexPage, CoursePage, GlossaryTerm, LessonPage, ModulePage
from home.demo import content as home_content
from home.demo.builder import MissingDemoTranslations, link_highlights, translate
from home.demo.builder import load_catalogue as load_home_catalogue
from home.demo.content import block_id
from home.models import HomePage, Person

LOCALE_DIR = Path(__file__).resolve().parent / "locale"

CATALOGUE = {
    "title": "Courses",
    "slug": "courses",
    "search_description": "Free online courses on industrial symbiosis and the circular economy.",
    "intro": (
        "<p>Learn at your own pace, in your language. Every course has quizzes, keeps your "
        "progress in all five languages and ends with a certificate you can share.</p>"
    ),
}


def load_catalogue(code):
    return load_home_catalogue(code, LOCALE_DIR)


def _items(key, values, builder):
    return [
        {"type": "item", "value": builder(f"{key}-{i}", value), "id": block_id(f"{key}-{i}")}
        for i, value in enumerate(values)
    ]


def _block_value(block_type, key, value, glossary):
    if block_type == "glossary_term":
        return {"term": glossary[value["term"]].pk}
    if block_type == "case_study":
        return {
            **value,
            "resources": _items(f"{key}-res", value.get("resources", []), lambda k, v: v),
            "outcomes": _items(f"{key}-out", value.get("outcomes", []), lambda k, v: v),
        }
    if block_type == "quiz":

        def question(question_key, data):
            return {
                "kind": data["kind"],
                "text": data["text"],
                "explanation": data.get("explanation", ""),
                "points": data.get("points", 1),
                "options": _items(
                    f"{question_key}-o",
                    data["options"],
                    lambda k, o: {
                        "text": o["text"],
                        "correct": bool(o.get("correct")),
                        "feedback": o.get("feedback", ""),
                    },
                ),
            }

        return {
            "title": value["title"],
            "introduction": value.get("introduction", ""),
            "shuffle_options": value.get("shuffle_options", True),
            "questions": _items(f"{key}-q", value["questions"], question),
        }
    return value


def _stream(items, glossary):
    return [
        {
            "type": block_type,
            "value": _block_value(block_type, key, value, glossary),
            "id": block_id(key),
        }
        for block_type, key, value in items
    ]


def _publish(page):
    page.save_revision().publish()
    return page


# --- Lead images ---


def lead_image(course_data):
    """The Wagtail image of a course's illustration (``courses/demo/images/<key>.png``),
    or None when it has none. Stored once: an image with the same file hash (SHA-1 of
    its contents, which Wagtail keeps for every image) is reused, so loading the demo
    again, or into a database that has it already, adds no copy."""
    path = image_path(course_data["key"])
    if not path.exists():
        return None
    content = path.read_bytes()
    file_hash = hash_filelike(io.BytesIO(content))
    Image = get_image_model()
    image = Image.objects.filter(file_hash=file_hash).order_by("pk").first()
    if image is None:
        image = Image(
            title=course_data["title"],
            file=ImageFile(io.BytesIO(content), name=path.name),
            file_size=len(content),
            file_hash=file_hash,
        )
        image.save()
    return image


def _courses_without_lead_image(courses_content):
    """``[(course data, [language versions without a lead image])]`` of the demo courses
    that have an illustration."""
    english = CoursePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    keys = dict(english.values_list("slug", "translation_key"))
    missing = {}
    for page in CoursePage.objects.filter(
        translation_key__in=keys.values(), lead_image__isnull=True
    ):
        missing.setdefault(page.translation_key, []).append(page)
    return [
        (data, missing[keys[data["slug"]]])
        for data in courses_content.COURSES
        if keys.get(data["slug"]) in missing and image_path(data["key"]).exists()
    ]


def link_home_highlights(catalogue):
    """Point the home pages' course cards at the catalogue, which exists only now that
    the courses are built; every language version keeps the English catalogue as its
    target (as a wagtail-localize sync would) and shows it in the reader's language."""
    for home in HomePage.objects.all():
        if link_highlights(home, {catalogue.slug: catalogue}):
            _publish(home)


def add_lead_images(courses_content):
    """Give demo courses built before they had illustrations their lead image, in every
    language version (the field is synchronised between translations, as an editor's
    sync would leave it), publishing the change as a new revision."""
    for data, pages in _courses_without_lead_image(courses_content):
        image = lead_image(data)
        for page in pages:
            page.lead_image = image
            _publish(page)


def english_courses_exist():
    return CourseIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exists()


@transaction.atomic
def build_english_courses(courses_content):
    """Create glossary, catalogue, courses, modules and lessons in English.

    Returns ``(glossary_terms, catalogue, [(course_data, [course, *descendants])])``.
    """
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=english)
    glossary = {}
    for data in courses_content.GLOSSARY:
        glossary[data["key"]] = GlossaryTerm.objects.create(
            locale=english, term=data["term"], definition=data["definition"]
        )
    people_names = {p["key"]: p["name"] for p in home_content.PEOPLE}
    people = {p.name: p for p in Person.objects.filter(locale=english)}

    catalogue = CourseIndexPage(
        title=CATALOGUE["title"],
        slug=CATALOGUE["slug"],
        search_description=CATALOGUE["search_description"],
        intro=CATALOGUE["intro"],
        show_in_menus=True,
    )
    home.add_child(instance=catalogue)
    _publish(catalogue)
    # The catalogue comes right after "About" in the menu.
    first_child = home.get_first_child()
    if first_child and first_child.pk != catalogue.pk:
        catalogue.move(first_child, pos="right")
        catalogue.refresh_from_db()

    built = []
    for data in courses_content.COURSES:
        course = CoursePage(
            title=data["title"],
            slug=data["slug"],
            search_description=data["summary"][:255],
            summary=data["summary"],
            audience=data["audience"],
            level=data["level"],
            estimated_hours=data["estimated_hours"],
            pass_mark=data["pass_mark"],
            max_quiz_attempts=data["max_attempts"],
            lead_image=lead_image(data),
            outcomes=[
                {"type": "outcome", "value": text, "id": block_id(f"{data['key']}-out-{i}")}
                for i, text in enumerate(data["outcomes"])
            ],
        )
        for key in data["trainers"]:
            person = people.get(people_names.get(key))
            if person:
                course.trainers.add(course.trainers.model(person=person))
        course.sectors.add(*data["sectors"])
        catalogue.add_child(instance=course)
        _publish(course)
        pages = [course]
        for module_data in data["modules"]:
            module = ModulePage(
                title=module_data["title"],
                slug=module_data["slug"],
                introduction=module_data["introduction"],
                unlock_after_previous=module_data["unlock_after_previous"],
            )
            course.add_child(instance=module)
            pages.append(_publish(module))
            for lesson_data in module_data["lessons"]:
                lesson = LessonPage(
                    title=lesson_data["title"],
                    slug=lesson_data["slug"],
                    estimated_minutes=lesson_data["minutes"],
                    body=_stream(lesson_data["body"], glossary),
                )
                module.add_child(instance=lesson)
                pages.append(_publish(lesson))
        built.append((data, pages))
    return list(glossary.values()), catalogue, built


def english_course_objects(courses_content):
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    glossary = list(GlossaryTerm.objects.filter(locale=english).order_by("pk"))
    catalogue = CourseIndexPage.objects.get(locale=english)
    built = []
    by_slug = {data["slug"]: data for data in courses_content.COURSES}
    for course in CoursePage.objects.child_of(catalogue).order_by("path"):
        pages = [p.specific for p in course.get_descendants(inclusive=True).order_by("path")]
        built.append((by_slug.get(course.slug, {"languages": []}), pages))
    return glossary, catalogue, built


def load_demo_courses(courses_content, allow_missing=False):
    """English courses plus every translation their content asks for (resumable)."""
    if english_courses_exist():
        glossary, catalogue, built = english_course_objects(courses_content)
    else:
        glossary, catalogue, built = build_english_courses(courses_content)
    add_lead_images(courses_content)
    link_home_highlights(catalogue)
    missing = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        strings = {**load_home_catalogue(code), **load_catalogue(code)}
        for term in glossary:
            translate(term, locale, strings, missing)
        translate(catalogue, locale, strings, missing)
        for data, pages in built:
            if code in data.get("languages", []):
                for page in pages:
                    translate(page, locale, strings, missing)
    if missing and not allow_missing:
        raise MissingDemoTranslations(missing)
    objects = [*glossary, catalogue, *[page for _data, pages in built for page in pages]]
    return objects, missing


def demo_courses_loaded(courses_content):
    if not english_courses_exist() or _courses_without_lead_image(courses_content):
        return False
    glossary, catalogue, built = english_course_objects(courses_content)
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        objects = [*glossary, catalogue]
        for data, pages in built:
            if code in data.get("languages", []):
                objects.extend(pages)
        if not all(obj.has_translation(locale) for obj in objects):
            return False
    return True
