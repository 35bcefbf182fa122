"""Forums, briefing sessions, online exchanges and other events."""

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cases.models.calls import TIME_ZONE_CHOICES
from home.blocks import BodyStreamBlock
from home.models import BasePage, OrganisationRole, group_by_role
from home.pagination import paginate

UPCOMING_SHOWN = 20


class EventIndexPage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
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


class EventPage(BasePage):
    class Kind(models.TextChoices):
        FORUM = "forum", _("Forum")
        BRIEFING = "briefing", _("Briefing session")
        ONLINE_EXCHANGE = "online_exchange", _("Online exchange")
        SEMINAR = "seminar", _("Seminar")
        EXHIBITION = "exhibition", _("Exhibition")
        HACKATHON = "hackathon", _("Hackathon")
        WORKSHOP = "workshop", _("Workshop")

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    summary = models.CharField(_("summary"), max_length=300)
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
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
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.FilterField("starts_at"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

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

    def organisations_by_role(self):
        return group_by_role(self.organisations.select_related("organisation"))


class EventOrganisation(OrganisationRole):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisations")


class EventSpeaker(Orderable):
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

    def __str__(self):
        return str(self.person)


class EventAgendaItem(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="agenda_items")
    starts_at = models.TimeField(_("time"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=255)
    speakers = models.CharField(_("speakers"), max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("title")]), FieldPanel("speakers")]

    def __str__(self):
        return self.title
