"""Builders of small report files for the format tests, all made offline.

The PDF is written by hand: a Type0 font with Identity-H encoding whose codes are the UTF-16
code units of the text, plus a ToUnicode CMap mapping every code to itself. No font program is
embedded (a viewer shows boxes), but the text layer is exactly what Chinese PDFs carry, so pypdf
extracts the Chinese text, and no CJK font package is needed.
"""

from __future__ import annotations

import io
import unicodedata
from itertools import pairwise
from pathlib import Path

__all__ = ["blank_pdf", "cjk_pdf", "encrypted_pdf", "wrap", "write"]

_TO_UNICODE = b"""/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end"""
# A 2x2 grey image drawn instead of text: what a scanned page looks like.
_IMAGE_ONLY = b"q 400 0 0 400 100 300 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x10\xf0\xf0\x10 EI Q"


def wrap(paragraph: str, width: int = 40) -> list[str]:
    """Break a paragraph into lines of at most ``width`` display columns (CJK = 2)."""
    lines, line, used = [], "", 0
    for char in paragraph:
        w = 2 if unicodedata.east_asian_width(char) in "WF" else 1
        if used + w > width:
            lines.append(line)
            line, used = "", 0
        line += char
        used += w
    return [*lines, line] if line else lines


def cjk_pdf(
    pages: list[list[str]], title: str | None = None, image_only: bool = False, gaps: bool = False
) -> bytes:
    """A PDF with one text line per entry of each page (top to bottom), Chinese included.

    With ``gaps``, Chinese characters and digits are spread apart (TJ kerning) the way
    justified text is, which makes pypdf put spaces between them.
    """
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    to_unicode = add(_stream(_TO_UNICODE))
    descriptor = add(
        b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -200 1000 900]"
        b" /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
    )
    cid_font = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo"
        b" << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        b" /FontDescriptor %d 0 R /DW 1000 /CIDToGIDMap /Identity >>" % descriptor
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H"
        b" /DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid_font, to_unicode)
    )
    parent = len(objects) + 2 * len(pages) + 1
    kids = []
    for lines in pages:
        content = _IMAGE_ONLY if image_only else _text_ops(lines, gaps)
        stream = add(_stream(content))
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources"
                b" << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>" % (parent, font, stream)
            )
        )
    refs = b" ".join(b"%d 0 R" % kid for kid in kids)
    add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (refs, len(kids)))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % parent)
    info = add(b"<< /Title <FEFF%s> >>" % title.encode("utf-16-be").hex().encode()) if title else 0
    return _assemble(objects, catalog, info)


def _text_ops(lines: list[str], gaps: bool) -> bytes:
    ops = [b"BT /F1 10.5 Tf 15 TL 60 780 Td"]
    for line in lines:
        if not gaps:
            ops.append(b"<%s> Tj T*" % _hex(line))
            continue
        parts = [b"<%s>" % _hex(line[0])] if line else []
        for before, char in pairwise(line):
            if (_wide(before) or _wide(char)) and (before + char).isalnum():
                parts.append(b"-600")
            parts.append(b"<%s>" % _hex(char))
        ops.append(b"[%s] TJ T*" % b" ".join(parts))
    ops.append(b"ET")
    return b"\n".join(ops)


def _hex(text: str) -> bytes:
    return text.encode("utf-16-be").hex().encode()


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)


def _assemble(objects: list[bytes], catalog: int, info: int) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"<< /Size %d /Root %d 0 R" % (len(objects) + 1, catalog)
    trailer += b" /Info %d 0 R >>" % info if info else b" >>"
    out += b"trailer\n%s\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)


def blank_pdf(pages: int = 2) -> bytes:
    """A PDF of empty pages (no text layer), written by pypdf itself."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted_pdf(source: bytes, password: str, algorithm: str = "RC4-128") -> bytes:
    """``source`` encrypted; an empty ``password`` is copy protection only (opens freely)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` and return the path."""
    path.write_bytes(data)
    return path
