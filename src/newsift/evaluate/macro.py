"""Macro-averaged F1 over classes: how well typing does on every kind, rare ones too.

Accuracy over ACLED notes is carried by the common kinds (shelling in Ukraine, attacks
in Sudan); a system that never codes an agreement or a looting loses almost nothing by
it. CASE 2021's event-classification task scores ACLED sub-types by macro-F1 instead,
and so does this: each class the gold uses gets its own F1, and the mean weighs them
alike. A record with no prediction counts against its gold class only; a prediction of
a class the gold never uses counts against nothing but the gold class it missed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def class_f1(pairs: Iterable[tuple[str, str | None]]) -> dict[str, float]:
    """``{gold class: F1}`` over ``(gold, predicted)`` pairs (predicted None: no event)."""
    true_pos: Counter[str] = Counter()
    false_pos: Counter[str] = Counter()
    false_neg: Counter[str] = Counter()
    classes: set[str] = set()
    for gold, predicted in pairs:
        classes.add(gold)
        if predicted == gold:
            true_pos[gold] += 1
            continue
        false_neg[gold] += 1
        if predicted is not None:
            false_pos[predicted] += 1
    return {
        name: 2 * true_pos[name] / (2 * true_pos[name] + false_pos[name] + false_neg[name])
        for name in sorted(classes)
    }


def macro_f1(pairs: Iterable[tuple[str, str | None]]) -> float:
    """The mean of :func:`class_f1` over the classes the gold uses (0.0 for no pairs)."""
    scores = class_f1(pairs)
    return sum(scores.values()) / len(scores) if scores else 0.0
