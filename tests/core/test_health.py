"""The health endpoint load balancers poll: it says what failed, and only that."""

from unittest import mock

import pytest
from django.db import DatabaseError, connection
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_health_answers_ok_as_json(client):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]


def test_health_is_outside_the_language_prefix(client):
    assert client.get("/en/health/").status_code == 404


def test_health_reports_a_database_failure(client):
    with mock.patch.object(connection, "cursor", side_effect=DatabaseError("secret detail")):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failed": ["database"]}
    assert "secret detail" not in response.content.decode()


def test_health_reports_a_database_that_cannot_be_written(client):
    def read_only(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("UPDATE"):
            raise DatabaseError("attempt to write a readonly database")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(read_only):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json()["failed"] == ["database"]


@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
def test_health_reports_a_cache_that_keeps_nothing(client):
    response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failed": ["cache"]}
