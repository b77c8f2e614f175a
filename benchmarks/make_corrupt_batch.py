"""A batch of documents with corrupted files mixed in, and the reliability acceptance run.

    python benchmarks/make_corrupt_batch.py make DIR [--n 1000] [--bad 0.05] [--seed 9]
    python benchmarks/make_corrupt_batch.py check DIR OUT.jsonl
    python benchmarks/make_corrupt_batch.py kill-resume DIR [--jobs 2] [--kill-after 0.5]

``make`` writes ``n`` files to DIR: the five seed documents repeated under numbered names, with
a share ``bad`` of them replaced by corrupted files (an image renamed .txt, bytes that are not
text, NUL bytes, a truncated or encrypted PDF, a ZIP-bomb DOCX, a DOCX with 20,000 parts, a
symlink loop, a link to a missing file), at positions drawn with ``seed``. It
also writes ``DIR/../<DIR name>.manifest.tsv``: each file, what it is, and the error kinds its
result may carry. The bad inputs come from ``tests/robustness/badinputs.py``.

``check`` verifies an output against the manifest: one line per input, in input order; every
good document's result has no error and the claims of its seed; every bad one has an error
entry of one of its expected kinds.

``kill-resume`` runs the command line over DIR once uninterrupted, then again, killing it
(SIGKILL) when ``kill-after`` of the documents are written, and once more with ``--resume``;
the two outputs must be the same bytes and the exit status 1. It prints the timings.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "robustness"))

import badinputs  # noqa: E402

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
NO_READER = {"unsupported_format", "missing_dependency", "reader_error"}
#: corruption → (file suffix, builder, error kinds its result may carry)
CORRUPTIONS = {
    "png_renamed": (".txt", badinputs.png_bytes, {"not_text"}),
    "binary": (".txt", lambda: bytes(range(256)) * 64, {"not_text"}),
    "not_utf8": (".txt", badinputs.all_invalid_utf8, {"not_text", "encoding_repaired"}),
    "pdf_truncated": (".pdf", badinputs.pdf_truncated, NO_READER | {"too_large"}),
    "pdf_encrypted": (".pdf", badinputs.pdf_encrypted, NO_READER | {"encrypted"}),
    "docx_zip_bomb": (".docx", badinputs.docx_zip_bomb, {"too_large"}),
    "docx_parts": (".docx", badinputs.docx_many_entries, {"too_large"}),
    "symlink_loop": (".txt", None, {"io_error"}),
    "dangling_link": (".txt", None, {"io_error"}),
}


def make(folder: Path, n: int, bad_share: float, seed: int) -> Path:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    n_bad = round(n * bad_share)
    bad_at = set(rng.sample(range(n), n_bad))
    kinds = list(CORRUPTIONS)
    built: dict[str, bytes] = {}
    rows = []
    for i in range(n):
        if i in bad_at:
            what = kinds[len(rows) % len(kinds)] if len(rows) < len(kinds) else rng.choice(kinds)
            suffix, build, expected = CORRUPTIONS[what]
            path = folder / f"{i:04d}_bad_{what}{suffix}"
            if what == "symlink_loop":
                path.symlink_to(path.name)
            elif what == "dangling_link":
                path.symlink_to(f"{path.name}.missing")
            else:
                if what not in built:
                    built[what] = build()
                path.write_bytes(built[what])
            rows.append((path.name, what, ",".join(sorted(expected))))
        else:
            s = SEEDS[i % len(SEEDS)]
            path = folder / f"{i:04d}_{s.name}"
            path.write_bytes(s.read_bytes())
            rows.append((path.name, "good:" + s.name, ""))
    manifest = folder.parent / f"{folder.name}.manifest.tsv"
    with open(manifest, "w", encoding="utf-8") as fh:
        fh.write("# made by benchmarks/make_corrupt_batch.py\nfile\twhat\texpected_kinds\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    return manifest


def _manifest(folder: Path) -> list[tuple[str, str, set[str]]]:
    rows = []
    for line in (folder.parent / f"{folder.name}.manifest.tsv").read_text(encoding="utf-8").splitlines()[2:]:
        name, what, kinds = line.split("\t")
        rows.append((name, what, set(filter(None, kinds.split(",")))))
    return rows


def check(folder: Path, out: Path) -> list[str]:
    """Problems found in ``out`` (an empty list: the output is right)."""
    sys.path.insert(0, str(ROOT / "src"))
    from vn_egov_extract import Extractor

    ex = Extractor()
    seed_claims = {s.name: ex.extract_file(s).model_dump(mode="json")["claims"] for s in SEEDS}
    rows = _manifest(folder)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    problems = []
    if [Path(d["source"]).name for d in lines] != [r[0] for r in rows]:
        problems.append(f"{len(lines)} lines for {len(rows)} inputs, or not in input order")
    by_name = {Path(d["source"]).name: d for d in lines}
    for name, what, expected in rows:
        d = by_name.get(name)
        if d is None:
            problems.append(f"{name}: no result")
            continue
        errs = {e["kind"] for e in d["errors"] if e["severity"] == "error"}
        if what.startswith("good:"):
            if errs:
                problems.append(f"{name}: errors {errs}")
            if d["claims"] != seed_claims[what[5:]]:
                problems.append(f"{name}: claims differ from its seed's")
        elif not errs & expected:
            problems.append(f"{name} ({what}): error kinds {errs}, expected one of {expected}")
    return problems


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "vn_egov_extract.cli", "extract", *args]


def kill_resume(folder: Path, jobs: int, kill_after: float) -> int:
    n = len(_manifest(folder))
    work = folder.parent
    ref, out = work / f"{folder.name}.ref.jsonl", work / f"{folder.name}.resumed.jsonl"
    for f in (ref, out):
        f.unlink(missing_ok=True)
    t0 = time.monotonic()
    p = subprocess.run(_cli(str(folder), "-o", str(ref), "-j", str(jobs)), capture_output=True, text=True)
    t_ref = time.monotonic() - t0
    print(f"uninterrupted: exit {p.returncode} in {t_ref:.1f} s; {p.stderr.strip().splitlines()[-1]}")
    problems = check(folder, ref)
    print(f"check: {len(problems)} problems", *problems[:20], sep="\n  ")

    t0 = time.monotonic()
    proc = subprocess.Popen(_cli(str(folder), "-o", str(out), "-j", str(jobs), "-q"), stderr=subprocess.DEVNULL)
    written = 0
    while proc.poll() is None:
        parts = list(work.glob(f".{out.name}.*.part"))
        if parts:
            written = parts[0].read_bytes().count(b"\n")
            if written >= n * kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
        time.sleep(0.05)
    proc.wait()
    t_kill = time.monotonic() - t0
    print(f"killed after {t_kill:.1f} s with {written} of {n} lines written")
    t0 = time.monotonic()
    p2 = subprocess.run(_cli(str(folder), "-o", str(out), "-j", str(jobs), "--resume"), capture_output=True, text=True)
    t_resume = time.monotonic() - t0
    print(f"resumed: exit {p2.returncode} in {t_resume:.1f} s; {p2.stderr.strip().splitlines()[-1]}")
    same = out.read_bytes() == ref.read_bytes()
    print(f"resumed output identical to the uninterrupted one: {same}")
    ok = same and not problems and p.returncode == 1 and p2.returncode == 1
    print("ACCEPTANCE", "PASSED" if ok else "FAILED")
    return 0 if ok else 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("dir", type=Path)
    m.add_argument("--n", type=int, default=1000)
    m.add_argument("--bad", type=float, default=0.05)
    m.add_argument("--seed", type=int, default=9)
    c = sub.add_parser("check")
    c.add_argument("dir", type=Path)
    c.add_argument("out", type=Path)
    k = sub.add_parser("kill-resume")
    k.add_argument("dir", type=Path)
    k.add_argument("--jobs", type=int, default=2)
    k.add_argument("--kill-after", type=float, default=0.5)
    a = ap.parse_args()
    if a.cmd == "make":
        print(make(a.dir, a.n, a.bad, a.seed))
        return 0
    if a.cmd == "check":
        problems = check(a.dir, a.out)
        print(*problems, sep="\n")
        return 1 if problems else 0
    return kill_resume(a.dir, a.jobs, a.kill_after)


if __name__ == "__main__":
    sys.exit(main())
