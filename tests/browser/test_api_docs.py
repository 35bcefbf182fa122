"""The open-data API's documentation renders in the browser under the site's own policy."""

import pytest

from tests.browser.checks import watch_for_policy_violations

# Serialized rollback: each test here flushes the database, migrations' rows included;
# the next one gets them back (the root page, the locales).
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_api_docs_list_every_endpoint(page, live_server):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    refusals = watch_for_policy_violations(page)

    page.goto(f"{live_server.url}/api/v1/docs")
    page.locator(".opblock-summary-path").first.wait_for(timeout=15_000)

    paths = set(page.locator(".opblock-summary-path").all_inner_texts())
    assert {"/api/v1/cases/", "/api/v1/events/", "/api/v1/news/"} <= {p.strip() for p in paths}
    assert errors == [] and refusals == []
