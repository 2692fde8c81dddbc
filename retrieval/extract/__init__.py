"""Extract: report files → text. Decoding of text files and extraction from .docx/.pdf/.html.

The extracted ``text`` is the canonical source text of a report: chunk offsets index it and it is
stored so citations can be checked. Each format has its module, imported lazily, so a plain-text
ingest or a cold ``ask`` never pays for python-docx, pypdf or lxml.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.extract.base import (
    EXTRACT_SUFFIXES,
    META_KEYS,
    STOP_KEYS,
    SUPPORTED_SUFFIXES,
    TEXT_SUFFIXES,
    Extracted,
    UnreadableFileError,
    check_text_size,
    page_at,
)
from retrieval.extract.text import decode_text

__all__ = [
    "EXTRACT_SUFFIXES",
    "META_KEYS",
    "STOP_KEYS",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "Extracted",
    "UnreadableFileError",
    "check_text_size",
    "decode_text",
    "extract",
    "page_at",
]


def extract(path: Path, max_bytes: int | None = None) -> Extracted:
    """Extract the text, page offsets and metadata of one report file.

    Args:
        path: a .docx, .pdf, .html/.htm (or .txt/.md, decoded as is) file.
        max_bytes: the size limit of one report's text (UTF-8), checked on what is extracted;
            a zip-based file (.docx) is also checked before it is unpacked
            (``retrieval.extract.archive``).

    Raises:
        UnreadableFileError: the file is empty, corrupt, truncated, has no text layer, is too
            large once unpacked or extracted, or its suffix is not supported.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableFileError(f"{path.name}: unsupported file type {suffix or '(none)'}")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableFileError(f"{path.name}: cannot read ({e.strerror})") from e
    if not data.strip():
        raise UnreadableFileError(f"{path.name}: empty file, nothing to ingest")
    if max_bytes is not None and data.startswith(b"PK\x03\x04"):
        from retrieval.extract.archive import check_zip

        check_zip(data, path.name, max_bytes)
    extracted = _extract(suffix, data, path.name)
    if max_bytes is not None:
        check_text_size(extracted.text, path.name, max_bytes)
    return extracted


def _extract(suffix: str, data: bytes, name: str) -> Extracted:
    if suffix in TEXT_SUFFIXES:
        return Extracted(decode_text(data, name))
    if suffix == ".pdf":
        from retrieval.extract.pdf import extract_pdf

        return extract_pdf(data, name)
    if suffix == ".docx":
        from retrieval.extract.docx import extract_docx

        return extract_docx(data, name)
    from retrieval.extract.html import extract_html

    return extract_html(data, name)
