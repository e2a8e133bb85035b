"""A multinomial logistic regression over sparse feature strings, in numpy, saved as JSON.

Training is averaged stochastic gradient descent: each example nudges the weights of its features
towards its label and away from what the model predicted; the weights kept are the average over
all steps, which is steadier than the last ones on small or noisy data. A model file is JSON:

    {"format": "flashpoint-linear-1", "labels": ["Battles|Armed clash", ...],
     "weights": {"w:clash": [0.8, -0.1, ...], ...}, "trained_on": "..."}

one weight per label for each feature; features unseen in training are ignored at prediction.
"""

from __future__ import annotations

import json
import pathlib
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from ..errors import UsageError

FORMAT = "flashpoint-linear-1"
DEFAULT_MODEL = "model_default.json"


@dataclass(frozen=True, eq=False)
class LinearModel:
    """Labels, and per feature one weight per label."""

    labels: tuple[str, ...]
    weights: dict[str, np.ndarray]
    trained_on: str = ""
    margin: float = 0.0
    """How much more probable than the rules' class the model's own must be to replace it: 0 trusts
    the model outright (a model trained on the user's own ACLED data); more keeps the rules unless
    the model is sure (the packaged model, trained on a few hundred written sentences)."""
    _zero: np.ndarray = field(init=False, repr=False)
    _index: dict[str, int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_zero", np.zeros(len(self.labels)))
        object.__setattr__(self, "_index", {label: k for k, label in enumerate(self.labels)})

    def scores(self, features: Sequence[str]) -> np.ndarray:
        """Label probabilities for one example (softmax of the summed feature weights)."""
        total = self._zero.copy()
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                total += w
        total -= total.max()
        exp = np.exp(total)
        return exp / exp.sum()

    def choose(self, features: Sequence[str], rule_label: str) -> str:
        """The model's label, unless it is not `margin` more probable than the rules' label."""
        p = self.scores(features)
        k = int(p.argmax())
        if self.margin <= 0 or rule_label not in self._index:
            return self.labels[k]
        return self.labels[k] if p[k] - p[self._index[rule_label]] >= self.margin else rule_label

    def predict(self, features: Sequence[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        p = self.scores(features)
        k = int(p.argmax())
        return self.labels[k], float(p[k])

    # ------------------------------------------------------------------ training

    @classmethod
    def train(cls, examples: Sequence[tuple[Sequence[str], str]], *, epochs: int = 12, rate: float = 0.2,
              l2: float = 1e-5, min_count: int = 1, seed: int = 0, shuffles: int = 1, trained_on: str = "",
              margin: float = 0.0) -> LinearModel:
        """A model fitted to `(features, label)` examples. Features seen fewer than `min_count`
        times are dropped (they would only memorise single examples). With `shuffles` above 1 the
        fit is repeated over that many orders of the examples (seeds `seed`, `seed + 1`, ...) and
        the weights averaged: one order's luck then weighs less (on ACLED notes a single order
        moves accuracy on an unseen country by about a point)."""
        if not examples:
            raise UsageError("no training examples: give labelled notes to train on")
        labels = tuple(sorted({label for _, label in examples}))
        label_index = {label: k for k, label in enumerate(labels)}
        counts: dict[str, int] = {}
        for feats, _ in examples:
            for f in set(feats):
                counts[f] = counts.get(f, 0) + 1
        vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
        rows = [(np.array(sorted({vocab[f] for f in feats if f in vocab}), dtype=np.int64), label_index[label])
                for feats, label in examples]
        runs = max(1, shuffles)
        averaged = np.zeros((len(vocab), len(labels)))
        for k in range(runs):
            averaged += _fit(rows, len(vocab), len(labels), epochs=epochs, rate=rate, l2=l2, seed=seed + k)
        averaged /= runs
        weights = {f: averaged[i] for f, i in vocab.items() if np.abs(averaged[i]).max() >= 1e-4}
        return cls(labels, weights, trained_on, margin)

    # ------------------------------------------------------------------ files

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "labels": list(self.labels), "trained_on": self.trained_on, "margin": self.margin,
                "weights": {f: [round(float(x), 4) for x in w] for f, w in sorted(self.weights.items())}}

    def save(self, path: str | pathlib.Path) -> None:
        """Write the model as JSON (see the module docstring for the format)."""
        try:
            pathlib.Path(path).write_text(json.dumps(self.to_json(), separators=(",", ":")), encoding="utf-8")
        except OSError as err:
            raise UsageError(f"cannot write model {path}: {err.strerror}; check the folder exists") from err

    @classmethod
    def from_json(cls, data: dict[str, Any], source: str = "model") -> LinearModel:
        """A model from its JSON form; `UsageError` when it is not one."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise UsageError(f"{source} is not a flashpoint model (expected format {FORMAT!r}); "
                             "make one with `flashpoint train`")
        labels = tuple(str(x) for x in data["labels"])
        weights = {str(f): np.asarray(w, dtype=float) for f, w in data["weights"].items()}
        bad = [f for f, w in weights.items() if w.shape != (len(labels),)]
        if bad:
            raise UsageError(f"{source}: feature {bad[0]!r} has the wrong number of weights")
        return cls(labels, weights, str(data.get("trained_on", "")), float(data.get("margin", 0.0)))

    @classmethod
    def load(cls, path: str | pathlib.Path) -> LinearModel:
        """A model file written by `save` (or `flashpoint train`)."""
        try:
            data = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            raise UsageError(f"cannot read model {path}: {err}; give a file made by `flashpoint train`") from err
        return cls.from_json(data, str(path))


@lru_cache(maxsize=1)
def load_default_model() -> LinearModel | None:
    """The packaged model, or None when the package ships none (rules alone then classify)."""
    ref = resources.files("flashpoint.data").joinpath(DEFAULT_MODEL)
    if not ref.is_file():
        return None
    return LinearModel.from_json(json.loads(ref.read_text("utf-8")), DEFAULT_MODEL)


def _fit(rows: Sequence[tuple[np.ndarray, int]], n_features: int, n_labels: int, *, epochs: int, rate: float,
         l2: float, seed: int) -> np.ndarray:
    """Averaged SGD over `(feature indices, label index)` rows in one seeded order per epoch: the
    weights averaged over all steps (features x labels)."""
    w = np.zeros((n_features, n_labels))
    # Averaging by the usual trick: keep sum of updates weighted by their step number.
    u = np.zeros_like(w)
    order = list(range(len(rows)))
    rng = random.Random(seed)
    step = 1
    for epoch in range(epochs):
        rng.shuffle(order)
        lr = rate / (1.0 + epoch)
        for i in order:
            idx, y = rows[i]
            if len(idx) == 0:
                continue
            z = w[idx].sum(axis=0)
            z -= z.max()
            p = np.exp(z)
            p /= p.sum()
            p[y] -= 1.0
            grad = lr * (p + l2 * w[idx])
            w[idx] -= grad
            u[idx] -= step * grad
            step += 1
    result: np.ndarray = w - u / step
    return result
