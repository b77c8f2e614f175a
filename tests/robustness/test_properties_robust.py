"""Property tests (hypothesis) over mutated seed text and arbitrary bytes: no exception; every
span valid, sorted and non-overlapping; normalization idempotent; the JSON output valid
against the published schema (``vn-egov-extract schema``) and round-tripping through the
pydantic models.

Examples per property: ``VN_EGOV_HYPOTHESIS_EXAMPLES`` (default 100; the acceptance run uses
2000: ``VN_EGOV_HYPOTHESIS_EXAMPLES=2000 python -m pytest tests/robustness/test_properties_robust.py``).
"""

from __future__ import annotations

import json
import os
from functools import cache

import pytest
from badinputs import docx_valid, pdf_valid
from conftest import SEEDS
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vn_egov_extract import DocumentResult, ErrorKind, Extractor
from vn_egov_extract.normalize import normalize_text

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the [test] extra")

EXAMPLES = int(os.environ.get("VN_EGOV_HYPOTHESIS_EXAMPLES", "100"))
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
DOCUMENTED = {k.value for k in ErrorKind}
_EX = Extractor()
_EX_TOKENS = Extractor(tokens=True, redact_pii=True)


@cache
def _validator():
    schema = DocumentResult.model_json_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def check(r: DocumentResult) -> None:
    """The invariants every result keeps."""
    t = r.text
    prev = 0
    for e in r.entities:  # valid, sorted, non-overlapping
        assert 0 <= e.start < e.end <= len(t)
        assert t[e.start : e.end] == e.text
        assert e.start >= prev
        prev = e.end
    prev = 0
    for s in r.sentences:
        assert t[s.start : s.end] == s.text
        assert s.start >= prev
        prev = s.end
        for tok in s.tokens or []:
            assert s.start <= tok.start < tok.end <= s.end
            assert t[tok.start : tok.end] == tok.text
    for c in r.claims:
        assert t[c.evidence.start : c.evidence.end] == c.evidence.text
        if c.subject.start is not None and c.subject.text is not None:
            assert t[c.subject.start : c.subject.end] == c.subject.text
    for b in r.boilerplate:
        assert 0 <= b.start <= b.end <= len(t)
    assert {e.kind for e in r.errors} <= DOCUMENTED
    data = json.loads(r.model_dump_json())
    _validator().validate(data)
    assert DocumentResult.model_validate(data) == r
    assert normalize_text(t) == t  # the emitted text is in normal form


# ----------------------------------------------------------------------------- mutated seeds

_inserts = st.one_of(
    st.text(max_size=20),
    st.sampled_from(
        [
            "%",
            "37,43%",
            " từ ",
            " đến ",
            "\n",
            "|",
            " | ",
            "Số: ",
            "/",
            "-",
            ".",
            "UBND tỉnh ",
            "ngày 21/7/2021",
            "\u0301",
            "\u00a0",
            "\u200b",
            "\ufffd",
            "Ð",
            "\x00",
            "\r\n",
            "\t",
        ]
    ),
)


@st.composite
def mutated_seed(draw) -> str:
    """A window of a seed (up to 3,000 characters) with up to 8 random edits: delete, insert,
    duplicate or move a slice, or change the case of one."""
    text = draw(st.sampled_from(SEED_TEXTS))
    start = draw(st.integers(0, max(0, len(text) - 1)))
    text = text[start : start + draw(st.integers(0, 3000))]
    for _ in range(draw(st.integers(0, 8))):
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 200)))
        op = draw(st.sampled_from(["delete", "insert", "duplicate", "move", "upper", "lower"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(_inserts) + text[i:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "move":
            piece, rest = text[i:j], text[:i] + text[j:]
            k = draw(st.integers(0, len(rest)))
            text = rest[:k] + piece + rest[k:]
        elif op == "upper":
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:i] + text[i:j].lower() + text[j:]
    return text


@SETTINGS
@given(mutated_seed())
def test_mutated_seed_text(text):
    check(_EX.extract(text))


@SETTINGS
@given(mutated_seed())
def test_mutated_seed_text_with_tokens_and_redaction(text):
    r = _EX_TOKENS.extract(text)
    check(r)
    assert len(r.text) == len(normalize_text(text))


@SETTINGS
@given(mutated_seed())
def test_normalization_idempotent_on_mutated_seeds(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


# ----------------------------------------------------------------------------- bytes

_DOCX = docx_valid()
_PDF = pdf_valid()
_ENCODINGS = ["utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32", "cp1258", "latin-1", "utf-8-sig"]


@st.composite
def document_bytes(draw) -> bytes:
    """Arbitrary bytes, (mutated) seed text in one of several encodings, or a small DOCX or PDF;
    possibly cut, with bytes flipped."""
    kind = draw(st.sampled_from(["binary", "encoded", "encoded", "container"]))
    if kind == "binary":
        return draw(st.binary(max_size=2000))
    if kind == "container":  # a DOCX or a PDF, cut and with bytes flipped below
        data = draw(st.sampled_from([_DOCX, _PDF]))
    else:
        text = draw(st.one_of(mutated_seed(), st.text(max_size=300)))
        data = text.encode(draw(st.sampled_from(_ENCODINGS)), errors="replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(0, len(data)))]
    for _ in range(draw(st.integers(0, 3))):
        if data:
            i = draw(st.integers(0, len(data) - 1))
            data = data[:i] + bytes([draw(st.integers(0, 255))]) + data[i + 1 :]
    return data


# errors of one page (an unreadable page, pages past --max-pages): the other pages' results are kept
PAGE_LEVEL = {ErrorKind.PAGE_UNREADABLE, ErrorKind.TOO_LARGE}
# found by hypothesis: a NUL byte inside page 1's dictionary; page 1 still reads, page 2 does not
_PDF_NUL_IN_PAGE = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
    b"<< /Type /Pages /Kids [5 0 R 7 0 R] /Count 2 >>\nendobj\n3 0 obj\n<< /Type /Font /Subtype /Type1 "
    b"\x01BaseFont /Helvetica >>\nendobj\n4 0 obj\n<< /Length 58 >>\nstream\nBT /F1 12 Tf 72 720 Td "
    b"(Ha Noi dat 23,88% nam 2020.) Tj ET\nendstream\nendobj\n5 0 obj\n<< /Type /Page /Parent 2 0 R "
    b"/MediaBox [0 0 612 792] \x00Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>\nendobj\n6 0 obj"
    b"\n<< /Length 39 >>\nstream\nBT /F1 12 Tf 72 720 Td (Trang 2.) Tj ET\nendstream\nendobj\n7 0 obj\n"
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
    b"/Contents 6 0 R >>\nendobj\nxref\n0 8\n0000000000 65535 f \n0000000015 00000 n \n"
    b"0000000064 00000 n \n0000000127 00000 n \n0000000197 00000 n \n0000000305 00000 n \n"
    b"0000000431 00000 n \n0000000520 00000 n \ntrailer\n<< /Size 8 /Root 1 0 R /ID "
    b"[<e6b66f8b81f4485f2495734109c401eb> <e6b66f8b81f4485f2495734109c401eb>] >>\nstartxref\n646\n%%EOF\n"
)


@SETTINGS
@given(document_bytes(), st.sampled_from(["a.txt", "a.pdf", "a.docx", "a.html", "noext", ""]))
@example(_PDF_NUL_IN_PAGE, "a.txt")
def test_arbitrary_bytes(data, name):
    r = _EX.extract_bytes(data, name=name)
    check(r)
    if any(e.severity == "error" and e.kind not in PAGE_LEVEL for e in r.errors):
        assert r.claims == [] and r.entities == []
