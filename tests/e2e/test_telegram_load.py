"""The bot under load, end to end: 50 users ask at once while the model endpoint holds every
answer; commands are answered meanwhile, every user is answered once it replies, and the bot
stops promptly with answers still in progress.

The last test runs the real `govqa bot` command and stops it with SIGTERM.

The model is the scripted local endpoint (``tests/llm_server.py``): each reply waits for the
test to open a gate, so "slow" is a state the test controls, not a duration it measures. The
timings themselves are measured by ``bench/bot_load.py``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from bot_runner import TOKEN, BotRunner
from chat_user import ChatUser, answered, visible
from llm_server import Reply, ScriptedLLMServer
from questions import FACTUAL
from telegram_emulator import BotApiProxy

from retrieval.config import Settings
from retrieval.service import AnswerService

pytestmark = pytest.mark.slow

USERS = list(range(1040, 1090))  # 50 users
WORKERS = 4
GOVQA = str(Path(sys.executable).with_name("govqa"))


class SlowModel:
    """Model replies held until ``open()``; counts how many are held at once."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.lock = threading.Lock()
        self.waiting = 0
        self.most_at_once = 0

    def reply(self, request: dict[str, Any]) -> str:
        with self.lock:
            self.waiting += 1
            self.most_at_once = max(self.most_at_once, self.waiting)
        try:
            self.gate.wait(120)
        finally:
            with self.lock:
                self.waiting -= 1
        # Cites nothing: verification rejects it and the user gets the extractive answer.
        return "这是测试模型的回答。"

    def wait_for(self, count: int, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while self.waiting < count:
            assert time.monotonic() < deadline, f"only {self.waiting} requests reached the model"
            time.sleep(0.05)


@pytest.fixture(scope="module")
def model() -> Iterator[SlowModel]:
    return SlowModel()


@pytest.fixture(scope="module")
def llm(model: SlowModel) -> Iterator[ScriptedLLMServer]:
    server = ScriptedLLMServer().start()
    server.push(*[Reply(content=model.reply) for _ in range(200)])
    yield server
    model.gate.set()
    server.stop()


@pytest.fixture(scope="module")
def answer_service(
    built_index: Path, tmp_path_factory: pytest.TempPathFactory, llm: ScriptedLLMServer
) -> AnswerService:
    """The bot's service for this module: answers through the slow model."""
    settings = Settings(
        index_dir=built_index,
        data_dir=tmp_path_factory.mktemp("load-data"),
        openai_base_url=llm.url,
        llm_timeout=120,
        llm_max_retries=0,
        telegram_answer_workers=WORKERS,
        _env_file=None,  # type: ignore[call-arg]
    )
    return AnswerService(settings)


@pytest.fixture(scope="module")
def bot_settings(bot_settings: Settings) -> Settings:  # the shared one, with the workers set
    return bot_settings.model_copy(update={"telegram_answer_workers": WORKERS})


def ask_all(make_user: Any, users: list[int]) -> dict[int, ChatUser]:
    asking = {}
    for number, user_id in enumerate(users):
        user = make_user(user_id)
        user.say(FACTUAL[number % len(FACTUAL)][0])
        asking[user_id] = user
    return asking


def test_fifty_users_against_a_slow_model(
    make_user: Any, model: SlowModel, llm: ScriptedLLMServer
) -> None:
    asking = ask_all(make_user, USERS)
    model.wait_for(WORKERS)
    # Every answering thread now waits on the model; a command is answered all the same.
    other = make_user(1095)
    other.say("/sources")
    (sources,) = other.replies()
    assert "已收录" in visible(sources)
    assert not model.gate.is_set()
    assert all(user.silence(0) == [] for user in list(asking.values())[:5])

    model.gate.set()
    results: dict[int, list[dict[str, Any]]] = {}

    def collect(user: ChatUser) -> None:
        results[user.user_id] = user.replies(answered, timeout=240, poll=0.5)

    threads = [threading.Thread(target=collect, args=(user,)) for user in asking.values()]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(260)
    for number, user_id in enumerate(USERS):
        figure = FACTUAL[number % len(FACTUAL)][1]
        text = "\n".join(visible(m) for m in results.get(user_id, []))
        assert figure in text and "出处" in text, (user_id, text[:200])
    assert model.most_at_once <= WORKERS
    assert len(llm.requests) >= len(USERS)


def test_govqa_bot_exits_promptly_on_sigterm_with_answers_in_progress(
    make_user: Any,
    model: SlowModel,
    running_bot: BotRunner,
    proxy: BotApiProxy,
    bot_settings: Settings,
    llm: ScriptedLLMServer,
    built_index: Path,
) -> None:
    running_bot.stop()  # the real command takes over the bot's token
    assert not running_bot.alive
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "GOVQA_TELEGRAM_BASE_URL": bot_settings.telegram_base_url,
        "GOVQA_TELEGRAM_ALLOWED_USERS": ",".join(map(str, USERS)),
        "GOVQA_INDEX_DIR": str(built_index),
        "GOVQA_DATA_DIR": str(bot_settings.data_dir / "process"),
        "GOVQA_TELEGRAM_ANSWER_WORKERS": str(WORKERS),
        "OPENAI_BASE_URL": llm.url,
        "GOVQA_LLM_TIMEOUT": "300",
        "GOVQA_LLM_MAX_RETRIES": "0",
    }
    polls = len(proxy.called("getUpdates"))
    log = bot_settings.data_dir / "govqa-bot.log"
    with log.open("w") as stderr:
        bot = subprocess.Popen([GOVQA, "bot"], env=env, stderr=stderr)
    try:
        deadline = time.monotonic() + 60
        while len(proxy.called("getUpdates")) <= polls + 1:
            assert bot.poll() is None and time.monotonic() < deadline, "govqa bot did not start"
            time.sleep(0.1)
        model.gate.clear()
        ask_all(make_user, USERS[:10])
        model.wait_for(WORKERS)
        bot.send_signal(signal.SIGTERM)
        # A bound against hanging, not a measurement (bench/bot_load.py measures it).
        assert bot.wait(timeout=30) == 0
        assert model.waiting == WORKERS, "the answers were still waiting on the model"
    finally:
        if bot.poll() is None:
            bot.kill()
        model.gate.set()
    logs = log.read_text(encoding="utf-8")
    assert "Traceback" not in logs and TOKEN not in logs, logs[-3000:]
