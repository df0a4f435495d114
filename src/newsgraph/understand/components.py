"""Imports every understand/ module so its components register (in DEFAULT_ORDER, see pipeline.py)."""
import importlib

MODULES = ("parse", "entities", "coref", "dates", "quantities", "quotes", "events", "ru", "events_ru")

for _m in MODULES:
    try:
        importlib.import_module(f"{__package__}.{_m}")
    except ModuleNotFoundError as exc:  # a module not written yet
        if exc.name != f"{__package__}.{_m}":
            raise
