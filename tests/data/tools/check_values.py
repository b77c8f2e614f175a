#!/usr/bin/env python3
"""Check the held-out gold files against the raw texts.

    python3 tests/data/tools/check_values.py tests/data/heldout3

For every gold file: each entity's and each claim evidence's ``text`` equals ``raw[start:end]``;
entities do not overlap and do not sit in boilerplate; PERCENT values agree with the numbers in
their span (Vietnamese decimal comma); each claim's value is written in its evidence; dates are
ISO dates with start <= end; kinds and keys are from the spec's lists. Exit 1 on any problem.
"""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import sys

KEYS = {
    "dvc_level4_rate",
    "dvc_level34_portal_rate",
    "dvc_with_online_dossiers_rate",
    "online_dossier_rate",
    "fee_reduction_rate",
    "other",
}
SUBJECT_KINDS = {"country", "province", "ministry", "agency", "group", "district"}
STATUS = {"achieved", "target", "projected"}
QUALS = {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"}
LABELS = {"DOC_NUMBER", "DATE", "PERCENT", "AGENCY", "LOCATION"}


def vn_numbers(s: str) -> list[float]:
    out = []
    for m in re.finditer(r"\d+(?:\.\d{3})*(?:,\d+)?", s):
        out.append(float(m.group(0).replace(".", "").replace(",", ".")))
    return out


def iso(x):
    return None if x is None else dt.date.fromisoformat(x)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: check_values.py SET_DIR", file=sys.stderr)
        return 2
    HELDOUT = pathlib.Path(sys.argv[1])
    problems = []
    gold = HELDOUT / "gold"
    stems = sorted({p.name.split(".")[0] for p in gold.glob("*.json")})
    for stem in stems:
        text = (HELDOUT / "raw" / f"{stem}.txt").read_text(encoding="utf-8")
        ed = json.loads((gold / f"{stem}.entities.json").read_text(encoding="utf-8"))
        cd = json.loads((gold / f"{stem}.claims.json").read_text(encoding="utf-8"))
        P = lambda m, stem=stem: problems.append(f"{stem}: {m}")  # noqa: E731
        if ed["source"] != f"{stem}.txt" or cd["source"] != f"{stem}.txt":
            P("source field")
        bps = ed.get("boilerplate", [])
        prev_end = -1
        for e in sorted(ed["entities"], key=lambda x: x["start"]):
            if e["label"] not in LABELS:
                P(f"label {e['label']}")
            if text[e["start"] : e["end"]] != e["text"]:
                P(f"entity span mismatch {e}")
            if e["start"] < prev_end:
                P(f"overlapping entity {e['text']!r} at {e['start']}")
            prev_end = max(prev_end, e["end"])
            for b in bps:
                if e["start"] < b["end"] and b["start"] < e["end"]:
                    P(f"entity in boilerplate {e['text']!r}")
            v = e["value"]
            if e["label"] == "PERCENT":
                nums = vn_numbers(e["text"])
                want = [x for x in (v["value"], v["low"], v["high"]) if x is not None]
                if sorted(nums) != sorted(want) or v["qualifier"] not in QUALS:
                    P(f"percent value {e['text']!r} {v}")
                if (v["qualifier"] == "range") != (v["value"] is None):
                    P(f"percent range shape {e['text']!r}")
            if e["label"] == "DATE":
                try:
                    s, t = iso(v["start"]), iso(v["end"])
                    if s and t and s > t:
                        P(f"date order {e['text']!r}")
                except ValueError:
                    P(f"bad date {e}")
        for c in cd["claims"]:
            ev = c["evidence"]
            if text[ev["start"] : ev["end"]] != ev["text"]:
                P(f"evidence mismatch {ev}")
            for b in bps:
                if ev["start"] < b["end"] and b["start"] < ev["end"]:
                    P(f"claim evidence in boilerplate {ev['text'][:40]!r}")
            if c["metric"]["key"] not in KEYS:
                P(f"metric key {c['metric']['key']}")
            if c["subject"]["kind"] not in SUBJECT_KINDS:
                P(f"subject kind {c['subject']['kind']}")
            if c["status"] not in STATUS:
                P(f"status {c['status']}")
            v = c["value"]
            if v["qualifier"] not in QUALS or v["unit"] != "%":
                P(f"value shape {v}")
            evnums = vn_numbers(ev["text"])
            for x in (v["value"], v["low"], v["high"]):
                if x is not None and not any(abs(x - y) < 1e-9 for y in evnums):
                    P(f"claim value {x} not written in evidence {ev['text'][:60]!r}")
            try:
                s, t = iso(c["period"]["start"]), iso(c["period"]["end"])
                if s and t and s > t:
                    P(f"period order {c['period']}")
            except ValueError:
                P(f"bad period {c['period']}")
        if cd.get("doc_date") is not None:
            iso(cd["doc_date"])
    for p in problems:
        print(p)
    print(f"{len(stems)} documents checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
