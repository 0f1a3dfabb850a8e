"""One check for every file people upload: its real type, its size, and images
re-saved without their metadata.

Each upload field declares a ``Policy`` (the kinds it accepts, its size limit,
its own wording of the two common refusals) and calls ``clean_upload``:

- the size is read from the upload's metadata before a byte is read (Django has
  streamed anything large to a temporary file, never to memory);
- the type comes from the file's bytes (``filetype``, and the ZIP directory for
  Office and OpenDocument files), never from its name or the browser's claim;
  names a browser would render or run (HTML, SVG, scripts) are refused whatever
  the content;
- an Office or OpenDocument file must have the ZIP directory of its kind, within
  caps on its unpacked size and number of entries (a "zip bomb" is refused);
- an image's dimensions are read from its header and capped before it is
  decoded; it is then written back with its pixels only, so that no EXIF (GPS
  position, camera serial number), XMP or comment reaches the storage.
"""

import io
import os
import zipfile
from dataclasses import dataclass

import filetype
from django.core.exceptions import ValidationError
from django.db.models.fields.files import FieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps


@dataclass(frozen=True)
class Kind:
    name: str
    mime: str
    # The names a file of this kind may have; the first is given to cleaned files.
    extensions: tuple[str, ...]

    @property
    def extension(self) -> str:
        return self.extensions[0]


KINDS = {
    kind.name: kind
    for kind in (
        Kind("pdf", "application/pdf", ("pdf",)),
        Kind(
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ("docx",),
        ),
        Kind(
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ("xlsx",),
        ),
        Kind("odt", "application/vnd.oasis.opendocument.text", ("odt",)),
        Kind("ods", "application/vnd.oasis.opendocument.spreadsheet", ("ods",)),
        Kind("csv", "text/csv", ("csv",)),
        Kind("txt", "text/plain", ("txt",)),
        Kind("jpeg", "image/jpeg", ("jpg", "jpeg")),
        Kind("png", "image/png", ("png",)),
        Kind("webp", "image/webp", ("webp",)),
        Kind("gif", "image/gif", ("gif",)),
    )
}
BY_MIME = {kind.mime: kind for kind in KINDS.values()}
OFFICE = ("docx", "xlsx", "odt", "ods")
TEXT = ("csv", "txt")
# Pillow's format of each image kind, and the kind it is saved as (a GIF's first
# frame becomes a PNG, as it always has for attachments).
IMAGE_FORMATS = {"jpeg": "JPEG", "png": "PNG", "webp": "WEBP", "gif": "GIF"}
SAVED_AS = {"jpeg": "jpeg", "png": "png", "webp": "webp", "gif": "png"}

# Names a browser would render or run: refused whatever the content.
NEVER_ACCEPTED = {"svg", "svgz", "html", "htm", "xhtml", "xml", "js"}
# Markup that a browser could render or run: never in a "text" upload.
MARKUP = (b"<html", b"<!doctype", b"<svg", b"<script", b"<?xml", b"<body", b"<iframe")
HEAD_BYTES = 8192
# Well above what phones take (12 to 24 million pixels), and a bounded amount of
# memory to decode (about 160 MB at four bytes a pixel).
MAX_IMAGE_PIXELS = 40_000_000
# Decoding takes width x height x 4 bytes (a few copies of it while the image is
# written back). Past this, an image must be at least 1/MAX_EXPANSION of that on
# the wire: photos and screenshots are 5 to 40 times smaller than decoded, a
# decompression bomb (a field of zeros) a thousand times; it is refused before
# it is decoded.
FREE_DECODED_BYTES = 64 * 1024 * 1024
MAX_EXPANSION = 100
# Generous for real documents (a few hundred entries, tens of MB of XML), far
# below what a zip bomb unpacks to.
MAX_ARCHIVE_ENTRIES = 10_000
MAX_ARCHIVE_BYTES = 300 * 1024 * 1024

MESSAGES = {
    "type": _("Files of this type are not accepted. Allowed: %(list)s."),
    "size": _("This file is too large (%(size)s); the limit is %(limit)s."),
    "empty": _("This file is empty."),
    "text": _("This file is not plain text or CSV."),
    "content": _("The content of this file does not match its extension (.%(ext)s)."),
    "image": _("This image cannot be read."),
}


@dataclass(frozen=True)
class Policy:
    """What one upload field accepts."""

    kinds: tuple[str, ...]
    max_bytes: int
    # The library keeps the uploader's file name, so it must be one of the kinds'
    # and agree with the content; elsewhere the name is neither trusted nor kept.
    match_extension: bool = False
    # The field's own wording of the refusal of a type and of a size (complete
    # sentences); by default, MESSAGES["type"] and MESSAGES["size"].
    type_message: str = ""
    size_message: str = ""

    def __post_init__(self):
        unknown = set(self.kinds) - set(KINDS)
        if unknown:
            raise ValueError(f"Unknown upload kinds: {sorted(unknown)}")

    @property
    def extensions(self) -> list[str]:
        return sorted(ext for name in self.kinds for ext in KINDS[name].extensions)


def clean_upload(upload, policy: Policy) -> Kind | None:
    """Check ``upload`` against ``policy`` and return the kind of its content.

    Raise ValidationError when it is refused. An image is written back in place,
    pixels only (a GIF as a PNG: the kind returned says so). A file already
    stored (a model's committed FieldFile) was checked on its way in: it is left
    as it is and None is returned.
    """
    if isinstance(upload, FieldFile):
        if upload._committed:
            return None
        upload = upload.file
    ext = _extension(upload.name)
    if ext in NEVER_ACCEPTED or (
        policy.match_extension and ext not in policy.extensions
    ):
        raise _refusal(policy, "type")
    if upload.size is not None and upload.size > policy.max_bytes:
        raise _refusal(policy, "size", size=upload.size)
    upload.seek(0)
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    if not head:
        raise ValidationError(MESSAGES["empty"], code="empty")
    kind = _detect(upload, head, ext)
    if kind is None or kind.name not in policy.kinds:
        if not policy.match_extension:
            raise _refusal(policy, "type")
        if ext in TEXT:
            raise ValidationError(MESSAGES["text"], code="text")
        raise ValidationError(MESSAGES["content"], code="content", params={"ext": ext})
    if policy.match_extension and ext not in kind.extensions:
        raise ValidationError(MESSAGES["content"], code="content", params={"ext": ext})
    if kind.name in IMAGE_FORMATS:
        kind = _strip_image(upload, kind)
    return kind


def _extension(name: str | None) -> str:
    name = os.path.basename(name or "")
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _refusal(policy: Policy, code: str, *, size: int = 0) -> ValidationError:
    """The refusal of a type or a size, in the field's own words if it has some."""
    own = policy.type_message if code == "type" else policy.size_message
    if own:
        return ValidationError(own, code=code)
    params = {
        "list": ", ".join(policy.extensions),
        "size": filesizeformat(size),
        "limit": filesizeformat(policy.max_bytes),
    }
    return ValidationError(MESSAGES[code], code=code, params=params)


def _detect(upload, head: bytes, ext: str) -> Kind | None:
    """The kind the bytes show, or None. Text has no signature: the name says
    which text kind it claims to be, the bytes must hold no binary nor markup."""
    guess = filetype.guess(head)
    if guess is None:
        lowered = head.lower()
        if (
            ext in TEXT
            and b"\x00" not in head
            and not any(m in lowered for m in MARKUP)
        ):
            return KINDS[ext]
        return None
    if guess.mime == "application/zip" or guess.mime in (
        KINDS[name].mime for name in OFFICE
    ):
        return _archive_kind(upload)
    return BY_MIME.get(guess.mime)


def _archive_kind(upload) -> Kind | None:
    """An Office or OpenDocument kind, from the ZIP directory (never unpacked
    beyond the small ``mimetype`` entry), or None."""
    try:
        with zipfile.ZipFile(upload) as archive:
            entries = archive.infolist()
            if (
                len(entries) > MAX_ARCHIVE_ENTRIES
                or sum(e.file_size for e in entries) > MAX_ARCHIVE_BYTES
            ):
                return None
            names = {e.filename for e in entries}
            if "mimetype" in names:
                mime = archive.read("mimetype").decode("ascii", "replace").strip()
                kind = BY_MIME.get(mime)
                return kind if kind and kind.name in ("odt", "ods") else None
            if "word/document.xml" in names:
                return KINDS["docx"]
            if "xl/workbook.xml" in names:
                return KINDS["xlsx"]
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, NotImplementedError):
        # Damaged, encrypted or compressed in a way Python cannot read.
        return None
    finally:
        upload.seek(0)
    return None


def _strip_image(upload, kind: Kind) -> Kind:
    """Write the image back with its pixels only; return the kind it is saved as."""
    data = upload.read()
    upload.seek(0)
    try:
        # Opening reads the header only: the size is known before any decoding.
        image = Image.open(io.BytesIO(data), formats=[IMAGE_FORMATS[kind.name]])
        decoded = image.width * image.height * 4
        too_large = image.width * image.height > MAX_IMAGE_PIXELS or (
            decoded > FREE_DECODED_BYTES and decoded > MAX_EXPANSION * len(data)
        )
        if not too_large:
            image.load()
    except Exception as exc:  # noqa: BLE001 - Pillow raises many kinds
        raise ValidationError(MESSAGES["image"], code="image") from exc
    if too_large:
        raise ValidationError(MESSAGES["image"], code="image")
    saved = KINDS[SAVED_AS[kind.name]]
    # Apply the orientation the EXIF asks for before the EXIF goes.
    ImageOps.exif_transpose(image, in_place=True)  # no copy of the pixels
    if saved.name == "jpeg":
        if image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
    elif "transparency" in image.info:
        image = image.convert("RGBA")  # kept as an alpha channel, not as metadata
    # A fresh image holds pixels only: no EXIF, XMP, ICC profile, comment or text.
    clean = Image.new(image.mode, image.size)
    if image.mode == "P":
        clean.putpalette(image.getpalette())
    clean.paste(image)
    out = io.BytesIO()
    clean.save(out, format=IMAGE_FORMATS[saved.name])
    _replace_content(upload, out.getvalue())
    return saved


def _replace_content(upload, data: bytes) -> None:
    """Write ``data`` over the upload's content, in the same file object: a large
    upload is a temporary file that the storage moves into place as it is."""
    handle = upload.file
    handle.seek(0)
    handle.write(data)
    handle.truncate()
    handle.flush()
    handle.seek(0)
    upload.size = len(data)
