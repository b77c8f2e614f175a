"""Gold for kinhtedothi-2022-08-dti-2021-bo-tinh (Kinh tế & Đô thị, Aug 2022, DTI 2021)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, pct, prov

SLUG = "kinhtedothi-2022-08-dti-2021-bo-tinh"
Y21 = date("2021-01-01", "2021-12-31", "year")
Y20 = date("2020-01-01", "2020-12-31", "year")
MIC = agency("Bộ Thông tin và Truyền thông", "ministry")
P21 = ("năm 2021", "2021-01-01", "2021-12-31")

ents = [
    E("DATE", "DTI cấp tỉnh trong [[năm 2021]]", Y21),
    E("PERCENT", "[[32,7%]]", pct(32.7)),
    E("DATE", "so với [[2020]];", Y20),
    E("PERCENT", "[[15,4%]]", pct(15.4)),
    E("DATE", "giảm nhẹ so với [[một năm trước đó]]", Y20),
    E("AGENCY", "Theo [[Bộ TT&TT]], nguyên", MIC),
    E("DATE", "là do [[năm 2021]] có thêm", Y21),
    E("AGENCY", "[[Viện Hàn lâm Khoa học xã hội Việt Nam]]", agency("Viện Hàn lâm Khoa học xã hội Việt Nam", "agency")),
    E(
        "AGENCY",
        "[[Ủy ban Quản lý vốn nhà nước tại doanh nghiệp]]",
        agency("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "agency"),
    ),
    E("DATE", "có giá trị DTI [[2021]] đạt", Y21),
    E("PERCENT", "[[13,48%]]", pct(13.48)),
    E("DATE", "địa phương [[năm 2021]] vẫn", Y21),
    E("AGENCY", "[[Bộ Tài chính]] giữ vị trí", agency("Bộ Tài chính", "ministry")),
    E("DATE", "so với so với [[năm 2020]]", Y20),
    E("AGENCY", "[[Bộ KH&ĐT]] và", agency("Bộ Kế hoạch và Đầu tư", "ministry")),
    E("AGENCY", "[[Bảo hiểm xã hội Việt Nam]]", agency("Bảo hiểm Xã hội Việt Nam", "agency")),
    E("AGENCY", "[[Ngân hàng Nhà nước Việt Nam]]", agency("Ngân hàng Nhà nước Việt Nam", "ministry")),
    E("AGENCY", "[[Bộ Công Thương]]", agency("Bộ Công Thương", "ministry")),
    E("AGENCY", "Bộ Công Thương, [[Bộ TT&TT]], Bộ TN&MT", MIC),
    E("AGENCY", "[[Bộ TN&MT]]", agency("Bộ Tài nguyên và Môi trường", "ministry")),
    E("AGENCY", "[[Bộ VHTT&DL]]", agency("Bộ Văn hóa, Thể thao và Du lịch", "ministry")),
    E("AGENCY", "[[Bộ Giao thông vận tải]]", agency("Bộ Giao thông vận tải", "ministry")),
    E("AGENCY", "[[Bộ Nội vụ]]", agency("Bộ Nội vụ", "ministry")),
    E("AGENCY", "[[Viện Hàn lâm KH&CN Việt Nam]]", agency("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "agency")),
    E("DATE", "với giá trị DTI [[2021]] là 0,4736", Y21),
    E("PERCENT", "[[66,29%]]", pct(66.29)),
    E("DATE", "66,29% so với [[năm 2020]]", Y20),
    E("AGENCY", "[[Đài Truyền hình Việt Nam]]", agency("Đài Truyền hình Việt Nam", "agency")),
    E("AGENCY", "[[Thông tấn xã Việt Nam]]", agency("Thông tấn xã Việt Nam", "agency")),
    E("LOCATION", "thuộc về [[Đà Nẵng]] và", prov("Đà Nẵng")),
]

claims = [
    C(
        ("Việt Nam", "country", None, "cấp tỉnh (giá trị trung bình)"),
        ("giá trị trung bình DTI cấp tỉnh", "other"),
        V(32.7, direction="increase"),
        "achieved",
        P21,
        "giá trị trung bình DTI cấp tỉnh trong năm 2021 là 0,4014, tăng tới 32,7% so với 2020",
        note="'tăng tới': 'tới' stresses the size; qualifier exact",
    ),
    C(
        ("Việt Nam", "country", None, "cấp bộ cung cấp dịch vụ công"),
        ("DTI cấp bộ cung cấp dịch vụ công", "other"),
        V(15.4, direction="increase"),
        "achieved",
        P21,
        "DTI cấp bộ cung cấp dịch vụ công là 0,4595, tăng 15,4% so với kế trước",
    ),
    C(
        ("Việt Nam", "country", "12/89 bộ, tỉnh"),
        ("bộ, tỉnh có giá trị DTI 2021 đạt từ mức 0,5 trở lên", "other"),
        V(13.48),
        "achieved",
        ("DTI 2021", "2021-01-01", "2021-12-31"),
        "có 12/89 bộ, tỉnh có giá trị DTI 2021 đạt từ mức 0,5 trở lên, chiếm 13,48%",
        note="a share of all 89 ministries and provinces: subject Việt Nam as a whole",
    ),
    C(
        ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "agency", "Viện Hàn lâm KH&CN Việt Nam"),
        ("giá trị DTI", "other"),
        V(66.29, direction="increase"),
        "achieved",
        ("DTI 2021", "2021-01-01", "2021-12-31"),
        "Viện Hàn lâm KH&CN Việt Nam giữ vị trí dẫn đầu với giá trị DTI 2021 là 0,4736, tăng 66,29% so với năm 2020",
    ),
]

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2022-08-08",
        doc_date_note="no byline in the stored text; DTI 2021 was announced by Bộ TT&TT on 8 August 2022 (the date the other outlets of the same story give); the text itself states no full date, so this date is from outside the text",
        entities=ents,
        claims=claims,
        boilerplate=[],
        notes=[
            "Stored text (a chunk of 2,000 UTF-8 bytes) of a Kinh tế & Đô thị page (kinhtedothi.vn/da-nang-bo-tai-chinh-va-vien-han-lam-dung-dau-ve-chuyen-doi-so.html) as returned by the search tool's 'pages' corpus: it starts after the lead ('Cụ thể, ...') and stops inside a word ('Thừa Thiên Hu'). Different article from h10's kinhtedothi-2025.",
            "DTI values (0,4014, 0,4595, 0,2151, 0,5, 0,6321, 0,4736) are index scores, not percentages: no PERCENT, no claim; 'tăng 0,13' is a score change. Only the four '%' figures give claims, all metric 'other'.",
            "Ministries and agencies in the per-body ranking are AGENCY entities with their full names (Bộ KH&ĐT, Bộ TN&MT, Bộ VHTT&DL, Viện Hàn lâm KH&CN Việt Nam); 'Việt Nam' inside an agency name is not a separate LOCATION. Ngân hàng Nhà nước Việt Nam has kind 'ministry' (cơ quan ngang bộ), as in most of the dev gold.",
            "The truncated 'Thừa Thiên Hu' at the end is not annotated (the name is cut).",
            "'DTI 2021' carries the assessment year: its '2021' is a DATE (year); 'so với 2020' is a bare year; 'một năm trước đó' (relative to 2021) is 2020; 'so với kế trước' (sic, 'kỳ trước') is not a DATE.",
            "Claims on averages over all provinces / all service-providing ministries are Việt Nam with a scope.",
        ],
    )
