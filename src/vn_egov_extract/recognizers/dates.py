"""DATE: calendar dates and periods, resolved to an interval with a grain.

Forms (matched on the lower-cased tone-folded view; the lead word "ngày"/"tháng"/"năm" belongs
to the span):

* full dates: "21/7/2021", "10/09/2020", "ngày 07/3/2019", "ngày 10 tháng 9 năm 2020",
  "11/10/2020" in "18:49 11/10/2020"; ISO dates "2025-11-07" and months "2020-08" (a web
  store's date line " date 2020-08"), not after "năm"/"giai đoạn" nor inside a symbol;
* partial dates (year from ``doc_date``): "ngày 19/4", "30/11" after a cue word ("trước 30/11"),
  "tháng 9", "ngày 15 tháng 4"; a bare "D/M" coordinated after a day ("ngày 01/6 và 15/11");
* months and years: "tháng 8/2020", "tháng 11-2022", "tháng 7.2020" (the press), "tháng 10 năm
  2020", "năm 2020"; a bare
  year coordinated after a year ("năm 2025 và 2026", "các năm 2021, 2022 và 2023") or after a
  horizon word ("đến 2030", "tầm nhìn 2035"; ``models/date_words.tsv`` kind ``year_cue``);
* periods: "4 tháng đầu năm 2021", "6 tháng cuối năm", "9 tháng năm 2025", "quý I/2024",
  "quý 3 năm 2022", "Quí IV-2025", "giai đoạn 2021 - 2025", "Năm 2025-2030" and a bare
  "2026-2030" (a span of years: a deadline column's "Năm 2025-2030" is the whole span), "từ năm
  2019 đến năm 2020", "05 năm tiếp theo" (the next N years after ``doc_date``'s), "trung tuần tháng 2",
  "đầu tháng 6/2021", "cuối năm 2020", "nửa đầu năm 2024", "những tháng đầu năm 2026";
  a bare "N tháng" in a report ("Tăng trưởng kinh tế 9 tháng của Tỉnh", "lũy kế 10 tháng") is
  the first N months of the ``doc_date`` year, but not a duration ("sau 04 tháng vận hành",
  "trong 3 tháng"): the cue words are in ``models/date_words.tsv``;
* spans of days: "Từ ngày 08 đến ngày 09 tháng 11 năm 2025" gives "ngày 08" the month and year
  of the second day;
* ranges as one period: "từ A đến B" is one DATE from the start of A to the end of B when the
  lead word of A scopes over B (B has no lead word of its own: "từ ngày 15/12/2022 đến
  14/3/2023") or when A is a part of a year or month without its own year ("từ đầu năm đến đầu
  tháng 11-2022"); where B repeats its lead word ("từ ngày 1/1 đến hết ngày 30/4") the text
  states two dates and they stay two DATEs;
* recurring days: "ngày 25 hằng tháng", "ngày 01/6 và 15/11 hằng năm" (a DATE whose start and
  end are ``null``: no one day);
* round 3 (2017–2023 texts): "ngày 6.7" and "ngày 6-7" (day and month in the press), "từ năm
  2018 đến nay" (to ``doc_date``), "từ ngày 21/7đến 20/8/2021" (a glued connective), "ngày 08
  tháng năm 2022" (a month lost by OCR: grain year unless ``doc_date`` has that day and year),
  "(1921 - 1998)" (a life's years), bare years after a comparison, a yearly index or a
  preposition of time ("so với 2020", "DTI 2021", "từ 2016 đến 2020", "trước 2025"), "cuối 2020";
  no visitor counter's label ("Tháng này: 0") and no fraction of counted things ("5/9 huyện");
* relative: "năm nay", "năm ngoái", "năm trước", "tháng trước", "quý này"
  (``models/date_words.tsv``); not after "hàng"/"mỗi"/"những" ("hàng tháng qua tài khoản" is
  "monthly via an account").

Values are ``{"start", "end", "grain", "relative"}`` with ISO dates (both inclusive); the
parts of months and years follow ``models/date_words.tsv``. Impossible dates ("31/2/2021")
are rejected, and so are numbers that only look like dates ("37,43%", "1/2 số tỉnh", "mức 3,
4"): a bare "D/M" needs a cue word before it.

Resolution happens in two steps: :class:`DateRecognizer` yields entities whose
``data`` is a :class:`DateSpec`; :func:`resolve_dates` fills the values once ``doc_date`` is
known (the pipeline infers ``doc_date`` from the explicit dates first).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from ..document import Doc, Ent, select_longest
from ..resources import load_tsv
from .base import Recognizer, make_ent

__all__ = ["DateRecognizer", "DateSpec", "resolve_dates", "find_dates", "month_end"]

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_REVIEW_MONTH = 11  # from November, "năm qua" is the year under review


def month_end(y: int, m: int) -> int:
    """Last day of month ``m`` of year ``y``."""
    return calendar.monthrange(y, m)[1]


def _valid(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if y is not None and not 1900 <= y <= 2100:
        return False
    if d is not None:
        if not 1 <= d <= 31:
            return False
        if m is not None:
            last = month_end(y if y is not None else 2000, m)  # 2000 is a leap year: 29/2 allowed
            if d > last:
                return False
    return True


@dataclass(frozen=True, slots=True)
class DateSpec:
    """A parsed, not yet resolved date expression.

    Attributes:
        grain: "day", "month", "quarter", "year" or "period".
        y, m, d: explicit parts (``None`` where the text omits them).
        y2: the last year of a multi-year period ("giai đoạn 2021 - 2025").
        first, last: for a part of a month (days) or of a year (months), or the months of
            "N tháng đầu năm" / a quarter.
        part_of: "month" or "year" when ``first``/``last`` are set.
        rel_unit, rel_offset: for relative expressions ("năm ngoái": year, -1).
        recurring: "month" or "year" for a day that comes back every month or year ("ngày 25
            hằng tháng", "ngày 01/6 hằng năm"): it names no one calendar date, so it resolves to
            ``null`` start and end.
        rel_count: for "N năm tới/tiếp theo": the number of units after the reference one.
        review: "năm qua" (the past year): in the last two months of a year, when year-end
            reviews are written ("Tổng kết công tác năm"), the year that is ending; before, the
            year before (``models/date_words.tsv`` kind ``review``).
        start_spec: for a range "từ A đến B", the spec of A (the value runs from A's start to
            this spec's end).
        until_ref: "từ A đến nay": the period runs from A's start (``start_spec``) to the
            reference date (``doc_date``; ``null`` end without one).
        lost_month: "ngày 08 tháng năm 2022", a day whose month OCR lost: that day of the
            reference date's month when the reference date has this day and year, else only the
            year is certain (grain "year").
    """

    grain: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    first: int | None = None
    last: int | None = None
    part_of: str | None = None
    rel_unit: str | None = None
    rel_offset: int = 0
    recurring: str | None = None
    rel_count: int = 0
    start_spec: DateSpec | None = None
    review: bool = False
    until_ref: bool = False
    lost_month: bool = False

    @property
    def explicit_year(self) -> bool:
        """True when the expression states its year (it does not depend on ``doc_date``)."""
        return self.y is not None and self.rel_unit is None

    def resolve(self, ref: dt.date | None) -> dict[str, object]:
        """The value ``{"start", "end", "grain", "relative"}`` against reference date ``ref``."""
        if self.until_ref and self.start_spec is not None:
            start = self.start_spec._resolve(ref).get("start")
            end = ref.isoformat() if ref is not None else None
            if start is not None and end is not None and str(start) > end:
                end = None
            return {"start": start, "end": end, "grain": "period", "relative": True}
        if self.lost_month and self.y is not None and self.d is not None:
            if ref is not None and ref.year == self.y and ref.day == self.d:
                return _iv(ref, ref, "day", True)
            return _iv(dt.date(self.y, 1, 1), dt.date(self.y, 12, 31), "year", False)
        if self.start_spec is not None:
            end = self._resolve(ref)
            # the first end takes its year from the second when it has none ("từ đầu năm đến
            # đầu tháng 11-2022")
            first = self.start_spec
            if first.y is None and first.rel_unit is None and self.y is not None:
                first = _with_year(first, self.y)
            start = first._resolve(ref)
            if start.get("start") is None or end.get("end") is None:
                return {"start": start.get("start"), "end": end.get("end"), "grain": "period", "relative": True}
            if str(start["start"]) > str(end["end"]):
                return end
            return {
                "start": start["start"],
                "end": end["end"],
                "grain": "period",
                "relative": bool(start.get("relative") or end.get("relative")),
            }
        return self._resolve(ref)

    def _resolve(self, ref: dt.date | None) -> dict[str, object]:
        relative = not self.explicit_year
        if self.recurring is not None:
            return {"start": None, "end": None, "grain": self.grain, "relative": False}
        y = self.y
        m = self.m
        if self.rel_unit is not None:
            if ref is None:
                return {"start": None, "end": None, "grain": self.grain, "relative": True}
            if self.rel_unit == "year":
                y = ref.year + (0 if self.review and ref.month >= _REVIEW_MONTH else self.rel_offset)
                if self.rel_count > 1:
                    return _iv(dt.date(y, 1, 1), dt.date(y + self.rel_count - 1, 12, 31), "period", True)
                return _iv(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", True)
            if self.rel_unit == "month":
                k = ref.year * 12 + (ref.month - 1) + self.rel_offset
                y, m = divmod(k, 12)
                m += 1
                return _iv(dt.date(y, m, 1), dt.date(y, m, month_end(y, m)), "month", True)
            q = (ref.month - 1) // 3 + self.rel_offset
            y = ref.year + q // 4
            q = q % 4
            return _iv(dt.date(y, 3 * q + 1, 1), dt.date(y, 3 * q + 3, month_end(y, 3 * q + 3)), "quarter", True)
        if y is None:
            if ref is None:
                return {"start": None, "end": None, "grain": self.grain, "relative": True}
            y = ref.year
        try:
            if self.grain == "day" and m is not None and self.d is not None:
                day = dt.date(y, m, self.d)
                return _iv(day, day, "day", relative)
            if self.part_of == "month" and m is not None and self.first is not None and self.last is not None:
                last = min(self.last, month_end(y, m))
                return _iv(dt.date(y, m, self.first), dt.date(y, m, last), "period", relative)
            if self.grain == "month" and m is not None:
                return _iv(dt.date(y, m, 1), dt.date(y, m, month_end(y, m)), "month", relative)
            if self.part_of == "year" and self.first is not None and self.last is not None:
                grain = "quarter" if self.grain == "quarter" else "period"
                return _iv(dt.date(y, self.first, 1), dt.date(y, self.last, month_end(y, self.last)), grain, relative)
            if self.y2 is not None:
                return _iv(dt.date(y, 1, 1), dt.date(self.y2, 12, 31), "period", relative)
            return _iv(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", relative)
        except ValueError:
            return {"start": None, "end": None, "grain": self.grain, "relative": relative}


def _with_year(spec: DateSpec, y: int) -> DateSpec:
    return DateSpec(
        spec.grain, y, spec.m, spec.d, spec.y2, spec.first, spec.last, spec.part_of, None, 0, spec.recurring
    )


def _iv(a: dt.date, b: dt.date, grain: str, relative: bool) -> dict[str, object]:
    return {"start": a.isoformat(), "end": b.isoformat(), "grain": grain, "relative": relative}


# ------------------------------------------------------------------ vocabulary


@functools.cache
def _words() -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int, int]], list[str]]:
    relative: dict[str, tuple[str, int]] = {}
    parts: dict[str, tuple[str, int, int]] = {}
    cues: list[str] = []
    for r in load_tsv("date_words.tsv", ("phrase", "kind", "unit", "offset", "first", "last")):
        if r["kind"] == "relative":
            relative[r["phrase"]] = (r["unit"], int(r["offset"]))
        elif r["kind"] == "part":
            parts[r["phrase"]] = (r["unit"], int(r["first"]), int(r["last"]))
        elif r["kind"] == "cue":
            cues.append(r["phrase"])
    return relative, parts, cues


@functools.cache
def _word_lists() -> dict[str, tuple[str, ...]]:
    """Other word lists of ``models/date_words.tsv`` by kind (relative_blocker, recurring,
    ytd_left, ytd_right, duration_left, plural)."""
    out: dict[str, list[str]] = {}
    for r in load_tsv("date_words.tsv", ("phrase", "kind")):
        if r["kind"] not in ("relative", "part", "cue"):
            out.setdefault(r["kind"], []).append(r["phrase"])
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _ends_with_word(text: str, words: Sequence[str]) -> bool:
    """True when ``text`` (lower case) ends with one of ``words`` as whole words (spaces after
    the word allowed)."""
    t = " ".join(text.split())
    for w in words:
        if t.endswith(w) and (len(t) == len(w) or not t[-len(w) - 1].isalnum()):
            return True
    return False


def _starts_with_word(text: str, words: Sequence[str]) -> bool:
    t = " ".join(text.split())
    for w in words:
        if t.startswith(w) and (len(t) == len(w) or not t[len(w)].isalnum()):
            return True
    return False


def _alt(words: Sequence[str]) -> str:
    """``words`` as an alternation, lower case (matched on the lower-cased view), longest first."""
    low = {w.lower() for w in words}
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(low, key=lambda w: (-len(w), w)))


_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)\d{2}"
_B = r"(?<![\p{L}\p{N}])"
_E = r"(?![\p{L}\p{N}])"
# a connective glued to a date by typing or OCR ("từ ngày 21/7đến 20/8/2021"): the date ends there
_GLUED = r"(?=(?:đến|tới)(?![\p{L}]))"


@functools.cache
def _patterns() -> list[tuple[str, regex.Pattern[str]]]:
    relative, parts, cues = _words()
    month_parts = [p for p, (u, _, _) in parts.items() if u == "month"]
    year_parts = [p for p, (u, _, _) in parts.items() if u == "year"]
    mp = _alt(month_parts)
    yp = _alt([p[: -len(" năm")] if p.endswith(" năm") else p for p in year_parts])
    cue = _alt(cues)
    lists = _word_lists()
    recurring = _alt(lists.get("recurring", ("hằng tháng",)))
    plural = _alt(lists.get("plural", ("những",)))
    year_cue = _alt(lists.get("year_cue", ("tầm nhìn",)))
    next_years = _alt(lists.get("next_years", ("tiếp theo",)))
    pats = [
        ("date.text_full", rf"{_B}(?:ngày\s+)?(?P<d>{_D})\s+tháng\s+(?P<m>{_M})\s*(?:,\s*)?năm\s+(?P<y>{_Y}){_E}"),
        (
            "date.numeric_full",
            rf"{_B}(?:ngày\s+)?(?P<d>{_D})(?P<sep>[/.-])(?P<m>{_M})(?P=sep)(?P<y>{_Y})(?:{_GLUED}|(?![\p{{L}}\p{{N}}/]))",
        ),
        # a day whose month OCR lost: "ngày 08 tháng năm 2022" (the day and year are certain)
        ("date.lost_month", rf"{_B}ngày\s+(?P<d>{_D})\s+tháng\s+năm\s+(?P<y>{_Y}){_E}"),
        # a person's years of birth and death: "(1921 - 1998)"
        ("date.lifespan", rf"(?<=\()(?P<y>{_Y})\s*[-–—]\s*(?P<y2>{_Y})(?=\))"),
        (
            "date.text_day_month",
            rf"{_B}ngày\s+(?P<d>{_D})\s+tháng\s+(?P<m>{_M}){_E}(?!\s*(?:,\s*)?năm\s+\d)(?![/.-]\d)",
        ),
        # "ngày 19/4", "ngày 6.7" and "ngày 6-7" (day.month, day-month in the press), "ngày
        # 21/7đến" (a glued connective); not "ngày 6-7 tháng 12" nor "ngày 6-7/12" (two days)
        (
            "date.day_month",
            rf"{_B}ngày\s+(?P<d>{_D})(?:\s*/\s*|\.|-)(?P<m>{_M})"
            rf"(?:{_GLUED}|(?![\p{{L}}\p{{N}}/]|[.,/-]\d|\s*(?:tháng|năm)(?![\p{{L}}])))",
        ),
        # "từ 2018 đến nay": a bare year to the document's date
        ("date.since_year", rf"{_B}từ\s+(?P<y>{_Y})\s+(?:đến|tới)\s+(?:nay|hiện\s+nay)(?![\p{{L}}])"),
        # the first day of a span of days takes the month and year of the second:
        # "Từ ngày 08 đến ngày 09 tháng 11 năm 2025", "từ ngày 8 - 10/12/2025"
        (
            "date.day_span_first",
            rf"{_B}ngày\s+(?P<d>{_D})(?=\s*(?:đến|tới|-|–|và)\s*(?:hết\s+)?(?:ngày\s+)?{_D}"
            rf"(?:\s+tháng\s+(?P<m>{_M})(?:\s*(?:,\s*)?năm\s+(?P<y>{_Y}))?|/(?P<m2>{_M})(?:/(?P<y2>{_Y}))?)(?![\p{{N}}]))",
        ),
        # a day that comes back every month: "ngày 25 hằng tháng"
        ("date.recurring_day", rf"{_B}ngày\s+(?P<d>{_D})\s+(?:{recurring}){_E}"),
        (
            "date.cue_day_month",
            rf"(?<={_B}(?:{cue})\s+)(?P<d>{_D})/(?P<m>{_M})(?:{_GLUED}|(?![\p{{L}}\p{{N}}/]))",
        ),
        # a bare "D/M" coordinated after a day: "ngày 01/6 và 15/11"
        (
            "date.coordinated_day_month",
            rf"(?<={_B}ngày\s+{_D}/{_M}(?:\s*,\s*{_D}/{_M})*(?:\s*,\s*|\s+(?:và|hoặc)\s+))(?P<d>{_D})/(?P<m>{_M})"
            r"(?![\p{L}\p{N}/])",
        ),
        (
            "date.month",
            rf"{_B}(?:(?P<part>{mp})\s+)?tháng\s+(?P<m>{_M})(?:\s*[/-]\s*(?P<y>{_Y})|\.(?P<y3>{_Y})|\s*(?:,\s*)?năm\s+(?P<y2>{_Y}))?"
            r"(?![\p{L}\p{N}]|[ \t]*/[ \t]*\d|[.,]\d)",
        ),
        (
            "date.n_months",
            rf"{_B}(?P<n>0?[1-9]|1[0-2])\s+tháng\s+(?:(?P<which>đầu|cuối)\s+)?năm(?:\s+(?P<y>{_Y}))?(?!\s+(?:nay|ngoái|trước|tới|sau))",
        ),
        # a bare "N tháng": the first N months of the year when the context says so (see
        # ``_ytd_context``): "Tăng trưởng kinh tế 9 tháng của Tỉnh", "lũy kế 10 tháng"
        ("date.n_months_bare", rf"{_B}(?P<n>0?[1-9]|1[01])\s+tháng(?![\p{{L}}\p{{N}}])(?!\s+(?:đầu|cuối|năm|\d))"),
        # "những tháng đầu năm 2026": the part of the year, with its plural lead word
        ("date.plural_year_part", rf"{_B}(?:{plural})\s+tháng\s+(?P<part>{yp})\s+năm(?:\s+(?P<y>{_Y}))?{_E}"),
        (
            "date.quarter",
            rf"{_B}qu[ýí]\s+(?P<q>iv|i{{1,3}}|[1-4])(?:\s*[/-]\s*(?P<y>{_Y})|\.(?P<y3>{_Y})|\s+năm\s+(?P<y2>{_Y}))?{_E}",
        ),
        (
            "date.year_range",
            rf"{_B}(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ|năm)\s+(?P<y>{_Y})\s*[-–—]\s*(?P<y2>{_Y}){_E}(?![/-]\d)",
        ),
        # a bare span of years: "Kế hoạch đầu tư công trung hạn 2026-2030"
        ("date.bare_year_range", rf"{_B}(?<![/.,-]\s?)(?P<y>{_Y})\s*[-–—]\s*(?P<y2>{_Y}){_E}(?![/-]\d)"),
        # ISO dates and months (a web store's date line " date 2025-11-07")
        (
            "date.iso",
            rf"{_B}(?<![/.-])(?<!(?:năm|học|giai\s+đoạn|niên\s+khóa|niên\s+khoá|khóa|khoá)\s+)(?P<y>{_Y})-(?P<m>0[1-9]|1[0-2])"
            rf"(?:-(?P<d>0[1-9]|[12]\d|3[01]))?(?![\p{{L}}\p{{N}}]|[/-]\d)",
        ),
        # a bare year coordinated after a year: "năm 2025 và 2026", "các năm 2021, 2022 và 2023"
        (
            "date.year_coordinated",
            rf"(?<={_B}năm\s+{_Y}(?:\s*,\s*{_Y})*(?:\s*,\s*|\s+(?:và|hoặc|hay)\s+))(?P<y>{_Y}){_E}(?![/.,]\d|\s*%)",
        ),
        # a bare year after a horizon word: "đến 2030, tầm nhìn 2035"
        ("date.year_cue", rf"(?<={_B}(?:{year_cue})\s+)(?P<y>{_Y}){_E}(?![/.,]\d|\s*[-–]\s*\d|\s*%)"),
        # the next N years: "trong 05 năm tiếp theo", "5 năm tới"
        ("date.next_years", rf"{_B}(?P<n>0?[2-9]|10)\s+năm\s+(?:{next_years}){_E}"),
        ("date.year_span", rf"{_B}từ\s+năm\s+(?P<y>{_Y})\s+(?:đến|tới)\s+(?:hết\s+)?năm\s+(?P<y2>{_Y}){_E}"),
        ("date.year", rf"{_B}(?:(?P<part>{yp})\s+)?năm\s+(?P<y>{_Y}){_E}"),
        # a part of a year before a bare year: "cuối 2020", "nửa đầu 2021" (as "cuối năm 2020")
        ("date.year_part_bare", rf"{_B}(?P<part>{yp})\s+(?P<y>{_Y}){_E}(?![/.,]\d|\s*[-–]\s*\d|\s*%)"),
        ("date.year_part", rf"{_B}(?P<part>{yp})\s+năm(?!\s+\d)(?!\s+(?:nay|ngoái|trước|tới|sau|qua)){_E}"),
        ("date.relative", rf"{_B}(?P<rel>{_alt(list(relative))}){_E}"),
        # a bare year right after a document symbol: "Công văn 3485/BTTTT-THH 2020"
        ("date.year_after_number", rf"(?<=\d{{1,5}}/[\p{{Lu}}Đ][\p{{L}}\p{{N}}&-]*\s)(?P<y>{_Y}){_E}"),
    ]
    # matched on the lower-cased view without IGNORECASE (faster, same spans); a pattern that
    # tells capitals apart ("\p{Lu}" of a document symbol) is matched on the view, ignoring case
    return [
        (name, regex.compile(p, regex.IGNORECASE) if r"\p{{Lu}}" in p or r"\p{Lu}" in p else regex.compile(p))
        for name, p in pats
    ]


def _spec(rule: str, m: regex.Match[str]) -> DateSpec | None:
    g = m.groupdict()
    relative, parts, _ = _words()

    def num(k: str) -> int | None:
        v = g.get(k)
        return int(v) if v else None

    if rule in ("date.text_full", "date.numeric_full"):
        y, mo, d = num("y"), num("m"), num("d")
        return DateSpec("day", y, mo, d) if _valid(y, mo, d) else None
    if rule == "date.lost_month":
        y, d = num("y"), num("d")
        # grain "year": only the year is certain (no full date for the document's date)
        return DateSpec("year", y, None, d, lost_month=True) if _valid(y, None, d) else None
    if rule == "date.since_year":
        return DateSpec("period", until_ref=True, start_spec=DateSpec("year", num("y")))
    if rule == "date.lifespan":
        y, y2 = num("y"), num("y2")
        return DateSpec("period", y, y2=y2) if y is not None and y2 is not None and 0 < y2 - y <= 120 else None
    if rule == "date.iso":
        y, mo, d = num("y"), num("m"), num("d")
        if d is None:
            return DateSpec("month", y, mo) if _valid(y, mo, None) else None
        return DateSpec("day", y, mo, d) if _valid(y, mo, d) else None
    if rule == "date.next_years":
        return DateSpec("period", rel_unit="year", rel_offset=1, rel_count=int(g["n"]))
    if rule in ("date.text_day_month", "date.day_month", "date.cue_day_month", "date.coordinated_day_month"):
        mo, d = num("m"), num("d")
        return DateSpec("day", None, mo, d) if _valid(None, mo, d) else None
    if rule == "date.day_span_first":
        y, mo, d = num("y") or num("y2"), num("m") or num("m2"), num("d")
        return DateSpec("day", y, mo, d) if _valid(y, mo, d) else None
    if rule == "date.recurring_day":
        d = num("d")
        return DateSpec("day", d=d, recurring="month") if _valid(None, None, d) else None
    if rule == "date.n_months_bare":
        return DateSpec("period", None, first=1, last=int(g["n"]), part_of="year")
    if rule == "date.plural_year_part":
        key = " ".join(g["part"].lower().split()) + " năm"
        if key not in parts:
            return None
        _, first, last = parts[key]
        return DateSpec("period", num("y"), first=first, last=last, part_of="year")
    if rule == "date.month":
        mo = num("m")
        y = num("y") or num("y2") or num("y3")
        part = g.get("part")
        if part:
            key = " ".join(part.lower().split())
            _, first, last = parts[key]
            return DateSpec("period", y, mo, first=first, last=last, part_of="month")
        return DateSpec("month", y, mo)
    if rule == "date.n_months":
        n = int(g["n"])
        y = num("y")
        if g.get("which") and g["which"].lower() == "cuối":
            return DateSpec("period", y, first=13 - n, last=12, part_of="year")
        return DateSpec("period", y, first=1, last=n, part_of="year")
    if rule == "date.quarter":
        q = g["q"].lower()
        qn = _ROMAN.get(q) or int(q)
        y = num("y") or num("y2") or num("y3")
        return DateSpec("quarter", y, first=3 * qn - 2, last=3 * qn, part_of="year")
    if rule in ("date.year_range", "date.year_span", "date.bare_year_range"):
        y, y2 = num("y"), num("y2")
        if y is None or y2 is None or y2 <= y or (rule == "date.bare_year_range" and y2 - y > 30):
            return None
        return DateSpec("period", y, y2=y2)
    if rule in (
        "date.year",
        "date.year_part",
        "date.year_after_number",
        "date.year_coordinated",
        "date.year_cue",
        "date.year_part_bare",
    ):
        y = num("y")
        part = g.get("part")
        if part:
            key = " ".join(part.lower().split()) + " năm"
            if key in parts:
                _, first, last = parts[key]
                return DateSpec("period", y, first=first, last=last, part_of="year")
        if y is None:
            return None
        return DateSpec("year", y)
    if rule == "date.relative":
        key = " ".join(g["rel"].lower().split())
        unit, off = relative[key]
        grain = {"year": "year", "month": "month", "quarter": "quarter"}[unit]
        review = key in _word_lists().get("review", ())
        return DateSpec(grain, rel_unit=unit, rel_offset=off, review=review)
    return None


def _recurring_yearly(lower: str, end: int, lists: dict[str, tuple[str, ...]]) -> bool:
    """A day without a year at ``end`` heads a chain of days closed by "hằng năm" ("ngày 01/6 và
    15/11 hằng năm"): it comes back every year."""
    pat = _recurring_year_re(lists.get("recurring_year", ()))
    return pat is not None and pat.match(lower[end : end + 80]) is not None


@functools.cache
def _recurring_year_re(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """A chain of days closed by one of ``words`` ("và 15/11 hằng năm"), compiled once."""
    if not words:
        return None
    return regex.compile(rf"(?:\s*(?:,|và|hoặc)\s*(?:ngày\s+)?{_D}/{_M})*\s+(?:{_alt(words)}){_E}")


class DateRecognizer(Recognizer):
    """Dates and periods; values are filled by :func:`resolve_dates` (see module docstring)."""

    label = "DATE"
    name = "date/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        view = doc.view.view
        lower = doc.view.lower
        lists = _word_lists()
        found: list[tuple[int, int, str, DateSpec]] = []
        for rule, pat in _patterns():
            for m in pat.finditer(view if pat.flags & regex.IGNORECASE else lower):
                if rule == "date.relative" and _ends_with_word(
                    lower[max(0, m.start() - 12) : m.start()], lists.get("relative_blocker", ())
                ):
                    continue  # "hàng tháng qua tài khoản", "những năm qua"
                if rule == "date.n_months_bare" and not _ytd_context(lower, m.start(), m.end(), lists):
                    continue
                if rule == "date.year_cue" and _count_range_before(lower, m.start()):
                    continue  # "từ 1.500 đến 2030 hồ sơ": a count, not a year
                if rule == "date.relative" and _COUNTER_AFTER.match(view, m.end()):
                    continue  # "Tháng này: 0": a visitor counter's label
                if rule in ("date.cue_day_month", "date.coordinated_day_month") and _counted_after().match(
                    lower, m.end()
                ):
                    continue  # "có đến 5/9 huyện": a fraction of counted things
                spec = _spec(rule, m)
                if spec is None:
                    continue
                if spec.grain == "day" and spec.y is None and spec.recurring is None:
                    if _recurring_yearly(lower, m.end(), lists):
                        spec = DateSpec("day", m=spec.m, d=spec.d, recurring="year")
                found.append((m.start(), m.end(), rule, spec))
        found.extend(_ranges(lower, found, lists))
        for a, b, rule, spec in found:
            value = spec.resolve(doc.doc_date)
            score = 1.0 if spec.explicit_year else 0.9
            yield make_ent(doc, self.label, a, b, value, rule, score=score, data=spec)


_RANGE_FROM = regex.compile(r"(?<![\p{L}])từ\s+$")
_RANGE_TO = regex.compile(r"^\s*(?:đến|tới)\s+(?:hết\s+)?")
_UNTIL_NOW = regex.compile(
    r"\s*(?:cho\s+)?(?:đến|tới)\s+(?:nay|hiện\s+nay|bây\s+giờ|thời\s+điểm\s+(?:này|hiện\s+tại))(?![\p{L}])"
)
# a widget's label with its count: "Hôm nay: 1 / Tuần này: 1 / Tháng này: 0" (a visitor counter)
_COUNTER_AFTER = regex.compile(r"[ \t]*:[ \t]*\n?[ \t]*[\d.,]+[ \t]*(?:\n|$)")
_LEAD = regex.compile(r"(?:ngày|tháng|năm|quý|quí|giai\s+đoạn|hết|cuối|đầu|giữa)(?![\p{L}])")


def _ranges(
    lower: str, found: list[tuple[int, int, str, DateSpec]], lists: dict[str, tuple[str, ...]]
) -> list[tuple[int, int, str, DateSpec]]:
    """ "từ A đến B" as one period (see the module docstring): A and B are the longest DATE
    candidates at those places."""
    by_start: dict[int, tuple[int, int, str, DateSpec]] = {}
    for f in found:
        cur = by_start.get(f[0])
        if cur is None or f[1] > cur[1]:
            by_start[f[0]] = f
    out = []
    for a in by_start.values():
        fm = _RANGE_FROM.search(lower, max(0, a[0] - 12), a[0])
        if fm is None:
            continue
        now = _UNTIL_NOW.match(lower, a[1])
        if now is not None:
            # "từ năm 2018 đến nay", "từ đầu năm đến nay": from A to the document's date
            if not a[3].recurring and a[3].rel_unit is None and a[3].start_spec is None:
                out.append((fm.start(), now.end(), "date.since", DateSpec("period", until_ref=True, start_spec=a[3])))
            continue
        to = _RANGE_TO.match(lower[a[1] : a[1] + 16])
        if to is None:
            continue
        b = by_start.get(a[1] + to.end())
        if b is None or a[3].recurring or b[3].recurring:
            continue
        first, second = a[3], b[3]
        bare_second = _LEAD.match(lower, b[0]) is None
        part_first = first.part_of is not None and first.y is None and first.rel_unit is None and first.grain != "day"
        if not (bare_second or part_first):
            # two dates: the first takes its year from the second ("từ tháng 3 đến tháng 6/2024")
            if first.y is None and first.rel_unit is None and second.y is not None and second.rel_unit is None:
                y = second.y
                if (first.m or 0) > (second.m or 13) or (first.m == second.m and (first.d or 0) > (second.d or 32)):
                    y -= 1
                i = found.index(a)
                found[i] = (a[0], a[1], a[2], _with_year(first, y))
            continue
        if second.rel_unit is not None or second.start_spec is not None:
            continue
        spec = DateSpec(
            second.grain,
            second.y,
            second.m,
            second.d,
            second.y2,
            second.first,
            second.last,
            second.part_of,
            start_spec=first,
        )
        out.append((fm.start(), b[1], "date.range", spec))
    return out


@functools.cache
def _counted_after() -> regex.Pattern[str]:
    """A counted noun (``models/quantity_units.tsv``) right after a "D/M": the numbers are a
    fraction ("5/9 huyện", "63/63 tỉnh"), no date."""
    words = {" ".join(r["unit"].lower().split()) for r in load_tsv("quantity_units.tsv", ("unit",))}
    return regex.compile(r"\s+(?:" + _alt(sorted(words)) + r")(?![\p{L}\p{N}])")


def _count_range_before(lower: str, start: int) -> bool:
    """ "từ <number> đến" right before ``start``: the number after it is a count."""
    return _COUNT_RANGE_BEFORE.search(lower[max(0, start - 30) : start]) is not None


# "từ 1.500 đến": a count before; "từ 2016 đến" (a bare year) is a range of years
_COUNT_RANGE_BEFORE = regex.compile(r"từ\s+(?!(?:19|20)\d{2}\s)[\d.,]+\s+(?:đến|tới)\s+$")


def _ytd_context(lower: str, start: int, end: int, lists: dict[str, tuple[str, ...]]) -> bool:
    """Whether a bare "N tháng" at ``[start, end)`` is the first N months of the year (a
    reporting period) rather than a duration: a ``ytd_left`` word right before it or a
    ``ytd_right`` word right after it, and no ``duration_left`` word right before it."""
    before = lower[max(0, start - 16) : start]
    if _ends_with_word(before, lists.get("duration_left", ())):
        return False
    after = lower[end : end + 16]
    return _ends_with_word(before, lists.get("ytd_left", ())) or _starts_with_word(after, lists.get("ytd_right", ()))


def resolve_dates(entities: Sequence[Ent], ref: dt.date | None) -> None:
    """Fill the values of DATE entities against the document date ``ref`` (in place)."""
    for e in entities:
        if e.label == "DATE" and isinstance(e.data, DateSpec):
            e.value = e.data.resolve(ref)


def find_dates(text: str, *, doc_date: dt.date | None = None) -> list[tuple[str, dict[str, object]]]:
    """``(text, value)`` of the DATE entities of a bare string, overlaps resolved (longest).

    >>> find_dates("Ngày 21/7/2021, Bộ TT&TT ban hành")
    [('Ngày 21/7/2021', {'start': '2021-07-21', 'end': '2021-07-21', 'grain': 'day', 'relative': False})]
    >>> [v["start"] + ".." + v["end"] for _, v in find_dates("4 tháng đầu năm 2021")]
    ['2021-01-01..2021-04-30']
    >>> find_dates("năm ngoái", doc_date=dt.date(2022, 4, 30))[0][1]["start"]
    '2021-01-01'
    """
    doc = Doc(text)
    doc.doc_date = doc_date
    ents = select_longest(list(DateRecognizer().find(doc)))
    return [(e.text, e.value) for e in ents]
