import random

from newsift.places.spans import TakenSpans


def _scan(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def test_overlap_agrees_with_a_scan_of_every_span() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(0, 8)))  # empty spans too
        taken = TakenSpans(spans)
        for _ in range(40):
            start = rng.randint(0, 70)
            end = start + rng.randint(0, 10)
            assert taken.overlaps(start, end) == _scan(start, end, spans)


def test_touching_spans_do_not_overlap() -> None:
    taken = TakenSpans([(10, 20), (30, 35)])
    assert not taken.overlaps(20, 30)
    assert not taken.overlaps(0, 10)
    assert taken.overlaps(19, 21)
    assert taken.overlaps(25, 40)  # around a whole span
    assert not TakenSpans([]).overlaps(0, 100)
