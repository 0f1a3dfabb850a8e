import io

import pytest
from django.core.files.base import ContentFile

from documents.extraction import NoText, extract, fix_visual_arabic
from documents.models import ExtractionStatus
from tests.factories import LibraryDocumentFactory


def test_arabic_pdf_text_comes_out_in_logical_order(arabic_pdf):
    text = extract(arabic_pdf, "pdf").text
    assert "ميثاق لجنة الإشراف على الحكومة المنفتحة" in text
    assert "المادة 1: تتكون اللجنة من 12 عضوا" in text


def test_a_backwards_shaped_line_is_put_back_in_order():
    backwards = "ﺔﺤﺘﻔﻨﻤﻟﺍ ﺔﻣﻮﻜﺤﻟﺍ"
    assert fix_visual_arabic(backwards) == "الحكومة المنفتحة"


def test_a_pdf_without_a_text_layer_is_a_scan():
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.rect(10, 10, 100, 100, fill=1)
    pdf.save()
    with pytest.raises(NoText):
        extract(buffer.getvalue(), "pdf")


def test_docx_xlsx_odt_and_csv_give_their_text():
    import docx
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    from openpyxl import Workbook

    d = docx.Document()
    d.add_paragraph("Plan d'action national")
    buf = io.BytesIO()
    d.save(buf)
    assert "Plan d'action national" in extract(buf.getvalue(), "docx").text

    wb = Workbook()
    wb.active.append(["الالتزام", "التقدم"])
    buf = io.BytesIO()
    wb.save(buf)
    assert "الالتزام | التقدم" in extract(buf.getvalue(), "xlsx").text

    odt = OpenDocumentText()
    odt.text.addElement(P(text="Rapport d'évaluation"))
    buf = io.BytesIO()
    odt.save(buf)
    assert "Rapport d'évaluation" in extract(buf.getvalue(), "odt").text

    assert "a | b" in extract(b"a;b\n1;2\n", "csv").text


@pytest.mark.django_db
def test_upload_queues_extraction_and_stores_the_text(
    arabic_pdf, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        doc = LibraryDocumentFactory(
            file=ContentFile(arabic_pdf, name="charter.pdf"), language="ar"
        )
    doc.refresh_from_db()
    assert doc.extraction_status == ExtractionStatus.DONE
    assert "لجنة الإشراف" in doc.extracted_text


@pytest.mark.django_db
def test_a_damaged_file_is_marked_failed_and_stays_published(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        doc = LibraryDocumentFactory(
            file=ContentFile(b"%PDF-1.4 garbage", name="x.pdf")
        )
    doc.refresh_from_db()
    assert doc.extraction_status == ExtractionStatus.FAILED
    assert doc.extraction_error


@pytest.mark.django_db
def test_replacing_the_file_extracts_again(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        doc = LibraryDocumentFactory(file=ContentFile(b"premier texte", name="a.txt"))
    doc.refresh_from_db()
    assert "premier" in doc.extracted_text
    with django_capture_on_commit_callbacks(execute=True):
        doc.file = ContentFile(b"second texte", name="b.txt")
        doc.save()
    doc.refresh_from_db()
    assert "second" in doc.extracted_text


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("ﻱﻮﻨﺳ ﺮﻳﺮﻘﺗ", "تقرير سنوي"),  # short line, no article: backwards
        ("ﻼﻳﺰﺟ ﺍﺮﻜﺷ", "شكرا جزيلا"),
        ("ﺔﻣﺪﻘﻣ", "مقدمة"),  # a one-word heading
        ("ﻟﺠﻨﺔ ﺍﻹﺷﺮﺍﻑ", "لجنة الإشراف"),  # shaped but in reading order: kept
        ("ﻣﻘﺪﻣﺔ", "مقدمة"),
    ],
)
def test_each_line_order_is_decided_from_the_forms_of_its_letters(stored, expected):
    assert fix_visual_arabic(stored) == expected


def test_lines_of_one_text_are_decided_one_by_one():
    text = "ﻱﻮﻨﺳ ﺮﻳﺮﻘﺗ\nﻟﺠﻨﺔ ﺍﻹﺷﺮﺍﻑ\nPlan d'action (2024)"
    assert fix_visual_arabic(text) == "تقرير سنوي\nلجنة الإشراف\nPlan d'action (2024)"


@pytest.mark.parametrize(
    "stored",
    [")ﺮﺸﻋ ﺎﻨﺛﺍ( ﺔﻨﺠﻠﻟﺍ", "(ﺮﺸﻋ ﺎﻨﺛﺍ) ﺔﻨﺠﻠﻟﺍ"],
)
def test_brackets_open_before_they_close_whatever_the_generator_did(stored):
    assert fix_visual_arabic(stored) == "اللجنة (اثنا عشر)"


def test_short_arabic_lines_of_a_generated_pdf_can_be_found(arabic_pdf_lines):
    text = extract(arabic_pdf_lines, "pdf").text
    for line in ("تقرير سنوي", "مقدمة", "شكرا جزيلا", "(اثنا عشر)"):
        assert line in text


def test_docx_tables_stay_where_they_are_among_the_paragraphs():
    import docx

    d = docx.Document()
    d.add_paragraph("Avant le tableau")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Engagement", "Avancement"
    table.cell(1, 0).text, table.cell(1, 1).text = "Budget ouvert", "En cours"
    d.add_paragraph("Après le tableau")
    buf = io.BytesIO()
    d.save(buf)
    text = extract(buf.getvalue(), "docx").text
    assert text.split("\n") == [
        "Avant le tableau",
        "Engagement | Avancement",
        "Budget ouvert | En cours",
        "Après le tableau",
    ]
