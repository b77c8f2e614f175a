"""vn_egov_extract.dask on a LocalCluster with 2 workers: Parquet tables equal the JSONL results."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="needs the [dask] extra")
pytest.importorskip("distributed", reason="needs the [dask] extra")
pq = pytest.importorskip("pyarrow.parquet", reason="needs the [dask] extra")

from vn_egov_extract import Extractor  # noqa: E402
from vn_egov_extract import dask as vdask  # noqa: E402
from vn_egov_extract.emit import claim_rows  # noqa: E402
from vn_egov_extract.models import DocumentResult  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DEV = sorted((ROOT / "tests" / "data" / "dev" / "raw").glob("*.txt"))


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


def _jsonl_claims(paths: list[Path]) -> list[dict]:
    """The claims as the CLI's JSONL would carry them, flattened like the Parquet rows."""
    ex = Extractor()
    rows = []
    for p in paths:
        result = ex.extract_file(p)
        line = json.loads(result.model_dump_json())  # round-trip through JSON, as JSONL
        for i, row in enumerate(claim_rows(DocumentResult.model_validate(line))):
            rows.append({"doc_id": str(p), "claim_index": i, **row})
    return rows


def test_paths_to_parquet_on_two_workers(client, tmp_path):
    paths = SEEDS + DEV
    summary = vdask.extract_to_parquet(paths, tmp_path / "out", npartitions=4)
    assert summary.partitions == 4
    assert summary.documents == len(paths)
    assert len(client.scheduler_info()["workers"]) == 2

    got = pq.read_table(summary.table("claims")).to_pylist()
    want = _jsonl_claims(paths)
    key = lambda r: (r["doc_id"], r["claim_index"])  # noqa: E731
    assert sorted(got, key=key) == sorted(want, key=key)
    assert summary.claims == len(want) > 100

    docs = pq.read_table(summary.table("documents")).to_pylist()
    assert sorted(d["doc_id"] for d in docs) == sorted(str(p) for p in paths)
    ents = pq.read_table(summary.table("entities")).to_pylist()
    assert len(ents) == summary.entities == sum(d["n_entities"] for d in docs)
    texts = {str(p): Extractor().extract_file(p).text for p in paths[:2]}
    for e in ents:
        if e["doc_id"] in texts:
            assert texts[e["doc_id"]][e["start"] : e["end"]] == e["text"]


def test_texts_to_parquet_with_ids_and_bad_inputs(client, tmp_path):
    texts = ["Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức 4 trong năm 2020.", "", "\x00\x01"]
    summary = vdask.extract_to_parquet(texts, tmp_path / "t", texts=True, ids=["a", "b", "c"], npartitions=2)
    claims = list(vdask.iter_rows(summary.out, "claims"))
    assert [(c["doc_id"], c["subject_name"], c["value"], c["period_end"]) for c in claims] == [
        ("a", "Khánh Hòa", 37.43, "2020-12-31")
    ]
    docs = {d["doc_id"]: d for d in vdask.iter_rows(summary.out, "documents")}
    assert set(docs) == {"a", "b", "c"}
    assert docs["a"]["n_claims"] == 1


def test_unreadable_path_is_a_document_with_errors(client, tmp_path):
    summary = vdask.extract_to_parquet([tmp_path / "missing.txt"], tmp_path / "m")
    (doc,) = list(vdask.iter_rows(summary.out, "documents"))
    assert json.loads(doc["errors"])[0]["kind"] == "io_error"
    assert summary.claims == 0
