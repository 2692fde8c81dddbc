"""The bot under load, offline: answers wait their turn on the bot's own threads, commands never
wait for them, one question at a time per user, rates cover every action, stopping is prompt."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from telegram.ext import Application
from telegram_fakes import (
    RecordingRequest,
    SpyService,
    buttons,
    deliver,
    message_update,
    press_update,
    running,
    visible,
)

from bot.telegram.app import build_application
from bot.telegram.texts import BUSY_TEXT
from retrieval.config import Settings
from retrieval.schema import Answer
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"
TOKEN = "777001:offline-token"
USERS = [21, 22, 23, 24]
QUESTION, FIGURE = "普兰县专题学法和法治讲座覆盖了多少干部职工？", "500余人次"


class Gate:
    """Holds every ``ask`` until opened (each wait bounded, so a failing test cannot hang)."""

    def __init__(self, real: Callable[..., Answer]) -> None:
        self.real = real
        self.opened = threading.Event()
        self.entered = threading.Semaphore(0)
        self.running = 0

    def __call__(self, question: str, **kwargs: Any) -> Answer:
        self.running += 1
        self.entered.release()
        self.opened.wait(30)
        return self.real(question, **kwargs)

    async def wait_entered(self, count: int = 1) -> None:
        for _ in range(count):
            assert await asyncio.to_thread(self.entered.acquire, True, 30), "ask never started"


@pytest.fixture(scope="module")
def real_service(built_index: Path) -> AnswerService:
    settings = Settings(index_dir=built_index, reports_dir=REPORTS, _env_file=None)  # type: ignore[call-arg]
    return AnswerService(settings.model_copy(update={"openai_api_key": None}))


def make_app(spy: SpyService, tmp_path: Path, **overrides: Any) -> tuple[Any, RecordingRequest]:
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN=TOKEN)  # type: ignore[call-arg]
    values = {"telegram_allowed_users": USERS, "data_dir": tmp_path, **overrides}
    request = RecordingRequest()
    app = build_application(settings.model_copy(update=values), spy, request=request)  # type: ignore[arg-type]
    return app, request


@pytest_asyncio.fixture(loop_scope="function")  # the test's loop: the app's queues live there
async def gated(
    real_service: AnswerService, tmp_path: Path
) -> AsyncIterator[tuple[Application, RecordingRequest, Gate]]:  # type: ignore[type-arg]
    spy = SpyService(real_service)
    gate = Gate(spy.ask)
    spy.ask = gate  # type: ignore[method-assign]
    app, request = make_app(spy, tmp_path, telegram_answer_workers=1)
    async with running(app):
        try:
            yield app, request, gate
        finally:
            gate.opened.set()


def replies_to(request: RecordingRequest, user: int) -> list[str]:
    return [visible(p["text"]) for p in request.sent() if int(str(p["chat_id"])) == user]


async def test_commands_and_other_users_do_not_wait_for_a_slow_answer(gated: Any) -> None:
    app, request, gate = gated
    first, second, third = USERS[:3]
    await app.process_update(message_update(app, QUESTION, user=first))
    await gate.wait_entered()
    # The only answering thread is busy: the next question waits its turn...
    await app.process_update(message_update(app, QUESTION, user=second))
    # ...while commands, and the first user's own commands, are answered at once.
    await deliver(
        app,
        message_update(app, "/sources", user=third),
        message_update(app, "/help", user=first),
        message_update(app, QUESTION, user=first),
    )
    assert "已收录" in replies_to(request, third)[0]
    assert replies_to(request, first)[0].startswith("怎么问")
    assert replies_to(request, first)[1] == BUSY_TEXT
    assert replies_to(request, second) == [] and gate.running == 1

    gate.opened.set()
    await deliver(app)
    assert FIGURE in replies_to(request, first)[-1]
    assert FIGURE in replies_to(request, second)[-1]


async def test_stopping_does_not_wait_for_answers_in_progress(gated: Any) -> None:
    app, request, gate = gated
    for user in USERS:
        await app.process_update(message_update(app, QUESTION, user=user))
    await gate.wait_entered()
    # A bound, not a measurement: without it a regression would hang the suite.
    await asyncio.wait_for(app.stop(), timeout=10)
    assert not any(FIGURE in text for user in USERS for text in replies_to(request, user))
    await app.start()  # the fixture stops it again


async def test_rate_limits_cover_commands_and_button_presses(
    real_service: AnswerService, tmp_path: Path
) -> None:
    app, request = make_app(SpyService(real_service), tmp_path, telegram_actions_per_minute=4)
    user = USERS[0]
    async with running(app):
        await deliver(app, message_update(app, QUESTION, user=user))
        button = buttons(request.sent()[-1])[0]
        await deliver(app, *(message_update(app, "/help", user=user) for _ in range(5)))
        await deliver(app, press_update(app, button["callback_data"], user=user))
    texts = replies_to(request, user)
    assert sum(text.startswith("怎么问") for text in texts) == 3  # 4 actions: 1 question + 3
    assert sum("频繁" in text for text in texts) == 1  # said once, then quiet
    toasts = [p for name, p in request.calls if name == "answerCallbackQuery"]
    assert toasts and "频繁" in toasts[-1]["text"]
    assert len(texts) == 5


async def test_conversations_are_kept_for_the_most_recent_chats_only(
    real_service: AnswerService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.telegram.handlers.MAX_TRACKED", 2)
    spy = SpyService(real_service)
    spy.answer = Answer(question="q", answer="无", abstained=True)
    app, _ = make_app(spy, tmp_path)
    async with running(app):
        for user in USERS[:3]:
            await deliver(app, message_update(app, QUESTION, user=user))
        kept = [user for user in USERS[:3] if "conversation" in app.chat_data.get(user, {})]
    assert kept == USERS[1:3]
