"""My learning shows each saved note's reflection prompt in the page's language."""

import re

from wagtail.models import Locale

import pytest

from courses import progress
from courses.models import LessonPage, ReflectionNote
from tests.courses.factories import paragraph, reflection
from tests.courses.test_languages import translate_tree

pytestmark = pytest.mark.django_db

ENGLISH = "List your free resources."
ESTONIAN = "Loetle oma vabad ressursid."


@pytest.fixture
def note(learner_client, learner, enrolled, django_capture_on_commit_callbacks):
    """A note written on the English lesson, whose Estonian version has the prompt
    translated (Finnish has no translation of the course)."""
    course, _modules, lessons = enrolled
    learner_client.post(
        f"/en/learning/lessons/{lessons[0].translation_key}/notes/r-1-1/",
        {"text": "Our spare cold storage"},
    )
    translate_tree(course, "et", django_capture_on_commit_callbacks)
    estonian = LessonPage.objects.get(
        translation_key=lessons[0].translation_key, locale=Locale.objects.get(language_code="et")
    )
    estonian.body = [paragraph("p-1-1"), reflection("r-1-1", prompt=ESTONIAN)]
    estonian.save_revision().publish()
    return ReflectionNote.objects.get(user=learner)


def prompt_of(client, code):
    html = client.get(f"/{code}/learning/").content.decode()
    return re.search(r'<p class="note__prompt"([^>]*)>([^<]*)</p>', html).groups()


def test_the_prompt_is_shown_in_the_language_of_the_page(learner_client, note):
    assert note.prompt == ENGLISH  # the copy saved with the note
    assert prompt_of(learner_client, "et") == ("", ESTONIAN)
    assert prompt_of(learner_client, "en") == ("", ENGLISH)


def test_a_prompt_in_another_language_is_marked_with_lang(learner_client, note):
    assert prompt_of(learner_client, "fi") == (' lang="en"', ENGLISH)


def test_the_prompt_follows_the_language_after_leaving_the_course(
    learner_client, learner, enrolled, note
):
    progress.unenrol(learner, enrolled[0])
    assert prompt_of(learner_client, "et") == ("", ESTONIAN)
    assert prompt_of(learner_client, "fi") == (' lang="en"', ENGLISH)


def test_a_removed_prompt_shows_the_saved_copy(learner_client, note):
    for lesson in LessonPage.objects.filter(translation_key=note.lesson_key):
        lesson.body = [paragraph("p-1-1")]
        lesson.save_revision().publish()
    assert prompt_of(learner_client, "et") == ("", ENGLISH)


def test_the_lesson_link_of_a_course_in_another_language_is_marked(learner_client, note):
    html = learner_client.get("/fi/learning/").content.decode()
    assert re.search(r'<p class="note__lesson"><a href="[^"]+" hreflang="en" lang="en">', html)
    html = learner_client.get("/et/learning/").content.decode()
    assert '<p class="note__lesson"><a href="/et/' in html
