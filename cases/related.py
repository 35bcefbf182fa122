"""Related cases: the editor's picks, then the cases sharing the most topics."""

from django.db.models import Count, Q

from core import cache_tags


def topic_tags(locale_id, domain_ids, tag_ids, direction_id):
    """Cache tags of the cases of a language on these topics: a case published on one of
    them may join the related cases of every case listing that topic."""
    return [
        *(f"cases-on:{locale_id}:domain:{pk}" for pk in domain_ids),
        *(f"cases-on:{locale_id}:technology:{pk}" for pk in tag_ids),
        *([f"cases-on:{locale_id}:direction:{direction_id}"] if direction_id else []),
    ]


def related_cases(case, limit):
    picked = [
        item.case
        for item in case.related_cases.select_related("case", "case__hero_image")
        if item.case.live and item.case.pk != case.pk
    ][:limit]
    missing = limit - len(picked)
    if missing <= 0:
        return picked
    # Read through the relations rather than with values_list: in an editor's
    # preview they are modelcluster's in-memory relations.
    domain_ids = [domain.pk for domain in case.cultural_domains.all()]
    tag_ids = [item.tag_id for item in case.technology_items.all()]
    cache_tags.add(*topic_tags(case.locale_id, domain_ids, tag_ids, case.direction_id))
    shares_topic = Q(cultural_domains__in=domain_ids) | Q(technology_items__tag_id__in=tag_ids)
    if case.direction_id:
        shares_topic |= Q(direction_id=case.direction_id)
    automatic = (
        type(case)
        .objects.live()
        .public()
        .filter(locale_id=case.locale_id)
        .filter(shares_topic)
        .exclude(pk__in=[case.pk, *(p.pk for p in picked)])
        .annotate(
            shared=Count(
                "cultural_domains", filter=Q(cultural_domains__in=domain_ids), distinct=True
            )
            + Count(
                "technology_items", filter=Q(technology_items__tag_id__in=tag_ids), distinct=True
            )
        )
        .select_related("hero_image", "listing_image", "edition", "direction")
        .order_by("-shared", "-first_published_at")[:missing]
    )
    return picked + list(automatic)
