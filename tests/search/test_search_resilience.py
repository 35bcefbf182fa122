"""The search page when the engine fails, counting search terms, and promotions."""

import socket
import time

import pytest
from django.db import DatabaseError
from django.test import override_settings
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import PageViewRestriction

from config.settings.search_backends import search_backends
from search import hits
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SEARCH = "/en/search/"


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def grotto(site_tree):
    return StandardPageFactory(
        parent=site_tree.home, title="Grotto murals", introduction="Murals in the grottoes."
    )


def test_engine_down_falls_back_on_the_database_index(client, grotto, caplog):
    unreachable = search_backends(f"opensearch://127.0.0.1:{closed_port()}", "down")
    with override_settings(WAGTAILSEARCH_BACKENDS=unreachable):
        response = client.get(SEARCH, {"query": "grotto"})

    assert response.status_code == 200
    assert "simpler search" in response.content.decode()
    assert grotto.pk in [page.pk for page in response.context["results"]]
    assert "Search engine failed" in caplog.text


def test_nothing_answers_gives_a_clear_503(client, grotto, caplog):
    only_engine = {
        "default": search_backends(f"opensearch://127.0.0.1:{closed_port()}", "x")["default"]
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=only_engine):
        response = client.get(SEARCH, {"query": "grotto"})

    assert response.status_code == 503
    assert "Search is not available at the moment" in response.content.decode()
    assert "No search backend answered" in caplog.text


def test_search_terms_are_written_in_a_batch_not_per_request(client, grotto):
    hits.flush()  # what earlier tests counted
    QueryDailyHits.objects.all().delete()
    for _ in range(3):
        client.get(SEARCH, {"query": "Grotto"})

    assert not QueryDailyHits.objects.exists(), "a search wrote to the database"
    assert hits.flush() == 1
    assert QueryDailyHits.objects.get(query__query_string="grotto").hits == 3


def test_promoted_results_come_first(client, grotto, site_tree):
    promoted = StandardPageFactory(parent=site_tree.home, title="How to apply")
    SearchPromotion.objects.create(
        query=Query.get("grotto"), page=promoted, description="Start here", sort_order=0
    )

    html = client.get(SEARCH, {"query": "grotto"}).content.decode()

    assert html.index("How to apply") < html.index("Grotto murals")
    assert "Start here" in html


def test_a_promoted_page_behind_a_password_is_not_shown(client, grotto, site_tree):
    private = StandardPageFactory(parent=site_tree.home, title="Jury notes")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="jury"
    )
    SearchPromotion.objects.create(
        query=Query.get("grotto"), page=private, description="For the jury", sort_order=0
    )

    response = client.get(SEARCH, {"query": "grotto"})

    assert list(response.context["promotions"]) == []
    assert "For the jury" not in response.content.decode()


def test_suggestions_fall_back_on_the_database_index(client, grotto, caplog):
    unreachable = search_backends(f"opensearch://127.0.0.1:{closed_port()}", "down")
    with override_settings(WAGTAILSEARCH_BACKENDS=unreachable):
        response = client.get("/en/search/suggest/", {"query": "grot"})

    assert response.status_code == 200
    assert [item["title"] for item in response.json()["suggestions"]] == ["Grotto murals"]
    assert "Search engine failed" in caplog.text


def test_suggestions_answer_503_when_nothing_answers(client, grotto):
    only_engine = {
        "default": search_backends(f"opensearch://127.0.0.1:{closed_port()}", "x")["default"]
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=only_engine):
        response = client.get("/en/search/suggest/", {"query": "grot"})

    assert response.status_code == 503
    assert response.json()["suggestions"] == []


def test_a_hung_engine_costs_one_timeout_then_rests(client, grotto, hung_engine, caplog):
    port, accepted = hung_engine
    assert search_backends("opensearch://127.0.0.1:9200", "x")["default"]["TIMEOUT"] == 2
    backends = search_backends(f"opensearch://127.0.0.1:{port}", "hung", timeout=0.5)
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        started = time.monotonic()
        first = client.get(SEARCH, {"query": "grotto"})
        waited = time.monotonic() - started
        tried = len(accepted)
        second = client.get(SEARCH, {"query": "grotto"})
        suggested = client.get("/en/search/suggest/", {"query": "gro"})

    # One short timeout, not the 5-6 s a long client timeout (with retries) would cost.
    assert first.status_code == 200 and waited < 3, waited
    assert "simpler search" in first.content.decode()
    assert grotto.pk in [page.pk for page in first.context["results"]]
    assert tried >= 1
    # The engine rests: the next search and the suggestions go straight to the database.
    assert grotto.pk in [page.pk for page in second.context["results"]]
    assert suggested.status_code == 200
    assert len(accepted) == tried
    assert caplog.text.count("Search engine failed") == 1


def test_one_bad_term_does_not_lose_the_batch(grotto, monkeypatch):
    hits.flush()
    QueryDailyHits.objects.all().delete()
    real_get = Query.get

    def refuse_one(query_string):
        if query_string == "refused":
            raise DatabaseError("the database refuses this term")
        return real_get(query_string)

    monkeypatch.setattr(Query, "get", staticmethod(refuse_one))
    for term in ("grotto", "refused", "murals"):
        hits.record_hit(term)
    assert hits.flush() == 2
    assert set(QueryDailyHits.objects.values_list("query__query_string", flat=True)) == {
        "grotto",
        "murals",
    }
