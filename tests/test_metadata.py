"""Metadata answers: a report's own attributes, cited where the report states them, or missing."""

from __future__ import annotations

from typing import Any

import pytest
from answer_rules import SAMPLES, check_answer, file_text

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES

# (question, its report, the value as the report writes it, the label the answer names)
STATED = [
    ("普兰县报告的索引号是什么？", PULAN, "pnx/2026-00010", "索引号"),
    ("克孜勒陶镇报告是哪天发布的？", AKETAO, "2026-02-14", "发布日期"),
    ("克孜勒陶镇报告的发文单位是谁？", AKETAO, "阿克陶县克孜勒陶镇人民政府", "发文单位"),
    ("叶城县报告的信息来源是哪里？", YECHENG, "叶城县司法局", "来源"),
    ("叶城县的报告是哪个年度的？", YECHENG, "2023年度", "年份"),
    ("普兰县报告的题目是什么？", PULAN, "普兰县2025年法治政府建设年度报告", "标题"),
]


@pytest.mark.parametrize(("question", "source", "value", "label"), STATED)
def test_attribute_is_quoted_and_cited_where_the_report_states_it(
    service: Any, question: str, source: str, value: str, label: str
) -> None:
    answer = service.ask(question)
    assert answer.kind == "metadata" and not answer.abstained, answer.answer
    [citation] = answer.citations
    region = citation.region
    assert answer.answer == f"{region}报告的{label}：{value}[1]"
    assert citation.source == source and value in citation.excerpt
    # The citation is the header line's label and value (or the title line), nothing else.
    assert len(citation.excerpt) < 60
    assert citation.excerpt == file_text(source)[citation.start : citation.end]
    check_answer(answer)


def test_signature_signer_and_date_each_cited(service: Any) -> None:
    answer = service.ask("普兰县报告的落款是什么？")
    assert answer.answer == "普兰县报告的落款：普兰县人民政府[1]，2025年12月31日[2]"
    text = file_text(PULAN)
    signer, date = answer.citations
    # The closing lines of the file.
    assert text.rstrip().endswith(text[signer.start : date.end])
    check_answer(answer)


def test_written_date_missing_from_the_header_is_the_signature_date(service: Any) -> None:
    answer = service.ask("普兰县这份报告是哪天成文的？")
    first, note = answer.answer.splitlines()
    assert first == "普兰县报告的落款日期：2025年12月31日[1]"
    assert "未载明成文日期" in note
    check_answer(answer)


@pytest.mark.parametrize(
    ("question", "source", "missing"),
    [
        ("额敏县报告的发文机构是哪个？", EMIN, "发文机构"),
        ("叶城县的报告索引号是什么？", YECHENG, "索引号"),
        ("普兰县报告的文号是什么？", PULAN, "文号"),  # an empty header field
        ("克孜勒陶镇的报告文号是什么？", AKETAO, "文号"),  # a template placeholder "〔〕号"
    ],
)
def test_attribute_a_report_does_not_state_is_said_missing_without_citation(
    service: Any, question: str, source: str, missing: str
) -> None:
    answer = service.ask(question)
    assert answer.abstained and answer.kind == "abstain"
    assert answer.citations == [] and answer.related == []
    assert f"未载明{missing}" in answer.answer
    assert answer.searched == [source]


def test_attribute_of_no_report_in_particular_asks_which(service: Any) -> None:
    answer = service.ask("这份报告的索引号是什么？")
    assert answer.abstained and answer.citations == []
    assert "请指明" in answer.answer
