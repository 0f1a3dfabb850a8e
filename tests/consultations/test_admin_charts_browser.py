"""The close-out charts in the Wagtail admin, as a browser draws them (issue 13:
the admin does not load the site's CSS, and the bars and their text were black)."""

import re

import pytest

from tests.consultations.test_browser import _wagtail_root

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BLACK = "rgb(0, 0, 0)"


def test_the_close_out_charts_are_drawn_in_the_admin_s_colours(browser_page):
    from django.contrib.auth.models import Group, Permission

    from demo.site import ensure_site
    from tests.factories import ConsultationFactory, ContributionFactory, UserFactory

    _wagtail_root()
    ensure_site(hostname="localhost")
    consultation = ConsultationFactory(closed=True, slug="pan-2023")
    for region in ("souss_massa", "oriental", "oriental"):
        ContributionFactory(consultation=consultation, region=region)
    group, _created = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        Permission.objects.get(codename="moderate_contribution"),
        Permission.objects.get(codename="access_admin"),
    )
    UserFactory(email="moderatrice@example.org").groups.add(group)

    page = browser_page
    page.goto("/admin/login/")
    page.locator("#id_username").fill("moderatrice@example.org")
    page.locator("#id_password").fill("correct-horse-battery")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto(f"/admin/consultations/{consultation.pk}/closeout/")
    bar = page.locator(".chart-bar").first
    label = page.locator(".chart-label").first
    assert bar.evaluate("e => getComputedStyle(e).fill") != BLACK
    assert label.evaluate("e => getComputedStyle(e).fill") != BLACK
    assert page.title().split(" - ")[0].strip()
