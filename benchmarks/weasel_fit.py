"""How well does a model folder's `weasel` head fit sentences it was trained on? A diagnostic, not a benchmark.

Scores a fixed sample of 1,500 of the wiki-weasel training sentences that the pipeline trains on (the cap in
params.yaml; the others tune the threshold) and prints precision, recall and F1 of `weasel` (with the model folder's
TF-IDF average, if it has one) at several thresholds. Far below 1 at 0.5 means the head is under-fit.

    .venv/bin/python benchmarks/weasel_fit.py models
"""

from __future__ import annotations

import json
import random
import sys

from sklearn.metrics import precision_recall_fscore_support

from pipeline.io import load_params
from pipeline.train import corpus_examples, load_model, sentence_probs


def main(model_dir: str, data: str = "../shared/data") -> dict:
    model, tokenizer, config = load_model(model_dir)
    params = load_params()
    params["corpora"]["dir"] = data
    trained = [e for e in corpus_examples(params) if e.weasel is not None]
    rows = random.Random(1).sample(trained, min(1500, len(trained)))
    p = sentence_probs(model, tokenizer, config, [e.text for e in rows])["weasel"]
    y = [e.weasel for e in rows]
    return {str(t): [round(float(v), 3) for v in precision_recall_fscore_support(y, p >= t, average="binary", zero_division=0)[:3]]
            for t in (0.2, 0.3, 0.4, 0.5)}


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
