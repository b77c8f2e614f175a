"""Qualifier cue words of values (spec §4), shared by PERCENT and QUANTITY.

The cues live in ``models/percent_qualifiers.tsv``: "before" cues stand right before the
number ("gần 25%", "tối thiểu 30%", "≥ 80"), "after" cues right after the unit ("55% trở lên").
"""

from __future__ import annotations

import functools

from ..resources import load_tsv

__all__ = ["before_cues", "after_cues", "cue_before", "cue_words"]


@functools.cache
def before_cues() -> tuple[tuple[str, str], ...]:
    """(cue, qualifier) pairs of "before" cues, longest cue first, lower case."""
    out = [
        (r["cue"].lower(), r["qualifier"])
        for r in load_tsv("percent_qualifiers.tsv", ("cue", "qualifier", "position"))
        if r["position"] == "before"
    ]
    out.sort(key=lambda cq: len(cq[0]), reverse=True)
    return tuple(out)


@functools.cache
def after_cues() -> dict[str, str]:
    """ "after" cue (single-spaced, lower case) → qualifier."""
    return {
        " ".join(r["cue"].lower().split()): r["qualifier"]
        for r in load_tsv("percent_qualifiers.tsv", ("cue", "qualifier", "position"))
        if r["position"] == "after"
    }


@functools.cache
def cue_words(position: str) -> tuple[str, ...]:
    """The cues of one ``position`` ("target", "unit_cell", ...), lower case, longest first."""
    words = {
        " ".join(r["cue"].lower().split())
        for r in load_tsv("percent_qualifiers.tsv", ("cue", "qualifier", "position"))
        if r["position"] == position
    }
    return tuple(sorted(words, key=len, reverse=True))


def cue_before(lower: str, pos: int) -> tuple[str, int] | None:
    """The qualifier whose cue ends right before offset ``pos`` of ``lower`` (spaces or one
    line break of a hard-wrapped text between), as ``(qualifier, cue_start)``; ``None`` when
    there is none. A line break may also fall inside a cue of several words ("tối\\nthiểu 30%").

    >>> cue_before("đạt gần 25%", 8)
    ('approx', 4)
    >>> cue_before("cắt giảm tối\\nthiểu 30%", 19)
    ('at_least', 9)
    """
    j = pos
    while j > 0 and lower[j - 1] in " \t":
        j -= 1
    if j > 0 and lower[j - 1] == "\n":  # one hard line break: "hoặc có trên\n100.000 lượt"
        j -= 1
        while j > 0 and lower[j - 1] in " \t":
            j -= 1
    # the window with each run of white space read as one space, and where each character came from
    raw_start = max(0, j - 32)
    chars: list[str] = []
    origin: list[int] = []
    for k in range(raw_start, j):
        ch = lower[k]
        if ch.isspace():
            if chars and chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        origin.append(k)
    window = "".join(chars)
    for cue, q in before_cues():
        if window.endswith(cue):
            k = origin[len(window) - len(cue)]
            if k == raw_start and raw_start > 0:
                continue  # the cue may go on before the window
            if cue[0].isalpha() and k > 0 and lower[k - 1].isalnum():
                continue
            return q, k
    return None
