"""The one Vietnamese number parser every recognizer uses.

Vietnamese convention (TCVN 6909 / Circular 01/2011/TT-BNV on administrative style, and
newspaper practice): "," is the decimal mark and "." groups thousands — "37,43" = 37.43,
"1.865" = 1865, "253.000" = 253000. Sources written in English style use the opposite;
``decimal_point=True`` parses "37.43" as 37.43 and "1,865" as 1865.

Ambiguous single separators are read by the number of digits after them: a "." followed by
exactly three digits groups thousands ("1.865"); followed by one or two digits it can only be
a decimal point written in English style ("2.5" = 2.5). Likewise a "," followed by three
digits in English-style text.
"""

from __future__ import annotations

import regex

__all__ = ["NUMBER_PATTERN", "parse_number", "parse_scaled"]

#: A number as written: digits with optional "." or "," groups and an optional decimal part.
NUMBER_PATTERN = (
    r"(?<![\p{L}\p{N}.,])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?(?![\p{N}])|(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?(?![\p{N}])"
)

_GROUPED_DOT = regex.compile(r"\d{1,3}(?:\.\d{3})+")
_GROUPED_COMMA = regex.compile(r"\d{1,3}(?:,\d{3})+")

_SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}


def parse_number(s: str, *, decimal_point: bool = False) -> float | None:
    """Parse a number written Vietnamese style; ``None`` when ``s`` is not one number.

    Args:
        s: the digits as written ("37,43", "1.865", "253.000", "8,0", "2.5").
        decimal_point: the source writes decimals with "." (English style).

    Returns:
        The value as a float.

    >>> parse_number("37,43"), parse_number("1.865"), parse_number("253.000"), parse_number("8,0")
    (37.43, 1865.0, 253000.0, 8.0)
    >>> parse_number("1.234.567,5"), parse_number("2.5"), parse_number("12,345", decimal_point=True)
    (1234567.5, 2.5, 12345.0)
    >>> parse_number("abc") is None
    True
    """
    s = s.strip()
    if not s or not s[0].isdigit() or not s[-1].isdigit():
        return None
    thousands, decimal = (",", ".") if decimal_point else (".", ",")
    if thousands in s and decimal in s:
        if s.rfind(decimal) < s.rfind(thousands):
            return None
        intpart, frac = s.rsplit(decimal, 1)
        if not (_GROUPED_DOT if thousands == "." else _GROUPED_COMMA).fullmatch(intpart):
            return None
        return _to_float(intpart.replace(thousands, "") + "." + frac)
    if decimal in s:
        if s.count(decimal) > 1:
            return None
        return _to_float(s.replace(decimal, "."))
    if thousands in s:
        grouped = _GROUPED_DOT if thousands == "." else _GROUPED_COMMA
        if grouped.fullmatch(s):
            return _to_float(s.replace(thousands, ""))
        if s.count(thousands) == 1:  # "2.5": only a decimal mark fits
            return _to_float(s.replace(thousands, "."))
        return None
    return _to_float(s)


def _to_float(s: str) -> float | None:
    try:
        return float(s)
    except ValueError:
        return None


def parse_scaled(number: str, scale: str | None, *, decimal_point: bool = False) -> float | None:
    """Parse a number followed by a scale word ("1,5 triệu" → 1500000.0).

    >>> parse_scaled("1,5", "triệu")
    1500000.0
    """
    v = parse_number(number, decimal_point=decimal_point)
    if v is None:
        return None
    if scale:
        v *= _SCALES.get(scale.lower(), 1.0)
    return v
