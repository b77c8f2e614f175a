"""Structure stage: what the document is (metadata), when it speaks from (doc_date), and what
it cites (references). Runs after the entities are resolved.

**Metadata** (spec §1, issue #5) is read from the page's layout cells
(:func:`vn_egov_extract.layout.layout_cells`), so that it works the same on clean text, on
headers flattened into pipes ("BỘ THÔNG TIN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"), on
trafilatura markdown with hard line wraps, and on PDF text whose two columns are side by side
or interleaved. The layout is that of Decree 30/2020/NĐ-CP on văn thư (Article 8, Appendix I);
its cue words are in ``models/letter_layout.tsv``:

* the header: issuing body and its parent ("UBND THÀNH PHỐ HÀ NỘI / TRUNG TÂM PHỤC VỤ HÀNH
  CHÍNH CÔNG": a line that starts with a body's head word starts a new body, other lines
  continue the one before), the national motto (the anchor), "Số: 3485/BTTTT-THH", place and
  date ("Hà Nội, ngày 10 tháng 9 năm 2020"), the type heading ("QUYẾT ĐỊNH") and subject
  (trích yếu, "V/v ..."), the issuing authority of a decision ("GIÁM ĐỐC ..."), "Kính gửi:"
  recipients, and the "Căn cứ ..." preamble (``legal_bases``);
* the footer: the "Nơi nhận:" list (``distribution``) and the signer block (authority chain
  "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", title "PHÓ CHỦ TỊCH", name);
* appendices: "PHỤ LỤC I" headings with their title and the document they accompany
  ("(Kèm theo Công văn số: 3485/BTTTT-THH ...)"), each with its range of ``text``;
* legal-database attribute tables ("Số hiệu: | 3485/BTTTT-THH | Ngày ban hành: | 10/09/2020 |
  Người ký: | ..."; labels in ``models/attribute_fields.tsv``), which win over the header
  where both give a field;
* from the document's own number: its type, issuer and unit; a unit code is resolved to the
  unit's name by ``models/symbol_units.tsv`` or by the initials of a body the text names
  ("THH" → "Cục Tin học hóa").

Nothing is read from boilerplate but the attribute panel (page chrome that describes the
document). Reader metadata (PDF/HTML title, author, date) is kept.

**doc_date**, in order of preference (the rule used goes into ``doc_date_rule``):

1. ``caller``: the date given by the caller;
2. ``header``: the issue date of the header or attribute table;
3. ``stored_date``: the date line a web store puts at the top of a stored page (" date
   2025-11-07"); when it gives the month only (" date 2021-12"), the latest full date of that
   month the text states (outside deadlines), else the month's last day;
4. ``byline``: a date with a time near the top of a news page ("ĐỖ HUYỀN 11/10/2020 18:49"),
   or a date after a publication cue ("Cập nhật: 11/10/2020"), outside boilerplate;
5. ``published``: the publication date a reader found (HTML metadata);
6. ``latest_date``: the latest full date (day, month and year) the text states, leaving out
   deadlines ("trước ngày 30/11/2020"); a news lead's dateline without its year ("Ngày 17/9,
   Cục Tin học hóa cho biết ...", opening a line in the first 600 characters) counts as a full
   date of the latest year the text states when no full date is stated; else the end of the latest
   month, quarter or part of a year with an explicit year ("tháng 4/2022" → 2022-04-30);
   when none, the end of the latest year stated ("năm 2021" → 2021-12-31);
7. none: ``null``.

**References**: every document number in the body other than the document's own becomes a
reference, with the relation stated by the cue nearest before it in its clause
(``models/citation_relations.tsv``; of cues ending at the same place the longest wins:
"căn cứ theo" is ``can_cu``, "kèm theo" is ``kem_theo``) and the cited document's date when
"ngày ..." follows it. A short reference ("Nghị quyết 17") takes the full number of the one
document of that type and number the text cites in full ("17/NQ-CP").
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import unicodedata
from collections.abc import Sequence

import regex

from .boilerplate import find_attribute_panels, is_official_text, signoff_lines
from .document import Doc, Ent
from .layout import Cell, layout_cells
from .models import Appendix, Reference, Signer
from .normalize import fold_key
from .recognizers.agencies import lookup_body
from .recognizers.dates import DateSpec, resolve_dates
from .recognizers.doc_numbers import doc_type_words
from .resources import load_lexicon, load_tsv

__all__ = [
    "extract_metadata",
    "infer_doc_date",
    "find_author",
    "find_references",
    "apply_structure",
    "case_body_name",
    "case_title",
    "symbol_initials",
]

_HEADER_SEARCH = 15000  # the header anchor is looked for in the first characters of the text
_BACK_CELLS = 6  # cells before the motto that may hold the issuing body
_LIST_MARK = regex.compile(r"^[-–+•·]\s*")
_DMY = regex.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_DATE_WORDS = regex.compile(
    r"ngày\s+(?P<d>\d{1,2})\s*(?:tháng\s+|/)(?P<m>\d{1,2})\s*(?:năm\s+|/)(?P<y>\d{4})", regex.IGNORECASE
)
_PLACE_DATE = regex.compile(r"^(?P<place>\p{Lu}[^,;:()]{1,40}?)\s*,\s*ngày\b(?P<rest>.*)$")
_SO = regex.compile(r"^Số\s*:?\s*(?P<num>\d{1,5}(?:/\d{4})?/[\p{L}\p{N}&.\-]+)", regex.IGNORECASE)
_AUTHORITY = regex.compile(r"^(?P<prefix>TM|KT|TL|TUQ|Q)\s*\.\s*(?P<rest>\S.*)$")
_NAME = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}]+(?:[ ]+\p{Lu}[\p{Ll}\p{M}]*){1,4}$")
_UPPER_NAME = regex.compile(r"^\p{Lu}+(?:[ ]+\p{Lu}+){1,4}$")
_APPENDIX = regex.compile(r"^(?P<label>(?:PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ|Số|số)?\s*[IVXLC\d]+[A-Za-z]?)?)\s*[.:]?$")
_END_OF_BODY = regex.compile(r"\./\.\s*$")


# ------------------------------------------------------------------ lexicons


@functools.cache
def _layout_words() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for r in load_tsv("letter_layout.tsv", ("kind", "form", "canonical")):
        out.setdefault(r["kind"], []).append((fold_key(r["form"]), r["canonical"]))
    for forms in out.values():
        forms.sort(key=lambda fc: len(fc[0]), reverse=True)
    return out


def _starts(fold: str, kind: str) -> tuple[str, str, str] | None:
    """``(form, canonical, rest)`` of the longest ``kind`` word that ``fold`` starts with (whole
    words), ``rest`` being the folded remainder without leading punctuation."""
    for form, canonical in _layout_words().get(kind, []):
        if fold == form:
            return form, canonical, ""
        if fold.startswith(form):
            nxt = fold[len(form)]
            if not (nxt.isalnum() or form.endswith(".") and nxt == "."):
                return form, canonical, fold[len(form) :].lstrip(" :,.;-–")
    return None


@functools.cache
def _attribute_fields() -> tuple[list[tuple[str, str]], tuple[str, ...]]:
    fields, placeholders = [], []
    for r in load_tsv("attribute_fields.tsv", ("kind", "label", "field")):
        if r["kind"] == "field":
            fields.append((fold_key(r["label"]), r["field"]))
        else:
            placeholders.append(fold_key(r["label"]))
    fields.sort(key=lambda lf: len(lf[0]), reverse=True)
    return fields, tuple(placeholders)


@functools.cache
def _symbol_units() -> dict[tuple[str, str], str]:
    return {
        (_code(r["issuer_code"]), _code(r["unit_code"])): r["unit"]
        for r in load_tsv("symbol_units.tsv", ("issuer_code", "unit_code", "unit"))
    }


@functools.cache
def _doc_type_headings() -> dict[str, str]:
    return {fold_key(w): w for w in doc_type_words()}


# ------------------------------------------------------------------ casing


def _code(s: str) -> str:
    return s.replace("Đ", "D").replace("đ", "d").upper()


def _base_letter(ch: str) -> str:
    return unicodedata.normalize("NFD", ch)[0].lower()


def _letters(s: str) -> list[str]:
    return [ch for ch in s if ch.isalpha()]


def _is_upper(s: str) -> bool:
    letters = _letters(s)
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:].lower() if word else word


def _keep_acronym(word: str) -> bool:
    # "CNTT", "TT&TT", "ĐBSCL": no vowel, or not a letter word
    letters = [ch for ch in word if ch.isalpha()]
    return bool(letters) and not any(_base_letter(ch) in "aeiouy" for ch in letters)


def _sentence_case(words: Sequence[str]) -> list[str]:
    out = []
    for i, w in enumerate(words):
        if _keep_acronym(w):
            out.append(w)
        elif i == 0:
            out.append(_cap(w))
        else:
            out.append(w.lower())
    return out


def _split_level(words: list[str]) -> tuple[list[str], str | None, list[str]]:
    """Split words at the first administrative level word: (before, level, place)."""
    for i in range(len(words)):
        for n in (2, 1):
            if i + n > len(words):
                continue
            phrase = fold_key(" ".join(words[i : i + n]))
            for form, canonical in _layout_words().get("level", []):
                if phrase == form and i + n < len(words):
                    return words[:i], canonical, words[i + n :]
    return words, None, []


def case_body_name(text: str) -> str:
    """The usual spelling of a body's name written in capitals in a header.

    The head word takes its canonical form (``models/letter_layout.tsv``: "UBND" → "Ủy ban
    nhân dân"), the name after it is in sentence case with its first word capitalized, an
    administrative level word is lower case and the place after it is title case; acronyms
    (no vowel) are kept. A name not in capitals is returned with its spaces collapsed.

    >>> case_body_name("SỞ TƯ PHÁP TỈNH KHÁNH HÒA")
    'Sở Tư pháp tỉnh Khánh Hòa'
    >>> case_body_name("UBND THÀNH PHỐ CẦN THƠ")
    'Ủy ban nhân dân thành phố Cần Thơ'
    >>> case_body_name("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    'Trung tâm Phục vụ hành chính công'
    """
    words = text.split()
    if not words:
        return ""
    if not _is_upper(text):
        return " ".join(words)
    fold = fold_key(text)
    head = _starts(fold, "head")
    out: list[str] = []
    if head is not None:
        n_head = len(head[0].split())
        out.append(head[1])
        words = words[n_head:]
    before, level, place = _split_level(words)
    if before:
        cased = _sentence_case(before)
        if head is not None and not _keep_acronym(before[0]):
            cased[0] = _cap(before[0])
        out.extend(cased)
    if level is not None:
        out.append(level)
        out.extend(w if _keep_acronym(w) else "-".join(_cap(p) for p in w.split("-")) for w in place)
    name = " ".join(out)
    return name[:1].upper() + name[1:]


def case_title(text: str) -> str:
    """The usual spelling of a signer's title or authority written in capitals.

    Each comma-separated part is matched against the titles of ``models/letter_layout.tsv``
    (longest first); what follows a title is a body ("CỤC TRƯỞNG CỤC TIN HỌC HÓA").

    >>> case_title("BỘ TRƯỞNG, CHỦ NHIỆM")
    'Bộ trưởng, Chủ nhiệm'
    >>> case_title("PHÓ CHỦ TỊCH")
    'Phó Chủ tịch'
    >>> case_title("CỤC TRƯỞNG CỤC TIN HỌC HÓA")
    'Cục trưởng Cục Tin học hóa'
    """
    parts = []
    for part in text.split(","):
        part = " ".join(part.split())
        if not part:
            continue
        fold = fold_key(part)
        hit = _starts(fold, "title")
        if hit is None:
            hit_body = _starts(fold, "head")
            parts.append(case_body_name(part) if hit_body else " ".join(_sentence_case(part.split())))
            continue
        n = len(hit[0].split())
        rest = part.split()[n:]
        parts.append(hit[1] + (" " + case_body_name(" ".join(rest)) if rest else ""))
    return ", ".join(parts)


def symbol_initials(name: str, *, skip_head: bool = False) -> str:
    """The initials a name gives in a document symbol: first letters of its words, "và" and
    punctuation left out, "Đ" as "D" ("Cục Tin học hóa" → "CTHH"; with ``skip_head`` the head
    word is left out: "THH"). Source: the symbol practice of Decree 30/2020/NĐ-CP, Appendix I.

    >>> symbol_initials("Bộ Thông tin và Truyền thông")
    'BTTTT'
    >>> symbol_initials("Cục Tin học hóa", skip_head=True)
    'THH'
    """
    words = [w for w in regex.split(r"[\s\-–,()]+", name) if w and fold_key(w) != "và"]
    if skip_head and words:
        head = _starts(fold_key(name), "head")
        n = len(head[0].split()) if head else 1
        words = words[n:]
    return _code("".join(w[0] for w in words if w[0].isalpha()))


# ------------------------------------------------------------------ metadata


def _date_of(s: str) -> dt.date | None:
    m = _DATE_WORDS.search(s)
    if m:
        return _date(m.group("y"), m.group("m"), m.group("d"))
    m = _DMY.search(s)
    if m:
        return _date(m.group(3), m.group(2), m.group(1))
    return None


def _date(y: str | None, m: str | None, d: str | None) -> dt.date | None:
    try:
        return dt.date(int(y or ""), int(m or ""), int(d or ""))
    except ValueError:
        return None


def _clean_item(s: str) -> str:
    s = _LIST_MARK.sub("", s.strip())
    return s.strip(" ;,.").strip()


def _cue_rest(c: Cell, kind: str) -> str | None:
    """The text after a cue word of ``kind`` at the start of the cell (``None`` if none)."""
    hit = _starts(fold_key(c.text), kind)
    if hit is None:
        return None
    n = len(hit[0].split())
    rest = " ".join(c.text.split()[n:])
    return rest.lstrip(":;,.-– ").strip()


def _compact(s: str) -> str:
    return regex.sub(r"[\s\-–—]+", "", fold_key(s))


@functools.cache
def _mottos() -> tuple[str, ...]:
    """The motto lines, compacted, in file order (the national name first)."""
    return tuple(_compact(r["form"]) for r in load_tsv("letter_layout.tsv", ("kind", "form")) if r["kind"] == "motto")


def _is_motto(c: Cell) -> bool:
    """The cell is the first motto line, alone or followed by the others."""
    fold = _compact(c.text)
    forms = _mottos()
    return bool(forms) and (fold == forms[0] or fold.startswith(forms[0]) and fold[len(forms[0]) :] in forms[1:])


def _is_motto_part(c: Cell) -> bool:
    return _compact(c.text) in _mottos()


class _Reader:
    """Reads one document's metadata from its layout cells."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        all_cells = layout_cells(doc.text)
        self.cells = [c for c in all_cells if not doc.in_boilerplate(c.start, c.end)]
        # the attribute panel is page chrome (no entities come from it) but it describes the
        # document: its cells are read for the metadata
        panels = [(r.start, r.end) for r in find_attribute_panels(doc.text)]
        self.panel_cells = [
            c
            for c in all_cells
            if not doc.in_boilerplate(c.start, c.end) or any(a <= c.start and c.end <= b for a, b in panels)
        ]
        self.md = doc.metadata

    # ---------------------------------------------------------------- attribute table

    def attribute_table(self) -> None:
        fields, placeholders = _attribute_fields()
        found: dict[str, str] = {}
        cells = self.panel_cells
        for i, c in enumerate(cells):
            fold = fold_key(c.text)
            for label, field in fields:
                if not fold.startswith(label):
                    continue
                rest = c.text[len(label) :].strip() if len(fold) == len(c.text) else fold[len(label) :].strip()
                if not rest.startswith(":"):
                    break
                val = rest[1:].strip()
                if not val and i + 1 < len(cells) and not cells[i + 1].text.endswith(":"):
                    val = cells[i + 1].text
                if val and not any(fold_key(val).startswith(p) for p in placeholders):
                    found.setdefault(field, val)
                break
        if len([f for f in found if f != "-"]) < 2:  # one "Lĩnh vực: ..." line is not a table
            return
        md = self.md
        for field, val in found.items():
            if field == "-":
                continue
            if field == "issued_date" or field == "effective_date":
                d = _date_of(val)
                if d and getattr(md, field) is None:
                    setattr(md, field, d.isoformat())
            elif field == "issuer":
                body = lookup_body(val)
                if md.issuer is None:
                    md.issuer = body.name if body is not None else val
            elif field == "signer":
                if md.signer is None:
                    md.signer = Signer(name=val)
            elif field == "number":
                if md.number is None and _SO.match("Số: " + val):
                    md.number = val.split()[0]
            elif getattr(md, field, None) in (None, ""):
                setattr(md, field, val)

    # ---------------------------------------------------------------- header

    def anchor(self) -> tuple[int | None, int | None]:
        """Index of the motto cell and of the "Số:" cell of the header (``None`` if absent)."""
        motto = None
        for i, c in enumerate(self.cells):
            if c.start > _HEADER_SEARCH:
                break
            if _is_motto(c):
                motto = i
                break
        lo = 0 if motto is None else max(0, motto - _BACK_CELLS)
        hi = len(self.cells) if motto is None else min(len(self.cells), motto + 12)
        number = None
        for i in range(lo, hi):
            c = self.cells[i]
            if c.start > _HEADER_SEARCH and motto is None:
                break
            if _SO.match(c.text) and self._number_in(c):
                number = i
                break
        return motto, number

    def _number_in(self, c: Cell) -> str | None:
        for e in self.doc.entities_in(c.start, c.end, "DOC_NUMBER"):
            if e.value.get("symbol"):
                return e.text
        m = _SO.match(c.text)
        return m.group("num").rstrip(".") if m else None

    def header(self, motto: int | None, number: int | None) -> int:
        """Read the header; returns the index of the last header cell read."""
        cells = self.cells
        md = self.md
        anchor = motto if motto is not None else number
        assert anchor is not None
        # issuing bodies: upper-case cells before the anchor, and between it and "Số:"
        body_cells: list[Cell] = []
        i = anchor - 1
        while i >= 0 and anchor - i <= _BACK_CELLS:
            c = cells[i]
            if not _is_upper(c.text) or _is_motto_part(c) or _SO.match(c.text):
                break
            body_cells.insert(0, c)
            i -= 1
        stop = number if number is not None else min(len(cells), anchor + 4)
        for k in range(anchor + 1, stop):
            c = cells[k]
            if _is_upper(c.text) and not _is_motto_part(c) and not _is_motto(c):
                body_cells.append(c)
        bodies = self._group_bodies(body_cells)
        if bodies:
            if md.issuer is None:
                md.issuer = bodies[-1]
            if len(bodies) > 1 and md.parent_issuer is None:
                md.parent_issuer = bodies[-2]
        last = max(anchor, number or anchor)
        if number is not None and md.number is None:
            md.number = self._number_in(cells[number])
        # place and date, subject line of an official letter (V/v)
        for k in range(max(0, anchor - _BACK_CELLS), min(len(cells), last + 8)):
            c = cells[k]
            if self._place_date(c, cells[k + 1] if k + 1 < len(cells) else None):
                last = max(last, k)
        subject_cell = None
        for k in range(max(0, anchor - _BACK_CELLS), min(len(cells), last + 8)):
            if _cue_rest(cells[k], "subject") is not None and not cells[k].text.lower().startswith("trích yếu"):
                subject_cell = k
                break
        if subject_cell is not None:
            parts = [_cue_rest(cells[subject_cell], "subject") or ""]
            k = subject_cell + 1
            while k < len(cells) and k - subject_cell <= 3:
                c = cells[k]
                if c.blank_before or not c.text[:1].islower():
                    break
                parts.append(c.text)
                k += 1
            subj = " ".join(p for p in parts if p)
            if subj and md.subject is None:
                md.subject = subj
            last = max(last, k - 1)
        # type heading, subject, issuing authority
        for k in range(last + 1, min(len(cells), last + 6)):
            c = cells[k]
            dtype = _doc_type_headings().get(fold_key(c.text))
            if dtype and _is_upper(c.text):
                md.doc_type = md.doc_type or dtype
                last = self._subject_after(k)
                break
        return last

    def _group_bodies(self, body_cells: list[Cell]) -> list[str]:
        groups: list[list[Cell]] = []
        for c in body_cells:
            fold = fold_key(c.text)
            prev = groups[-1] if groups else None
            continues = prev is not None and (
                _starts(fold, "head") is None or fold_key(prev[-1].text).endswith((" và", ",", "-", "–"))
            )
            if continues and prev is not None:
                prev.append(c)
            else:
                groups.append([c])
        return [self._body_name(g) for g in groups]

    def _body_name(self, group: list[Cell]) -> str:
        text = " ".join(c.text for c in group)
        start, end = group[0].start, group[-1].end
        n_letters = len(_letters(text))
        for e in self.doc.entities_in(start, end, "AGENCY"):
            if len(_letters(e.text)) >= 0.9 * n_letters and e.value.get("name"):
                return str(e.value["name"])
        return case_body_name(text)

    def _place_date(self, c: Cell, nxt: Cell | None) -> bool:
        m = _PLACE_DATE.match(c.text)
        if not m:
            return False
        rest = "ngày" + m.group("rest")
        d = _date_of(rest)
        if d is None and nxt is not None and not nxt.blank_before:
            d = _date_of(rest + " " + nxt.text)
        place = m.group("place").strip()
        if len(place.split()) > 6:
            return False
        md = self.md
        if md.place is None:
            md.place = place
        if d is not None and md.issued_date is None:
            md.issued_date = d.isoformat()
        return True

    def _subject_after(self, h: int) -> int:
        """Subject (and a decision's issuing authority) after the type heading at ``h``;
        returns the index of the last cell read."""
        cells = self.cells
        md = self.md
        subj: list[Cell] = []
        k = h + 1
        while k < len(cells) and len(subj) < 8:
            c = cells[k]
            if subj and c.blank_before:
                break
            if any(_cue_rest(c, kind) is not None for kind in ("preamble", "recipients", "distribution")):
                break
            upper = _is_upper(c.text)
            if not subj:
                # the trích yếu: in capitals, after "V/v"/"Về việc", or one line that is not
                # a sentence of the body (it does not end with a period)
                plain = len(c.text) <= 300 and not c.text.rstrip().endswith((".", ";", ":"))
                if not (upper or _cue_rest(c, "subject") is not None or plain):
                    break
            elif _is_upper(subj[0].text) != upper or (not upper and not c.text[:1].islower()):
                break
            if subj and upper and self._is_authority_line(k):
                break
            subj.append(c)
            k += 1
        if subj:
            text = " ".join(c.text for c in subj)
            rest = _cue_rest(subj[0], "subject")
            if rest is not None and not text.lower().startswith("trích yếu"):
                text = " ".join([rest, *(c.text for c in subj[1:])]).strip()
            if md.subject is None and text:
                md.subject = text
        last = k - 1
        # the issuing authority of a decision: upper-case lines right before the preamble
        auth: list[Cell] = []
        while k < len(cells) and len(auth) < 3 and _is_upper(cells[k].text):
            if auth and cells[k].blank_before:
                break
            auth.append(cells[k])
            k += 1
        if auth and k < len(cells) and _cue_rest(cells[k], "preamble") is not None:
            if md.issuing_authority is None:
                md.issuing_authority = case_title(" ".join(c.text for c in auth))
            last = k - 1
        return last

    def _is_authority_line(self, k: int) -> bool:
        c = self.cells[k]
        nxt = self.cells[k + 1] if k + 1 < len(self.cells) else None
        fold = fold_key(c.text)
        starts_role = _starts(fold, "title") is not None or _starts(fold, "head") is not None
        return starts_role and nxt is not None and _cue_rest(nxt, "preamble") is not None

    def recipients(self, start: int) -> None:
        cells = self.cells
        for k in range(start, min(len(cells), start + 40)):
            rest = _cue_rest(cells[k], "recipients")
            if rest is None:
                continue
            items: list[str] = [rest] if rest else []
            j = k + 1
            while j < len(cells):
                c = cells[j]
                if c.blank_before and items:
                    break
                if _LIST_MARK.match(c.text):
                    items.append(c.text)
                elif items and _wraps(items[-1], c.text) and len(items[-1]) < 300:
                    items[-1] += " " + c.text
                elif not items:
                    items.append(c.text)
                else:
                    break
                j += 1
            if not self.md.recipients:
                self.md.recipients = [x for x in (_clean_item(i) for i in items) if x]
            return

    def preamble(self, start: int) -> None:
        cells = self.cells
        k = start
        limit = min(len(cells), start + 8)
        while k < limit and _cue_rest(cells[k], "preamble") is None:
            k += 1
        if k >= limit:
            return
        clauses: list[str] = []
        open_clause = False
        while k < len(cells):
            c = cells[k]
            if _cue_rest(c, "preamble") is not None:
                clauses.append(c.text)
                open_clause = not c.text.rstrip().endswith((";", ".", ":"))
            elif open_clause and c.text[:1].islower():
                clauses[-1] += " " + c.text
                open_clause = not c.text.rstrip().endswith((";", ".", ":"))
            else:
                break
            k += 1
        bases = [_clean_item(t) for t in clauses if _cue_rest_text(t, "basis")]
        if bases and not self.md.legal_bases:
            self.md.legal_bases = bases

    # ---------------------------------------------------------------- footer

    def footer(self, header_end: int, appendix_at: int) -> None:
        cells = self.cells
        dist_at = None
        for k in range(appendix_at - 1, header_end, -1):
            if _cue_rest(cells[k], "distribution") is not None:
                dist_at = k
                break
        if dist_at is not None:
            window = range(max(header_end + 1, dist_at - 6), min(appendix_at, dist_at + 40))
        else:
            end_at = None
            for k in range(appendix_at - 1, header_end, -1):
                if _END_OF_BODY.search(cells[k].text):
                    end_at = k
                    break
            if end_at is None:
                return
            window = range(end_at + 1, min(appendix_at, end_at + 12))
        self._signer(window, dist_at)

    def _signer(self, window: range, dist_at: int | None) -> None:
        cells = self.cells
        authorities: list[tuple[str, str]] = []
        titles: list[str] = []
        name: str | None = None
        items: list[str] = []
        notes = [f for f, _ in _layout_words().get("signed_note", [])]
        for k in window:
            c = cells[k]
            text = c.text
            if len(text) > 200:
                continue
            if dist_at is not None and k == dist_at:
                rest = _cue_rest(c, "distribution") or ""
                if rest:
                    items.append(rest)
                continue
            fold = fold_key(text)
            if fold in notes:
                continue
            role = self._role(text)
            if dist_at is not None and k > dist_at and role is None:
                if _LIST_MARK.match(text):
                    items.append(text)
                    continue
                wrapped = not items[-1].rstrip().endswith((";", ".")) if items else False
                if items and (wrapped or text[:1].islower()) and not _NAME.match(text):
                    items[-1] += " " + text
                    continue
            if role is not None:
                kind, value = role
                if name is not None:
                    continue
                if kind == "authority":
                    authorities.append(value)  # type: ignore[arg-type]
                else:
                    titles.append(value)  # type: ignore[arg-type]
                continue
            if (authorities or titles) and name is None:
                person = self._person(text)
                if person:
                    name = person
        md = self.md
        if items and not md.distribution:
            md.distribution = [x for x in (_clean_item(i) for i in items) if x]
        if not (authorities or titles or name):
            return
        title = titles[-1] if titles else None
        authority = "; ".join(f"{p}. {r}" for p, r in authorities) or None
        if md.signer is None:
            md.signer = Signer(name=name, title=title, authority=authority)
        else:
            md.signer.name = md.signer.name or name
            md.signer.title = md.signer.title or title
            md.signer.authority = md.signer.authority or authority

    def _role(self, text: str) -> tuple[str, object] | None:
        m = _AUTHORITY.match(text)
        if m:
            return "authority", (m.group("prefix"), case_title(m.group("rest")))
        t = text.rstrip(" ,.")
        fold = fold_key(t)
        hit = _starts(fold, "title")
        if hit is not None and len(t) <= 80 and (_is_upper(t) or not hit[2]):
            return "title", case_title(t)
        return None

    @staticmethod
    def _person(text: str) -> str | None:
        t = text.strip(" ,.")
        if _NAME.match(t):
            return t
        if _UPPER_NAME.match(t):
            surnames = {fold_key(r["surname"]) for r in load_tsv("surnames.tsv", ("surname",))}
            if fold_key(t.split()[0]) in surnames:
                return " ".join(_cap(w) for w in t.split())
        return None

    # ---------------------------------------------------------------- appendices

    def appendices(self, start: int) -> int:
        """Read the "PHỤ LỤC" sections after cell ``start``; returns the index of the first
        one (``len(cells)`` if none)."""
        cells = self.cells
        heads = [k for k in range(start, len(cells)) if cells[k].first and _APPENDIX.match(cells[k].text)]
        if not heads:
            return len(cells)
        text = self.doc.text
        end_of_text = len(text.rstrip())
        for r in reversed(self.doc.boilerplate):
            if r.end >= end_of_text and r.start < end_of_text:
                end_of_text = len(text[: r.start].rstrip())
        out: list[Appendix] = []
        for n, h in enumerate(heads):
            c = cells[h]
            m = _APPENDIX.match(c.text)
            title: list[str] = []
            accompanies = None
            k = h + 1
            while k < len(cells) and k - h <= 8:
                t = cells[k].text
                if _cue_rest_text(t.lstrip("( "), "accompanies") is not None:
                    accompanies = self._accompanied(cells[k])
                    break
                if title and cells[k].blank_before or _APPENDIX.match(t) or len(title) >= 4:
                    break
                title.append(t)
                k += 1
            end = cells[heads[n + 1]].start if n + 1 < len(heads) else max(end_of_text, c.end)
            end = len(text[:end].rstrip()) if end > c.start else end
            out.append(
                Appendix(
                    label=m.group("label") if m else c.text,
                    title=" ".join(title) or None,
                    accompanies=accompanies,
                    start=c.start,
                    end=end,
                )
            )
        if not self.md.appendices:
            self.md.appendices = out
        return heads[0]

    def _accompanied(self, c: Cell) -> str | None:
        for e in self.doc.entities_in(c.start, c.end, "DOC_NUMBER"):
            if e.value.get("symbol"):
                return e.text
        if regex.search(r"\bnày\b", c.text):
            return self.md.number
        return None

    # ---------------------------------------------------------------- the whole reading

    def read(self) -> None:
        md = self.md
        self.attribute_table()
        motto, number = self.anchor()
        official = motto is not None or number is not None
        header_end = -1
        if official:
            header_end = self.header(motto, number)
            self.recipients(header_end + 1)
            self.preamble(header_end + 1)
        if official or md.number:
            first_appendix = self.appendices(max(0, header_end + 1))
            self.footer(header_end, first_appendix)
        self._from_number()
        anchor = motto if motto is not None else number
        if md.number and md.subject is None:
            self._subject_from_title(anchor if anchor is not None else len(self.cells))
        self._title(official, anchor)

    def _own_number_entity(self) -> Ent | None:
        own = self.md.number
        if not own:
            return None
        for e in self.doc.entities:
            if e.label == "DOC_NUMBER" and e.text == own:
                return e
        return None

    def _from_number(self) -> None:
        md = self.md
        e = self._own_number_entity()
        if e is None:
            return
        v = e.value
        md.doc_type = md.doc_type or v.get("doc_type")
        symbol = str(v.get("symbol") or "")
        issuer = v.get("issuer")
        parts = symbol.split("-")
        if md.issuer is None:
            if issuer:
                md.issuer = str(issuer)
            else:
                code = parts[-1] if parts else ""
                md.issuer = self._named_by_initials(code)
        unit = v.get("unit")
        if unit and md.unit is None:
            issuer_code = _code(parts[0]) if parts else ""
            name = _symbol_units().get((issuer_code, _code(str(unit))))
            md.unit = name or self._named_by_initials(str(unit), skip_head=True) or str(unit)

    def _named_by_initials(self, code: str, *, skip_head: bool = False) -> str | None:
        if not code or len(code) < 2:
            return None
        key = _code(regex.sub(r"\d+$", "", code))
        names = []
        for e in self.doc.entities:
            if e.label == "AGENCY" and e.value.get("name"):
                names.append(str(e.value["name"]))
        for name in names:
            if symbol_initials(name) == key or skip_head and symbol_initials(name, skip_head=True) == key:
                return name
        return None

    def _subject_from_title(self, before: int) -> None:
        """A legal-database page's title line "Công văn 3485/BTTTT-THH 2020 đẩy nhanh ...", or
        its summary line after the document ("Công văn 6225/BVHTTDL-VP năm 2025 tập trung ... do
        Bộ ... ban hành", page chrome, read for the metadata only)."""
        md = self.md
        own = md.number or ""
        cells = self.cells[:before]
        if before >= len(self.cells):
            cells = layout_cells(self.doc.text)
        for c in cells:
            i = c.text.find(own)
            if i <= 0:
                continue
            lead = fold_key(c.text[:i].replace("số", " "))
            if lead.strip(" :") not in _doc_type_headings():
                continue
            rest = regex.sub(r"^\s*(?:năm\s+)?(?:19|20)\d{2}\b", "", c.text[i + len(own) :]).strip(" :-–,")
            rest = regex.sub(r"\s+do\s+\p{Lu}.{2,80}?\s+(?:ban hành|điện|gửi)\s*$", "", rest)
            if len(rest.split()) >= 3:
                md.subject = rest
                return

    def _title(self, official: bool, anchor: int | None) -> None:
        md = self.md
        if md.title is not None:
            return
        text = self.doc.text
        panels = [(r.start, r.end) for r in find_attribute_panels(text)]
        for s, e in _lines(text):
            if not text[s:e].strip() or self.doc.in_boilerplate(s, e) and not _mostly_text(self.doc, s, e):
                continue
            if any(a <= s < b for a, b in panels):
                continue  # a legal database's attribute panel is no title
            line = _outside_boilerplate(self.doc, s, e)
            cleaned = " ".join(line.replace("*", " ").replace("|", " ").lstrip("#> ").split())
            cleaned = _STORED_DATE.sub("", cleaned).strip()
            if len(_letters(cleaned)) < 3:
                continue
            if md.number and any(_cue_rest_text(cleaned, k) is not None for k in ("recipients", "preamble")):
                break  # a letter without its header block ("Kính gửi: ..."): title from its number
            if official and anchor is not None and s >= self.cells[anchor].start - 400:
                break
            md.title = cleaned[:300]
            return
        if official or md.number:
            parts = [md.doc_type or "", md.number or ""]
            head = " ".join(p for p in parts if p)
            title = f"{head}: {md.subject}" if head and md.subject else head or md.subject
            md.title = title[:300] if title else None


def _wraps(prev: str, nxt: str) -> bool:
    """``nxt`` continues ``prev`` (a hard line wrap): ``prev`` does not end a clause and
    ``nxt`` starts in lower case, or ``prev`` ends with "và", a comma or a dash."""
    p = prev.rstrip()
    if p.endswith((";", ".", ":")):
        return False
    return nxt[:1].islower() or p.endswith((" và", ",", "-", "–"))


def _cue_rest_text(text: str, kind: str) -> str | None:
    hit = _starts(fold_key(text), kind)
    return None if hit is None else hit[2]


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _outside_boilerplate(doc: Doc, s: int, e: int) -> str:
    """``text[s:e]`` with its boilerplate parts left out (for reading, not for offsets)."""
    out = []
    pos = s
    for r in doc.boilerplate:
        if r.end <= pos or r.start >= e:
            continue
        out.append(doc.text[pos : max(pos, r.start)])
        pos = max(pos, r.end)
    out.append(doc.text[pos:e] if pos < e else "")
    return " ".join(out)


def _mostly_text(doc: Doc, s: int, e: int) -> bool:
    covered = 0
    for r in doc.boilerplate:
        if r.end > s and r.start < e:
            covered += min(r.end, e) - max(r.start, s)
    return covered < 0.5 * (e - s)


def extract_metadata(doc: Doc) -> None:
    """Fill ``doc.metadata`` from the header, footer, appendices and attribute table (see the
    module docstring). Fields already set (by the reader or the caller) are kept."""
    _Reader(doc).read()


# ------------------------------------------------------------------ doc_date

_BYLINE = regex.compile(
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\s*[-,|]?\s*\d{1,2}[:h]\d{2}"
    r"|\d{1,2}[:h]\d{2}\s*(?:\([^)\n]{0,12}\)\s*)?[-,|]?\s*(?:ngày\s+)?(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})"
    r"|(?:cập nhật|ngày đăng|đăng ngày|xuất bản|ngày xuất bản|thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)"
    r"\s*:?\s*,?\s*(?:ngày\s+)?(?P<d3>\d{1,2})/(?P<m3>\d{1,2})/(?P<y3>\d{4})",
    regex.IGNORECASE,
)
_DEADLINE = regex.compile(r"(?:trước|hạn|chậm\s+nhất|đến\s+hết|trước\s+ngày)\s*(?:ngày)?\s*$", regex.IGNORECASE)
_BYLINE_LINES = 12


def _offset_of_line(text: str, n: int) -> int:
    pos = 0
    for _ in range(n):
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl + 1
    return pos


def infer_doc_date(doc: Doc) -> None:
    """Set ``doc.doc_date`` and ``doc.doc_date_rule`` (see the module docstring) and resolve
    the DATE entities against it."""
    md = doc.metadata
    date: dt.date | None = None
    rule: str | None = None
    if doc.caller_doc_date is not None:
        date, rule = doc.caller_doc_date, "caller"
    elif md.issued_date:
        date, rule = dt.date.fromisoformat(md.issued_date), "header"
    else:
        date = _stored_date(doc)
        if date is not None:
            rule = "stored_date"
        if date is None:
            date = _byline_date(doc)
            rule = "byline" if date is not None else None
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


_STORED_DATE = regex.compile(
    r"\A\s*date\s+(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?!\d)"
)


def _stored_date(doc: Doc) -> dt.date | None:
    m = _STORED_DATE.match(doc.text)
    if m is None or doc.in_boilerplate(m.start("y"), m.end()):
        return None
    y, mo = int(m.group("y")), int(m.group("m"))
    if m.group("d"):
        return _date(m.group("y"), m.group("m"), m.group("d"))
    in_month = [d for d in _stated_days(doc) if (d.year, d.month) == (y, mo)]
    if in_month:
        return max(in_month)
    return dt.date(y, mo, calendar.monthrange(y, mo)[1])


def _stated_days(doc: Doc) -> list[dt.date]:
    """Full dates (day, month, year) the text states, deadlines left out."""
    out = []
    for e in doc.entities:
        if e.label != "DATE" or not isinstance(e.data, DateSpec) or not e.data.explicit_year:
            continue
        if e.data.grain != "day" or e.data.start_spec is not None:
            continue
        if _DEADLINE.search(doc.text[max(0, e.start - 20) : e.start]):
            continue
        end = e.data.resolve(None).get("end")
        if end:
            out.append(dt.date.fromisoformat(str(end)))
    return out


def _byline_date(doc: Doc) -> dt.date | None:
    head_end = _offset_of_line(doc.text, _BYLINE_LINES)
    for m in _BYLINE.finditer(doc.text, 0, head_end):
        if doc.in_boilerplate(m.start(), m.end()):
            continue
        y = m.group("y") or m.group("y2") or m.group("y3")
        mo = m.group("m") or m.group("m2") or m.group("m3")
        d = m.group("d") or m.group("d2") or m.group("d3")
        date = _date(y, mo, d)
        if date is not None:
            return date
    return None


_COMMA_AFTER = regex.compile(r"\s*,")


def _latest_stated(doc: Doc) -> dt.date | None:
    full: list[dt.date] = []
    partial: list[dt.date] = []
    years: list[dt.date] = []
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
        elif e.data.y2 is not None:
            continue
        elif e.data.grain in ("month", "period", "quarter"):
            partial.append(d)
        elif e.data.grain == "year":
            years.append(d)
    if not full and (partial or years):
        # "Ngày 17/9, Cục Tin học hóa ... cho biết" in a text whose dates are of 2020: the day a
        # news lead opens with, stated without its year (its dateline), is of the latest year the
        # text states, and is the fullest date there is (heldout2, cand.com.vn 2020)
        year = max(partial + years).year
        for e in doc.entities:
            if e.label != "DATE" or not isinstance(e.data, DateSpec) or e.data.grain != "day":
                continue
            spec = e.data
            if spec.y is not None or spec.rel_unit is not None or spec.recurring or spec.start_spec is not None:
                continue
            if spec.m is None or spec.d is None or e.start > 600 or doc.in_boilerplate(e.start, e.end):
                continue
            line_start = doc.text.rfind("\n", 0, e.start) + 1
            if doc.text[line_start : e.start].strip() or not _COMMA_AFTER.match(doc.text, e.end):
                continue  # only a dateline: "Ngày 17/9, Cục Tin học hóa ... cho biết"
            d = _date(str(year), str(spec.m), str(spec.d))
            if d is not None:
                full.append(d)
    for found in (full, partial, years):
        if found:
            return max(found)
    return None


# ------------------------------------------------------------------ references


@functools.cache
def _relations() -> list[tuple[str, str]]:
    lex = load_lexicon("citation_relations.tsv", "cue", "relation")
    return sorted(lex.items(), key=lambda kv: len(kv[0]), reverse=True)


@functools.cache
def _relation_pattern() -> regex.Pattern[str]:
    alts = "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c, _ in _relations())
    return regex.compile(r"(?<![\p{L}])(?:" + alts + r")(?![\p{L}])", regex.IGNORECASE)


def find_references(doc: Doc) -> list[Reference]:
    """References to other documents (see the module docstring), in text order.

    Each reference keeps the span of the number as written (``text``, ``start``, ``end``) and
    gives ``number`` (the symbol, or "Nghị định 43 năm 2011" for a short reference that the
    text does not cite in full), ``doc_type``, ``issuer``, ``year``, ``relation`` (a value of
    ``models/citation_relations.tsv`` or ``None``) and ``date`` (ISO, the cited document's
    date when "ngày ..." follows the number).
    """
    own = doc.metadata.number
    refs: list[Reference] = []
    ents = doc.entities
    full = [e for e in ents if e.label == "DOC_NUMBER" and e.value.get("symbol")]
    for i, e in enumerate(ents):
        if e.label != "DOC_NUMBER":
            continue
        v = e.value
        if v.get("symbol") is None and v.get("number") is None:
            continue
        number = e.text if v.get("symbol") else _short_number(e, full)
        if own and number == own:
            continue
        date = None
        if i + 1 < len(ents) and ents[i + 1].label == "DATE" and 0 <= ents[i + 1].start - e.end <= 3:
            nv = ents[i + 1].value
            if nv.get("grain") == "day":
                date = nv.get("start")
        year = v.get("year")
        refs.append(
            Reference(
                number=number,
                text=e.text,
                start=e.start,
                end=e.end,
                doc_type=v.get("doc_type"),
                relation=_relation_before(doc.text, e.start),
                date=date,
                issuer=v.get("issuer"),
                year=int(year) if isinstance(year, int) else (int(date[:4]) if date else None),
            )
        )
    return refs


def _short_number(e: Ent, full: list[Ent]) -> str:
    v = e.value
    same = {
        f.text
        for f in full
        if f.value.get("number") == v.get("number")
        and f.value.get("doc_type") == v.get("doc_type")
        and (v.get("year") is None or f.value.get("year") in (None, v.get("year")))
    }
    if len(same) == 1:
        return same.pop()
    base = f"{v.get('doc_type') or ''} {v.get('number')}".strip()
    return f"{base} năm {v['year']}" if v.get("year") else base


def _relation_before(text: str, start: int) -> str | None:
    """The relation of the cue nearest before ``start`` in its clause (single line breaks of
    hard-wrapped text do not end a clause; ";", ".", "(" and blank lines do)."""
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind(";"), window.rfind(". "), window.rfind(".\n"), window.rfind("\n\n"), window.rfind("("))
    if cut >= 0:
        window = window[cut + 1 :]
    rel = dict(_relations())
    best: tuple[int, int, str] | None = None
    pat = _relation_pattern()
    pos = 0
    while True:
        m = pat.search(window, pos)
        if m is None:
            break
        cue = " ".join(m.group(0).lower().split())
        key = (m.end(), len(cue))
        if cue in rel and (best is None or key > best[:2]):
            best = (m.end(), len(cue), rel[cue])
        pos = m.start() + 1
    return best[2] if best else None


# a reporter's name before the byline date: two to four capitalized words ("ĐỖ HUYỀN"), as a
# sign-off line (boilerplate.signoff_lines)
_AUTHOR_NAME = regex.compile(
    r"(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]{2,})(?:[ \t]+(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]{2,})){1,3}"
)


def _is_author_name(doc: Doc, s: int, e: int) -> bool:
    """``text[s:e]`` is a name, not a place, body, number or date the recognizers found."""
    return not any(
        x.start < e and s < x.end for x in doc.entities if x.label in ("LOCATION", "AGENCY", "DOC_NUMBER", "DATE")
    )


def find_author(doc: Doc) -> None:
    """Set ``doc.metadata.author`` of a news page from its byline or its sign-off line, unless
    the reader or the caller set it.

    The byline is a name right before the page's date and time near the top ("ĐỖ HUYỀN
    11/10/2020 18:49"); the sign-off is a line of two to four capitalized words after a
    paragraph that ends a sentence, in the second half of the page ("Vân Anh"), as in
    :func:`~vn_egov_extract.boilerplate.signoff_lines`. Official letters (a "Số:" header,
    "Nơi nhận:", the national motto) have a signer instead and are left alone. A line that is a
    place, a body or a date the recognizers found is no name. ``--redact-pii`` masks the author
    wherever it occurs."""
    md = doc.metadata
    text = doc.text
    if md.author or is_official_text(text):
        return
    head_end = _offset_of_line(text, _BYLINE_LINES)
    for m in _BYLINE.finditer(text, 0, head_end):
        ls = text.rfind("\n", 0, m.start()) + 1
        before = text[ls : m.start()]
        name = _AUTHOR_NAME.fullmatch(before.strip())
        if name is not None and not doc.in_boilerplate(m.start(), m.end()):
            a = ls + len(before) - len(before.lstrip())
            if _is_author_name(doc, a, a + len(name.group(0))):
                md.author = name.group(0)
                return
    names = [(s, e) for s, e in signoff_lines(text) if _is_author_name(doc, s, e)]
    if names:
        md.author = text[names[-1][0] : names[-1][1]]


def apply_structure(doc: Doc) -> list[Reference]:
    """The structure stage: metadata, the author of a news page, doc_date (with DATE values
    resolved), references."""
    extract_metadata(doc)
    find_author(doc)
    infer_doc_date(doc)
    return find_references(doc)
