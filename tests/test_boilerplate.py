"""Boilerplate ranges of scraped pages: what is marked (by rule kind), what must never be
marked (article text), the dev corpus's gold boilerplate, and the seeds' entities and claims.

Cases by provenance: the seeds; the dev corpus (tests/data/dev); the page furniture the issue
(#5) names, in the forms Vietnamese news sites and legal databases print it; fixed bugs.
"""

from __future__ import annotations

import json

import pytest
from conftest import DEV, GOLD, gold_entities
from hypothesis import given, settings
from hypothesis import strategies as st

from vn_egov_extract.boilerplate import find_attribute_panels, find_boilerplate, find_signoff_tail, find_toc_runs
from vn_egov_extract.document import Doc


def _marked(text: str) -> list[tuple[str, str | None]]:
    """(marked text, kind) of the merged boilerplate ranges of ``text``."""
    doc = Doc(text)
    doc.set_boilerplate(find_boilerplate(text))
    return [(text[r.start : r.end], r.kind) for r in doc.boilerplate]


MARKED = [
    # seeds
    pytest.param(
        "Nội dung bài.\nTừ khóa: Bộ TT&TT, dịch vụ công trực tuyến, mức độ 4", "keywords", id="seed-000-keywords"
    ),
    pytest.param("Nội dung bài.\n20210721-pg1-DVCTT.jpg", "image_file", id="seed-000-image-file"),
    pytest.param("Nội dung bài.\n(责任编辑:La liga)", "editor", id="seed-002-editor-line"),
    pytest.param("Nội dung bài.\n{keywords}", "image_placeholder", id="seed-004-image-placeholder"),
    pytest.param("Cảm ơn quý khách đã gửi báo lỗi.", "thanks_report", id="seed-003-report-thanks"),
    pytest.param(
        "Quý khách vui lòng Đăng nhập tài khoản LuatVietnam và đăng ký sử dụng Phần mềm tra cứu văn bản.",
        "login",
        id="seed-003-account-prompt",
    ),
    pytest.param("- Thay đổi cỡ chữ:17", "db_tab", id="seed-003-font-size-control"),
    pytest.param("- In tài liệu", "db_tab", id="seed-003-print-control"),
    pytest.param("thuộc tính Công văn 3485/BTTTT-THH", "db_title_tab", id="seed-003-tab-title"),
    pytest.param("ĐÁNH GIÁ BÀI VIẾT( 0)", "rating", id="rating"),
    # dev corpus
    pytest.param("### Nội dung chính", "toc", id="dev-tvnd-contents-heading"),
    pytest.param(
        ">>> Xem chi tiết: * Nghị quyết 27/NQ-CP phiên họp Chính phủ thường kỳ tháng 1/2025*.",
        "download",
        id="dev-tvnd-see-more-link",
    ),
    pytest.param(">> Tải về **Quyết định 664/QĐ-BXD năm 2025**", "download", id="dev-tvpl-download-link"),
    pytest.param(
        "Quý khách cần hỏi thêm thông tin về có thể đặt câu hỏi tại đây.", "ask_here", id="dev-tvpl-ask-prompt"
    ),
    # the forms
    pytest.param("Trang chủ | Thời sự | Chính trị | Chuyển đổi số", "menu", id="site-menu"),
    pytest.param("Trang chủ > Chuyển đổi số > Chính phủ số", "menu", id="breadcrumb"),
    pytest.param("Chia sẻ Facebook Zalo In bài", "controls", id="share-print-controls"),
    pytest.param("Cỡ chữ: A- A+ | In | Email", "controls", id="font-size-controls"),
    pytest.param("Gửi bình luận", "comments", id="comment-prompt"),
    pytest.param(
        "© 2020 Báo điện tử VietNamNet. Ghi rõ nguồn khi phát hành lại thông tin.", "copyright", id="copyright"
    ),
    pytest.param("Theo dõi VietNamNet trên Google News", "follow_news", id="follow-prompt"),
    pytest.param("Ảnh: Vân Anh", "photo_line", id="photo-credit-line"),
    # held-out h10 (portal chrome) and forms written after it
    pytest.param("Nội dung bài.\nMặc định Cỡ chữ", "controls", id="heldout-kontum-font-size-default"),
    pytest.param("Cỡ chữ: Mặc định | A+ | A-", "controls", id="font-size-default-first"),
    pytest.param("Nội dung bài.\n;", "residue", id="heldout-baodanang-punctuation-residue"),
    pytest.param("Thứ 4, Ngày 31/05/2023 -", "date_widget", id="heldout-kontum-date-widget"),
    pytest.param("Thứ Hai, ngày 07/11/2022 |", "date_widget", id="date-widget-weekday-word"),
    pytest.param("Đang tải văn bản...", "db_loading", id="heldout-tvpl-loading"),
]


@pytest.mark.parametrize("text, kind", MARKED)
def test_marked_lines(text, kind):
    line = text.split("\n")[-1]
    got = _marked(text)
    assert got == [(line, kind)]


SPANS = [
    pytest.param(
        "Quảng Ninh đạt 39% (Ảnh: doanthanhnien.vn) trong năm.", "(Ảnh: doanthanhnien.vn)", id="seed-004-credit"
    ),
    pytest.param("Tỷ lệ đạt 80%. (Hình từ Internet)", "(Hình từ Internet)", id="dev-tvpl-internet-photo"),
    pytest.param(
        "【bong đa truc tuyến】Các địa phương làm gì?", "【bong đa truc tuyến】", id="seed-002-bracketed-spam-keyword"
    ),
    pytest.param(
        "(DVCTT),ácđịaphươnglàmgìđểnângcaohiệuquảsửdụngdịchvụcôngtrựctuyế Bộ TT&TT",
        "ácđịaphươnglàmgìđểnângcaohiệuquảsửdụngdịchvụcôngtrựctuyế",
        id="seed-002-glued-words",
    ),
]


@pytest.mark.parametrize("text, marked", SPANS)
def test_marked_spans(text, marked):
    assert [m for m, _ in _marked(text)] == [marked]


def test_related_list_with_timestamps():
    """Seed 001: "Có thể bạn quan tâm" and its items and timestamps are one range."""
    text = (
        "Bài viết kết thúc ở đây.\n\nCó thể bạn quan tâm\n\n"
        "  • Nghệ An cử 52 người đi học kinh nghiệm trung tâm phục vụ hành chính công\n\n    16:08, 25/09/2020\n\n"
        "  • Nghệ An cử 34 nhân sự đến làm việc tại trung tâm hành chính công\n\n    15:28, 25/08/2020\n"
    )
    ((marked, kind),) = _marked(text)
    assert kind == "related"
    assert marked.startswith("Có thể bạn quan tâm") and marked.endswith("15:28, 25/08/2020")


def test_repeated_spam_keyword_is_marked_everywhere():
    text = "【bong đa truc tuyến】Tiêu đề\nNội dung bong đa truc tuyến nữa."
    kinds = sorted(k for _, k in _marked(text))
    assert kinds == ["spam_bracket", "spam_keyword"]
    doc = Doc(text)
    doc.set_boilerplate(find_boilerplate(text))
    assert doc.in_boilerplate(text.index("bong đa truc tuyến nữa"), text.index(" nữa"))


def test_table_of_contents_run():
    """Dev tvpl-nq-71: the "Nội dung chính" list repeats the section headings further down."""
    text = (DEV / "raw" / "tvpl-nq-71-nq-cp-2025-chi-tieu-chuyen-doi-so.txt").read_text(encoding="utf-8")
    (r,) = find_toc_runs(text)
    assert (r.start, r.end) == (324, 721)


NOT_MARKED = [
    pytest.param(
        "Chia sẻ kinh nghiệm triển khai dịch vụ công trực tuyến, ông Nguyên cho biết tỷ lệ đạt 40%.",
        id="chia-se-in-prose",
    ),
    pytest.param("Theo dõi sát tình hình, Bộ TT&TT đề nghị các địa phương báo cáo.", id="theo-doi-in-prose"),
    pytest.param("Tin liên quan đến chuyển đổi số được đăng trên Cổng thông tin điện tử.", id="tin-lien-quan-in-prose"),
    pytest.param("Trang chủ của Cổng Dịch vụ công quốc gia có 3.000 dịch vụ.", id="trang-chu-in-prose"),
    pytest.param("Ảnh hưởng của dịch bệnh làm giảm 20% số hồ sơ.", id="anh-huong"),
    pytest.param("In ấn tài liệu được thay bằng bản điện tử.", id="in-an"),
    pytest.param("Bình luận về kết quả này, Bộ trưởng cho rằng tỷ lệ còn thấp.", id="binh-luan-in-prose"),
    pytest.param(
        "Đánh giá bài viết của các chuyên gia, ông A cho rằng số liệu là đúng.", id="fixed-bug-rating-in-prose"
    ),
    pytest.param("Lưu ý: hồ sơ phải nộp trực tuyến trên Cổng Dịch vụ công quốc gia.", id="luu-y"),
    pytest.param("Xem thêm thông tin tại Cổng Dịch vụ công quốc gia.", id="xem-them-in-prose"),
    pytest.param("Số liệu tại https://bcudcntt.aita.gov.vn của Bộ Thông tin và Truyền thông.", id="url"),
    pytest.param("Tỉnh Thừa Thiên - Huế đạt 54,53%, Bà Rịa - Vũng Tàu đạt 22,83%.", id="long-place-names"),
    pytest.param(
        "**Mục tiêu là gì?**\nMục tiêu là 80%.\n**Mục tiêu là gì?**\nNhắc lại.", id="repeated-heading-is-not-a-toc"
    ),
    # a date line below the top is no widget
    pytest.param("Tiêu đề.\nMở đầu.\nĐoạn hai.\nThứ 4, ngày 31/05/2023 -", id="weekday-date-below-the-top"),
    pytest.param("Ngày 31/05/2023, UBND tỉnh Kon Tum đã họp.", id="date-sentence-at-the-top"),
    pytest.param("Thứ Hai, 07/11/2022\nTỉnh Kon Tum đạt 22,33%.", id="weekday-byline-without-widget-separator"),
    # one or two attribute labels are no panel
    pytest.param("Lĩnh vực: Công nghệ thông tin\nNgười ký: Nguyễn Văn A", id="two-labels-no-panel"),
    # a tail marker in the first half of the page is no tail
    pytest.param("Văn bản này chưa cập nhật nội dung Tiếng Anh\n" + "Nội dung văn bản. " * 20, id="tail-marker-early"),
]


@pytest.mark.parametrize("text", NOT_MARKED)
def test_article_text_is_not_marked(text):
    assert _marked(text) == []


# ------------------------------------------------------------------ legal-database chrome

_TVPL_HEAD = (
    "|\n|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**. Mọi hành vi sao chép là vi phạm.\n"
    "**\nTHƯ VIỆN PHÁP LUẬT** has the copyright on this translation. Copying it without the consent of **\n"
    "THƯ VIỆN PHÁP LUẬT** is a violation against the Law on Intellectual Property.\nX\n**\n"
    "CÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\n**\nCác nội dung của VB này được VB khác thay đổi, hướng dẫn sẽ được "
    "làm nổi bật bằng\ncác màu sắc:\n: Sửa đổi, thay thế,\nhủy bỏ\nClick vào phần bôi vàng để xem chi tiết.\n|\n|\n"
    "Đang tải văn bản...\n#\n**Số hiệu:**\n|\n45/KH-UBND\n|\n|\n**Loại văn bản:**\n|\nKế hoạch\n|\n"
    "**Nơi ban hành:**\n|\nTỉnh Quảng Trị\n|\n|\n**Người ký:**\n|\nHoàng Nam\n|\n**Ngày ban hành:**\n|\n"
    "03/10/2025\n|\n|\n**\nNgày hiệu lực:**\n|\nĐã biết\n|\n**Tình trạng:**\n|\nĐã biết\n|\n|\n"
)
_BODY = (
    "**ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ**\n|\nSố: 45/KH-UBND\n" + "Tỷ lệ hồ sơ trực tuyến đạt 60% vào năm 2025.\n" * 12
)
_TVPL_TAIL = (
    "Kế hoạch 45/KH-UBND năm 2025 chuyển đổi số tỉnh Quảng Trị do Tỉnh Quảng Trị ban hành\n"
    "Văn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\nBan hành:\n15/09/2025\n"
    "Hiệu lực: Đã biết\nCập nhật:\n18/09/2025\n**Địa chỉ:**\n|\n17 Nguyễn Gia Thiều, TP.HCM\n|\n"
)


def test_legal_database_page_chrome_before_and_after_the_document():
    """Held-out h11 (thuvienphapluat.vn pages kept by trafilatura), rewritten with another
    province's plan: the notices before the document are one range from the page start, the
    summary line and everything after it another one to the page end. The attribute panel
    between them is content, as in the seed gold (seed 003 annotates the entities of its panel)."""
    text = _TVPL_HEAD + _BODY + _TVPL_TAIL
    marked = _marked(text)
    assert [(m[:12], k) for m, k in marked] == [(text[:12], "db_copyright"), (_TVPL_TAIL[:12], "db_no_translation")]
    head, tail = marked[0][0], marked[1][0]
    assert head.rstrip("|\n").endswith("Đang tải văn bản...") and tail == _TVPL_TAIL
    doc_number = text.index("45/KH-UBND")
    doc = Doc(text)
    doc.set_boilerplate(find_boilerplate(text))
    assert not doc.in_boilerplate(doc_number, doc_number + 10)
    assert not doc.in_boilerplate(text.index("Số: 45"), text.index("Số: 45") + 13)


def test_attribute_panel_in_pipe_rows():
    """Seed 003 (luatvietnam.vn): the panel printed as pipe rows is the same kind of chrome."""
    text = (
        "Cơ quan ban hành: | Bộ Thông tin và Truyền thông | Số công báo: | Đang cập nhật |\n"
        "Số hiệu: | 3485/BTTTT-THH | Ngày đăng công báo: | Đang cập nhật |\n"
        "Loại văn bản: | Công văn | Người ký: | Nguyễn Mạnh Hùng |\n"
        "Ngày ban hành: | 10/09/2020 | Ngày hết hiệu lực: | Đang cập nhật |\n"
        "\nBỘ THÔNG TIN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    )
    (r,) = find_attribute_panels(text)
    assert text[r.start : r.end].endswith("Ngày hết hiệu lực: | Đang cập nhật |")


def test_panel_metadata_is_still_read(extractor):
    """The document's number, type and date come from the attribute panel when the
    document has no header block (held-out cv-6225)."""
    text = _TVPL_HEAD + "**Kính gửi:** Các sở, ngành.\n" + "Đề nghị các cơ quan báo cáo kết quả.\n" * 12
    md = extractor.extract(text).metadata
    assert (md.number, md.doc_type, md.issued_date) == ("45/KH-UBND", "Kế hoạch", "2025-10-03")
    assert md.title.startswith("Kế hoạch 45/KH-UBND")


# ------------------------------------------------------------------ sign-off tail


def test_signoff_tail_of_a_news_page():
    """Seed 004: the teaser after the author's sign-off "Vân Anh"."""
    body = "Câu thứ nhất của bài viết khá dài để làm nội dung chính. " * 8
    text = body + "\n\nVân Anh\n\nViệc đưa 100% dịch vụ công lên trực tuyến là khả thi\n"
    r = find_signoff_tail(text)
    assert r is not None and text[r.start : r.end] == "Việc đưa 100% dịch vụ công lên trực tuyến là khả thi"


def test_no_signoff_tail_in_an_official_letter():
    body = "Câu thứ nhất của công văn khá dài để làm nội dung chính. " * 8
    text = "Số: 3485/BTTTT-THH\n" + body + "\n\nNguyễn Mạnh Hùng\n\nPHỤ LỤC\n"
    assert find_signoff_tail(text) is None


# ------------------------------------------------------------------ the corpus


@pytest.mark.parametrize(
    "name",
    sorted(p.name.removesuffix(".entities.json") for p in (DEV / "gold").glob("*.entities.json")),
)
def test_dev_boilerplate_equals_gold(extractor, name):
    gold = json.loads((DEV / "gold" / f"{name}.entities.json").read_text(encoding="utf-8"))
    r = extractor.extract_file(DEV / "raw" / gold["source"])
    assert [(b.start, b.end) for b in r.boilerplate] == [(x["start"], x["end"]) for x in gold["boilerplate"]]
    for e in gold["entities"]:
        assert not any(b.start < e["end"] and e["start"] < b.end for b in r.boilerplate), e


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_entities_and_claims_lie_outside_boilerplate(seed_results, prefix):
    r = seed_results[prefix]

    def inside(s: int, e: int) -> bool:
        return any(b.start < e and s < b.end for b in r.boilerplate)

    # nothing the seed gold marks is boilerplate: neither the article text nor the legal
    # database's attribute panel of seed 003 ("Cơ quan ban hành: | Bộ Thông tin và Truyền thông |
    # ... Số hiệu: | 3485/BTTTT-THH |"), whose three entities the seed gold annotates
    for e in gold_entities(prefix):
        assert not inside(e["start"], e["end"]), e
    for e in r.entities:
        assert not inside(e.start, e.end), e
    for c in r.claims:
        assert not any(b.start <= c.evidence.start and c.evidence.end <= b.end for b in r.boilerplate), c


@pytest.mark.parametrize("prefix", ["001", "002", "003"])
def test_seeds_have_boilerplate(seed_results, prefix):
    assert seed_results[prefix].boilerplate


def test_gold_folder_is_there():
    assert len(list(GOLD.glob("*.entities.json"))) == 5


# ------------------------------------------------------------------ properties


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*"ab .\n-•|>#*", "Có thể bạn quan tâm", "16:08, 25/09/2020", "【spam】", "Từ khóa: ", "**", "trang chủ"]
        ),
        max_size=80,
    ).map("".join)
)
def test_ranges_are_inside_the_text(text):
    for r in find_boilerplate(text):
        assert 0 <= r.start <= r.end <= len(text)
