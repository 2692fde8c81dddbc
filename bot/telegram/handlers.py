"""The Telegram handlers: who is asking, what the question is, and the reply.

They call the answer service only (``ask``, ``sources``, ``passage``), always off the event loop:
retrieval is CPU-bound and one slow question must not hold up other chats.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
from typing import Any, TypeVar

from telegram import (
    Bot,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.telegram.access import AccessPolicy, RateLimiter
from bot.telegram.render import render_answer, render_passage, render_sources
from bot.telegram.send import passage_buttons, quietly, send_html, typing_action
from retrieval.config import Settings
from retrieval.errors import IndexMissingError, InputError, StoreUnavailableError
from retrieval.schema import Conversation
from retrieval.service import AnswerService

__all__ = ["ERROR_TEXT", "GovqaBot"]

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
T = TypeVar("T")

ERROR_TEXT = "出错了，请稍后再试"
REFUSAL_TEXT = "抱歉，这个机器人只对授权用户开放。如需使用，请把您的用户 ID {user_id} 发给管理员。"
NON_TEXT_TEXT = "我只能回答文字问题：请直接输入问题，例如“2025年办理了多少件行政复议案件？”"
TOO_LONG_TEXT = "问题太长了（{length} 字），请精简到 {limit} 字以内再问。"
RATE_TEXT = "提问太频繁了，请 {seconds} 秒后再试。"
EMPTY_ASK_TEXT = "用法：/ask 问题，例如 /ask 2025年办理了多少件行政复议案件？"
NEW_TEXT = "好的，已开始新的对话，之前的问题不再作为上下文。"
NO_INDEX_TEXT = "还没有导入任何报告，请管理员先运行 govqa ingest。"
STORE_DOWN_TEXT = "报告库暂时无法访问，请稍后再试。"
EXPIRED_TEXT = "这条引用已过期，请重新提问。"
UNKNOWN_COMMAND_TEXT = "不认识这个命令。发送 /help 查看用法。"

PASSAGE_WIDTH = 400
# Citation refs kept per chat for the "原文" buttons (callback_data holds only a short key).
_MAX_REFS = 300
_TYPING_EVERY = 4.0
_BUTTONS_PER_ROW = 4


class GovqaBot:
    """Handler callbacks bound to one answer service, allowlist and rate limiter.

    Args:
        settings: the application settings.
        service: the answer service.
    """

    def __init__(self, settings: Settings, service: AnswerService) -> None:
        self.settings = settings
        self.service = service
        self.policy = AccessPolicy.from_settings(settings)
        self.limiter = RateLimiter(settings.telegram_rate_per_minute)
        # One question at a time per chat, so a follow-up sees the previous turn.
        self._chat_locks: dict[int, asyncio.Lock] = {}

    # Commands ----------------------------------------------------------------------------

    async def start(self, update: Update, context: Context) -> None:
        """``/start``: greeting and usage."""
        if await self._allowed(update, context):
            await self._reply(
                update,
                "您好！我根据已收录的法治政府建设工作报告回答问题，"
                "每个答案都附原文出处。\n\n" + await self._help_text(),
            )

    async def help(self, update: Update, context: Context) -> None:
        """``/help``: what the bot answers, with example questions."""
        if await self._allowed(update, context):
            await self._reply(update, await self._help_text())

    async def sources(self, update: Update, context: Context) -> None:
        """``/sources``: the stored reports with region and year."""
        if not await self._allowed(update, context):
            return
        try:
            infos = await asyncio.to_thread(self.service.reports.sources)
        except (IndexMissingError, StoreUnavailableError) as error:
            await self._reply(update, _store_problem(error))
            return
        await self._reply(update, render_sources(infos))

    async def new(self, update: Update, context: Context) -> None:
        """``/new``: forget this chat's conversation."""
        chat = update.effective_chat
        if chat is not None and await self._allowed(update, context):
            # After any question still being answered in this chat, which would save its turn.
            async with self._lock(chat.id):
                context.chat_data.pop("conversation", None)  # type: ignore[union-attr]
            await self._reply(update, NEW_TEXT)

    async def ask(self, update: Update, context: Context) -> None:
        """``/ask 问题``: the explicit way to ask, in groups and private chats."""
        message = update.effective_message
        if message is None or not await self._allowed(update, context):
            return
        text = message.text or ""
        question = text.split(maxsplit=1)[1].strip() if len(text.split(maxsplit=1)) > 1 else ""
        if not question:
            await self._reply(update, EMPTY_ASK_TEXT)
            return
        await self._answer(update, context, question)

    async def unknown_command(self, update: Update, context: Context) -> None:
        """Any other command in a private chat."""
        if await self._allowed(update, context):
            await self._reply(update, UNKNOWN_COMMAND_TEXT)

    # Messages ----------------------------------------------------------------------------

    async def text(self, update: Update, context: Context) -> None:
        """A text message: always a question in private chats; in groups only when addressed."""
        message = update.effective_message
        if message is None or not message.text:
            return
        question = message.text
        if message.chat.type != ChatType.PRIVATE:
            addressed = self._addressed_question(message, context.bot)
            if addressed is None:
                return
            question = addressed
        if await self._allowed(update, context):
            await self._answer(update, context, question)

    async def other(self, update: Update, context: Context) -> None:
        """Photos, stickers, files...: a short hint (in groups only when replying to the bot)."""
        message = update.effective_message
        if message is None:
            return
        if message.chat.type != ChatType.PRIVATE and not self._replies_to_bot(message, context.bot):
            return
        if await self._allowed(update, context):
            await self._reply(update, NON_TEXT_TEXT)

    async def passage(self, update: Update, context: Context) -> None:
        """An "原文 [n]" button: send the wider passage around that citation."""
        query = update.callback_query
        if query is None or not await self._allowed(update, context):
            if query is not None:
                await quietly(query.answer(), "answerCallbackQuery")
            return
        key = (query.data or "").removeprefix("p:")
        ref = context.chat_data.get("refs", {}).get(key)  # type: ignore[union-attr]
        if ref is None or update.effective_chat is None:
            await quietly(query.answer(EXPIRED_TEXT), "answerCallbackQuery")
            return
        await quietly(query.answer(), "answerCallbackQuery")
        text = await asyncio.to_thread(
            self.service.reports.passage, ref["source"], ref["start"], ref["end"], PASSAGE_WIDTH
        )
        body = render_passage(ref["header"], text, ref["excerpt"])
        await send_html(context.bot, update.effective_chat.id, body)

    # Answering ---------------------------------------------------------------------------

    async def _answer(self, update: Update, context: Context, question: str) -> None:
        chat, user = update.effective_chat, update.effective_user
        question = question.strip()
        if chat is None or not question:
            return
        limit = self.settings.max_question_chars
        if len(question) > limit:
            await self._reply(update, TOO_LONG_TEXT.format(length=len(question), limit=limit))
            return
        wait = self.limiter.acquire(user.id if user else chat.id)
        if wait:
            await self._reply(update, RATE_TEXT.format(seconds=max(1, round(wait))))
            return
        chat_data: dict[str, Any] = context.chat_data  # type: ignore[assignment]
        async with self._lock(chat.id), typing_action(context.bot, chat.id):
            conversation = Conversation.model_validate(chat_data.get("conversation") or {})
            try:
                answer = await asyncio.to_thread(
                    self.service.ask, question, conversation=conversation, mode="auto"
                )
                titles = await self._titles() if answer.abstained else {}
            except InputError as error:
                await self._reply(update, f"无法回答这个问题：{error}")
                return
            except (IndexMissingError, StoreUnavailableError) as error:
                await self._reply(update, _store_problem(error))
                return
            chat_data["conversation"] = conversation.model_dump(mode="json")
        markup = passage_buttons(chat_data, answer.citations)
        await self._reply(update, render_answer(answer, titles), markup)

    def _lock(self, chat_id: int) -> asyncio.Lock:
        return self._chat_locks.setdefault(chat_id, asyncio.Lock())

    async def _titles(self) -> dict[str, str]:
        infos = await asyncio.to_thread(self.service.reports.sources)
        return {info.source: info.title for info in infos}

    async def _help_text(self) -> str:
        try:
            infos = await asyncio.to_thread(self.service.reports.sources)
        except IndexMissingError:
            infos = []
        regions = [info for info in infos if info.region]
        first = regions[0].region if regions else "某县"
        year = f"{regions[0].year}年" if regions and regions[0].year else ""
        second = next((i.region for i in regions if i.region != first), "另一个县")
        lines = [
            f"我能回答已收录的 {len(infos)} 份法治政府建设工作报告里的问题：数字、做法、机构、"
            "时间等，答案都引用原文，找不到就直说。",
            "",
            "示例：",
            f"• {first}{year}办理了多少件行政复议案件？",
            f"• {first}在行政执法监督方面做了什么？",
            f"• 接着问：那{second}呢？",
            "",
            "私聊直接发问题；群里请 @我、回复我的消息，或用 /ask 问题。",
            "/sources 查看报告列表，/new 开始新的对话。",
        ]
        return "\n".join(html.escape(line) for line in lines)

    # Access ------------------------------------------------------------------------------

    async def _allowed(self, update: Update, context: Context) -> bool:
        user, chat = update.effective_user, update.effective_chat
        if self.policy.allows(user.id if user else None, chat.id if chat else None):
            return True
        refused: set[int] = context.bot_data.setdefault("refused_users", set())  # type: ignore[union-attr]
        if user is not None and user.id not in refused:
            refused.add(user.id)
            logger.info("refused user %s in chat %s", user.id, chat.id if chat else None)
            await self._reply(update, REFUSAL_TEXT.format(user_id=user.id))
        return False

    def _addressed_question(self, message: Message, bot: Bot) -> str | None:
        """The question in a group message addressed to the bot, else ``None``."""
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
        if addressed or self._replies_to_bot(message, bot):
            return re.sub(r"\s+", " ", text).strip()
        return None

    @staticmethod
    def _replies_to_bot(message: Message, bot: Bot) -> bool:
        replied = message.reply_to_message
        return bool(replied and replied.from_user and replied.from_user.id == bot.id)

    # Sending -----------------------------------------------------------------------------

    async def _reply(
        self, update: Update, body: str, markup: InlineKeyboardMarkup | None = None
    ) -> None:
        chat, message = update.effective_chat, update.effective_message
        if chat is None:
            return
        quote_id = message.message_id if message and chat.type != ChatType.PRIVATE else None
        await send_html(update.get_bot(), chat.id, body, markup, quote_id)


def _store_problem(error: Exception) -> str:
    """What to tell an official when the reports cannot be searched."""
    if isinstance(error, IndexMissingError):
        return NO_INDEX_TEXT
    # An outage, not a bug: one line in the log, a plain answer to the official.
    logger.warning("store unavailable: %s", error)
    return STORE_DOWN_TEXT
