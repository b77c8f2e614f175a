"""Loading of the data files under ``models/`` (gazetteers, lexicons, cue words).

Every data file is an NFC, UTF-8, tab-separated file: ``#`` lines first (provenance: source,
date, licence), then a header row, then one row per entry. Empty cells are ``""``; list cells
use ``;`` between items. Files are loaded lazily, once per process, and validated: a missing
column, a row with the wrong number of cells or a non-NFC cell raises
:class:`~vn_egov_extract.errors.DataFileError` (a packaging bug, never the user's input).

In an installed wheel the files live in ``vn_egov_extract/data/``; in a source checkout (or an
editable install) they are read from the repository's ``models/`` folder.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from .errors import DataFileError

__all__ = ["data_dir", "load_tsv", "load_lexicon", "provenance", "split_list"]


@functools.cache
def data_dir() -> Path:
    """The folder holding the data files (``vn_egov_extract/data`` or the checkout's ``models``).

    Raises:
        DataFileError: when neither location exists.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "data", here.parent.parent / "models"):
        if (candidate / "provinces.tsv").is_file():
            return candidate
    raise DataFileError(f"data files not found (looked in {here / 'data'} and {here.parent.parent / 'models'})")


def _read_lines(name: str) -> list[str]:
    path = data_dir() / name
    try:
        return path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise DataFileError(f"cannot read data file {name}: {e}") from e


@functools.cache
def provenance(name: str) -> str:
    """The ``#`` provenance lines of data file ``name``, joined, without the ``#``."""
    out = []
    for line in _read_lines(name):
        if not line.startswith("#"):
            break
        out.append(line[1:].strip())
    return "\n".join(out)


@functools.cache
def load_tsv(name: str, required: Sequence[str] = ()) -> tuple[dict[str, str], ...]:
    """Rows of the TSV data file ``name`` as dicts keyed by the header.

    Args:
        name: file name under the data folder, e.g. ``"provinces.tsv"``.
        required: column names that must be present.

    Returns:
        A tuple of dicts (column → cell string), in file order.

    Raises:
        DataFileError: missing file or column, ragged row, or a cell that is not NFC.
    """
    lines = [ln for ln in _read_lines(name) if ln.strip() and not ln.startswith("#")]
    if not lines:
        raise DataFileError(f"data file {name} has no header")
    header = lines[0].split("\t")
    missing = [c for c in required if c not in header]
    if missing:
        raise DataFileError(f"data file {name} lacks columns {missing}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) < len(header):
            cells += [""] * (len(header) - len(cells))
        if len(cells) > len(header):
            raise DataFileError(f"{name}: row {n} has {len(cells)} cells, header has {len(header)}")
        for c in cells:
            if unicodedata.normalize("NFC", c) != c:
                raise DataFileError(f"{name}: row {n} is not NFC: {c!r}")
        rows.append(dict(zip(header, (c.strip() for c in cells), strict=True)))
    return tuple(rows)


def split_list(cell: str) -> list[str]:
    """Split a ``;``-separated list cell into its stripped, non-empty items."""
    return [x.strip() for x in cell.split(";") if x.strip()]


@functools.cache
def load_lexicon(name: str, key: str = "cue", value: str = "value") -> dict[str, str]:
    """A two-column lexicon (``key`` column → ``value`` column) from data file ``name``."""
    return {r[key]: r[value] for r in load_tsv(name, (key, value))}
