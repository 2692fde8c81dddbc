"""Nothing is fetched at run time: tests cannot reach the network, and ingest + ask work offline."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import pytest_socket

from retrieval.config import Settings
from retrieval.index import ChunkStore
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
QUESTION = "额敏县累计抽查执法案卷多少件？"

# A fresh interpreter in which every connect() and DNS lookup is refused, then the real CLI.
# (Creating a socket stays allowed: urllib3 probes for IPv6 support at import without
# connecting anywhere.) Each refused attempt prints pytest-socket's warning on stderr.
_OFFLINE_CLI = """
import socket, sys, warnings
import pytest_socket

def no_dns(*args, **kwargs):
    raise pytest_socket.SocketBlockedError("A test tried to use socket.getaddrinfo.")

pytest_socket.socket_allow_hosts([], allow_unix_socket=True)
socket.getaddrinfo = socket.gethostbyname = no_dns
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the probe's own warning
    try:
        socket.socket(socket.AF_INET, socket.SOCK_STREAM).connect(("127.0.0.1", 9))
    except pytest_socket.SocketConnectBlockedError:
        pass
    else:
        sys.exit("connections are not blocked")
from bot.cli.main import main
sys.argv = ["govqa", *sys.argv[1:]]
main()
"""
_BLOCKED = "tried to use socket"


def test_pytest_runs_with_sockets_restricted(pytestconfig: pytest.Config) -> None:
    assert pytestconfig.getoption("--disable-socket") is True
    allowed = set(str(pytestconfig.getoption("--allow-hosts")).split(","))
    assert allowed == {"127.0.0.1", "localhost", "::1"}


@pytest.mark.parametrize(
    ("family", "address"),
    [
        (socket.AF_INET, ("203.0.113.7", 443)),
        (socket.AF_INET, ("8.8.8.8", 53)),
        (socket.AF_INET6, ("2001:db8::1", 443, 0, 0)),
    ],
)
def test_connections_to_other_hosts_are_blocked(family: int, address: tuple) -> None:
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        with (
            pytest.warns(UserWarning, match=_BLOCKED),
            pytest.raises(pytest_socket.SocketConnectBlockedError),
        ):
            sock.connect(address)
    finally:
        sock.close()


def test_loopback_is_allowed() -> None:
    with socket.create_server(("127.0.0.1", 0)) as server:
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5) as client:
            peer, _ = server.accept()
            with peer:
                client.sendall(b"ping")
                assert peer.recv(4) == b"ping"


@pytest.mark.disable_socket
def test_ingest_and_ask_with_every_socket_disabled(tmp_path: Path) -> None:
    with pytest.warns(UserWarning, match=_BLOCKED), pytest.raises(pytest_socket.SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    settings = Settings(index_dir=tmp_path / "index", embed=False, _env_file=None)  # type: ignore[call-arg]
    service = AnswerService(settings)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert service.reports.ingest([REPORTS])["added"] == 5
        answer = service.ask(QUESTION)
    # A blocked attempt that the code swallowed would still leave pytest-socket's warning.
    assert not [w for w in caught if _BLOCKED in str(w.message)]
    assert not answer.abstained
    assert "126件" in answer.answer and any("126件" in c.excerpt for c in answer.citations)


@pytest.mark.disable_socket
def test_dense_ask_with_every_socket_disabled(index_settings: Settings) -> None:
    # The session index was embedded during this run, under the same restrictions.
    assert all(meta.get("dense") for meta in ChunkStore(index_settings).reports().values())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        answer = AnswerService(index_settings).ask("叶城县热线电话按时办完的比例有多高？")
    assert not [w for w in caught if _BLOCKED in str(w.message)]
    assert "dense" in answer.timings_ms  # the query really was embedded
    assert not answer.abstained and answer.citations


def test_fresh_process_loads_the_model_offline(index_settings: Settings, tmp_path: Path) -> None:
    env = {**os.environ, "GOVQA_INDEX_DIR": str(index_settings.index_dir)}
    done = subprocess.run(
        [sys.executable, "-c", _OFFLINE_CLI, "ask", "--json", QUESTION],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert _BLOCKED not in done.stderr, done.stderr
    record = json.loads(done.stdout)
    assert "dense" in record["timings_ms"]
    assert "126件" in record["answer"] and any("126件" in c["excerpt"] for c in record["citations"])
