"""Records as downloads: CSV and JSON with every field, a codebook and a data package.

The columns come from the API record schemas (``cases.api.CaseRecord``…), so a download,
its codebook and the API describe each field with the same words. Nested values are
flattened: a label gives two columns (``direction`` and ``direction_label``), a list
is joined with `` | ``, a picture is its largest JPEG. Downloads stream in batches, so a
library of any size is written without holding it in memory.
"""

import csv
import datetime as dt
import json
import types
import typing

from django.conf import settings
from django.http import StreamingHttpResponse
from django.utils import timezone
from ninja.responses import NinjaJSONEncoder

from core.api import Label, Picture

BATCH = 200
JOIN = " | "
FRICTIONLESS_TYPES = {int: "integer", float: "number", bool: "boolean", str: "string"}
TEMPORAL_TYPES = {dt.datetime: "datetime", dt.date: "date"}


def licence():
    return {"name": settings.OPEN_DATA_LICENCE, "path": settings.OPEN_DATA_LICENCE_URL}


def bare(annotation):
    """``X`` for ``X | None``; the annotation itself otherwise."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        (inner,) = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return inner
    return annotation


def columns(record_schema):
    """[(column, Frictionless type, description)] of a record schema, flattened."""
    listed = []
    for name, field in record_schema.model_fields.items():
        kind = bare(field.annotation)
        item = typing.get_args(kind)[0] if typing.get_origin(kind) is list else None
        description = field.description or name.replace("_", " ").capitalize()
        if Label in (kind, item):
            listed.append((name, "string", f"{description} (stable values)"))
            listed.append((f"{name}_label", "string", f"{description} (labels)"))
        elif kind is Picture:
            listed.append((name, "string", "Address of the picture as a JPEG."))
        else:
            frictionless = TEMPORAL_TYPES.get(kind) or FRICTIONLESS_TYPES.get(kind, "string")
            listed.append((name, frictionless, description))
    return listed


def flat(value):
    """A record value as one CSV cell."""
    if value is None:
        return ""
    if isinstance(value, list):
        return JOIN.join(flat(item) for item in value)
    if isinstance(value, dict):
        if "organisation" in value:
            return f"{value['organisation']['name']} ({value['role']['label']})"
        if "api_url" in value:
            return f"{value['lang']}: {value['url']}"
        if "renditions" in value:
            jpegs = [r for r in value["renditions"] if r["format"] == "jpeg"]
            return jpegs[-1]["url"] if jpegs else ""
        if "name" in value:
            return value["name"]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def row(record, record_schema):
    cells = []
    for name in record_schema.model_fields:
        value = record[name]
        kind = bare(record_schema.model_fields[name].annotation)
        item = typing.get_args(kind)[0] if typing.get_origin(kind) is list else None
        if kind is Label:
            cells += [value["value"], value["label"]] if value else ["", ""]
        elif item is Label:
            cells += [JOIN.join(v["value"] for v in value), JOIN.join(v["label"] for v in value)]
        else:
            cells.append(flat(value))
    return cells


def batches(request, queryset, records):
    """The records of ``queryset``, ``BATCH`` pages at a time."""
    ids = list(queryset.values_list("pk", flat=True))
    model = queryset.model
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        pages = sorted(model.objects.filter(pk__in=chunk), key=lambda page: chunk.index(page.pk))
        yield from records(request, pages)


class Echo:
    """A file-like object for csv.writer that hands each line back instead of storing it."""

    def write(self, value):
        return value


def csv_download(request, queryset, records, record_schema, filename):
    writer = csv.writer(Echo())

    def lines():
        yield "\ufeff"  # so that spreadsheet programs read the file as UTF-8
        yield writer.writerow([name for name, _kind, _description in columns(record_schema)])
        for record in batches(request, queryset, records):
            yield writer.writerow(row(record, record_schema))

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response["Link"] = f'<{settings.OPEN_DATA_LICENCE_URL}>; rel="license"'
    return response


def json_download(request, queryset, records, record_schema, filename):
    def parts():
        head = {"licence": licence(), "generated": timezone.now().isoformat()}
        yield json.dumps(head, ensure_ascii=False)[:-1] + ', "records": ['
        for number, record in enumerate(batches(request, queryset, records)):
            # Through the API schema and encoder: the same record, byte for byte, as the API's.
            document = record_schema.model_validate(record).model_dump()
            yield ("," if number else "") + json.dumps(
                document, ensure_ascii=False, cls=NinjaJSONEncoder
            )
        yield "]}"

    response = StreamingHttpResponse(parts(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
    response["Link"] = f'<{settings.OPEN_DATA_LICENCE_URL}>; rel="license"'
    return response


def data_package(title, resources):
    """A Frictionless data package: ``resources`` is [(name, path, record schema, title)]."""
    return {
        "profile": "tabular-data-package",
        "name": "casebook",
        "title": title,
        "licenses": [licence()],
        "created": timezone.now().isoformat(timespec="seconds"),
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": name,
                "title": resource_title,
                "path": path,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "dialect": {"delimiter": ",", "header": True},
                "schema": {
                    "fields": [
                        {"name": column, "type": kind, "description": description}
                        for column, kind, description in columns(record_schema)
                    ]
                },
            }
            for name, path, record_schema, resource_title in resources
        ],
    }
