"""Figures worked out from cited ones (a share asked after its two figures, a sum of figures
said as "余", a count given only as a rate, an average per household, three parts of a whole
added), and turns that carry what came before: the reports a mentions answer found, the year
a sum is asked of, a rate of the line asked about, whether a figure is one year's."""

from __future__ import annotations

from answer_rules import asked_in_turns, check_answer, check_cited

from retrieval.answer.table_block import TABLE_HEAD
from retrieval.query.laid_out import asks_table, laid_out_only
from retrieval.query.normalize import normalize
from retrieval.service import AnswerService


def test_a_share_asked_in_the_clause_after_its_whole(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城权责清单一共梳理了多少项职权，行政处罚占多少比例")
    check_cited(answer)
    # The whole is what the clause before counts (职权), not the 25 departments.
    assert "行政处罚2407项" in answer.answer
    assert "梳理行政职权3415项" in answer.answer
    assert "70.5%（按所引数字计算）" in answer.answer


def test_a_share_asked_alone_after_two_figures(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "那个全市首个的报告 行政复议办了多少件", "调解和解几件", "那比例多少"
    )
    check_cited(answer)
    assert "促成调解和解4件" in answer.answer
    assert "40.0%" in answer.answer
    alone = lexical_service.ask("那比例多少")
    assert alone.abstained


def test_figures_said_as_at_least_are_summed(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("12345热线办件量 克孜勒陶 普兰 003 三家加起来多少")
    check_cited(answer)
    assert "合计2270余件" in answer.answer
    assert "无法直接相加" not in answer.answer


def test_a_count_given_only_as_a_rate_is_worked_out(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏行政复议案件38件，调解和解率71.43%，那调解和解了多少件")
    check_cited(answer)
    assert not answer.abstained
    assert "报告未直接给出调解和解的件数" in answer.answer
    assert "约27件" in answer.answer and "38件×调解和解率71.43%" in answer.answer


def test_an_average_per_household(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇积分兑换平均每户多少钱")
    check_cited(answer)
    assert "平均每户约101.88元" in answer.answer


def test_parts_of_a_whole_added_where_the_whole_is(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城行政职权里行政许可、行政处罚、行政强制三项加起来多少")
    check_cited(answer)
    # The powers listed under 行政职权, not the cases handled (9691件…).
    assert "合计2771项" in answer.answer


def test_figures_of_the_reports_a_mentions_answer_found(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "哪几份报告提到了“扫码入企”？", "它们各自的数字是多少")
    check_cited(answer)
    assert "1.4万户" in answer.answer and "58家" in answer.answer
    assert "未提及" not in answer.answer


def test_a_sum_of_one_years_reports_then_the_most(lexical_service: AnswerService) -> None:
    turns = ("各家报告里化解矛盾纠纷的数量给我列一下", "2025年那四份加起来多少")
    summed = asked_in_turns(lexical_service, *turns)
    check_cited(summed)
    assert "合计1628件" in summed.answer and "5726" not in summed.answer
    most = asked_in_turns(lexical_service, *turns, "哪家最多")
    check_cited(most)
    assert most.kind == "ranking"
    assert "最多的是额敏县：963件" in most.answer


def test_a_line_named_by_its_number(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城12345热线情况咋样")
    check_answer(answer)
    assert "37116件" in answer.answer
    assert "12348" not in answer.answer
    rate = asked_in_turns(lexical_service, "叶城12345热线情况咋样", "满意度呢")
    check_cited(rate)
    assert "群众满意度99.98%" in rate.answer


def test_a_rate_one_side_lacks_is_not_weighed_by_other_counts(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城12345热线满意度多少，跟普兰的比比")
    check_cited(answer)
    assert "99.98%" in answer.answer
    assert "普兰县：未提及这一数字" in answer.answer
    assert "办件：" not in answer.answer


def test_whether_a_figure_is_one_years(lexical_service: AnswerService) -> None:
    since = asked_in_turns(
        lexical_service, "把五份报告化解矛盾纠纷的件数列个表", "叶城那个5726件是2023年一年的吗"
    )
    check_cited(since)
    # "2023年以来" in a 2023 report may or may not end with that year.
    assert "报告未明确是否仅为一年的数：叶城县为2023年以来" in since.answer
    summed = asked_in_turns(lexical_service, "叶城12345热线办件多少", "这是一年的数吗")
    assert "不是单一年度的数：叶城县为自启动以来" in summed.answer
    year = asked_in_turns(lexical_service, "额敏全年接收行政复议案件多少件", "这是全年的数吗")
    assert "是一年的数：额敏县为2025年全年" in year.answer


def test_items_asked_with_their_counts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰县法律援助这块具体办了哪些事，分项列出件数")
    check_answer(answer)
    assert "律师辩护6件" in answer.answer and "代写文书95件" in answer.answer


def test_money_beside_a_count_is_not_ranked_as_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("人民调解哪家调得多")
    check_cited(answer)
    assert answer.kind == "ranking"
    assert "调解矛盾纠纷85件" in answer.answer
    assert "1075万元" not in answer.answer and "39.22" not in answer.answer


def test_asks_to_lay_out_as_a_table() -> None:
    for asked in ("弄成表格看看", "换成表格", "整理成表格给我看看", "转成表格吧"):
        assert laid_out_only(asked), asked
    assert not laid_out_only("表格里有哪些数字")
    assert normalize("跟普兰的比比") == "跟普兰比比"
    assert normalize("跟普兰的问题比比") == "跟普兰的问题比比"


def test_a_place_added_to_a_sum_of_two(lexical_service: AnswerService) -> None:
    turns = ("额敏县行政复议多少件", "普兰呢", "两个加起来多少", "叶城的也加上")
    answer = asked_in_turns(lexical_service, *turns)
    check_cited(answer)
    assert "合计50件" in answer.answer and "叶城县11件" in answer.answer


def test_what_a_report_naming_no_place_says_of_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没写县名的报告是哪个地方的")
    # Still no answer: what its body says of its place is shown beside, never cited.
    assert answer.abstained and answer.citations == []
    assert "未载明地区" in answer.answer
    shown = [c.excerpt for c in answer.related]
    assert any("我县" in excerpt for excerpt in shown)
    assert any("全市首个智慧检务中心" in excerpt for excerpt in shown)
    table = lexical_service.ask("这几份报告分别是哪儿的")
    assert table.related == []


def test_a_rate_worked_out_for_a_side_counting_its_parts(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003和额敏的调解和解率比谁高")
    check_cited(answer)
    assert answer.kind == "comparison"
    assert "40%（4件÷10件，按所引数字计算）" in answer.answer
    assert "额敏县为71.43%" in answer.answer and "无法比较" not in answer.answer


def test_a_reports_parts_asked_as_a_whole_or_by_top_headings(
    lexical_service: AnswerService,
) -> None:
    for question in (
        "叶城那份报告整体分成哪几个部分？请把一级标题按顺序列出来",
        "额敏报告的大标题都是什么",
    ):
        answer = lexical_service.ask(question)
        check_cited(answer)
        assert "标题：" not in answer.answer, question
        assert "一、20" in answer.answer and "二、" in answer.answer, question


def test_the_last_part_and_a_part_with_a_heading_alone(lexical_service: AnswerService) -> None:
    last = asked_in_turns(lexical_service, "叶城报告分几个部分", "最后一部分写了什么")
    check_cited(last)
    assert "五、其他需要报告的情况" in last.answer
    assert "该部分只有标题，报告未写具体内容" in last.answer
    item = asked_in_turns(lexical_service, "克孜勒陶镇存在哪些问题", "最后一条展开说说")
    check_cited(item)
    assert "(五)法治保障能力有待进一步加强" in item.answer


def test_the_period_of_a_figure_quoted_back(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "普兰和003那份的12345热线办件量分别是多少？",
        "叶城那个37116件能直接放进来一起比吗",
    )
    check_cited(answer)
    assert "累计受理企业、群众办件37116件" in answer.answer
    assert "叶城县为自启动以来" in answer.answer


def test_sums_of_money_each_in_its_own_clause(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰的工作经费、普法经费、法律顾问经费一共多少钱")
    check_cited(answer)
    # 工作经费's figure is the one its own clause states (2万元), not 普法经费's 3万元.
    assert "工作经费2万元[1]、普法经费3万元[1]与法律顾问经费8万元[1]合计13万元" in answer.answer
    share = lexical_service.ask("额敏市场主体里企业占比多少")
    # (1.4万户 is round; the share is of the parts the sentence gives right after it.)
    assert "企业1856户[1]占市场主体（12914户+1856户=14770户）[1]" in share.answer


def test_a_list_named_only_in_part_says_so(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003那份报告说制定出台了6项制度，具体是哪6项，请逐项列出名称")
    check_cited(answer)
    assert "报告列出名称的有3项：《加强行政执法与刑事司法衔接工作机制》" in answer.answer
    assert "其余3项未列名称（原文为“等6项制度”）" in answer.answer


def test_the_plans_answering_the_item_just_told(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "阿克陶那个镇的报告，存在的问题分了几大类？",
        "第三类展开讲讲",
        "下一步计划里对应是怎么打算解决的",
    )
    check_cited(answer)
    assert "(三)健全矛盾化解机制,促进社会和谐" in answer.answer
    assert "一是加强行政调解工作" in answer.answer


def test_how_a_stated_rate_is_arrived_at(lexical_service: AnswerService) -> None:
    worked = lexical_service.ask("叶城的调解成功率是多少，是怎么算出来的")
    check_cited(worked)
    assert "成功率100%（5726件÷5726件，按所引数字计算）；报告未写明算法" in worked.answer
    unstated = lexical_service.ask("额敏调解和解率71.43%是怎么算的")
    assert "报告未写明调解和解率的计算依据" in unstated.answer


def test_the_average_over_a_table_just_told(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service, "各家报告里化解矛盾纠纷的数量给我列一下", "平均每家多少"
    )
    check_cited(answer)
    assert "合计7354件" in answer.answer
    assert "平均每份约1470.8件（合计7354件÷5份，按所引数字计算）" in answer.answer


def test_a_share_named_again_after_its_two_figures(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "额敏行政复议多少件", "纠错了几件", "纠错的占多少")
    check_cited(answer)
    assert "占行政复议38件[2]的7.9%（按所引数字计算）" in answer.answer
    # The report's own rate of it is said beside, its base not being stated.
    assert "报告所列纠错率为25%" in answer.answer


def test_a_share_or_average_asked_beside_a_sum(lexical_service: AnswerService) -> None:
    two = lexical_service.ask("额敏和普兰行政复议加起来多少，额敏占多少")
    check_cited(two)
    assert "合计39件" in two.answer
    assert "额敏县38件[1]占合计39件的97.44%（按所引数字计算）" in two.answer
    every = lexical_service.ask("各报告化解矛盾纠纷加起来多少，额敏占比多少")
    assert "额敏县963件[1]占合计7354件的13.09%" in every.answer
    mean = lexical_service.ask("五家化解矛盾纠纷加起来多少，平均每家多少")
    assert "平均每份约1470.8件（合计7354件÷5份，按所引数字计算）" in mean.answer


def test_either_doing_before_what_is_counted(lexical_service: AnswerService) -> None:
    assert normalize("分别抽查了多少卷、查出或整改多少问题") == "分别抽查了多少卷、多少问题"
    # A doing with no thing named after the count stays: it is what is counted.
    assert normalize("调解或和解了多少件") == "调解或和解了多少件"
    answer = lexical_service.ask(
        "行政执法案卷评查，额敏、普兰、003分别抽查了多少卷、查出或整改多少问题"
    )
    check_cited(answer)
    assert "累计抽查案卷126件" in answer.answer and "问题230个" in answer.answer


def test_a_table_asked_for_lays_the_rows_out_first(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("把五份报告化解矛盾纠纷的件数列个表")
    check_answer(answer)
    lines = answer.answer.splitlines()
    assert lines[0] == TABLE_HEAD
    assert lines[1] == "额敏县｜963件[1]" and "叶城县｜5726件[5]" in lines
    plain = lexical_service.ask("五份报告化解矛盾纠纷的件数分别是多少")
    assert not plain.answer.startswith(TABLE_HEAD)
    # A row whose line lists kinds ("法治长廊2个、…") shows the whole line, not one of them.
    kinds = lexical_service.ask("各报告法治文化阵地的数量列个表")
    check_answer(kinds)
    assert "阿克陶县克孜勒陶镇｜打造法治长廊2个,法律图书角16个,法治宣传栏3个" in kinds.answer


def test_a_thing_asked_again_to_order_by_is_judged_once(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask(
        "行政执法案卷评查，额敏、普兰、003分别抽查了多少卷、发现多少问题？按问题数从多到少排个序"
    )
    check_cited(answer)
    assert answer.answer.count("额敏县为230个") == 1
    assert answer.answer.count("额敏县为126件") == 1


def test_a_table_is_asked_only_in_words_for_one() -> None:
    for asked in ("列个表", "做成表格", "整理成表", "出一张表", "表格形式给我"):
        assert asks_table(asked), asked
    for said in ("基层管理表现如何", "受到表彰多少次", "表明了什么"):
        assert not asks_table(said), said
