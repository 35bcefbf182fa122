"""The case library answers every malformed address with a useful page, never a 500."""

import pytest

from tests.bad_input import assert_survives_bad_input
from tests.factories import CasePageFactory

pytestmark = pytest.mark.django_db


def test_case_library_survives_bad_input(client, site_tree):
    for number in range(14):  # two pages of results
        CasePageFactory(
            parent=site_tree.case_index,
            edition=site_tree.call,
            title=f"Library case {number}",
            technologies=["AI"],
        )

    # A well-formed value matching nothing (e.g. a Unicode slug) gives the empty result.
    assert_survives_bad_input(
        client, site_tree.case_index.url, "Library case", "No case matches these filters"
    )


def test_out_of_range_page_shows_the_last_page(client, site_tree):
    for number in range(14):
        CasePageFactory(
            parent=site_tree.case_index, edition=site_tree.call, title=f"Library case {number:02}"
        )
    response = client.get(site_tree.case_index.url, {"page": "99999"})
    assert response.status_code == 200
    assert response.context["cases"].number == 2
    assert response.context["cases"].paginator.count == 14
