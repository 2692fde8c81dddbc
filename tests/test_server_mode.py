"""Server mode: govqa against a real `chroma run` server on 127.0.0.1 (issue 6).

One server per module holds the sample reports (lexical only); an embedded index of the same
reports is the reference: through the server, the CLI must give exactly the same answers.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from chroma_server import REPO, ChromaServer, cli_env, govqa, start_govqa

from retrieval.config import Settings
from retrieval.errors import StoreUnavailableError
from retrieval.index import chroma as chroma_module
from retrieval.index import store as store_module
from retrieval.service import AnswerService

pytestmark = pytest.mark.slow

REPORTS = REPO / "data" / "reports"
DEV = REPO / "data" / "eval" / "dev.jsonl"
# Every 4th dev question: all question types (single, paraphrase, comparison, follow-up,
# unanswerable) and all five reports.
QUESTIONS = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()][::4]


@dataclass
class Stack:
    """The module's server, the environments of its clients and the reference answers."""

    root: Path
    server: ChromaServer
    served: dict[str, str]
    embedded: dict[str, str]
    questions: Path


def settings_for(server: ChromaServer, index_dir: Path, **extra: Any) -> Settings:
    """In-process settings of a client of ``server`` (lexical only unless ``embed=True``)."""
    values: dict[str, Any] = {"reports_dir": REPORTS, "embed": False, **extra}
    return Settings(chroma_url=server.url, index_dir=index_dir, _env_file=None, **values)  # type: ignore[call-arg]


def finish(process: subprocess.Popen[str], timeout: float = 300.0) -> tuple[int, str, str]:
    """Wait for a started `govqa`; its exit code, stdout and stderr."""
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out, err or ""


def answer_view(record: dict[str, Any]) -> dict[str, Any]:
    """What must not depend on the store's location: the answer and its citations."""
    keys = ("n", "source", "title", "section", "start", "end", "excerpt", "page")
    return {
        "answer": record["answer"],
        "abstained": record["abstained"],
        "searched": record["searched"],
        "citations": [{k: c[k] for k in keys} for c in record["citations"]],
    }


def batch_answers(env: dict[str, str], questions: Path, out: Path) -> dict[str, dict[str, Any]]:
    """`govqa batch` over ``questions``; answers by question id."""
    done = govqa("batch", str(questions), "-o", str(out), "--mode", "extractive", env=env)
    assert done.returncode == 0, done.stderr
    return read_batch(out)


def read_batch(out: Path) -> dict[str, dict[str, Any]]:
    """The answers of a `govqa batch` output file, by question id."""
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {row["id"]: answer_view(row) for row in rows}


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A server with the sample reports, and an embedded index of the same reports."""
    root = tmp_path_factory.mktemp("server-mode")
    questions = root / "questions.jsonl"
    questions.write_text(
        "".join(
            json.dumps({"id": q["id"], "question": q["question"]}, ensure_ascii=False) + "\n"
            for q in QUESTIONS
        ),
        encoding="utf-8",
    )
    server = ChromaServer(root / "chroma-data").start()
    try:
        served = cli_env(root / "client-a" / "index", GOVQA_CHROMA_URL=server.url)
        embedded = cli_env(root / "embedded" / "index")
        jobs = [start_govqa("ingest", str(REPORTS), env=env) for env in (served, embedded)]
        for job in jobs:
            code, _, err = finish(job)
            assert code == 0, err
            assert "5 added" in err, err
        yield Stack(root, server, served, embedded, questions)
    finally:
        server.kill()


@pytest.fixture(scope="module")
def expected(stack: Stack) -> dict[str, dict[str, Any]]:
    """The embedded store's answers to the questions (the reference)."""
    answers = batch_answers(stack.embedded, stack.questions, stack.root / "embedded.jsonl")
    assert len(answers) == len(QUESTIONS)
    # A reference that abstains everywhere would make every comparison below vacuous.
    assert sum(not a["abstained"] for a in answers.values()) >= len(QUESTIONS) // 2
    return answers


def test_reports_ingested_through_the_server_live_on_the_server(stack: Stack) -> None:
    listed = govqa("sources", "--json", env=stack.served)
    assert listed.returncode == 0, listed.stderr
    embedded = AnswerService(
        Settings(  # type: ignore[call-arg]
            index_dir=Path(stack.embedded["GOVQA_INDEX_DIR"]), embed=False, _env_file=None
        )
    )
    assert json.loads(listed.stdout) == [s.model_dump() for s in embedded.reports.sources()]
    assert len(json.loads(listed.stdout)) == 5
    assert (stack.server.path / "chroma.sqlite3").is_file()
    client_dir = Path(stack.served["GOVQA_INDEX_DIR"])
    # The client keeps only its lexical copy; Chroma's data is on the server.
    assert not (client_dir / "chroma").exists()
    assert any(p.name.startswith("lexical") for p in client_dir.iterdir())


def test_server_mode_gives_the_embedded_answers(
    stack: Stack, expected: dict[str, dict[str, Any]]
) -> None:
    served = batch_answers(stack.served, stack.questions, stack.root / "served.jsonl")
    assert served == expected
    # Every excerpt is the server's stored text at its offsets (what `govqa show` prints).
    service = AnswerService(settings_for(stack.server, stack.root / "checker" / "index"))
    texts = {s.source: service.reports.source_text(s.source) for s in service.reports.sources()}
    for answer in served.values():
        for c in answer["citations"]:
            assert texts[c["source"]][c["start"] : c["end"]] == c["excerpt"]
    name = "003_fb758e20d058b773.txt"
    shown = govqa("show", name, env=stack.served)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.rstrip("\n") == texts[name].rstrip("\n")
    assert texts[name] == (REPORTS / name).read_bytes().decode("utf-8")


def test_four_client_processes_at_once_share_one_fresh_lexical_dir(
    stack: Stack, expected: dict[str, dict[str, Any]]
) -> None:
    # N bots started from one checkout share GOVQA_INDEX_DIR: all four build the lexical copy
    # at the same moment.
    env = cli_env(stack.root / "client-shared" / "index", GOVQA_CHROMA_URL=stack.server.url)
    outs = [stack.root / f"concurrent-{i}.jsonl" for i in range(4)]
    jobs = [
        start_govqa("batch", str(stack.questions), "-o", str(out), "--mode", "extractive", env=env)
        for out in outs
    ]
    results = [finish(job) for job in jobs]
    for code, _, err in results:
        assert code == 0, err
        assert "Traceback" not in err, err
    for out in outs:
        assert read_batch(out) == expected


def test_four_threads_share_one_service(stack: Stack, expected: dict[str, dict[str, Any]]) -> None:
    # The bot answers chats on worker threads over one service (one Chroma HTTP client).
    service = AnswerService(settings_for(stack.server, stack.root / "client-threads" / "index"))
    got: list[dict[str, dict[str, Any]]] = [{} for _ in range(4)]
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def client(i: int) -> None:
        order = list(QUESTIONS)
        random.Random(i).shuffle(order)
        start.wait(timeout=30)
        try:
            for q in order:
                answer = service.ask(q["question"], mode="extractive")
                got[i][q["id"]] = answer_view(answer.to_json_dict())
        except BaseException as e:  # reported below, with the thread's failure
            errors.append(e)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    for answers in got:
        assert answers == expected


def test_dense_search_through_the_server_matches_embedded(stack: Stack, tmp_path: Path) -> None:
    # Embedding is the slow part: a report of four paragraphs (7 chunks) keeps it to seconds.
    name = "003_fb758e20d058b773.txt"
    lines = (REPORTS / name).read_bytes().decode("utf-8").splitlines(keepends=True)
    mini = tmp_path / "mini.txt"
    mini.write_bytes("".join(lines[:4]).encode("utf-8"))
    served = AnswerService(
        settings_for(stack.server, tmp_path / "client" / "index", embed=True, collection="dense")
    )
    embedded = AnswerService(
        Settings(index_dir=tmp_path / "embedded" / "index", embed=True, _env_file=None)  # type: ignore[call-arg]
    )
    for service in (served, embedded):
        assert service.reports.ingest([mini])["added"] == 1
    from retrieval.embeddings import embed_query

    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    questions = [q["question"] for q in rows if q["gold"] == [name]][:2]
    assert questions
    for question in questions:
        vector = embed_query(question)
        near = served.store.dense_search(vector, 5)
        assert near, "no dense hits through the server"
        reference = embedded.store.dense_search(vector, 5)
        assert [i for i, _ in near] == [i for i, _ in reference]
        assert [s for _, s in near] == pytest.approx([s for _, s in reference], abs=1e-4)
    got = served.ask(questions[0], mode="extractive").to_json_dict()
    want = embedded.ask(questions[0], mode="extractive").to_json_dict()
    assert answer_view(got) == answer_view(want)


# --- two processes, one store ---------------------------------------------------------------


@pytest.fixture
def generated(tmp_path: Path) -> dict[str, Any]:
    """One generated report (another region) and a question its text answers."""
    out = tmp_path / "generated"
    manifest = tmp_path / "manifest.jsonl"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "bench" / "make_corpus.py"),
            "--n",
            "1",
            "--out",
            str(out),
            "--manifest",
            str(manifest),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    row = json.loads(manifest.read_text(encoding="utf-8").splitlines()[0])
    path = out / row["file"]
    assert "减免责案件" in path.read_text(encoding="utf-8"), "template 0 is the 额敏 report"
    question = f"{row['region']}{row['year']}年全年办理减免责案件多少件？"
    return {"path": path, "source": row["file"], "question": question}


def cited(answer: dict[str, Any]) -> set[str]:
    """The reports an answer cites."""
    return {c["source"] for c in answer["citations"]}


def wait_for(check: Any, timeout: float = 20.0) -> Any:
    """Poll ``check()`` until it returns something truthy (bounded); return the last value."""
    deadline = time.monotonic() + timeout
    value = check()
    while not value and time.monotonic() < deadline:
        time.sleep(0.25)
        value = check()
    return value


def test_two_processes_share_one_store(
    stack: Stack, generated: dict[str, Any], tmp_path: Path
) -> None:
    collection = "govqa-share"  # a collection of its own: this test adds and removes reports
    writer = cli_env(
        tmp_path / "writer" / "index",
        GOVQA_CHROMA_URL=stack.server.url,
        GOVQA_COLLECTION=collection,
    )
    sample = REPORTS / "000_8e5fc35e060c3da7.txt"
    done = govqa("ingest", str(sample), env=writer)
    assert done.returncode == 0, done.stderr
    # A long-running reader (a bot) and a reader whose lexical copy on disk goes stale.
    bot = AnswerService(
        settings_for(stack.server, tmp_path / "bot" / "index", collection=collection)
    )
    stale_dir = tmp_path / "stale" / "index"
    AnswerService(settings_for(stack.server, stale_dir, collection=collection)).store.lexical()
    question = generated["question"]
    before = bot.ask(question, mode="extractive").to_json_dict()
    assert generated["source"] not in cited(before)

    done = govqa("ingest", str(generated["path"]), env=writer)
    assert done.returncode == 0, done.stderr

    def bot_cites() -> dict[str, Any] | None:
        answer = bot.ask(question, mode="extractive").to_json_dict()
        return answer if generated["source"] in cited(answer) else None

    seen = wait_for(bot_cites)
    assert seen, "the running reader never saw the report ingested by the other process"
    text = generated["path"].read_bytes().decode("utf-8")
    for c in seen["citations"]:
        assert text[c["start"] : c["end"]] == c["excerpt"]
    reader = cli_env(stale_dir, GOVQA_CHROMA_URL=stack.server.url, GOVQA_COLLECTION=collection)
    asked = govqa("ask", question, "--json", "--mode", "extractive", env=reader)
    assert asked.returncode == 0, asked.stderr
    # Its lexical copy on disk predates the new report: rebuilt from the server on start.
    assert answer_view(json.loads(asked.stdout)) == answer_view(seen)

    done = govqa("remove", generated["source"], env=writer)
    assert done.returncode == 0, done.stderr

    def bot_forgot() -> dict[str, Any] | None:
        answer = bot.ask(question, mode="extractive").to_json_dict()
        return answer if generated["source"] not in cited(answer) else None

    after = wait_for(bot_forgot)
    assert after, "the running reader still cites a report removed by the other process"
    assert generated["source"] not in after["searched"]


def test_a_client_reads_every_record_only_when_the_server_changed(
    stack: Stack, generated: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    collection = "govqa-generation"  # its own collection: this test adds a report
    writer = cli_env(
        tmp_path / "writer" / "index",
        GOVQA_CHROMA_URL=stack.server.url,
        GOVQA_COLLECTION=collection,
    )
    done = govqa("ingest", str(REPORTS / "000_8e5fc35e060c3da7.txt"), env=writer)
    assert done.returncode == 0, done.stderr
    store = AnswerService(
        settings_for(stack.server, tmp_path / "reader" / "index", collection=collection)
    ).store
    assert list(store.reports(fresh=True)) == ["000_8e5fc35e060c3da7.txt"]
    read_all: list[int] = []
    real = chroma_module.records

    def counted(collection: Any) -> Any:
        read_all.append(1)
        return real(collection)

    monkeypatch.setattr(chroma_module, "records", counted)
    for _ in range(3):
        assert list(store.reports(fresh=True)) == ["000_8e5fc35e060c3da7.txt"]
    assert read_all == [], "the server had not changed, yet every record was read"
    done = govqa("ingest", str(generated["path"]), env=writer)
    assert done.returncode == 0, done.stderr
    assert generated["source"] in store.reports(fresh=True)
    assert read_all == [1]
    hits = store.lexical().search(generated["question"], 5, [generated["source"]])
    assert hits


# --- the server goes away --------------------------------------------------------------------


def one_line_error(done: subprocess.CompletedProcess[str], url: str) -> str:
    """Assert a failed command printed exactly one line naming ``url``; return it."""
    assert done.returncode == 2, (done.returncode, done.stdout, done.stderr)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert url in lines[0], lines[0]
    assert "Traceback" not in done.stderr
    return lines[0]


def test_server_crash_is_one_line_error_and_restart_recovers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A lexical-only client answers from its own copy between two checks of the server (2 s
    # apart): check before every question, so the crash is seen at once.
    monkeypatch.setattr(store_module, "_STATE_CHECK_SECONDS", 0.0)
    server = ChromaServer(tmp_path / "chroma-data").start()
    try:
        settings = settings_for(server, tmp_path / "bot" / "index")
        bot = AnswerService(settings)
        bot.reports.ingest([REPORTS / "002_62a3a57a87610d23.txt"])
        question = next(q["question"] for q in QUESTIONS if q["id"] == "d021")
        first = answer_view(bot.ask(question, mode="extractive").to_json_dict())
        assert not first["abstained"]
        env = cli_env(tmp_path / "cli" / "index", GOVQA_CHROMA_URL=server.url)

        server.kill()  # a crash: SIGKILL, no shutdown
        one_line_error(govqa("ask", question, env=env), server.url)
        one_line_error(govqa("ingest", str(REPORTS), env=env), server.url)
        with pytest.raises(StoreUnavailableError, match=server.url.replace(".", r"\.")):
            bot.ask(question, mode="extractive")

        server.start()  # same port, same data
        asked = govqa("ask", question, "--json", "--mode", "extractive", env=env)
        assert asked.returncode == 0, asked.stderr
        assert answer_view(json.loads(asked.stdout)) == first
        # The long-running client reconnects by itself.
        assert answer_view(bot.ask(question, mode="extractive").to_json_dict()) == first
    finally:
        server.kill()


def test_graceful_stop_restart_and_a_backup_of_the_data_directory(tmp_path: Path) -> None:
    server = ChromaServer(tmp_path / "chroma-data").start()
    restored: ChromaServer | None = None
    try:
        bot = AnswerService(settings_for(server, tmp_path / "bot" / "index"))
        bot.reports.ingest([REPORTS])
        listed = [s.model_dump() for s in bot.reports.sources()]
        question = next(q["question"] for q in QUESTIONS if q["id"] == "d045")
        answer = answer_view(bot.ask(question, mode="extractive").to_json_dict())
        server.stop()
        with pytest.raises(StoreUnavailableError, match=server.url.replace(".", r"\.")):
            bot.reports.source_text(listed[0]["source"])
        # The documented backup: copy the stopped server's --path directory.
        backup = tmp_path / "backup"
        shutil.copytree(server.path, backup)
        server.start()
        assert [s.model_dump() for s in bot.reports.sources()] == listed
        restored = ChromaServer(backup).start()  # a restore: another server on the copy
        other = AnswerService(settings_for(restored, tmp_path / "restored" / "index"))
        assert [s.model_dump() for s in other.reports.sources()] == listed
        assert answer_view(other.ask(question, mode="extractive").to_json_dict()) == answer
    finally:
        server.kill()
        if restored:
            restored.kill()


def test_hung_server_is_a_one_line_error_not_a_hang(tmp_path: Path) -> None:
    # A server that accepts connections but never answers (stopped, overloaded, a dead link)
    # must not block `govqa ask` or a bot thread forever: GOVQA_CHROMA_TIMEOUT (seconds)
    # bounds each request of the client.
    server = ChromaServer(tmp_path / "chroma-data").start()
    assert server.process is not None
    try:
        AnswerService(settings_for(server, tmp_path / "writer" / "index")).reports.ingest(
            [REPORTS / "002_62a3a57a87610d23.txt"]
        )
        env = cli_env(
            tmp_path / "cli" / "index", GOVQA_CHROMA_URL=server.url, GOVQA_CHROMA_TIMEOUT="2"
        )
        os.killpg(server.process.pid, signal.SIGSTOP)
        try:
            done = govqa("ask", "普兰县组织多少名行政执法人员参加资格考试？", env=env, timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("govqa ask waited more than 30 s for a server that does not answer")
        one_line_error(done, server.url)
    finally:
        os.killpg(server.process.pid, signal.SIGCONT)
        server.kill()
