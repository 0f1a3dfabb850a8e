"""Public consultations: what editors publish and what citizens contribute.

Editors write consultations (translatable with wagtail-localize: one row per
locale, sharing a ``translation_key``). Everything citizens write points to the
*source* row of a consultation (the first of its translation set, see
``core.translation``), so that contributions, comments and statistics are the same
in every language.

Who may do what lives in ``consultations.rules``, the other rules in
``consultations.services``, visibility in ``consultations.queries``.
"""

from core.regions import Region

from .choices import (
    GENERAL_BOX_SLUG,
    CommentStatus,
    ContributionKind,
    ContributionLanguage,
    ContributionSort,
    ContributionStatus,
    FlagReason,
    ModerationMode,
    RejectReason,
    Status,
    Verdict,
)
from .consultation import Consultation, ConsultationTag
from .moderation import ModerationAction, OfficialAnswer
from .participation import (
    MAX_COMMENT_DEPTH,
    Comment,
    Contribution,
    Endorsement,
    Flag,
    Support,
)

__all__ = [
    "GENERAL_BOX_SLUG",
    "MAX_COMMENT_DEPTH",
    "Comment",
    "CommentStatus",
    "Consultation",
    "ConsultationTag",
    "Contribution",
    "ContributionKind",
    "ContributionLanguage",
    "ContributionSort",
    "ContributionStatus",
    "Endorsement",
    "Flag",
    "FlagReason",
    "ModerationAction",
    "ModerationMode",
    "OfficialAnswer",
    "Region",
    "RejectReason",
    "Status",
    "Support",
    "Verdict",
]
