"""Gold for bc-btttt-2021-07-14-qlnn-6-thang-dau-nam-pdf-text (Báo cáo of Bộ TT&TT, 14 Jul 2021, PDF text on vdocuments.pub)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, C, E, V, agency, build, date, pct, prov

SLUG = "bc-btttt-2021-07-14-qlnn-6-thang-dau-nam-pdf-text"
MIC = agency("Bộ Thông tin và Truyền thông", "ministry")
VNP = agency("Tổng công ty Bưu điện Việt Nam", "state_enterprise")
H1 = ("6 tháng đầu năm", "2021-01-01", "2021-06-30")

ents = [
    E("AGENCY", "[[BỘ THÔNG TIN VÀ TRUYỀN THÔNG]] CỘNG", MIC),
    E("LOCATION", "[[CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM]]", VN),
    E("LOCATION", "[[Hà Nội]], ngày 14", prov("Hà Nội")),
    E("DATE", "[[ngày 14 tháng 7 năm 2021]]", date("2021-07-14", "2021-07-14", "day")),
    E("DATE", "công tác QLNN [[6 tháng đầu năm]]", date("2021-01-01", "2021-06-30", "period")),
    E("DATE", "[[6 tháng cuối năm 2021]]", date("2021-07-01", "2021-12-31", "period")),
    E("AGENCY", "[[Tổng Công ty Bưu điện Việt Nam]]", VNP),
    E("AGENCY", "([[VNPost]]) để", VNP),
    E("AGENCY", "phát triển [[VNPost]] thành", VNP),
    E("AGENCY", "- [[Bộ Thông tin và Truyền thông]] (TTTT)", MIC),
    E("PERCENT", "kịp thời [[100%]]", pct(100)),
    E("AGENCY", "[[Hội đồng bầu cử quốc gia]]", agency("Hội đồng Bầu cử quốc gia", "agency")),
    E("AGENCY", "- [[Bộ TTTT]] phối hợp với Ban", MIC),
    E("AGENCY", "[[Ban Tuyên giáo Trung ương]]", agency("Ban Tuyên giáo Trung ương", "party")),
    E("AGENCY", "[[Bộ TTTT]] đã phối hợp với Bộ Ngoại giao", MIC),
    E("AGENCY", "[[Bộ Ngoại giao]]", agency("Bộ Ngoại giao", "ministry")),
    E("DATE", "([[1921 - 1998]])", date("1921-01-01", "1998-12-31", "period")),
]

claims = [
    C(
        ("Bộ Thông tin và Truyền thông", "ministry", "Bộ Thông tin và Truyền thông (TTTT)"),
        ("chuyển phát kịp thời các chỉ đạo điều hành của Hội đồng bầu cử quốc gia", "other"),
        V(100),
        "achieved",
        H1,
        "Bộ Thông tin và Truyền thông (TTTT) đã chỉ đạo các đơn vị chức năng đảm bảo chuyển phát kịp thời 100% các chỉ đạo điều hành của Hội đồng bầu cử quốc gia đến các Uỷ ban bầu cử, tỉnh uỷ, UBND, HĐND, MTTQ các tỉnh, thành phố.",
        note="period from the report's title (6 tháng đầu năm 2021); the subject is the ministry that ensured the delivery",
    ),
]

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2021-07-14",
        doc_date_note="header date 'Hà Nội, ngày 14 tháng 7 năm 2021'",
        entities=ents,
        claims=claims,
        boilerplate=["bÁo cÁo 2021\n\n132\n"],
        notes=[
            "Stored text (a chunk of 2,000 UTF-8 bytes) of a vdocuments.pub page holding the text layer of a PDF: Báo cáo of Bộ Thông tin và Truyền thông 'Đánh giá tình hình công tác QLNN 6 tháng đầu năm và nhiệm vụ công tác trọng tâm 6 tháng cuối năm 2021' (14/7/2021). The page title 'bÁo cÁo 2021' and the number '132' before the header are the site's chrome (boilerplate). The PDF's header block and headings are run together on one line (no line breaks between 'CỘNG HÒA ...', 'Hà Nội, ngày ...', 'BÁO CÁO', section numbers). The report has no number in the text.",
            "A kind none of the earlier sets has: PDF-extracted text with the layout lost, from a document-sharing site.",
            "Only one percentage: 'chuyển phát kịp thời 100% các chỉ đạo điều hành của Hội đồng bầu cử quốc gia' (metric other, subject the ministry, period the first half of 2021 from the title).",
            "'(VNPost)' and 'VNPost' are AGENCY entities (the state postal corporation, kind state_enterprise as in the dev gold); the parenthetical '(TTTT)' only defines an abbreviation and is not annotated; 'Bộ TTTT' is.",
            "Plural and level words ('các Uỷ ban bầu cử, tỉnh uỷ, UBND, HĐND, MTTQ các tỉnh, thành phố', 'các đơn vị chức năng') are not AGENCY entities. 'Đảng Cộng sản Việt Nam' inside the stamp title is not annotated; the life span '1921 - 1998' in the other stamp title is a DATE period.",
        ],
    )
