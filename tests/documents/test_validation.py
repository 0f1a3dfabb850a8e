import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.validation import validate_upload


def upload(name, data):
    return SimpleUploadedFile(name, data)


def test_a_real_pdf_is_accepted(arabic_pdf):
    assert validate_upload(upload("charter.pdf", arabic_pdf)) == "pdf"


def test_a_docx_is_recognised_inside_its_zip():
    import docx

    buf = io.BytesIO()
    docx.Document().save(buf)
    assert validate_upload(upload("plan.docx", buf.getvalue())) == "docx"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("page.html", b"<html><body>hi</body></html>"),
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>"),
        ("tool.exe", b"MZ\x90\x00" + b"\x00" * 100),
        ("fake.pdf", b"MZ\x90\x00" + b"\x00" * 100),
        ("fake.pdf", b"<html>not a pdf</html>"),
        ("notes.txt", b"<!DOCTYPE html><script>alert(1)</script>"),
        ("notes.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 64),
        ("plan.docx", b"%PDF-1.4 not a docx"),
        ("empty.txt", b""),
    ],
)
def test_dangerous_or_mislabelled_files_are_refused(name, data):
    with pytest.raises(ValidationError):
        validate_upload(upload(name, data))


def test_the_size_limit_is_checked_before_reading(settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10

    class Unreadable(SimpleUploadedFile):
        def read(self, *args):
            raise AssertionError("read before the size check")

    big = Unreadable("big.txt", b"x" * 100)
    with pytest.raises(ValidationError) as info:
        validate_upload(big)
    assert info.value.code == "size"


def test_plain_text_and_csv_are_accepted():
    assert validate_upload(upload("data.csv", "a;b\nلجنة;1\n".encode())) == "csv"
    assert validate_upload(upload("notes.txt", b"Bonjour")) == "txt"
