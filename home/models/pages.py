"""Editorial pages: home, standard pages and the news (newsletter)."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from home.blocks import BodyStreamBlock, HighlightBlock
from home.models.snippets import Partner

NEWS_PER_PAGE = 10


def paginate(request, queryset, per_page):
    """Return the requested page of ``queryset``; out-of-range numbers give the last."""
    paginator = Paginator(queryset, per_page)
    try:
        return paginator.page(request.GET.get("page", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


class HomePage(Page):
    """The landing page of one language; its children form the main navigation."""

    # --- Hero ---
    hero_title = models.CharField(_("hero title"), max_length=160)
    hero_text = models.TextField(_("hero text"), max_length=500, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("hero button text"), max_length=80, blank=True)

    # --- Introduction and highlighted sections ---
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    highlights = StreamField(
        [("highlight", HighlightBlock())], verbose_name=_("highlighted sections"), blank=True
    )

    # --- Call to action ---
    cta_title = models.CharField(_("call to action title"), max_length=160, blank=True)
    cta_text = models.TextField(_("call to action text"), max_length=500, blank=True)
    cta_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("call to action links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cta_link_label = models.CharField(_("call to action button text"), max_length=80, blank=True)

    # --- Footer and certificates ---
    funding_acknowledgement = models.TextField(
        _("funding acknowledgement"),
        blank=True,
        help_text=_(
            "Shown in the footer of every page in this language and, with the funder's "
            "logo, on certificates."
        ),
    )
    certificate_issuer = models.CharField(
        _("certificate issuer"),
        max_length=200,
        blank=True,
        help_text=_(
            "Printed under the site's name on certificates: who issues them, e.g. the "
            "project partners and programme."
        ),
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_title"),
                FieldPanel("hero_text"),
                FieldPanel("hero_image"),
                FieldPanel("hero_link"),
                FieldPanel("hero_link_label"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("highlights"),
        MultiFieldPanel(
            [
                FieldPanel("cta_title"),
                FieldPanel("cta_text"),
                FieldPanel("cta_link"),
                FieldPanel("cta_link_label"),
            ],
            heading=_("Call to action"),
        ),
        MultiFieldPanel(
            [FieldPanel("funding_acknowledgement"), FieldPanel("certificate_issuer")],
            heading=_("Funding and certificates"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from home.page_cache import cached  # the same for every reader: once per publish

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = cached(
            f"home-news:{self.pk}",
            lambda: list(
                NewsPage.objects.live()
                .public()
                .descendant_of(self)
                .select_related("lead_image")
                .order_by("-date", "-pk")[:3]
            ),
        )
        context["partners"] = cached(
            "partners", lambda: list(Partner.objects.select_related("logo"))
        )
        return context


class StandardPage(Page):
    """A general content page built from the shared block set."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    template = "home/standard_page.html"

    class Meta:
        verbose_name = _("standard page")


class NewsIndexPage(Page):
    """The newsletter: news items newest first, filterable by tag."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    subpage_types = ["home.NewsPage"]
    template = "home/news_index_page.html"

    class Meta:
        verbose_name = _("news index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = (
            NewsPage.objects.live()
            .public()
            .child_of(self)
            .select_related("lead_image")
            .prefetch_related("tagged_items__tag")
            .order_by("-date", "-pk")
        )
        tag = request.GET.get("tag", "").strip()
        if tag:
            news = news.filter(tags__slug=tag)
        context["tag"] = tag
        context["news"] = paginate(request, news, NEWS_PER_PAGE)
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPageAuthor(Orderable):
    page = ParentalKey("home.NewsPage", related_name="authors", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "home.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]


class NewsPage(Page):
    """One news item or newsletter article."""

    date = models.DateField(_("date"), default=timezone.localdate)
    lead = models.TextField(_("lead"), max_length=600, blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        FieldPanel("lead_image"),
        InlinePanel("authors", label=_("Authors")),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    template = "home/news_page.html"

    class Meta:
        verbose_name = _("news page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_authors"] = [
            author.person
            for author in self.authors.select_related("person", "person__photo").all()
        ]
        return context
