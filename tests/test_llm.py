"""Generative answers: the real ChatOpenAI/openai client against a scripted local server."""

from __future__ import annotations

import os
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.messages import BaseMessage
from llm_server import Reply, ScriptedLLMServer

from retrieval.answer.generative import (
    ABSTAIN,
    LLMAnswerer,
    LLMError,
    answer_prompt,
    condense_prompt,
    count_tokens,
    pack_passages,
    render_context,
    render_history,
    to_answer,
)
from retrieval.answer.verify import verify
from retrieval.config import Settings
from retrieval.text.sentences import split_sentences
from retrieval.types import Passage

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
SNAPSHOTS = Path(__file__).parent / "snapshots"
EMIN = "000_8e5fc35e060c3da7.txt"  # 额敏县 2025
YECHENG = "004_f010129a6dcf8410.txt"  # 叶城县 2023
KEY = "sk-test-SECRET-0123456789"
QUESTION = "额敏县拖欠账款清理的执行情况如何？"


def source_text(source: str) -> str:
    return (REPORTS / source).read_text(encoding="utf-8")


def paragraph(source: str, needle: str, region: str) -> Passage:
    """The paragraph of a real report containing ``needle``, as the retriever returns it."""
    text = source_text(source)
    at = text.find(needle)
    assert at >= 0, needle
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    title = text.strip().splitlines()[0].strip()
    match = re.search(r"20\d\d", title)
    return Passage(
        id=f"{source}:{start}",
        source=source,
        title=title,
        text=text[start:end],
        start=start,
        end=end,
        region=region,
        year=int(match.group()) if match else None,
        score=1.0,
    )


@pytest.fixture
def emin() -> Passage:
    return paragraph(EMIN, "全年接收行政复议案件38件", "额敏县")


@pytest.fixture
def yecheng() -> Passage:
    return paragraph(YECHENG, "调解矛盾纠纷5726件", "叶城县")


@pytest.fixture
def server() -> Iterator[ScriptedLLMServer]:
    running = ScriptedLLMServer().start()
    yield running
    running.stop()


def make_settings(base_url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": base_url,
        "llm_model": "scripted-model",
        "llm_timeout": 1.0,
        "llm_max_retries": 2,
        **overrides,
    }
    return Settings(_env_file=None, **values)  # type: ignore[call-arg,arg-type]


@pytest.fixture
def answerer(server: ScriptedLLMServer) -> LLMAnswerer:
    return LLMAnswerer(make_settings(server.url))


def assert_exact(result_citations: list) -> None:
    for citation in result_citations:
        assert source_text(citation.source)[citation.start : citation.end] == citation.excerpt


def test_cited_answer_is_verified_and_narrowed(answerer, server, emin, yecheng):
    server.push("额敏县16件民事案件已履行14件，执行率87.5%[1]。")
    result = answerer.answer(QUESTION, [emin, yecheng])
    assert not result.empty and not result.abstained
    assert result.answer == "额敏县16件民事案件已履行14件，执行率87.5%[1]。"
    [citation] = result.citations
    assert citation.n == 1 and citation.source == EMIN and citation.region == "额敏县"
    assert "已履行14件" in citation.excerpt and "87.5%" in citation.excerpt
    assert len(citation.excerpt) < len(emin.text)  # narrowed to the sentence
    assert emin.start <= citation.start < citation.end <= emin.end
    assert_exact(result.citations)
    assert result.verification["dropped_sentences"] == []
    assert result.verification["verified_sentences"] == 1
    # What went over the wire: both passages numbered with their metadata, our settings.
    [request] = server.requests
    assert request.headers["authorization"] == f"Bearer {KEY}"
    body = request.json
    assert body["model"] == "scripted-model" and body["temperature"] == 0.0
    assert body["max_tokens"] == 800  # what Ollama/vLLM/LM Studio read
    prompt = body["messages"][1]["content"]
    assert "[1] 《额敏县2025年法治政府建设工作报告》 地区：额敏县 年份：2025" in prompt
    assert "[2] 《叶城县2023年度法治政府建设工作报告》 地区：叶城县 年份：2023" in prompt
    assert prompt.index("[1] 《") < prompt.index("[2] 《") and QUESTION in prompt
    assert ABSTAIN in body["messages"][0]["content"]


def test_unknown_citation_is_removed(answerer, server, emin):
    server.push("额敏县民事案件已履行14件[1][5]。执行率为87.5%[7]。")
    result = answerer.answer(QUESTION, [emin])
    assert result.answer == "额敏县民事案件已履行14件[1]。"
    removed = {item["marker"] for item in result.verification["removed_citations"]}
    assert removed == {5, 7}
    # The second sentence lost its only citation, so its number is no longer supported.
    [dropped] = result.verification["dropped_sentences"]
    assert dropped["numbers"] == ["87.5%"] and dropped["reason"] == "numbers without a citation"
    assert [c.n for c in result.citations] == [1]


def test_number_not_in_cited_passage_drops_the_sentence(answerer, server, emin, yecheng):
    server.push("额敏县民事案件已履行14件[1]。执行率为95%[1]。叶城县共计调解矛盾纠纷963件[2]。")
    result = answerer.answer(QUESTION, [emin, yecheng])
    assert result.answer == "额敏县民事案件已履行14件[1]。"
    dropped = {d["sentence"]: d for d in result.verification["dropped_sentences"]}
    assert dropped["执行率为95%。"]["numbers"] == ["95%"]
    # 963 is in the 额敏县 passage, but the sentence cites the 叶城县 one.
    assert dropped["叶城县共计调解矛盾纠纷963件。"]["cited"] == [2]
    assert "95%" not in result.answer and "963" not in result.answer


def test_uncited_sentence_is_not_shown(answerer, server, emin):
    server.push("额敏县县长为张三。全年接收行政复议案件38件[1]。")
    result = answerer.answer(QUESTION, [emin])
    assert result.verification["uncited_sentences"] == ["额敏县县长为张三。"]
    assert result.answer == "全年接收行政复议案件38件[1]。" and not result.empty
    [dropped] = result.verification["dropped_sentences"]
    assert dropped["reason"] == "no citation"


def test_nothing_verified_is_empty(answerer, server, emin):
    server.push("额敏县高度重视行政复议工作。全年接收案件99件[1]。")
    result = answerer.answer(QUESTION, [emin])
    assert result.empty and result.citations == []
    assert result.verification["verified_sentences"] == 0


def test_comparison_renumbers_per_region(answerer, server, emin, yecheng):
    server.push(
        "叶城县共计调解矛盾纠纷5726件，成功率达100%[2]；\n额敏县全年排查调解各类矛盾纠纷963件[1]。"
    )
    result = answerer.answer("比较额敏县和叶城县调解矛盾纠纷的数量", [emin, yecheng])
    assert result.answer == (
        "叶城县共计调解矛盾纠纷5726件，成功率达100%[1]；\n额敏县全年排查调解各类矛盾纠纷963件[2]。"
    )
    first, second = result.citations
    assert (first.source, second.source) == (YECHENG, EMIN)
    assert "5726件" in first.excerpt and "963件" in second.excerpt
    assert_exact(result.citations)
    answer = to_answer("q", result, {"retrieve": 5.0})
    data = answer.to_json_dict()
    assert data["mode"] == "llm" and data["searched"] == [YECHENG, EMIN]
    assert data["timings_ms"]["retrieve"] == 5.0 and "llm" in data["timings_ms"]


def test_marker_after_full_stop_and_think_block(answerer, server, emin):
    server.push("<think>先找数字</think>\n全年接收行政复议案件38件。\n[1]\n\n调解和解率71.43%。[1]")
    result = answerer.answer(QUESTION, [emin])
    assert result.answer == "全年接收行政复议案件38件。[1]\n\n调解和解率71.43%。[1]"
    assert "38件" in result.citations[0].excerpt


@pytest.mark.parametrize(
    ("reply", "shown"),
    [
        ("全年接收行政复议案件38件【1】。", "全年接收行政复议案件38件[1]。"),
        ("全年接收行政复议案件38件［1］。", "全年接收行政复议案件38件[1]。"),
        ("全年接收行政复议案件38件[1, 2]。", "全年接收行政复议案件38件[1][2]。"),
        ("1. 全年接收行政复议案件38件 [1]。", "1. 全年接收行政复议案件38件[1]。"),
        ("全年接收行政复议案件38件[2025]。", ""),  # a bracketed year is no citation
    ],
)
def test_marker_forms(emin, yecheng, reply, shown):
    result = verify(reply, pack_passages([emin, yecheng], 10_000))
    assert result.answer == shown
    assert result.empty == (shown == "")


def test_abstention(answerer, server, emin):
    server.push(ABSTAIN)
    result = answerer.answer("额敏县的GDP是多少？", [emin])
    assert result.abstained and not result.empty and result.citations == []
    assert result.answer == ABSTAIN


def test_slow_reply_times_out_without_retry(answerer, server, emin):
    server.push(Reply(content="太慢了[1]。", delay=3.0))
    with pytest.raises(LLMError, match=r"timed out after 1s"):
        answerer.answer(QUESTION, [emin])
    assert len(server.requests) == 1


def test_server_error_is_retried_then_reported(answerer, server, emin):
    fast = {"retry-after-ms": "10"}
    server.push(*[Reply(status=500, headers=fast)] * 3)
    with pytest.raises(LLMError, match=r"HTTP 500 after 3 attempts") as error:
        answerer.answer(QUESTION, [emin])
    assert len(server.requests) == 3 and KEY not in str(error.value)


def test_rate_limit_then_success(server, emin):
    answerer = LLMAnswerer(make_settings(server.url, llm_max_retries=1))
    server.push(Reply(status=429), "全年接收行政复议案件38件[1]。")  # default backoff
    result = answerer.answer(QUESTION, [emin])
    assert len(server.requests) == 2 and result.citations and not result.empty


def test_long_retry_after_gives_up_at_once(answerer, server, emin):
    server.push(Reply(status=429, headers={"retry-after": "60"}))
    with pytest.raises(LLMError, match=r"HTTP 429: rate limited"):
        answerer.answer(QUESTION, [emin])
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body=b'{"id": "chatcmpl-1", "choices": [{"index": 0, "message": '),
        Reply(body=b"<html>gateway</html>", content_type="text/html"),
        Reply(body=b'{"id": "chatcmpl-1", "object": "chat.completion"}'),
    ],
    ids=["truncated-json", "html", "no-choices"],
)
def test_malformed_reply(answerer, server, emin, reply):
    server.push(reply)
    with pytest.raises(LLMError, match=r"malformed reply"):
        answerer.answer(QUESTION, [emin])


def test_unauthorized_names_the_variable_not_the_key(answerer, server, emin):
    echo = f'{{"error": {{"message": "Incorrect API key provided: {KEY}"}}}}'.encode()
    server.push(Reply(status=401, body=echo))
    with pytest.raises(LLMError) as error:
        answerer.answer(QUESTION, [emin])
    message = str(error.value)
    assert message == "LLM endpoint returned HTTP 401: check OPENAI_API_KEY"
    assert len(server.requests) == 1


def test_connection_refused(emin):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    answerer = LLMAnswerer(make_settings(f"http://user:{KEY}@127.0.0.1:{port}/v1"))
    with pytest.raises(LLMError) as error:
        answerer.answer(QUESTION, [emin])
    assert str(error.value).startswith(f"cannot reach the LLM endpoint 127.0.0.1:{port}:")
    assert KEY not in str(error.value)


def test_not_configured(monkeypatch, emin):
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "GOVQA_OPENAI_API_KEY",
        "GOVQA_OPENAI_BASE_URL",
    ):
        monkeypatch.delenv(name, raising=False)
    answerer = LLMAnswerer(Settings(_env_file=None))  # type: ignore[call-arg]
    with pytest.raises(LLMError, match=r"no LLM endpoint configured: set OPENAI_API_KEY"):
        answerer.answer(QUESTION, [emin])


def test_condense_rewrites_a_follow_up(answerer, server):
    server.push("独立问题：叶城县拖欠账款清理的执行情况如何？\n")
    history = [(QUESTION, "额敏县16件民事案件已履行14件[1]。")]
    assert answerer.condense(history, "那叶城县呢？") == "叶城县拖欠账款清理的执行情况如何？"
    prompt = server.requests[0].json["messages"][1]["content"]
    assert f"用户：{QUESTION}" in prompt and "[1]" not in prompt
    assert answerer.condense([], "那叶城县呢？") == "那叶城县呢？"
    assert len(server.requests) == 1  # no history, no call


def test_packing_keeps_whole_sentences_and_exact_offsets(emin, yecheng):
    full = pack_passages([emin, yecheng], 10_000)
    assert [p.text for p in full] == [emin.text, yecheng.text]
    budget = count_tokens(render_context(full[:1])) + 150
    packed = pack_passages([emin, yecheng, emin], budget)
    assert [p.n for p in packed] == [1, 2]  # the duplicate is skipped
    cut = packed[1]
    assert cut.text == source_text(YECHENG)[cut.start : cut.end]
    assert 0 < len(cut.text) < len(yecheng.text)
    assert cut.end - cut.start in [end for _, end in split_sentences(yecheng.text)]
    assert count_tokens(render_context(packed)) <= budget
    assert pack_passages([emin], 10) == []


def render(messages: list[BaseMessage]) -> str:
    return "".join(f"### {m.type}\n{m.content}\n" for m in messages)


def check_snapshot(name: str, rendered: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("GOVQA_UPDATE_SNAPSHOTS") == "1":
        path.write_text(rendered, encoding="utf-8")
    assert path.exists(), f"missing {path}: run with GOVQA_UPDATE_SNAPSHOTS=1"
    assert rendered == path.read_text(encoding="utf-8"), f"{name} changed: review, then update"


def test_answer_prompt_snapshot(emin, yecheng):
    packed = pack_passages([emin, yecheng], 900)  # the second passage is cut at a sentence
    question = "比较额敏县和叶城县调解矛盾纠纷的数量"
    messages = answer_prompt().format_messages(
        context=render_context(packed), count=len(packed), question=question
    )
    check_snapshot("answer_prompt.txt", render(messages))


def test_condense_prompt_snapshot():
    history = [(QUESTION, "额敏县16件民事案件已履行14件，执行率87.5%[1]。")]
    messages = condense_prompt().format_messages(
        history=render_history(history), question="那叶城县呢？"
    )
    check_snapshot("condense_prompt.txt", render(messages))


def test_swapped_figures_are_dropped(answerer, server):
    review = paragraph(EMIN, "抽查案卷126件，制发行政执法监督意见书22份", "额敏县")
    server.push("额敏县累计抽查案卷22件、制发行政执法监督意见书126份[1]。")
    result = answerer.answer("额敏县的行政执法监督意见书一共发了几份？", [review])
    assert result.empty and result.answer == ""
    [dropped] = result.verification["dropped_sentences"]
    assert dropped["reason"] == "numbers stated for something else in the cited passages"
    assert dropped["numbers"] == ["22", "126"]


def test_verdicts_must_follow_from_the_verified_figures(emin, yecheng):
    packed = pack_passages([emin, yecheng], 10_000)
    facts = "额敏县排查调解各类矛盾纠纷963件[1]。叶城县调解矛盾纠纷5726件[2]。"
    right = verify(facts + "叶城县调解的矛盾纠纷多于额敏县[2][1]。", packed)
    assert right.answer.endswith("叶城县调解的矛盾纠纷多于额敏县[2][1]。")
    wrong = verify(facts + "额敏县调解的矛盾纠纷多于叶城县[1][2]。", packed)
    assert "多于" not in wrong.answer and wrong.verification["verified_sentences"] == 2
    assert wrong.verification["dropped_sentences"][0]["reason"].startswith(
        "a comparison the figures contradict"
    )
    unchecked = verify("额敏县调解的矛盾纠纷多于叶城县[1][2]。", packed)
    assert unchecked.empty  # no figure was verified for either region


def test_long_reply_is_cut_to_whole_verified_sentences(emin):
    packed = pack_passages([emin], 10_000)
    sentence = "全年接收行政复议案件38件[1]。"
    reply = sentence * 20_000 + "全年接收行政复议案件386件[1]。"
    result = verify(reply, packed, max_chars=100)
    assert result.verification["truncated"] is True
    assert len(result.answer) <= 100 and result.answer.endswith("[1]。")
    # A sentence cut in the middle of a figure ("…案件3") is never shown.
    cut = verify(sentence * 3 + "全年接收行政复议案件386件[1]。", packed, max_chars=3 * 17 + 12)
    assert cut.answer == sentence * 3


@pytest.mark.parametrize(
    "reply",
    [
        # A model that streams one character every 0.2 s: 30 s for the whole reply.
        Reply(content="全年接收行政复议案件38件[1]。" * 10, chunk_chars=1, chunk_delay=0.2),
        # An endpoint that trickles its whole response, headers too, a byte every 0.1 s.
        Reply(content="全年接收行政复议案件38件[1]。", byte_delay=0.1),
    ],
    ids=["slow-stream", "trickled-bytes"],
)
def test_one_deadline_covers_connect_wait_and_streaming(server, emin, reply):
    answerer = LLMAnswerer(make_settings(server.url, llm_timeout=1.0))
    server.push(reply)
    started = time.monotonic()
    with pytest.raises(LLMError, match=r"timed out after 1s: raise GOVQA_LLM_TIMEOUT"):
        answerer.answer(QUESTION, [emin])
    # Not a speed target: without the deadline this reply takes 30 s or more.
    assert time.monotonic() - started < 10


def test_retries_stay_within_the_deadline(server, emin):
    answerer = LLMAnswerer(make_settings(server.url, llm_timeout=1.0, llm_max_retries=5))
    server.push(*[Reply(status=503, headers={"retry-after": "0.4"})] * 6)
    with pytest.raises(LLMError, match=r"HTTP 503 after \d attempts"):
        answerer.answer(QUESTION, [emin])
    assert len(server.requests) < 6  # the deadline ended the retries, not their number


def test_a_huge_reply_is_not_read_whole(server, emin):
    answerer = LLMAnswerer(make_settings(server.url, llm_max_reply_chars=500))
    sentence = "全年接收行政复议案件38件[1]。"
    server.push(Reply(content=sentence * 60_000, chunk_chars=2000))  # about 1 MB
    result = answerer.answer(QUESTION, [emin])
    assert not result.empty and result.verification["truncated"] is True
    assert len(result.reply) < 10_000 and len(result.answer) <= 500


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:port/v1", "ftp://example/v1"])
def test_a_malformed_endpoint_url_is_one_line(url):
    with pytest.raises(LLMError) as error:
        LLMAnswerer(make_settings(url))
    message = str(error.value)
    assert message.startswith("OPENAI_BASE_URL is not a valid URL") and "\n" not in message


def test_a_cited_sentence_must_use_its_passage_words(emin):
    packed = pack_passages([emin], 10_000)
    result = verify("额敏县县长为张三[1]。全年接收行政复议案件38件[1]。", packed)
    assert result.answer == "全年接收行政复议案件38件[1]。"
    [dropped] = result.verification["dropped_sentences"]
    assert dropped["reason"] == "words not in the cited passages"
