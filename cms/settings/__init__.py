"""Sharaka settings, read from the environment.

The defaults run the embedded mode (SQLite, in-memory cache, console email, tasks run
immediately). Real engines take over through variables alone: DATABASE_URL,
REDIS_URL, ELASTICSEARCH_URL, EMAIL_URL, TASKS_BACKEND=database. With DEBUG off, the
settings refuse unsafe defaults instead of falling back to them.
"""

import sys
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .env import choice, email_settings, env_bool, env_list, env_str, require

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("SHARAKA_VAR_DIR", str(BASE_DIR / "var")))
TESTING = "pytest" in sys.modules or env_bool("SHARAKA_TESTING")

DEBUG = env_bool("DEBUG", default=False)
# Demo mode loads the seeds and creates the demo administrator; never with DEBUG off.
DEMO_MODE = DEBUG and env_bool("SHARAKA_DEMO", default=True)

if DEBUG or TESTING:
    SECRET_KEY = env_str("SECRET_KEY", "insecure-development-key-" + "x" * 40)
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
else:
    SECRET_KEY = require("SECRET_KEY", "it signs sessions, passwords resets and links")
    ALLOWED_HOSTS = env_list("ALLOWED_HOSTS") or [
        require("ALLOWED_HOSTS", "a comma-separated list of the portal's host names")
    ]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Sharaka's own apps. Labels are explicit and stable (see each AppConfig).
    "accounts",
    "core",
    "cms",
    "demo",
    "documents",
    "search",
    "consultations",
    "working_groups",
    "events",
    "governance",
    "calls",
    "action_plans",
    "notifications",
    "frontend",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",
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
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    # API
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "rules.apps.AutodiscoverRulesConfig",
    # Background work
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # First: anonymous GETs and citizens' shared pages from the cache. What it stores
    # has the headers the next two add; its key holds the scheme (http never gets https)
    "core.cache.AnonymousCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "core.middleware.RefuseNulMiddleware",  # 400 for a NUL byte in the address
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.cache.memo.RequestMemoMiddleware",  # site, locales: once per request
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",  # Django's, the language chosen once
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.project_urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "frontend" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "frontend.context_processors.portal",
            ],
        },
    },
]

# Database: embedded SQLite (WAL mode, see cms.apps) unless DATABASE_URL is set.
DATABASE_URL = env_str("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    # A fresh clone has no var/ yet; SQLite cannot create its folder by itself.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "sharaka.sqlite3",
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=20000;"
                ),
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set; otherwise the database cache, which every
# process shares (gunicorn workers, the task worker), in production; per-process
# memory only in the embedded demo and the tests (or CACHE_BACKEND=locmem with
# WEB_CONCURRENCY=1: `check --deploy` refuses it with several processes).
REDIS_URL = env_str("REDIS_URL")
CACHE_BACKENDS = {
    "redis": "core.cache.redis.RedisCache",
    "database": "core.cache.database.DatabaseCache",
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
}
CACHE_BACKEND = choice(
    "CACHE_BACKEND",
    CACHE_BACKENDS,
    default="redis" if REDIS_URL else ("locmem" if DEBUG or TESTING else "database"),
)
_CACHE_LOCATION = {"redis": REDIS_URL, "database": "sharaka_cache", "locmem": "sharaka"}
CACHES = {
    "default": {
        "BACKEND": CACHE_BACKENDS[CACHE_BACKEND],
        "LOCATION": _CACHE_LOCATION[CACHE_BACKEND],
        "KEY_PREFIX": env_str("CACHE_PREFIX", "sharaka"),
        "OPTIONS": {}
        if CACHE_BACKEND == "redis"
        else {  # PREPARE: off behind a pooler that cannot keep prepared statements
            "MAX_ENTRIES": int(env_str("CACHE_MAX_ENTRIES", "20000")),
            "PREPARE": env_bool("CACHE_PREPARED_STATEMENTS", default=True),
        },
    }
}
# Seconds an anonymous page or API read stays cached; every change bumps a version.
PAGE_CACHE_SECONDS = int(env_str("PAGE_CACHE_SECONDS", "600"))

# Action plans: a commitment without a published progress update for this many
# days is flagged to the secretariat and its focal points (action_plans_alerts).
ACTION_PLANS_SILENCE_DAYS = int(env_str("ACTION_PLANS_SILENCE_DAYS", "90"))
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", default=not TESTING)
# Minimum seconds between showing a public form and accepting it (robots are faster).
ANTIABUSE_MIN_FILL_SECONDS = int(
    env_str("ANTIABUSE_MIN_FILL_SECONDS", "0" if TESTING else "3")
)
# Anonymous API writes solve a proof of work (core/challenge.py): the secret
# number is drawn up to this bound (about half of it hashes on average).
ALTCHA_MAX_NUMBER = int(env_str("ALTCHA_MAX_NUMBER", "20" if TESTING else "50000"))
ALTCHA_SECONDS = int(env_str("ALTCHA_SECONDS", "600"))
TRUSTED_PROXY = env_bool("TRUSTED_PROXY")

# Background work: django-tasks, run at once in the embedded mode, or by
# `manage.py db_worker` from a database queue with TASKS_BACKEND=database.
TASKS_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
TASKS_BACKEND = choice("TASKS_BACKEND", TASKS_BACKENDS, default="immediate")
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[TASKS_BACKEND]}}
# The library's text extraction runs in a child process with these caps.
LIBRARY_EXTRACTION_SECONDS = int(env_str("LIBRARY_EXTRACTION_SECONDS", "60"))
LIBRARY_EXTRACTION_MEMORY_MB = int(env_str("LIBRARY_EXTRACTION_MEMORY_MB", "1024"))
# An extraction still pending this long after it started lost its worker:
# `manage.py requeue_extractions` queues it again, up to this many starts.
LIBRARY_EXTRACTION_LOST_SECONDS = int(env_str("LIBRARY_EXTRACTION_LOST_SECONDS", "900"))
LIBRARY_EXTRACTION_ATTEMPTS = int(env_str("LIBRARY_EXTRACTION_ATTEMPTS", "3"))

# Email
vars().update(email_settings(env_str("EMAIL_URL", "locmem://" if TESTING else "")))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Sharaka <no-reply@sharaka.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Passwords and accounts
AUTH_USER_MODEL = "accounts.User"
_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
if TESTING:
    PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account_profile"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Do not reveal whether an address is registered (signup and password reset).
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Sharaka] "
# 5 failed sign-ins a minute per address and per account; 30 in all (a workshop).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "5/m/ip,5/m/key",
    "reset_password": "5/m/ip,5/m/key",
    "reset_password_from_key": "5/m/ip",
    "signup": "10/m/ip",
    "confirm_email": "5/m/key",
    "change_password": "5/m/user",
}
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"

# Internationalisation: Arabic is the default language (RTL).
LANGUAGE_CODE = "ar"
LANGUAGES = [("ar", "العربية"), ("fr", "Français"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["cms.formats"]
TIME_ZONE = "Africa/Casablanca"
USE_I18N = True
USE_TZ = True

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING
            else "core.staticfiles.StaticFilesStorage"  # WhiteNoise's, addresses kept
        )
    },
}
WHITENOISE_USE_FINDERS = TESTING
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Uploads larger than this are streamed to a temporary file, never held in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Wagtail
WAGTAIL_SITE_NAME = "Sharaka"
# The dashboard's update check calls a remote server, which the CSP (and an
# offline server) refuses: operators follow releases through their package manager.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_BASE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_DOCUMENT_MODEL = "library.LibraryDocument"
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "ods", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
# Uploads checked by real type and size; every document served as a download.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "documents.forms.LibraryDocumentForm"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Images checked like every upload (core.uploads): pixel count from the header
# before decoding, originals re-encoded without metadata.
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.image_forms.SharakaImageForm"
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_FINDERS = []  # no internet at run time
# No third-party avatars: they leak a hash of the email and break under the CSP.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"

# Search engine of the public index: "database" (default) or Elasticsearch.
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
SEARCH_ENGINE = env_str(
    "SEARCH_ENGINE", "elasticsearch" if ELASTICSEARCH_URL else "database"
)
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "sharaka")

# REST API
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticatedOrReadOnly",
    ],
    "DEFAULT_PAGINATION_CLASS": "core.pagination.Pagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "core.api.exception_handler",
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "core.negotiation.ContentNegotiation",
    # JSON nested too deeply answers 400 (Python's decoder would recurse and fail).
    "DEFAULT_PARSER_CLASSES": [
        "core.parsers.SafeJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    # Writes are throttled per address and per account; reads are cached instead.
    "DEFAULT_THROTTLE_CLASSES": [
        "core.throttling.AnonWriteThrottle",
        "core.throttling.UserWriteThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {"anon_write": "30/hour", "user_write": "300/hour"},
}
_ENUMS_HOOK = "drf_spectacular.hooks.postprocess_schema_enums"
SPECTACULAR_SETTINGS = {
    "TITLE": "Sharaka API",
    "DESCRIPTION": _(
        "Open API of the open-government portal: pages, documents, search and the "
        "participation modules."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "PREPROCESSING_HOOKS": ["core.schema.public_api_only"],
    "POSTPROCESSING_HOOKS": [_ENUMS_HOOK, "core.schema.document_errors"],
    # Choice sets that share a field name across modules, named once each.
    "ENUM_NAME_OVERRIDES": {
        "ConsultationStatusEnum": "consultations.models.Status",
        "ContributionStatusEnum": "consultations.models.ContributionStatus",
        "ContributionKindEnum": "consultations.models.ContributionKind",
        "ContributionLanguageEnum": "consultations.models.ContributionLanguage",
        "EventKindEnum": "events.models.EventKind",
        "EventLanguageEnum": "events.models.EventLanguage",
        "RegistrationStatusEnum": "events.models.RegistrationStatus",
        "WorkingGroupKindEnum": "working_groups.models.GroupKind",
        "ApplicationStatusEnum": "working_groups.models.ApplicationStatus",
        "DocumentLanguageEnum": "documents.models.FileLanguage",
        "DocumentCategoryEnum": "documents.models.Category",
        "RegionEnum": "core.regions.Region",
        "MeetingStatusEnum": "governance.models.MeetingStatus",
        "CallApplicationStatusEnum": "calls.models.ApplicationStatus",
        "CommitteeRoleEnum": "calls.models.CommitteeRole",
    },
    # Schema warnings are for developers (tests/cms), not `check --deploy`.
    "ENABLE_DJANGO_DEPLOY_CHECK": False,
}

# Security. Sessions are read from the cache first (the database keeps them).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# Nobody frames the portal; Wagtail's preview marks its own views same-origin.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if not DEBUG and not TESTING:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(env_str("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
# Content-Security-Policy: no inline script anywhere on the public site.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "frame-ancestors 'self'; form-action 'self'; base-uri 'self'; object-src 'none'"
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
