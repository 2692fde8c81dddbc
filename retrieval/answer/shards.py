"""Questions about every report, shared with other processes: each finds a share of the
reports' figures.

A ranking or table over thousands of reports finds a figure in each report, one report at a
time and each on its own: most of its time, and all of it pure Python, which one process runs
on one core. With spare cores the reports are split into contiguous shares; this process finds
the first while worker processes find the others, and the figures come back in report order,
the same as found here alone (``tests/test_shards.py``).

Workers start on the first question that needs them, in the background (that question is
answered here alone), and keep the passages sent to them: a later question sends the ids of
passages they hold and the text of those they do not. A worker that fails is dropped, its share
found here, and a new one started on the next such question.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from decimal import Decimal

from retrieval.answer.figures import FigureFinder
from retrieval.answer.pick import Figure, Pick
from retrieval.answer.restrict import joined
from retrieval.tuning import READ_ONCE, SHARED_FROM
from retrieval.types import Passage

__all__ = ["Shards", "Unit"]

log = logging.getLogger(__name__)

Unit = tuple[str, list[Passage], list[Passage]]
"""One report's passages for a figure: its name, the passages read first, those read next."""

# A figure as sent back: its passage's id, the pick's span, text, coverage and score, then the
# figure as written, its value, whether a percentage, its period, offset and measure word.
_Sent = tuple[str, int, int, str, float, float, str, Decimal | None, bool, str, int, str | None]

# Passages a worker keeps (and this process remembers it keeps), by id.
_KEPT = READ_ONCE


class Shards:
    """Finds reports' figures in this process and in ``workers`` others, a share each.

    Args:
        workers: processes besides this one (0: every figure is found here).
        least: fewest reports worth sharing: below, sending them costs more than it saves.
    """

    def __init__(self, workers: int, least: int = SHARED_FROM) -> None:
        self.workers = workers
        self.least = least
        # Reports whose figures workers found: a count for benchmarks and tests.
        self.shared = 0
        self._started: list[_Worker] = []
        self._lock = threading.Lock()

    def find(self, finder: FigureFinder, units: Sequence[Unit]) -> list[Figure | None]:
        """Each unit's figure (``FigureFinder.find_first`` of its two passage groups), in order."""
        workers = self.start() if self.workers and len(units) >= self.least else []
        shares = _split(units, len(workers) + 1)
        sent = [
            _sent_to(worker, finder, share)
            for worker, share in zip(workers, shares[1:], strict=True)
        ]
        found = [finder.find_first(work, rest) for _, work, rest in shares[0]]
        for worker, future, share in zip(workers, sent, shares[1:], strict=True):
            try:
                items = future.result()
            except Exception:  # a worker killed, out of memory, or a figure it cannot send
                log.warning("a figure worker failed; its reports are read here", exc_info=True)
                self._stop(worker)
                found += [finder.find_first(work, rest) for _, work, rest in share]
                continue
            found += [_received(item, w, r) for item, (_, w, r) in zip(items, share, strict=True)]
            self.shared += len(share)
        return found

    def close(self) -> None:
        """Stop the workers (a later question starts new ones)."""
        self._stop(None)

    def start(self) -> list[_Worker]:
        """Start the workers in the background (if not yet started); those that are up, or none
        until every one is."""
        with self._lock:
            if not self._started:
                self._started = [_Worker() for _ in range(self.workers)]
            started = list(self._started)
        if any(worker.failed() for worker in started):
            # One that cannot start (no importable main module, no memory) will not later.
            log.warning("figure workers could not start; every figure is found here")
            self.workers = 0
            self._stop(None)
            return []
        return started if all(worker.ready() for worker in started) else []

    def _stop(self, failed: _Worker | None) -> None:
        """Stop every worker (or, for a failed one, those it started with, unless already)."""
        with self._lock:
            if failed is not None and failed not in self._started:
                return
            started, self._started = self._started, []
        for worker in started:
            worker.pool.shutdown(wait=False, cancel_futures=True)


def _sent_to(
    worker: _Worker, finder: FigureFinder, share: Sequence[Unit]
) -> Future[list[_Sent | None]]:
    """The worker's task for ``share``; one that failed already when its pool is broken."""
    try:
        return worker.submit(finder, share)
    except Exception as e:
        refused: Future[list[_Sent | None]] = Future()
        refused.set_exception(e)
        return refused


class _Worker:
    """One worker process, and the passages it holds."""

    def __init__(self) -> None:
        # Not forked: this process runs threads (the bot's, tantivy's) that a fork would copy
        # mid-step.
        context = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=context)
        self.held: set[str] = set()
        self._lock = threading.Lock()
        self._started = self.pool.submit(_hold, [], True)

    def ready(self) -> bool:
        return self._started.done() and self._started.exception() is None

    def failed(self) -> bool:
        return self._started.done() and self._started.exception() is not None

    def submit(self, finder: FigureFinder, share: Sequence[Unit]) -> Future[list[_Sent | None]]:
        passages = {p.id: p for _, work, rest in share for p in (*work, *rest)}
        ids = [([p.id for p in work], [p.id for p in rest]) for _, work, rest in share]
        # One worker runs its tasks in the order sent: what an earlier task sent, a later
        # one finds held (under the lock, ``held`` and the worker's own copy agree).
        with self._lock:
            fresh = len(self.held) + len(passages) > _KEPT
            if fresh:
                self.held.clear()
            new = [p for key, p in passages.items() if key not in self.held]
            self.held.update(passages)
            return self.pool.submit(_find_share, finder, new, fresh, ids)


# -- in the worker process -------------------------------------------------------------------

_held: dict[str, Passage] = {}


def _hold(passages: list[Passage], fresh: bool) -> None:
    if fresh:
        _held.clear()
    _held.update((p.id, p) for p in passages)


def _find_share(
    finder: FigureFinder,
    passages: list[Passage],
    fresh: bool,
    ids: list[tuple[list[str], list[str]]],
) -> list[_Sent | None]:
    _hold(passages, fresh)
    return [
        _sent(finder.find_first([_held[i] for i in work], [_held[i] for i in rest]))
        for work, rest in ids
    ]


def _sent(figure: Figure | None) -> _Sent | None:
    """A figure without its passage's text (the other process has the passage)."""
    if figure is None:
        return None
    pick = figure.pick
    return (
        pick.passage.id,
        pick.start,
        pick.end,
        pick.text,
        pick.coverage,
        pick.score,
        figure.written,
        figure.value,
        figure.percent,
        figure.period,
        figure.at,
        figure.unit,
    )


# -- back in this process --------------------------------------------------------------------


def _received(item: _Sent | None, work: list[Passage], rest: list[Passage]) -> Figure | None:
    """A figure sent back, with its passage (as ``find_first`` joined it)."""
    if item is None:
        return None
    key, start, end, text, coverage, score, written, value, percent, period, at, unit = item
    passage = next(p for p in (*joined(work), *joined(rest)) if p.id == key)
    pick = Pick(passage, start, end, text, coverage, score)
    return Figure(pick, written, value, percent, period, at, unit)


def _split(units: Sequence[Unit], parts: int) -> list[Sequence[Unit]]:
    """``units`` in ``parts`` contiguous shares of (nearly) equal size."""
    size, extra = divmod(len(units), parts)
    bounds = [0]
    for part in range(parts):
        bounds.append(bounds[-1] + size + (1 if part < extra else 0))
    return [units[bounds[i] : bounds[i + 1]] for i in range(parts)]
