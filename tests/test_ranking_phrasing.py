"""Rankings and tables asked as officials ask them, on the sample reports: top places by digit,
"排第一", orders in time, counting verbs that are no report attribute, and figures bound to the
thing each report counts (its own noun, its work sections, no breakdown by kind)."""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, TEXT

from retrieval.query.fields import asked_fields
from retrieval.query.measure import measured
from retrieval.query.order import least_also, order_of
from retrieval.query.shape import shape_of
from retrieval.query.things import parts
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def stated(lexical_service: AnswerService, question: str) -> dict[str, str | None]:
    """Each report's value in the answer's rows, cited exactly."""
    answer = lexical_service.ask(question)
    assert not answer.abstained
    for c in answer.citations:
        assert TEXT[c.source][c.start : c.end] == c.excerpt
    return {row.source: row.value for row in answer.rows or []}


@pytest.mark.parametrize(
    ("topic", "asked"),
    [
        ("政务信息条数哪份报告里最多", "政务信息多少条"),
        ("哪个乡镇配备的网格员最多", "配备的网格员多少"),
        ("参训的执法人员人次谁排第一", "参训的执法人员多少人次"),
        ("热线办件量，从高到低排排看", "热线办件量多少"),
        ("热线办件量按从多到少排", "热线办件量多少"),
        ("各县执法培训次数列出来", "执法培训多少次"),
        ("普法宣传搞了多少场次，各县汇总一下", "普法宣传搞了多少场次"),
        ("行政复议案件谁家最多", "行政复议案件多少"),
        ("法律援助案件按多到少排一下", "法律援助案件多少"),
        ("这几个地方的行政复议案件数排个队", "行政复议案件多少件"),
        ("几个地方的法治讲座场次排个名", "法治讲座多少场次"),
        # Asking someone to lay them out ("帮我", "看看"), and the basis of the order ("按…算").
        ("公证案件数量从少到多帮我排一下", "公证案件多少"),
        ("法律援助案件，各地排个序看看", "法律援助案件多少"),
        ("按受理的复议案件算，哪个县第一", "受理的复议案件多少"),
        # "谁…得最多": the verb before 得 repeats the counted thing's; "的场次" is its measure.
        ("矛盾纠纷谁化解得最多", "矛盾纠纷多少"),
        ("法治讲座的场次，哪里办得最多", "法治讲座多少场次"),
    ],
)
def test_layout_words_are_no_part_of_the_counted_thing(topic: str, asked: str) -> None:
    assert measured(topic) == asked


@pytest.mark.parametrize(
    "topic",
    [
        "纠纷调处件数，排前2的是哪两地",
        "各县复议案件谁多谁少，排一下名",
        "几份报告按发布时间先后排一下",
        "法律援助案件按多到少排一下",
        "这几个地方的行政复议案件数排个队",
    ],
)
def test_ranking_shapes(topic: str) -> None:
    assert shape_of(topic, 0) == "ranking"


def test_counting_what_was_published_asks_no_date() -> None:
    assert asked_fields("列表：各县主动发布的信息条数") == []
    assert [f.name for f in asked_fields("各报告的发布日期")] == ["发布日期"]
    assert order_of("按发布时间先后排") == "asc"


def test_top_places_asked_by_digit(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("化解矛盾纠纷件数排前3的是哪几个县")
    assert answer.kind == "ranking"
    lead = answer.answer.splitlines()[0]
    assert lead.startswith("前3是：叶城县")
    assert lead.count("[") == 3


def test_first_place_asked_as_排第一(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪个县的行政复议案件排第一")
    assert answer.kind == "ranking"
    assert answer.answer.startswith("最多的是额敏县：38件")


def test_an_order_in_time_is_earliest_first_and_numbered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("几份报告按发布时间先后排一下")
    lines = answer.answer.splitlines()
    assert lines[0] == "从早到晚排序："
    assert lines[1].startswith("1. 叶城县：2025年09月05日")
    assert [r.source for r in answer.rows or [] if r.value] == [YECHENG, PULAN, AKETAO]


def test_equal_years_share_the_first_place(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪份报告的年份最新")
    lines = answer.answer.splitlines()
    assert lines[0].startswith("并列最新的是额敏县")
    assert lines[-1].startswith("5. 叶城县：2023年度")


def test_a_count_of_published_items_is_a_table_of_figures(lexical_service: AnswerService) -> None:
    values = stated(lexical_service, "列表：各县主动发布的信息条数")
    assert values[AKETAO] == "35条" and values[UNNAMED] == "1984条"


def test_the_figure_counts_the_asked_noun(lexical_service: AnswerService) -> None:
    # 配备网格长(员)373名; 11个乡镇 and 427名执法人员 count no 网格员.
    values = stated(lexical_service, "哪个乡镇配备的网格员最多")
    assert values[AKETAO] == "373名"
    assert {s for s, v in values.items() if v} == {AKETAO}


def test_the_clause_naming_the_thing_beats_its_breakdown(lexical_service: AnswerService) -> None:
    # "热线办件1020件,其中咨询815件,投诉205件,处理…留言7条": 1020件 is the count.
    values = stated(lexical_service, "12345这条热线办了多少件，由多到少排一排")
    assert values[PULAN] == "1020件"


def test_a_breakdown_by_kind_is_not_ranked(lexical_service: AnswerService) -> None:
    # 普兰县 lists 刑事辩护6件、认罪认罚9件… but no total of its legal aid cases.
    answer = lexical_service.ask("法律援助案件办得最少的是哪个县")
    values = {row.source: row.value for row in answer.rows or []}
    assert values[PULAN] is None and values[EMIN] is None
    assert answer.answer.startswith(f"最少的是未署名报告（{UNNAMED}）：103件")


def test_a_number_in_a_document_title_counts_nothing(lexical_service: AnswerService) -> None:
    # 《地区法治政府建设15项评估指标问题清单》 names a document; 230个 are the problems.
    values = stated(lexical_service, "督促整改的问题哪个县最多")
    assert values[EMIN] == "230个"


def test_a_situation_is_read_from_the_work_sections(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县执法案卷评查的情况")
    assert answer.kind == "table"
    cited = {c.source: c.excerpt for c in answer.citations}
    # The unnamed report's plans also name 案卷评查; its work section states what was done.
    assert "抽查案卷104份" in cited[UNNAMED]


def test_a_requirement_may_come_from_the_plans(lexical_service: AnswerService) -> None:
    values = stated(lexical_service, "各县要求执法人员每年至少培训几次？列表")
    # A floor is shown as one: "不少于4次" is what the plan asks, not trainings held.
    assert values[PULAN] == "不少于4次" and values[YECHENG] == "不少于2次"


def test_an_order_asked_without_从_is_a_ranked_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律援助案件按多到少排一下")
    lines = answer.answer.splitlines()
    assert lines[0] == "从多到少排序："
    assert lines[1].startswith("1. 叶城县") and "543件" in lines[1]


def test_the_most_and_the_least_asked_at_once(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律援助案件哪个县最多、哪个县最少")
    rows = [r for r in answer.rows or [] if r.value]
    assert order_of("法律援助案件哪个县最多、哪个县最少") == "desc"
    lead = answer.answer.splitlines()[0]
    most, least = lead.split("；")
    assert most.startswith(f"最多的是{rows[0].region}")
    assert least.startswith("最少的是") and rows[-1].value in least


def test_what_a_bracket_lists_are_the_things_asked(lexical_service: AnswerService) -> None:
    vocabulary = lexical_service.planning.current().lexical
    assert parts("普法阵地（图书角、宣传栏等）有多少", vocabulary) == ["图书角多少", "宣传栏多少"]
    # 叶城县: "法治文化宣传栏2159个、法律图书室(角)1478个": the noun after the list mark
    # is the next figure's.
    values = stated(lexical_service, "各地法治阵地（长廊、图书角之类）分别建了多少")
    assert values[AKETAO] == "2个；16个"
    assert values[YECHENG] == "50余个；1478个"


def test_materials_are_counted_in_copies(lexical_service: AnswerService) -> None:
    # 资料 counts in 份: "开展普法宣传400余场次" is no count of them; "发放宣传资料6000余份"
    # is, the action done to them (发放) no kind of their own.
    values = stated(lexical_service, "宣传资料发了多少份，各地排个序看看")
    assert values[AKETAO] == "6000余份"
    assert values[UNNAMED] is None and values[PULAN] is None


def test_files_by_another_name_are_ranked_by_their_own_count(
    lexical_service: AnswerService,
) -> None:
    # 卷宗 are 案卷: "案卷评查2次" counts reviews, "问题173条" problems, "行政许可案件" cases.
    values = stated(lexical_service, "抽查的执法卷宗，各地从多到少帮我排一下")
    assert values == {EMIN: "126件", UNNAMED: "104份", PULAN: "66件", AKETAO: None, YECHENG: None}


@pytest.mark.parametrize(
    "question", ["各地审查的规范性文件分别有多少件", "合法性审查过的规范性文件，哪个县最多"]
)
def test_another_kind_of_document_is_no_row(lexical_service: AnswerService, question: str) -> None:
    # The unnamed report: "依托法律顾问审查合同协议50件、处理涉法事务15件" reviews contracts
    # and legal affairs; its clause names no 规范性文件.
    values = stated(lexical_service, question)
    assert values[PULAN] == "11件" and values[YECHENG] == "9件"
    assert values[UNNAMED] is None


@pytest.mark.parametrize(
    ("topic", "order", "least"),
    [
        # "垫底", "倒数第一": the last place; "数量上": in number.
        ("公证案件数量上哪个县垫底", "asc", ""),
        # The first and the last place asked at once: the first comes first.
        ("公证案件谁第一、谁倒数第一", "desc", "倒数第一"),
    ],
)
def test_the_last_place_asked_in_other_words(topic: str, order: str, least: str) -> None:
    assert shape_of(topic, 0) == "ranking"
    assert measured(topic) == "公证案件多少"
    assert order_of(topic) == order
    assert least_also(topic) == least


def test_what_a_pair_of_dashes_lists_are_the_things_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县的法治阵地——长廊、图书角这些——各有多少")
    assert {row.source: row.value for row in answer.rows or []}[AKETAO] == "2个；16个"
    # Each report missing one of them names the thing, not a piece of the question.
    partly = answer.answer.splitlines()[-1]
    assert partly == f"未提及：未署名报告（{UNNAMED}）（图书角）"
