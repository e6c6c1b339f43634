"""Decision thresholds: the search, the propaganda gate on techniques, and their use by `framing analyze`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

from conftest import with_corpora
from pipeline.corpora import Example, training_examples
from pipeline.records import TECHNIQUES
from pipeline.thresholds import (
    best_threshold,
    held_out_ptc,
    lexical_tasks,
    run,
    technique_thresholds,
    threshold,
    tune,
    tune_binary,
)


def test_best_threshold_finds_the_f1_maximum_and_breaks_ties_toward_one_half():
    y = np.array([1, 1, 1, 0, 0, 0])
    p = np.array([0.3, 0.35, 0.4, 0.1, 0.2, 0.05])  # every positive is below 0.5
    t, f = best_threshold(y, p)
    assert (t, f) == (0.3, 1.0)  # 0.25 and 0.3 both separate the classes; 0.3 is nearer 0.5
    assert best_threshold(np.array([1, 0]), np.array([0.9, 0.1])) == (0.5, 1.0)  # a flat curve keeps the default


def test_tune_gates_techniques_on_propaganda_and_skips_rare_ones():
    name, rare = "Loaded_Language", "Slogans"
    k = TECHNIQUES.index(name)
    examples, prop, tech = [], [], []
    for i in range(50):
        positive = i < 20
        other = 20 <= i < 30  # propaganda lines with another technique: the threshold must tell them apart
        techs = [name] if positive else []
        if i == 0:
            techs.append(rare)
        examples.append(Example(f"line {i}", "test", propaganda=int(positive or other), techniques=techs))
        prop.append(0.4 if positive or other else 0.1)
        row = np.zeros(len(TECHNIQUES))
        row[k] = 0.3 if positive else 0.05 if other else 0.9 * (i % 2)  # negatives with a high score sit behind the gate
        tech.append(row)
    out = tune({"propaganda": np.array(prop), "techniques": np.array(tech)}, examples, min_support=10, min_f1=0.15)
    assert out["thresholds"]["propaganda"] == 0.4  # every t in (0.1, 0.4] separates; 0.4 is nearest 0.5
    assert out["report"]["propaganda"]["f1"] == 1.0 and out["report"]["propaganda"]["f1_at_default"] == 0.0
    assert out["thresholds"]["techniques"][name] <= 0.3 and out["report"][name]["best_f1"] == 1.0
    assert out["report"][name]["f1_all_gated"] == 0.8  # 20 of the 30 gated lines
    assert rare not in out["thresholds"]["techniques"]  # 1 positive < min_support: stays at 0.5


def test_threshold_lookups_default_to_one_half():
    config = {"thresholds": {"propaganda": 0.3, "techniques": {"Doubt": 0.2}}}
    assert threshold(config, "propaganda") == 0.3 and threshold(config, "hedged") == 0.5 and threshold({}, "hedged", 0.6) == 0.6
    cuts = technique_thresholds(config)
    assert cuts[TECHNIQUES.index("Doubt")] == 0.2 and cuts[TECHNIQUES.index("Slogans")] == 0.5


def test_lexical_setting_names_the_tasks_that_get_a_scorer():
    assert lexical_tasks({}) == lexical_tasks({"lexical": True}) == ("propaganda", "weasel", "techniques")
    assert lexical_tasks({"lexical": False}) == () and lexical_tasks({"lexical": ["weasel", "hedged"]}) == ("weasel",)


def test_weasel_threshold_is_the_best_held_out_f1():
    examples = [Example(f"line {i}", "test", weasel=int(i < 4)) for i in range(10)]
    p = np.array([0.3, 0.35, 0.4, 0.25, 0.1, 0.2, 0.05, 0.1, 0.2, 0.1])  # the head is under-confident: no positive at 0.5
    out = tune_binary(p, examples, "weasel")
    assert out == {"threshold": 0.25, "f1": 1.0, "f1_at_default": 0.0, "positives": 4}


LINES = [("The corrupt tyrant lied to his people again.", "Name_Calling,Labeling"),
         ("The council met on Tuesday to discuss the budget.", None),
         ("Only traitors would oppose this glorious plan.", "Name_Calling,Labeling"),
         ("Rain is expected in the north this weekend.", None)]


def _fake_ptc(root: Path, write_ptc) -> Path:
    """Two articles with the same four lines, two of them propaganda."""
    return write_ptc(root, {"1": LINES, "2": LINES})


def test_run_writes_thresholds_into_the_model_folder(tmp_path, tiny_model, params, write_ptc):
    from pipeline.train import corpus_examples

    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model, model_dir)
    data = _fake_ptc(tmp_path / "corpora", write_ptc)
    p = {**params, "corpora": {"dir": str(data), "cap": {"ptc": 1}}, "train": {**params["train"], "thresholds": {"held_out": 3, "min_support": 1}}}
    used = {e.text for e in corpus_examples(p)}  # one line of the article that is not tuned on
    held = held_out_ptc(p, 3)
    # the tuning article less the trained-on line, whose text it holds too
    assert len(used) == 1 and len(held) == 3 and not used & {e.text for e in held}
    tuned = run(model_dir, p)
    config = json.loads((model_dir / "framing_config.json").read_text("utf-8"))
    assert config["thresholds"] == tuned and 0.05 <= tuned["propaganda"] <= 0.95
    assert config["thresholds_tuning"]["n"] == 3
    assert "## Decision thresholds" in (model_dir / "README.md").read_text("utf-8")
    # without corpora nothing is tuned and the card says so; a rerun replaces the section instead of adding one
    run(model_dir, {**p, "corpora": {"dir": "", "cap": {}}})
    config = json.loads((model_dir / "framing_config.json").read_text("utf-8"))
    card = (model_dir / "README.md").read_text("utf-8")
    assert config["thresholds"] == {} and card.count("## Decision thresholds") == 1 and "None tuned" in card


def test_held_out_lines_skip_text_that_recurs_in_ptc_dev(tmp_path, params, write_ptc):
    data = _fake_ptc(tmp_path / "corpora", write_ptc)
    dev = data / "ptc-semeval2020t11" / "dev-articles"
    dev.mkdir()
    # the dev article repeats one training line, with other case and punctuation: it must not tune a threshold
    (dev / "article9.txt").write_text("THE COUNCIL MET ON TUESDAY TO DISCUSS THE BUDGET!\n", encoding="utf-8")
    for task in ("task-SI", "task-TC"):
        (data / "ptc-semeval2020t11" / f"dev-{task}.labels").write_text("", encoding="utf-8")
    p = {**params, "corpora": {"dir": str(data), "cap": {"ptc": 1}}, "train": {**params["train"], "thresholds": {"held_out": 50}}}
    held = {e.text for e in held_out_ptc(p, 50)}
    assert held and "The council met on Tuesday to discuss the budget." not in held


def test_analyze_labels_at_the_model_folders_thresholds(tiny_model, params):
    from pipeline.cli import build_analyzer
    from pipeline.records import Article

    analyzer = build_analyzer(tiny_model, params, [])
    article = [Article("t1", "The council met on Tuesday.\n\nIt might rain tomorrow, the forecaster said.\n")]
    analyzer.config["thresholds"] = {"propaganda": 0.0, "techniques": {t: 0.0 for t in TECHNIQUES}}
    rows = analyzer.analyze(article)
    assert rows and all(r["propaganda"] and len(r["techniques"]) == len(TECHNIQUES) for r in rows)
    analyzer.config["thresholds"] = {"propaganda": 1.01}
    assert not any(r["propaganda"] or r["techniques"] for r in analyzer.analyze(article))


def test_a_technique_the_head_cannot_separate_keeps_the_default():
    name = "Doubt"
    k = TECHNIQUES.index(name)
    rng = np.random.default_rng(0)
    examples = [Example(f"line {i}", "test", propaganda=1, techniques=[name] if i % 10 == 0 else []) for i in range(200)]
    tech = np.zeros((200, len(TECHNIQUES)))
    tech[:, k] = rng.uniform(0.0, 0.2, 200)  # the same scores for lines with and without the technique
    out = tune({"propaganda": np.full(200, 0.9), "techniques": tech}, examples, min_support=10, min_f1=0.3)
    assert name not in out["thresholds"]["techniques"] and out["report"][name]["adopted"] is False
    assert out["report"][name]["threshold"] == 0.5


def _szeged_wiki(root: Path, n: int = 30) -> list[str]:
    """A train-only Szeged wiki.xml written for the test: every third sentence holds a cue."""
    d = root / "szeged-uncertainty" / "corpora" / "old"
    d.mkdir(parents=True)
    texts, sents = [], []
    for i in range(n):
        if i % 3 == 0:
            texts.append(f"Town {i} may be the oldest in the region.")
            sents.append(f'<Sentence id="S{i}">Town {i} <ccue type="epistemic">may</ccue> be the oldest in the region.</Sentence>')
        else:
            texts.append(f"Town {i} has a port and a school.")
            sents.append(f'<Sentence id="S{i}">{texts[-1]}</Sentence>')
    (d / "wiki.xml").write_text(f"<Annotation><DocumentSet><Document><DocID>w1</DocID><DocumentPart>{''.join(sents)}"
                                "</DocumentPart></Document></DocumentSet></Annotation>", encoding="utf-8")
    return texts


def test_hedged_threshold_is_tuned_on_szeged_wiki_lines_outside_the_training_sample(tmp_path, model_copy, params):
    from pipeline.thresholds import held_out

    model_dir = model_copy
    data = tmp_path / "corpora"
    texts = _szeged_wiki(data)
    p = with_corpora(params, data, {"szeged_wiki": 12}, {"held_out": 12, "hedged_held_out": 9, "lexical": False})
    trained = {e.text for e in training_examples(data, {"szeged_wiki": 12}, int(params["train"]["seed"]))}
    tuning = held_out(p, "hedged", 9)
    assert len(tuning) == 9 and not trained & {e.text for e in tuning} and {e.text for e in tuning} <= set(texts)
    thresholds = run(model_dir, p)
    config = json.loads((model_dir / "framing_config.json").read_text("utf-8"))
    assert 0 < thresholds["hedged"] < 1 and config["thresholds"]["hedged"] == thresholds["hedged"]
    report = config["thresholds_tuning"]["hedged"]
    assert report["n"] == 9 and "Szeged wiki" in report["data"] and report["positives"] == sum(e.hedged for e in tuning)
    assert "- hedged:" in (model_dir / "README.md").read_text("utf-8")
    # not asked for (no `hedged_held_out`): 0.5 applies
    p_off = {**p, "train": {**p["train"], "thresholds": {"held_out": 12, "lexical": False}}}
    assert "hedged" not in run(model_dir, p_off)


def test_a_technique_threshold_that_only_repeats_the_propaganda_gate_is_not_adopted():
    """Name_Calling at 0.02 put the label on every line the gate passed (F1 equal to labeling them all): no decision."""
    name = "Name_Calling,Labeling"
    k = TECHNIQUES.index(name)
    examples, prop, tech = [], [], []
    for i in range(40):
        gated = i < 20
        examples.append(Example(f"line {i}", "test", propaganda=int(gated), techniques=[name] if i < 10 else []))
        prop.append(0.9 if gated else 0.1)
        row = np.zeros(len(TECHNIQUES))
        row[k] = 0.03 if gated else 0.0  # the head says the same for every gated line
        tech.append(row)
    out = tune({"propaganda": np.array(prop), "techniques": np.array(tech)}, examples, min_support=5, min_f1=0.25)
    report = out["report"][name]
    assert report["best_f1"] == report["f1_all_gated"] > 0.25  # best F1 reaches min_f1, but only by labeling all
    assert name not in out["thresholds"]["techniques"] and not report["adopted"] and report["threshold"] == 0.5


def test_stage_one_samples_no_line_of_a_ptc_tuning_article(tmp_path, params, write_ptc):
    """Stage 1 drew its PTC lines line by line from every training article, so the `propaganda` head had read about
    15% of each tuning article's lines before the thresholds were tuned on that article's other lines."""
    from pipeline.train import corpus_examples

    articles = {str(a): [(f"Line {i} of article {a} calls the plan glorious.", "Loaded_Language" if i % 2 else None)
                         for i in range(8)] for a in range(6)}
    data = write_ptc(tmp_path / "corpora", articles)
    p = {**params, "corpora": {"dir": str(data), "cap": {"ptc": 30}},
         "train": {**params["train"], "thresholds": {"held_out": 12}}}
    held = held_out_ptc(p, 12)
    tuned = {e.meta["article"] for e in held}
    trained = corpus_examples(p)
    assert len(tuned) == 2 and len(held) == 16  # two whole articles, every line of them
    assert len(trained) == 30 and not tuned & {e.meta["article"] for e in trained}
    assert held == held_out_ptc(p, 12) and trained == corpus_examples(p)  # the same draws every time
    # without a tuning budget no article is withheld: the sample draws from all six
    untuned = corpus_examples({**p, "train": {**p["train"], "thresholds": {"held_out": 0}}})
    assert len(untuned) == 30 and len({e.meta["article"] for e in untuned}) == 6
