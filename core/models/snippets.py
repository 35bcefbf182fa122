from django.conf import settings
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core.localization import localize_all
from core.translation import synchronised, translated


class Organisation(TranslatableMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        INTERNATIONAL = "international", _("International organisation")
        GOVERNMENT = "government", _("Government body")
        UNIVERSITY = "university", _("University or research institute")
        CULTURAL = "cultural", _("Cultural institution")
        COMPANY = "company", _("Company")
        NONPROFIT = "nonprofit", _("Non-profit or association")
        MEDIA = "media", _("Media")
        OTHER = "other", pgettext_lazy("organisation type", "Other")

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=60, blank=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.OTHER)
    country = CountryField(_("country"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("kind"),
        FieldPanel("country"),
        FieldPanel("website"),
        FieldPanel("logo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        *translated("name", "short_name"),
        *synchronised("kind", "country", "website", "logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Person(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=255)
    title = models.CharField(
        _("position"), max_length=255, blank=True, help_text=_("For example: Professor")
    )
    affiliation = models.ForeignKey(
        Organisation,
        verbose_name=_("affiliation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"])

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("affiliation"),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    translatable_fields = [
        *translated("name", "title", "bio"),
        *synchronised("affiliation", "photo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


class OrganisationRole(Orderable):
    """An organisation's part in a call, case or event; subclasses add the page link."""

    class Role(models.TextChoices):
        HOST = "host", _("Host")
        AUSPICES = "auspices", _("Under the auspices of")
        BACKING = "backing", _("With backing from")
        GUIDED_BY = "guided_by", _("Guided by")
        ORGANISER = "organiser", _("Organised by")
        JOINT_ORGANISER = "joint_organiser", _("Jointly organised by")
        CO_ORGANISER = "co_organiser", _("Co-organised by")
        SUPPORTER = "supporter", _("Supported by")
        MEDIA_PARTNER = "media_partner", _("Media partner")
        APPLICANT = "applicant", _("Applicant")
        PARTNER = "partner", _("Partner")

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    panels = [FieldPanel("organisation"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"


class WithOrganisations:
    """A page with an ``organisations`` inline of ``OrganisationRole`` rows."""

    def organisations_by_role(self):
        """[(role label, [organisations])] in the editor's order and the visitor's language."""
        prefetch_related_objects([self], "organisations__organisation")
        roles = list(self.organisations.all())
        organisations = localize_all(item.organisation for item in roles)
        groups = {}
        for item, organisation in zip(roles, organisations, strict=True):
            groups.setdefault(item.get_role_display(), []).append(organisation)
        return list(groups.items())
