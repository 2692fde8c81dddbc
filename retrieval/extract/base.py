"""What every extractor shares: the supported suffixes, the extracted text, metadata lines."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from retrieval.errors import GovqaError

__all__ = [
    "EXTRACT_SUFFIXES",
    "META_KEYS",
    "STOP_KEYS",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "Extracted",
    "UnreadableFileError",
    "check_text_size",
    "metadata_from_line",
    "page_at",
    "with_title",
]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
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


META_KEYS = (
    "索引号 主题分类 名称 标题 文号 发文字号 成文日期 发布日期 发布时间 生效日期 废止日期 有效性 "
    "公文时效 发文单位 发文机关 发文机构 发布机构 信息来源 来源 作者 主题词 公开方式 公开范围"
).split()
# Labels that only end a value (page furniture next to real metadata), never stored.
STOP_KEYS = "点击数 浏览次数 访问量 字号 打印 关闭".split()
_LABEL = re.compile("|".join(r"\s*".join(map(re.escape, key)) for key in META_KEYS + STOP_KEYS))
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
        if value and key not in STOP_KEYS:
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
