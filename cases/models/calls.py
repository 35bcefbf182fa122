"""A call for cases (one page per edition) and the index of editions."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core import cache_tags
from core.blocks import BodyStreamBlock
from core.models import BasePage, IndexPage, OrganisationRole, WithOrganisations, note_field
from core.timezones import time_zone_field
from core.translation import (
    PAGE_FIELDS,
    TranslatableOrderable,
    synchronised,
    translated,
)


class CallIndexPage(IndexPage):
    subpage_types = ["cases.CallPage"]

    class Meta:
        verbose_name = _("calls index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["calls"] = self.children().order_by("-year").prefetch_related("stages")
        return context


class CallStatus(models.TextChoices):
    DATES_NOT_ANNOUNCED = "dates_not_announced", _("Dates not announced")
    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open for submissions")
    UNDER_REVIEW = "under_review", _("Under review")
    RESULTS_PUBLISHED = "results_published", _("Results published")


class CallPage(WithOrganisations, BasePage):
    """One edition of the call for cases, with its rules and timetable."""

    year = models.PositiveSmallIntegerField(_("edition year"))
    theme = models.CharField(_("theme"), max_length=255)
    introduction = RichTextField(_("introduction"), features=["bold", "italic", "link", "ul"])
    directions_label = models.CharField(
        _("name for the directions"),
        max_length=60,
        default=_("Directions"),
        help_text=_("How this edition names its strands, for example Directions or Key areas."),
    )
    eligible_from_year = models.PositiveSmallIntegerField(
        _("completed from (year)"), null=True, blank=True
    )
    eligible_to_year = models.PositiveSmallIntegerField(
        _("completed until (year)"), null=True, blank=True
    )
    eligibility = RichTextField(_("eligibility"), blank=True, features=["bold", "italic", "link"])
    opens_at = models.DateTimeField(
        _("opens"), null=True, blank=True, help_text=_("Empty: open as soon as published.")
    )
    closes_at = models.DateTimeField(
        _("deadline"), null=True, blank=True, help_text=_("Empty: the deadline is not announced.")
    )
    deadline_note = note_field(_("note on the deadline"))
    time_zone = time_zone_field(
        _("organiser's time zone"),
        help_text=_("Visitors see the dates in this time zone, with UTC beside it."),
    )
    submission_email = models.EmailField(_("submission email"), blank=True)
    submission_subject_format = models.CharField(
        _("subject line format"), max_length=255, blank=True
    )
    submission_subject_example = models.CharField(
        _("subject line example"), max_length=255, blank=True
    )
    submission_instructions = RichTextField(
        _("how to submit"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    application_form = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("application form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    promotion = RichTextField(
        _("promotion and outreach"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("more information"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("year"), FieldPanel("theme")]),
        FieldPanel("introduction"),
        FieldPanel("directions_label"),
        InlinePanel("directions", heading=_("Directions or key areas"), label=_("Direction")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("eligible_from_year"), FieldPanel("eligible_to_year")]),
                FieldPanel("eligibility"),
            ],
            heading=_("Eligibility"),
        ),
        InlinePanel("guidelines", heading=_("Submission guidelines"), label=_("Guideline")),
        InlinePanel("criteria", heading=_("Evaluation criteria"), label=_("Criterion")),
        MultiFieldPanel(
            [
                FieldPanel("time_zone"),
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("deadline_note"),
            ],
            heading=_("Dates"),
        ),
        InlinePanel("stages", heading=_("Process stages"), label=_("Stage")),
        MultiFieldPanel(
            [
                FieldPanel("submission_email"),
                FieldRowPanel(
                    [
                        FieldPanel("submission_subject_format"),
                        FieldPanel("submission_subject_example"),
                    ]
                ),
                FieldPanel("submission_instructions"),
                FieldPanel("application_form"),
            ],
            heading=_("Submission method"),
        ),
        FieldPanel("promotion"),
        InlinePanel("organisations", heading=_("Organisations"), label=_("Organisation")),
        InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("theme"),
        index.SearchField("introduction"),
        index.SearchField("body"),
        index.FilterField("year"),
    ]
    translatable_fields = [
        *PAGE_FIELDS,
        *translated("theme", "introduction", "directions_label", "directions", "eligibility"),
        *translated("guidelines", "criteria", "stages", "contacts", "body", "promotion"),
        *translated("submission_subject_format", "submission_subject_example"),
        *translated("submission_instructions", "deadline_note"),
        *synchronised("year", "eligible_from_year", "eligible_to_year", "organisations"),
        *synchronised("opens_at", "closes_at", "time_zone", "submission_email"),
        *synchronised("application_form"),
    ]

    parent_page_types = ["cases.CallIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("call for cases")
        verbose_name_plural = _("calls for cases")

    def __str__(self):
        return f"{self.year} – {self.title}"

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_at and self.closes_at and self.opens_at >= self.closes_at:
            errors["closes_at"] = _("The deadline must come after the opening.")
        if (
            self.eligible_from_year
            and self.eligible_to_year
            and self.eligible_from_year > self.eligible_to_year
        ):
            errors["eligible_to_year"] = _("The last year cannot come before the first.")
        if errors:
            raise ValidationError(errors)

    @cached_property
    def results_date(self):
        stage = next((s for s in self.stages.all() if s.kind == CallStage.Kind.ANNOUNCEMENT), None)
        return stage.starts_on if stage else None

    @property
    def current_status(self):
        now = timezone.now()
        status = self.status(now)
        # An answer showing the status is kept only until it may read differently.
        cache_tags.valid_until(self.status_changes_at(now, status))
        return status

    def status_changes_at(self, now, status):
        """When the status shown, or the time left it gives, may next read differently."""
        moments = [moment for moment in (self.opens_at, self.closes_at) if moment and moment > now]
        if status == CallStatus.UNDER_REVIEW:
            results = dt.datetime.combine(self.results_date, dt.time(), tzinfo=self.time_zone)
            moments.append(results)
        if status == CallStatus.OPEN and self.closes_at:
            # "Time left" counts days while there are some, then hours and minutes.
            step = (
                dt.timedelta(hours=1)
                if self.closes_at - now > dt.timedelta(days=1)
                else dt.timedelta(minutes=1)
            )
            moments.append(now + step)
        return min((moment for moment in moments if moment > now), default=None)

    @property
    def deadline_local(self):
        return self.closes_at.astimezone(self.time_zone) if self.closes_at else None

    @property
    def opening_local(self):
        return self.opens_at.astimezone(self.time_zone) if self.opens_at else None

    def status(self, now=None):
        now = now or timezone.now()
        if self.opens_at is None and self.closes_at is None:
            # Nothing is known about its dates: neither "upcoming" nor "open" would be true.
            return CallStatus.DATES_NOT_ANNOUNCED
        if self.opens_at and now < self.opens_at:
            return CallStatus.UPCOMING
        if self.closes_at is None:
            return CallStatus.OPEN
        if now < self.closes_at:
            return CallStatus.OPEN
        results = self.results_date
        if results and now.astimezone(self.time_zone).date() < results:
            return CallStatus.UNDER_REVIEW
        return CallStatus.RESULTS_PUBLISHED

    def eligible_years(self):
        if self.eligible_from_year and self.eligible_to_year:
            return range(self.eligible_from_year, self.eligible_to_year + 1)
        return None


class CallDirection(TranslatableOrderable):
    page = ParentalKey(CallPage, on_delete=models.CASCADE, related_name="directions")
    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=100, help_text=_("Used in filter addresses."))
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [*translated("name", "description"), *synchronised("slug")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("direction")
        verbose_name_plural = _("directions")

    def __str__(self):
        return self.name


class CallGuideline(TranslatableOrderable):
    page = ParentalKey(CallPage, on_delete=models.CASCADE, related_name="guidelines")
    text = models.TextField(_("guideline"))

    panels = [FieldPanel("text")]
    translatable_fields = translated("text")

    def __str__(self):
        return self.text


class CallCriterion(TranslatableOrderable):
    page = ParentalKey(CallPage, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"))

    panels = [FieldPanel("name"), FieldPanel("description")]
    translatable_fields = translated("name", "description")

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("evaluation criterion")
        verbose_name_plural = _("evaluation criteria")

    def __str__(self):
        return self.name


class CallStage(TranslatableOrderable):
    class Kind(models.TextChoices):
        SUBMISSION = "submission", _("Submission")
        SCREENING = "screening", _("Preliminary screening")
        REVIEW = "review", _("Expert review")
        ANNOUNCEMENT = "announcement", _("Announcement of results")
        OTHER = "other", pgettext_lazy("call stage kind", "Other")

    page = ParentalKey(CallPage, on_delete=models.CASCADE, related_name="stages")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    starts_on = models.DateField(_("from"), null=True, blank=True)
    ends_on = models.DateField(_("until"), null=True, blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
    ]
    translatable_fields = [*translated("title"), *synchronised("kind", "starts_on", "ends_on")]

    def clean(self):
        super().clean()
        if self.starts_on and self.ends_on and self.starts_on > self.ends_on:
            raise ValidationError({"ends_on": _("A stage cannot end before it starts.")})

    def __str__(self):
        return self.title


class CallContact(TranslatableOrderable):
    page = ParentalKey(CallPage, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("name"), max_length=255)
    email = models.EmailField(_("email"), blank=True)
    phone = PhoneNumberField(_("phone"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("phone")]
    translatable_fields = [
        *translated("name"),
        *synchronised("email"),
        # The same number in every language (and a PhoneNumber cannot be stored as an override).
        *synchronised("phone", overridable=False),
    ]

    def __str__(self):
        return self.name


class CallOrganisation(OrganisationRole):
    page = ParentalKey(CallPage, on_delete=models.CASCADE, related_name="organisations")
