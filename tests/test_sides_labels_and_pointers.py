"""Follow-ups that name their own report, bare when/who clauses of a label, and sides pointed at.

A follow-up that names its report by what it says ("写了…的那份报告里") is asked of that report,
not of the place of the turn before. "X那边呢，…" points at X and asks the rest. "谁多 多多少"
after a place set against asks the difference too. A report's two dates asked "是不是同一天" are
compared. "啥时候写的" asks the date of writing; "落款是谁 哪天" asks the signer and the date of
the signature. A greeting before the question ("您好，…") is no part of it. A place's
name is no part of a slip ("叶城县为…" is no 县委); a slip in a phrase the reports write that
their dictionary has no word for ("执法正") is put right. "对方的几倍" is the ratio asked,
no part of the thing, nor is "的数字" before 最高. People counted with 个 ("调解员有几个") are
counted as reports count people (名, 人). A side answered by an item's heading ("三是规范…")
says how it went in the sentence after it. People joined by 和 before what they did
are no part of the doing a report names.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_a_followup_naming_its_report_by_what_it_says(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县新增执法证多少本", conversation=conversation)
    answer = lexical_service.ask(
        "那份写到“一企一法官”的报告里，审查合同协议多少件？", conversation=conversation
    )
    check_answer(answer)
    assert answer.citations[0].source == UNNAMED
    assert "50件" in answer.answer


def test_a_place_pointed_at_then_asked(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县新增执法证多少本", conversation=conversation)
    answer = lexical_service.ask("额敏那边呢，现有多少持证执法人员", conversation=conversation)
    check_answer(answer)
    assert answer.answer.splitlines() == [
        line for line in answer.answer.splitlines() if "呢" not in line
    ]
    assert "585人" in answer.answer


def test_set_against_asks_by_how_much_too(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县行政复议申请收到几件", conversation=conversation)
    answer = lexical_service.ask("和额敏比哪个多 多几件", conversation=conversation)
    rows = cited_rows(answer)
    assert answer.kind == "comparison"
    assert (rows[PULAN], rows[EMIN]) == ("1件", "38件")
    assert "多37件" in answer.answer


def test_two_dates_of_a_report_compared(lexical_service: AnswerService) -> None:
    same = lexical_service.ask("克孜勒陶镇那份的发布日期跟成文日期是不是同一天")
    check_answer(same)
    assert same.answer.splitlines()[-1].startswith("两者是同一天[")
    other = lexical_service.ask("普兰县报告落款日期和发布日期相同吗")
    check_answer(other)
    assert "两者不是同一天[" in other.answer


def test_when_it_was_written(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克镇的报告什么时候写好的")
    check_answer(answer)
    assert answer.kind == "metadata"
    assert "成文日期：2026-02-14[" in answer.answer


def test_a_bare_when_after_the_signer(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县那份报告署名是谁，什么时候")
    check_answer(answer)
    assert "2025年12月31日" in answer.answer
    assert "发文机构" not in answer.answer


def test_a_greeting_before_a_described_side(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "您好，在给企业做“法治体检”方面，叶城县和那份有智慧检务中心的报告各覆盖了多少家企业？谁多？"
    )
    assert answer.kind == "comparison"
    assert not answer.abstained
    assert cited_rows(answer)[UNNAMED] == "42家"


def test_a_place_name_is_no_slip(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县为多少家民营企业开了法治体检座谈会")
    check_answer(answer)
    assert answer.notice is None or "理解" not in answer.notice
    assert "36家" in answer.answer


def test_the_ratio_to_the_other_side(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县跟额敏县的复议案件各多少件，额敏是对方的几倍")
    rows = cited_rows(answer)
    assert (rows[EMIN], rows[PULAN]) == ("38件", "1件")
    assert "无法比较" not in answer.answer
    assert "38倍" in answer.answer


def test_people_joined_before_the_doing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告说到了领导干部和执法人员旁听庭审")
    rows = cited_rows(answer)
    assert answer.kind == "mentions"
    assert list(rows) == [PULAN]


def test_the_figures_asked_for_are_no_part_of_the_thing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("热线12345的受理量这一项，哪个县报告里的数字最高")
    rows = cited_rows(answer)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最高的是叶城县：37116件[1]")
    assert rows[PULAN] == "1020件"


def test_a_slip_in_a_phrase_the_reports_write(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇有执法正的干部几名")
    check_answer(answer)
    assert answer.notice is not None and "“执法证”" in answer.notice
    assert "9名" in answer.answer


def test_people_counted_with_ge(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县的调解员有几个")
    check_answer(answer)
    assert answer.answer.startswith("叶城县：2186名调解员")
    assert "培训率" not in answer.answer


def test_a_side_answered_by_an_items_heading_says_how_it_went(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克镇、额敏两地出庭应诉这块咋样")
    check_answer(answer)
    line = next(x for x in answer.answer.splitlines() if x.startswith("额敏县："))
    assert "出庭应诉率100%" in line
