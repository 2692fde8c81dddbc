"""Who did a counted deed ("法院里的调解室开展诉前调解几件") is said apart from what is counted:
a report may name the doer in one clause and count the deed in another.

Questions are written from the sample reports' text; excerpts are checked against the report
files.
"""

from __future__ import annotations

from answer_rules import check_answer, check_citation

from retrieval.query.counted_part import asked_part
from retrieval.schema import Conversation
from retrieval.service import AnswerService


def test_the_doer_before_a_verb_of_no_particular_action_is_not_counted() -> None:
    assert asked_part("县法院里那个调解室开展诉前调解多少件") == "开展诉前调解"
    assert asked_part("司法所组织开展法治讲座多少场") == "开展法治讲座"
    # A word that only holds such a verb ("实施方案") is no verb of the question.
    assert asked_part("法治建设实施方案多少项") == "法治建设实施方案"


def test_a_deed_counted_in_another_clause_than_its_doer(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县法院里那个人民调解工作室开展诉前调解共有几件")
    assert answer.kind == "fact" and not answer.abstained
    assert "诉前调解680件" in answer.answer and "5726" not in answer.answer
    check_answer(answer)


def test_what_each_did_asked_of_no_place_is_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行政复议案件各收了多少件")
    assert answer.kind == "table"
    rows = {line.split("：")[0]: line for line in answer.answer.splitlines() if "：" in line}
    assert "38件[" in rows["额敏县"] and "行政复议申请1件[" in rows["普兰县"]
    check_answer(answer)
    # Shared out over two things named, "各" asks no place.
    assert lexical_service.ask("行政复议和行政诉讼各多少件").kind != "table"


def test_work_done_on_problems_is_found_by_the_items_text(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县对上级法治督察指出的问题是如何整改落实的")
    assert answer.kind == "list" and not answer.abstained
    first = answer.answer.splitlines()[0]
    assert first.startswith("额敏县：（五）狠抓问题整改落实")
    assert "反馈的17条问题" in answer.answer
    check_answer(answer)


def test_the_two_compared_are_read_of_what_the_turns_were_about(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    for question in ("额敏县的扫码入企是怎么推行的", "没写县名那份报告呢"):
        lexical_service.ask(question, conversation=conversation)
    answer = lexical_service.ask("它俩谁覆盖的企业更多", conversation=conversation)
    assert answer.kind == "comparison"
    # The unnamed report counts the enterprises its scan codes serve, not in the words asked.
    assert "将58家“五上”企业纳入专属服务管理[" in answer.answer
    assert "多于未署名报告（003_fb758e20d058b773.txt）的58家" in answer.answer
    check_answer(answer)


def test_a_kind_asked_with_examples_lists_every_kind_a_report_counts(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("法治文化阵地，像公园长廊这些，各地建了多少")
    assert answer.kind == "table"
    # The examples name kinds of what is asked; a report's run of kinds is its row whole.
    row = "阿克陶县克孜勒陶镇：打造法治长廊2个,法律图书角16个,法治宣传栏3个,法治文化广场1个["
    assert row in answer.answer
    check_answer(answer)


def test_a_situation_then_which_is_more_weighs_what_both_count(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县执法案卷评查搞得如何", conversation=conversation)
    answer = lexical_service.ask("和额敏县相比谁多", conversation=conversation)
    assert answer.kind == "comparison" and not answer.abstained
    lines = answer.answer.splitlines()
    # Each thing both reports count is judged on its own figures; the periods differ.
    files = [line for line in lines if line.startswith("案卷：额敏县为126件[")]
    assert files and "普兰县的66件[" in files[0]
    assert any(line.startswith("问题：额敏县为230个[") for line in lines)
    assert any(line.startswith("注：各数字的统计时段不同") for line in lines)
    # What only one side counts (监督意见书, 单位) is weighed against nothing.
    assert not any(line.startswith(("单位：", "意见书：")) for line in lines)
    check_answer(answer)


def test_a_word_typed_in_pinyin_is_read_as_the_reports_word(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县xingzheng复议申请收到几件")
    assert answer.kind == "fact" and "行政复议申请1件[" in answer.answer
    assert answer.notice == "已将“xingzheng”按“行政”理解"
    check_answer(answer)
    # Of two words spelt alike (述法, 书法), the one the reports use more.
    answer = lexical_service.ask("额敏县的shufa民主测评好评率")
    assert "好评率98.9%[" in answer.answer and "“述法”" in (answer.notice or "")
    # Letters that spell no word of the reports are left as typed.
    assert lexical_service.ask("额敏县qwerty复议").notice in (None, "")


def test_other_places_asked_of_a_doing_pointed_at(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("叶城县的公职律师有多少名", conversation=conversation)
    answer = lexical_service.ask("其他地方也有类似的吗", conversation=conversation)
    assert answer.kind == "mentions"
    first = answer.answer.splitlines()[0]
    assert first == "除叶城县外，提到“公职律师”的还有：额敏县、阿克陶县克孜勒陶镇。"
    for cited in answer.citations:
        check_citation(cited)


def test_a_place_asked_whether_it_did_the_same(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("普兰县清理拖欠企业账款了吗", conversation=conversation)
    answer = lexical_service.ask("克孜勒陶镇也做了吗", conversation=conversation)
    assert answer.kind == "fact" and not answer.abstained
    assert answer.answer.startswith("阿克陶县克孜勒陶镇：")
    assert "50万元以下欠款全部化解完毕[" in answer.answer
    check_answer(answer)


def test_how_it_was_done_after_whose_doing_it_is(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("一企一法官是哪个县推行的", conversation=conversation)
    answer = lexical_service.ask("具体是怎么做的", conversation=conversation)
    # The report that answered is the one pointed at, and its doing is told, not its outline.
    assert answer.kind == "fact" and "“一企一法官”机制" in answer.answer
    assert answer.answer.startswith("未署名报告（003_fb758e20d058b773.txt）：")
    check_answer(answer)


def test_whether_a_figure_is_of_one_year_keeps_the_place_asked_of(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    for question in ("叶城县的人民调解员有多少名", "调解了多少件纠纷"):
        lexical_service.ask(question, conversation=conversation)
    answer = lexical_service.ask("这个是2023年全年的数吗", conversation=conversation)
    assert answer.answer.startswith("叶城县") and "5726件[" in answer.answer
    # The note says the period each report states for it, of the report's year otherwise.
    assert "叶城县为2023年以来[" in answer.answer
    for cited in answer.citations:
        check_citation(cited)


def test_by_what_means_after_a_figure_is_told_by_its_sentence(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("没写县名的那份报告里涉企检查下降了多少", conversation=conversation)
    answer = lexical_service.ask("是靠什么降下来的", conversation=conversation)
    assert answer.kind == "fact"
    assert "创新“扫码入企”模式" in answer.answer and "下降28.42%[" in answer.answer
    check_answer(answer)
    conversation = Conversation()
    lexical_service.ask("额敏县通过行政复议纠错率是多少", conversation=conversation)
    answer = lexical_service.ask("这是怎么做到的", conversation=conversation)
    assert answer.kind == "fact" and "开展行政执法案卷专项评查" in answer.answer
    check_answer(answer)


def test_a_place_pointed_at_is_no_slip(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("建成全市首个检务中心那个县涉企检查同比少了多少")
    assert "下降28.42%[" in answer.answer
    assert not answer.notice


def test_a_described_side_offered_as_the_other_choice(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("行政复议案件 普兰县多还是那个没写县名的多")
    assert answer.kind == "comparison"
    assert answer.answer.splitlines()[-1].startswith(
        "未署名报告（003_fb758e20d058b773.txt）为10件["
    )
    check_answer(answer)


def test_a_table_row_gives_each_like_count_of_a_report_with_no_total(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("各地普法活动都搞了多少场")
    rows = {line.split("：")[0]: line for line in answer.answer.splitlines() if "：" in line}
    assert "活动26场次,举办法律知识讲座10余场次[" in rows["普兰县"]
    # A whole is its row alone ("共计…各类…128场次").
    assert rows["阿克陶县克孜勒陶镇"].startswith("阿克陶县克孜勒陶镇：全年共计开展各类普法活动")
    check_answer(answer)
    # A count of another thing beside it is no part of the row.
    answer = lexical_service.ask("各地法律援助案件多少件")
    unnamed = next(line for line in answer.answer.splitlines() if line.startswith("未署名"))
    assert "办理法律援助案件103件[" in unnamed and "412件" not in unnamed
    # One figure a report, when asked so.
    answer = lexical_service.ask("各地普法活动办了多少场，一个地方一个数就行")
    assert "法律知识讲座" not in answer.answer


def test_a_one_character_doing_beside_the_things_words_weighs_nothing(
    lexical_service: AnswerService,
) -> None:
    # "办了" says no doing of its own: the reports write theirs in two characters.
    answer = lexical_service.ask("各地的普法活动都办了多少场")
    rows = {line.split("：")[0]: line for line in answer.answer.splitlines() if "：" in line}
    assert "活动26场次[" in rows["额敏县"]
    check_answer(answer)


def test_an_item_of_the_list_told_asked_in_more_detail(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("额敏县执法方面主要抓了哪些工作", conversation=conversation)
    answer = lexical_service.ask("第三点能讲细一点吗", conversation=conversation)
    assert answer.answer.startswith("额敏县（按上一问）：三是规范涉企行政检查[")
    check_answer(answer)


def test_the_field_of_the_turn_before_pointed_at(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    lexical_service.ask("克孜勒陶镇政务公开都做了些什么", conversation=conversation)
    answer = lexical_service.ask("他们这一块存在什么不足", conversation=conversation)
    assert "二是政务公开深度不够[" in answer.answer
    assert "法治意识有待进一步强化" not in answer.answer
    check_answer(answer)


def test_the_day_of_a_report_is_its_date(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县这份报告是哪一天的")
    assert answer.kind == "metadata" and "2025年09月05日[" in answer.answer
    check_answer(answer)


def test_a_yes_or_no_tail_is_no_part_of_the_term(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("告知承诺制有哪份报告讲过没")
    assert answer.answer.startswith("1份报告提到“告知承诺制”：")
    assert [c.region for c in answer.citations] == ["普兰县"]


def test_where_the_reports_are_from_is_each_reports_row(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("这几份报告分别是哪儿的")
    assert answer.kind == "table"
    assert "额敏县报告的地区：额敏县[" in answer.answer
    assert "（未署名报告（003_fb758e20d058b773.txt）未载明地区。）" in answer.answer
    for cited in answer.citations:
        check_citation(cited)
    # The reports that say a thing, named, are its mentions, not a table of their names.
    assert lexical_service.ask("把各份报告里写到“法律明白人”的报告名称列出来").kind == "mentions"
