"""The first handler every update meets: who may use the bot, and how often.

Registered in group -1 (python-telegram-bot's access-restriction pattern): an update that is
refused or over its rate never reaches the other handlers.
"""

from __future__ import annotations

import logging
import re

from telegram import Bot, Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot.telegram.access import AccessPolicy, RateLimiter, Refusals
from bot.telegram.send import quietly, send_html
from bot.telegram.texts import GROUP_REFUSAL_TEXT, RATE_TEXT, REFUSAL_TEXT
from retrieval.config import Settings

__all__ = ["Gate", "addressed_text", "replies_to_bot"]

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


class Gate:
    """Allowlist, refusals (told once) and the per-user rate of commands, messages and presses.

    Args:
        settings: the allowlist and ``telegram_actions_per_minute``.
    """

    def __init__(self, settings: Settings) -> None:
        self.policy = AccessPolicy.from_settings(settings)
        self.actions = RateLimiter(settings.telegram_actions_per_minute)
        self.refusals = Refusals()

    async def __call__(self, update: Update, context: Context) -> None:
        """Let the update through, or stop it here (with one notice where one is due)."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None:
            raise ApplicationHandlerStop
        private = chat.type == ChatType.PRIVATE
        is_for_bot = _addressed(update, context.bot)
        if not self.policy.allows(user.id if user else None, chat.id, private=private):
            # Nothing is kept for a chat the bot does not serve (python-telegram-bot would
            # otherwise persist an empty entry for every chat that ever wrote).
            context.application.drop_chat_data(chat.id)
            if is_for_bot:
                await self._refuse(update, private)
            raise ApplicationHandlerStop
        if not is_for_bot:
            return  # group chatter: the text handler ignores it, and it costs no rate
        wait, first = self.actions.check(user.id if user else chat.id)
        if wait:
            if first or update.callback_query is not None:
                await _notify(update, RATE_TEXT.format(seconds=max(1, round(wait))))
            raise ApplicationHandlerStop

    async def _refuse(self, update: Update, private: bool) -> None:
        chat, user = update.effective_chat, update.effective_user
        assert chat is not None
        key = user.id if private and user else chat.id
        if not self.refusals.first_time(key):
            if update.callback_query is not None:
                await quietly(update.callback_query.answer(), "answerCallbackQuery")
            return
        logger.info("refused user %s in chat %s", user.id if user else None, chat.id)
        if private and user is not None:
            await _notify(update, REFUSAL_TEXT.format(user_id=user.id))
        else:
            await _notify(update, GROUP_REFUSAL_TEXT.format(chat_id=chat.id))


async def _notify(update: Update, text: str) -> None:
    """A short notice: a toast for a button press, else a message in the chat."""
    if update.callback_query is not None:
        await quietly(update.callback_query.answer(text, show_alert=True), "answerCallbackQuery")
        return
    chat, message = update.effective_chat, update.effective_message
    if chat is None:
        return
    quote = message.message_id if message and chat.type != ChatType.PRIVATE else None
    await send_html(update.get_bot(), chat.id, text, quote_id=quote)


def _addressed(update: Update, bot: Bot) -> bool:
    """Whether the update asks something of this bot (group chatter does not)."""
    if update.callback_query is not None:
        return True
    message = update.message
    if message is None:
        return False
    if message.chat.type == ChatType.PRIVATE:
        return True
    text = message.text or ""
    if text.startswith("/"):
        _, _, target = text.split(maxsplit=1)[0].partition("@")
        return not target or target.lower() == (bot.username or "").lower()
    return addressed_text(message, bot) is not None


def addressed_text(message: Message, bot: Bot) -> str | None:
    """The text of a group message addressed to the bot (mention removed), else ``None``."""
    text = message.text or ""
    username = (bot.username or "").lower()
    mentions = message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION])
    addressed = False
    for entity, value in mentions.items():
        is_me = (entity.type == MessageEntity.MENTION and value[1:].lower() == username) or (
            entity.user is not None and entity.user.id == bot.id
        )
        if is_me:
            addressed = True
            text = text.replace(value, " ")
    if addressed or replies_to_bot(message, bot):
        return re.sub(r"\s+", " ", text).strip()
    return None


def replies_to_bot(message: Message, bot: Bot) -> bool:
    """Whether ``message`` replies to one of the bot's messages."""
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == bot.id)
