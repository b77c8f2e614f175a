"""The limits and the worker processes that enforce them (``vn_egov_extract.limits``), and the
batch's answer to a document that hangs in C code, kills its worker or runs out of memory."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest
import regex
from badinputs import GOOD, docx_valid, docx_zip_bomb

from vn_egov_extract import ErrorKind
from vn_egov_extract.batch import BatchOptions, extract_paths
from vn_egov_extract.errors import LimitExceededError
from vn_egov_extract.limits import WorkerFailure, WorkerPool, check_container, sniff_document_format, time_limit
from vn_egov_extract.recognizers.base import Recognizer

# ----------------------------------------------------------------------------- time_limit


def _busy(seconds: float) -> int:
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        n += 1
    return n


def test_time_limit_interrupts_python_code():
    t0 = time.monotonic()
    with pytest.raises(LimitExceededError) as ei:
        with time_limit(0.3):
            _busy(30)
    assert ei.value.kind == ErrorKind.TIMEOUT
    assert time.monotonic() - t0 < 5
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0  # disarmed


def test_time_limit_is_not_swallowed_by_except_exception():
    with pytest.raises(LimitExceededError):
        with time_limit(0.3):
            for _ in range(100):
                try:
                    _busy(0.1)
                except Exception:  # third-party code that swallows errors
                    pass


def test_time_limit_restores_the_previous_handler_and_leaves_fast_code_alone():
    before = signal.getsignal(signal.SIGALRM)
    with time_limit(5):
        assert _busy(0.01) > 0
    assert signal.getsignal(signal.SIGALRM) == before


def test_time_limit_does_nothing_outside_the_main_thread_or_when_nested():
    out = []

    def run():
        with time_limit(0.1):
            _busy(0.3)
        out.append("done")

    th = threading.Thread(target=run)
    th.start()
    th.join()
    assert out == ["done"]
    with pytest.raises(LimitExceededError):
        with time_limit(0.3):
            with time_limit(100):  # an inner limit leaves the outer one armed
                _busy(30)


# ----------------------------------------------------------------------------- containers


def test_check_container():
    check_container(docx_valid(), max_bytes=10**6)  # fine
    check_container(b"not a zip", max_bytes=1)
    check_container(b"PK\x03\x04 broken", max_bytes=1)  # broken: left to the reader
    with pytest.raises(LimitExceededError, match="expands to"):
        check_container(docx_zip_bomb(20 * 2**20), max_bytes=10 * 2**20)


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        pytest.param(b"%PDF-1.4\n1 0 obj", "pdf", id="pdf"),
        pytest.param(b"\xef\xbb\xbf\n%PDF-1.7\n", "pdf", id="pdf-after-bom"),
        pytest.param(b"junk junk\n%PDF-1.5\n1 0 obj\n<<>>", "pdf", id="pdf-after-junk"),
        pytest.param(docx_valid(), "docx", id="docx"),
        pytest.param(b"  <!DOCTYPE html><html>", "html", id="html"),
        pytest.param(b"<HTML><body>", "html", id="html-upper"),
    ],
)
def test_sniff_document_format(data, fmt):
    assert sniff_document_format(data) == fmt


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(GOOD.encode(), id="text"),
        pytest.param("Bài viết về định dạng %PDF-1.4 của Adobe.".encode(), id="text-mentions-pdf"),
        pytest.param(b"PK\x03\x04 not a zip", id="broken-zip"),
        pytest.param(b"<p>a fragment</p>", id="html-fragment"),
        pytest.param(b"", id="empty"),
    ],
)
def test_sniff_document_format_negative(data):
    assert sniff_document_format(data) is None


# ----------------------------------------------------------------------------- WorkerPool


def _task(task: str) -> str:
    """A worker function: "sleep:S" sleeps, "hang" blocks, "crash" kills its process,
    "raise" raises, "pid" answers its process id, anything else is echoed upper-cased."""
    if task.startswith("sleep:"):
        time.sleep(float(task[6:]))
        return task
    if task == "hang":
        time.sleep(3600)
    if task == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    if task == "raise":
        raise ValueError("boom")
    if task == "oom":
        raise MemoryError("no room")
    if task == "pid":
        return str(os.getpid())
    if task == "memory":
        try:
            bytearray(2 * 2**30)
        except MemoryError:
            return "memory error"
        return "allocated"
    return task.upper()


def test_pool_keeps_input_order():
    tasks = ["sleep:0.3", "a", "sleep:0.1", "b", "c", "sleep:0.2", "d"]
    with WorkerPool(_task, jobs=3) as pool:
        assert list(pool.imap(tasks)) == ["sleep:0.3", "A", "sleep:0.1", "B", "C", "sleep:0.2", "D"]


def test_pool_kills_a_task_past_its_time_limit_and_goes_on():
    t0 = time.monotonic()
    with WorkerPool(_task, jobs=1, timeout=0.5, grace=0.5) as pool:
        out = list(pool.imap(["a", "hang", "b"]))
        assert pool.killed == 1
    assert time.monotonic() - t0 < 20
    assert out[0] == "A" and out[2] == "B"
    assert isinstance(out[1], WorkerFailure) and out[1].kind == "timeout"


def test_pool_survives_a_worker_that_dies_or_raises():
    with WorkerPool(_task, jobs=2) as pool:
        out = list(pool.imap(["a", "crash", "b", "raise", "c"]))
        assert pool.crashed == 1
    assert out[0] == "A" and out[2] == "B" and out[4] == "C"
    assert isinstance(out[1], WorkerFailure) and out[1].kind == "worker_crashed"
    assert "signal 9" in out[1].message
    assert isinstance(out[3], WorkerFailure) and out[3].kind == "internal_error" and "boom" in out[3].message


def test_pool_reports_a_task_out_of_memory_as_too_large():
    """Fresh-user trial: `--max-memory 100` gave internal_error 'MemoryError: ' for every document."""
    with WorkerPool(_task, jobs=1) as pool:
        out = list(pool.imap(["oom", "a"]))
    assert isinstance(out[0], WorkerFailure) and out[0].kind == "too_large" and "memory" in out[0].message
    assert out[1] == "A"


def test_pool_caps_worker_memory():
    with WorkerPool(_task, jobs=1, max_memory=1 * 2**30) as pool:
        assert list(pool.imap(["memory", "a"])) == ["memory error", "A"]


def test_pool_ends_its_workers():
    pool = WorkerPool(_task, jobs=2)
    pids = [int(x) for x in pool.imap(["pid", "pid", "pid"])]
    pool.close()
    for pid in set(pids):
        with pytest.raises(ProcessLookupError):
            for _ in range(50):
                os.kill(pid, 0)
                time.sleep(0.1)


# ----------------------------------------------------------------------------- through the batch


class _Trap(Recognizer):
    """A recognizer that misbehaves on a marker: hangs in a regex (C code, not interruptible
    by the in-process timer), kills its process, or exhausts memory."""

    label = "PERCENT"
    name = "trap/0"

    def find(self, doc):
        if "HANG-HERE" in doc.text:
            regex.match(r"(?:a|aa)+$", "a" * 64 + "b")  # catastrophic backtracking
        if "CRASH-HERE" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "MEMORY-HERE" in doc.text:
            bytearray(8 * 2**30)
        return iter(())


@pytest.fixture
def trapped(monkeypatch):
    import vn_egov_extract.pipeline as pipeline

    original = pipeline.default_recognizers
    monkeypatch.setattr(pipeline, "default_recognizers", lambda: [*original(), _Trap()])


def test_batch_ends_a_document_stuck_in_c_code(tmp_path, trapped):
    files = []
    for name, text in [("a.txt", GOOD), ("hang.txt", "HANG-HERE " + GOOD), ("b.txt", GOOD)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    t0 = time.monotonic()
    a, hang, b = extract_paths(files, options=BatchOptions(timeout=2))
    assert time.monotonic() - t0 < 40
    assert not a.errors and not b.errors, (a.errors, b.errors)
    assert a.claims and b.claims
    assert [e.kind for e in hang.errors] == ["timeout"]
    assert hang.content_hash is not None  # so that --resume knows it


def test_batch_survives_a_worker_killed_midway_and_memory_exhaustion(tmp_path, trapped):
    files = []
    for name, text in [("crash.txt", "CRASH-HERE " + GOOD), ("mem.txt", "MEMORY-HERE " + GOOD), ("b.txt", GOOD)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(str(tmp_path / name))
    opts = BatchOptions(timeout=60, max_memory=2 * 2**30, jobs=2)
    crash, mem, b = extract_paths(files, options=opts)
    assert [e.kind for e in crash.errors] == ["worker_crashed"]
    assert [e.kind for e in mem.errors] == ["too_large"] and "memory" in mem.errors[0].message
    assert b.claims and not b.errors
