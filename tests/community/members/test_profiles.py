"""My profile and profile pages: made on first visit, saved with bad input kept,
seen only by those its visibility allows (others get 404), never the e-mail."""

import uuid

from django.test import Client
from django.urls import reverse
from django.utils import translation

import pytest

from community.members.models import Language, Profile, Region, Visibility
from courses.models import Certificate
from tests.community.members.factories import ProfileFactory
from tests.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_page_cache")]

MY_PROFILE = "/en/community/me/"
# A visitor on a cache miss: the profile with its account and region, its languages,
# its expertise and its certificates (the site comes from the cache).
PROFILE_QUERIES = 4


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def profile_url(profile, code="en"):
    with translation.override(code):
        return reverse("members:profile", args=[profile.pk])


def test_my_profile_is_made_the_first_time_and_asks_visitors_to_log_in(client):
    assert client.get(MY_PROFILE).status_code == 302
    user = UserFactory(first_name="Mari", last_name="Maasikas")
    response = client_for(user).get(MY_PROFILE)
    assert response.status_code == 200
    assert Profile.objects.get(user=user).visibility == Visibility.MEMBERS
    main = response.text.split("<main", 1)[1]
    assert "Mari Maasikas" in main
    assert user.email not in main


def form_data(**changes):
    data = {
        "kind": "consultant",
        "headline": "Waste-to-resource consultant",
        "bio": "I help **dairies** find uses for whey.",
        "expertise": "whey, biogas",
        "languages": [Language.objects.get(code="et").pk, Language.objects.get(code="en").pk],
        "country": "EE",
        "region": Region.objects.get(code="EE-79").pk,
        "open_to_mentoring": "on",
        "visibility": "public",
    }
    data.update(changes)
    return data


def test_saving_my_profile(client):
    user = UserFactory(first_name="Mari", last_name="Maasikas")
    member = client_for(user)
    response = member.post(MY_PROFILE, form_data())
    assert response.status_code == 302
    profile = Profile.objects.get(user=user)
    assert profile.kind == "consultant" and profile.open_to_mentoring
    assert sorted(tag.name for tag in profile.expertise.all()) == ["biogas", "whey"]
    assert {language.code for language in profile.languages.all()} == {"en", "et"}
    page = client.get(profile_url(profile)).text  # public: a visitor sees it
    assert "Waste-to-resource consultant" in page
    assert "<strong>dairies</strong>" in page
    assert "Tartumaa" in page and "biogas" in page


def test_a_region_outside_the_country_is_refused_and_nothing_typed_is_lost():
    user = UserFactory()
    response = client_for(user).post(
        MY_PROFILE, form_data(country="FI", headline="Keep this headline")
    )
    assert response.status_code == 400
    assert "This region is not in the country you chose" in response.text
    assert "Keep this headline" in response.text
    assert 'href="#id_region"' in response.text  # the error summary links to the field


def test_markdown_in_the_bio_is_sanitised(client):
    profile = ProfileFactory(bio='Hello <script>alert("x")</script> [x](javascript:alert(1))')
    page = client.get(profile_url(profile)).text
    assert "<script>alert" not in page
    assert "javascript:alert" not in page


@pytest.mark.parametrize(
    ("visibility", "visitor", "member", "owner"),
    [
        (Visibility.PUBLIC, 200, 200, 200),
        (Visibility.MEMBERS, 404, 200, 200),
        (Visibility.HIDDEN, 404, 404, 200),
    ],
)
def test_profile_pages_follow_visibility(client, visibility, visitor, member, owner):
    profile = ProfileFactory(visibility=visibility)
    url = profile_url(profile)
    statuses = {
        "visitor": client.get(url).status_code,
        "member": client_for(UserFactory()).get(url).status_code,
        "owner": client_for(profile.user).get(url).status_code,
    }
    assert statuses == {"visitor": visitor, "member": member, "owner": owner}


def test_a_profile_hidden_after_a_visit_is_gone_for_the_next_visitor(client, settings):
    """With the page cache on: hiding a profile makes its cached copy stale at once."""
    settings.PAGE_CACHE_ENABLED = True
    profile = ProfileFactory(visibility=Visibility.PUBLIC)
    url = profile_url(profile)
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200  # from the cache
    profile.visibility = Visibility.HIDDEN
    profile.save()
    assert client.get(url).status_code == 404


def test_completed_courses_show_only_when_the_member_chooses(client):
    profile = ProfileFactory()
    Certificate.objects.create(
        user=profile.user,
        course_key=uuid.uuid4(),
        course_title="Industrial symbiosis in the agri-food sector",
        learner_name="Kaja Kask",
        score=100,
    )
    assert (
        "Industrial symbiosis in the agri-food sector" not in client.get(profile_url(profile)).text
    )
    profile.show_learning = True
    profile.save()
    assert "Industrial symbiosis in the agri-food sector" in client.get(profile_url(profile)).text


@pytest.mark.parametrize("code", ["et", "fi", "sl", "pt"])
def test_profile_pages_in_every_language(client, code):
    profile = ProfileFactory(kind="researcher")
    page = client.get(profile_url(profile, code)).text
    assert f'<html lang="{code}"' in page
    with translation.override(code):
        assert str(profile.get_kind_display()) in page


@pytest.mark.parametrize("size", [1, 30])
def test_profile_page_queries_do_not_grow(client, django_assert_num_queries, size):
    profile = ProfileFactory(show_learning=True, visibility=Visibility.PUBLIC)
    profile.expertise.add(*[f"skill {n}" for n in range(size)])
    profile.languages.add(*Language.objects.all()[:size])
    for n in range(size):
        Certificate.objects.create(
            user=profile.user,
            course_key=uuid.uuid4(),
            course_title=f"Course {n}",
            learner_name="Kaja Kask",
            score=90,
        )
    url = profile_url(profile)
    client.get(url)
    with django_assert_num_queries(PROFILE_QUERIES):
        assert client.get(url).status_code == 200
