"""Builds the demo site: English source pages, then every translation through
wagtail-localize, with translated strings taken from ``home/demo/locale/*.po``."""

from pathlib import Path

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

import polib

from home.demo import content
from home.models import (
    HomePage,
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    Partner,
    Person,
    SiteSettings,
    StandardPage,
)

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


class MissingDemoTranslations(Exception):
    def __init__(self, missing):
        self.missing = missing
        lines = [f"{code}: {text[:90]!r}" for code, text in missing[:20]]
        more = f"\n… and {len(missing) - 20} more" if len(missing) > 20 else ""
        super().__init__("Demo strings without translation:\n" + "\n".join(lines) + more)


def ensure_locales():
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def english_site_exists():
    return HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).exists()


def english_objects():
    """The English people and pages of an already built demo site, parents first.

    Only the site's own pages: the courses under it belong to the courses demo,
    which has its own catalogue and may not exist in every language.
    """
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=english)
    people = list(Person.objects.filter(locale=english).order_by("pk"))
    descendants = home.get_descendants(inclusive=True).exclude(content_type__app_label="courses")
    pages = [page.specific for page in descendants.order_by("path")]
    return people, pages


def demo_is_loaded():
    """True when the English site and every translation of it exist."""
    if not english_site_exists():
        return False
    people, pages = english_objects()
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    return all(obj.has_translation(locale) for obj in [*people, *pages] for locale in locales)


def load_catalogue(code, locale_dir=LOCALE_DIR):
    """{English demo string: translation} from ``<locale_dir>/<code>.po``."""
    path = Path(locale_dir) / f"{code}.po"
    if not path.exists():
        return {}
    return {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(path))
        if entry.msgstr and not entry.obsolete and "fuzzy" not in entry.flags
    }


def _stream(items):
    return [
        {"type": block_type, "value": value, "id": content.block_id(key)}
        for block_type, key, value in items
    ]


def _publish(page):
    page.save_revision().publish()
    return page


@transaction.atomic
def build_english_site():
    """Create the English pages, people and partners; returns objects to translate."""
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    # The "Welcome to Wagtail" placeholder from Wagtail's initial migration.
    for placeholder in root.get_children().filter(content_type__model="page"):
        placeholder.delete()
    root.refresh_from_db()

    people = {}
    for data in content.PEOPLE:
        people[data["key"]] = Person.objects.create(
            locale=english,
            name=data["name"],
            kind=data["kind"],
            role=data["role"],
            bio=data["bio"],
            email=data.get("email", ""),
        )
    for order, (name, country, url) in enumerate(content.PARTNERS):
        Partner.objects.update_or_create(
            name=name, defaults={"country": country, "url": url, "sort_order": order}
        )

    data = content.HOME
    home = HomePage(
        locale=english,
        title=data["title"],
        slug=data["slug"],
        search_description=data["search_description"],
        hero_title=data["hero_title"],
        hero_text=data["hero_text"],
        hero_link_label=data["hero_link_label"],
        intro=data["intro"],
        highlights=_stream(
            ("highlight", key, {"title": title, "text": text, "page": None, "link_label": ""})
            for key, title, text, _target in data["highlights"]
        ),
        cta_title=data["cta_title"],
        cta_text=data["cta_text"],
        funding_acknowledgement=data["funding_acknowledgement"],
        certificate_issuer=data["certificate_issuer"],
    )
    root.add_child(instance=home)
    _publish(home)

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True, hostname="localhost", port=80)
    site.root_page = home
    site.site_name = "Symbios"
    site.save()
    SiteSettings.objects.update_or_create(
        site=site, defaults={"contact_email": "contact@symbios.test"}
    )

    pages = []
    for data in (content.ABOUT, content.TEAM):
        page = StandardPage(
            title=data["title"],
            slug=data["slug"],
            search_description=data["search_description"],
            intro=data["intro"],
            body=_stream(data["body"]),
            show_in_menus=True,
        )
        home.add_child(instance=page)
        pages.append(_publish(page))
    about = pages[0]

    data = content.NEWS_INDEX
    news_index = NewsIndexPage(
        title=data["title"],
        slug=data["slug"],
        search_description=data["search_description"],
        intro=data["intro"],
        show_in_menus=True,
    )
    home.add_child(instance=news_index)
    _publish(news_index)
    pages.append(news_index)

    for data in content.NEWS:
        item = NewsPage(
            title=data["title"],
            slug=data["slug"],
            date=data["date"],
            lead=data["lead"],
            body=_stream(data["body"]),
        )
        for key in data["authors"]:
            item.authors.add(NewsPageAuthor(person=people[key]))
        item.tags.add(*data["tags"])
        news_index.add_child(instance=item)
        pages.append(_publish(item))

    home.hero_link = about
    link_highlights(home, {page.slug: page for page in pages})
    _publish(home)
    return list(people.values()), [home, *pages]


def link_highlights(home, pages_by_slug):
    """Point the home page's highlight cards at their pages (``content.HOME``), those of
    ``pages_by_slug`` that exist; returns True when a link was set. A card stays
    unlinked until its page exists: the courses demo links its catalogue. Translations
    keep the source's page and the template shows its version in the reader's language."""
    targets = {content.block_id(key): slug for key, *_text, slug in content.HOME["highlights"]}
    changed = False
    for block in home.highlights:
        slug = targets.get(block.id)
        if block.block_type == "highlight" and slug in pages_by_slug and not block.value["page"]:
            block.value["page"] = pages_by_slug[slug]
            changed = True
    return changed


def translate(instance, locale, catalogue, missing):
    """Translate ``instance`` into ``locale`` the way the wagtail-localize editor does.

    Runs outside any enclosing transaction on purpose: wagtail-localize publishes the
    new page revision ``on_commit``, and inside one long transaction those deferred
    publishes would save stale copies of parent pages (losing their child counts).
    """
    if instance.has_translation(locale):
        return
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    ok = True
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = catalogue.get(segment.string.data)
        if not text:
            missing.append((locale.language_code, segment.string.data))
            ok = False
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": text},
        )
    if ok:
        translation.save_target(publish=True)


def source_strings(objects):
    """Every English string of ``objects`` that a translator has to translate."""
    strings = []
    for instance in objects:
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        for segment in (
            StringSegment.objects.filter(source=source).select_related("string").order_by("order")
        ):
            if segment.string.data not in strings:
                strings.append(segment.string.data)
    return strings


def load_demo(allow_missing=False):
    """Build the demo site in every language; returns the English source objects.

    Resumable: an English site that exists already is kept, and only translations
    that are missing are made.
    """
    ensure_locales()
    people, pages = english_objects() if english_site_exists() else build_english_site()
    missing = []
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        locale = Locale.objects.get(language_code=code)
        catalogue = load_catalogue(code)
        for instance in [*people, *pages]:
            translate(instance, locale, catalogue, missing)
    if missing and not allow_missing:
        raise MissingDemoTranslations(missing)
    return [*people, *pages], missing
