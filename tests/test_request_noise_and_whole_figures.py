"""Formal requests read past their politeness, their naming of every report and their asides;
a figure broken down after "其中" ranks as the whole; a follow-up narrowing the reports asks
the answer before again; a report named by number and year is one side."""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, asked_in_turns, cited_rows

from retrieval.answer.per_report import said_loosely
from retrieval.query.annotations import ANNOTATIONS
from retrieval.query.instructions import without_instructions
from retrieval.query.measure import measured
from retrieval.query.normalize import normalize
from retrieval.service import AnswerService

EMIN, KEZILETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def _annotates(clause: str) -> bool:
    return any(pattern.match(clause) for pattern in ANNOTATIONS)


@pytest.mark.parametrize("clause", ["原文表述", "引用报告原文", "按文件顺序", "按编号顺序排列"])
def test_asking_for_the_reports_words_or_order_annotates(clause: str) -> None:
    assert _annotates(clause)


def test_what_the_answer_is_for_is_no_part_of_it() -> None:
    cleaned = without_instructions("为统计各地调解工作情况，请列出各县调解了多少件。")
    assert "统计" not in cleaned and "调解了多少件" in cleaned


@pytest.mark.parametrize(
    ("topic", "asked"),
    [
        # The measure that takes the other in.
        ("执法人员培训参训人次（人数）排序", "执法人员培训参训多少人数"),
        ("执法人员培训参训人数（人次）排序", "执法人员培训参训多少人数"),
        # Counted in the measure named before the question word.
        ("普法活动的场次是多少", "普法活动多少场次"),
        # A size told by the measure it is counted in.
        ("执法人员培训规模，按参训人次从多到少排序", "执法人员培训参训多少人次"),
    ],
)
def test_the_measure_a_ranking_counts_in(topic: str, asked: str) -> None:
    assert measured(topic) == asked


def test_a_difference_asked_loosely_is_asked() -> None:
    assert normalize("两地谁多、大约多多少") == "两地谁多、多多少"


def test_a_modifier_shared_with_another_names_the_word() -> None:
    assert said_loosely("合法性", "开展合法合规性审查")
    assert not said_loosely("合法性", "开展合规审查")


@pytest.mark.parametrize(
    "question",
    [
        "敬请按行政复议案件数量排个序（从多到少）",
        "全部五份报告中行政复议案件件数由高到低排序",
    ],
)
def test_politeness_and_every_report_named_leave_the_figure(
    lexical_service: AnswerService, question: str
) -> None:
    rows = cited_rows(asked_in_turns(lexical_service, question))
    assert rows[EMIN] == "38件"
    assert rows[UNNAMED] == "10件"


def test_a_whole_broken_down_after_its_figure_ranks(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "12345热线办理数量各地从高到低排一下")
    assert answer.kind == "ranking"
    assert cited_rows(answer)[PULAN] == "1020件"


def test_a_handling_asked_counts_what_is_handled(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县和003号报告的12345热线办理数量谁多")
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {PULAN: "1020件", UNNAMED: "730件"}


@pytest.mark.parametrize(
    "follow_up",
    [
        "要是只看2025年度的报告呢？请重新排一下。",
        "出于可比性考虑，只保留2025年度的再排一次",
        "去掉叶城再排一下",
        "不算叶城的话呢",
    ],
)
def test_the_reports_narrowed_after_a_ranking(
    lexical_service: AnswerService, follow_up: str
) -> None:
    answer = asked_in_turns(lexical_service, "各县行政复议案件数量排个序", follow_up)
    rows = cited_rows(answer)
    assert YECHENG not in rows
    assert rows[EMIN] == "38件"


def test_a_report_named_by_number_and_year(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "003号2025年度报告与克镇2025年度报告的普法宣传活动场次，各自是多少（原文表述）？谁多？",
    )
    assert answer.kind == "comparison"
    assert cited_rows(answer) == {UNNAMED: "400余场次", KEZILETAO: "128场次"}


def test_a_breakdown_asked_if_stated_is_no_side_of_the_verdict(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service,
        "003号与叶城县的法律援助案件数量各是多少，相差多少？如叶城县有刑事、民事等分项数字，请一并列出。",
    )
    verdicts = [line for line in answer.answer.splitlines() if "多" in line and "为" in line]
    assert verdicts and all("项" not in line for line in verdicts)
    assert "543件" in answer.answer and "103件" in answer.answer


def test_what_reports_state_ordered_is_a_ranking(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "请比较各报告写到的执法人员培训规模，按参训人次（人数）从高到低排序"
    )
    assert answer.kind == "ranking"
    rows = cited_rows(answer)
    assert [rows[UNNAMED], rows[YECHENG], rows[EMIN]] == ["800余人次", "532名", "400余人次"]


def test_a_fields_data_asked_as_what_it_is(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各地法律顾问的覆盖范围和履职数据分别是什么")
    assert answer.kind == "table"
    emin = next(line for line in answer.answer.splitlines() if line.startswith("额敏县："))
    assert "全覆盖" in emin and "35次" in emin


def test_figures_asked_beside_where_stated_are_quoted(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县与普兰县行政复议案件各多少，谁多？如报告里还有办结等配套数据，请一并附上。",
    )
    lines = answer.answer.splitlines()
    assert lines[0].startswith("额敏县：") and "71.43%" in lines[0]
    assert lines[1].startswith("普兰县：") and "办结1件" in lines[1]


def test_a_third_report_added_and_ordered(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县与普兰县行政复议案件谁多",
        "再把003号那份2025年报告放进来，三者一起比，按多少排个序",
    )
    assert answer.kind == "comparison"
    assert set(cited_rows(answer)) == {EMIN, PULAN, UNNAMED}


def test_a_report_number_before_a_noun_names_the_report(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县和003号热线办件数谁多")
    assert cited_rows(answer) == {PULAN: "1020件", UNNAMED: "730件"}


def test_that_both_reports_state_it_is_no_part_of_the_thing(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县和003号材料均给出了热线数据，请比较两地办件数，谁多？"
    )
    assert cited_rows(answer) == {PULAN: "1020件", UNNAMED: "730件"}


def test_each_places_report_is_no_thing_of_its_own(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "对比克镇2025年度报告与叶城2023年度报告中“法律明白人”的人数"
    )
    assert cited_rows(answer) == {KEZILETAO: "126人", YECHENG: "1166名"}


def test_a_rate_asked_to_be_noted_is_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县全年调解矛盾纠纷多少件？请注明调节成功率。")
    assert "963件" in answer.answer and "100%" in answer.answer.splitlines()[0]


def test_a_thing_asked_if_the_report_states_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "普兰热线办件总量是多少？如报告另有西藏政务服务网留言的数据，请一并列出。",
    )
    assert "1020件" in answer.answer and "7条" in answer.answer.splitlines()[0]


def test_a_need_before_the_order_asked_is_no_doing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "需要把各报告的行政复议案件数量进行排序，从多到少")
    assert cited_rows(answer)[EMIN] == "38件"


def test_numbered_items_read_from_a_report_named_in_the_lead() -> None:
    cleaned = without_instructions(
        "现需为考评准备材料（重点是述法部分），烦请从额敏县报告中协助摘出以下数据："
        "1、述法的负责人数量；2、民主测评好评率。请逐项列出原文数字并注明单位。"
    )
    assert cleaned.startswith("额敏县报告，")
    assert "考评" not in cleaned and "单位" not in cleaned


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # A part named after its whole ("…1020件,其中咨询815件,投诉205件").
        ("普兰12345热线里投诉多少件", "205件"),
        # Money is stated in no other measure (not the 赋分72740分 beside it).
        ("克孜勒陶镇积分管理给群众兑了多少钱", "97496元"),
        # A count said with 个 before its noun.
        ("额敏县入选应急管理部典型案例的行政处罚案件有几件", "4个行政处罚案件"),
        # Every figure a sentence states of the thing named.
        ("003号报告里“一企一法官”机制相关的数字呢", "140件"),
        # A count set as a requirement.
        ("叶城县对执法人员业务培训有没有具体的次数要求？", "不少于2次"),
    ],
)
def test_the_first_line_states_the_figure_asked(
    lexical_service: AnswerService, question: str, stated: str
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert stated in answer.answer.splitlines()[0]
