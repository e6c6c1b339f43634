"""Loaders on tiny files in the corpora's original layouts (written here), and on the real corpora when present."""

import json

import pytest

from conftest import CORPORA, requires_corpora
from pipeline.corpora import (
    basil_split,
    load_basil_stance,
    load_ptc,
    load_szeged,
    load_wiki_weasel,
    name_spans,
    pronoun_spans,
    training_examples,
)
from pipeline.io import FramingError


def test_szeged_layout_and_split(tmp_path):
    d = tmp_path / "szeged-uncertainty" / "corpora" / "old"
    d.mkdir(parents=True)
    docs = "".join(
        f'<Document><DocID>{i}</DocID><DocumentPart><Sentence id="S{i}.1">It <ccue type="speculation_modal_probable_">may</ccue> rain.</Sentence>'
        f'<Sentence id="S{i}.2">It rained.</Sentence></DocumentPart></Document>' for i in ("a1", "b2", "c3", "d4")
    )
    (d / "factbank.xml").write_text(f"<Annotation><DocumentSet>{docs}</DocumentSet></Annotation>", encoding="utf-8")
    train, test = load_szeged(tmp_path, "factbank", "train"), load_szeged(tmp_path, "factbank", "test")
    assert len(train) + len(test) == 8 and {e.meta["doc"] for e in train}.isdisjoint({e.meta["doc"] for e in test})
    assert [e.hedged for e in train + test] == [1, 0] * 4
    assert (train + test)[0].text == "It may rain."


def test_weasel_csv(tmp_path):
    d = tmp_path / "wiki-weasel-clean"
    d.mkdir()
    (d / "train.csv").write_text('text,label\n"Some say -LRB-often-RRB- so.\n",1\n"Fact.\n",0\n"",0\n', encoding="utf-8")
    rows = load_wiki_weasel(tmp_path, "train")
    assert [(e.text, e.weasel) for e in rows] == [("Some say (often) so.", 1), ("Fact.", 0)]
    # CoNLL-2010's weasel convention is not Szeged's `hedged`: the two disagree on a quarter of the same sentences,
    # so the corpus trains its own head and says nothing about `hedged`
    assert all(e.hedged is None for e in rows)


def test_ptc_lines_overlap_spans(tmp_path):
    d = tmp_path / "ptc-semeval2020t11"
    (d / "train-articles").mkdir(parents=True)
    text = "Title here\n\nA calm line.\nA shameful lie!\n"
    (d / "train-articles" / "article1.txt").write_text(text, encoding="utf-8")
    s = text.index("shameful")
    (d / "train-task1-SI.labels").write_text(f"1\t{s}\t{s + 8}\n", encoding="utf-8")
    (d / "train-task2-TC.labels").write_text(f"1\tLoaded_Language\t{s}\t{s + 8}\n", encoding="utf-8")
    rows = load_ptc(tmp_path, "train")
    assert [(e.text, e.propaganda, e.techniques) for e in rows] == [
        ("Title here", 0, []), ("A calm line.", 0, []), ("A shameful lie!", 1, ["Loaded_Language"])]


def _basil_article(tmp_path, paragraphs, spans):
    uuid = next(u for u in (f"t{i}" for i in range(50)) if basil_split(u) == "train")
    for d in ("articles", "annotations"):
        (tmp_path / "basil" / d / "2019").mkdir(parents=True, exist_ok=True)
    art = {"triplet-uuid": uuid, "body-paragraphs": paragraphs}
    (tmp_path / "basil" / "articles" / "2019" / f"{uuid}_1.json").write_text(json.dumps(art), encoding="utf-8")
    (tmp_path / "basil" / "annotations" / "2019" / f"{uuid}_1_ann.json").write_text(
        json.dumps({"phrase-level-annotations": spans}), encoding="utf-8")


def test_basil_pairs(tmp_path):
    _basil_article(tmp_path, [["Smith attacked the plan.", "Smith spoke later."], ["Jones agreed."]],
                   [{"txt": "attacked", "start": 6, "end": 14, "target": "John_Smith", "polarity": "neg"}])
    rows = load_basil_stance(tmp_path, "train")
    assert ("Smith attacked the plan.", "John Smith", "against") in [(e.text, e.target, e.stance) for e in rows]
    assert ("Smith spoke later.", "John Smith", "none") in [(e.text, e.target, e.stance) for e in rows]
    assert {e.text: e.marks for e in rows}["Smith attacked the plan."] == ((0, 5),)  # where the pair's target is named
    assert load_basil_stance(tmp_path, "test") == []


def test_basil_pairs_mark_the_pronouns_that_refer_to_the_target(tmp_path, nlp):
    # as `framing analyze` marks a seed sentence's "he" resolved to Lukashenko, a BASIL pair marks its target's "he"
    _basil_article(tmp_path, [["John Smith attacked the plan on Monday.", "He wrecked the deal."],
                              ["Mary Jones disagreed with him.", "She praised it."]],
                   [{"txt": "wrecked", "start": 3, "end": 10, "target": "John_Smith", "polarity": "neg"}])
    marked = {e.text: e.marks for e in load_basil_stance(tmp_path, "train", nlp=nlp)}
    assert marked["He wrecked the deal."] == ((0, 2),)
    assert {e.text: e.marks for e in load_basil_stance(tmp_path, "train")}["He wrecked the deal."] == ()  # no parser, names only


def test_pronoun_spans_resolve_to_person_targets_only(nlp):
    sentences = ["John Smith attacked the plan on Monday.", "He wrecked the deal.", "Mary Jones disagreed with him.",
                 "She praised it.", "Acme Corp said it would wait."]
    found = pronoun_spans(sentences, ["John Smith", "Acme Corp"], nlp)
    assert found[(1, "John Smith")] == [(0, 2)]
    assert (3, "John Smith") not in found  # "She": the person named last
    assert not any(t == "Acme Corp" for _, t in found)  # no PERSON ends on "Corp": no pronoun refers to it


@pytest.mark.parametrize("text, name, spans", [
    ("John Smith said Smith would win.", "John Smith", ((0, 10), (16, 21))),  # whole name, then the surname elsewhere
    ("Smithson and Smiths are others; Smith's plan", "John Smith", ((32, 37),)),  # whole words only
    ("The smith said nothing.", "John Smith", ()),  # case as written
    ("He hit out at his Obama administration.", "Obama administration", ((18, 38),)),
    # a generational suffix is part of the surname: "Jr." alone is nobody, and "Trump" alone is the father
    ("Trump Jr. met Martin Luther King Jr.'s son and Trump.", "Donald Trump Jr.", ((0, 9),)),
])
def test_name_spans_find_the_whole_name_and_the_surname_as_words(text, name, spans):
    assert name_spans(text, name) == spans


def test_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(FramingError, match="not found"):
        load_wiki_weasel(tmp_path, "train")
    assert training_examples(None, {"wiki_weasel": 10}) == []
    (tmp_path / "ptc-semeval2020t11" / "train-articles").mkdir(parents=True)  # labels files missing
    with pytest.raises(FramingError, match="train-task1-SI.labels: not found"):
        load_ptc(tmp_path, "train")


@requires_corpora("szeged-uncertainty")
def test_real_szeged_news_counts():
    train, test = load_szeged(CORPORA, "factbank", "train"), load_szeged(CORPORA, "factbank", "test")
    assert len(train) + len(test) == 3129


@requires_corpora("ptc-semeval2020t11")
def test_real_ptc_dev_counts():
    dev = load_ptc(CORPORA, "test")
    assert len(dev) == 3177 and sum(e.propaganda for e in dev) == 791


@requires_corpora("basil")
def test_real_training_examples_respect_caps():
    rows = training_examples(CORPORA, {"basil_stance": 50, "wiki_weasel": 30})
    assert len(rows) == 80


def test_training_examples_drop_sentences_of_any_test_split(tmp_path):
    d = tmp_path / "szeged-uncertainty" / "corpora" / "old"
    d.mkdir(parents=True)
    sents = "".join(f'<Sentence id="S{i}">{t}</Sentence>' for i, t in enumerate(["Some say it is the best city.", "It has a port."]))
    (d / "wiki.xml").write_text(f"<Annotation><DocumentSet><Document><DocID>w1</DocID><DocumentPart>{sents}"
                                "</DocumentPart></Document></DocumentSet></Annotation>", encoding="utf-8")
    w = tmp_path / "wiki-weasel-clean"
    w.mkdir()
    (w / "test.csv").write_text('text,label\n"Some say it is the best city!",1\n', encoding="utf-8")
    rows = training_examples(tmp_path, {"szeged_wiki": 10})
    assert [e.text for e in rows] == ["It has a port."]  # the weasel test sentence (up to punctuation and case) is out
