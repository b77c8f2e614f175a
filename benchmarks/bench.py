#!/usr/bin/env python3
"""Speed and memory of vn_egov_extract, side by side with the tools users would otherwise run.

Builds a corpus of at least ``--mb`` MB (the seeds, the dev corpus, generated letters and news in
the seeds' style — ``benchmarks/corpus.py`` — and, when ``--treebank`` is given, the sentences
of a UD treebank), then, **in one process, taking turns** slice by slice (so that the load of a
shared machine falls on every system alike), times:

* ``ours``: ``Extractor().extract`` — entities and claims (the default);
* ``ours+tokens``: ``Extractor(tokens=True).extract``;
* ``underthesea.word_tokenize`` (one call per non-empty line);
* ``underthesea.ner`` (one call per line, on a slice of ``--ner-kb`` KB: it is slow);
* ``pyvi`` ``ViTokenizer.tokenize`` (one call per line), when installed.

For each: MB/s (10^6 bytes of UTF-8 input), documents/s, and the ratio of its throughput to
``underthesea.word_tokenize`` in the same run. Import time, time to the first result and peak RSS
come from a fresh subprocess per system (import, first document, then ``--rss-mb`` MB of the
corpus). Then: a stream of ``--stream-docs`` generated documents through one ``Extractor``
(RSS after 1,000 and after all), and the speed-up of 2 worker processes on ``--jobs-docs``
documents, through ``Extractor.pipe(n_process=2)`` and the CLI's ``--jobs 2``.

Prints Markdown tables (and writes them to ``--markdown``, default ``benchmarks/results.md``)
and exits 0; with ``--check`` it exits 1 when a target of issue #8 is missed.

Usage::

    python benchmarks/bench.py [--mb 5] [--treebank ../shared/benchmarks/ud_vi_vtb]
        [--ner-kb 40] [--stream-docs 10000] [--jobs-docs 500] [--jobs-repeat 5] [--only-jobs]
        [--quick] [--json out.json] [--check]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import Document, build_corpus, generated_documents  # noqa: E402

Runner = Callable[[str], object]

SYSTEMS = ["ours", "ours+tokens", "underthesea.word_tokenize", "underthesea.ner", "pyvi"]
BASELINE = "underthesea.word_tokenize"
TARGETS = {
    "default_ratio": 10.0,  # ours ≥ 10× word_tokenize throughput
    "tokens_ratio": 0.8,  # ours+tokens ≥ 0.8×
    "peak_rss_mb": 300.0,
    "startup_s": 2.0,  # import + first document
    "stream_rss_growth": 1.1,  # RSS after N docs ≤ 1.1 × RSS after 1,000
    "jobs_speedup": 1.7,  # 2 jobs on 500 documents
}


def _lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def make_runner(name: str) -> Runner:
    """A function that processes one document's text with system ``name``."""
    if name == "ours":
        from vn_egov_extract import Extractor

        ex = Extractor()
        return ex.extract
    if name == "ours+tokens":
        from vn_egov_extract import Extractor

        ex = Extractor(tokens=True)
        return ex.extract
    if name == "underthesea.word_tokenize":
        from underthesea import word_tokenize

        return lambda text: [word_tokenize(ln) for ln in _lines(text)]
    if name == "underthesea.ner":
        from underthesea import ner

        return lambda text: [ner(ln) for ln in _lines(text)]
    if name == "pyvi":
        from pyvi import ViTokenizer

        return lambda text: [ViTokenizer.tokenize(ln) for ln in _lines(text)]
    raise SystemExit(f"unknown system {name!r}")


def available(name: str) -> bool:
    module = {"ours": "vn_egov_extract", "ours+tokens": "vn_egov_extract", "pyvi": "pyvi"}.get(name, "underthesea")
    return importlib.util.find_spec(module) is not None


def rss_mb() -> float:
    """Current resident set size of this process in MB (Linux /proc, else peak)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:  # pragma: no cover - not Linux
        return peak_rss_mb()


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB.

    Linux: ``VmHWM`` of /proc/self/status (``ru_maxrss`` would carry the parent's peak over
    ``fork`` + ``exec``); elsewhere ``ru_maxrss``.
    """
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1e3
    except OSError:  # pragma: no cover - not Linux
        pass
    r = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return r / 1e6 if sys.platform == "darwin" else r / 1e3


def nbytes(docs: list[Document]) -> int:
    return sum(len(d.text.encode("utf-8")) for d in docs)


# ---------------------------------------------------------------------- subprocess probes


def probe_startup(name: str, corpus_file: Path, rss_bytes: int) -> dict:
    """In a fresh interpreter: import + first document time, then peak RSS over a sample."""
    docs = [Document(**json.loads(ln)) for ln in corpus_file.read_text(encoding="utf-8").splitlines()]
    t0 = time.perf_counter()
    run = make_runner(name)
    t_import = time.perf_counter() - t0
    run(docs[0].text)
    t_first = time.perf_counter() - t0
    done = 0
    for d in docs[1:]:
        if done >= rss_bytes:
            break
        run(d.text)
        done += len(d.text.encode("utf-8"))
    return {"import_s": t_import, "first_s": t_first, "peak_rss_mb": peak_rss_mb(), "rss_sample_mb": done / 1e6}


def probe_stream(n_docs: int) -> dict:
    """Stream ``n_docs`` generated documents through one Extractor; RSS after 1,000 and all."""
    from vn_egov_extract import Extractor

    ex = Extractor()
    rss_at: dict[int, float] = {}
    marks = {1000, n_docs}
    t0 = time.perf_counter()
    size = 0
    for i, d in enumerate(generated_documents(n_docs, seed=80), start=1):
        r = ex.extract(d.text)
        size += len(d.text.encode("utf-8"))
        del r
        if i in marks:
            rss_at[i] = rss_mb()
    dt = time.perf_counter() - t0
    first = rss_at.get(1000, rss_mb())
    return {
        "docs": n_docs,
        "mb": size / 1e6,
        "seconds": dt,
        "rss_after_1000_mb": first,
        "rss_after_all_mb": rss_at[n_docs],
        "growth": rss_at[n_docs] / first,
        "peak_rss_mb": peak_rss_mb(),
    }


def run_probe(args: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(f"probe {args} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------- measurements


def throughput(docs: list[Document], systems: list[str], *, rounds: int, ner_bytes: int) -> dict[str, dict]:
    """Time every system on the same slices, taking turns (rotating order each round)."""
    runners = {name: make_runner(name) for name in systems}
    for run in runners.values():  # warm-up: lazy models, caches
        run(docs[0].text)
    slices = [docs[i::rounds] for i in range(rounds)]
    stats: dict[str, dict[str, Any]] = {name: {"seconds": 0.0, "bytes": 0, "docs": 0} for name in systems}
    for k, sl in enumerate(slices):
        order = systems[k % len(systems) :] + systems[: k % len(systems)]
        for name in order:
            part = sl
            if name == "underthesea.ner":
                budget, part = ner_bytes // rounds, []
                for d in sl:
                    if budget <= 0:
                        break
                    part.append(d)
                    budget -= len(d.text.encode("utf-8"))
            run = runners[name]
            t0 = time.perf_counter()
            for d in part:
                run(d.text)
            stats[name]["seconds"] += time.perf_counter() - t0
            stats[name]["bytes"] += nbytes(part)
            stats[name]["docs"] += len(part)
        print(f"[bench] round {k + 1}/{rounds} done", file=sys.stderr)
    for s in stats.values():
        s["mb_per_s"] = s["bytes"] / 1e6 / s["seconds"] if s["seconds"] else 0.0
        s["docs_per_s"] = s["docs"] / s["seconds"] if s["seconds"] else 0.0
    base = stats.get(BASELINE, {}).get("mb_per_s")
    for s in stats.values():
        s["ratio"] = s["mb_per_s"] / base if base else None
    return stats


def probe_pipe(corpus_file: Path, n_docs: int, n_process: int, part: int = 0, parts: int = 1) -> dict:
    """In a fresh interpreter: time ``Extractor.pipe`` on ``docs[part:n_docs:parts]``."""
    from vn_egov_extract import Extractor

    docs = [json.loads(ln)["text"] for ln in corpus_file.read_text(encoding="utf-8").splitlines()][:n_docs]
    texts = docs[part::parts]
    ex = Extractor()
    ex.extract(texts[0])  # load the resources before the workers fork
    c0 = _cpu_s()
    t0 = time.perf_counter()
    for _ in ex.pipe(texts, n_process=n_process):
        pass
    return {"seconds": time.perf_counter() - t0, "cpu_s": _cpu_s() - c0}


def _cpu_s() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def _probe_cmd(args: list[str]) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), *args]


def jobs_speedup(docs: list[Document], workdir: Path, corpus_file: Path, *, repeat: int = 5) -> dict:
    """Speed-up of 2 worker processes: ``Extractor.pipe`` and the CLI ``--jobs``, each in a
    fresh interpreter; and, as the yardstick of what the machine gives right now, two
    independent processes each extracting half of the documents (no pool, no IPC).

    The five runs (1 and 2 processes of each kind, and the halves) are repeated ``repeat``
    times, interleaved; each repetition gives its own speed-ups (1-process time / 2-process
    time of that repetition, so that a change of the machine's load between repetitions
    does not enter a ratio), and the median of the repetitions counts; their minimum and
    maximum are the spread. The times reported are the medians too."""
    n = len(docs)
    out: dict = {"docs": n, "mb": nbytes(docs) / 1e6}
    pipe = ["--probe-pipe", str(n), "--corpus-file", str(corpus_file)]
    indir = workdir / "jobs_in"
    indir.mkdir(exist_ok=True)
    for i, d in enumerate(docs):
        (indir / f"{i:05d}.txt").write_text(d.text, encoding="utf-8")
    cli = [sys.executable, "-m", "vn_egov_extract.cli"]

    def run_cli(k: int) -> float:
        c0 = _cpu_s()
        t0 = time.perf_counter()
        r = subprocess.run(
            [*cli, "extract", str(indir), "-o", str(workdir / f"out{k}.jsonl"), "-q", "--jobs", str(k)],
            capture_output=True,
            text=True,
            check=False,
        )
        out[f"cli_{k}_rc"] = r.returncode
        dt = time.perf_counter() - t0
        cpu[f"cli_{k}"].append(_cpu_s() - c0)  # the CLI process and its workers
        return dt

    def run_pipe(k: int) -> float:
        r = run_probe([*pipe, "--n-process", str(k)])
        cpu[f"pipe_{k}"].append(r["cpu_s"])
        return r["seconds"]

    def run_halves() -> float:
        procs = [
            subprocess.Popen(
                _probe_cmd([*pipe, "--n-process", "1", "--part", str(k), "--parts", "2"]),
                stdout=subprocess.PIPE,
                text=True,
            )
            for k in (0, 1)
        ]
        return max(json.loads(p.communicate()[0].strip().splitlines()[-1])["seconds"] for p in procs)

    # interleaved, ``repeat`` times: every repetition sees the same load on all five
    times: dict[str, list[float]] = {k: [] for k in ("pipe_1_s", "pipe_2_s", "halves_s", "cli_1_s", "cli_2_s")}
    cpu: dict[str, list[float]] = {k: [] for k in ("pipe_1", "pipe_2", "cli_1", "cli_2")}
    for _ in range(repeat):
        times["pipe_1_s"].append(run_pipe(1))
        times["pipe_2_s"].append(run_pipe(2))
        times["halves_s"].append(run_halves())
        times["cli_1_s"].append(run_cli(1))
        times["cli_2_s"].append(run_cli(2))
    out.update({k: statistics.median(v) for k, v in times.items()})
    out["times"] = times
    out["repeat"] = repeat
    ratios = {
        "pipe_speedup": [a / b for a, b in zip(times["pipe_1_s"], times["pipe_2_s"], strict=True)],
        "machine_speedup": [a / b for a, b in zip(times["pipe_1_s"], times["halves_s"], strict=True)],
        "cli_speedup": [a / b for a, b in zip(times["cli_1_s"], times["cli_2_s"], strict=True)],
    }
    for k, v in ratios.items():
        out[k] = statistics.median(v)
        out[k + "_runs"] = v
    # CPU seconds of the 2-process run over those of the 1-process run: what the second
    # process costs in work (pickling, IPC, the parent), whatever the machine's load
    out["cpu"] = cpu
    out["pipe_cpu_ratio"] = statistics.median(a / b for a, b in zip(cpu["pipe_2"], cpu["pipe_1"], strict=True))
    out["cli_cpu_ratio"] = statistics.median(a / b for a, b in zip(cpu["cli_2"], cpu["cli_1"], strict=True))
    out["cli_same_output"] = (workdir / "out1.jsonl").read_bytes() == (workdir / "out2.jsonl").read_bytes()
    return out


# ---------------------------------------------------------------------- report


def _fmt(x: float | None, nd: int = 2) -> str:
    return "–" if x is None else f"{x:,.{nd}f}"


def report(res: dict) -> str:
    c = res["corpus"]
    lines = [
        f"Corpus: {c['docs']:,} documents, {c['mb']:.2f} MB ({c['kinds']}); {res['machine']}; "
        f"{res['rounds']} rounds taking turns in one process; `underthesea.ner` on {c['ner_kb']} KB.",
        "",
        "| system | MB/s | docs/s | × word_tokenize | peak RSS (MB) | import (s) | import + first doc (s) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in res["throughput"].items():
        st = res["startup"].get(name, {})
        lines.append(
            f"| {name} | {_fmt(s['mb_per_s'], 3)} | {_fmt(s['docs_per_s'], 1)} | {_fmt(s['ratio'])} "
            f"| {_fmt(st.get('peak_rss_mb'), 0)} | {_fmt(st.get('import_s'))} | {_fmt(st.get('first_s'))} |"
        )
    lines += ["", "| target (issue #8) | goal | measured | met |", "|---|---:|---:|:---:|"]
    for row in res["targets"]:
        met = "–" if row["met"] is None else ("yes" if row["met"] else "**no**")
        lines.append(f"| {row['what']} | {row['goal']} | {row['measured']} | {met} |")
    return "\n".join(lines)


def targets(res: dict) -> list[dict]:
    rows = []
    tp, st = res["throughput"], res["startup"]

    def add(what: str, goal: str, value: float | None, ok: bool | None, fmt: str = "{:.2f}") -> None:
        if value is None:
            return
        rows.append({"what": what, "goal": goal, "measured": fmt.format(value), "met": ok})

    if "ours" in tp and tp["ours"]["ratio"] is not None:
        r = tp["ours"]["ratio"]
        add("default extraction vs word_tokenize", "≥ 10×", r, r >= TARGETS["default_ratio"], "{:.2f}×")
    if "ours+tokens" in tp and tp["ours+tokens"]["ratio"] is not None:
        r = tp["ours+tokens"]["ratio"]
        add("extraction with tokens vs word_tokenize", "≥ 0.8×", r, r >= TARGETS["tokens_ratio"], "{:.2f}×")
    for name in ("ours", "ours+tokens"):
        if name in st:
            v = st[name]["peak_rss_mb"]
            add(f"peak RSS, {name}", "≤ 300 MB", v, v <= TARGETS["peak_rss_mb"], "{:.0f} MB")
    if "ours" in st:
        v = st["ours"]["first_s"]
        add("import + first document, ours", "≤ 2 s", v, v <= TARGETS["startup_s"], "{:.2f} s")
    if res.get("stream"):
        s = res["stream"]
        add(
            f"RSS after {s['docs']:,} docs / after 1,000",
            "≤ 1.1",
            s["growth"],
            s["growth"] <= TARGETS["stream_rss_growth"],
            "{:.3f} (" + f"{s['rss_after_1000_mb']:.0f} → {s['rss_after_all_mb']:.0f} MB)",
        )
    if res.get("jobs"):
        j = res["jobs"]

        def spread(key: str) -> str:
            runs = j.get(key + "_runs") or [j[key]]
            if len(runs) < 2:
                return ""
            return f" (median of {len(runs)}; {min(runs):.2f}–{max(runs):.2f})"

        add(
            f"speed-up, Extractor.pipe n_process=2 ({j['docs']} docs)",
            "≥ 1.7×",
            j["pipe_speedup"],
            j["pipe_speedup"] >= TARGETS["jobs_speedup"],
            "{:.2f}×" + spread("pipe_speedup"),
        )
        add(
            "speed-up the machine gave 2 independent processes meanwhile",
            "(yardstick)",
            j["machine_speedup"],
            None,
            "{:.2f}×" + spread("machine_speedup"),
        )
        if "pipe_cpu_ratio" in j:
            add(
                "CPU time of 2 processes / 1 process (pipe; CLI)",
                "(yardstick)",
                j["pipe_cpu_ratio"],
                None,
                "{:.3f}; " + f"{j['cli_cpu_ratio']:.3f}",
            )
        add(
            f"speed-up, CLI --jobs 2 ({j['docs']} docs)",
            "≥ 1.7×",
            j["cli_speedup"],
            j["cli_speedup"] >= TARGETS["jobs_speedup"] and j["cli_same_output"],
            "{:.2f}×" + spread("cli_speedup") + ("" if j["cli_same_output"] else " (outputs differ)"),
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="corpus size (MB of UTF-8), at least")
    ap.add_argument("--treebank", type=Path, help="a UD treebank folder or .conllu file to add")
    ap.add_argument("--systems", default=",".join(SYSTEMS))
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--ner-kb", type=int, default=40)
    ap.add_argument("--rss-mb", type=float, default=1.0, help="MB processed by each startup probe")
    ap.add_argument("--stream-docs", type=int, default=10_000)
    ap.add_argument("--jobs-docs", type=int, default=500)
    ap.add_argument("--jobs-repeat", type=int, default=5, help="repetitions of the 2-process runs (median counts)")
    ap.add_argument("--only-jobs", action="store_true", help="only the 2-process speed-ups (prints JSON)")
    ap.add_argument("--quick", action="store_true", help="small sizes for a smoke run (not for the README)")
    ap.add_argument("--markdown", type=Path, default=HERE / "results.md")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--probe-startup", help=argparse.SUPPRESS)
    ap.add_argument("--probe-stream", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--corpus-file", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--probe-pipe", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--n-process", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--part", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--parts", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.probe_startup:
        sample = int(args.rss_mb * 1e6)
        if args.probe_startup == "underthesea.ner":
            sample = min(sample, args.ner_kb * 1000)
        print(json.dumps(probe_startup(args.probe_startup, args.corpus_file, sample)))
        return 0
    if args.probe_pipe:
        print(json.dumps(probe_pipe(args.corpus_file, args.probe_pipe, args.n_process, args.part, args.parts)))
        return 0
    if args.probe_stream:
        print(json.dumps(probe_stream(args.probe_stream)))
        return 0
    if args.quick:
        args.mb, args.rounds, args.ner_kb, args.rss_mb = 0.3, 3, 5, 0.1
        args.stream_docs, args.jobs_docs = 1500, 60

    systems = [s for s in (x.strip() for x in args.systems.split(",")) if s]
    skipped = [s for s in systems if not available(s)]
    systems = [s for s in systems if s not in skipped]
    for s in skipped:
        print(f"[bench] {s}: not installed, skipped", file=sys.stderr)

    docs = build_corpus(int(args.mb * 1e6), treebank=args.treebank)
    kinds: dict[str, int] = {}
    for d in docs:
        kinds[d.kind] = kinds.get(d.kind, 0) + 1
    res: dict = {
        "corpus": {
            "docs": len(docs),
            "mb": nbytes(docs) / 1e6,
            "kinds": ", ".join(f"{v:,} {k}" for k, v in sorted(kinds.items())),
            "ner_kb": args.ner_kb,
        },
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "rounds": args.rounds,
        "skipped": skipped,
    }
    with tempfile.TemporaryDirectory(prefix="vnegov-bench-") as tmp:
        workdir = Path(tmp)
        corpus_file = workdir / "corpus.jsonl"
        corpus_file.write_text(
            "\n".join(json.dumps({"name": d.name, "kind": d.kind, "text": d.text}, ensure_ascii=False) for d in docs),
            encoding="utf-8",
        )
        if args.only_jobs:
            jobs = jobs_speedup(docs[: args.jobs_docs], workdir, corpus_file, repeat=args.jobs_repeat)
            print(json.dumps({k: v for k, v in jobs.items()}, indent=1))
            return 0
        res["startup"] = {}
        for name in systems:
            print(f"[bench] startup probe: {name}", file=sys.stderr)
            res["startup"][name] = run_probe(
                ["--probe-startup", name, "--corpus-file", str(corpus_file), "--rss-mb", str(args.rss_mb)]
                + ["--ner-kb", str(args.ner_kb)]
            )
        res["throughput"] = throughput(docs, systems, rounds=args.rounds, ner_bytes=args.ner_kb * 1000)
        if args.stream_docs and "ours" in systems:
            print(f"[bench] stream of {args.stream_docs} documents", file=sys.stderr)
            res["stream"] = run_probe(["--probe-stream", str(args.stream_docs)])
        if args.jobs_docs and "ours" in systems:
            print(f"[bench] 2 jobs on {args.jobs_docs} documents", file=sys.stderr)
            res["jobs"] = jobs_speedup(docs[: args.jobs_docs], workdir, corpus_file, repeat=args.jobs_repeat)
    res["targets"] = targets(res)
    md = report(res)
    print(md)
    if args.markdown:
        args.markdown.write_text(md + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.check and any(r["met"] is False for r in res["targets"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
