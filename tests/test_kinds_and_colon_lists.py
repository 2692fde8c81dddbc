"""Figures of another kind of the asked thing, nouns read past a verb, asks listed after a colon,
answers not cut inside a run of figures, and whether a thing asked of before is done.

Questions are written from the sample reports' text; figures and excerpts are checked against
the report files.
"""

from __future__ import annotations

from answer_rules import SAMPLES, check_citation

from retrieval.answer.touching import touching_nouns
from retrieval.query.field_lists import listed_after_colon
from retrieval.query.things import parts
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService
from retrieval.text.numbers import unsupported_numbers

EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES


def check_answer(answer: Answer) -> None:
    """Exact excerpts, and every figure of the answer stated by the excerpts."""
    for c in answer.citations:
        check_citation(c)
    excerpts = [c.excerpt for c in answer.citations]
    told = "\n".join(x for x in answer.answer.splitlines() if not x.startswith("注："))
    for name in SAMPLES:
        told = told.replace(name, "")
    assert unsupported_numbers(told, excerpts) == [], (told, excerpts)


def test_a_count_of_another_kind_of_case_is_no_answer(lexical_service: AnswerService) -> None:
    # 额敏 counts 行政复议 cases (38件) and names 行政诉讼 only in passing, with no count.
    answer = lexical_service.ask("额敏县一年里的行政诉讼案件共有几件？")
    assert answer.abstained, answer.answer
    assert "38件" not in answer.answer and "3件" not in answer.answer


def test_the_kind_asked_is_still_answered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("额敏县一年里行政复议案件共有几件？")
    check_answer(answer)
    assert "38件" in answer.answer
    assert answer.citations[0].source == EMIN


def test_the_noun_after_a_measure_reads_past_a_verb() -> None:
    # jieba tags 调解 a verb: the noun counted is the whole 特色调解工作室.
    assert "特色调解工作室" in touching_nouns("培育“小蒋”等", "特色调解工作室,化解")
    # A verb with more after it is what the things did, no part of their name.
    assert touching_nouns("", "行政处罚案件入选国家应急管理部") == ["行政处罚案件"]


def test_a_comparison_binds_the_rooms_not_the_disputes(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("调解工作室，叶城县和未署名的那份报告各有几个？")
    check_answer(answer)
    unnamed = next(line for line in answer.answer.splitlines() if "003_" in line)
    assert "10个" in unnamed and "412件" not in unnamed.split("：", 1)[1].split("[")[0][-8:]
    verdict = answer.answer.splitlines()[-1]
    assert "412件" not in verdict and "10个" in verdict


def test_a_ranking_leads_with_the_disputes_not_the_mediators(
    lexical_service: AnswerService,
) -> None:
    # 叶城: "…2186名调解员共计调解矛盾纠纷5726件": 纠纷 is asked, not a synonym of 矛盾.
    answer = lexical_service.ask("各报告调解化解矛盾纠纷的件数排名")
    check_answer(answer)
    assert "5726件" in answer.answer.splitlines()[1]
    assert "5726件" in answer.answer.splitlines()[0]


def test_asks_listed_after_a_colon_are_each_answered(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("003号报告的执法资格考试：组织几次、发证人数、通过率")
    check_answer(answer)
    assert not answer.abstained
    for figure in ("2次", "216人", "88.16%"):
        assert figure in answer.answer


def test_a_run_of_figures_is_not_cut_in_the_middle(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("叶城县清理规范性文件多少份？留下几份？失效几份？")
    check_answer(answer)
    line = answer.answer.splitlines()[0]
    assert "18份" in line and "16份" in line and "2份" in line
    assert "…" not in line


def test_a_sentence_naming_many_things_asked_is_shown_whole(
    lexical_service: AnswerService,
) -> None:
    answer = lexical_service.ask("额敏县获得过哪些表彰？")
    check_answer(answer)
    assert "26名干部" in answer.answer and "1名干部" in answer.answer


def test_whether_it_is_done_asks_of_the_thing_before(lexical_service: AnswerService) -> None:
    conversation = Conversation()
    first = lexical_service.ask("普兰县新政务服务中心的投资是多少？", conversation=conversation)
    assert "2200万" in first.answer
    answer = lexical_service.ask("建成没有？", conversation=conversation)
    check_answer(answer)
    assert "基本完工" in answer.answer
    assert "9938" not in answer.answer


def test_a_table_named_with_its_columns_after_a_colon(lexical_service: AnswerService) -> None:
    answer = lexical_service.ask("执法队伍对照表：持证人数、培训次数")
    check_answer(answer)
    assert answer.kind == "table"
    emin = next(line for line in answer.answer.splitlines() if line.startswith("额敏县："))
    assert "585人" in emin


def test_the_columns_listed_after_a_colon() -> None:
    assert listed_after_colon("执法队伍汇总表：在岗人数、考试、抽查") == [
        "执法队伍在岗人数多少",
        "执法队伍考试多少",
        "执法队伍抽查多少",
    ]
    # A colon after layout words alone, or one thing after it: no columns of a field.
    assert listed_after_colon("做个表：收案、结案") == []
    assert listed_after_colon("执法队伍：持证人数") == []


def test_the_subject_closed_by_de_leads_each_doing(lexical_service: AnswerService) -> None:
    lexical = lexical_service.store.lexical()
    things = parts("复议的收案、结案、纠错情况", lexical)
    assert things[0] == "复议的收案"
    assert all(thing.startswith("复议的") or thing == "结案" for thing in things)
    assert not any("的收纠错" in thing for thing in things)
