"""A local Telegram Bot API for end-to-end tests: the telegram-test-api emulator, a small proxy
in front of it, simulated users, and the real bot polling it.

Layout (everything on 127.0.0.1, every wait bounded)::

    bot (python-telegram-bot, long polling) -> BotApiProxy -> emulator (node, telegram-test-api)
    test (ChatUser)  ------------------------------------->  emulator client API

The proxy exists because the emulator (4.2.1) differs from the real Bot API in places
python-telegram-bot relies on: ``getMe`` lacks ``is_bot``; a sent message comes back as the
request's parameters with ``date`` in milliseconds; callback queries lack ``chat_instance``;
``getUpdates`` ignores ``timeout`` (no long polling, so an idle bot would spin) and ``offset``
(an update counts as delivered once handed out, so a poll whose bot is gone, such as the last one
of a bot stopped between test modules, loses it); and methods it does not know
(``setMyCommands``, ``sendChatAction``) answer HTTP 500. The proxy patches the first five and
answers the unknown ones itself, recording every call; setting ``fail`` makes chosen methods go
through to the emulator's error again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import select
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import ClientSession, web

__all__ = [
    "BOT_USER",
    "EMULATOR_VERSION",
    "BotApiProxy",
    "Emulator",
    "free_port",
    "install_emulator",
]

EMULATOR_VERSION = "4.2.1"
HERE = Path(__file__).resolve().parent
BOT_USER = {"id": 666, "is_bot": True, "first_name": "Test First name", "username": "TestNameBot"}
# Methods the emulator does not implement that a bot calls; answered by the proxy.
ANSWERED = {
    "setMyCommands": True,
    "deleteMyCommands": True,
    "getMyCommands": [],
    "sendChatAction": True,
    "setChatMenuButton": True,
}
MESSAGE_FIELDS = ("message_id", "date", "chat", "text", "reply_markup")
LONG_POLL_CAP = 1.0  # seconds a getUpdates is held at most, so shutdown stays quick


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def install_emulator(cache: Path) -> Path:
    """Install telegram-test-api into ``cache`` with npm unless it is there already.

    Returns:
        The ``node_modules`` directory holding it.
    """
    modules = cache / "node_modules"
    marker = modules / "telegram-test-api" / "package.json"
    if marker.exists() and json.loads(marker.read_text())["version"] == EMULATOR_VERSION:
        return modules
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise RuntimeError("node and npm are needed for the end-to-end tests (Node 20)")
    cache.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--prefix", str(cache),
         f"telegram-test-api@{EMULATOR_VERSION}"],
        timeout=300, capture_output=True, text=True,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"npm install telegram-test-api failed: {done.stderr[-500:]}")
    return modules


class Emulator:
    """The telegram-test-api server as a child process."""

    def __init__(self, node_modules: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "NODE_PATH": str(node_modules)}
        self._process = subprocess.Popen(
            ["node", str(HERE / "emulator.js"), str(self.port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env=env,
            text=True,
        )
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], 30)
        line = self._process.stdout.readline() if ready else "(no output in 30 s)"
        if not line.startswith("READY"):
            self.stop()
            raise RuntimeError(f"emulator did not start: {line!r}")

    def stop(self) -> None:
        """Stop the emulator (closing its stdin ends it; kill if it lingers)."""
        with contextlib.suppress(Exception):
            assert self._process.stdin is not None
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=5)


class BotApiProxy:
    """The Bot API as the bot sees it: the emulator, patched where it differs from Telegram."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.calls: list[tuple[str, dict[str, str]]] = []
        self.fail: set[str] = set()
        # Per bot token: updates handed out and not yet confirmed by a later call's offset.
        self._unconfirmed: dict[str, list[dict[str, Any]]] = {}
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._stopped: asyncio.Event | None = None
        self._thread = threading.Thread(target=self._run, name="bot-api-proxy", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("proxy did not start")

    def called(self, method: str) -> list[dict[str, str]]:
        """Parameters of every call of ``method`` so far."""
        return [params for name, params in list(self.calls) if name == method]

    def stop(self) -> None:
        """Stop the proxy's server and thread."""
        if self._stopped is not None:
            self._loop.call_soon_threadsafe(self._stopped.set)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._serve())
        self._loop.close()

    async def _serve(self) -> None:
        self._stopped = asyncio.Event()
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=2.0)
        async with ClientSession() as self._session:
            await runner.setup()
            await web.TCPSite(runner, "127.0.0.1", self.port).start()
            self._ready.set()
            await self._stopped.wait()
            # Before the client session closes: requests in flight still reach the emulator.
            await runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        body = await request.read()
        params = dict(parse_qsl(body.decode(), keep_blank_values=True)) if body else {}
        self.calls.append((method, params))
        if method in ANSWERED and method not in self.fail:
            return web.json_response({"ok": True, "result": ANSWERED[method]})
        if method == "getUpdates":
            return await self._get_updates(request, body, params)
        status, payload = await self._forward(request, body)
        result = payload.get("result")
        if isinstance(result, dict):
            payload["result"] = _patch_result(method, result)
        return web.json_response(payload, status=status)

    async def _get_updates(
        self, request: web.Request, body: bytes, params: dict[str, str]
    ) -> web.Response:
        """Telegram's ``getUpdates``: held until an update comes (capped), and every update
        handed out again until a call with a higher ``offset`` confirms it."""
        unconfirmed = self._unconfirmed.setdefault(request.match_info["token"], [])
        offset = int(params.get("offset") or 0)
        unconfirmed[:] = [u for u in unconfirmed if u["update_id"] >= offset]
        deadline = time.monotonic() + min(LONG_POLL_CAP, float(params.get("timeout") or 0))
        while True:
            status, payload = await self._forward(request, body)
            if not payload.get("ok"):
                return web.json_response(payload, status=status)
            for update in payload["result"]:
                # Telegram always sends chat_instance; python-telegram-bot requires it.
                if "callback_query" in update:
                    update["callback_query"].setdefault("chat_instance", "e2e")
                unconfirmed.append(update)
            if unconfirmed or time.monotonic() >= deadline:
                return web.json_response({"ok": True, "result": list(unconfirmed)})
            await asyncio.sleep(0.05)

    async def _forward(self, request: web.Request, body: bytes) -> tuple[int, dict[str, Any]]:
        headers = {"Content-Type": request.headers.get("Content-Type", "application/json")}
        url = f"{self.upstream}{request.path}"
        async with self._session.post(url, data=body, headers=headers) as response:
            return response.status, await response.json(content_type=None)


def _patch_result(method: str, result: dict[str, Any]) -> dict[str, Any]:
    if method == "getMe":
        return {**result, **BOT_USER}
    if "message_id" not in result:
        return result
    # The emulator echoes the request parameters as the sent message; keep a Message's fields.
    message = {key: result[key] for key in MESSAGE_FIELDS if key in result}
    if message.get("date", 0) > 10**11:  # milliseconds
        message["date"] //= 1000
    return {**message, "from": BOT_USER}
