"""The courses app in the editors' admin: half-translated courses (warning, translating
the rest, "Include subtree" by default), the page explorer in course order, the
dashboard panels and analytics in the editor's language."""

import re
from datetime import date, timedelta

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import resolve, reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

import pytest

from courses import analytics
from courses.admin import views
from courses.admin.translations import translation_gap, translation_gaps
from courses.models import CourseIndexPage, CoursePage, Enrolment, LessonFeedback, LessonPage
from tests.courses.factories import LessonPageFactory, ModulePageFactory, build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client():
    client = Client()
    client.force_login(UserFactory(is_superuser=True, is_staff=True, first_name="Ed"))
    return client


@pytest.fixture
def editor_client():
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def fi():
    return Locale.objects.get(language_code="fi")


@pytest.fixture
def course_tree(home_page):
    """(course, [module 1, module 2], [lesson 1.1, lesson 1.2, lesson 2.1])"""
    return build_course(home_page)


@pytest.fixture
def finnish_course(course_tree, fi):
    """The course translated into Finnish with wagtail-localize, without its subtree."""
    course, _modules, _lessons = course_tree
    translate_object(course, [fi])
    return course.get_translation(fi)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def missing_url(page):
    return reverse("courses_translate_missing", args=[page.pk])


def titles(parts):
    return [part.title for part in parts]


# --- What a course translation lacks ---


def test_a_course_translated_without_its_subtree_lacks_every_module_and_lesson(
    course_tree, finnish_course
):
    course, _modules, _lessons = course_tree
    gap = translation_gap(finnish_course)
    assert (gap.language_code, gap.source_language_code, gap.source_id) == ("fi", "en", course.pk)
    assert titles(gap.missing) == [  # in course order
        "Module 1",
        course_tree[2][0].title,
        course_tree[2][1].title,
        "Module 2",
        course_tree[2][2].title,
    ]
    assert (titles(gap.modules), len(gap.lessons)) == (["Module 1", "Module 2"], 3)
    assert translation_gap(course) is None  # the source lacks nothing


def test_translated_parts_are_not_missing_but_aliases_are(course_tree, finnish_course, fi):
    _course, (module_1, module_2), (lesson_1, lesson_2, _lesson_3) = course_tree
    module_1.copy_for_translation(fi)
    lesson_1.copy_for_translation(fi)
    module_2.copy_for_translation(fi, alias=True)  # shows the English text
    assert titles(translation_gap(finnish_course).missing) == [
        lesson_2.title,
        "Module 2",
        _lesson_3.title,
    ]


def test_the_source_is_the_language_wagtail_localize_translates_from(home_page, fi):
    """A course written in Finnish and translated into English: the English version
    is the one that lacks modules, even though English is the site's default."""
    finnish_catalogue = CourseIndexPage.objects.get(locale=fi)
    course, _modules, _lessons = build_course(finnish_catalogue.get_parent().specific)
    assert course.locale == fi
    translate_object(course, [Locale.objects.get(language_code="en")])
    english = course.get_translation(Locale.objects.get(language_code="en"))
    gaps = {gap.course_id: gap for gap in translation_gaps([course.translation_key])}
    assert list(gaps) == [english.pk]
    assert gaps[english.pk].source_language_code == "fi"


def test_the_demo_courses_are_fully_translated():
    assert translation_gaps() == []


# --- Warnings in the editor ---


def test_opening_a_half_translated_course_warns_with_a_way_to_translate_the_rest(
    superuser_client, finnish_course
):
    response = superuser_client.get(edit_url(finnish_course))
    assert response.status_code == 200
    html = response.content.decode()
    assert "js-translation-editor" in html  # wagtail-localize's translation editor
    assert (
        "2 modules and 3 lessons of the English course are not translated into Finnish: "
        "learners who read the course in Finnish do not see them." in html
    )
    assert "<li>Module 1</li>" in html
    assert missing_url(finnish_course) in html


def test_the_warning_is_in_the_editors_language(superuser_client, finnish_course):
    prefer_language(superuser_client, "fi")
    html = superuser_client.get(edit_url(finnish_course)).content.decode()
    assert "2 moduulia ja 3 oppituntia kurssin lähdeversiosta (englanti)" in html


def prefer_language(client, code):
    """What an editor sets under Account → Preferences → Language."""
    user = client.get(reverse("wagtailadmin_home")).wsgi_request.user
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()


def test_a_complete_translation_and_the_source_do_not_warn(superuser_client, course_tree, fi):
    course, _modules, _lessons = course_tree
    html = superuser_client.get(edit_url(course)).content.decode()
    assert "not translated into" not in html
    demo_course = CoursePage.objects.filter(locale=fi).exclude(
        translation_key=course.translation_key
    )
    html = superuser_client.get(edit_url(demo_course.first())).content.decode()
    assert "not translated into" not in html


def test_publishing_in_wagtails_editor_warns_on_the_page_it_leaves_for(
    superuser_client, course_tree, fi
):
    course, _modules, _lessons = course_tree
    finnish = course.copy_for_translation(fi)  # a plain copy: Wagtail's own editor
    data = nested_form_data(
        {
            "title": "Hukkalämmön kartoitus",
            "slug": finnish.slug,
            "summary": "Opi hyödyntämään sivuvirtoja.",
            "outcomes": streamfield([]),
            "audience": "",
            "level": "introductory",
            "estimated_hours": 2,
            "sectors": "",
            "trainers": inline_formset([]),
            "pass_mark": 60,
            "max_quiz_attempts": 3,
            "prerequisites": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = superuser_client.post(edit_url(finnish), data, follow=True)
    finnish.refresh_from_db()
    assert finnish.live and finnish.title == "Hukkalämmön kartoitus"
    html = response.content.decode()
    assert "2 modules and 3 lessons of the English course are not translated" in html
    assert missing_url(finnish) in html


# --- Translating what is missing ---


def test_translating_the_missing_parts_completes_the_course(superuser_client, finnish_course, fi):
    url = missing_url(finnish_course)
    html = superuser_client.get(url).content.decode()
    assert "Not translated into Finnish (5 pages)" in html
    assert "Translate 5 pages" in html

    response = superuser_client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == edit_url(finnish_course)
    assert "5 pages were translated into Finnish." in response.content.decode()
    assert translation_gap(finnish_course) is None
    lessons = LessonPage.objects.descendant_of(finnish_course)
    assert lessons.count() == 3 and all(lesson.locale == fi for lesson in lessons)
    # Synchronised translations, so translators fill them in like any other.
    assert (
        Translation.objects.filter(
            target_locale=fi, source__object_id__in=lessons.values("translation_key")
        ).count()
        == 3
    )


def test_nothing_left_to_translate_goes_back_to_the_editor(superuser_client, course_tree):
    course, _modules, _lessons = course_tree
    response = superuser_client.get(missing_url(course))
    assert response["Location"] == edit_url(course)


def test_translating_the_rest_needs_the_translation_permission(
    editor_client, image_keeper_client, finnish_course
):
    url = missing_url(finnish_course)
    assert editor_client.get(url).status_code == 200  # Editors may submit translations
    response = image_keeper_client.post(url)
    assert response["Location"] == reverse("wagtailadmin_home")
    assert translation_gap(finnish_course) is not None
    not_a_course = Page.objects.type(LessonPage).first()
    assert editor_client.get(missing_url(not_a_course), follow=True).status_code == 404


# --- "Translate page" includes the subtree for courses ---


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def test_our_view_answers_wagtail_localizes_translate_page_address(course_tree):
    course, _modules, _lessons = course_tree
    assert resolve(submit_url(course)).func.view_class is views.SubmitPageTranslationView


def test_translate_page_includes_the_subtree_by_default_for_courses_and_modules(
    superuser_client, course_tree, home_page
):
    course, (module, _other), _lessons = course_tree
    for page in [course, module]:
        response = superuser_client.get(submit_url(page))
        assert response.context["form"]["include_subtree"].value() is True, page
        (checkbox,) = re.findall(r'<input[^>]*name="include_subtree"[^>]*>', response.text)
        assert " checked" in checkbox
    catalogue = course.get_parent()
    response = superuser_client.get(submit_url(catalogue))
    assert not response.context["form"]["include_subtree"].value()


def test_translating_a_course_translates_its_modules_and_lessons(
    superuser_client, course_tree, fi
):
    course, _modules, _lessons = course_tree
    response = superuser_client.post(
        submit_url(course), {"locales": [fi.pk], "include_subtree": "on"}
    )
    assert response.status_code == 302
    finnish = course.get_translation(fi)
    assert translation_gap(finnish) is None
    assert LessonPage.objects.descendant_of(finnish).count() == 3


# --- The page explorer lists a course in course order ---


def test_the_explorer_lists_modules_and_lessons_in_course_order(superuser_client, home_page):
    course, (module_1, _module_2), _lessons = build_course(home_page)
    module_1.title = "Zebra module"  # edited last and last by title: still first
    module_1.save_revision().publish()
    late = ModulePageFactory(parent=course, title="Aardvark module")
    html = superuser_client.get(reverse("wagtailadmin_explore", args=[course.pk])).content
    html = html.decode()
    assert html.index("Zebra module") < html.index("Module 2") < html.index(late.title)

    LessonPageFactory(parent=module_1, title="A last lesson")
    html = superuser_client.get(reverse("wagtailadmin_explore", args=[module_1.pk])).content
    html = html.decode()
    first, second, _late = LessonPage.objects.child_of(module_1).order_by("path")
    assert html.index(first.title) < html.index(second.title) < html.index("A last lesson")


# --- The dashboard ---


def learner_activity(course, lesson, count):
    learners = UserFactory.create_batch(count)
    for n, person in enumerate(learners):
        Enrolment.objects.create(user=person, course_key=course.translation_key)
        LessonFeedback.objects.create(
            user=person,
            course_key=course.translation_key,
            lesson_key=lesson.translation_key,
            rating=1 + n % 5,
            comment=f"Comment number {n}",
            language="fi",
        )
    return learners


def test_the_dashboard_shows_translations_enrolments_and_feedback(
    superuser_client, course_tree, finnish_course
):
    course, _modules, (lesson, *_rest) = course_tree
    learner_activity(course, lesson, 2)
    Enrolment.objects.filter(user__first_name="").update(
        enrolled_at=timezone.now() - timedelta(days=10)
    )
    newest = UserFactory(first_name="Liisa Learner")
    Enrolment.objects.create(user=newest, course_key=course.translation_key)

    html = superuser_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Courses needing translation" in html
    assert edit_url(finnish_course) in html and "2 modules and 3 lessons" in html
    assert "Recent enrolments" in html
    assert "1 new enrolment in the last 7 days." in html
    assert "Liisa Learner" in html and course.title in html
    assert "Latest lesson feedback" in html
    assert "Comment number 1" in html and lesson.title in html and "Finnish" in html
    assert html.index("Liisa Learner") < html.index("Latest lesson feedback")


def test_the_dashboard_says_when_there_is_nothing_to_show(superuser_client):
    html = superuser_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Every course translation has all the modules and lessons of its source." in html
    assert "No one has enrolled in a course yet." in html
    assert "No learner has rated a lesson yet." in html


def test_who_may_not_see_learner_data_gets_no_learning_panels(image_keeper_client, course_tree):
    course, _modules, (lesson, *_rest) = course_tree
    learner_activity(course, lesson, 1)
    response = image_keeper_client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    html = response.content.decode()
    for text in ["Recent enrolments", "Latest lesson feedback", "Courses needing translation"]:
        assert text not in html


def test_editors_see_the_learning_panels(editor_client):
    html = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Recent enrolments" in html and "Latest lesson feedback" in html


# Session, user, profile, permissions, Wagtail's own panels and the menu (17); ours: the
# translation gaps (3), enrolments (2) and feedback (1), whatever the number of learners
# and courses.
DASHBOARD_QUERIES = 23


@pytest.mark.parametrize("size", [2, 20])
def test_dashboard_queries_do_not_grow_with_learners_or_courses(
    size, superuser_client, home_page, fi, django_assert_num_queries
):
    for _ in range(size // 10 + 1):
        course, _modules, (lesson, *_rest) = build_course(home_page)
        translate_object(course, [fi])
        learner_activity(course, lesson, size)
    url = reverse("wagtailadmin_home")
    superuser_client.get(url)  # warm per-process caches
    with django_assert_num_queries(DASHBOARD_QUERIES):
        response = superuser_client.get(url)
    assert response.status_code == 200


# --- Analytics in the editor's language ---


def test_analytics_name_weeks_by_their_date_in_the_editors_language(superuser_client, course_tree):
    course, _modules, _lessons = course_tree
    Enrolment.objects.create(user=UserFactory(), course_key=course.translation_key)
    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    url = reverse("course_analytics:course", args=[course.translation_key])

    html = superuser_client.get(url).content.decode()
    assert f"Week of {date_format(monday, 'DATE_FORMAT')}" in html
    assert "ISO week" not in html

    prefer_language(superuser_client, "fi")
    html = superuser_client.get(url).content.decode()
    with translation.override("fi"):
        finnish_label = analytics.WeekCount(start=monday, count=1).label
    assert finnish_label != f"Week of {date_format(monday, 'DATE_FORMAT')}"
    assert finnish_label in html
    assert "Week of" not in html


def test_week_labels_use_each_languages_date_format():
    week = analytics.WeekCount(start=date(2026, 11, 30), count=3)
    for code in ["en", "et", "fi", "sl", "pt"]:
        with translation.override(code):
            assert date_format(week.start, "DATE_FORMAT") in week.label, code
    with translation.override("en"):
        assert week.label.startswith("Week of ")
