"""The bot's answering threads: a fixed number, first come first served, closed at shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from retrieval.errors import GovqaError

__all__ = ["AnswerPool", "PoolClosedError"]

T = TypeVar("T")
_Job = tuple[Callable[[], Any], asyncio.AbstractEventLoop, "asyncio.Future[Any]"]


class PoolClosedError(GovqaError):
    """The bot is shutting down: the question was not (or will not be) answered."""


class AnswerPool:
    """Runs answers on ``workers`` daemon threads, in the order they were asked.

    Answers get their own threads so that a slow model occupies only these, never the default
    executor that commands use. They are daemon threads, unlike those of
    ``concurrent.futures.ThreadPoolExecutor`` (joined at interpreter exit): a model still
    streaming when the bot stops must not hold the process.

    Args:
        workers: answers computed at once; later ones wait their turn.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._waiting: set[asyncio.Future[Any]] = set()
        self._closed = False
        self._threads: list[threading.Thread] = []

    @property
    def pending(self) -> int:
        """Answers asked for and not yet delivered (running or queued)."""
        return len(self._waiting)

    async def run(self, function: Callable[[], T]) -> T:
        """Run ``function()`` on a pool thread and return its result (or raise its error).

        Raises:
            PoolClosedError: the pool was closed before the result arrived.
        """
        if self._closed:
            raise PoolClosedError("the bot is shutting down")
        if not self._threads:  # started on first use: a bot that never answers needs none
            self._threads = [
                threading.Thread(target=self._work, name=f"govqa-answer-{i}", daemon=True)
                for i in range(self.workers)
            ]
            for thread in self._threads:
                thread.start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._waiting.add(future)
        self._jobs.put((function, loop, future))
        try:
            return await future
        finally:
            self._waiting.discard(future)

    def close(self) -> int:
        """Stop taking work; every caller still waiting gets :class:`PoolClosedError` now.

        Threads busy with an answer finish it in the background (its result is dropped).

        Returns:
            How many waiting answers were abandoned.
        """
        self._closed = True
        abandoned = 0
        for future in list(self._waiting):
            if not future.done():
                future.set_exception(PoolClosedError("the bot is shutting down"))
                abandoned += 1
        for _ in self._threads:
            self._jobs.put(None)
        return abandoned

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            function, loop, future = job
            if future.done():  # abandoned while queued
                continue
            try:
                outcome: tuple[Any, BaseException | None] = (function(), None)
            except Exception as error:
                outcome = (None, error)
            # The loop is gone when the bot stopped meanwhile: nobody waits for this answer.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(_settle, future, *outcome)


def _settle(future: asyncio.Future[Any], result: Any, error: BaseException | None) -> None:
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
