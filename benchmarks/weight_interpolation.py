"""Does averaging the weights of stage 1 and stage 2 keep more of stage 1? (WiSE-FT: Wortsman et al. 2022,
*Robust fine-tuning of zero-shot models*, CVPR.)

The model of `dvc repro` (`models/`, stage 2) and its stage-1 checkpoint (`data/pretrained/`) share one architecture,
so every weight can be interpolated: (1 - a) * stage 1 + a * stage 2. Each `a` is scored like
`benchmarks/stage2_forgetting.py` scores a model, on held-out *training* lines (no test split is read): heads alone,
no TF-IDF average, best threshold on a grid and F1 at 0.5 for `weasel`, `propaganda` and `hedged`; stance macro-F1
on BASIL's training pairs (stage 1 trained on most of them).

    .venv/bin/python benchmarks/weight_interpolation.py --alphas 0 0.5 0.75 1 --out benchmarks/weight-interpolation.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from safetensors.torch import load_file, save_file  # noqa: E402
from stage2_forgetting import held_out_sets_in, score  # noqa: E402

from pipeline.io import write_json  # noqa: E402


def interpolate(stage1: dict, stage2: dict, a: float) -> dict:
    return {k: ((1 - a) * stage1[k].float() + a * v.float()).to(v.dtype) if v.is_floating_point() else v
            for k, v in stage2.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--stage1", default="data/pretrained")
    ap.add_argument("--stage2", default="models")
    ap.add_argument("--n", type=int, default=1500, help="held-out lines per task")
    ap.add_argument("--alphas", type=float, nargs="+", default=[0.0, 0.5, 0.75, 1.0])
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    sets = held_out_sets_in(args.data, args.n)
    w1 = load_file(str(Path(args.stage1) / "model.safetensors"))
    w2 = load_file(str(Path(args.stage2) / "model.safetensors"))
    result = {"stage1": args.stage1, "stage2": args.stage2, "alphas": {}}
    for a in args.alphas:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "model"
            shutil.copytree(args.stage2, folder)  # the stage-2 folder's config and thresholds, interpolated weights
            save_file(interpolate(w1, w2, a), str(folder / "model.safetensors"), metadata={"format": "pt"})
            result["alphas"][str(a)] = score(folder, sets)
        print(a, json.dumps(result["alphas"][str(a)]), flush=True)
    if args.out:
        write_json(args.out, result)


if __name__ == "__main__":
    main()
