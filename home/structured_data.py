"""JSON-LD of the home page: the site (WebSite with its search) and the organisation."""

from django.urls import reverse

from core.models import SiteSettings, SiteText
from core.structured_data import CONTEXT, describes, web_page
from home.models import HomePage

# A logo is shown whole, never cropped.
LOGO_RENDITION = "max-512x512|format-png"


@describes(HomePage)
def describe_home(page, request, versions):
    site = web_page(page, request, versions, "WebSite")
    search = request.build_absolute_uri(reverse("search"))
    site["potentialAction"] = {
        "@type": "SearchAction",
        "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
        "query-input": "required name=search_term_string",
    }
    described = [site]
    text = SiteText.for_active_language()
    if text:
        settings = SiteSettings.for_request(request)
        organisation = {
            "@context": CONTEXT,
            "@type": "Organization",
            "name": text.organisation_name,
            "url": site["url"],
            "sameAs": [link.url for link in settings.social_links.all()],
        }
        if settings.logo:
            logo = settings.logo.get_rendition(LOGO_RENDITION)
            organisation["logo"] = request.build_absolute_uri(logo.url)
        if settings.contact_email:
            organisation["email"] = settings.contact_email
        site["publisher"] = {"@type": "Organization", "name": text.organisation_name}
        described.append(organisation)
    return described
