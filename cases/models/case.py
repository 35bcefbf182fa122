"""The case library and a single case."""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from cases.filters import CaseFilter
from cases.models.calls import CallCriterion, CallDirection, CallPage
from cases.models.taxonomies import CaseTechnologyTag
from cases.related import related_cases, topic_tags
from core.cards import cards, on_demand
from core.downloads import licence
from core.feeds import feed_links
from core.localization import localize_all, localize_relation, localized_card_links
from core.models import ContentPage, IndexPage, OrganisationRole, WithOrganisations
from core.pagination import paginate
from core.translation import TranslatableOrderable, synchronised, translated

RELATED_CASES_SHOWN = 3


class CaseIndexPage(IndexPage):
    subpage_types = ["cases.CasePage"]
    feed_url_name = "case_feed"

    class Meta:
        verbose_name = _("case library")

    def filter_cases(self, params):
        """The library's cases filtered by ``params``; its option counts are kept in the
        cache until a case here changes."""
        return CaseFilter(params, self.children(), counts_key=f"library:{self.pk}")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        case_filter = self.filter_cases(request.GET)
        context["filter"] = case_filter
        context["filter_query"] = urlencode(case_filter.selected)
        context["feeds"] = feed_links(self.feed_url_name, context["filter_query"])
        context["licence"] = licence()
        cases = paginate(request, case_filter.results())
        cases.object_list = localized_card_links(list(cases.object_list))
        context["cases"] = cases
        return context


class CasePage(WithOrganisations, ContentPage):
    class Recognition(models.TextChoices):
        NONE = "", pgettext_lazy("case recognition", "None")
        SELECTED = "selected", _("Selected case")
        EXEMPLARY = "exemplary", _("Exemplary case")

    edition = models.ForeignKey(
        CallPage,
        verbose_name=_("edition"),
        on_delete=models.PROTECT,
        related_name="cases",
    )
    direction = models.ForeignKey(
        CallDirection,
        verbose_name=_("direction"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    countries = CountryField(_("countries"), multiple=True, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    cultural_domains = ParentalManyToManyField(
        "cases.CulturalDomain", verbose_name=_("cultural domains"), blank=True, related_name="+"
    )
    technologies = ClusterTaggableManager(
        through=CaseTechnologyTag, verbose_name=_("technologies"), blank=True
    )
    sdgs = ParentalManyToManyField(
        "cases.SustainableDevelopmentGoal",
        verbose_name=_("Sustainable Development Goals"),
        blank=True,
        related_name="+",
    )
    year_completed = models.PositiveSmallIntegerField(
        _("year completed"),
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("Year the work was completed, published or patented."),
    )
    recognition = models.CharField(
        _("recognition"), max_length=20, choices=Recognition.choices, blank=True
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    content_panels = [
        *ContentPage.introduction_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("edition"), FieldPanel("direction")]),
                FieldRowPanel([FieldPanel("year_completed"), FieldPanel("recognition")]),
            ],
            heading=_("Edition"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("countries"),
                FieldPanel("city"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("cultural_domains"),
                FieldPanel("technologies"),
                FieldPanel("sdgs"),
            ],
            heading=_("Topics"),
        ),
        InlinePanel("organisations", heading=_("Organisations"), label=_("Organisation")),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("Key figure")),
        InlinePanel(
            "criterion_sections",
            heading=_("How the case meets the evaluation criteria"),
            label=_("Criterion"),
        ),
        FieldPanel("body"),
        InlinePanel("related_cases", heading=_("Related cases"), label=_("Related case")),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("city"),
        index.FilterField("year_completed"),
        index.FilterField("edition"),
        index.FilterField("direction"),
    ]
    translatable_fields = [
        *ContentPage.translatable_fields,
        *translated("city", "key_figures", "criterion_sections"),
        *synchronised("edition", "direction", "countries", "cultural_domains", "sdgs"),
        *synchronised("technology_items", "year_completed", "recognition"),
        *synchronised("latitude", "longitude", "organisations", "related_cases"),
    ]

    parent_page_types = ["cases.CaseIndexPage"]
    subpage_types = []
    card_meta_template = "cases/case_card_meta.html"

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def clean(self):
        super().clean()
        errors = {}
        edition = self.edition if self.edition_id else None
        if edition and self.year_completed:
            years = edition.eligible_years()
            if years and self.year_completed not in years:
                errors["year_completed"] = _(
                    "The %(edition)s edition accepts work completed from %(first)s to %(last)s."
                ) % {"edition": edition.year, "first": years[0], "last": years[-1]}
        if edition and self.direction_id and self.direction.page_id != edition.pk:
            errors["direction"] = _("Choose a direction of the %(edition)s edition.") % {
                "edition": edition.year
            }
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Give both latitude and longitude, or neither.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def record_relations(cls):
        return (
            "edition",
            "direction",
            "hero_image__renditions",
            "listing_image__renditions",
            "cultural_domains",
            "sdgs",
            Prefetch("technology_items", CaseTechnologyTag.objects.select_related("tag")),
            Prefetch("organisations", CaseOrganisation.objects.select_related("organisation")),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        edition, direction = localize_all([self.edition, self.direction])
        domains = localize_all(self.cultural_domains.all())
        library_url = self.get_parent().get_url(request)
        sections = self.criterion_sections.select_related("criterion")
        context.update(
            edition=edition,
            direction=direction,
            facts=CaseFilter.links_for(self, library_url, edition, direction, domains),
            criterion_sections=localize_relation(sections, "criterion"),
            related_cases=on_demand(lambda: cards(self.related())),
            linked_events=on_demand(lambda: self.pages_linking_here("events", "starts_at")),
            linked_news=on_demand(lambda: self.pages_linking_here("news", "date")),
        )
        return context

    def related(self):
        """Editor-picked related cases first, then cases sharing the most topics."""
        return related_cases(self, RELATED_CASES_SHOWN)

    def extra_purge_tags(self):
        domain_ids = self.cultural_domains.values_list("pk", flat=True)
        tag_ids = self.technology_items.values_list("tag_id", flat=True)
        return topic_tags(self.locale_id, domain_ids, tag_ids, self.direction_id)


class CaseOrganisation(OrganisationRole):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="organisations")


class CaseKeyFigure(TranslatableOrderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="key_figures")
    label = models.CharField(_("label"), max_length=120)
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=40, blank=True)

    panels = [FieldRowPanel([FieldPanel("value"), FieldPanel("unit")]), FieldPanel("label")]
    translatable_fields = [*translated("label", "unit"), *synchronised("value")]

    def __str__(self):
        return f"{self.label}: {self.value} {self.unit}".strip()


class CaseCriterionSection(TranslatableOrderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="criterion_sections")
    criterion = models.ForeignKey(
        CallCriterion, verbose_name=_("criterion"), on_delete=models.CASCADE, related_name="+"
    )
    text = RichTextField(_("text"), features=["bold", "italic", "link", "ul", "ol"])

    panels = [FieldPanel("criterion"), FieldPanel("text")]
    translatable_fields = [*translated("text"), *synchronised("criterion")]


class CaseRelatedCase(Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="related_cases")
    case = models.ForeignKey(
        CasePage, verbose_name=_("case"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("case")]
