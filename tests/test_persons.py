"""PERSON, EMAIL, PHONE: case tables (seeds, dev corpus, forms of official letters and news),
negative tables, and the ``--redact-pii`` masks (same length, offsets kept)."""

from __future__ import annotations

import pytest
from helpers import ents, subset

from vn_egov_extract import Extractor
from vn_egov_extract.redact import MASK

# (text, expected span, expected value subset)
PERSONS_SEEDS = [
    (
        "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng kiểm tra việc vận hành",
        "Mai Tiến Dũng",
        {"name": "Mai Tiến Dũng", "title": "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"},
    ),
    (
        "Giám đốc Trung tâm Công nghệ thông tin Viễn thông Đồng Nai Huỳnh Bảo Quốc cho rằng",
        "Huỳnh Bảo Quốc",
        {"name": "Huỳnh Bảo Quốc"},
    ),
    ("Loại văn bản: | Công văn | Người ký: | Nguyễn Mạnh Hùng |", "Nguyễn Mạnh Hùng", {"title": "Người ký"}),
    (
        "Thông tin liên hệ: đ/c Nguyễn Phú Tiến, Phó Cục trưởng, Cục Tin học hóa",
        "Nguyễn Phú Tiến",
        {"name": "Nguyễn Phú Tiến", "title": "đ/c"},
    ),
    ("Ông Đinh Sỹ Nguyên, Phó Giám đốc Sở TT&TT Quảng Ninh", "Đinh Sỹ Nguyên", {"title": "Ông"}),
    ("Ông Nguyên còn cho biết, trong thời gian tới", "Nguyên", {"name": "Nguyên"}),
]

PERSONS_DEV = [
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Ngọc Điệp\n|", "Nguyễn Thị Ngọc Điệp", {"title": None}),
    ("KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM\nTrịnh Mạnh Linh\n|", "Trịnh Mạnh Linh", {"name": "Trịnh Mạnh Linh"}),
    (
        "Phó Thủ tướng Chính phủ Bùi Thanh Sơn đã chủ trì buổi làm việc",
        "Bùi Thanh Sơn",
        {"title": "Phó Thủ tướng Chính phủ"},
    ),
]

PERSONS_FORMS = [
    ("Thủ tướng Phạm Minh Chính chủ trì phiên họp", "Phạm Minh Chính", {"title": "Thủ tướng"}),
    (
        "Thứ trưởng Bộ TT&TT Nguyễn Huy Dũng cho biết",
        "Nguyễn Huy Dũng",
        {"title": "Thứ trưởng Bộ TT&TT"},
    ),
    (
        "Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy khẳng định",
        "Cao Tường Huy",
        {"title": "Chủ tịch UBND tỉnh Quảng Ninh"},
    ),
    (
        "Giám đốc Sở Thông tin và Truyền thông Nguyễn Văn Hùng cho biết",
        "Nguyễn Văn Hùng",
        {"title": "Giám đốc Sở Thông tin và Truyền thông"},
    ),
    ("Theo bà Trần Thị Hồng Minh, Phó Chủ tịch", "Trần Thị Hồng Minh", {"title": "bà"}),
    ("TS. Lê Văn Lợi, Viện trưởng", "Lê Văn Lợi", {"title": "TS."}),
    ("PGS.TS Nguyễn Văn Kim cho biết", "Nguyễn Văn Kim", {"title": "PGS.TS"}),
    ("Bộ trưởng Nguyễn Mạnh Hùng nhấn mạnh", "Nguyễn Mạnh Hùng", {"title": "Bộ trưởng"}),
    ("đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy", "Vũ Đại Thắng", {"title": "đồng chí"}),
    ("Phó Chủ tịch UBND TP Hà Nội Hà Minh Hải cho biết", "Hà Minh Hải", {"title": "Phó Chủ tịch UBND TP Hà Nội"}),
    ("Cục trưởng Cục Chuyển đổi số quốc gia Nguyễn Phú Tiến", "Nguyễn Phú Tiến", {"name": "Nguyễn Phú Tiến"}),
    ("ông Dũng nhấn mạnh", "Dũng", {"title": "ông"}),
    ("Bà Nguyễn Thị Hồng, Phó Chủ tịch UBND TP Hà Nội", "Nguyễn Thị Hồng", {"title": "Bà"}),
    ("Người ký: Lê Thành Long", "Lê Thành Long", {"name": "Lê Thành Long"}),
]

EMAILS = [
    ("email: tienp@mic.gov.vn, điện thoại", "tienp@mic.gov.vn", {"value": "tienp@mic.gov.vn"}),
    ("Liên hệ: hotro@dichvucong.gov.vn.", "hotro@dichvucong.gov.vn", {"value": "hotro@dichvucong.gov.vn"}),
    ("email ttcntt@quangninh.gov.vn;", "ttcntt@quangninh.gov.vn", {"value": "ttcntt@quangninh.gov.vn"}),
    ("Email: VanThu.SoTTTT@HaNoi.Gov.Vn", "VanThu.SoTTTT@HaNoi.Gov.Vn", {"value": "vanthu.sotttt@hanoi.gov.vn"}),
    ("(thư điện tử: nguyen.van-a+cv@gmail.com)", "nguyen.van-a+cv@gmail.com", {"value": "nguyen.van-a+cv@gmail.com"}),
    ("gửi về địa chỉ thư điện tử kstthc@chinhphu.vn trước", "kstthc@chinhphu.vn", {}),
    ("| Email | ubnd@cantho.gov.vn |", "ubnd@cantho.gov.vn", {}),
    ("Email: webmaster@baochinhphu.vn - Hotline", "webmaster@baochinhphu.vn", {}),
]

PHONES = [
    ("điện thoại: 0912.373.907.", "0912.373.907", {"value": "0912373907"}),
    ("Fax: (024) 3943 7320;", "(024) 3943 7320", {"value": "02439437320"}),
    ("di động +84 912 373 907", "+84 912 373 907", {"value": "84912373907"}),
    ("gọi 0243.8248.133 hoặc", "0243.8248.133", {"value": "02438248133"}),
    ("Đường dây nóng: 1900 9090;", "1900 9090", {"value": "19009090"}),
    ("tổng đài 18001091 miễn phí", "18001091", {"value": "18001091"}),
    ("ĐT: 0912373907", "0912373907", {"value": "0912373907"}),
    ("Điện thoại: 0203.3835.999", "0203.3835.999", {"value": "02033835999"}),
    ("SĐT 0987-654-321", "0987-654-321", {"value": "0987654321"}),
    ("(028) 3829 6050", "(028) 3829 6050", {"value": "02838296050"}),
    ("máy lẻ 04.3824.3395", "04.3824.3395", {"value": "0438243395"}),
]


@pytest.mark.parametrize(
    "text,span,value",
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(PERSONS_SEEDS)]
    + [pytest.param(*c, id=f"dev-{i}") for i, c in enumerate(PERSONS_DEV)]
    + [pytest.param(*c, id=f"form-{i}") for i, c in enumerate(PERSONS_FORMS)],
)
def test_person(text, span, value):
    found = ents(text, "PERSON")
    assert any(t == span and subset(v, value) for t, v in found), found


@pytest.mark.parametrize("text,span,value", [pytest.param(*c, id=f"email-{i}") for i, c in enumerate(EMAILS)])
def test_email(text, span, value):
    found = ents(text, "EMAIL")
    assert any(t == span and subset(v, value) for t, v in found), found


@pytest.mark.parametrize("text,span,value", [pytest.param(*c, id=f"phone-{i}") for i, c in enumerate(PHONES)])
def test_phone(text, span, value):
    found = ents(text, "PHONE")
    assert any(t == span and subset(v, value) for t, v in found), found


NOT_PERSONS = [
    pytest.param("Hồ Chí Minh\n", id="city-alone-on-a-line"),
    pytest.param("Bộ trưởng đã ký", id="title-alone"),
    pytest.param("đường Lê Lợi, phường Bến Nghé", id="street"),
    pytest.param("Giám đốc Sở Y tế cho biết", id="title-and-body-only"),
    pytest.param("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", id="motto"),
]


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_not_person(text):
    assert ents(text, "PERSON") == []


NOT_PHONES = [
    pytest.param("mã số thuế 0100109106 của doanh nghiệp", id="tax-code"),
    pytest.param("CCCD số 001203012345", id="id-card"),
    pytest.param("số tài khoản: 0011004123456", id="bank-account"),
    pytest.param("số 0123 456 789", id="not-numbering-plan"),
    pytest.param("đạt 1.865 thủ tục", id="count"),
    pytest.param("ngày 21/7/2021 lúc 09:30", id="date-time"),
    pytest.param("Công văn 3485/BTTTT-THH", id="doc-number"),
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_not_phone(text):
    assert ents(text, "PHONE") == []


def test_not_email_when_masked_by_the_source():
    assert ents("email: [email protected], điện thoại", "EMAIL") == []


def test_redact_pii_keeps_length_and_offsets():
    text = "Liên hệ đ/c Nguyễn Phú Tiến, email: tienp@mic.gov.vn, điện thoại: 0912.373.907. Tỷ lệ đạt 37,43%."
    r = Extractor(redact_pii=True).extract(text)
    assert len(r.text) == len(text)
    for e in r.entities:
        assert r.text[e.start : e.end] == e.text
        if e.label in ("PERSON", "EMAIL", "PHONE"):
            assert set(e.text) <= {MASK, " "}
    assert "Nguyễn" not in r.text and "tienp@" not in r.text and "0912" not in r.text
    assert "37,43%" in r.text
