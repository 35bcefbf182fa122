"""Answers rendered without the page cache: compressed, with validators and the right
headers for shared caches; static files compressed with brotli too."""

import brotli
import pytest
from whitenoise.compress import Compressor

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("accepted", "encoding"), [("gzip, deflate, br", "br"), ("gzip", "gzip")])
def test_html_is_compressed_when_the_client_accepts_it(client, site_tree, accepted, encoding):
    response = client.get(site_tree.home.url, HTTP_ACCEPT_ENCODING=accepted)
    assert response["Content-Encoding"] == encoding
    assert "Accept-Encoding" in response["Vary"]
    plain = client.get(site_tree.home.url)
    assert len(response.content) < len(plain.content) / 2
    if encoding == "br":
        assert brotli.decompress(response.content) == plain.content


def test_an_uncached_page_has_an_etag_and_answers_304(client, site_tree):
    first = client.get(site_tree.about.url)
    assert "public" in first["Cache-Control"] and "stale-while-revalidate" in first["Cache-Control"]
    again = client.get(site_tree.about.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_a_search_is_never_answered_by_a_shared_cache(client, site_tree, page_cache):
    response = client.get("/en/search/?query=heritage")
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_static_files_are_compressed_with_brotli_as_well(tmp_path):
    # What CompressedManifestStaticFilesStorage runs at collectstatic in production.
    css = tmp_path / "site.css"
    css.write_text("body { color: #222; }\n" * 200)
    written = list(Compressor(quiet=True).compress(str(css)))
    assert str(css) + ".br" in written and str(css) + ".gz" in written


def test_the_benchmarks_constant_page_is_not_served_by_default(client, site_tree):
    # Unrouted, the address falls to the pages, which have none there.
    assert client.get("/bench/ceiling/", follow=True).status_code == 404
