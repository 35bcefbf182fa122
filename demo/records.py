"""The shapes of the data files in ``demo/data``, and the reader that checks them.

A file that does not fit (a missing or unknown key, a wrong type) stops the loader
before anything is saved, with the file's name and the place of the error.
"""

from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from django.core.management.base import CommandError
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

DATA_DIR = Path(__file__).resolve().parent / "data"
FICTIONAL = "(fictional)"


def _says_fictional(text):
    if FICTIONAL not in text:
        raise ValueError(f"an invented case's title and applicants' names end in {FICTIONAL}")
    return text


# The title of an invented case and the names of its applicants say they are invented.
Fictional = Annotated[str, AfterValidator(_says_fictional)]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ImageSpec(Record):
    key: str
    title: str
    subject: str  # what a photograph in its place would show


class DocumentSpec(Record):
    key: str
    title: str
    lines: list[str]  # "# " starts a heading


class PageRecord(Record):
    slug: str
    type: str | None = None  # app_label.ModelName, if not the file's
    translate: bool = False
    fields: dict[str, Any]


class PageFile(Record):
    parent: str  # the key of the parent page
    type: str | None = None  # app_label.ModelName of its pages
    pages: list[PageRecord]


class Organisation(Record):
    name: str
    short_name: str = ""
    kind: str
    country: str = ""


class Person(Record):
    name: str
    title: str
    affiliation: str | None = None  # an organisation's key


class PeopleFile(Record):
    organisations: dict[str, Organisation]
    people: dict[str, Person]


class TaxonomyFile(Record):
    cultural_domains: dict[str, str]  # slug: name; slugs appear in filter addresses
    technologies: list[str]  # tag names, spelt once for every case


class Home(Record):
    fields: dict[str, Any]
    finish: dict[str, Any]  # set when the pages these fields point to exist


class SiteFile(Record):
    site_name: str
    site_text: dict[str, str]
    contact_email: str
    home: Home


class Applicant(Record):
    name: Fictional
    kind: str
    country: str


class Figure(Record):
    label: str
    value: Decimal
    unit: str = ""


class Glance(Record):
    value: str
    unit: str = ""
    label: str


class Quote(Record):
    quote: str
    attribution: str
    role: str


class Case(Record):
    slug: str
    title: Fictional
    translate: bool = False
    summary: str = Field(max_length=300)
    direction: str  # a direction slug of the edition
    countries: list[str]
    city: str
    coordinates: tuple[Decimal, Decimal] | None = None  # latitude, longitude of the city
    domains: list[str]  # cultural domain slugs
    technologies: list[str]
    sdgs: list[int]
    year_completed: int
    recognition: Literal["", "selected", "exemplary"] = ""
    applicants: list[Applicant]
    figures: list[Figure]  # performance data
    glance: list[Glance]  # the body's key figures
    introduction: str
    practice: str
    quote: Quote  # an invented person
    hero: str  # what the hero picture stands in for
    gallery: list[str] = Field(min_length=2, max_length=3)  # captions
    criteria: dict[str, str] = {}  # criterion name: text


class CaseFile(Record):
    edition: int
    cases: list[Case]


def read(name, shape):
    """``demo/data/<name>.yaml`` as a ``shape`` record."""
    path = DATA_DIR / f"{name}.yaml"
    try:
        return shape.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (yaml.YAMLError, ValidationError) as error:
        raise CommandError(f"{path.name} is not valid:\n{error}") from None
