"""Security headers that differ between the public site and the admin.

Public pages take ``CONTENT_SECURITY_POLICY`` from the settings: this site's own files
only, no inline script or style, never framed. The Wagtail admin writes inline scripts
and style attributes and frames its own previews, so it gets
``ADMIN_CONTENT_SECURITY_POLICY`` instead. A view can still adjust either with
django-csp's decorators (the embed routes allow framing that way).
"""

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.urls import reverse


class SitePolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        in_admin = request.path_info.startswith(reverse("wagtailadmin_home"))
        if in_admin and not report_only and parts.config is None:
            parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        return parts
