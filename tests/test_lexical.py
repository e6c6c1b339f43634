"""The TF-IDF scorers averaged into the transformer's `propaganda` and `weasel` probabilities."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from pipeline import lexical
from pipeline.corpora import Example
from pipeline.io import FramingError

LINES = [("The corrupt tyrant lied to his people again.", 1), ("Only traitors would oppose this glorious plan.", 1),
         ("The corrupt regime lied about the glorious victory.", 1), ("Traitors and liars run the corrupt regime.", 1),
         ("The council met on Tuesday to discuss the budget.", 0), ("Rain is expected in the north this weekend.", 0),
         ("The council approved the budget on Tuesday.", 0), ("The weekend weather in the north was mild.", 0)]
TESTS = ["The corrupt traitors lied.", "The council met in the north.", "Glorious!", "Words nobody trained on."]


def _examples():
    return [Example(t, "test", propaganda=y) for t, y in LINES]


def test_scores_equal_sklearns_fitted_pipeline():
    scorer = lexical.fit(_examples())
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    X = vec.fit_transform([t for t, _ in LINES])
    lr = LogisticRegression(max_iter=2000, C=2.0, class_weight="balanced").fit(X, [y for _, y in LINES])
    assert np.allclose(scorer.predict(TESTS), lr.predict_proba(vec.transform(TESTS))[:, 1], atol=1e-12)
    p = scorer.predict(TESTS)
    assert p[0] > 0.5 > p[1]  # loaded words against council business
    assert scorer.predict([]).shape == (0,)


def test_character_ngrams_beside_words_equal_sklearns_pipeline_and_survive_save_and_load(tmp_path):
    """`weasel`'s scorer reads character 2-5 grams within words beside the word n-grams
    (benchmarks/lexical-variants.json): the two TF-IDF blocks, each l2-normalised, side by side."""
    from scipy.sparse import hstack

    scorer = lexical.fit(_examples(), chars=(2, 5))
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=3)
    texts = [t for t, _ in LINES]
    X = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
    lr = LogisticRegression(max_iter=2000, C=2.0, class_weight="balanced").fit(X, [y for _, y in LINES])
    expected = lr.predict_proba(hstack([words.transform(TESTS), chars.transform(TESTS)]).tocsr())[:, 1]
    assert np.allclose(scorer.predict(TESTS), expected, atol=1e-12)
    assert scorer.chars == (2, 5) and len(scorer.char_vocabulary) == len(chars.vocabulary_)
    lexical.save(scorer, tmp_path)
    again = lexical.load(tmp_path)
    assert again.chars == (2, 5) and np.array_equal(again.predict(TESTS), scorer.predict(TESTS))
    import json

    doc = json.loads((tmp_path / lexical.FILE).read_text("utf-8"))
    (tmp_path / lexical.FILE).write_text(json.dumps({**doc, "char_idf": doc["char_idf"][:-1]}))
    with pytest.raises(FramingError, match="differ in length"):
        lexical.load(tmp_path)
    (tmp_path / lexical.FILE).write_text(json.dumps({k: v for k, v in doc.items() if k != "char_ngram_range"}))
    with pytest.raises(FramingError, match="disagree"):
        lexical.load(tmp_path)
    assert lexical.fit(_examples()).chars is None  # words alone unless asked


WEASEL_HINTED = [("Some experts believe the plan may fail.", 1, "hedge: believe doxastic, may epistemic"),
                 ("Many people think it is possibly the best city.", 1, "hedge: think doxastic, possibly epistemic"),
                 ("It is widely believed that the king fled.", 1, "hedge: widely believed doxastic"),
                 ("Critics suggest the bridge might collapse.", 1, "hedge: suggest doxastic, might epistemic"),
                 ("The bridge was built in 1890.", 0, "no cue"), ("The city lies on the river.", 0, "no cue"),
                 ("The king died in 1890 in the city.", 0, "no cue"), ("Critics reviewed the play in May.", 0, "no cue")]
HINTED_TESTS = ["Scholars believe the city may be older.", "The river flows north."]
HINTED_TEST_HINTS = ["hedge: believe doxastic, may epistemic", "no cue"]


def test_cue_hint_words_beside_the_ngrams_equal_sklearns_pipeline_and_survive_save_and_load(tmp_path):
    """`weasel`'s scorer reads the rules' cue hint as binary word features times a scale (benchmarks/lexical-hints.json)."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import CountVectorizer

    examples = [Example(t, "test", weasel=y) for t, y, _ in WEASEL_HINTED]
    hints = [h for _, _, h in WEASEL_HINTED]
    scorer = lexical.fit(examples, task="weasel", chars=(2, 5), hint_scale=2.0, hints=hints)
    texts = [t for t, _, _ in WEASEL_HINTED]
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=3)
    cues = CountVectorizer(token_pattern=r"[^ ;,:]+", binary=True, min_df=2)
    words_of = lexical.hint_words
    X = hstack([words.fit_transform(texts), chars.fit_transform(texts), cues.fit_transform(words_of(hints)) * 2.0]).tocsr()
    lr = LogisticRegression(max_iter=2000, C=2.0, class_weight="balanced").fit(X, [y for _, y, _ in WEASEL_HINTED])
    expected = lr.predict_proba(hstack([words.transform(HINTED_TESTS), chars.transform(HINTED_TESTS),
                                        cues.transform(words_of(HINTED_TEST_HINTS)) * 2.0]).tocsr())[:, 1]
    assert np.allclose(scorer.predict(HINTED_TESTS, HINTED_TEST_HINTS), expected, atol=1e-12)
    assert "doxastic" in scorer.hint_vocabulary and "hedge" in scorer.hint_vocabulary
    p = scorer.predict(HINTED_TESTS, HINTED_TEST_HINTS)
    assert p[0] > 0.5 > p[1]
    lexical.save(scorer, tmp_path)
    again = lexical.load(tmp_path, "weasel")
    assert again.hint_scale == 2.0 and np.array_equal(again.predict(HINTED_TESTS, HINTED_TEST_HINTS), p)
    # the hints differ, so does the score: the block is read
    assert not np.allclose(again.predict(HINTED_TESTS, ["no cue", "no cue"]), p)
    import json

    doc = json.loads((tmp_path / lexical.FILES["weasel"]).read_text("utf-8"))
    (tmp_path / lexical.FILES["weasel"]).write_text(json.dumps({k: v for k, v in doc.items() if k != "hint_scale"}))
    with pytest.raises(FramingError, match="disagree"):
        lexical.load(tmp_path, "weasel")
    assert lexical.fit(examples, task="weasel", chars=(2, 5)).hint_scale == 0.0  # no hints unless asked


def test_a_scorer_reading_hints_computes_them_when_none_are_given(nlp):
    examples = [Example(t, "test", weasel=y) for t, y, _ in WEASEL_HINTED]
    scorer = lexical.fit(examples, task="weasel", hint_scale=2.0)  # the hints parsed here, as `hints_for` gives them
    from pipeline.cues import hints_for

    given = scorer.predict(HINTED_TESTS, hints_for(HINTED_TESTS, nlp))
    assert np.allclose(scorer.predict(HINTED_TESTS), given)
    assert np.allclose(lexical.combine_into({"weasel": scorer}, {"weasel": np.zeros(2)}, HINTED_TESTS)["weasel"],
                       0.5 * given)


def test_combine_is_the_weighted_average():
    scorer = lexical.fit(_examples())
    model_p = np.array([0.1, 0.2, 0.3, 0.4])
    assert np.allclose(scorer.combine(model_p, TESTS), 0.5 * model_p + 0.5 * scorer.predict(TESTS))


def test_save_and_load_round_trip_and_one_line_errors(tmp_path):
    scorer = lexical.fit(_examples())
    lexical.save(scorer, tmp_path)
    again = lexical.load(tmp_path)
    assert np.array_equal(again.predict(TESTS), scorer.predict(TESTS)) and again.n_train == len(LINES)
    assert lexical.load(tmp_path / "absent") is None
    (tmp_path / lexical.FILE).write_text('{"terms": ["a"], "idf": [1.0, 2.0], "coef": [0.1], "intercept": 0, "weight": 0.5}')
    with pytest.raises(FramingError, match=lexical.FILE):
        lexical.load(tmp_path)
    (tmp_path / lexical.FILE).write_text("not json")
    with pytest.raises(FramingError, match="could not be loaded"):
        lexical.load(tmp_path)


def test_no_scorer_from_one_class_or_no_repeated_word():
    assert lexical.fit([Example(t, "test", propaganda=0) for t, _ in LINES]) is None
    assert lexical.fit([Example("alpha beta", "test", propaganda=1), Example("gamma delta", "test", propaganda=0)]) is None


def test_sentence_probs_average_the_scorer_into_propaganda_only(tiny_model):
    from pipeline.train import load_model, sentence_probs

    model, tok, config = load_model(tiny_model)
    config = {**config, "cue_hints": False}
    alone = sentence_probs(model, tok, config, TESTS)
    model.lexical = {"propaganda": lexical.fit(_examples())}
    both = sentence_probs(model, tok, config, TESTS)
    assert np.allclose(both["propaganda"], 0.5 * alone["propaganda"] + 0.5 * model.lexical["propaganda"].predict(TESTS))
    assert np.array_equal(both["hedged"], alone["hedged"]) and np.array_equal(both["weasel"], alone["weasel"])


WEASEL = [("Some experts say the plan is the best ever devised.", 1), ("Many people believe it is widely regarded as great.", 1),
          ("Some critics say it is widely regarded as the best.", 1), ("Many experts believe some people say so.", 1),
          ("The bridge opened in 1932 over the river.", 0), ("The river flows north through the valley.", 0),
          ("The bridge was painted in 1990.", 0), ("The valley lies north of the city.", 0)]


def test_a_scorer_per_task_learns_that_tasks_label_and_is_saved_under_its_own_file(tmp_path):
    weasel = lexical.fit([Example(t, "test", weasel=y) for t, y in WEASEL], task="weasel")
    prop = lexical.fit(_examples())
    assert weasel.task == "weasel" and prop.task == "propaganda"
    p = weasel.predict(["Some experts say it is the best.", "The bridge over the river."])
    assert p[0] > 0.5 > p[1]
    # lines without the task's label are not training lines of that task
    assert lexical.fit([Example(t, "test", propaganda=y) for t, y in LINES], task="weasel") is None
    lexical.save(weasel, tmp_path)
    lexical.save(prop, tmp_path)
    assert (tmp_path / "weasel_tfidf.json").is_file() and (tmp_path / lexical.FILE).is_file()
    both = lexical.load_all(tmp_path)
    assert set(both) == {"propaganda", "weasel"} and np.array_equal(both["weasel"].predict(TESTS), weasel.predict(TESTS))
    probs = {"weasel": np.array([0.2, 0.4, 0.6, 0.8]), "hedged": np.array([0.1, 0.1, 0.1, 0.1])}
    out = lexical.combine_into({"weasel": weasel}, dict(probs), TESTS)
    assert np.allclose(out["weasel"], 0.5 * probs["weasel"] + 0.5 * weasel.predict(TESTS)) and out["hedged"] is probs["hedged"]
    (tmp_path / "weasel_tfidf.json").write_text("not json")
    with pytest.raises(FramingError, match="weasel scorer could not be loaded"):
        lexical.load_all(tmp_path)


def _ptc(root, write_ptc, n_articles: int = 4):
    """Each article holds every line of LINES, one word changed per article (Loaded_Language on the positive ones)."""
    return write_ptc(root, {str(a): [(t.replace("the", f"the{a}", 1) if a else t, "Loaded_Language" if y else None) for t, y in LINES]
                            for a in range(n_articles)})


def test_ptc_tuning_lines_are_whole_articles_that_the_scorers_never_fit_on(tmp_path, params, write_ptc):
    """Lines of one PTC article share its topic, phrasing and slogans: with tuning lines drawn line by line, the
    scorers fit the other lines of the same articles, and the held-out F1 that picks the thresholds promised what
    PTC dev (other articles) did not give (Repetition 0.42 on the tuning lines, 0 on dev)."""
    from pipeline.thresholds import held_out_ptc

    data = _ptc(tmp_path / "corpora", write_ptc)
    p = {**params, "corpora": {"dir": str(data), "cap": {"ptc": 1}}, "train": {**params["train"], "thresholds": {"held_out": 12}}}
    held = held_out_ptc(p, 12)
    tuned = {e.meta["article"] for e in held}
    # whole articles until there are at least 12 lines: two of the four (8 lines each, less the trained-on text)
    assert len(tuned) == 2 and 12 <= len(held) <= 16
    assert held == held_out_ptc(p, 12)  # the same draw every time
    lines = lexical.training_lines(data, held)
    assert lines and not tuned & {e.meta["article"] for e in lines}
    assert not {e.text for e in held} & {e.text for e in lines}


def test_train_stage_fits_the_scorer_on_lines_it_does_not_tune_on_and_the_model_loads_it(tmp_path, tiny_model, params, write_ptc):
    import json
    import shutil

    from pipeline.thresholds import held_out_ptc, run
    from pipeline.train import load_model

    model_dir = tmp_path / "model"
    shutil.copytree(tiny_model, model_dir)
    data = _ptc(tmp_path / "corpora", write_ptc)
    p = {**params, "corpora": {"dir": str(data), "cap": {"ptc": 1}},
         "train": {**params["train"], "thresholds": {"held_out": 12, "min_support": 1}}}
    held = held_out_ptc(p, 12)
    lines = lexical.training_lines(data, held)
    # every line whose text is not a tuning line's (a text in several articles goes with it)
    assert 12 < len(lines) < 32 and not {e.text for e in held} & {e.text for e in lines}
    run(model_dir, p)
    scorer = lexical.load(model_dir)
    assert scorer is not None and scorer.n_train == len(lines)
    config = json.loads((model_dir / "framing_config.json").read_text("utf-8"))
    assert config["lexical"]["propaganda"]["n_train"] == len(lines) and "TF-IDF" in (model_dir / "README.md").read_text("utf-8")
    model, _, _ = load_model(model_dir)
    # PTC's scorers (propaganda, and one per technique on the same lines); no wiki-weasel corpus here: no weasel
    # scorer, no weasel threshold
    assert set(model.lexical) == {"propaganda", "techniques"} and model.lexical["techniques"].n_train == len(lines)
    assert "weasel" not in config["thresholds"]
    # switched off in params.yaml: the file goes, and the transformer scores alone
    run(model_dir, {**p, "train": {**p["train"], "thresholds": {"held_out": 12, "min_support": 1, "lexical": False}}})
    assert lexical.load(model_dir) is None and json.loads((model_dir / "framing_config.json").read_text("utf-8"))["lexical"] == {}


def _weasel_csv(root, n_copies: int = 5):
    d = root / "wiki-weasel-clean"
    d.mkdir(parents=True)
    rows = [(f"{t[:-1]} in case {k}.", y) for k in range(n_copies) for t, y in WEASEL]
    (d / "train.csv").write_text("text,label\n" + "".join(f'"{t}",{y}\n' for t, y in rows), encoding="utf-8")
    return rows


def test_weasel_threshold_is_tuned_on_training_lines_the_cap_leaves_out(tmp_path, model_copy, params):
    import json

    from conftest import with_corpora
    from pipeline.thresholds import held_out, run
    from pipeline.train import corpus_examples, load_model

    model_dir = model_copy
    data = tmp_path / "corpora"
    rows = _weasel_csv(data)
    p = with_corpora(params, data, {"wiki_weasel": 25}, {"held_out": 12, "weasel_held_out": 10, "lexical": ["weasel"]})
    trained = {e.text for e in corpus_examples(p)}
    tuning = held_out(p, "weasel", 10)
    assert len(trained) == 25 and len(tuning) == 10 and not trained & {e.text for e in tuning}
    thresholds = run(model_dir, p)
    config = json.loads((model_dir / "framing_config.json").read_text("utf-8"))
    assert 0 < thresholds["weasel"] < 1 and config["thresholds"]["weasel"] == thresholds["weasel"]
    assert config["thresholds_tuning"]["weasel"]["n"] == 10
    assert config["thresholds_tuning"]["data"] == "none (no held-out PTC lines)"  # corpora are given, PTC is not
    # the scorer learns from every weasel training line but the tuning lines; PTC is absent, so no propaganda scorer
    assert config["lexical"]["weasel"]["n_train"] == len(rows) - 10 and "propaganda" not in config["lexical"]
    model, _, _ = load_model(model_dir)
    assert set(model.lexical) == {"weasel"} and "weasel" in (model_dir / "README.md").read_text("utf-8")
    assert model.lexical["weasel"].chars is None  # words alone unless params.yaml asks
    # the whole corpus in training: nothing left to tune on, so no threshold (0.5 applies)
    p_all = {**p, "corpora": {"dir": str(data), "cap": {"wiki_weasel": len(rows)}}}
    assert held_out(p_all, "weasel", 10) == [] and "weasel" not in run(model_dir, p_all)
    # params.yaml `lexical_chars` gives a task's scorer character n-grams beside its words, and the model card says so
    cfg = {**p["train"]["thresholds"], "lexical_chars": {"weasel": [2, 5]}, "lexical_weights": {"weasel": 0.6}}
    run(model_dir, {**p, "train": {**p["train"], "thresholds": cfg}})
    assert lexical.load(model_dir, "weasel").chars == (2, 5)
    # ... and `lexical_weights` its share of the average, which every reader of the model folder applies
    scorer = load_model(model_dir)[0].lexical["weasel"]
    assert scorer.weight == 0.6 and np.allclose(scorer.combine(np.array([0.0, 1.0]), ["a b", "c d"]),
                                                np.array([0.0, 0.4]) + 0.6 * scorer.predict(["a b", "c d"]))
    assert json.loads((model_dir / "framing_config.json").read_text("utf-8"))["lexical"]["weasel"]["weight"] == 0.6
    assert json.loads((model_dir / "framing_config.json").read_text("utf-8"))["lexical"]["weasel"]["char_ngram_range"] == [2, 5]
    assert "character 2-5 grams" in (model_dir / "README.md").read_text("utf-8")
    assert "share 0.6" in (model_dir / "README.md").read_text("utf-8")


def test_analyze_scores_propaganda_with_the_scorer(tiny_model, params):
    from pipeline.cli import build_analyzer
    from pipeline.records import Article

    analyzer = build_analyzer(tiny_model, params, [])
    article = [Article("t1", "The corrupt traitors lied again.\n\nThe council met on Tuesday.\n")]
    alone = [r["scores"]["propaganda"] for r in analyzer.analyze(article)]
    analyzer.model.lexical = {"propaganda": lexical.fit(_examples())}
    rows = analyzer.analyze(article)
    expected = 0.5 * np.array(alone) + 0.5 * analyzer.model.lexical["propaganda"].predict([r["text"] for r in rows])
    assert np.allclose([r["scores"]["propaganda"] for r in rows], expected, atol=2e-4)


TECH_LINES = [("God bless our great nation and its flag.", ["Flag-Waving"]),
              ("Patriots stand for our great nation today.", ["Flag-Waving"]),
              ("These traitors are nothing but corrupt thugs.", ["Name_Calling,Labeling", "Loaded_Language"]),
              ("Corrupt thugs and traitors run the city.", ["Name_Calling,Labeling"]),
              ("The council met on Tuesday to discuss the budget.", []), ("Rain is expected in the north this weekend.", []),
              ("The council approved the budget on Tuesday.", []), ("The weekend weather in the north was mild.", [])]


def test_techniques_scorer_is_one_balanced_regression_per_technique_over_one_vocabulary(tmp_path):
    """`techniques` gets a column per SemEval technique (benchmarks/technique-scorer.json): each equals sklearn's
    one-vs-rest fit on the same TF-IDF features; a technique no line has scores its smoothed rate, not a weight."""
    from pipeline.records import TECHNIQUES

    examples = [Example(t, "test", techniques=y) for t, y in TECH_LINES]
    scorer = lexical.fit(examples, task="techniques")
    p = scorer.predict(TESTS)
    assert p.shape == (len(TESTS), len(TECHNIQUES)) and scorer.predict([]).shape == (0, len(TECHNIQUES))
    vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    X = vec.fit_transform([t for t, _ in TECH_LINES])
    k = TECHNIQUES.index("Name_Calling,Labeling")
    lr = LogisticRegression(max_iter=2000, C=2.0, class_weight="balanced").fit(X, [int(TECHNIQUES[k] in y) for _, y in TECH_LINES])
    assert np.allclose(p[:, k], lr.predict_proba(vec.transform(TESTS))[:, 1], atol=1e-12)
    assert p[0, k] > 0.5 > p[1, k]  # "The corrupt traitors lied." against council business
    flag = TECHNIQUES.index("Flag-Waving")
    assert scorer.predict(["Our great nation!"])[0, flag] > scorer.predict(["The council met."])[0, flag]
    slogans = TECHNIQUES.index("Slogans")  # no line has it
    assert np.allclose(p[:, slogans], 0.5 / 9) and not scorer.coef[:, slogans].any()
    combined = lexical.combine_into({"techniques": scorer}, {"techniques": np.full((4, len(TECHNIQUES)), 0.2)}, TESTS)
    assert np.allclose(combined["techniques"], 0.5 * 0.2 + 0.5 * p)
    lexical.save(scorer, tmp_path)
    again = lexical.load(tmp_path, "techniques")
    assert (tmp_path / "techniques_tfidf.json").is_file() and np.array_equal(again.predict(TESTS), p)
    assert set(lexical.load_all(tmp_path)) == {"techniques"}
    import json

    doc = json.loads((tmp_path / "techniques_tfidf.json").read_text("utf-8"))
    (tmp_path / "techniques_tfidf.json").write_text(json.dumps({**doc, "labels": doc["labels"][:-1]}))
    with pytest.raises(FramingError, match="techniques_tfidf.json.*one column per label"):
        lexical.load(tmp_path, "techniques")
    # lines without any technique at all: one class only, no scorer
    assert lexical.fit([Example(t, "test", techniques=[]) for t, _ in TECH_LINES], task="techniques") is None
