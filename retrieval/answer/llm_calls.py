"""Calling the LLM endpoint under one deadline: connect, wait, retries and streaming included.

A per-request timeout does not bound an answer: a server that trickles its reply a few bytes at a
time never lets a single read time out. So every reply is streamed on one background event loop
and the whole call (all attempts, back-off waits and the stream) runs under ``asyncio.timeout``:
at the deadline the request is cancelled and its connection closed, wherever it was. Reading also
stops once a reply is longer than the cap, so a huge reply is never read whole.

Faults become :class:`LLMError` with a one-line reason that never contains the API key. 429 and
5xx are retried with exponential backoff (at most 4 s a wait; a longer ``Retry-After`` gives up
at once), within the same deadline.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import random
import threading
import time
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import openai
from langchain_core.runnables import Runnable

from retrieval.errors import GovqaError

__all__ = ["Endpoint", "LLMError", "check_base_url", "endpoint_name", "stream_reply"]

_MAX_BACKOFF = 4.0
MALFORMED = (
    "LLM endpoint returned a malformed reply: check that OPENAI_BASE_URL is an "
    "OpenAI-compatible /v1 endpoint"
)


class LLMError(GovqaError):
    """The LLM endpoint failed; ``str(error)`` says why in one line, without the API key."""


@dataclass(frozen=True)
class Endpoint:
    """What error messages may say about the endpoint (``key`` is only scrubbed from them)."""

    name: str
    model: str
    timeout: float
    key: str = ""

    def error(self, reason: str) -> LLMError:
        """An :class:`LLMError`; reasons come from fixed templates, scrubbing is the belt (a
        placeholder key of a few letters is not scrubbed: it would mangle the message)."""
        return LLMError(reason.replace(self.key, "***") if len(self.key) >= 6 else reason)


def check_base_url(base_url: str | None) -> str | None:
    """Why ``base_url`` cannot be an endpoint (one line, without the URL), or None if it can."""
    if base_url is None:
        return None
    try:
        parts = urlsplit(base_url)
        _ = parts.port  # raises for a port that is not a number
    except ValueError as e:
        reason = str(e)
    else:
        if parts.scheme in ("http", "https") and parts.hostname:
            return None
        reason = "it needs http:// or https:// and a host"
    return f"OPENAI_BASE_URL is not a valid URL ({reason}): set it like http://localhost:8000/v1"


def endpoint_name(base_url: str | None) -> str:
    """``host:port`` of the endpoint: never the path, query or any user:password in the URL."""
    if not base_url:
        return "api.openai.com"
    parts = urlsplit(base_url)
    host = parts.hostname or "?"
    return f"{host}:{parts.port}" if parts.port else host


def stream_reply(
    chain: Runnable[dict[str, Any], str],
    inputs: dict[str, Any],
    endpoint: Endpoint,
    *,
    deadline: float,
    max_chars: int,
    retries: int,
) -> str:
    """The model's reply, read as a stream until it ends, passes ``max_chars`` or the deadline.

    Args:
        chain: a prompt | chat model | string parser chain.
        inputs: the prompt's variables.
        endpoint: names the endpoint in error messages.
        deadline: ``time.monotonic()`` value by which the reply must have been read.
        max_chars: stop reading once the reply is longer than this.
        retries: attempts after the first on 408/409/429/5xx.

    Raises:
        LLMError: the deadline passed, the endpoint failed or its reply is unreadable.
    """
    attempts = [0]
    try:
        reply = _run(_attempts(chain, inputs, deadline, max_chars, retries, attempts), deadline)
    except (TimeoutError, openai.OpenAIError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise _describe(e, endpoint, attempts[0]) from e
    if not reply.strip():
        raise endpoint.error(MALFORMED)
    return reply


def _run(coroutine: Any, deadline: float) -> str:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        coroutine.close()
        raise TimeoutError
    future = asyncio.run_coroutine_threadsafe(coroutine, _loop())
    try:
        # The coroutine ends itself at the deadline; the margin only guards against a stuck loop.
        return str(future.result(timeout=remaining + 2.0))
    except concurrent.futures.TimeoutError as e:
        future.cancel()
        raise TimeoutError from e
    except BaseException:
        future.cancel()  # e.g. Ctrl-C in the CLI: stop the request too
        raise


async def _attempts(
    chain: Runnable[dict[str, Any], str],
    inputs: dict[str, Any],
    deadline: float,
    max_chars: int,
    retries: int,
    attempts: list[int],
) -> str:
    async with asyncio.timeout(deadline - time.monotonic()):
        for attempt in range(retries + 1):
            attempts[0] = attempt + 1
            try:
                return await _read(chain, inputs, max_chars)
            except openai.APIStatusError as e:
                delay = retry_delay(e, attempt) if attempt < retries else None
                if delay is None or time.monotonic() + delay >= deadline:
                    raise
                await asyncio.sleep(delay)
    raise AssertionError("unreachable: the last attempt returns or raises")


def _describe(error: Exception, endpoint: Endpoint, attempts: int) -> LLMError:
    if isinstance(error, TimeoutError | openai.APITimeoutError):
        return endpoint.error(
            f"LLM endpoint timed out after {endpoint.timeout:g}s: "
            "raise GOVQA_LLM_TIMEOUT or check the server"
        )
    if isinstance(error, openai.APIStatusError):
        return endpoint.error(status_reason(error.status_code, attempts, endpoint.model))
    if isinstance(error, openai.APIConnectionError):
        return endpoint.error(
            f"cannot reach the LLM endpoint {endpoint.name}: "
            "check OPENAI_BASE_URL and that the server runs"
        )
    return endpoint.error(MALFORMED)


def status_reason(status: int, attempts: int, model: str) -> str:
    """The one-line reason for an HTTP error status."""
    after = f" after {attempts} attempts" if attempts > 1 else ""
    head = f"LLM endpoint returned HTTP {status}{after}"
    if status == 401:
        return f"{head}: check OPENAI_API_KEY"
    if status == 403:
        return f"{head}: the key may not access model {model!r}; check OPENAI_API_KEY"
    if status == 404:
        return f"{head}: check OPENAI_BASE_URL (usually ends in /v1) and GOVQA_LLM_MODEL"
    if status == 429:
        return f"{head}: rate limited, try again later or raise the endpoint's quota"
    if status >= 500:
        return f"{head}: the server failed, try again later"
    return f"{head}: check GOVQA_LLM_MODEL or lower GOVQA_LLM_CONTEXT_TOKENS"


async def _read(chain: Runnable[dict[str, Any], str], inputs: dict[str, Any], cap: int) -> str:
    parts: list[str] = []
    size = 0
    async with aclosing(chain.astream(inputs)) as stream:  # type: ignore[type-var]
        async for part in stream:
            if not isinstance(part, str):
                raise TypeError("not text")
            parts.append(part)
            size += len(part)
            if size > cap:
                break  # the rest is never read; the verifier cuts to whole sentences
    return "".join(parts)


def retry_delay(error: openai.APIStatusError, attempt: int) -> float | None:
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


_lock = threading.Lock()
_running: tuple[int, asyncio.AbstractEventLoop] | None = None


def _loop() -> asyncio.AbstractEventLoop:
    """The process's LLM event loop, in a daemon thread (one per process, started on first use).

    One loop serves every thread (CLI, bot workers): the async HTTP client's connections belong
    to the loop that opened them.
    """
    global _running
    with _lock:
        if _running is None or _running[0] != os.getpid():  # a forked child has no such thread
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="govqa-llm", daemon=True).start()
            _running = (os.getpid(), loop)
        return _running[1]
