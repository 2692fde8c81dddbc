"""The one settings object, read from the environment and `.env` (prefix ``GOVQA_``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

__all__ = ["Settings"]


def _ids(value: object) -> object:
    # Telegram ids arrive as "123,456" from the environment; pydantic wants a list.
    if isinstance(value, str):
        return [int(part) for part in value.replace(";", ",").split(",") if part.strip()]
    return value


def _spare_cores() -> int:
    return max(0, min(3, (os.cpu_count() or 1) - 1))


class Settings(BaseSettings):
    """Every knob of govqa. Built once at start-up and passed down.

    The standard ``OPENAI_API_KEY``/``OPENAI_BASE_URL`` and ``TELEGRAM_BOT_TOKEN`` variables are
    honoured as well as their ``GOVQA_`` forms.
    """

    model_config = SettingsConfigDict(
        env_prefix="GOVQA_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # Storage
    data_dir: Path = Path("data")
    reports_dir: Path = Path("data/reports")
    index_dir: Path = Path("data/index")
    chroma_url: str | None = None
    chroma_timeout: float = 15.0
    max_report_mb: float = 20.0
    collection: str = "govqa"

    # Retrieval and answers
    embed: bool = True
    dense_weight: float = 0.5
    top_k: int = 6
    max_question_chars: int = 2000
    # Processes besides the answering one that share a ranking's or table's reports, once a
    # question reads at least ``tuning.SHARED_FROM`` of them (0: none; default: spare cores).
    workers: int = Field(default_factory=_spare_cores, ge=0, le=32)

    # LLM (any OpenAI-compatible endpoint)
    openai_api_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("GOVQA_OPENAI_API_KEY", "OPENAI_API_KEY")
    )
    openai_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("GOVQA_OPENAI_BASE_URL", "OPENAI_BASE_URL")
    )
    llm_model: str = "gpt-4o-mini"
    llm_timeout: float = 30.0
    llm_temperature: float = 0.0
    llm_max_tokens: int = 800
    llm_max_retries: int = 2
    llm_context_tokens: int = 3000
    llm_max_reply_chars: int = 4000

    # Telegram
    telegram_bot_token: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("GOVQA_TELEGRAM_BOT_TOKEN", "TELEGRAM_BOT_TOKEN"),
    )
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_allowed_users: Annotated[list[int], NoDecode] = []
    telegram_allowed_chats: Annotated[list[int], NoDecode] = []
    telegram_public: bool = False
    telegram_rate_per_minute: int = 10
    # Commands, messages and button presses per user per minute (questions count here too).
    telegram_actions_per_minute: int = 30
    # Questions answered at once; the rest wait their turn (commands never wait for them).
    telegram_answer_workers: int = Field(default=4, ge=1, le=64)

    @field_validator("telegram_allowed_users", "telegram_allowed_chats", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        return _ids(value)

    @property
    def llm_configured(self) -> bool:
        """True when an OpenAI-compatible endpoint is configured (a key or a base URL)."""
        return bool(self.openai_api_key or self.openai_base_url)
