"""What /health/ checks before it says "ok": each check raises when its part fails."""

import secrets

from django.core.cache import cache
from django.db import connection, transaction


def database():
    """A real read and a write (rolled back): a missing or read-only database fails here."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT MIN(id) FROM django_migrations")
        (first,) = cursor.fetchone()
        cursor.execute("UPDATE django_migrations SET app = app WHERE id = %s", [first])
        transaction.set_rollback(True)


def cache_keeps_a_value():
    token = secrets.token_hex(8)
    cache.set("casebook:health", token, 30)
    if cache.get("casebook:health") != token:
        raise RuntimeError("the cache did not keep a value")


CHECKS = {"database": database, "cache": cache_keeps_a_value}
