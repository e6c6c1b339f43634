"""Can a cue lexicon learned from Szeged's annotated cues beat the hand-written hedge rules on news? (issue 4)

Everything is measured on the Szeged news *training* split only, by 5-fold cross-validation over its documents; the
test split is never read. For each fold the lexicon is learned from the other news documents (plus, with
`--other`, Szeged's Wikipedia and biomedical parts, which are train-only):

- `lexicon`: word 1-3 grams annotated as a `<ccue>` at least `k` times, kept when they are a cue in at least `p` of
  the sentences they occur in (the CoNLL-2010 cue-lookup baseline); a sentence is hedged iff it holds one.
- `classifier`: every occurrence of a candidate cue (any gram annotated at least twice, precision >= 0.03) is
  judged in context by a logistic regression over the gram and its two neighbours on each side; a sentence is hedged
  iff its best candidate scores at least the threshold.
- each of them also united with the rules (hedged iff either says so).

    .venv/bin/python benchmarks/hedge_cue_lexicon.py ../shared/data
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.bench import _rule_cues  # noqa: E402
from pipeline.corpora import load_szeged  # noqa: E402
from pipeline.evaluate import prf  # noqa: E402

WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't|[^\sa-z]")


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def grams(ws: list[str], n: int = 3) -> set[str]:
    return {" ".join(ws[i : i + k]) for i in range(len(ws)) for k in range(1, n + 1) if i + k <= len(ws)}


def cue_phrases(e) -> set[str]:
    return {p for p in (" ".join(words(c)) for _, c in e.meta["cues"]) if p and len(p.split()) <= 3}


def counts(examples) -> tuple[Counter, Counter]:
    cue, occ = Counter(), Counter()
    for e in examples:
        occ.update(grams(words(e.text)))
        cue.update(cue_phrases(e))
    return cue, occ


def lexicon(examples, k: int, p: float) -> set[str]:
    cue, occ = counts(examples)
    return {c for c, n in cue.items() if n >= k and n / max(occ[c], n) >= p}


def candidates(e, lex: set[str]) -> list[tuple[dict, int]]:
    ws, cues, out = words(e.text), cue_phrases(e), []
    for i in range(len(ws)):
        for k in (1, 2, 3):
            if i + k > len(ws) or " ".join(ws[i : i + k]) not in lex:
                continue
            ph = " ".join(ws[i : i + k])
            p1, p2 = (ws[i - 1] if i else "<s>"), (ws[i - 2] if i > 1 else "<s>")
            n1, n2 = (ws[i + k] if i + k < len(ws) else "</s>"), (ws[i + k + 1] if i + k + 1 < len(ws) else "</s>")
            feats = {f"ph={ph}": 1, f"p1={p1}": 1, f"p2={p2}": 1, f"n1={n1}": 1, f"n2={n2}": 1,
                     f"ph_n1={ph}|{n1}": 1, f"p1_ph={p1}|{ph}": 1, f"ph_n2={ph}|{n2}": 1}
            out.append((feats, int(any(ph == c or ph in c.split() for c in cues))))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    news = load_szeged(args.data, "factbank", "train")
    other = load_szeged(args.data, "wiki", "train")
    for part in ("bio_bmc", "bio_fly", "bio_hbc"):
        other += load_szeged(args.data, part, "train")
    y = np.array([e.hedged for e in news])
    docs = sorted({e.meta["doc"] for e in news})
    random.Random(0).shuffle(docs)
    folds = [set(docs[i :: args.folds]) for i in range(args.folds)]
    rules = np.array([int(bool(f[0])) for f in _rule_cues([e.text for e in news])[0]])
    print(f"Szeged news train: {len(news)} sentences, {int(y.sum())} hedged, {len(docs)} documents, {args.folds} folds")
    print(f"rules: {prf(y, rules)}")

    def show(name: str, pred: np.ndarray) -> None:
        r, u = prf(y, pred), prf(y, np.maximum(pred, rules))
        print(f"{name:38} F1 {r['f1']:.3f} (P {r['precision']:.3f} R {r['recall']:.3f}) | with rules {u['f1']:.3f}")

    for use_other in (False, True):
        for k in (1, 2):
            for p in (0.3, 0.4, 0.5, 0.6):
                pred = np.zeros(len(news), int)
                for fold in folds:
                    lex = lexicon([e for e in news if e.meta["doc"] not in fold] + (other if use_other else []), k, p)
                    for i, e in enumerate(news):
                        if e.meta["doc"] in fold:
                            pred[i] = int(bool(grams(words(e.text)) & lex))
                show(f"lexicon other={use_other} k={k} p={p}", pred)
    score = np.zeros(len(news))
    for fold in folds:
        train = [e for e in news if e.meta["doc"] not in fold] + other
        lex = lexicon(train, 2, 0.03)
        X, Y = zip(*[c for e in train for c in candidates(e, lex)])
        vec = DictVectorizer()
        clf = LogisticRegression(max_iter=2000).fit(vec.fit_transform(X), Y)
        for i, e in enumerate(news):
            if e.meta["doc"] in fold:
                found = candidates(e, lex)
                score[i] = clf.predict_proba(vec.transform([f for f, _ in found]))[:, 1].max() if found else 0.0
    for t in (0.3, 0.4, 0.5, 0.6):
        show(f"classifier threshold={t}", (score >= t).astype(int))


if __name__ == "__main__":
    main()
