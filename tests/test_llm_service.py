"""`govqa ask --mode llm --json` end to end: a real index, the CLI, a scripted local endpoint."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from llm_server import Reply, ScriptedLLMServer

from retrieval.config import Settings
from retrieval.schema import Conversation
from retrieval.service import AnswerService

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
GOVQA = str(Path(sys.executable).with_name("govqa"))
KEY = "sk-test-SECRET-0123456789"
QUESTION = "额敏县全年办理减免责案件多少件？"
EMIN_208 = ("额敏县全年办理减免责案件208件", "全年办理减免责案件208件")  # (claim, needle)
_PASSAGE = re.compile(r"^\[(\d+)\] 《[^\n]*\n(.*?)\n</passage>", re.S | re.M)


def passage_number(prompt: str, needle: str) -> int | None:
    """The number the prompt gave to the passage containing ``needle``."""
    for match in _PASSAGE.finditer(prompt):
        if needle in match.group(2):
            return int(match.group(1))
    return None


def citing(*claims: tuple[str, str]) -> Callable[[dict[str, Any]], str]:
    """A reply that cites, for each (claim, needle), the passage in which the needle is."""

    def reply(request: dict[str, Any]) -> str:
        prompt = request["messages"][-1]["content"]
        parts = []
        for claim, needle in claims:
            n = passage_number(prompt, needle)
            parts.append(f"{claim}[{n}]" if n else f"（{needle} 不在提示中）")
        return "；".join(parts) + "。"

    return reply


@pytest.fixture(scope="module")
def indexed(built_index: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working dir whose index is the shared session index (``built_index`` in conftest)."""
    # The CLI runs here, so a developer's .env (maybe with a real key) is never read.
    workdir = tmp_path_factory.mktemp("llm_service")
    (workdir / "index").symlink_to(built_index, target_is_directory=True)
    return workdir


def base_env(workdir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "GOVQA_"))}
    env.update(
        GOVQA_INDEX_DIR=str(workdir / "index"),
        GOVQA_DATA_DIR=str(workdir),
        GOVQA_REPORTS_DIR=str(REPORTS),
    )
    return env


@pytest.fixture(scope="module")
def module_server() -> Iterator[ScriptedLLMServer]:
    running = ScriptedLLMServer().start()
    yield running
    running.stop()


@pytest.fixture
def server(module_server: ScriptedLLMServer) -> ScriptedLLMServer:
    module_server.replies.clear()
    module_server.requests.clear()
    return module_server


@pytest.fixture(scope="module")
def service(indexed: Path, module_server: ScriptedLLMServer) -> AnswerService:
    """One in-process service for the tests that need no CLI (much faster than a process)."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        OPENAI_BASE_URL=module_server.url,
        OPENAI_API_KEY=KEY,
        index_dir=indexed / "index",
        data_dir=indexed,
        reports_dir=REPORTS,
        llm_model="scripted-model",
        llm_timeout=2.0,
        llm_max_retries=1,
    )
    return AnswerService(settings)


def llm_env(workdir: Path, server: ScriptedLLMServer) -> dict[str, str]:
    env = base_env(workdir)
    env.update(
        OPENAI_BASE_URL=server.url,
        OPENAI_API_KEY=KEY,
        GOVQA_LLM_MODEL="scripted-model",
        GOVQA_LLM_TIMEOUT="2",
        GOVQA_LLM_MAX_RETRIES="1",
    )
    return env


def ask(env: dict[str, str], cwd: Path, question: str, mode: str) -> dict[str, Any]:
    run = subprocess.run(
        [GOVQA, "ask", question, "--mode", mode, "--json"],
        env=env, cwd=cwd, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert KEY not in run.stdout + run.stderr
    data: dict[str, Any] = json.loads(run.stdout)
    return data


def assert_exact(citations: list[dict[str, Any]]) -> None:
    assert citations
    for c in citations:
        text = (REPORTS / c["source"]).read_text(encoding="utf-8")
        assert text[c["start"] : c["end"]] == c["excerpt"]


def test_cli_llm_answer_has_verified_citations(indexed, server):
    server.push(Reply(content=citing(EMIN_208)))
    data = ask(llm_env(indexed, server), indexed, QUESTION, "llm")
    assert data["mode"] == "llm" and not data["abstained"] and data["notice"] is None
    assert data["answer"] == "额敏县全年办理减免责案件208件[1]。"
    [citation] = data["citations"]
    assert "208件" in citation["excerpt"] and citation["region"] == "额敏县"
    assert_exact(data["citations"])
    assert data["verification"]["verified_sentences"] == 1
    [request] = server.requests
    assert QUESTION in request.json["messages"][-1]["content"]


def test_cli_endpoint_failure_falls_back_with_a_notice(indexed, server):
    server.push(*[Reply(status=500, headers={"retry-after-ms": "10"})] * 2)
    data = ask(llm_env(indexed, server), indexed, QUESTION, "llm")
    assert data["mode"] == "extractive" and "HTTP 500" in data["notice"]
    assert "208件" in data["answer"]
    assert_exact(data["citations"])
    assert len(server.requests) == 2  # one retry, then the fallback


def test_auto_mode_uses_the_configured_endpoint(service, server):
    server.push(Reply(content=citing(("全年办理减免责案件208件", "全年办理减免责案件208件"))))
    answer = service.ask(QUESTION, mode="auto")
    assert answer.mode == "llm" and len(server.requests) == 1


def test_extractive_mode_never_calls_the_endpoint(service, server):
    answer = service.ask(QUESTION, mode="extractive").to_json_dict()
    assert answer["mode"] == "extractive" and answer["notice"] is None
    assert_exact(answer["citations"])
    assert server.requests == []


def test_unverified_answer_falls_back_with_the_reasons(service, server):
    server.push(Reply(content=citing(("额敏县全年办理减免责案件280件", "全年办理减免责案件208件"))))
    data = service.ask(QUESTION, mode="llm").to_json_dict()
    assert data["mode"] == "extractive" and data["notice"]
    assert "280" not in data["answer"] and "208件" in data["answer"]
    assert_exact(data["citations"])
    [dropped] = data["verification"]["dropped_sentences"]
    assert dropped["numbers"] == ["280"]


def test_comparison_cites_each_region(service, server):
    server.push(
        Reply(
            content=citing(
                ("额敏县全年排查调解各类矛盾纠纷963件", "各类矛盾纠纷963件"),
                ("叶城县共计调解矛盾纠纷5726件", "调解矛盾纠纷5726件"),
            )
        )
    )
    data = service.ask("比较额敏县和叶城县调解矛盾纠纷的数量", mode="llm").to_json_dict()
    assert data["mode"] == "llm", data
    assert re.fullmatch(r"额敏县[^\[]*963件\[1\]；叶城县[^\[]*5726件\[2\]。", data["answer"])
    assert [c["region"] for c in data["citations"]] == ["额敏县", "叶城县"]
    assert_exact(data["citations"])


def test_follow_up_is_condensed_before_retrieval(service, server):
    conversation = Conversation()
    server.push(Reply(content=citing(EMIN_208)))
    first = service.ask(QUESTION, conversation=conversation, mode="llm")
    assert first.mode == "llm"
    server.push(
        "叶城县2023年减免公证费多少元？",
        Reply(content=citing(("叶城县减免公证费6700元", "减免公证费6700元"))),
    )
    second = service.ask("那叶城县减免了多少？", conversation=conversation, mode="llm")
    condense = server.requests[1].json["messages"][-1]["content"]
    assert "那叶城县减免了多少？" in condense and QUESTION in condense
    assert second.mode == "llm" and second.answer == "叶城县减免公证费6700元[1]。"
    assert second.citations[0].region == "叶城县"


COMPARE = "普兰县和叶城县相比，谁调解的矛盾纠纷多？"
SIDES = (
    ("普兰县调解纠纷85件", "调解矛盾纠纷85件"),
    ("叶城县调解矛盾纠纷5726件", "调解矛盾纠纷5726件"),
)


def with_verdict(verdict: str) -> Callable[[dict[str, Any]], str]:
    """A reply citing each side's figure, then a verdict sentence."""
    sides = citing(*SIDES)
    return lambda request: sides(request) + verdict


def test_model_sees_each_sides_figure_passage_and_a_true_verdict_stays(service, server):
    server.push(Reply(content=with_verdict("叶城县多于普兰县。")))
    data = service.ask(COMPARE, mode="llm").to_json_dict()
    assert data["mode"] == "llm", data
    prompt = server.requests[0].json["messages"][-1]["content"]
    # The plan decides what the model sees: the passage of each side's figure, no more.
    assert len(re.findall(r"^\[\d+\] 《", prompt, re.M)) == 2
    # The verdict is shown with the citations of the figures it compares.
    assert data["answer"].endswith("叶城县多于普兰县[2][1]。"), data["answer"]
    assert data["verification"]["dropped_sentences"] == []
    assert_exact(data["citations"])


def test_a_verdict_the_figures_contradict_is_dropped(service, server):
    server.push(Reply(content=with_verdict("普兰县多于叶城县。")))
    data = service.ask(COMPARE, mode="llm").to_json_dict()
    assert data["mode"] == "llm", data
    assert "普兰县多于叶城县" not in data["answer"] and "85件[1]" in data["answer"]
    [dropped] = data["verification"]["dropped_sentences"]
    assert dropped["sentence"] == "普兰县多于叶城县。"
    assert "contradict" in dropped["reason"]


def test_a_ranking_whose_only_claim_is_wrong_falls_back(service, server):
    server.push(Reply(content=citing(("叶城县最多，开展培训3场次", "综合法律知识培训3场次"))))
    data = service.ask("哪个县组织行政执法人员培训的次数最多？", mode="llm").to_json_dict()
    assert data["mode"] == "extractive" and data["notice"], data
    assert data["kind"] == "ranking" and data["rows"][0]["value"] == "6次"
    assert any("figures" in d["reason"] for d in data["verification"]["dropped_sentences"])


@pytest.mark.parametrize(
    "question", ["普兰县下一步打算做哪些工作？", "普兰县这份报告的索引号是什么？"]
)
def test_exact_lists_and_metadata_are_not_reworded_by_the_model(service, server, question):
    extractive = service.ask(question, mode="extractive")
    answer = service.ask(question, mode="llm")
    assert answer.kind in ("list", "metadata") and server.requests == []
    assert answer.answer == extractive.answer and answer.mode == "extractive"
    assert_exact([c.model_dump() for c in answer.citations])


def test_cli_malformed_endpoint_url_is_one_line(indexed):
    env = {**base_env(indexed), "OPENAI_BASE_URL": "http://[::1", "OPENAI_API_KEY": KEY}
    run = subprocess.run(
        [GOVQA, "ask", QUESTION, "--mode", "llm"],
        env=env, cwd=indexed, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines() == [
        "error: OPENAI_BASE_URL is not a valid URL (Invalid IPv6 URL): "
        "set it like http://localhost:8000/v1"
    ]
    auto = ask(env, indexed, QUESTION, "auto")  # auto mode answers without the model
    assert auto["mode"] == "extractive" and "OPENAI_BASE_URL is not a valid URL" in auto["notice"]


def test_a_trickling_endpoint_gets_the_extractive_answer_in_time(service, server):
    # Half the deadline goes to rewriting the follow-up, the rest cannot hold the answer.
    conversation = Conversation(
        last_question=QUESTION,
        regions=["额敏县"],
        history=[(QUESTION, "额敏县全年办理减免责案件208件[1]。")],
    )
    server.push(
        Reply(content="额敏县全年办理减免责案件减免金额多少？", delay=1.2),
        Reply(content="全年办理减免责案件208件[1]。" * 20, chunk_chars=1, chunk_delay=0.2),
    )
    started = time.monotonic()
    answer = service.ask("减免金额呢？", conversation=conversation, mode="llm")
    elapsed = time.monotonic() - started
    assert answer.mode == "extractive" and "timed out after 2s" in (answer.notice or "")
    assert answer.citations and not answer.abstained
    assert len(server.requests) == 2
    # Not a speed target: one deadline (2 s) for both calls, not 2 s each or the 24 s stream.
    assert elapsed < 2 + 5
