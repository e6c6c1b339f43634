"""How far does the encoder get without fine-tuning? Mean-pooled MiniLM-L6 sentence embeddings (frozen, base
weights) + logistic regression, trained on each corpus's training split and scored on its test split (Szeged news
test; a fixed sample of 1,500 wiki-weasel test sentences). About 2 minutes on 2 cores.

    .venv/bin/python benchmarks/frozen_embeddings.py ../shared/data

Measured here: Szeged news F1 0.476, wiki weasel 0.534 (C = 0.3; C = 1 and 3 within 0.02).
"""

from __future__ import annotations

import json
import random
import sys

import numpy as np
import torch
from hint_dropout import weasel_as_hedged
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

from pipeline.corpora import load_szeged
from pipeline.io import load_params
from pipeline.train import initial_model


@torch.inference_mode()
def embed(model, tokenizer, texts: list[str], batch_size: int = 64) -> np.ndarray:
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.zeros((len(texts), model.encoder.config.hidden_size), dtype=np.float32)
    for b in range(0, len(texts), batch_size):
        idx = order[b : b + batch_size]
        enc = tokenizer([texts[i] for i in idx], truncation=True, max_length=64, padding=True, return_tensors="pt")
        hidden = model.encoder(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"]).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1).float()
        out[idx] = ((hidden * mask).sum(1) / mask.sum(1)).numpy()
    return out


def main(data: str) -> dict:
    torch.set_num_threads(2)
    model, tokenizer = initial_model(load_params()["train"])
    model.eval()
    sets = {"szeged-news": (load_szeged(data, "factbank", "train"), load_szeged(data, "factbank", "test")),
            "wiki-weasel": (weasel_as_hedged(data, "train"), random.Random(5).sample(weasel_as_hedged(data, "test"), 1500))}
    out = {}
    for name, (train, test) in sets.items():
        x_train, x_test = embed(model, tokenizer, [e.text for e in train]), embed(model, tokenizer, [e.text for e in test])
        out[name] = {}
        for c in (0.3, 1.0, 3.0):
            clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(x_train, [e.hedged for e in train])
            out[name][f"C={c}"] = round(float(f1_score([e.hedged for e in test], clf.predict(x_test))), 3)
    return out


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
