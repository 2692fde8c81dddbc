"""Reports without the ranked figure: quoted where they speak of the thing in other words or
count it in another measure, "未提及" only where they say nothing of it.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_citation

from retrieval.answer.rows import NOT_STATED, UNCOUNTED
from retrieval.query.arranging import without_arranging
from retrieval.query.measure import measured
from retrieval.query.order import order_of
from retrieval.query.shape import shape_of
from retrieval.schema import Answer
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _line(answer: Answer, start: str) -> str:
    return next(line for line in answer.answer.splitlines() if line.startswith(start))


def test_a_report_counting_in_another_way_is_quoted_not_called_silent(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("按评查次数给各县的行政执法案卷评查排个名", mode="extractive")
    assert answer.kind == "ranking"
    values = {row.source: row.value for row in answer.rows}
    assert values[YECHENG] == "3次" and values[UNNAMED] == "2次"
    # 普兰县 names the units whose files it reviewed, not how many reviews: quoted, not ranked.
    assert values[PULAN] is None
    assert UNCOUNTED in answer.answer and "12家单位" in _line(answer, "- 普兰县")
    (pulan,) = [row for row in answer.rows if row.source == PULAN]
    assert pulan.n is not None
    assert answer.citations[pulan.n - 1].source == PULAN
    # Only a report that says nothing of case-file reviews is silent.
    silent = _line(answer, NOT_STATED)
    assert "克孜勒陶镇" in silent and "普兰县" not in silent
    for c in answer.citations:
        check_citation(c)


def test_a_sentence_naming_part_of_the_thing_is_not_quoted_for_it(
    lexical_service: AnswerService,
) -> None:
    # 普兰县's only sentence of its law-enforcement staff is of their qualifying exam, which is
    # no training: it is no figure of the thing in other words.
    answer = lexical_service.ask("各地给执法人员搞的专题培训，按次数从高到低排", mode="extractive")
    assert answer.kind == "ranking"
    quoted = answer.answer.split(f"{UNCOUNTED}：")[1]
    assert "532名行政执法人员" in quoted and "培训3场次" in quoted
    assert "普兰县" not in quoted.split(NOT_STATED)[0]
    assert "普兰县" in _line(answer, NOT_STATED)


def test_several_things_side_by_side_quote_nothing_for_a_silent_report(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各县法律援助案件数、公证件数分别列出来", mode="extractive")
    assert answer.kind == "table"
    assert UNCOUNTED not in answer.answer


def test_a_clause_saying_only_how_to_arrange_names_no_thing(
    lexical_service: AnswerService,
) -> None:
    lexical = lexical_service.store.lexical()
    # What the asker adds in words of their own goes; the order asked stays.
    arranged = without_arranging("公证案件数，从少到多，缺的也点出来", lexical)
    assert measured(arranged) == "公证案件多少件" and order_of(arranged) == "asc"
    arranged = without_arranging("公证案件办了多少，能排的几家排一排", lexical)
    assert measured(arranged) == "公证案件办了多少"
    # What the reports are ordered by is kept when it names something; an order by the figure
    # asked ("按多少排") is an order, no thing.
    assert without_arranging("报告按发布时间排一下", lexical) == "报告按发布时间排一下"
    assert without_arranging("公证案件数按多少来排", lexical) == "公证案件数排序"
    # A clause naming a thing of the reports stays, whatever it asks.
    assert "调解" in without_arranging("公证案件多少件，调解的也列上", lexical)


def test_a_ranking_with_an_arranging_aside_ranks_the_thing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("受理的法律援助案件，能排的几家排一排", mode="extractive")
    assert answer.kind == "ranking"
    values = {row.source: row.value for row in answer.rows}
    assert values[YECHENG] == "543件" and values[UNNAMED] == "103件"
    assert answer.answer.startswith("最多的是叶城县")


def test_a_side_of_a_field_compared_without_a_count_gives_its_figures(
    lexical_service: AnswerService,
) -> None:
    # 普兰县 counts the files it reviewed, not its reviews: with no count asked in so many
    # words, its figures of the field are quoted instead of "未提及".
    answer = lexical_service.ask("普兰和003的案卷评查，比一比", mode="extractive")
    assert answer.kind == "comparison" and not answer.abstained
    pulan = _line(answer, "普兰县")
    assert "评查案卷66件" in pulan and NOT_STATED not in pulan
    assert "104份" in _line(answer, "未署名报告")
    for c in answer.citations:
        check_citation(c)


def test_a_count_asked_in_so_many_words_keeps_a_silent_side_silent(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰和003，案卷评查谁搞的次数多", mode="extractive")
    assert NOT_STATED in _line(answer, "普兰县")


def test_files_counted_after_a_review_named_as_a_noun(lexical_service: AnswerService) -> None:
    # "案卷评查…多少卷": the measure names the files (案卷), not the review (评查) named after
    # them: "抽查案卷126件" counts them, "纠错行政行为3件" does not.
    answer = lexical_service.ask("各县案卷评查一共查了多少卷，谁最多", mode="extractive")
    values = {row.source: row.value for row in answer.rows}
    assert values[EMIN] == "126件" and values[UNNAMED] == "104份" and values[PULAN] == "66件"
    assert answer.answer.startswith("最多的是额敏县")


def test_reports_set_against_a_bound_name_those_past_it(lexical_service: AnswerService) -> None:
    assert shape_of("公证案件超过1000件的有哪些县", 0) == "ranking"
    answer = lexical_service.ask("公证案件超过1000件的有哪些县", mode="extractive")
    assert answer.answer.startswith("超过1000件的是叶城县（1742件[1]）")
    answer = lexical_service.ask("法律援助办了不到200件的是哪几家", mode="extractive")
    first = answer.answer.splitlines()[0]
    assert "未署名报告" in first and "103件" in first and "叶城县" not in first
