"""Gold for laichau-2020-03-cong-dvcqg-3-thang (laichau.dcs.vn, March 2020)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import E, build, date

SLUG = "laichau-2020-03-cong-dvcqg-3-thang"

ents = [
    E("DATE", "Tính đến [[ngày 11/3/2020]]", date("2020-03-11", "2020-03-11", "day")),
    E("DATE", "khai trương ([[ngày 9/12/2020]])", date("2020-12-09", "2020-12-09", "day")),
]

NOTES = [
    "Stored text (a chunk of 1,998 bytes) of a page of the Lai Châu Party portal (laichau.dcs.vn, item 'Ra mắt Hệ thống thông tin báo cáo Chính phủ') returned by the search tool's 'pages' corpus: headline and lead missing, cut mid-word ('ho'). It reports the Văn phòng Chính phủ figures on the National Public Service Portal after three months.",
    "A negative test: no percentage, no claim. Fractions '11/22', '62/63', '17/22', '60/63', '14/22', '63/63' are shares written as counts: they are neither PERCENT nor DOC_NUMBER nor DATE.",
    "'ngày 9/12/2020' is a slip of the source for the portal's launch on 9/12/2019; the DATE value follows the text as written (2020-12-09).",
    "doc_date: the literal latest full date is the slip '9/12/2020'; the text speaks from March 2020 ('sau 03 tháng vận hành', 'Tính đến ngày 11/3/2020'), so doc_date is 2020-03-11.",
    "'sau 03 tháng vận hành' is a duration, not a calendar period: not a DATE.",
    "'Cổng dịch vụ công quốc gia' is a system, not an agency; 'bộ, ngành', 'địa phương', 'tập đoàn, ngân hàng thương mại' are plural sets.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2020-03-11", entities=ents, claims=[], notes=NOTES,
          doc_date_note="'Tính đến ngày 11/3/2020'; the later '9/12/2020' is a slip for 2019")
