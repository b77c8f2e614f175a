"""Entity scores on the seed gold and on the dev corpus (copies in ``tests/data``), by the rules
of the extraction spec §5: the acceptance bar of issue #3 on the seeds, and a regression bar on
the dev corpus (measured 2026-12: entities F1 0.993, every label ≥ 0.97)."""

from __future__ import annotations

import pytest
from conftest import DEV, GOLD, seed_path

from vn_egov_extract.evaluate import evaluate


@pytest.fixture(scope="module")
def dev_report(extractor):
    preds = {}
    for f in sorted((DEV / "raw").glob("*.txt")):
        preds[f.name] = extractor.extract_file(f).model_dump(mode="json")
    return evaluate(DEV / "gold", preds)


@pytest.fixture(scope="module")
def seed_report(seed_results):
    preds = {seed_path(p).name: r.model_dump(mode="json") for p, r in seed_results.items()}
    return evaluate(GOLD, preds)


def test_seed_entities_meet_the_acceptance_bar(seed_report):
    total = seed_report.entities_total
    assert total.f1 >= 0.95 and total.value_agree >= 0.95, seed_report.format(verbose=True)
    for label, s in seed_report.entities.items():
        assert s.f1 >= 0.90, (label, seed_report.format(verbose=True))


def test_dev_entities_do_not_regress(dev_report):
    total = dev_report.entities_total
    assert total.f1 >= 0.97 and total.value_agree >= 0.95, dev_report.format(verbose=True)
    for label, s in dev_report.entities.items():
        assert s.f1 >= 0.95, (label, dev_report.format(verbose=True))
