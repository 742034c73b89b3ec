"""FA-KES location scoring: names fold, and "damascus" takes in its countryside."""

from __future__ import annotations

from newsift.evaluate.events import _location_right
from newsift.model import Event, Location
from newsift.pipeline import Pipeline


def _at(location: Location) -> Event:
    return Event("e", "Explosions/Remote violence", "Air/drone strike", None, None,
                 None, None, None, None, location, None, None)  # fmt: skip


def test_governorate_names_fold_to_the_gold_label(pipeline: Pipeline) -> None:
    # No coordinates: only the names can make it right.
    idlib = Location("Idlib Governorate", "Idlib Governorate", "Syria", None, None, 3)
    assert _location_right(_at(idlib), "idlib", pipeline)
    assert not _location_right(_at(idlib), "hama", pipeline)


def test_damascus_takes_in_rif_dimashq_but_not_elsewhere(pipeline: Pipeline) -> None:
    jayrud = Location("Jayrud", "Rif-dimashq Governorate", "Syria", 33.807, 36.739, 1)
    assert _location_right(_at(jayrud), "damascus", pipeline)
    assert not _location_right(_at(jayrud), "homs", pipeline)
