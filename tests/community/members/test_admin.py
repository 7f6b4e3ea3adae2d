"""Editors find organisations and profiles under "Community" and verify organisations."""

from django.urls import reverse

import pytest

from tests.community.members.factories import OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db


def test_editors_list_and_verify_organisations(admin_client):
    organisation = OrganisationFactory(name="Võru Leather")
    listing = admin_client.get(reverse("community_organisations:index"))
    assert listing.status_code == 200
    assert "Võru Leather" in listing.content.decode()
    edit_url = reverse("community_organisations:edit", args=[organisation.pk])
    assert admin_client.get(edit_url).status_code == 200
    data = {
        "verified": "on",
        "name": "Võru Leather",
        "slug": organisation.slug,
        "kind": organisation.kind,
        "size": "",
        "sector": organisation.sector_id,
        "website": "",
        "description": "",
        "country": "EE",
        "region": organisation.region_id,
        "town": "Võru",
        "latitude": "",
        "longitude": "",
    }
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.context["form"].errors
    organisation.refresh_from_db()
    assert organisation.verified and organisation.town == "Võru"


def test_editors_see_profiles_but_cannot_add_one(admin_client):
    ProfileFactory(headline="Tanner and consultant")
    listing = admin_client.get(reverse("community_profiles:index"))
    assert listing.status_code == 200
    assert "Kaja Kask" in listing.content.decode()
    assert reverse("community_profiles:add") not in listing.content.decode()
    refused = admin_client.get(reverse("community_profiles:add"))
    assert refused.status_code == 302 and "/admin/" in refused["Location"]
