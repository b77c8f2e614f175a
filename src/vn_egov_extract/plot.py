"""Charts of claims: one metric by subject (bar chart) or over the periods (a line per subject).

Everything is read from the claims alone (``subject``, ``metric.key``, ``value``, ``period``,
``status``), so any results file written by ``extract`` can be charted. matplotlib is an
optional dependency: ``pip install 'vn-egov-extract[plot]'``.

Rules (where the claims leave room):

* a claim counts when its metric key, status and subject kind are the chosen ones and its unit
  is "%". Levels ("đạt 39%") and changes ("tăng 20% so với cùng kỳ", "giảm 50% lệ phí":
  ``direction`` set) are never mixed: the levels are drawn when there are any, else the
  changes (a fee cut is a change by nature), with their sign and ``ChartData.changes`` set;
* a range ("từ 55,25% đến 86,80%") is drawn at its midpoint with an error bar to its ends;
* bar chart: one bar per subject, from its claim with the latest period end (claims without
  one come last; among equals the first in the input wins); bars sorted by size, largest
  first. Country-level claims of the same metric (the national average, a national target)
  are drawn as dashed reference lines;
* line chart: x is the period end (claims without one are left out), one line per subject.

``vn-egov-extract plot RESULTS.jsonl -o chart.png|svg [--metric KEY] [--kind bar|line]``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from .errors import MissingDependencyError
from .models import Claim, DocumentResult

__all__ = ["Point", "ChartData", "chart_data", "plot_chart", "save_chart", "plot_cmd"]


@dataclass(frozen=True, slots=True)
class Point:
    """One claim as a data point: ``value`` in percent (0–100; a range's midpoint, its ends in
    ``low``/``high``), the period as ISO dates, and where it came from."""

    subject: str
    value: float
    direction: str | None
    low: float | None
    high: float | None
    qualifier: str
    period_start: str | None
    period_end: str | None
    period_text: str | None
    status: str
    source: str | None


@dataclass
class ChartData:
    """What a chart draws: its points (bar: one per subject, sorted by value descending; line:
    every point, sorted by subject then period end) and its country-level reference lines
    (``(label, value)``). ``changes``: the points are changes (signed: a decrease is
    negative), not levels."""

    metric: str
    status: str
    kind: str
    subject_kind: str
    changes: bool = False
    points: list[Point] = field(default_factory=list)
    references: list[tuple[str, float]] = field(default_factory=list)

    @property
    def subjects(self) -> list[str]:
        """Subject names in drawing order, each once."""
        return list(dict.fromkeys(p.subject for p in self.points))


def _point(c: Claim, source: str | None) -> Point | None:
    v = c.value
    if v.unit != "%":
        return None
    if v.qualifier == "range":
        if v.low is None or v.high is None:
            return None
        value = (v.low + v.high) / 2
    elif v.value is None:
        return None
    else:
        value = v.value
    sign = -1.0 if v.direction == "decrease" else 1.0
    return Point(
        subject=c.subject.name,
        value=sign * value,
        direction=v.direction,
        low=None if v.low is None else sign * v.low,
        high=None if v.high is None else sign * v.high,
        qualifier=v.qualifier,
        period_start=c.period.start,
        period_end=c.period.end,
        period_text=c.period.text,
        status=c.status,
        source=source,
    )


def _claims(results: Iterable[DocumentResult | Mapping[str, Any]]) -> Iterable[tuple[Claim, str | None]]:
    for r in results:
        if not isinstance(r, DocumentResult):
            r = DocumentResult.model_validate(r)
        for c in r.claims:
            yield c, r.source


def chart_data(
    results: Iterable[DocumentResult | Mapping[str, Any]],
    *,
    metric: str = "dvc_level4_rate",
    status: str = "achieved",
    kind: str = "bar",
    subject_kind: str = "province",
    subjects: Iterable[str] | None = None,
) -> ChartData:
    """Select and arrange the claims to chart (see the module docstring for the rules).

    Args:
        results: document results (models, or their JSON dicts as in a JSONL file).
        metric: the metric key (spec §3: ``dvc_level4_rate``, ``online_dossier_rate``, ...).
        status: ``achieved``, ``target`` or ``projected``.
        kind: ``bar`` (by subject) or ``line`` (over periods).
        subject_kind: the subjects to chart (``province``, ``ministry``, ``country``, ...).
        subjects: only these subject names (canonical names, as in ``subject.name``).

    Returns:
        The :class:`ChartData`; ``points`` is empty when no claim matches.

    Raises:
        ValueError: on an unknown ``kind``.

    >>> from vn_egov_extract import extract
    >>> r = extract("Năm 2020, tỷ lệ DVCTT mức 4 của Hà Nội đạt 23,88%, Huế đạt 54,53%.")
    >>> [(p.subject, p.value) for p in chart_data([r]).points]
    [('Thừa Thiên Huế', 54.53), ('Hà Nội', 23.88)]
    """
    if kind not in ("bar", "line"):
        raise ValueError(f"kind must be 'bar' or 'line', not {kind!r}")
    wanted = set(subjects) if subjects is not None else None
    points: list[Point] = []
    references: dict[tuple[str, bool], float] = {}
    seen: set[tuple] = set()
    for c, source in _claims(results):
        if c.metric.key != metric:
            continue
        p = _point(c, source)
        if p is None:
            continue
        if c.subject.kind == "country" and subject_kind != "country" and kind == "bar":
            label = f"{p.subject} {c.status} {_fmt(p)} ({p.period_end or 'no date'})"
            references.setdefault((label, p.direction is not None), p.value)
            continue
        if c.status != status or c.subject.kind != subject_kind:
            continue
        if wanted is not None and p.subject not in wanted:
            continue
        key = (p.subject, p.value, p.low, p.high, p.period_start, p.period_end)
        if key in seen:
            continue
        seen.add(key)
        points.append(p)
    changes = not any(p.direction is None for p in points)
    points = [p for p in points if (p.direction is not None) == changes]
    if kind == "bar":
        latest: dict[str, Point] = {}
        for p in points:
            q = latest.get(p.subject)
            if q is None or (p.period_end or "") > (q.period_end or ""):
                latest[p.subject] = p
        points = sorted(latest.values(), key=lambda p: -abs(p.value))
    else:
        points = sorted((p for p in points if p.period_end), key=lambda p: (p.subject, p.period_end or ""))
    return ChartData(
        metric=metric,
        status=status,
        kind=kind,
        subject_kind=subject_kind,
        changes=changes and bool(points),
        points=points,
        references=[(label, v) for (label, is_change), v in references.items() if is_change == changes],
    )


def _fmt(p: Point) -> str:
    if p.qualifier == "range":
        return f"{p.low:g}–{p.high:g}%"
    sign = {"at_least": "≥", "at_most": "≤", "more_than": ">", "less_than": "<", "approx": "≈"}.get(p.qualifier, "")
    return f"{sign}{p.value:+g}%" if p.direction else f"{sign}{p.value:g}%"


def _matplotlib() -> None:
    try:
        import matplotlib  # noqa: F401
    except ImportError as e:
        raise MissingDependencyError("matplotlib", "plot", purpose="charts") from e


def plot_chart(data: ChartData, *, title: str | None = None):  # noqa: ANN201 - matplotlib Figure
    """Draw ``data`` with matplotlib (no pyplot state; safe in threads and servers).

    Returns:
        A ``matplotlib.figure.Figure``: the bar chart has one ``BarContainer`` whose bars are
        ``data.points`` in order; the line chart one line per subject.

    Raises:
        MissingDependencyError: when matplotlib is not installed (extra ``[plot]``).
    """
    _matplotlib()
    from matplotlib.figure import Figure

    what = f"{data.metric}, change" if data.changes else data.metric
    title = title or f"{what} ({data.status}) by {data.subject_kind}"
    if data.kind == "bar":
        n = len(data.points)
        fig = Figure(figsize=(max(6.0, 0.28 * n + 2), 6.5), layout="constrained")
        ax = fig.subplots()
        xs = list(range(n))
        heights = [p.value for p in data.points]
        err = None
        if any(p.qualifier == "range" for p in data.points):
            spans = [
                (min(p.low, p.high), max(p.low, p.high))
                if p.low is not None and p.high is not None
                else (p.value, p.value)
                for p in data.points
            ]
            err = [
                [p.value - lo for p, (lo, _) in zip(data.points, spans, strict=True)],
                [hi - p.value for p, (_, hi) in zip(data.points, spans, strict=True)],
            ]
        ax.bar(xs, heights, color="#4c9be8", yerr=err, capsize=3 if err else 0, label=data.status)
        ax.set_xticks(xs, [p.subject for p in data.points], rotation=90, fontsize=8)
        ax.set_xlim(-0.6, n - 0.4)
        styles = ["--", ":", "-."]
        for i, (label, value) in enumerate(data.references):
            ax.axhline(value, color="#c92a2a", linestyle=styles[i % len(styles)], linewidth=1.2, label=label)
        if data.references:
            ax.legend(fontsize=8, loc="upper right")
        ends = sorted({p.period_end for p in data.points if p.period_end})
        if ends:
            title += f" — {ends[0]}" + (f" … {ends[-1]}" if len(ends) > 1 else "")
    else:
        fig = Figure(figsize=(10, 6), layout="constrained")
        ax = fig.subplots()
        for subject in data.subjects:
            pts = [p for p in data.points if p.subject == subject]
            ax.plot(
                [dt.date.fromisoformat(p.period_end) for p in pts if p.period_end],
                [p.value for p in pts],
                marker="o",
                label=subject,
            )
        if data.subjects:
            ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.01, 0.5), ncol=1 + len(data.subjects) // 25)
        ax.set_xlabel("period end")
        fig.autofmt_xdate()
    ax.set_ylabel("change (%)" if data.changes else "%")
    ax.set_title(title, fontsize=11)
    ax.grid(axis="y", alpha=0.3)
    return fig


def save_chart(fig, path: str | Path) -> Path:  # noqa: ANN001 - matplotlib Figure
    """Write ``fig`` to ``path``; the format follows the suffix (``.png``, ``.svg``, ``.pdf``)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    return path


@click.command("plot")
@click.argument("results", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o", "--output", required=True, type=click.Path(path_type=Path), help="chart.png, chart.svg or chart.pdf"
)
@click.option("--metric", default="dvc_level4_rate", show_default=True, help="Metric key (spec §3).")
@click.option("--status", type=click.Choice(["achieved", "target", "projected"]), default="achieved", show_default=True)
@click.option("--kind", type=click.Choice(["bar", "line"]), default="bar", show_default=True)
@click.option("--subject-kind", default="province", show_default=True, help="province, ministry, agency, country ...")
@click.option("--subject", "subjects", multiple=True, help="Only this subject (repeatable).")
@click.option("--title", default=None, help="Chart title.")
def plot_cmd(
    results: Path,
    output: Path,
    metric: str,
    status: str,
    kind: str,
    subject_kind: str,
    subjects: tuple[str, ...],
    title: str | None,
) -> None:
    """Chart one metric's claims from RESULTS (.jsonl or .json written by extract): a bar per
    subject, or a line per subject over the periods (--kind line)."""
    from .render import load_results

    if output.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise click.UsageError("-o must end in .png, .svg or .pdf")
    try:
        rs = load_results(results)
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    data = chart_data(rs, metric=metric, status=status, kind=kind, subject_kind=subject_kind, subjects=subjects or None)
    if not data.points:
        have = sorted({(c.metric.key, c.status, c.subject.kind) for c, _ in _claims(rs)})
        listing = ", ".join(f"{m}/{s}/{k}" for m, s, k in have) or "none"
        raise click.UsageError(
            f"no {status} claims of {metric} for {subject_kind} subjects (metric/status/kind present: {listing})"
        )
    try:
        fig = plot_chart(data, title=title)
    except MissingDependencyError as e:
        raise click.ClickException(str(e)) from e
    save_chart(fig, output)
    click.echo(f"wrote {output} ({len(data.points)} points, {len(data.subjects)} subjects)", err=True)
