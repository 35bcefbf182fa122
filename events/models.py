"""Forums, briefing sessions, online exchanges and other events."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cases.models.calls import TIME_ZONE_CHOICES
from home.models import BasePage, ContentPage, OrganisationRole, group_by_role
from home.models.translation import (
    PAGE_FIELDS,
    TranslatableOrderable,
    synchronised,
    translated,
)
from home.pagination import paginate

UPCOMING_SHOWN = 20


class EventIndexPage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    translatable_fields = [*PAGE_FIELDS, *translated("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events index")

    def events(self):
        return (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .select_related("listing_image", "hero_image")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = self.events()
        context["upcoming_events"] = events.filter(ends_at__gte=now).order_by("starts_at")[
            :UPCOMING_SHOWN
        ]
        context["past_events"] = paginate(
            request, events.filter(ends_at__lt=now).order_by("-starts_at")
        )
        return context


class EventPage(ContentPage):
    class Kind(models.TextChoices):
        FORUM = "forum", _("Forum")
        BRIEFING = "briefing", _("Briefing session")
        ONLINE_EXCHANGE = "online_exchange", _("Online exchange")
        SEMINAR = "seminar", _("Seminar")
        EXHIBITION = "exhibition", _("Exhibition")
        HACKATHON = "hackathon", _("Hackathon")
        WORKSHOP = "workshop", _("Workshop")

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"), max_length=64, choices=TIME_ZONE_CHOICES, default="UTC"
    )
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Show the dates only, for events whose hours are not announced."),
    )
    venue_name = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = CountryField(_("country"), blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    recording = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("recording"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    attendance_people = models.PositiveIntegerField(_("people attending"), null=True, blank=True)
    attendance_countries = models.PositiveIntegerField(
        _("countries represented"), null=True, blank=True
    )
    related_cases = ParentalManyToManyField(
        "cases.CasePage", verbose_name=_("related cases"), blank=True, related_name="events"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("time_zone"), FieldPanel("all_day")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
            ],
            heading=_("Where"),
        ),
        InlinePanel("organisations", heading=_("Organisations"), label=_("Organisation")),
        InlinePanel("speakers", heading=_("Speakers"), label=_("Speaker")),
        InlinePanel("agenda_items", heading=_("Agenda"), label=_("Agenda item")),
        FieldPanel("body"),
        FieldPanel("recording"),
        FieldRowPanel(
            [FieldPanel("attendance_people"), FieldPanel("attendance_countries")],
            heading=_("Attendance"),
        ),
        FieldPanel("related_cases"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.FilterField("starts_at"),
        index.FilterField("kind"),
    ]
    translatable_fields = [
        *ContentPage.translatable_fields,
        *translated("venue_name", "address", "city", "speakers", "agenda_items"),
        *synchronised("kind", "starts_at", "ends_at", "time_zone", "all_day", "country"),
        *synchronised("online_url", "registration_url", "recording", "attendance_people"),
        *synchronised("attendance_countries", "related_cases", "organisations"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.starts_at.astimezone(self.zone)

    @property
    def local_end(self):
        return self.ends_at.astimezone(self.zone)

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("An event cannot end before it starts.")})

    def linked_news(self):
        """News items about this event, in the visitor's language, newest first."""
        from home.localization import pages_linking_to
        from news.models import NewsPage

        return sorted(
            pages_linking_to(self, NewsPage, "related_events"),
            key=lambda item: item.date,
            reverse=True,
        )

    def organisations_by_role(self):
        return group_by_role(self.organisations.select_related("organisation"))


class EventOrganisation(OrganisationRole):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisations")


class EventSpeaker(TranslatableOrderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        "home.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    affiliation = models.CharField(
        _("affiliation shown"),
        max_length=255,
        blank=True,
        help_text=_("The role the person spoke in; the person's own affiliation when empty."),
    )
    talk_title = models.CharField(_("talk title"), max_length=255, blank=True)

    panels = [FieldPanel("person"), FieldPanel("affiliation"), FieldPanel("talk_title")]
    translatable_fields = [*translated("affiliation", "talk_title"), *synchronised("person")]

    def __str__(self):
        return str(self.person)


class EventAgendaItem(TranslatableOrderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="agenda_items")
    starts_at = models.TimeField(_("time"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=255)
    speakers = models.CharField(_("speakers"), max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("title")]), FieldPanel("speakers")]
    translatable_fields = [*translated("title", "speakers"), *synchronised("starts_at")]

    def __str__(self):
        return self.title
