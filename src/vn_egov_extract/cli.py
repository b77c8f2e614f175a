"""The command line: ``vn-egov-extract extract|schema|evaluate ...``.

Exit codes of ``extract``: 0 when every document was processed without an error entry of
severity "error", 1 when some had errors (the others are still written), 2 on a usage error.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from . import __version__
from .models import DocumentResult

__all__ = ["main", "cli", "iter_inputs"]


def iter_inputs(inputs: tuple[str, ...]) -> Iterator[str]:
    """Expand files, directories (recursively, sorted, symlink loops skipped) and "-" (stdin)."""
    seen_dirs: set[tuple[int, int]] = set()
    for inp in inputs:
        if inp == "-":
            yield "-"
            continue
        p = Path(inp)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=True):
                st = os.stat(root)
                key = (st.st_dev, st.st_ino)
                if key in seen_dirs:
                    dirs[:] = []
                    continue
                seen_dirs.add(key)
                dirs.sort()
                for f in sorted(files):
                    if f.startswith("."):
                        continue
                    yield str(Path(root) / f)
        else:
            yield str(p)


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
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "csv"]), default="jsonl", show_default=True)
@click.option("--tokens", is_flag=True, help="Emit word tokens in sentences (slower).")
@click.option("--doc-date", callback=_doc_date, help="The date the documents speak from (YYYY-MM-DD).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True, help="Worker processes.")
@click.option("--redact-pii", is_flag=True, help="Mask e-mail addresses, phone numbers and names in the output.")
@click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--max-bytes", type=click.IntRange(1), default=50 * 1024 * 1024, show_default=True)
@click.option("--max-pages", type=click.IntRange(1), default=500, show_default=True)
@click.option("--timeout", type=click.FloatRange(0.1), default=None, help="Seconds per document.")
@click.option("--resume", is_flag=True, help="Skip inputs already in the output (by content hash).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def extract_cmd(
    inputs: tuple[str, ...],
    output: str,
    fmt: str,
    tokens: bool,
    doc_date: dt.date | None,
    jobs: int,
    redact_pii: bool,
    ocr: str,
    max_bytes: int,
    max_pages: int,
    timeout: float | None,
    resume: bool,
    quiet: bool,
) -> None:
    """Extract entities and claims from INPUTS (files, folders, or - for standard input)."""
    from .batch import BatchOptions, run_batch
    from .readers import ReadOptions

    opts = BatchOptions(
        tokens=tokens,
        doc_date=doc_date,
        jobs=jobs,
        redact_pii=redact_pii,
        read_options=ReadOptions(ocr=ocr, max_bytes=max_bytes, max_pages=max_pages, timeout=timeout),
        timeout=timeout,
    )
    paths = list(iter_inputs(inputs))
    if not paths:
        raise click.UsageError("no input files found")
    if resume and (output == "-" or fmt != "jsonl"):
        raise click.UsageError("--resume needs a JSONL output file (-o FILE)")
    summary = run_batch(paths, output=output, fmt=fmt, options=opts, resume=resume, progress=not quiet)
    if not quiet:
        click.echo(summary.line(), err=True)
    sys.exit(1 if summary.with_errors else 0)


@cli.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of a document result."""
    click.echo(json.dumps(DocumentResult.model_json_schema(), ensure_ascii=False, indent=2))


@cli.command("evaluate")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, file_okay=False), help="Gold folder.")
@click.argument("results", type=click.Path(exists=True, dir_okay=False))
@click.option("-v", "--verbose", is_flag=True, help="List every miss.")
@click.option("--min-claim-f1", type=float, default=None)
@click.option("--min-entity-f1", type=float, default=None)
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
        cli.main(args=argv, prog_name="vn-egov-extract", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


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
