#!/usr/bin/env python3
"""Print draft candidates with context for hand review: review.py <stem> [year]"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from spans import Text
from draft import draft
stem = sys.argv[1]
t = Text(f"raw/{stem}.txt")
for e in draft(t.text, int(sys.argv[2]) if len(sys.argv) > 2 else 2025):
    print(e["start"], e["label"], repr(e["text"]), e["value"], "|", t.context(e["start"], e["end"], 30))
