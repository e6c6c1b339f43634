from pipeline.html_report import comparison_section
from pipeline.report import compare, summarize, summarize_groups, to_markdown, wilson


def row(source, kind="body", **labels):
    base = {"article": "a", "index": 0, "text": "one two three", "kind": kind, "source": source, "attribution": "direct",
            "hedged": False, "speculative": False, "boosted": False, "propaganda": False, "stance": {"T": "none"}, "techniques": []}
    return {**base, **labels}


def test_wilson_interval():
    low, high = wilson(3, 10)
    assert 0.10 < low < 0.11 and 0.60 < high < 0.61
    assert wilson(0, 0) == [0.0, 1.0]


def test_summary_rates_intervals_and_shares():
    rows = [row("A", hedged=True), row("A"), row("B", boosted=True, propaganda=True, stance={"T": "against"}, techniques=["Doubt"]),
            row("B", propaganda=True), row("author", kind="heading", hedged=True)]
    s = summarize(rows, ["T"])
    assert set(s) == {"A", "B"}  # headings are not a voice
    assert s["A"]["sentences"] == 2 and s["A"]["hedged"] == 0.5 and s["A"]["ci"]["hedged"][0] < 0.5 < s["A"]["ci"]["hedged"][1]
    assert s["B"]["stance"]["T"] == {"favor": 0, "against": 1, "none": 1} and s["B"]["techniques"] == {"Doubt": 1}
    assert s["B"]["propaganda"] == 1.0 and s["A"]["propaganda"] == 0.0 and s["B"]["ci"]["propaganda"][0] > 0.3
    assert abs(s["A"]["voice_share"] + s["B"]["voice_share"] - 1) < 1e-6
    md = to_markdown(s, rows)
    assert "| A | 2 |" in md and "Who hedges" in md and "| propaganda |" in md
    # each sentence row says what it was labelled: the propaganda flag (with or without a technique) and its stances
    assert "| boosted,propaganda (Doubt) | against T |" in md and "| propaganda |  |" in md


def test_html_report_is_self_contained_with_charts_and_cues():
    from html.parser import HTMLParser

    from pipeline.html_report import to_html

    rows = [row("A", hedged=True, start=0, text="It might rain.", cues=[{"text": "might", "start": 3, "end": 8, "type": "epistemic", "label": "hedged"}]),
            row("B", boosted=True, start=15, text="Surely <b>not</b>.")]
    benchmarks = {"ptc": {"n": 9, "model": {"f1": 0.5}, "baselines": {"rules": {"f1": 0.4}, "tfidf": {"f1": 0.3}}},
                  "basil-quotes": {"n": 5, "model": {"accuracy": 0.8, "coverage": 0.9}},
                  "speed": {"n": 3, "model": {"sentences_per_s": 38.0}, "baselines": {"rules": {"sentences_per_s": 130.0}}}}
    page = to_html(summarize(rows, ["T"]), rows, evaluation={"hedged": {"model": {"f1": 0.5}, "weak": {"f1": 0.6}, "tfidf": {"f1": 0.4}}},
                   benchmarks=benchmarks)
    assert "speed (sentences_per_s)" in page and "basil-quotes (accuracy)" in page
    tags = []

    class P(HTMLParser):
        def handle_starttag(self, tag, attrs):
            tags.append((tag, dict(attrs)))

    P().feed(page)
    assert sum(1 for t, a in tags if t == "rect" and a.get("class") == "bar") == 8  # 2 sources x 4 rates
    assert not any(t in ("script", "link", "img") for t, _ in tags)
    assert '<mark class="hedged">might</mark>' in page and "&lt;b&gt;not&lt;/b&gt;" in page
    assert "Evaluation" in page


def test_one_row_per_source_across_articles_and_groups_per_outlet_and_byline():
    rows = [row("A", article="x", outlet="Daily", byline="Jo Writer", hedged=True),
            row("A", article="y", outlet="Weekly", byline=None),
            row("author", article="y", outlet="Weekly", byline=None, boosted=True)]
    s = summarize(rows, ["T"])
    assert s["A"]["sentences"] == 2 and s["A"]["articles"] == ["x", "y"]
    g = summarize_groups(rows, ["T"])
    assert set(g) == {"by_article", "by_outlet", "by_byline"}
    assert g["by_outlet"]["Daily"]["A"]["hedged"] == 1.0 and g["by_outlet"]["Weekly"]["A"]["hedged"] == 0.0
    assert list(g["by_byline"]) == ["Jo Writer"]  # rows without a byline are not an author group
    assert set(g["by_article"]["y"]) == {"A", "author"}
    assert "by_outlet" not in summarize_groups([row("A")], ["T"])  # no metadata, no group


def test_comparisons_leaders_need_enough_sentences_and_author_is_set_against_pooled_quotes():
    rows = ([row("Big", hedged=i < 2, attribution="direct") for i in range(4)]
            + [row("Tiny", hedged=True, attribution="indirect")]
            + [row("author", hedged=False, attribution="author") for _ in range(3)])
    c = compare(summarize(rows, ["T"]), min_sentences=3)
    assert c["most"]["hedged"]["source"] == "Big"  # Tiny's 1/1 is not a trend
    assert c["most"]["hedged"]["ci"][0] < 0.5 < c["most"]["hedged"]["ci"][1]
    q, a = c["author_vs_quoted"]["quoted"], c["author_vs_quoted"]["author"]
    assert (q["sentences"], q["hedged"]) == (5, 0.6) and (a["sentences"], a["hedged"]) == (3, 0.0)
    assert c["attribution_share"] == {"direct": 0.8, "indirect": 0.2, "mixed": 0.0}
    md = to_markdown(summarize(rows, ["T"]), rows, groups=summarize_groups(rows, ["T"]))
    assert "The writer's own voice against quoted voices" in md
    # an interview written for the check in the thirty-second session: "boosted: **Sviatlana Tsikhanouskaya** (0.00 …)"
    # named a leader of a label no source used
    assert c["most"]["boosted"] is None
    assert "- boosted: no source" in md and "boosted: **" not in md
    assert "most boosted: no source" in comparison_section(summarize(rows, ["T"]), None)


def test_headline_counts_body_sentences_apart_from_headings_and_says_what_voice_share_is():
    # the tables count body sentences only, so the headline must not give the total as if it were theirs
    import html

    from pipeline.html_report import to_html

    rows = [row(s, kind=k, start=0) for s, k in (("A", "body"), ("A", "body"), ("author", "body"), ("author", "heading"),
                                                  ("author", "caption"))]
    s = summarize(rows, ["T"])
    for page in (to_markdown(s, rows), html.unescape(to_html(s, rows))):
        assert "5 sentences, 3 of them body sentences" in page and "2 voices" in page
        assert "5 sentences, 2 voices (body sentences only)" not in page
        assert "share of the body's words" in page
