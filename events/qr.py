"""QR code of a registration code, for check-in at the door."""

import io

import segno


def qr_svg(code: str) -> str:
    buffer = io.BytesIO()
    segno.make(code, error="m").save(
        buffer, kind="svg", scale=6, xmldecl=False, svgns=True, title=code
    )
    return buffer.getvalue().decode()


def qr_png(code: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(code, error="m").save(buffer, kind="png", scale=8)
    return buffer.getvalue()
