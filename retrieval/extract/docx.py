""".docx extraction (python-docx): paragraphs and tables in body order, metadata rows, title.

The archive is checked by ``retrieval.extract.archive`` before this unpacks it.
"""

from __future__ import annotations

import io
from typing import Any

from retrieval.extract.base import Extracted, UnreadableFileError, metadata_from_line, with_title

__all__ = ["extract_docx"]


def extract_docx(data: bytes, name: str) -> Extracted:
    """Extract the text and metadata of a .docx from its bytes.

    Raises:
        UnreadableFileError: the package is damaged or the document has no text.
    """
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        lines, metadata, title = _docx_lines(document)
        core_title = document.core_properties.title
    # python-docx surfaces a damaged package as zipfile, KeyError, lxml or ValueError errors.
    except Exception as e:
        raise UnreadableFileError(
            f"{name}: not a readable .docx ({type(e).__name__}): re-save it from Word"
        ) from e
    if not lines:
        raise UnreadableFileError(f"{name}: the document has no text")
    text = "\n".join(lines)
    return Extracted(text, None, with_title(metadata, title or core_title, text))


def _docx_lines(document: object) -> tuple[list[str], dict[str, str], str | None]:
    from docx.table import Table

    lines: list[str] = []
    metadata: dict[str, str] = {}
    title: str | None = None
    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Table):
            rows = [row for row in map(_docx_row, block.rows) if row.strip("| ")]
        else:
            rows = [line.strip() for line in block.text.splitlines() if line.strip()]
            if rows and not lines and _is_title(block):
                title = rows[0]
        for row in rows:
            metadata = {**metadata_from_line(row), **metadata}
        lines.extend(rows)
    return lines, metadata, title


def _is_title(paragraph: Any) -> bool:
    # Looking a style up is slow in python-docx: only the first paragraph is asked.
    style = paragraph.style
    return bool(style is not None and (style.name or "").lower().startswith("title"))


def _docx_row(row: object) -> str:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:  # type: ignore[attr-defined]
        # A merged cell is repeated once per grid column it spans: keep it once.
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
    return "| " + " | ".join(cells) + " |"
