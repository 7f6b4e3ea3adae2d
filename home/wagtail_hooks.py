from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.models import Partner, Person


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["name", "kind", "role", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name", "role"]


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "country", "url"]
    list_filter = ["country"]
    search_fields = ["name"]


class PeopleAndPartnersGroup(SnippetViewSetGroup):
    items = (PersonViewSet, PartnerViewSet)
    menu_icon = "group"
    menu_label = _("People & partners")
    menu_name = "people-and-partners"


register_snippet(PeopleAndPartnersGroup)
