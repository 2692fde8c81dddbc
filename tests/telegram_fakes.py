"""Helpers for the Telegram tests: a Bot API that answers like Telegram without a network, a
spy around the real answer service, and checks on the HTML the bot sends."""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
import re
import time
from collections.abc import AsyncIterator
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from retrieval.schema import Answer
from retrieval.service import AnswerService

__all__ = [
    "BOT",
    "RecordingRequest",
    "SpyService",
    "assert_well_formed",
    "buttons",
    "deliver",
    "message_update",
    "press_update",
    "running",
    "visible",
]

BOT = {"id": 4242, "is_bot": True, "first_name": "govqa", "username": "govqa_test_bot"}
_message_ids = itertools.count(10_000)
ALLOWED_TAGS = {"b", "i", "blockquote"}
TAG = re.compile(r"<(/?)(\w+)[^>]*>")


def visible(part: str) -> str:
    """The text Telegram shows for ``part`` (tags dropped, entities decoded)."""
    return html.unescape(TAG.sub("", part))


def assert_well_formed(part: str) -> None:
    """Every tag is allowed, closed in order, and no stray ``<``/``&`` is left unescaped."""
    stack: list[str] = []
    for match in TAG.finditer(part):
        closing, name = match.group(1), match.group(2)
        assert name in ALLOWED_TAGS, f"unexpected tag {match.group(0)!r}"
        if closing:
            assert stack and stack[-1] == name, f"unbalanced </{name}> in {part[:80]!r}"
            stack.pop()
        else:
            stack.append(name)
    assert not stack, f"unclosed {stack} in {part[-80:]!r}"
    text = TAG.sub("", part)
    assert "<" not in text and ">" not in text
    assert not re.search(r"&(?!(amp|lt|gt|quot|#x?[0-9a-f]+);)", text), "broken entity"
    part.encode("utf-16-le")  # raises on a lone surrogate


class RecordingRequest(BaseRequest):
    """Answers Bot API calls offline like Telegram would, recording each (method, params)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail: set[str] = set()

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(  # type: ignore[override]
        self, url: str, method: str, request_data: RequestData | None = None, **_: Any
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append((name, params))
        if name in self.fail:
            body = {"ok": False, "error_code": 400, "description": "Bad Request: not here"}
            return 400, json.dumps(body).encode()
        result: Any = True
        if name == "getMe":
            result = BOT
        elif name == "sendMessage":
            chat = {"id": int(str(params["chat_id"])), "type": "private"}
            result = {
                "message_id": next(_message_ids),
                "date": int(time.time()),
                "chat": chat,
                "from": BOT,
                "text": params["text"],
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def sent(self) -> list[dict[str, Any]]:
        """Parameters of every sendMessage so far."""
        return [params for name, params in self.calls if name == "sendMessage"]


class SpyService:
    """The real service, counting questions; ``fail`` makes ``ask`` raise."""

    def __init__(self, real: AnswerService) -> None:
        self.real, self.settings, self.reports = real, real.settings, real.reports
        self.asked: list[str] = []
        self.fail: Exception | None = None
        self.answer: Answer | None = None

    def ask(self, question: str, **kwargs: Any) -> Answer:
        self.asked.append(question)
        if self.fail is not None:
            raise self.fail
        return self.answer or self.real.ask(question, **kwargs)

    def close(self) -> None:
        self.real.close()


_update_ids = itertools.count(1)


def message_update(
    app: Any,
    text: str | None = None,
    user: int = 11,
    chat: dict[str, Any] | None = None,
    **extra: Any,
) -> Update:
    """A new message from ``user`` (a command when ``text`` starts with ``/``)."""
    chat = chat or {"id": user, "type": "private"}
    message: dict[str, Any] = {
        "message_id": next(_update_ids),
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
    return Update.de_json({"update_id": next(_update_ids), "message": message}, app.bot)


def press_update(app: Any, data: str, user: int = 11, chat: dict[str, Any] | None = None) -> Update:
    """A press on an inline button whose (sent) callback data is ``data``."""
    query = {
        "id": str(next(_update_ids)),
        "from": {"id": user, "is_bot": False, "first_name": "u"},
        "chat_instance": "c",
        "data": data,
        "message": {
            "message_id": next(_update_ids),
            "date": int(time.time()),
            "text": "x",
            "chat": chat or {"id": user, "type": "private"},
        },
    }
    update = Update.de_json({"update_id": next(_update_ids), "callback_query": query}, app.bot)
    app.bot.insert_callback_data(update)  # what polling does with arbitrary callback data
    return update


async def deliver(app: Any, *updates: Update) -> None:
    """Process ``updates`` concurrently, like the running bot, and wait for their handlers
    (those that run as tasks of their own too). Without updates: wait for every handler."""
    earlier = _handler_tasks() if updates else set()
    await asyncio.gather(*(app.process_update(update) for update in updates))
    while pending := _handler_tasks() - earlier:
        await asyncio.wait(pending)


def _handler_tasks() -> set[asyncio.Task[Any]]:
    return {
        task
        for task in asyncio.all_tasks()
        if "non_blocking" in task.get_name() and not task.done()
    }


def buttons(params: dict[str, Any]) -> list[dict[str, Any]]:
    """The inline buttons of one sent message."""
    markup = params.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [button for row in markup.get("inline_keyboard", []) for button in row]


@contextlib.asynccontextmanager
async def running(app: Any) -> AsyncIterator[Any]:
    """The application initialized and started (so the tasks its handlers start are awaited
    when it stops), then stopped and shut down."""
    async with app:
        await app.start()
        try:
            yield app
        finally:
            await app.stop()
