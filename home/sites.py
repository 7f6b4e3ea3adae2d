"""Django's ``Site`` record follows the ``SITE_DOMAIN`` and ``SITE_NAME`` settings.

allauth gives every account mail the current ``Site`` (its name in the greeting and
signature, its domain in the signature) and keys login rate limits by its domain.
Django's sites app creates ``example.com`` on the first ``migrate``. The domain
belongs to the environment, not to the schema, so instead of a data migration (which
runs once) the record is brought in step after every ``migrate`` — the release step
of each deploy — and a changed ``SITE_DOMAIN`` takes effect with the next release.
"""

from django.apps import apps as global_apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, router


def sync_site(*, using=DEFAULT_DB_ALIAS, apps=global_apps):
    Site = apps.get_model("sites", "Site")
    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": settings.SITE_DOMAIN, "name": settings.SITE_NAME},
    )
    Site.objects.clear_cache()


def sync_site_after_migrate(sender, using=DEFAULT_DB_ALIAS, apps=global_apps, **kwargs):
    """``post_migrate`` receiver; runs before the sites app would create example.com."""
    try:
        Site = apps.get_model("sites", "Site")
    except LookupError:  # the sites app is migrated back to zero
        return
    if router.allow_migrate_model(using, Site):
        sync_site(using=using, apps=apps)
