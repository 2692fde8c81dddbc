"""Written requests: clauses that mark the answer up, tell what a report's figures are, or say
how to lay the lines out ask nothing, and a place named only in them narrows nothing; figures
named before the verb asking for them are asked; a follow-up adds a place to a comparison."""

from __future__ import annotations

import pytest
from answer_rules import asked_in_turns

from retrieval.answer.thing_labels import thing_label
from retrieval.query.annotations import ANNOTATIONS, lacking_marked, without_bracketed
from retrieval.query.instructions import without_instructions
from retrieval.query.normalize import normalize
from retrieval.query.requested import as_asked
from retrieval.service import AnswerService

EMIN, PULAN, UNNAMED, YECHENG = (
    "000_8e5fc35e060c3da7.txt",
    "002_62a3a57a87610d23.txt",
    "003_fb758e20d058b773.txt",
    "004_f010129a6dcf8410.txt",
)


def _annotates(clause: str) -> bool:
    body = clause.strip().rstrip("，,；;。？?！! ")
    return any(pattern.match(body) for pattern in ANNOTATIONS)


@pytest.mark.parametrize(
    "clause",
    [
        "每行注明出自哪份报告",
        "并请标注各数字的统计口径",
        "普兰那份是全年的数据",
        "有的报告写的是累计数",
        "没有数据的写未提及",
        "以表格形式呈现",
        "只写了次数没写人数的请放在最后并注明",
        "列出县名即可",
        "有金额的把金额也带上",
        "如有办结率等数字也一并列出",
        "最后给出明确的结论",
        "保持报告原有顺序",
        "辛苦了",
        "请在答复中予以提示",
        "件数一样的并列即可",
        "列出每个县的数字和单位",
        "我们也清楚两份报告年度不同",
        "普兰县写的是“下一步工作打算”",
        "尽量简洁",
        "层级不同的在备注里说明即可",
    ],
)
def test_a_clause_marking_the_answer_up_annotates(clause: str) -> None:
    assert _annotates(clause)


@pytest.mark.parametrize(
    "clause",
    [
        "请说明哪份报告的件数最多",
        # A report described by what it lacks is a side, not a mark.
        "额敏跟没注明县名的那份比",
        "简单列下",
        "复议案件是多少",
    ],
)
def test_a_clause_asking_something_annotates_nothing(clause: str) -> None:
    assert not _annotates(clause)


def test_which_reports_lack_it_goes_with_the_mark_after_it() -> None:
    clauses = ["各县办结率排一下，", "哪份报告没写办结率，", "也请说明。"]
    marked = lacking_marked(clauses, [_annotates(c.rstrip("，。")) for c in clauses])
    assert marked == [False, True, True]


def test_a_bracketed_aside_that_only_annotates_goes() -> None:
    text = "各县调解了多少件（叶城那份是累计数，请标注清楚）？"
    assert without_bracketed(text, _annotates) == "各县调解了多少件？"
    kept = "额敏县法律顾问（含公职律师）多少名？"
    assert without_bracketed(kept, _annotates) == kept


def test_figures_named_before_the_verb_asking_them_are_asked() -> None:
    assert as_asked("额敏复议收了多少件？另外调解和解率也请一并给出。") == (
        "额敏复议收了多少件？调解和解率各是多少？。"
    )
    assert as_asked("四份报告各是什么水平") == "四份报告各是多少"


def test_a_place_told_of_in_an_aside_narrows_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "现需掌握各县行政复议案件数，请从高到低排列，叶城的是2023年度的数字，请在后面注明年份。",
    )
    assert answer.kind == "ranking"
    assert [row.source for row in answer.rows or []][:2] == [EMIN, YECHENG]


def test_a_request_marked_up_at_length_still_ranks(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "请把各报告行政复议案件数从多到少排一下，列表呈现，每行注明所属报告；"
        "哪个县没给出复议数，请单独注明。",
    )
    assert answer.kind == "ranking"
    assert "38件" in answer.answer.splitlines()[1]


def test_a_table_asked_with_a_bracketed_aside(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "各地普法活动分别搞了多少场次（有的是累计的，请区分清楚），没有的写未提及",
    )
    assert answer.kind == "table"
    assert "128场次" in answer.answer


def test_a_verdict_asked_for_in_writing_compares(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县和003号的行政复议案件数对比一下，如有纠错数字也一并对照，并给出明确结论",
    )
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1].startswith("额敏县为38件[1]，多于")


@pytest.mark.parametrize(
    "follow_up", ["把叶城也加进来比比", "再把叶城县放进来三家一起比，可以吗？"]
)
def test_a_place_added_to_a_comparison(lexical_service: AnswerService, follow_up: str) -> None:
    answer = asked_in_turns(lexical_service, "额敏和普兰 行政复议案件谁办得多", follow_up)
    assert answer.kind == "comparison"
    assert {row.source for row in answer.rows or []} == {EMIN, PULAN, YECHENG}
    assert "11件" in answer.answer


def test_a_report_added_by_its_number(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏和普兰 行政复议案件谁办得多", "003号也加上")
    assert {row.source for row in answer.rows or []} == {EMIN, PULAN, UNNAMED}


def test_thanks_before_a_long_request_asks(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "克孜勒陶镇应急队伍有多少支",
        "谢谢。这份报告里灾害信息员人数、应急点位个数也需要，请逐条列出",
    )
    assert answer.kind == "fact"
    assert "39名" in answer.answer and "7个" in answer.answer


@pytest.mark.parametrize(
    "question", ["在不 你都能查些啥", "您好，头一回用这个系统，你能帮我查哪些东西？"]
)
def test_what_the_bot_can_do_asked_after_a_greeting(
    lexical_service: AnswerService, question: str
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert answer.kind == "chitchat"
    assert not answer.citations


def test_a_quoted_section_name_asks_its_items(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县报告“存在的问题与不足”那部分逐条给我")
    assert answer.kind == "list"
    assert "(一)法治建设均衡性不足" in answer.answer


def test_the_headings_of_a_reports_items_are_no_title(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县报告里几条亮点的标题分别是什么")
    assert answer.kind == "list"
    assert "高位统筹" in answer.answer


def test_a_purpose_before_the_request_is_left_out(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "我们拟在材料里写一段“他山之石”，请把普兰县报告中的存在问题逐条列出来，保持原有顺序",
    )
    assert answer.kind == "list"
    assert "(一)法治建设均衡性不足" in answer.answer


def test_a_superiors_demand_is_no_topic(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "上级要求各单位对标找差距。请把额敏县报告里的存在问题按条列出来。"
    )
    assert answer.kind == "list"
    assert "基层治理能力有待加强" in answer.answer


def test_a_report_named_by_its_file_number(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "文件003那份的下一步打算列一下，方便对照")
    assert answer.kind == "list"
    assert "关键少数" in answer.answer


def test_each_kind_of_a_total_asked_in_writing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县共梳理了多少项行政职权，请按类别（许可、处罚等）分项列出数量。"
    )
    assert "3415项" in answer.answer and "行政许可208项" in answer.answer


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("嗯 额敏县复议收了多少件", "额敏县复议收了多少件"),
        ("就是额敏县复议收了多少件", "额敏县复议收了多少件"),
        ("普兰 嗯 调解纠纷多少件", "普兰 调解纠纷多少件"),
        ("一二三四五热线 普兰办了多少", "12345热线 普兰办了多少"),
        ("二零二五年叶城复议几件", "2025年叶城复议几件"),
        ("哪些报告提了酒五普法 不是 九五普法", "哪些报告提了九五普法"),
        ("额敏跟普兰 不对不对 跟叶城比", "额敏跟叶城比"),
        # "X 就是 Y" says X again, and a correction that is no word said again stays.
        ("枫桥经验 就是新时代枫桥经验", "枫桥经验 就是新时代枫桥经验"),
        ("额敏复议多少件 不对吧", "额敏复议多少件 不对吧"),
    ],
)
def test_dictated_speech_reads_as_typed(said: str, read: str) -> None:
    assert normalize(said) == read


def test_a_dictated_ranking_with_fillers(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "就是调解矛盾纠纷的件数 嗯 几个报告从多到少排一下")
    assert answer.kind == "ranking"
    assert "5726件" in answer.answer


def test_a_year_dictated_in_characters_is_read(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城二零二五年那份报告 复议收了多少件")
    assert answer.abstained
    assert "2025" in answer.answer


@pytest.mark.parametrize("question", ["喂 你好 你这个东西能干啥的", "那个 嗯 就是 那个啥来着 算了"])
def test_speech_with_nothing_asked_gets_no_citation(
    lexical_service: AnswerService, question: str
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert answer.kind == "chitchat"
    assert not answer.citations


def test_the_items_figures_asked_in_passing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇突发事件应对咋做的 有啥数没")
    assert answer.kind == "list"
    assert "305条" in answer.answer


def test_documents_a_report_issued_are_no_attribute_of_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县报告里制定下发的文件名称有哪些")
    assert answer.kind != "metadata"
    assert "府院联动机制" in answer.answer


def test_a_statement_naming_a_part_of_a_report_is_asked_of(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service,
        "叶城县报告第三部分讲的是主要负责人履职，这是我们关注的。请概括这部分分了哪几个方面。",
    )
    assert answer.kind == "list"
    assert "(二)在强化组织领导上聚焦用力" in answer.answer


def test_a_figure_asked_where_a_report_has_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "普兰县和003两份报告比一下取得执法证的人数，哪个多？003的通过率如果报告有也写上。",
    )
    assert answer.kind == "comparison"
    assert "88.16%" in answer.answer


def test_the_place_ranked_second_is_asked_of(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "行政复议案件各县排一下名次", "刚才排第二的那个办结了多少"
    )
    assert answer.kind == "fact"
    assert answer.answer.startswith("叶城县")
    assert "11件" in answer.answer


def test_the_first_and_the_last_of_a_ranking_are_weighed(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "几个报告调解矛盾纠纷的件数排个序", "第一和最后差多少")
    assert answer.kind == "comparison"
    assert [row.source for row in answer.rows or []] == [YECHENG, PULAN]


def test_places_named_after_a_ranking_are_asked_its_thing(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(lexical_service, "几个报告调解矛盾纠纷的件数排个序", "额敏和普兰差多少")
    assert answer.kind == "comparison"
    assert "963件" in answer.answer and "85件" in answer.answer


def test_a_rank_is_only_read_after_a_ranking(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县下一步打算有哪些", "第二条具体说说")
    assert answer.kind != "comparison"
    assert answer.answer.startswith("额敏县")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "请协助核实普兰县以下几项数据：1、调解矛盾纠纷件数；2、法律顾问经费；3、新增执法证数量。",
            ("85件", "8万元", "25本"),
        ),
        (
            "按如下要求提供材料：（1）额敏县减免责案件数；（2）叶城县减免责案件数；（3）两者差额。",
            ("208件",),
        ),
        (
            "现需梳理克孜勒陶镇报告以下内容：一、存在的问题；二、下一步工作计划。",
            ("二、存在的问题",),
        ),
    ],
)
def test_numbered_items_are_each_asked(
    lexical_service: AnswerService, question: str, said: tuple[str, ...]
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert not answer.abstained
    assert all(figure in answer.answer for figure in said)


def test_a_numbered_item_on_how_to_present_asks_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "烦请按以下要求汇总：1、各县调解矛盾纠纷的件数；2、从多到少排列；3、没有数据的注明未提及。",
    )
    assert answer.kind == "ranking"
    assert "5726件" in answer.answer.splitlines()[1]


def test_a_written_courtesy_closes_the_request() -> None:
    assert all(_annotates(c) for c in ("谢谢配合", "请予支持", "尽快反馈为盼", "特此说明"))


def test_a_side_said_again_after_a_slip(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏跟普兰 不对 跟叶城比 行政复议谁多")
    assert {row.source for row in answer.rows or []} == {EMIN, YECHENG}


def test_a_place_set_against_both_sides_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏和普兰 行政复议案件谁办得多", "那叶城呢，是不是比他俩都多"
    )
    assert {row.source for row in answer.rows or []} == {EMIN, PULAN, YECHENG}


def test_an_item_numbered_before_a_figure_is_read() -> None:
    assert as_asked("请按类别（许可、处罚）分项列出数量") == "各类分别多少"
    asked = without_instructions("请摘出：1、300万元以上标的案件件数；2、执行率。")
    assert asked.endswith("300万元以上标的案件件数是多少？执行率是多少？")


def test_an_order_asked_as_a_thing_to_make() -> None:
    assert as_asked("各县复议案件数做一个由高到低的排序") == "各县复议案件数由高到低排序"


def test_a_tables_columns_are_asked_of_every_row() -> None:
    assert as_asked("各县出庭应诉情况（地区｜出庭件数｜应诉率｜备注）") == (
        "各县出庭应诉情况，出庭件数、应诉率分别是多少"
    )


@pytest.mark.parametrize(
    "question",
    [
        "按照上级的统一部署，材料需汇编成册。003号材料里下一步打算都有哪几条？",
        "在编制专题汇报材料时，需要003号报告的内容。请协助列出其下一步工作打算。",
    ],
)
def test_the_work_a_request_serves_is_no_topic(
    lexical_service: AnswerService, question: str
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert answer.kind == "list"
    assert "关键少数" in answer.answer


def test_a_question_passed_on_by_an_office(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "司法条线问到，各报告有没有写“府院联动”？请逐份核对，没写的标注“未涉及”。"
    )
    assert answer.kind == "mentions"
    assert YECHENG in {row.source for row in answer.rows or []}


def test_a_count_of_items_without_their_details(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "烦请归纳普兰县报告“存在的问题与不足”共列了几条、每条的标题是什么，不需要展开。",
    )
    assert answer.kind == "list"
    assert "(三)法治服务供给仍有短板" in answer.answer


def test_a_report_named_as_material_by_its_number(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "热线办了多少件 003号材料跟普兰县谁多")
    assert {row.source for row in answer.rows or []} == {UNNAMED, PULAN}


def test_what_the_bot_does_asked_in_a_written_introduction(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service,
        "您好！我是县司法局的，初次使用这个系统。烦请介绍一下您这边能协助做哪些工作，"
        "比如能不能查报告里的数字、做排名之类的？",
    )
    assert answer.kind == "chitchat"
    assert not answer.citations


def test_a_section_named_with_its_causes_lists_its_items(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县报告里“存在的不足和原因”一共几条？")
    assert answer.kind == "list"
    assert "(四)" in answer.answer


def test_a_statement_asking_for_an_order_is_the_request(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "需要对五份报告的行政复议案件数量进行排序。烦请：1、列出每份报告的件数；2、从多到少排列。",
    )
    assert answer.kind == "ranking"
    assert "38件" in answer.answer.splitlines()[1]


def test_a_note_asked_after_the_table_asks_nothing() -> None:
    assert _annotates("数字口径不一致的地方请在表后说明")


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("克孜勒陶镇全年发布的预警信息条数是多少", "305条"),
        ("额敏复议案子的件数是多少", "38件"),
    ],
)
def test_a_count_asked_by_its_measure_noun(
    lexical_service: AnswerService, question: str, said: str
) -> None:
    answer = asked_in_turns(lexical_service, question)
    assert said in answer.answer


def test_what_one_report_calls_the_part_narrows_nothing(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "请统计各报告“存在的问题”（叶城县写作“存在的不足和原因”）各列了几条，按条数从多到少排",
    )
    assert answer.kind != "list" or "叶城县" not in answer.answer.splitlines()[0]
    assert "阿克陶县克孜勒陶镇（共5条）" in answer.answer


def test_a_thing_no_side_states_gets_no_verdict_line(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏县和普兰县全年行政复议案件数量对比，谁多、多多少？如报告中还有调解和解率等数据，请一并附上。",
    )
    assert answer.kind == "comparison"
    assert "无法比较" not in answer.answer
    assert "多37件" in answer.answer


def test_a_long_thing_is_labelled_by_its_noun_phrase() -> None:
    assert thing_label("烦请将案卷评查的放在一起发现或整改的问题数") == "问题数"
    assert thing_label("化解矛盾纠纷多少件") == "化解矛盾纠纷件数"


def test_a_difference_asked_as_a_sum_to_work_out(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏和普兰的行政复议案件各是多少？请对比一下并算出两者的差额。"
    )
    assert answer.answer.splitlines()[-1].endswith("多37件。")
