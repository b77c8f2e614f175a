"""DOC_NUMBER: số hiệu and short references, parsed; negative table."""

from __future__ import annotations

import pytest
from helpers import ents, subset

CASES = [
    (
        "Văn bản số 2662/BTTTT-THH về việc",
        "2662/BTTTT-THH",
        {
            "number": "2662",
            "symbol": "BTTTT-THH",
            "doc_type": "Công văn",
            "issuer": "Bộ Thông tin và Truyền thông",
            "unit": "THH",
        },
    ),
    ("tại Nghị quyết 17.", "Nghị quyết 17", {"number": "17", "doc_type": "Nghị quyết", "symbol": None}),
    (
        "Nghị quyết số 17/NQ-CP ngày 07/3/2019",
        "17/NQ-CP",
        {"number": "17", "symbol": "NQ-CP", "doc_type": "Nghị quyết", "issuer": "Chính phủ"},
    ),
    (
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020",
        "749/QĐ-TTg",
        {"doc_type": "Quyết định", "issuer": "Thủ tướng Chính phủ"},
    ),
    (
        "Thông báo số 339/TB-VPCP ngày 22/9/2020",
        "339/TB-VPCP",
        {"doc_type": "Thông báo", "issuer": "Văn phòng Chính phủ"},
    ),
    (
        "thay thế cho Nghị định 43 năm 2011,",
        "Nghị định 43 năm 2011",
        {"number": "43", "year": 2011, "doc_type": "Nghị định"},
    ),
    ("Số: 3485/BTTTT-THH | Hà Nội", "3485/BTTTT-THH", {"number": "3485", "doc_type": "Công văn"}),
    (
        "Nghị định 15/2020/NĐ-CP",
        "15/2020/NĐ-CP",
        {"number": "15", "year": 2020, "symbol": "NĐ-CP", "doc_type": "Nghị định", "issuer": "Chính phủ"},
    ),
    (
        "Thông tư 01/2021/TT-BTTTT",
        "01/2021/TT-BTTTT",
        {"year": 2021, "doc_type": "Thông tư", "issuer": "Bộ Thông tin và Truyền thông"},
    ),
    ("Nghị quyết 202/2025/QH15", "202/2025/QH15", {"year": 2025, "issuer": "Quốc hội"}),
    ("Luật số 20/2023/QH15", "20/2023/QH15", {"year": 2023, "doc_type": "Luật", "issuer": "Quốc hội"}),
    ("Thông tư liên tịch 05/2019/TTLT-BTC-BNV", "05/2019/TTLT-BTC-BNV", {"doc_type": "Thông tư liên tịch"}),
    ("Kế hoạch 157/KH-UBND", "157/KH-UBND", {"doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân"}),
    ("Quyết định 1610/QĐ-TTPVHCC", "1610/QĐ-TTPVHCC", {"doc_type": "Quyết định"}),
    ("Chỉ thị số 21/CT-TTg", "21/CT-TTg", {"doc_type": "Chỉ thị", "issuer": "Thủ tướng Chính phủ"}),
    ("Văn bản số 929/BTTTT-THH ngày 19/3/2020", "929/BTTTT-THH", {"number": "929"}),
    ("Nghị định số 43/2011/NĐ-CP", "43/2011/NĐ-CP", {"number": "43", "year": 2011}),
]

# real documents (dev corpus, 2025)
REAL = [
    (
        "theo Nghị quyết số 57-NQ/TW về đột phá",
        "57-NQ/TW",
        {"number": "57", "symbol": "NQ/TW", "doc_type": "Nghị quyết", "issuer": "Trung ương Đảng"},
    ),
    (
        "Kết luận 77-KL/TW năm 2024 của Bộ Chính trị về Đề án 153",
        "77-KL/TW",
        {"symbol": "KL/TW", "doc_type": "Kết luận", "issuer": "Bộ Chính trị"},
    ),
    ("Chỉ thị số 05-CT/TU của Tỉnh ủy", "05-CT/TU", {"doc_type": "Chỉ thị", "issuer": "Tỉnh ủy"}),
    (
        "sửa đổi, bổ sung Nghị quyết\nsố 66.4/2025/NQ-CP đối với",
        "66.4/2025/NQ-CP",
        {"number": "66.4", "year": 2025, "symbol": "NQ-CP", "issuer": "Chính phủ"},
    ),
    (
        "Quyết định số 3380/QĐ- TTPVHCC ngày",
        "3380/QĐ- TTPVHCC",
        {"number": "3380", "symbol": "QĐ-TTPVHCC", "doc_type": "Quyết định"},
    ),
    ("chuyển đổi số và Đề án 06.", "Đề án 06", {"number": "06", "doc_type": "Đề án", "symbol": None}),
    (
        "Nghị quyết số 70/2025/UBTVQH15",
        "70/2025/UBTVQH15",
        {"year": 2025, "doc_type": "Nghị quyết", "issuer": "Ủy ban Thường vụ Quốc hội"},
    ),
    ("Công điện số 05/CĐ-BTC", "05/CĐ-BTC", {"doc_type": "Công điện", "issuer": "Bộ Tài chính"}),
    ("Quyết định số 2304/QĐ-BNNMT", "2304/QĐ-BNNMT", {"issuer": "Bộ Nông nghiệp và Môi trường"}),
    # the e-commerce review of the Ministry of Industry and Trade (shared/corpus/pdf, text layer)
    (
        "Luật Viễn thông; Nghị định 43/2011/NĐ-\nCP ngày 13/06/2011 quy định",
        "43/2011/NĐ-\nCP",
        {"number": "43", "year": 2011, "symbol": "NĐ-CP", "doc_type": "Nghị định"},
    ),
    ("Văn bản số 8881/BCT- TMĐT ngày", "8881/BCT- TMĐT", {"symbol": "BCT-TMĐT", "issuer": "Bộ Công Thương"}),
    ("Thông tư số 47/2014/TT-BCT quy định", "47/2014/TT-BCT", {"doc_type": "Thông tư", "issuer": "Bộ Công Thương"}),
    ("Nghị quyết số 06-NQ/TW ngày", "06-NQ/TW", {"symbol": "NQ/TW", "doc_type": "Nghị quyết"}),
    ("theo Nghị định 52 và Nghị định 85", "Nghị định 52", {"number": "52", "symbol": None}),
    ("Quyết định số 645/QĐ-TTg phê duyệt", "645/QĐ-TTg", {"issuer": "Thủ tướng Chính phủ"}),
]

# the forms of the issue (#3) and of the Law on Promulgation of Legal Documents
FORMS = [
    (
        "Công điện số 187/CĐ-TTg ngày 04/10/2025",
        "187/CĐ-TTg",
        {"doc_type": "Công điện", "issuer": "Thủ tướng Chính phủ"},
    ),
    ("Văn bản số 15557/BTC-PTHT", "15557/BTC-PTHT", {"doc_type": "Công văn", "issuer": "Bộ Tài chính", "unit": "PTHT"}),
    ("Pháp lệnh số 01/2022/UBTVQH15", "01/2022/UBTVQH15", {"doc_type": "Pháp lệnh", "year": 2022}),
    ("Quy định 08-QĐi/TW của Ban Chấp hành", "08-QĐi/TW", {"doc_type": "Quy định"}),
    ("Hướng dẫn 36-HD/VPTW", "36-HD/VPTW", {"issuer": "Văn phòng Trung ương Đảng"}),
    ("Nghị quyết số 17 ngày 07/3/2019", "Nghị quyết số 17", {"number": "17", "doc_type": "Nghị quyết"}),
    ("Báo cáo số 123/BC-BTTTT", "123/BC-BTTTT", {"doc_type": "Báo cáo"}),
    ("Chỉ thị 21 của Thủ tướng", "Chỉ thị 21", {"number": "21", "doc_type": "Chỉ thị"}),
    (
        "Luật Giao dịch điện tử số 20/2023/QH15",
        "20/2023/QH15",
        {"doc_type": "Luật", "issuer": "Quốc hội", "year": 2023},
    ),
    ("Bộ luật Dân sự số 91/2015/QH13", "91/2015/QH13", {"doc_type": "Bộ luật"}),
    ("Quyết định 749/QĐ-TTg", "749/QĐ-TTg", {"number": "749", "symbol": "QĐ-TTg"}),
    ("Thông tư 01/2018/TT-VPCP", "01/2018/TT-VPCP", {"issuer": "Văn phòng Chính phủ"}),
    ("Hướng dẫn số 01/HD-BTTTT", "01/HD-BTTTT", {"doc_type": "Hướng dẫn"}),
]

# held-out documents (tests/data/heldout) and their neighbours
HELDOUT = [
    (
        "đúng mục tiêu, yêu cầu tại Kế hoạch số 02-KH/BCĐTW ngày\n19 tháng 6 năm 2025",
        "02-KH/BCĐTW",
        {"number": "02", "symbol": "KH/BCĐTW", "doc_type": "Kế hoạch"},
    ),
    ("theo Kế hoạch số 05-KH/BCĐTU của tỉnh", "05-KH/BCĐTU", {"symbol": "KH/BCĐTU", "issuer": None}),
    (
        "Căn cứ Nghị quyết số 57- NQ/TW ngày 22/12/2024",
        "57- NQ/TW",
        {"number": "57", "symbol": "NQ/TW", "doc_type": "Nghị quyết"},
    ),
]

# heldout2 kinds: a letter after the number ("36a/NQ-CP", the Government's resolution on
# e-government), a space at the slash (OCR, typing); sentences of other issuers and types
HELDOUT2 = [
    ("thực hiện Nghị quyết số 36a/NQ-CP ngày 14/10/2015", "36a/NQ-CP", {"number": "36a", "symbol": "NQ-CP"}),
    ("tình hình thực hiện Nghị quyết 36A/NQ-CP của Chính phủ", "36A/NQ-CP", {"number": "36a", "issuer": "Chính phủ"}),
    ("các nhiệm vụ giao tại Nghị quyết 36a, nhưng", "Nghị quyết 36a", {"number": "36a", "doc_type": "Nghị quyết"}),
    ("các giải pháp của Nghị\nquyết 36a tại Phiên họp", "Nghị\nquyết 36a", {"number": "36a", "symbol": None}),
    ("theo Quyết định 12b của UBND tỉnh", "Quyết định 12b", {"number": "12b", "doc_type": "Quyết định"}),
    ("Số: 519 /QĐ-UBND", "519 /QĐ-UBND", {"number": "519", "symbol": "QĐ-UBND", "doc_type": "Quyết định"}),
    (
        "Báo cáo số 109 /BC-BTTTT ngày 28/9/2023",
        "109 /BC-BTTTT",
        {"symbol": "BC-BTTTT", "issuer": "Bộ Thông tin và Truyền thông"},
    ),
    ("Công văn số 2310/ BNV-CCHC của Bộ Nội vụ", "2310/ BNV-CCHC", {"symbol": "BNV-CCHC", "issuer": "Bộ Nội vụ"}),
    ("Kế hoạch số 45 /KH-UBND ngày 3/2/2021", "45 /KH-UBND", {"doc_type": "Kế hoạch", "number": "45"}),
    ("Quyết định số 519/QĐ - UBND ngày", "519/QĐ - UBND", {"symbol": "QĐ-UBND", "doc_type": "Quyết định"}),
    ("Công văn 3485/BTTTT - THH của Bộ", "3485/BTTTT - THH", {"symbol": "BTTTT-THH", "unit": "THH"}),
    ("theo Nghị quyết 17/NQ-CP - UBND tỉnh ban hành", "17/NQ-CP", {"symbol": "NQ-CP"}),
    # type codes typed without the stroke of Đ
    ("Quyết định số 519/QD-UBND của tỉnh", "519/QD-UBND", {"doc_type": "Quyết định", "issuer": "Ủy ban nhân dân"}),
    ("Nghị định 15/2020/ND-CP quy định", "15/2020/ND-CP", {"doc_type": "Nghị định", "issuer": "Chính phủ"}),
]


@pytest.mark.parametrize(
    "text,span,value",
    [pytest.param(*c, id=f"case-{i}") for i, c in enumerate(CASES)]
    + [pytest.param(*c, id=f"real-{i}") for i, c in enumerate(REAL)]
    + [pytest.param(*c, id=f"form-{i}") for i, c in enumerate(FORMS)]
    + [pytest.param(*c, id=f"heldout-{i}") for i, c in enumerate(HELDOUT)]
    + [pytest.param(*c, id=f"heldout2-{i}") for i, c in enumerate(HELDOUT2)],
)
def test_doc_number(text, span, value):
    found = ents(text, "DOC_NUMBER")
    assert any(t == span and subset(v, value) for t, v in found), found


NEGATIVE = [
    pytest.param("ngày 21/7/2021", id="date"),
    pytest.param("Bí thư Tỉnh ủy/ Thành ủy", id="slash-words"),
    pytest.param("mức độ 3/4", id="levels"),
    pytest.param("https://dti.gov.vn", id="url"),
    pytest.param("đạt 37,43%", id="percent"),
    pytest.param("COVID-19 lan rộng", id="covid"),
    pytest.param("mã 12-AB/cd", id="unknown-party-codes"),
    pytest.param("hỗ trợ 24/7", id="around-the-clock"),
    pytest.param("theo Quyết định này", id="this-decision"),
    pytest.param("1/2 số tỉnh", id="fraction"),
    pytest.param("Nghị định mới", id="no-number"),
    pytest.param("Kế hoạch 5 năm 2021-2025", id="five-year-plan"),
    pytest.param("Thông báo 2 lần", id="count-of-times"),
    pytest.param("Chỉ thị 15 điểm", id="count-of-points"),
    pytest.param("mã 12-AB/CDE", id="unknown-type-and-issuer-codes"),
    pytest.param("mã 12-KH/ABC", id="unknown-issuer-code-no-party-level"),
    pytest.param("công nghệ 3D/VR360", id="letter-after-number-unknown-symbol"),
    pytest.param("đạt 63 /63 tỉnh", id="spaced-fraction"),
    pytest.param("Số /QĐ UBND Phú Thọ", id="blank-number"),
    pytest.param("tỷ lệ 29 /CP các", id="spaced-slash-unknown-symbol"),
]


def test_short_reference_takes_the_issuer_of_the_same_document_cited_in_full():
    found = dict(ents("thực hiện Nghị quyết số 36a/NQ-CP. Các nhiệm vụ của Nghị quyết 36a đã xong", "DOC_NUMBER"))
    assert found["Nghị quyết 36a"]["issuer"] == "Chính phủ"
    found = dict(ents("Quyết định 12/QĐ-UBND và Quyết định 12/QĐ-BTTTT; Quyết định 12 nêu", "DOC_NUMBER"))
    assert found["Quyết định 12"]["issuer"] is None  # two documents numbered 12: no one issuer


def test_party_symbol_is_not_also_a_short_reference():
    found = ents("theo Nghị quyết số 57-NQ/TW về đột phá", "DOC_NUMBER")
    assert [t for t, _ in found] == ["57-NQ/TW"]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_doc_number(text):
    assert ents(text, "DOC_NUMBER") == []
