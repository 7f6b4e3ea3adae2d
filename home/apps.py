from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site content")

    def ready(self):
        from home.models import NewsPage
        from home.search import register_result_type

        register_result_type(NewsPage, label=_("News"), rank=3)
