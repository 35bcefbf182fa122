"""The invented sample cases: one data file per edition, every case laid out the same way."""

from django.core.management.base import CommandError
from django_countries import countries as country_names

from cases.models import CaseCriterionSection, CasePage, SustainableDevelopmentGoal
from demo.fields import build, rich_text
from demo.pages import ensure_page
from demo.records import CaseFile, DocumentSpec, TaxonomyFile, read
from demo.snippets import ensure_organisation

FICTION_NOTICE = (
    "This is a fictional sample case written for the demonstration site. The project, its "
    "organisations, the people quoted and every figure on this page are invented."
)


def load(ctx, name):
    data = read(name, CaseFile)
    technologies = set(read("taxonomies", TaxonomyFile).technologies)
    for case in data.cases:
        if unknown := set(case.technologies) - technologies:
            raise CommandError(f"{name}.yaml: {case.slug} uses unknown technologies {unknown}")
        ensure_page(
            ctx,
            "page:cases",
            CasePage,
            case.slug,
            lambda case=case: _page(ctx, data.edition, case),
            case.translate,
        )


def _page(ctx, year, case):
    edition = ctx.need(f"page:calls/{year}")
    direction = edition.directions.filter(slug=case.direction).first()
    page = build(ctx, CasePage, _fields(ctx, edition, direction, case))
    page.direction = direction
    page.sdgs = list(SustainableDevelopmentGoal.objects.filter(number__in=case.sdgs))
    criteria = {criterion.name: criterion for criterion in edition.criteria.all()}
    page.criterion_sections = [
        CaseCriterionSection(criterion=criteria[name], text=rich_text(ctx, text), sort_order=n)
        for n, (name, text) in enumerate(case.criteria.items())
        if name in criteria
    ]
    return page


def _fields(ctx, edition, direction, case):
    short = case.title.replace(" (fictional)", "")
    latitude, longitude = case.coordinates or (None, None)
    gallery = [
        {
            "image": {
                "key": f"case-{case.slug}-{number}",
                "title": f"Sample image: {short} ({number})",
                "subject": caption[0].lower() + caption[1:].rstrip("."),
            },
            "caption": caption,
        }
        for number, caption in enumerate(case.gallery, start=1)
    ]
    return {
        "title": case.title,
        "summary": case.summary,
        "search_description": case.summary,
        "hero_image": {
            "key": f"case-{case.slug}",
            "title": f"Sample image: {short} (hero)",
            "subject": case.hero,
        },
        "edition": f"page:calls/{edition.year}",
        "countries": case.countries,
        "city": case.city,
        "latitude": latitude,
        "longitude": longitude,
        "cultural_domains": [f"domain:{slug}" for slug in case.domains],
        "technologies": case.technologies,
        "year_completed": case.year_completed,
        "recognition": case.recognition,
        "organisations": [
            {"organisation": ensure_organisation(ctx, applicant), "role": "applicant"}
            for applicant in case.applicants
        ],
        "key_figures": [figure.model_dump() for figure in case.figures],
        "body": [
            {"text": [case.introduction, FICTION_NOTICE]},
            {"key_figures": {"heading": "At a glance", "figures": _dump(case.glance)}},
            {"text": [{"h2": "How it works"}, case.practice]},
            {"quote": case.quote.model_dump()},
            {"gallery": {"heading": "Pictures", "images": gallery}},
            {
                "document": {
                    "document": _fact_sheet(edition, direction, case),
                    "title": "Fact sheet (PDF, sample)",
                    "description": "A one-page summary of this fictional case.",
                }
            },
        ],
    }


def _dump(records):
    return [record.model_dump() for record in records]


def _fact_sheet(edition, direction, case):
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
            f"{figure.label}: {figure.value:,}{(' ' + figure.unit) if figure.unit else ''}"
            for figure in case.figures
        ),
        "# Applicants (fictional)",
        *(applicant.name for applicant in case.applicants),
    ]
    title = f"SAMPLE fact sheet – {case.title}"
    return DocumentSpec(key=f"sample-fact-sheet-{case.slug}", title=title, lines=lines)
