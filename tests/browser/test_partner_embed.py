"""A partner's page on another origin, under a strict security policy, embeds the cases.

A plain HTTP server on a second local port plays the partner: its pages allow scripts,
styles, images and connections from this site only and nothing inline. The widget must
show the cards (in Arabic right to left), log no console error and reach no other host;
the frame variant must take its height from the frame's messages.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.browser.checks import blocking_violations, watch_for_policy_violations

# Serialized rollback: each test here flushes the database, migrations' rows included;
# the next one gets them back (the root page, the locales).
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots"

WIDGET_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>Partner</title>
<script src="{site}/static/js/casebook-cases.js" defer></script></head>
<body><h1>Partner page</h1>
<casebook-cases count="3"><a href="{site}/{lang}/cases/">Cases</a></casebook-cases>
</body></html>"""

FRAME_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<script src="{site}/static/js/embed-resize.js" defer></script></head>
<body><h1>Partner page</h1>
<iframe src="{site}/en/embed/cases/?count=2&amp;origin={partner}" title="Cases"
 data-casebook width="600" height="150"></iframe>
</body></html>"""


@pytest.fixture
def partner(live_server):
    """``(origin, serve(html))``: a second origin whose pages keep to a strict policy."""
    pages = {}
    policy = (
        f"default-src 'none'; script-src {live_server.url}; style-src {live_server.url}; "
        f"img-src {live_server.url}; connect-src {live_server.url}; frame-src {live_server.url}"
    )

    class Partner(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path, "").encode()
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Security-Policy", policy)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Partner)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"

    def serve(path, html):
        pages[path] = html
        return origin + path

    yield origin, serve
    server.shutdown()


def watch(page):
    """Console errors and the hosts of every request the page makes."""
    seen = {"errors": [], "hosts": set()}
    page.on("console", lambda m: m.type == "error" and seen["errors"].append(m.text))
    page.on("pageerror", lambda error: seen["errors"].append(str(error)))
    page.on("request", lambda request: seen["hosts"].add(urlsplit(request.url).netloc))
    return seen


def test_partner_pages_show_the_cases_by_widget_and_by_frame(page, live_server, partner):
    call_command("load_demo_content", verbosity=0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    origin, serve = partner
    allowed = {urlsplit(origin).netloc, urlsplit(live_server.url).netloc}
    seen = watch(page)

    for lang, direction in [("en", "ltr"), ("ar", "rtl")]:
        page.goto(serve(f"/{lang}.html", WIDGET_PAGE.format(lang=lang, site=live_server.url)))
        cards = page.locator("casebook-cases .card")
        cards.first.wait_for()
        assert cards.count() == 3
        list_box = page.locator("casebook-cases .embed__main")
        assert list_box.get_attribute("dir") == direction
        assert list_box.get_attribute("lang") == lang
        first_link = page.locator("casebook-cases .card__title a").first
        assert first_link.get_attribute("href").startswith(f"{live_server.url}/{lang}/cases/")
        # Kept as an artefact (var/ is not committed) for a look at the partner's view.
        page.screenshot(path=SHOTS / f"partner-widget-{lang}.png", full_page=True)
        page.keyboard.press("Tab")
        assert page.evaluate(
            "document.activeElement.shadowRoot?.activeElement?.closest('.card') != null"
        ), "the first card link takes the keyboard focus"

    page.goto(serve("/frame.html", FRAME_PAGE.format(site=live_server.url, partner=origin)))
    frame = page.locator("iframe[data-casebook]")
    page.wait_for_function(
        "document.querySelector('iframe[data-casebook]').style.height !== ''", timeout=10_000
    )
    height = frame.evaluate("f => f.clientHeight")  # inside its border
    inner = (
        page.frame_locator("iframe[data-casebook]")
        .locator("html")
        .evaluate("html => html.getBoundingClientRect().height")
    )
    assert height > 150 and abs(height - inner) <= 2
    page.screenshot(path=SHOTS / "partner-frame.png", full_page=True)

    assert seen["errors"] == []
    assert seen["hosts"] <= allowed, seen["hosts"] - allowed

    # The page that builds the snippet, in three languages, with its live preview.
    refusals = watch_for_policy_violations(page)
    for lang in ["en", "ar", "zh-hans"]:
        refusals.clear()  # axe-core's own probes in the frame are refused too; not the page's
        page.goto(f"{live_server.url}/{lang}/embed/?count=3")
        page.locator("casebook-cases .card").first.wait_for()
        page.wait_for_function("document.querySelector('iframe.embed-preview').style.height")
        assert refusals == [], lang
        assert blocking_violations(page) == [], lang
        page.screenshot(path=SHOTS / f"embed-builder-{lang}.png", full_page=True)
