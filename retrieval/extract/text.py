"""Decoding text reports (.txt, .md): UTF-8, GB18030, UTF-16, or a detected encoding."""

from __future__ import annotations

import codecs
import re
from functools import partial

from retrieval.extract.base import UnreadableFileError

__all__ = ["decode_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0/C1 controls other than tab, newlines and form feed; private use; the replacement char.
_BAD_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
_SAMPLE = 200_000
_PLAUSIBLE = re.compile(
    r"[\t\n\r\f\x20-\x7e\xa0-\xff\u0600-\u06ff\u2000-\u206f\u2150-\u25ff"
    r"\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]"
)


def decode_text(data: bytes, name: str) -> str:
    """Decode the bytes of a text report, keeping newlines exactly as they are.

    Tries, in order: a byte-order mark (UTF-8/16/32), UTF-8, GB18030 (covers GBK/GB2312),
    UTF-16 without a BOM, then charset-normalizer's best guess. A UTF-8 or GB18030 file with a
    very few bad bytes is kept (bad bytes become U+FFFD) rather than lost.

    Args:
        data: the file's bytes.
        name: the file's name, used in error messages.

    Returns:
        The decoded text (a UTF-8 BOM is dropped).

    Raises:
        UnreadableFileError: the file is empty, binary, or in no encoding we can identify.
    """
    if not data.strip():
        raise UnreadableFileError(f"{name}: empty file, nothing to ingest")
    text = _decode(data)
    if text is None:
        raise UnreadableFileError(
            f"{name}: not a text file (binary or unknown encoding): convert it to UTF-8 text"
        )
    if not text.strip():
        raise UnreadableFileError(f"{name}: empty file, nothing to ingest")
    return text


def _decode(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data, codec)
            return None if text is None or _looks_binary(text) else text
    if b"\x00" in data:
        # NUL bytes never occur in UTF-8/GBK text: either BOM-less UTF-16 or binary.
        return _utf16_without_bom(data)
    text = _utf8(data) or _lenient(data, "utf-8")
    if text is not None:
        return None if _looks_binary(text) else text
    # GB18030 decodes most byte strings (Big5 too): keep it only when it reads as Chinese.
    attempts = (
        partial(_strict, data, "gb18030"),
        partial(_lenient, data, "gb18030"),
        partial(_detected, data),
    )
    texts = (attempt() for attempt in attempts)  # lazily: charset-normalizer is slow
    return next((text for text in texts if text is not None and _plausible(text)), None)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        # A file cut inside its last character (a truncated download) is still UTF-8.
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            return data[: e.start].decode("utf-8", errors="replace")
        return None


def _lenient(data: bytes, codec: str) -> str | None:
    text = data.decode(codec, errors="replace")
    return text if text.count("\ufffd") * 500 <= len(text) else None


def _utf16_without_bom(data: bytes) -> str | None:
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        text = _strict(data, codec)
        if text is not None and _plausible(text):
            return text
    return None


def _plausible(text: str) -> bool:
    # Bytes decoded in the wrong 16-bit order or from binary scatter over the whole BMP; real
    # text stays in a few blocks (ASCII, Latin-1, punctuation, CJK, Arabic for Uyghur).
    sample = text[:_SAMPLE]
    return len(_PLAUSIBLE.findall(sample)) >= 0.95 * len(sample) and not _looks_binary(sample)


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # lazy: only odd encodings get here

    best = from_bytes(data[:_SAMPLE]).best()
    if best is None or best.encoding is None:
        return None
    return _strict(data, best.encoding)


def _looks_binary(text: str) -> bool:
    sample = text[:_SAMPLE]
    if "\x00" in sample:
        return True
    return len(_BAD_CHARS.findall(sample)) * 100 > len(sample)
