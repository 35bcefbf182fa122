"""Events made through the Wagtail admin's add view, published and served."""

import datetime as dt

import pytest
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from events.models import EventIndexPage, EventPage
from tests.factories import CasePageFactory, OrganisationFactory, PersonFactory
from tests.utils import admin_add_url, form_errors, page_form_data, text_of

pytestmark = pytest.mark.django_db


def test_event_index_page_created_and_served(admin_client, bare_home):
    data = page_form_data(
        "Events", "events", {"introduction": rich_text("<p>Forums and briefings.</p>")}
    )

    response = admin_client.post(admin_add_url(EventIndexPage, bare_home), data)

    assert response.status_code == 302, form_errors(response)
    index = EventIndexPage.objects.get(slug="events")
    assert index.live
    served = admin_client.get(index.url)
    assert served.status_code == 200
    assert "Forums and briefings." in text_of(served)


def test_event_page_created_with_speakers_and_agenda_and_served(
    admin_client, site_tree, directions
):
    organiser = OrganisationFactory(name="Beijing Film Academy")
    speaker = PersonFactory(name="Wang Fang", title="Professor")
    case = CasePageFactory(
        parent=site_tree.case_index, edition=site_tree.call, title="Grotto conservation"
    )
    data = page_form_data(
        "Briefing session for the 2025 call",
        "briefing-2025",
        {
            "kind": "briefing",
            "summary": "How to take part in the 2025 call.",
            "hero_image": "",
            # Entered in the admin user's zone (UTC): 09:30–12:00 in Beijing.
            "starts_at": "2026-01-21 01:30",
            "ends_at": "2026-01-21 04:00",
            "time_zone": "Asia/Shanghai",
            "venue_name": "Academy lecture hall",
            "address": "4 Xitucheng Road",
            "city": "Beijing",
            "country": "CN",
            "online_url": "",
            "registration_url": "https://example.org/register",
            "organisations": inline_formset(
                [{"organisation": str(organiser.pk), "role": "organiser"}]
            ),
            "speakers": inline_formset(
                [
                    {
                        "person": str(speaker.pk),
                        "affiliation": "Digital heritage lab",
                        "talk_title": "Scanning the grottoes",
                    }
                ]
            ),
            "agenda_items": inline_formset(
                [
                    {"starts_at": "09:30", "title": "Welcome", "speakers": ""},
                    {"starts_at": "10:00", "title": "Cases presented", "speakers": "Wang Fang"},
                ]
            ),
            "body": streamfield([("text", rich_text("<p>Doors open at nine.</p>"))]),
            "recording": "",
            "attendance_people": "150",
            "attendance_countries": "10",
        },
        extra={"related_cases": [str(case.pk)]},
    )

    response = admin_client.post(admin_add_url(EventPage, site_tree.event_index), data)

    assert response.status_code == 302, form_errors(response)
    event = EventPage.objects.get(slug="briefing-2025")
    assert event.live
    assert event.starts_at == dt.datetime(2026, 1, 21, 1, 30, tzinfo=dt.UTC)
    assert event.local_start.hour == 9
    assert [s.person for s in event.speakers.all()] == [speaker]
    assert event.agenda_items.count() == 2
    assert list(event.related_cases.all()) == [case]

    served = admin_client.get(event.url)
    assert served.status_code == 200
    text = text_of(served)
    for expected in [
        "Briefing session for the 2025 call",
        "How to take part in the 2025 call.",
        "Wang Fang",
        "Scanning the grottoes",
        "Cases presented",
        "Beijing Film Academy",
        "Academy lecture hall",
        "Doors open at nine.",
        "Grotto conservation",
        "Asia/Shanghai",
    ]:
        assert expected in text, expected
