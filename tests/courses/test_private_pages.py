"""A learner's own pages are kept by no shared cache and not on disk."""

import pytest

from courses import progress
from courses.models import Certificate
from tests.courses.factories import PASSING_ANSWERS, submit_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(learner, enrolled):
    course, _modules, lessons = enrolled
    submit_quiz(learner, course, lessons[1], PASSING_ANSWERS)
    for lesson in lessons:
        progress.mark_lesson_complete(learner, course, lesson)
    return Certificate.objects.get(user=learner)


def private_urls(code):
    return [
        "/en/learning/",
        "/en/learning/notes.csv",
        f"/en/learning/certificates/{code}/",
        f"/en/learning/certificates/{code}/certificate.pdf",
        f"/en/learning/certificates/{code}/badge.json",
    ]


def test_private_pages_are_not_cached(learner_client, certificate):
    for url in private_urls(certificate.code):
        response = learner_client.get(url)
        assert response.status_code == 200, url
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= cache_control, url


def test_the_public_verification_page_may_be_cached(client, certificate):
    response = client.get(f"/en/certificates/{certificate.code}/")
    assert "private" not in response.get("Cache-Control", "")
