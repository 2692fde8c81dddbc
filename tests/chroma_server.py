"""A real Chroma server (`chroma run`) on 127.0.0.1 for tests, its data in a temp directory.

The server is the one the chromadb package ships (a Rust binary behind the ``chroma`` console
script). It runs as a subprocess in its own session, so pytest-socket does not apply to it: the
environment turns telemetry off and drops proxy/OTLP settings, so it has nothing to reach but
its clients. Every wait is bounded; teardown kills whatever is left.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

__all__ = ["ChromaServer", "ChromaServerError", "cli_env", "free_port", "govqa", "start_govqa"]

HEARTBEAT = "/api/v2/heartbeat"
# Variables that could send the server (or a client) anywhere but 127.0.0.1.
_OUTBOUND = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_EXPORTER_OTLP_METRICS_ENDPOINT",
    "CHROMA_API_KEY",
    "CHROMA_TENANT",
    "CHROMA_DATABASE",
)


class ChromaServerError(RuntimeError):
    """The server did not start (the message carries the end of its log)."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def chroma_command() -> list[str]:
    """The command that runs the chromadb CLI of the running interpreter's environment."""
    script = Path(sys.executable).parent / "chroma"
    if script.is_file():
        return [sys.executable, str(script)]
    # The console script forwards sys.argv to the Rust CLI, which expects argv[0] = "chroma".
    code = "import sys; sys.argv[0] = 'chroma'; from chromadb.cli.cli import app; app()"
    return [sys.executable, "-c", code]


def server_env() -> dict[str, str]:
    """The server's environment: ours without proxies or exporters, telemetry off."""
    env = {k: v for k, v in os.environ.items() if k not in _OUTBOUND}
    env["ANONYMIZED_TELEMETRY"] = "False"
    env["CHROMA_ANONYMIZED_TELEMETRY"] = "False"
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


class ChromaServer:
    """One `chroma run` process serving ``path`` on ``127.0.0.1:port``.

    Args:
        path: the server's persistence directory (``--path``).
        port: the port; a free one when omitted. Kept across ``stop``/``start``.
        log: where the server's stdout/stderr go (default: ``path``'s sibling ``.log`` file).
    """

    def __init__(self, path: Path, port: int | None = None, log: Path | None = None) -> None:
        self.path = path
        self.port = port or free_port()
        self.log = log or path.with_name(path.name + ".log")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The value for ``GOVQA_CHROMA_URL``."""
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 60.0) -> ChromaServer:
        """Start the server and wait until its heartbeat answers.

        Raises:
            ChromaServerError: it exited, or did not answer within ``timeout`` seconds.
        """
        if self.running():
            return self
        self.path.mkdir(parents=True, exist_ok=True)
        command = [
            *chroma_command(),
            "run",
            "--path",
            str(self.path),
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=server_env(),
                cwd=self.path,
                start_new_session=True,
            )
        self._wait_ready(timeout)
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is None or self.process.poll() is not None:
                code = None if self.process is None else self.process.returncode
                raise ChromaServerError(f"chroma run exited ({code}): {self.log_tail()}")
            if self.heartbeat():
                return
            time.sleep(0.1)
        self.kill()
        raise ChromaServerError(f"chroma run not ready after {timeout:.0f}s: {self.log_tail()}")

    def heartbeat(self) -> bool:
        """True when the server answers its heartbeat endpoint."""
        try:
            with urllib.request.urlopen(self.url + HEARTBEAT, timeout=1.0) as response:
                return bool(response.status == 200)
        except (OSError, urllib.error.URLError):
            return False

    def running(self) -> bool:
        """True while the server process is alive."""
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the server (SIGTERM, then SIGKILL after ``timeout`` seconds)."""
        if not self.running():
            return
        assert self.process is not None
        self._signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        self._wait_port_closed(timeout)

    def kill(self) -> None:
        """Kill the server's whole process group at once (what a crash looks like)."""
        if self.process is None:
            return
        self._signal(signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(10.0)

    def _signal(self, sig: signal.Signals) -> None:
        assert self.process is not None
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, sig)

    def _wait_port_closed(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.heartbeat():
            time.sleep(0.1)

    def log_tail(self, chars: int = 2000) -> str:
        """The end of the server's log (for failure messages)."""
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    def __enter__(self) -> ChromaServer:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


# --- the govqa CLI in a subprocess ---------------------------------------------------------

REPO = Path(__file__).resolve().parents[1]
_CLI = "import sys; from bot.cli.main import main; sys.argv[0] = 'govqa'; main()"
_DROPPED = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TELEGRAM_BOT_TOKEN")


def cli_env(index_dir: Path, **settings: str) -> dict[str, str]:
    """An environment for a `govqa` subprocess: lexical only, its index in ``index_dir``.

    Args:
        index_dir: ``GOVQA_INDEX_DIR`` (in server mode: where the client's lexical copy lives).
        settings: more variables, e.g. ``GOVQA_CHROMA_URL=server.url``.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("GOVQA_") and k not in _DROPPED and k not in _OUTBOUND
    }
    env.update(
        GOVQA_DATA_DIR=str(index_dir.parent),
        GOVQA_INDEX_DIR=str(index_dir),
        GOVQA_REPORTS_DIR=str(REPO / "data" / "reports"),
        GOVQA_EMBED="false",
        ANONYMIZED_TELEMETRY="False",
        NO_PROXY="127.0.0.1,localhost",
    )
    env.update(settings)
    return env


def govqa(
    *args: str, env: dict[str, str], timeout: float = 300.0
) -> subprocess.CompletedProcess[str]:
    """Run ``govqa ARGS`` in a subprocess (cwd: the index's parent, so no stray .env is read)."""
    cwd = Path(env["GOVQA_INDEX_DIR"]).parent
    cwd.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, "-c", _CLI, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_govqa(
    *args: str, env: dict[str, str], stderr: Path | None = None
) -> subprocess.Popen[str]:
    """Start ``govqa ARGS`` without waiting (stdout piped; stderr to a file when given)."""
    cwd = Path(env["GOVQA_INDEX_DIR"]).parent
    cwd.mkdir(parents=True, exist_ok=True)
    err = stderr.open("w", encoding="utf-8") if stderr else subprocess.PIPE
    try:
        return subprocess.Popen(
            [sys.executable, "-c", _CLI, *args],
            env=env,
            cwd=cwd,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            start_new_session=True,
        )
    finally:
        if stderr:
            err.close()  # type: ignore[union-attr]
