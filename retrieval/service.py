"""The answer service: the one entry point the CLI, the Telegram bot and evaluation call."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

from retrieval.config import Settings
from retrieval.schema import Answer, Conversation, SourceInfo

__all__ = ["AnswerService", "Mode"]

Mode = Literal["auto", "extractive", "llm"]


class AnswerService:
    """Answers questions over the stored reports.

    Args:
        settings: the application settings, built once at start-up.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def ask(
        self, question: str, *, conversation: Conversation | None = None, mode: Mode = "auto"
    ) -> Answer:
        """Answer one question with citations, or abstain.

        Args:
            question: the user's question (1 to ``settings.max_question_chars`` characters).
            conversation: earlier turns; a follow-up inherits region/year from it. Updated in
                place with this turn.
            mode: ``extractive``, ``llm`` or ``auto`` (LLM when configured).

        Raises:
            InputError: the question is empty or too long.
            IndexMissingError: nothing has been ingested yet.
        """
        raise NotImplementedError

    def sources(self) -> list[SourceInfo]:
        """The stored reports with title, region, year and chunk count."""
        raise NotImplementedError

    def passage(self, source: str, start: int, end: int, width: int = 300) -> str:
        """The source text around ``[start, end)``, ``width`` characters either side."""
        raise NotImplementedError

    def ingest(
        self, paths: Iterable[Path], progress: Callable[[int, int], None] | None = None
    ) -> dict[str, int]:
        """Ingest files/directories; returns counts (added, updated, unchanged, skipped)."""
        raise NotImplementedError

    def remove(self, source: str) -> int:
        """Drop one report by file name; returns the number of chunks removed."""
        raise NotImplementedError
