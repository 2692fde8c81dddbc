"""Allowlist, rate limit, start-up checks, token redaction and the `govqa bot` command."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from telegram.ext import Application
from typer.testing import CliRunner

from bot.cli import app as cli
from bot.telegram.access import AccessConfigError, AccessPolicy, RateLimiter, Refusals
from bot.telegram.app import BotConfigError, TokenRedactingFilter, check_bot_config
from retrieval.config import Settings

TOKEN = "123456:cli-token-never-printed"


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None).model_copy(update=values)  # type: ignore[call-arg]


def test_rate_limiter_allows_n_per_sliding_minute() -> None:
    now = [1000.0]
    limiter = RateLimiter(3, clock=lambda: now[0])
    assert [limiter.acquire(1) for _ in range(3)] == [0.0, 0.0, 0.0]
    now[0] += 20
    assert limiter.acquire(1) == pytest.approx(40.0)
    assert limiter.acquire(2) == 0.0  # per user
    now[0] += 40
    assert limiter.acquire(1) == 0.0
    assert RateLimiter(0).acquire(1) == 0.0  # 0 = unlimited


def test_access_policy_by_user_in_private_by_group_or_public() -> None:
    policy = AccessPolicy(users=frozenset({1}), chats=frozenset({-5}))
    assert policy.allows(1, 1, private=True)
    assert policy.allows(2, -5, private=False)  # everyone in an allowed group
    assert not policy.allows(2, 2, private=True)
    assert not policy.allows(1, -6, private=False)  # an allowed user in another group
    assert not policy.allows(None, None, private=False)
    assert AccessPolicy(public=True).allows(2, -6, private=False)


def test_rate_limiter_says_the_first_refusal_only() -> None:
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert [limiter.check(7) for _ in range(4)] == [
        (0.0, False),
        (0.0, False),
        (60.0, True),
        (60.0, False),
    ]
    now[0] += 60
    assert limiter.check(7) == (0.0, False)
    assert limiter.check(7) == (0.0, False)
    assert limiter.check(7)[1] is True  # a new window, a new notice


def test_per_user_tables_stay_bounded() -> None:
    now = [0.0]
    limiter = RateLimiter(5, clock=lambda: now[0], max_keys=100)
    refusals = Refusals(clock=lambda: now[0], max_keys=100)
    for user in range(10_000):
        limiter.acquire(user)
        assert refusals.first_time(user)
    assert len(limiter) == 100 and len(refusals) == 100
    assert not refusals.first_time(9_999)  # the most recent are kept
    now[0] += 61
    assert len(limiter) == 0  # idle users expire after a window
    now[0] += 24 * 3600
    assert len(refusals) == 0 and refusals.first_time(9_999)  # told again after a day


def test_ids_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVQA_TELEGRAM_ALLOWED_USERS", "11, 12")
    monkeypatch.setenv("GOVQA_TELEGRAM_ALLOWED_CHATS", "-100")
    policy = AccessPolicy.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert policy.allows(12, 12, private=True) and policy.allows(7, -100, private=False)
    assert not policy.allows(7, 7, private=True)


def test_start_up_checks_are_one_line_and_say_how_to_fix() -> None:
    token = Settings(_env_file=None, TELEGRAM_BOT_TOKEN=TOKEN).telegram_bot_token  # type: ignore[call-arg]
    with pytest.raises(BotConfigError, match="BotFather") as missing:
        check_bot_config(settings())
    with pytest.raises(AccessConfigError, match="GOVQA_TELEGRAM_ALLOWED_USERS") as open_bot:
        check_bot_config(settings(telegram_bot_token=token))
    for error in (missing.value, open_bot.value):
        assert "\n" not in str(error) and TOKEN not in str(error)
    check_bot_config(settings(telegram_bot_token=token, telegram_public=True))
    check_bot_config(settings(telegram_bot_token=token, telegram_allowed_chats=[-1]))


def test_redacting_filter_removes_the_token_from_messages_and_arguments() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "url %s/x", (f"bot{TOKEN}",), None)
    assert TokenRedactingFilter(TOKEN).filter(record)
    assert record.getMessage() == "url bot<token>/x"


@pytest.mark.parametrize(
    ("env", "expected"),
    [({}, "TELEGRAM_BOT_TOKEN"), ({"TELEGRAM_BOT_TOKEN": TOKEN}, "GOVQA_TELEGRAM_PUBLIC=1")],
)
def test_bot_command_refuses_to_start_misconfigured(
    env: dict[str, str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = CliRunner().invoke(cli, ["bot"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and TOKEN not in result.output


@pytest.mark.parametrize("webhook", [None, "https://bot.example.org/hook/abc"])
def test_bot_command_runs_polling_or_webhook(
    webhook: str | None, index_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("GOVQA_TELEGRAM_ALLOWED_USERS", "1")
    calls: dict[str, dict[str, Any]] = {}

    def record(name: str) -> Any:
        def run(self: Application, **kwargs: Any) -> None:  # type: ignore[type-arg]
            calls[name] = {**kwargs, "handlers": len(self.handlers[0])}

        return run

    monkeypatch.setattr(Application, "run_polling", record("polling"))
    monkeypatch.setattr(Application, "run_webhook", record("webhook"))
    args = ["bot", "--webhook-url", webhook, "--port", "9443"] if webhook else ["bot"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    if webhook is None:
        assert list(calls) == ["polling"]
    else:
        assert list(calls) == ["webhook"]
        kwargs = calls["webhook"]
        assert kwargs["webhook_url"] == webhook and kwargs["url_path"] == "hook/abc"
        assert kwargs["port"] == 9443 and kwargs["listen"] == "127.0.0.1"
        assert len(kwargs["secret_token"]) >= 32
    assert next(iter(calls.values()))["handlers"] >= 8
    assert TOKEN not in result.output
