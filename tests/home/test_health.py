"""The health endpoint load balancers poll."""

from unittest import mock

import pytest
from django.db import DatabaseError, connection

pytestmark = pytest.mark.django_db


def test_health_answers_ok_as_json(client):
    response = client.get("/health/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok"}


def test_health_is_outside_the_language_prefix(client):
    assert client.get("/en/health/").status_code == 404


def test_health_reports_a_database_failure(client):
    with mock.patch.object(connection, "cursor", side_effect=DatabaseError("down")):
        response = client.get("/health/")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable"}
