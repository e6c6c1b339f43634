"""Would the rules' cue hints, as features beside the word and character n-grams, make the `weasel` TF-IDF scorer a
better partner for the transformer? Decided on training splits only (thirty-seventh session).

The `weasel` score is 0.4 x the transformer's head + 0.6 x a TF-IDF + logistic regression (pipeline/lexical.py: word
1-2 grams and character 2-5 grams, C=2). The transformer reads the cue hint (`pipeline.cues.hints_for`: "hedge:
believe doxastic ; future: will prediction") beside each sentence; the scorer never did. Here the hint's words become
a third block of binary features (times a scale), fitted on exactly the lines the pipeline fits the scorer on, and
scored as benchmarks/lexical_variants.py scores its variants: on the pipeline's own 1,292 weasel threshold-tuning
lines, averaged with the shipped transformer's head at the shipped share (0.6), mean F1 over 10 random halvings at
the threshold tuned on the other half; and 5-fold average precision of the scorer alone on its training lines.

The rule is lexical_variants.py's, written before its first run: a variant replaces the scorer only if its averaged
F1 rises by at least 0.01 over the current one's, in at least 8 of the 10 halvings, and its average precision does
not fall.

    .venv/bin/python benchmarks/lexical_hints.py ../shared/data --scales 0.5 1 2 --out benchmarks/lexical-hints.json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lexical_variants import halvings  # noqa: E402

from pipeline import lexical  # noqa: E402
from pipeline.cues import hints_for  # noqa: E402
from pipeline.io import load_params, load_spacy  # noqa: E402
from pipeline.thresholds import held_out  # noqa: E402
from pipeline.train import corpus_examples, load_model, sentence_probs  # noqa: E402


class HintedWords:
    """The shipped `weasel` scorer's features (word 1-2, character 2-5 within words) plus the hint's words x `scale`."""

    def __init__(self, scale: float = 0.0):
        self.scale = scale

    def features(self, texts: list[str], hints: list[str], fit: bool):
        if fit:
            self.words = TfidfVectorizer(ngram_range=lexical.NGRAMS, sublinear_tf=True, min_df=2)
            self.chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=lexical.CHAR_MIN_DF)
            self.hints = (CountVectorizer(token_pattern=lexical.HINT_TOKENS, binary=True, min_df=lexical.HINT_MIN_DF)
                          if self.scale else None)
        blocks = [v.fit_transform(texts) if fit else v.transform(texts) for v in (self.words, self.chars)]
        if self.hints is not None:
            words = lexical.hint_words(hints)
            blocks.append((self.hints.fit_transform(words) if fit else self.hints.transform(words)) * self.scale)
        return hstack(blocks).tocsr()

    def fit(self, texts, hints, y):
        self.lr = LogisticRegression(max_iter=3000, C=2.0, class_weight="balanced").fit(self.features(texts, hints, True), y)
        return self

    def predict(self, texts, hints):
        return self.lr.predict_proba(self.features(texts, hints, False))[:, 1]


def score_variants(data: str, model_dir: str, variants: dict, report=None) -> dict:
    """Each variant (name -> a function making an unfitted scorer with `fit(texts, hints, y)` and `predict(texts,
    hints)`; the first is the current one) fitted on the lines the pipeline fits the `weasel` scorer on and scored on its
    threshold-tuning lines, averaged with the shipped head at the shipped share (10 halvings), plus 5-fold average
    precision on its training lines. `report(texts, y)`, if given, returns more keys for the output (and may print)."""
    params = load_params()
    params["corpora"]["dir"] = data
    cfg = params["train"]["thresholds"]
    share = float((cfg.get("lexical_weights") or {}).get("weasel", lexical.WEIGHT))
    used = {e.text for e in corpus_examples(params)}
    held = held_out(params, "weasel", int(cfg["weasel_held_out"]), used)
    train = lexical.training_lines(data, held, "weasel")
    texts, y = [e.text for e in train], np.array([int(e.weasel) for e in train])
    htexts, hy = [e.text for e in held], np.array([int(e.weasel) for e in held])
    extra = report(texts, y) if report else {}
    nlp = load_spacy(params["segment"]["spacy_model"])
    hints, hhints = hints_for(texts, nlp), hints_for(htexts, nlp)
    model, tok, config = load_model(model_dir)
    model.lexical = {}  # the transformer's own head probability
    head = sentence_probs(model, tok, config, htexts)["weasel"]
    rows, base = {}, None
    for name, make in variants.items():
        t0 = time.time()
        lex = make().fit(texts, hints, y).predict(htexts, hhints)
        avg = halvings(hy, (1 - share) * head + share * lex)
        base = avg if base is None else base
        aps = []
        for tr, te in StratifiedKFold(5, shuffle=True, random_state=0).split(texts, y):
            m = make().fit([texts[i] for i in tr], [hints[i] for i in tr], y[tr])
            aps.append(average_precision_score(y[te], m.predict([texts[i] for i in te], [hints[i] for i in te])))
        rows[name] = {"alone_f1": round(float(np.mean(halvings(hy, lex))), 4), "average_f1": round(float(np.mean(avg)), 4),
                      "average_f1_halvings": [round(v, 4) for v in avg],
                      "halvings_above_current": int(sum(a > b + 1e-9 for a, b in zip(avg, base))),
                      "cv_average_precision": round(float(np.mean(aps)), 4), "seconds": round(time.time() - t0, 1)}
        print(name, {k: v for k, v in rows[name].items() if k != "average_f1_halvings"}, flush=True)
    return {"n_train": len(train), "n_held_out": len(held), "share": share, **extra, "variants": rows}


def main(data: str, model_dir: str, scales: list[float]) -> dict:
    variants = {"current (no hints)": lambda: HintedWords(0.0)}
    variants |= {f"hints x{s:g}": (lambda s=s: HintedWords(s)) for s in scales if s}
    return score_variants(data, model_dir, variants)


def run(main) -> None:
    """The command line of this script and of its kin (benchmarks/watch_words.py): DATA [--model] [--scales] [--out]."""
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--model", default="models")
    ap.add_argument("--scales", nargs="+", type=float, default=[0.5, 1.0, 2.0])
    ap.add_argument("--out")
    args = ap.parse_args()
    res = main(args.data, args.model, args.scales)
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1) + "\n")


if __name__ == "__main__":
    run(main)
