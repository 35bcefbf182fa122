"""The search page answers every malformed address with a useful page, never a 500."""

import pytest

from tests.bad_input import assert_survives_bad_input
from tests.factories import CasePageFactory

pytestmark = pytest.mark.django_db


def test_search_survives_bad_input(client, site_tree):
    for number in range(14):
        CasePageFactory(
            parent=site_tree.case_index, edition=site_tree.call, title=f"Mural scan {number}"
        )

    # The search form (its own label, not the header's) or a count of results.
    assert_survives_bad_input(client, "/en/search/", "Search for", "results for")
