"""Reference data, visibility and the rules the members' models keep."""

from django.db import IntegrityError, transaction
from django.utils import translation

import pytest

from community.members.models import (
    JoinRequest,
    Language,
    Membership,
    Profile,
    Region,
    Sector,
    Visibility,
)
from tests.community.members.factories import (
    MembershipFactory,
    OrganisationFactory,
    ProfileFactory,
)
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_nace_rev_2_1_is_loaded_as_a_tree_of_four_levels():
    assert Sector.objects.filter(level=1).count() == 22
    assert not Sector.objects.filter(level__gt=4).exists()
    cheese = Sector.objects.get(code="10.51")
    assert cheese.level == 4 and cheese.section == "C"
    assert [cheese.parent.code, cheese.parent.parent.code] == ["10.5", "10"]
    assert cheese.parent.parent.parent.code == "C"


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("en", "Manufacturing"),
        ("et", "Töötlev tööstus"),
        ("fi", "Teollisuus"),
    ],
)
def test_section_labels_are_in_the_readers_language(code, label):
    with translation.override(code):
        assert str(Sector.objects.get(code="10.51").section_label) == label


def test_regions_of_the_four_countries_with_centroids():
    counts = {
        country: Region.objects.filter(country=country).count()
        for country in "EE FI SI PT".split()
    }
    assert counts == {"EE": 15, "FI": 19, "SI": 12, "PT": 20}
    harju = Region.objects.get(code="EE-37")
    assert 59 < harju.latitude < 60 and 24 < harju.longitude < 26


def test_languages_are_named_in_the_readers_language():
    finnish = Language.objects.get(code="fi")
    with translation.override("et"):
        assert str(finnish.display_name).lower() == "soome"
    with translation.override("en"):
        assert finnish.display_name == "Finnish"


@pytest.mark.parametrize(
    ("visibility", "visitor", "member", "owner"),
    [
        (Visibility.PUBLIC, True, True, True),
        (Visibility.MEMBERS, False, True, True),
        (Visibility.HIDDEN, False, False, True),
    ],
)
def test_who_sees_a_profile(visibility, visitor, member, owner):
    from django.contrib.auth.models import AnonymousUser

    profile = ProfileFactory(visibility=visibility)
    other = UserFactory()
    visible = {
        "visitor": Profile.objects.visible_to(AnonymousUser()).filter(pk=profile.pk).exists(),
        "member": Profile.objects.visible_to(other).filter(pk=profile.pk).exists(),
        "owner": Profile.objects.visible_to(profile.user).filter(pk=profile.pk).exists(),
    }
    assert visible == {"visitor": visitor, "member": member, "owner": owner}


def test_a_suspended_members_profile_is_seen_by_no_one_else():
    profile = ProfileFactory(visibility=Visibility.PUBLIC)
    profile.user.is_active = False
    profile.user.save()
    assert not Profile.objects.visible_to(UserFactory()).filter(pk=profile.pk).exists()


def test_the_name_shown_is_never_the_e_mail_address_or_username():
    profile = ProfileFactory(user=UserFactory(first_name="", last_name=""))
    assert str(profile.display_name) == "Symbios member"
    assert profile.user.email not in str(profile.display_name)


def test_an_organisation_without_a_location_is_at_its_regions_centroid():
    organisation = OrganisationFactory()
    region = organisation.region
    assert organisation.location == (float(region.latitude), float(region.longitude))
    organisation.latitude, organisation.longitude = 58.378, 26.729
    assert organisation.location == (58.378, 26.729)
    organisation.region = None
    organisation.latitude = None
    assert organisation.location is None


def test_one_membership_per_member_and_organisation():
    membership = MembershipFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(organisation=membership.organisation, user=membership.user)


def test_one_pending_join_request_but_a_new_one_after_a_decision():
    organisation, user = OrganisationFactory(), UserFactory()
    first = JoinRequest.objects.create(organisation=organisation, user=user)
    with pytest.raises(IntegrityError), transaction.atomic():
        JoinRequest.objects.create(organisation=organisation, user=user)
    first.decide(accepted=False, by=UserFactory())
    first.save()
    JoinRequest.objects.create(organisation=organisation, user=user)
