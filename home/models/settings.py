from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Site-wide contact details, funder logo and social links.

    The funding acknowledgement *text* is translated content, so it lives on each
    language's home page (``HomePage.funding_acknowledgement``); settings are not
    translatable in Wagtail.
    """

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    funding_logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("funding logo"),
        help_text=_(
            "Shown beside the funding acknowledgement in the footer and on certificates; "
            "the EU emblem when empty."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)

    panels = [
        FieldPanel("contact_email"),
        MultiFieldPanel([FieldPanel("funding_logo")], heading=_("Funding")),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("youtube_url"),
                FieldPanel("facebook_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """From the cache: every page's footer reads these (saving them starts a new
        page-cache generation, see ``HomeConfig.ready``)."""
        from home.page_cache import cached

        return cached(f"site-settings:{site.pk}", lambda: super(SiteSettings, cls).for_site(site))

    @property
    def social_links(self):
        return [
            (label, url)
            for label, url in (
                ("LinkedIn", self.linkedin_url),
                ("Mastodon", self.mastodon_url),
                ("YouTube", self.youtube_url),
                ("Facebook", self.facebook_url),
            )
            if url
        ]
