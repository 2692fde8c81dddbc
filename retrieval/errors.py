"""Errors that carry a one-line message a user can act on."""

from __future__ import annotations

__all__ = ["GovqaError", "IndexMissingError", "InputError", "StoreUnavailableError"]


class GovqaError(Exception):
    """Base class: ``str(error)`` is a one-line message that says how to fix the problem."""


class InputError(GovqaError):
    """The user's input (a question, a path, a file line) is unusable."""


class IndexMissingError(GovqaError):
    """No index has been built yet."""

    def __init__(self, where: str) -> None:
        super().__init__(f"no index at {where}: run `govqa ingest` first")


class StoreUnavailableError(GovqaError):
    """The Chroma store (a server, or its files) cannot be reached."""
