"""Who said what: the ``quotes`` stage.

Owns direct quotes between quotation marks (``marks``), reported speech ("X said that
...", "according to X": ``reported``, ``reported_nominal``, where their content ends:
``bounds``), the stance a verb reports (``stances``), and the stage,
:func:`~newsift.quotes.stage.find_quotes`.

Needs: the document, its parse, dates and entities (speakers resolve through
:mod:`newsift.entities.speakers`, :mod:`newsift.entities.speech_verbs` and
:mod:`newsift.entities.coref`).
"""
