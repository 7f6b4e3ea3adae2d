"""Production settings pass Django's deployment checklist and refuse to start
without a secret key."""

import os
import subprocess
import sys

from django.conf import settings

PROD_ENV = {
    "DJANGO_SETTINGS_MODULE": "symbios.settings.production",
    "SECRET_KEY": "a-long-random-production-secret-key-with-enough-entropy-0123456789",
    "ALLOWED_HOSTS": "symbios.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://symbios.example.org",
    "DATABASE_URL": "sqlite:///:memory:",
    "CACHE_URL": "db://symbios_cache",
}


def manage(*args, env_overrides):
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


def test_production_settings_pass_check_deploy():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env_overrides=PROD_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_settings_require_a_secret_key():
    env = {**PROD_ENV, "SECRET_KEY": ""}
    result = manage("check", env_overrides=env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_database_url_selects_the_database():
    env = {**PROD_ENV, "DATABASE_URL": "postgres://u:p@db.internal:5433/symbios"}
    code = (
        "from django.conf import settings as s; d = s.DATABASES['default'];"
        "print(d['ENGINE'], d['HOST'], d['PORT'], d['NAME'])"
    )
    result = manage("shell", "--no-imports", "-c", code, env_overrides=env)
    assert result.stdout.splitlines()[-1].split() == [
        "django.db.backends.postgresql",
        "db.internal",
        "5433",
        "symbios",
    ], result.stderr


def test_sqlite_default_uses_wal_and_immediate_transactions():
    options = settings.DATABASES["default"].get("OPTIONS", {})
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        assert "journal_mode=WAL" in options["init_command"]
        assert options["transaction_mode"] == "IMMEDIATE"
