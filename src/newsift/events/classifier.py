"""A small learned layer over the typing rules: which ACLED sub-event type an incident's
words point to, where the rules leave the choice open.

The rules of :mod:`newsift.events.taxonomy` decide by the means of attack: a weapon, a
protest, a rape, an abduction, an interception. What they decide less well is a choice
between neighbours that depends on many small words: whether the force used on a crowd
was an intervention or excessive, whether armed men attacked civilians or fought,
whether a strategic development is a seizure or a new group. A multinomial logistic
regression over the incident's content lemmas, its actions, its weapon kind and the
rule's own answer learns those choices from coded examples.

The model is trained by ``scripts/train_event_types.py`` on the tune halves of the
visible ACLED notes (Ukraine and Sudan) and ships as ``newsift/data/event_types.json``:
labels, feature names and weights, no pickles. :func:`load_model` reads it once per
process (a pure read, cached); :func:`predict` scores one incident.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsift.events.weapons import Weapon

MODEL_FILE = "event_types.json"
# Words of any text that say nothing about what kind of incident it was.
STOP_LEMMAS = frozenset(
    {"be", "have", "do", "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "by",
     "for", "with", "from", "as", "that", "this", "which", "who", "it", "its", "their",
     "they", "he", "she", "his", "her", "we", "there", "also", "say", "report", "accord"}
)  # fmt: skip


@dataclass(frozen=True)
class TypeModel:
    labels: tuple[str, ...]
    # feature → one weight per label, in the order of ``labels``
    weights: dict[str, tuple[float, ...]]
    bias: tuple[float, ...]


@dataclass(frozen=True)
class Prediction:
    sub_event_type: str
    probability: float


def features(
    actions: frozenset[str],
    weapon: Weapon | None,
    lemmas: frozenset[str],
    civilian: bool,
    casualties: bool,
    rule: str,
) -> frozenset[str]:
    """The features of one incident: its content lemmas, actions, weapon kind, victims,
    toll, and the sub-event type the rules chose."""
    found = {f"w:{lemma}" for lemma in lemmas if _content(lemma)}
    found |= {f"a:{action}" for action in actions}
    found.add(f"k:{weapon.kind}" if weapon is not None else "k:none")
    found.add(f"r:{rule}")
    if civilian:
        found.add("civilian")
    if casualties:
        found.add("casualties")
    return frozenset(found)


def _content(lemma: str) -> bool:
    return lemma.isalpha() and len(lemma) > 2 and lemma not in STOP_LEMMAS


@lru_cache(maxsize=1)
def load_model() -> TypeModel | None:
    """The shipped model, or None when the package was built without it."""
    path = resources.files("newsift").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    return model_from_dict(json.loads(text))


def model_from_dict(data: dict[str, object]) -> TypeModel:
    labels = tuple(str(label) for label in data["labels"])  # type: ignore[attr-defined]
    raw_weights: dict[str, list[float]] = data["weights"]  # type: ignore[assignment]
    raw_bias: list[float] = data["bias"]  # type: ignore[assignment]
    weights = {name: tuple(float(w) for w in row) for name, row in raw_weights.items()}
    return TypeModel(labels, weights, tuple(float(b) for b in raw_bias))


def predict(model: TypeModel, feats: frozenset[str]) -> Prediction:
    """The most probable sub-event type for ``feats`` and its probability."""
    scores = list(model.bias)
    for name in sorted(feats):
        row = model.weights.get(name)
        if row is None:
            continue
        scores = [s + w for s, w in zip(scores, row, strict=True)]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return Prediction(model.labels[best], exps[best] / sum(exps))
