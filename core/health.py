"""What /health/ checks before it says "ok": each check raises when its part fails."""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from wagtail.models import Page


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


def search_backend(name):
    def answers_a_query():
        list(Page.objects.search("health", backend=name)[:1])

    return answers_a_query


def essential_checks():
    """Without any of these the site cannot serve its pages: /health/ answers 503.

    Search needs the database index (the "database" backend beside an engine).
    """
    backends = settings.WAGTAILSEARCH_BACKENDS
    index = "database" if "database" in backends else "default"
    return {"database": database, "cache": cache_keeps_a_value, "search": search_backend(index)}


def degradable_checks():
    """Failures the site survives: a search engine, while the database index answers.

    Reported as "degraded" with a 200, so a load balancer does not take every host out
    of service because the shared engine is down.
    """
    if "database" in settings.WAGTAILSEARCH_BACKENDS:
        return {"search engine": search_backend("default")}
    return {}
