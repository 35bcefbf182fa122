from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cases.models import CulturalDomain


class CulturalDomainViewSet(SnippetViewSet):
    model = CulturalDomain
    icon = "tag"
    list_display = ["name", "slug"]
    search_fields = ["name"]


register_snippet(CulturalDomainViewSet)
