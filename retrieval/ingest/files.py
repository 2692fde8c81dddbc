"""Finding reports: the files under the paths given to ingest, each once, in a stable order.

A folder given to ingest is not trusted to hold only reports: links leading out of it, what is
not a regular file and file types no extractor reads are skipped here, each with a warning that
names the file, before any file is opened. Loading what is found is ``retrieval.ingest.loading``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

from retrieval.errors import InputError
from retrieval.extract import SUPPORTED_SUFFIXES

__all__ = ["find_files"]

log = logging.getLogger(__name__)


def find_files(paths: list[Path], follow_symlinks: bool = False) -> Iterator[Path]:
    """Yield the report files under ``paths`` (files or directories), sorted, each once.

    Inside a folder, a link to a file outside that folder is skipped with a warning (a link to
    ``/etc/shadow`` must not become a report) unless ``follow_symlinks``; linked folders are
    never entered, and what is not a regular file (a pipe, a device) is skipped. A file named
    on its own is taken as it is.

    Raises:
        InputError: a path does not exist.
    """
    seen: set[Path] = set()
    for path in paths:
        if not path.exists():
            raise InputError(f"path does not exist: {path}")
        root = None if path.is_file() else path.resolve()
        candidates = [path] if root is None else sorted(_walk(path))
        for candidate in candidates:
            resolved = _admitted(candidate, root, follow_symlinks)
            if resolved is not None and resolved not in seen and _supported(candidate):
                seen.add(resolved)
                yield candidate


def _admitted(candidate: Path, root: Path | None, follow_symlinks: bool) -> Path | None:
    """The file ``candidate`` stands for, or None (with a warning) when it is not to be read."""
    try:
        resolved = candidate.resolve(strict=True)
    except (OSError, RuntimeError) as e:
        log.warning("skipped %s: cannot follow the link (%s)", candidate, type(e).__name__)
        return None
    if root is not None and not follow_symlinks and not resolved.is_relative_to(root):
        log.warning(
            "skipped %s: a link to a file outside %s (use --follow-symlinks to ingest it)",
            candidate,
            root,
        )
        return None
    if not resolved.is_file():
        log.warning("skipped %s: not a regular file", candidate)
        return None
    return resolved


def _walk(root: Path) -> Iterator[Path]:
    # followlinks=False: a symlink loop in a reports folder must not hang ingest.
    for directory, _dirs, files in os.walk(root, followlinks=False):
        for name in files:
            if not name.startswith("."):
                yield Path(directory) / name


def _supported(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in SUPPORTED_SUFFIXES:
        return True
    log.warning("skipped %s: unsupported file type %r", path.name, suffix or "(none)")
    return False
