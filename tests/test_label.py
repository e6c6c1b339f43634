import numpy as np

from pipeline.label import ABSTAIN, LFS, TargetFinder, build_views, fit_label_model, label_corpus, lf_analysis
from pipeline.segment import decode_article, segment_articles

TARGETS = {"Lukashenko": ["Aleksandr Lukashenko"], "Putin": ["Russia"], "China": ["Beijing"]}
PEOPLE = ["Lukashenko", "Putin"]


def views_of(nlp, params, text):
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    return build_views(seg, TargetFinder(TARGETS, PEOPLE))


def mentions(view):
    return [(m.text, m.target, m.via) for m in view.mentions]


def test_alias_and_two_targets_in_one_sentence(nlp, params):
    v = views_of(nlp, params, "Aleksandr Lukashenko flew to Beijing.\n")[0]
    assert ("Aleksandr Lukashenko", "Lukashenko", "name") in mentions(v)
    assert ("Beijing", "China", "name") in mentions(v)


def test_pronoun_resolves_to_salient_person(nlp, params):
    vs = views_of(nlp, params, "Lukashenko met officials in Minsk.\nHe gambled and he lost.\nRussia sent troops.\n")
    assert {("He", "Lukashenko", "pronoun"), ("he", "Lukashenko", "pronoun")} <= set(mentions(vs[1]))
    assert ("Russia", "Putin", "name") in mentions(vs[2])


def test_pronoun_prefers_person_named_earlier_in_sentence(nlp, params):
    vs = views_of(nlp, params, "Lukashenko spoke first.\nWith Putin's ambitions, he is doing everything.\n")
    assert ("he", "Putin", "pronoun") in mentions(vs[1])


def test_no_mention_of_unrelated_word(nlp, params):
    v = views_of(nlp, params, "Prussian history is long.\n")[0]
    assert mentions(v) == []


def test_every_task_has_positive_and_negative_functions():
    for task, lfs in LFS.items():
        assert len(lfs) >= 3, task


def test_label_model_combines_votes():
    L = np.array([[1, ABSTAIN, ABSTAIN], [1, 1, ABSTAIN], [ABSTAIN, ABSTAIN, 0], [ABSTAIN, ABSTAIN, 0], [1, ABSTAIN, 0], [ABSTAIN, 1, ABSTAIN]])
    p = fit_label_model(L, 2, {"n_epochs": 100, "seed": 1})
    assert p.shape == (6, 2) and np.allclose(p.sum(1), 1)
    assert p[1, 1] > 0.5 and p[2, 1] < 0.5


def test_weak_labels_and_analysis_on_written_sentences(nlp, params):
    text = ("Ukraine could be invaded later this year.\nThe talks ended on Monday.\nI'm positive he will attack.\n"
            "The dictator crushed the protest.\nOfficials met in the capital.\nIt might rain.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    views, labels = label_corpus([seg], {**params["label"], "targets": TARGETS, "people": PEOPLE})
    assert [lab.hedged for lab in labels][:2] == [True, False]
    assert labels[2].boosted and labels[2].speculative and not labels[1].speculative
    for lab in labels:
        for c in lab.cues:
            assert text[c.start : c.end] == c.text
    gold = {(v.sentence.article, v.sentence.start, v.sentence.end): {"hedged": i in (0, 5), "speculative": i in (0, 2),
            "boosted": i == 2, "techniques": [], "stance": {}} for i, v in enumerate(views)}
    report = lf_analysis(views, list(TARGETS), gold)
    row = report["hedged"]["lf_epistemic"]
    assert 0 < row["coverage"] <= 1 and row["accuracy"] == 1.0
    assert set(report) == {"hedged", "speculative", "boosted", "propaganda", "stance"}
