"""How well does a model folder's `weasel` head fit sentences it was trained on? A diagnostic, not a benchmark.

Scores a fixed sample of 1,500 wiki-weasel *training* sentences (the pipeline trains on all of them) and prints
precision, recall and F1 of `weasel` at several thresholds. Far below 1 at 0.5 means the head is under-fit.

    .venv/bin/python benchmarks/weasel_fit.py models
"""

from __future__ import annotations

import json
import random
import sys

from sklearn.metrics import precision_recall_fscore_support

from pipeline.corpora import load_wiki_weasel
from pipeline.train import load_model, sentence_probs


def main(model_dir: str, data: str = "../shared/data") -> dict:
    model, tokenizer, config = load_model(model_dir)
    rows = random.Random(1).sample(load_wiki_weasel(data, "train"), 1500)
    p = sentence_probs(model, tokenizer, config, [e.text for e in rows])["weasel"]
    y = [e.weasel for e in rows]
    return {str(t): [round(float(v), 3) for v in precision_recall_fscore_support(y, p >= t, average="binary", zero_division=0)[:3]]
            for t in (0.2, 0.3, 0.4, 0.5)}


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
