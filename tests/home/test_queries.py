"""Exact SQL query counts per page; they must not grow with the content."""

import pytest

from home.models import NewsPage
from tests.factories import NewsPageFactory, PartnerFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

HOME_QUERIES = 16
# Other languages: routing looks up the translation of the site's root page once.
HOME_QUERIES_TRANSLATED = HOME_QUERIES + 1
NEWS_PAGE_QUERIES = 17
NEWS_INDEX_QUERIES = 18


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
