"""Extractor.pipe: input order, worker processes, streaming, bad texts."""

from __future__ import annotations

import itertools

import pytest

from vn_egov_extract import Extractor

# real sentences (seeds 002/003) and their expected subjects
TEXTS = [
    pytest.param("Hà Nội đạt 23,88%.", "Hà Nội", id="seed-003-table-row-as-sentence"),
    pytest.param("Thừa Thiên Huế đạt 54,53%.", "Thừa Thiên Huế", id="seed-003-hue"),
    pytest.param(
        "Tính đến tháng 4/2022, tỷ lệ hồ sơ trực tuyến trung bình của cả nước mới chỉ đạt 24,89%.",
        "Việt Nam",
        id="seed-002-country",
    ),
    pytest.param("Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức 4 trong năm 2020.", "Khánh Hòa", id="spec"),
]
TEXT_LIST = [p.values[0] for p in TEXTS]
SUBJECTS = [p.values[1] for p in TEXTS]


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _subjects(results):
    return [r.claims[0].subject.name if r.claims else None for r in results]


def test_pipe_in_process_keeps_order(ex):
    assert _subjects(ex.pipe(TEXT_LIST * 2)) == SUBJECTS * 2


@pytest.mark.parametrize("batch_size", [1, 3, 16])
def test_pipe_two_processes_gives_the_same_results_in_order(ex, batch_size):
    texts = TEXT_LIST * 3
    seq = [r.model_dump() for r in ex.pipe(texts)]
    par = [r.model_dump() for r in ex.pipe(texts, n_process=2, batch_size=batch_size)]
    assert par == seq


def test_pipe_reads_its_input_lazily(ex):
    consumed = itertools.count()

    def endless():
        while True:
            next(consumed)
            yield TEXT_LIST[0]

    out = list(itertools.islice(ex.pipe(endless(), n_process=2, batch_size=2), 5))
    assert _subjects(out) == ["Hà Nội"] * 5
    assert next(consumed) <= 5 + 2 * 2 * 2 + 1  # at most 2 × n_process batches in flight


# fixed bug: a text that made extract() raise (a lone surrogate) stopped the stream; it is now
# normalized to U+FFFD and gives a result like any other text
BAD_TEXTS = [
    pytest.param("Hà Nội\ud800 đạt 5%.", id="lone-surrogate"),
]


@pytest.mark.parametrize("bad", BAD_TEXTS)
@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_keeps_going_past_odd_text(ex, bad, n_process):
    out = list(ex.pipe([TEXT_LIST[0], bad, TEXT_LIST[1]], n_process=n_process, batch_size=1))
    assert _subjects([out[0], out[2]]) == SUBJECTS[:2]
    assert "\ufffd" in out[1].text and out[1].claims


def test_pipe_turns_failures_into_error_entries(monkeypatch):
    ex = Extractor()
    real = ex._run

    def failing(rr, **kw):
        if "BOOM" in rr.text:
            raise RuntimeError("boom")
        return real(rr, **kw)

    monkeypatch.setattr(ex, "_run", failing)
    out = list(ex.pipe([TEXT_LIST[0], "BOOM đạt 5%.", TEXT_LIST[1]], n_process=1, batch_size=1))
    assert _subjects([out[0], out[2]]) == SUBJECTS[:2]
    assert out[1].errors and out[1].errors[0].kind == "internal_error"


def test_pipe_workers_use_the_extractors_options():
    ex = Extractor(tokens=True)
    out = list(ex.pipe(["Tại TP.HCM đạt 37,43%."], n_process=2))
    toks = [t.text for s in out[0].sentences for t in s.tokens]
    assert "TP.HCM" in toks and "37,43%" in toks
