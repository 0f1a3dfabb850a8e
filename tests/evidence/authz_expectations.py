"""Who may do what through the API: one entry per operation of /api/schema/.

Each operation lists its cases: the state of its target, the path's parameters
(from the world of ``authz_world``), who may (``who``: every other role must be
refused with 401, 403, 404 or 409 and nothing written), and for a write its
body. Read from the rules (``<app>/rules.py``) and the queries that say what is
public, never from what the API happens to answer. ``inactive`` is a
deactivated account: the API treats it as a visitor, so where anonymous people
may act, so may it (after the same proof of work).
"""

from collections.abc import Callable
from dataclasses import dataclass

from tests.evidence.authz_world import (
    ANONYMOUS,
    EVERYONE,
    INACTIVE,
    NOBODY,
    SIGNED_IN,
    STAFF,
)


@dataclass(frozen=True)
class Case:
    state: str
    who: frozenset
    target: Callable = lambda w: {}
    body: Callable | None = None
    query: str = ""
    refusals: frozenset = frozenset({401, 403, 404, 409})
    # Words an allowed answer must contain (the search finds the public rows).
    shows: tuple = ()


def pk(name, key="id"):
    return lambda w: {key: w[name].pk}


def slug(name, key="slug"):
    return lambda w: {key: w[name].slug}


def roles(*names):
    return frozenset(names)


OWNER = roles("owner")
MEMBER = roles("member")
# Django grants every rule to an active superuser: they act for anyone, but
# never out of the object's state (a published update, a complete file).
SUPERUSER = roles("superuser")
VISITORS = roles(ANONYMOUS, INACTIVE)


def public(*, query="", shows=()):
    """A read anyone may make (lists: what they list is checked by the markers)."""
    return [Case("public", EVERYONE, query=query, shows=shows)]


def detail(key, name, private: dict, lookup=pk):
    """A public object for everyone, each private one for ``private[name]``."""
    return [Case("public", EVERYONE, lookup(name, key))] + [
        Case(state, who, lookup(state_name, key))
        for state, (state_name, who) in private.items()
    ]


def _contribution_body(consultation):
    return lambda w: {
        "consultation": w[consultation].pk,
        "kind": "proposal",
        "title": "Matrix proposal",
        "body": "A proposal written by the authorisation matrix.",
        "language": "fr",
        "author_name": "Visitor",
        "author_email": "visitor@example.org",
    }


def _update_body(w):
    return {
        "commitment": w["commitment"].pk,
        "text": "Progress written by the matrix.",
        "language": "ar",
        "milestones": [
            {"milestone": w["milestone"].pk, "status": "in_progress", "completion": 40}
        ],
    }


def _scores(w):
    criteria = w["call_complete_app"].call.criteria.all()
    return {"points": {str(c.pk): 1 for c in criteria}}


# A signed link is the proof: a forged one is refused as not valid (400).
TOKEN_REFUSED = frozenset({400})
FORGED = lambda w: {"token": "forged:token"}  # noqa: E731
FLAG = lambda w: {"reason": "spam"}  # noqa: E731
TEXT = lambda w: {"text": "Written by the authorisation matrix."}  # noqa: E731

EXPECTATIONS = {
    # --- consultations ---
    "GET /api/consultations/": public(),
    "GET /api/consultations/{slug}/": detail("slug", "consultation", {}, slug),
    "GET /api/consultations/{slug}/comments/": detail("slug", "consultation", {}, slug),
    "GET /api/consultations/{slug}/contributions/": detail(
        "slug", "consultation", {}, slug
    ),
    "GET /api/contributions/": public(),
    "GET /api/contributions/{id}/": detail(
        "id",
        "contribution",
        {
            "pending": ("contribution_pending_moderation", NOBODY),
            "rejected": ("contribution_rejected", NOBODY),
            "hidden": ("contribution_hidden", NOBODY),
            "unverified": ("contribution_unverified", NOBODY),
        },
    ),
    "POST /api/contributions/": [
        Case("open to visitors", EVERYONE, body=_contribution_body("consultation")),
        Case(
            "accounts only",
            SIGNED_IN,
            body=_contribution_body("consultation_members"),
        ),
    ],
    "PATCH /api/contributions/{id}/": [
        Case(
            "own, awaiting moderation",
            OWNER,
            pk("contribution_pending_moderation"),
            lambda w: {"title": "Corrected by its author"},
        ),
        Case("own, published", NOBODY, pk("contribution"), TEXT),
        Case("someone else's, published", NOBODY, pk("other_contribution"), TEXT),
    ],
    "POST /api/contributions/{id}/withdraw/": [
        Case("own, published", OWNER | roles("superuser"), pk("contribution")),
        Case("someone else's", roles("superuser"), pk("other_contribution")),
        Case("own, rejected", NOBODY, pk("contribution_rejected")),
    ],
    "POST /api/contributions/{id}/endorse/": [
        Case(
            "for the organisation one represents",
            roles("representative", "superuser"),
            pk("other_contribution"),
            lambda w: {"organisation": w["org_b"].pk},
        ),
        Case(
            "hidden",
            NOBODY,
            pk("contribution_hidden"),
            lambda w: {"organisation": w["org_b"].pk},
        ),
    ],
    "DELETE /api/contributions/{id}/endorse/": [
        Case(
            "an endorsement given",
            roles("representative", "superuser"),
            pk("endorsed_contribution"),
            lambda w: {"organisation": w["org_b"].pk},
        ),
    ],
    "POST /api/contributions/{id}/report/": [
        Case("published", SIGNED_IN, pk("other_contribution"), FLAG),
        Case("pending", NOBODY, pk("contribution_pending_moderation"), FLAG),
    ],
    "POST /api/contributions/{id}/support/": [
        Case("someone else's", SIGNED_IN, pk("other_contribution")),
        Case("own", SIGNED_IN - OWNER, pk("contribution")),
        Case("hidden", NOBODY, pk("contribution_hidden")),
    ],
    "DELETE /api/contributions/{id}/support/": [
        # Each person removes their own support (none: nothing to remove, 204).
        Case("supported by the citizen", SIGNED_IN, pk("supported_contribution")),
    ],
    "POST /api/contributions/verify/": [
        Case("a forged token", NOBODY, body=FORGED, refusals=TOKEN_REFUSED),
    ],
    "GET /api/comments/": public(),
    "POST /api/comments/": [
        Case(
            "on a published contribution",
            SIGNED_IN,
            body=lambda w: {"contribution": w["other_contribution"].pk, "body": "Yes."},
        ),
        Case(
            "on a pending contribution",
            NOBODY,
            body=lambda w: {
                "contribution": w["contribution_pending_moderation"].pk,
                "body": "Yes.",
            },
        ),
    ],
    "GET /api/comments/{id}/": detail(
        "id", "comment", {"hidden": ("comment_hidden", NOBODY)}
    ),
    "POST /api/comments/{id}/report/": [
        Case("published", SIGNED_IN, pk("comment"), FLAG),
        Case("hidden", NOBODY, pk("comment_hidden"), FLAG),
    ],
    # --- events ---
    "GET /api/events/": public(),
    "GET /api/events/{id}/": detail(
        "id", "event", {"unpublished": ("event_unpublished", NOBODY)}
    ),
    "GET /api/registrations/": [Case("own", SIGNED_IN)],
    "POST /api/registrations/": [
        Case(
            "published event",
            EVERYONE,
            body=lambda w: {
                "event": w["event_open"].pk,
                "name": "Visitor",
                "email": "visitor@example.org",
            },
        ),
        Case(
            "unpublished event",
            NOBODY,
            body=lambda w: {
                "event": w["event_unpublished"].pk,
                "name": "Visitor",
                "email": "visitor@example.org",
            },
        ),
    ],
    "GET /api/registrations/{id}/": [
        Case("the owner's", OWNER, pk("registration")),
        Case("the citizen's", roles("citizen"), pk("registration_citizen")),
    ],
    "POST /api/registrations/{id}/cancel/": [
        Case("the owner's", OWNER, pk("registration")),
    ],
    "POST /api/registration-cancellations/": [
        Case("a forged token", NOBODY, body=FORGED, refusals=TOKEN_REFUSED),
    ],
    # --- working groups and organisations ---
    "GET /api/organisations/": public(),
    "GET /api/organisations/{slug}/": detail(
        "slug", "org_a", {"unverified": ("org_unverified", NOBODY)}, slug
    ),
    "GET /api/working-groups/": public(),
    "GET /api/working-groups/{slug}/": detail(
        "slug", "group", {"hidden": ("group_hidden", NOBODY)}, slug
    ),
    "GET /api/working-group-news/": public(),
    "GET /api/working-group-news/{id}/": detail(
        "id", "news", {"draft": ("news_draft", NOBODY)}
    ),
    "GET /api/working-group-decisions/": public(),
    "GET /api/working-group-decisions/{id}/": detail(
        "id", "decision", {"draft": ("decision_draft", NOBODY)}
    ),
    "GET /api/working-group-applications/": [Case("own", SIGNED_IN)],
    "POST /api/working-group-applications/": [
        Case(
            "for organisation A",
            OWNER | STAFF,
            body=lambda w: {
                "organisation": w["org_a"].pk,
                "group": w["other_group"].pk,
                "motivation": "We want to take part.",
            },
        ),
    ],
    "GET /api/working-group-applications/{id}/": [
        Case("A's to the group", OWNER | MEMBER | STAFF, pk("wg_application")),
    ],
    "POST /api/working-group-applications/{id}/approve/": [
        Case("pending", MEMBER | STAFF, pk("wg_application")),
    ],
    "POST /api/working-group-applications/{id}/reject/": [
        Case(
            "pending",
            MEMBER | STAFF,
            pk("wg_application"),
            lambda w: {"reason": "Not this year."},
        ),
    ],
    "POST /api/working-group-applications/{id}/withdraw/": [
        Case("pending", OWNER | roles("superuser"), pk("wg_application")),
    ],
    # --- governance ---
    "GET /api/governance/bodies/": public(),
    "GET /api/governance/bodies/{slug}/": detail(
        "slug", "body", {"unpublished": ("body_unpublished", NOBODY)}, slug
    ),
    "GET /api/governance/invitations/": [Case("own", SIGNED_IN)],
    "GET /api/governance/meetings/": public(),
    "GET /api/governance/meetings/{slug}/": detail(
        "slug",
        "meeting",
        {
            "planned": ("meeting_planned", NOBODY),
            "minutes in review": ("meeting_review", EVERYONE),
        },
        slug,
    ),
    "POST /api/governance/meetings/{slug}/propose/": [
        Case("invited", MEMBER, slug("meeting"), TEXT),
        Case("planned", NOBODY, slug("meeting_planned"), TEXT),
    ],
    "POST /api/governance/meetings/{slug}/remark/": [
        Case("minutes in review", MEMBER, slug("meeting_review"), TEXT),
        Case("invited", NOBODY, slug("meeting"), TEXT),
    ],
    # --- action plans ---
    "GET /api/action-plans/": public(),
    "GET /api/action-plans/{slug}/": detail(
        "slug", "plan", {"draft": ("plan_draft", NOBODY)}, slug
    ),
    "GET /api/action-plans/commitments/": public(),
    "GET /api/action-plans/commitments/{id}/": detail(
        "id", "commitment", {"draft plan": ("commitment_draft", NOBODY)}
    ),
    "GET /api/action-plans/data/": public(),
    "GET /api/action-plans/data/{scope}/": detail(
        "scope", "plan", {"draft": ("plan_draft", NOBODY)}, slug
    ),
    "GET /api/action-plans/schema/": public(),
    "GET /api/action-plans/updates/": public(),
    "POST /api/action-plans/updates/": [
        Case("on its lead's commitment", OWNER | SUPERUSER, body=_update_body),
    ],
    "GET /api/action-plans/updates/{id}/": detail(
        "id",
        "update_published",
        {
            "draft": ("update_draft", OWNER | STAFF),
            "submitted": ("update_submitted", OWNER | STAFF),
        },
    ),
    "PATCH /api/action-plans/updates/{id}/": [
        Case("draft", OWNER | SUPERUSER, pk("update_draft"), _update_body),
        Case("submitted", NOBODY, pk("update_submitted"), _update_body),
    ],
    "POST /api/action-plans/updates/{id}/review/": [
        Case(
            "submitted",
            STAFF,
            pk("update_submitted"),
            lambda w: {"decision": "publish"},
        ),
        Case("draft", NOBODY, pk("update_draft"), lambda w: {"decision": "publish"}),
    ],
    # --- calls for applications ---
    "GET /api/calls/": public(),
    "GET /api/calls/{slug}/": detail(
        "slug", "call", {"unpublished": ("call_unpublished", NOBODY)}, slug
    ),
    "GET /api/calls/{slug}/results/": [
        Case("results not published", NOBODY, slug("call")),
    ],
    "POST /api/calls/{slug}/vote/": [
        Case("no election", NOBODY, slug("call"), lambda w: {"candidate": 1}),
    ],
    "GET /api/calls/applications/": [Case("own", SIGNED_IN)],
    "POST /api/calls/applications/": [
        Case(
            "for organisation A",
            OWNER,
            body=lambda w: {"call": w["call_fresh"].slug, "organisation": "org-a"},
        ),
    ],
    "GET /api/calls/applications/{id}/": [
        Case("draft", OWNER | STAFF, pk("call_draft_app")),
        Case("complete", OWNER | MEMBER | STAFF, pk("call_complete_app")),
    ],
    "POST /api/calls/applications/{id}/submit/": [
        Case("draft", OWNER | SUPERUSER, pk("call_draft_app")),
        Case("complete", NOBODY, pk("call_complete_app")),
    ],
    "POST /api/calls/applications/{id}/check/": [
        Case(
            "submitted", STAFF, pk("call_submitted_app"), lambda w: {"complete": True}
        ),
        Case("draft", NOBODY, pk("call_draft_app"), lambda w: {"complete": True}),
    ],
    "POST /api/calls/applications/{id}/scores/": [
        Case("complete", MEMBER, pk("call_complete_app"), _scores),
        Case("draft", NOBODY, pk("call_draft_app"), _scores),
    ],
    # --- library, search, editorial content, the API's own ---
    "GET /api/documents/": public(),
    "GET /api/documents/{id}/": detail(
        "id",
        "document",
        {
            "restricted to the secretariat": ("document_restricted", NOBODY),
            "restricted to accounts": ("document_login", NOBODY),
        },
    ),
    "GET /api/search/": public(
        query="q=matrixsecret",
        shows=("Public matrixsecret proposal", "Public matrixsecret report"),
    ),
    "GET /api/challenge/": public(),
    "GET /api/v2/pages/": public(),
    "GET /api/v2/pages/{id}/": detail("id", "page", {"draft": ("page_draft", NOBODY)}),
    "GET /api/v2/images/": public(),
    "GET /api/v2/images/{id}/": detail("id", "image", {}),
    "GET /api/v2/documents/": public(),
    "GET /api/v2/documents/{id}/": detail(
        "id",
        "document",
        {
            "restricted to the secretariat": ("document_restricted", STAFF),
            "restricted to accounts": ("document_login", SIGNED_IN),
        },
    ),
}
