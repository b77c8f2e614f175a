"""Speed-ups that must not change a result (issue #8): each fast path against the plain
computation it replaces, on real lines and on arbitrary text (hypothesis).

Cases by provenance: the seeds (tests/data/gold texts are the seeds' lines); the markup forms of
legal-database and news pages the boilerplate rules read; fixed bugs — none yet.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vn_egov_extract.boilerplate import _any_line_rule, _heading_key, _rules, find_attribute_panels
from vn_egov_extract.layout import layout_cells
from vn_egov_extract.normalize import _fold_key, fold_key

# the plain computations the fast paths replace
_HEADING_EDGES = regex.compile(r"^[\s\-–—•*·+#>]+|[\s\-–—•*·+]+$")


def _heading_key_plain(line: str) -> str:
    return " ".join(_HEADING_EDGES.sub("", line.replace("**", " ")).split())


def _some_line_rule(line: str, top: bool) -> bool:
    rules = _rules()
    return any(p.match(line) for _, p in [*rules["line"], *(rules["top_line"] if top else [])])


LINES = [
    # seeds and the page forms of tests/test_boilerplate.py
    "**Mục tiêu là gì?** -",
    "- **Kinh phí ra sao?**",
    "### 1. Phạm vi điều chỉnh",
    "  -- • Hà Nội đạt 23,88% -- ",
    "Từ khóa: Bộ TT&TT",
    "ĐÁNH GIÁ BÀI VIẾT( 0)",
    "| Số hiệu: | 220/CĐ-TTg |",
    "Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức 4 trong năm 2020.",
    "** **",
    "",
    " \t\n",
    "-–—•*·+#>",
    "x#",
    "abc -\n",
]

_MARKUP = st.text(alphabet=" \t\n-–—•*·+#>|:()%\u00a0\u2003\x1c\x85aAđĐ1ừ", max_size=24)
_WORDS = st.sampled_from(["Từ khóa", "tags", "Bình luận", "Chia sẻ", "đánh giá bài viết", "Hà Nội", "37,43%", ":"])
_MIXED = st.lists(st.one_of(_MARKUP, _WORDS), max_size=6).map("".join)


def test_heading_key_on_real_lines():
    for line in LINES:
        assert _heading_key(line) == _heading_key_plain(line), line


@settings(max_examples=400, deadline=None)
@given(_MIXED)
def test_heading_key_is_the_plain_one(line):
    assert _heading_key(line) == _heading_key_plain(line)


def test_one_pattern_tells_whether_some_line_rule_matches_real_lines():
    for line in LINES:
        for top in (False, True):
            assert bool(_any_line_rule(top).match(line)) == _some_line_rule(line, top), (line, top)


@settings(max_examples=400, deadline=None)
@given(_MIXED, st.booleans())
def test_one_pattern_tells_whether_some_line_rule_matches(line, top):
    assert bool(_any_line_rule(top).match(line)) == _some_line_rule(line, top)


@settings(max_examples=200, deadline=None)
@given(_MIXED)
def test_fold_key_cache_gives_the_plain_key(s):
    assert fold_key(s) == _fold_key(s)
    assert fold_key(s) == _fold_key(s)  # the cached answer


def test_fold_key_of_a_long_string_is_not_cached_but_the_same():
    long = "Ủy ban nhân dân tỉnh Khánh Hoà " * 10
    assert fold_key(long) == _fold_key(long) == " ".join(["ủy ban nhân dân tỉnh khánh hòa"] * 10)


PANEL = "**Số hiệu:**\n|\n220/CĐ-TTg\n|\n**Loại văn bản:**\n|\nCông điện\n|\n**Người ký:**\n|\nPhạm Minh Chính\n|\n\nNỘI DUNG"


def test_panels_and_cells_asked_again_are_the_same_fresh_lists():
    first = find_attribute_panels(PANEL)
    again = find_attribute_panels(PANEL)
    assert [(r.start, r.end) for r in again] == [(r.start, r.end) for r in first] != []
    assert again is not first
    other = PANEL.replace("Công điện", "Công văn")  # a new text is read anew: one letter less
    assert find_attribute_panels(other)[0].end == first[0].end - 1
    cells = layout_cells(PANEL)
    assert layout_cells(PANEL) == cells and layout_cells(PANEL) is not cells
    assert [c.text for c in layout_cells(PANEL, 0, 20)] == ["Số hiệu:", "220/C"]  # a slice: not the cache
