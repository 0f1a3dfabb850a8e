"""Upload checks: extension allowlist, the file's real type, the size limit.

The size is read from the upload's metadata (Django has streamed anything over
FILE_UPLOAD_MAX_MEMORY_SIZE to a temporary file, never to memory) before a single
byte is read; then only the first bytes are read, to identify the type.
"""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

# Extension -> MIME types its magic bytes may show. None: a text format (no magic).
ALLOWED = {
    "pdf": {"application/pdf"},
    "docx": {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    },
    "xlsx": {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    "odt": {"application/vnd.oasis.opendocument.text"},
    "ods": {"application/vnd.oasis.opendocument.spreadsheet"},
    "csv": None,
    "txt": None,
}
# Markup that a browser could render or run: never in a "text" upload.
DANGEROUS_TEXT = (
    b"<html",
    b"<!doctype",
    b"<svg",
    b"<script",
    b"<?xml",
    b"<body",
    b"<iframe",
)
HEAD_BYTES = 8192


def max_upload_size() -> int:
    return getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", 25 * 1024 * 1024)


def validate_upload(upload) -> str:
    """Raise ValidationError unless the upload is an allowed document; returns
    its extension."""
    name = getattr(upload, "name", "") or ""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in ALLOWED:
        raise ValidationError(
            _("Files of this type are not accepted. Allowed: %(list)s."),
            code="extension",
            params={"list": ", ".join(sorted(ALLOWED))},
        )
    limit = max_upload_size()
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("This file is too large (%(size)s); the limit is %(limit)s."),
            code="size",
            params={
                "size": filesizeformat(upload.size),
                "limit": filesizeformat(limit),
            },
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(position)
    if not head:
        raise ValidationError(_("This file is empty."), code="empty")
    kind = filetype.guess(head)
    expected = ALLOWED[ext]
    if expected is None:
        lowered = head.lower()
        if (
            kind is not None
            or b"\x00" in head
            or any(m in lowered for m in DANGEROUS_TEXT)
        ):
            raise ValidationError(
                _("This file is not plain text or CSV."), code="content"
            )
        return ext
    # Office Open XML is a ZIP: filetype may only see "zip" in the first bytes.
    detected = kind.mime if kind else None
    if detected in expected:
        return ext
    if detected in (None, "application/zip") and ext in ("docx", "xlsx", "odt", "ods"):
        if _zip_kind(upload) == ext:
            return ext
    raise ValidationError(
        _("The content of this file does not match its extension (.%(ext)s)."),
        code="content",
        params={"ext": ext},
    )


def _zip_kind(upload) -> str | None:
    import zipfile

    position = upload.tell()
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                mime = archive.read("mimetype").decode("ascii", "replace").strip()
                return {
                    "application/vnd.oasis.opendocument.text": "odt",
                    "application/vnd.oasis.opendocument.spreadsheet": "ods",
                }.get(mime)
            if "word/document.xml" in names:
                return "docx"
            if "xl/workbook.xml" in names:
                return "xlsx"
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        upload.seek(position)
    return None
