"""The "Community" menu of the Wagtail admin: organisations (editors verify them)
and profiles (moderation). Both are records members write, so ``ModelViewSet`` with
model permissions: editors need "change organisation" / "change profile"."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from community.members.models import Organisation, Profile


class MemberRecordViewSet(ModelViewSet):
    """Records members write: never copied, and kept out of the reference index
    (nothing refers to them, and indexing would add work to every save)."""

    add_to_reference_index = False
    copy_view_enabled = False


class OrganisationViewSet(MemberRecordViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    url_prefix = "community/organisations"
    url_namespace = "community_organisations"
    list_display = [
        "name",
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column("country", label=_("Country"), sort_key="country"),
        BooleanColumn("verified", label=_("Verified"), sort_key="verified"),
        DateColumn("created_at", label=_("Created"), sort_key="created_at"),
    ]
    list_filter = ["verified", "kind", "country"]
    search_fields = ["name", "town"]
    ordering = ["-created_at"]
    panels = [
        FieldPanel("verified"),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldRowPanel([FieldPanel("kind"), FieldPanel("size")]),
                FieldPanel("sector"),
                FieldPanel("website"),
                FieldPanel("description"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region"), FieldPanel("town")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Location"),
        ),
    ]


class MembersWritePolicy(ModelPermissionPolicy):
    """Model permissions, except that no one adds a profile here: each member makes
    their own (nor deletes one: a member deletes their own account)."""

    def user_has_permission(self, user, action):
        return action not in {"add", "delete"} and super().user_has_permission(user, action)


class ProfileViewSet(MemberRecordViewSet):
    model = Profile
    icon = "user"
    menu_label = _("Profiles")
    url_prefix = "community/profiles"
    url_namespace = "community_profiles"
    list_display = [
        Column("display_name", label=_("Name")),
        Column("kind", label=_("I am"), accessor="get_kind_display", sort_key="kind"),
        Column(
            "visibility",
            label=_("Visibility"),
            accessor="get_visibility_display",
            sort_key="visibility",
        ),
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]
    list_filter = ["visibility", "kind", "country"]
    search_fields = ["headline", "user__first_name", "user__last_name"]
    ordering = ["-updated_at"]
    panels = [FieldPanel("visibility"), FieldPanel("headline"), FieldPanel("bio")]


class CommunityGroup(ModelViewSetGroup):
    items = (OrganisationViewSet, ProfileViewSet)
    menu_icon = "group"
    menu_label = _("Community")
    menu_name = "community"
