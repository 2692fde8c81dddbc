"""The parts of answers about several reports: reading what is measured, the mentioned term,
the lexical index's per-report search, whole reports kept in memory, and verdict checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.figures import FigureFinder
from retrieval.answer.restrict import item_context, joined
from retrieval.answer.rows import snippet
from retrieval.config import Settings
from retrieval.index.lexical import LexicalIndex
from retrieval.query.alternative_names import other_names
from retrieval.query.counted_doing import counted_action, counted_measure
from retrieval.query.expected import Expected
from retrieval.query.measure import measured
from retrieval.query.mentioned import mentioned_term
from retrieval.query.order import order_of
from retrieval.query.things import parts
from retrieval.query.when import attribute_of
from retrieval.service import AnswerService
from retrieval.text.sentences import split_sentences
from retrieval.types import Passage

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"


@pytest.fixture(scope="module")
def service(lexical_service: AnswerService) -> AnswerService:
    """The session's lexical-only index of the sample reports, read only."""
    return lexical_service


@pytest.fixture(scope="module")
def lexical(service: AnswerService) -> LexicalIndex:
    return service.store.lexical()


@pytest.mark.parametrize(
    ("question", "asked", "order"),
    [
        ("哪个县办结的信访件最多？", "办结的信访件多少", "desc"),
        ("把各县新增的执法证件数从多到少排序", "新增的执法证多少件", "desc"),
        ("各乡镇分别建了几个调解室？列个表", "建了几个调解室", "desc"),
        # A measure word before the added 多少 counts in it.
        ("普兰县和叶城县相比，谁的法治讲座场次少？", "普兰县和叶城县的法治讲座多少场次", "asc"),
        ("参训人次最低的是哪份报告", "参训多少人次", "asc"),
        # Orders asked by 按…排, 排前N, which side, two places, a difference.
        ("按调解室数量从多到少排一下各县", "调解室多少", "desc"),
        ("旁听庭审人次排前三的是哪些地方？", "旁听庭审多少人次", "desc"),
        ("两县的法律顾问，哪边数量更少？", "法律顾问多少", "asc"),
        ("审查合同的件数，比多多少？", "审查合同多少件", "desc"),
        ("权责清单里的事项数哪个多", "权责清单里的事项多少项", "desc"),
        ("列出各地的法治公园有多少个", "法治公园有多少个", "desc"),
    ],
)
def test_measured_drops_layout_cues_and_asks_a_count(question: str, asked: str, order: str) -> None:
    assert measured(question) == asked
    assert order_of(question) == order


def test_report_attributes_are_read_only_when_nothing_is_counted() -> None:
    assert attribute_of("哪份报告最早发布？") == "published"
    assert attribute_of("每份报告是哪一年度的") == "year"
    assert attribute_of("哪个县2023年以来调解的纠纷最多") is None
    assert attribute_of("哪个县发布的规范性文件数量最多") is None
    # A header or signature date put in time order; asked for each report, a metadata table.
    assert attribute_of("哪份报告落款日期最晚") == "dated"
    assert attribute_of("各报告成文日期分别是哪天") is None


def test_other_names_put_the_bracketed_name_in_place_of_the_last_word(
    lexical: LexicalIndex,
) -> None:
    assert other_names("法律顾问聘请（选聘）多少名", lexical) == ["法律顾问选聘多少名"]
    assert other_names("居委会（社区）多少个", lexical) == ["社区多少个"]
    assert other_names("执法人员多少名", lexical) == []


def test_parts_split_at_joining_words_but_not_inside_words(lexical: LexicalIndex) -> None:
    assert parts("法治长廊和法治文化广场多少个", lexical) == [
        "法治长廊多少个",
        "法治文化广场多少个",
    ]
    # 和解 is a word of the reports: its 和 joins nothing.
    assert parts("行政复议调解和解多少件", lexical) == ["行政复议调解和解多少件"]
    # Each thing with its own count words before it.
    # A second count with no thing of its own asks it of the first one's thing.
    assert parts("法律援助办了几件、多少人受援", lexical) == [
        "法律援助办了几件",
        "法律援助办了多少人受援",
    ]
    assert parts("建了多少个调解室、多少个法律服务站", lexical) == [
        "建了多少个调解室",
        "多少个法律服务站",
    ]


@pytest.mark.parametrize(
    ("topic", "phrase", "quoted"),
    [
        ("哪些报告提到了公职律师？", "公职律师", False),
        ("列出提到“以案释法”的报告", "以案释法", True),
        ("网格化管理 哪些地方在搞", "网格化管理", False),
        ("有没有提到数字政府的报告？", "数字政府", False),
    ],
)
def test_mentioned_term_is_read_from_the_question(
    lexical: LexicalIndex, topic: str, phrase: str, quoted: bool
) -> None:
    term = mentioned_term(topic, lexical)
    assert term is not None and (term.phrase, term.quoted) == (phrase, quoted)


def test_term_ignores_spaces_and_quotes_written_inside_it(lexical: LexicalIndex) -> None:
    term = mentioned_term("哪些报告提到“谁用工谁负责”？", lexical)
    assert term is not None
    text = "严格落实“谁用工 谁负责”制度。"
    assert term.find(text) == (text.index("谁用工"), text.index("制度") - 1)
    assert term.find("谁用工，谁负责") is None


def test_unquoted_term_may_have_words_inserted_within_a_clause(lexical: LexicalIndex) -> None:
    term = mentioned_term("哪些报告提到了法律顾问全覆盖？", lexical)
    assert term is not None
    assert term.find("实现全县党政机关法律顾问、公职律师全覆盖") is not None
    assert term.find("聘请法律顾问，实现全覆盖") is None
    quoted = mentioned_term("哪些报告提到了“法律顾问全覆盖”？", lexical)
    assert quoted is not None and quoted.find("实现全县党政机关法律顾问、公职律师全覆盖") is None


def test_a_replaced_report_is_read_again(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / "a.txt"
    report.write_text(
        "甲县2025年法治政府建设工作报告\n一、工作情况\n推行首问负责制和容缺受理。\n", "utf-8"
    )
    settings = Settings(index_dir=tmp_path / "index", embed=False, _env_file=None)  # type: ignore[call-arg]
    service = AnswerService(settings)
    service.reports.ingest([folder])
    assert service.ask("哪些报告提到了首问负责制？").citations
    report.write_text("甲县2025年法治政府建设工作报告\n一、工作情况\n推行容缺受理。\n", "utf-8")
    service.reports.ingest([folder])
    service.store.reports(fresh=True)
    assert service.ask("哪些报告提到了首问负责制？").citations == []
    [cited] = service.ask("哪些报告提到了容缺受理？").citations
    assert cited.excerpt == "推行容缺受理。"


@pytest.mark.parametrize(
    ("asked", "measure"),
    [
        ("调解案件数多少", "件"),
        ("热线办件量多少", "件"),
        ("开展的评查多少", "次"),
        ("执法人员人数多少", None),
        ("群众满意度多少", None),
    ],
)
def test_counted_noun_says_the_measure(
    lexical: LexicalIndex, asked: str, measure: str | None
) -> None:
    # The amount of a thing (案件数, 办件量) is counted as the thing is; people and rates are not
    # counted by a measure word of this list.
    assert counted_measure(asked, lexical) == measure


def _sentence_passage(source: str, sentence: str) -> Passage:
    text = (REPORTS / source).read_text(encoding="utf-8")
    start = text.index(sentence)
    return Passage(
        id="p", source=source, title=source, text=sentence, start=start, end=start + len(sentence)
    )


def test_a_noun_named_twice_is_named_by_each_figure(lexical: LexicalIndex) -> None:
    # The sentence names 政务 (of 政务公开) and 服务 (of 服务热线) but neither name the
    # question gives the counted thing: read across reports, its figure counts something else.
    sentence = (
        "深化政务公开与民生响应,通过县人民政府网站主动公开各类信息1984条,"
        "高效办理回复12345服务热线问题730件"
    )
    passage = _sentence_passage("003_fb758e20d058b773.txt", sentence)
    asked = "政务服务事项（代办业务）多少件"
    loose = FigureFinder(asked, lexical).find([passage])
    assert loose is not None and loose.written == "730件"
    named = FigureFinder(asked, lexical, named=True)
    assert "事项" in named.head_forms() and "代办业务" in named.head_forms()
    assert named.find([passage]) is None
    # Without a bracketed name, nothing more is asked of the sentence.
    assert FigureFinder("政务服务事项多少件", lexical, named=True).head_forms() == ()


def test_a_clause_naming_the_asked_rate_binds_its_percentage(lexical: LexicalIndex) -> None:
    # What is counted (调解…纠纷) is named clauses before the rate; the rate's own clause says
    # what its percentage measures.
    sentence = (
        "2023年以来,全县401个调解组织,2186名调解员共计调解矛盾纠纷5726件,调解成功5726件,"
        "成功率达100%"
    )
    passage = _sentence_passage("004_f010129a6dcf8410.txt", sentence)
    found = FigureFinder("人民调解员调处各类纠纷成功率多少", lexical).find([passage])
    assert found is not None and found.written == "100%" and found.percent


def test_a_table_row_counting_nothing_prefers_the_sentence_with_a_figure(
    lexical: LexicalIndex,
) -> None:
    item = (
        "三是强化突发事件应急演练。加强应急物资储备与演练,提升干部群众自救互救能力。"
        "全年累计开展地震、防汛抗旱、消防等各类应急演练200余次。"
    )
    passage = _sentence_passage("001_9e8ca7befe1b15d0.txt", item)
    asked = "应急演练情况"
    plain = FigureFinder(asked, lexical).find([passage])
    row = FigureFinder(asked, lexical, figured=True).find([passage])
    assert plain is not None and "200余次" not in plain.pick.text
    assert row is not None and "200余次" in row.pick.text


def test_a_rate_is_said_by_the_reports_other_word_for_it() -> None:
    expected = Expected.of("诉求办理满意率多少")
    assert expected.fits("群众满意度99.98%")
    assert not expected.fits("民主测评好评率98.9%")


def test_both_rates_at_a_hundred_bind_as_one_hundred_percent(lexical: LexicalIndex) -> None:
    sentence = (
        "畅通“12345”政务服务便民热线、线上留言等群众诉求渠道,全年收到并办结群众诉求520余件,"
        "实现反馈率和办理结果满意率“双一百”目标"
    )
    passage = _sentence_passage("001_9e8ca7befe1b15d0.txt", sentence)
    found = FigureFinder("诉求办理的满意率是多少", lexical).find([passage])
    assert found is not None and found.written == "双一百"
    assert found.percent and found.value == 100


def test_a_rate_read_across_reports_is_a_rate_of_the_asked_thing(lexical: LexicalIndex) -> None:
    asked = "考试，通过率多少"
    # 备案通过率 is a rate of filings, not of an exam.
    filing = _sentence_passage(
        "002_62a3a57a87610d23.txt", "审查规范性文件11件,合同17件,备案通过率100%"
    )
    assert FigureFinder(asked, lexical).find([filing]) is not None
    assert FigureFinder(asked, lexical, named=True).find([filing]) is None
    # An exam's rate by another name (及格率) answers where the sentence names the exam.
    exam = _sentence_passage(
        "004_f010129a6dcf8410.txt",
        "2023年全县各级干部参加专题考试6场次,累计参考单位583个,累计参考人数32886人,"
        "参考率、及格率均在80%以上",
    )
    assert FigureFinder(asked, lexical).find([exam]) is None
    found = FigureFinder(asked, lexical, named=True).find([exam])
    assert found is not None and found.percent and found.value == 80


def test_an_item_names_the_topic_of_its_figures_for_all_its_sentences(
    lexical: LexicalIndex,
) -> None:
    # The figures' sentence says only 培训; the next sentence of its item says whose training.
    item = (
        "二是制定了年度培训计划,采取线上培训的方式,2023以来县级层面开展培训25场次,"
        "乡镇层面开展培训368场次,累计参会人员达27.4万余人次。调解员培训实现了全覆盖,培训率达到100%。"
    )
    passage = _sentence_passage("004_f010129a6dcf8410.txt", item)
    asked = "人民调解员培训多少场次"
    assert FigureFinder(asked, lexical).find([passage]) is None
    found = FigureFinder(asked, lexical, named=True).find([passage])
    assert found is not None and found.written == "25场次"
    # "2023以来", written without 年, is still the period the figure covers.
    assert found.period == "2023以来"


def test_item_context_is_the_rest_of_each_item() -> None:
    text = "一是甲。乙。二是丙。丁。"
    passage = Passage(id="p", source="s", title="s", text=text, start=0, end=len(text))
    context = item_context(passage, split_sentences(text))
    assert context == ["乙。", "一是甲。", "丁。", "二是丙。"]
    untitled = Passage(id="q", source="s", title="s", text="甲。乙。", start=0, end=4)
    assert item_context(untitled, split_sentences("甲。乙。")) == ["", ""]


def test_a_quoted_clause_sharing_one_character_with_the_asked_thing_keeps_the_one_before(
    lexical: LexicalIndex,
) -> None:
    passage = _sentence_passage(
        "002_62a3a57a87610d23.txt", "审查规范性文件11件,合同17件,备案通过率100%"
    )
    found = FigureFinder("合法合规审查了多少", lexical).find([passage])
    assert found is not None and found.written == "17件"
    # 合同 shares only 合 with 合法合规: the clause that says 审查 is quoted too.
    assert snippet(found, "合法合规审查") == "审查规范性文件11件,合同17件"


def test_passages_that_follow_one_another_are_read_as_one() -> None:
    text = "一是甲。乙。丙。"

    def piece(id_: str, start: int, end: int) -> Passage:
        return Passage(id=id_, source="s", title="s", text=text[start:end], start=start, end=end)

    first, second, apart = piece("a", 0, 4), piece("b", 4, 6), piece("c", 7, 8)
    # Found best first: the later one first; joined, the pair keeps that rank.
    runs = joined([apart, second, first])
    assert [p.id for p in runs] == ["c", "a+b"]
    assert runs[1].text == "一是甲。乙。" and runs[1].span(4, 6) == "乙。"


@pytest.mark.parametrize(
    ("asked", "action"),
    [
        ("审查的合同有多少件", "审查"),
        ("当年接收行政复议申请多少份", "接收"),
        ("组织召开县政府常务会议多少次", "召开"),
        # A light verb names no action: the noun after it says what is counted.
        ("开展法治培训多少次", None),
        ("法律顾问多少", None),
    ],
)
def test_counted_action_is_the_verb_of_the_counted_phrase(asked: str, action: str | None) -> None:
    assert counted_action(asked) == action


def test_a_figure_of_the_asked_action_is_preferred(lexical: LexicalIndex) -> None:
    # Both sentences count 规范性文件 (the second says the words outright, right before its
    # figure); only the first counts documents that were reviewed (审查).
    reviewed = "2023年以来审查合法性文件共9件,出具各类意见建议73份。"
    kept = "继续有效规范性文件16份,失效文件2份。"
    source = "004_f010129a6dcf8410.txt"
    text = (REPORTS / source).read_text(encoding="utf-8")
    start, end = text.index(reviewed), text.index(kept) + len(kept)
    passage = Passage(
        id="p", source=source, title=source, text=text[start:end], start=start, end=end
    )
    found = FigureFinder("审查的规范性文件有多少", lexical).find([passage])
    assert found is not None and found.written == "9件"
    # Asked without the action, the figure the noun touches answers.
    found = FigureFinder("规范性文件有多少", lexical).find([passage])
    assert found is not None and found.written == "16份"


def test_a_target_answers_only_a_question_about_targets(lexical: LexicalIndex) -> None:
    # "不少于2次" sets a floor for each year: it counts no training done.
    sentence = "三是每年对行政执法人员业务培训不少于2次"
    passage = _sentence_passage("004_f010129a6dcf8410.txt", sentence)
    assert FigureFinder("执法人员业务培训多少次", lexical).find([passage]) is None
    found = FigureFinder("执法人员业务培训的要求是多少次", lexical).find([passage])
    assert found is not None and found.written == "不少于2次"


def test_a_ranking_leaves_targets_out(service: AnswerService) -> None:
    answer = service.ask("哪个地方举办的法治讲座最少？")
    assert answer.kind == "ranking"
    # 普兰县 states lectures held ("法治讲座2场次", "法律知识讲座10余场次"), never a target.
    assert answer.answer.splitlines()[0].startswith("最少的是普兰县：")
    assert all("不少于2次" not in citation.excerpt for citation in answer.citations)


def test_the_noun_every_case_is_does_not_part_a_figure_from_the_asked_words(
    lexical: LexicalIndex,
) -> None:
    # "公证案件1742件" counts notarial cases as "上门办理公证186件" counts some of them: 案件
    # names every thing counted in 件, so 公证 is as near the first figure as the second.
    sentence = (
        "2023年以来,办理公证案件1742件,为困难群众免费办理案件18件,"
        "减免公证费6700元,上门办理公证186件"
    )
    passage = _sentence_passage("004_f010129a6dcf8410.txt", sentence)
    for finder in (
        FigureFinder("公证办理了多少件", lexical, named=True, whole=True),
        FigureFinder("公证办理了多少件", lexical, named=True, whole=True, kinds=True),
    ):
        found = finder.find([passage])
        assert found is not None and found.written == "1742件"
