"""The sample pages say what the source documents say, in English and in French.

Seed 000 (the 2024 call), 001 (the 2026 briefing) and 002 (the anniversary forum) are
checked against the rendered pages; what the seeds do not give (the forum's date, the
deadline's time zone) is shown with a note saying so.
"""

import datetime as dt
import re

import pytest
from django.utils import translation
from wagtail.models import Locale

from cases.models import CallPage
from demo.translate import FILE_NAMES, TRANSLATIONS_DIR, Catalogue
from events.models import EventPage
from news.models import NewsPage
from tests.utils import text_of

CRITERIA = ["Demonstrability", "Innovation", "Applicability", "Completeness", "Sustainability"]
FORM_PAGE = "https://city.cri.cn/20240410/80e4df7d-11e0-2414-dae2-befd6680766e.html"
PLACEHOLDER = "Placeholder date: the source gives none"


def french(text):
    """The French of a sample-content string, from the loader's own translation file.

    Its spaces as the page text shows them (``text_of`` makes every space plain).
    """
    return plain(Catalogue(TRANSLATIONS_DIR / f"{FILE_NAMES['fr']}.po").get(text, None))


def plain(text):
    return re.sub(r"\s+", " ", text)


def page_text(client, model, language, **lookup):
    page = model.objects.get(locale=Locale.objects.get(language_code=language), **lookup)
    with translation.override(language):
        response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode(), text_of(response)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_2024_call(demo, db, client, language):
    html, text = page_text(client, CallPage, language, year=2024)
    assert "media@unesco-iccsd.com" in text
    assert FORM_PAGE in html
    example = "China, Beijing, XXX Project"
    assert (french(example) if language == "fr" else example) in text
    # Numbers read left to right on right-to-left pages too (dir="ltr").
    assert 'href="tel:+8613552192286" dir="ltr"' in html
    assert 'href="tel:+8618600501919" dir="ltr"' in html
    call = CallPage.objects.get(locale__language_code=language, year=2024)
    assert [criterion.name for criterion in call.criteria.all()] == [
        french(name) if language == "fr" else name for name in CRITERIA
    ]
    may = [None, *(dt.date(2024, 5, day) for day in range(1, 21))]
    assert [(s.starts_on, s.ends_on) for s in call.stages.all()] == [
        (None, may[9]),
        (may[10], may[12]),
        (may[13], may[15]),
        (may[16], may[20]),
    ]
    for criterion in call.criteria.all():
        assert criterion.name in text
    subject = "Country + City of the Case + Case Name"
    assert (french(subject) if language == "fr" else subject) in text
    note = "Time zone assumed: the call gives 12:00 noon without a time zone"
    assert (french(note) if language == "fr" else note) in text
    assert "UNESCO" not in {o.organisation.short_name for o in call.organisations.all()}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_2025_call_has_no_dates(demo, db, client, language):
    _html, text = page_text(client, CallPage, language, year=2025)
    with translation.override(language):
        status = f"{translation.gettext('Status:')} {translation.gettext('Dates not announced')}"
        assert plain(status) in text
        assert translation.gettext("Upcoming") not in text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_forum(demo, db, client, language):
    _html, text = page_text(client, EventPage, language, slug="convention-20th-anniversary-forum")
    with translation.override(language):
        up_to = translation.ngettext(
            "up to %(counter)s participant", "up to %(counter)s participants", 150
        ) % {"counter": 150}
    assert up_to in text
    assert re.search(r"\b10\b", text)
    note = french(PLACEHOLDER) if language == "fr" else PLACEHOLDER
    assert f"({note})" in text
    assert "Shahbaz Khan" in text


def test_the_forum_placeholder_shows_in_listings(demo, db, client):
    forum = EventPage.objects.get(
        slug="convention-20th-anniversary-forum", locale__language_code="en"
    )
    assert f"({PLACEHOLDER})" in text_of(client.get(forum.get_parent().url))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_briefing(demo, db, client, language):
    _html, text = page_text(client, EventPage, language, slug="2025-call-briefing-session")
    for name in ("Liu Bing", "Chen Jie", "Zhang Zheng", "Du Fanding", "Liu Changyuan"):
        assert name in text
    assert "2026" in text and "21" in text


def test_the_banner_tells_invented_cases_from_public_reports(demo, db, client):
    forum = EventPage.objects.get(
        slug="convention-20th-anniversary-forum", locale__language_code="en"
    )
    text = text_of(client.get(forum.url))
    assert "The cases marked as fictional" in text
    assert "the calls, events and news summarise public reports" in text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_forum_coverage(demo, db, client, language):
    _html, text = page_text(client, NewsPage, language, slug="forum-coverage-china-daily")
    assert "China Daily" in text
    assert "Shahbaz Khan" in text
    assert re.search(r"\b150\b", text) and re.search(r"\b800\b", text)
    note = french(PLACEHOLDER) if language == "fr" else PLACEHOLDER
    assert f"({note})" in text
    attendance = (
        "The newspaper described the forum, organised by ICCSD under the guidance of the "
        "Beijing Science and Technology Commission and the Zhongguancun Science Park "
        "Administrative Committee, with support from the Beijing Science and Technology "
        "Innovation Promotion Center. Up to 150 representatives from ten countries, among "
        "them France, Germany and Austria, took part."
    )
    assert (french(attendance) if language == "fr" else attendance) in text
