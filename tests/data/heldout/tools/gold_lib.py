"""Helpers for the per-document gold builders in ``docs/`` (annotation tooling, not the library).

Each builder starts from ``draft.draft`` candidates, reviewed by hand: it drops wrong candidates,
fixes values, adds what the draft missed, and writes claims by hand. Spans are located by snippet
(whitespace-flexible) so that every offset is computed from the stored text, never typed in.
"""
from __future__ import annotations

import json
import pathlib

from spans import ROOT, Text

LABELS = ["DOC_NUMBER", "DATE", "PERCENT", "AGENCY", "LOCATION"]


def ent(t: Text, label: str, snippet: str, value: dict, n: int = 1, after: int = 0, before=None) -> dict:
    s, e = t.find_ws(snippet, n=n, after=after, before=before)
    return {"label": label, "text": t.text[s:e], "start": s, "end": e, "value": value}


def ents_all(t: Text, label: str, snippet: str, value: dict, after: int = 0, before=None) -> list[dict]:
    return [{"label": label, "text": t.text[s:e], "start": s, "end": e, "value": dict(value)}
            for s, e in t.all_ws(snippet, after=after, before=before)]


def pct(value=None, q="exact", low=None, high=None):
    return {"value": value, "low": low, "high": high, "qualifier": q}


def date(start, end=None, grain="day"):
    return {"start": start, "end": end if end is not None or start is None else start, "grain": grain}


def year(y):
    return {"start": f"{y}-01-01", "end": f"{y}-12-31", "grain": "year"}


def span(y1, y2, grain="period"):
    return {"start": f"{y1}-01-01", "end": f"{y2}-12-31", "grain": grain}


def agency(name, kind="agency", location=None):
    return {"name": name, "kind": kind, "location": location}


def loc(name, code, kind="province"):
    return {"name": name, "kind": kind, "code": code}


def docnum(number, year=None, symbol=None, doc_type=None, issuer=None):
    return {"number": number, "year": year, "symbol": symbol, "doc_type": doc_type, "issuer": issuer}


def claim(t: Text, evidence: str, subject: dict, metric: tuple, value: dict, period: dict, status: str,
          n: int = 1, after: int = 0, before=None, unit="%", direction=None) -> dict:
    s, e = t.find_ws(evidence, n=n, after=after, before=before)
    v = {"value": value["value"], "low": value["low"], "high": value["high"], "unit": unit,
         "qualifier": value["qualifier"], "direction": direction}
    return {"subject": subject, "metric": {"text": metric[0], "key": metric[1]}, "value": v, "status": status,
            "period": period, "evidence": {"text": t.text[s:e], "start": s, "end": e}}


def subj(name, kind, text=None, scope=None):
    return {"text": text, "name": name, "kind": kind, "scope": scope}


def per(text, start, end):
    return {"text": text, "start": start, "end": end}


def merge(base: list[dict], drop=(), add=(), fix=None) -> list[dict]:
    """drop: iterable of start offsets or (text, n) pairs; add: entity dicts (overlapping base items
    are removed); fix: {start: value-dict or callable(entity)->entity}."""
    fix = fix or {}
    out = []
    drops = set(d for d in drop if isinstance(d, int))
    for e in base:
        if e["start"] in drops:
            continue
        if e["start"] in fix:
            f = fix[e["start"]]
            e = f(e) if callable(f) else {**e, "value": f}
        out.append(e)
    for a in add:
        out = [e for e in out if not (e["start"] < a["end"] and a["start"] < e["end"])]
        out.append(a)
    out.sort(key=lambda x: (x["start"], x["end"]))
    return out


def write(stem: str, entities: list[dict], boilerplate: list[tuple[int, int]], claims: list[dict],
          doc_date: str, ent_notes=None, claim_notes=None):
    gold = ROOT / "gold"
    gold.mkdir(exist_ok=True)
    ed = {"source": f"{stem}.txt", "labels": LABELS,
          "boilerplate": [{"start": s, "end": e} for s, e in boilerplate], "entities": entities}
    if ent_notes:
        ed["notes"] = ent_notes
    cd = {"source": f"{stem}.txt", "doc_date": doc_date, "claims": claims}
    if claim_notes:
        cd["notes"] = claim_notes
    (gold / f"{stem}.entities.json").write_text(json.dumps(ed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (gold / f"{stem}.claims.json").write_text(json.dumps(cd, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{stem}: {len(entities)} entities, {len(claims)} claims")


def localize(t: Text, ents: list[dict], province: str, unit: str = "tỉnh") -> list[dict]:
    """Fill the people's committee / council candidates and the departments of a provincial document:
    "UBND tỉnh" etc. become the body of ``province``; bare "UBND" before a plural or level word
    ("UBND các xã", "UBND cấp xã") is dropped (spec: plurals and level words are not agencies)."""
    import re
    out = []
    for e in ents:
        v = e["value"]
        if e["label"] == "AGENCY" and v.get("kind") == "people_committee" and v.get("name") is None:
            after = t.text[e["end"]:e["end"] + 12]
            low = re.sub(r"\s+", " ", e["text"]).lower()
            if re.match(r"\s*(các|cấp|xã|phường|huyện)\b", after) and low in ("ubnd", "ủy ban nhân dân", "hđnd",
                                                                          "hội đồng nhân dân"):
                continue
            council = low.startswith(("hđnd", "hội đồng"))
            name = ("Hội đồng nhân dân " if council else "Ủy ban nhân dân ") + f"{unit} {province}"
            e = {**e, "value": {"name": name, "kind": "people_council" if council else "people_committee",
                                "location": province}}
        elif e["label"] == "AGENCY" and v.get("kind") == "department" and v.get("location") is None:
            e = {**e, "value": {**v, "name": f"{v['name']} {unit} {province}", "location": province}}
        out.append(e)
    # "Ủy ban nhân dân tỉnh" + "Đắk Lắk", "UBND" + "tỉnh Đắk Lắk": one AGENCY span (spec section 2)
    merged = []
    for e in out:
        if (merged and e["label"] == "LOCATION" and e["value"]["kind"] == "province"
                and merged[-1]["label"] == "AGENCY" and merged[-1]["value"]["kind"] in ("people_committee", "people_council")
                and t.text[merged[-1]["end"]:e["start"]].strip() == ""):
            a = merged.pop()
            body = "Hội đồng nhân dân" if a["value"]["kind"] == "people_council" else "Ủy ban nhân dân"
            pv = e["value"]["name"]
            u = "thành phố" if pv in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế") else "tỉnh"
            e = {"label": "AGENCY", "text": t.text[a["start"]:e["end"]], "start": a["start"], "end": e["end"],
                 "value": {"name": f"{body} {u} {pv}", "kind": a["value"]["kind"], "location": pv}}
        merged.append(e)
    return merged


ISSUER_BY_SUFFIX = {
    "CP": "Chính phủ", "TTg": "Thủ tướng Chính phủ", "TW": "Bộ Chính trị", "VPCP": "Văn phòng Chính phủ",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BCĐTW": "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
}


def docnum_defaults(ents: list[dict], local_issuer: str | None = None, extra: dict | None = None) -> list[dict]:
    """Fill DOC_NUMBER issuer (and doc_type for ministry letters "1234/BVHTTDL-VP") from the symbol when the
    draft left it empty. ``local_issuer`` is used for "-UBND" symbols; ``extra`` maps suffix -> issuer."""
    table = dict(ISSUER_BY_SUFFIX, **(extra or {}))
    out = []
    for e in ents:
        if e["label"] == "DOC_NUMBER" and e["value"].get("symbol"):
            v = dict(e["value"])
            sym = v["symbol"]
            parts = sym.replace("/", "-").split("-")
            if v["issuer"] is None:
                if parts[-1] in ("UBND",) and local_issuer:
                    v["issuer"] = local_issuer
                elif parts[-1].startswith("QH"):
                    v["issuer"] = "Quốc hội"
                else:
                    for p in reversed(parts):
                        if p in table:
                            v["issuer"] = table[p]
                            break
            if v["doc_type"] is None and len(parts) == 2 and parts[0] in table:
                v["doc_type"] = "Công văn"
                v["issuer"] = table[parts[0]]
            e = {**e, "value": v}
        out.append(e)
    return out


def outside(ents: list[dict], bps) -> list[dict]:
    return [e for e in ents if not any(s < be and bs < e["end"] for bs, be in bps for s in [e["start"]])]
