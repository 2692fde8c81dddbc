"""`govqa batch`: answer a JSON Lines file of questions, one output line per input line."""

from __future__ import annotations

import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, BinaryIO, TextIO

import typer

from bot.cli.common import ModeOption, check_mode, make_service, user_errors
from retrieval.errors import GovqaError, InputError

__all__ = ["register"]

log = logging.getLogger(__name__)


def register(app: typer.Typer) -> None:
    """Add the ``batch`` command to ``app``."""
    app.command("batch")(batch)


def batch(
    questions: Annotated[
        Path,
        typer.Argument(
            metavar="FILE", help='JSON Lines, {"id": ..., "question": ...} a line; - is stdin.'
        ),
    ],
    output: Annotated[
        Path,
        typer.Option(
            "-o", "--output", metavar="FILE", help="Where the answers go (JSON Lines); - is stdout."
        ),
    ],
    mode: ModeOption = "auto",
) -> None:
    """Answer a JSON Lines file of questions, line by line.

    One output line per input line, in the same order: the answer object plus the input's
    "id" (`govqa schema --batch`). A line that cannot be answered gives {"id": ..., "error":
    "..."}, with "line": N in place of a missing id; a repeated id is such an error. The output
    file appears only when the run is complete (it is written beside it, then moved into
    place) and can never be the input.

    Exit code 0 when every line was answered, 1 when any line failed, 2 when the run could not
    be done at all (unreadable input, unwritable output, no store).
    """
    with user_errors():
        check_mode(mode)
        source_path = None if _is_dash(questions) else questions
        with _input(questions) as source, _output(output, source_path) as out:
            service = make_service()
            lines, failed = _answer_all(service, source, _Writer(out, output), mode)
    typer.echo(f"{lines - failed} of {lines} line(s) answered, {failed} failed", err=True)
    if failed:
        raise typer.Exit(1)


def _is_dash(path: Path) -> bool:
    return str(path) == "-"


@contextmanager
def _input(path: Path) -> Iterator[BinaryIO]:
    if _is_dash(path):
        yield sys.stdin.buffer
        return
    if path.is_dir():
        raise InputError(f"cannot read {path}: it is a folder, give a JSON Lines file")
    try:
        handle = path.open("rb")
    except FileNotFoundError as e:
        raise InputError(f"no such file: {path}") from e
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror}") from e
    with handle:
        yield handle


@contextmanager
def _output(path: Path, source: Path | None) -> Iterator[TextIO]:
    """A text stream for ``path``; a regular file is replaced only once the run is complete."""
    if _is_dash(path):
        yield sys.stdout
        return
    if source is not None and _same_file(path, source):
        raise InputError(f"the output {path} is the input file: give another -o FILE")
    if path.is_dir():
        raise InputError(f"cannot write {path}: it is a folder, give a file name")
    target = path.resolve() if path.is_symlink() else path
    if target.exists() and not target.is_file():
        # A device or a pipe (/dev/stdout, a fifo): there is nothing to replace.
        with _opened(target) as out:
            yield out
        return
    if not target.parent.is_dir():
        raise InputError(f"cannot write {path}: folder {target.parent} does not exist")
    with _replacing(target) as out:
        yield out


@contextmanager
def _opened(path: Path) -> Iterator[TextIO]:
    try:
        out = path.open("w", encoding="utf-8")
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror}") from e
    try:
        yield out
    finally:
        try:
            out.close()  # a full device reports it here, when the last bytes are flushed
        except OSError as e:
            raise InputError(f"cannot write {path}: {e.strerror}") from e


@contextmanager
def _replacing(path: Path) -> Iterator[TextIO]:
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as e:
        raise InputError(f"cannot write {path}: {e.strerror}") from e
    temporary = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            yield out
        try:
            os.chmod(temporary, _mode(path))
            os.replace(temporary, path)
        except OSError as e:
            raise InputError(f"cannot write {path}: {e.strerror}") from e
    finally:
        temporary.unlink(missing_ok=True)


def _mode(path: Path) -> int:
    if path.exists():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def _same_file(one: Path, other: Path) -> bool:
    # samefile follows symlinks and compares inodes, so hard links count as the same file.
    try:
        return one.exists() and os.path.samefile(one, other)
    except OSError:
        return False


class _Writer:
    """Writes one JSON line per record; a failed write is an InputError naming the output."""

    def __init__(self, out: TextIO, path: Path) -> None:
        self.out, self.path = out, path

    def write(self, record: dict[str, Any]) -> None:
        text = json.dumps(record, ensure_ascii=False)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = json.dumps(record)  # a lone surrogate in an id: \\ud800 keeps it, as JSON
        try:
            self.out.write(text + "\n")
            self.out.flush()
        except OSError as e:
            raise InputError(f"cannot write {self.path}: {e.strerror}") from e


def _answer_all(service: Any, source: BinaryIO, writer: _Writer, mode: str) -> tuple[int, int]:
    """Answer every line; returns (lines, failed lines)."""
    seen: dict[str, int] = {}
    lines = failed = 0
    for number, raw in enumerate(_lines(source), start=1):
        record = _answer_line(service, raw, number, seen, mode)
        lines += 1
        if "error" in record:
            failed += 1
            typer.echo(f"line {number}: {record['error']}", err=True)
        writer.write(record)
    return lines, failed


def _lines(source: BinaryIO) -> Iterator[bytes]:
    try:
        yield from source
    except OSError as e:
        raise InputError(f"cannot read {getattr(source, 'name', 'the input')}: {e.strerror}") from e


def _answer_line(
    service: Any, raw: bytes, number: int, seen: dict[str, int], mode: str
) -> dict[str, Any]:
    ident: str | int | None = None
    try:
        item = _item(raw, number)
        ident = _identity(item)
        if ident is not None:
            key = json.dumps(ident)
            if key in seen:
                raise InputError(f"duplicate id {key}: first used on line {seen[key]}")
            seen[key] = number
        answer = service.ask(_question(item), mode=mode)
    except InputError as e:
        return {**_who(ident, number), "error": str(e)}
    except GovqaError:
        raise  # the store or the service, not this line: the run stops, the output untouched
    except Exception as e:  # one line's bug must not lose the other lines' answers
        log.debug("line %d failed", number, exc_info=True)
        return {**_who(ident, number), "error": f"internal error ({type(e).__name__}): {e}"}
    return {**_who(ident, number), **answer.to_json_dict()}


def _who(ident: str | int | None, number: int) -> dict[str, Any]:
    return {"id": ident} if ident is not None else {"line": number}


def _item(raw: bytes, number: int) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (bad byte at position {e.start + 1})") from e
    if not text.strip():
        raise InputError('blank line: expected {"id": ..., "question": ...}')
    try:
        item = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON ({e.msg} at column {e.colno})") from e
    if not isinstance(item, dict):
        raise InputError(
            f'expected a JSON object {{"id": ..., "question": ...}}, got {text.strip()[:40]}'
        )
    return item


def _identity(item: dict[str, Any]) -> str | int | None:
    ident = item.get("id")
    if ident is None or (isinstance(ident, str | int) and not isinstance(ident, bool)):
        return ident
    raise InputError(f'"id" must be a string or an integer, got {json.dumps(ident)[:40]}')


def _question(item: dict[str, Any]) -> str:
    if "question" not in item:
        raise InputError('missing "question"')
    question = item["question"]
    if not isinstance(question, str):
        raise InputError('"question" must be a string')
    try:
        question.encode("utf-8")
    except UnicodeEncodeError as e:
        bad = ascii(question[e.start])
        raise InputError(f'"question" holds a lone surrogate ({bad}), not text') from e
    return question
