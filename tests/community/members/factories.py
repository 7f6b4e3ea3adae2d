import factory

from community.members.models import (
    Membership,
    Organisation,
    OrganisationKind,
    Profile,
    Region,
    Role,
    Sector,
    Visibility,
)
from tests.factories import UserFactory


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory, first_name="Kaja", last_name="Kask")
    headline = "Energy manager at a dairy"
    visibility = Visibility.PUBLIC


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Tartu Dairy {n}")
    slug = factory.Sequence(lambda n: f"tartu-dairy-{n}")
    kind = OrganisationKind.COMPANY
    country = "EE"
    region = factory.LazyFunction(lambda: Region.objects.get(code="EE-79"))
    sector = factory.LazyFunction(lambda: Sector.objects.get(code="10.51"))


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    organisation = factory.SubFactory(OrganisationFactory)
    user = factory.SubFactory(UserFactory)
    role = Role.MEMBER
