"""Figures worked out of what one report lists (a sum's share of its whole, a part's share of a
sum, whether the parts make up the whole, two dates apart), turns that lean on the ones before
(the period of a ranked figure, a place's like of it, the figures of what was found), mention
terms read as written, and counts bound to what restricts them: on the real reports."""

from __future__ import annotations

from answer_rules import SAMPLES, asked_in_turns, check_answer, check_cited, cited_rows, cited_turns

from retrieval.query.about_answer import claimed_figure
from retrieval.query.laid_out import stated_only, stated_only_then
from retrieval.query.normalize import normalize
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_the_period_of_one_ranked_figure_is_told_of_it(lexical_service: AnswerService) -> None:
    _, told = cited_turns(
        lexical_service, "各报告12345热线办件数量排个名", "叶城那个数算一年的量吗"
    )
    assert told.answer.startswith("叶城县：") and "37116件" in told.answer
    assert "不是单一年度的数" in told.answer and "普兰县" not in told.answer


def test_certificates_counted_by_the_people_who_got_them(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没写县名的那份今年新增了多少本执法证")
    check_answer(answer)
    assert "216人取得执法证" in answer.answer
    # Those who hold one ("持证执法人员585人") were not all issued one this year.
    answer = lexical_service.ask("额敏县和普兰县各新增了几本执法证")
    assert "585人" not in answer.answer and "25本" in answer.answer


def test_a_figure_after_a_sentence_naming_another_kind_is_no_answer(
    lexical_service: AnswerService,
) -> None:
    # "支持法院依法受理和审理行政案件。…出庭应诉1起": no 行政复议 case is counted there.
    answer = lexical_service.ask("克孜勒陶镇一年受理几件行政复议案子")
    assert answer.abstained, answer.answer


def test_a_sum_after_a_count_and_a_rate_adds_the_counts(lexical_service: AnswerService) -> None:
    *_, summed = cited_turns(
        lexical_service,
        "克孜勒陶镇全年化解矛盾纠纷多少件？化解成功率多少？",
        "普兰县呢",
        "这两个地方合计多少件",
    )
    assert "合计253件" in summed.answer and "高于" not in summed.answer


def test_figures_both_said_at_least_are_about_so_far_apart(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和003那份全年普法宣传各搞了多少场次，差了多少场")
    check_cited(answer)
    assert "多约180场次（两数均为约数）" in answer.answer


def test_the_average_of_one_year_s_reports(lexical_service: AnswerService) -> None:
    *_, mean = cited_turns(
        lexical_service,
        "各报告化解矛盾纠纷多少件，列个表",
        "假如只算2025年那四份，平均一份多少件",
    )
    assert "合计1628件" in mean.answer and "约407件" in mean.answer
    assert "5726件" not in mean.answer


def test_the_share_of_things_added_in_the_whole_they_are_listed_in(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城的行政强制和行政征收加起来多少项，占总数的比例是多少")
    check_cited(answer)
    assert "合计164项" in answer.answer
    assert "行政强制156项+行政征收8项=164项，占梳理行政职权3415项[1]的4.8%" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_a_part_s_share_of_the_sum_of_the_things_counted_each(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask(
        "额敏检查码库里企业和个体工商户各多少户？合计多少户，个体户大概占几成"
    )
    check_cited(answer)
    assert "合计14770户" in answer.answer
    assert "个体工商户12914户占企业1856户+个体工商户12914户=14770户[1]的87.4%" in answer.answer
    assert "检查码库里" not in answer.answer.splitlines()[-1]


def test_whether_the_parts_listed_make_up_the_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰热线办件1020件，咨询和投诉两项相加对不对得上")
    check_cited(answer)
    assert "其中所列各项合计1020件（815+205），与所写总数1020件一致[1]" in answer.answer


def test_two_dates_of_one_report_apart(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县的报告从落款到网上发布隔了几天")
    check_cited(answer)
    assert "两者相隔12天[1][2]（按所引日期计算）。" in answer.answer
    answer = lexical_service.ask("克孜勒陶镇报告成文和发布差了多少天")
    assert "两者是同一天" in answer.answer


def test_which_reports_give_a_figure_is_a_table_of_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪几份报告给出了12345热线办件的件数")
    values = cited_rows(answer)
    assert answer.kind == "table"
    assert values[YECHENG] and "37116" in values[YECHENG]
    assert values[EMIN] is None


def test_quoted_words_each_a_term_asked_as_written(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("“率先”“首届”这两个词哪些报告里出现过")
    check_cited(answer)
    assert "2份报告提到“率先”" in answer.answer and "1份报告提到“首届”" in answer.answer
    assert "第一" not in answer.answer.split("提到“率先”")[1]
    # "在“存在问题”里": the part is where to look, not what is looked for.
    assert normalize("在“存在问题”里提到短视频的") == "在存在问题里提到短视频的"


def test_one_report_then_the_others_in_one_turn(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇写了“枫桥经验”没有？其他几份还有谁也写了？")
    check_cited(answer)
    assert answer.kind == "mentions"
    assert {row.source for row in answer.rows or [] if row.value} == {AKETAO, PULAN}


def test_a_count_restricted_by_a_doing_is_not_another_count(
    lexical_service: AnswerService,
) -> None:
    # "组织25名行政执法人员参加资格考试": exam takers, not those holding a certificate.
    answer = lexical_service.ask("普兰县现在持证的执法人员有多少人")
    assert answer.abstained, answer.answer
    answer = lexical_service.ask("额敏县现在持证的执法人员有多少人")
    assert "585人" in answer.answer


def test_which_things_and_how_many_quotes_each_side_s_run(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶和叶城的法治文化阵地，各建了些什么、多少个")
    check_cited(answer)
    assert "法律图书角16个" in answer.answer and "法治文化墙2650面" in answer.answer
    assert "多于" not in answer.answer


def test_the_figures_of_what_one_report_was_found_to_say(lexical_service: AnswerService) -> None:
    _, figures = cited_turns(lexical_service, "叶城那份写没写“法律明白人”", "那它的具体数字呢")
    assert "1166名" in figures.answer and not figures.abstained


def test_each_item_s_figures_of_a_part(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏报告的特色亮点有几条？每一条里关键的数据是什么")
    check_cited(answer)
    assert "22人专业宣讲团" in answer.answer and "230个" in answer.answer
    assert "存在的问题" not in answer.answer
    # "最能说明问题": what tells most, no problems asked of.
    assert "问题" not in normalize("最能说明问题的数字")


def test_only_the_figures_of_a_list_and_the_like_of_another_place(
    lexical_service: AnswerService,
) -> None:
    _, figures, likewise = cited_turns(
        lexical_service,
        "克孜勒陶镇在应急管理上干了什么",
        "数字就行",
        "那叶城这方面有没有类似的数据",
    )
    assert "19支194人" in figures.answer and "305条" in figures.answer
    assert likewise.answer.startswith("叶城县：") and "近万人" in likewise.answer


def test_a_figure_put_forward_after_a_doubt(lexical_service: AnswerService) -> None:
    assert claimed_figure("真的吗？我查到的是5762件") == "5762件"
    answer = asked_in_turns(lexical_service, "叶城调解了多少件纠纷", "你确定？我看到的是5762件")
    assert answer.answer.startswith("报告写的是5726件[1]，不是5762件。")


def test_the_silent_left_out_and_the_rest_in_order(lexical_service: AnswerService) -> None:
    assert stated_only("没写的去掉，从多到少排一下")
    assert stated_only_then("没写的去掉，从多到少排一下") == "从多到少排一下"
    _, ranked = cited_turns(
        lexical_service, "行政复议案件各报告多少件，列成表", "没写的去掉，从多到少排一下"
    )
    assert ranked.kind == "ranking" and "未提及" not in ranked.answer
    assert ranked.answer.index("38件") < ranked.answer.index("11件")


def test_one_sentence_answering_two_questions_is_said_once(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("克孜勒陶镇村规民约加了哪些内容？由谁审核？")
    check_answer(answer)
    spans = [(c.source, c.start, c.end) for c in answer.citations]
    assert "司法所" in answer.answer and len(spans) == len(set(spans))


def test_as_many_places_as_were_ranked_are_those_places(lexical_service: AnswerService) -> None:
    *_, summed = cited_turns(
        lexical_service,
        "额敏和普兰抽查的执法案卷谁多",
        "003的呢，和它俩相比呢",
        "这三家整改的问题合计多少个",
    )
    assert "叶城县" not in summed.answer and "阿克陶县" not in summed.answer
    assert "额敏县" in summed.answer and "33个" in summed.answer
