"""Upload checks by real content type (the extension alone proves nothing)."""

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_IMAGE_BYTES = 2 * 1024 * 1024
DOCUMENT_TYPES = {
    "application/pdf",
    "application/zip",  # docx and odt are zip containers
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "image/png",
    "image/jpeg",
}
IMAGE_TYPES = {"image/png", "image/jpeg", "image/webp"}


def _sniff(upload) -> str | None:
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(position)
    kind = filetype.guess(head)
    return kind.mime if kind else None


def validate_document_type(upload) -> None:
    if upload.size > MAX_DOCUMENT_BYTES:
        raise ValidationError(_("The file is larger than 10 MB."), code="too_large")
    if _sniff(upload) not in DOCUMENT_TYPES:
        raise ValidationError(
            _("This file is not a PDF, DOCX, ODT, PNG or JPEG document."),
            code="bad_type",
        )


def validate_image_type(upload) -> None:
    if upload.size > MAX_IMAGE_BYTES:
        raise ValidationError(_("The image is larger than 2 MB."), code="too_large")
    if _sniff(upload) not in IMAGE_TYPES:
        raise ValidationError(
            _("This file is not a PNG, JPEG or WebP image."), code="bad_type"
        )
