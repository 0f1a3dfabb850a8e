"""The one upload checker (``core.uploads``), through every upload path that uses
it: contributions' attachments, organisations' logos, membership applications'
documents and the library's documents."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from django.utils import translation
from PIL import Image, ImageFile

from consultations.files import validate_attachment
from core import uploads
from documents.validation import validate_upload
from tests.fixtures.hostile_files import (
    docx_bytes,
    office_zip_bomb,
    plain_zip,
    png_declaring,
    png_of_zeros,
)
from working_groups.models import Organisation
from working_groups.validators import validate_document_type, validate_image_type

JPEG_TYPE = "image/jpeg"


@pytest.fixture(autouse=True)
def english():
    """Refusals are compared in English."""
    with translation.override("en"):
        yield


def photo(fmt="JPEG", *, size=(20, 10), orientation=None) -> bytes:
    """An image whose EXIF holds a camera make and a GPS position."""
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # camera make
    gps = exif.get_ifd(0x8825)  # GPS position
    gps[1], gps[2] = "N", (33.0, 35.0, 0.0)
    if orientation:
        exif[0x0112] = orientation
    out = io.BytesIO()
    Image.new("RGB", size, "red").save(out, format=fmt, exif=exif)
    return out.getvalue()


def assert_no_metadata(data: bytes) -> None:
    assert b"SecretCam" not in data
    image = Image.open(io.BytesIO(data))
    assert not image.getexif()
    assert not set(image.info) & {"exif", "xmp", "icc_profile", "comment"}


def attachment(upload) -> bytes:
    stored, _type = validate_attachment(upload)
    return stored.read()


def in_place(validator):
    """Run a validator that cleans the upload it is given; return the content."""

    def run(upload) -> bytes:
        validator(upload)
        upload.seek(0)
        return upload.read()

    return run


# (upload path, how to get what would be stored)
IMAGE_PATHS = [
    ("contribution attachment", attachment),
    ("organisation logo", in_place(validate_image_type)),
    ("application document", in_place(validate_document_type)),
]


@pytest.mark.parametrize(("path", "store"), IMAGE_PATHS)
@pytest.mark.parametrize(("fmt", "name"), [("JPEG", "photo.jpg"), ("PNG", "p.png")])
def test_gps_and_camera_metadata_never_reach_the_storage(path, store, fmt, name):
    data = photo(fmt)
    assert b"SecretCam" in data
    assert_no_metadata(store(SimpleUploadedFile(name, data, JPEG_TYPE)))


def test_webp_logos_lose_their_metadata_too():
    upload = SimpleUploadedFile("logo.webp", photo("WEBP"), "image/webp")
    assert_no_metadata(in_place(validate_image_type)(upload))


def test_a_large_upload_on_disk_is_cleaned_in_its_temporary_file():
    """Django streams large uploads to a temporary file, which the storage then
    moves into place: the clean image must be in that very file."""
    data = photo()
    upload = TemporaryUploadedFile("photo.jpg", JPEG_TYPE, len(data), None)
    upload.write(data)
    upload.seek(0)
    validate_image_type(upload)
    with open(upload.temporary_file_path(), "rb") as stored:
        cleaned = stored.read()
    assert_no_metadata(cleaned)
    assert upload.size == len(cleaned)
    upload.close()


def test_a_file_assigned_to_a_model_is_cleaned_before_it_is_saved():
    """Services assign the upload to the model, whose validators run in
    ``full_clean`` on the not yet saved file."""
    organisation = Organisation(logo=SimpleUploadedFile("logo.jpg", photo(), JPEG_TYPE))
    validate_image_type(organisation.logo)
    organisation.logo.seek(0)
    assert_no_metadata(organisation.logo.read())


def test_a_file_already_stored_is_not_read_again():
    organisation = Organisation(logo="organisations/logos/not-on-this-disk.png")
    assert validate_image_type(organisation.logo) is None


@pytest.mark.django_db
def test_a_logo_sent_with_the_registration_form_is_stored_without_metadata(
    client, homes, user, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(user)
    response = client.post(
        "/fr/organisations/register/",
        {
            "name_ar": "جمعية الشفافية",
            "name_fr": "Association Transparence",
            "registration_number": "RC-77",
            "region": "fes_meknes",
            "province": "Fès",
            "presentation": "Transparence budgétaire.",
            "logo": SimpleUploadedFile("logo.jpg", photo(), JPEG_TYPE),
        },
    )
    assert response.status_code == 302
    with Organisation.objects.get().logo.open("rb") as stored:
        assert_no_metadata(stored.read())


def test_the_orientation_is_applied_before_the_exif_goes():
    upload = SimpleUploadedFile("p.jpg", photo(size=(20, 10), orientation=6))
    cleaned = in_place(validate_image_type)(upload)
    assert Image.open(io.BytesIO(cleaned)).size == (10, 20)


def test_a_palette_image_keeps_its_transparency():
    image = Image.new("P", (4, 4), 0)
    image.putpalette([255, 0, 0, 0, 255, 0] + [0] * 762)
    out = io.BytesIO()
    image.save(out, format="PNG", transparency=0)
    upload = SimpleUploadedFile("logo.png", out.getvalue(), "image/png")
    cleaned = Image.open(io.BytesIO(in_place(validate_image_type)(upload)))
    assert cleaned.convert("RGBA").getpixel((0, 0))[3] == 0


def test_a_gif_attachment_is_stored_as_the_png_it_has_become():
    out = io.BytesIO()
    Image.new("RGB", (4, 4), "blue").save(out, format="GIF")
    stored, mime = validate_attachment(SimpleUploadedFile("anim.gif", out.getvalue()))
    assert mime == "image/png" and stored.name == "anim.png"
    assert Image.open(stored).format == "PNG"


@pytest.mark.parametrize(("path", "store"), IMAGE_PATHS)
def test_an_image_declaring_huge_dimensions_is_refused_before_decoding(
    path, store, monkeypatch
):
    decoded = []
    original = ImageFile.ImageFile.load

    def spy(image):
        decoded.append(image.size)
        return original(image)

    monkeypatch.setattr(ImageFile.ImageFile, "load", spy)
    data = png_declaring(8000, 6000)  # 48 million pixels, in a few bytes
    assert len(data) < 100
    with pytest.raises(ValidationError) as info:
        store(SimpleUploadedFile("big.png", data, "image/png"))
    assert info.value.code == "image"
    assert decoded == []


@pytest.mark.parametrize(("path", "store"), IMAGE_PATHS)
def test_a_decompression_bomb_under_the_pixel_cap_is_refused_before_decoding(
    path, store, monkeypatch
):
    decoded = []
    original = ImageFile.ImageFile.load
    monkeypatch.setattr(
        ImageFile.ImageFile, "load", lambda image: decoded.append(1) or original(image)
    )
    data = png_of_zeros(4200)  # 17.6 million pixels: under the cap
    assert 4200 * 4200 < uploads.MAX_IMAGE_PIXELS and len(data) < 200_000
    with pytest.raises(ValidationError) as info:
        store(SimpleUploadedFile("bomb.png", data, "image/png"))
    assert info.value.code == "image"
    assert decoded == []


def test_a_large_image_as_dense_as_a_photo_is_still_accepted(monkeypatch):
    import os

    monkeypatch.setattr(uploads, "FREE_DECODED_BYTES", 100_000)  # 160 KB decoded
    noise = Image.frombytes("RGB", (200, 200), os.urandom(200 * 200 * 3))
    out = io.BytesIO()
    noise.save(out, format="PNG")
    assert attachment(SimpleUploadedFile("noise.png", out.getvalue()))
    with pytest.raises(ValidationError):
        attachment(SimpleUploadedFile("flat.png", png_of_zeros(200)))


@pytest.fixture(scope="module")
def zip_bomb() -> bytes:
    """A real DOCX with one more entry that unpacks to more than the cap."""
    return office_zip_bomb(megabytes=uploads.MAX_ARCHIVE_BYTES // 2**20 + 1)


OFFICE_PATHS = [
    ("library document", validate_upload),
    ("application document", validate_document_type),
]


@pytest.mark.parametrize(("path", "check"), OFFICE_PATHS)
def test_a_real_docx_is_accepted(path, check):
    check(SimpleUploadedFile("plan.docx", docx_bytes()))


@pytest.mark.parametrize(("path", "check"), OFFICE_PATHS)
def test_a_renamed_zip_posing_as_a_docx_is_refused(path, check):
    with pytest.raises(ValidationError):
        check(SimpleUploadedFile("plan.docx", plain_zip()))


@pytest.mark.parametrize(("path", "check"), OFFICE_PATHS)
def test_a_zip_bomb_is_refused(path, check, zip_bomb):
    assert len(zip_bomb) < 2 * 1024 * 1024
    with pytest.raises(ValidationError):
        check(SimpleUploadedFile("plan.docx", zip_bomb))


@pytest.mark.parametrize(("path", "check"), OFFICE_PATHS)
def test_a_zip_with_too_many_entries_is_refused(path, check, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_ARCHIVE_ENTRIES", 50)
    out = io.BytesIO(docx_bytes())
    with zipfile.ZipFile(out, "a") as archive:
        for n in range(50):
            archive.writestr(f"word/media/{n}.xml", "")
    with pytest.raises(ValidationError):
        check(SimpleUploadedFile("plan.docx", out.getvalue()))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"),
        ("page.html", b"%PDF-1.4\n%%EOF\n"),
        ("photo.jpg", b"<html><script>alert(1)</script></html>"),
        ("photo.jpg", b"MZ\x90\x00" + b"\x00" * 100),
        ("photo.jpg", b"%PDF-1.4\n%%EOF\n"),
    ],
)
def test_the_content_decides_not_the_name_nor_the_browser(name, data):
    with pytest.raises(ValidationError) as info:
        validate_image_type(SimpleUploadedFile(name, data, JPEG_TYPE))
    assert info.value.messages == ["This file is not a PNG, JPEG or WebP image."]


def test_the_library_refuses_images():
    with pytest.raises(ValidationError) as info:
        validate_upload(SimpleUploadedFile("photo.pdf", photo(), "application/pdf"))
    assert info.value.code == "content"


def test_each_path_keeps_its_own_size_limit_and_words():
    big = SimpleUploadedFile("logo.png", photo("PNG"), "image/png")
    big.size = 3 * 1024 * 1024
    with pytest.raises(ValidationError) as info:
        validate_image_type(big)
    assert info.value.messages == ["The image is larger than 2 MB."]
    big.size = 11 * 1024 * 1024
    with pytest.raises(ValidationError) as info:
        validate_attachment(big)
    assert info.value.messages == ["The file is too large (at most 10 MB)."]


def test_a_policy_names_only_known_kinds():
    with pytest.raises(ValueError):
        uploads.Policy(kinds=("pdf", "exe"), max_bytes=1)
