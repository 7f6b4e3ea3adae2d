"""Certificates as PDF (WeasyPrint), made offline.

Imported only when a PDF is asked for: WeasyPrint needs the Pango system library, and
the rest of the site works without it.
"""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.utils._os import safe_join

from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse


class LocalFilesFetcher(URLFetcher):
    """WeasyPrint's URL fetcher for certificates: the site's static and media files are
    read from disk (or the media storage), anything else is refused, so a PDF is made
    without a request to this or any other server."""

    def fetch(self, url, headers=None):
        path = unquote(urlsplit(url).path)
        static, media = (
            urlsplit(prefix).path for prefix in (settings.STATIC_URL, settings.MEDIA_URL)
        )
        if path.startswith(static):
            body = _static_file(path.removeprefix(static))
        elif path.startswith(media):
            with default_storage.open(path.removeprefix(media)) as file:
                body = file.read()
        else:
            raise ValueError(f"Certificates use local files only, not {url}")
        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})


def _static_file(name):
    """A static file by its URL name: collected (hashed) files first, then the finders."""
    for candidate in [safe_join(settings.STATIC_ROOT, name), finders.find(name)]:
        if candidate and Path(candidate).is_file():
            return Path(candidate).read_bytes()
    raise FileNotFoundError(name)


def columns(items, count):
    """``items`` in order, cut into at most ``count`` runs of about equal length.

    The certificate lays its outcomes out in explicit columns: WeasyPrint balances CSS
    columns by laying the text out again and again, seconds per page for a long list.
    """
    weights = [len(str(item)) + 40 for item in items]  # 40: a line's worth per item
    target, runs, run, filled = sum(weights) / count if items else 0, [], [], 0
    for item, weight in zip(items, weights, strict=True):
        # Start the next column when this item would pass the current column's share.
        if run and len(runs) < count - 1 and filled + weight / 2 > target * (len(runs) + 1):
            runs.append(run)
            run = []
        run.append(item)
        filled += weight
    return [*runs, run] if run else runs


def render_on_one_page(render, outcome_count, base_url):
    """PDF bytes of the certificate in the first layout that fits on one page.

    ``render(compact, shown, measure)`` returns the HTML: the roomy layout, else the
    compact one (smaller headings, outcomes in three columns, still at 9 pt), else the
    compact one with as many outcomes as fit and a line pointing to the course page for
    the rest. Layouts are tried in ``measure`` mode, the frame's parts stacked as plain
    blocks: the final layout spreads them over the frame's height with flexbox, which
    WeasyPrint squeezes into overlapping parts instead of overflowing when they are too
    tall, so it cannot tell what fits.
    """

    def document(compact, shown, measure=True):
        html = render(compact=compact, shown=shown, measure=measure)
        return HTML(string=html, base_url=base_url, url_fetcher=LocalFilesFetcher()).render()

    def chosen():
        for compact in (False, True):
            if fits(document(compact, outcome_count)):
                return compact, outcome_count
        # The most outcomes that fit (binary search; none at all at worst).
        best, low, high = 0, 1, outcome_count - 1
        while low <= high:
            middle = (low + high) // 2
            if fits(document(True, middle)):
                best, low = middle, middle + 1
            else:
                high = middle - 1
        return True, best

    compact, shown = chosen()
    return document(compact, shown, measure=False).write_pdf()


def fits(document):
    """Whether the content ends inside the frame of a single page (the frame has a fixed
    height, so what does not fit overflows it rather than starting a second page)."""
    if len(document.pages) != 1:
        return False
    anchors = document.pages[0].anchors  # name: (x1, y1, x2, y2); none off the page
    end = anchors.get("content-end")
    return end is not None and end[1] <= anchors["frame-bottom"][1]
