import pytest

from home.models import NewsPage
from home.views import MAX_QUERY_LENGTH
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_pages_of_the_current_language_only(client):
    response = client.get("/en/search/", {"q": "Kitee"})
    assert response.status_code == 200
    results = list(response.context["results"])
    assert "160 free resources found in two days: FISS workshops in North Karelia" in [
        page.title for page in results
    ]
    assert all(page.locale.language_code == "en" for page in results)


def test_search_in_finnish_finds_finnish_pages(client):
    response = client.get("/fi/search/", {"q": "FISS"})
    results = list(response.context["results"])
    assert results
    assert {page.locale.language_code for page in results} == {"fi"}


def test_empty_search_shows_the_form_without_results(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["results"] is None
    assert b"Search courses, news and pages in this language." in response.content


def test_search_without_matches_says_so(client):
    response = client.get("/en/search/", {"q": "zyxwvut"})
    assert response.status_code == 200
    assert b"Nothing matched" in response.content


def test_oversized_search_is_refused_with_a_clear_message_and_keeps_the_text(client):
    query = "symbiosis " * (MAX_QUERY_LENGTH // 5)
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 400
    assert b"Please shorten your search" in response.content
    assert response.context["search_query"] == query.strip()


def test_search_results_are_paginated(client):
    index = NewsPage.objects.get(slug="fiss-workshops-north-karelia").get_parent()
    for n in range(14):
        NewsPageFactory(parent=index, title=f"Resource workshop report {n}")
    first = client.get("/en/search/", {"q": "workshop report"})
    assert len(first.context["results"].object_list) == 10
    second = client.get("/en/search/", {"q": "workshop report", "page": 2})
    assert second.status_code == 200
    assert second.context["results"].number == 2
    assert b"page=1" in second.content and b"q=workshop" in second.content


def test_search_only_accepts_get(client):
    assert client.post("/en/search/", {"q": "x"}).status_code == 405
