"""A bare Django project: one view, no apps, no middleware. The throughput ceiling."""

SECRET_KEY = "bench-only-" + "x" * 40  # noqa: S105 - never served outside the bench
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "bench.bare_urls"
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_TZ = True
