"""Report routing: region and year mentions, unknown regions, comparisons and follow-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.config import Settings
from retrieval.ingest.loading import load_report
from retrieval.query.catalog import Catalog
from retrieval.query.names import default_gazetteer, region_forms
from retrieval.query.routing import route
from retrieval.schema import Answer, Conversation
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SAMPLES = sorted(p.name for p in REPORTS.glob("*.txt"))
EMIN, AKETAO, PULAN, UNNAMED, YECHENG = SAMPLES
TITLES = {name: load_report(REPORTS / name).title for name in SAMPLES}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    """The catalog the store would hold for the sample reports."""
    reports = {}
    for name in SAMPLES:
        report = load_report(REPORTS / name)
        reports[name] = {"title": report.title, "region": report.region, "year": report.year}
    return Catalog.from_store(reports)


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A lexical-only index of the sample reports shared by this module's read-only tests."""
    index_dir = tmp_path_factory.mktemp("routing") / "index"
    settings = Settings(index_dir=index_dir, embed=False, _env_file=None)  # type: ignore[call-arg]
    AnswerService(settings).reports.ingest([REPORTS])
    return settings


def excerpts_hold(answer: Answer, fact: str) -> bool:
    return fact in answer.answer and any(fact in c.excerpt for c in answer.citations)


def test_region_forms_of_a_township() -> None:
    forms = region_forms("阿克陶县克孜勒陶镇")
    assert {"阿克陶县克孜勒陶镇", "阿克陶县", "克孜勒陶镇", "阿克陶", "克孜勒陶"} <= set(forms)


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("额敏县累计抽查执法案卷多少件？", EMIN),
        ("额敏累计抽查执法案卷多少件？", EMIN),
        ("阿克陶县克孜勒陶镇发布预警信息多少条？", AKETAO),
        ("克孜勒陶镇发布预警信息多少条？", AKETAO),
        ("克孜勒陶发布预警信息多少条？", AKETAO),
        ("阿克陶县发布预警信息多少条？", AKETAO),
        ("阿克陶发布预警信息多少条？", AKETAO),
        ("普兰县法律援助修改合同多少件？", PULAN),
        ("普兰法律援助修改合同多少件？", PULAN),
        ("叶城县有多少名调解员？", YECHENG),
        ("叶城有多少名调解员？", YECHENG),
    ],
)
def test_full_and_short_region_names_route_to_their_report(
    catalog: Catalog, question: str, source: str
) -> None:
    routed = route(question, catalog, default_gazetteer())
    assert routed.sources(catalog) == [source]
    assert routed.unknown_regions == []
    # What is asked about no longer names the place.
    assert not any(
        form in routed.topic(question) for r in routed.regions for form in region_forms(r)
    )


def test_no_region_no_year_searches_everything(catalog: Catalog) -> None:
    routed = route("有多少名调解员？", catalog, default_gazetteer())
    assert routed.sources(catalog) is None and routed.unknown_regions == []


@pytest.mark.parametrize(
    ("question", "year", "sources"),
    [
        ("2023年清理了多少份规范性文件？", 2023, [YECHENG]),
        ("2025年发布预警信息多少条？", 2025, [EMIN, AKETAO, PULAN, UNNAMED]),
        ("2024年清理了多少份规范性文件？", 2024, []),
        ("叶城县2025年清理了多少份规范性文件？", 2025, []),
        ("额敏县2025年累计抽查执法案卷多少件？", 2025, [EMIN]),
    ],
)
def test_year_filters_reports(
    catalog: Catalog, question: str, year: int, sources: list[str]
) -> None:
    routed = route(question, catalog, default_gazetteer())
    assert routed.year == year
    assert routed.sources(catalog) == sources
    assert str(year) not in routed.topic(question)


# 塔什库尔干县 is in no dictionary: a proper noun, then 县.
@pytest.mark.parametrize("place", ["喀什市", "伽师县", "和田市", "塔什库尔干县"])
def test_a_place_without_a_report_is_unknown(catalog: Catalog, place: str) -> None:
    routed = route(f"{place}累计抽查执法案卷多少件？", catalog, default_gazetteer())
    assert routed.regions == []
    assert routed.unknown_regions == [place]


@pytest.mark.parametrize(
    "question", ["全县有几个调解组织？", "各乡镇开展普法活动多少场次？", "本市法律顾问全覆盖了吗？"]
)
def test_generic_words_are_not_places(catalog: Catalog, question: str) -> None:
    routed = route(question, catalog, default_gazetteer())
    assert routed.regions == [] and routed.unknown_regions == []


def test_two_regions_in_the_order_named(catalog: Catalog) -> None:
    question = "额敏县和普兰县分别抽查了多少件执法案卷？"
    assert route(question, catalog).regions == ["额敏县", "普兰县"]
    reverse = "普兰和克孜勒陶各组织了多少次执法培训？"
    assert route(reverse, catalog).regions == ["普兰县", "阿克陶县克孜勒陶镇"]


# -- through the service (lexical-only private index) ------------------------------------


def test_county_name_finds_the_township_report(index: Settings) -> None:
    answer = AnswerService(index).ask("阿克陶县全年共发布预警信息多少条？")
    assert answer.searched == [AKETAO]
    assert answer.citations and {c.source for c in answer.citations} == {AKETAO}
    assert excerpts_hold(answer, "305条")


def test_year_restricts_the_search(index: Settings) -> None:
    answer = AnswerService(index).ask("2023年清理了多少份规范性文件？")
    assert answer.searched == [YECHENG]
    assert {c.source for c in answer.citations} == {YECHENG}
    assert excerpts_hold(answer, "18份")


def test_unknown_region_abstains_naming_the_stored_reports(index: Settings) -> None:
    answer = AnswerService(index).ask("喀什市累计抽查执法案卷多少件？")
    assert answer.abstained and answer.citations == []
    assert "喀什市" in answer.answer
    assert answer.searched == SAMPLES
    assert all(TITLES[name] in answer.answer for name in SAMPLES)


def test_region_with_another_year_abstains(index: Settings) -> None:
    answer = AnswerService(index).ask("叶城县2025年清理了多少份规范性文件？")
    assert answer.abstained and answer.citations == []
    assert "叶城县" in answer.answer and "2025" in answer.answer
    assert TITLES[YECHENG] in answer.answer  # the report that does exist is named


def test_comparison_answers_per_region(index: Settings) -> None:
    answer = AnswerService(index).ask("额敏县和普兰县分别抽查了多少件执法案卷？")
    assert not answer.abstained
    assert {c.source for c in answer.citations} == {EMIN, PULAN}
    lines = answer.answer.splitlines()
    assert [line.split("：")[0] for line in lines[:2]] == ["额敏县", "普兰县"]
    for line, source in zip(lines, [EMIN, PULAN], strict=False):
        cited = [c for c in answer.citations if f"[{c.n}]" in line]
        assert cited and all(c.source == source for c in cited)
    assert excerpts_hold(answer, "126件")
    # Two figures side by side are weighed, though no verdict was asked.
    assert lines[-1] == "额敏县为126件[1]，多于普兰县的66件[2]。"


def test_stored_and_unknown_region_together(index: Settings) -> None:
    answer = AnswerService(index).ask("额敏县和喀什市累计抽查执法案卷多少件？")
    assert excerpts_hold(answer, "126件")
    assert "喀什市" in answer.answer


def test_region_followup_reasks_the_previous_question(index: Settings) -> None:
    service = AnswerService(index)
    conversation = Conversation()
    first = service.ask("额敏县累计抽查执法案卷多少件？", conversation=conversation)
    assert first.searched == [EMIN]
    followup = service.ask("那普兰县呢？", conversation=conversation)
    direct = service.ask("普兰县累计抽查执法案卷多少件？")
    assert followup.searched == [PULAN]
    assert not followup.abstained
    assert [(c.source, c.start, c.end) for c in followup.citations] == [
        (c.source, c.start, c.end) for c in direct.citations
    ]
    assert "案卷" in followup.answer
    assert conversation.regions == ["普兰县"]


def test_question_without_region_inherits_the_previous_one(index: Settings) -> None:
    service = AnswerService(index)
    alone = service.ask("督促整改了多少个问题？")
    assert alone.searched == SAMPLES  # on its own it is not about any one report
    conversation = Conversation()
    service.ask("额敏县累计抽查执法案卷多少件？", conversation=conversation)
    followup = service.ask("督促整改了多少个问题？", conversation=conversation)
    assert followup.searched == [EMIN]
    assert {c.source for c in followup.citations} == {EMIN}
    assert excerpts_hold(followup, "230个")


def test_a_full_question_after_a_turn_is_not_rewritten(index: Settings) -> None:
    service = AnswerService(index)
    conversation = Conversation()
    service.ask("额敏县累计抽查执法案卷多少件？", conversation=conversation)
    answer = service.ask("普兰县法律援助修改合同多少件？", conversation=conversation)
    assert answer.searched == [PULAN]
    assert excerpts_hold(answer, "26件")


def test_followup_to_an_unknown_region_abstains(index: Settings) -> None:
    service = AnswerService(index)
    conversation = Conversation()
    service.ask("额敏县累计抽查执法案卷多少件？", conversation=conversation)
    answer = service.ask("那喀什市呢？", conversation=conversation)
    assert answer.abstained and answer.citations == []
    assert "喀什市" in answer.answer


def test_followup_after_an_unknown_region_still_reasks_the_question(index: Settings) -> None:
    service = AnswerService(index)
    conversation = Conversation()
    service.ask("额敏县累计抽查执法案卷多少件？", conversation=conversation)
    service.ask("那喀什市呢？", conversation=conversation)
    answer = service.ask("那普兰县呢？", conversation=conversation)
    direct = service.ask("普兰县累计抽查执法案卷多少件？")
    assert not answer.abstained
    assert [c.start for c in answer.citations] == [c.start for c in direct.citations]


def test_followup_naming_two_regions_compares_them(index: Settings) -> None:
    service = AnswerService(index)
    conversation = Conversation()
    service.ask("额敏县的矛盾纠纷调解了多少件？", conversation=conversation)
    answer = service.ask("普兰县和叶城县呢？", conversation=conversation)
    assert not answer.abstained
    assert {c.source for c in answer.citations} == {PULAN, YECHENG}


@pytest.mark.parametrize("name", [UNNAMED, UNNAMED.removesuffix(".txt")])
def test_a_report_named_by_its_file_name_is_the_one_searched(catalog: Catalog, name: str) -> None:
    # Answers name an untitled report by its file name; a user may ask about it by that name.
    question = f"{name}这份报告存在哪些问题？"
    routed = route(question, catalog)
    assert routed.sources(catalog) == [UNNAMED]
    assert name not in routed.topic(question) and "存在哪些问题" in routed.topic(question)


def test_a_document_number_is_no_report(catalog: Catalog) -> None:
    assert route("县政发〔2025〕003号文件说了什么？", catalog).files == []
    assert route("3号文件说了什么？", catalog).sources(catalog) is None


def test_a_file_number_with_its_zeros_names_the_report(catalog: Catalog) -> None:
    # Answers name an untitled report by its file; "003号文件" is that file.
    assert route("003号文件说了什么？", catalog).sources(catalog) == [UNNAMED]


def test_a_question_about_a_file_named_report_is_answered_from_it(index: Settings) -> None:
    answer = AnswerService(index).ask(f"{UNNAMED}里依托法律顾问审查合同协议多少件？")
    assert not answer.abstained and {c.source for c in answer.citations} == {UNNAMED}
    assert "50件" in answer.answer


@pytest.mark.parametrize(
    ("question", "files"),
    [
        # The number a file name starts with, then a word pointing at the report.
        ("普兰县跟003那份报告比，法律援助案件谁多", [UNNAMED]),
        ("3号报告的公证案件有多少", [UNNAMED]),
        # A year, a hotline number and a document's number name no report.
        ("2003年的公证案件有多少", []),
        ("12345热线办了多少件", []),
    ],
)
def test_a_report_named_by_its_number(catalog: Catalog, question: str, files: list[str]) -> None:
    assert route(question, catalog).files == files


def test_a_report_named_by_its_number_is_a_side_of_a_comparison(index: Settings) -> None:
    answer = AnswerService(index).ask("普兰县跟003那份报告比，法律援助案件谁多")
    assert answer.kind == "comparison"
    assert [(r.source, r.value) for r in answer.rows or []] == [(PULAN, None), (UNNAMED, "103件")]
