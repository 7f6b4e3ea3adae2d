"""The site's addresses plus /_bench/hello/, the ceiling: Django's full middleware
stack answering with a constant string and no query."""

from django.http import HttpResponse
from django.urls import path

from symbios import urls as site_urls
from symbios.urls import urlpatterns as site_urlpatterns

# The site's error handlers (the root URLconf's module attributes).
for _name in ("handler400", "handler404", "handler500"):
    if hasattr(site_urls, _name):
        globals()[_name] = getattr(site_urls, _name)


def hello(request):
    return HttpResponse("Hello, world", content_type="text/plain")


urlpatterns = [path("_bench/hello/", hello), *site_urlpatterns]
