"""The health endpoint load balancers poll: it says what failed, and only that."""

import socket
from unittest import mock

import pytest
from django.db import DatabaseError, OperationalError, connection
from django.test import override_settings

from config.settings.search_backends import search_backends

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
    # The database search index lives in the database too.
    assert response.json() == {"status": "unavailable", "failed": ["database", "search"]}
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


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_search_engine_down_is_reported_as_degraded_not_down(client):
    with override_settings(
        WAGTAILSEARCH_BACKENDS=search_backends(f"opensearch://127.0.0.1:{closed_port()}", "x")
    ):
        response = client.get("/health/")

    # The database index still answers searches: the host stays in service.
    assert response.status_code == 200
    assert response.json() == {"status": "degraded", "degraded": ["search engine"]}


def test_no_search_backend_answering_is_a_failure(client):
    engine_only = {
        "default": search_backends(f"opensearch://127.0.0.1:{closed_port()}", "x")["default"]
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=engine_only):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failed": ["search"]}


def test_pages_answer_503_with_retry_after_while_the_database_is_away(client, site_tree):
    client.raise_request_exception = False
    url = site_tree.call.url
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("gone")):
        response = client.get(url)

    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    assert "Back in a few minutes" in response.content.decode()
    assert "gone" not in response.content.decode()


def test_other_errors_still_answer_500(client, site_tree):
    client.raise_request_exception = False
    with mock.patch("home.models.HomePage.get_context", side_effect=ValueError("bug")):
        response = client.get(site_tree.home.url)

    assert response.status_code == 500
    assert "Retry-After" not in response
    assert "Something went wrong" in response.content.decode()
