import pytest
from django.core.management import call_command
from django.db import transaction


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for this package inside a transaction rolled back at its end.

    Each test's own ``db`` transaction nests inside it (as with ``setUpTestData``).
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)
