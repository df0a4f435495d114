"""understand/: actors, quotes, events, dates and quantities over the clean text.

One module per component; each registers itself with ``newsgraph.pipeline.component``. Rule lists live in
``understand/lang/<code>/`` as data files.
"""
