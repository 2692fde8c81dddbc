"""`govqa bot`: run the Telegram bot (long polling, or a webhook for deployments)."""

from __future__ import annotations

import logging
import secrets
import sys
from urllib.parse import urlparse

import typer

__all__ = ["register"]

logger = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    """Add the ``bot`` command to ``app``."""
    app.command("bot")(bot)


def bot(
    webhook_url: str | None = typer.Option(
        None,
        "--webhook-url",
        help="Public HTTPS URL Telegram posts updates to (webhook mode). Without it the bot "
        "uses long polling, which needs no public address.",
    ),
    listen: str = typer.Option(
        "127.0.0.1", "--listen", help="Address the webhook server binds (behind a reverse proxy)."
    ),
    port: int = typer.Option(8443, "--port", help="Port the webhook server binds."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug messages."),
) -> None:
    """Run the Telegram bot.

    Needs TELEGRAM_BOT_TOKEN (from @BotFather) and an allowlist: GOVQA_TELEGRAM_ALLOWED_USERS
    and/or GOVQA_TELEGRAM_ALLOWED_CHATS (comma-separated ids), or GOVQA_TELEGRAM_PUBLIC=1 to
    answer everyone. GOVQA_TELEGRAM_BASE_URL points it at a local Bot API server.
    """
    # Imported here so `govqa --help` stays fast.
    from telegram import Update

    from bot.telegram.app import TokenRedactingFilter, build_application, check_bot_config
    from retrieval.config import Settings
    from retrieval.errors import GovqaError
    from retrieval.service import AnswerService

    settings = Settings()
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    handler = _log_handler(verbose, TokenRedactingFilter(token))
    try:
        check_bot_config(settings)
        service = AnswerService(settings)
        application = build_application(settings, service)
        service.reports.sources()  # fails now, with a fix, if nothing was ingested
    except GovqaError as error:
        _remove(handler)
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    try:
        if webhook_url:
            path = urlparse(webhook_url).path.lstrip("/")
            logger.info("webhook mode: listening on %s:%s/%s", listen, port, path)
            application.run_webhook(
                listen=listen,
                port=port,
                url_path=path,
                webhook_url=webhook_url,
                # Telegram echoes this header; requests without it are not from Telegram.
                secret_token=secrets.token_urlsafe(32),
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            logger.info("long polling")
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    finally:
        _remove(handler)


def _log_handler(verbose: bool, redact: logging.Filter) -> logging.Handler:
    """Timestamped logs on stderr for a long-running service, the token redacted."""
    root = logging.getLogger()
    # The CLI's plain stderr handler would print every record a second time.
    for old in [h for h in root.handlers if getattr(h, "stream", None) is sys.stderr]:
        root.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(redact)
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # httpx logs each request URL (which holds the token) at INFO.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return handler


def _remove(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
