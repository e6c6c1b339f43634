"""Stage 4: fine-tune one multi-task model: a shared MiniLM encoder, one head per task, loss masked per task.

Inputs are sentences (hedged, speculative, boosted, propaganda, techniques) and (target, sentence) pairs (stance).
A short, explicit loop (seeded, deterministic on CPU) with `datasets` for data and dvclive for logging.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from torch import nn

from pipeline.corpora import Example, ptc_tuning_articles, training_examples
from pipeline.io import FramingError, atomic_write_text, load_params, read_jsonl, resolve_base_model, write_json
from pipeline.records import BINARY_TASKS, STANCES, TECHNIQUES

IGNORE = -100
# The binary heads: the output labels, plus `weasel`, CoNLL-2010's Wikipedia convention (vague attribution such as
# "some experts say", peacock words, hedges). It disagrees with Szeged's `hedged` on a quarter of the same sentences,
# so it has a head of its own instead of pulling `hedged` two ways; its score is reported, it is not a label.
HEADS = (*BINARY_TASKS, "weasel")


class MultiTaskModel(nn.Module):
    def __init__(self, encoder: nn.Module, dropout: float = 0.1, stance_branch: int = 0) -> None:
        super().__init__()
        self.encoder = encoder
        self.task_weights: dict[str, float] = {}  # head -> loss weight while training (`task_weights` of fine_tune's params)
        self.distill = 0.0  # weight of the soft targets' loss while training (`distill` of fine_tune's params)
        self.stance_weights: torch.Tensor | None = None  # per-class weights of the stance loss while training
        self.branch_grad = 1.0  # share of the stance branch's gradient let into the shared layers while training
        hidden = encoder.config.hidden_size
        self.dropout = nn.Dropout(dropout)
        self.heads = nn.ModuleDict({t: nn.Linear(hidden, 1) for t in HEADS})
        self.heads["techniques"] = nn.Linear(hidden, len(TECHNIQUES))
        self.heads["stance"] = nn.Linear(hidden, len(STANCES))
        self.stance_branch: nn.ModuleList | None = None
        if stance_branch:
            self.add_stance_branch(stance_branch)
        self.lexical: dict = {}  # task -> pipeline/lexical.py scorer, averaged in by sentence_probs and framing analyze

    def add_stance_branch(self, k: int) -> None:
        """`train.stance_branch`: the stance head reads its own copy of the encoder's top `k` layers, fed by the
        shared layer below them, so that what stance learns there (the target marks, say) leaves the shared layers
        and the other heads alone; `branch_grad` sets how much of stance's gradient still reaches the layers below."""
        import copy

        layers = self.encoder.encoder.layer
        if not 0 < k <= len(layers):
            raise FramingError(f"train.stance_branch must be between 1 and {len(layers)} (the encoder's layers), not {k}")
        self.stance_branch = nn.ModuleList(copy.deepcopy(layers[len(layers) - k:]))

    def _stance_hidden(self, below: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """The branch's last hidden states from the shared hidden states below it."""
        from transformers.masking_utils import create_bidirectional_mask

        g = self.branch_grad if self.training else 1.0
        h = below if g == 1.0 else below.detach() if g == 0.0 else g * below + (1.0 - g) * below.detach()
        mask = create_bidirectional_mask(config=self.encoder.config, inputs_embeds=h, attention_mask=attention_mask)
        for layer in self.stance_branch:
            h = layer(h, mask)
        return h

    def forward(self, input_ids, attention_mask, token_type_ids=None, score_stance: bool = True, **labels):
        """Logits per head, and with labels the masked loss. `score_stance=False` (sentences, not pairs) leaves the
        stance branch out; its logits are then zeros."""
        kw = {"input_ids": input_ids, "attention_mask": attention_mask}
        if token_type_ids is not None:
            kw["token_type_ids"] = token_type_ids
        branch = self.stance_branch is not None and score_stance
        out = self.encoder(**kw, output_hidden_states=branch)
        mask = attention_mask.unsqueeze(-1).to(out.last_hidden_state.dtype)

        def pool(hidden, m):  # mean pooling, as MiniLM was trained
            return self.dropout((hidden * m).sum(1) / m.sum(1).clamp(min=1.0))

        pooled = pool(out.last_hidden_state, mask)
        logits = {t: self.heads[t](pooled).squeeze(-1) for t in HEADS}
        logits["techniques"] = self.heads["techniques"](pooled)
        if self.stance_branch is None:
            logits["stance"] = self.heads["stance"](pooled)
        elif not branch:
            logits["stance"] = pooled.new_zeros(len(input_ids), len(STANCES))
        else:  # while training, only the rows with a stance label pass through the branch; the rest get zeros
            rows = labels["stance"] != IGNORE if labels else torch.ones(len(input_ids), dtype=torch.bool)
            logits["stance"] = pooled.new_zeros(len(input_ids), len(STANCES))
            if rows.any():
                below = out.hidden_states[-len(self.stance_branch) - 1][rows]
                hidden = self._stance_hidden(below, attention_mask[rows])
                logits["stance"][rows] = self.heads["stance"](pool(hidden, mask[rows]))
        if not labels:
            return logits, None
        return logits, masked_loss(logits, labels, self.task_weights, self.distill, self.stance_weights)


def masked_loss(logits: dict, labels: dict, weights: dict[str, float] | None = None, distill: float = 0.0,
                stance_weights: torch.Tensor | None = None) -> torch.Tensor:
    """Weighted sum of per-task losses, each averaged over the examples that carry that task's label
    (`weights`: head -> weight, 1 where absent). With `distill` > 0 and soft targets in `labels` (`soft_<head>`,
    -1 where there is none; see `teacher_targets`), each head also learns, at that weight, the teacher's
    probabilities on the sentence examples that carry no label for it. `stance_weights`: one weight per stance
    class (see `stance_class_weights`)."""
    w = weights or {}
    total = logits["stance"].new_zeros(())
    bce = nn.functional.binary_cross_entropy_with_logits
    for t in HEADS:
        y = labels[t]
        keep = y != IGNORE
        if keep.any():
            total = total + float(w.get(t, 1.0)) * bce(logits[t][keep], y[keep].float())
        soft = labels.get(f"soft_{t}")
        if distill and soft is not None and (soft >= 0).any():
            keep = soft >= 0
            total = total + distill * float(w.get(t, 1.0)) * bce(logits[t][keep], soft[keep])
    keep = labels["techniques_mask"] > 0
    if keep.any():
        total = total + float(w.get("techniques", 1.0)) * bce(logits["techniques"][keep], labels["techniques"][keep].float())
    soft = labels.get("soft_techniques")
    if distill and soft is not None and (soft[:, 0] >= 0).any():
        keep = soft[:, 0] >= 0
        total = total + distill * float(w.get("techniques", 1.0)) * bce(logits["techniques"][keep], soft[keep])
    if (labels["stance"] != IGNORE).any():
        total = total + float(w.get("stance", 1.0)) * nn.functional.cross_entropy(logits["stance"], labels["stance"], weight=stance_weights,
                                                                                ignore_index=IGNORE)
    return total


# ---------------------------------------------------------------- data


def stance_class_weights(rows: list[dict]) -> torch.Tensor | None:
    """Inverse-frequency ("balanced") weights of the stance classes among the rows' stance labels: a rare class
    (BASIL's `favor` is 11% of its training pairs) weighs as much in the loss as a frequent one. None when a class
    has no example."""
    counts = np.bincount([r["stance"] for r in rows if r["stance"] != IGNORE], minlength=len(STANCES))
    if (counts == 0).any():
        return None
    return torch.tensor(counts.sum() / (len(STANCES) * counts), dtype=torch.float32)


MARK_OPEN, MARK_CLOSE = "<", ">"


def stance_sentence(text: str, marks, on: bool) -> str:
    """The stance pair's sentence: with `on` (`train.stance_marks`), each mention of the target (character spans
    `marks`: its name, alias or a pronoun resolved to it) between < and >, so that the model sees which words are
    the target ("<He> gambled. And he lost everything." for a "he" that is Lukashenko). One function for training,
    `evaluate`, `framing analyze` and `framing bench`."""
    if not on or not marks:
        return text
    out, pos = [], 0
    for s, e in sorted(set(marks)):
        if s < pos or not 0 <= s < e <= len(text):  # overlapping or outside: keep the first, skip the rest
            continue
        out += [text[pos:s], MARK_OPEN, text[s:e], MARK_CLOSE]
        pos = e
    return "".join(out) + text[pos:]


def example_row(ex: Example, marks: bool = False) -> dict:
    tech = [0.0] * len(TECHNIQUES)
    for t in ex.techniques or []:
        if t in TECHNIQUES:
            tech[TECHNIQUES.index(t)] = 1.0
    pair = stance_sentence(ex.text, ex.marks, marks) if ex.target else (ex.hint or "")
    row = {"text": ex.target or ex.text, "text_pair": pair, "source": ex.source}
    for t in HEADS:
        v = getattr(ex, t)
        row[t] = IGNORE if v is None else int(v)
    row["techniques"] = tech
    row["techniques_mask"] = 1 if ex.techniques is not None else 0
    row["stance"] = STANCES.index(ex.stance) if ex.stance else IGNORE
    return row


def seed_examples(rows: list[dict], targets: list[str]) -> list[Example]:
    """Weakly labeled seed sentences -> sentence examples, plus (target, sentence) pairs for mentioned targets."""
    out = []
    for r in rows:
        out.append(Example(r["text"], "seed", hedged=int(r["hedged"]), speculative=int(r["speculative"]),
                           boosted=int(r["boosted"]), propaganda=int(r["propaganda"]), techniques=list(r["techniques"])))
        mentioned = {m["target"] for m in r.get("mentions", [])}
        for t in targets:
            if t in mentioned and t in r["stance"]:  # no weak label where no labeling function voted
                out.append(Example(r["text"], "seed", target=t, stance=r["stance"][t], marks=row_marks(r, t)))
    return out


def row_marks(row: dict, target: str) -> tuple[tuple[int, int], ...]:
    """A labeled sentence record's mentions of `target` as character spans of its text (mentions carry article
    offsets)."""
    return tuple((m["start"] - row["start"], m["end"] - row["start"]) for m in row.get("mentions", []) if m["target"] == target)


def tokenize(rows: list[dict], tokenizer, max_length: int):
    from datasets import Dataset

    ds = Dataset.from_list(rows)

    def enc(batch):
        out = {"input_ids": [], "attention_mask": []}
        for text, pair in zip(batch["text"], batch["text_pair"]):
            e = tokenizer(text, pair or None, truncation=True, max_length=max_length)
            out["input_ids"].append(e["input_ids"])
            out["attention_mask"].append(e["attention_mask"])
        return out

    return ds.map(enc, batched=True, batch_size=256)


def _collate(tokenizer, features: list[dict]) -> dict:
    enc = tokenizer.pad([{"input_ids": f["input_ids"], "attention_mask": f["attention_mask"]} for f in features], return_tensors="pt")
    batch = {"input_ids": enc["input_ids"], "attention_mask": enc["attention_mask"]}
    for t in (*HEADS, "stance", "techniques_mask"):
        if t in features[0]:
            batch[t] = torch.tensor([f[t] for f in features])
    if "techniques" in features[0]:
        batch["techniques"] = torch.tensor([f["techniques"] for f in features])
    for t in (*HEADS, "techniques"):
        if f"soft_{t}" in features[0]:
            batch[f"soft_{t}"] = torch.tensor([f[f"soft_{t}"] for f in features], dtype=torch.float32)
    return batch


def teacher_targets(rows: list[dict], model, tokenizer, max_length: int, labeled: bool = False) -> None:
    """Learning without Forgetting (Li and Hoiem 2016): before stage 2 changes the model, its stage-1
    probabilities for every sentence example (not the stance pairs) become soft targets (`soft_<head>`) of the heads
    the example carries no label for, -1 elsewhere. Stage 2's seed sentences carry no `weasel` label and its replay
    lines label one corpus's tasks only, so without them nothing keeps those heads where stage 1 left them.
    With `labeled`, every head of a sentence example gets its soft target beside its label (`train.distill_labeled`;
    measured, not adopted: docs/model.md)."""
    sent = [i for i, r in enumerate(rows) if r["stance"] == IGNORE]
    p = predict(model, tokenizer, [rows[i]["text"] for i in sent], [rows[i]["text_pair"] or None for i in sent],
                max_length=max_length, stance=False) if sent else None
    for r in rows:
        for t in HEADS:
            r[f"soft_{t}"] = -1.0
        r["soft_techniques"] = [-1.0] * len(TECHNIQUES)
    for j, i in enumerate(sent):
        r = rows[i]
        for t in HEADS:
            if labeled or r[t] == IGNORE:
                r[f"soft_{t}"] = float(p[t][j])
        if labeled or not r["techniques_mask"]:
            r["soft_techniques"] = [float(x) for x in p["techniques"][j]]


def add_rule_features(examples: list[Example], hints: bool, rule_labels: list[str] | tuple = ()) -> None:
    """From one parse per sentence example: its cue hint (when `hints`), and for the tasks in `rule_labels` that
    the example's corpus does not annotate, the labeling functions' verdict (a cue was found) as a weak label.
    Public corpora annotate hedging and propaganda, not speculation or boosters: without this, those heads would
    learn only from the seed."""
    from pipeline import cues as C
    from pipeline.io import load_spacy

    if not hints:
        for e in examples:
            e.hint = None
    todo = [e for e in examples if e.target is None and ((hints and e.hint is None) or any(getattr(e, t) is None for t in rule_labels))]
    if not todo:
        return
    unique = sorted({e.text for e in todo})
    found = {}
    for text, doc in zip(unique, load_spacy().pipe(unique, batch_size=256, disable=["ner"])):
        span = doc[:]
        found[text] = (C.hedge_cues(span), C.speculation_cues(span), C.booster_cues(span), C.technique_cues(span))
    for e in todo:
        hedge, spec, boost, tech = found[e.text]
        if hints and e.hint is None:
            e.hint = C.hint(hedge, spec, boost, tech)
        for task, cues in (("speculative", spec), ("boosted", boost), ("hedged", hedge), ("propaganda", tech)):
            if task in rule_labels and getattr(e, task) is None:
                setattr(e, task, int(bool(cues)))


def sentence_probs(model, tokenizer, config: dict, texts: list[str], hints: list[str] | None = None) -> dict[str, np.ndarray]:
    """Per-task probabilities for sentences; supplies the cue hints when the model was trained with them, and
    averages the model's lexical scorers into their tasks (`propaganda`, `weasel`) where it has them (pipeline/lexical.py)."""
    if config.get("cue_hints") and hints is None:
        from pipeline.cues import hints_for
        from pipeline.io import load_spacy

        hints = hints_for(texts, load_spacy())
    out = predict(model, tokenizer, texts, hints if config.get("cue_hints") else None, max_length=int(config.get("max_length", 64)),
                  stance=False)
    from pipeline.lexical import combine_into

    return combine_into(getattr(model, "lexical", None), out, texts, hints)


def length_buckets(lengths: np.ndarray, batch_size: int, rng: np.random.Generator, pool: int = 50,
                   groups: np.ndarray | None = None) -> list[np.ndarray]:
    """Shuffled batches of similar length: shuffle, sort within pools of `pool` batches, shuffle the batches.
    Less padding, so about a third faster on CPU, and still a random order each epoch. With `groups` (one label per
    example), every batch holds examples of one group only (as MT-DNN's batches hold one task each)."""
    order = rng.permutation(len(lengths))
    parts = [order] if groups is None else [order[groups[order] == g] for g in sorted(set(groups.tolist()))]
    batches = []
    for part in parts:
        for p in range(0, len(part), batch_size * pool):
            chunk = part[p : p + batch_size * pool]
            chunk = chunk[np.argsort(lengths[chunk], kind="stable")]
            batches += [chunk[b : b + batch_size] for b in range(0, len(chunk), batch_size)]
    return [batches[i] for i in rng.permutation(len(batches))]


def set_determinism(seed: int, threads: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.set_num_threads(max(1, threads))
    torch.use_deterministic_algorithms(True, warn_only=True)


def initial_model(params: dict, init_dir: Path | str | None = None):
    """(model, tokenizer): from a saved checkpoint, or the pre-trained encoder with fresh heads."""
    from transformers import AutoModel, AutoTokenizer

    if init_dir is not None:
        model, tokenizer, _ = load_model(init_dir)
        return model, tokenizer
    path = resolve_base_model(params["base_model"])
    return MultiTaskModel(AutoModel.from_pretrained(path)), AutoTokenizer.from_pretrained(path)


def batch_group_labels(examples: list[Example], batch_groups: list[list[str]] | None) -> np.ndarray | None:
    """One label per example for `length_buckets(groups=...)`: the index of the listed group of corpora that holds
    its source; every source not listed shares one more group. None (batches mix everything) without groups."""
    if not batch_groups:
        return None
    where = {src: i for i, group in enumerate(batch_groups) for src in group}
    return np.array([where.get(e.source, len(batch_groups)) for e in examples])


def encoder_param_groups(model: MultiTaskModel, lr: float, decay: float = 1.0) -> list[dict]:
    """The optimiser's groups for the encoder's trainable weights. With `decay` 1 one group at `lr`; below 1,
    layer-wise learning-rate decay (ULMFiT's discriminative fine-tuning, as ELECTRA and DeBERTa fine-tune): the top
    layer at `lr`, each layer below at `decay` times the one above it, the embeddings below the lowest layer; the
    stance branch, a copy of the top layers, learns at `lr`."""
    branch = list(model.stance_branch.parameters()) if model.stance_branch is not None else []
    trainable = [(n, p) for n, p in model.encoder.named_parameters() if p.requires_grad]
    if decay == 1.0:
        return [{"params": [p for _, p in trainable] + branch, "lr": lr}]
    if not 0.0 < decay < 1.0:
        raise FramingError(f"train.layer_decay must be in (0, 1], not {decay}")
    n_layers = len(model.encoder.encoder.layer)
    depth: dict[int, list] = {}  # layers below the top: 0 for the top layer (and anything above it), n_layers for embeddings
    for name, p in trainable:
        m = re.match(r"encoder\.layer\.(\d+)\.", name)
        below = n_layers - 1 - int(m.group(1)) if m else (n_layers if name.startswith("embeddings.") else 0)
        depth.setdefault(below, []).append(p)
    depth.setdefault(0, []).extend(branch)
    return [{"params": ps, "lr": lr * decay ** k} for k, ps in sorted(depth.items())]


def fine_tune(examples: list[Example], params: dict, live=None, log_every: int = 20, init_dir: Path | str | None = None,
              epochs: float | None = None, batch_groups: list[list[str]] | None = None):
    """Train the multi-task model on `examples`, from `init_dir` if given; returns (model, tokenizer).
    `batch_groups`: lists of corpus sources whose examples get batches of their own (see `batch_group_labels`)."""
    from transformers import get_linear_schedule_with_warmup

    if not examples:
        raise FramingError("no training examples")
    set_determinism(int(params.get("seed", 13)), int(params.get("threads", 2)))
    add_rule_features(examples, bool(params.get("cue_hints", False)), params.get("rule_labels", []))
    model, tokenizer = initial_model(params, init_dir)
    if params.get("stance_branch") and model.stance_branch is None:  # a checkpoint with a branch keeps its own
        model.add_stance_branch(int(params["stance_branch"]))
    model.branch_grad = float(params.get("stance_branch_grad", 1.0))
    model.task_weights = {str(k): float(v) for k, v in (params.get("task_weights") or {}).items()}
    rows = [example_row(e, bool(params.get("stance_marks", False))) for e in examples]
    model.distill = float(params.get("distill") or 0.0) if init_dir is not None else 0.0
    model.stance_weights = stance_class_weights(rows) if params.get("stance_balanced") else None
    if model.distill:
        model.eval()
        teacher_targets(rows, model, tokenizer, int(params["max_length"]), bool(params.get("distill_labeled", False)))
    ds = tokenize(rows, tokenizer, int(params["max_length"]))
    ds = ds.remove_columns(["text", "text_pair", "source"])
    bs, epochs = int(params["batch_size"]), float(params["epochs"] if epochs is None else epochs)
    sources = batch_group_labels(examples, batch_groups)
    steps_per_epoch = (math.ceil(len(ds) / bs) if sources is None
                       else len(length_buckets(np.zeros(len(ds), dtype=int), bs, np.random.default_rng(0), groups=sources)))
    total = max(1, int(steps_per_epoch * epochs))
    if params.get("freeze_embeddings", False):  # 12M word-embedding weights: slow to update, little to gain
        model.encoder.embeddings.word_embeddings.requires_grad_(False)
    # the heads start from scratch and learn faster than the pre-trained encoder
    groups = [*encoder_param_groups(model, float(params["lr"]), float(params.get("layer_decay", 1.0))),
              {"params": model.heads.parameters(), "lr": float(params.get("head_lr", params["lr"]))}]
    opt = torch.optim.AdamW(groups, weight_decay=float(params.get("weight_decay", 0.0)))
    sched = get_linear_schedule_with_warmup(opt, int(total * float(params.get("warmup_ratio", 0.1))), total)
    rng = np.random.default_rng(int(params.get("seed", 13)))
    model.train()
    step, t0, running = 0, time.time(), 0.0
    lengths = np.array([len(x) for x in ds["input_ids"]])
    rows = ds.to_list()
    while step < total:
        for idx in length_buckets(lengths, bs, rng, groups=sources):
            if step >= total:
                break
            batch = _collate(tokenizer, [rows[int(i)] for i in idx])
            _, loss = model(**batch)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            running += float(loss.detach())
            if live is not None and (step % log_every == 0 or step == total):
                live.log_metric("train/loss", running / (log_every if step % log_every == 0 else step % log_every))
                live.log_metric("train/examples_per_s", step * bs / max(1e-6, time.time() - t0))
                live.next_step()
                running = 0.0
    model.eval()
    model.task_weights, model.distill, model.stance_weights, model.branch_grad = {}, 0.0, None, 1.0
    return model, tokenizer


def save_model(model: MultiTaskModel, tokenizer, out: Path, params: dict, card: dict) -> None:
    """safetensors weights, tokenizer, encoder config, label maps and a model card: everything to reload offline."""
    from safetensors.torch import save_file

    out.mkdir(parents=True, exist_ok=True)
    state = {k: v.contiguous() for k, v in model.state_dict().items()}
    save_file(state, str(out / ".model.safetensors.tmp"), metadata={"format": "pt"})
    (out / ".model.safetensors.tmp").replace(out / "model.safetensors")
    tokenizer.save_pretrained(str(out))
    model.encoder.config.save_pretrained(str(out / "encoder"))
    config = {
        "base_model": params["base_model"],
        "max_length": int(params["max_length"]),
        "cue_hints": bool(params.get("cue_hints", False)),
        "stance_marks": bool(params.get("stance_marks", False)),
        "stance_branch": len(model.stance_branch) if model.stance_branch is not None else 0,
        "tasks": {**{t: "binary" for t in HEADS}, "techniques": "multi_label", "stance": "multi_class"},
        "id2label": {"stance": dict(enumerate(STANCES)), "techniques": dict(enumerate(TECHNIQUES))},
        "label2id": {"stance": {s: i for i, s in enumerate(STANCES)}, "techniques": {t: i for i, t in enumerate(TECHNIQUES)}},
        "training": card,
    }
    write_json(out / "framing_config.json", config)
    atomic_write_text(out / "README.md", model_card(config))


def model_card(config: dict) -> str:
    tr = config["training"]
    lines = [
        "# framing multi-task classifier",
        "",
        f"Encoder: `{config['base_model']}` (MiniLM-L6, mean pooling), fine-tuned with one head per task: "
        "hedged, speculative, boosted, propaganda (binary), techniques (14 SemEval-2020 Task 11 names, multi-label), "
        f"stance toward a target (none/favor/against, input = target + sentence"
        f"{', the target mentions in it between < and >' if config.get('stance_marks') else ''}), and a `weasel` score "
        "(CoNLL-2010's Wikipedia convention: vague attribution, peacock words; reported, not a label).",
        "",
        "## Training data",
        f"- examples: {tr['n_examples']} ({', '.join(f'{k}: {v}' for k, v in tr['by_source'].items())})",
        f"- seed sentences carry weak labels (labeling functions + Snorkel LabelModel); public corpora carry human labels "
        f"(corpora dir: `{tr['corpora'] or 'none'}`, training splits only)",
        f"- epochs {tr['epochs']}, batch {tr['batch_size']}, lr {tr['lr']}, max length {config['max_length']}, seed {tr['seed']}",
        *_stage_one_line(tr.get("pretrained")),
        *(["- stance loss: classes weighted by inverse frequency (a rare `favor` weighs as much as `against` or `none`)"]
          if tr.get("stance_balanced") else []),
        *([f"- stance reads its own copy of the encoder's top {config['stance_branch']} layers (`train.stance_branch`)"]
          if config.get("stance_branch") else []),
        *([f"- stage 2 also learns stage 1's probabilities for the heads a sentence has no label for (Learning without "
           f"Forgetting), at loss weight {tr['distill']}{' (and for labeled heads too)' if tr.get('distill_labeled') else ''}"]
          if tr.get("distill") else []),
        "",
        "## Use",
        "`framing analyze ARTICLE.txt --model models/` — see the project README. Figures: `dvc metrics show`.",
        "",
        "## Limits",
        "English news only; the seed gold is one article; stance and technique heads are weakest (see reports/framing.md).",
        "",
    ]
    return "\n".join(lines)


def _stage_one_line(stage1: dict | None) -> list[str]:
    if not stage1:
        return []
    weights = ", ".join(f"{k} {v}" for k, v in (stage1.get("task_weights") or {}).items())
    weights = f"loss weights {weights} (1 for the other heads)" if weights else "every head at loss weight 1"
    return [f"- started from stage 1 (`pretrain`): {stage1['n_examples']} examples of the corpora, epochs {stage1['epochs']}, "
            f"{weights}"]


def load_model(folder: Path | str):
    """(model, tokenizer, config) from a folder written by `save_model`; one clear error if it is missing or broken."""
    from safetensors.torch import load_file
    from transformers import AutoConfig, AutoModel, AutoTokenizer

    folder = Path(folder)
    needed = ["model.safetensors", "framing_config.json", "encoder/config.json"]
    missing = [n for n in needed if not (folder / n).is_file()]
    if missing:
        raise FramingError(f"{folder}: not a framing model folder (missing {', '.join(missing)}); run `make repro` first")
    try:
        config = json.loads((folder / "framing_config.json").read_text("utf-8"))
        tokenizer = AutoTokenizer.from_pretrained(str(folder))
        encoder = AutoModel.from_config(AutoConfig.from_pretrained(str(folder / "encoder")))
        model = MultiTaskModel(encoder, stance_branch=int(config.get("stance_branch", 0)))
        model.load_state_dict(load_file(str(folder / "model.safetensors")))
    except FramingError:
        raise
    except Exception as e:  # corrupt weights or config: one line, not a traceback
        raise FramingError(f"{folder}: model could not be loaded ({type(e).__name__}: {str(e).splitlines()[0][:200]})") from None
    from pipeline.lexical import load_all as load_lexical

    model.lexical = load_lexical(folder)
    model.eval()
    return model, tokenizer, config


@torch.inference_mode()
def predict(model, tokenizer, texts: list[str], pairs: list[str | None] | None = None, max_length: int = 64, batch_size: int = 64,
            stance: bool = True) -> dict[str, np.ndarray]:
    """Probabilities per task for each input, batched in length order (fast) and returned in input order.
    `stance=False` for sentences (no target): a model with a stance branch (`train.stance_branch`) then skips it."""
    n = len(texts)
    pairs = pairs or [None] * n
    out = {t: np.zeros(n) for t in HEADS}
    out["techniques"] = np.zeros((n, len(TECHNIQUES)))
    out["stance"] = np.zeros((n, len(STANCES)))
    order = sorted(range(n), key=lambda i: len(texts[i]) + len(pairs[i] or ""))
    for b in range(0, n, batch_size):
        idx = order[b : b + batch_size]
        feats = []
        for i in idx:
            e = tokenizer(texts[i], pairs[i] or None, truncation=True, max_length=max_length)
            feats.append({"input_ids": e["input_ids"], "attention_mask": e["attention_mask"]})
        enc = tokenizer.pad(feats, return_tensors="pt")
        logits, _ = model(enc["input_ids"], enc["attention_mask"], score_stance=stance)
        for t in HEADS:
            out[t][idx] = torch.sigmoid(logits[t]).numpy()
        out["techniques"][idx] = torch.sigmoid(logits["techniques"]).numpy()
        out["stance"][idx] = torch.softmax(logits["stance"], -1).numpy()
    return out


def corpus_examples(params: dict) -> list[Example]:
    """Training splits of the public corpora named by `corpora.dir` (none when it is empty), sampled down to the caps
    with `corpora.seed` (default: `train.seed`), without the PTC articles that `train.thresholds.held_out` keeps for
    tuning thresholds (`pipeline.corpora.ptc_tuning_articles`, drawn with `train.seed`)."""
    corpora = params.get("corpora", {})
    seed = int(corpora.get("seed", params["train"].get("seed", 13)))
    data = corpora.get("dir") or None
    n_tuning = int((params["train"].get("thresholds") or {}).get("held_out", 0))
    withheld = {"ptc": ptc_tuning_articles(data, n_tuning, int(params["train"].get("seed", 13)))}
    return training_examples(data, corpora.get("cap", {}), seed, withheld)


# Human labels of the public corpora per task, and the seed examples that carry a weak label of that task.
REPLAY_TASKS: dict[str, Callable] = {
    "stance": lambda e: e.target is not None,
    "propaganda": lambda e: e.source == "ptc",
    "hedged": lambda e: e.target is None and e.source.startswith("szeged-"),
}
SEED_TASKS: dict[str, Callable] = {
    "stance": lambda e: e.target is not None,
    "propaganda": lambda e: e.target is None and e.propaganda is not None,
    "hedged": lambda e: e.target is None and e.hedged is not None,
}


def seed_sample(rows: list[dict], tr: dict) -> list[dict]:
    """The seed sentences stage 2 learns from: all of them, or `train.seed_sentences` drawn at random (seeded with
    `train.seed`) when the seed folder holds more, in their order. Stage 2's time grows with the seed, and its replay
    of human labels runs out (100 generated articles, 4,319 sentences, made 25,174 examples an epoch, 15,856 of them
    weak labels, against 918 for the one shipped article): the cap keeps `dvc repro` within its budget and the human
    labels in their share, whatever the folder holds."""
    cap = int(tr.get("seed_sentences") or 0)
    if not cap or len(rows) <= cap:
        return rows
    keep = sorted(random.Random(int(tr.get("seed", 13))).sample(range(len(rows)), cap))
    return [rows[i] for i in keep]


def seed_training_set(labeled_rows: list[dict], params: dict, corpus: list[Example]) -> list[Example]:
    """Weakly labeled seed sentences (weighted), plus a replay sample of the corpora so the second stage keeps
    what the first learned."""
    tr = params["train"]
    seed = seed_examples(seed_sample(labeled_rows, tr), list(params["label"]["targets"]))
    if tr.get("seed_weak_tasks") is not None:  # the tasks whose weak labels stage 2 learns (default: all)
        keep = set(tr["seed_weak_tasks"])
        seed = [e for e in seed if e.target is None or "stance" in keep]
        for e in seed:
            for task in ("hedged", "speculative", "boosted", "propaganda"):
                if task not in keep:
                    setattr(e, task, None)
            if "techniques" not in keep:
                e.techniques = None
    seed = seed * int(tr.get("seed_weight", 1))
    rng = random.Random(int(tr.get("seed", 13)))
    replay = rng.sample(corpus, min(len(corpus), int(tr.get("replay", 0))))
    # Each head sees in stage 2 at least `task_replay` times as many human labels as weak seed labels, so that the
    # seed's weak labels do not wash out what stage 1 learned (a uniform replay of 300 holds about 34 BASIL pairs and
    # 70 PTC lines against 168 weakly labeled seed pairs and 168 seed sentences).
    ratio = float(tr.get("task_replay", 0))
    chosen = {id(e) for e in replay}
    for task, human in REPLAY_TASKS.items():
        want = int(ratio * sum(SEED_TASKS[task](e) for e in seed))
        have = sum(human(e) for e in replay)
        if want > have:
            rest = [e for e in corpus if human(e) and id(e) not in chosen]
            more = rng.sample(rest, min(len(rest), want - have))
            chosen.update(id(e) for e in more)
            replay += more
    return seed + replay


def _card(examples: list[Example], params: dict, epochs: float, stage: str) -> dict:
    by_source: dict[str, int] = {}
    for e in examples:
        by_source[e.source] = by_source.get(e.source, 0) + 1
    tr = params["train"]
    return {"stage": stage, "n_examples": len(examples), "by_source": by_source,
            "corpora": params.get("corpora", {}).get("dir") or "", "epochs": epochs,
            **{k: tr[k] for k in ("batch_size", "lr", "seed")}, "stance_balanced": bool(tr.get("stance_balanced", False))}


def pretrain(out_dir: str = "data/pretrained") -> None:
    """Stage 1 of training: the public corpora's human labels (skipped, heads left fresh, without corpora)."""
    params = load_params()
    tr = params["train"]
    examples = corpus_examples(params)
    epochs = float(tr.get("pretrain_epochs", 1)) if examples else 0.0
    from dvclive import Live

    with Live("dvclive/pretrain", dvcyaml=None, save_dvc_exp=False) as live:
        t0 = time.time()
        if examples:
            # train.pretrain_task_weights: at full weight the stance pairs cost the hedge heads (docs/model.md)
            stage1 = dict(tr, task_weights=tr.get("pretrain_task_weights") or {})
            model, tokenizer = fine_tune(examples, stage1, live, epochs=epochs)
        else:
            set_determinism(int(tr.get("seed", 13)), int(tr.get("threads", 2)))
            model, tokenizer = initial_model(tr)
        live.log_metric("train/examples", len(examples), plot=False)
        live.log_metric("train/seconds", round(time.time() - t0, 1), plot=False)
    card = _card(examples, params, epochs, "pretrain")
    card["task_weights"] = dict(tr.get("pretrain_task_weights") or {}) if examples else {}
    save_model(model, tokenizer, Path(out_dir), tr, card)
    print(f"pretrain: {len(examples)} corpus examples -> {out_dir}/")


def main(labeled: str = "data/labeled/sentences.jsonl", out_dir: str = "models", init: str = "data/pretrained") -> None:
    """Stage 2 of training: the seed's weak labels (+ replay), starting from the pretrained checkpoint."""
    from dvclive import Live

    with Live("dvclive/train", dvcyaml=None, save_dvc_exp=False) as live:
        card = train_stage2(read_jsonl(labeled), load_params(), Path(out_dir), Path(init), live)
    seed = card["seed_sentences"]
    print(f"train: {card['n_examples']} examples {card['by_source']} ({seed['used']} of {seed['of']} seed sentences) "
          f"from {init}/ -> {out_dir}/")


def stage_two(tr: dict) -> dict:
    """Stage 2's training params: `train` with its own loss weights per head (`train.stage2_task_weights`)."""
    return dict(tr, task_weights=tr.get("stage2_task_weights") or {})


def train_stage2(labeled_rows: list[dict], params: dict, out_dir: Path, init: Path, live=None) -> dict:
    """The seed's weak labels plus a replay sample, fine-tuned from the checkpoint in `init`, saved to `out_dir`;
    returns the model card's training section."""
    tr = params["train"]
    examples = seed_training_set(labeled_rows, params, corpus_examples(params))
    used = len(seed_sample(labeled_rows, tr))
    t0 = time.time()
    model, tokenizer = fine_tune(examples, stage_two(tr), live, init_dir=init)
    if live is not None:
        live.log_metric("train/seconds", round(time.time() - t0, 1), plot=False)
    card = _card(examples, params, float(tr["epochs"]), "seed")
    card["pretrained"] = json.loads((init / "framing_config.json").read_text("utf-8"))["training"]
    card["distill"] = float(tr.get("distill") or 0.0)
    card["distill_labeled"] = bool(tr.get("distill_labeled", False))
    card["seed_sentences"] = {"used": used, "of": len(labeled_rows)}
    save_model(model, tokenizer, out_dir, tr, card)
    return card


if __name__ == "__main__":
    if sys.argv[1:2] == ["pretrain"]:
        pretrain(*sys.argv[2:])
    else:
        main(*sys.argv[1:])
