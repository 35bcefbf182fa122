"""Schemathesis sends generated requests to every endpoint of the OpenAPI document.

Bounded (examples per endpoint and no deadline) so that the run stays short: it must
find no server error, no answer outside the documented statuses and no body or header
that breaks the document's schemas.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.API_RATE_LIMIT = "100000/m"


@pytest.fixture(autouse=True)
def keep_the_test_connection():
    """Requests reach the WSGI handler directly, not through Django's test client, so its
    end-of-request signal would close the connection holding the test's transaction;
    the test client switches that off, and so does this."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_server_error_and_no_schema_violation(case, library):
    # The WSGI client does not decompress: ask for the body as it is.
    case.call_and_validate(headers={"Accept-Encoding": "identity"})
