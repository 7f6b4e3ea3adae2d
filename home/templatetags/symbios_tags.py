from django import template
from django.utils.translation import gettext as _

from home import navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The same content in every language (see ``navigation.language_links``)."""
    request = context.get("request")
    cache = navigation._cache(request)
    if "languages" not in cache:
        cache["languages"] = navigation.language_links(request, context.get("page"))
    return cache["languages"]


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    """Home plus the home page's children; marks the current page and section."""
    request = context.get("request")
    current_path = getattr(context.get("page"), "path", "")
    home = navigation.current_home(request)
    items = []
    if home:
        items.append(
            {
                "title": _("Home"),
                "url": home.get_url(request),
                "state": "page" if current_path == home.path else "",
            }
        )
    for page in navigation.menu_pages(request):
        if current_path == page.path:
            state = "page"
        elif current_path.startswith(page.path):
            state = "section"
        else:
            state = ""
        items.append({"title": page.title, "url": page.get_url(request), "state": state})
    return {"items": items}


@register.simple_tag(takes_context=True)
def in_reader_language(context, page):
    """The version of a linked ``page`` in the reader's language.

    Links chosen in the editor (hero and highlight cards) point at the source page, and
    wagtail-localize copies that link into translations as it is. Home and main-menu
    pages, which the header has loaded already, cost no query; others ask Wagtail for
    the translation (``Page.localized``: the page itself when there is none).
    """
    if page is None:
        return None
    request = context.get("request")
    home = navigation.current_home(request)
    for candidate in [home, *navigation.menu_pages(request)] if home else []:
        if candidate.translation_key == page.translation_key:
            return candidate
    return page.localized


@register.simple_tag
def breadcrumbs(page):
    return navigation.breadcrumbs(page)


@register.simple_tag(takes_context=True)
def locale_home(context):
    return navigation.current_home(context.get("request"))


@register.filter(name="markdown")
def markdown_filter(text):
    """Render Markdown written by editors or users as sanitised HTML."""
    from django.utils.safestring import mark_safe

    from home.markdown import render_markdown

    return mark_safe(render_markdown(text))  # noqa: S308 - cleaned by bleach


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.simple_tag
def query_string(request, **changes):
    """``?…`` of the current request's query with ``changes`` applied (a value of
    None removes the parameter), every value URL-encoded: pagination keeps the
    search words and filters, even ``a&b``."""
    query = request.GET.copy()
    for key, value in changes.items():
        if value is None:
            query.pop(key, None)
        else:
            query[key] = value
    return f"?{query.urlencode()}" if query else "?"
