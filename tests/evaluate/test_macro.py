import pytest

from newsift.evaluate.macro import class_f1, macro_f1


def test_each_class_weighs_alike_however_rare():
    pairs = [("Shelling", "Shelling")] * 9 + [("Agreement", "Arrests")]
    # accuracy would be 0.9; the agreement class is never right, so the mean halves
    assert macro_f1(pairs) == pytest.approx(0.5)


def test_a_missing_prediction_costs_only_its_gold_class():
    pairs = [("Attack", None), ("Attack", "Attack"), ("Looting", "Looting")]
    scores = class_f1(pairs)
    assert scores == {"Attack": pytest.approx(2 / 3), "Looting": 1.0}


def test_a_wrong_prediction_is_a_false_positive_of_its_class():
    pairs = [("Attack", "Armed clash"), ("Armed clash", "Armed clash")]
    # clash: one right, one wrongly given → 2/(2+1); attack: never right → 0
    assert class_f1(pairs) == {"Armed clash": pytest.approx(2 / 3), "Attack": 0.0}


def test_no_pairs_score_zero():
    assert macro_f1([]) == 0.0
