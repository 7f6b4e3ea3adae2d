from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site content")

    def ready(self):
        from home.sites import sync_site_after_migrate

        post_migrate.connect(sync_site_after_migrate, sender=self)
