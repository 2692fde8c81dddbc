"""Turn report files into text: decoding of text files and extraction from .docx/.pdf/.html.

The extracted ``text`` is the canonical source text of a report: chunk offsets index it and it is
stored so citations can be checked. .docx, PDF and HTML extraction live in ``formats_docx``,
``formats_pdf`` and ``formats_html`` and are imported lazily, so a plain-text ingest or a cold
``ask`` never pays for python-docx, pypdf or lxml.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from retrieval.errors import GovqaError

__all__ = [
    "EXTRACT_SUFFIXES",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "Extracted",
    "UnreadableFileError",
    "check_text_size",
    "decode_text",
    "extract",
    "metadata_from_line",
    "page_at",
    "with_title",
]

TEXT_SUFFIXES = frozenset({".txt", ".md"})
EXTRACT_SUFFIXES = frozenset({".docx", ".pdf", ".html", ".htm"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | EXTRACT_SUFFIXES


class UnreadableFileError(GovqaError):
    """A file cannot be turned into text (binary, empty, corrupt, no text layer)."""


@dataclass(frozen=True)
class Extracted:
    """The text of one report file.

    Attributes:
        text: plain text, paragraphs separated by ``"\\n"``; offsets index this string.
        pages: PDF only: start offset in ``text`` of each page (page n is ``pages[n - 1]``).
        metadata: fields found in the file (索引号, 发文机关, 发布日期 …, plus ``title``).
    """

    text: str
    pages: list[int] | None = None
    metadata: dict[str, str] = field(default_factory=dict)


# --- decoding -------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0/C1 controls other than tab, newlines and form feed; private use; the replacement char.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
_SAMPLE = 200_000
_PLAUSIBLE = re.compile(
    r"[\t\n\r\f\x20-\x7e\xa0-\xff\u0600-\u06ff\u2000-\u206f\u2150-\u25ff"
    r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


def decode_text(data: bytes, name: str) -> str:
    """Decode the bytes of a text report, keeping newlines exactly as they are.

    Tries, in order: a byte-order mark (UTF-8/16/32), UTF-8, GB18030 (covers GBK/GB2312),
    UTF-16 without a BOM, then charset-normalizer's best guess. A UTF-8 or GB18030 file with a
    very few bad bytes is kept (bad bytes become U+FFFD) rather than lost.

    Args:
        data: the file's bytes.
        name: the file's name, used in error messages.

    Returns:
        The decoded text (a UTF-8 BOM is dropped).

    Raises:
        UnreadableFileError: the file is empty, binary, or in no encoding we can identify.
    """
    if not data.strip():
        raise UnreadableFileError(f"{name}: empty file, nothing to ingest")
    text = _decode(data)
    if text is None:
        raise UnreadableFileError(
            f"{name}: not a text file (binary or unknown encoding): convert it to UTF-8 text"
        )
    if not text.strip():
        raise UnreadableFileError(f"{name}: empty file, nothing to ingest")
    return text


def _decode(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            return None if text is None or _looks_binary(text) else text
    if b"\x00" in data:
        # NUL bytes never occur in UTF-8/GBK text: either BOM-less UTF-16 or binary.
        return _utf16_without_bom(data)
    text = _utf8(data) or _lenient(data, "utf-8")
    if text is not None:
        return None if _looks_binary(text) else text
    # GB18030 decodes most byte strings (Big5 too): keep it only when it reads as Chinese.
    attempts = (
        partial(_strict, data, "gb18030"),
        partial(_lenient, data, "gb18030"),
        partial(_detected, data),
    )
    texts = (attempt() for attempt in attempts)  # lazily: charset-normalizer is slow
    return next((text for text in texts if text is not None and _plausible(text)), None)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        # A file cut inside its last character (a truncated download) is still UTF-8.
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            return data[: e.start].decode("utf-8", errors="replace")
        return None


def _lenient(data: bytes, codec: str) -> str | None:
    text = data.decode(codec, errors="replace")
    return text if text.count("\ufffd") * 500 <= len(text) else None


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text = _strict(data, codec)
        if text is not None and _plausible(text):
            return text
    return None


def _plausible(text: str) -> bool:
    # Bytes decoded in the wrong 16-bit order or from binary scatter over the whole BMP; real
    # text stays in a few blocks (ASCII, Latin-1, punctuation, CJK, Arabic for Uyghur).
    sample = text[:_SAMPLE]
    return len(_PLAUSIBLE.findall(sample)) >= 0.95 * len(sample) and not _looks_binary(sample)


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # lazy: only odd encodings get here

    best = from_bytes(data[:_SAMPLE]).best()
    if best is None or best.encoding is None:
        return None
    return _strict(data, best.encoding)


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        return True
    return len(_BAD_CHARS.findall(sample)) * 100 > len(sample)


# --- metadata -------------------------------------------------------------------------------

_META_KEYS = (
    "索引号 主题分类 名称 标题 文号 发文字号 成文日期 发布日期 发布时间 生效日期 废止日期 有效性 "
    "公文时效 发文单位 发文机关 发文机构 发布机构 信息来源 来源 作者 主题词 公开方式 公开范围"
).split()
# Labels that only end a value (page furniture next to real metadata), never stored.
_STOP_KEYS = "点击数 浏览次数 访问量 字号 打印 关闭".split()
_LABEL = re.compile("|".join(r"\s*".join(map(re.escape, key)) for key in _META_KEYS + _STOP_KEYS))
# Within a metadata line a label counts after a separator (then followed by one), or anywhere
# when a colon follows it (web pages glue "司法局作者:" together).
_LABEL_AT = re.compile(
    rf"(?:^|[\s|:：]+)(?P<key>{_LABEL.pattern})(?=\s*(?:[:：|]|\s|$))"
    rf"|(?P<glued>{_LABEL.pattern})(?=\s*[:：])"
)
_LINE_START = re.compile(rf"^[\s\-*·•|【\[]*(?:{_LABEL.pattern})\s*(?:[:：|]|\s|$)")
_VALUE_TRIM = " \t\u3000\xa0:：|【】[]-"
_MAX_META_LINE = 200


def metadata_from_line(line: str) -> dict[str, str]:
    """Metadata fields in one line such as ``| 索 引 号 | K45/2026-00379 | 主题分类 | |`` or
    ``来源:叶城县司法局 作者: 发布时间 2025年09月05日``.

    Returns:
        ``{key: value}`` with keys without inner spaces; empty when the line is not a metadata
        line (it must start with a known label and be short).
    """
    if len(line) > _MAX_META_LINE or not _LINE_START.match(line):
        return {}
    found: dict[str, str] = {}
    matches = list(_LABEL_AT.finditer(line))
    for i, match in enumerate(matches):
        group = "key" if match.group("key") else "glued"
        key = re.sub(r"\s+", "", match.group(group))
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[match.end(group) : end].strip(_VALUE_TRIM)
        if value and key not in _STOP_KEYS:
            found.setdefault(key, value)
    return found


def with_title(metadata: dict[str, str], title: str | None, text: str) -> dict[str, str]:
    """``metadata`` plus ``title``: the given title if it is one of the first lines of ``text``,
    else a 标题/名称 field. Document properties (PDF Info, Word core properties) are often stale
    (a template's or another file's name), so only a title the reader can see is trusted."""
    first_lines = {re.sub(r"\s+", "", line) for line in text.split("\n", 3)[:3]}
    if not title or re.sub(r"\s+", "", title) not in first_lines:
        title = metadata.get("标题") or metadata.get("名称")
    if title and title.strip():
        metadata = {**metadata, "title": re.sub(r"\s+", " ", title).strip()}
    return metadata


def page_at(pages: list[int], offset: int) -> int:
    """The 1-based page holding ``offset``, given ``Extracted.pages``."""
    return max(1, bisect.bisect_right(pages, offset))


# --- dispatch ---------------------------------------------------------------------


def extract(path: Path, max_bytes: int | None = None) -> Extracted:
    """Extract the text, page offsets and metadata of one report file.

    Args:
        path: a .docx, .pdf, .html/.htm (or .txt/.md, decoded as is) file.
        max_bytes: the size limit of one report's text (UTF-8), checked on what is extracted;
            a zip-based file (.docx) is also checked before it is unpacked
            (``retrieval.formats_zip``).

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
        from retrieval.formats_zip import check_zip

        check_zip(data, path.name, max_bytes)
    extracted = _extract(suffix, data, path.name)
    if max_bytes is not None:
        check_text_size(extracted.text, path.name, max_bytes)
    return extracted


def check_text_size(text: str, name: str, max_bytes: int) -> None:
    """Refuse a report whose text is over the size limit (whatever its file's size was).

    Raises:
        UnreadableFileError: ``text`` is more than ``max_bytes`` in UTF-8.
    """
    # Each character is at most 4 bytes in UTF-8: most texts are decided without encoding them.
    if len(text) * 4 <= max_bytes:
        return
    size = len(text.encode("utf-8", errors="replace"))
    if size > max_bytes:
        raise UnreadableFileError(
            f"{name}: its text is {size / 2**20:.1f} MB once extracted, over the "
            f"{max_bytes / 2**20:g} MB limit for one report (raise GOVQA_MAX_REPORT_MB to "
            "ingest it)"
        )


def _extract(suffix: str, data: bytes, name: str) -> Extracted:
    if suffix in TEXT_SUFFIXES:
        return Extracted(decode_text(data, name))
    if suffix == ".pdf":
        from retrieval.formats_pdf import extract_pdf

        return extract_pdf(data, name)
    if suffix == ".docx":
        from retrieval.formats_docx import extract_docx

        return extract_docx(data, name)
    from retrieval.formats_html import extract_html

    return extract_html(data, name)
