"""Mentions and lists asked the many ways Chinese asks them: which words frame the term, which
words make a question one about reports or about a part of one report."""

from __future__ import annotations

from typing import Any

import pytest
from answer_rules import SAMPLES, file_text

from retrieval.query.shape import shape_of

# (question, the term it asks about): the frame is before, after or around the term.
MENTIONS = [
    ("“法治讲堂”出现在哪几份报告里？", "法治讲堂"),
    # Unquoted, the places after the verb are where the term is asked for, not the term.
    ("模拟法庭出现在哪几份报告里？", "模拟法庭"),
    ("诉前调解 哪些县在做", "诉前调解"),
    ("法治体检，都有谁家提到了？", "法治体检"),
    ("哪个县提到了逢九必讲？", "逢九必讲"),
    ("有几个县的报告写到了社会监督员？", "社会监督员"),
    ("哪些报告中有关于法律援助的内容？", "法律援助"),
    ("哪些地方推行了说理式执法？", "说理式执法"),
    # A light noun after the term ("…工作") is not what reports must say.
    ("哪几个地方开展了案卷评查工作？", "案卷评查"),
    # The means is the term; what it is used for is said in other words.
    ("哪些报告提到用座谈会的形式听取意见？", "座谈会"),
    ("哪些县通过微信公众号开展普法？", "微信公众号"),
    # Which place did it, asked with the verb and its aspect particle, no 在.
    ("法治体检 哪个地方搞过", "法治体检"),
    # "有关X的内容" frames the term; "哪个报告里有" asks which reports hold it.
    ("有关模拟法庭的内容，哪个报告里有", "模拟法庭"),
    # Who is made to act ("组织执法人员…") is named by reports in words of their own.
    ("有没有地方组织干部旁听庭审", "旁听庭审"),
    # The quoted term counts alone; the word written on to it is the asker's.
    ("“九五”规划都有谁写了", "九五"),
    ("民主法治示范村那块哪些报告写到了", "民主法治示范村"),
    # Courtesy before the which-word is no term; the wording asked for is a mention.
    ("请问哪些县办过模拟法庭", "模拟法庭"),
    ("各报告中关于“法治体检”的说法，逐一列出", "法治体检"),
    # A clause that sets the topic before the which-clause: the term is what the latter names.
    ("有人问办公证的事，哪份报告里有公证的内容", "公证"),
    ("说到调解，哪些报告有人民调解的内容", "人民调解"),
    ("说起法治体检，哪些县搞了", "法治体检"),
    # Two places in a row ("地方报告里"), and whether any report says it, asked yes or no.
    ("枫桥经验 哪几个地方报告里有写", "枫桥经验"),
    ("边境管控这块有报告写到吗", "边境管控"),
]


def test_words_across_an_enumeration_comma_are_no_mention(service: Any) -> None:
    # "法治文化长廊、法治公园" names two other things, not a 法治文化公园.
    answer = service.ask("哪些地方建成了法治文化公园")
    assert answer.kind == "mentions"
    assert {c.source for c in answer.citations} == {
        s for s in SAMPLES if "法治文化公园" in file_text(s)
    }


def test_which_reports_do_not_mention_it_cites_nothing(service: Any) -> None:
    answer = service.ask("哪几个县没提到法治副校长？")
    assert answer.kind == "mentions" and not answer.citations, answer.answer
    silent = [s for s in SAMPLES if "法治副校长" not in file_text(s)]
    assert [row.source for row in answer.rows or []] == silent
    assert answer.answer.startswith(f"{len(silent)}份报告未提到“法治副校长”：")


@pytest.mark.parametrize(("question", "term"), MENTIONS)
def test_mentions_find_the_term_however_the_question_frames_it(
    service: Any, question: str, term: str
) -> None:
    answer = service.ask(question)
    assert answer.kind == "mentions" and not answer.abstained, answer.answer
    saying = {source for source in SAMPLES if term in file_text(source)}
    assert {c.source for c in answer.citations} == saying
    assert all(term in c.excerpt for c in answer.citations)
    assert answer.answer.startswith(f"{len(saying)}份报告提到“{term}”：")
    for c in answer.citations:
        assert file_text(c.source)[c.start : c.end] == c.excerpt


# (the question without its region, how many regions it names, the shape it asks for)
SHAPES = [
    ("在优化营商环境上是怎么做的？", 1, "list"),
    ("怎样推进依法决策的？", 1, "list"),
    ("推进依法决策做了些什么", 1, "list"),
    ("执法规范化 具体做法", 1, "list"),
    ("工作开展情况包括哪几块？", 1, "list"),
    ("队伍建设的不足表现在哪些方面", 1, "list"),
    # "怎么样" asks how well, not how: one fact.
    ("群众满意度怎么样？", 1, "fact"),
    # The count is of reports, not a figure of theirs.
    ("有几份报告写到了法治督察？", 0, "mentions"),
    ("“三项制度”在哪几份报告里出现过", 0, "mentions"),
    ("哪个县提到了网格员", 0, "mentions"),
    ("哪个县提到的培训次数最多", 0, "ranking"),
    ("调解工作室 谁家搞了", 0, "mentions"),
    ("请列明各报告中涉及法治讲堂的表述", 0, "mentions"),
    # "咋干", "短板在哪": colloquial asks for a list.
    ("明年打算咋干", 1, "list"),
    # Of one region, "哪些地方" are its parts: what it does not do well enough.
    ("还有哪些地方做得不够", 1, "list"),
    ("还有哪些地方做得不够", 0, "mentions"),
    ("执法方面的问题主要出在哪里", 1, "list"),
    # "有份报告提到X，…" describes a report and asks something else of it.
    ("有份报告提到设立法治体检室，这个县存在哪些问题？", 0, "list"),
    ("有份报告提到设立法治体检室，这个县办理了多少件减免责案件？", 0, "fact"),
]


@pytest.mark.parametrize(("topic", "regions", "shape"), SHAPES)
def test_list_and_mention_grammar(topic: str, regions: int, shape: str) -> None:
    assert shape_of(topic, regions) == shape
