"""The citation graph: built from results (the seeds and small real cases), written as CSV and
GraphML, and the `graph` command run as a user would."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from vn_egov_extract.graph import EDGE_COLUMNS, NODE_COLUMNS, build_graph, write_graph_csv, write_graphml

CLI = [sys.executable, "-m", "vn_egov_extract.cli"]
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def _result(source, number, refs, **md):
    return {
        "source": source,
        "text": "",
        "metadata": {"number": number, **md},
        "references": [
            {"number": n, "text": n, "start": 0, "end": len(n), "relation": rel, "date": date, "doc_type": dtype}
            for n, rel, date, dtype in refs
        ],
    }


@pytest.fixture(scope="module")
def seeds_jsonl(seed_results, tmp_path_factory):
    path = tmp_path_factory.mktemp("graph") / "seeds.jsonl"
    path.write_text("".join(r.model_dump_json() + "\n" for r in seed_results.values()), encoding="utf-8")
    return path


def test_graph_of_the_seeds(seed_results):
    g = build_graph(seed_results.values())
    assert g.documents == 5 and g.skipped == 0
    letter = g.nodes["3485/BTTTT-THH"]
    assert letter["in_batch"] and letter["doc_type"] == "Công văn" and letter["date"] == "2020-09-10"
    cited = g.nodes["17/NQ-CP"]  # seeds 001 and 003; seeds 000 and 004 cite it as "Nghị quyết 17"
    assert not cited["in_batch"] and cited["cited_by"] == 4 and cited["date"] == "2019-03-07"
    assert "Nghị quyết 17" not in g.nodes
    edge = g.edges[("3485/BTTTT-THH", "17/NQ-CP")]
    assert edge["relations"] == {"theo"} and edge["mentions"] == 1 and edge["date"] == "2019-03-07"
    # news articles have no number: they are nodes by source
    news = [n for n, a in g.nodes.items() if a["in_batch"] and n.startswith("source:")]
    assert len(news) == 4


def test_mentions_relations_and_no_self_loop():
    """Dev qd-1610: 151/2025/NĐ-CP is cited twice (căn cứ, then without a cue); its own
    number in the appendix is no edge."""
    r = _result(
        "qd-1610.txt",
        "1610/QĐ-TTPVHCC",
        [
            ("151/2025/NĐ-CP", "can_cu", "2025-06-12", "Nghị định"),
            ("151/2025/NĐ-CP", None, "2025-06-12", "Nghị định"),
            ("1610/QĐ-TTPVHCC", "kem_theo", None, "Quyết định"),
        ],
        doc_type="Quyết định",
    )
    g = build_graph([r])
    assert list(g.edges) == [("1610/QĐ-TTPVHCC", "151/2025/NĐ-CP")]
    rows = list(g.edge_rows())
    assert rows[0]["relations"] == "can_cu" and rows[0]["mentions"] == 2
    assert g.nodes["151/2025/NĐ-CP"]["cited_by"] == 1


SHORT_CITATIONS = [
    # (short citation, full numbers met in the batch with their doc_type and date, node it joins)
    pytest.param("Nghị quyết 17", [("17/NQ-CP", "Nghị quyết", "2019-03-07")], "17/NQ-CP", id="seed-nq17"),
    pytest.param("Nghị định 43 năm 2011", [("43/2011/NĐ-CP", "Nghị định", None)], "43/2011/NĐ-CP", id="seed-nd43-year"),
    pytest.param("Nghị quyết 36a", [("36a/NQ-CP", "Nghị quyết", "2015-10-14")], "36a/NQ-CP", id="letter-suffix"),
    pytest.param("Nghị định số 45 năm 2020", [("45/2020/NĐ-CP", "Nghị định", None)], "45/2020/NĐ-CP", id="so-year"),
    # another year, another type, or two candidates: stays its own node
    pytest.param("Nghị định 43 năm 2011", [("43/2020/NĐ-CP", "Nghị định", None)], "Nghị định 43 năm 2011", id="year-differs"),
    pytest.param("Nghị quyết 17", [("17/QĐ-TTg", "Quyết định", None)], "Nghị quyết 17", id="type-differs"),
    pytest.param(
        "Nghị quyết 17",
        [("17/NQ-CP", "Nghị quyết", "2019-03-07"), ("17/NQ-HĐND", "Nghị quyết", "2020-07-10")],
        "Nghị quyết 17",
        id="ambiguous",
    ),
]


@pytest.mark.parametrize(("short", "full", "node"), SHORT_CITATIONS)
def test_short_citation_joins_its_full_number(short, full, node):
    docs = [_result("news.txt", None, [(short, "theo", None, " ".join(short.split()[:2]))])]
    docs += [_result(f"l{i}.txt", f"{i}/BTTTT-THH", [(n, None, d, t)]) for i, (n, t, d) in enumerate(full)]
    g = build_graph(docs)
    joined = node != short
    assert node in g.nodes and g.nodes[node]["cited_by"] == (2 if joined else 1)
    assert (short in g.nodes) is not joined
    assert ("source:news.txt", node) in g.edges


def test_a_batch_document_keeps_its_own_facts_over_citations():
    citing = _result("a.txt", "157/KH-UBND", [("21/CT-TTg", "thuc_hien", "2022-11-25", "Công văn")])
    cited = _result("b.txt", "21/CT-TTg", [], doc_type="Chỉ thị", issued_date="2022-11-25")
    g = build_graph([citing, cited])
    assert g.nodes["21/CT-TTg"]["doc_type"] == "Chỉ thị" and g.nodes["21/CT-TTg"]["in_batch"]
    assert g.nodes["21/CT-TTg"]["cited_by"] == 1


def test_bad_items_are_skipped():
    g = build_graph([{"text": 1, "metadata": "x"}, _result("a.txt", "1/QĐ-UBND", [])])
    assert (g.documents, g.skipped) == (1, 1)


def test_csv_and_graphml_agree(seed_results, tmp_path):
    g = build_graph(seed_results.values())
    write_graph_csv(g, tmp_path / "n.csv", tmp_path / "e.csv")
    write_graphml(g, tmp_path / "g.graphml")
    with open(tmp_path / "n.csv", encoding="utf-8") as f:
        nodes = list(csv.DictReader(f))
    with open(tmp_path / "e.csv", encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert list(nodes[0]) == NODE_COLUMNS and list(edges[0]) == EDGE_COLUMNS
    root = ET.parse(tmp_path / "g.graphml").getroot()
    graph = root.find("g:graph", NS)
    assert graph is not None and graph.get("edgedefault") == "directed"
    xml_nodes = [n.get("id") for n in graph.findall("g:node", NS)]
    xml_edges = [(e.get("source"), e.get("target")) for e in graph.findall("g:edge", NS)]
    assert xml_nodes == [n["id"] for n in nodes]
    assert xml_edges == [(e["source"], e["target"]) for e in edges]
    assert set(xml_nodes) >= {t for _, t in xml_edges}
    types = {k.get("attr.name"): k.get("attr.type") for k in root.findall("g:key", NS)}
    assert types["cited_by"] == "int" and types["in_batch"] == "boolean" and types["relations"] == "string"


def test_graphml_loads_in_networkx(seed_results, tmp_path):
    nx = pytest.importorskip("networkx", reason="networkx is optional; GraphML is checked with ElementTree above")
    g = build_graph(seed_results.values())
    write_graphml(g, tmp_path / "g.graphml")
    G = nx.read_graphml(tmp_path / "g.graphml")
    assert G.number_of_nodes() == len(g.nodes) and G.number_of_edges() == len(g.edges)
    assert G.nodes["17/NQ-CP"]["cited_by"] == 2


def test_graph_command(seeds_jsonl, tmp_path):
    prefix = tmp_path / "cit"
    p = subprocess.run(
        [*CLI, "graph", str(seeds_jsonl), "-o", str(prefix)], capture_output=True, text=True, timeout=300
    )
    assert p.returncode == 0, p.stderr
    assert "5 documents (0 skipped)" in p.stderr
    for suffix in (".nodes.csv", ".edges.csv", ".graphml"):
        assert (tmp_path / f"cit{suffix}").stat().st_size > 0


def test_graph_command_default_prefix_and_bad_lines(seeds_jsonl, tmp_path):
    data = tmp_path / "batch.jsonl"
    data.write_text(seeds_jsonl.read_text(encoding="utf-8") + "not json\n", encoding="utf-8")
    p = subprocess.run([*CLI, "graph", str(data), "--format", "csv"], capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    assert "(1 skipped)" in p.stderr
    assert (tmp_path / "batch.citations.nodes.csv").exists() and not (tmp_path / "batch.citations.graphml").exists()


def test_graph_command_with_no_results_fails(tmp_path):
    data = tmp_path / "empty.jsonl"
    data.write_text("\n", encoding="utf-8")
    p = subprocess.run([*CLI, "graph", str(data), "-q"], capture_output=True, text=True, timeout=300)
    assert p.returncode == 1


def test_json_array_input(seed_results, tmp_path):
    data = tmp_path / "batch.json"
    data.write_text(json.dumps([r.model_dump(mode="json") for r in seed_results.values()]), encoding="utf-8")
    p = subprocess.run([*CLI, "graph", str(data), "-o", str(tmp_path / "x")], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "5 documents" in p.stderr
