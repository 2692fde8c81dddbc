"""A Telegram user, simulated through the emulator's client API."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable
from typing import Any

import httpx
from telegram_emulator import BOT_USER

from bot.telegram.texts import ERROR_TEXT

__all__ = ["ChatUser", "answered", "buttons", "visible"]


class ChatUser:
    """A Telegram user talking to the bot through the emulator's client API.

    Args:
        emulator_url: the emulator's base URL.
        token: the bot's token (the emulator keys conversations by it).
        user_id: this user's id.
        chat: the chat to write in (default: the private chat with the bot).
    """

    def __init__(
        self, emulator_url: str, token: str, user_id: int, chat: dict[str, Any] | None = None
    ) -> None:
        self.url, self.token, self.user_id = emulator_url, token, user_id
        self.user = {"id": user_id, "is_bot": False, "first_name": f"用户{user_id}"}
        self.chat = chat or {"id": user_id, "type": "private", "first_name": f"用户{user_id}"}
        self._http = httpx.Client(timeout=10)

    def say(self, text: str, **extra: Any) -> None:
        """Send a text message (a command when it starts with ``/``)."""
        message = {
            "botToken": self.token,
            "from": self.user,
            "chat": self.chat,
            "date": int(time.time()),
            "text": text,
            **extra,
        }
        route = "/sendMessage"
        if text.startswith("/"):
            length = len(text.split(maxsplit=1)[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
            route = "/sendCommand"
        self._post(route, message)

    def send(self, **message: Any) -> None:
        """Send a non-text message (``sticker=...``, ``photo=[...]``)."""
        self._post(
            "/sendMessage",
            {
                "botToken": self.token,
                "from": self.user,
                "chat": self.chat,
                "date": int(time.time()),
                **message,
            },
        )

    def press(self, callback_data: str, message: dict[str, Any]) -> None:
        """Press an inline button of ``message`` (a bot message as returned by ``replies``)."""
        shown = {
            "message_id": message["message_id"],
            "date": int(time.time()),
            "chat": self.chat,
            "from": BOT_USER,
            "text": message.get("text", ""),
        }
        self._post(
            "/sendCallback",
            {"botToken": self.token, "from": self.user, "message": shown, "data": callback_data},
        )

    def replies(
        self,
        until: Callable[[list[dict[str, Any]]], bool] = bool,
        timeout: float = 60.0,
        settle: float = 0.3,
        poll: float = 0.05,
    ) -> list[dict[str, Any]]:
        """Bot messages to this chat, waiting (bounded) until ``until(messages)`` holds.

        Returns:
            The messages (``text``, ``reply_markup``, ``message_id``...), oldest first; fewer
            if ``timeout`` passed first. After a match, waits ``settle`` seconds for stragglers
            (the rest of a split answer). Polls every ``poll`` seconds.
        """
        got: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        matched_at: float | None = None
        while time.monotonic() < deadline:
            got.extend(self._fetch())
            if matched_at is None and until(got):
                matched_at = time.monotonic()
            if matched_at is not None and time.monotonic() - matched_at >= settle:
                break
            time.sleep(poll)
        return got

    def silence(self, seconds: float) -> list[dict[str, Any]]:
        """Whatever the bot sends to this chat within ``seconds`` (expected: nothing)."""
        time.sleep(seconds)
        return self._fetch()

    def close(self) -> None:
        """Close the HTTP client."""
        self._http.close()

    def _fetch(self) -> list[dict[str, Any]]:
        response = self._post("/getUpdates", {"token": self.token, "chatId": self.chat["id"]})
        return [{**item["message"], "message_id": item["messageId"]} for item in response]

    def _post(self, route: str, payload: dict[str, Any]) -> Any:
        response = self._http.post(f"{self.url}{route}", json=payload)
        response.raise_for_status()
        return response.json().get("result")


def visible(message: dict[str, Any]) -> str:
    """What the user sees of a bot message."""
    return html.unescape(re.sub(r"<[^>]*>", "", message.get("text", "")))


def buttons(messages: list[dict[str, Any]]) -> list[dict[str, str]]:
    """The inline buttons of ``messages``."""
    markup = [m.get("reply_markup") or {} for m in messages]
    return [b for m in markup for row in m.get("inline_keyboard", []) for b in row]


def answered(messages: list[dict[str, Any]]) -> bool:
    """An answer, a "not found" or an error notice has arrived."""
    return any(
        "出处" in visible(m) or "未在报告中找到" in visible(m) or ERROR_TEXT in visible(m)
        for m in messages
    )
