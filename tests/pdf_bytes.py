"""Hand-made PDF files for the reader tests and ``benchmarks/fuzz.py``: one page of Helvetica text
(a standard font, no embedding needed; WinAnsiEncoding, so German letters and „quotes“ work)."""

from __future__ import annotations


def page_objects(stream: bytes, kids: int = 1) -> list[bytes]:
    """Catalog, page tree (listing its one page ``kids`` times), page, font and the content ``stream``:
    objects 1 to 5."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b" ".join([b"3 0 R"] * kids) + b"] /Count %d >>" % kids,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]


def pdf_file(objects: list[bytes], version: bytes = b"1.7", trailer: bytes = b"", xref_shift: int = 0) -> bytes:
    """``objects`` (numbered from 1) as a PDF file with its cross-reference table; ``trailer``: more entries
    of the trailer dictionary; ``xref_shift``: offsets that many bytes off (a damaged table)."""
    out = bytearray(b"%PDF-" + version + b"\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % (offset + xref_shift) for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)
