from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from core.translation import synchronised, translated

# The 17 Sustainable Development Goals, by number. Names are UI strings so that
# every language gets the official wording from the translation catalogue.
SDG_NAMES = {
    1: _("No poverty"),
    2: _("Zero hunger"),
    3: _("Good health and well-being"),
    4: _("Quality education"),
    5: _("Gender equality"),
    6: _("Clean water and sanitation"),
    7: _("Affordable and clean energy"),
    8: _("Decent work and economic growth"),
    9: _("Industry, innovation and infrastructure"),
    10: _("Reduced inequalities"),
    11: _("Sustainable cities and communities"),
    12: _("Responsible consumption and production"),
    13: _("Climate action"),
    14: _("Life below water"),
    15: _("Life on land"),
    16: _("Peace, justice and strong institutions"),
    17: _("Partnerships for the goals"),
}


class SustainableDevelopmentGoal(models.Model):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)

    class Meta:
        verbose_name = _("Sustainable Development Goal")
        verbose_name_plural = _("Sustainable Development Goals")
        ordering = ["number"]

    def __str__(self):
        return _("SDG %(number)s: %(name)s") % {"number": self.number, "name": self.name}

    @property
    def name(self):
        return SDG_NAMES.get(self.number, "")


class CulturalDomain(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Used in filter addresses; keep it stable.")
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    translatable_fields = [*translated("name"), *synchronised("slug")]

    class Meta(TranslatableMixin.Meta):
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        verbose_name = _("cultural domain")
        verbose_name_plural = _("cultural domains")
        ordering = ["name"]

    def __str__(self):
        return self.name


class CaseTechnologyTag(TaggedItemBase):
    content_object = ParentalKey(
        "cases.CasePage", on_delete=models.CASCADE, related_name="technology_items"
    )
