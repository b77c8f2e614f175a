"""Helpers to write a held-out set's gold files with exact offsets (heldout2 = h15, heldout3 = h18).

Adapted from tests/data/heldout/tools/goldlib.py (same snippet convention). A set's
``tools/goldlib.py`` binds this module to its folder (:func:`bind`); its ``tools/docs/*.py``
import ``goldlib``.

A span is written as a snippet of the raw text. To point at one part of a longer, unambiguous
snippet, wrap that part in double brackets: ``"tỷ lệ [[22,33%]], chưa"`` selects ``22,33%``.
``n`` picks the n-th occurrence (1-based) of the whole snippet when it is not unique; a snippet
that occurs more than once without ``n`` is an error, so every span is deliberate.

Offsets are Python code-point indices into ``open(p, encoding="utf-8").read()``, end exclusive.
Standard library only; nothing here imports the library under test.
"""

from __future__ import annotations

import json
import pathlib
import re

RAW = pathlib.Path("raw")  # <set>/raw and <set>/gold once bound
GOLD = pathlib.Path("gold")


def bind(set_dir: pathlib.Path) -> None:
    """Read raw texts from ``set_dir/raw`` and write gold files to ``set_dir/gold``."""
    global RAW, GOLD
    RAW, GOLD = set_dir / "raw", set_dir / "gold"
LABELS = ["DOC_NUMBER", "DATE", "PERCENT", "AGENCY", "LOCATION"]


def read(slug: str) -> str:
    return (RAW / f"{slug}.txt").read_text(encoding="utf-8")


def _occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def span(text: str, snippet: str, n: int | None = None) -> tuple[int, int]:
    """Offsets of the bracketed part of ``snippet`` (or of all of it) in ``text``."""
    m = re.search(r"\[\[(.*?)\]\]", snippet, flags=re.S)
    plain = snippet.replace("[[", "").replace("]]", "")
    occ = _occurrences(text, plain)
    if not occ:
        raise ValueError(f"snippet not found: {plain!r}")
    if n is None:
        if len(occ) > 1:
            raise ValueError(f"snippet occurs {len(occ)} times, give n: {plain!r}")
        n = 1
    if n > len(occ):
        raise ValueError(f"snippet has only {len(occ)} occurrences: {plain!r}")
    base = occ[n - 1]
    if m:
        s = base + m.start()
        return s, s + len(m.group(1))
    return base, base + len(plain)


def pct(v=None, q="exact", low=None, high=None):
    return {
        "value": None if v is None else float(v),
        "low": None if low is None else float(low),
        "high": None if high is None else float(high),
        "qualifier": q,
    }


def date(start, end, grain):
    return {"start": start, "end": end, "grain": grain}


def agency(name, kind, location=None):
    return {"name": name, "kind": kind, "location": location}


def loc(name, code, kind="province"):
    return {"name": name, "kind": kind, "code": code}


def docnum(number, year=None, symbol=None, doc_type=None, issuer=None):
    return {"number": number, "year": year, "symbol": symbol, "doc_type": doc_type, "issuer": issuer}


def E(label, snippet, value, n=None):
    return {"label": label, "snippet": snippet, "n": n, "value": value}


def C(subject, metric, value, status, period, evidence, n=None, note=None):
    """subject=(name, kind[, text[, scope]]), metric=(text, key), period=(text, start, end)."""
    name, kind, *rest = subject
    stext = rest[0] if rest else None
    scope = rest[1] if len(rest) > 1 else None
    c = {
        "subject": {"text": stext, "name": name, "kind": kind, "scope": scope},
        "metric": {"text": metric[0], "key": metric[1]},
        "value": value,
        "status": status,
        "period": {"text": period[0], "start": period[1], "end": period[2]},
        "evidence": {"snippet": evidence, "n": n},
    }
    if note:
        c["note"] = note
    return c


def V(v=None, q="exact", low=None, high=None, direction=None):
    d = pct(v, q, low, high)
    return {
        "value": d["value"],
        "low": d["low"],
        "high": d["high"],
        "unit": "%",
        "qualifier": q,
        "direction": direction,
    }


def build(slug: str, *, doc_date, entities, claims, boilerplate=(), notes=None, doc_date_note=None) -> None:
    text = read(slug)
    ents = []
    for e in entities:
        s, t = span(text, e["snippet"], e["n"])
        ents.append({"label": e["label"], "text": text[s:t], "start": s, "end": t, "value": e["value"]})
    ents.sort(key=lambda x: x["start"])
    bps = []
    for b in boilerplate:
        snip, n = (b, None) if isinstance(b, str) else b
        s, t = span(text, snip, n)
        bps.append({"start": s, "end": t})
    bps.sort(key=lambda x: x["start"])
    out_claims = []
    for c in claims:
        ev = c.pop("evidence")
        s, t = span(text, ev["snippet"], ev["n"])
        c["evidence"] = {"text": text[s:t], "start": s, "end": t}
        out_claims.append(c)
    GOLD.mkdir(parents=True, exist_ok=True)
    edoc = {"source": f"{slug}.txt", "labels": LABELS, "boilerplate": bps, "entities": ents}
    cdoc = {"source": f"{slug}.txt", "doc_date": doc_date}
    if doc_date_note:
        cdoc["doc_date_note"] = doc_date_note
    if notes:
        edoc["notes"] = notes
        cdoc["notes"] = notes
    cdoc["claims"] = out_claims
    (GOLD / f"{slug}.entities.json").write_text(json.dumps(edoc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (GOLD / f"{slug}.claims.json").write_text(json.dumps(cdoc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# GSO codes of the 63 provinces (before the 2025 mergers); names as in the existing gold files.
GSO = {
    "Hà Nội": "01",
    "Hà Giang": "02",
    "Cao Bằng": "04",
    "Bắc Kạn": "06",
    "Tuyên Quang": "08",
    "Lào Cai": "10",
    "Điện Biên": "11",
    "Lai Châu": "12",
    "Sơn La": "14",
    "Yên Bái": "15",
    "Hòa Bình": "17",
    "Thái Nguyên": "19",
    "Lạng Sơn": "20",
    "Quảng Ninh": "22",
    "Bắc Giang": "24",
    "Phú Thọ": "25",
    "Vĩnh Phúc": "26",
    "Bắc Ninh": "27",
    "Hải Dương": "30",
    "Hải Phòng": "31",
    "Hưng Yên": "33",
    "Thái Bình": "34",
    "Hà Nam": "35",
    "Nam Định": "36",
    "Ninh Bình": "37",
    "Thanh Hóa": "38",
    "Nghệ An": "40",
    "Hà Tĩnh": "42",
    "Quảng Bình": "44",
    "Quảng Trị": "45",
    "Thừa Thiên Huế": "46",
    "Đà Nẵng": "48",
    "Quảng Nam": "49",
    "Quảng Ngãi": "51",
    "Bình Định": "52",
    "Phú Yên": "54",
    "Khánh Hòa": "56",
    "Ninh Thuận": "58",
    "Bình Thuận": "60",
    "Kon Tum": "62",
    "Gia Lai": "64",
    "Đắk Lắk": "66",
    "Đắk Nông": "67",
    "Lâm Đồng": "68",
    "Bình Phước": "70",
    "Tây Ninh": "72",
    "Bình Dương": "74",
    "Đồng Nai": "75",
    "Bà Rịa - Vũng Tàu": "77",
    "Hồ Chí Minh": "79",
    "Long An": "80",
    "Tiền Giang": "82",
    "Bến Tre": "83",
    "Trà Vinh": "84",
    "Vĩnh Long": "86",
    "Đồng Tháp": "87",
    "An Giang": "89",
    "Kiên Giang": "91",
    "Cần Thơ": "92",
    "Hậu Giang": "93",
    "Sóc Trăng": "94",
    "Bạc Liêu": "95",
    "Cà Mau": "96",
}


def prov(name):
    return loc(name, GSO[name])


VN = {"name": "Việt Nam", "kind": "country", "code": None}


def P(text, start, end):
    """A claim period tuple: (text, start, end)."""
    return (text, start, end)
