"""Helpers of the reader tests: a Vietnamese TTF font, and documents rendered from text.

``render_pdf`` draws a text the way the seed texts show documents: each line a paragraph,
each run of pipe lines ("TT | Tỉnh | Tỉ lệ |") a table with ruled cells. ``render_docx`` does
the same with python-docx.
"""

from __future__ import annotations

from pathlib import Path

import pytest

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
]


def vietnamese_font() -> str:
    """Path of a TTF font with Vietnamese glyphs, or skip the test (Debian: fonts-dejavu-core)."""
    for p in FONT_CANDIDATES:
        if Path(p).is_file():
            return p
    try:
        import matplotlib

        p = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
        if p.is_file():
            return str(p)
    except ImportError:
        pass
    pytest.skip("no TTF font with Vietnamese glyphs (Debian: apt-get install fonts-dejavu-core)")


def bold_font() -> str | None:
    p = Path(vietnamese_font()).with_name("DejaVuSans-Bold.ttf")
    return str(p) if p.is_file() else None


def pipe_cells(line: str) -> list[str] | None:
    """The cells of a pipe line of the seed texts, or ``None`` for a line that is not one."""
    if line.count("|") < 2 and not (line.count("|") == 1 and line.rstrip().endswith("|")):
        return None
    cells = [c.strip() for c in line.split("|")]
    if cells and cells[-1] == "":
        cells = cells[:-1]
    return cells


def blocks_of_text(text: str) -> list[tuple[str, object]]:
    """``("para", line)`` and ``("table", rows)`` blocks of a seed text."""
    out: list[tuple[str, object]] = []
    rows: list[list[str]] = []
    for line in text.split("\n"):
        cells = pipe_cells(line)
        if cells is not None:
            rows.append(cells)
            continue
        if rows:
            out.append(("table", rows))
            rows = []
        if line.strip():
            out.append(("para", line))
    if rows:
        out.append(("table", rows))
    return out


def render_pdf(text: str, path: Path) -> Path:
    """Render ``text`` to a PDF at ``path`` with reportlab (paragraphs and ruled tables)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("VN", vietnamese_font()))
    style = ParagraphStyle("body", fontName="VN", fontSize=10, leading=13, spaceAfter=4)
    story = []
    for kind, content in blocks_of_text(text):
        if kind == "para":
            story.append(Paragraph(escape(content), style))  # type: ignore[arg-type]
        else:
            rows = content  # type: ignore[assignment]
            n = max(len(r) for r in rows)
            data = [[Paragraph(escape(c), style) for c in r] + [""] * (n - len(r)) for r in rows]
            t = Table(data)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black")]))
            story.append(t)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def render_docx(text: str, path: Path) -> Path:
    """Render ``text`` to a DOCX at ``path`` with python-docx (paragraphs and tables)."""
    docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install 'vn-egov-extract[docx]')")
    d = docx.Document()
    for kind, content in blocks_of_text(text):
        if kind == "para":
            d.add_paragraph(content)
        else:
            rows = content
            n = max(len(r) for r in rows)  # type: ignore[union-attr]
            table = d.add_table(rows=len(rows), cols=n)  # type: ignore[arg-type]
            for i, r in enumerate(rows):  # type: ignore[arg-type]
                for j, c in enumerate(r):
                    table.cell(i, j).text = c
    d.save(str(path))
    return path


def claim_keys(result) -> list[tuple]:  # noqa: ANN001
    """Claims as comparable tuples (what the scorer compares), sorted."""
    return sorted(
        (
            (
                c.subject.name,
                c.metric.key,
                c.value.value,
                c.value.low,
                c.value.high,
                c.status,
                c.period.start,
                c.period.end,
            )
            for c in result.claims
        ),
        key=str,
    )
