"""jieba's prefix dictionary, read from its cache file: the same words as a fresh build."""

from __future__ import annotations

import os
from pathlib import Path

import jieba
import pytest

from retrieval.text.words import query_jieba, tokenize

_WORDS = "行政复议 50 n\n行政 40 n\n复议 30 n\n案件 30 n\n法治政府 20 n\n法治 20 n\n政府 20 n\n"
_TEXT = "法治政府建设中的行政复议案件"


@pytest.fixture(autouse=True)
def _fresh_tokenizers() -> None:
    query_jieba.cache_clear()


def _dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "words.txt"
    path.write_text(_WORDS, encoding="utf-8")
    return path


def test_a_cached_dictionary_cuts_like_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _dictionary(tmp_path)
    built = query_jieba(str(path))
    cache = path.with_suffix(".cache")
    assert cache.is_file(), "jieba's first build writes the cache"
    query_jieba.cache_clear()

    def rebuilt(self: jieba.Tokenizer, dictionary: str | None = None) -> None:
        raise AssertionError("a fresh cache is read, not rebuilt by jieba")

    monkeypatch.setattr(jieba.Tokenizer, "initialize", rebuilt)
    loaded = query_jieba(str(path))
    assert loaded is not built
    assert loaded.FREQ == built.FREQ and loaded.total == built.total
    assert tokenize(_TEXT, loaded) == tokenize(_TEXT, built)
    assert "行政复议" in tokenize(_TEXT, loaded)


def test_an_unreadable_cache_is_rebuilt(tmp_path: Path) -> None:
    path = _dictionary(tmp_path)
    query_jieba(str(path))
    cache = path.with_suffix(".cache")
    cache.write_bytes(b"\x00not marshal")
    query_jieba.cache_clear()
    tokenizer = query_jieba(str(path))
    assert tokenizer.FREQ["行政复议"] == 50
    assert "行政复议" in tokenize(_TEXT, tokenizer)


def test_a_cache_older_than_its_dictionary_is_not_read(tmp_path: Path) -> None:
    path = _dictionary(tmp_path)
    query_jieba(str(path))
    path.write_text(_WORDS + "复议案件 60 n\n", encoding="utf-8")
    cache = path.with_suffix(".cache")
    old = path.stat().st_mtime_ns - 10**9
    os.utime(cache, ns=(old, old))
    query_jieba.cache_clear()
    assert query_jieba(str(path)).FREQ.get("复议案件") == 60
