"""Telegram handlers offline: built ``Update``s through ``process_update``, a recording request
instead of HTTP, and the real answer service over the session index."""

from __future__ import annotations

import asyncio
import html
import itertools
import logging
import re
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application
from telegram_fakes import BOT, RecordingRequest, SpyService

from bot.telegram.app import COMMANDS, _post_init, build_application
from bot.telegram.handlers import ERROR_TEXT
from bot.telegram.render import MAX_MESSAGE, utf16_len
from retrieval.config import Settings
from retrieval.schema import Answer, Citation, Conversation
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"
TOKEN = "777000:offline-token-must-not-be-logged"
ALLOWED, OUTSIDER = 11, 99
GROUP = {"id": -500, "type": "supergroup", "title": "工作群"}
QUESTION, FIGURE = "额敏县2025年承接落实“一规划两纲要”多少项工作任务？", "307项"  # dev set d001
_ids = itertools.count(1)


@pytest.fixture(scope="module")
def real_service(built_index: Path, tmp_path_factory: pytest.TempPathFactory) -> AnswerService:
    settings = Settings(index_dir=built_index, reports_dir=REPORTS, _env_file=None)  # type: ignore[call-arg]
    return AnswerService(
        settings.model_copy(update={"openai_api_key": None, "openai_base_url": None})
    )


def bot_settings(data_dir: Path, **overrides: Any) -> Settings:
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN=TOKEN)  # type: ignore[call-arg]
    values = {
        "telegram_allowed_users": [ALLOWED],
        "telegram_allowed_chats": [GROUP["id"]],
        "data_dir": data_dir,
        "telegram_rate_per_minute": 5,
        "max_question_chars": 100,
    }
    return settings.model_copy(update={**values, **overrides})


@pytest.fixture
def spy(real_service: AnswerService) -> SpyService:
    return SpyService(real_service)


@pytest.fixture
async def app_and_request(
    spy: SpyService, tmp_path: Path
) -> AsyncIterator[tuple[Application, RecordingRequest]]:  # type: ignore[type-arg]
    request = RecordingRequest()
    app = build_application(bot_settings(tmp_path / "state"), spy, request=request)  # type: ignore[arg-type]
    async with app:
        yield app, request


def message_update(
    app: Application,  # type: ignore[type-arg]
    text: str | None = None,
    user: int = ALLOWED,
    chat: dict[str, Any] | None = None,
    **extra: Any,
) -> Update:
    chat = chat or {"id": user, "type": "private"}
    message: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": {"id": user, "is_bot": False, "first_name": "u"},
        **extra,
    }
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return Update.de_json({"update_id": next(_ids), "message": message}, app.bot)


def visible(params: dict[str, Any]) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", params["text"]))


async def test_private_question_gets_figure_excerpt_and_small_buttons(app_and_request: Any) -> None:
    app, request = app_and_request
    await app.process_update(message_update(app, QUESTION))
    methods = [name for name, _ in request.calls]
    assert methods.index("sendChatAction") < methods.index("sendMessage")
    (reply,) = request.sent()
    assert reply["parse_mode"] == "HTML"
    assert FIGURE in visible(reply)
    assert re.search(r"<blockquote expandable><b>[^<]*307项", reply["text"])
    keyboard = reply["reply_markup"]["inline_keyboard"]
    data = [button["callback_data"] for row in keyboard for button in row]
    assert data and all(len(d.encode()) <= 64 for d in data)
    assert keyboard[0][0]["text"] == "原文 [1]"


async def test_source_button_shows_the_wider_passage(app_and_request: Any) -> None:
    app, request = app_and_request
    await app.process_update(message_update(app, QUESTION))
    answer = request.sent()[-1]
    data = answer["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    excerpt = re.search(r"<b>(.*?)</b>", answer["text"], re.S).group(1)  # type: ignore[union-attr]
    query = {
        "id": "q1",
        "from": {"id": ALLOWED, "is_bot": False, "first_name": "u"},
        "chat_instance": "c",
        "data": data,
        "message": {
            "message_id": 5,
            "date": int(time.time()),
            "text": "x",
            "chat": {"id": ALLOWED, "type": "private"},
        },
    }
    await app.process_update(
        Update.de_json({"update_id": next(_ids), "callback_query": query}, app.bot)
    )
    assert any(name == "answerCallbackQuery" for name, _ in request.calls)
    passage = request.sent()[-1]
    assert f"<b>{excerpt}</b>" in passage["text"]
    assert len(visible(passage)) > len(html.unescape(excerpt)) + 100

    query["data"] = "p:zzz"
    await app.process_update(
        Update.de_json({"update_id": next(_ids), "callback_query": query}, app.bot)
    )
    expired = [p for name, p in request.calls if name == "answerCallbackQuery"][-1]
    assert "过期" in expired.get("text", "")


async def test_group_messages_only_when_addressed(app_and_request: Any, spy: SpyService) -> None:
    app, request = app_and_request
    await app.process_update(message_update(app, QUESTION, chat=GROUP))
    assert request.sent() == [] and spy.asked == []

    mention = "@govqa_test_bot"
    entities = [{"type": "mention", "offset": 0, "length": len(mention)}]
    await app.process_update(
        message_update(app, f"{mention} {QUESTION}", chat=GROUP, entities=entities)
    )
    await app.process_update(message_update(app, f"/ask {QUESTION}", chat=GROUP))
    bot_message = {"message_id": 1, "date": 1, "chat": GROUP, "from": BOT, "text": "之前的回答"}
    await app.process_update(
        message_update(app, QUESTION, chat=GROUP, reply_to_message=bot_message)
    )
    assert spy.asked == [QUESTION] * 3
    sent = request.sent()
    assert len(sent) == 3 and all(FIGURE in visible(p) for p in sent)
    assert all(p["reply_parameters"]["message_id"] for p in sent)  # quoted in groups

    await app.process_update(message_update(app, "/ask", chat=GROUP))
    assert "用法" in visible(request.sent()[-1])


async def test_outsider_is_refused_once_and_never_reaches_the_service(
    app_and_request: Any, spy: SpyService
) -> None:
    app, request = app_and_request
    for text in (QUESTION, "/sources", QUESTION):
        await app.process_update(message_update(app, text, user=OUTSIDER))
    (refusal,) = request.sent()
    assert str(OUTSIDER) in refusal["text"] and FIGURE not in refusal["text"]
    assert spy.asked == []


async def test_limits_length_rate_and_non_text(app_and_request: Any, spy: SpyService) -> None:
    app, request = app_and_request
    await app.process_update(message_update(app, "问" * 101))
    assert "太长" in visible(request.sent()[-1]) and spy.asked == []

    await app.process_update(
        message_update(
            app,
            sticker={
                "file_id": "s",
                "file_unique_id": "u",
                "type": "regular",
                "width": 1,
                "height": 1,
                "is_animated": False,
                "is_video": False,
            },
        )
    )
    assert "文字问题" in visible(request.sent()[-1])

    spy.answer = Answer(question="q", answer="无", abstained=True)
    for _ in range(6):  # the limit is 5 per minute
        await app.process_update(message_update(app, "额敏县有多少件？"))
    assert len(spy.asked) == 5
    assert "频繁" in visible(request.sent()[-1])


async def test_errors_are_logged_with_traceback_and_answered_generically(
    app_and_request: Any, spy: SpyService, caplog: pytest.LogCaptureFixture
) -> None:
    app, request = app_and_request
    spy.fail = RuntimeError("internal detail /var/secret")
    with caplog.at_level(logging.DEBUG):
        await app.process_update(message_update(app, QUESTION))
    assert visible(request.sent()[-1]) == ERROR_TEXT
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors and errors[0].exc_info and "internal detail" in str(errors[0].exc_info[1])
    for record in caplog.records:
        assert TOKEN not in record.getMessage()


async def test_non_essential_call_failures_do_not_stop_the_bot(app_and_request: Any) -> None:
    app, request = app_and_request
    await _post_init(app)
    commands = [p["commands"] for name, p in request.calls if name == "setMyCommands"]
    assert [c["command"] for c in commands[-1]] == [c.command for c in COMMANDS]

    request.fail = {"setMyCommands", "sendChatAction"}
    await _post_init(app)  # must not raise
    await app.process_update(message_update(app, QUESTION))
    assert FIGURE in visible(request.sent()[-1])


async def test_long_answers_are_split_with_buttons_on_the_last_part(
    app_and_request: Any, spy: SpyService
) -> None:
    app, request = app_and_request
    citations = []
    for n, path in enumerate(sorted(REPORTS.glob("*.txt")) * 2, start=1):
        text = path.read_text(encoding="utf-8")
        citations.append(
            Citation(
                n=n, source=path.name, title=path.name, start=100, end=1400, excerpt=text[100:1400]
            )
        )
    spy.answer = Answer(question="q", answer="见引用。", abstained=False, citations=citations)
    await app.process_update(message_update(app, "额敏县的情况？"))
    sent = request.sent()
    assert len(sent) >= 3
    assert all(utf16_len(visible(p)) <= MAX_MESSAGE for p in sent)
    assert [bool(p.get("reply_markup")) for p in sent] == [False] * (len(sent) - 1) + [True]


async def test_conversation_survives_restart_and_new_resets_it(
    spy: SpyService, tmp_path: Path
) -> None:
    settings = bot_settings(tmp_path / "state")
    request = RecordingRequest()
    first = build_application(settings, spy, request=request)  # type: ignore[arg-type]
    async with first:
        await first.process_update(message_update(first, "额敏县全年接收行政复议案件多少件？"))
    assert (tmp_path / "state" / "telegram_state.pickle").exists()

    second = build_application(settings, spy, request=request)  # type: ignore[arg-type]
    async with second:
        kept = Conversation.model_validate(second.chat_data[ALLOWED]["conversation"])
        assert "额敏县" in kept.regions
        await second.process_update(message_update(second, "那普兰县呢？"))
        assert "申请1件" in visible(request.sent()[-1])  # dev set d045: 普兰县's figure
        await second.process_update(message_update(second, "/new"))
        assert "conversation" not in second.chat_data[ALLOWED]


async def test_a_slow_question_does_not_hold_up_other_chats(
    app_and_request: Any, spy: SpyService
) -> None:
    app, request = app_and_request
    other_chat_served = threading.Event()
    real_ask = spy.ask

    def slow_ask(question: str, **kwargs: Any) -> Answer:
        # Blocks its thread until the other chat has been answered (bounded wait).
        other_chat_served.wait(10)
        return real_ask(question, **kwargs)

    spy.ask = slow_ask  # type: ignore[method-assign]

    async def other_chat() -> None:
        await asyncio.sleep(0.05)
        await app.process_update(message_update(app, "/help", chat=GROUP))
        other_chat_served.set()

    await asyncio.gather(app.process_update(message_update(app, QUESTION)), other_chat())
    order = [int(str(p["chat_id"])) for p in request.sent()]
    assert order == [GROUP["id"], ALLOWED]
    assert FIGURE in visible(request.sent()[-1])
