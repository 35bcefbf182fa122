"""The case fixtures, shared with the partner outputs that publish those cases."""

from tests.cases.conftest import library, make_cases  # noqa: F401
