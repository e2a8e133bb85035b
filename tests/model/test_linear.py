"""The linear model: training, prediction and its JSON file."""

from __future__ import annotations

import json

import pytest

from flashpoint.errors import UsageError
from flashpoint.model import LinearModel, load_default_model

EXAMPLES = [
    (["w:protest", "w:student"], "Protests|Peaceful protest"),
    (["w:march", "w:teacher"], "Protests|Peaceful protest"),
    (["w:lynch", "w:thief"], "Riots|Mob violence"),
    (["w:mob", "w:thief", "w:beat"], "Riots|Mob violence"),
]


def test_model_learns_which_words_go_with_which_class() -> None:
    model = LinearModel.train(EXAMPLES, epochs=30)
    assert model.predict(["w:lynch"])[0] == "Riots|Mob violence"
    assert model.predict(["w:protest", "w:unseen"])[0] == "Protests|Peaceful protest"
    assert abs(model.scores(["w:march"]).sum() - 1.0) < 1e-9


def test_model_file_round_trips(tmp_path) -> None:
    model = LinearModel.train(EXAMPLES, epochs=5, trained_on="four examples")
    path = tmp_path / "m.json"
    model.save(path)
    again = LinearModel.load(path)
    assert again.labels == model.labels and again.trained_on == "four examples"
    assert again.predict(["w:mob"])[0] == model.predict(["w:mob"])[0]


def test_a_file_that_is_not_a_model_is_a_usage_error(tmp_path) -> None:
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"labels": []}))
    with pytest.raises(UsageError, match="flashpoint train"):
        LinearModel.load(path)
    with pytest.raises(UsageError):
        LinearModel.load(tmp_path / "missing.json")


def test_no_examples_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        LinearModel.train([])


def test_packaged_model_knows_every_acled_sub_type() -> None:
    from flashpoint.classify import TAXONOMY

    model = load_default_model()
    assert model is not None
    assert {label.split("|")[1] for label in model.labels} == set(TAXONOMY)


def test_several_shuffles_average_the_fits_of_their_orders() -> None:
    import numpy as np

    one = [LinearModel.train(EXAMPLES, epochs=4, seed=s) for s in (0, 1, 2)]
    both = LinearModel.train(EXAMPLES, epochs=4, shuffles=3)
    assert LinearModel.train(EXAMPLES, epochs=4, shuffles=1).weights.keys() == one[0].weights.keys()
    for f, w in both.weights.items():
        mean = sum(m.weights.get(f, np.zeros(len(both.labels))) for m in one) / 3
        assert np.allclose(w, mean, atol=1e-3)
    assert both.predict(["w:lynch"])[0] == "Riots|Mob violence"
