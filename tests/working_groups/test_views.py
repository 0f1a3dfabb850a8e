"""Public pages of organisations and working groups, and their forms."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.factories import (
    MembershipApplicationFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    WorkingGroupFactory,
)
from working_groups.models import MembershipApplication, Organisation

pytestmark = pytest.mark.django_db


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buffer, "PNG")
    return buffer.getvalue()


def test_the_organisation_directory_lists_verified_csos(client, homes):
    shown = OrganisationFactory(name_fr="Transparence Maroc", name_ar="شفافية المغرب")
    OrganisationFactory(name_fr="Pas encore vérifiée", verified=False)
    content = client.get("/fr/organisations/").content.decode()
    assert "Transparence Maroc" in content and "شفافية المغرب" in content
    assert "Pas encore vérifiée" not in content
    assert shown.contact_email not in content
    arabic = client.get("/ar/organisations/").content.decode()
    assert arabic.index("شفافية المغرب") < arabic.index("Transparence Maroc")


def test_organisation_directory_query_count_is_pinned(
    client, homes, django_assert_max_num_queries
):
    for _ in range(12):
        OrganisationFactory()
    client.get("/fr/organisations/")
    with django_assert_max_num_queries(8):
        response = client.get("/fr/organisations/")
    assert response.status_code == 200
    assert len(response.context["organisations"]) == 12


def test_an_unverified_cso_page_is_seen_only_by_its_representatives(client, homes):
    rep = UserFactory()
    organisation = OrganisationFactory(verified=False, representatives=[rep])
    url = f"/fr/organisations/{organisation.slug}/"
    assert client.get(url).status_code == 404
    client.force_login(rep)
    assert client.get(url).status_code == 200


def test_a_logged_in_person_registers_a_cso_with_a_logo(client, homes):
    person = UserFactory()
    client.force_login(person)
    response = client.post(
        "/fr/organisations/register/",
        {
            "name_ar": "جمعية النزاهة",
            "name_fr": "Association Intégrité",
            "registration_number": "RC-9",
            "region": "fes_meknes",
            "province": "Meknès",
            "presentation": "Intégrité et lutte contre la corruption.",
            "fields_of_action": "intégrité, jeunesse",
            "logo": SimpleUploadedFile("logo.png", png_bytes(), "image/png"),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    organisation = Organisation.objects.get()
    assert organisation.logo and not organisation.verified
    assert person in organisation.representatives.all()


def test_a_fake_logo_is_refused_on_the_form(client, homes):
    client.force_login(UserFactory())
    response = client.post(
        "/fr/organisations/register/",
        {
            "name_ar": "ج",
            "name_fr": "A",
            "registration_number": "RC-1",
            "region": "fes_meknes",
            "province": "Fès",
            "presentation": "x",
            "logo": SimpleUploadedFile("logo.png", b"<svg></svg>", "image/png"),
        },
    )
    assert response.status_code == 400
    assert not Organisation.objects.exists()


def test_registering_a_cso_needs_an_account(client, homes):
    response = client.get("/fr/organisations/register/")
    assert response.status_code == 302


def test_the_group_page_lists_member_organisations(client, homes):
    group = WorkingGroupFactory(name="Groupe intégrité")
    member = MembershipFactory(group=group, organisation=OrganisationFactory())
    former = MembershipFactory(group=group, organisation=OrganisationFactory())
    from django.utils import timezone

    former.left_at = timezone.now()
    former.save()
    content = client.get(f"/fr/working-groups/{group.slug}/").content.decode()
    assert member.organisation.name_fr in content
    assert former.organisation.name_fr not in content


def test_group_list_query_count_is_pinned(client, homes, django_assert_max_num_queries):
    for _ in range(8):
        WorkingGroupFactory()
    client.get("/fr/working-groups/")
    with django_assert_max_num_queries(6):
        response = client.get("/fr/working-groups/")
    assert response.status_code == 200


def test_a_representative_applies_from_the_group_page(client, homes):
    rep = UserFactory()
    organisation = OrganisationFactory(representatives=[rep])
    group = WorkingGroupFactory()
    client.force_login(rep)
    page = client.get(f"/fr/working-groups/{group.slug}/")
    assert 'name="motivation"' in page.content.decode()
    response = client.post(
        f"/fr/working-groups/{group.slug}/",
        {
            "organisation": organisation.pk,
            "motivation": "Nous suivons les marchés publics.",
            "document": SimpleUploadedFile(
                "lettre.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"
            ),
        },
    )
    assert response.status_code == 302
    assert MembershipApplication.objects.get().organisation == organisation
    page = client.get(f"/fr/working-groups/{group.slug}/").content.decode()
    assert "attend une décision" in page


def test_a_representative_of_one_cso_does_not_have_to_pick_it(client, homes):
    rep = UserFactory()
    organisation = OrganisationFactory(representatives=[rep], name_fr="Seule CSO")
    group = WorkingGroupFactory()
    client.force_login(rep)
    page = client.get(f"/fr/working-groups/{group.slug}/").content.decode()
    assert "---------" not in page
    assert '<select name="organisation"' not in page
    assert f'<input type="hidden" name="organisation" value="{organisation.pk}"' in page
    assert "Seule CSO" in page


def test_a_representative_of_several_csos_chooses_one(client, homes):
    rep = UserFactory()
    OrganisationFactory(representatives=[rep])
    OrganisationFactory(representatives=[rep])
    group = WorkingGroupFactory()
    client.force_login(rep)
    page = client.get(f"/fr/working-groups/{group.slug}/").content.decode()
    assert '<select name="organisation"' in page


def test_nobody_applies_for_a_cso_they_do_not_represent(client, homes):
    organisation = OrganisationFactory(representatives=[UserFactory()])
    group = WorkingGroupFactory()
    client.force_login(UserFactory())
    response = client.post(
        f"/fr/working-groups/{group.slug}/",
        {"organisation": organisation.pk, "motivation": "x"},
    )
    assert response.status_code == 400
    assert not MembershipApplication.objects.exists()


def test_coordinators_decide_on_the_group_page(client, homes):
    coordinator = UserFactory()
    group = WorkingGroupFactory(coordinators=[coordinator])
    application = MembershipApplicationFactory(group=group)
    client.force_login(coordinator)
    page = client.get(f"/fr/working-groups/{group.slug}/").content.decode()
    assert application.motivation in page
    url = f"/fr/working-groups/applications/{application.pk}/decide/"
    response = client.post(url, {"decision": "reject", "reason": ""})
    assert response.status_code == 400
    response = client.post(url, {"decision": "approve", "reason": ""})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == "approved"


def test_others_cannot_decide(client, homes):
    application = MembershipApplicationFactory()
    client.force_login(UserFactory())
    url = f"/fr/working-groups/applications/{application.pk}/decide/"
    assert client.post(url, {"decision": "approve"}).status_code == 404


def test_a_representative_leaves_a_group(client, homes):
    rep = UserFactory()
    organisation = OrganisationFactory(representatives=[rep])
    membership = MembershipFactory(organisation=organisation)
    client.force_login(rep)
    response = client.post(
        f"/fr/working-groups/{membership.group.slug}/leave/",
        {"organisation": organisation.pk, "reason": "Fin du projet"},
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.left_at is not None


def test_a_member_sees_the_leave_form_under_its_own_heading(client, homes):
    rep = UserFactory()
    organisation = OrganisationFactory(representatives=[rep])
    membership = MembershipFactory(organisation=organisation)
    client.force_login(rep)
    page = client.get(f"/fr/working-groups/{membership.group.slug}/").content.decode()
    assert 'id="membership-title"' in page
    # The leave form comes under its heading, and no "Join" heading is shown to
    # someone whose only organisation is already a member.
    heading = page.index('id="membership-title"')
    assert heading < page.index("/leave/")
    assert 'id="join-title"' not in page


def test_the_account_page_lists_organisations_and_applications(client, homes):
    rep = UserFactory()
    organisation = OrganisationFactory(representatives=[rep])
    MembershipApplicationFactory(organisation=organisation)
    client.force_login(rep)
    content = client.get("/fr/account/").content.decode()
    assert organisation.name_fr in content
    assert "Pending" in content or "En attente" in content


def test_the_secretariat_verifies_in_the_admin(client, homes, secretariat, editor):
    organisation = OrganisationFactory(verified=False)
    url = f"/admin/civil-society/organisations/{organisation.pk}/verify/"
    client.force_login(editor)
    assert client.get(url).status_code == 302  # refused: back to the dashboard
    assert client.post(url).status_code == 302
    organisation.refresh_from_db()
    assert not organisation.verified
    client.force_login(secretariat)
    url = f"/admin/civil-society/organisations/{organisation.pk}/verify/"
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    organisation.refresh_from_db()
    assert organisation.verified
    assert client.get("/admin/civil-society/organisations/").status_code == 200
    assert client.get("/admin/civil-society/applications/").status_code == 200
    assert client.get("/admin/events/registrations/").status_code == 200
    assert client.get("/admin/snippets/events/event/").status_code == 200


def test_representatives_edit_their_organisation_and_others_cannot(client, homes):
    rep = UserFactory()
    organisation = OrganisationFactory(representatives=[rep], province="Rabat")
    url = f"/fr/organisations/{organisation.slug}/edit/"
    client.force_login(UserFactory())
    assert client.get(url).status_code == 404
    client.force_login(rep)
    form = client.get(url).context["form"]
    data = {k: v for k, v in form.initial.items() if v is not None}
    data.update(province="Salé", fields_of_action="transparence, jeunesse")
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    organisation.refresh_from_db()
    assert organisation.province == "Salé"
    assert organisation.registration_number.startswith("RC-")
    assert sorted(t.name for t in organisation.fields_of_action.all()) == [
        "jeunesse",
        "transparence",
    ]


def test_the_organisation_page_keeps_former_memberships(client, homes):
    from django.utils import timezone

    membership = MembershipFactory(organisation=OrganisationFactory())
    membership.left_at = timezone.now()
    membership.save()
    page = client.get(membership.organisation.get_absolute_url())
    assert membership.group.name in page.content.decode()


def test_the_logo_of_an_unverified_organisation_is_not_served(
    client, homes, settings, tmp_path
):
    from django.core.files.base import ContentFile

    from tests.factories import OrganisationFactory

    settings.MEDIA_ROOT = tmp_path
    organisation = OrganisationFactory(verified=False, verified_at=None)
    organisation.logo.save("logo.png", ContentFile(png_bytes()), save=True)
    address = f"/media/{organisation.logo.name}"
    assert client.get(address).status_code == 404
    organisation.verified = True
    organisation.save()
    response = client.get(address)
    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
