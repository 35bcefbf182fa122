"""Related cases: the editor's picks first, then cases sharing the most topics, never itself."""

import datetime as dt

import pytest
from django.utils import timezone

from cases.models import CaseRelatedCase
from tests.conftest import shared_per_module
from tests.factories import CasePageFactory, CulturalDomainFactory

pytestmark = pytest.mark.django_db


@shared_per_module
def cases(site_tree):
    directions = list(site_tree.call.directions.all())
    heritage = CulturalDomainFactory(name="Heritage", slug="heritage")
    music = CulturalDomainFactory(name="Music", slug="music")
    base = timezone.now() - dt.timedelta(days=30)

    def case(title, domains, technologies, direction, days=0, **kwargs):
        return CasePageFactory(
            parent=site_tree.case_index,
            edition=site_tree.call,
            title=title,
            cultural_domains=domains,
            technologies=technologies,
            direction=direction,
            first_published_at=base + dt.timedelta(days=days),
            **kwargs,
        )

    tech, collab = directions
    return {
        "subject": case("Subject", [heritage], ["AI", "VR"], tech),
        # Shares domain + 2 technologies (3 topics).
        "three": case("Shares three", [heritage], ["AI", "VR"], collab, days=1),
        # Shares 1 technology; newer than "one_old".
        "one_new": case("Shares one, newer", [music], ["AI"], collab, days=5),
        "one_old": case("Shares one, older", [music], ["VR"], collab, days=2),
        # Shares only the direction.
        "direction": case("Same direction", [music], ["Big data"], tech, days=3),
        "unrelated": case("Unrelated", [music], ["Big data"], collab, days=6),
        "draft": case("Draft sharing all", [heritage], ["AI", "VR"], tech, live=False),
        "picked_a": case("Picked A", [music], [], collab, days=7),
        "picked_b": case("Picked B", [music], [], collab, days=8),
    }


def pick(case, *picks):
    for order, other in enumerate(picks):
        CaseRelatedCase.objects.create(page=case, case=other, sort_order=order)


def titles(pages):
    return [page.title for page in pages]


def test_automatic_related_by_shared_topics(cases):
    related = cases["subject"].related()
    assert titles(related) == ["Shares three", "Shares one, newer", "Shares one, older"]


def test_manual_picks_come_first_in_the_editors_order(cases):
    pick(cases["subject"], cases["picked_b"], cases["picked_a"])
    related = cases["subject"].related()
    assert titles(related) == ["Picked B", "Picked A", "Shares three"]


def test_a_picked_case_is_not_repeated_automatically(cases):
    pick(cases["subject"], cases["three"])
    related = cases["subject"].related()
    assert titles(related) == ["Shares three", "Shares one, newer", "Shares one, older"]


def test_never_itself_nor_drafts(cases):
    subject = cases["subject"]
    for name in ["three", "one_new", "one_old"]:
        cases[name].delete()
    related = subject.related()
    assert subject.pk not in [page.pk for page in related]
    assert "Draft sharing all" not in titles(related)
    # With the topic-sharing cases gone, the direction still relates one.
    assert titles(related) == ["Same direction"]


def test_never_itself_even_when_the_editor_picks_it(cases):
    subject = cases["subject"]
    pick(subject, subject, cases["picked_a"])
    related = subject.related()
    assert subject.pk not in [page.pk for page in related]
    assert titles(related)[0] == "Picked A"


def test_draft_picks_are_skipped(cases):
    pick(cases["subject"], cases["draft"], cases["picked_a"])
    assert titles(cases["subject"].related())[:1] == ["Picked A"]


def test_case_page_renders_related_cases_in_order(client, cases):
    subject = cases["subject"]
    pick(subject, cases["picked_a"])

    response = client.get(subject.url)

    assert response.status_code == 200
    html = response.content.decode()
    section = html[html.index("Related cases") :]
    positions = [section.index(t) for t in ["Picked A", "Shares three", "Shares one, newer"]]
    assert positions == sorted(positions)
    assert "Unrelated" not in section
    assert "Shares one, older" not in section  # three are shown
