"""Addresses with control characters are answered 400 before any view runs.

A NUL byte once answered 500 in search, the catalogue and the news tags, and on
PostgreSQL on the public certificate verification page, its PDF and badge.
"""

from django.test import Client
from django.utils import translation

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URLS = [
    "/en/search/?q=circular%00economy",
    "/en/search/?q=symbiosis&page=%00",
    "/en/courses/?q=%00",
    "/en/courses/?sector=%01",
    "/en/news/?tag=%00",
    "/en/news/?tag%00=fiss",
    "/certificates/SYM%00ABC/",
    "/en/certificates/SYM%00ABC/",
    "/en/learning/certificates/SYM%00ABC/",
    "/en/learning/certificates/SYM%00ABC/certificate.pdf",
    "/en/learning/certificates/SYM%00ABC/badge.json",
    "/en/news%7F/",
]


@pytest.fixture(params=["visitor", "member"])
def any_client(request):
    client = Client()
    if request.param == "member":
        client.force_login(UserFactory())
    return client


@pytest.mark.parametrize("url", URLS)
def test_control_characters_in_the_address_answer_400(any_client, url):
    response = any_client.get(url)
    assert response.status_code == 400
    assert "This address cannot be read" in response.content.decode()


def test_the_400_page_is_in_the_site_design_and_the_address_language(client):
    response = client.get("/et/search/?q=%00")
    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="et"' in html
    assert "Seda aadressi ei saa lugeda" in html
    assert 'class="site-header"' in html and 'role="search"' in html
    assert 'rel="alternate"' not in html  # no hreflang for an error


def test_tabs_and_line_breaks_in_a_search_are_only_whitespace(client):
    response = client.get("/en/search/?q=circular%09economy%0A")
    assert response.status_code == 200
    assert response.context["results"].paginator.count > 0


def test_other_unicode_is_searched_not_rejected(client):
    assert client.get("/et/search/", {"q": "sümbioos ☃ 🙂"}).status_code == 200


def test_a_request_too_broken_to_render_the_site_gets_a_plain_400(rf, monkeypatch):
    from home import views

    def broken(*args, **kwargs):
        raise RuntimeError("no site")

    monkeypatch.setattr(views, "render", broken)
    with translation.override("en"):
        response = views.bad_request(rf.get("/"), exception=None)
    assert response.status_code == 400
    assert b"Bad request" in response.content
