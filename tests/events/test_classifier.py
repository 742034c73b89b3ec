"""The learned layer: its features, its shipped model and how it scores."""

from __future__ import annotations

from newsift.events.classifier import features, load_model, model_from_dict, predict
from newsift.events.taxonomy import SUB_TYPES
from newsift.events.weapons import Weapon


def test_features_keep_content_words_actions_weapon_and_the_rule() -> None:
    found = features(
        frozenset({"protest"}), Weapon("tear gas", "riot"),
        frozenset({"the", "disperse", "crowd", "2024", "be"}), False, True, "Peaceful protest",
    )  # fmt: skip
    assert found == {
        "w:disperse", "w:crowd", "a:protest", "k:riot", "r:Peaceful protest", "casualties",
    }  # fmt: skip


def test_a_toy_model_picks_the_label_its_weights_favour() -> None:
    model = model_from_dict(
        {"labels": ["Arrests", "Peaceful protest"], "bias": [0.0, 0.5],
         "weights": {"w:handcuff": [3.0, -1.0]}}
    )  # fmt: skip
    assert predict(model, frozenset({"w:march"})).sub_event_type == "Peaceful protest"
    held = predict(model, frozenset({"w:handcuff", "w:unknown"}))
    assert held.sub_event_type == "Arrests"
    assert 0.5 < held.probability < 1.0


def test_the_shipped_model_loads_and_speaks_acled() -> None:
    model = load_model()
    assert model is not None
    assert set(model.labels) <= set(SUB_TYPES)
    assert all(len(row) == len(model.labels) for row in model.weights.values())
    protest = features(
        frozenset({"protest"}), None, frozenset({"demonstrator", "march", "demand"}),
        False, False, "Peaceful protest",
    )  # fmt: skip
    assert predict(model, protest).sub_event_type == "Peaceful protest"
