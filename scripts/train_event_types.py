#!/usr/bin/env python3
"""Train the event-type model (src/newsift/data/event_types.json) on the tune halves of
the visible ACLED notes, and report it against the rules on the check halves.

Each note is one incident: the features are those :mod:`newsift.events.classifier`
computes from :func:`newsift.events.incident_type.type_inputs` over all its sentences,
the label its coded sub-event type. The model is a multinomial logistic regression with
an L2 penalty, fitted by full-batch gradient descent from zeros for a fixed number of
steps, so a rerun on the same data writes the same file. Only the tune halves
(:func:`newsift.evaluate.records.half_of`) are read for training; the check halves are
only scored.

    python scripts/train_event_types.py [--shared ../shared] [--out PATH] [--report]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np

from newsift.evaluate.macro import macro_f1
from newsift.evaluate.records import read_jsonl
from newsift.events.classifier import features, model_from_dict, predict
from newsift.events.incident_type import TypeInputs, type_inputs
from newsift.events.taxonomy import learned_class, rule_class
from newsift.text.nlp import load_nlp

REPO = Path(__file__).resolve().parent.parent
SETS = ("acled-notes-dev.jsonl", "acled-notes-sudan-dev.jsonl")
OUT = REPO / "src" / "newsift" / "data" / "event_types.json"
MIN_COUNT = 2  # a feature seen in one note only is that note's, not a class's
L2 = 0.05  # chosen by two-fold cross-validation inside the tune halves
STEPS = 400
RATE = 0.5


def read_set(
    shared: Path, name: str, half: str, names: Counter[str] | None = None
) -> tuple[list[TypeInputs], list[str]]:
    """The notes of one half as typing inputs, with their labels. ``names`` counts, per
    lemma, its uses as a proper noun (+1) and as any other word (-1)."""
    nlp = load_nlp()
    records = list(read_jsonl(shared / "eval" / name, half=half))  # type: ignore[arg-type]
    inputs = []
    for doc in nlp.pipe(r["text"] for r in records):
        inputs.append(type_inputs(list(doc.sents)))
        for token in doc if names is not None else ():
            names[token.lemma_.lower()] += 1 if token.pos_ == "PROPN" else -1
    return inputs, [str(r["gold"]["sub_event_type"]) for r in records]


def incident_features(inputs: TypeInputs) -> frozenset[str]:
    rule = rule_class(
        inputs.actions, inputs.weapon, inputs.lemmas, inputs.civilian, inputs.casualties,
        inputs.roles,
    ).sub_event_type  # fmt: skip
    return features(
        inputs.actions, inputs.weapon, inputs.lemmas, inputs.civilian, inputs.casualties, rule
    )


def train(
    rows: list[frozenset[str]], labels: list[str], proper: frozenset[str] = frozenset()
) -> dict[str, object]:
    """Fit the regression; the model as the JSON object the package reads. Words in
    ``proper`` (names of places, tribes, people) are left out: they say where, not what."""
    counts = Counter(name for row in rows for name in row if name[2:] not in proper)
    names = sorted(name for name, count in counts.items() if count >= MIN_COUNT)
    index = {name: i for i, name in enumerate(names)}
    classes = sorted(set(labels))
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for name in row:
            if name in index:
                x[i, index[name]] = 1.0
    y = np.zeros((len(rows), len(classes)))
    for i, label in enumerate(labels):
        y[i, classes.index(label)] = 1.0
    weights = np.zeros((len(names), len(classes)))
    bias = np.zeros(len(classes))
    for _ in range(STEPS):
        scores = x @ weights + bias
        scores -= scores.max(axis=1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(axis=1, keepdims=True)
        error = (probs - y) / len(rows)
        weights -= RATE * (x.T @ error + L2 * weights)
        bias -= RATE * error.sum(axis=0)
    kept = {
        name: [round(float(w), 4) for w in weights[i]]
        for i, name in enumerate(names)
        if np.abs(weights[i]).max() >= 1e-3
    }
    return {
        "about": "newsift event-type model: trained by scripts/train_event_types.py on the "
        "tune halves of the visible ACLED notes (Ukraine, Sudan)",
        "labels": classes,
        "bias": [round(float(b), 4) for b in bias],
        "weights": kept,
    }


def to_json(data: dict[str, object]) -> str:
    """The model as JSON with one line a feature, so a retrained model diffs readably."""
    weights: dict[str, list[float]] = data["weights"]  # type: ignore[assignment]
    head = {key: value for key, value in data.items() if key != "weights"}
    rows = ",\n".join(f"  {json.dumps(name)}: {json.dumps(weights[name])}" for name in weights)
    top = json.dumps(head, sort_keys=True)[:-1]
    return f'{top}, "weights": {{\n{rows}\n}}}}\n'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--report", action="store_true", help="score rules vs model on check")
    args = parser.parse_args()
    rows: list[frozenset[str]] = []
    labels: list[str] = []
    uses: Counter[str] = Counter()
    for name in SETS:
        inputs, golds = read_set(args.shared, name, "tune", uses)
        rows += [incident_features(i) for i in inputs]
        labels += golds
    data = train(rows, labels, frozenset(lemma for lemma, net in uses.items() if net > 0))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(to_json(data), encoding="utf-8")
    print(f"{len(rows)} tune notes, {len(data['weights'])} features -> {args.out}")  # type: ignore[arg-type]
    if not args.report:
        return
    model = model_from_dict(data)
    for name in SETS:
        inputs, golds = read_set(args.shared, name, "check")
        rules = [
            rule_class(
                i.actions, i.weapon, i.lemmas, i.civilian, i.casualties, i.roles
            ).sub_event_type
            for i in inputs
        ]
        learned = [predict(model, incident_features(i)).sub_event_type for i in inputs]
        combined = [
            learned_class(
                i.actions, i.weapon, i.lemmas, i.civilian, i.casualties, model, i.roles
            ).sub_event_type
            for i in inputs
        ]
        for what, preds in (("rules", rules), ("model alone", learned), ("combined", combined)):
            accuracy = sum(g == p for g, p in zip(golds, preds, strict=True)) / len(golds)
            print(f"{name} check {what}: accuracy {accuracy:.3f} "
                  f"macro-F1 {macro_f1(list(zip(golds, preds, strict=True))):.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
