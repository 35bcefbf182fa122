import atexit
import shutil
import tempfile

from config.settings.base import *  # noqa: F403

SECRET_KEY = "test-only-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="casebook-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="casebook-test-static-")
# Every process on these settings (pytest, and manage.py check in the test command)
# removes its own folders when it exits.
for _folder in (MEDIA_ROOT, STATIC_ROOT):
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
# Room for the tags of a page of a thousand items (the default keeps 300 entries).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    }
}
# Off, as most tests change rows directly; the page_cache and fragment_cache fixtures
# turn them on.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Tests write hits with search.hits.flush(); the test database is gone at exit.
SEARCH_HITS_FLUSH_SECONDS = 3600
SEARCH_HITS_FLUSH_AT_EXIT = False
