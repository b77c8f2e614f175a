"""Claims stage: sentences and tables into "subject reached value of metric in period".

**Sentences.** Every PERCENT outside boilerplate that states a value gives one claim per
subject. For each value:

* *metric*: the metric mentions of the sentence (``models/metrics.tsv``; overlapping mentions
  resolved by row order) — the noun phrase right after the value ("100% dịch vụ công ... mức 4",
  "50% lệ phí") wins, else the nearest mention before it, else (for "tỷ lệ này", "chỉ tiêu")
  the last mention of the previous sentence; none → key ``other`` with the phrase kept;
* *subject*: the nearest LOCATION/AGENCY before the value (not one introduced as a source or a
  partner: "theo thống kê của", "phối hợp với"), with the whole coordinated list it ends
  ("Quảng Ninh, TP.HCM, ... và Bắc Ninh" → one claim each), or a country phrase ("cả nước",
  "các bộ, ngành, địa phương" → Việt Nam), an unnamed set ("05 bộ, 22 tỉnh" → ``group``), an
  anaphor ("tỉnh này" → the last province); none → the previous sentence's subject, else the
  document's home province (local documents) or Việt Nam. The Government and the Prime
  Minister setting a target stand for the country; a people's committee for its province;
* *period*: a date right after the value belongs to it ("từ 10,86% trong năm 2019"); else the
  nearest date of the clause; else the sentence's; else the previous sentence's last date; else
  "as of" ``doc_date``. "đến/tính đến X" and deadlines ("trước ngày X") give an open start,
  "từ X" an open end, "từ X đến Y" the interval;
* *status*: ``models/status_cues.tsv`` in the clause before the value (projected > target >
  achieved; an achieved cue between a target cue and the value wins), and periods that begin
  after ``doc_date`` are never "achieved";
* *direction*: "tăng"/"giảm" right before the value (a change, not a level).

**Tables.** Pipe/tab tables and reader tables with percentage cells: the header row names the
metric of each column, the column holding provinces or agencies names the subject, the
caption or note gives the period ("Số liệu này được tổng hợp vào ngày 20/8/2020" → as of
2020-08-20) and the status (target when the caption or header says chỉ tiêu/mục tiêu). One
claim per value cell; evidence is the row.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import regex

from .document import Doc, Ent, SentenceSpan
from .models import Claim, ClaimValue, Evidence, Metric, Period, Subject, Table
from .resources import load_tsv

__all__ = ["extract_claims", "MetricMention"]


# ------------------------------------------------------------------ lexicons


@dataclass(frozen=True, slots=True)
class MetricMention:
    """A metric phrase in the text: ``[start, end)`` and its key."""

    start: int
    end: int
    key: str
    rank: int


@functools.cache
def _metric_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    return [(r["key"], regex.compile(r["pattern"])) for r in load_tsv("metrics.tsv", ("key", "pattern"))]


def metric_mentions(lower: str, start: int, end: int) -> list[MetricMention]:
    """Non-overlapping metric mentions in ``lower[start:end]`` (earlier lexicon rows win)."""
    found: list[MetricMention] = []
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


@functools.cache
def _status_cues() -> list[tuple[regex.Pattern[str], str]]:
    lex = {
        r["cue"]: r["status"]
        for r in load_tsv("status_cues.tsv", ("cue", "status"))
        if r.get("position", "before") != "after"
    }
    out = []
    for cue, st in sorted(lex.items(), key=lambda kv: len(kv[0]), reverse=True):
        out.append((regex.compile(r"(?<![\p{L}])" + regex.escape(cue).replace(r"\ ", r"\s+") + r"(?![\p{L}])"), st))
    return out


@functools.cache
def _status_after_cues() -> list[tuple[regex.Pattern[str], str]]:
    out = []
    for r in load_tsv("status_cues.tsv", ("cue", "status")):
        if r.get("position") == "after":
            out.append(
                (
                    regex.compile(r"(?<![\p{L}])" + regex.escape(r["cue"]).replace(r"\ ", r"\s+") + r"(?![\p{L}])"),
                    r["status"],
                )
            )
    return out


@functools.cache
def _subject_cues() -> dict[str, list[tuple[regex.Pattern[str], str]]]:
    out: dict[str, list[tuple[regex.Pattern[str], str]]] = {}
    rows = sorted(
        load_tsv("subject_cues.tsv", ("phrase", "kind", "unit")), key=lambda r: len(r["phrase"]), reverse=True
    )
    for r in rows:
        pat = regex.compile(r"(?<![\p{L}])" + regex.escape(r["phrase"]).replace(r"\ ", r"\s+") + r"(?![\p{L}])")
        out.setdefault(r["kind"], []).append((pat, r["unit"]))
    return out


_GROUP = regex.compile(
    r"(?<![\p{L}\p{N}])\d{1,3}\s+(?:bộ|tỉnh|cơ\s+quan|địa\s+phương|đơn\s+vị|bộ,\s+ngành|tỉnh,\s+thành\s+phố|sở,\s+ngành)"
    r"(?:\s*(?:,|và)\s*\d{1,3}\s+(?:bộ|tỉnh|cơ\s+quan|địa\s+phương|đơn\s+vị|tỉnh,\s+thành\s+phố))*(?![\p{L}])"
)
_LIST_GAP = regex.compile(
    r"^\s*(?:,|;|và|cùng|cùng\s+với|,\s*và|,\s*cùng)\s*$"
    r"|^\s*(?:,\s*)?(?:cùng|và)\s+(?:\d{1,3}\s+)?(?:cơ\s+quan|bộ|ngành|tỉnh|thành\s+phố|địa\s+phương|đơn\s+vị)"
    r"(?:\s*,\s*(?:ngành|thành\s+phố|địa\s+phương))*\s+(?:gồm|là|như)\s*:?\s*$",
    regex.IGNORECASE,
)
_SCOPE = regex.compile(
    r"(?:cho|của|đối\s+với|tại)\s+(?:các\s+|cả\s+)?(?P<scope>(?:đơn\s+vị|cơ\s+quan|sở|bộ\s+phận|chính\s+quyền)[^;:.\n]{0,60}?)"
    r"(?=\s+(?:đạt|phải|cần|tối\s+thiểu|ít\s+nhất|là|có|từ)\b)",
    regex.IGNORECASE,
)
_DIRECTION = regex.compile(
    r"(?<![\p{L}])(?P<verb>tăng\s+trưởng|tăng\s+thêm|tăng|giảm\s+thêm|cắt\s+giảm|giảm|rút\s+ngắn)(?:\s+(?:được|thêm|khoảng|gần|hơn|trên|ít\s+nhất|tối\s+thiểu))?\s*$",
    regex.IGNORECASE,
)
_NOW = regex.compile(
    r"(?<![\p{L}])(?:đến\s+nay|cho\s+đến\s+nay|hiện\s+nay|hiện|hiện\s+tại|tới\s+nay)(?![\p{L}])", regex.IGNORECASE
)
_OPEN_START = regex.compile(
    r"(?:tính\s+đến|tính\s+tới|đến\s+hết|đến|tới|trước|trước\s+ngày|chậm\s+nhất|hạn|vào)\s*(?:ngày\s*)?$",
    regex.IGNORECASE,
)
_OPEN_END = regex.compile(r"(?:kể\s+từ|từ|bắt\s+đầu\s+từ|sau)\s*$", regex.IGNORECASE)
_ASOF = regex.compile(r"(?:tổng\s+hợp|cập\s+nhật|thống\s+kê)\s+(?:vào|đến|tính\s+đến)?\s*$", regex.IGNORECASE)
_CLAUSE_SEP = regex.compile(r"[;:]|\s[-–]\s|\.\s")
_QUESTION = regex.compile(r"\?\s*$")


# ------------------------------------------------------------------ helpers


def _clause_bounds(text: str, s_start: int, s_end: int, pos: int) -> tuple[int, int]:
    """The clause of the sentence ``[s_start, s_end)`` that holds ``pos`` (cut at ; : " - ")."""
    a = s_start
    for m in _CLAUSE_SEP.finditer(text, s_start, pos):
        a = m.end()
    b = s_end
    m2 = _CLAUSE_SEP.search(text, pos, s_end)
    if m2:
        b = m2.start()
    return a, b


def _entity_subject(e: Ent) -> Subject | None:
    v = e.value
    if e.label == "LOCATION":
        return Subject(text=e.text, name=str(v["name"]), kind=str(v["kind"]), start=e.start, end=e.end)
    if e.label == "AGENCY":
        kind = str(v.get("kind") or "agency")
        if kind == "government":
            return Subject(text=e.text, name="Việt Nam", kind="country", start=e.start, end=e.end)
        if kind == "people_committee" and v.get("location") and not str(v.get("location")).startswith("@"):
            return Subject(text=e.text, name=str(v["location"]), kind="province", start=e.start, end=e.end)
        if kind == "ministry":
            return Subject(text=e.text, name=str(v["name"]), kind="ministry", start=e.start, end=e.end)
        return Subject(text=e.text, name=str(v["name"]), kind="agency", start=e.start, end=e.end)
    return None


def _country(text: str | None = None, start: int | None = None, end: int | None = None) -> Subject:
    return Subject(text=text, name="Việt Nam", kind="country", start=start, end=end)


@dataclass
class _Ctx:
    """What earlier sentences leave for later ones."""

    subjects: list[Subject] | None = None
    last_province: Subject | None = None
    last_agency: Subject | None = None
    metric: MetricMention | None = None
    metric_text: str | None = None
    period: Period | None = None


# ------------------------------------------------------------------ the extractor


class ClaimExtractor:
    """Builds the claims of one document (see module docstring)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.lower = doc.view.lower
        self.ctx = _Ctx()
        self.claims: list[Claim] = []
        self.table_rows: list[tuple[int, int]] = []
        self.default_subject = self._default_subject()

    # ---------------------------------------------------------------- document defaults

    def _default_subject(self) -> Subject:
        from .resolve import home_province

        md = self.doc.metadata
        issuer = (md.issuer or "").lower()
        if "ủy ban nhân dân" in issuer or "ubnd" in issuer or issuer.startswith("sở ") or "trung tâm phục vụ" in issuer:
            hp = home_province(self.doc)
            if hp:
                return Subject(name=hp, kind="province")
        return _country()

    # ---------------------------------------------------------------- sentences

    def run(self) -> list[Claim]:
        for t in self.doc.tables:
            self._table_claims(t)
        prev: SentenceSpan | None = None
        for s in self.doc.sentences:
            if self.doc.in_boilerplate(s.start, s.end) and self._fully_boilerplate(s):
                prev = None
                self.ctx.period = None
                self.ctx.subjects = None
                continue
            if any(a < s.end and s.start < b for a, b in self.table_rows):
                prev = s
                continue
            self._sentence_claims(s, prev)
            prev = s
        return self.claims

    def _fully_boilerplate(self, s: SentenceSpan) -> bool:
        # a sentence counts as boilerplate when more than half of it is
        covered = 0
        for r in self.doc.boilerplate:
            a, b = max(r.start, s.start), min(r.end, s.end)
            if b > a:
                covered += b - a
        return covered * 2 >= (s.end - s.start)

    def _sentence_claims(self, s: SentenceSpan, prev: SentenceSpan | None) -> None:
        doc = self.doc
        ents = doc.entities_in(s.start, s.end)
        percents = [e for e in ents if e.label == "PERCENT"]
        mentions = metric_mentions(self.lower, s.start, s.end)
        subjects_here = self._sentence_subjects(s, ents)
        if not percents:
            self._update_context(s, ents, mentions, subjects_here)
            return
        if _QUESTION.search(self.text[s.start : s.end]):
            self._update_context(s, ents, mentions, subjects_here)
            return
        dates = [e for e in ents if e.label == "DATE" and not self._is_citation_date(e, ents)]
        owned: dict[int, Ent] = {}
        for p in percents:
            d = self._date_right_after(p, dates)
            if d is not None:
                owned[id(d)] = p
        for p in percents:
            if self._not_a_claim(p, s):
                continue
            cl_a, cl_b = _clause_bounds(self.text, s.start, s.end, p.start)
            metric, metric_text = self._metric_for(p, s, mentions, cl_a, cl_b)
            subjects, scope = self._subjects_for(p, s, ents, cl_a)
            cue_status = self._cue_status(p, s)
            period = self._period_for(p, s, dates, owned, cl_a, cl_b, prev, cue_status)
            status = self._status_for(cue_status, period)
            if status == "target" and period.start is not None and period.end is not None:
                # a target holds "by" the end of its period (a deadline): no start
                period = period.model_copy(update={"start": None})
            direction = self._direction_for(p)
            v = p.value
            value = ClaimValue(
                value=v.get("value"),
                low=v.get("low"),
                high=v.get("high"),
                unit="%",
                qualifier=v.get("qualifier", "exact"),
                direction=direction,
            )
            conf = 0.45 + (0.2 if metric.key != "other" else 0) + (0.15 if subjects[0].start is not None else 0)
            conf += 0.15 if period.source == "sentence" else 0
            ev_a, ev_b = s.start, s.end
            for subj in subjects:
                if scope and subj.scope is None:
                    subj = subj.model_copy(update={"scope": scope})
                self.claims.append(
                    Claim(
                        subject=subj,
                        metric=metric,
                        value=value,
                        period=period,
                        status=status,
                        evidence=Evidence(text=self.text[ev_a:ev_b], start=ev_a, end=ev_b),
                        confidence=round(min(conf, 0.95), 2),
                        rule="claim.sentence",
                        page=doc.page_of(p.start),
                    )
                )
        self._update_context(s, ents, mentions, subjects_here)

    def _update_context(
        self, s: SentenceSpan, ents: list[Ent], mentions: list[MetricMention], subjects: list[Subject]
    ) -> None:
        self.ctx.subjects = subjects or None
        for e in ents:
            subj = _entity_subject(e)
            if subj is None:
                continue
            if subj.kind == "province":
                self.ctx.last_province = subj
            elif subj.kind in ("ministry", "agency"):
                self.ctx.last_agency = subj
        if mentions:
            m = mentions[-1]
            self.ctx.metric = m
            self.ctx.metric_text = self.text[m.start : m.end]
        dates = [e for e in ents if e.label == "DATE" and not self._is_citation_date(e, ents)]
        if dates:
            self.ctx.period = self._period_of_date(dates[-1], "context")
        else:
            self.ctx.period = None

    # ---------------------------------------------------------------- negative rules

    def _not_a_claim(self, p: Ent, s: SentenceSpan) -> bool:
        before = self.lower[max(s.start, p.start - 40) : p.start]
        # a formula: "Tỷ lệ = b/a * 100%"
        if regex.search(r"[=*×x]\s*$", before):
            return True
        # inside the quoted title of a cited document
        q_open = self.text.rfind("“", s.start, p.start)
        q_close = self.text.rfind("”", s.start, p.start)
        if q_open > q_close and self.text.find("”", p.end, s.end) >= 0:
            return True
        return False

    # ---------------------------------------------------------------- metric

    def _metric_for(
        self, p: Ent, s: SentenceSpan, mentions: list[MetricMention], cl_a: int, cl_b: int
    ) -> tuple[Metric, str | None]:
        after = [m for m in mentions if 0 <= m.start - p.end <= 12]
        chosen: MetricMention | None = after[0] if after else None
        if chosen is None:
            before = [m for m in mentions if m.end <= p.start]
            if before:
                chosen = before[-1]
        if chosen is None:
            inclause = [m for m in mentions if cl_a <= m.start < cl_b]
            if inclause:
                chosen = inclause[0]
        if chosen is None and self.ctx.metric is not None and self._needs_inherited_metric(p, s):
            m = self.ctx.metric
            return Metric(text=self.ctx.metric_text, key=m.key, start=m.start, end=m.end), None
        if chosen is None:
            phrase = self._other_metric_phrase(p, s, cl_a, cl_b)
            return Metric(
                text=phrase[0] if phrase else None,
                key="other",
                start=phrase[1] if phrase else None,
                end=phrase[2] if phrase else None,
            ), None
        return Metric(
            text=self.text[chosen.start : chosen.end], key=chosen.key, start=chosen.start, end=chosen.end
        ), None

    def _needs_inherited_metric(self, p: Ent, s: SentenceSpan) -> bool:
        seg = self.lower[s.start : p.start]
        return bool(
            regex.search(
                r"(?<![\p{L}])(?:tỷ\s+lệ\s+này|tỉ\s+lệ\s+này|chỉ\s+tiêu|tỷ\s+lệ|tỉ\s+lệ|mức\s+này)(?![\p{L}])", seg
            )
        ) and not regex.search(
            r"(?<![\p{L}])(?:tăng\s+trưởng|giải\s+ngân|thu\s+ngân\s+sách|xuất\s+khẩu|bán\s+lẻ|doanh\s+nghiệp|grdp|gdp)(?![\p{L}])",
            seg,
        )

    def _other_metric_phrase(self, p: Ent, s: SentenceSpan, cl_a: int, cl_b: int) -> tuple[str, int, int] | None:
        # the noun phrase right after the value, up to the clause end or a comma
        m = regex.match(r"\s+(?P<np>[\p{L}\p{M}][^,;:.()\n]{2,120})", self.text[p.end : cl_b])
        if m and not regex.match(r"(?:so\s+với|trở\s+lên|trong|vào|năm|tháng|cộng|và)\b", m.group("np").lower()):
            a = p.end + m.start("np")
            b = p.end + m.end("np")
            return self.text[a:b].strip(), a, b
        # else the phrase before the value in the clause, cut at the value's verb
        seg_a = cl_a
        seg = self.text[seg_a : p.start]
        seg = regex.sub(
            r"\s*(?:ước\s+)?(?:đạt|là|chiếm|bằng|tăng|giảm|có\s+tỷ\s+lệ|đạt\s+tỷ\s+lệ|đạt\s+tỉ\s+lệ)?\s*(?:gần|hơn|trên|khoảng|tối\s+thiểu|ít\s+nhất)?\s*$",
            "",
            seg,
            flags=regex.IGNORECASE,
        )
        seg = seg.strip(" ,(")
        if seg:
            start = seg_a + self.text[seg_a : p.start].find(seg)
            return seg[-150:], start + max(0, len(seg) - 150), start + len(seg)
        return None

    # ---------------------------------------------------------------- subject

    def _sentence_subjects(self, s: SentenceSpan, ents: list[Ent]) -> list[Subject]:
        out = []
        for e in ents:
            subj = _entity_subject(e)
            if subj is not None and not self._introduced_as_source(e, s):
                out.append(subj)
        return out

    def _introduced_as_source(self, e: Ent, s: SentenceSpan) -> bool:
        before = self.lower[max(s.start, e.start - 30) : e.start]
        for pat, _ in _subject_cues().get("source", []):
            hits = list(pat.finditer(before))
            m = hits[-1] if hits else None
            if m is not None and not before[m.end() :].strip(" ,"):
                # sentence-initial "Với X," is a topic, not a partner
                if self.lower[s.start : max(s.start, e.start - 30) + m.start()].strip() == "" and m.group(
                    0
                ).lower() in ("với", "theo"):
                    return False
                return True
        # a verb of saying or issuing right after it: the body speaks, the figure is not about it
        after = self.lower[e.end : min(s.end, e.end + 30)]
        for pat, _ in _subject_cues().get("speech_after", []):
            m2 = pat.match(after.lstrip(" ,"), 0)
            if m2 is None:
                m2 = regex.match(r"(?:cũng|đã|vừa|tiếp\s+tục|đã\s+có)\s+", after.lstrip(" ,"))
                if m2 is not None and pat.match(after.lstrip(" ,")[m2.end() :]):
                    return True
                continue
            return True
        # after a person's title: "Bộ trưởng Bộ TT&TT đề nghị ..." names who speaks
        if regex.search(
            r"(?:bộ\s+trưởng|thứ\s+trưởng|giám\s+đốc|chủ\s+tịch|cục\s+trưởng|đại\s+diện|lãnh\s+đạo)\s*$", before
        ):
            return True
        return False

    def _subjects_for(self, p: Ent, s: SentenceSpan, ents: list[Ent], cl_a: int) -> tuple[list[Subject], str | None]:
        lower = self.lower
        scope = None
        scopes = list(_SCOPE.finditer(self.text, max(s.start, cl_a), p.start))
        sm = scopes[-1] if scopes else None
        if sm is not None and sm.end() <= p.start:
            scope = " ".join(sm.group("scope").split())
        # candidates before the value
        cands: list[tuple[int, int, list[Subject] | None, str]] = []
        for e in ents:
            if e.end > p.start:
                break
            subj = _entity_subject(e)
            if subj is None or self._introduced_as_source(e, s):
                continue
            cands.append((e.start, e.end, [subj], "entity"))
        for kind in ("country", "anaphor", "generic"):
            for pat, unit in _subject_cues().get(kind, []):
                for m in pat.finditer(lower, s.start, p.start):
                    if any(e.start <= m.start() < e.end for e in ents if e.label in ("LOCATION", "AGENCY")):
                        continue
                    if kind == "country":
                        cands.append(
                            (
                                m.start(),
                                m.end(),
                                [_country(self.text[m.start() : m.end()], m.start(), m.end())],
                                "country",
                            )
                        )
                    elif kind == "anaphor":
                        ref = self.ctx.last_province if unit == "province" else self.ctx.last_agency
                        if ref is not None:
                            cands.append(
                                (
                                    m.start(),
                                    m.end(),
                                    [
                                        ref.model_copy(
                                            update={
                                                "text": self.text[m.start() : m.end()],
                                                "start": m.start(),
                                                "end": m.end(),
                                            }
                                        )
                                    ],
                                    "anaphor",
                                )
                            )
                    else:
                        cands.append((m.start(), m.end(), None, "generic"))
        for m in _GROUP.finditer(lower, s.start, p.start):
            cands.append(
                (
                    m.start(),
                    m.end(),
                    [
                        Subject(
                            text=self.text[m.start() : m.end()],
                            name=self.text[m.start() : m.end()],
                            kind="group",
                            start=m.start(),
                            end=m.end(),
                        )
                    ],
                    "group",
                )
            )
        # a named list right after a group phrase ("5 tỉnh gồm Hưng Yên, ...") wins over it
        cands.sort(key=lambda c: (c[1], c[0]))
        # drop candidates nested in a longer one
        filtered = []
        for c in cands:
            if any((o[0] <= c[0] and c[1] <= o[1]) and (o[1] - o[0]) > (c[1] - c[0]) for o in cands):
                continue
            filtered.append(c)
        cands = filtered
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
                return _dedupe(subjects), scope
            if last[2]:
                return list(last[2]), scope
        # after the value, in the same clause ("... thuộc về Thừa Thiên Huế")
        return self._context_subjects(), scope

    def _context_subjects(self) -> list[Subject]:
        if self.ctx.subjects:
            return [sub.model_copy(update={"start": None, "end": None}) for sub in self.ctx.subjects[-1:]]
        return [self.default_subject]

    # ---------------------------------------------------------------- period

    def _is_citation_date(self, d: Ent, ents: list[Ent]) -> bool:
        for e in ents:
            if e.label == "DOC_NUMBER" and 0 <= d.start - e.end <= 3:
                return True
        before = self.lower[max(0, d.start - 40) : d.start]
        if regex.search(r"(?:hội\s+nghị|phiên\s+họp|buổi\s+làm\s+việc)[^,.;]{0,30}$", before):
            return True
        return False

    def _is_event_date(self, d: Ent, s: SentenceSpan) -> bool:
        """A day on which something was done ("Ngày 21/7/2021, Bộ TT&TT vừa ban hành"), not a period."""
        if d.value.get("grain") != "day":
            return False
        after = self.text[d.end : d.end + 2]
        before = self.lower[max(s.start, d.start - 25) : d.start]
        if after.startswith(",") and not _OPEN_START.search(before) and not _OPEN_END.search(before):
            return True
        return False

    def _date_right_after(self, p: Ent, dates: list[Ent]) -> Ent | None:
        for d in dates:
            gap = self.lower[p.end : d.start]
            if 0 <= d.start - p.end <= 12 and regex.fullmatch(r"\s*(?:\(|trong|vào|của|,)?\s*", gap):
                return d
        return None

    def _period_of_date(self, d: Ent, source: str) -> Period:
        v = d.value
        start, end = v.get("start"), v.get("end")
        before = self.lower[max(0, d.start - 16) : d.start]
        if _OPEN_START.search(before) or _ASOF.search(self.lower[max(0, d.start - 30) : d.start]):
            start = None
        elif _OPEN_END.search(before):
            # "từ ngày 1/1 đến hết ngày 30/4": the interval, when a closing date follows
            end = None
        return Period(text=d.text, start=start, end=end, source=source)  # type: ignore[arg-type]

    def _period_for(
        self,
        p: Ent,
        s: SentenceSpan,
        dates: list[Ent],
        owned: dict[int, Ent],
        cl_a: int,
        cl_b: int,
        prev: SentenceSpan | None,
        cue_status: str = "achieved",
    ) -> Period:
        own = self._date_right_after(p, dates)
        if own is not None:
            return self._period_of_date(own, "sentence")
        free = [d for d in dates if owned.get(id(d)) in (None, p)]
        events = [d for d in free if self._is_event_date(d, s)]
        free_periods = [d for d in free if d not in events]
        inclause_before = [d for d in free_periods if cl_a <= d.start and d.end <= p.start]
        inclause_after = [d for d in free_periods if d.start >= p.end and d.end <= cl_b]
        sent_before = [d for d in free_periods if d.end <= p.start]
        candidates = inclause_after[:1] or inclause_before[-1:] or sent_before[-1:] or free_periods[:1]
        if candidates:
            d = candidates[0]
            per = self._period_of_date(d, "sentence")
            # "từ X đến (hết) Y": the interval
            i = dates.index(d)
            if i > 0:
                prevd = dates[i - 1]
                gap = self.lower[prevd.end : d.start]
                if regex.fullmatch(r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?", gap) and regex.search(
                    r"từ\s*$", self.lower[max(0, prevd.start - 6) : prevd.start]
                ):
                    return Period(
                        text=self.text[prevd.start : d.end],
                        start=prevd.value.get("start"),
                        end=d.value.get("end"),
                        source="sentence",
                    )
            if i + 1 < len(dates):
                nxt = dates[i + 1]
                gap = self.lower[d.end : nxt.start]
                if regex.fullmatch(r"\s*(?:đến|tới|-|–)\s*(?:hết\s+)?", gap) and regex.search(
                    r"từ\s*$", self.lower[max(0, d.start - 6) : d.start]
                ):
                    return Period(
                        text=self.text[d.start : nxt.end],
                        start=d.value.get("start"),
                        end=nxt.value.get("end"),
                        source="sentence",
                    )
            return per
        if _NOW.search(self.lower[s.start : p.start]):
            return self._asof()
        if self.ctx.period is not None and prev is not None:
            inherited = self.ctx.period
            d = self.doc.doc_date
            if cue_status != "achieved" or d is None or inherited.end is None or inherited.end <= d.isoformat():
                return inherited
            # a later period in the previous sentence (a goal "vào năm 2021") is no "as of"
        return self._asof()

    def _asof(self) -> Period:
        d = self.doc.doc_date
        return Period(text=None, start=None, end=d.isoformat() if d else None, source="doc_date" if d else "none")

    # ---------------------------------------------------------------- status and direction

    def _cue_status(self, p: Ent, s: SentenceSpan) -> str:
        """The status the cue words give (see module docstring)."""
        seg_a = s.start
        seg = self.lower[seg_a : p.start]
        best: dict[str, int] = {}
        for pat, st in _status_cues():
            for m in pat.finditer(seg):
                best[st] = max(best.get(st, -1), m.end())
        tail = self.lower[p.end : s.end]
        for pat, st in _status_after_cues():
            if pat.search(tail):
                best.setdefault(st, len(seg))
        status = "achieved"
        if "projected" in best and best["projected"] >= best.get("achieved", -1) - 40:
            status = "projected"
        elif "target" in best:
            status = (
                "target"
                if best["target"] > best.get("achieved", -1) or not self._achieved_marker(seg, best["target"])
                else "achieved"
            )
        return status

    def _status_for(self, status: str, period: Period) -> str:
        """The cue status, corrected by the period: nothing is achieved after ``doc_date``."""
        if status == "achieved" and self.doc.doc_date:
            try:
                if period.start and dt.date.fromisoformat(period.start) > self.doc.doc_date:
                    status = "target"
                elif (
                    period.start is None
                    and period.end
                    and period.source == "sentence"
                    and dt.date.fromisoformat(period.end) > self.doc.doc_date
                ):
                    status = "target"  # a deadline after the document's date
            except ValueError:
                pass
        return status

    @staticmethod
    def _achieved_marker(seg: str, after: int) -> bool:
        return bool(regex.search(r"(?<![\p{L}])(?:đã\s+đạt|đã|hoàn\s+thành|chiếm)(?![\p{L}])", seg[after:]))

    def _direction_for(self, p: Ent) -> str | None:
        before = self.lower[max(0, p.start - 30) : p.start]
        m = _DIRECTION.search(before)
        if not m:
            return None
        verb = m.group("verb").lower()
        return "decrease" if ("giảm" in verb or "rút" in verb) else "increase"

    # ---------------------------------------------------------------- tables

    def _table_claims(self, t: Table) -> None:
        doc = self.doc
        rows = t.rows
        if not rows:
            return
        pct_rows = [r for r in rows if any(doc.entities_in(c.start, c.end, "PERCENT") for c in r.cells)]
        if not pct_rows:
            return
        header = None
        for r in rows:
            if r in pct_rows:
                break
            header = r
        caption = " ".join(x for x in (t.caption or "", " ".join(c.text for c in header.cells) if header else "") if x)
        cap_low = caption.lower()
        caption_key = None
        cm = metric_mentions(cap_low, 0, len(cap_low))
        if cm:
            caption_key = cm[0].key
        status = (
            "target"
            if regex.search(r"(?<![\p{L}])(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch)(?![\p{L}])", cap_low)
            else "achieved"
        )
        period = self._table_period(t)
        for r in pct_rows:
            subj: Subject | None = None
            for c in r.cells:
                for e in doc.entities_in(c.start, c.end):
                    if e.label in ("LOCATION", "AGENCY"):
                        subj = _entity_subject(e)
                        if subj is not None and subj.name == "Việt Nam" and e.label == "AGENCY":
                            subj = Subject(
                                text=e.text, name=str(e.value["name"]), kind="agency", start=e.start, end=e.end
                            )
                        break
                if subj is not None:
                    break
            if subj is None:
                continue
            for ci, c in enumerate(r.cells):
                for p in doc.entities_in(c.start, c.end, "PERCENT"):
                    key = caption_key or "other"
                    mtext = None
                    if header is not None and ci < len(header.cells):
                        htext = header.cells[ci].text
                        hm = metric_mentions(htext.lower(), 0, len(htext))
                        if hm:
                            key = hm[0].key
                        mtext = htext
                    v = p.value
                    self.claims.append(
                        Claim(
                            subject=subj,
                            metric=Metric(text=mtext or t.caption, key=key),
                            value=ClaimValue(
                                value=v.get("value"),
                                low=v.get("low"),
                                high=v.get("high"),
                                unit="%",
                                qualifier=v.get("qualifier", "exact"),
                            ),
                            period=period,
                            status=status,  # type: ignore[arg-type]
                            evidence=Evidence(text=doc.text[r.start : r.end], start=r.start, end=r.end),
                            confidence=0.9 if key != "other" else 0.6,
                            rule="claim.table",
                            page=doc.page_of(r.start),
                        )
                    )
            self.table_rows.append((r.start, r.end))

    def _table_period(self, t: Table) -> Period:
        doc = self.doc
        # dates in the note after the table, then in the caption
        end_search = t.end
        note_end = doc.text.find("\n\n", t.end)
        window_end = min(len(doc.text), t.end + 800) if note_end < 0 else min(note_end, t.end + 800)
        for e in doc.entities_in(end_search, window_end, "DATE"):
            return self._period_of_date(e, "table").model_copy(update={"start": None})
        cap_start = max(0, t.start - 400)
        ds = doc.entities_in(cap_start, t.start, "DATE")
        if ds:
            return self._period_of_date(ds[-1], "table")
        return self._asof()


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
    """The claims of ``doc`` (entities, sentences, tables and doc_date must be set)."""
    return ClaimExtractor(doc).run()
