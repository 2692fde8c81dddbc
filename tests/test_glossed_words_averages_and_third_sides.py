"""Questions of a scholar writing in two languages, a police legal officer, a village mediator
and a newspaper checker: a verdict on fields each side counts in its own sentence; which side
did better; a count of things said with 个 before them; English glossed in brackets and English
glossed by Chinese; a term of two things tied; the report a question described by what it says,
pointed at next; an average asked with a modal or of the people just counted; a comparison's
other side, asked after it; the third side described, not named; the figures of the reports
just found; one item of a run, in the measure asked; a share of a sum the question lists."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.service import AnswerService


def test_a_field_weighed_where_one_side_counts_it_twice(lexical_service: AnswerService) -> None:
    # 普兰's sentence counts the applications and those concluded: the first is its count.
    answer = lexical_service.ask("额敏与普兰两县的行政复议，对照着看看")
    check_cited(answer)
    assert "额敏县为38件" in answer.answer
    assert "多于普兰县的1件" in answer.answer


def test_which_side_did_better_is_a_verdict_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("清欠企业账款，额敏县与克孜勒陶镇谁干得更强")
    check_cited(answer)
    assert "无法比较" in answer.answer


def test_a_measure_said_in_english_after_ge(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县行政复议一共接收了几个cases")
    check_cited(answer)
    assert "38件" in answer.answer


def test_whether_the_bot_reads_the_reports_asks_what_it_does(
    lexical_service: AnswerService,
) -> None:
    for question in (
        "您可以做些什么？能替我读一读这些报告吗",
        "hello，我在读这方面的PhD。你都能做些啥？可以帮我看看这些report吗",
    ):
        answer = lexical_service.ask(question)
        assert answer.kind == "chitchat", question
        assert not answer.citations


def test_english_glossed_in_chinese_is_asked_in_the_gloss(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("mediation（人民调解）哪几份报告写过")
    check_cited(answer)
    assert "人民调解" in answer.answer
    assert "（人民调解）" not in answer.answer
    assert len({c.source for c in answer.citations}) >= 2
    # (Chinese glossed in English says no more than the Chinese.)
    glossed = lexical_service.ask("调解（mediation）方面普兰县干了什么")
    check_cited(glossed)
    assert not glossed.abstained


def test_a_tie_between_two_things_with_its_short_name(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行政执法与刑事司法衔接（即两法衔接），有哪份报告写了")
    check_cited(answer)
    assert {c.source for c in answer.citations} == {"003_fb758e20d058b773.txt"}


def test_a_report_described_by_what_it_says_is_pointed_at_next(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service,
        "有一份报告说组建了20人社会监督团，它设了几个企业联系点",
        "它是哪个县的报告",
    )
    assert "未载明地区" in answer.answer


def test_an_average_asked_with_a_modal(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "积分兑换那块，克孜勒陶镇兑了多少钱、给几户赋分", "每户平均可以换到多少钱"
    )
    assert "101.88元" in answer.answer


def test_an_average_over_the_people_just_counted(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县配备法制审核人员多少名，审核了多少案件", "那平均一个人审了几件"
    )
    assert "法制审核人员" in answer.answer
    # (400余件: more than 400, so the average is more than its quotient.)
    assert "5.33件以上" in answer.answer


def test_a_comparisons_other_side_asked_after_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰县一年里调解的纠纷件数是不是比克孜勒陶镇少", "那额敏县呢"
    )
    check_cited(answer)
    assert "963件" in answer.answer


def test_the_issuer_asked_as_where_it_was_sent_from(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县的报告是从哪儿发出的")
    check_cited(answer)
    assert "叶城县司法局" in answer.answer


def test_parts_asked_after_a_turn_read_in_its_sentence(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县热线12345按时办结率多少", "满意度多少？受理、办结又分别是多少件"
    )
    check_cited(answer)
    assert "37116件" in answer.answer
    assert "37082件" in answer.answer
    assert "11件" not in answer.answer


def test_three_sides_added_up_said_as_three(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏、普兰和叶城受理的行政复议案件，三个加起来共多少")
    check_cited(answer)
    assert "合计50件" in answer.answer


def test_a_count_of_those_who_took_part_is_labelled_so(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("培训执法人员，各地各搞过几次、多少人参加，列个表")
    check_cited(answer)
    assert "做人参加" not in answer.answer
    assert "搞次数" not in answer.answer


def test_only_one_years_reports_pointed_at_by_count(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "化解矛盾纠纷，哪个地方最多", "那只算2025年这几家呢")
    check_cited(answer)
    assert "叶城" not in answer.answer.splitlines()[0]
    assert "额敏县" in answer.answer.splitlines()[0]


def test_the_report_naming_no_county_as_a_third_side(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县和普兰县的案卷各抽查了多少件，谁多", "那个没写名的县呢"
    )
    check_cited(answer)
    assert "104份" in answer.answer
    assert "126件" in answer.answer


def test_one_item_of_a_run_in_the_measure_asked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没写县名那一份报告里抽查案卷多少份")
    check_cited(answer)
    assert "104份" in answer.answer


def test_the_city_and_county_of_the_unnamed_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("不署名的那份材料究竟属于哪个市哪个县")
    assert "未载明地区" in answer.answer


def test_the_figures_of_the_reports_just_found(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "扫码入企有几份报告提到", "具体数字都是多少")
    check_cited(answer)
    assert "1.4万户" in answer.answer
    assert "58家" in answer.answer


def test_a_share_of_the_sum_of_things_listed(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县办了多少件行政强制案件", "占许可、处罚和强制这三类合计的比例"
    )
    assert "47件" in answer.answer
    assert "13270件" in answer.answer
    assert "0.4%" in answer.answer


def test_what_a_lecture_team_spoke_on(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县专业宣讲团有几个人，讲些什么")
    check_cited(answer)
    assert "22人" in answer.answer
    assert "交通安全" in answer.answer


def test_which_did_better_where_one_report_admits_it_lacking(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("新媒体普法上，普兰县与克孜勒陶镇谁干得更好")
    check_cited(answer)
    last = answer.answer.splitlines()[-1]
    assert "普兰县做得更好" in last
    assert "存在的问题" in last


def test_what_the_asker_wants_said_before_the_part(lexical_service: AnswerService) -> None:
    for question in ("我要看一下叶城县存在问题", "我想要普兰县问题与不足的一个归纳"):
        answer = lexical_service.ask(question)
        assert answer.kind == "list", question
        assert "存在" in answer.citations[0].section, question


def test_plans_asked_after_problems_of_one_field(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县执法规范化方面有哪些不足，明年咋改")
    check_cited(answer)
    assert "规范自由裁量权" in answer.answer


def test_the_city_a_report_belongs_to(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("那份没写县名的材料属于哪个市")
    assert "未载明地区" in answer.answer
    # (A report found by what it says is the one that says it.)
    found = lexical_service.ask("提到智慧检务中心这份报告，属于哪个市")
    assert "003_fb758e20d058b773.txt" in found.answer


def test_which_one_lacks_its_county_name(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪一份没写县的名字")
    assert answer.answer.startswith("未署名报告（003_fb758e20d058b773.txt）未载明地区")


def test_a_figure_put_forward_with_a_tag_is_checked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县述法以后民主测评的好评率为99.8%对吧")
    assert "与所述不符" in answer.answer
    assert "98.9%" in answer.answer
    quoted = lexical_service.ask("文章说涉企检查比上年少了28.24%，就是这个数吗")
    assert "与所述不符" in quoted.answer
    assert "28.42%" in quoted.answer


def test_an_average_over_each_document_counted(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "额敏县行政执法监督意见书一共发了几份", "平均每份意见书督促整改多少个问题"
    )
    assert "10.45个" in answer.answer


def test_a_count_of_a_thing_of_its_own_beside_a_list(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("在应对突发事件上克孜勒陶镇干了些什么，灾害信息员有几名")
    check_cited(answer)
    assert "39名" in answer.answer
    assert "一是" in answer.answer


def test_each_thing_of_a_field_bound_in_its_own_item(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("案卷评查方面，额敏县和没署名那份对照：抽查多少、整改多少问题")
    check_cited(answer)
    assert "104份" in answer.answer
    assert "单位不同" not in answer.answer


def test_those_who_got_a_certificate_are_not_those_who_sat_for_it(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("今年取得执法证的人数，哪家最多")
    check_cited(answer)
    assert "42名" not in answer.answer
    assert "57人" not in answer.answer
    assert "216人" in answer.answer.splitlines()[0]
    alone = lexical_service.ask("额敏县新领到执法证的多少人")
    assert alone.abstained


def test_the_fields_terms_typed_in_english(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县rule of law的budget给了多少")
    check_cited(answer)
    assert "2万元" in answer.answer
    assert "1075万元" not in answer.answer


def test_a_year_with_no_report_named_in_a_follow_up(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城县legal aid受理了多少件", "换成2025年的叶城县呢，受理了几件"
    )
    assert answer.abstained
    assert "543件" not in answer.answer


def test_the_period_of_what_there_is_after_a_year_not_held(
    lexical_service: AnswerService,
) -> None:
    answer = asked_in_turns(
        lexical_service, "2025年叶城县热线12345受理多少件", "那现有的是哪年的数字"
    )
    check_cited(answer)
    assert "37116件" in answer.answer
    assert "2023年度" in answer.citations[0].title
