"""Tables: the layouts found in text (pipe, tab, multi-line cells), and the claims read from
tables — text tables and the row/cell structures readers hand over (PDF, DOCX, HTML)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vn_egov_extract import Extractor
from vn_egov_extract.models import Table, TableCell, TableRow
from vn_egov_extract.readers import ReadResult, register
from vn_egov_extract.tables import cell_column, column_headers, find_multiline_tables, find_text_tables, section_level

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


# ------------------------------------------------------------------ runs of "|" lines holding several tables

# A Công điện's annex (cd-220 kind, rewritten with other provinces and numbers): a signature block,
# the annex caption where a row break belongs, a two-row header whose cells span sub-columns, a
# section row, rows whose last cell (the remark) is empty, a total row spanning "STT" and "Tỉnh",
# footnotes after the last "|".
ANNEX = (
    "Đây là nhiệm vụ cấp bách./.\n"
    "|\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n|\n**BỘ TRƯỞNG**\nNguyễn Văn Bình\n|\n"
    "**PHỤ LỤC**\nKẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN\n*(Kèm theo Công văn số 12/BNV-VP ngày 5 tháng 3 năm 2024)*\n"
    "|\n**STT**\n|\n**Tỉnh**\n|\n**Số TTHC**\n|\n**Kết quả thực hiện**\n|\n**Tỷ lệ thực hiện\n(%)**\n|\n**Ghi chú**\n|\n"
    "|\n**Tổng số**\n|\n**Không phát sinh hồ sơ**\n|\n**Đã cung cấp**\n|\n**Chưa cung cấp**\n|\n"
    "|\n**I. Miền núi phía Bắc**\n|\n"
    "|\n1.\n|\nHà Giang\n|\n120\n|\n-\n|\n96\n|\n24\n|\n80\n|\n|\n"
    "|\n2.\n|\nTP Hải Phòng\n|\n210\n|\n10\n|\n200\n|\n0\n|\n100\n|\nĐã hoàn thành\n|\n"
    "|\n**Tổng số**\n|\n**330**\n|\n**10**\n|\n**296**\n|\n**24**\n|\n**92,5**\n|\n|\n"
    "** **\n[1] Số liệu của Hà Giang tính đến ngày 01/3/2024.\n"
)

# A decision's indicator annex (qd-2629 kind, other indicators and stages): stage rows written
# with all their (empty) cells, a unit column, the body that monitors each indicator.
STAGES = (
    "**PHỤ LỤC**\nCÁC CHỈ TIÊU CỤ THỂ\n"
    "|\n**TT**\n|\n**Chỉ tiêu**\n|\n**Đơn vị**\n|\n**Kết quả**\n|\n**Cơ quan chủ trì theo dõi**\n|\n"
    "|\n**I**\n|\n**Giai đoạn 2026-2028**\n|\n|\n|\n|\n"
    "|\n1\n|\nTỉ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến\n|\n%\n|\n90%\n|\nVăn phòng Chính phủ\n|\n"
    "|\n**II**\n|\n**Giai đoạn 2029-2031**\n|\n|\n|\n|\n"
    "|\n1\n|\nTỉ lệ người dân có chữ ký số\n|\n%\n|\n70%\n|\nBộ Công an\n|\n"
)

# two tables in one run with no text between them: the second starts at its "STT" header
TWO_TABLES = (
    "|\n**STT**\n|\n**Bộ**\n|\n**Tỷ lệ (%)**\n|\n|\n1\n|\nBộ Y tế\n|\n90\n|\n|\n2\n|\nBộ Nội vụ\n|\n80\n|\n"
    "|\n**STT**\n|\n**Tỉnh**\n|\n**Số hồ sơ**\n|\n**Ghi chú**\n|\n|\n1\n|\nNghệ An\n|\n1.200\n|\n|\n"
    "|\n2\n|\nHà Tĩnh\n|\n950\n|\nTạm tính\n|"
)

RUNS = [
    pytest.param(
        ANNEX,
        [
            (
                "**PHỤ LỤC**\nKẾT QUẢ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN\n"
                "*(Kèm theo Công văn số 12/BNV-VP ngày 5 tháng 3 năm 2024)*",
                2,
                [
                    [
                        "**STT**",
                        "**Tỉnh**",
                        "**Số TTHC**",
                        "**Kết quả thực hiện**",
                        "**Tỷ lệ thực hiện\n(%)**",
                        "**Ghi chú**",
                    ],
                    ["**Tổng số**", "**Không phát sinh hồ sơ**", "**Đã cung cấp**", "**Chưa cung cấp**"],
                    ["**I. Miền núi phía Bắc**"],
                    ["1.", "Hà Giang", "120", "-", "96", "24", "80", ""],
                    ["2.", "TP Hải Phòng", "210", "10", "200", "0", "100", "Đã hoàn thành"],
                    ["**Tổng số**", "**330**", "**10**", "**296**", "**24**", "**92,5**", ""],
                ],
            )
        ],
        id="real-cd220-annex-after-signature-grouped-header",
    ),
    pytest.param(
        STAGES,
        [
            (
                "CÁC CHỈ TIÊU CỤ THỂ",
                1,
                [
                    ["**TT**", "**Chỉ tiêu**", "**Đơn vị**", "**Kết quả**", "**Cơ quan chủ trì theo dõi**"],
                    ["**I**", "**Giai đoạn 2026-2028**", "", "", ""],
                    ["1", "Tỉ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến", "%", "90%", "Văn phòng Chính phủ"],
                    ["**II**", "**Giai đoạn 2029-2031**", "", "", ""],
                    ["1", "Tỉ lệ người dân có chữ ký số", "%", "70%", "Bộ Công an"],
                ],
            )
        ],
        id="real-qd2629-stage-rows-with-empty-cells",
    ),
    pytest.param(
        TWO_TABLES,
        [
            (None, 1, [["**STT**", "**Bộ**", "**Tỷ lệ (%)**"], ["1", "Bộ Y tế", "90"], ["2", "Bộ Nội vụ", "80"]]),
            (
                None,
                1,
                [
                    ["**STT**", "**Tỉnh**", "**Số hồ sơ**", "**Ghi chú**"],
                    ["1", "Nghệ An", "1.200", ""],
                    ["2", "Hà Tĩnh", "950", "Tạm tính"],
                ],
            ),
        ],
        id="style-two-tables-meet-at-order-header",
    ),
]


@pytest.mark.parametrize("text,expected", RUNS)
def test_tables_in_one_run_of_pipe_lines(text, expected):
    tables = find_text_tables(text)
    got = [(t.caption, t.header_rows, _cells(t)) for t in tables]
    assert got == expected
    for t in tables:
        assert t.start <= t.rows[0].start and t.rows[-1].end <= t.end
        for r in t.rows:
            for c in r.cells:
                assert text[c.start : c.end] == c.text
    assert all("Nơi nhận" not in c.text and "[1]" not in c.text for t in tables for r in t.rows for c in r.cells)


def test_grouped_header_columns():
    (t,) = find_text_tables(ANNEX)
    heads = {col: [" ".join(c.text.strip("*").split()) for c in cells] for col, cells in column_headers(t).items()}
    assert heads == {
        0: ["STT"],
        1: ["Tỉnh"],
        2: ["Số TTHC", "Tổng số"],
        3: ["Số TTHC", "Không phát sinh hồ sơ"],
        4: ["Kết quả thực hiện", "Đã cung cấp"],
        5: ["Kết quả thực hiện", "Chưa cung cấp"],
        6: ["Tỷ lệ thực hiện (%)"],
        7: ["Ghi chú"],
    }
    total = t.rows[-1]
    assert [cell_column(total, i, 8) for i in range(len(total.cells))] == [1, 2, 3, 4, 5, 6, 7]
    assert cell_column(t.rows[2], 0, 8) == 0  # a section label stays put


@pytest.mark.parametrize(
    "label,level",
    [("**I**", 1), ("I.1", 2), ("*III.1.2*", 3), ("**II. Địa phương**", 1), ("**Đến năm 2030**", 0), ("b)", 2)],
)
def test_section_level(label, level):
    assert section_level(label) == level


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


TABLE_CLAIMS += [
    pytest.param(  # cd-220 kind: a results annex of a directive; bare numbers under "(%)"; a total row is a group
        ANNEX,
        "2024-03-10",
        [
            ("Hà Giang", "other", 80.0, "exact", "achieved", None, "2024-03-10"),
            ("Hải Phòng", "other", 100.0, "exact", "achieved", None, "2024-03-10"),
            ("Tổng số", "other", 92.5, "exact", "achieved", None, "2024-03-10"),
        ],
        id="real-cd220-results-annex-rows",
    ),
    pytest.param(  # qd-2629 kind: a stage row gives the period of the rows under it; a target over a span keeps its start
        STAGES,
        "2025-12-01",
        [
            ("Việt Nam", "online_dossier_rate", 90.0, "exact", "target", "2026-01-01", "2028-12-31"),
            ("Việt Nam", "other", 70.0, "exact", "target", "2029-01-01", "2031-12-31"),
        ],
        id="real-qd2629-stage-periods",
    ),
    pytest.param(  # kh-144 kind: values inside the indicator cells of a plan's annex are its targets
        "**PHỤ LỤC**\nPHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU ĐẾN NĂM 2030\n"
        "*(Kèm theo Kế hoạch số 50/KH-UBND ngày 3/3/2025 của UBND tỉnh Lào Cai)*\n\n"
        "|\n**TT**\n|\n**Chỉ tiêu**\n|\n**Chủ trì**\n|\n|\n1\n|\nKinh tế số chiếm 30% GRDP tỉnh.\n|\nSở Tài chính\n|\n"
        "|\n2\n|\nTỷ lệ doanh nghiệp ứng dụng công nghệ số đạt tối\nthiểu 70%.\n|\nSở Công Thương\n|",
        "2025-03-03",
        [
            ("Lào Cai", "other", 30.0, "exact", "target", None, "2030-12-31"),
            ("Lào Cai", "other", 70.0, "at_least", "target", None, "2030-12-31"),
        ],
        id="real-kh144-indicator-cells-are-targets",
    ),
    pytest.param(  # cv-6225 kind: a task table; the deadline column gives the period, the task is a target
        "|\n**STT**\n|\n**Tên nhiệm vụ**\n|\n**Cơ quan chủ trì**\n|\n**Thời hạn hoàn thành**\n|\n"
        "|\n1\n|\nTích hợp 100% dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia\n|\nVăn phòng Bộ\n|\n01/7/2026\n|\n"
        "|\n2\n|\nXây dựng cơ sở dữ liệu ngành\n|\nTrung tâm Công nghệ thông tin\n|\nTháng 12/2026\n|",
        "2025-11-18",
        [("Việt Nam", "dvc_level34_portal_rate", 100.0, "exact", "target", None, "2026-07-01")],
        id="real-cv6225-task-deadline",
    ),
    pytest.param(  # cd-220 Phụ lục III kind: "99.4%" in a document that writes "85,5%" elsewhere
        "Tỷ lệ chung đạt 85,5%.\n\n|\n**STT**\n|\n**Địa phương**\n|\n**Số TTHC**\n|\n**Tỷ lệ**\n|\n"
        "|\n1.\n|\nTp Cần Thơ\n|\n2100\n|\n99.4%\n|\n|\n2.\n|\nQuảng Trị\n|\n1950\n|\n13.0%\n|",
        "2025-11-18",
        [
            ("Cần Thơ", "other", 99.4, "exact", "achieved", None, "2025-11-18"),
            ("Quảng Trị", "other", 13.0, "exact", "achieved", None, "2025-11-18"),
            ("Việt Nam", "other", 85.5, "exact", "achieved", None, "2025-11-18"),
        ],
        id="real-cd220-dot-decimal-cells",
    ),
    pytest.param(  # a results table of a plan ("Kết quả ... năm 2024") reports, though the document prescribes
        "KẾ HOẠCH\nChuyển đổi số năm 2025\n\nKết quả thực hiện năm 2024:\n"
        "Địa phương | Tỷ lệ hồ sơ trực tuyến |\nGia Lai | 61,2% |\nKon Tum | 58% |\n",
        "2025-01-20",
        [
            ("Gia Lai", "online_dossier_rate", 61.2, "exact", "achieved", "2024-01-01", "2024-12-31"),
            ("Kon Tum", "online_dossier_rate", 58.0, "exact", "achieved", "2024-01-01", "2024-12-31"),
        ],
        id="style-results-table-in-a-plan",
    ),
]


TABLE_CLAIMS += [
    pytest.param(  # cv-6225 kind: a ministry's letter assigning tasks to its units; the ministry is the subject
        "BỘ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 512/BYT-CNTT | Hà Nội, ngày 10 tháng 3 năm 2025 |\n\n"
        "V/v triển khai nhiệm vụ chuyển đổi số năm 2025\n\nKính gửi: Các đơn vị thuộc Bộ.\n\n"
        "Bộ Y tế đề nghị các đơn vị thực hiện các nhiệm vụ sau:\n\n"
        "STT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn hoàn thành |\n"
        "1 | Tích hợp 100% dịch vụ công trực tuyến lên Cổng DVC quốc gia | Cục Công nghệ thông tin | 30/6/2025 |\n"
        "2 | Số hóa hồ sơ lưu trữ | Văn phòng Bộ | Tháng 12/2025 |\n",
        "2025-03-10",
        [("Bộ Y tế", "dvc_level34_portal_rate", 100.0, "exact", "target", None, "2025-06-30")],
        id="real-cv6225-ministry-task-table",
    ),
]


TABLE_CLAIMS += [
    pytest.param(  # a statistical table whose unit line says "%": year columns, each its own period
        "Bảng 1. Tỷ lệ hồ sơ trực tuyến của các tỉnh\n(Đơn vị tính: %)\n"
        "Tỉnh | Năm 2023 | Năm 2024 |\nHuế | 41 | 55,5 |\nHà Nam | 38 | 60 |\n",
        "2025-01-10",
        [
            ("Hà Nam", "online_dossier_rate", 38.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
            ("Hà Nam", "online_dossier_rate", 60.0, "exact", "achieved", "2024-01-01", "2024-12-31"),
            ("Thừa Thiên Huế", "online_dossier_rate", 41.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
            ("Thừa Thiên Huế", "online_dossier_rate", 55.5, "exact", "achieved", "2024-01-01", "2024-12-31"),
        ],
        id="style-unit-line-year-columns",
    ),
]


TABLE_CLAIMS += [
    pytest.param(  # indicators in rows, places in columns: each column's header is the subject
        "Bảng so sánh năm 2023:\nChỉ tiêu | Hà Nội | Đà Nẵng |\nTỷ lệ hồ sơ trực tuyến | 45% | 67% |\n"
        "Tỷ lệ dịch vụ công trực tuyến toàn trình | 80% | 92% |\n",
        "2024-03-01",
        [
            ("Hà Nội", "online_dossier_rate", 45.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
            ("Đà Nẵng", "online_dossier_rate", 67.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
            ("Hà Nội", "dvc_level4_rate", 80.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
            ("Đà Nẵng", "dvc_level4_rate", 92.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
        ],
        id="style-places-in-columns",
    ),
    pytest.param(  # a plan's table: the column of a year already over reports, the plan's year is the target
        "KẾ HOẠCH\nChuyển đổi số năm 2025\n\nTỉnh | Năm 2023 | Năm 2025 |\nBình Phước | 35% | 60% |\n",
        "2025-02-01",
        [
            ("Bình Phước", "other", 35.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
            ("Bình Phước", "other", 60.0, "exact", "target", None, "2025-12-31"),
        ],
        id="style-plan-past-year-column-reports",
    ),
    pytest.param(  # "Chỉ tiêu" naming the indicator column of a news table is no target word
        "Theo số liệu công bố, kết quả năm 2024 như sau:\n\nChỉ tiêu | Tỷ lệ |\n"
        "Hồ sơ trực tuyến | 52,1% |\nThanh toán trực tuyến | 48% |\n",
        "2025-01-15",
        [
            ("Việt Nam", "online_dossier_rate", 52.1, "exact", "achieved", "2024-01-01", "2024-12-31"),
            ("Việt Nam", "other", 48.0, "exact", "achieved", "2024-01-01", "2024-12-31"),
        ],
        id="style-indicator-header-in-a-report",
    ),
]


TABLE_CLAIMS += [
    pytest.param(  # a provincial plan's indicators: unit column, one column per target year, the leading body
        "KẾ HOẠCH\nChuyển đổi số tỉnh Bình Định năm 2025\n\n"
        "TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030 | Cơ quan chủ trì |\n"
        "1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 60 | 90 | Sở Nội vụ |\n"
        "2 | Tỷ lệ dân số có tài khoản thanh toán | % | ≥ 80 | 100 | Ngân hàng Nhà nước |\n",
        "2025-03-01",
        [
            ("Bình Định", "online_dossier_rate", 60.0, "exact", "target", None, "2025-12-31"),
            ("Bình Định", "online_dossier_rate", 90.0, "exact", "target", None, "2030-12-31"),
            ("Bình Định", "other", 80.0, "at_least", "target", None, "2025-12-31"),
            ("Bình Định", "other", 100.0, "exact", "target", None, "2030-12-31"),
        ],
        id="real-plan-indicators-by-year",
    ),
]


TABLE_CLAIMS += [
    pytest.param(  # the one date of the header rows, in the subject column's header, is the table's
        "Tỉnh (số liệu đến 30/6/2024) | Tỷ lệ hồ sơ trực tuyến |\nHà Giang | 45% |\nCao Bằng | 38,2% |\n",
        "2024-08-01",
        [
            ("Cao Bằng", "online_dossier_rate", 38.2, "exact", "achieved", None, "2024-06-30"),
            ("Hà Giang", "online_dossier_rate", 45.0, "exact", "achieved", None, "2024-06-30"),
        ],
        id="style-date-in-the-subject-header",
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
        rows=rows,
        start=rows[0].start,
        end=rows[-1].end,
        header_rows=spec.get("header_rows", 1),
        caption=spec.get("caption"),
        source="pdf",
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


def test_reader_table_percent_column_rows_become_claims(ex):
    """A reader's table (PDF, DOCX, HTML) whose rate column says "(%)" in its header and holds bare
    numbers: each row a claim, as in a text table."""
    text = (
        "Bảng 2. Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm 2023\n"
        "STT\nTỉnh\nTỷ lệ hồ sơ trực tuyến (%)\n1\nBình Định\n45,5\n2\nPhú Yên\n38\n"
    )
    spec = {
        "text": text,
        "caption": "Bảng 2. Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm 2023",
        "rows": [["STT", "Tỉnh", "Tỷ lệ hồ sơ trực tuyến (%)"], ["1", "Bình Định", "45,5"], ["2", "Phú Yên", "38"]],
    }
    r = ex.extract_bytes(json.dumps(spec, ensure_ascii=False).encode(), name="rates.h4table", doc_date="2023-07-15")
    pcts = [(e.text, e.value.value) for e in r.entities if e.label == "PERCENT"]
    assert pcts == [("45,5", 45.5), ("38", 38.0)]
    got = sorted(
        (c.subject.name, c.metric.key, c.value.value, c.status, c.period.start, c.period.end) for c in r.claims
    )
    assert got == [
        ("Bình Định", "online_dossier_rate", 45.5, "achieved", "2023-01-01", "2023-06-30"),
        ("Phú Yên", "online_dossier_rate", 38.0, "achieved", "2023-01-01", "2023-06-30"),
    ]


# the same two-row header as readers hand it over: laid on the grid (DOCX repeats a cell merged
# down and leaves the continuation of a cell merged across empty), or flattened and padded at the
# end (HTML)
READER_HEADERS = [
    pytest.param(
        [["STT", "Tỉnh", "Kết quả", "", "Tỷ lệ (%)"], ["STT", "Tỉnh", "Tổng", "Đã cung cấp", "Tỷ lệ (%)"]],
        id="docx-grid",
    ),
    pytest.param(
        [["STT", "Tỉnh", "Kết quả", "Tỷ lệ (%)", ""], ["Tổng", "Đã cung cấp", "", "", ""]],
        id="html-padded",
    ),
]


@pytest.mark.parametrize("header", READER_HEADERS)
def test_reader_table_two_header_rows(ex, header):
    body = [["1", "Yên Bái", "40", "30", "75"], ["2", "Sơn La", "50", "45", "90"]]
    text = "\n".join(" | ".join(r) for r in header + body) + "\n"
    spec = {"text": text, "rows": header + body, "header_rows": 2}
    r = ex.extract_bytes(json.dumps(spec, ensure_ascii=False).encode(), name="grid.h4table", doc_date="2024-12-31")
    assert [(e.text, e.value.value) for e in r.entities if e.label == "PERCENT"] == [("75", 75.0), ("90", 90.0)]
    assert sorted((c.subject.name, c.value.value, c.status) for c in r.claims) == [
        ("Sơn La", 90.0, "achieved"),
        ("Yên Bái", 75.0, "achieved"),
    ]


def test_pipe_table_with_a_cell_merged_across():
    """A pipe table writes a header cell spanning two columns as the cell and an empty one, and
    leaves the cells under the merged-down ones empty in the second header row."""
    text = (
        "| STT | Tỉnh | Kết quả | | Tỷ lệ (%) |\n| | | Tổng | Đã cung cấp | |\n"
        "| 1 | Yên Bái | 40 | 30 | 75 |\n| 2 | Sơn La | 50 | 45 | 90 |\n"
    )
    (t,) = find_text_tables(text)
    assert t.header_rows == 2
    heads = {col: [c.text for c in cells] for col, cells in column_headers(t).items()}
    assert heads == {
        0: ["STT"],
        1: ["Tỉnh"],
        2: ["Kết quả", "Tổng"],
        3: ["Kết quả", "Đã cung cấp"],
        4: ["Tỷ lệ (%)"],
    }


# ------------------------------------------------------------------ invariants

_PIECES = [
    "|",
    "|",
    "|",
    "",
    "1.",
    "2",
    "II",
    "**STT**",
    "Hà Nội",
    "Bộ Y tế",
    "45,5",
    "100%",
    "-",
    "**Tổng số**",
    "Tỷ lệ (%)",
    "**PHỤ LỤC**",
    "[1] Ghi chú",
    "a | b | c |",
    "Đơn vị tính: %",
    "văn bản dài hơn một dòng",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_tables_of_any_lines_hold_valid_cells(pieces):
    text = "\n".join(pieces)
    tables = find_text_tables(text)
    assert [t.start for t in tables] == sorted(t.start for t in tables)
    for a, b in zip(tables, tables[1:], strict=False):
        assert a.end <= b.start
    for t in tables:
        assert 0 <= t.header_rows <= len(t.rows)
        for r in t.rows:
            for c in r.cells:
                assert text[c.start : c.end] == c.text
                assert t.start <= c.start <= c.end <= t.end
        column_headers(t)


# ------------------------------------------------------------------ data files of the table stage


@pytest.mark.parametrize(
    "name,columns,kinds",
    [
        (
            "table_headers.tsv",
            ("role", "pattern"),
            {"order", "deadline", "unit", "value", "responsible", "note", "indicator", "subject"},
        ),
        ("table_status.tsv", ("cue", "status"), {"target", "projected", "achieved"}),
        ("table_layout.tsv", ("kind", "pattern"), {"caption", "source", "footnote", "total", "unit_note"}),
    ],
)
def test_table_data_files(name, columns, kinds):
    import unicodedata

    import regex

    from vn_egov_extract.resources import data_dir, load_tsv, provenance

    raw = (data_dir() / name).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    assert provenance(name).strip()
    rows = load_tsv(name, columns)
    assert rows
    for r in rows:
        assert r["status" if "status" in columns else columns[0]] in kinds
        if columns[1] == "pattern":
            regex.compile(r["pattern"])
        else:
            assert r["cue"] == r["cue"].lower().strip()
