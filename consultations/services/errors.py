"""The refusals of consultations' services, each with the message people read.

The API answers ``{"detail": message, "code": code}`` with the error's status
(``core.errors``); the site shows the message on the form or as a notice.
"""

from django.utils.translation import gettext_lazy as _

from core.errors import DomainError, Forbidden

from ..models import Status


class ConsultationNotOpen(DomainError):
    code = "consultation_not_open"

    def __init__(self, consultation=None):
        if consultation is not None and consultation.status == Status.UPCOMING:
            message = _("This consultation is not open yet.")
        else:
            message = _("This consultation is closed.")
        super().__init__(message)


class AnonymousNotAllowed(Forbidden):
    code = "account_required"

    def __init__(self):
        super().__init__(_("Please log in to take part in this consultation."))


class CommentsClosed(DomainError):
    code = "comments_closed"

    def __init__(self):
        super().__init__(_("Comments are closed here."))


class NotPublic(DomainError):
    code = "not_public"

    def __init__(self):
        super().__init__(_("This contribution is not published."))


class AlreadySupported(DomainError):
    code = "already_supported"

    def __init__(self):
        super().__init__(_("You already support this contribution."))


class OwnContribution(DomainError):
    code = "own_contribution"

    def __init__(self):
        super().__init__(_("You cannot support your own contribution."))


class AlreadyFlagged(DomainError):
    code = "already_flagged"

    def __init__(self):
        super().__init__(_("You have already reported this."))


class NotAllowed(Forbidden):
    def __init__(self):
        super().__init__(_("You are not allowed to do this."))


class InvalidTransition(DomainError):
    code = "invalid_transition"


class NotEditable(DomainError):
    code = "not_editable"

    def __init__(self):
        super().__init__(
            _("A contribution can be edited only while it awaits moderation.")
        )


class AlreadyWithdrawn(DomainError):
    code = "withdrawn"

    def __init__(self):
        super().__init__(_("This contribution was withdrawn by its author."))


class AlreadyEndorsed(DomainError):
    code = "already_endorsed"

    def __init__(self):
        super().__init__(_("This organisation already endorses this contribution."))
