"""Follow-ups about what was just told: its figures added up ("加起来多少"), the other places
that do it ("还有别的县这么干吗"), an item of it ("刚才说的第三条"), the two places just asked
set side by side ("哪个多些"), another doing asked likewise ("出庭应诉呢"), where it is said.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer

from retrieval.query.measure import measured_as
from retrieval.service import AnswerService


def test_the_figures_just_told_added_up(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县的法治经费财政拨了多少", "加起来是多少")
    assert not answer.abstained
    assert answer.answer.splitlines()[-1].startswith("合计13万元（2万元+3万元+8万元")


def test_other_places_doing_it_too(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县扫码入企是怎么搞的", "别的县也这么干吗")
    assert answer.kind == "mentions"
    assert "提到“扫码入企”的还有：未署名报告（003_fb758e20d058b773.txt）" in answer.answer
    alone = asked_in_turns(
        lexical_service, "没写县名那份里的智慧检务中心是怎么回事", "其他报告有吗"
    )
    assert alone.kind == "mentions"
    assert "没有其他报告提到“智慧检务中心”" in alone.answer


def test_an_item_of_what_was_just_told(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县报告说了哪些问题", "刚才说的第二条展开讲讲")
    assert answer.kind == "list"
    assert "二是基层法律服务效能不高[" in answer.answer
    assert "特色与亮点" not in answer.answer


def test_the_two_places_just_asked_weighed_softly(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "克孜勒陶镇全年普法活动开展了几场", "没写县名那份呢", "哪个多些呀"
    )
    assert answer.kind == "comparison"
    assert "为400余场次[2]，多于阿克陶县克孜勒陶镇的128场次[1]" in answer.answer


def test_another_doing_asked_likewise_is_counted_as_it_is(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇征集了多少人大代表建议", "那出庭应诉呢")
    assert "出庭应诉1起[" in answer.answer and "30件" not in answer.answer
    check_answer(answer)


def test_a_request_to_look_before_the_question(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("帮忙查一下 叶城多少家企业做了法治体检")
    assert "组织36家民营企业召开“法治体检”座谈会3次[" in answer.answer
    told = asked_in_turns(lexical_service, "额敏普法宣讲团有几个人", "这是在哪部分写的")
    assert "组建22人专业宣讲团[" in told.answer
    assert "见于额敏县“三、法治政府建设工作特色与亮点" in told.answer


def test_a_count_keeps_its_measure_only_for_a_thing_counted_alike() -> None:
    assert measured_as("规范性文件", "审了多少件") == "审了多少件"
    assert measured_as("抽查案卷", "多少项") == "多少"
    assert measured_as("应急演练", "发了多少条") == "发了多少"
    assert measured_as("培训", "多少") == "多少"


def test_a_place_and_the_count_its_report_writes(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县对执法人员培训每年要求几次", "叶城写的是几次")
    assert "叶城县：三是每年对行政执法人员业务培训不少于2次[" in answer.answer


def test_a_count_in_another_measure_is_of_the_thing_before(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇积分兑换这块 有多少户 兑了多少钱")
    assert "兑换97496元[" in answer.answer
    check_answer(answer)


def test_whether_a_place_does_it_too_after_a_count(lexical_service: AnswerService) -> None:
    # 额敏 sends lawyers into enterprises for a 法治体检 but counts no enterprises.
    answer = asked_in_turns(lexical_service, "叶城为几家企业做了法治体检", "额敏县也有吗")
    assert not answer.abstained
    assert answer.answer.startswith("额敏县：") and "律师进企业" in answer.answer
    check_answer(answer)


def test_where_both_places_just_asked_say_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县行政复议申请收到几件", "额敏县呢", "这俩分别出自哪段"
    )
    assert "见于普兰县“一、工作开展情况 > (二)" in answer.answer
    assert "见于额敏县“二、" in answer.answer and "提升矛盾纠纷解决效能”部分" in answer.answer
    check_answer(answer)
    lists = asked_in_turns(lexical_service, "普兰县有哪些不足", "那额敏呢", "它们出自哪部分")
    assert "见于普兰县“二、存在的问题与不足”" in lists.answer
    assert "见于额敏县“四、" in lists.answer and "见于额敏县“五、" not in lists.answer


def test_where_only_the_last_is_said_when_the_two_turns_asked_apart(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县有哪些不足", "额敏县下一步打算", "这俩出自哪部分"
    )
    assert "见于额敏县“五、下一步工作打算”" in answer.answer
    assert "见于普兰县" not in answer.answer
