"""Questions of a legal-aid clerk, an office intern, a deputy to the county congress and a
retired cadre typing by voice: sides weighed on the rate most of them state; an item that is
all heading shown whole; the whole report's frame; a sum after a question whose thing sits in
the clause before; the plans for every problem just told, or for one named in its own words;
a rate asked of every report after a ranking; the first places, then the last."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.query.metadata_shape import asks_attribute
from retrieval.query.normalize import normalize
from retrieval.query.order import order_of
from retrieval.query.social import is_social
from retrieval.query.when import attribute_of
from retrieval.service import AnswerService


def test_two_sides_stating_one_rate_are_weighed_on_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏与未署名那份比较一下负责人出庭应诉工作，谁干得更好")
    check_cited(answer)
    assert "相同，均为100%" in answer.answer


def test_a_third_side_stating_no_rate_is_said_so(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "负责人出庭应诉方面，克孜勒陶镇、额敏和未署名那家各怎么样，谁弄得好"
    )
    check_cited(answer)
    assert "相同，均为100%" in answer.answer
    assert "阿克陶县克孜勒陶镇未提及可比较的数字" in answer.answer
    # The side with no rate is still quoted on the field.
    assert "出庭应诉1起" in answer.answer


def test_an_item_that_is_all_heading_is_shown_whole(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县宪法宣传一共搞了多少场活动", "那国家安全教育方面呢"
    )
    check_cited(answer)
    assert "248场次" in answer.answer.splitlines()[0]


def test_a_newcomer_to_the_bot_asks_nothing_yet() -> None:
    assert is_social("我是刚来实习的学生，头一回用这个系统，还不太懂，你都能做什么")
    assert not is_social("我不太懂行政复议，额敏县复议案件多少件")


def test_the_frame_of_a_named_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("帮忙理一下额敏县这份报告的总体框架，分成哪几个大部分")
    check_cited(answer)
    assert "共5个" in answer.answer
    assert "五、下一步工作打算" in answer.answer


def test_the_unnamed_report_described_with_an_aside(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "那份没写县名的（正文第一部分讲工作开展情况），涉企检查比上年降了多少"
    )
    check_cited(answer)
    assert "28.42%" in answer.answer


def test_a_sum_after_a_thing_named_in_the_clause_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县法治经费究竟落实没有？拨了多少钱", "这几笔一共多少"
    )
    assert "合计13万元" in answer.answer


def test_a_sum_after_its_parts_were_counted(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰的法治经费有几项，各项拨款多少", "这几项合计是多少万"
    )
    assert "合计13万元" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_a_spoken_light_verb_names_nothing(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶那边搞的积分兑换，一共兑了多少钱")
    check_cited(answer)
    assert "97496元" in answer.answer


def test_the_reports_put_in_time_as_they_came_out(lexical_service: AnswerService) -> None:
    assert attribute_of("这些报告哪份最早，哪份最新") == "published"
    assert attribute_of("哪个县复议案件最少") is None
    answer = lexical_service.ask("这些报告哪份最早，哪份最新")
    check_cited(answer)
    assert answer.answer.startswith("最早的是叶城县")


def test_spoken_forms_read_plainly() -> None:
    assert "报告里谁" in normalize("五个县的报告里头谁复议最多")
    assert normalize("“法治体检”这件事，都有谁在做") == "“法治体检”，都有谁在做"
    assert "100%" in normalize("办结率全都达到百分之百了吗")


def test_both_sides_weighed_after_the_second_is_asked(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "普兰县热线12345一年办件多少",
        "没写县名那份呢，热线办件多少？两家比哪家多",
    )
    check_cited(answer)
    assert "普兰县为1020件" in answer.answer


def test_why_the_gap_is_so_wide_asks_no_figure(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和普兰复议案件各是多少？怎么差这么多")
    check_cited(answer)
    assert "额敏县为38件[1]，多于普兰县的1件[2]。" in answer.answer
    assert "计量单位不同" not in answer.answer


def test_a_bare_rate_after_a_rate_is_of_the_count(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县复议一共收了几件？和解率多少，纠错率呢")
    check_cited(answer)
    assert "25%" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_two_reliefs_added_in_money_asked_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城县公证为困难群众减了多少钱", "两笔减免一共多少")
    assert "合计43900元" in answer.answer


def test_parts_set_against_the_whole_said_in_words(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "叶城的法律援助一共受理多少件",
        "刑事民事认罪认罚加一块跟总数一致吗",
    )
    assert "与所写543件一致" in answer.answer


def test_the_first_places_then_the_last(lexical_service: AnswerService) -> None:
    assert order_of("调解件数前三是谁？最少的呢") == "desc"
    assert order_of("哪个县复议最少") == "asc"
    answer = lexical_service.ask("调解的矛盾纠纷件数前三是哪几个县？最少的是谁")
    check_cited(answer)
    assert answer.answer.startswith("前三是：叶城县")


def test_the_level_above_a_county_asked_after_the_county() -> None:
    assert asks_attribute("究竟是哪个县的 属于哪个市下面", False)


def test_an_older_word_for_the_rule_of_law(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县下一步在法制政府建设上有哪些打算")
    check_cited(answer)
    assert "(四)加强法治队伍建设" in answer.answer


def test_the_plans_for_every_problem_just_told(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰县存在哪些不足", "针对上面这些，明年准备怎么改进")
    check_cited(answer)
    assert "(一)持续强化责任落实" in answer.answer
    assert "(四)加强法治队伍建设" in answer.answer


def test_the_plan_for_a_shortcoming_named_in_its_own_words(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县存在哪些问题", "村里的法律顾问作用不够明显，今后准备怎么解决"
    )
    check_cited(answer)
    assert "法律顾问管理" in answer.answer


def test_a_rate_of_every_report_after_a_ranking(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "化解纠纷的件数哪家最多",
        "那么成功率是否全为百分之百",
    )
    check_cited(answer)
    assert answer.answer.startswith("给出该数字的报告都是100%")


def test_an_average_of_places_asked_in_one_clause(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和普兰两地复议案件平均每家有几件")
    assert "合计39件" in answer.answer
    assert "平均每份约19.5件" in answer.answer
    # One place's figure is no average of anything.
    alone = lexical_service.ask("额敏县复议案件平均多少件")
    assert "平均每份" not in alone.answer


def test_an_average_asked_bare_after_a_sum(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县和克孜勒陶镇化解的矛盾纠纷一共几件，平均呢")
    assert "合计253件" in answer.answer
    assert "平均每份约126.5件" in answer.answer


def test_a_row_says_the_thing_not_who_was_reached(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("法律顾问的覆盖面各地怎么样")
    check_cited(answer)
    rows = [line for line in answer.answer.splitlines() if "：" in line]
    assert rows and all("法律顾问" in row for row in rows)


def test_a_kind_no_list_of_kinds_names_is_not_found(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰的法律援助经费拨了多少万")
    assert answer.abstained
    listed = lexical_service.ask("普兰的普法经费有多少")
    check_cited(listed)
    assert "3万元" in listed.answer


def test_a_look_up_asked_after_the_questions_is_kept(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的报告哪天发布？索引号也顺便帮我查一下")
    check_cited(answer)
    assert "pnx/2026-00010" in answer.answer


def test_the_field_a_question_opens_with_leads_its_later_sentences(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏和普兰，在案卷评查方面各抽了几件案卷？查出或整改了几个问题？")
    check_cited(answer)
    assert "额敏县为230个[1]，多于普兰县的22个" in answer.answer


def test_a_doing_counted_by_what_it_was_done_to(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和普兰比执法案卷评查的话，谁查得多？查出的问题谁多")
    check_cited(answer)
    assert "额敏县为126件[1]，多于普兰县的66件" in answer.answer
    assert "额敏县为230个[1]，多于普兰县的22个" in answer.answer


def test_a_count_of_the_aspect_alone_is_of_the_thing_before(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏对督察反馈的问题怎样整改 一共有几条问题")
    assert "合计40条（17条+6条+17条" in answer.answer
    assert "摸排整改问题10条" not in answer.answer
