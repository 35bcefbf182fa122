"""The open data's description: a Frictionless data package and a readable codebook."""

from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from cases.api import CaseRecord
from core.downloads import columns, data_package, licence
from events.api import EventRecord


def resources():
    return [
        ("cases", reverse("cases_csv"), CaseRecord, _("Cases")),
        ("events", reverse("events_csv"), EventRecord, _("Events")),
    ]


def datapackage(request):
    described = [
        (name, request.build_absolute_uri(path), schema, title)
        for name, path, schema, title in resources()
    ]
    package = data_package(_("Casebook open data"), described)
    return JsonResponse(package, json_dumps_params={"ensure_ascii": False, "indent": 1})


def codebook(request):
    tables = [
        {"name": name, "title": title, "path": path, "columns": columns(schema)}
        for name, path, schema, title in resources()
    ]
    return render(request, "downloads/codebook.html", {"tables": tables, "licence": licence()})
