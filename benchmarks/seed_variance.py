"""How much of a difference between two runs is noise: the figures across stage-2 training seeds.

Stage 1 (`pretrain`, `data/pretrained/`) and the corpus sample stay as `dvc repro` made them; for each seed given,
stage 2 is retrained with that seed (example order, dropout, the replay sample and the held-out lines that tune the
decision thresholds all follow it), and the script records

- the seed article's out-of-fold figures, by the `evaluate` stage's own procedure (two fold models per seed), and
- with `--bench DATA`, a full stage-2 model (as the `train` stage makes it, thresholds tuned) scored by the
  `basil-stance`, `ptc`, `szeged-news` and `wiki-weasel` benchmarks.

    .venv/bin/python benchmarks/seed_variance.py --seeds 13 14 15 --bench ../shared/data --out benchmarks/seed-variance.json

Seed 13 is the seed in params.yaml, so its row repeats `dvc metrics show` and `bench/*.json`. Run it after
`make repro CORPORA=../shared/data`; with `--bench` each seed took 5 to 7 minutes on 2 cores here (28 to 33 minutes for
five seeds).
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.bench import run_benchmark  # noqa: E402
from pipeline.evaluate import evaluate  # noqa: E402
from pipeline.io import atomic_write_text, load_params, read_jsonl  # noqa: E402
from pipeline.label import load_gold  # noqa: E402
from pipeline.thresholds import run as tune_thresholds  # noqa: E402
from pipeline.train import train_stage2  # noqa: E402


def seed_figures(metrics: dict) -> dict:
    """The figures the issues name, from one `evaluate` result."""
    by_target = metrics["stance"]["against_f1_by_target"]
    return {
        **{f"seed_{t}_f1": metrics[t]["model"]["f1"] for t in ("hedged", "speculative", "boosted", "propaganda")},
        "seed_stance_macro_f1": metrics["stance"]["model"]["macro_f1"],
        "seed_against_lukashenko_f1": by_target["Lukashenko"]["model"],
        "seed_against_putin_f1": by_target["Putin"]["model"],
    }


def bench_figures(params: dict, data: Path) -> dict:
    """Train a stage-2 model with these params, tune its thresholds, score it on BASIL stance, PTC, Szeged news and
    wiki weasel."""
    with tempfile.TemporaryDirectory() as tmp:
        train_stage2(read_jsonl("data/labeled/sentences.jsonl"), params, Path(tmp), Path("data/pretrained"))
        tuned = tune_thresholds(tmp, params)
        basil = run_benchmark("basil-stance", data, Path(tmp))
        ptc = run_benchmark("ptc", data, Path(tmp))
        news = run_benchmark("szeged-news", data, Path(tmp))
        weasel = run_benchmark("wiki-weasel", data, Path(tmp))
    return {"szeged_news_hedged_f1": news["model"]["f1"], "wiki_weasel_hedged_f1": weasel["model"]["f1"],
            "wiki_weasel_weasel_score_f1": weasel["weasel_head"]["f1"],"basil_stance_macro_f1": basil["model"]["macro_f1"],
            "basil_lead_over_tfidf": round(basil["model"]["macro_f1"] - max(b["macro_f1"] for b in basil["baselines"].values()), 4),
            "ptc_f1": ptc["model"]["f1"], "ptc_technique_micro_f1": ptc["model"]["technique_micro_f1"],
            "propaganda_threshold": tuned.get("propaganda"), "weasel_threshold": tuned.get("weasel")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=[13, 14, 15])
    ap.add_argument("--bench", type=Path, default=None, help="corpora folder: also train full models and run the corpus benchmarks")
    ap.add_argument("--out", type=Path, default=Path("benchmarks/seed-variance.json"))
    args = ap.parse_args()
    params = load_params()
    if not (params.get("corpora") or {}).get("dir"):
        sys.exit("seed_variance: params.yaml has no corpora.dir; run `make repro CORPORA=../shared/data` first")
    rows, attributed = read_jsonl("data/labeled/sentences.jsonl"), read_jsonl("data/attributed/sentences.jsonl")
    gold = load_gold("data/gold")
    runs = {}
    for seed in args.seeds:
        t0 = time.time()
        p = copy.deepcopy(params)
        # the corpus sample (and so what stage 1 saw) stays fixed; only stage 2 follows the new seed
        p["corpora"]["seed"] = int(params["corpora"].get("seed", params["train"]["seed"]))
        p["train"]["seed"] = seed
        metrics, _ = evaluate(rows, attributed, gold, p)
        runs[seed] = seed_figures(metrics)
        if args.bench:
            runs[seed].update(bench_figures(p, args.bench))
        runs[seed]["seconds"] = round(time.time() - t0, 1)
        print(f"seed {seed}: {json.dumps(runs[seed])}", flush=True)
    keys = [k for k in runs[args.seeds[0]] if k not in ("seconds", "propaganda_threshold", "weasel_threshold")]
    spread = {}
    for k in keys:
        vals = [runs[s][k] for s in args.seeds]
        spread[k] = {"min": min(vals), "max": max(vals), "mean": round(statistics.mean(vals), 4),
                     "sd": round(statistics.stdev(vals), 4) if len(vals) > 1 else 0.0}
    out = {"seeds": args.seeds, "runs": {str(s): r for s, r in runs.items()}, "spread": spread,
           "command": "python benchmarks/seed_variance.py " + " ".join(sys.argv[1:])}
    atomic_write_text(args.out, json.dumps(out, indent=2) + "\n")
    print(json.dumps(spread, indent=2))


if __name__ == "__main__":
    main()
