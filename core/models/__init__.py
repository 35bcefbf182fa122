from core.models.images import CasebookImage, CasebookRendition
from core.models.pages import BasePage, ContentPage, IndexPage, note_field
from core.models.site_settings import SiteSettings, SiteText, SocialLink
from core.models.snippets import Organisation, OrganisationRole, Person, WithOrganisations

__all__ = [
    "note_field",
    "BasePage",
    "CasebookImage",
    "CasebookRendition",
    "ContentPage",
    "IndexPage",
    "Organisation",
    "OrganisationRole",
    "Person",
    "SiteSettings",
    "SiteText",
    "SocialLink",
    "WithOrganisations",
]
