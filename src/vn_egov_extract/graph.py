"""The citation graph of a batch: documents are nodes (by number), citations are edges.

``vn-egov-extract graph RESULTS.jsonl`` reads the results of ``extract`` (JSONL, or a JSON
array) and writes the graph as two CSV files and one GraphML file:

* a node per document number: each document of the batch (its ``metadata.number``; a
  document without one, such as a news article, is the node ``source:<its source>``) and
  each document they cite (a reference's ``number``). Attributes: ``label``, ``in_batch``
  (the document is one of the results), ``doc_type``, ``issuer``, ``date`` (the issue date,
  or the date a citation gives), ``title``, ``source``, ``cited_by`` (how many batch
  documents cite it);
* an edge per (citing document, cited document): ``relations`` (the relations the text
  states, ``;``-separated, sorted; empty when no cue says it — see
  ``models/citation_relations.tsv``), ``mentions`` (how many times it is cited), ``date``
  (the cited document's date as the citation gives it).

A short citation by type and number ("Nghị quyết 17", "Nghị định 43 năm 2011") is the node of
the one full number of the same type, number (and year, when both give one) met in the batch
("17/NQ-CP", "43/2011/NĐ-CP"); with none or more than one such number it stays a node of its own.

A document citing its own number gives no edge. Results that cannot be parsed are skipped
and counted (:attr:`CitationGraph.skipped`). GraphML is written with the standard library
(no networkx needed); it loads in networkx (``read_graphml``), Gephi and yEd.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from .emit import AtomicWriter
from .models import DocumentResult

__all__ = [
    "CitationGraph",
    "build_graph",
    "read_results",
    "write_graph_csv",
    "write_graphml",
    "NODE_COLUMNS",
    "EDGE_COLUMNS",
    "graph_cmd",
]

NODE_COLUMNS = ["id", "label", "in_batch", "doc_type", "issuer", "date", "title", "source", "cited_by"]
EDGE_COLUMNS = ["source", "target", "relations", "mentions", "date", "source_file"]
_INT_COLUMNS = {"cited_by", "mentions"}
_BOOL_COLUMNS = {"in_batch"}


@dataclass
class CitationGraph:
    """Nodes and edges of a citation graph.

    Attributes:
        nodes: node id → attributes (keys of :data:`NODE_COLUMNS` but ``id``), in first-seen order.
        edges: (source id, target id) → attributes (``relations`` as a set, ``mentions``,
            ``date``, ``source_file``), in first-seen order.
        documents: how many results were read.
        skipped: how many input lines or items could not be read as results.
    """

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    documents: int = 0
    skipped: int = 0

    def node_rows(self) -> Iterator[dict[str, Any]]:
        """One dict per node with the :data:`NODE_COLUMNS` keys."""
        for nid, attrs in self.nodes.items():
            yield {"id": nid, **{c: attrs.get(c) for c in NODE_COLUMNS if c != "id"}}

    def edge_rows(self) -> Iterator[dict[str, Any]]:
        """One dict per edge with the :data:`EDGE_COLUMNS` keys (``relations`` joined by ``;``)."""
        for (src, dst), attrs in self.edges.items():
            yield {
                "source": src,
                "target": dst,
                "relations": ";".join(sorted(attrs["relations"])),
                "mentions": attrs["mentions"],
                "date": attrs.get("date"),
                "source_file": attrs.get("source_file"),
            }


def _norm_number(number: str) -> str:
    return " ".join(number.split())


# "Nghị quyết 17", "Nghị định số 43 năm 2011": a type name, then the number (and year)
_SHORT = re.compile(r"^\D+?\s(?:số\s+)?(?P<num>\d+[a-zA-Z]?)(?:\s+năm\s+(?P<year>\d{4}))?$")
# "17/NQ-CP", "43/2011/NĐ-CP": the number, a year, the symbol
_FULL = re.compile(r"^(?P<num>\d+[a-zA-Z]?)\s*/\s*(?:(?P<year>\d{4})\s*/\s*)?\S")


def _year(attrs: dict[str, Any], parsed: str | None) -> str | None:
    return parsed or (str(attrs["date"])[:4] if attrs.get("date") else None)


def _merge_short_citations(graph: CitationGraph) -> None:
    """Fold each short citation node into the one full-number node it names (see the module
    docstring): its edges, mentions and ``cited_by`` move there."""
    full: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
    for nid, attrs in graph.nodes.items():
        m = _FULL.match(nid)
        if m and attrs.get("doc_type"):
            full.setdefault((m["num"].lower(), attrs["doc_type"]), []).append((nid, _year(attrs, m["year"])))
    into: dict[str, str] = {}
    for nid, attrs in graph.nodes.items():
        m = _SHORT.match(nid)
        if not m or attrs["in_batch"] or not attrs.get("doc_type"):
            continue
        year = m["year"]
        found = [f for f, fy in full.get((m["num"].lower(), attrs["doc_type"]), []) if not year or not fy or fy == year]
        if len(found) == 1:
            into[nid] = found[0]
    if not into:
        return
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for (src, dst), e in graph.edges.items():
        key = (into.get(src, src), into.get(dst, dst))
        if key[0] == key[1]:
            continue
        if key in edges:
            edges[key]["relations"] |= e["relations"]
            edges[key]["mentions"] += e["mentions"]
            edges[key]["date"] = edges[key]["date"] or e["date"]
        else:
            edges[key] = {**e, "relations": set(e["relations"])}
    for nid in into:
        del graph.nodes[nid]
    citing: dict[str, set[str]] = {}
    for src, dst in edges:
        citing.setdefault(dst, set()).add(src)
    for nid, attrs in graph.nodes.items():
        attrs["cited_by"] = len(citing.get(nid, ()))
    graph.edges = edges


def _node(graph: CitationGraph, nid: str) -> dict[str, Any]:
    if nid not in graph.nodes:
        graph.nodes[nid] = {
            "label": nid,
            "in_batch": False,
            "doc_type": None,
            "issuer": None,
            "date": None,
            "title": None,
            "source": None,
            "cited_by": 0,
        }
    return graph.nodes[nid]


def _fill(attrs: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, "") and attrs.get(key) in (None, ""):
        attrs[key] = value


def build_graph(results: Iterable[DocumentResult | dict[str, Any]]) -> CitationGraph:
    """The citation graph of ``results`` (see the module docstring).

    Args:
        results: document results, as models or as their JSON dicts.

    Returns:
        The :class:`CitationGraph`; a dict that does not validate as a result is counted in
        ``skipped``.

    >>> r = {"text": "", "source": "a.txt", "metadata": {"number": "3485/BTTTT-THH", "doc_type": "Công văn"},
    ...      "references": [{"number": "17/NQ-CP", "text": "17/NQ-CP", "start": 0, "end": 8,
    ...                      "relation": "theo", "date": "2019-03-07"}]}
    >>> g = build_graph([r])
    >>> list(g.nodes), [(e["source"], e["target"], e["relations"]) for e in g.edge_rows()]
    (['3485/BTTTT-THH', '17/NQ-CP'], [('3485/BTTTT-THH', '17/NQ-CP', 'theo')])
    """
    graph = CitationGraph()
    for item in results:
        if isinstance(item, DocumentResult):
            res = item
        else:
            try:
                res = DocumentResult.model_validate(item)
            except Exception:  # any item that is not a result is skipped and counted
                graph.skipped += 1
                continue
        graph.documents += 1
        md = res.metadata
        own = _norm_number(md.number) if md.number else None
        nid = own or f"source:{res.source or graph.documents}"
        attrs = _node(graph, nid)
        attrs["in_batch"] = True
        if own is None:
            attrs["label"] = md.title or res.source or nid
        # the document's own facts win over what citations say about it
        for key, value in (
            ("doc_type", md.doc_type),
            ("issuer", md.issuer),
            ("date", md.issued_date or res.doc_date),
            ("title", md.subject or md.title),
            ("source", res.source),
        ):
            if value not in (None, ""):
                attrs[key] = value
        cited_here: set[str] = set()
        for ref in res.references:
            target = _norm_number(ref.number)
            if not target or target == nid:
                continue
            tattrs = _node(graph, target)
            if not tattrs["in_batch"]:
                _fill(tattrs, "doc_type", ref.doc_type)
                _fill(tattrs, "issuer", ref.issuer)
                _fill(tattrs, "date", ref.date)
            if target not in cited_here:
                tattrs["cited_by"] += 1
                cited_here.add(target)
            edge = graph.edges.setdefault(
                (nid, target), {"relations": set(), "mentions": 0, "date": None, "source_file": res.source}
            )
            edge["mentions"] += 1
            if ref.relation:
                edge["relations"].add(ref.relation)
            if ref.date and not edge["date"]:
                edge["date"] = ref.date
    _merge_short_citations(graph)
    return graph


def read_results(path: str | Path) -> tuple[list[dict[str, Any]], int]:
    """The result dicts of a JSONL file (or a JSON array) and the number of lines that are
    not JSON objects.

    Raises:
        OSError: when the file cannot be read.
    """
    text = Path(path).read_text(encoding="utf-8")
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            return [], 1
        items = [d for d in data if isinstance(d, dict)]
        return items, len(data) - len(items)
    out: list[dict[str, Any]] = []
    bad = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if isinstance(obj, dict):
            out.append(obj)
        else:
            bad += 1
    return out, bad


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_graph_csv(graph: CitationGraph, nodes_path: str | Path, edges_path: str | Path) -> None:
    """Write the nodes and the edges as two UTF-8 CSV files (headers :data:`NODE_COLUMNS`
    and :data:`EDGE_COLUMNS`), each atomically."""
    for path, columns, rows in (
        (nodes_path, NODE_COLUMNS, graph.node_rows()),
        (edges_path, EDGE_COLUMNS, graph.edge_rows()),
    ):
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        w.writeheader()
        for row in rows:
            w.writerow({k: _cell(v) for k, v in row.items()})
        with AtomicWriter(path) as out:
            out.write(buf.getvalue())


def _graphml_type(column: str) -> str:
    if column in _INT_COLUMNS:
        return "int"
    if column in _BOOL_COLUMNS:
        return "boolean"
    return "string"


def write_graphml(graph: CitationGraph, path: str | Path) -> None:
    """Write the graph as GraphML (directed; node and edge attributes as typed ``<key>`` s),
    atomically."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    keys: dict[tuple[str, str], str] = {}
    for domain, columns in (("node", NODE_COLUMNS[1:]), ("edge", EDGE_COLUMNS[2:])):
        for col in columns:
            kid = f"{domain[0]}_{col}"
            keys[(domain, col)] = kid
            ET.SubElement(root, "key", {"id": kid, "for": domain, "attr.name": col, "attr.type": _graphml_type(col)})
    g = ET.SubElement(root, "graph", {"id": "citations", "edgedefault": "directed"})
    for row in graph.node_rows():
        n = ET.SubElement(g, "node", {"id": row["id"]})
        for col in NODE_COLUMNS[1:]:
            if row.get(col) not in (None, ""):
                ET.SubElement(n, "data", {"key": keys[("node", col)]}).text = _cell(row[col])
    for i, row in enumerate(graph.edge_rows()):
        e = ET.SubElement(g, "edge", {"id": f"e{i}", "source": row["source"], "target": row["target"]})
        for col in EDGE_COLUMNS[2:]:
            if row.get(col) not in (None, ""):
                ET.SubElement(e, "data", {"key": keys[("edge", col)]}).text = _cell(row[col])
    ET.indent(root)
    xml = ET.tostring(root, encoding="unicode", xml_declaration=False)
    with AtomicWriter(path) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + xml + "\n")


def _default_prefix(results: str) -> str:
    p = Path(results)
    stem = p.name[: -len(".jsonl")] if p.name.endswith(".jsonl") else p.stem
    return str(p.with_name(stem + ".citations"))


@click.command("graph")
@click.argument("results", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "-o",
    "--output",
    "prefix",
    default=None,
    help="Prefix of the output files: PREFIX.nodes.csv, PREFIX.edges.csv, PREFIX.graphml "
    "(default: RESULTS without .jsonl, plus .citations).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["all", "csv", "graphml"]),
    default="all",
    show_default=True,
    help="Which files to write.",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
def graph_cmd(results: str, prefix: str | None, fmt: str, quiet: bool) -> None:
    """Write the citation graph of RESULTS (the JSONL of `extract`) as CSV and GraphML.

    Nodes are documents by number, edges are citations (with the relation the text states).
    """
    items, bad = read_results(results)
    graph = build_graph(items)
    graph.skipped += bad
    prefix = prefix or _default_prefix(results)
    written = []
    if fmt in ("all", "csv"):
        write_graph_csv(graph, f"{prefix}.nodes.csv", f"{prefix}.edges.csv")
        written += [f"{prefix}.nodes.csv", f"{prefix}.edges.csv"]
    if fmt in ("all", "graphml"):
        write_graphml(graph, f"{prefix}.graphml")
        written.append(f"{prefix}.graphml")
    if not quiet:
        click.echo(
            f"{graph.documents} documents ({graph.skipped} skipped): {len(graph.nodes)} nodes, "
            f"{len(graph.edges)} edges → {', '.join(written)}",
            err=True,
        )
    sys.exit(0 if graph.documents else 1)
