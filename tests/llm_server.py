"""A scripted OpenAI-compatible chat-completions server on 127.0.0.1, for tests.

Each request to ``POST /v1/chat/completions`` pops the next scripted :class:`Reply`; the server
records every request (path, headers, JSON body) so tests can inspect what the client sent.
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
    """

    content: str | Callable[[dict[str, Any]], str] | None = None
    status: int = 200
    body: bytes | None = None
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


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
            if reply.body is not None:
                body = reply.body
            elif reply.status == 200:
                content = reply.content(payload) if callable(reply.content) else reply.content
                body = _completion_body(content or "", str(payload.get("model", "")))
            else:
                body = _error_body(reply.status, f"scripted HTTP {reply.status}")
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                # The client gave up (a timeout test); nothing left to do.
                pass

    return Handler
