"""Visitors' pages read from a PostgreSQL streaming replica; editors read the primary; a
page rendered from the replica before it caught up with a publish is purged again.

The replica is a real standby of the test database's server (pg_basebackup), its replay
paused by the test to stand for replication lag. The app server runs with
DATABASE_REPLICA_URL and queues its tasks for a real ``manage.py db_worker``.
"""

import time
import urllib.parse
from urllib.error import HTTPError

import psycopg
import pytest
from django.db import connection

from tests.factories import CasePageFactory
from tests.live.conftest import EDITOR
from tests.live.services import app_server, postgres_standby, redis_server, task_worker
from tests.live.site_client import app_environment, database_url, form_token, get, signed_in

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

LAG_SECONDS = 4


def replay(port, action):
    """Pauses or resumes the standby's replay of the primary's changes."""
    db = connection.settings_dict
    with psycopg.connect(
        host="127.0.0.1", port=port, user=db["USER"], dbname=db["NAME"], autocommit=True
    ) as standby:
        standby.execute(f"SELECT pg_wal_replay_{action}()")


def test_visitors_read_the_replica_and_a_lagging_render_is_purged_again(live_site):
    tree = live_site
    case = CasePageFactory(parent=tree.case_index, title="Sample lake archive", edition=tree.call)

    with redis_server() as cache_url, postgres_standby(connection.settings_dict) as standby:
        environment = {
            **app_environment(cache_url),
            "DATABASE_REPLICA_URL": database_url(port=standby),
            "REPLICA_LAG_SECONDS": str(LAG_SECONDS),
            "TASKS_BACKEND": "database",
        }
        with app_server(environment) as server, task_worker(environment):
            assert "Sample lake archive" in get(server + case.url)[1]

            case.title = "Sample lake archive, revised"
            case.save_revision()
            replay(standby, "pause")  # the replica falls behind from here
            editor = signed_in(server, *EDITOR)
            publish = f"{server}/admin/bulk/wagtailcore/page/publish/?id={case.pk}&next=/admin/"
            token = form_token(editor, publish)
            editor.open(publish, urllib.parse.urlencode({"csrfmiddlewaretoken": token}).encode())

            # The publish purged the page; a visitor's render reads the lagging replica
            # (and is kept).
            assert "revised" not in get(server + case.url)[1]
            # A case added meanwhile is on the primary only: the signed-in editor finds
            # it, a visitor does not yet.
            added = CasePageFactory(
                parent=tree.case_index, title="Sample new case", edition=tree.call
            )
            with editor.open(f"{server}/admin/pages/{added.pk}/edit/", timeout=20) as response:
                assert "Sample new case" in response.read().decode()
            with pytest.raises(HTTPError) as missing:
                get(server + added.url)
            assert missing.value.code == 404

            replay(standby, "resume")
            deadline = time.monotonic() + LAG_SECONDS + 20
            while "revised" not in (body := get(server + case.url)[1]):
                assert time.monotonic() < deadline, "the page kept its lagging render"
                time.sleep(0.5)
            assert "Sample lake archive, revised" in body
