"""The real bot in a background thread, and the settings the end-to-end tests give it."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

from telegram.ext import Application
from telegram_emulator import BotApiProxy

__all__ = [
    "ALLOWED_USERS",
    "GROUP",
    "MAX_QUESTION_CHARS",
    "OTHER_GROUP",
    "OUTSIDER",
    "RATE_PER_MINUTE",
    "REPORTS_DIR",
    "TOKEN",
    "BotRunner",
]

TOKEN = "424242:E2E-secret-token-never-logged"
ALLOWED_USERS = list(range(1001, 1101))
OUTSIDER = 9999
GROUP = {"id": -100777, "type": "group", "title": "法治办工作群"}
OTHER_GROUP = {"id": -100888, "type": "group", "title": "未开通的群"}
REPORTS_DIR = Path(__file__).resolve().parents[2] / "data" / "reports"
RATE_PER_MINUTE = 6
MAX_QUESTION_CHARS = 200


class BotRunner:
    """``application.run_polling`` in a thread with its own event loop; ``stop`` ends it."""

    def __init__(self, application: Application) -> None:  # type: ignore[type-arg]
        self.application = application
        self.error: BaseException | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="telegram-bot", daemon=True)

    def start(self, proxy: BotApiProxy, timeout: float = 30) -> None:
        """Start polling and wait (bounded) until its first ``getUpdates`` reaches the API."""
        polls = len(proxy.called("getUpdates"))  # the proxy outlives the bots before this one
        self._thread.start()
        deadline = time.monotonic() + timeout
        while len(proxy.called("getUpdates")) <= polls:
            if self.error or not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"bot did not start polling: {self.error!r}")
            time.sleep(0.05)

    @property
    def alive(self) -> bool:
        """Whether the bot's thread is still running."""
        return self._thread.is_alive()

    def stop(self, timeout: float = 30) -> None:
        """Stop polling, flush persistence, and join the thread."""
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self.application.stop_running)
            self._thread.join(timeout)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self.application.run_polling(stop_signals=None, close_loop=False)
        except BaseException as error:  # reported by start()
            self.error = error
        finally:
            self._loop.close()
