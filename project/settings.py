"""Palmares settings, read from the environment.

Two modes (``PALMARES_MODE``):

- ``embedded`` (the default): SQLite in ``data/``, mail printed to the console, background
  tasks run at once, a secret key generated once into ``data/``. Nothing to configure.
- ``production``: every secret comes from the environment, HTTPS-only cookies and HSTS,
  mail over SMTP, tasks queued in the database for ``manage.py db_worker``.
  ``manage.py check --deploy`` passes without a warning in this mode.

See docs/configuration.md for every variable.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return default if value is None or value == "" else value


def env_bool(name: str, default: bool) -> bool:
    value = env(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = env(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


MODE = env("PALMARES_MODE", "embedded")
if MODE not in {"embedded", "production"}:
    raise ImproperlyConfigured("PALMARES_MODE must be 'embedded' or 'production'.")
PRODUCTION = MODE == "production"

DATA_DIR = Path(env("PALMARES_DATA_DIR", str(BASE_DIR / "data")))


def embedded_secret_key() -> str:
    """A key generated once per checkout, so sessions survive a restart of the demo."""
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = env("SECRET_KEY")
if SECRET_KEY is None:
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in production mode.")
    SECRET_KEY = embedded_secret_key()

DEBUG = env_bool("DEBUG", default=not PRODUCTION)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "django_countries",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_tasks",
    "django_tasks_db",
    "accounts",
    "awards",
    "evaluation",
    "reports",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "project.urls"
WSGI_APPLICATION = "project.wsgi.application"
ASGI_APPLICATION = "project.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "evaluation.context_processors.roles",
            ],
        },
    },
]

# Database: SQLite in data/ unless DATABASE_URL says otherwise (PostgreSQL in production).
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL is None and PRODUCTION:
    raise ImproperlyConfigured("DATABASE_URL must be set in production mode.")
if DATABASE_URL is None:
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    DATABASE_URL = f"sqlite:///{DATA_DIR / 'palmares.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        DATABASE_URL, conn_max_age=int(env("DB_CONN_MAX_AGE", "60")), conn_health_checks=True
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the demo's web server and a command write at once.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "home"

# Accounts (django-allauth): people sign in with their e-mail address, which they verify.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Palmares: "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PRODUCTION else "http"

# Languages: every page and mail ships in these four.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "static/"
# collectstatic's target; the embedded mode serves static files from the apps instead.
STATIC_ROOT = env("STATIC_ROOT", str(BASE_DIR / "staticfiles") if PRODUCTION else None)
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(DATA_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# Outside production the static files are served from the apps, with no collectstatic step.
WHITENOISE_USE_FINDERS = not PRODUCTION

# Mail: printed to the console unless an SMTP host is given (always SMTP in production).
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", default=False)
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION or env("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
# The address of this Palmares, used in mails to build links back to it.
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Palmares <palmares@localhost>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Background work: run at once when embedded, queued in the database in production.
TASKS_BACKEND = env("TASKS_BACKEND", "database" if PRODUCTION else "immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[TASKS_BACKEND],
    }
}

# Public vote (docs/vote.md): cast attempts allowed per client address, as "10/minute" ("off"
# lifts the limit); and how many reverse proxies in front of Palmares append the client's
# address to X-Forwarded-For (0: the connection's own address is the client's).
PALMARES_VOTE_THROTTLE = env("PALMARES_VOTE_THROTTLE", "10/minute")
PALMARES_NUM_PROXIES = int(env("PALMARES_NUM_PROXIES", "0"))

# The cache: in each process's memory, unless CACHE_URL=db names Django's database cache, shared
# by every worker (run manage.py createcachetable once). The rate limits below count in it.
CACHE_URL = env("CACHE_URL", "")
if CACHE_URL == "db":
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "palmares_cache",
        }
    }
elif CACHE_URL:
    raise ImproperlyConfigured(f"CACHE_URL is empty or db, not {CACHE_URL!r}.")

# The public side (docs/publication.md), each rate per client address (as "10/minute"; "off"
# lifts it): the anonymous API; the signed-in API (per account); the open-data exports and the
# results report rendered anew. Django's cache counts them (docs/operations.md).
PALMARES_API_ANON_RATE = env("PALMARES_API_ANON_RATE", "120/minute")
PALMARES_API_USER_RATE = env("PALMARES_API_USER_RATE", "240/minute")
PALMARES_EXPORT_RATE = env("PALMARES_EXPORT_RATE", "10/minute")

REST_FRAMEWORK = {
    # Personal tokens first: their scheme answers 401 (with WWW-Authenticate) to a client
    # that is not signed in, and a bad token is refused rather than read as anonymous.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.tokens.PersonalTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # TokenScope and EditionScopeFilter bound a request made with a token (api/permissions.py).
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticatedOrReadOnly",
        "api.permissions.TokenScope",
    ],
    "DEFAULT_VERSIONING_CLASS": "rest_framework.versioning.NamespaceVersioning",
    "DEFAULT_VERSION": "v1",
    "ALLOWED_VERSIONS": ["v1"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
        "api.permissions.EditionScopeFilter",
    ],
    "DEFAULT_PARSER_CLASSES": [
        "api.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    # The whole API is throttled by api.throttling (anonymous clients per address, signed-in
    # ones per account, whether by session or token), which reads PALMARES_API_ANON_RATE and
    # PALMARES_API_USER_RATE at each request; the rates below are the same, for any other use
    # of DRF's throttles. X-Forwarded-For is trusted only as far as the proxies.
    "DEFAULT_THROTTLE_CLASSES": [
        "api.throttling.PublicAnonThrottle",
        "api.throttling.PublicUserThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        scope: None if rate.strip().lower() in ("off", "none", "") else rate
        for scope, rate in (("anon", PALMARES_API_ANON_RATE), ("user", PALMARES_API_USER_RATE))
    },
    "NUM_PROXIES": PALMARES_NUM_PROXIES,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Palmares API",
    "DESCRIPTION": "Run a best-practice award: editions, candidacies, juries, rankings.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # Every operation documents the errors it may answer, in api/errors.py's one shape.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.errors.document_errors",
    ],
    # Several resources have a "state": name each set of states after its machine.
    "ENUM_NAME_OVERRIDES": {
        "EditionStateEnum": "awards.enums.EditionState",
        "CandidacyStateEnum": "awards.enums.CandidacyState",
        "ScorecardStateEnum": "evaluation.enums.ScorecardState",
        "InvitationStateEnum": "evaluation.enums.InvitationState",
        "JurorBallotStateEnum": "evaluation.enums.BallotState",
        "DeliberationRecordStateEnum": "evaluation.enums.RecordState",
        "LanguageEnum": "awards.enums.Language",
        "OrganisationKindEnum": "awards.enums.OrganisationKind",
        "AttachmentKindEnum": "awards.enums.AttachmentKind",
        "ReportKindEnum": "reports.models.ReportKind",
        "PersonalTokenStateEnum": "api.models.TokenState",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # One line per task run is noise; failures still reach the log as errors.
        "django_tasks": {"level": "WARNING"},
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
    X_FRAME_OPTIONS = "DENY"
