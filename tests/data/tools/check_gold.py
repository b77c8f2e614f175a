#!/usr/bin/env python3
"""Check a held-out set's gold files (heldout2, heldout3; from heldout/tools, subject kind "district" added) against their raw texts.

For every ``gold/<stem>.entities.json`` and ``gold/<stem>.claims.json``:
- the source file exists in ``raw/`` and ``text[start:end] == text`` for every entity, boilerplate
  range (bounds only) and claim evidence;
- entity spans do not overlap, labels are among the declared ones, values have the spec's keys;
- no entity and no claim evidence lies inside a boilerplate range;
- claims carry subject/metric/value/period/status/evidence with the spec's fields.
Exit status 1 on any problem. Standard library only.

    python3 tests/data/tools/check_gold.py tests/data/heldout3 [--gold DIR] [--raw DIR]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys


VALUE_KEYS = {
    "DOC_NUMBER": {"number", "year", "symbol", "doc_type", "issuer"},
    "DATE": {"start", "end", "grain"},
    "PERCENT": {"value", "low", "high", "qualifier"},
    "AGENCY": {"name", "kind", "location"},
    "LOCATION": {"name", "kind", "code"},
}
QUALIFIERS = {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"}
STATUSES = {"achieved", "target", "projected"}
METRIC_KEYS = {
    "dvc_level4_rate",
    "dvc_level34_portal_rate",
    "dvc_with_online_dossiers_rate",
    "online_dossier_rate",
    "fee_reduction_rate",
    "other",
}
SUBJECT_KINDS = {"country", "province", "ministry", "agency", "group", "district"}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("set_dir", type=pathlib.Path, help="the held-out set's folder (raw/, gold/)")
    ap.add_argument("--gold", default=None)
    ap.add_argument("--raw", default=None)
    a = ap.parse_args(argv)
    a.gold = a.gold or str(a.set_dir / "gold")
    a.raw = a.raw or str(a.set_dir / "raw")
    gold, raw = pathlib.Path(a.gold), pathlib.Path(a.raw)
    problems: list[str] = []

    def bad(msg):
        problems.append(msg)

    stems = sorted({p.name.split(".")[0] for p in gold.glob("*.json")})
    for stem in stems:
        src = raw / f"{stem}.txt"
        if not src.exists():
            bad(f"{stem}: no raw text")
            continue
        text = src.read_text(encoding="utf-8")
        bps: list[tuple[int, int]] = []
        ef = gold / f"{stem}.entities.json"
        if ef.exists():
            d = json.loads(ef.read_text(encoding="utf-8"))
            if d.get("source") != f"{stem}.txt":
                bad(f"{stem}: entities source {d.get('source')!r}")
            labels = set(d.get("labels") or [])
            for b in d.get("boilerplate", []):
                if not (0 <= b["start"] < b["end"] <= len(text)):
                    bad(f"{stem}: boilerplate out of range {b}")
                bps.append((b["start"], b["end"]))
            prev_end, prev = -1, None
            for e in sorted(d["entities"], key=lambda e: (e["start"], e["end"])):
                s, t = e["start"], e["end"]
                if text[s:t] != e["text"]:
                    bad(f"{stem}: entity text mismatch at {s}-{t}: {e['text']!r} vs {text[s:t]!r}")
                if s < prev_end:
                    bad(f"{stem}: overlapping entities {prev['text']!r}@{prev['start']} and {e['text']!r}@{s}")
                if e["label"] not in labels:
                    bad(f"{stem}: label {e['label']} not declared")
                keys = VALUE_KEYS.get(e["label"])
                if keys and set(e.get("value") or {}) != keys:
                    bad(f"{stem}: {e['label']} {e['text']!r} value keys {sorted(e.get('value') or {})}")
                if e["label"] == "PERCENT" and e["value"]["qualifier"] not in QUALIFIERS:
                    bad(f"{stem}: bad qualifier {e}")
                if (
                    (s > 0 and text[s - 1].isalnum())
                    or (t < len(text) and text[t].isalnum())
                    or (e["label"] == "DATE" and text[t : t + 2][:1] == "/" and text[t + 1 : t + 2].isdigit())
                ):
                    bad(f"{stem}: entity cuts a word/number {e['label']} {text[max(0, s - 8) : t + 8]!r}")
                if any(bs <= s < be or bs < t <= be for bs, be in bps):
                    bad(f"{stem}: entity inside boilerplate {e['text']!r}@{s}")
                prev_end, prev = max(prev_end, t), e
        cf = gold / f"{stem}.claims.json"
        if cf.exists():
            d = json.loads(cf.read_text(encoding="utf-8"))
            if d.get("source") != f"{stem}.txt":
                bad(f"{stem}: claims source {d.get('source')!r}")
            for c in d["claims"]:
                ev = c["evidence"]
                if text[ev["start"] : ev["end"]] != ev["text"]:
                    bad(f"{stem}: evidence mismatch at {ev['start']}: {ev['text'][:40]!r}")
                if any(bs <= ev["start"] < be for bs, be in bps):
                    bad(f"{stem}: claim evidence inside boilerplate @{ev['start']}")
                if c["status"] not in STATUSES:
                    bad(f"{stem}: bad status {c['status']}")
                if c["metric"]["key"] not in METRIC_KEYS:
                    bad(f"{stem}: bad metric key {c['metric']['key']}")
                if c["subject"]["kind"] not in SUBJECT_KINDS:
                    bad(f"{stem}: bad subject kind {c['subject']['kind']}")
                v = c["value"]
                if v["qualifier"] not in QUALIFIERS:
                    bad(f"{stem}: bad claim qualifier {v}")
                if (v["qualifier"] == "range") != (v["value"] is None):
                    bad(f"{stem}: range/value inconsistent {v}")
                for k in ("start", "end"):
                    if k not in c["period"]:
                        bad(f"{stem}: period lacks {k}")
    for p in problems:
        print(p)
    print(f"{len(stems)} documents checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
