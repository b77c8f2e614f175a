"""Tables: the layouts found in text (pipe, tab, multi-line cells), and the claims read from
tables — text tables and the row/cell structures readers hand over (PDF, DOCX, HTML)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from vn_egov_extract import Extractor
from vn_egov_extract.models import Table, TableCell, TableRow
from vn_egov_extract.readers import ReadResult, register
from vn_egov_extract.tables import find_multiline_tables, find_text_tables

# ------------------------------------------------------------------ layouts


def _cells(t: Table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in t.rows]


LAYOUTS = [
    pytest.param(
        "I. BỘ, NGÀNH\nTT | Bộ, ngành | Tỉ lệ DVCTT mức 4 |\n1 | Bộ Y tế | 100% |\n2 | Bộ Tư pháp | 7,87% |\nGhi chú: số liệu",
        [["TT", "Bộ, ngành", "Tỉ lệ DVCTT mức 4"], ["1", "Bộ Y tế", "100%"], ["2", "Bộ Tư pháp", "7,87%"]],
        ("I. BỘ, NGÀNH", "Ghi chú: số liệu", 1),
        id="seed-pipe-table",
    ),
    pytest.param(
        "| Tỉnh | Tỷ lệ |\n|---|---|\n| Hà Nội | 45% |\n| Huế | 54% |",
        [["Tỉnh", "Tỷ lệ"], ["Hà Nội", "45%"], ["Huế", "54%"]],
        (None, None, 1),
        id="markdown-rule-line",
    ),
    pytest.param(
        "Tỉnh\tTỷ lệ hồ sơ trực tuyến\nĐồng Nai\t35,2%\nBình Dương\t41,7%",
        [["Tỉnh", "Tỷ lệ hồ sơ trực tuyến"], ["Đồng Nai", "35,2%"], ["Bình Dương", "41,7%"]],
        (None, None, 1),
        id="tab-separated",
    ),
    pytest.param(
        "Căn cứ Phụ lục 1 như sau:\n\nTT | Chỉ tiêu | Đơn vị | Kết quả |\n\n**Đến năm 2030**\n\n1 | Tỉ lệ A | % | ≥ 80 |\n2 | Tỉ lệ B | % | 90 |",
        [
            ["TT", "Chỉ tiêu", "Đơn vị", "Kết quả"],
            ["**Đến năm 2030**"],
            ["1", "Tỉ lệ A", "%", "≥ 80"],
            ["2", "Tỉ lệ B", "%", "90"],
        ],
        ("Căn cứ Phụ lục 1 như sau:", None, 1),
        id="real-nq71-detached-header-and-section-row",
    ),
    pytest.param(
        "|\n**STT**\n|\n**TIÊU CHÍ**\n|\n**ĐIỂM**\n|\n|\n1\n|\nTỷ lệ người hưởng trợ cấp\ncó tài khoản\n|\n**20**\n|\n|\n2\n|\nTỷ lệ nhận tiền\nqua tài khoản\n|\n**40**\n|",
        [
            ["**STT**", "**TIÊU CHÍ**", "**ĐIỂM**"],
            ["1", "Tỷ lệ người hưởng trợ cấp\ncó tài khoản", "**20**"],
            ["2", "Tỷ lệ nhận tiền\nqua tài khoản", "**40**"],
        ],
        (None, None, 1),
        id="real-kh157-multiline-cells",
    ),
    pytest.param(
        "|\n**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ CẦN THƠ\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\n|\nSố: 157/KH-UBND\n|\n*Cần Thơ, ngày 18 tháng 11 năm 2025*\n|",
        [
            ["**ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ CẦN THƠ", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"],
            ["Số: 157/KH-UBND", "*Cần Thơ, ngày 18 tháng 11 năm 2025*"],
        ],
        (None, None, 1),
        id="real-letterhead-two-columns",
    ),
    pytest.param(
        "|\n1\n|\nHà Nội\n|\n45%\n|\n|\n2\n|\nHuế\n|\n|\n|\n3\n|\nĐà Nẵng\n|\n51%\n|",
        [["1", "Hà Nội", "45%"], ["2", "Huế", ""], ["3", "Đà Nẵng", "51%"]],
        (None, None, 0),
        id="multiline-empty-cell-keeps-columns",
    ),
]


@pytest.mark.parametrize("text,rows,meta", LAYOUTS)
def test_table_layouts(text, rows, meta):
    tables = find_text_tables(text)
    assert len(tables) == 1
    t = tables[0]
    assert _cells(t) == rows
    assert (t.caption, t.note, t.header_rows) == meta
    for r in t.rows:
        for c in r.cells:
            assert text[c.start : c.end] == c.text
            assert r.start <= c.start <= c.end <= r.end or c.start == c.end


NOT_TABLES = [
    pytest.param("Một dòng | có | ba ô nhưng đứng một mình.\nDòng sau không có ô.", id="single-pipe-line"),
    pytest.param("|\nChỉ một ô\n|", id="one-cell-between-pipes"),
    pytest.param("|\n**TM. ỦY BAN NHÂN DÂN**\nKT. CHỦ TỊCH\n|\n\n\n**PHỤ LỤC**", id="signature-block"),
    pytest.param("Văn bản thường, không có bảng.\n\nĐoạn thứ hai.", id="prose"),
]


@pytest.mark.parametrize("text", NOT_TABLES)
def test_not_tables(text):
    assert find_text_tables(text) == []
    assert find_multiline_tables(text) == []


# ------------------------------------------------------------------ claims from tables


@pytest.fixture(scope="module")
def ex() -> Extractor:
    return Extractor()


def _claims(ex: Extractor, text: str, doc_date: str) -> list[tuple]:
    r = ex.extract(text, doc_date=dt.date.fromisoformat(doc_date))
    out = []
    for c in r.claims:
        assert r.text[c.evidence.start : c.evidence.end] == c.evidence.text
        if c.metric.start is not None:
            assert r.text[c.metric.start : c.metric.end] == c.metric.text
        out.append(
            (c.subject.name, c.metric.key, c.value.value, c.value.qualifier, c.status, c.period.start, c.period.end)
        )
    return sorted(out, key=str)


TABLE_CLAIMS = [
    pytest.param(  # seed 003: metric from the column header, period from the note
        "TT | Tỉnh/Thành phố trực thuộc Trung ương | Tỉ lệ DVCTT mức 4 |\n"
        "1 | Thừa Thiên - Huế | 54,53% |\n"
        "2 | Tiền Giang | 45,12% |\n"
        "Ghi chú: Số liệu này được tổng hợp vào ngày 20/8/2020, từ các báo cáo.",
        "2020-09-10",
        [
            ("Thừa Thiên Huế", "dvc_level4_rate", 54.53, "exact", "achieved", None, "2020-08-20"),
            ("Tiền Giang", "dvc_level4_rate", 45.12, "exact", "achieved", None, "2020-08-20"),
        ],
        id="seed-pipe-note-period",
    ),
    pytest.param(  # tvpl-nq-71: "%" in the unit column, "≥ 80" in the next; the monitoring body is no subject
        "# Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ\n\n"
        "Căn cứ theo Phụ lục 1 Chương trình ban hành kèm theo Nghị quyết số 71/NQ-CP năm 2025 như sau:\n\n"
        "TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá |\n\n"
        "**Đến năm 2030**\n\n"
        "7 | Số doanh nghiệp công nghệ số | Doanh nghiệp | ≥ 5 | Bộ Khoa học và Công nghệ |\n"
        "10 | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ Khoa học và Công nghệ |\n"
        "11.2 | Tỉ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính | % | 90 | Văn phòng Chính phủ |\n"
        "16 | Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển | % | > 60 | Bộ Khoa học và Công nghệ |\n",
        "2025-04-01",
        [
            ("Việt Nam", "other", 30.0, "at_least", "target", None, "2030-12-31"),
            ("Việt Nam", "dvc_level4_rate", 90.0, "exact", "target", None, "2030-12-31"),
            ("Việt Nam", "other", 60.0, "more_than", "target", None, "2030-12-31"),
        ],
        id="real-nq71-unit-column-section-period",
    ),
    pytest.param(  # trafilatura multi-line cells with provinces
        "Kết quả 6 tháng đầu năm 2024 như sau:\n\n"
        "|\nTT\n|\nTỉnh, thành phố\n|\nTỷ lệ hồ sơ\ntrực tuyến\n|\n|\n1\n|\nQuảng\nNinh\n|\n68,2%\n|\n|\n2\n|\nBắc Ninh\n|\n55,9%\n|\n",
        "2024-07-10",
        [
            ("Bắc Ninh", "online_dossier_rate", 55.9, "exact", "achieved", "2024-01-01", "2024-06-30"),
            ("Quảng Ninh", "online_dossier_rate", 68.2, "exact", "achieved", "2024-01-01", "2024-06-30"),
        ],
        id="style-multiline-provinces",
    ),
    pytest.param(  # year columns: each column its own period; a future year is a target
        "Bảng: Tỷ lệ hồ sơ trực tuyến của các địa phương\n"
        "Địa phương | Năm 2023 | Năm 2025 |\n"
        "Lạng Sơn | 31,5% | 60% |\n"
        "Cao Bằng | 28% | 55% |\n",
        "2024-03-01",
        [
            ("Cao Bằng", "online_dossier_rate", 28.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
            ("Cao Bằng", "online_dossier_rate", 55.0, "exact", "target", None, "2025-12-31"),
            ("Lạng Sơn", "online_dossier_rate", 31.5, "exact", "achieved", "2023-01-01", "2023-12-31"),
            ("Lạng Sơn", "online_dossier_rate", 60.0, "exact", "target", None, "2025-12-31"),
        ],
        id="style-year-columns",
    ),
    pytest.param(  # targets of a plan: "Chỉ tiêu" in the header
        "Tên chỉ tiêu | Tỉnh | Chỉ tiêu năm 2025 |\n"
        "Tỷ lệ dịch vụ công trực tuyến mức độ 4 | Vĩnh Long | 80% |\n"
        "Tỷ lệ hồ sơ giải quyết trực tuyến | Vĩnh Long | 50% |\n",
        "2025-01-15",
        [
            ("Vĩnh Long", "dvc_level4_rate", 80.0, "exact", "target", None, "2025-12-31"),
            ("Vĩnh Long", "online_dossier_rate", 50.0, "exact", "target", None, "2025-12-31"),
        ],
        id="style-indicator-column-targets",
    ),
    pytest.param(  # kh-157: a scoring table's cells of running text yield no claim about the city
        "|\n**STT**\n|\n**TIÊU CHÍ THI ĐUA**\n|\n**ĐIỂM CHUẨN**\n|\n**HƯỚNG DẪN CHẤM ĐIỂM**\n|\n|\n5.2\n|\n"
        "Đơn vị có tỷ lệ người hưởng trợ cấp nhận tiền trợ cấp bằng phương thức không dùng tiền mặt từ 88% trở lên.\n|\n5\n|\n"
        "Từ 88 - 90% cộng 02 điểm; từ 90-95% cộng 03 điểm; đạt 100% cộng 05 điểm.\n|\n|\n5.3\n|\nGhi nhận\n|\n5\n|\nTỷ lệ = b/a * 100%;\n|",
        "2025-11-18",
        [("Đơn vị", "other", 88.0, "at_least", "achieved", None, "2025-11-18")],
        id="real-kh157-rubric-cells",
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", TABLE_CLAIMS)
def test_table_claims(ex, text, doc_date, expected):
    assert _claims(ex, text, doc_date) == sorted(expected, key=str)


# ------------------------------------------------------------------ a table handed over by a reader


def _read_test_table(data: bytes, **_: object) -> ReadResult:
    """A reader for the tests: JSON {"text": ..., "rows": [[cell text, ...], ...]} where every cell
    text occurs in ``text`` in order (as a PDF or DOCX reader's table would)."""
    spec = json.loads(data)
    text = spec["text"]
    pos = 0
    rows = []
    for row in spec["rows"]:
        cells = []
        for cell in row:
            i = text.index(cell, pos)
            cells.append(TableCell(text=cell, start=i, end=i + len(cell)))
            pos = i + len(cell)
        rows.append(TableRow(cells=cells, start=cells[0].start, end=cells[-1].end))
    table = Table(
        rows=rows, start=rows[0].start, end=rows[-1].end, header_rows=1, caption=spec.get("caption"), source="pdf"
    )
    return ReadResult(text=text, format="h4table", tables=[table])


register("h4table", _read_test_table, extensions=(".h4table",))


def test_reader_table_rows_become_claims(ex):
    text = (
        "Phụ lục: Tỷ lệ dịch vụ công trực tuyến mức độ 4 của các bộ (số liệu tính đến ngày 30/6/2021)\n"
        "Bộ, ngành\nTỷ lệ DVCTT mức 4\nBộ Công Thương\n21,23%\nBộ Nội vụ\n35,83%\n"
    )
    spec = {
        "text": text,
        "rows": [["Bộ, ngành", "Tỷ lệ DVCTT mức 4"], ["Bộ Công Thương", "21,23%"], ["Bộ Nội vụ", "35,83%"]],
    }
    r = ex.extract_bytes(json.dumps(spec, ensure_ascii=False).encode(), name="annex.h4table", doc_date="2021-07-15")
    assert r.tables and r.tables[0].source == "pdf"
    got = sorted((c.subject.name, c.metric.key, c.value.value, c.status, c.period.end, c.rule) for c in r.claims)
    assert got == [
        ("Bộ Công Thương", "dvc_level4_rate", 21.23, "achieved", "2021-06-30", "claim.table"),
        ("Bộ Nội vụ", "dvc_level4_rate", 35.83, "achieved", "2021-06-30", "claim.table"),
    ]
    for c in r.claims:
        assert r.text[c.evidence.start : c.evidence.end] == c.evidence.text
