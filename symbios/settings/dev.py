"""Local development: DEBUG on, a throwaway key, mails printed to the console."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)  # bench/run.sh turns it off
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-do-not-deploy")
ALLOWED_HOSTS = ["*"]
# runserver starts a thread per request: a persistent connection would be left
# behind by each one.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Allows load_demo to create a development admin account.
SYMBIOS_DEV_ADMIN = True
# Serve static files straight from the source folders, no collectstatic needed.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
