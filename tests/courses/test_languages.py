"""A learner who switches language keeps progress, attempts and notes."""

from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

import pytest

from courses import progress
from courses.models import CoursePage, LessonPage
from tests.courses.conftest import HALF_RIGHT

pytestmark = pytest.mark.django_db


def translate_tree(course, code, run_on_commit):
    """Copies made by wagtail-localize (English text as fallback). wagtail-localize
    publishes on commit: run each page's callbacks before translating its children."""
    locale = Locale.objects.get(language_code=code)
    catalogue = course.get_parent().specific
    for page in [catalogue, *course.get_descendants(inclusive=True).order_by("path").specific()]:
        if not page.has_translation(locale):
            source, _ = TranslationSource.get_or_create_from_instance(page)
            with run_on_commit(execute=True):
                source.create_or_update_translation(locale, publish=True, fallback=True)
    return CoursePage.objects.get(translation_key=course.translation_key, locale=locale)


@pytest.fixture
def translated(enrolled, django_capture_on_commit_callbacks):
    return translate_tree(enrolled[0], "et", django_capture_on_commit_callbacks)


def test_translated_lessons_keep_keys_and_block_ids(enrolled, translated):
    course, _modules, lessons = enrolled
    estonian = LessonPage.objects.get(
        translation_key=lessons[1].translation_key, locale__language_code="et"
    )
    assert [b.id for b in estonian.body] == [b.id for b in lessons[1].body]
    quiz = next(b for b in estonian.body if b.block_type == "quiz")
    assert [q.id for q in quiz.value["questions"].bound_blocks] == ["q1a", "q1b"]


def test_progress_attempts_and_notes_follow_the_learner_into_another_language(
    learner_client, learner, enrolled, translated
):
    course, _modules, lessons = enrolled
    estonian_course = translated
    learner_client.post(f"/en/learning/lessons/{lessons[0].translation_key}/complete/")
    learner_client.post(
        f"/en/learning/lessons/{lessons[0].translation_key}/notes/r-1-1/",
        {"text": "Our spare cold storage"},
    )
    learner_client.post(
        f"/en/learning/lessons/{lessons[1].translation_key}/quizzes/quiz-1/",
        {**HALF_RIGHT, "token": "t"},
    )

    outline = progress.course_outline(estonian_course, learner)
    assert outline.completed_count == 1
    assert outline.enrolment is not None

    et_lessons = list(LessonPage.objects.descendant_of(estonian_course).order_by("path"))
    html = learner_client.get(et_lessons[0].url).content.decode()
    assert '<html lang="et"' in html
    assert "Our spare cold storage" in html
    html = learner_client.get(et_lessons[1].url).content.decode()
    assert "(50%)" in html

    # An action posted from the Estonian page lands on the same records.
    learner_client.post(f"/et/learning/lessons/{et_lessons[1].translation_key}/complete/")
    assert progress.course_outline(course, learner).completed_count == 2
