"""Production-safe base settings for Symbios.

Everything that differs between machines comes from the environment and is read
once here, with its type and default. ``dev``, ``test`` and ``production`` only
override what they must.
"""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Core ---

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_ID = 1
# The domain and name mails and links give (Django's Site is kept in step with them
# on every `migrate`, see home.sites).
SITE_DOMAIN = os.environ.get("SITE_DOMAIN", "127.0.0.1:8000")
SITE_NAME = os.environ.get("SITE_NAME", "Symbios")

INSTALLED_APPS = [
    "home",
    "courses",
    "community.members",
    # Before Wagtail: for strings both translate, the app listed first wins, and
    # wagtail.contrib.forms leaves "Email" untranslated in some languages.
    "allauth",
    "allauth.account",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales in the admin
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django_tasks_db",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Visitors' pages from the cache, before the session, locale and auth work that a
    # hit skips; the cache keeps pages as GZip below compressed them.
    "home.page_cache.PageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Before anything that hands the path or query string to the database.
    "home.middleware.RejectControlCharactersMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "symbios.urls"
WSGI_APPLICATION = "symbios.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.page_cache.context_processor",
            ],
        },
    },
]

# --- Database ---
# DATABASE_URL selects the database; the embedded default is a SQLite file in the
# project so that `make run` needs nothing installed. PostgreSQL in production.

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while one writer writes; IMMEDIATE transactions take the
    # write lock up front so concurrent writers wait instead of failing with
    # "database is locked". https://docs.djangoproject.com/en/5.2/ref/databases/#sqlite-transaction-behavior
    # Persistent connections are safe with SQLite under gunicorn (one connection per
    # worker thread); dev.py turns them off for runserver, which starts a thread per
    # request. https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ---
# The cache holds allauth's rate limits (failed log-ins, sign-ups, password resets),
# so every web worker must use the same one, or each worker counts on its own and N
# workers allow N times the attempts. CACHE_URL chooses it:
#   redis://host:6379/0, rediss://…   Redis (the `redis` extra), for several machines
#   db://symbios_cache                a table in the database (`createcachetable`),
#                                     shared by every worker that uses the database
#   file:///var/cache/symbios         a folder, shared by the workers of one machine
#   locmem://                         per process: development and tests only
# https://docs.djangoproject.com/en/5.2/topics/cache/
SHARED_CACHE_SCHEMES = {"redis", "rediss", "db", "file"}


def cache_from_url(url):
    """``CACHES["default"]`` for a CACHE_URL (empty: per-process memory)."""
    scheme, _, rest = url.partition("://")
    if not url or scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if scheme in {"redis", "rediss"}:
        backend, location = "django.core.cache.backends.redis.RedisCache", url
    elif scheme == "db":
        backend, location = "django.core.cache.backends.db.DatabaseCache", rest or "symbios_cache"
    elif scheme == "file" and rest.startswith("/"):
        backend, location = "django.core.cache.backends.filebased.FileBasedCache", rest
    else:
        raise ImproperlyConfigured(
            f"CACHE_URL {url!r}: use redis://, rediss://, db://<table>, "
            "file:///<absolute folder> or locmem://."
        )
    return {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": "symbios"}


CACHE_URL = os.environ.get("CACHE_URL", "")
CACHES = {"default": cache_from_url(CACHE_URL)}


def require_shared_cache():
    """Outside development the rate limits must hold across all web workers."""
    if CACHE_URL.partition("://")[0] not in SHARED_CACHE_SCHEMES:
        raise ImproperlyConfigured(
            "Set CACHE_URL to a cache all web workers share (redis://…, db://symbios_cache after "
            "`manage.py createcachetable`, or file:///<folder> on a single machine): "
            "with per-process memory each worker keeps its own log-in rate limits."
        )


# Visitors' pages (home.page_cache) in an alias of their own on the same backend: a
# bounded number of entries (culled beyond MAX_ENTRIES; on Redis, bounded by the
# timeout and the server's maxmemory policy), and no effect on other cached data.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "60"))
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)


def page_cache_from(default):
    pages = {**default, "KEY_PREFIX": "symbios-pages", "TIMEOUT": PAGE_CACHE_SECONDS}
    if "redis" not in pages["BACKEND"]:
        pages["OPTIONS"] = {"MAX_ENTRIES": int(os.environ.get("PAGE_CACHE_MAX_ENTRIES", "2000"))}
    if pages["BACKEND"].endswith("LocMemCache"):
        pages["LOCATION"] = "symbios-pages"
    elif pages["BACKEND"].endswith(("DatabaseCache", "FileBasedCache")):
        # A table or folder of its own: culling pages never drops rate-limit entries.
        pages["LOCATION"] = f"{pages['LOCATION']}_pages"
    return pages


CACHES["pages"] = page_cache_from(CACHES["default"])

# --- Authentication (django-allauth) ---
# One way in: the site's log-in form (allauth), which asks for a verified e-mail
# address and applies the rate limits below. Wagtail's admin log-in and its log-in
# for private pages send people there (symbios/urls.py); Wagtail's own password
# reset and e-mail and password forms are off (Wagtail section below); and there is
# no username-and-password backend that a Django log-in form could use instead.

AUTHENTICATION_BACKENDS = ["allauth.account.auth_backends.AuthenticationBackend"]
# Short error messages in the site's words; the form states the rules as one hint.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "home.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "home.password_validation.MinimumLengthValidator"},
    {"NAME": "home.password_validation.CommonPasswordValidator"},
    {"NAME": "home.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "home.account_adapter.SymbiosAccountAdapter"
# Members never see the internal username allauth makes up: their name, else e-mail.
ACCOUNT_USER_DISPLAY = "home.account_adapter.member_display"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_CHANGE_EMAIL = True
# A mail to the member after each change of e-mail address or password.
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_FORMS = {
    "login": "home.account_forms.SymbiosLoginForm",
    "signup": "home.account_forms.SymbiosSignupForm",
    "add_email": "home.account_forms.SymbiosAddEmailForm",
    "change_password": "home.account_forms.SymbiosChangePasswordForm",
    "set_password": "home.account_forms.SymbiosSetPasswordForm",
    "reset_password": "home.account_forms.SymbiosResetPasswordForm",
    "reset_password_from_key": "home.account_forms.SymbiosResetPasswordKeyForm",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{SITE_NAME}] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
ACCOUNT_PREVENT_ENUMERATION = True
# Per-action limits (allauth's defaults, written out so they are visible and tunable),
# kept in the default cache (see CACHE_URL).
# https://docs.allauth.org/en/latest/account/rate_limits.html
ACCOUNT_RATE_LIMITS = {
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reset_password": "20/m/ip,5/m/key",
    "reauthenticate": "10/m/user",
    "reset_password_from_key": "20/m/ip",
    "signup": "20/m/ip",
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "confirm_email": "1/3m/key",
}
# Per-IP limits count the address the request came from. Behind reverse proxies
# that is the proxy's, shared by everyone: name the number of proxies you run
# (each appends to X-Forwarded-For; the client is the entry that many from the end),
# or the header one trusted proxy sets to the client's address (e.g. X-Real-IP).
# Off by default, because without such a proxy anyone can write these headers.
# https://docs.allauth.org/en/latest/common/configuration.html
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("TRUSTED_CLIENT_IP_HEADER") or None

# --- Internationalisation ---

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("sl", "Slovenščina"),
    ("pt", "Português"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("en", "English"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("sl", "Slovenščina"),
    ("pt-pt", "Português"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Dates and numbers as each language writes them ("1. detsember 2026, 08:58"), not
# Django's defaults; see symbios/formats/__init__.py.
# https://docs.djangoproject.com/en/5.2/topics/i18n/formatting/#creating-custom-format-files
FORMAT_MODULE_PATH = ["symbios.formats"]
TIME_ZONE = "Europe/Tallinn"
USE_I18N = True
USE_TZ = True

# --- Static and media files ---

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names and pre-compressed (gzip, brotli) copies, served by whitenoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- E-mail ---
# EMAIL_URL, e.g. smtp+tls://user:password@smtp.example.org:587, or the EMAIL_* variables.

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Symbios <noreply@symbios.test>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "sent-mail"))
if os.environ.get("EMAIL_URL"):
    from urllib.parse import unquote, urlsplit

    _email = urlsplit(os.environ["EMAIL_URL"])
    if _email.scheme == "console":
        EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
    else:
        EMAIL_HOST = _email.hostname or "localhost"
        EMAIL_PORT = _email.port or 25
        EMAIL_HOST_USER = unquote(_email.username or "")
        EMAIL_HOST_PASSWORD = unquote(_email.password or "")
        EMAIL_USE_TLS = _email.scheme == "smtp+tls"
        EMAIL_USE_SSL = _email.scheme == "smtp+ssl"
else:
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# --- Background tasks ---
# Wagtail 8 runs search indexing and reference updates through django-tasks. The
# immediate backend runs them in-process (dev, tests, a single small server);
# production queues them in the database (django-tasks-db) for the Procfile's
# `worker` (`manage.py db_worker`).

TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
TASKS = {"default": {"BACKEND": TASKS_BACKEND}}

# --- Wagtail ---

WAGTAIL_SITE_NAME = SITE_NAME
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"http://{SITE_DOMAIN}")
# Editors log in, reset and change their password and e-mail address on the site's
# account pages, under the same rules as every member (see Authentication above).
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# One index holds every language, so PostgreSQL indexes words as they are
# ("simple") rather than with one language's stemmer; the site search adds
# stemming per language (home/search.py). SQLite ignores SEARCH_CONFIG.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# No Gravatar: editors' e-mail hashes are not sent to a third party, and the admin shows
# Wagtail's default avatar (or an uploaded one) instead of a broken image offline.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Content-Security-Policy (django-csp) ---
# The public site runs only its own scripts and styles (no inline script or
# style); lesson videos are framed from YouTube and Vimeo. The Wagtail admin
# needs inline scripts and styles, so /admin/ gets the relaxed policy below
# (home.middleware.ContentSecurityPolicyMiddleware), still limited to this origin.
# https://django-csp.readthedocs.io/en/latest/configuration.html

from csp.constants import NONE, SELF  # noqa: E402

VIDEO_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *VIDEO_FRAME_SOURCES],
        "media-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Wagtail's preview shows pages in a same-origin frame.
        "frame-ancestors": [SELF],
    },
}
ADMIN_CONTENT_SECURITY_POLICY = {
    **CONTENT_SECURITY_POLICY["DIRECTIVES"],
    "script-src": [SELF, "'unsafe-inline'"],
    "style-src": [SELF, "'unsafe-inline'"],
    "img-src": [SELF, "data:", "blob:"],
    "font-src": [SELF, "data:"],
}
ADMIN_URL_PREFIX = "/admin/"

# --- Logging ---

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Wagtail 8 logs every background task at INFO; keep the console readable.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "modelsearch": {"level": "WARNING"},
    },
}


def require_secret_key():
    """Outside development a real SECRET_KEY must come from the environment."""
    if not SECRET_KEY:
        raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")


SYMBIOS_TAGLINE = _("Learn industrial symbiosis, then practise it.")
