"""A figure read across reports counts the asked thing, not another countable thing its clause
touches ("4个行政处罚案件" is no count of legal-aid cases), on the sample reports."""

from __future__ import annotations

import pytest
from answer_rules import SAMPLES, TEXT

from retrieval.answer.counted import CountedThing
from retrieval.answer.figure_nouns import compounded
from retrieval.query.measure import measured
from retrieval.query.weights import question_weights
from retrieval.service import AnswerService
from retrieval.text.words import pos_tags

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def values(lexical_service: AnswerService, question: str) -> tuple[str, dict[str, str | None]]:
    """The answer text and each report's value in its rows, cited exactly."""
    answer = lexical_service.ask(question)
    assert not answer.abstained
    for c in answer.citations:
        assert TEXT[c.source][c.start : c.end] == c.excerpt
    return answer.answer, {row.source: row.value for row in answer.rows or []}


@pytest.mark.parametrize(
    ("asked", "before", "after", "other"),
    [
        # The asked kind of case touches the figure.
        ("法律援助案件多少", "受理法律援助案件", "", False),
        # Another kind of case, and the clause names no legal aid.
        ("法律援助案件多少", "", "行政处罚案件入选国家", True),
        # Another kind of staff.
        ("法制审核人员多少", "配备专职律师、法官、工作人员", "", True),
        # 人员 names every kind of people: 干部 are some.
        ("持有执法证的人员多少", "我镇现有", "干部具有执法证", False),
        # A noun holding the asked head inside ("热线问题") is how a report names it.
        ("12345热线多少件", "回复12345服务热线问题", "", False),
        # Another thing of the same measure family: 考试 are no 活动.
        ("普法宣传活动多少场", "组织国家安全教育普法考试", "", True),
        # A kind of the asked thing named by a word of the question (宣传).
        ("普法宣传活动多少场", "累计组织开展宪法宣传活动", "", False),
        # A verb written onto the asked noun (持证) says which are counted: staff sent to an
        # exam are not the certified ones, the certified ones are.
        ("持证执法人员多少", "组织", "行政执法人员参加资格考试", True),
        ("持证执法人员多少", "全县现有持证执法人员", "", False),
        # A head the lexicon does not know is none of the things it knows…
        ("执法证件多少个", "下发整改通知书", "", True),
        # …save the light ones, which may name anything counted in their measure,
        ("普法宣传多少场次", "开展各类普法活动", "", False),
        # and those sharing a character with it.
        ("执法人员参训多少人次", "综合培训", "", False),
        # A measure used as a noun (次数) is no head: 培训 is, and 讲座 are none.
        ("执法人员培训的次数多少", "开展专题学法、法治讲座", "", True),
        # A synonym of the noun naming every case (案子: 案件) names any of them.
        ("复议案子多少", "收到行政复议申请", "", False),
        # A noun holding the asked head (or another name of it) that ends with a thing of
        # another family of measures counts that thing…
        ("执法卷宗多少", "开展行政执法案卷评查", "", True),
        # …unless the question asks that family's measure.
        ("培训执法人员的次数多少", "组织行政执法人员专题培训", "", False),
        # The asked kinds on another head, where the lexicon knows neither.
        ("法治文化长廊多少", "建成县级法治文化公园1个、法治文化街", "", True),
        # The asked thing by a shorter name, after what was done to it…
        ("法治文化长廊多少", "打造法治长廊", "", False),
        # …but what was done to it is no asked doing the sentence never names.
        ("审结法律援助案件多少", "全年接收法律援助案件", "", True),
        # The sessions of a programme the question names, under its quoted name.
        ("逢九必讲的法治讲座多少期", "举办“法治讲堂•逢九必讲”培训", "", False),
        ("法治讲座多少期", "举办“法治讲堂•逢九必讲”培训", "", True),
        # Another thing of a qualified family-wide head's family, its clause not qualifying it.
        ("规范性文件多少", "依托法律顾问审查合同协议", "", True),
        ("规范性文件多少", "处理涉法事务", "", True),
        ("规范性文件多少", "审查规范性文件", "", False),
        # Case files are no cases.
        ("执法案卷多少", "办理行政许可案件", "", True),
        # The asked verb read onto the noun is the action asked, no kind of it.
        ("分发的普法资料多少份", "普法活动中分发资料", "", False),
        # The head alone, the action done to it before it: counts the asked kind only where
        # the sentence names that kind.
        ("普法资料多少份", "普法活动中发放资料", "", False),
        ("行政应诉案件多少", "审核案件", "", True),
        ("分发的普法资料多少份", "印制资料", "", True),
    ],
)
def test_the_noun_touching_a_figure_says_what_it_counts(
    asked: str, before: str, after: str, other: bool
) -> None:
    clause = f"{before}9件{after}"
    assert CountedThing(asked).other(clause, before, after) is other


def test_a_counted_noun_qualifying_another_counts_none_of_it() -> None:
    # "乡镇政务服务大厅22个" counts halls; "问题线索3条" leads, not problems.
    before = "建设完成乡镇政务服务大厅"
    assert CountedThing("乡镇多少").other(f"{before}22个", before, "", "", "个")
    assert CountedThing("发现的问题多少").other("上报问题线索3条", "上报问题线索", "", "", "条")
    # The noun itself is counted.
    assert not CountedThing("乡镇多少").other("26个乡镇(区)", "", "乡镇(区)", "", "个")


def test_a_second_name_in_brackets_names_the_kind() -> None:
    thing = CountedThing("调解员培训多少场次", ["法律明白人"])
    before = "分层分类组织开展“法律明白人”业务培训"
    assert not thing.other(f"{before}2场次", before, "")
    assert CountedThing("调解员培训多少场次").other(f"{before}2场次", before, "")


def test_another_kind_of_case_is_no_row_of_a_ranking(lexical_service: AnswerService) -> None:
    # 额敏县: "4个行政处罚案件入选…典型案例" counts no legal-aid case.
    text, rows = values(lexical_service, "法律援助这块儿，案件数量哪个县排第一？")
    assert rows[EMIN] is None
    assert rows[YECHENG] == "543件" and rows[UNNAMED] == "103件"
    assert "叶城县" in text.splitlines()[0]


def test_another_kind_of_staff_is_no_row_of_a_table(lexical_service: AnswerService) -> None:
    # 叶城县: "配备专职律师、法官、工作人员3名" are no 法制审核 staff.
    _, rows = values(lexical_service, "法制审核的人员，各县分别配了几名")
    assert rows[EMIN] == "75名"
    assert rows[YECHENG] is None


def test_people_of_one_kind_are_counted_as_people(lexical_service: AnswerService) -> None:
    _, rows = values(lexical_service, "各县有执法证的人员分别多少人")
    assert rows[EMIN] == "585人" and rows[AKETAO] == "9名"


def test_case_files_are_ranked_by_their_own_count(lexical_service: AnswerService) -> None:
    # 叶城县: "办理行政许可案件9691件" counts cases, no case files; 普兰县 counts its
    # reviewed files ("评查案卷66件"), not the 12 units it reviewed.
    text, rows = values(lexical_service, "抽查执法案卷的数量，哪里排第一")
    assert rows[YECHENG] is None
    assert rows[EMIN] == "126件" and rows[PULAN] == "66件"
    assert "额敏县" in text.splitlines()[0]


def test_a_table_of_trainings_leaves_out_lectures(lexical_service: AnswerService) -> None:
    # 普兰县: "开展专题学法、法治讲座2场次" counts lectures, no trainings.
    _, rows = values(lexical_service, "各地组织执法人员培训的次数分别是多少")
    assert rows[PULAN] is None
    assert rows[AKETAO] == "3次" and rows[UNNAMED] == "6次"


def test_an_amount_of_money_is_no_counted_noun(lexical_service: AnswerService) -> None:
    # "执行到位855.63万元" never says 金额: the amount is what the figure states.
    text, rows = values(lexical_service, "执行到位的金额，哪个地方最高")
    assert rows[EMIN] == "855.63万元"
    assert text.splitlines()[0].startswith("最高的是额敏县")


@pytest.mark.parametrize(
    ("phrase", "joined", "apart"),
    [
        # jieba cuts a one-character noun off the compound it ends.
        ("执法证新发了", "执法证", "证"),
        ("建成法治文化墙", "文化墙", "墙"),
        # 数 after a noun names its amount: no part of the noun.
        ("办理案件数", "案件", "案件数"),
    ],
)
def test_a_one_character_noun_ends_the_compound_before_it(
    phrase: str, joined: str, apart: str
) -> None:
    words = [word for word, _ in compounded(pos_tags(phrase))]
    assert joined in words and apart not in words


def test_a_head_cut_in_two_still_says_what_is_counted(lexical_service: AnswerService) -> None:
    # "执法证" (执法 + 证): 额敏县's "监督意见书22份" and 克孜勒陶镇's "整改通知书5份" are no
    # certificates issued.
    _, rows = values(lexical_service, "各地执法证新发了多少本？")
    assert rows[PULAN] == "25本"
    assert rows[EMIN] is None and rows[AKETAO] is None


@pytest.mark.parametrize(
    ("before", "other"),
    [
        # A verb written onto the nouns after it belongs to the thing counted ("行政强制案件").
        ("行政强制案件", True),
        # What the noun adds beyond the asked words: 复议 to 行政.
        ("受理行政复议案件", True),
        ("今年出庭应诉案件", False),
    ],
)
def test_a_verb_glued_to_the_counted_noun_names_its_kind(before: str, other: bool) -> None:
    assert CountedThing("行政应诉案件多少件").other(f"{before}9件。", before, "。") is other


def test_a_ranking_of_one_kind_of_case_leaves_out_another(lexical_service: AnswerService) -> None:
    # 额敏县: "全年接收行政复议案件38件" are reviews, none of the lawsuits asked for.
    _, rows = values(lexical_service, "哪个县行政应诉案件最多？")
    assert rows[EMIN] is None
    assert rows[AKETAO] == "1起"


def test_a_place_before_the_counted_noun_is_no_kind_of_it() -> None:
    # "叶城县行政案卷评查3次" counts reviews of case files, whoever's they are.
    thing = CountedThing("行政执法案卷评查数量多少")
    before = "2023年以来开展叶城县行政案卷评查"
    assert not thing.other(f"{before}3次，", before, "，")


def test_a_kind_sharing_a_word_with_the_asked_one_is_still_another() -> None:
    # 行政复议 shares 行政 with 行政诉讼 and adds 复议: reviews are no lawsuits.
    before = "受理行政复议案件"
    assert CountedThing("行政诉讼案件多少").other(f"{before}9件，", before, "，")


@pytest.mark.parametrize(
    ("asked", "other"), [("行政诉讼案件多少", True), ("行政复议案件多少", False)]
)
def test_a_figure_with_no_noun_counts_what_the_clause_before_counted(
    asked: str, other: bool
) -> None:
    earlier = "2023年以来,受理行政复议案件11件,"
    assert CountedThing(asked).other("已办结11件。", "已办结", "。", earlier) is other


def test_whose_things_they_are_is_no_kind_of_them() -> None:
    # 群众 are counted in people: "群众办件" are the cases the public filed.
    before = "热线中心累计受理企业、群众办件"
    assert not CountedThing("政务服务办件多少").other(f"{before}9件，", before, "，")


def test_a_ranking_of_lawsuits_leaves_out_reviews(lexical_service: AnswerService) -> None:
    _, rows = values(lexical_service, "行政诉讼案件哪个县最多")
    assert rows[YECHENG] is None
    assert rows[UNNAMED] == "2件"


def test_an_amount_asked_of_a_noun_ending_in_people(lexical_service: AnswerService) -> None:
    # "明白人数量" is the amount of 明白人, not 人数 followed by 量.
    assert measured("法律明白人数量哪个县最多？") == "法律明白人多少"
    _, rows = values(lexical_service, "法律明白人数量哪个县最多？")
    assert rows[AKETAO] == "126人" and rows[YECHENG] == "1166名"


def test_money_is_no_count_of_advisers(lexical_service: AnswerService) -> None:
    # No report counts its legal advisers; 普兰县 states their funding (8万元).
    answer = lexical_service.ask("哪个县聘请的法律顾问人数最多？")
    assert "万元" not in answer.answer


def test_the_pieces_of_a_number_weigh_nothing(lexical_service: AnswerService) -> None:
    # The samples' dictionary knows "12" as a word; in "12345" it names no part of the hotline,
    # and a store of many reports knows many more such pieces.
    weights = question_weights("12345政务热线接了多少电话", lexical_service.store.lexical())
    assert "12345" in weights
    assert not [word for word in weights if word.isdigit() and word != "12345"]


def test_a_colloquial_word_binds_as_the_reports_word(lexical_service: AnswerService) -> None:
    # 案子 is read as the reports' 案件: "收到行政复议申请1件" says the 复议 asked, as much
    # of 复议案子 as of 复议案件.
    text, rows = values(lexical_service, "普兰县和额敏县的复议案子相差多少")
    assert rows == {PULAN: "1件", EMIN: "38件"}
    assert text.splitlines()[-1] == "额敏县为38件[2]，比普兰县的1件[1]多37件。"
    answer = lexical_service.ask("普兰县的复议案子多少")
    assert answer.kind == "fact"
    assert "全年收到行政复议申请1件" in answer.answer


def test_a_measure_of_another_thing_counts_it() -> None:
    # 问题 counts in 项/条, 卷宗 (案卷) in 件: "问题173条" counts no files…
    thing = CountedThing("执法卷宗多少")
    assert thing.other("共查出存在的问题9条", "共查出存在的问题", "", "", "条")
    # …while "热线问题730件" is counted in the asked thing's own measure.
    thing = CountedThing("热线办件多少")
    assert not thing.other("回复热线问题9件", "回复热线问题", "", "", "件")
    # 案件 counted in its very own measure counts cases, though 建议 may be counted in 件 too;
    # a noun ending with what the paired head 意见建议 ends with is a kind of it.
    thing = CountedThing("提出的意见建议多少条")
    assert thing.other("办理涉企案件9件", "办理涉企案件", "", "", "件")
    assert not thing.other("提出风险防范建议9条", "提出风险防范建议", "", "", "条")


def test_a_table_counts_the_asked_thing_by_its_shorter_name(
    lexical_service: AnswerService,
) -> None:
    # 克孜勒陶镇 "打造法治长廊2个,法律图书角16个": the 长廊 built, not the book corners;
    # 额敏县 "法治文化街1条" is a street, no 长廊.
    _, rows = values(lexical_service, "各地的法治文化长廊分别建了几个")
    assert rows[AKETAO] == "2个" and rows[EMIN] is None
