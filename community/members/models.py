"""Members of the community and their organisations.

Reference data (``Sector``, ``Region``, ``Language``) is loaded by data migrations and
never edited by hand. ``Profile`` (one per account), ``Organisation`` and
``Membership`` are written by members; editors only verify organisations and
moderate. Who may see a profile is decided by ``visibility`` and nowhere else
(``Profile.objects.visible_to``).
"""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from django_countries.fields import CountryField
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase

from community.members import reference


class Sector(models.Model):
    """One entry of NACE Rev. 2.1: a section (A–V), division, group or class."""

    code = models.CharField(_("code"), max_length=8, unique=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children"
    )
    level = models.PositiveSmallIntegerField(_("level"))  # 1 section … 4 class
    section = models.CharField(_("section"), max_length=1, db_index=True)
    name = models.CharField(_("name"), max_length=300)  # English, as NACE publishes it

    class Meta:
        ordering = ["section", "level", "code"]
        verbose_name = _("NACE sector")
        verbose_name_plural = _("NACE sectors")

    def __str__(self):
        return f"{self.code} {self.name}"

    @property
    def section_label(self):
        """The section's name in the reader's language."""
        return reference.NACE_SECTIONS.get(self.section, self.section)


class Region(models.Model):
    """A county, region or district of one of the platform's countries, with the
    centroid used for distances when an organisation gives no location."""

    code = models.CharField(_("code"), max_length=12, unique=True)  # ISO 3166-2
    country = models.CharField(_("country"), max_length=2, db_index=True)
    name = models.CharField(_("name"), max_length=120)  # in the country's language
    latitude = models.DecimalField(max_digits=8, decimal_places=5)
    longitude = models.DecimalField(max_digits=8, decimal_places=5)

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return reference.translated("iso3166-2", self.name)


class Language(models.Model):
    """A language people can say they speak (ISO 639-1)."""

    code = models.CharField(_("code"), max_length=3, unique=True)
    name = models.CharField(_("name"), max_length=80)  # English

    class Meta:
        ordering = ["code"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """Django's own translated name where it has one ("Greek", not pycountry's
        "Modern Greek (1453-)"), else pycountry's."""
        try:
            return get_language_info(self.code)["name_translated"]
        except KeyError:
            return reference.translated("iso639-3", self.name)


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public: anyone, also search engines")
    MEMBERS = "members", _("Members only: people logged in to Symbios")
    HIDDEN = "hidden", _("Hidden: only you")


class ProfileKind(models.TextChoices):
    """The eight target groups of SYMBIOS."""

    COMPANY_STAFF = "company-staff", _("Company or production staff")
    MANAGER = "manager", _("Entrepreneur or manager")
    CLUSTER = "cluster", _("Cluster or business-association staff")
    CONSULTANT = "consultant", _("Environmental consultant")
    PUBLIC_ADMINISTRATION = "public-administration", _("Public administration")
    SOLE_TRADER = "sole-trader", _("Sole trader")
    RESEARCHER = "researcher", _("Researcher")
    STUDENT = "student", _("Jobseeker or student")


class ProfileQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The profiles ``user`` may see: public ones; members-only ones for members;
        their own whatever its visibility. Suspended members are seen by no one else."""
        if user is None or not user.is_authenticated:
            return self.filter(visibility=Visibility.PUBLIC, user__is_active=True)
        return self.filter(
            Q(user=user)
            | Q(
                visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS],
                user__is_active=True,
            )
        )


class ProfileExpertise(TaggedItemBase):
    content_object = models.ForeignKey(
        "members.Profile", related_name="tagged_expertise", on_delete=models.CASCADE
    )


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    kind = models.CharField(_("I am"), max_length=32, choices=ProfileKind.choices, blank=True)
    headline = models.CharField(
        _("headline"),
        max_length=140,
        blank=True,
        help_text=_("One line under your name, e.g. “Energy manager at a dairy”."),
    )
    bio = models.TextField(
        _("about me"),
        max_length=5000,
        blank=True,
        help_text=_("Markdown: **bold**, *italic*, lists and links."),
    )
    expertise = TaggableManager(
        verbose_name=_("expertise"), through=ProfileExpertise, blank=True, related_name="+"
    )
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages I speak"), blank=True, related_name="+"
    )
    country = CountryField(_("country"), blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    avatar = models.ImageField(_("photo"), upload_to="avatars/%Y/%m/", blank=True)
    open_to_mentoring = models.BooleanField(_("mentoring"), default=False)
    open_to_collaboration = models.BooleanField(_("collaboration"), default=False)
    open_to_job_offers = models.BooleanField(_("job offers"), default=False)
    visibility = models.CharField(
        _("who can see my profile"),
        max_length=8,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    show_learning = models.BooleanField(
        _("show my completed courses and certificates"), default=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The account's name; never the e-mail address or the internal username."""
        return self.user.get_full_name() or _("Symbios member")


class OrganisationKind(models.TextChoices):
    COMPANY = "company", _("Company")
    RESEARCH = "research", _("Research or university")
    PUBLIC_BODY = "public-body", _("Public body")
    NGO = "ngo", _("NGO")
    CLUSTER = "cluster", _("Cluster or association")
    CONSULTANCY = "consultancy", _("Consultancy")


class SizeClass(models.TextChoices):
    """The EU's enterprise size classes, by persons employed."""

    MICRO = "micro", _("Micro (fewer than 10 people)")
    SMALL = "small", _("Small (10–49 people)")
    MEDIUM = "medium", _("Medium (50–249 people)")
    LARGE = "large", _("Large (250 people or more)")


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=OrganisationKind.choices)
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector (NACE)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    size = models.CharField(_("size"), max_length=8, choices=SizeClass.choices, blank=True)
    country = CountryField(_("country"))
    region = models.ForeignKey(
        Region,
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    town = models.CharField(_("town"), max_length=120, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(
        _("description"),
        max_length=8000,
        blank=True,
        help_text=_("Markdown: **bold**, *italic*, lists and links."),
    )
    logo = models.ImageField(_("logo"), upload_to="logos/%Y/%m/", blank=True)
    verified = models.BooleanField(
        _("verified by the editors"),
        default=False,
        help_text=_("The editors have checked that the organisation exists and who runs it."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def location(self):
        """``(latitude, longitude)``: its own, else its region's centroid, else None."""
        if self.latitude is not None and self.longitude is not None:
            return (float(self.latitude), float(self.longitude))
        if self.region_id:
            return (float(self.region.latitude), float(self.region.longitude))
        return None


class Role(models.TextChoices):
    ADMIN = "admin", _("Admin")
    MEMBER = "member", _("Member")


class Membership(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.MEMBER)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "user"], name="one_membership"),
        ]

    def __str__(self):
        return f"{self.user_id} in {self.organisation}"


def new_token():
    return secrets.token_urlsafe(24)


class Invitation(models.Model):
    """An organisation admin's invitation by e-mail; the link holds the token."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("e-mail address"))
    role = models.CharField(_("role"), max_length=8, choices=Role.choices, default=Role.MEMBER)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} to {self.organisation}"

    @property
    def is_open(self):
        return self.accepted_at is None


class JoinRequest(models.Model):
    """A member asking to join an organisation; one of its admins decides."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="join_requests"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="join_requests"
    )
    message = models.TextField(_("message to the admins"), max_length=1000, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"],
                condition=Q(status="pending"),
                name="one_pending_join_request",
            ),
        ]

    def __str__(self):
        return f"{self.user_id} asks to join {self.organisation}"

    def decide(self, accepted, by):
        self.status = self.Status.ACCEPTED if accepted else self.Status.DECLINED
        self.decided_by = by
        self.decided_at = timezone.now()
