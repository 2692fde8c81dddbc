"""PDF text extraction (pypdf) with line joining made for Chinese official documents.

PDF text comes as visual lines: a paragraph is broken wherever the line was full, often
mid-sentence. Lines are joined back into paragraphs (no space between CJK characters), page
numbers printed at the top/bottom of a page are dropped, and the start offset of every page in
the joined text is kept so citations can name their page.
"""

from __future__ import annotations

import io
import re
import unicodedata

from retrieval.extract.base import Extracted, UnreadableFileError, metadata_from_line, with_title
from retrieval.text.sentences import HEADING_1, HEADING_2

__all__ = ["extract_pdf", "join_lines"]

# A paragraph ends at sentence-final punctuation (optionally followed by a closing quote).
_PARAGRAPH_END = re.compile(r"[。！？；：!?;:…][”’」』）)\"']*$")
_CHAPTER = re.compile(r"^第[一二三四五六七八九十百零〇\d]+[章节条部分]")
_WIDE = r"[\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
_WIDE_GAP = re.compile(rf"(?<={_WIDE})\s+(?={_WIDE}|\d)|(?<=\d)\s+(?={_WIDE})")
_PAGE_NUMBER = re.compile(
    r"^[\s\-－—–]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?[\s\-－—–]*$"
)
# Below this share of a full line's width, a line ends its paragraph (titles, last lines).
_SHORT_LINE = 0.8
_TITLE_LINE = 0.9
_CLAUSE = re.compile(r"[，,、；;：:。]")
_MIN_CHARS_PER_PAGE = 10
_EOF_WINDOW = 2048


def extract_pdf(data: bytes, name: str) -> Extracted:
    """Extract text, page start offsets and metadata from the bytes of a PDF.

    Raises:
        UnreadableFileError: truncated, corrupt or encrypted, or no text layer (needs OCR).
    """
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise UnreadableFileError(
            f"{name}: truncated PDF (no end-of-file marker): download or export it again"
        )
    page_texts, info_title = _read(data, name)
    chars = sum(len("".join(text.split())) for text in page_texts)
    if chars < _MIN_CHARS_PER_PAGE * max(1, len(page_texts)):
        raise UnreadableFileError(f"{name}: PDF has no text layer: needs OCR (a scanned document)")
    text, pages = join_lines([_page_lines(t) for t in page_texts])
    metadata: dict[str, str] = {}
    for line in text.split("\n", 20)[:20]:
        metadata = {**metadata_from_line(line), **metadata}
    return Extracted(text, pages, with_title(metadata, info_title, text))


def _read(data: bytes, name: str) -> tuple[list[str], str | None]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        # Many official PDFs are encrypted with an empty user password (copy protection only).
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableFileError(f"{name}: PDF is password-protected: remove the password")
        texts = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except UnreadableFileError:
        raise
    except DependencyError as e:
        raise UnreadableFileError(
            f"{name}: AES-encrypted PDF: install the `cryptography` package to read it"
        ) from e
    # pypdf reports damage with many exception types (PdfReadError, KeyError, ValueError …).
    except Exception as e:
        raise UnreadableFileError(
            f"{name}: not a readable PDF ({type(e).__name__}): export it again"
        ) from e
    if title and title.lower().startswith("microsoft word"):
        title = None  # the converter's placeholder, not the document's title
    return texts, title


def _page_lines(page_text: str) -> list[str]:
    lines = []
    for raw in page_text.replace("\r", "\n").split("\n"):
        # pypdf reads the spread of justified Chinese text as spaces: drop them, but keep the
        # leading whitespace that marks an indented first line.
        indent = raw[: len(raw) - len(raw.lstrip())]
        line = _WIDE_GAP.sub("", raw.strip())
        if line:
            lines.append(indent + line)
    while lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    while lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    return lines


def join_lines(pages: list[list[str]]) -> tuple[str, list[int]]:
    """Join visual lines into paragraphs, across page breaks too.

    Args:
        pages: the lines of each page, leading whitespace kept (it marks an indented line).

    Returns:
        The text (paragraphs separated by ``"\\n"``) and the start offset of each page.
    """
    full = _full_width([line for lines in pages for line in lines])
    parts: list[str] = []
    length = 0
    starts: list[int | None] = []
    previous = ""
    for lines in pages:
        starts.append(None)
        for raw in lines:
            line = raw.strip()
            if parts:
                joiner = _joiner(previous, raw, line, full)
                parts.append(joiner)
                length += len(joiner)
            if starts[-1] is None:
                starts[-1] = length
            parts.append(line)
            length += len(line)
            previous = line
    # An empty page starts where the next page's text starts (an empty range).
    result: list[int] = []
    following = length
    for start in reversed(starts):
        following = following if start is None else start
        result.append(following)
    return "".join(parts), result[::-1]


def _joiner(previous: str, raw: str, line: str, full: float) -> str:
    if _ends_paragraph(previous, full) or _starts_paragraph(raw, line):
        return "\n"
    a, b = previous[-1], line[0]
    # Words of Latin text were separated by the line break; CJK text and numbers were not.
    latin = a.isascii() and b.isascii() and (a.isalpha() or b.isalpha()) and a not in "-/"
    return " " if latin else ""


def _ends_paragraph(line: str, full: float) -> bool:
    width = _width(line)
    return bool(
        _PARAGRAPH_END.search(line)
        or width < _SHORT_LINE * full
        # A title or heading: not quite full and no clause punctuation at all.
        or (width < _TITLE_LINE * full and not _CLAUSE.search(line))
        or metadata_from_line(line)
    )


def _starts_paragraph(raw: str, line: str) -> bool:
    return bool(
        raw[:1].isspace()  # an indented first line
        or HEADING_1.match(line)
        or HEADING_2.match(line)
        or _CHAPTER.match(line)
        or metadata_from_line(line)
    )


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _full_width(lines: list[str]) -> float:
    # The width of a full line: a high percentile, robust to a few over-long lines.
    widths = sorted(_width(line.strip()) for line in lines)
    if not widths:
        return 0.0
    return float(widths[int(0.9 * (len(widths) - 1))])
