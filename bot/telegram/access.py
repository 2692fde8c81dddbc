"""Who may ask the Telegram bot, and how often."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from retrieval.config import Settings
from retrieval.errors import GovqaError

__all__ = ["AccessConfigError", "AccessPolicy", "RateLimiter", "check_access_config"]

_WINDOW_SECONDS = 60.0


class AccessConfigError(GovqaError):
    """The bot has no allowlist and was not declared public."""


def check_access_config(settings: Settings) -> None:
    """Refuse an open bot unless it was asked for: officials' questions are not for everyone.

    Raises:
        AccessConfigError: no allowed users or chats, and ``GOVQA_TELEGRAM_PUBLIC`` is not set.
    """
    if settings.telegram_public:
        return
    if not settings.telegram_allowed_users and not settings.telegram_allowed_chats:
        raise AccessConfigError(
            "no Telegram allowlist: set GOVQA_TELEGRAM_ALLOWED_USERS or "
            "GOVQA_TELEGRAM_ALLOWED_CHATS (comma-separated ids), or GOVQA_TELEGRAM_PUBLIC=1 "
            "to answer everyone"
        )


@dataclass(frozen=True)
class AccessPolicy:
    """The allowlist: a user is allowed by id, or everyone in an allowed chat is."""

    users: frozenset[int] = frozenset()
    chats: frozenset[int] = frozenset()
    public: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> AccessPolicy:
        """The policy configured by ``GOVQA_TELEGRAM_ALLOWED_*`` and ``GOVQA_TELEGRAM_PUBLIC``."""
        return cls(
            users=frozenset(settings.telegram_allowed_users),
            chats=frozenset(settings.telegram_allowed_chats),
            public=settings.telegram_public,
        )

    def allows(self, user_id: int | None, chat_id: int | None) -> bool:
        """True when this user, in this chat, may ask questions."""
        if self.public:
            return True
        return (user_id is not None and user_id in self.users) or (
            chat_id is not None and chat_id in self.chats
        )


@dataclass
class RateLimiter:
    """At most ``per_minute`` questions per user in any 60-second window (0 means no limit).

    Used from the event loop only, so it needs no lock.
    """

    per_minute: int
    clock: Callable[[], float] = time.monotonic
    _seen: dict[int, deque[float]] = field(default_factory=dict)

    def acquire(self, user_id: int) -> float:
        """Record one question if allowed.

        Returns:
            0.0 when the question may go ahead, else the seconds to wait before the next one.
        """
        if self.per_minute <= 0:
            return 0.0
        now = self.clock()
        stamps = self._seen.setdefault(user_id, deque())
        while stamps and now - stamps[0] >= _WINDOW_SECONDS:
            stamps.popleft()
        if len(stamps) >= self.per_minute:
            return max(0.0, _WINDOW_SECONDS - (now - stamps[0]))
        stamps.append(now)
        self._forget_idle(now)
        return 0.0

    def _forget_idle(self, now: float) -> None:
        # Keep memory bounded by the users active in the last minute.
        if len(self._seen) < 1024:
            return
        idle = [u for u, s in self._seen.items() if not s or now - s[-1] >= _WINDOW_SECONDS]
        for user_id in idle:
            del self._seen[user_id]
