#!/usr/bin/env python3
"""Print a raw text with its gold entities bracketed ([LABEL text]) and boilerplate in {{ }}, for re-reading.

python3 tests/data/tools/review.py tests/data/heldout3 <slug>
"""

import json
import pathlib
import sys

ROOT = pathlib.Path(sys.argv[1])
slug = sys.argv[2]
t = (ROOT / "raw" / f"{slug}.txt").read_text(encoding="utf-8")
ed = json.loads((ROOT / "gold" / f"{slug}.entities.json").read_text(encoding="utf-8"))
marks = []
for e in ed["entities"]:
    marks.append((e["start"], 1, "[" + e["label"][:3] + " "))
    marks.append((e["end"], 0, "]"))
for b in ed["boilerplate"]:
    marks.append((b["start"], 1, "{{"))
    marks.append((b["end"], 0, "}}"))
out, last = [], 0
for pos, _, m in sorted(marks):
    out.append(t[last:pos])
    out.append(m)
    last = pos
out.append(t[last:])
print("".join(out))
cd = json.loads((ROOT / "gold" / f"{slug}.claims.json").read_text(encoding="utf-8"))
print("---- doc_date", cd["doc_date"])
for c in cd["claims"]:
    v = c["value"]
    print(
        f"* {c['subject']['name']} [{c['subject']['kind']}|{c['subject']['scope']}] {c['metric']['key']} "
        f"{v['qualifier']} {v['value']} {v['low']} {v['high']} dir={v['direction']} {c['status']} "
        f"{c['period']['start']}..{c['period']['end']} :: {c['evidence']['text'][:70]!r}"
    )
