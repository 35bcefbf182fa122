"""Announcements, press releases, media coverage and stories."""

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from core.cards import card_page, cards, on_demand
from core.localization import localize_all
from core.models import ContentPage, IndexPage, note_field
from core.pagination import paginate
from core.translation import synchronised, translated


class NewsIndexPage(IndexPage):
    subpage_types = ["news.NewsPage"]
    feed_url_name = "news_feed"

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.children().order_by("-date", "-pk")
        context["news_items"] = card_page(paginate(request, items))
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
    date_note = note_field(_("note on the date"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    author = models.ForeignKey(
        "core.Person",
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
    related_events = ParentalManyToManyField(
        "events.EventPage", verbose_name=_("related events"), blank=True, related_name="news"
    )
    related_cases = ParentalManyToManyField(
        "cases.CasePage", verbose_name=_("related cases"), blank=True, related_name="news"
    )
    tags = ClusterTaggableManager(through=NewsPageTag, verbose_name=_("tags"), blank=True)

    content_panels = [
        *ContentPage.introduction_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("date_note"),
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
        *ContentPage.search_fields,
        index.FilterField("date"),
    ]
    translatable_fields = [
        *ContentPage.translatable_fields,
        *translated("source_publication", "date_note"),
        *synchronised("date", "kind", "author", "original_url", "related_events"),
        *synchronised("related_cases", "tag_items"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    card_meta_template = "news/news_card_meta.html"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    @classmethod
    def record_relations(cls):
        return (
            "author",
            "hero_image__renditions",
            "listing_image__renditions",
            Prefetch("tag_items", NewsPageTag.objects.select_related("tag")),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            author=localize_all([self.author])[0],
            related_events=on_demand(lambda: cards(self.related_events, "-starts_at")),
            related_cases=on_demand(lambda: cards(self.related_cases)),
        )
        return context
