"""Site search: what readers find, in which order, with what, in every language;
bad input; and the exact number of queries at two data sizes."""

import pytest

from courses.models import CourseIndexPage, CoursePage
from home import search
from home.models import NewsPage, StandardPage
from home.views import MAX_QUERY_LENGTH
from tests.courses.factories import (
    CoursePageFactory,
    LessonPageFactory,
    ModulePageFactory,
    paragraph,
)
from tests.factories import NewsPageFactory, StandardPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]


def found(response):
    return list(response.context["results"])


def titles(response):
    return [result.page.title for result in found(response)]


def test_search_finds_pages_of_the_current_language_only(client):
    response = client.get("/en/search/", {"q": "Kitee"})
    assert response.status_code == 200
    assert "160 free resources found in two days: FISS workshops in North Karelia" in titles(
        response
    )
    assert all(result.page.locale.language_code == "en" for result in found(response))


def test_search_in_finnish_finds_finnish_pages(client):
    results = found(client.get("/fi/search/", {"q": "FISS"}))
    assert results
    assert {result.page.locale.language_code for result in results} == {"fi"}


def test_courses_and_lessons_come_first_for_course_words(client):
    results = found(client.get("/en/search/", {"q": "symbiosis"}))
    types = [result.type_label for result in results]
    assert types[:2] == ["Course", "Course"]
    assert types.index("Lesson") < types.index("Page") < types.index("News")


def test_a_page_with_the_words_in_its_title_ranks_above_a_course_without(client, fiss_news):
    news = NewsPageFactory(parent=fiss_news.get_parent(), title="Whey to go: cheese makers")
    results = found(client.get("/en/search/", {"q": "whey"}))
    assert results[0].page.pk == news.pk
    assert results[1].type_label == "Course"  # the agri-food course mentions whey


def test_results_say_their_type_in_plain_words_and_lessons_name_their_course(client):
    results = {r.page.title: r for r in found(client.get("/en/search/", {"q": "Kalundborg"}))}
    lesson = results["Kalundborg: a symbiosis that grew step by step"]
    assert lesson.type_label == "Lesson"
    assert lesson.within_title == "Industrial symbiosis: turning by-products into business"
    html = client.get("/en/search/", {"q": "Kalundborg"}).content.decode()
    assert "Course: Industrial symbiosis: turning by-products into business" in html
    assert "lesson page" not in html.lower()  # no model verbose names


def test_result_types_are_translated(client):
    types = {r.type_label for r in found(client.get("/et/search/", {"q": "sümbioos"}))}
    assert {"Kursus", "Õppetund", "Uudis"} <= types


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        # A compound: "sümbioos" is the end of "Tööstussümbioos".
        ("et", "sümbioos", "Tööstussümbioos: kõrvalsaadustest äri"),
        ("et", "sümbioosist", "Tööstussümbioos: kõrvalsaadustest äri"),  # elative case
        ("et", "ringmajanduse", "Lineaarselt majanduselt ringmajandusele"),  # genitive
        # Finnish genitive "symbioosin" finds the nominative "symbioosi".
        ("fi", "symbioosin", "Teollinen symbioosi: sivuvirroista liiketoimintaa"),
        ("fi", "kiertotalouden", "Lineaarisesta taloudesta kiertotalouteen"),
        ("en", "symbiotic", None),
        ("en", "by-products", "Industrial symbiosis: turning by-products into business"),
    ],
)
def test_inflected_forms_and_compounds_are_found(client, language, query, expected):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    if expected:
        assert expected in titles(response)


def test_snippet_is_the_search_description_or_the_first_words_in_plain_text(client, fiss_news):
    index = fiss_news.get_parent()
    described = NewsPageFactory(
        parent=index, title="Quokka described", search_description="Chosen words."
    )
    NewsPageFactory(parent=index, title="Quokka lead", lead="The lead " + "word " * 60)
    results = {r.page.title: r for r in found(client.get("/en/search/", {"q": "quokka"}))}
    assert results[described.title].snippet == "Chosen words."
    lead = results["Quokka lead"].snippet
    assert lead.startswith("The lead word") and lead.endswith("…")
    assert len(lead.split()) == search.SNIPPET_WORDS


def test_lesson_snippet_is_the_first_paragraph_without_markup(client, home_page):
    catalogue = CourseIndexPage.objects.get(locale=home_page.locale)
    course = CoursePageFactory(parent=catalogue, title="Wombat course")
    module = ModulePageFactory(parent=course, title="Burrows")
    LessonPageFactory(
        parent=module,
        title="Numbat lesson",
        body=[paragraph("p1", "<p>Numbats eat <b>termites</b>.</p>")],
    )
    (result,) = found(client.get("/en/search/", {"q": "numbat"}))
    assert result.snippet == "Numbats eat termites."
    assert result.within_title == "Wombat course"


def test_empty_search_shows_the_form_without_results(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert response.context["results"] is None
    assert b"Search courses, news and pages in this language." in response.content


def test_search_without_matches_says_so(client):
    response = client.get("/en/search/", {"q": "zyxwvut"})
    assert response.status_code == 200
    assert b"Nothing matched" in response.content


@pytest.mark.parametrize(
    "query",
    ['"circular economy', '"circular economy"', "circular AND NOT economy", "economy*", "(", '"'],
)
def test_search_syntax_is_read_as_words(client, query):
    """Quotes and operators once reached SQLite's full-text syntax and answered 500."""
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert response.context["search_query"] == query


def test_quoted_words_are_found(client):
    assert "From a linear to a circular economy" in titles(
        client.get("/en/search/", {"q": '"circular economy'})
    )


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


def test_pagination_links_keep_the_query_encoded(client):
    index = NewsPage.objects.get(slug="fiss-workshops-north-karelia").get_parent()
    for n in range(12):
        NewsPageFactory(parent=index, title=f"Ampersand workshop {n}")
    html = client.get("/en/search/", {"q": "ampersand & workshop"}).content.decode()
    assert 'href="?q=ampersand+%26+workshop&amp;page=2"' in html
    second = client.get("/en/search/", {"q": "ampersand & workshop", "page": "2"})
    assert second.context["search_query"] == "ampersand & workshop"
    assert len(second.context["results"].object_list) == 2


def test_search_only_accepts_get(client):
    assert client.post("/en/search/", {"q": "x"}).status_code == 405


# --- Query rules ---


@pytest.mark.parametrize(
    ("language", "word", "stem"),
    [
        ("et", "sümbioos", "sümbio"),
        ("fi", "symbioosin", "symbioo"),
        ("fi", "kiertotalouden", "kiertotalou"),
        ("en", "courses", "cours"),
        ("en", "FISS", "fiss"),
        ("sl", "simbioza", "simbioz"),
        ("pt", "simbioses", "simbios"),
        ("et", "maa", "maa"),
    ],
)
def test_stems(language, word, stem):
    assert search.stem(word, language) == stem


def test_short_words_are_left_out_when_longer_ones_are_given():
    assert [t.word for t in search.parse_terms("symbiosis in Estonia", "en")] == [
        "symbiosis",
        "estonia",
    ]
    assert [t.word for t in search.parse_terms("EU", "en")] == ["eu"]


def test_search_words_drop_search_syntax():
    assert search.search_words('"circular economy" AND (heat*)') == "circular economy AND heat"


def test_short_stems_match_at_the_start_of_a_word_only(client, fiss_news):
    NewsPageFactory(parent=fiss_news.get_parent(), title="Kaiss results", lead="Nothing else.")
    assert "Kaiss results" not in titles(client.get("/en/search/", {"q": "iss"}))


# --- Queries ---

# View restrictions, the matches, the specific pages (one query per kind of page
# found) and the lessons' course names; the site comes from the cache
# (home.serving.site_for_request).
SEARCH_QUERIES = 8


@pytest.mark.parametrize("lessons", [1, 30])
def test_search_queries_do_not_grow_with_the_results(
    client, django_assert_num_queries, home_page, fiss_news, lessons
):
    """One query finds and ranks every match; the results page loads its pages (one
    query, plus one per page type on it) and the courses its lessons belong to."""
    catalogue = CourseIndexPage.objects.get(locale=home_page.locale)
    course = CoursePageFactory(parent=catalogue, title="Quokka wombat course")
    module = ModulePageFactory(parent=course, title="Module")
    for n in range(lessons):
        LessonPageFactory(
            parent=module, title=f"Quokka lesson {n}", body=[paragraph(f"p{n}", "<p>Wombat.</p>")]
        )
    NewsPageFactory(parent=fiss_news.get_parent(), title="Quokka wombat news")
    StandardPageFactory(parent=home_page, title="Quokka wombat page")
    url = "/en/search/?q=quokka+wombat"
    client.get(url)  # warm per-process caches (content types, site root paths)
    with django_assert_num_queries(SEARCH_QUERIES):
        response = client.get(url)
    assert response.context["results"].paginator.count == lessons + 3
    assert {type(r.page) for r in found(response)} == {
        CoursePage,
        NewsPage,
        StandardPage,
        type(module.get_children().specific().first()),
    }
