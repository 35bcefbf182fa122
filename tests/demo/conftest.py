import pytest
from django.db import transaction
from django.test import Client

from demo.builder import load_demo_content

# The pages the tests of this package visit (in every language: they share their pictures).
VISITED = ["", "calls/2024/", "cases/loom-pattern-ai-archive/", "events/", "faq/", "contact/"]
VISITED += ["events/2025-call-briefing-session/", "news/forum-coverage-china-daily/"]
VISITED += ["events/convention-20th-anniversary-forum/", "calls/2025/", "calls/"]


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for this package inside a transaction rolled back at its end.

    Each test's own ``db`` transaction nests inside it (as with ``setUpTestData``).
    Yields the loader's context (its tally and warnings).
    """
    with django_db_blocker.unblock(), transaction.atomic():
        ctx = load_demo_content()
        # Renditions made once here, not again in every test (each test is rolled back).
        client = Client()
        for path in VISITED:
            assert client.get(f"/en/{path}").status_code == 200, path
        yield ctx
        transaction.set_rollback(True)
