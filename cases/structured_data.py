"""JSON-LD of a case (CreativeWork and Project) and of a call, from their API records."""

from cases.api import call_records, case_records
from cases.models import CallPage, CasePage
from core.structured_data import describes, image_urls, organisation, web_page


@describes(CasePage)
def describe_case(page, request, versions):
    (record,) = case_records(request, [page])
    described = {
        **web_page(page, request, versions, "CreativeWork"),
        "@type": ["CreativeWork", "Project"],
        "headline": record["title"],
        "abstract": record["summary"],
        "datePublished": record["first_published_at"],
        "dateModified": record["last_published_at"],
        "dateCreated": str(record["year_completed"]),
        "keywords": [term["label"] for term in record["technologies"]],
        "about": [
            {"@type": "DefinedTerm", "name": term["label"]}
            for term in [*record["cultural_domains"], *record["sdgs"]]
        ],
        "spatialCoverage": [
            {"@type": "Country", "name": country["label"], "identifier": country["value"]}
            for country in record["countries"]
        ],
        "creator": [organisation(role["organisation"]) for role in record["organisations"]],
        "isPartOf": {
            "@type": "CreativeWork",
            "name": page.edition.title,
            "url": page.edition.get_full_url(request),
        },
    }
    if record["direction"]:
        described["genre"] = record["direction"]["label"]
    if images := image_urls(record["image"]):
        described["image"] = images
    return described


@describes(CallPage)
def describe_call(page, request, versions):
    (record,) = call_records(request, [page])
    described = {
        **web_page(page, request, versions, "CreativeWork"),
        "headline": record["title"],
        "about": record["theme"],
        "datePublished": record["first_published_at"],
        "dateModified": record["last_published_at"],
        "publisher": [organisation(role["organisation"]) for role in record["organisations"]],
    }
    if record["closes_at"]:
        described["expires"] = record["closes_at"]
    return described
