"""A table reshaped by the turns after it: places set aside ("去掉叶城"), its figures added up,
another figure asked beside them ("再加上办结率"), the figures of the reports just found to
mention a thing ("各自多少人"); and other turns that reshape what was asked: a thing weighed
against another place, where a figure is said in the report, a measure asked after a space.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer

from retrieval.schema import Answer
from retrieval.service import AnswerService


def _rows(answer: Answer) -> list[str | None]:
    return [row.region for row in answer.rows or []]


def test_places_set_aside_in_the_question(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各地复议案件数量列一下，不算叶城和普兰")
    assert answer.kind == "table"
    assert "叶城县" not in answer.answer and "普兰县" not in answer.answer
    assert "额敏县：全年接收行政复议案件38件[" in answer.answer


def test_places_set_aside_after_the_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各地复议案件数量列一下", "去掉叶城")
    assert answer.kind == "table"
    assert "叶城" not in answer.answer
    assert "普兰县：全年收到行政复议申请1件[" in answer.answer
    unnamed = asked_in_turns(lexical_service, "各地矛盾纠纷化解了多少件", "把没写县名那份去掉")
    assert "003_fb758e20d058b773.txt" not in unnamed.answer
    assert "额敏县：全年排查调解各类矛盾纠纷963件[" in unnamed.answer


def test_a_tables_figures_added_up(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各地复议案件数量加起来一共多少件")
    assert "合计60件（额敏县38件[1]、普兰县1件[2]" in answer.answer
    assert "叶城县[4]为2023年以来" in answer.answer
    rest = asked_in_turns(
        lexical_service, "各地复议案件数量列一下", "去掉叶城", "剩下的加起来一共多少"
    )
    assert "合计49件（额敏县38件[1]、普兰县1件[2]" in rest.answer
    check_answer(rest)


def test_another_figure_asked_beside_a_tables(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "12345热线各地受理的件数", "再加上办结率")
    assert answer.kind == "table"
    assert "办结率100%[" in answer.answer and "按时办结率99.98%[" in answer.answer
    assert "热线办件1020件[" in answer.answer


def test_the_figures_of_the_reports_that_mention_a_thing(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "哪些报告提到法律明白人", "分别有多少人")
    assert answer.kind == "table"
    assert "阿克陶县克孜勒陶镇：“法律明白人”126人[" in answer.answer
    assert "1166名" in answer.answer


def test_a_thing_weighed_against_another_place(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇应急方面有啥数字", "应急演练次数和叶城比呢")
    assert answer.kind == "comparison"
    assert "应急演练200余次[" in answer.answer
    assert "叶城县未提及可比较的数字" in answer.answer


def test_where_in_the_report_a_figure_is_said(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县累计抽查了多少案卷", "这个数出自报告哪一部分")
    assert not answer.abstained
    assert "见于额敏县“二、" in answer.answer


def test_the_measure_asked_after_a_space(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏减免责案件多少件", "减免了多少钱 单位是啥")
    assert "33.9万元[" in answer.answer
    assert "单位是啥" not in answer.answer


def test_what_is_to_be_listed_put_before_the_verb(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "麻烦把各县审查规范性文件、合同的件数分别列出来")
    assert answer.kind == "table"
    assert "阿克陶县克孜勒陶镇：全年审查22件[" in answer.answer
    assert "合同纠纷" not in answer.answer
    assert "（把" not in answer.answer


def test_which_other_reports_give_a_figure_of_the_thing(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "额敏述法的有多少人", "还有哪份报告给了述法的数字")
    assert answer.kind == "table"
    assert "阿克陶县克孜勒陶镇：" in answer.answer and "述法" in answer.answer


def test_a_ranking_narrowed_to_one_year_then_its_second_place(
    lexical_service: AnswerService,
) -> None:
    year = asked_in_turns(lexical_service, "各县矛盾纠纷调解的件数排个名", "只看2025年的")
    assert year.kind == "ranking"
    assert year.answer.startswith("在2025年度的报告中，最多的是额敏县：963件[")
    assert "叶城" not in year.answer
    second = asked_in_turns(
        lexical_service, "各县矛盾纠纷调解的件数排个名", "只看2025年的", "第二名是谁，跟第一差多少"
    )
    assert second.answer.splitlines()[0].endswith("，比第一的额敏县（963件[2]）少551件")


def test_another_figure_of_the_same_reports(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "12345热线各地受理的件数", "换个口径，看办结率")
    assert answer.kind == "table"
    assert "按时办结率99.98%[" in answer.answer


def test_a_county_with_no_report_whose_name_the_tagger_cuts(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "和布克赛尔县去年化解了多少矛盾纠纷")
    assert answer.abstained
    assert "报告库中没有" in answer.answer


def test_a_report_described_twice_asked_its_problems(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "那个没写县名、建成智慧检务中心的报告，问题写了哪些")
    assert answer.kind == "list"
    assert "一是优化法治化营商环境见效不快" in answer.answer


def test_a_line_a_report_handed_over(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "干部学法方面，每份报告给我一行")
    assert answer.kind == "table"
    assert "组织5586名公职人员" in answer.answer
