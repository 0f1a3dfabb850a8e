"""Uploaded files, served only to those who may see them.

Public media (Wagtail images, organisation logos) are served from ``MEDIA_ROOT``
by prefix; everything else that people upload goes through a view that checks the
record's visibility first: a contribution's attachment only once the contribution
is published, a membership application's document only to the applicant's
representatives, the group's coordinators and the secretariat. Library documents
have their own view (Wagtail's, with collection privacy). A web server in front
must serve the public prefixes only, never the whole ``MEDIA_ROOT``.
"""

import mimetypes
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.text import get_valid_filename
from django.views.static import serve

from consultations.models import Contribution
from consultations.queries import published_contributions
from working_groups.models import MembershipApplication

PUBLIC_PREFIXES = ("images/", "original_images/", "organisations/logos/")


def public_media(request, path: str):
    parts = PurePosixPath(path).parts
    if not path.startswith(PUBLIC_PREFIXES) or ".." in parts:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _download(field_file, *, private: bool) -> FileResponse:
    name = get_valid_filename(PurePosixPath(field_file.name).name) or "file"
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(
        field_file.open("rb"),
        as_attachment=True,
        filename=name,
        content_type=content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = (
        "private, no-store" if private else "public, max-age=3600"
    )
    return response


def contribution_attachment(request, pk: int):
    """Public once the contribution is published; moderators see it before."""
    moderator = request.user.has_perm("consultations.moderate")
    contributions = (
        Contribution.objects.all() if moderator else published_contributions()
    )
    contribution = get_object_or_404(contributions.exclude(attachment=""), pk=pk)
    return _download(contribution.attachment, private=moderator)


@login_required
def application_document(request, pk: int):
    application = get_object_or_404(
        MembershipApplication.objects.exclude(document=""), pk=pk
    )
    if not request.user.has_perm("working_groups.view_application", application):
        raise PermissionDenied
    return _download(application.document, private=True)
