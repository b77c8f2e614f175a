"""The gold-writing helpers of tests/data/tools/heldout_gold.py, bound to this set (heldout2, h15):
``tools/docs/*.py`` import this module. Rebuild and check with
``python3 tests/data/tools/build_gold.py tests/data/heldout2``."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools"))
import heldout_gold  # noqa: E402
from heldout_gold import *  # noqa: E402,F403

heldout_gold.bind(pathlib.Path(__file__).resolve().parents[1])
