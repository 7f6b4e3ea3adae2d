"""Who sees learner data in the admin.

Certificates, lesson feedback and course analytics are for the people who make the
courses: active users with access to the admin *and* a permission to add, edit or
publish pages somewhere in the page tree (Wagtail's default "Editors" and "Moderators"
groups have both), and superusers; see ``can_see_learning_data()``. This rule is a
permission policy, not model permissions, so it needs no group setup and cannot be
half-granted: the per-model permissions of these models are not offered on the group
form. Glossary terms are ordinary content and use ordinary snippet permissions.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import page_permission_policy

PAGE_EDITING_ACTIONS = {"add", "change", "publish"}


def can_see_learning_data(user):
    """Superusers, and active users with admin access who may add, edit or publish
    some page."""
    return bool(
        user.is_active
        and user.has_perm("wagtailadmin.access_admin")
        and page_permission_policy.user_has_any_permission(user, PAGE_EDITING_ACTIONS)
    )


class PageEditorsPolicy(BasePermissionPolicy):
    """Grants ``actions`` (and nothing else) on a model to whoever passes
    ``can_see_learning_data()``."""

    def __init__(self, model, actions):
        super().__init__(model)
        self.actions = frozenset(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and can_see_learning_data(user)

    def user_has_any_permission(self, user, actions):
        return bool(self.actions.intersection(actions)) and can_see_learning_data(user)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects
        if not self.actions.intersection(actions):
            return users.none()
        access_admin = Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
        return (
            page_permission_policy.users_with_any_permission(PAGE_EDITING_ACTIONS)
            .filter(
                Q(is_superuser=True)
                | Q(groups__permissions__in=access_admin)
                | Q(user_permissions__in=access_admin)
            )
            .distinct()
        )
