import pytest


@pytest.fixture
def arabic_pdf():
    from documents.pdf import find_font, text_to_pdf

    if not find_font():
        pytest.skip("no font with Arabic glyphs on this machine (fonts-dejavu-core)")
    return text_to_pdf(
        "ميثاق لجنة الإشراف على الحكومة المنفتحة\n"
        "المادة 1: تتكون اللجنة من 12 عضوا من الحكومة والمجتمع المدني."
    )


@pytest.fixture
def arabic_pdf_lines():
    """Short lines, as headings and signatures are."""
    from documents.pdf import find_font, text_to_pdf

    if not find_font():
        pytest.skip("no font with Arabic glyphs on this machine (fonts-dejavu-core)")
    return text_to_pdf("تقرير سنوي\nمقدمة\nالمادة 1: اللجنة (اثنا عشر)\nشكرا جزيلا")
