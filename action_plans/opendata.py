"""Open data: plans, commitments, milestones, progress updates and evidence as
CSV and JSON, one bundle per public plan and one for all (schema: docs/action-plans.md).

The bundles are built from the public querysets only (public plans, published
updates, public evidence), stored in the default storage, and rebuilt after
every change (``changes.data_changed`` queues ``tasks.rebuild_bundles_task``).
A bundle is a ZIP of one CSV per table and ``data.json`` with the same rows.
"""

import io
import json
import zipfile
from collections import defaultdict

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Q
from django.utils import timezone

from core.exports import to_csv
from core.links import absolute_url

from .models import (
    Commitment,
    Evidence,
    Institution,
    Milestone,
    MilestoneProgress,
    Plan,
    ProgressUpdate,
    UpdateStatus,
)
from .queries import commitment_status, completion_of, public_plans

LANGS = ("ar", "fr", "en")
ALL = "all"
FOLDER = "opendata/action-plans"
LICENCE = getattr(
    settings,
    "OPEN_DATA_LICENCE",
    {
        "name": "Creative Commons Attribution 4.0 International (CC BY 4.0)",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    },
)

# Table -> its columns, in order (the CSV headers and the JSON keys).
TABLES = {
    "plans": ["id", "slug", "period", "start", "end", "phase"]
    + [f"title_{c}" for c in LANGS]
    + ["commitments", "completion", "url"],
    "commitments": ["id", "plan", "number"]
    + [f"{f}_{c}" for f in ("title", "description", "problem") for c in LANGS]
    + ["ogp_values", "themes", "lead_institution", "partner_institutions"]
    + ["partner_organisations", "start", "end", "status", "completion"]
    + ["midterm_completion", "final_completion", "early_results"]
    + ["origin_consultation", "origin_contributions", "url"],
    "milestones": ["id", "commitment_id", "plan", "commitment_number"]
    + [f"title_{c}" for c in LANGS]
    + ["due_date", "status", "completion"],
    "progress_updates": ["id", "commitment_id", "plan", "commitment_number"]
    + ["institution", "published_at", "language", "text"],
    "milestone_progress": ["update_id", "milestone_id", "status", "completion"],
    "evidence": ["id", "milestone_id", "update_id", "label", "url"],
}


def _texts(model, sources, fields) -> dict:
    """{source pk: {"title_ar": ..., ...}} from every language's row."""
    by_key = {s.translation_key: s.pk for s in sources}
    found: dict = defaultdict(dict)
    rows = model.objects.filter(translation_key__in=by_key).select_related("locale")
    for row in rows:
        code = row.locale.language_code
        for name in fields:
            found[by_key[row.translation_key]][f"{name}_{code}"] = getattr(row, name)
    return found


def _name(institution_texts, pk) -> str:
    texts = institution_texts.get(pk, {})
    return " / ".join(
        texts[f"name_{c}"] for c in ("ar", "fr") if texts.get(f"name_{c}")
    )


def rows(plan: Plan | None = None) -> dict[str, list[dict]]:
    """Every table's rows for ``plan`` (None: every public plan)."""
    plans = list(public_plans().order_by("period__start"))
    if plan is not None:
        plans = [p for p in plans if p.pk == plan.source.pk]
    commitments = list(
        Commitment.objects.sources()
        .filter(plan__in=plans)
        .select_related("plan", "origin")
        .prefetch_related("partner_institutions", "partner_organisations")
        .prefetch_related("contributions")
        .order_by("plan__slug", "number")
    )
    milestones = list(
        Milestone.objects.sources()
        .filter(commitment__in=commitments)
        .select_related("commitment__plan")
        .order_by("commitment__plan__slug", "commitment__number", "sort_order", "pk")
    )
    updates = list(
        ProgressUpdate.objects.published()
        .filter(commitment__in=commitments)
        .select_related("commitment__plan")
        .order_by("published_at", "pk")
    )
    progress = list(
        MilestoneProgress.objects.filter(update__in=updates).order_by("update", "pk")
    )
    evidence = list(
        Evidence.objects.filter(milestone__in=milestones)
        .filter(Q(update__isnull=True) | Q(update__status=UpdateStatus.PUBLISHED))
        .select_related("document")
        .order_by("pk")
    )
    institutions = {c.lead for c in commitments} | {
        p for c in commitments for p in c.partner_institutions.all()
    }
    names = _texts(Institution, institutions, ["name"])
    plan_texts = _texts(Plan, plans, ["title"])
    commitment_texts = _texts(
        Commitment, commitments, ["title", "description", "problem"]
    )
    milestone_texts = _texts(Milestone, milestones, ["title"])
    by_commitment = defaultdict(list)
    for m in milestones:
        by_commitment[m.commitment_id].append(m)
    today = timezone.localdate()
    out = {name: [] for name in TABLES}
    for p in plans:
        own = [c for c in commitments if c.plan_id == p.pk]
        done = [completion_of(by_commitment[c.pk]) for c in own]
        out["plans"].append(
            {
                "id": p.pk,
                "slug": p.slug,
                "period": p.period.name,
                "start": p.period.start.isoformat(),
                "end": p.period.end.isoformat(),
                "phase": p.phase,
                **{f"title_{c}": plan_texts[p.pk].get(f"title_{c}", "") for c in LANGS},
                "commitments": len(own),
                "completion": round(sum(done) / len(done)) if done else 0,
                "url": absolute_url(p.get_url_path("ar")),
            }
        )
    for c in commitments:
        ms = by_commitment[c.pk]
        texts = commitment_texts[c.pk]
        out["commitments"].append(
            {
                "id": c.pk,
                "plan": c.plan.slug,
                "number": c.number,
                **{k: texts.get(k, "") for k in TABLES["commitments"][3:12]},
                "ogp_values": ";".join(c.ogp_values),
                "themes": ";".join(c.themes),
                "lead_institution": _name(names, c.lead_id),
                "partner_institutions": ";".join(
                    _name(names, i.pk) for i in c.partner_institutions.all()
                ),
                "partner_organisations": ";".join(
                    f"{o.name_ar} / {o.name_fr}" for o in c.partner_organisations.all()
                ),
                "start": c.start.isoformat(),
                "end": c.end.isoformat(),
                "status": commitment_status(ms, today),
                "completion": completion_of(ms),
                "midterm_completion": c.midterm_completion,
                "final_completion": c.final_completion,
                "early_results": c.early_results,
                "origin_consultation": absolute_url(c.origin.get_url_path("ar"))
                if c.origin
                else "",
                "origin_contributions": ";".join(
                    x.reference for x in c.contributions.all() if x.is_public
                ),
                "url": absolute_url(c.get_url_path("ar")),
            }
        )
    for m in milestones:
        out["milestones"].append(
            {
                "id": m.pk,
                "commitment_id": m.commitment_id,
                "plan": m.commitment.plan.slug,
                "commitment_number": m.commitment.number,
                **{
                    f"title_{c}": milestone_texts[m.pk].get(f"title_{c}", "")
                    for c in LANGS
                },
                "due_date": m.due_date.isoformat(),
                "status": m.status,
                "completion": m.completion,
            }
        )
    for u in updates:
        out["progress_updates"].append(
            {
                "id": u.pk,
                "commitment_id": u.commitment_id,
                "plan": u.commitment.plan.slug,
                "commitment_number": u.commitment.number,
                "institution": _name(names, u.institution_id),
                "published_at": timezone.localtime(u.published_at).isoformat(),
                "language": u.language,
                "text": u.text,
            }
        )
    for r in progress:
        out["milestone_progress"].append(
            {
                "update_id": r.update_id,
                "milestone_id": r.milestone_id,
                "status": r.status,
                "completion": r.completion,
            }
        )
    for e in evidence:
        link = e.url or (absolute_url(e.document.url) if e.document else "")
        out["evidence"].append(
            {
                "id": e.pk,
                "milestone_id": e.milestone_id,
                "update_id": e.update_id or "",
                "label": e.label or (e.document.title if e.document else ""),
                "url": link,
            }
        )
    return out


def as_json(data: dict, scope: str) -> dict:
    return {
        "scope": scope,
        "licence": LICENCE,
        "schema": absolute_url("/api/action-plans/schema/"),
        **data,
    }


def build(scope: str) -> bytes:
    """The ZIP bundle of ``scope`` (a plan's slug, or ``all``)."""
    plan = None
    if scope != ALL:
        plan = public_plans().filter(slug=scope).first()
        if plan is None:
            raise LookupError(scope)
    data = rows(plan)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bundle:
        for table, columns in TABLES.items():
            body = to_csv(columns, ([row[c] for c in columns] for row in data[table]))
            bundle.writestr(f"{table}.csv", body)
        bundle.writestr(
            "data.json",
            json.dumps(as_json(data, scope), ensure_ascii=False, indent=1),
        )
        bundle.writestr("LICENCE.txt", f"{LICENCE['name']}\n{LICENCE['url']}\n")
    return out.getvalue()


def path_of(scope: str) -> str:
    return f"{FOLDER}/{scope}.zip"


def rebuild_all(progress=None) -> list[str]:
    """Rebuild every bundle (each public plan's and ``all``); drop the others."""
    scopes = [ALL, *public_plans().values_list("slug", flat=True)]
    for scope in progress(scopes) if progress else scopes:
        name = path_of(scope)
        if default_storage.exists(name):
            default_storage.delete(name)
        default_storage.save(name, ContentFile(build(scope)))
    try:
        _dirs, files = default_storage.listdir(FOLDER)
    except FileNotFoundError:
        files = []
    for name in files:
        if name.endswith(".zip") and name[:-4] not in scopes:
            default_storage.delete(f"{FOLDER}/{name}")
    return scopes


def bundle(scope: str) -> bytes:
    """The stored bundle of ``scope``, built now if it is missing."""
    if scope != ALL and not public_plans().filter(slug=scope).exists():
        raise LookupError(scope)
    name = path_of(scope)
    if not default_storage.exists(name):
        content = build(scope)
        default_storage.save(name, ContentFile(content))
        return content
    with default_storage.open(name, "rb") as stored:
        return stored.read()


def table(scope: str, name: str) -> bytes:
    """One CSV of the bundle of ``scope``."""
    with zipfile.ZipFile(io.BytesIO(bundle(scope))) as found:
        return found.read(f"{name}.csv")


def json_of(scope: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(bundle(scope))) as found:
        return found.read("data.json")
