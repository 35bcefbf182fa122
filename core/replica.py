"""Reads from a read replica (``DATABASE_REPLICA_URL``), for visitors only.

A visitor's GET without a session reads from the replica; everything else (the admin,
a form sent, a signed-in editor, tasks and commands) reads and writes the primary, so an
editor always sees what they just saved. A replica runs a little behind: each purge is
repeated once ``REPLICA_LAG_SECONDS`` have passed (``core.purge``), so a page rendered
meanwhile from the replica's older rows is not kept.
"""

from contextvars import ContextVar

from django.conf import settings
from django.core import checks
from django_tasks import default_task_backend

REPLICA = "replica"
_reading_replica = ContextVar("reading_replica", default=False)


def configured():
    return "core.replica.ReplicaRouter" in settings.DATABASE_ROUTERS


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _reading_replica.get() else None

    def db_for_write(self, model, **hints):
        return None

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the primary's rows

    def allow_migrate(self, db, app_label, **hints):
        return db != REPLICA


class ReplicaReadsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        visitor = (
            request.method in ("GET", "HEAD")
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )
        token = _reading_replica.set(visitor)
        try:
            return self.get_response(request)
        finally:
            _reading_replica.reset(token)


def check_deferred_tasks(app_configs, **kwargs):
    """The repeated purge waits for the replica: the task backend must be able to wait."""
    if configured() and not default_task_backend.supports_defer:
        return [
            checks.Error(
                "DATABASE_REPLICA_URL needs a task backend that can run a task later.",
                hint="Set TASKS_BACKEND=database and run `manage.py db_worker`.",
                id="casebook.E001",
            )
        ]
    return []
