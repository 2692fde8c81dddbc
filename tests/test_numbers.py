"""Number normalisation: the figures an answer states must be matched to its evidence."""

from __future__ import annotations

from decimal import Decimal

import pytest

from retrieval.text.numbers import extract_numbers, parse_chinese_numeral, unsupported_numbers


def values(text: str) -> list[tuple[str, bool]]:
    return [(str(m.value), m.percent) for m in extract_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建立涵盖1.4万户市场主体", [("14000", False)]),
        ("个体工商户14000户", [("14000", False)]),
        ("执行到位855.63万元", [("8556300", False)]),
        ("总额1.2亿元", [("120000000", False)]),
        ("纠错率25%", [("25", True)]),
        ("纠错率25％", [("25", True)]),
        ("纠错率百分之二十五", [("25", True)]),
        ("百分之25", [("25", True)]),
        ("调解和解率71.43%", [("71.43", True)]),
        ("１２３４件", [("1234", False)]),
        ("1,234件和1，234件", [("1234", False), ("1234", False)]),
        ("1,234,567元", [("1234567", False)]),
        ("2023,2024年", [("2023", False), ("2024", False)]),
        ("二十五人", [("25", False)]),
        ("一百零八件", [("108", False)]),
        ("三千五百名", [("3500", False)]),
        ("两个乡镇", [("2", False)]),
        ("二〇二五年", [("2025", False)]),
        ("十二条措施", [("12", False)]),
        ("二十余人参加", [("20", False)]),
        ("两万余人", [("20000", False)]),
        ("选派一名干部", [("1", False)]),
        ("2025年3月15日", [("2025", False), ("3", False), ("15", False)]),
    ],
)
def test_numbers_are_normalised(text: str, expected: list[tuple[str, bool]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "一、总体情况",
        "（一）强化组织领导",
        "(二)聚焦重点",
        "一是压实责任；二是健全机制",
        "严格落实第一责任人职责",
        "打造一批示范点",
        "推进一体化平台和一站式服务",
        "统一标准，唯一入口，一律公开",
        "进一步完善",
        "是重要内容之一",
        "贯彻十四五规划和八五普法",
        "千家万户，万余次，千方百计",
        "零距离服务",
        "周一开讲",
        "这是一个重要举措",
        "十分重要",
        "高效办成一件事",
    ],
)
def test_markers_and_idioms_are_not_numbers(text: str) -> None:
    assert extract_numbers(text) == []


def test_citation_and_list_markers_are_not_numbers() -> None:
    text = "依据[1][2]：共受理38件[3]【4】。\n1. 第一点\n（2）第二点"
    assert values(text) == [("38", False)]
    assert values("见[2025]第3号") == [("2025", False), ("3", False)]


def test_mentions_point_into_the_original_text() -> None:
    text = "涵盖１.４万户，好评率百分之九十八点九。"
    for mention in extract_numbers(text):
        assert text[mention.start : mention.end] == mention.raw
    assert values(text) == [("14000", False), ("98.9", True)]


@pytest.mark.parametrize(
    ("run", "value"),
    [
        ("十", 10),
        ("十五", 15),
        ("一百零八", 108),
        ("三千五百万", 35_000_000),
        ("一亿二千万", 120_000_000),
        ("百", 100),
    ],
)
def test_parse_chinese_numeral(run: str, value: int) -> None:
    assert parse_chinese_numeral(run) == Decimal(value)


def test_parse_rejects_malformed_runs() -> None:
    assert parse_chinese_numeral("十四五") is None
    assert parse_chinese_numeral("三五") is None


def test_unsupported_numbers_matches_across_forms() -> None:
    claim = "涵盖1.4万户，纠错率百分之二十五，组织两场培训，共１，２３４人[1]。"
    evidence = ["建立涵盖14000户市场主体", "纠错率25%。", "开展培训2场，参训1234人"]
    assert unsupported_numbers(claim, evidence) == []


def test_unsupported_numbers_reports_each_missing_figure() -> None:
    claim = "涵盖1.5万户，纠错率25%，3项制度。"
    missing = unsupported_numbers(claim, ["涵盖14000户", "纠错率为25", "三项制度"])
    assert [m.raw for m in missing] == ["1.5万", "25%"]


def test_evidence_is_read_leniently() -> None:
    # The evidence's 三 is not followed by a unit, yet it does state 3.
    assert unsupported_numbers("共3个", ["讲堂逢三必学"]) == []
    assert unsupported_numbers("共1.4万户", ["1.4万户"]) == []
    assert [m.raw for m in unsupported_numbers("共1.4", ["共1.5万户"])] == ["1.4"]


def test_claim_without_numbers_is_supported_by_nothing() -> None:
    assert unsupported_numbers("持续推进法治政府建设。", []) == []
