from core.models.cached_address import CachedAddress
from core.models.images import CasebookImage, CasebookRendition
from core.models.pages import BasePage, ContentPage, IndexPage, note_field
from core.models.site_settings import SiteSettings, SiteText, SocialLink
from core.models.snippets import Organisation, OrganisationRole, Person, WithOrganisations

__all__ = [
    "note_field",
    "BasePage",
    "CachedAddress",
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
