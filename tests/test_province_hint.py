"""The caller's home province (`Extractor(province=...)`, CLI `--province`): items of a provincial
paper or portal that never name their province ("toàn tỉnh", "Sở Tư pháp", "UBND tỉnh") — the main
miss kind of the blind held-out sets h15 and h18 — resolve to it; a province the text names, or a
letterhead, still wins."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from vn_egov_extract import Extractor

CASES = [
    # (text, province hint, expected claim subjects, expected AGENCY text → location)
    pytest.param(
        "Trong quý I/2023, toàn tỉnh có 178.661 hồ sơ; tỷ lệ hồ sơ được giải quyết đúng hạn đạt 97%.",
        "Thái Nguyên",
        ["Thái Nguyên"],
        {},
        id="h18-baothainguyen-toan-tinh",
    ),
    pytest.param(
        "Tháng 9/2021, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 4.131 hồ sơ. Tỷ lệ hồ sơ trực tuyến"
        " trung bình đạt 18,9%.",
        "Vĩnh Phúc",
        ["Vĩnh Phúc"],
        {"Trung tâm Phục vụ hành chính công tỉnh": "Vĩnh Phúc"},
        id="h15-vinhphuc-portal-centre",
    ),
    pytest.param(
        "Năm 2020, Sở Tư pháp và Công an tỉnh đã giải quyết 99% hồ sơ đúng hạn.",
        "Bến Tre",
        ["Bến Tre"],
        {"Sở Tư pháp": "Bến Tre", "Công an tỉnh": "Bến Tre"},
        id="style-departments-of-an-unnamed-province",
    ),
    pytest.param(
        "Năm 2020, toàn tỉnh đã giải quyết 99% hồ sơ đúng hạn.",
        "tp.hcm",
        ["Hồ Chí Minh"],
        {},
        id="style-hint-in-another-spelling",
    ),
    # negatives: no hint keeps "tỉnh"; a named province wins over the hint
    pytest.param(
        "Năm 2020, toàn tỉnh đã giải quyết 99% hồ sơ đúng hạn.",
        None,
        ["tỉnh"],
        {},
        id="negative-no-hint",
    ),
    pytest.param(
        "Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh Long An đạt 35%.",
        "Bến Tre",
        ["Long An"],
        {},
        id="negative-named-province-wins",
    ),
    pytest.param(
        "ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\n\nNăm 2021, Sở Tư pháp đã giải quyết 98% hồ sơ đúng hạn.",
        "Bến Tre",
        ["Phú Thọ"],
        {"Sở Tư pháp": "Phú Thọ"},
        id="negative-letterhead-wins",
    ),
]


@pytest.mark.parametrize(("text", "province", "subjects", "locations"), CASES)
def test_home_province_hint(text, province, subjects, locations):
    r = Extractor(province=province).extract(text, doc_date=dt.date(2023, 12, 31))
    assert [c.subject.name for c in r.claims] == subjects
    got = {e.text: e.value.location for e in r.entities if e.label == "AGENCY"}
    for name, loc in locations.items():
        assert got.get(name) == loc


@pytest.mark.parametrize("bad", ["Atlantis", "Việt Nam", "Bộ Tư pháp"])
def test_a_hint_that_is_no_province_is_refused(bad):
    with pytest.raises(ValueError, match="not a province"):
        Extractor(province=bad)


def test_cli_province_option(tmp_path):
    src = tmp_path / "bao.txt"
    src.write_text("Năm 2020, toàn tỉnh đã giải quyết 99% hồ sơ đúng hạn.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    cli = [sys.executable, "-m", "vn_egov_extract.cli", "extract", str(src), "-o", str(out), "-q"]
    p = subprocess.run([*cli, "--province", "Bến Tre"], capture_output=True, text=True, check=False)
    assert p.returncode == 0, p.stderr
    (d,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [c["subject"]["name"] for c in d["claims"]] == ["Bến Tre"]
    p = subprocess.run([*cli, "--province", "Atlantis"], capture_output=True, text=True, check=False)
    assert p.returncode == 2 and "not a province" in p.stderr
