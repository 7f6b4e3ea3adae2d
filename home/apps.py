from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site content")

    def ready(self):
        from wagtail.models import Locale, Site

        from home import page_cache
        from home.models import NewsPage, Partner, Person, SiteSettings
        from home.search import register_result_type
        from home.sites import sync_site_after_migrate

        register_result_type(NewsPage, label=_("News"), rank=3)
        page_cache.connect_page_signals()
        page_cache.register_dependency(Person, Partner, SiteSettings, Site, Locale)

        post_migrate.connect(sync_site_after_migrate, sender=self)
