"""The understand stage's registration module: importing it registers every understand component (the order they
run in is pipeline.DEFAULT_ORDER). An import that fails is an error: no component goes missing silently."""
from . import coref, dates, entities, events, parse, quantities, quotes  # noqa: F401 - registration

__all__ = ["coref", "dates", "entities", "events", "parse", "quantities", "quotes"]
