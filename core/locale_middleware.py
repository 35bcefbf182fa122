"""Django's LocaleMiddleware, minus its 404 redirect for addresses outside the languages.

Django answers a 404 at an unprefixed address by redirecting to the same address under
the visitor's language when that resolves, and Wagtail's catch-all route resolves every
address. The open-data API and the oEmbed provider live outside the language prefixes;
their 404s are answers for a client, not pages to redirect to.
"""

from django.middleware.locale import LocaleMiddleware

UNPREFIXED = ("/api/", "/oembed/")


class SiteLocaleMiddleware(LocaleMiddleware):
    def process_response(self, request, response):
        if request.path_info.startswith(UNPREFIXED):
            return response
        return super().process_response(request, response)
