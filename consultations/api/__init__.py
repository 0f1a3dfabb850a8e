"""REST endpoints of this module, registered on the shared router (core.api).

Reads are open and show only what ``consultations.queries`` calls public. Who may
write is asked of ``consultations.rules`` (``RulesPermission``); the writes call
the same services as the site: bad input answers 400 with field errors (in the
request's language), a rule refusal 409 or 403, a replay with the same
Idempotency-Key the first answer again.
"""

from core.api import router

from .comments import CommentViewSet
from .consultations import ConsultationViewSet
from .contributions import ContributionViewSet

router.register("consultations", ConsultationViewSet, basename="consultation")
router.register("contributions", ContributionViewSet, basename="contribution")
router.register("comments", CommentViewSet, basename="comment")

__all__ = ["CommentViewSet", "ConsultationViewSet", "ContributionViewSet"]
