"""Legacy Vietnamese encodings: detect and convert to Unicode, and report each repair.

Before Unicode, Vietnamese was typed in 8-bit font encodings that survive in old files, in PDF
and DOCX runs set in legacy fonts, and in text that went through the wrong decoder:

* **TCVN3** (TCVN 5712:1993, the ABC ".VnTime" fonts): one byte per letter. Read as
  Windows-1252 it shows as "QuyÕt ®Þnh sè 17/Q§-UBND" for "Quyết định số 17/QĐ-UBND".
  The ".VnTimeH"-style fonts (name ending in "H") draw the same bytes as capitals.
* **VNI-Windows** ("VNI-Times"): a base letter then a mark byte: "Quyeát ñònh" for "Quyết định".
* **Windows-1258**: base letters and combining tone marks (Python's ``cp1258`` codec), NFC after.
* **Mojibake**: UTF-8 bytes decoded as Windows-1252 or Latin-1 ("Viá»‡t Nam" for "Việt Nam").

The character maps are data (``models/legacy_charmaps.tsv``, with their sources). Detection is
by content: each candidate conversion of a line is scored by how many of its marked words are
well-formed Vietnamese syllables (:func:`vietnamese_score`), and a line is converted only when a
candidate is clearly better than the line as it is, so correct Unicode text is never touched.
Every conversion is reported as an ``encoding_repaired`` entry of severity "info".
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import regex

from ..errors import ErrorKind
from ..models import ErrorEntry
from ..resources import load_tsv

__all__ = [
    "convert_tcvn3",
    "convert_vni",
    "convert_cp1258_misread",
    "fix_mojibake",
    "convert_legacy_font",
    "legacy_font_encoding",
    "vietnamese_score",
    "repair_text",
    "decode_legacy",
    "ENCODING_NAMES",
]

ENCODING_NAMES = {
    "tcvn3": "TCVN3 (ABC, .VnTime fonts)",
    "vni": "VNI-Windows (VNI fonts)",
    "cp1258": "Windows-1258",
    "mojibake": "UTF-8 read as Windows-1252 (mojibake)",
}


# ------------------------------------------------------------------ character maps


@dataclass(frozen=True)
class _Maps:
    tcvn3: dict[str, str]  # seen (cp1252 char) -> Unicode
    vni_letters: dict[str, str]
    vni_marks: dict[str, str]  # seen -> combining marks


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


@functools.cache
def _maps() -> _Maps:
    tcvn3: dict[str, str] = {}
    vl: dict[str, str] = {}
    vm: dict[str, str] = {}
    for r in load_tsv("legacy_charmaps.tsv", ("encoding", "byte", "unicode", "role")):
        seen = _cp1252_char(int(r["byte"], 16))
        uni = "".join(chr(int(x, 16)) for x in r["unicode"].split())
        if r["encoding"] == "tcvn3":
            tcvn3[seen] = uni
        elif r["encoding"] == "vni":
            (vl if r["role"] == "letter" else vm)[seen] = uni
    return _Maps(tcvn3, vl, vm)


# ------------------------------------------------------------------ converters


def convert_tcvn3(text: str, *, upper: bool = False) -> str:
    """Convert text in TCVN3 (read as Windows-1252) to Unicode NFC.

    Args:
        text: the misread text; characters outside the map are kept.
        upper: the run was set in a capitals font (".VnTimeH"): upper-case the result.

    >>> convert_tcvn3("QuyÕt ®Þnh sè 17/Q§-UBND")
    'Quyết định số 17/QĐ-UBND'
    >>> convert_tcvn3("quyÕt ®Þnh", upper=True)
    'QUYẾT ĐỊNH'
    """
    table = _maps().tcvn3
    out = "".join(table.get(c, c) for c in text)
    out = unicodedata.normalize("NFC", out)
    return out.upper() if upper else out


_VNI_BASES = "aAeEiIoOuUyY"


@functools.cache
def _vni_pattern() -> regex.Pattern[str]:
    m = _maps()
    bases = regex.escape(_VNI_BASES + "".join(k for k, v in m.vni_letters.items() if v.lower() in "ơư"))
    marks = regex.escape("".join(m.vni_marks))
    return regex.compile(f"([{bases}])([{marks}])")


def convert_vni(text: str) -> str:
    """Convert text in VNI-Windows (read as Windows-1252) to Unicode NFC.

    A mark byte after a vowel adds its marks to the vowel; the one-byte letters (ô → ơ, ö → ư,
    ñ → đ, and the i/y forms) are replaced.

    >>> convert_vni("Quyeát ñònh soá 17/QÑ-UBND cuûa UÛy ban nhaân daân tænh")
    'Quyết định số 17/QĐ-UBND của Ủy ban nhân dân tỉnh'
    """
    m = _maps()

    def sub(mt: regex.Match[str]) -> str:
        base = m.vni_letters.get(mt.group(1), mt.group(1))
        return base + m.vni_marks[mt.group(2)]

    out = _vni_pattern().sub(sub, text)
    out = "".join(m.vni_letters.get(c, c) for c in out)
    return unicodedata.normalize("NFC", out)


def convert_cp1258_misread(text: str) -> str:
    """Windows-1258 bytes that were decoded as Windows-1252, decoded again as Windows-1258.

    >>> convert_cp1258_misread("Vi\\u00ea\\u00f2t Nam")
    'Việt Nam'
    """
    return unicodedata.normalize("NFC", _sloppy_encode(text).decode("cp1258", errors="replace"))


_CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_CP1252_RUN = regex.compile(r"[\x00-\xff" + regex.escape(_CP1252_EXTRA) + r"]+")
_MOJIBAKE_HINT = regex.compile(
    r"[ÃÄÅÆá][\x80-\xbf" + regex.escape(_CP1252_EXTRA) + r"]|á»|áº",
)


def _sloppy_encode(s: str) -> bytes:
    out = bytearray()
    for c in s:
        o = ord(c)
        if o < 256:
            out.append(o)
        else:
            out += c.encode("cp1252", errors="replace")
    return bytes(out)


def fix_mojibake(text: str) -> str:
    """Undo UTF-8 bytes decoded as Windows-1252 or Latin-1, run by run; runs that do not
    decode as UTF-8 are kept as they are.

    >>> fix_mojibake("Viá»‡t Nam Ä‘áº¡t 37,43%")
    'Việt Nam đạt 37,43%'
    """

    def sub(m: regex.Match[str]) -> str:
        run = m.group(0)
        if all(ord(c) < 128 for c in run):
            return run
        try:
            return _sloppy_encode(run).decode("utf-8")
        except UnicodeDecodeError:
            pass
        # word by word, for runs that mix mojibake and real Latin-1 letters
        parts = regex.split(r"(\s+)", run)
        fixed = []
        for p in parts:
            try:
                fixed.append(_sloppy_encode(p).decode("utf-8") if any(ord(c) > 127 for c in p) else p)
            except UnicodeDecodeError:
                fixed.append(p)
        return "".join(fixed)

    return unicodedata.normalize("NFC", _CP1252_RUN.sub(sub, text))


_CONVERTERS = {
    "tcvn3": convert_tcvn3,
    "vni": convert_vni,
    "cp1258": convert_cp1258_misread,
    "mojibake": fix_mojibake,
}

_TCVN3_FONT = regex.compile(r"(?:^|[+.\s])\.?Vn[A-Z][\w-]*", regex.IGNORECASE)
_VNI_FONT = regex.compile(r"(?:^|[+\s])VNI[-_ ]", regex.IGNORECASE)


def legacy_font_encoding(font_name: str | None) -> tuple[str, bool] | None:
    """The legacy encoding a font name implies: ``("tcvn3", capitals)`` for the ABC fonts
    (".VnTime", ".VnTimeH", "ABCDEF+VnArial"), ``("vni", False)`` for "VNI-Times"-style fonts,
    else ``None``. ``capitals`` is true for the fonts that draw every letter as a capital.

    >>> legacy_font_encoding(".VnTimeH"), legacy_font_encoding("VNI-Times"), legacy_font_encoding("Times New Roman")
    (('tcvn3', True), ('vni', False), None)
    """
    if not font_name:
        return None
    name = font_name.split("+", 1)[-1] if "+" in font_name[:8] else font_name
    name = name.split(",")[0].strip()
    if _VNI_FONT.search(name) or name.upper().startswith("VNI-"):
        return "vni", False
    m = regex.match(r"^\.?(Vn[A-Za-z0-9]+?)(H)?(?:[-,].*)?$", name)
    if m and name.lower().startswith((".vn", "vn")):
        return "tcvn3", bool(m.group(2))
    return None


def convert_legacy_font(text: str, font_name: str | None) -> str | None:
    """Convert a run of text set in a legacy font (see :func:`legacy_font_encoding`) to Unicode;
    ``None`` when the font is not a legacy Vietnamese font or the run does not need it.

    >>> convert_legacy_font("Tû lÖ", ".VnTime")
    'Tỷ lệ'
    """
    enc = legacy_font_encoding(font_name)
    if enc is None or all(ord(c) < 128 for c in text):
        if enc is not None and enc[1] and text != text.upper():
            return text.upper()
        return None
    kind, capitals = enc
    if kind == "tcvn3":
        return convert_tcvn3(text, upper=capitals)
    return convert_vni(text)


# ------------------------------------------------------------------ scoring


_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
# nucleus: an optional medial o/u, then a vowel or a diphthong (Vietnamese phonotactics)
_NUCLEUS = r"[ou]?(?:iê|yê|ia|ya|uô|ua|ươ|ưa|[aăâeêioôơuưy])"
_CODA = r"(?:ch|ng|nh|c|k|m|n|p|t|i|y|o|u)?"  # k: "Đắk Lắk"
_SYLLABLE = regex.compile(rf"^{_ONSET}{_NUCLEUS}{_CODA}$")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_BASE_MARKS = {"\u0302": {"a": "â", "e": "ê", "o": "ô"}, "\u0306": {"a": "ă"}, "\u031b": {"o": "ơ", "u": "ư"}}
_ABBREVIATION = regex.compile(r"^[A-ZĐ]{2,8}$")  # "QĐ", "NĐ", "TTĐT": not syllables, not errors
_PUNCT_1252 = "‘’“”•–—…"
_WORD = regex.compile(
    r"[\p{L}\p{M}\u00a1-\u00ff" + regex.escape("".join(c for c in _CP1252_EXTRA if c not in _PUNCT_1252)) + r"]+"
)


@functools.lru_cache(maxsize=50_000)
def _is_syllable(word: str) -> bool:
    """Whether ``word`` (any case) is a well-formed Vietnamese syllable with at most one tone."""
    d = unicodedata.normalize("NFD", word.lower())
    base = []
    tones = 0
    for c in d:
        if c in _TONES:
            tones += 1
        elif c in _BASE_MARKS:
            if not base or base[-1] not in _BASE_MARKS[c]:
                return False
            base[-1] = _BASE_MARKS[c][base[-1]]
        elif unicodedata.combining(c):
            return False
        else:
            base.append(c)
    if tones > 1:
        return False
    return bool(_SYLLABLE.match("".join(base).replace("\u0111", "đ")))


def vietnamese_score(text: str) -> tuple[int, int]:
    """``(good, bad)``: how many of the words of ``text`` that hold a non-ASCII character are
    well-formed Vietnamese syllables (at most one tone mark, Vietnamese onset/nucleus/coda), and
    how many are not. Pure-ASCII words are not counted (they read the same in every encoding).

    >>> vietnamese_score("Quyết định số 17/QĐ-UBND")
    (3, 0)
    >>> vietnamese_score("QuyÕt ®Þnh sè 17/Q§-UBND")
    (1, 3)
    """
    good = bad = 0
    for m in _WORD.finditer(text):
        w = m.group(0)
        if w.isascii() or _ABBREVIATION.match(w):
            continue
        if _is_syllable(w):
            good += 1
        else:
            bad += 1
    return good, bad


# ------------------------------------------------------------------ detection


_VIET_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def _suspicious(text: str) -> bool:
    """Cheap pre-check: characters that Unicode Vietnamese text does not use."""
    for c in text:
        o = ord(c)
        if 0x80 <= o <= 0xFF and o != 0xA0 and c not in _VIET_LATIN1:
            return True
        if c in _CP1252_EXTRA and c not in "‘’“”–—…•":
            return True
    return bool(_MOJIBAKE_HINT.search(text))


def _token_good(token: str) -> bool:
    return all(w.isascii() or _ABBREVIATION.match(w) or _is_syllable(w) for w in _WORD.findall(token))


def _changes(before: str, after: str) -> tuple[int, int] | None:
    """``(fixed, broken)``: words that were not Vietnamese and now are, and words that were
    well-formed Vietnamese and were changed; ``None`` when the words do not line up."""
    a, b = before.split(), after.split()
    if len(a) != len(b):
        return None
    fixed = broken = 0
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        if _token_good(x):
            broken += 1
        elif _token_good(y):
            fixed += 1
    return fixed, broken


def _best_conversion(text: str, *, prefer: str | None = None) -> tuple[str, str] | None:
    """The conversion of ``text`` that is clearly better Vietnamese, as ``(kind, converted)``.

    A conversion must turn words that are not Vietnamese into Vietnamese ones ("QuyÕt" →
    "Quyết") and change few words that already were ("Báo" read as TCVN3 would become "Bỏo"):
    at least two fixed words and twice as many fixed as changed good ones (one fixed and
    none changed for mojibake, whose UTF-8 byte patterns are unmistakable, and for the
    encoding of the whole document, ``prefer``).
    """
    good0, bad0 = vietnamese_score(text)
    if bad0 < 1:
        return None
    best: tuple[int, str, str] | None = None
    order = [prefer, *[k for k in _CONVERTERS if k != prefer]] if prefer else list(_CONVERTERS)
    for kind in order:
        try:
            out = _CONVERTERS[kind](text)
        except Exception:  # a converter never makes a line unreadable
            continue
        if out == text:
            continue
        good, bad = vietnamese_score(out)
        if bad * 5 > max(good, 1) or bad >= bad0:
            continue
        ch = _changes(text, out)
        if ch is None:
            fixed, broken = bad0 - bad, 0
        else:
            fixed, broken = ch
        lenient = kind == "mojibake" or kind == prefer
        if not (fixed >= 2 and fixed >= 2 * broken) and not (lenient and fixed >= 1 and broken == 0):
            continue
        if kind == prefer:
            return kind, out
        gain = fixed - broken
        if best is None or gain > best[0]:
            best = (gain, kind, out)
    return (best[1], best[2]) if best else None


def repair_text(text: str) -> tuple[str, list[ErrorEntry]]:
    """Convert the lines of ``text`` that are in a legacy encoding or mojibake to Unicode.

    Args:
        text: decoded text.

    Returns:
        ``(text, errors)``: the repaired text (line breaks kept, lines that need no repair
        untouched) and one ``encoding_repaired`` info entry per kind of repair.

    >>> t, errs = repair_text("Tỉnh Khánh Hòa\\nQuyÕt ®Þnh sè 17/Q§-UBND cña UBND tØnh")
    >>> t
    'Tỉnh Khánh Hòa\\nQuyết định số 17/QĐ-UBND của UBND tỉnh'
    >>> [(e.kind, e.severity) for e in errs]
    [('encoding_repaired', 'info')]
    >>> repair_text("Quyết định số 17/QĐ-UBND")[1]
    []
    """
    if not _suspicious(text):
        return text, []
    counts: dict[str, int] = {}
    lines = text.split("\n")
    # the encoding of the whole text (more evidence) is tried first on each line, then the others
    whole = _best_conversion(text) if len(lines) > 1 else None
    out_lines = []
    for line in lines:
        if _suspicious(line):
            conv = _best_conversion(line, prefer=whole[0] if whole else None)
            if conv is not None:
                counts[conv[0]] = counts.get(conv[0], 0) + 1
                line = conv[1]
        out_lines.append(line)
    return "\n".join(out_lines), _entries(counts)


def _entries(counts: dict[str, int]) -> list[ErrorEntry]:
    return [
        ErrorEntry(
            kind=ErrorKind.ENCODING_REPAIRED,
            message=f"{n} line(s) in {ENCODING_NAMES[k]} converted to Unicode",
            severity="info",
        )
        for k, n in counts.items()
    ]


def decode_legacy(data: bytes) -> tuple[str, list[ErrorEntry]] | None:
    """Decode bytes that are not UTF-8 as the legacy Vietnamese encoding that reads best.

    Candidates: Windows-1258, TCVN3, VNI-Windows (both as Windows-1252 bytes), scored by
    :func:`vietnamese_score`. Returns ``(text, [info entry])``, or ``None`` when no candidate
    reads as Vietnamese (the caller then reports the bytes as not text or replaces them).

    >>> decode_legacy("Vi\\u00ea\\u0323t Nam \\u0111a\\u0323t".encode("cp1258"))[0]
    'Việt Nam đạt'
    >>> decode_legacy(bytes.fromhex("517579d57420aede6e68"))[0]  # TCVN3 bytes of "Quyết định"
    'Quyết định'
    """
    latin = data.decode("cp1252", errors="replace").replace("\ufffd", "?")
    cands = {
        "cp1258": unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")),
        "tcvn3": convert_tcvn3(_latin1_view(data)),
        "vni": convert_vni(latin),
    }
    best: tuple[int, str, str] | None = None
    for kind, text in cands.items():
        good, bad = vietnamese_score(text)
        score = good - 2 * bad - 3 * text.count("\ufffd")
        if good >= 2 and bad * 5 <= good and (best is None or score > best[0]):
            best = (score, kind, text)
    if best is None:
        return None
    _, kind, text = best
    return text, [
        ErrorEntry(
            kind=ErrorKind.ENCODING_REPAIRED,
            message=f"the file is not UTF-8; decoded as {ENCODING_NAMES[kind]}",
            severity="info",
        )
    ]


def _latin1_view(data: bytes) -> str:
    """Bytes as Windows-1252 characters, undefined bytes as their Latin-1 code point."""
    return "".join(_cp1252_char(b) for b in data)
