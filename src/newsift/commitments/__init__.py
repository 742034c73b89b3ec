"""Promises of aid, sales, production and deliveries: the ``commitments`` stage.

Owns amounts of money (``money``), who gives and who receives (``parties``), and the
stage, :func:`~newsift.commitments.stage.find_commitments`.

Needs: the document, its parse, dates, entities and ``resources.countries``.
"""
