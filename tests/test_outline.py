"""Report structure: outlines (一、/（一）/一是…), header values and the signature, exact spans."""

from __future__ import annotations

import re

import pytest
from answer_rules import META, SAMPLES, file_text

from retrieval.ingest.header import signature_spans
from retrieval.ingest.loading import parse_report
from retrieval.ingest.outline import Node, Outline, outline

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES
MARKER = {
    1: re.compile(r"^[一二三四五六七八九十]{1,3}、"),
    2: re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]"),
    3: re.compile(r"^(?:[一二三四五六七八九十]{1,3}是|[（(]\d{1,2}[）)]|\d{1,2}[.、．]|[①-⑳])"),
}


def report_outline(source: str) -> Outline:
    report = META[source]
    signed = [report.spans[k][0] for k in ("落款单位", "落款日期") if k in report.spans]
    return outline(report.text, report.body, min(signed, default=None))


def headings(tree: Outline, nodes: tuple[Node, ...]) -> list[str]:
    return [tree.heading(node) for node in nodes]


@pytest.mark.parametrize("source", SAMPLES)
def test_every_node_starts_at_its_marker_and_nests_in_order(source: str) -> None:
    tree = report_outline(source)
    text = file_text(source)
    assert tree.sections, source
    for node, ancestors in tree.walk():
        assert MARKER[node.level].match(text[node.start : node.end]), tree.heading(node)
        assert node.start <= node.head[0] < node.head[1] <= node.end
        assert not text[node.end - 1].isspace()
        for parent in ancestors:
            assert parent.start <= node.start and node.end <= parent.end
        starts = [child.start for child in node.children]
        assert starts == sorted(starts)
        # Siblings do not overlap: an item ends where the next begins, or before.
        for left, right in zip(node.children, node.children[1:], strict=False):
            assert left.end <= right.start


def test_sections_sub_sections_and_item_runs_of_a_report() -> None:
    tree = report_outline(EMIN)
    assert headings(tree, tree.sections) == [
        "一、2025年法治政府建设工作总体推进情况",
        "二、法治政府建设重点工作开展成效",
        "三、法治政府建设工作特色与亮点",
        "四、法治政府建设存在的问题与不足",
        "五、下一步工作打算",
    ]
    problems = tree.sections[3]
    # An item run inside the section's paragraph, not sub-sections.
    assert headings(tree, problems.children) == [
        "一是基层治理能力有待加强",
        "二是基层法律服务效能不高",
        "三是法治建设保障仍需强化",
    ]
    review = tree.sections[1].children[2]
    assert tree.heading(review) == "（三）完善行政争议化解机制，提升矛盾纠纷解决效能"
    first = review.children[0]
    assert file_text(EMIN)[first.start : first.end].endswith("调解和解率71.43%；")


def test_items_after_an_introduction_split_at_semicolons() -> None:
    tree = report_outline(UNNAMED)
    problems = tree.sections[1]
    assert tree.heading(problems) == "二、存在问题"
    items = [file_text(UNNAMED)[n.start : n.end] for n in problems.children]
    assert [item[:2] for item in items] == ["一是", "二是", "三是"]
    assert items[0].endswith((";", "；")) and items[2].endswith("。")


def test_the_signature_is_no_part_of_the_last_section() -> None:
    tree = report_outline(PULAN)
    last = tree.sections[-1].children[-1]
    assert tree.heading(last) == "(四)加强法治队伍建设"
    assert "普兰县人民政府" not in file_text(PULAN)[last.start : last.end]


def test_numbered_items_and_skipped_levels() -> None:
    text = (
        "（一）加强队伍建设\n"
        "全年培训两次：（1）开展专题培训。（2）组织案卷评查，评查10件。\n"
        "（二）规范执法\n"
        "1.推行清单管理；2.落实三项制度。\n"
        "有效期2.5年。\n"
    )
    report = parse_report("s.txt", text)
    tree = outline(text, report.body)
    assert [n.level for n in tree.sections] == [2, 2]  # no 一、 level: sub-sections are the top
    first, second = tree.sections
    assert headings(tree, first.children) == ["（1）开展专题培训", "（2）组织案卷评查，评查10件"]
    assert headings(tree, second.children) == ["1.推行清单管理", "2.落实三项制度"]
    assert text[second.children[-1].start : second.children[-1].end] == "2.落实三项制度。"


@pytest.mark.parametrize("source", SAMPLES)
def test_header_values_are_cited_where_the_report_states_them(source: str) -> None:
    report = META[source]
    text = file_text(source)
    for key, value in report.metadata.items():
        start, end = report.spans[key]
        assert re.sub(r"\s+", "", text[start:end]) == re.sub(r"\s+", "", value)
        assert start < report.body[0][0]  # in the header, before the body
    if "标题" in report.spans:
        assert text.__getitem__(slice(*report.spans["标题"])) == report.title


def test_signature_block_is_found_only_at_the_end() -> None:
    report = META[PULAN]
    text = file_text(PULAN)
    assert text[slice(*report.spans["落款单位"])] == "普兰县人民政府"
    assert text[slice(*report.spans["落款日期"])] == "2025年12月31日"
    assert "落款日期" not in META[EMIN].spans
    # A closing sentence that ends with a date is no signature.
    closing = "持续推进各项工作，截至2025年12月31日"
    assert signature_spans(closing, [(0, len(closing))]) == {}
