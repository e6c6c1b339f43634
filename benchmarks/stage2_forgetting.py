"""How much of stage 1 does stage 2 forget? Each head of the stage-1 checkpoint and of stage-2 models trained from it,
scored on held-out *training* lines of the corpora (no test split is read).

Stage 2 (`train`) fine-tunes on the seed's weak labels plus a replay sample; every `--distill` value given trains
one stage-2 model from `data/pretrained` into a temporary folder with `train.distill` set to it (0 = no soft
targets; see `teacher_targets` in pipeline/train.py), as the `train` stage would, and scores it beside the stage-1
checkpoint. Heads alone, no TF-IDF average, best threshold on a grid and F1 at 0.5:

- `weasel`: the wiki-weasel training lines that no training stage sees (the lines `pipeline/thresholds.py` tunes on);
- `propaganda`: the held-out PTC training lines of the same module;
- `hedged`: Szeged wiki sentences outside the pipeline's sample (`wiki.xml` is train-only; Szeged's convention);
- `stance`: macro-F1 on BASIL's training pairs (stage 1 trained on most of them: a measure of forgetting).

    .venv/bin/python benchmarks/stage2_forgetting.py --data ../shared/data --distill 0 1 --out benchmarks/stage2-forgetting.json
    .venv/bin/python benchmarks/stage2_forgetting.py --no-stage1 --distill 3 --set "train.epochs=2"   # any params.yaml value
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import yaml
from sklearn.metrics import f1_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.corpora import load_basil_stance  # noqa: E402
from pipeline.evaluate import stance_scores  # noqa: E402
from pipeline.io import load_params, read_jsonl, write_json  # noqa: E402
from pipeline.records import STANCES  # noqa: E402
from pipeline.thresholds import best_threshold, held_out  # noqa: E402
from pipeline.train import corpus_examples, load_model, predict, sentence_probs, train_stage2  # noqa: E402


def held_out_sets_in(data: str, n: int) -> dict[str, list]:
    """`held_out_sets` with params.yaml's params reading the corpora folder `data`."""
    params = load_params()
    params["corpora"]["dir"] = data
    return held_out_sets(params, n)


def held_out_sets(params: dict, n: int) -> dict[str, list]:
    used = {e.text for e in corpus_examples(params)}
    return {"weasel": held_out(params, "weasel", n, used), "propaganda": held_out(params, "propaganda", n, used),
            "hedged": held_out(params, "hedged", n, used, seed=1),
            "stance": load_basil_stance(params["corpora"]["dir"], "train")}


def score(folder: Path, sets: dict[str, list]) -> dict:
    model, tok, config = load_model(folder)
    model.lexical = {}  # the head alone
    out = {}
    for task in ("weasel", "propaganda", "hedged"):
        rows = sets[task]
        if not rows:
            continue
        y = np.array([int(getattr(e, task)) for e in rows])
        p = sentence_probs(model, tok, config, [e.text for e in rows])[task]
        t, f = best_threshold(y, p)
        out[task] = {"n": len(rows), "best_f1": round(f, 4), "threshold": t,
                     "f1_at_0.5": round(float(f1_score(y, p >= 0.5, zero_division=0)), 4)}
    pairs = sets["stance"]
    if pairs:
        p = predict(model, tok, [e.target for e in pairs], [e.text for e in pairs], max_length=int(config.get("max_length", 64)))["stance"]
        out["stance"] = {"n": len(pairs), "macro_f1": stance_scores([e.stance for e in pairs],
                                                                     [STANCES[int(k)] for k in p.argmax(1)])["macro_f1"]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--init", default="data/pretrained", help="the stage-1 checkpoint")
    ap.add_argument("--labeled", default="data/labeled/sentences.jsonl")
    ap.add_argument("--distill", type=float, nargs="*", default=[0.0, 1.0])
    ap.add_argument("--labeled-too", action="store_true", help="soft targets also for heads an example has a label for")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="a params.yaml value for the stage-2 runs, dotted (train.stage2_task_weights={hedged: 0.5})")
    ap.add_argument("--no-stage1", action="store_true", help="do not score the stage-1 checkpoint again")
    ap.add_argument("--n", type=int, default=1500, help="held-out lines per task")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    params = load_params()
    params["corpora"]["dir"] = args.data
    sets = held_out_sets(params, args.n)
    result = {"init": args.init, "labeled_too": args.labeled_too, "set": args.set,
              "stage1": {} if args.no_stage1 else score(Path(args.init), sets), "stage2": {}}
    print("stage 1", json.dumps(result["stage1"]))
    rows = read_jsonl(args.labeled)
    for value in args.distill:
        p = copy.deepcopy(params)
        p["train"]["distill"] = value
        p["train"]["distill_labeled"] = args.labeled_too
        for item in args.set:
            key, text = item.split("=", 1)
            *path, last = key.split(".")
            node = p
            for k in path:
                node = node[k]
            node[last] = yaml.safe_load(text)
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.time()
            train_stage2(rows, p, Path(tmp), Path(args.init))
            seconds = round(time.time() - t0, 1)
            result["stage2"][str(value)] = {"seconds": seconds, **score(Path(tmp), sets)}
        print(f"stage 2, distill {value}", json.dumps(result["stage2"][str(value)]))
    if args.out:
        write_json(args.out, result)


if __name__ == "__main__":
    main()
