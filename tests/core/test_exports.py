"""The one CSV and XLSX writer (``core.exports``): nothing a spreadsheet would run
as a formula, whatever people typed."""

import csv
import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from core import exports

HEADERS = ["Name", "=Header", "Count", "When"]
FORMULAS = ['=HYPERLINK("http://evil")', "+1", "-2", "@SUM(A1)", "\tTab", "\rCR"]
WHEN = datetime.datetime(2024, 3, 1, 9, 30, tzinfo=datetime.UTC)


def rows():
    return [[text, "safe", -5, WHEN] for text in FORMULAS] + [["", None, 0, None]]


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())  # spreadsheets then read Arabic
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_cells_that_would_be_formulas_start_with_an_apostrophe():
    table = read_csv(exports.to_csv(HEADERS, rows()))
    assert table[0] == ["Name", "'=Header", "Count", "When"]
    assert [row[0] for row in table[1:-1]] == [f"'{text}" for text in FORMULAS]


def test_csv_numbers_empty_cells_and_times():
    table = read_csv(exports.to_csv(HEADERS, rows()))
    local = timezone.localtime(WHEN).strftime("%Y-%m-%d %H:%M")
    assert table[1][1:] == ["safe", "-5", local]
    assert table[-1] == ["", "", "0", ""]


def test_xlsx_text_cells_are_text_and_never_formulas():
    data = exports.to_xlsx(HEADERS, rows(), title="Contributions et inscriptions 2024")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Contributions et inscriptions 2"  # 31 characters at most
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert not any(cell.data_type == "f" for cell in cells)
    assert [cell.value for cell in sheet["A"]][1:-1] == [f"'{t}" for t in FORMULAS]
    assert sheet["B1"].value == "'=Header"
    assert sheet["C2"].value == -5 and sheet["C2"].data_type == "n"
    assert sheet["B2"].data_type == "s"


def test_rows_may_be_a_generator():
    data = exports.to_xlsx(HEADERS, (row for row in rows()), title="x")
    assert load_workbook(io.BytesIO(data)).active.max_row == len(FORMULAS) + 2


@pytest.mark.parametrize("value", ["=1+1", "+33 6", "-x", "@x", "\tx", "\rx"])
def test_neutralise(value):
    assert exports.neutralise(value) == "'" + value
    assert exports.neutralise("a" + value) == "a" + value


def test_control_characters_are_removed_from_both_exports():
    name = "Am\x00ina\x07 \x1b[31mB\x0bennani\ttab"
    headers, rows = ["name"], [[name], ["=1+1\x00"]]
    data = load_workbook(io.BytesIO(exports.to_xlsx(headers, rows, title="x"))).active
    assert [c.value for c in data["A"]] == ["name", "Amina [31mBennani\ttab", "'=1+1"]
    text = exports.to_csv(headers, rows).decode("utf-8-sig")
    assert "\x00" not in text and "\x07" not in text and "Amina" in text
