"""Offset helpers for the held-out gold files (annotation tooling, not part of the library).

Texts are read exactly as stored (``open(p, encoding="utf-8").read()``); offsets are Python
code-point indices, end exclusive, so ``text[start:end]`` is the span text.

    from spans import Text
    t = Text("raw/cd-220-....txt")
    s, e = t.find("62,8%")              # first occurrence
    s, e = t.find("100%", n=3)          # third occurrence
    s, e = t.find("100%", after=1200)   # first occurrence at or after offset 1200
    s, e = t.find_ws("Bộ Khoa học và Công nghệ")  # any whitespace run in the pattern matches any whitespace run
"""
from __future__ import annotations

import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent  # tests/data/heldout


class SpanError(ValueError):
    pass


def ws_pattern(snippet: str) -> str:
    """Regex for a snippet where each run of whitespace may be any run of whitespace (hard line wraps)."""
    parts = re.split(r"\s+", snippet.strip())
    return r"\s+".join(re.escape(p) for p in parts)


class Text:
    def __init__(self, path):
        p = pathlib.Path(path)
        if not p.is_absolute():
            p = ROOT / p
        self.path = p
        self.text = p.read_text(encoding="utf-8")

    def find(self, snippet: str, n: int = 1, after: int = 0, before: int | None = None) -> tuple[int, int]:
        pos = after
        for _ in range(n):
            i = self.text.find(snippet, pos, before if before is not None else len(self.text))
            if i < 0:
                raise SpanError(f"{snippet!r} (n={n}, after={after}) not found in {self.path.name}")
            pos = i + 1
        return i, i + len(snippet)

    def find_ws(self, snippet: str, n: int = 1, after: int = 0, before: int | None = None) -> tuple[int, int]:
        rx = re.compile(ws_pattern(snippet))
        end = before if before is not None else len(self.text)
        hits = [m for m in rx.finditer(self.text, after, end)]
        if len(hits) < n:
            raise SpanError(f"{snippet!r} (ws, n={n}, after={after}) not found in {self.path.name}")
        m = hits[n - 1]
        return m.start(), m.end()

    def all_ws(self, snippet: str, after: int = 0, before: int | None = None) -> list[tuple[int, int]]:
        rx = re.compile(ws_pattern(snippet))
        end = before if before is not None else len(self.text)
        return [(m.start(), m.end()) for m in rx.finditer(self.text, after, end)]

    def __getitem__(self, sl):
        return self.text[sl]

    def context(self, s: int, e: int, width: int = 40) -> str:
        a, b = max(0, s - width), min(len(self.text), e + width)
        return (self.text[a:s] + "[[" + self.text[s:e] + "]]" + self.text[e:b]).replace("\n", "⏎")
