"""Checks on zip-based files (.docx) before anything unpacks them: a zip bomb is refused.

A 6 MB .docx can unpack to gigabytes. The central directory states every member's size before
a byte is inflated (and ``zipfile`` never inflates a member past its stated size: a member that
lies fails its CRC check), so the sizes and compression ratios are checked from it first.
"""

from __future__ import annotations

import io
import zipfile

from retrieval.extract.base import UnreadableFileError

__all__ = ["ZIP_MAGIC", "check_zip"]

ZIP_MAGIC = b"PK\x03\x04"
# An archive may unpack to this many times the report size limit (Word XML is verbose; images
# are stored as they are).
UNPACKED_FACTOR = 10
# Above this compression ratio a large member is a bomb, not a document (Word XML: ~10-30).
MAX_RATIO = 200
_RATIO_FROM_BYTES = 2**20
MAX_MEMBERS = 10_000


def check_zip(data: bytes, name: str, max_bytes: int) -> None:
    """Refuse an archive that would unpack to too much, or too suspiciously compressed.

    Args:
        data: the file's bytes (a zip).
        name: the file's name, for messages.
        max_bytes: the size limit of one report; the archive may unpack to
            ``UNPACKED_FACTOR`` times that.

    Raises:
        UnreadableFileError: not a zip, too many members, too large unpacked, or a member
            compressed more than ``MAX_RATIO`` to 1.
    """
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise UnreadableFileError(f"{name}: not a readable zip archive ({e})") from e
    if len(members) > MAX_MEMBERS:
        raise UnreadableFileError(f"{name}: {len(members)} files inside the archive: refused")
    unpacked = sum(member.file_size for member in members)
    limit = UNPACKED_FACTOR * max_bytes
    if unpacked > limit:
        raise UnreadableFileError(
            f"{name}: unpacks to {unpacked / 2**20:.1f} MB, over the {limit / 2**20:g} MB "
            "limit (raise GOVQA_MAX_REPORT_MB if it is a genuine report)"
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size >= _RATIO_FROM_BYTES and ratio > MAX_RATIO:
            raise UnreadableFileError(
                f"{name}: {member.filename} is compressed {ratio:.0f} to 1 "
                "(a zip bomb, not a document): refused"
            )
