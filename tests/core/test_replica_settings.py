"""A read replica needs a task backend that can wait (the repeated purge)."""

from core.replica import check_deferred_tasks


def test_a_replica_with_tasks_run_at_once_is_a_configuration_error(settings):
    assert check_deferred_tasks(None) == []
    settings.DATABASE_ROUTERS = ["core.replica.ReplicaRouter"]
    (error,) = check_deferred_tasks(None)
    assert error.id == "casebook.E001" and "TASKS_BACKEND=database" in error.hint
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    assert check_deferred_tasks(None) == []
