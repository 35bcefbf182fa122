"""Unknown addresses give the site's 404 page."""

import pytest

from tests.utils import text_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/en/no-such-page/", "/en/cases/no-such-case/", "/en/x/y/z/"])
def test_unknown_address_gives_the_404_page(client, site_tree, path):
    response = client.get(path)

    assert response.status_code == 404
    html = response.content.decode()
    # The site's layout: language, skip link, header with search.
    assert '<html lang="en"' in html
    assert 'href="#main"' in html
    assert 'name="query"' in html
    assert "Page not found" in text_of(response)
