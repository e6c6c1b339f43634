"""The rules' `hedged` F1 on Szeged *training* data: the 1,376 news training sentences and 3,000 Szeged wiki sentences
(a fixed sample, `random.Random(13)`). A sentence is hedged by the rules when its cue hint opens with a hedge cue, as
in the model's input. Used to check a cue change before a retraining; the test splits are never read.

    .venv/bin/python benchmarks/rules_hedged_szeged.py ../shared/data [--out FILE]   # FILE: per-sentence predictions too
"""

from __future__ import annotations

import argparse
import json
import random

from sklearn.metrics import precision_recall_fscore_support

from pipeline.corpora import load_szeged
from pipeline.cues import hints_for
from pipeline.io import load_params, load_spacy


def main(data: str, out: str = "") -> dict:
    nlp = load_spacy(load_params()["segment"]["spacy_model"])
    result, preds = {}, {}
    for name, rows in (("news", load_szeged(data, "factbank", "train")),
                       ("wiki3000", random.Random(13).sample(load_szeged(data, "wiki", "train"), 3000))):
        hints = hints_for([e.text for e in rows], nlp)
        p = [int(h.startswith("hedge")) for h in hints]
        prf = precision_recall_fscore_support([e.hedged for e in rows], p, average="binary", zero_division=0)[:3]
        result[name] = dict(zip(("precision", "recall", "f1"), (round(float(v), 4) for v in prf)))
        preds[name] = p
    if out:
        with open(out, "w") as f:
            json.dump({**result, "predictions": preds}, f)
    return result


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--out", default="")
    a = ap.parse_args()
    print(json.dumps(main(a.data, a.out)))
