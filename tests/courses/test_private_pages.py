"""A learner's own pages are kept by no shared cache and not on disk."""

import pytest

pytestmark = pytest.mark.django_db


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
