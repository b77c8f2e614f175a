"""Claims stage: sentences and tables into "subject reached value of metric in period".

The stage reads the document's *claim units* — its sentences, with the lines of hard-wrapped
text joined back (:func:`claim_units`) — and its tables. Every PERCENT outside boilerplate that
states a value gives one claim per subject (spec ``EXTRACTION.md`` §3); percentages that state
nothing (formulas, scoring rules, conditions, the title of a cited document, questions:
``models/claim_filters.tsv``) give none.

**Document context.** Before the sentences are read the stage settles what the document is:

* its *mode*: a directive (a plan, decision, resolution — ``models/directive_types.tsv`` — or
  an article whose title or first sentence announces one) prescribes, so its values without a
  status cue are targets; any other document reports, so they are achieved. Footnotes ("[5] Tỷ
  lệ TTHC ... là 69,87%"), from their mark to the next heading, report even in a directive;
* its *topic*, the subject of values that name none: the province of a local issuer or of the
  letterhead ("UBND THÀNH PHỐ HÀ NỘI"), else the one province the title names ("... LÀM VIỆC
  VỚI LÃNH ĐẠO TỈNH PHÚ THỌ"), else (directives) the issuing body (a ministry's plan → the
  ministry; the Government's or the Prime Minister's → Việt Nam), else — for a text that names
  no province and speaks of its own ("Toàn tỉnh tiếp nhận ...", "trên địa bàn tỉnh": a
  provincial portal's or station's news) — its home province, which is the *unresolved
  province* (name "tỉnh", kind province: :data:`UNRESOLVED_PROVINCE`) when nothing names it,
  rather than a wrong entity; else Việt Nam;
* the *title period* ("Kế hoạch cải cách hành chính năm 2025"), the period of targets that name
  none.

**Sentences.** For each value:

* *metric*: the metric mentions of the sentence (``models/metrics.tsv``; overlapping mentions
  resolved by row order; rows of key ``other`` keep payment rates and ratios of counts apart,
  and "toàn trình" goes by its head noun, services or dossiers) — values after "lần lượt"
  pair with as many coordinated mentions before it; one mention around or right after the value
  ("giảm 50% lệ phí", "100% dịch vụ công ... mức 4") wins; the items of a "Name (v%)" list
  share the mention before the list or right after it ("Đà Nẵng (67%) cùng các tỉnh Hòa Bình
  (86,5%), ... dẫn đầu về tỷ lệ hồ sơ trực tuyến"); else the nearest one before the value in its
  clause; else, when the words before the value (in its clause or comma segment) name no
  measure ("tỷ lệ này", "đạt tỉ lệ còn ít hơn 10%", "chiếm 2%", "Trong khi đó, TP.HCM đạt
  68%", "TP HCM, Hà Nội thuộc nhóm thấp nhất, dưới 10%": ``models/ellipsis_words.tsv``), one
  after it in its clause ("với tỷ lệ 83,48%, tương đương 1,488 triệu hồ sơ trực tuyến toàn
  trình"), the sentence's or the previous sentence's last mention; a bracketed value beside
  another ("63,47% (mục tiêu 70%)") shares its metric; none → key ``other`` with the phrase
  kept;
* *subject*: a ministry a list names without "Bộ" after "các bộ" ("Xây dựng (16,6%)"); a body
  or "cả nước" joined right after the value by "của/tại/ở" ("8,3 - 8,5% của cả nước") or opening
  the clause after a sentence-initial value ("Với tỷ lệ 68,54%, tỉnh này ..."); else the
  nearest LOCATION/AGENCY before the value — not one introduced as a source, a speaker, a
  partner, the issuer of a report or cited document ("Theo Bộ TT&TT, ..." for a national body,
  "dự thảo báo cáo ... của Bộ X", "mục tiêu Chính phủ giao": ``models/subject_cues.tsv``), nor
  one inside a parenthesis closed before the value — with the whole coordinated list it ends
  ("Quảng Ninh, TP.HCM, ... và Bắc Ninh" → one claim each); or a country phrase ("cả nước", "các
  tỉnh, thành phố trực thuộc trung ương" → Việt Nam) in the value's own clause segment or
  opening the sentence, never the field of a ranking ("cao nhất cả nước"); a part of the
  administration ("05 bộ, 22 tỉnh", "06/34 địa phương", "khối tỉnh, thành", "các tỉnh còn lại",
  "Đơn vị ...") → ``group``, never a named entity; a level ("Cấp tỉnh đạt 100%") → the province
  with the level as scope in a provincial text, a group in a national one; districts ("Huyện
  Gia Bình và Tiên Du") → kind ``district``; an anaphor ("tỉnh này", "Tỉnh", "toàn tỉnh") → the
  last province, else the one the sentence names later, else the home province. A body of the
  topic province (a department, "Thuế Thành phố Hà Nội") stands for the province, with the
  body as ``scope``. None before the value → one named right after it ("đạt 90% tại Quảng
  Ninh"), else the country in a sentence that opens with a national body's attribution ("Theo
  Bộ Công an, đến nay 100% ..."), else the previous sentence's subject (a group only for the next
  items of its list), else the topic. A group's members listed after its value, in the sentence ("06 địa phương đã
  công bố 100% ... gồm: Tp. Đà Nẵng, ...") or the next ("Những đơn vị này bao gồm: Bộ Y tế,
  ..."), each get the group's claim. "Hà Nội, Đà Nẵng và TP.HCM lần lượt là 45%, 52% và 38%"
  pairs members and values in order (and a list of as many dates, the periods);
* *period*: a date right after the value belongs to it ("từ 10,86% trong năm 2019") unless it
  opens the next value's segment ("Quý III đạt 6,26%, 9 tháng năm 2025 tăng 6,9%"); a value
  bracketed after a comparison base is the base's ("so với cùng kỳ năm 2020 (đạt 38,33%)");
  else a deadline or period phrase after it in its clause ("trước ngày 30/11/2020", "trong năm
  2021"), not one that opens a later value's stretch nor the base of a ratio ("bằng 205,6% số
  hồ sơ ... của quý I năm 2022"); else the nearest date before it in the clause; else a bare
  date after it ("đạt 100% kế hoạch vốn năm 2025"); else the sentence's, or an earlier value's
  ("8% trong năm 2025 ... và ... 8,3 - 8,5%"); else, in a sentence that compares with "cùng kỳ
  năm Y", year Y + 1; else the last period of the sentences before (kept, whole — "tính từ đầu
  năm đến đầu tháng 11-2022" —, through sentences that name none, until a heading or a "đến
  nay"; for a target, only a recent or a future one), the
  lead-in's ("Mục tiêu năm 2025:") or a stage line's ("- Giai đoạn 2025-2027" heads every item
  below it), the section heading's ("1. Về tình hình kinh tế - xã hội 10 tháng năm 2025
  ...:"); else, for a target, the title period, for an achieved value "as of" ``doc_date``. A
  strategy's orientation year ("giai đoạn 2021 - 2025, định hướng đến năm 2030":
  ``models/period_cues.tsv``) is no period while a stage is named beside it. "đến/tính đến X"
  and deadlines ("trước ngày X") give an open start, "từ X" an open end, "từ X đến Y" the
  interval, "vào tháng 12/2020" that month; a target holds by the end of its period (no start)
  unless the period is a stage of several years, which it spans. The base of a comparison
  ("tăng 266% so với năm 2023") is never the period;
* *status*: ``models/status_cues.tsv`` before the value (projected > target > achieved; an
  achieved cue between a target cue and the value wins; a target word right after an earlier
  value — "đạt 72,4% kế hoạch" — is that value's denominator, no cue, unless a value of its own
  follows ("(mục tiêu 70%)"); a parenthesis closed before the value holds no cue for it; an item
  of a list opened by a colon in the sentence takes its own cue, else the lead-in's; a verb
  before a target noun decides it: "đã hoàn thành chỉ tiêu" reports, "ban hành kế hoạch" names
  a document, but not in a sentence that opens with its purpose ("Để ..., đạt được mục tiêu
  ..."); in a report "chỉ tiêu X đạt Y%" states the indicator's level; names such as "Cần Thơ"
  hold no cue); no cue → the lead-in's status (list items after "... các chỉ tiêu cụ thể như
  sau:"), else the section's (a heading "II. MỤC TIÊU" down to its subsections, where "chiếm
  45% GRDP" states a target too), else the document mode's default. Nothing is achieved in a
  period that begins after ``doc_date``;
* *direction*: a change verb right before the value ("tăng 15,55%", "giảm ít nhất 30%"), a
  rate-of-change metric ("tăng trưởng kinh tế ... đạt 8,19%"), a value coordinated with a
  change ("giảm 30% thời gian ..., 30% chi phí"): ``models/direction_cues.tsv``; a fee cut
  ("Hỗ trợ 100% mức phí, lệ phí") is a decrease;
* *value*: the PERCENT entity's, except a bracketed value whose decimal comma is followed by a
  space ("Quảng Trị (80, 68%)" → 80.68);
* *evidence*: the value's clause segment (from the end of the previous value of the clause to
  the next comma after it), so that two claims of one sentence stay apart; for a group's listed
  members, up to the end of the list.

**Round 3 (blind set heldout2, 2017–2023), by kind:** an anaphor ("tỉnh này", "địa phương
này", "bộ này") refers to the body of its kind its sentence names before it ("Còn với Nam Định,
đến nay, tỉnh này ..."), not to one compared with ("So với Cần Thơ, ..."), else to an earlier
sentence's; "Còn/Riêng với X," opens a topic and "Cụ thể, tại tỉnh X," frames the sentence; a
counted set of local units ("5/9 huyện, thành phố") is a group and its count no date; a set
heads the next list items only when named before a colon; the ministries' level ("cấp bộ") is
a group. Both ends of a change are levels: the from-value of the start of the sentence's
interval ("từ năm 2018 đến nay ... từ mức 4,55%" → 2018) or of an undated earlier time, the
to-value as of the interval's end; "giảm tới 49,54%" is a change ("tới" stresses the size:
``direction_cues.tsv`` gap words), and so is a comparative with a base ("cao hơn 12% so với năm
2021", position comparative). In a report, "đã chỉ đạo ... đảm bảo 100%" is achieved
(``status_cues.tsv`` done_directing), with the past period its report names beside a later one
("6 tháng đầu năm và nhiệm vụ ... 6 tháng cuối năm 2021"); a segment opening with "hiện nay"
after a goal states the present level; "tính đến" the document's own month is no deadline. A
report's month or quarter stands for the dates it covers when the text states them (bracketed,
or as its title's interval: "từ ngày 21/7 đến 20/8/2021" for "tháng 8/2021"); "từ X đến nay"
ends at ``doc_date``; a report's month carries over to later sentences when the report is dated
in it. An elided measure is the sentence's earlier value's before an earlier sentence's; a rate
named in the value's own segment beats a mention before the comma; a share bracketed after a
count ("14.064 hồ sơ (đạt 99,74%)") is that count's. A headline's keyed claim restated by the
body gives the body's claim only. Flattened dashboard rows ("Mức 3 68544 ... 70,3% 11795
19,1% ...", :func:`vn_egov_extract.tables.flat_row`) give the row as evidence, its label as
scope, and a level header above ("Mức độ 1 ... Mức độ 4") names each column's measure.

**Tables** (pipe, tab, multi-line-cell and reader tables alike): the header rows give each
column a role (``models/table_headers.tsv``; two header rows are mapped to the body's columns by
:func:`vn_egov_extract.tables.column_headers`; a column of "%" cells is the unit column, a
column of provinces or agencies the subject column, a column of deadlines makes the rows tasks);
each value cell — a PERCENT (a bare number under a "(%)" header is one), or a number whose row's
unit cell is "%" ("% | ≥ 80") — gives one claim: subject from the row's subject or label cell
("Tp Đà Nẵng" → Đà Nẵng; none → the topic; a total row "Tổng số" → a group), metric from the
row's indicator cell, the column's headers or the caption, period from the row's deadline cell,
the section row above it ("**I** | **Giai đoạn 2025-2027**", "**Đến năm 2030**"), the note
("Số liệu này được tổng hợp vào ngày 20/8/2020" → as of 2020-08-20), a header over the column
("Năm 2025"), the caption or the text just before the table, else as of ``doc_date``; status
from the table's own words (``models/table_status.tsv``): the caption and the title lines above
the table ("CÁC CHỈ TIÊU" → target, "KẾT QUẢ" → achieved), a deadline column (target), a
target word heading a value column ("Mục tiêu năm 2025"); else the document's mode, where a
value of a period over before ``doc_date`` is a result; a target over a span of years keeps its
start. Indicators in rows and places in columns ("Chỉ tiêu | Hà Nội | Đà Nẵng"): the column's
header is the subject. Evidence is the row. A cell of running text ("Kinh tế số chiếm 45% GRDP
tỉnh") is read as a sentence for its metric, qualifier and direction, with the table's subject,
status and period, when the table's words or a deadline say what its values are; else it is
left to the sentences.

>>> from vn_egov_extract import extract
>>> r = extract("Năm 2023, tỷ lệ hồ sơ trực tuyến của Đà Nẵng đạt 68,5%, trung bình cả nước là 43,5%.")
>>> for c in r.claims:
...     print(c.subject.name, c.metric.key, c.value.value, c.status, c.period.end)
Đà Nẵng online_dossier_rate 68.5 achieved 2023-12-31
Việt Nam online_dossier_rate 43.5 achieved 2023-12-31
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from dataclasses import dataclass

import regex

from .document import Doc, Ent
from .models import Claim, ClaimValue, Evidence, Metric, Period, Subject, Table, TableCell, TableRow
from .normalize import fold_tones
from .numbers import NUMBER_PATTERN, parse_number
from .patterns import rx as _rx
from .resources import load_tsv
from .tables import ROW_MARKER as _ROW_MARKER
from .tables import caption_block, cell_column, column_headers, data_width, flat_row, section_level

__all__ = ["extract_claims", "ClaimExtractor", "ClaimUnit", "MetricMention", "claim_units", "metric_mentions"]


# ------------------------------------------------------------------ lexicons


def _phrase_pattern(phrase: str) -> str:
    """A whole-word pattern for ``phrase`` (spaces match any run of white space)."""
    return r"(?<![\p{L}\p{N}])" + regex.escape(phrase).replace(r"\ ", r"\s+") + r"(?![\p{L}\p{N}])"


@dataclass(frozen=True, slots=True)
class MetricMention:
    """A metric phrase in the text: ``[start, end)`` (code points) and its key."""

    start: int
    end: int
    key: str
    rank: int


@functools.cache
def _metric_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    return [(r["key"], regex.compile(r["pattern"])) for r in load_tsv("metrics.tsv", ("key", "pattern"))]


@functools.cache
def _any_metric() -> regex.Pattern[str] | None:
    """One alternation of every metric pattern: it matches in a stretch of text exactly when one
    of them does (most sentences name no metric: one scan instead of one per pattern). ``None``
    when a pattern holds a back-reference or an inline flag, which an alternation would change."""
    pats = [p.pattern for _, p in _metric_patterns()]
    if any(regex.search(r"\\(?:[1-9]|g<)|\(\?(?:P=|[aiLmsuxfrwbeVp0-9-]+[:)])", p) for p in pats):
        return None
    return regex.compile("|".join("(?:" + p + ")" for p in pats))


def metric_mentions(lower: str, start: int, end: int) -> list[MetricMention]:
    """Non-overlapping metric mentions in ``lower[start:end]`` (earlier lexicon rows win),
    sorted by position. ``lower`` is lower-cased, tone-folded text.

    >>> [m.key for m in metric_mentions("tỷ lệ dvctt mức độ 4 và tỷ lệ hồ sơ trực tuyến", 0, 46)]
    ['dvc_level4_rate', 'online_dossier_rate']
    """
    found: list[MetricMention] = []
    quick = _any_metric()
    if quick is not None and quick.search(lower, start, end) is None:
        return found
    for rank, (key, pat) in enumerate(_metric_patterns()):
        for m in pat.finditer(lower, start, end):
            found.append(MetricMention(m.start(), m.end(), key, rank))
    found.sort(key=lambda mm: (mm.rank, mm.start))
    kept: list[MetricMention] = []
    for mm in found:
        if any(mm.start < k.end and k.start < mm.end for k in kept):
            continue
        kept.append(mm)
    kept.sort(key=lambda mm: mm.start)
    return kept


@dataclass(frozen=True, slots=True)
class _Cue:
    pattern: regex.Pattern[str]
    status: str
    directive: str


@functools.cache
def _status_cues(position: str) -> tuple[_Cue, ...]:
    rows = [r for r in load_tsv("status_cues.tsv", ("cue", "status", "position")) if r["position"] == position]
    rows.sort(key=lambda r: len(r["cue"]), reverse=True)
    return tuple(
        _Cue(regex.compile(_phrase_pattern(r["cue"])), r["status"], r.get("directive") or r["status"]) for r in rows
    )


@functools.cache
def _subject_cues() -> dict[str, list[tuple[regex.Pattern[str], str]]]:
    out: dict[str, list[tuple[regex.Pattern[str], str]]] = {}
    rows = sorted(
        load_tsv("subject_cues.tsv", ("phrase", "kind", "unit")), key=lambda r: len(r["phrase"]), reverse=True
    )
    for r in rows:
        out.setdefault(r["kind"], []).append((regex.compile(_phrase_pattern(r["phrase"]), regex.IGNORECASE), r["unit"]))
    return out


@functools.cache
def _direction_patterns() -> dict[str, list[tuple[regex.Pattern[str], str]]]:
    out: dict[str, list[tuple[regex.Pattern[str], str]]] = {}
    rows = sorted(
        load_tsv("direction_cues.tsv", ("cue", "direction", "position")), key=lambda r: len(r["cue"]), reverse=True
    )
    # words that may stand between the verb and the value: "tăng được 20%", "giảm tới 49,54%"
    gap = "|".join(_phrase_pattern(r["cue"]) for r in rows if r["position"] == "gap")
    for r in rows:
        pat = _phrase_pattern(r["cue"])
        if r["position"] == "gap":
            continue
        if r["position"] == "base":
            pat += r"[^,;.()\n]{0,30}$"
        if r["position"] == "comparative":
            pat = r"\s*" + pat  # matched at the start of the PERCENT span
        if r["position"] == "before":
            # the verb right before the value; qualifier words of the PERCENT span may follow it
            pat += rf"(?:\s+(?:{gap}))?\s*$" if gap else r"\s*$"
        out.setdefault(r["position"], []).append((regex.compile(pat), r["direction"]))
    return out


@functools.cache
def _comparison_bases() -> tuple[regex.Pattern[str], ...]:
    """The base cues (``direction_cues.tsv`` position base) right after a value, as patterns."""
    rows = load_tsv("direction_cues.tsv", ("cue", "direction", "position"))
    return tuple(regex.compile(r"[\s*_]*" + _phrase_pattern(r["cue"])) for r in rows if r["position"] == "base")


@functools.cache
def _filters() -> dict[str, list[regex.Pattern[str]]]:
    out: dict[str, list[regex.Pattern[str]]] = {}
    for r in load_tsv("claim_filters.tsv", ("kind", "pattern")):
        if r["kind"] in ("cited_title", "title_noun"):
            out.setdefault(r["kind"], []).append(regex.compile(_phrase_pattern(r["pattern"])))
        else:
            out.setdefault(r["kind"], []).append(regex.compile(r["pattern"]))
    return out


@functools.cache
def _directive_types() -> tuple[frozenset[str], tuple[regex.Pattern[str], ...]]:
    rows = load_tsv("directive_types.tsv", ("doc_type", "kind"))
    types = frozenset(r["doc_type"].lower() for r in rows if r["kind"] == "directive")
    verbs = tuple(regex.compile(_phrase_pattern(r["doc_type"].lower())) for r in rows if r["kind"] == "announce")
    return types, verbs


@functools.cache
def _ellipsis_words() -> regex.Pattern[str]:
    words = sorted((r["word"] for r in load_tsv("ellipsis_words.tsv", ("word",))), key=len, reverse=True)
    return regex.compile("|".join(_phrase_pattern(w) for w in words))


@functools.cache
def _period_cues() -> dict[str, regex.Pattern[str]]:
    """One whole-word alternation per kind of ``models/period_cues.tsv`` (longest cue first)."""
    rows = load_tsv("period_cues.tsv", ("cue", "kind"))
    out: dict[str, regex.Pattern[str]] = {}
    for kind in sorted({r["kind"] for r in rows}):
        words = sorted((r["cue"] for r in rows if r["kind"] == kind), key=len, reverse=True)
        out[kind] = regex.compile("(?:" + "|".join(_phrase_pattern(w) for w in words) + ")")
    return out


@functools.cache
def _header_roles() -> list[tuple[str, regex.Pattern[str]]]:
    return [(r["role"], regex.compile(r["pattern"])) for r in load_tsv("table_headers.tsv", ("role", "pattern"))]


@functools.cache
def _qualifier_cues() -> list[tuple[str, str]]:
    rows = [
        r for r in load_tsv("percent_qualifiers.tsv", ("cue", "qualifier")) if r.get("position", "before") == "before"
    ]
    return sorted(((r["cue"].lower(), r["qualifier"]) for r in rows), key=lambda kv: len(kv[0]), reverse=True)


#: a counted set: "05 bộ, 22 tỉnh", "70 bộ, ngành, địa phương", "06/34 địa phương", "14 Bộ, cơ quan"
_GROUP = regex.compile(
    r"(?<![\p{L}\p{N}/])\d{1,3}(?:/\d{1,3})?\s+(?:bộ,\s+ngành(?:\s*(?:,|và)\s*địa\s+phương)?|bộ,\s+cơ\s+quan"
    r"|tỉnh,\s+thành\s+phố|tỉnh,\s+thành|sở,\s+ngành|bộ|tỉnh|cơ\s+quan|địa\s+phương|đơn\s+vị"
    # local units counted in a provincial text: "5/9 huyện, thành phố", "12/15 xã, phường, thị trấn"
    r"|(?:huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)(?:\s*,\s*(?:huyện|quận|thị\s+xã|thành\s+phố"
    r"|xã|phường|thị\s+trấn))*)"
    r"(?:\s*(?:,|và)\s*\d{1,3}\s+(?:bộ|tỉnh|cơ\s+quan|địa\s+phương|đơn\s+vị|tỉnh,\s+thành\s+phố))*(?![\p{L}])"
)
#: between two coordinated counted sets: "9 bộ, ngành trung ương và 15 tỉnh, thành phố"
_SET_GAP = regex.compile(r"\s*(?:trung\s+ương|thuộc\s+chính\s+phủ)?\s*(?:,|và|,\s*và)\s*")
_LIST_GAP = regex.compile(
    r"^\s*(?:,|;|và|cùng|cùng\s+với|,\s*và|,\s*cùng)\s*$"
    r"|^\s*(?:,\s*)?(?:cùng|và)\s+(?:\d{1,3}\s+)?(?:cơ\s+quan|bộ|ngành|tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị)"
    r"(?:\s*,\s*(?:ngành|thành\s+phố|địa\s+phương))*\s+(?:gồm|là|như)\s*:?\s*$",
    regex.IGNORECASE,
)
_SCOPE = regex.compile(
    r"(?:cho|của|đối\s+với|tại)\s+(?:các\s+|cả\s+)?(?P<scope>(?:đơn\s+vị|cơ\s+quan|sở|bộ\s+phận|chính\s+quyền)[^;:.\n]{0,60}?)"
    r"(?=\s+(?:đạt|phải|cần|tối\s+thiểu|ít\s+nhất|là|có|từ|bảo\s+đảm|đảm\s+bảo)\b)",
    regex.IGNORECASE,
)
_CITING = regex.compile(r"(?<![\p{L}])(?:tại|theo|căn\s+cứ|thực\s+hiện|của|kèm\s+theo|triển\s+khai)(?![\p{L}])")
_NOW = regex.compile(
    r"(?<![\p{L}])(?:đến\s+nay|cho\s+đến\s+nay|hiện\s+nay|hiện\s+tại|tới\s+nay)(?![\p{L}])"
    r"|(?:^|[,;:(]\s*)hiện(?=\s*,|\s+(?:đang|vẫn|còn|có|đã|mới|chỉ)\s)",
    regex.IGNORECASE,
)
_OPEN_START = regex.compile(
    r"(?:tính\s+đến|tính\s+tới|đến\s+hết|đến|tới|trước|trước\s+ngày|chậm\s+nhất|hạn|vào)\s*(?:ngày\s*)?$",
    regex.IGNORECASE,
)
_DATE_LEAD = regex.compile(
    r"(?:tính\s+đến|tính\s+tới|đến\s+hết|đến|tới|trước|chậm\s+nhất|kể\s+từ|bắt\s+đầu\s+từ|từ|trong|vào)(?=\s)",
    regex.IGNORECASE,
)
#: the count a bracketed share follows: "là 19.255 hồ sơ", "689 hồ sơ"
_COUNT_TAIL = regex.compile(r"\s*(?:(?:là|có|gồm|với)\s+)?\d[\d.,]*\s+(?:\p{L}+)(?:\s+\p{L}+)?\s*$")
_COUNT_LEAD = regex.compile(r"\s*(?:(?:đã|cũng)\s+)?(?:có|trong\s+đó)?\s*", regex.IGNORECASE)
_UNTIL_NOW = regex.compile(r"\s*(?:đến|tới|cho\s+đến)\s+(?:nay|hiện\s+nay|thời\s+điểm\s+này)(?![\p{L}])")
_OPEN_END = regex.compile(r"(?:kể\s+từ|từ|bắt\s+đầu\s+từ|sau)\s*$", regex.IGNORECASE)
#: words before a date after the value that make it the value's period ("trong năm 2021")
_PERIOD_LEAD = regex.compile(
    r"(?:trong|vào|của|trước|đến|tới|tính\s+đến|đến\s+hết|chậm\s+nhất|hạn|giai\s+đoạn)\s*(?:ngày\s*)?$",
    regex.IGNORECASE,
)
_ASOF = regex.compile(r"(?:tổng\s+hợp|cập\s+nhật|thống\s+kê)\s+(?:vào|đến|tính\s+đến)?\s*$", regex.IGNORECASE)
_CLAUSE_SEP = regex.compile(r"[;:]|\s[-–]\s|\.\s")
_SEGMENT_SEP = regex.compile(r"[,;()]")
#: the end of a stretch of words: a comma that is no decimal mark, ; ( ) : or a sentence stop
_WORD_BREAK = regex.compile(r"[;():]|(?<!\d),|,(?!\d)|\.(?:\s|$)|\n\n")
_QUESTION = regex.compile(r"\?[\s*_\"”]*$")
_LIST_MARK = regex.compile(
    r"^[*_\s]*(?:\(\s*(?:\d{1,3}|[a-zđ]|[ivx]{1,4})\s*\)|\d{1,3}(?:\.\d{1,3})*[.)](?=\s)|[a-zđ][.)](?=\s)"
    r"|[IVXLC]{1,6}[.)](?=\s)|[-+•·–—](?=\s)|\*(?=\s))"
)
#: a unit that is nothing but an enumerator ("**II.", "1.", "a)"): the segmenter cut a heading
_ENUMERATOR_ONLY = regex.compile(r"[*_#\s]*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđA-ZĐ])[.)][*_\s]*")
#: a footnote's mark at the start of its line: "[5] Tỷ lệ ...", "[10] Gồm:"
_FOOTNOTE = regex.compile(r"[*_\s]*\[\d{1,3}\]")
_TERMINAL = regex.compile(r"[.!?;:…][\s*_\"”’)]*$")
_HEADING_ENUM = regex.compile(r"^[*_\s]*(?:\d{1,2}|[IVXLC]{1,6}|[A-ZĐ])[.)]\s")
_PARA_BREAK = regex.compile(r"\n[ \t]*\n")
#: a rate named by no noun of its own right before the value: "đạt tỉ lệ còn ít hơn 10%", "chiếm 2%"
_BARE_RATE = regex.compile(
    r"(?:(?<![\p{L}])(?:tỷ|tỉ)\s+lệ|(?<![\p{L}])chiếm(?:\s+(?:tỷ|tỉ)\s+lệ)?)"
    r"(?:\s+(?:còn|chỉ|mới|vẫn|đạt|là|ở\s+mức|khoảng|gần|hơn|trên|dưới|ít\s+hơn|tối\s+thiểu|ít\s+nhất|từ|chưa\s+đến|chưa\s+tới))*"
    r"[\s*_]*$"
)
#: a rate or target whose measure the words after it leave implicit: "tỷ lệ này", "Chỉ tiêu cho
#: các đơn vị chuyên môn ... đạt tối thiểu 45%", "tỷ lệ của cả nước là 30%"
_IMPLICIT_RATE = regex.compile(
    r"(?<![\p{L}])(?:tỷ\s+lệ|tỉ\s+lệ|mức|chỉ\s+tiêu)\s+(?:này|đó|trên|chung|trung\s+bình|bình\s+quân"
    r"|cho|của|đối\s+với|tại|ở|được\s+giao|giao(?!\s+dịch))(?![\p{L}])"
)
#: a noun phrase right after a value (not "so với", "trở lên", a date, a unit of time)
_NOUN_AFTER = regex.compile(
    r"[\s*_]+(?!(?:so\s+với|so\s+cùng|trở\s+lên|trong|vào|năm|tháng|quý|kế\s+hoạch|mục\s+tiêu|dự\s+toán"
    r"|và|hoặc|cùng|là|đạt|tăng|giảm)(?![\p{L}]))\p{L}"
)
#: the words between a value and a subject named after it: "đạt 90% tại Quảng Ninh"
_AFTER_SUBJECT = regex.compile(r"[^,;.()\n]{0,40}?(?<![\p{L}])(?:tại|ở|của|thuộc\s+về|thuộc)\s+")
#: what may stand between two bodies of a list: commas, "và", a level noun ("; các tỉnh Đắk Lắk")
_MEMBER_GAP = regex.compile(
    r"[\s,;]*(?:(?:và|cùng)\s+)?(?:(?:các|những)\s+)?(?:(?:tỉnh|thành\s+phố|tp\.|bộ|cơ\s+quan)(?![\p{L}])\s*:?)?[\s,;]*"
)
#: districts named as subjects in provincial news: "Huyện Gia Bình và Tiên Du", "thị xã Từ Sơn"
_DISTRICTS = regex.compile(
    r"(?<![\p{L}])(?:[Hh]uyện|[Qq]uận|[Tt]hị\s+xã)\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})"
    r"(?:\s*(?:,|và)\s*(?:(?:huyện|quận|thị\s+xã)\s+)?(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2}))*"
)
#: capitalized words right before a bracketed value: a name the recognizers may not know ("Xây dựng (16,6%)")
_CAPITALIZED_NAME = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}*(?:\s+(?:và\s+)?\p{L}+){0,5}?\s*$")
#: "lần lượt (là|đạt)": the values that follow pair with the members of a list before, in order
_RESPECTIVELY = regex.compile(r"(?<![\p{L}])lần\s+lượt(?![\p{L}])")
#: target nouns whose status the verb before them decides (``governs`` rows of status_cues.tsv)
_TARGET_NOUN = regex.compile(r"(?:mục|chỉ)\s+tiêu|kế\s+hoạch")
#: purpose and modal words before a verb of reaching: the goal is still ahead
_PURPOSE = regex.compile(r"(?<![\p{L}])(?:để|nhằm|cần|phải|phấn\s+đấu|sẽ|có\s+thể)(?:\s+\p{L}+){0,2}\s*$")
#: a sentence that opens with its purpose: what it says it is "for" is still ahead
_PURPOSE_OPENING = regex.compile(r"[\s*_\-+•]*(?:để|nhằm|với\s+mục\s+tiêu)\s")
_BARE_NUMBER = regex.compile(r"[*_\s]*[^\d\s*_]{0,12}\s*(?:" + NUMBER_PATTERN + r")\s*%?[*_\s]*")


def _aligned_lower(text: str) -> str:
    """``text`` tone-folded and lower-cased with the same length (offsets stay valid)."""
    folded = fold_tones(text)
    if len(folded) != len(text):
        folded = text
    low = folded.lower()
    if len(low) != len(folded):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return low


# ------------------------------------------------------------------ claim units


@dataclass(slots=True)
class ClaimUnit:
    """A sentence as the claims stage reads it: ``[start, end)`` in ``text`` and its role.

    ``heading``: a title or section heading (#, bold or upper-case line, "1. Về ...:");
    ``leadin``: it ends with ":" and opens a list; ``list_item``: it opens with an enumerator
    ("(1)", "a)", "-"); ``para_start``: a paragraph begins with it.
    """

    start: int
    end: int
    heading: bool = False
    leadin: bool = False
    list_item: bool = False
    para_start: bool = True


def _wrap_width(text: str) -> tuple[int, float, int, int]:
    """The width most long lines of ``text`` end near: (width, share of the long lines within
    12 characters below it, how many lines run longer than it + 10, how many lines)."""
    lengths = [len(ln.rstrip()) for ln in text.split("\n") if ln.strip()]
    long = [x for x in lengths if x >= 40]
    if len(long) < 10:
        return 0, 0.0, 0, len(lengths)
    counts = Counter(long)
    best_w, best_n = 0, 0
    # n = how many long lines are w - 12 ... w long, a window slid over w = 40 ... 160
    n = sum(counts.get(x, 0) for x in range(27, 40))
    for w in range(40, 161):
        n += counts.get(w, 0) - counts.get(w - 13, 0)
        if n > best_n:
            best_w, best_n = w, n
    too_long = sum(1 for x in lengths if x > best_w + 10)  # a few table lines may run longer
    return best_w, best_n / len(long), too_long, len(lengths)


def _is_wrapped(text: str, ww: tuple[int, float, int, int] | None = None) -> bool:
    """True when ``text`` is hard-wrapped: most long lines end near one width and (almost) none
    is longer. ``ww``: :func:`_wrap_width` of ``text`` when already computed."""
    width, share, too_long, n = ww or _wrap_width(text)
    return width > 0 and share >= 0.5 and too_long <= max(2, n // 50)


def _partly_wrapped_width(text: str, ww: tuple[int, float, int, int] | None = None) -> int:
    """The wrap width of a text whose body is hard-wrapped but whose tables or lists of short
    lines hide it from :func:`_is_wrapped` (a third of the long lines end near one width and
    almost none is longer), else 0. ``ww``: :func:`_wrap_width` of ``text`` when already computed."""
    width, share, too_long, n = ww or _wrap_width(text)
    return width if width > 0 and share >= 0.3 and too_long <= max(2, n // 50) else 0


def _continues(text: str, a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    gap = text[a_end:b_start]
    if gap.count("\n") != 1 or gap.strip():
        return False
    a = text[a_start:a_end].strip()
    b = text[b_start:b_end].strip()
    if not a or not b or a == "|" or b == "|" or a.startswith(("#", "|")) or b.startswith(("#", "|", ">")):
        return False
    if _TERMINAL.search(a) or _LIST_MARK.match(b):
        return False
    return True


def _mostly_upper(s: str) -> bool:
    """True when ``s`` has 8 letters or more and at least 80% of its letters are upper case."""
    letters = list(filter(str.isalpha, s))
    return len(letters) >= 8 and sum(map(str.isupper, letters)) >= 0.8 * len(letters)


def claim_units(doc: Doc) -> list[ClaimUnit]:
    """The document's sentences as claim units, in text order.

    In hard-wrapped text (most lines end near one width: trafilatura's and legal databases'
    markdown) a sentence that does not end with . ! ? ; : and is followed by a single line break
    continues on the next line, unless that line opens a list item, a table or a heading; the
    segmenter's one-line pieces are joined back. Where tables or lists of short lines leave only
    a third of the long lines at the wrap width, a long line (40 characters or more) runs on
    only when the next goes on in lower case or with a digit ("... ngân sách nhà nước năm" +
    "2025 để bố trí ..."). A unit that is only an enumerator ("**II.") joins the heading after
    it. Elsewhere the segmenter's sentences are kept.
    """
    text = doc.text
    ww = _wrap_width(text)
    wrapped = _is_wrapped(text, ww)
    width = 0 if wrapped else _partly_wrapped_width(text, ww)
    units: list[ClaimUnit] = []
    for s in doc.sentences:
        if units and _ENUMERATOR_ONLY.fullmatch(text, units[-1].start, units[-1].end):
            if "\n\n" not in text[units[-1].end : s.start] and not text[units[-1].end : s.start].strip():
                units[-1].end = s.end  # "**II." + "MỤC TIÊU**": the segmenter cut after the enumerator
                continue
        if units and (wrapped or width) and _continues(text, units[-1].start, units[-1].end, s.start, s.end):
            # where the wrapping is less sure, a line joins the one before only when that one is
            # long (a paragraph's first line is indented, so shorter than the width) and it goes
            # on in lower case ("+ 100% dịch vụ công trực tuyến toàn trình trên tổng\nsố thủ tục")
            line_start = text.rfind("\n", 0, units[-1].end) + 1
            if wrapped or (
                len(text[line_start : units[-1].end].rstrip()) >= min(40, width - 15)
                and _rx(r"[*_\s]*[\p{Ll}\d]").match(text, pos=s.start) is not None
            ):
                units[-1].end = s.end
                continue
        units.append(ClaimUnit(s.start, s.end))
    prev_end = 0
    for u in units:
        gap = text[prev_end : u.start]
        u.para_start = prev_end == 0 or bool(_PARA_BREAK.search(gap) if wrapped else "\n" in gap)
        prev_end = u.end
        body = text[u.start : u.end].strip()
        bare = body.strip("*_ ")
        u.list_item = bool(_LIST_MARK.match(body))
        u.leadin = bare.endswith(":")
        ls = text.rfind("\n", 0, u.start) + 1
        le = text.find("\n", u.end)
        le = len(text) if le < 0 else le
        whole = not text[ls : u.start].strip() and not text[u.end : le].strip()
        u.heading = whole and (
            body.startswith("#")
            or (body.startswith("**") and body.endswith("**") and len(body) < 200)
            or _mostly_upper(bare)
            or (bool(_HEADING_ENUM.match(body)) and len(body) < 200 and (u.leadin or not _TERMINAL.search(bare)))
        )
    return units


# ------------------------------------------------------------------ subjects


#: the name of the subject "toàn tỉnh" stands for in a text that never names its province
UNRESOLVED_PROVINCE = "tỉnh"


def _country(text: str | None = None, start: int | None = None, end: int | None = None) -> Subject:
    return Subject(text=text, name="Việt Nam", kind="country", start=start, end=end)


_COUNTRY_BODIES = frozenset({"chính phủ", "thủ tướng chính phủ", "quốc hội", "ủy ban thường vụ quốc hội"})


def _subject_of_name(name: str) -> Subject:
    """The subject an issuing body's name stands for (the Government → Việt Nam)."""
    from .recognizers.agencies import lookup_body

    if name.lower() in _COUNTRY_BODIES:
        return _country()
    body = lookup_body(name)
    if body is not None:
        if body.kind in ("government", "legislature"):
            return _country()
        return Subject(name=body.name, kind="ministry" if body.kind == "ministry" else "agency")
    return Subject(name=name, kind="ministry" if name.startswith("Bộ ") else "agency")


@dataclass
class _Ctx:
    """What earlier sentences leave for later ones."""

    subjects: list[Subject] | None = None  # a sentence's subjects (the last one is what is read)
    last_province: Subject | None = None
    last_agency: Subject | None = None
    metric: MetricMention | None = None
    metric_text: str | None = None
    metric_age: int = 0
    period: Period | None = None
    past_period: Period | None = None  # the last period named that ended by the document's date
    section_period: Period | None = None
    leadin_status: str | None = None
    leadin_period: Period | None = None
    made: list[Claim] | None = None
    footnote: bool = False
    section_status: str | None = None
    in_list_item: bool = False
    group_leads: bool = False  # the set of ``subjects`` was named before a colon: it heads a list
    leadin_conditional: bool = False
    period_age: int = 0
    section_level: int = 9


@dataclass
class _Value:
    """A value read from a table cell: PERCENT entity fields, or parsed from "≥ 80"."""

    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    start: int
    end: int


# ------------------------------------------------------------------ the extractor


class ClaimExtractor:
    """Builds the claims of one document (see the module docstring).

    Args:
        doc: a document whose sentences, tables, boilerplate, entities, metadata and
            ``doc_date`` are set (the stages before claims have run).
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.lower = _aligned_lower(doc.text)
        self.ctx = _Ctx()
        self.claims: list[Claim] = []
        self.table_rows: list[tuple[int, int]] = []
        self.table_spans: list[tuple[int, int]] = [(t.start, t.end) for t in doc.tables]
        self.units = claim_units(doc)
        self.doc_directive = self._is_directive()
        self.directive = self.doc_directive  # off inside footnotes, which report
        self.topic = self._topic_subject()
        self.title_period = self._title_period()
        self.report_periods = self._report_periods()

    # ---------------------------------------------------------------- document context

    def _title_units(self) -> tuple[ClaimUnit | None, ClaimUnit | None]:
        """The first unit (a title when it is one) and the first unit of running text."""
        first = body = None
        for u in self.units:
            if self.doc.in_boilerplate(u.start, u.end) or not _rx(r"\p{L}{2}").search(self.text[u.start : u.end]):
                continue
            if first is None:
                first = u
                if not u.heading and u.start > 0:
                    body = u
                    break
                continue
            if not u.heading:
                body = u
                break
        return first, body

    def _doc_type_line(self) -> ClaimUnit | None:
        """The line naming the document's type in an official document's header ("KẾ HOẠCH",
        "**THÔNG BÁO**"), among its first units."""
        types, _ = _directive_types()
        known = types | {"thông báo", "công văn", "báo cáo", "tờ trình", "hướng dẫn", "thông tư", "nghị định"}
        for u in self.units[:40]:
            bare = self.text[u.start : u.end].strip("*_#: \n").lower()
            if " ".join(bare.split()) in known:
                return u
        return None

    @functools.cached_property
    def _title_block(self) -> list[ClaimUnit]:
        """The units that title the document: the first unit when it is a heading, the paragraph
        after the type line of an official document ("KẾ HOẠCH" → "Chuyển đổi số tỉnh An Giang
        năm 2024"), and the upper-case headings before the body's first full sentence."""
        out: list[ClaimUnit] = []
        first, _ = self._title_units()
        if first is not None and first.heading:
            out.append(first)
        line = self._doc_type_line()
        if line is not None:
            k = self.units.index(line) + 1
            for i in range(k, len(self.units)):
                if i > k and self.units[i].para_start:
                    break
                out.append(self.units[i])
        for u in self.units[:60]:
            body = self.text[u.start : u.end]
            if len(body.split()) >= 15 and not u.heading:
                break
            letters = [c for c in body if c.isalpha()]
            if u.heading and letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters) and u not in out:
                out.append(u)
        return out

    def _is_directive(self) -> bool:
        types, verbs = _directive_types()
        md = self.doc.metadata
        if md.doc_type:
            return md.doc_type.lower() in types
        if md.number:
            for e in self.doc.entities_in(0, min(len(self.text), 3000), "DOC_NUMBER"):
                if e.text == md.number and e.value.get("doc_type"):
                    return str(e.value["doc_type"]).lower() in types
        line = self._doc_type_line()
        if line is not None:
            return " ".join(self.text[line.start : line.end].strip("*_#: \n").lower().split()) in types
        first, body = self._title_units()
        for u, need_verb in ((first, not (first is not None and first.heading)), (body, True)):
            if u is None:
                continue
            for e in self.doc.entities_in(u.start, u.end, "DOC_NUMBER"):
                if str(e.value.get("doc_type") or "").lower() in types:
                    low = self.lower[u.start : u.end]
                    if not need_verb or any(v.search(low) for v in verbs):
                        return True
        return False

    def _directive_issuer(self) -> str | None:
        """The issuer of a directive: from the metadata, else from its own number in the title or
        first sentence (not a document that sentence cites: "theo ... Kế hoạch số 02-KH/BCĐTW")."""
        md = self.doc.metadata
        types, _ = _directive_types()
        if md.doc_type and md.doc_type.lower() in types and md.issuer:
            return md.issuer
        first, body = self._title_units()
        for u in (first, body):
            if u is None:
                continue
            for e in self.doc.entities_in(u.start, u.end, "DOC_NUMBER"):
                before = self.lower[u.start : e.start]
                if _CITING.search(before):
                    continue  # a document cited in the first sentence is not the document itself
                if str(e.value.get("doc_type") or "").lower() in types and e.value.get("issuer"):
                    return str(e.value["issuer"])
        return None

    def _topic_subject(self) -> Subject:
        from .resolve import home_province

        md = self.doc.metadata
        issuer = (md.issuer or "").lower()
        if "ủy ban nhân dân" in issuer or "ubnd" in issuer or issuer.startswith("sở ") or "trung tâm phục vụ" in issuer:
            hp = home_province(self.doc)
            if hp:
                return Subject(name=hp, kind="province")
        head_end = min(len(self.text), 2000)
        if not md.issuer:
            for e in self.doc.entities_in(0, min(head_end, 400), "AGENCY"):
                loc = e.value.get("location")
                if e.value.get("kind") == "people_committee" and loc and not str(loc).startswith("@"):
                    return Subject(name=str(loc), kind="province")
        provinces: set[str] = set()
        first, _ = self._title_units()
        title_line = (
            [first]
            if first is not None
            and first not in self._title_block
            and not _TERMINAL.search(self.text[first.start : first.end].rstrip())
            else []
        )
        # (a first line without a full stop titles the text: "Thống kê dịch vụ công trực tuyến
        # tỉnh Quảng Nam" above a dashboard)
        for u in self._title_block + title_line:
            if self.doc.in_boilerplate(u.start, u.end):
                continue
            for e in self.doc.entities_in(u.start, u.end):
                if e.label == "LOCATION" and e.value.get("kind") == "province":
                    provinces.add(str(e.value["name"]))
                elif e.label == "AGENCY" and e.value.get("location") and not str(e.value["location"]).startswith("@"):
                    provinces.add(str(e.value["location"]))
        if len(provinces) == 1:
            return Subject(name=provinces.pop(), kind="province")
        if self.directive:
            name = self._directive_issuer()
            if name:
                return _subject_of_name(name)
        if self._speaks_of_home_province():
            return self._home_subject()
        return _country()

    def _speaks_of_home_province(self) -> bool:
        """True for a text that speaks of its own province ("Toàn tỉnh tiếp nhận ...", "trên
        địa bàn tỉnh") twice, or once in its title, and names no province at all: a provincial
        portal's or station's news."""
        if any(e.label == "LOCATION" and e.value.get("kind") == "province" for e in self.doc.entities):
            return False
        title_end = max((u.end for u in self._title_block), default=0)
        # a body of the province the text does not name ("Trung tâm Phục vụ hành chính công tỉnh")
        hits = sum(
            1
            for e in self.doc.entities
            if e.label == "AGENCY"
            and not e.value.get("location")
            and _rx(r"\s(?:tỉnh|thành\s+phố)$").search(e.text.lower())
            and not self.doc.in_boilerplate(e.start, e.end)
        )
        for pat, _ in _subject_cues().get("home", []):
            for m in pat.finditer(self.lower):
                if not self.doc.in_boilerplate(m.start(), m.end()):
                    hits += 2 if m.start() < title_end else 1
        return hits >= 2

    def _title_period(self) -> Period | None:
        """The period the document's title names ("Kế hoạch ... năm 2025"), for its targets."""
        for a, b in ((u.start, u.end) for u in self._title_block):
            ents = self.doc.entities_in(a, b)
            for d in self._period_dates(ents):
                if d.value.get("end"):
                    return self._period_of_date(d, "context")
        return None

    def _report_periods(self) -> dict[tuple[str, str], Period]:
        """The reporting periods the document defines: a calendar month or quarter it names with
        the dates the report really covers — in brackets after it ("Trong quý I năm 2023 (tính từ
        ngày 15/12/2022 đến 14/3/2023)"), or as the interval of its title ("Kết quả ... từ ngày
        21/7 đến 20/8/2021" for the month 8/2021 of its body). Administrative reports close their
        month or quarter before its end (held-out h10 kontum, heldout2 vinhphuc, 2021–2023).

        Returns:
            (start, end) of the calendar month or quarter (ISO dates) → the interval it stands for.
        """
        out: dict[tuple[str, str], Period] = {}

        def interval(d: Ent) -> tuple[str, str] | None:
            v = d.value
            a, b = v.get("start"), v.get("end")
            if v.get("grain") != "period" or not a or not b or not _rx(r"(?i)(?:tính\s+)?từ\s").match(d.text):
                return None
            return str(a), str(b)

        dates = [e for e in self.doc.entities if e.label == "DATE" and not self.doc.in_boilerplate(e.start, e.end)]
        for d1, d2 in zip(dates, dates[1:], strict=False):
            iv = interval(d2)
            if (
                iv is not None
                and d1.value.get("grain") in ("month", "quarter")
                and d1.value.get("start")
                and _rx(r"\s*\(\s*(?:tính\s+)?").fullmatch(self.lower[d1.end : d2.start])
            ):
                out[(str(d1.value["start"]), str(d1.value["end"]))] = Period(
                    text=f"{d1.text} ({d2.text})", start=iv[0], end=iv[1], source="context"
                )
            iv1 = interval(d1)
            if (
                iv1 is not None
                and d2.value.get("grain") in ("month", "quarter")
                and d2.value.get("start")
                and _rx(r"\s*\(\s*").fullmatch(self.lower[d1.end : d2.start])
            ):
                # "từ ngày 21/7 đến 20/8/2021 (tháng 8/2021)": the same, the other way round
                out[(str(d2.value["start"]), str(d2.value["end"]))] = Period(
                    text=f"{d1.text} ({d2.text})", start=iv1[0], end=iv1[1], source="context"
                )
        first, _ = self._title_units()
        titles = [u for u in (first,) if u is not None and not _TERMINAL.search(self.text[u.start : u.end].rstrip())]
        for u in titles:
            for d in self.doc.entities_in(u.start, u.end, "DATE"):
                iv = interval(d)
                if iv is None:
                    continue
                a, b = dt.date.fromisoformat(iv[0]), dt.date.fromisoformat(iv[1])
                days = (b - a).days
                if days <= 35:
                    first = b.replace(day=1)
                    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
                elif days <= 100:
                    q = (b.month - 1) // 3
                    first = dt.date(b.year, 3 * q + 1, 1)
                    last = (dt.date(b.year + (q == 3), (3 * q + 3) % 12 + 1, 1)) - dt.timedelta(days=1)
                else:
                    continue
                out.setdefault(
                    (first.isoformat(), last.isoformat()),
                    Period(text=d.text, start=iv[0], end=iv[1], source="context"),
                )
        return out

    def _as_reported(self, period: Period) -> Period:
        """``period``, or the interval the report defines for it (:meth:`_report_periods`)."""
        if period.start and period.end:
            rp = self.report_periods.get((period.start, period.end))
            if rp is not None:
                return rp.model_copy(update={"source": period.source})
        return period

    # ---------------------------------------------------------------- the run

    def run(self) -> list[Claim]:
        """The claims of the document: table claims first, then sentence claims, in text order."""
        for t in self.doc.tables:
            self._table_claims(t)
        prev: ClaimUnit | None = None
        for u in self.units:
            if self.doc.in_boilerplate(u.start, u.end) and self._mostly_boilerplate(u):
                prev = None
                self.ctx.period = None
                self.ctx.subjects = None
                continue
            if any(a < u.end and u.start < b for a, b in self.table_rows):
                prev = u
                continue
            in_table = any(a <= u.start and u.end <= b for a, b in self.table_spans)
            self._enter_unit(u, prev)
            self._unit_claims(u, prev, in_table)
            prev = u
        return self._without_restated_headlines(self.claims)

    def _without_restated_headlines(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` without those of the title line that the body states again (same subject,
        keyed measure, value, direction and status): "Bắc Ninh: Tỷ lệ hồ sơ trực tuyến đạt 98%" above
        "Trong tháng 10/2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh Bắc Ninh đạt 98%" is one claim,
        the body's, with its period (heldout2 daibieunhandan: a headline restates its lead)."""
        first, _ = self._title_units()
        if (
            first is None
            or first.end - first.start > 300
            or not (first.heading or not _TERMINAL.search(self.text[first.start : first.end].rstrip()))
        ):
            return claims
        titles = [(first.start, first.end)]

        def key(c: Claim) -> tuple[object, ...]:
            v = c.value
            return (c.subject.name, c.metric.key, v.value, v.low, v.high, v.direction, c.status)

        in_title = [any(a <= c.evidence.start and c.evidence.end <= b for a, b in titles) for c in claims]
        body = {key(c) for c, t in zip(claims, in_title, strict=True) if not t}
        # (a measure of key other is told apart by its evidence: the headline keeps its claim, as
        # the dev gold annotates it)
        return [
            c for c, t in zip(claims, in_title, strict=True) if not (t and c.metric.key != "other" and key(c) in body)
        ]

    def _targets_heading(self, u: ClaimUnit) -> bool:
        """True for a heading that names its section's targets ("II. MỤC TIÊU", "2. Mục tiêu
        cụ thể", "CÁC CHỈ TIÊU CHỦ YẾU": ``models/status_cues.tsv``, position section)."""
        body = self.lower[u.start : u.end]
        m = _rx(r"[\s*_#]*(?:(?:[ivxlc]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s*)?[\s*_]*").match(body)
        head = body[m.end() if m else 0 :]
        return len(head) < 120 and any(c.pattern.match(head) for c in _status_cues("section"))

    def _heading_level(self, u: ClaimUnit) -> int:
        """1 for a part ("# ...", "II. MỤC TIÊU", an upper-case line), 2 for a section ("1.
        ..."), 3 for a subsection ("a) ...", "1.1. ...")."""
        body = self.text[u.start : u.end].strip(" *_\n")
        hashes = _rx(r"#+").match(body)
        if hashes:
            return min(3, len(hashes.group(0)))
        if _rx(r"[IVXLC]{1,6}[.)]\s").match(body):
            return 1
        if _rx(r"\d{1,2}\.\d").match(body) or _rx(r"[a-zđ][.)]\s").match(body):
            return 3
        if _rx(r"\d{1,2}[.)]\s").match(body):
            return 2
        letters = [c for c in body if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            return 1
        return 2

    def _mostly_boilerplate(self, u: ClaimUnit) -> bool:
        covered = 0
        for r in self.doc.boilerplate:
            a, b = max(r.start, u.start), min(r.end, u.end)
            if b > a:
                covered += b - a
        return covered * 2 >= (u.end - u.start)

    def _enter_unit(self, u: ClaimUnit, prev: ClaimUnit | None) -> None:
        """Keep the lead-in and section context up to date before reading ``u``. A footnote
        ("[5] Tỷ lệ TTHC ... là 69,87%") reports the state of things even in a directive: from
        its mark to the next heading the mode is reporting, and each footnote starts afresh."""
        line_start = self.text.rfind("\n", 0, u.start) + 1
        if _FOOTNOTE.match(self.text, u.start) and not self.text[line_start : u.start].strip():
            self.ctx.footnote = True
            self.ctx.period = None
            self.ctx.subjects = None
            self.ctx.section_period = None
            self.ctx.leadin_status = None
            self.ctx.leadin_period = None
        elif u.heading:
            self.ctx.footnote = False
        self.directive = self.doc_directive and not self.ctx.footnote
        self.ctx.in_list_item = (
            u.list_item
            and prev is not None
            and (prev.list_item or prev.leadin or self.text[prev.start : prev.end].rstrip(" *_").endswith(";"))
        )
        if u.heading:
            self.ctx.leadin_status = None
            self.ctx.leadin_period = None
            self.ctx.metric = None
            level = self._heading_level(u)
            if self.ctx.section_status is None or level <= self.ctx.section_level:
                # "II. MỤC TIÊU" makes its section's values targets, down to "1. ... đến năm 2030"
                self.ctx.section_status = "target" if self._targets_heading(u) else None
                self.ctx.section_level = level
            ents = self.doc.entities_in(u.start, u.end)
            dates = self._period_dates(ents)
            self.ctx.section_period = self._context_period(dates[-1], dates) if dates else None
        elif (
            u.para_start
            and not u.list_item
            and prev is not None
            and not prev.leadin
            and (prev.heading or _TERMINAL.search(self.text[prev.start : prev.end].rstrip()))
        ):
            # a new paragraph ends the list; a line that goes on from an unfinished one does not
            # ("+ 100% cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng\nAI để phục vụ ...")
            self.ctx.leadin_status = None
            self.ctx.leadin_period = None

    # ---------------------------------------------------------------- sentences

    def _unit_claims(self, u: ClaimUnit, prev: ClaimUnit | None, in_table: bool) -> None:
        doc = self.doc
        ents = doc.entities_in(u.start, u.end)
        percents = [e for e in ents if e.label == "PERCENT"]
        mentions = metric_mentions(self.lower, u.start, u.end)
        made: list[Claim] = []
        if percents and not _QUESTION.search(self.text[u.start : u.end]):
            dates = self._period_dates(ents)
            owned: dict[int, Ent] = {}
            for p in percents:
                d = self._date_right_after(p, dates)
                if d is not None:
                    owned[id(d)] = p
            prev_p: Ent | None = None
            prev_dir: str | None = None
            prev_metric: Metric | None = None
            respectively = self._respectively(u, percents, dates)
            for p in percents:
                if self._not_a_claim(p, u, ents):
                    prev_p, prev_dir, prev_metric = p, None, None
                    continue
                cl_a, cl_b = self._clause_bounds(u, p.start)
                metric = self._metric_for(p, u, mentions, cl_a, cl_b)
                if (
                    metric.key == "other"
                    and prev_p is not None
                    and prev_metric is not None
                    and _rx(r"[\s*_]*\([^()]*").fullmatch(self.text[prev_p.end : p.start])
                ):
                    metric = prev_metric  # "đạt 63,47% (mục tiêu 70%)": the bracketed value is of the same measure
                elif (
                    prev_metric is not None
                    and metric.start is not None
                    and metric.start < u.start
                    and (prev_metric.start is None or prev_metric.start >= u.start)
                ):
                    # an elided measure is the one of the sentence's earlier value before the one
                    # of an earlier sentence ("... có 98,5% hồ sơ được số hóa; trong khi đó, Quảng
                    # Trị mới đạt 40%")
                    metric = prev_metric
                subjects, scope = self._subjects_for(p, u, ents, cl_a)
                resp = respectively.get(id(p))
                if resp is not None and len(subjects) == resp[1]:
                    subjects = [subjects[resp[0]]]  # "Hà Nội, Đà Nẵng và TP.HCM lần lượt là 45%, 52% và 38%"
                cue = self._cue_status(p, u, percents)
                if cue is None:
                    cue = self.ctx.leadin_status or self.ctx.section_status
                provisional = cue or ("target" if self.directive else "achieved")
                period = self._period_for(p, u, dates, owned, cl_a, cl_b, prev, provisional)
                period = self._as_reported(self._change_end_period(p, u, dates, period, cl_b))
                if resp is not None and resp[2] is not None:
                    period = self._period_of_date(resp[2], "sentence")
                if cue != "achieved" and not self.directive and self._now_segment(u, p):
                    # "Mục tiêu đến năm 2025 ... đạt 80%, hiện nay đạt 45,2%": the present state
                    cue, period = "achieved", self._asof()
                status = self._decide_status(cue, period)
                if status == "target":
                    period = _deadline(period)
                seg_a = max(cl_a, prev_p.end) if prev_p is not None and prev_p.end > cl_a else cl_a
                # "cao hơn 12% so với năm 2021": a change of 12%, whatever the value before it was
                compared = self._comparative_change(p, u)
                direction = compared or self._direction_for(p, seg_a, prev_p, prev_dir)
                if direction is None and metric.key == "fee_reduction_rate":
                    direction = "decrease"  # a fee cut ("Hỗ trợ 100% mức phí, lệ phí") lowers the fee
                ev_from = self._evidence_start(u, p, seg_a)
                v = self._split_decimal(p) or p.value
                value = ClaimValue(
                    value=v.get("value"),
                    low=v.get("low"),
                    high=v.get("high"),
                    unit="%",
                    qualifier="exact" if compared is not None else v.get("qualifier", "exact"),
                    direction=direction,  # type: ignore[arg-type]
                )
                ev_a, ev_b = self._evidence_span(p, ev_from, cl_b)
                row_scope = None
                fr = flat_row(self.text, p.start)
                col = next((i for i, (a, b) in enumerate(fr.percents) if a <= p.start < b), None) if fr else None
                if fr is not None and col is not None:
                    # a dashboard row ("Mức 3 68544 61827 6717 43434 70,3% 11795 19,1% 4331 7%"):
                    # the row is the evidence, its label the scope; a level column names the
                    # measure with the label ("Tỷ lệ TTHC cung cấp trực tuyến" + "Mức độ 4")
                    ev_a, ev_b = fr.start, fr.end
                    head = fr.columns[col]
                    if head is not None:
                        phrase = f"{fr.label} {head.lower()}"
                        found = metric_mentions(_aligned_lower(phrase), 0, len(phrase))
                        metric = Metric(text=phrase, key=found[-1].key if found else "other")
                    else:
                        # the column names no level: its measure is not in the row's words
                        row_scope = fr.label or None
                        if metric.key == "other":
                            metric = Metric(text=None, key="other")
                members: list[Subject] = []
                if subjects and all(sub.kind == "group" for sub in subjects):
                    # "06 địa phương đã công bố 100% ... gồm: Tp. Đà Nẵng, Tp. Huế, ..."
                    members, list_end = self._listed_after(p, u, ents)
                    if members:
                        subjects = subjects + members
                        ev_b = max(ev_b, list_end)
                conf = 0.45 + (0.2 if metric.key != "other" else 0) + (0.15 if subjects[0].start is not None else 0)
                conf += 0.15 if period.source == "sentence" else 0
                for subj in _dedupe(subjects):
                    if scope and subj.scope is None and subj.kind != "group":
                        subj = subj.model_copy(update={"scope": scope})
                    if row_scope and subj.kind != "group":
                        subj = subj.model_copy(update={"scope": row_scope})
                    c = Claim(
                        subject=subj,
                        metric=metric,
                        value=value,
                        period=period,
                        status=status,  # type: ignore[arg-type]
                        evidence=Evidence(text=self.text[ev_a:ev_b], start=ev_a, end=ev_b),
                        confidence=round(min(conf, 0.95), 2),
                        rule="claim.sentence",
                        page=doc.page_of(p.start),
                    )
                    self.claims.append(c)
                    made.append(c)
                prev_p, prev_dir, prev_metric = p, direction, metric
        if not percents and self.ctx.made:
            made = self._listed_next(u, ents, self.ctx.made)
        self._update_context(u, ents, mentions, made, in_table)
        self.ctx.made = made

    def _split_decimal(self, p: Ent) -> dict[str, object] | None:
        """The value of a bracketed percentage whose decimal comma is followed by a space, which
        the recognizer reads as its decimals alone: "Quảng Trị (80, 68%)" → 80.68 (a typing slip
        of official documents: the other items of the same list read "Lạng Sơn (76,29%)")."""
        m = _rx(r"\(\s*(\d{1,3}),\s+$").search(self.text[max(0, p.start - 8) : p.start])
        if m is None or not _rx(r"\d{1,2}\s*%").fullmatch(p.text) or not self.text.startswith(")", p.end):
            return None
        digits = _rx(r"\d+").match(p.text)
        if digits is None:
            return None
        return {
            "value": float(f"{m.group(1)}.{digits.group(0)}"),
            "low": None,
            "high": None,
            "qualifier": p.value.get("qualifier", "exact"),
        }

    def _member_list(self, pos: int, limit: int, ents: list[Ent]) -> tuple[list[Subject], int]:
        """The bodies listed from ``pos`` ("Tp. Đà Nẵng, Tp. Huế, Hưng Yên và Vĩnh Long"; "Bộ Y
        tế, ..., Bộ Ngoại giao; các tỉnh Đắk Lắk, Hải Dương"), and where the list ends."""
        members: list[Subject] = []
        cur = pos
        for e in ents:
            if e.start < pos or e.end > limit or e.label not in ("LOCATION", "AGENCY"):
                continue
            gap = self.lower[cur : e.start]
            if members and not _MEMBER_GAP.fullmatch(gap):
                break
            if not members and not _rx(r"[\s:*_\-–]*").fullmatch(gap):
                break
            subj = self._entity_subject(e)
            if subj is None:
                break
            members.append(subj)
            cur = e.end
        return members, cur

    def _listed_after(self, p: Ent, u: ClaimUnit, ents: list[Ent]) -> tuple[list[Subject], int]:
        """The bodies a list after the value names when the value's subject is a set: "06 địa
        phương đã công bố 100% TTHC ... gồm: Tp. Đà Nẵng, ..." (``models/subject_cues.tsv``,
        kind list_intro). None when the listed bodies carry values of their own."""
        stop = _rx(r"\.\s|;").search(self.text, p.end, u.end)
        limit = stop.start() if stop else u.end
        nxt = self.doc.entities_in(p.end, limit, "PERCENT")
        for pat, _ in _subject_cues().get("list_intro", []):
            for m in pat.finditer(self.lower, p.end, limit):
                if nxt and nxt[0].start < m.start():
                    break
                members, end = self._member_list(m.end(), u.end, ents)
                if members and not self.doc.entities_in(m.end(), u.end, "PERCENT"):
                    return members, end
        return [], p.end

    def _listed_next(self, u: ClaimUnit, ents: list[Ent], made: list[Claim]) -> list[Claim]:
        """Claims for the bodies a sentence lists after a set stated with its value in the
        sentence before: "... 15 bộ, ngành và địa phương có tỷ lệ ... dưới 10%. Những đơn vị này
        bao gồm: Bộ Y tế, ..." → the set's claim for each body, its evidence running to the list's
        end (``models/subject_cues.tsv``, kinds back_ref and list_intro)."""
        groups = [c for c in made if c.subject.kind == "group"]
        if not groups:
            return []
        last = [c for c in groups if c.subject.name == groups[-1].subject.name]
        head = _rx(r"[\s*_]*(?:[-+•]\s*)?").match(self.text[u.start : u.end])
        a = u.start + (head.end() if head else 0)
        for pat, _ in _subject_cues().get("back_ref", []):
            m = pat.match(self.lower, a, u.end)
            if m is not None:
                a = m.end()
                break
        else:
            m = None
        intro = None
        for pat, _ in _subject_cues().get("list_intro", []):
            intro = _rx(r"\s*" + pat.pattern + r"\s*:?").match(self.lower, a, u.end)
            if intro is not None:
                break
        if intro is None or (m is None and not self.text[intro.start() : intro.end()].rstrip().endswith(":")):
            return []
        members, end = self._member_list(intro.end(), u.end, ents)
        if not members:
            return []
        out: list[Claim] = []
        for c in last:
            ev_a = c.evidence.start
            for sub in members:
                mc = c.model_copy(
                    update={
                        "subject": sub,
                        "evidence": Evidence(text=self.text[ev_a:end], start=ev_a, end=end),
                        "rule": "claim.sentence.list",
                    }
                )
                self.claims.append(mc)
                out.append(mc)
        return out

    def _respectively(
        self, u: ClaimUnit, percents: list[Ent], dates: list[Ent]
    ) -> dict[int, tuple[int, int, Ent | None]]:
        """Values after "lần lượt": id(value) → (its index, how many, the date of the same index
        in a list of as many dates before "lần lượt" in the clause, if any)."""
        out: dict[int, tuple[int, int, Ent | None]] = {}
        for m in _RESPECTIVELY.finditer(self.lower, u.start, u.end):
            cl_a, cl_b = self._clause_bounds(u, m.start())
            group = [q for q in percents if m.end() <= q.start < cl_b]
            if len(group) < 2:
                continue
            listed = [d for d in dates if cl_a <= d.start and d.end <= m.start()]
            if len(listed) != len(group) or any(
                not _rx(r"\s*(?:,|và|,\s*và)\s*").fullmatch(self.lower[a.end : b.start])
                for a, b in zip(listed, listed[1:], strict=False)
            ):
                listed = []
            for i, q in enumerate(group):
                out[id(q)] = (i, len(group), listed[i] if listed else None)
        return out

    def _update_context(
        self, u: ClaimUnit, ents: list[Ent], mentions: list[MetricMention], made: list[Claim], in_table: bool
    ) -> None:
        if in_table:
            # a table row's bodies (the agency that monitors an indicator) are no one's context
            self.ctx.subjects = None
        elif made:
            first = made[0]
            self.ctx.subjects = [c.subject for c in made if c.evidence.start == first.evidence.start] or None
            last = self.ctx.subjects[-1] if self.ctx.subjects else None
            if last is not None and last.kind == "group" and last.end is not None:
                # "phương án của 14 Bộ, cơ quan; cụ thể như sau: (1) ... (đạt 62,8%)": the set
                # heads the items after it; "1. ... 29/30 bộ (đạt 96,7%) ..." is one item's own
                self.ctx.group_leads = 0 <= self.text.find(":", last.end, u.end) < first.evidence.end
        else:
            # the last body the sentence names as a subject (only the last one is ever read: see
            # :meth:`_context_subjects`), so the search runs from the end
            self.ctx.subjects = None
            for e in reversed(ents):
                sub = self._entity_subject(e)
                if (
                    sub is None
                    or self._introduced_as_source(e, u, ents)
                    # a country named in passing ("mà Việt Nam đã ký kết") is no one's context
                    or (e.label == "LOCATION" and sub.kind == "country")
                    or self._issued_by(e, u, "document_noun")
                    # a place or an object of the sentence ("triển khai tại Trung tâm Phục vụ hành
                    # chính công") is no subject of the next one
                    or (
                        # ("thời gian qua Sở TT&TT ..." is a time, no preposition)
                        _rx(r"(?<![\p{L}])(?:tại|ở|trên|đến|vào|(?<!gian\s)qua|cho|với)\s+(?:các\s+)?$").search(
                            self.lower[max(u.start, e.start - 12) : e.start]
                        )
                        and not self._framing_place(e, u)
                    )
                ):
                    continue
                self.ctx.subjects = [sub]
                break
        # the last province and the last body the sentence names
        province = agency = None
        for e in reversed(ents):
            if province is not None and agency is not None:
                break
            if e.label not in ("LOCATION", "AGENCY"):
                continue
            subj = self._entity_subject(e)
            if subj is None:
                continue
            if subj.kind == "province":
                if province is None:
                    province = subj
            elif subj.kind in ("ministry", "agency") and agency is None:
                agency = subj
        if province is not None:
            self.ctx.last_province = province.model_copy(update={"scope": None})
        if agency is not None:
            self.ctx.last_agency = agency
        self.ctx.metric_age += 1
        if mentions:
            m = mentions[-1]
            self.ctx.metric = m
            self.ctx.metric_text = self.text[m.start : m.end]
            self.ctx.metric_age = 0
        elif self.ctx.metric_age > 2:
            self.ctx.metric = None  # an elided metric is the one of the last sentence or two
        all_dates = self._period_dates(ents)
        dates = [e for e in all_dates if not self._is_comparison_base(e, u)]
        # a bare day ("ngày 4/5/2025") is an event or a citation, no period for the next sentence
        dates = [
            d
            for d in dates
            if not self._is_event_date(d, u)
            and (d.value.get("grain") != "day" or _OPEN_START.search(self.lower[max(0, d.start - 16) : d.start]))
        ]
        self.ctx.period_age += 1
        if dates:
            self.ctx.period = self._context_period(dates[-1], all_dates)
            self.ctx.period_age = 1
            # a report's title names the half-year it reports on and the one it plans ("6 tháng
            # đầu năm và nhiệm vụ ... 6 tháng cuối năm 2021"): the past one is the period of the
            # results stated after it
            doc_date = self.doc.doc_date
            past = [d for d in dates if doc_date is not None and (d.value.get("end") or "9") <= doc_date.isoformat()]
            if past and past[-1] is not dates[-1]:
                self.ctx.past_period = self._context_period(past[-1], all_dates)
            else:
                self.ctx.past_period = None
        elif u.heading or _NOW.search(self.lower, u.start, u.end):
            self.ctx.period = None  # a heading, or "đến nay", "hiện nay": the present again
        # else: a sentence that names no period keeps the last one for the next
        stage = self._stage_period(u, all_dates)
        if stage is not None:
            # "- Giai đoạn 2025-2027": the period of every list item below it
            self.ctx.leadin_period = stage
        elif u.leadin and not u.heading:
            self.ctx.leadin_status = self._cue_status_in(u.start, u.end, [])
            self.ctx.leadin_period = self.ctx.period
        elif u.leadin and u.heading:
            self.ctx.leadin_status = self._cue_status_in(u.start, u.end, [])
            self.ctx.leadin_period = None
        if u.leadin:
            # "... khi thuộc một trong các trường hợp sau:": the items below are conditions
            low = self.lower[u.start : u.end]
            self.ctx.leadin_conditional = any(pat.search(low) for pat in _filters().get("conditional_leadin", []))
        elif u.para_start and not u.list_item:
            self.ctx.leadin_conditional = False

    def _framing_place(self, e: Ent, u: ClaimUnit) -> bool:
        """True for a place that frames the whole sentence ("Cụ thể, tại tỉnh Tiền Giang, thời
        gian qua ...", "Tại Bộ Tài chính, ..."): the sentence speaks of it, and so may the next."""
        lead = self.lower[u.start : e.start]
        return bool(
            _rx(r"[\s*_\-+•]*(?:\p{L}+(?:\s+\p{L}+)?\s*,\s*)?(?:tại|ở)\s+$").fullmatch(lead)
            and _rx(r"\s*,").match(self.text, e.end)
        )

    # ---------------------------------------------------------------- negative rules

    def _not_a_claim(self, p: Ent, u: ClaimUnit, ents: list[Ent]) -> bool:
        """True for a percentage that states no value (``models/claim_filters.tsv``)."""
        low = self.lower
        f = _filters()
        if u.list_item and self.ctx.leadin_conditional:
            return True
        before = low[max(u.start, p.start - 40) : p.start]
        if any(pat.search(before) for pat in f.get("formula", [])):
            return True
        after = low[p.end : u.end]
        if any(pat.search(after) for pat in f.get("rubric", [])):
            return True
        cl_a, _ = self._clause_bounds(u, p.start)
        seg_a = cl_a
        for m in _SEGMENT_SEP.finditer(self.text, cl_a, p.start):
            seg_a = m.end()
        for a in {cl_a, seg_a}:
            if any(pat.search(low[a : p.start]) for pat in f.get("conditional", [])):
                return True
        # inside a quoted name: Chương trình "Phấn đấu 100% hồ sơ được giải quyết trực tuyến"
        q = self._quote_open(u, p)
        if q is not None and any(pat.search(low[max(u.start, q - 40) : q]) for pat in f.get("title_noun", [])):
            return True
        # inside the title of a cited document: "Văn bản số 2662/BTTTT-THH về việc ... 100% ..."
        for e in ents:
            if e.label != "DOC_NUMBER" or e.end > p.start or e.start < cl_a:
                continue
            gap = low[e.end : p.start]
            if _rx(r"[;:(]|\.\s").search(gap) or len(gap) > 200:
                continue
            head = gap[:80]
            if any(pat.search(head) for pat in f.get("cited_title", [])) and not _rx(
                # the title ends where the sentence goes on with its own verb ("... Chương trình cắt
                # giảm ... năm 2025 và 2026, đảm bảo cắt giảm tối thiểu 30% thời gian ...")
                r"(?<![\p{L}])(?:theo\s+đó|trong\s+đó|đến\s+nay|hiện\s+nay)(?![\p{L}])"
                r"|,\s*(?:đảm\s+bảo|bảo\s+đảm|phấn\s+đấu|phải|cần|qua\s+đó)(?![\p{L}])"
            ).search(gap):
                return True
        return False

    def _quote_open(self, u: ClaimUnit, p: Ent) -> int | None:
        """Offset of the opening quotation mark of the quotation holding ``p``, if any."""
        text = self.text
        for o, c in (("“", "”"), ("«", "»")):
            qo, qc = text.rfind(o, u.start, p.start), text.rfind(c, u.start, p.start)
            if qo > qc and text.find(c, p.end, u.end) >= 0:
                return qo
        n = text.count('"', u.start, p.start)
        if n % 2 == 1 and text.find('"', p.end, u.end) >= 0:
            return text.rfind('"', u.start, p.start)
        return None

    # ---------------------------------------------------------------- clauses and evidence

    def _clause_bounds(self, u: ClaimUnit, pos: int) -> tuple[int, int]:
        """The clause of ``u`` that holds ``pos`` (cut at ; : " - " and ". ")."""
        a = u.start
        for m in _CLAUSE_SEP.finditer(self.text, u.start, pos):
            a = m.end()
        b = u.end
        m2 = _CLAUSE_SEP.search(self.text, pos, u.end)
        if m2:
            b = m2.start()
        return a, b

    def _evidence_start(self, u: ClaimUnit, p: Ent, floor: int) -> int:
        """Start of the value's evidence: its comma segment ("30% chi phí tuân thủ TTHC"), with
        the segment before when its own is short ("sản xuất công nghiệp tăng trưởng cao, 10
        tháng tăng 15,55%"), never before ``floor`` (the clause start or the previous value)."""
        a = max(floor, self._value_segment_start(u, p))
        if len(self.text[a : p.start].strip(" *_\n")) < 15 and a > floor:
            b = floor
            for m in _SEGMENT_SEP.finditer(self.text, floor, a - 1):
                if self.text[m.start()] != ")":
                    b = m.end()
            a = max(floor, b)
        return a

    def _evidence_span(self, p: Ent, seg_a: int, cl_b: int) -> tuple[int, int]:
        text = self.text
        a = seg_a
        while a < p.start and (text[a].isspace() or text[a] in ",;:.()*_-–"):
            a += 1
        head = _LIST_MARK.match(text, a, p.start)
        if head is not None and head.end() < p.start:
            a = head.end()
            while a < p.start and text[a].isspace():
                a += 1
        m = _rx(r"[,;()]").search(text, p.end, cl_b)
        b = m.start() if m else cl_b
        nxt = self.doc.entities_in(p.end, b, "PERCENT")
        if nxt:  # "30% và 40%": stop before the next value and its conjunction
            b = nxt[0].start
            tail = _rx(r"(?:\s+(?:và|hoặc|hay))?[\s*_]*$").search(text[p.end : b])
            b = p.end + (tail.start() if tail else len(text[p.end : b]))
        b = max(b, p.end)
        while b > p.end and (text[b - 1].isspace() or text[b - 1] in "*_"):
            b -= 1
        return a, b

    # ---------------------------------------------------------------- metric

    def _metric_for(self, p: Ent, u: ClaimUnit, mentions: list[MetricMention], cl_a: int, cl_b: int) -> Metric:
        """The value's metric: a mention right after it, else one before it in its clause, else
        (for an anaphoric "tỷ lệ"/"tỷ lệ này"/"chiếm") the sentence's or the previous sentence's
        last mention, else one after it in its clause before the next value, else ``other``."""
        chosen: MetricMention | None = self._respective_metrics(u, mentions).get(id(p))
        around = [m for m in mentions if m.start < p.end and p.start < m.end]  # "giảm 50% lệ phí"
        # (not across a clause: "... đúng hạn đạt 99,2%; tỷ lệ hồ sơ trực tuyến đạt 35%")
        after = [
            m for m in mentions if 0 <= m.start - p.end <= 12 and not _rx(r"[;:,.]").search(self.text, p.end, m.start)
        ]
        if chosen is None and (around or after):
            chosen = (around or after)[0]
        run = self._bracket_run(p, u)
        if chosen is None and run is not None:
            # "Đà Nẵng (67%) cùng các tỉnh Hòa Bình (86,5%), ... là 5 tỉnh dẫn đầu ... về tỷ lệ hồ
            # sơ trực tuyến": the list's items share the metric named before or right after it
            stop = _rx(r"[;]|\.\s").search(self.text, run[1], u.end)
            before = [m for m in mentions if m.end <= run[0]]
            past = [m for m in mentions if run[1] <= m.start < (stop.start() if stop else u.end)]
            if before or past:
                chosen = before[-1] if before else past[0]
        if chosen is None:
            before = [m for m in mentions if m.end <= p.start and m.start >= cl_a]
            if before:
                chosen = before[-1]
                # "tỷ lệ hồ sơ trực tuyến ... đạt 50%, tỷ lệ số hóa hồ sơ đạt 70%": a rate named in
                # the value's own segment after the mention is the value's measure
                own = _rx(
                    r"(?<![\p{L}])(?:tỷ|tỉ)\s+lệ\s+(?!(?:này|đó|trên|dưới|chung|trung\s+bình|bình\s+quân|đạt|là|chiếm|có|được|tương\s+ứng|tăng|giảm"
                    r"|khoảng|gần|hơn|từ|chỉ|mới|vẫn|còn|cao|thấp|ở|lần|tối)(?![\p{L}]))\p{L}"
                ).search(self.lower, max(chosen.end, self._value_segment_start(u, p)), p.start)
                if own is not None and self.text.count(",", chosen.end, own.start()):
                    return self._own_rate_metric(own.start(), p)
        nxt = [q.start for q in self.doc.entities_in(p.end, cl_b, "PERCENT")]
        limit = min(nxt) if nxt else cl_b
        inclause = [m for m in mentions if p.end <= m.start < limit]
        seg_a = self._value_segment_start(u, p)
        if chosen is None and (self._anaphoric_metric(p, cl_a) or (seg_a > cl_a and self._anaphoric_metric(p, seg_a))):
            # "với tỷ lệ 83,48%, tương đương 1,488 triệu hồ sơ trực tuyến toàn trình": the words
            # after the value name it; else the sentence's or the context's last mention
            before = [m for m in mentions if m.end <= p.start]
            if inclause:
                chosen = inclause[0]
            elif before:
                chosen = before[-1]
            elif (
                self.ctx.metric is not None
                and self._needs_inherited_metric(p, u)
                # "trả trước và đúng hạn là 14.064 hồ sơ (đạt 99,74%)": the share of the count
                # before it, not the measure of an earlier sentence
                and not _rx(r"\d[\d.,]*\s+\p{L}+(?:\s+\p{L}+){0,3}\s*\(\s*(?:đạt|chiếm|bằng|là)?\s*$").search(
                    self.lower[max(u.start, p.start - 50) : p.start]
                )
            ):
                m = self.ctx.metric
                return Metric(text=self.ctx.metric_text, key=m.key, start=m.start, end=m.end)
        if chosen is None and inclause:
            chosen = inclause[0]
        if chosen is None:
            phrase = self._other_metric_phrase(p, cl_a, cl_b)
            return Metric(
                text=phrase[0] if phrase else None,
                key="other",
                start=phrase[1] if phrase else None,
                end=phrase[2] if phrase else None,
            )
        return Metric(text=self.text[chosen.start : chosen.end], key=chosen.key, start=chosen.start, end=chosen.end)

    def _bare_listed_body(self, p: Ent, u: ClaimUnit) -> Subject | None:
        """The ministry a list item names without its head noun: "Các bộ có tỷ lệ hồ sơ trực
        tuyến thấp nhất lần lượt là: Xây dựng (16,6%), Công Thương (25%)" → Bộ Xây dựng, Bộ
        Công Thương (the head "các bộ"/"khối bộ" stands before the list; the name must be a
        known ministry's)."""
        from .recognizers.agencies import lookup_body

        for run in self._bracket_items(u):
            if len(run) < 2 or not any(q is p for _, _, q in run):
                continue
            if not _rx(r"(?<![\p{L}])(?:các|những|khối)\s+bộ(?![\p{L}])").search(self.lower[u.start : run[0][0]]):
                return None
            for a, _, q in run:
                if q is not p:
                    continue
                if self.doc.entities_in(a, q.start, "AGENCY") or self.doc.entities_in(a, q.start, "LOCATION"):
                    return None
                name = " ".join(self.text[a : q.start].rstrip(" (\n").split())
                body = lookup_body("Bộ " + name)
                if body is not None and body.kind == "ministry":
                    return Subject(text=name, name=body.name, kind="ministry", start=a, end=a + len(name))
        return None

    def _bracket_run(self, p: Ent, u: ClaimUnit) -> tuple[int, int] | None:
        """``[start, end)`` of a list of two or more "Name (v%)" items that holds ``p``
        ("Bạc Liêu (7,4%), Sơn La (8,3%), ..."), else None. A name is a LOCATION or AGENCY, or
        capitalized words ("Xây dựng (16,6%)" after "Các bộ ...:")."""
        items = self._bracket_items(u)
        for run in items:
            if any(q is p for _, _, q in run) and len(run) >= 2:
                return run[0][0], run[-1][1]
        return None

    def _bracket_items(self, u: ClaimUnit) -> list[list[tuple[int, int, Ent]]]:
        """The runs of "Name (v%)" items of ``u``: lists of (name start, end after ")", value)."""
        key = (u.start, u.end)
        cache: dict[tuple[int, int], list[list[tuple[int, int, Ent]]]] = self.__dict__.setdefault("_runs", {})
        if key in cache:
            return cache[key]
        names = [e for e in self.doc.entities_in(u.start, u.end) if e.label in ("LOCATION", "AGENCY")]
        items: list[tuple[int, int, Ent]] = []
        for q in self.doc.entities_in(u.start, u.end, "PERCENT"):
            opened = _rx(r"\(\s*$").search(self.text[max(u.start, q.start - 3) : q.start])
            closed = _rx(r"\s*\)").match(self.text[q.end : q.end + 3])
            if opened is None or closed is None:
                continue
            paren = q.start - 3 + opened.start() if q.start - 3 >= u.start else u.start + opened.start()
            name_start = None
            for e in names:
                if e.end <= paren and not self.text[e.end : paren].strip():
                    name_start = e.start
            if name_start is None:
                m = _CAPITALIZED_NAME.search(self.text[u.start : paren])
                if m is None:
                    continue
                name_start = u.start + m.start()
            items.append((name_start, q.end + closed.end(), q))
        runs: list[list[tuple[int, int, Ent]]] = []
        for it in items:
            if runs:
                gap = self.text[runs[-1][-1][1] : it[0]]
                if len(gap) <= 40 and not _rx(r"[.;:%]|\d").search(gap):
                    runs[-1].append(it)
                    continue
            runs.append([it])
        cache[key] = runs
        return runs

    def _respective_metrics(self, u: ClaimUnit, mentions: list[MetricMention]) -> dict[int, MetricMention]:
        """ "các tỷ lệ về dịch vụ công trực tuyến có phát sinh hồ sơ và hồ sơ trực tuyến ... lần
        lượt 51,3% và 54,8%, so với mục tiêu phải đạt 80% và 60%": id(value) → the metric of the
        same rank among as many coordinated metrics before "lần lượt"."""
        out: dict[int, MetricMention] = {}
        percents = self.doc.entities_in(u.start, u.end, "PERCENT")
        for lm in _RESPECTIVELY.finditer(self.lower, u.start, u.end):
            cl_a, _ = self._clause_bounds(u, lm.start())
            listed = [m for m in mentions if cl_a <= m.start and m.end <= lm.start()]
            coordinated = [listed[-1]] if listed else []
            for a, b in zip(reversed(listed[:-1]), reversed(listed[1:]), strict=False):
                if not _rx(r"\s*(?:,|và|,\s*và)\s*").fullmatch(self.lower[a.end : b.start]):
                    break
                coordinated.insert(0, a)
            k = len(coordinated)
            if k < 2:
                continue
            after = [q for q in percents if q.start >= lm.end()]
            runs: list[list[Ent]] = []
            for q in after:
                if runs and _rx(r"\s*(?:,|và|,\s*và)\s*").fullmatch(self.lower[runs[-1][-1].end : q.start]):
                    runs[-1].append(q)
                else:
                    runs.append([q])
            for r in runs:
                if len(r) == k:
                    for q, m in zip(r, coordinated, strict=True):
                        out[id(q)] = m
        return out

    def _anaphoric_metric(self, p: Ent, cl_a: int) -> bool:
        """True when the words before the value name no measure of their own: "tỷ lệ này", a
        bare "đạt tỉ lệ còn ít hơn 10%", "chiếm 2%", or only a subject, dates and the words of
        ``models/ellipsis_words.tsv`` ("Trong khi đó, TP.HCM đạt 68%")."""
        seg = self.lower[cl_a : p.start]
        bare = _BARE_RATE.search(seg)
        if (
            bare is not None
            and "chiếm" in bare.group(0)
            and _rx(r"[\s*_]+\p{Lu}{2,}").match(self.text[p.end : p.end + 8])
        ):
            return False  # "Kinh tế số chiếm 20% GRDP": the share names its whole
        if _IMPLICIT_RATE.search(seg) or bare is not None:
            return True
        if _NOUN_AFTER.match(self.lower, p.end):
            return False  # "100% hồ sơ thủ tục hành chính ..." names its measure after the value
        chars = list(seg)
        for e in self.doc.entities_in(cl_a, p.start):
            for i in range(e.start - cl_a, e.end - cl_a):
                chars[i] = " "
        # subjects named without a proper name count as names: "Khối bộ, ngành đạt 63,47%",
        # "trong đó: Cấp tỉnh đạt 100%"
        cues = _subject_cues()
        for kind in ("country", "group", "level", "home", "anaphor", "group_initial"):
            for pat, _ in cues.get(kind, []):
                for m in pat.finditer(seg):
                    for i in range(m.start(), m.end()):
                        chars[i] = " "
        rest = _ellipsis_words().sub(" ", "".join(chars))
        return not _rx(r"\p{L}").search(rest)

    def _needs_inherited_metric(self, p: Ent, u: ClaimUnit) -> bool:
        seg = self.lower[u.start : p.start]
        return not _rx(
            r"(?<![\p{L}])(?:tăng\s+trưởng|giải\s+ngân|thu\s+ngân\s+sách|xuất\s+khẩu|bán\s+lẻ|doanh\s+nghiệp|grdp|gdp)(?![\p{L}])"
        ).search(seg)

    def _own_rate_metric(self, a: int, p: Ent) -> Metric:
        """The metric a rate phrase at ``a`` names for the value ``p`` after it ("tỷ lệ số hóa hồ
        sơ đạt 70%" → other, text "tỷ lệ số hóa hồ sơ"): its keyed mention when it holds one."""
        seg = self.text[a : p.start]
        cut = _rx(
            r"\s*(?:ước\s+)?(?:đạt|là|chiếm|bằng|tăng|giảm)?\s*(?:gần|hơn|trên|khoảng|tối\s+thiểu|ít\s+nhất)?[\s*_(]*$",
            regex.IGNORECASE,
        ).search(seg)
        b = a + (cut.start() if cut else len(seg))
        inner = metric_mentions(self.lower, a, b)
        if inner:
            m = inner[-1]
            return Metric(text=self.text[m.start : m.end], key=m.key, start=m.start, end=m.end)
        return Metric(text=self.text[a:b], key="other", start=a, end=b)

    def _other_metric_phrase(self, p: Ent, cl_a: int, cl_b: int) -> tuple[str, int, int] | None:
        # the noun phrase right after the value, up to the clause end or a comma
        m = _rx(r"[\s*_]+(?P<np>[\p{L}\p{M}][^,;:.()\n*]{2,120})").match(self.text[p.end : cl_b])
        if m and not _rx(
            r"(?:so\s+với|so\s+cùng|trở\s+lên|trong|vào|năm|tháng|cộng|và|kế\s+hoạch|mục\s+tiêu|dự\s+toán)\b"
        ).match(m.group("np").lower()):
            a = p.end + m.start("np")
            b = p.end + m.end("np")
            while b > a and self.text[b - 1].isspace():
                b -= 1
            return self.text[a:b], a, b
        # else the phrase before the value in the clause, after the clause's previous value and
        # inside the value's parenthesis, cut at the value's verb
        seg_a = cl_a
        for q in self.doc.entities_in(cl_a, p.start, "PERCENT"):
            seg_a = max(seg_a, q.end)
        open_i = self.text.rfind("(", seg_a, p.start)
        if open_i >= 0 and self.text.find(")", open_i, p.start) < 0:
            seg_a = open_i + 1
        seg = self.text[seg_a : p.start]
        seg = _rx(
            r"\s*(?:ước\s+)?(?:đạt|là|chiếm|bằng|tăng|giảm|có\s+tỷ\s+lệ|đạt\s+tỷ\s+lệ|đạt\s+tỉ\s+lệ)?\s*"
            r"(?:gần|hơn|trên|khoảng|tối\s+thiểu|ít\s+nhất)?[\s*_(]*$",
            regex.IGNORECASE,
        ).sub("", seg)
        seg = seg.strip(" ,()*_\n")
        if seg:
            start = seg_a + self.text[seg_a : p.start].find(seg)
            a, b = start + max(0, len(seg) - 150), start + len(seg)
            while a < b and self.text[a].isspace():
                a += 1
            # the subject or the period alone is no metric: "Năm 2021, Hà Nội đạt 23,88%"
            chars = list(self.text[a:b])
            for e in self.doc.entities_in(a, b):
                if e.label in ("LOCATION", "AGENCY", "DATE", "PERSON"):
                    for i in range(max(e.start, a) - a, min(e.end, b) - a):
                        chars[i] = " "
            if _rx(r"\p{L}{2}").search("".join(chars)):
                # and a period before it or the subject after it is no part of it: "Năm 2021,
                # tỷ lệ số hóa hồ sơ của Hà Nội" → "tỷ lệ số hóa hồ sơ"
                named = [e for e in self.doc.entities_in(a, b) if e.label in ("LOCATION", "AGENCY", "DATE")]
                for e in named:
                    lead = _rx(r"[\s,:;–-]*").match(self.text, e.end, b)
                    if e.start <= a + 1 and lead is not None and lead.end() < b:
                        a = lead.end()
                for e in reversed(named):
                    tail = _rx(r"(?:\s+(?:của|tại|ở|trên\s+địa\s+bàn)(?:\s+(?:tỉnh|thành\s+phố))?)?\s*$").search(
                        self.text, a, e.start
                    )
                    if e.end >= b - 1 and tail is not None and tail.start() > a:
                        b = tail.start()
                return self.text[a:b], a, b
        if open_i >= 0 and self.text.find(")", open_i, p.start) < 0:
            # a share bracketed after a count: what the count counts ("hồ sơ trả trước và đúng
            # hạn là 19.255 hồ sơ (đạt 96,55%)"), else the clause after the bracket ("Có 90 hồ sơ
            # (chiếm 2,16%), các cơ quan thụ lý trả lại hồ sơ")
            pre_a = cl_a
            for q in self.doc.entities_in(cl_a, open_i, "PERCENT"):
                pre_a = max(pre_a, q.end)
            for m in _SEGMENT_SEP.finditer(self.text, pre_a, open_i):
                pre_a = m.end()
            pre = _COUNT_TAIL.sub("", self.text[pre_a:open_i])
            lead = _COUNT_LEAD.match(pre)
            a = pre_a + (lead.end() if lead else 0)
            b = pre_a + len(pre)
            if _rx(r"\p{L}{2}").search(self.text, a, b):
                return self.text[a:b], a, b
            after = _rx(r"[^)]*\)\s*,\s*(?P<np>\p{L}[^,;:.()\n]{2,120})").match(self.text, p.end, cl_b)
            if after is not None:
                return (
                    after.group("np").rstrip(),
                    after.start("np"),
                    after.start("np") + len(after.group("np").rstrip()),
                )
        return None

    # ---------------------------------------------------------------- subject

    def _entity_subject(self, e: Ent) -> Subject | None:
        """The subject an entity stands for (a local body of the topic province → the province
        with the body as scope)."""
        v = e.value
        if e.label == "LOCATION":
            return Subject(text=e.text, name=str(v["name"]), kind=str(v["kind"]), start=e.start, end=e.end)
        if e.label != "AGENCY":
            return None
        kind = str(v.get("kind") or "agency")
        loc = v.get("location")
        loc = None if loc is None or str(loc).startswith("@") else str(loc)
        if kind in ("government", "legislature") or (kind == "party" and not loc):
            # the Government, the National Assembly, the Politburo set the country's goals
            return Subject(text=e.text, name="Việt Nam", kind="country", start=e.start, end=e.end)
        if kind in ("people_committee", "party") and loc:
            return Subject(text=e.text, name=loc, kind="province", start=e.start, end=e.end)
        if kind == "ministry":
            return Subject(text=e.text, name=str(v["name"]), kind="ministry", start=e.start, end=e.end)
        topic: Subject | None = getattr(self, "topic", None)  # unset while the topic is being found
        if loc and kind in ("department", "agency"):
            return Subject(text=e.text, name=loc, kind="province", scope=e.text, start=e.start, end=e.end)
        if kind == "department" and topic is not None and topic.kind == "province":
            return Subject(text=e.text, name=topic.name, kind="province", scope=e.text, start=e.start, end=e.end)
        if kind in ("department", "agency") and _rx(r"\s(?:tỉnh|thành\s+phố)$").search(e.text.lower()):
            # "Trung tâm Hành chính công tỉnh": a body of the province the text does not name
            home = self._home_subject() if topic is not None else Subject(name=UNRESOLVED_PROVINCE, kind="province")
            return Subject(text=e.text, name=home.name, kind="province", scope=e.text, start=e.start, end=e.end)
        return Subject(text=e.text, name=str(v["name"]), kind="agency", start=e.start, end=e.end)

    def _sentence_subjects(self, u: ClaimUnit, ents: list[Ent]) -> list[Subject]:
        out = []
        for e in ents:
            subj = self._entity_subject(e)
            if subj is not None and not self._introduced_as_source(e, u, ents):
                out.append(subj)
        return out

    def _subject_ents(self, u: ClaimUnit, ents: list[Ent]) -> list[Ent]:
        """The entities behind :meth:`_sentence_subjects`, in the same order."""
        return [e for e in ents if self._entity_subject(e) is not None and not self._introduced_as_source(e, u, ents)]

    def _introduced_as_source(self, e: Ent, u: ClaimUnit, ents: list[Ent] | None = None) -> bool:
        """True for a body named as a source, a speaker, a partner, an assigner or the issuer
        of a cited document — not as the subject of a value."""
        before = self.lower[max(u.start, e.start - 30) : e.start]
        for pat, _ in _subject_cues().get("source", []):
            hits = list(pat.finditer(before))
            m = hits[-1] if hits else None
            if m is not None and not before[m.end() :].strip(" ,"):
                lead = self.lower[u.start : max(u.start, e.start - 30) + m.start()].strip(" -+*(0123456789).")
                # "Còn với Nam Định, ...", "Riêng với ...": a topic opener before "với"
                initial = lead == "" or any(t.fullmatch(lead) for t, _ in _subject_cues().get("topic_lead", []))
                # sentence-initial "Với X," is a topic, not a partner
                if initial and m.group(0).lower() == "với":
                    return False
                # "Theo Sở TT&TT tỉnh Quảng Nam, ...": a local body reports its own province's
                # figures; "Theo Bộ TT&TT, ..." attributes national ones (the subject is elsewhere)
                if initial and m.group(0).lower() == "theo":
                    subj = self._entity_subject(e)
                    return subj is None or subj.kind != "province"
                return True
        if self._issued_by(e, u, "report_noun"):
            return True
        # a verb of saying, issuing or assigning right after it: the body speaks
        after = self.lower[e.end : min(u.end, e.end + 30)].lstrip(" ,")
        for pat, _ in _subject_cues().get("speech_after", []):
            if pat.match(after):
                return True
            m2 = _rx(r"(?:cũng|đã|vừa|tiếp\s+tục|đã\s+có)\s+").match(after)
            if m2 is not None and pat.match(after[m2.end() :]):
                return True
        # between a goal noun and an assigning verb: "mục tiêu Chính phủ giao", "kế hoạch ... giao"
        cues = _subject_cues()
        if any(v.match(after) for v, _ in cues.get("assign_verb", [])) and any(
            g.search(before) and not before[g.search(before).end() :].strip() for g, _ in cues.get("assigned_goal", [])
        ):
            return True
        # after a person's title: "Bộ trưởng Bộ TT&TT đề nghị ..." names who speaks; in a
        # directive, a title opening a task ("3. Bộ trưởng Bộ Công Thương hoàn thành việc rà soát
        # ...") names the body the task is given to, its subject
        title = _rx(
            r"(?:bộ\s+trưởng|thứ\s+trưởng|giám\s+đốc|chủ\s+tịch|cục\s+trưởng|đại\s+diện|lãnh\s+đạo)\s*$"
        ).search(before)
        if title is not None:
            opening = self.lower[u.start : e.start - len(before) + title.start()]
            return not (self.directive and _LIST_MARK.sub("", opening, count=1).strip(" *_") == "")
        # the issuer of a cited document: "Quyết định số 1015/QĐ-TTg ngày 30/8/2022 của Thủ tướng"
        for d in ents or []:
            if d.label == "DOC_NUMBER" and d.end <= e.start and e.start - d.end <= 60:
                gap = self.lower[d.end : e.start]
                if _rx(r"\s*(?:,\s*)?(?:(?:ngày|năm)\s+[\d/\s\p{L}]{1,30}?\s+)?(?:của|do)\s+").fullmatch(gap):
                    return True
        return False

    def _issued_by(self, e: Ent, u: ClaimUnit, kind: str) -> bool:
        """True for a body after "của"/"do" that closes a report's (kind report_noun: "dự thảo
        báo cáo Tổng kết công tác năm 2021 ... của Bộ TT&TT") or a document's (kind
        document_noun: "Kế hoạch số 02-KH/BCĐTW ngày 19 tháng 6 năm 2025 của Ban Chỉ đạo Trung
        ương") noun phrase (``models/subject_cues.tsv``): it issued the report, which makes it no
        subject; or the document, which makes it no subject of the sentences after it (the values
        of its own sentence may be its targets: "Chương trình ... của tỉnh Lâm Đồng đặt mục
        tiêu 80%")."""
        a = max(u.start, e.start - 120)
        before = self.lower[a : e.start]
        tail = _rx(r"(?<![\p{L}])(?:của|do)\s*$").search(before)
        if tail is None:
            return False
        nouns = [r for r, _ in _subject_cues().get(kind, [])]
        for m in reversed(list(_rx(r"[,;:()]|\.\s").finditer(before[: tail.start()]))):
            before = before[m.end() : tail.start()]
            break
        else:
            before = before[: tail.start()]
        hit = None
        for pat in nouns:
            for h in pat.finditer(before):
                if hit is None or h.start() < hit:
                    hit = h.start()
        if hit is None:
            return False
        phrase = before[hit:]
        return not _rx(r"(?<![\p{L}])(?:tỷ|tỉ)\s+lệ(?![\p{L}])|%").search(phrase) and not metric_mentions(
            phrase, 0, len(phrase)
        )

    def _value_segment_start(self, u: ClaimUnit, p: Ent) -> int:
        """Start of the segment (between , ; and parentheses) that holds the value; a value
        alone in its parenthesis ("(54,4%)") belongs to the segment before it."""
        a = u.start
        for m in _SEGMENT_SEP.finditer(self.text, u.start, p.start):
            a = m.end()
        if not self.text[a : p.start].strip(" *_\n"):
            a2 = u.start
            for m in _SEGMENT_SEP.finditer(self.text, u.start, max(u.start, a - 1)):
                a2 = m.end()
            a = a2
        return a

    def _first_segment_end(self, u: ClaimUnit) -> int:
        m = _SEGMENT_SEP.search(self.text, u.start, u.end)
        return m.start() if m else u.end

    def _is_rank(self, start: int, u: ClaimUnit) -> bool:
        before = self.lower[max(u.start, start - 30) : start]
        for pat, _ in _subject_cues().get("rank", []):
            for m in pat.finditer(before):
                if not _rx(r"[,;()]").search(before[m.end() :]):
                    return True
        return False

    def _closed_before(self, e_start: int, e_end: int, u: ClaimUnit, p: Ent) -> bool:
        """True when ``[e_start, e_end)`` sits in a parenthesis closed before the value."""
        depth = self.text.count("(", u.start, e_start) - self.text.count(")", u.start, e_start)
        if depth <= 0:
            return False
        between = self.text[e_end : p.start]
        return between.count(")") > between.count("(")

    def _subjects_for(self, p: Ent, u: ClaimUnit, ents: list[Ent], cl_a: int) -> tuple[list[Subject], str | None]:
        lower = self.lower
        scope = None
        scopes = list(_SCOPE.finditer(self.text, max(u.start, cl_a), p.start))
        sm = scopes[-1] if scopes else None
        if sm is not None and sm.end() <= p.start:
            sa, sb = sm.span("scope")
            # a period after the scope is no part of it: "cho các sở, ban, ngành, địa phương trong
            # năm 2022 phải đạt từ 55%" → scope "sở, ban, ngành, địa phương"
            for e in self.doc.entities_in(sa, sb, "DATE"):
                cut = _rx(r"[\s,]*(?:(?:đến\s+hết|trong|đến|tới|vào|từ|cuối|đầu)\s+)?$").search(self.text, sa, e.start)
                sb = min(sb, cut.start() if cut is not None else e.start)
                break
            scope = " ".join(self.text[sa:sb].split()).rstrip(" ,") or None
        bare = (
            self._bare_listed_body(p, u)
            or self._subject_right_after(p, u, ents)
            or self._subject_after_with(p, u, ents)
        )
        if bare is not None:
            return [bare], scope
        first_seg_end = self._first_segment_end(u)
        cands: list[tuple[int, int, list[Subject] | None, str]] = []
        for e in ents:
            if e.end > p.start:
                break
            subj = self._entity_subject(e)
            if subj is None or self._introduced_as_source(e, u, ents) or self._closed_before(e.start, e.end, u, p):
                continue
            if subj.kind == "country" and e.label == "LOCATION" and self._is_rank(e.start, u):
                continue
            cands.append((e.start, e.end, [subj], "entity"))
        for kind in ("country", "anaphor", "home", "group", "generic"):
            for pat, unit in _subject_cues().get(kind, []):
                for m in pat.finditer(lower, u.start, p.start):
                    if any(e.start <= m.start() < e.end for e in ents if e.label in ("LOCATION", "AGENCY")):
                        continue
                    if kind == "group":
                        if self._closed_before(m.start(), m.end(), u, p):
                            continue
                        t = self.text[m.start() : m.end()]
                        grp = Subject(text=t, name=t, kind="group", start=m.start(), end=m.end())
                        cands.append((m.start(), m.end(), [grp], kind))
                    elif kind == "home" or (
                        kind == "anaphor" and unit == "province" and self._plural_before(m.start())
                    ):
                        if kind == "home" and not any(
                            m.start() < e.end and e.start < m.end() for e in ents if e.label in ("LOCATION", "AGENCY")
                        ):
                            home = self.ctx.last_province or self._home_subject()
                            upd = {"text": self.text[m.start() : m.end()], "start": m.start(), "end": m.end()}
                            cands.append((m.start(), m.end(), [home.model_copy(update=upd)], kind))
                        continue  # "các tỉnh", "cấp tỉnh": a set or a level, no anaphor
                    elif kind == "country":
                        if self._is_rank(m.start(), u) or self._closed_before(m.start(), m.end(), u, p):
                            continue
                        if m.start() < cl_a and m.end() > first_seg_end:
                            continue  # another clause's comparison ("... cả nước là 9,2%; ...")
                        cands.append(
                            (m.start(), m.end(), [_country(self.text[m.start() : m.end()], m.start(), m.end())], kind)
                        )
                    elif kind == "anaphor":
                        # "Còn với Nam Định, đến nay, tỉnh này đã ...": the body of its kind the
                        # sentence names before the anaphor, else the last one of earlier sentences
                        ref = self._named_before(u, m.start(), ents, unit)
                        if ref is None:
                            ref = self.ctx.last_province if unit == "province" else self.ctx.last_agency
                        if ref is None and unit == "province":
                            # "..., tỉnh Đắk Lắk cần ...": the province the sentence names later,
                            # else (a text that names no province) the home province
                            ref = self._province_later(u, m.end()) or self._home_subject()
                        if ref is not None:
                            upd = {"text": self.text[m.start() : m.end()], "start": m.start(), "end": m.end()}
                            cands.append((m.start(), m.end(), [ref.model_copy(update=upd)], kind))
                    else:
                        cands.append((m.start(), m.end(), None, kind))
        for m in _GROUP.finditer(lower, u.start, p.start):
            t = self.text[m.start() : m.end()]
            cands.append(
                (m.start(), m.end(), [Subject(text=t, name=t, kind="group", start=m.start(), end=m.end())], "group")
            )
        for m in _DISTRICTS.finditer(self.text, u.start, p.start):
            if any(m.start() < e.end and e.start < m.end() for e in ents if e.label in ("LOCATION", "AGENCY")):
                continue
            names = [" ".join(n.split()) for n in m.captures("name")]
            subs = [Subject(text=n, name=n, kind="district") for n in names]
            cands.append((m.start(), m.end(), subs, "district"))
        for pat, level_unit in _subject_cues().get("level", []):
            for m in pat.finditer(lower, u.start, p.start):
                if any(e.start <= m.start() < e.end for e in ents if e.label in ("LOCATION", "AGENCY")):
                    continue
                # only as the subject of its segment: "Cấp tỉnh đạt 100%", "tại cấp bộ là 69,87%" —
                # not "trong phạm vi cấp tỉnh", "UBND cấp huyện"
                if not _rx(r"(?:^|[,;:(]|(?<![\p{L}])(?:tại|ở|của|trong\s+đó))[\s*_\-+•]*$").search(
                    lower[u.start : m.start()]
                ):
                    continue
                t = self.text[m.start() : m.end()]
                named = [
                    sub
                    for sub in (self._entity_subject(e) for e in ents if e.end <= m.start())
                    if sub is not None and sub.kind == "province"
                ]
                province = (
                    (named[-1] if named else None)
                    or self.ctx.last_province
                    or (self.topic if self.topic.kind == "province" else None)
                )
                if level_unit == "country" or (province is None and self.topic.kind == "country"):
                    sub = Subject(text=t, name=t, kind="group", start=m.start(), end=m.end())
                else:
                    home = province or self._home_subject()
                    sub = home.model_copy(update={"text": t, "start": m.start(), "end": m.end(), "scope": t})
                cands.append((m.start(), m.end(), [sub], "level"))
        head = _rx(r"[\s*_]*(?:\(\s*\w{1,4}\s*\)|\d{1,3}(?:\.\d{1,3})*[.)]|[-+•])?[\s*_]*").match(
            self.text[u.start : p.start]
        )
        h = u.start + (head.end() if head else 0)
        for pat, _ in _subject_cues().get("group_initial", []):
            m = pat.match(lower, h, p.start)
            if m is not None:
                t = self.text[m.start() : m.end()]
                cands.append(
                    (m.start(), m.end(), [Subject(text=t, name=t, kind="group", start=m.start(), end=m.end())], "group")
                )
                break
        if not cands:
            after = self._subject_after(p, u, ents)
            if after is not None:
                return [after], scope
        cands.sort(key=lambda c: (c[1], c[0]))
        # drop candidates nested in a longer one
        cands = [
            c for c in cands if not any(o[0] <= c[0] and c[1] <= o[1] and (o[1] - o[0]) > (c[1] - c[0]) for o in cands)
        ]
        if cands:
            last = cands[-1]
            if last[3] == "generic":
                # "của các sở, ban, ngành" is no subject: take an earlier one or the context
                cands = [c for c in cands if c[3] != "generic"]
                if not cands:
                    return self._context_subjects(), scope
                last = cands[-1]
            if last[3] == "entity":
                members = [last]
                i = len(cands) - 2
                while i >= 0:
                    c = cands[i]
                    if c[3] in ("group", "generic") and c[0] >= (cands[i - 1][1] if i > 0 else 0):
                        i -= 1  # a group phrase inside the list's gap ("cùng 2 tỉnh, thành phố gồm")
                        continue
                    gap = self.text[c[1] : members[0][0]]
                    if c[3] == "entity" and _LIST_GAP.match(gap):
                        members.insert(0, c)
                        i -= 1
                        continue
                    break
                subjects = [sub for c in members for sub in (c[2] or [])]
                if len(subjects) == 1 and subjects[0].scope and scope is None:
                    scope = subjects[0].scope
                return _dedupe(subjects), scope
            if last[2] and last[3] == "group":
                # "9 bộ, ngành trung ương và 15 tỉnh, thành phố đã cung cấp trên 30%": coordinated
                # sets, one claim each
                before = cands[-2] if len(cands) > 1 else None
                if (
                    before is not None
                    and before[3] == "group"
                    and before[2]
                    and _SET_GAP.fullmatch(self.lower, before[1], last[0])
                ):
                    return list(before[2]) + list(last[2]), scope
                return list(last[2]), scope
            if last[2]:
                return list(last[2]), scope
        if self._attributed_nationally(u, ents):
            return [_country()], scope  # "Theo Bộ Công an, đến nay 100% ..." speaks for the country
        return self._context_subjects(), scope

    def _named_before(self, u: ClaimUnit, pos: int, ents: list[Ent], unit: str) -> Subject | None:
        """The last province (unit ``province``) or ministry/agency (unit ``agency``) the unit
        names before ``pos``, source or not ("Còn với Nam Định, đến nay, tỉnh này ..." → Nam
        Định): an anaphor ("tỉnh này", "địa phương này", "bộ này") refers to it before any body
        of an earlier sentence. None when the unit names none."""
        kinds = ("province",) if unit == "province" else ("ministry", "agency")
        for e in reversed(ents):
            if e.end > pos or e.start < u.start or e.label not in ("LOCATION", "AGENCY"):
                continue
            if _rx(r"(?<![\p{L}])(?:so\s+với|hơn|như|cùng\s+với|sau|trước|ngoài)\s+(?:các\s+)?$").search(
                self.lower[max(u.start, e.start - 12) : e.start]
            ):
                continue  # "So với Hà Nội, tỉnh ...": a body compared with is no referent
            subj = self._entity_subject(e)
            if subj is not None and subj.kind in kinds:
                return subj.model_copy(update={"scope": None} if subj.kind == "province" else {})
        return None

    def _plural_before(self, start: int) -> bool:
        """True when a determiner of a set or a level stands right before ``start`` ("các
        tỉnh", "cấp tỉnh": ``models/subject_cues.tsv``, kind plural)."""
        before = self.lower[max(0, start - 12) : start]
        return any(_rx(pat.pattern + r"\s+$").search(before) for pat, _ in _subject_cues().get("plural", [])) or bool(
            _rx(r"\s*,\s*thành(?![\p{L}])").match(self.lower[start + 4 : start + 16])
        )

    def _province_later(self, u: ClaimUnit, pos: int) -> Subject | None:
        """The first province the unit names after ``pos`` (the referent of a "Tỉnh" that
        comes before its name), else None."""
        for e in self.doc.entities_in(pos, u.end):
            subj = self._entity_subject(e)
            if subj is not None and subj.kind == "province":
                return subj.model_copy(update={"text": None, "start": None, "end": None, "scope": None})
        return None

    def _home_subject(self) -> Subject:
        """The province a provincial text speaks of as its own ("toàn tỉnh", "trên địa bàn
        tỉnh"): the topic when it is a province, else the province most named in the document's
        local bodies, else the unresolved province: name "tỉnh", kind province (a portal's or a
        station's news that never names its province; a consumer can tell it by its name)."""
        from .resolve import home_province

        topic: Subject | None = getattr(self, "topic", None)
        if topic is not None and topic.kind == "province":
            return topic.model_copy(update={"text": None, "start": None, "end": None, "scope": None})
        hp = home_province(self.doc)
        return Subject(name=hp or UNRESOLVED_PROVINCE, kind="province")

    def _subject_right_after(self, p: Ent, u: ClaimUnit, ents: list[Ent]) -> Subject | None:
        """A subject joined to the value by "của"/"tại"/"ở" right after it ("mục tiêu tăng
        trưởng kinh tế từ 8,3 - 8,5% của cả nước", "8% trong năm 2025 của Tỉnh"): it wins over
        the bodies named before the value."""
        m = _rx(r"[\s*_)]*(?:(?:trong\s+)?(?:năm|giai\s+đoạn)\s+[\d\s\-–]{4,12}?\s*)?(?:của|tại|ở)\s+").match(
            self.lower, p.end, u.end
        )
        if m is None:
            return None
        pos = m.end()
        for e in ents:
            if e.start == pos and e.label in ("LOCATION", "AGENCY") and not self._introduced_as_source(e, u, ents):
                return self._entity_subject(e)
        for pat, _ in _subject_cues().get("country", []):
            c = pat.match(self.lower, pos, u.end)
            if c is not None:
                return _country(self.text[c.start() : c.end()], c.start(), c.end())
        c = _rx(r"tỉnh(?![\p{L}])(?!\s*,\s*thành)").match(self.lower, pos, u.end)
        if c is not None and not _rx(r"\s+\p{Lu}").match(self.text[c.end() : c.end() + 3]):
            ref = self.ctx.last_province or self._province_later(u, c.end()) or self._home_subject()
            return ref.model_copy(update={"text": self.text[c.start() : c.end()], "start": c.start(), "end": c.end()})
        return None

    def _subject_after_with(self, p: Ent, u: ClaimUnit, ents: list[Ent]) -> Subject | None:
        """The subject of a sentence that opens with its value ("Với tỷ lệ 68,54%, tỉnh này đã
        vượt qua ...", "Với 92%, Quảng Ninh dẫn đầu"): the body, country phrase or anaphor that
        opens the clause after the comma."""
        if not _rx(r"[\s*_\-+•]*với\s+(?:(?:tỷ|tỉ)\s+lệ\s+|mức\s+)?(?:(?:đạt|là)\s+)?").fullmatch(
            self.lower[u.start : p.start]
        ):
            return None
        m = _rx(r"\s*,\s*").match(self.lower, p.end, u.end)
        if m is None:
            return None
        pos = m.end()
        for e in ents:
            if e.start == pos and e.label in ("LOCATION", "AGENCY"):
                return self._entity_subject(e)
        for kind in ("country", "anaphor", "home"):
            for pat, unit in _subject_cues().get(kind, []):
                c = pat.match(self.lower, pos, u.end)
                if c is None:
                    continue
                t = {"text": self.text[c.start() : c.end()], "start": c.start(), "end": c.end()}
                if kind == "country":
                    return _country(t["text"], c.start(), c.end())
                ref = self.ctx.last_province if unit in ("province", "") else self.ctx.last_agency
                ref = ref or (self._province_later(u, c.end()) or self._home_subject() if unit != "agency" else None)
                if ref is not None:
                    return ref.model_copy(update=t)
        return None

    def _subject_after(self, p: Ent, u: ClaimUnit, ents: list[Ent]) -> Subject | None:
        """A subject named right after the value in its clause: "đạt 90% tại Quảng Ninh"."""
        _, cl_b = self._clause_bounds(u, p.start)
        for e in ents:
            if e.start < p.end or e.start > cl_b or e.label not in ("LOCATION", "AGENCY"):
                continue
            gap = self.lower[p.end : e.start]
            if _AFTER_SUBJECT.fullmatch(gap) and not self._introduced_as_source(e, u, ents):
                return self._entity_subject(e)
            break
        return None

    def _attributed_nationally(self, u: ClaimUnit, ents: list[Ent]) -> bool:
        """True for a sentence that opens with a national body's attribution ("Theo Bộ Công an,
        ...", "Theo Cục Chuyển đổi số quốc gia, ..."): its figures with no subject are national."""
        m = _rx(r"[\s*_\-+•]*theo\s+").match(self.lower, pos=u.start, endpos=u.end)
        if m is None:
            return False
        for e in ents:
            if e.start < m.end():
                continue
            if e.start > m.end() + 2:
                return False
            subj = self._entity_subject(e)
            return subj is not None and subj.kind in ("ministry", "agency", "country") and e.label == "AGENCY"
        return False

    def _context_subjects(self) -> list[Subject]:
        """The previous sentence's subject, else the topic. A set ("khối bộ, ngành", "05 bộ, 22
        tỉnh") is the subject only of the next items of its list ("(1) ... (đạt 62,8%); (2) ..."),
        not of the sentences after it."""
        if (
            self.ctx.subjects
            and self.ctx.subjects[-1].kind == "group"
            and not (self.ctx.in_list_item and self.ctx.group_leads)
        ):
            return [self.topic]
        if self.ctx.subjects:
            return [
                sub.model_copy(
                    update={"start": None, "end": None, "scope": None if sub.kind == "province" else sub.scope}
                )
                for sub in self.ctx.subjects[-1:]
            ]
        return [self.topic]

    # ---------------------------------------------------------------- period

    def _is_citation_date(self, d: Ent, ents: list[Ent]) -> bool:
        for e in ents:
            if e.label == "DOC_NUMBER" and 0 <= d.start - e.end <= 3:
                return True
        before = self.lower[max(0, d.start - 40) : d.start]
        if _rx(r"(?:hội\s+nghị|phiên\s+họp|buổi\s+làm\s+việc)[^,.;]{0,30}$").search(before):
            return True
        return False

    def _period_dates(self, ents: list[Ent]) -> list[Ent]:
        """The DATE entities of ``ents`` that may be a period: no citation date, and no
        orientation ("định hướng đến năm 2030") while another period is named beside it."""
        dates = [
            d
            for d in ents
            if d.label == "DATE"
            and not self._is_citation_date(d, ents)
            # "5/9 huyện, thành phố": the count of a set, read as a day, is no period
            and not (_rx(r"\d{1,3}/\d{1,3}").fullmatch(d.text) and _GROUP.match(self.lower, d.start))
        ]
        orient = _period_cues().get("orientation")
        if orient is None:
            return dates
        kept = [d for d in dates if not _rx(orient.pattern + r"[\s:,]*$").search(self._lead(d, 30))]
        return kept if kept else dates

    def _context_period(self, d: Ent, dates: list[Ent]) -> Period:
        """The period a date leaves for later units: the whole interval it closes or opens
        ("tính từ đầu năm đến đầu tháng 11-2022"), else its own."""
        if d in dates:
            iv = self._interval(d, dates)
            if iv is not None:
                return iv.model_copy(update={"source": "context"})
        return self._period_of_date(d, "context")

    def _stage_period(self, u: ClaimUnit, dates: list[Ent]) -> Period | None:
        """The period of a line that names nothing but a period ("- Giai đoạn 2025-2027",
        "a) Năm 2025", "**Đến năm 2030:**"), else None."""
        if not dates or len(self.text[u.start : u.end]) > 80:
            return None
        chars = list(self.lower[u.start : u.end])
        for d in dates:
            for i in range(d.start - u.start, d.end - u.start):
                chars[i] = " "
        rest = "".join(chars)
        m = _LIST_MARK.match(rest)
        if m is not None:
            rest = rest[m.end() :]
        stage = _period_cues().get("stage")
        if stage is not None:
            rest = stage.sub(" ", rest)
        if _rx(r"[\p{L}\p{N}]").search(rest):
            return None
        return self._context_period(dates[-1], dates)

    def _is_event_date(self, d: Ent, u: ClaimUnit) -> bool:
        """A day on which something was done ("Ngày 21/7/2021, Bộ TT&TT vừa ban hành"), not a period."""
        if d.value.get("grain") != "day":
            return False
        after = self.text[d.end : d.end + 2]
        before = self.lower[max(u.start, d.start - 25) : d.start]
        return after.startswith(",") and not _OPEN_START.search(before) and not _OPEN_END.search(before)

    def _is_comparison_base(self, d: Ent, u: ClaimUnit) -> bool:
        """A date that is the base of a comparison ("tăng 20% so với năm 2023"), not a period."""
        before = self.lower[max(u.start, d.start - 40) : d.start]
        return any(pat.search(before) for pat, _ in _direction_patterns().get("base", []))

    def _date_right_after(self, p: Ent, dates: list[Ent]) -> Ent | None:
        """A date right after the value that belongs to it ("từ 10,86% trong năm 2019"); not
        one that opens the next segment with a value of its own ("Quý III đạt 6,26%, 9 tháng
        năm 2025 tăng 6,9%")."""
        for d in dates:
            gap = self.lower[p.end : d.start]
            if 0 <= d.start - p.end <= 12 and _rx(r"[\s*_]*(?:\(|trong|vào|của|,)?\s*").fullmatch(gap):
                if "," in gap:
                    sep = _WORD_BREAK.search(self.text, d.end)
                    seg_end = sep.start() if sep else len(self.text)
                    if self.doc.entities_in(d.end, seg_end, "PERCENT"):
                        continue
                return d
        return None

    def _period_of_date(self, d: Ent, source: str) -> Period:
        v = d.value
        start, end = v.get("start"), v.get("end")
        # "năm 2025 và 2026": a bare year after "và" (no DATE of its own) extends the year
        more = _rx(r"\s+và\s+((?:19|20)\d\d)(?![\d/.-])").match(self.text[d.end : d.end + 12])
        if (
            more is not None
            and v.get("grain") == "year"
            and end
            and int(more.group(1)) == int(str(end)[:4]) + 1
            and not self.doc.entities_in(d.end, d.end + more.end(), "DATE")
        ):
            end = f"{more.group(1)}-12-31"
        # the same with the second year recognized as a DATE of its own: "năm 2025 và 2026"
        for other in self.doc.entities_in(d.end, min(len(self.text), d.end + 16), "DATE"):
            if (
                v.get("grain") == "year"
                and other.value.get("grain") == "year"
                and other.text.isdigit()
                and regex.fullmatch(r"\s*và\s*", self.text[d.end : other.start])
            ):
                end = other.value.get("end") or end
            break
        prev = self.doc.entities_in(max(0, d.start - 20), d.start, "DATE")
        if (
            prev
            and v.get("grain") == "year"
            and prev[-1].value.get("grain") == "year"
            and d.text.isdigit()
            and regex.fullmatch(r"\s*và\s*", self.text[prev[-1].end : d.start])
        ):
            start = prev[-1].value.get("start") or start
            return Period(text=self.text[prev[-1].start : d.end], start=start, end=end, source=source)  # type: ignore[arg-type]
        if regex.match(r"(?i)từ\s", d.text) and v.get("start") and v.get("end") and v.get("grain") == "period":
            # the entity is itself an interval: "từ đầu năm đến đầu tháng 11-2022"
            return Period(text=d.text, start=start, end=end, source=source)  # type: ignore[arg-type]
        before = self._lead(d)
        opened = _OPEN_START.search(before)
        if opened is not None and opened.group(0).lower().startswith("vào") and v.get("grain") == "month":
            opened = None  # "lên 30,1% vào tháng 12/2020": in that month, not as of its end
        if opened is not None or _ASOF.search(self.lower[max(0, d.start - 30) : d.start]):
            start = None
        elif _OPEN_END.search(before):
            # "từ ngày 1/1 đến hết ngày 30/4": the interval, when a closing date follows; "từ đầu
            # năm đến nay": up to the document's date
            end = None
            if _UNTIL_NOW.match(self.lower, d.end) and self.doc.doc_date is not None:
                end = self.doc.doc_date.isoformat()
        return Period(text=d.text, start=start, end=end, source=source)  # type: ignore[arg-type]

    def _lead(self, d: Ent, width: int = 16, floor: int = 0) -> str:
        """The words before a date, with the lead word its span may hold ("Tính đến tháng
        4/2022", "trong năm 2021"), lower-cased."""
        before = self.lower[max(floor, d.start - width) : d.start]
        lead = _DATE_LEAD.match(self.lower, d.start, d.end)
        if lead is not None:
            before = (before + " " + self.lower[d.start : lead.end()]).rstrip()
        return before

    def _interval(self, d: Ent, dates: list[Ent]) -> Period | None:
        """ "từ X đến (hết) Y" around ``d``: the interval."""
        i = dates.index(d)
        pairs = []
        if i > 0:
            pairs.append((dates[i - 1], d))
        if i + 1 < len(dates):
            pairs.append((d, dates[i + 1]))
        for a, b in pairs:
            gap = self.lower[a.end : b.start]
            if _rx(r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?").fullmatch(gap) and _rx(r"từ\s*$").search(self._lead(a, 6)):
                return Period(
                    text=self.text[a.start : b.end],
                    start=a.value.get("start"),
                    end=b.value.get("end"),
                    source="sentence",
                )
        return None

    def _period_for(
        self,
        p: Ent,
        u: ClaimUnit,
        dates: list[Ent],
        owned: dict[int, Ent],
        cl_a: int,
        cl_b: int,
        prev: ClaimUnit | None,
        status: str,
    ) -> Period:
        own = self._date_right_after(p, dates)
        if own is not None:
            return self._interval(own, dates) or self._period_of_date(own, "sentence")
        # a date inside a parenthesis closed before the value that holds a value of its own
        # ("19,10% ... (mục tiêu Chính phủ đặt ra năm 2020 tối thiểu 30%), trong đó, ... trên 30%")
        # dates that value, not this one
        dates = [
            d
            for d in dates
            if not (
                self._closed_before(d.start, d.end, u, p)
                and self.doc.entities_in(
                    self.text.rfind("(", u.start, d.start), self.text.find(")", d.end, p.start) + 1, "PERCENT"
                )
            )
        ]
        for d in dates:
            # "giảm 1,35% so với cùng kỳ năm 2020 (đạt 38,33%)": the bracketed value is the base's
            if d.end <= p.start and _rx(r"[\s*_]*\(\s*(?:đạt|là|chiếm|bằng|ở\s+mức)?\s*").fullmatch(
                self.lower[d.end : p.start]
            ):
                return self._period_of_date(d, "sentence")
        bases = self._ratio_bases(u, dates)
        free = [
            d
            for d in dates
            if owned.get(id(d)) in (None, p) and not self._is_comparison_base(d, u) and id(d) not in bases
        ]
        events = [d for d in free if self._is_event_date(d, u)]
        free_periods = [d for d in free if d not in events]
        inclause_before = [d for d in free_periods if cl_a <= d.start and d.end <= p.start]
        inclause_after = [d for d in free_periods if d.start >= p.end and d.end <= cl_b]
        if _rx(r"(?<![\p{L}])bằng\s*$").search(self.lower[max(u.start, p.start - 8) : p.start]):
            # "bằng 205,6% số hồ sơ trực tuyến của quý I năm 2022": the date after a ratio is its base's
            inclause_after = []
        # a date followed by a value of its own in the clause is that value's ("tháng 2 ... 27%, nhưng
        # đến tháng 7 đã có 76 bộ, tỉnh, tương ứng 82,6%")
        inclause_after = [
            d
            for d in inclause_after
            if not (_WORD_BREAK.search(self.text, p.end, d.start) and self.doc.entities_in(d.end, cl_b, "PERCENT"))
        ]
        strong_after = [d for d in inclause_after if _PERIOD_LEAD.search(self._lead(d, 16, p.end))]
        sent_before = [d for d in free_periods if d.end <= p.start]
        # a bare date after the value is its period only in the value's own stretch of text and,
        # for an achieved value, not inside a denominator ("bằng 115,1% mục tiêu ... năm 2025")
        weak_after = [
            d
            for d in inclause_after
            if not any(p.end <= q.start < d.start for q in self.doc.entities_in(p.end, d.start, "PERCENT"))
            and (status != "achieved" or not self._denominators([p], p.end + 1))
        ]
        # last, a date an earlier value of the sentence owns ("8% trong năm 2025 của Tỉnh và ... từ
        # 8,3 - 8,5% của cả nước": coordinated goals of one year)
        owned_before = [
            d
            for d in dates
            if d.end <= p.start and not self._is_comparison_base(d, u) and not self._is_event_date(d, u)
        ]
        candidates = (
            strong_after[:1]
            or inclause_before[-1:]
            or weak_after[:1]
            or sent_before[-1:]
            or free_periods[:1]
            or owned_before[-1:]
        )
        if candidates:
            d = candidates[0]
            return self._interval(d, dates) or self._period_of_date(d, "sentence")
        if _NOW.search(self.lower[u.start : p.start]):
            return self._asof()
        same = self._after_same_period_base(dates, u, prev)
        if same is not None:
            return same
        doc_date = self.doc.doc_date
        for inherited in (
            self.ctx.period if prev is not None else None,
            self.ctx.leadin_period,
            self.ctx.section_period,
        ):
            if inherited is None:
                continue
            if (
                inherited is self.ctx.period
                and status != "achieved"
                and self.ctx.period_age > 1
                and (doc_date is None or inherited.end is None or inherited.end < doc_date.isoformat())
            ):
                continue  # a past period stated sentences before is no goal's deadline
            if (
                status != "achieved"
                or doc_date is None
                or inherited.end is None
                or inherited.end <= doc_date.isoformat()
                # the month or quarter the report is dated in ("tháng 8/2021" in a report of
                # 30/8/2021) — not a year a goal was set for ("trong năm 2021")
                or (
                    inherited.start is not None
                    and inherited.start <= doc_date.isoformat()
                    and (dt.date.fromisoformat(inherited.end) - dt.date.fromisoformat(inherited.start)).days < 93
                )
            ):
                return inherited.model_copy(update={"source": "context"})
            # a later period (a goal "vào năm 2021") is no "as of" for an achieved value; the past
            # period named beside it is
            if inherited is self.ctx.period and self.ctx.past_period is not None:
                return self.ctx.past_period.model_copy(update={"source": "context"})
        if status != "achieved" and self.title_period is not None:
            return self.title_period
        return self._asof()  # spec §3: else "as of" the document date

    def _change_end_period(self, p: Ent, u: ClaimUnit, dates: list[Ent], period: Period, cl_b: int) -> Period:
        """The period of either end of a change from one level to another that dates neither end
        ("từ năm 2018 đến nay, tỷ lệ ... đã liên tục tăng, từ mức 4,55% lên 30%", "huyện Sông Lô
        giảm từ 10,85% xuống còn 1,31%"): the from-value is the level at the start of the
        sentence's interval ("từ năm 2018" → 2018-01-01..2018-12-31), else at an earlier time the
        text does not state (start and end None: spec §3, "and of 10,85% earlier"); the to-value
        holds as of the interval's end (start None). A value with its own date ("từ 10,76% năm 2019
        lên 30,1% vào tháng 12/2020") keeps it; ``period`` is returned unchanged otherwise."""
        if self._date_right_after(p, dates) is not None:
            return period
        before = self.lower[max(u.start, p.start - 20) : p.start]
        interval = next(
            (
                d
                for d in dates
                if d.end <= p.start
                and (_rx(r"(?:^|\s)từ\s*$").search(self._lead(d, 8)) or _rx(r"từ\s").match(d.text.lower()))
            ),
            None,
        )
        if _rx(r"(?<![\p{L}])từ\s+(?:mức\s+|(?:tỷ|tỉ)\s+lệ\s+)?$").search(before):
            m = _rx(r"[^;.]{0,80}?(?<![\p{L}])(?:lên|xuống|đến|tới)(?![\p{L}])").match(self.lower, p.end, cl_b)
            changed = _rx(
                r"(?<![\p{L}])(?:tăng|giảm|nâng|hạ|cải\s+thiện)(?![\p{L}])[^;.%]{0,40}?từ\s+(?:mức\s+)?$"
            ).search(self.lower[max(u.start, p.start - 60) : p.start])
            if (m is None or not self.doc.entities_in(m.end(), cl_b, "PERCENT")) and changed is None:
                return period  # "đạt từ 55% trở lên", "từ 55,25% đến 86,80%" (a range)
            if interval is not None:
                unit = _rx(r"(?:tháng\s+(\d{1,2})\s*[/-]\s*|năm\s+)((?:19|20)\d\d)").search(interval.text)
                if unit is not None:
                    y = int(unit.group(2))
                    if unit.group(1):
                        mo = int(unit.group(1))
                        last = (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)).day
                        start, end = f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{last:02d}"
                    else:
                        start, end = f"{y}-01-01", f"{y}-12-31"
                    return Period(text=unit.group(0), start=start, end=end, source="sentence")
            return Period(text=None, start=None, end=None, source="none")
        if (
            interval is not None
            and period.start is not None
            and _rx(r"(?<![\p{L}])(?:lên|xuống|còn|đến|tới)(?:\s+(?:còn|mức|đạt))?\s*$").search(before)
            and _rx(r"(?<![\p{L}])từ\s+(?:mức\s+)?[\d,.]+\s*%").search(self.lower, interval.end, p.start)
        ):
            doc_date = self.doc.doc_date
            end = period.end or (doc_date.isoformat() if doc_date else None)
            return period.model_copy(update={"text": interval.text, "start": None, "end": end})
        return period

    def _ratio_bases(self, u: ClaimUnit, dates: list[Ent]) -> set[int]:
        """ids of the dates that close a ratio's denominator ("bằng trên 90% số hồ sơ trực tuyến
        của cả năm 2021"): the base of the comparison, no value's period."""
        out: set[int] = set()
        for q in self.doc.entities_in(u.start, u.end, "PERCENT"):
            if not _rx(r"(?<![\p{L}])bằng\s*$").search(self.lower[max(u.start, q.start - 8) : q.start]):
                continue
            for d in dates:
                if d.start >= q.end and not _rx(r"[,;:()]|\.\s|\d\s*%").search(self.text[q.end : d.start]):
                    out.add(id(d))
        return out

    def _after_same_period_base(self, dates: list[Ent], u: ClaimUnit, prev: ClaimUnit | None) -> Period | None:
        """The period of a sentence that names none of its own but compares with "cùng kỳ năm
        Y" (the same stretch of an earlier year): the context's period when it falls in year
        Y + 1, else year Y + 1 (``models/period_cues.tsv``, kind same_period)."""
        same = _period_cues().get("same_period")
        if same is None:
            return None
        for d in dates:
            end = d.value.get("end")
            if not end or not self._is_comparison_base(d, u):
                continue
            if not same.search(self.lower[max(u.start, d.start - 16) : d.end]):
                continue
            year = int(str(end)[:4]) + 1
            ctx = self.ctx.period if prev is not None else None
            if ctx is not None and ctx.end is not None and ctx.end[:4] == str(year):
                return ctx.model_copy(update={"source": "context"})
            return Period(text=None, start=f"{year}-01-01", end=f"{year}-12-31", source="context")
        return None

    def _now_segment(self, u: ClaimUnit, p: Ent) -> bool:
        """True when the value's own segment (after a comma or ";") opens with "hiện nay", "đến
        nay", "hiện tại" and holds no cue and no date of its own: it states the present level
        after a goal ("Mục tiêu đến năm 2025 ... đạt 80%, hiện nay đạt 45,2%")."""
        a = self._value_segment_start(u, p)
        if a <= u.start:
            return False
        lead = _rx(
            r"[\s*_]*(?:nhưng\s+|còn\s+|song\s+)?(?:hiện\s+nay|đến\s+nay|hiện\s+tại|tới\s+nay|hiện(?=\s+(?:đạt|mới|đang|chỉ|vẫn|là)\s))(?![\p{L}])"
        ).match(self.lower, a, p.start)
        if lead is None or self.doc.entities_in(a, p.start, "DATE"):
            return False
        return self._cue_status_in(lead.end(), p.start, []) in (None, "achieved")

    def _asof(self) -> Period:
        d = self.doc.doc_date
        return Period(text=None, start=None, end=d.isoformat() if d else None, source="doc_date" if d else "none")

    # ---------------------------------------------------------------- status and direction

    def _denominators(self, percents: list[Ent], upto: int) -> list[tuple[int, int]]:
        """Spans of denominator words right after earlier values ("72,4% kế hoạch")."""
        out = []
        cues = _status_cues("denominator")
        for q in percents:
            if q.end > upto:
                break
            m0 = _rx(r"[\s*_]*(?:\(\s*)?(?:so\s+với\s+)?").match(self.lower[q.end : q.end + 20])
            a = q.end + (m0.end() if m0 else 0)
            for c in cues:
                m = c.pattern.match(self.lower, a, min(len(self.lower), a + 20))
                if m is not None:
                    # "63,47% (mục tiêu 70%)": a target with its own value is no denominator
                    own = _rx(r"[\s*_]*(?:là|đề\s+ra|đặt\s+ra)?[\s:*_]*(?:\p{L}+\s+){0,2}?\d").match(
                        self.lower[m.end() :]
                    )
                    if own is None or m.end() + own.end() > m.end() + 20:
                        out.append((m.start(), m.end()))
                    break
        return out

    def _cue_status_in(
        self, a: int, b: int, masked: list[tuple[int, int]], after: tuple[int, int] | None = None
    ) -> str | None:
        """The status the cue words of ``lower[a:b]`` give (None when there is none)."""
        low = self.lower
        # names are no cue words: "Cần Thơ", "Ủy ban ... Kế hoạch và Đầu tư"
        taken = list(masked) + [
            (e.start, e.end) for e in self.doc.entities_in(a, b) if e.label in ("LOCATION", "AGENCY", "PERSON")
        ]
        # a cue word used as a noun or for a request is no cue: "hồ sơ yêu cầu giải quyết"
        for c in _status_cues("not_cue"):
            taken.extend(m.span() for m in c.pattern.finditer(low, a, b))
        best: dict[str, int] = {}
        for c in _status_cues("before"):
            for m in c.pattern.finditer(low, a, b):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                st = c.directive if self.directive else c.status
                if st == "target" and _TARGET_NOUN.fullmatch(m.group(0)):
                    st = self._governed(m.start(), a, st)
                if st == "target" and not self.directive and self._names_indicator(m, b):
                    st = ""  # "chỉ tiêu số hóa thành phần hồ sơ đạt 100%" in a report
                if st == "target" and not self.directive and self._done_directing(m, a):
                    st = "achieved"  # "đã chỉ đạo các đơn vị đảm bảo chuyển phát kịp thời 100% ..."
                if (
                    st == "achieved"
                    and self.ctx.section_status == "target"
                    and any(lv.pattern.pattern == c.pattern.pattern for lv in _status_cues("level"))
                ):
                    st = ""  # "- Kinh tế số chiếm 45% GRDP tỉnh." under "II. MỤC TIÊU"
                if st:
                    best[st] = max(best.get(st, -1), m.end())
        if after is not None and not best:
            for c in _status_cues("after"):
                if c.pattern.search(low, after[0], after[1]):
                    best.setdefault(c.status, b)
        if not best:
            return None
        if "projected" in best and best["projected"] >= best.get("achieved", -1) - 40:
            return "projected"
        if "target" in best:
            if best["target"] > best.get("achieved", -1) or not self._achieved_marker(best["target"], b):
                return "target"
            return "achieved"
        return "achieved"

    def _done_directing(self, m: regex.Match[str], a: int) -> bool:
        """True when the target cue matched by ``m`` is "bảo đảm"/"đảm bảo" after a reported act
        of directing in its clause ("đã chỉ đạo các đơn vị chức năng đảm bảo ...":
        ``models/status_cues.tsv``, position done_directing)."""
        if m.group(0).lower() not in ("bảo đảm", "đảm bảo"):
            return False
        start = a
        for br in _rx(r"[;:]|\.\s").finditer(self.lower, a, m.start()):
            start = br.end()
        return any(c.pattern.search(self.lower, start, m.start()) for c in _status_cues("done_directing"))

    def _names_indicator(self, m: regex.Match[str], b: int) -> bool:
        """True when the target noun matched by ``m`` names an indicator whose level the plain
        verb "đạt" states before ``b`` (``models/status_cues.tsv``, position indicator)."""
        if not any(c.pattern.fullmatch(m.group(0)) for c in _status_cues("indicator")):
            return False
        between = self.lower[m.end() : b]
        verb = _rx(r"(?<![\p{L}])đạt(?![\p{L}])").search(between)
        if verb is None:
            return False
        return not _rx(r"(?<![\p{L}])(?:phải|cần|sẽ|phấn\s+đấu|để|nhằm|giao|đề\s+ra|đặt\s+ra)(?![\p{L}])").search(
            between[: verb.start()]
        )

    def _governed(self, start: int, a: int, status: str) -> str:
        """The status of a target noun at ``start`` given the verb right before it ("đã hoàn
        thành chỉ tiêu" → achieved; "ban hành kế hoạch" → no cue: "")."""
        lo = max(a, start - 20)
        names = self.doc.entities_in(max(0, lo - 60), start + 1)
        before = self.lower[lo:start]
        for c in _status_cues("governs"):
            hits = list(c.pattern.finditer(before))
            if hits and any(e.start < lo + hits[-1].end() and lo + hits[-1].start() < e.end for e in names):
                continue  # "Bộ Xây dựng": a name, not the verb "xây dựng"
            if hits and not before[hits[-1].end() :].strip():
                # "để có thể đạt được mục tiêu" is a purpose: the noun stays a target, and so in
                # a sentence that opens with its purpose ("Để tiếp tục tháo gỡ ..., đạt được mục
                # tiêu tăng trưởng kinh tế 8% ..., tỉnh Đắk Lắk cần ...")
                if _PURPOSE.search(self.lower[max(a, lo - 25) : lo + hits[-1].start()]):
                    return status
                if _PURPOSE_OPENING.match(self.lower, a, start):
                    return status
                return (c.directive if self.directive else c.status).strip()
        return status

    def _cue_status(self, p: Ent, u: ClaimUnit, percents: list[Ent]) -> str | None:
        """The status the cue words before ``p`` give: within the value's parenthesis when it
        sits in one with words of its own, else from the sentence start."""
        a = u.start
        open_i = self.text.rfind("(", u.start, p.start)
        if open_i >= 0 and self.text.find(")", open_i, p.start) < 0 and self.text[open_i + 1 : p.start].strip(" *_"):
            a = open_i + 1
        # the value's own lead words count ("chưa đạt 50%" is the PERCENT span)
        digit = _rx(r"\d").search(self.text, pos=p.start, endpos=p.end)
        b = digit.start() if digit else p.start
        masked = self._denominators(percents, p.start)
        # a parenthesis closed before the value speaks of its own value ("63,47% (mục tiêu 70%),
        # còn khối tỉnh, thành chỉ đạt 18,54%")
        depth, opened = 0, -1
        for i in range(a, b):
            ch = self.text[i]
            if ch == "(":
                if depth == 0:
                    opened = i
                depth += 1
            elif ch == ")" and depth > 0:
                depth -= 1
                if depth == 0:
                    masked.append((opened, i + 1))
        colon = self.text.rfind(":", a, p.start)
        if colon > a:
            # an item of a list the sentence opens with a colon ("... các yêu cầu: 100% ...; tối
            # thiểu 80% ..."): its own words, else the lead-in's — not a cue of another item
            item_a = colon + 1
            for m in _rx(r";").finditer(self.text[item_a : p.start]):
                item_a = colon + 1 + m.end()
            own = self._cue_status_in(item_a, b, masked)
            if own is not None:
                return own
            lead = self._cue_status_in(a, colon, masked)
            if lead is not None:
                return lead
        return self._cue_status_in(a, b, masked, (p.end, u.end))

    def _decide_status(self, cue: str | None, period: Period) -> str:
        """The status from the cue (or the mode's default), corrected by the period: nothing is
        achieved in a period that begins after ``doc_date``."""
        doc_date = self.doc.doc_date
        if cue is None:
            cue = "achieved"
            if self.directive:
                # a period that ended before the document, stated in the sentence or carried from
                # the sentences before ("I. KẾT QUẢ NĂM 2024 ... Tỷ lệ số hóa hồ sơ đạt 85%"), reports
                ended = (
                    (period.source == "sentence" or (period.source == "context" and period.start is not None))
                    and period.end
                    and doc_date
                    and period.end < doc_date.isoformat()
                )
                cue = "achieved" if ended else "target"
        if cue == "achieved" and doc_date:
            try:
                if period.start and dt.date.fromisoformat(period.start) > doc_date:
                    cue = "target"
                elif (
                    period.start is None
                    and period.end
                    and period.source == "sentence"
                    and dt.date.fromisoformat(period.end) > doc_date
                    # "tính đến tháng 9 năm 2020" in a text of 17/9/2020: as of the current month
                    and not (
                        period.end[:7] == doc_date.isoformat()[:7] and "ngày" not in (period.text or "ngày").lower()
                    )
                ):
                    cue = "target"  # a deadline after the document's date
            except ValueError:
                pass
        return cue

    def _achieved_marker(self, after: int, upto: int) -> bool:
        low = self.lower
        for c in _status_cues("before"):
            st = c.directive if self.directive else c.status
            if st == "achieved" and c.pattern.search(low, after, upto):
                return True
        return False

    def _comparative_change(self, p: Ent, u: ClaimUnit) -> str | None:
        """The direction of a comparative PERCENT span followed by the base of a comparison ("cao
        hơn 12% so với năm 2021" → increase; ``models/direction_cues.tsv``, position
        comparative), else None ("cao hơn 50%" is a bound)."""
        for pat, d in _direction_patterns().get("comparative", []):
            if pat.match(self.lower, p.start, p.end):
                if any(b.match(self.lower, p.end, u.end) for b in _comparison_bases()):
                    return d
                return None
        return None

    def _direction_for(self, p: Ent, seg_a: int, prev_p: Ent | None, prev_dir: str | None) -> str | None:
        pats = _direction_patterns()
        before = self.lower[max(seg_a, p.start - 30) : p.start]
        for pat, d in pats.get("before", []):
            if pat.search(before):
                return d
        if prev_p is not None and prev_dir is not None and prev_p.end <= seg_a:
            gap = self.lower[prev_p.end : p.start]
            if _rx(r"[^.;:]{0,120}?(?:,|\s+và)\s*").fullmatch(gap) and not _rx(
                r"(?<![\p{L}])(?:đạt|là|chiếm|bằng|có)(?![\p{L}])"
            ).search(gap):
                return prev_dir
        seg = self.lower[seg_a : p.start]
        for pat, d in pats.get("metric", []):
            if pat.search(seg):
                return d
        return None

    # ---------------------------------------------------------------- tables

    def _table_claims(self, t: Table) -> None:
        """The claims of one table: one per value cell of its data rows (module docstring)."""
        rows = t.rows
        if len(rows) < 2:
            return
        hr = t.header_rows if 0 < t.header_rows < len(rows) else 0
        body = rows[hr:]
        data_ids = {id(r) for r in body if len(r.cells) >= 2 and self._row_has_number(r)}
        if not data_ids:
            return
        heads = column_headers(t) if hr else {}
        if not heads:
            # no header row: the last row of two or more cells before the first data row names the columns
            for r in body:
                if id(r) in data_ids:
                    break
                if len(r.cells) >= 2:
                    heads = {i: [c] for i, c in enumerate(r.cells)}
        data = [r for r in body if id(r) in data_ids]
        width = data_width(body) or max(len(r.cells) for r in data)
        roles = self._column_roles(heads, data, width)
        status = self._table_status(t, heads, roles)
        base_period, from_note = self._table_period(t, heads)
        ctx = _TableCtx(t, heads, roles, width, status, base_period, from_note)
        ctx.topic_subject = self._table_topic(ctx)
        for r in body:
            if id(r) in data_ids:
                self._row_claims(ctx, r)
            else:
                self._enter_section_row(ctx, r)

    def _enter_section_row(self, ctx: _TableCtx, r: TableRow) -> None:
        """A row that is no data row: a section label ("**I** | **Giai đoạn 2025-2027**", "**Đến
        năm 2030**", "II. Địa phương") gives the period of the rows under it, until a section of
        the same or a higher level ("II", not "I.1") gives another or none."""
        filled = [c for c in r.cells if c.text.strip(" *_")]
        if not filled or len(filled) > 2 or (len(filled) == 2 and not _ROW_MARKER.match(filled[0].text)):
            return
        level = section_level(filled[0].text)
        ents = self.doc.entities_in(r.start, r.end)
        dates = [d for d in ents if d.label == "DATE" and not self._is_citation_date(d, ents)]
        label = filled[-1].text
        if dates and not ctx.from_note:
            ctx.section_period = self._period_of_date(dates[-1], "table")
            ctx.section_level = level
        elif ctx.section_period is not None and level <= ctx.section_level:
            ctx.section_period = None
        ctx.section_status = self._cue_status_in_text(label)

    def _cue_status_in_text(self, s: str) -> str | None:
        low = _aligned_lower(s)
        best = None
        for c in _status_cues("before"):
            if c.pattern.search(low):
                st = c.directive if self.directive else c.status
                if st == "target" or best is None:
                    best = st
        return best

    def _table_status(self, t: Table, heads: dict[int, list[TableCell]], roles: dict[int, str]) -> str | None:
        """The status the table's own words give its values (``models/table_status.tsv``): in
        the caption a target word wins over a result word ("DANH MỤC CÁC CHỈ TIÊU", "KẾT QUẢ
        CUNG CẤP ..."); a column of deadlines makes the rows tasks (targets); a value column's
        header can only say target ("Mục tiêu năm 2025", "Kế hoạch") — "Kết quả" heads the
        targets of a plan's annex as well, "Chỉ tiêu" names the indicator column of any table;
        else ``None`` (the document's mode)."""
        found = self._status_words(_cut_attachment(t.caption or ""))
        block = self.text[caption_block(self.text, t.start) : t.start]
        types, _ = _directive_types()
        # the document's own title ("KẾ HOẠCH", "Chuyển đổi số năm 2025") may run into the block
        if any(" ".join(ln.strip("*_#: ").lower().split()) in types for ln in block.split("\n")):
            block = ""
        found |= self._status_words(_cut_attachment(block))
        for status in ("target", "projected", "achieved"):
            if status in found:
                return status
        if "deadline" in roles.values():
            return "target"
        for col, cells in heads.items():
            if roles.get(col) in ("order", "subject", "responsible", "unit", "note", "indicator"):
                continue
            words = self._status_words(" ".join(c.text for c in cells))
            for status in ("target", "projected"):
                if status in words:
                    return status
        return None

    def _status_words(self, s: str) -> set[str]:
        low = _aligned_lower(" ".join(s.replace("*", " ").split()))
        return {status for status, pat in _table_status_cues() if pat.search(low)}

    def _row_has_number(self, r: TableRow) -> bool:
        """A data row: a cell after the first holds a percentage or is a bare number ("≥ 80")."""
        if self.doc.entities_in(r.cells[1].start if len(r.cells) > 1 else r.end, r.end, "PERCENT"):
            return True
        return any(_BARE_NUMBER.fullmatch(c.text) for c in r.cells[1:])

    def _column_roles(self, heads: dict[int, list[TableCell]], data: list[TableRow], width: int) -> dict[int, str]:
        """Column index → role (``models/table_headers.tsv``): from the header cells above the
        column (the sub-column's own header first), then from the cells: a column of "%" cells is
        the unit column, a column of provinces or agencies the subject column."""
        roles: dict[int, str] = {}
        for col, cells in heads.items():
            for c in reversed(cells):
                role = _header_role(c.text)
                if role is not None:
                    roles[col] = role
                    break
        by_col: dict[int, list[TableCell]] = {}
        for r in data:
            for i, c in enumerate(r.cells):
                by_col.setdefault(cell_column(r, i, width), []).append(c)
        for col, cells in sorted(by_col.items()):
            if any(_rx(r"[*_\s]*%(?:\s*\p{L}{1,8})?[*_\s]*").fullmatch(c.text) for c in cells):
                roles[col] = "unit"
                continue
            with_ent = sum(
                1 for c in cells if any(e.label in ("LOCATION", "AGENCY") for e in self.doc.entities_in(c.start, c.end))
            )
            if with_ent * 2 >= len(cells) and roles.get(col) not in ("responsible", "indicator", "deadline"):
                roles[col] = "subject"
                continue
            # a column of values is no indicator column, whatever its header ("Chỉ tiêu năm 2025")
            with_value = sum(1 for c in cells if self._value_cell(c))
            if roles.get(col) == "indicator" and with_value * 2 > len(cells):
                roles[col] = "value"
        return roles

    def _value_cell(self, c: TableCell) -> bool:
        """A cell that is a value: a percentage with at most a few words around it, or a number."""
        if _BARE_NUMBER.fullmatch(c.text):
            return True
        ps = self.doc.entities_in(c.start, max(c.end, c.start + 1), "PERCENT")
        if not ps:
            return False
        rest = self.text[c.start : ps[0].start] + self.text[ps[-1].end : c.end]
        return len(_rx(r"\p{L}+").findall(rest)) <= 3

    def _cell_values(self, ctx: _TableCtx, r: TableRow, ci: int, c: TableCell) -> list[_Value] | None:
        """Values stated by cell ``c`` (index ``ci``) of row ``r``: PERCENT entities whose number
        lies in the cell, or a bare number when the row's unit cell is "%". ``None`` when the cell
        is running text with percentages in it (read as a sentence)."""
        out: list[_Value] = []
        for p in self.doc.entities_in(c.start, max(c.end, c.start + 1), "PERCENT"):
            num = _rx(r"\d").search(self.text[p.start : p.end])
            pos = p.start + (num.start() if num else 0)
            if not c.start <= pos < max(c.end, c.start + 1):
                continue
            rest = (self.text[c.start : p.start] + self.text[p.end : c.end]).strip(" *_|")
            if len(_rx(r"\p{L}+").findall(rest)) > 3:
                return None  # running text
            v = p.value
            out.append(_Value(v.get("value"), v.get("low"), v.get("high"), v.get("qualifier", "exact"), p.start, p.end))
        if out:
            return out
        col = cell_column(r, ci, ctx.width)
        unit_cols = [i for i, c2 in enumerate(r.cells) if ctx.roles.get(cell_column(r, i, ctx.width)) == "unit"]
        if not unit_cols or ctx.roles.get(col) in ("unit", "order", "subject", "responsible", "indicator"):
            return []
        unit_text = r.cells[unit_cols[0]].text.strip(" *_")
        if not unit_text.startswith("%"):
            return []
        if ci <= unit_cols[0] and ctx.roles.get(col) != "value":
            return []
        m = _rx(r"[*_\s]*(?P<q>[^\d*_]{0,20}?)\s*(?P<n>" + NUMBER_PATTERN + r")\s*%?[*_\s]*").fullmatch(c.text)
        if m is None:
            return []
        n = parse_number(m.group("n"), decimal_point=self.doc.decimal_point)
        if n is None:
            return []
        q = " ".join(m.group("q").lower().split())
        qualifier = "exact"
        if q:
            found = [qual for cue, qual in _qualifier_cues() if cue == q]
            if not found:
                return []
            qualifier = found[0]
        a = c.start + m.start("q") if q else c.start + m.start("n")
        return [_Value(n, None, None, qualifier, a, c.start + m.end("n"))]

    def _row_subject(self, ctx: _TableCtx, r: TableRow) -> Subject | None:
        """The row's subject: the entity of its subject column ("Tp Đà Nẵng" → Đà Nẵng), else
        (no subject column) of its label cells, else a country phrase ("Cả nước"); a row of a
        table with a subject column whose cell names none (a total row "Tổng số") has none."""
        subject_cols = {col for col, role in ctx.roles.items() if role == "subject"}
        for ci, c in enumerate(r.cells):
            col = cell_column(r, ci, ctx.width)
            if ctx.roles.get(col) in ("responsible", "indicator", "unit", "order", "deadline", "note"):
                continue
            if subject_cols and col not in subject_cols:
                continue
            for e in self.doc.entities_in(c.start, c.end):
                if e.label in ("LOCATION", "AGENCY"):
                    subj = self._entity_subject(e)
                    if subj is not None and subj.kind == "country" and e.label == "AGENCY":
                        subj = Subject(text=e.text, name=str(e.value["name"]), kind="agency", start=e.start, end=e.end)
                    if subj is not None:
                        return subj
            low = _aligned_lower(c.text)
            for pat, _ in _subject_cues().get("country", []):
                if pat.search(low):
                    return _country(c.text, c.start, c.end)
        if subject_cols:
            return None
        return ctx.topic_subject

    def _table_topic(self, ctx: _TableCtx) -> Subject:
        """The subject of rows that name none: the document's topic, or — for a table of tasks or
        targets in a ministry's document whose topic is only the country by default — the ministry
        that assigns them (a ministry's letter listing its units' tasks)."""
        issuer = self.doc.metadata.issuer
        if self.topic.kind == "country" and self.topic.start is None and issuer and ctx.status == "target":
            subj = _subject_of_name(issuer)
            if subj.kind == "ministry":
                return subj
        return self.topic

    def _row_claims(self, ctx: _TableCtx, r: TableRow) -> None:
        doc = self.doc
        subj = self._row_subject(ctx, r)
        if subj is None:
            # a row whose subject cell names no one: a total row ("Tổng số", "Tổng cộng") is the
            # group of the rows above; other rows are left out (no subject is better than a wrong one)
            label = self._total_label(ctx, r)
            if label is None:
                self.table_rows.append((r.start, r.end))
                return
            subj = Subject(
                text=label.text,
                name=" ".join(label.text.strip(" *_").split()),
                kind="group",
                start=label.start,
                end=label.end,
            )
        t = ctx.table
        ind = [i for i in range(len(r.cells)) if ctx.roles.get(cell_column(r, i, ctx.width)) == "indicator"]
        ind_cell = r.cells[ind[0]] if ind else None
        deadline = self._row_deadline(ctx, r)
        made = False
        for ci, c in enumerate(r.cells):
            col = cell_column(r, ci, ctx.width)
            if ctx.roles.get(col) in ("order", "subject", "responsible", "unit", "deadline", "note"):
                continue
            values = self._cell_values(ctx, r, ci, c)
            if values is None:
                if ctx.status is not None or deadline is not None:
                    made = self._running_cell_claims(ctx, r, c, subj, deadline) or made
                continue
            cell_subj = subj
            if subj is ctx.topic_subject:
                cell_subj = self._column_subject(ctx, col) or subj  # "Chỉ tiêu | Hà Nội | Đà Nẵng"
            for v in values:
                metric = self._cell_metric(ctx, ind_cell, col)
                period = deadline or ctx.section_period or ctx.base_period
                if deadline is None and not ctx.from_note and ctx.section_period is None:
                    hd = [d for h in ctx.heads.get(col, []) for d in doc.entities_in(h.start, h.end, "DATE")]
                    if hd:
                        period = self._period_of_date(hd[-1], "table")  # "Năm 2025" over a column
                status = self._decide_status(self._row_status(ctx, deadline, period), period)
                self._add_table_claim(
                    cell_subj, metric, v.value, v.low, v.high, v.qualifier, None, period, status, (r.start, r.end), t
                )
                made = True
        if made:
            self.table_rows.append((r.start, r.end))

    def _column_subject(self, ctx: _TableCtx, col: int) -> Subject | None:
        """The province or body a column's header names, in a table whose rows are indicators and
        whose columns are places or bodies ("Chỉ tiêu | Hà Nội | Đà Nẵng")."""
        for h in reversed(ctx.heads.get(col, [])):
            for e in self.doc.entities_in(h.start, h.end):
                if e.label in ("LOCATION", "AGENCY"):
                    subj = self._entity_subject(e)
                    if subj is not None:
                        return subj
        return None

    def _total_label(self, ctx: _TableCtx, r: TableRow) -> TableCell | None:
        """The cell of a total row that says so ("**Tổng số**", "Tổng cộng", "Cộng"), among its
        first cells (``models/table_layout.tsv``, kind ``total``)."""
        for c in r.cells[:3]:
            bare = " ".join(c.text.replace("*", " ").replace("_", " ").lower().split())
            if bare and any(p.fullmatch(bare) for p in _total_patterns()):
                return c
        return None

    def _row_status(self, ctx: _TableCtx, deadline: Period | None, period: Period | None = None) -> str:
        """The status of a row's values: a deadline or a target section → target; the table's
        words; else the document's mode — but a value of a period that ended before the
        document's date is a result even in a directive ("Năm 2023" beside "Năm 2025")."""
        if deadline is not None or ctx.section_status == "target":
            return "target"
        if ctx.status is not None:
            return ctx.status
        if self.directive and period is not None and period.source != "doc_date" and period.end and self.doc.doc_date:
            if period.end < self.doc.doc_date.isoformat():
                return "achieved"
        return "target" if self.directive else "achieved"

    def _row_deadline(self, ctx: _TableCtx, r: TableRow) -> Period | None:
        """The date in the row's deadline cell ("Tháng 12/2025", "01/01/2026", "Năm 2025-2030")."""
        for ci, c in enumerate(r.cells):
            if ctx.roles.get(cell_column(r, ci, ctx.width)) != "deadline":
                continue
            ds = self.doc.entities_in(c.start, c.end, "DATE")
            if ds:
                return self._period_of_date(ds[-1], "table")
        return None

    def _cell_metric(self, ctx: _TableCtx, ind_cell: TableCell | None, col: int) -> Metric:
        """The metric of a value cell: from the row's indicator cell, the headers above the
        column (sub-column first), or the caption — the first that names a known metric gives
        the key; the text is the first of them."""
        sources: list[tuple[str, int | None]] = []
        if ind_cell is not None and ind_cell.text.strip():
            sources.append((ind_cell.text, ind_cell.start))
        for h in reversed(ctx.heads.get(col, [])):
            sources.append((h.text, h.start))
        if ctx.table.caption:
            sources.append((_cut_attachment(ctx.table.caption), None))
        key = "other"
        for s_text, _ in sources:
            low = _aligned_lower(s_text)
            hm = metric_mentions(low, 0, len(low))
            if hm:
                key = hm[0].key
                break
        if not sources:
            return Metric(text=None, key=key)
        mtext = " ".join(sources[0][0].replace("*", " ").split()) or None
        a0 = sources[0][1]
        if a0 is None or mtext is None:
            return Metric(text=mtext, key=key)
        raw = sources[0][0].strip(" *_\n")
        start = a0 + sources[0][0].index(raw) if raw else a0
        return Metric(text=self.text[start : start + len(raw)], key=key, start=start, end=start + len(raw))

    def _running_cell_claims(
        self, ctx: _TableCtx, r: TableRow, c: TableCell, subj: Subject, deadline: Period | None
    ) -> bool:
        """Claims of a cell of running text in a table whose words say what its values are (an
        indicator table of targets: "Kinh tế số chiếm 45% GRDP tỉnh" under "Chỉ tiêu"): each value
        read as in a sentence (metric, qualifier, direction), with the table's subject, status
        and period, the cell's own date or target word first."""
        u = ClaimUnit(c.start, c.end)
        ents = self.doc.entities_in(c.start, c.end)
        percents = [e for e in ents if e.label == "PERCENT"]
        dates = [e for e in ents if e.label == "DATE" and not self._is_citation_date(e, ents)]
        mentions = metric_mentions(self.lower, c.start, c.end)
        prev_p: Ent | None = None
        prev_dir: str | None = None
        made = False
        for p in percents:
            if self._not_a_claim(p, u, ents):
                prev_p, prev_dir = p, None
                continue
            cl_a, cl_b = self._clause_bounds(u, p.start)
            metric = self._metric_for(p, u, mentions, cl_a, cl_b)
            seg_a = max(cl_a, prev_p.end) if prev_p is not None and prev_p.end > cl_a else cl_a
            direction = self._direction_for(p, seg_a, prev_p, prev_dir)
            in_clause = [d for d in dates if cl_a <= d.start and d.end <= cl_b]
            own = [d for d in in_clause if d.end <= p.start] or in_clause
            period = (
                self._period_of_date(own[-1], "table") if own else (deadline or ctx.section_period or ctx.base_period)
            )
            cue = self._cue_status_in_text(self.text[cl_a : p.start])
            status = self._row_status(ctx, deadline, period)
            if cue in ("target", "projected") and status == "achieved":
                status = cue
            status = self._decide_status(status, period)
            v = p.value
            self._add_table_claim(
                subj,
                metric,
                v.get("value"),
                v.get("low"),
                v.get("high"),
                v.get("qualifier", "exact"),
                direction,
                period,
                status,
                (c.start, c.end),
                ctx.table,
            )
            prev_p, prev_dir = p, direction
            made = True
        return made

    def _add_table_claim(
        self,
        subj: Subject,
        metric: Metric,
        value: float | None,
        low: float | None,
        high: float | None,
        qualifier: str,
        direction: str | None,
        period: Period,
        status: str,
        evidence: tuple[int, int],
        t: Table,
    ) -> None:
        per = period
        if status == "target" and per.start is not None and per.end is not None and not _spans_years(per):
            per = per.model_copy(update={"start": None})  # a target holds by the end of its period
        if status == "target" and per.source == "doc_date" and self.title_period is not None:
            per = self.title_period
        a, b = evidence
        self.claims.append(
            Claim(
                subject=subj,
                metric=metric,
                value=ClaimValue(
                    value=value,
                    low=low,
                    high=high,
                    unit="%",
                    qualifier=qualifier,  # type: ignore[arg-type]
                    direction=direction,  # type: ignore[arg-type]
                ),
                period=per,
                status=status,  # type: ignore[arg-type]
                evidence=Evidence(text=self.text[a:b], start=a, end=b),
                confidence=0.9 if metric.key != "other" else 0.6,
                rule="claim.table",
                page=self.doc.page_of(a) if t.page is None else t.page,
            )
        )

    def _table_period(self, t: Table, heads: dict[int, list[TableCell]]) -> tuple[Period, bool]:
        """The period of a table's values and whether it came from the note after it: a date of
        the note ("Số liệu này được tổng hợp vào ngày 20/8/2020" → as of that day), of a header
        cell spanning the table, of its caption or the text just before it; else as of the
        document date."""
        doc = self.doc
        note_end = doc.text.find("\n\n", t.end)
        window_end = min(len(doc.text), t.end + 800) if note_end < 0 else min(note_end, t.end + 800)
        if t.note or _NOTE_AFTER.match(doc.text, t.end, window_end):
            for e in doc.entities_in(t.end, window_end, "DATE"):
                return self._period_of_date(e, "table").model_copy(update={"start": None}), True
        # one date in the header rows is the table's ("Tỉnh (số liệu đến 30/6/2024) | Tỷ lệ");
        # several are the columns' own ("Năm 2023 | Năm 2025")
        cells = {id(c): c for cs in heads.values() for c in cs}.values()
        hd = {(d.start, d.end): d for c in cells for d in doc.entities_in(c.start, c.end, "DATE")}
        if len(hd) == 1:
            return self._period_of_date(next(iter(hd.values())), "table"), False
        cap_start = max(0, t.start - 400)
        if t.caption:
            first = t.caption.split("\n")[0]
            k = doc.text.rfind(first, max(0, t.start - 1500), t.start)
            if k >= 0:
                cap_start = k
        ents = doc.entities_in(cap_start, t.start)
        ds = [d for d in ents if d.label == "DATE" and not self._is_citation_date(d, ents)]
        if ds:
            return self._period_of_date(ds[-1], "table"), False
        return self._asof(), False


@dataclass
class _TableCtx:
    """What the rows of one table share while it is read."""

    table: Table
    heads: dict[int, list[TableCell]]
    roles: dict[int, str]
    width: int
    status: str | None
    base_period: Period
    from_note: bool
    section_period: Period | None = None
    section_level: int = 0
    section_status: str | None = None
    topic_subject: Subject | None = None


_NOTE_AFTER = regex.compile(r"[\s*_]*(?:ghi\s+chú|chú\s+thích|nguồn|số\s+liệu|lưu\s+ý)", regex.IGNORECASE)
_ATTACHMENT = regex.compile(
    r"\(?\s*(?:ban\s+hành\s+)?kèm\s+theo[^\n)]*\)?|(?<![\p{L}])(?:\p{L}+\s+){1,2}số\s+\d[\w/.\-Đđ]*",
    regex.IGNORECASE,
)


def _cut_attachment(caption: str) -> str:
    """A caption without the reference to the document it is attached to ("(Kèm theo Kế hoạch số
    144/KH-UBND ngày 24/11/2025 ...)") or any other document ("theo Kế hoạch số 50/KH-UBND"),
    whose words say nothing of the table."""
    return _ATTACHMENT.sub(" ", caption)


def _spans_years(p: Period) -> bool:
    """A period stated as a span of years ("Giai đoạn 2025-2027", "Năm 2025-2030"): a target
    over it keeps its start."""
    return bool(p.start and p.end and p.start[:4] < p.end[:4])


@functools.cache
def _total_patterns() -> tuple[regex.Pattern[str], ...]:
    rows = load_tsv("table_layout.tsv", ("kind", "pattern"))
    return tuple(regex.compile(r["pattern"]) for r in rows if r["kind"] == "total")


@functools.cache
def _table_status_cues() -> tuple[tuple[str, regex.Pattern[str]], ...]:
    rows = load_tsv("table_status.tsv", ("cue", "status"))
    return tuple((r["status"], regex.compile(_phrase_pattern(r["cue"]))) for r in rows)


def _header_role(header: str) -> str | None:
    """The role a header cell gives its column (``models/table_headers.tsv``); a subject header
    is a short one ("Bộ, cơ quan", "Tỉnh/Thành phố trực thuộc Trung ương")."""
    h = " ".join(_aligned_lower(header).replace("*", " ").replace("_", " ").split())
    if not h:
        return None
    for role, pat in _header_roles():
        if pat.search(h) and (role != "subject" or len(h.split()) <= 8):
            return role
    return None


def _deadline(period: Period) -> Period:
    """A target's period: it holds "by" the end of its period (a deadline, no start), except over
    a stage of several years ("Giai đoạn 2025-2027", "năm 2025 và 2026"), which it spans."""
    if period.start is not None and period.end is not None and period.start[:4] == period.end[:4]:
        return period.model_copy(update={"start": None})
    return period


def _dedupe(subjects: list[Subject]) -> list[Subject]:
    seen = set()
    out = []
    for s in subjects:
        if s.name in seen:
            continue
        seen.add(s.name)
        out.append(s)
    return out


def extract_claims(doc: Doc) -> list[Claim]:
    """The claims of ``doc`` (entities, sentences, tables and doc_date must be set).

    Returns:
        Claims in the order they were found (table claims first), each with its evidence
        span (``text[start:end] == evidence.text``), a confidence in [0, 1] and the rule that
        produced it ("claim.sentence" or "claim.table"). Never raises on odd text.
    """
    return ClaimExtractor(doc).run()
