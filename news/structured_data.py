"""JSON-LD of a news item (schema.org NewsArticle), from its API record."""

from core.structured_data import describes, image_urls, web_page
from news.api import news_records
from news.models import NewsPage


@describes(NewsPage)
def describe_news(page, request, versions):
    (record,) = news_records(request, [page])
    described = {
        **web_page(page, request, versions, "NewsArticle"),
        "headline": record["title"][:110],
        "datePublished": record["date"],
        "dateModified": record["last_published_at"],
        "articleSection": record["kind"]["label"],
        "keywords": [tag["label"] for tag in record["tags"]],
        "mainEntityOfPage": record["url"],
    }
    if record["author"]:
        described["author"] = {"@type": "Person", "name": record["author"]}
    if record["original_url"]:
        described["isBasedOn"] = record["original_url"]
    if images := image_urls(record["image"]):
        described["image"] = images
    return described
