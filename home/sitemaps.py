"""sitemap.xml over every language, each URL with its hreflang alternates."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, get_page_models


class MultilingualSitemap(Sitemap):
    """Lists the live public pages of all locales of the current site.

    Wagtail's own sitemap walks one root page only; with one tree per language the
    other languages' home pages are siblings of that root. Alternates are grouped
    by ``translation_key`` once per sitemap, not per page. Page types that set
    ``in_sitemap = False`` (they redirect, or need a login) are left out.
    """

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for root in roots:
            pages |= Page.objects.descendant_of(root, inclusive=True)
        hidden = [
            ContentType.objects.get_for_model(model)
            for model in get_page_models()
            if not getattr(model, "in_sitemap", True)
        ]
        return (
            pages.live()
            .public()
            .exclude(content_type__in=hidden)
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        alternates = defaultdict(list)
        for item in items:
            alternates[item.translation_key].append(
                {
                    "lang_code": item.locale.language_code,
                    # The host the sitemap was asked for, like every other URL we print.
                    "location": self.request.build_absolute_uri(item.get_url(self.request)),
                }
            )
        for group in alternates.values():
            english = next((a for a in group if a["lang_code"] == "en"), None)
            if english:
                group.append({"lang_code": "x-default", "location": english["location"]})
        urls = []
        for item in items:
            group = alternates[item.translation_key]
            location = next(
                a["location"] for a in group if a["lang_code"] == item.locale.language_code
            )
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at,
                    "alternates": group,
                }
            )
        dates = [u["lastmod"] for u in urls if u["lastmod"]]
        self.latest_lastmod = max(dates) if dates else None
        return urls
