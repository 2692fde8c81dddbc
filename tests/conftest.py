"""Shared fixtures: every test runs with its data in a temp dir and no network.

- ``isolated_env`` (autouse): settings point at a fresh temp dir; API keys and tokens from the
  developer's environment are removed, so no test can reach a real endpoint or the user's data.
- ``built_index`` (session): the five sample reports ingested once, with dense embeddings, into
  a session temp dir. Read-only: tests that ingest or remove use ``fresh_index``.
- ``lexical_index``: the sample reports ingested once, lexical only; the CLI's environment
  pointed at it (read-only too).
- ``service``: an ``AnswerService`` over ``built_index``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from retrieval.config import Settings

REPO = Path(__file__).resolve().parents[1]
REPORTS = REPO / "data" / "reports"

_SECRETS = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "TELEGRAM_BOT_TOKEN",
    "GOVQA_OPENAI_API_KEY",
    "GOVQA_OPENAI_BASE_URL",
    "GOVQA_TELEGRAM_BOT_TOKEN",
    "GOVQA_CHROMA_URL",
)


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point govqa at a temp data dir and drop secrets and overrides from the environment."""
    for name in list(os.environ):
        if name.startswith("GOVQA_") or name in _SECRETS:
            monkeypatch.delenv(name, raising=False)
    data = tmp_path / "govqa-data"
    data.mkdir()
    monkeypatch.setenv("GOVQA_DATA_DIR", str(data))
    monkeypatch.setenv("GOVQA_INDEX_DIR", str(data / "index"))
    monkeypatch.setenv("GOVQA_REPORTS_DIR", str(REPORTS))
    # A developer's .env must not leak into tests.
    monkeypatch.chdir(tmp_path)
    yield data


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample reports ingested once per test session (dense + lexical)."""
    from retrieval.service import AnswerService

    index_dir = tmp_path_factory.mktemp("session-index") / "index"
    settings = Settings(index_dir=index_dir, reports_dir=REPORTS, _env_file=None)  # type: ignore[call-arg]
    counts = AnswerService(settings).reports.ingest([REPORTS])
    assert counts["added"] == 5, counts
    return index_dir


@pytest.fixture(scope="session")
def lexical_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample reports ingested once per test session, lexical only (fast to build)."""
    from retrieval.service import AnswerService

    index_dir = tmp_path_factory.mktemp("lexical-index") / "index"
    settings = Settings(index_dir=index_dir, embed=False, _env_file=None)  # type: ignore[call-arg]
    AnswerService(settings).reports.ingest([REPORTS])
    return index_dir


@pytest.fixture(scope="module")
def lexical_service(lexical_built: Path) -> Any:
    """A service over the session's lexical-only index of the sample reports (read-only)."""
    from retrieval.service import AnswerService

    return AnswerService(Settings(index_dir=lexical_built, embed=False, _env_file=None))  # type: ignore[call-arg]


@pytest.fixture
def lexical_index(lexical_built: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The session's lexical-only index, read-only, with the CLI's environment pointed at it."""
    monkeypatch.setenv("GOVQA_INDEX_DIR", str(lexical_built))
    monkeypatch.setenv("GOVQA_EMBED", "false")
    return lexical_built


@pytest.fixture
def index_settings(built_index: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings over the shared session index (environment pointed at it too, for the CLI)."""
    monkeypatch.setenv("GOVQA_INDEX_DIR", str(built_index))
    return Settings(_env_file=None)  # type: ignore[call-arg]


@pytest.fixture
def service(index_settings: Settings) -> object:
    """An answer service over the shared session index."""
    from retrieval.service import AnswerService

    return AnswerService(index_settings)


@pytest.fixture
def fresh_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """A private lexical-only index of the sample reports, for tests that change the store."""
    from retrieval.service import AnswerService

    index_dir = tmp_path / "fresh-index"
    monkeypatch.setenv("GOVQA_INDEX_DIR", str(index_dir))
    monkeypatch.setenv("GOVQA_EMBED", "false")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    AnswerService(settings).reports.ingest([REPORTS])
    return settings


@pytest.fixture
def ingest_texts(tmp_path: Path) -> Callable[[dict[str, str]], Any]:
    """Write report files (name → text) to a folder, ingest them lexical-only into a private
    index, and return the answer service over it."""
    from retrieval.service import AnswerService

    def ingest(texts: dict[str, str]) -> AnswerService:
        folder = tmp_path / "texts"
        folder.mkdir()
        for name, text in texts.items():
            (folder / name).write_text(text, encoding="utf-8")
        settings = Settings(index_dir=tmp_path / "texts-index", embed=False, _env_file=None)  # type: ignore[call-arg]
        service = AnswerService(settings)
        service.reports.ingest([folder])
        return service

    return ingest
