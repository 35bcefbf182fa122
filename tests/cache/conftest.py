"""The case fixtures, for the pages the cache tests publish."""

from tests.cases.conftest import library, make_cases  # noqa: F401
