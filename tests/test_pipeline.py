"""The whole pipeline on the seeds: offsets, shape, scores, and the public API."""

from __future__ import annotations

import json

import pytest
from conftest import GOLD, SEEDS, seed_path

from vn_egov_extract import DocumentResult, Extractor, extract, extract_file
from vn_egov_extract.evaluate import evaluate


def _spans(r: DocumentResult):
    for s in r.sentences:
        yield s.start, s.end, s.text
        for t in s.tokens or []:
            yield t.start, t.end, t.text
    for e in r.entities:
        yield e.start, e.end, e.text
    for c in r.claims:
        yield c.evidence.start, c.evidence.end, c.evidence.text


@pytest.fixture(scope="module")
def token_results():
    ex = Extractor(tokens=True)
    return {p.name[:3]: ex.extract_file(p) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_span_indexes_text(token_results, prefix):
    r = token_results[prefix]
    n = 0
    for start, end, text in _spans(r):
        assert r.text[start:end] == text
        n += 1
    assert n > 50
    assert all(s.tokens for s in r.sentences)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_entities_sorted_and_disjoint(seed_results, prefix):
    ents = seed_results[prefix].entities
    for a, b in zip(ents, ents[1:], strict=False):
        assert a.end <= b.start


def test_text_keeps_the_whole_input(seed_results):
    for prefix, r in seed_results.items():
        raw = seed_path(prefix).read_text(encoding="utf-8")
        assert len(r.text) == len(raw)  # the seeds are NFC: nothing removed
        assert r.errors == []


def test_seed_scores_meet_the_bar(seed_results):
    preds = {seed_path(p).name: r.model_dump(mode="json") for p, r in seed_results.items()}
    rep = evaluate(GOLD, preds)
    assert rep.claims.f1 >= 0.95, rep.format(verbose=True)
    assert rep.entities_total.f1 >= 0.95, rep.format(verbose=True)


def test_doc_dates_of_the_seeds(seed_results):
    got = {p: (r.doc_date, r.doc_date_rule) for p, r in seed_results.items()}
    assert got["000"] == ("2021-07-21", "latest_date")
    assert got["001"] == ("2020-10-11", "byline")
    assert got["002"][0].startswith("2022")
    assert got["003"] == ("2020-09-10", "header")
    assert got["004"][0].startswith("2021")


def test_json_round_trip(seed_results):
    for r in seed_results.values():
        again = DocumentResult.model_validate_json(r.model_dump_json())
        assert again == r


def test_extract_api_with_doc_date():
    r = extract("Trong năm nay, tỷ lệ hồ sơ trực tuyến của Quảng Nam đạt 40%.", doc_date="2022-04-30", source="x")
    assert r.source == "x"
    assert r.doc_date == "2022-04-30" and r.doc_date_rule == "caller"
    c = r.claims[0]
    assert (c.subject.name, c.period.start, c.period.end) == ("Quảng Nam", "2022-01-01", "2022-12-31")


def test_extract_file_of_missing_path_reports_error(tmp_path):
    r = extract_file(tmp_path / "nope.txt")
    assert r.errors and r.errors[0].kind == "io_error"


def test_pipe_keeps_order():
    ex = Extractor()
    texts = ["Hà Nội đạt 10%.", "Huế đạt 20%.", "Cần Thơ đạt 30%."]
    got = [r.claims[0].value.value for r in ex.pipe(texts)]
    assert got == [10.0, 20.0, 30.0]


def test_schema_is_valid_json_schema():
    schema = DocumentResult.model_json_schema()
    assert schema["type"] == "object" and "claims" in schema["properties"]
    json.dumps(schema)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Hà Nội đạt 10%\ud800.", id="lone-high-surrogate"),
        pytest.param("\udfff", id="lone-low-surrogate-only"),
    ],
)
def test_text_with_lone_surrogates_gives_a_result(text):
    from vn_egov_extract import Extractor

    r = Extractor().extract(text)
    assert r.text  # a result, not an exception
    for e in r.entities:
        assert r.text[e.start : e.end] == e.text
