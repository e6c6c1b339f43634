from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.io import FramingError
from pipeline.segment import decode_article, read_article, segment_articles

ARTICLE = """War Looms Over the Border
The minister said the talks failed. Nobody expected a deal.
“We will not give up,” she said.

Soldiers at the border crossing on Monday. Photo: Reuters
Officials met again on Tuesday.
About the Author: Jane Roe
Jane Roe covers security.
"""


def kinds(nlp, params, text):
    seg = segment_articles([decode_article(text.encode(), "a.txt")], nlp, params["segment"])[0]
    return seg, [(s.kind, s.text) for s in seg.sentences]


def test_sentences_have_offsets_into_the_text(nlp, params):
    seg, _ = kinds(nlp, params, ARTICLE)
    for s in seg.sentences:
        assert ARTICLE[s.start : s.end] == s.text
    assert [s.index for s in seg.sentences] == list(range(len(seg.sentences)))


@pytest.mark.parametrize("credit", ["(AP Photo)", "(AP Photo/Jane Roe)", "AP Photo/Jane Roe"])
def test_an_agency_photo_credit_makes_a_caption(nlp, params, credit):
    # a feature story written for the check: "he continued" after this caption went to the wrong speaker
    text = f"Title here\n\nThe talks failed, the minister said.\n\nA woman walks past the palace on Oct. 3. {credit}\n\nMore text.\n"
    rows = [(kind, t) for kind, t in kinds(nlp, params, text)[1] if "woman" in t or "AP Photo" in t]
    assert rows and all(kind == "caption" for kind, _ in rows)


def test_kinds_heading_caption_bio_body(nlp, params):
    seg, k = kinds(nlp, params, ARTICLE)
    assert k[0] == ("heading", "War Looms Over the Border")
    assert ("body", "The minister said the talks failed.") in k
    assert all(kind == "caption" for kind, t in k if "Soldiers" in t or "Reuters" in t)
    assert all(kind == "bio" for kind, t in k if "Jane Roe" in t)
    assert seg.article.author == "Jane Roe"


def test_front_matter_and_offsets_into_the_whole_file(nlp, params):
    text = "---\ntitle: A title\noutlet: Daily\nauthor: Ann Lee\ndate: 2024-01-02\n---\nThe vote was close. It passed.\n"
    seg = segment_articles([decode_article(text.encode(), "x.md")], nlp, params["segment"])[0]
    assert (seg.article.title, seg.article.outlet, seg.article.author, seg.article.date) == ("A title", "Daily", "Ann Lee", "2024-01-02")
    assert [s.text for s in seg.sentences] == ["The vote was close.", "It passed."]
    assert all(text[s.start : s.end] == s.text for s in seg.sentences)


def test_sidecar_metadata(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Text here.", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"outlet": "Wire", "author": "B. Cole"}', encoding="utf-8")
    art = read_article(tmp_path / "a.txt")
    assert (art.id, art.outlet, art.author) == ("a", "Wire", "B. Cole")


@pytest.mark.parametrize(
    "raw, cause",
    [(b"", "empty"), (b"  \n\t ", "empty"), (b"\x00\x01binary", "binary"), (b"caf\xe9 au lait", "UTF-8"),
     (b"\xff\xfe\x00\x00\x01\x02binary", "binary"),
     (b"---\ntitle: A title\n---\n\n", "front matter")],
)
def test_bad_bytes_give_one_line_errors(raw, cause):
    with pytest.raises(FramingError) as e:
        decode_article(raw, "bad.txt")
    assert "bad.txt" in str(e.value) and cause in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read(encoding):
    # thirty-ninth session: Windows editors save "Unicode" text as UTF-16 with a byte order mark; it was refused as
    # "binary file (NUL bytes)"
    text = "Lukashenko said the border would stay open.\n"
    raw = text.encode(encoding)
    if encoding != "utf-16":  # the plain codec writes its own mark
        raw = ("\ufeff" + text).encode(encoding)
    assert decode_article(raw, "win.txt").text == text


def test_utf16_that_does_not_decode_gets_one_line_error():
    with pytest.raises(FramingError) as e:
        decode_article(b"\xff\xfeL\x00\x00\xd8", "win.txt")  # a lone surrogate
    assert "win.txt" in str(e.value) and "UTF-16" in str(e.value) and "\n" not in str(e.value)


@pytest.mark.parametrize("name", ["doc.pdf", "doc.docx", "rows.json", "rows.csv", "feed.xml"])
def test_a_file_type_that_is_no_article_text_gets_one_line_error(tmp_path, name):
    # `framing analyze page.html` analysed the page's tags as prose, without a word (a saved page is read since the
    # fifty-fourth session: below)
    (tmp_path / name).write_text("<html><body><p>Hello there.</p></body></html>", encoding="utf-8")
    with pytest.raises(FramingError) as e:
        read_article(tmp_path / name)
    assert name in str(e.value) and "\n" not in str(e.value) and ".txt" in str(e.value)


PAGE = """<!DOCTYPE html><html><head><title>Belarus drills worry Vilnius | The Daily Planet</title>
<meta name="author" content="Anna Kowalska"><meta property="og:site_name" content="The Daily Planet">
<meta property="article:published_time" content="2026-11-28"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Belarus drills worry Vilnius</h1><p class="byline">By Anna Kowalska</p>
<p>VILNIUS — Lithuania's foreign minister said on Friday that the drills near the border could be a prelude.</p>
<p><strong>Are the drills a threat?</strong></p>
<p>“We are watching every movement,” Kestutis Budrys told reporters.<br>“I am positive they want to intimidate us.”</p>
<h2>A familiar pattern</h2>
<p>The ministry said in a statement:</p>
<blockquote><p>Belarus will defend its borders.</p><p>Any provocation will be answered.</p></blockquote>
<p>A second statement followed.</p><blockquote>The talks are <b>over</b> for now.</blockquote>
<ul><li>Troops moved west.</li><li>Flights were cancelled.</li></ul>
<p>The Belarusian defence ministry did not respond to a request for <a href="/c">comment</a>.</p></article>
<aside><h3>Most read</h3><ul><li>Ten best beaches</li><li>Recipe of the week</li></ul></aside>
<footer>© 2026 The Daily Planet. All rights reserved. Subscribe to our newsletter.</footer></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.HTM"])
def test_a_saved_web_page_gives_its_main_text_and_metadata(nlp, params, tmp_path, name):
    # written for the test (fifty-fourth session): `framing analyze page.html` refused the page
    (tmp_path / name).write_text(PAGE, encoding="utf-8")
    art = read_article(tmp_path / name)
    assert (art.title, art.author, art.date, art.outlet) == ("Belarus drills worry Vilnius", "Anna Kowalska", "2026-11-28",
                                                             "The Daily Planet")
    for furniture in ("Home", "Most read", "beaches", "Subscribe", "By Anna"):
        assert furniture not in art.text  # menus, teasers, the footer and the byline are no article text
    seg = segment_articles([art], nlp, params["segment"])[0]
    kinds = {p.text.strip(" *"): (p.kind, p.quote_block, p.bold, p.list_block) for p in seg.paragraphs}
    assert kinds["Belarus drills worry Vilnius"][0] == "heading" and kinds["A familiar pattern"][0] == "heading"
    assert kinds["Are the drills a threat?"] == ("body", 0, True, 0)  # a paragraph wholly in bold: a question
    # a line break is a soft one: the two quotations stay one paragraph
    assert any(p.text.startswith("“We are watching") and "intimidate us" in p.text for p in seg.paragraphs)
    assert kinds["Belarus will defend its borders."][1] == kinds["Any provocation will be answered."][1] == 1
    assert kinds["The talks are over for now."][1] == 2  # a block quote of words alone keeps all of them
    assert kinds["Troops moved west."][3] == kinds["Flights were cancelled."][3] == 1
    assert any(s.text.endswith("request for comment.") for s in seg.sentences)  # a link is its words
    # sentence offsets are into the article's text (the page's text as Markdown)
    assert all(art.text[s.start : s.end] == s.text for s in seg.sentences)


def test_a_page_without_article_text_gets_one_line_error(tmp_path):
    (tmp_path / "menu.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(FramingError) as e:
        read_article(tmp_path / "menu.html")
    assert str(e.value) == f"{tmp_path / 'menu.html'}: no article text found in the HTML page"


def test_a_page_s_sidecar_metadata_wins_over_the_page_s(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.json").write_text('{"outlet": "Planet Daily", "date": "2026-11-29"}', encoding="utf-8")
    art = read_article(tmp_path / "page.html")
    assert (art.outlet, art.date, art.author) == ("Planet Daily", "2026-11-29", "Anna Kowalska")


def test_missing_file(tmp_path):
    with pytest.raises(FramingError, match="no such file"):
        read_article(tmp_path / "nope.txt")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@example("0`=:", "h.md")  # found by CI: markup between two sentences was claimed by both
@given(st.text(min_size=1, max_size=300) | st.text(alphabet="ab .#>-*_[]()!`<>/:\n1", min_size=1, max_size=300),
       st.sampled_from(["h.txt", "h.md"]))
def test_any_text_sentences_cover_it_in_order(nlp, params, text, name):
    if not text.strip() or "\x00" in text:
        return
    text = text.lstrip("\ufeff")
    try:
        art = decode_article(text.encode("utf-8", "surrogatepass"), name)
    except (FramingError, UnicodeEncodeError):
        return
    seg = segment_articles([art], nlp, params["segment"])[0]
    prev_end = 0
    for s in seg.sentences:
        assert art.text[s.start : s.end] == s.text
        assert s.start >= prev_end and s.end > s.start
        prev_end = s.end


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["<p>", "</p>", "<h2>", "</h2>", "<blockquote>", "</blockquote>", "<ul><li>", "</li></ul>",
                                 "<br>", "<b>", "</b>", "<article>", "<nav>", "<script>", "&amp;", "&#0;", "<", ">", "#", "- ",
                                 "1. ", "> ", "Lukashenko said the talks would go on. ", "“We are ready,” he said. ", "\n"]),
                min_size=1, max_size=40) | st.text(max_size=200).map(lambda t: f"<p>{t}</p>"))
def test_any_web_page_reads_as_an_article_or_one_line_error(nlp, params, tmp_path_factory, parts):
    # a page's main text goes through trafilatura and lxml: whatever the markup, an article whose sentences cover its
    # text in order, or a FramingError of one line
    raw = ("".join(parts) if isinstance(parts, list) else parts).encode("utf-8", "surrogatepass")
    path = tmp_path_factory.mktemp("page") / "page.html"
    path.write_bytes(raw)
    try:
        art = read_article(path)
    except FramingError as e:
        assert "\n" not in str(e) and str(path) in str(e)
        return
    seg = segment_articles([art], nlp, params["segment"])[0]
    prev_end = 0
    for s in seg.sentences:
        assert art.text[s.start : s.end] == s.text and s.start >= prev_end
        prev_end = s.end


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("“Is the border theirs or ours?” Lukashenko told state television. He left.\n",
                 ["“Is the border theirs or ours?” Lukashenko told state television.", "He left."], id="name_then_verb"),
    pytest.param("“Who gave the order?” asked the minister. Nobody answered.\n",
                 ["“Who gave the order?” asked the minister.", "Nobody answered."], id="verb_then_name"),
    pytest.param("“Enough!” the Belarusian leader shouted at the reporters.\n",
                 ["“Enough!” the Belarusian leader shouted at the reporters."], id="lowercase_description"),
    pytest.param("“What now?” The minister left the room without an answer.\n",
                 ["“What now?”", "The minister left the room without an answer."], id="no_frame_new_sentence"),
    # BASIL train (forty-fourth session): a source's own sentence splits put "added Lauten, …" after a full stop
    pytest.param("\"Rise to the occasion. Dress like you deserve respect ... And certainly don’t make faces during "
                 "public events.\" added Lauten, who works for Rep. Stephen Fincher, R-Tenn.\n",
                 ["\"Rise to the occasion.", "Dress like you deserve respect ... And certainly don’t make faces during "
                  "public events.\" added Lauten, who works for Rep. Stephen Fincher, R-Tenn."],
                 id="lowercase_frame_after_a_full_stop"),
    pytest.param("“We will win.” Lauten added nothing else.\n", ["“We will win.”", "Lauten added nothing else."],
                 id="capitalised_sentence_after_a_full_stop_is_new"),
])
def test_a_quote_ending_in_a_question_or_exclamation_keeps_its_speaker_frame(nlp, params, text, expected):
    # spaCy ends a sentence at "?”"; the frame that names who asked belongs to it (docs/attribution.md)
    seg = segment_articles([decode_article(text.encode(), "q.txt")], nlp, params["segment"])[0]
    assert [s.text for s in seg.sentences] == expected


@pytest.mark.parametrize("text", ["Q: Is he in control?\n\nA: Formally, yes. But Moscow decides.\n",
                                  "Q. Is he in control?\n\nA. Formally, yes. But Moscow decides.\n",
                                  "HOST: Is he in control?\n\nMR. BUDRYS: Formally, yes. But Moscow decides.\n",
                                  # a podcast transcript written for the check (forty-fourth session): a time stamp first
                                  "[00:00:23] HOST: Is he in control?\n\n[00:00:27] KATIA GLOD: Formally, yes. But Moscow "
                                  "decides.\n"])
def test_an_interview_turn_marker_starts_its_first_sentence(nlp, params, text):
    # spaCy made "A:" a sentence of its own (an interview written for the check)
    seg = segment_articles([decode_article(text.encode(), "i.txt")], nlp, params["segment"])[0]
    assert [s.text for s in seg.sentences][1:] == [text.split("\n\n")[1].split(" But")[0], "But Moscow decides."]


@pytest.mark.parametrize("label", ["August 9, 2020:", "January 2025:", "2022:", "9 August 2020:", "May 23:"])
def test_a_timeline_s_date_label_starts_its_first_sentence(nlp, params, label):
    # s48, a timeline written for the check: spaCy made "August 9, 2020:" and "January 2025:" sentences of their own
    text = f"Timeline\n\n{label} Lukashenko is declared the winner of a seventh term. The EU calls the vote a sham.\n"
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    assert [s.text for s in seg.sentences][1:] == [f"{label} Lukashenko is declared the winner of a seventh term.",
                                                   "The EU calls the vote a sham."]


MARKDOWN = """---
title: Five things
---
# Five things to know

*Analysis* | By Jan Novak

## 1. The launchpad

In 2022, [satellite images](https://example.com/a?b=1) showed **columns of tanks** near the border.

> "Belarus is a co-aggressor," Andrii Sybiha said.

- Analysts say the move is mostly symbolic.
* Others disagree.

2. The warheads are stored near Asipovichy.

![Tanks near the border](https://example.com/t.jpg)

---

The end came fast.
"""


def test_markdown_markup_is_read_not_parsed(nlp, params):
    # an explainer in Markdown written for the check: "## 1. The launchpad" came out as two headings with their "#",
    # the blockquote's ">" kept its quote from being direct, and the parser read the link's address as words
    seg = segment_articles([decode_article(MARKDOWN.encode(), "five.md")], nlp, params["segment"])[0]
    got = [(s.kind, s.text) for s in seg.sentences]
    assert all(MARKDOWN[s.start : s.end] == s.text for s in seg.sentences)
    assert got[0] == ("heading", "Five things to know")
    assert ("heading", "1. The launchpad") in got  # a heading is one sentence, its markers outside it
    assert ("body", '"Belarus is a co-aggressor," Andrii Sybiha said.') in got
    assert ("body", "Analysts say the move is mostly symbolic.") in got and ("body", "Others disagree.") in got
    assert ("body", "The warheads are stored near Asipovichy.") in got
    assert [k for k, t in got if "Tanks near" in t] == ["caption"]
    assert not [t for _, t in got if t.strip("-") == ""]  # a rule is no sentence
    link = next(s for s in seg.sentences if "satellite" in s.text)
    assert link.text.startswith("In 2022, [satellite images](https://example.com/a?b=1) showed")
    doc = next(p.doc for p in seg.paragraphs if "satellite" in p.text)
    assert not [t for t in doc if "http" in t.text or "*" in t.text]  # the parser reads the words, not the markup
    assert ("heading", "*Analysis* | By Jan Novak") in got  # markup at a sentence's ends is its own
    assert seg.article.title == "Five things"
    untitled = MARKDOWN.split("---\n", 2)[2]
    assert segment_articles([decode_article(untitled.encode(), "five.md")], nlp, params["segment"])[0].article.title == \
        "Five things to know"


def test_a_markdown_block_quote_numbers_its_paragraphs(nlp, params):
    # a Markdown statement written for the check in the thirty-second session: the block quote's second paragraph
    # was the writer's; the attribution stage needs to know which paragraphs one block quote holds
    text = "# Statement\n\nThe press service said:\n\n> The president held talks.\n>\n> The army is ready.\n\nEnd.\n\n> Another.\n"
    seg = segment_articles([decode_article(text.encode(), "s.md")], nlp, params["segment"])[0]
    blocks = {p.text.strip(): p.quote_block for p in seg.paragraphs}
    assert blocks["The press service said:"] == 0 and blocks["End."] == 0
    assert blocks["The president held talks."] == blocks["The army is ready."] > 0
    assert blocks["Another."] > blocks["The army is ready."]
    assert {p.kind for p in seg.paragraphs} <= {"body", "heading"}


def test_a_markdown_block_wholly_in_bold_is_flagged_and_kept_through_the_saved_parse(nlp, params, tmp_path):
    # an interview written for the check in the fortieth session sets its questions in bold; the attribution stage
    # reads them as the writer's questions
    from pipeline.segment import load_segmented, save_segmented

    text = "# Q&A\n\n**Do you fear arrest?**\n\nNo. **Never** again.\n\n__Will you return?__\n\n**Yes**, soon.\n"
    seg = segment_articles([decode_article(text.encode(), "q.md")], nlp, params["segment"])[0]
    bold = {p.text.strip(): p.bold for p in seg.paragraphs}
    assert bold == {"Q&A": False, "Do you fear arrest?": True, "No.   Never   again.": False, "Will you return?": True,
                    "Yes  , soon.": False}
    save_segmented([seg], tmp_path)
    loaded = load_segmented(tmp_path, nlp.vocab)[0]
    assert [p.bold for p in loaded.paragraphs] == [p.bold for p in seg.paragraphs]
    plain = segment_articles([decode_article(text.encode(), "q.txt")], nlp, params["segment"])[0]
    assert not any(p.bold for p in plain.paragraphs)  # a .txt file's asterisks are characters, not markup


def test_a_markdown_list_numbers_its_items_and_keeps_them_through_the_saved_parse(nlp, params, tmp_path):
    # the attribution stage reads a list after "X said:" as X's to its last item (a NATO story written for the check)
    from pipeline.segment import load_segmented, save_segmented

    text = "# T\n\nThe alliance said:\n\n- deploy jets;\n- hold an exercise.\n\nEnd.\n\n1. First.\n   - nested.\n"
    seg = segment_articles([decode_article(text.encode(), "l.md")], nlp, params["segment"])[0]
    lists = {p.text.strip(): p.list_block for p in seg.paragraphs}
    assert lists["The alliance said:"] == 0 and lists["End."] == 0
    assert lists["deploy jets;"] == lists["hold an exercise."] == 1
    assert lists["First."] == lists["nested."] == 2  # a nested list is part of the outermost
    save_segmented([seg], tmp_path)
    assert [p.list_block for p in load_segmented(tmp_path, nlp.vocab)[0].paragraphs] == [p.list_block for p in seg.paragraphs]


def test_a_curly_apostrophe_inside_a_name_is_read_as_a_name_and_kept_in_the_text(nlp, params, tmp_path):
    # s60, PTC train: "But O’Gorman added: …" had no person as its subject (spaCy tagged the curly-apostrophe name a
    # noun; with a straight one, a person), so the quotation went to `O’Gorman`, not to the Colm O’Gorman named before
    from pipeline.segment import load_segmented, save_segmented

    text = "But O’Gorman added: “It is late.” Land O’Lakes said nothing; the O’s won. Don’t ask.\n"
    seg = segment_articles([decode_article(text.encode(), "a.txt")], nlp, params["segment"])[0]
    par = seg.paragraphs[0]
    tok = next(t for t in par.doc if t.idx == text.index("O’Gorman"))
    assert tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"
    assert par.text == text.rstrip("\n") and all(text[s.start : s.end] == s.text for s in seg.sentences)
    assert "O’Gorman" in seg.sentences[0].text and "Don’t" in seg.sentences[-1].text  # (only a name's apostrophe is read straight)
    save_segmented([seg], tmp_path)
    assert [p.text for p in load_segmented(tmp_path, nlp.vocab)[0].paragraphs] == [p.text for p in seg.paragraphs]


def test_a_txt_article_keeps_its_markup_characters(nlp, params):
    text = "Talks\n\n- Analysts say the move is symbolic.\n\n# 5 people were hurt.\n"
    got = [s.text for s in segment_articles([decode_article(text.encode(), "a.txt")], nlp, params["segment"])[0].sentences]
    assert got[1:] == ["- Analysts say the move is symbolic.", "# 5 people were hurt."]


@pytest.mark.parametrize(("line", "author"), [
    ("(Reporting by Anna Koper; Editing by Gareth Jones)", "Anna Koper"),
    ("Reporting by Anna Koper and Pawel Florkiewicz in Warsaw; Writing by Andrius Sytas", "Anna Koper and Pawel Florkiewicz"),
    ("Associated Press writer Yuras Karmanau contributed to this report.", None),
])
def test_a_wire_credit_line_is_no_body_text_and_names_the_author(nlp, params, line, author):
    # a Reuters-style story written for the check: its credit line was a body sentence of the writer's
    text = f"Poland closes the border\n\nThe interior ministry said the crossing would close.\n\n{line}\n"
    seg = segment_articles([decode_article(text.encode(), "r.txt")], nlp, params["segment"])[0]
    assert [s.kind for s in seg.sentences if "by" in s.text or "contributed" in s.text] and all(
        s.kind == "bio" for s in seg.sentences if "by" in s.text or "contributed" in s.text)
    assert seg.article.author == author


def test_a_headline_ending_in_a_quotation_is_a_heading(nlp, params):
    # a story written for the check: the headline closes a quotation with no full stop inside it
    text = 'Inside the new crackdown: "They come at night"\n\nBy Anna Kowalska\n\n“We will win.”\n\nPolice came at night, she said.\n'
    k = kinds(nlp, params, text)[1]
    assert k[0] == ("heading", 'Inside the new crackdown: "They come at night"')
    assert ("body", "“We will win.”") in k


def test_a_subheading_in_single_quotation_marks_is_a_heading(nlp, params):
    # PTC train (fifty-third session, a sample of 40 direct quotations read): a subheading "‘Responsible for Trump’" was
    # a body sentence, read as a quotation of the person quoted before it
    text = ("Spy story\n\nManafort has denied the claims, a spokesman said.\n\n‘Responsible for Trump’\n\n'Right decision'\n\n"
            "The paper’s editor said: ‘We stand by the story.’\n")
    k = kinds(nlp, params, text)[1]
    assert ("heading", "‘Responsible for Trump’") in k
    assert ("heading", "'Right decision'") in k
    assert ("body", "The paper’s editor said: ‘We stand by the story.’") in k


def test_a_quotation_inside_a_quotation_closing_a_line_ends_a_sentence(nlp, params):
    # PTC train (sixty-third session, the twenty-seventh reading): a line closing two quotations at once after its full
    # stop or question mark ("…?’”", ".'\"") was a heading, and left the quotation it closed
    text = ("Bible story\n\nThe Bible then informs us, \"Before they had gone to bed, the men surrounded the house.\n"
            "They called to Lot, 'Where are the men who came to you tonight?'\"\n"
            "“I mean, frankly, I told the House, ‘If you want, let them see it.’”\n‘Responsible for Trump’\n")
    k = kinds(nlp, params, text)[1]
    assert ("body", "They called to Lot, 'Where are the men who came to you tonight?'\"") in k
    assert ("body", "“I mean, frankly, I told the House, ‘If you want, let them see it.’”") in k
    assert ("heading", "‘Responsible for Trump’") in k  # (guard: no full stop inside the marks)


def test_a_question_as_the_first_line_set_off_is_the_headline(nlp, params):
    # an analysis written for the check in the thirty-eighth session: "Can Europe arm itself fast enough?" was read as
    # the writer's first body sentence, since a question mark ends a sentence
    text = "Can Europe arm itself fast enough?\n\nDefence ministers meet in Brussels this week.\n\nWhat happens next?\n"
    k = kinds(nlp, params, text)[1]
    assert k[0] == ("heading", "Can Europe arm itself fast enough?")
    assert k[-1] == ("body", "What happens next?")  # only the first line
    # a first paragraph of two sentences, or one run on into the next line, is the story's
    k = kinds(nlp, params, "Why now? Nobody knows.\n\nDefence ministers meet in Brussels this week.\n")[1]
    assert k[0][0] == "body"
    k = kinds(nlp, params, "Can Europe arm itself fast enough?\nDefence ministers meet in Brussels this week.\n")[1]
    assert k[0][0] == "body"


def test_a_possessive_apostrophe_and_a_quoted_title_s_colon_end_no_sentence(nlp, params):
    # s67, the thirty-fourth reading (PTC train): "… are to be part of AJHS’ “1917: How One Year Changed the World”." was
    # cut in three, after the possessive "AJHS’" and after the title's colon
    line = "The plays are to be part of AJHS\u2019 \u201c1991: How One Year Changed Minsk\u201d, the director said."
    assert kinds(nlp, params, f"Test\n\n{line}\n")[1][-1] == ("body", line)
    # (guard) a full stop before a closing mark still ends a sentence, and a colon in a quotation that runs on is a
    # quotation's colon, not a title's
    k = kinds(nlp, params, "Test\n\nHe called it \u2018a farce.\u2019 Then he left.\n")[1]
    assert k[-1] == ("body", "Then he left.")
    k = kinds(nlp, params, "Test\n\nLukashenko said: \u201cWe will win. Nobody will stop us.\u201d\n")[1]
    assert k[-1] == ("body", "Nobody will stop us.\u201d")


def test_a_dash_credit_after_a_quotation_stays_in_its_sentence(nlp, params):
    # PTC dev (thirtieth session): "“…” – Einstein." was split, so the credit named nobody and the quote went to the
    # previous speaker
    k = kinds(nlp, params, "Test\n\n“Condemnation without investigation is the height of ignorance.” – Einstein.\n")[1]
    assert k[-1] == ("body", "“Condemnation without investigation is the height of ignorance.” – Einstein.")
    k = kinds(nlp, params, "Test\n\n“The answer to bad speech is more speech.” –Edward Snowden (source)\n")[1]
    assert k[-1][1].endswith("–Edward Snowden (source)")
    # a dash before a clause is no credit: the fix leaves the parser free to start a sentence there
    from pipeline.segment import keep_quote_credit

    doc = keep_quote_credit(nlp.make_doc("“We will win.” – That was the promise he made in May."))
    assert all(t.is_sent_start is None for t in doc[1:])
    doc = keep_quote_credit(nlp.make_doc("“We will win.” – Einstein."))
    assert [t.is_sent_start for t in doc[-3:]] == [False, False, False]


@pytest.mark.parametrize(("title", "body", "lede"), [
    # PTC's training articles (twenty-ninth session): a headline of 15 to 30 words, no full stop, then a blank line, the
    # body in single-newline paragraphs; it was read as a body sentence and its title-case words as a speaker
    ("Leaked Memos Reveal Border Guards Were Told To Push Migrants Back Into The Forest Before The Inspectors Arrived",
     "The memos were sent in March.\nThey were signed by a deputy commander.\nNobody has denied them.\n",
     "Leaked memos show that border guards were told to push migrants back into the forest before inspectors came."),
    # BASIL's test articles written out as text (sixty-seventh session, from the sixty-sixth's reading of the labels):
    # every paragraph after a blank line; five titles of 15 to 19 words ("NJ Gov Chris Christie to Throw His Hat in the
    # Ring for White House Run") were read as the writer's first body sentence, and a headline's "to" as a prediction
    ("Defence Minister Viktor Khrenin to step down in January; Lukashenko names his deputy as acting defence minister",
     "The decree was published on Friday.\n\nIt takes effect at once.\n\nNobody has explained it.\n",
     "Defence Minister Viktor Khrenin will step down in January, and Lukashenko has named his deputy as acting minister."),
], ids=["single_newline_paragraphs", "every_paragraph_set_off"])
def test_a_long_first_line_set_off_by_a_blank_line_is_the_headline(nlp, params, title, body, lede):
    k = kinds(nlp, params, f"{title}\n\n{body}")[1]
    assert k[0] == ("heading", title)
    assert all(kind == "body" for kind, _ in k[1:])
    # a first paragraph that ends a sentence is the lede, however it is set off; one that runs on into the next line
    # is no title, nor is a text of one long line without a full stop (nothing follows it)
    assert kinds(nlp, params, f"{lede}\n\n{body}")[1][0] == ("body", lede)
    assert kinds(nlp, params, f"{title}\n{body}")[1][0][0] == "body"
    assert kinds(nlp, params, title + "\n")[1][0][0] == "body"


@pytest.mark.parametrize(("text", "bio"), [
    ("Misreading Minsk\n\nBy Tomas Lindqvist\n\nI have followed him for years.\n\nTomas Lindqvist is a senior fellow at "
     "the Nordic Institute for Security Studies.\n", True),
    # an op-ed written for the check (forty-fourth session): a role set off by commas between name and verb
    ("Misreading Minsk\n\nBy Tomas Lindqvist\n\nI have followed him for years.\n\nTomas Lindqvist, a former Swedish "
     "ambassador to Belarus, is a fellow at the Atlantic Council.\n", True),
    ("Misreading Minsk\n\nBy Tomas Lindqvist\n\nI have followed him for years.\n\nLindqvist, who served in Minsk, "
     "is a fellow at the Atlantic Council.\n", True),
    ("---\nauthor: Tomas Lindqvist\n---\nI have followed him for years.\n\nLindqvist was a diplomat in Minsk until 2020.\n", True),
    # a body paragraph about someone else, and a long closing paragraph that happens to name the writer, stay body
    ("Misreading Minsk\n\nBy Tomas Lindqvist\n\nI have followed him for years.\n\nAles Bialiatski is a Nobel laureate.\n", False),
    ("Misreading Minsk\n\nBy Tomas Lindqvist\n\nI have followed him for years.\n\nTomas Lindqvist is wrong, some readers "
     "will say. " + "They will have their reasons, and I have mine. " * 6 + "\n", False),
    ("Misreading Minsk\n\nBy Tomas Lindqvist\n\nI have followed him for years.\n\nTomas Lindqvist, my critics say, is "
     "naive.\n", False),  # the writer's own voice about himself, a report set off by commas: no role
])
def test_a_closing_line_about_the_writer_is_a_bio(nlp, params, text, bio):
    # an opinion column written for the check in the twenty-sixth session (s77): the writer's closing bio line was
    # the writer's own body text
    seg = segment_articles([decode_article(text.encode(), "a.md" if text.startswith("---") else "a.txt")], nlp, params["segment"])[0]
    assert (seg.paragraphs[-1].kind == "bio") is bio


@pytest.mark.parametrize("byline, author", [
    ("By Anna Kowalska", "Anna Kowalska"),
    ("By ANNA KOWALSKA and JAN NOVAK", "Anna Kowalska, Jan Novak"),
    ("By Anna Kowalska, Reuters", "Anna Kowalska"),
    ("By the end of the week, talks had failed.", None),  # a sentence, not a byline
    ("By Land and Sea", None),  # a headline: one-word "names"
    # the Guardian's and the BBC's place after the name (an article written for the check, thirty-seventh session)
    ("By Maria Kowalska in Vilnius", "Maria Kowalska"),
    ("By Maria Kowalska in Vilnius and Jan Novak in Warsaw", "Maria Kowalska, Jan Novak"),
    ("By Maria Kowalska and Jan Novak in Kyiv", "Maria Kowalska, Jan Novak"),
    ("BY MARIA KOWALSKA IN VILNIUS", "Maria Kowalska"),
    ("By BBC News in Kyiv", None),  # a newsroom, not a person
    ("By Staff Reporter", None),
    ("By Our Foreign Staff", None),
    # a State Department readout written for the check (forty-fifth session): whose words the readout is
    ("The following is attributable to Spokesperson Tammy Bruce:", "Tammy Bruce"),
    ("The following statement is attributable to Matthew Miller:", "Matthew Miller"),
    ("The following is attributable to the Office of the Spokesperson:", None),
])
def test_a_byline_gives_the_author(nlp, params, byline, author):
    seg, _ = kinds(nlp, params, f"Talks fail in Minsk\n\n{byline}\n\nPolice came at night, she said.\n")
    assert seg.article.author == author


def test_a_lowercase_word_right_after_a_word_starts_no_sentence(nlp, params):
    # a story written for the check: spaCy's parser cut "I call her once a week | and we talk about the weather."
    text = "Talks\n\n“My mother still lives in Grodno. I call her once a week and we talk about the weather.”\n"
    sents = [t for kind, t in kinds(nlp, params, text)[1] if kind == "body"]
    assert sents == ["“My mother still lives in Grodno.", "I call her once a week and we talk about the weather.”"]


@pytest.mark.parametrize(("text", "expected"), [
    ("“We appreciate every honest effort,” Sybiha wrote on X. “Ukraine will never accept an ultimatum.”",
     ["“We appreciate every honest effort,” Sybiha wrote on X.", "“Ukraine will never accept an ultimatum.”"]),
    ("She posted the video to X. Hours later it was gone.", ["She posted the video to X.", "Hours later it was gone."]),
    ("The letter was signed by Malcolm X. Smith and two others.", ["The letter was signed by Malcolm X. Smith and two others."]),
])
def test_the_platform_x_ends_a_sentence(nlp, params, text, expected):
    # a story written for the check in the twenty-sixth session: "… wrote on X. “Ukraine will …”" was one sentence,
    # spaCy's tokenizer reading "X." as an initial
    sents = [t for kind, t in kinds(nlp, params, f"Talks\n\n{text}\n")[1] if kind == "body"]
    assert sents == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“People want to see the state doing something,” said Marcin Duma, who heads IBRiS. The findings, he said, matched "
     "earlier surveys.",
     ["“People want to see the state doing something,” said Marcin Duma, who heads IBRiS.",
      "The findings, he said, matched earlier surveys."]),
    ("The mine is run by K+S Minerals GmbH. “We will appeal,” the company said.",
     ["The mine is run by K+S Minerals GmbH.", "“We will appeal,” the company said."]),
    # (guards: no capital after it, or an abbreviation spaCy splits itself)
    ("He works at IBRiS. and at two universities.", ["He works at IBRiS. and at two universities."]),
    ("She moved to the U.S. The visa came later.", ["She moved to the U.S.", "The visa came later."]),
])
def test_a_mixed_case_word_s_full_stop_ends_a_sentence(nlp, params, text, expected):
    # a story written for the check in the sixty-ninth session: spaCy's tokenizer kept "IBRiS." whole (its suffix rule
    # splits a full stop after a lower-case letter or two capitals), and the parser ran two sentences into one
    sents = [t for kind, t in kinds(nlp, params, f"Talks\n\n{text}\n")[1] if kind == "body"]
    assert sents == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The crowd chanted 'Zhyve Belarus!' — long live Belarus — as police looked on.",
     ["The crowd chanted 'Zhyve Belarus!' — long live Belarus — as police looked on."]),
    ("They shouted “Zhyve Belarus!” — long live Belarus — and left.",
     ["They shouted “Zhyve Belarus!” — long live Belarus — and left."]),
    ("They shouted “Enough!” — That was the last we heard.", ["They shouted “Enough!”", "— That was the last we heard."]),  # (guard)
])
def test_a_dash_glossing_a_quoted_exclamation_goes_on_with_the_sentence(nlp, params, text, expected):
    # a story written for the check in the sixty-ninth session: the parser cut "— long live Belarus — as police looked
    # on." off as a sentence of its own
    sents = [t for kind, t in kinds(nlp, params, f"Talks\n\n{text}\n")[1] if kind == "body"]
    assert sents == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The funeral Mass was said by Fr. John Kowalski, who spoke of peace.",
     ["The funeral Mass was said by Fr. John Kowalski, who spoke of peace."]),
    ("“We will not leave,” said Sgt. Maj. Petro Koval. His unit held the bridge.",
     ["“We will not leave,” said Sgt. Maj. Petro Koval.", "His unit held the bridge."]),
    ("Capt. Olena Marchenko and Msgr. Pavel Nowak met Amb. Jan Novak and Supt. Ian Reid.",
     ["Capt. Olena Marchenko and Msgr. Pavel Nowak met Amb. Jan Novak and Supt. Ian Reid."]),
    ("Det. Insp. Mark Hale said the Hon. Anna Berg and Pvt. Tom Lee had been told.",
     ["Det. Insp. Mark Hale said the Hon. Anna Berg and Pvt. Tom Lee had been told."]),
    # BASIL's (thirty-fourth session): the parser still cut after the merged "Reps." until its next word was marked
    ("At the caucus meeting, several members went to bat for Tsikhanouskaya. Reps. Adam Ruiz (Calif.), Gwen Dale (Wis.), "
     "Bill Hale (N.J.), Kate Kent (Mass.), Joaquin Park (Texas) and Debbie Moss (Mich.) each gave nominating speeches for her.",
     ["At the caucus meeting, several members went to bat for Tsikhanouskaya.",
      "Reps. Adam Ruiz (Calif.), Gwen Dale (Wis.), Bill Hale (N.J.), Kate Kent (Mass.), Joaquin Park (Texas) and Debbie "
      "Moss (Mich.) each gave nominating speeches for her."]),
    ("He ordered a review in Sept. The report came back in October.",  # no title: the full stop ends the sentence
     ["He ordered a review in Sept.", "The report came back in October."]),
])
def test_a_title_abbreviation_ends_no_sentence(nlp, params, text, expected):
    # stories written for the check in the thirty-fourth session: spaCy's tokenizer knows "Dr.", "Gen." and "Rev."
    # but splits "Fr.", "Sgt.", "Capt.", "Msgr." ... from their full stop, and the parser then cut the name off its title
    sents = [t for kind, t in kinds(nlp, params, f"Talks\n\n{text}\n")[1] if kind == "body"]
    assert sents == expected


def test_a_short_line_ending_in_a_comma_is_no_heading(nlp, params):
    # PTC train: 'In fact, a former student of his wrote to me today saying,' (a line of its own) was a heading
    _, k = kinds(nlp, params, "Talks\nThe envoy arrived on Monday.\nIn fact, a former minister wrote to me saying,\n"
                              "“The regime is cracking.”\n")
    assert ("body", "In fact, a former minister wrote to me saying,") in k


def test_an_embedded_post_ending_in_its_link_is_no_heading(nlp, params):
    # a story with an embedded post written for the check: its text ends in the post's picture link, not a full stop
    _, k = kinds(nlp, params, "Talks\n\nThe envoy arrived on Monday.\n\nRussia launched 112 drones overnight. Our air "
                              "defence shot down 84. pic.twitter.com/AbC123xyz\n\nThe talks went on.\n")
    assert ("body", "Our air defence shot down 84.") in k
    _, k = kinds(nlp, params, "Talks\n\nThe envoy arrived on Monday.\n\nRead the statement https://example.org/a\n\nThe talks "
                              "went on.\n")
    assert ("heading", "Read the statement https://example.org/a") in k  # no sentence before the link


@pytest.mark.parametrize(("text", "expected"), [
    ('"We must stop the flights now," said Sen.\nMark Kowal, the Ohio Republican who chairs the panel.\nThe vote is on Friday.',
     ['"We must stop the flights now," said Sen.\nMark Kowal, the Ohio Republican who chairs the panel.',
      "The vote is on Friday."]),
    ("Border guards met Ohio Gov.\r\nJane Pruitt today. Dr. Ann Bell and Dr.\n  Tom Reed came later.",
     ["Border guards met Ohio Gov.\r\nJane Pruitt today.", "Dr. Ann Bell and Dr.\n  Tom Reed came later."]),
    ("He turned left on Main Dr.\n\nThe guards waved.", ["He turned left on Main Dr.", "The guards waved."]),
    ("He saw the Dr.\nthen he left.", ["He saw the Dr.", "then he left."]),
    ("The panel heard Sec.\nJane Kowal today.", ["The panel heard Sec.\nJane Kowal today."]),
    # s78, PTC train: "… the private secretary of Card." ¶ "Frings, Archbishop of Cologne.", "He signed it “Br." ¶ "Sofian
    # Zakkout.”", "When I was in Rome one month ago, Mgr." ¶ "Benelli told me …"
    ("He was the secretary of Card.\nFrings, Archbishop of Cologne.", ["He was the secretary of Card.\nFrings, Archbishop of Cologne."]),
    ("He signed it Br.\nSofian Zakkout.", ["He signed it Br.\nSofian Zakkout."]),
    ("When I was in Rome, Mgr.\nBenelli told me so.", ["When I was in Rome, Mgr.\nBenelli told me so."]),
])
def test_a_line_cut_after_a_title_abbreviation_is_one_paragraph_with_the_next(nlp, params, text, expected):
    # PTC's scraped articles (twenty or so of its training and dev articles) break the line after "Sen.", "Gov.",
    # "Dr.", "Sgt." or "Mr." ('"…," said Sen.' ¶ 'Rob Portman, the Ohio Republican …'): the quote went to "Sen."
    full = f"Talks\n\n{text}\n"
    seg, k = kinds(nlp, params, full)
    assert [t for kind, t in k if kind == "body"] == expected
    assert all(full[s.start : s.end] == s.text for s in seg.sentences)


def test_a_post_credit_cut_after_a_secretary_s_title_is_one_line(nlp, params):
    # s77, PTC train: an embedded post's credit cut after a secretary's title ("… — Sec." ¶ "Kirstjen Nielsen (@SecNielsen)
    # November 14, 2018") is one line, the credit whole
    seg, k = kinds(nlp, params, "Talks\n\nToday I am at the border.\npic.twitter.com/fOlIQNF5pW — Sec.\nJane Kowal "
                                "(@SecKowal) November 14, 2018\nShe left.\n")
    # (the line break turned into a space, so that offsets stay the text's)
    assert [p.text for p in seg.paragraphs][2] == "pic.twitter.com/fOlIQNF5pW — Sec. Jane Kowal (@SecKowal) November 14, 2018"


@pytest.mark.parametrize(("text", "expected"), [
    ("Viačorka said the regime was trading prisoners for legitimacy. 'Lukashenko releases ten people and arrests twenty "
     "more,' he wrote on X. 'This is not a thaw. It is a business model.'",
     ["Viačorka said the regime was trading prisoners for legitimacy.",
      "'Lukashenko releases ten people and arrests twenty more,' he wrote on X.", "'This is not a thaw.",
      "It is a business model.'"]),
    ("The talks ended. ‘We are not celebrating yet. His father is still behind bars.’",
     ["The talks ended.", "‘We are not celebrating yet.", "His father is still behind bars.’"]),
    ("He called it 'a business model'. Nobody laughed.", ["He called it 'a business model'.", "Nobody laughed."]),
])
def test_an_opening_single_quote_starts_its_sentence(nlp, params, text, expected):
    # a story written for the check in the twenty-seventh session (British quotation marks): spaCy's parser left the
    # opening ' with the sentence before ("… for legitimacy. '") and made the ' after "wrote on X." a sentence alone
    sents = [t for kind, t in kinds(nlp, params, f"Talks\n\n{text}\n")[1] if kind == "body"]
    assert sents == expected


@pytest.mark.parametrize("line", [
    "MINSK, Dec 1 (Reuters) - Belarus will not send troops to Ukraine, the president said on Monday.",
    "VILNIUS, Lithuania — Belarus will not send troops to Ukraine, the president said on Monday.",
    # a TASS story written for the check in the sixty-eighth session: "MINSK, September 12." and "/TASS/." were two
    # sentences of the writer's
    "MINSK, September 12. /TASS/. Belarus will not send troops to Ukraine, the president said on Monday.",
])
def test_a_dateline_stays_with_its_sentence(nlp, params, line):
    # a wire story written for the check in the twenty-second session: spaCy cut "MINSK, Dec 1 (Reuters) -" off
    sents = [t for kind, t in kinds(nlp, params, f"Troops\n\n{line} It added more.\n")[1] if kind == "body"]
    assert sents == [line, "It added more."]


def test_a_closing_credit_in_parentheses_stays_with_its_sentence(nlp, params):
    # a story written for the check in the twenty-second session: "(Reuters)" after a caption was a sentence of its own
    text = ("Border\n\nPhoto: Ukrainian border guards patrol near the border. (Reuters)\n\nThe guards left. (They came back "
            "later.)\n")
    sents = [t for _kind, t in kinds(nlp, params, text)[1]][1:]
    assert sents == ["Photo: Ukrainian border guards patrol near the border. (Reuters)", "The guards left.",
                     "(They came back later.)"]


@pytest.mark.parametrize(("line", "stamp", "rest"), [
    ("10:30 Lukashenko voted in Minsk alongside his youngest son.", "10:30",
     "Lukashenko voted in Minsk alongside his youngest son."),
    ("09:40 GMT — Opposition leader Sviatlana Tsikhanouskaya has called on Belarusians to cross out every name.",
     "09:40 GMT —", "Opposition leader Sviatlana Tsikhanouskaya has called on Belarusians to cross out every name."),
    ("4.15pm “Do not give the dictator legitimacy,” she said.", "4.15pm", "“Do not give the dictator legitimacy,” she said."),
])
def test_a_live_blog_time_stamp_is_a_heading_of_its_own(nlp, params, line, stamp, rest):
    # a live blog written for the check in the twenty-seventh session: "10:30 Lukashenko" was one TIME entity, so the
    # post's subject was nobody and "he replied" went to the speaker of an earlier post
    seg, rows = kinds(nlp, params, f"Live: election day\n\n{line}\n")
    assert rows[1:] == [("heading", stamp), ("body", rest)]
    assert seg.article.text[seg.sentences[2].start : seg.sentences[2].end] == rest


@pytest.mark.parametrize("line", ["10.5 million people were eligible to vote.", "2:1 was the final score in Minsk.",
                                  "1999 Lukashenko won again."])
def test_a_number_opening_a_line_is_no_time_stamp(nlp, params, line):
    assert kinds(nlp, params, f"Live: election day\n\n{line}\n")[1][1:] == [("body", line)]


# A scraped page's newsletter, poll and comment-form prompts, written for the test after the forms found in PTC's
# articles (114 of them hold "You may opt out at anytime."): page furniture, so `caption`, never the writer's body.
SCRAPED = """Senator Warns of Border Crisis
The senator said on Monday that the border was out of control.
take our poll - story continues below
Should the border be closed?
* Yes No Not sure
Email *
Comments This field is for validation purposes and should be left unchanged.
Completing this poll grants you access to Daily Example updates free of charge.
You may opt out at anytime.
You also agree to this site's Privacy Policy and Terms of Use.
Advertisement
Sign up for our free email newsletter, and we'll keep you in the loop.
Click here to watch the video.
READ MORE: Senator says wall is needed
Trending: WATCH: Senator Rides A Horse Into The Chamber
He added that the plan would cost billions.
"""


def test_page_furniture_of_a_scraped_article_is_a_caption(nlp, params):
    # (s67: the "Trending:" teaser, from PTC train, whose headline had become a speaker, `Lingerie Clad Hottie Attempts`)
    _, k = kinds(nlp, params, SCRAPED)
    furniture = [kind for kind, t in k if not t.startswith(("Senator Warns", "The senator", "He added"))]
    assert len(furniture) >= 12 and set(furniture) == {"caption"}
    assert ("caption", "Should the border be closed?") in k  # a poll's question, between two pieces of furniture
    assert ("body", "The senator said on Monday that the border was out of control.") in k
    assert ("body", "He added that the plan would cost billions.") in k


# s62: the widget as PTC's articles show it 52 times: a question repeated, then options that are sentences, more than
# FURNITURE_GAP lines between "take our poll" and the comment form; its lines were the writer's ("Will Brett" a name,
# "Yes, he will be confirmed." the writer's prediction)
POLL = """Kavanaugh Hearing Set
The senator said on Monday that the hearing would go ahead.
take our poll - story continues below
Will Brett Kavanaugh be confirmed to the Supreme Court?
Will Brett Kavanaugh be confirmed to the Supreme Court?
Will Brett Kavanaugh be confirmed to the Supreme Court?
* Yes, he will be confirmed.
No, he will not be confirmed.
Maybe, it is too close to call.
Email *
Completing this poll grants you access to Daily Example updates free of charge.
He added that the vote would come next week.
"""


def test_a_poll_s_question_and_options_are_the_widget_s(nlp, params):
    _, k = kinds(nlp, params, POLL)
    assert [kind for kind, t in k if t.startswith(("Will Brett", "* Yes", "No, he", "Maybe"))] == ["caption"] * 6
    assert ("body", "He added that the vote would come next week.") in k


def test_statements_after_take_our_poll_with_no_question_stay_body(nlp, params):
    text = POLL.replace("Will Brett Kavanaugh be confirmed to the Supreme Court?\n", "").replace("* ", "")
    _, k = kinds(nlp, params, text)
    assert [kind for kind, t in k if t.startswith(("Yes, he", "No, he", "Maybe"))] == ["body"] * 3


@pytest.mark.parametrize("text", [
    "Readers were told they may opt out at any time, the lawsuit says.",
    "Click here, the instructions said, and the malware was installed on thousands of computers across the country.",
    "Advertisement revenue fell by a third last year, the company said.",
    "Subscribers to the state newspaper were asked to sign up for a loyalty pledge.",
    "Subscribe to the newsletters of websites you enjoy.",  # a PTC dev article's advice to its readers, in a list
    "Trending topics that week included the border and the budget.",
])
def test_prose_that_merely_mentions_such_words_stays_body(nlp, params, text):
    _, k = kinds(nlp, params, f"Title here\n\n{text}\n\nMore text follows here.\n")
    assert [kind for kind, t in k if t == text] == ["body"]


def test_a_long_paragraph_between_two_pieces_of_furniture_stays_body(nlp, params):
    long = ("The senator said the border agency had lost track of thousands of cases, and that the audit, which took "
            "two years, found the same errors in every regional office it examined.")
    _, k = kinds(nlp, params, f"Title here\n\nAdvertisement\n{long}\nAdvertisement\nMore text follows here.\n")
    assert all(kind == "body" for kind, t in k if t.startswith(("The senator", "More text")))


# PTC's layout, written for the test: a title, a blank line, then one paragraph a line, with a blank line now and then
# between body paragraphs. The blank-line caption rule made the lede a caption in 403 of PTC's 446 articles.
SINGLE_LINES = """Senator Denies Allegations
Senator Jones on Thursday denied most of the allegations, which surfaced last month.
His office released a statement late on Wednesday.
The committee will meet again next week.

Still, it is one thing to deny the claims; it is another to answer them.
Critics said the statement raised more questions than it answered.
Several colleagues have called for an inquiry.
Others have stayed silent.

Senator Jones speaks to reporters outside the Capitol in Washington.
He declined to answer questions about the timeline.
The inquiry could take months.

Jones's press service posted on Telegram:
The senator has done nothing wrong.
"""


def test_a_blank_line_makes_a_caption_only_of_a_paragraph_that_reads_as_one(nlp, params):
    _, k = kinds(nlp, params, SINGLE_LINES)
    kind = dict((t, kind) for kind, t in k)
    assert kind["Senator Denies Allegations"] == "heading"
    assert kind["Senator Jones on Thursday denied most of the allegations, which surfaced last month."] == "body"
    assert kind["Still, it is one thing to deny the claims; it is another to answer them."] == "body"
    assert kind["Senator Jones speaks to reporters outside the Capitol in Washington."] == "caption"
    assert kind["He declined to answer questions about the timeline."] == "body"
    # a line the parser reads as a noun phrase ("office" the root, "posted" a participle) introduces the next: no caption
    assert kind["Jones's press service posted on Telegram:"] == "body"


def test_article_sentences_between_an_advertisement_and_a_newsletter_prompt_stay_body(nlp, params):
    # PTC dev article730081389: "Advertisement" ¶ two sentences of the story ¶ "Sign Up Thank you for signing up!"
    text = ("Officers Killed\n\nTwo officers were killed on Saturday.\nAdvertisement\nA series of 911 calls released by the "
            "city provide some details.\nSmith lived there with his wife and a young daughter.\nSign Up Thank you for "
            "signing up!\nThe police chief said the officers were shot on entering.\n")
    _, k = kinds(nlp, params, text)
    kind = dict((t, kind) for kind, t in k)
    assert kind["Advertisement"] == kind["Sign Up Thank you for signing up!"] == "caption"
    assert kind["A series of 911 calls released by the city provide some details."] == "body"
    assert kind["Smith lived there with his wife and a young daughter."] == "body"


def test_a_quotation_s_last_line_credited_by_a_dash_is_no_heading(nlp, params):
    # PTC train (the forty-third reading, seventy-first session): "So, what do we do about that?” –Don Lemon" closes a
    # quotation opened lines before; read as a heading, the quotation had no speaker
    text = ("Don Lemon Is Lying Again\n\n\u201cSo, we have to stop demonizing people.\n\nThere is no white guy ban.\n\n"
            "So, what do we do about that?\u201d \u2013Don Lemon\n\nTo illustrate the absurdity, I looked at the list.\n")
    _, k = kinds(nlp, params, text)
    kind = dict((t, kind) for kind, t in k)
    assert kind["So, what do we do about that?\u201d \u2013Don Lemon"] == "body"
    # (a title with a quotation opened and closed on it stays a heading)
    _, k = kinds(nlp, params, "See the review: \u201cWheel And Fight\u201d\u2014Pat Buchanan\u2019s Nixon Book\n\nThe review is long.\n")
    assert k[0][0] == "heading"


def test_a_word_glued_to_a_colon_and_an_opening_quotation_mark_is_split(nlp, params):
    # PTC dev (the forty-sixth reading): "said:“We’re" was one token, a noun and the sentence's subject
    text = "Test\n\nTrump lawyers Rudy Giuliani and Jay Sekulow said:\u201cWe\u2019re pleased with the report.\u201d\n"
    seg, _ = kinds(nlp, params, text)
    doc = next(p.doc for p in seg.paragraphs if "Sekulow" in p.text)
    assert [t.text for t in doc][7:11] == ["said", ":", "\u201c", "We"]
    assert doc[7].pos_ == "VERB"


def test_main_reads_the_folder_it_is_given_over_params(tmp_path: Path, monkeypatch):
    """`python -m pipeline.segment DIR OUT` segments DIR, not params.yaml's `segment.seeds`."""
    from pipeline.io import read_jsonl
    from pipeline.segment import main

    given = tmp_path / "given"
    given.mkdir()
    (given / "one.txt").write_text("Minsk said the talks would resume on Monday.\n", encoding="utf-8")
    main(str(given), str(tmp_path / "out"))
    assert [r["id"] for r in read_jsonl(tmp_path / "out" / "articles.jsonl")] == ["one"]


@pytest.mark.parametrize("text, expected", [
    # a policy brief written for the check (forty-seventh session): the first bullet of its key findings was a
    # sentence "•" of its own, its words another
    ("Key findings\n\n• Lukashenko's dependence on the Kremlin has deepened since 2020.\n",
     "• Lukashenko's dependence on the Kremlin has deepened since 2020."),
    ("Key findings\n\n▪ Belarus will host the weapons through 2027.\n", "▪ Belarus will host the weapons through 2027."),
    # ... and a footnote mark after a closing quotation mark was a sentence '"[2]' of its own
    ("Test\n\nThree officials described the relationship as \"vassalage in all but name.\"[2] Others disagreed.\n",
     "Three officials described the relationship as \"vassalage in all but name.\"[2]"),
    ("Test\n\nThe loans rose by a third in 2021.[1] Others disagreed.\n", "The loans rose by a third in 2021.[1]"),
])
def test_a_list_bullet_or_a_footnote_mark_is_no_sentence_of_its_own(nlp, params, text, expected):
    k = kinds(nlp, params, text)[1]
    assert ("body", expected) in k, k


@pytest.mark.parametrize(("text", "name"), [
    ("European Commission President Ursula von der Leyen told a news conference.", "Ursula von der Leyen"),
    ("Ursula von der Leyen said the plan was ready.", "Ursula von der Leyen"),
    ("They met Frans Timmermans and Hans van den Broek in The Hague.", "Hans van den Broek"),
    ("The book by Charles de Gaulle was on the table.", "Charles de Gaulle"),  # (guard: spaCy's entity already whole)
])
def test_a_surname_s_particles_stay_in_the_person_s_name(nlp, params, text, name):
    # a story on an EU summit written for the check in the sixty-eighth session: spaCy tagged "Ursula von der" a person
    # and "Leyen" a place, and the source was `Leyen`
    seg, _ = kinds(nlp, params, f"Summit\n\n{text}\n")
    people = [e.text for p in seg.paragraphs for e in p.doc.ents if e.label_ == "PERSON"]
    assert name in people


def test_a_line_closing_a_single_quoted_sentence_is_no_heading(nlp, params):
    # PTC dev (s72): "'It's 20 years ago, come on!'" ¶ "he blasted Melvin." was a heading, its quotation nobody's
    text = ("Interview\n\nPatterson, too, defended the former president.\n\n'It's 20 years ago, come on!'\n\nhe blasted "
            "Melvin.\n\n'Right decision'\n\nThe editor said so.\n")
    _, k = kinds(nlp, params, text)
    assert ("body", "'It's 20 years ago, come on!'") in k
    assert ("heading", "'Right decision'") in k  # (a guard: a quoted phrase with no full stop stays one)
