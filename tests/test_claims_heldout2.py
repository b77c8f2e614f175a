"""Claims in running text, by error kind of the third blind set (tests/data/heldout2, 2017–2023):
each table holds the pattern as a heldout2 document states it ("heldout2-" ids, the sentence
quoted or trimmed), and neighbours written with other provinces, ministries, metrics, periods and
cue words ("style-" ids), plus the negative neighbours the rule must leave alone.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import _ex, claims


def _norm(rows):
    return sorted(rows, key=lambda r: tuple(str(x) for x in r))


def _rows(table, prefix):
    return [pytest.param(*c, id=f"{prefix}-{i}") for i, c in enumerate(table)]


def _subjects(text, doc_date="2020-05-10"):
    r = _ex().extract(text, doc_date=dt.date.fromisoformat(doc_date))
    return [(c.subject.name, c.subject.kind, c.value.value) for c in r.claims]


# ------------------------------------------------------------------ subjects

#: an anaphor ("tỉnh này", "địa phương này", "bộ này") refers to the body of its kind the same
#: sentence names before it, else to the last one of the sentences before; "Còn với X," and
#: "Riêng với X," open a topic, like "Với X,"; a place that frames the sentence ("Cụ thể, tại tỉnh
#: X, ...") is the subject the next sentence goes on with
ANAPHORA = [
    (  # heldout2 mic-2020-05 (trimmed)
        "Hiện nay, Bắc Giang đã cung cấp 621 dịch vụ công trực tuyến mức 4, đạt tỷ lệ 37,6% tổng số thủ tục hành"
        " chính.\nCòn với Nam Định, đến nay, tỉnh này đã cung cấp 533 dịch vụ công trực tuyến mức 4, đạt tỷ lệ"
        " 31,81% tổng số thủ tục hành chính.",
        [("Bắc Giang", "province", 37.6), ("Nam Định", "province", 31.81)],
    ),
    (  # style: "Riêng với", another anaphor and metric
        "Năm 2021, tỷ lệ hồ sơ trực tuyến của Hải Phòng đạt 40%. Riêng với Thái Bình, địa phương này đạt 25,5%.",
        [("Hải Phòng", "province", 40.0), ("Thái Bình", "province", 25.5)],
    ),
    (  # style: the referent named earlier in the same sentence, not the last one of the sentence before
        "Tỷ lệ hồ sơ trực tuyến của Đồng Nai đạt 30%. Tại Bình Phước, sau một năm triển khai, tỉnh này đã đạt 45%.",
        [("Đồng Nai", "province", 30.0), ("Bình Phước", "province", 45.0)],
    ),
    (  # style: a ministry's anaphor
        "Năm 2020, Bộ Tư pháp đạt 50%. Với Bộ Tài chính, bộ này đã cung cấp 60% dịch vụ công mức độ 4.",
        [("Bộ Tư pháp", "ministry", 50.0), ("Bộ Tài chính", "ministry", 60.0)],
    ),
    (  # heldout2 mic-2020-05 (trimmed): the framing place goes on into the next sentence
        "Cụ thể, tại tỉnh Long An, thời gian qua Sở TT&TT Long An đã tích hợp các dịch vụ công lên Cổng dịch"
        " vụ công quốc gia. Hiện đã cung cấp 621 dịch vụ công trực tuyến mức 4, đạt tỷ lệ 37,6%.",
        [("Long An", "province", 37.6)],
    ),
    (  # negative neighbour: with no body named in the sentence, the anaphor is the last one before
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của Cà Mau đạt 35%. Đến nay, tỉnh này đã đạt 48%.",
        [("Cà Mau", "province", 35.0), ("Cà Mau", "province", 48.0)],
    ),
]


@pytest.mark.parametrize("text,expected", _rows(ANAPHORA, "anaphora"))
def test_anaphora_refer_to_the_body_just_named(text, expected):
    assert _subjects(text) == expected


# ------------------------------------------------------------------ change vs level

#: a change's verb may be followed by a word that stresses its size ("giảm tới 49,54%", "giảm mạnh
#: 20%"): still a change (spec §3, value.direction); "giảm xuống còn" gives a level
DIRECTIONS = [
    (  # heldout2 vinhphuc-2021-08 (with its province named)
        "Tỷ lệ hồ sơ chậm hạn của tỉnh Vĩnh Phúc tháng 8/2021 giảm tới 49,54% so với tháng 01/2021.",
        [("Vĩnh Phúc", 49.54, "decrease")],
    ),
    (  # style: "tăng tới", another province and metric
        "Năm 2022, số hồ sơ trực tuyến của tỉnh Gia Lai tăng tới 120% so với năm 2021.",
        [("Gia Lai", 120.0, "increase")],
    ),
    (  # style: "giảm mạnh"
        "Năm 2023, thời gian giải quyết thủ tục hành chính của Bộ Công Thương giảm mạnh 35%.",
        [("Bộ Công Thương", 35.0, "decrease")],
    ),
    (  # negative neighbour: "giảm xuống còn" is a level
        "Năm 2023, tỷ lệ hồ sơ trễ hạn của tỉnh Bến Tre giảm xuống còn 1,5%.",
        [("Bến Tre", 1.5, None)],
    ),
]


@pytest.mark.parametrize("text,expected", _rows(DIRECTIONS, "directions"))
def test_change_verbs_with_a_stress_word(text, expected):
    r = _ex().extract(text, doc_date=dt.date(2023, 12, 30))
    assert [(c.subject.name, c.value.value, c.value.direction) for c in r.claims] == expected


#: both ends of a change from one level to another are levels: the from-value of the start of
#: the sentence's interval ("từ năm 2018 đến nay ... từ mức 4,55%" → 2018), else of an earlier time
#: the text does not state (open period); the to-value as of the interval's end; a value with a
#: date of its own keeps it
CHANGE_ENDS = [
    (  # heldout2 mic-2020-05 (the chunk is cut after "năm")
        "Đáng chú ý, từ năm 2018 đến nay, tỷ lệ dịch vụ công trực tuyến mức 4 mà các Bộ, ngành, địa phương"
        " cung cấp cho người dân, doanh nghiệp đã liên tục tăng, từ mức 4,55% năm ",
        "2020-05-10",
        [("Việt Nam", "dvc_level4_rate", 4.55, "exact", "achieved", "2018-01-01", "2018-12-31")],
    ),
    (  # style: with the to-value, a month interval and a province
        "Từ tháng 3/2021 đến nay, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Giang đã tăng từ 12% lên 20%.",
        "2021-08-30",
        [
            ("Hà Giang", "online_dossier_rate", 12.0, "exact", "achieved", "2021-03-01", "2021-03-31"),
            ("Hà Giang", "online_dossier_rate", 20.0, "exact", "achieved", None, "2021-08-30"),
        ],
    ),
    (  # heldout2 vinhphuc-2021-08 (with its month named): the earlier level is undated
        "Trong tháng 8/2021, tỷ lệ hồ sơ chậm hạn của huyện Sông Lô giảm từ 10,85% xuống còn 1,31%.",
        "2021-08-30",
        [
            ("Sông Lô", "other", 10.85, "exact", "achieved", None, None),
            ("Sông Lô", "other", 1.31, "exact", "achieved", "2021-08-01", "2021-08-31"),
        ],
    ),
    (  # heldout cand-2020-12: both ends dated in the text keep their own dates
        "Tỷ lệ dịch vụ công trực tuyến mức độ 4 tăng khoảng 3 lần, từ 10,76% năm 2019 lên 30,1% vào tháng 12/2020.",
        "2020-12-30",
        [
            ("Việt Nam", "dvc_level4_rate", 10.76, "exact", "achieved", "2019-01-01", "2019-12-31"),
            ("Việt Nam", "dvc_level4_rate", 30.1, "exact", "achieved", "2020-12-01", "2020-12-31"),
        ],
    ),
    (  # negative neighbour: "từ 55% trở lên" is a bound, not a change's start
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Yên phải đạt từ 55% trở lên.",
        "2022-03-01",
        [("Phú Yên", "online_dossier_rate", 55.0, "at_least", "target", None, "2022-12-31")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(CHANGE_ENDS, "change-ends"))
def test_both_ends_of_a_change_are_levels(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: a counted set of local units ("5/9 huyện, thành phố", "12/15 xã, phường, thị trấn") is a group,
#: and its count, read as a day ("5/9"), is no period
LOCAL_GROUPS = [
    (  # heldout2 vinhphuc-2021-08 (with its province named)
        "Trong tháng 8/2021, tỷ lệ chậm hạn toàn tỉnh Vĩnh Phúc đạt 3,45%. Có đến 5/9 huyện, thành phố đạt tỷ lệ"
        " này dưới 3% và cả 9/9 huyện, thành phố đạt tỷ lệ dưới 10%.",
        "2021-08-30",
        [
            ("Vĩnh Phúc", "other", 3.45, "exact", "achieved", "2021-08-01", "2021-08-31"),
            ("5/9 huyện, thành phố", "other", 3.0, "less_than", "achieved", "2021-08-01", "2021-08-31"),
            ("9/9 huyện, thành phố", "other", 10.0, "less_than", "achieved", "2021-08-01", "2021-08-31"),
        ],
    ),
    (  # style: communes, another province and period
        "Quý I/2023, tỷ lệ hồ sơ trực tuyến của tỉnh Bình Định đạt 40%; có 12/15 xã, phường, thị trấn đạt 100%.",
        "2023-04-05",
        [
            ("Bình Định", "online_dossier_rate", 40.0, "exact", "achieved", "2023-01-01", "2023-03-31"),
            ("12/15 xã, phường, thị trấn", "other", 100.0, "exact", "achieved", "2023-01-01", "2023-03-31"),
        ],
    ),
    (  # style: districts with "quận, huyện"
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của Hà Nội đạt 45%. Có 7 quận, huyện có tỷ lệ hồ sơ trực tuyến trên 60%.",
        "2023-01-10",
        [
            ("Hà Nội", "online_dossier_rate", 45.0, "exact", "achieved", "2022-01-01", "2022-12-31"),
            ("7 quận, huyện", "online_dossier_rate", 60.0, "more_than", "achieved", "2022-01-01", "2022-12-31"),
        ],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(LOCAL_GROUPS, "local-groups"))
def test_counted_local_units_are_groups(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


# ------------------------------------------------------------------ status and period

#: in a report, a value ensured after a reported act of directing ("đã chỉ đạo ... đảm bảo ...
#: 100%") is achieved, and a report's title that names the half-year it reports on and the one it
#: plans gives its results the past one; "đã yêu cầu ... đảm bảo" stays a target
REPORTED = [
    (  # heldout2 bc-btttt-2021-07-14 (trimmed)
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG Hà Nội, ngày 14 tháng 7 năm 2021 BÁO CÁO Đánh giá tình hình công tác QLNN"
        " 6 tháng đầu năm và nhiệm vụ công tác trọng tâm 6 tháng cuối năm 2021 I. Lĩnh vực Bưu chính. - Bộ"
        " Thông tin và Truyền thông (TTTT) đã chỉ đạo các đơn vị chức năng đảm bảo chuyển phát kịp thời 100%"
        " các chỉ đạo điều hành của Hội đồng bầu cử quốc gia.",
        "2021-07-14",
        [("Bộ Thông tin và Truyền thông", "other", 100.0, "exact", "achieved", "2021-01-01", "2021-06-30")],
    ),
    (  # style: another ministry, act and measure
        "Năm 2022, Bộ Tư pháp đã triển khai các giải pháp bảo đảm 95% hồ sơ lý lịch tư pháp được giải quyết đúng hạn.",
        "2023-01-10",
        [("Bộ Tư pháp", "other", 95.0, "exact", "achieved", "2022-01-01", "2022-12-31")],
    ),
    (  # negative neighbour: a requirement stays a target
        "Năm 2023, UBND tỉnh Quảng Bình đã yêu cầu các sở, ngành đảm bảo 100% hồ sơ được số hóa.",
        "2023-03-01",
        [("Quảng Bình", "other", 100.0, "exact", "target", None, "2023-12-31")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(REPORTED, "reported"))
def test_reported_acts_and_report_periods(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: the service level may follow the value ("đưa dịch vụ công lên trực tuyến đạt 100% mức độ 4")
LEVEL_AFTER_VALUE = [
    (  # heldout2 daibieunhandan-2020-07
        "Chậm nhất năm 2021, các bộ, ngành và địa phương phải đưa dịch vụ công lên trực tuyến đạt 100% mức độ 4.",
        "2020-07-06",
        [("Việt Nam", "dvc_level4_rate", 100.0, "exact", "target", None, "2021-12-31")],
    ),
    (  # style: a province, achieved, "mức 4"
        "Năm 2022, tỉnh Lào Cai đã đưa dịch vụ công lên trực tuyến 80% mức 4.",
        "2023-01-10",
        [("Lào Cai", "dvc_level4_rate", 80.0, "exact", "achieved", "2022-01-01", "2022-12-31")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(LEVEL_AFTER_VALUE, "level-after-value"))
def test_service_level_after_the_value(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: a text whose bodies are the unnamed province's ("Trung tâm Phục vụ hành chính công tỉnh") speaks
#: of that province: values after a counted set ("Có 15 cơ quan, ...") are the province's, not the
#: country's; a share bracketed after a count ("14.064 hồ sơ (đạt 99,74%)") is a share of that
#: count, not of the measure an earlier sentence named
PROVINCIAL_REPORTS = [
    (  # heldout2 vinhphuc-2021-09 (trimmed)
        "Trung tâm Phục vụ hành chính công tỉnh vừa ban hành báo cáo tháng 09/2021.\n\nTháng 9/2021, Trung tâm"
        " Phục vụ hành chính công tỉnh đã tiếp nhận mới 4.131 hồ sơ. Có 15 cơ quan, đơn vị cấp tỉnh phát sinh"
        " hồ sơ trực tuyến với tổng số 1.598 hồ sơ. Tỷ lệ hồ sơ trực tuyến trung bình đạt 18,9% trên tổng số"
        " hồ sơ giải quyết.\n\nQuý III/2021, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới 14.043 hồ sơ."
        " Đã có kết quả trả trước và đúng hạn là 14.064 hồ sơ (đạt 99,74%).",
        "2021-09-29",
        [
            ("tỉnh", "online_dossier_rate", 18.9, "exact", "achieved", "2021-09-01", "2021-09-30"),
            ("tỉnh", "other", 99.74, "exact", "achieved", "2021-07-01", "2021-09-30"),
        ],
    ),
    (  # style: a named province, another count and measure
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh Ninh Bình đạt 45%. Trong đó, số hồ sơ giải quyết đúng hạn"
        " là 20.150 hồ sơ (chiếm 97,5%).",
        "2023-01-10",
        [
            ("Ninh Bình", "online_dossier_rate", 45.0, "exact", "achieved", "2022-01-01", "2022-12-31"),
            ("Ninh Bình", "other", 97.5, "exact", "achieved", "2022-01-01", "2022-12-31"),
        ],
    ),
    (  # negative neighbour: a bare share after the measure's sentence keeps the measure
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh Ninh Bình đạt 45%. Năm 2021, tỷ lệ này chỉ đạt 30%.",
        "2023-01-10",
        [
            ("Ninh Bình", "online_dossier_rate", 45.0, "exact", "achieved", "2022-01-01", "2022-12-31"),
            ("Ninh Bình", "online_dossier_rate", 30.0, "exact", "achieved", "2021-01-01", "2021-12-31"),
        ],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(PROVINCIAL_REPORTS, "provincial-reports"))
def test_provincial_report_subjects_and_shares(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: a report's month or quarter stands for the dates it really covers when the document states them
#: — in brackets after it, or as the interval of its title line
REPORT_PERIODS = [
    (  # heldout2 vinhphuc-2021-08 (trimmed; a province named; the title's glued "21/7đến" spaced)
        "Kết quả giải quyết TTHC tại bộ phận một cửa cấp huyện, xã từ ngày 21/7 đến 20/8/2021\n\n30/08/2021\n\n"
        "Kết quả giải quyết TTHC của tỉnh Vĩnh Phúc trong tháng 8/2021: hồ sơ trả đúng hạn là 19.255 hồ sơ"
        " (đạt 96,55%). Huyện Lập Thạch đứng vị trí thứ nhất với tỷ lệ chậm, quá hạn 0,33%.",
        "2021-08-30",
        [
            ("Vĩnh Phúc", "other", 96.55, "exact", "achieved", "2021-07-21", "2021-08-20"),
            ("Lập Thạch", "other", 0.33, "exact", "achieved", "2021-07-21", "2021-08-20"),
        ],
    ),
    (  # heldout kontum (trimmed, province named): the bracketed dates of the quarter, also later
        "Trong quý I năm 2023 (tính từ ngày 15/12/2022 đến 14/3/2023), tỉnh Kon Tum đã tiếp nhận 56.039 hồ sơ,"
        " có 12.516 hồ sơ trực tuyến (đạt tỷ lệ 22,33%).\n\nSố lượng hồ sơ trực tuyến của quý I năm 2023 bằng"
        " trên 90% số hồ sơ trực tuyến của cả năm 2021.",
        "2023-03-18",
        [
            ("Kon Tum", "online_dossier_rate", 22.33, "exact", "achieved", "2022-12-15", "2023-03-14"),
            ("Kon Tum", "other", 90.0, "more_than", "achieved", "2022-12-15", "2023-03-14"),
        ],
    ),
    (  # style: a quarter report of a ministry, the interval in its title
        "Kết quả giải quyết thủ tục hành chính quý III từ ngày 15/6 đến 14/9/2022\n\nQuý III/2022, tỷ lệ hồ sơ"
        " trực tuyến của Bộ Tư pháp đạt 62%.",
        "2022-09-20",
        [("Bộ Tư pháp", "online_dossier_rate", 62.0, "exact", "achieved", "2022-06-15", "2022-09-14")],
    ),
    (  # negative neighbour: another month than the title's keeps its calendar dates
        "Kết quả giải quyết TTHC từ ngày 21/7 đến 20/8/2021\n\nTrong tháng 7/2021, tỷ lệ hồ sơ trực tuyến của"
        " tỉnh Bắc Kạn đạt 20%.",
        "2021-08-30",
        [("Bắc Kạn", "online_dossier_rate", 20.0, "exact", "achieved", "2021-07-01", "2021-07-31")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(REPORT_PERIODS, "report-periods"))
def test_reporting_periods(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: the ministries' level ("tại cấp bộ là 69,87%") is a group even after a province was named; a
#: province's levels keep the province
MINISTRY_LEVEL = [
    (  # heldout cd-220 footnote [5], after a province named earlier
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của Hà Nội đạt 70%. Tỷ lệ TTHC liên quan đến doanh nghiệp được cung"
        " cấp trực tuyến tại cấp bộ là 69,87%.",
        [("Hà Nội", "province", 70.0), ("cấp bộ", "group", 69.87)],
    ),
    (  # negative neighbour: a province's own level
        "Năm 2024, tỷ lệ hồ sơ trực tuyến của Hà Nội đạt 70%. Tỷ lệ hồ sơ trực tuyến tại cấp huyện là 65%.",
        [("Hà Nội", "province", 70.0), ("Hà Nội", "province", 65.0)],
    ),
]


@pytest.mark.parametrize("text,expected", _rows(MINISTRY_LEVEL, "ministry-level"))
def test_the_ministries_level_is_a_group(text, expected):
    assert _subjects(text, "2025-01-15") == expected


def test_a_body_compared_with_is_no_referent():
    text = "Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh Hậu Giang đạt 40%. So với Cần Thơ, tỉnh này vẫn thấp hơn với 35%."
    assert _subjects(text, "2023-01-10") == [("Hậu Giang", "province", 40.0), ("Hậu Giang", "province", 35.0)]


# ------------------------------------------------------------------ metrics


def _metrics(text, doc_date="2023-07-10"):
    r = _ex().extract(text, doc_date=dt.date.fromisoformat(doc_date))
    return [(c.subject.name, c.metric.key, c.metric.text, c.value.value) for c in r.claims]


#: an elided measure is the one of the sentence's earlier value before the one of an earlier
#: sentence; a goal set for the same measure ("đặt mục tiêu đạt 60%") elides it too
ELIDED_METRICS = [
    (  # style (the kind of heldout2 mic-2020-05 "Còn với Nam Định, ...")
        "Năm 2022, tỷ lệ thanh toán trực tuyến của tỉnh Sóc Trăng đạt 8,2%. Đến nay, Thừa Thiên Huế đã có 98,5%"
        " hồ sơ được số hóa; trong khi đó, Quảng Trị mới đạt 40%.",
        [
            ("Sóc Trăng", "other", "thanh toán trực tuyến", 8.2),
            ("Thừa Thiên Huế", "other", "hồ sơ được số hóa", 98.5),
            ("Quảng Trị", "other", "hồ sơ được số hóa", 40.0),
        ],
    ),
    (  # style: a goal for the same measure after an anaphor
        "Trong 6 tháng đầu năm 2023, tỉnh Quảng Ngãi có 45,6% hồ sơ được tiếp nhận trực tuyến; địa phương này"
        " đặt mục tiêu đạt 60% vào cuối năm.",
        [
            ("Quảng Ngãi", "online_dossier_rate", "hồ sơ được tiếp nhận trực tuyến", 45.6),
            ("Quảng Ngãi", "online_dossier_rate", "hồ sơ được tiếp nhận trực tuyến", 60.0),
        ],
    ),
    (  # negative neighbour: a value that names its own measure keeps it
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh Phú Thọ đạt 50%, tỷ lệ số hóa hồ sơ đạt 70%.",
        [
            ("Phú Thọ", "online_dossier_rate", "hồ sơ trực tuyến", 50.0),
            ("Phú Thọ", "other", "tỷ lệ số hóa hồ sơ", 70.0),
        ],
    ),
]


ELIDED_METRICS.append(
    (  # negative neighbour (seed 2022): a bare "tỷ lệ đạt được" names no measure of its own
        "Tỷ lệ hồ sơ trực tuyến của tỉnh Kiên Giang năm 2022 cao nhất, với tỷ lệ đạt được 55,25%.",
        [("Kiên Giang", "online_dossier_rate", "hồ sơ trực tuyến", 55.25)],
    )
)


@pytest.mark.parametrize("text,expected", _rows(ELIDED_METRICS, "elided-metrics"))
def test_elided_metrics(text, expected):
    assert _metrics(text) == expected


#: a metric named right after a value belongs to it only within its clause
NEXT_CLAUSE_METRIC = [
    (  # style (the two-rate sentences of heldout2 vinhphuc-2021-09)
        "Tại Kiên Giang, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%; tỷ lệ hồ sơ trực tuyến đạt 35%.",
        [("Kiên Giang", "other", 99.2), ("Kiên Giang", "online_dossier_rate", 35.0)],
    ),
    (  # negative neighbour: the measure right after the value in its clause
        "Năm 2022, tỉnh Yên Bái đã tiếp nhận 42% hồ sơ trực tuyến.",
        [("Yên Bái", "online_dossier_rate", 42.0)],
    ),
]


@pytest.mark.parametrize("text,expected", _rows(NEXT_CLAUSE_METRIC, "next-clause-metric"))
def test_a_metric_after_the_value_stays_in_its_clause(text, expected):
    assert [(n, k, v) for n, k, _, v in _metrics(text)] == expected


#: a segment that opens with "hiện nay"/"đến nay" after a goal states the present level: achieved,
#: as of the document's date
NOW_AFTER_GOAL = [
    (  # style (the goal-and-state sentences of heldout2 cand-2020-09)
        "Mục tiêu đến năm 2025, tỷ lệ dịch vụ công trực tuyến toàn trình của Bộ Nội vụ đạt 80%, hiện nay đạt 45,2%.",
        "2024-06-10",
        [
            ("Bộ Nội vụ", "dvc_level4_rate", 80.0, "exact", "target", None, "2025-12-31"),
            ("Bộ Nội vụ", "dvc_level4_rate", 45.2, "exact", "achieved", None, "2024-06-10"),
        ],
    ),
    (  # style: "nhưng đến nay" after a plan's deadline, another province and measure
        "Theo kế hoạch, năm 2023 tỷ lệ hồ sơ trực tuyến của tỉnh Điện Biên phải đạt 50%, nhưng đến nay mới đạt 31%.",
        "2023-10-02",
        [
            ("Điện Biên", "online_dossier_rate", 50.0, "exact", "target", None, "2023-12-31"),
            ("Điện Biên", "online_dossier_rate", 31.0, "exact", "achieved", None, "2023-10-02"),
        ],
    ),
    (  # style: a bare "hiện" before the verb
        "Kế hoạch năm 2024 đặt mục tiêu tỷ lệ hồ sơ trực tuyến của tỉnh Hà Nam đạt 80%, hiện mới đạt 52%.",
        "2024-06-10",
        [
            ("Hà Nam", "online_dossier_rate", 80.0, "exact", "target", None, "2024-12-31"),
            ("Hà Nam", "online_dossier_rate", 52.0, "exact", "achieved", None, "2024-06-10"),
        ],
    ),
    (  # negative neighbour: "hiện nay" with a goal cue of its own stays a target
        "Hiện nay, tỉnh Hà Nam phấn đấu đạt 70% hồ sơ trực tuyến trong năm 2024.",
        "2024-03-02",
        [("Hà Nam", "online_dossier_rate", 70.0, "exact", "target", None, "2024-12-31")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(NOW_AFTER_GOAL, "now-after-goal"))
def test_the_present_after_a_goal_is_achieved(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: "tính đến tháng 9 năm 2020" in a text of 17/9/2020 is as of the current month, not a deadline;
#: a day of that month after the document's date stays a deadline
CURRENT_MONTH = [
    (  # heldout2 cand-2020-09 (trimmed)
        "Ngày 17/9, Cục Tin học hóa cho biết: tính đến tháng 9 năm 2020, toàn quốc có 19,10% dịch vụ công trực"
        " tuyến mức độ 4.",
        "2020-09-17",
        [("Việt Nam", "dvc_level4_rate", 19.1, "exact", "achieved", None, "2020-09-30")],
    ),
    (  # negative neighbour: a deadline day later in the month
        "Tỉnh Thái Nguyên phấn đấu đạt 100% hồ sơ được số hóa trước ngày 30/9/2020.",
        "2020-09-17",
        [("Thái Nguyên", "other", 100.0, "exact", "target", None, "2020-09-30")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(CURRENT_MONTH, "current-month"))
def test_as_of_the_current_month(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: a comparative that opens the value ("cao hơn 12%") followed by the base of a comparison ("so
#: với năm 2021") states a change (spec §3), exact; without a base it is a level's bound
COMPARATIVES = [
    (  # style (the changes of heldout2 vinhphuc-2021-08 and kinhtedothi-2022-08)
        "Năm 2022, tỷ lệ hồ sơ trực tuyến của Hà Nội đạt 45,6%, cao hơn 12% so với năm 2021 và thấp hơn 5,5%"
        " so với mục tiêu.",
        [("Hà Nội", 45.6, "exact", None), ("Hà Nội", 12.0, "exact", "increase"), ("Hà Nội", 5.5, "exact", "decrease")],
    ),
    (  # style: "ít hơn ... so với cùng kỳ", another province
        "Năm 2023, số hồ sơ trễ hạn của tỉnh Tuyên Quang ít hơn 30% so với cùng kỳ.",
        [("Tuyên Quang", 30.0, "exact", "decrease")],
    ),
    (  # negative neighbour: no base, a bound of a level
        "Năm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh Hà Giang cao hơn 50%.",
        [("Hà Giang", 50.0, "more_than", None)],
    ),
]


@pytest.mark.parametrize("text,expected", _rows(COMPARATIVES, "comparatives"))
def test_comparatives_with_a_base_are_changes(text, expected):
    r = _ex().extract(text, doc_date=dt.date(2024, 1, 10))
    assert [(c.subject.name, c.value.value, c.value.qualifier, c.value.direction) for c in r.claims] == expected


# ------------------------------------------------------------------ dashboards

_DASHBOARD = (
    "Thống kê dịch vụ công trực tuyến tỉnh Quảng Nam\n"
    "Kết quả giải quyết thủ tục hành chính\n"
    "Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn\n"
    "Tổng % Tổng % Tổng %\n"
    "Mức 3 68544 61827 6717 43434 70,3% 11795 19,1% 4331 7%\n"
    "Tỷ lệ cung cấp dịch vụ công trực tuyến\n"
    "Mức độ 1 Mức độ 2 Mức độ 3 Mức độ 4\n"
    "TTHC % TTHC % TTHC % TTHC %\n"
    "Tỷ lệ TTHC cung cấp trực tuyến 2643 100% 2643 100% 1856 70,2% 736 27,8%\n"
)


def test_dashboard_rows_are_evidence_and_level_columns_name_the_measure():
    """heldout2 dichvucong-thuathienhue (with a province named in a title line): one claim per
    rate cell; the row is the evidence; a level column names the measure with the row label
    (level 4 → dvc_level4_rate); a row of unnamed columns gives its label as the scope."""
    r = _ex().extract(_DASHBOARD)
    got = [
        (c.subject.name, c.subject.scope, c.metric.key, c.value.value, c.evidence.text.split(" ")[0]) for c in r.claims
    ]
    assert got == [
        ("Quảng Nam", "Mức 3", "other", 70.3, "Mức"),
        ("Quảng Nam", "Mức 3", "other", 19.1, "Mức"),
        ("Quảng Nam", "Mức 3", "other", 7.0, "Mức"),
        ("Quảng Nam", None, "other", 100.0, "Tỷ"),
        ("Quảng Nam", None, "other", 100.0, "Tỷ"),
        ("Quảng Nam", None, "other", 70.2, "Tỷ"),
        ("Quảng Nam", None, "dvc_level4_rate", 27.8, "Tỷ"),
    ]
    assert all(c.evidence.text.endswith("%") and "\n" not in c.evidence.text for c in r.claims)


#: lines that are no dashboard row: running text with numbers, a pipe row, too few numbers
NOT_FLAT_ROWS = [
    pytest.param("Năm 2022 tỉnh Hà Nam tiếp nhận 1200 hồ sơ, đạt 45,6% và 12 hồ sơ trễ hạn.", id="running-text"),
    pytest.param("| Mức 3 | 68544 | 61827 | 70,3% |", id="pipe-row"),
    pytest.param("Mức 3 68544 70,3%", id="too-few-numbers"),
]


@pytest.mark.parametrize("text", NOT_FLAT_ROWS)
def test_not_flat_rows(text):
    from vn_egov_extract.tables import flat_row

    assert flat_row(text, text.index("%") - 2) is None


#: a headline whose keyed claim the body states again gives one claim, the body's with its period
#: (heldout2 daibieunhandan); a measure of key other keeps the headline's claim (its evidence
#: tells it apart, as the dev gold annotates it)
HEADLINES = [
    (  # style (heldout h10 bacninhtv's kind, with its province named)
        "Bắc Ninh: Tỷ lệ hồ sơ trực tuyến đạt 98%\n\n(BTV) Trong tháng 10/2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh"
        " Bắc Ninh đạt 98%.",
        "2023-11-02",
        [("Bắc Ninh", "online_dossier_rate", 98.0, "exact", "achieved", "2023-10-01", "2023-10-31")],
    ),
    (  # negative neighbour: a measure of key other keeps the headline claim
        "Bắc Ninh: Tỷ lệ số hóa hồ sơ đạt 100%\n\nTrong tháng 10/2023, tỷ lệ số hóa hồ sơ toàn tỉnh Bắc Ninh đạt 100%.",
        "2023-11-02",
        [
            ("Bắc Ninh", "other", 100.0, "exact", "achieved", None, "2023-11-02"),
            ("Bắc Ninh", "other", 100.0, "exact", "achieved", "2023-10-01", "2023-10-31"),
        ],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(HEADLINES, "headlines"))
def test_headlines_restating_the_body(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: a counted set is the subject of the next list items only when it heads them (named before a
#: colon: "phương án của 14 Bộ, cơ quan; cụ thể như sau: (1) ..."); a set that one numbered point
#: of a report speaks of is not the next point's subject
GROUP_ITEMS = [
    (  # heldout2 bc-7242-style report points (2017)
        "BÁO CÁO\nTình hình thực hiện Nghị quyết 36a/NQ-CP quý II năm 2017\n\n1. Đến nay, 29/30 bộ, cơ quan ngang"
        " bộ (đạt 96,7%) đã ban hành kế hoạch.\n2. Tỷ lệ văn bản điện tử gửi nhận giữa các cơ quan nhà nước đạt 75%.",
        [("29/30 bộ, cơ quan", "group", 96.7), ("Việt Nam", "country", 75.0)],
    ),
    (  # heldout2 cand-2020-09 (trimmed): coordinated sets, one claim each
        "Tính đến tháng 9 năm 2020, trong đó, 9 bộ, ngành trung ương và 15 tỉnh, thành phố đã cung cấp trên 30%"
        " dịch vụ công trực tuyến mức độ 4.",
        [("9 bộ, ngành", "group", 30.0), ("15 tỉnh, thành phố", "group", 30.0)],
    ),
    (  # heldout cd-220 (trimmed): the set heads its items
        "Thủ tướng đã phê duyệt phương án của 14 Bộ, cơ quan; cụ thể như sau: (1) Tổng số TTHC sẽ cắt giảm"
        " là 3.071 TTHC (đạt 62,8%);\n(2) Cắt giảm 2.269 ĐKKD (đạt 32,5%).",
        [("14 Bộ, cơ quan", "group", 62.8), ("14 Bộ, cơ quan", "group", 32.5)],
    ),
]


@pytest.mark.parametrize("text,expected", _rows(GROUP_ITEMS, "group-items"))
def test_a_set_heads_only_the_items_it_leads(text, expected):
    assert _subjects(text, "2017-07-12") == expected


#: e-government keys named by other words (spec §3): the services as procedures ("thủ tục hành
#: chính có phát sinh hồ sơ trực tuyến"), the level after the value (above); dossiers stay dossiers
METRIC_KEYS = [
    (
        "Năm 2021, tỷ lệ thủ tục hành chính có phát sinh hồ sơ trực tuyến của tỉnh Lào Cai đạt 60%.",
        [("Lào Cai", "dvc_with_online_dossiers_rate", 60.0)],
    ),
    (
        "Năm 2022, tỷ lệ TTHC có phát sinh hồ sơ trực tuyến của Bộ Công Thương là 72,5%.",
        [("Bộ Công Thương", "dvc_with_online_dossiers_rate", 72.5)],
    ),
    (  # negative neighbour: a share of dossiers
        "Năm 2021, tỷ lệ hồ sơ trực tuyến của tỉnh Yên Bái đạt 35%.",
        [("Yên Bái", "online_dossier_rate", 35.0)],
    ),
]


@pytest.mark.parametrize("text,expected", _rows(METRIC_KEYS, "metric-keys"))
def test_metric_keys_by_other_words(text, expected):
    assert [(n, k, v) for n, k, _, v in _metrics(text)] == expected


#: "từ <date> đến nay" runs from the date to the document's date (spec §3, "từ đầu tháng 6/2021" has
#: an open end; "đến nay" closes it at doc_date)
UNTIL_NOW = [
    (  # style (heldout2 mic-2020-05 "từ năm 2018 đến nay")
        "Từ đầu năm đến nay, tỷ lệ hồ sơ trực tuyến của tỉnh An Giang đạt 40%.",
        "2022-06-30",
        [("An Giang", "online_dossier_rate", 40.0, "exact", "achieved", "2022-01-01", "2022-06-30")],
    ),
    (
        "Từ tháng 3/2023 đến nay, tỷ lệ số hóa hồ sơ của tỉnh Bạc Liêu đạt 65%.",
        "2023-09-15",
        [("Bạc Liêu", "other", 65.0, "exact", "achieved", "2023-03-01", "2023-09-15")],
    ),
    (  # negative neighbour: an open start without "đến nay" keeps its open end
        "Từ tháng 3/2023, tỷ lệ số hóa hồ sơ của tỉnh Bạc Liêu đạt 65%.",
        "2023-09-15",
        [("Bạc Liêu", "other", 65.0, "exact", "achieved", "2023-03-01", None)],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(UNTIL_NOW, "until-now"))
def test_from_a_date_until_now(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


def test_an_interval_glossed_by_its_month():
    """heldout2 vinhphuc-2021-08 (the gold's "từ ngày 21/7 đến 20/8/2021 (tháng 8/2021)"): a month
    bracketed after an interval stands for it in the sentences after."""
    text = (
        "Báo cáo kết quả giải quyết TTHC từ ngày 21/7 đến 20/8/2021 (tháng 8/2021) của tỉnh Hưng Yên.\n\n"
        "Trong tháng 8/2021, tỷ lệ hồ sơ trực tuyến của tỉnh Hưng Yên đạt 30%."
    )
    assert claims(text, doc_date="2021-08-30") == [
        ("Hưng Yên", "online_dossier_rate", 30.0, "exact", "achieved", "2021-07-21", "2021-08-20")
    ]


#: a date inside a parenthesis closed before the value, with a value of its own, dates that value
BRACKETED_GOALS = [
    (  # heldout2 cand-2020-09 (trimmed)
        "Tính đến tháng 9 năm 2020, toàn quốc có 19,10% dịch vụ công trực tuyến mức độ 4 (mục tiêu Chính phủ"
        " đặt ra năm 2020 tối thiểu 30%), trong đó, 15 tỉnh, thành phố đã cung cấp trên 30% dịch vụ công trực"
        " tuyến mức độ 4.",
        "2020-09-17",
        [
            ("Việt Nam", "dvc_level4_rate", 19.1, "exact", "achieved", None, "2020-09-30"),
            ("Việt Nam", "dvc_level4_rate", 30.0, "at_least", "target", None, "2020-12-31"),
            ("15 tỉnh, thành phố", "dvc_level4_rate", 30.0, "more_than", "achieved", None, "2020-09-30"),
        ],
    ),
    (  # negative neighbour: a bracketed date without a value of its own dates the value
        "Tỷ lệ hồ sơ trực tuyến của tỉnh Gia Lai (năm 2022) đạt 41%.",
        "2023-02-01",
        [("Gia Lai", "online_dossier_rate", 41.0, "exact", "achieved", "2022-01-01", "2022-12-31")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(BRACKETED_GOALS, "bracketed-goals"))
def test_a_bracketed_goal_keeps_its_date(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


def test_a_share_bracketed_after_a_count_names_what_is_counted():
    """heldout2 vinhphuc-2021-09 (province named): the metric text of "là 4.157 hồ sơ (đạt
    99,71%)" is what the count counts; with none before, the clause after the bracket."""
    text = (
        "Tháng 9/2021, Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc đã tiếp nhận mới 4.131 hồ sơ. Đã có kết"
        " quả trả trước và đúng hạn là 4.157 hồ sơ (đạt 99,71%). Có 90 hồ sơ (chiếm 2,16%), các cơ quan thụ lý"
        " trả lại hồ sơ."
    )
    r = _ex().extract(text, doc_date=dt.date(2021, 9, 29))
    assert [(c.metric.key, c.metric.text, c.value.value) for c in r.claims] == [
        ("other", "kết quả trả trước và đúng hạn", 99.71),
        ("other", "các cơ quan thụ lý trả lại hồ sơ", 2.16),
    ]
    assert all(r.text[c.metric.start : c.metric.end] == c.metric.text for c in r.claims)
