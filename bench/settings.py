"""Benchmark settings: the development settings with DEBUG off, persistent database
connections (as under gunicorn in production) and a hello-world view as the ceiling."""

from symbios.settings.dev import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
