"""Gold for dti-2022-xep-hang-chuyen-doi-so-cap-tinh-decimal-point (dti.gov.vn ranking page, DTI 2022)."""

import pathlib
import re
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import E, build, date, prov, read

SLUG = "dti-2022-xep-hang-chuyen-doi-so-cap-tinh-decimal-point"
CANON = {
    "TP. Đà Nẵng": "Đà Nẵng",
    "TP. Hồ Chí Minh": "Hồ Chí Minh",
    "Thừa Thiên - Huế": "Thừa Thiên Huế",
    "TP. Cần Thơ": "Cần Thơ",
    "TP. Hải Phòng": "Hải Phòng",
    "TP. Hà Nội": "Hà Nội",
}

text = read(SLUG)
ents = [E("DATE", "chuyển đổi số [[năm 2022]]", date("2022-01-01", "2022-12-31", "year"))]
# the overall ranking: one province per line "<rank> <name>"
ranking = re.findall(r"\n(\d+) ([^\n\d][^\n]*?)(?=\n)", text.split("Xếp hạng chi tiết")[0])
assert len(ranking) == 63, len(ranking)
for rank, name in ranking:
    ents.append(E("LOCATION", f"\n{rank} [[{name}]]\n", prov(CANON.get(name, name))))
# the detail table: "<rank> <name> <nine scores>"
for rank, name in re.findall(r"\n(\d+) ([^\n\d]+?) \d\.\d{4}", text):
    ents.append(E("LOCATION", f"\n{rank} [[{name}]] ", prov(CANON.get(name, name))))
assert len(ents) == 1 + 63 + 5, len(ents)

if __name__ == "__main__":
    build(
        SLUG,
        doc_date=None,
        doc_date_note="the page states the assessment year (năm 2022) but no publication date; the DTI 2022 ranking was published in 2023, which the text does not say",
        entities=ents,
        claims=[],
        boilerplate=[],
        notes=[
            "Stored text (a chunk of 2,000 UTF-8 bytes) of the ranking page of the DTI portal of Bộ Thông tin và Truyền thông (dti.gov.vn/xep-hang-2022) as returned by the search tool's 'pages' corpus: the overall ranking of the 63 provinces (one per line, with a tie at 15), then the first five rows of the detailed table, whose nine index values are written with an English decimal point ('1.0000', '0.8253'); it stops at the rank '6' of the sixth row.",
            "A kind none of the earlier sets has: an official ranking table with English-style decimal points. It is a negative test for percentages and numbers: no value is a percentage, so there is no PERCENT and no claim; a Vietnamese-style reader must not turn '0.9000' into 9000 or into a percentage.",
            "Every province name is a LOCATION with the canonical name and GSO code: 'TP. Đà Nẵng' -> Đà Nẵng, 'Thừa Thiên - Huế' -> Thừa Thiên Huế, 'Bà Rịa - Vũng Tàu' as written. The rank numbers are not annotated.",
            "The column headers ('XẾP HẠNG CHÍNH QUYỀN SỐ', 'Chỉ số Hoạt động chính quyền số', ...) are index names: no AGENCY ('chính quyền số' is a concept).",
        ],
    )
