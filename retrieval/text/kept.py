"""Tables built from installed files, kept between processes.

A one-shot `govqa ask` builds the synonym lexicon (from 同义词词林) and reads jieba's word tags
anew: a third of a second that does not depend on the question or the reports. Each table is
kept in the temp folder (where jieba keeps its own prefix dictionary) as ``marshal`` bytes, named
by the files it is built from: a changed file, package or Python names another cache.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

__all__ = ["kept"]

T = TypeVar("T")


def kept(name: str, sources: Iterable[Path], build: Callable[[], T], kind: type) -> T:
    """``build()``, or the table an earlier process built from the same ``sources``.

    Args:
        name: what the table is, in its cache file's name.
        sources: the files it is built from, its building code among them: a cache is used
            only while each has the size and modification time it had.
        build: builds the table (of plain values ``marshal`` writes: dicts, tuples, strings).
        kind: the table's type; a cache that reads as anything else is built again.
    """
    path = _path(name, sources)
    try:
        table = marshal.loads(path.read_bytes()) if _own(path) else None
    except (OSError, EOFError, ValueError, TypeError):
        table = None
    if isinstance(table, kind):
        return table  # type: ignore[return-value]
    table = build()
    _write(path, marshal.dumps(table))  # type: ignore[arg-type]
    return table


def _path(name: str, sources: Iterable[Path]) -> Path:
    key = hashlib.sha256(sys.version.encode())
    for source in sources:
        stat = source.stat()
        key.update(f"{source.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return Path(tempfile.gettempdir()) / f"govqa-{name}-{key.hexdigest()[:20]}.marshal"


def _own(path: Path) -> bool:
    """True when ``path`` is a file of this process's user: in a shared temp folder another
    account's file (which ``marshal`` would trust) is never read."""
    stat = path.stat()
    return not hasattr(os, "getuid") or stat.st_uid == os.getuid()


def _write(path: Path, data: bytes) -> None:
    """Write ``data`` whole or not at all (a reader never sees half a file); a read-only temp
    folder only costs the next process the build."""
    written = ""
    try:
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as f:
            written = f.name
            f.write(data)
        os.replace(written, path)
    except OSError:
        if written:
            Path(written).unlink(missing_ok=True)
