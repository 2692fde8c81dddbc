"""Loading: a report file → its canonical text, body spans (web residue left out) and metadata.

The canonical text is what citations index: for .txt/.md it is the decoded file, unchanged (no
newline translation), so ``text[start:end]`` of a citation can be checked against the file itself;
for .docx/.pdf/.html it is the extracted text, which the index stores.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from retrieval import extract
from retrieval.errors import GovqaError
from retrieval.extract import META_KEYS, STOP_KEYS, TEXT_SUFFIXES
from retrieval.ingest.header import field_spans, signature_spans, title_span
from retrieval.lexicons import place_suffixes
from retrieval.text.sentences import RESIDUE, printable

__all__ = ["Report", "load_report", "load_source_text", "parse_report"]

_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# "- 发布日期:2026-01-12" (a list item) or "发布日期：2026-01-12" (a line of its own).
_LIST_META = re.compile(r"^\s*(?P<bullet>[-*·]\s*)?([^:：\n|]{1,10})[:：]\s*(.*)$")
_SOURCE_LINE = re.compile(r"^\s*来源[:：]")
_TRAILER = re.compile(r"^\s*(关联稿件|相关链接|相关稿件|附件下载)[:：]?")
_YEAR = re.compile(r"(20\d{2})\s*年")
_DATE = re.compile(r"(20\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})")
# A region is the leading run of administrative units of a title: 额敏县, 阿克陶县克孜勒陶镇, …
_UNIT = r"[\u4e00-\u9fa5]{1,9}?(?:" + "|".join(place_suffixes()) + ")"
_REGION = re.compile(
    rf"^((?:{_UNIT})+?)(?=人民政府|司法局|政府|20\d{{2}}|[0-9一二〇]{{4}}|关于|法治)"
)


@dataclass(frozen=True)
class Report:
    """One loaded report."""

    source: str
    text: str
    title: str
    region: str | None
    year: int | None
    published: str | None
    body: list[tuple[int, int]]
    metadata: dict[str, str] = field(default_factory=dict)
    pages: list[int] | None = None
    # Where the text states the title, each metadata value and the signature (落款单位,
    # 落款日期): field → ``(start, end)`` of the value in ``text``.
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # Spans of text addressed to a model (planted instructions), left out of ``body``.
    excluded: tuple[tuple[int, int], ...] = ()

    @property
    def content_hash(self) -> str:
        """A hash of everything that ingest derives from this file."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:32]


def load_source_text(
    path: Path, max_bytes: int | None = None
) -> tuple[str, list[int] | None, dict[str, str]]:
    """Read a file's canonical text, page offsets (PDF) and format metadata.

    Args:
        path: the report file.
        max_bytes: refuse a text over this size (UTF-8), and a .docx that would unpack to
            far more (``retrieval.extract.extract``).

    Raises:
        GovqaError: the file is unreadable, binary, empty, not text or too large.
    """
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise GovqaError(f"cannot read {path.name}: {e.strerror}") from e
        text = extract.decode_text(data, path.name)
        if max_bytes is not None:
            extract.check_text_size(text, path.name, max_bytes)
        return text, None, {}
    extracted = extract.extract(path, max_bytes)
    return extracted.text, extracted.pages, dict(extracted.metadata)


def load_report(path: Path, max_bytes: int | None = None) -> Report:
    """Load one report file (``max_bytes``: see :func:`load_source_text`).

    Raises:
        GovqaError: the file cannot be read or decoded, or is too large (the message names
            the file).
    """
    text, pages, metadata = load_source_text(path, max_bytes)
    return parse_report(path.name, text, pages=pages, metadata=metadata)


def parse_report(
    source: str,
    text: str,
    *,
    pages: list[int] | None = None,
    metadata: dict[str, str] | None = None,
) -> Report:
    """Split a canonical text into metadata, title and body spans."""
    meta = dict(metadata or {})
    lines = list(_lines(text))
    title = meta.get("title") or meta.get("名称") or _first_title(text, lines)
    body: list[tuple[int, int]] = []
    in_header = True
    for start, end in lines:
        line = text[start:end]
        if _TRAILER.match(line):
            break
        if in_header and _header_line(line, title, meta):
            continue
        in_header = False
        body.extend(_without_residue(text, start, end))
    # Titles and metadata reach terminals and prompts: no control characters in them.
    title = printable(title) if title else None
    meta = {printable(key): printable(value) for key, value in meta.items()}
    region = _region(title, meta)
    year = _year(title, text, body)
    published = _published(meta)
    header_end = body[0][0] if body else len(text)
    spans = {
        **field_spans(text, header_end, meta),
        **title_span(text, lines, title, header_end),
        **signature_spans(text, body),
    }
    return Report(
        source=source,
        text=text,
        title=title or source,
        region=region,
        year=year,
        published=published,
        body=body,
        metadata=meta,
        pages=pages,
        spans=spans,
    )


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in re.finditer(r"\r?\n|\r", text):
        yield from _trimmed(text, start, match.start())
        start = match.end()
    yield from _trimmed(text, start, len(text))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def _first_title(text: str, lines: list[tuple[int, int]]) -> str | None:
    if not lines:
        return None
    first = text[lines[0][0] : lines[0][1]].lstrip("#＃ \t")
    looks_like_title = len(first) <= 80 and "报告" in first and not re.search("[。；，,]", first)
    return first if looks_like_title else None


def _header_line(line: str, title: str | None, meta: dict[str, str]) -> bool:
    """True for title, metadata table/list and source lines; records metadata as a side effect."""
    if title and line.lstrip("#＃ \t") == title:
        return True
    if _TABLE_ROW.match(line):
        cells = [re.sub(r"\s+", "", cell) for cell in line.strip().strip("|").split("|")]
        for key, value in zip(cells[::2], cells[1::2], strict=False):
            if key and value:
                meta.setdefault(key, value)
        return True
    if _SOURCE_LINE.match(line):
        parts = re.split(r"(来源|作者|发布时间|发布日期|点击数)\s*[:：]?", line)
        for key, value in zip(parts[1::2], parts[2::2], strict=False):
            if value.strip():
                meta.setdefault(key, value.strip())
        return True
    match = _LIST_META.match(line)
    label = re.sub(r"\s+", "", match.group(2)) if match else ""
    # Without a bullet, only the labels of a report's header make a line metadata.
    keys = (*META_KEYS, *STOP_KEYS) if match and match["bullet"] else META_KEYS
    if match and label in keys:
        if match.group(3).strip():
            meta.setdefault(label, match.group(3).strip())
        return True
    return False


def _without_residue(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in RESIDUE.finditer(text, start, end):
        spans.extend(_trimmed(text, cursor, match.start()))
        cursor = match.end()
    spans.extend(_trimmed(text, cursor, end))
    return spans


def _region(title: str | None, meta: dict[str, str]) -> str | None:
    candidates = [title or ""] + [
        meta.get(k, "") for k in ("发文单位", "发文机构", "发文机关", "发布机构")
    ]
    for candidate in candidates:
        match = _REGION.match(re.sub(r"\s+", "", candidate))
        # "我镇人民政府" names no region: never invent one from a pronoun.
        if match and not match.group(1).startswith(("我", "本", "全", "该")):
            return match.group(1)
    return None


def _year(title: str | None, text: str, body: list[tuple[int, int]]) -> int | None:
    if title and (match := _YEAR.search(title)):
        return int(match.group(1))
    # Untitled reports: the year they mention most in their body is the year reported on.
    counts = Counter(int(y) for s, e in body[:40] for y in _YEAR.findall(text, s, e))
    return counts.most_common(1)[0][0] if counts else None


def _published(meta: dict[str, str]) -> str | None:
    for key in ("发布日期", "发布时间", "成文日期"):
        if match := _DATE.search(meta.get(key, "")):
            year, month, day = match.groups()
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return None
