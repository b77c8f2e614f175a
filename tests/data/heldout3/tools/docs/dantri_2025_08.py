"""Gold for dantri-2025-08-tphcm-cong-dvcqg-45-ngay (Dân trí, 21 Aug 2025)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import E, agency, build, date, prov

SLUG = "dantri-2025-08-tphcm-cong-dvcqg-45-ngay"
HCM = "Hồ Chí Minh"
TT = agency("Trung tâm Phục vụ hành chính công Thành phố Hồ Chí Minh", "agency", HCM)

ents = [
    E("DATE", " date [[2025-08-21]] ", date("2025-08-21", "2025-08-21", "day")),
    E("AGENCY", "phụ trách [[Trung tâm Phục vụ hành chính công]], Văn phòng", TT),
    E("AGENCY", "hành chính công, [[Văn phòng UBND TPHCM]], thông tin", agency("Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh", "agency", HCM)),
    E("LOCATION", "trên địa bàn [[TPHCM]]", prov(HCM)),
    E("DATE", "TPHCM [[chiều 21/8]].", date("2025-08-21", "2025-08-21", "day")),
    E("DATE", "Theo ông Thơm, [[từ 1/7 đến 15/8]],", date("2025-07-01", "2025-08-15", "period")),
    E("AGENCY", "phụ trách [[Trung tâm Phục vụ hành chính công TPHCM]], thông tin tại", TT),
    E("AGENCY", "Cổng dịch vụ công của [[Bộ Tài chính]]", agency("Bộ Tài chính", "ministry")),
    E("AGENCY", "\n\n[[UBND TPHCM]] đã giao", agency("Ủy ban nhân dân Thành phố Hồ Chí Minh", "people_committee", HCM)),
    E("AGENCY", "đã giao [[Trung tâm chuyển đổi số]] phối hợp", agency("Trung tâm Chuyển đổi số Thành phố Hồ Chí Minh", "agency", HCM)),
]

NOTES = [
    "Stored text (a chunk of about 1,900 bytes after the store's ' date 2025-08-21' prefix) of a Dân trí page returned by the search tool's 'pages' corpus: headline (in the URL: 'TPHCM đặt mục tiêu 100% thủ tục hành chính phi địa giới vào tháng 10') and lead missing, cut mid-word ('t').",
    "An entity-only news text: it states counts of dossiers but no percentage, so no claim (the 100% target is only in the headline, which the chunk lacks).",
    "Dates without a year ('chiều 21/8', 'từ 1/7 đến 15/8') resolve against doc_date 2025-08-21 (the store's prefix, also a DATE). 'chiều 21/8' keeps its lead word; 'từ 1/7 đến 15/8' is one DATE of grain period.",
    "'Trong 45 ngày vận hành ...' is a duration, not a DATE (as in laichau-2020-03).",
    "'Trung tâm Phục vụ hành chính công, Văn phòng UBND TPHCM' names two bodies (the centre and the office it belongs to): two AGENCY spans. 'TPHCM' inside an agency name is part of the AGENCY; alone it is a LOCATION (Hồ Chí Minh, 79).",
    "'Dương Văn Thơm' is a person (PERSON is outside the five labels); 'Cổng dịch vụ công Quốc gia' and 'Cổng dịch vụ công của Bộ Tài chính' are systems (the ministry inside is an AGENCY); 'cơ quan Trung ương', 'các sở, ngành' are generic.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2025-08-21", entities=ents, claims=[], notes=NOTES,
          doc_date_note="the store's prefix ' date 2025-08-21'")
