"""Forums, briefing sessions, online exchanges and other events."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from core import cache_tags
from core.cards import card_page, cards, on_demand
from core.localization import localize_relation
from core.models import ContentPage, IndexPage, OrganisationRole, WithOrganisations, note_field
from core.pagination import paginate
from core.timezones import time_zone_field
from core.translation import TranslatableOrderable, synchronised, translated

UPCOMING_SHOWN = 20


class EventIndexPage(IndexPage):
    subpage_types = ["events.EventPage"]
    feed_url_name = "event_feed"

    class Meta:
        verbose_name = _("events index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = self.children()
        upcoming = events.filter(ends_at__gte=now).order_by("starts_at")[:UPCOMING_SHOWN]
        past = paginate(request, events.filter(ends_at__lt=now).order_by("-starts_at"))
        context.update(
            upcoming_events=listed_until_they_end(cards(upcoming)), past_events=card_page(past)
        )
        context["feeds"].append(("text/calendar", reverse("event_calendar")))
        return context


def listed_until_they_end(events):
    """Upcoming events as a list, whose answer goes stale when the first of them ends
    (an event not shown that ends leaves the list as it is)."""
    events = list(events)
    cache_tags.valid_until(min((event.ends_at for event in events), default=None))
    return events


class EventPage(WithOrganisations, ContentPage):
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
    time_zone = time_zone_field(_("time zone"))
    all_day = models.BooleanField(
        _("all day"),
        default=False,
        help_text=_("Show the dates only, for events whose hours are not announced."),
    )
    date_note = note_field(_("note on the date"))
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
    attendance_is_maximum = models.BooleanField(
        _("at most"),
        default=False,
        help_text=_("The source gives the number of people as a maximum (“up to”)."),
    )
    related_cases = ParentalManyToManyField(
        "cases.CasePage", verbose_name=_("related cases"), blank=True, related_name="events"
    )

    content_panels = [
        *ContentPage.introduction_panels,
        FieldPanel("kind"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldRowPanel([FieldPanel("time_zone"), FieldPanel("all_day")]),
                FieldPanel("date_note"),
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
            [
                FieldPanel("attendance_people"),
                FieldPanel("attendance_is_maximum"),
                FieldPanel("attendance_countries"),
            ],
            heading=_("Attendance"),
        ),
        FieldPanel("related_cases"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("venue_name"),
        index.SearchField("city"),
        index.FilterField("starts_at"),
        index.FilterField("kind"),
    ]
    translatable_fields = [
        *ContentPage.translatable_fields,
        *translated("venue_name", "address", "city", "speakers", "agenda_items", "date_note"),
        *synchronised("kind", "starts_at", "ends_at", "time_zone", "all_day", "country"),
        *synchronised("online_url", "registration_url", "recording", "attendance_people"),
        *synchronised("attendance_countries", "attendance_is_maximum", "related_cases"),
        *synchronised("organisations"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    card_meta_template = "events/event_card_meta.html"

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    @property
    def local_start(self):
        return self.starts_at.astimezone(self.time_zone)

    @property
    def local_end(self):
        return self.ends_at.astimezone(self.time_zone)

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at < self.starts_at:
            raise ValidationError({"ends_at": _("An event cannot end before it starts.")})

    @classmethod
    def record_relations(cls):
        return (
            "hero_image__renditions",
            "listing_image__renditions",
            Prefetch("organisations", EventOrganisation.objects.select_related("organisation")),
            Prefetch("speakers", EventSpeaker.objects.select_related("person__affiliation")),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not self.is_past:
            # The page says the event has ended, and stops offering registration.
            cache_tags.valid_until(self.ends_at)
        speakers = self.speakers.all()  # with their people, in record_relations
        context.update(
            speakers=localize_relation(localize_relation(speakers, "person"), "person.affiliation"),
            related_cases=on_demand(lambda: cards(self.related_cases)),
            linked_news=on_demand(lambda: cards(self.pages_linking_here("news", "date"))),
        )
        return context


class EventOrganisation(OrganisationRole):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="organisations")


class EventSpeaker(TranslatableOrderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="speakers")
    person = models.ForeignKey(
        "core.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
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
