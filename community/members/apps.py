from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "community.members"
    label = "members"
    verbose_name = _("Community members")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from community.members.models import Profile
        from home.page_cache import register_dependency

        # A visitor's cached profile page must go the moment its member hides it.
        register_dependency(Profile)
