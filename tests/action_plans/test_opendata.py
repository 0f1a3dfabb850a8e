"""The open data: bundles parsed back and compared with the records, nothing
private in them, and rebuilt when the data change."""

import csv
import io
import json
import zipfile

import pytest

from action_plans import opendata
from action_plans.models import MilestoneStatus, UpdateStatus
from tests.factories.action_plans import (
    CommitmentFactory,
    PlanFactory,
    ProgressUpdateFactory,
)


@pytest.fixture
def published(commitment, focal_point, secretariat):
    from action_plans import services

    milestone = commitment.milestones.first()
    update = services.update_save(
        commitment=commitment,
        by=focal_point,
        text="=SUM(A1) les données sont publiées",
        language="fr",
        milestones=[services.MilestoneReport(milestone.pk, "completed", 100)],
        evidence=[services.EvidenceItem(milestone.pk, url="https://data.gov.ma/x")],
        submit=True,
    )
    return services.update_review(update=update, by=secretariat, publish=True)


def _bundle(scope):
    return zipfile.ZipFile(io.BytesIO(opendata.build(scope)))


def _csv(bundle, table):
    text = bundle.read(f"{table}.csv").decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_bundle_s_csv_and_json_say_what_the_records_say(
    commitment, other_commitment, published
):
    bundle = _bundle("all")
    data = json.loads(bundle.read("data.json"))
    assert data["licence"] == opendata.LICENCE
    for table, columns in opendata.TABLES.items():
        rows = _csv(bundle, table)
        assert list(rows[0]) == columns if rows else True
        # CSV and JSON hold the same rows (CSV as text).
        assert [{k: str(v) for k, v in row.items()} for row in data[table]] == [
            {k: v.removeprefix("'") if k == "text" else v for k, v in row.items()}
            for row in rows
        ]
    [plan] = data["plans"]
    assert (plan["slug"], plan["commitments"]) == ("2024-2027", 2)
    by_number = {c["number"]: c for c in data["commitments"]}
    assert by_number[1]["title_ar"] == "العدالة"
    assert by_number[1]["lead_institution"] == "وزارة العدل"
    assert by_number[1]["ogp_values"] == "access_to_information"
    milestones = {m["id"]: m for m in data["milestones"]}
    first = commitment.milestones.first()
    assert milestones[first.pk]["status"] == MilestoneStatus.COMPLETED
    assert milestones[first.pk]["completion"] == 100
    [update] = data["progress_updates"]
    assert update["id"] == published.pk
    assert update["institution"] == "وزارة العدل"
    assert data["milestone_progress"] == [
        {
            "update_id": published.pk,
            "milestone_id": first.pk,
            "status": "completed",
            "completion": 100,
        }
    ]
    assert data["evidence"][0]["url"] == "https://data.gov.ma/x"


def test_a_formula_in_a_text_is_neutralised_in_the_csv(published):
    [row] = _csv(_bundle("all"), "progress_updates")
    assert row["text"].startswith("'=SUM")


def test_unpublished_updates_and_private_plans_stay_out(commitment, published):
    ProgressUpdateFactory(
        commitment=commitment, status=UpdateStatus.SUBMITTED, text="brouillon secret"
    )
    hidden = PlanFactory(slug="2018-2020", title="Ancien", is_public=False)
    CommitmentFactory(plan=hidden, lead=commitment.lead, number=1)
    content = opendata.build("all")
    data = json.loads(zipfile.ZipFile(io.BytesIO(content)).read("data.json"))
    assert [u["id"] for u in data["progress_updates"]] == [published.pk]
    assert [p["slug"] for p in data["plans"]] == ["2024-2027"]
    assert b"brouillon secret" not in content
    assert b"@example.org" not in content
    with pytest.raises(LookupError):
        opendata.build("2018-2020")


def test_a_plan_s_bundle_holds_that_plan_only(commitment):
    other = PlanFactory(slug="2021-2023", title="Autre", period__name="2021-2023")
    CommitmentFactory(plan=other, lead=commitment.lead, number=7)
    data = json.loads(_bundle("2021-2023").read("data.json"))
    assert [c["number"] for c in data["commitments"]] == [7]


def test_the_bundles_are_rebuilt_after_a_change(
    commitment, django_capture_on_commit_callbacks, tmp_path
):
    from django.db import transaction

    # The fixtures' own rebuild waits on the test's transaction, which never
    # commits: drop it, so that the change below queues (and runs) its own.
    transaction.get_connection().run_on_commit.clear()
    assert not (tmp_path / "opendata/action-plans/2024-2027.zip").exists()
    with django_capture_on_commit_callbacks(execute=True):
        commitment.title = "العدالة المنفتحة"
        commitment.save()
    first = json.loads(opendata.json_of("all"))
    assert first["commitments"][0]["title_ar"] == "العدالة المنفتحة"
    assert (tmp_path / "opendata/action-plans/2024-2027.zip").exists()
    with django_capture_on_commit_callbacks(execute=True):
        commitment.title = "عدالة القرب"
        commitment.save()
    again = json.loads(opendata.json_of("2024-2027"))
    assert again["commitments"][0]["title_ar"] == "عدالة القرب"


def test_the_download_pages_show_the_licence_and_serve_the_files(
    client, homes, commitment, published
):
    page = client.get("/fr/open-data/")
    assert opendata.LICENCE["url"] in page.content.decode()
    assert "/api/contributions/" in page.content.decode()
    zipped = client.get("/fr/action-plans/data/2024-2027.zip")
    assert zipped["Content-Type"] == "application/zip"
    table = client.get("/fr/action-plans/data/all/milestones.csv")
    rows = list(csv.DictReader(io.StringIO(table.content.decode("utf-8-sig"))))
    assert len(rows) == 2
    assert client.get("/fr/action-plans/data/all/secrets.csv").status_code == 404
    assert client.get("/fr/action-plans/data/1999-2000.zip").status_code == 404
