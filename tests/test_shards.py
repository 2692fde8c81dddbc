"""Rankings and tables shared with worker processes answer exactly as one process does."""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from retrieval.config import Settings
from retrieval.service import AnswerService

# Questions about every sample report, written from the reports' text.
QUESTIONS = [
    "哪个县审查的合同件数最多？",
    "各地组织执法人员培训分别多少次？",
    "列出各县受理复议案件的件数",
]


def _answers(service: Any) -> list[str]:
    found = []
    for question in QUESTIONS:
        answer = service.ask(question, mode="extractive").to_json_dict()
        answer.pop("timings_ms", None)
        found.append(json.dumps(answer, ensure_ascii=False, sort_keys=True))
    return found


def _started(service: Any) -> None:
    deadline = time.monotonic() + 120
    while not service.shards.start():
        assert time.monotonic() < deadline, "the worker did not start"
        time.sleep(0.1)


@pytest.fixture
def shared(lexical_built: Path) -> Any:
    """A service over the sample reports that shares every ranking's reports with a worker."""
    settings = Settings(index_dir=lexical_built, embed=False, workers=1, _env_file=None)  # type: ignore[call-arg]
    service = AnswerService(settings)
    service.shards.least = 1
    yield service
    service.shards.close()


def test_shared_answers_are_the_answers_of_one_process(shared: Any, lexical_service: Any) -> None:
    alone = _answers(lexical_service)
    assert lexical_service.shards.shared == 0
    _started(shared)
    assert _answers(shared) == alone
    # Asked again, the worker holds the passages and is sent only their ids.
    assert _answers(shared) == alone
    assert shared.shards.shared > 0


def test_a_failed_worker_leaves_its_reports_to_this_process(
    shared: Any, lexical_service: Any, caplog: pytest.LogCaptureFixture
) -> None:
    alone = _answers(lexical_service)
    _started(shared)
    for child in multiprocessing.active_children():
        os.kill(child.pid or 0, signal.SIGKILL)
    with caplog.at_level(logging.WARNING, logger="retrieval.answer.shards"):
        assert _answers(shared) == alone
    assert "a figure worker failed" in caplog.text
    # The next question about every report starts a new worker.
    before = shared.shards.shared
    _started(shared)
    assert _answers(shared) == alone
    assert shared.shards.shared > before


def test_one_answer_starts_no_worker(lexical_index: Path) -> None:
    from bot.cli.common import make_service

    before = {child.pid for child in multiprocessing.active_children()}
    service = make_service(one_shot=True)
    service.shards.least = 1
    service.ask(QUESTIONS[0], mode="extractive")
    assert service.settings.workers == 0
    assert service.shards.start() == []
    assert {child.pid for child in multiprocessing.active_children()} <= before
