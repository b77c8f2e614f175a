"""Gold for vietnamnet-2021-binh-duong-100pct-dvctt-muc-do-4 (VietNamNet mobile, 2021)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, pct, prov

SLUG = "vietnamnet-2021-binh-duong-100pct-dvctt-muc-do-4"
BD = "Bình Dương"
BTT = agency("Bộ Thông tin và Truyền thông", "ministry")
Y2021 = date("2021-01-01", "2021-12-31", "year")
L4 = "dvc_level4_rate"

ents = [
    E("PERCENT", "mục tiêu cung cấp [[100%]] dịch vụ công đủ điều kiện lên trực tuyến mức độ 4 trong năm 2021, Bộ", pct(100)),
    E("DATE", "mức độ 4 trong [[năm 2021]], Bộ Thông tin", Y2021),
    E("AGENCY", "năm 2021, [[Bộ Thông tin và Truyền thông]] đề nghị", BTT),
    E("PERCENT", "triển khai ngay Kế hoạch cung cấp [[100%]]", pct(100)),
    E("DATE", "trực tuyến mức độ 4 trong [[năm 2021]]\n\nThực hiện", Y2021),
    E("AGENCY", "Thực hiện kế hoạch này, [[UBND tỉnh Bình Dương]]", agency("Ủy ban nhân dân tỉnh Bình Dương", "people_committee", BD)),
    E("PERCENT", "đẩy mạnh triển khai Kế hoạch cung cấp [[100%]]", pct(100)),
    E("DATE", "ngay trong [[năm nay]].", Y2021),
    E("LOCATION", "\n\n[[Bình Dương]] nỗ lực", prov(BD)),
    E("PERCENT", "nỗ lực cung cấp [[100%]]", pct(100)),
    E("DATE", "mức độ 4 trong [[năm 2021]]\nDịch vụ công", Y2021),
    E("AGENCY", "Theo đó, [[Sở Thông tin và Truyền thông]] phối hợp", agency("Sở Thông tin và Truyền thông tỉnh Bình Dương", "department", BD)),
    E("PERCENT", "các giải pháp để đạt được mục tiêu cung cấp [[100%]]", pct(100)),
    E("DATE", "mức độ 4 trong [[năm 2021]]; định kỳ", Y2021),
    E("AGENCY", "dịch vụ công trực tuyến về [[Bộ Thông tin và Truyền thông]] qua", BTT),
    E("AGENCY", "các địa phương, [[Bộ Thông tin và Truyền thông]] đã tổng hợp", BTT),
]

claims = [
    C(
        ("Việt Nam", "country", "các bộ, tỉnh"),
        ("cung cấp ... dịch vụ công đủ điều kiện lên trực tuyến mức độ 4", L4),
        V(100),
        "target",
        ("trong năm 2021", None, "2021-12-31"),
        "Để có thể đạt được mục tiêu cung cấp 100% dịch vụ công đủ điều kiện lên trực tuyến mức độ 4 trong năm 2021, Bộ Thông tin và Truyền thông đề nghị các bộ, tỉnh chỉ đạo xây dựng và tổ chức triển khai ngay Kế hoạch cung cấp 100% dịch vụ công đủ điều kiện lên trực tuyến mức độ 4 trong năm 2021",
        note="The nationwide target that the ministry asks every ministry and province to plan for (as seed 000 annotates the same campaign): subject the country; the two 100% of this sentence state one target.",
    ),
    C(
        (BD, "province", "UBND tỉnh Bình Dương"),
        ("cung cấp ... dịch vụ công trực tuyến mức độ 4 đủ điều kiện", L4),
        V(100),
        "target",
        ("ngay trong năm nay", None, "2021-12-31"),
        "Thực hiện kế hoạch này, UBND tỉnh Bình Dương vừa chỉ đạo đẩy mạnh triển khai Kế hoạch cung cấp 100% dịch vụ công trực tuyến mức độ 4 đủ điều kiện ngay trong năm nay.",
        note="The title line ('Bình Dương nỗ lực cung cấp 100% ... trong năm 2021') and the Sở TT&TT sentence restate this target of the province: one claim (they would be exact duplicates for the scorer).",
    ),
]

NOTES = [
    "Stored text of a VietNamNet mobile page (m.vietnamnet.vn, 'Góc nhìn' section) returned by the search tool's 'pages' corpus: it starts at the lead (no headline line) and stops after the paragraph on the ministry's list of services ('... cung cấp trực tuyến mức độ 4'), 1,969 bytes. Whether it is cut there or differs from the page in invisible whitespace cannot be told from the tool's answer.",
    "Outlet overlap: VietNamNet is also the outlet of h10's 'vietnamnet-2025-11' (a different article, 2025). It is kept because it is the only text found with keyed e-government claims (dvc_level4_rate targets); drop it if strict outlet disjointness matters.",
    "doc_date: no date in the text; the latest year stated is 2021 and 'năm nay' = 2021; doc_date is set to 2021-12-31 (same rule as the other undated texts). The page belongs to the ministry's mid-2021 campaign for 100% level-4 services (cf. seed 000, Công văn 2662/BTTTT-THH of 21/7/2021).",
    "Targets 'trong năm 2021' / 'ngay trong năm nay': start null, end 2021-12-31 (seed convention for a deadline year).",
    "'Kế hoạch cung cấp 100% ...' names a plan without a number: not a DOC_NUMBER. 'https://dti.gov.vn', 'Cổng Dịch vụ công quốc gia' are not entities.",
    "The title-like line 'Bình Dương nỗ lực ... trong năm 2021' occurs only once (after the lead, with an image caption) and is kept as content; its entities are annotated.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2021-12-31", entities=ents, claims=claims, notes=NOTES,
          doc_date_note="no date in the text; latest year stated (2021), 'năm nay' = 2021")
