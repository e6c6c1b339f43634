"""Held-out BASIL training pairs: the model's stage-2 stance alone, and overridden by one stance labeling function.

Reads the probabilities that `hedge_conventions.py ... --basil-dev --stage2 --stance-tfidf --save-probs F.npz` saved
(the held-out pairs' gold, texts, targets and stage 2's stance probabilities), runs the stance labeling functions on
the same pairs as `stance_basil_train.py` does (`pair_votes`), and scores "the model's class, but the function's class where it votes
and the model disagrees" for each function:

    .venv/bin/python benchmarks/stance_lf_override.py /tmp/sp13.npz --out benchmarks/stance-lf-override-dev.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stance_basil_train import pair_votes  # noqa: E402

from pipeline.label import ABSTAIN  # noqa: E402
from pipeline.records import STANCES  # noqa: E402


def scores(y: np.ndarray, p: np.ndarray) -> dict:
    per = f1_score(y, p, average=None, labels=list(range(len(STANCES))))
    return {"macro_f1": round(float(f1_score(y, p, average="macro")), 4), **{s: round(float(v), 4) for s, v in zip(STANCES, per)}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("probs", type=Path, help=".npz saved by hedge_conventions.py --save-probs")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    d = np.load(args.probs)
    y, pred = d["y"], d["model"].argmax(1)
    votes = pair_votes([str(t) for t in d["text"]], [str(t) for t in d["target"]])
    out = {"n": int(len(y)), "model": scores(y, pred), "overrides": {}}
    for name, v in votes.items():
        v = np.array(v)
        voted = v != ABSTAIN
        p = np.where(voted & (v != pred), v, pred)
        out["overrides"][name] = {"votes": int(voted.sum()), "right": int((voted & (v == y)).sum()),
                                  "changed": int((voted & (v != pred)).sum()), **scores(y, p)}
    print(json.dumps(out, indent=1))
    if args.out:
        args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
