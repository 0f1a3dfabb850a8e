"""Who may do what in calls for applications (django-rules).

The one definition: services, site views, admin views and the API ask
``user.has_perm("calls.<rule>", obj)``. The secretariat runs the call (article 6);
representatives of a verified organisation apply; the selection committee's
scoring members score complete applications of organisations they are not tied
to; files and scores stay with those who must see them until the publication.
"""

import rules

from core.roles import is_active_user, is_secretariat

from .models import (
    Application,
    ApplicationStatus,
    Call,
    CommitteeMember,
    Conflict,
    Election,
)
from .models.calls import OBSERVER_ROLES


def _call_of(obj):
    if isinstance(obj, Application):
        return obj.call
    if isinstance(obj, Election):
        return obj.call
    return obj if isinstance(obj, Call) else None


def _seat(user, obj):
    """The user's seat on the committee of ``obj``'s call (cached per object)."""
    call = _call_of(obj)
    if call is None or not is_active_user(user):
        return None
    cache = user.__dict__.setdefault("_calls_seats", {})
    if call.pk not in cache:
        cache[call.pk] = CommitteeMember.objects.filter(call=call, user=user).first()
    return cache[call.pk]


@rules.predicate
def call_is_published(user, obj) -> bool:
    call = _call_of(obj)
    return call is not None and call.is_published


@rules.predicate
def call_is_open(user, call) -> bool:
    return isinstance(call, Call) and call.is_open


@rules.predicate
def represents_verified_organisation(user, call) -> bool:
    return is_active_user(user) and user.organisations.filter(verified=True).exists()


@rules.predicate
def represents_applicant(user, application) -> bool:
    return (
        isinstance(application, Application)
        and is_active_user(user)
        and application.organisation.representative_links.filter(user=user).exists()
    )


@rules.predicate
def is_editable(user, application) -> bool:
    return (
        isinstance(application, Application)
        and application.editable
        and application.call.is_open
    )


@rules.predicate
def is_complete(user, application) -> bool:
    return (
        isinstance(application, Application)
        and application.status == ApplicationStatus.COMPLETE
    )


@rules.predicate
def is_submitted(user, application) -> bool:
    return (
        isinstance(application, Application)
        and application.status != ApplicationStatus.DRAFT
    )


@rules.predicate
def results_published(user, obj) -> bool:
    call = _call_of(obj)
    return call is not None and call.results_published


@rules.predicate
def sits_on_committee(user, obj) -> bool:
    return _seat(user, obj) is not None


@rules.predicate
def scores_on_committee(user, obj) -> bool:
    seat = _seat(user, obj)
    return seat is not None and seat.role not in OBSERVER_ROLES


@rules.predicate
def is_tied(user, application) -> bool:
    """A declared conflict of interest with the application's organisation."""
    seat = _seat(user, application)
    return (
        seat is not None
        and isinstance(application, Application)
        and Conflict.objects.filter(
            member=seat, organisation_id=application.organisation_id
        ).exists()
    )


@rules.predicate
def scoring_is_over(user, call) -> bool:
    """Every scoring member has scored every complete application they may."""
    from .queries import scoring_complete

    call = _call_of(call)
    return call is not None and scoring_complete(call)


@rules.predicate
def election_is_open(user, election) -> bool:
    return isinstance(election, Election) and election.is_open


@rules.predicate
def election_results_published(user, election) -> bool:
    return isinstance(election, Election) and election.results_published_at is not None


@rules.predicate
def election_is_closed(user, election) -> bool:
    return isinstance(election, Election) and election.is_closed


@rules.predicate
def represents_space_member(user, election) -> bool:
    from .queries import voting_organisations

    return is_active_user(user) and bool(voting_organisations(user))


# The call, its grid and committee, completeness, tie decisions, publication.
rules.add_perm("calls.manage", is_secretariat)
rules.add_perm("calls.view_call", call_is_published | is_secretariat)
# Applying: a representative of a verified organisation, while the call is open.
rules.add_perm("calls.apply", call_is_open & represents_verified_organisation)
rules.add_perm("calls.edit_application", represents_applicant & is_editable)
# An application: its organisation, the secretariat, the committee once it is
# complete (observers too: they follow the procedure), everyone after results.
rules.add_perm(
    "calls.view_application",
    represents_applicant
    | is_secretariat
    | (is_complete & sits_on_committee)
    | (is_submitted & results_published),
)
# Its files: never public; tied members do not open them.
rules.add_perm(
    "calls.view_documents",
    represents_applicant
    | is_secretariat
    | (is_complete & sits_on_committee & ~is_tied),
)
rules.add_perm(
    "calls.check_application", is_secretariat & is_submitted & ~results_published
)
rules.add_perm(
    "calls.score",
    scores_on_committee & is_complete & ~is_tied & ~results_published,
)


@rules.predicate
def sits_on_any_committee(user) -> bool:
    return (
        is_active_user(user)
        and CommitteeMember.objects.filter(
            user=user, call__results_published_at=None
        ).exists()
    )


# The admin's "Selection committee" menu: members of a committee at work.
rules.add_perm("calls.committee_home", sits_on_any_committee | is_secretariat)
# The committee's own screen of a call.
rules.add_perm("calls.committee", sits_on_committee | is_secretariat)
# Every member's scores: blind until all have scored, public once published.
rules.add_perm(
    "calls.view_scores",
    results_published | ((sits_on_committee | is_secretariat) & scoring_is_over),
)
rules.add_perm("calls.vote", election_is_open & represents_space_member)
rules.add_perm(
    "calls.view_election_results",
    election_results_published | (is_secretariat & election_is_closed),
)
rules.add_perm("calls.list_applications", is_active_user)
