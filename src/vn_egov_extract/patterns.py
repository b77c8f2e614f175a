"""Compiled regular expressions, once per process.

``regex.search(pattern, text)`` looks its pattern up in the ``regex`` module's cache on every
call, which costs more than most searches of a sentence (about 15 µs: flags are checked and
combined through ``enum``). :func:`rx` compiles a pattern the first time it is asked for and
hands back the same :class:`regex.Pattern` afterwards, so patterns written inline, where they
are read, cost a dictionary look-up.
"""

from __future__ import annotations

import functools

import regex

__all__ = ["rx"]


@functools.cache
def rx(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, compiled once (same arguments → same object).

    Raises:
        regex.error: ``pattern`` is not a valid pattern.

    >>> rx(r"\\d+%").search("đạt 37,43%").group(0)
    '43%'
    >>> rx(r"\\d+%") is rx(r"\\d+%")
    True
    """
    return regex.compile(pattern, flags)
