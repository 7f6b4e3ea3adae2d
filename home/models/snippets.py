"""People and partners shown across the site, edited as Wagtail snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import PreviewableMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from django_countries.fields import CountryField


class Person(TranslatableMixin, PreviewableMixin, index.Indexed, models.Model):
    """A trainer, mentor or contact person.

    Translatable because the role and biography are read in every language; the
    name, photo and e-mail are synchronised between translations.
    """

    class Kind(models.TextChoices):
        TRAINER = "trainer", _("Trainer")
        MENTOR = "mentor", _("Mentor")
        CONTACT = "contact", _("Contact person")
        AUTHOR = "author", _("Author")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TRAINER)
    role = models.CharField(_("role"), max_length=200, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("email"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
    ]
    # wagtail-localize: only the role and biography are text to translate.
    translatable_fields = [
        TranslatableField("role"),
        TranslatableField("bio"),
        SynchronizedField("name"),
        SynchronizedField("kind"),
        SynchronizedField("photo"),
        SynchronizedField("email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "home/person_preview.html"


class Partner(PreviewableMixin, index.Indexed, models.Model):
    """An organisation of the consortium or a supporter, shown with its logo.

    Organisation names are proper nouns and country names come translated from
    django-countries, so partners need no per-language copies.
    """

    name = models.CharField(_("organisation"), max_length=200, unique=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = CountryField(_("country"))
    url = models.URLField(_("website"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("logo"), FieldPanel("country"), FieldPanel("url")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def get_preview_template(self, request, mode_name):
        return "home/partner_preview.html"
