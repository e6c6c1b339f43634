"""Stance on BASIL's *training* pairs: how the stance labeling functions and saved models do on training data.

Used to decide stance changes without reading a test split:
- the labeling functions alone (as `framing bench basil-stance` scores them as "rules"): macro-F1, and per function how
  many of its votes match the pair's label;
- each model folder given: macro-F1 on the same pairs (for example `data/pretrained` against `models`, to see how much
  stage 2 forgets of what stage 1 learned from BASIL).

    .venv/bin/python benchmarks/stance_basil_train.py ../shared/data data/pretrained models
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.bench import _rules_stance  # noqa: E402
from pipeline.corpora import load_basil_stance  # noqa: E402
from pipeline.evaluate import stance_scores  # noqa: E402
from pipeline.io import load_params, load_spacy  # noqa: E402
from pipeline.label import ABSTAIN, STANCE_LFS, SentenceView, TargetFinder  # noqa: E402
from pipeline.records import STANCES, Sentence  # noqa: E402


def pair_votes(texts: list[str], targets: list[str]) -> dict[str, list[int]]:
    """Each stance function's vote (a class index or ABSTAIN) on each (sentence, target) pair, the target found by its
    surname as in `framing bench basil-stance`."""
    nlp = load_spacy(load_params()["segment"]["spacy_model"])
    votes: dict[str, list[int]] = {lf.__name__: [] for lf in STANCE_LFS}
    for text, target, doc in zip(texts, targets, nlp.pipe(texts, batch_size=128)):
        surname = target.split()[-1]
        view = SentenceView(Sentence("x", 0, 0, len(text), text, 0), doc[:])
        view.mentions = TargetFinder({target: [surname]}, [surname]).find(doc[:], {})
        for lf in STANCE_LFS:
            votes[lf.__name__].append(lf(view, target))
    return votes


def lf_votes(pairs) -> dict[str, tuple[int, int]]:
    """Per stance function: (votes matching the pair's label, votes)."""
    right, votes = Counter(), Counter()
    for name, vs in pair_votes([e.text for e in pairs], [e.target for e in pairs]).items():
        for e, v in zip(pairs, vs):
            if v != ABSTAIN:
                votes[name] += 1
                right[name] += STANCES[v] == e.stance
    return {name: (right[name], votes[name]) for name in sorted(votes)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", type=Path, help="folder laid out like ../shared/data")
    ap.add_argument("models", type=Path, nargs="*", help="model folders to score on the same pairs")
    args = ap.parse_args()
    pairs = load_basil_stance(args.data, "train")
    y = [e.stance for e in pairs]
    print(f"BASIL training pairs: {len(pairs)}")
    print("rules", stance_scores(y, _rules_stance(pairs)))
    for name, (ok, n) in lf_votes(pairs).items():
        print(f"  {name}: {ok} of {n} votes right")
    if args.models:
        from pipeline.train import load_model, predict

        for folder in args.models:
            model, tok, cfg = load_model(folder)
            p = predict(model, tok, [e.target for e in pairs], [e.text for e in pairs], max_length=int(cfg.get("max_length", 64)))["stance"]
            print(folder, stance_scores(y, [STANCES[int(k)] for k in p.argmax(1)]))


if __name__ == "__main__":
    main()
