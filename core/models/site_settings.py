from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site, TranslatableMixin

from core import cache_tags
from core.localization import active_locale_id, default_locale_id
from core.translation import translated


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Logo, colour and contacts of the organisation running the site.

    Its words (name, tagline, footer) are in ``SiteText``, translated per language.
    """

    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#0b5cad",
        help_text=_("Hex colour for links and buttons, with enough contrast on white."),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("For enquiries to the organisation.")
    )
    contact_phone = PhoneNumberField(_("contact phone"), blank=True)
    website_email = models.EmailField(
        _("email for questions about this website"),
        blank=True,
        help_text=_(
            "Accessibility, privacy or errors on the site; shown at the foot of every page."
        ),
    )
    postal_address = models.TextField(_("postal address"), blank=True)
    is_sample_content = models.BooleanField(
        _("the site shows sample content"),
        default=False,
        help_text=_("Shows a notice on every page and in the admin that the content is a sample."),
    )

    @classmethod
    def for_request(cls, request):
        """The request's site's settings, from the cache until they change."""
        attribute = cls.get_cache_attr_name()
        if not hasattr(request, attribute):
            site = Site.find_for_request(request)
            found = cache_tags.kept(
                f"site-settings:{site.pk if site else None}",
                lambda: cls.with_relations(cls.for_site(site)),
                settings.FRAGMENT_CACHE_SECONDS,
            )
            found._request = request  # as Wagtail does, for page addresses
            setattr(request, attribute, found)
        return getattr(request, attribute)

    @classmethod
    def with_relations(cls, found):
        """The settings with their logo and social links loaded, to be kept with them."""
        # Tagged here too: a row just created with its defaults was never loaded.
        cache_tags.add(cache_tags.model_tag(cls))
        prefetch_related_objects([found], "logo", "social_links")
        return found

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("logo"),
                FieldPanel("accent_colour"),
            ],
            heading=_("Branding"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("website_email"),
                FieldPanel("postal_address"),
            ],
            heading=_("Contact"),
        ),
        InlinePanel("social_links", heading=_("Social links"), label=_("Social link")),
        FieldPanel("is_sample_content"),
    ]

    class Meta:
        verbose_name = _("site settings")


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    label = models.CharField(_("label"), max_length=60)
    url = models.URLField(_("address"))

    panels = [FieldPanel("label"), FieldPanel("url")]

    def __str__(self):
        return self.label


class SiteText(TranslatableMixin, models.Model):
    """The words every page shows in its header and footer, in each language."""

    organisation_name = models.CharField(_("organisation name"), max_length=255)
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)

    panels = [FieldPanel("organisation_name"), FieldPanel("tagline"), FieldPanel("footer_text")]
    translatable_fields = translated("organisation_name", "tagline", "footer_text")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site text")

    def __str__(self):
        return self.organisation_name

    @classmethod
    def for_active_language(cls):
        """The active language's text, else the default language's (None if there is none)."""

        def find():
            cache_tags.listing_of_objects(cls)  # a text added in a language replaces another
            texts = {
                text.locale_id: text
                for text in cls.objects.filter(
                    locale_id__in={active_locale_id(), default_locale_id()}
                )
            }
            return texts.get(active_locale_id()) or texts.get(default_locale_id())

        key = f"site-text:{active_locale_id()}"
        return cache_tags.kept(key, find, settings.FRAGMENT_CACHE_SECONDS)
