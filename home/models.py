from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import BodyStreamBlock
from core.cards import on_demand
from core.models import BasePage
from core.translation import PAGE_FIELDS, synchronised, translated
from home.home_sections import SECTIONS, home_sections


class HomePage(BasePage):
    hero_heading = models.CharField(_("hero heading"), max_length=255)
    hero_text = RichTextField(_("hero text"), blank=True, features=["bold", "italic", "link"])
    featured_call = models.ForeignKey(
        "cases.CallPage",
        verbose_name=_("featured call"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The call whose status is shown; the newest edition when empty."),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("hero_text")], heading=_("Hero")),
        PageChooserPanel("featured_call", "cases.CallPage"),
        InlinePanel(
            "featured_cases", heading=_("Featured cases"), label=_("Featured case"), max_num=6
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *PAGE_FIELDS,
        *translated("hero_heading", "hero_text", "body"),
        *synchronised("featured_call", "featured_cases"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cases.CallIndexPage",
        "cases.CaseIndexPage",
        "events.EventIndexPage",
        "news.NewsIndexPage",
        "home.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the part of the page showing them is not in the fragment cache.
        sections = on_demand(lambda: home_sections(self))
        context.update({name: on_demand(lambda name=name: sections[name]) for name in SECTIONS})
        return context


class HomeFeaturedCase(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_cases")
    case = models.ForeignKey(
        "cases.CasePage", verbose_name=_("case"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("case", "cases.CasePage")]


class StandardPage(BasePage):
    """About, FAQ, contact, privacy, accessibility statement and the like."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]
    translatable_fields = [*PAGE_FIELDS, *translated("introduction", "body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description or self.introduction
