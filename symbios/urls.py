from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import serving
from home import views as home_views
from home.sitemaps import MultilingualSitemap

urlpatterns = [
    # Before Wagtail's own: editors log in on the site's form (see home.views).
    path("admin/login/", home_views.admin_log_in, name="admin_log_in"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": MultilingualSitemap}},
        name="sitemap",
    ),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix: /en/, /et/, /fi/, /sl/, /pt/.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("accounts/name/", home_views.account_name, name="account_name"),
    path("accounts/", include("allauth.urls")),
    path("_util/login/", home_views.page_log_in, name="page_log_in"),
    path("", include("courses.urls")),
    path("", include("community.members.urls")),
    # Wagtail's pages, with routes from the cache (home.serving); Wagtail's own
    # pattern stays below it for reverse("wagtail_serve") and its utility views.
    re_path(r"^((?:[\w\-]+/)*)$", serving.serve, name="page"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "home.views.bad_request"
handler500 = "home.views.server_error"
