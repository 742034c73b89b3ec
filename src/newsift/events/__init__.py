"""Incidents in ACLED's taxonomy: the ``events`` stage and the same-incident test.

Owns the taxonomy (``taxonomy``) and actor names (``actors``); finding incident
sentences (``sentences``, ``triggers``, ``strategic``), how a sentence tells of an
incident (``reporting``: the lede, talk, "another"), their tolls (``casualties``,
``counts``), actors and targets (``roles``), place and date from the places and dates
stages' mentions (``setting``, ``location``, ``place_context``, ``dates``), merging the
sentences of one incident into the article's incidents (``merge``, ``roundup``), and
the stage,
:func:`~newsift.events.stage.find_events`. ``same_incident`` decides whether two event
reports are one incident; the store uses it to merge reports across articles.

Needs: the document, its parse, dates, places, entities and quotes.
"""
