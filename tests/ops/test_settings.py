"""One settings module, read from the environment, safe when DEBUG is off."""

import pytest

from cms.settings.env import email_settings

from .conftest import STRONG_KEY, run_python

pytestmark = pytest.mark.slow

EMBEDDED = {"DEBUG": "1"}
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "portal.example.org,www.portal.example.org",
}


def test_the_embedded_mode_needs_no_service(read_settings):
    values = read_settings(
        EMBEDDED, "DATABASES", "CACHES", "EMAIL_BACKEND", "TASKS", "STORAGES"
    )
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert "journal_mode=WAL" in database["OPTIONS"]["init_command"]
    assert values["CACHES"]["default"]["BACKEND"].endswith("LocMemCache")
    assert values["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    assert values["TASKS"]["default"]["BACKEND"].endswith("ImmediateBackend")
    assert values["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert values["STORAGES"]["staticfiles"]["BACKEND"] == (
        "core.staticfiles.StaticFilesStorage"
    )


def test_the_embedded_database_runs_in_wal_mode(tmp_path):
    code = """
import os, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    print(cursor.execute("PRAGMA journal_mode").fetchone()[0])
"""
    result = run_python(code, EMBEDDED, tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == "wal"
    assert (tmp_path / "sharaka.sqlite3").exists()


def test_database_url_selects_postgresql(read_settings):
    values = read_settings(
        {
            **EMBEDDED,
            "DATABASE_URL": "postgres://sharaka:s3cret@db.internal:5433/portal",
        },
        "DATABASES",
    )
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["HOST"], database["PORT"]) == (
        "portal",
        "db.internal",
        5433,
    )
    assert (database["USER"], database["PASSWORD"]) == ("sharaka", "s3cret")


def test_redis_url_selects_the_redis_cache(read_settings):
    values = read_settings(
        {**EMBEDDED, "REDIS_URL": "redis://127.0.0.1:6379/3"}, "CACHES"
    )
    cache = values["CACHES"]["default"]
    assert cache["BACKEND"] == "core.cache.redis.RedisCache"
    assert cache["LOCATION"] == "redis://127.0.0.1:6379/3"


def test_email_url_selects_smtp(read_settings):
    values = read_settings(
        {
            **EMBEDDED,
            "EMAIL_URL": "smtp://portal%40ogp.ma:p%3Ass@mail.ogp.ma:587?tls=1",
        },
        "EMAIL_BACKEND",
        "EMAIL_HOST",
        "EMAIL_PORT",
        "EMAIL_HOST_USER",
        "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS",
    )
    assert values == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.ogp.ma",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "portal@ogp.ma",
        "EMAIL_HOST_PASSWORD": "p:ss",
        "EMAIL_USE_TLS": True,
    }


@pytest.mark.parametrize(
    "url,expected",
    [
        ("", {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}),
        (
            "console://",
            {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"},
        ),
        (
            "smtps://mail.example.org",
            {
                "EMAIL_HOST": "mail.example.org",
                "EMAIL_PORT": 465,
                "EMAIL_USE_SSL": True,
            },
        ),
        (
            "smtp://localhost",
            {"EMAIL_HOST": "localhost", "EMAIL_PORT": 25, "EMAIL_USE_TLS": False},
        ),
    ],
)
def test_email_urls_are_read_into_django_settings(url, expected):
    values = email_settings(url)
    assert {key: values[key] for key in expected} == expected


def test_an_unknown_email_scheme_stops_start_up():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        email_settings("pigeon://loft")


def test_tasks_backend_database_selects_the_database_queue(read_settings):
    values = read_settings({**EMBEDDED, "TASKS_BACKEND": "database"}, "TASKS")
    assert values["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"


def test_an_unknown_tasks_backend_stops_start_up_with_a_clear_message(start_settings):
    result = start_settings({**EMBEDDED, "TASKS_BACKEND": "celery"})
    assert result.returncode != 0
    assert "TASKS_BACKEND='celery' is not one of: database, dummy, immediate" in (
        result.stderr
    )


def test_without_debug_a_missing_secret_key_stops_start_up(start_settings):
    result = start_settings({"DEBUG": "0", "ALLOWED_HOSTS": "portal.example.org"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_without_debug_missing_allowed_hosts_stop_start_up(start_settings):
    result = start_settings({"DEBUG": "0", "SECRET_KEY": STRONG_KEY})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set when DEBUG is off" in result.stderr


def test_without_debug_the_settings_are_hardened(read_settings):
    values = read_settings(
        PRODUCTION,
        "DEBUG",
        "DEMO_MODE",
        "ALLOWED_HOSTS",
        "SECURE_HSTS_SECONDS",
        "SECURE_SSL_REDIRECT",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
        "X_FRAME_OPTIONS",
    )
    assert values == {
        "DEBUG": False,
        "DEMO_MODE": False,
        "ALLOWED_HOSTS": ["portal.example.org", "www.portal.example.org"],
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_SSL_REDIRECT": True,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
        "SECURE_REFERRER_POLICY": "strict-origin-when-cross-origin",
        "X_FRAME_OPTIONS": "DENY",
    }


def test_demo_mode_never_runs_without_debug(read_settings):
    values = read_settings({**PRODUCTION, "SHARAKA_DEMO": "1"}, "DEMO_MODE")
    assert values["DEMO_MODE"] is False


def test_the_deployment_check_passes_with_debug_off_and_a_proper_environment(manage):
    result = manage(PRODUCTION, "check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_the_deployment_check_fails_on_a_weak_secret_key(manage):
    result = manage(
        {**PRODUCTION, "SECRET_KEY": "short"},
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode != 0
    assert "security.W009" in result.stderr + result.stdout


def test_production_without_redis_shares_the_database_cache(read_settings):
    values = read_settings(PRODUCTION, "CACHES")
    assert values["CACHES"]["default"]["BACKEND"] == "core.cache.database.DatabaseCache"


def test_the_deployment_check_fails_on_a_per_process_cache(manage):
    result = manage({**PRODUCTION, "CACHE_BACKEND": "locmem"}, "check", "--deploy")
    assert result.returncode != 0
    assert "cms.E002" in result.stderr + result.stdout
    # A separate task worker is another process, even with one web worker.
    result = manage(
        {
            **PRODUCTION,
            "CACHE_BACKEND": "locmem",
            "WEB_CONCURRENCY": "1",
            "TASKS_BACKEND": "database",
        },
        "check",
        "--deploy",
    )
    assert "cms.E002" in result.stderr + result.stdout
    result = manage(
        {**PRODUCTION, "CACHE_BACKEND": "locmem", "WEB_CONCURRENCY": "1"},
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    result = manage(
        {**PRODUCTION, "TASKS_BACKEND": "database"},
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
