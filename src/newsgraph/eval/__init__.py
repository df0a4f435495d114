"""eval/: accuracy and speed measurements behind the ``newsgraph eval ...`` commands (they print figures)."""
