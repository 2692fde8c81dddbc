"""The Telegram handlers: commands, questions and button presses.

Access and rates are checked before these run (``telegram_gate``). Handlers call the answer
service only (``ask``, ``sources``, ``passage``), always off the event loop: questions on the
bot's own answering threads (``AnswerPool``), short look-ups on the default executor.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from cachetools import LRUCache
from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.telegram.access import MAX_TRACKED, RateLimiter
from bot.telegram.gate import addressed_text, replies_to_bot
from bot.telegram.passage import PASSAGE_CHARS, Window, render_passage
from bot.telegram.pool import AnswerPool, PoolClosedError
from bot.telegram.render import render_answer
from bot.telegram.reports import Reports
from bot.telegram.send import (
    answer_keyboard,
    question_keyboard,
    quietly,
    send_html,
    typing_action,
)
from bot.telegram.suggest import Suggestion, pick_examples, suggestions
from bot.telegram.texts import (
    BUSY_TEXT,
    EMPTY_ASK_TEXT,
    EXPIRED_TEXT,
    NEW_TEXT,
    NO_INDEX_TEXT,
    NON_TEXT_TEXT,
    RATE_TEXT,
    STORE_DOWN_TEXT,
    TOO_LONG_TEXT,
    UNKNOWN_COMMAND_TEXT,
    render_help,
    render_sources,
    render_start,
)
from retrieval.config import Settings
from retrieval.errors import IndexMissingError, InputError, StoreUnavailableError
from retrieval.schema import Answer, Citation, Conversation
from retrieval.service import AnswerService

__all__ = ["GovqaBot"]

logger = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE


class _RecentChats(LRUCache[int, bool]):
    """Chats with a conversation, most recent last; the ones pushed out are collected."""

    def __init__(self, maxsize: int) -> None:
        super().__init__(maxsize)
        self.evicted: list[int] = []

    def popitem(self) -> tuple[int, bool]:
        key, value = super().popitem()
        self.evicted.append(key)
        return key, value


class GovqaBot:
    """Handler callbacks bound to one answer service.

    Args:
        settings: the application settings.
        service: the answer service.
    """

    def __init__(self, settings: Settings, service: AnswerService) -> None:
        self.settings = settings
        self.service = service
        self.questions = RateLimiter(settings.telegram_rate_per_minute)
        self.pool = AnswerPool(settings.telegram_answer_workers)
        self.recent = _RecentChats(MAX_TRACKED)
        # One question at a time per user: ids with an answer in progress.
        self._busy: set[int] = set()
        self._examples: tuple[Reports, list[Suggestion]] | None = None
        self._examples_lock = asyncio.Lock()

    def close(self) -> None:
        """Abandon the answers still waiting and stop the figure workers (the bot is stopping)."""
        abandoned = self.pool.close()
        self.service.close()
        if abandoned:
            logger.info("stopping: %d answers in progress abandoned", abandoned)

    # Commands ----------------------------------------------------------------------------

    async def start(self, update: Update, context: Context) -> None:
        """``/start``: welcome, the reports, three example questions that work (as buttons)."""
        reports = await self._reports(update)
        if reports is not None:
            examples = await self.examples(reports)
            await self._reply(update, render_start(reports, examples), question_keyboard(examples))

    async def help(self, update: Update, context: Context) -> None:
        """``/help``: how to ask, the question shapes, the commands, the limits."""
        await self._reply(update, render_help())

    async def sources(self, update: Update, context: Context) -> None:
        """``/sources``: the stored reports with region, year and title."""
        reports = await self._reports(update)
        if reports is not None:
            await self._reply(update, render_sources(reports))

    async def new(self, update: Update, context: Context) -> None:
        """``/new``: forget the conversation (an answer still on its way will not restore it)."""
        chat_data: dict[str, Any] = context.chat_data  # type: ignore[assignment]
        chat_data.pop("conversation", None)
        chat_data["epoch"] = int(chat_data.get("epoch", 0)) + 1
        await self._reply(update, NEW_TEXT)

    async def ask(self, update: Update, context: Context) -> None:
        """``/ask 问题``: the explicit way to ask, in groups and private chats."""
        parts = (update.effective_message.text or "").split(maxsplit=1)  # type: ignore[union-attr]
        question = parts[1].strip() if len(parts) > 1 else ""
        if not question:
            await self._reply(update, EMPTY_ASK_TEXT)
            return
        await self._answer(update, context, question)

    async def unknown_command(self, update: Update, context: Context) -> None:
        """Any other command in a private chat."""
        await self._reply(update, UNKNOWN_COMMAND_TEXT)

    # Messages and buttons ----------------------------------------------------------------

    async def text(self, update: Update, context: Context) -> None:
        """A text message: always a question in private chats; in groups only when addressed."""
        message = update.effective_message
        if message is None or not message.text:
            return
        question: str | None = message.text
        if message.chat.type != ChatType.PRIVATE:
            question = addressed_text(message, context.bot)
        if question:
            await self._answer(update, context, question)

    async def other(self, update: Update, context: Context) -> None:
        """Photos, stickers, files...: a short hint (in groups only when replying to the bot)."""
        message = update.effective_message
        if message is None:
            return
        if message.chat.type == ChatType.PRIVATE or replies_to_bot(message, context.bot):
            await self._reply(update, NON_TEXT_TEXT)

    async def passage(self, update: Update, context: Context) -> None:
        """An 「原文 [n]」 button: the passage around that citation, the cited span in bold."""
        query, chat = update.callback_query, update.effective_chat
        assert query is not None and chat is not None  # the pattern matched a button press
        await quietly(query.answer(), "answerCallbackQuery")
        citation = Citation.model_validate(query.data[1])  # type: ignore[index]
        window = await asyncio.to_thread(self._window, citation)
        await send_html(context.bot, chat.id, render_passage(citation, window))

    async def pressed_question(self, update: Update, context: Context) -> None:
        """A suggested or example question's button: ask it as if typed."""
        query = update.callback_query
        assert query is not None
        await quietly(query.answer(), "answerCallbackQuery")
        await self._answer(update, context, str(query.data[1]), pressed=True)  # type: ignore[index]

    async def expired(self, update: Update, context: Context) -> None:
        """A button whose data is no longer kept (too old, or from before a restart)."""
        if update.callback_query is not None:
            await quietly(update.callback_query.answer(EXPIRED_TEXT), "answerCallbackQuery")

    # Answering ---------------------------------------------------------------------------

    async def _answer(
        self, update: Update, context: Context, question: str, pressed: bool = False
    ) -> None:
        chat, user = update.effective_chat, update.effective_user
        question = question.strip()
        if chat is None or not question:
            return
        if len(question) > self.settings.max_question_chars:
            limit = self.settings.max_question_chars
            await self._reply(update, TOO_LONG_TEXT.format(length=len(question), limit=limit))
            return
        asker = user.id if user else chat.id
        if asker in self._busy:
            await self._reply(update, BUSY_TEXT)
            return
        wait = self.questions.acquire(asker)
        if wait:
            await self._reply(update, RATE_TEXT.format(seconds=max(1, round(wait))))
            return
        self._busy.add(asker)
        try:
            async with typing_action(context.bot, chat.id):
                await self._answer_turn(update, context, question, pressed)
        except PoolClosedError:
            return  # stopping: the user may ask again once the bot is back
        finally:
            self._busy.discard(asker)

    async def _answer_turn(
        self, update: Update, context: Context, question: str, pressed: bool
    ) -> None:
        chat_data: dict[str, Any] = context.chat_data  # type: ignore[assignment]
        epoch = chat_data.get("epoch", 0)
        conversation = Conversation.model_validate(chat_data.get("conversation") or {})
        try:
            answer, reports = await self.pool.run(lambda: self._ask(question, conversation))
        except InputError as error:
            await self._reply(update, f"无法回答这个问题：{error}")
            return
        except (IndexMissingError, StoreUnavailableError) as error:
            await self._reply(update, _store_problem(error))
            return
        if chat_data.get("epoch", 0) == epoch:
            chat_data["conversation"] = conversation.model_dump(mode="json")
            self._remember(update, context)
        offered = suggestions(conversation.last_question or question, answer, reports)
        body = render_answer(answer, reports, question if pressed else None)
        await self._reply(update, body, answer_keyboard(answer.citations, offered))

    def _ask(self, question: str, conversation: Conversation) -> tuple[Answer, Reports]:
        answer = self.service.ask(question, conversation=conversation, mode="auto")
        return answer, Reports.of(self.service.reports.sources())

    def _remember(self, update: Update, context: Context) -> None:
        """Keep conversations for the most recent chats only (memory and the state file)."""
        if update.effective_chat is not None:
            self.recent[update.effective_chat.id] = True
        while self.recent.evicted:
            context.application.drop_chat_data(self.recent.evicted.pop())

    def _window(self, citation: Citation) -> Window:
        width = 2 * PASSAGE_CHARS
        text = self.service.reports.passage(citation.source, citation.start, citation.end, width)
        left = max(0, citation.start - width)
        return Window(
            text=text,
            start=citation.start - left,
            end=citation.end - left,
            cut_left=left > 0,
            cut_right=len(text) == citation.end + width - left,
        )

    async def examples(self, reports: Reports) -> list[Suggestion]:
        """Three example questions that work on these reports (worked out once per store)."""
        async with self._examples_lock:  # one /start works them out, the others wait for it
            if self._examples is None or self._examples[0] != reports:
                picked = await asyncio.to_thread(pick_examples, reports, self._ask_plainly)
                self._examples = (reports, picked)
            return self._examples[1]

    def _ask_plainly(self, question: str) -> Answer:
        # Extractive: quick, and what every deployment can answer with.
        return self.service.ask(question, mode="extractive")

    async def _reports(self, update: Update) -> Reports | None:
        try:
            return Reports.of(await asyncio.to_thread(self.service.reports.sources))
        except (IndexMissingError, StoreUnavailableError) as error:
            await self._reply(update, _store_problem(error))
            return None

    async def _reply(
        self, update: Update, body: str, markup: InlineKeyboardMarkup | None = None
    ) -> None:
        chat, message = update.effective_chat, update.effective_message
        if chat is None:
            return
        in_group = chat.type != ChatType.PRIVATE and update.callback_query is None
        quote_id = message.message_id if message and in_group else None
        await send_html(update.get_bot(), chat.id, body, markup, quote_id)


def _store_problem(error: Exception) -> str:
    """What to tell an official when the reports cannot be searched."""
    if isinstance(error, IndexMissingError):
        return NO_INDEX_TEXT
    # An outage, not a bug: one line in the log, a plain answer to the official.
    logger.warning("store unavailable: %s", error)
    return STORE_DOWN_TEXT
