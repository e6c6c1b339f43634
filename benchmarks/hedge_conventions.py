"""Does training the `hedged` head on two annotation conventions at once cost it on news? A fixed experiment on
training splits only.

The Szeged Uncertainty Corpus marks semantic uncertainty cues; CoNLL-2010's wiki-weasel labels also count vague
attribution and peacock words, and the two disagree on a quarter of the very same Wikipedia sentences. This script
holds out a third of the Szeged news *training* documents (MD5 of the DocID, modulo 3 == 0) as a development set,
fine-tunes MiniLM from the base weights on the other news training documents plus `--wiki` Szeged wiki sentences
plus `--weasel` wiki-weasel training sentences (fixed samples, no test-split text), and prints precision, recall and
F1 of `hedged` on the development documents, beside the rules. Wiki-weasel training sentences whose text hashes to
0 modulo 3 are never trained on either: on them it prints F1 of the `weasel` head (trained on the weasel labels
since the head exists; before, the weasel labels trained `hedged`) beside TF-IDF + logistic regression trained on
the other weasel training sentences, and under `tuned_halves` the F1 of the head, of TF-IDF and of their plain average
with a threshold tuned on one half of those sentences and scored on the other, both ways round. The test splits are
never read.

    .venv/bin/python benchmarks/hedge_conventions.py ../shared/data --wiki 4000 --weasel 1500 [--no-hints] [--epochs 2]
        [--weasel-as-hedged]   # the setup before the `weasel` head: the weasel labels train `hedged`
        [--ptc 2500 --basil 1328]   # plus the pipeline's other stage-1 corpora
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import time
from dataclasses import replace

import numpy as np
from sklearn.metrics import f1_score, precision_recall_fscore_support

from pipeline.corpora import (
    evaluation_texts,
    load_basil_stance,
    load_ptc,
    load_szeged,
    load_wiki_weasel,
    normalize_text,
)
from pipeline.cues import hints_for
from pipeline.evaluate import tfidf_fit_predict
from pipeline.io import load_params, load_spacy
from pipeline.thresholds import best_threshold
from pipeline.train import add_rule_features, fine_tune, predict


def prf(y, p) -> list[float]:
    return [round(float(v), 3) for v in precision_recall_fscore_support(y, p, average="binary", zero_division=0)[:3]]


def tuned_halves(y, p) -> list[dict]:
    """A threshold tuned on one half of the development sentences (alternate sentences), F1 on the other, both ways."""
    y, p = np.asarray(y), np.asarray(p)
    out = []
    for a, b in ((0, 1), (1, 0)):
        t, _ = best_threshold(y[a::2], p[a::2])
        out.append({"threshold": t, "f1": round(float(f1_score(y[b::2], p[b::2] >= t, zero_division=0)), 3)})
    return out


def is_dev(key: str) -> bool:
    return int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 3 == 0


def main(data: str, wiki: int, weasel: int, hints: bool, epochs: float, as_hedged: bool = False, ptc: int = 0,
         basil: int = 0) -> dict:
    params = dict(load_params()["train"], cue_hints=hints)
    rng = random.Random(13)
    news = load_szeged(data, "factbank", "train")
    dev = [e for e in news if is_dev(e.meta["doc"])]
    held_out = evaluation_texts(data)
    pool = lambda rows: [e for e in rows if normalize_text(e.text) not in held_out]  # noqa: E731
    examples = [e for e in news if not is_dev(e.meta["doc"])]
    examples += rng.sample(pool(load_szeged(data, "wiki", "train")), wiki)
    weasel_rows = pool(load_wiki_weasel(data, "train"))
    weasel_dev = [e for e in weasel_rows if is_dev(e.text)]
    weasel_train = [e for e in weasel_rows if not is_dev(e.text)]
    sample = rng.sample(weasel_train, min(weasel, len(weasel_train)))
    examples += [replace(e, hedged=e.weasel, weasel=None) for e in sample] if as_hedged else sample
    # the pipeline's other stage-1 corpora, for what sharing the encoder with them costs the hedge heads
    if ptc:
        examples += rng.sample(pool(load_ptc(data, "train")), ptc)
    if basil:
        pairs = pool(load_basil_stance(data, "train", 13))
        examples += rng.sample(pairs, min(basil, len(pairs)))
    add_rule_features(examples, hints, [])
    t0 = time.time()
    model, tokenizer = fine_tune(examples, params, epochs=epochs)
    texts, y = [e.text for e in dev], [int(e.hedged) for e in dev]
    hint_texts = hints_for(texts, load_spacy())
    p = predict(model, tokenizer, texts, hint_texts if hints else None, int(params["max_length"]))["hedged"] >= 0.5
    wt = [e.text for e in weasel_dev]
    wy = [e.weasel for e in weasel_dev]
    wp = predict(model, tokenizer, wt, hints_for(wt, load_spacy()) if hints else None, int(params["max_length"]))["weasel"]
    tp = tfidf_fit_predict(weasel_train, wt, "weasel")
    return {"weasel_dev": {"n": len(wy), "weasel_head": prf(wy, wp >= 0.5), "tfidf": prf(wy, tp >= 0.5),
                           "tuned_halves": {"weasel_head": tuned_halves(wy, wp), "tfidf": tuned_halves(wy, tp),
                                            "average": tuned_halves(wy, (wp + tp) / 2)}},
            "wiki": wiki, "weasel": weasel, "ptc": ptc, "basil": basil, "weasel_as_hedged": as_hedged, "hints": hints, "epochs": epochs, "n_train": len(examples),
            "n_dev": len(dev), "dev_positives": sum(y), "seconds": round(time.time() - t0),
            "model": prf(y, p), "rules": prf(y, [h.startswith("hedge") for h in hint_texts])}


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--wiki", type=int, default=4000)
    ap.add_argument("--weasel", type=int, default=1500)
    ap.add_argument("--no-hints", action="store_true")
    ap.add_argument("--epochs", type=float, default=2.0)
    ap.add_argument("--weasel-as-hedged", action="store_true")
    ap.add_argument("--ptc", type=int, default=0, help="PTC training lines added, as the pipeline's stage 1 adds them")
    ap.add_argument("--basil", type=int, default=0, help="BASIL training pairs added, as the pipeline's stage 1 adds them")
    a = ap.parse_args()
    print(json.dumps(main(a.data, a.wiki, a.weasel, not a.no_hints, a.epochs, a.weasel_as_hedged, a.ptc, a.basil)))
