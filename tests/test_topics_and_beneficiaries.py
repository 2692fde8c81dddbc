"""Who a thing was done for, and the colloquial verb 干: neither is part of what is counted.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, file_text

from retrieval.query.counted_part import asked_part
from retrieval.query.described_terms import without_light_verb
from retrieval.query.measure import measured
from retrieval.query.normalize import normalize
from retrieval.schema import Conversation
from retrieval.service import AnswerService

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def test_who_benefited_is_no_part_of_the_thing_counted() -> None:
    assert asked_part("法律援助帮老百姓干了多少件") == "法律援助干了"
    assert asked_part("法律援助都帮老百姓干了哪些事，分别多少件") == "法律援助都干了哪些事"
    # 为 of 作为 is no "for whom".
    assert "作为" in asked_part("作为试点搞了多少个")


def test_a_count_asked_of_what_was_done_for_people(lexical_service: AnswerService) -> None:
    asked = ("普兰县法律援助帮老百姓干了多少件", "普兰县法律援助都帮老百姓干了哪些事，分别多少件")
    for question in asked:
        answer = lexical_service.ask(question)
        assert not answer.abstained, question
        assert "律师辩护6件" in answer.answer and "代写文书95件" in answer.answer
        assert {c.source for c in answer.citations} == {PULAN}
        for c in answer.citations:
            assert file_text(c.source)[c.start : c.end] == c.excerpt


def test_gan_is_a_light_verb_only_as_a_word_of_its_own() -> None:
    assert without_light_verb("干法律援助") == "法律援助"
    assert without_light_verb("搞法治宣传") == "法治宣传"
    assert without_light_verb("干部旁听庭审") == "干部旁听庭审"
    assert without_light_verb("干警培训") == "干警培训"


def test_particles_of_speech_that_end_a_clause_ask_nothing(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏清欠那块，执行到位多少钱，执行率多少哈")
    assert "855.63万元" in answer.answer and "87.5%" in answer.answer
    recalled = lexical_service.ask("扫码入企以后涉企检查同比降了多少来着")
    assert "28.42%" in recalled.answer
    assert {c.source for c in recalled.citations} == {UNNAMED}
    # 哈 of a name is no particle.
    assert normalize("哈密有报告吗") == "哈密有报告吗"


def test_where_a_report_was_issued_from_is_its_issuer_or_source(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("叶城县那篇是哪儿发的")
    assert answer.kind == "metadata" and "叶城县司法局" in answer.answer
    (citation,) = answer.citations
    assert file_text(YECHENG)[citation.start : citation.end] == citation.excerpt
    issuer = lexical_service.ask("普兰县报告是谁发的")
    assert issuer.kind == "metadata" and "普兰县人民政府" in issuer.answer


def test_what_the_answer_is_for_names_no_topic(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏法治政府建设有啥亮点特色？给我几句能直接用的")
    assert answer.kind == "list" and "高位统筹" in answer.answer and "精准普法" in answer.answer
    assert {c.source for c in answer.citations} == {EMIN}


def test_a_line_each_asked_after_a_pause_lays_a_table_out(
    lexical_service: AnswerService,
) -> None:
    for question in (
        "法律顾问覆盖情况 各地怎么写的 一个地方一句话就行",
        "法律顾问覆盖情况，各地怎么写的，一个地方一句话就行",
    ):
        answer = lexical_service.ask(question)
        assert answer.kind == "table", question
        assert {UNNAMED, YECHENG} <= {c.source for c in answer.citations}
        assert "法律顾问全覆盖" in answer.answer


def test_people_asked_before_the_superlative_are_counted_in_people(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("“法律明白人”队伍哪个地方人最多")
    assert answer.kind == "ranking"
    assert "126人" in answer.answer and "2场次" not in answer.answer


def test_each_places_situation_put_in_order_is_a_table(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("各县持证执法人员情况给我整理一下")
    assert answer.kind == "table"
    assert {EMIN, AKETAO, PULAN} <= {c.source for c in answer.citations}
    assert "585人" in answer.answer


def test_the_period_is_read_before_the_figure_cited_not_before_a_name(
    lexical_service: AnswerService,
) -> None:
    conversation = Conversation()
    lexical_service.ask("叶城12345热线受理了多少件", conversation=conversation)
    answer = lexical_service.ask("这个数是哪年的？", conversation=conversation)
    assert "37116件" in answer.answer
    # "热线自开通以来,运行…,自启动以来,热线中心累计受理…": the start said nearest the figure.
    assert "叶城县为自启动以来" in answer.answer and "2023年全年" not in answer.answer


def test_a_list_then_which_things_each_clause_answered(lexical_service: AnswerService) -> None:
    asked = ("克孜勒陶镇应急这块做了啥？存了哪些物资", "克孜勒陶镇应急这块做了啥，存了哪些物资")
    for question in asked:
        answer = lexical_service.ask(question)
        assert answer.kind == "list", question
        # The section's items, then the sentence that names the supplies.
        assert "一是加强理论学习" in answer.answer and "帐篷" in answer.answer
        for c in answer.citations:
            assert c.source == AKETAO and file_text(AKETAO)[c.start : c.end] == c.excerpt
    # A clause naming no thing of its own asks of the one before.
    answer = lexical_service.ask("额敏县在行政复议方面做了哪些工作，取得了什么成效")
    assert "行政复议" in answer.answer and "（五）" not in answer.answer


def test_the_people_of_a_team_are_its_members() -> None:
    assert measured("执法队伍哪个县人最多") == "执法人员多少人"
    assert measured("“法律明白人”队伍哪个地方人最多") == "“法律明白人”多少人"
    assert measured("调解员队伍谁的人多") == "调解员多少人"
    # Teams counted as teams keep their name.
    assert measured("应急队伍哪个县最多") == "应急队伍多少"


def test_a_teams_people_ranked_by_its_members(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法队伍哪个县人最多")
    assert answer.kind == "ranking" and answer.answer.startswith("最多的是额敏县：585人")


def test_a_yearly_ranking_sets_a_sum_over_years_beside_it(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("今年各县12345热线办件谁最多")
    assert answer.answer.startswith("最多的是普兰县：1020件")
    apart = next(line for line in answer.answer.splitlines() if "37116件" in line)
    assert apart.startswith("未参与排名") and "叶城县" in apart
    # "2023年以来" of the 2023 report is that year so far: it is ranked.
    same_year = lexical_service.ask("今年哪个县调解矛盾纠纷最多")
    assert same_year.answer.startswith("最多的是叶城县：5726件")


def test_how_many_places_did_it_and_whether_all_say_it(lexical_service: AnswerService) -> None:
    planned = lexical_service.ask("九五普法规划有几个县开始谋划了？")
    assert planned.kind == "mentions" and planned.answer.startswith("2份报告提到")
    assert {c.source for c in planned.citations} == {EMIN, PULAN}
    every = lexical_service.ask("习近平法治思想，是不是每份报告都写了？哪个没写")
    assert every.kind == "mentions" and every.answer.startswith("4份报告提到“习近平法治思想”")
    assert every.answer.splitlines()[-1].endswith("额敏县")
    assert "习近平法治思想" not in file_text(EMIN)


def test_a_count_before_the_noun_it_ends_on_is_in_that_nouns_measure(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("普兰县评查了多少案卷？")
    assert "评查案卷66件" in answer.answer and "12家" not in answer.answer


def test_a_list_then_a_figure_of_the_same_report(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县下一步有什么打算？持证执法人员有多少")
    assert answer.kind == "list"
    assert "五、下一步工作打算" in answer.answer and "（五）狠抓问题整改提升" in answer.answer
    assert "全县现有持证执法人员585人" in answer.answer
    for c in answer.citations:
        assert c.source == EMIN and file_text(EMIN)[c.start : c.end] == c.excerpt
    # Two figures are no list: each is answered as a fact.
    facts = lexical_service.ask("额敏县持证执法人员有多少？减免责案件多少件？")
    assert facts.kind == "fact" and "585人" in facts.answer and "208件" in facts.answer


def test_problems_found_in_a_field_then_a_detail_asked_yes_or_no(
    lexical_service: AnswerService,
) -> None:
    found = lexical_service.ask("克孜勒陶镇在依法行政能力方面查出来啥问题了")
    assert found.kind == "list" and "一是执法力量业务不强" in found.answer
    detail = lexical_service.ask("克孜勒陶镇在依法行政能力方面查出来啥问题了，执法装备是不是不够")
    assert detail.kind == "list" and "二是决策程序执行不够严格" in detail.answer
    assert "执法装备不足" in detail.answer
    for c in detail.citations:
        assert c.source == AKETAO and file_text(AKETAO)[c.start : c.end] == c.excerpt
