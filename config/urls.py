from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cases import downloads as case_downloads
from cases import embed as case_embed
from cases.feeds import CaseFeed
from config import downloads
from config.api import api
from core import embed, sitemaps
from core import views as core_views
from core.api import unknown_address as unknown_api_address
from core.feeds import feed_view
from core.oembed import oembed
from events import downloads as event_downloads
from events import views as event_views
from events.feeds import EventFeed
from news.feeds import NewsFeed
from search import views as search_views

urlpatterns = [
    path("api/v1/", api.urls),
    path("api/<path:rest>", unknown_api_address),
    path("oembed/", oembed, name="oembed"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", core_views.health, name="health"),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap_index"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", core_views.security_txt, name="security_txt"),
    path("theme.css", core_views.theme_css, name="theme_css"),
    path("favicon.ico", core_views.favicon, name="favicon"),
]

if settings.BENCHMARK_VIEWS:
    urlpatterns.append(path("bench/ceiling/", core_views.ceiling))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("sitemap.xml", sitemaps.locale_sitemap, name="sitemap"),
    path("feeds/cases/<str:format_name>/", feed_view(CaseFeed), name="case_feed"),
    path("feeds/events/<str:format_name>/", feed_view(EventFeed), name="event_feed"),
    path("feeds/news/<str:format_name>/", feed_view(NewsFeed), name="news_feed"),
    path("downloads/cases.csv", case_downloads.cases_csv, name="cases_csv"),
    path("downloads/cases.json", case_downloads.cases_json, name="cases_json"),
    path("downloads/events.csv", event_downloads.events_csv, name="events_csv"),
    path("downloads/events.json", event_downloads.events_json, name="events_json"),
    path("downloads/datapackage.json", downloads.datapackage, name="datapackage"),
    path("downloads/codebook/", downloads.codebook, name="codebook"),
    path("embed/", case_embed.builder, name="embed_builder"),
    path("embed/cases/", case_embed.case_list, name="embed_cases"),
    path("embed/page/<int:page_id>/", embed.page_card, name="embed_page"),
    path("calendar/events.ics", event_views.upcoming_calendar, name="event_calendar"),
    path("calendar/events/<int:page_id>.ics", event_views.event_calendar, name="event_ics"),
    path("", include(wagtail_urls)),
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
