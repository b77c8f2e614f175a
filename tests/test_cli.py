"""The command line, run as a user would (subprocess, console script)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOLD, SEEDS

CLI = [sys.executable, "-m", "vn_egov_extract.cli"]


def run(*args, input=None):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, input=input, timeout=300)


def test_extract_seeds_writes_one_line_per_seed(tmp_path):
    out = tmp_path / "out.jsonl"
    p = run("extract", str(SEEDS), "-o", str(out), "-q")
    assert p.returncode == 0, p.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5
    for line in lines:
        d = json.loads(line)
        for e in d["entities"]:
            assert d["text"][e["start"] : e["end"]] == e["text"]


def test_evaluate_command(tmp_path):
    out = tmp_path / "out.jsonl"
    assert run("extract", str(SEEDS), "-o", str(out), "-q").returncode == 0
    p = run("evaluate", "--gold", str(GOLD), str(out), "--min-claim-f1", "0.95", "--min-entity-f1", "0.95")
    assert p.returncode == 0, p.stdout
    assert "CLAIMS" in p.stdout and "ENTITIES" in p.stdout


def test_csv_has_one_row_per_claim(tmp_path):
    out = tmp_path / "out.csv"
    seed = next(SEEDS.glob("003_*.txt"))
    assert run("extract", str(seed), "-o", str(out), "--format", "csv", "-q").returncode == 0
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("source,doc_date,subject_name")
    assert len(rows) - 1 >= 80


def test_stdin_and_json(tmp_path):
    p = run("extract", "-", "--format", "json", "-q", input="Hà Nội đạt 23,88%.")
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert data[0]["claims"][0]["value"]["value"] == 23.88


def test_bad_file_gives_exit_1_and_keeps_the_others(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(next(SEEDS.glob("000_*.txt")), d / "a.txt")
    (d / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    out = tmp_path / "out.jsonl"
    p = run("extract", str(d), "-o", str(out))
    assert p.returncode == 1
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2
    kinds = {Path(x["source"]).name: [e["kind"] for e in x["errors"]] for x in lines}
    assert kinds["a.txt"] == [] and kinds["b.txt"] == ["not_text"]


def test_usage_error_exit_2():
    assert run("extract").returncode == 2
    assert run("extract", "x", "--doc-date", "yesterday").returncode == 2


def test_schema_command():
    p = run("schema")
    assert p.returncode == 0
    assert json.loads(p.stdout)["title"] == "DocumentResult"


@pytest.mark.parametrize("jobs", ["2"])
def test_jobs_keep_input_order(tmp_path, jobs):
    out = tmp_path / "out.jsonl"
    p = run("extract", str(SEEDS), "-o", str(out), "--jobs", jobs, "-q")
    assert p.returncode == 0, p.stderr
    names = [Path(json.loads(x)["source"]).name for x in out.read_text(encoding="utf-8").splitlines()]
    assert names == sorted(names)


@pytest.mark.parametrize(
    "extra", [["--timeout", "0"], ["--timeout", "30"], ["--jobs", "2"]], ids=["in-process", "worker", "jobs"]
)
def test_stdin_in_process_and_in_workers(extra):
    """Standard input is read once by the command; in worker mode a copy is handed over."""
    p = run("extract", "-", "-q", *extra, input="Huế đạt 54,53%.")
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)
    assert d["source"] == "-"
    assert d["claims"][0]["value"]["value"] == 54.53


def test_help_lists_the_limits():
    p = run("extract", "--help")
    assert p.returncode == 0
    for opt in ("--max-bytes", "--max-pages", "--timeout", "--max-memory", "--resume", "--output-dir", "--redact-pii"):
        assert opt in p.stdout


def test_missing_input_is_an_error_entry_not_a_crash(tmp_path):
    out = tmp_path / "out.jsonl"
    p = run("extract", str(tmp_path / "nope.txt"), "-o", str(out), "-q")
    assert p.returncode == 1
    (d,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [e["kind"] for e in d["errors"]] == ["io_error"]


def test_output_that_cannot_be_written_is_exit_2_before_any_work(tmp_path):
    seed = str(next(SEEDS.glob("000_*.txt")))
    p = run("extract", seed, "-o", str(tmp_path))  # a folder
    assert p.returncode == 2 and "--output-dir" in p.stderr
    p = run("extract", seed, "-o", str(tmp_path / "new") + "/")  # a folder to be (fresh-user trial)
    assert p.returncode == 2 and "--output-dir" in p.stderr and not (tmp_path / "new").exists()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    p = run("extract", seed, "-o", str(blocker / "out.jsonl"))  # its folder is a file
    assert p.returncode == 2 and "cannot write" in p.stderr
