"""Per-document limits: size, container expansion, time and memory, and the worker processes
that enforce them.

Three layers keep one bad document from hanging or crashing a run:

1. **Before reading** (:func:`read_file_limited`, :func:`check_container`): only regular files
   are opened (a FIFO or device would block or never end), at most ``max_bytes`` are read, and
   a ZIP container (DOCX) whose parts expand past ``max_bytes`` or hold more than
   :data:`MAX_ZIP_ENTRIES` parts is refused before any reader decompresses it.
2. **In process** (:func:`time_limit`): a ``SIGALRM`` timer interrupts Python code that runs past
   the time limit (a slow parser loop, a quadratic pass over a huge document). It cannot stop a
   single call inside C code — a regular-expression match that backtracks, a native parser — and
   works only in the main thread on POSIX; elsewhere it does nothing.
3. **Worker processes** (:class:`WorkerPool`): each document runs in a child process; one that is
   still busy ``grace`` seconds after its time limit is killed and replaced, and one that dies
   (out of memory, a crash in native code) is replaced. The document gets a ``timeout`` or
   ``worker_crashed`` entry; the rest of the batch goes on. A worker's address space can be
   capped (``max_memory``) so that a decompression bomb ends in ``MemoryError``, not in the
   machine swapping.

Messages between the parent and its workers are UTF-8 strings (a path in, a JSON line out):
nothing derived from an input is ever unpickled.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import stat
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing import connection
from pathlib import Path

from .errors import ErrorKind, IoError, LimitExceededError

__all__ = [
    "MAX_ZIP_ENTRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_MEMORY",
    "time_limit",
    "read_file_limited",
    "check_container",
    "sniff_document_format",
    "WorkerFailure",
    "WorkerPool",
]

#: A ZIP container (DOCX) with more parts than this is refused (``too_large``).
MAX_ZIP_ENTRIES = 10_000
#: The command line's default time limit per document, in seconds.
DEFAULT_TIMEOUT = 300.0
#: The command line's default address-space cap per worker process, in bytes (4 GiB).
DEFAULT_MAX_MEMORY = 4 * 2**30


# ----------------------------------------------------------------------------- time


class _Alarm(BaseException):
    """Raised by the ``SIGALRM`` handler; a ``BaseException`` so that ``except Exception``
    blocks in third-party code do not swallow it. Never leaves :func:`time_limit`."""


@contextlib.contextmanager
def time_limit(seconds: float | None, *, what: str = "the document") -> Iterator[None]:
    """Interrupt the block when it runs more than ``seconds`` (soft, in-process limit).

    Raises:
        LimitExceededError: kind ``timeout``, when the timer fired inside the block.

    Does nothing when ``seconds`` is ``None`` or not positive, outside the main thread, where
    ``signal.setitimer`` does not exist (Windows), or when a real-time timer is already armed
    (the caller's own, or an outer :func:`time_limit`). Code stuck in one C call is not
    interrupted until it returns: :class:`WorkerPool` is the hard limit.

    >>> with time_limit(5):
    ...     sum(range(10))
    45
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0
    )
    if not usable:
        yield
        return
    assert seconds is not None

    def on_alarm(signum, frame):  # noqa: ANN001, ARG001
        raise _Alarm()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Alarm:
        raise LimitExceededError(f"{what} took more than {seconds:g} s (time limit)", kind=ErrorKind.TIMEOUT) from None
    finally:
        signal.signal(signal.SIGALRM, previous)


# ----------------------------------------------------------------------------- size


def read_file_limited(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at ``path``, refusing what could hang or exhaust memory.

    Raises:
        IoError: the path does not exist, is not a regular file (directory, FIFO, device,
            socket), is a symlink loop, or cannot be read.
        LimitExceededError: kind ``too_large``, the file has more than ``max_bytes`` bytes
            (checked before reading, and again while reading a file that grows).
    """
    p = Path(path)
    try:
        st = p.stat()
    except OSError as e:
        raise IoError(f"cannot open {p}: {_os_reason(e)}") from e
    if not stat.S_ISREG(st.st_mode):
        what = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file (FIFO, device or socket)"
        raise IoError(f"cannot read {p}: it is {what}")
    if st.st_size > max_bytes:
        raise LimitExceededError(f"the file is {st.st_size:,} bytes, more than max_bytes={max_bytes:,}")
    try:
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as e:
        raise IoError(f"cannot read {p}: {_os_reason(e)}") from e
    if len(data) > max_bytes:
        raise LimitExceededError(f"the file grew past max_bytes={max_bytes:,} while it was read")
    return data


def _os_reason(e: OSError) -> str:
    import errno

    if e.errno == errno.ELOOP:
        return "too many levels of symbolic links (a symlink loop)"
    return e.strerror or str(e)


def check_container(data: bytes, *, max_bytes: int, max_entries: int = MAX_ZIP_ENTRIES) -> None:
    """Refuse a ZIP container (DOCX, ...) that would expand past the limits when read.

    Only the central directory is read (nothing is decompressed). The sizes it declares bound
    what Python's :mod:`zipfile` will inflate: it stops at the declared size and fails the CRC
    check when a part holds more.

    Raises:
        LimitExceededError: kind ``too_large``: more than ``max_entries`` parts, or parts whose
            declared sizes add up to more than ``max_bytes``.

    Not a ZIP, or a broken one: returns, and the reader reports what it finds.
    """
    if not data.startswith(b"PK\x03\x04"):
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except Exception:  # a probe: a broken container is the reader's to report
        return
    if len(infos) > max_entries:
        raise LimitExceededError(f"the ZIP container has {len(infos):,} parts, more than {max_entries:,}")
    expanded = sum(i.file_size for i in infos)
    if expanded > max_bytes:
        ratio = expanded / max(1, len(data))
        raise LimitExceededError(
            f"the ZIP container expands to {expanded:,} bytes ({ratio:,.0f} times its size), "
            f"more than max_bytes={max_bytes:,} (a decompression bomb?)"
        )


def sniff_document_format(data: bytes) -> str | None:
    """The document format ``data`` is, by content: "pdf", "docx", "html" or ``None``.

    Used to tell "a PDF, but no PDF reader is installed" from "not text". A PDF's header may
    follow up to 1,024 bytes of junk (ISO 32000-1 §7.5.2, implementation note).

    >>> sniff_document_format(b"%PDF-1.7\\n...")
    'pdf'
    >>> sniff_document_format("<!DOCTYPE html><html>".encode()) , sniff_document_format(b"plain")
    ('html', None)
    """
    at = data[:1024].find(b"%PDF-")
    if at >= 0 and (not data[:at].strip(b"\xef\xbb\xbf \t\r\n\x00") or b" obj" in data[: 1 << 16]):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                names = set(z.namelist()[:MAX_ZIP_ENTRIES])
        except Exception:  # a probe: a broken container is the reader's to report
            names = set()
        if "word/document.xml" in names or b"word/" in data[:4096]:
            return "docx"
        return None
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


# ----------------------------------------------------------------------------- workers


@dataclass(frozen=True)
class WorkerFailure:
    """What :meth:`WorkerPool.imap` yields for a task whose worker did not answer.

    ``kind`` is ``timeout`` (killed after its time limit), ``worker_crashed`` (the process
    died: a signal, out of memory, a crash in native code), ``too_large`` (the task raised
    ``MemoryError`` past the memory cap) or ``internal_error`` (the task raised).
    """

    kind: str
    message: str


def _die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (``PR_SET_PDEATHSIG``)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    except (OSError, AttributeError):
        pass


def _cap_memory(max_memory: int | None) -> None:
    if not max_memory:
        return
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = max_memory if hard == resource.RLIM_INFINITY else min(max_memory, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _worker_main(
    conn: connection.Connection,
    func: Callable[[str], str],
    init: Callable[[], None] | None,
    max_memory: int | None,
    inherited: list[int],
) -> None:
    """The loop of a worker process: receive a task string, send back ``func``'s string.

    ``inherited``: descriptors of the parent's pipe ends copied by ``fork`` (this worker's and
    its siblings'); they are closed so that each worker sees end-of-file when the parent
    closes its pipe."""
    for fd in inherited:
        with contextlib.suppress(OSError):
            os.close(fd)
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and ends us
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _cap_memory(max_memory)
    if init is not None:
        init()
    while True:
        try:
            task = conn.recv_bytes().decode("utf-8")
        except (EOFError, OSError):
            return
        try:
            answer = b"R" + func(task).encode("utf-8")
        except MemoryError as e:  # past --max-memory outside the pipeline's own guards
            answer = b"M" + f"ran out of memory (MemoryError: {e})".encode("utf-8", "replace")
        except BaseException as e:  # func must not raise; say so rather than die silently
            answer = b"E" + f"{type(e).__name__}: {e}".encode("utf-8", "replace")
        try:
            conn.send_bytes(answer)
        except (BrokenPipeError, OSError):
            return


class _Worker:
    def __init__(self, ctx, func, init, max_memory, siblings: list[_Worker]) -> None:  # noqa: ANN001
        parent_end, child_end = ctx.Pipe(duplex=True)
        inherited = []
        if ctx.get_start_method() == "fork":
            inherited = [parent_end.fileno()] + [w.conn.fileno() for w in siblings if not w.conn.closed]
        self.proc = ctx.Process(target=_worker_main, args=(child_end, func, init, max_memory, inherited), daemon=True)
        self.proc.start()
        child_end.close()
        self.conn: connection.Connection = parent_end
        self.index: int | None = None  # the task it runs
        self.deadline: float | None = None

    def end(self) -> None:
        """Kill the process (SIGKILL) and reap it."""
        with contextlib.suppress(Exception):
            self.conn.close()
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)

    def stop(self) -> None:
        """Close the pipe (the worker exits on EOF); kill it if it does not."""
        with contextlib.suppress(Exception):
            self.conn.close()
        self.proc.join(1)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join(5)


class WorkerPool:
    """Runs ``func(task) -> str`` over string tasks in worker processes, in input order, with a
    hard time limit per task.

    Args:
        func: a function of the task string (e.g. a path) returning a string (a JSON line). It
            should not raise; if it does, the task yields a ``WorkerFailure("internal_error")``.
        jobs: the number of worker processes (≥ 1).
        timeout: seconds per task; ``None`` for no limit. A worker still busy ``timeout + grace``
            seconds after it got its task is killed and replaced.
        grace: extra seconds before the kill, so that an in-process :func:`time_limit` of
            ``timeout`` can answer first with a clean result. Default: 10% of ``timeout``, at
            least 2 s.
        init: run once in each new worker (after the memory cap), e.g. to load resources.
        max_memory: address-space cap of each worker in bytes (POSIX ``RLIMIT_AS``); ``None``
            for none.
        lookahead: at most this many tasks beyond the oldest unfinished one are started, which
            bounds the results held back to keep the input order.

    Workers are forked where the platform allows it (Linux), so they start warm with whatever
    the parent has loaded; the parent should be single-threaded when it creates the pool.
    Use as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        func: Callable[[str], str],
        *,
        jobs: int = 1,
        timeout: float | None = None,
        grace: float | None = None,
        init: Callable[[], None] | None = None,
        max_memory: int | None = None,
        lookahead: int | None = None,
    ) -> None:
        import multiprocessing as mp

        methods = mp.get_all_start_methods()
        self._ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        self._func = func
        self._init = init
        self._max_memory = max_memory
        self.timeout = timeout if timeout and timeout > 0 else None
        self.grace = grace if grace is not None else max(2.0, 0.1 * (self.timeout or 0))
        self.jobs = max(1, jobs)
        self.lookahead = lookahead or max(8, 4 * self.jobs)
        self._workers: list[_Worker] = []
        self.killed = 0
        self.crashed = 0

    def _spawn(self) -> _Worker:
        return _Worker(self._ctx, self._func, self._init, self._max_memory, self._workers)

    def imap(self, tasks: Iterable[str]) -> Iterator[str | WorkerFailure]:
        """Yield, in input order, each task's answer string or a :class:`WorkerFailure`."""
        it = iter(tasks)
        exhausted = False
        next_index = 0  # of the next task to start
        next_out = 0  # of the next answer to yield
        done: dict[int, str | WorkerFailure] = {}
        pending: dict[int, str] = {}
        while not self._workers or len(self._workers) < self.jobs:
            self._workers.append(self._spawn())
        while True:
            # start tasks on idle workers
            for w in self._workers:
                if w.index is not None or exhausted or next_index >= next_out + self.lookahead:
                    continue
                try:
                    task = next(it)
                except StopIteration:
                    exhausted = True
                    break
                pending[next_index] = task
                self._send(w, next_index, task, done)
                next_index += 1
            while next_out in done:
                pending.pop(next_out, None)
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in self._workers if w.index is not None]
            if not busy:
                if exhausted:
                    return
                continue
            now = time.monotonic()
            deadlines = [w.deadline for w in busy if w.deadline is not None]
            wait_for = max(0.0, min(deadlines) - now) if deadlines else None
            ready = connection.wait([w.conn for w in busy], timeout=wait_for)
            for w in busy:
                if w.conn in ready:
                    self._receive(w, done)
            now = time.monotonic()
            for i, w in enumerate(self._workers):
                if w.index is not None and w.deadline is not None and now >= w.deadline:
                    done[w.index] = WorkerFailure(
                        ErrorKind.TIMEOUT,
                        f"the document took more than {self.timeout:g} s (time limit); its worker process was ended",
                    )
                    self.killed += 1
                    w.end()
                    self._workers[i] = self._spawn()

    def _send(self, w: _Worker, index: int, task: str, done: dict[int, str | WorkerFailure]) -> None:
        w.index = index
        w.deadline = time.monotonic() + self.timeout + self.grace if self.timeout else None
        try:
            w.conn.send_bytes(task.encode("utf-8"))
        except (BrokenPipeError, OSError):
            self._replace_dead(w, done)

    def _receive(self, w: _Worker, done: dict[int, str | WorkerFailure]) -> None:
        assert w.index is not None
        try:
            msg = w.conn.recv_bytes()
        except (EOFError, OSError):
            self._replace_dead(w, done)
            return
        tag, body = msg[:1], msg[1:].decode("utf-8")
        if tag == b"R":
            done[w.index] = body
        else:
            done[w.index] = WorkerFailure(ErrorKind.TOO_LARGE if tag == b"M" else ErrorKind.INTERNAL_ERROR, body)
        w.index = None
        w.deadline = None

    def _replace_dead(self, w: _Worker, done: dict[int, str | WorkerFailure]) -> None:
        w.proc.join(5)
        code = w.proc.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit status {code}"
        if w.index is not None:
            done[w.index] = WorkerFailure(
                ErrorKind.WORKER_CRASHED,
                f"the worker process died while reading this document ({how}; out of memory or a crash in native code)",
            )
        self.crashed += 1
        with contextlib.suppress(Exception):
            w.conn.close()
        i = self._workers.index(w)
        self._workers[i] = self._spawn()

    def close(self) -> None:
        """End every worker (idle ones exit on EOF, busy ones are killed)."""
        for w in self._workers:
            if w.index is not None:
                w.end()
            else:
                w.stop()
        self._workers = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
