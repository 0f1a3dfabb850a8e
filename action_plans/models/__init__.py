"""The action plans module's models: plans and their content, and the follow-up."""

from .choices import (
    CLOSED_STATUSES,
    AlertKind,
    Completion,
    EarlyResults,
    MilestoneStatus,
    OgpValue,
    Phase,
    UpdateStatus,
)
from .followup import (
    Alert,
    Evidence,
    FocalPoint,
    MilestoneProgress,
    ProgressUpdate,
)
from .plans import Commitment, DraftComment, Institution, Milestone, Plan

__all__ = [
    "CLOSED_STATUSES",
    "Alert",
    "AlertKind",
    "Commitment",
    "Completion",
    "DraftComment",
    "EarlyResults",
    "Evidence",
    "FocalPoint",
    "Institution",
    "Milestone",
    "MilestoneProgress",
    "MilestoneStatus",
    "OgpValue",
    "Phase",
    "Plan",
    "ProgressUpdate",
    "UpdateStatus",
]
