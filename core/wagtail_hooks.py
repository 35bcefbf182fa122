from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core import follow_source
from core.models import Organisation, Person, SiteSettings, SiteText
from core.translation_report import TranslationStatusReportView


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "kind", "country"]
    list_filter = ["kind"]
    search_fields = ["name"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "title", "affiliation"]
    search_fields = ["name"]


class SiteTextViewSet(SnippetViewSet):
    model = SiteText
    icon = "pilcrow"
    menu_label = _("Site text")
    menu_order = 310
    add_to_admin_menu = True


register_snippet(SiteTextViewSet)


class PeopleAndOrganisations(SnippetViewSetGroup):
    menu_label = _("People and organisations")
    menu_icon = "group"
    menu_order = 300
    items = (OrganisationViewSet, PersonViewSet)


register_snippet(PeopleAndOrganisations)


class SampleContentPanel(Component):
    """Reminds editors on the dashboard that the site holds sample content."""

    name = "sample_content"
    order = 10
    template_name = "wagtailadmin/home/sample_content_panel.html"


@hooks.register("construct_homepage_panels")
def add_sample_content_panel(request, panels):
    site_settings = SiteSettings.for_request(request)
    if site_settings.is_sample_content:
        panels.insert(0, SampleContentPanel())


@hooks.register("register_admin_urls")
def translation_report_urls():
    view = TranslationStatusReportView
    return [
        path("reports/translations/", view.as_view(), name="translation_status"),
        path(
            "reports/translations/results/",
            view.as_view(results_only=True),
            name="translation_status_results",
        ),
    ]


page_permission_policy = PagePermissionPolicy()


class PageEditorsMenuItem(MenuItem):
    """Shown to users who may add, change or publish some page."""

    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return PageEditorsMenuItem(
        _("Translations"),
        reverse("translation_status"),
        name="translations",
        icon_name="globe",
        order=750,
    )


# Deleting, moving or unpublishing a page in the admin takes its translations along, and
# the confirmation page says how many.
hooks.register("construct_translated_pages_to_cascade_actions", follow_source.cascade)
