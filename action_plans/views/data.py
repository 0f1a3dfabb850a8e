"""Open data: the bundles of the action plans and the portal's data page."""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from .. import opendata, queries
from ..models import Plan


def _scope(scope: str) -> str:
    if scope != opendata.ALL and not queries.public_plans().filter(slug=scope).exists():
        raise Http404
    return scope


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def bundle_download(request, scope: str):
    content = opendata.bundle(_scope(scope))
    return _download(content, "application/zip", f"action-plans-{scope}.zip")


def bundle_json(request, scope: str):
    content = opendata.json_of(_scope(scope))
    return HttpResponse(content, content_type="application/json; charset=utf-8")


def table_csv(request, scope: str, table: str):
    if table not in opendata.TABLES:
        raise Http404
    content = opendata.table(_scope(scope), table)
    return _download(
        content, "text/csv; charset=utf-8", f"action-plans-{scope}-{table}.csv"
    )


# The portal's other public datasets: each module's public API reads.
OTHER_DATASETS = [
    (
        _("Consultations"),
        _("Public consultations, their dates, themes and close-out."),
        "/api/consultations/",
    ),
    (
        _("Published contributions and official answers"),
        _(
            "Proposals and observations once published, with their supports and "
            "the administration's official answer."
        ),
        "/api/contributions/",
    ),
    (
        _("Events"),
        _("Meetings, events and trainings, with their dates and places."),
        "/api/events/",
    ),
    (
        _("Working groups"),
        _("Thematic and territorial working groups and their members."),
        "/api/working-groups/",
    ),
    (
        _("Civil society organisations"),
        _("The public profiles of registered organisations."),
        "/api/organisations/",
    ),
    (
        _("Library documents"),
        _("Reports, guides and studies of the library, with their metadata."),
        "/api/documents/",
    ),
]


def data_page(request):
    plans = queries.with_texts(queries.public_plans().order_by("-period__start"), Plan)
    return render(
        request,
        "action_plans/data.html",
        {
            "plans": plans,
            "tables": list(opendata.TABLES),
            "licence": opendata.LICENCE,
            "others": OTHER_DATASETS,
        },
    )
