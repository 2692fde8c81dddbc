"""Sending to Telegram: split HTML replies, the buttons under them, the typing action.

Buttons carry their payload through python-telegram-bot's arbitrary callback data (a bounded
cache, persisted with the chat state): ``("passage", citation)`` or ``("ask", question)``, plain
tuples and dicts so that the persisted state does not depend on module paths.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Sequence
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError

from bot.telegram.split import split_html
from bot.telegram.suggest import Suggestion
from retrieval.schema import Citation

__all__ = [
    "ASK",
    "PASSAGE",
    "answer_keyboard",
    "is_payload",
    "question_keyboard",
    "quietly",
    "send_html",
    "typing_action",
]

logger = logging.getLogger(__name__)

T = TypeVar("T")

PASSAGE, ASK = "passage", "ask"
_TYPING_EVERY = 4.0
_PASSAGES_PER_ROW = 4
_QUESTIONS_PER_ROW = 2


async def send_html(
    bot: Bot,
    chat_id: int,
    body: str,
    markup: InlineKeyboardMarkup | None = None,
    quote_id: int | None = None,
) -> None:
    """Send Telegram HTML split under the size limit; the buttons go on the last part.

    Args:
        bot: the bot to send with.
        chat_id: the chat to send to.
        body: Telegram HTML, any length.
        markup: inline keyboard for the last part.
        quote_id: message the first part replies to (groups), if any.
    """
    parts = split_html(body)
    for number, part in enumerate(parts, start=1):
        kwargs: dict[str, Any] = {
            "reply_markup": markup if number == len(parts) else None,
            "link_preview_options": LinkPreviewOptions(is_disabled=True),
        }
        if quote_id is not None and number == 1:
            kwargs["reply_to_message_id"] = quote_id
            kwargs["allow_sending_without_reply"] = True
        try:
            await bot.send_message(chat_id, part, parse_mode=ParseMode.HTML, **kwargs)
        except BadRequest as error:
            if "entit" not in str(error).lower():
                raise
            # Should never happen (all text is escaped); plain text beats no answer.
            logger.warning("HTML rejected, sending plain text: %s", error)
            plain = html.unescape(re.sub(r"<[^>]*>", "", part))
            await bot.send_message(chat_id, plain, **kwargs)


def answer_keyboard(
    citations: Sequence[Citation], offered: Sequence[Suggestion] = ()
) -> InlineKeyboardMarkup | None:
    """「原文 [n]」 buttons, then the suggested questions, for the message under an answer."""
    passages = [
        InlineKeyboardButton(f"原文 [{c.n}]", callback_data=(PASSAGE, c.model_dump(mode="json")))
        for c in citations
    ]
    questions = [InlineKeyboardButton(s.label, callback_data=(ASK, s.question)) for s in offered]
    rows = _rows(passages, _PASSAGES_PER_ROW) + _rows(questions, _QUESTIONS_PER_ROW)
    return InlineKeyboardMarkup(rows) if rows else None


def question_keyboard(offered: Sequence[Suggestion]) -> InlineKeyboardMarkup | None:
    """One button per question (the /start examples)."""
    rows = [[InlineKeyboardButton(s.label, callback_data=(ASK, s.question))] for s in offered]
    return InlineKeyboardMarkup(rows) if rows else None


def _rows(buttons: list[InlineKeyboardButton], per_row: int) -> list[list[InlineKeyboardButton]]:
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def is_payload(kind: str) -> Any:
    """A ``CallbackQueryHandler`` pattern matching the buttons made here for ``kind``."""
    return lambda data: isinstance(data, tuple) and len(data) == 2 and data[0] == kind


@contextlib.asynccontextmanager
async def typing_action(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" until the block ends (Telegram clears it after ~5 s, so repeat)."""

    async def keep_typing() -> None:
        while True:
            if not await quietly(bot.send_chat_action(chat_id, ChatAction.TYPING), "typing"):
                return
            await asyncio.sleep(_TYPING_EVERY)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def quietly(call: Awaitable[T], what: str) -> bool:
    """Await a non-essential Bot API call; a failure is logged, never raised."""
    try:
        await call
    except TelegramError as error:
        logger.warning("%s failed (ignored): %s", what, error)
        return False
    return True
