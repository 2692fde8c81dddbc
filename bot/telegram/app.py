"""The Telegram application: builder wiring, handler registration, start-up and errors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    PersistenceInput,
    PicklePersistence,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.telegram.access import check_access_config
from bot.telegram.gate import Context, Gate
from bot.telegram.handlers import GovqaBot
from bot.telegram.send import ASK, PASSAGE, is_payload
from bot.telegram.texts import ERROR_TEXT
from retrieval.config import Settings
from retrieval.errors import GovqaError
from retrieval.service import AnswerService

__all__ = [
    "COMMANDS",
    "BotConfigError",
    "GovqaApplication",
    "TokenRedactingFilter",
    "build_application",
    "check_bot_config",
    "protect_token",
    "quiet_http_logs",
    "state_path",
]

logger = logging.getLogger(__name__)

# Messages whose buttons keep working (older ones answer "expired"); kept across restarts.
_BUTTONS_KEPT = 2048

COMMANDS = [
    BotCommand("start", "开始使用"),
    BotCommand("help", "能回答什么，示例问题"),
    BotCommand("ask", "提问（群聊中用）：/ask 问题"),
    BotCommand("sources", "已收录的报告"),
    BotCommand("new", "开始新的对话"),
]


class BotConfigError(GovqaError):
    """The bot cannot start with this configuration."""


class TokenRedactingFilter(logging.Filter):
    """Replaces the bot token in any log record: it must never reach a log file."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message (with its arguments merged in) without the token."""
        if not self.token:
            return True
        message = record.getMessage()
        if self.token in message:
            record.msg = message.replace(self.token, "<token>")
            record.args = None
        return True


def check_bot_config(settings: Settings) -> None:
    """Fail fast, before anything heavy loads, on a configuration the bot cannot run with.

    Raises:
        BotConfigError: no bot token is configured.
        AccessConfigError: no allowlist and the bot is not declared public.
    """
    token = settings.telegram_bot_token
    if token is None or not token.get_secret_value().strip():
        raise BotConfigError(
            "TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and export its token"
        )
    check_access_config(settings)


def quiet_http_logs() -> None:
    """httpx logs every request URL at INFO, and Bot API URLs contain the token."""
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)


def protect_token(token: str) -> None:
    """Redact ``token`` from the records of every Telegram and HTTP logger.

    A logger's filters apply to the records it creates, not to those of its children, so the
    filter goes on each one (python-telegram-bot logs its base URL, token included, at DEBUG).
    """
    names = [
        name
        for name in logging.root.manager.loggerDict
        if name.split(".")[0] in {"telegram", "httpx", "httpcore", "bot"}
    ]
    for name in ["telegram.Bot", "telegram.ext.ExtBot", *names]:
        target = logging.getLogger(name)
        if not any(
            isinstance(f, TokenRedactingFilter) and f.token == token for f in target.filters
        ):
            target.addFilter(TokenRedactingFilter(token))


def state_path(settings: Settings) -> str:
    """Where chat state (conversations, button data) persists across restarts."""
    return str(settings.data_dir / "telegram_state.pickle")


class GovqaApplication(Application):  # type: ignore[type-arg]
    """The application, which first lets go of answers in progress when it stops.

    ``Application.stop`` waits for every running handler; one waiting on a slow model would
    hold shutdown for as long as the model takes.
    """

    def __init__(self, on_stop: Callable[[], None], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._on_stop = on_stop

    async def stop(self) -> None:
        """Abandon the answers still waiting, then stop as usual."""
        self._on_stop()
        await super().stop()


def build_application(
    settings: Settings,
    service: AnswerService,
    *,
    request: BaseRequest | None = None,
    persistence: bool = True,
) -> Application:  # type: ignore[type-arg]
    """Build the bot: handlers, persistence, concurrency and start-up commands.

    Args:
        settings: the application settings (token, base URL, allowlist, limits).
        service: the answer service the handlers call.
        request: the HTTP layer to use instead of the default (tests pass an offline one).
        persistence: keep chat state in ``settings.data_dir/telegram_state.pickle``.

    Returns:
        An application ready for ``run_polling`` or ``run_webhook``.

    Raises:
        BotConfigError: no bot token is configured.
        AccessConfigError: no allowlist and the bot is not declared public.
    """
    check_bot_config(settings)
    assert settings.telegram_bot_token is not None  # checked just above
    quiet_http_logs()
    protect_token(settings.telegram_bot_token.get_secret_value())
    handlers = GovqaBot(settings, service)
    base_url = settings.telegram_base_url.rstrip("/")
    builder = (
        Application.builder()
        .application_class(GovqaApplication, {"on_stop": handlers.close})
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(base_url)
        .concurrent_updates(True)
        .arbitrary_callback_data(_BUTTONS_KEPT)
        .rate_limiter(AIORateLimiter(max_retries=2))
        .post_init(_post_init)
    )
    if base_url.endswith("/bot"):
        builder = builder.base_file_url(base_url[: -len("bot")] + "file/bot")
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if persistence:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        builder = builder.persistence(
            PicklePersistence(
                filepath=state_path(settings),
                store_data=PersistenceInput(user_data=False, bot_data=False),
            )
        )
    application = builder.build()
    _register(application, handlers, Gate(settings))
    return application


def _register(application: Application, handlers: GovqaBot, gate: Gate) -> None:  # type: ignore[type-arg]
    application.add_handler(TypeHandler(Update, gate), group=-1)
    new_messages = filters.UpdateType.MESSAGE
    commands = {
        "start": handlers.start,
        "help": handlers.help,
        "sources": handlers.sources,
        "new": handlers.new,
    }
    for name, callback in commands.items():
        # Not edited messages: editing a question must not ask it again.
        application.add_handler(CommandHandler(name, callback, filters=new_messages))
    # Answering may take long (a slow model): those handlers run as tasks of their own, so the
    # updates after them are dispatched meanwhile.
    application.add_handler(CommandHandler("ask", handlers.ask, filters=new_messages, block=False))
    application.add_handler(
        CallbackQueryHandler(handlers.pressed_question, pattern=is_payload(ASK), block=False)
    )
    application.add_handler(CallbackQueryHandler(handlers.passage, pattern=is_payload(PASSAGE)))
    application.add_handler(CallbackQueryHandler(handlers.expired))
    application.add_handler(
        MessageHandler(new_messages & filters.TEXT & ~filters.COMMAND, handlers.text, block=False)
    )
    application.add_handler(
        MessageHandler(
            new_messages & filters.COMMAND & filters.ChatType.PRIVATE, handlers.unknown_command
        )
    )
    application.add_handler(
        MessageHandler(
            new_messages & ~filters.TEXT & ~filters.StatusUpdate.ALL & ~filters.COMMAND,
            handlers.other,
        )
    )
    application.add_error_handler(_on_error)


async def _post_init(application: Application) -> None:  # type: ignore[type-arg]
    # The command menu is a nicety: a Bot API that refuses it must not stop the bot.
    try:
        await application.bot.set_my_commands(COMMANDS)
    except TelegramError as error:
        logger.warning("setMyCommands failed (the bot runs without a command menu): %s", error)
    logger.info("bot @%s is up", application.bot.username)


async def _on_error(update: object, context: Context) -> None:
    """Log the failure with its traceback; tell the user only that something went wrong."""
    logger.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await context.bot.send_message(update.effective_chat.id, ERROR_TEXT)
        except TelegramError as error:
            logger.warning("could not send the error notice: %s", error)
