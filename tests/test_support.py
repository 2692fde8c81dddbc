"""The offline support checker and ALCE citation scores, on hand-made cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.answer.support import (
    Evidence,
    claims,
    entities,
    judge,
    parse_markers,
    score_sentences,
)
from retrieval.evaluation.check import check_answer
from retrieval.evaluation.sources import SourceStore
from retrieval.schema import Answer, Citation

TITLE = "额敏县2025年法治政府建设工作报告"
REPORT = (
    f"{TITLE}\n\n一、总体情况\n"
    "受理行政审批和公共服务事项61.28万件次。纠错行政行为3件，纠错率百分之二十五。\n"
    "累计抽查案卷126件，制发行政执法监督意见书22份；组织13个乡镇开展述法。\n"
)


def ev(text: str) -> Evidence:
    return Evidence(text, (TITLE, "额敏县"))


def test_number_present_and_absent() -> None:
    evidence = [ev("累计抽查案卷126件，制发行政执法监督意见书22份；")]
    assert judge("累计抽查案卷126件。", evidence).supported
    verdict = judge("累计抽查案卷127件。", evidence)
    assert not verdict.supported and verdict.missing_numbers == ["127"]


def test_wan_and_percent_forms_match() -> None:
    wan = [ev("受理行政审批和公共服务事项61.28万件次。")]
    assert judge("受理行政审批和公共服务事项612800件次。", wan).supported
    assert not judge("受理行政审批和公共服务事项613000件次。", wan).supported
    assert judge("纠错率为25%。", [ev("纠错行政行为3件，纠错率百分之二十五。")]).supported
    assert not judge("纠错率为35%。", [ev("纠错行政行为3件，纠错率百分之二十五。")]).supported


def test_place_names_must_be_in_excerpt_or_cited_report() -> None:
    excerpt = [ev("累计抽查案卷126件，制发行政执法监督意见书22份；")]
    # The report's own county and year count as present: citing the report attributes them.
    assert judge("2025年额敏县累计抽查案卷126件。", excerpt).supported
    verdict = judge("普兰县累计抽查案卷126件。", excerpt)
    assert not verdict.supported and verdict.missing_entities == ["普兰县"]


def test_titles_and_quoted_terms_are_entities() -> None:
    found = entities("落实《行政复议法》，开展“谁执法谁普法”活动，覆盖阿克陶县克孜勒陶镇。")
    assert found[:2] == ["《行政复议法》", "谁执法谁普法"]
    assert "阿克陶县" in found
    excerpt = [ev("深入学习《行政复议法》，开展普法活动。")]
    assert judge("深入学习《行政复议法》。", excerpt).supported
    assert not judge("深入学习《行政诉讼法》。", excerpt).supported
    assert judge(f"据《{TITLE}》，深入学习《行政复议法》。", excerpt).supported


def test_wording_unrelated_to_the_excerpt_is_unsupported() -> None:
    evidence = [ev("累计抽查案卷126件，制发行政执法监督意见书22份；")]
    verdict = judge("组织开展法治宣传进万家活动。", evidence)
    assert not verdict.supported and verdict.overlap < 0.5


def test_claims_skip_abstention_headers_and_attach_markers() -> None:
    answer = (
        "额敏县累计抽查案卷126件。[1]\n依据：\n"
        "一是压实责任；二是健全机制[2]。\n叶城县：未在报告中找到该问题的答案。"
    )
    found = claims(answer)
    assert [(c.text, c.markers) for c in found] == [
        ("额敏县累计抽查案卷126件。", (1,)),
        ("一是压实责任；二是健全机制。", (2,)),
    ]


def test_parse_markers_forms() -> None:
    assert parse_markers("甲[1]乙[2,3]丙【4】丁[5-7]戊[1]") == [1, 2, 3, 4, 5, 6, 7]
    assert parse_markers("见[2025]号") == []


def test_uncited_sentence_lowers_recall() -> None:
    answer = "累计抽查案卷126件[1]。组织13个乡镇开展述法。"
    scores = score_sentences(answer, {1: ev("累计抽查案卷126件，制发行政执法监督意见书22份；")})
    assert [s.supported for s in scores] == [True, False]
    assert scores[1].markers == [] and scores[1].precise == []


def test_redundant_citation_is_imprecise() -> None:
    evidence = {
        1: ev("累计抽查案卷126件，制发行政执法监督意见书22份；"),
        2: ev("组织13个乡镇开展述法。"),
    }
    [score] = score_sentences("累计抽查案卷126件[1][2]。", evidence)
    assert score.supported and score.precise == [1] and score.irrelevant == [2]


def test_each_needed_citation_is_precise() -> None:
    evidence = {1: ev("累计抽查案卷126件。"), 2: ev("制发行政执法监督意见书22份。")}
    [score] = score_sentences("累计抽查案卷126件，制发行政执法监督意见书22份[1][2]。", evidence)
    assert score.supported and score.precise == [1, 2]
    [alone] = score_sentences("累计抽查案卷126件，制发行政执法监督意见书22份[1]。", evidence)
    assert not alone.supported and alone.precise == [] and alone.irrelevant == [1]


def test_marker_naming_no_citation_is_unsupported() -> None:
    evidence = {1: ev("累计抽查案卷126件。")}
    [score] = score_sentences("累计抽查案卷126件[3]。", evidence)
    assert not score.supported and score.irrelevant == [3]


@pytest.fixture
def store(tmp_path: Path) -> SourceStore:
    # CRLF kept as is: offsets index the decoded file, no newline translation.
    (tmp_path / "emin.txt").write_bytes(REPORT.replace("\n", "\r\n").encode("utf-8"))
    return SourceStore(tmp_path)


def cite(store: SourceStore, n: int, phrase: str, **override: object) -> Citation:
    text = store.text("emin.txt")
    start = text.index(phrase)
    values: dict[str, object] = {
        "n": n,
        "source": "emin.txt",
        "title": TITLE,
        "start": start,
        "end": start + len(phrase),
        "excerpt": phrase,
        **override,
    }
    return Citation.model_validate(values)


def test_exact_excerpt_supports_its_sentence(store: SourceStore) -> None:
    answer = Answer(
        question="q",
        answer="累计抽查案卷126件[1]。",
        abstained=False,
        citations=[cite(store, 1, "累计抽查案卷126件")],
    )
    result = check_answer(answer, store).to_dict()
    assert result["citation_recall"] == 1.0 and result["excerpt_fidelity"] == 1.0


def test_excerpt_differing_by_one_character_is_judged_on_the_true_span(store: SourceStore) -> None:
    # The claimed excerpt says 127 and would support the sentence; the file says 126.
    forged = cite(store, 1, "累计抽查案卷126件", excerpt="累计抽查案卷127件")
    answer = Answer(
        question="q", answer="累计抽查案卷127件[1]。", abstained=False, citations=[forged]
    )
    result = check_answer(answer, store)
    assert result.to_dict()["excerpt_fidelity"] == 0.0
    assert result.citations[0].problem and not result.sentences[0].supported
    assert result.sentences[0].support.missing_numbers == ["127"]


def test_citation_outside_the_file(store: SourceStore) -> None:
    length = len(store.text("emin.txt"))
    bad = cite(store, 1, "累计抽查案卷126件", start=length - 2, end=length + 40)
    answer = Answer(question="q", answer="累计抽查案卷126件[1]。", abstained=False, citations=[bad])
    result = check_answer(answer, store)
    assert "outside the file" in (result.citations[0].problem or "")
    assert not result.citations[0].exact and not result.sentences[0].supported


def test_unknown_source_and_path_names_are_reported(store: SourceStore) -> None:
    for source in ("missing.txt", "../emin.txt"):
        answer = Answer(
            question="q",
            answer="累计抽查案卷126件[1]。",
            abstained=False,
            citations=[cite(store, 1, "累计抽查案卷126件", source=source)],
        )
        result = check_answer(answer, store)
        assert "unknown source" in (result.citations[0].problem or "")
        assert result.to_dict()["citation_recall"] == 0.0


def test_abstained_answer_has_no_claims(store: SourceStore) -> None:
    answer = Answer(question="q", answer="未在报告中找到该问题的答案。", abstained=True)
    result = check_answer(answer, store).to_dict()
    assert result["sentences"] == [] and result["citation_recall"] is None
