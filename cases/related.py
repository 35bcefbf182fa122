"""Related cases: the editor's picks, then the cases sharing the most topics, in one query."""

from django.db.models import Case, Count, F, IntegerField, OuterRef, Q, Subquery, Value, When

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
    # Read through the relations: on a shown page they are prefetched, and in an editor's
    # preview they are modelcluster's in-memory relations.
    domain_ids = [domain.pk for domain in case.cultural_domains.all()]
    tag_ids = [item.tag_id for item in case.technology_items.all()]
    cache_tags.add(*topic_tags(case.locale_id, domain_ids, tag_ids, case.direction_id))
    shares_topic = Q(cultural_domains__in=domain_ids) | Q(technology_items__tag_id__in=tag_ids)
    if case.direction_id:
        shares_topic |= Q(direction_id=case.direction_id)
    picks = picked(case)
    return list(
        type(case)
        .objects.live()
        .public()
        .filter(Q(pk__in=picks) | (Q(locale_id=case.locale_id) & shares_topic))
        .exclude(pk=case.pk)
        .annotate(
            pick_order=pick_order(case, picks),
            shared=Count(
                "cultural_domains", filter=Q(cultural_domains__in=domain_ids), distinct=True
            )
            + Count(
                "technology_items", filter=Q(technology_items__tag_id__in=tag_ids), distinct=True
            ),
        )
        .select_related("hero_image", "listing_image", "edition", "direction")
        .order_by(F("pick_order").asc(nulls_last=True), "-shared", "-first_published_at")[:limit]
    )


def picked(case):
    """The editor's picks: a subquery, or their ids when they are only in memory (preview)."""
    if "related_cases" in getattr(case, "_cluster_related_objects", {}):
        return [item.case_id for item in case.related_cases.all()]
    through = case._meta.get_field("related_cases").related_model
    return Subquery(through.objects.filter(page_id=case.pk).values("case_id"))


def pick_order(case, picks):
    """The editor's order of a pick; null for the other cases."""
    if isinstance(picks, list):
        positions = [When(pk=pk, then=Value(i)) for i, pk in enumerate(picks)]
        return Case(*positions, default=None, output_field=IntegerField())
    through = case._meta.get_field("related_cases").related_model
    rows = through.objects.filter(page_id=case.pk, case_id=OuterRef("pk"))
    return Subquery(rows.values("sort_order")[:1])
