"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests.

Each request to ``POST /v1/chat/completions`` pops the next scripted :class:`Reply`; the server
records every request (path, headers, JSON body) so tests can inspect what the client sent. A
request with ``"stream": true`` gets its content as server-sent events, in pieces of
``chunk_chars`` characters ``chunk_delay`` seconds apart; ``byte_delay`` trickles the whole
response (status line and headers too) one byte at a time.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["Reply", "ScriptedLLMServer"]


@dataclass
class Reply:
    """One scripted response.

    Attributes:
        content: the assistant message content of a normal 200 completion, or a function of
            the request JSON returning it (to cite passages by the numbers the prompt gave).
        status: HTTP status; non-200 statuses get an OpenAI-style error body.
        body: raw bytes to send instead (for malformed replies).
        delay: seconds to wait before answering (for timeouts).
        headers: extra response headers (e.g. ``retry-after-ms``).
        content_type: the Content-Type header.
        chunk_chars: characters per streamed event.
        chunk_delay: seconds between streamed events (a slow model).
        byte_delay: seconds between the bytes of the whole response (a trickling endpoint).
    """

    content: str | Callable[[dict[str, Any]], str] | None = None
    status: int = 200
    body: bytes | None = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"
    chunk_chars: int = 16
    chunk_delay: float = 0.0
    byte_delay: float = 0.0


@dataclass
class Request:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    json: dict[str, Any]


class ScriptedLLMServer:
    """A threaded HTTP server answering chat completions from a queue of :class:`Reply`."""

    def __init__(self) -> None:
        self.replies: deque[Reply] = deque()
        self.requests: list[Request] = []
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        """The base URL to give the client (``OPENAI_BASE_URL``)."""
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/v1"

    def push(self, *replies: Reply | str) -> None:
        """Queue replies; a plain string is a 200 completion with that content."""
        for reply in replies:
            self.replies.append(Reply(content=reply) if isinstance(reply, str) else reply)

    def start(self) -> ScriptedLLMServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release any reply still sleeping."""
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def next_reply(self) -> Reply:
        """The next scripted reply, or a 500 saying the script ran out."""
        if self.replies:
            return self.replies.popleft()
        return Reply(status=500, body=_error_body(500, "no scripted reply left"))

    def wait(self, seconds: float) -> None:
        """Sleep, but wake up early when the server stops."""
        self._stopping.wait(seconds)

    @property
    def stopping(self) -> bool:
        """True once :meth:`stop` was called."""
        return self._stopping.is_set()


def _error_body(status: int, message: str) -> bytes:
    error = {"message": message, "type": "server_error", "code": str(status)}
    return json.dumps({"error": error}).encode()


def _completion_body(content: str, model: str) -> bytes:
    completion = {
        "id": "chatcmpl-scripted",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }
    return json.dumps(completion, ensure_ascii=False).encode()


def _chunk_event(content: str, model: str, finish: str | None = None) -> bytes:
    delta = {"content": content} if content else {}
    chunk = {
        "id": "chatcmpl-scripted",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"


def _events(content: str, model: str, size: int) -> list[bytes]:
    pieces = [content[i : i + size] for i in range(0, len(content), size)] or [""]
    events = [_chunk_event(piece, model) for piece in pieces]
    return [*events, _chunk_event("", model, "stop"), b"data: [DONE]\n\n"]


def _handler_for(server: ScriptedLLMServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            # Keep pytest output clean.
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length)
            payload = json.loads(raw or b"{}")
            headers = {name.lower(): value for name, value in self.headers.items()}
            server.requests.append(Request(self.path, headers, payload))
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._send(Reply(status=404, body=_error_body(404, "not found")), payload)
                return
            self._send(server.next_reply(), payload)

        def _send(self, reply: Reply, payload: dict[str, Any]) -> None:
            if reply.delay:
                server.wait(reply.delay)
            model = str(payload.get("model", ""))
            content = reply.content(payload) if callable(reply.content) else reply.content
            stream = payload.get("stream") and reply.body is None and reply.status == 200
            if reply.body is not None:
                parts = [reply.body]
            elif stream:
                parts = _events(content or "", model, reply.chunk_chars)
            elif reply.status == 200:
                parts = [_completion_body(content or "", model)]
            else:
                parts = [_error_body(reply.status, f"scripted HTTP {reply.status}")]
            content_type = "text/event-stream" if stream else reply.content_type
            head = [f"HTTP/1.1 {reply.status} Scripted", f"Content-Type: {content_type}"]
            if not stream:
                head.append(f"Content-Length: {sum(map(len, parts))}")
            head += ["Connection: close", *(f"{k}: {v}" for k, v in reply.headers.items())]
            self.close_connection = True
            try:
                self._write(("\r\n".join(head) + "\r\n\r\n").encode(), reply.byte_delay)
                for i, part in enumerate(parts):
                    if i and reply.chunk_delay:
                        server.wait(reply.chunk_delay)
                    self._write(part, reply.byte_delay)
            except (BrokenPipeError, ConnectionResetError):
                # The client gave up (a timeout test); nothing left to do.
                pass

        def _write(self, data: bytes, byte_delay: float) -> None:
            if not byte_delay:
                self.wfile.write(data)
                self.wfile.flush()
                return
            for i in range(len(data)):
                if server.stopping:
                    return
                self.wfile.write(data[i : i + 1])
                self.wfile.flush()
                server.wait(byte_delay)

    return Handler
