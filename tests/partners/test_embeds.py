"""Embeds for partners: the oEmbed provider, the frames it points to and the snippet builder."""

from xml.etree import ElementTree

import lxml.html
import pytest

from tests.factories import EventPageFactory, ImageFactory, NewsPageFactory
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db

# What oEmbed 1.0 requires of every answer, and of a rich one (https://oembed.com, 2.3.4).
REQUIRED = {"type", "version"}
REQUIRED_RICH = {"html", "width", "height"}


def oembed(client, url, **params):
    return client.get("/oembed/", {"url": url, **params})


def test_a_case_answers_a_rich_embed_of_its_card(client, library):
    case = library.opera

    response = oembed(client, case.full_url)

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    data = response.json()
    assert set(data) >= REQUIRED | REQUIRED_RICH
    assert (data["version"], data["type"], data["title"]) == ("1.0", "rich", case.title)
    assert (data["width"], data["height"]) == (480, 420)
    frame = lxml.html.fragment_fromstring(data["html"])
    assert frame.tag == "iframe" and frame.get("title") == case.title
    source = frame.get("src")
    assert source.endswith(f"/en/embed/page/{case.pk}/")
    card = client.get(source.removeprefix("http://testserver"))
    assert card.status_code == 200 and case.title in card.content.decode()


def test_limits_and_thumbnail(client, make_cases):
    (case,) = make_cases(1)
    case.hero_image = ImageFactory(file__width=1200, file__height=800)
    case.save()

    data = oembed(client, case.full_url, maxwidth=300, maxheight=200).json()
    assert (data["width"], data["height"]) == (300, 200)
    assert "thumbnail_url" not in data  # 480×300 would not fit within 300×200
    data = oembed(client, case.full_url, maxwidth="abc").json()
    assert data["width"] == 480
    assert (data["thumbnail_width"], data["thumbnail_height"]) == (480, 300)
    assert {"thumbnail_url", "thumbnail_width", "thumbnail_height"} <= set(data)


def test_xml_answers_the_same(client, library):
    response = oembed(client, library.opera.full_url, format="xml")

    assert response["Content-Type"] == "text/xml; charset=utf-8"
    root = ElementTree.fromstring(response.content)
    assert root.tag == "oembed"
    fields = {child.tag: child.text for child in root}
    assert set(fields) >= REQUIRED | REQUIRED_RICH
    assert fields["type"] == "rich" and fields["html"].startswith("<iframe")


def test_events_news_and_translations_are_embeddable(client, site_tree, library):
    event = EventPageFactory(parent=site_tree.event_index, title="Sample forum")
    news = NewsPageFactory(parent=site_tree.news_index, title="Sample announcement")
    french = translate_page(library.opera, "fr")

    for page in [event, news, french]:
        data = oembed(client, page.full_url).json()
        language = page.locale.language_code
        assert data["title"] == page.title and data["type"] == "rich"
        assert f"/{language}/embed/page/{page.pk}/" in data["html"]


@pytest.mark.parametrize(
    "params, status",
    [
        ({"url": "https://elsewhere.example/en/cases/virtual-opera-house/"}, 404),
        ({"url": "/en/cases/no-such-case/"}, 404),
        ({"url": ""}, 404),
        ({}, 404),
        ({"url": "/en/"}, 404),  # the home page is no case, event or news item
        ({"url": "/en/cases/virtual-opera-house/", "format": "yaml"}, 501),
    ],
)
def test_other_addresses_are_refused(client, library, params, status):
    assert client.get("/oembed/", params).status_code == status


def test_pages_announce_the_provider(client, library):
    html = client.get(library.opera.url).content.decode()
    links = lxml.html.fromstring(html).xpath('//link[@type="application/json+oembed"]/@href')
    (link,) = links
    assert client.get(link.removeprefix("http://testserver")).json()["title"] == library.opera.title
    assert lxml.html.fromstring(html).xpath('//link[@type="text/xml+oembed"]') == []
    assert len(lxml.html.fromstring(html).xpath('//link[@type="application/xml+oembed"]')) == 1


def test_embed_frames_may_be_framed_and_other_pages_may_not(client, site_tree, library):
    frame = client.get("/en/embed/cases/?technology=vr&count=1&origin=https://partner.example")
    assert frame.status_code == 200
    assert "X-Frame-Options" not in frame
    assert "frame-ancestors *" in frame["Content-Security-Policy"]
    body = lxml.html.fromstring(frame.content)
    assert body.xpath("//body/@data-partner-origin") == ["https://partner.example"]
    assert len(body.xpath('//ul[@class="cards"]/li')) == 1
    page = client.get(library.opera.url)
    assert page["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in page["Content-Security-Policy"]


@pytest.mark.parametrize("origin", ["javascript:alert(1)", "https://partner.example/path", "x"])
def test_a_frame_sends_its_height_only_to_a_real_origin(client, library, origin):
    frame = client.get("/en/embed/cases/", {"origin": origin})
    assert lxml.html.fromstring(frame.content).xpath("//body/@data-partner-origin") == [""]


def test_the_builder_writes_the_snippet_for_the_chosen_filters(client, site_tree, library):
    translate_page(site_tree.case_index, "fr")

    response = client.get("/fr/embed/?technology=vr&count=4&year=abc")

    assert response.status_code == 200
    html = lxml.html.fromstring(response.content)
    widget, frame, wagtail, wordpress = html.xpath('//pre[@class="snippet"]/code/text()')
    assert '"endpoint": "http://testserver/oembed/"' in wagtail
    assert r'"urls": [r"^http://testserver/.+$"]' in wagtail
    assert (
        wordpress == "wp_oembed_add_provider( 'http://testserver/*', 'http://testserver/oembed/' );"
    )
    assert '<casebook-cases lang="fr" technology="vr" count="4">' in widget
    assert "/static/js/casebook-cases.js" in widget
    assert "/fr/embed/cases/?technology=vr&amp;count=4&amp;origin=" in frame
    assert "/static/js/embed-resize.js" in frame
    (preview,) = html.xpath("//casebook-cases")
    assert (preview.get("technology"), preview.get("count")) == ("vr", "4")
    assert html.xpath("//iframe[@data-casebook]/@src")[0].startswith(
        "http://testserver/fr/embed/cases/?technology=vr&count=4&origin="
    )
    assert html.xpath('//select[@name="count"]/option[@selected]/@value') == ["4"]


def test_the_library_links_to_the_builder_with_its_filters(client, site_tree, library):
    html = client.get(f"{site_tree.case_index.url}?technology=vr").content.decode()
    assert 'href="/en/embed/?technology=vr"' in html
