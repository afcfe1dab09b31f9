"""Settings for the Veilig Online portal, read from the environment.

Every setting has a safe default for development (SQLite, a broker that needs no
server, e-mail printed to the console). Production sets at least DEBUG=0,
SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and CELERY_BROKER_URL; see the README.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def env(name: str, default: str = "") -> str:
    """Read a setting; NAME_FILE (a path to a file holding the value) wins, for secrets."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        return Path(file_path).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = env(name, "1" if default else "0").strip().lower()
    return value in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    return int(env(name, str(default)))


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


# Off unless asked: `make run`, `make test` and `make lint` set DEBUG=1; a forgotten
# variable in production must never show tracebacks. The test suite (pytest sets
# PYTEST_VERSION before Django loads) keeps the development defaults, so that
# `python -m pytest` works on its own; pytest-django turns DEBUG off during each test.
DEBUG = env_bool("DEBUG", "PYTEST_VERSION" in os.environ)
_DEV_SECRET = "django-insecure-development-only-never-use-in-production"  # noqa: S105
SECRET_KEY = env("SECRET_KEY", _DEV_SECRET if DEBUG else "")
if not SECRET_KEY:
    raise RuntimeError(
        "SECRET_KEY must be set when DEBUG is off. (On a developer's machine: DEBUG=1, "
        "as `make run` and `make test` set it.)"
    )
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "accounts",
    "outbox",
    "veiligonline",
    "modules",
    "trainings",
    "moderators",
    "surveys",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "veiligonline.headers.SecurityHeadersMiddleware",
    "veiligonline.outage.DatabaseOutageMiddleware",
    "veiligonline.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "veiligonline.middleware.OwnNotFoundPageMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.StaffSessionMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "veiligonline.middleware.FrenchTypographyMiddleware",
]

ROOT_URLCONF = "veiligonline.urls"
WSGI_APPLICATION = "veiligonline.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "veiligonline.context_processors.site",
            ],
        },
    },
]

# --- Database: SQLite file by default, PostgreSQL (or any) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# A database that hangs must not freeze the workers: connecting gives up after a few
# seconds, and so does any one statement (0 turns the statement limit off, for a long
# migration run by hand).
DB_CONNECT_TIMEOUT = env_int("DB_CONNECT_TIMEOUT", 5)
DB_STATEMENT_TIMEOUT_MS = env_int("DB_STATEMENT_TIMEOUT_MS", 5000)
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "connect_timeout": DB_CONNECT_TIMEOUT,
            "options": f"-c statement_timeout={DB_STATEMENT_TIMEOUT_MS}",
        }
    )
else:
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("timeout", DB_CONNECT_TIMEOUT)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: Redis when REDIS_URL is set, else in-process memory. Never holds personal data.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "veiligonline"),
            # An unreachable Redis answers within a second, never hangs a request.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Public pages are kept this long at most (veiligonline/lib/pagecache.py); a publish or a
# registration renders them again at once. 0 turns the page cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["accounts.backends.EmailOrUsernameBackend"]

AUTH_PASSWORD_VALIDATORS = [
    {
        # Logins are e-mail addresses: compare with the address and the name, never with
        # a "username" nobody chose.
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator",
        "OPTIONS": {"user_attributes": ("email", "first_name", "last_name")},
    },
    {
        # Ours: Django's own message is not translated in Django 5.2 (accounts/validators.py).
        "NAME": "accounts.validators.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: Dutch first, French second; every URL carries its language (/nl/, /fr/).
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "vo_language"
LANGUAGE_COOKIE_SECURE = not DEBUG
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static files: our own, hashed and compressed by WhiteNoise; nothing from a CDN.
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(VAR_DIR / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns about a missing folder
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG and not env_bool("STATIC_MANIFEST", False)
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_MAX_AGE = 365 * 24 * 3600 if not DEBUG else 0

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Sessions: module progress lives here, so it survives closing the browser.
SESSION_COOKIE_NAME = "vo_session"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 90
SESSION_COOKIE_SAMESITE = "Lax"
# Whoever logs in (coordinators, moderators) gets a much shorter session (ASVS level 2):
# logged out after this many seconds without a request, and this many after the login.
STAFF_SESSION_IDLE = env_int("STAFF_SESSION_IDLE", 30 * 60)
STAFF_SESSION_MAX = env_int("STAFF_SESSION_MAX", 12 * 3600)

# After the admin's login, when `next` is missing or points off-site: the admin itself
# (Django's default, /accounts/profile/, is a page this portal does not have).
LOGIN_REDIRECT_URL = "admin:index"

# --- Second factor (django-otp): an authenticator app and recovery codes for every login.
OTP_TOTP_ISSUER = "Veilig Online"
# The admin never shows a device's secret key or QR code once it is set up.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# --- Security. With DEBUG off these are on, and `manage.py check --deploy` is clean.
# Behind exactly one reverse proxy that sets X-Forwarded-Proto and appends X-Forwarded-For.
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
# No script of ours reads the CSRF cookie (forms carry the token), so no script may.
CSRF_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]

# --- E-mail: printed to the console in development; SMTP through EMAIL_URL-like settings.
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
# A mail server reached over the network: STARTTLS unless told otherwise.
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", not DEBUG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Veilig Online <noreply@veiligonline.be>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [("Coordinators", a) for a in env_list("ADMINS")]
# Where the portal's notices to coordinators go (a session filling unusually fast);
# empty: the ADMINS addresses.
COORDINATORS_EMAIL = env_list("COORDINATORS_EMAIL")

# --- Bots and floods (veiligonline/lib/limits.py, veiligonline/lib/antibot.py).
# Rate limits per client address and per contact; a dict here overrides limits.DEFAULT_RATES,
# e.g. {"registration": ("5/h", "3/h")}. The counters live in the cache under keyed hashes.
RATE_LIMITS: dict = {}
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
# A form sent back sooner than this after it was shown came from a script.
ANTIBOT_ENABLED = env_bool("ANTIBOT_ENABLED", True)
ANTIBOT_MIN_SECONDS = env_int("ANTIBOT_MIN_SECONDS", 3)
# A form's signed start time holds this long: a script cannot reuse one for a day.
ANTIBOT_MAX_SECONDS = env_int("ANTIBOT_MAX_SECONDS", 2 * 3600)
# Public pages say "a few places left" at this many seats or fewer, never the exact number
# (an exact count would tell strangers who is registered; trainings.models.availability).
TRAININGS_FEW_PLACES = env_int("TRAININGS_FEW_PLACES", 3)
# What one e-mail address or mobile number may hold across the trainings to come.
TRAININGS_CAPS = {
    "registrations": env_int("TRAININGS_MAX_REGISTRATIONS_PER_CONTACT", 3),
    "seats": env_int("TRAININGS_MAX_SEATS_PER_CONTACT", 10),
    "waiting": env_int("TRAININGS_MAX_WAITING_PER_CONTACT", 2),
}
# Coordinators are told when more than `share` of a session's seats go within `minutes`.
TRAININGS_FILLING_FAST = {"share": 0.5, "minutes": 10}

# --- Celery: kombu's filesystem transport needs no server (the zero-setup default);
# production sets CELERY_BROKER_URL=redis://…
CELERY_BROKER_URL = env("CELERY_BROKER_URL", "filesystem://")
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {
        "data_folder_in": str(VAR_DIR / "celery" / "queue"),
        "data_folder_out": str(VAR_DIR / "celery" / "queue"),
        "processed_folder": str(VAR_DIR / "celery" / "processed"),
        "control_folder": str(VAR_DIR / "celery" / "control"),
        "store_processed": False,
        # The folder is looked at five times a second, not once: a confirmation printed
        # by make run follows the click, not a queue of one-second naps.
        "polling_interval": 0.2,
    }
    if CELERY_BROKER_URL.startswith("filesystem")
    else {"visibility_timeout": 3600}
)
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_ACKS_LATE = True
# Queuing a task must never hold up a page: with the broker down, give up within about
# two seconds; the outbox's sweep delivers the message once the broker is back.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 0.5,
}
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_IGNORE_RESULT = True
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "clear-expired-sessions": {
        "task": "veiligonline.tasks.clear_expired_sessions",
        "schedule": 6 * 3600,
    },
    "forget-past-registrations": {
        "task": "trainings.tasks.forget_past_registrations",
        "schedule": 24 * 3600,
    },
    "clear-expired-resume-codes": {
        "task": "modules.tasks.clear_expired_resume_codes",
        "schedule": 6 * 3600,
    },
    "forget-sent-tip-sheets": {
        "task": "modules.tasks.forget_sent_tip_sheets",
        "schedule": 6 * 3600,
    },
    "queue-reminders": {
        "task": "trainings.tasks.queue_reminders",
        "schedule": 5 * 60,
    },
    "forget-closed-requests": {
        "task": "trainings.tasks.forget_closed_requests",
        "schedule": 24 * 3600,
    },
}

# --- Logging: to the console, never with personal data (we log ids, not addresses).
# Private links' codes are cut out of every line (veiligonline/lib/logging.py): the
# development server's and gunicorn's access lines go through the same console handler.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "private_links": {"()": "veiligonline.lib.logging.RedactPrivateLinks"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["private_links"],
        },
        # Error reports to ADMINS, at most ERROR_MAILS_PER_WINDOW in ten minutes; Django's
        # reporter hides the POST fields and variables our views mark as sensitive.
        "mail_admins": {
            "class": "veiligonline.lib.logging.ThrottledAdminEmailHandler",
            "filters": ["require_debug_false", "private_links"],
        },
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
ERROR_MAILS_PER_WINDOW = env_int("ERROR_MAILS_PER_WINDOW", 10)

# --- Content.
# Where the module videos live, e.g. https://video.veiligonline.be: allowed in the
# Content-Security-Policy's media-src only. Empty: our own origin (the demo's clips).
VIDEO_ORIGIN = env("VIDEO_ORIGIN").rstrip("/")
# With DEBUG on, Django's technical 404 page lists every URL pattern; we show our own.
SHOW_TECHNICAL_404 = env_bool("SHOW_TECHNICAL_404", False)
READABILITY_TARGET = 60
ARTICLES_PER_PAGE = 12

# --- Messages (the outbox): e-mail through Django's backends, SMS through ours.
# Without DEBUG no SMS goes anywhere until a provider is configured: NotConfiguredBackend
# fails each send, so the message is retried, ends "failed" and coordinators see it.
SMS_BACKEND = env(
    "SMS_BACKEND",
    "outbox.sms.ConsoleBackend" if DEBUG else "outbox.sms.NotConfiguredBackend",
)
SMS_FILE_PATH = env("SMS_FILE_PATH", str(VAR_DIR / "sms"))
SMS_PROVIDER_URL = env("SMS_PROVIDER_URL")
SMS_PROVIDER_TOKEN = env("SMS_PROVIDER_TOKEN")
SMS_SENDER = env("SMS_SENDER", "VeiligOnl")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20)
MESSAGE_ID_DOMAIN = env("MESSAGE_ID_DOMAIN", "veiligonline.be")
OUTBOX_MAX_ATTEMPTS = env_int("OUTBOX_MAX_ATTEMPTS", 6)
OUTBOX_SWEEP_BATCH = env_int("OUTBOX_SWEEP_BATCH", 500)
HELP_LINE = env("HELP_LINE", "116 000")
HELP_EMAIL = env("HELP_EMAIL", "info@veiligonline.be")
# The programme's own phone for questions about a training or a request; shown only when
# set. HELP_LINE is Child Focus' 116 000, for a child in danger, never for such questions.
CONTACT_PHONE = env("CONTACT_PHONE", "")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))  # the file backend's folder
OUTBOX_SWEEP_SECONDS = env_int("OUTBOX_SWEEP_SECONDS", 60)
CELERY_BEAT_SCHEDULE["outbox-sweep"] = {
    "task": "outbox.tasks.sweep",
    "schedule": OUTBOX_SWEEP_SECONDS,
}

# --- Moderators: a certification counts this many days; travel time kept between sessions.
CERTIFICATION_VALID_DAYS = env_int("CERTIFICATION_VALID_DAYS", 730)
MODERATOR_TRAVEL_MINUTES = env_int("MODERATOR_TRAVEL_MINUTES", 60)

# Reminders to parents (and organisations): this many days before, at the session's
# own hour, and on the morning of the day from this hour (Brussels time).
REMINDER_DAYS_BEFORE = env_int("REMINDER_DAYS_BEFORE", 3)
REMINDER_MORNING_HOUR = env_int("REMINDER_MORNING_HOUR", 8)

# Privacy (the privacy page states these numbers; tests/trainings/test_privacy.py checks):
# an organisation's private request page closes this many days after the request was held
# or declined, and its contact details are erased this many days after it.
REQUEST_LINK_DAYS = env_int("REQUEST_LINK_DAYS", 60)
REQUEST_RETENTION_DAYS = env_int("REQUEST_RETENTION_DAYS", 365)

# Organisations' requests: preferred dates at least this many days ahead (time to find a
# moderator and tell the parents), starting between these hours (Brussels time, "HH:MM"),
# never on a Sunday (no moderator works then).
REQUEST_MIN_DAYS_AHEAD = env_int("REQUEST_MIN_DAYS_AHEAD", 14)
REQUEST_EARLIEST_START = env("REQUEST_EARLIEST_START", "08:00")
REQUEST_LATEST_START = env("REQUEST_LATEST_START", "21:30")
# A tip sheet sent by e-mail (and the address it went to) is deleted after this many days.
TIP_SHEET_KEEP_DAYS = env_int("TIP_SHEET_KEEP_DAYS", 7)
