"""Questions typed as people speak and type them: what the bot does, asked with 这个; an English
word run into Chinese, kept out, while pinyin is still read; a pass rate asked in English; a
place name written with a character of the name's other reading; a report described between
spaces; the part not yet done, asked in the next turn; a place's standing after a ranking;
things added to the one asked before; a question over every report beside another; a thing
asked bare before a count; how a wording is put, asked in a sentence of its own; the level a
thing reaches, asked after a place; next year's plans with whether they say a word; a dotless
programme name; the parts to touch on, named in a sentence of their own; a row each, asked one
at a time; two fields of next year's plans; no sum of things that are not listed; a field
asked bare before what is asked of it; a thing added by the words opening it; how it was done,
after a figure; one order asked twice, one ranking."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_cited

from retrieval.service import AnswerService


def test_what_the_bot_does_asked_with_zhege(lexical_service: AnswerService) -> None:
    for question in ("喂，你这个能干点啥", "您这边都能干啥？"):
        answer = lexical_service.ask(question)
        assert answer.kind == "chitchat", question
        assert not answer.citations


def test_an_english_word_run_into_chinese_is_left_out(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县案卷inspection抽查了多少件")
    check_cited(answer)
    assert "126件" in answer.answer
    # (Letters that spell pinyin are still read as the reports' words.)
    typed = lexical_service.ask("额敏xingzheng复议接收多少件")
    assert "38件" in typed.answer


def test_a_pass_rate_asked_in_english(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("那份不署名的材料里，考证的pass rate是")
    check_cited(answer)
    assert "88.16%" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_a_place_name_by_the_other_reading_of_a_character(
    lexical_service: AnswerService,
) -> None:
    # 勒 reads lei alone and le in the name: 了 is heard as it.
    answer = lexical_service.ask("克孜了陶镇积分管理给多少户赋了分")
    check_cited(answer)
    assert "957户" in answer.answer
    assert "克孜勒陶镇" in (answer.notice or "")


def test_a_report_described_between_spaces(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("有份材料 没写县名的 执法证年审的人数多少")
    check_cited(answer)
    assert "427名" in answer.answer
    assert "未在报告中找到" not in answer.answer


def test_the_part_not_yet_done_asked_next(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏清欠工作里300万元以上的民事案件多少件，履行了几件",
        "这么说还剩几件没履行",
    )
    check_cited(answer)
    assert "2件" in answer.answer
    assert "16件−14件" in answer.answer


def test_a_place_standing_after_a_ranking(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "各县调解纠纷的件数谁最多", "我们普兰排第几")
    check_cited(answer)
    assert answer.kind == "ranking"
    assert answer.answer.startswith("普兰县")
    assert "排第5" in answer.answer


def test_things_added_to_the_one_asked_before(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "普兰的普法经费有多少", "和法律顾问经费、工作经费加一起是多少"
    )
    check_cited(answer)
    assert "合计13万元" in answer.answer
    assert answer.answer.startswith("普兰县（按上一问）")


def test_two_rankings_in_one_message(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("复议案件哪个县收得最多，法援案件又是哪个县最多")
    check_cited(answer)
    assert answer.answer.count("最多的是") == 2
    assert "543件" in answer.answer and "38件" in answer.answer


def test_a_figure_beside_which_reports_say_a_word(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县全年调解了多少纠纷？哪些报告写到了法律明白人")
    check_cited(answer)
    assert "85件" in answer.answer
    assert "3份报告提到" in answer.answer


def test_a_thing_asked_bare_before_a_count(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城权责清单 行政奖励呢 总共多少项职权")
    check_cited(answer)
    assert "70项" in answer.answer and "3415项" in answer.answer
    # (A rate asked bare is no count in the next part's measure.)
    rate = asked_in_turns(lexical_service, "额敏复议案件收了多少", "纠错率呢，一共纠错了几件")
    assert "25%" in rate.answer and "3件" in rate.answer


def test_how_a_wording_is_put_asked_on_its_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("备案审查，有哪几份报告涉及？原文是如何表述的")
    check_cited(answer)
    assert answer.kind == "mentions"
    assert "“备案审查”" in answer.answer
    assert "表述" not in answer.answer.splitlines()[0]


def test_the_level_a_thing_reaches_asked_after_a_place(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "叶城的乡镇公共法律服务站有几个", "顾问覆盖到了哪一层")
    check_cited(answer)
    assert answer.kind != "mentions"
    assert "370个村" in answer.answer


def test_next_years_plans_with_whether_they_say_a_word(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城2024年队伍建设方面怎么安排的 裁量基准写没写")
    check_cited(answer)
    assert "加强法治队伍建设" in answer.answer
    assert "裁量权基准" in answer.answer
    assert "仅有2023年度" not in answer.answer


def test_a_programme_named_without_its_dot(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏和叶城“法治讲堂逢九必讲”各办了几期")
    check_cited(answer)
    assert "12期" in answer.answer and "36期" in answer.answer


def test_parts_to_touch_on_named_in_a_sentence_of_their_own(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县规范执法上做了啥？案卷评查、专项检查、执法证都讲讲")
    check_cited(answer)
    assert answer.kind == "list"
    assert "66件" in answer.answer and "3次" in answer.answer and "25本" in answer.answer


def test_a_row_each_asked_as_one_at_a_time(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各报告里法律顾问怎么配的？一个一个来讲")
    check_cited(answer)
    assert "好地方" not in answer.answer
    assert "8个镇(街道)" in answer.answer


def test_two_fields_of_next_years_plans(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("未署名那份 明年执法监督与涉企检查打算怎么做")
    check_cited(answer)
    assert "优化法治环境" in answer.answer
    assert "健全规范监督体系" in answer.answer


def test_no_sum_of_things_that_are_not_listed(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "2024年额敏被自治区督察反馈了几条问题",
        "地区的呢？共性、个性各几条",
        "这几项一共多少条",
    )
    check_cited(answer)
    # (The 5条 of another feedback, 述法, is never added in.)
    assert "22条" not in answer.answer


def test_a_field_asked_bare_before_what_is_asked_of_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "克孜勒陶镇公职律师聘了几个", "应诉呢 领导出庭过几回")
    check_cited(answer)
    assert not answer.abstained
    assert "出庭应诉1起" in answer.answer


def test_a_thing_added_by_its_own_opening(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "叶城的公证费减免了多少", "上门免掉的现场费跟那笔公证费合起来多少钱"
    )
    check_cited(answer)
    assert "合计43900元" in answer.answer


def test_how_it_was_done_after_a_figure(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏县一年里调处纠纷多少件", "具体是怎么做的")
    check_cited(answer)
    assert answer.kind == "list"
    assert "深化矛盾纠纷多元化解" in answer.answer
    # (Not the report's outline from its first part on.)
    assert "总体推进情况" not in answer.answer


def test_one_order_asked_twice_is_one_ranking(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪个县的报告发布最早，发布时间排一下")
    check_cited(answer)
    assert answer.answer.startswith("最早的是叶城县")
    assert "从晚到早" not in answer.answer
