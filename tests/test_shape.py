"""Question shapes read from Chinese question grammar (cues, not wordings)."""

from __future__ import annotations

import pytest

from retrieval.query.shape import shape_of

# (the question without its region, how many regions it names, the shape it asks for)
SHAPES = [
    ("在普法宣传方面做了哪些工作？", 1, "list"),
    ("下一步怎么加强执法队伍建设？", 1, "list"),
    ("存在什么问题", 1, "list"),
    ("概括一下这份报告", 1, "list"),
    ("请列出报告中提到的主要问题", 1, "list"),  # one report's part, not "which reports"
    ("下一步在执法上有何安排", 1, "list"),
    ("调解方面有那些做法", 1, "list"),
    ("离目标还有哪些差距", 1, "list"),
    ("短板一共有几个方面，各是什么", 1, "list"),
    ("第三部分说的是什么", 1, "list"),
    ("2024年工作计划", 1, "list"),
    ("分别存在哪些不足", 2, "list"),  # two regions, each region's list
    ("谁的亮点多", 2, "comparison"),
    ("哪些报告提到了一企一法官？", 0, "mentions"),
    ("全年办理减免责案件多少件？减免多少万元？", 1, "fact"),
    ("报告的落款日期是哪天？", 1, "metadata"),
    ("报告是哪一年的？", 1, "metadata"),
    ("这份报告什么时候印发的", 1, "metadata"),
    ("这份报告由哪个单位发文？", 1, "metadata"),
    # Each report's situation in a matter: a table; one report's: a fact or a list.
    ("各县法律援助工作的开展情况", 0, "table"),
    ("各乡镇矛盾纠纷排查化解进展如何？", 0, "table"),
    ("法律援助工作的开展情况", 1, "fact"),
    ("谢谢，辛苦了", 0, "chitchat"),
    # What the bot can do, asked in any words; a question put politely is still a question.
    ("你能干嘛", 0, "chitchat"),
    ("您都可以帮我查些什么？", 0, "chitchat"),
    ("你能告诉我额敏县有几个乡镇吗", 1, "fact"),
    ("[3]？？", 0, "chitchat"),
]


@pytest.mark.parametrize(("topic", "regions", "shape"), SHAPES)
def test_shape_of_a_question(topic: str, regions: int, shape: str) -> None:
    assert shape_of(topic, regions) == shape
