"""Fixtures shared by the whole suite.

The demo site (every page in five languages, built through wagtail-localize) is
loaded once into the test database; each test runs in a transaction rolled back
afterwards, so tests may change it freely.
"""

import importlib.util
import os

from django.conf import settings

from wagtail.models import Locale

import pytest

from home.demo.builder import load_demo
from home.models import HomePage, NewsPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


# Only for work in progress on demo content: build what is translated, skip the rest.
ALLOW_MISSING_DEMO = os.environ.get("SYMBIOS_ALLOW_MISSING_DEMO") == "1"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo(allow_missing=ALLOW_MISSING_DEMO)
        if importlib.util.find_spec("courses.demo.content"):
            from courses.demo import builder, content

            builder.load_demo_courses(content, allow_missing=ALLOW_MISSING_DEMO)


@pytest.fixture
def locale(db):
    return lambda code: Locale.objects.get(language_code=code)


@pytest.fixture
def home_page(db):
    return HomePage.objects.get(locale__language_code="en")


@pytest.fixture
def fiss_news(db):
    return NewsPage.objects.get(locale__language_code="en", slug="fiss-workshops-north-karelia")
