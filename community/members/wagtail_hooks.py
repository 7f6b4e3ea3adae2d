"""The members app in the Wagtail admin: only registration (``viewsets.py``)."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from community.members.models import Profile
from community.members.viewsets import CommunityGroup, MembersWritePolicy

# Before the viewsets, which would otherwise make a default policy.
register_permission_policy(Profile, MembersWritePolicy(Profile))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return CommunityGroup()
