"""Who may ask the Telegram bot, and how often: allowlist, rate limits, remembered refusals.

Every per-user table here is a bounded cache (least recently used entries go first, idle ones
expire), so a flood of strangers or of distinct ids cannot grow the bot's memory.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from cachetools import TTLCache

from retrieval.config import Settings
from retrieval.errors import GovqaError

__all__ = [
    "AccessConfigError",
    "AccessPolicy",
    "RateLimiter",
    "Refusals",
    "check_access_config",
]

_WINDOW_SECONDS = 60.0
# Distinct users (or chats) tracked at once by each table; beyond it the least recent go.
MAX_TRACKED = 10_000
# A refused user or group hears the refusal again after this long (then silence again).
_REFUSAL_TTL = 24 * 3600.0


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
    """The allowlist: in a private chat the user must be allowed; a group must be allowed
    itself (then everyone in it may ask), whoever writes there."""

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

    def allows(self, user_id: int | None, chat_id: int | None, *, private: bool) -> bool:
        """True when this user, in this chat, may use the bot.

        Args:
            user_id: who writes (``None`` for anonymous senders).
            chat_id: where.
            private: whether the chat is the user's private chat with the bot.
        """
        if self.public:
            return True
        if chat_id is not None and chat_id in self.chats:
            return True
        # An allowed user's group is not thereby allowed: its other members would read answers.
        return private and user_id is not None and user_id in self.users


@dataclass
class _Bucket:
    stamps: deque[float] = field(default_factory=deque)
    warned: bool = False


class RateLimiter:
    """At most ``per_minute`` events per key in any 60-second window (0 means no limit).

    Used from the event loop only, so it needs no lock.

    Args:
        per_minute: events allowed per key per minute.
        clock: the time source (tests pass a fake one).
        max_keys: keys tracked at once (least recently used forgotten first).
    """

    def __init__(
        self,
        per_minute: int,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = MAX_TRACKED,
    ) -> None:
        self.per_minute = per_minute
        # An entry expires a window after its last event, when it no longer limits anything.
        self._buckets: TTLCache[int, _Bucket] = TTLCache(max_keys, _WINDOW_SECONDS, timer=clock)
        self._clock = clock

    def __len__(self) -> int:
        return len(self._buckets)

    def acquire(self, key: int) -> float:
        """Record one event if allowed.

        Returns:
            0.0 when the event may go ahead, else the seconds to wait before the next one.
        """
        return self.check(key)[0]

    def check(self, key: int) -> tuple[float, bool]:
        """Like :meth:`acquire`, and whether this is the first refusal since the last event
        allowed (the one worth telling the user about; later ones are dropped silently)."""
        if self.per_minute <= 0:
            return 0.0, False
        now = self._clock()
        bucket = self._buckets.get(key) or _Bucket()
        stamps = bucket.stamps
        while stamps and now - stamps[0] >= _WINDOW_SECONDS:
            stamps.popleft()
        if len(stamps) >= self.per_minute:
            first, bucket.warned = not bucket.warned, True
            self._buckets[key] = bucket
            return max(0.0, _WINDOW_SECONDS - (now - stamps[0])), first
        stamps.append(now)
        bucket.warned = False
        self._buckets[key] = bucket  # setting refreshes the entry's expiry
        return 0.0, False


class Refusals:
    """Users and groups already told they are not allowed (told again after a day).

    Args:
        clock: the time source.
        max_keys: ids remembered at once.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, max_keys: int = MAX_TRACKED):
        self._told: TTLCache[int, bool] = TTLCache(max_keys, _REFUSAL_TTL, timer=clock)

    def __len__(self) -> int:
        return len(self._told)

    def first_time(self, key: int) -> bool:
        """Remember ``key``; True when it was not remembered yet."""
        if key in self._told:
            return False
        self._told[key] = True
        return True
