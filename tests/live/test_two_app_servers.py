"""Two app servers behind one load balancer share PostgreSQL and Redis: a publish through
one is purged from the page cache the other serves.

Both are gunicorn with the site's own configuration, started here on two ports against
the test database and a throwaway redis-server. An editor signs in to the first one
and publishes the case's waiting revision with the admin's bulk action.
"""

import urllib.parse

import pytest

from tests.factories import CasePageFactory
from tests.live.conftest import EDITOR
from tests.live.services import app_server, redis_server
from tests.live.site_client import app_environment, form_token, get, signed_in

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_publish_through_one_server_is_seen_through_the_other(live_site):
    tree = live_site
    case = CasePageFactory(parent=tree.case_index, title="Sample river archive", edition=tree.call)

    with (
        redis_server() as cache_url,
        app_server(app_environment(cache_url)) as first,
        app_server(app_environment(cache_url)) as second,
    ):
        for path in (case.url, tree.case_index.url):
            rendered, _ = get(first + path)
            # The second server answers from the entry the first one stored.
            shared, body = get(second + path)
            assert shared["Last-Modified"] == rendered["Last-Modified"], path
            assert "Sample river archive" in body

        case.title = "Sample river archive, second edition"
        case.save_revision()  # waiting for an editor: nothing changes yet
        assert "second edition" not in get(second + case.url)[1]

        opener = signed_in(first, *EDITOR)
        publish = f"{first}/admin/bulk/wagtailcore/page/publish/?id={case.pk}&next=/admin/"
        token = form_token(opener, publish)
        opener.open(publish, urllib.parse.urlencode({"csrfmiddlewaretoken": token}).encode())

        for path in (case.url, tree.case_index.url):
            _, body = get(second + path)
            assert "Sample river archive, second edition" in body, path
