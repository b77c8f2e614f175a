#!/usr/bin/env python3
"""Word-segmentation quality: our tokenizer against underthesea and pyvi, side by side.

Two measures:

1. **F1 on a UD Vietnamese treebank** (default: UD_Vietnamese-VTB test, 800 sentences),
   scored by the treebank's own scorer ``ud_ws_gold.py`` (word spans by character offsets,
   white space ignored, micro-averaged — the usual VLSP/VTB measure). One sentence per call,
   the ``# text`` line as input; throughput counts the tokenizer calls only.
2. **Government-domain items kept whole** (``benchmarks/domain_tokens.tsv``: document numbers,
   dates, percentages, "TP.HCM", "Bộ TT&TT", "quý III/2021", URLs ... each in a real sentence
   from the seeds and the dev corpus): an item counts when one token equals it exactly.

The treebank is not part of the repository (CC BY-SA 4.0): give its folder or .conllu file.

Usage::

    python benchmarks/ws_vtb.py [--treebank ../shared/benchmarks/ud_vi_vtb] [--split test]
        [--systems ours,underthesea,pyvi] [--repeat 3] [--markdown out.md] [--json out.json] [--check]

``--check`` exits 1 when our F1 is below underthesea's (measured in the same run, else the
published 95.71) or when a domain item is not kept whole. Missing optional systems (pyvi) are
reported and skipped.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEFAULT_TREEBANK = ROOT.parent / "shared" / "benchmarks" / "ud_vi_vtb"
UNDERTHESEA_PUBLISHED_F1 = 95.71  # VTB test, underthesea 9.5.0 (shared/benchmarks/README.md)

Tokenizer = Callable[[str], list[str]]


def make_system(name: str) -> Tokenizer:
    """A function ``text -> list of word strings`` for a system name."""
    if name == "ours":
        from vn_egov_extract.normalize import normalize_text
        from vn_egov_extract.segment import tokenize_text

        return lambda t: [tok.text for tok in tokenize_text(normalize_text(t))]
    if name == "underthesea":
        from underthesea import word_tokenize

        return lambda t: word_tokenize(t)
    if name == "pyvi":
        from pyvi import ViTokenizer

        return lambda t: [w.replace("_", " ") for w in ViTokenizer.tokenize(t).split()]
    raise SystemExit(f"unknown system {name!r}")


def available(name: str) -> bool:
    module = {"ours": "vn_egov_extract", "underthesea": "underthesea", "pyvi": "pyvi"}[name]
    return importlib.util.find_spec(module) is not None


def load_scorer(path: Path):  # noqa: ANN201 - a module
    spec = importlib.util.spec_from_file_location("ud_ws_gold", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def conllu_path(treebank: Path, split: str) -> Path:
    if treebank.is_file():
        return treebank
    hits = sorted(treebank.glob(f"*-ud-{split}.conllu"))
    if not hits:
        raise SystemExit(f"no *-ud-{split}.conllu in {treebank}")
    return hits[0]


def read_domain_items(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def score_treebank(scorer, sents: list[dict], fn: Tokenizer, repeat: int) -> dict:  # noqa: ANN001
    texts = [s["text"] for s in sents]
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    for t in texts[:20]:  # warm-up: lazy model loading
        fn(t)
    load_s = time.perf_counter() - t0
    times, preds = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        preds = [fn(t) for t in texts]
        times.append(time.perf_counter() - t0)
    tp = n_gold = n_pred = 0
    for s, p in zip(sents, preds, strict=True):
        r = scorer.ws_f1(s["words"], p, s["text"])
        tp, n_gold, n_pred = tp + r["tp"], n_gold + r["n_gold"], n_pred + r["n_pred"]
    p_, r_, f_ = scorer.prf(tp, n_gold, n_pred)
    med = statistics.median(times)
    return {
        "precision": round(100 * p_, 2),
        "recall": round(100 * r_, 2),
        "f1": round(100 * f_, 2),
        "sent_per_s": round(len(texts) / med),
        "mb_per_s": round(nbytes / 1e6 / med, 3),
        "warmup_s": round(load_s, 2),
    }


def domain_kept(items: list[dict[str, str]], fn: Tokenizer) -> list[bool]:
    out = []
    for it in items:
        words = {unicodedata.normalize("NFC", w) for w in fn(it["sentence"])}
        out.append(unicodedata.normalize("NFC", it["item"]) in words)
    return out


def markdown(result: dict) -> str:
    systems = list(result["treebank"])
    lines = [
        f"Word segmentation on {result['file']} ({result['sentences']} sentences, {result['gold_words']} words); "
        f"median of {result['repeat']} passes, one sentence per call.",
        "",
        "| system | P | R | F1 | sent/s | MB/s | domain items whole |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    n_items = len(result["domain"]["items"])
    for name in systems:
        r = result["treebank"][name]
        kept = sum(result["domain"]["kept"][name])
        lines.append(
            f"| {name} | {r['precision']:.2f} | {r['recall']:.2f} | **{r['f1']:.2f}** | {r['sent_per_s']:,} "
            f"| {r['mb_per_s']:.3f} | {kept} / {n_items} |"
        )
    lines += ["", "| item | kind | " + " | ".join(systems) + " |", "|---|---|" + "---|" * len(systems)]
    for i, it in enumerate(result["domain"]["items"]):
        marks = " | ".join("yes" if result["domain"]["kept"][s][i] else "no" for s in systems)
        lines.append(f"| `{it['item']}` | {it['kind']} | {marks} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--treebank", type=Path, default=DEFAULT_TREEBANK, help="UD folder or .conllu file")
    ap.add_argument("--split", default="test")
    ap.add_argument("--scorer", type=Path, default=None, help="ud_ws_gold.py (default: beside the treebank folder)")
    ap.add_argument("--items", type=Path, default=HERE / "domain_tokens.tsv")
    ap.add_argument("--systems", default="ours,underthesea,pyvi")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--markdown", type=Path, help="also write the tables here")
    ap.add_argument("--json", type=Path, help="write the numbers here")
    ap.add_argument("--check", action="store_true", help="exit 1 if our F1 or domain count misses the target")
    args = ap.parse_args(argv)

    path = conllu_path(args.treebank, args.split)
    scorer_path = args.scorer or (path.parent.parent / "ud_ws_gold.py")
    if not scorer_path.exists():
        raise SystemExit(f"scorer not found: {scorer_path} (give --scorer)")
    scorer = load_scorer(scorer_path)
    sents = list(scorer.read_conllu(str(path)))
    items = read_domain_items(args.items)
    result: dict = {
        "file": path.name,
        "sentences": len(sents),
        "gold_words": sum(len(s["words"]) for s in sents),
        "repeat": args.repeat,
        "treebank": {},
        "domain": {"items": items, "kept": {}},
        "skipped": [],
    }
    for name in [s.strip() for s in args.systems.split(",") if s.strip()]:
        if not available(name):
            result["skipped"].append(name)
            print(f"[ws_vtb] {name}: not installed, skipped", file=sys.stderr)
            continue
        fn = make_system(name)
        result["treebank"][name] = score_treebank(scorer, sents, fn, args.repeat)
        result["domain"]["kept"][name] = domain_kept(items, fn)
        print(f"[ws_vtb] {name}: {result['treebank'][name]}", file=sys.stderr)
    md = markdown(result)
    print(md)
    if args.markdown:
        args.markdown.write_text(md + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.check and "ours" in result["treebank"]:
        ref = result["treebank"].get("underthesea", {}).get("f1", UNDERTHESEA_PUBLISHED_F1)
        ours = result["treebank"]["ours"]["f1"]
        kept = sum(result["domain"]["kept"]["ours"])
        ok = ours >= ref and kept == len(items)
        print(f"[ws_vtb] check: F1 {ours} >= {ref} and {kept}/{len(items)} items whole: {ok}", file=sys.stderr)
        return 0 if ok else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
