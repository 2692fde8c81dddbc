"""Tables kept between processes: read back while their sources stand, built again otherwise."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from retrieval.text import lexicon
from retrieval.text.kept import kept


@pytest.fixture(autouse=True)
def _own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


class _Builds:
    def __init__(self, table: object) -> None:
        self.table = table
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.table


def _source(tmp_path: Path, text: str = "一 二") -> Path:
    path = tmp_path / "source.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_second_process_reads_what_the_first_built(tmp_path: Path) -> None:
    source = _source(tmp_path)
    build = _Builds({"受理": ("接收",)})
    assert kept("t", [source], build, dict) == {"受理": ("接收",)}
    assert kept("t", [source], build, dict) == {"受理": ("接收",)}
    assert build.calls == 1


def test_a_changed_source_is_built_again(tmp_path: Path) -> None:
    source = _source(tmp_path)
    kept("t", [source], _Builds({"a": 1}), dict)
    source.write_text("一 二 三", encoding="utf-8")
    later = source.stat().st_mtime_ns + 10**9
    os.utime(source, ns=(later, later))
    assert kept("t", [source], _Builds({"a": 2}), dict) == {"a": 2}


def test_a_corrupt_or_foreign_cache_is_built_again(tmp_path: Path, _own_temp: Path) -> None:
    source = _source(tmp_path)
    kept("t", [source], _Builds({"a": 1}), dict)
    (cache,) = _own_temp.glob("govqa-t-*.marshal")
    cache.write_bytes(b"\x00not marshal")
    assert kept("t", [source], _Builds({"a": 2}), dict) == {"a": 2}
    # A cache holding another type than the table's is not trusted either.
    assert kept("t", [source], _Builds([1, 2]), list) == [1, 2]
    assert kept("t", [source], _Builds({"a": 3}), dict) == {"a": 3}


def test_a_temp_folder_it_cannot_write_costs_only_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "gone"))
    build = _Builds({"a": 1})
    assert kept("t", [source], build, dict) == {"a": 1}
    assert kept("t", [source], build, dict) == {"a": 1}
    assert build.calls == 2


def test_the_kept_synonym_lexicon_is_the_one_built() -> None:
    lexicon._full.cache_clear()
    try:
        first = lexicon._full()
        lexicon._full.cache_clear()
        assert lexicon._full() == first == lexicon._build()
        assert "接收" in lexicon.synonyms("受理")
    finally:
        lexicon._full.cache_clear()


def test_a_cache_of_another_user_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _source(tmp_path)
    kept("t", [source], _Builds({"a": 1}), dict)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(source).st_uid + 1)
    build = _Builds({"a": 2})
    assert kept("t", [source], build, dict) == {"a": 2}
    assert build.calls == 1
