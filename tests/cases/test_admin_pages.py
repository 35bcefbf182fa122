"""Calls and cases made through the Wagtail admin's add view, published and served."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from cases.models import (
    CallIndexPage,
    CallPage,
    CaseIndexPage,
    CasePage,
    SustainableDevelopmentGoal,
)
from tests.factories import CulturalDomainFactory, DocumentFactory, OrganisationFactory
from tests.utils import admin_add_url, form_errors, page_form_data, text_of

pytestmark = pytest.mark.django_db

CRITERIA = ["Innovation", "Cultural diversity", "Sustainability", "Replicability", "Impact"]


def test_call_index_page_created_and_served(admin_client, bare_home):
    data = page_form_data(
        "Calls for cases",
        "calls",
        {"introduction": rich_text("<p>Every edition of the call.</p>")},
    )

    response = admin_client.post(admin_add_url(CallIndexPage, bare_home), data)

    assert response.status_code == 302, form_errors(response)
    index = CallIndexPage.objects.get(slug="calls")
    assert index.live
    served = admin_client.get(index.url)
    assert served.status_code == 200
    assert "Every edition of the call." in text_of(served)


def call_form_data(organisation, application_form):
    return page_form_data(
        "Call for cases 2026",
        "2026",
        {
            "year": "2026",
            "theme": "Cultural diversity in the age of generative AI",
            "introduction": rich_text("<p>We collect cases from all regions.</p>"),
            "directions_label": "Directions",
            "directions": inline_formset(
                [
                    {"name": "Breakthrough technologies", "slug": "breakthroughs"},
                    {"name": "Culture and technology together", "slug": "together"},
                ]
            ),
            "eligible_from_year": "2023",
            "eligible_to_year": "2026",
            "eligibility": rich_text("<p>Completed between 2023 and 2026.</p>"),
            "guidelines": inline_formset([{"text": "Describe the case in 3,000 words at most."}]),
            "criteria": inline_formset(
                [{"name": name, "description": f"How the case shows {name}."} for name in CRITERIA]
            ),
            "time_zone": "Asia/Shanghai",
            "opens_at": "2026-03-01 00:00",
            # The admin user works in UTC: 04:00 UTC is noon in Beijing.
            "closes_at": "2026-05-09 04:00",
            "stages": inline_formset(
                [
                    {"kind": "submission", "title": "Submission", "starts_on": "2026-03-01"},
                    {"kind": "screening", "title": "Preliminary screening"},
                    {"kind": "review", "title": "Expert review"},
                    {
                        "kind": "announcement",
                        "title": "Announcement of results",
                        "starts_on": "2026-05-16",
                        "ends_on": "2026-05-20",
                    },
                ]
            ),
            "submission_email": "cases2026@example.org",
            "submission_subject_format": "Country + City + Case Name",
            "submission_subject_example": "Kenya + Nairobi + Beadwork Archive",
            "submission_instructions": rich_text("<p>Send the form and pictures.</p>"),
            "application_form": str(application_form.pk),
            "promotion": rich_text("<p>Selected cases are published.</p>"),
            "organisations": inline_formset(
                [{"organisation": str(organisation.pk), "role": "host"}]
            ),
            "contacts": inline_formset(
                [{"name": "Ms Zhang", "email": "zhang@example.org", "phone": "+86 10 0000 0000"}]
            ),
            "body": streamfield([]),
        },
    )


def test_call_page_created_with_inlines_and_served(admin_client, site_tree):
    organisation = OrganisationFactory(name="Centre for Creativity")
    form = DocumentFactory(title="Application form 2026")

    response = admin_client.post(
        admin_add_url(CallPage, site_tree.call_index), call_form_data(organisation, form)
    )

    assert response.status_code == 302, form_errors(response)
    call = CallPage.objects.get(year=2026)
    assert call.live
    assert [d.slug for d in call.directions.all()] == ["breakthroughs", "together"]
    assert [c.name for c in call.criteria.all()] == CRITERIA
    assert call.stages.count() == 4
    assert call.closes_at == dt.datetime(2026, 5, 9, 4, tzinfo=dt.UTC)
    assert call.organisations.get().organisation == organisation

    served = admin_client.get(call.url)
    assert served.status_code == 200
    text = text_of(served)
    assert "Cultural diversity in the age of generative AI" in text
    for name in CRITERIA:
        assert name in text
    assert "Breakthrough technologies" in text
    assert "Ms Zhang" in text
    assert "cases2026@example.org" in text
    assert "Country + City + Case Name" in text
    assert "Application form 2026" in text
    assert "Centre for Creativity" in text
    assert served.content.decode().count(form.url) >= 1


def test_case_index_page_created_and_served(admin_client, bare_home):
    data = page_form_data(
        "Case library", "cases", {"introduction": rich_text("<p>All the cases.</p>")}
    )

    response = admin_client.post(admin_add_url(CaseIndexPage, bare_home), data)

    assert response.status_code == 302, form_errors(response)
    index = CaseIndexPage.objects.get(slug="cases")
    assert index.live
    served = admin_client.get(index.url)
    assert served.status_code == 200
    assert "All the cases." in text_of(served)


def case_form_data(call, direction, year, *, title="Dunhuang murals online", extra=None):
    """POST data for a case; ``extra`` holds the multiple-choice fields."""
    return page_form_data(
        title,
        "dunhuang-murals-online",
        {
            "summary": "High-resolution scans let anyone walk through the grottoes.",
            "hero_image": "",
            "edition": str(call.pk),
            "direction": str(direction.pk) if direction else "",
            "year_completed": str(year),
            "recognition": "exemplary",
            "city": "Dunhuang",
            "latitude": "40.042",
            "longitude": "94.808",
            "technologies": "3D scanning, Virtual reality",
            "organisations": inline_formset([]),
            "key_figures": inline_formset(
                [{"label": "visitors online", "value": "1500000", "unit": "people"}]
            ),
            "criterion_sections": inline_formset(
                [
                    {
                        "criterion": str(call.criteria.get(name="Innovation").pk),
                        "text": rich_text("<p>The first full-cave scan.</p>"),
                    }
                ]
            ),
            "body": streamfield([("text", rich_text("<p>How the team scanned 30 caves.</p>"))]),
            "related_cases": inline_formset([]),
        },
        extra=extra,
    )


def test_case_page_created_with_taxonomies_and_served(admin_client, site_tree, directions):
    heritage = CulturalDomainFactory(name="Tangible heritage", slug="heritage")
    organisation = OrganisationFactory(name="Dunhuang Academy")
    data = case_form_data(
        site_tree.call,
        directions[0],
        2023,
        extra={
            "countries": ["CN", "FR"],
            "cultural_domains": [str(heritage.pk)],
            "sdgs": [str(goal) for goal in sdg_pks(4, 11)],
        },
    )
    data.update(
        {
            "organisations-TOTAL_FORMS": "1",
            "organisations-0-organisation": str(organisation.pk),
            "organisations-0-role": "applicant",
            "organisations-0-ORDER": "0",
            "organisations-0-DELETE": "",
        }
    )

    response = admin_client.post(admin_add_url(CasePage, site_tree.case_index), data)

    assert response.status_code == 302, form_errors(response)
    case = CasePage.objects.get(slug="dunhuang-murals-online")
    assert case.live
    assert case.edition.specific == site_tree.call
    assert case.direction == directions[0]
    assert [c.code for c in case.countries] == ["CN", "FR"]
    assert sorted(case.technologies.names()) == ["3D scanning", "Virtual reality"]
    assert sorted(g.number for g in case.sdgs.all()) == [4, 11]
    assert list(case.cultural_domains.all()) == [heritage]
    assert case.year_completed == 2023

    served = admin_client.get(case.url)
    assert served.status_code == 200
    text = text_of(served)
    assert "Dunhuang murals online" in text
    assert "High-resolution scans let anyone walk through the grottoes." in text
    assert directions[0].name in text
    assert "How the team scanned 30 caves." in text
    assert "The first full-cave scan." in text
    assert "Dunhuang Academy" in text
    assert "France" in text


def sdg_pks(*numbers):
    return SustainableDevelopmentGoal.objects.filter(number__in=numbers).values_list(
        "pk", flat=True
    )


# Year completed and direction are checked against the edition.

WINDOW_ERROR = "The 2024 edition accepts work completed from 2021 to 2024."


def test_admin_refuses_year_outside_the_editions_window(admin_client, site_tree, directions):
    response = admin_client.post(
        admin_add_url(CasePage, site_tree.case_index),
        case_form_data(site_tree.call, directions[0], 2019),
    )

    assert response.status_code == 200
    assert "year_completed" in response.context["form"].errors
    assert WINDOW_ERROR in response.content.decode()
    assert not CasePage.objects.exists()


def test_admin_refuses_direction_of_another_edition(admin_client, site_tree):
    other_direction = site_tree.call_2025.directions.first()

    response = admin_client.post(
        admin_add_url(CasePage, site_tree.case_index),
        case_form_data(site_tree.call, other_direction, 2023),
    )

    assert response.status_code == 200
    assert "direction" in response.context["form"].errors
    assert "Choose a direction of the 2024 edition." in response.content.decode()
    assert not CasePage.objects.exists()


def unsaved_case(call, year, direction=None):
    return CasePage(
        title="A case",
        slug="a-case",
        summary="A summary.",
        edition=call,
        direction=direction,
        year_completed=year,
    )


@pytest.mark.parametrize("year", [2019, 2020, 2025])
def test_full_clean_refuses_years_outside_the_window(site_tree, year):
    case = unsaved_case(site_tree.call, year)
    with pytest.raises(ValidationError) as caught:
        case.full_clean()
    assert WINDOW_ERROR in caught.value.message_dict["year_completed"]


@pytest.mark.parametrize("year", [2021, 2024])
def test_full_clean_accepts_the_windows_ends(site_tree, directions, year):
    case = unsaved_case(site_tree.call, year, directions[1])
    site_tree.case_index.add_child(instance=case)  # Page.save runs full_clean
    assert CasePage.objects.get(pk=case.pk).year_completed == year


def test_full_clean_refuses_a_direction_of_another_edition(site_tree):
    case = unsaved_case(site_tree.call, 2023, site_tree.call_2025.directions.first())
    with pytest.raises(ValidationError) as caught:
        case.full_clean()
    assert "direction" in caught.value.message_dict


def test_window_follows_each_edition(site_tree):
    """2025 accepts 2022–2025: 2025 is refused for 2024 but valid for 2025."""
    case = unsaved_case(site_tree.call_2025, 2025, site_tree.call_2025.directions.first())
    site_tree.case_index.add_child(instance=case)
    assert case.pk


def test_no_window_means_any_year(site_tree):
    site_tree.call.eligible_from_year = None
    site_tree.call.save()
    case = unsaved_case(site_tree.call, 1999)
    site_tree.case_index.add_child(instance=case)
    assert case.pk
