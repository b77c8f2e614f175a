"""Read stage: bytes of a file into normalized text, with what the reader saw.

A **reader** is a function ``(data: bytes, *, name: str, options: ReadOptions) -> ReadResult``
registered for a file type with :func:`register`. The type is chosen by content (magic bytes)
first, then by the file name's extension (:func:`detect_format`), so a PDF named ``.txt`` is
read as a PDF. Readers return text already normalized (:func:`vn_egov_extract.normalize.normalize_text`),
so that every offset they hand over (tables, boilerplate, page starts) indexes the emitted
``text``. Problems become ``errors`` entries; a reader raises
:class:`~vn_egov_extract.errors.VnEgovExtractError` only when nothing can be read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ErrorKind, IoError, LimitExceededError, ReaderError, VnEgovExtractError
from ..models import ErrorEntry, Range, Table

__all__ = [
    "ReadOptions",
    "ReadResult",
    "Reader",
    "register",
    "registered_formats",
    "detect_format",
    "read_bytes",
    "read_path",
]


@dataclass(frozen=True)
class ReadOptions:
    """Options of the read stage.

    Attributes:
        ocr: "auto" (OCR pages without a text layer when Tesseract is installed), "always", "never".
        max_bytes: inputs larger than this are refused (``too_large``).
        max_pages: paged inputs are read up to this many pages (``too_large`` entry).
        timeout: seconds a reader may take (enforced by the batch runner's worker processes).
    """

    ocr: str = "auto"
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 500
    timeout: float | None = None


@dataclass
class ReadResult:
    """What a reader returns: normalized ``text`` and what it found beside it."""

    text: str
    format: str
    errors: list[ErrorEntry] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    boilerplate: list[Range] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)
    decimal_point: bool = False


Reader = Callable[..., ReadResult]

_REGISTRY: dict[str, Reader] = {}
_EXTENSIONS: dict[str, str] = {}
_MAGIC: list[tuple[bytes, str]] = []


def register(fmt: str, reader: Reader, *, extensions: tuple[str, ...] = (), magic: tuple[bytes, ...] = ()) -> None:
    """Register ``reader`` for format ``fmt`` (file extensions with the dot, magic prefixes)."""
    _REGISTRY[fmt] = reader
    for ext in extensions:
        _EXTENSIONS[ext.lower()] = fmt
    for mg in magic:
        _MAGIC.append((mg, fmt))


def registered_formats() -> list[str]:
    """The formats that have a reader."""
    return sorted(_REGISTRY)


def detect_format(data: bytes, name: str = "") -> str:
    """The format of ``data``: by magic bytes, then by ``name``'s extension, else "text".

    >>> detect_format("Công văn".encode(), "a.txt")
    'text'
    """
    head = data[:16]
    for mg, fmt in _MAGIC:
        if head.startswith(mg) and fmt in _REGISTRY:
            if fmt == "zip":
                continue
            return fmt
    if b"%PDF-" in data[:1024] and "pdf" in _REGISTRY:  # PDF readers accept junk before the header
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        inner = _zip_kind(data)
        if inner:
            return inner
    sniff = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if "html" in _REGISTRY and (
        sniff.startswith((b"<!doctype html", b"<html"))
        or (sniff.startswith((b"<?xml", b"<!--", b"<head", b"<meta")) and b"<html" in sniff)
    ):
        return "html"
    ext = Path(name).suffix.lower()
    if ext in _EXTENSIONS and _EXTENSIONS[ext] in _REGISTRY:
        fmt = _EXTENSIONS[ext]
        # a text file whose extension says otherwise is still read as text when it is text
        return fmt
    return "text"


def _zip_kind(data: bytes) -> str | None:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist()[:200])
    except (zipfile.BadZipFile, ValueError, OSError):
        return None
    if "word/document.xml" in names and "docx" in _REGISTRY:
        return "docx"
    return None


def read_bytes(data: bytes, *, name: str = "", options: ReadOptions | None = None) -> ReadResult:
    """Read ``data`` (the bytes of file ``name``) with the reader its format calls for.

    Raises:
        LimitExceededError: more than ``options.max_bytes``.
        ReaderError: no reader for the format, or the reader failed outright.
        InputError: the bytes are not text (for the text reader).
    """
    options = options or ReadOptions()
    if len(data) > options.max_bytes:
        raise LimitExceededError(
            f"input is {len(data):,} bytes, more than max_bytes={options.max_bytes:,}", kind=ErrorKind.TOO_LARGE
        )
    fmt = detect_format(data, name)
    reader = _REGISTRY.get(fmt)
    if reader is None:
        raise ReaderError(f"no reader for format {fmt!r}", kind=ErrorKind.UNSUPPORTED_FORMAT)
    try:
        return reader(data, name=name, options=options)
    except VnEgovExtractError:
        raise
    except Exception as e:  # a third-party parser failing on a broken file
        raise ReaderError(f"{fmt} reader failed: {type(e).__name__}: {e}", kind=ErrorKind.READER_ERROR) from e


def read_path(path: str | Path, *, options: ReadOptions | None = None) -> ReadResult:
    """Read the file at ``path`` (see :func:`read_bytes`).

    Raises:
        IoError: the file cannot be opened.
        LimitExceededError, ReaderError, InputError: as :func:`read_bytes`.
    """
    options = options or ReadOptions()
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > options.max_bytes:
            raise LimitExceededError(f"{p.name} is {size:,} bytes, more than max_bytes={options.max_bytes:,}")
        data = p.read_bytes()
    except OSError as e:
        raise IoError(f"cannot read {p}: {e.strerror or e}") from e
    return read_bytes(data, name=p.name, options=options)


def _register_builtin() -> None:
    from . import text

    text.register_readers(register)
    for mod in ("pdf", "docx", "html"):
        try:
            module = __import__(f"{__name__}.{mod}", fromlist=["register_readers"])
        except ImportError:
            continue
        module.register_readers(register)


_register_builtin()
