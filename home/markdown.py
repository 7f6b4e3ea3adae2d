"""Markdown to safe HTML: rendered with python-markdown, then cleaned with bleach
so that no script, style or event handler survives."""

import bleach
import markdown as markdown_lib

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "code",
    "pre",
    "h2",
    "h3",
    "h4",
    "hr",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "th": ["scope"]}
ALLOWED_PROTOCOLS = {"http", "https", "mailto"}


def render_markdown(text):
    html = markdown_lib.markdown(text or "", extensions=["extra", "sane_lists"])
    cleaned = bleach.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
    )
    return bleach.linkify(cleaned, callbacks=[bleach.callbacks.nofollow])
