"""A note of what the local store holds, so a re-ingest of unchanged files need not open Chroma.

Importing chromadb and opening the store take most of a second; checking that five unchanged
files are unchanged takes milliseconds. Every govqa write to the store removes the note before
it writes and writes it again once the store and the lexical index are complete, so a note that
exists describes the store (an interrupted or running ingest leaves none). The note also names
the database file it describes: a store deleted or restored from a backup does not match it.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

_NAME = "manifest.json"


class Manifest:
    """The stored reports' metadata, kept in ``index_dir``.

    Args:
        index_dir: the local store's directory.
    """

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / _NAME
        self.database = index_dir / "chroma" / "chroma.sqlite3"

    def read(self) -> dict[str, dict[str, Any]] | None:
        """Report name → metadata, or None when there is no valid note."""
        try:
            note = json.loads(self.path.read_text(encoding="utf-8"))
            if note["database"] != self._identity():
                return None
            reports = note["reports"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return reports if isinstance(reports, dict) else None

    def invalidate(self) -> None:
        """Before a write: the store is about to change."""
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def write(self, reports: dict[str, dict[str, Any]]) -> None:
        """After a complete write: atomically, so a reader sees the whole note or none."""
        tmp = self.path.with_name(f"{_NAME}.{os.getpid()}.tmp")
        note = {"database": self._identity(), "reports": reports}
        tmp.write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self.path)

    def _identity(self) -> list[int]:
        """The database file's inode and size (its modification time changes on every read)."""
        stat = self.database.stat()
        return [stat.st_ino, stat.st_size]
