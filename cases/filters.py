"""Combinable filters for the case library, with a count for every option.

Each facet reads one query parameter and cleans it with a Django form field. A
value that cannot be a valid value (``?year=abc``, ``?year=²``, an unknown country
code, a 5,000-character slug, a NUL) is ignored and reported back to the visitor;
a well-formed value that matches nothing simply gives an empty result with a way
back. The facets also own the addresses that point into the library, so a case
page's links use the same parameter names (``CaseFilter.links_for``).
"""

import hashlib
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Count, Exists, OuterRef
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from cases.models.calls import CallDirection, CallPage
from cases.models.taxonomies import SDG_NAMES, CulturalDomain
from core import cache_tags
from core.localization import active_locale_id
from core.text import SLUG_PATTERN

MAX_VALUE_LENGTH = 100


@dataclass
class Link:
    label: str
    url: str


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    url: str


class Facet:
    param = ""
    label = ""
    lookup = ""
    label_lookup = ""

    def field(self):
        return forms.RegexField(SLUG_PATTERN, max_length=MAX_VALUE_LENGTH)

    def clean(self, raw):
        """The value to filter on, or None when ``raw`` cannot be a value of this facet."""
        try:
            return self.field().clean(raw)
        except ValidationError:
            return None

    def link(self, library_url, value, label):
        """A link to the library filtered on ``value``."""
        return Link(label=str(label), url=f"{library_url}?{urlencode({self.param: value})}")

    def apply(self, queryset, value):
        return queryset.filter(**{self.lookup: value})

    def counts(self, queryset):
        """[(value, label, count)] over the cases in ``queryset``."""
        label_lookup = self.label_lookup or self.lookup
        rows = (
            queryset.order_by()
            .values(self.lookup, label_lookup)
            .annotate(n=Count("pk", distinct=True))
            .filter(**{f"{self.lookup}__isnull": False})
        )
        return [(str(r[self.lookup]), str(r[label_lookup]), r["n"]) for r in rows]

    def sort_key(self, option):
        return option.label.lower()


class ManyValuedFacet(Facet):
    """A facet on a relation a case has several of (domains, technologies, goals)."""

    def apply(self, queryset, value):
        # A join would repeat a case once per match; EXISTS keeps one row per case and
        # leaves the planner far fewer joins to order than a DISTINCT or IN over them.
        relation, _, field = self.lookup.partition("__")
        related = queryset.model._meta.get_field(relation)
        if related.many_to_many:
            # Through the link table: these fields have no reverse relation to name.
            matches = related.remote_field.through.objects.filter(
                **{
                    related.m2m_field_name(): OuterRef("pk"),
                    f"{related.m2m_reverse_field_name()}__{field}": value,
                }
            )
        else:
            matches = related.related_model.objects.filter(
                **{related.remote_field.name: OuterRef("pk"), field: value}
            )
        return queryset.filter(Exists(matches))


class IntegerFacet(Facet):
    def field(self):
        return forms.IntegerField(min_value=0, max_value=9999)

    def sort_key(self, option):
        return -int(option.value)


class EditionFacet(IntegerFacet):
    param, label, lookup = "edition", _("Edition"), "edition__year"


class YearFacet(IntegerFacet):
    param, label, lookup = "year", _("Year completed"), "year_completed"


class TranslatedNamesFacet(Facet):
    """Options named in the visitor's language (cases link to the source-language objects)."""

    names_model = None

    def names_listed(self):
        """Tags the answer with what renaming an option changes (core.cache_tags)."""

    def counts(self, queryset):
        self.names_listed()
        rows = super().counts(queryset)
        names = dict(
            self.names_model.objects.filter(
                locale_id=active_locale_id(), slug__in=[value for value, _label, _n in rows]
            ).values_list("slug", "name")
        )
        return [(value, names.get(value, label), n) for value, label, n in rows]


class DirectionFacet(TranslatedNamesFacet):
    param, label = "direction", _("Direction")
    lookup, label_lookup = "direction__slug", "direction__name"
    names_model = CallDirection

    def names_listed(self):
        cache_tags.listing_of_pages(CallPage, active_locale_id())


class DomainFacet(ManyValuedFacet, TranslatedNamesFacet):
    param, label = "domain", _("Cultural domain")
    lookup, label_lookup = "cultural_domains__slug", "cultural_domains__name"
    names_model = CulturalDomain

    def names_listed(self):
        cache_tags.listing_of_objects(CulturalDomain)


class TechnologyFacet(ManyValuedFacet):
    param, label = "technology", _("Technology")
    lookup, label_lookup = "technology_items__tag__slug", "technology_items__tag__name"


class SdgFacet(ManyValuedFacet, IntegerFacet):
    param, label, lookup = "sdg", _("Sustainable Development Goal"), "sdgs__number"

    def field(self):
        return forms.TypedChoiceField(choices=list(SDG_NAMES.items()), coerce=int)

    def counts(self, queryset):
        return [
            (value, f"{value}. {SDG_NAMES[int(value)]}", n)
            for value, _label, n in super().counts(queryset)
        ]

    def sort_key(self, option):
        return int(option.value)


class CountryFacet(Facet):
    param, label = "country", _("Country")

    def field(self):
        return forms.ChoiceField(choices=list(countries))

    def clean(self, raw):
        return super().clean(raw.upper())

    def apply(self, queryset, value):
        # Several countries are stored as "CN,FR": every two-letter run between
        # commas is a whole code, so a substring match is exact.
        return queryset.filter(countries__contains=value)

    def counts(self, queryset):
        tally = Counter()
        for stored in queryset.order_by().values_list("countries", flat=True):
            tally.update(code for code in str(stored).split(",") if code)
        return [(code, str(countries.name(code)), n) for code, n in tally.items()]


EDITION, DIRECTION, DOMAIN, TECHNOLOGY, COUNTRY, SDG, YEAR = FACETS = [
    EditionFacet(),
    DirectionFacet(),
    DomainFacet(),
    TechnologyFacet(),
    CountryFacet(),
    SdgFacet(),
    YearFacet(),
]


class CaseFilter:
    """``facets`` read from ``params`` over ``queryset``; ``keep`` are parameters of the
    page's own (a search query) that every filter address carries along."""

    def __init__(self, params, queryset, facets=FACETS, keep=None, counts_key=None):
        self.params = params
        # With a name for ``queryset`` (the library of a language), its option counts are
        # kept in the cache until a case there changes.
        self.counts_key = counts_key
        self.base = queryset
        self.facet_list = facets
        self.keep = keep or {}
        self.selected = {}
        self.ignored = []
        for facet in facets:
            raw = params.get(facet.param, "").strip()
            if not raw:
                continue
            value = facet.clean(raw)
            if value is None:
                self.ignored.append(facet.label)
            else:
                self.selected[facet.param] = value

    def filtered(self, skip=None):
        queryset = self.base
        for facet in self.facet_list:
            if facet.param in self.selected and facet.param != skip:
                queryset = facet.apply(queryset, self.selected[facet.param])
        return queryset

    def results(self):
        # Cards and feeds never show the body: it is not read. Renditions are not
        # prefetched: a kept card needs none, and a card rendered afresh finds its few
        # in Wagtail's rendition cache (all of an image's renditions are dozens of rows).
        return (
            self.filtered()
            .defer_streamfields()
            .select_related("edition", "direction", "hero_image", "listing_image")
            .order_by("-edition__year", "title")
        )

    def url_with(self, **changes):
        """The library address with some parameters changed (None removes one)."""
        state = {**self.keep, **{param: str(value) for param, value in self.selected.items()}}
        state.update(changes)
        query = urlencode({k: v for k, v in state.items() if v is not None})
        return f"?{query}" if query else "?"

    @cached_property
    def facets(self):
        """[(facet, [Option])] for the filter form, each counted under the other filters."""
        listing = []
        for facet in self.facet_list:
            current = str(self.selected.get(facet.param, ""))
            options = [
                Option(
                    value=value,
                    label=label,
                    count=n,
                    selected=value == current,
                    url=self.url_with(**{facet.param: None if value == current else value}),
                )
                for value, label, n in self.option_counts[facet.param]
            ]
            listing.append((facet, sorted(options, key=facet.sort_key)))
        return listing

    @cached_property
    def option_counts(self):
        """{param: [(value, label, count)]}, each facet counted under the other filters.

        With a ``counts_key``, kept in the cache as one entry per combination of filters:
        one read for the whole form.
        """

        def count_all():
            return {
                facet.param: facet.counts(self.filtered(skip=facet.param))
                for facet in self.facet_list
            }

        if self.counts_key is None:
            return count_all()
        selected = sorted((param, str(value)) for param, value in self.selected.items())
        state = f"{self.counts_key}|{translation.get_language()}|{selected}"
        key = "facet-counts:" + hashlib.sha256(state.encode()).hexdigest()
        return cache_tags.kept(key, count_all, settings.FRAGMENT_CACHE_SECONDS, inherit=True)

    @property
    def is_active(self):
        return bool(self.selected)

    def clear_url(self):
        return self.url_with(**dict.fromkeys(self.selected))

    @staticmethod
    def links_for(case, library_url, edition, direction, domains):
        """Links from a case page's facts into the library, one per value the case has.

        ``edition``, ``direction`` and ``domains`` come in the visitor's language.
        """
        return {
            "edition": EDITION.link(library_url, edition.year, edition.year),
            "direction": direction and DIRECTION.link(library_url, direction.slug, direction),
            "countries": [
                COUNTRY.link(library_url, country.code, country.name) for country in case.countries
            ],
            "year": YEAR.link(library_url, case.year_completed, case.year_completed),
            "domains": [DOMAIN.link(library_url, domain.slug, domain.name) for domain in domains],
            "technologies": [
                TECHNOLOGY.link(library_url, item.tag.slug, item.tag.name)
                for item in case.technology_items.all()
            ],
            "sdgs": [
                SDG.link(library_url, sdg.number, f"{sdg.number}. {sdg.name}")
                for sdg in case.sdgs.all()
            ],
        }
