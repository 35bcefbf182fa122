"""Schemathesis sends generated requests to every endpoint of the OpenAPI document.

Bounded (examples per endpoint and no deadline) so that the run stays short: it must
find no server error, no answer outside the documented statuses and no body or header
that breaks the document's schemas.
"""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

pytestmark = pytest.mark.django_db

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def no_rate_limit(settings):
    settings.API_RATE_LIMIT = "100000/m"


@schema.parametrize()
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_server_error_and_no_schema_violation(case, library):
    case.call_and_validate()
