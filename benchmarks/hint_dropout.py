"""Does the model learn hedging from the text when it cannot lean on the cue hint? A small, fixed experiment.

Fine-tunes MiniLM from the base weights on 1,400 Szeged news and 1,500 wiki-weasel *training* sentences (fixed
samples) for 2 epochs with the `train` section of params.yaml, with the cue hint dropped for a share of the
training examples (0 = always there, as in the pipeline; 1 = never, a text-only model), and prints precision,
recall and F1 of `hedged` on the Szeged news test split and on a fixed sample of 1,500 wiki-weasel test sentences,
beside the rules (a hedge cue in the hint). About 5 minutes per run on 2 cores.

    .venv/bin/python benchmarks/hint_dropout.py ../shared/data 0.5

Measured here (one run each): Szeged news F1 0.746 (drop 0), 0.734 (drop 0.5), 0.453 (drop 1); rules 0.783.
Weasel with drop 0: 0.358 (rules 0.331).
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import replace

from sklearn.metrics import precision_recall_fscore_support

from pipeline.corpora import load_szeged, load_wiki_weasel
from pipeline.cues import hints_for
from pipeline.io import load_params, load_spacy
from pipeline.train import add_rule_features, fine_tune, predict


def prf(y, p) -> list[float]:
    return [round(float(v), 3) for v in precision_recall_fscore_support(y, p, average="binary", zero_division=0)[:3]]


def weasel_as_hedged(data: str, split: str) -> list:
    """This experiment predates the `weasel` head: it trains and scores `hedged` on the weasel labels."""
    return [replace(e, hedged=e.weasel, weasel=None) for e in load_wiki_weasel(data, split)]


def main(data: str, drop: float, epochs: float = 2.0) -> dict:
    params = dict(load_params()["train"], cue_hints=drop < 1.0)
    rng = random.Random(13)
    news = load_szeged(data, "factbank", "train")
    examples = rng.sample(news, min(1400, len(news))) + rng.sample(weasel_as_hedged(data, "train"), 1500)
    add_rule_features(examples, params["cue_hints"], params["rule_labels"])
    if 0 < drop < 1:
        r = random.Random(7)
        for e in examples:
            if r.random() < drop:
                e.hint = ""  # no second segment: the model must read the sentence
    model, tokenizer = fine_tune(examples, params, epochs=epochs)
    out: dict = {"drop": drop, "epochs": epochs}
    tests = {"szeged-news": load_szeged(data, "factbank", "test"),
             "wiki-weasel": random.Random(5).sample(weasel_as_hedged(data, "test"), 1500)}
    for name, test in tests.items():
        texts, y = [e.text for e in test], [int(e.hedged) for e in test]
        hints = hints_for(texts, load_spacy())
        p = predict(model, tokenizer, texts, hints if params["cue_hints"] else None, 64)["hedged"] >= 0.5
        out[name] = {"model": prf(y, p), "rules": prf(y, [h.startswith("hedge") for h in hints])}
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 0.5)))
