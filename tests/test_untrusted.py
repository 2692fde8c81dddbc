"""Untrusted files: zip bombs, oversized text, links out of the folder, control characters."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from retrieval.config import Settings
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
GOVQA = str(Path(sys.executable).with_name("govqa"))
EMIN = "000_8e5fc35e060c3da7.txt"
PULAN = "002_62a3a57a87610d23.txt"


def report_text(name: str = EMIN) -> str:
    return (REPORTS / name).read_text(encoding="utf-8")


def real_docx(path: Path, repeat: int = 1) -> Path:
    """A .docx holding the real 额敏县 report (``repeat`` times over)."""
    document = docx.Document()
    for _ in range(repeat):
        for line in report_text().splitlines():
            if line.strip():
                document.add_paragraph(line.strip())
    document.save(str(path))
    return path


def with_member(path: Path, member: str, data: bytes) -> Path:
    """``path`` (a zip) with one more member."""
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, data)
    return path


def service_for(tmp_path: Path, max_mb: float = 20.0) -> AnswerService:
    settings = Settings(
        index_dir=tmp_path / "index", embed=False, max_report_mb=max_mb, _env_file=None
    )  # type: ignore[call-arg]
    return AnswerService(settings)


def ingest_one(
    tmp_path: Path, path: Path, caplog: pytest.LogCaptureFixture, max_mb: float = 20.0
) -> tuple[dict[str, int], list[str]]:
    """Ingest ``path`` beside a real report; the counts and the warnings."""
    folder = path.parent
    (folder / PULAN).write_bytes((REPORTS / PULAN).read_bytes())
    service = service_for(tmp_path, max_mb)
    with caplog.at_level(logging.WARNING):
        counts = service.reports.ingest([folder])
    assert [s.source for s in service.reports.sources()] == [PULAN]  # the rest is ingested
    return counts, [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "reports"
    made.mkdir()
    return made


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, folder, caplog):
    # 4 KB on disk, 64 MB unpacked: compressed about 1000 to 1.
    bomb = with_member(real_docx(folder / "bomb.docx"), "word/media/image1.bin", b"\0" * 2**26)
    assert bomb.stat().st_size < 2**20
    counts, warnings = ingest_one(tmp_path, bomb, caplog)
    assert counts["skipped"] == 1 and counts["added"] == 1
    [warning] = [w for w in warnings if "bomb.docx" in w]
    assert "over the 200 MB limit" not in warning and "compressed" in warning


def test_a_docx_that_unpacks_past_the_limit_is_refused(tmp_path, folder, caplog):
    # Many parts, none large enough to show its ratio: 14 MB unpacked against 10 × 1 MB.
    large = real_docx(folder / "large.docx")
    for i in range(16):
        with_member(large, f"word/media/part{i}.bin", b"\0" * 900_000)
    assert large.stat().st_size < 2**20
    counts, warnings = ingest_one(tmp_path, large, caplog, max_mb=1.0)
    assert counts["skipped"] == 1
    assert any("large.docx: unpacks to 14.5 MB, over the 10 MB limit" in w for w in warnings)


def test_a_docx_with_lying_sizes_is_unreadable(tmp_path, folder, caplog):
    path = real_docx(folder / "forged.docx")
    data = bytearray(path.read_bytes())
    # Shrink document.xml's stated size in the central directory and its local header.
    name = b"word/document.xml"
    for header, size_at, name_at in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        at = data.find(header)
        while at != -1:
            if data[at + name_at : at + name_at + len(name)] == name:
                data[at + size_at : at + size_at + 4] = (100).to_bytes(4, "little")
            at = data.find(header, at + 4)
    path.write_bytes(bytes(data))
    counts, warnings = ingest_one(tmp_path, path, caplog)
    assert counts["skipped"] == 1
    assert any("forged.docx: not a readable .docx" in w for w in warnings)


def test_the_size_limit_applies_to_the_extracted_text(tmp_path, folder, caplog):
    small = real_docx(folder / "many.docx", repeat=20)  # small on disk, 300 KB of text
    assert small.stat().st_size < 100 * 1024
    counts, warnings = ingest_one(tmp_path, small, caplog, max_mb=0.2)
    assert counts["skipped"] == 1
    assert any(
        "many.docx: its text is 0.3 MB once extracted, over the 0.2 MB limit" in w for w in warnings
    )


def test_links_out_of_the_folder_and_odd_files_are_skipped(tmp_path, folder, caplog):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(report_text(PULAN).replace("普兰县", "保密县"), encoding="utf-8")
    (folder / EMIN).write_bytes((REPORTS / EMIN).read_bytes())
    (folder / "secret.txt").symlink_to(secret)
    (folder / "same.txt").symlink_to(folder / EMIN)  # inside: the same report, once
    (folder / "linked").symlink_to(outside, target_is_directory=True)
    os.mkfifo(folder / "pipe.txt")  # reading it would block ingest forever
    service = service_for(tmp_path)
    with caplog.at_level(logging.WARNING):
        counts = service.reports.ingest([folder])
    assert counts == {"added": 1, "updated": 0, "unchanged": 0, "skipped": 0}
    assert [s.source for s in service.reports.sources()] == [EMIN]
    messages = "\n".join(r.getMessage() for r in caplog.records)
    assert (
        f"skipped {folder / 'secret.txt'}: a link to a file outside {folder.resolve()}" in messages
    )
    assert "linked" not in messages  # a linked folder is not entered
    assert "pipe.txt: not a regular file" in messages
    related = service.ask("保密县2025年开展了哪些工作？", mode="extractive")
    assert all("保密县" not in c.excerpt for c in related.citations + related.related)
    allowed = service.reports.ingest([folder], follow_symlinks=True)
    assert allowed["added"] == 1 and "secret.txt" in [s.source for s in service.reports.sources()]


def cli(*args: str, cwd: Path, index: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVQA_", "OPENAI_"))}
    env.update(GOVQA_INDEX_DIR=str(index), GOVQA_EMBED="false")
    return subprocess.run([GOVQA, *args], env=env, cwd=cwd, capture_output=True, text=True)


def test_cli_nothing_ingested_exits_2_with_one_line(tmp_path, folder):
    (folder / "notes.bin").write_bytes(b"\0\1\2")
    (folder / "empty.txt").write_bytes(b"")
    run = cli("ingest", str(folder), cwd=tmp_path, index=tmp_path / "index")
    assert run.returncode == 2 and "Traceback" not in run.stderr
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("error: nothing ingested: 1 file(s) skipped")
    empty = tmp_path / "empty"
    empty.mkdir()
    run = cli("ingest", str(empty), cwd=tmp_path, index=tmp_path / "index")
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [
        "error: nothing ingested: 0 file(s) skipped and no other report file "
        "(.txt .md .docx .pdf .html) found (see the warnings above)"
    ]


def test_cli_follow_symlinks_flag(tmp_path, folder):
    outside = tmp_path / "outside.txt"
    outside.write_bytes((REPORTS / PULAN).read_bytes())
    (folder / PULAN).symlink_to(outside)
    index = tmp_path / "index"
    refused = cli("ingest", str(folder), cwd=tmp_path, index=index)
    assert refused.returncode == 2 and "use --follow-symlinks to ingest it" in refused.stderr
    allowed = cli("ingest", "--follow-symlinks", str(folder), cwd=tmp_path, index=index)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stderr.strip().endswith("1 added, 0 updated, 0 unchanged, 0 skipped")


def test_control_characters_never_reach_the_terminal(tmp_path, folder):
    text = report_text()
    title = text.strip().splitlines()[0]
    escaped = "\x1b]0;owned\x07\x1b[2J" + title + "\x1b[31m"
    body = text.replace("累计抽查案卷126件", "累计抽查\x1b[8m案卷126件", 1)
    name = "evil\x1b[1m.txt"
    stored = body.replace(title, escaped, 1)
    (folder / name).write_text(stored, encoding="utf-8")
    index = tmp_path / "index"
    ingest = cli("ingest", str(folder), cwd=tmp_path, index=index)
    assert ingest.returncode == 0, ingest.stderr
    listed = cli("sources", cwd=tmp_path, index=index)
    asked = cli("ask", "额敏县累计抽查执法案卷多少件？", cwd=tmp_path, index=index)
    shown = cli("show", name, cwd=tmp_path, index=index)
    for run in (ingest, listed, asked, shown):
        assert "\x1b" not in run.stdout + run.stderr
    assert title in listed.stdout and "126件" in asked.stdout
    as_json = cli("ask", "额敏县累计抽查执法案卷多少件？", "--json", cwd=tmp_path, index=index)
    assert "\x1b" not in as_json.stdout
    data = json.loads(as_json.stdout)
    [citation] = [c for c in data["citations"] if "126件" in c["excerpt"]]
    assert stored[citation["start"] : citation["end"]] == citation["excerpt"]  # exact in JSON
    assert "\x1b[8m" in citation["excerpt"] and data["citations"][0]["title"] == title


def test_listing_reports_reads_no_report_text(fresh_index: Settings) -> None:
    # Chroma replays its log (every recent report's full text) when a collection is opened:
    # listing the reports and checking the store's state read the manifest instead.
    probe = (
        "import sys\n"
        "from retrieval.config import Settings\n"
        "from retrieval.service import AnswerService\n"
        "service = AnswerService(Settings())\n"
        "assert service.store.exists() and len(service.reports.sources()) == 5\n"
        "service.store.lexical()\n"
        "print('chromadb' in sys.modules)\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOVQA_", "OPENAI_"))}
    env.update(GOVQA_INDEX_DIR=str(fresh_index.index_dir), GOVQA_EMBED="false")
    run = subprocess.run(
        [sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == "False"
