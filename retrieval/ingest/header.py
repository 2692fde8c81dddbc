"""Where a report's text states its own attributes: header values, title and signature.

The header table or list (索引号, 成文日期, 发文机构 …), the source line (来源, 发布时间) and the
closing signature (落款: the issuer's name, then the date) are answered from, and cited to, the
exact characters of the report that state them.
"""

from __future__ import annotations

import re

__all__ = ["field_spans", "signature_spans", "title_span"]

# A signature block ends the report: an issuer's name line, then the date it was signed on.
_SIGNED_ON = re.compile(
    r"(?:20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月"
    r"[一二三四五六七八九十]{1,3}日|20\d{2}[-./]\d{1,2}[-./]\d{1,2})$"
)
_TITLE_YEAR = re.compile(r"20\d{2}\s*年度?")
_SIGNER = re.compile(r"[^。，,；;：:！？!?\s]{2,30}")


def field_spans(text: str, header_end: int, meta: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Where the header states each metadata value: after its label, on the label's line."""
    spans: dict[str, tuple[int, int]] = {}
    for key, value in meta.items():
        label = r"\s*".join(map(re.escape, key))
        wanted = r"\s*".join(map(re.escape, re.sub(r"\s+", "", value)))
        if not label or not wanted:
            continue
        pattern = re.compile(rf"{label}[^\S\n]*[:：|]?[^\n]*?(?P<value>{wanted})")
        if found := pattern.search(text, 0, header_end):
            spans[key] = found.span("value")
    return spans


def title_span(
    text: str, lines: list[tuple[int, int]], title: str | None, header_end: int
) -> dict[str, tuple[int, int]]:
    """Where the header states the title (标题), and the year it names (年份)."""
    for start, end in lines:
        if start >= header_end:
            break
        line = text[start:end]
        if title and line.lstrip("#＃ \t") == title:
            spans = {"标题": (end - len(title), end)}
            if year := _TITLE_YEAR.search(text, end - len(title), end):
                spans["年份"] = year.span()
            return spans
    return {}


def signature_spans(text: str, body: list[tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """The closing lines "普兰县人民政府\n2025年12月31日": who signed and when (落款)."""
    if not body:
        return {}
    start, end = body[-1]
    date = _SIGNED_ON.search(text, start, end)
    if date is None:
        return {}
    prefix = text[start : date.start()].rstrip()
    if prefix and not _SIGNER.fullmatch(prefix):
        return {}  # a sentence that happens to end with a date, not a signature
    spans = {"落款日期": date.span()}
    if prefix:
        spans["落款单位"] = (start, start + len(prefix))
    elif len(body) > 1 and _SIGNER.fullmatch(text, *body[-2]):
        spans["落款单位"] = body[-2]
    return spans
