"""The people and the objects of the authorisation matrix, built once a module.

Every role is a real account made the way ``tests/fixtures/people.py`` makes
them (the admin groups of ``core.roles``, from the migrations); every object
comes from the factories, in its public and its private states. Private rows
and fields carry a marker (``Z9`` then a name) that the matrix looks for in
every answer: ``MARKERS`` says who may ever read each one through the API.
"""

import datetime

from django.utils import timezone

from core.roles import EDITORS, MODERATORS, SECRETARIAT
from tests import factories as f
from tests.factories import action_plans as ap
from tests.factories.cms import member_of

ANONYMOUS, INACTIVE = "anonymous", "inactive"
ROLES = (
    ANONYMOUS,
    "citizen",  # signed in, tied to nothing
    "owner",  # author, registrant, representative of the applicant, focal point
    "representative",  # represents another verified organisation
    "member",  # coordinates the group, sits on the body and the call's committee
    "moderator",
    "secretariat",
    "editor",
    "superuser",
    INACTIVE,  # a deactivated account that was secretariat and owner
)
SIGNED_IN = frozenset(ROLES) - {ANONYMOUS, INACTIVE}
EVERYONE = frozenset(ROLES)
NOBODY = frozenset()
STAFF = frozenset({"secretariat", "superuser"})

# Who may ever read each private marker in an API answer.
MARKERS = {
    "Z9contribpending": NOBODY,
    "Z9contribunverified": NOBODY,
    "Z9contribrejected": NOBODY,
    "Z9contribhidden": NOBODY,
    "Z9commenthidden": NOBODY,
    "Z9commentonpending": NOBODY,
    "z9-anon-author@example.org": NOBODY,
    # One's own address, in the answer to one's own registration.
    "z9-owner@example.org": frozenset({"owner"}),
    "z9-citizen@example.org": frozenset({"citizen"}),
    "z9-org-a@asso.example": NOBODY,
    "+212611119999": NOBODY,
    "Z9orgunverified": NOBODY,
    "Z9grouphidden": NOBODY,
    "Z9newsdraft": NOBODY,
    "Z9decisiondraft": NOBODY,
    "Z9eventunpublished": NOBODY,
    "z9-reg-owner@example.org": frozenset({"owner"}),
    "z9-reg-citizen@example.org": frozenset({"citizen"}),
    "Z9wgmotivation": frozenset({"owner", "member"}) | STAFF,
    "Z9bodyunpublished": NOBODY,
    "Z9meetingplanned": NOBODY,
    "Z9minutesdraft": NOBODY,
    "Z9proposal": NOBODY,
    "Z9plandraft": NOBODY,
    "Z9updatedraft": frozenset({"owner"}) | STAFF,
    "Z9updatesubmitted": frozenset({"owner"}) | STAFF,
    "Z9callunpublished": NOBODY,
    "Z9callappdraft": frozenset({"owner"}) | STAFF,
    "Z9callappcomplete": frozenset({"owner", "member"}) | STAFF,
    # Wagtail's own v2 endpoint serves a restricted collection to whom its
    # restriction admits (as its document links do); the library's API, to nobody.
    "Z9docrestricted": STAFF,
    "Z9doclogin": SIGNED_IN,
    "Z9pagedraft": NOBODY,
    "Z9notification": NOBODY,
    "Z9follow": NOBODY,
}


class World(dict):
    """Objects by name (``world["contribution"]``) and ``people`` by role."""

    people: dict


def _people():
    make = f.UserFactory
    people = {
        "citizen": make(email="z9-citizen@example.org"),
        "owner": make(email="z9-owner@example.org"),
        "representative": make(),
        "member": make(),
        "moderator": member_of(make(), MODERATORS),
        "secretariat": member_of(make(), SECRETARIAT),
        "editor": member_of(make(), EDITORS),
        "superuser": make(is_staff=True, is_superuser=True),
        INACTIVE: member_of(make(is_active=False), SECRETARIAT),
    }
    return people


def _consultations(w, p):
    from consultations.models import CommentStatus, ContributionStatus, Support

    consultation = f.ConsultationFactory(allow_anonymous=True)
    w["consultation"] = consultation
    w["contribution"] = f.ContributionFactory(
        consultation=consultation,
        author=p["owner"],
        title="Public matrixsecret proposal",
    )
    w["other_contribution"] = f.ContributionFactory(consultation=consultation)
    w["consultation_members"] = f.ConsultationFactory(allow_anonymous=False)
    for status, marker in [
        (ContributionStatus.PENDING_MODERATION, "Z9contribpending"),
        (ContributionStatus.REJECTED, "Z9contribrejected"),
        (ContributionStatus.HIDDEN, "Z9contribhidden"),
    ]:
        w[f"contribution_{status}"] = f.ContributionFactory(
            consultation=consultation,
            author=p["owner"],
            status=status,
            title=f"{marker} matrixsecret",
            body=f"{marker} body",
            published_at=None,
        )
    w["contribution_unverified"] = f.ContributionFactory(
        consultation=consultation,
        author=None,
        author_name="Z9contribunverified",
        author_email="z9-anon-author@example.org",
        status=ContributionStatus.PENDING_VERIFICATION,
        title="Z9contribunverified matrixsecret",
        email_verified_at=None,
        published_at=None,
    )
    w["comment"] = f.CommentFactory(contribution=w["contribution"], author=p["owner"])
    w["comment_hidden"] = f.CommentFactory(
        contribution=w["contribution"],
        author=p["owner"],
        body="Z9commenthidden",
        status=CommentStatus.HIDDEN,
    )
    f.CommentFactory(
        contribution=w["contribution_pending_moderation"], body="Z9commentonpending"
    )
    w["supported_contribution"] = f.ContributionFactory(consultation=consultation)
    Support.objects.create(contribution=w["supported_contribution"], user=p["citizen"])


def _working_groups(w, p):
    from consultations.models import Endorsement
    from working_groups.models import MembershipApplication, Representative
    from working_groups.records import GroupDecision, GroupNews

    org_a = f.OrganisationFactory(
        slug="org-a",
        contact_email="z9-org-a@asso.example",
        contact_phone="+212611119999",
    )
    Representative.objects.create(organisation=org_a, user=p["owner"])
    Representative.objects.create(organisation=org_a, user=p[INACTIVE])
    org_b = f.OrganisationFactory()
    Representative.objects.create(organisation=org_b, user=p["representative"])
    unverified = f.OrganisationFactory(
        name_fr="Z9orgunverified", verified=False, verified_at=None
    )
    Representative.objects.create(organisation=unverified, user=p["owner"])
    group = f.WorkingGroupFactory(coordinators=[p["member"]])
    w["other_group"] = f.WorkingGroupFactory()
    w["group_hidden"] = f.WorkingGroupFactory(
        name="Z9grouphidden matrixsecret", is_public=False
    )
    w.update(org_a=org_a, org_b=org_b, org_unverified=unverified, group=group)
    w["wg_application"] = MembershipApplication.objects.create(
        organisation=org_a, group=group, motivation="Z9wgmotivation"
    )
    w["wg_application_b"] = MembershipApplication.objects.create(
        organisation=org_b, group=w["other_group"], motivation="Plain motivation."
    )
    w["endorsed_contribution"] = f.ContributionFactory(consultation=w["consultation"])
    Endorsement.objects.create(
        contribution=w["endorsed_contribution"],
        organisation=org_b,
        user=p["representative"],
    )
    w["news"] = GroupNews.objects.create(
        group=group, title_fr="Nouvelle", body_fr="Texte.", is_published=True
    )
    w["news_draft"] = GroupNews.objects.create(
        group=group, title_fr="Z9newsdraft matrixsecret", body_fr="Z9newsdraft"
    )
    w["decision"] = GroupDecision.objects.create(
        group=group, text_fr="Décision.", is_published=True
    )
    w["decision_draft"] = GroupDecision.objects.create(
        group=group, text_fr="Z9decisiondraft"
    )


def _events(w, p):
    w["event"] = f.EventFactory(capacity=50)
    w["event_open"] = f.EventFactory(capacity=50)
    w["event_unpublished"] = f.EventFactory(
        title="Z9eventunpublished matrixsecret", is_published=False
    )
    w["registration"] = f.RegistrationFactory(
        event=w["event"], user=p["owner"], email="z9-reg-owner@example.org"
    )
    w["registration_citizen"] = f.RegistrationFactory(
        event=w["event"], user=p["citizen"], email="z9-reg-citizen@example.org"
    )


def _governance(w, p):
    from governance.models import AgendaProposal, Decision, MeetingStatus

    body = f.BodyFactory()
    w["body_unpublished"] = f.BodyFactory(
        name="Z9bodyunpublished matrixsecret", is_published=False
    )
    mandate = f.MemberFactory(body=body, user=p["member"])
    w["body"] = body
    now = timezone.now()
    w["meeting"] = f.MeetingFactory(
        body=body,
        status=MeetingStatus.INVITED,
        start=now + datetime.timedelta(days=20),
        invitation_sent_at=now,
    )
    w["meeting_planned"] = f.MeetingFactory(
        body=body, title_fr="Z9meetingplanned matrixsecret"
    )
    w["meeting_review"] = f.MeetingFactory(
        body=body,
        status=MeetingStatus.MINUTES_REVIEW,
        start=now - datetime.timedelta(days=3),
        invitation_sent_at=now - datetime.timedelta(days=20),
        minutes_drafted_at=now - datetime.timedelta(days=1),
        remarks_until=timezone.localdate() + datetime.timedelta(days=5),
    )
    Decision.objects.create(
        meeting=w["meeting_review"], text_ar="Z9minutesdraft", text_fr="Z9minutesdraft"
    )
    AgendaProposal.objects.create(
        meeting=w["meeting"], member=mandate, author=p["member"], text="Z9proposal"
    )


def _action_plans(w, p):
    from action_plans.models import UpdateStatus

    institution = ap.InstitutionFactory()
    ap.FocalPointFactory(user=p["owner"], institution=institution)
    plan = ap.PlanFactory()
    draft_plan = ap.PlanFactory(
        slug="z9-draft", title="Z9plandraft matrixsecret", is_public=False
    )
    commitment = ap.CommitmentFactory(plan=plan, lead=institution)
    w["milestone"] = ap.MilestoneFactory(commitment=commitment)
    w.update(plan=plan, plan_draft=draft_plan, commitment=commitment)
    w["commitment_draft"] = ap.CommitmentFactory(plan=draft_plan, lead=institution)
    w["update_published"] = ap.ProgressUpdateFactory(
        commitment=commitment,
        status=UpdateStatus.PUBLISHED,
        published_at=timezone.now(),
    )
    w["update_draft"] = ap.ProgressUpdateFactory(
        commitment=commitment, status=UpdateStatus.DRAFT, text="Z9updatedraft"
    )
    w["update_submitted"] = ap.ProgressUpdateFactory(
        commitment=commitment, text="Z9updatesubmitted"
    )


def _calls(w, p):
    from calls.models import ApplicationStatus

    call = f.CallFactory(documents=[])
    w["call_unpublished"] = f.CallFactory(
        title_fr="Z9callunpublished matrixsecret", is_published=False
    )
    w["call_fresh"] = f.CallFactory(documents=[])
    f.CommitteeMemberFactory(call=call, user=p["member"])
    w["call"] = call
    w["call_draft_app"] = f.ApplicationFactory(
        call=call,
        organisation=w["org_a"],
        status=ApplicationStatus.DRAFT,
        experience="Z9callappdraft",
        submitted_at=None,
    )
    other = f.CallFactory(documents=[])
    f.CommitteeMemberFactory(call=other, user=p["member"])
    w["call_complete_app"] = f.ApplicationFactory(
        call=other, organisation=w["org_a"], experience="Z9callappcomplete"
    )
    w["call_submitted_app"] = f.ApplicationFactory(
        call=other,
        organisation=w["org_b"],
        status=ApplicationStatus.SUBMITTED,
        experience="Plain experience.",
    )


def _documents_and_pages(w, p, homes):
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, CollectionViewRestriction

    w["document"] = f.LibraryDocumentFactory(title="Public matrixsecret report")
    root = Collection.get_first_root_node()
    restricted = root.add_child(name="Z9 restricted")
    restriction = CollectionViewRestriction.objects.create(
        collection=restricted, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name=SECRETARIAT))
    w["document_restricted"] = f.LibraryDocumentFactory(
        title="Z9docrestricted matrixsecret", collection=restricted
    )
    for_accounts = root.add_child(name="Z9 signed in")
    CollectionViewRestriction.objects.create(
        collection=for_accounts, restriction_type=CollectionViewRestriction.LOGIN
    )
    w["document_login"] = f.LibraryDocumentFactory(
        title="Z9doclogin matrixsecret", collection=for_accounts
    )
    w["image"] = f.ImageFactory()
    home = homes["fr"]
    w["page"] = f.StandardPageFactory(parent=home, title="Page publique")
    w["page_draft"] = f.StandardPageFactory(
        parent=home, title="Z9pagedraft matrixsecret", live=False
    )


def _notifications(w, p):
    from django.contrib.contenttypes.models import ContentType

    from notifications.models import Follow, Notification

    contribution = w["contribution"]
    Notification.objects.create(
        recipient=p["owner"],
        kind="contribution_published",
        content_type=ContentType.objects.get_for_model(contribution),
        object_id=str(contribution.pk),
        data={"title": "Z9notification"},
        channel="site",
    )
    Follow.objects.create(
        user=p["owner"],
        key="Z9follow",
        content_type=ContentType.objects.get_for_model(contribution),
        object_id=str(contribution.pk),
    )


def build():
    from demo.site import ensure_site
    from search.services import index_rebuild

    homes = ensure_site(hostname="testserver")
    w = World()
    w.people = _people()
    p = w.people
    _consultations(w, p)
    _working_groups(w, p)
    _events(w, p)
    _governance(w, p)
    _action_plans(w, p)
    _calls(w, p)
    _documents_and_pages(w, p, homes)
    _notifications(w, p)
    index_rebuild()  # what the search finds: the public rows only
    return w
