"""Rules of organisations and working groups, role by role."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from core.errors import Forbidden
from tests.factories import (
    MembershipApplicationFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    WorkingGroupFactory,
)
from working_groups import services
from working_groups.models import (
    ApplicationStatus,
    Membership,
    MembershipApplication,
    Organisation,
)

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def representative():
    return UserFactory()


@pytest.fixture
def organisation(representative):
    return OrganisationFactory(representatives=[representative])


@pytest.fixture
def coordinator():
    return UserFactory()


@pytest.fixture
def group(homes, coordinator):
    return WorkingGroupFactory(coordinators=[coordinator])


def register_kwargs(**overrides):
    data = {
        "name_ar": "جمعية الشفافية",
        "name_fr": "Association Transparence",
        "registration_number": "RC-2024-77",
        "region": "souss_massa",
        "province": "Agadir Ida-Outanane",
        "presentation": "Nous suivons les budgets communaux.",
        "fields_of_action": ["transparence", "budget"],
    }
    data.update(overrides)
    return data


def test_a_logged_in_person_registers_a_cso_and_becomes_its_representative(
    representative,
):
    organisation = services.organisation_register(
        user=representative, **register_kwargs()
    )
    assert not organisation.verified
    assert list(organisation.representatives.all()) == [representative]
    assert sorted(t.name for t in organisation.fields_of_action.all()) == [
        "budget",
        "transparence",
    ]
    assert organisation.contact_email == representative.email
    assert organisation.slug == "association-transparence"


def test_a_person_may_represent_several_csos(representative):
    services.organisation_register(user=representative, **register_kwargs())
    services.organisation_register(
        user=representative,
        **register_kwargs(registration_number="RC-2", name_fr="Autre"),
    )
    assert representative.organisations.count() == 2


def test_a_registration_number_is_registered_once(representative):
    services.organisation_register(user=representative, **register_kwargs())
    with pytest.raises(services.DuplicateOrganisation):
        services.organisation_register(
            user=UserFactory(), **register_kwargs(registration_number="rc-2024-77")
        )


def test_an_invalid_region_is_refused(representative):
    with pytest.raises(ValidationError):
        services.organisation_register(
            user=representative, **register_kwargs(region="atlantis")
        )


def test_only_the_secretariat_verifies(organisation, representative, secretariat):
    organisation.verified = False
    organisation.save()
    with pytest.raises(Forbidden):
        services.organisation_verify(organisation=organisation, by=representative)
    verified = services.organisation_verify(organisation=organisation, by=secretariat)
    assert verified.verified and verified.verified_by == secretariat
    assert verified.verified_at is not None
    withdrawn = services.organisation_verify(
        organisation=organisation, by=secretariat, verified=False
    )
    assert not withdrawn.verified and withdrawn.verified_at is None


def test_a_representative_applies_for_a_verified_cso(
    organisation, group, representative, outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        application = services.application_submit(
            organisation=organisation,
            group=group,
            by=representative,
            motivation="Nous travaillons sur l'accès à l'information.",
            document=SimpleUploadedFile("lettre.pdf", PDF, "application/pdf"),
        )
    assert application.status == ApplicationStatus.PENDING
    assert application.document.name.endswith(".pdf")
    assert outbox and outbox[0].to == [group.coordinators.get().email]


def test_a_supporting_document_is_checked_by_its_real_type(
    organisation, group, representative
):
    fake = SimpleUploadedFile("lettre.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")
    with pytest.raises(ValidationError):
        services.application_submit(
            organisation=organisation,
            group=group,
            by=representative,
            motivation="x",
            document=fake,
        )
    assert not MembershipApplication.objects.exists()


def test_someone_else_cannot_apply_for_a_cso(organisation, group):
    with pytest.raises(Forbidden):
        services.application_submit(
            organisation=organisation, group=group, by=UserFactory(), motivation="x"
        )


def test_an_unverified_cso_cannot_apply(group, representative):
    organisation = OrganisationFactory(verified=False, representatives=[representative])
    with pytest.raises(services.NotVerified):
        services.application_submit(
            organisation=organisation, group=group, by=representative, motivation="x"
        )


def test_a_closed_group_takes_no_application(organisation, representative, homes):
    group = WorkingGroupFactory(is_open=False)
    with pytest.raises(services.GroupClosed):
        services.application_submit(
            organisation=organisation, group=group, by=representative, motivation="x"
        )


def test_one_pending_application_per_group(organisation, group, representative):
    services.application_submit(
        organisation=organisation, group=group, by=representative, motivation="x"
    )
    with pytest.raises(services.ApplicationPending):
        services.application_submit(
            organisation=organisation, group=group, by=representative, motivation="y"
        )


def test_members_cannot_apply_again(organisation, group, representative):
    MembershipFactory(organisation=organisation, group=group)
    with pytest.raises(services.AlreadyMember):
        services.application_submit(
            organisation=organisation, group=group, by=representative, motivation="x"
        )


def test_a_coordinator_approves_and_the_cso_is_told(
    organisation,
    group,
    coordinator,
    representative,
    outbox,
    django_capture_on_commit_callbacks,
):
    application = MembershipApplicationFactory(organisation=organisation, group=group)
    with django_capture_on_commit_callbacks(execute=True):
        services.application_approve(application=application, by=coordinator)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert application.decided_by == coordinator
    assert Membership.objects.get(organisation=organisation, group=group).is_active
    assert [m.to for m in outbox] == [[representative.email]]


def test_a_rejection_needs_a_reason_that_the_cso_receives(
    organisation, group, secretariat, outbox, django_capture_on_commit_callbacks
):
    application = MembershipApplicationFactory(organisation=organisation, group=group)
    with pytest.raises(ValidationError):
        services.application_reject(application=application, by=secretariat, reason="")
    with django_capture_on_commit_callbacks(execute=True):
        services.application_reject(
            application=application, by=secretariat, reason="Hors du périmètre."
        )
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert "Hors du périmètre." in outbox[0].body
    assert not Membership.objects.exists()


def test_only_coordinators_or_the_secretariat_decide(
    organisation, group, representative
):
    application = MembershipApplicationFactory(organisation=organisation, group=group)
    other_coordinator = UserFactory()
    WorkingGroupFactory(coordinators=[other_coordinator])
    for person in (representative, UserFactory(), other_coordinator):
        with pytest.raises(Forbidden):
            services.application_approve(application=application, by=person)


def test_a_decision_is_taken_once(organisation, group, coordinator):
    application = MembershipApplicationFactory(organisation=organisation, group=group)
    services.application_approve(application=application, by=coordinator)
    with pytest.raises(services.AlreadyDecided):
        services.application_reject(
            application=application, by=coordinator, reason="Trop tard"
        )


def test_a_representative_withdraws_a_pending_application(
    organisation, group, representative
):
    application = MembershipApplicationFactory(organisation=organisation, group=group)
    with pytest.raises(Forbidden):
        services.application_withdraw(application=application, by=UserFactory())
    services.application_withdraw(application=application, by=representative)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN


def test_leaving_keeps_the_history_and_allows_rejoining(
    organisation, group, representative, coordinator
):
    first = MembershipFactory(organisation=organisation, group=group)
    with pytest.raises(Forbidden):
        services.membership_leave(
            organisation=organisation, group=group, by=UserFactory()
        )
    services.membership_leave(
        organisation=organisation, group=group, by=representative, reason="Priorités"
    )
    first.refresh_from_db()
    assert first.left_at is not None and first.left_reason == "Priorités"
    application = services.application_submit(
        organisation=organisation, group=group, by=representative, motivation="Retour"
    )
    services.application_approve(application=application, by=coordinator)
    history = Membership.objects.filter(organisation=organisation, group=group)
    assert history.count() == 2
    assert history.filter(left_at__isnull=True).count() == 1


def test_leaving_a_group_one_is_not_in_is_refused(organisation, group, representative):
    from core.errors import DomainError

    with pytest.raises(DomainError):
        services.membership_leave(
            organisation=organisation, group=group, by=representative
        )


def test_applications_attach_to_the_source_group_whatever_the_language(
    organisation, group, representative
):
    from wagtail.models import Locale

    arabic = group.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.name = "مجموعة الشفافية"
    arabic.slug = "majmouat-al-shafafiya"
    arabic.save()
    application = services.application_submit(
        organisation=organisation, group=arabic, by=representative, motivation="x"
    )
    assert application.group_id == group.pk


def test_an_organisation_keeps_at_least_one_representative(
    organisation, representative
):
    from core.errors import DomainError

    with pytest.raises(DomainError):
        services.representative_remove(
            organisation=organisation, user=representative, by=representative
        )
    colleague = UserFactory()
    services.representative_add(
        organisation=organisation, user=colleague, by=representative
    )
    services.representative_remove(
        organisation=organisation, user=representative, by=colleague
    )
    assert list(organisation.representatives.all()) == [colleague]


def test_personal_data_export_and_erasure(organisation, group, representative):
    from accounts.services import account_delete, account_export

    MembershipApplicationFactory(
        organisation=organisation, group=group, submitted_by=representative
    )
    data = account_export(user=representative)["working_groups"]
    assert data["organisations_represented"][0]["organisation"] == organisation.name_fr
    assert len(data["applications_submitted"]) == 1
    account_delete(user=representative)
    assert Organisation.objects.filter(pk=organisation.pk).exists()
    submitter = MembershipApplication.objects.get().submitted_by
    assert submitter is None or submitter.email != representative.email
    assert not organisation.representative_links.exists()


def test_a_person_registers_a_few_organisations_an_hour_at_most(representative):
    from core.antiabuse import RateLimited

    for n in range(services.REGISTRATIONS_PER_HOUR):
        services.organisation_register(
            user=representative, **register_kwargs(registration_number=f"RC-{n}")
        )
    with pytest.raises(RateLimited):
        services.organisation_register(
            user=representative, **register_kwargs(registration_number="RC-late")
        )
    assert representative.organisations.count() == services.REGISTRATIONS_PER_HOUR
