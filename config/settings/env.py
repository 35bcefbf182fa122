"""The one typed schema of environment variables (documented in README.md)."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    SECRET_KEY=(str, ""),  # required in production (config/settings/production.py)
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, ["127.0.0.1", "localhost"]),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}"),
    DATABASE_CONN_MAX_AGE=(int, 0),
    DATABASE_REPLICA_URL=(str, ""),
    REPLICA_LAG_SECONDS=(int, 10),
    CACHE_URL=(str, f"filecache://{BASE_DIR / 'var' / 'cache'}?max_entries=20000"),
    PAGE_CACHE_SECONDS=(int, 86_400),
    FRAGMENT_CACHE_SECONDS=(int, 86_400),
    BROWSER_CACHE_SECONDS=(int, 60),
    SHARED_CACHE_SECONDS=(int, 60),
    STALE_WHILE_REVALIDATE_SECONDS=(int, 600),
    FRONTEND_CACHE_URL=(str, ""),
    TASKS_BACKEND=(str, "immediate"),
    BENCHMARK_VIEWS=(bool, False),
    STATIC_ROOT=(str, ""),
    MEDIA_ROOT=(str, ""),
    MEDIA_URL=(str, "/media/"),
    MEDIA_BUCKET_URL=(str, ""),
    BACKUP_DIR=(str, ""),
    WAGTAIL_SITE_NAME=(str, "Casebook"),
    PUBLIC_URL=(str, "http://127.0.0.1:8000"),
    EMAIL_URL=(str, "consolemail://"),
    DEFAULT_FROM_EMAIL=(str, "webmaster@localhost"),
    LOG_LEVEL=(str, "INFO"),
    SEARCH_URL=(str, ""),
    SEARCH_INDEX=(str, "casebook"),
    SEARCH_HITS_FLUSH_SECONDS=(int, 60),
    SEARCH_TIMEOUT=(float, 2.0),
    SEARCH_ENGINE_REST_SECONDS=(int, 30),
    IMAGE_UPLOAD_MAX_MB=(int, 10),
    DOCUMENT_UPLOAD_MAX_MB=(int, 20),
    MEDIA_UPLOAD_MAX_MB=(int, 500),
    API_RATE_LIMIT=(str, "120/m"),
    OPEN_DATA_LICENCE=(str, "CC-BY-4.0"),
    OPEN_DATA_LICENCE_URL=(str, "https://creativecommons.org/licenses/by/4.0/"),
)
