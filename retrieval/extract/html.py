"""HTML extraction: the article body of a saved government web page, plus its metadata.

lxml's HTML parser (already installed with python-docx) builds a forgiving tree from the tag
soup of county web sites. Page furniture (scripts, navigation, headers, footers, share bars) is
dropped; metadata blocks (索引号/发文机关/发布日期 …) become metadata; the article is the
element holding most of the page's non-link Chinese text.
"""

from __future__ import annotations

import re
from typing import Any

from retrieval.extract.base import Extracted, UnreadableFileError, metadata_from_line, with_title
from retrieval.extract.text import decode_text

__all__ = ["extract_html", "html_to_lines"]

_DROP_TAGS = (
    "script style noscript template iframe object embed svg canvas select button input "
    "textarea nav aside footer head"
).split()
_JUNK = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|foot|sidebar|share|copyright"
    r"|banner|topbar|toolbar|search|login|position|location|related|xgwz|bottom)(?:$|[-_\s\d])",
    re.I,
)
_BLOCK = set(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd table thead tbody tfoot caption section article "
    "main blockquote pre center header figure figcaption address hr form tr".split()
)
_META_TAGS = set(
    "table tbody tr li ul p div span dl dt dd td th section font label b strong em".split()
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WIDE = r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef\u201c\u201d]"
# A line break in the page source between Chinese characters is source formatting, not a space.
_CJK_WRAP = re.compile(rf"(?<={_WIDE})[ \t]*[\r\n][ \t\r\n]*(?={_WIDE})")
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0]+")
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]| - | — ).*$")
_TITLE_MARK = re.compile(r"(?:^|[-_\s])(?:title|biaoti|bt)(?:$|[-_\s\d])", re.I)
_MAX_TITLE_CHARS = 100
_MAX_META_CHARS = 200
_MAX_CELL_CHARS = 300
# A child holding this share of its parent's article text is the better article container.
_DESCEND = 0.6


def extract_html(data: bytes, name: str) -> Extracted:
    """Extract the article text and metadata from the bytes of an HTML page.

    Raises:
        UnreadableFileError: the page cannot be decoded or has no text.
    """
    import lxml.html

    source = _decode_html(data, name)
    source = re.sub(r"^\s*<\?xml[^>]*>", "", source)  # lxml refuses str with an XML declaration
    source = re.sub(r"[\x00-\x08\x0b\x0e-\x1f]", "", source)
    try:
        root = lxml.html.document_fromstring(source)
    except Exception as e:  # lxml raises ParserError/ValueError on pages with no markup
        raise UnreadableFileError(f"{name}: not a readable HTML page ({type(e).__name__})") from e
    cms_title, page_title, metadata = _head_fields(root)
    metadata = {**_take_metadata(root), **metadata}
    _drop_furniture(root)
    lines = html_to_lines(_article(root))
    headline = (
        metadata.get("标题") or metadata.get("名称") or cms_title or _headline(root, page_title)
    )
    if headline and not any(_bare(headline) == _bare(line) for line in lines[:3]):
        lines.insert(0, headline)  # the visible headline usually sits outside the article body
    if not lines:
        raise UnreadableFileError(f"{name}: the page has no article text")
    text = "\n".join(lines)
    return Extracted(text, None, with_title(metadata, headline or page_title, text))


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _decode_html(data: bytes, name: str) -> str:
    if b"\x00" in data or data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return decode_text(data, name)  # UTF-16 (saved as "Unicode"), or binary: refused there
    try:
        return data.decode("utf-8")  # GBK text is practically never valid UTF-8
    except UnicodeDecodeError:
        pass
    match = _CHARSET.search(data[:4096])
    if match:
        codec = match.group(1).decode("ascii").lower()
        codec = "gb18030" if codec in {"gb2312", "gbk", "x-gbk", "cp936"} else codec
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, name)


def _head_fields(root: Any) -> tuple[str | None, str | None, dict[str, str]]:
    """The CMS ArticleTitle, the <title> without the site name, and the CMS publication date."""
    metadata: dict[str, str] = {}
    cms_title = page_title = None
    for meta in root.iter("meta"):
        key, content = (meta.get("name") or "").lower(), _clean(meta.get("content") or "")
        if key == "articletitle" and content:
            cms_title = content
        elif key == "pubdate" and content:
            metadata["发布日期"] = content
    element = root.find(".//title")
    if element is not None:
        page_title = _SITE_SUFFIX.sub("", _clean(element.text_content())) or None
    return cms_title, page_title, metadata


def _headline(root: Any, page_title: str | None) -> str | None:
    # Pages carry several <h1>/"title" boxes (site logo, sidebar captions): prefer the one that
    # matches the page's <title>, then the longest, as article titles are long.
    texts = [_clean(e.text_content()) for e in root.iter() if _is_title_box(e)]
    texts = [t for t in texts if t and _CJK.search(t) and len(t) <= _MAX_TITLE_CHARS]
    bare = _bare(page_title or "")

    def rank(text: str) -> tuple[bool, int]:
        mine = _bare(text)
        matches = bool(bare) and (mine == bare or (len(mine) * 2 >= len(bare) and mine in bare))
        return matches, len(mine)

    return max(texts, key=rank, default=None)


def _is_title_box(element: Any) -> bool:
    # Old table-layout pages mark the headline with a class/id instead of <h1>.
    if element.tag == "h1":
        return True
    if not isinstance(element.tag, str) or element.tag in ("title", "meta", "head"):
        return False
    return bool(_TITLE_MARK.search(f"{element.get('class') or ''} {element.get('id') or ''}"))


def _take_metadata(element: Any) -> dict[str, str]:
    # Outermost short block whose text starts with a metadata label: capture it, then drop it
    # so the labels and values do not end up in the body.
    found: dict[str, str] = {}
    for child in list(element):
        if not isinstance(child.tag, str):
            continue
        fields: dict[str, str] = {}
        if child.tag in _META_TAGS and len(child.text_content()) <= 2 * _MAX_META_CHARS:
            fields = metadata_from_line(" | ".join(html_to_lines(child)))
        if fields:
            found = {**fields, **found}
            child.drop_tree()
        else:
            found = {**_take_metadata(child), **found}
    return found


def _drop_furniture(root: Any) -> None:
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        marks = f"{element.get('class') or ''} {element.get('id') or ''}"
        header = element.tag == "header" and not any(
            a.tag in ("article", "main") for a in element.iterancestors()
        )
        if element.tag in _DROP_TAGS or header or (marks.strip() and _JUNK.search(marks)):
            element.drop_tree()


def _article(root: Any) -> Any:
    scores: dict[Any, int] = {}
    _score(root, scores)
    node = root.find("body")
    node = root if node is None else node
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        best = max(children, key=lambda c: scores.get(c, 0), default=None)
        if best is None or scores.get(best, 0) < _DESCEND * scores.get(node, 0) or not scores[best]:
            return node
        node = best


def _score(element: Any, scores: dict[Any, int]) -> int:
    # Chinese characters outside links: navigation and "related articles" lists score nothing.
    total = len(_CJK.findall(element.text or ""))
    for child in element:
        if isinstance(child.tag, str):
            total += _score(child, scores)
        total += len(_CJK.findall(child.tail or ""))
    scores[element] = 0 if element.tag == "a" else total
    return scores[element]


def html_to_lines(element: Any) -> list[str]:
    """The text of an element as lines: blocks and ``<br>`` break lines, a table row becomes
    ``| cell | cell |``, whitespace is collapsed and removed between Chinese characters."""
    lines: list[str] = []
    buffer: list[str] = []
    _render(element, lines, buffer)
    _flush(lines, buffer)
    return lines


def _render(element: Any, lines: list[str], buffer: list[str]) -> None:
    tag = element.tag
    if tag == "br":
        _flush(lines, buffer)
        return
    if tag == "tr" and _is_data_row(element):
        _flush(lines, buffer)
        cells = [" ".join(html_to_lines(c)) for c in element if c.tag in ("td", "th")]
        if any(cells):
            lines.append("| " + " | ".join(cells) + " |")
        return
    block = tag in _BLOCK
    if block:
        _flush(lines, buffer)
    buffer.append(element.text or "")
    for child in element:
        if isinstance(child.tag, str):
            _render(child, lines, buffer)
        buffer.append(child.tail or "")
    if block:
        _flush(lines, buffer)


def _is_data_row(row: Any) -> bool:
    # Layout tables wrap whole pages in single cells; data rows have several short cells.
    cells = [c for c in row if c.tag in ("td", "th")]
    if len(cells) < 2 or row.find(".//table") is not None:
        return False
    return all(len(c.text_content()) <= _MAX_CELL_CHARS for c in cells)


def _flush(lines: list[str], buffer: list[str]) -> None:
    line = _clean("".join(buffer))
    buffer.clear()
    if line:
        lines.append(line)


def _clean(text: str) -> str:
    return _SPACES.sub(" ", _CJK_WRAP.sub("", text)).strip(" \u3000")
