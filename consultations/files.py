"""Attachments of contributions: PDF files and raster images only (never SVG or
HTML, which can carry scripts), checked and cleaned by ``core.uploads`` (real
type from the bytes, size limit, images re-saved without EXIF or GPS position).
"""

import os

from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _

from core import uploads

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
KINDS = ("pdf", "jpeg", "png", "webp", "gif")


def validate_attachment(upload) -> tuple[ContentFile, str]:
    """Return a safe copy of the upload and its type, or raise ValidationError.

    The copy is named after the content's type, whatever the upload's name said.
    """
    policy = uploads.Policy(
        kinds=KINDS,
        # Read at each upload, so that the limit can be changed (tests lower it).
        max_bytes=MAX_ATTACHMENT_BYTES,
        type_message=_("Only PDF files and images are accepted."),
        size_message=_("The file is too large (at most %(size)s MB).")
        % {"size": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
    )
    kind = uploads.clean_upload(upload, policy)
    stem = os.path.splitext(os.path.basename(upload.name or ""))[0][:80]
    upload.seek(0)
    data = upload.read()
    return ContentFile(data, name=f"{stem or 'attachment'}.{kind.extension}"), kind.mime
