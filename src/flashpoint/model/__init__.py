"""The statistical part of classification: a small linear model over words and the rule
pipeline's findings, saved as JSON.

- `features`: the feature strings of one candidate event (its sentence's words, the words around
  it, and what the rules concluded: trigger family, actor kinds, lethal, protest setting).
- `linear`: a multinomial logistic regression trained by averaged stochastic gradient descent in
  numpy (`LinearModel.train`, `predict`, `save`, `load`).

The packaged model (`data/model_default.json`) is trained only on sentences the project wrote
(`data/model_sentences.tsv`); `flashpoint train` trains one on a user's labelled ACLED export.
"""

from __future__ import annotations

from .features import event_features, rule_features, word_features
from .linear import LinearModel, load_default_model

__all__ = ["LinearModel", "event_features", "load_default_model", "rule_features", "word_features"]
