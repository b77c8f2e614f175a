"""Shared fixtures: the seeds and their gold, copied into the repository (see tests/data/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold"
DEV = DATA / "dev"


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` ("003")."""
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def extractor():
    from vn_egov_extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def seed_results(extractor):
    """Results of the five seeds, keyed by their three-digit prefix."""
    return {p.name[:3]: extractor.extract_file(p) for p in sorted(SEEDS.glob("*.txt"))}


def gold_entities(prefix: str) -> list[dict]:
    f = next(GOLD.glob(f"{prefix}_*.entities.json"))
    return json.loads(f.read_text(encoding="utf-8"))["entities"]
