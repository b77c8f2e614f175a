"""The command line: ``vn-egov-extract extract|schema|evaluate ...``.

Exit codes of ``extract``: 0 when every document was processed without an error entry of
severity "error", 1 when some had errors (the others are still written), 2 on a usage error
or an output that cannot be written, 128 + the signal number (130 for Ctrl-C, 143 for SIGTERM) when interrupted.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import click

from . import __version__
from .limits import DEFAULT_MAX_MEMORY, DEFAULT_TIMEOUT
from .models import DocumentResult

__all__ = ["main", "cli", "iter_inputs", "iter_named_inputs"]


def iter_inputs(inputs: tuple[str, ...]) -> Iterator[str]:
    """Expand files, directories (recursively, sorted, symlink loops skipped) and "-" (stdin)."""
    for path, _ in iter_named_inputs(inputs):
        yield path


def iter_named_inputs(inputs: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """``(path, name)`` of every input: files as given, folders walked recursively in sorted
    order (hidden files skipped, symbolic links followed, each folder visited once so that a
    symlink loop ends), "-" for standard input. ``name`` is the path relative to the folder
    given (the file name for a file, "stdin" for "-"), used by ``--output-dir``.

    A folder that cannot be listed is yielded itself, so that it gets an ``io_error`` result
    rather than being skipped in silence.
    """
    seen_dirs: set[tuple[int, int]] = set()
    for inp in inputs:
        if inp == "-":
            yield "-", "stdin"
            continue
        p = Path(inp)
        if not p.is_dir():
            yield str(p), p.name
            continue
        unreadable: list[str] = []
        for root, dirs, files in os.walk(p, followlinks=True, onerror=partial(_note_error, unreadable)):
            try:
                st = os.stat(root)
            except OSError:
                dirs[:] = []
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                dirs[:] = []
                continue
            seen_dirs.add(key)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for f in sorted(files):
                if f.startswith("."):
                    continue
                full = Path(root) / f
                yield str(full), full.relative_to(p).as_posix()
        for u in unreadable:
            yield str(u), Path(u).name


def _note_error(into: list[str], e: OSError) -> None:
    into.append(e.filename)


def _province(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from .recognizers.locations import province_name

    try:
        return province_name(value)
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


def _doc_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from e


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vn-egov-extract")
def cli() -> None:
    """Entities and claims from Vietnamese e-government documents."""


@cli.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", "output", default="-", help="Output file (default: standard output).")
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Write one JSON file per input under this folder instead of one output file.",
)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default="jsonl", show_default=True)
@click.option("--tokens", is_flag=True, help="Emit word tokens in sentences (slower).")
@click.option("--doc-date", callback=_doc_date, help="The date the documents speak from (YYYY-MM-DD).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@click.option("--redact-pii", is_flag=True, help="Mask e-mail addresses, phone numbers and names in the output.")
@click.option(
    "--province",
    callback=_province,
    help="Home province of the inputs (a provincial paper's archive): resolves 'toàn tỉnh', 'Sở Tư pháp' "
    "and 'UBND tỉnh' where the text names none.",
)
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option(
    "--max-bytes",
    type=click.IntRange(1),
    default=50 * 1024 * 1024,
    show_default=True,
    help="Largest input file, and largest expanded DOCX, in bytes.",
)
@click.option("--max-pages", type=click.IntRange(1), default=500, show_default=True, help="Pages read per document.")
@click.option(
    "--timeout",
    type=click.FloatRange(0),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds per document; a worker still busy then is ended (0: no limit, no worker).",
)
@click.option(
    "--max-memory",
    type=click.IntRange(0),
    default=DEFAULT_MAX_MEMORY // 2**20,
    show_default=True,
    help="Memory cap of each worker process in MiB (0: none).",
)
@click.option("--resume", is_flag=True, help="Skip inputs already in the output (same source and content hash).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract_cmd(
    inputs: tuple[str, ...],
    output: str,
    output_dir: str | None,
    fmt: str,
    tokens: bool,
    doc_date: dt.date | None,
    jobs: int,
    redact_pii: bool,
    province: str | None,
    ocr: str,
    max_bytes: int,
    max_pages: int,
    timeout: float,
    max_memory: int,
    resume: bool,
    quiet: bool,
) -> None:
    """Extract entities and claims from INPUTS (files, folders, or - for standard input).

    Exit status: 0 when no document has an error, 1 when some have (their results carry
    ``errors`` entries; every other result is written), 2 on a usage error or when the output
    cannot be written, 130 (143) when
    interrupted by Ctrl-C (SIGTERM) — the whole results written so far are kept; rerun with
    --resume to finish.
    """
    from .batch import BatchOptions, run_batch
    from .readers import ReadOptions

    limit = timeout if timeout > 0 else None
    opts = BatchOptions(
        tokens=tokens,
        doc_date=doc_date,
        jobs=jobs,
        redact_pii=redact_pii,
        province=province,
        read_options=ReadOptions(ocr=ocr, max_bytes=max_bytes, max_pages=max_pages, timeout=limit),
        timeout=limit,
        max_memory=max_memory * 2**20 if max_memory else None,
    )
    named = list(iter_named_inputs(inputs))
    if not named:
        raise click.UsageError("no input files found")
    if output_dir is not None and output != "-":
        raise click.UsageError("give either -o/--output or --output-dir, not both")
    if resume and output_dir is None and (output == "-" or fmt != "jsonl"):
        raise click.UsageError("--resume needs a JSONL output file (-o FILE) or --output-dir")
    if output != "-" and (Path(output).is_dir() or output.endswith(("/", os.sep))):
        raise click.UsageError(f"{output} is a folder: give a file with -o, or use --output-dir")
    paths = [p for p, _ in named]
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        summary = run_batch(
            paths,
            output=output,
            fmt=fmt,
            options=opts,
            resume=resume,
            progress=not quiet,
            output_dir=output_dir,
            names=[n for _, n in named],
        )
    except OSError as e:  # the output cannot be written (a missing or read-only folder, a full disk)
        e2 = click.ClickException(f"cannot write {e.filename or output_dir or output}: {e.strerror or e}")
        e2.exit_code = 2
        raise e2 from e
    finally:
        signal.signal(signal.SIGTERM, previous)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(summary.exit_code)


class Interrupted(KeyboardInterrupt):
    """SIGTERM, turned into an exception so that the batch keeps what it has written."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"signal {signum}")
        self.signum = signum


def _raise_interrupt(signum: int, frame: object) -> None:
    raise Interrupted(signum)


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of a document result."""
    click.echo(json.dumps(DocumentResult.model_json_schema(), ensure_ascii=False, indent=2))


@cli.command("evaluate")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, file_okay=False), help="Gold folder.")
@click.argument("results", type=click.Path(exists=True, dir_okay=False))
@click.option("-v", "--verbose", is_flag=True, help="List every miss.")
@click.option("--min-claim-f1", type=float, default=None, help="Exit 1 when the claims F1 is below this.")
@click.option("--min-entity-f1", type=float, default=None, help="Exit 1 when the entities F1 is below this.")
def evaluate_cmd(
    gold: str, results: str, verbose: bool, min_claim_f1: float | None, min_entity_f1: float | None
) -> None:
    """Precision, recall and F1 of RESULTS (JSONL) against a gold folder (spec §5)."""
    from .evaluate import evaluate_files

    rep = evaluate_files(gold, results)
    click.echo(rep.format(verbose=verbose))
    ok = (min_claim_f1 is None or rep.claims.f1 >= min_claim_f1) and (
        min_entity_f1 is None or rep.entities_total.f1 >= min_entity_f1
    )
    sys.exit(0 if ok else 1)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``vn-egov-extract`` console script."""
    try:
        rv = cli.main(args=argv, prog_name="vn-egov-extract", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt) as e:
        # click turns KeyboardInterrupt (Ctrl-C, or SIGTERM through Interrupted) into Abort
        cause = e if isinstance(e, KeyboardInterrupt) else e.__cause__
        signum = getattr(cause, "signum", signal.SIGINT)
        click.echo("interrupted: the results written so far are kept; rerun with --resume to finish", err=True)
        sys.exit(128 + signum)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    if isinstance(rv, int):
        sys.exit(rv)


def _register_commands() -> None:
    """Add the commands that live in their own modules (graph, render, plot)."""
    from .graph import graph_cmd
    from .plot import plot_cmd
    from .render import render_cmd

    for cmd in (graph_cmd, render_cmd, plot_cmd):
        cli.add_command(cmd)


_register_commands()

if __name__ == "__main__":  # pragma: no cover
    main()
