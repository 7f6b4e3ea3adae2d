from .pages import (
    HomePage,
    NewsIndexPage,
    NewsPage,
    NewsPageAuthor,
    NewsPageTag,
    StandardPage,
)
from .settings import SiteSettings
from .snippets import Partner, Person

__all__ = [
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageAuthor",
    "NewsPageTag",
    "Partner",
    "Person",
    "SiteSettings",
    "StandardPage",
]
