"""The demo call of seed 004: 9 seats, 14 August - 5 September 2024, article
4's grid, fictional applications at each stage, results and mandates."""

from calls import demo, queries
from calls.models import Application, ApplicationStatus, Call
from governance import demo as governance_demo
from working_groups import demo as working_groups_demo


def test_the_demo_call_is_seed_004s_and_is_marked_as_demo(homes):
    working_groups_demo.load(homes=homes)
    governance_demo.load(homes=homes)
    summary = demo.load(homes=homes)
    call = Call.objects.get(slug="steering-committee-2024")
    assert call.is_demo and call.seats == 9
    assert (call.opens_at.month, call.opens_at.day) == (8, 14)
    assert [c.max_points for c in call.criteria.all()] == [20, 15, 5, 20, 20, 20]
    statuses = set(call.applications.values_list("status", flat=True))
    assert statuses == {
        ApplicationStatus.DRAFT,
        ApplicationStatus.RETURNED,
        ApplicationStatus.COMPLETE,
    }
    assert all(a.is_demo for a in Application.objects.all())
    assert call.applications.filter(selected=True).count() == 9
    assert queries.scoring_complete(call)
    assert call.results_published
    assert "9 selected" in summary
    assert demo.load(homes=homes) == "calls: already loaded"
