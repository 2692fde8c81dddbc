"""Figures worked out of those told (sums of a run, a part's share of a sum, averages, rates
and their checks, differences as shares), follow-ups on the reports just set out (levels set
aside, the sides' own superlative, the first place's share, years summed apart, whether the
figures compare), and questions typed word by word or in plainer words: on the real reports."""

from __future__ import annotations

from answer_rules import SAMPLES, asked_in_turns, check_cited

from retrieval.query.normalize import normalize
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_certificates_counted_by_who_got_them_are_ranked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各地新领了多少本执法证，谁最多")
    check_cited(answer)
    assert answer.answer.startswith("最多的是未署名报告（003_fb758e20d058b773.txt）：216人")


def test_a_run_of_sums_of_money_told_then_added_up(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰的法治经费分项列一下", "一共是多少")
    check_cited(answer)
    assert "合计13万元（2万元+3万元+8万元" in answer.answer


def test_a_part_of_a_sum_asked_after_it(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(lexical_service, "普兰法治经费分哪几块", "合计多少，普法经费占几成")
    check_cited(answer)
    assert "普法经费3万元[1]占合计13万元" in answer.answer and "23.1%" in answer.answer


def test_an_attribute_asked_in_passing_and_where_it_is_read(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰报告哪天发布的？索引号也告诉我")
    assert "pnx/2026-00010" in answer.answer and "2026-01-12" in answer.answer
    said = lexical_service.ask("额敏那份报告里，全年接收的行政复议案件有多少")
    check_cited(said)
    assert "38件" in said.answer


def test_a_list_then_a_count_then_an_item_each_answered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇接下来的工作计划罗列一下。另外应急演练全年搞了多少次")
    check_cited(answer)
    assert "(一)强化思想引领" in answer.answer and "200余次" in answer.answer
    parts = lexical_service.ask("普兰的报告有几个大标题，第二个大标题下面有几条")
    check_cited(parts)
    assert "一、工作开展情况" in parts.answer and "(三)法治服务供给仍有短板" in parts.answer


def test_a_rate_stated_otherwise_is_no_silence(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("负责人出庭应诉率，每份报告写的是多少，做成表")
    check_cited(answer)
    assert "今年出庭应诉1起" in answer.answer
    which = lexical_service.ask("哪几份写了办结率是100%")
    assert "未署名报告（003_fb758e20d058b773.txt）" in which.answer


def test_follow_ups_on_every_report_just_set_out(lexical_service: AnswerService) -> None:
    share = asked_in_turns(lexical_service, "各地调解矛盾纠纷多少件，排个序", "最多的占总数多少")
    check_cited(share)
    assert "叶城县5726件" in share.answer and "77.86%" in share.answer
    aside = asked_in_turns(lexical_service, "各报告化解矛盾纠纷多少件", "除了乡镇那份，加起来多少")
    assert "合计7186件" in aside.answer
    years = asked_in_turns(lexical_service, "各报告行政复议案件多少件", "分年度各加起来是多少")
    assert "合计49件" in years.answer and "11件" in years.answer
    apart = asked_in_turns(lexical_service, "各报告调解纠纷多少件", "这几个数能直接比吗")
    assert "统计时段不同，不能直接比较" in apart.answer


def test_the_sides_own_superlative(lexical_service: AnswerService) -> None:
    answer = asked_in_turns(
        lexical_service,
        "额敏、普兰和003的案卷评查：各抽了多少卷、整改多少问题",
        "哪家整改的问题最多",
    )
    check_cited(answer)
    assert "额敏县为230个" in answer.answer and "叶城" not in answer.answer


def test_a_rare_word_ranks_its_passage_first(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("克孜勒陶镇向上报了多少条问题线索")
    check_cited(answer)
    assert "上报问题线索3条" in answer.answer


def test_shares_and_checks_worked_out_of_one_report(lexical_service: AnswerService) -> None:
    share = lexical_service.ask("普兰热线办件一共多少？咨询多少件，占比多少")
    check_cited(share)
    assert "咨询815件[1]占" in share.answer and "79.9%" in share.answer
    parts = lexical_service.ask("叶城权责清单的各类职权加起来跟总数对得上吗")
    assert "与所写总数3415项一致" in parts.answer
    rounded = lexical_service.ask("额敏检查码库里个体户和企业加起来，和1.4万户的说法相符吗")
    assert "按同样精度约为1.5万户" in rounded.answer


def test_rates_worked_out_and_checked(lexical_service: AnswerService) -> None:
    worked = lexical_service.ask("003那份行政复议调解和解率多少")
    check_cited(worked)
    assert "计算为40%（4件÷10件" in worked.answer and not worked.abstained
    checked = lexical_service.ask("叶城热线的按时办结率和件数对得上吗")
    assert "99.91%" in checked.answer and "不一致" in checked.answer


def test_a_difference_as_a_share_and_averages(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰热线12345的办件量比003高出百分之几")
    check_cited(answer)
    assert "多39.7%" in answer.answer
    per_case = lexical_service.ask("额敏减免责平均每件减免多少钱")
    assert "1629.81元" in per_case.answer
    per_point = lexical_service.ask("克孜勒陶镇积分兑换，每一分折合多少钱")
    assert "1.34元" in per_point.answer


def test_words_typed_apart_are_read_as_clauses() -> None:
    typed = normalize("普兰 12345热线 咨询 多少件 投诉 多少件")
    assert typed == "普兰12345热线咨询多少件，投诉多少件"
    # A single space between two questions stays for them to be read apart.
    assert normalize("哪几个报告写了调解 额敏那个多少件") == "哪几个报告写了调解 额敏那个多少件"


def test_the_reports_years_checked(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("普兰和叶城的报告是同一年的吗")
    assert "不是同一年度" in answer.answer
    gap = asked_in_turns(lexical_service, "普兰报告落款是哪天", "发布是哪天？相隔几天")
    assert "12天" in gap.answer


def test_terms_found_as_the_reports_are_cut(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("哪些报告提到了驻村工作队")
    assert answer.answer.startswith("1份报告提到“驻村工作队”")
    said = lexical_service.ask("叶城有没有提到民法典？都说了什么")
    check_cited(said)
    assert said.answer.count("叶城县：") >= 3


def test_pointers_to_what_was_named(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("没写县名那份有没有标题")
    assert "未载明标题" in answer.answer
    such = asked_in_turns(lexical_service, "“法律明白人”指的是什么人？", "叶城有多少这样的人")
    assert "1166名" in such.answer
    named = asked_in_turns(lexical_service, "额敏搞的“每月双领域”评查抽了多少件案卷", "那普兰呢")
    assert "66件" in named.answer and "每月双领域" in (named.notice or "")


def test_what_is_left_of_figures_the_asker_states(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城热线受理了37116件、办结37082件，还没办结的有多少件")
    assert "多34件" in answer.answer
    people = lexical_service.ask("叶城有多少个法律明白人")
    assert "1166名" in people.answer


def test_no_figure_after_a_sentence_that_only_looks_like_the_thing(
    lexical_service: AnswerService,
) -> None:
    # The sentence before "…参考人数32886人" says 网络学法, not the grid workers asked.
    assert lexical_service.ask("叶城县配了几名网格员").abstained
