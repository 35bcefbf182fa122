"""Settings shared by every environment.

Every value that differs between machines is read through the typed schema in
``config.settings.env`` and documented in the README's table of variables.
"""

from pathlib import Path

from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from config.settings.env import env
from config.settings.search_backends import search_backends
from config.settings.storage import media_origins, media_storage

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env("SECRET_KEY")
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "cases",
    "events",
    "news",
    "home",
    "search",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtailmedia",
    "modelcluster",
    "taggit",
    "django_countries",
    "axes",
    "phonenumber_field",
    "django_filters",
    "corsheaders",
    "ninja",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # ETags and 304s for every answer, from the page cache or not.
    "django.middleware.http.ConditionalGetMiddleware",
    # Outside compression, so that it keeps each answer compressed once per encoding.
    "core.page_cache.PageCacheMiddleware",
    "compression_middleware.middleware.CompressionMiddleware",
    "core.routing.CachedRoutingMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.locale_middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.security.SitePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its lockout page.
    "axes.middleware.AxesMiddleware",
]

# Partners' pages may read the open data, feeds and calendars from any origin, without
# credentials (django-cors-headers); every other address keeps the same-origin rule.
CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/(api/|oembed/|[\w-]+/(feeds|calendar|downloads|embed)/)"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified", "Link", "Retry-After"]

# Sign-ins are counted per user name and address (django-axes): after AXES_FAILURE_LIMIT
# failures that pair waits AXES_COOLOFF_HOURS, or until `manage.py axes_reset_username`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account_locked.html"

# Security headers. Public pages load only this site's files (and the media host, when
# media live elsewhere); no inline script or style anywhere (the accent colour comes from
# /theme.css), so full pages cache whole. Frames: an editor's embeds (https only) may be
# shown; only the embed routes may be framed by other sites.
_media_origin = media_origins(env("MEDIA_BUCKET_URL"), env("MEDIA_URL"))
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *_media_origin],
        "media-src": [SELF, *_media_origin],
        "frame-src": [SELF, "https:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin writes inline scripts and style attributes, previews pages in frames
# of its own and shows embed thumbnails from their providers.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:", "https:"],
        "media-src": [SELF, "blob:", *_media_origin],
        "frame-ancestors": [SELF],
    }
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# No page asks for any of these powers.
PERMISSIONS_POLICY = {
    "camera": [],
    "microphone": [],
    "geolocation": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
}

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

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
            ],
        },
    },
]

DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env("DATABASE_CONN_MAX_AGE")
# A read replica for visitors' pages (core.replica); purges are repeated once it has
# caught up, which needs a task backend that can wait (TASKS_BACKEND=database).
if env("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = env.db("DATABASE_REPLICA_URL")
    DATABASES["replica"]["CONN_MAX_AGE"] = env("DATABASE_CONN_MAX_AGE")
    DATABASE_ROUTERS = ["core.replica.ReplicaRouter"]
    # Before anything reads the database: picks the replica for visitors' reads.
    MIDDLEWARE.insert(1, "core.replica.ReplicaReadsMiddleware")
REPLICA_LAG_SECONDS = env("REPLICA_LAG_SECONDS")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": env.cache("CACHE_URL")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "core.redis_cache.RedisCache"  # one client per server
# Whole answers for visitors not signed in, kept until what they show changes
# (core.page_cache; 0 turns it off). The headers let browsers keep an answer
# BROWSER_CACHE_SECONDS and shared caches SHARED_CACHE_SECONDS, then serve it stale
# for STALE_WHILE_REVALIDATE_SECONDS while they fetch it again.
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS")
# What every page shows alike (header, footer, navigation, site settings and text, the
# site, page routes, restricted sections), kept the same way for pages rendered afresh.
FRAGMENT_CACHE_SECONDS = env("FRAGMENT_CACHE_SECONDS")
BROWSER_CACHE_SECONDS = env("BROWSER_CACHE_SECONDS")
SHARED_CACHE_SECONDS = env("SHARED_CACHE_SECONDS")
STALE_WHILE_REVALIDATE_SECONDS = env("STALE_WHILE_REVALIDATE_SECONDS")
# A CDN or reverse proxy (Varnish) that takes PURGE requests: the same cache tags purge
# it, in a background task (core.frontend_purge).
WAGTAILFRONTENDCACHE = (
    {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_URL"),
        }
    }
    if env("FRONTEND_CACHE_URL")
    else {}
)
# Each address purged is named exactly; none is repeated per language.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# The constant page bench/serve.sh compares every page with (/bench/ceiling/).
BENCHMARK_VIEWS = env("BENCHMARK_VIEWS")
# Background tasks (django-tasks): "immediate" runs them in the request, "database"
# queues them for `manage.py db_worker`.
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.DatabaseBackend",
        }[env("TASKS_BACKEND")]
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The six official languages of the United Nations; English is the source language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("ar", _("Arabic")),
    ("ru", _("Russian")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The project's catalogues (makemessages writes to the first), then overrides of Django's own
# strings where UN usage differs (Arabic month names, paired as in UN Arabic).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "overrides"]
FORMAT_MODULE_PATH = ["core.formats"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = env("STATIC_ROOT") or BASE_DIR / "var" / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env("MEDIA_URL")
MEDIA_ROOT = env("MEDIA_ROOT") or BASE_DIR / "var" / "media"
BACKUP_DIR = env("BACKUP_DIR") or BASE_DIR / "var" / "backups"
STORAGES = {
    "default": media_storage(env("MEDIA_BUCKET_URL"), MEDIA_URL),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Editors' pages can hold many StreamField blocks.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = env("WAGTAIL_SITE_NAME")
# The site's public address: the Wagtail Site record takes it after each migrate
# (core/site_address.py), so canonical, hreflang and sitemap URLs use it too.
PUBLIC_URL = env("PUBLIC_URL").rstrip("/")
WAGTAILADMIN_BASE_URL = PUBLIC_URL
WAGTAILSEARCH_BACKENDS = search_backends(
    env("SEARCH_URL"), env("SEARCH_INDEX"), timeout=env("SEARCH_TIMEOUT")
)
SEARCH_ENGINE_REST_SECONDS = env("SEARCH_ENGINE_REST_SECONDS")
SEARCH_HITS_FLUSH_SECONDS = env("SEARCH_HITS_FLUSH_SECONDS")
SEARCH_HITS_FLUSH_AT_EXIT = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "doc", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILIMAGES_IMAGE_MODEL = "core.CasebookImage"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"bmp": "jpeg", "png": "jpeg"}
# Off: its inline style would break the security policy; site.css sizes players.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAILMEDIA = {"MEDIA_MODEL": "wagtailmedia.Media"}
# The admin would otherwise call out to third-party hosts.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "password_required.html"

# --- Uploads -------------------------------------------------------------------------------
# Limits are in MB of 1024 KB, as the admin shows sizes. Files over Django's
# FILE_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) are streamed to temporary files, never held in
# memory; DATA_UPLOAD_MAX_MEMORY_SIZE bounds the other fields only. Both keep Django's values.
_MB = 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env("IMAGE_UPLOAD_MAX_MB") * _MB
# Memory for a rendition grows with pixels, not bytes: 50 million (about 200 MB decoded)
# admits any camera's photo and refuses decompression bombs.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
# Documents and audio/video are also checked by content (core.uploads).
WAGTAILDOCS_MAX_UPLOAD_SIZE = env("DOCUMENT_UPLOAD_MAX_MB") * _MB
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.forms.DocumentForm"
# 500 MB holds about 15 minutes of 1080p video at web bitrates (4 Mbit/s): a talk or an
# interview. Longer films belong on a video host, shown through an embed.
MEDIA_MAX_UPLOAD_SIZE = env("MEDIA_UPLOAD_MAX_MB") * _MB

# Requests an address may make to the open-data API (ninja throttle syntax: "120/m").
API_RATE_LIMIT = env("API_RATE_LIMIT")
# The licence the downloads, the data package and the API are offered under.
OPEN_DATA_LICENCE = env("OPEN_DATA_LICENCE")
OPEN_DATA_LICENCE_URL = env("OPEN_DATA_LICENCE_URL")
WAGTAILMEDIA |= {
    "MEDIA_FORM_BASE": "core.uploads.forms.MediaForm",
    # wagtailmedia's list less h264: a raw stream no browser plays and no signature names.
    "VIDEO_EXTENSIONS": ["avi", "m4v", "mkv", "mov", "mp4", "mpeg", "mpg", "ogv", "webm"],
}
# Documents always pass through Wagtail's view, never a link into MEDIA_ROOT, so the
# documents of a private collection stay private wherever the files are stored. Only PDF
# opens in the browser; everything else downloads (never HTML or SVG inline: they run script).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
# --- End of uploads ------------------------------------------------------------------------

COUNTRIES_FIRST = []

vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL")},
    # The search clients log every request at INFO.
    "loggers": {
        name: {"level": "WARNING"} for name in ("opensearch", "elastic_transport.transport")
    },
}
