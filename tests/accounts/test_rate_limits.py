"""Rate limits hold across web workers (a shared cache) and count the client, not
the reverse proxy in front of the site (issue 7, item 21)."""

import os
import subprocess
import sys

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

import pytest

from symbios.settings.base import cache_from_url
from tests.factories import PASSWORD, UserFactory
from tests.test_settings import PROD_ENV

THREE_FAILURES_PER_IP = {"login_failed": "3/m/ip"}


def settings_in_a_process(names, **env):
    """The values of ``names`` as a fresh process with ``env`` sees them."""
    code = "from django.conf import settings as s; print(repr([getattr(s, n) for n in %r]))"
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    environment.update(env)
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code % (names,)],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )
    return result


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        ("redis://cache.internal:6379/1", "redis.RedisCache", "redis://cache.internal:6379/1"),
        ("rediss://cache.internal:6380/0", "redis.RedisCache", "rediss://cache.internal:6380/0"),
        ("db://symbios_cache", "db.DatabaseCache", "symbios_cache"),
        ("db://", "db.DatabaseCache", "symbios_cache"),
        ("file:///var/cache/symbios", "filebased.FileBasedCache", "/var/cache/symbios"),
    ],
)
def test_cache_url_chooses_a_shared_cache(url, backend, location):
    config = cache_from_url(url)
    assert config["BACKEND"] == f"django.core.cache.backends.{backend}"
    assert config["LOCATION"] == location


@pytest.mark.parametrize("url", ["", "locmem://"])
def test_without_cache_url_each_process_has_its_own(url):
    assert cache_from_url(url)["BACKEND"].endswith("LocMemCache")


@pytest.mark.parametrize("url", ["memcached://cache:11211", "file://relative/folder", "cache"])
def test_an_unknown_cache_url_is_refused(url):
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        cache_from_url(url)


@pytest.mark.parametrize("url", ["", "locmem://"])
def test_production_refuses_a_cache_per_worker(url):
    result = settings_in_a_process(["CACHES"], **{**PROD_ENV, "CACHE_URL": url})
    assert result.returncode != 0
    assert "Set CACHE_URL to a cache all web workers share" in result.stderr


def test_production_takes_a_database_cache():
    result = settings_in_a_process(["CACHES"], **{**PROD_ENV, "CACHE_URL": "db://symbios_cache"})
    assert result.returncode == 0, result.stderr
    assert "django.core.cache.backends.db.DatabaseCache" in result.stdout


@pytest.mark.django_db
def test_failed_log_ins_are_counted_in_the_shared_database_cache(client):
    shared = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "limits"}
    with override_settings(CACHES={"default": shared}, ACCOUNT_RATE_LIMITS=THREE_FAILURES_PER_IP):
        call_command("createcachetable", verbosity=0)
        user = UserFactory()
        for _ in range(3):
            client.post("/en/accounts/login/", {"login": user.email, "password": "wrong"})
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM limits")
            assert cursor.fetchone()[0] >= 1  # where every worker reads it
        response = client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
        assert b"Too many failed log-in attempts" in response.content
        assert "_auth_user_id" not in client.session


def fail_to_log_in(client, email, forwarded_for):
    return client.post(
        "/en/accounts/login/",
        {"login": email, "password": "wrong"},
        headers={"x-forwarded-for": forwarded_for},
    )


@pytest.mark.django_db
@override_settings(ACCOUNT_RATE_LIMITS=THREE_FAILURES_PER_IP)
def test_x_forwarded_for_is_ignored_without_a_trusted_proxy(client):
    cache.clear()
    for number in range(3):
        fail_to_log_in(client, f"someone{number}@example.org", f"203.0.113.{number}")
    # A new made-up address in the header does not start a new count.
    response = fail_to_log_in(client, "someone-else@example.org", "203.0.113.99")
    assert b"Too many failed log-in attempts" in response.content


@pytest.mark.django_db
@override_settings(ACCOUNT_RATE_LIMITS=THREE_FAILURES_PER_IP, ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_each_client_address_is_counted(client):
    cache.clear()
    for number in range(3):
        fail_to_log_in(client, f"someone{number}@example.org", f"198.51.100.7, 203.0.113.{number}")
    # The last entry is the one the proxy wrote: three clients, one failure each.
    response = fail_to_log_in(client, "someone-else@example.org", "203.0.113.50")
    assert b"Too many failed log-in attempts" not in response.content
    for _ in range(2):
        fail_to_log_in(client, "someone-else@example.org", "203.0.113.50")
    response = fail_to_log_in(client, "another@example.org", "203.0.113.50")
    assert b"Too many failed log-in attempts" in response.content


def test_trusted_proxy_settings_come_from_the_environment():
    names = ["ALLAUTH_TRUSTED_PROXY_COUNT", "ALLAUTH_TRUSTED_CLIENT_IP_HEADER"]
    assert settings_in_a_process(names).stdout.strip().endswith("[0, None]")
    result = settings_in_a_process(
        names, TRUSTED_PROXY_COUNT="2", TRUSTED_CLIENT_IP_HEADER="X-Real-IP"
    )
    assert result.stdout.strip().endswith("[2, 'X-Real-IP']"), result.stderr
