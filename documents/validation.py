"""The library's uploads (the admin form), checked by ``core.uploads``.

The library keeps the uploader's file name and serves the file under it, so the
name must be of an accepted type and agree with the content. The limit is
``WAGTAILDOCS_MAX_UPLOAD_SIZE``.
"""

from django.conf import settings

from core import uploads

KINDS = ("pdf", "docx", "xlsx", "odt", "ods", "csv", "txt")


def validate_upload(upload) -> str:
    """Raise ValidationError unless the upload is an allowed document; returns
    its extension."""
    policy = uploads.Policy(
        kinds=KINDS,
        max_bytes=getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", 25 * 1024 * 1024),
        match_extension=True,
    )
    return uploads.clean_upload(upload, policy).name
