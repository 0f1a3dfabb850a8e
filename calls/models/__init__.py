"""Calls for applications: the call and its grid, the selection committee and its
declared conflicts, the applications and their scores, the tie decisions, the
election of the committee's civil-society member, and the audit log."""

from .applications import (
    Application,
    ApplicationDocument,
    ApplicationStatus,
    AuditAction,
    AuditEntry,
    Score,
    TieDecision,
)
from .calls import (
    Call,
    CallQuerySet,
    CommitteeMember,
    CommitteeRole,
    Conflict,
    Criterion,
    RequiredDocument,
)
from .elections import Candidate, Election, Vote

__all__ = [
    "Application",
    "ApplicationDocument",
    "ApplicationStatus",
    "AuditAction",
    "AuditEntry",
    "Call",
    "CallQuerySet",
    "Candidate",
    "CommitteeMember",
    "CommitteeRole",
    "Conflict",
    "Criterion",
    "Election",
    "RequiredDocument",
    "Score",
    "TieDecision",
    "Vote",
]
