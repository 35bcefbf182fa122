from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.search import index

from core import cache_tags
from core.blocks import BodyStreamBlock
from core.feeds import feed_links
from core.localization import active_locale_id, pages_linking_to
from core.restrictions import PageQuerySetWithCachedRestrictions, restricted_paths
from core.text import autocomplete_text, index_text
from core.translation import PAGE_FIELDS, synchronised, translated


def note_field(verbose_name):
    """A short note shown next to a value that is a placeholder or an assumption."""
    return models.CharField(
        verbose_name,
        max_length=160,
        blank=True,
        help_text=_(
            "Shown next to the value when it is not confirmed, for example "
            "“Placeholder date: the source gives none”."
        ),
    )


class BasePage(Page):
    """Fields every public page shares: listing card, social card and caching."""

    listing_title = models.CharField(
        _("listing title"),
        max_length=255,
        blank=True,
        help_text=_("Shorter title for cards and lists; the page title is used when empty."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("One or two sentences for cards, feeds and search engines."),
    )
    listing_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    social_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; the listing image is used when empty."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [
                FieldPanel("listing_title"),
                FieldPanel("listing_summary"),
                FieldPanel("listing_image"),
            ],
            heading=_("Listing card"),
        ),
        FieldPanel("social_image"),
    ]

    # Its .public() reads the restricted sections from the cache (core.restrictions).
    objects = PageManager.from_queryset(PageQuerySetWithCachedRestrictions)()

    translatable_fields = PAGE_FIELDS
    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text"),
        index.AutocompleteField("autocomplete_title"),
    ]

    # The type's own line of details on its card (includes/card.html); none by default.
    card_meta_template = ""

    class Meta:
        abstract = True

    @property
    def card_title(self):
        return self.listing_title or self.title

    @property
    def card_summary(self):
        return self.listing_summary or self.search_description

    @property
    def card_image(self):
        return self.listing_image

    @property
    def share_image(self):
        return self.social_image or self.card_image

    def search_text(self):
        """The page's words cut (Chinese), normalised (Arabic) or stemmed, for the index."""
        parts = []
        for search_field in self.search_fields:
            name = search_field.field_name
            if not isinstance(search_field, index.SearchField) or name == "search_text":
                continue
            value = getattr(self, name, None)
            field = self._meta.get_field(name)
            if hasattr(field, "get_searchable_content"):
                parts += [strip_tags(text) for text in field.get_searchable_content(value)]
            elif value:
                parts.append(str(value))
        return index_text(" ".join(parts), self.locale.language_code)

    def autocomplete_title(self):
        return autocomplete_text(self.title, self.locale.language_code)

    def get_view_restrictions(self):
        """None without a query when no restricted section holds the page (most pages)."""
        if self.alias_of_id is None and not self.path.startswith(tuple(restricted_paths())):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def extra_purge_tags(self):
        """Cache tags a publish of this page makes stale beyond its own (core.purge)."""
        return ()


class IndexPage(BasePage):
    """A section of the site under the home page: an introduction above its children.

    Each section (calls, cases, events, news) has one; ``children()`` is the live,
    public pages of the one type the section holds, for the subclass to list.
    """

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    translatable_fields = [*PAGE_FIELDS, *translated("introduction")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    # The URL name of the section's feeds (core.feeds.feed_view), for autodiscovery links.
    feed_url_name = ""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.feed_url_name:
            context["feeds"] = feed_links(self.feed_url_name)
        return context

    @classmethod
    def in_active_language(cls):
        """The section's live, public index in the visitor's language; a 404 without one."""
        index = cls.objects.live().public().filter(locale_id=active_locale_id()).first()
        if index is None:
            raise Http404
        return index

    def children(self):
        (model,) = self.allowed_subpage_models()
        cache_tags.listing_of_children(self.url_path)
        return model.objects.child_of(self).live().public()


class ContentPage(BasePage):
    """A case, event or news item: summary, hero picture and a body of blocks."""

    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("Plain text for cards, feeds and search engines (300 characters at most)."),
    )
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alt text"),
        max_length=255,
        blank=True,
        help_text=_(
            "Translatable description of the picture; the image's own alt text when empty."
        ),
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    # Subclasses put their own panels between the introduction and the body.
    introduction_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("hero_image"),
        FieldPanel("hero_image_alt"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    translatable_fields = [
        *PAGE_FIELDS,
        *translated("summary", "hero_image_alt", "body"),
        *synchronised("hero_image"),
    ]

    @classmethod
    def record_relations(cls):
        """The relations its page, its record (API, JSON-LD) and its facts read: fetched
        once, when the page is shown, and shared by all of them."""
        return ()

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        if self.pk:
            prefetch_related_objects([self], *self.record_relations())
        return super().get_context(request, *args, **kwargs)

    @property
    def card_summary(self):
        return self.listing_summary or self.summary

    @property
    def card_image(self):
        return self.listing_image or self.hero_image

    @property
    def card_image_alt(self):
        """The page's translated alt text when the card shows the hero picture."""
        return self.hero_image_alt if self.card_image == self.hero_image else ""

    def pages_linking_here(self, related_name, newest_by):
        """Live pages of an upper app that link here, newest first, in the visitor's language.

        ``related_name`` is the reverse accessor of the upper app's relation (a news item's
        ``related_cases`` is ``news`` on a case), so this app never imports that one.
        """
        relation = self._meta.get_field(related_name)
        cache_tags.listing_of_pages_linking_to(self)
        pages = pages_linking_to(self, relation.related_model, relation.field.name)
        return sorted(pages, key=lambda page: getattr(page, newest_by), reverse=True)
