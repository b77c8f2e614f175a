"""OCR of scanned pages: Tesseract with its Vietnamese model, and the repair of OCR confusions.

Used by the PDF reader for pages without a text layer (``ReadOptions.ocr``: ``auto``,
``always``, ``never``). Needs the Tesseract program with the Vietnamese model (Debian/Ubuntu:
``apt-get install tesseract-ocr tesseract-ocr-vie``) and the Python binding
(``pip install 'vn-egov-extract[ocr]'``, pytesseract). Pages are rasterized by pdfplumber
(pypdfium2) at 300 dpi; Tesseract's word boxes become :class:`~.layout_lines.Line` objects in
PDF points, so paragraphs are rebuilt by the same rules as for text-layer PDFs.

**Repairs** (:func:`repair_ocr_text`), each only where a known pattern makes it certain:

* a document-type word misread in its tone marks right before a number ("Nghỉ định số 43",
  "Quyêt định 17/QĐ-UBND") → the type's spelling from ``models/doc_types.tsv``;
* a fraction slash (U+2044) read for the "/" of a document number ("214⁄QĐ-DCT");
* a document-number symbol that lost its hyphen ("3485/BTTTTTHH", "17/QĐUBND") → the hyphen
  put back after the longest known type or issuer code (``models/doc_types.tsv``,
  ``models/ministries.tsv``, "UBND"), when what follows it is two or more capitals.

Symbols without a hyphen that no known code explains, and words Tesseract is unsure of
(confidence below 60), are flagged as an ``ocr_uncertain`` warning with examples, not changed.
"""

from __future__ import annotations

import functools
import shutil
import statistics

import regex

from ..errors import ErrorKind
from ..models import ErrorEntry
from ..normalize import normalize_text, strip_diacritics
from ..resources import load_tsv, split_list
from .layout_lines import Line

__all__ = ["unavailable_reason", "ocr_image", "ocr_pdf_page", "repair_ocr_text", "INSTALL_HINT"]

INSTALL_HINT = (
    "install Tesseract with its Vietnamese model (Debian/Ubuntu: apt-get install tesseract-ocr "
    "tesseract-ocr-vie) and the binding: pip install 'vn-egov-extract[ocr]'"
)
DPI = 300
LOW_CONFIDENCE = 60.0


@functools.cache
def unavailable_reason() -> str | None:
    """Why OCR cannot run here (``None`` when it can): the binding, the program or the
    Vietnamese model is missing. The message says how to install what is missing."""
    try:
        import pytesseract
    except ImportError:
        return f"the Python package 'pytesseract' is not installed; {INSTALL_HINT}"
    if shutil.which("tesseract") is None and not _configured_cmd(pytesseract):
        return f"the Tesseract program is not installed; {INSTALL_HINT}"
    try:
        langs = set(pytesseract.get_languages(config=""))
    except Exception as e:  # a broken install
        return f"Tesseract does not run ({type(e).__name__}: {e}); {INSTALL_HINT}"
    if "vie" not in langs:
        return f"Tesseract's Vietnamese model (vie) is not installed; {INSTALL_HINT}"
    return None


def _configured_cmd(pytesseract) -> bool:  # noqa: ANN001
    cmd = getattr(pytesseract.pytesseract, "tesseract_cmd", "tesseract")
    return cmd != "tesseract" and shutil.which(cmd) is not None


# ------------------------------------------------------------------ OCR


def ocr_image(image, *, scale: float = 1.0, lang: str = "vie") -> tuple[list[Line], list[ErrorEntry]]:  # noqa: ANN001
    """OCR a PIL image into lines (boxes multiplied by ``scale``, e.g. 72/dpi for PDF points).

    Returns:
        ``(lines, notes)``: lines top to bottom (text repaired by :func:`repair_ocr_text`) and
        ``ocr_repaired`` / ``ocr_uncertain`` entries.

    Raises:
        RuntimeError: Tesseract failed on the image.
    """
    import pytesseract

    d = pytesseract.image_to_data(image, lang=lang, output_type=pytesseract.Output.DICT)
    groups: dict[tuple[int, int, int], list[dict]] = {}
    for i, word in enumerate(d["text"]):
        if not word or not word.strip():
            continue
        key = (d["block_num"][i], d["par_num"][i], d["line_num"][i])
        groups.setdefault(key, []).append(
            {
                "text": normalize_text(word),
                "x0": d["left"][i] * scale,
                "x1": (d["left"][i] + d["width"][i]) * scale,
                "top": d["top"][i] * scale,
                "bottom": (d["top"][i] + d["height"][i]) * scale,
                "conf": float(d["conf"][i]),
            }
        )
    lines: list[Line] = []
    low: list[str] = []
    for words in groups.values():
        words.sort(key=lambda w: w["x0"])
        heights = [w["bottom"] - w["top"] for w in words]
        size = max(statistics.median(heights) * 0.9, 1.0)
        text = words[0]["text"]
        for a, b in zip(words, words[1:], strict=False):
            text += ("\t" if b["x0"] - a["x1"] > 2.5 * size else " ") + b["text"]
        low.extend(w["text"] for w in words if 0 <= w["conf"] < LOW_CONFIDENCE and regex.search(r"\p{L}", w["text"]))
        lines.append(
            Line(
                text=text,
                x0=words[0]["x0"],
                x1=words[-1]["x1"],
                top=min(w["top"] for w in words),
                bottom=max(w["bottom"] for w in words),
                size=size,
                first_word_width=words[0]["x1"] - words[0]["x0"],
            )
        )
    lines.sort(key=lambda ln: (round(ln.top / 3), ln.x0))
    notes: list[ErrorEntry] = []
    fixed: list[str] = []
    flagged: list[str] = []
    for ln in lines:
        ln.text, f, g = repair_ocr_text(ln.text)
        fixed += f
        flagged += g
    if fixed:
        notes.append(
            ErrorEntry(
                kind=ErrorKind.OCR_REPAIRED,
                message=f"{len(fixed)} OCR confusion(s) repaired by known patterns: " + "; ".join(fixed[:5]),
                severity="info",
            )
        )
    if flagged or low:
        examples = (flagged + low)[:8]
        notes.append(
            ErrorEntry(
                kind=ErrorKind.OCR_UNCERTAIN,
                message=(
                    f"{len(flagged)} document number(s) that no known pattern repairs and {len(low)} word(s) "
                    f"read with confidence below {LOW_CONFIDENCE:.0f}: " + ", ".join(examples)
                ),
                severity="warning",
            )
        )
    return lines, notes


def ocr_pdf_page(page) -> tuple[list[Line], list[dict], list[ErrorEntry]]:  # noqa: ANN001 - a pdfplumber Page
    """OCR one PDF page (rasterized at 300 dpi, deskewed); lines in PDF points.

    A ruled table on the page (:func:`find_grid`) is read cell by cell: its rules are erased,
    the table is read as one block (Tesseract ``--psm 6``) and each word goes to the cell
    holding its centre. Returns ``(lines, tables, notes)``; a table is a dict with ``rows``
    (lists of cell texts, ``None`` for none), ``top``/``bottom`` (PDF points) and ``ncols``.
    """
    import numpy as np
    from PIL import Image

    image = page.to_image(resolution=DPI).original.convert("L")
    angle = deskew_angle(image)
    if abs(angle) >= 0.1:
        image = image.rotate(angle, resample=Image.BILINEAR, fillcolor=255)
    scale = 72.0 / DPI
    tables: list[dict] = []
    notes: list[ErrorEntry] = []
    rest = image
    grid = find_grid(image)
    if grid is not None:
        ys, xs, rules = grid
        arr = np.asarray(image).copy()
        arr[_dilate(rules, 2)] = 255
        clean = Image.fromarray(arr)
        box = (int(xs[0]), int(ys[0]), int(xs[-1]) + 1, int(ys[-1]) + 1)
        rows, more = _read_grid(clean.crop(box), [y - box[1] for y in ys], [x - box[0] for x in xs])
        if len(rows) >= 2:
            tables.append({"rows": rows, "top": ys[0] * scale, "bottom": ys[-1] * scale, "ncols": len(xs) - 1})
            notes.extend(more)
            rest = image.copy()
            rest.paste(255, box)
    lines, more = ocr_image(rest, scale=scale)
    return lines, tables, more + notes


# ------------------------------------------------------------------ ruled tables in scans


def deskew_angle(image) -> float:  # noqa: ANN001 - a PIL image
    """The rotation (degrees, -2..2 by 0.2) that makes the page's text lines and rules most
    horizontal: the angle whose row profile of dark pixels is sharpest (largest sum of squares)."""
    import numpy as np
    from PIL import Image

    small = image.convert("L").resize((max(1, image.width // 4), max(1, image.height // 4)))
    best, best_angle = -1.0, 0.0
    for a in np.arange(-2.0, 2.01, 0.2):
        dark = np.asarray(small.rotate(float(a), resample=Image.BILINEAR, fillcolor=255)) < 140
        score = float((dark.sum(axis=1, dtype=np.float64) ** 2).sum())
        if score > best:
            best, best_angle = score, float(a)
    return round(best_angle, 1)


def _long_runs(dark, length: int, axis: int):  # noqa: ANN001, ANN202 - numpy arrays
    """Mask of the pixels that lie in a run of at least ``length`` dark pixels along ``axis``."""
    import numpy as np

    d = dark if axis == 1 else dark.T
    h, w = d.shape
    if w <= length:
        return np.zeros(dark.shape, bool)
    cs = np.concatenate([np.zeros((h, 1), np.int32), np.cumsum(d, axis=1, dtype=np.int32)], axis=1)
    full = (cs[:, length:] - cs[:, :-length]) == length
    cs2 = np.concatenate([np.zeros((h, 1), np.int32), np.cumsum(full, axis=1, dtype=np.int32)], axis=1)
    idx = np.arange(w)
    lo = np.clip(idx - length + 1, 0, full.shape[1])
    hi = np.clip(idx + 1, 0, full.shape[1])
    mask = (cs2[:, hi] - cs2[:, lo]) > 0
    return mask if axis == 1 else mask.T


def _dilate(mask, r: int):  # noqa: ANN001, ANN202
    import numpy as np

    out = mask.copy()
    for d in range(1, r + 1):
        for axis in (0, 1):
            out |= np.roll(mask, d, axis=axis) | np.roll(mask, -d, axis=axis)
    return out


def _rule_positions(coverage, threshold: float, merge: float) -> list[float]:  # noqa: ANN001
    out: list[float] = []
    start = prev = None
    for i in (int(x) for x in (coverage >= threshold).nonzero()[0]):
        if start is None:
            start = prev = i
        elif i <= prev + 3:
            prev = i
        else:
            out.append((start + prev) / 2)
            start = prev = i
    if start is not None:
        out.append((start + prev) / 2)
    merged: list[float] = []
    for x in out:  # double rules (a table's frame) are one rule
        if merged and x - merged[-1] < merge:
            merged[-1] = (merged[-1] + x) / 2
        else:
            merged.append(x)
    return merged


def find_grid(image):  # noqa: ANN001, ANN201 - a PIL image; (ys, xs, rules mask) or None
    """The rules of a ruled table on a page image: the y of its horizontal rules, the x of its
    vertical rules (pixels) and the mask of rule pixels; ``None`` when the page has no table of
    at least 3 horizontal and 3 vertical rules.

    A rule is a row (column) whose pixels in long dark runs (1/40 of the page width, 1/60 of its
    height) cover at least half as much as the most covered one, itself at least 30% of the
    page width (of the table height).
    """
    import numpy as np

    dark = np.asarray(image.convert("L")) < 150
    h, w = dark.shape
    hmask = _long_runs(dark, max(40, w // 40), axis=1)
    hcov = hmask.sum(axis=1)
    if hcov.max() < 0.3 * w:
        return None
    ys = _rule_positions(hcov, 0.5 * hcov.max(), merge=DPI / 15)
    if len(ys) < 3:
        return None
    top, bottom = int(ys[0]), int(ys[-1])
    vmask = _long_runs(dark, max(40, h // 60), axis=0)
    vcov = vmask[top : bottom + 1].sum(axis=0)
    if vcov.max() < 0.3 * (bottom - top):
        return None
    xs = _rule_positions(vcov, 0.5 * vcov.max(), merge=DPI / 15)
    if len(xs) < 3:
        return None
    return ys, xs, hmask | vmask


_NOISE_TOKEN = regex.compile(r"^[^\p{L}\p{N}%]+$")
_NOISE_BEFORE_NUMBER = regex.compile(r"^[|!¡Ì`'.:_~]+(?=\d)")
_NOISE_AFTER_NUMBER = regex.compile(r"(?<=[\d%])[_.:|!~]+$")


def _clean_cell(words: list[str]) -> str:
    out = []
    for w in words:
        if _NOISE_TOKEN.match(w):
            continue
        w = _NOISE_AFTER_NUMBER.sub("", _NOISE_BEFORE_NUMBER.sub("", w))
        if w:
            out.append(w)
    return " ".join(out)


def _read_grid(image, ys: list[float], xs: list[float]) -> tuple[list[list[str | None]], list[ErrorEntry]]:  # noqa: ANN001
    import bisect

    import pytesseract

    d = pytesseract.image_to_data(image, lang="vie", config="--psm 6", output_type=pytesseract.Output.DICT)
    cells: dict[tuple[int, int], list[tuple[float, float, float, str]]] = {}
    for i, word in enumerate(d["text"]):
        if not word or not word.strip():
            continue
        cx = d["left"][i] + d["width"][i] / 2
        cy = d["top"][i] + d["height"][i] / 2
        if not (ys[0] < cy < ys[-1] and xs[0] < cx < xs[-1]):
            continue
        key = (bisect.bisect(ys, cy) - 1, bisect.bisect(xs, cx) - 1)
        cells.setdefault(key, []).append((cy, d["left"][i], d["height"][i], normalize_text(word)))
    rows: list[list[str | None]] = []
    fixed_all: list[str] = []
    for r in range(len(ys) - 1):
        row: list[str | None] = []
        for c in range(len(xs) - 1):
            words = cells.get((r, c), [])
            if not words:
                row.append("")
                continue
            tol = 0.6 * statistics.median(w[2] for w in words)
            words.sort(key=lambda w: w[0])
            lines: list[list[tuple]] = []
            for w in words:
                if lines and abs(w[0] - lines[-1][0][0]) <= tol:
                    lines[-1].append(w)
                else:
                    lines.append([w])
            text = _clean_cell([w[3] for ln in lines for w in sorted(ln, key=lambda w: w[1])])
            text, fixed, _ = repair_ocr_text(text)
            fixed_all += fixed
            row.append(text)
        if any(row):
            rows.append(row)
    notes = []
    if fixed_all:
        notes.append(
            ErrorEntry(
                kind=ErrorKind.OCR_REPAIRED,
                message=f"{len(fixed_all)} OCR confusion(s) in a table repaired: " + "; ".join(fixed_all[:5]),
                severity="info",
            )
        )
    return rows, notes


# ------------------------------------------------------------------ repairs


@functools.cache
def _doc_type_words() -> dict[str, str]:
    """Diacritic-free lower-case form → spelling, for multi-syllable document types."""
    out = {}
    for r in load_tsv("doc_types.tsv", ("code", "doc_type")):
        name = r["doc_type"]
        if " " in name:
            out[strip_diacritics(name).lower()] = name
    return out


@functools.cache
def _codes() -> tuple[str, ...]:
    codes = {r["code"] for r in load_tsv("doc_types.tsv", ("code",))}
    for r in load_tsv("ministries.tsv", ("symbol_codes",)):
        codes.update(split_list(r["symbol_codes"]))
    codes.update({"UBND", "HĐND", "BCĐ", "VPCP", "TTg"})
    return tuple(sorted((c for c in codes if len(c) >= 2), key=len, reverse=True))


@functools.cache
def _type_pattern() -> regex.Pattern[str]:
    """A document type written with any marks on its letters, right before a number."""
    parts = [r"\s+".join(_syllable(sy) for sy in w.split()) for w in sorted(_doc_type_words(), key=len, reverse=True)]
    return regex.compile(r"(?<![\p{L}\p{M}])(?P<t>" + "|".join(parts) + r")(?=\s+(?:số\s*:?\s*)?\d)")


def _syllable(plain: str) -> str:
    return "".join(_VARIANTS.get(c, regex.escape(c)) for c in plain)


def _variants() -> dict[str, str]:
    """Each base letter → a class of it with every Vietnamese mark, both cases."""
    out: dict[str, set[str]] = {}
    for cp in list(range(0x0041, 0x007B)) + list(range(0x00C0, 0x0250)) + list(range(0x1EA0, 0x1EFA)):
        ch = chr(cp)
        base = strip_diacritics(ch)
        if len(base) == 1 and base.isalpha() and base.isascii():
            out.setdefault(base.lower(), set()).update({ch.lower(), ch.upper()})
    return {b: "[" + "".join(sorted(v)) + "]" for b, v in out.items()}


_VARIANTS = _variants()
_SYMBOL_NO_HYPHEN = regex.compile(
    r"(?<![\p{L}\p{N}/])(?P<num>\d{1,5}(?:/\d{4})?)/(?P<sym>[\p{Lu}Đ][\p{Lu}Đ]{2,13}[\p{L}]?)(?![\p{L}\p{N}-])"
)


def repair_ocr_text(text: str) -> tuple[str, list[str], list[str]]:
    """Repair OCR confusions of ``text`` that a known pattern makes certain.

    Returns:
        ``(text, fixed, flagged)``: the repaired text, the repairs made ("old → new") and the
        suspicious strings left unchanged.

    >>> repair_ocr_text("Căn cứ Nghỉ định số 43/2011/NĐ-CP")[0]
    'Căn cứ Nghị định số 43/2011/NĐ-CP'
    >>> repair_ocr_text("Công văn số 3485/BTTTTTHH ngày 10/9/2020")[:2]
    ('Công văn số 3485/BTTTT-THH ngày 10/9/2020', ['3485/BTTTTTHH → 3485/BTTTT-THH'])
    >>> repair_ocr_text("Quyết định số 17/QĐ-UBND")
    ('Quyết định số 17/QĐ-UBND', [], [])
    """
    fixed: list[str] = []
    flagged: list[str] = []
    words = _doc_type_words()

    def fix_type(m: regex.Match[str]) -> str:
        found = m.group("t")
        plain = " ".join(strip_diacritics(found).lower().split())
        right = words.get(plain)
        if right is None:
            return found
        if found.isupper():
            right = right.upper()
        elif found[:1].islower():
            right = right[:1].lower() + right[1:]
        if " ".join(found.split()) == right:
            return found
        fixed.append(f"{found} → {right}")
        return right

    text = _type_pattern().sub(fix_type, text)

    def fix_slash(m: regex.Match[str]) -> str:
        fixed.append(f"{m.group(0)} → {m.group(0).replace('⁄', '/')}")
        return m.group(0).replace("⁄", "/")

    # a fraction slash (U+2044) between a number and a symbol is Tesseract's reading of "/"
    text = regex.sub(r"\d⁄[\p{Lu}Đ\d]", fix_slash, text)

    def fix_symbol(m: regex.Match[str]) -> str:
        sym = m.group("sym")
        for code in _codes():
            if sym.upper().startswith(code.upper()) and len(sym) - len(code) >= 2:
                rest = sym[len(code) :]
                if regex.fullmatch(r"[\p{Lu}Đ]{2,}", rest) or rest in _codes():
                    new = f"{m.group('num')}/{sym[: len(code)]}-{rest}"
                    fixed.append(f"{m.group(0)} → {new}")
                    return new
        if sym.upper() not in {c.upper() for c in _codes()}:
            flagged.append(m.group(0))
        return m.group(0)

    text = _SYMBOL_NO_HYPHEN.sub(fix_symbol, text)
    return text, fixed, flagged
