"""Domain errors: a rule refused the request.

Services raise them with a translatable message; the API answers
``{"detail": message, "code": code}`` with the error's status, the site shows the
message on the form or as a notice.
"""

from django.utils.translation import gettext_lazy as _
from rest_framework import status


class DomainError(Exception):
    """A rule refused the request; ``status_code`` says how (409 by default).

    Services raise subclasses with a translatable message; the API answers with
    ``{"detail": message, "code": code}`` and the site shows the message on the form.
    """

    status_code = status.HTTP_409_CONFLICT
    code = "conflict"

    def __init__(self, message=None, *, code: str | None = None):
        self.message = message or _("This action is not possible now.")
        if code:
            self.code = code
        super().__init__(str(self.message))


class Forbidden(DomainError):
    status_code = status.HTTP_403_FORBIDDEN
    code = "forbidden"
