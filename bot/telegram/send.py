"""Sending to Telegram: split HTML replies, citation buttons, the typing action."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
from collections.abc import AsyncIterator, Awaitable
from typing import Any, TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ChatAction, ParseMode
from telegram.error import BadRequest, TelegramError

from bot.telegram.render import citation_header, split_html
from retrieval.schema import Citation

__all__ = ["passage_buttons", "quietly", "send_html", "typing_action"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

# Citation refs kept per chat for the "原文" buttons (callback_data holds only a short key).
_MAX_REFS = 300
_TYPING_EVERY = 4.0
_BUTTONS_PER_ROW = 4


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


def passage_buttons(
    chat_data: dict[str, Any], citations: list[Citation]
) -> InlineKeyboardMarkup | None:
    """One "原文 [n]" button per citation; the ref is kept in chat_data under a short key."""
    if not citations:
        return None
    refs: dict[str, dict[str, Any]] = chat_data.setdefault("refs", {})
    buttons = []
    for citation in citations:
        sequence = int(chat_data.get("ref_seq", 0)) + 1
        chat_data["ref_seq"] = sequence
        key = format(sequence, "x")
        refs[key] = {
            "source": citation.source,
            "start": citation.start,
            "end": citation.end,
            "excerpt": citation.excerpt,
            "header": citation_header(citation),
        }
        buttons.append(InlineKeyboardButton(f"原文 [{citation.n}]", callback_data=f"p:{key}"))
    for old in list(refs)[: max(0, len(refs) - _MAX_REFS)]:
        del refs[old]
    rows = [buttons[i : i + _BUTTONS_PER_ROW] for i in range(0, len(buttons), _BUTTONS_PER_ROW)]
    return InlineKeyboardMarkup(rows)


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
