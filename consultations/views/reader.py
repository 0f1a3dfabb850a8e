"""What a consultation's page shows of its reader, for the page stored once for
every signed-in citizen with holes (``core.cache.holes``): which contributions
they support, which they wrote (no support button, a link to withdraw), what
they follow."""

import contextlib

from django.contrib.auth import get_user_model

from core import activity
from core.cache import Recording, depends_on, entries, holes

from .. import queries, services
from ..models import Consultation, Contribution, Support

STATE_SECONDS = 3600


def mark(request, source, contributions, endorsable) -> None:
    """On a page rendered with holes: what each contribution offers to an
    active citizen, its author or not, and what the fill must know of the page."""
    recording = holes.active(request)
    if recording is None:
        return
    recording.facts = {"source": source.pk, "endorsable": bool(endorsable)}
    for contribution in contributions:
        contribution.support_open = services.support_offered(
            contribution=contribution, consultation=source, own=False
        )
        contribution.withdraw_open = services.withdrawal_offered(
            contribution=contribution
        )


@contextlib.contextmanager
def _following(request, key, following: bool):
    had = hasattr(request, "_follow_keys")
    saved = getattr(request, "_follow_keys", None)
    request._follow_keys = frozenset([key] if following else [])
    try:
        yield
    finally:
        if had:
            request._follow_keys = saved
        else:
            del request._follow_keys


@contextlib.contextmanager
def _as(contribution, own: bool, supported: bool):
    contribution.supportable = contribution.support_open and not own
    contribution.withdrawable = own and contribution.withdraw_open
    contribution.supported, contribution.endorse_options = supported, []
    try:
        yield
    finally:
        del contribution.supportable, contribution.withdrawable


class Reader:
    """The holes of a consultation's page: a contribution's support button
    ("support": the author has none), its withdraw link ("withdraw": the
    author's) and the follow buttons ("follow")."""

    @staticmethod
    def subject_key(subject, aspect: str) -> tuple:
        pk = subject.pk if isinstance(subject, Contribution) else None
        return (aspect, pk, activity.follow_key(subject))

    @staticmethod
    def states(subject, aspect: str, request):
        """Each state of a reader towards ``subject`` that the part shows, and
        how to show it."""
        key = activity.follow_key(subject)
        if aspect == "follow":
            for following in (False, True):
                yield (following,), lambda _c, f=following: _following(request, key, f)
            return
        if aspect == "support":
            both = ((False, False), (False, True), (True, False))
        elif aspect == "withdraw":
            both = ((False, False), (True, False))
        else:
            raise ValueError(f"No such part of a reader's state: {aspect}")
        for own, supported in both:
            yield (own, supported), lambda _c, o=own, s=supported: _as(subject, o, s)

    @staticmethod
    def state_of(state: dict, subject: tuple) -> tuple:
        aspect, pk, key = subject
        if aspect == "follow":
            return (key in state["follows"],)
        own = pk in state["wrote"]
        supported = aspect == "support" and not own and pk in state["supports"]
        return (own, supported)

    @staticmethod
    def key(user_id, facts: dict) -> str:
        """Where the reader's state on this page's consultation is stored."""
        return f"sharaka:reader:{user_id}:{facts['source']}"

    @staticmethod
    def read(lookup: entries.Lookup, user_id, facts: dict) -> dict | None:
        """The reader's state on this consultation, stored until their own
        writes (supports, contributions, follows) change it."""
        if lookup.hit:
            return lookup.value
        user = get_user_model().objects.filter(pk=user_id).first()
        source = Consultation.objects.filter(pk=facts["source"]).first()
        if user is None or source is None:
            return None
        with Recording() as recording:
            depends_on(holes.reader_scope(user_id), instead_of=(Contribution, Support))
            state = queries.reader_state(user, source)
        entries.store(lookup, state, recording.scopes(), STATE_SECONDS)
        return state

    @staticmethod
    def fallback(state: dict, facts: dict) -> bool:
        """Whether the page is rendered whole for this reader: their
        organisations' endorsement buttons are not holes."""
        return state["endorses"] and facts["endorsable"]
