"""The exception tree and the documented kinds of per-document ``errors`` entries.

Two ways a problem is reported:

* **Exceptions** (this tree) are raised by the read stage and the limits
  (:mod:`vn_egov_extract.readers`, :mod:`vn_egov_extract.limits`), which the pipeline turns into
  entries, and by resource loading when a data file is broken (a packaging bug, raised).
* **``errors`` entries** on a :class:`~vn_egov_extract.models.DocumentResult`: every problem met
  while reading or processing one document becomes an entry ``{"kind", "message", "severity"}``.
  ``Extractor.extract``, ``extract_file`` and ``extract_bytes`` never raise on a document's
  content, and a bad document never stops a batch.

The ``kind`` of an entry is always one of :class:`ErrorKind`.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "ErrorKind",
    "VnEgovExtractError",
    "InputError",
    "ReaderError",
    "DataFileError",
    "MissingDependencyError",
    "LimitExceededError",
    "IoError",
]


class ErrorKind(StrEnum):
    """Kinds of per-document ``errors`` entries (the documented set).

    ======================  ======================================================================
    kind                    meaning
    ======================  ======================================================================
    ``empty_input``         the input holds no text (empty file, whitespace only)
    ``not_text``            the bytes are not text in any supported encoding (binary data)
    ``decode_error``        some bytes could not be decoded and were replaced (U+FFFD)
    ``encoding_repaired``   a legacy or mis-decoded encoding was detected and converted (info)
    ``unsupported_format``  no reader handles this file type
    ``reader_error``        the reader for this file type failed (broken PDF, corrupt DOCX, ...)
    ``encrypted``           the document is password-protected
    ``missing_dependency``  an optional package or program needed for this input is not installed
    ``ocr_unavailable``     pages have no text layer and OCR is off or not installed
    ``ocr_repaired``        OCR confusions repaired by a known pattern ("Nghỉ định số" → "Nghị định số") (info)
    ``ocr_uncertain``       OCR output no known pattern repairs, or read with low confidence (warning)
    ``page_unreadable``     one page could not be read; the others were
    ``too_large``           the input exceeds ``max_bytes`` (the file, or a ZIP container's expanded
                            parts), ``max_pages``, or the worker's memory cap; nothing or a prefix
                            was read
    ``timeout``             reading or extraction ran past the time limit (``timeout``)
    ``worker_crashed``      the worker process running this document died (out of memory, a crash
                            in native code, killed by the system); the batch went on without it
    ``io_error``            the file could not be opened (missing, permission, symlink loop)
    ``internal_error``      an unexpected failure inside the library (a bug: please report it)
    ======================  ======================================================================
    """

    EMPTY_INPUT = "empty_input"
    NOT_TEXT = "not_text"
    DECODE_ERROR = "decode_error"
    ENCODING_REPAIRED = "encoding_repaired"
    UNSUPPORTED_FORMAT = "unsupported_format"
    READER_ERROR = "reader_error"
    ENCRYPTED = "encrypted"
    MISSING_DEPENDENCY = "missing_dependency"
    OCR_UNAVAILABLE = "ocr_unavailable"
    OCR_REPAIRED = "ocr_repaired"
    OCR_UNCERTAIN = "ocr_uncertain"
    PAGE_UNREADABLE = "page_unreadable"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"
    WORKER_CRASHED = "worker_crashed"
    IO_ERROR = "io_error"
    INTERNAL_ERROR = "internal_error"


class VnEgovExtractError(Exception):
    """Base class of every exception this library raises on purpose.

    ``kind`` is the :class:`ErrorKind` the exception becomes when it is turned into an
    ``errors`` entry of a document result.
    """

    kind: ErrorKind = ErrorKind.INTERNAL_ERROR

    def __init__(self, message: str, *, kind: ErrorKind | None = None) -> None:
        super().__init__(message)
        if kind is not None:
            self.kind = kind

    @property
    def message(self) -> str:
        """The human-readable message (``str(self)``)."""
        return str(self)


class InputError(VnEgovExtractError):
    """The input is not something the library can read as a document (empty, binary, ...)."""

    kind = ErrorKind.NOT_TEXT


class ReaderError(VnEgovExtractError):
    """A format reader failed on a file (broken PDF, corrupt DOCX, unsupported type)."""

    kind = ErrorKind.READER_ERROR


class LimitExceededError(VnEgovExtractError):
    """A configured limit (bytes, pages, time) was exceeded."""

    kind = ErrorKind.TOO_LARGE


class IoError(VnEgovExtractError):
    """A file could not be opened or read (missing, no permission, a symlink loop)."""

    kind = ErrorKind.IO_ERROR


class DataFileError(VnEgovExtractError):
    """A data file under ``models/`` is missing or has a malformed row.

    This is a packaging bug, never the user's input: it is raised, not reported per document.
    """

    kind = ErrorKind.INTERNAL_ERROR


class MissingDependencyError(VnEgovExtractError):
    """An optional dependency is not installed.

    The message names the extra to install, e.g. ``pip install 'vn-egov-extract[docx]'``.
    """

    kind = ErrorKind.MISSING_DEPENDENCY

    def __init__(self, package: str, extra: str | None = None, *, purpose: str = "") -> None:
        hint = f"pip install 'vn-egov-extract[{extra}]'" if extra else f"pip install {package}"
        what = f" (needed for {purpose})" if purpose else ""
        super().__init__(f"the package {package!r} is not installed{what}; install it with: {hint}")
        self.package = package
        self.extra = extra
