"""Structure stage: what the document is (metadata), when it speaks from (doc_date), and what
it cites (references). Runs after the entities are resolved.

**Metadata** comes from the official-letter header (Decree 30/2020/NĐ-CP on văn thư: issuing
body, "Số: 3485/BTTTT-THH", "Hà Nội, ngày 10 tháng 9 năm 2020", type and subject line "V/v
...", "Kính gửi:", signer block) and from legal-database attribute tables ("Số hiệu: |
3485/BTTTT-THH | Ngày ban hành: | 10/09/2020 | Người ký: | ..."), including headers that text
extraction flattened into pipes. Reader metadata (PDF/HTML title, author, date) is kept.

**doc_date**, in order of preference (the rule used goes into ``doc_date_rule``):

1. ``caller``: the date given by the caller;
2. ``header``: the issue date of the header or attribute table;
3. ``byline``: a date with a time near the top of a news page ("ĐỖ HUYỀN 11/10/2020 18:49");
4. ``published``: the publication date a reader found (HTML metadata);
5. ``latest_date``: the latest full date (day, month and year) the text states, leaving out
   deadlines ("trước ngày 30/11/2020"); when no full date is stated, the end of the latest
   month ("tháng 4/2022" → 2022-04-30) or period with an explicit year;
6. none: ``null``.

**References**: every document number in the body other than the document's own becomes a
reference, with the relation stated by the nearest cue before it (``models/citation_relations.tsv``)
and the cited document's date when "ngày ..." follows it.
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

from .document import Doc
from .models import Reference, Signer
from .normalize import fold_key
from .recognizers.dates import DateSpec, resolve_dates
from .resources import load_lexicon

__all__ = ["extract_metadata", "infer_doc_date", "find_references", "apply_structure"]

_HEADER_LINES = 60

_ATTR = {
    "số hiệu": "number",
    "số": "number",
    "loại văn bản": "doc_type",
    "cơ quan ban hành": "issuer",
    "nơi ban hành": "issuer",
    "người ký": "signer",
    "ngày ban hành": "issued_date",
    "lĩnh vực": "field",
    "trích yếu": "subject",
}
_ATTR_PAT = regex.compile(r"(?P<key>[\p{L} ]{2,24}):\s*\|\s*(?P<val>[^|\n]+?)\s*(?=\||$)", regex.MULTILINE)
_PLACE_DATE = regex.compile(
    r"(?P<place>\p{Lu}[\p{L}.\- ]{1,30}?),\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})",
)
_SO = regex.compile(r"(?<![\p{L}])Số\s*:\s*(?P<num>\d{1,5}(?:/\d{4})?/[\p{Lu}Đ][\p{L}\p{N}&\-]*)")
_VV = regex.compile(r"(?<![\p{L}])[Vv]/[Vv]\s*:?\s*(?P<subj>[^\n|]+)")
_BYLINE = regex.compile(
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*[-,|]?\s*\d{1,2}:\d{2}|\d{1,2}:\d{2}\s*[-,|]?\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})"
)
_DEADLINE = regex.compile(r"(?:trước|hạn|chậm\s+nhất|đến\s+hết|trước\s+ngày)\s*(?:ngày)?\s*$", regex.IGNORECASE)


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _parse_dmy(s: str) -> dt.date | None:
    m = regex.search(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", s)
    if m:
        return _date(m.group(3), m.group(2), m.group(1))
    m = regex.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", s)
    if m:
        return _date(m.group(3), m.group(2), m.group(1))
    return None


def extract_metadata(doc: Doc) -> None:
    """Fill ``doc.metadata`` from the header, attribute table and signer block."""
    md = doc.metadata
    text = doc.text
    head_end = _offset_of_line(text, _HEADER_LINES)
    head = text[:head_end]
    for m in _ATTR_PAT.finditer(head):
        key = fold_key(m.group("key"))
        field = _ATTR.get(key)
        val = m.group("val").strip()
        if not field or not val or doc.in_boilerplate(m.start("val"), m.end("val")) or "cập nhật" in val.lower():
            continue
        if field == "issued_date":
            d = _parse_dmy(val)
            if d and md.issued_date is None:
                md.issued_date = d.isoformat()
        elif field == "signer":
            if md.signer is None:
                md.signer = Signer(name=val)
        elif field == "field":
            md.field = val
        elif getattr(md, field, None) in (None, ""):
            setattr(md, field, val)
    if md.number is None:
        m = _SO.search(head)
        if m:
            md.number = m.group("num")
    pd = _PLACE_DATE.search(head)
    if pd:
        d = _date(pd.group("y"), pd.group("m"), pd.group("d"))
        place = pd.group("place").strip(" |*")
        place = regex.sub(r"^.*\|\s*", "", place).strip()
        if d and md.issued_date is None:
            md.issued_date = d.isoformat()
        if place and md.place is None:
            md.place = place
    if md.subject is None:
        vv = _VV.search(head)
        if vv:
            md.subject = vv.group("subj").strip(" |*")
    # type, number and issuer from the document number itself
    if md.number:
        for e in doc.entities:
            if e.label == "DOC_NUMBER" and e.text == md.number:
                md.doc_type = md.doc_type or e.value.get("doc_type")
                md.issuer = md.issuer or e.value.get("issuer")
                md.unit = md.unit or e.value.get("unit")
                break
    if md.title is None:
        for line in text.split("\n"):
            if line.strip() and not doc.in_boilerplate(text.find(line), text.find(line) + len(line)):
                md.title = line.strip()[:300]
                break


def _offset_of_line(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl + 1
    return pos


def infer_doc_date(doc: Doc) -> None:
    """Set ``doc.doc_date`` and ``doc.doc_date_rule`` (see module docstring) and resolve the
    DATE entities against it."""
    md = doc.metadata
    date: dt.date | None = None
    rule: str | None = None
    if doc.caller_doc_date is not None:
        date, rule = doc.caller_doc_date, "caller"
    elif md.issued_date:
        date, rule = dt.date.fromisoformat(md.issued_date), "header"
    else:
        head = doc.text[: _offset_of_line(doc.text, 12)]
        bm = _BYLINE.search(head)
        if bm:
            d = _date(bm.group("y") or bm.group("y2"), bm.group("m") or bm.group("m2"), bm.group("d") or bm.group("d2"))
            if d:
                date, rule = d, "byline"
        if date is None and md.published:
            try:
                date, rule = dt.date.fromisoformat(md.published[:10]), "published"
            except ValueError:
                pass
        if date is None:
            date = _latest_stated(doc)
            rule = "latest_date" if date else None
    doc.doc_date = date
    doc.doc_date_rule = rule
    resolve_dates(doc.entities, date)


def _latest_stated(doc: Doc) -> dt.date | None:
    full: list[dt.date] = []
    partial: list[dt.date] = []
    for e in doc.entities:
        if e.label != "DATE" or not isinstance(e.data, DateSpec) or not e.data.explicit_year:
            continue
        before = doc.text[max(0, e.start - 20) : e.start]
        if _DEADLINE.search(before):
            continue
        val = e.data.resolve(None)
        end = val.get("end")
        if not end:
            continue
        d = dt.date.fromisoformat(str(end))
        if e.data.grain == "day":
            full.append(d)
        elif e.data.grain in ("month", "period", "quarter") and e.data.y2 is None:
            partial.append(d)
    if full:
        return max(full)
    if partial:
        return max(partial)
    return None


@functools.cache
def _relations() -> list[tuple[str, str]]:
    lex = load_lexicon("citation_relations.tsv", "cue", "relation")
    return sorted(lex.items(), key=lambda kv: len(kv[0]), reverse=True)


def find_references(doc: Doc) -> list[Reference]:
    """References to other documents (see module docstring)."""
    own = doc.metadata.number
    refs: list[Reference] = []
    ents = doc.entities
    for i, e in enumerate(ents):
        if e.label != "DOC_NUMBER":
            continue
        if own and e.text == own:
            continue
        if e.value.get("symbol") is None and e.value.get("number") is None:
            continue
        relation = _relation_before(doc.text, e.start)
        date = None
        if i + 1 < len(ents) and ents[i + 1].label == "DATE" and 0 <= ents[i + 1].start - e.end <= 3:
            v = ents[i + 1].value
            if v.get("grain") == "day":
                date = v.get("start")
        number = e.text if e.value.get("symbol") else f"{e.value.get('doc_type') or ''} {e.value.get('number')}".strip()
        refs.append(
            Reference(
                number=number,
                text=e.text,
                start=e.start,
                end=e.end,
                doc_type=e.value.get("doc_type"),
                relation=relation,
                date=date,
            )
        )
    return refs


def _relation_before(text: str, start: int) -> str | None:
    window = text[max(0, start - 80) : start]
    # stay inside the clause
    cut = max(window.rfind(";"), window.rfind("."), window.rfind("\n"), window.rfind("("))
    if cut >= 0:
        window = window[cut + 1 :]
    low = window.lower()
    best: tuple[int, str] | None = None
    for cue, rel in _relations():
        for m in regex.finditer(r"(?<![\p{L}])" + regex.escape(cue) + r"(?![\p{L}])", low):
            if best is None or m.start() > best[0]:
                best = (m.start(), rel)
    return best[1] if best else None


def apply_structure(doc: Doc) -> list[Reference]:
    """The structure stage: metadata, doc_date (with DATE values resolved), references."""
    extract_metadata(doc)
    infer_doc_date(doc)
    return find_references(doc)
