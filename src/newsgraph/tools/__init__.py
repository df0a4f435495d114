"""Build-time tools: they make the data files the product ships (run by hand, never by the product)."""
