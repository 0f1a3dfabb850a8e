"""Attachments: real type checked from the bytes, size limited, metadata stripped.

Only PDF and raster images are accepted (never SVG or HTML, which can carry
scripts). The type is read from the file's content with ``filetype``, not from its
name or the browser's claim. Images are re-encoded with Pillow, which drops EXIF
(GPS position, camera serial numbers) and any other metadata.
"""

import io
import os

import filetype
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ALLOWED = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/webp": "webp",
    "image/gif": "gif",
}
FORBIDDEN_EXTENSIONS = {"svg", "svgz", "html", "htm", "xhtml", "xml", "js"}


def validate_attachment(upload) -> tuple[ContentFile, str]:
    """Return a safe copy of the upload and its type, or raise ValidationError."""
    if upload.size > MAX_ATTACHMENT_BYTES:
        raise ValidationError(
            _("The file is too large (at most %(size)s MB).")
            % {"size": MAX_ATTACHMENT_BYTES // (1024 * 1024)},
            code="too_large",
        )
    name = os.path.basename(upload.name or "file")
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension in FORBIDDEN_EXTENSIONS:
        raise ValidationError(_("Only PDF files and images are accepted."), code="type")
    upload.seek(0)
    head = upload.read(8192)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ALLOWED:
        raise ValidationError(_("Only PDF files and images are accepted."), code="type")
    upload.seek(0)
    data = upload.read()
    stem = os.path.splitext(name)[0][:80] or "attachment"
    if kind.mime == "application/pdf":
        return ContentFile(data, name=f"{stem}.pdf"), kind.mime
    return _strip_image(data, kind.mime, stem), kind.mime


def _strip_image(data: bytes, mime: str, stem: str) -> ContentFile:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds
        raise ValidationError(_("This image cannot be read."), code="image") from exc
    # Apply the orientation the EXIF asked for before dropping it.
    image = ImageOps.exif_transpose(image)
    fmt = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}.get(
        mime, "PNG"
    )
    if fmt == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    # A fresh image holds pixels only: no EXIF, XMP, ICC comments or text chunks.
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    if image.mode == "P" and image.getpalette():
        clean.putpalette(image.getpalette())
    out = io.BytesIO()
    clean.save(out, format=fmt)
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[fmt]
    return ContentFile(out.getvalue(), name=f"{stem}.{extension}")
