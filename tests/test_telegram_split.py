"""Splitting Telegram HTML under the message limit: every character kept, tags balanced."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from telegram_fakes import assert_well_formed, visible

from bot.telegram.split import MAX_MESSAGE, split_html, utf16_len

REPORTS = sorted((Path(__file__).resolve().parents[1] / "data" / "reports").glob("*.txt"))


def report_text(index: int = 0) -> str:
    return REPORTS[index].read_text(encoding="utf-8")


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
