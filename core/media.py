"""Uploaded files, served only to those who may see them (shared by every module).

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
from django.http import FileResponse, Http404
from django.utils.text import get_valid_filename
from django.views.static import serve

PUBLIC_PREFIXES = ("images/", "original_images/", "organisations/logos/")


def public_media(request, path: str):
    parts = PurePosixPath(path).parts
    if not path.startswith(PUBLIC_PREFIXES) or ".." in parts:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def file_download(field_file, *, private: bool) -> FileResponse:
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
