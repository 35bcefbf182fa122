"""The invented sample cases in the case library."""

from decimal import Decimal

from django_countries import countries as country_names

from cases.models import (
    CaseCriterionSection,
    CaseKeyFigure,
    CaseOrganisation,
    CasePage,
    SustainableDevelopmentGoal,
)
from demo.base import (
    document_block,
    ensure_page,
    gallery_block,
    heading,
    key_figures_block,
    ordered,
    paragraphs,
    quote_block,
    text_block,
)
from demo.cases_2024 import CASES_2024
from demo.cases_2025 import CASES_2025
from demo.documents import ensure_pdf
from demo.images import ensure_image
from demo.organisations import ensure_fictional_organisation

SAMPLE_CASES = (*CASES_2024, *CASES_2025)

FICTION_NOTICE = (
    "This is a fictional sample case written for the demonstration site. The project, its "
    "organisations, the people quoted and every figure on this page are invented."
)


def load(ctx):
    index = ctx.indexes["cases"]
    for case in SAMPLE_CASES:
        ctx.cases[case.slug] = ensure_page(
            ctx, index, CasePage, case.slug, lambda case=case: build(ctx, case)
        )


def _alt(subject):
    return (
        "Abstract generated illustration of translucent coloured shapes marked SAMPLE, "
        f"standing in for a photo of {subject}"
    )


def _pictures(ctx, case):
    hero_subject, *captions = case.pictures
    short = case.title.replace(" (fictional)", "")
    hero = ensure_image(
        ctx,
        f"case-{case.slug}",
        f"Sample image: {short} (hero)",
        _alt(hero_subject) + ".",
        subtitle="Fictional sample case",
    )
    gallery = [
        (
            ensure_image(
                ctx,
                f"case-{case.slug}-{number}",
                f"Sample image: {short} ({number})",
                _alt(caption[0].lower() + caption[1:]),
            ),
            caption,
        )
        for number, caption in enumerate(captions, start=1)
    ]
    return hero, gallery


def _fact_sheet(ctx, case, edition, direction):
    places = ", ".join(str(country_names.name(code)) for code in case.countries)
    lines = [
        "SAMPLE - a fictional case generated for the Casebook demonstration site.",
        "",
        case.summary,
        "",
        f"Edition: {edition.year}",
        f"{edition.directions_label}: {direction.name if direction else '-'}",
        f"Place: {case.city}, {places}",
        f"Completed: {case.year_completed}",
        "Technologies: " + ", ".join(case.technologies),
        "# Performance data (invented)",
        *(
            f"{label}: {value:,}{(' ' + unit) if unit else ''}"
            for label, value, unit in case.figures
        ),
        "# Applicants (fictional)",
        *(name for name, _kind, _country in case.applicants),
    ]
    return ensure_pdf(
        ctx, f"sample-fact-sheet-{case.slug}", f"SAMPLE fact sheet – {case.title}", lines
    )


def build(ctx, case):
    assert "(fictional)" in case.title and len(case.summary) <= 300, case.slug
    assert len(case.pictures) in (3, 4), f"{case.slug}: a hero and 2-3 gallery pictures"
    edition = ctx.calls[case.edition]
    direction = edition.directions.filter(slug=case.direction).first()
    criteria = {criterion.name: criterion for criterion in edition.criteria.all()}
    hero, gallery = _pictures(ctx, case)
    fact_sheet = _fact_sheet(ctx, case, edition, direction)
    text, attribution, role = case.quote

    page = CasePage(
        title=case.title,
        summary=case.summary,
        search_description=case.summary,
        hero_image=hero,
        edition=edition,
        direction=direction,
        countries=list(case.countries),
        city=case.city,
        latitude=Decimal(str(case.coordinates[0])) if case.coordinates else None,
        longitude=Decimal(str(case.coordinates[1])) if case.coordinates else None,
        cultural_domains=[ctx.domains[slug] for slug in case.domains],
        sdgs=list(SustainableDevelopmentGoal.objects.filter(number__in=case.sdgs)),
        year_completed=case.year_completed,
        recognition=case.recognition,
        organisations=ordered(
            [
                CaseOrganisation(
                    organisation=ensure_fictional_organisation(ctx, name, kind, country),
                    role=CaseOrganisation.Role.APPLICANT,
                )
                for name, kind, country in case.applicants
            ]
        ),
        key_figures=ordered(
            [
                CaseKeyFigure(label=label, value=Decimal(value), unit=unit)
                for label, value, unit in case.figures
            ]
        ),
        criterion_sections=ordered(
            [
                CaseCriterionSection(criterion=criteria[name], text=paragraphs(text))
                for name, text in case.criteria.items()
                if name in criteria
            ]
        ),
        body=[
            text_block(paragraphs(case.introduction, FICTION_NOTICE)),
            key_figures_block("At a glance", case.glance),
            text_block(heading("How it works") + paragraphs(case.practice)),
            quote_block(text, attribution, role),
            gallery_block("Pictures", gallery),
            document_block(
                fact_sheet,
                "Fact sheet (PDF, sample)",
                "A one-page summary of this fictional case.",
            ),
        ],
    )
    page.technologies.add(*case.technologies)
    return page
