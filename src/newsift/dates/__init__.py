"""Dates: the ``dates`` stage and the resolver other stages share.

Owns resolving date expressions ("on Tuesday", "12 May", "last week") against the
publication date (``timex``), named days such as Easter or Victory Day (``holidays``),
dates counted from an earlier one ("the next day": ``anaphora``), and the stage,
:func:`~newsift.dates.stage.find_dates`, which adds every date mention.

Needs: the document and its parse. Quotes, events, commitments and places call
``timex`` to read the dates in their own sentences.
"""
