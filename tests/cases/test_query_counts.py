"""Query counts of the case library, a case and a call do not grow with their items."""

import itertools

import pytest

from cases.models import (
    CallContact,
    CallCriterion,
    CallDirection,
    CallGuideline,
    CallOrganisation,
    CallStage,
    CaseCriterionSection,
    CaseKeyFigure,
    CaseOrganisation,
    CaseRelatedCase,
)
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db

# Every public page type keeps within twelve queries when rendered afresh, with what
# pages share (header, menus, footer, settings, routes) in the fragment cache.
CEILING_LIBRARY = 12
CEILING_CASE = 12
CEILING_CALL = 12


def test_case_library(site_tree, make_cases, assert_constant_queries):
    make_cases(10)

    before, after = assert_constant_queries(
        site_tree.case_index.url, lambda: make_cases(90), CEILING_LIBRARY
    )

    assert before.context["cases"].paginator.count == 10
    assert after.context["cases"].paginator.count == 100


def test_case_library_filtered(site_tree, make_cases, assert_constant_queries):
    make_cases(10)
    url = site_tree.case_index.url + "?edition=2024&technology=ai&sdg=4"

    before, after = assert_constant_queries(url, lambda: make_cases(90), CEILING_LIBRARY)

    assert before.context["cases"].paginator.count < after.context["cases"].paginator.count


def test_case_page(site_tree, make_cases, assert_constant_queries):
    subject = make_cases(1, recognition="exemplary")[0]
    criteria = list(site_tree.call.criteria.all())

    def grow(n):
        others = make_cases(n)
        for i, other in enumerate(others):
            CaseRelatedCase.objects.create(page=subject, case=other, sort_order=i)
            CaseKeyFigure.objects.create(page=subject, label=f"figure {i}", value=i, unit="people")
            CaseOrganisation.objects.create(
                page=subject, organisation=OrganisationFactory(), role="applicant"
            )
            CaseCriterionSection.objects.create(
                page=subject, criterion=criteria[i % len(criteria)], text=f"<p>Section {i}</p>"
            )
        for _ in range(n // 5):
            EventPageFactory(parent=site_tree.event_index, related_cases=[subject])
            NewsPageFactory(parent=site_tree.news_index, related_cases=[subject])

    grow(10)
    before, after = assert_constant_queries(subject.url, lambda: grow(90), CEILING_CASE)

    assert after.content.count(b"figures__item") > before.content.count(b"figures__item")


def test_call_page(site_tree, assert_constant_queries):
    call = site_tree.call
    counter = itertools.count()

    def grow(n):
        for _ in range(n):
            i = next(counter)
            CallDirection.objects.create(page=call, name=f"Direction {i}", slug=f"direction-{i}")
            CallGuideline.objects.create(page=call, text=f"Guideline {i}")
            CallCriterion.objects.create(page=call, name=f"Criterion {i}", description="Why.")
            CallStage.objects.create(page=call, kind="other", title=f"Stage {i}")
            CallContact.objects.create(page=call, name=f"Contact {i}", email="c@example.org")
            CallOrganisation.objects.create(
                page=call, organisation=OrganisationFactory(), role="backing"
            )

    grow(10)
    before, after = assert_constant_queries(call.url, lambda: grow(90), CEILING_CALL)

    assert b"Criterion 99" in after.content and b"Criterion 99" not in before.content
