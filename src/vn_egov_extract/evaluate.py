"""Evaluation as a feature: precision, recall and F1 of claims and entities against gold files.

Gold folders hold ``<stem>.claims.json`` and/or ``<stem>.entities.json`` per document (the format
of ``spec/EXTRACTION.md``); predictions are document results (JSONL lines or
:class:`~vn_egov_extract.models.DocumentResult`), matched to gold by the file name of their
``source``. The rules are those of the spec, §5:

* claims match when the subject names fold to the same key (case, tone style, "tỉnh"/"TP."
  prefixes and known abbreviations), the metric key is equal (where gold's is not ``other``),
  value/low/high agree within 0.01, the status is equal, and the period's start and end equal
  gold's where gold gives them; ``other`` claims also need overlapping evidence. Duplicates count
  once; pairs are a maximum one-to-one matching. Gold ``group`` subjects and predicted claims
  with a unit other than "%" are not scored;
* entities match a gold entity of the same label whose span they overlap; the share of matches
  whose value agrees is reported beside F1.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["fold_name", "Scores", "Report", "evaluate", "evaluate_files", "load_predictions"]

_PREFIXES = (
    "thanh pho truc thuoc trung uong ",
    "thanh pho ",
    "tinh ",
    "tp. ",
    "tp.",
    "tp ",
    "thi xa ",
    "tx. ",
    "tx ",
    "huyen ",
    "quan ",
    "phuong ",
    "xa ",
    "thi tran ",
)

_ALIASES = {
    "canuoc": "vietnam",
    "toanquoc": "vietnam",
    "trungbinhcanuoc": "vietnam",
    "vn": "vietnam",
    "cacbonganhdiaphuong": "vietnam",
    "cacbotinh": "vietnam",
    "hcm": "hochiminh",
    "tphcm": "hochiminh",
    "sg": "hochiminh",
    "saigon": "hochiminh",
    "hn": "hanoi",
    "hue": "thuathienhue",
    "thuathien": "thuathienhue",
    "brvt": "bariavungtau",
    "vungtau": "bariavungtau",
    "dacnong": "daknong",
    "daclac": "daklak",
    "daclak": "daklak",
    "daklac": "daklak",
    "baccan": "backan",
    "botttt": "bothongtinvatruyenthong",
    "bothongtintruyenthong": "bothongtinvatruyenthong",
    "bokhdt": "bokehoachvadautu",
    "bokhcn": "bokhoahocvacongnghe",
    "bogddt": "bogiaoducvadaotao",
    "boldtbxh": "bolaodongthuongbinhvaxahoi",
    "bonnptnt": "bonongnghiepvaphattriennongthon",
    "botnmt": "botainguyenvamoitruong",
    "bogtvt": "bogiaothongvantai",
    "bovhttdl": "bovanhoathethaovadulich",
    "bhxhvn": "baohiemxahoivietnam",
    "bhxhvietnam": "baohiemxahoivietnam",
    "baohiemxahoi": "baohiemxahoivietnam",
    "nhnn": "nganhangnhanuocvietnam",
    "nhnnvn": "nganhangnhanuocvietnam",
    "nganhangnhanuoc": "nganhangnhanuocvietnam",
}


def fold_name(name: str | None) -> str:
    """The comparison key of a subject or entity name (spec §5 folding).

    >>> fold_name("TP. Hồ Chí Minh") == fold_name("TP.HCM") == fold_name("Hồ Chí Minh")
    True
    >>> fold_name("cả nước")
    'vietnam'
    """
    if not name:
        return ""
    s = unicodedata.normalize("NFC", name).lower().replace("đ", "d").replace("ð", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    s = re.sub(r"\s+", " ", s).strip()
    for p in _PREFIXES:
        if s.startswith(p):
            s = s[len(p) :]
            break
    s = re.sub(r"[^0-9a-z]", "", s)
    return _ALIASES.get(s, s)


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(float(a) - float(b)) <= 0.01


def _claim_matches(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    ps = pred.get("subject") or {}
    if fold_name(ps.get("name") or ps.get("text")) != fold_name(gold["subject"]["name"]):
        return False
    gk = gold["metric"]["key"]
    if gk != "other" and (pred.get("metric") or {}).get("key") != gk:
        return False
    if gk == "other":
        pe, ge = pred.get("evidence") or {}, gold.get("evidence") or {}
        if gold.get("_offsets", True) and None not in (pe.get("start"), pe.get("end"), ge.get("start"), ge.get("end")):
            if not (pe["start"] < ge["end"] and ge["start"] < pe["end"]):
                return False
    pv, gv = pred.get("value") or {}, gold["value"]
    if not all(_close(_num(pv.get(k)), gv.get(k)) for k in ("value", "low", "high")):
        return False
    if pred.get("status") != gold["status"]:
        return False
    pp, gp = pred.get("period") or {}, gold["period"]
    return all(gp.get(k) is None or (pp.get(k) or None) == gp[k] for k in ("start", "end"))


def _claim_key(c: Mapping[str, Any]) -> tuple:
    v = c.get("value") or {}
    p = c.get("period") or {}
    key: tuple = (
        fold_name((c.get("subject") or {}).get("name") or (c.get("subject") or {}).get("text")),
        (c.get("metric") or {}).get("key"),
        _num(v.get("value")),
        _num(v.get("low")),
        _num(v.get("high")),
        c.get("status"),
        p.get("start"),
        p.get("end"),
    )
    if key[1] in ("other", None):
        key += ((c.get("evidence") or {}).get("start"),)
    return key


def _dedupe(claims: Iterable[Mapping[str, Any]], *, gold: bool) -> list[Mapping[str, Any]]:
    out, seen = [], set()
    for c in claims:
        if (c.get("subject") or {}).get("kind") == "group":
            continue
        if not gold and (c.get("value") or {}).get("unit") not in ("%", None):
            continue
        k = _claim_key(c)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _match(preds: list, golds: list, eq: Callable[[Any, Any], bool]) -> tuple[list, list, list]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): (pairs, unmatched preds, unmatched golds)."""
    import sys

    adj = [[j for j, g in enumerate(golds) if eq(p, g)] for p in preds]
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, 4 * len(preds) + 1000))
    try:
        for i in range(len(preds)):
            augment(i, set())
    finally:
        sys.setrecursionlimit(old)
    matched = {p: g for g, p in owner.items()}
    pairs = [(preds[p], golds[g]) for p, g in sorted(matched.items())]
    fp = [p for i, p in enumerate(preds) if i not in matched]
    fn = [g for j, g in enumerate(golds) if j not in owner]
    return pairs, fp, fn


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def _value_agrees(p: Mapping[str, Any], g: Mapping[str, Any]) -> bool:
    pv, gv = p.get("value") or {}, g.get("value") or {}
    lab = g["label"]
    if lab == "PERCENT":
        return all(_close(_num(pv.get(k)), gv.get(k)) for k in ("value", "low", "high")) and pv.get(
            "qualifier"
        ) == gv.get("qualifier")
    if lab == "DATE":
        return all(gv.get(k) is None or pv.get(k) == gv[k] for k in ("start", "end"))
    if lab == "DOC_NUMBER":
        return str(pv.get("number")).lstrip("0") == str(gv.get("number")).lstrip("0") and (
            gv.get("symbol") is None or pv.get("symbol") == gv["symbol"]
        )
    if lab in ("AGENCY", "LOCATION"):
        return gv.get("name") is None or fold_name(pv.get("name")) == fold_name(gv["name"])
    return True


@dataclass
class Scores:
    """Counts and measures of one category: true/false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def value_agree(self) -> float:
        """Share of matched entities whose value agrees with gold."""
        return self.value_ok / self.tp if self.tp else 0.0


@dataclass
class Report:
    """The result of :func:`evaluate`: claim scores, entity scores per label and overall, and
    the misses per document (``details[stem]`` lists of strings)."""

    claims: Scores = field(default_factory=Scores)
    entities: dict[str, Scores] = field(default_factory=dict)
    details: dict[str, list[str]] = field(default_factory=dict)

    @property
    def entities_total(self) -> Scores:
        """All labels together."""
        t = Scores()
        for s in self.entities.values():
            t.tp += s.tp
            t.fp += s.fp
            t.fn += s.fn
            t.value_ok += s.value_ok
        return t

    def format(self, verbose: bool = False) -> str:
        """A plain-text summary (the lines ``score.py`` prints)."""
        lines = []
        if verbose:
            for stem, ds in self.details.items():
                lines.append(stem)
                lines.extend("   " + d for d in ds)
        c = self.claims
        lines.append(f"CLAIMS  P={c.precision:.3f} R={c.recall:.3f} F1={c.f1:.3f} (tp={c.tp} fp={c.fp} fn={c.fn})")
        for lab in sorted(self.entities):
            s = self.entities[lab]
            lines.append(
                f"ENTITY {lab:11s} P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} "
                f"value-agree={s.value_agree:.3f} (tp={s.tp} fp={s.fp} fn={s.fn})"
            )
        t = self.entities_total
        lines.append(f"ENTITIES P={t.precision:.3f} R={t.recall:.3f} F1={t.f1:.3f} value-agree={t.value_agree:.3f}")
        return "\n".join(lines)


def load_predictions(path: str | Path) -> dict[str, dict[str, Any]]:
    """Document results of a JSONL file keyed by the file name of their ``source``."""
    preds: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                preds[Path(str(d.get("source", ""))).name] = d
    return preds


def evaluate(gold_dir: str | Path, predictions: Mapping[str, Mapping[str, Any]]) -> Report:
    """Score ``predictions`` (file name → result dict) against the gold folder ``gold_dir``."""
    gold_dir = Path(gold_dir)
    report = Report()
    stems = sorted({p.name.split(".")[0] for p in gold_dir.glob("*.json")})
    for stem in stems:
        name = next((n for n in predictions if n.split(".")[0] == stem), None)
        pred = predictions.get(name, {}) if name else {}
        det = report.details.setdefault(stem, [])
        cf = gold_dir / f"{stem}.claims.json"
        if cf.exists():
            cdoc = json.loads(cf.read_text(encoding="utf-8"))
            for c in cdoc["claims"]:
                c["_offsets"] = cdoc.get("offsets", True)
            golds = _dedupe(cdoc["claims"], gold=True)
            prs = _dedupe(pred.get("claims") or [], gold=False)
            pairs, fp, fn = _match(prs, golds, _claim_matches)
            report.claims.tp += len(pairs)
            report.claims.fp += len(fp)
            report.claims.fn += len(fn)
            for g in fn:
                det.append(
                    f"missed claim  {g['subject']['name']} | {g['metric']['key']} | {g['value']} | "
                    f"{g['status']} | {g['period']}"
                )
            for c in fp:
                det.append(
                    f"spurious claim {(c.get('subject') or {}).get('name')} | {(c.get('metric') or {}).get('key')} | "
                    f"{c.get('value')} | {c.get('status')} | {c.get('period')}"
                )
        ef = gold_dir / f"{stem}.entities.json"
        if ef.exists():
            gdoc = json.loads(ef.read_text(encoding="utf-8"))
            gents = gdoc["entities"]
            pents = pred.get("entities") or []
            labels = set(gdoc.get("labels") or {g["label"] for g in gents})
            for lab in sorted(labels):
                gl = [g for g in gents if g["label"] == lab]
                pl = [p for p in pents if p.get("label") == lab]
                pairs, fp, fn = _match(pl, gl, _overlap)
                s = report.entities.setdefault(lab, Scores())
                s.tp += len(pairs)
                s.fp += len(fp)
                s.fn += len(fn)
                s.value_ok += sum(_value_agrees(p, g) for p, g in pairs)
                det.extend(f"missed   {lab} {g['text']!r}" for g in fn)
                det.extend(f"spurious {lab} {p.get('text')!r}" for p in fp)
    return report


def evaluate_files(gold_dir: str | Path, pred_jsonl: str | Path) -> Report:
    """:func:`evaluate` on a JSONL file of results."""
    return evaluate(gold_dir, load_predictions(pred_jsonl))
