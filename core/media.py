"""Uploaded files, served only to those who may see them (shared by every module).

Public media (Wagtail images, organisation logos) are served from ``MEDIA_ROOT``
by prefix; everything else that people upload goes through a view that checks the
record's visibility first: a contribution's attachment only once the contribution
is published, a membership application's document only to the applicant's
representatives, the group's coordinators and the secretariat. Library documents
have their own view (Wagtail's, with collection privacy). A web server in front
must serve the public prefixes only, never the whole ``MEDIA_ROOT``.

A module may guard a public prefix (``guard``): a file under it is served only
when the module says its record is public (an organisation's logo once the
organisation is verified); otherwise it is an unknown address (404).
"""

import mimetypes
from collections.abc import Callable
from pathlib import PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404
from django.utils.text import get_valid_filename
from django.views.static import serve

PUBLIC_PREFIXES = ("images/", "original_images/", "organisations/logos/")
# prefix -> function(path) telling whether the file's record is public.
_GUARDS: dict[str, Callable[[str], bool]] = {}


def guard(prefix: str, is_public: Callable[[str], bool]) -> None:
    """Serve files under ``prefix`` only when ``is_public(path)`` says so."""
    _GUARDS[prefix] = is_public


def public_media(request, path: str):
    parts = PurePosixPath(path).parts
    if not path.startswith(PUBLIC_PREFIXES) or ".." in parts:
        raise Http404
    for prefix, is_public in _GUARDS.items():
        if path.startswith(prefix) and not is_public(path):
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
