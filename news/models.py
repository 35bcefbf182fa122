"""Announcements, press releases, media coverage and stories."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BodyStreamBlock
from home.models import BasePage, ContentPage
from home.models.translation import PAGE_FIELDS, synchronised, translated
from home.pagination import paginate


class NewsIndexPage(BasePage):
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    translatable_fields = [*PAGE_FIELDS, *translated("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .select_related("listing_image", "hero_image")
            .order_by("-date", "-pk")
        )
        context["news_items"] = paginate(request, items)
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tag_items"
    )


class NewsPage(ContentPage):
    class Kind(models.TextChoices):
        ANNOUNCEMENT = "announcement", _("Announcement")
        PRESS_RELEASE = "press_release", _("Press release")
        COVERAGE = "coverage", _("Media coverage")
        STORY = "story", _("Story")

    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    summary = models.CharField(_("summary"), max_length=300)
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author = models.ForeignKey(
        "home.Person",
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_publication = models.CharField(
        _("source publication"),
        max_length=255,
        blank=True,
        help_text=_("For media coverage: where the article first appeared."),
    )
    original_url = models.URLField(_("original article"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    related_events = ParentalManyToManyField(
        "events.EventPage", verbose_name=_("related events"), blank=True, related_name="news"
    )
    related_cases = ParentalManyToManyField(
        "cases.CasePage", verbose_name=_("related cases"), blank=True, related_name="news"
    )
    tags = ClusterTaggableManager(through=NewsPageTag, verbose_name=_("tags"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
        FieldPanel("author"),
        MultiFieldPanel(
            [FieldPanel("source_publication"), FieldPanel("original_url")],
            heading=_("Source"),
        ),
        FieldPanel("body"),
        FieldPanel("related_events"),
        FieldPanel("related_cases"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    translatable_fields = [
        *ContentPage.translatable_fields,
        *translated("source_publication"),
        *synchronised("date", "kind", "author", "original_url", "related_events"),
        *synchronised("related_cases", "tag_items"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")
