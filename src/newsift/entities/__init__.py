"""People, organisations and places named in an article: the ``entities`` stage.

Owns who is who (``speakers``: each person's fullest name, titles, and the map from a
surname or title back to it), offices people are introduced with (``roles``), who a
pronoun, title or description refers to (``coref``, for speakers), and the stage,
:func:`~newsift.entities.stage.find_entities`.

Needs: the document, its parse and ``resources.countries``. Quotes and commitments use
``speakers`` to resolve who speaks and who gives.
"""
