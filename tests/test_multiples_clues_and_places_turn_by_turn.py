"""One report's figures set against each other (how many times, what is left, a part's share
after "其中"), the clues an unnamed report gives of its place, the places asked of turn by turn,
and counts of kinds or people no report states: on the real reports."""

from __future__ import annotations

from answer_rules import SAMPLES, asked_in_turns, check_cited, cited_turns

from retrieval.query.everyday import in_report_terms
from retrieval.query.expected import Expected
from retrieval.query.normalize import normalize
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_how_many_times_one_figure_of_a_report_is_another(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县办件里咨询的件数是投诉的几倍")
    check_cited(answer)
    assert "是投诉的205件[1]的约4倍" in answer.answer
    # No sentence answers the whole question; the two figures' sentence does.
    answer = lexical_service.ask("普兰的法律顾问经费相当于普法经费的多少倍")
    check_cited(answer)
    assert not answer.abstained and "约2.7倍" in answer.answer


def test_a_part_s_share_of_the_whole_counted_before_its_own_clause(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城法律援助受理了多少件，其中指派刑事的多少件，刑事占几成")
    check_cited(answer)
    assert "占受理法律援助案件543件[1]的32.6%" in answer.answer


def test_what_is_left_asked_after_commas(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城热线办件多少件，办结了多少件，没办结的还有多少件")
    check_cited(answer)
    assert "多34件" in answer.answer and "11件" not in answer.answer


def test_the_clues_of_an_unnamed_report_s_place(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "没写县名的那份是哪个县的", "正文里有啥线索能推测出是哪里吗"
    )
    check_cited(answer)
    assert not answer.abstained and "据此不能确定具体县名" in answer.answer
    assert "全市首个" in answer.answer and "省委、市委" in answer.answer


def test_the_parts_a_report_is_made_of(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的报告包括哪几个部分")
    check_cited(answer)
    assert answer.answer.startswith("普兰县（共3个部分）：一、")


def test_money_typed_by_its_sound(lexical_service: AnswerService) -> None:
    assert normalize("服务中心投了多少前") == "服务中心投了多少钱"
    assert normalize("提前多少天") == "提前多少天"
    answer = lexical_service.ask("普兰建政务服务中心花了多少前")
    assert "2200万" in answer.answer


def test_as_many_places_as_the_turns_asked_of(lexical_service: AnswerService) -> None:
    *_, summed = cited_turns(
        lexical_service,
        "普兰县矛盾纠纷调解了几件",
        "额敏呢",
        "克孜勒陶镇的呢",
        "三个地方一共多少件",
    )
    assert "合计1216件" in summed.answer
    turns = Conversation()
    for question in ("普兰行政复议几件", "额敏呢", "叶城呢"):
        lexical_service.ask(question, conversation=turns)
    assert turns.last_places(3) == ["普兰县", "额敏县", "叶城县"]
    assert turns.last_places(4) == []


def test_a_sum_clause_after_a_count_of_two_sides(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏、叶城的行政复议案件各受理几件，两个加在一起是多少件")
    check_cited(answer)
    assert "合计49件" in answer.answer and "多于" not in answer.answer


def test_whether_a_report_says_a_thing_asked_with_a_bare_verb(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城那个报告有没有讲行政机关负责人出庭应诉")
    assert answer.kind == "mentions"
    assert "没有提到" in answer.answer and not answer.citations
    # (Whether it says which county it is of is its header's, no mention.)
    assert normalize("报告有没有说是哪个县") == "报告有没有说是哪个县"


def test_a_kind_of_doing_no_report_names_is_not_found(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各个报告的禁毒宣传分别开展了几场")
    assert answer.abstained, answer.answer


def test_people_counted_after_the_question_word(lexical_service: AnswerService) -> None:
    assert Expected.of("全县现有多少调解员").unit_word == "人"
    answer = lexical_service.ask("普兰县现在有多少调解员")
    assert answer.abstained, answer.answer
    # "42名新申领执法证人员": no grid workers are counted by people of another kind.
    answer = lexical_service.ask("额敏县的网格员有多少个")
    assert answer.abstained, answer.answer


def test_no_everyday_cue_is_read_inside_a_term_of_the_reports() -> None:
    assert in_report_terms("哪几份报告讲法律明白人") == "哪几份报告讲法律明白人"
    assert "普法" in in_report_terms("哪些地方给群众讲法律")


def test_a_rate_asked_as_a_share_of_a_doing_is_worked_out(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和003那份行政复议里调解和解的比例各是多少，谁高")
    check_cited(answer)
    assert "的40%（4件÷10件，按所引数字计算）" in answer.answer and "71.43%" in answer.answer


def test_the_first_and_last_sentence_of_a_body(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县报告正文的第一句是怎么写的")
    check_cited(answer)
    assert answer.answer.startswith("普兰县正文第一句：2025年是全面贯彻落实")
    answer = lexical_service.ask("额敏报告结尾最后一句原文")
    check_cited(answer)
    assert "正文最后一句" in answer.answer and "新台阶" in answer.answer


def test_clauses_of_one_doing_are_added(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城调解组织有几个", "培训开展了几场，合在一起多少")
    assert "合计393场次（25场次+368场次" in answer.answer


def test_one_place_s_share_of_every_report_s_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("五家的化解矛盾纠纷合计里面，额敏县占多大比例")
    check_cited(answer)
    assert "额敏县963件[1]占合计7354件的13.09%" in answer.answer


def test_the_figures_of_what_a_report_was_found_to_say(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰有没有写到法律援助", "如果有的话，把数字都列出来")
    assert "代写文书95件" in answer.answer


def test_why_is_answered_only_by_a_reason(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城那份报告为什么到2025年9月才在网上发布")
    assert answer.abstained, answer.answer


def test_a_figure_of_one_s_own_or_doubted_after_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏行政复议接收了几件", "我算出来的是36件，哪个对")
    assert answer.answer.startswith("报告写的是38件[1]，不是36件。")
    answer = asked_in_turns(lexical_service, "叶城法律援助受理了多少件", "543件这个数准吗")
    assert answer.answer.startswith("报告写的正是543件[1]。")


def test_the_two_things_counted_just_before_set_apart(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城公证办了多少件，法律援助受理多少件，二者相差多少")
    check_cited(answer)
    assert "多1199件" in answer.answer


def test_an_average_below_one_is_said(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003抽查了多少份案卷，整改多少个问题，平均每份案卷几个问题")
    check_cited(answer)
    assert "平均每份案卷约0.32个" in answer.answer


def test_whether_one_report_says_how_a_matter_went(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城的报告有没有写到行政机关负责人出庭应诉的情况")
    assert answer.kind == "mentions" and "没有提到" in answer.answer


def test_a_slip_of_a_fuzzy_pinyin_input_is_read_as_meant(lexical_service: AnswerService) -> None:
    # 组 (zu) typed for 助 (zhu): such inputs take zh for z.
    answer = lexical_service.ask("普兰县的法律援组一共办了些什么案子")
    assert "法律援助" in (answer.notice or "") + answer.answer
    assert "代写文书95件" in answer.answer


def test_the_places_told_put_in_one_table(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏持证执法人员有多少", "克孜勒陶镇几个干部有执法证", "汇总到一张表里"
    )
    check_cited(answer)
    assert "585人" in answer.answer and "9名干部" in answer.answer and "｜" in answer.answer


def test_which_of_two_things_of_one_report_is_more(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城2023年以来公证和法律援助各办了多少件，哪个多")
    check_cited(answer)
    assert "多于法律援助的543件[1]" in answer.answer


def test_figures_asked_first_then_a_part_s_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏述法的负责人多少名，好评率多少，存在哪些问题？")
    check_cited(answer)
    assert "95名" in answer.answer and "98.9%" in answer.answer
    assert "问题与不足" in answer.answer


def test_the_period_asked_to_be_noted_in_a_clause(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城法律援助案件受理了几件？请标明这个数字统计的是什么时段")
    check_cited(answer)
    assert "543件" in answer.answer and "2023年以来" in answer.answer.splitlines()[-1]
