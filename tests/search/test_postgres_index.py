"""PostgreSQL gets an index on the expression its search backend matches."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a PostgreSQL index")
def test_the_matched_vector_is_indexed():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'casebook_indexentry_text_gin'"
        )
        (definition,) = cursor.fetchone()

    assert "USING gin" in definition
    assert "(title || body)" in definition
