"""AGENCY and LOCATION: vn_egov_extract beside underthesea's NER, on the same gold.

underthesea's ``ner`` (the CRF model shipped with underthesea, VLSP 2016 tags PER / ORG / LOC /
MISC) runs on every sentence of each gold document; its tokens are re-aligned to the text, its
BIO tags decoded into spans, and ORG → AGENCY, LOC → LOCATION. vn_egov_extract runs on the
same text. Both are scored the way ``shared/tools/score.py`` scores entities: a prediction
matches a gold entity of the same label whose span it overlaps, pairs form a maximum one-to-one
matching; predictions inside the gold file's ``boilerplate`` ranges are left out for both
systems (the gold marks no entity there).

Usage (from the repository root; the defaults are the copies in ``tests/data``)::

    python benchmarks/ner_underthesea.py
    python benchmarks/ner_underthesea.py --set dev=../shared/corpus/dev/gold:../shared/corpus/dev/raw

Each ``--set NAME=GOLD_DIR:TEXT_DIR`` pairs gold ``<stem>.entities.json`` files with the
texts named by their ``source`` field. Prints P/R/F1 per system, set and label, and the time
each system took. Needs underthesea (a core dependency). Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from pathlib import Path

from vn_egov_extract import Extractor
from vn_egov_extract.normalize import normalize_text
from vn_egov_extract.segment import split_sentences

LABELS = {"ORG": "AGENCY", "LOC": "LOCATION"}
SCORED = ("AGENCY", "LOCATION")
ROOT = Path(__file__).resolve().parent.parent


def load_set(gold_dir: Path, text_dir: Path) -> list[dict]:
    """Documents of one set: ``{"stem", "text", "gold", "boilerplate"}`` (gold: label, start, end)."""
    docs = []
    for f in sorted(gold_dir.glob("*.entities.json")):
        g = json.loads(f.read_text(encoding="utf-8"))
        stem = f.name.split(".")[0]
        src = text_dir / Path(g.get("source") or f"{stem}.txt").name
        if not src.exists():
            src = next(text_dir.glob(f"{stem}*"), src)
        text = normalize_text(src.read_text(encoding="utf-8"))
        gold = [(e["label"], e["start"], e["end"]) for e in g["entities"] if e["label"] in SCORED]
        docs.append({"stem": stem, "text": text, "gold": gold, "boilerplate": g.get("boilerplate") or []})
    return docs


def _align(text: str, start: int, end: int, words: list[str]) -> list[tuple[int, int]]:
    """Offsets of underthesea's ``words`` in ``text[start:end]`` (it returns no offsets and may
    rewrite tone marks, so words are walked character by character, spaces skipped)."""
    out: list[tuple[int, int]] = []
    p = start
    for w in words:
        chars = [c for c in w if not c.isspace()]
        if not chars:
            out.append((p, p))
            continue
        while p < end and text[p].isspace():
            p += 1
        ws = p
        for _ in chars:
            while p < end and text[p].isspace():
                p += 1
            if p >= end:
                break
            p += 1
        out.append((ws, p))
    return out


def underthesea_entities(text: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of underthesea's ORG and LOC entities in ``text``."""
    from underthesea import ner

    out: list[tuple[str, int, int]] = []
    for s in split_sentences(text):
        sentence = text[s.start : s.end]
        if not sentence.strip():
            continue
        try:
            tagged = ner(sentence)
        except Exception:  # a model failure on one sentence must not stop the benchmark
            continue
        spans = _align(text, s.start, s.end, [t[0] for t in tagged])
        cur: list | None = None
        for (_, _, _, tag), (a, b) in zip(tagged, spans, strict=False):
            kind = tag[2:] if len(tag) > 2 else ""
            if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != kind)):
                if cur is not None:
                    out.append(tuple(cur))  # type: ignore[arg-type]
                cur = [kind, a, b]
            elif tag.startswith("I-") and cur is not None:
                cur[2] = b
            else:
                if cur is not None:
                    out.append(tuple(cur))  # type: ignore[arg-type]
                cur = None
        if cur is not None:
            out.append(tuple(cur))  # type: ignore[arg-type]
    return [(LABELS[k], a, b) for k, a, b in out if k in LABELS and b > a]


def ours(extractor: Extractor, text: str) -> list[tuple[str, int, int]]:
    r = extractor.extract(text)
    return [(e.label, e.start, e.end) for e in r.entities if e.label in SCORED]


def _match(preds: list[tuple[str, int, int]], golds: list[tuple[str, int, int]]) -> int:
    """Size of a maximum one-to-one matching of overlapping spans (same label)."""
    adj = [[j for j, g in enumerate(golds) if p[0] == g[0] and p[1] < g[2] and g[1] < p[2]] for p in preds]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    return sum(augment(i, set()) for i in range(len(preds)))


def _outside(spans: list[tuple[str, int, int]], boilerplate: list[dict]) -> list[tuple[str, int, int]]:
    return [s for s in spans if not any(s[1] < b["end"] and b["start"] < s[2] for b in boilerplate)]


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--set",
        action="append",
        metavar="NAME=GOLD_DIR:TEXT_DIR",
        help="a gold set (default: the seeds and the dev corpus copied in tests/data)",
    )
    a = ap.parse_args(argv)
    sets = a.set or [
        f"seeds={ROOT / 'tests/data/gold'}:{ROOT / 'seeds'}",
        f"dev={ROOT / 'tests/data/dev/gold'}:{ROOT / 'tests/data/dev/raw'}",
    ]
    extractor = Extractor()
    systems = {"vn_egov_extract": lambda t: ours(extractor, t), "underthesea.ner": underthesea_entities}
    rows = []
    for spec in sets:
        name, dirs = spec.split("=", 1)
        gold_dir, text_dir = dirs.split(":", 1)
        docs = load_set(Path(gold_dir), Path(text_dir))
        for sys_name, fn in systems.items():
            counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
            t0 = time.perf_counter()
            for d in docs:
                preds = _outside(fn(d["text"]), d["boilerplate"])
                for lab in SCORED:
                    pl = [p for p in preds if p[0] == lab]
                    gl = [g for g in d["gold"] if g[0] == lab]
                    c = counts[lab]
                    c[0] += _match(pl, gl)
                    c[1] += len(pl)
                    c[2] += len(gl)
            seconds = time.perf_counter() - t0
            for lab in SCORED:
                rows.append((name, sys_name, lab, *prf(*counts[lab]), *counts[lab], seconds))
    head = ("set", "system", "label", "P", "R", "F1", "tp", "pred", "gold", "s")
    print("{:6s} {:16s} {:9s} {:>6s} {:>6s} {:>6s} {:>5s} {:>5s} {:>5s} {:>6s}".format(*head))
    for name, sys_name, lab, p, r, f, tp, npred, ngold, sec in rows:
        print(f"{name:6s} {sys_name:16s} {lab:9s} {p:6.3f} {r:6.3f} {f:6.3f} {tp:5d} {npred:5d} {ngold:5d} {sec:6.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
