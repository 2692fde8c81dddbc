"""Fixtures for the end-to-end Telegram tests: emulator, proxy, and the real bot polling them.

The emulator (npm package telegram-test-api) is installed on first use into
``$GOVQA_E2E_NODE_DIR`` (default ``~/.cache/govqa-e2e``) and started on a free port of
127.0.0.1; see ``telegram_emulator.py`` for why a small proxy sits between it and the bot.
The bot is the real application from ``build_application`` running ``run_polling`` in a thread,
answering with the session's real ``AnswerService``. The bot stops after each test module, the
emulator and proxy at session end; the emulator also exits by itself when this process goes
away (its stdin closes).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from bot_runner import (
    ALLOWED_USERS,
    GROUP,
    MAX_QUESTION_CHARS,
    RATE_PER_MINUTE,
    REPORTS_DIR,
    TOKEN,
    BotRunner,
)
from chat_user import ChatUser
from pydantic import SecretStr
from telegram_emulator import BotApiProxy, Emulator, install_emulator

from bot.telegram.app import build_application
from retrieval.config import Settings
from retrieval.service import AnswerService


@pytest.fixture(scope="session")
def emulator() -> Iterator[Emulator]:
    """The Bot API emulator, installed if missing."""
    cache = Path(os.environ.get("GOVQA_E2E_NODE_DIR", "~/.cache/govqa-e2e")).expanduser()
    server = Emulator(install_emulator(cache))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def proxy(emulator: Emulator) -> Iterator[BotApiProxy]:
    """The proxy the bot talks to (records calls; can make chosen methods fail)."""
    server = BotApiProxy(emulator.url)
    yield server
    server.stop()


@pytest.fixture(scope="module")
def bot_settings(
    tmp_path_factory: pytest.TempPathFactory, proxy: BotApiProxy, answer_service: AnswerService
) -> Settings:
    """The service's settings with the Telegram part pointed at the proxy."""
    return answer_service.settings.model_copy(
        update={
            "telegram_bot_token": SecretStr(TOKEN),
            "telegram_base_url": f"{proxy.url}/bot",
            "telegram_allowed_users": ALLOWED_USERS,
            "telegram_allowed_chats": [GROUP["id"]],
            "telegram_public": False,
            "telegram_rate_per_minute": RATE_PER_MINUTE,
            "max_question_chars": MAX_QUESTION_CHARS,
            "data_dir": tmp_path_factory.mktemp("bot-state"),
        }
    )


@pytest.fixture(scope="module")
def bot_logs() -> Iterator[list[logging.LogRecord]]:
    """Every record the bot's loggers emit while it runs, down to DEBUG (to check the token
    never shows); levels are restored when the module's tests are done."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep(level=logging.DEBUG)
    watched = [logging.getLogger(name) for name in ("telegram", "bot", "httpx", "httpcore")]
    levels = [logger.level for logger in watched]
    for logger in watched:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(handler)
    yield records
    for logger, level in zip(watched, levels, strict=True):
        logger.removeHandler(handler)
        logger.setLevel(level)


@pytest.fixture(scope="module")
def running_bot(
    bot_settings: Settings,
    answer_service: AnswerService,
    proxy: BotApiProxy,
    bot_logs: list[logging.LogRecord],
) -> Iterator[BotRunner]:
    """The real bot, long polling the proxy, until the module's tests are done."""
    runner = BotRunner(build_application(bot_settings, answer_service))
    runner.start(proxy)
    yield runner
    runner.stop()


@pytest.fixture
def make_user(emulator: Emulator, running_bot: BotRunner) -> Iterator[Callable[..., ChatUser]]:
    """Make ``ChatUser``s talking to the running bot; their HTTP clients close after the test."""
    made: list[ChatUser] = []

    def make(user_id: int, chat: dict[str, Any] | None = None) -> ChatUser:
        user = ChatUser(emulator.url, TOKEN, user_id, chat)
        made.append(user)
        return user

    yield make
    for user in made:
        user.close()


@pytest.fixture(scope="session")
def answer_service(built_index: Path, tmp_path_factory: pytest.TempPathFactory) -> AnswerService:
    """One real answer service over the session index, shared by the bot and the checks."""
    settings = Settings(
        index_dir=built_index,
        reports_dir=REPORTS_DIR,
        data_dir=tmp_path_factory.mktemp("e2e-data"),
        _env_file=None,  # type: ignore[call-arg]
    )
    # Extractive answers only: the developer's environment must not add an LLM.
    return AnswerService(
        settings.model_copy(update={"openai_api_key": None, "openai_base_url": None})
    )
