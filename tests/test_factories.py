import pytest

from tests import factories

pytestmark = pytest.mark.django_db


def test_every_factory_builds(home_page):
    factories.UserFactory()
    factories.PersonFactory(locale=home_page.locale)
    factories.PartnerFactory()
    factories.StandardPageFactory(parent=home_page)
    index = factories.NewsIndexPageFactory(parent=home_page)
    factories.NewsPageFactory(parent=index)
