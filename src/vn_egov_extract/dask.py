"""Past one machine: extraction on a Dask cluster, results written as Parquet tables.

Needs the ``[dask]`` extra (``dask[bag]``, ``distributed``, ``pyarrow``)::

    pip install 'vn-egov-extract[dask]'

A Dask bag of inputs (file paths or texts) is mapped partition by partition: each worker
process builds one :class:`~vn_egov_extract.pipeline.Extractor` (loaded once, reused) and turns
every document into plain rows. Each partition then writes its own Parquet file of each table
(pyarrow, through any filesystem pyarrow knows: a local or shared folder, ``s3://``, ``gs://``,
``hdfs://``):

* ``documents/part-NNNNN.parquet``: one row per document — ``doc_id``, ``source``, ``doc_date``,
  ``doc_date_rule``, ``content_hash``, ``n_entities``, ``n_claims``, ``errors`` (JSON list);
* ``claims/part-NNNNN.parquet``: one row per claim — ``doc_id``, ``claim_index`` and the flat
  columns of the CSV output (:data:`~vn_egov_extract.emit.CSV_COLUMNS`: subject, metric,
  value/low/high (percent 0–100), qualifier, status, period (ISO dates), evidence offsets...);
* ``entities/part-NNNNN.parquet``: one row per entity — ``doc_id``, ``entity_index``, ``label``,
  ``text``, ``start``, ``end`` (code points into the document's ``text``, end exclusive),
  ``value`` (JSON object), ``rule``, ``match_kind``, ``page``.

``doc_id`` is the file path for path inputs, the caller's id or ``"text-<index>"`` for texts.
Read a table back with ``pyarrow.parquet.read_table(out + "/claims")`` (or pandas, DuckDB,
Spark...). With a ``dask.distributed`` client, the work runs on its cluster; paths must then be
readable from the workers (a shared folder or object store).

>>> from dask.distributed import Client                               # doctest: +SKIP
>>> client = Client("tcp://scheduler.example:8786")                   # doctest: +SKIP
>>> summary = extract_to_parquet(["/archive/2021/"], "/shared/out")   # doctest: +SKIP
>>> summary.claims                                                    # doctest: +SKIP
48211
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .emit import CSV_COLUMNS, claim_rows
from .errors import MissingDependencyError
from .models import DocumentResult

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import pyarrow

__all__ = [
    "ParquetSummary",
    "bag_from_paths",
    "bag_from_texts",
    "extract_bag",
    "write_parquet",
    "extract_to_parquet",
    "document_rows",
    "iter_rows",
    "TABLES",
]

TABLES = ("documents", "claims", "entities")


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
    except ImportError as e:
        raise MissingDependencyError("dask", "dask", purpose="vn_egov_extract.dask") from e
    try:
        import pyarrow  # noqa: F401
    except ImportError as e:
        raise MissingDependencyError("pyarrow", "dask", purpose="vn_egov_extract.dask") from e


# ---------------------------------------------------------------------- inputs


def _expand(paths: Iterable[str | Path]) -> list[str]:
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(str(f) for f in sorted(path.rglob("*")) if f.is_file() and not f.name.startswith("."))
        else:
            out.append(str(path))
    return out


def bag_from_paths(paths: Iterable[str | Path], *, npartitions: int | None = None) -> dask.bag.Bag:
    """A bag of ``("path", path, None)`` items; folders are expanded (recursive, sorted).

    Args:
        paths: files or folders, readable from where the work will run.
        npartitions: partitions of the bag (default: about 100 documents each).
    """
    _require()
    import dask.bag as db

    files = _expand(paths)
    items = [("path", f, None) for f in files]
    return db.from_sequence(items, npartitions=npartitions or max(1, min(len(items), (len(items) + 99) // 100)))


def bag_from_texts(
    texts: Sequence[str], *, ids: Sequence[str] | None = None, npartitions: int | None = None
) -> dask.bag.Bag:
    """A bag of ``("text", doc_id, text)`` items; ``doc_id`` is ``ids[i]`` or ``"text-<i>"``."""
    _require()
    import dask.bag as db

    if ids is not None and len(ids) != len(texts):
        raise ValueError("ids and texts differ in length")
    items = [("text", ids[i] if ids is not None else f"text-{i:08d}", t) for i, t in enumerate(texts)]
    return db.from_sequence(items, npartitions=npartitions or max(1, min(len(items), (len(items) + 99) // 100)))


# ---------------------------------------------------------------------- extraction

_EXTRACTORS: dict[tuple, Any] = {}


def _extractor(options: tuple) -> Any:
    """One Extractor per worker process and set of options."""
    ex = _EXTRACTORS.get(options)
    if ex is None:
        from .pipeline import Extractor

        tokens, redact_pii = options
        ex = _EXTRACTORS[options] = Extractor(tokens=tokens, redact_pii=redact_pii)
    return ex


def document_rows(result: DocumentResult, doc_id: str) -> dict[str, list[dict[str, Any]]]:
    """The rows of the three tables for one document result (see the module docstring)."""
    doc = {
        "doc_id": doc_id,
        "source": result.source,
        "doc_date": result.doc_date,
        "doc_date_rule": result.doc_date_rule,
        "content_hash": result.content_hash,
        "n_entities": len(result.entities),
        "n_claims": len(result.claims),
        "errors": json.dumps([e.model_dump(mode="json") for e in result.errors], ensure_ascii=False),
    }
    claims = [{"doc_id": doc_id, "claim_index": i, **row} for i, row in enumerate(claim_rows(result))]
    entities = [
        {
            "doc_id": doc_id,
            "entity_index": i,
            "label": e.label,
            "text": e.text,
            "start": e.start,
            "end": e.end,
            "value": json.dumps(e.value.model_dump(mode="json") if e.value is not None else None, ensure_ascii=False),
            "rule": e.rule,
            "match_kind": e.match_kind,
            "page": e.page,
        }
        for i, e in enumerate(result.entities)
    ]
    return {"documents": [doc], "claims": claims, "entities": entities}


def _extract_item(item: tuple[str, str, str | None], options: tuple, doc_date: str | None) -> dict[str, list]:
    kind, ident, text = item
    ex = _extractor(options)
    if kind == "path":
        result = ex.extract_file(ident, doc_date=doc_date)
    else:
        result = ex.extract(text or "", doc_date=doc_date, source=ident)
    return document_rows(result, ident)


def extract_bag(
    bag: dask.bag.Bag,
    *,
    tokens: bool = False,
    redact_pii: bool = False,
    doc_date: dt.date | str | None = None,
) -> dask.bag.Bag:
    """Map a bag from :func:`bag_from_paths` / :func:`bag_from_texts` to per-document rows.

    Returns:
        A bag of ``{"documents": [row], "claims": [rows], "entities": [rows]}``, one per input,
        in input order. A document that cannot be read gives a ``documents`` row with
        ``errors`` and no claims; it never fails the computation.
    """
    _require()
    iso = doc_date.isoformat() if isinstance(doc_date, dt.date) else doc_date
    return bag.map(_extract_item, (bool(tokens), bool(redact_pii)), iso)


# ---------------------------------------------------------------------- Parquet


def _schemas() -> dict[str, pyarrow.Schema]:
    import pyarrow as pa

    claim_types = {
        "value": pa.float64(),
        "low": pa.float64(),
        "high": pa.float64(),
        "evidence_start": pa.int64(),
        "evidence_end": pa.int64(),
        "confidence": pa.float64(),
        "page": pa.int64(),
    }
    return {
        "documents": pa.schema(
            [
                ("doc_id", pa.string()),
                ("source", pa.string()),
                ("doc_date", pa.string()),
                ("doc_date_rule", pa.string()),
                ("content_hash", pa.string()),
                ("n_entities", pa.int64()),
                ("n_claims", pa.int64()),
                ("errors", pa.string()),
            ]
        ),
        "claims": pa.schema(
            [("doc_id", pa.string()), ("claim_index", pa.int64())]
            + [(c, claim_types.get(c, pa.string())) for c in CSV_COLUMNS]
        ),
        "entities": pa.schema(
            [
                ("doc_id", pa.string()),
                ("entity_index", pa.int64()),
                ("label", pa.string()),
                ("text", pa.string()),
                ("start", pa.int64()),
                ("end", pa.int64()),
                ("value", pa.string()),
                ("rule", pa.string()),
                ("match_kind", pa.string()),
                ("page", pa.int64()),
            ]
        ),
    }


def _filesystem(out: str | Path) -> tuple[Any, str]:
    from pyarrow import fs

    s = str(out)
    if "://" not in s:
        s = str(Path(s).resolve())
    return fs.FileSystem.from_uri(s)


def _write_partition(parts: Iterable[dict[str, list]], out: str, index: int) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for part in parts:
        for t in TABLES:
            rows[t].extend(part[t])
    filesystem, base = _filesystem(out)
    counts = {}
    for t, schema in _schemas().items():
        table = pa.Table.from_pylist(rows[t], schema=schema)
        filesystem.create_dir(f"{base}/{t}", recursive=True)
        pq.write_table(table, f"{base}/{t}/part-{index:05d}.parquet", filesystem=filesystem)
        counts[t] = table.num_rows
    return counts


@dataclass(frozen=True)
class ParquetSummary:
    """What :func:`write_parquet` wrote: the folder and the row count of each table."""

    out: str
    documents: int
    claims: int
    entities: int
    partitions: int

    def table(self, name: str) -> str:
        """Path (or URI) of a table's folder: ``<out>/documents|claims|entities``."""
        return f"{self.out.rstrip('/')}/{name}"


def write_parquet(rows: dask.bag.Bag, out: str | Path) -> ParquetSummary:
    """Compute ``rows`` (from :func:`extract_bag`) and write the three Parquet tables.

    Each partition writes ``<out>/<table>/part-<partition>.parquet`` from the worker that made
    it; files of an earlier run with more partitions are not removed (use a fresh ``out``).
    Runs on the current Dask scheduler (a ``dask.distributed.Client`` if one is active).
    """
    _require()
    import dask

    out_s = str(out) if "://" in str(out) else str(Path(out).resolve())
    parts = rows.to_delayed()
    tasks = [dask.delayed(_write_partition)(p, out_s, i) for i, p in enumerate(parts)]
    counts: Sequence[dict[str, int]] = dask.compute(*tasks)
    return ParquetSummary(
        out=out_s,
        documents=sum(c["documents"] for c in counts),
        claims=sum(c["claims"] for c in counts),
        entities=sum(c["entities"] for c in counts),
        partitions=len(counts),
    )


def extract_to_parquet(
    inputs: Iterable[str | Path] | Sequence[str],
    out: str | Path,
    *,
    texts: bool = False,
    ids: Sequence[str] | None = None,
    npartitions: int | None = None,
    tokens: bool = False,
    redact_pii: bool = False,
    doc_date: dt.date | str | None = None,
) -> ParquetSummary:
    """Extract from files (or, with ``texts=True``, strings) and write Parquet tables to ``out``.

    The convenience of :func:`bag_from_paths` / :func:`bag_from_texts` → :func:`extract_bag` →
    :func:`write_parquet`. Start a ``dask.distributed.Client`` first to run on a cluster.

    Raises:
        MissingDependencyError: without the ``[dask]`` extra.
    """
    if texts:
        bag = bag_from_texts(list(inputs), ids=ids, npartitions=npartitions)  # type: ignore[arg-type]
    else:
        bag = bag_from_paths(inputs, npartitions=npartitions)
    return write_parquet(extract_bag(bag, tokens=tokens, redact_pii=redact_pii, doc_date=doc_date), out)


def iter_rows(out: str | Path, table: str) -> Iterator[dict[str, Any]]:
    """Rows of one written table (``documents``, ``claims`` or ``entities``), file by file."""
    _require()
    import pyarrow.parquet as pq

    filesystem, base = _filesystem(out)
    yield from pq.read_table(f"{base}/{table}", filesystem=filesystem).to_pylist()
