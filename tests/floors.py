"""The accuracy floors of the test suite: one file, tests/floors.toml, read here (``FLOORS["quotes"]["dev"]``)."""
from __future__ import annotations

import tomllib
from pathlib import Path

FLOORS = tomllib.loads((Path(__file__).with_name("floors.toml")).read_text(encoding="utf-8"))
