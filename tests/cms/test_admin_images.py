"""Images that editors upload in the admin go through the one upload checker: the
pixel count is read from the header before decoding, and the original is stored
without its metadata (GPS position, camera)."""

import io
import struct
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def photo_with_gps() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (33.0, 35.0, 0.0)
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(out, format="JPEG", exif=exif)
    return out.getvalue()


def png_declaring(width: int, height: int) -> bytes:
    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


def add_image(client, name, data, content_type):
    upload = SimpleUploadedFile(name, data, content_type)
    return client.post(
        "/admin/images/add/", {"title": "Photo", "file": upload, "collection": 1}
    )


def test_an_admin_image_original_is_stored_without_its_metadata(
    client, superuser, homes, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(superuser)
    data = photo_with_gps()
    assert b"SecretCam" in data
    response = add_image(client, "photo.jpg", data, "image/jpeg")
    assert response.status_code == 302, response.content[:2000]
    image = get_image_model().objects.get()
    with image.file.open("rb") as handle:
        stored = handle.read()
    assert b"SecretCam" not in stored
    assert not Image.open(io.BytesIO(stored)).getexif()
    assert (image.width, image.height) == (40, 30)


def test_an_admin_image_declaring_too_many_pixels_is_refused(
    client, superuser, homes, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(superuser)
    response = add_image(client, "big.png", png_declaring(9400, 9400), "image/png")
    assert response.status_code == 200  # the form again, with the error
    assert not get_image_model().objects.exists()
