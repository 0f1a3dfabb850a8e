"""Upload checks of organisations and working groups, by ``core.uploads``: the
real type from the bytes, the size limit, images re-saved without metadata.

The model fields' migrations name these validators: keep their names.
"""

from django.utils.translation import gettext_lazy as _

from core import uploads

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_IMAGE_BYTES = 2 * 1024 * 1024

DOCUMENTS = uploads.Policy(
    kinds=("pdf", "docx", "odt", "png", "jpeg"),
    max_bytes=MAX_DOCUMENT_BYTES,
    type_message=_("This file is not a PDF, DOCX, ODT, PNG or JPEG document."),
    size_message=_("The file is larger than 10 MB."),
)
IMAGES = uploads.Policy(
    kinds=("png", "jpeg", "webp"),
    max_bytes=MAX_IMAGE_BYTES,
    type_message=_("This file is not a PNG, JPEG or WebP image."),
    size_message=_("The image is larger than 2 MB."),
)


def validate_document_type(upload) -> None:
    """A membership application's supporting document."""
    uploads.clean_upload(upload, DOCUMENTS)


def validate_image_type(upload) -> None:
    """An organisation's logo."""
    uploads.clean_upload(upload, IMAGES)
