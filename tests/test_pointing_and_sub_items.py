"""Places pointed at rather than named, items asked with their own items, and words of asking
that name nothing.

"那个镇" is the one stored township; "西藏那个县" is the one report that names the place; a place
said before words pointing at a stored region ("西藏南边那个普兰县") is where it lies. "第三类"
after a list asks that item; "连同下面的小点" lists each item's own items under it. A request to
tell it to someone ("给领导汇报一下"), or to tell it item by item ("分条总结一下"), names no
topic; "检讨出哪几条不足" asks a report's own account. An aside in brackets after the unnamed
report describes it; "是个啥" asks what a thing is; a figure bounding what is counted ("300万元
以上") is no count; "设立了什么机构" asks for a body's name; "有没有这方面的数据" asks the previous
thing of the place named; the words before what a phrase names may be the asker's own ("领导
亲自到法院出庭应诉"); "额敏县哪些单位" asks of its bodies, not of reports; conjunctions and words of
direction ("或者", "上面") weigh nothing.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_answer, cited_rows

from retrieval.query.names import default_gazetteer
from retrieval.query.parts import question_parts
from retrieval.query.routing import route
from retrieval.query.weights import question_weights
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_that_town_is_the_one_stored_township(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("那个镇和普兰县谁化解的矛盾纠纷多？")
    check_answer(answer)
    assert answer.kind == "comparison"
    assert "168件" in answer.answer and "85件" in answer.answer
    assert {c.source for c in answer.citations} == {AKETAO, PULAN}


def test_a_province_pointing_at_the_one_report_naming_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("西藏那个县给群众办法律援助，办了些什么？")
    check_answer(answer)
    assert "代写文书95件" in answer.answer
    assert {c.source for c in answer.citations} == {PULAN}


def test_where_a_named_region_lies_then_words_pointing_at_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("西藏南边那个普兰县的下一步打算有哪些？")
    check_answer(answer)
    assert answer.kind == "list"
    assert "(四)加强法治队伍建设" in answer.answer


def test_the_nth_kind_after_a_list(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇报告把问题分成了几大类？", conversation=conversation)
    answer = lexical_service.ask("第三类具体讲了啥？", conversation=conversation)
    check_answer(answer)
    assert "一是行政调解作用发挥有限" in answer.answer
    assert "法治意识有待进一步强化" not in answer.answer


def test_items_with_their_own_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县对2024年的主要安排，连同下面的小点都列一下")
    check_answer(answer)
    lines = answer.answer.splitlines()
    inner = [line for line in lines if line.startswith("\u3000\u3000")]
    assert len(inner) >= 8
    assert any(line.startswith("(三)加强法治队伍建设") for line in lines)
    # Listed once, though the question asks for the plans in two ways.
    assert sum(line.startswith("(一)") for line in lines) == 1


def test_telling_it_to_someone_names_no_topic(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告写了哪些不足？麻烦给领导汇报一下。")
    check_answer(answer)
    assert answer.kind == "list"
    assert "(三)法治服务供给仍有短板" in answer.answer


def test_owning_up_is_a_reports_own_account(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告里检讨出哪几条不足？")
    check_answer(answer)
    assert answer.kind == "list"
    assert "(一)法治建设均衡性不足" in answer.answer


def test_item_by_item_is_how_to_tell_the_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("人民调解方面，叶城县做了哪些工作？分条总结一下。")
    check_answer(answer)
    assert "人民调解载体不断拓宽" in answer.answer
    # No second list of the report's own parts.
    assert "四、2024年度推进法治政府建设的主要安排" not in answer.answer


def test_an_aside_describing_the_unnamed_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没写县名那份（就是有智慧检务中心那个）里面，复议案子办结几件？")
    check_answer(answer)
    assert "10件" in answer.answer
    assert {c.source for c in answer.citations} == {UNNAMED}


def test_what_a_thing_is_is_a_part_of_its_own(lexical_service: AnswerService) -> None:
    vocabulary = lexical_service.store.lexical()
    parts = question_parts("弄了个全省第一，是个啥？复议案子结了几件？", vocabulary)
    assert len(parts) == 2


def test_a_bound_is_no_count_of_money(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏清理拖欠账款，大案子追回多少钱？")
    check_answer(answer)
    assert "855.63万元" in answer.answer


def test_a_body_asked_is_named(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县在行政复议方面成立了什么机构？")
    check_answer(answer)
    assert "行政复议委员会" in answer.answer


def test_the_same_figures_asked_of_another_place(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县一年收到行政复议案子多少件？", conversation=conversation)
    answer = lexical_service.ask("普兰县有没有这方面的数据？", conversation=conversation)
    check_answer(answer)
    assert "1件" in answer.answer
    assert {c.source for c in answer.citations} == {PULAN}


def test_what_a_phrase_names_is_looked_for_without_the_askers_words(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("哪些报告提到领导亲自到法院出庭应诉？")
    assert answer.kind == "mentions"
    assert set(cited_rows(answer)) == {EMIN, AKETAO, UNNAMED}


def test_a_regions_bodies_are_no_reports(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县哪些单位被表彰了？")
    check_answer(answer)
    assert answer.kind == "fact"
    assert "人民检察院" in answer.answer


def test_joining_and_placing_words_weigh_nothing(lexical_service: AnswerService) -> None:
    weights = question_weights("被上面奖励或者表彰过", lexical_service.store.lexical())
    assert "表彰" in weights
    assert not {"面", "或者", "上面"} & set(weights)


def test_which_sides_part_lists_more_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和叶城的问题各列了几条？哪家多？")
    check_answer(answer)
    assert answer.answer.splitlines()[-1] == "叶城县（4条）多于普兰县（3条）。"


def test_an_earlier_year_told_by_a_later_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("2024年的法治督察给额敏县指出几条问题？")
    check_answer(answer)
    assert "17条" in answer.answer
    assert all("2024年" in c.excerpt for c in answer.citations if "17条" in c.excerpt)
    assert answer.notice is not None and "2025年度报告" in answer.notice


def test_the_measure_after_a_verb_counts_what_was_done(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("政务服务热线，哪家接的件最多？")
    rows = cited_rows(answer)
    assert rows[UNNAMED] == "730件" and rows[PULAN] == "1020件"


def test_a_counted_part_with_its_items_own_items(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇的工作计划分几块？每块下面的小项也列出来")
    check_answer(answer)
    assert "（共5块）" in answer.answer
    assert "\u3000\u3000三是加强交流学习" in answer.answer


def test_put_online_is_when_it_was_published(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰那份报告哪天挂网的？")
    check_answer(answer)
    assert answer.kind == "metadata"
    assert "2026-01-12" in answer.answer


def test_a_whole_county_is_no_townships_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("阿克陶县全县的法律明白人有多少？")
    assert answer.abstained
    assert "阿克陶县本级" in answer.answer


def test_how_far_and_an_amount_told_are_parts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "普兰县新建的政务中心投了多少、进展如何？另外说下大厅线上线下办件量"
    )
    check_answer(answer)
    assert "2200万" in answer.answer and "现已基本完工" in answer.answer
    assert "9938件" in answer.answer


def test_an_extent_asked_before_its_details(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县述法的覆盖面多大？乡镇和县直部门各几个？")
    check_answer(answer)
    assert "13个乡镇" in answer.answer and "57个县直部门" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_how_large_is_a_word_of_asking(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县“法律明白人”这支队伍规模有多大？")
    check_answer(answer)
    assert "1166名" in answer.answer


def test_a_table_asked_for_oneself_stays_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县配备法律顾问的情况，给我做个表")
    assert answer.kind == "table"
    assert {EMIN, UNNAMED, YECHENG} <= set(cited_rows(answer))


def test_it_points_at_the_report_asked_of_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县那份报告有没有落款？", conversation=conversation)
    answer = lexical_service.ask("它开头提到了哪些表彰？", conversation=conversation)
    check_answer(answer)
    assert answer.kind == "fact"
    assert {c.source for c in answer.citations} == {EMIN}
    assert "表彰" in answer.answer


def _turns(service: AnswerService, *questions: str) -> list[str]:
    conversation = Conversation()
    return [service.ask(q, conversation=conversation).answer for q in questions]


def test_the_plans_for_an_item_told_just_before(lexical_service: AnswerService) -> None:
    *_, plans = _turns(
        lexical_service,
        "普兰县报告里有哪些不足？",
        "第二条具体讲的啥？",
        "下一步针对这一条准备怎么做？",
    )
    assert plans.splitlines()[0].startswith("普兰县（按上一问）：(二)深化法治政府建设")


def test_the_plans_for_a_numbered_item_of_the_list_before(
    lexical_service: AnswerService,
) -> None:
    _, plans = _turns(lexical_service, "叶城县的不足和原因有哪些？", "第三个下一步打算怎么改进？")
    assert "(四)提高普法精准性和实效性" in plans.splitlines()[0]


def test_a_number_after_the_plans_numbers_the_plans(lexical_service: AnswerService) -> None:
    _, plans = _turns(lexical_service, "额敏县有哪些问题？", "下一步打算第三条是什么？")
    assert "（三）夯实基层法治根基" in plans.splitlines()[0]


def test_the_meetings_a_report_says_were_held(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县召开过哪些会议？")
    check_answer(answer)
    assert answer.kind == "list"
    assert "普法成员单位联席会议" in answer.answer
    assert "法治政府建设重点工作专题研讨会" in answer.answer


def test_a_place_without_its_unit_has_no_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("喀什今年行政复议受理了几件？")
    assert answer.abstained
    assert "报告库中没有喀什的报告" in answer.answer


def test_a_common_word_is_no_place_without_its_unit(lexical_service: AnswerService) -> None:
    catalog = lexical_service.planning.current().catalog
    routed = route("来宾有多少人参加了互助活动？", catalog, default_gazetteer())
    assert routed.unknown_regions == []


def test_a_figure_asked_of_a_numbered_item_just_listed(lexical_service: AnswerService) -> None:
    _, figure = _turns(
        lexical_service, "额敏县的特色亮点有哪些？", "第三个里面督促整改了几个问题？"
    )
    assert "230个" in figure


def test_whether_the_report_states_an_attribute(lexical_service: AnswerService) -> None:
    _, stated = _turns(lexical_service, "普兰县报告叫什么名字？", "有没有写成文日期？")
    assert "普兰县" in stated and "成文日期" in stated
    assert "没有报告提到" not in stated


def test_how_the_reports_just_found_word_it(lexical_service: AnswerService) -> None:
    found, worded = _turns(lexical_service, "哪些报告提到了扫码入企？", "这几份具体咋写的？")
    assert worded == found
