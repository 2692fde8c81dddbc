"""The Telegram bot under load: many users asking at once against a slow model endpoint.

Runs, all on 127.0.0.1: the Bot API emulator and proxy of the end-to-end tests, the real bot
(long polling, answering through the scripted model endpoint of ``tests/llm_server.py``, each
reply held ``--delay`` seconds), and ``--users`` simulated users who ask at the same moment.
Meanwhile another user sends /sources every second. Prints:

1. whether every user got a cited answer, and when (from the first question to each answer);
2. the /sources reply time while the answers were queued (the target: within 1 s);
3. the time `govqa bot` takes to exit on SIGTERM with answers still waiting on the model
   (target: 10 s).

Usage: python bench/bot_load.py [--users 50] [--delay 3] [--workers 4]
(needs node/npm like the e2e tests; the sample reports are ingested lexical-only into a temp
dir unless GOVQA_INDEX_DIR points at an index.)
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOVQA = str(Path(sys.executable).with_name("govqa"))
sys.path[:0] = [str(REPO / "tests" / "e2e"), str(REPO / "tests")]

from bot_runner import ALLOWED_USERS, TOKEN, BotRunner  # noqa: E402
from chat_user import ChatUser, answered  # noqa: E402
from llm_server import Reply, ScriptedLLMServer  # noqa: E402
from pydantic import SecretStr  # noqa: E402
from questions import FACTUAL  # noqa: E402
from telegram_emulator import BotApiProxy, Emulator, install_emulator  # noqa: E402

from bot.telegram.app import build_application  # noqa: E402
from retrieval.config import Settings  # noqa: E402
from retrieval.service import AnswerService  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--delay", type=float, default=3.0, help="seconds per model reply")
    parser.add_argument("--workers", type=int, default=4, help="GOVQA_TELEGRAM_ANSWER_WORKERS")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        service = make_service(Path(tmp), args)
        cache = Path(os.environ.get("GOVQA_E2E_NODE_DIR", "~/.cache/govqa-e2e")).expanduser()
        emulator = Emulator(install_emulator(cache))
        proxy = BotApiProxy(emulator.url)
        try:
            run(service, emulator, proxy, Path(tmp), args)
        finally:
            proxy.stop()
            emulator.stop()


def make_service(tmp: Path, args: argparse.Namespace) -> tuple[AnswerService, ScriptedLLMServer]:
    llm = ScriptedLLMServer().start()
    # Cites nothing: verification rejects it and the user gets the extractive answer.
    llm.push(*[Reply(content="这是测试模型的回答。", delay=args.delay) for _ in range(1000)])
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    if "GOVQA_INDEX_DIR" not in os.environ:
        settings = settings.model_copy(update={"index_dir": tmp / "index", "embed": False})
        AnswerService(settings).reports.ingest([REPO / "data" / "reports"])
    settings = settings.model_copy(
        update={
            "openai_base_url": llm.url,
            "llm_max_retries": 0,
            "llm_timeout": args.delay * 10,
            "data_dir": tmp / "data",
            "telegram_answer_workers": args.workers,
        }
    )
    return AnswerService(settings), llm


def run(
    made: tuple[AnswerService, ScriptedLLMServer],
    emulator: Emulator,
    proxy: BotApiProxy,
    tmp: Path,
    args: argparse.Namespace,
) -> None:
    service, llm = made
    users = ALLOWED_USERS[: args.users + 1]
    settings = service.settings.model_copy(
        update={
            "telegram_bot_token": SecretStr(TOKEN),
            "telegram_base_url": f"{proxy.url}/bot",
            "telegram_allowed_users": users,
            "telegram_rate_per_minute": 0,
            "telegram_actions_per_minute": 0,
        }
    )
    bot = BotRunner(build_application(settings, service))
    bot.start(proxy)
    try:
        load(emulator, users[:-1], ChatUser(emulator.url, TOKEN, users[-1]))
        bot.stop()
        ask_and_stop(emulator, users[:10], proxy, settings, llm, args.workers)
    finally:
        bot.stop()
        llm.stop()


def timed_sources(monitor: ChatUser) -> float | None:
    sent = time.monotonic()
    monitor.say("/sources")
    return time.monotonic() - sent if monitor.replies(timeout=30, poll=0.02) else None


def load(emulator: Emulator, users: list[int], monitor: ChatUser) -> None:
    idle = [timed_sources(monitor) for _ in range(3)]
    print(f"/sources idle (emulator round trip): {', '.join(f'{t:.2f} s' for t in idle if t)}")
    asking = [ChatUser(emulator.url, TOKEN, user_id) for user_id in users]
    done: dict[int, float] = {}
    started = time.monotonic()
    for number, user in enumerate(asking):
        user.say(FACTUAL[number % len(FACTUAL)][0])

    def collect(user: ChatUser) -> None:
        replies = user.replies(answered, timeout=600, poll=0.5)
        if any("出处" in str(m.get("text")) for m in replies):
            done[user.user_id] = time.monotonic() - started

    threads = [threading.Thread(target=collect, args=(user,)) for user in asking]
    for thread in threads:
        thread.start()
    sources: list[float] = []
    while any(thread.is_alive() for thread in threads):
        took = timed_sources(monitor)
        if took is not None:
            sources.append(took)
        time.sleep(1.0)
    times = sorted(done.values())
    print(
        f"{len(done)}/{len(asking)} users got a cited answer; first after {times[0]:.1f} s, "
        f"median {statistics.median(times):.1f} s, last {times[-1]:.1f} s"
    )
    print(
        f"/sources while loaded: {len(sources)} replies, median {statistics.median(sources):.2f} s,"
        f" max {max(sources):.2f} s"
    )


def ask_and_stop(
    emulator: Emulator,
    users: list[int],
    proxy: BotApiProxy,
    settings: Settings,
    llm: ScriptedLLMServer,
    workers: int,
) -> None:
    """Run `govqa bot`, let users ask until every answering thread waits on the model, then
    SIGTERM it and time its exit."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "GOVQA_TELEGRAM_BASE_URL": settings.telegram_base_url,
        "GOVQA_TELEGRAM_ALLOWED_USERS": ",".join(map(str, users)),
        "GOVQA_INDEX_DIR": str(settings.index_dir),
        "GOVQA_DATA_DIR": str(settings.data_dir / "process"),
        "GOVQA_TELEGRAM_ANSWER_WORKERS": str(workers),
        "OPENAI_BASE_URL": llm.url,
        "GOVQA_LLM_TIMEOUT": "600",
        "GOVQA_LLM_MAX_RETRIES": "0",
    }
    llm.push(*[Reply(content="这是测试模型的回答。", delay=600) for _ in range(100)])
    llm.replies.rotate(100)  # the long replies first
    polls = len(proxy.called("getUpdates"))
    bot = subprocess.Popen([GOVQA, "bot"], env=env, stderr=subprocess.DEVNULL)
    while len(proxy.called("getUpdates")) <= polls + 1 and bot.poll() is None:
        time.sleep(0.1)
    before = len(llm.requests)
    for number, user_id in enumerate(users):
        ChatUser(emulator.url, TOKEN, user_id).say(FACTUAL[number % len(FACTUAL)][0])
    deadline = time.monotonic() + 60
    while len(llm.requests) < before + workers and time.monotonic() < deadline:
        time.sleep(0.05)
    started = time.monotonic()
    bot.send_signal(signal.SIGTERM)
    code = bot.wait(timeout=120)
    print(
        f"govqa bot, SIGTERM with {len(llm.requests) - before} answers waiting on the model "
        f"(each held 600 s): exit {code} after {time.monotonic() - started:.2f} s"
    )


if __name__ == "__main__":
    main()
