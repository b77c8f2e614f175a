"""Charts of claims: the data each chart draws (not its pixels), and the ``plot`` command."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from vn_egov_extract import extract
from vn_egov_extract.cli import cli
from vn_egov_extract.plot import chart_data, plot_chart

pytest.importorskip("matplotlib", reason="matplotlib is in the [plot] extra (pulled by [test])")


@pytest.fixture(scope="module")
def seed003_chart(seed_results):
    return chart_data([seed_results["003"]], metric="dvc_level4_rate", status="achieved", kind="bar")


def test_seed_003_level4_rates_by_province(seed003_chart, seed_results):
    data = seed003_chart
    assert len(data.points) == 63
    want = {
        c.subject.name: c.value.value
        for c in seed_results["003"].claims
        if c.subject.kind == "province" and c.metric.key == "dvc_level4_rate" and c.status == "achieved"
    }
    assert {p.subject: p.value for p in data.points} == want
    assert [p.value for p in data.points] == sorted(want.values(), reverse=True)
    assert {p.period_end for p in data.points} == {"2020-08-20"}


# rows of the seed's table (seeds/003, "II. TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG")
SEED_003_BARS = [
    pytest.param("Thừa Thiên Huế", 54.53, id="first-row-hue"),
    pytest.param("Quảng Ninh", 36.0, id="quang-ninh"),
    pytest.param("Hà Nội", 23.88, id="tp-ha-noi"),
    pytest.param("Hồ Chí Minh", 15.2, id="tp-ho-chi-minh"),
]


@pytest.mark.parametrize(("province", "value"), SEED_003_BARS)
def test_seed_003_bar_values(seed003_chart, province, value):
    assert {p.subject: p.value for p in seed003_chart.points}[province] == pytest.approx(value)


def test_seed_003_figure_draws_63_bars(seed003_chart):
    fig = plot_chart(seed003_chart)
    ax = fig.axes[0]
    (bars,) = ax.containers
    assert len(bars.patches) == 63
    assert [b.get_height() for b in bars.patches] == [p.value for p in seed003_chart.points]
    assert [t.get_text() for t in ax.get_xticklabels()] == [p.subject for p in seed003_chart.points]
    # the national figures of the same letter as reference lines: 17,97% achieved, the ≥ 30% target
    refs = sorted(round(line.get_ydata()[0], 2) for line in ax.get_lines())
    assert refs == [17.97, 30.0]


def test_line_chart_over_periods():
    r = extract(
        "Năm 2020, tỷ lệ hồ sơ trực tuyến của Quảng Ninh đạt 39%, của Bắc Ninh đạt 30%. "
        "Năm 2021, tỷ lệ hồ sơ trực tuyến của Quảng Ninh đạt 45%, của Bắc Ninh đạt 41%."
    )
    data = chart_data([r], metric="online_dossier_rate", kind="line")
    assert [(p.subject, p.period_end, p.value) for p in data.points] == [
        ("Bắc Ninh", "2020-12-31", 30.0),
        ("Bắc Ninh", "2021-12-31", 41.0),
        ("Quảng Ninh", "2020-12-31", 39.0),
        ("Quảng Ninh", "2021-12-31", 45.0),
    ]
    ax = plot_chart(data).axes[0]
    assert {line.get_label(): list(line.get_ydata()) for line in ax.get_lines()} == {
        "Bắc Ninh": [30.0, 41.0],
        "Quảng Ninh": [39.0, 45.0],
    }
    bar = chart_data([r], metric="online_dossier_rate", kind="bar")  # the latest period per province
    assert [(p.subject, p.value) for p in bar.points] == [("Quảng Ninh", 45.0), ("Bắc Ninh", 41.0)]


def test_ranges_are_drawn_at_their_midpoint():
    # spec §3 example: one range for five provinces
    r = extract(
        "Năm 2021, tỷ lệ DVCTT mức 4 của Quảng Ninh, TP.HCM, Lai Châu, Hòa Bình và Bắc Ninh đạt từ 55,25% đến 86,80%."
    )
    data = chart_data([r])
    assert len(data.points) == 5
    assert [p.value for p in data.points] == pytest.approx([(55.25 + 86.8) / 2] * 5)
    ax = plot_chart(data).axes[0]
    assert [type(c).__name__ for c in ax.containers] == ["ErrorbarContainer", "BarContainer"]
    assert len(ax.patches) == 5
    (caps_low, caps_high) = ax.containers[0].lines[1]
    assert list(caps_low.get_ydata()) == pytest.approx([55.25] * 5)
    assert list(caps_high.get_ydata()) == pytest.approx([86.8] * 5)


def test_changes_are_not_mixed_with_levels():
    cut = extract("Giảm 50% lệ phí khi nộp hồ sơ trực tuyến trong năm 2022.")
    data = chart_data([cut], metric="fee_reduction_rate", subject_kind="country")
    assert data.changes and [(p.subject, p.value) for p in data.points] == [("Việt Nam", -50.0)]
    level = extract("Năm 2022, tỷ lệ hồ sơ trực tuyến của Quảng Nam đạt 40%.")
    grow = extract("Năm 2022, tỷ lệ hồ sơ trực tuyến của Quảng Nam tăng 20% so với cùng kỳ.")
    data = chart_data([level, grow], metric="online_dossier_rate")
    assert not data.changes and [p.value for p in data.points] == [40.0]


# nothing to draw
NEGATIVE = [
    pytest.param("Cảm ơn quý khách đã gửi báo lỗi.", "dvc_level4_rate", id="no-claims"),
    pytest.param("Năm 2020, tỷ lệ hồ sơ trực tuyến của Quảng Ninh đạt 39%.", "dvc_level4_rate", id="other-metric"),
    pytest.param(
        "Phấn đấu năm 2022 tỷ lệ hồ sơ trực tuyến của Quảng Ninh đạt 50%.", "online_dossier_rate", id="target-only"
    ),
]


@pytest.mark.parametrize(("text", "metric"), NEGATIVE)
def test_nothing_to_draw(text, metric):
    assert chart_data([extract(text)], metric=metric, status="achieved").points == []


def test_unknown_kind_is_an_error():
    with pytest.raises(ValueError, match="kind"):
        chart_data([], kind="pie")


# ------------------------------------------------------------------ command line


@pytest.fixture(scope="module")
def results_jsonl(tmp_path_factory, seed_results):
    p = tmp_path_factory.mktemp("h7-plot") / "results.jsonl"
    p.write_text("".join(r.model_dump_json() + "\n" for r in seed_results.values()), encoding="utf-8")
    return p


@pytest.mark.parametrize(("name", "magic"), [("chart.png", b"\x89PNG"), ("chart.svg", b"<?xml")])
def test_cli_writes_the_chart(tmp_path, results_jsonl, name, magic):
    out = tmp_path / name
    res = CliRunner().invoke(cli, ["plot", str(results_jsonl), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:5].startswith(magic)
    assert "63 subjects" in res.output


def test_cli_subject_filter_and_line(tmp_path, results_jsonl):
    out = tmp_path / "line.svg"
    args = [
        "plot",
        str(results_jsonl),
        "-o",
        str(out),
        "--kind",
        "line",
        "--subject",
        "Hà Nội",
        "--subject",
        "Quảng Ninh",
    ]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    assert "2 subjects" in res.output
    assert "Quảng Ninh" in out.read_text(encoding="utf-8")


def test_cli_says_what_there_is_when_nothing_matches(tmp_path, results_jsonl):
    res = CliRunner().invoke(cli, ["plot", str(results_jsonl), "-o", str(tmp_path / "x.png"), "--metric", "nope"])
    assert res.exit_code == 2
    assert "dvc_level4_rate/achieved/province" in res.output


def test_cli_rejects_an_unknown_format(tmp_path, results_jsonl):
    res = CliRunner().invoke(cli, ["plot", str(results_jsonl), "-o", str(tmp_path / "x.gif")])
    assert res.exit_code == 2
