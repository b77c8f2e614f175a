"""The bad-input corpus (``badinputs.CASES``) through the API and the command line.

Each input gives either a valid result or one with ``errors`` entries of documented kinds,
within a loose time bound, and never stops a batch. The PDF, DOCX and HTML cases hold whether
or not a reader for the format is installed: without one the result is an
``unsupported_format`` (or ``missing_dependency``) entry, with one a valid result or an entry
of a documented kind.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from badinputs import CASES, GOOD, Case, big_text

from vn_egov_extract import DocumentResult, ErrorKind, Extractor
from vn_egov_extract.batch import BatchOptions, extract_paths
from vn_egov_extract.readers import ReadOptions

DOCUMENTED = {k.value for k in ErrorKind}
#: seconds: the soft time limit given to the API, and the loose bound each case must meet
TIMEOUT = 10.0
BOUND = 60.0
CLI = [sys.executable, "-m", "vn_egov_extract.cli"]


def check_result(r: DocumentResult, case: Case | None = None) -> None:
    """A valid result: spans index ``text``, the JSON round-trips, every error kind is documented."""
    t = r.text
    for e in r.entities:
        assert t[e.start : e.end] == e.text
    for s in r.sentences:
        assert t[s.start : s.end] == s.text
    for c in r.claims:
        assert t[c.evidence.start : c.evidence.end] == c.evidence.text
    assert DocumentResult.model_validate_json(r.model_dump_json()) == r
    kinds = {e.kind for e in r.errors}
    assert kinds <= DOCUMENTED, kinds - DOCUMENTED
    for e in r.errors:
        assert e.message
    if case is None:
        return
    if case.kinds is not None:
        assert kinds <= case.kinds, (case.id, [(e.kind, e.message) for e in r.errors])
    if case.claim:
        assert r.claims, case.id
    if any(e.severity == "error" for e in r.errors):
        assert not r.claims  # a document that failed gives no claim


@pytest.fixture(scope="module")
def api() -> Extractor:
    return Extractor(read_options=ReadOptions(timeout=TIMEOUT))


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bad")
    for c in CASES:
        (d / c.name).write_bytes(c.build())
    return d


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_api_bytes(api, case):
    data = case.build()
    t0 = time.monotonic()
    r = api.extract_bytes(data, name=case.name)
    assert time.monotonic() - t0 < BOUND
    check_result(r, case)


# read as a file or as bytes, an input gives the same result
def test_file_and_bytes_agree(api, corpus_dir):
    for c in CASES:
        if c.id.startswith("bait_") or c.id == "long_line_1mb":
            continue  # slow, and covered by test_api_bytes
        a = api.extract_file(corpus_dir / c.name)
        b = api.extract_bytes(c.build(), name=str(corpus_dir / c.name))
        assert a == b, c.id


@pytest.mark.parametrize(
    ("case_id", "kind"),
    [
        pytest.param("empty", "empty_input", id="empty"),
        pytest.param("whitespace_only", "empty_input", id="whitespace"),
        pytest.param("png_renamed_txt", "not_text", id="png"),
        pytest.param("invalid_utf8", "decode_error", id="invalid-utf8"),
        pytest.param("utf16_le_no_bom", "encoding_repaired", id="utf16le"),
        pytest.param("utf16_be_no_bom", "encoding_repaired", id="utf16be"),
    ],
)
def test_text_cases_give_their_kind(api, case_id, kind):
    case = next(c for c in CASES if c.id == case_id)
    r = api.extract_bytes(case.build(), name=case.name)
    assert [e.kind for e in r.errors] == [kind]


def test_nfd_gives_the_same_claims_as_nfc(api):
    import unicodedata

    nfc = api.extract(GOOD)
    nfd = api.extract_bytes(unicodedata.normalize("NFD", GOOD).encode(), name="x.txt")
    assert nfd.text == nfc.text
    assert nfd.claims == nfc.claims


def test_unsupported_document_format_is_reported_not_read_as_text(api):
    """A PDF, DOCX or HTML file is never read as text: without a reader, the result is an
    ``unsupported_format`` error (or ``missing_dependency``), not garbage entities."""
    for case_id in ("pdf_valid", "pdf_renamed_txt", "docx_valid", "html_deep_10000"):
        case = next(c for c in CASES if c.id == case_id)
        r = api.extract_bytes(case.build(), name=case.name)
        kinds = [e.kind for e in r.errors if e.severity == "error"]
        if kinds:
            assert kinds[0] in {"unsupported_format", "missing_dependency", "reader_error", "timeout"}, kinds
            assert r.entities == [] and r.claims == []
        else:  # a reader exists: the text is the document's text, not its markup or bytes
            assert "%PDF" not in r.text and "<div>" not in r.text and "PK\x03\x04" not in r.text


def test_zip_bomb_is_refused_before_reading(api):
    case = next(c for c in CASES if c.id == "docx_zip_bomb")
    r = api.extract_bytes(case.build(), name=case.name)
    assert [e.kind for e in r.errors] == ["too_large"]
    assert "expands to" in r.errors[0].message


def test_zip_with_too_many_parts_is_refused(api):
    case = next(c for c in CASES if c.id == "docx_many_entries")
    r = api.extract_bytes(case.build(), name=case.name)
    assert [e.kind for e in r.errors] == ["too_large"]


# ----------------------------------------------------------------------------- big files


def test_50_mb_text_file(tmp_path):
    """50 MiB + 1 kB of text: refused by the default size limit before reading; with the limit
    raised, processed until the time limit (a ``timeout`` entry) — never a hang."""
    p = tmp_path / "big.txt"
    data = big_text(50 * 2**20 + 1000)
    p.write_bytes(data)
    del data
    t0 = time.monotonic()
    r = Extractor().extract_file(p)
    assert time.monotonic() - t0 < 5
    assert [e.kind for e in r.errors] == ["too_large"]
    assert r.content_hash is None and r.text == ""
    # limit raised: a worker runs it until the time limit
    opts = BatchOptions(read_options=ReadOptions(max_bytes=60 * 2**20), timeout=3)
    t0 = time.monotonic()
    (r,) = list(extract_paths([str(p)], options=opts))
    assert time.monotonic() - t0 < BOUND
    assert [e.kind for e in r.errors] == ["timeout"]


def test_file_larger_than_max_bytes_is_not_read(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GOOD * 10, encoding="utf-8")
    r = Extractor(read_options=ReadOptions(max_bytes=100)).extract_file(p)
    assert [e.kind for e in r.errors] == ["too_large"]
    r = Extractor(read_options=ReadOptions(max_bytes=100)).extract_bytes(p.read_bytes(), name="a.txt")
    assert [e.kind for e in r.errors] == ["too_large"]


# ----------------------------------------------------------------------------- file system


def test_paths_that_are_not_readable_files(tmp_path):
    ex = Extractor()
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block for ever
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    cases = {
        "missing": tmp_path / "nope.txt",
        "directory": tmp_path,
        "fifo": fifo,
        "symlink_loop": loop,
        "device": Path("/dev/zero"),  # would never end
    }
    for what, p in cases.items():
        r = ex.extract_file(p)
        assert [e.kind for e in r.errors] == ["io_error"], what
        assert r.text == ""
    assert "symlink loop" in ex.extract_file(loop).errors[0].message


def test_directory_with_symlink_loops_through_the_cli(tmp_path):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "sub" / "back").symlink_to(d, target_is_directory=True)  # a directory loop
    (d / "sub" / "self").symlink_to(d / "sub" / "self")  # a file symlink to itself
    (d / "a").symlink_to(d / "b")
    (d / "b").symlink_to(d / "a")  # a two-link loop
    out = tmp_path / "out.jsonl"
    p = subprocess.run([*CLI, "extract", str(d), "-o", str(out), "-q"], capture_output=True, text=True, timeout=120)
    assert p.returncode == 1, p.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    got = {Path(x["source"]).name: [e["kind"] for e in x["errors"]] for x in lines}
    assert got == {"a": ["io_error"], "b": ["io_error"], "good.txt": [], "self": ["io_error"]}


# ----------------------------------------------------------------------------- a whole batch


def _expect_line(case: Case, d: dict) -> None:
    r = DocumentResult.model_validate(d)
    check_result(r, case)


def test_batch_api_over_the_corpus(corpus_dir):
    """The batch API with worker processes: one result per input, in input order, none lost
    (the slow regex bait is left to the command-line run below)."""
    cases = [c for c in CASES if not c.id.startswith("bait_")] + [c for c in CASES if c.id == "bait_tu_den"]
    paths = [str(corpus_dir / c.name) for c in cases]
    opts = BatchOptions(jobs=2, timeout=TIMEOUT)
    t0 = time.monotonic()
    results = list(extract_paths(paths, options=opts))
    assert time.monotonic() - t0 < BOUND * 2
    assert [r.source for r in results] == paths
    for c, r in zip(cases, results, strict=True):
        check_result(r, c)


def test_cli_over_the_corpus(corpus_dir, tmp_path):
    """One CLI batch over every bad input and two good ones: exit status 1, one line per input,
    the good ones' claims kept, the summary says what went wrong."""
    good = tmp_path / "good"
    good.mkdir()
    (good / "g1.txt").write_text(GOOD, encoding="utf-8")
    (good / "g2.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    t0 = time.monotonic()
    p = subprocess.run(
        [*CLI, "extract", str(good / "g1.txt"), str(corpus_dir), str(good / "g2.txt"), "-o", str(out)]
        + ["--timeout", str(TIMEOUT), "--jobs", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert time.monotonic() - t0 < BOUND * 4
    assert p.returncode == 1, p.stderr
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    by_name = {Path(d["source"]).name: d for d in lines}
    assert len(lines) == len(CASES) + 2 == len(by_name)
    assert Path(lines[0]["source"]).name == "g1.txt" and Path(lines[-1]["source"]).name == "g2.txt"
    for c in CASES:
        _expect_line(c, by_name[c.name])
    assert by_name["g1.txt"]["claims"] and by_name["g2.txt"]["claims"]
    summary = p.stderr.strip().splitlines()[-1]
    assert summary.startswith(f"{len(CASES) + 2} documents read, ")
    n_err = sum(any(e["severity"] == "error" for e in d["errors"]) for d in lines)
    assert f", {n_err} with errors [" in summary
    assert "not_text" in summary and "too_large" in summary
