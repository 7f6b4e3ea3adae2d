"""Exact SQL query counts per page; they must not grow with the content."""

from django.test import Client

import pytest

from courses import progress
from home.models import NewsPage
from tests.courses.factories import build_course
from tests.factories import NewsPageFactory, PartnerFactory, UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

# On a page-cache miss. The site, the route, the homes, the menu, each page's
# translations, the site settings, the featured course versions, the latest news and
# the partners come from the cache (home.serving, home.navigation, once per
# publication); what is left is the page itself, Wagtail's view-restriction check
# (ancestors + restrictions) and the pages the highlight cards link to. Lead-image
# renditions come from Wagtail's rendition cache.
HOME_QUERIES = 6
# Other languages: the same (the route of the translated root is cached too).
HOME_QUERIES_TRANSLATED = HOME_QUERIES
# A member: +4 session, user and the Wagtail user bar's two permission lookups (as on
# every page); +1 enrolments, and when enrolled in a featured course +2 the lessons
# done and the best quiz scores (``catalogue.learner_progress``), however many courses.
HOME_QUERIES_MEMBER = HOME_QUERIES + 5
HOME_QUERIES_LEARNER = HOME_QUERIES_MEMBER + 2
NEWS_PAGE_QUERIES = 6
NEWS_INDEX_QUERIES = 8


@pytest.fixture
def warm(client):
    """First request fills per-process caches (content types, site root paths)."""

    def get(url):
        client.get(url)
        return url

    return get


@pytest.mark.parametrize(
    ("code", "queries"), [("en", HOME_QUERIES), ("et", HOME_QUERIES_TRANSLATED)]
)
def test_home_page_queries(client, django_assert_num_queries, warm, code, queries):
    url = warm(f"/{code}/")
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


def test_home_page_queries_do_not_grow_with_news_and_partners(
    client, django_assert_num_queries, warm, fiss_news
):
    for n in range(10):
        NewsPageFactory(parent=fiss_news.get_parent(), title=f"More news {n}")
        PartnerFactory()
    url = warm("/en/")
    with django_assert_num_queries(HOME_QUERIES):
        client.get(url)


def test_news_page_queries(client, django_assert_num_queries, warm, fiss_news):
    url = warm(fiss_news.url)
    with django_assert_num_queries(NEWS_PAGE_QUERIES):
        assert client.get(url).status_code == 200


def test_news_index_queries_do_not_grow_with_the_number_of_items(
    client, django_assert_num_queries, warm
):
    url = warm("/en/news/")
    with django_assert_num_queries(NEWS_INDEX_QUERIES):
        client.get(url)
    index = NewsPage.objects.get(slug="fiss-workshops-north-karelia").get_parent()
    for n in range(6):
        item = NewsPageFactory(parent=index, title=f"Tagged news {n}")
        item.tags.add("extra", f"tag-{n}")
        item.save()
    with django_assert_num_queries(NEWS_INDEX_QUERIES):
        client.get(url)


def featured_cards(response):
    return response.content.decode().count('class="card course-card"')


@pytest.mark.parametrize("extra_courses", [0, 5], ids=["demo-courses", "7-courses"])
def test_home_page_queries_do_not_grow_with_courses(
    client, django_assert_num_queries, warm, home_page, extra_courses
):
    for _ in range(extra_courses):
        build_course(home_page, lessons_per_module=(2,), locked_second=False)
    url = warm("/en/")
    with django_assert_num_queries(HOME_QUERIES):
        response = client.get(url)
    assert featured_cards(response) == (2 if extra_courses == 0 else 3)


@pytest.mark.parametrize("enrolments", [0, 1, 4])
def test_home_page_queries_for_a_learner_do_not_grow_with_enrolments(
    django_assert_num_queries, home_page, enrolments
):
    learner = UserFactory()
    new_courses = [
        build_course(home_page, lessons_per_module=(3,), locked_second=False)[0] for _ in range(3)
    ]
    for course in new_courses[-enrolments:] if enrolments else []:
        progress.enrol(learner, course)
    for _ in range(enrolments - len(new_courses)):  # more enrolments than featured cards
        progress.enrol(learner, build_course(home_page, lessons_per_module=(1,))[0])
    client = Client()
    client.force_login(learner)
    client.get("/en/")
    expected = HOME_QUERIES_LEARNER if enrolments else HOME_QUERIES_MEMBER
    with django_assert_num_queries(expected):
        response = client.get("/en/")
    assert featured_cards(response) == 3
    assert response.content.decode().count("% done") == min(enrolments, 3)
