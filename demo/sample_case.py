"""The shape of one invented sample case."""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SampleCase:
    slug: str
    title: str
    summary: str
    edition: int
    direction: str  # a direction slug of the edition
    countries: tuple
    city: str
    coordinates: tuple | None  # (latitude, longitude) of the city
    domains: tuple  # cultural domain slugs
    technologies: tuple
    sdgs: tuple
    year_completed: int
    recognition: str  # "", "selected" or "exemplary"
    applicants: tuple  # ((name, Organisation.Kind, country), ...); names end in "(fictional)"
    figures: tuple  # performance data: ((label, value, unit), ...)
    glance: tuple  # the body's key figures: ((value, unit, label), ...)
    introduction: str
    practice: str
    quote: tuple  # (quotation, attribution, role): an invented person
    pictures: tuple  # (hero subject, gallery caption, gallery caption[, gallery caption])
    criteria: dict = field(default_factory=dict)  # criterion name: text (2024 cases)
