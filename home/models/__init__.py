from home.models.base import BasePage, ContentPage
from home.models.images import CasebookImage, CasebookRendition
from home.models.pages import HomeFeaturedCase, HomePage, StandardPage
from home.models.site_settings import SiteSettings, SiteText, SocialLink
from home.models.snippets import Organisation, OrganisationRole, Person, group_by_role

__all__ = [
    "BasePage",
    "CasebookImage",
    "CasebookRendition",
    "ContentPage",
    "HomeFeaturedCase",
    "HomePage",
    "Organisation",
    "OrganisationRole",
    "Person",
    "SiteSettings",
    "SiteText",
    "SocialLink",
    "StandardPage",
    "group_by_role",
]
