import json

import numpy as np
import pytest
import torch

from pipeline.io import FramingError
from pipeline.records import BINARY_TASKS, STANCES, TECHNIQUES
from pipeline.train import HEADS, IGNORE, load_model, masked_loss, predict, seed_examples


def test_saved_folder_has_weights_tokenizer_label_maps_and_card(tiny_model):
    for name in ("model.safetensors", "tokenizer.json", "framing_config.json", "encoder/config.json", "README.md"):
        assert (tiny_model / name).is_file(), name
    cfg = json.loads((tiny_model / "framing_config.json").read_text())
    assert list(cfg["label2id"]["stance"]) == list(STANCES) and len(cfg["id2label"]["techniques"]) == len(TECHNIQUES)
    assert cfg["tasks"]["weasel"] == "binary"


def test_weasel_head_is_scored_beside_the_output_labels(tiny_model):
    m, t, _ = load_model(tiny_model)
    p = predict(m, t, ["Some experts say it is the best rifle ever made.", "It was introduced in 1958."])
    assert set(HEADS) == {*BINARY_TASKS, "weasel"} and p["weasel"].shape == (2,) and ((0 <= p["weasel"]) & (p["weasel"] <= 1)).all()


def test_reload_gives_identical_probabilities(tiny_model):
    m1, t1, _ = load_model(tiny_model)
    m2, t2, _ = load_model(tiny_model)
    texts = ["It might rain.", "The vote passed on Monday."]
    a, b = predict(m1, t1, texts), predict(m2, t2, texts)
    for task in BINARY_TASKS:
        assert np.array_equal(a[task], b[task])
    s = predict(m1, t1, ["Smith", "Smith"], ["Smith lied.", "Smith left."])["stance"]
    assert s.shape == (2, 3) and np.allclose(s.sum(1), 1, atol=1e-5)


def test_predict_returns_input_order(tiny_model):
    m, t, _ = load_model(tiny_model)
    texts = ["A much longer sentence about the negotiations that might fail.", "Short.", "Medium one here."]
    together = predict(m, t, texts)["hedged"]
    alone = [predict(m, t, [x])["hedged"][0] for x in texts]
    assert np.allclose(together, alone, atol=1e-5)


def _two_unlabeled_examples() -> tuple[dict, dict]:
    """Zero logits of every head for two examples, and labels with no task labeled."""
    logits = {t: torch.zeros(2) for t in HEADS}
    logits["techniques"] = torch.zeros(2, len(TECHNIQUES))
    logits["stance"] = torch.zeros(2, 3)
    labels = {t: torch.tensor([IGNORE, IGNORE]) for t in HEADS}
    labels["techniques"] = torch.zeros(2, len(TECHNIQUES))
    labels["techniques_mask"] = torch.tensor([0, 0])
    labels["stance"] = torch.tensor([IGNORE, IGNORE])
    return logits, labels


def test_masked_loss_ignores_unlabeled_tasks():
    logits, labels = _two_unlabeled_examples()
    assert float(masked_loss(logits, labels)) == 0.0
    labels["hedged"] = torch.tensor([1, IGNORE])
    assert float(masked_loss(logits, labels)) == pytest.approx(np.log(2), rel=1e-4)
    labels["weasel"] = torch.tensor([IGNORE, 0])
    assert float(masked_loss(logits, labels)) == pytest.approx(2 * np.log(2), rel=1e-4)
    # a weight scales its task's term only (train.pretrain_task_weights)
    assert float(masked_loss(logits, labels, {"hedged": 0.5})) == pytest.approx(1.5 * np.log(2), rel=1e-4)
    labels["stance"] = torch.tensor([0, IGNORE])
    assert float(masked_loss(logits, labels, {"stance": 0.5})) == pytest.approx((2 + 0.5 * np.log(3) / np.log(2)) * np.log(2), rel=1e-4)


def test_stage_one_alone_trains_with_the_pretrain_task_weights(monkeypatch, tmp_path):
    import pipeline.train as T
    from pipeline.corpora import Example

    monkeypatch.chdir(tmp_path)
    params = {"train": {"pretrain_epochs": 1, "pretrain_task_weights": {"stance": 0.5}, "seed": 13, "epochs": 1,
                        "batch_size": 8, "lr": 1e-4},
              "corpora": {}, "label": {"targets": {}}}
    seen = []
    monkeypatch.setattr(T, "load_params", lambda: params)
    monkeypatch.setattr(T, "corpus_examples", lambda p: [Example("It may rain.", "szeged-factbank", hedged=1)])
    monkeypatch.setattr(T, "fine_tune", lambda ex, tr, *a, **k: seen.append(tr.get("task_weights")) or (None, None))
    monkeypatch.setattr(T, "save_model", lambda *a, **k: None)
    T.pretrain(str(tmp_path / "pre"))
    assert seen == [{"stance": 0.5}]
    (tmp_path / "pre").mkdir()
    (tmp_path / "pre" / "framing_config.json").write_text(json.dumps({"training": {}}))
    T.train_stage2([], params, tmp_path / "out", tmp_path / "pre")
    assert seen[1] == {}  # stage 2 (seed + replay) weighs every task alike, not with stage 1's weights
    params["train"]["stage2_task_weights"] = {"hedged": 0.5}
    T.train_stage2([], params, tmp_path / "out", tmp_path / "pre")
    assert seen[2] == {"hedged": 0.5}  # ... unless it has weights of its own


def test_seed_examples_pair_only_mentioned_targets():
    rows = [{"text": "He lied.", "start": 40, "hedged": False, "speculative": False, "boosted": False, "propaganda": True,
             "techniques": ["Loaded_Language"], "stance": {"A": "against", "B": "none"},
             "mentions": [{"target": "A", "start": 40, "end": 42}]}]
    ex = seed_examples(rows, ["A", "B"])
    assert len(ex) == 2 and ex[1].target == "A" and ex[1].stance == "against"
    assert ex[1].marks == ((0, 2),)  # the mention's article offsets, made the sentence's


def test_seed_examples_skip_a_mentioned_target_without_weak_label():
    rows = [{"text": "A met B.", "start": 0, "hedged": False, "speculative": False, "boosted": False, "propaganda": False,
             "techniques": [], "stance": {"A": "none"},
             "mentions": [{"target": "A", "start": 0, "end": 1}, {"target": "B", "start": 6, "end": 7}]}]
    ex = seed_examples(rows, ["A", "B"])
    assert [(e.target, e.stance) for e in ex] == [(None, None), ("A", "none")]


@pytest.mark.parametrize("marks, on, expected", [
    (((0, 2), (19, 21)), True, "<He> gambled, and so <he> lost."),
    (((0, 2),), False, "He gambled, and so he lost."),  # train.stance_marks off: the sentence as written
    ((), True, "He gambled, and so he lost."),  # no mention found (BASIL pairs whose target is not named)
    (((19, 21), (0, 2), (0, 2)), True, "<He> gambled, and so <he> lost."),  # any order, duplicates once
    (((0, 10), (3, 10)), True, "<He gambled>, and so he lost."),  # overlapping: the first only
])
def test_stance_sentence_marks_the_target_mentions(marks, on, expected):
    from pipeline.train import stance_sentence

    assert stance_sentence("He gambled, and so he lost.", marks, on) == expected


def test_a_stance_example_row_reads_the_marked_sentence_only_when_marks_are_on():
    from pipeline.corpora import Example
    from pipeline.train import example_row

    e = Example("Then he lied.", "seed", target="A", stance="against", marks=((5, 7),))
    assert example_row(e, True)["text_pair"] == "Then <he> lied." and example_row(e)["text_pair"] == "Then he lied."
    assert example_row(e, True)["text"] == "A"


def test_stage_two_replay_holds_per_task_as_many_human_labels_as_weak_seed_labels():
    from pipeline.corpora import Example
    from pipeline.train import seed_training_set

    rows = [{"text": f"A met B {i}.", "start": 0, "hedged": False, "speculative": False, "boosted": False, "propaganda": False,
             "techniques": [], "stance": {"A": "none", "B": "against"},
             "mentions": [{"target": "A", "start": 0, "end": 1}, {"target": "B", "start": 6, "end": 7}]}
            for i in range(5)]
    corpus = [Example(f"line {i}", "szeged-factbank", hedged=0) for i in range(90)] + \
             [Example(f"X said {i}", "basil", target="X", stance="favor") for i in range(30)] + \
             [Example(f"ptc {i}", "ptc", propaganda=1) for i in range(6)]
    params = {"label": {"targets": {"A": [], "B": []}}, "train": {"seed": 13, "seed_weight": 2, "replay": 12}}
    plain = seed_training_set(rows, params, corpus)
    assert len(plain) == 5 * 3 * 2 + 12  # sentence + two pairs per row, twice; the uniform replay sample
    params["train"]["task_replay"] = 1.0
    replay = seed_training_set(rows, params, corpus)[30:]
    assert replay[:12] == plain[30:] and len({id(e) for e in replay}) == len(replay)  # the same sample, no repeats
    assert sum(e.target is not None for e in replay) == 20  # as many as the 20 weighted seed pairs
    assert sum(e.source.startswith("szeged") for e in replay) >= 10  # as many as the 10 weighted seed sentences
    assert sum(e.source == "ptc" for e in replay) == 6  # wanted 10, the corpus holds 6: each once
    params["train"]["task_replay"] = 5.0  # more than the corpus holds: all 30 pairs once
    assert sum(e.target is not None for e in seed_training_set(rows, params, corpus)[30:]) == 30


@pytest.mark.parametrize("broken", ["missing", "corrupt"])
def test_missing_or_corrupt_model_is_one_line(tmp_path, tiny_model, broken):
    if broken == "corrupt":
        import shutil

        shutil.copytree(tiny_model, tmp_path / "m")
        (tmp_path / "m" / "model.safetensors").write_bytes(b"not weights")
    with pytest.raises(FramingError) as e:
        load_model(tmp_path / "m")
    assert "\n" not in str(e.value) and str(tmp_path / "m") in str(e.value)


def test_length_buckets_cover_every_example_once_and_group_lengths():
    from pipeline.train import length_buckets

    rng = np.random.default_rng(0)
    lengths = rng.integers(5, 60, size=1000)
    batches = length_buckets(lengths, 32, np.random.default_rng(1), pool=10)
    flat = np.concatenate(batches)
    assert sorted(flat.tolist()) == list(range(1000))
    spread = np.mean([lengths[b].max() - lengths[b].min() for b in batches])
    assert spread < 10  # random batches of 32 would spread over ~50


def test_batch_groups_keep_listed_corpora_in_batches_of_their_own():
    from pipeline.corpora import Example
    from pipeline.train import batch_group_labels, length_buckets

    sources = ["szeged-factbank", "ptc", "basil", "wiki-weasel", "szeged-wiki"] * 200
    examples = [Example(f"Sentence {i}.", s) for i, s in enumerate(sources)]
    assert batch_group_labels(examples, []) is None
    groups = batch_group_labels(examples, [["ptc"], ["basil"]])
    assert groups[:5].tolist() == [2, 0, 1, 2, 2]  # the hedge corpora, not listed, share one group
    lengths = np.random.default_rng(0).integers(5, 60, size=len(examples))
    batches = length_buckets(lengths, 32, np.random.default_rng(1), pool=10, groups=groups)
    assert sorted(np.concatenate(batches).tolist()) == list(range(len(examples)))
    assert all(len(set(groups[b].tolist())) == 1 for b in batches)
    assert {s for b in batches for s in {sources[i] for i in b}} == set(sources)
    # a batch of the shared group mixes its corpora
    assert any(len({sources[i] for i in b}) == 3 for b in batches if groups[b[0]] == 2)


def test_corpus_sample_follows_corpora_seed_so_stage_two_can_vary_alone(monkeypatch):
    import pipeline.train as T

    seen = []
    monkeypatch.setattr(T, "training_examples", lambda data, caps, seed, withheld: seen.append(seed) or [])
    params = {"corpora": {"dir": "x", "cap": {}}, "train": {"seed": 14}}
    T.corpus_examples(params)
    T.corpus_examples({**params, "corpora": {**params["corpora"], "seed": 13}})
    assert seen == [14, 13]


def test_model_card_names_both_stages_and_the_stage_one_loss_weights():
    from pipeline.train import model_card

    stage1 = {"stage": "pretrain", "n_examples": 15000, "by_source": {"ptc": 2500}, "corpora": "../data", "epochs": 2.0,
              "batch_size": 32, "lr": 5e-5, "seed": 13, "task_weights": {"stance": 0.5}}
    stage2 = {**stage1, "stage": "seed", "n_examples": 864, "epochs": 4.0, "task_weights": {}, "pretrained": stage1}
    card = model_card({"base_model": "m", "max_length": 64, "training": stage2})
    assert "stage 1" in card and "15000 examples" in card and "stance 0.5" in card
    assert "Learning without Forgetting" not in card
    card = model_card({"base_model": "m", "max_length": 64, "training": {**stage2, "distill": 3.0}})
    assert "Learning without Forgetting), at loss weight 3.0" in card
    assert "inverse frequency" not in card
    assert "classes weighted by inverse frequency" in model_card({"base_model": "m", "max_length": 64,
                                                                  "training": {**stage2, "stance_balanced": True}})
    assert "own copy of the encoder's top" not in card
    assert "stance reads its own copy of the encoder's top 3 layers" in model_card(
        {"base_model": "m", "max_length": 64, "stance_branch": 3, "training": stage2})


def test_soft_targets_add_a_distillation_term_only_where_given_and_only_with_a_weight():
    logits, labels = _two_unlabeled_examples()
    logits["weasel"] = torch.tensor([2.0, -1.0])
    labels["soft_weasel"] = torch.tensor([0.8, -1.0])  # the second example has no soft target
    assert float(masked_loss(logits, labels)) == 0.0  # no weight, no term
    sig = 1 / (1 + np.exp(-2.0))
    expected = -(0.8 * np.log(sig) + 0.2 * np.log(1 - sig))
    assert float(masked_loss(logits, labels, distill=0.5)) == pytest.approx(0.5 * expected, rel=1e-4)
    labels["soft_techniques"] = torch.full((2, len(TECHNIQUES)), -1.0)
    labels["soft_techniques"][1] = 0.5
    assert float(masked_loss(logits, labels, distill=0.5)) == pytest.approx(0.5 * expected + 0.5 * np.log(2), rel=1e-4)


def test_teacher_targets_cover_the_heads_a_sentence_has_no_label_for_and_no_pair(tiny_model):
    from pipeline.corpora import Example
    from pipeline.train import example_row, teacher_targets

    m, tok, _ = load_model(tiny_model)
    rows = [example_row(e) for e in (Example("It may rain.", "szeged-factbank", hedged=1),
                                     Example("The sham vote was rigged.", "ptc", propaganda=1, techniques=["Loaded_Language"]),
                                     Example("The tyrant lied.", "basil", target="Smith", stance="against"))]
    teacher_targets(rows, m, tok, 64)
    alone = predict(m, tok, ["It may rain.", "The sham vote was rigged."])
    assert rows[0]["soft_hedged"] == -1.0 and rows[0]["soft_weasel"] == pytest.approx(alone["weasel"][0], abs=1e-5)
    assert rows[0]["soft_techniques"] == pytest.approx(alone["techniques"][0].tolist(), abs=1e-5)
    assert rows[1]["soft_propaganda"] == -1.0 and rows[1]["soft_techniques"] == [-1.0] * len(TECHNIQUES)
    assert rows[1]["soft_hedged"] == pytest.approx(alone["hedged"][1], abs=1e-5)
    assert all(rows[2][f"soft_{t}"] == -1.0 for t in HEADS) and rows[2]["soft_techniques"] == [-1.0] * len(TECHNIQUES)
    teacher_targets(rows, m, tok, 64, labeled=True)  # `train.distill_labeled`: labeled heads too, still no pair
    assert rows[0]["soft_hedged"] == pytest.approx(alone["hedged"][0], abs=1e-5)
    assert rows[1]["soft_techniques"] == pytest.approx(alone["techniques"][1].tolist(), abs=1e-5)
    assert rows[2]["soft_hedged"] == -1.0


def test_distillation_keeps_an_unlabeled_head_nearer_the_starting_checkpoint(tiny_model, params):
    """Stage 2 (`train.distill`): examples that label `hedged` only move the `weasel` head less with soft targets."""
    from pipeline.corpora import Example
    from pipeline.train import fine_tune

    texts = ["It may rain.", "He might come.", "The vote passed.", "They met on Monday.", "Perhaps it fails.", "It opened."]
    m0, tok, _ = load_model(tiny_model)
    before = predict(m0, tok, texts)["weasel"]
    drift = {}
    for weight in (0.0, 5.0):
        examples = [Example(t, "szeged-factbank", hedged=int(i % 2 == 0)) for i, t in enumerate(texts)] * 4
        tr = dict(params["train"], epochs=3, batch_size=4, lr=5e-4, head_lr=5e-3, cue_hints=False, rule_labels=[],
                  distill=weight)
        m, t = fine_tune(examples, tr, init_dir=tiny_model)
        drift[weight] = float(np.abs(predict(m, t, texts)["weasel"] - before).mean())
    assert drift[5.0] < 0.5 * drift[0.0]


def test_model_card_says_plainly_when_stage_one_weighs_every_head_alike():
    from pipeline.train import model_card

    stage1 = {"stage": "pretrain", "n_examples": 10, "by_source": {}, "corpora": "", "epochs": 1.0, "batch_size": 8,
              "lr": 5e-5, "seed": 13, "task_weights": {}}
    card = model_card({"base_model": "m", "max_length": 64, "training": {**stage1, "stage": "seed", "pretrained": stage1}})
    assert "every head at loss weight 1" in card and "(1 for the other heads)" not in card


def test_seed_weak_tasks_keep_only_the_listed_weak_labels_of_the_seed():
    from pipeline.train import seed_training_set

    rows = [{"text": "A may lie.", "start": 0, "hedged": True, "speculative": True, "boosted": False, "propaganda": True,
             "techniques": ["Loaded_Language"], "stance": {"A": "against"}, "mentions": [{"target": "A", "start": 0, "end": 1}]}]
    params = {"label": {"targets": {"A": []}}, "train": {"seed": 13, "seed_weight": 1, "replay": 0}}
    every = seed_training_set(rows, params, [])
    assert [(e.hedged, e.propaganda, e.stance) for e in every] == [(1, 1, None), (None, None, "against")]
    params["train"]["seed_weak_tasks"] = ["speculative", "propaganda"]
    (only,) = seed_training_set(rows, params, [])  # no stance pair without "stance"
    assert (only.hedged, only.speculative, only.boosted, only.propaganda, only.techniques) == (None, 1, None, 1, None)


def test_stage_two_reads_its_own_loss_weights():
    from pipeline.train import stage_two

    tr = {"lr": 1e-5, "pretrain_task_weights": {"stance": 0.5}, "stage2_task_weights": {"hedged": 0.25}}
    assert stage_two(tr)["task_weights"] == {"hedged": 0.25} and stage_two({"lr": 1e-5})["task_weights"] == {}


def test_balanced_stance_weights_make_a_rare_class_weigh_as_much_as_a_frequent_one():
    from pipeline.train import stance_class_weights

    rows = [{"stance": STANCES.index(s)} for s in ["none"] * 6 + ["against"] * 3 + ["favor"]] + [{"stance": IGNORE}] * 4
    w = stance_class_weights(rows)
    counts = {"none": 6, "against": 3, "favor": 1}
    assert all(float(w[STANCES.index(s)]) * n == pytest.approx(10 / 3) for s, n in counts.items())
    assert stance_class_weights([{"stance": STANCES.index("none")}]) is None  # a class without examples: unweighted
    logits, labels = _two_unlabeled_examples()
    labels["stance"] = torch.tensor([STANCES.index("favor"), STANCES.index("none")])
    plain = float(masked_loss(logits, labels))
    weighted = float(masked_loss(logits, labels, stance_weights=w))
    assert plain == pytest.approx(np.log(3), rel=1e-4) and weighted == pytest.approx(np.log(3), rel=1e-4)  # a weighted mean
    logits["stance"] = torch.tensor([[0.0, 0.0, 0.0], [5.0, 0.0, 0.0]])  # the `none` example right, the `favor` one not
    assert float(masked_loss(logits, labels, stance_weights=w)) > float(masked_loss(logits, labels))


def _small_bert(layers: int = 4):
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    return BertModel(BertConfig(vocab_size=50, hidden_size=16, num_hidden_layers=layers, num_attention_heads=2,
                                intermediate_size=32, max_position_embeddings=32))


def _stance_batch(n: int = 3) -> dict:
    logits, labels = _two_unlabeled_examples()
    labels = {k: torch.cat([v, v[:1]])[:n] for k, v in labels.items()}
    labels["stance"] = torch.tensor([STANCES.index("against"), IGNORE, STANCES.index("favor")])[:n]
    ids = torch.tensor([[2, 7, 9, 11, 3], [2, 5, 6, 3, 0], [2, 8, 3, 0, 0]])[:n]
    return {"input_ids": ids, "attention_mask": (ids > 0).long(), **labels}


def test_a_stance_branch_starts_as_a_copy_of_the_top_layers():
    """`train.stance_branch: k`: the stance head reads its own copy of the encoder's top k layers; copied, it gives
    what the shared layers give until training moves either."""
    from pipeline.train import MultiTaskModel

    plain = MultiTaskModel(_small_bert()).eval()
    branched = MultiTaskModel(_small_bert(), stance_branch=2).eval()
    branched.heads.load_state_dict(plain.heads.state_dict())
    batch = _stance_batch()
    with torch.no_grad():
        a, _ = plain(batch["input_ids"], batch["attention_mask"])
        b, _ = branched(batch["input_ids"], batch["attention_mask"])
    assert len(branched.stance_branch) == 2
    for task in (*HEADS, "techniques", "stance"):
        assert torch.allclose(a[task], b[task], atol=1e-5), task
    with pytest.raises(FramingError, match="stance_branch"):
        MultiTaskModel(_small_bert(), stance_branch=5)


@pytest.mark.parametrize("grad", [0.0, 1.0])
def test_the_stance_loss_reaches_the_shared_layers_only_as_far_as_the_branch_gradient_lets_it(grad):
    """`train.stance_branch_grad`: 0 keeps the shared encoder free of stance (marks and all); 1 lets stance train the
    layers below the branch as without one. The shared top layers never learn from stance."""
    from pipeline.train import MultiTaskModel

    model = MultiTaskModel(_small_bert(), stance_branch=2)
    model.branch_grad = grad
    _, loss = model(**_stance_batch())
    loss.backward()
    below = [p.grad for p in model.encoder.encoder.layer[1].parameters()]
    above = [p.grad for p in model.encoder.encoder.layer[3].parameters()]
    assert all(g is None or not g.any() for g in above)
    assert all(g is not None and g.any() for g in (p.grad for p in model.stance_branch.parameters()))
    reached = any(g is not None and g.any() for g in below)
    assert reached == (grad > 0)


def test_the_branch_is_run_on_the_stance_pairs_only_while_training():
    """A training batch mixes sentences and stance pairs: only the pairs pass through the branch (less compute);
    the loss equals the one computed over every row."""
    from pipeline.train import MultiTaskModel

    model = MultiTaskModel(_small_bert(), stance_branch=2).eval()
    batch = _stance_batch()
    with torch.no_grad():
        full, _ = model(batch["input_ids"], batch["attention_mask"])
        _, loss = model(**batch)
    keep = batch["stance"] != IGNORE
    expected = torch.nn.functional.cross_entropy(full["stance"][keep], batch["stance"][keep])
    assert float(loss) == pytest.approx(float(expected), rel=1e-5)


def test_a_model_with_a_stance_branch_saves_and_reloads_it(tmp_path, params):
    """The model folder records the branch (`framing_config.json`), so `framing analyze` rebuilds it."""
    from pipeline.corpora import Example
    from pipeline.train import fine_tune, save_model

    examples = [Example("It might rain.", "test", hedged=1), Example("The tyrant lied.", "test", target="Smith", stance="against"),
                Example("The report came out.", "test", target="Smith", stance="none")]
    tr = dict(params["train"], epochs=1, batch_size=4, cue_hints=False, rule_labels=[], stance_branch=2, stance_branch_grad=0.0)
    model, tok = fine_tune(examples, tr)
    assert model.stance_branch is not None and len(model.stance_branch) == 2
    save_model(model, tok, tmp_path, tr, {"n_examples": 3, "by_source": {}, "corpora": "", "epochs": 1, "batch_size": 4,
                                          "lr": tr["lr"], "seed": tr["seed"]})
    assert json.loads((tmp_path / "framing_config.json").read_text())["stance_branch"] == 2
    again, tok2, _ = load_model(tmp_path)
    pairs = (["Smith", "Smith"], ["The tyrant lied.", "It rained."])
    assert np.allclose(predict(model, tok, *pairs)["stance"], predict(again, tok2, *pairs)["stance"], atol=1e-6)
    stage2, _ = fine_tune(examples, dict(tr, stance_branch=0), init_dir=tmp_path)  # a checkpoint keeps its branch
    assert stage2.stance_branch is not None


def test_sentence_predictions_skip_the_stance_branch(monkeypatch):
    """`predict(..., stance=False)` (sentences, not pairs) leaves the branch out: the same sentence scores, none of
    its compute."""
    from transformers import BertTokenizerFast

    from pipeline.io import resolve_base_model
    from pipeline.train import MultiTaskModel

    tok = BertTokenizerFast.from_pretrained(resolve_base_model("sentence-transformers/all-MiniLM-L6-v2"))
    model = MultiTaskModel(_small_bert(), stance_branch=2).eval()
    model.encoder.resize_token_embeddings(len(tok))
    texts = ["It might rain.", "The vote passed on Monday."]
    both = predict(model, tok, texts)

    def boom(*a, **k):
        raise AssertionError("the branch ran")

    monkeypatch.setattr(model, "_stance_hidden", boom)
    alone = predict(model, tok, texts, stance=False)
    for task in (*HEADS, "techniques"):
        assert np.allclose(both[task], alone[task], atol=1e-6), task
    with pytest.raises(AssertionError, match="the branch ran"):
        predict(model, tok, texts)


# `train` settings that only stage 2 (or the threshold tuning after it) reads, or that set the machine rather than
# the model; every other `train` setting shapes stage 1 too and must be among the `pretrain` stage's params.
STAGE_TWO_ONLY = {"epochs", "replay", "task_replay", "distill", "distill_labeled", "stage2_task_weights",
                  "seed_weak_tasks", "seed_weight", "seed_sentences", "thresholds", "threads"}


def test_every_setting_that_shapes_stage_one_reruns_it():
    """`dvc repro` reruns `pretrain` when a setting it reads changes: `train.stance_marks` once went unlisted."""
    import yaml

    from pipeline.io import ROOT

    train = yaml.safe_load((ROOT / "params.yaml").read_text())["train"]
    stage = yaml.safe_load((ROOT / "dvc.yaml").read_text())["stages"]["pretrain"]["params"]
    listed = {p.split(".", 1)[1] for p in stage if isinstance(p, str) and p.startswith("train.")}
    assert sorted(set(train) - STAGE_TWO_ONLY - listed) == []
    for key in ("stance_marks", "stance_branch", "stance_branch_grad", "layer_decay"):
        assert key in train, f"train.{key}: set it in params.yaml, so that dvc can track it"


def test_layer_decay_gives_each_lower_layer_a_smaller_learning_rate():
    """`train.layer_decay` below 1: the top layer learns at `lr`, each layer below at `decay` times the one above, the
    embeddings below the lowest; every trainable encoder weight is in exactly one group. At 1: one group, as before."""
    from pipeline.train import MultiTaskModel, encoder_param_groups

    model = MultiTaskModel(_small_bert(layers=4), stance_branch=1)
    model.encoder.embeddings.word_embeddings.requires_grad_(False)
    trainable = [p for p in model.encoder.parameters() if p.requires_grad] + list(model.stance_branch.parameters())
    (one,) = encoder_param_groups(model, 1e-4)
    assert one["lr"] == 1e-4 and {id(p) for p in one["params"]} == {id(p) for p in trainable}

    groups = encoder_param_groups(model, 1e-4, 0.5)
    assert [g["lr"] for g in groups] == pytest.approx([1e-4, 5e-5, 2.5e-5, 1.25e-5, 6.25e-6])
    ids = [id(p) for g in groups for p in g["params"]]
    assert sorted(ids) == sorted(id(p) for p in trainable)
    lr_of = {id(p): g["lr"] for g in groups for p in g["params"]}
    layer = model.encoder.encoder.layer
    assert lr_of[id(layer[3].attention.self.query.weight)] == pytest.approx(1e-4)
    assert lr_of[id(layer[0].output.dense.weight)] == pytest.approx(1.25e-5)
    assert lr_of[id(model.encoder.embeddings.position_embeddings.weight)] == pytest.approx(6.25e-6)
    assert lr_of[id(next(model.stance_branch.parameters()))] == pytest.approx(1e-4)
    assert id(model.encoder.embeddings.word_embeddings.weight) not in lr_of
    with pytest.raises(FramingError, match="layer_decay"):
        encoder_param_groups(model, 1e-4, 1.5)


def test_stage_two_learns_at_most_seed_sentences_of_the_seed_whatever_the_folder_holds():
    from pipeline.train import seed_training_set

    rows = [{"article": f"a{i // 10}", "text": f"A met B {i}.", "start": 0, "hedged": i % 3 == 0, "speculative": False,
             "boosted": False, "propaganda": False, "techniques": [], "stance": {"A": "against"},
             "mentions": [{"target": "A", "start": 0, "end": 1}]} for i in range(40)]
    params = {"label": {"targets": {"A": []}}, "train": {"seed": 13, "seed_weight": 2, "replay": 0, "seed_sentences": 12}}
    capped = seed_training_set(rows, params, [])
    sentences = [e.text for e in capped if e.target is None]
    assert len(sentences) == 24 and len(set(sentences)) == 12  # 12 sentences, each twice (seed_weight)
    assert sorted(e.text for e in capped if e.target == "A") == sorted(sentences)  # each keeps its stance pair
    assert len({int(t.split()[-1][:-1]) // 10 for t in sentences}) > 1  # sentences, not the first article whole
    assert [e.text for e in seed_training_set(rows, params, [])] == [e.text for e in capped]  # the same draw again
    params["train"]["seed_sentences"] = 40  # at or above the folder's size: every sentence, in order, as before
    assert [e.text for e in seed_training_set(rows, params, []) if e.target is None][:40] == [r["text"] for r in rows]
