"""clean/: from raw text to the clean document text (the second stage of the pipeline).

Small named steps registered in :mod:`newsgraph.clean.steps`, run in the order of
``newsgraph.pipeline.DEFAULT_ORDER``: blocks -> unicode -> boilerplate -> repeats -> glued -> structure ->
assemble -> id -> language. Each step records what it took out (and why) in ``document.removed``. The text is
assembled once (``clean.assemble``) and never edited afterwards: every later span points into it.

The pieces are plain functions usable on their own: :func:`~newsgraph.clean.text.split_blocks`,
:func:`~newsgraph.clean.text.repair`, :func:`~newsgraph.clean.glued.mend`,
:func:`~newsgraph.clean.boilerplate.is_boilerplate`, :func:`~newsgraph.clean.repeats.find_repeats`,
:func:`~newsgraph.clean.structure.kinds`, :func:`~newsgraph.clean.language.identify`.
"""
