"""The plain-text reader: UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM
(recognized by its zero bytes), and a clear error for bytes that are not text.

Undecodable bytes in otherwise UTF-8 text are replaced by U+FFFD and reported
(``decode_error``); a file whose bytes are mostly not text (NUL bytes, control characters,
image or archive data) raises :class:`~vn_egov_extract.errors.InputError` (``not_text``).
Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) and mojibake are repaired by
:mod:`vn_egov_extract.readers.encodings` when that module is present.
"""

from __future__ import annotations

import codecs

from ..errors import ErrorKind, InputError
from ..models import ErrorEntry
from ..normalize import normalize_text
from . import ReadOptions, ReadResult

__all__ = ["decode_text", "read_text", "register_readers"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    bad = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return bad / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zero = sum(1 for b in sample[0::2] if b == 0) / max(1, len(sample[0::2]))
    odd_zero = sum(1 for b in sample[1::2] if b == 0) / max(1, len(sample[1::2]))
    enc = (
        "utf-16-le"
        if odd_zero > 0.3 and even_zero < 0.05
        else "utf-16-be"
        if even_zero > 0.3 and odd_zero < 0.05
        else None
    )
    if enc is None:
        return None
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def decode_text(data: bytes) -> tuple[str, list[ErrorEntry]]:
    """Decode ``data`` to ``str`` (BOM removed), with any ``errors`` entries.

    Raises:
        InputError: the bytes are not text (``not_text``).

    >>> decode_text(codecs.BOM_UTF8 + "Hòa".encode())[0]
    'Hòa'
    >>> decode_text("Hòa".encode("utf-16"))[0]
    'Hòa'
    """
    errors: list[ErrorEntry] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), errors
            except UnicodeDecodeError as e:
                text = data[len(bom) :].decode(enc, errors="replace")
                errors.append(
                    ErrorEntry(
                        kind=ErrorKind.DECODE_ERROR,
                        message=f"invalid {enc} bytes replaced: {e.reason}",
                        severity="warning",
                    )
                )
                return text, errors
    try:
        return data.decode("utf-8"), errors
    except UnicodeDecodeError as e:
        first_error = e
    u16 = _utf16_without_bom(data)
    if u16 is not None:
        errors.append(
            ErrorEntry(
                kind=ErrorKind.ENCODING_REPAIRED,
                message="UTF-16 without byte-order mark detected and decoded",
                severity="info",
            )
        )
        return u16, errors
    if _looks_binary(data):
        raise InputError("the input is not text (binary data)", kind=ErrorKind.NOT_TEXT)
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # a legacy 8-bit encoding (Windows-1258, TCVN3, VNI) when that reads as Vietnamese
    if bad >= 2 or bad / max(1, len(text)) > 0.01:
        try:
            from .encodings import decode_legacy
        except ImportError:
            decode_legacy = None
        if decode_legacy is not None:
            repaired = decode_legacy(data)
            if repaired is not None:
                return repaired
    if bad / max(1, len(text)) > 0.3:
        raise InputError(
            f"the input is not UTF-8 text ({first_error.reason} at byte {first_error.start})", kind=ErrorKind.NOT_TEXT
        )
    errors.append(
        ErrorEntry(
            kind=ErrorKind.DECODE_ERROR,
            message=f"{bad} invalid UTF-8 byte sequence(s) replaced by U+FFFD (first at byte {first_error.start})",
            severity="warning",
        )
    )
    return text, errors


def read_text(data: bytes, *, name: str = "", options: ReadOptions | None = None) -> ReadResult:
    """Read a plain-text file (see module docstring).

    Raises:
        InputError: empty input is fine (an ``empty_input`` entry); binary input raises.
    """
    text, errors = decode_text(data)
    try:
        from .encodings import repair_text
    except ImportError:
        repair_text = None
    if repair_text is not None:
        text, more = repair_text(text)
        errors.extend(more)
    text = normalize_text(text)
    if not text.strip():
        errors.append(ErrorEntry(kind=ErrorKind.EMPTY_INPUT, message="the input holds no text", severity="warning"))
    return ReadResult(text=text, format="text", errors=errors)


def register_readers(register) -> None:  # noqa: ANN001 - the registry's register()
    """Register this reader for plain text."""
    register("text", read_text, extensions=(".txt", ".text", ".md", ".csv", ".tsv", ""))
