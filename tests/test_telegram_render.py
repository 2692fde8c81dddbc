"""Telegram HTML rendering and splitting: escaping, bold support, limits, well-formed parts."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from bot.telegram.render import (
    MAX_MESSAGE,
    NOT_FOUND,
    bold_support,
    render_answer,
    render_passage,
    render_sources,
    split_html,
    utf16_len,
)
from retrieval.schema import Answer, Citation, SourceInfo
from retrieval.text.sentences import split_sentences

REPORTS = sorted((Path(__file__).resolve().parents[1] / "data" / "reports").glob("*.txt"))
ALLOWED_TAGS = {"b", "i", "blockquote"}
TAG = re.compile(r"<(/?)(\w+)[^>]*>")


def visible(part: str) -> str:
    """The text Telegram shows for ``part`` (tags dropped, entities decoded)."""
    return html.unescape(TAG.sub("", part))


def assert_well_formed(part: str) -> None:
    """Every tag is allowed, closed in order, and no stray ``<``/``&`` is left unescaped."""
    stack: list[str] = []
    for match in TAG.finditer(part):
        closing, name = match.group(1), match.group(2)
        assert name in ALLOWED_TAGS, f"unexpected tag {match.group(0)!r}"
        if closing:
            assert stack and stack[-1] == name, f"unbalanced </{name}> in {part[:80]!r}"
            stack.pop()
        else:
            stack.append(name)
    assert not stack, f"unclosed {stack} in {part[-80:]!r}"
    text = TAG.sub("", part)
    assert "<" not in text and ">" not in text
    assert not re.search(r"&(?!(amp|lt|gt|quot|#x?[0-9a-f]+);)", text), "broken entity"
    part.encode("utf-16-le")  # raises on a lone surrogate


def report_text(index: int = 0) -> str:
    return REPORTS[index].read_text(encoding="utf-8")


def citation_for(source: Path, start: int, end: int, n: int = 1) -> Citation:
    text = source.read_text(encoding="utf-8")
    return Citation(
        n=n,
        source=source.name,
        title=text.strip().splitlines()[0],
        section="一、总体情况",
        start=start,
        end=end,
        excerpt=text[start:end],
    )


def test_utf16_len_counts_astral_characters_twice() -> None:
    assert utf16_len("a中😀") == 4
    assert utf16_len("") == 0


def test_short_html_is_one_part_unchanged() -> None:
    body = "<b>额敏县</b> 承接落实307项工作任务 &amp; 完成率100%"
    assert split_html(body) == [body]


@pytest.mark.parametrize("limit", [50, 333, 1000, MAX_MESSAGE])
def test_split_report_text_keeps_every_character_and_tag_balance(limit: int) -> None:
    text = "".join(report_text(i) for i in range(len(REPORTS)))
    body = f"<i>开头</i>\n<blockquote expandable><b>{html.escape(text)}</b></blockquote>"
    parts = split_html(body, limit)
    assert len(parts) > 1
    for part in parts:
        assert_well_formed(part)
        assert utf16_len(visible(part)) <= limit
    joined = "".join(visible(part) for part in parts)
    # Only line breaks at the cuts may go; every other character survives, in order.
    assert joined.replace("\n", "") == visible(body).replace("\n", "")


def test_split_prefers_line_breaks() -> None:
    paragraphs = [f"第{i}段。" + "法治" * 300 for i in range(10)]
    parts = split_html("\n".join(paragraphs), 1500)
    for part in parts:
        assert part.startswith("第"), part[:20]


def test_split_never_breaks_surrogate_pairs_or_entities() -> None:
    body = "<b>" + ("😀&amp;" * 3000) + "</b>"
    parts = split_html(body, 4096)
    assert len(parts) >= 2
    for part in parts:
        assert_well_formed(part)
        assert utf16_len(visible(part)) <= 4096


def test_split_moves_open_tags_without_text_to_the_next_part() -> None:
    body = "字" * 10 + "<b>粗体</b>"
    parts = split_html(body, 10)
    assert parts == ["字" * 10, "<b>粗体</b>"]


def test_bold_support_bolds_a_short_excerpt_whole() -> None:
    excerpt = "全年接收行政复议案件38件，调解和解率71.43%；"
    assert bold_support(excerpt, "38件[1]") == f"<b>{excerpt}</b>"


def test_bold_support_escapes() -> None:
    assert bold_support("a<b>&c", "x") == "<b>a&lt;b&gt;&amp;c</b>"


def test_bold_support_picks_the_sentence_the_answer_comes_from() -> None:
    checked = 0
    for path in REPORTS:
        text = path.read_text(encoding="utf-8")
        for paragraph in (p for p in text.split("\n") if len(p) > 300):
            spans = split_sentences(paragraph)
            for start, end in spans:
                sentence = paragraph[start:end]
                if len(sentence) < 25 or not re.search(r"\d", sentence):
                    continue
                if any(paragraph[s:e] == sentence for s, e in spans if (s, e) != (start, end)):
                    continue
                rendered = bold_support(paragraph, f"{sentence}[1]")
                bolded = re.findall(r"<b>(.*?)</b>", rendered, flags=re.S)
                assert html.escape(sentence) in bolded, (path.name, sentence)
                assert len(bolded) < len(spans)
                assert visible(rendered) == paragraph
                checked += 1
    assert checked >= 20


def test_render_answer_escapes_and_quotes_each_citation() -> None:
    path = REPORTS[0]
    text = path.read_text(encoding="utf-8")
    start = text.index("承接落实")
    end = text.index("。", start) + 1
    citation = citation_for(path, start, end).model_copy(update={"title": "<script>额敏</script>"})
    answer = Answer(
        question="q",
        answer="承接落实307项工作任务[1] <x>",
        abstained=False,
        citations=[citation],
        notice="LLM 不可用，已使用摘录模式 & 继续",
    )
    body = render_answer(answer)
    assert_well_formed(body)
    assert "&lt;script&gt;" in body and "<script>" not in body
    assert "[1] &lt;script&gt;额敏&lt;/script&gt; · 一、总体情况" in body
    assert f"<blockquote expandable><b>{html.escape(text[start:end])}</b></blockquote>" in body
    assert "<i>LLM 不可用，已使用摘录模式 &amp; 继续</i>" in body


def test_render_abstention_names_searched_reports_and_no_bold() -> None:
    titles = {p.name: p.read_text(encoding="utf-8").strip().splitlines()[0] for p in REPORTS}
    searched = [REPORTS[1].name, REPORTS[2].name]
    related = citation_for(REPORTS[2], 100, 160)
    answer = Answer(question="q", answer="", abstained=True, searched=searched, related=[related])
    body = render_answer(answer, titles)
    assert_well_formed(body)
    assert body.startswith(NOT_FOUND)
    for name in searched:
        assert f"• {html.escape(titles[name])}" in body
    assert html.escape(titles[REPORTS[0].name]) not in body.split("可能相关")[0]
    assert "<b>" not in body
    assert "不是答案" in body


def test_render_abstention_keeps_the_services_reason_without_repeating_titles() -> None:
    titles = {p.name: p.read_text(encoding="utf-8").strip().splitlines()[0] for p in REPORTS}
    first, second = REPORTS[0].name, REPORTS[1].name
    said = f"报告库中没有<喀什市>的报告。未找到（已检索：《{titles[first]}》）。"
    answer = Answer(question="q", answer=said, abstained=True, searched=[first, second])
    body = render_answer(answer, titles)
    assert body.startswith(html.escape(said))
    assert f"• {html.escape(titles[first])}" not in body
    assert f"• {html.escape(titles[second])}" in body


def test_render_sources_lists_title_region_year() -> None:
    infos = [
        SourceInfo(source="a.txt", title="额敏县<2025>报告", region="额敏县", year=2025),
        SourceInfo(source="b.txt", title="无名报告"),
    ]
    body = render_sources(infos)
    assert_well_formed(body)
    assert "1. 额敏县&lt;2025&gt;报告（额敏县，2025）" in body
    assert "2. 无名报告" in body
    assert render_sources([]) == "还没有导入任何报告。"


def test_render_passage_bolds_the_excerpt_inside() -> None:
    text = report_text(0)
    start = text.index("承接落实")
    body = render_passage("[1] 标题", text[start - 50 : start + 80], text[start : start + 20])
    assert_well_formed(body)
    assert f"<b>{html.escape(text[start : start + 20])}</b>" in body


def test_long_answer_with_many_citations_splits_into_valid_messages() -> None:
    citations = []
    for n, path in enumerate(REPORTS * 3, start=1):
        text = path.read_text(encoding="utf-8")
        start = (n * 997) % max(1, len(text) - 1500)
        citations.append(citation_for(path, start, start + 1400, n))
    answer = Answer(
        question="q",
        answer="".join(f"第{c.n}点[{c.n}]。" for c in citations),
        abstained=False,
        citations=citations,
    )
    parts = split_html(render_answer(answer))
    assert len(parts) >= 4
    for part in parts:
        assert_well_formed(part)
        assert utf16_len(visible(part)) <= MAX_MESSAGE
    for citation in citations:
        assert citation.excerpt.replace("\n", "") in "".join(map(visible, parts)).replace("\n", "")
