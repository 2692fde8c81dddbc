"""Loading: the sample reports' metadata, residue cleaning, encodings and unreadable files."""

from __future__ import annotations

import logging
import random
import re
import shutil
from pathlib import Path

import pytest

from retrieval.config import Settings
from retrieval.errors import GovqaError, InputError
from retrieval.ingest.files import find_files
from retrieval.ingest.loading import Report, load_report
from retrieval.service import AnswerService

REPORTS = Path(__file__).resolve().parents[1] / "data" / "reports"
SAMPLES = sorted(p.name for p in REPORTS.glob("*.txt"))

# Web residue as it appears in the sample reports; none of it may reach a body span.
RESIDUE = re.compile(r"\[bookmark:[^\]]*\]|⠼?fontface=\"[^\"]*\">")
RESIDUE_MARKS = (
    "[bookmark",
    "fontface",
    "⠼",
    "关联稿件",
    "索引号",
    "索 引 号",
    "成文日期",
    "发文机构",
    "发文单位",
    "发文字号",
    "公文时效",
    "点击数",
    "| ",
)


def raw(name: str) -> str:
    """The sample file's own text, decoded as UTF-8 (what citation offsets index)."""
    return (REPORTS / name).read_bytes().decode("utf-8")


def body_text(report: Report) -> str:
    return "\n".join(report.text[s:e] for s, e in report.body)


@pytest.mark.parametrize(
    ("name", "title", "region", "year", "published"),
    [
        ("000_8e5fc35e060c3da7.txt", "额敏县2025年法治政府建设工作报告", "额敏县", 2025, None),
        (
            "001_9e8ca7befe1b15d0.txt",
            "阿克陶县克孜勒陶镇人民政府2025年度法治政府建设工作报告",
            "阿克陶县克孜勒陶镇",
            2025,
            "2026-02-14",
        ),
        (
            "002_62a3a57a87610d23.txt",
            "普兰县2025年法治政府建设年度报告",
            "普兰县",
            2025,
            "2026-01-12",
        ),
        (
            "004_f010129a6dcf8410.txt",
            "叶城县2023年度法治政府建设工作报告",
            "叶城县",
            2023,
            "2025-09-05",
        ),
    ],
)
def test_metadata_of_titled_reports(
    name: str, title: str, region: str, year: int, published: str | None
) -> None:
    report = load_report(REPORTS / name)
    assert report.source == name
    assert report.title == title
    assert title in report.text  # the title is the report's own, not made up
    assert report.region == region
    assert report.year == year
    assert report.published == published
    assert report.text == raw(name)  # canonical text of a .txt is the file, unchanged


def test_untitled_report_has_no_invented_region() -> None:
    report = load_report(REPORTS / "003_fb758e20d058b773.txt")
    assert report.region is None
    assert report.year == 2025
    stored_regions = {r for n in SAMPLES if (r := load_report(REPORTS / n).region)}
    assert len(stored_regions) == 4
    assert not any(region in report.title for region in stored_regions)


@pytest.mark.parametrize("name", SAMPLES)
def test_body_spans_are_clean_ordered_and_trimmed(name: str) -> None:
    report = load_report(REPORTS / name)
    assert report.body
    previous_end = 0
    for start, end in report.body:
        assert previous_end <= start < end <= len(report.text)
        piece = report.text[start:end]
        assert piece == piece.strip()
        assert not any(mark in piece for mark in RESIDUE_MARKS), piece[:80]
        previous_end = end


@pytest.mark.parametrize("name", SAMPLES)
def test_no_body_text_is_lost(name: str) -> None:
    """Everything from the first body line to the trailer is body, bar the residue itself."""
    report = load_report(REPORTS / name)
    text = report.text
    trailer = text.find("关联稿件")
    stop = trailer if trailer >= 0 else len(text)
    expected = re.sub(r"\s", "", RESIDUE.sub("", text[report.body[0][0] : stop]))
    got = re.sub(r"\s", "", "".join(text[s:e] for s, e in report.body))
    assert got == expected


@pytest.mark.parametrize("name", SAMPLES)
def test_header_holds_only_title_and_metadata(name: str) -> None:
    report = load_report(REPORTS / name)
    header = report.text[: report.body[0][0]]
    for line in filter(None, (line.strip() for line in header.splitlines())):
        is_meta = line.startswith(("|", "-", "来源"))
        assert line == report.title or is_meta, f"body text left in the header: {line!r}"


def test_bookmark_residue_removed_and_its_sentence_kept() -> None:
    report = load_report(REPORTS / "000_8e5fc35e060c3da7.txt")
    assert "[bookmark: _GoBack]" in report.text
    after = report.text.index("[bookmark: _GoBack]") + len("[bookmark: _GoBack]")
    assert any(start == after for start, _ in report.body)
    assert "额敏县始终将法治政府建设摆在政府工作核心位置" in body_text(report)


def test_fontface_residue_inside_a_line_removed_and_both_sides_kept() -> None:
    report = load_report(REPORTS / "001_9e8ca7befe1b15d0.txt")
    match = re.search(r"⠼fontface=\"方正仿宋_GBK\">", report.text)
    assert match, "the sample report holds this residue"
    for start, end in report.body:
        assert end <= match.start() or start >= match.end()
    before, after = report.text[match.start() - 9 : match.start()], report.text[match.end() :][:10]
    assert before in body_text(report) and after in body_text(report)


def test_metadata_table_kept_as_metadata_not_body() -> None:
    report = load_report(REPORTS / "001_9e8ca7befe1b15d0.txt")
    assert report.metadata["索引号"] == "K45893645/2026-00379"
    assert report.metadata["发文单位"] == "阿克陶县克孜勒陶镇人民政府"
    assert report.metadata["成文日期"] == "2026-02-14"
    assert "K45893645" in report.text and "K45893645" not in body_text(report)


def test_metadata_list_kept_as_metadata_not_body() -> None:
    report = load_report(REPORTS / "002_62a3a57a87610d23.txt")
    assert report.metadata["索引号"] == "pnx/2026-00010"
    assert report.metadata["发文机构"] == "普兰县人民政府"
    assert report.metadata["发布日期"] == "2026-01-12"
    assert "pnx/2026-00010" not in body_text(report)


def test_metadata_lines_without_bullets_kept_as_metadata(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "某县法治建设年度报告（2024年）\n发布日期：2025-03-03\n发文机关：某县人民政府\n"
        "主要做法：强化执法监督。\n一、主要工作\n2024年，某县组织执法培训4次。\n",
        encoding="utf-8",
    )
    report = load_report(path)
    assert report.published == "2025-03-03"
    assert report.metadata["发文机关"] == "某县人民政府"
    # A label no report header uses is the body's first line, not metadata.
    assert "主要做法" not in report.metadata and "强化执法监督" in body_text(report)


def test_source_line_and_trailer_left_out_of_body() -> None:
    report = load_report(REPORTS / "004_f010129a6dcf8410.txt")
    assert report.metadata.get("来源") == "叶城县司法局"
    trailer = report.text.index("关联稿件")
    assert all(end <= trailer for _, end in report.body)
    assert "叶城县司法局" not in body_text(report)
    # The last real section heading before the trailer is kept.
    assert body_text(report).endswith("五、其他需要报告的情况")


@pytest.mark.parametrize("name", SAMPLES)
def test_gb18030_copy_loads_with_identical_text(name: str, tmp_path: Path) -> None:
    original = load_report(REPORTS / name)
    copy = tmp_path / name
    copy.write_bytes(original.text.encode("gb18030"))
    assert copy.read_bytes() != (REPORTS / name).read_bytes()
    loaded = load_report(copy)
    assert loaded.text == original.text
    assert (loaded.title, loaded.region, loaded.year) == (
        original.title,
        original.region,
        original.year,
    )
    assert loaded.body == original.body


def markdown_copy(name: str, folder: Path) -> Path:
    """The sample report as Markdown: ``#`` before the title, ``##`` before top-level headings."""
    report = load_report(REPORTS / name)
    lines = []
    for line in report.text.splitlines():
        if line.strip() == report.title:
            line = f"# {line.strip()}"
        elif re.match(r"^[一二三四五六七八九十]{1,3}、", line.strip()):
            line = f"## {line.strip()}"
        lines.append(line)
    path = folder / (Path(name).stem + ".md")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_markdown_report_keeps_title_and_region(tmp_path: Path) -> None:
    plain = load_report(REPORTS / SAMPLES[0])
    md = load_report(markdown_copy(SAMPLES[0], tmp_path))
    assert (md.title, md.region, md.year) == (plain.title, plain.region, plain.year)


def _junk_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in SAMPLES[:2]:
        shutil.copy(REPORTS / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text(" \n\n\t\n", encoding="utf-8")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(4000))
    (folder / "nul.txt").write_bytes(bytes(range(256)) * 16)
    return folder


def test_unreadable_files_raise_a_message_naming_them(tmp_path: Path) -> None:
    folder = _junk_folder(tmp_path)
    for name in ("empty.txt", "blank.md", "image.txt", "nul.txt"):
        with pytest.raises(GovqaError) as info:
            load_report(folder / name)
        message = str(info.value)
        assert name in message and "\n" not in message


def test_binary_and_empty_files_skipped_with_a_warning_the_rest_ingested(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _junk_folder(tmp_path)
    settings = Settings(index_dir=tmp_path / "index", embed=False, _env_file=None)  # type: ignore[call-arg]
    service = AnswerService(settings)
    with caplog.at_level(logging.WARNING):
        counts = service.reports.ingest([folder])
    assert counts == {"added": 2, "updated": 0, "unchanged": 0, "skipped": 4}
    assert [s.source for s in service.reports.sources()] == SAMPLES[:2]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    for name in ("empty.txt", "blank.md", "image.txt", "nul.txt"):
        named = [w for w in warnings if name in w]
        assert len(named) == 1 and "\n" not in named[0], warnings


def test_missing_path_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder"
    with pytest.raises(InputError, match="no-such-folder"):
        list(find_files([REPORTS, missing]))
    settings = Settings(index_dir=tmp_path / "index", embed=False, _env_file=None)  # type: ignore[call-arg]
    service = AnswerService(settings)
    with pytest.raises(InputError):
        service.reports.ingest([REPORTS, missing])
    # Nothing half-ingested: the bad path is found before any file is stored.
    assert service.reports.sources() == []


def test_find_files_yields_each_report_once_in_order(tmp_path: Path) -> None:
    files = list(find_files([REPORTS, REPORTS / SAMPLES[0]]))
    assert [f.name for f in files] == SAMPLES
