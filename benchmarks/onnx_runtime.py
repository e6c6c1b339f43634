"""Does ONNX Runtime or int8 dynamic quantization pay for the model path of `framing analyze`?

Exports the trained model (models/) to ONNX, quantizes it dynamically to int8 (onnxruntime.quantization), and runs
the analyze path's model step (`pipeline.analyze.model_probs`: one article at a time, sentence + cue hint, then one
(target, sentence) pair per mentioned target) with PyTorch, ONNX Runtime fp32 and ONNX Runtime int8 on the same
generated articles, in one run, 2 threads each. Reports seconds, speed-up over PyTorch, the largest probability
difference and how many labels flip at the model's tuned thresholds. With DATA it also scores PTC dev
sentence-level propaganda F1 for PyTorch and int8 (the issue accepts a faster path only if F1 drops by <= 0.01).

    .venv/bin/pip install '.[onnx]'
    .venv/bin/python benchmarks/onnx_runtime.py [N_ARTICLES] [DATA]  > benchmarks/onnx-runtime.json

Measured here (2 cores, AVX2 without VNNI; benchmarks/onnx-runtime.json): ONNX Runtime fp32 0.96x PyTorch, int8 1.24x
with PTC dev F1 0.568 against 0.572 and 7% of propaganda labels flipped; neither is offered (README "Known shortfalls").
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import torch

from pipeline.analyze import model_probs
from pipeline.bench import generated_corpus
from pipeline.cli import build_analyzer
from pipeline.io import load_params
from pipeline.label import TargetFinder, build_views
from pipeline.records import BINARY_TASKS
from pipeline.segment import segment_articles
from pipeline.thresholds import threshold

OUTPUTS = (*BINARY_TASKS, "techniques", "stance")


class _Logits(torch.nn.Module):
    """The multi-task model with a tuple of logits as output, as the ONNX exporter wants."""

    def __init__(self, model) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        logits, _ = self.model(input_ids, attention_mask)
        return tuple(logits[k] for k in OUTPUTS)


class OrtModel:
    """Stands in for the torch model inside `predict`: same call, logits from an ONNX Runtime session."""

    def __init__(self, path: Path, threads: int = 2) -> None:
        import onnxruntime as ort

        so = ort.SessionOptions()
        so.intra_op_num_threads, so.inter_op_num_threads = threads, 1
        so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])

    def __call__(self, input_ids, attention_mask):
        outs = self.session.run(None, {"input_ids": input_ids.numpy(), "attention_mask": attention_mask.numpy()})
        return dict(zip(OUTPUTS, map(torch.from_numpy, outs))), None


def export(model, folder: Path) -> tuple[Path, Path]:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    fp32, int8 = folder / "model.onnx", folder / "model.int8.onnx"
    dummy = (torch.ones((2, 16), dtype=torch.long), torch.ones((2, 16), dtype=torch.long))
    axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}, **{k: {0: "batch"} for k in OUTPUTS}}
    torch.onnx.export(_Logits(model).eval(), dummy, str(fp32), input_names=["input_ids", "attention_mask"],
                      output_names=list(OUTPUTS), dynamic_axes=axes, opset_version=17, dynamo=False)
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
    return fp32, int8


def ptc_f1(analyzer, data: str) -> float:
    from sklearn.metrics import f1_score

    from pipeline.corpora import load_ptc
    from pipeline.train import sentence_probs

    test = load_ptc(data, "dev")
    p = sentence_probs(analyzer.model, analyzer.tokenizer, analyzer.config, [e.text for e in test])["propaganda"]
    return round(float(f1_score([e.propaganda for e in test], p >= threshold(analyzer.config, "propaganda", 0.5))), 4)


def main(n_articles: int = 40, data: str | None = None) -> dict:
    analyzer = build_analyzer(Path("models"), load_params(), [])
    torch.set_num_threads(2)
    segs = segment_articles(generated_corpus(n_articles), analyzer.nlp, analyzer.params["segment"])
    finder = TargetFinder(analyzer.targets, analyzer.people)
    views = [v for s in segs for v in build_views(s, finder)]
    targets = list(finder.targets)
    cut = {t: threshold(analyzer.config, t, 0.5) for t in BINARY_TASKS}
    torch_model = analyzer.model
    out: dict = {"articles": n_articles, "sentences": len(views), "engines": {}}
    with tempfile.TemporaryDirectory() as tmp:
        paths = dict(zip(("onnxruntime_fp32", "onnxruntime_int8"), export(torch_model, Path(tmp))))
        runs = {"pytorch": torch_model, **{k: OrtModel(p) for k, p in paths.items()}}
        ref = None
        for name, model in runs.items():
            analyzer.model = model
            t0 = time.perf_counter()
            probs, stance = model_probs(views, model, analyzer.tokenizer, analyzer.config, targets)
            seconds = time.perf_counter() - t0
            row = {"seconds": round(seconds, 1), "items_per_s": round((len(views) + len(stance)) / seconds, 1)}
            if ref is None:
                ref, ref_seconds = (probs, stance), seconds
            else:
                row["speedup"] = round(ref_seconds / seconds, 2)
                row["max_abs_diff"] = round(max(float(np.abs(ref[0][t] - probs[t]).max()) for t in BINARY_TASKS), 4)
                row["label_flips"] = {t: int(((ref[0][t] >= cut[t]) != (probs[t] >= cut[t])).sum()) for t in BINARY_TASKS}
                row["stance_flips"] = sum(int(np.argmax(ref[1][k]) != np.argmax(v)) for k, v in stance.items())
                row["stance_pairs"] = len(stance)
            if data and name != "onnxruntime_fp32":
                row["ptc_dev_f1"] = ptc_f1(analyzer, data)
            out["engines"][name] = row
    out["thresholds"] = cut
    return out


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 40, sys.argv[2] if len(sys.argv) > 2 else None), indent=2))
