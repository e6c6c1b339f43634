import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.attribute import Attributor, NameRegistry, attribute_corpus, corpus_names, first_name_gender, scan_quotes
from pipeline.segment import decode_article, segment_articles


def attribute(nlp, params, text, name="t.txt"):
    seg = segment_articles([decode_article(text.encode(), name)], nlp, params["segment"])[0]
    attribute_corpus([seg], params["attribute"])
    return [(s.text, s.source, s.attribution) for s in seg.sentences]


def by_text(rows, start):
    return next(r for r in rows if r[0].startswith(start))


def test_said_x_after_quote_and_x_said(nlp, params):
    rows = attribute(nlp, params, "Senator Maria Lopez spoke on Monday.\n“The bill is dead,” said Lopez.\n“It will pass,” Tom Baker said.\n")
    assert by_text(rows, "“The bill")[1:] == ("Maria Lopez", "direct")
    assert by_text(rows, "“It will")[1:] == ("Tom Baker", "direct")
    assert by_text(rows, "Senator")[1:] == ("author", "author")


def test_x_stated_comma_then_quote_over_paragraphs(nlp, params):
    text = ("Following the talks, Anna Berg stated, “We are ready. We will act.\n"
            "“Nobody should doubt it.\n“The time has come,”\nThe weather was cold.\n")
    rows = attribute(nlp, params, text)
    for start in ("Following", "We will act", "“Nobody", "“The time"):
        assert by_text(rows, start)[1:] == ("Anna Berg", "direct"), start
    assert by_text(rows, "The weather")[1] == "author"


def test_he_continued_after_a_caption(nlp, params):
    text = ("“Prices will rise,” said a senior central bank economist.\n\n"
            "The bank's headquarters in Frankfurt. Photo: Reuters\n"
            "“We expect more,” he continued.\nThe market closed higher, and traders left for the weekend today.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "“Prices")[1] == "senior central bank economist"
    assert by_text(rows, "“We expect")[1:] == ("senior central bank economist", "direct")
    assert by_text(rows, "The bank")[1:] == ("author", "author")


def test_two_spellings_one_person_and_titles_removed(nlp, params):
    text = ("President Volodymyr Zelenskiy met the envoy.\n“We stand firm,” said Zelenskiy.\n"
            "Ukraine President Volodymyr Zelensky has said the army is ready.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "“We stand")[1] == "Volodymyr Zelenskiy"
    assert by_text(rows, "Ukraine President")[1:] == ("Volodymyr Zelenskiy", "indirect")


def test_a_first_name_alone_is_the_full_name_given_later(nlp, params):
    # a wire story written for the check in the thirty-sixth session: "Losik's wife, Darya," and later "Darya Losik"
    # were two sources
    text = ("Sentence\n\nA court sentenced Ihar Losik to eight years.\n\nLosik's wife, Darya, said she learned of the verdict "
            "from his lawyer.\n\n\u201cIhar is strong,\u201d Darya Losik said.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Losik's wife")[1] == "Darya Losik"
    assert by_text(rows, "\u201cIhar")[1] == "Darya Losik"
    assert by_text(rows, "A court")[1] == "author"


def test_a_titled_first_name_is_not_a_later_full_name(nlp, params):
    # PTC training articles, thirty-sixth session: "Queen Elizabeth" had merged into a later "Elizabeth Yore"
    text = ("Book\n\nIn the words of Queen Elizabeth, this year has been a horrible one.\n\n\u201cIt is a welcome book,\u201d "
            "said Elizabeth Yore.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "In the words")[1] != "Elizabeth Yore"
    assert by_text(rows, "\u201cIt is")[1] == "Elizabeth Yore"


def test_description_resolves_to_named_person(nlp, params):
    text = ("President Volodymyr Zelenskiy met Belarus President Aleksandr Lukashenko's envoy.\n"
            "The Ukrainian president made it clear that he considered the deal dead.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "The Ukrainian")[1:] == ("Volodymyr Zelenskiy", "indirect")


def test_according_to_and_paraphrase_carried_on(nlp, params):
    text = ("According to Ivan Petrov and others, the plan failed. The army was not ready.\n"
            "Opposition groups claim to have seen the documents. The papers were signed in May. If correct, this matters.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "According")[1:] == ("Ivan Petrov", "indirect")
    assert by_text(rows, "The army")[1:] == ("Ivan Petrov", "indirect")
    assert by_text(rows, "Opposition")[1:] == ("opposition groups", "indirect")
    assert by_text(rows, "The papers")[1] == "opposition groups"
    assert by_text(rows, "If correct")[1:] == ("author", "author")


def test_inverted_says_x_and_mixed_fragment(nlp, params):
    text = ("Therefore, says Olga Nemtsova, it is time to act.\n"
            "The governor “made a grave error,” said Nemtsova.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Therefore")[1:] == ("Olga Nemtsova", "indirect")
    assert by_text(rows, "The governor")[1:] == ("Olga Nemtsova", "mixed")


def test_scare_quotes_stay_with_the_author(nlp, params):
    rows = attribute(nlp, params, "The country is not “officially” at war, and its army stays home this winter.\n")
    assert rows[0][1:] == ("author", "author")


def test_unbalanced_quotes_never_crash(nlp, params):
    for text in ("He said ”nothing“ at all.\n", "“Open quote never closed\nNext line.\n", '"" "" "\n', "”\n“\n"):
        rows = attribute(nlp, params, text)
        assert rows and all(r[2] in ("author", "direct", "indirect", "mixed") for r in rows)


def test_scan_quotes_notes_unbalanced_marks():
    q = scan_quotes("no open” here", carry=False)
    assert "closing" in q.note and all(q.inside[: len("no open”")])
    assert scan_quotes("“open", carry=False).ends_open


def test_a_straight_mark_after_a_quote_s_last_punctuation_closes_a_quote_opened_lines_before():
    # PTC train (article727736557): '"I sold him 600 rounds …' ¶ 'I sold him 120 rounds …," Haig said to ABC15.' - the
    # straight mark toggled a quote open, so "Haig said" was read as quoted and the quote had no speaker
    text = 'I sold him 120 rounds of tracer, again," Haig said to ABC15.'
    q = scan_quotes(text, carry=False)
    inside = "".join(c for c, i in zip(text, q.inside) if i)
    assert inside == 'I sold him 120 rounds of tracer, again,"' and not q.ends_open and "closing" in q.note
    for plain in ('He called it "a farce" and left.', '"Yes," he said, "we will."', 'She said: "No."'):
        q = scan_quotes(plain, carry=False)
        assert not q.note and not q.ends_open, plain


def test_a_quote_over_two_lines_closed_by_a_straight_mark_is_its_frame_s(nlp, params):
    text = ("Test\nHaig's attorney Marc Victor told reporters it was perfectly legal for Haig to sell the rounds.\n"
            "Paddock showed up to buy ammunition at Haig's home after meeting him at a gun show.\n"
            '"I sold him 600 rounds of .308 tracer, surplus U.S. military.\n'
            'I sold him 120 rounds of .556 tracer, again, surplus U.S. military," Haig said to ABC15.\n')
    rows = attribute(nlp, params, text)
    assert by_text(rows, '"I sold him 600')[1:] == ("Haig", "direct")
    assert by_text(rows, "I sold him 120")[1:] == ("Haig", "direct")


def test_single_quotation_marks_quote_where_no_double_ones_are_used():
    text = "'I don't know why they chose me,' he said of the prisoners' release."
    q = scan_quotes(text, carry=False)
    inside = "".join(c for c, i in zip(text, q.inside) if i)
    assert inside == "'I don't know why they chose me,'"
    assert not any(scan_quotes("The prisoners' families and Ukraine's envoy waited.", carry=False).inside)
    assert not any(scan_quotes("He said “yes” and 'no'.", carry=False).inside[len("He said “yes” and "):])
    # (fifty-fifth session, PTC: the "‘" of a transliterated name after a hyphen opened a quotation left open to the
    # paragraph's end; a dash with spaces before it still opens one)
    q = scan_quotes("Don’t be deceived by the likes of Jihad Al-‘Ayesh.", carry=False)
    assert not any(q.inside) and not q.ends_open
    assert scan_quotes("It was - ‘a sham’ - he said.", carry=False).inside[len("It was - ")]


def test_a_british_style_quote_is_direct_speech(nlp, params):
    rows = attribute(nlp, params, "Prisoners were freed.\n\nSpeaking from Vilnius, Ihar Losik said he was still trying to "
                                  "understand it.\n\n'I don't know why they chose me,' he said. 'Many of my friends are "
                                  "still inside.'\n")
    assert by_text(rows, "'I don't")[1:] == ("Ihar Losik", "direct")
    assert by_text(rows, "'Many of")[1:] == ("Ihar Losik", "direct")


def test_an_interview_s_answers_are_the_interviewee_s_and_its_questions_the_writer_s(nlp, params):
    rows = attribute(nlp, params, "Interview with a minister\n\nLithuania's foreign minister spoke to us in Vilnius about "
                                  "Belarus.\n\nQ: Are sanctions on Belarus working?\n\nA: They are working, slowly. The "
                                  "regime is running out of money.\n\nQ. Will Russia attack?\n\nA. I don't think so.\n")
    assert by_text(rows, "Q: Are")[1:] == ("author", "author")
    assert by_text(rows, "A: They")[1:] == ("Lithuanian foreign minister", "direct")
    assert by_text(rows, "The regime")[1:] == ("Lithuanian foreign minister", "direct")
    assert by_text(rows, "Q. Will")[1:] == ("author", "author")
    assert by_text(rows, "A. I don't")[1:] == ("Lithuanian foreign minister", "direct")
    # the interviewee named by a name spaCy does not tag, with a role in apposition (an interview written for the check)
    rows = attribute(nlp, params, "An interview\n\nPavel Latushko, a former Belarusian culture minister who now leads the "
                                  "National Anti-Crisis Management, spoke to us in Warsaw.\n\nQ: Is Lukashenko in control?"
                                  "\n\nA: Formally, yes.\n")
    assert by_text(rows, "A: Formally")[1:] == ("Pavel Latushko", "direct")
    # ... and by an untagged name alone, which the article registered as a person (another interview written for the
    # check: the answers went to "interviewee")
    rows = attribute(nlp, params, "An interview\n\nPavel Latushko served as ambassador to Poland before breaking with "
                                  "Alexander Lukashenko in 2020. We spoke to him last week.\n\nQ: Could troops enter the "
                                  "war?\n\nA: I think it is unlikely.\n\n\u201cFear is not loyalty,\u201d Latushko said.\n")
    assert by_text(rows, "A: I think")[1:] == ("Pavel Latushko", "direct")
    # ... and as the person the writer's "we" asked (a Q&A written for the check in the twenty-eighth session, s119: the
    # question's "We" went to the country the sentence before was about, and every answer with it)
    rows = attribute(nlp, params, "Q&A: the election\n\nBelarus holds a presidential election on Sunday. We asked Ryhor "
                                  "Astapenia, director of the Belarus Initiative at Chatham House, what to expect.\n\nQ: Is "
                                  "there any doubt about the result?\n\nA: None at all.\n")
    assert by_text(rows, "We asked")[1:] == ("author", "author")
    assert by_text(rows, "A: None")[1:] == ("Ryhor Astapenia", "direct")
    # an initial is no answer outside an interview
    rows = attribute(nlp, params, "Talks ended.\n\nA. Lukashenko said the talks would go on.\n")
    assert by_text(rows, "A. Lukashenko")[2] == "indirect"


def test_an_interviewee_introduced_as_holding_a_role_answers_by_name(nlp, params):
    # forty-second session, an interview written for the check: spaCy tags "Franak Viacorka" ORG, so the writer's "X is
    # chief political adviser to …" named nobody and the answers went to `interviewee`
    text = ("Interview\n\nFranak Viacorka is chief political adviser to the exiled opposition leader Sviatlana Tsikhanouskaya. "
            "We spoke to him in Vilnius.\n\nQ: Is Lukashenko changing?\n\nA: No. He is trading.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "A: No")[1:] == ("Franak Viacorka", "direct")
    assert by_text(rows, "He is trading")[1:] == ("Franak Viacorka", "direct")


@pytest.mark.parametrize("title", ["\u201cHe is afraid of his own people\u201d: an interview with Sviatlana Tsikhanouskaya",
                                   "In conversation with exiled opposition leader Sviatlana Tsikhanouskaya"])
def test_the_person_a_headline_says_an_interview_is_with_answers_it(nlp, params, title):
    # forty-fifth session, an interview written for the check: the body named her only as "The exiled opposition
    # leader", so every answer went to that role and the headline's quotation to the writer
    text = (f"{title}\n\nThe exiled opposition leader spoke to us in Vilnius.\n\nQ: Will Lukashenko survive?\n\n"
            "A: I am sure he will not. Regimes like his look strong until they collapse.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "A: I am")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "Regimes")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "Q: Will")[1:] == ("author", "author")
    assert by_text(rows, title[:8])[1:] == (("Sviatlana Tsikhanouskaya", "direct") if title.startswith("\u201c")
                                           else ("author", "author"))


def test_a_headline_quotation_after_a_described_name_is_the_person_s(nlp, params):
    # PTC train (fifty-third session): "Foolish Religion Author Gary Wills: ‘The Religion of the Qur’an Is a Religion of
    # Peace’" became a heading once a single closing mark no longer ended a sentence, and lost its speaker: a name of
    # five words with its description is no `_NAME`
    # (PTC's layout: the title, a blank line, then one paragraph a line)
    rows = attribute(nlp, params, "Foolish Religion Author Gary Wills: ‘The Religion of the Qur’an Is a Religion of Peace’\n\n"
                                  "Outside of specialists, few read the Qur’an.\nWith his new book, religion author Garry "
                                  "Wills is here to reassure us.\nHe is wrong.\n")
    assert by_text(rows, "Foolish")[1:] == ("Garry Wills", "direct")
    rows = attribute(nlp, params, "Hungarian Prime Minister: ‘Christianity is Europe’s last hope’\n\nViktor Orban spoke on "
                                  "Sunday.\nHe praised the police.\nThe crowd cheered.\n")
    assert by_text(rows, "Hungarian")[1:] == ("author", "author")  # an office, no person the story names
    rows = attribute(nlp, params, "Keith Ellison Defends Louis Farrakhan: \"He Had Something To Offer\"\n\nKeith Ellison spoke "
                                  "on Sunday.\nHe praised Louis Farrakhan.\nThe crowd cheered.\n")
    assert by_text(rows, "Keith Ellison Defends")[1] != "Louis Farrakhan"  # the one defended, not the speaker


def test_a_headline_interview_with_someone_the_body_names_leaves_the_answers_to_the_body(nlp, params):
    text = ("An interview with Sviatlana Tsikhanouskaya\n\nPavel Latushko spoke to us in Warsaw.\n\nQ: Is Lukashenko in "
            "control?\n\nA: Formally, yes.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "A: Formally")[1:] == ("Pavel Latushko", "direct")


def test_an_interview_without_turn_markers_alternates_questions_and_answers(nlp, params):
    # a Q&A written for the check in the twenty-seventh session: no "Q:"/"A:", so every answer was the writer's
    rows = attribute(nlp, params, "Q&A: 'The regime fears its own people'\n\nTatsiana Khomich is the sister of Maria "
                                  "Kalesnikava, an opposition musician jailed in Belarus since 2020. She spoke to us in "
                                  "Vilnius.\n\nHow is your sister?\n\nWe have had no contact for almost two years. We do "
                                  "not know whether she is alive.\n\nDo you expect her to be released?\n\nI hope so, but I "
                                  "am not naive.\n\nThis interview has been edited for length.\n")
    assert by_text(rows, "How is")[1:] == ("author", "author")
    assert by_text(rows, "We have had")[1:] == ("Tatsiana Khomich", "direct")
    assert by_text(rows, "We do not")[1:] == ("Tatsiana Khomich", "direct")
    assert by_text(rows, "Do you expect")[1:] == ("author", "author")
    assert by_text(rows, "I hope so")[1:] == ("Tatsiana Khomich", "direct")
    assert by_text(rows, "This interview")[1:] == ("author", "author")
    # an explainer's questions are the writer's, and so are its answers
    rows = attribute(nlp, params, "Q&A: Belarus and the bomb\n\nRussia has moved weapons to Belarus.\n\nWho controls "
                                  "them?\n\nMoscow does. Minsk has no codes.\n\nCould Belarus use them?\n\n"
                                  "Not without Russia's consent.\n")
    assert by_text(rows, "Minsk has no")[1:] == ("author", "author")
    assert by_text(rows, "Not without")[1:] == ("author", "author")


def test_an_interview_introduced_by_the_writer_s_we_with_a_two_sentence_question(nlp, params):
    # an interview written for the check in the fortieth session: "We spoke to her" introduced nothing and the
    # two-sentence question ("You have said …. What do you mean?") was no question, so every answer was the writer's
    text = ("Tsikhanouskaya: 'The regime is weaker than it looks'\n\nSviatlana Tsikhanouskaya has led the Belarusian "
            "opposition from exile since 2020. We spoke to her about the war and sanctions.\n\nYou have said that "
            "Lukashenko is a hostage of the Kremlin. What do you mean?\n\nHe has sold our sovereignty piece by piece. He "
            "cannot decide anything alone.\n\nDo you expect him to send troops into Ukraine?\n\nI don't think so.\n\n"
            "What should the West do?\n\nKeep the sanctions.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "You have said")[1:] == ("author", "author")
    assert by_text(rows, "What do you mean")[1:] == ("author", "author")
    assert by_text(rows, "He has sold")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "He cannot")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "I don't think")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "Keep the")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    # an answer that ends in a question of its own stays an answer once the interview is known by its one-line questions
    rows = attribute(nlp, params, text.replace("Keep the sanctions.", "Keep the sanctions. What else can it do?"))
    assert by_text(rows, "What else")[1:] == ("Sviatlana Tsikhanouskaya", "direct")


def test_a_markdown_interview_s_bold_questions_are_the_writer_s(nlp, params):
    text = ("# An interview\n\nSviatlana Tsikhanouskaya has led the Belarusian opposition from exile since 2020.\n\n"
            "**You have said that Lukashenko is a hostage of the Kremlin. What do you mean?**\n\nHe has sold our "
            "sovereignty piece by piece.\n\n**Do you expect him to send troops?**\n\nI don't think so.\n")
    rows = attribute(nlp, params, text, name="t.md")
    assert by_text(rows, "**You have said")[1:] == ("author", "author")
    assert by_text(rows, "He has sold")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "**Do you")[1:] == ("author", "author")
    assert by_text(rows, "I don't think")[1:] == ("Sviatlana Tsikhanouskaya", "direct")


def test_markdown_emphasis_leaves_no_spaces_in_a_source_s_name(nlp, params):
    # an explainer in Markdown written for the check (forty-first session): "according to the **Viasna** human rights
    # centre" gave the source "  Viasna   human rights centre" (the masked markup's spaces), and the body's own name
    # is what "Viasna says …" later calls it
    text = ("# Prisoners\n\nSince June, Belarus has released about 150 people, according to the **Viasna** human rights "
            "centre.\n\n*Viasna* says more than 1,100 political prisoners remain behind bars.\n\nThe *Belarusian* "
            "**defence ministry** said the drills were over.\n")
    rows = attribute(nlp, params, text, name="t.md")
    assert by_text(rows, "Since June")[1:] == ("Viasna", "indirect")
    assert by_text(rows, "*Viasna* says")[1:] == ("Viasna", "indirect")
    assert by_text(rows, "The *Belarusian*")[1:] == ("Belarusian defence ministry", "indirect")


def test_a_markdown_block_quote_s_dash_credit_line_names_its_speaker(nlp, params):
    # a Markdown explainer written for the check (forty-second session): the block quote's credit line, with an
    # affiliation, after an item that quoted someone else
    text = ("# Outlook\n\n1. **Prisoner deals.** \"The regime will keep releasing prisoners,\" says Katia Glod, a fellow at "
            "the European Leadership Network.\n2. **Economic strain.** The IMF projects slow growth.\n\n> \"The economy is "
            "living on Russian subsidies. When those end, the reckoning will be brutal.\"\n> — Ryhor Astapenia, Chatham "
            "House\n\nWe believe the risk remains low.\n")
    rows = attribute(nlp, params, text, name="t.md")
    assert by_text(rows, "\"The economy")[1:] == ("Ryhor Astapenia", "direct")
    assert by_text(rows, "When those end")[1:] == ("Ryhor Astapenia", "direct")
    assert by_text(rows, "We believe")[1:] == ("author", "author")


def test_a_markdown_list_after_a_reporting_colon_is_the_speaker_s_to_its_last_item(nlp, params):
    # a NATO story written for the check in the fortieth session: only the first item was the alliance's, and after
    # "said it would:" none
    for lead in ("In a statement, the alliance said:", "In a statement, the alliance said it would:"):
        text = (f"# NATO steps up air policing\n\nNATO allies agreed on Thursday to reinforce air policing.\n\n{lead}\n\n"
                "- deploy additional fighter jets to Lithuania;\n- accelerate the delivery of counter-drone systems;\n"
                "- hold a snap exercise near the border.\n\nThe weather was cold.\n")
        rows = attribute(nlp, params, text, name="t.md")
        for item in ("deploy", "accelerate", "hold"):
            assert by_text(rows, item)[1:] == ("alliance", "direct"), (lead, item)
        assert by_text(rows, "The weather")[1:] == ("author", "author")
    # a quotation opening the paragraph after the list is no more of the list's speaker ("“We will defend …,” Mark Rutte
    # told reporters. “Nobody should doubt our resolve.”": the second went to the alliance)
    text = ("# NATO\n\nIn a statement, the alliance said:\n\n- deploy jets;\n- hold an exercise.\n\n\u201cWe will defend every "
            "inch,\u201d Secretary General Mark Rutte told reporters. \u201cNobody should doubt our resolve.\u201d\n")
    for name in ("t.md", "t.txt"):
        rows = attribute(nlp, params, text, name=name)
        assert by_text(rows, "\u201cNobody")[1:] == ("Mark Rutte", "direct"), name
    # a clause complete before the colon introduces no block ("said that the plan was simple:" reports a clause)
    rows = attribute(nlp, params, "# T\n\nThe minister said that the plan had three parts:\n\n- a ceasefire;\n- talks.\n",
                     name="t.md")
    assert by_text(rows, "a ceasefire")[1] == "author"


def test_a_column_that_mentions_an_interview_and_asks_two_questions_is_no_interview(nlp, params):
    # after PTC train's article703698295: "In an interview yesterday with …, he added, …" then, paragraphs later, two
    # rhetorical one-line questions; every paragraph after the first question became the interviewee's answer
    body = "\n".join(f"The bishops met again on day {i} and issued another statement." for i in range(1, 9))
    rows = attribute(nlp, params, "Column\n\nIn an interview yesterday, the priest said the letter was his own.\n"
                                  f"Political consultants often ask: how does it look?\nIt looks bad.\n{body}\n"
                                  "So what comes next?\nNobody knows.\n" + body + "\n")
    assert by_text(rows, "It looks bad")[1:] == ("author", "author")
    assert by_text(rows, "Nobody knows")[1:] == ("author", "author")


@pytest.mark.parametrize("intro", [
    "Belarusian opposition politician Pavel Latushko gave an interview to our newspaper.",
    "Pavel Latushko leads an opposition group in Warsaw.",  # the dashes alone mark the dialogue
])
def test_an_interview_in_dashed_turns_alternates_questions_and_answers(nlp, params, intro):
    # an interview in the style of translated Russian and Belarusian media, written for the check in the thirty-second
    # session: every answer was the writer's ("gave an interview" introduced nothing, and dashes mark no turn)
    rows = attribute(nlp, params, f"Interview\n\n{intro}\n\n— Mr. Latushko, do you fear arrest?\n\n— No. I have nothing "
                                  "to fear. The regime is weak.\n\n— Will Lukashenko send troops to Ukraine?\n\n— I don't "
                                  "believe he will.\n")
    assert by_text(rows, "— Mr. Latushko")[1:] == ("author", "author")
    assert by_text(rows, "— No.")[1:] == ("Pavel Latushko", "direct")
    assert by_text(rows, "The regime is weak")[1:] == ("Pavel Latushko", "direct")
    assert by_text(rows, "— Will")[1:] == ("author", "author")
    assert by_text(rows, "— I don't")[1:] == ("Pavel Latushko", "direct")
    # a dashed list with one question is no interview
    rows = attribute(nlp, params, "Explainer\n\nWhat next?\n\n— Talks resume in May.\n\n— Sanctions stay.\n")
    assert all(r[1] == "author" for r in rows)


TRANSCRIPT = ("Transcript: an interview\n\nThe interview has been edited. Kestutis Budrys is Lithuania's foreign minister.\n\n"
              "HOST: Minister, thank you for joining us. Is Belarus a threat?\n\nBUDRYS: It is a threat, yes. The regime "
              "does whatever Moscow asks.\n\nHOST: Do you agree?\n\nBUDRYS: No. I am certain of it.\n\n"
              "MR. LUKASHENKO: We will never attack.\n\nUPDATE: The interview was recorded on Monday.\n")


def test_a_podcast_s_time_stamped_labels_name_who_speaks(nlp, params):
    # a podcast transcript written for the check (forty-fourth session): every turn was the writer's
    rows = attribute(nlp, params, "Podcast transcript: The Belarus question\n\n[00:00:12] HOST: Welcome back. With me "
                                  "today is Katia Glod, a fellow at the European Leadership Network.\n\n[00:00:20] KATIA "
                                  "GLOD: Thanks for having me.\n\n[00:00:23] HOST: Is Lukashenko stronger than a year ago?"
                                  "\n\n(12:07) KATIA GLOD: Stronger at home. He depends on Putin more than ever.\n")
    assert by_text(rows, "[00:00:12] HOST")[1:] == ("author", "author")
    assert by_text(rows, "[00:00:20] KATIA")[1:] == ("Katia Glod", "direct")
    assert by_text(rows, "[00:00:23] HOST")[1:] == ("author", "author")
    assert by_text(rows, "He depends")[1:] == ("Katia Glod", "direct")


def test_a_debate_record_s_labels_name_who_speaks(nlp, params):
    # a House of Commons record written for the check (forty-fourth session): "Name (Constituency) (Party):" and "The
    # Minister for Europe (Name):" label the turns, with no interviewer's label beside them
    rows = attribute(nlp, params, "Belarus: Political Prisoners\n\nHouse of Commons debate, 12 March\n\nTom Tugendhat "
                                  "(Tonbridge) (Con): What steps is the Government taking to free political prisoners in "
                                  "Belarus?\n\nThe Minister for Europe (Stephen Doughty): We raise their cases at every "
                                  "opportunity. The regime holds more than 1,100 people.\n\nTom Tugendhat: I thank the "
                                  "Minister. Will he commit to new sanctions?\n\nStephen Doughty: We keep all options under "
                                  "review.\n")
    assert by_text(rows, "Tom Tugendhat (Tonbridge)")[1:] == ("Tom Tugendhat", "direct")
    assert by_text(rows, "The Minister for Europe")[1:] == ("Stephen Doughty", "direct")
    assert by_text(rows, "The regime holds")[1:] == ("Stephen Doughty", "direct")
    assert by_text(rows, "Tom Tugendhat: I")[1:] == ("Tom Tugendhat", "direct")
    assert by_text(rows, "Will he")[1:] == ("Tom Tugendhat", "direct")
    assert by_text(rows, "Stephen Doughty: We")[1:] == ("Stephen Doughty", "direct")
    # a factbox of prisoners by name is no debate: its entries hold no first or second person and ask nothing
    rows = attribute(nlp, params, "Who is still in prison\n\nMaria Kolesnikova: sentenced to 11 years in 2021.\n\n"
                                  "Viktar Babaryka: sentenced to 14 years in 2022.\n")
    assert all(r[1] == "author" for r in rows)


def test_a_transcript_s_title_case_labels_name_who_speaks(nlp, params):
    # a transcript written for the check in the twenty-seventh session: "Journalist:" / "Lukashenko:" turns were all the
    # writer's; title-case labels count only beside a label for the interviewer
    rows = attribute(nlp, params, "Transcript\n\nThe following is an excerpt.\n\nJournalist: Are you afraid of protests?"
                                  "\n\nLukashenko: Afraid? No. Nobody will be able to repeat 2020.\n\nJournalist: And the "
                                  "prisoners?\n\nLukashenko: There are no political prisoners in Belarus.\n")
    assert by_text(rows, "Journalist: Are")[1:] == ("author", "author")
    assert by_text(rows, "Lukashenko: Afraid")[1:] == ("Lukashenko", "direct")
    assert by_text(rows, "Nobody will")[1:] == ("Lukashenko", "direct")
    assert by_text(rows, "Lukashenko: There")[1:] == ("Lukashenko", "direct")
    # a list of days is no transcript
    rows = attribute(nlp, params, "Week\n\nMonday: Talks began in Minsk.\n\nTuesday: Talks ended.\n")
    assert by_text(rows, "Monday:")[1:] == ("author", "author")


def test_a_transcript_s_speaker_labels_name_who_speaks(nlp, params):
    # a transcript written for the check: every turn was the writer's
    rows = attribute(nlp, params, TRANSCRIPT)
    assert by_text(rows, "HOST: Minister")[1:] == ("author", "author")
    assert by_text(rows, "BUDRYS: It is")[1:] == ("Kestutis Budrys", "direct")
    assert by_text(rows, "The regime")[1:] == ("Kestutis Budrys", "direct")  # not Moscow, who "asks" nothing here
    assert by_text(rows, "BUDRYS: No.")[1:] == ("Kestutis Budrys", "direct")
    assert by_text(rows, "MR. LUKASHENKO: We")[1:] == ("Lukashenko", "direct")
    assert by_text(rows, "UPDATE:")[1:] == ("author", "author")  # a label of the writer's, not a speaker
    rows = attribute(nlp, params, "Transcript\n\nMODERATOR: Good afternoon.\n\nMINISTER SIKORSKI: Thank you. We discussed "
                                  "the border.\n\nQUESTION (Reuters): Minister Sikorski, do you expect sanctions?\n\n"
                                  "MINISTER SIKORSKI: I expect a new package.\n")
    assert {r[1] for r in rows if r[0].startswith(("MINISTER", "We"))} == {"Sikorski"}
    # one labelled paragraph is no transcript
    rows = attribute(nlp, params, "Talks ended.\n\nNOTE: Lukashenko said the talks would go on.\n")
    assert by_text(rows, "NOTE:")[1] == "Lukashenko"


def test_a_transcript_turn_goes_on_over_the_paragraphs_after_its_label(nlp, params):
    # an interview transcript written for the check (fifty-fourth session): only the labelled paragraph of each turn was
    # its speaker's, the rest of an answer the writer's; "DB:" and "JP:" became people called "Db" and "Jp"
    rows = attribute(nlp, params, "Pilger on Assange\n\nDennis Bernstein spoke with John Pilger on May 29.\n\n"
                                  "Dennis Bernstein: We continue our discussion of the case.\n\nJohn Pilger, it is great "
                                  "to talk to you again.\n\nJohn Pilger: I have never known anything like it.\n\nThere "
                                  "is a kind of eerie silence around the case.\n\nThe principles involved are clear-cut."
                                  "\n\nDB: His brethren sound like his prosecutors.\n\nHow do you respond to that?\n\n"
                                  "JP:It is a terrible time for journalism.\n\nWe have never known anything like it.\n\n"
                                  "The silence is deafening.\n\nReprinted with permission from Consortium News.\n")
    assert by_text(rows, "John Pilger, it is")[1:] == ("Dennis Bernstein", "direct")
    assert by_text(rows, "There is a kind")[1:] == ("John Pilger", "direct")
    assert by_text(rows, "The principles")[1:] == ("John Pilger", "direct")
    assert by_text(rows, "DB: His")[1:] == ("Dennis Bernstein", "direct")
    assert by_text(rows, "How do you")[1:] == ("Dennis Bernstein", "direct")
    assert by_text(rows, "JP:It is")[1:] == ("John Pilger", "direct")  # (no space after the colon)
    assert by_text(rows, "We have never")[1:] == ("John Pilger", "direct")
    # after the last turn only what speaks in the first or second person goes on with it: nothing marks where a
    # transcript quoted in an article ends
    assert by_text(rows, "The silence is")[1:] == ("author", "author")
    assert by_text(rows, "Reprinted")[1:] == ("author", "author")


def test_a_transcript_turn_ends_where_the_writer_speaks_of_it(nlp, params):
    # an excerpt written for the check: the writer resumes, naming the transcript or its speakers in the third person
    rows = attribute(nlp, params, "The hearing\n\nThe record of the hearing survives.\n\nBELIN: Were you Deputy Director "
                                  "of Plans?\n\nIs that correct?\n\nHELMS: I believe so.\n\nThat is where the "
                                  "transcript ends.\n\nThe record was found in 1994.\n\nShapira then gives the answer that "
                                  "Helms gave:\n\nHELMS: I certainly felt comfortable.\n\nMy recollection is not precise."
                                  "\n\nHe was never used by the CIA.\n\nHelms was later convicted of lying to Congress.\n\n"
                                  "The CIA never explained why.\n")
    assert by_text(rows, "Is that correct?")[1:] == ("Belin", "direct")
    assert by_text(rows, "That is where")[1:] == ("author", "author")
    assert by_text(rows, "The record was")[1:] == ("author", "author")
    assert by_text(rows, "My recollection")[1:] == ("Helms", "direct")
    # (the intro's block ended with the turn it introduced: this went to Shapira)
    assert by_text(rows, "He was never")[1:] == ("author", "author")
    assert by_text(rows, "Helms was later")[1:] == ("author", "author")
    assert by_text(rows, "The CIA never")[1:] == ("author", "author")
    # a turn that is a quotation ends with it; a label may name the speaker's outlet after a comma
    rows = attribute(nlp, params, "Hidden camera\n\nHANNITY: Sara, is that true?\n\nSARAH CARTER, CIRCA NEWS: I know "
                                  "it is true.\n\nHANNITY: Explain it.\n\nSMITH: \u201cYou whip them up.\n\nYou have to "
                                  "whip them up to vote.\u201d\n\nThe campaign declined to comment.\n")
    assert by_text(rows, "SARAH CARTER")[1:] == ("Sarah Carter", "direct")
    assert by_text(rows, "You have to")[1:] == ("Smith", "direct")
    assert by_text(rows, "The campaign")[1:] == ("author", "author")
    # a deposition's labels: the name, then the turn's kind ("BACON Q:" was a person called "Bacon Q")
    rows = attribute(nlp, params, "Deposition\n\nBACON Q: This is your email address, isn't it?\n\nAnd you sent emails "
                                  "from it, didn't you?\n\nGILANI A: Yes, a long time ago.\n")
    assert by_text(rows, "And you sent")[1:] == ("Bacon", "direct")
    assert by_text(rows, "GILANI A:")[1:] == ("Gilani", "direct")


def test_an_interview_answer_goes_on_over_the_paragraphs_after_its_mark(nlp, params):
    # an interview written for the check: the answer's second paragraph was the writer's, and the writer's "Lukashenko"
    # in it became the next answer's speaker
    rows = attribute(nlp, params, "Interview\n\nSviatlana Tsikhanouskaya spoke to us in Vilnius.\n\nQ: Could Belarus "
                                  "join the war?\n\nA: I don't think so.\n\nThe regime is weak. Lukashenko depends on "
                                  "Moscow.\n\nQ: What next?\n\nA: We will keep fighting.\n\nNobody knows how long it "
                                  "will take.\n\nTsikhanouskaya left Belarus in 2020.\n")
    assert by_text(rows, "The regime")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "Lukashenko depends")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "A: We will")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "Nobody knows")[1:] == ("author", "author")  # after the last turn: no first or second person
    assert by_text(rows, "Tsikhanouskaya left")[1:] == ("author", "author")


INTERVIEW = ("Interview: Tsikhanouskaya on the road ahead\n\nSviatlana Tsikhanouskaya, the exiled opposition leader, spoke "
             "to our correspondent in Vilnius. The interview has been edited for length.\n\nRFE/RL: How do you see the "
             "situation in Belarus now?\n\nTsikhanouskaya: It is very difficult. Thousands of people are still in "
             "prison.\n\nRFE/RL: Could Belarus join the war?\n\nTsikhanouskaya: I don't think so. But nobody can be "
             "sure.\n")


def test_an_interview_s_outlet_label_asks_and_the_named_label_answers(nlp, params):
    # an interview written for the check in the thirty-second session: the outlet's "RFE/RL:" questions and
    # Tsikhanouskaya's answers were all the writer's, "I don't think so" a hedge of the writer's own. A label whose
    # turns are questions is the interviewer's (the writer's); the other labels speak
    rows = attribute(nlp, params, INTERVIEW)
    assert by_text(rows, "RFE/RL: How")[1:] == ("author", "author")
    assert by_text(rows, "Tsikhanouskaya: It is")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "Thousands")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "Tsikhanouskaya: I don't")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "But nobody")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert all(r[1] == "author" for r in rows if "?" in r[0])
    # a moderator the article names keeps her questions
    rows = attribute(nlp, params, "Debate\n\nModerator Martha Raddatz opened the debate with Donald Trump.\n\nRADDATZ: "
                                  "Mr. Trump, what do you say?\n\nTRUMP: It is a disaster.\n\nRADDATZ: Why?\n\n"
                                  "TRUMP: Because it is.\n")
    assert by_text(rows, "RADDATZ: Why")[1:] == ("Martha Raddatz", "direct")
    assert by_text(rows, "TRUMP: It is")[1:] == ("Donald Trump", "direct")
    # title-case labels with no questioner stay the writer's: a glossary or a list of days
    rows = attribute(nlp, params, "Glossary\n\nHajun: A monitoring group. It counts trains.\n\nViasna: A rights "
                                  "group. It counts prisoners.\n\nHajun: See above.\n\nViasna: See above.\n")
    assert all(r[1] == "author" for r in rows)


def test_a_named_label_before_a_quotation_is_its_speaker(nlp, params):
    # found in PTC train: "Ratzinger: “…”" went to the person quoted before
    rows = attribute(nlp, params, "Father Thomas Weinandy wrote to the pope. He was asked to resign.\n\nWeinandy: “I could "
                                  "hardly believe it. It was shocking.”\n\nCardinal Joseph Ratzinger once saw it "
                                  "differently.\n\nRatzinger: “The faith is not a theory.”\n\nBREAKING: “We will "
                                  "respond,” the Vatican said.\n")
    assert by_text(rows, "Weinandy:")[1:] == ("Thomas Weinandy", "direct")
    assert by_text(rows, "It was shocking")[1:] == ("Thomas Weinandy", "direct")
    assert by_text(rows, "Ratzinger:")[1:] == ("Joseph Ratzinger", "direct")
    assert by_text(rows, "BREAKING")[1] == "Vatican"


def test_a_quotation_after_a_paragraph_ending_in_a_reporting_verb_and_a_comma_is_its_speaker_s(nlp, params):
    # PTC train (article703698295): 'In fact, a former student of his wrote to me today saying,' ¶ '“I see that …' went
    # to the person named inside the quotation; the line was read as a heading (no full stop at its end)
    text = ("Officials met on Monday to discuss the border and the new sanctions on the regime in Minsk.\n"
            "In fact, a former minister wrote to me today saying,\n“The regime is cracking.\nIt will fall.”\n"
            "The talks ended without a deal.\nAnna Berg, the envoy, said,\n“We will come back.”\n"
            "After months of talks and three failed rounds in Vienna,\n“Nobody expected a deal,” Tom Baker said.\n"
            "Anna Berg said,\nThe border stays closed.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "In fact")[1:] == ("author", "author")
    assert by_text(rows, "“The regime")[1:] == ("former minister", "direct")
    assert by_text(rows, "It will fall")[1:] == ("former minister", "direct")
    assert by_text(rows, "“We will come")[1:] == ("Anna Berg", "direct")
    assert by_text(rows, "“Nobody expected")[1:] == ("Tom Baker", "direct")
    # no quotation marks after the comma: nothing says the next paragraph is quoted
    assert by_text(rows, "The border stays")[1:] == ("author", "author")


def test_a_paragraph_after_x_said_colon_is_a_block_quotation(nlp, params):
    # found in PTC train ("Carlson said:" ¶ "This wasn't a get-out-the-vote effort …", the second paragraph the
    # writer's) and a story written for the check in the thirty-second session: a block quotation lost its marks
    rows = attribute(nlp, params, "Border\n\nBelarus closed the border on Monday. In a statement, the defence ministry "
                                  "said:\n\nBelarus will defend its borders. Any provocation will be met with force.\n\n"
                                  "The border has been closed since 2021.\n\nSviatlana Tsikhanouskaya wrote on Telegram:\n\n"
                                  "The regime is afraid. We will win.\n\nAnalysts were not convinced.\n\nHere are the "
                                  "facts:\n\nThe border is 1,084 km long.\n")
    assert by_text(rows, "Belarus will defend")[1:] == ("defence ministry", "direct")
    assert by_text(rows, "Any provocation")[1:] == ("defence ministry", "direct")
    assert by_text(rows, "The border has been")[1:] == ("author", "author")  # the block is one paragraph
    assert by_text(rows, "The regime is afraid")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "We will win")[1:] == ("Sviatlana Tsikhanouskaya", "direct")
    assert by_text(rows, "Analysts")[1:] == ("author", "author")
    assert by_text(rows, "The border is")[1:] == ("author", "author")  # no one speaks in "Here are the facts:"
    # a verb that reports only beside a quotation ("posted", "added") reports the block its colon introduces
    rows = attribute(nlp, params, "Talks\n\nThe Belarusian defence ministry posted on Telegram:\n\nThe president held talks "
                                  "with the defence minister. The army is ready.\n\nThe post had 2,000 views.\n")
    assert by_text(rows, "The president held")[1:] == ("Belarusian defence ministry", "direct")
    assert by_text(rows, "The army is ready")[1:] == ("Belarusian defence ministry", "direct")
    assert by_text(rows, "The post had")[1:] == ("author", "author")
    # a possessive before the body makes the parser read the line as a noun phrase ("service" the root, "posted" a
    # participle modifying it): still the introduction of the block after its colon
    rows = attribute(nlp, params, "Talks\n\nAlexander Lukashenko met the envoy on Monday.\n\nLukashenko's press service "
                                  "posted on Telegram:\n\nBelarus will never allow its territory to be used for "
                                  "aggression.\n\nOfficials in Kyiv were not convinced.\n")
    assert by_text(rows, "Belarus will never")[1:] == ("Alexander Lukashenko's press service", "direct")
    assert by_text(rows, "Officials in Kyiv")[1:] == ("author", "author")
    assert by_text(rows, "Lukashenko's press")[1:] == ("author", "author")
    # found in BASIL: a quotation right after "X posted this status update:" went to the person quoted before
    rows = attribute(nlp, params, "Posts\n\n“It is a disgrace,” said Mike Huckabee.\n\nOne Facebook user who lives near "
                                  "Austin posted this status update:\n\n“It has been disconcerting. Un-friend me.”\n")
    assert by_text(rows, "“It has been")[1:] == ("Facebook user", "direct")
    assert by_text(rows, "Un-friend")[1:] == ("Facebook user", "direct")
    # found in PTC train: a paragraph introducing a block of its own is not the block before; an introduction with a
    # quote-only verb ("explains …:") stays the writer's sentence
    rows = attribute(nlp, params, "Guns\n\nDale Holeness, a county commissioner, explains the plan:\n\nAdrian Young, who "
                                  "works for the party, also elaborates on the plan:\n\nGuns must be registered.\n")
    assert by_text(rows, "Dale Holeness")[1:] == ("author", "author")
    assert by_text(rows, "Adrian Young")[1:] == ("author", "author")
    assert by_text(rows, "Guns must")[1:] == ("Adrian Young", "direct")
    # a Markdown block quote after "X said:" is X's to its end (a story written for the check in the thirty-second
    # session: its second paragraph was the writer's)
    rows = attribute(nlp, params, "# Statement\n\nIn a statement, the presidential press service said:\n\n> The "
                                  "president held talks.\n>\n> The army is ready. Any provocation will be met with "
                                  "force.\n\nThe border has been closed since 2021.\n", name="s.md")
    for start in ("The president", "The army", "Any provocation"):
        assert by_text(rows, start)[1:] == ("presidential press service", "direct"), start
    assert by_text(rows, "The border")[1:] == ("author", "author")
    # found in PTC train: a list after "The ammunition, he said, was:" is his to its last bullet
    rows = attribute(nlp, params, "Arms\n\nDouglas Haig sold the rounds. The ammunition, he said, was:\n\n• 600 rounds "
                                  "of tracer ammunition.\n\n• 120 rounds of 5.56mm ammunition.\n\nHe kept no records.\n"
                                  "\n• Police searched his home.\n")
    assert by_text(rows, "• 600")[1:] == ("Douglas Haig", "direct")
    assert by_text(rows, "• 120")[1:] == ("Douglas Haig", "direct")
    assert by_text(rows, "He kept")[1:] == ("author", "author")
    assert by_text(rows, "• Police")[1:] == ("author", "author")


GENDER_CASES = [
    # stories written for the check: "he" went to Maria Zakharova and "she" to Alexander Lukashenko; gender was known
    # from titles only. Slavic and Baltic surnames tell it
    ("Sergei Lavrov met reporters in Minsk. Maria Zakharova joined him later.\n\n“We will respond,” he said.",
     "“We will respond", "Sergei Lavrov"),
    ("Alexander Lukashenko met the press. Sviatlana Tsikhanouskaya spoke in Vilnius.\n\n“We will never give up,” she said.",
     "“We will never", "Sviatlana Tsikhanouskaya"),
    # found in BASIL: Joseph diGenova is no woman for ending in "-ova" (a surname with an inner capital says nothing)
    ("Joseph diGenova, a lawyer, spoke on Fox News.\n\n“It was vindictive,” diGenova said. He added: “It was designed "
     "to intimidate.”", "He added", "Joseph diGenova"),
    # found in BASIL: a debate paragraph's "he" went to the moderator Martha Raddatz, named first; a first name strongly
    # gendered in nomquamgender's data now tells it
    ("David Miller met reporters in Ohio. Martha Raddatz joined him later.\n\n“We will respond,” he said.",
     "“We will respond", "David Miller"),
    ("Martha Raddatz met reporters in Ohio. David Miller joined her later.\n\n“We will respond,” she said.",
     "“We will respond", "Martha Raddatz"),
    # titles still outrank first names
    ("Mr. Kim Lee met reporters in Ohio. Martha Raddatz joined him later.\n\n“We will respond,” he said.",
     "“We will respond", "Kim Lee"),
    # the article's own "X said he …" outranks a first name's odds: Lindsey is mostly a woman's name, not this senator's
    ("Sen. Lindsey Graham met reporters in Ohio. Graham said he would back the bill.\n\n“We will respond,” he said.",
     "“We will respond", "Lindsey Graham"),
    ("Lindsey Graham met Martha Raddatz in Ohio. Graham told reporters he would back the bill.\n\n“We will respond,” "
     "he said.", "“We will respond", "Lindsey Graham"),
    # ... but not where a second person in that sentence could be the "he"
    ("David Miller met reporters in Ohio. Lindsey Graham said Miller told him he would back the bill.\n\n“We will "
     "respond,” he said.", "“We will respond", "David Miller"),
    # found in BASIL: the "she" asked is the one spoken to, and a "he" who acts on "her" is not the speaker
    ("Rep. Joseph Crowley questioned Lois Lerner. Crowley asked her if she could comment.\n\n“We need answers,” he "
     "said.", "“We need answers", "Joseph Crowley"),
    ("Leigh Corfman met reporters. Corfman said he took her to his home.\n\n“It was wrong,” she said.",
     "“It was wrong", "Leigh Corfman"),
    # found in PTC train (thirty-third session): "she" inside the quotation is someone the speaker talks about, not
    # the speaker, so "… penny,” Bacon said" tells no gender of Bacon's
    ("Abid’s attorney James Bacon mocked the widow.\n\n“She’s a wacko lunatic,” he said outside the courtroom.\n\n"
     "“You should have taken the settlement. Now she’s not getting a penny,” Bacon said in court.",
     "“She’s a wacko", "James Bacon"),
]


@pytest.mark.parametrize("story, sentence, speaker", GENDER_CASES)
def test_he_and_she_go_to_a_person_of_that_gender(nlp, params, story, sentence, speaker):
    assert by_text(attribute(nlp, params, f"Test\n\n{story}\n"), sentence)[1] == speaker


def test_gender_from_surnames_and_first_names():
    reg = NameRegistry()
    a = reg.add("Volodymyr Zelensky")  # Olena Zelenska merged into her husband
    assert reg.add("Olena Zelenska") is not a and reg.add("Zelenskiy") is a
    assert reg.add("Rasa Petrauskiene") is not reg.add("Jonas Petrauskas")
    assert first_name_gender("martha") == "f" and first_name_gender("volodymyr") == "m"
    # names borne by women and men alike, and names the data lacks, say nothing
    assert first_name_gender("jordan") == first_name_gender("jean") == first_name_gender("qwzx") == first_name_gender("") == ""


def test_a_source_name_keeps_no_stray_marks():
    # (fifty-fifth session, names listed over PTC and BASIL: spans that dragged in marks and a dateline)
    from pipeline.attribute import clean_source_name

    assert clean_source_name("International Federation of Red Cross) emergency operations") == (
        "International Federation of Red Cross emergency operations")
    assert clean_source_name("Fox and Friends” segment") == "Fox and Friends segment"
    assert clean_source_name("Washington (CNN) Senate Republicans") == "Senate Republicans"
    assert clean_source_name("Donald “Art of the Deal” Trump") == "Donald Trump"
    assert clean_source_name("Rod Dreher[1]") == "Rod Dreher" and clean_source_name("”-William Booth") == "William Booth"
    # a balanced bracket, and names with nothing to clean, stay
    assert clean_source_name("World Health Organization (WHO)") == "World Health Organization (WHO)"
    assert clean_source_name("Vadim Prokopiev") == "Vadim Prokopiev" and clean_source_name("author") == "author"


def test_a_word_in_capitals_after_a_name_is_no_part_of_it():
    # s79, PTC train (the two-hundred-and-thirty-sixth reading): a post's "Scumbag shooter Stephen Paddock LEFT A NOTE"
    # registered "Stephen Paddock LEFT", and another article's "the Left hates America" became his
    from pipeline.attribute import strip_titles
    assert strip_titles("Stephen Paddock LEFT")[0] == "Stephen Paddock"
    assert strip_titles("John Paul II")[0] == "John Paul II"  # (a regnal number stays)
    assert strip_titles("Swedish TV")[0] == "Swedish TV" and strip_titles("House IG")[0] == "House IG"  # (acronyms stay)
    assert strip_titles("ALAN DERSHOWITZ")[0] == "ALAN DERSHOWITZ"  # (a headline's name in capitals stays whole)


def test_a_datelined_sentence_s_source_is_no_dateline(nlp, params):
    rows = attribute(nlp, params, "Washington (CNN) Senate Republicans on Wednesday accused the Obama Administration of "
                                  "secretly trying to give Tehran access to the US financial system.\n")
    assert rows[0][1] == "Senate Republicans"


def test_registry_merges_variants_not_different_people():
    reg = NameRegistry()
    a = reg.add("Volodymyr Zelenskiy")
    assert reg.add("Zelensky") is a and reg.add("President Zelenskiy") is a
    assert reg.add("Vladimir Putin") is not a


def test_registry_tells_a_surname_from_one_with_letters_before_it():
    # s76, PTC train: "As Reason points out" became "Treason", a word another article's parse took for a name
    # (one letter before six is a ratio of 0.92, above the 0.85 of a spelling variant); "Bryan" is not Paul Ryan
    reg = NameRegistry()
    treason = reg.add("Treason")
    ryan = reg.add("Paul Ryan")
    carrick = reg.add("Theodore McCarrick")
    reg.start_article()
    assert reg.add("Reason") is not treason
    assert reg.add("Bryan") is not ryan and reg.add("Carrick") is not carrick
    assert reg.add("Ryan") is ryan and reg.add("McCarick") is carrick  # (a letter lost inside is a misspelling)
    beto = reg.add("Beto O'Rourke")
    assert reg.add("Rourke") is beto  # (so is a dropped "O'": BASIL's "Rourke demanded Barr …")
    # s79, PTC train (found in the dumps): "Likewise Reagan, George H. W. Bush, … all thought …" became Sean Ragan, an FBI
    # agent another article named; a short surname alone spelt otherwise is another person's
    ragan = reg.add("Sean Ragan")
    reg.start_article()
    assert reg.add("Reagan") is not ragan and reg.add("Ragan") is ragan
    assert reg.add("Word of God") is None  # (s79: "according to the Word of God" made "God laid down …" its)
    jude = reg.add("Jude")  # ("Jude 7 declares, …" in one article, Mark Judge in the next)
    reg.start_article()
    assert reg.add("Mark Judge") is not jude
    # s80, BASIL (the two-hundred-and-sixty-third reading): Boehner's spokesman "Michael Steel" became the RNC chairman
    # Michael Steele another article named: a short surname spelt otherwise is another person's with a first name too
    steele = reg.add("Michael Steele")
    reg.start_article()
    assert reg.add("Michael Steel") is not steele
    lukashenko = reg.add("Alexander Lukashenko")  # (within an article a spelling of its own is the same person)
    assert reg.add("Alexander Lukashenka") is lukashenko
    reg.start_article()
    assert reg.add("Aleksandr Lukashenko") is lukashenko  # (and a longer surname is across articles)


def test_registry_merges_a_two_word_surname_without_the_first_name():
    # s58, PTC train: "Wasserman Schultz said …" after "Rep. Debbie Wasserman Schultz", "Garcia Zarate" after "Jose Ines
    # Garcia Zarate" were two people each
    reg = NameRegistry()
    dws = reg.add("Debbie Wasserman Schultz")
    assert reg.add("Wasserman Schultz") is dws
    assert reg.add("Garcia Zarate") is reg.add("Jose Ines Garcia Zarate")
    assert reg.add("Braz de Aviz") is reg.add("João Braz de Aviz")
    assert reg.add("Jane Schultz") is not dws  # (a first name of her own is somebody else)
    reg.add("Obama White House")
    reg.start_article()
    assert reg.add("White House").canonical == "White House"  # (only in the article that named the longer name)


def test_registry_keeps_a_family_apart_from_its_head():
    # s59, BASIL: "President Obama" after "Malia and Sasha Obama" became Sasha (then "the president remarked" was hers),
    # "Mr. Obama asked his daughters" Malia's, "Mr. Trump said" after "Ivanka Trump" Ivanka's
    reg = NameRegistry()
    malia, sasha = reg.add("Malia Obama"), reg.add("Sasha Obama")
    mr = reg.add("Mr. Obama")
    assert mr is not malia and mr is not sasha
    assert reg.add("Obama") is malia  # (a surname alone: whom the article named first, as before)
    reg = NameRegistry()
    ivanka = reg.add("Ivanka Trump")
    assert reg.add("Mr. Trump") is not ivanka and reg.add("Ms. Trump") is ivanka
    reg = NameRegistry()
    malia, sasha = reg.add("Malia Obama"), reg.add("Sasha Obama")
    assert reg.add("President Obama") not in (malia, sasha)  # (an office two relatives named lack is a third person's)
    reg = NameRegistry()
    first = reg.add("Nadia Kovalenko")
    assert reg.add("President Kovalenko") is first  # (one person of that name: an office alone decides nothing)


def test_registry_keeps_the_name_of_a_person_only():
    # names spaCy tagged with words around them, on PTC's training articles (twenty-ninth session)
    reg = NameRegistry()
    assert reg.add("Fox News Sean Hannity").canonical == "Sean Hannity"  # an outlet's name before its host's
    assert reg.add("WikiLeaks’ Julian Assange").canonical == "Julian Assange"  # (s56, PTC: a plural's possessive)
    assert reg.add("Hannity") is reg.add("Sean Hannity")
    assert reg.add("Secretary of Homeland Security Kirstjen Nielsen").canonical == "Kirstjen Nielsen"
    assert reg.add("Secretary of State John F. Kerry").canonical == "John F. Kerry"
    # (s80, PTC train: a one-word portfolio and a surname left "State Tillerson")
    assert reg.add("Secretary of State Tillerson").canonical == "Tillerson"
    assert reg.add("Sheikh Al-Ayesh’s").canonical == "Al-Ayesh"
    assert reg.add("Joseph diGenova").canonical == "Joseph diGenova"  # a surname's lower-case particle stays
    assert reg.add("Charles de Gaulle").canonical == "Charles de Gaulle"
    assert reg.add("Abbot Marian Eleganti").canonical == "Marian Eleganti"  # (s58, PTC: an abbot's title)
    assert reg.add("Times Square").canonical == "Times Square"  # no first name after the body word: unchanged
    assert reg.add("St. Peter’s Square").canonical == "St. Peter Square"  # a place, not a person "Square"
    # (fifty-fifth session, PTC: "the Pope" and "Pope" were two sources of one testimony, the article kept with a title
    # that is no name to strip)
    assert reg.add("the Pope").canonical == "Pope" and reg.add("The Pope") is reg.add("Pope")
    assert reg.add("Attorney General").canonical == "Attorney General"
    assert reg.add("Father General").canonical == "Father General"  # a title alone: nothing to strip it from
    assert reg.add("Trump continued pounding Sessions").canonical == "Trump"
    assert reg.add("Miss Hinson").canonical == "Hinson"
    assert reg.add("Russian Ambassador to the United Nations Vitaly Churkin").canonical == "Vitaly Churkin"
    assert reg.add("The corrupt Pharisees").canonical == "Pharisees"
    assert reg.add("Neither Guyger").canonical == "Guyger"  # "Neither Guyger nor the other officers were injured"
    assert reg.add("Quoth Fisher") is reg.add("Simcha Fisher")  # "Quoth Fisher:" before her words (PTC train)
    assert reg.add("Quoth") is None  # spaCy's PERSON in that line: a word that opens names is none alone
    caps = reg.add("ALAN DERSHOWITZ")  # a headline's capitals give way to the name as the text writes it
    assert reg.add("Alan Dershowitz") is caps and caps.canonical == "Alan Dershowitz" and reg.add("Dershowitz") is caps
    assert reg.add("MEK") is reg.add("MeK") and reg.add("MEK").canonical == "MEK"  # an acronym is no headline's capitals
    # a press-conference transcript written for the check: spaCy tagged the label "MINISTER SIKORSKI" a person, and the
    # one word's capitals stayed the source's name while "BUDRYS" became "Budrys"
    caps = reg.add("SIKORSKI")
    assert reg.add("Minister Sikorski") is caps and caps.canonical == "Sikorski"
    assert reg.add("NATO") is reg.add("Nato") and reg.add("NATO").canonical == "NATO"  # another word, another case: kept


def test_registry_reads_a_title_alone_as_the_one_person_holding_it():
    # "the Pope" after "Pope Francis" on PTC's training articles (thirtieth session): it became a person "Pope", and
    # across the corpus merged with a book, "The Dictator Pope"
    reg = NameRegistry()
    reg.start_article()
    parolin = reg.add("Pietro Parolin", {"cardinal"})
    assert reg.add("Cardinal") is parolin
    reg.add("Gerhard Müller", {"cardinal"})
    assert reg.add("Cardinal") not in (parolin, None)  # two cardinals: no guess
    reg.start_article()
    assert reg.add("Archbishop") is not parolin  # only a person this article introduced


def test_registry_tells_relatives_from_spelling_variants_and_nicknames():
    reg = NameRegistry()
    rand = reg.add("Rand Paul")
    assert reg.add("Ron Paul") is not rand  # same initial, unrelated first names: father and son
    assert reg.add("Mike Pence") is reg.add("Michael Pence")  # a nickname
    assert reg.add("Bill Clinton") is reg.add("William Clinton")  # a nickname with another initial
    assert reg.add("Sviatlana Tsikhanouskaya") is reg.add("Svetlana Tikhanovskaya")  # a transliteration
    assert reg.add("Aliaksandr Lukashenka") is reg.add("Alexander Lukashenko")
    assert reg.add("Alex Smith") is reg.add("Alexander Smith")  # a short form
    assert reg.add("Hunter Biden") is not reg.add("Joe Biden")
    assert reg.add("U. Renee Hall") is reg.add("Renee Hall")  # a leading initial, then the name she goes by (PTC dev)
    assert reg.add("John F. Kerry") is reg.add("John Kerry")


def test_registry_tells_similar_first_names_of_two_people_from_two_spellings_of_one():
    # s60, BASIL: across articles "Julián Castro" became his brother `Joaquin Castro`, and Rep. Roger Williams the tax
    # analyst `Roberton Williams` (difflib's ratio 0.62 each, above the 0.6 that lets "Siarhei" be "Sergei")
    reg = NameRegistry()
    assert reg.add("Joaquin Castro") is not reg.add("Julián Castro")
    assert reg.add("Roberton Williams") is not reg.add("Roger Williams")
    assert reg.add("Maria Lopez") is not reg.add("Mario Lopez")  # one letter apart, a woman's name and a man's
    assert reg.add("Siarhei Tsikhanouski") is reg.add("Sergei Tsikhanouski")  # the same opening consonants (0.62)
    assert reg.add("Volodymyr Zelenskiy") is reg.add("Vladimir Zelensky")  # the same consonants (0.59)
    assert reg.add("Yevgeny Prigozhin") is reg.add("Evgeny Prigozhin")  # the same consonants, another first letter
    assert reg.add("Kirsten Gillibrand") is reg.add("Kristen Gillibrand")  # (0.86)
    assert reg.add("Ali Hassan") is not reg.add("Eli Hassan")


def test_registry_takes_a_cardinal_s_title_out_of_his_name():
    # s60, PTC train: `Sean Cardinal O'Malley` and `Godfried Cardinal Danneels` were source names, titles and all
    reg = NameRegistry()
    omalley = reg.add("Sean Cardinal O'Malley")
    assert omalley.canonical == "Sean O'Malley" and "cardinal" in omalley.titles
    assert reg.add("Cardinal O'Malley") is omalley and reg.add("Sean O'Malley") is omalley


def test_registry_takes_a_middle_name_and_surname_for_the_full_name():
    # s60, PTC train: "Habib Powell had all the right friends" after "Dina Habib Powell was …" was a second person,
    # `Habib Powell` (Habib is a first name too), whom "She says …" then meant
    reg = NameRegistry()
    reg.start_article()
    dina = reg.add("Dina Habib Powell")
    assert reg.add("Habib Powell") is dina
    reg.start_article()
    assert reg.add("Ann Powell") is not dina  # (another article: a first name and a surname are someone else)


def test_registry_tells_a_namesake_by_the_suffix():
    # s56, BASIL: "Donald Trump Jr." was his father's source (`Donald Trump`, nine sentences of one story), "Gregory III"
    # (a patriarch) Wilton D. Gregory, and the suffix was dropped from every name ("John Paul II" was `John Paul`)
    reg = NameRegistry()
    reg.start_article()
    father = reg.add("Donald Trump", {"president"})
    son = reg.add("Donald Trump Jr.")
    assert son is not father and son.canonical == "Donald Trump Jr."
    assert reg.add("Trump Jr.") is son and reg.add("Donald Trump") is father
    assert reg.add("Trump") is father  # the name alone is the one without the suffix, where the article has both
    assert reg.add("Jesse Jackson") is not reg.add("Jesse Jackson Jr.")  # (the father named first)
    gregory = reg.add("Wilton D. Gregory")
    assert reg.add("Gregory III") is not gregory and reg.add("Gregory III").canonical == "Gregory III"  # a regnal number
    # a Roman numeral after a full name is the same person with or without it, and kept in the name
    mueller = reg.add("Robert S. Mueller III")
    assert mueller.canonical == "Robert S. Mueller III" and reg.add("Robert Mueller") is mueller and reg.add("Mueller") is mueller
    assert reg.add("John Paul II").canonical == "John Paul II"
    stone = reg.add("Roger J. Stone Jr.")  # a name without the suffix is the one with it where no other is named
    assert reg.add("Mr. Stone") is stone and reg.add("Roger Stone") is stone
    reg = NameRegistry()
    son = reg.add("Donald Trump Jr.")
    assert reg.add("Donald Trump", {"president"}) is not son  # ... unless a title he lacks tells them apart
    assert reg.add("Trump Jr.") is son
    assert reg.add("President Trump") is not son and reg.add("Trump") is son  # (the one the article named first)
    reg = NameRegistry()
    reg.start_article()
    jackson = reg.add("Jesse Jackson Jr.", {"rep"})  # BASIL: "Jackson said" was his wife's once she was named
    assert reg.add("Sandra Jackson") is not jackson and reg.add("Jackson") is jackson
    assert reg.add("Rev. Jesse Jackson") is not jackson  # (his father, named so in the same story)


def test_a_surname_alone_with_a_title_is_the_person_with_that_title():
    # s56, BASIL (the eleventh reading): "Secretary of State Clinton", the only name an article gave, merged across the
    # corpus into Bill Clinton, so "Clinton testified …" and her other words were his
    reg = NameRegistry()
    reg.start_article()
    hillary = reg.add("Hillary Rodham Clinton", {"secretary"})
    bill = reg.add("Bill Clinton", {"president"})
    reg.start_article()
    assert reg.add("Clinton", {"secretary"}) is hillary and reg.add("Clinton", {"president"}) is bill
    assert reg.add("Dwight Lincoln Hammond, Jr.").canonical == "Dwight Lincoln Hammond Jr."


def test_the_spelling_more_articles_use_names_the_person_across_articles():
    # s60, BASIL: `Kristen Gillibrand`, the spelling of the one article met first, where three spell her "Kirsten"
    def rec(name):
        return {"names": [name], "first": name.split()[0].lower() if " " in name else "",
                "surname": name.split()[-1].lower(), "titles": [], "suffix": ""}

    names = corpus_names([[rec("Kristen Gillibrand")], [rec("Kirsten Gillibrand")], [rec("Gillibrand")],
                          [rec("Kirsten Gillibrand")]])
    assert [m[n] for m, n in zip(names, ["Kristen Gillibrand", "Kirsten Gillibrand", "Gillibrand", "Kirsten Gillibrand"])] == [
        "Kirsten Gillibrand"] * 4
    # on a tie, the spelling met first (the seed's two spellings of one name in one article stay as they were)
    names = corpus_names([[rec("Volodymyr Zelenskiy")], [rec("Volodymyr Zelensky")]])
    assert names[1]["Volodymyr Zelensky"] == "Volodymyr Zelenskiy"


def test_a_cleric_named_by_surname_is_no_layman_of_a_like_surname_across_articles():
    # s75, PTC train (the hundred-and-fifty-fourth reading): "Cardinal Müller" ¶ "Müller proposed this preposterous
    # “solution” …" became Robert Mueller, whom other articles named
    mueller = {"names": ["Robert Mueller", "Mueller"], "first": "robert", "surname": "mueller", "titles": ["counsel", "special"],
               "suffix": ""}
    cardinal = {"names": ["M\u00fcller"], "first": "", "surname": "muller", "titles": ["cardinal"], "suffix": ""}
    bare = {"names": ["Mueller"], "first": "", "surname": "mueller", "titles": [], "suffix": ""}
    names = corpus_names([[mueller], [cardinal], [bare]])
    assert names[1] == {"M\u00fcller": "M\u00fcller"} and names[2] == {"Mueller": "Robert Mueller"}


def test_names_with_a_suffix_merge_across_articles_unless_one_told_the_namesakes_apart():
    jr = {"names": ["Donald Trump Jr."], "first": "donald", "surname": "trump", "titles": [], "suffix": "jr"}
    father = {"names": ["Donald Trump"], "first": "donald", "surname": "trump", "titles": [], "suffix": ""}
    stone_jr = {"names": ["Roger J. Stone Jr."], "first": "roger", "surname": "stone", "titles": [], "suffix": "jr"}
    stone = {"names": ["Roger Stone"], "first": "roger", "surname": "stone", "titles": [], "suffix": ""}
    names = corpus_names([[jr, stone_jr], [father, stone], [father, jr]])
    assert names[1] == {"Donald Trump": "Donald Trump", "Roger Stone": "Roger J. Stone Jr."}
    titled = {"names": ["Trump"], "first": "", "surname": "trump", "titles": ["president"], "suffix": ""}
    assert corpus_names([[jr], [father], [titled, jr]])[1] == {"Donald Trump": "Donald Trump"}  # (told apart by the office)
    president = dict(father, titles=["president"])  # where no article told them apart, a title he lacks does
    assert corpus_names([[jr], [president]])[1] == {"Donald Trump": "Donald Trump"}
    # ... a title the namesake with the suffix has somewhere in the corpus, even in a later article, does not (BASIL)
    biden_jr = {"names": ["Joseph R. Biden Jr."], "first": "joseph", "surname": "biden", "titles": [], "suffix": "jr"}
    vp = {"names": ["Joe Biden"], "first": "joe", "surname": "biden", "titles": ["president", "us", "vice"], "suffix": ""}
    names = corpus_names([[biden_jr], [vp], [dict(biden_jr, titles=["president", "vice"])]])
    assert names[1] == {"Joe Biden": "Joseph R. Biden Jr."}


def attribute_many(nlp, params, texts):
    segs = segment_articles([decode_article(t.encode(), f"a{i}.txt") for i, t in enumerate(texts)], nlp, params["segment"])
    attribute_corpus(segs, params["attribute"])
    return [[(s.text, s.source) for s in seg.sentences] for seg in segs]


def test_one_canonical_name_across_articles_surname_first(nlp, params):
    first = "“We will not give up,” Zelensky said on Tuesday.\n"
    second = "President Volodymyr Zelenskiy spoke in Kyiv.\n“The front is holding,” Zelenskiy said.\n"
    a, b = attribute_many(nlp, params, [first, second])
    assert by_text(a, "“We will")[1] == "Volodymyr Zelenskiy"
    assert by_text(b, "“The front")[1] == "Volodymyr Zelenskiy"


def test_a_surname_alone_across_articles_is_the_person_more_articles_named(nlp, params):
    # the seventieth session: across a corpus, a surname alone that the article names nobody else by went to the person
    # of that surname registered last (Lukashenko's son, named in one story), not the one more articles named
    texts = ["\u201cWe will not fight,\u201d Alexander Lukashenko said on Friday.\n",
             "Alexander Lukashenko met officers. \u201cThe army is ready,\u201d Alexander Lukashenko said.\n",
             "Nikolai Lukashenko, the president's youngest son, has never given an interview.\n",
             "\u201cIt was a stupid decision,\u201d Lukashenko said of the border closure.\n"]
    out = attribute_many(nlp, params, texts)
    assert by_text(out[3], "\u201cIt was")[1] == "Alexander Lukashenko"


def test_an_outlet_and_a_word_alone_stay_apart_across_articles(nlp, params):
    # the seventieth session (PTC dev): a post credited "TODAY (@TODAYshow)" went to `USA Today`, which the corpus read
    # as a person whose first name is "USA" and whose surname is "Today"
    first = "Watch part one of the interview with Bill Clinton pic.twitter.com/UC8KAQw8Ge \u2014 TODAY (@TODAYshow) June 4, 2018\n"
    second = "USA Today reported that the talks had failed.\n"
    for texts in ([first, second], [second, first]):
        out = attribute_many(nlp, params, texts)
        post = next(s for article in out for s in article if s[0].startswith("Watch"))
        report = next(s for article in out for s in article if s[0].startswith("USA"))
        assert (post[1], report[1]) == ("TODAY", "USA Today")


CROSS_ARTICLE_CASES = [
    # (fifty-fifth session, PTC: "the Pope" of one testimony became `St Pope`, a person another article's parse made)
    pytest.param("“Hope springs eternal,” Alexander Pope said.\n",
                 "The Pope took me to his apartment and said: “We have 40 minutes before the Angelus.”\n", "The Pope", "Pope",
                 id="a_title_alone_is_nobody_across_articles"),
    # s59, BASIL: "before Mr. Trump’s Twitter post" made a person `Trump Twitter`, and another article's "Twitter at the
    # time said …" became his
    pytest.param("“I will not stop,” Mr. Trump said of Senator Ted Cruz.\nBut that was before Mr. Trump’s Twitter post with the "
                 "pictures.\n",
                 "President Trump took aim at tech giants, saying that “too many voices are being destroyed.”\nTrump in the past "
                 "has referred to alleged “shadow banning” by Twitter as “discriminatory and illegal.”\nThe controversy escalated "
                 "last month when Vice News reported the issue.  Twitter at the time said it was an algorithmic glitch.\n",
                 "Twitter at", "Twitter", id="what_a_person_owns_is_no_person_across_articles"),
    # s60, PTC train: "As The Hill pointed out …" registered a person `Hill` (the subject of a reporting verb), which the
    # corpus merged into another article's Rep. Katie Hill
    pytest.param("Rep. Katie Hill said she would step down.\n",
                 "As The Hill pointed out this morning, the case turns on an informant the FBI used in 2009.\nSources told The "
                 "Hill the informant’s work was crucial to the case.\nEmails obtained by The Hill show that a lawyer described "
                 "the pressure.\n", "As The Hill", "Hill", id="a_name_after_the_is_no_person_across_articles"),
    # s61, BASIL: "The ACLU said" in one article, "The American Civil Liberties Union said" in another were two rows
    pytest.param("The American Civil Liberties Union said it would sue the state.\n",
                 "The ACLU said the law was unconstitutional.\n", "The ACLU", "American Civil Liberties Union",
                 id="an_acronym_is_the_body_another_article_names_in_full"),
    pytest.param("The National Rifle Association said the law was clear.\nThe National Retail Association said it disagreed.\n",
                 "The NRA said it would appeal.\n", "The NRA", "NRA", id="an_acronym_two_bodies_spell_stays"),
    pytest.param("Nancy Pelosi said the bill would pass.\n", "The NP said it would appeal.\n", "The NP", "NP",
                 id="an_acronym_is_no_persons_initials_across_articles"),
]


@pytest.mark.parametrize(("first", "second", "start", "expected"), CROSS_ARTICLE_CASES)
def test_a_second_article_s_source_across_articles(nlp, params, first, second, start, expected):
    assert by_text(attribute_many(nlp, params, [first, second])[1], start)[1] == expected


def test_an_article_is_attributed_the_same_alone_or_in_a_batch(nlp, params):
    """Cross-article state would make an article's output depend on its batch (and on its Ray worker)."""
    other = "Foreign minister Kuleba spoke to reporters.\n“Kuleba is wrong,” a diplomat said.\n"
    mine = "“Talks are over,” said Kuleba.\nThe delegation left.\n"
    alone = attribute_many(nlp, params, [mine])[0]
    together = attribute_many(nlp, params, [other, mine])[1]
    assert [s for _, s in alone] == [s for _, s in together]


def test_a_description_without_a_matching_title_goes_to_the_person_speaking(nlp, params):
    text = ("Candidate Rick Perry spoke in Iowa.\n"
            "“I'm not ashamed of my faith,” says Perry.\n"
            "“As president, I'll end Obama's war on religion,” the Texas governor continues.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "“As president")[1:] == ("Rick Perry", "direct")


QUOTEY = st.lists(st.sampled_from(list("abc XYZ.,!?;:\n\"“”„«»'’—-()") + ["said ", "he ", "Anna Berg ", "according to "]),
                  min_size=1, max_size=60).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(QUOTEY, st.text(min_size=1, max_size=200)))
def test_any_text_attributes_without_raising_and_offsets_index_it(nlp, params, text):
    from pipeline.io import FramingError
    from pipeline.records import ATTRIBUTIONS

    try:
        art = decode_article(text.encode("utf-8", "surrogatepass"), "h.txt")
    except (FramingError, UnicodeEncodeError):
        return
    seg = segment_articles([art], nlp, params["segment"])[0]
    attribute_corpus([seg], params["attribute"])
    prev_end = 0
    for s in seg.sentences:
        assert art.text[s.start : s.end] == s.text and s.start >= prev_end
        assert isinstance(s.source, str) and s.source
        assert s.attribution in ATTRIBUTIONS and (s.attribution == "author") == (s.source == "author")
        prev_end = s.end


# Cases users of other quote extractors report as failures (textacy #200/#379/#383, CoreNLP #905/#1090),
# rewritten with sentences made for these tests.
def test_apposition_then_quote_over_a_paragraph_break_then_he_added(nlp, params):
    text = ("Hugh Carter, a surgeon at the clinic, said: “Patients need care within days.\n"
            "“If they wait, some of them will not survive,” he added.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Hugh Carter")[1:] == ("Hugh Carter", "direct")
    assert by_text(rows, "“If they wait")[1:] == ("Hugh Carter", "direct")


def test_speaker_named_in_the_sentence_before_the_quote(nlp, params):
    rows = attribute(nlp, params, "Nadia Petrova, a Green MP, said she was worried. “What they did is reckless.”\n")
    assert by_text(rows, "Nadia")[1:] == ("Nadia Petrova", "indirect")
    assert by_text(rows, "“What they")[1:] == ("Nadia Petrova", "direct")


def test_unusual_speech_verbs_beside_a_quote(nlp, params):
    rows = attribute(nlp, params, "“It is a disaster,” sighed Maria Lopez.\n“We lost everything,” grumbled Tom Baker.\n")
    assert by_text(rows, "“It is")[1] == "Maria Lopez"
    assert by_text(rows, "“We lost")[1] == "Tom Baker"


def test_an_odd_number_of_quotation_marks_is_noted_not_raised(nlp, params):
    rows_notes = segment_articles([decode_article("Anna Berg said “we will act and then left. The end.\n".encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_corpus([rows_notes], params["attribute"])
    assert any("quote" in s.attribution_note for s in rows_notes.sentences)


def test_speaker_in_a_header_line_or_a_dash_credit(nlp, params):
    rows = attribute(nlp, params, "The agency praised the choice.\nAnd from Chairwoman Ana Ruiz:\n“The plan works for everyone.”\n")
    assert by_text(rows, "“The plan")[1:] == ("Ana Ruiz", "direct")
    rows = attribute(nlp, params, "“She is a true expert and an asset to us all.” - Commissioner Paul Grant\n")
    assert by_text(rows, "“She is")[1:] == ("Paul Grant", "direct")


# Source names found wrong by running `framing analyze` on articles nobody here wrote (docs/attribution.md).
# Each case: the article, the start of the sentence, and its expected source, or (source, attribution).
# stories of the thirty-first session, each read at two of its sentences below
SYBIHA = ("Test\n\n“We have seen this film before,” said Oleksandr Musiienko, a military analyst.\n\nUkraine's "
    "foreign minister, Andrii Sybiha, called on Minsk to \"stop being an accomplice.\" He told reporters in "
    "Brussels that Kyiv would raise the issue with NATO allies on Thursday.\n")
BRUSSELS = ("Test\n\nSome in Brussels argue that pressure only pushes Minsk closer to Moscow. That argument had some "
    "merit in 2015. It has none now.\n")
LOSIK_LETTER = ("Test\n\nVILNIUS — Every Sunday, Hanna Losik writes a letter to her father. She has no idea whether he reads "
    "them.\n")
PILOT = ("Test\n\nA former Belarusian air force pilot, now living in Warsaw, says the drills are routine.\n\n“They do "
    "this every winter,” said the pilot, who asked to be identified only by his first name, Andrei.\n")


CHRISTIE_POLL = ("Chris Christie said, “I am not running.”\n\nBut now, a staggering 55 percent of Republican primary voters say "
                 "that they cannot envision voting for Mr. Christie, according to a poll.\n\nHe described the decision to "
                 "enter politics as a “coin toss” between him and his wife.\n")
AMNESTY = ("Amnesty calls for release of jailed lawyers\n\nAmnesty International on Tuesday called on the authorities to "
           "release the lawyers.\n\nIn a statement, the organisation said:\n\nThe persecution of lawyers has reached an "
           "unprecedented scale.\n\nWithout independent lawyers, no one can expect a fair trial. We call on the authorities "
           "to release all lawyers.\n\nMarie Struthers said the lawyers' only crime was doing their job.\n")
LETTER = ("Letter from a Belarusian prison\n\nThe following letter was written by Mikalai Statkevich, a former presidential "
          "candidate. It reached his wife, Maryna Adamovich, in April.\n\nMy dear Maryna,\n\nI do not know if this letter "
          "will reach you. They took my glasses in February.\n\nThe guards are young and mostly polite. One of them asked me "
          "last week whether it was true that I had once been an officer. I said yes.\n\nKiss the grandchildren for me.\n\n"
          "Your Mikalai\n\nAdamovich said she had read the letter \"perhaps a hundred times\".\n")

# s78: an editorial's quotation a sentence a line, left open over lines and going on in the next paragraph's opening
# mark, after another person's quotation (written for the tests, on the shape of PTC train's NCR editorial)
EDITORIAL_OVER_LINES = (
    'Test\n'
    '\n'
    'The bishop resigned in March.\n'
    'Critics spoke out at once.\n'
    'Though he is “sticking with the mayor” for now, Tom Reed wrote, “I wish I knew what makes him fail.\n'
    'I am stunned that the mayor kept the chief.”\n'
    'On May 3rd, an unsigned Herald editorial opined, “Within four days, the mayor twice slandered the victims.”\n'
    '“These remarks are shameful.\n'
    'At the most, they suggest that the mayor could be complicit.\n'
    'The script is familiar.\n'
    '\n'
    '“The insistence with which the mayor defends the chief is mystifying.\n'
    'Three reporters gave the mayor a chance to explain.\n'
    'A woman asked: ‘Why do you not believe them?’ The mayor gave no answer, only repeating a claim of ‘no evidence’ against the chief.”\n'
    'The council met the next day.\n'
)

NEW_ARTICLE_CASES = [
    pytest.param("President Trump met the leaders on Wednesday.\n\n“The country needs a barrier,” the president said during "
                 "the cabinet meeting.\n", "“The country", ("Trump", "direct"),
                 id="a_lowercase_role_noun_tagged_as_a_proper_noun_resolves_to_the_titled_person"),
    pytest.param("Donald Trump met the leaders on Wednesday.\n\nTrump is now insisting that Congress appropriate $5.7 billion "
                 "for that project.\n", "Trump is now", ("Donald Trump", "indirect"),
                 id="a_known_surname_tagged_as_a_common_noun_keeps_the_persons_name"),
    pytest.param("The talks ended late.\n\nHe said that the wall was why he was elected, one of the officials said.\n",
                 "He said", ("official", "indirect"), id="one_of_a_group_is_described_by_the_group"),
    pytest.param("The talks ended late.\n\nA second official who attended said the team believed it.\n",
                 "A second", ("official", "indirect"), id="an_ordinal_only_tells_unnamed_sources_apart"),
    pytest.param("The talks ended late.\n\nBoth men insisted on anonymity, two of the aides said.\n",
                 "Both men", ("aides", "indirect"), id="two_of_a_group_is_the_group"),
    pytest.param("Roger Stone appeared in court.\n\nStone’s attorney, Grant Smith, said in a statement that the charges were "
                 "false.\n", "Stone’s attorney", ("Grant Smith", "indirect"), id="a_role_with_the_name_in_apposition_said_in_a_statement_that"),
    pytest.param("The vote was close.\n\nHis spokesman, John Miller, said the senator would vote no.\n", "His spokesman",
                 ("John Miller", "indirect"), id="a_role_with_the_name_in_apposition"),
    # the parser hangs the apposition on the last noun of the role's "for ... in ..." phrase
    pytest.param("Talks stalled.\n\nA spokesman for the foreign ministry in Minsk, Anatoly Glaz, called the claims "
                 "\u201cabsurd\u201d and said Warsaw was lying.\n", "A spokesman", "Anatoly Glaz",
                 id="a_role_with_the_name_in_apposition_after_a_prepositional_phrase"),
    # the reported clause's verb ("respond") comes first; the speaker is the subject of the verb governing the quote
    pytest.param("Drills began.\n\nRussia will respond to the exercises, Kremlin spokesman Dmitry Peskov said on Monday, "
                 "calling the drills \u201ca provocation.\u201d\n", "Russia will", ("Dmitry Peskov", "mixed"),
                 id="a_quoted_fragment_goes_to_the_verb_that_governs_it"),
    pytest.param("Stone was charged.\n\nMr. Stone told Mr. Credico he should \u201cdo a Pentangeli\u201d before the committee, "
                 "the indictment said.\n", "Mr. Stone told", ("Stone", "mixed"),
                 id="a_quote_inside_a_reported_clause_is_its_own_verbs_speakers"),
    # BASIL train (forty-fourth session): after '."' the parser read "added" as a modifier of the name after it
    pytest.param("Test\n\nElizabeth Lauten wrote a post.\n\n\"Rise to the occasion. Dress like you deserve respect ... And "
                 "certainly don’t make faces during televised, public events.\" added Lauten, who works for Rep. Stephen "
                 "Fincher, R-Tenn. The communications pro also took a shot at President Obama, writing \"your mother and "
                 "father don’t respect their positions.\"\n", "\"Rise", ("Elizabeth Lauten", "direct"),
                 id="a_closing_frame_the_parser_read_as_a_modifier_of_the_name"),
    # PTC train (forty-fourth session): the verb whose subtree holds most of the quotation speaks it, not the one
    # with the smallest subtree holding any quoted word (the reporter's scare-quoted "snippy tone" took the pope's quote)
    pytest.param("Asked about the bishop, the pope responded in what one reporter described as a \u201csnippy tone\u201d: "
                 "\u201cThe day I see proof, I will talk. There is no evidence.\u201d\n", "Asked", ("pope", "mixed"),
                 id="the_verb_holding_most_of_the_quotation_speaks_it"),
    # the person the writer's previous sentence is about, not a speaker of an earlier paragraph
    pytest.param("A ministry official said the activist was suspected of \u201cunrest.\u201d\n\nSviatlana Tsikhanouskaya, "
                 "the exiled opposition leader, condemned the arrest. \u201cThis is what the regime does,\u201d she wrote.\n",
                 "\u201cThis is", ("Sviatlana Tsikhanouskaya", "direct"),
                 id="a_pronoun_after_a_sentence_about_a_named_person_refers_to_that_person"),
    # ... also when the person is a role's apposed name that spaCy tags as an organisation
    pytest.param("Its spokesman, Andriy Demchenko, told Ukrainian television that the situation was \u201cunder control.\u201d"
                 "\n\nTsikhanouskaya\u2019s adviser, Franak Viacorka, went further. He called Lukashenko \u201cPutin\u2019s "
                 "vassal\u201d and said the leader had given up.\n", "He called", "Franak Viacorka",
                 id="a_pronoun_after_a_sentence_about_a_roles_named_person_refers_to_that_person"),
    # "added" reports speech beside a quotation, and without one when it takes a that-clause
    pytest.param("\u201cIt might backfire,\u201d said Anna Dyner of the institute.\n\nShe added that the president would "
                 "probably welcome the move.\n", "She added", ("Anna Dyner", "indirect"),
                 id="a_quote_only_verb_with_a_that_clause_reports_speech"),
    # spaCy makes the speaker the subject of the participle after it ("Schiff, clearly prepared for the ambush,": an
    # adverbial clause with a subject) and leaves the reporting verb none (BASIL)
    pytest.param("Mr. Trump intervened.\n\nMr. Schiff, clearly prepared for the ambush, argued that there was a "
                 "difference between prosecutors proving a criminal conspiracy and the committee investigating evidence of "
                 "foreign compromise.\n", "Mr. Schiff", ("Schiff", "indirect"),
                 id="a_speaker_parsed_as_the_subject_of_a_participle_before_the_verb"),
    # a quotation over two sentences is the speaker's of its own closing frame, not of the cue of the sentence before
    # it (a story written for the check in the twenty-seventh session, s90)
    pytest.param("Talks\n\nCritics inside the opposition said the cabinet had no way of influencing events. \u201cThey can "
                 "hold as many meetings as they want. Inside the country people are afraid,\u201d said a Minsk resident who "
                 "asked not to be named.\n", "\u201cThey can", ("Minsk resident", "direct"),
                 id="a_quote_over_two_sentences_is_its_closing_frames_speakers"),
    pytest.param("Talks\n\nCritics said the cabinet was weak. \u201cThey can hold meetings. Inside the country people are "
                 "afraid.\u201d\n", "\u201cThey can", ("critics", "direct"),
                 id="a_quote_without_a_frame_keeps_the_cue_before_it"),
    # a kin noun's apposed first name is a person, though spaCy tags it an organisation (a story written for the check
    # in the twenty-seventh session, s95: "Darya" became an organisation, and "She told reporters" nobody's)
    pytest.param("A court sentenced Ihar Losik.\n\nLosik\u2019s wife, Darya, said the verdict was \u201ca message to every "
                 "journalist\u201d. She told reporters that her husband had lost weight.\n", "She told", ("Darya", "indirect"),
                 id="a_kin_nouns_apposed_name_tagged_an_organisation_is_a_person"),
    # a one-word name that is a strongly gendered first name tells "he" from "she" (a story written for the check in the
    # twenty-eighth session, s113: "He describes …" went to Losik's wife Darya, the last person named)
    pytest.param("Prisons\n\nIhar Losik spent five years in prison. His wife, Darya, was later jailed as well. She was freed "
                 "in 2024.\n\nHe describes the prison regime in flat, precise sentences.\n", "He describes",
                 ("Ihar Losik", "indirect"), id="a_one_word_first_name_has_that_names_gender"),
    # a closing frame whose subject spaCy joined to a list before it ("…, agriculture and education, the press service
    # … reported"): the noun phrase between the comma and the verb is the subject (a story written for the check in
    # the twenty-eighth session, s114)
    pytest.param("Talks\n\nThe sides discussed joint projects in industry, agriculture and education, the press service of "
                 "the president reported.\n", "The sides", ("press service", "indirect"),
                 id="a_closing_frames_subject_parsed_as_a_list_item"),
    # a reduced relative clause after a noun ("a deployment [that] military analysts say ties down …"): spaCy makes the
    # noun a modifier of the speakers (a story written for the check in the twenty-eighth session, s124)
    pytest.param("Talks\n\nStill, Kyiv keeps several brigades in the north, a deployment military analysts say ties down "
                 "forces badly needed in the east.\n", "Still", ("military analysts", "indirect"),
                 id="a_noun_the_parser_made_a_modifier_is_no_part_of_the_description"),
    pytest.param("Talks\n\nMINSK, Sept 11 (AFP) - Belarus released 16 political prisoners on Thursday, hours after a meeting "
                 "between Alexander Lukashenko and a US envoy, a source close to the talks told AFP.\n", "MINSK",
                 ("source", "indirect"), id="a_closing_frames_subject_parsed_as_an_apposition"),
    # "the 70-year-old" after a person is that person, as "he" would be (a story written for the check in the
    # twenty-eighth session, s126: the source was "70-year-old")
    pytest.param("Talks\n\nAlexander Lukashenko said on Friday that he would stand again.\n\n\u201cI will run,\u201d the "
                 "70-year-old told a meeting of officials.\n", "\u201cI will", ("Alexander Lukashenko", "direct"),
                 id="the_n_year_old_is_the_person_named_before"),
    # "the congressman" after "Rep. Anthony Weiner" is Weiner, as "the governor" after "Gov. Mike Pence" is Pence (BASIL:
    # the source was "congressman")
    pytest.param("Talks\n\nRep. Anthony Weiner denied sending the photo.\n\n\"I didn't send that picture out,\" the "
                 "congressman said.\n", "\"I didn't", ("Anthony Weiner", "direct"), id="the_congressman_is_the_rep_named_before"),
    pytest.param("Talks\n\nRep. Blake Farenthold settled a lawsuit. Maria Greene accused Farenthold of harassment, and she "
                 "said she was fired.\n\n\u201cI had no idea how to run an office,\u201d the four-term congressman said.\n",
                 "\u201cI had", ("Blake Farenthold", "direct"), id="the_congressman_is_no_woman_who_spoke_last"),
    pytest.param("Talks\n\nRep. Blake Farenthold settled a lawsuit. Lauren Greene accused Farenthold of harassment, and "
                 "claimed she was fired.\n\n\u201cI had no idea how to run an office,\u201d the four-term congressman said.\n",
                 "\u201cI had", ("Blake Farenthold", "direct"), id="the_congressman_is_the_rep_before_anyone_quoted_since"),
    # a closing frame whose reported clause spaCy hung elsewhere (on the dateline, as a relative clause) still frames it
    # (a Reuters-style story written for the check in the twenty-eighth session, s132)
    pytest.param("Talks\n\nMINSK (Reuters) - Belarus's air defences shot down an unidentified drone over the Minsk region "
                 "overnight, the defence ministry said on Tuesday, the latest in a series of incidents along the country's "
                 "borders.\n", "MINSK", ("defence ministry", "indirect"), id="a_closing_frame_whose_clause_the_parser_hung_elsewhere"),
    pytest.param("Talks\n\nThe talks ended. After the meeting in Minsk on Tuesday, the defence ministry spokesman said.\n",
                 "After the", ("author", "author"), id="a_reporting_verb_with_no_clause_before_it_frames_nothing"),
    # "said nothing" reports a silence, not words (found while writing a test in the twenty-eighth session)
    pytest.param("Talks\n\nThe talks ended. The defence ministry said nothing on Tuesday.\n", "The defence",
                 ("author", "author"), id="said_nothing_reports_a_silence"),
    pytest.param("Talks\n\nThe talks ended. Lukashenko has said little in public about the talks.\n", "Lukashenko has",
                 ("author", "author"), id="said_little_reports_a_silence"),
    # "the statement said" right after an organisation's words is that organisation's statement (a story written for the
    # check in the twenty-eighth session, s135: the source was "statement")
    pytest.param("Talks\n\nMINSK \u2014 Alexander Lukashenko has pardoned 30 people, his press service said on Wednesday.\n\n"
                 "Among those released were two women with young children, the statement said.\n", "Among",
                 ("Alexander Lukashenko's press service", "indirect"), id="the_statement_after_a_body_speaks_is_its_statement"),
    pytest.param("Talks\n\nProsecutors said the couple hid the spending.\n\n\u201cThe bills were paid with campaign funds,\u201d "
                 "the press release from the U.S. Attorney's Office said.\n", "\u201cThe bills", ("U.S. Attorney's Office", "direct"),
                 id="a_document_from_someone_speaks_for_them"),
    pytest.param("Talks\n\nPavel Sapelka, a lawyer, said the pardons were few.\n\nMore than 1,100 people remain in prison, the "
                 "report said.\n", "More than", ("report", "indirect"), id="the_report_after_a_person_speaks_is_still_the_report"),
    # a document whose author the writer named ("a report by …") speaks for that author later (a story written for the
    # check in the twenty-eighth session, s136)
    pytest.param("Talks\n\nPeskov was responding to a report by the Institute for the Study of War, a U.S. think tank.\n\n"
                 "The report cited the integration of the defence industry. It said the process had accelerated.\n", "It said",
                 ("Institute for the Study of War", "indirect"), id="a_document_by_someone_named_before_speaks_for_them"),
    # the writer's sentence about another group ends a paraphrase (a story written for the check in the twenty-eighth
    # session, s138: "Military experts are sceptical." carried on Lukashenko's)
    pytest.param("Talks\n\nLukashenko has said the missiles would be under Russian control. Military experts are sceptical.\n",
                 "Military", ("author", "author"), id="another_group_as_subject_ends_a_paraphrase"),
    pytest.param("Talks\n\nAnalysts said the missiles would stay under Russian control. Analysts also expect more drills.\n",
                 "Analysts also", ("analysts", "indirect"), id="the_speaking_group_as_subject_carries_on"),
    # "called on" parsed as a particle and an object is a demand too (a live blog written for the check in the
    # twenty-seventh session, s94)
    pytest.param("Talks\n\nOpposition leader Sviatlana Tsikhanouskaya has called on Belarusians to cross out every name on the "
                 "ballot.\n", "Opposition leader", ("Sviatlana Tsikhanouskaya", "indirect"),
                 id="called_on_parsed_as_a_particle_reports_a_demand"),
    # "it" after the writer's sentence about a definite document speaks for the document, as "The report says" does
    # (a story written for the check in the twenty-seventh session, s93)
    pytest.param("GENEVA \u2014 A UN panel said on Thursday that the authorities had committed crimes.\n\nThe report, based "
                 "on interviews with more than 200 victims, documents torture. It says the abuses were \u201cwidespread "
                 "and systematic\u201d.\n", "It says", ("report", "mixed"),
                 id="it_after_a_sentence_about_a_document_is_the_document"),
    pytest.param("Talks\n\nA report on the talks was published. It says little.\n", "It says", ("author", "author"),
                 id="it_after_an_indefinite_document_stays_the_writers"),
    # a reporting verb conjoined to the main verb reports its subject's speech (a story written for the check in the
    # twenty-seventh session, s97)
    pytest.param("Sochi\n\nLukashenko, in turn, thanked his host and said Minsk would never forget Moscow\u2019s help.\n",
                 "Lukashenko, in turn", ("Lukashenko", "indirect"), id="a_reporting_verb_conjoined_to_the_main_verb_reports"),
    # "His government" after the writer's sentence about a person of the same paragraph is that person's (s96: the
    # speaker of the paragraph before took it)
    pytest.param("Closures\n\nIts spokesman, Anton Bychkovsky, told state media the closures would harm Lithuanians.\n\n"
                 "Lukashenko has not commented. His government has repeatedly denied any role in the crises.\n",
                 "His government", ("Lukashenko's government", "indirect"),
                 id="his_institution_is_the_person_named_before_in_the_paragraph"),
    # a plural role noun is a group, never one person with that role (BASIL: "Republican leaders … have suggested …"
    # went to Nancy Pelosi, "House Democratic leader")
    pytest.param("Trade\n\nHouse Democratic leader Nancy Pelosi opposed the bill.\n\nRepublican leaders said they may try to "
                 "revive the bill.\n", "Republican leaders", ("Republican leaders", "indirect"),
                 id="a_plural_role_noun_is_a_group_not_the_person_with_that_role"),
    # an opinion column written for the check in the twenty-seventh session (s98): "they" is never one person named
    # before; "As one former diplomat put it to me, “…”" is the diplomat's; the writer's "I understand …" ends the
    # paraphrase of "Some argue that …"
    pytest.param("Opinion\n\nI have covered Aliaksandr Lukashenka for fifteen years, and I have watched Western diplomats "
                 "make the same mistake again and again. They believe he can be bought.\n", "They believe",
                 ("Western diplomats", "indirect"), id="they_is_never_one_person_named_before"),
    pytest.param("Opinion\n\nLukashenka wants to be paid by both sides. As one former Belarusian diplomat put it to me, "
                 "\u201cHe sells the same horse twice.\u201d\n", "As one", ("former Belarusian diplomat", "direct"),
                 id="as_someone_put_it_to_me_is_a_frame"),
    pytest.param("Opinion\n\nSome argue that engagement is the only way to help political prisoners. I understand the "
                 "argument, but the record is clear.\n", "I understand", ("author", "author"),
                 id="the_writers_i_ends_a_paraphrase"),
    # an opinion column written for the check in the thirty-sixth session: "That is true" judges what was reported
    pytest.param("Opinion\n\nSome diplomats argue that engagement saves lives. That is true, as far as it goes. But every "
                 "release is followed by new arrests.\n", "That is true", ("author", "author"),
                 id="that_is_true_judges_the_paraphrase"),
    pytest.param("Opinion\n\nSome diplomats argue that engagement saves lives. This is simply wrong.\n", "This is",
                 ("author", "author"), id="this_is_wrong_judges_the_paraphrase"),
    pytest.param("Talks\n\nOfficials said the border crossing had been closed. That was on Monday.\n", "That was",
                 ("officials", "indirect"), id="that_was_on_monday_carries_on"),
    # "…, who said (that) …" reports the antecedent's words, as "…, who said “…”" does (twenty-seventh session)
    pytest.param("Talks\n\nThe plan was backed by Anna Kovalenko, who told reporters that it would pass.\n", "The plan",
                 ("Anna Kovalenko", "indirect"), id="who_said_that_is_the_antecedents_speech"),
    pytest.param("Talks\n\nThe mandate was extended despite objections from Russia and China, which argued that the "
                 "inquiry interfered in internal affairs.\n", "The mandate", ("Russia and China", "indirect"),
                 id="which_argued_that_after_a_country_is_its_speech"),
    pytest.param("Talks\n\nThe minister met Ivan Petrov, whose brother said nothing.\n", "The minister", ("author", "author"),
                 id="whose_relative_says_nothing_of_the_antecedent"),
    # the writer's note that a claim could not be verified ends the paraphrase (twenty-seventh session, s103)
    pytest.param("Talks\n\nIn a post on Telegram, the blogger Rybar wrote that Belarusian units had been moved closer to the "
                 "border. The claim could not be independently verified.\n", "The claim", ("author", "author"),
                 id="a_claim_that_could_not_be_verified_is_the_writers_note"),
    pytest.param("Talks\n\nThe ministry said ten drones had crossed the border. Reuters could not independently verify the "
                 "report.\n", "Reuters could", ("author", "author"), id="could_not_independently_verify_is_the_writers_note"),
    # a live blog written for the check in the forty-fifth session: the wire's "It was not immediately clear …"
    pytest.param("Test\n\nLithuania has closed two crossings as a precaution, the interior ministry said. It was not "
                 "immediately clear how long the closure would last.\n", "It was", ("author", "author"),
                 id="it_was_not_immediately_clear_is_the_writers_note"),
    pytest.param("Test\n\nThe ministry said talks had stalled. It is unclear when they will resume.\n", "It is",
                 ("author", "author"), id="it_is_unclear_is_the_writers_note"),
    # an instruction reports the one who gives it (a BelTA-style story written for the check in the twenty-seventh
    # session, s102)
    pytest.param("Talks\n\nPresident Aleksandr Lukashenko met the military leadership on Friday.\n\nThe head of state also "
                 "instructed the defence ministry to speed up the training of territorial defence units.\n", "The head of",
                 ("Aleksandr Lukashenko", "indirect"), id="instructed_someone_to_reports_a_directive"),
    # "warned against" reports a warning, as "called for" reports a demand (a Reuters-style story written for the check
    # in the twenty-seventh session, s106)
    pytest.param("Potash\n\nLithuania, through which Belarusian potash used to be shipped, has warned against any easing.\n",
                 "Lithuania", ("Lithuania", "indirect"), id="warned_against_reports_a_warning"),
    # an untagged surname with a Slavic ending is a person the writer's sentence is about, though spaCy tagged her full
    # name an organisation (a story written for the check in the twenty-seventh session, s107: "she" went to the man
    # quoted before)
    pytest.param("Talks\n\nFranak Via\u010dorka, chief adviser to Sviatlana Tsikhanouskaya, said any talks would help "
                 "Lukashenko.\n\nTsikhanouskaya herself has taken a middle position. Speaking in Warsaw on Tuesday, she "
                 "said she would support talks.\n", "Speaking in", ("Tsikhanouskaya", "indirect"),
                 id="an_untagged_slavic_surname_is_a_person_subject"),
    pytest.param("Talks\n\nSome Belarusian opposition figures have begun to argue for direct talks with the government.\n",
                 "Some Belarusian", ("Belarusian opposition figures", "indirect"), id="argued_for_reports_advocacy"),
    # "the embassy said" after the writer's sentence about "The U.S. Embassy in Minsk" is that embassy (a story written
    # for the check in the twenty-seventh session, s111)
    pytest.param("Verdict\n\nThe U.S. Embassy in Minsk condemned the verdict. \u201cThis is a politically motivated "
                 "sentence,\u201d the embassy said in a post on X.\n", "\u201cThis is", ("U.S. Embassy in Minsk", "direct"),
                 id="the_embassy_is_the_embassy_the_writer_named"),
    # a pronoun never means a person named after its verb (BASIL: "…, he signaled, though … once Mr. Mueller's
    # findings are fully understood" went to Mueller)
    pytest.param("Adam Schiff chairs the committee.\n\nThe hearing was tense. The work would go on, he said, once "
                 "Mr. Mueller\u2019s findings are understood.\n", "The work", ("Adam Schiff", "indirect"),
                 id="a_pronoun_never_means_a_person_named_after_its_verb"),
    # ... and after the reported clause, as a closing frame (a story written for the check in the twenty-seventh session)
    pytest.param("Polish Defence Minister W\u0142adys\u0142aw Kosiniak-Kamysz dismissed the remarks. \u201cWe are not going to "
                 "be intimidated,\u201d he said. Poland would continue to strengthen its eastern border, he added.\n",
                 "Poland would", ("W\u0142adys\u0142aw Kosiniak-Kamysz", "indirect"),
                 id="a_quote_only_verb_closing_a_reported_clause_reports_speech"),
    pytest.param("Talks ended.\n\nThe economy will grow, Tusk continued.\n", "The economy", ("Tusk", "indirect"),
                 id="continued_closing_a_reported_clause_reports_speech"),
    pytest.param("Mr. Sanders ignored three questions.\n\nHis face flushed, Mr. Sanders did not speak at all.\n", "His face",
                 ("author", "author"), id="a_clause_before_a_negated_quote_only_verb_is_not_reported"),
    pytest.param("Prices rose.\n\nThe bank added two branches in March.\n", "The bank", ("author", "author"),
                 id="a_quote_only_verb_without_a_clause_is_no_speech"),
    pytest.param("The attack began at night.\n\nISIS reportedly claimed responsibility for the attack.\n", "ISIS", "ISIS",
                 id="an_acronym_source_keeps_its_capitals"),
    pytest.param("Jane Doe married last year.\n\n“It was lovely,” she said.\n\nThe fact that there was a wedding makes me think "
                 "she is happy.\n", "The fact", ("author", "author"), id="first_person_outside_quotation_marks_is_the_writer"),
    pytest.param("The plan was announced.\n\nYou think the plan will work?\n", "You think", ("author", "author"),
                 id="the_reader_addressed_as_you_is_not_a_source"),
    # spaCy attaches "gunfire" to "said" as a second subject; the speaker is the neighbor
    pytest.param("Police arrived at noon.\n\nA neighbor who heard the gunfire said it happened at a home where the occupants "
                 "were “always arguing.”\n", "A neighbor", "neighbor",
                 id="a_noun_the_parser_hangs_on_the_verb_after_a_relative_clause_is_not_the_speaker"),
    pytest.param("Two men were charged.\n\nThe police filed two counts, according to the city of Westerville.\n", "The police",
                 ("city of Westerville", "indirect"), id="an_of_phrase_naming_a_place_stays_in_the_description"),
    pytest.param("Talks failed.\n\nThe deal is dead, according to a retired analyst of the former USSR.\n", "The deal",
                 "retired analyst", id="an_of_phrase_naming_a_field_is_dropped"),
    # tagged NOUN (and ORG) and never named before: described, but not lower-cased like "Police"
    pytest.param("The report was released.\n\nTrump has maintained that he and his campaign did not collude with Russia during "
                 "the 2016 campaign.\n", "Trump has", "Trump", id="a_sentence_initial_name_tagged_as_a_common_noun_keeps_its_capital"),
    pytest.param("The case went to court.\n\nExhausted women said the plan had failed.\n", "Exhausted", "exhausted women",
                 id="a_sentence_initial_word_is_lower_cased_like_any_description"),
    pytest.param("The case went to court.\n\nThree women said the plan had failed.\n", "Three women", "women",
                 id="a_sentence_initial_number_is_no_part_of_the_description"),  # (kept as "three women" before s37)
    # "McConnell" is not `is_title` (inner capital): such names were never registered as people, so had no title
    pytest.param("Ms. Nancy Pelosi met Mr. Mitch McConnell on Friday to discuss the spending bill and the wall.\n\n"
                 "Mr. McConnell said the talks had been useful.\n\nOn Saturday, she said she hoped the offer would lead to a "
                 "deal.\n", "On Saturday", "Nancy Pelosi", id="she_skips_a_person_titled_mr"),
    pytest.param("Ms. Nancy Pelosi met Mr. Mitch McConnell on Friday to discuss the spending bill and the wall.\n\n"
                 "Ms. Pelosi said the talks had been useful.\n\nLater he said the vote would come soon.\n", "Later he",
                 "Mitch McConnell", id="he_skips_a_person_titled_ms"),
    pytest.param("Clinton Is Healthy, Doctor Says\n\nWASHINGTON – Hillary Clinton's presidential campaign on Friday released "
                 "a statement from her doctor saying that she is healthy.\n", "WASHINGTON", ("doctor", "indirect"),
                 id="a_dateline_is_not_the_speaker"),
    # "Republican" (after "Gohmert,") and an all-capitals organisation were registered as people, and "he" went to them
    pytest.param("The race opened on Friday after weeks of talks among the members of the House.\n\n“We have got to have an "
                 "alternative,” Representative Louie Gohmert, Republican of Texas, said on the radio.\n\nThe Republican leaders "
                 "met on Monday to discuss the race for the leadership.\n\nHe said the party needed new ideas.\n", "He said",
                 "Louie Gohmert", id="a_party_name_after_a_role_comma_is_not_a_person"),
    pytest.param("Glenn Beck CPAC 2010 Speech VIDEO: Republicans Do Not Need A Big Tent\n\nIn a winding speech, Beck had the packed "
                 "auditorium at CPAC captivated from the start.\n\n\"Progressivism,\" he declared, \"is eating the Constitution.\"\n",
                 "\"Progressivism", "Beck", id="an_acronym_organisation_is_not_a_person"),
    # "the Democrat" was read as the name of a person of its own
    pytest.param("The votes were counted for a second week in the race for the governor of Georgia.\n\nStacey Abrams ended her "
                 "run for governor on Friday.\n\nThe Democrat said she would not concede.\n", "The Democrat",
                 "Stacey Abrams", id="the_party_word_alone_is_a_description"),
    # "the diplomat" went to the organisation quoted before: an unnamed source is referred to by its head noun
    pytest.param("Minsk denied it.\n\nIn a statement, the Belarusian border committee accused Warsaw of lying.\n\nA senior "
                 "European Union diplomat, who spoke on condition of anonymity, said Brussels would back Poland. “This is a "
                 "hybrid attack,” the diplomat said.\n", "“This is", ("senior European Union diplomat", "direct"),
                 id="a_definite_description_refers_to_the_unnamed_source_it_repeats"),
    # a reporting participle after the main clause reports what its subject argued
    pytest.param("The plan was published.\n\nThe opposition rejected the plan, arguing that it would entrench Lukashenko.\n",
                 "The opposition", ("opposition", "indirect"), id="a_reporting_participle_with_a_that_clause_is_indirect_speech"),
    # a paraphrase carried on stops where the writer speaks about the speaker ("They are wrong.")
    pytest.param("Talks resumed.\n\nSome diplomats still argue that engagement might work. They are wrong.\n", "They are",
                 ("author", "author"), id="a_sentence_about_the_speaker_after_a_paraphrase_is_the_writer_s"),
    pytest.param("Talks resumed.\n\nProkopiev said that the sanctions had failed. He left Minsk in 2020.\n", "He left",
                 ("author", "author"), id="he_after_a_paraphrase_with_no_other_antecedent_is_the_speaker_so_the_writer_speaks"),
    pytest.param("Talks resumed.\n\nProkopiev said that Lukashenko was trapped. He has no way out.\n", "He has",
                 ("Prokopiev", "indirect"), id="he_after_a_paraphrase_about_another_person_carries_it_on"),
    # a quote with no cue of its own takes the main reporting verb of the sentence before, not a subordinate one
    pytest.param("Talks resumed.\n\nWhile many have argued that the White House offered Sestak a post, Mr. Bauer said that "
                 "was never the case. The White House did not offer “a full-time paid position” because of the vote.\n",
                 "The White House did", ("Bauer", "mixed"), id="a_quote_without_a_cue_takes_the_main_reporting_verb_before_it"),
    # "speculate" reports speech like "suggest"
    pytest.param("Talks resumed.\n\nBrian Schatz spoke on Monday. And he speculated that a nomination would split the "
                 "chamber.\n", "And he", ("Brian Schatz", "indirect"), id="speculate_is_a_reporting_verb"),
    # "dismiss … as “…”" reports what its subject called the claims, not the next sentence's speaker
    pytest.param("Moscow accused Kyiv.\n\nUkrainian officials dismissed the claims as “classic Kremlin disinformation.” Kyiv "
                 "has repeatedly said it does not target civilians.\n", "Ukrainian officials", ("Ukrainian officials", "mixed"),
                 id="dismissing_a_claim_as_a_quoted_phrase_reports_speech"),
    # the writer's sentence is about the minister named in apposition, so "he" is that minister, not the last speaker
    pytest.param("Talks ended.\n\nIts foreign minister, Kestutis Budrys, said the package was “a good start.”\n\nHungary's "
                 "foreign minister Peter Szijjarto, whose government has often resisted sanctions, did not block the decision. Speaking to state radio, he said his country "
                 "“will always defend dialogue.”\n", "Speaking to", ("Peter Szijjarto", "mixed"),
                 id="a_pronoun_after_a_sentence_about_a_person_named_in_apposition"),
    # "one of them" is one of the group that spoke before
    pytest.param("Talks ended.\n\nIts representatives said that 1,200 people remain in prison.\n\n“Every name matters,” said "
                 "one of them, who asked not to be identified.\n", "“Every name", ("representatives", "direct"),
                 id="one_of_them_is_one_of_the_group_that_spoke_before"),
    # a description refers to a person named before it, never to a name later in its own sentence (here spaCy's
    # PERSON tag on the city "Kyiv")
    pytest.param("KYIV — The Ukrainian president made it clear that Kyiv would answer any attack from Belarus with "
                 "force.\n", "KYIV", ("Ukrainian president", "indirect"),
                 id="a_description_never_refers_to_a_name_after_it"),
    pytest.param("President Volodymyr Zelenskiy met the envoy.\n\nThe Ukrainian president made it clear that Kyiv would "
                 "answer any attack.\n", "The Ukrainian", ("Volodymyr Zelenskiy", "indirect"),
                 id="a_description_refers_to_the_titled_person_named_before"),
    # BASIL: "according to four congressional officials" names the source that "the officials" repeats, not the
    # person named last ("Twitter", which spaCy tags PERSON)
    pytest.param("Talks ended.\n\nDonald Trump Jr. spoke with WikiLeaks, according to four congressional officials.\n\n"
                 "Mr. Trump handed over Twitter messages to the committees, according to the officials.\n", "Mr. Trump handed",
                 ("congressional officials", "indirect"), id="according_to_names_a_source_a_definite_noun_repeats"),
    # "the Belarusian president" is the Belarusian leader named before, not the person quoted last (a story on a prisoner
    # release written for the seventeenth session's check); a country that none of the speaker's titles names does not
    # describe the speaker
    pytest.param("Belarusian leader Alexander Lukashenko pardoned 16 prisoners.\n\n“It is a hostage trade,” said Pavel "
                 "Latushko, a former culture minister.\n\nThe Belarusian president has repeatedly denied that Belarus holds "
                 "political prisoners.\n", "The Belarusian", ("Alexander Lukashenko", "indirect"),
                 id="a_leader_is_a_president_of_the_same_country"),
    pytest.param("Talks ended.\n\n“It is a hostage trade,” said Pavel Latushko, a former culture minister.\n\nThe "
                 "Belarusian president has repeatedly denied that Belarus holds political prisoners.\n", "The Belarusian",
                 ("Belarusian president", "indirect"), id="a_country_the_speaker_s_titles_do_not_name_is_not_the_speaker"),
    # a reporting verb under a modal reports nothing said ("Only a fool would believe …"; a story in the style of
    # Kremlin media written for the check), unless it tells of later speech ("would later say")
    pytest.param("Talks ended.\n\nOnly a fool would believe the lies of the Western media.\n", "Only a fool",
                 ("author", "author"), id="a_reporting_verb_under_a_modal_reports_nothing"),
    pytest.param("Talks ended.\n\nCritics could argue that the deal is weak.\n", "Critics could",
                 ("author", "author"), id="could_argue_reports_nothing"),
    pytest.param("Talks ended.\n\nDonald Trump would later say that the wall was needed.\n", "Donald Trump would",
                 ("Donald Trump", "indirect"), id="would_later_say_reports_speech"),
    pytest.param("Talks ended.\n\nJosh Earnest would not say whether the White House believes Clinton broke the law.\n",
                 "Josh Earnest", ("author", "author"), id="would_not_say_whether_reports_a_silence"),
    # a newsletter written for the check (forty-fourth session): believing a person is trust, not a view reported
    pytest.param("Talks ended.\n\nLukashenko said Belarus is no threat. Few in Vilnius believe him.\n", "Few",
                 ("author", "author"), id="few_believe_him_reports_no_view"),
    pytest.param("Talks ended.\n\nLukashenko said Belarus is no threat. Nobody in Vilnius believes him.\n", "Nobody",
                 ("author", "author"), id="nobody_believes_him_is_no_paraphrase"),
    pytest.param("Talks ended.\n\nFew in Vilnius believe that Belarus is no threat.\n", "Few",
                 ("few", "indirect"), id="few_believe_that_reports_a_view"),
    # a wire story written for the check (forty-fourth session): a negated report of a thing, not of words
    pytest.param("Talks ended.\n\nBelarusian state media did not report the release.\n", "Belarusian", ("author", "author"),
                 id="did_not_report_a_thing_reports_a_silence"),
    pytest.param("Talks ended.\n\nThe ministry has not confirmed the figure.\n", "The ministry", ("author", "author"),
                 id="has_not_confirmed_a_thing_reports_a_silence"),
    pytest.param("Talks ended.\n\nState television never mentioned the protests.\n", "State", ("author", "author"),
                 id="never_mentioned_a_thing_reports_a_silence"),
    pytest.param("Talks ended.\n\nThe ministry did not deny that troops had crossed the border.\n", "The ministry",
                 ("ministry", "indirect"), id="did_not_deny_that_still_reports"),
    # forty-first session, an opinion column written for the check: a refusal foretold is the writer's prediction
    pytest.param("Talks ended.\n\nBrussels bureaucrats will never admit it.\n", "Brussels", ("author", "author"),
                 id="will_never_admit_reports_nothing"),
    pytest.param("Talks ended.\n\nThe EU won't admit that the sanctions have failed.\n", "The EU", ("author", "author"),
                 id="won_t_admit_that_reports_nothing"),
    pytest.param("Talks ended.\n\nAnna Berg will tell the summit that the border stays closed.\n", "Anna Berg",
                 ("Anna Berg", "indirect"), id="will_tell_previews_a_speech"),
    # the name in apposition to a role noun is the person even when spaCy tags it ORG (a story written for the check)
    pytest.param("Talks ended.\n\nHer adviser, Franak Viacorka, said the opposition had documented 40 companies.\n",
                 "Her adviser", ("Franak Viacorka", "indirect"), id="a_name_tagged_org_in_apposition_to_a_role"),
    # a quoted fragment in a sentence about a named person is that person's, not the next sentence's "he said"; and
    # "continued to “provoke”" is no reporting verb (a story on a Putin-Lukashenko meeting written for the check)
    pytest.param("Lukashenko greeted his guest. He said Belarus was \"not alone.\"\n\nPutin, for his part, thanked his host "
                 "for Minsk's \"steadfast support.\" He said Russia would send troops if the West continued to \"provoke\" it.\n",
                 "Putin, for his part", ("Putin", "mixed"), id="a_quoted_fragment_is_the_named_subject_s_before_a_later_cue"),
    pytest.param("Lukashenko greeted his guest. He said Belarus was \"not alone.\"\n\nPutin, for his part, thanked his host "
                 "for Minsk's \"steadfast support.\" He said Russia would send troops if the West continued to \"provoke\" it.\n",
                 "He said Russia", ("Putin", "mixed"), id="continued_to_is_no_reporting_verb"),
    # "praise/hail … as “…”" reports words like "dismiss … as “…”" (a wire story's bullet points written for the check)
    pytest.param("The forum opened.\n\nChina's envoy praised Belarus as \"a reliable partner.\"\n", "China's envoy",
                 ("Chinese envoy", "mixed"), id="praising_something_as_a_quoted_phrase_reports_speech"),
    pytest.param("The forum opened.\n\nThe minister praised the soldiers who guarded the \"red line\" for years.\n",
                 "The minister", ("author", "author"), id="praise_without_as_and_a_quote_after_it_is_no_speech"),
    pytest.param("The ruling came on Friday.\n\nThe U.S. Department of Justice said the court ruling was disappointing.\n",
                 "The U.S.", "U.S. Department of Justice", id="an_organisation_name_keeps_its_of_phrase"),
    # two wire stories written for the check (eighteenth session)
    pytest.param("Leader warns of conflict\n\nVILNIUS, Lithuania — Sviatlana Tsikhanouskaya, the exiled opposition leader, "
                 "said on Tuesday that the West risked repeating its mistakes.\n", "VILNIUS",
                 ("Sviatlana Tsikhanouskaya", "indirect"), id="a_dateline_with_its_country_is_not_the_speaker"),
    pytest.param("Talking points\n\nWASHINGTON — E-mails released by the White House on Wednesday revealed a fierce internal "
                 "jostling over the talking points.\n", "WASHINGTON", ("author", "author"),
                 id="a_hyphenated_word_after_a_dateline_is_no_speaker"),
    pytest.param("Putin warns Europe\n\nIn a statement posted on Telegram, Belarusian Defence Minister Viktor Khrenin wrote "
                 "that his forces were \"ready for any scenario.\"\n", "In a statement",
                 ("Viktor Khrenin", "mixed"), id="wrote_that_after_a_fronted_phrase_reports_speech"),
    # a briefing story in the style of Chinese state media, written for the check
    pytest.param("Briefing\n\nSpokesperson Mao Ning spoke on Thursday.\n\nShe said China supports all efforts for peace, "
                 "adding that \"dialogue is the only way out.\"\n", "She said", ("Mao Ning", "mixed"),
                 id="adding_hung_on_the_reported_clause_is_the_reporter_s"),
    pytest.param("Briefing\n\nSpokesperson Mao Ning said on Thursday that China wants peace.\n\nAccording to Mao, Beijing "
                 "\"never adds fuel to the fire.\"\n", "According to Mao", ("Mao Ning", "mixed"),
                 id="a_family_name_written_first_names_the_person_introduced"),
    # a feature story from Minsk written for the check: an age in apposition makes a one-word name tagged ORG a person,
    # whom "he continued" after an agency photo caption refers to
    pytest.param("Minsk\n\nOlga, 54, a retired teacher, said she stopped watching television.\n\n\"Maybe it is propaganda. Who knows?\" said Dmitry, 29.\n\nA woman walks past the palace on "
                 "Oct. 3. (AP Photo)\n\n\"The president says we are a fortress,\" he continued.\n", "\"The president",
                 ("Dmitry", "direct"), id="a_name_with_an_age_is_a_person_he_may_mean"),
    # a Kremlin readout written for the check: a readout is no person a description may mean, and a reporting clause
    # set off by commas reports the sentence around it even where spaCy makes it the root
    pytest.param("Talks\n\nAccording to the readout, Vladimir Putin and Alexander Lukashenko discussed \"topical issues.\"\n\n"
                 "The head of state noted that Minsk would rely on \"a fraternal partnership\" with Moscow.\n", "The head",
                 ("Alexander Lukashenko", "mixed"), id="a_readout_is_no_person_a_description_means"),
    pytest.param("Talks\n\nThe presidents of Russia and Belarus spoke on Monday, the Kremlin press service said.\n\nAccording "
                 "to the readout, Vladimir Putin and Alexander Lukashenko discussed \"topical issues.\"\n\nThe head of state "
                 "noted that Minsk would rely on \"a fraternal partnership\" with Moscow.\n", "The head",
                 ("Alexander Lukashenko", "mixed"), id="a_press_service_is_no_person_a_description_means"),
    pytest.param("Talks\n\nWestern governments, the Russian side stressed, bear full responsibility for the escalation.\n",
                 "Western", ("Russian side", "indirect"), id="a_reporting_clause_set_off_by_commas_reports_the_sentence"),
    # passive reporting verbs (sentences written for the check): the agent speaks, not the subject
    pytest.param("Test\n\nLukashenko is believed to have approved the deployment himself. The move appears to be a signal.\n",
                 "Lukashenko is", ("author", "author"), id="is_believed_to_names_no_speaker"),
    pytest.param("Test\n\nLukashenko is believed to have approved the deployment himself. The move appears to be a signal.\n",
                 "The move", ("author", "author"), id="no_paraphrase_carries_on_from_is_believed_to"),
    pytest.param("Test\n\nThe ministers were said to be furious.\n", "The ministers", ("author", "author"),
                 id="were_said_to_names_no_speaker"),
    pytest.param("Test\n\nLukashenko spoke.\n\nThe minister was told that the deal was off.\n", "The minister",
                 ("author", "author"), id="the_one_told_is_no_speaker"),
    pytest.param("Test\n\nLukashenko spoke.\n\nThe minister was told by Putin that the deal was off.\n", "The minister",
                 ("Putin", "indirect"), id="the_agent_of_a_passive_reporting_verb_speaks"),
    pytest.param("Test\n\nLukashenko was quoted as saying that the deal was off.\n", "Lukashenko was",
                 ("Lukashenko", "indirect"), id="quoted_as_saying_that_is_indirect_speech"),
    pytest.param("Test\n\nGov. Deval Patrick appointed William Cowan.\n\nMr. Cowan said he was proud.\n\nMr. Patrick was asked "
                 "whether he saw himself in Mr. Cowan. “I’m not that cool,” the governor replied.\n", "“I’m not",
                 ("Deval Patrick", "direct"), id="the_governor_is_the_person_titled_gov"),
    pytest.param("Test\n\nRep. Blake Farenthold spoke.\n\nA representative for his office told HuffPost that the congressman "
                 "was waiting.\n", "A representative", ("representative", "indirect"),
                 id="an_indefinite_role_is_someone_new_not_the_person_titled_so"),
    # a story in the style of Ukrainian media written for the check: "General" is no title of a person "Staff"
    pytest.param("Test\n\nAccording to the General Staff of the Armed Forces of Ukraine, there is no threat from Belarus.\n",
                 "According", ("General Staff", "indirect"), id="an_institution_named_with_a_title_word_is_no_person"),
    # a story on Belarus's prisons written for the check: a non-response is the writer's report, no paraphrase
    pytest.param("Test\n\nThe Belarusian authorities deny that political prisoners exist. The Interior Ministry did not respond "
                 "to questions.\n", "The Interior", ("author", "author"), id="did_not_respond_is_the_writer_s"),
    pytest.param("Test\n\nThe ministry said the border was calm. A spokesman declined to comment further.\n", "A spokesman",
                 ("author", "author"), id="declined_to_comment_is_the_writer_s"),
    # twenty-sixth session (s73): what someone did not say is the writer's report of a silence, not their words
    pytest.param("Test\n\nA spokesperson, Anitta Hipper, told a briefing that the bloc was ready to consider sanctions. She did "
                 "not say which sectors could be targeted.\n", "She did", ("author", "author"),
                 id="did_not_say_which_is_the_writer_s"),
    pytest.param("Test\n\nPeskov said the talks had been warm. He would not say whether troops had been discussed.\n", "He would",
                 ("author", "author"), id="would_not_say_whether_is_the_writer_s"),
    pytest.param("Test\n\nPeskov said the talks had been warm. He did not elaborate.\n", "He did", ("author", "author"),
                 id="did_not_elaborate_is_the_writer_s"),
    pytest.param("Test\n\nThe talks ended. Peskov did not say that the troops would stay, but he said they would return.\n",
                 "Peskov", ("Peskov", "indirect"), id="a_negated_say_beside_a_said_clause_still_reports"),
    # a story on EU sanctions written for the check: "It said" after a sentence about an organisation
    pytest.param("Test\n\nBelarus's foreign ministry condemned the decision. It said the sanctions were illegal.\n", "It said",
                 ("Belarusian foreign ministry", "indirect"), id="it_said_after_a_sentence_about_an_organisation"),
    pytest.param("Test\n\nThe Interior Ministry said the border was calm. It added that no arrests had been made.\n",
                 "It added", ("Interior Ministry", "indirect"), id="it_added_after_an_organisation_spoke"),
    pytest.param("Test\n\nThe plan failed last year. It said nothing about the border.\n", "It said", ("author", "author"),
                 id="it_after_no_organisation_names_no_speaker"),
    pytest.param("Briefing\n\nOne European diplomat, who asked not to be named, said the neutrality was \"a fig leaf.\"\n",
                 "One European", ("European diplomat", "mixed"), id="one_of_an_unnamed_kind_is_described_by_the_kind"),
    # a wire story on drones over Moldova written for the check: "Others" are other people, not the paraphrase's
    pytest.param("Test\n\nAnalysts were divided. Some argued that the drones had strayed off course. Others were less "
                 "charitable.\n", "Others", ("author", "author"), id="others_after_a_paraphrase_are_other_people"),
    # a tabloid story written for the check in the forty-fifth session: the parser split the name after "fumed" into
    # three subjects ("Lithuanian", "PM", "Ruginiene"), and "PM" was no title
    pytest.param("Test\n\n\"We will not be blackmailed,\" fumed Lithuanian PM Inga Ruginiene.\n", "\"We", ("Inga Ruginiene",
                 "direct"), id="a_subject_the_parser_split_after_the_verb_is_its_last_piece"),
    pytest.param("Test\n\n\"We will not be blackmailed,\" said Lithuanian PM Inga Ruginiene.\n", "\"We", ("Inga Ruginiene",
                 "direct"), id="pm_is_a_title"),
    # ... and its "A spokesman sneered that Lithuania should “look for smugglers at home”."
    pytest.param("Test\n\nA spokesman sneered that Lithuania should \u201clook for smugglers at home\u201d.\n", "A spokesman",
                 ("spokesman", "mixed"), id="sneered_that_reports"),
    # a poll story written for the check in the forty-fifth session: a fraction keeps its number
    pytest.param("Test\n\nNearly two thirds of Poles say that Belarus will join the war.\n",
                 "Nearly", ("two thirds of Poles", "indirect"), id="a_fraction_keeps_its_number"),
    # ... and its '“They are wrong,” scoffed a spokesman.': the parser made the inverted subject the verb's object
    pytest.param("Test\n\n\u201cThey are wrong,\u201d scoffed a spokesman.\n", "\u201cThey", ("spokesman", "direct"),
                 id="an_inverted_subject_parsed_as_object_speaks"),
    # ... and its "Your editorial of March 2 suggests …": a date is no part of a source's name
    pytest.param("Test\n\nSir, Your editorial of March 2 suggests that talks could resume.\n", "Sir", ("editorial", "indirect"),
                 id="a_date_of_phrase_is_no_part_of_a_source_s_name"),
    # a letter written for the check in the forty-fifth session: the writer's "us" answers the paraphrase
    pytest.param("Test\n\nPerhaps some in the West believe that engagement will moderate him. Experience tells us "
                 "otherwise.\n", "Experience", ("author", "author"), id="what_tells_us_after_a_paraphrase_is_the_writer_s"),
    pytest.param("Test\n\nSome officials argue that talks will help. History reminds me of 1938.\n", "History",
                 ("author", "author"), id="what_reminds_me_after_a_paraphrase_is_the_writer_s"),
    pytest.param("Test\n\nSome argued that the drones had strayed. Other analysts saw a deliberate test.\n", "Other analysts",
                 ("author", "author"), id="other_analysts_after_a_paraphrase_are_other_people"),
    # an opinion column written for the check: "one of them" after a group that did not speak is that group's voice,
    # as "said one of them" after a group that spoke is
    pytest.param("Test\n\nLast month a delegation of European diplomats visited Minsk. They came back, one of them told me, "
                 "\"cautiously optimistic.\"\n", "They came", "European diplomats",
                 id="one_of_them_is_one_of_the_people_named_before"),
    # a story in the style of BelTA written for the check: "President of Belarus" is a title, and "the President"
    # after it is that president
    pytest.param("Test\n\nMINSK, November 28 (BelTA) - President of Belarus Aleksandr Lukashenko has stressed that Belarus "
                 "will not take part. According to the President, Western countries are escalating the situation.\n",
                 "MINSK", ("Aleksandr Lukashenko", "indirect"), id="president_of_a_country_is_a_title"),
    pytest.param("Test\n\nPresident of Belarus Aleksandr Lukashenko met the troops.\n\nAccording to the President, Western "
                 "countries are escalating the situation.\n", "According", ("Aleksandr Lukashenko", "indirect"),
                 id="the_president_after_president_of_a_country_is_that_person"),
    # a state-media story written for the check in the forty-sixth session: "the President" with a capital, after a
    # person the story never titled, is the person speaking, as "the president" is (before: a source "President")
    pytest.param("Test\n\nAleksandr Lukashenko stressed on Monday that Belarus will never yield. \"We are not threatening "
                 "anyone,\" the President emphasized.\n", "\"We are", ("Aleksandr Lukashenko", "direct"),
                 id="the_capitalised_president_after_an_untitled_speaker_is_that_speaker"),
    # a Telegram roundup written for the check in the forty-sixth session: the owner of the ministry a spokesperson
    # serves stays in the name, so two countries' spokesmen are two sources (before: "interior ministry spokesperson")
    pytest.param("Test\n\nA spokesperson for Lithuania's interior ministry said the ministry had no information.\n", "A spokesperson",
                 ("Lithuanian interior ministry spokesperson", "indirect"), id="a_spokesperson_for_a_country_s_ministry_keeps_the_country"),
    pytest.param("Test\n\nA spokesman for Russia's foreign ministry said talks were over.\n", "A spokesman",
                 ("Russian foreign ministry spokesman", "indirect"), id="a_spokesman_for_russia_s_foreign_ministry_is_russian"),
    # an editorial written for the check in the forty-sixth session: a figure sourced at the end of its sentence
    # ("…, according to Viasna.") is one sentence's report; the writer's next sentence is the writer's
    pytest.param("Test\n\nThe prisoners released were a fraction of the 1,100 still held, according to the human rights "
                 "center Viasna. Releasing some hostages while keeping the rest is not reform.\n", "Releasing",
                 ("author", "author"), id="the_sentence_after_a_tail_according_to_is_the_writer_s"),
    # coverage of a UN Security Council meeting written for the check (forty-seventh session): each country's
    # representative is a source of its own (before: the second one was the first one, the third "Belarus", a person
    # registered from "The representative of Belarus")
    pytest.param("Test\n\nThe representative of Poland said her country was under attack.\n\nThe representative of Belarus said "
                 "his Government had done nothing wrong.\n", "The representative of Belarus",
                 ("representative of Belarus", "indirect"), id="the_representative_of_another_country_is_another_source"),
    pytest.param("Test\n\nThe representative of Belarus said his Government had done nothing wrong.\n\nThe representative of "
                 "Ireland said that the treatment of migrants was unacceptable.\n", "The representative of Ireland",
                 ("representative of Ireland", "indirect"), id="a_country_served_is_no_person"),
    pytest.param("Test\n\nThe representative of Poland said her country was under attack.\n\nThe representative of the "
                 "Russian Federation said the charges were false.\n", "The representative of the Russian",
                 ("representative of the Russian Federation", "indirect"), id="the_representative_of_the_russian_federation"),
    pytest.param("Test\n\nThe representative of Poland said her country was under attack.\n\nChina's delegate said the Council "
                 "should avoid politicizing the issue.\n", "China's delegate", ("Chinese delegate", "indirect"),
                 id="a_country_s_delegate_keeps_the_country"),
    pytest.param("Test\n\nThe representative of Poland said her country was under attack.\n\nSpeaking next, the representative "
                 "of the Russian Federation rejected what he called baseless accusations against Belarus. The West, he said, "
                 "bore responsibility.\n", "The West", ("representative of the Russian Federation", "indirect"),
                 id="rejecting_what_he_called_accusations_is_his_speech"),
    # a policy brief's reference notes: the quotation marks of "[3] See our earlier brief, “…,”" set off a title
    pytest.param("Test\n\nOne former diplomat put it bluntly: \"He sold the country to stay in the palace.\"\n\n[1] Ministry of "
                 "Finance data, 2021-2023.\n\n[3] See our earlier brief, \"Belarus in Russia's War,\" October 2023.\n", "[3]",
                 ("author", "author"), id="a_reference_note_s_quoted_title_is_the_writer_s"),
    # a court report written for the check (forty-seventh session): "he added" set off by commas inside the clause it
    # frames reports it, as "he said" does (before: the writer's, after a quotation the lawyer closed)
    pytest.param("Test\n\nLosik's lawyer spoke last. \"There is no crime here,\" the lawyer said in his closing statement. "
                 "The defence, he added, would appeal.\n", "The defence", ("lawyer", "indirect"),
                 id="he_added_set_off_inside_the_clause_reports_it"),
    pytest.param("Test\n\n\"We are ready,\" Sviatlana Tsikhanouskaya said. The talks, she continued, would resume next week.\n",
                 "The talks", ("Sviatlana Tsikhanouskaya", "indirect"), id="she_continued_set_off_inside_the_clause_reports_it"),
    # a feature written for the check (forty-seventh session): the writer's sentence opening "For Natallia, …" is about
    # her, so "she says" beside the next quotation is hers (before: the unnamed official quoted last)
    pytest.param("Test\n\n\"Here we can be ourselves,\" says Natallia, a software tester.\n\nOne official said the number "
                 "had fallen. \"People are tired,\" the official said.\n\nFor Natallia, going back is not an option. "
                 "\"If I go back, I go to prison,\" she says.\n", "\"If I go back", ("Natallia", "direct"),
                 id="for_x_comma_makes_the_writer_s_sentence_about_x"),
    # a wire story written for the check (forty-seventh session): the of-phrase names three countries, not one
    pytest.param("Test\n\nVILNIUS - The foreign ministers of Lithuania, Latvia and Estonia said on Monday that Belarus was "
                 "staging incidents.\n", "VILNIUS", ("foreign ministers of Lithuania, Latvia and Estonia", "indirect"),
                 id="the_ministers_of_three_countries_keep_all_three"),
    # checked in the forty-seventh session: a warning "of" or "about" something reports it, as "against" does
    pytest.param("Test\n\nLukashenko warned of a response.\n", "Lukashenko", ("Lukashenko", "indirect"),
                 id="warned_of_something_reports_it"),
    pytest.param("Test\n\nSviatlana Tsikhanouskaya warned about the risks of engagement.\n", "Sviatlana",
                 ("Sviatlana Tsikhanouskaya", "indirect"), id="warned_about_something_reports_it"),
    # an explainer written for the check (forty-seventh session): the writer's "we" as any clause's subject ends a
    # paraphrase, not only as the main verb's
    pytest.param("Test\n\nAt least four drones entered Lithuanian airspace from Belarus overnight, the country's defence "
                 "ministry said on Tuesday. Here is what we know so far.\n", "Here is", ("author", "author"),
                 id="here_is_what_we_know_is_the_writer_s"),
    # a wire story written for the check (forty-seventh session): a named person's report that a news outlet relays
    # is that person's, as "…, according to BelTA" leaves it; people relaying a statement keep it
    pytest.param("Test\n\nAlexander Lukashenko said on Thursday his country would not send troops to Ukraine, BelTA "
                 "reported.\n", "Alexander", ("Alexander Lukashenko", "indirect"), id="a_named_report_an_outlet_relays_is_the_person_s"),
    pytest.param("Test\n\nMichael Cohen said he initially lied to protect his testimony, prosecutors said.\n", "Michael",
                 ("prosecutors", "indirect"), id="a_named_report_people_relay_is_theirs"),
    # a Kyiv wire story written for the check (forty-seventh session): "it said" set off inside the clause is the
    # organisation the sentence before was about, after a quotation too (before: the writer's)
    pytest.param("Test\n\nIn Minsk, the Belarusian defence ministry dismissed the reports as \"hysteria.\" Belarus, it said, was "
                 "conducting routine exercises.\n", "Belarus, it said", ("Belarusian defence ministry", "indirect"),
                 id="it_said_set_off_inside_the_clause_is_the_organisation_s"),
    # ... but only a head of state's title: "The Minister" is nobody the story named before
    pytest.param("Test\n\nAleksandr Lukashenko spoke on Monday.\n\nThe Minister said the checks would begin next week.\n",
                 "The Minister", ("Minister", "indirect"), id="the_capitalised_minister_is_not_the_untitled_leader"),
    pytest.param("Test\n\nPresident of Ukraine Volodymyr Zelensky said that the war goes on.\n", "President",
                 ("Volodymyr Zelensky", "indirect"), id="president_of_ukraine_is_a_title"),
    # headlines in the style of state media and wires, written for the check: "Name: words" and "words, says Name"
    # are that person's, when the story names them
    pytest.param("Lukashenko: Belarus will never be dragged into the war\n\nMINSK - President of Belarus Aleksandr "
                 "Lukashenko said that Belarus will not take part.\n", "Lukashenko:",
                 ("Aleksandr Lukashenko", "direct"), id="a_headline_name_colon_words_is_that_person_s"),
    pytest.param("Belarus will not join the war, says Lukashenko\n\nMINSK - President Aleksandr Lukashenko said that "
                 "Belarus will not take part.\n", "Belarus will not join", ("Aleksandr Lukashenko", "direct"),
                 id="a_headline_words_says_name_is_that_person_s"),
    pytest.param("Belarus will not join the war, Lukashenko says\n\nMINSK - President Aleksandr Lukashenko said that "
                 "Belarus will not take part.\n", "Belarus will not join", ("Aleksandr Lukashenko", "direct"),
                 id="a_headline_words_name_says_is_that_person_s"),
    # a live blog's entry heading written for the check in the thirty-second session: "X says …" was the writer's
    pytest.param("Lukashenko says Belarus will not join the war\n\nMINSK - President Aleksandr Lukashenko said that "
                 "Belarus will not take part.\n", "Lukashenko says", ("Aleksandr Lukashenko", "indirect"),
                 id="a_headline_name_says_words_is_that_person_s"),
    # a speech excerpt written for the check (forty-fourth session): "X tells Y: “…”" and "X tells Y …"
    pytest.param("Zelensky tells Europe: \"Do not repeat the mistakes of 2014\"\n\nUkrainian President Volodymyr Zelensky "
                 "addressed the European Parliament on Wednesday.\n", "Zelensky tells", ("Volodymyr Zelensky", "direct"),
                 id="a_headline_name_tells_someone_colon_quote_is_that_person_s"),
    pytest.param("Lukashenko tells West to stop meddling\n\nMINSK - President Aleksandr Lukashenko said the West must "
                 "stop.\n", "Lukashenko tells", ("Aleksandr Lukashenko", "indirect"),
                 id="a_headline_name_tells_someone_words_is_that_person_s"),
    pytest.param("Police tell residents to stay home\n\nPolice in Minsk said the roads were closed.\n", "Police tell",
                 ("author", "author"), id="a_headline_group_tells_stays_the_writer_s"),
    pytest.param("Lukashenko Says Belarus Will Not Join War\n\nMINSK - President Aleksandr Lukashenko said that "
                 "Belarus will not take part.\n", "Lukashenko Says", ("Aleksandr Lukashenko", "indirect"),
                 id="a_title_case_headline_name_says_words_is_that_person_s"),
    pytest.param("Moscow says Belarus will not join the war\n\nMINSK - President Aleksandr Lukashenko said that "
                 "Belarus will not take part.\n", "Moscow says", ("author", "author"),
                 id="a_headline_place_says_words_stays_the_writer_s"),
    pytest.param("Analysis: Belarus will never be dragged into the war\n\nMINSK - President Aleksandr Lukashenko said "
                 "that Belarus will not take part.\n", "Analysis:", ("author", "author"),
                 id="a_headline_label_colon_words_is_the_writer_s"),
    pytest.param("Merz: Europe must arm itself\n\nThe chancellor spoke in Berlin.\n", "Merz:", ("author", "author"),
                 id="a_headline_name_the_story_never_names_stays_the_writer_s"),
    # a column in the style of Belarusian state media written for the check: "put it" reports
    pytest.param("Test\n\nPolitical scientist Alexei Dzermant put it well: the West does not fear Lukashenko, it fears the "
                 "example he sets. \"A sovereign country is dangerous for them,\" he told our correspondent.\n",
                 "Political", ("Alexei Dzermant", "indirect"), id="x_put_it_colon_reports"),
    pytest.param("Test\n\n\"We have order,\" says Olga, a teacher.\n\nPolitical scientist Alexei Dzermant put it well: the "
                 "West fears the example. \"A sovereign country is dangerous for them,\" he told our correspondent.\n",
                 "\"A sovereign", ("Alexei Dzermant", "direct"), id="he_after_x_put_it_is_x"),
    pytest.param("Test\n\nAs one diplomat put it, the talks are dead.\n", "As one", ("diplomat", "indirect"),
                 id="as_x_put_it_reports"),
    # a think-tank paper written for the check: "put it to the author" is told to the writer, as "put it to me" is
    pytest.param("Test\n\nAs one Minsk-based economist put it to the author, \"Nothing moves here unless Moscow allows "
                 "it.\"\n", "As one", ("Minsk-based economist", "direct"), id="as_x_put_it_to_the_author_reports"),
    # found in BASIL by the "they" rule: "he" after the writer's sentence about a named person is that person, also
    # when spaCy does not tag the name ("Mr. McCulloch, speaking to a local radio station, …")
    pytest.param("Test\n\nA grand jury was convened, said Edward Magee, a spokesman for Robert P. McCulloch, the prosecuting "
                 "attorney.\n\nProtesters gathered outside Mr. McCulloch’s office. They argued that he could not be "
                 "impartial.\n\nMr. McCulloch, speaking to a local radio station, categorically rejected that notion.\n\n“I know "
                 "the pain the Brown family is going through right now,” he said.\n", "“I know", "Robert P. McCulloch",
                 id="he_after_the_writer_s_sentence_about_an_untagged_known_name_is_that_person"),
    # the Moldova story: spaCy tags "Ion Chicu" ORG (and "Chicu" WORK_OF_ART); a role in apposition makes him a person
    pytest.param("Test\n\nIon Chicu, a former prime minister who now leads an opposition party, accused Sandu of exaggerating "
                 "the threat for political gain. \"The government is using these drones to distract from the economy,\" "
                 "Chicu wrote on Facebook.\n", "\"The government", "Ion Chicu",
                 id="a_name_tagged_org_with_a_role_in_apposition_is_a_person"),
    # the same column: "According to them" after the writer's sentence about a group is that group
    pytest.param("Test\n\nThe Western media never tire of repeating the same lies about Belarus. According to them, the "
                 "country is a \"dictatorship\" and its people live in fear.\n", "According", ("Western media", "mixed"),
                 id="according_to_them_is_the_group_the_writer_spoke_of"),
    pytest.param("Test\n\nThe ministry said the border was shut. According to them, it will stay shut.\n", "According to",
                 ("ministry", "indirect"), id="according_to_them_after_a_body_spoke_is_that_body"),
    # no source is invented from the things named before; since the twenty-fifth session the words are still someone's
    pytest.param("Test\n\nThe talks ended on Friday. According to them, the border stays shut.\n", "According",
                 ("unresolved speaker", "indirect"), id="according_to_them_after_things_is_no_source"),
    # the wire story on drones over Moldova: "Some argued" after "Analysts were divided." are some of the analysts
    pytest.param("Test\n\nAnalysts were divided. Some argued that the drones had simply strayed off course.\n", "Some argued",
                 ("analysts", "indirect"), id="some_after_a_group_of_people_is_that_group"),
    pytest.param("Test\n\nThe talks ended. Some argued that the drones had strayed.\n", "Some argued", ("some", "indirect"),
                 id="some_with_no_group_before_it_stays_some"),
    # a Markdown profile written for the check: spaCy tags no entity in "Pavel Latushko keeps a list.", so the
    # speaker was only "Latushko"
    pytest.param("The exile\n\nPavel Latushko keeps a list. On it are the names of 1,200 political prisoners.\n\n\"We will "
                 "not forget them,\" Latushko said in Warsaw last week.\n", "\"We will", "Pavel Latushko",
                 id="an_untagged_full_name_of_a_speaker_is_registered"),
    # a Reuters-style story written for the check: "They say" after a group's paraphrase is that group's
    pytest.param("Test\n\n\"We sleep in the cabs,\" said Andrzej Nowak, a driver.\n\nPolish officials have accused Minsk of "
                 "orchestrating a hybrid war. They say the flow of migrants is organised by Belarusian services.\n",
                 "They say", ("Polish officials", "indirect"), id="they_after_a_group_s_paraphrase_is_that_group"),
    pytest.param("Test\n\n\"We sleep in the cabs,\" said Andrzej Nowak, a driver.\n\nThe ministry said the border was shut. "
                 "They added that it would stay shut.\n", "They added", ("ministry", "indirect"),
                 id="they_after_an_organisation_s_paraphrase_is_that_organisation"),
    # a profile of a general written for the check
    pytest.param("Test\n\nThe regime in Minsk does whatever Moscow asks.\n", "The regime", ("author", "author"),
                 id="a_reporting_verb_in_a_free_relative_reports_nothing"),
    pytest.param("Test\n\nNaiev met the troops. In the words of one of his former aides, he is \"the man who is always "
                 "right too early.\"\n", "In the words", ("aide", "mixed"), id="in_the_words_of_x_names_a_source"),
    pytest.param("Test\n\nThe former commander, Naiev has spent months warning that Belarus could be used again.\n",
                 "The former", ("Naiev", "indirect"), id="spent_months_warning_that_reports_speech"),
    # found in BASIL's headlines by the rule above
    pytest.param("Hillary Clinton: Obama Should Listen To Pelosi\n\nBill Clinton said that the deal was good.\n",
                 "Hillary", ("author", "author"), id="a_headline_name_with_another_first_name_is_not_that_person"),
    pytest.param("Alabama Republicans Defend Roy Moore: It Was Long Ago\n\nRoy Moore said that he was innocent.\n",
                 "Alabama", ("author", "author"), id="a_title_case_headline_before_a_colon_is_no_name"),
    pytest.param("Test\n\nFollowing Romney, the governor said that marriage was sacred. “It is,” Romney said.\n", "“It is",
                 "Romney", id="a_preposition_opening_a_sentence_is_no_part_of_a_name"),
    pytest.param("Hillary Clinton: Obama Should Listen\n\nMrs. Clinton said that the deal was bad. “It is,” Clinton said.\n",
                 "“It is", "Hillary Clinton", id="a_headline_gives_the_first_name_of_a_person_the_story_names_by_surname"),
    # found in BASIL by the rule below: spaCy tags "Plus Obama" as a name, and "Obama" merged into a person "Plus Obama"
    pytest.param("Test\n\nUnilaterally, Obama on Wednesday directed federal agencies to share information with the federal "
                 "background check system; proposed new rules to let law enforcement run full background checks before "
                 "returning a seized gun; ordered the Centers for Disease Control to research causes of gun violence; "
                 "required law enforcement to trace guns from criminal investigations; and took other steps.  Plus Obama "
                 "is nominating ATF Acting Director Todd Jones to officially lead the agency.\n\n“We must act,” Obama "
                 "said.\n", "“We must", "Obama", id="a_conjunction_before_a_name_is_no_part_of_it"),
    # the live blog: a call on someone to act, or for something, is a demand, reported speech
    pytest.param("Test\n\nPresident Volodymyr Zelensky has called on Western allies to speed up deliveries of air defence.\n",
                 "President", ("Volodymyr Zelensky", "indirect"), id="called_on_x_to_act_reports_a_demand"),
    pytest.param("Test\n\nThe opposition leader called for new elections.\n", "The opposition", ("opposition leader", "indirect"),
                 id="called_for_something_reports_a_demand"),
    # a statement's call is its issuer's demand (a story written for the check in the twenty-eighth session, s127)
    pytest.param("Test\n\nPoland's foreign ministry said in a statement that the verdict was \u201cpolitical.\u201d The "
                 "statement called for his immediate release.\n", "The statement", ("Polish foreign ministry", "indirect"),
                 id="a_statement_that_calls_for_something_is_its_issuers_demand"),
    # the forty-ninth session's leftover in PTC: spaCy read "states" as a plural noun, the subject of the clause it reports
    pytest.param("Test\n\nMathias von Gersdorff, German pro-life activist and book author, states on his own blog, the "
                 "upcoming Spring Assembly of the German Bishops' Conference will become crucial in this matter. As he sees "
                 "it, \u201cthe bishops find themselves in a complicated situation.\u201d\n", "Mathias", ("Mathias von Gersdorff", "indirect"),
                 id="a_reporting_verb_read_as_the_noun_subject_of_what_it_reports"),
    pytest.param("Test\n\nMathias von Gersdorff, German pro-life activist and book author, states on his own blog, the "
                 "upcoming Spring Assembly of the German Bishops' Conference will become crucial in this matter. As he sees "
                 "it, \u201cthe bishops find themselves in a complicated situation.\u201d\n", "As he", ("Mathias von Gersdorff", "direct"),
                 id="he_after_a_reporting_verb_read_as_a_noun"),
    pytest.param("Test\n\nThe states on the list will vote next week.\n", "The states", ("author", "author"),
                 id="states_as_a_subject_noun_reports_nothing"),
    pytest.param("Test\n\nAnna Kovalenko spoke. Her claims on the blog were false.\n", "Her claims", ("author", "author"),
                 id="claims_as_a_subject_noun_reports_nothing"),
    # fiftieth session, read in BASIL and PTC: verbs that report only when someone does them ("the plague has claimed 57
    # lives", "Mr. Cantor's loss recalled the defeat of …", "The term … refers to …", "His visit threatens to muddy …")
    pytest.param("Test\n\nSo far, the plague has claimed 57 lives.\n", "So far", ("author", "author"),
                 id="a_plague_that_claims_lives_says_nothing"),
    pytest.param("Test\n\nMr. Cantor\u2019s loss recalled the defeat of former Speaker Thomas S. Foley.\n", "Mr. Cantor",
                 ("author", "author"), id="a_loss_that_recalls_a_defeat_says_nothing"),
    pytest.param("Test\n\nThe term \u201cdeep state\u201d typically refers to a shadow government of officials.\n", "The term",
                 ("author", "author"), id="a_term_that_refers_to_something_says_nothing"),
    pytest.param("Test\n\nHis campaign-style visit to Detroit, though, threatens to muddy the waters on talks.\n", "His campaign",
                 ("author", "author"), id="a_visit_that_threatens_to_do_something_says_nothing"),
    pytest.param("Test\n\nThe ministry recalled that the treaty was signed in 1997.\n", "The ministry", ("ministry", "indirect"),
                 id="a_ministry_that_recalls_speaks"),
    pytest.param("Test\n\nThe report claims that the drones came from Belarus.\n", "The report", ("report", "indirect"),
                 id="a_report_that_claims_speaks"),
    pytest.param("Test\n\nThe coroner claims that he still has to finalize the report.\n", "The coroner", ("coroner", "indirect"),
                 id="a_coroner_who_claims_speaks"),
    pytest.param("Test\n\nHer lawyer, Anna Kovalenko, recalled that the hearing was short.\n", "Her lawyer",
                 ("Anna Kovalenko", "indirect"), id="a_lawyer_who_recalls_speaks"),
    pytest.param("Test\n\nProtesters threatened to block the road.\n", "Protesters", ("protesters", "indirect"),
                 id="protesters_who_threaten_speak"),
    # fiftieth session, read in BASIL's source list: a name with an inner capital that spaCy tags a noun keeps its
    # capitals ("huffPost", "bigGovernment.com")
    pytest.param("Test\n\nHuffPost reported in November 2012 that Christie turned down an invitation.\n", "HuffPost",
                 ("HuffPost", "indirect"), id="a_name_with_an_inner_capital_keeps_its_capitals"),
    pytest.param("Test\n\nBreitbart's BigGovernment.com first reported that it was tweeted to a Seattle woman.\n", "Breitbart",
                 "BigGovernment.com", id="a_site_name_with_an_inner_capital_keeps_its_capitals"),
    # fiftieth session: a speaker's request ("asked for ten years", "asked the court for leniency") is a demand too
    pytest.param("Test\n\nThe defence lawyer asked for a suspended sentence.\n", "The defence", ("defence lawyer", "indirect"),
                 id="asked_for_something_reports_a_demand"),
    pytest.param("Test\n\nAnna Kovalenko spoke last. She asked for calm.\n", "She asked", ("Anna Kovalenko", "indirect"),
                 id="she_asked_for_something_reports_her_demand"),
    pytest.param("Test\n\nThe lawyers asked the court for leniency.\n", "The lawyers", ("lawyers", "indirect"),
                 id="asked_someone_for_something_reports_a_demand"),
    # the same session, read in PTC: "they" is not the one person named last ("They heard Traore chanting" ¶ "they
    # asked for reinforcements" was Traore's), nor a person who spoke last
    pytest.param("Test\n\nA police unit took up position in front of the door. They heard Kobili Traore chanting. Unsure "
                 "about the situation, they asked for reinforcements.\n", "Unsure", ("unresolved speaker", "indirect"),
                 id="they_is_not_the_last_person_named"),
    pytest.param("Test\n\n\u201cWe will win,\u201d Anna Kovalenko said.\n\nThe count went on. They said that the border was "
                 "shut.\n", "They said", ("unresolved speaker", "indirect"), id="they_is_not_the_person_who_spoke_last"),
    pytest.param("Test\n\n\u201cWe will win,\u201d Anna Kovalenko said.\n\nThe count went on. They told me, \u201cIt is "
                 "over.\u201d\n", "They told", ("unresolved speaker", "direct"), id="they_is_not_the_person_quoted_last"),
    pytest.param("Test\n\nPolish officials met Anna Kovalenko. They said that the border was shut.\n", "They said",
                 ("Polish officials", "indirect"), id="they_after_a_group_and_a_person_is_the_group"),
    pytest.param("Test\n\nThe job asks for patience.\n", "The job", ("author", "author"),
                 id="a_job_that_asks_for_patience_says_nothing"),
    pytest.param("Test\n\nTickets can be asked for at the desk.\n", "Tickets", ("author", "author"),
                 id="a_passive_asked_for_names_no_speaker"),
    pytest.param("Test\n\nThe plan calls for deep cuts in spending.\n", "The plan", ("author", "author"),
                 id="a_plan_that_calls_for_cuts_says_nothing"),
    pytest.param("Test\n\nThe situation calls for calm.\n", "The situation", ("author", "author"),
                 id="a_situation_that_calls_for_calm_says_nothing"),
    # a live blog written for the check: what a fact "suggests" is the writer's inference, nobody's words
    pytest.param("Test\n\nThe scale of the attack suggests Moscow is stockpiling drones. Officials here fear a repeat.\n",
                 "The scale", ("author", "author"), id="what_the_scale_of_something_suggests_is_the_writer_s"),
    pytest.param("Test\n\nThe evidence indicates that the drones came from Belarus.\n", "The evidence", ("author", "author"),
                 id="what_the_evidence_indicates_is_the_writer_s"),
    # a letter written for the check in the forty-fifth session: "nothing" or "little" suggests nothing as a speaker
    pytest.param("Test\n\nI lived in Minsk. But nothing he has done suggests that he has changed.\n", "But nothing",
                 ("author", "author"), id="what_nothing_suggests_is_the_writer_s"),
    pytest.param("Test\n\nLittle suggests that the regime will soften.\n", "Little", ("author", "author"),
                 id="what_little_suggests_is_the_writer_s"),
    pytest.param("Test\n\nThe task force also suggested that states loosen the rules.\n", "The task force",
                 ("task force", "indirect"), id="a_body_that_suggests_speaks"),
    # the same story: an accusation reports what its speaker claims ("accused Sandu of exaggerating the threat")
    pytest.param("Test\n\nIon Chicu, a former prime minister, accused Sandu of exaggerating the threat for political gain.\n",
                 "Ion Chicu", ("Ion Chicu", "indirect"), id="accused_x_of_doing_reports_a_claim"),
    pytest.param("Test\n\nThe court accused him of treason. He denied it.\n", "The court", ("court", "indirect"),
                 id="accused_x_of_a_charge_reports_a_claim"),
    pytest.param("Test\n\nHe was accused of treason and sentenced to ten years.\n", "He was", ("author", "author"),
                 id="a_passive_accused_of_names_no_speaker"),
    # twentieth session (docs/attribution.md): BASIL's Ryan-Biden debate, "retort" tagged a noun after "quick to"
    pytest.param("Debate\n\nPaul Ryan accused the administration of misleading the public.\n\nJoe Biden was quick to "
                 "retort: “With all due respect, that is just a bunch of malarkey. Not a single thing he said is accurate.”\n",
                 "Not a single", ("Joe Biden", "direct"), id="quick_to_retort_reports_though_the_tagger_reads_a_noun"),
    pytest.param("Talks\n\nPaul Ryan spoke first. Joe Biden was reluctant to comment on the talks.\n", "Joe Biden was",
                 ("author", "author"), id="a_speech_verb_its_subject_shied_from_reports_nothing"),
    pytest.param("Talks\n\nA spokesman for Lukashenko refused to comment on the “so-called talks”.\n", "A spokesman",
                 ("author", "author"), id="refused_speech_leaves_quoted_words_the_writer_s"),
    pytest.param("Talks\n\nA spokesman for the ministry declined to comment on the “so-called talks”. Kremlin spokesman "
                 "Dmitry Peskov pointed out that Minsk was a sovereign state.\n", "A spokesman", ("author", "author"),
                 id="refused_speech_s_quoted_words_are_not_the_next_speaker_s"),
    pytest.param("Test\n\nThe count went on. Jorge Ramos pointed out that the turnout was low.\n", "Jorge Ramos",
                 ("Jorge Ramos", "indirect"), id="point_out_reports_like_note"),
    pytest.param("Test\n\nMr. Lee spoke next. But, as Mr. Smythe pointed out, “the committees determine the details.”\n",
                 "But, as", "Smythe", id="as_x_pointed_out_names_the_quote_s_speaker"),
    pytest.param("Test\n\nMs. Diaz spoke. Mr. Lee pointed to the map.\n", "Mr. Lee", ("author", "author"),
                 id="pointing_to_a_thing_reports_nothing"),
    pytest.param("Test\n\nHanna Liubakova, a journalist, said the mood in Brussels had shifted. Franak Viacorka, an adviser "
                 "to the opposition, met her before the session.\n", "Franak Viacorka", ("author", "author"),
                 id="a_sentence_introducing_another_person_ends_a_paraphrase"),
    # twenty-fourth session, a story on prisoner releases written for the check (s67)
    pytest.param("Test\n\nAccording to Viasna, the human rights group, at least 1,150 political prisoners remain in jail. "
                 "The group's founder, Ales Bialiatski, was himself released only in September.\n", "The group",
                 ("author", "author"), id="a_role_with_a_name_in_apposition_introduced_by_the_writer_ends_a_paraphrase"),
    # twenty-fourth session, a story on the Kremlin and Minsk written for the check (s68)
    pytest.param("Test\n\nThe Russian foreign ministry was more pointed. In a statement, it warned that “attempts to drive a "
                 "wedge are doomed.” The statement added that the alliance “remains the foundation.”\n", "The statement",
                 ("Russian foreign ministry", "mixed"), id="the_statement_a_source_issued_before_is_that_source_s"),
    pytest.param("Test\n\nThe Belarusian foreign ministry issued a statement on Monday. The statement said the talks were "
                 "over.\n", "The statement", "Belarusian foreign ministry", id="the_statement_a_body_issued_is_the_body_s"),
    pytest.param("Test\n\nBelarus's defence ministry said the drills were defensive. The ministry said the exercises would "
                 "end in February.\n", "The ministry", "Belarusian defence ministry",
                 id="a_country_s_body_keeps_the_country_as_the_writer_s_adjective"),
    pytest.param("Test\n\nRussia's foreign ministry said the talks were over.\n", "Russia", "Russian foreign ministry",
                 id="a_country_s_possessive_is_its_adjective"),
    pytest.param("Test\n\nReporters were handed a statement on Monday. The statement said the talks were over.\n",
                 "The statement", "statement", id="a_statement_of_nobody_named_stays_the_statement"),
    pytest.param("Test\n\nHanna Liubakova, a journalist, said the mood had shifted. Ministers were tired of the war.\n",
                 "Ministers were", ("Hanna Liubakova", "indirect"), id="a_paraphrase_goes_on_without_another_person"),
    pytest.param("Test\n\nWARSAW (Reuters) - Poland closed its last road crossing with Belarus on Friday, a move Prime "
                 "Minister Donald Tusk said was needed to stop what he called “a hybrid attack orchestrated by Minsk and "
                 "Moscow”.\n", "WARSAW", ("Donald Tusk", "mixed"),
                 id="what_he_called_after_a_place_subject_is_the_person_reporting_above"),
    pytest.param("Test\n\nPaul Ryan hammered Barack Obama for what he called “a failed policy”.\n", "Paul Ryan",
                 ("Paul Ryan", "mixed"), id="what_he_called_is_the_main_clause_s_named_subject"),
    pytest.param("Test\n\nWARSAW (Reuters) - Interior Minister Marcin Kierwinski said the border was calm.\n", "WARSAW",
                 ("Marcin Kierwinski", "indirect"), id="a_dateline_is_no_part_of_a_name"),
    pytest.param("Test\n\nLindsey Morgan, a spokeswoman for the European Commission, said Brussels stood by Poland. Critics "
                 "may argue that the closure breaks EU law, but the Commission has not said so.\n", "Critics may",
                 ("author", "author"), id="a_sentence_about_what_others_may_say_ends_a_paraphrase"),
    pytest.param("Test\n\nLindsey Morgan said Brussels stood by Poland. The talks could resume next week.\n", "The talks",
                 ("Lindsey Morgan", "indirect"), id="the_speaker_s_hedged_paraphrase_goes_on"),
    pytest.param("Test\n\nTruck drivers stuck at the crossing said they had waited for five days.\n", "Truck drivers",
                 ("truck drivers", "indirect"), id="a_participle_read_as_the_main_verb_leaves_the_report_to_its_subject"),
    # found in BASIL: "she said" went to "The Hill", the source named last; an organisation is nobody's "he" or "she"
    pytest.param("Test\n\nMaria Lopez spoke in 2007, according to The Hill.\n\n“We know about the secret wiretaps,” she said.\n",
                 "“We know", ("Maria Lopez", "direct"), id="he_or_she_never_refers_to_an_organisation"),
    # twenty-first session's story: spaCy hangs the that-clause on "meeting", so "said" seemed to report nothing
    pytest.param("Test\n\nJohn Coale, the US envoy, said after meeting Lukashenko that Washington would lift sanctions.\n",
                 "John Coale", ("John Coale", "indirect"), id="a_that_clause_hung_on_a_gerund_after_the_verb_is_reported"),
    pytest.param("Test\n\nThe minister spoke after learning that his son had been arrested.\n", "The minister",
                 ("author", "author"), id="a_that_clause_of_a_verb_of_knowing_stays_its_own"),
    pytest.param("Test\n\nKremlin spokesman Dmitry Peskov said the plans were bad.\n\nRussia, he warned, would take “all "
                 "necessary measures” to ensure its security.\n", "Russia, he", "Dmitry Peskov",
                 id="a_parenthetical_he_warned_is_the_speaker_not_the_place_it_is_about"),
    pytest.param("Test\n\nBelarusian state television accused the Baltic states of plotting.\n\nThe claim was dismissed by "
                 "Lithuanian officials as “absurd propaganda.”\n", "The claim", "Lithuanian officials",
                 id="a_passive_calling_verb_quotes_its_agent"),
    pytest.param("Test\n\nHuman rights group Viasna says more than 1,100 people remain behind bars.\n\nArrests have continued, "
                 "according to Viasna.\n", "Human rights", "Viasna", id="a_common_noun_describing_a_named_body_is_no_part_of_its_name"),
    pytest.param("Test\n\nArtyom Shraibman, a political analyst, spoke on Monday. In Shraibman's view, the Belarusian leader "
                 "“always finds a door.”\n", "In Shraibman", ("Artyom Shraibman", "mixed"), id="in_someone_s_view_is_like_according_to"),
    # "In his view" after the writer's sentence about a person: his (a story written for the check in the twenty-eighth
    # session, s118: the writer's, and the quotation after it went to the last person quoted, Lukashenko)
    pytest.param("Test\n\nLukashenko called it “a historic day.”\n\nPavel Slunkin, a former Belarusian diplomat, was "
                 "sceptical. In his view, the treaty changes little in practice. “Russian weapons were already there,” he "
                 "said.\n", "In his view", ("Pavel Slunkin", "indirect"), id="in_his_view_is_like_according_to_him"),
    pytest.param("Test\n\nLukashenko called it “a historic day.”\n\nPavel Slunkin, a former Belarusian diplomat, was "
                 "sceptical. In his view, the treaty changes little in practice. “Russian weapons were already there,” he "
                 "said.\n", "“Russian", ("Pavel Slunkin", "direct"), id="he_said_after_in_his_view_is_the_same_person"),
    pytest.param("Test\n\nThe ministers met. In their view, the treaty changes little.\n", "In their", ("author", "author"),
                 id="in_their_view_is_left_to_the_writer"),
    pytest.param("Test\n\nIn the opinion of several analysts, the leader “always finds a door.”\n", "In the opinion",
                 "several analysts", id="in_the_opinion_of_a_group_is_like_according_to"),
    # a story written for the check in the twenty-second session
    pytest.param("Test\n\nAsked whether Minsk could survive without Western markets, Lukashenko's press secretary Natalya "
                 "Eismont replied: “We have never depended on anyone.”\n", "Asked", "Natalya Eismont",
                 id="a_role_noun_s_apposed_name_tagged_as_a_place_is_the_speaker"),
    # a document "by" its author speaks for the author (a story written for the check in the twenty-eighth session,
    # s123: "analysis" was the source)
    pytest.param("Test\n\nSatellite images show a build-up of vehicles near Baranavichy, according to an analysis by the "
                 "open-source group Belarusian Hajun.\n", "Satellite", ("Belarusian Hajun", "indirect"),
                 id="according_to_a_document_by_someone_is_the_authors"),
    pytest.param("Test\n\nA report by Amnesty International says the abuses were systematic.\n", "A report",
                 ("Amnesty International", "indirect"), id="a_report_by_someone_says_for_its_author"),
    pytest.param("Test\n\n“They think in decades,” said Jan Novak.\n\nThe statement released by the Belarusian foreign "
                 "ministry on Tuesday read: “Cooperation with China is a strategic priority.”\n", "The statement",
                 ("Belarusian foreign ministry", "direct"), id="a_statement_that_reads_quotes_who_released_it"),
    pytest.param("Test\n\n“They think in decades,” said Jan Novak.\n\nThe foreign ministry's statement said: “Cooperation "
                 "with China is a strategic priority.”\n", "The foreign", ("foreign ministry", "direct"),
                 id="a_body_s_statement_is_the_body_s_words"),
    pytest.param("Test\n\n“They think in decades,” said Jan Novak.\n\nTuesday's statement said: “Cooperation with China is "
                 "a strategic priority.”\n", "Tuesday", ("statement", "direct"), id="a_day_s_statement_is_nobody_s_named"),
    pytest.param("Test\n\n“They think in decades,” said Jan Novak.\n\nThe letter read: “We refuse.” He read the letter "
                 "twice.\n", "The letter", ("letter", "direct"), id="a_document_that_reads_is_a_source_a_person_reading_is_not"),
    pytest.param("Test\n\nAccording to a report issued by the Office of the Inspector General for Border Security, the fence "
                 "was never finished.\n", "According", "Office of the Inspector General for Border Security",
                 id="a_body_named_with_of_the_keeps_its_whole_name"),
    pytest.param("Test\n\nTASS quoted Defence Minister Viktor Khrenin as saying that the army was ready to “respond to any "
                 "provocation.”\n", "TASS", "Viktor Khrenin", id="quoted_as_saying_is_the_quoted_person_s"),
    pytest.param("Test\n\nViktor Khrenin spoke in Minsk. The agency quoted him as saying: “We are ready.”\n", "The agency",
                 ("Viktor Khrenin", "direct"), id="quoted_him_as_saying_is_the_person_s"),
    pytest.param("Test\n\nThe numbers tell their own story. Russia now buys two thirds of Belarusian exports.\n", "Russia now",
                 ("author", "author"), id="numbers_that_tell_a_story_are_no_speaker"),
    # twenty-fourth session, from a story written for the check (s65): the named example of a group is its voice, as
    # in "Prokopiev and others said"; spaCy tags "Katia Glod" ORG here
    pytest.param("Test\n\nAnalysts were split. Others, like Katia Glod of the European Leadership Network, said the "
                 "deployment was “more about loyalty than necessity.”\n", "Others, like", ("Katia Glod", "mixed"),
                 id="others_like_a_named_person_are_that_person"),
    pytest.param("Test\n\nOther analysts, such as Artyom Shraibman, said the move was symbolic.\n", "Other analysts",
                 ("Artyom Shraibman", "indirect"), id="a_group_such_as_a_named_person_is_that_person"),
    pytest.param("Test\n\nSome experts, including Katia Glod, said it was symbolic.\n", "Some experts",
                 ("Katia Glod", "indirect"), id="a_group_including_a_named_person_is_that_person"),
    pytest.param("Test\n\nNeighbouring countries, such as Poland and Lithuania, said the drills were a threat.\n",
                 "Neighbouring", "neighbouring countries", id="a_group_of_places_such_as_a_named_place_stays_the_group"),
    # twenty-fifth session: a quote whose "she" fits nobody named is no words of the writer's
    pytest.param("Test\n\nThe Belarusian foreign ministry summoned the envoy. Lithuanian Foreign Minister Kestutis Budrys said "
                 "the move was expected.\n\n“We will not be intimidated,” she said.\n", "“We will",
                 ("unresolved speaker", "direct"), id="a_quote_with_no_speaker_to_be_found_is_unresolved_not_the_writer_s"),
    pytest.param("Test\n\nMaria Kolesnikova spoke first. He said the talks had failed.\n", "He said",
                 ("unresolved speaker", "indirect"), id="reported_speech_of_an_unresolved_he_is_unresolved"),
    # twenty-fifth session, an opinion column written for the check (s72)
    pytest.param("Test\n\nTrade with Russia has made up for it, according to figures compiled by the Vienna Institute for "
                 "International Economic Studies.\n", "Trade", ("Vienna Institute for International Economic Studies", "indirect"),
                 id="figures_compiled_by_a_body_are_the_body_s"),
    pytest.param("Test\n\nMost voters back the plan, according to a poll conducted by Gallup.\n", "Most voters",
                 ("Gallup", "indirect"), id="a_poll_conducted_by_a_body_is_the_body_s"),
    # twenty-fifth session, a story on a border closure written for the check (s70)
    pytest.param("Test\n\nQueues grew. One driver, a 52-year-old from Lublin named Tomasz, said he had been waiting for "
                 "three days.\n", "One driver", "Tomasz", id="a_person_named_in_a_participle_is_the_speaker"),
    pytest.param("Test\n\nSenator Rand Paul said the sanctions were not working. His father, former congressman Ron Paul, "
                 "disagreed, saying they had “barely been tried.”\n", "His father", ("Ron Paul", "mixed"),
                 id="one_surname_two_first_names_two_people"),
    pytest.param("Test\n\nQueues grew. Lukashenko's press service said the closures were temporary.\n", "Lukashenko",
                 "Lukashenko's press service", id="a_person_s_institution_keeps_its_owner"),
    pytest.param("Test\n\nQueues grew. A spokesperson for the European Commission said the situation was being followed "
                 "closely.\n", "A spokesperson", "European Commission spokesperson",
                 id="a_role_for_a_named_body_keeps_the_body"),
    pytest.param("Test\n\nAleksandr Lukashenko met officers on Monday. His press service said the meeting was routine.\n",
                 "His press", "Aleksandr Lukashenko's press service", id="his_institution_is_the_person_s_before"),
    pytest.param("Test\n\nMaria Kolesnikova spoke first. Then Viktar Babaryka arrived. Her office said she would stay.\n",
                 "Her office", "Maria Kolesnikova's office", id="her_institution_is_the_woman_s_before"),
    # twenty-sixth session, a story on border closures written for the check (s73)
    pytest.param("Test\n\nTraders are worried. At the crossing, a truck driver who gave only his first name, Andrei, said he "
                 "had waited eleven hours.\n", "At the crossing", "Andrei", id="a_person_who_gives_a_first_name_is_named_by_it"),
    pytest.param("Test\n\nWang Yi told a news conference that the sides should “meet each other halfway.”\n\nUkraine's "
                 "foreign minister, Andrii Sybiha, welcomed what he called “a serious signal” but said Kyiv would not trade "
                 "territory.\n", "Ukraine's", "Andrii Sybiha", id="he_in_what_he_called_is_the_named_role_subject"),
    pytest.param("Test\n\nMary Cheney spoke at the rally.\n\nHer father, former Vice President Dick Cheney, supports the bill, and the "
                 "younger Cheney echoed his language when she added, “Freedom means freedom for everyone.”\n", "Her father",
                 "Mary Cheney", id="she_under_a_man_s_clause_is_not_the_man"),
    pytest.param("Test\n\n“I used to make more there,” said Sokolova, 58.\n\nHer daughter, Yulia, works as a nurse in the city "
                 "hospital. She said the closures had hit younger families hardest.\n", "She said", ("Yulia", "indirect"),
                 id="a_first_name_apposed_to_a_kin_noun_is_a_person"),
    pytest.param("Test\n\n“I used to make more there,” said Sokolova, 58.\n\nHer favourite city, Vilnius, is closed to her now. "
                 "She said the closures had hit younger families hardest.\n", "She said", ("Sokolova", "indirect"),
                 id="a_place_apposed_to_a_noun_is_no_person"),
    pytest.param("Test\n\nSome diplomats I spoke to disagree. One of them, a veteran of the EU's Minsk delegation, told me "
                 "that “something has genuinely shifted.” “He is afraid of Moscow,” she said.\n", "“He is afraid",
                 ("veteran", "direct"), id="one_of_them_with_an_apposed_role_is_that_person"),
    # twenty-sixth session, from the errors on BASIL's *training* quotes (`framing bench basil-quotes`' train split)
    pytest.param("Test\n\nFormer president Vicente Fox said the wall was absurd. “We will not pay,” Fox said.\n\nFelipe "
                 "Calderon, who was president of Mexico from 2006 to 2012, has also dismissed the idea. “We are not going to "
                 "pay any single cent,” he said.\n", "“We are not", "Felipe Calderon",
                 id="he_after_the_writer_s_sentence_about_a_first_named_person_spacy_tags_org"),
    pytest.param("Test\n\nFormer president Vicente Fox said the wall was absurd. “We will not pay,” Fox said. Donald Trump, a "
                 "real estate mogul, disagreed.\n\nFox, however, isn't worried that Trump will win. “Democracy cannot pick "
                 "crazy people,” he said.\n", "“Democracy", "Vicente Fox",
                 id="he_after_the_writer_s_sentence_about_a_registered_surname"),
    pytest.param("Test\n\nThe aide, who has 14,000 followers on Twitter, resigned on Monday.\n\n“Try showing a little class,” "
                 "she wrote.\n", "“Try", ("unresolved speaker", "direct"), id="a_platform_spacy_tags_person_is_no_person"),
    pytest.param("Test\n\nThe photo went to a student, Gennette Cordova.\n\nRep. Anthony D. Weiner said he regretted that Ms. "
                 "Cordova was caught in the middle of the controversy. She issued a statement over the weekend saying she had "
                 "never met him.\n", "She issued", "Gennette Cordova",  # her statement's words since the 37th session
                 id="a_paraphrase_stops_at_a_pronoun_of_the_other_gender"),
    pytest.param("Test\n\nThe arrest drew scrutiny on social media, even from President Trump, who said “Border Coyotes are "
                 "treated better.”\n", "The arrest", ("Trump", "mixed"), id="who_said_quotes_the_relative_s_antecedent"),
    pytest.param("Test\n\nLukashenko met Kolesnikova's lawyer, who said that the trial was “a farce.”\n", "Lukashenko",
                 ("Kolesnikova's lawyer", "mixed"), id="who_said_after_an_object_is_the_object_s"),
    # forty-first session, PTC train (article703698295): the parser hung "who wrote" on the organisation a role is for
    pytest.param("Test\n\n“We will never stop,” said Anna Berg.\n\nWhen I posted it, this assessment was backed up by Joseph Shaw, the head of the UK’s Latin Mass Society and the spokesman "
                 "for the Filial Correction, who wrote, “This is absolutely right.”\n", "When I posted",
                 ("Joseph Shaw", "direct"), id="who_after_a_role_s_organisation_is_the_role_s_person"),
    pytest.param("Test\n\n“We will never stop,” said Anna Berg.\n\nThe plan was criticised by the president of the Belarusian Association of Journalists, who "
                 "wrote, “This is censorship.”\n", "The plan", ("Belarusian Association of Journalists president", "direct"),
                 id="who_after_a_role_s_organisation_is_the_role"),
    # twenty-sixth session, a live blog written for the check (s79)
    pytest.param("Test\n\nForeign Minister Radosław Sikorski has arrived. He said: “I am not an optimist.”\n\nThe Belarusian "
                 "delegation is led by Deputy Foreign Minister Igor Sekreta. State news agency Belta quoted him as saying Minsk "
                 "was “ready for an honest conversation.”\n", "State news", ("Igor Sekreta", "mixed"),
                 id="quoted_him_as_saying_after_a_passive_naming_him"),
    # twenty-sixth session, a wire story on sanctions written for the check (s80)
    pytest.param("Test\n\nThe administration is weighing whether to ease sanctions, according to two people familiar with the "
                 "discussions.\n\nThe talks are at an early stage and no decision has been made, one of the people said. Both "
                 "spoke on condition of anonymity.\n", "The talks", ("people", "indirect"),
                 id="a_closing_frame_the_parser_made_a_conjunct_still_reports"),
    pytest.param("Test\n\nBelarus has freed more than 200 political prisoners since last summer, according to the human rights "
                 "group Viasna, which says more than 1,100 remain behind bars.\n", "Belarus has", ("Viasna", "indirect"),
                 id="a_body_named_in_apposition_to_its_kind_is_the_body"),
    # twenty-sixth session, a story from the European Parliament written for the check (s81)
    pytest.param("Test\n\nTsikhanouskaya, whose husband Siarhei Tsikhanouski spent five years in prison, said the regime was "
                 "still arresting people. Her husband, who now lives with her in Vilnius, has said he was tortured in "
                 "custody.\n", "Her husband", ("Siarhei Tsikhanouski", "indirect"), id="her_husband_is_the_husband_named_before"),
    pytest.param("Test\n\nHungarian MEP Kinga Gál said the EU should keep channels open. Asked whether that meant recognising "
                 "Lukashenko, she said no.\n", "Asked", ("Kinga Gál", "indirect"), id="she_said_no_reports"),
    # s82: calling someone something reports the caller's words
    pytest.param("Test\n\nThe rally was peaceful. Belarusian leader Alexander Lukashenka has called her a puppet of the West.\n",
                 "Belarusian leader", ("Alexander Lukashenka", "indirect"), id="calling_someone_something_reports"),
    pytest.param("Test\n\nThe rally was peaceful. Lukashenko called her on Monday.\n", "Lukashenko called",
                 ("author", "author"), id="calling_someone_on_the_phone_reports_nothing"),
    # s85: an institution placed by its city is that city's
    pytest.param("Test\n\nPoland will build a barrier. The government in Minsk denies orchestrating the flows.\n", "The government",
                 ("government in Minsk", "indirect"), id="an_institution_in_a_place_keeps_the_place"),
    pytest.param("Test\n\nPoland will build a barrier. An analyst in Warsaw said the plan was sound.\n", "An analyst",
                 ("analyst", "indirect"), id="a_person_in_a_place_is_described_by_the_role"),
    # s78: an organisation's possessive on a role is the organisation's role, as "a spokesperson for X" is
    pytest.param("Test\n\nBRUSSELS (Reuters) - NATO's top military commander warned on Wednesday that Russia was rebuilding "
                 "its forces.\n", "BRUSSELS", ("NATO top military commander", "indirect"),
                 id="an_organisation_s_role_keeps_the_organisation"),
    # (the role alone until the fortieth session, when a UN debate's "China's representative" became the earlier
    # "representative of Poland"'s and every country's representative would have been one `representative`)
    pytest.param("Test\n\nLithuania's foreign minister said the border would stay shut. The foreign minister added that "
                 "talks were possible.\n", "Lithuania", ("Lithuanian foreign minister", "indirect"),
                 id="a_country_s_role_keeps_the_country_as_the_writer_s_adjective"),
    pytest.param("Test\n\nLithuania's foreign minister said the border would stay shut. The foreign minister added that "
                 "talks were possible.\n", "The foreign minister", ("Lithuanian foreign minister", "indirect"),
                 id="the_role_alone_after_a_country_s_role_is_that_voice"),
    pytest.param("“Rewarding Lukashenko for releasing hostages only encourages him,” Sen. Jeanne Shaheen said.\n\nLukashenko has "
                 "said in the past that the releases are acts of “humanism.”\n", "Lukashenko has", ("Lukashenko", "mixed"),
                 id="a_gerund_before_a_surname_is_no_first_name"),
    pytest.param("Test\n\nTraders are worried. A woman who gave her name only as Olga said the shop had closed.\n", "A woman",
                 "Olga", id="a_person_who_gives_a_name_as_is_named_by_it"),
    pytest.param("Test\n\nTraders are worried. A driver, who asked to be identified only by his first name, Andrei, said "
                 "he had waited.\n", "A driver", "Andrei", id="a_person_identified_by_a_first_name_is_named_by_it"),
    pytest.param("Test\n\nTraders are worried. A driver who gave his name to the police said the road was closed.\n",
                 "A driver", "driver", id="a_name_given_to_someone_is_no_name"),
    # twenty-ninth session: source names `framing analyze` gave on PTC's 371 training articles (sentences written for
    # the tests after each error seen there)
    pytest.param("Test\n\nLukashenko spoke in Minsk on Tuesday. “Belarus will never be a battlefield,” anti-Western Lukashenko "
                 "said.\n\nLukashenko later said he was patient.\n", "Lukashenko later", ("Lukashenko", "indirect"),
                 id="an_adjective_before_a_name_is_no_part_of_it"),
    pytest.param("Test\n\nHowever, when asked by Senator Ted Cruz whether or not Garland thought Biden was part of what Garland "
                 "referred to as a “political hit” against him, Garland rightly steered clear of a disaster.\n\nGarland even "
                 "responded by pointing out that his friends said they did not recall any such meeting.\n", "Garland even",
                 ("Garland", "indirect"), id="not_before_a_name_is_no_part_of_it"),
    pytest.param("Test\n\nAs St Pope John XXIII explained, “Its principal task will be renewal.”\n", "As St",
                 ("John XXIII", "direct"), id="a_verb_the_parser_takes_into_a_name_is_no_part_of_it"),
    pytest.param("Test\n\n“We are ready for anything,” said Polish Radio’s Tomasz Nowak on Monday.\n", "“We are",
                 ("Tomasz Nowak", "direct"), id="a_broadcaster_s_reporter_is_the_reporter"),
    pytest.param("Test\n\nIn Geneva, the World Health Organization (WHO) said tests confirmed two cases.\n", "In Geneva",
                 ("World Health Organization", "indirect"), id="a_body_s_acronym_in_brackets_is_no_part_of_its_name"),
    pytest.param('Test\n\nMinister of Internal Affairs of Belarus Ivan Kubrakov said, "The border is secure."\n', "Minister",
                 ("Ivan Kubrakov", "direct"), id="a_title_with_of_phrases_before_a_name_is_the_person"),
    pytest.param("Test\n\nAs Archbishop Tadeusz Kondrusiewicz explained, “The church cannot stay silent.”\n\nArchbishop "
                 "Kondrusiewicz has called on the authorities to release the priests.\n", "Archbishop Kondrusiewicz",
                 ("Tadeusz Kondrusiewicz", "indirect"), id="a_church_title_is_no_part_of_the_name"),
    pytest.param("Test\n\n“There is no chance the border will reopen this year,” said the co-founder of the Minsk Dialogue "
                 "forum who has advised three governments.\n", "“There is", ("co-founder", "direct"),
                 id="a_hyphenated_role_is_one_word"),
    pytest.param("Test\n\nA number of Belarusian students have written to ask whether the university will readmit them.\n",
                 "A number", ("Belarusian students", "indirect"), id="a_number_of_people_are_the_people"),
    pytest.param("Test\n\nAccording to a handful of diplomats I have spoken with, the talks are over.\n", "According",
                 ("diplomats", "indirect"), id="a_handful_of_people_are_the_people"),
    pytest.param("Test\n\nLithuania’s relentlessly hawkish government also admitted two opposition activists who had fled "
                 "the crackdown.\n", "Lithuania", ("author", "author"), id="admitting_people_is_letting_them_in"),
    pytest.param("Test\n\nLithuania’s relentlessly hawk-minded government said the border would stay closed.\n", "Lithuania",
                 ("Lithuanian hawk-minded government", "indirect"), id="a_graded_hyphenated_adjective_keeps_its_hyphen"),
    # thirtieth session, PTC dev articles through `framing analyze` (sentences written for the tests)
    pytest.param("Test\n\nThe fact that the channels were deleted overnight makes it quite clear what is going on.\n",
                 "The fact", ("author", "author"), id="a_fact_that_makes_something_clear_is_the_writer_s_inference"),
    pytest.param("Test\n\nLatushko echoed that sentiment saying, “The regime is afraid of its own people.”\n", "Latushko",
                 ("Latushko", "direct"), id="echoing_a_sentiment_the_speaker_is_the_subject"),
    pytest.param("Test\n\nBoth the Associated Press and the Minsk Herald reported that the drills had begun.\n", "Both",
                 ("Associated Press and Minsk Herald", "indirect"), id="both_is_no_part_of_a_name"),
    pytest.param("Test\n\nEven the loyal officials have said that the vote was rigged.\n", "Even",
                 ("loyal officials", "indirect"), id="even_is_no_part_of_a_description"),
    pytest.param("Test\n\nMany believed what the state media said.\n\n“Censorship is never the answer. The answer to bad "
                 "speech is more speech.” –Edward Snowden (source)\n", "“Censorship", ("Edward Snowden", "direct"),
                 id="a_dash_credit_after_a_quotation_names_its_speaker"),
    pytest.param("Test\n\nMany believed what the state media said.\n\n“Condemnation without investigation is the height of "
                 "ignorance.” – Einstein.\n", "“Condemnation", ("Einstein", "direct"),
                 id="a_dash_credit_by_surname_names_the_speaker"),
    # forty-second session, a Markdown explainer written for the check: a credit line with the speaker's affiliation
    pytest.param("Test\n\nMany believed what the state media said.\n\n“The economy is living on Russian subsidies. The reckoning "
                 "will be brutal.” — Ryhor Astapenia, Chatham House\n", "“The economy", ("Ryhor Astapenia", "direct"),
                 id="a_dash_credit_with_an_affiliation_names_the_speaker"),
    # forty-second session, a Kyiv Independent-style story written for the check: a hyphenated title before the name
    pytest.param("Test\n\nCommander-in-Chief Oleksandr Syrskyi, meanwhile, described the situation as \"extremely difficult.\"\n",
                 "Commander", ("Oleksandr Syrskyi", "mixed"), id="a_hyphenated_title_s_person_is_the_name_after_it"),
    # forty-second session, sentences written for the check: a characterisation in an "as" phrase reports it, as
    # "called the decision historic" does, with or without quotation marks
    pytest.param("Test\n\nZelenskiy hailed the decision as historic.\n", "Zelenskiy", ("Zelenskiy", "indirect"),
                 id="hailing_something_as_something_reports_it"),
    pytest.param("Test\n\nMinsk condemned the sanctions as illegal.\n", "Minsk", ("Minsk", "indirect"),
                 id="condemning_something_as_something_reports_it"),
    pytest.param("Test\n\nThe minister praised the soldiers as they marched past.\n", "The minister", ("author", "author"),
                 id="praising_while_something_happens_reports_nothing"),
    pytest.param("Test\n\nKallas hailed the agreement.\n", "Kallas", ("author", "author"),
                 id="hailing_without_a_characterisation_reports_nothing"),
    pytest.param("Test\n\nLukashenko spoke in Minsk.\n\n“We will win,” he said.) The rally ended.\n", "“We will",
                 ("Lukashenko", "direct"), id="an_unbalanced_bracket_after_a_quotation_is_no_credit"),
    pytest.param("Test\n\nThe ex’s son wrote on Facebook that the deputy had lied.\n", "The ex",
                 ("son", "indirect"), id="a_possessive_ending_is_no_part_of_a_description"),
    pytest.param("Test\n\nAmber Guyger was arrested on Sunday.\n\nWhen she saw \"a large silhouette,\" Guyger thought she was "
                 "being burglarized, the affidavit says.\n", "When she", ("affidavit", "mixed"),
                 id="what_someone_thought_is_the_words_of_the_frame_that_reports_it"),
    # PTC's layout, one sentence a line: a quotation runs over lines with no quotation marks (155 in PTC train)
    pytest.param("Test\n\n“No, they don't,” Karen Monahan tweeted on Monday.\n“I have been smeared and isolated from my own party.\nI provided medical "
                 "records from 2017.\nMy therapist released records stating I have been healing.”\nThe party did not "
                 "respond.\n", "I provided", ("Karen Monahan", "direct"), id="a_quotation_runs_over_lines_without_marks"),
    pytest.param("Test\n\nThe party did not respond.\n“I have nothing to prove to anyone.\nPeople can believe it or not.\nI "
                 "affirmed it,” Monahan wrote in another tweet.\n", "People can", ("Monahan", "direct"),
                 id="a_quotation_over_lines_takes_its_closing_frame"),
    pytest.param("Test\n\nThe party did not respond to questions.\n“I have nothing to prove to anyone.\nPeople can believe it or "
                 "not.\nNobody will silence me.”\nThe vote is in May.\n", "People can", ("unresolved speaker", "direct"),
                 id="a_quotation_over_lines_nobody_speaks_is_still_quoted_words"),
    pytest.param("Test\n\nLukashenko spoke on Monday. “We will not give up.\nThe opposition met in Vilnius.\n\nIt was a cold "
                 "day.\n", "The opposition", ("author", "author"), id="an_unclosed_quotation_bridges_nothing"),
    pytest.param("Test\n\nThe plan is to rebuild the army according to the spirit of the 1994 constitution.\n", "The plan",
                 ("author", "author"), id="according_to_a_spirit_is_in_keeping_with_it"),
    pytest.param("Test\n\nWASHINGTON, D.C., February 12, 2018 (BelarusWatch) – Those familiar with the bishop in Argentina "
                 "before he became archbishop say it is a “classic” move of his to provide “mercy” to his friends while "
                 "asking everybody else to simply “move on,” said attorney and child advocate Elizabeth Yore on a radio "
                 "show last week.\n", "WASHINGTON", ("Elizabeth Yore", "mixed"),
                 id="a_closing_frame_after_a_dateline_with_a_date"),
    # thirtieth session: the same run after the twenty-ninth session's changes
    pytest.param("Test\n\nMinister of Foreign Affairs and Trade Péter Szijjártó said on Tuesday, “Hungary will not become "
                 "an immigrant country.”\n", "Minister", ("Péter Szijjártó", "direct"),
                 id="a_title_word_the_name_data_holds_is_no_first_name_before_a_full_name"),
    pytest.param("Test\n\nThe letter reached Jorge Bergoglio before he became Pope Francis, said Elizabeth Yore.\n\nShe said that "
                 "the Pope received a letter from one of the victims.\n\nThe Pope later said he would send an investigator "
                 "to Chile.\n", "The Pope later", ("Pope Francis", "indirect"),
                 id="a_title_alone_is_the_one_person_who_holds_it"),
    # thirty-first session, a wire story written for the check: the parser made the role the sentence's root and
    # "called" a clause on it ("minister/ROOT …, called/acl"), and the quoted words went to the speaker before
    pytest.param(SYBIHA, "Ukraine's",
                 ("Andrii Sybiha", "mixed"), id="a_past_verb_after_an_apposed_name_is_the_main_verb"),
    pytest.param(SYBIHA, "He told",
                 ("Andrii Sybiha", "indirect"), id="he_after_a_misparsed_main_verb_is_its_subject"),
    # an opinion column written for the check (thirty-first session): the writer judging the claim just reported
    pytest.param(BRUSSELS, "That argument", ("author", "author"),
                 id="the_writer_judging_the_claim_ends_the_paraphrase"),
    pytest.param(BRUSSELS, "It has none", ("author", "author"),
                 id="after_the_writer_s_judgement_the_writer_goes_on"),
    pytest.param("Test\n\nThe ministry said the drills were defensive. Such claims have been made before.\n", "Such claims",
                 ("author", "author"), id="such_claims_are_the_writer_s_judgement"),
    pytest.param("Test\n\nThe ministry said the drills were defensive. The troops would leave in March.\n", "The troops",
                 ("ministry", "indirect"), id="a_paraphrase_still_carries_on_without_a_judgement"),
    pytest.param("Test\n\nBelarus will host exercises in January. Nobody in Vilnius believes the word defensive.\n",
                 "Nobody", ("author", "author"), id="nobody_is_no_speaker"),
    pytest.param("Test\n\nBelarus will host exercises in January. No official in Vilnius believes it.\n",
                 "No official", ("author", "author"), id="no_official_is_no_speaker"),
    # a wire story written for the check (thirty-first session): "the official" went to the person quoted before
    pytest.param("Test\n\n“I am sure,” said Ruslan, a former officer.\n\nA NATO official was more cautious. “We see no "
                 "sign of an attack,” the official said.\n", "“We see", ("NATO official", "direct"),
                 id="the_official_is_the_official_the_writer_introduced"),
    pytest.param("Test\n\n“I am sure,” said Ruslan Petrov, a NATO official.\n\nAnalysts were cautious. “We see no sign of "
                 "an attack,” the official said.\n", "“We see", ("Ruslan Petrov", "direct"),
                 id="the_official_is_still_the_official_quoted_before"),
    pytest.param("Test\n\nThe Kremlin says the exercises pose no threat to anyone. Western governments have heard that "
                 "before.\n", "Western governments", ("author", "author"), id="other_governments_are_the_writer_s_sentence"),
    pytest.param("Test\n\nSome units appear to have arrived already, according to the monitoring group Belarusian Hajun.\n",
                 "Some units", ("Belarusian Hajun", "indirect"), id="a_group_s_name_keeps_its_demonym"),
    pytest.param("Test\n\nArrests continued, according to the human rights group Viasna.\n", "Arrests",
                 ("Viasna", "indirect"), id="a_group_named_after_its_kind"),
    # a feature written for the check (thirty-first session)
    pytest.param(LOSIK_LETTER, "VILNIUS", ("author", "author"), id="writing_a_letter_reports_nothing"),
    pytest.param(LOSIK_LETTER, "She has", ("author", "author"), id="after_writing_a_letter_nothing_carries_on"),
    pytest.param("Test\n\nThe senators wrote a letter to the president urging him to act.\n", "The senators",
                 ("senators", "indirect"), id="a_letter_urging_something_reports_it"),
    pytest.param("Test\n\n“The last one reached us in March,” she said.\n\nHer father, the journalist Ihar Losik, was "
                 "sentenced in 2021.\n\nLosik's lawyer, who asked not to be named, "
                 "said the family had been told he was in good health. “But we cannot verify it,” the lawyer added.\n",
                 "“But we", ("Ihar Losik's lawyer", "direct"), id="the_lawyer_is_the_lawyer_who_spoke_before"),
    # seen in the twenty-eighth session and listed in the README's known limits
    pytest.param(PILOT,
                 "A former", ("Andrei", "indirect"), id="a_described_speaker_later_named_is_one_voice"),
    pytest.param(PILOT,
                 "“They do", ("Andrei", "direct"), id="the_described_speaker_named_in_the_frame"),
    pytest.param("Test\n\nSome analysts say Lukashenko is trapped. Others argue that he still has room to manoeuvre. Both may "
                 "be right, at different times.\n", "Both may", ("author", "author"), id="both_after_two_views_is_the_writer"),
    pytest.param("Test\n\nAccording to a report by a U.S. think tank, the Institute for the Study of War, Belarus had moved "
                 "troops.\n", "According", ("Institute for the Study of War", "indirect"),
                 id="a_body_s_name_the_parser_hung_elsewhere_is_still_its_name"),
    # thirty-first session, sentences written for the check
    pytest.param("Test\n\nSpeaking to the BBC, Tsikhanouskaya, 42, said the regime was weaker than it looked.\n", "Speaking",
                 ("Tsikhanouskaya", "indirect"), id="a_name_the_parser_apposed_to_the_participle_s_object_is_the_subject"),
    pytest.param("Test\n\n“Why would we?” Lukashenko said.\n\n“We will not be intimidated” — that was how Lithuanian "
                 "President Gitanas Nausėda put it on Monday.\n", "“We will not", ("Gitanas Nausėda", "direct"),
                 id="that_was_how_someone_put_it_names_the_speaker"),
    pytest.param("Test\n\n“We are not afraid,” one protester told AFP. Another, who gave her name only as Olga, said she would "
                 "keep marching.\n", "Another", ("Olga", "indirect"), id="a_name_given_only_as_is_the_name"),
    pytest.param("Test\n\nBelarusian President Alexander Lukashenko said on Tuesday that Minsk would respond harshly, BelTA "
                 "news agency reported.\n", "Belarusian", ("Alexander Lukashenko", "indirect"),
                 id="a_person_s_words_an_outlet_relays_are_the_person_s"),
    pytest.param("Test\n\nOfficials said on Tuesday that the border would close, the ministry reported.\n", "Officials",
                 ("ministry", "indirect"), id="a_group_s_words_a_body_relays_stay_the_body_s"),
    pytest.param("Test\n\nIn September, Anna Berg acknowledged in a closed-door interview that she had met the group, the "
                 "officials said.\n", "In September", ("officials", "indirect"), id="what_officials_say_a_person_said_is_theirs"),
    pytest.param("Test\n\nPresident Alexander Lukashenko met Chinese envoy Li Hui on Friday.\n\nLi said China was ready to help. "
                 "Lukashenko thanked him.\n", "Lukashenko thanked", ("author", "author"),
                 id="another_person_acting_is_the_writer_s_sentence"),
    pytest.param("Test\n\nPresident Alexander Lukashenko met Chinese envoy Li Hui on Friday.\n\nLi said China was ready to help. "
                 "Lukashenko would visit Beijing in the spring.\n", "Lukashenko would", ("Li Hui", "indirect"),
                 id="another_person_in_a_backshifted_modal_is_still_the_paraphrase"),
    pytest.param("Test\n\nZelenskiy met David Lammy on Monday.\n\nZelenskiy said Belarus was a threat. In the same statement "
                 "after his meeting with Lammy, he added that, in his opinion, after missiles were fired on Ukraine from the "
                 "territory of Belarus, Lukashenko was already at war with Ukraine.\n", "In the same",
                 ("Zelenskiy", "indirect"), id="another_person_under_a_misparsed_reporting_verb_is_still_reported"),
    # a wire story written for the check in the thirty-sixth session: "Western" is a proper adjective, wherever it
    # stands ("western diplomat" had lost its capital), while "Police said" keeps "police"
    pytest.param("Test\n\nLukashenko wants to stay useful, said a Western diplomat who asked not to be named.\n",
                 "Lukashenko wants", ("Western diplomat", "indirect"), id="western_keeps_its_capital"),
    pytest.param("Test\n\nwestern officials said the drills were a bluff.\n", "western officials",
                 ("Western officials", "indirect"), id="western_gets_its_capital"),
    pytest.param("Test\n\nPolice said two people were hurt.\n", "Police said", ("police", "indirect"),
                 id="a_common_noun_loses_the_capital_of_the_sentence_start"),
    # an opinion column written for the check in the thirty-sixth session: a person named inside a quote is no
    # antecedent of the pronoun that reports that quote ("Lukashenko" had become the speaker of his critic's words)
    pytest.param("Test\n\nConsider Siarhei Tsikhanouski, whose arrest pushed his wife, Sviatlana Tsikhanouskaya, into "
                 "politics.\n\nHis wife, who leads the opposition in exile, was blunter. \"Lukashenko sells people,\" she "
                 "said.\n", "\"Lukashenko sells", ("Sviatlana Tsikhanouskaya", "direct"),
                 id="a_name_inside_the_quote_is_not_the_pronoun_reporting_it"),
    pytest.param("Test\n\nAnna Kovalenko spoke on Monday. \"I met Ivan Petrov in Minsk,\" she said.\n", "\"I met",
                 ("Anna Kovalenko", "direct"), id="a_name_inside_the_quote_leaves_the_previous_speaker"),
    # the same column: a body named after its kind ("center"), whatever entity type spaCy gives the name
    pytest.param("Test\n\nAccording to the human rights center Viasna, more than 1,100 people remain in prison.\n",
                 "According to", ("Viasna", "indirect"), id="according_to_the_center_named_is_the_name"),
    pytest.param("Test\n\nThe Belarusian Institute for Strategic Studies said the drills were routine.\n", "The Belarusian",
                 ("Belarusian Institute for Strategic Studies", "indirect"), id="an_institute_for_something_keeps_its_name"),
    pytest.param("Test\n\nThe Centre for Eastern Studies said the drills were routine.\n", "The Centre",
                 ("Centre for Eastern Studies", "indirect"), id="a_centre_for_something_keeps_its_name"),
    pytest.param("Test\n\nA NATO official said the drills were routine.\n", "A NATO",
                 ("NATO official", "indirect"), id="a_role_after_a_body_stays_the_role"),
    pytest.param("Test\n\nA woman identified only as Olga said she would keep marching.\n", "A woman", ("Olga", "indirect"),
                 id="identified_only_as_is_the_name"),
    # a state-agency story written for the check in the thirty-fourth session: "doubt that …" reports a view as
    # "believe that …" does
    pytest.param("Test\n\nWestern analysts, however, doubt that Minsk can act independently of Moscow.\n", "Western analysts",
                 ("Western analysts", "indirect"), id="doubt_that_reports_a_view"),
    # an opinion column written for the check in the thirty-fourth session: speech that someone wants, asks for or
    # brings about is not said ("the world" had become a source, and the paragraph's scare quote its words)
    pytest.param("Test\n\nNow he wants the world to believe he is a peacemaker.\n", "Now he", ("author", "author"),
                 id="wanted_speech_is_not_said"),
    pytest.param("Test\n\nFor three decades the self-proclaimed \"father of the nation\" has jailed his opponents. Now he "
                 "wants the world to believe he is a peacemaker.\n", "For three", ("author", "author"),
                 id="a_scare_quote_before_wanted_speech_is_the_writers"),
    pytest.param("Test\n\nThe regime forced the students to declare their loyalty.\n", "The regime", ("author", "author"),
                 id="forced_speech_is_the_writers_report"),
    pytest.param("Test\n\nThe envoy urged Minsk to announce a ceasefire.\n", "The envoy", ("envoy", "indirect"),
                 id="urged_speech_is_the_urgers_not_minsks"),
    # BASIL (thirty-fourth session): a speech previewed is the speaker's
    pytest.param("Test\n\nRubio will speak in Ohio on Monday. \u201cThis would be a priority even in times of peace,\u201d Mr. "
                 "Rubio is expected to say.\n", "\u201cThis would", ("Rubio", "direct"), id="is_expected_to_say_previews_words"),  # "urge" reports the envoy's words; Minsk said nothing
    pytest.param("Test\n\nLukashenko likes to say that Belarus is a fortress.\n", "Lukashenko likes",
                 ("Lukashenko", "indirect"), id="likes_to_say_tells_of_a_habit_of_speech"),
    pytest.param("Test\n\nLukashenko spoke on Monday. He would like to announce a deal.\n", "He would", ("author", "author"),
                 id="would_like_to_say_is_a_wish"),
    pytest.param("Test\n\nThe minister went on to say that the border would stay closed.\n", "The minister",
                 ("minister", "indirect"), id="went_on_to_say_is_said"),
    # thirty-seventh session, a Guardian-style story written for the check: a role for a ministry described in lower
    # case kept no ministry, so every unnamed spokesman of an article was one voice
    pytest.param("Test\n\nA spokesman for the Belarusian foreign ministry said Vilnius was looking for an excuse.\n",
                 "A spokesman", ("Belarusian foreign ministry spokesman", "indirect"),
                 id="a_role_for_a_described_ministry_keeps_the_ministry"),
    pytest.param("Test\n\nAn official at the defence ministry said the drills were routine.\n", "An official",
                 ("defence ministry official", "indirect"), id="a_role_at_a_described_ministry_keeps_the_ministry"),
    # thirty-eighth session, a wire story on a port strike written for the check: spaCy lemmatises "data" as
    # "datum", so "according to data from X" was the data's, and a role "from" a body or at a firm named only by its
    # apposition ("Kpler, a commodity data firm") kept no body
    pytest.param("Test\n\nExports collapsed. According to data from the Ukrainian Grain Association, exports fell by 12 "
                 "percent.\n", "According", ("Ukrainian Grain Association", "indirect"), id="data_from_a_body_are_the_body_s"),
    pytest.param("Test\n\nExports collapsed. The ministry's data indicate that exports fell.\n", "The ministry",
                 ("author", "author"), id="data_indicate_is_the_writer_s_inference"),
    pytest.param("Test\n\nExports collapsed. Researchers from the Kyiv School of Economics estimated the damage at $10 "
                 "billion.\n", "Researchers", ("Kyiv School of Economics researchers", "indirect"),
                 id="a_role_from_a_named_body_keeps_the_body"),
    pytest.param("Test\n\nExports collapsed. Analysts at Kpler, a commodity data firm, said premiums had doubled.\n",
                 "Analysts", ("Kpler analysts", "indirect"), id="a_role_at_a_firm_named_by_apposition_keeps_the_firm"),
    # the same check, a BBC-style story on a prisoner release: an estimate put at a figure is the estimator's
    pytest.param("Test\n\nPrisoners were freed. The Belarusian human rights group Viasna puts the number at 1,150.\n",
                 "The Belarusian", ("Viasna", "indirect"), id="puts_the_number_at_reports_an_estimate"),
    pytest.param("Test\n\nThe fighting went on. Kyiv put Russian casualties at 1,000 a day.\n", "Kyiv put",
                 ("Kyiv", "indirect"), id="puts_casualties_at_reports_an_estimate"),
    pytest.param("Test\n\nPrisoners were freed. Officials put the number on the agenda.\n", "Officials",
                 ("author", "author"), id="puts_a_number_on_the_agenda_reports_nothing"),
    # the same check, a feature from the Polish-Belarusian border: laying blame is an accusation, and an unnamed source
    # "in" a described institution is placed by it ("officials in Vilnius" are only there)
    pytest.param("Test\n\nQueues grew. A source in the Belarusian border committee, speaking on condition of anonymity, "
                 "blamed the queues on Polish customs officers.\n", "A source",
                 ("Belarusian border committee source", "indirect"), id="a_source_blaming_is_an_accusation_placed_by_its_body"),
    pytest.param("Test\n\nPrices rose. The opposition blames Lukashenko for the crisis.\n", "The opposition",
                 ("opposition", "indirect"), id="blames_for_reports_an_accusation"),
    pytest.param("Test\n\nPrices rose. Lukashenko was blamed for the crisis.\n", "Lukashenko",
                 ("author", "author"), id="blamed_by_nobody_named_reports_nothing"),
    # (the institution rule does not place people by a city; since the forty-third session the people of a named place
    # keep it, so that Kyiv's and Minsk's officials are not one source: `officials_in_a_place_keep_it`)
    pytest.param("Test\n\nPrices rose. Officials in Vilnius said the drills were routine.\n", "Officials",
                 ("officials in Vilnius", "indirect"), id="officials_in_a_city_are_not_placed_by_it"),
    pytest.param("Test\n\nPrices rose. An official in the defence ministry said the drills were routine.\n", "An official",
                 ("defence ministry official", "indirect"), id="a_role_in_a_described_ministry_keeps_the_ministry"),
    # BASIL, the same session: once "blamed" reported, "The Texas lawmaker" went to the last person named (Trump), not to
    # the one the writer's sentence before was about
    pytest.param("Test\n\nSen. Ted Cruz has laid down the gauntlet in the war of words with Donald Trump over their wives.\n\n"
                 "The Texas lawmaker blamed his rival for the story.\n", "The Texas", ("Ted Cruz", "indirect"),
                 id="a_role_opening_a_paragraph_is_whom_the_writer_s_sentence_before_was_about"),
    # an analysis written for the same check: spaCy read "Hodges" opening a sentence as a plural noun, so "he says" in
    # the next went to the last speaker
    pytest.param("Test\n\nBen Hodges, a former commander of US Army Europe, thinks the problem is political.\n\nRustem Umerov "
                 "testified on Tuesday. He said his forces were short of shells.\n\nHodges, for his part, is blunt. Europe, he "
                 "says, has two years.\n", "Europe, he", ("Ben Hodges", "indirect"),
                 id="a_registered_surname_read_as_a_noun_is_the_sentence_s_person"),
    # PTC train, the same session: once the question headline was a heading, the first body sentence no longer a caption,
    # "these critics" went to the passive's subject, the derided, rather than to those deriding
    pytest.param("Test\n\nTraditionalists are often derided by neo-Catholic commentators for relying on supposedly apocryphal "
                 "quotations from Popes or saints. But these critics never demonstrate that the oft-cited quotations are "
                 "apocryphal; they merely assert that they must be.\n", "But these",
                 ("neo-Catholic commentators", "indirect"), id="these_critics_after_a_passive_are_its_agents"),
    # the same check, a feature story with the writer as narrator: a verb of thought or speech inside the question
    # someone asks is nobody's report ("I asked whether she thought they would ever return" was the woman's)
    pytest.param("Test\n\nOlga Ivanova ran a bakery. The second time, she said, they kept him for hours.\n\nI asked "
                 "whether she thought they would ever return.\n", "I asked", ("author", "author"),
                 id="a_verb_inside_the_writer_s_question_reports_nothing"),
    pytest.param("Test\n\nOlga Ivanova ran a bakery.\n\nIt is unclear whether she said that to the police.\n",
                 "It is unclear", ("author", "author"), id="a_verb_inside_an_unclear_question_reports_nothing"),
    pytest.param("Test\n\nReporters asked Zelenskiy whether he believed Lukashenko would attack.\n", "Reporters",
                 ("reporters", "indirect"), id="the_asker_still_reports_the_question"),
    # the same check, a story on exiles: a scare-quoted word in the writer's sentence about a body took the speaker the
    # next sentence introduces
    pytest.param("Test\n\nThe Belarusian KGB published a list of \"extremists\" on its website on Thursday. Among them "
                 "was Pavel Latushka, a former culture minister, who said he was \"proud\" to be on it.\n", "The Belarusian",
                 ("author", "author"), id="a_scare_quote_is_not_the_next_sentence_s_new_speaker_s"),
    pytest.param("Test\n\nThe comment was \"the latest low in a campaign fueled by distortions and negativity.\" It was "
                 "\"a stark contrast with the president,\" Ben LaBolt said.\n", "The comment", ("Ben LaBolt", "mixed"),
                 id="a_sentence_mostly_quoted_is_the_next_tag_s"),
    pytest.param("Test\n\nPutin, for his part, thanked his host for Minsk's \u201csteadfast support.\u201d He said the "
                 "alliance was strong.\n", "Putin, for", ("Putin", "mixed"), id="a_quoted_fragment_is_the_next_he_s"),
    pytest.param("Test\n\nThe ministry denounced the \u201cprovocation\u201d on Monday. Its spokesman said the drills "
                 "would go on.\n", "The ministry", ("ministry", "mixed"),
                 id="a_quoted_fragment_a_body_denounces_is_its_own"),
    # the same check, a wire story from Warsaw: "…, saying" with no "that" reported nothing
    pytest.param("Test\n\nRights groups have criticised the zone, saying it prevents aid workers from reaching people.\n",
                 "Rights groups", ("rights groups", "indirect"), id="a_participle_saying_a_clause_without_that_reports"),
    pytest.param("Test\n\nLithuania closed the border, saying the balloons were an attack.\n", "Lithuania",
                 ("Lithuania", "indirect"), id="a_country_closing_saying_a_clause_reports"),
    pytest.param("Test\n\nThe minister left the room, saying nothing.\n", "The minister", ("author", "author"),
                 id="a_participle_saying_nothing_reports_nothing"),
    # probe sentences of the same session: a named party's doubt set against the speaker's claim is the writer's
    pytest.param("Test\n\nMinsk says the drills are defensive. Kyiv is not convinced.\n", "Kyiv", ("author", "author"),
                 id="another_party_not_convinced_ends_a_paraphrase"),
    pytest.param("Test\n\nMinsk says the drills are defensive. Warsaw remains sceptical.\n", "Warsaw", ("author", "author"),
                 id="another_party_sceptical_ends_a_paraphrase"),
    pytest.param("Test\n\nMinsk says the drills are defensive. The troops are convinced of it.\n", "The troops",
                 ("Minsk", "indirect"), id="a_paraphrase_goes_on_about_others_convictions"),
    # probe sentences of the same session: a count describes how many spoke, not who
    pytest.param("Test\n\nTwo sources familiar with the matter said the talks had stalled.\n", "Two sources",
                 ("sources", "indirect"), id="a_count_of_unnamed_sources_is_no_part_of_their_description"),
    pytest.param("Test\n\nThree senior officials said the talks had stalled.\n", "Three senior",
                 ("senior officials", "indirect"), id="a_count_of_officials_is_no_part_of_their_description"),
    # forty-first session, a poll story written for the check: a survey's or study's finding is reported, as its
    # conclusion was; a person's finding stays the writer's
    pytest.param("Test\n\nThe poll, conducted in March, found that 64 percent of respondents back the fence.\n", "The poll",
                 ("poll", "indirect"), id="a_poll_found_that_reports_the_poll"),
    pytest.param("Test\n\nA new survey shows that most Ukrainians reject any territorial concessions.\n", "A new survey",
                 ("new survey", "indirect"), id="a_survey_shows_that_reports_the_survey"),
    pytest.param("Test\n\nTom Hutchinson spoke on Monday. He added that the report found that schools are in the best "
                 "position to decide.\n", "He added", ("Tom Hutchinson", "indirect"),
                 id="a_finding_someone_reports_is_theirs"),
    pytest.param("Test\n\nThe guards found that the door was locked.\n", "The guards", ("author", "author"),
                 id="people_finding_report_nothing"),
    pytest.param("Test\n\nA photo shows that the fence was cut.\n", "A photo", ("author", "author"),
                 id="a_photo_showing_reports_nothing"),
    # forty-first session, from PTC train: a count's modifiers, "all", and an organisation named after "of"
    # forty-first session, a BelTA-style wire story written for the check: "according to the statement" after the body
    # that issued it is that body's, as "the statement said" was
    pytest.param("Test\n\nThe State Border Committee accused Polish guards of firing shots, the committee's press service "
                 "said on Wednesday.\n\nAccording to the statement, the incident took place near Bruzgi.\n", "According",
                 ("press service", "indirect"), id="according_to_the_statement_of_the_body_that_spoke_before"),
    pytest.param("Test\n\nIn a statement, the Belarusian foreign ministry warned Warsaw.\n\nAccording to the statement, "
                 "the incident took place near Bruzgi.\n", "According", ("Belarusian foreign ministry", "indirect"),
                 id="according_to_the_statement_a_body_issued"),
    # forty-first session, PTC train (once a title abbreviation's line break was joined): a quoted fragment inside the
    # subject's own description is the writer's scare quote, not the subject's words
    pytest.param("Test\n\nObama’s “spiritual advisor” Rev. Jeremiah Wright gave Farrakhan an award in 2007.\n", "Obama",
                 ("author", "author"), id="a_fragment_describing_the_subject_is_a_scare_quote"),
    pytest.param("Test\n\nJeremiah Wright called Farrakhan “a giant” in 2007.\n", "Jeremiah",
                 ("Jeremiah Wright", "mixed"), id="a_fragment_outside_the_subject_is_the_subject_s"),
    # forty-first session, stories written for the check: "its" people are the country's or body's the sentence before
    # spoke for, as "its foreign ministry" was
    pytest.param("Test\n\nThe Belarusian government denies that anyone is held for political reasons. Its officials "
                 "describe the releases as humanitarian gestures.\n", "Its officials",
                 ("Belarusian government officials", "indirect"), id="its_officials_are_the_body_s_before"),
    pytest.param("Test\n\nBelarus denies any involvement. Its officials say the claims are absurd.\n", "Its officials",
                 ("Belarusian officials", "indirect"), id="its_officials_are_the_country_s_before"),
    # forty-first session, a BelTA-style wire story written for the check: a denial reports, as "denied" does
    pytest.param("Test\n\nMinsk accused Warsaw of provocations.\n\nPolish officials rejected the accusation.\n", "Polish",
                 ("Polish officials", "indirect"), id="rejecting_an_accusation_reports_a_denial"),
    pytest.param("Test\n\nThe Kremlin dismissed the reports as fake.\n", "The Kremlin", ("Kremlin", "indirect"),
                 id="dismissing_reports_reports_a_denial"),
    pytest.param("Test\n\nPolish officials rejected the offer of help.\n", "Polish", ("author", "author"),
                 id="rejecting_an_offer_reports_nothing"),
    pytest.param("Test\n\nThe Wagner mercenary group said it had withdrawn from the border.\n", "The Wagner",
                 ("Wagner", "indirect"), id="a_name_opening_a_body_s_kind_is_the_body"),
    pytest.param("Test\n\nThe Kremlin-backed group said the vote was fair.\n", "The Kremlin",
                 ("Kremlin-backed group", "indirect"), id="a_hyphenated_modifier_is_no_body_s_name"),
    pytest.param("Test\n\nAbout 200 protesters said the vote had been stolen.\n", "About 200", ("protesters", "indirect"),
                 id="a_count_s_modifier_is_no_part_of_the_description"),
    pytest.param("Test\n\nA few health experts have warned that the outbreak could spread.\n", "A few",
                 ("health experts", "indirect"), id="a_few_is_a_count_not_few"),
    pytest.param("Test\n\nPredictably, all 10 Democratic members of the Judiciary Committee said the nomination should be "
                 "withdrawn.\n", "Predictably", ("Democratic Judiciary Committee members", "indirect"),
                 id="all_and_a_count_go_and_the_body_after_of_comes_first"),
    pytest.param("Test\n\nIn an op-ed, two members of Veteran Intelligence Professionals for Sanity pointed out that the "
                 "program was illegal.\n", "In an op-ed", ("Veteran Intelligence Professionals for Sanity members", "indirect"),
                 id="the_body_after_of_is_named_once"),
    pytest.param("Test\n\nEvery former secretary of the Department of Homeland Security sent a letter to Congress on "
                 "Thursday.\n\n“This is unconscionable,” the letter said.\n", "“This is",
                 ("former Department of Homeland Security secretary", "direct"),
                 id="the_role_s_own_words_go_before_the_body_after_of"),
    pytest.param("Test\n\nA former secretary of the Department of Homeland Security said the cuts were unconscionable.\n",
                 "A former", ("former Department of Homeland Security secretary", "indirect"),
                 id="the_last_word_of_the_body_after_of_is_no_name_in_apposition"),
    pytest.param("Test\n\n“We will never stop,” said Anna Berg.\n\nThe chairman of the House Permanent Select Committee on "
                 "Intelligence, Devin Nunes (R-Calif.), hailed the order, saying it covers “pretty much everything.”\n",
                 "The chairman", ("Devin Nunes", "mixed"), id="a_name_set_off_after_the_role_s_body_is_the_role_s"),
    pytest.param("Test\n\nAn unidentified woman said she saw the car.\n\nOn Friday, 65 women who know him said he was "
                 "honest. The women also said he was kind.\n", "The women", ("women", "indirect"),
                 id="the_women_repeats_the_latest_women_not_an_earlier_woman"),
    pytest.param("Test\n\nThe 2020 Democratic presidential candidates said the plan had failed.\n", "The 2020",
                 ("2020 Democratic presidential candidates", "indirect"), id="a_year_stays_in_the_description"),
    pytest.param("Test\n\nA spokesman for the ministry said the drills were routine.\n", "A spokesman",
                 ("spokesman", "indirect"), id="a_role_for_the_ministry_alone_stays_the_role"),
    pytest.param("Test\n\nA spokesman for the opposition said the vote was rigged.\n", "A spokesman",
                 ("spokesman", "indirect"), id="a_role_for_a_group_not_an_institution_stays_the_role"),
    # thirty-ninth session, an op-ed written for the check: "The regime's propaganda machine insists that everything is
    # calm. It is not." gave the writer's denial to the propaganda machine
    pytest.param("Test\n\nThe regime insists that everything is calm. It is not.\n", "It is not",
                 ("author", "author"), id="an_elliptical_denial_of_the_paraphrase_is_the_writer_s"),
    pytest.param("Test\n\nMinsk says the troops will leave. They won't.\n", "They won't",
                 ("author", "author"), id="an_elliptical_modal_denial_is_the_writer_s"),
    pytest.param("Test\n\nThe ministry said the drills were routine. They were not, of course.\n", "They were",
                 ("author", "author"), id="an_elliptical_denial_with_an_aside_is_the_writer_s"),
    pytest.param("Test\n\nThe ministry said the drills were routine. They were not aimed at anyone.\n", "They were",
                 ("ministry", "indirect"), id="a_negated_sentence_with_a_complement_carries_the_paraphrase_on"),
    # fortieth session, articles written for the check: a wire story quoting Kremlin media, a feature with residents
    pytest.param("Test\n\nThe regime is preparing a bloody provocation on the border, the RIA Novosti agency reported on "
                 "Wednesday, citing an unnamed source.\n", "The regime", ("RIA Novosti agency", "indirect"),
                 id="a_closing_frame_the_parser_made_an_object_with_a_participle_is_the_frame"),
    pytest.param("Test\n\nThe talks failed, the RIA Novosti agency reported.\n\nThe border is calm, the Tass news agency "
                 "reported.\n", "The border", ("Tass news agency", "indirect"),
                 id="a_definite_description_with_a_name_of_its_own_is_no_anaphor"),
    pytest.param("Test\n\nThe US government has held Cuba responsible, arguing that it knew.\n\n\u201cThe cause remains "
                 "unknown,\u201d the Canadian government concluded.\n\nThe Belarusian foreign ministry said the talks failed. "
                 "The Belarusian ministry added that more were planned.\n", "\u201cThe cause", ("Canadian government", "direct"),
                 id="a_definite_description_of_another_nationality_is_no_anaphor"),
    pytest.param("Test\n\nThe Belarusian foreign ministry said the talks failed. The Belarusian ministry added that more "
                 "were planned.\n", "The Belarusian ministry", ("Belarusian foreign ministry", "indirect"),
                 id="a_definite_description_of_the_same_nationality_is_the_body_before"),
    pytest.param("Statement\n\nThe Ministry of Foreign Affairs of the Republic of Belarus said the accusations were "
                 "groundless.\n", "The Ministry", "Ministry of Foreign Affairs of the Republic of Belarus",
                 id="an_organisation_s_name_spacy_cut_after_its_preposition_is_whole"),
    pytest.param("Test\n\nThe representative of Poland told the council that the drills were dangerous.\n\nChina's "
                 "representative urged all sides to exercise restraint.\n", "China's", ("Chinese representative", "indirect"),
                 id="the_country_a_role_is_of_is_no_person_another_role_could_mean"),
    # an opinion column written for the check in the fortieth session
    pytest.param("Test\n\nIn 2010 diplomats told me the regime would liberalise. In 2020 they said it would fall within "
                 "weeks. Both times they were wrong.\n", "Both times", ("author", "author"),
                 id="the_writer_s_verdict_on_the_speakers_ends_the_paraphrase"),
    pytest.param("Test\n\nOfficials said the talks would resume. They were confident of a deal.\n", "They were",
                 ("officials", "indirect"), id="the_speakers_own_state_of_mind_carries_the_paraphrase_on"),
    # a profile written for the check in the fortieth session: the quotation went to the friends who spoke before
    pytest.param("Test\n\nFriends describe him as stubborn, even reckless. One former cellmate, who now lives in Warsaw, put it "
                 "differently: \u201cStatkevich believes that if everyone leaves, Lukashenko wins.\u201d\n", "One former",
                 ("former cellmate", "direct"), id="a_quotation_after_a_colon_is_a_described_person_s"),
    pytest.param("Test\n\nFriends describe him as stubborn. The man who shared his cell was blunter: \u201cHe never gives "
                 "up.\u201d\n", "The man who", ("man", "direct"), id="a_subject_with_a_who_clause_is_a_person"),
    pytest.param("Test\n\n\u201cWe must go on,\u201d said Paul Ryan. Another Republican who wants to stop is former RNC Chair, "
                 "Michael Steele: \u201cThere are no spies in the campaign.\u201d\n", "Another", ("Michael Steele", "direct"),
                 id="a_quotation_after_a_colon_is_the_person_the_lead_in_names"),
    # two stories written for the check in the fortieth session
    pytest.param("Test\n\nBelarus denies any involvement. In a statement, its foreign ministry called the closure \u201can "
                 "absurd provocation\u201d and warned that Minsk would respond.\n", "In a statement",
                 ("Belarusian foreign ministry", "mixed"), id="its_institution_is_the_country_the_sentence_before_was_about"),
    pytest.param("Test\n\nExiled opposition leader Sviatlana Tsikhanouskaya rejected the offer.\n\nThe 42-year-old "
                 "Tsikhanouskaya, who ran against him in 2020, said she would not stand aside.\n", "The 42-year-old",
                 ("Sviatlana Tsikhanouskaya", "indirect"), id="an_age_before_a_surname_is_no_part_of_the_name"),
    pytest.param("Test\n\nCritics in the Belarusian opposition warned against rewarding the regime.\n", "Critics",
                 ("critics", "indirect"), id="warning_against_doing_something_reports_speech"),
    pytest.param("Test\n\nOnly 17% of respondents said it was unlikely. The rest were undecided.\n", "The rest",
                 ("author", "author"), id="the_rest_are_not_the_speakers_and_end_the_paraphrase"),
    pytest.param("Test\n\nResidents were divided. \u201cIt is a nuisance,\u201d said Iryna, a nurse. Her neighbour, Petro "
                 "Savchuk, was less forgiving: \u201cThey are treating us like children.\u201d\n", "Her neighbour",
                 ("Petro Savchuk", "direct"), id="a_quotation_after_a_colon_is_the_lead_in_subject_s"),
    pytest.param("Test\n\n\u201cIt is a nuisance,\u201d said Iryna, a nurse.\n\nPetro Savchuk was blunt: \u201cThey are "
                 "treating us like children.\u201d\n", "Petro Savchuk", ("Petro Savchuk", "direct"),
                 id="a_quotation_after_a_colon_in_a_new_paragraph_is_the_lead_in_subject_s"),
    pytest.param("Test\n\nAsked about the sanctions, Lukashenko said nothing at first.\n\nHis answer was short: "
                 "\u201cNonsense.\u201d\n", "His answer", "Lukashenko",
                 id="a_quotation_after_a_colon_whose_lead_in_names_no_person_is_the_speaker_s_before"),
    # forty-second session, a war report written for the check: the two sides' ministries are two sources, each
    # named by its country, and a role or institution a named body or person owns keeps its owner
    pytest.param("Test\n\nRussia's Defence Ministry said its forces had taken the village.\n", "Russia's",
                 ("Russian Defence Ministry", "indirect"), id="a_country_s_named_ministry_keeps_the_country"),
    pytest.param("Test\n\nRussia's Defence Ministry said its forces had taken the village. Ukraine's Defence Ministry said "
                 "the attack had been repelled. The ministry added that two soldiers were wounded.\n", "The ministry",
                 ("Ukrainian Defence Ministry", "indirect"), id="the_ministry_is_the_last_named_side_s"),
    pytest.param("Test\n\nThe Kremlin's spokesman said Moscow had no plans to attack.\n", "The Kremlin",
                 ("Kremlin spokesman", "indirect"), id="a_named_body_s_role_keeps_the_body"),
    pytest.param("Test\n\nMoscow's envoy to the UN said the resolution was biased.\n", "Moscow",
                 ("Moscow's envoy", "indirect"), id="a_city_s_envoy_keeps_the_city"),
    pytest.param("Test\n\nThe European Union's foreign policy chief said the sanctions would stay.\n", "The European",
                 ("European Union foreign policy chief", "indirect"), id="a_union_s_role_keeps_the_union"),
    pytest.param("Test\n\nTalks resumed. Lukashenko's spokeswoman said the meeting had been productive.\n", "Lukashenko",
                 ("Lukashenko's spokeswoman", "indirect"), id="a_person_s_role_keeps_the_person"),
    pytest.param("Test\n\nThe bank's economist said rates would rise.\n", "The bank", ("economist", "indirect"),
                 id="an_unnamed_owner_is_left_out"),
    pytest.param("Test\n\nBelarus's State Border Committee said crossings remained open.\n\nThe committee's press service said "
                 "queues had shortened.\n", "The committee", ("Belarusian State Border Committee press service", "indirect"),
                 id="the_body_s_institution_is_the_body_named_before_s"),
    pytest.param("Test\n\nRussia's Defence Ministry said its forces had taken the village. The ministry's spokeswoman told "
                 "reporters that talks were over.\n", "The ministry", ("Russian Defence Ministry spokeswoman", "indirect"),
                 id="the_body_s_role_is_the_body_named_before_s"),
    # forty-second session, a poll story written for the check: a closing "according to" relays a group's words or views
    # as its own account, as "Officials said …, the ministry reported" does; a named person's words stay theirs
    pytest.param("Test\n\nA majority of Poles believe the border should stay closed, according to a survey by CBOS.\n", "A majority",
                 ("CBOS", "indirect"), id="a_group_s_view_according_to_a_survey_is_the_survey_s"),
    pytest.param("Test\n\nResidents said the shelling lasted all night, according to local media.\n", "Residents",
                 ("local media", "indirect"), id="a_group_s_words_according_to_media_are_the_media_s"),
    pytest.param("Test\n\nLukashenko said the talks had failed, according to BelTA.\n", "Lukashenko",
                 ("Lukashenko", "indirect"), id="a_named_person_s_words_according_to_an_agency_stay_the_person_s"),
    pytest.param("Test\n\nThree senior campaign officials told investigators that he had lied, according to two people familiar "
                 "with the testimony.\n", "Three", ("senior campaign officials", "indirect"),
                 id="a_group_s_words_according_to_people_stay_the_group_s"),
    pytest.param("Test\n\nThe unidentified woman says the incident took place at a party, according to the newspaper.\n",
                 "The unidentified", ("unidentified woman", "indirect"), id="one_person_s_words_according_to_a_newspaper_stay_hers"),
    # forty-second session, an AP-style story on exiles written for the check: spaCy tags the surname ORG and the first
    # name alone a place
    pytest.param("Test\n\nFor Natalia Vasilevich, exile was supposed to last a few months.\n\n\"We packed one suitcase each,\" "
                 "said Vasilevich, a 38-year-old theologian who fled Minsk in 2020.\n\nShe now runs a small community center. "
                 "About 60,000 Belarusians live in Lithuania, according to the migration department.\n\n\"Every week someone "
                 "new comes,\" she said.\n", "\"Every week", ("Vasilevich", "direct"),
                 id="a_surname_apposed_to_a_person_s_noun_is_a_person"),
    pytest.param("Test\n\nGarcia Zarate's defense attorneys argued that the shooting was an accident.\n", "Garcia",
                 ("Garcia Zarate's defense attorneys", "indirect"), id="a_possessive_owner_s_name_ends_before_its_s"),
    pytest.param("Test\n\nAccording to Iran's semi-official news agency Mehr, the talks had stalled.\n", "According",
                 ("Mehr", "indirect"), id="a_named_agency_keeps_its_own_name"),
    # forty-second session, a Reuters-style war report written for the check
    pytest.param("Test\n\nRussia launched 100 drones overnight, Ukraine's air force said on Wednesday.\n", "Russia",
                 ("Ukrainian air force", "indirect"), id="a_country_s_air_force_keeps_the_country"),
    pytest.param("Test\n\nThe strikes hit three regions, Ukraine's military said.\n", "The strikes",
                 ("Ukrainian military", "indirect"), id="a_country_s_military_keeps_the_country"),
    pytest.param("Test\n\nThe air force said 84 drones were shot down. Two people were injured in the Darnytskyi district, the "
                 "head of Kyiv's military administration, Serhiy Popko, said on Telegram.\n", "Two people",
                 ("Serhiy Popko", "indirect"), id="a_closing_frame_s_subject_hung_on_the_clause_s_last_noun"),
    pytest.param("Test\n\nWarsaw's envoy to the European Union called the accusation \"absurd.\"\n\n\"We will not be "
                 "intimidated,\" Poland's foreign minister, Radoslaw Sikorski, wrote on X. The minister added that Poland "
                 "would keep the border closed.\n", "The minister", ("Radoslaw Sikorski", "indirect"),
                 id="the_minister_is_the_person_an_apposed_role_named_so"),
    # forty-second session, a TASS-style wire story written for the check
    pytest.param("Test\n\n\"Warsaw is playing with fire,\" Foreign Ministry Spokeswoman Maria Zakharova said.\n\nEarlier, "
                 "Belarusian President Alexander Lukashenko said that Minsk had no plans to attack anyone. \"We are not going "
                 "to fight with Poland,\" the head of state emphasized.\n", "\"We are not", ("Alexander Lukashenko", "direct"),
                 id="the_head_of_state_is_the_president_named_before"),
    pytest.param("Test\n\nPolish Prime Minister Donald Tusk spoke after President Andrzej Duda. The head of government said "
                 "the border would stay closed.\n", "The head", ("Donald Tusk", "indirect"),
                 id="the_head_of_government_is_the_prime_minister_named_before"),
    # forty-second session, an opinion column written for the check: a bare concession is the writer's reply
    pytest.param("Test\n\nSome will say that engagement is the only way to free the prisoners. Maybe so.\n", "Maybe",
                 ("author", "author"), id="maybe_so_after_a_paraphrase_is_the_writer_s"),
    pytest.param("Test\n\nCritics argue that the deal rewards the regime. Fair enough.\n", "Fair",
                 ("author", "author"), id="fair_enough_after_a_paraphrase_is_the_writer_s"),
    pytest.param("Test\n\nThe reaction would be different this time, some said. It had to be. Probably.\n", "Probably",
                 ("some", "indirect"), id="a_bare_hedge_after_a_paraphrase_may_be_the_speakers_and_carries_on"),
    pytest.param("Test\n\nThe ministry said the talks would go on. Maybe next week.\n", "Maybe",
                 ("ministry", "indirect"), id="a_fragment_that_says_something_carries_on"),
    pytest.param("Test\n\nA third event featured Efrat Yerday, an activist, accusing Israel of racism.\n", "A third",
                 ("author", "author"), id="a_participle_after_an_apposed_name_has_no_closing_frame_subject"),
    # forty-third session, an Ukrinform-style story written for the check: "This was stated by X" names the speaker of
    # the claim before it, and of its own sentence, also when an agency relays it
    pytest.param("Test\n\nBelarus is not preparing to attack Ukraine. This was stated by the head of Ukraine's Defence "
                 "Intelligence, Kyrylo Budanov, in an interview, Ukrinform reports.\n", "Belarus is",
                 ("Kyrylo Budanov", "indirect"), id="this_was_stated_by_x_names_the_claim_before"),
    pytest.param("Test\n\nBelarus is not preparing to attack Ukraine. This was stated by the head of Ukraine's Defence "
                 "Intelligence, Kyrylo Budanov, in an interview, Ukrinform reports.\n", "This was",
                 ("Kyrylo Budanov", "indirect"), id="this_was_stated_by_x_relayed_by_an_agency_is_x_s"),
    pytest.param("Test\n\nThe West is preparing a provocation.\n\nThis was stated by Russian Foreign Ministry spokeswoman "
                 "Maria Zakharova at a briefing.\n", "The West", ("Maria Zakharova", "indirect"),
                 id="this_was_stated_by_x_in_the_next_paragraph_names_the_claim_before"),
    pytest.param("Test\n\n\"We will respond,\" Lukashenko said. The talks failed. This was stated by Maria Zakharova.\n",
                 "The talks", ("Maria Zakharova", "indirect"), id="this_was_stated_by_x_after_a_quote"),
    pytest.param("Test\n\nThe border was closed. This was not stated by anyone.\n", "The border", ("author", "author"),
                 id="this_was_not_stated_by_anyone_names_nobody"),
    pytest.param("Test\n\nThe drills began on Monday. This was seen by many as a provocation.\n", "The drills",
                 ("author", "author"), id="this_was_seen_by_many_reports_no_words"),
    # a New York Times-style story written for the check: the body a person works for is no part of the name
    pytest.param("Test\n\n\"The link weakens,\" said Ryhor Astapenia of Chatham House.\n", "\"The link",
                 ("Ryhor Astapenia", "direct"), id="a_name_s_of_phrase_naming_a_body_is_an_affiliation"),
    pytest.param("Test\n\nThe Department of Justice said the case was closed.\n", "The Department",
                 ("Department of Justice", "indirect"), id="a_body_s_of_phrase_is_part_of_its_name"),
    # a story on a border row written for the check: a portfolio before a title is part of the title, not of the name
    # (spaCy tags no PERSON in "Polish Deputy Defence Minister Cezary Tomczyk")
    pytest.param("Test\n\nPolish Deputy Defence Minister Cezary Tomczyk said it was over.\n", "Polish",
                 ("Cezary Tomczyk", "indirect"), id="a_portfolio_before_a_title_is_no_part_of_the_name"),
    pytest.param("Test\n\nInterior Minister Ivan Kubrakov said it was over.\n", "Interior",
                 ("Ivan Kubrakov", "indirect"), id="interior_minister_is_a_title"),
    # a BBC-style story written for the check: "its" after a sentence about a country in the same paragraph
    pytest.param("Test\n\nBelarus insists the drills are defensive. Its defence ministry said in a statement that they would "
                 "end on 20 September.\n", "Its defence", ("Belarusian defence ministry", "indirect"),
                 id="its_ministry_after_a_country_s_sentence_in_the_same_paragraph"),
    pytest.param("Test\n\nBelarus denies any involvement. In a statement, its foreign ministry called the closure absurd.\n",
                 "In a statement", ("Belarusian foreign ministry", "indirect"), id="its_foreign_ministry_in_the_same_paragraph"),
    pytest.param("Test\n\nBelarus condemned the decision. It said the sanctions were illegal.\n", "It said",
                 ("Belarus", "indirect"), id="it_said_after_a_country_s_sentence_is_the_country"),
    # the same BBC-style story: people of a place keep the place, so Kyiv's and Minsk's officials are two sources
    pytest.param("Test\n\nUkraine has strengthened its northern border, officials in Kyiv say.\n\nOfficials in Minsk said "
                 "the drills were defensive.\n", "Ukraine", ("officials in Kyiv", "indirect"), id="officials_in_a_place_keep_it"),
    pytest.param("Test\n\nUkraine has strengthened its northern border, officials in Kyiv say.\n\nOfficials in Minsk said "
                 "the drills were defensive.\n", "Officials in", ("officials in Minsk", "indirect"),
                 id="officials_in_another_place_are_another_source"),
    pytest.param("Test\n\nOfficials in Warsaw and Vilnius say the exercises are a rehearsal for an attack.\n", "Officials",
                 ("officials in Warsaw and Vilnius", "indirect"), id="officials_in_two_places_keep_both"),
    pytest.param("Test\n\nOfficials in the region said the drills were defensive.\n", "Officials", ("officials", "indirect"),
                 id="officials_in_a_common_noun_place_stay_officials"),
    # a story on a freed prisoner written for the check: a kin noun set off beside a name names him later
    pytest.param("Test\n\nSiarhei Tsikhanouski, the husband of opposition leader Sviatlana Tsikhanouskaya, spoke on Monday.\n\n"
                 "\"We have waited for this day,\" Tsikhanouskaya said. Her husband said he had lost 40 kilograms in prison.\n",
                 "Her husband", ("Siarhei Tsikhanouski", "indirect"), id="her_husband_is_the_man_apposed_as_her_husband"),
    # a story on two sisters written for the check (forty-fourth session): the kin noun before the full name
    pytest.param("Test\n\nMaria Kolesnikova spent five years in prison. Her sister, Tatsiana Khomich, campaigned for her "
                 "release.\n\nKolesnikova has said little since.\n\nHer sister said the regime still holds a thousand "
                 "people.\n", "Her sister said", ("Tatsiana Khomich", "indirect"), id="her_sister_is_the_woman_apposed_as_her_sister"),
    pytest.param("Test\n\nMaria Kolesnikova spent five years in prison. Her sister, Tatsiana Khomich, campaigned for her "
                 "release.\n\nKolesnikova has said little since. She said prison had not changed her views.\n\nHer sister "
                 "is more cautious. She said the regime still holds a thousand people.\n", "She said the regime",
                 ("Tatsiana Khomich", "indirect"), id="she_after_the_writer_s_sentence_about_her_sister_is_the_sister"),
    # a story on the divided opposition written for the check: spaCy tagged "Sviatlana Tsikhanouskaya's" ORG, with its
    # "'s", so she was no person named and "she" went to a man named before
    pytest.param("Test\n\nSome, including Valery Tsepkalo, argue that talks would legitimise the regime.\n\n\"We cannot "
                 "leave people in prison,\" said Pavel Latushko.\n\nTsepkalo disagrees. In a post on Facebook, he wrote that "
                 "Lukashenko lies.\n", "In a post", ("Valery Tsepkalo", "indirect"),
                 id="he_after_a_known_surname_the_parser_read_as_a_verb_is_that_person"),
    pytest.param("Test\n\nTsepkalo wrote that Lukashenko lies.\n\nSviatlana Tsikhanouskaya's office did not respond to "
                 "questions. In the past, she has said she is open to talks.\n", "In the past",
                 ("Sviatlana Tsikhanouskaya", "indirect"), id="she_after_a_full_name_s_office_is_that_woman"),
    pytest.param("Test\n\n\"They lie,\" said Valery Tsepkalo.\n\nSviatlana Tsikhanouskaya's office did not respond to "
                 "questions. In the past, she has said she is open to talks \"about new elections.\"\n", "In the past",
                 ("Sviatlana Tsikhanouskaya", "mixed"), id="she_after_a_woman_s_office_is_that_woman_not_the_last_speaker"),
    pytest.param("Test\n\n\"They lie,\" said Valery Tsepkalo.\n\nThe Kremlin did not respond to questions. In the past, "
                 "he has said he is open to talks \"about new elections.\"\n", "In the past",
                 ("Valery Tsepkalo", "mixed"), id="he_after_a_body_s_silence_is_the_last_speaker"),
    pytest.param("Test\n\nA court sentenced Ihar Losik.\n\nLosik's wife, Darya, said she learned of it from a lawyer. "
                 "Darya Losik said she would appeal.\n", "Darya Losik said", ("Darya Losik", "indirect"),
                 id="a_first_name_apposed_to_a_kin_noun_is_still_completed_later"),
    pytest.param("Test\n\nSiarhei Tsikhanouski, the husband of opposition leader Sviatlana Tsikhanouskaya, spoke on Monday.\n\n"
                 "\"I will go back,\" Tsikhanouski said.\n\n\"We have waited for this day,\" Tsikhanouskaya said.\n", "\"We have",
                 ("Sviatlana Tsikhanouskaya", "direct"), id="a_husband_and_wife_s_gendered_surnames_are_two_people"),
    # a story in the style of Polish media written for the check: the parser made the closing frame a clausal
    # complement of the clause it reports
    pytest.param("Test\n\nPoland will spend 2 billion zloty on shelters in towns near the Belarusian border, Deputy Prime "
                 "Minister and Defence Minister Władysław Kosiniak-Kamysz announced on Monday.\n", "Poland",
                 ("Władysław Kosiniak-Kamysz", "indirect"), id="a_closing_frame_parsed_as_the_clause_s_complement"),
    # (seen on PTC training articles when it was built)
    pytest.param("Test\n\nHis attorney emailed Grassley saying, although her client prefers an inquiry, Ford will testify next "
                 "week.\n", "His attorney", ("author", "author"), id="a_non_finite_verb_after_a_comma_is_no_closing_frame"),
    pytest.param("Test\n\nPope Francis received the letter in 2015, its author and a commission member have said.\n", "Pope",
                 ("its author", "indirect"), id="a_source_described_as_author_is_no_writer"),
    # a story with an embedded post written for the check: the text a social-media credit line closes is the poster's
    pytest.param("Test\n\nRussia launched more than 100 drones overnight, officials said.\n\nRussia launched 112 drones "
                 "overnight. Our air defence shot down 84. pic.twitter.com/AbC123xyz\n\n— Volodymyr Zelensky (@ZelenskyyUa) "
                 "December 3, 2025\n\nThe Russian Defence Ministry said its forces had struck targets.\n", "Our air",
                 ("Volodymyr Zelensky", "direct"), id="an_embedded_post_is_its_credit_line_s_poster_s"),
    pytest.param("Test\n\nRussia launched 112 drones overnight.\n\n— Volodymyr Zelensky (@ZelenskyyUa) 3 December 2025\n",
                 "— Volodymyr", ("author", "author"), id="an_embedded_post_s_credit_line_is_no_one_s_words"),
    pytest.param("Test\n\nRussia launched 112 drones overnight.\n\n— Volodymyr Zelensky (@ZelenskyyUa) 3 December 2025\n",
                 "Russia launched", ("Volodymyr Zelensky", "direct"), id="an_embedded_post_with_a_day_first_date"),
    # a story on a joint statement written for the check: names joined by "and" speak together, one joint source
    pytest.param("Test\n\n\"This is a hybrid attack,\" Lithuanian Prime Minister Inga Ruginiene and Polish Prime Minister "
                 "Donald Tusk said in a joint statement.\n", "\"This is", ("Inga Ruginiene and Donald Tusk", "direct"),
                 id="two_named_speakers_joined_by_and_are_one_joint_source"),
    pytest.param("Test\n\nPoland and Lithuania said on Thursday that Belarus must stop sending balloons.\n", "Poland",
                 ("Poland and Lithuania", "indirect"), id="two_countries_joined_by_and_are_one_joint_source"),
    pytest.param("Test\n\n\"This is a hybrid attack,\" Inga Ruginiene and Donald Tusk said in a joint statement.\n\nThe two "
                 "leaders said they had asked the European Commission for funding.\n", "The two", ("Inga Ruginiene and Donald "
                 "Tusk", "indirect"), id="the_two_leaders_are_the_joint_source_of_two_people_before"),
    pytest.param("Test\n\nInga Ruginiene and Donald Tusk said the border would stay closed. Both men said they had asked for "
                 "funding.\n", "Both", ("Inga Ruginiene and Donald Tusk", "indirect"), id="both_men_are_the_joint_source_before"),
    pytest.param("Test\n\nInga Ruginiene and Donald Tusk said the border would stay closed. Three leaders said they had asked "
                 "for funding.\n", "Three", ("leaders", "indirect"), id="three_leaders_are_not_a_joint_source_of_two"),
    pytest.param("Test\n\nMr. Smith and his wife said they were afraid.\n", "Mr. Smith", ("Smith", "indirect"),
                 id="a_name_and_a_description_stay_the_named_person_s"),
    # (seen on PTC and BASIL training articles when it was built)
    pytest.param("Test\n\nCustoms and Border Protection said the first attempt was broken up.\n", "Customs",
                 ("Customs and Border Protection", "indirect"), id="a_body_whose_name_holds_and_is_one_source"),
    pytest.param("Test\n\nAlexander Vindman testified first.\n\nBut Nancy Pelosi and Chuck Schumer answered, \"We will not "
                 "fund it.\n\n\"We cannot.\"\n", "\"We cannot", ("Nancy Pelosi and Chuck Schumer", "direct"),
                 id="a_quotation_continued_after_a_joint_source_s_is_theirs"),
    # "As X reported, …" frames the clause as X's account
    pytest.param("Test\n\nAs Ukrinform reported earlier, the State Border Guard Service recorded no increase in troops.\n",
                 "As Ukrinform", ("Ukrinform", "indirect"), id="as_x_reported_frames_the_clause"),
    pytest.param("Test\n\nBelarus will not join the war, as Lukashenko has said many times.\n", "Belarus",
                 ("Lukashenko", "indirect"), id="as_x_has_said_after_the_clause_frames_it"),
    pytest.param("Test\n\nAs expected, the talks failed.\n", "As expected", ("author", "author"),
                 id="as_expected_names_nobody"),
    # (seen on PTC and BASIL training articles when it was built)
    pytest.param("Test\n\nThe minister has, as they say, doubled down.\n", "The minister", ("author", "author"),
                 id="as_they_say_is_a_saying"),
    pytest.param("Test\n\nThe backlash grew as some conservatives called for his resignation.\n", "The backlash",
                 ("author", "author"), id="as_x_called_for_is_while"),
    pytest.param("Test\n\nAt the time I knew nothing of his role, as McCarrick himself would later admit.\n", "At the time",
                 ("author", "author"), id="as_x_admitted_after_the_writer_s_own_experience_stays_the_writer_s"),
    pytest.param("Test\n\nRumours say the pope will reverse the reforms. This has been denied by Greg Burke.\n", "Rumours",
                 ("rumours", "indirect"), id="this_was_denied_by_x_does_not_make_the_claim_x_s"),
    pytest.param("Test\n\nIt has been the plan since 2001. This was even admitted by General Wesley Clark.\n", "It has",
                 ("author", "author"), id="this_was_admitted_by_x_leaves_the_claim_the_writer_s"),
    # a feature in the style of the Guardian written for the check: the person's request in a relative clause of the
    # subject is no report of the sentence
    pytest.param("Test\n\nOlga, who asked that her surname not be used, left Belarus in 2021 after police searched her "
                 "school.\n", "Olga", ("author", "author"), id="a_request_in_the_subject_s_relative_clause_reports_nothing"),
    pytest.param("Test\n\nOlga, who asked that her surname not be used because her parents still live in Belarus, left in 2021 "
                 "after police searched the school where she taught.\n", "Olga", ("author", "author"),
                 id="a_request_in_the_relative_clause_of_a_subject_parsed_as_the_root_reports_nothing"),
    pytest.param("Test\n\nThe plan was backed by Senator Chris Murphy, who said that it would pass.\n", "The plan",
                 ("Chris Murphy", "indirect"), id="a_report_in_a_relative_clause_after_the_verb_is_the_person_s"),
    # s48, a fact check written for the check: spaCy tags "claims" after "video" a plural noun, the sentence's root
    pytest.param("Test\n\nA video shared thousands of times on Telegram this week claims that Warsaw has drawn up plans "
                 "to seize the Grodno region.\n", "A video", ("video", "indirect"), id="a_video_that_claims_speaks"),
    pytest.param("Test\n\nA video shared thousands of times on Telegram and TikTok this week claims that Warsaw has drawn up "
                 "plans to seize the Grodno and Brest regions of Belarus.\n", "A video", ("video", "indirect"),
                 id="a_video_that_claims_read_as_an_adverbial_clause_speaks"),
    pytest.param("Test\n\nThe video claims Warsaw has plans to seize the Grodno region.\n", "The video",
                 ("video", "indirect"), id="a_video_that_claims_without_that_speaks"),
    pytest.param("Test\n\nThe claims that Warsaw has drawn up plans are false.\n", "The claims", ("author", "author"),
                 id="claims_as_a_noun_report_nothing"),
    pytest.param("Test\n\nThe report was published on Monday. It warns that Minsk has no real ability to refuse Moscow.\n",
                 "It warns", ("report", "indirect"), id="it_after_a_document_published_is_the_document"),
    pytest.param("Test\n\nThe assessment is blunter than last year's. It judges it unlikely that Belarusian troops would "
                 "attack, but warns that Minsk has no real ability to refuse Moscow.\n", "It judges", ("assessment", "indirect"),
                 id="it_that_warns_in_a_second_clause_is_the_document"),
    pytest.param("Test\n\nThe assessment is blunter than last year's.\n\nIt judges it unlikely that Belarusian troops would "
                 "attack, but warns that Minsk has no real ability to refuse Moscow.\n", "It judges", ("assessment", "indirect"),
                 id="it_that_warns_at_a_paragraph_s_start_is_the_document_the_paragraph_before_ended_on"),
    # s48, a newsletter written for the check
    pytest.param("Test\n\nGood morning.\n\n\u2022 Poland says it shot down two drones that crossed from Belarus overnight.\n",
                 "\u2022 Poland", ("Poland", "indirect"), id="a_list_item_s_bullet_is_no_speaker"),
    pytest.param("Test\n\nA long investigation by the Belarusian outlet Zerkalo argues that the regime is quietly rebuilding "
                 "its ties with the West. It is worth your time.\n", "It is worth", ("author", "author"),
                 id="the_writer_turning_to_the_reader_ends_a_paraphrase"),
    # s48, a press release and an op-ed written for the check
    pytest.param("Test\n\nToday, the North Atlantic Council issued the following statement:\n\n\u201cWe strongly condemn "
                 "Belarus's complicity in Russia's war.\n\nNATO remains ready.\u201d\n", "\u201cWe strongly",
                 ("North Atlantic Council", "direct"), id="the_statement_a_body_issued_after_a_colon_is_the_body_s"),
    pytest.param("Test\n\nThe ministry issued a statement on Monday. It gave no details.\n", "The ministry",
                 ("author", "author"), id="issuing_a_statement_reports_nothing_of_its_own"),
    pytest.param("Test\n\nFor 18 months I lived in a cell.\n\nThe guards never told us what the outside world thought of "
                 "us.\n", "The guards", ("author", "author"), id="never_telling_what_reports_a_silence"),
    pytest.param("Test\n\nI was released in September.\n\nBut I worry that the West now thinks the problem is solved.\n",
                 "But I worry", ("author", "author"), id="a_report_inside_the_writer_s_worry_is_the_writer_s"),
    pytest.param("Test\n\nI was released in September.\n\nWe know that the minister said the talks had failed.\n",
                 "We know", ("minister", "indirect"), id="a_report_the_writer_knows_of_is_still_a_report"),
    pytest.param("Test\n\nThe fence was finished on Monday. It runs for 200 kilometres, and it says a lot about Warsaw's fears.\n",
                 "It runs", ("author", "author"), id="it_after_a_thing_is_no_speaker"),
    pytest.param("Test\n\nCLAIM: Poland is preparing to annex the western regions of Belarus.\n\nVERDICT: False. There is "
                 "no evidence of any such plan.\n", "CLAIM", ("author", "author"), id="a_fact_check_s_claim_label_is_the_writer_s"),
    pytest.param("Test\n\nCLAIM: Poland is preparing to annex the western regions of Belarus.\n\nVERDICT: False. There is "
                 "no evidence of any such plan.\n", "There is", ("author", "author"), id="a_fact_check_s_verdict_is_the_writer_s"),
    # BASIL (fiftieth session's leftover): "they" after a writer's sentence whose subject is two people named one by
    # one went to the first of them
    pytest.param("Test\n\nSenator Mark Udall of Colorado and Senator Ron Wyden of Oregon released a joint statement on "
                 "Friday.\n\n“The surveillance has gone too far,” they said.\n", "“The surveillance",
                 ("Mark Udall and Ron Wyden", "direct"), id="they_after_two_people_named_as_subject_is_both"),
    pytest.param("Test\n\nSenator Mark Udall and Senator Ron Wyden wrote to the director.\n\nOn Friday, Mr. Udall and Mr. "
                 "Wyden released a joint statement repeating that they had “long been concerned about secret law.”\n\n“The "
                 "program must end,” they said.\n", "On Friday", ("Mark Udall and Ron Wyden", "mixed"),
                 id="a_quoted_fragment_of_two_people_named_as_subject_is_both"),
    pytest.param("Test\n\nSenator Mark Udall and Senator Ron Wyden wrote to the director.\n\nOn Friday, Mr. Udall and Mr. "
                 "Wyden released a joint statement repeating that they had “long been concerned about secret law.”\n\n“The "
                 "program must end,” they said.\n", "“The program", ("Mark Udall and Ron Wyden", "direct"),
                 id="they_after_a_quoted_fragment_of_two_people_is_both"),
    # BASIL (fiftieth session's leftover): a body named by a noun and a prepositional phrase was the noun
    pytest.param("Test\n\nReporters Without Borders said the arrests were unlawful.\n", "Reporters",
                 ("Reporters Without Borders", "indirect"), id="a_body_named_without_something_is_its_whole_name"),
    pytest.param("Test\n\nDemocracy for America, a progressive group, also said it would back the bill.\n", "Democracy",
                 ("Democracy for America", "indirect"), id="a_body_named_for_a_place_is_its_whole_name"),
    pytest.param("Test\n\nThe ban was lifted, said Physicians for Human Rights.\n", "The ban",
                 ("Physicians for Human Rights", "indirect"), id="a_body_named_for_a_cause_is_its_whole_name"),
    pytest.param("Test\n\nAdvocates for Ukraine said the aid was late.\n", "Advocates", ("advocates", "indirect"),
                 id="people_for_a_country_are_no_body_s_name"),
    pytest.param("Test\n\nA spokesman for Amazon said the claims were false.\n", "A spokesman", ("Amazon spokesman", "indirect"),
                 id="a_role_for_a_body_is_no_body_s_name"),
    # PTC train (fifty-first session): "co- Strategic Partners founder"
    pytest.param("Test\n\n“There is no chance that this will pass,” said the co-founder of Strategic Partners, a consulting "
                 "firm.\n", "“There is", ("Strategic Partners co-founder", "direct"), id="a_hyphenated_role_of_a_body_stays_whole"),
    pytest.param("Test\n\nA former vice-president of the World Bank said the loans were wasted.\n", "A former",
                 ("former World Bank vice-president", "indirect"), id="a_former_hyphenated_role_of_a_body_stays_whole"),
    pytest.param("Test\n\nThe former co-chairman of the Senate Intelligence Committee said the loans were wasted.\n", "The former",
                 ("former Senate Intelligence Committee co-chairman", "indirect"), id="a_hyphen_the_parser_made_the_subject_is_the_role"),
    pytest.param("Test\n\nA former vice-president said the loans were wasted.\n", "A former",
                 ("former vice-president", "indirect"), id="a_hyphenated_role_keeps_its_modifiers"),
    pytest.param("Test\n\n“There is exactly a zero percent chance that [Senate Majority Leader] Mitch McConnell and Chuck "
                 "Grassley will allow this thing to get past the lame-duck” congressional session after Election Day, said the "
                 "co-founder of SCOTUSblog who has appeared before the Supreme Court many times.\n", "“There is",
                 ("co-founder of SCOTUSblog", "direct"), id="a_hyphenated_role_the_parser_split_from_its_subject_is_whole"),
    # PTC train (fifty-first session): "… prompting even Crux to ask: “Does Pope Francis have an enemies list?”" was the
    # subject's of "prompted" ("their conservatism")
    pytest.param("Test\n\nThe scandal prompted Crux to ask: “Does the pope have an enemies list?”\n", "The scandal",
                 ("Crux", "direct"), id="whom_a_thing_prompted_to_ask_asks"),
    pytest.param("Test\n\nThe cuts angered the unions, prompting the union leader to warn that strikes would follow.\n",
                 "The cuts", ("union leader", "indirect"), id="whom_a_participle_prompted_to_warn_warns"),
    pytest.param("Test\n\nThe ruling spurred Amnesty International to declare that the trial was a sham.\n", "The ruling",
                 ("Amnesty International", "indirect"), id="whom_a_thing_spurred_to_declare_declares"),
    # (an analyze run written for the check: "former co" where the parser makes each piece of the role an object)
    pytest.param("Test\n\nThe ruling prompted the former co-chairman of the Belarusian Helsinki Committee to warn that more "
                 "arrests would follow.\n", "The ruling", ("former Belarusian Helsinki Committee co-chairman", "indirect"),
                 id="whom_a_thing_prompted_keeps_a_hyphenated_role_whole"),
    pytest.param("Test\n\nThe leak did not prompt the ministry to admit anything.\n", "The leak", ("author", "author"),
                 id="whom_a_thing_did_not_prompt_to_speak_is_silent"),
    # PTC train and BASIL (fifty-first session): a name opening its sentence that spaCy tags a noun was lowercased
    # ("hannity", "wikileaks"); the article writes it capitalised in the middle of a sentence, and never in lower case
    pytest.param("Test\n\nThe segment aired on Fox News. Critics wrote to Hannity about it.\n\nHannity asks, “Why are people "
                 "willing to throw out due process?”\n", "Hannity asks", ("Hannity", "direct"),
                 id="a_name_read_as_a_noun_keeps_the_capital_the_article_gives_it"),
    pytest.param("Test\n\nThe emails were published by Wikileaks in July.\n\nWikileaks denied the claims.\n", "Wikileaks denied",
                 ("Wikileaks", "indirect"), id="a_site_read_as_a_noun_keeps_the_capital_the_article_gives_it"),
    pytest.param("Test\n\nThe report was sent to Police Scotland.\n\nPolice said the man was arrested.\n", "Police said",
                 ("police", "indirect"), id="a_capital_inside_a_longer_name_is_no_name_of_its_own"),
    # PTC train (fifty-first session): what happened to somebody shows or suggests nothing they said
    pytest.param("Test\n\nThe embassy issued an alert, adding that the staff member's symptoms indicate a \"mild traumatic brain "
                 "injury\".\n", "The embassy", ("embassy", "mixed"), id="symptoms_indicate_the_reporters_words"),
    pytest.param("Test\n\nThe party's eventual failure suggests that voters wanted change.\n", "The party", ("author", "author"),
                 id="a_failure_suggests_the_writers_inference"),
    pytest.param("Test\n\nThe opposition's continuing success reveals that the regime is weak.\n", "The opposition",
                 ("author", "author"), id="a_success_reveals_the_writers_inference"),
    # PTC train (fifty-first session): "act according to the means which seem possible" was `means`'s
    pytest.param("Test\n\nThe Church will act according to the means which seem possible, however extraordinary.\n",
                 "The Church", ("author", "author"), id="according_to_the_means_is_nobody_s_words"),
    # PTC train (fifty-first session): "Historically dubbed the “black death” the bubonic plague has been …" was the
    # plague's words; a participle in the passive reports the words of its agent, not of the subject it describes
    pytest.param("Test\n\nDubbed “Europe's last dictator” by the West, Lukashenko has ruled Belarus since 1994.\n", "Dubbed",
                 ("West", "mixed"), id="a_passive_participle_s_words_are_its_agent_s"),
    pytest.param("Test\n\nAccused of “treason” by the regime, Ales Bialiatski was jailed.\n", "Accused",
                 ("regime", "mixed"), id="a_passive_accusation_is_the_accuser_s"),
    pytest.param("Test\n\nHistorically dubbed the “black death”, the bubonic plague has caused several pandemics.\n",
                 "Historically", ("author", "author"), id="a_passive_participle_without_an_agent_is_nobody_s_words"),
    pytest.param("Test\n\nThe illnesses reported by embassy staff in Havana are thought to be a “sonic attack”.\n", "The illnesses",
                 ("author", "author"), id="a_passive_participle_s_agent_speaks_only_its_own_quotation"),
    # (the diocese's "mixed" speech until the fifty-fourth session: a name a participle gives is nobody's words, as the
    # fifty-second session's reading of PTC's "– also called “Rainbow Pastoral.”" judged)
    pytest.param("Test\n\nThe diocese offers special services, called “Queer Church Services”, in two parishes.\n", "The diocese",
                 ("author", "author"), id="a_participle_describing_the_object_leaves_the_subject_naming_it"),
    pytest.param("Test\n\nLukashenko, dubbed “Europe's last dictator” by Washington, has ruled since 1994.\n", "Lukashenko",
                 ("Washington", "mixed"), id="a_passive_participle_describing_the_subject_is_its_agent_s_words"),
    # (BASIL: spaCy read "tweeted" as a participle describing "comments")
    pytest.param("Test\n\nRep. Rashida Tlaib criticised the president.\n\nTlaib, doubling down on her comments, tweeted on "
                 "Friday that she “will always speak truth to power. #unapologeticallyMe.”\n", "Tlaib, doubling",
                 ("Rashida Tlaib", "mixed"), id="a_participle_reporting_a_clause_is_no_passive_one"),
    pytest.param("Test\n\nMr. Udall and Mr. Wyden met the director on Friday. They said the program must end.\n", "Mr. Udall",
                 ("author", "author"), id="two_people_named_as_subject_speak_only_when_reported"),
    pytest.param("Test\n\nSenator Mark Udall and Senator Ron Wyden met the director on Friday. They said the program "
                 "must end.\n", "They said", ("Mark Udall and Ron Wyden", "indirect"), id="they_in_the_next_sentence_is_both"),
    # PTC train and BASIL (fifty-second session): a role for a person was the person ("Lawyers for Paul Manafort said",
    # read as a title like "Assistant Secretary for Diplomatic Security Charlene Lamb") or the bare role ("A lawyer for
    # Mrs. Clinton said", "A spokesperson for Vice President Mike Pence said"): it is the person's role
    pytest.param("Test\n\nLawyers for Oleg Petrov said the charges were baseless.\n", "Lawyers",
                 ("Oleg Petrov's lawyers", "indirect"), id="lawyers_for_a_person_are_the_person_s_lawyers"),
    # (found by an analyze run written for the check: spaCy's entity left out the given name)
    pytest.param("Test\n\nLawyers for Ales Bialiatski said the charges were baseless.\n", "Lawyers",
                 ("Ales Bialiatski's lawyers", "indirect"), id="lawyers_for_a_person_whose_given_name_spacy_leaves_out"),
    pytest.param("Test\n\nA lawyer for Oleg Petrov said the evidence was weak.\n", "A lawyer",
                 ("Oleg Petrov's lawyer", "indirect"), id="a_lawyer_for_a_person_is_the_person_s_lawyer"),
    pytest.param("Test\n\nA spokeswoman for Governor Anna Kovacs said the bill would be signed.\n", "A spokeswoman",
                 ("Anna Kovacs's spokeswoman", "indirect"), id="a_spokeswoman_for_a_titled_person_is_the_person_s"),
    pytest.param("Test\n\nSenator Mark Daniels voted against the bill.\n\nAides to Mr. Daniels said he would vote again.\n",
                 "Aides", ("Mark Daniels's aides", "indirect"), id="aides_to_a_person_named_before_are_the_person_s"),
    pytest.param("Test\n\nAssistant Secretary for Diplomatic Security Carla Moreno said the building was safe.\n", "Assistant",
                 ("Carla Moreno", "indirect"), id="a_title_for_a_portfolio_still_names_the_person_after_it"),
    pytest.param("Test\n\nA spokesman for St. Louis County Prosecutor Anna Kovacs said there was no timeline.\n", "A spokesman",
                 ("Anna Kovacs's spokesman", "indirect"), id="a_role_for_a_person_behind_a_long_title_is_the_person_s"),
    # (BASIL: the title in lower case, "former U.S. attorney", was the source, and a first version of the rule above
    # made it "Joseph diGenova's former U.S. attorney")
    pytest.param("Test\n\nBut former U.S. attorney for the District of Columbia Joseph diGenova said the tactic was "
                 "“outrageous.”\n", "But former", ("Joseph diGenova", "mixed"), id="a_title_in_lower_case_for_a_place_names_the_person_after_it"),
    # (BASIL: "A spokesman for Mr. Hunter, Michael Harrison, said": the parser hangs the spokesman's name on the person
    # he speaks for)
    pytest.param("Test\n\nA spokesman for Mr. Daniels, Peter Hale, said the senator was resting.\n", "A spokesman",
                 ("Peter Hale", "indirect"), id="a_name_set_off_after_the_person_served_is_the_role_s"),
    # BASIL (fifty-second session): a quoted fragment after a role naming a person was the writer's scare quote
    pytest.param("Test\n\nBut former U.S. attorney for the District of Columbia Joseph diGenova blasted the tactic as "
                 "“outrageous.”\n", "But former", ("Joseph diGenova", "mixed"), id="a_fragment_after_a_role_naming_a_person_is_the_person_s"),
    # (found while checking the row above: "the president" took the `spokesman` who spoke before)
    pytest.param("Test\n\nA spokesman for the ministry called the report “fake.”\n\nLukashenko met the press. The president "
                 "called the protests “a revolution from abroad.”\n", "The president",
                 ("Lukashenko", "mixed"), id="the_president_is_no_spokesman_who_spoke_before"),
    pytest.param("Test\n\nEmails show that a civil attorney working with the witness described the pressure.\n\nThe Hill "
                 "reported it first. “The government was harsh,” the civil lawyer wrote in one email.\n", "“The government",
                 ("civil attorney", "direct"), id="the_lawyer_may_be_the_attorney_who_spoke_before"),
    # PTC train (fifty-second session): "Hungary’s Prime Minister said …" was `Prime Minister`; an unnamed office
    # whose title speaks was registered as a person, its first word the name ("Poland’s Foreign Minister": `Foreign`)
    pytest.param("Test\n\nPoland’s Foreign Minister said the talks had failed.\n", "Poland", ("Polish Foreign Minister", "indirect"),
                 id="a_country_s_capitalised_office_is_no_person_s_name"),
    pytest.param("Test\n\nBelarus’s Interior Minister said the talks had failed. The minister added that nobody was hurt.\n",
                 "The minister", ("Belarusian Interior Minister", "indirect"), id="the_minister_repeats_a_country_s_capitalised_office"),
    pytest.param("Test\n\nHungary’s Prime Minister said on Sunday that, “Christianity is Europe's last hope.”\n", "Hungary",
                 ("Hungary's Prime Minister", "direct"), id="a_capitalised_office_keeps_its_country"),
    # BASIL (fifty-second session, a sample of 40 sources read): "Her comments, said Josh Earnest, …, are “…”" was
    # `comments`: the parser reads an inverted frame inside the clause as having the clause's subject
    pytest.param("Test\n\nHer remarks, said Tom Baker, the mayor's spokesman, are “entirely consistent with what the mayor has "
                 "said.”\n", "Her remarks", ("Tom Baker", "mixed"), id="an_inverted_frame_inside_the_clause_is_the_name_s"),
    pytest.param("Test\n\nMoscow, said Anna Kovacs, will never agree to it.\n", "Moscow", ("Anna Kovacs", "indirect"),
                 id="an_inverted_frame_after_the_clause_s_subject_is_the_name_s"),
    # BASIL (the same sample): a paraphrase carried on into a sentence that names its speaker ("… and Mr. LaPierre was
    # not present on Tuesday") was the speaker's
    pytest.param("Test\n\nAfter the shooting, Tom McBaker, the association’s director, announced that it would devise a plan. "
                 "Technically, the task force is independent of the association, and Mr. McBaker was not present on Tuesday.\n",
                 "Technically", ("author", "author"), id="a_sentence_naming_the_speaker_ends_the_paraphrase"),
    pytest.param("Test\n\nDonald Trump promised hundreds of times that the wall would cost taxpayers nothing. But since taking "
                 "office, Trump has never asked Mexico for payment.\n", "But since", ("author", "author"),
                 id="a_sentence_naming_the_speaker_tagged_as_a_body_ends_the_paraphrase"),
    pytest.param("Test\n\nTom Baker said the bill would fail. It would cost jobs in every district.\n", "It would",
                 ("Tom Baker", "indirect"), id="a_sentence_not_naming_the_speaker_carries_the_paraphrase_on"),
    # BASIL (found by the row above: "On Sunday, Ms. Zimmer issued a statement saying …" had been hers only as a
    # paraphrase carried on from the sentence before)
    pytest.param("Test\n\nOn Sunday, Anna Kovacs issued a statement saying that prosecutors had interviewed her.\n", "On Sunday",
                 ("Anna Kovacs", "indirect"), id="a_statement_issued_saying_a_clause_is_its_issuer_s"),
    # (PTC train: the statement the issuer's own sentence releases speaks for them later too)
    pytest.param("Test\n\nIn a response to the verdict, Attorney General Tom Baker released a statement saying that the city was "
                 "to blame. “When cities choose to free criminals, they put the public’s safety at risk,” the statement said.\n",
                 "“When", ("Tom Baker", "direct"), id="the_statement_a_speaker_released_saying_speaks_for_them_later"),
    pytest.param("Test\n\nTom Baker sent a letter saying the city had been negligent.\n", "Tom Baker", ("Tom Baker", "indirect"),
                 id="a_letter_sent_saying_a_clause_is_its_sender_s"),
    pytest.param("Test\n\nThe senator read a report saying the talks had failed.\n", "The senator", ("author", "author"),
                 id="a_report_read_saying_a_clause_is_not_its_reader_s"),
    # PTC train (fifty-second session, a sample of 40 indirect or mixed sources read): "he said" went to `Judaism`, which
    # spaCy tagged a person; and "a subpoena for Strzok to testify “next week.”" was Strzok's words
    pytest.param("Test\n\nBut we never, ever see Judaism or Christianity or Hinduism or Buddhism taught as fact in public schools."
                 "\n\nRich Penkoski, a Christian parent, raised alarms over a packet on Islam.\n\nPenkoski also shared the packets "
                 "on Christianity and Judaism passed out in class.\n\nWhile the packet on Islam contained verses from the Koran, "
                 "the other packets did not contain scripture, he said.\n", "While", ("Rich Penkoski", "indirect"),
                 id="a_faith_is_no_person_he_may_mean"),
    pytest.param("Test\n\nRich Penkoski complained to the school.\n\nPenkoski’s daughter, Brielle, however, said that the class "
                 "spent much less time on Christianity.\n", "Penkoski’s", ("Brielle", "indirect"),
                 id="a_kin_s_given_name_tagged_as_a_place_is_the_kin_s_name"),
    pytest.param("Test\n\nIranian officials have admitted to facilitating the attacks, according to new remarks from a senior "
                 "Iranian official.\n", "Iranian", ("senior Iranian official", "indirect"), id="according_to_remarks_from_someone_is_theirs"),
    pytest.param("Test\n\nWould the saint have been horrified by his words? That question answers itself.\n", "That question",
                 ("author", "author"), id="a_question_that_answers_itself_is_the_writer_s"),
    pytest.param("Test\n\nRep. Tom Baker said the committee would issue a subpoena for Strzok to testify “next week.”\n", "Rep.",
                 ("Tom Baker", "mixed"), id="an_infinitive_with_a_subject_of_its_own_is_planned_speech"),
    # BASIL (found by the row above): a quoted nickname inside a name is nobody's words
    pytest.param('Test\n\nGovernor Anna Kovacs picked former Chief of Staff William "Mo" Cowan, who also served as her counsel.\n',
                 "Governor", ("author", "author"), id="a_quoted_nickname_is_nobody_s_words"),
    # PTC train (fifty-second session, a sample of 40 sources read): a thing that recalls another reports nothing
    pytest.param("Test\n\nGrowing US hysteria over North Korea, a nation of only 25 million, recalls the propaganda storm "
                 "launched by Washington to justify its invasion of Iraq.\n", "Growing", ("author", "author"),
                 id="a_thing_that_recalls_another_reports_nothing"),
    pytest.param("Test\n\nSenator Anna Kovacs recalled the “dark days” of the war.\n", "Senator", ("Anna Kovacs", "mixed"),
                 id="a_person_who_recalls_something_speaks"),
    # PTC train (fifty-second session): an owner spaCy tags as a body with its "’s" ("Saucier’s") lost its name, not
    # the "’s": the source was `’s`
    pytest.param("Test\n\nBrannock’s federal lawsuit alleges that the government was “overzealous” in prosecuting him.\n",
                 "Brannock", ("Brannock", "mixed"), id="an_owner_tagged_with_its_s_keeps_its_name"),
    pytest.param("Test\n\nCarlson cited Dr. Robert Epstein, an expert on Google, who has said, in Carlson’s words, “Google alone "
                 "could determine the outcome of almost any election.”\n", "Carlson", ("Carlson", "direct"),
                 id="in_somebody_s_words_tagged_with_its_s_is_that_somebody"),
    # PTC train (fifty-third session, the last note's leftovers): a person's record that "includes saying" was the
    # source `history`; "had the temerity to mention" was `temerity`; "one of many times Zakkout has referred" was
    # `time`; "According to Campbell Russia provided" was `Campbell Russia`
    pytest.param("Test\n\nLouis Farrakhan spoke on Sunday.\n\nFarrakhan’s history of extreme comments includes blaming Jews "
                 "for the attacks, saying white people “deserve to die” and praising Adolf Hitler.\n", "Farrakhan’s history",
                 ("Louis Farrakhan", "mixed"), id="a_person_s_record_that_includes_saying_is_the_person_s"),
    pytest.param("Test\n\nDonald Trump spoke in Ohio.\n\nBecause Trump had the temerity to mention jihad terrorism.\n",
                 "Because", ("Donald Trump", "indirect"), id="who_had_the_temerity_to_mention_something_mentioned_it"),
    pytest.param("Test\n\nImam Sofian Zakkout spoke in Miami.\n\nThis is one of many times Zakkout has referred to Jews as "
                 "“monkeys and pigs.”\n", "This is", ("Sofian Zakkout", "mixed"), id="one_of_many_times_someone_has_said_is_theirs"),
    pytest.param("Test\n\nFormer CIA officer Kurt Campbell testified on Monday.\n\nAccording to Campbell Russia provided the "
                 "resources for the reactors.\n", "According", ("Kurt Campbell", "indirect"),
                 id="according_to_a_known_name_run_into_a_country_is_the_name"),
    # PTC train: "The website One Peter Five reports" was `Peter Five` (spaCy tags "One" a number)
    pytest.param("Test\n\nThe website One Peter Five reports that the pope ordered their removal.\n", "The website",
                 ("One Peter Five", "indirect"), id="a_body_s_name_opening_with_a_number_word_keeps_it"),
    # PTC train: "Trump’s Chief of Staff said" was `Staff` (spaCy tags the whole phrase a person)
    pytest.param("Test\n\nPresident Donald Trump met donors on Monday.\n\nTrump’s Chief of Staff said the meeting went well.\n",
                 "Trump’s Chief", ("Donald Trump's Chief of Staff", "indirect"), id="a_person_s_capitalised_office_is_no_name"),
    # BASIL: "Rice's comments came as Netanyahu turned down an invitation …, saying …" was `Susan E. Rice` (spaCy hangs
    # the participle on "came"); the words are Netanyahu's
    pytest.param("Test\n\nSusan Rice spoke on Tuesday.\n\nRice's comments came as Netanyahu turned down an invitation to meet "
                 "privately with leading Senate Democrats during his trip to Washington, saying such a session could \"compound "
                 "the misperception of partisanship\" surrounding his visit.\n",
                 "Rice's", ("Netanyahu", "mixed"), id="a_participle_after_a_thing_came_as_someone_acted_is_theirs"),
    pytest.param("Test\n\nThe ministry's statement came as the talks resumed, saying that the border would stay open.\n",
                 "The ministry", ("ministry", "indirect"), id="a_participle_after_a_statement_came_as_something_happened_is_the_statement_s"),
    # PTC train (fifty-third session, a sample of 40 direct quotations read): "As the KirchenZeitung journalist adds: “…”"
    # went to the pastoral assistant quoted before; a role a named body's name describes is someone new
    pytest.param("Test\n\nIrmgard Lehner, the pastoral assistant of the parish, likes the ritual. “We stress the value of "
                 "relationships,” explains Lehner. As the KirchenZeitung journalist adds: “This offer can be accepted by lovers "
                 "in all kinds of life situations.”\n", "As the", ("KirchenZeitung journalist", "direct"),
                 id="a_role_its_body_s_name_describes_is_someone_new"),
    # the same sample: after "the settlement does state that “…”", "“…” he added" went to `settlement`
    pytest.param("Test\n\nCody Wilson boasted that his efforts have killed gun control.\n\nAfter all, the settlement does state "
                 "that \"the government acknowledges that rifles are not inherently military.\"\n\n\"This doesn’t put the rifle in "
                 "everyone’s hand, but it does that in essence\" he added.\n", "\"This", ("Cody Wilson", "direct"),
                 id="he_is_never_a_legal_document"),
    # BASIL (found by the row above): a description set off before the subject ("A former Marine in Iraq, Mr. Hunter was
    # first elected …") is a second subject to spaCy, so "He … told …" after it went to the person quoted before
    pytest.param("Test\n\nCongressman Duncan Hunter was indicted. “Today’s indictment is a reminder that no one is above the "
                 "law,” Adam Braverman said.\n\nA former Marine in Iraq and Afghanistan, Mr. Hunter was first elected in 2008 to a "
                 "seat held by his father. He was for a time considered as a possible choice for defense secretary, and told "
                 "The San Diego Union-Tribune that he wanted to restore “a warrior culture” to the Pentagon.\n", "He was",
                 ("Duncan Hunter", "mixed"), id="a_description_set_off_before_the_subject_is_no_subject"),
    # PTC train (the sample of 40 direct quotations): a quotation with no cue after a body's report went to the person
    # quoted before the body; a quoted title credited "by" its author was the last person quoted
    pytest.param("Test\n\n“I am the first to judge,” the pope said.\n\nJust days later, AP reported that Francis had full "
                 "knowledge of the controversy.\n\n“His ambassador in Chile had tried to contain the damage.”\n", "“His",
                 ("AP", "direct"), id="a_quotation_without_a_cue_after_a_body_s_report_is_the_body_s"),
    pytest.param("Test\n\n“Leave them; they are blind guides,” said Magdi Allam.\n\n“Islamic Converts Ask Pope in Open Letter "
                 "To Change His Teaching on Islam,” by Steve Skojec, OnePeterFive.com, January 11, 2018:\n", "“Islamic",
                 ("author", "author"), id="a_quoted_title_credited_by_its_author_is_no_speech"),
    # an analyze run over a story written for the check (fifty-third session): an office with no person's name lost
    # its titles ("Staff"), and "according to" a known surname run into a city or a common noun kept the run-on name
    pytest.param("Test\n\nThe Lithuanian Chief of Staff said the border would be watched around the clock.\n", "The Lithuanian",
                 ("Lithuanian Chief of Staff", "indirect"), id="an_office_named_without_a_person_is_the_office"),
    pytest.param("Test\n\nThe Secretary of State said the talks would go on.\n", "The Secretary",
                 ("Secretary of State", "indirect"), id="an_office_of_state_is_the_office"),
    pytest.param("Test\n\nArtyom Shraibman is an analyst.\n\nAccording to Shraibman Minsk could also release more political "
                 "prisoners.\n", "According", ("Artyom Shraibman", "indirect"), id="according_to_a_known_surname_run_into_a_city"),
    pytest.param("Test\n\nMary Smith spoke on Monday.\n\nAccording to Mary Smith taxes will rise.\n", "According",
                 ("Mary Smith", "indirect"), id="according_to_a_known_name_run_into_a_common_noun"),
    # PTC train (the sample of 40 direct quotations): a company's statement in the paragraph after "the corporation was
    # quick to condemn the man’s actions:" went to the person named last
    pytest.param("Test\n\nPolice arrested Tom Baker on Friday.\n\nThe attack took place in a Whataburger restaurant, and the "
                 "corporation was quick to condemn the man’s actions:\n\n“We were shocked to see this video and certainly don’t "
                 "condone this type of customer behavior in our restaurants.”\n", "“We were", ("corporation", "direct"),
                 id="a_condemnation_ending_in_a_colon_introduces_the_quotation_after_it"),
    pytest.param("Raul Labrador spoke on Monday.\n\nLabrador supports a path to legal status, but only after evidence "
                 "that enforcement has been improved, he has said.\n", "Labrador supports", ("Raul Labrador", "indirect"),
                 id="a_closing_frame_after_a_but_clause_whose_he_is_the_subject_before"),
    pytest.param("Julian Assange is in the embassy.\n\nThe interview began with the statement Bernstein delivered at a panel "
                 "devoted to Assange entitled, “Russia-gate and WikiLeaks”.\n", "The interview", ("author", "author"),
                 id="a_quoted_title_after_entitled_is_nobodys_words"),
    pytest.param("The diocese runs a program for gay couples – also called “Rainbow Pastoral.”\n", "The diocese",
                 ("author", "author"), id="a_name_a_participle_gives_is_nobodys_words"),
    # (a guard: the first version of the rule above took this PTC sentence's quotation for a name)
    pytest.param("Circuit Court of Appeals later reversed the decision, resentencing the men to 5 years apiece (a move the "
                 "White House statement called \"unjust\").\n", "Circuit Court",
                 ("White House statement", "mixed"), id="a_participle_with_a_subject_of_its_own_calls_something"),
    # (fifty-fourth session: the fifth reading's statement ran over ten lines, beyond the eight a bridge looked across)
    pytest.param("John Pilger sent a statement to the forum.\n“There is a silence among many who call themselves left.\n"
                 "The silence is Julian Assange.\nEvery false accusation has fallen away.\nJulian stands vindicated.\n"
                 "The storms of raw truth have blown through the capitals.\nThey have not won, not yet.\nOnly the silence of "
                 "good people will allow them to win.\nJulian Assange has never been more isolated.\nHe needs your support "
                 "and your voice.\nNow more than ever is the time to demand justice.\nThank you,” Pilger wrote.\n",
                 "Now more than ever", ("John Pilger", "direct"), id="a_quotation_over_ten_lines_without_marks_is_its_speakers"),
    # the sixth reading (fifty-fourth session, PTC indirect and mixed speech)
    pytest.param("Massimo Faggioli spoke at the event.\n\nBut rather than insisting that the faithful strive to live according "
                 "to her laws, Faggioli argues that the Church ought to bend to the will of secular society.\n", "But rather",
                 ("Massimo Faggioli", "indirect"), id="living_according_to_laws_names_no_source"),
    pytest.param("Of course, Senator Jeff Flake wanted to side with Senate Democrats.\n\nOutgoing Flake, and good riddance, said "
                 "that he sided with his colleagues.\n", "Outgoing", ("Jeff Flake", "indirect"),
                 id="a_description_opening_the_sentence_is_no_first_name"),
    # (PTC: "The Guardian is only one of many which peddle smears and disinformation about the 'enemies' of …")
    pytest.param("Tony Blair spoke in London on Monday.\n\nBlair is only one of many politicians who peddle smears about the "
                 "'enemies' of the West.\n", "Blair is", ("author", "author"),
                 id="scare_quotes_in_what_the_subject_is_are_the_writers"),
    # (guards, BASIL: the first version of the rule above took these from the person whose words they are)
    pytest.param("Iowa Democratic Rep. Bruce Braley is under fire after a video surfaced Tuesday of him mocking Sen. Chuck "
                 "Grassley, R-Iowa, as a “farmer from Iowa who never went to law school.”\n", "Iowa", ("Bruce Braley", "mixed"),
                 id="what_someone_is_called_as_in_a_copular_sentence_is_the_callers"),
    pytest.param("Pope Francis announced that the Church will be listening to all the young people and that “no one will be "
                 "excluded.” That’s code language that the Pope will be “dialoging” and “accompanying” the agenda.\n",
                 "That’s code", ("author", "author"), id="that_is_code_language_judges_what_was_said"),
    pytest.param("Sen. Lindsey Graham lambasted Schiff on Thursday.\n\n\"He's made some outrageous comments, Graham said. \"He's "
                 "acting like an Oliver Stone type figure. That to me is not helpful to him.\"\n", "That to me",
                 ("Lindsey Graham", "mixed"), id="that_is_inside_a_quotation_whose_marks_are_garbled_stays_quoted"),  # (mixed: the
    # scan of the garbled marks leaves its start outside)
    # the seventh reading (fifty-fifth session, PTC direct speech)
    pytest.param("Ben Shapiro spoke to Fox News and said \"you have to have some evidence.\"\n\nShapiro's comments can be heard "
                 "below.\n\nJeanine Pirro spoke to Hannity on Thursday night and asked, \"Since when does justice depend on your "
                 "party.\n\nI fear for this nation.\n\nYou believe any woman who goes against a Republican.\"\n\nShe continued."
                 "\n\n\"I worry about this country.\n\nIt's about politics.\"\n", "\"I worry", ("Jeanine Pirro", "direct"),
                 id="a_full_name_tagged_as_an_organisation_is_a_person_she_can_mean"),
    pytest.param("The UK Home Office also admitted Shaykh Hamza Sodagar into the country, despite the fact that he has said: "
                 "“If there’s homosexual men, the punishment is one of five things.”\n", "The UK", ("Hamza Sodagar", "direct"),
                 id="he_in_a_clause_after_a_body_subject_is_the_person_named_before"),
    pytest.param("Jihad Al-‘Ayesh said the figure was a “historical lie.”\n\nIn an effort to dispute the existence of gas "
                 "chambers, Sheikh Al-‘Ayesh drew the following analogy: “Imagine that you want to build a bakery.\n\nYou would "
                 "need a larger bakery.\n\nHow many ovens would you need to burn six million human beings?” Sheikh Al-‘Ayesh’s "
                 "posted his address on his personal YouTube channel on May 26.\n", "How many", ("Jihad Al-‘Ayesh", "direct"),
                 id="a_stray_possessive_after_a_name_is_not_part_of_it"),
    pytest.param("Jihad Al-‘Ayesh is a cleric.\n\n\"Kuwaiti Cleric Sheikh Jihad Al-‘Ayesh Denies the Holocaust: How Big a Bakery "
                 "Would You Need to Make 50,000 Loaves of Bread?,” MEMRI, May 26, 2018:\n", "\"Kuwaiti", ("author", "author"),
                 id="a_quoted_title_credited_to_an_outlet_and_a_date_is_a_title"),
    pytest.param("“We will win this war,” Trump said.\n\n“We will win this war,” Trump, May 5, 2019.\n", "“We will win this war,” "
                 "Trump, May", ("Trump", "direct"), id="words_credited_to_a_person_and_a_date_are_no_title"),  # (a guard)
    pytest.param("Oswald visited the embassies, Smith said.\n\nAs I wrote in my October 11 article, “Will Trump Make a Deal "
                 "with the CIA on JFK Records?,” the CIA is between a rock and a hard place.\n", "As I wrote",
                 ("author", "author"), id="the_writer_quoting_their_own_words"),
    pytest.param("Priests need money.\n\nThe next kid who says anything to me about the priesthood, I’m going to ask, “How "
                 "sound is your portfolio?”\n\nThe next candidate for religious life, I’ll ask, “Great!\n\nWhat’s your trade?"
                 "\n\nWhat do you have to fall back on?”\n", "What do you", ("author", "author"),
                 id="the_writers_own_words_go_on_over_lines_without_marks"),
    # (guards: an "I" in a paragraph a colon introduces is the quoted person's; the writer's own quotation does not
    # carry over into a paragraph that quotes someone within it)
    pytest.param("During the audience Bergoglio queried: “What is Cardinal McCarrick like?” and Viganò replied with the "
                 "truth:\n\nI answered him with complete frankness: “Holy Father, there is a dossier this thick about him.”\n",
                 "I answered", ("Viganò", "direct"), id="an_i_in_a_paragraph_a_colon_introduces_is_the_quoted_persons"),
    pytest.param("Trump met lawmakers.\n\nAs I reported in this column last week, President Trump “voiced support for "
                 "confiscating guns.\n\n“‘Take the guns first, go through due process second,’ Trump said.”\n", "“‘Take",
                 ("Trump", "direct"), id="the_writers_own_quotation_does_not_carry_over_into_the_next_paragraph"),
    pytest.param("“I didn’t agree with their ideology,” Khweis said in an interview in 2016.\n\n“Our daily life was basically "
                 "prayer, eating, and learning about the religion.” Khweis graduated in 2007, where friends described him as "
                 "“one of the guys.”\n", "“Our daily", ("Khweis", "direct"),
                 id="a_later_verb_quoting_a_fragment_does_not_frame_a_closed_quotation"),
    pytest.param("An Islamic State propagandist’s parents said of him: “Our son is a devout Muslim.\n\nHe had learnt the Quran "
                 "by heart.” A Muslim politician from Jordan said that the Islamic State’s “doctrine stems from the Quran.”\n",
                 "He had learnt", ("parents", "direct"), id="a_later_named_speaker_quoting_a_fragment_does_not_frame_a_closed_quotation"),
    # (a guard, PTC: a later verb that goes on with the same speaker's words frames the quotation before it)
    pytest.param("Pope Francis spoke.\n\nWeeks after his election, he was quoted by his friend, Rabbi Abraham Skorka, “In my "
                 "diocese it never happened to me.” Francis added that he agreed with the “zero tolerance” attitude.\n",
                 "Weeks after", ("Pope Francis", "direct"), id="a_later_verb_going_on_frames_the_quotation_before_it"),
    # (BASIL, found listing every source name: a share of people was a source "he" could mean)
    pytest.param(CHRISTIE_POLL, "But now", ("55 percent of Republican primary voters", "indirect"),
                 id="a_percentage_keeps_its_number"),
    pytest.param(CHRISTIE_POLL, "He described", ("Chris Christie", "mixed"), id="he_is_never_a_percentage_of_people"),
    # (PTC, found listing every source name: the writer's "us" was a source, and a negation part of a group's name)
    pytest.param("So, our intrepid presenters would have us believe that objectively immoral behavior is no longer simply "
                 "“sinful.”\n", "So, our", ("author", "author"), id="us_is_the_writers_voice"),
    pytest.param("The US has warned its citizens in China to be vigilant for “abnormal sensations of sound.”\n", "The US",
                 ("US", "mixed"), id="the_us_is_a_country_not_the_writers_us"),  # (a guard)
    pytest.param("Do not all those ignorant critics of AL know that the Latin text employs the phrase “obiectivum exemplar”? "
                 "They declare triumphantly: “The Latin term exemplar does not mean an unattainable ideal.”\n", "They declare",
                 ("ignorant critics of AL", "direct"), id="a_negation_is_no_part_of_a_groups_name"),
    # an eighth reading (fifty-fifth session, PTC direct speech again, after the seventh's fixes)
    pytest.param("Feinstein did not attend it, Grassley said.\n\nKavanaugh answered almost 1,300 written questions senators "
                 "submitted after the hearing.\n", "Kavanaugh answered", ("author", "author"),
                 id="answering_questions_reports_no_words"),
    pytest.param("The German federation gave a summary of the efforts made to address these issues.\n\n“Path taken: For 15 "
                 "years they have organized formation courses.”\n", "“Path", ("German federation", "direct"),
                 id="a_quotation_after_the_writer_names_a_text_issued_is_the_issuers"),
    pytest.param("The German federation gave a summary of the efforts made to address these issues.\n\n“Path taken: For 15 "
                 "years they have organized formation courses.\n\nMeetings for prioresses.\n\nPossible Solutions: Two convents "
                 "intend to amalgamate.”\n", "Possible", ("German federation", "direct"),
                 id="the_issued_texts_lines_without_marks_are_the_issuers"),
    pytest.param("Several videos seem to point to helicopters.\n\n“Footage has emerged that may show muzzle flashes,” read a "
                 "report in The Daily Sheeple.\n", "“Footage", ("report", "direct"),
                 id="read_a_report_after_a_quotation_is_the_reports_frame"),
    pytest.param("When Trump promised to add “mental health” regulations to gun purchases, he opened Pandora’s Box, Smith "
                 "said.\n\n“Mental health” regulations for gun ownership is what gun grabbers have been trying to accomplish "
                 "for decades.\n", "“Mental", ("author", "author"), id="a_sentence_opening_with_a_quoted_modifier_is_the_writers"),
    pytest.param("“We will win,” Trump said.\n\n“Fake news” was his answer to every question he got from the reporters.\n",
                 "“Fake", ("Trump", "direct"), id="a_quotation_that_is_the_subject_is_no_modifier"),  # (a guard)
    pytest.param("“I know the pain of these cases,” Barros said.\n\nJames Hamilton, 49 and now a doctor, was one of the "
                 "Barros accusers.\n\nHe told the BBC at a press conference, “What the Pope has done today is offensive.”\n",
                 "He told", ("James Hamilton", "direct"), id="he_quoting_after_the_writers_sentence_about_a_person_is_that_person"),
    # (guards, BASIL: the first versions of the two rules above took these from the speaker)
    pytest.param("NRA CEO Wayne LaPierre in December called for armed officers to be installed in every school.\n\nFormer "
                 "Arkansas Rep. Asa Hutchinson, who led the NRA's review, appeared to ease off slightly -- he said it's "
                 "\"important\" for every school to have at least one.\n", "Former", ("Asa Hutchinson", "mixed"),
                 id="he_after_a_person_the_paragraph_names_is_that_person"),
    pytest.param("Reese is a senior fellow at Georgetown.\n\nThe letter quotes the U.S. Conference of Catholic Bishops, which "
                 "wrote letters to Congress saying “a just framework cannot rely on cuts.” The bishops noted that “the budget "
                 "fails to meet these moral criteria.”\n", "The letter", ("bishops", "mixed"),
                 id="a_later_report_frames_a_fragment_before_it"),
    # s56, PTC train: the person a fronted "When …" clause names is the "he" of the main clause after it, not the last
    # person quoted
    pytest.param("“Assange is on a manhunt target list,” Edward Snowden said.\n\nWhen Harold Pinter accepted the Nobel Prize "
                 "in 2005, he referred to “a vast tapestry of lies”.\n", "When Harold", ("Harold Pinter", "mixed"),
                 id="he_after_a_fronted_clause_naming_a_person_is_that_person"),
    # s56, PTC train: what a body is said not to admit is the writer's claim, no words of the body's
    pytest.param("The FBI’s bafflement is part of its corruption.\n\nThe FBI doesn’t acknowledge that there is a global "
                 "jihad.\n", "The FBI doesn’t", ("author", "author"), id="a_negated_admission_is_the_writers_claim"),
    pytest.param("Test\n\nThe minister never admitted that the figures were wrong, and he still calls them accurate.\n",
                 "The minister", ("author", "author"), id="never_admitted_that_is_the_writers_claim"),
    pytest.param("Test\n\nThe minister admitted that the figures were wrong.\n", "The minister", ("minister", "indirect"),
                 id="an_admission_reports"),  # (a guard)
    pytest.param("“Doesn’t mean we’re going to do them,” Trump said.\n\nNorth Korea called his ‘or else’ bluff.\n",
                 "North Korea", ("author", "author"), id="calling_a_bluff_is_no_speech"),
    pytest.param("President Donald Trump said the wall was needed.\n\nDonald Trump Jr. said that the report was false.\n\n"
                 "Trump Jr. added that it was “a hoax”.\n", "Trump Jr.", ("Donald Trump Jr.", "mixed"),
                 id="a_son_named_with_jr_is_not_his_father"),
    # s56, BASIL: "LePage" is tagged NN and ORG; with no "is_title" (an inner capital) it stayed a bare `LePage`
    pytest.param("Maine Gov. Paul LePage spoke on Tuesday.\n\nLePage initially said his outburst was justified because "
                 "Gattine called him a racist.\n", "LePage initially", ("Paul LePage", "indirect"),
                 id="a_known_surname_with_an_inner_capital_tagged_as_a_noun_keeps_the_persons_name"),
    # s56, PTC train (the tenth reading): a name with a lower-case particle was never registered with its title, so "the
    # cardinal" after "Cardinal João Braz de Aviz" was nobody (in the article, the sister quoted before)
    pytest.param("Pope Francis met Cardinal João Braz de Aviz on Monday.\n\n“We must not be closed to new things. God is "
                 "not static,” the cardinal said.\n", "“We must", ("João Braz de Aviz", "direct"),
                 id="a_title_before_a_name_with_a_particle_is_the_persons"),
    # s56, PTC train (the tenth reading): a list of a person's quotations after the writer's "Some Farrakhan quotes:"
    # went to the photographer quoted before it
    pytest.param("Louis Farrakhan spoke in Iran.\n\n“I gave the picture up at the time,” the photographer, Askia Muhammad, "
                 "said.\n\nSome Farrakhan quotes:\n\n“The Jews don’t like Farrakhan, so they call me Hitler.”\n\n“My god "
                 "will wipe this country from the face of the earth.”\n", "“My god", ("Louis Farrakhan", "direct"),
                 id="quotations_after_the_writers_line_naming_a_persons_quotes_are_that_persons"),
    # s56, BASIL (the eleventh reading): spaCy reads an opening frame's verb as part of the name after it
    pytest.param("David Axelrod said the deal was good.\n\n\"We know that taxes will go up.\"\n\nAdded Gibbs: \"I think you "
                 "would really have to ask somebody who says that.\"\n", "Added", ("Gibbs", "direct"),
                 id="a_frame_opening_the_sentence_before_a_colon_and_a_quotation"),
    pytest.param("Robert Gibbs spoke.\n\nSaid Smith, “We will win.”\n", "Said", ("Smith", "direct"),
                 id="said_opening_a_frame_before_a_comma_and_a_quotation"),
    # s56, PTC train (the twelfth reading)
    pytest.param("Archbishop Carlo Maria Viganò's statement accuses Pope Francis of covering for McCarrick.\n\nThe former "
                 "apostolic nuncio to the United States has accused Francis of repealing sanctions.\n", "The former",
                 ("Carlo Maria Viganò", "indirect"), id="the_nuncio_is_a_role"),
    pytest.param("Archbishop Stanislav Zvolensy told Die Tagespost that the encyclical is still valid.\n\nProfessor Livio "
                 "Melina, the former President of the Pontifical John Paul II Institute, was another speaker at the "
                 "conference.\n\nHe stressed that Amoris Laetitia has to be “read in the context of the encyclical.”\n",
                 "He stressed", ("Livio Melina", "mixed"), id="he_quoting_after_the_writers_sentence_about_a_person_names_a_book_after_he"),
    pytest.param("I am posting the address here.\n\nIn fact, this transcript reads like a message of encouragement at a "
                 "crucial moment in the history of this movement—Stay in the fight!\n", "In fact", ("author", "author"),
                 id="a_document_that_reads_like_something_reports_nothing"),
    pytest.param("The police report was released on Monday.\n\nThe report doesn’t even say the man was known for acting "
                 "strangely.\n", "The report doesn’t", ("author", "author"), id="what_a_report_does_not_say_is_the_writers"),
    pytest.param("Rick Santorum spoke in Iowa.\n\nMr. Santorum did not say public schools were a bad idea, and he said that "
                 "there was a role for government help.\n", "Mr. Santorum", ("Rick Santorum", "indirect"),
                 id="a_report_joined_to_what_someone_did_not_say_still_reports"),  # (a guard)
    pytest.param("So why are our bishops playing dumb?\n\nBut, practically speaking, this kind of \"accompaniment\" is only "
                 "green-lighting vice and mortal sin, and as such constitutes a hideous violation of everything these bishops "
                 "supposedly believe as Catholic priests.\n", "But, practically", ("author", "author"),
                 id="practically_speaking_and_what_someone_believes_report_nothing"),
    pytest.param("Jamie Glazov edits the magazine.\n\nGlazov was suspended from Facebook after posting his article, ‘9 Steps to "
                 "Successfully Counter Jihad.’\n", "Glazov was", ("author", "author"), id="the_title_of_an_article_is_no_speech"),
    pytest.param("Jamie Glazov edits the magazine.\n\nGlazov’s new book, “Jihadist Psychopath: How He Is Charming, Seducing, "
                 "and Devouring Us,” came out in May.\n", "Glazov’s", ("author", "author"), id="titles_of_books_are_no_speech"),
    pytest.param("Ted Cruz spoke.\n\nThe social media posts read, “Meet Melania Trump. Your next First Lady.”\n", "The social",
                 ("social media posts", "direct"), id="what_a_post_reads_is_no_title"),  # (guards: title case, no title)
    pytest.param("Police arrived.\n\nThe killer had allegedly shouted, “Allahu Akbar”.\n", "The killer", ("killer", "direct"),
                 id="a_shout_in_title_case_is_no_title"),
    pytest.param("Jamie Glazov edits the magazine.\n\nGlazov called the book “a disgrace.”\n", "Glazov called",
                 ("Jamie Glazov", "mixed"), id="a_judgement_of_a_book_is_speech"),  # (a guard)
    # s56, PTC train (unresolved speakers read): a sentence a line, so the writer's subject was lost at each line
    pytest.param("Ron Branch said Jesus was taught.\n\nPenkoski and his daughter, Brielle, contested Branch’s claims.\n\nThe "
                 "Lord’s Prayer was not taught, they told Christian Post.\n", "The Lord’s", ("Penkoski", "indirect"),
                 id="they_after_the_writers_sentence_a_line_up_is_its_subject"),
    # s56, PTC train (source names listed): a generic "one" is anyone, the writer's generalisation
    pytest.param("The cardinal spoke.\n\nThis is how one explains that the Pope replaced Cardinal Burke with Wuerl.\n",
                 "This is how", ("author", "author"), id="how_one_explains_is_the_writers"),
    pytest.param("The cardinal spoke.\n\nWhy not, one could say, since the Church is ready to bless nearly everything?\n",
                 "Why not", ("author", "author"), id="one_could_say_is_the_writers"),
    pytest.param("Dozens of comments followed.\n\n“God bless you,” one wrote.\n", "“God", ("one", "direct"),
                 id="one_who_wrote_is_a_voice"),  # (a guard)
    # s57, BASIL indirect and mixed speech (thirteenth reading)
    pytest.param("Former Mexican President Vicente Fox says Mexico will not pay for a wall.\n\nFox said, as a taxpayer, "
                 "he’s not willing to fund Trump’s big idea.\n", "Fox said", ("Vicente Fox", "indirect"),
                 id="a_reported_clause_the_parser_reads_as_adverbial"),
    pytest.param("Social Security is funded with taxes.\n\nThe base serves as a cap on benefits because they are calculated "
                 "according to a worker’s contributions over his or her lifetime.\n", "The base", ("author", "author"),
                 id="calculated_according_to_is_no_source"),
    pytest.param("Former Mexican President Vicente Fox spoke on Thursday.\n\nWhile Fox said that he believes Americans will not "
                 "elect the tycoon, he is concerned about the Nevada caucus, in which, according to entrance polls, Trump won "
                 "44 percent of the Hispanic vote.\n", "While Fox", ("Vicente Fox", "indirect"),
                 id="according_to_in_a_relative_clause_frames_only_that_clause"),
    pytest.param("President Donald Trump signed the declaration.\n\n“The law is clear,” said George Conway, a lawyer.\n\n"
                 "The president opted not to tap hurricane relief money. "
                 "But he expressed no concern that the move would delay projects. “It didn’t sound too important to me,” he "
                 "said.\n", "“It didn’t", ("Donald Trump", "direct"), id="he_of_the_writers_he_of_the_president"),
    pytest.param("President Donald Trump signed the declaration.\n\n“The law is clear,” said George Conway, a lawyer.\n\n"
                 "Polls show most Americans oppose it.\n\nMr. Trump’s "
                 "desire for approval was on display when he named various pundits as supporters, although he insisted that "
                 "“they don’t decide policy.”\n", "Mr. Trump’s", ("Donald Trump", "mixed"),
                 id="he_in_a_clause_of_a_sentence_about_someones_desire"),
    pytest.param("President Donald Trump signed the declaration.\n\n“The law is clear,” said George Conway, a lawyer.\n\n"
                 "Polls show most Americans oppose it.\n\nBut Ms. Coulter, "
                 "who has attacked Mr. Trump for caving on the wall, has clearly gotten under his skin. “I don’t know her,” he "
                 "said.\n", "“I don’t", ("Donald Trump", "direct"), id="he_after_the_writers_sentence_naming_one_man"),
    pytest.param("Mr. Jackson spent the money.\n\nAccording to the documents, Mr. Jackson arranged in March 2011 to have $7,000 "
                 "paid to the taxidermist.\n", "According", ("documents", "indirect"), id="according_to_before_arranged_sources"),
    pytest.param("Uganda declared an outbreak.\n\nMarburg virus disease ranks among the most virulent pathogens known to infect "
                 "humans, according to the World Health Organization.\n", "Marburg", ("World Health Organization", "indirect"),
                 id="ranks_according_to_a_body_sources"),  # (guards)
    pytest.param("The meeting was secret.\n\nWASHINGTON — Donald Trump Jr. had multiple online conversations with WikiLeaks, the "
                 "anti-secrecy group that last year released a hacked trove of Democrats’ emails, according to four congressional "
                 "officials.\n", "WASHINGTON", ("congressional officials", "indirect"),
                 id="according_to_closing_the_sentence_frames_it_all"),
    pytest.param("“Something’s not adding up,” said Rep. Scott Perry.\n\nYet, though they claim that Paddock was a lone gunman, "
                 "they continue to withhold video of him.\n", "Yet, though", ("author", "author"),
                 id="though_they_claim_names_nobody"),
    pytest.param("Senator Kirsten Gillibrand spoke.\n\nMs. Ford’s supporters are exploiting the movement because Ms. Ford has made "
                 "what they call a “credible” charge.\n", "Ms. Ford’s", ("supporters", "mixed"),
                 id="they_of_someones_supporters_are_the_supporters"),
    pytest.param("Shafayat Mohamed is the imam of the Darul Uloom Institute.\n\nMaulana Shafayat Mohamed said the boards were "
                 "wrong.\n", "Maulana", ("Shafayat Mohamed", "indirect"), id="maulana_is_a_title"),
    pytest.param("It passed in a 396-9 vote.\n\nAfter the vote, Rep. Bobby Scott, D-Va., one of the nine lawmakers to vote "
                 "against the resolution, said the nation faces bigger problems.\n", "After the vote", ("Bobby Scott", "indirect"),
                 id="a_subject_the_parser_hangs_on_an_infinitive_in_its_description"),
    pytest.param("Jim Mattis resigned on Thursday.\n\n“I have the utmost respect,” Mr. Mattis wrote.\n\nThe letter did not single "
                 "out any decision. Instead, it condemned Mr. Trump’s approach to the world. He said the core of American "
                 "interests lay in “providing effective leadership to our alliances.”\n", "He said", ("Jim Mattis", "mixed"),
                 id="he_after_a_sentence_about_a_letter_is_its_writer"),  # (a guard)
    pytest.param("“The policy is clear,” said Joseph M. Sellers, the plaintiffs’ lawyer.\n\nThat did not satisfy Justice Antonin "
                 "Scalia. “If somebody tells you how to exercise discretion,” he said, “you don’t have discretion.”\n", "“If somebody",
                 ("Antonin Scalia", "direct"), id="he_after_the_writers_sentence_naming_him_as_object"),
    pytest.param("Hanan Ashrawi spoke in Egypt. “I see him host an iftar every year,” she said.\n\nDina Habib Powell attended such a "
                 "dinner. She has been described as the Republican Huma Abedin. And she was quoted as saying that Abedin “feels a "
                 "deep responsibility.”\n", "And she", ("Dina Habib Powell", "mixed"),
                 id="she_is_nobody_her_own_sentence_names_after_her"),
    # s57, BASIL (source names listed): a description by a title the article gave a named person
    pytest.param("Fox News host Glenn Beck spoke on Saturday.\n\nPointing to his past, the Fox News host urged the GOP to embark "
                 "on a 12-step program of recovery.\n", "Pointing", ("Glenn Beck", "indirect"), id="the_host_is_the_named_host"),
    pytest.param("House Speaker Nancy Pelosi is not upset over the comment.\n\n“I wouldn’t use that language,” the House speaker "
                 "continued.\n", "“I wouldn’t", ("Nancy Pelosi", "direct"), id="the_speaker_is_the_named_speaker"),
    pytest.param("Former Mexican President Vicente Fox says Mexico will not pay for a wall, despite what GOP presidential hopeful "
                 "Donald Trump may claim.\n\nThe GOP front-runner insists he’ll coerce Mexico into paying for a wall.\n",
                 "The GOP", ("Donald Trump", "indirect"), id="the_front_runner_is_the_named_hopeful"),
    pytest.param("The cardinal was tried in Rome.\n\nThe matter was judged by the Pope alone, according to canon 1405 of the Code.\n",
                 "The matter", ("author", "author"), id="according_to_a_canon_is_no_source"),
    # s57, PTC train, sources other than the writer (fourteenth reading)
    pytest.param("President Donald Trump spoke on Monday.\n\nMeanwhile, Trump’s behavior has been as erratic as ever.\n\nFirst he "
                 "said that Brasey had to be heard; then he attacked her.\n\nHe sometimes praises Kavanaugh, but also let it be "
                 "known that he thought the nominee had performed badly.\n\nThe White House demanded a final vote on Tuesday; by "
                 "Wednesday, he was saying that the nomination would die.\n", "The White House", ("Donald Trump", "indirect"),
                 id="he_after_the_writers_he_after_someones_report"),
    pytest.param("Stephen Paddock killed 58 people.\n\nFriday’s charges do not allege that Haig knew of Paddock’s intentions.\n",
                 "Friday’s", ("author", "author"), id="what_charges_do_not_allege_is_the_writers"),
    pytest.param("The embassy issued a health alert.\n\n“If you hear unusual sounds, do not attempt to locate their source,” the "
                 "alert advised.\n", "“If you", ("alert", "direct"), id="an_alert_advises"),
    pytest.param("I had to read something about it.\n\nThe same day, I presented myself at the reference desk and asked, “Do you "
                 "have any books about Catholicism?\n\nSomething official?”\n", "The same day", ("author", "author"),
                 id="the_writer_asking_in_a_second_conjunct_quotes_themself"),
    pytest.param("Kathy Griffin posted a photo.\n\n“I went too far,” Ms. Griffin said.\n\nIn a statement later in the day, the first "
                 "lady, Melania Trump, questioned Ms. Griffin’s sanity. “As a mother, that photo is very disturbing,” she said.\n",
                 "“As a mother", ("Melania Trump", "direct"), id="she_after_the_writers_sentence_is_its_apposed_subject"),
    pytest.param("WASHINGTON — President Trump assailed a comedian on Wednesday.\n\nThe president castigated Kathy Griffin for "
                 "a video showing the severed head of Mr. Trump.\n\nIn a statement later in the day, the first lady, Melania "
                 "Trump, questioned Ms. Griffin’s sanity. “As a mother, that photo is very disturbing,” she said.\n",
                 "“As a mother", ("Melania Trump", "direct"), id="a_woman_named_after_mr_surname_is_someone_else"),
    # s57, PTC train, direct speech (fifteenth reading)
    pytest.param("Even Sundar gave the effort a shout out, which was really special.\n\n“Sundar” presumably refers to Google’s "
                 "chief executive officer Sundar Pichai, who took the reins in October 2015.\n", "“Sundar”", ("author", "author"),
                 id="a_quoted_word_the_writer_explains_is_a_mention"),
    pytest.param("Cardinal Raymond Burke said that a heretical pope loses his office.\n\nBurke was reiterating Church teaching, as "
                 "expressed by famed canonist Franz Wernz in his Ius Canonicum: “In sum, a heretical Roman Pontiff loses his "
                 "power upon the very fact.”\n", "Burke was", ("Franz Wernz", "direct"), id="as_expressed_by_names_the_quotations_author"),
    pytest.param("Here are just a few of those claims.\n\nIn Naba 100 #ISIS featured an infographic on #LasVegas attack & indicated "
                 "the shooter converted 6 months ago pic.twitter.com/5JhMFbU2Se — SITE Intel Group (@siteintelgroup) October 5, "
                 "2017\n", "In Naba", ("SITE Intel Group", "direct"), id="an_embedded_post_with_its_credit_in_one_paragraph"),
    pytest.param("Happening Now: US troops at the bridge.\n\npic.twitter.com/R88Y9X7lPF — Jose F Sanchez (@JoseBorderTeam) "
                 "November 2, 2018\n", "pic.twitter", ("author", "author"), id="a_link_and_a_credit_are_no_post"),  # (a guard)
    # s57, PTC train, indirect and mixed speech (sixteenth reading)
    pytest.param("Garry Wills wrote a book.\n\nWills doesn’t mention the existence of such interpretations, even to dismiss "
                 "them.\n", "Wills doesn’t", ("author", "author"), id="what_someone_does_not_mention_is_the_writers"),
    pytest.param("Archbishop Bernard Hebda spoke.\n\nDoes His Excellency believe that some Catholics need not bother following "
                 "the rules?\n", "Does His", ("author", "author"), id="the_writers_question_whether_someone_believes"),
    pytest.param("Garry Wills wrote a book.\n\nWills mentions the existence of such interpretations.\n", "Wills mentions",
                 ("Garry Wills", "indirect"), id="what_someone_mentions_is_theirs"),  # (a guard)
    pytest.param("In his book, Garry Wills argues that the Qur’an is peaceful.\n\nThe scholar Muhammad Ashiq Ilahi Bulandshahri "
                 "explains the passage this way: “The worst of sins are Infidelity.”\n\nWills doesn’t mention the existence of "
                 "such interpretations.\n\nLikewise, when he claims that the Qur’an has “not a thing” to say about Sharia, he "
                 "appears to be wrong.\n", "Likewise", ("Garry Wills", "mixed"), id="he_after_the_writers_sentence_about_wills"),
    # s57, BASIL direct speech (seventeenth reading)
    pytest.param("“Trump!” Sherrod Brown said.\n\nAs he took the oath, a cluster of people blew whistles and screamed, “Not my "
                 "president,” before being escorted out.\n", "As he took", ("people", "direct"),
                 id="what_a_crowd_screams_is_theirs"),
    pytest.param("“Trump!” Sherrod Brown said.\n\nWhen Mrs. Clinton arrived, some in the crowd chanted, “Lock her up.”\n",
                 "When Mrs.", ("crowd", "direct"), id="what_a_crowd_chants_is_theirs"),
    pytest.param("Douglas Haig sold ammunition in Arizona.\n\n• Paddock later called Haig three times to arrange a sale.\n\n• "
                 "In September, Paddock arrived at Haig’s home, bought the tracer ammunition and drove away.\n\nThe ammunition, "
                 "he said, was:\n", "The ammunition", ("Douglas Haig", "indirect"), id="he_after_a_bulleted_summary_is_no_bullets_subject"),
    # s58, BASIL, one source under two names in one article (sources listed by shared last word)
    pytest.param("Roger Stone was arrested on Friday.\n\nStone’s attorney added that the arrest was a “spectacle.”\n",
                 "Stone’s attorney", ("Roger Stone's attorney", "mixed"), id="a_role_owned_by_a_name_opening_the_sentence"),
    pytest.param("Hillary Clinton used a private server.\n\nIn 2007, Clinton criticized the Bush administration for its "
                 "\"secrecy,\" according to The Hill.  \"We know about the secret wiretaps,\" she said.  \"It’s a stunning record of "
                 "secrecy.\"\n", "\"It’s a", ("Hillary Clinton", "direct"), id="a_quote_after_a_framed_one_not_a_fragments_source"),
    pytest.param("Trump’s offer drew sharp reactions.\n\nAnother leading Dem, Sen. Kirsten Gillibrand of New York, who announced "
                 "her bid on Jan. 15, said Trump's offer was a \"bad deal.\"\n", "Another", ("Kirsten Gillibrand", "mixed"),
                 id="a_description_tagged_a_person_before_the_name_set_off"),
    pytest.param("The pope said he had not seen the letter.\n\nThe AP report, however, says exactly the opposite; that members of "
                 "his own abuse Commission had approached Cardinal O’Malley, the pope’s “top abuse advisor,” with the letter "
                 "to deliver to the pope.\n", "The AP", "AP report",
                 id="an_adjective_after_the_verb_is_no_second_subject"),
    pytest.param("In brief remarks after meeting with President Bronislaw Komorowski of Poland, Mr. Obama on Wednesday "
                 "emphatically disputed that Democrats generally feel betrayed by his deal with Congressional Republicans on the "
                 "tax cuts, saying that “the more who look at it, the more will say this makes sense.”\n", "In brief",
                 ("Obama", "mixed"), id="who_disputes_a_claim_reports_it"),
    pytest.param("Doug Jones faces Roy Moore in the race.\n\nJones’ campaign told multiple news outlets: “Roy Moore needs to "
                 "answer these serious charges.”\n\nBut Moore’s campaign issued a statement saying the report is “baseless” and "
                 "false.\n", "But Moore", ("Roy Moore's campaign", "mixed"), id="a_campaign_keeps_its_candidate"),
    pytest.param("The report said Trump told Cohen to lie.\n\nIn a rare statement issued Friday night, special counsel Robert "
                 "Mueller’s team disputed BuzzFeed’s explosive report.\n", "In a rare", ("Robert Mueller's team", "indirect"),
                 id="a_team_keeps_its_leader"),
    pytest.param("Romney says Obama cut Medicare.\n\nAs such, independent fact-checkers and news analysts alike have disputed the "
                 "Romney campaign's characterization.\n", "As such", ("independent fact-checkers", "indirect"),
                 id="as_such_is_no_part_of_a_description"),
    # s58, PTC train, source names read (a names reading)
    pytest.param("Last Friday, President Trump made the following announcement:\n\nI have decided not to block release of the "
                 "CIA’s remaining JFK-assassination related records, which will continue to remain secret.”\n", "I have",
                 ("Trump", "direct"), id="a_quotation_without_cue_is_no_one_it_names"),
    pytest.param("Bush-Boehner Republicanism appears to be as dead today as was Harding-Coolidge Republicanism after 1933.\n\n"
                 "A brief history:  In seven elections starting in 1992, Republicans won the presidency three times, but the "
                 "popular vote only once, in 2004, when George W. was still basking in his \"Mission Accomplished\" in Iraq.\n",
                 "In seven", ("author", "author"), id="a_plural_group_is_no_person_of_the_registry"),
    # (s76: the quoted slogan sits in the when-clause of George W.'s, no words of the Republicans' it once went to)
    pytest.param("Attorney General Jeff Sessions recused himself, President Donald Trump said.\n\nMeanwhile, Trump continued "
                 "pounding Sessions in other tweets, saying he needed to investigate “deleted Emails, Comey lies & leaks.”\n",
                 "Meanwhile", ("Donald Trump", "mixed"), id="a_surname_read_as_a_plural_is_still_the_person"),  # (a guard)
    pytest.param("Cardinal Danneels admitted that the group conspired against Pope Benedict.\n\nGodfried Cardinal Danneels said "
                 "he regretted nothing.\n", "Cardinal Danneels admitted", "Godfried Danneels",
                 id="a_titled_surname_read_as_a_plural_is_a_person"),  # (a guard)
    # s59, BASIL train quotes missed
    pytest.param("A congressional aide resigned Monday.\n\nOn Friday, the aide, Rosa Delvecchio, 31, who has more than 14,000 "
                 "followers on Twitter and at the time was a spokeswoman for a little-known congressman from Ohio, wrote an open "
                 "letter on her Facebook page, saying they should “try showing a little class.”\n", "On Friday",
                 ("Rosa Delvecchio", "mixed"), id="a_relative_clause_continued_to_the_verb_keeps_its_subject"),
    pytest.param("The girls were bored at the ceremony.\n\n“Nah,” Malia said quickly.\n\nEnter Ms. Rowe — a former Republican "
                 "National Committee new media aide who describes herself on Twitter as loving God, cats, the Daughters of the "
                 "American Revolution “& all things pink, green and pearls!” — whose commentary had a sharper edge.\n\n“Try "
                 "showing a little class,” she wrote above a picture of the girls.\n", "“Try", ("Rowe", "direct"),
                 id="a_sentence_cut_at_a_dash_goes_on_about_whom_it_named"),
    pytest.param("Calling Mr. Trump a “sniveling coward,” Mr. Cruz told his rival to “leave Heidi the hell alone.”\n\nIt’s useful "
                 "to remember the news media outrage in 2012 when Todd Akin, running as the Republican nominee for Senate in "
                 "Missouri, defended what he called “legitimate rape,” a remark that was overwhelmingly offensive to women.\n",
                 "It’s useful", ("Todd Akin", "mixed"), id="he_after_a_subject_of_its_own_sentence_is_that_subject"),
    pytest.param("“We will win,” Smith said.\n\nAsked about Jones, he said the race was close.\n", "Asked", ("Smith", "indirect"),
                 id="he_after_a_name_that_is_no_subject_is_the_speaker_before"),  # (a guard)
    pytest.param("“He gambled,” analyst Vadim Prokopiev said.\n\nLukashenko was “counting on Putin’s plan to take Kyiv within a "
                 "few days,” he explained.\n", "Lukashenko was", ("Vadim Prokopiev", "mixed"),
                 id="he_after_the_subject_of_what_he_reports_is_the_speaker_before"),  # (a guard)
    pytest.param("WASHINGTON ― President Donald Trump is “very close” to selecting an interim candidate to replace former FBI "
                 "Director James Comey, he told White House reporters on Thursday.\n", "WASHINGTON", ("Donald Trump", "mixed"),
                 id="he_in_an_opening_sentence_is_the_subject_of_what_he_reports"),
    # s59, BASIL source names read
    pytest.param("“We will not move,” a White House official said.\n\nBecause of an editing error, an earlier version of this post "
                 "said that Senator Harry Reid was from Arizona.  He is from Nevada.\n", "He is", ("author", "author"),
                 id="a_correction_of_an_earlier_version_is_the_writers"),
    pytest.param("The nuclear option was first used by Democrats for circuit court judicial appointments in 2013 and top "
                 "Republicans – including the majority leader – have indicated for weeks it’s a serious option in order to get Gorsuch on the court.\n", "The nuclear",
                 ("top Republicans", "indirect"), id="a_subject_joined_to_a_noun_of_the_clause_before"),
    pytest.param("The committee wants the documents.\n\nAnd the Washington Post reported earlier this week that Trump asked Director "
                 "of National Intelligence Dan Coats and National Security Agency Director Mike Rogers to push back on the FBI’s "
                 "Russia investigation.\n", "And the", ("Washington Post", "indirect"), id="a_that_clause_read_as_a_relative_one"),
    pytest.param("President Donald Trump fired FBI Director James Comey this month.\n\nTrump implied earlier this month that he had "
                 "“tapes” of discussions with Comey that would be damaging to Comey.  And the Washington Post reported earlier "
                 "this week that Trump asked Dan Coats to push back on the FBI’s Russia investigation.\n", "Trump implied",
                 ("author", "author"), id="a_fragment_in_a_named_persons_sentence_is_no_later_reporters"),
    pytest.param("McConnell said over the weekend that he intends to move to vote on an immigration bill by Feb. 8.  The admission "
                 "left some Senate Democrats encouraged by the prospect of a bipartisan solution.\n", "The admission",
                 ("author", "author"), id="what_the_reported_words_did_is_the_writers"),
    pytest.param("“Former President Vicente Fox, who is railing against my visit to Mexico today, also invited me,” Donald Trump "
                 "said.\n\nThis triggered a fiery response from Fox, also on Twitter, as he called on Trump to apologize and "
                 "\"stop lying.\"\n", "This triggered", ("Vicente Fox", "mixed"), id="he_is_nobody_his_own_clause_names"),
    pytest.param("While back in Virginia, Shivam Patel stayed in touch with the FBI source.\n\nHe texted the source on Sept. 23, "
                 "2016, and expressed support for Maj. Nidal Hasan, who killed 13 soldiers in 2009.\n\nIn the process, however, he "
                 "misidentified Hasan as Nidal Hussein and said the shooting happened at Fort Knox.\n\nHe also said Hasan had died "
                 "a martyr.\n", "He also", ("Shivam Patel", "indirect"), id="he_is_nobody_his_own_clause_names_however_recent"),
    pytest.param("Perhaps out of a belief that an impeachment fight would help him politically — as it did President Bill Clinton "
                 "in the 1990s — Mr. Trump has raised the topic.\n\n“We even talked about that today,” he told reporters in the "
                 "Rose Garden, referring to an exchange with Speaker Nancy Pelosi during a meeting to end the shutdown of the "
                 "government, which Mr. Trump threatened to keep closed for years.\n", "“We even", ("Trump", "direct"),
                 id="he_may_be_named_again_in_an_adjunct"),  # (a guard)
    pytest.param("Ted Cruz spoke in Texas.\n\nAn angry Trump lashed out at Cruz on Twitter, calling the senator a liar, as he has "
                 "alleged before in the campaign, and threatening to “spill the beans” about Cruz's wife Heidi.\n", "An angry",
                 ("Trump", "mixed"), id="he_after_a_subject_tagged_a_common_noun"),
    pytest.param("Elizabeth Lauten, a communications director, wrote that the girls should \"try showing a little class.\"\n\nRead "
                 "the full rant via Gawker:\n\nDear Sasha and Malia, I get you’re both in those awful teen years.  At least respect "
                 "the part you play.  You’re coming up a little short in the ‘good role model’ department.\n\nThe First "
                 "Daughters join President Obama at the ceremony every year.\n", "You’re coming",
                 ("Elizabeth Lauten", "direct"), id="the_text_the_writer_shows_after_a_colon_is_its_writers"),
    pytest.param("Elizabeth Lauten wrote that the girls should \"try showing a little class.\"\n\nRead more:\n\nThe First "
                 "Daughters join President Obama at the ceremony every year.\n", "The First", ("author", "author"),
                 id="read_more_shows_no_text"),  # (a guard)
    pytest.param("Cody Wilson sued the government.\n\nThe Department of Justice said the settlement was legal.\n\nWilson and his "
                 "team of lawyers focused their legal argument on a free speech claim: They pointed out that the State Department "
                 "was violating his rights.\n", "Wilson and", ("Cody Wilson", "indirect"),
                 id="they_after_a_plural_subject_of_its_own_sentence_is_that_subject"),
    pytest.param("He has now been flown back to the US for assessment, according to reports.\n\nThe state department has issued "
                 "a health alert to its staff in China, which states: \"While in China, if you experience any unusual acute "
                 "auditory or sensory phenomena, do not attempt to locate their source.\"\n", "The state", ("health alert", "direct"),
                 id="a_notice_which_states_what_its_colon_introduces"),
    pytest.param("The inspector general released his report on Monday.\n\nAlso on Tuesday Peter Strzok was “escorted” from the FBI "
                 "building.\n", "Also on", ("author", "author"), id="a_quoted_word_for_what_the_subject_underwent_is_not_his"),
    # s60, BASIL: 'appointed William "Mo" Cowan' left "Cowan said" as `Cowan`, which the corpus merged into another
    # article's Jonathan Cowan; and the appointee's "Cowan embraced …" carried on the governor's paraphrase
    pytest.param("WASHINGTON -- Gov. Ann Whitfield (D) on Wednesday appointed William \"Mo\" Cowan to the Senate seat.\n\nCowan "
                 "said Whitfield offered him the job on Tuesday.\n", "Cowan said", ("William Cowan", "indirect"),
                 id="a_surname_after_a_nickname_inside_the_name_is_the_full_name"),
    pytest.param("Governor Ann Whitfield on Monday named Thomas \"Tee\" Dunmore to the vacant seat.\n", "Governor",
                 ("author", "author"), id="a_nickname_before_a_surname_tagged_a_common_noun_is_nobodys_words"),
    pytest.param("Governor Ann Whitfield on Monday named Thomas Cowan to the vacant seat.\n\nWhitfield has said that her pick "
                 "should not seek a full term. Cowan accepted the post on Tuesday, repeating again and again that his stay "
                 "would be brief.\n", "Cowan accepted", ("Thomas Cowan", "indirect"),  # (his own words since s61's "repeat")
                 id="a_person_named_before_whom_spacy_tags_an_organisation_ends_a_paraphrase"),
    pytest.param("Colm O’Gorman, who founded a survivors’ group, wrote on Twitter that the apology was “stronger than ever "
                 "before.”\n\nBut O’Gorman added: “He still does not admit the cover up.”\n", "But O’Gorman",
                 ("Colm O'Gorman", "direct"), id="a_surname_with_a_curly_apostrophe_is_the_person_named_before"),
    # s60, BASIL: spaCy made "Fusion’s Jorge Ramos" one ORG entity, so the person was never registered and "Ramos
    # pointed out …" stayed `Ramos`, apart from the Jorge Ramos other articles name
    pytest.param("“We will not pay for it,” Fox told Fusion’s Jorge Ramos in an interview on Thursday.\n\nRamos pointed out "
                 "that the candidate had won among Hispanics.\n", "Ramos pointed", ("Jorge Ramos", "indirect"),
                 id="a_name_after_an_owner_inside_one_entity_is_the_person"),
    # s60, BASIL (the twenty-second reading): "Former Vice President Cheney has … said …" went to his daughter Mary, the
    # Cheney named first; the title was read when the name was registered, not when the speaker was looked up
    pytest.param("Ann Holt, one of former Governor Paul Holt’s two daughters, wrote to her sister, Beth.\n\nAnn Holt said "
                 "the matter was private.\n\nBeth Holt said she would run for the seat.\n\nFormer Governor Holt has said the "
                 "matter should be left to the states.\n", "Former Governor", ("Paul Holt", "indirect"),
                 id="a_surname_with_a_title_is_the_person_of_that_title_not_the_first_named"),
    # s60, BASIL: with the speaker's title read, "Mr. Graham told …" ruled out Senator Lindsey Graham (the name data gives
    # "Lindsey" to women) although the article had said "Lindsey Graham … said … that he would relent"
    pytest.param("Some members objected, but Senator Lindsey Hale of Ohio said Thursday that he would relent if it meant a "
                 "vote.\n\n“Whatever it takes, I will do,” Mr. Hale told a radio program.\n", "“Whatever",
                 ("Lindsey Hale", "direct"), id="mr_and_a_womans_first_name_the_article_calls_he_are_one_man"),
    # s61, PTC dev: "the president" went to the last person named, the gun activist of "over Wilson's efforts"; the
    # article's "The Donald Trump administration" tells who holds the office
    pytest.param("Cody Wilson's company had briefly made the blueprints available online.\n\nThe Donald Trump "
                 "administration last month gave permission for Wilson to publish them.\n\nAs uproar was building over "
                 "Wilson's efforts, the president tweeted that the guns \"don't seem to make much sense.\"\n", "As uproar",
                 ("Donald Trump", "mixed"), id="the_president_is_the_person_whose_administration_the_article_names"),
    # s61, PTC dev: "repeat" and "reiterate" were no reporting verbs
    pytest.param("Sarah Sanders spoke on Wednesday.\n\nSanders also repeated the administration's claim from a day earlier "
                 "that existing law already prohibits plastic firearms.\n", "Sanders also", ("Sarah Sanders", "indirect"),
                 id="repeating_a_claim_reports_it"),
    pytest.param("Sarah Sanders spoke on Wednesday.\n\nSanders reiterated her support for the bill.\n", "Sanders reiterated",
                 ("Sarah Sanders", "indirect"), id="reiterating_support_reports_it"),
    pytest.param("Sarah Sanders spoke on Wednesday.\n\nSanders repeated the mistake of her predecessor.\n", "Sanders repeated",
                 ("author", "author"), id="repeating_a_mistake_reports_nothing"),
    pytest.param("Cardinal Raymond Burke said the pope could lose his office.\n\nBurke was reiterating Church teaching, as "
                 "expressed by famed canonist Franz Wernz in his Ius Canonicum: \"In sum, a heretical Roman Pontiff loses his "
                 "power.\"\n", "Burke was", ("Franz Wernz", "direct"), id="reiterating_a_teaching_leaves_the_quote_to_its_author"),
    # s61, PTC dev: a judge who "denied bail" reported nothing; a term in quotation marks the writer says what it is
    # went to the last person quoted
    pytest.param("The hearing began.\n\nA federal judge denied bail on Wednesday to all five members of the family.\n",
                 "A federal", ("author", "author"), id="denying_bail_reports_nothing"),
    pytest.param("The hearing began.\n\nThe men were denied entry at the border.\n", "The men", ("author", "author"),
                 id="being_denied_entry_reports_nothing"),
    pytest.param("The hearing began.\n\nThe ministry denied any involvement in the attack.\n", "The ministry",
                 ("ministry", "indirect"), id="denying_involvement_reports_a_denial"),
    pytest.param("\"It was a crime,\" said Tom Baker.\n\n\u201cIslamophobia\u201d is a thought crushing device designed to "
                 "silence any critics of Islam.\n", "\u201cIslamophobia", ("author", "author"),
                 id="a_quoted_term_the_writer_says_what_it_is_is_the_writers"),
    pytest.param("\"It was a crime,\" said Tom Baker.\n\n\u201cFake news\u201d was his answer to every question.\n",
                 "\u201cFake news", ("Tom Baker", "direct"), id="a_quoted_answer_stays_the_speakers"),
    # s61, PTC dev: the statement a campaign released "from Kim Ellison" went to the party chairman quoted before it
    pytest.param("Ken Martin, the party chairman, said Tuesday that the inquiry will be finished soon.\n\nThe Ellison "
                 "campaign released a statement from Kim Ellison on behalf of both her and Keith Ellison.\n\n\u201cOur divorce "
                 "simply isn\u2019t the public\u2019s business.\n\nI am disappointed that the paper would file this motion.\u201d\n",
                 "\u201cOur divorce", ("Kim Ellison", "direct"), id="a_statement_released_from_a_person_is_that_persons"),
    # s61, PTC dev: "concluded the investigation" ended it
    pytest.param("The inquiry was long.\n\nSpecial counsel Robert Mueller concluded the Russia investigation and turned over "
                 "his report on Friday.\n", "Special counsel", ("author", "author"), id="concluding_an_investigation_reports_nothing"),
    pytest.param("The inquiry was long.\n\nA panel member concluded that the report was a victory for the president.\n",
                 "A panel", ("panel member", "indirect"), id="concluding_that_reports"),
    # s61, PTC dev: the parser hangs the name on the role's owner; the source was the whole phrase
    pytest.param("Stacey Abrams spoke on Monday.\n\nAllegra Lawrence-Hardy, Abrams\u2019 campaign chair, said that her legal "
                 "team is \u201cconsidering all options.\u201d\n", "Allegra", ("Allegra Lawrence-Hardy", "mixed"),
                 id="a_name_set_off_before_a_role_owned_by_another_is_the_speaker"),
    # s61, PTC dev: a quotation over three lines, its dash credit cut off as a sentence of its own, went to "Propaganda"
    pytest.param("The fact of the matter is:\n\u201cThe conscious manipulation of the habits of the masses is an important "
                 "element in democratic society.\nThose who manipulate this unseen mechanism constitute an invisible "
                 "government.\nWe are governed largely by men we have never heard of.\u201d \u2013 Edward Bernays (\u201cthe "
                 "father of public relations\u201d), Propaganda, 1928 (note that Bernays\u2019 book, Propaganda, begins with the "
                 "above quote).\nThis is what is unravelling.\n", "\u201cThe conscious", ("Edward Bernays", "direct"),
                 id="a_dash_credit_split_off_its_quotation_credits_all_its_lines"),
    pytest.param("The fact of the matter is:\n\u201cThe conscious manipulation of the habits of the masses is an important "
                 "element in democratic society.\nWe are governed largely by men we have never heard of.\u201d \u2013 Edward "
                 "Bernays (\u201cthe father of public relations\u201d), Propaganda, 1928.\n", "We are governed",
                 ("Edward Bernays", "direct"), id="a_dash_credit_split_off_its_quotation_credits_the_closing_line"),
    # s61, PTC dev: a title in sentence case credited to an outlet introduced an excerpt, and went to a person
    pytest.param("Tom Baker said the compound was a camp.\n\n\u201cThe Latest: Compound incident called anti-Muslim "
                 "propaganda,\u201d Associated Press, August 10, 2018 (thanks to the Geller Report):\n", "\u201cThe Latest",
                 ("author", "author"), id="a_sentence_case_title_credited_to_an_outlet_before_a_colon_is_the_writers"),
    # s61, PTC dev: things that threaten someone, and a person reported to the police, reported no speech
    pytest.param("The officer was fired.\n\nThese actions threaten all journalists and news organizations.\n", "These",
                 ("author", "author"), id="actions_that_threaten_people_report_nothing"),
    pytest.param("The officer was fired.\n\nOne even had reported him to the police.\n", "One even", ("author", "author"),
                 id="reporting_a_person_to_the_police_reports_no_words"),
    pytest.param("The officer was fired.\n\nHis campaign threatened legal action.\n", "His campaign", ("campaign", "indirect"),
                 id="a_campaign_threatening_action_speaks"),
    # s61, PTC dev: a surname with a Slavic man's ending ruled "she" out for Monica Lewinsky, and her quotation went to
    # nobody
    pytest.param("Bill Clinton spoke to Monica Lewinsky.\n\nLewinsky said she was questioning the narrative, which played a "
                 "central role in Clinton\u2019s eventual impeachment.\n\n\u201cI\u2019m beginning to consider the "
                 "implications,\u201d she wrote.\n", "\u201cI\u2019m", ("Monica Lewinsky", "direct"),
                 id="a_womans_first_name_outranks_a_surnames_mans_ending"),
    # s61, PTC dev: two quoted words after a comma in the writer's sentence went to the police account quoted before
    pytest.param("\u201cTwo officers were killed today,\u201d the police department said.\n\nNo cop, anywhere, \u201csigned "
                 "up\u201d to be murdered.\n", "No cop", ("author", "author"), id="a_few_quoted_words_after_a_comma_are_a_fragment"),
    # s61, PTC dev: "according to the judge" went to the Twitter account quoted before
    pytest.param("After a number of messages, the account claimed the firefighter was leaving the service.\n\nRobinson was "
                 "denied due process, according to the judge.\n", "Robinson was", ("judge", "indirect"),
                 id="a_role_is_no_thing_that_spoke_before"),
    pytest.param("\u201cHow about the mayor starts it off?\u201d Mr. Trump said.\n\nMr. Bloomberg also appeared twice on Mr. "
                 "Trump\u2019s reality TV show, \u201cThe Apprentice,\u201d in 2004 and 2008.\n", "Mr. Bloomberg", ("author", "author"),
                 id="a_title_in_quotation_marks_after_a_comma_is_the_writers"),
    # (a guard: a description after a fronted clause that names the person is that person)
    pytest.param("The video spread.\n\nThree days after a video surfaced showing Rep. Bob Etheridge in a confrontation with a "
                 "young man, the lawmaker said he is \"profoundly\" sorry for the tussle.\n", "Three days",
                 ("Bob Etheridge", "mixed"), id="a_description_after_a_clause_naming_the_person_is_that_person"),
    # s61, PTC train: "the civil lawyer" went to the bare `lawyer` who spoke before, not the "civil attorney" it names
    pytest.param("The deal was approved in 2010, the lawyer said.\n\nEmails show that a civil attorney working with the witness "
                 "described the pressure.\n\n\u201cThe government was taking a very harsh position,\u201d the civil lawyer wrote "
                 "in one email.\n", "\u201cThe government", ("civil attorney", "direct"), id="a_modified_role_is_the_source_so_described"),
    # s61, PTC train: "the president of the local mosque" went to a body the article had taken for a person
    pytest.param("Tom Baker said the classes would go on.\n\nEven the president of the local mosque in Princeton says it should "
                 "stay.\n", "Even the", ("president", "indirect"), id="a_role_of_a_body_the_phrase_names_is_someone_new"),
    # s61, PTC dev: "the company said" right after Facebook spoke was a source `company`
    pytest.param("Facebook told the LA Times that these pages had violated the company\u2019s spam policies.\n\n\u201cToday, "
                 "we\u2019re removing 559 Pages,\u201d the company said in a blog post.\n", "\u201cToday", ("Facebook", "direct"),
                 id="the_company_is_the_company_that_spoke_before"),
    pytest.param("Tom Baker said the pages were gone.\n\n\u201cToday, we\u2019re removing 559 Pages,\u201d the company said.\n",
                 "\u201cToday", ("company", "direct"), id="the_company_is_no_person_that_spoke_before"),
    pytest.param("Facebook told the LA Times that the pages broke its rules.\n\n\u201cPeople will only share if they feel "
                 "safe,\u201d the company said.\n\nMy friend John Vibes is an amazing person who contributes to the project.\n\n"
                 "He said:\n\nThis signifies a re-consolidation of the media.\n", "This signifies", ("John Vibes", "direct"),
                 id="a_company_named_that_spoke_is_nobodys_he"),
    pytest.param("\u201cPeople will only share if they feel safe,\u201d the company said.\n\nMy friend John Vibes is an amazing "
                 "person who contributes to the project.\n\nHe said:\n\nThis signifies a re-consolidation of the media.\n",
                 "This signifies", ("John Vibes", "direct"), id="a_company_that_spoke_is_nobodys_he"),
    # s62, PTC dev (the twenty-fourth reading): a quotation left open over a line without marks, then opened again on
    # the next (the convention of a quotation over paragraphs), was the writer's on the line between
    pytest.param("Anne Marie Waters also spoke at the rally.\n\u201cOur leaders all prioritize Islam,\u201d she said.\n\u201cWhy "
                 "is it so easy for our state to jail Tommy Robinson?\nWhy is it so much easier to jail Tommy Robinson?\n\u201cWhy "
                 "is it so easy to jail a man for leaving bacon at a mosque?\"\nshe continued.\n", "Why is it so much",
                 ("Anne Marie Waters", "direct"), id="a_line_between_an_open_quotation_and_the_next_opening_is_quoted"),
    pytest.param("Anne Marie Waters also spoke at the rally.\n\u201cOur leaders all prioritize Islam,\u201d she said.\n\u201cWhy "
                 "is it so easy for our state to jail Tommy Robinson?\nWhy is it so much easier to jail Tommy Robinson?\n\u201cWhy "
                 "is it so easy to jail a man for leaving bacon at a mosque?\"\nshe continued.\n", "\u201cWhy is it so easy to jail",
                 ("Anne Marie Waters", "direct"), id="the_opening_after_a_line_left_open_is_the_same_speakers"),
    # (guards: in paragraphs of several sentences a quotation left open is a slip, as is a line of a stray mark)
    pytest.param("\u201cThe problem here is that the records are not available,\u201d Mr. Boutrous said. \u201cThat is not a "
                 "process known to our jurisprudence. It doesn\u2019t comport with due process.\n\nSeveral justices voiced "
                 "concerns about the case. They asked many questions.\n\n\u201cIs it true,\u201d Chief Justice Roberts asked, "
                 "\u201cthat the pay disparity was small?\u201d\n", "Several justices", ("author", "author"),
                 id="a_paragraph_after_one_left_open_stays_the_writers"),
    # s62, PTC dev: "Trump lawyers Rudy Giuliani and Jay Sekulow said" went to Giuliani alone
    pytest.param("In a separate statement, Trump lawyers Rudy Giuliani and Jay Sekulow said: \u201cWe\u2019re pleased that the "
                 "report was delivered.\u201d\n", "In a separate", ("Rudy Giuliani and Jay Sekulow", "direct"),
                 id="names_set_off_after_a_plural_description_speak_jointly"),
    # s62, PTC dev (the twenty-third reading's): the parser hangs "and House Speaker Nancy Pelosi" on "Leader", and the
    # joint statement went to Pelosi alone
    pytest.param("Sen. Mark Warner said the findings must be provided to Congress.\n\nSenate Minority Leader Chuck Schumer "
                 "(D-NY) and House Speaker Nancy Pelosi (D-CA) echoed Warner\u2019s remarks, stating: \u201cIt is imperative "
                 "for Mr. Barr to make the full report public.\u201d\n", "Senate Minority", ("Chuck Schumer and Nancy Pelosi",
                 "direct"), id="titled_people_joined_by_and_speak_jointly"),
    pytest.param("Senate Minority Leader Chuck Schumer and House Speaker Nancy Pelosi said the report must be public.\n\nThey "
                 "added that it was urgent.\n", "They added", ("Chuck Schumer and Nancy Pelosi", "indirect"),
                 id="titled_people_joined_by_and_are_they_after"),
    pytest.param("John Smith\u2019s lawyer Tom Brown and Jane Doe said the deal was fair.\n", "John", ("Tom Brown", "indirect"),
                 id="a_possessive_among_titled_names_is_no_joint_source"),  # (guard: as before)
    # s62, PTC dev (the twenty-third reading's): "read" tagged a noun was no reporting verb, and the quotation went to
    # the senator quoted before; "the group’s statement" is the statement the group the writer named issued
    pytest.param("The American people have a right to know its findings, Kirsten Gillibrand said.\n\nThe liberal activist "
                 "group MoveOn.org issued a statement as the news broke.\n\n\u201cShould Barr announce his intention to cover "
                 "up the report, we would take to the streets,\u201d the group\u2019s statement read.\n\n\u201cWe will protest,"
                 "\u201d the statement said.\n", "\u201cShould", ("MoveOn.org", "direct"), id="a_statement_read_tagged_a_noun_reports"),
    pytest.param("The American people have a right to know its findings, Kirsten Gillibrand said.\n\nThe liberal activist "
                 "group MoveOn.org issued a statement as the news broke.\n\n\u201cShould Barr announce his intention to cover "
                 "up the report, we would take to the streets,\u201d the group\u2019s statement read.\n\n\u201cWe will protest,"
                 "\u201d the statement said.\n", "\u201cWe will", ("MoveOn.org", "direct"), id="the_groups_statement_stays_the_groups"),
    pytest.param("Jeff Sessions released a statement on Monday.\n\n\u201cWe will fight on,\u201d the group\u2019s statement "
                 "read.\n", "\u201cWe", ("group", "direct"), id="a_groups_statement_is_no_persons_statement"),
    # s62, PTC train: "the judge noted" went to a rancher the White House statement named (or to the president)
    pytest.param("President Trump pardoned Oregon cattle ranchers Dwight and Steven Hammond on Tuesday.\n\nAt the Hammonds\u2019 "
                 "original sentencing, the judge noted that they are respected in the community.\n", "At the",
                 ("judge", "indirect"), id="the_judge_is_nobody_the_article_did_not_title_judge"),
    pytest.param("U.S. District Judge Robert Lasnik heard the case.\n\nLawyers for the states argued for hours.\n\nThe judge "
                 "said the law was clear.\n", "The judge", ("Robert Lasnik", "indirect"), id="the_judge_is_the_judge_named"),
    pytest.param("Robert Lasnik, a federal judge in Seattle, heard the case on Monday.\n\nThe judge said the law was clear.\n",
                 "The judge", ("Robert Lasnik", "indirect"), id="the_judge_is_the_person_described_as_a_judge"),  # (guards)
    # s62, PTC dev: the parser makes "and that he watched …" a conjunct of "his mother believed", and the quoted word in
    # it went to the mother
    pytest.param("The boy told agents that Ibn Wahhaj trained him in firearms.\n\nThe 13-year-old also told the FBI that his "
                 "mother believed she received messages from God, and that he watched her perform supposed \u201cexorcism\u201d "
                 "rituals.\n", "The 13-year-old", ("boy", "mixed"), id="a_second_that_clause_is_the_first_verbs"),
    pytest.param("Smith said that his boss believed the plan was \u201ca disaster.\u201d\n", "Smith", ("boss", "mixed"),
                 id="a_fragment_in_a_nested_clause_is_its_own_verbs"),  # (guard)
    # s62, PTC dev (the twenty-third reading's): the parser makes the last name of a list the subject of "were arrested",
    # and the sheriff's next quotation went to that woman
    pytest.param("\u201cThe only food we saw were a few potatoes,\u201d said Sheriff Jerry Hogrefe.\n\nThe three females "
                 "believed to be the mothers of the eleven children, Jany Leveille age 35, Hujrah Wahhaj age 38, and Subhannah "
                 "Wahhaj age 35 were arrested.\n\n\u201cWe all gave the kids our water \u2013 it was the saddest living "
                 "conditions I have seen.\u201d\n", "\u201cWe all", ("Jerry Hogrefe", "direct"),
                 id="a_name_ending_a_list_subject_is_not_what_the_sentence_is_about"),
    pytest.param("\u201cWe will win,\u201d said Sheriff Jerry Hogrefe.\n\nSenator Jane Smith visited the site on Monday.\n\n"
                 "\u201cIt was the saddest place I have seen.\u201d\n", "\u201cIt was", ("Jane Smith", "direct"),
                 id="a_named_subject_is_what_the_sentence_is_about"),  # (guard)
    # s62, PTC dev (the twenty-third reading's): a title beside a scare-quoted word went to the outlet the sentence names
    pytest.param("Radicals Are Not Extremists\n\nAn article, \u201cWhat the Red Pill Means for Radicals,\u201d published on June 7 "
                 "in the ironically named publication Fair Observer might have passed unnoticed as yet another biased attack on "
                 "all who ever get labeled \u201cextremists.\u201d\n", "An article", ("author", "author"),
                 id="a_title_beside_a_scare_quoted_word_is_the_writers"),
    # s62, PTC dev (the twenty-fifth reading): spaCy reads "WHO" as a pronoun and "specialist" as a verb, and the
    # quotation went to the WHO's director-general quoted before
    pytest.param("Dr. Tedros Adhanom, director-general for WHO, has said that the next outbreak will be a \u201cterrible\u201d "
                 "one.\n\n\u201cHumanity is more vulnerable in the face of epidemics,\u201d said WHO specialist in infectious "
                 "diseases Dr. Sylvie Brand.\n", "\u201cHumanity", ("Sylvie Brand", "direct"),
                 id="a_name_ending_a_closing_frame_the_parser_broke_speaks"),
    # s62, PTC dev (the twenty-fifth reading): "President Trump’s lawyers" made Trump a party to the statement
    pytest.param("Barr said he will consult with Mueller.\n\nThe White House and President Trump\u2019s lawyers said the next "
                 "decisions are up to Barr.\n", "The White", ("White House", "indirect"), id="a_possessor_is_no_party_that_speaks"),
    pytest.param("Jane Smith and Tom Brown said the plan was good.\n", "Jane", ("Jane Smith and Tom Brown", "indirect"),
                 id="two_people_joined_by_and_speak_jointly"),  # (guard)
    # s62, PTC dev (the twenty-fifth reading): "the department" after the writer's sentence naming the Dallas Police
    # Department as an object was a source `department`
    pytest.param("WFAA asked the Dallas Police Department for the laws she cited, but they did not provide them.\n\nThe "
                 "department did respond about the general order, however, saying, \u201cGeneral order 508 refers to the Police "
                 "Chief\u2019s ability.\u201d\n", "The department", ("Dallas Police Department", "direct"),
                 id="the_department_is_the_department_named_before_in_any_role"),
    # (guards, PTC train and BASIL: first versions of the two rules above took these)
    pytest.param("Kristian Saucier, a former Navy sailor who was later pardoned by President Donald Trump, says that he is going "
                 "to pursue a lawsuit against James Comey and Barack Obama.\n", "Kristian", ("Kristian Saucier", "indirect"),
                 id="a_name_ending_a_sentence_is_no_frame_after_a_comma"),
    pytest.param("The United States Fish and Wildlife Service had signaled its intention to end the ban.\n\nOn Thursday, the "
                 "service announced that it would begin issuing permits.\n", "On Thursday",
                 ("United States Fish and Wildlife Service", "indirect"), id="the_service_is_the_whole_bodys_name"),
    # s62, PTC dev (the twenty-fifth reading): "according to" with no comma, in a description set off beside a name,
    # sourced the writer's whole sentence
    pytest.param("The Russians need to notice the hostile reaction of the Western Presstitute Media, a collection of people on "
                 "the CIA payroll according to the German newspaper editor, Udo Ulfkotte, and the CIA itself.\n", "The Russians",
                 ("author", "author"), id="according_to_inside_a_description_sources_only_the_description"),
    pytest.param("WikiLeaks is the anti-secrecy group that last year released a hacked trove of emails, according to four "
                 "officials.\n", "WikiLeaks", ("officials", "indirect"), id="according_to_closing_the_sentence_frames_it"),  # (guard)
    # s62, PTC dev (the twenty-fifth reading): the writer's "We have also the ridiculous idea that … is “alt-right.”" went
    # to whoever the next sentence's "he" was taken for
    pytest.param("\u201cRed pill memes are everywhere,\u201d Bharath Ganesh said.\n\nWe have also the ridiculous idea that Tommy "
                 "Robinson is \u201calt-right.\u201d He, in fact, describes himself as a centrist \u2013 he\u2019s said he agrees "
                 "with Labour on some things.\n", "We have", ("author", "author"), id="the_writers_we_beside_a_fragment_speaks"),
    # s62, PTC dev (seen in the twenty-fourth reading): spaCy makes "Morelli's" the subject of "released", and the
    # families' statement went to the officer who died
    pytest.param("Officer Anthony Morelli died on Saturday.\n\nMorelli's and Joering's families released a statement saying how "
                 "\"thankful\" they are.\n\n\"We feel loved,\" the statement read.\n", "\"We feel", ("families", "direct"),
                 id="two_owners_families_are_no_owners_words"),
    pytest.param("The group had a plan, prosecutors said.\n\"Federal prosecutors say that the group had \u2018a common plan to "
                 "prepare for violent attacks.\n'\"\nYeah, if they were white Christians, no one would care about that.\n"
                 "\"We will see,\" the sheriff said.\n", "Yeah", ("author", "author"), id="a_line_after_a_stray_mark_stays_the_writers"),
    # s63, BASIL (the twenty-sixth reading): spaCy tags the name after a closing quotation mark WORK_OF_ART ("an
    # ill-prepared” Trump"), so it was no mention, and "The president" went to the other president named before him
    pytest.param("President Donald Trump will meet Russian President Vladimir Putin on Monday.\n\nSen. Mark Warner said he is "
                 "concerned that Putin will take \u201cfull advantage of an ill-prepared\u201d Trump.  The president has said he "
                 "plans to meet with the Russian leader alone.\n", "The president", ("Donald Trump", "indirect"),
                 id="a_registered_name_spacy_tags_work_of_art_is_a_mention"),
    pytest.param("President Donald Trump will meet Russian President Vladimir Putin on Monday.\n\nSen. Mark Warner said Putin "
                 "was \u201cready.\u201d  He said a Trump Tower meeting mattered.  The president has said he plans to go.\n",
                 "The president",
                 ("Vladimir Putin", "indirect"), id="a_building_named_after_no_registered_person_is_no_mention"),  # (guard)
    # s63, BASIL (the twenty-sixth reading): a writer's fact about another person, in the future tense, went on with the
    # governor's paraphrase before it ("would" still may: the speaker's words, backshifted)
    pytest.param("Gov. Deval Patrick picked William Cowan for the seat.  Patrick said recently that it was a priority for him to pick a woman or a person of color for the seat.  Cowan "
                 "will become the second black senator from Massachusetts, after Edward Brooke, who served from 1967 to 1979.\n",
                 "Cowan will", ("author", "author"), id="another_person_in_the_future_tense_is_the_writers"),
    pytest.param("Li said China was ready to help.  Lukashenko would visit Beijing in the spring.\n", "Lukashenko would",
                 ("Li", "indirect"), id="another_person_backshifted_may_go_on_with_the_paraphrase"),  # (guard)
    pytest.param("Mr. Christie announced his candidacy.  He is forgoing the customary tour of early-voting states, aides said.  "
                 "Instead, Mr. Christie will plant himself in New Hampshire for a week.\n", "Instead", ("aides", "indirect"),
                 id="staff_go_on_with_their_principal_s_plans"),  # (guard)
    # s63, PTC train (the twenty-seventh reading): a play's title, set off by a description naming the play, went to the
    # sentence's subject as a quoted fragment
    pytest.param("AJHS is a component of the Center.  In December, the AJHS will feature \u201cRubble Rubble\u201d, a play by "
                 "Dan Fishback based on his trip to Israel.\n\nLater, AJHS said it welcomes all views.\n", "In December", ("author", "author"),
                 id="a_title_beside_the_work_it_names_is_nobody_s_words"),
    pytest.param("Jonathan Kuttab spoke.  Later, Kuttab called the plan \u201cA Betrayal\u201d, a view his critics share.\n", "Later", ("Jonathan Kuttab", "mixed"), id="a_quoted_phrase_beside_no_work_is_a_fragment"),  # (guard)
    # s63, PTC train (the twenty-seventh reading): "who" after a comma, which the parser made the subject of a clause of
    # the main verb, took the main verb's subject as the speaker
    pytest.param("Raymond Arroyo hosted the show.  Juan Carlos Cruz was there.\n\nArroyo spoke with Cruz as well, who said he "
                 "was \u201cincredibly frustrated\u201d when Barros was going to be appointed.\n", "Arroyo spoke",
                 ("Juan Carlos Cruz", "mixed"), id="who_after_a_comma_is_the_person_before_it"),
    # s63, PTC train (the twenty-seventh reading): "informs" and "defines … as follows:" were no reporting verbs, and the
    # Bible's and an encyclopedia's words went to the person named before
    pytest.param("Lot met the angels in the city square.\n\nThe Bible then informs us, \"Before they had gone to bed, all the men "
                 "of the city surrounded the house.\"\n", "The Bible", ("Bible", "direct"), id="informs_us_reports"),
    pytest.param("St. Thomas Aquinas wrote about it.\n\nThe Catholic Encyclopedia defines a papal rescript as follows: "
                 "\"Rescripts are responses of the pope to queries of individuals.\"\n", "The Catholic",
                 ("Catholic Encyclopedia", "direct"), id="defines_as_follows_reports"),
    pytest.param("A senior official pushed back on the report.\n\nIt was not immediately clear how the official defined "
                 "\u201ctargeting.\u201d\n", "It was", ("author", "author"),
                 id="how_someone_defined_a_word_quotes_nobody"),  # (guard)
    pytest.param("Campbell informed the FBI of the close relationship between the two firms.\n", "Campbell",
                 ("author", "author"), id="informed_of_a_thing_reports_no_words"),  # (guard)
    # s63, PTC train (the twenty-seventh reading): "Paul VI" was a "Paul" with a first name "VI", and "Thus did Paul
    # describe …" went to John Paul II, named before him; a pope's number is a suffix, and "Paul" names the pope whose
    # whole name it is
    pytest.param("The Vatican under John Paul II did nothing.\n\nTo quote Paul VI, then in the depths of his conciliar delirium "
                 "at the Council\u2019s close:\n\nThe council was optimistic.\n\nThus did Paul describe the \u201copening to the "
                 "world.\u201d\n", "Thus did", ("Paul VI", "mixed"), id="a_pope_s_name_alone_is_the_pope_it_names_whole"),
    pytest.param("Paul VI closed the council.\n\nJohn Paul II said the council was a grace.\n", "John Paul",
                 ("John Paul II", "indirect"), id="a_name_with_a_first_name_is_no_pope_named_by_one_name"),
    # s63, PTC train (seen in the twenty-seventh reading's dump): "informed" inside the content clause of "allegations" took
    # an event's name in the writer's main clause as its speaker's words
    pytest.param("Bergoglio himself has already precluded any attempt to impeach Vigan\u00f2\u2019s testimony.\n\nDuring the return "
                 "flight from Dublin after the \u201cWorld Meeting of Families,\u201d he was asked to comment on Vigan\u00f2\u2019s "
                 "allegations that he had informed Bergoglio of McCarrick\u2019s crimes in 2013.\n", "During",
                 ("author", "author"), id="a_report_inside_a_noun_s_clause_holds_no_quotation_outside_it"),
    pytest.param("Vigan\u00f2 wrote a letter.\n\nThe allegation that Vigan\u00f2 had told Bergoglio \u201che corrupted a generation\u201d "
                 "surprised nobody.\n", "The allegation", ("Vigan\u00f2", "mixed"),
                 id="a_report_inside_a_noun_s_clause_holds_its_own_quotation"),  # (guard)
    # s63, PTC train (the twenty-seventh reading): "The President said …" after the writer's "the discourse of the
    # President of Columbia" was a source `President`
    pytest.param("I read the discourse of the President of Columbia with the Nuncios of Columbia.\n\nThe President said he is "
                 "very, very anxious.\n", "The President", ("President of Columbia", "indirect"),
                 id="the_office_named_with_what_it_serves_names_its_holder"),
    pytest.param("Russian President Vladimir Putin met the President of Belarus, Aleksandr Lukashenko.\n\nThe President said "
                 "the talks went well.\n", "The President", ("Vladimir Putin", "indirect"),  # (as before: a titled person)
                 id="an_office_with_its_holder_named_is_the_holder"),  # (guard)
    # s63, PTC train (the twenty-seventh reading): "The man then goes on to explain …" after Rocky Palermo's quotation was
    # a source `man`
    pytest.param("Rocky Palermo survived the attack.\n\n\u201cThere was more than one shooter,\u201d Palermo detailed.\n\nThe man "
                 "then goes on to explain that after being shot he ran \u201cabout 200 yards\u201d to hide.\n", "The man",
                 ("Rocky Palermo", "mixed"), id="the_man_who_goes_on_is_the_one_who_spoke"),
    pytest.param("Officer Jane Smith arrived.  A man was shouting.  \u201cGet out,\u201d the man said.\n", "\u201cGet out",
                 ("man", "direct"), id="the_man_who_says_is_a_man"),  # (guard)
    # s63, PTC train (the twenty-ninth reading): "the PM said" after "Hungary's Prime Minister Viktor Orban" was a source
    # `PM`
    pytest.param("Hungary's Prime Minister Viktor Orban has been a lone voice.\n\nAsylum seekers must cross four countries to "
                 "reach Hungary, the PM said.\n", "Asylum", ("Viktor Orban", "indirect"), id="the_pm_is_the_prime_minister"),
    # s63, PTC train (the twenty-ninth reading): "The letter … said" after "a confidential letter from Pope Francis" was the
    # letter someone else wrote before
    pytest.param("Juan Carlos Cruz wrote a letter to the Pope.  \u201cI was abused,\u201d the letter said.\n\nThe Associated Press "
                 "obtained a confidential letter from Pope Francis dated 2015.\n\nThe letter, addressed to the bishops, said, "
                 "\u201cThank you for the concern that you have.\u201d\n", "The letter,", ("Pope Francis", "direct"),
                 id="the_letter_is_the_latest_letter_named"),
    # s63, PTC train (seen after the twenty-ninth reading, sources named by a pronoun listed): "anyone" was a speaker
    pytest.param("Pope Paul VI\u2019s 1965 encyclical on the Eucharist, \u201cMysterium Fidei,\u201d was the first place I saw "
                 "anyone say that the body and blood of Christ are present.\n", "Pope Paul", ("author", "author"),
                 id="anyone_is_no_speaker"),
    pytest.param("Two aides were asked about the visits.  Neither responded to deny the visits taking place.\n", "Neither",
                 ("author", "author"), id="neither_is_no_speaker"),
    pytest.param("It was as though someone had plausibly told me that, yes, there were \u201cfairies\u201d in real life.\n",
                 "It was", ("author", "author"), id="as_though_someone_told_is_no_report"),
    # s63, PTC dev (seen on the twenty-seventh reading's way): a quotation over lines closed by a line ending in a nested
    # quotation's mark and its own (".'\"") was read as opened there, and its last line was the writer's
    pytest.param("\"I don't have the power to stop her nomination,\" Paul said of Haspel.\n\"There's enough votes she'll "
                 "eventually win.\nFew things in life\n[are] worth standing up saying 'enough is enough.'\"\n", "[are]",
                 ("Paul", "direct"), id="a_nested_quotation_s_mark_before_the_closing_one"),
    # s63, PTC dev (seen on the twenty-seventh reading's way): "a woman by the name of Karen Monahan accused …" was a
    # source `woman`
    pytest.param("On August 11, 2018, a woman by the name of Karen Monahan accused Ellison of being abusive towards her.\n",
                 "On August", ("Karen Monahan", "indirect"), id="a_woman_by_the_name_of_is_that_name"),
    # s64, BASIL (the thirtieth reading, sentences left to the writer): "He deemed Trump's economic plan "a con"" was the
    # writer's, "deem" no reporting verb
    pytest.param("Michael Bloomberg spoke in Philadelphia on Wednesday.  He deemed Trump's economic plan \"a con\" and "
                 "\"a disaster in the making.\"\n", "He deemed", ("Michael Bloomberg", "mixed"), id="deeming_something_quoted_reports"),
    pytest.param("The plan was deemed necessary by the committee.\n", "The plan", ("author", "author"),
                 id="deeming_without_quoted_words_reports_nothing"),  # (guard)
    # s64, BASIL (the thirtieth reading): "Mr. Fox expressed disbelief that Mr. Pe\u00f1a Nieto would invite Mr. Trump" was
    # the writer's
    pytest.param("On Wednesday, Mr. Fox expressed disbelief that Mr. Pe\u00f1a Nieto would invite Mr. Trump for the private "
                 "meeting.\n", "On Wednesday", ("Fox", "indirect"), id="expressing_a_feeling_that_reports"),
    pytest.param("Senator Ann Lee voiced concern that the bill would fail.\n", "Senator", ("Ann Lee", "indirect"),
                 id="voicing_a_concern_that_reports"),
    pytest.param("Mr. Fox expressed the views that his party held.\n", "Mr. Fox", ("author", "author"),
                 id="expressing_views_a_relative_clause_names_reports_nothing"),  # (guard)
    pytest.param("The president opted not to tap relief money.  But he expressed no concern that diverting military money "
                 "would delay projects.\n", "But he", ("author", "author"), id="expressing_no_concern_reports_nothing"),
    pytest.param("About 800,000 federal employees \u2015 about half furloughed, half deemed \u201cessential\u201d and required to work "
                 "anyway \u2015 face real problems.\n", "About", ("author", "author"), id="deemed_as_a_status_reports_nothing"),
    pytest.param("Seattle police sought an order which allows law enforcement to remove guns from people deemed \u201ca danger\u201d "
                 "to themselves.\n", "Seattle", ("author", "author"), id="people_deemed_something_quoted_report_nothing"),
    pytest.param("The volume of complaints convinced Seattle police to seek an extreme risk protection order \u2013 or \u2018erpo\u2019 "
                 "\u2013 which allows law enforcement to legally remove guns from people deemed a danger to themselves or others.\n",
                 "The volume", ("author", "author"),
                 id="people_deemed_read_as_a_conjunct_report_nothing"),
    # s64, BASIL (seen in the thirtieth reading): "The former Alaska governor said …" after Sarah Palin spoke earlier in
    # the paragraph went to Hilary Shelton, who spoke in the paragraph before
    pytest.param("\"The final version calls on the tea party to repudiate the racist element,\" said Hilary Shelton, director "
                 "of the NAACP's Washington bureau.\n\"I hope it will empower the tea party,\" he said.\n\nSarah Palin, a vocal "
                 "tea party supporter, said in a statement that she was \"saddened by the NAACP's claim.\"  The former Alaska "
                 "governor said claims that tea party activists \"judge people by the color of their skin\" were false.\n",
                 "The former Alaska", ("Sarah Palin", "mixed"), id="a_description_is_the_speaker_named_earlier_in_its_paragraph"),
    # s64, BASIL (seen in the thirtieth reading): "which the former governor … called “sexist.”" went to Terry O'Neill,
    # quoted before as the president of a body, not to Sarah Palin, named in the sentence
    pytest.param("\u201cIt\u2019s sexist,\u201d said Terry O\u2019Neill, the president of the National Organization for Women.\n\n"
                 "This is not the first time Newsweek has caused a stir.  In 2009, the editors selected a photo of Sarah Palin "
                 "in running shorts, which the former governor \u2014 and many others \u2014 called \u201csexist.\u201d\n",
                 "In 2009", ("Sarah Palin", "mixed"), id="a_person_titled_another_office_is_no_governor"),
    # s64, BASIL (seen on the thirtieth reading's way): "the conservative senator … said" after "U.S. Sen. Marco Rubio …
    # invoked President John F. Kennedy" went to Kennedy; a modifier that names no country kept the senator from Rubio
    pytest.param("NEW YORK -- U.S. Sen. Marco Rubio (R-Fla.) set forth a foreign policy vision Wednesday that invoked President "
                 "John F. Kennedy.\n\nIn comments delivered on Wednesday, the conservative senator vying for the GOP nomination "
                 "said the world would be safer.\n", "In comments", ("Marco Rubio", "indirect"),
                 id="a_modifier_naming_no_country_keeps_a_titled_person"),
    pytest.param("Ukrainian President Volodymyr Zelensky met U.S. Sen. Marco Rubio.\n\nThe American senator said the talks "
                 "went well.\n", "The American", ("Marco Rubio", "indirect"), id="a_country_modifier_picks_its_person"),  # (guard)
    # s64 (the twenty-eighth reading's and the twenty-third's leftover, tried again): a report in a clause joined to the
    # writer's main one ("…, while Salma adds that …", "…, but the White House said …") left the sentence the writer's
    pytest.param("The convoy reached the city on Monday, while Salma Ahmed adds that the UN hopes to send more trucks soon.  The "
                 "trucks carried flour.\n", "The convoy", ("Salma Ahmed", "indirect"), id="a_report_in_a_while_clause"),
    pytest.param("The administration gave permission for the sale, but the White House said Wednesday the president was unaware "
                 "of it.  The sale went ahead.\n", "The administration", ("White House", "indirect"),
                 id="a_report_in_a_coordinated_clause"),
    pytest.param("The administration gave permission for the sale, but the White House said Wednesday the president was unaware "
                 "of it.  The sale went ahead.\n", "The sale", ("author", "author"),
                 id="a_coordinated_report_is_carried_on_by_no_sentence"),
    pytest.param("The convoy reached the city while Salma Ahmed spoke to the crowd.\n", "The convoy", ("author", "author"),
                 id="a_while_clause_that_reports_nothing"),  # (guard)
    pytest.param("Throwing down the gauntlet, all 42 members of the GOP caucus are sending the letter to Senate Majority Leader "
                 "Harry Reid warning him that they will bring matters to a standstill.\n", "Throwing", ("author", "author"),
                 id="a_participle_the_parser_gave_a_subject_is_no_coordinated_report"),
    pytest.param("Republican National Committee Chairman Michael Steele will speak with RNC members Monday.  But Steele has been "
                 "unpredictable, and some close to the GOP chairman say he wants to run for another term.\n\nFox News confirmed "
                 "Steele sent an e-mail to committee members Saturday night with the subject line, \"conference call.\"  In the "
                 "note, he asked members to join him \"for a private conference call\" Monday evening.\n", "In the note",
                 ("Michael Steele", "mixed"), id="a_coordinated_report_is_no_speaker_a_later_he_goes_on_with"),
    # s64, BASIL (seen with the coordinated reports): "the F.B.I. director said …" went to Ann Coulter, quoted before;
    # spaCy tags "F.B.I." a place, so the role was not read as a body's
    pytest.param("\u201cThe only national emergency is that our president is an idiot,\u201d Ann Coulter said on KABC radio.\n\n"
                 "The F.B.I. director said he was angry.\n", "The F.B.I.", ("F.B.I. director", "indirect"),
                 id="an_acronym_before_a_role_names_its_body"),
    pytest.param("\u201cWe will win,\u201d Senator John Kerry said.  The U.S. senator said more.\n", "The U.S.",
                 ("John Kerry", "indirect"), id="a_country_s_initials_before_a_role_name_no_body"),  # (guard)
    # s64, PTC dev (the thirty-first reading): Clinton's answer after "Melvin followed up by asking Clinton if …" went to
    # Melvin, the writer's subject
    pytest.param("Former President Bill Clinton said his public apology was enough.\n\u201cI apologized to everybody in the world,"
                 "\u201d Clinton said.\nMelvin followed up by asking Clinton if he had ever apologized privately.\n\u201cI have never "
                 "talked to her.\nThe apology was public,\u201d he said.\n", "The apology", ("Bill Clinton", "direct"),
                 id="the_answer_after_a_question_is_the_person_asked"),
    pytest.param("Craig Melvin interviewed Bill Clinton.\nMelvin asked Clinton about his book.  He then turned to the audience.  "
                 "\u201cAny questions?\u201d he said.\n", "\u201cAny", ("Craig Melvin", "direct"),
                 id="a_question_without_a_clause_asks_nothing_answered"),  # (guard)
    # s64, PTC dev (the thirty-first reading): the second sentence of a quotation's opening line kept the speaker the
    # line's first sentence had before the closing frame named Bernie Sanders
    pytest.param("\u201cAttorney General Barr\u2014release the report.\nNow,\u201d Sen. Elizabeth Warren of Massachusetts tweeted.\n"
                 "\u201cAs Donald Trump said, \u2018Let it come out.\u2019 I call on the administration to make the report public.\n"
                 "No one is above the law,\u201d Sen. Bernie Sanders of Vermont wrote on Twitter.\n", "I call",
                 ("Bernie Sanders", "direct"), id="a_quotation_s_opening_line_is_all_its_closing_frame_s"),
    pytest.param("Imam Shafayat Mohamed gave a speech in August 2015.\nHe began his speech by attacking President Barack Obama.\n"
                 "He asked the following, \u201cDid you hear what President Obama said?\u2026 Do you know what a sad situation we are "
                 "in?...\nAre we sleeping?\nAre we gonna sit and have the Quran be ridiculed?\u201d He then cited the Bible.\n",
                 "Do you know", ("Shafayat Mohamed", "direct"), id="an_opening_line_with_its_own_cue_keeps_it"),  # (guard)
    # s64, PTC dev (the thirty-first reading): 'his "Liberator" plastic gun' was a quoted fragment of Cody Wilson's
    pytest.param("Cody Wilson won the case.  But Wilson has gotten around the prohibition by providing instructions for 3D "
                 "printing his \"Liberator\" plastic gun that call for a block of steel.\n", "But Wilson",
                 ("author", "author"), id="a_quoted_name_before_a_noun_is_nobody_s_words"),
    # s64, PTC train (the thirty-second reading): "Trump said it would be "wonderful" if Ford testifies …" went to Ford,
    # the innermost reporting verb holding the quoted words a condition's
    pytest.param("Ford is already doing an excellent job.\n\nAt the White House on Wednesday, President Trump said it would be "
                 "\"wonderful\" if Ford testifies and \"unfortunate\" if she does not.\n", "At the White", ("Trump", "mixed"),
                 id="a_report_in_a_condition_is_speech_that_may_happen"),
    pytest.param("Christine Ford said, \u201cI was terrified.\u201d\nWould they remember any details at all?\nIf another attendee says, "
                 "\u201cHe was totally sober and with me the whole time,\u201d that helps Kavanaugh.\n", "If another",
                 ("author", "author"), id="words_imagined_in_a_condition_are_the_writer_s"),
    # s64, PTC train (seen with the thirty-second reading's changes): "Notice the late pope does not say, “…”" went to the
    # pope, the quoted words those the writer says he did not say
    pytest.param("Pope John Paul II wrote a letter in 1986.\n\nNotice the late pope does not say, \u201cLet them have a home among "
                 "your faithful,\u201d as Father James Martin is implying.\n", "Notice", ("author", "author"),
                 id="words_said_not_to_have_been_said_are_the_writer_s"),
    pytest.param("\u201cI did not say that,\u201d Pope John Paul II said.\n", "\u201cI did not", ("John Paul II", "direct"),
                 id="a_denial_inside_the_quotation_is_the_speaker_s"),  # (guard)
    pytest.param("The Bishop said to the new priest, \u201cNow you can say Mass for your uncle.\u201d The new priest said, \u201cNo, "
                 "never.\u201d\n", "The new priest", ("new priest", "direct"), id="a_quoted_never_is_no_negated_frame"),  # (guard)
    # s64, PTC train (the thirty-second reading): "the pope … saying, “…”" was a source `pope`, not the pope named before
    pytest.param("Pope Francis visited Chile in January.\n\nBergoglio wanted Barros as a bishop and that was that.\n\nEven while "
                 "\u201capologising\u201d the pope had doubled down when questioned about it by journalists, saying, \u201cYou tell me "
                 "that there are victims, but I haven\u2019t seen any.\u201d\n", "Even while", ("Pope Francis", "mixed"), id="the_pope_is_the_pope_named_before"),
    pytest.param("Cardinal Sean O\u2019Malley spoke first.\n\nThe pope said he was sorry.\n", "The pope", ("pope", "indirect"),
                 id="the_pope_with_no_pope_named_is_no_other_person"),  # (guard)
    # s65, PTC dev (a reading of the labels): spaCy hangs "who declares …" on "crimes", so the quoted words went to the
    # sentence's subject (Trump); a "who" right after a comma and a name is that person's
    pytest.param("The hoax was run by John Brennan and James Comey.\n\nAnd Trump cannot indict Hillary for her numerous "
                 "unquestionable crimes in plain view of everyone, or Comey or Brennan, who declares Trump \u201cto be wholly "
                 "in the pocket of Putin,\u201d for trying to overthrow the elected president.\n", "And Trump",
                 ("John Brennan", "mixed"), id="a_who_after_a_comma_and_a_name_is_that_person_whatever_the_parse"),
    pytest.param("The senator met Maria Lopez.\n\nHe praised the union leader, who said the deal was \u201ca disgrace.\u201d\n",
                 "He praised", ("Maria Lopez", "mixed"), id="a_who_after_a_role_noun_stays_the_role_s"),  # (guard)
    # s65, PTC dev: a report inside a relative clause on a thing ("the point of contact that the media said didn't
    # occur") describes the writer's noun; the sentence is the writer's, not the media's
    pytest.param("Of course, Paul Joseph Watson simply enhanced the video from C-SPAN in order to show the point of contact "
                 "that the lying media and \"fact checkers\" said didn't occur.\n", "Of course", ("author", "author"),
                 id="a_report_in_a_relative_clause_on_a_thing_is_the_writer_s_description"),
    pytest.param("The weapons that Russia says it never supplied were found in the Donbas.\n", "The weapons",
                 ("author", "author"), id="a_report_in_a_relative_clause_with_its_own_subject_is_the_writer_s_too"),
    pytest.param("Russia says that the point of contact that the video shows did not occur.\n", "Russia says",
                 ("Russia", "indirect"), id="a_main_clause_report_about_a_relative_clause_s_noun_still_reports"),  # (guard)
    # s65, PTC train (the thirty-second reading's leftover): "issued an unequivocal denial:" introduced nothing, and "the
    # statement said" after it was a source `statement`; a denial issued is its issuer's statement
    pytest.param("WikiLeaks denied the report.\n\nPaul Manafort issued an unequivocal denial:\n\n\u201cI have never met Julian "
                 "Assange or anyone connected to him,\u201d the statement said.\n", "\u201cI have never", ("Paul Manafort", "direct"),
                 id="the_statement_after_an_issued_denial_is_the_issuer_s"),
    pytest.param("WikiLeaks denied the report.\n\nPaul Manafort issued an unequivocal statement:\n\n\u201cI have never met "
                 "Julian Assange,\u201d the statement said.\n", "\u201cI have never", ("Paul Manafort", "direct"),
                 id="the_statement_after_an_issued_statement_with_a_modifier_is_the_issuer_s"),
    pytest.param("Paul Manafort issued an unequivocal denial:\n\n\u201cI have never met Julian Assange.\u201d\n",
                 "\u201cI have never", ("Paul Manafort", "direct"), id="an_issued_denial_introduces_the_block_after_its_colon"),
    pytest.param("Governor Jay Inslee signed a red flag law in May.\n\nThe law deceptively says that it has to be the testimony "
                 "of a \u201cfamily member.\u201d\n", "The law", ("law", "mixed"), id="a_law_signed_is_not_the_signer_s_words"),  # (guard)
    # s66, PTC train (the thirty-third reading): "“…,” it read." was no frame, and the quotation went to the person
    # quoted before; "it" after a quotation and its comma reads out the document the writer's sentence before named
    pytest.param("The senator said the vote was rigged.\n\nThe IG presentation from September 2016 shows that the minister "
                 "knew of problems.\n\n\u201cThe Chief of Staff requested one of the employees to not provide IT services,"
                 "\u201d it read.\n", "\u201cThe Chief", ("IG presentation", "direct"), id="it_read_after_a_quotation_is_the_document_s"),
    pytest.param("The senator said the vote was rigged.\n\nThe report was released on Monday.\n\n\u201cThe Chief of Staff "
                 "requested one of the employees to not provide IT services,\u201d it read.\n", "\u201cThe Chief",
                 ("report", "direct"), id="it_read_after_a_quotation_is_the_report_s"),
    pytest.param("The senator said the vote was rigged.\n\nThe report was released on Monday.\n\n\u201cI read it twice,\u201d "
                 "the senator said, and then it read like a novel.\n", "\u201cI read", ("senator", "direct"),
                 id="it_read_like_is_no_frame"),  # (guard)
    # s66, PTC train (the thirty-third reading): a participle reporting on a text whose author "from" names was nobody's
    # ("There's also a quote from an Obama spokeswoman claiming that, “…" went to the Obama the quotation names)
    pytest.param("The New York Times has now run its own explainer piece.\n\nThere's also a quote from an Obama spokeswoman "
                 "claiming that, \u201cPresident Obama has denounced racism his entire life.\n\nThat includes his public "
                 "repudiations of Louis Farrakhan\u2019s views over the years.\u201d\n", "That includes",
                 ("Obama spokeswoman", "direct"), id="a_quote_from_someone_claiming_is_theirs"),
    pytest.param("There was a statement from the defence ministry saying that the troops would stay.\n", "There was",
                 ("defence ministry", "indirect"), id="a_statement_from_a_body_saying_is_the_body_s"),
    pytest.param("The paper ran a letter from a retired colonel arguing that the war was lost.\n", "The paper",
                 ("retired colonel", "indirect"), id="a_letter_from_someone_arguing_is_theirs"),
    pytest.param("There was a report on the war saying that the troops would stay.\n", "There was", ("author", "author"),
                 id="a_text_whose_author_is_not_named_names_no_speaker"),  # (guard)
    pytest.param("Rombot\u2019s lawyers said he was arrested despite a 2015 letter from ICE saying he would have a chance to "
                 "prepare for an \u201corderly\u201d departure.\n", "Rombot", ("Rombot's lawyers", "mixed"),
                 id="a_text_inside_what_another_reports_is_still_theirs"),  # (guard: a first version gave it to ICE)
    # s66, PTC train (the thirty-third reading): "claimed to be" with no subject or agent, set beside a clause (spaCy
    # tags it a past tense), was taken for the clause's subject's claim
    pytest.param("Apparently the total statistical collapse of the religious life following Vatican II[3] had nothing to do "
                 "with the massive systemic changes to the forms of that life \u2013 always claimed to be \u201cmandated\u201d "
                 "by \u201cthe Council\u201d.\n", "Apparently", ("author", "author"), id="claimed_to_be_beside_a_clause_is_nobody_s_claim"),
    pytest.param("The ministry published figures, claimed to be \u201cfinal\u201d, on Monday.\n", "The ministry",
                 ("author", "author"), id="figures_claimed_to_be_final_are_not_the_publisher_s_claim"),
    pytest.param("The ministry claimed the figures to be \u201cfinal\u201d on Monday.\n", "The ministry",
                 ("ministry", "mixed"), id="a_claim_with_its_subject_is_the_subject_s"),  # (guard)
    # s66, PTC train (the thirty-third reading): "explain away" (dismiss) reported the subject's words
    pytest.param("Thus, it took more than a year-and-a-half for the Factory to roll out the old reliable \u201cmistranslation"
                 "\u201d defense to explain away the infamous paragraph 303 of Amoris Laetitia, which reads as follows:\n",
                 "Thus", ("author", "author"), id="explain_away_reports_nothing"),
    pytest.param("The ministry tried to explain away the \u201caccident\u201d.\n", "The ministry", ("author", "author"),
                 id="explain_away_a_quoted_word_reports_nothing"),
    pytest.param("The Factory explained that the paragraph was \u201cmistranslated\u201d.\n", "The Factory",
                 ("Factory", "mixed"), id="explain_that_still_reports"),  # (guard)
    # s66, PTC train (the thirty-third reading and the lines its "crowed:" pointed at): "crow", "gloat" and "brag"
    # were no reporting verbs
    pytest.param("The media latched onto the word.\n\nMany of the headlines crowed: \u201cVatican confirms nuns\u2019 "
                 "autonomy,\u201d or similar.\n", "Many", ("headlines", "direct"), id="headlines_crowed_a_quotation"),
    pytest.param("Eliana Murillo wrote an email to colleagues.\n\nShe brags that the company used its power to ensure that "
                 "millions of people saw certain hashtags.\n", "She brags", ("Eliana Murillo", "indirect"),
                 id="she_brags_that_reports"),
    pytest.param("\u201cWe won the vote,\u201d the senator gloated.\n", "\u201cWe won", ("senator", "direct"),
                 id="a_gloat_beside_a_quotation_reports"),
    pytest.param("Ten Democrats gathered outside the Senate chamber after the vote to crow about their bipartisan "
                 "agreement.\n", "Ten", ("author", "author"), id="to_crow_about_with_no_quotation_reports_nothing"),  # (guard)
    # s66, PTC train (the thirty-third reading): "what they think" as the object of a verb that reports nothing was read
    # as "they" reporting, and the writer's sentence went to the group quoted before
    pytest.param("The senator said the vote was rigged.\n\nBut that word does not mean what they think it means.\n",
                 "But that", ("author", "author"), id="what_they_think_as_an_object_is_the_writer_s"),
    pytest.param("The senator said the vote was rigged.\n\nVoters got what they said they wanted.\n", "Voters",
                 ("author", "author"), id="what_they_said_as_an_object_is_the_writer_s"),
    pytest.param("Voters met on Monday.\n\nThey think the vote was rigged.\n", "They think", ("voters", "indirect"),
                 id="they_think_a_clause_still_reports"),  # (guard)
    pytest.param("The senator said the vote was rigged.\n\nThe senator knows what they think.\n", "The senator knows",
                 ("author", "author"), id="knows_what_they_think_stays_the_writer_s"),  # (guard)
    pytest.param("Mr. Shulman offered what he said was one of the many plausible explanations why he would have visited "
                 "the White House.\n", "Mr. Shulman", ("Shulman", "indirect"), id="what_he_said_was_reports_his_account"),
                 # (guard: a first version gave it to the writer)
    # s67, the thirty-fourth reading (PTC train): a quotation over lines without marks, closed at the start of a line
    # whose next sentence reports a clause of its own, went to that sentence's subject, not to the quotation's speaker
    pytest.param("Test\n\nHis lawyer, Anna Kowalczyk, told reporters on Monday that the appeal would be filed in Warsaw.\n"
                 "\u201cThey punished me for a post about the border,\u201d Marek Zielinski told reporters, \u201cbut they let the "
                 "others go.\nNobody else was charged.\nWe want the court to see that.\u201d Kowalczyk said that a notice of the "
                 "appeal was sent to the ministry in May.\n", "We want the court", ("Marek Zielinski", "direct"),
                 id="a_sentence_reporting_its_own_clause_does_not_frame_a_quotation_closed_before_it"),
    pytest.param("Test\n\nHis lawyer, Anna Kowalczyk, told reporters on Monday that the appeal would be filed in Warsaw.\n"
                 "\u201cThey punished me for a post about the border,\u201d Marek Zielinski told reporters, \u201cbut they let the "
                 "others go.\nNobody else was charged.\nWe want the court to see that.\u201d Kowalczyk said that a notice of the "
                 "appeal was sent to the ministry in May.\n", "Kowalczyk said", ("Anna Kowalczyk", "indirect"),
                 id="the_sentence_after_the_closed_quotation_keeps_its_own_speaker"),  # (guard)
    # (guard) a quotation a paragraph opens and closes, then its speaker's paraphrase, is the speaker's still
    pytest.param("Test\n\nMarek Zielinski was fined in May.\n\n\u201cWe will appeal.\u201d Zielinski said that the fine was "
                 "unlawful.\n", "\u201cWe will appeal", ("Marek Zielinski", "direct"),
                 id="a_quotation_then_its_speaker_s_paraphrase_is_his"),
    # s67, the thirty-fourth reading (PTC train): the reporting verb of a question the writer asks ("Now how does Farage
    # propose to do that?", "Did the accuser tell a friend …?") made its subject the sentence's source
    pytest.param("Test\n\nLukashenko promised new pensions on Monday.\n\nNow how does Lukashenko propose to pay for that?\n",
                 "Now how does", ("author", "author"), id="how_does_x_propose_is_the_writer_s_question"),
    pytest.param("Test\n\nThe soldiers were moved in March.\n\nDid the ministry tell the families about the transfer at the "
                 "time?\n", "Did the ministry", ("author", "author"), id="did_x_tell_is_the_writer_s_question"),
    pytest.param("Test\n\nWhy did the police lie and say the convoy left on Monday?\n", "Why did the police",
                 ("author", "author"), id="why_did_x_lie_and_say_is_the_writer_s_question"),
    pytest.param("Test\n\nThe decree was signed in May.\n\nWas he sure, Mr. Novak asked, that the decree was never "
                 "discussed?\n", "Was he sure", ("Novak", "indirect"), id="a_frame_set_into_a_question_reports"),  # (guard)
    pytest.param("Test\n\nAnalysts often ask: how long can it last?\n", "Analysts often", ("analysts", "indirect"),
                 id="a_frame_before_a_question_reports"),  # (guard)
    # s67, the thirty-fourth reading (PTC train): with no reporting verb in the paragraph, quoted names and titles in
    # title case went to the last person named ("“Balfour” and “Rubble Rubble” are to be part of AJHS’ “1917: …”")
    pytest.param("Test\n\nThe museum will stage a play by Olga Brandt.\n\n\u201cBorder Song\u201d and \u201cWinter Road\u201d "
                 "are to be part of the museum\u2019s \u201c1991: How One Year Changed Minsk\u201d.\n", "\u201cBorder Song",
                 ("author", "author"), id="quoted_titles_with_no_reporting_verb_are_the_writer_s"),
    pytest.param("Test\nAndrei Sannikov spoke in Vilnius on Monday.\nSunday's editorial in The Minsk Herald, \"The Next Border "
                 "Wars,\" raises the crucial questions now before us.\n", "Sunday's editorial", ("author", "author"),
                 id="a_quoted_headline_beside_its_editorial_is_the_writer_s"),  # (passes before too, short as it is)
    # (guard) one capitalised word opening the sentence is a word said, not a title
    pytest.param("Test\n\n\u201cWe will win,\u201d Lukashenko said.\n\n\u201cNever\u201d, and then he left.\n",
                 "\u201cNever", ("Lukashenko", "direct"), id="one_quoted_word_opening_the_sentence_is_no_title"),
    # (guard) words after a colon are introduced, not named (whose they are, the one before "to", since the seventy-fourth
    # session; before it, the last person named)
    pytest.param("Test\n\nMatt spoke to Burke on Monday.\n\nCardinal Burke to Michael Matt: \"Minsk Is Not Our Capital\" (Now what?)\n",
                 "Cardinal Burke", "Burke", id="quoted_words_after_a_colon_are_no_title"),
    # s67 (PTC train, found reading the changes of the rule above): a reporting verb in a series of predicates that spaCy
    # hangs as an unlabelled dependent with no subject was no cue, and the quotation went to a name later in the sentence
    pytest.param("Test\nThough he took the title of his book, \"Conscience of a Patriot,\" from Zianon Pazniak, Petrov is no "
                 "Pazniak.\nPazniak took on the party establishment in the primaries, voted against the treaty of 1994, "
                 "defiantly declared, \"Extremism in the defense of liberty is no vice,\" and then went down to defeat after "
                 "the assassination of Gonchar made Lukashenko invincible.\n", "Pazniak took on", "Zianon Pazniak",
                 id="a_reporting_verb_in_a_series_of_predicates_shares_the_subject"),
    pytest.param("Test\nThe study was published on Monday.\nAccording to the researchers, the cooldown phase could echo those "
                 "experienced in Europe in the 17th century, called the \u201cMaunder Minimum,\u201d during which the rivers froze.\n",
                 "According to the researchers", "researchers", id="a_naming_participle_hung_on_the_main_verb_is_no_series"),  # (guard)
    # s67, a Reuters-style story from Warsaw written for the check: the relative clause of a body a common noun names
    # was the writer's, a plural owner of people was dropped from the body's name, and the lede's office ("the interior
    # minister said") was a voice apart from the minister named two paragraphs later
    pytest.param("Test\n\nThe decision was criticised by truckers' associations, which said thousands of drivers could be "
                 "stranded on both sides.\n", "The decision", ("truckers' associations", "indirect"),
                 id="which_said_after_a_body_a_common_noun_names_is_the_body_s"),
    pytest.param("Test\n\nThe new rules, which said that drivers must wait, were dropped.\n", "The new rules",
                 ("author", "author"), id="which_said_after_a_document_is_no_body_s"),  # (guard)
    pytest.param("Test\n\nThe plan was opposed by a human rights group, which said it would harm migrants.\n", "The plan",
                 ("human rights group", "indirect"), id="which_said_after_a_group_is_the_group_s"),
    # (BASIL, found in the dump of the rule above: "the Log Cabin Republicans, a gay men and lesbian group, which said it
    # was “…”", a plural name spaCy tags a person; this name it tags a group, so the case passes before too)
    pytest.param("Test\n\nThe ad was denounced by the Belarusian Greens, a small environmental group, which said it was "
                 "\u201cwrong to blame the forest for the fires.\u201d\n", "The ad", ("Belarusian Greens", "mixed"),
                 id="which_said_after_a_plural_name_is_the_group_s"),
    pytest.param("Test\n\nFarmers' groups said thousands of farms could fail.\n", "Farmers'", "farmers' groups",
                 id="a_plural_owner_of_people_stays_in_the_name"),
    pytest.param("Test\n\nPoland will close its last crossing on Friday, the interior minister said on Thursday.\n\n\"We "
                 "cannot rule it out,\" Interior Minister Tomasz Siemoniak told reporters in Warsaw.\n", "Poland will",
                 ("Tomasz Siemoniak", "indirect"), id="the_lede_s_office_is_the_holder_named_later"),
    pytest.param("Test\n\nPoland will close its last crossing on Friday, the interior minister said on Thursday.\n\nTomasz "
                 "Siemoniak, the interior minister, told reporters the decision was final.\n", "Poland will",
                 ("Tomasz Siemoniak", "indirect"), id="the_lede_s_office_is_the_holder_described_later"),
    pytest.param("Test\n\nPoland will close its last crossing on Friday, the interior minister said on Thursday.\n\nThe move "
                 "angered Belarusian Interior Minister Ivan Kubrakov, who said it was a provocation.\n", "Poland will",
                 ("interior minister", "indirect"), id="another_country_s_holder_of_the_office_is_someone_else"),  # (guard)
    # s67, a feature from Vilnius written for the check: the writer's sentence about a person the parser misread (a
    # dateline's place made a second subject; the place ending the clause before the name made the subject, the name its
    # apposition; a spelling of the surname tagged a common noun) gave the next "she" nobody, or the last person quoted
    pytest.param("Test\n\nVILNIUS \u2014 Five years after she fled Minsk, Sviatlana Tsikhanouskaya still keeps a packed suitcase by "
                 "the door. \"Every morning I think: maybe today,\" she said in an interview.\n", "\"Every morning",
                 ("Sviatlana Tsikhanouskaya", "direct"), id="she_after_a_dateline_and_a_clause_before_the_name"),
    pytest.param("Test\n\nFive years after she fled Minsk, Sviatlana Tsikhanouskaya still keeps a packed suitcase by the door. "
                 "\"Every morning I think: maybe today,\" she said.\n", "\"Every morning", ("Sviatlana Tsikhanouskaya", "direct"),
                 id="she_after_a_name_the_parser_hung_on_a_place"),
    pytest.param("Test\n\nSviatlana Tsikhanouskaya spoke in Vilnius on Monday.\n\n'We are running on fumes,' one of her "
                 "advisers said.\n\nTikhanovskaya herself rejects that picture. Asked whether the movement was losing "
                 "momentum, she said: \"Momentum is not the right word.\"\n", "Asked whether",
                 ("Sviatlana Tsikhanouskaya", "direct"), id="she_after_a_second_spelling_tagged_a_common_noun"),
    pytest.param("Test\n\nSviatlana Tsikhanouskaya spoke in Vilnius on Monday.\n\nAnalysis of the vote took weeks. \"It was "
                 "close,\" she said.\n", "\"It was close", ("Sviatlana Tsikhanouskaya", "direct"),
                 id="a_capitalised_common_noun_is_no_person"),  # (guard)
    # (the same feature: "according to a dozen activists, diplomats and analysts" was a source `dozen activists`)
    pytest.param("Test\n\nThe movement is short of money, according to a dozen activists interviewed for this article.\n",
                 "The movement", "activists", id="a_dozen_counts_the_source_and_is_no_part_of_its_name"),
    # s67, an op-ed written for the check: "Critics will say that sanctions have failed. Perhaps they have. But lifting
    # them now would tell every autocrat …" were all `critics`, an objection the writer anticipates carried on
    pytest.param("Test\n\nCritics will say that sanctions have failed. Perhaps they have. But lifting them now would tell "
                 "every autocrat in the region that patience pays.\n", "But lifting", ("author", "author"),
                 id="an_objection_the_writer_anticipates_is_the_writer_s"),
    pytest.param("Test\n\nCritics will say that sanctions have failed.\n", "Critics will", ("author", "author"),
                 id="critics_will_say_is_nobody_s_words"),
    pytest.param("Test\n\nThe president will tell the summit that the war must end.\n", "The president will",
                 ("president", "indirect"), id="a_definite_speaker_s_will_tell_previews_a_speech"),  # (guard)
    pytest.param("Test\n\nSome argue that engagement works. They have a point.\n", "They have", ("some", "indirect"),
                 id="they_after_some_with_another_plural_noun_before_carries_on"),  # (guard: spaCy tags "works" a plural noun)
    pytest.param("Test\n\nSome argue that engagement is the only way. They are wrong.\n", "They are wrong",
                 ("author", "author"), id="they_about_some_who_argued_is_the_writer_s"),
    # s68, a feature written for the check: "Marchuk was blunter: "He wants our children to crawl."" after "Sidarenka called
    # the offer "a trap"." was Sidarenka's (spaCy tags the surname, named before, an organisation there)
    pytest.param("Test\n\nHanna Marchuk writes postcards. Volha Sidarenka runs the accounts.\n\nSidarenka called the offer "
                 "\"a trap\". Marchuk was blunter: \"He wants our children to crawl.\"\n", "Marchuk was blunter",
                 ("Hanna Marchuk", "direct"), id="a_quote_after_a_colon_is_the_known_surname_s_not_the_speaker_before"),
    # s68, a story on anonymous sources written for the check: "A NATO spokesperson declined to comment on what she called
    # "operational matters"." was the diplomat's who spoke before
    pytest.param("Test\n\n\"It is no longer about exercises,\" the diplomat said.\n\nA NATO spokesperson declined to comment "
                 "on what she called \"operational matters\".\n", "A NATO spokesperson", "NATO spokesperson",
                 id="she_in_the_predicate_of_a_role_subject_is_the_role"),
    pytest.param("Test\n\n\"It is no longer about exercises,\" the diplomat said.\n\nThe ambassador stayed calm when she "
                 "heard what he called \"operational matters\".\n", "The ambassador", ("diplomat", "mixed"),
                 id="he_in_a_clause_under_a_role_subject_of_another_pronoun_is_not_the_role"),  # (guard)
    # (the same feature: "Dzmitry's lawyer, who asked that her name not be published …, said …" was `Dzmitry lawyer`, a
    # first name spaCy tags an organisation taken for a body's)
    pytest.param("Test\n\nHer son Dzmitry is serving six years.\n\nDzmitry's lawyer, who asked that her name not be published, "
                 "said he had been held in solitary confinement.\n", "Dzmitry's lawyer", "Dzmitry's lawyer",
                 id="a_first_name_s_lawyer_keeps_the_possessive"),
    pytest.param("Test\n\nGeorgia's ambassador said the talks had failed.\n", "Georgia's", "Georgia's ambassador",
                 id="a_country_that_is_also_a_first_name_stays_a_country"),  # (guard)
    # s68, a story on an EU summit written for the check: "… European Commission President Ursula von der Leyen told a news
    # conference" was `Leyen` (spaCy's person ended in the particles)
    pytest.param("Test\n\n\"This is a hybrid attack,\" European Commission President Ursula von der Leyen told a news "
                 "conference.\n", "\"This is", ("Ursula von der Leyen", "direct"), id="a_name_with_particles_is_whole"),
    pytest.param("Test\n\nUrsula von der Leyen said the plan was ready.\n\nVon der Leyen added that it would work.\n",
                 "Von der Leyen added", ("Ursula von der Leyen", "indirect"), id="a_surname_with_particles_is_the_full_name_s"),
    # s68, an op-ed written for the check: "Yet every few months a European foreign minister discovers a "window of
    # opportunity" in Minsk." was Antonio Tajani's, whom the next sentence quotes in a report of its own
    pytest.param("Test\n\nYet every few months a European foreign minister discovers a \"window of opportunity\" in Minsk. "
                 "The latest, Antonio Tajani, told a committee that dialogue \"cannot be excluded\".\n", "Yet every",
                 ("author", "author"), id="a_later_report_of_its_own_does_not_frame_a_fragment_before_it"),
    # s68, a wire story written for the check: "Lukashenko, he added, has resisted such pressure before — "sometimes
    # successfully"." after Andrei Porotnikov's report was Lukashenko's, the subject of what the parenthetical reports
    pytest.param("Test\n\nAndrei Porotnikov, who heads the Belarus Security Blog, said the Kremlin might have \"overstated "
                 "things\". Lukashenko, he added, has resisted such pressure before \u2014 \"sometimes successfully\".\n",
                 "Lukashenko, he added", "Andrei Porotnikov", id="a_parenthetical_he_is_not_the_subject_it_reports_on"),
    # (found measuring the rows above on PTC train: "Gilani alleged the brothers took her documents." ¶ "The only lawyer she
    # could afford, she claimed, was Michael Hadeed, …" went to the lawyer; "Rather, he found, votes against Lew were “…”
    # Protests …, Boudreau wrote" to the writer; "The Dictator Pope even feels at liberty to demand …: “…”" to a
    # `Dictator Pope` apart from Pope Francis)
    pytest.param("Test\n\nSpencer Boudreau led the inquiry.\n\nRather, he found, votes against Lew were \u201cmotivated by "
                 "politics.\u201d Protests cannot be equated with hatred, Boudreau wrote, though he said Lew\u2019s belief was "
                 "\u201cunderstandable.\u201d\n", "Rather", "Spencer Boudreau",
                 id="a_fragment_under_a_parenthetical_he_keeps_the_later_frame"),
    pytest.param("Test\n\nPope Francis was elected in 2013. \"He is a dictator,\" writes Henry Sire in The Dictator Pope.\n\n"
                 "The Dictator Pope even feels at liberty to demand that the prayer be changed: \u201cAnd lead us not into "
                 "temptation.\u201d\n", "The Dictator Pope even", ("Henry Sire", "direct"),
                 id="a_title_with_the_is_no_known_name_leading_in_to_a_colon"),
    # (the same measurement: "Credico received the following response from Schiff after meeting the Congressman’s staff,
    # …: “Our committee would be willing to interview Assange …”" went to Credico, once to Julian Assange)
    pytest.param("Test\n\nRandy Credico wrote to Adam Schiff in May.\n\nCredico received the following response from Schiff "
                 "after meeting the Congressman\u2019s staff: \u201cOur committee would be willing to interview Assange.\u201d\n",
                 "Credico received", ("Adam Schiff", "direct"), id="a_response_from_someone_leading_in_to_a_colon_is_theirs"),
    # (the same article: a heading "Pilger’s Statement" and the eleven quoted lines after it, given to the last person quoted)
    pytest.param("Test\n\n\u201cWe will interview him,\u201d said Adam Schiff.\n\nDennis Bernstein spoke with John Pilger on May "
                 "29.\n\nPilger\u2019s Statement\n\n\u201cThere is a silence among many who call themselves left.\n\n\u201cThe silence "
                 "is Julian Assange. Thank you.\u201d\n", "\u201cThe silence", ("John Pilger", "direct"),
                 id="a_heading_naming_a_person_s_statement_introduces_the_quotation_after_it"),
    pytest.param("Test\n\n\u201cWe will interview him,\u201d said Adam Schiff.\n\nDennis Bernstein spoke with John Pilger on May "
                 "29.\n\nThe Statement\n\n\u201cThere is a silence among many who call themselves left.\u201d\n", "\u201cThere is",
                 ("Dennis Bernstein", "direct"), id="a_heading_naming_nobody_s_statement_introduces_nothing"),  # (guard)
    # s68, the thirty-fifth reading (PTC dev): a reporter's post quoted whole, then credited by his name alone on the next
    # line ("“Keith Ellison flatly denies allegation …. It blew up last night …”" ¶ "Dave Weigel."), went to Ellison
    pytest.param("Test\n\nAnd the media has kept it quiet.\n\n\"Keith Ellison flatly denies allegation that he abused an ex "
                 "girlfriend. It blew up last night after the ex\u2019s son posted the allegation on Facebook.\"\n\nDave Weigel.\n\n"
                 "It is not quite the first time for Keith X.\n", "It blew up", ("Dave Weigel", "direct"),
                 id="a_quotation_credited_by_a_name_alone_on_the_next_line_is_that_person_s"),
    pytest.param("Test\n\nAnd the media has kept it quiet.\n\n\"Keith Ellison flatly denies allegation that he abused an ex "
                 "girlfriend.\n\nThe story had been circulating in MN, so no stories ran.\n\nIt blew up last night after the "
                 "ex\u2019s son posted the allegation on Facebook.\"\n\nDave Weigel.\n\nIt is not quite the first time for Keith "
                 "X.\n", "\"Keith Ellison", ("Dave Weigel", "direct"), id="a_quotation_over_lines_credited_by_a_name_alone"),
    pytest.param("Test\n\n\"We will not stop,\" said Keith Ellison.\n\n\"The story is false.\"\n\nDave Weigel.\n", "\"The story",
                 ("Keith Ellison", "direct"), id="a_name_alone_after_a_quotation_its_speaker_goes_on_credits_nothing"),  # (guard)
    # s68, the thirty-sixth reading (PTC train): an edict's text after "issued this edict:" went to the last person quoted;
    # "Deuteronomy laid down, “…”" to the opinion the paragraph before reported; "this progressive interpretation …
    # eventually reveals itself to be rank historicism" was a report of the interpretation's
    pytest.param("Test\n\n\u201cWe will win,\u201d said Ivan Petrov.\n\nIn the early twelfth century, the Fatimid caliph Al-Amir "
                 "bi-Ahkamillah issued this edict:\n\nNow, the prior degradation of the infidels in this world is considered an "
                 "act of piety.\n", "Now, the prior", ("Fatimid caliph", "direct"), id="an_edict_issued_before_a_colon_is_the_issuer_s"),
    pytest.param("Test\n\nAccording to one widely held opinion, the death penalty is no deterrent.\n\nTo a man proven to have "
                 "given false witness against another, Deuteronomy laid down, \u201cThey shall render to him as he meant to do to "
                 "his brother.\u201d\n", "To a man", ("Deuteronomy", "direct"), id="laid_down_frames_a_rule"),
    pytest.param("Test\n\n\u201cWe will fight,\u201d said Ivan Petrov.\n\nThe soldiers laid down their arms.\n", "The soldiers",
                 ("author", "author"), id="laid_down_arms_reports_nothing"),  # (guard)
    pytest.param("Test\n\nUnsurprisingly, this progressive interpretation of Catholic doctrine eventually reveals itself to be "
                 "rank historicism.\n", "Unsurprisingly", ("author", "author"), id="reveals_itself_to_be_is_no_report"),
    pytest.param("Test\n\nThe minister revealed that the talks had failed.\n", "The minister", ("minister", "indirect"),
                 id="revealed_that_reports"),  # (guard)
    # s68, an NGO-report story written for the check: "In a letter seen by Reuters, the head of the Zhodino prison told a
    # prisoner's mother …" was Reuters' (the parser hangs the role on the agency, which then counted as a person titled
    # "head"), and then Amnesty International's (a definite role taken for the source before, though its own phrase
    # names another body); "The son, who cannot be named …, has since been released. He told Reuters …" went to the
    # last person quoted
    pytest.param("Test\n\nAmnesty International said on Thursday that prisoners are beaten.\n\nIn a letter seen by Reuters, the "
                 "head of the Zhodino prison told a prisoner\u2019s mother that her son was fine.\n", "In a letter", ("head", "indirect"),
                 id="the_agency_that_saw_a_letter_is_not_its_writer"),
    pytest.param("Test\n\nBelarusian President Alexander Lukashenko met officers.\n\n\"We will win,\" the president of Belarus "
                 "said.\n", "\"We will", ("Alexander Lukashenko", "direct"), id="the_president_of_his_country_is_the_titled_person"),  # (guard)
    pytest.param("Test\n\n\"It is fine,\" the prison director said.\n\nThe son, who cannot be named for his safety, has since been "
                 "released. He told Reuters the letter was \"a lie\".\n", "He told", ("son", "mixed"),
                 id="he_after_the_writer_s_sentence_about_the_son_is_the_son"),
    pytest.param("Test\n\n\"It is fine,\" the prison director said.\n\nThe son has since been released. She told Reuters the "
                 "letter was \"a lie\".\n", "She told", ("prison director", "mixed"), id="she_is_not_the_son"),  # (guard)
    # s68, a border story written for the check: "One of them, a 52-year-old from Lublin named Tomasz, said …" became
    # Interior Minister Tomasz Siemoniak, named later (a first name alone was completed by the later full name); "His
    # wife, who travels with him, was less diplomatic. "It is a circus," she said." went to nobody
    pytest.param("Test\n\nOne of them, a 52-year-old from Lublin named Tomasz, said he had run out of food.\n\nInterior Minister "
                 "Tomasz Siemoniak said on Friday that the crossings would stay open.\n", "One of them", ("Tomasz", "indirect"),
                 id="a_person_known_by_a_first_name_only_is_not_a_later_full_name"),
    pytest.param("Test\n\nThe man, who gave only his first name, Darius, said guards had searched his cab.\n\nHis wife, who travels "
                 "with him, was less diplomatic. \"It is a circus,\" she said.\n", "\"It is a circus", ("wife", "direct"),
                 id="she_after_the_writer_s_sentence_about_his_wife_is_the_wife"),
    pytest.param("Test\n\nA former railway worker says he still cannot sleep.\n\nThe man, who asked to be called only Ales, now lives "
                 "in Poland.\n\n\"We were not soldiers,\" he said.\n", "\"We were", ("former railway worker", "direct"),
                 id="he_after_the_writer_s_sentence_about_the_man_is_the_man_quoted_before"),  # (guard)
    # s68, a story on a joint statement written for the check: "… Polish President Andrzej Duda and Lithuanian President
    # Gitanas Nauseda said in a joint statement" was Duda's alone (a nationality before a title was no name's word)
    pytest.param("Test\n\n\"We will not let our borders be used as a weapon,\" Polish President Andrzej Duda and Lithuanian "
                 "President Gitanas Nauseda said in a joint statement. \"The patience of our nations has limits.\"\n\nBoth men said "
                 "they had informed their allies.\n", "Both men", ("Andrzej Duda and Gitanas Nauseda", "indirect"),
                 id="two_presidents_with_nationalities_speak_jointly"),
    pytest.param("Test\n\nPolish President Andrzej Duda and his wife said they would vote early.\n", "Polish President",
                 ("Andrzej Duda", "indirect"), id="a_president_and_his_wife_is_no_joint_name"),  # (guard)
    # s68, an analysis written for the check: "In 2019 one popular host mocked the Belarusian leader as "the last dictator of
    # Europe …"" went to Putin, quoted two sentences before ("mock" was no reporting verb)
    pytest.param("Test\n\nPutin has called him \"a reliable friend\".\n\nBut Russian state television has not always been so kind. "
                 "In 2019 one popular host mocked the Belarusian leader as \"the last dictator of Europe\".\n", "In 2019",
                 ("popular host", "mixed"), id="mocked_as_quotes_the_mocker"),
    pytest.param("Test\n\nThe crowd mocked the idea.\n", "The crowd", ("author", "author"),
                 id="mocked_without_a_quotation_reports_nothing"),  # (guard)
    # (found measuring the row on PTC train: "[Y]ou seem to censor and even mock those who interpret Chapter 8 of "Amoris
    # Laetitia" … as Pharisaic stone-throwers." went to `y]ou`, the title quoted in a relative clause taken for the mocked
    # words; "… to address the commentator Massimo Faggioli’s attempt … to blunt the rise of what he derides as
    # “neo-traditionalism.”" to the speaker before, not to the man whose attempt holds the "he": "deride" is left out of
    # the reporting verbs, the article's parse hanging the "he" outside the attempt's phrase; the case with "mocks")
    pytest.param("Test\n\nIn \"Amoris Laetitia,\" your guidance at times seems ambiguous.\n\n[Y]ou seem to censor and even mock "
                 "those who interpret Chapter 8 of \"Amoris Laetitia\" in accord with Church tradition as Pharisaic stone-throwers.\n",
                 "[Y]ou", ("author", "author"), id="a_title_quoted_in_a_relative_clause_is_not_what_a_quote_only_verb_reports"),
    pytest.param("Test\n\nIn his account, the Archbishop declares that senior officials knew, Pope Bergoglio said.\n\nThis article "
                 "was first written to address the commentator Massimo Faggioli\u2019s attempt to minimize the crisis and blunt the "
                 "rise of what he mocks as \u201cneo-traditionalism.\u201d\n", "This article", ("Massimo Faggioli", "mixed"),
                 id="he_inside_the_phrase_of_a_person_s_noun_is_that_person"),
    # stories written for the check in the sixty-ninth session: "he said" set inside a sentence whose subordinate clause
    # has a subject reports the sentence, its speaker not that subject (once Lukashenko's, and the quotation after it)
    pytest.param("Test\n\nAsked whether he would ever stop, Pushkin shrugged. When Lukashenko goes, he said, he will play one "
                 "last time, on the square in Minsk, and then sell the kit.\n\nThen he laughed. \"Maybe I will keep the "
                 "snare,\" he said.\n", "When Lukashenko", ("Pushkin", "indirect"),
                 id="a_parenthetical_he_is_not_the_subject_of_the_clause_it_reports"),
    pytest.param("Test\n\nAsked whether he would ever stop, Pushkin shrugged. When Lukashenko goes, he said, he will play one "
                 "last time, on the square in Minsk, and then sell the kit.\n\nThen he laughed. \"Maybe I will keep the "
                 "snare,\" he said.\n", "\"Maybe", ("Pushkin", "direct"),
                 id="a_quotation_after_a_parenthetical_report_goes_on_with_its_speaker"),
    # "He now lives …" after the writer's "Her son, Ihar, was 16 …" goes on about the son, whose "he said" is his (once
    # the prosecutor's, quoted a paragraph up)
    pytest.param("Test\n\nIn their closing argument, a prosecutor told the court that Shchyrakova had \"systematically "
                 "discredited the Republic of Belarus\".\n\nHer son, Ihar, was 16 when his mother was arrested. He now lives "
                 "with relatives. \"She told me to finish school no matter what,\" he said in a video message.\n",
                 "\"She told", ("Ihar", "direct"), id="he_after_the_writer_s_sentence_about_a_named_son_is_the_son"),
    pytest.param("Test\n\nIn their closing argument, a prosecutor told the court that Shchyrakova had \"systematically "
                 "discredited the Republic of Belarus\".\n\nHer son was 16 when his mother was arrested. Her lawyer, Ivan "
                 "Petrov, now visits the family. \"She told me to finish school,\" he said.\n",
                 "\"She told", ("Ivan Petrov", "direct"), id="he_after_a_named_lawyer_is_the_lawyer"),  # (guard)
    # a role the paragraph gave a named owner is someone new, not its owner (once Shchyrakova, who was in prison)
    pytest.param("Test\n\nA court sentenced journalist Larysa Shchyrakova to eight years.\n\nThe judge, Maksim Filatau, did "
                 "not allow Shchyrakova's lawyer to call defence witnesses. The lawyer, whose name was withheld for his "
                 "safety, told the association that the verdict had been \"written in advance\".\n", "The lawyer,",
                 ("lawyer", "mixed"), id="the_role_of_a_named_owner_is_not_the_owner"),
    pytest.param("Test\n\nA court sentenced journalist Larysa Shchyrakova to eight years.\n\nThe judge did not allow "
                 "Shchyrakova's lawyer to call defence witnesses.\n\nThe lawyer told the association that the verdict had "
                 "been \"written in advance\".\n", "The lawyer", ("lawyer", "mixed"),
                 id="the_role_of_a_named_owner_a_paragraph_up_is_not_the_owner"),
    pytest.param("Test\n\nA court sentenced journalist Larysa Shchyrakova to eight years.\n\nThe judge did not allow "
                 "Shchyrakova's lawyer, Ivan Petrov, to call defence witnesses. The lawyer told the association that the "
                 "verdict had been \"written in advance\".\n", "The lawyer", ("Ivan Petrov", "mixed"),
                 id="the_role_of_a_named_owner_with_a_name_of_its_own_is_that_person"),  # (guard)
    # a possessive owner spaCy tags nothing names whose body spoke (once a bare `office`)
    pytest.param("Test\n\nTsikhanouskaya's office, which had lobbied senators before the hearing, said it was encouraged.\n",
                 "Tsikhanouskaya", ("Tsikhanouskaya's office", "indirect"), id="an_untagged_owner_names_its_office"),
    # a letter set down whole, from its salutation to its sign-off, is its writer's (once the writer's own words)
    pytest.param(LETTER, "I said yes", ("Mikalai Statkevich", "direct"), id="a_letter_set_down_whole_is_its_writer_s"),
    pytest.param(LETTER, "My dear", ("Mikalai Statkevich", "direct"), id="a_letter_s_salutation_is_its_writer_s"),
    pytest.param(LETTER, "One of them", ("one", "indirect"), id="a_report_inside_a_letter_stays_the_reported_voice_s"),
    pytest.param(LETTER, "Adamovich said", ("Maryna Adamovich", "mixed"), id="the_writer_goes_on_after_a_letter_s_sign_off"),
    pytest.param("Test\n\nAles Bialiatski, the founder of Viasna, is serving a 10-year sentence. A note reached his colleagues "
                 "in April.\n\nDear friends,\n\nI am well. The food is bad, but the books are good.\n\nYours, Ales\n\nHis "
                 "colleagues said the note was genuine.\n", "The food", ("Ales Bialiatski", "direct"),
                 id="a_letter_signed_by_a_first_name_is_that_person_s"),
    pytest.param("Test\n\nAles Bialiatski, the founder of Viasna, is serving a 10-year sentence.\n\nDear friends,\n\nI am "
                 "well. The food is bad, but the books are good.\n\nHis colleagues said the note was genuine.\n", "The food",
                 ("author", "author"), id="a_salutation_with_no_sign_off_is_no_letter"),  # (guard: nothing says where it ends)
    # "the group said" after a named body spoke in the paragraph is that body (once a bare `group`), not after "A group
    # of protesters"
    pytest.param("Test\n\nViasna, the human rights centre, says at least eight people have been detained for photographing "
                 "their ballots. Those detained included a pensioner in Grodno, the group said.\n", "Those detained",
                 ("Viasna", "indirect"), id="the_group_said_after_a_named_body_is_that_body"),
    pytest.param("Test\n\nViasna says at least eight people have been detained.\n\nA group of protesters marched to the "
                 "square. \"We will stay,\" the group said.\n", "\"We will", ("group", "direct"),
                 id="the_group_said_after_a_group_of_people_is_that_group"),  # (guard)
    # "the man said" after an unnamed person spoke is that person, one voice (once `man`, a voice apart)
    pytest.param("Test\n\nHis campaign chief for the Gomel region, who asked that his name not be published, said the father "
                 "and son had agreed in advance what to do if arrested. \"They said: do not beg, do not negotiate, keep "
                 "working,\" the man said.\n", "\"They said", ("campaign chief", "direct"),
                 id="the_man_said_after_an_unnamed_speaker_is_that_speaker"),
    pytest.param("Test\n\nPolice said the drones came at night.\n\n\"We hear them every week,\" the man said.\n", "\"We hear",
                 ("man", "direct"), id="the_man_said_after_a_body_spoke_is_someone_new"),  # (guard)
    # "Its office" after the writer's sentence about a body is that body's (once a bare `election monitoring office`)
    pytest.param("Test\n\nThe OSCE did not send observers. Its election monitoring office said it had not been invited in "
                 "time.\n", "Its election", ("OSCE election monitoring office", "indirect"), id="its_office_is_the_body_s"),
    # a quantifier opening a phrase set off after the subject is no speaker (once `many`)
    pytest.param("Test\n\nThe crowd, many carrying the white-red-white flag banned in Belarus, chanted 'Zhyve Belarus!' — long "
                 "live Belarus — as police looked on.\n", "The crowd", ("crowd", "mixed"),
                 id="a_quantifier_set_off_after_the_subject_is_no_speaker"),
    # a noun the parser made the subject of the participle after it (once carried on from the supporters' report)
    pytest.param("Test\n\nBabaryka's supporters say he was targeted because he was the strongest candidate. Before his arrest, "
                 "opinion polls published online, though banned from state media, suggested he might have won a fair "
                 "vote.\n", "Before his", ("opinion polls", "indirect"), id="a_subject_the_parser_gave_a_participle_speaks"),
    # a description naming another office is not a person titled in one (once the former defence minister who spoke
    # before, for Belarus's deputy foreign minister)
    pytest.param("Test\n\nLaurynas Kasciunas, a former defence minister from the opposition Homeland Union, told the BBC that the "
                 "government had \"blinked first\".\n\nThe Belarusian side welcomed the reopening. In a comment to BelTA, "
                 "Belarus's deputy foreign minister said Minsk was \"ready for dialogue\".\n", "In a comment",
                 ("Belarusian deputy foreign minister", "mixed"), id="a_deputy_foreign_minister_is_not_a_defence_minister"),
    pytest.param("Test\n\nLaurynas Kasciunas, a former defence minister, told the BBC that the government had \"blinked "
                 "first\".\n\nIn a comment to BelTA, the deputy foreign minister said Minsk was \"ready for dialogue\".\n",
                 "In a comment", ("deputy foreign minister", "mixed"), id="the_deputy_foreign_minister_is_not_a_defence_minister"),
    pytest.param("Test\n\nSergei Lavrov, the foreign minister, met his counterpart.\n\nIn a comment to TASS, the minister said "
                 "the talks were \"useful\".\n", "In a comment", ("Sergei Lavrov", "mixed"),
                 id="the_minister_may_be_the_foreign_minister"),  # (guard)
    # the writer's other name for an untitled person who just spoke in the paragraph is that person (once a voice apart)
    pytest.param("Test\n\nSpeaking to reporters after the meeting, Dmitry Peskov said the leaders had agreed to meet again. "
                 "Asked whether a new roadmap was being prepared, the Kremlin spokesman replied that \"work is underway\".\n",
                 "Asked whether", ("Dmitry Peskov", "mixed"), id="the_kremlin_spokesman_after_untitled_peskov_is_peskov"),
    pytest.param("Test\n\nLithuanian President Gitanas Nauseda said the border would reopen. The Kremlin spokesman said that "
                 "\"work is underway\".\n", "The Kremlin", ("Kremlin spokesman", "mixed"),
                 id="the_kremlin_spokesman_after_a_titled_president_is_someone_new"),  # (guard)
    # "The head of state" with nobody named before: the office, not a bare `head`
    pytest.param("Test\n\nThe presidents of Russia and Belarus met on Thursday, the Kremlin press service said.\n\nThe head of "
                 "state noted that cooperation was developing \"dynamically\".\n", "The head", ("head of state", "mixed"),
                 id="the_head_of_state_unnamed_is_the_office"),
    # the thirty-seventh reading (BASIL, indirect and mixed speech): "One of its members, Demetrios Minor," names the
    # person (once `member`); "House Minority Whip Steny Hoyer" is the person, not the office (spaCy tags no person)
    pytest.param("Test\n\nAmong the groups is Project 21, a black conservative activist organization. One of its members, "
                 "Demetrios Minor, said critics of Dan Cathy have taken his statements completely out of context.\n", "One of",
                 ("Demetrios Minor", "indirect"), id="one_of_its_members_named_is_that_person"),
    pytest.param("Test\n\nAmong the groups is Project 21. One of them, a veteran of the group, told me the talks had failed.\n",
                 "One of", ("veteran", "indirect"), id="one_of_them_described_is_the_description"),  # (guard)
    pytest.param("Test\n\n\u201cThere\u2019s going to be a review of exactly what funds can and should be used,\u201d said House "
                 "Minority Whip Steny Hoyer (D-Md.). He added that Ryan was investigating the matter.\n", "He added",
                 ("Steny Hoyer", "indirect"), id="a_whip_s_name_after_the_title_is_the_person"),
    # a date before a report's name is no part of whose it is (once `September 2010 Congressional Research Service report`)
    pytest.param("Test\n\nA September 2010 Congressional Research Service report found that lifting the cap would make the "
                 "program solvent.\n", "A September", ("Congressional Research Service report", "indirect"),
                 id="a_date_is_no_part_of_a_report_s_name"),
    # how an occasion went is the writer's, not a paraphrase carried on (once Jesse Jackson Jr.'s)
    pytest.param("Test\n\nJackson told the judge that he had been hospitalized for psychological issues. The whole hearing "
                 "lasted about 50 minutes.\n", "The whole", ("author", "author"), id="how_the_hearing_went_is_the_writer_s"),
    # a feature written for the check in the sixty-ninth session: a one-word name spaCy tags a place in the article is no
    # person where it tags it PERSON (once `Mogilev`, for the husband's quotation and a young man's)
    pytest.param("Test\n\nAlena Stsepanava, 58, a former chemistry teacher from Mogilev, runs the evenings.\n\nHer husband, "
                 "Uladzimir, keeps the guest list. He is quieter than his wife. Asked whether he missed Mogilev, he shrugged. "
                 "\"I miss my garage,\" he said finally.\n", "\"I miss", ("Uladzimir", "direct"),
                 id="a_place_tagged_a_person_once_is_no_person"),
    pytest.param("The drummer\n\nEvery Sunday at noon, Ales Pushkin sets up his drum kit on a square in Bialystok.\n\nPushkin, 34, "
                 "left Minsk in 2021.\n\nA city spokesman, Tomasz Rybak, said there had been noise complaints. \"We asked him to "
                 "play more quietly,\" Rybak said.\n\nPushkin's mother still lives in Minsk. They speak by video every few days, "
                 "though she asks him not to mention the drumming. Her phone, he believes, is monitored.\n", "Her phone",
                 ("Ales Pushkin", "indirect"), id="a_known_person_s_surname_tagged_a_place_elsewhere_stays_a_person"),  # (guard)
    # three more stories written for the check at the session's end: "the paper" after a newspaper spoke is that paper;
    # "the organisation" after Amnesty International spoke is Amnesty (a "first name" the registry reads into its name
    # is no person's); a statement set down after a colon goes on into a paragraph in its speaker's "we"
    pytest.param("Test\n\nThe Times of London called the talks \"a necessary evil\". In an editorial, the paper argued that "
                 "freeing prisoners justified almost any meeting, \"however distasteful the host\".\n", "In an editorial",
                 ("Times of London", "direct"), id="the_paper_is_the_newspaper_that_spoke"),
    pytest.param(AMNESTY, "The persecution", ("Amnesty International", "direct"), id="the_organisation_is_amnesty_international"),
    pytest.param(AMNESTY, "We call", ("Amnesty International", "direct"), id="a_statement_goes_on_in_its_speaker_s_we"),
    pytest.param(AMNESTY, "Marie Struthers", ("Marie Struthers", "indirect"), id="a_statement_s_we_ends_at_a_report"),
    pytest.param("Test\n\nIn a statement, the ministry said:\n\nBelarus will defend its borders.\n\nThe drills begin on Monday "
                 "and will last a week.\n", "The drills", ("author", "author"), id="a_statement_goes_on_in_no_paragraph_without_we"),
    pytest.param("Test\n\nIn the video, Benedict XVI told Francis:\n\nYour goodness and your tone are new to the Church.\n\n"
                 "But this is not what we see.\n", "But this", ("author", "author"),
                 id="a_person_s_block_goes_on_in_no_we"),  # (guard: found on PTC train, a writer's "we" after a person's block)
    # initials the writer gives a person who would not be named in full are that person's name (once Lukashenko's, named
    # a paragraph up, for the "he said" after it)
    pytest.param("Test\n\nIts foreign editor, Bartosz Wielinski, wrote that Washington had \"handed Lukashenko the photo "
                 "opportunity he has wanted\".\n\nLithuania's LRT ran an interview with a freed prisoner, who asked to be "
                 "identified only by his initials, A.K. He said guards had told the prisoners about the talks.\n", "He said",
                 ("A.K.", "indirect"), id="initials_the_writer_gives_name_the_person"),
    # ... and a capitalised word with an age set off after it is a person, whatever spaCy tags it
    pytest.param("Test\n\nAlena Stsepanava, 58, a former chemistry teacher from Mogilev, runs the evenings.\n\nMost of the "
                 "guests are young. Yahor, 24, left Belarus after he was detained for two weeks in 2020. He said he had not "
                 "told his parents where he lives.\n", "He said", ("Yahor", "indirect"), id="a_name_with_an_age_is_a_person"),
    # three more stories written for the check in the sixty-ninth session: a quotation with no frame that the writer's next
    # sentence credits ("Those were the first words X posted …") is that person's (once the White House's, quoted before)
    pytest.param("Test\n\nKellogg met Alexander Lukashenko, the White House said, without giving details.\n\n\"We will not give "
                 "up.\" Those were the first words Tsikhanouski posted on his own account after his release.\n", "\"We will",
                 ("Tsikhanouski", "direct"), id="those_were_the_words_x_posted_credits_the_quotation"),
    pytest.param("Test\n\nKellogg met Alexander Lukashenko, the White House said, without giving details.\n\n\"Freedom is "
                 "near.\" Those were the words of Sviatlana Tsikhanouskaya, speaking in Vilnius.\n", "\"Freedom",
                 ("Sviatlana Tsikhanouskaya", "direct"), id="those_were_the_words_of_x_credits_the_quotation"),
    pytest.param("Test\n\nKellogg met Alexander Lukashenko, the White House said, without giving details.\n\n\"Freedom is "
                 "near.\" Those were the days of hope in Vilnius.\n", "\"Freedom", ("White House", "direct"),
                 id="those_were_the_days_credits_nobody"),  # (guard: no noun of words, no person)
    # a "who said" clause on someone's kin noun frames the quoted words in it (once scare quotes of the writer's)
    pytest.param("Test\n\nSiarhei Tsikhanouski was released on Saturday.\n\nHis words echoed those of his wife, who said last "
                 "week that the opposition would \"never negotiate our freedom away\".\n", "His words", ("wife", "mixed"),
                 id="who_said_on_a_kin_noun_frames_its_quotation"),
    # "one of them said" after a group spoke earlier in the paragraph is one of that group, not the people its quotation
    # names (once `people`)
    pytest.param("Test\n\n\"We have heard this speech before,\" said Vaidotas Urbelis, a defence policy director.\n\nAnalysts "
                 "in Minsk, speaking on condition of anonymity, said the speech was aimed at a domestic audience. \"People "
                 "here are afraid of the war,\" one of them said.\n", "\"People", ("analysts in Minsk", "direct"),
                 id="one_of_them_is_the_group_that_spoke_in_the_paragraph"),
    # the thirty-eighth reading (PTC dev, the writer's sentences): a post set down over several short lines before its
    # credit is the poster's, as far back as one post holds (once the writer's, but for the last line)
    pytest.param("Test\n\nTrump tweeted out the news on Tuesday.\n\nMike Pompeo, Director of the CIA, will become our new "
                 "Secretary of State.\nHe will do a fantastic job!\nThank you to Rex Tillerson for his service!\nCongratulations "
                 "to all!\n\u2014 Donald J. Trump (@realDonaldTrump) March 13, 2018\n", "Mike Pompeo",
                 ("Donald J. Trump", "direct"), id="a_post_over_several_lines_is_the_poster_s"),
    pytest.param("Test\n\nTrump tweeted out the news on Tuesday.\n\nMike Pompeo, Director of the CIA, will become our new "
                 "Secretary of State.\nHe will do a fantastic job!\nThank you to Rex Tillerson for his service!\nCongratulations "
                 "to all!\n\u2014 Donald J. Trump (@realDonaldTrump) March 13, 2018\n", "Trump tweeted",
                 ("Donald J. Trump", "indirect"), id="the_line_that_introduces_a_post_stays_its_own"),  # (guard)
    pytest.param("Test\n\nWhat my son said is true.\nEvery statement he made was true.\n@keithellison, you know you did that to "
                 "me.\nEven now, u r willing to say my son is lying \u2014 Karen Monahan (@KarenMonahan01) August 12, 2018\n",
                 "What my son", ("Karen Monahan", "direct"), id="a_post_credited_at_its_end_reaches_back_over_its_lines"),
    pytest.param("Test\n\n" + "The writer's long opening paragraph goes on about the state of the media and much else. " * 3
                 + "\nEven now, u r willing to say my son is lying \u2014 Karen Monahan (@KarenMonahan01) August 12, 2018\n",
                 "The writer", ("author", "author"), id="a_post_reaches_back_no_further_than_one_post_holds"),  # (guard)
    # (guards found measuring on PTC: the writer's lead-in to a post is no line of it)
    pytest.param("Test\n\nThe jury acquitted him.\n\nSocial media erupted with outrage at the verdict\u2026\nI don't know any "
                 "American citizen who could get away with this.\n#KatesLaw \u2014 Ginger (@SpicyMustang) December 1, 2017\n",
                 "Social media", ("author", "author"), id="a_lead_in_ending_in_an_ellipsis_is_no_line_of_the_post"),
    pytest.param("Test\n\nThe jury acquitted him.\n\nVideo of the migrants was captured in various reports.\nThe caravan is "
                 "here, illegally entering America \u2014 Charlie Kirk (@charliekirk11) October 29, 2018\n", "Video of",
                 ("author", "author"), id="a_line_about_a_video_is_no_line_of_the_post"),
    pytest.param("Test\n\nThe group claimed the attack.\n\nHere are just a few of those claims.\nIn Naba 100 #ISIS featured an "
                 "infographic on the attack \u2014 SITE Intel Group (@siteintelgroup) October 5, 2017\n", "Here are",
                 ("author", "author"), id="a_here_are_lead_in_is_no_line_of_the_post"),
    pytest.param("Test\n\nAttorney General Barr must act.\n\nSpecial counsel Mueller\u2019s report should be made public without "
                 "any delay.\nThe American people have a right to know its findings.\n\u2014 Kirsten Gillibrand (@SenGillibrand) "
                 "March 22, 2019\n", "Special counsel", ("Kirsten Gillibrand", "direct"),
                 id="a_post_s_line_about_a_report_is_the_post_s"),  # (a report is no lead-in)
    pytest.param("Test\n\nThese crimes are treason.\n\nBreak: Ex-Dem IT aide Imran Awan pleads guilty to loan application "
                 "fraud.\nProsecutors drop charges against his wife.\n\u2014 Alex Pappas (@AlexPappas) July 3, 2018\n", "Break:",
                 ("Alex Pappas", "direct"), id="a_post_s_line_with_a_verb_of_pleading_is_the_post_s"),  # (nor a verb of pleading)
    # the seventieth session: a credit after nothing but a link credits the lines before it (once the writer's), the
    # writer's lines that go on about someone before a photo's post are no lines of it, nor a warning about "the video"
    pytest.param("Test\n\nDemocrats pressed Barr at once.\n\nThe American people deserve to know the full truth.\nThe Special "
                 "Counsel report must be publicly released in its entirety.\nhttps://t.co/Q5OT6zPpOg \u2014 Juli\u00e1n Castro "
                 "(@JulianCastro) March 22, 2019\n", "The Special", ("Juli\u00e1n Castro", "direct"),
                 id="a_credit_after_a_link_credits_the_line_before"),
    pytest.param("Test\n\nDemocrats pressed Barr at once.\n\nThe American people deserve to know the full truth.\nThe Special "
                 "Counsel report must be publicly released in its entirety.\nhttps://t.co/Q5OT6zPpOg \u2014 Juli\u00e1n Castro "
                 "(@JulianCastro) March 22, 2019\n", "The American", ("Juli\u00e1n Castro", "direct"),
                 id="a_credit_after_a_link_reaches_back_over_its_post_s_lines"),
    pytest.param("Test\n\nDemocrats pressed Barr at once.\n\nThe American people deserve to know the full truth.\nThe Special "
                 "Counsel report must be publicly released in its entirety.\nhttps://t.co/Q5OT6zPpOg \u2014 Juli\u00e1n Castro "
                 "(@JulianCastro) March 22, 2019\n", "https://t.co", ("author", "author"),
                 id="a_credit_after_a_link_is_nobody_s_words"),  # (a guard)
    # (guards, found measuring on PTC once a credit after a link reached back: a line that goes on from the writer's, by a
    # connective or a pronoun, is no post's first line; a post's link counts in what it holds)
    pytest.param("Test\n\nAccording to Slate, the image quickly made the rounds on the internet.\n\nIt illuminates just a small "
                 "sliver of the public health crisis Puerto Rico is facing.\n\nThis is what POTUS calls a 10!\n\nSurgery performed "
                 "with cellphones as flashlights in Puerto Rico today.\n\npic.twitter.com/5pnK5dkkE6 \u2014 Alejandro "
                 "(@agarciapadilla) October 21, 2017\n", "It illuminates", ("author", "author"),
                 id="a_line_opening_on_it_goes_on_from_the_writer_s"),
    pytest.param("Test\n\nAccording to Slate, the image quickly made the rounds on the internet.\n\nIt illuminates just a small "
                 "sliver of the public health crisis Puerto Rico is facing.\n\nThis is what POTUS calls a 10!\n\nSurgery performed "
                 "with cellphones as flashlights in Puerto Rico today.\n\npic.twitter.com/5pnK5dkkE6 \u2014 Alejandro "
                 "(@agarciapadilla) October 21, 2017\n", "This is what", ("Alejandro", "direct"),
                 id="the_post_s_lines_after_the_writer_s_stay_the_post_s"),
    pytest.param("Test\n\nEllison was in a relationship with Alexander at that time, but has denied the allegations.\n\nHe fails, "
                 "however, to relay his side of the story.\n\nHowever, 911 call documents show that Alexander named Ellison as "
                 "her assaulter.\n\n#MnAg RT @jpkolb: UPDATE: This is a record of a 911 call from May 16, 2005.\n\nThe caller "
                 "reported she was assaulted by Keith Ellison.\n\npic.twitter.com/bVmrrZHC3h \u2014 JohnGilmore (@Shabbosgoy) "
                 "August 13, 2018\n", "However, 911", ("author", "author"), id="lines_going_on_from_the_writer_s_one_by_one"),
    pytest.param("Test\n\nWhat makes this recent purge from Facebook and Twitter so egregious is that the pages like the Free Thought "
                 "Project, the Anti-Media, Press for Truth, and dozens of others, did not fit the hate speech narrative these same "
                 "companies used to wipe out Alex Jones.\n\nInstead, these pages were dedicated to spreading peace, bridging the "
                 "divide, bringing humanity together and holding government accountable.\n\nAnd how does this poem end, "
                 "again?\n\nhttps://t.co/nUZ82x9JFt \u2014 Anya Parampil (@anyaparampil) August 6, 2018\n", "Instead,",
                 ("author", "author"), id="a_line_opening_on_a_connective_is_no_post_s_first"),
    pytest.param("Test\n\nCurrently, several thousand predominantly male Central American migrants heading for the US are in the "
                 "western Mexico city of Guadalajara.\n\nMost of them intend to take the Pacific coast route to reach the US, "
                 "which is still about 1,500 miles away.\n\nA group of migrants is gathered on the Mexico side of the U.S/Mexico "
                 "border fence in San Diego.\n\nNone have fully climbed over, just sitting on the fence.\n\npic.twitter.com/S8nUzjzKyZ \u2014 Kelly Biele (@kellytvnews) November 14, "
                 "2018\n", "Most of", ("author", "author"), id="most_of_them_goes_on_from_the_writer_s_line"),
    pytest.param("Test\n\nCurrently, several thousand predominantly male Central American migrants heading for the US are in the "
                 "western Mexico city of Guadalajara.\n\nMost of them intend to take the Pacific coast route to reach the US, "
                 "which is still about 1,500 miles away.\n\nA group of migrants is gathered on the Mexico side of the U.S/Mexico "
                 "border fence in San Diego.\n\nNone have fully climbed over, just sitting on the fence.\n\npic.twitter.com/S8nUzjzKyZ \u2014 Kelly Biele (@kellytvnews) November 14, "
                 "2018\n", "None have", ("Kelly Biele", "direct"), id="the_line_before_a_credit_after_a_link_is_the_post"),  # (a guard)
    pytest.param("Test\n\nWell, the questions are obviously rhetorical.\n\nWe know why.\n\nThe UK is frightened of the "
                 "Islamists, and by being frightened into submission, they are being complicit in the crimes of the devout "
                 "Muslims there.\n\nMy speech at the #FreeTommy protest yesterday.\n\nWe need answers to our questions, and we "
                 "need an MP in Parliament who will ask them.\n\nhttps://t.co/Rxx13odSC8 \u2014 Anne Marie Waters (@AMDWaters) "
                 "June 10, 2018\n", "The UK", ("author", "author"), id="a_post_s_link_counts_in_what_it_holds"),
    pytest.param("Test\n\nDallas, TX \u2014 On Sunday, activists rallied around the Dallas Cowboy\u2019s stadium to draw attention to "
                 "the slaying of Botham Jean.\n\nThey carried coffins and blocked traffic to expose the special treatment of "
                 "Amber Guyger, the cop who has yet to even be fired for killing Jean.\n\nNow, as more details emerge, this "
                 "special treatment has moved to a level that is even more insidious.\n\nProtest at AT&T "
                 "Stadium pic.twitter.com/lu5VsGQByv \u2014 Allison Harris (@AllisonFox4News) September 16, 2018\n", "They carried",
                 ("author", "author"), id="a_line_going_on_from_the_writer_s_is_no_post_s_first"),
    pytest.param("Test\n\nDallas, TX \u2014 On Sunday, activists rallied around the Dallas Cowboy\u2019s stadium to draw attention to "
                 "the slaying of Botham Jean.\n\nThey carried coffins and blocked traffic to expose the special treatment of "
                 "Amber Guyger, the cop who has yet to even be fired for killing Jean.\n\nNow, as more details emerge, this "
                 "special treatment has moved to a level that is even more insidious.\n\nProtest at AT&T "
                 "Stadium pic.twitter.com/lu5VsGQByv \u2014 Allison Harris (@AllisonFox4News) September 16, 2018\n", "Protest at",
                 ("Allison Harris", "direct"), id="a_photo_post_s_own_line_stays_the_poster_s"),  # (a guard)
    pytest.param("Test\n\nThe video found its way to Twitter.\n\nAlso be aware that there are a few racial slurs in the video."
                 "\nDisturbing video of a young supporter having his hat stolen.\nThe civility of the Left on full display "
                 "pic.twitter.com/gUzBVRpP7X \u2014 The Columbia Bugle (@ColumbiaBugle) July 5, 2018\n", "Also be",
                 ("author", "author"), id="a_warning_about_the_video_is_no_line_of_the_post"),
    pytest.param("Test\n\nThe video found its way to Twitter.\n\nAlso be aware that there are a few racial slurs in the video."
                 "\nDisturbing video of a young supporter having his hat stolen.\nThe civility of the Left on full display "
                 "pic.twitter.com/gUzBVRpP7X \u2014 The Columbia Bugle (@ColumbiaBugle) July 5, 2018\n", "Disturbing",
                 ("Columbia Bugle", "direct"), id="a_post_s_line_about_a_video_is_the_post_s"),  # (a guard)
    pytest.param("Test\n\nBelarus freed 52 prisoners on Thursday.\n\nSviatlana Tsikhanouskaya, the exiled opposition leader, "
                 "welcomed the release on social media.\n\n52 more people are free today. Every release is a victory.\n"
                 "https://t.co/Xy12AbCdEf \u2014 Sviatlana Tsikhanouskaya (@Tsihanouskaya) September 11, 2025\n", "Sviatlana",
                 ("author", "author"), id="what_someone_did_on_social_media_leads_in_to_the_post"),  # (a guard: so
    # read once the link credit above reached back)
    # (stories written for the check in the seventieth session) "My friend Ales, a teacher from Hrodna …" names the friend
    # ("he told me" once went to Hrodna, tagged a person); a paraphrase stops at the writer's first person, and a hedge
    # the writer's "But" answers is the writer's; prosecutors asking for years demand them
    pytest.param("Test\n\nMy friend Ales, a teacher from Hrodna who spent two years in a penal colony, puts it more simply. "
                 "\"They let one out and lock two up,\" he told me.\n", "\"They let", ("Ales", "direct"),
                 id="my_friend_and_a_first_name_is_the_person"),
    pytest.param("Test\n\nSome in Brussels argue that talking to Minsk is the only way to get people out. Perhaps. But the "
                 "price should be set by us, not by the jailer.\n", "But the", ("author", "author"),
                 id="a_paraphrase_stops_at_the_writer_s_first_person"),
    pytest.param("Test\n\nSome in Brussels argue that talking to Minsk is the only way to get people out. Perhaps. But the "
                 "price should be set by us, not by the jailer.\n", "Perhaps", ("author", "author"),
                 id="a_hedge_the_writer_s_but_answers_is_the_writer_s"),
    pytest.param("Test\n\nSome diplomats tell me privately that Lukashenko wants a way out of Moscow's embrace. Perhaps. But a "
                 "man who let Russian troops attack Kyiv from his territory has shown where his loyalties lie.\n", "But a man",
                 ("author", "author"), id="the_writer_s_but_after_a_hedge_is_the_writer_s"),
    pytest.param("Test\n\nSome in Brussels argue that talking to Minsk is the only way to get people out. Perhaps. Nobody "
                 "else has a plan.\n", "Perhaps", ("some", "indirect"), id="a_bare_hedge_may_go_on_with_the_paraphrase"),  # (a guard)
    pytest.param("Test\n\nOrganisers say about 4,000 people have come. Police have not given their own estimate.\n", "Police",
                 ("author", "author"), id="police_after_organisers_paraphrase_is_the_writer_s"),
    pytest.param("Test\n\n\"We are ready,\" said Dzmitry, a conscript.\n\nTheir commander, a captain who did not give his name, "
                 "cut the conversation short. Journalists, he said, were not allowed at the checkpoint.\n", "Journalists",
                 ("commander", "indirect"), id="he_after_a_role_the_writer_names_nowhere_is_that_role"),
    pytest.param("Test\n\nA NATO official was more cautious. Journalists, he said, were not allowed.\n", "Journalists",
                 ("NATO official", "indirect"), id="he_after_a_nato_official_is_the_official"),
    pytest.param("Test\n\nBelarus does not recognise the group's mandate. Its mission in Geneva dismissed the report as \"biased "
                 "and politically motivated\" in a note to the Human Rights Council.\n", "Its mission",
                 ("Belarusian mission", "mixed"), id="its_mission_is_the_country_s"),
    pytest.param("Test\n\nLosik said he planned to return. \"I have a lot to say,\" Ihar Losik said.\n\nHis wife, Darya Losik, was herself jailed in 2022 and freed in "
                 "2024. She said the family had learned of his release from a journalist.\n", "She said",
                 ("Darya Losik", "indirect"), id="a_subject_before_was_herself_is_the_sentence_s"),
    # a line that introduces a statement is no more of a paraphrase (seventieth session; once Minsk's)
    pytest.param("Test\n\nMinsk rejects the accusation. The Belarusian foreign ministry said in a statement:\n\n\"Lithuania is "
                 "once again looking for an enemy where there is none.\"\n", "The Belarusian", ("author", "author"),
                 id="a_line_introducing_a_statement_is_no_more_of_a_paraphrase"),
    pytest.param("Test\n\nPavel Latushka and Valery Tsepkalo, both former officials who broke with Lukashenko, were asked whether "
                 "the opposition should negotiate. The former said no. The latter said it had no choice.\n", "The former",
                 ("Pavel Latushka", "indirect"), id="the_former_is_the_first_of_a_joint_subject_before"),
    pytest.param("Test\n\nPavel Latushka and Valery Tsepkalo, both former officials who broke with Lukashenko, were asked whether "
                 "the opposition should negotiate. The former said no. The latter said it had no choice.\n", "The latter",
                 ("Valery Tsepkalo", "indirect"), id="the_latter_is_the_last_of_a_joint_subject_before"),
    pytest.param("Test\n\nHere is what each said.\n\n- **Sergei Syrankov**, Communist Party: \"The president has done a great deal.\""
                 "\n- **Oleg Gaidukevich**, Liberal Democratic Party: the West, he said, \"will never accept a strong Belarus\".\n"
                 "- **Anna Kanopatskaya**, independent: \"I am the only candidate who offers something different.\"\n",
                 "- **Oleg", ("Oleg Gaidukevich", "direct"), id="a_list_item_labelled_with_a_name_and_a_party_is_theirs"),
    pytest.param("Test\n\nHere is what each said.\n\n- **Sergei Syrankov**, Communist Party: \"The president has done a great deal.\""
                 "\n- **Oleg Gaidukevich**, Liberal Democratic Party: the West, he said, \"will never accept a strong Belarus\".\n"
                 "- **Anna Kanopatskaya**, independent: \"I am the only candidate who offers something different.\"\n",
                 "- **Anna", ("Anna Kanopatskaya", "direct"), id="a_labelled_item_s_quotation_is_its_label_s"),
    pytest.param("Test\n\nRFE/RL's president, Stephen Capus, said the network would continue despite U.S. funding cuts. The Trump "
                 "administration moved this year to end the broadcaster's federal grant.\n", "The Trump", ("author", "author"),
                 id="a_named_administration_acting_is_no_more_of_the_paraphrase"),
    # the thirty-ninth reading (PTC dev, the writer's sentences, a third draw): making an announcement that … reports
    pytest.param("Test\n\nLast Wednesday White House press secretary Sarah Sanders made the announcement that Acosta\u2019s press "
                 "pass had been suspended.\n", "Last Wednesday", ("Sarah Sanders", "indirect"),
                 id="made_the_announcement_that_reports"),
    pytest.param("Test\n\nThe minister made the case for talks.\n", "The minister", ("author", "author"),
                 id="made_the_case_for_something_reports_nothing"),  # (a guard)
    # the fortieth reading (PTC train, indirect and mixed speech): "characterize" reports beside its quotation (once the
    # video's quoted before), and a participle the parser hangs on a passive relative clause is the main clause's
    # subject's (once the judge's)
    pytest.param("Test\n\nOne video, according to the complaint, describes \u201cChristians and Jews as \u2018infidels\u2019.\u201d "
                 "Parent Libby Hilsenrath characterized the accompanying assignment as \u201creplete with biased, chastising "
                 "statements.\u201d\n", "Parent", ("Libby Hilsenrath", "mixed"), id="characterized_as_a_quotation_reports"),
    pytest.param("Test\n\nWith his performance at the hearing, Sen. Lindsey Graham (R-S.C.) partly redeemed himself. While "
                 "questioning Kavanaugh, Graham lambasted the confirmation process the judge has been put through, calling it "
                 "\u201cthe most unethical sham since I've been in politics.\u201d\n", "While questioning",
                 ("Lindsey Graham", "mixed"), id="a_participle_hung_on_a_passive_relative_clause_is_the_main_subject_s"),
    pytest.param("Test\n\nCNN's Jim Acosta asked President Donald Trump a question on Nov. 7.\n\nIt was the latest clash between "
                 "Acosta and Trump, who has repeatedly said the coverage is \u201cfake news\u201d.\n", "It was",
                 ("Donald Trump", "mixed"), id="a_singular_who_after_two_names_is_the_last"),
    # a kin noun that speaks is the one person of the owner's family, of the kin's gender, the article names (the
    # sixty-ninth session's leftover and the seventieth's stories; once `wife`, `father`)
    pytest.param("Test\n\nStanislau Shushkevich, the first leader of independent Belarus, has died aged 87, his wife said.\n\nIrina "
                 "Shushkevich told reporters that he died peacefully at home.\n", "Stanislau", ("Irina Shushkevich", "indirect"),
                 id="his_wife_is_the_woman_of_his_family_named_later"),
    pytest.param("Test\n\nSiarhei Tsikhanouski was freed on Saturday. His wife said she was overjoyed.\n\nSviatlana Tsikhanouskaya "
                 "later wrote on X that he was safe.\n", "His wife", ("Sviatlana Tsikhanouskaya", "indirect"),
                 id="his_wife_has_the_family_s_surname_in_its_woman_s_form"),
    pytest.param("Test\n\nThe younger Lukashenko, Viktor Lukashenko, now chairs the Olympic committee. His father has denied grooming "
                 "him. \"I am not preparing anyone,\" Alexander Lukashenko told reporters.\n", "His father",
                 ("Alexander Lukashenko", "indirect"), id="his_father_is_the_man_of_his_family_named_later"),
    pytest.param("Test\n\nSiarhei Tsikhanouski was freed on Saturday. His wife said she was overjoyed.\n", "His wife",
                 ("wife", "indirect"), id="a_kin_noun_with_no_one_of_the_family_named_stays"),  # (a guard)
    # the forty-first reading (PTC train): a quoted word after a fronted phrase's comma, which the sentence goes on from,
    # is a fragment, the writer's scare quotes here (once the person quoted paragraphs up)
    pytest.param("Test\n\n\u201cThis is a disaster,\u201d Sister T said.\n\nThe writer goes on about the document at length.\n\nIn the "
                 "last 20 years, \u201cconservative\u201d Catholics have pointed to the flourishing of some groups of sisters who had "
                 "turned away from the \u201cintense and fruitful path.\u201d\n", "In the last", ("author", "author"),
                 id="a_quoted_word_after_a_fronted_phrase_is_a_fragment"),
    pytest.param("Test\n\n\u201cThis is a disaster,\u201d Sister T said.\n\nThen she stopped, \u201cNever again,\u201d she said.\n",
                 "Then she", ("Sister T", "direct"), id="a_short_quotation_after_a_comma_with_its_frame_stays_direct"),  # (a guard)
    pytest.param("Test\n\nIn July 2014, he organized a pro-Hamas rally held outside the Israeli Consulate.\n\nRally goers repeatedly "
                 "shouted, \u201cWe are Hamas\u201d and \u201cLet\u2019s go Hamas.\u201d\n", "Rally", ("rally goers", "direct"),
                 id="a_short_quotation_after_a_frame_s_comma_stays_direct"),  # (a guard, found measuring)
    pytest.param("Test\n\nThe court jailed her on Friday. Prosecutors had asked for nine years.\n", "Prosecutors",
                 ("prosecutors", "indirect"), id="prosecutors_asking_for_years_demand_them"),
    # ... and "TODAY" crediting a post is no surname of "USA Today" (once so named)
    # the parser may make the object of calling someone something a compound of the predicate noun (once the writer's)
    pytest.param("Test\n\nPoland's defence minister, W\u0142adys\u0142aw Kosiniak-Kamysz, called the announcement propaganda.\n",
                 "Poland's", ("W\u0142adys\u0142aw Kosiniak-Kamysz", "indirect"), id="calling_the_announcement_propaganda_reports"),
    pytest.param("Test\n\nIn Minsk, state media have branded her an extremist.\n", "In Minsk", ("state media", "indirect"),
                 id="branding_someone_an_extremist_reports"),
    pytest.param("Test\n\nThe doorman called her a cab.\n", "The doorman", ("author", "author"),
                 id="calling_someone_a_cab_reports_nothing"),  # (once the doorman's)
    pytest.param("Test\n\nThe minister called the police chief on Monday.\n", "The minister", ("author", "author"),
                 id="calling_the_police_chief_reports_nothing"),  # (a guard)
    pytest.param("Test\n\nThe interview was first reported by USA Today on Monday.\n\nWatch part one of the interview with "
                 "Bill Clinton pic.twitter.com/UC8KAQw8Ge \u2014 TODAY (@TODAYshow) June 4, 2018\n", "Watch part",
                 ("TODAY", "direct"), id="a_word_alone_is_no_surname_of_an_outlet"),
    pytest.param("ALAN DERSHOWITZ: THE LAW IS CLEAR\n\nThe law is clear, Dershowitz said on Monday.\n", "The law",
                 ("ALAN DERSHOWITZ", "indirect"), id="a_surname_alone_is_the_person_a_headline_named"),  # (a guard)
    # "remind" reports for a person, not for a fact or a "this" (the thirty-eighth reading: once the writer's)
    pytest.param("Test\n\nThis is where free thought goes to die. Ron Paul reminds us that truth is treason.\n", "Ron Paul",
                 ("Ron Paul", "indirect"), id="reminds_us_that_reports"),
    pytest.param("Test\n\nThe shelling went on all night. The attack reminds us that the war is not over.\n", "The attack",
                 ("author", "author"), id="a_fact_that_reminds_reports_nothing"),
    # ... and an article's opening lines credited by a dash and a name (an epigraph) are that person's
    pytest.param("More Independent Media To Be Shut Down\n\nThe very word \u201csecrecy\u201d is repugnant in a free and open "
                 "society.\nWe decided long ago that the dangers of excessive concealment far outweighed the dangers.\n\u2013 JFK"
                 "\nIf you haven\u2019t already heard, Facebook has shut down hundreds of pages.\n", "We decided",
                 ("JFK", "direct"), id="an_epigraph_credited_by_a_dash_is_its_author_s"),
    pytest.param("More Independent Media To Be Shut Down\n\nThe very word \u201csecrecy\u201d is repugnant in a free and open "
                 "society.\nWe decided long ago that the dangers of excessive concealment far outweighed the dangers.\n\u2013 JFK"
                 "\nIf you haven\u2019t already heard, Facebook has shut down hundreds of pages.\n", "If you",
                 ("author", "author"), id="the_writer_goes_on_after_an_epigraph"),
    pytest.param("Biblical Illiterates Reverse Romans 13: Teach Submit to Tyranny!\nCaesar had his Brutus, Charles the first his "
                 "Cromwell.\nIf this be treason, make the most of it.\n\u2013Patrick Henry\nThe writer goes on.\n", "Biblical",
                 ("author", "author"), id="an_article_s_title_is_no_line_of_its_epigraph"),
    pytest.param("Biblical Illiterates Reverse Romans 13: Teach Submit to Tyranny!\nCaesar had his Brutus, Charles the first his "
                 "Cromwell.\nIf this be treason, make the most of it.\n\u2013Patrick Henry\nThe writer goes on.\n", "If this",
                 ("Patrick Henry", "direct"), id="an_epigraph_after_a_title_read_as_body_is_its_author_s"),
    # (stories written for the check in the seventieth session, fixed in the seventy-first) "according to its own
    # accounts" is the body's whose accounts they are (once `own accounts`), "his records" his; a name someone gives is
    # theirs after an ordinal too ("said the first, a 19-year-old … who gave only his first name, Dzmitry"; once `first`)
    pytest.param("Test\n\nMelnikova chairs the Coordination Council, a body elected online.\n\nThe council has 80 members and "
                 "almost no money. Its budget last year was less than 200,000 euros, according to its own accounts, most of it "
                 "from private donors.\n", "Its budget", ("Coordination Council", "indirect"),
                 id="according_to_its_own_accounts_is_the_body_s"),
    pytest.param("Test\n\nAles Bialiatski founded Viasna in 1996. The number of prisoners has doubled, according to his "
                 "records.\n", "The number", ("Ales Bialiatski", "indirect"), id="according_to_his_records_is_his"),
    pytest.param("Test\n\nThe group counts 1,100 prisoners. The number has doubled, according to Viasna's records.\n",
                 "The number has", ("Viasna", "indirect"), id="according_to_a_body_s_records_is_the_body_s"),
    pytest.param("Test\n\nAles Bialiatski founded Viasna in 1996. The number of prisoners has doubled, according to his "
                 "lawyer.\n", "The number", ("lawyer", "indirect"), id="according_to_his_lawyer_is_the_lawyer_s"),  # (a guard)
    pytest.param("Test\n\nTwo conscripts stood at the gate. \"We are here to defend the country,\" said the first, a "
                 "19-year-old from Brest who gave only his first name, Dzmitry.\n", "\"We are",
                 ("Dzmitry", "direct"), id="the_first_who_gave_his_first_name_is_that_name"),
    # a "he" after a quotation the sentence's reporter reports someone else to have said is the reporter (the
    # quotation stays the innermost speaker's; once the guard's)
    pytest.param("Test\n\nIhar Losik, a blogger, said a guard had told him in June that \"the Americans are coming for some "
                 "of you.\" He did not believe it at first.\n", "He did", ("Ihar Losik", "indirect"),
                 id="he_after_a_nested_report_is_the_reporter"),
    pytest.param("Test\n\nIhar Losik, a blogger, said a guard had told him in June that \"the Americans are coming for some "
                 "of you.\" \"I thought it was another trick,\" he said.\n", "\"I thought", ("Ihar Losik", "direct"),
                 id="he_said_after_a_nested_report_is_the_reporter"),
    # the forty-third reading (PTC train): a quotation over lines whose last line is credited after its closing mark by a
    # dash and a name is that person's (once a heading, and the quotation nobody's)
    pytest.param("Don Lemon Is Lying Again\n\n\u201cSo, we have to stop demonizing people.\n\nThere is no white guy ban.\n\n"
                 "So, what do we do about that?\u201d \u2013Don Lemon\n\nTo illustrate the absurdity, I looked at the list.\n",
                 "\u201cSo, we", ("Don Lemon", "direct"), id="a_quotation_credited_by_a_dash_after_its_last_line_is_theirs"),
    # the forty-fifth reading (PTC train, indirect and mixed speech): a name someone calls himself names the speaker
    # (once `Marine`); a report in a relative clause on the subject a dateline displaced is an aside (once Haig's)
    pytest.param("Test\n\nThe man, a former Marine who called himself Rick, says he was Paddock\u2019s neighbor.\n", "The man",
                 ("Rick", "indirect"), id="a_man_who_called_himself_rick_is_rick"),
    pytest.param("Ammo seller arrested\n\n(CNN) Douglas Haig, an Arizona man who says he sold tracer ammunition to the gunman in "
                 "October's Las Vegas massacre, was arrested Friday on a charge of conspiring to manufacture armor-piercing "
                 "bullets.\n", "(CNN)",
                 ("author", "author"), id="a_report_in_a_relative_clause_after_a_dateline_is_an_aside"),
    # ... and a quoted fragment in a sentence about another person named is not the words of the paragraph's speaker
    # (once Crux's)
    pytest.param("Test\n\nExcept whenever he pleases, as we have seen with the bishops he has sacked, prompting even Crux to ask: "
                 "\u201cDoes Pope Francis have an enemies list?\u201d Then again, Francis even obtained the removal of his own "
                 "\u201ctrusted counselor\u201d McCarrick from the College of Cardinals.\n", "Then again",
                 ("Pope Francis", "mixed"), id="a_fragment_about_another_person_is_not_the_paragraph_speaker_s"),
    pytest.param("Test\n\n\u201cWe will not leave,\u201d Anna Berg said. She called the ruling \u201ca disgrace.\u201d\n", "She called",
                 ("Anna Berg", "mixed"), id="a_fragment_of_the_paragraph_speaker_s_own_stays_theirs"),  # (a guard)
    pytest.param("Test\n\nAs Feinstein put it, \u201cShow some heart. Wait until Dr. Ford feels that she can come before the "
                 "committee.\u201d Ford doesn\u2019t \u201cfeel\u201d like she can testify on Monday.\n", "Ford doesn",
                 ("Feinstein", "mixed"), id="a_fragment_echoing_the_paragraph_speaker_s_words_stays_theirs"),  # (a guard,
    # found measuring the fix above: once Ford's)
    pytest.param("Test\n\nMr. Stone exchanged emails with Stephen K. Bannon. Mr. Bannon appears to be the official described in "
                 "the court document as \u201cthe high-ranking Trump Campaign official,\u201d based on previous disclosures.\n",
                 "Mr. Bannon", ("court document", "mixed"), id="described_in_a_document_as_quotes_the_document"),  # (found
    # measuring the fix above: once Stone's, then Bannon's)
    # the forty-sixth reading (PTC dev, sentences given a source other than the writer): a description framing a
    # quotation is not a person its own quoted words speak of ("Attorney General Barr must … testify", once Barr's)
    pytest.param("Test\n\nAttorney General William Barr received the report on Friday.\n\nSen. Kamala Harris of California called for "
                 "\u201ctotal transparency.\u201d\n\n\u201cA declassified report must be made public immediately and Attorney General "
                 "Barr must publicly testify under oath,\u201d the former California attorney general said in a statement.\n",
                 "\u201cA declassified", "Kamala Harris", id="a_description_is_no_person_its_quotation_speaks_of"),
    # the forty-eighth reading (PTC train): a quoted description set beside someone the writer's sentence names, under
    # no speech verb, is the writer's (once the subject's, Benedict's)
    pytest.param("Test\n\nBy 2012, this had proved impossible. Why would Benedict take advice from a man like Martini \u2013 the "
                 "\u201cgodfather\u201d of the \u201cliberal wing\u201d of European Catholicism?\n", "Why would", ("author", "author"),
                 id="a_quoted_description_beside_someone_named_is_the_writer_s"),
    pytest.param("Test\n\nSenator Anna Berg attacked the minister, a man she called \u201ca total disgrace to this country.\u201d\n",
                 "Senator", ("Anna Berg", "mixed"), id="a_quoted_description_under_a_speech_verb_is_the_speaker_s"),  # (a guard)
    # the fiftieth reading (PTC dev, the writer's sentences): verbs of attacking someone in words report beside a
    # quotation (once the writer's scare quotes)
    pytest.param("Test\n\nCommon Cause claimed in the suit that Kemp failed to protect voter data.\n\nThe suit blasted the state\u2019s "
                 "\u201cprovisional ballot scheme,\u201d that could disenfranchise a registered voter.\n", "The suit",
                 ("Common Cause", "mixed"), id="blasting_a_quoted_term_reports"),
    pytest.param("Test\n\nSenator Anna Berg slammed the plan as \u201ca giveaway to the rich.\u201d\n", "Senator",
                 ("Anna Berg", "mixed"), id="slamming_something_as_quoted_words_reports"),  # (a guard: the subject's before)
    pytest.param("Test\n\nThe storm blasted the coast overnight.\n", "The storm", ("author", "author"),
                 id="a_storm_that_blasts_reports_nothing"),  # (a guard)
    # ... and a quotation whose curly marks a nested quotation closed early runs on over the lines without marks (once
    # the writer's)
    pytest.param("Test\n\nIn the press release Sheriff Hogrefe said, \u201cThat all changed for me when a message was forwarded to us "
                 "that simply said in part \u201cwe are starving and need food and water\u201d.\n\nI absolutely knew that we couldn\u2019t "
                 "wait, so I began working on a search warrant.\n\nWe also knew they would have an advantage if we didn\u2019t deploy "
                 "quickly.\u201d\n\nOn Friday morning, the team executed the warrant.\n", "I absolutely", ("Hogrefe", "direct"),
                 id="a_quotation_a_nested_one_closed_early_runs_on_over_lines"),
    # the fifty-first reading (BASIL, indirect and mixed speech): declaring an emergency, a war or a victory is an act,
    # no report (once the presidents')
    pytest.param("Test\n\nPresidents have declared national emergencies under a 1970s-era law about five dozen times.\n",
                 "Presidents", ("author", "author"), id="declaring_an_emergency_reports_nothing"),
    pytest.param("Test\n\nThe governor declared a state of emergency on Friday.\n", "The governor", ("author", "author"),
                 id="declaring_a_state_of_emergency_reports_nothing"),
    pytest.param("Test\n\nThe minister declared that the border was closed.\n", "The minister", ("minister", "indirect"),
                 id="declaring_that_reports"),  # (a guard)
    # the fifty-second reading (PTC train): a titled name spaCy tags an organisation is the person (once `Secretary of
    # Homeland Security Kirstjen Nielsen`)
    pytest.param("Test\n\nSecretary of Homeland Security Kirstjen Nielsen said, \"Border security is national security.\"\n",
                 "Secretary", ("Kirstjen Nielsen", "direct"), id="a_titled_name_tagged_an_organisation_is_the_person"),
    pytest.param("Test\n\nThe Ministry of Foreign Affairs of the Republic of Belarus said the note was received.\n", "The Ministry",
                 ("Ministry of Foreign Affairs of the Republic of Belarus", "indirect"),
                 id="a_ministry_of_a_republic_stays_a_body"),  # (a guard)
    # (a dateline before an organisation's name leaves the name's phrase empty: once an IndexError, found running the
    # seventieth session's court story after the fix above)
    pytest.param("Court jails journalist\n\nMINSK (AP) \u2014 A court in Belarus on Friday sentenced a journalist to eight years in "
                 "prison for her reporting, her lawyer said, the latest in a crackdown on independent media.\n", "MINSK",
                 ("lawyer", "indirect"), id="a_dateline_before_an_organisation_s_name_raises_nothing"),


    pytest.param("Test\n\nAttorney General William Barr received the report on Friday.\n\n\u201cI will release what I can,\u201d the "
                 "attorney general said.\n", "\u201cI will", "William Barr",
                 id="a_description_is_the_titled_person_named_before"),  # (a guard)
    # ... and a reporting verb glued to its colon and the opening quotation mark frames the quotation (once the body
    # quoted before)
    pytest.param("Test\n\nTrump\u2019s reaction is that he is \u201cglad it\u2019s over,\u201d reported ABC News. In a separate statement, Trump "
                 "lawyers Rudy Giuliani and Jay Sekulow said:\u201cWe\u2019re pleased that the Office of Special Counsel has "
                 "delivered its report.\u201d\n", "In a separate", ("Rudy Giuliani and Jay Sekulow", "direct"),
                 id="said_glued_to_a_colon_and_a_quotation_mark_frames_it"),
    pytest.param("Test\n\nWe have to ask. Is it simply a coincidence that Tommy Robinson is now in prison, and that a \u201cresearcher\u201d "
                 "who presents such a misleading account of Robinson is currently engaged in consultation with the European "
                 "Union in advising how to disrupt Robinson\u2019s activities?\n", "Is it", ("author", "author"),
                 id="a_participle_does_not_climb_past_a_clause_with_a_quoted_subject"),  # (once Robinson's)
    pytest.param("Test\n\nArroyo spoke with Cruz as well, who said he was \u201cincredibly frustrated\u201d when Barros was going to be "
                 "appointed. He\u2019d testified about three bishops, he said, but Barros had special significance for him.\n",
                 "He\u2019d", ("Cruz", "indirect"), id="he_after_a_who_that_said_is_no_reporter_s"),  # (a guard, found
    # measuring the fix above, which gave it to Arroyo: the parser makes "who said" a complement of "spoke")
    pytest.param("Test\n\nThe board noted the Code of Conduct for U.S. judges says that a \u201cjudge should not publicly endorse a "
                 "candidate.\u201d\n\nThe New York Times also chimed in: \u201cWashington is more than partisan enough.\u201d\n",
                 "The New York", ("New York Times", "direct"), id="chimed_in_before_a_quotation_reports"),  # (found measuring
    # the fix above: once the board's, before that the Code of Conduct's)
    pytest.param("Test\n\nThe church bells chimed in the distance.\n", "The church", ("author", "author"),
                 id="bells_that_chime_report_nothing"),  # (a guard)
    # the forty-second reading's leftover (BASIL): a quoted handle that posted something is a name, not words (once the
    # sentence was the handle's)
    pytest.param("Test\n\nThe video, which was posted on YouTube by \"DCCameraGuy,\" does not reveal the identity of the men "
                 "making the tape.\n", "The video", ("author", "author"), id="a_quoted_handle_that_posted_something_is_a_name"),
    pytest.param("Test\n\nThe claim was dismissed by \"everyone who matters,\" the minister said.\n", "The claim",
                 ("minister", "mixed"), id="a_quoted_agent_of_no_reporting_verb_stays_quoted"),  # (a guard)
    pytest.param("Test\n\nIhar Losik, a blogger, said a guard had told him in June that \"the Americans are coming for some "
                 "of you.\"\n", "Ihar", ("guard", "mixed"), id="a_nested_report_s_quotation_stays_the_innermost_speaker_s"),  # (a guard)
    # s72, BASIL: "Hillary and Bill Clinton earned …" ¶ "“…,” Clinton said in a statement": Hillary Clinton, named first
    pytest.param(("Test\n\nMartha and George Quill earned $2 million last year, according to tax returns released on Friday.\n\n"
                 "\"We worked hard for it,\" Quill said in a statement.\n"),
                 "\"We worked", "Martha Quill", id="a_first_name_joined_to_a_full_name_shares_its_surname"),
    # s72, PTC dev: "NBC News spoke with Jean’s mother …" ¶ "“He did no one any wrong,” she said." is the mother's, not
    # Botham Jean's (whose first name tells no gender)
    pytest.param(("Test\n\nBotham Jean, 26, was shot in his apartment.\n\nNBC News spoke with Jean’s mother in a phone interview "
                 "from her home who was stunned to hear of his death.\n\n“He did no one any wrong,” she said.\n"),
                 "“He did", "mother", id="she_after_a_name_s_kin_is_the_kin"),
    # s72, PTC train: "She offered no evidence — nor was asked for any — to back her grave allegations." reports nothing:
    # "was asked" takes the subject the parser hangs it on as the one asked
    pytest.param(("Test\n\nIn response, Clara Wong called the plan “a fraud”.\n\nShe offered no proof — nor was asked for any — to "
                 "back her grave charges.\n"),
                 "She offered", "author", id="the_one_asked_is_no_speaker"),
    # s72, PTC train: "John Allen’s instant analysis … is … craftier." ¶ "His opinion is: “Take it seriously …”"
    pytest.param(("Test\n\nNotice that for Walters it is not the Church that must be defended, but only the pope.\n\nJohn Alder’s quick "
                 "analysis attempting to discredit Vigano’s testimony is, as one would expect from him, a bit craftier.\n\n"
                 "His opinion is: “Take it seriously, but with a grain of salt.”\n"),
                 "His opinion", "John Alder", id="a_held_view_before_a_colon_is_its_owner_s_words"),
    # s72, PTC train: "The remarks that the Pope had made in January … were: “The day they bring me proof …”"
    pytest.param(("Test\n\nPope Francis visited Peru in January.\n\nJuan Pablo Ortiz said: \"I keep my faith.\"\n\nThe remarks that "
                 "the Pope had made in January that caused such offence were: \"The day they bring me proof, then I will speak.\"\n"),
                 "The remarks", "Pope Francis", id="remarks_a_relative_clause_gives_a_maker_are_the_maker_s"),
    # s72, PTC train: "your brother Bishop Nona Amel, Chaldean-Catholic Archbishop of Mosul in exile, …, when he tells us:
    # “…”": "Bishop" makes him a "he" ("Nona" is a woman's name elsewhere), and the apposed title names nobody
    pytest.param(("Test\n\nMany converts, such as Magdi Allam, are even leaving the Church.\n\nWe fear that you do not take your "
                 "brother Bishop Nona Amel, Chaldean-Catholic Archbishop of Mosul in exile, seriously, when he tells us: “Our "
                 "present sufferings are the prelude to yours.\n"),
                 "We fear", "Nona Amel", id="a_cleric_s_title_tells_his_pronoun"),
    # (a guard, s72, PTC train: once a closing line's sentences stopped at the closing mark, "‘He was trying to attack
    # me …’”" inside the Washington Post's quoted account went to the article; the innermost speaker keeps it)
    pytest.param(("Test\n\nAnna Ward claims, according to the Post article, that “one summer in the early 1980s, two boys "
                 "corralled her into a bedroom.\n\nWhile his friend watched, she said, one pinned her to a bed.\n\n‘I thought he "
                 "might kill me,’ said Ward.\n\n‘He was trying to hurt me.’” Ms. Ward said she was able to escape the room.\n"),
                 "‘He was", "Anna Ward", id="a_nested_quotation_closing_a_quoted_report_stays_its_speaker_s"),
    # s72, BASIL: "…, Tommy Vietor, e-mailed to remind officials that Denis McDonough … wanted to ensure that …"
    pytest.param(("Test\n\nOfficials met at six.\n\nAt 6:20 p.m., the spokesman for the National Security Council at the time, "
                 "Tom Vick, emailed to remind officials that Dan Moore, then the deputy national security adviser, wanted to "
                 "ensure that the edits were coordinated with the State Department.\n"),
                 "At 6:20", ("Tom Vick", "indirect"), id="a_message_sent_to_report_reports"),
    # s72, PTC dev: "It was a similar sentiment on Twitter from former Rep. Beto O’Rourke of Texas." ¶ "“Release the
    # Mueller report …,” he wrote." is O'Rourke's, not the last person quoted
    pytest.param(("Test\n\nSenator Cory Booker is raising money off the report.\n\n“This report should be public now,” Booker "
                 "tweeted.\n\nIt was a similar sentiment on Twitter from former Rep. Ben Ortiz of Texas.\n\n“Release the report to "
                 "the American people,” he wrote.\n"),
                 "“Release", "Ben Ortiz", id="a_copula_s_it_keeps_the_person_it_names_for_the_he_after_it"),
    # s72, PTC train: "… Victoria Toensing told Sean Hannity, “…”" ¶ "In a lengthy report by … Correspondent Sara Carter,
    # she pointed out that following:" is Carter's, not the speaker before
    pytest.param(("Test\n\nThe lawyer Victoria Toms told Sean Hannity, “They were so confident.”\n\nIn a lengthy report by "
                 "Award-winning National Security/War Correspondent Sara Carson, she pointed out that following:\n"),
                 "In a lengthy", "Sara Carson", id="she_after_a_fronted_text_by_a_person_is_its_author"),
    # s72, PTC train: "… in union with Pope Francis who himself says in … Amoris Laetitia that “…”" was `himself`'s
    pytest.param(("Test\n\nThere, we have nothing to forbid,” says Harant.\n\nHe sees himself in this in union with Pope "
                  "Francis who himself says in his magisterial document Amoris Laetitia that “each person, independent of "
                  "his sexual orientation, is to be respected in his dignity.”\n"),
                 "He sees", "Pope Francis", id="an_emphatic_himself_after_who_is_no_speaker"),
    # s73, PTC train: "British Prime Minister Theresa May, French President Emmanuel Macron and German Chancellor Angela
    # Merkel issued a joint statement …" ¶ "They said …" lost May (the parser makes the list's first name a second subject)
    pytest.param(("Test\n\nThe allies were upset.\n\nBritish Prime Minister Theresa May, French President Emmanuel Macron "
                  "and German Chancellor Angela Merkel issued a joint statement on Friday praising the accord.\n\nThey said "
                  "that the accord was \u201ca major step.\u201d\n"),
                 "They said", "Theresa May, Emmanuel Macron and Angela Merkel",
                 id="a_list_s_first_name_the_parser_set_apart_is_one_of_them"),
    pytest.param(("Test\n\nThe allies were upset.\n\nBritish Prime Minister Theresa May, French President Emmanuel Macron "
                  "and German Chancellor Angela Merkel said in a joint statement that the accord was \u201ca major step."
                  "\u201d\n"), "British Prime", "Theresa May, Emmanuel Macron and Angela Merkel",
                 id="a_list_of_three_titled_speakers_is_all_three"),
    pytest.param(("Test\n\nThe allies were upset.\n\nPrime Minister Theresa May, President Emmanuel Macron and Chancellor "
                  "Angela Merkel issued a joint statement on Friday praising the accord.\n\nThey said that the accord was "
                  "\u201ca major step.\u201d\n"), "They said", "Theresa May, Emmanuel Macron and Angela Merkel",
                 id="a_list_s_first_name_read_as_a_month_is_one_of_them"),
    # s73, PTC train: "Congressional Republicans are hoping the files reveal details about …" was the files' (spaCy's
    # lemma of "hoping" is "hop", so the hope went unseen)
    pytest.param("Test\n\nThe messages will take longer.\n\nSenate Republicans are hoping the files reveal details about the "
                 "inquiry.\n", "Senate Republicans", "author", id="a_report_hoped_for_is_not_made"),
    pytest.param("Test\n\nThe memo was out.\n\nSenate Democrats were hoping the report said the FBI lied.\n",
                 "Senate Democrats", "author", id="a_report_hoped_for_in_the_past_is_not_made"),
    # s73, PTC train: "We are now expected to believe that the “authentic Magisterium” teaches what the guidelines
    # preposterously declare" was the guidelines'
    pytest.param(("Test\n\nThe guidelines were published.\n\nWe are now expected to believe that the \u201cauthentic "
                  "teaching\u201d holds what the guidelines preposterously declare.\n"),
                 "We are now", "author", id="a_free_relative_report_beside_quoted_words_is_the_writer_s_object"),
    pytest.param("Test\n\nThe talks ended.\n\nWhat Putin said next was: \u201cWe will win.\u201d\n", "What Putin",
                 ("Putin", "direct"), id="a_free_relative_report_that_frames_the_quotation_still_reports"),
    # (guard, found in the dumps: a quoted word after the free relative, which the parser hangs elsewhere, is still its)
    pytest.param(("Test\n\nThe troops came.\n\nThe US sent troops to thwart what President Trump describes as an impending "
                  "migrant\u201cinvasion.\u201d\n"), "The US sent", ("Trump", "mixed"),
                 id="a_free_relative_before_its_quoted_word_still_reports"),
    # (guard, found in the check stories: the parser's "what" inside the quotation makes no free relative)
    pytest.param(("Test\n\nHer son, Ivan, was 16 then.\n\n\"She told me to finish school no matter what,\" he said in a video "
                  "message.\n"), "\"She told", ("Ivan", "direct"), id="a_quoted_no_matter_what_is_no_free_relative"),
    # s73, PTC train: "the Oakland Indie Alliance … got a message saying “Important Alert! …”" was the Alliance's
    pytest.param("Test\n\nShops were warned.\n\nThe shop owners group got a message saying \u201cImportant alert!\u201d\n",
                 "The shop", "message", id="a_message_someone_got_speaks_not_the_one_who_got_it"),
    pytest.param(("Test\n\nThe hearing was set.\n\nMs. Fordham received a letter from Senator Ruiz saying that the hearing "
                  "\u201cwill go ahead.\u201d\n"), "Ms. Fordham", "Ruiz", id="a_letter_someone_got_from_a_person_is_the_sender_s"),
    pytest.param(("Test\n\nThe hearing was set.\n\nMs. Fordham read the letter, saying that it was \u201ca disgrace."
                  "\u201d\n"), "Ms. Fordham", "Fordham", id="a_participle_after_a_comma_is_the_reader_s_own_words"),
    # s73, PTC dev: "Tanya and Jason Badger said …" ¶ "They said …" was Jason Badger alone ("Tanya" tagged a place)
    pytest.param(("Test\n\nThe police left.\n\nTanya and Jason Badger said they had seen a boy.\n\nThey said they were "
                  "surprised.\n"), "They said", "Tanya Badger and Jason Badger",
                 id="a_first_name_tagged_a_place_before_and_a_full_name_is_one_of_a_couple"),
    # s73, PTC dev: "U.S. Attorney John C. Anderson and Special Agent in Charge James C. Langenberg of the FBI’s
    # Albuquerque Division, said in a statement …" was Anderson's alone
    pytest.param(("Test\n\nThe home was raided.\n\nU.S. Attorney John C. Andersen and Special Agent in Charge James C. "
                  "Langenburg of the FBI’s Albuquerque Division, said in a statement that the home served as a range.\n"),
                 "U.S. Attorney", "John C. Andersen and James C. Langenburg", id="a_title_with_a_preposition_keeps_its_person_in_a_joint_report"),
    # s73, PTC train: "“Why not?" ¶ "Everybody says well it was litigated …" ¶ "… I was never discredited at all.”" gave
    # the middle line to `everybody`
    pytest.param(("Test\n\nJuana Brodrick has long accused Mr. Clinton.\n\n\u201cGo back that far,\u201d she said on "
                  "Wednesday.\n\n\u201cWhy not?\n\nEverybody says well it was settled, but my case was never settled.\n\n"
                  "It never went to court.\n\nI was never discredited at all.\u201d\n"), "Everybody says",
                 ("Juana Brodrick", "direct"), id="everybody_s_report_inside_a_quotation_over_lines_is_the_speaker_s"),
    pytest.param("Test\n\nThe case was closed.\n\nEverybody says the case is settled.\n", "Everybody", "everybody",
                 id="everybody_s_report_outside_a_quotation_stays_everybody_s"),
    # s73, PTC train: "Gonzalez became known as “The Great Left Hope,”" and "Bishop Morlino … is under heavy attack as a
    # “hater”" were their own words
    pytest.param(("Test\n\nGomez hails from Texas.\n\nIn San Francisco, Gomez became known as \u201cThe Great Left "
                  "Hope,\u201d and a hero to radicals.\n"), "In San Francisco", "author", id="a_quoted_name_the_subject_became_known_as"),
    pytest.param(("Test\n\nBishop Morlan spoke.\n\nBishop Morlan does this in a moment when he is under heavy attack as a "
                  "\u201chater\u201d for his views.\n"), "Bishop Morlan does", "author", id="a_quoted_name_the_subject_is_attacked_as"),
    pytest.param("Test\n\nGrassley spoke.\n\nTrump was mocked by Grassley as a \u201cfarmer.\u201d\n", "Trump was",
                 ("Grassley", "mixed"), id="a_quoted_name_given_by_an_agent_is_the_agent_s"),
    # s73, PTC train: "what the country’s commander-in-chief called a looming migrant “invasion”" was `country’s commander`
    pytest.param("Test\n\nTroops came.\n\nThe commander-in-chief said the caravan was \u201cdangerous.\u201d\n",
                 "The commander", "commander-in-chief", id="a_hyphenated_role_keeps_its_last_pieces"),
    # s73, PTC dev: "Heck, the Clinton’s and John Podesta have even referenced Wikileaks before that became ‘fake.’" was
    # theirs
    pytest.param(("Test\n\nMedia were normal.\n\nHeck, Hillary Clinton and John Podesta have even cited Wikileaks before "
                  "that became \u2018fake.\u2019\n"), "Heck", "author", id="a_quoted_word_for_what_a_thing_became_is_a_scare_quote"),
    # s73, PTC train: "As to Bertone and Sodano, Viganò provides further vital testimony:" ¶ "Nuncio Sambi’s report … was
    # sent to Cardinal Tarcisio Bertone …" was the writer's
    pytest.param(("Test\n\nThe secretaries were instrumental.\n\nAs to Bertone and Sodano, Vigano provides further vital "
                  "testimony:\n\nThe nuncio's report was sent to Cardinal Bertone.\n"), "The nuncio", ("Vigano", "direct"),
                 id="an_account_given_before_a_colon_introduces_the_block"),
    pytest.param("Test\n\nThe secretaries were instrumental.\n\nHe gave testimony on Monday.\n", "He gave", "author",
                 id="testimony_given_with_no_colon_reports_nothing"),
    # s73, PTC train: "This is the programme:" ¶ "“Do not distance yourself …" ¶ … ¶ "… a departure point.”" ¶ "After
    # breathing this threat, the cardinal continued, saying …" was the nun's quoted before
    pytest.param(("Test\n\nSister Tess wrote to me: \u201cThis is a disaster.\u201d\n\nI contrast this with the words of "
                  "Cardinal Joao Bras.\n\nThis is the programme:\n\n\u201cDo not distance yourself from the Council.\u201d "
                  "\u201cThose who distance themselves will die.\n\nThey will not have sense.\n\nWe need to build.\u201d\n\n"
                  "After this threat, the cardinal continued, saying that the rules had changed.\n"),
                 "They will not", ("Joao Bras", "direct"), id="a_quotation_no_cue_named_is_whoever_the_next_line_goes_on_with"),
    # s73, BASIL: "… several justices suggested they were troubled by the case …. Estimates of how many women could be
    # included in the lawsuit run from 500,000 to 1.6 million." carried the justices' paraphrase
    pytest.param(("Test\n\nThe case was argued.\n\nIn Tuesday's arguments, several justices suggested they were troubled by "
                  "the case. Estimates of how many women could be included in the lawsuit run from 500,000 to 1.6 million.\n"),
                 "Estimates", "author", id="estimates_after_a_paraphrase_are_no_more_of_it"),
    # s73, BASIL: "Some residents … reported seeing a similar white van …. But it was not immediately clear if that van was
    # the same one …" carried the residents' report
    pytest.param(("Test\n\nThe van was seized.\n\nSome residents reported seeing a similar white van near a mall. But it was "
                  "not immediately clear if that van was the same one.\n"), "But it", "author",
                 id="but_it_was_not_clear_after_a_paraphrase_is_the_writer_s"),
    # s73, BASIL: "Thursday’s showdown came … during a hearing with four subject experts on “Putin’s Playbook: …”" was the
    # witnesses' of the sentence after it
    pytest.param(("Test\n\nThe senators spoke.\n\nThe showdown came during a hearing with four experts on \u201cPutin\u2019s "
                  "Playbook: The Kremlin\u2019s Use of Money in 2016.\u201d Down the line, the witnesses warned that Russia would "
                  "grow bolder.\n"), "The showdown", "author", id="a_later_report_with_no_quotation_frames_no_quoted_title_before_it"),
    # s73, BASIL: "Chants of “We love you, Pelosi!” rang out briefly, until the minority leader acknowledged them." was the
    # minority leader's
    pytest.param(("Test\n\nKhakis filled the grounds.\n\nChants of \u201cWe love you, Pelosi!\u201d rang out briefly, until the "
                  "minority leader acknowledged them.\n"), "Chants", "author", id="acknowledging_a_crowd_is_a_gesture"),
    pytest.param("Test\n\nThe vote failed.\n\nThe minister acknowledged the \u201cmistake.\u201d\n", "The minister",
                 ("minister", "mixed"), id="acknowledging_a_quoted_mistake_still_reports"),
    # (a guard, found in the dumps: "Hutchinson's chief complaint was that some provisions do not "precisely mirror" the
    # federal law" is his, which the next sentence's "He said …" had given it by chance)
    pytest.param(("Test\n\nGovernor Asa Hutchins spoke.\n\nHutchins's chief complaint was that some provisions do not "
                  "\"precisely mirror\" the federal law.\n\nThe session ended.\n"), "Hutchins's", ("Asa Hutchins", "mixed"),
                 id="a_quoted_word_in_a_person_s_complaint_is_theirs"),
    # (guards, found in the dumps: giving an answer one must give, or an explanation in a relative clause, introduces no
    # block)
    pytest.param(("Test\n\nThe time is now.\n\nThe bishops must rise and give a courageous answer to the challenge posed by "
                  "Monsignor Klaus Gamble:\n\nWhere are the leaders who can show us the path?\n"), "Where are", "author",
                 id="an_answer_that_must_be_given_introduces_no_block"),
    pytest.param(("Test\n\nMaradiaga kept silent.\n\nConcerning Maradiaga, who offers no credible explanation, Vigano provides "
                  "this withering assessment of the man:\n\nIn a team effort with Cardinal Maradiaga, McCarrick had become the "
                  "kingmaker.\n"), "In a team", ("Vigano", "direct"), id="an_assessment_given_before_a_colon_is_the_giver_s"),
    # s73, PTC dev: "'This was litigated 20 years ago." ¶ "Two-thirds of the American people sided with me.'" (a quotation in
    # single marks over lines, in text with no double ones) left the closing line to the writer
    pytest.param(("Test\n\nClinton piled on.\n\n'You think President Kennedy should have resigned?\n\nDo you believe President "
                  "Johnson should have resigned?\n\nSomeone should ask you these questions,' he jabbed.\n\nHe accused the host of "
                  "ignoring facts.\n\n'This was litigated 20 years ago.\n\nTwo-thirds of the American people sided with me.'\n"),
                 "Two-thirds", ("Clinton", "direct"), id="a_quotation_in_single_marks_over_lines_is_its_speaker_s"),
    pytest.param(("Test\n\nClinton piled on.\n\n'You think President Kennedy should have resigned?\n\nDo you believe President "
                  "Johnson should have resigned?\n\nSomeone should ask you these questions,' he jabbed.\n"),
                 "Do you believe", ("Clinton", "direct"), id="a_middle_line_of_a_quotation_in_single_marks_is_its_speaker_s"),
    pytest.param("Test\n\nThe Badgers' land was searched.\n\nThe Badgers' neighbours left.\n", "The Badgers' neighbours",
                 "author", id="a_plural_possessive_mark_opens_no_quotation"),
    # s73, PTC train: "Adam Warren, CC ‘22, was in the audience Friday night." opened a quotation at the class year
    pytest.param("Test\n\nNeither Patel nor AAA could be reached.\n\nAdam Warren, CC \u201822, was in the audience.\n",
                 "Adam Warren", "author", id="a_shortened_year_s_mark_opens_no_quotation"),
    # s73, PTC train (the eighty-fifth reading): "With the passing of time the Assembly … has transferred tasks to the
    # President …, according to the faculties described in the statutes, …" was the faculties'
    pytest.param(("Test\n\nCarmels closed.\n\nThe Assembly has transferred tasks to the President, according to the faculties "
                  "described in the statutes.\n"), "The Assembly", "author", id="according_to_a_body_s_faculties_is_in_accordance"),
    pytest.param("Test\n\nThe talks ended.\n\nAccording to Samantha Power, the talks failed.\n", "According",
                 ("Samantha Power", "indirect"), id="according_to_a_person_named_power_is_hers"),
    # s73, PTC train (the eighty-fifth reading): "An IG presentation from September 2016 shows that …" ¶ "“…,” it read." was
    # the last person named's
    pytest.param(("Test\n\nBecerra declined to comment.\n\nAn IG presentation from September 2016 shows that Becerra knew of "
                  "problems. \u201cThe staff requested one of the employees to not provide IT services,\u201d it read.\n"),
                 "\u201cThe staff", ("IG presentation", "direct"), id="a_presentation_that_shows_is_the_it_that_reads"),
    # s73, PTC train (the eighty-fifth reading): "… Trump … tweeted that McGahn spoke with the special counsel team for “over
    # 30 hours …”" was McGahn's
    pytest.param(("Test\n\nThe team met.\n\nTrump tweeted that McGahn spoke with the team for \u201cover 30 hours, only with "
                  "my approval.\u201d\n"), "Trump tweeted", ("Trump", "mixed"), id="how_long_someone_spoke_is_no_quotation_of_theirs"),
    # s73, PTC train (the eighty-seventh reading): "… voices throughout the Catholic world are now echoing Archbishop
    # Viganò’s call …, including Laura Ingraham: “Too little, too late …”" was Carlo Viganò's
    pytest.param(("Test\n\nMichael Vors spoke.\n\nVoices everywhere are now echoing the call for his resignation, including Laura "
                  "Ingrams: \u201cToo little, too late. I stand with Archbishop Carlo Vigano.\n\nTime for a new Shepherd.\u201d\n"),
                 "Time for", ("Laura Ingrams", "direct"), id="a_quotation_after_including_a_name_and_a_colon_is_that_person_s"),
    # s73, PTC dev (the ninetieth reading): "Let Harvard Law Professor Alan Dershowitz tell you:" ¶ "“All the Special Counsel
    # needs …”" went to the last person quoted
    pytest.param(("Test\n\n\u201cHe is innocent,\u201d said Gregg Jarrett.\n\nSo, why did Mueller focus on Manafort?\n\nLet "
                  "Harvard Law Professor Alan Dershowitz tell you:\n\n\u201cAll the Special Counsel needs is a single witness.\n\n"
                  "That is the problem.\u201d\n"), "\u201cAll the",
                 ("Alan Dershowitz", "direct"), id="let_someone_tell_you_before_a_colon_introduces_their_words"),
    pytest.param("Test\n\nThe talks ended.\n\nLet me tell you: it was a disaster.\n", "Let me", "author",
                 id="let_me_tell_you_is_the_writer_s"),
    # (a guard, found in the dumps: "let’s just say I’m skeptical and here’s why:" is the writer's)
    pytest.param(("Test\n\nThe talks ended.\n\nSo, when liars come out with another allegation, let\u2019s just say I\u2019m "
                  "skeptical and here\u2019s why:\n\nThe story is old.\n"), "So, when", "author", id="let_s_just_say_is_the_writer_s"),
    # s73, PTC train (the ninety-second reading): in Viganò's testimony, "… covered up the abuses committed by McCarrick …."
    # ¶ "They cannot deny it and they must be interrogated …" was the bishops' denial
    pytest.param(("Test\n\nBishop Paul Bootkowski and Archbishop John Meyers covered up the abuses.\n\nThey cannot deny it and "
                  "they must be interrogated.\n"), "They cannot", "author", id="what_nobody_can_deny_is_the_writer_s_claim"),
    # (a guard, found in the dumps: the possessive mark after initials closes no quotation)
    pytest.param(("Test\n\nMilitary leaders warned of a \u201cmistake.\u201d\n\nThere is also concern about abandoning the "
                  "U.S.' Kurdish allies.\n"), "There is", "author", id="a_possessive_mark_after_initials_closes_no_quotation"),
    # s73, PTC train: "… a comment by the great Dom Paul Delatte, the second abbot of Solesmes, who wrote in his commentary
    # on the Rule of St. Benedict:" ¶ "“The Prologue set this choice before us …”" went to the last person quoted
    pytest.param(("Test\n\nCarballo continues his remarks: \u201cA consecrated life.\u201d\n\nIt is to wonder what this man "
                  "would make of a comment by the great Dom Paul Delatte, the second abbot of Solesmes, who wrote in his "
                  "commentary on the Rule:\n\n\u201cThe Prologue set this choice before us.\u201d\n"), "\u201cThe Prologue",
                 ("Dom Paul Delatte", "direct"), id="a_relative_clause_s_report_before_a_colon_introduces_the_block"),
    pytest.param(("Test\n\nThe synod met.\n\nI asked whether the bishop said that the synod was over.\n"), "I asked",
                 "author", id="a_report_inside_an_indirect_question_is_still_no_report"),
    # s73, PTC train: "I met Cardinal McCarrick, who wore the red-trimmed cassock. I greeted him respectfully …" ¶ "He
    # immediately said to me …: “The Pope received me yesterday …”" went to the last person quoted
    pytest.param(("Test\n\n\u201cTell him,\u201d said Cardinal Kevin Farrel.\n\nI went to the hall. There I met Cardinal "
                  "Ted McCarrik, who wore the red cassock. I greeted him respectfully.\n\nHe immediately said to me: \u201cThe "
                  "Pope received me yesterday.\u201d\n"), "He immediately", ("Ted McCarrik", "direct"),
                 id="he_after_him_goes_on_with_the_person_named_before"),
    pytest.param(("Test\n\n\u201cTell him,\u201d said Cardinal Kevin Farrel.\n\nThere I met Cardinal Ted McCarrik, who wore the red "
                  "cassock.\n\nI greeted him respectfully.\n\nHe immediately said to me: \u201cThe Pope received me yesterday."
                  "\u201d\n"), "He immediately", ("Ted McCarrik", "direct"),
                 id="he_after_him_goes_on_with_the_person_named_a_line_before"),
    # s73, PTC train: "When visiting Egypt, Habib-Powell had assured the locals of how Bush … “visited a mosque …”" went to
    # the last person quoted ("assure" was no reporting verb)
    pytest.param(("Test\n\n\u201cIt is over,\u201d said H.R. McMasters.\n\nWhen visiting Egypt, Dina Habib-Powel had assured the "
                  "locals of how Bush \u201cvisited a mosque.\u201d\n"), "When visiting", ("Dina Habib-Powel", "mixed"),
                 id="assuring_someone_of_quoted_words_reports_them"),
    # s73, PTC train: "The Catechism of the Catholic Church teaches that “under no circumstances” can homosexual activity
    # “be approved”" was the writer's, and the Catechism's lines after it someone else's
    pytest.param(("Test\n\nThe bishops met.\n\nThe Catechism teaches that \u201cunder no circumstances\u201d can such acts "
                  "\u201cbe approved.\u201d\n"), "The Catechism", ("Catechism", "mixed"), id="a_text_that_teaches_quoted_words_reports_them"),
    # (a guard, found in the dumps: what people were taught is no report of theirs)
    pytest.param(("Test\n\nRaids happened.\n\nThe children discovered at an \u201cextremist\u201d compound were both trained to use "
                  "firearms and taught tactical techniques.\n"), "The children", "author", id="people_who_were_taught_report_nothing"),
    pytest.param(("Test\n\nThe bishops met.\n\nThomistic theology teaches that it is by lying that we become most like the "
                  "devil.\n"), "Thomistic", "author", id="what_a_theology_teaches_is_the_writer_s_lesson"),
    # s73, PTC train: "The UK Home Office meant that our visit could cause violence …" ¶ … ¶ "The UK Home Office also admitted
    # Shaykh Hamza Sodagar into the country, despite the fact that he has said: “…" was the Home Office's (the article had
    # registered the body's name)
    pytest.param(("Test\n\nThe UK Home Office meant that our visit could cause violence.\n\nThey were bowing to intimidation."
                  "\n\nThe UK Home Office also admitted Shaykh Hamza Sodagar into the country, despite the fact that he has said: "
                  "\u201cThe punishment is death.\u201d\n"), "The UK Home Office also", "Hamza Sodagar",
                 id="he_after_a_body_the_article_registered_is_the_person_named"),
    # s73, PTC dev: "Theresa May’s relentlessly appeasement-minded government also admitted two jihad preachers who had
    # praised the murderer …" reported (the parser's stray "’s" clause; the preachers told by "who")
    pytest.param(("Test\n\nBritain admits preachers.\n\nTheresa May’s government also admitted two jihad preachers who had "
                  "praised a murderer.\n"), "Theresa", "author", id="admitting_people_a_relative_who_tells_reports_nothing"),
    # s74, PTC train: "Pius excommunicated everyone …" ¶ "Then, addressing a huge crowd on St. Peter’s Square, he asked,
    # “…”" went to "Peter Square" (spaCy tags "Peter’s Square" PERSON)
    pytest.param(("Test\n\nIn 1949 Pope Pius XII did summon the courage to condemn the trial.\n\nPius excommunicated everyone "
                  "involved.\n\nThen, addressing a huge crowd on St. Peter\u2019s Square, he asked, \u201cDo you want a Church that "
                  "remains silent?\u201d\n"), "Then, addressing", ("Pius XII", "direct"), id="a_place_named_for_a_saint_is_no_person"),
    # s74, PTC train: "This, he says, is “bad for evangelization,” and …, the Church’s role should not be to deny communion
    # …, but instead to ask, “What can the Catholic Church do …?”" went to "role"
    pytest.param(("Test\n\nTo defend his position, Massimo Faggioli invoked the case of Germany.\n\nThis, he says, is \u201cbad "
                  "for evangelization,\u201d and the Church\u2019s role should not be to deny communion, but instead to ask, "
                  "\u201cWhat can the Church do?\u201d\n"), "This, he says", "Massimo Faggioli",
                 id="what_a_role_is_to_ask_is_nobody_s_question"),
    # s74, PTC train (Viganò's letter): "At the beginning of Pope Francis’ pontificate, he had maintained his dignity, as he
    # had shown …" reported (maintaining one's dignity says nothing)
    pytest.param(("Test\n\nI make an appeal to Cardinal Ouellet.\n\nAt the beginning of Pope Francis\u2019 pontificate, he had "
                  "maintained his dignity, as he had shown with courage.\n"), "At the beginning", "author",
                 id="maintaining_one_s_dignity_reports_nothing"),
    # (a guard: maintaining one's innocence still reports)
    pytest.param("Test\n\nJohn Smith was charged in May.\n\nHe maintained his innocence.\n", "He maintained",
                 ("John Smith", "indirect"), id="maintaining_one_s_innocence_reports"),
    # s74, PTC train: "On Sept. 14, police responded to a call from Candace Smith that her husband was drunk …" was the
    # police's report (they went where the call sent them)
    pytest.param(("Test\n\nOfficers came often.\n\nOn Sept. 14, police responded to a call from Candace Smith that her husband was "
                  "drunk.\n"), "On Sept. 14", "author", id="police_responding_to_a_call_report_nothing"),
    # (found while fixing it: "responded by saying that …" reported nothing)
    pytest.param("Test\n\nThe report came out.\n\nThe ministry responded by saying that it was false.\n", "The ministry",
                 ("ministry", "indirect"), id="responding_by_saying_that_reports"),
    # s74, PTC train: "a person whose “orientation,” as we might say, is towards falsehood, even when he is at any given
    # moment saying something true, is still servicing his lies" went to "person"
    pytest.param(("Test\n\nLying is bad.\n\nThis means that a person whose \u201corientation,\u201d as we might say, is towards "
                  "falsehood, even when he is at any given moment saying something true, is still servicing his lies.\n"),
                 "This means", "author", id="saying_something_true_gives_no_words"),
    # s74, PTC train: "As the new dispensation’s foremost theologian, St. Paul would declare, the old penalty remained very
    # much in force: “…”" went to the last person quoted ("would" read as a hypothetical)
    pytest.param(("Test\n\n\u201cIt is insoluble,\u201d Michel Martin wrote.\n\nAs the new dispensation\u2019s foremost theologian, "
                  "St. Paul would declare, the old penalty remained in force: \u201cAll things are cleansed with blood.\u201d\n"),
                 "As the new", ("St. Paul", "direct"), id="a_named_speaker_s_would_before_a_clause_tells_the_past"),
    # (found while fixing it: "As he later declared, …" framed nothing)
    pytest.param("Test\n\nBob Jones came.\n\nAs he later declared, the old penalty remained in force.\n", "As he",
                 ("Bob Jones", "indirect"), id="as_he_declared_frames_the_clause"),
    # s74, PTC train: "Toensing added her client has had contact from multiple congressional committees …" reported
    # nothing ("add" reported only beside a quotation or a "that"), and the "she said" after it went to the informant
    pytest.param(("Test\n\nThe informant\u2019s attorney, Victoria Toensing, spoke on Friday.\n\nToensing added her client has had "
                  "contact from committees.\n"), "Toensing added", ("Victoria Toensing", "indirect"),
                 id="added_with_a_clause_without_that_reports"),
    pytest.param("Test\n\nBob Jones came.\n\nThis explained why he left.\n", "This explained", "author",
                 id="a_quote_only_verb_s_indirect_question_reports_nothing"),  # (a guard)
    # s74, PTC train: "The article highlights the New Ways excitement over the shift …:" ¶ "“Another significant development
    # is …" went to the last person quoted, Queen Elizabeth, forty lines up
    pytest.param(("Test\n\nIn the words of Queen Elizabeth, this year has been awful.\n\nThe article highlights the excitement "
                  "over the shift:\n\n\u201cAnother significant development is the acknowledgement.\n\nThis is welcome.\u201d\n"),
                 "\u201cAnother", ("article", "direct"), id="a_text_presenting_something_before_a_colon_speaks_after_it"),
    # s74, PTC dev: "Trump’s reelection campaign also got in on …, texting supporters early Friday afternoon, “President Trump
    # has put up with the WITCH HUNT …" ¶ … ¶ "Take our OFFICIAL poll NOW.”" went to Rudy Giuliani, quoted before
    pytest.param(("Test\n\n\u201cWe are prepared,\u201d Rudy Giuliani said.\n\nThe campaign also joined in, texting supporters on "
                  "Friday, \u201cPresident Trump has put up with the WITCH HUNT for 2 YEARS.\n\nTake our poll NOW.\u201d\n"),
                 "The campaign", ("campaign", "direct"), id="texting_words_reports_them"),
    # s74, PTC train: "… that universal power “in heaven and on earth” which He received from His Father (Matt." ¶ "28:18) after
    # His Resurrection." registered a person "Matt", whom a later "He told Pontius Pilate, “…”" went to
    pytest.param(("Test\n\nIt is that power \u201cin heaven and on earth\u201d which He received from His Father (Matt.\n\n28:18) after His "
                  "Resurrection.\n\nAs He told Pontius Pilate at His trial, \u201cThou shouldst not have any power against me.\u201d\n"),
                 "As He told", "unresolved speaker", id="a_book_of_scripture_cut_at_the_line_end_is_no_person"),
    # s74, PTC train: "But Trump on Monday morning tweeted that McGahn spoke … “… White House Councel, …”" then "(The tweet
    # included a misspelling of “counsel.”)" went to Trump, the paragraph's speaker
    pytest.param(("Test\n\nBut Trump tweeted that McGahn spoke \u201cwith the White House Councel, only with my approval.\u201d (The "
                  "tweet included a misspelling of \u201ccounsel.\u201d)\n"), "(The tweet", "author",
                 id="a_word_quoted_for_its_spelling_is_nobody_s"),
    # s74, PTC train: "… a dispatcher called the number back and reached a woman who was crying and can be heard saying,
    # "won't let me in."" went to the dispatcher ("called" beside a quotation)
    pytest.param(("Test\n\nPolice came.\n\nAfter the call at noon, a dispatcher called the number back and reached a woman who was "
                  "crying and can be heard saying, \"won't let me in.\"\n"), "After the call", ("woman", "direct"),
                 id="a_woman_a_relative_clause_hears_saying_speaks"),
    pytest.param("Test\n\nPolice came.\n\nThe dispatcher reached a woman who said, \"won't let me in.\"\n", "The dispatcher",
                 ("woman", "direct"), id="a_woman_who_said_speaks"),
    # s74, PTC train: the headline 'Cardinal Burke to Michael Matt: "Amoris Not An Exercise of Magisterium" (Now what?)' went
    # to the last person named
    pytest.param(("Test\n\nCardinal Burke to Michael Matt: \"Amoris Not An Exercise of Magisterium\" (Now what?)\n\nPolice came.\n"),
                 "Cardinal Burke", ("Burke", "direct"), id="a_headline_s_words_of_one_person_to_another"),
    # s74, PTC train: "In a letter to May, he said: “I am writing …" ¶ "“In retweeting Jayda Fransen’s posts, …" ¶ "This
    # activity has frequently taken …" ¶ "Ms Fransen herself has …" ¶ "… less than this.”" left the lines without marks to
    # an unresolved speaker
    pytest.param(("Test\n\nChris Bryant, a Labour backbencher, has written to May.\n\nIn a letter to May, he said: \u201cI am "
                  "writing to ask you to ban him.\n\n\u201cIn retweeting her posts, he is condoning fascism.\n\nThis activity has "
                  "taken the form of violence.\n\nMany people you banned did less than this.\u201d\n"), "This activity",
                 ("Chris Bryant", "direct"), id="lines_without_marks_after_a_quotation_going_on_over_paragraphs"),
    # s74, PTC dev: "At no time, according to the warrant, does Guyger say what “verbal commands” she gave." went to Guyger
    # ("at no time" read as no negation of what she did not say)
    pytest.param(("Test\n\nAmber Guyger was arrested.\n\nAt no time, according to the warrant, does Guyger say what \u201cverbal "
                  "commands\u201d she gave.\n"), "At no time", ("warrant", "mixed"), id="at_no_time_saying_what_is_a_silence"),
    # s74, PTC train (a sermon): "Perhaps you can say, “How is it possible that the pope gives the authorization to this
    # change?" ¶ … went to "new priest", the last person quoted
    pytest.param(("Test\n\n\u201cI am the new priest,\u201d said the new priest.\n\nIt is a Protestant religion.\n\nPerhaps you can say, "
                  "\u201cHow is it possible that the pope signed this decree?\u201d\n"), "Perhaps you", "author",
                 id="words_the_writer_imagines_the_reader_saying_are_the_writer_s"),
    # (a guard, found in the dumps: a finite verb the parser joins to a relative clause on a quoted description is the
    # main subject's report, not the relative's antecedent's)
    pytest.param(("Test\n\nSean Michael Winters smeared the Nuncio.\n\nWithout addressing the merits, Winters dismissed Archbishop "
                  "Vigan\u00f2\u2019s \u201cwild claims\u201d about bishops who are \u201csubverting Catholic doctrine on homosexuality\u201d and "
                  "accused the Archbishop of \u201cspeak[ing] about gay people with such hatred\u2026\u201d\n"), "Without addressing",
                 "Sean Michael Winters", id="a_verb_joined_to_a_relative_clause_is_the_main_subject_s"),
    # s74, PTC train (found in the dumps): "Toensing added her client has had contact …", where spaCy tags the surname opening
    # the sentence a noun, was `toensing`; the article writes the name capitalised after a comma ("Sitting down with The
    # Hill earlier, Toensing said …")
    pytest.param(("Test\n\nThe informant spoke.\n\nToensing added her client has had contact from multiple congressional "
                  "committees.\n\nSitting down with The Hill earlier, Toensing said that her client was threatened.\n"),
                 "Toensing added", "Toensing", id="a_surname_tagged_a_noun_keeps_its_capital"),
    # s74, PTC train: "Now, the majority of people at the AMA probably couldn't tell you any of these devices …, but they are
    # advancing an agenda." went to `people` (a negation marked the modal speech as told)
    pytest.param(("Test\n\nThe AMA called for confiscation.\n\nNow, the majority of people at the AMA probably couldn't tell you "
                  "any of these devices if they saw them, but they are advancing an agenda.\n"), "Now, the majority", "author",
                 id="what_someone_cannot_tell_is_no_report"),
    # (a guard, found in the dumps: what someone could not rule out, with a clause, is their finding)
    pytest.param(("Test\n\nMichael Horowitz wrote the report.\n\nMr. Horowitz could not rule out that Mr. Strzok had slow-walked the "
                  "examination of the new emails.\n"), "Mr. Horowitz", ("Michael Horowitz", "indirect"),
                 id="what_someone_could_not_rule_out_is_their_finding"),
    # (found in the dumps: what someone "couldn’t believe", a free relative and no claim, is no report)
    pytest.param(("Test\n\nKamren Hernandez runs a restaurant.\n\nHernandez couldn\u2019t believe what he witnessed from his family\u2019s "
                  "restaurant.\n"), "Hernandez couldn", "author", id="what_someone_could_not_believe_is_no_report"),
    # s74, PTC train: "In the year 718, the Umayyad caliph Umar ibn Abd al-Aziz sent out a message to the governors of the
    # various Islamic provinces:" ¶ "O you who believe! …" was the writer's
    pytest.param(("Test\n\nUnderlying this subjugation is contempt.\n\nIn the year 718, the Umayyad caliph Umar ibn Abd al-Aziz sent out "
                  "a message to the governors of the various Islamic provinces:\n\nO you who believe!\n"), "O you",
                 ("Umar ibn Abd al-Aziz", "direct"), id="a_message_sent_before_a_colon_introduces_its_words"),
    pytest.param("Test\n\nIn 2010 Bob Jones wrote a letter to his father:\n\nI miss you.\n", "I miss", ("Bob Jones", "direct"),
                 id="a_letter_written_before_a_colon_introduces_its_words"),
    # s74, BASIL: "This was after Trump’s account tweeted Saturday: “I had to fire General Flynn …”" went to `account`
    pytest.param(("Test\n\nDonald Trump spoke.\n\nThis was after Trump\u2019s account tweeted Saturday: \u201cI had to fire General Flynn "
                  "because he lied to the Vice President and the FBI.\u201d\n"), "This was after", ("Donald Trump", "direct"),
                 id="a_person_s_account_speaks_for_them"),
    # s74, PTC train: "He held Friday's news conference to protect his reputation, he and his attorney said." went to `Las Vegas`
    # (a video caption's "Man who sold Vegas shooter ammo speaks out", "Vegas" tagged PERSON, made a person of the city)
    pytest.param(("Test\n\nDouglas Haig spoke in Las Vegas on Friday.\n\nJUST WATCHED Man who sold Vegas shooter ammo speaks out Replay "
                  "More Videos ... MUST WATCH Man who sold Vegas shooter ammo speaks out 01:00\n\nHe held the news conference to protect "
                  "his reputation, he and his attorney said.\n"), "He held", "Douglas Haig",
                 id="a_word_of_a_place_s_name_is_no_person"),
    # s74, PTC train: "I believe that Archbishop Viganò’s precious testimony is a sign that Heaven itself is now responding to
    # the “need for justice” in the Church." went to `Heaven` (the writer's belief runs through a noun's that-clause)
    pytest.param(("Test\n\nVigan\u00f2 wrote a testimony.\n\nI believe that Archbishop Vigan\u00f2\u2019s precious testimony is a sign that "
                  "Heaven itself is now responding to the \u201cneed for justice\u201d in the Church.\n"), "I believe", "author",
                 id="a_report_in_a_noun_s_clause_the_writer_believes_is_the_writer_s"),
    # s74, PTC train: "Fisher is rightly incensed by Bergoglio’s cunning response, “I will not say a single word on this,” …"
    # went to Viganò, named last
    pytest.param(("Test\n\nCarlo Maria Vigan\u00f2 accused the pope.\n\nFisher is rightly incensed by Bergoglio\u2019s cunning response, "
                  "\u201cI will not say a single word on this,\u201d concerning Archbishop Vigan\u00f2\u2019s damning indictment.\n"),
                 "Fisher is", ("Bergoglio", "direct"), id="a_quotation_apposed_to_a_person_s_response_is_theirs"),
    # s74, PTC train: "The mayor added: “He is failing … here." ¶ "We must be vigorous in our intolerance of his intolerance.”
    # In response to the news, Peter Golds … tweeted: “…" gave the mayor's closing line to Golds
    pytest.param(("Test\n\nThe current Labour mayor, John Biggs, complained about the visit.\n\nThe mayor added: \u201cHe is failing in "
                  "his leadership.\n\nWe must be vigorous in our intolerance of his intolerance.\u201d In response to the news, Peter "
                  "Golds, the leader of the Conservatives group in the council, tweeted: \u201cThese people have no shame.\u201d\n"),
                 "We must be", ("John Biggs", "direct"), id="a_closing_line_is_not_the_next_quotation_s_speaker_s"),
    # s74, PTC train (Viganò's testimony): "The Pope defends his man, Cardinal Rodriguez Maradiaga, …" ¶ "First he insulted the
    # abuse victims." ¶ "Then, only when he was forced by the media, … did he recognize his error and apologize, while
    # stating that he had been misinformed …" went to Juan Barros, the last person named (a line's "he" forgot the
    # writer's subject two lines up)
    pytest.param(("Test\n\nArchbishop Vigano has called on Pope Francis to resign.\n\nBishop Juan Barros was appointed.\n\nThe Pope "
                  "defends his man to the bitter end.\n\nFirst he insulted the abuse victims.\n\nThen he said that he had been "
                  "misinformed.\n"), "Then he", ("Pope Francis", "indirect"), id="the_pope_is_the_subject_the_lines_after_go_on_with"),
    # (the seventy-third session's leftover, PTC train: the same apposition inside a sentence whose closing "as Viganò
    # testifies" frames it went to Viganò)
    pytest.param(("Test\n\nCarlo Maria Vigan\u00f2 accused the pope.\n\nFisher is rightly incensed by Bergoglio\u2019s cunning response, "
                  "\u201cI will not say a single word on this,\u201d concerning the indictment, of which Vigan\u00f2 had personally informed "
                  "him, as Vigan\u00f2 testifies.\n"), "Fisher is", ("Bergoglio", "direct"),
                 id="a_quotation_apposed_to_a_person_s_response_is_theirs_whatever_else_reports"),
    # (a guard: a reporting verb's complement after someone's response is the reporter's)
    pytest.param("Test\n\nBob Smith spoke.\n\nSmith said of Trump\u2019s response, \u201cIt was a disgrace.\u201d\n", "Smith said",
                 ("Bob Smith", "direct"), id="words_said_of_a_person_s_response_are_the_speaker_s"),
    # s74, PTC dev and train (the ninety-seventh and hundred-and-sixth readings): in text of a sentence a line, a person's
    # block set down without marks after "He said:" ran one line, its other lines the writer's
    pytest.param(("Test\n\nThe platforms banned many pages.\n\nThe accounts were removed overnight.\n\nNobody was told why.\n\nThe "
                  "reasons were never given.\n\nMany readers were angry.\n\nSome wrote to the companies.\n\nNone got an answer.\n\nMy "
                  "friend John Vibes is an amazing person who writes for The Free Thought Project.\n\nHe said:\n\nThis signifies a "
                  "re-consolidation of the media.\n\nCable news media controlled the narrative for most of modern history.\n\nVibes is "
                  "right about that.\n\nThe companies did not comment.\n"), "Cable news", ("John Vibes", "direct"),
                 id="a_person_s_block_runs_over_lines_in_text_of_a_sentence_a_line"),
    # (… to the line that names the person)
    pytest.param(("Test\n\nThe platforms banned many pages.\n\nThe accounts were removed overnight.\n\nNobody was told why.\n\nThe "
                  "reasons were never given.\n\nMany readers were angry.\n\nSome wrote to the companies.\n\nNone got an answer.\n\nMy "
                  "friend John Vibes is an amazing person who writes for The Free Thought Project.\n\nHe said:\n\nThis signifies a "
                  "re-consolidation of the media.\n\nCable news media controlled the narrative for most of modern history.\n\nVibes is "
                  "right about that.\n\nThe companies did not comment.\n"), "Vibes is", "author",
                 id="a_person_s_block_over_lines_ends_where_a_line_names_them"),
    # (a guard: in paragraphs of several sentences the block runs its one paragraph, as before)
    pytest.param(("Test\n\nMy friend John Vibes is an amazing person. He writes for a site.\n\nHe said:\n\nThis signifies a "
                  "re-consolidation of the media.\n\nCable news media controlled the narrative for most of modern history. They still "
                  "do.\n"), "Cable news", "author", id="a_person_s_block_runs_one_paragraph_in_text_of_paragraphs"),
    # (found in the dumps: the block over lines ends at a bracketed credit, "(source)", and at a line whose subject is another
    # person the article named, "Wills doesn’t mention …")
    pytest.param(("Test\n\nThe platforms banned many pages.\n\nThe accounts were removed overnight.\n\nNobody was told why.\n\nThe "
                  "reasons were never given.\n\nMany readers were angry.\n\nSome wrote to the companies.\n\nNone got an answer.\n\nMy "
                  "friend John Vibes is an amazing person who writes for The Free Thought Project.\n\nHe said:\n\nThis signifies a "
                  "re-consolidation of the media.\n\n(source)\n\nRemember, this is coordinated, across multiple platforms.\n"),
                 "Remember, this", "author", id="a_person_s_block_over_lines_ends_at_a_credit"),
    pytest.param(("Test\n\nGarry Wills wrote a book.\n\nIt is short.\n\nIt sold well.\n\nCritics liked it.\n\nSome did not.\n\nThe "
                  "reviews were mixed.\n\nIt has a chapter on war.\n\nThe prominent scholar Muhammad Ashiq Ilahi Bulandshahri explains "
                  "the passage this way:\n\nThe worst of sins are Infidelity and Polytheism.\n\nTo eradicate these, Muslims are required "
                  "to wage war.\n\nWills doesn\u2019t mention the existence of such interpretations.\n"), "Wills doesn", "author",
                 id="a_person_s_block_over_lines_ends_where_another_named_person_is_the_subject"),
    # s74, PTC train: "“Philipp” presumably refers to Philipp Schindler, a senior vice president …" went to Lisa Gevelber, the
    # sentence before's speaker
    pytest.param(("Test\n\n\u201cLisa\u201d presumably refers to Lisa Gevelber, the vice president of Global Marketing for Google\u2014who "
                  "forwarded the email in a chain in which Gevelber praises the activities as having made a \u201cgreat difference."
                  "\u201d \u201cPhilipp\u201d presumably refers to Philipp Schindler, a senior vice president.\n"), "\u201cPhilipp\u201d",
                 "author", id="a_quoted_word_the_writer_explains_is_nobody_s"),
    # s75, PTC train (the hundred-and-seventeenth reading): "The report begins, “It ain’t debatable!" went to the tree of
    # the hadith quoted before, and the writer's sentence after the report's words with it
    pytest.param(("Test\n\nZakkout promoted a report about the attacks.\n\nThe report begins, \u201cIt ain\u2019t debatable! The "
                  "attacks were a job.\u201d\n"), "The report begins", ("report", "direct"), id="a_text_that_begins_with_a_quotation_speaks_it"),
    pytest.param("Test\n\nThe letter ends: \u201cWe will not give up.\u201d\n", "The letter ends", ("letter", "direct"),
                 id="a_text_that_ends_with_a_quotation_speaks_it"),
    # (a guard: a trial that begins speaks nothing, nor a text that begins without a quotation)
    pytest.param("Test\n\nThe trial begins Monday, \u201cweather permitting,\u201d officials said.\n", "The trial",
                 "officials", id="a_trial_that_begins_is_no_text"),
    pytest.param("Test\n\nThe report begins with a map of the region.\n", "The report", "author",
                 id="a_text_that_begins_without_a_quotation_speaks_nothing"),
    # (the same reading: "an unsigned NCR editorial opined, “…”" was the quotation of the columnist quoted before)
    pytest.param(("Test\n\n\u201cI am gobsmacked,\u201d Michael Sean Winters wrote.\n\nOn January 23rd, an unsigned NCR editorial "
                  "opined, \u201cWithin four days, the pope twice slandered survivors.\u201d\n"), "On January 23rd",
                 ("unsigned NCR editorial", "direct"), id="opine_reports"),
    # s75, PTC train (the hundred-and-eighteenth reading): "The aid … provides just a fraction of the $94.4 billion Rossello
    # has said the island needs, …, according to Friday's statement." went to "aid": the parser reads the relative clause
    # without "that" as a conjunct of "provides"
    pytest.param(("Test\n\nThe aid provides just a fraction of the $94.4 billion Rossello has said the island needs, according to "
                  "Friday\u2019s statement.\n"), "The aid", ("statement", "indirect"), id="a_relative_clause_without_that_is_no_conjunct_report"),
    # (a guard: a conjunct with its "and" reports)
    pytest.param("Test\n\nRossello visited Washington and has said the island needs more.\n", "Rossello visited",
                 ("Rossello", "indirect"), id="a_conjunct_with_and_reports"),
    # s75, PTC train (the hundred-and-nineteenth reading): "He sent me the packets the school gave out … and commented:" gave
    # his block to the school, the parser joining "commented" to the relative clause without "that"
    pytest.param(("Test\n\nRich Penkoski, the father of a student, contacted me.\n\nHe sent me the packets the school gave out for "
                  "the Jewish and the Christian lessons and commented:\n\nNotice no bible verses, no reciting the 10 commandments.\n"),
                 "Notice no", ("Rich Penkoski", "direct"), id="a_colon_frame_joined_to_a_contact_relative_is_the_main_subject_s"),
    # (the same reading: '"…," Dan Fishback whines.' went to the last person quoted)
    pytest.param(("Test\n\n\u201cWe are leaving,\u201d Jonathan Kuttab said.\n\nThe events were canceled.\n\n\u201cI have grown "
                  "accustomed to feeling unwelcome,\u201d Dan Fishback whines.\n"), "\u201cI have", ("Dan Fishback", "direct"),
                 id="whine_frames_a_quotation"),
    # s75, PTC train (the hundred-and-twenty-second reading): "The sub-headline, “…,” is also included in Murillo’s Google
    # email." went to Murillo, the last person quoted
    pytest.param(("Test\n\n\u201cOnly 71% of Latinos voted for Hillary,\u201d Eliana Murillo wrote.\n\nThe sub-headline, \u201cHispanic "
                  "voters were supposed to be one of Clinton\u2019s blue firewalls,\u201d is also included in Murillo\u2019s email.\n"),
                 "The sub-headline", "author", id="a_quotation_apposed_to_a_headline_is_its_title"),
    # (a guard: a title someone is reported to have chosen is still in their report)
    pytest.param("Test\n\nThe title \u201cWhy We Fight\u201d was his own choice, Bob Smith said.\n", "The title",
                 "Bob Smith", id="a_report_about_a_title_is_the_reporter_s"),
    # s75, PTC train (the hundred-and-twenty-third reading): a link's title, "Farrakhan In His Own Words (PDF).", went to the
    # person quoted before as if "in his words" framed it
    pytest.param(("Test\n\nAskia Muhammad said, \u201cIt absolutely would have made a difference.\u201d\n\nFarrakhan In His Own Words "
                  "(PDF).\n\nSome Farrakhan quotes:\n"), "Farrakhan In", "author", id="in_his_words_in_a_title_frames_nothing"),
    # (a guard: in a clause it frames it)
    pytest.param(("Test\n\nAskia Muhammad spoke to reporters.\n\nIn his own words, the picture would have made a difference.\n"),
                 "In his own", ("Askia Muhammad", "indirect"), id="in_his_words_frames_a_clause"),
    # (the same reading: "Benedict has received many guests all of whom report that …" went to "all", the parser reading
    # the relative clause without its comma as a clause of the main verb)
    pytest.param(("Test\n\nAnd indeed, far from being an isolated \u201cprisoner of the Vatican,\u201d Benedict has received many guests "
                  "all of whom report that, though frail, he appears content and never utters a word of criticism.\n"), "And indeed",
                 ("Benedict", "mixed"), id="a_relative_clause_of_all_of_whom_reports_for_nobody"),
    # s75, BASIL (the hundred-and-twenty-fourth reading): "…, because that testing results in more abortions, as well as
    # contending that …" went to "that testing results", the parser making the because-clause's noun the participle's subject
    pytest.param(("Test\n\nEarlier in the day on Saturday, Santorum had also said that health insurance plans shouldn\u2019t be "
                  "required to cover prenatal testing, because that testing results in more abortions, as well as contending that "
                  "government-run public education was \u201canachronistic.\u201d\n"), "Earlier in", ("Santorum", "mixed"),
                 id="a_because_clause_s_noun_is_no_subject_of_the_participle_after_it"),
    # s75, PTC train (the hundred-and-twenty-fifth reading): "The inspector general questioned whether Strzok’s decision … was
    # free from bias." was the writer's
    pytest.param(("Test\n\nMichael Horowitz wrote that this exchange was biased.\n\nThe inspector general questioned whether "
                  "Strzok\u2019s decision to prioritize the Russia investigation was free from bias.\n"), "The inspector",
                 ("Michael Horowitz", "indirect"), id="questioning_whether_reports"),
    # (a guard: questioning someone, or the wisdom of something, reports nothing)
    pytest.param("Test\n\nPolice questioned him for hours.\n", "Police", "author", id="questioning_someone_reports_nothing"),
    pytest.param("Test\n\nCritics questioned the wisdom of the plan.\n", "Critics", "author",
                 id="questioning_the_wisdom_of_a_plan_reports_nothing"),
    # s75, PTC train (the hundred-and-twenty-seventh reading): "… the onus is on the patient to prove according to the new
    # criteria that he is worthy …" went to the criteria
    pytest.param(("Test\n\nUnder this system the onus, effectively, is on the patient to prove according to the new criteria that he is "
                  "worthy of receiving medical treatment.\n"), "Under this", "author", id="according_to_criteria_is_no_source"),
    # s75, PTC dev (the hundred-and-twenty-eighth reading): "The White House … issued a statement saying it was looking
    # “forward” to the next steps after Mueller handed in his report and noting that …" went to Mueller, the parser joining
    # "noting" to "handed"
    pytest.param(("Test\n\nThe White House had earlier issued a statement saying it was looking \u201cforward\u201d to the next steps "
                  "after Mueller handed in his report and noting that the administration \u201chas not received or been briefed on the "
                  "Special Counsel\u2019s report.\u201d\n"), "The White House", ("White House", "mixed"),
                 id="a_participle_joined_to_a_clause_inside_another_goes_with_that_one"),
    # s75, PTC train (the hundred-and-thirtieth reading): "The allegation went public last week after Ms. Feinstein, …,
    # said she received a letter …" went to "allegation", the parser reading the after-clause as a phrase and "said" as a
    # conjunct of "went"
    pytest.param(("Test\n\nThe allegation went public last week after Ms. Feinstein, ranking Democrat on the Senate Judiciary "
                  "Committee, said she received a letter about the incident in late July.\n"), "The allegation", "author",
                 id="a_time_clause_read_as_a_phrase_is_no_conjunct_report"),
    # (found in the dumps of the question row: the sentence after "Some lawmakers questioned whether …" went on as theirs)
    pytest.param(("Test\n\nSome lawmakers questioned whether his run was really a quest to win the post or merely to raise his own "
                  "profile. His decision to jump in was widely seen as proof that more experienced members had rebuffed overtures "
                  "to run.\n"), "His decision", "author", id="a_question_reported_is_no_paraphrase_to_go_on_with"),
    # s75, PTC train (the hundred-and-thirty-third reading): "Dina Powell", then "Dina Habib Powell", then "Habib Powell" made
    # a man named Habib, so "she had described how Bush …, “visited a mosque …”" went to Hanan Ashrawi, named last
    pytest.param(("Test\n\nDina Powell is the swamp.\n\nDina Habib Powell was an influential figure in the Bush administration."
                  "\n\nBarely 30, Habib Powell had more power than many.\n\nAnd Habib Powell was there after a speech by the "
                  "PLO\u2019s Hanan Ashrawi.\n\nUnlike McFarland, Habib Powell had no national security background.\n\nIn Egypt, "
                  "she had described how Bush had \u201cvisited a mosque, took off his shoes and paid his respects.\u201d\n"),
                 "In Egypt", ("Dina Powell", "mixed"), id="a_middle_name_with_the_surname_after_the_full_name_is_the_same_person"),
    # s75, BASIL (the hundred-and-thirty-fourth reading): "And so it was on Saturday, …, that the younger Mr. Hutchinson wrote
    # to his father and warned that …" was the writer's (a cleft sentence); "Vincente Fox made it loud and clear that …" too
    pytest.param(("Test\n\nAnd so it was on Saturday, with lawmakers nearing a vote on the legislation that critics said would legalize "
                  "discrimination against gay people, that the younger Mr. Hutchinson wrote to his father and warned that the proposal "
                  "could damage Arkansas\u2019s reputation and economy.\n"), "And so it", ("Hutchinson", "indirect"),
                 id="a_cleft_sentence_s_that_clause_is_its_main_clause"),
    pytest.param(("Test\n\nFormer Mexican President Vincente Fox made it loud and clear that he won\u2019t be chipping in for any part of "
                  "the wall.\n"), "Former Mexican", ("Vincente Fox", "indirect"), id="making_it_loud_and_clear_that_reports"),
    # (a guard: "It was clear that …" is no cleft)
    pytest.param("Test\n\nIt was clear that Bob Smith left and said nothing.\n", "It was clear", "author",
                 id="it_was_clear_that_is_no_cleft"),
    # s75, PTC train (the hundred-and-thirty-fifth reading): "Everyone who had ever read anything he had written were amazed …,
    # but the video doesn’t lie:" made the writer's lines after it Benedict's, the colon taken for his writing's
    pytest.param(("Test\n\nWe got this from Joseph Ratzinger, addressed to Francis: \u201cYour goodness is my home.\u201d\n\nEveryone who "
                  "had ever read anything he had written were amazed he was capable of producing such drivel, but the video doesn\u2019t "
                  "lie:\n\nSo strange was this new tone that speculation started circulating.\n"), "So strange", "author",
                 id="a_colon_after_another_clause_is_no_report_s_intro"),
    # (a guard: the colon of a relative clause's report still introduces the block)
    pytest.param(("Test\n\nBob Smith spoke on Monday.\n\nThese are the words he wrote:\n\nI will not resign.\n"), "I will not",
                 ("Bob Smith", "direct"), id="the_words_he_wrote_introduce_a_block"),
    # s75, PTC train (the hundred-and-thirty-sixth reading): "The event was reported by Intellihub’s Shepard Ambellas …, in the
    # article titled Private surveillance footage reveals “helicopter hovering overhead” …" went to "event"; "children …,
    # blithely referred to as a “new union,” could be “damaged” …" to "children"; "She said she thought …" after "the Holy
    # See that approves the Statutes" to `Statutes`
    pytest.param("Test\n\nThe plan was announced by the mayor, saying that it would cut crime.\n", "The plan", ("mayor", "indirect"),
                 id="a_passive_report_s_participle_is_the_agent_s"),
    pytest.param(("Test\n\nNo less than a Roman Pontiff lends his name to the outrageous claim that children resulting from an adulterous "
                  "relationship, blithely referred to as a \u201cnew union,\u201d could be \u201cdamaged\u201d if the partners were "
                  "required to cease their relations.\n"), "No less", "author", id="what_is_referred_to_as_something_speaks_nothing"),
    # (a guard: someone who refers to a thing as something calls it that)
    pytest.param("Test\n\nBob Smith referred to the plan as \u201ca disaster.\u201d\n", "Bob Smith", ("Bob Smith", "mixed"),
                 id="referring_to_something_as_a_quoted_word_reports"),
    # s75, BASIL (the hundred-and-thirty-seventh reading): "Gattine said after their meeting he believes the governor should
    # resign …" went on with the Democrats' paraphrase, the parser hanging the time phrase and the clause on each other
    pytest.param(("Test\n\nDemocrats have been pounding LePage, saying that he needs to step down. Gattine said after their meeting he "
                  "believes the governor should resign even though he apologized for the voicemail.\n"), "Gattine",
                 ("Gattine", "indirect"), id="a_report_whose_time_phrase_the_parser_gives_the_clause"),
    # s75, PTC train (the hundred-and-thirty-eighth reading): Pius XII's address after "This point was brought out by Pope Pius
    # XII in an address …, when he said:" went to God, quoted before; "Benedict IX … claimed the papacy again!" reported
    pytest.param(("Test\n\nAs God Himself pointed out to Noah, \u201cman was made to the image of God.\u201d\n\nThis point was brought "
                  "out by Pope Pius XII in an address to Italian Catholic jurists on May 12, 1954, when he said:\n\nA penalty is the "
                  "reaction required by law and justice in response to a fault.\n"), "A penalty", ("Pope Pius XII", "direct"),
                 id="a_pronoun_after_a_passive_s_agent_is_the_agent"),
    pytest.param("Test\n\nBenedict IX, after the death of Clement, claimed the papacy again!\n", "Benedict IX", "author",
                 id="claiming_the_papacy_says_nothing"),
    # (a guard: claiming responsibility is a statement)
    pytest.param("Test\n\nISIS claimed responsibility for the attack.\n", "ISIS", ("ISIS", "indirect"),
                 id="claiming_responsibility_reports"),
    # (found in the dumps of the plural row: "She said she thought …" then went to Pope Benedict, named before)
    pytest.param(("Test\n\nPope Benedict wrote the note.\n\nIt reminds me of a conversation I had with a superior of a Benedictine "
                  "house.\n\nShe said she thought that the testing was excessive.\n"), "She said", "unresolved speaker",
                 id="a_pope_is_no_she"),
    # (… and a lawsuit brought by someone still asks for itself)
    pytest.param(("Test\n\nThe lawsuit was brought by attorneys general in Nebraska and Oklahoma, and asks the Supreme Court to strike "
                  "down the law.\n"), "The lawsuit", ("lawsuit", "indirect"), id="a_lawsuit_brought_by_someone_asks_for_itself"),
    # s75, PTC train (the hundred-and-fortieth reading): the op-ed's words after "Monday's headline on The Wall Street Journal
    # op-ed page blared:" went to Netanyahu, named before
    pytest.param(("Test\n\nPrime Minister Bibi Netanyahu says a dozen bases were struck.\n\nMonday's headline on The Wall Street "
                  "Journal op-ed page blared:\n\n\"The Pentagon and State Department have already condemned Iran.\n\nThe question now is "
                  "whether the Trump administration will go further.\"\n"), "The question", ("headline", "direct"),
                 id="a_headline_that_blares_speaks"),
    # (a guard: sirens that blare say nothing)
    pytest.param("Test\n\nThe sirens blared all night.\n", "The sirens", "author", id="sirens_that_blare_say_nothing"),
    # s75, PTC train (the hundred-and-forty-first reading): '“…,” huffed committee member Patrick Leahy' went to the person the
    # writer spoke of before ("huff" was no reporting verb; there the parser also reads "huffed" as part of the name)
    pytest.param("Test\n\nJane Doe spoke first.\n\n\u201cIt is wrong,\u201d Patrick Leahy huffed.\n", "\u201cIt is wrong",
                 ("Patrick Leahy", "direct"), id="huff_frames_a_quotation"),
    # s75, PTC train (found beside the hundred-and-forty-third reading): "Faggioli fretted that “[t]he abuse scandal …”" was the
    # writer's
    pytest.param(("Test\n\nFaggioli fretted that \u201c[t]he abuse scandal has created a great power vacuum in the Church\u201d that "
                  "could be filled by others.\n"), "Faggioli", ("Faggioli", "mixed"), id="fretting_that_reports"),
    # (a guard: fretting about something reports nothing)
    pytest.param("Test\n\nParents fretted about the cost.\n", "Parents", "author", id="fretting_about_a_cost_reports_nothing"),
    # s75, PTC train (the hundred-and-forty-fifth reading): "… Louis Farrakhan was recently captured on video in Tehran, Iran
    # chanting “Death to America” …" went to Iran; "Believing, as he does, that his claims are correct, Viganò, … “…”" to
    # "claims"
    pytest.param(("Test\n\nAh yes, Nation of Islam leader, racist, and totalitarian Louis Farrakhan was recently captured on video in "
                  "Tehran, Iran chanting \u201cDeath to America\u201d in Arabic and stating that America is the \u201cGreat Satan."
                  "\u201d\n"), "Ah yes", "author", id="a_country_after_its_city_is_no_participle_s_subject"),
    pytest.param(("Test\n\nBelieving, as he does, that his claims are correct, Vigan\u00f2, in calling for Francis\u2019 resignation, has "
                  "done nothing more than exercise his right under canon law \u201cto manifest to the sacred pastors his opinion.\u201d\n"),
                 "Believing", "author", id="someone_s_claims_say_nothing"),
    # s75, PTC train (the hundred-and-forty-sixth reading): "Nor do the notes mention Kavanaugh’s name, even though …" made the
    # notes a speaker
    pytest.param(("Test\n\nNor do the notes mention Kavanaugh\u2019s name, even though her husband says Ford named Kavanaugh in the "
                  "sessions.\n"), "Nor do", "author", id="nor_negates_a_mention"),
    # s75, PTC train (the hundred-and-forty-eighth reading): "Bishop Robert Morlino … has confirmed several of my children
    # according to the traditional Rite of Confirmation" reported
    pytest.param(("Test\n\nEditor\u2019s Note: Over the years, Bishop Robert Morlino of the Diocese of Madison has confirmed several of "
                  "my children according to the traditional Rite of Confirmation.\n"), "Editor", "author",
                 id="a_bishop_confirming_children_reports_nothing"),
    # s75, BASIL (the hundred-and-forty-ninth reading, three of the writer's sentences that report): "The U.S. Fish and Wildlife
    # Service said in a written notice issued Thursday that permitting elephants … will raise money …" (the that-clause with a
    # gerund subject read as adverbial, on the notice's participle); "CNN, which has enlisted Ms. Griffin …, announced on
    # Wednesday that she would no longer appear." (the verb read as a participle on "CNN"); "Trump tweeted Tuesday he's not
    # sure it will happen." (the reported clause read as the root)
    pytest.param(("Test\n\nThe U.S. Fish and Wildlife Service said in a written notice issued Thursday that permitting elephants from "
                  "Zimbabwe and Zambia to be brought back as trophies will raise money for conservation programs.\n"), "The U.S.",
                 ("U.S. Fish and Wildlife Service", "indirect"), id="a_that_clause_with_a_gerund_subject_on_a_notice_s_participle"),
    pytest.param(("Test\n\nCNN, which has enlisted Ms. Griffin to host New Year\u2019s Eve programming alongside Anderson Cooper for the "
                  "last decade, announced on Wednesday that she would no longer appear.\n"), "CNN", ("CNN", "indirect"),
                 id="a_report_after_a_relative_clause_read_as_a_participle"),
    pytest.param("Test\n\nDonald Trump tweeted Tuesday he's not sure it will happen.\n", "Donald Trump", ("Donald Trump", "indirect"),
                 id="a_report_whose_clause_the_parser_made_the_root"),
    pytest.param("Test\n\nThe deal gives Congress until Feb. 8.\n\nTrump tweeted Tuesday he's not sure it will happen.\n", "Trump tweeted",
                 ("Trump", "indirect"), id="a_report_whose_clause_the_parser_made_the_root_the_verb_an_adverbial"),
    # (guards: "so that" is no that-clause; a relative clause's verb with a noun subject reports nothing)
    pytest.param("Test\n\nHe left early so that nobody would see him.\n", "He left", "author", id="so_that_is_no_report"),
    pytest.param("Test\n\nThe report he wrote is long.\n", "The report", "author", id="the_report_he_wrote_reports_nothing"),
    # s75, PTC train (the hundred-and-fiftieth reading): "Mr. Farrakhan, whose name, the Anti-Defamation League wrote after the
    # February event, is “virtually synonymous with anti-Semitism,” …" went to "name", and the "he" after it with it
    pytest.param(("Test\n\nMr. Farrakhan, whose name, the Anti-Defamation League wrote after the February event, is \u201cvirtually "
                  "synonymous with anti-Semitism,\u201d then drew national attention in 1984.\n"), "Mr. Farrakhan",
                 ("Anti-Defamation League", "mixed"), id="a_frame_inside_a_relative_clause_read_as_a_conjunct"),
    # s75, PTC train (the hundred-and-thirty-third and hundred-and-fifty-second readings): "They noted the accusers were deemed
    # credible …" after "… immediate rebuke from victims and their advocates." was unresolved
    pytest.param(("Test\n\nThe pope\u2019s remarks drew shock from Chileans and immediate rebuke from victims and their advocates.\n\n"
                  "They noted the accusers were deemed credible enough by the Vatican.\n"), "They noted", ("victims", "indirect"),
                 id="they_after_the_writer_s_sentence_naming_people"),
    # s75, BASIL (the hundred-and-fifty-third reading): "But those two remedies require different standards for class
    # certification and Justice Ruth Bader Ginsburg said it was "a very serious problem" …" went to "remedies"
    pytest.param(("Test\n\nBut those two remedies require different standards for class certification and Justice Ruth Bader Ginsburg "
                  "said it was \"a very serious problem\" in the case.\n"), "But those", ("Ruth Bader Ginsburg", "mixed"),
                 id="a_name_after_and_read_into_the_clause_before_is_the_verb_s_subject"),
    # s75, PTC train (the hundred-and-fifty-fifth reading): "To quote Cajetan again: “Indeed the Church has the right …”" went
    # to Pope Benedict, quoted before
    pytest.param(("Test\n\nAs Pope Benedict has observed, \u201cthe Spirit\u2019s role should be understood in a much more elastic "
                  "sense.\u201d\n\nSurely the Church cannot be without any remedy!\n\nTo quote Cajetan again: \u201cIndeed the Church has "
                  "the right to separate herself from an heretical pope according to divine law.\u201d\n"), "To quote",
                 ("Cajetan", "direct"), id="to_quote_someone_gives_them_the_quotation"),
    # s75, PTC train (the hundred-and-fifty-sixth reading): "The navy termed these … encounters, “unsafe and unprofessional.”"
    # went to the last person quoted ("term" was no reporting verb)
    pytest.param(("Test\n\n\u201cWe will win,\u201d Bob Jones said.\n\nThe navy termed these near ritualistic, belligerent encounters, "
                  "\u201cunsafe and unprofessional.\u201d\n"), "The navy", ("navy", "direct"), id="terming_something_a_quoted_word_reports"),
    # s75, BASIL (beside the hundred-and-fifty-eighth reading): "Wray elaborated at Friday’s press briefing that each device
    # contained …" was the writer's, its that-clause read as an adverbial one
    pytest.param(("Test\n\nChris Wray spoke on Friday.\n\nAuthorities were initially vague about the content of the packages, calling "
                  "them simply \u201csuspected explosive devices.\u201d  Wray elaborated at Friday\u2019s press briefing that each device "
                  "contained roughly 6 inches of PVC pipe, as well as a small clock and wiring.  \u201cThese are not hoax devices,\u201d he "
                  "said.\n"), "Wray elaborated", ("Chris Wray", "indirect"), id="a_that_clause_read_as_adverbial_after_a_phrase"),
    pytest.param("Test\n\nHe waited until the rain stopped, such that nobody saw him.\n", "He waited", "author",
                 id="such_that_is_no_report"),
    # s76, PTC train (the hundred-and-sixty-third reading): a scare quote in a clause with a subject of its own went to the
    # main subject, whom the writer mocks
    pytest.param(("Test\n\nThe Guardian has a soft spot for blogger Elliot Higgins.\n\nLike Luke Harding, Higgins invariably seems "
                  "ready to echo whatever the British and American security services need verifying \u201cindependently\u201d.\n"),
                 "Like Luke", "author", id="a_scare_quote_in_a_clause_with_its_own_subject_is_not_the_main_subject_s"),
    # (guard) the main subject's own clause keeps the fragment
    pytest.param(("Test\n\nAnthony Weiner spoke on Monday.\n\nWeiner referred to a reporter who had asked about the photo as a "
                  "\u201cjackass.\u201d\n"), "Weiner referred", "Anthony Weiner", id="a_fragment_in_the_main_clause_stays_the_subject_s"),
    # (guard) what the subject's own claim says stays his, and someone else's suggestion named as theirs is not his
    pytest.param(("Test\n\nChris Ferrara wrote a critique.\n\nUnfortunately, Mr. Ferrara provides no evidence for his claim "
                  "that the council \u201cwishes to admit everyone to the sacraments.\u201d\n"), "Unfortunately", "Chris Ferrara",
                 id="a_fragment_in_the_subjects_own_claim_stays_his"),
    pytest.param(("Test\n\nPaul Cordes spoke on Friday.\n\nCardinal Paul Cordes criticized Cardinal Reinhard Marx\u2019s "
                  "suggestion that priests should consider \u201cblessing\u201d such unions.\n"), "Cardinal Paul", "author",
                 id="a_fragment_in_someone_elses_named_suggestion_is_not_the_subjects"),
    # s76, PTC train (the hundred-and-sixty-fifth reading): "Assange does not ask for special treatment." was his report
    pytest.param("Test\n\nJulian Assange spoke on Monday.\n\nAssange does not ask for special treatment.\n", "Assange does",
                 "author", id="a_request_not_made_is_no_report"),
    # (guard) one made is
    pytest.param("Test\n\nJulian Assange spoke on Monday.\n\nAssange asked for special treatment.\n", "Assange asked",
                 ("Julian Assange", "indirect"), id="a_request_made_is_a_report"),
    # s76, PTC train (the same reading): "Then when administrators are confronted, they claim …" had no speaker
    pytest.param(("Test\n\nPupils wrote out a creed in class.\n\nThen when administrators are confronted, they claim it was all "
                  "just an exercise.\n"), "Then when", ("administrators", "indirect"),
                 id="they_after_a_passive_when_clause_is_its_subject"),
    # s76, PTC dev (the hundred-and-sixty-seventh reading): "Three women believed to be the children’s mothers were also
    # arrested." was the women's report: spaCy made "believed" the main verb
    pytest.param(("Test\n\nEleven children were taken into custody.\n\nThree women believed to be the children\u2019s mothers "
                  "were also arrested.\n"), "Three women", "author", id="people_believed_to_be_someone_report_nothing"),
    pytest.param("Test\n\nPolice met on Monday.\n\nTwo men said to be his sons were arrested.\n", "Two men", "author",
                 id="people_said_to_be_someone_report_nothing"),
    # (guard) a belief held of someone by a subject is still reported
    pytest.param("Test\n\nCity officials met on Monday.\n\nOfficials believed him to be the leader.\n", "Officials believed",
                 ("officials", "indirect"), id="believing_someone_to_be_something_reports"),
    # s76, BASIL (the hundred-and-sixty-ninth reading): "Trump has long supported ending birthright citizenship,
    # recommending in 2015 … that the country “start a process” to scrap it." was the writer's: "recommend" did not report
    pytest.param(("Test\n\nDonald Trump spoke on Monday.\n\nTrump has long supported ending the policy, recommending in 2015 "
                  "that the country \u201cstart a process\u201d to scrap it.\n"), "Trump has", ("Donald Trump", "mixed"),
                 id="recommending_reports"),
    # s76, BASIL (found with the row above): "the president" went to the vice president named last
    pytest.param(("Test\n\nPresident Barack Obama unveiled a plan on Wednesday.\n\nThe plan follows a review led by Vice "
                  "President Joe Biden.\n\nIn an effort to touch on all four parts, the president proposed background checks "
                  "for all gun sales.\n"), "In an effort", ("Barack Obama", "indirect"),
                 id="the_president_is_no_vice_president"),
    pytest.param(("Test\n\nPresident Barack Obama unveiled a plan on Wednesday.\n\nThe plan follows a review led by Vice "
                  "President Joe Biden.\n\nThe vice president said he was pleased.\n"), "The vice president",
                 ("Joe Biden", "indirect"), id="the_vice_president_is_no_president"),
    # (guard, found reading the change over) a former vice president may be the president now
    pytest.param(("Test\n\nPresident Joe Biden spoke in Kyiv on Monday.\n\nBiden, a former vice president, has long backed "
                  "Ukraine.\n\nThe president said the aid would continue.\n"), "The president", ("Joe Biden", "indirect"),
                 id="a_former_vice_president_may_be_the_president"),
    # s76, BASIL (found with the rows above): "The federal judge overseeing the case, Robert L. Wilkins, is scheduled to
    # sentence Mr. Jackson on June 28." carried on the prosecutors' recommendation before it
    pytest.param(("Test\n\nJesse Jackson Jr. pleaded guilty on Wednesday.\n\nAs part of a plea agreement, prosecutors "
                  "recommended that Mr. Jackson receive a sentence of 46 to 57 months in prison.  The federal judge overseeing "
                  "the case, Robert L. Wilkins, is scheduled to sentence Mr. Jackson on June 28.\n"), "The federal judge",
                 "author", id="a_named_person_in_a_passive_after_a_paraphrase_is_the_writers"),
    # (guard) a thing spaCy tags a person goes on with the paraphrase
    pytest.param(("Test\n\nA former official told Fox News the agency has been tapping into companies.  According to the "
                  "official, the program began in 2007.  Metadata from the companies is used to identify suspicious "
                  "individuals.\n"), "Metadata", ("former official", "indirect"),
                 id="a_one_word_passive_subject_goes_on_with_the_paraphrase"),
    # s76, PTC train (the hundred-and-seventieth reading): "You will remember Sadikov as the student politician who in
    # February told his followers to “punch a Zionist today.”" went to the student politician named before
    pytest.param(("Test\n\nNoah Lew, a student politician, spoke on Monday.\n\nOne of the members of the mob was Igor "
                  "Sadikov.\n\nYou will remember Sadikov as the student politician who in February told his followers to "
                  "\u201cpunch a Zionist today.\u201d\n"), "You will", ("Igor Sadikov", "mixed"),
                 id="a_role_after_as_is_the_person_the_verb_names"),
    # s76, PTC train (the hundred-and-seventy-first reading): a participle the parser hung on "The case involves …" made
    # the case a speaker
    pytest.param(("Test\n\nCody Wilson posted plans online.\n\nThe case involves Cody Wilson, founder of Defense Distributed, "
                  "who sued the government in 2015 after the State Department made him take down blueprints he had posted "
                  "online, saying they violated export regulations.\n"), "The case", "author",
                 id="a_case_says_nothing"),
    # s76, PTC train (the same reading): a caption's photo credit sign was the speaker
    pytest.param(("Test\n\nAmerican in China injured in attack\n\n\u00a9 Provided by Al Jazeera Secretary of State Mike Pompeo "
                  "said the US was moving medical teams to China.\n"), "\u00a9 Provided", ("Mike Pompeo", "indirect"),
                 id="a_credit_sign_opening_a_caption_is_no_speaker"),
    # s76, PTC train (the same reading): "… until they were banned on Feb. 2, 2017, for “numerous violations of House
    # security policies.”" was the banned men's
    pytest.param(("Test\n\nImran Awan spoke on Monday.\n\nAwan and three relatives ran IT for House Democrats until they "
                  "were banned on Feb. 2, 2017, for \u201cnumerous violations of House security policies.\u201d\n"), "Awan and",
                 "author", id="a_fragment_in_a_passive_clause_is_whoever_did_it"),
    # (guard) a passive in what a verb reports is the speaker's
    pytest.param(("Test\n\nImran Awan spoke on Monday.\n\nImran Awan complained that he was treated as a \u201ccriminal\u201d "
                  "by everyone.\n"), "Imran Awan complained", ("Imran Awan", "mixed"),
                 id="a_fragment_in_a_reported_passive_is_the_speakers"),
    pytest.param(("Test\n\nPope Francis spoke on Monday.\n\nFrancis has slapped the label on his outrageous opinion that in "
                  "\u201ccomplex circumstances\u201d two people who are not married can be admitted to Holy Communion.\n"),
                 "Francis has", ("Pope Francis", "mixed"), id="a_fragment_in_a_passive_an_opinion_holds_is_the_holders"),
    # s76, PTC train (the hundred-and-seventy-first reading): "On Friday, Rossello and Gonzalez said …" was Gonzalez's
    # alone: spaCy tagged "Rossello" ORG, and the conjunct it tagged a person was taken for the subject
    pytest.param(("Test\n\nGovernor Ricardo Rossello and Resident Commissioner Jenniffer Gonzalez spoke on Friday.\n\nOn Friday, "
                  "Rossello and Gonzalez said the island would receive a total of $11 billion under CDBG.\n"), "On Friday,",
                 ("Ricardo Rossello and Jenniffer Gonzalez", "indirect"), id="a_known_person_tagged_org_speaks_with_the_other"),
    # s76, a check story (after "recommend" began to report): "A vote is expected in October." carried on the report's
    # recommendation before it
    pytest.param(("Test\n\nThe Group of Independent Experts published its report on Monday.\n\nThe report recommends that the "
                  "Council extend the group's mandate by another year. A vote is expected in October.\n"), "A vote", "author",
                 id="a_recommendation_carries_on_into_no_sentence"),
    # s76, PTC train (the hundred-and-seventy-sixth reading): "Francis cannot “simply fire” even Cardinal Wuerl …" was the
    # Pope's words, though Faggioli was quoted saying them two sentences before
    pytest.param(("Test\n\nMassimo Faggioli spoke on Monday.\n\nThe Pope, he argues, is not \u201cthe CEO of the Catholic Church, "
                  "and the bishops as its managers whom the Pope can simply fire.\u201d\n\nYet Francis cannot \u201csimply "
                  "fire\u201d even Cardinal Wuerl.\n"), "Yet Francis", ("Massimo Faggioli", "mixed"),
                 id="an_echoed_fragment_is_whoever_was_quoted_saying_it"),
    # (guard) a scare quote with no person as subject stays the writer's, whoever used the words before
    pytest.param(("Test\n\nDonald Trump spoke on Monday.\n\nTrump said the \u201cdeep state\u201d was against him.\n\nThe "
                  "term \u201cdeep state\u201d typically refers to a shadow government.\n"), "The term", "author",
                 id="an_echoed_scare_quote_without_a_person_subject_is_the_writers"),
    # s76, PTC train (the hundred-and-seventy-seventh reading): "… affirmed that the U.S. seeks … to deny Iran its 'dreams of
    # a northern arch' …" was the U.S.'s report: "deny" with two objects withholds, it says nothing
    pytest.param(("Test\n\nRex Tillerson spoke on Monday.\n\nSecretary of State Rex Tillerson (has) affirmed that the U.S. seeks "
                  "not only to ensure its allies' security but to deny Iran its 'dreams of a northern arch' from Tehran to "
                  "Beirut.\n"), "Secretary of State", ("Rex Tillerson", "mixed"), id="denying_someone_something_reports_nothing"),
    pytest.param("Test\n\nThe city council met on Monday.\n\nThe council denied him a permit.\n", "The council denied", "author",
                 id="denying_someone_a_thing_reports_nothing"),
    # (guard) a denial of a thing said still reports
    pytest.param("Test\n\nThe city council met on Monday.\n\nThe council denied the report.\n", "The council denied",
                 ("city council", "indirect"), id="denying_a_report_reports"),
    # (guard) people who ask are not those who answer
    pytest.param(("Test\n\nCity officials met on Monday.\n\nWhen reporters asked about the plan, they said it was fine.\n"),
                 "When reporters", ("city officials", "indirect"), id="they_after_an_active_when_clause_is_not_its_subject"),
    # s76, PTC train (the hundred-and-sixty-first reading): "…, although in public senior officials were more cautious,
    # speaking of “health attacks”" went to the Americans targeted: the parser took "senior officials" into "in public",
    # and the participle climbed past its subjectless although-clause to the passive one before it (the officials who
    # speak stay hidden in the parse: the quoted words are scare quotes, the writer's)
    pytest.param(("Test\n\nInitially officials suspected the Americans had been targeted by some sort of acoustic weapon, although "
                  "in public senior officials were more cautious, speaking of \"health attacks\".\n"), "Initially",
                 "author", id="a_participle_does_not_climb_past_a_subordinate_clause_without_a_subject"),
    # s77, PTC train (the hundred-and-seventy-ninth reading): "Concerned clergy and laity … are doing what they can according
    # to their stations." had a source called "stations", and "… to subvert the Church according to his false notion of
    # mercy." one called "false notion": a rank, a faculty or a notion one acts by is nobody's words
    pytest.param("Test\n\nConcerned clergy and laity throughout the world are doing what they can according to their stations.\n",
                 "Concerned", "author", id="according_to_their_stations_is_in_keeping_with_them"),
    pytest.param(("Test\n\nThe bishop is sending clear signals of concern about his plan to change the Church according to his "
                  "false notion of mercy.\n"), "The bishop", "author", id="according_to_a_notion_is_in_keeping_with_it"),
    pytest.param("Test\n\nThe villagers gave according to their ability.\n", "The villagers", "author",
                 id="according_to_their_ability_is_in_keeping_with_it"),
    # (guard) a station without a possessive is a broadcaster that speaks
    pytest.param("Test\n\nThe fire spread overnight, according to the station.\n", "The fire", ("station", "indirect"),
                 id="according_to_the_station_is_the_broadcasters"),
    # s77, PTC train (the hundred-and-eighty-first reading): an embedded post whose credit the scraper cut after "Sec."
    # ("… — Sec." ¶ "Kirstjen Nielsen (@SecNielsen) November 14, 2018") was the writer's
    pytest.param(("Test\n\nThe secretary visited the border on Wednesday.\nBorder security is national security, and we will "
                  "enforce our laws.\nToday, I am at the border talking with officials.\npic.twitter.com/fOlIQNF5pW — Sec.\n"
                  "Jane Kowal (@SecKowal) November 14, 2018\nShe also met the governor.\n"), "Today, I am",
                 ("Jane Kowal", "direct"), id="a_post_credit_cut_after_a_title_abbreviation_still_credits_the_post"),
    # s77, PTC train (the same reading): "The key passages … rebuke Francis for …, and even his reduction of the faith to an
    # ideology—precisely the wrong of which he accuses orthodox Catholics:" ¶ "Your Holiness, …" made the letter Francis's
    pytest.param(("Test\n\nThe theologian's letter was sent to Pope Francis last summer.\n\nThe key passages rebuke Francis for "
                  "his recklessness and even his reduction of the faith to an ideology—precisely the wrong of which he accuses "
                  "orthodox Catholics:\n\nYour Holiness, a chronic confusion seems to mark your pontificate.\n"), "Your Holiness",
                 "author", id="a_reporting_verb_in_a_relative_clause_before_a_colon_introduces_nothing"),
    # (guard, found in the dumps) the relative clause's own "who" is the person the colon introduces
    pytest.param(("Test\n\nThe abbot spoke on Monday.\n\nConsider a comment by the great Dom Paul Delatte, the second abbot of "
                  "Solesmes, who wrote in his commentary on the Rule of St. Benedict:\n\n“The Prologue set this choice before "
                  "us.”\n"), "“The Prologue", ("Dom Paul Delatte", "direct"), id="a_who_clause_before_a_colon_introduces_its_person"),
    # s77, PTC train (found reading the sources named after documents): "According to prepared testimony provided to The
    # Hill newspaper, he will say:" ¶ "I categorically and unequivocally deny …" was the testimony's, not Kavanaugh's
    pytest.param(("Test\n\nJudge Brett Kavanaugh will testify on Thursday.\n\nAccording to prepared testimony provided to The "
                  "Hill newspaper, he will say:\n\nI categorically and unequivocally deny the allegation against me.\n"),
                 "I categorically", ("Brett Kavanaugh", "direct"), id="a_persons_verb_before_a_colon_outranks_according_to"),
    # s77, PTC train (the hundred-and-eighty-third reading): "Then again, Francis even obtained the removal of his own
    # “trusted counselor” McCarrick …" went to Bergoglio, echoing a fragment given to him with no reporting verb
    pytest.param(("Test\n\nGovernor Tom Smith said on Monday that he was sorry.\n\nEvidently already aware of these facts, however, "
                  "Smith not only rehabilitated Jones but made him a “trusted counselor” who advised him.\n\nMayor Ann Brown "
                  "spoke on Tuesday.\n\nThen again, Brown even obtained the removal of her own “trusted counselor” Jones from "
                  "the board.\n"), "Then again", ("Ann Brown", "mixed"),
                 id="a_fragment_given_to_a_subject_by_no_verb_is_no_echoed_quotation"),
    # s77, BASIL (the hundred-and-eighty-fourth reading): "Telling the American people this is “your moment” …, Trump closed
    # his speech …" was the writer's: a participle opening the sentence, with a clause of its own, reports the main
    # clause's subject's words, as one after the main clause does ("…, Trump left, saying that …")
    pytest.param("Test\n\nDonald Trump was sworn in on Friday.\n\nSaying that he loved them, Trump closed his speech.\n",
                 "Saying", ("Donald Trump", "indirect"), id="a_participle_opening_the_sentence_reports_the_subjects_words"),
    pytest.param(("Test\n\nDonald Trump was sworn in on Friday.\n\nWarning the American people that the nation is at risk, Trump "
                  "closed his speech.\n"), "Warning", ("Donald Trump", "indirect"),
                 id="a_warning_participle_opening_the_sentence_reports_the_subjects_words"),
    # (guard) one with no clause reports nothing
    pytest.param("Test\n\nDonald Trump was sworn in on Friday.\n\nSpeaking to the crowd, Trump closed his speech.\n",
                 "Speaking", "author", id="a_participle_opening_the_sentence_without_a_clause_reports_nothing"),
    # s77, PTC train (the hundred-and-eighty-third reading): "The pope told the women, “…”" after "as Pope Francis on
    # Saturday revived the panel" was a source called "pope": a papal name keeps its title wherever spaCy's entity
    # leaves "Pope" out
    pytest.param(("Test\n\nCardinal Sean O’Malley has been reappointed as the head of a commission, as Pope Francis on Saturday "
                  "revived the panel.\n\nJim Scanlan, another survivor, said “the timing of it is too perfect” given the "
                  "controversy surrounding Pope Francis’s remarks.\n\nThe pope said he had seen no proof of Barros’s guilt.\n"),
                 "The pope said", ("Pope Francis", "indirect"), id="the_pope_is_the_pope_named_before"),
    # s77, PTC train (found listing sources named by one common noun): "The natural question, “Why does Pope Francis keep
    # such bad men around him?” is now easy to answer." went to the last person quoted (`museum`)
    pytest.param(("Test\n\n“No items were lost,” the museum said.\n\nThe natural question, “Why does the director keep such bad "
                  "men around him?” is now easy to answer.\n"), "The natural question", "author",
                 id="a_quotation_named_as_a_question_is_the_writers"),
    # (guard) a question someone asks, in quotation marks after a comma, is still theirs
    pytest.param(("Test\n\n“No items were lost,” the museum said.\n\nThen the director asked, “Why does it matter?”\n"),
                 "Then the director", ("director", "direct"), id="a_question_asked_after_a_comma_is_the_askers"),
    # s77, PTC train (the hundred-and-ninetieth reading): "… he drove back to Austin and uploaded the blueprints …" ¶ "He’d
    # launched the site months earlier …, declaring that …" went to `Austin`, which spaCy tagged PERSON
    pytest.param(("Test\n\nFIVE YEARS AGO, 25-year-old radical libertarian Cody Wilson stood on a remote central Texas gun range and "
                  "pulled the trigger on the world’s first fully 3-D-printed gun.\n\nWhen, to his relief, his plastic invention "
                  "fired a .380-caliber bullet into a berm of dirt without jamming or exploding in his hands, he drove back to "
                  "Austin and uploaded the blueprints for the pistol to his website, Defcad.com.\n\nDefend Yourself: A Com...\n\n"
                  "Rob Pincus Best Price: $2.00 Buy New $17.99 (as of 03:35 EDT - Details)\n\nHe’d launched the site "
                  "months earlier along with an anarchist video manifesto, declaring that gun control would never be the "
                  "same.\n"), "He’d launched",
                 ("Cody Wilson", "indirect"), id="a_city_one_drives_to_is_no_person"),
    # s77, PTC train (the hundred-and-ninetieth reading): "He committed one of the worst sins, that is he denied Christ, …"
    # (in a pope's homily) was Saint Peter's report: denying a person disowns them and reports nothing
    pytest.param(("Test\n\nMany times I think of Saint Peter.\n\nHe committed one of the worst sins, that is he denied Christ, and "
                  "even with this sin they made him Pope.\n"), "He committed", "author", id="denying_a_person_reports_nothing"),
    # (guard) denying a person's claims still reports
    pytest.param(("Test\n\nMany times I think of Saint Peter.\n\nHe denied Smith's claims on Monday.\n"), "He denied",
                 ("Saint Peter", "indirect"), id="denying_a_persons_claims_reports"),
    # (guard, found reading the change over) "them" is as often the claims denied
    pytest.param(("Test\n\nRoy Moore spoke on Monday.\n\nAsked about the allegations, Moore denied them.\n"), "Asked about",
                 ("Roy Moore", "indirect"), id="denying_them_after_allegations_reports"),
    # s77, PTC train (the hundred-and-ninety-first reading): "Instead, it amended the text, …, to attribute the claims to
    # unnamed, and uncheckable, “sources”." went to the last person quoted: a lower-case word after a comma, ending the
    # sentence, is a fragment in the writer's list, not a quotation
    pytest.param(("Test\n\n“I hope it turns out true,” Assange said.\n\nThe Guardian quickly rowed back its initial certainty.\n\n"
                  "Instead, it amended the text, without acknowledging it had done so, to attribute the claims to unnamed, and "
                  "uncheckable, “sources”.\n"), "Instead", "author", id="a_lowercase_word_quoted_after_a_comma_at_the_end_is_a_fragment"),
    # (guard) a quotation a frame's comma introduces stays the speaker's
    pytest.param(("Test\n\nAssange spoke to reporters on Monday.\n\nAsked whether he would leave, Assange said, “maybe.”\n"),
                 "Asked whether", ("Assange", "direct"), id="a_lowercase_word_quoted_after_a_frames_comma_is_the_speakers"),
    # s77, BASIL (the hundred-and-ninety-second reading): "He said the core … lay in “providing effective leadership to our
    # alliances.” Mr. Mattis also praised the “Defeat ISIS” coalition …" gave Mattis's sentence to the paragraph's "he" (the
    # coalition's name in marks is the writer's)
    pytest.param(("Test\n\nSenator Ben Sasse, Republican of Nebraska, called it “a sad day for America.”\n\nHe said the core of "
                  "American national interests lay in “providing effective leadership to our alliances.” Mr. Mattis also "
                  "praised the “Defeat ISIS” coalition that Mr. Trump just abandoned in Syria.\n"), "Mr. Mattis also",
                 "author", id="a_fragment_in_a_sentence_about_another_named_person_is_not_the_paragraphs_speakers"),
    # (guard) a fragment of the other person's own words stays theirs
    pytest.param(("Test\n\nSenator Ben Sasse, Republican of Nebraska, called it “a sad day for America.”\n\nHe said the core of "
                  "American national interests lay in “providing effective leadership to our alliances.” Mr. Mattis also "
                  "praised the allies for their “steadfast support.”\n"), "Mr. Mattis also", ("Mattis", "mixed"),
                 id="a_fragment_in_a_sentence_about_another_named_person_is_that_persons"),
    # s77, PTC train (the hundred-and-ninety-sixth reading): "She said she thought that the psychiatric testing … was
    # excessive" after "the new constitution, Vultum Dei Quaerere" went to `Vultum Dei`, which spaCy tagged PERSON
    pytest.param(("Test\n\nThe new constitution, Vultum Dei Quaerere, was published in 2016.\n\nIt reminds me of a conversation I "
                  "had with a superior of a Benedictine house in the UK.\n\nShe said she thought that the psychiatric testing "
                  "was excessive and not helpful.\n"), "She said", ("unresolved speaker", "indirect"),
                 id="a_church_documents_latin_title_is_no_she"),
    # s77, BASIL (the hundred-and-eighty-second reading): "Mr. Braley’s apology noted his family’s history …" had a source
    # called "apology": an apology, like a statement, is its owner's
    pytest.param(("Test\n\nOther Republicans quickly criticized Mr. Braley.\n\nMr. Braley’s apology noted his family’s history "
                  "with Iowa agriculture, including his own stint “doing farm jobs.”\n"), "Mr. Braley’s apology",
                 ("Braley", "mixed"), id="a_persons_apology_is_theirs"),
    # s78, PTC train (the hundred-and-ninety-eighth reading): Henri de Lubac's quotation, set a sentence a line and left
    # open over lines without marks, goes on in the next paragraph's opening mark ("“It is not an exaggeration …"), which
    # went to Frings, named on the line before inside the quotation; and "Card." cut a line in two
    pytest.param(("Test\n\nThe council met on Monday.\nThe mayor spoke first.\nThe vote was close.\nHistorian Anna Berg, writing "
                  "in 1985, recalled the meeting and said:\n“The mayor was also the secretary of Card.\nJones, Archbishop of "
                  "Cologne.\nBlind, the old cardinal used his secretary to write his speeches.\nOne of these speeches became "
                  "famous.\nDespite a reply by the governor, Jones kept up his attack.\n\n“It is no exaggeration to say that on "
                  "that day the old committee was destroyed by the mayor.\nThe committee never met again.”\nThe council "
                  "adjourned.\nThe next vote was set for May.\n"), "“It is no exaggeration", ("Anna Berg", "direct"),
                 id="a_quotation_left_open_over_lines_goes_on_in_the_next_opening_mark"),
    pytest.param(("Test\n\nThe council met on Monday.\nThe mayor spoke first.\nThe vote was close.\nHistorian Anna Berg, writing "
                  "in 1985, recalled the meeting and said:\n“The mayor was also the secretary of Card.\nJones, Archbishop of "
                  "Cologne.\nBlind, the old cardinal used his secretary to write his speeches.\nThe council adjourned.\n"),
                 "“The mayor was also the secretary of Card.\nJones, Archbishop", ("Anna Berg", "direct"),
                 id="card_is_a_title_abbreviation"),
    # s78, PTC train (the same reading): "TheDCNF had not told anyone other than prosecutors about it." was TheDCNF's
    # report: telling nobody, with no clause told, is a silence, as "never told his wife about the affair" was
    pytest.param("Test\n\nThe paper asked prosecutors on Monday.\n\nThe paper had not told anyone other than prosecutors about it.\n",
                 "The paper had not", "author", id="not_telling_anyone_about_a_thing_reports_nothing"),
    pytest.param("Test\n\nThe mayor spoke on Monday.\n\nThe mayor did not tell us about the plan.\n", "The mayor did not",
                 "author", id="not_telling_us_about_a_thing_reports_nothing"),
    # (guard) not telling a person what one did tell them
    pytest.param("Test\n\nThe mayor spoke on Monday.\n\nThe mayor did not tell reporters that the plan had failed.\n",
                 "The mayor did not", ("mayor", "indirect"), id="not_telling_that_still_reports"),
    # s78, BASIL (the hundred-and-ninety-ninth reading): "Gorsuch, who worked on …, provided the expected performance …;
    # he stated that he would be shocked …" went to Zephyr Teachout, quoted before: the parser hangs the clause before
    # the semicolon on "stated", as if it were what he stated, so its subject was no candidate for "he"
    pytest.param(("Test\n\nJudge Neil M. Gorsuch was questioned on Tuesday.\n\nZephyr Teachout said the court matters.\n\n"
                  "Gorsuch, who worked on former President George W. Bush’s 2004 reelection campaign and as a lawyer in his "
                  "Justice Department, provided the expected performance past court nominees had given during his appearance; "
                  "he stated that he would be shocked by politics coming into a courtroom.\n"), "Gorsuch, who",
                 ("Neil M. Gorsuch", "indirect"),
                 id="he_after_a_semicolon_is_the_subject_of_the_clause_before_it"),
    # s78, BASIL (the same reading): "The Senate’s “cloture” rule requires a supermajority of 60 votes …" went to Chuck
    # Schumer, whose report the sentence before gave: a term quoted inside the subject is the writer's
    pytest.param(("Test\n\nThe Senate leader, Chuck Schumer of New York, announced that he would try to lead Democrats in "
                  "blocking a vote.  The Senate’s “cloture” rule requires a supermajority of 60 votes to overcome such a "
                  "filibuster.\n"), "The Senate’s", "author", id="a_term_quoted_in_the_subject_is_the_writers"),
    # (guard) a fragment outside the subject in the same paragraph stays the speaker's
    pytest.param(("Test\n\nThe Senate leader, Chuck Schumer of New York, announced that he would try to lead Democrats in "
                  "blocking a vote.  The rule, he added, is “a relic of another age.”\n"), "The rule", ("Chuck Schumer", "mixed"),
                 id="a_fragment_outside_the_subject_stays_the_speakers"),
    pytest.param(("Test\n\nPresident Donald Trump said the report was false.  His “witch hunt” claim drew ridicule from "
                  "Democrats.\n"), "His “witch hunt”", ("Donald Trump", "mixed"), id="a_fragment_in_a_subject_a_person_owns_is_theirs"),
    # s78, BASIL (found in the same reading's context): "He said he did not know the woman who received the photo,
    # Gennette Cordova, a student at …, Wash.; she followed him on Twitter." was the writer's: the parser hangs the
    # semicolon on the woman's name, not on the verb after it
    pytest.param(("Test\n\nMr. Weiner spoke on Friday.\n\nHe said he did not know the woman who received the photo, Gennette "
                  "Cordova, a student at Whatcom Community College in Bellingham, Wash.; she followed him on Twitter.\n"),
                 "He said he did not", ("Weiner", "indirect"), id="a_report_before_a_semicolon_the_parser_hangs_lower"),
    # s78, PTC train (the two-hundredth reading): "The Muslim photographer Askia Muhammad, who took this photo of … Louis
    # Farrakhan, knew this would impact the election: he said so." went to Farrakhan, named last: the subject is a role
    # noun with the name set beside it, and the clause before the colon hangs on "said"
    pytest.param(("Test\n\nLouis Farrakhan spoke in Chicago.\n\nThe Muslim photographer Askia Muhammad, who took this photo of "
                  "candidate Barack Obama and Louis Farrakhan, knew this would impact the election: he said so.\n"),
                 "The Muslim", ("Askia Muhammad", "indirect"), id="he_after_a_colon_is_the_named_subject_before_it"),
    # s78, PTC train (the two-hundred-and-third reading): "… or a note from Kazi reading, “I did this for Allah." went to
    # Sean Ragan, quoted before: the words a sign, a note or a banner "reading" holds are its author's or its bearers'
    pytest.param(("Test\n\nThe mayor spoke on Monday.  “We will act,” she said.\n\nPolice found a note from the gunman reading, "
                  "“I did this for them.”\n"), "Police found", ("gunman", "direct"), id="a_note_from_someone_reading_is_theirs"),
    pytest.param(("Test\n\nThe mayor spoke on Monday.  “We will act,” she said.\n\nProtesters outside carried a sign reading, "
                  "“No war.”\n"), "Protesters", ("protesters", "direct"), id="a_sign_carried_reading_is_its_bearers"),
    pytest.param(("Test\n\nThe mayor spoke on Monday.  “We will act,” she said.\n\nA banner reading “Stop the war” hung from "
                  "the bridge.\n"), "A banner", ("banner", "mixed"), id="a_banner_reading_is_the_banners"),
    # s78, PTC train (the same reading): "… came together for a debate entitled “Francis @ Five:" ¶ "Assessing the Legacy of
    # Pope Francis Five Years after His Election.”" (one paragraph the parser splits at the colon) went to Ross Douthat:
    # the rest of a quoted title is the writer's too
    pytest.param(("Test\n\nIn a debate, Ross Douthat and Massimo Faggioli discussed the legacy.\n\nOn Wednesday night, Ross "
                  "Douthat and Massimo Faggioli came together for a debate entitled “Francis @ Five: Assessing the Legacy of "
                  "Pope Francis Five Years after His Election.” As I made my way up to Fordham University, I was excited.\n"),
                 "Assessing", "author", id="the_rest_of_a_quoted_title_is_the_writers"),
    # s78, PTC train (the two-hundred-and-fourth reading): in Viganò's testimony, "When it was my turn, I just had time to
    # say to him, “I am the Nuncio to the United States.”" went to McCarrick, quoted before: the writer's "I" had the time
    pytest.param(("Test\n\nCardinal Theodore McCarrick greeted me.\n\nHe immediately said to me: “The Pope received me "
                  "yesterday.”\n\nWhen it was my turn, I just had time to say to him, “I am the Nuncio to the United States.”\n"),
                 "When it was", "author", id="the_writer_who_had_time_to_say_it"),
    # s78, PTC train (the same reading): "… the pope met as scheduled with selected survivors …" ¶ "He made all the right
    # noises …" ¶ "“I know the pain …,” he said." went to Michael Sean Winters, quoted before: "the pope" subject of the
    # writer's sentence is the pope named before, as "the president" is the president
    pytest.param(("Test\n\nPope Francis visited Chile in January.\n\nMichael Sean Winters wrote, “I am gobsmacked.”\n\nOn "
                  "Wednesday, the pope met as scheduled with selected survivors of abuse.\n\n“I know the pain of these cases,” "
                  "he said.\n"), "“I know", ("Pope Francis", "direct"), id="he_after_the_pope_as_subject_is_the_pope"),
    # s78, PTC dev (the two-hundred-and-sixth reading): "The Democratic Party has maintained its support for Ellison’s
    # attorney general campaign despite the allegations." was the party's report: support kept up is no words
    pytest.param("Test\n\nThe Democratic Party has maintained its support for Ellison’s campaign despite the allegations.\n",
                 "The Democratic", "author", id="maintaining_support_reports_nothing"),
    # (guard) maintaining one's innocence still reports
    pytest.param("Test\n\nKeith Ellison has maintained his innocence.\n", "Keith", ("Keith Ellison", "indirect"),
                 id="maintaining_innocence_reports"),
    # s78, PTC train (the two-hundred-and-ninth reading): "He tells the truth only to continue to control and manipulate
    # reality." (the writer's habitual liar) went to Saint Thomas, named before: telling the truth gives no words
    pytest.param(("Test\n\nSaint Thomas wrote on lying.\n\nA liar is still servicing his lies.\n\nHe tells the truth only to "
                  "continue to control and manipulate reality.\n"), "He tells", "author", id="telling_the_truth_reports_nothing"),
    # s78, PTC train (found reviewing the session's changes): an unsigned NCR editorial's quotation, set a sentence a line
    # and left open over lines, went on with its next paragraph's opening mark to Michael Sean Winters, quoted before it:
    # its closing line's last sentence took him by no reading of its own, and its note of how the marks scan counted
    # as a cue
    pytest.param(EDITORIAL_OVER_LINES, "The mayor gave", ("unsigned Herald editorial", "direct"),
                 id="a_closing_line_with_no_reading_of_its_own_frames_nothing"),
    pytest.param(EDITORIAL_OVER_LINES, "Three reporters", ("unsigned Herald editorial", "direct"),
                 id="lines_of_an_editorials_quotation_over_two_paragraphs_are_its"),
    # s78, PTC train (the two-hundred-and-tenth reading): "…, Bishop Accountability summarises, “A year after …”" went to
    # the speaker before: "summarize" frames a quotation
    pytest.param(("Test\n\nThe mayor spoke on Monday.  “We will act,” she said.\n\nThe advocacy group Bishop Accountability "
                  "summarizes the case, “Three men ransacked the survivor’s apartment and beat him.”\n"), "The advocacy",
                 ("Bishop Accountability", "direct"), id="summarizing_frames_a_quotation"),
    # s78, PTC train (the same reading): "… 14,000 170mm guns … emplaced in caves …" ¶ "They threaten almost all of South
    # Korea’s capital Seoul …" was an unresolved speaker's threat: what things endanger is no words
    pytest.param(("Test\n\nNorth Korea still has 14,000 guns emplaced in caves.  They threaten almost all of the capital and some "
                  "US military bases.\n"), "They threaten", "author", id="guns_that_threaten_a_city_say_nothing"),
    # (guard, found in the dumps) a speaker's "I can't say …" closing a quotation whose opening mark is lost is not the
    # writer's "I" quoting itself
    pytest.param(('Test\n\nRep. Anthony D. Weiner spoke on Monday.\n\n"I didn\'t send that picture out" the congressman said, though he does not know who did.  Is the '
                  'photo of him? I can\'t say with certitude" he told Russert.\n'), "I can't say", "Anthony D. Weiner",
                 id="a_speakers_i_before_a_closing_mark_is_not_the_writer"),
    # s78, BASIL (the two-hundred-and-seventeenth reading): "Earlier Friday, chairman of the House Intelligence Committee
    # Rep. Adam Schiff (D-Calif.) revealed that …" had a source called "Earlier Friday": the parser's subject was the day
    pytest.param(("Test\n\nSenator Dianne Feinstein spoke on Friday.\n\nEarlier Friday, chairman of the House Intelligence "
                  "Committee Rep. Adam Schiff (D-Calif.) revealed that his committee had already begun searching for "
                  "witnesses.\n"), "Earlier Friday", ("Adam Schiff", "indirect"), id="a_day_the_parser_makes_the_subject_is_no_speaker"),
    # s78, BASIL (the same reading): "He laughed at Mr. Ryan’s remarks so often and so heartily that at times he seemed like a
    # guest at a comedy club roast, …" was Biden's report: a "so … that" clause is what came of the laughing
    pytest.param(("Test\n\nMr. Biden relished his role.  He laughed at Mr. Ryan’s remarks so often and so heartily that at times "
                  "he seemed like a guest at a comedy club roast.\n"), "He laughed", "author", id="laughing_so_much_that_reports_nothing"),
    # (guard) "added that …" still reports
    pytest.param("Test\n\nMr. Biden spoke on Monday.  He added that the plan would fail.\n", "He added", ("Biden", "indirect"),
                 id="adding_that_still_reports"),
    # s79, PTC train (the two-hundred-and-twentieth reading): "The authors were the Cyber Counter-intelligence Assessments
    # Branch of the U.S. Defence Department." ¶ "They described …" ¶ "This would be achieved, they wrote, …" had no
    # speaker: the body a plural subject is said to be is whom "they" means next
    pytest.param(("Test\n\nIn 2008, a plan to destroy WikiLeaks was laid out in a secret document.\n\nThe authors were the "
                  "Cyber Counter-intelligence Assessments Branch of the U.S. Defence Department.\n\nThey described in detail "
                  "how important it was to destroy the \u201cfeeling of trust\u201d of WikiLeaks.\n"), "They described",
                 ("Cyber Counter-intelligence Assessments Branch", "mixed"), id="they_after_a_plural_subject_said_to_be_a_body"),
    # s79, PTC train (the same reading): "Sociologists talk about the concept of the “high trust society,” one in which
    # citizens believe what they are told by the elites …" went to "citizens": what people do in a kind of society a
    # relative clause defines is nobody's report
    pytest.param(("Test\n\nSociologists talk about the concept of the \u201chigh trust society,\u201d one in which citizens "
                  "believe what they are told by the elites.\n"), "Sociologists", ("author", "author"),
                 id="people_in_a_society_a_clause_defines_report_nothing"),
    # (guard) a real occasion's "where" clause still reports
    pytest.param(("Test\n\nKweis graduated from Thomas Edison High School in 2007, where friends described him as \u201cone of "
                  "the guys.\u201d\n"), "Kweis graduated", ("friends", "mixed"), id="friends_at_a_school_still_report"),
    # s79, PTC train (the two-hundred-and-twenty-first reading): "The report begins, “It ain’t debatable!" ¶ "… were an
    # ‘Israeli’-Jewish job.” The website which published the report … is Mouqawamah Music, a site that openly calls for
    # “Death to Israel” …" gave the site's slogan to the report: a sentence saying what another named thing is speaks of it
    pytest.param(("Test\n\nThe report begins, \u201cIt ain\u2019t debatable! Soup to nuts, the attacks were an Israeli job.\u201d "
                  "The website which published the report is Mouqawamah Music, a site that openly calls for \u201cDeath to "
                  "Israel.\u201d\n"), "The website", "author",
                 id="a_sentence_saying_what_another_named_thing_is_is_not_the_quotations"),
    # s79, PTC train (the same reading): "Likewise Reagan, George H. W. Bush, Clinton, and George W. Bush all thought that
    # …" had a source called "Likewise Reagan": a sentence adverb the entity ran into is no part of a name
    pytest.param("Test\n\nIran was paid.\n\nLikewise Obama said it was fine.\n", "Likewise", ("Obama", "indirect"),
                 id="a_sentence_adverb_is_no_part_of_a_name"),
    # s79, PTC train (the two-hundred-and-twenty-fifth reading): "But I asked him what he knew how to do." ¶ "“Can you fix a
    # bathroom pipe?" ¶ "Can you drive a tractor?” This nice kid … could read books … and write a pretty mean paper on
    # Thomas Aquinas, …" gave the writer's questions to the kid: what someone can write is no report (the quotation then
    # goes to the last person named, Thomas Aquinas, named after it: names after a quotation stay, for they may credit it,
    # "“…” ¶ ”-William Booth")
    pytest.param(("Test\n\nBut I asked him what he knew how to do.\n\n\u201cCan you fix a bathroom pipe?\n\nCan you drive a "
                  "tractor?\u201d This nice kid could read books and write a pretty mean paper on Thomas Aquinas, but not a lot "
                  "else.\n"), "Can you drive", lambda row: row[1] != "nice kid", id="what_someone_can_write_is_no_report"),
    # s79, PTC dev (the two-hundred-and-twenty-seventh reading): "… comments made by Peter Daou, a Democratic strategist and
    # former advisor to Hillary Clinton and John Kerry, who wrote in a tweet that the Kavanaugh accuser will be “attacked
    # …”" went to Kerry: after a comma, "who" is the person a description set off beside a name is of
    pytest.param(("Test\n\nHer comment came after another user pointed to comments made by Peter Daou, a Democratic "
                  "strategist and former advisor to Hillary Clinton and John Kerry, who wrote in a tweet that the accuser "
                  "will be \u201cattacked.\u201d\n"), "Her comment", ("Peter Daou", "mixed"),
                 id="who_after_a_description_naming_others_is_the_person_described"),
    # s79, BASIL (the two-hundred-and-twenty-second reading): "Secretary of State John Kerry said Tuesday that he would be
    # in Switzerland …  The White House has also not committed to sending a representative …" carried on Kerry's
    # paraphrase: what a named organisation did is the writer's telling
    pytest.param(("Test\n\nSecretary of State John Kerry said Tuesday that he would be in Switzerland negotiating with the "
                  "Iranians.  The White House has also not committed to sending a representative to the conference.\n"),
                 "The White House", "author", id="what_a_named_organisation_did_is_the_writers"),
    # (guard) what one will do, with a modal, may still be the paraphrase
    pytest.param(("Test\n\nSome grumbled that the campaign had ousted the one member willing to listen.  Instead, the House "
                  "will end up elevating a leader with a less conservative record.\n"), "Instead", ("some", "indirect"),
                 id="what_a_body_will_do_may_go_on_with_the_paraphrase"),
    # s79, BASIL (found in the dumps): '“Given the poison pills … So obvious. So predictable. So pathetic,” Frank Sharry, the
    # executive director of …, tweeted on Tuesday.' was his only as the last person named (the parser hangs "tweeted" on
    # the name as a participle): named after the quotation, he went to Trump once names after it stopped counting
    pytest.param(("Test\n\nDemocrats rejected the offer before Trump even announced it on Saturday.\n\n\u201cGiven the poison "
                  "pills stuffed into a proposal we can now say the Trump \u2018offer\u2019 isn\u2019t about getting to a deal.  "
                  "So obvious.  So predictable.  So pathetic,\u201d Frank Sharry, the executive director of America\u2019s "
                  "Voice, tweeted on Tuesday.\n"), "\u201cGiven", ("Frank Sharry", "direct"),
                 id="a_frame_whose_verb_the_parser_hangs_on_the_name_after_a_closing_mark"),
    # s79, PTC train (the two-hundred-and-twenty-ninth reading): "It has been said: “You shall know the truth, and the truth
    # shall set you free.”" went to Edmund Burke, quoted paragraphs before: a saying nobody is named for is the writer's
    pytest.param(("Test\n\n\u201cRules are rules,\u201d Edmund Burke said.\n\nSmall wonder that governments feel threatened.\n\n"
                  "It has been said: \u201cYou shall know the truth, and the truth shall set you free.\u201d\n"), "It has been",
                 ("author", "author"), id="a_saying_nobody_is_named_for_is_the_writers"),
    # s79, BASIL (the two-hundred-and-thirtieth reading): "Even so, Democrats roundly criticized the president’s plan.  They
    # were particularly incensed that …" ¶ "And they said the deal was a nonstarter …" had no speaker: the writer's "they"
    # goes on with the group its sentence before had as subject
    pytest.param(("Test\n\nThe president proposed more money for border agents.\n\nEven so, Democrats roundly criticized the "
                  "president\u2019s plan.  They were particularly incensed that the offer was temporary.  And they said the deal "
                  "was a nonstarter because it did not offer permanent protections.\n"), "And they said", ("Democrats", "indirect"),
                 id="the_writers_they_goes_on_with_the_group_before"),
    # s79, PTC train (the two-hundred-and-thirty-second reading): "“Leave them; they are blind guides." ¶ "And if a blind man
    # leads a blind man, both will fall into a pit.” (Matthew 15:14)" went to Magdi Allam, named before, and in another
    # article to Mohamed Atta: a quotation the writer cites by chapter and verse is the book's
    pytest.param(("Test\n\nMagdi Allam left the Church in 2013.\n\nI have yet to meet a prelate who agrees.\n\n\u201cLeave them; they "
                  "are blind guides.\n\nAnd if a blind man leads a blind man, both will fall into a pit.\u201d (Matthew 15:14)\n"),
                 "\u201cLeave them", ("Matthew", "direct"), id="a_quotation_cited_by_chapter_and_verse_is_the_books"),
    # s79, PTC train (the same reading): '“It is going against everything I’ve seen for 44 years," huffed committee member
    # Patrick Leahy (D-Vt.).' went to Deborah Ramirez, quoted before: the parser read "huffed" as part of the name
    pytest.param(("Test\n\n\u201cI was shocked,\u201d Deborah Ramirez said.\n\nDemocrats freaked out at the decision.\n\n\u201cIt is "
                  "going against everything I\u2019ve seen for 44 years,\" huffed committee member Patrick Leahy (D-Vt.).\n"),
                 "\u201cIt is going", ("Patrick Leahy", "direct"), id="a_closing_frame_verb_read_as_part_of_the_name"),
    # s79, PTC train (the same reading): "Bonkers conspiracy site Intellihub posted an article this week …" ¶ "They noted
    # Haig's LinkedIn page, which says …" had no speaker: the outlet a name set beside "site" names is whom "they" means
    pytest.param(("Test\n\nDouglas Haig sold ammunition.\n\nBonkers conspiracy site Intellihub posted an article this week that "
                  "pointed to Haig's background.\n\nThey noted Haig's LinkedIn page, which says he worked for Boeing.\n"),
                 "They noted", ("Intellihub", "indirect"), id="they_after_an_outlet_named_beside_site"),
    # s79, PTC train (the two-hundred-and-thirty-third reading): "There is currently no “proven” treatment for Ebola, however
    # dozens of experimental drugs exist – including a vaccine called rVSV-ZEBOV, …" made the drugs a speaker: a name
    # given without quotation marks, in a sentence quoting something else, is no one's words
    pytest.param(("Test\n\nIt is transmitted between humans through blood.\n\nThere is currently no \u201cproven\u201d treatment "
                  "for Ebola, however dozens of experimental drugs exist \u2013 including a vaccine called rVSV-ZEBOV, which has "
                  "reportedly protected nearly 6,000 people.\n"), "There is", "author", id="a_vaccine_called_a_name_says_nothing"),
    # s79, PTC dev (the two-hundred-and-thirty-fifth reading): "A 13-YEAR-OLD BOY WHO WAS PART OF GROUP TAKEN INTO CUSTODY
    # AT A SQUALID NEW MEXICO COMPOUND LAST MONTH HAS TOLD FBI AGENTS …" had a source called "LAST MONTH": the parser,
    # lost in capitals, made the time the subject; a time is nobody
    pytest.param(("Test\n\nA 13-YEAR-OLD BOY WHO WAS PART OF GROUP TAKEN INTO CUSTODY AT A SQUALID NEW MEXICO COMPOUND LAST "
                  "MONTH HAS TOLD FBI AGENTS HIS MOTHER\u2019S BOYFRIEND WAS TRAINING HIM.\n"), "A 13-YEAR-OLD",
                 lambda row: "MONTH" not in row[1], id="a_time_the_parser_makes_the_subject_says_nothing"),
    # (guard, found in the dumps) a name holding a word for a time still reports: "The Dallas Morning News reported …", its
    # "Morning" the parser's subject
    pytest.param(("Test\n\nPolitico reported Tuesday that Perry bought airtime.  The Dallas Morning Newsrecently reported that "
                  "his campaign plans to bring \"more than 600 influential Texans\" to Iowa.\n"), "The Dallas",
                 lambda row: row[1] != "Politico", id="a_name_holding_a_time_word_still_reports"),
    # s79, PTC train (found in the dumps): "As expected, at today’s hearing Kavanaugh will firmly rebut the … claims …" ¶
    # "According to prepared testimony provided to The Hill newspaper, he will say:" ¶ "I categorically and unequivocally
    # deny …" went to Patrick Leahy, quoted before, once his words were his: the intro's "he" is whom the line before
    # spoke of
    pytest.param(("Test\n\n\u201cIt is going against everything I\u2019ve seen for 44 years,\u201d said Senator Patrick Leahy.\n\n"
                  "As expected, at today\u2019s hearing Judge Brett Kavanaugh will firmly rebut the claims.\n\nAccording to prepared testimony "
                  "provided to The Hill newspaper, he will say:\n\nI categorically and unequivocally deny the allegation against "
                  "me.\n"), "I categorically", ("Brett Kavanaugh", "direct"), id="a_block_intros_he_is_whom_the_line_before_spoke_of"),
    # s79, PTC train (the two-hundred-and-thirty-sixth reading): "She told no one about the assault until 30 years later."
    # went to Christine Blasey Ford as a report: telling nobody is a silence
    pytest.param(("Test\n\nChristine Blasey Ford said she was attacked.\n\nShe told no one about the assault until 30 years "
                  "later.\n"), "She told", "author", id="telling_no_one_is_a_silence"),
    # s79, PTC train (the two-hundred-and-thirty-seventh reading): "- Archbishop Allen Vigneron of Detroit, Michigan issued a
    # statement calling Viganò’s account “another daunting challenge …”" went to "Michigan", the parser's second subject
    pytest.param(("Test\n\nA series of prelates has vouched for Vigan\u00f2:\n\n- Archbishop Allen Vigneron of Detroit, Michigan issued "
                  "a statement calling Vigan\u00f2\u2019s account \u201canother daunting challenge.\u201d\n"), "- Archbishop",
                 ("Allen Vigneron", "mixed"), id="a_persons_state_is_no_second_subject"),
    # s79, PTC train (the two-hundred-and-thirty-eighth reading): "To quote Paul VI, then in the depths of his conciliar
    # delirium at the Council’s close:" ¶ "But one must realize that this council …" was the writer's: the writer's
    # "To quote X:" introduces X's words set down without marks
    pytest.param(("Test\n\nJust as Faggioli fears, many recognize the obvious.\n\nTo quote Paul VI, then in the depths of his "
                  "conciliar delirium at the Council\u2019s close:\n\nBut one must realize that this council insisted very much "
                  "more upon this pleasant side of man.\n"), "But one must", ("Paul VI", "direct"),
                 id="to_quote_someone_introduces_a_block"),
    # s79, PTC dev (the two-hundred-and-thirty-ninth reading): "… has turned the normal everyday responsibility of the
    # President—one acknowledged and acted upon by every previous president—to defuse tensions … into a high crime." had a
    # source called "one"
    pytest.param(("Test\n\nThe complex orchestrated the false arrest of Maria Butina.\n\nThe complex has turned the normal everyday "
                  "responsibility of the President\u2014one acknowledged and acted upon by every previous president\u2014to defuse "
                  "tensions into a high crime.\n"), "The complex has", "author", id="one_acknowledged_by_every_president_says_nothing"),
    # s79, BASIL (the two-hundred-and-fortieth reading): "Trump on Tuesday specifically cited Republican National Committee
    # Chairman Reince Priebus' concerns about his involvement.  He said he does not expect Newsmax to follow through …"
    # went to Priebus: the parser read "Trump" as a verb, so the sentence had no subject
    pytest.param(("Test\n\nDonald Trump will not moderate the debate.\n\nTrump on Tuesday specifically cited Republican National "
                  "Committee Chairman Reince Priebus' concerns about his involvement.  He said he does not expect Newsmax to "
                  "follow through with the debate now that he's out.\n"), "He said he", ("Donald Trump", "indirect"),
                 id="a_name_the_parser_reads_as_a_verb_is_the_subject"),
    # s79, BASIL (the two-hundred-and-forty-third reading): "Hours before Trump’s review announcement, the FWS defended its
    # decision as “part of a robust United States strategy …”" was the writer's scare quotes: defending something as
    # quoted words says them, as praising does
    pytest.param(("Test\n\nTrump announced a review.\n\nHours before Trump\u2019s review announcement, the FWS defended its "
                  "decision as \u201cpart of a robust United States strategy.\u201d\n"), "Hours before", ("FWS", "mixed"),
                 id="defending_something_as_quoted_words_says_them"),
    # (guard) defending a quoted phrase, not as one, says nothing
    pytest.param("Test\n\nThe senator defended the \u201cright to bear arms\u201d on Monday.\n", "The senator", "author",
                 id="defending_a_quoted_phrase_says_nothing"),
    # s79, BASIL (the same reading): 'This latest ad "Strong" ends with Perry claiming, "faith made America strong."' was the
    # writer's: the parser made "Perry" a compound of "claiming"
    pytest.param(("Test\n\nRick Perry released another ad.\n\nThis latest ad \"Strong\" ends with Perry claiming, \"faith made "
                  "America strong.\"\n"), "This latest", "Rick Perry", id="a_name_the_parser_makes_a_compound_of_the_verb"),
    # s80, PTC train (the two-hundred-and-forty-eighth reading): "“How ridiculous to overlook judgment …!”
    # -Charles Haddon Spurgeon" went to "Sodom" of the title: a dash glued to the credited name is one token, which the
    # sentence splitter cut off as a sentence of its own
    pytest.param(("Sodom and Gomorrah was Judged by God Because Men Refused to Keep His Commandments!\n\n\u201cHow "
                  "ridiculous to overlook judgment because of kindness then love wounds itself by killing justice!\u201d "
                  "-Charles Haddon Spurgeon\nHow often I see and hear the professors of Christianity walking contrary to "
                  "the word.\n"), "\u201cHow ridiculous", ("Charles Haddon Spurgeon", "direct"),
                 id="a_dash_glued_to_the_credited_name_credits_the_quotation"),
    pytest.param(("Test\n\nThe senator spoke.\n\n\u201cWe will never surrender.\u201d -Winston Churchill.\n"), "\u201cWe will",
                 ("Winston Churchill", "direct"), id="a_dash_glued_to_the_credited_name_in_one_sentence"),
    # s80, PTC train (the same reading): "“…,” said Iran’s Head of Strategic Research Center at the Expediency Council
    # and adviser to Supreme Leader Ayatollah Khamenei, Ali Akbar Velayati." went to "Research Center": the name set off
    # after the person the second role serves is the speaker's
    pytest.param(("Test\n\n\u201cNobody is allowed to visit Iran's military sites,\u201d said Iran\u2019s Head of Strategic "
                  "Research Center at the Expediency Council and adviser to Supreme Leader Ayatollah Khamenei, Ali Akbar "
                  "Velayati.\n"), "\u201cNobody", ("Ali Akbar Velayati", "direct"),
                 id="a_name_set_off_after_the_person_a_second_role_serves_is_the_speaker"),
    # s80, PTC train (the same reading): "He made it clear that he’s interested in …, they said, though he has also
    # talked to other candidates." went to "he": the parser hangs the closing frame on the main verb as a parataxis
    pytest.param(("Test\n\nPresident Donald Trump has called Powell about the job twice, the people said.\n\nHe made it clear "
                  "that he is interested in the idea, they said, though he has also talked to other candidates.\n"),
                 "He made", ("people", "indirect"), id="a_closing_frame_hung_on_the_main_verb_relays_its_report"),
    # (guard) a named person's report that a news outlet's closing frame relays stays the person's
    pytest.param(("Test\n\nLukashenko met the envoy.\n\nLukashenko said his country would not send troops, BelTA reported, "
                  "though he has also talked to other leaders.\n"), "Lukashenko said", "Lukashenko",
                 id="a_named_person_s_report_an_outlet_relays_in_a_parataxis_stays_his"),
    # s80, PTC train (the two-hundred-and-forty-ninth reading): "They … held a month long intensive course according to the
    # ratio, given by the same sisters of the federation." went to "ratio": a formation's rule (ratio formationis) is a
    # norm one acts by, nobody's account
    pytest.param(("Test\n\nThe sisters met in Rome.\n\nThey held a month long intensive course according to the ratio, given "
                  "by the same sisters of the federation.\n"), "They held", "author",
                 id="according_to_the_ratio_is_a_norm"),
    # s80, PTC dev (the two-hundred-and-fiftieth reading): "… would police and Ted Cruz simply write it off as a tragic
    # accident?" went to Ted Cruz: writing something off dismisses it and reports nothing
    pytest.param(("Test\n\nBut that is not the case at all.\n\nIf it was Botham Jean walking into her apartment, would police "
                  "and Ted Cruz simply write it off as a tragic accident?\n"), "If it was", "author",
                 id="writing_something_off_reports_nothing"),
    # s80, BASIL (the two-hundred-and-fifty-first reading): "That has in turn enraged Republicans, who …" ¶ "They say
    # Democrats will stop at nothing …" went to Democrats, the group that spoke last, which the sentence names as others
    pytest.param(("Test\n\nDemocrats who now control the House say that they will accept the findings.\n\nThat has in turn "
                  "enraged Republicans, who have happily embraced what they call Mr. Mueller\u2019s absolution of Mr. Trump. "
                  "They say Democrats will stop at nothing to ruin his presidency.\n"), "They say",
                 ("Republicans", "indirect"), id="they_is_not_the_group_its_own_sentence_names_after_it"),
    # s80, PTC train (the two-hundred-and-fifty-second reading): "Palermo … appeared on “The Blast” with a series of shocking
    # comments …" went to Palermo: a programme's title is nobody's words
    pytest.param(("Test\n\nLas Vegas mass shooting victim Rocky Palermo was shot in the pelvis.\n\nPalermo, who has done "
                  "various interviews since the attack, appeared on \u201cThe Blast\u201d with a series of shocking comments.\n"),
                 "Palermo, who", "author", id="a_quoted_programme_one_appears_on_is_nobody_s_words"),
    # (guard) a quoted phrase in lower case after "appeared on" stays the subject's words
    pytest.param(("Test\n\nRocky Palermo was shot.\n\nPalermo appeared on \u201ca very bad show\u201d with his comments.\n"),
                 "Palermo appeared", "Rocky Palermo", id="a_quoted_phrase_in_lower_case_after_appeared_on_stays_the_subject_s"),
    # s80, PTC train (the two-hundred-and-forty-eighth and fifty-second readings): 'US Customs and Border Patrol San Diego
    # tweeted, "…"' went to "San Diego", which spaCy tags a person: a place ending a body's name
    pytest.param(("Test\n\nIncreased activity at the border.\n\nUS Customs and Border Patrol San Diego tweeted, \"The first "
                  "group of the migrant caravan arrived at the Tijuana border yesterday afternoon.\"\n"), "US Customs",
                 ("Customs and Border Patrol San Diego", "direct"), id="a_place_ending_a_body_s_name_is_no_person"),
    # (guard) a name after a body's name and a title stays the person's
    pytest.param("Test\n\nBorder Patrol Chief Carla Provost said, \"We are ready.\"\n", "Border Patrol",
                 ("Carla Provost", "direct"), id="a_name_after_a_body_s_name_and_a_title_is_the_person"),
    # s80, PTC train (the two-hundred-and-fifty-third reading): "The report identified five officials …, faulting them for
    # having brought “discredit to themselves, …”" was the writer's scare quotes: faulting someone in quoted words says them
    pytest.param(("Test\n\nPage and Strzok were not the only officials.\n\nThe report identified five officials who were "
                  "expressing political views, faulting them for having brought \u201cdiscredit to themselves.\u201d\n"),
                 "The report", ("report", "mixed"), id="faulting_someone_in_quoted_words_says_them"),
    # (guard) faulting without a quotation reports nothing
    pytest.param("Test\n\nThe senator faulted the agency for its slow response.\n", "The senator", "author",
                 id="faulting_without_a_quotation_reports_nothing"),
    # s80, PTC train (the same reading): "In a letter addressed to … Chairman Charles Grassley (R-Iowa) and Senator
    # Feinstein, 65 women who said they knew Judge Kavanaugh in high school vouched for his character:" went to Feinstein:
    # the parser hung the women on her name, and their "who" took it
    pytest.param(("Test\n\nMs. Ford may believe her story to be true.\n\nIn a letter addressed to Senate Judiciary Committee "
                  "Chairman Charles Grassley (R-Iowa) and Senator Feinstein, 65 women who said they knew Judge Kavanaugh in "
                  "high school vouched for his character:\n"), "In a letter", lambda row: "Feinstein" not in row[1],
                 id="who_after_a_plural_hung_on_a_name_is_not_that_person"),
    # s80, PTC train (the two-hundred-and-fifty-fourth reading): a quotation of Acts 4 over twenty lines, closed by
    # "…heard.” Acts 4:2-20", went to "Catholic Pharisees" and, after a line of it that reports ("Then Peter … said unto
    # them"), to Peter and John: a chapter and verse cited bare after the closing mark make the whole quotation the book's
    pytest.param(("Test\n\nThe corrupt Pharisees along with corrupt government did the opposite.\n\u201cBeing grieved that "
                  "they taught the people.\nAnd when they had set them in the midst, they asked, By what power have ye done "
                  "this?\nThen Peter, filled with the Holy Ghost, said unto them, Ye rulers of the people,\nFor we cannot but "
                  "speak the things which we have seen and heard.\u201d Acts 4:2-20\nOr what of the account found in Acts "
                  "12?\n"), "Then Peter", ("Acts", "direct"), id="a_bare_chapter_and_verse_after_the_closing_mark_gives_the_book"),
    # s80, PTC dev (the two-hundred-and-fifty-fifth reading): the middle line of Sarah Sanders's statement over three
    # paragraphs, "After Mr. Acosta asked the President two questions … he physically refused …", went to whom its own
    # verb named: a line without marks between two lines of one speaker's quotation reports inside it
    pytest.param(("Test\n\n\"This is just more grandstanding from CNN,\" Sanders said.\n\n\u201cCNN, who has nearly 50 "
                  "additional hard pass holders, and Mr. Acosta is no more special than any other outlet.\n\nAfter Mr. Acosta "
                  "asked the President two questions, he said he would not give the microphone back to an intern.\n\nThis was "
                  "not the first time this reporter has inappropriately refused to yield to other reporters.\u201d\n\nOf "
                  "course, CNN was thrilled.\n"), "After Mr. Acosta", ("Sanders", "direct"),
                 id="a_report_between_two_lines_of_one_speaker_s_quotation_is_inside_it"),
    # s80, PTC dev (the same reading): "Even the innocent had rather work out a plea arrangement and admit to something that
    # they did not do than to face an insouciant American jury." went to "innocent": what one would rather do reports
    # nothing
    pytest.param(("Test\n\nAmerican juries are notoriously incompetent.\n\nEven the innocent had rather work out a plea "
                  "arrangement and admit to something that they did not do than to face an American jury.\n"), "Even the",
                 "author", id="what_one_had_rather_admit_reports_nothing"),
    # s80, PTC dev (the same reading): "An off-duty police officer walked into the wrong home after getting off shift,
    # thought the homeowner was an intruder, and killed him." went to the officer: a thought among deeds the writer tells
    pytest.param(("Test\n\nDallas is sad.\n\nAn off-duty police officer walked into the wrong home after getting off shift, "
                  "thought the homeowner was an intruder, and killed him.\n"), "An off-duty", "author",
                 id="a_thought_among_deeds_told_in_a_row_is_the_writer_s"),
    # (guard) a reporting verb joined to a deed reports
    pytest.param("Test\n\nDallas is sad.\n\nThe senator stood up and said that the plan was dead.\n", "The senator",
                 ("senator", "indirect"), id="a_report_joined_to_a_deed_reports"),
    # s80, PTC train (the two-hundred-and-fifty-sixth reading): "Secretary of State Tillerson gave Syria the news
    # Wednesday." ¶ "The U.S. troop commitment to Syria, he said, is now open-ended." went to Bashar Assad, named before:
    # spaCy tags "State Tillerson" a body; a surname a title opens is a person
    pytest.param(("Test\n\nErdogan has branded this BSF a \"terror army,\" and President Bashar Assad of Syria has called BSF "
                  "members \"traitors.\"\n\nDoes not the Syrian government have a point?\n\nSecretary of State Tillerson gave "
                  "Syria the news Wednesday.\n\nThe U.S. troop commitment to Syria, he said, is now open-ended.\n"), "The U.S.",
                 ("Tillerson", "indirect"), id="a_surname_a_title_opens_is_a_person_whom_he_means"),
    # s80, PTC train (the two-hundred-and-fifty-ninth reading): the writer's "“Wait,” I said." after Archbishop Sambi's
    # words went to Sambi, and the writer's next quotation with it: a closing frame of the writer's "I" is the writer's
    pytest.param(("Test\n\nSambi got up and came back with a book.\n\n\u201cHere,\u201d he said. \u201cYou should read it.\u201d\n\n"
                  "It was Christopher Ferrara's The Secret Still Hidden.\n\n\u201cWait,\u201d I said.\n\n\u201cYou are the "
                  "Pope\u2019s representative.\u201d\n"), "\u201cWait", ("author", "author"),
                 id="a_closing_frame_of_the_writer_s_i_is_the_writer_s"),
    # s80, BASIL (the two-hundred-and-sixtieth reading): "The representative also posted a statement Tuesday in which he
    # apologized and emphasized that he has farmers in his family." was the writer's: a report in an in-which clause on
    # the statement the main verb issues is the issuer's
    pytest.param(("Test\n\nRep. Bruce Braley (D-Iowa) apologized to Sen. Chuck Grassley in person on Tuesday.\n\nThe "
                  "representative also posted a statement Tuesday in which he apologized and emphasized that he has farmers in "
                  "his family.\n"), "The representative", ("Bruce Braley", "indirect"),
                 id="a_report_in_which_clause_on_an_issued_statement_is_the_issuer_s"),
    # s80, PTC train (the two-hundred-and-sixty-first reading): "… when you begin to do the right things and obey God and
    # love man according to the Word of God, all of a sudden, the world acts like you're doing something wrong." went to
    # "Word of God": scripture one lives by is nobody's account
    pytest.param(("Test\n\nIt is funny how things work.\n\nYet, when you begin to obey God and love man according to the Word of "
                  "God, all of a sudden, the world acts like you're doing something wrong.\n"), "Yet, when", "author",
                 id="according_to_the_word_of_god_is_a_norm"),
    # (guard) word from someone is news
    pytest.param(("Test\n\nThe talks went on.\n\nAccording to word from the White House, the deal is off.\n"), "According to",
                 lambda row: row[1] != "author", id="according_to_word_from_someone_is_news"),
    # s80, PTC train (the same reading): "“From day one this case was used as a means to foment hate,” added defense attorney
    # Francisco Ugarte." went to Matt Gonzalez, quoted before: the parser made "added" a participle on the role
    pytest.param(("Test\n\n\u201cFor those who might criticize this verdict,\u201d Gonzalez said after the verdict.\n\n\u201cFrom day "
                  "one this case was used as a means to foment hate,\u201d added defense attorney Francisco Ugarte.\n"), "\u201cFrom day",
                 ("Francisco Ugarte", "direct"), id="a_closing_frame_verb_read_as_a_participle_on_a_role_before_a_name"),
    # s80, PTC train (the two-hundred-and-sixty-fourth reading): "The citation read:" ¶ "“It seems altogether fitting …”"
    # went to Edmund Burke, named inside it: what a text "read" is its words (the parser makes this "read" a noun; other
    # texts' reading is found)
    pytest.param(("Test\n\nBob Smith spoke first.\n\nThe sign read:\n\n\u201cNo entry.\u201d\n"), "\u201cNo entry",
                 ("sign", "direct"), id="what_a_sign_read_after_a_colon_is_its_words"),
    pytest.param(("Test\n\nBob Smith spoke first.\n\nIn 2010 the group gave its award to Assange. The citation read: \u201cIt "
                  "seems fitting that this award be presented in London.\u201d\n"), "The citation", ("citation", "direct"),
                 id="what_a_citation_read_is_its_words"),
    # (guard) reading a book reports nothing
    pytest.param("Test\n\nBob Smith spoke first.\n\nHe read the book on the train.\n", "He read", "author",
                 id="reading_a_book_reports_nothing"),
    # (guards, found in the dumps) nor does "take it as read", nor a text's reading in a clause beside another's report
    pytest.param(("Test\n\nBob Smith spoke first.\n\nBioethicists take it as read that for a life to have sufficient "
                  "\u201cquality\u201d it must demonstrate autonomy.\n"), "Bioethicists", "author",
                 id="taking_it_as_read_reports_nothing"),
    pytest.param(("Test\n\nBob Smith spoke first.\n\nWell, according to Fastiggi and Goldstein, while the English translation "
                  "reads: \u201cwhat for now is the most generous response,\u201d the Latin employs the word oblationem.\n"),
                 "Well, according", lambda row: "translation" not in row[1], id="a_text_reading_beside_another_s_report"),
    # (guards, found in the dumps when only a main verb "read" counted) a text's reading set off as a frame reports
    pytest.param(("Test\n\nBob Smith spoke first.\n\nBut after, the report reads, the server appears to have been secretly "
                  "replaced.\n"), "But after", ("report", "indirect"), id="a_report_s_reading_set_off_reports"),
    pytest.param(("Test\n\nBob Smith spoke first.\n\nPresident Trump ordered the documents released \u201cat the request of a "
                  "number of committees,\u201d read a statement issued by Sarah Sanders.\n"), "President Trump",
                 ("Sarah Sanders", "mixed"), id="a_closing_frame_read_a_statement_issued_by"),
    # s81, PTC train (the two-hundred-and-sixty-eighth reading): "China has always protected the safety of workers … according
    # to the Vienna Convention on Diplomatic Relations …, Lu said." went to the convention: an "according to" inside what a
    # later frame reports is part of the report
    pytest.param(("Test\n\nForeign Ministry spokesman Lu Kang spoke on Monday.\n\nChina has always protected the safety of "
                  "workers at foreign missions according to the Vienna Convention on Diplomatic Relations, Lu said.\n"),
                 "China has", ("Lu Kang", "indirect"), id="an_according_to_inside_a_closing_frame_s_report"),
    # (guards) an "according to" on the frame's own verb keeps its reading
    pytest.param(("Test\n\nForeign Ministry spokesman Lu Kang spoke on Monday.\n\nLukashenko said his army would not move, "
                  "according to BelTA.\n"), "Lukashenko said", ("Lukashenko", "indirect"), id="said_according_to_an_outlet_stays_his"),
    pytest.param(("Test\n\nThe talks went on.\n\nAccording to the ministry, the soldiers said they would stay.\n"),
                 "According to", lambda row: row[1] != "author", id="according_to_before_a_frame_it_hangs_on"),
    # (guard, found in the dumps) nor does one set before the clause a later frame reports
    pytest.param(("Test\n\nThe talks went on.\n\nAccording to the Daily Mail, the health system will be unable to cope if the "
                  "outbreak continues, a scientist has warned.\n"), "According to", ("Daily Mail", "indirect"),
                 id="according_to_an_outlet_set_before_a_closing_frame"),
    # s81, PTC train (the same reading): "Inspector General Horowitz saw no problem with this pattern of obfuscation regarding
    # the deletion of the legally significant phrase “gross negligence” from Comey’s statement." went to Comey: words the
    # writer names as "the phrase" are mentioned, nobody's quotation
    pytest.param(("Test\n\nComey\u2019s draft said the conduct was \u201cgrossly negligent.\u201d\n\nInspector General Horowitz "
                  "saw no problem with the deletion of the legally significant phrase \u201cgross negligence\u201d from "
                  "Comey\u2019s statement.\n"), "Inspector General", "author", id="words_named_as_the_phrase_are_mentioned"),
    # (guard) a phrase one uses is one's own words
    pytest.param(("Test\n\nThe rally went on.\n\nSenator Bob Smith used the phrase \u201cwitch hunt\u201d twice in his "
                  "speech.\n"), "Senator Bob", ("Bob Smith", "mixed"), id="a_phrase_one_uses_is_one_s_own"),
    # s81, PTC train (the two-hundred-and-sixty-ninth reading): "What the papers never told us was that as a young priest …
    # Joseph Ratzinger was known as a “progressive,” …" went to "papers": what nobody told is the writer's
    pytest.param(("Test\n\nWe failed to recall that they know nothing.\n\nWhat the papers never told us was that as a young "
                  "priest Joseph Ratzinger was known as a \u201cprogressive,\u201d as the term was then understood.\n"), "What the",
                 "author", id="what_nobody_told_is_the_writer_s"),
    # (guard) what somebody did say, quoted after a colon, is theirs
    pytest.param(("Test\n\nThe meeting ended late.\n\nWhat Senator Bob Smith said was: \u201cWe will not vote for it.\u201d\n"),
                 "What Senator", ("Bob Smith", "direct"), id="what_somebody_said_quoted_is_theirs"),
    # s81, PTC train (the two-hundred-and-seventieth reading): "The “generous response” is not the situation … but an
    # offering that God is asking amid the mass of impediments …" went to God: a thing named by what one asks for or says,
    # in a relative clause, is the writer's noun phrase
    pytest.param(("Test\n\nThe subject might be the same.\n\nThe \u201cgenerous response\u201d is not the situation that is "
                  "at variance with the Gospel but an offering that God is asking amid the impediments.\n"), "The \u201cgenerous",
                 "author", id="an_offering_one_asks_named_in_a_relative_clause"),
    pytest.param(("Test\n\nThe talks went on.\n\nThe concessions that Senator Bob Smith demanded were never made.\n"),
                 "The concessions", "author", id="concessions_one_demanded_named_in_a_relative_clause"),
    # s81, PTC train (the two-hundred-and-seventy-fourth reading): "“Boy, you all want power,” he shouted." after Sen. Lindsey
    # Graham's quotation went to Kavanaugh, named in passing: "Lindsey" reads as a woman's name, but the article's "Graham
    # … redeemed himself" tells his gender as "Graham said he …" does
    pytest.param(("Test\n\nWith his performance at the hearing, Sen. Lindsey Graham (R-S.C.), who is often a target of "
                  "conservatives, partly redeemed himself.\n\nWhile questioning Kavanaugh, Graham lambasted the confirmation "
                  "process the judge has been put through.\n\nLashing out at Democrats, Graham said, \u201cIf you wanted an FBI "
                  "investigation, you could have come to us.\n\nWhat you want to do is destroy this guy's life.\u201d\n\n"
                  "\u201cBoy, you all want power,\u201d he shouted.\n"), "\u201cBoy", ("Lindsey Graham", "direct"),
                 id="a_reflexive_tells_a_named_subject_s_gender"),
    # s81, PTC train (the two-hundred-and-seventy-third reading): "An administrative error this month revealed that the US
    # justice department had secretly filed criminal charges against Assange." went to "administrative error": what a
    # mishap reveals is the writer's account of it
    pytest.param(("Test\n\nNow Assange has been proved right once again.\n\nAn administrative error this month revealed that "
                  "the US justice department had secretly filed charges against Assange.\n"), "An administrative", "author",
                 id="what_an_error_reveals_is_the_writer_s"),
    # s81, PTC train (the two-hundred-and-seventy-sixth reading): "Yet there is little doubt they will continue the same
    # polemic that … has doggedly defended every one of the ruinous “reforms” …" went to an unresolved speaker: continuing a
    # thing reports nothing ("he continued" does)
    pytest.param(("Test\n\nThe fall of McCarrick had presented a task to apologists for the status quo.\n\nYet there is little "
                  "doubt they will continue the same polemic that for nearly sixty years has doggedly defended every one of the "
                  "ruinous \u201creforms\u201d that have resulted in a debacle.\n"), "Yet there", "author",
                 id="continuing_a_thing_reports_nothing"),
    # (guard, found in the dumps) quoted words outside the thing continued go on with the group's words
    pytest.param(("Test\n\n\"We will not allow gun owners to be blamed,\" the NRA said.\n\nThe group continued its offensive this "
                  "week, launching an advertising campaign attacking Obama as an \"elitist hypocrite\" for opposing its "
                  "proposal.\n"), "The group", lambda row: row[1] != "author", id="continuing_an_offensive_calling_names"),
    # s81, PTC dev (the two-hundred-and-seventy-seventh reading): "This research is being used to advise companies … or
    # offering them alternative “nice” things to look at." went to the research: what a thing is used to do reports nothing
    pytest.param(("Test\n\nThe claims are disingenuous.\n\nThis research is being used to advise companies on how to stamp out "
                  "radicalization, such as offering them alternative \u201cnice\u201d things to look at.\n"), "This research",
                 "author", id="a_thing_used_to_advise_reports_nothing"),
    # s81, BASIL (the two-hundred-and-seventy-eighth reading): "But speaking on ABC News, New Jersey Republican Gov. Chris
    # Christie, who is insistent he personally is not a candidate …, said he wasn't sure his friend Trump would be either."
    # went to Trump, quoted before: the parser leaves the governor's name hanging ("dep") with his relative clause
    pytest.param(("Test\n\n\u201cI wish I didn't have to do it,\u201d Trump said.\n\nBut speaking on ABC News, New Jersey "
                  "Republican Gov. Chris Christie, who is insistent he personally is not a candidate for president in 2012, said "
                  "he wasn't sure his friend Trump would be either.\n"), "But speaking", ("Chris Christie", "indirect"),
                 id="a_name_the_parser_leaves_hanging_with_its_relative_clause"),
    # s81, PTC train (the two-hundred-and-seventy-ninth reading): 'Ezekiel 16:49-50 declares, "Now this was the sin of your
    # sister Sodom: …"' went to Lot, quoted before: the parser tags this "declares" a plural noun
    pytest.param(("Test\n\nLot said, \"Please, my brothers, don't do this wicked thing.\"\n\nThe cities were not exclusive in "
                  "terms of the sins in which they indulged.\n\nEzekiel 16:49-50 declares, \"Now this was the sin of your sister "
                  "Sodom: She and her daughters were arrogant.\"\n"), "Ezekiel", ("Ezekiel 16:49-50", "direct"),
                 id="a_declares_tagged_a_noun_after_a_chapter_and_verse"),
    # s81, PTC train (the same reading): "“Whatever you have said in the dark ... shall be proclaimed from the housetops”
    # (Lk. 12:3)." went to the last person quoted: the sentence splitter cuts the citation after the book's abbreviation
    pytest.param(("Test\n\n\u201cHe corrupted generations of seminarians,\u201d Cardinal Bob Smith said.\n\nWe must tear down the "
                  "conspiracy of silence.\n\n\u201cWhatever you have said in the dark ... shall be proclaimed from the "
                  "housetops\u201d (Lk.\n\n12:3).\n"), "\u201cWhatever", ("Luke", "direct"), id="a_chapter_and_verse_cut_after_lk"),
    # s81, BASIL (the two-hundred-and-eighty-third reading): "… the proposal resurfaced and Mr. Trump appeared open to it,
    # according to one of the officials present, as Mr. Pence … pressed Democrats …" was the writer's: the parser reads
    # "present" as a verb with "one" its subject, and "to" is left without an object
    pytest.param(("Test\n\nThe larger figure referred to the amount Mr. Trump has demanded for the wall.\n\nBut inside the "
                  "Situation Room later on Wednesday, the proposal resurfaced and Mr. Trump appeared open to it, according to one "
                  "of the officials present, as Mr. Pence and Mr. McCarthy pressed Democrats to meet in the middle.\n"),
                 "But inside", lambda row: row[1] != "author" and row[2] == "indirect",
                 id="according_to_one_of_the_officials_present"),
    # s81, BASIL (the same reading): "Long on Monday also denied that a clarification of the law would be needed …" was the
    # writer's: the parser reads the surname of the person named before as an adverb
    pytest.param(("Test\n\nSenate President Pro Tem David Long said the law would be fixed.\n\nLong on Monday also denied that a "
                  "clarification of the law would be needed before the games.\n"), "Long on", ("David Long", "indirect"),
                 id="a_surname_read_as_an_adverb_opening_its_sentence"),
    # (guard, found in the dumps) nor, with another surname after it, an unresolved speaker (as Bosma's, through the
    # "they", before a "they" stopped meaning the one person quoted before; both of theirs would be better)
    pytest.param(("Test\n\nHouse Speaker Brian Bosma and Senate President David Long spoke on Monday.\n\n\u201cWe are looking at "
                  "options,\u201d Bosma said.\n\nLong and Bosma also conceded they called the press conference because Pence "
                  "failed to explain the law on ABC\u2019s \u201cThis Week.\u201d\n"), "Long and",
                 lambda row: "Bosma" in row[1], id="a_surname_read_as_an_adverb_and_another"),
    # (guard) an adverb that is nobody's surname stays one
    pytest.param(("Test\n\nSenate President Pro Tem David Long said the law would be fixed.\n\nLater on Monday the governor denied "
                  "that a clarification would be needed.\n"), "Later on", lambda row: row[1] != "David Long",
                 id="an_adverb_opening_its_sentence_is_no_surname"),
    # s81, PTC train (the two-hundred-and-eighty-fourth reading): '"What’s wrong with me?" I laughingly replied.' went to the
    # writer's mother, quoted before: an adverb between the writer's "I" and the closing frame's verb (in the article the
    # scraper put the frame on a line of its own, which stays wrong)
    pytest.param(("Test\n\nI remember my mother calling me and saying, \u201cThe family wants to know what is wrong with "
                  "you.\u201d\n\n\"What\u2019s wrong with me?\" I laughingly replied.\n"), "\"What", ("author", "author"),
                 id="a_closing_frame_of_the_writer_s_i_with_an_adverb"),
    # s81, PTC train (the two-hundred-and-eighty-fifth reading): "The investigation has been conducted by local and state
    # police, not the feds, and yet, they continue to claim there is not Islamic terrorist involvement." went to Rep. Scott
    # Perry, quoted before: a "they" is not the one person named who spoke last
    pytest.param(("Test\n\nRep. Scott Perry spoke on Fox.\n\n\"I have received credible evidence of a possible terrorist "
                  "nexus,\" Perry said.\n\nThe investigation has been conducted by local and state police, not the feds, and yet, "
                  "they continue to claim there is no terrorist involvement.\n"), "The investigation",
                 lambda row: row[1] != "Scott Perry", id="they_after_one_named_person_is_not_that_person"),
    # (guard) a "they" after two people who spoke together is them
    pytest.param(("Test\n\nMark Udall and Ron Wyden said the program was broad. They added that it should end.\n"),
                 "They added", ("Mark Udall and Ron Wyden", "indirect"), id="they_after_two_named_people_is_them"),
    # s81, PTC train (the two-hundred-and-eighty-ninth reading): "To the victims of the Church …, it sounds like he is saying,
    # “Who do you think you are?" and the lines after went to Bergoglio: what the writer hears in his words is the writer's
    pytest.param(("Test\n\nThen Pope Bergoglio suggests that healing will only come if we look at our own flaws.\n\nTo the victims "
                  "of the Church, it sounds like he is saying, \u201cWho do you think you are?\n\nI don\u2019t have to explain "
                  "myself to you.\u201d\n"), "To the victims", ("author", "author"), id="what_it_sounds_like_he_is_saying"),
    pytest.param(("Test\n\nThen Pope Bergoglio suggests that healing will only come if we look at our own flaws.\n\nTo the victims "
                  "of the Church, it sounds like he is saying, \u201cWho do you think you are?\n\nI don\u2019t have to explain "
                  "myself to you.\n\nYou\u2019re the guilty one.\u201d\n"), "You\u2019re", ("author", "author"),
                 id="what_it_sounds_like_he_is_saying_over_lines"),
]


def test_he_after_a_woman_s_nested_report_is_not_the_reporter(nlp, params):
    # (a guard for the nested report's reporter, seventy-first session: a "he" never goes to a woman who reported)
    text = ("Test\n\nDarya Losik said a guard had told her husband that \"nobody leaves before the talks.\" He did not "
            "believe it.\n")
    assert by_text(attribute(nlp, params, text), "He did")[1] != "Darya Losik"


def test_a_reporter_the_parser_puts_after_the_report_is_no_reporter_of_it(nlp, params):
    # (a guard, found measuring the nested report's reporter on PTC train: the parser makes "Hitler" the subject of
    # "praised", which then governs "denounced"; once the congressman's "he" went to Hitler)
    text = ("Test\n\nFarrakhan has repeatedly denounced Jews as \u201csatanic,\u201d praised Hitler as a \u201cvery great "
            "man\u201d and has said that white people \u201cdeserve to die.\u201d The congressman wasn\u2019t sure why the ADL "
            "wrote that he had been misquoted, he told The Daily Caller News Foundation on Sunday.\n")
    assert by_text(attribute(nlp, params, text), "The congressman")[1] != "Hitler"


def test_a_credited_title_names_nobody(nlp, params):
    # the forty-eighth reading (PTC train): the words of a quoted title credited to its author and outlet are no people
    # ("Awan Wiretapped", tagged a person, was once the "she" of the story's next paragraph)
    text = ("Test\n\nCongress must act.\n\n\u201cWitness Said Awan Wiretapped Her, Then Bank Account She Controlled Was Drained,"
            "\u201d by Luke Rosiak, Daily Caller News Foundation, May 21, 2018:\n\nAfter Imran Awan allegedly threatened his "
            "stepmother, her email account was accessed. Days after that, a bank account the stepmother controlled was "
            "drained, but she said she is too afraid to press charges.\n")
    assert by_text(attribute(nlp, params, text), "Days after")[1] != "Awan Wiretapped"


def test_a_parenthetical_she_is_not_the_role_it_reports_on(nlp, params):
    # s68, found measuring the role-subject row on PTC train: "The only lawyer she could afford, she claimed, was Michael
    # Hadeed, …" went to the lawyer, the subject of what "she claimed" reports (here "Gilani", whom spaCy does not tag a
    # person, is no antecedent either, so the pronoun stays unresolved, as before the row)
    rows = attribute(nlp, params, "Test\n\nGilani alleged the brothers took her financial documents, a laptop, and her "
                                  "husband\u2019s possessions. The only lawyer she could afford, she claimed, was Michael "
                                  "Hadeed, a business attorney who was convicted in 2010 of conspiracy.\n")
    assert "lawyer" not in by_text(rows, "The only lawyer")[1]


def test_a_quote_only_verb_does_not_report_through_a_quotation_in_another_clause(nlp, params):
    # s65 (the thirtieth reading's leftover, BASIL): "signal" reports only beside a quotation, and the one in the
    # as-clause, the Democrats' charge, made "The comments" a speaker
    text = ("Test\n\nPaul Ryan spoke in Ohio.\n\nThe comments signal Ryan and Romney are prepared to dig in on the issue, as "
            "Democrats lob charges that Ryan stands for \u201cending Medicare as we know it.\u201d\n")
    assert by_text(attribute(nlp, params, text), "The comments")[1] != "comments"
    # (guard) a quotation the verb frames itself, with a clause of someone else's after it, still reports
    text = "Test\n\nPaul Ryan spoke in Ohio.\n\n\u201cWe will win,\u201d he continued, as the crowd cheered.\n"
    assert by_text(attribute(nlp, params, text), "\u201cWe will")[1:] == ("Paul Ryan", "direct")
    # (guard) nor a quotation in a clause whose subject may be the speaker's own "he" (PTC train)
    text = ("Test\n\nShivam Patel was arrested in Detroit.\n\nThere, he met an FBI source and started talking about the Islamic "
            "State.\n\nHe explained he went to Jordan in part to find like-minded Muslims, and because he wanted to do "
            "something \u201cbigger, better, and more purposeful\u201d \u2013 like dying in the cause of Allah.\n")
    assert by_text(attribute(nlp, params, text), "He explained")[1] == "Shivam Patel"
    # (guard) nor a calling verb's quoted word that the parser hangs inside a relative clause (BASIL)
    text = ("Test\n\nWhile civil liberties groups cried foul over the program, Director of National Intelligence James Clapper "
            "issued a statement late Thursday decrying the leak of the materials. He called the disclosure of the program that "
            "allows the NSA to collect communications data from Internet companies \"reprehensible\" and said the phone-records "
            "monitoring leak could cause harm to the nation's intelligence gathering activities.\n")
    assert by_text(attribute(nlp, params, text), "He called")[1] == "James Clapper"


def test_it_after_a_name_that_reports_is_not_the_document_the_paragraph_before_ended_on(nlp, params):
    # s48, PTC train: the parser hangs "VDARE.com has long argued that …" below "it actually mentions", and "it" took
    # the survey the paragraph before was about (who argued is not found either way: the parse hides it)
    text = ("Test\n\nThe household survey also broadcast mixed signals.\n\nVDARE.com has long argued that the household "
            "survey captures the employment of illegal aliens; additionally, it actually mentions ethnicity.\n")
    assert "survey" not in by_text(attribute(nlp, params, text), "VDARE")[1]


def test_given_as_a_common_noun_is_no_name(nlp, params):
    row = by_text(attribute(nlp, params, "Test\n\nA man who gave his occupation as driver said he had waited.\n"), "A man")
    assert "driver" not in row[1].lower()


@pytest.mark.parametrize(("text", "start", "expected"), NEW_ARTICLE_CASES)
def test_source_names_found_on_new_articles(nlp, params, text, start, expected):
    row = by_text(attribute(nlp, params, text), start)
    if callable(expected):  # (a check of what it must not be, where what it should be is not settled)
        assert expected(row), row
    else:
        assert (row[1:] if isinstance(expected, tuple) else row[1]) == expected


def test_a_politician_described_by_party_and_state_is_the_one_the_label_gave(nlp, params):
    # s76, BASIL (the hundred-and-sixty-second reading): "The Arizona Republican said …" after "Sen. John McCain, R-Ariz.,
    # said …" was a source called "Arizona Republican"; "The Republican said" went to the Democrat named last
    text = ("Test\n\nSpeaking on ABC\u2019s \u201cThis Week,\u201d Sen. John McCain, R-Ariz., said the comments were \u201cwildly "
            "inaccurate.\u201d\n\nRep. Nancy Pelosi (D-Calif.) declined to comment.\n\nThe Arizona Republican said Steele needs "
            "to assess whether he can still function in his job.\n\nThe Republican added that he would not resign.\n\n"
            "The California Democrat said later that she agreed.\n\nElijah E. Cummings, Democrat of Maryland, said the panel "
            "should meet.\n\nThe Maryland Democrat said it was overdue.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "The Arizona")[1] == "John McCain"
    assert by_text(rows, "The Republican")[1] == "John McCain"
    assert by_text(rows, "The California")[1] == "Nancy Pelosi"
    assert by_text(rows, "The Maryland")[1] == "Elijah E. Cummings"
    # (guard) a party and state nobody's label gave stay a description, not the last person named
    rows = attribute(nlp, params, "Test\n\nSen. John McCain, R-Ariz., said it was wrong.\n\nThe Texas Republican said it "
                                  "was right.\n")
    assert by_text(rows, "The Texas")[1] != "John McCain"


def test_a_plural_after_the_is_no_person(nlp, params):
    # s75, PTC train (the hundred-and-thirty-sixth reading): "She said she thought …" after "the Holy See that approves the
    # Statutes" went to `Statutes`, tagged PERSON (the superior the writer spoke with is named nowhere)
    text = ("Test\n\nFederation of monasteries means a structure of communion among some autonomous monasteries, erected by the Holy "
            "See that approves the Statutes, so that the monasteries promote regular observance.\n\nShe said she thought that the "
            "testing was excessive.\n")
    assert by_text(attribute(nlp, params, text), "She said")[1] != "Statutes"


def test_a_question_to_the_one_addressed_is_no_word_the_writer_imagines(nlp, params):
    # (a guard, found in the dumps, s74: "How can you speak of peace and endorse Islam, as you seem to do: “…”" in an open
    # letter quotes the Pope it addresses, whom the rule for "Perhaps you can say, “…”" took for the writer's reader)
    text = ("Test\n\n\u201cWe write to you,\u201d the signatories said.\n\nHow can you speak of peace and endorse Islam, as you "
            "seem to do: \u201cTo wring from our hearts the disease that plagues our lives (\u2026) Let those who are Christians do it "
            "with the Bible and those who are Muslims do it with the Quran.\n\n\u201c(Rome, January 20, 2014)?\n")
    assert by_text(attribute(nlp, params, text), "How can")[1] != "author"


def test_a_person_target_s_surname_untagged_is_a_person(nlp, params):
    # the seventieth session, a story written for the check: a person target's surname spaCy tags as nothing is a person
    # where the pipeline runs with its targets ("Lukashenko went further.", once no antecedent for the "he" after it),
    # and a nationality adjective spaCy tags PERSON is none ("Lithuanian businesses", once that "he" of the next sentence)
    text = ("Test\n\nMinsk rejects the accusation.\n\nLukashenko went further. Speaking to reporters in Minsk, he called the "
            "border closure \"a stupid decision\" that would hurt Lithuanian businesses more than Belarusian ones. Lithuanian "
            "truckers, he noted, had thousands of lorries stuck on the Belarusian side.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_corpus([seg], attributor=Attributor(params["attribute"], targets=params["label"]["targets"]))
    rows = [(s.text, s.source, s.attribution) for s in seg.sentences]
    assert by_text(rows, "Speaking")[1:] == ("Lukashenko", "mixed")
    assert by_text(rows, "Lithuanian truckers")[1:] == ("Lukashenko", "indirect")


def test_words_imagined_in_a_condition_say_so_in_the_note(nlp, params):
    # s64: the writer's sentence that imagines a quotation says why it is the writer's, not "reporting verb"
    text = "Test\n\nIf another witness says, \u201cHe was sober the whole time,\u201d that helps the defence.\n"
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_corpus([seg], params["attribute"])
    s = next(s for s in seg.sentences if s.text.startswith("If another"))
    assert (s.source, s.attribution, s.attribution_note) == ("author", "author", "words imagined in a condition")


def test_a_target_s_alias_as_speaker_is_the_target_named_before(nlp, params):
    # s73: "the Belarusian leader" is an alias of the Lukashenko target (params.yaml), and the mention finder already
    # reads it as Lukashenko; as a speaker it was the description `Belarusian leader`, a second voice in the report
    from pipeline.attribute import Attributor

    text = ("Test\n\nAleksandr Lukashenko himself appeared to mock the dispute. Speaking at a meeting with governors, the "
            "Belarusian leader said the Lithuanians “should look for the smugglers in their own villages.”\n\nThe Ukrainian "
            "president said he was not surprised.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_corpus([seg], attributor=Attributor(params["attribute"], targets=params["label"]["targets"]))
    rows = [(s.text, s.source, s.attribution) for s in seg.sentences]
    assert by_text(rows, "Speaking")[1] == "Aleksandr Lukashenko"
    assert by_text(rows, "The Ukrainian")[1] == "Ukrainian president"  # an alias of a target nobody named before
    # without targets, as before: the description
    assert by_text(attribute(nlp, params, text), "Speaking")[1] == "Belarusian leader"


def test_the_president_of_a_country_is_no_other_country_s_president(nlp, params):
    # a Kremlin readout written for the check (forty-third session): "The President of Russia noted …" went to
    # Lukashenko, the last person titled president; a country's leader is the person target whose aliases name the
    # country (Putin: "Russia"), when named before
    from pipeline.attribute import Attributor

    text = ("Test\n\nVladimir Putin had a telephone conversation with President of the Republic of Belarus Alexander "
            "Lukashenko.\n\nAlexander Lukashenko informed Vladimir Putin about the exercises. The President of Russia noted "
            "the high level of cooperation. The Belarusian president said the talks were useful.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_corpus([seg], attributor=Attributor(params["attribute"], targets=params["label"]["targets"]))
    rows = [(s.text, s.source, s.attribution) for s in seg.sentences]
    assert by_text(rows, "The President of Russia")[1] == "Vladimir Putin"
    assert by_text(rows, "The Belarusian president")[1] == "Alexander Lukashenko"
    # without targets: no person of that country is known, so the description stays, never the other president
    assert by_text(attribute(nlp, params, text), "The President of Russia")[1] != "Alexander Lukashenko"


def test_a_calling_verb_names_no_speaker_when_passive_or_after_the_quote(nlp, params):
    rows = attribute(nlp, params, "The vote came late.\n\nThe ad was denounced by a rights group as “wrong.”\n\nDespite warnings "
                                  "that the bill was “badly misguided,” lawmakers dismissed the objections.\n")
    assert by_text(rows, "The ad")[1] != "ad"
    assert by_text(rows, "Despite")[1] != "lawmakers"


@pytest.mark.parametrize("line, source", [
    ("Some said the protests would fade; others saw them as the start of something new.", "some"),
    ("Some said the protests would fade; others disagreed.", "some"),
    ("Analysts said the protests would fade; the opposition saw them as a beginning.", "analysts"),
])
def test_a_report_before_a_semicolon_is_a_main_clause(nlp, params, line, source):
    # spaCy hangs the first of two clauses that a semicolon joins on the second as its complement ("said" a ccomp of
    # "saw"): the report before the semicolon is still a report of its own
    rows = attribute(nlp, params, f"Test\n\nThe march ended at dusk.\n\n{line}\n")
    assert by_text(rows, line[:12])[1:] == (source, "indirect")


def test_two_reports_a_semicolon_joins_keep_the_second(nlp, params):
    line = "Anna Berg claims the vote was rigged; Tom Baker claims it was fair."
    rows = attribute(nlp, params, f"Test\n\nThe count ended at dawn.\n\n{line}\n")
    assert by_text(rows, "Anna Berg claims")[1:] == ("Tom Baker", "indirect")


def test_one_source_keeps_one_name_in_an_article(nlp, params):
    # s58, BASIL: "The Times reports" after "The New York Times is reporting", "Wikileaks" after "WikiLeaks": one
    # outlet, one source name, as a surname is one person after the full name
    text = ("Test\n\nMary Cheney has blasted her sister, The New York Times is reporting.\n\nThe Times reports Liz Cheney "
            "first articulated her position on Friday.\n\nOn another occasion, WikiLeaks wrote it was happy.\n\nAfter the "
            "election, Wikileaks suggested that Trump should prod Australia.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "The Times")[1] == "New York Times"
    assert by_text(rows, "After the")[1] == "WikiLeaks"


def test_an_acronym_is_the_body_whose_initials_it_spells(nlp, params):
    # s61, PTC dev: "The National Rifle Association … echoed that claim" ¶ "“…,” the NRA said": one body, two rows
    text = ("Test\n\nThe National Rifle Association, the gun rights group, echoed that claim, contending that the law made "
            "the issue moot.\n\n\"Plastic guns have been illegal for 30 years,\" the NRA said in a statement.\n\nThe "
            "Department of Justice said it acted alone.\n\nThe DOJ said the deal stood.\n\nThe ACLU said it would sue.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "\"Plastic")[1] == "National Rifle Association"
    assert by_text(rows, "The DOJ")[1] == "Department of Justice"  # ("of" counts when the acronym has its letter)
    assert by_text(rows, "The ACLU")[1] == "ACLU"  # (no body of the article spells it)
    # (not when two bodies of the article spell it)
    text = ("Test\n\nThe National Rifle Association said the law was clear.\n\nThe National Retail Association said it "
            "disagreed.\n\nThe NRA said in a statement that it would appeal.\n")
    assert by_text(attribute(nlp, params, text), "The NRA")[1] == "NRA"


def test_a_short_name_is_not_another_body_ending_in_that_word(nlp, params):
    # (a guard: "the House" is Congress, not the White House)
    text = ("Test\n\nThe White House said the bill was dead.\n\nThe House voted on Tuesday, House leaders said.\n\nThe House "
            "said it would pass the bill.\n")
    assert by_text(attribute(nlp, params, text), "The House said")[1] != "White House"
    # (a group's plural is no short form: "Democrats" are not "House Democrats")
    text = ("Test\n\nHouse Democrats said the bill was dead.\n\nDemocrats said they would vote against it.\n")
    assert by_text(attribute(nlp, params, text), "Democrats said")[1] == "Democrats"


def test_a_bare_role_is_the_one_described_role_before_it(nlp, params):
    # s58, BASIL: "a spokesman for American Media Inc." ¶ "“…,” a spokesman said." is one spokesman, as the writer
    # named no other
    text = ("Test\n\nReached for comment, a spokesman for American Media Inc. also denied that the story had been "
            "influenced.\n\n\"No one influences our reporting,\" a spokesman said.\n")
    assert by_text(attribute(nlp, params, text), "\"No one")[1] == "American Media Inc. spokesman"
    # (not when two bodies' spokesmen spoke before)
    text = ("Test\n\nA Pentagon spokesman said the troops would stay.\n\nA State Department spokesman said talks would go "
            "on.\n\n\"We are ready,\" a spokesman said.\n")
    assert by_text(attribute(nlp, params, text), "\"We are")[1] == "spokesman"


def test_a_quoted_conjunct_is_the_outer_report_s_words(nlp, params):
    # s72, PTC train: "The letter said that … the nuncio … had asked Barros to resign … and had “encouraged him to …”":
    # the quoted words tell what the nuncio did, in the letter's words; they are not what he asked
    line = ("The memo said that in 2019 the envoy, Ambassador Varga, had asked Kline to step down and had “urged him to "
            "rest for a year before taking any new post.”")
    assert by_text(attribute(nlp, params, f"Test\n\nThe talks ended.\n\n{line}\n"), "The memo")[1:] == ("memo", "mixed")


def test_revealing_a_trait_reports_nothing(nlp, params):
    # s72, PTC train: "the Democratic Party has effectively revealed its disregard for …" says what an act shows
    text = ("Test\n\nBy courting extremists, the Green Party has revealed its contempt for the voters it claims to serve.\n\n"
            "Earlier on Friday, Jane Moss revealed her position on the tax.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "By courting")[1] == "author"
    assert by_text(rows, "Earlier on")[1] == "Jane Moss"  # (a guard: what she made known is a report)


def test_a_book_of_scripture_cited_by_chapter_and_verse_is_no_person(nlp, params):
    # s72, PTC train: "(Proverbs 6:17)" registered "Proverbs", whom a "She said" paragraphs later took
    text = ("Test\n\nWe have told the young people that theft is wrong and that millions have been robbed since 1990 under "
            "the guise of progress (Proverbs 6:17).\n\nLast week, I had a woman come up to me at my last meeting in Ames, "
            "Iowa.\n\nShe said that she did her research on me and said that the media really attacked me.\n")
    assert "Proverbs" not in by_text(attribute(nlp, params, text), "She said")[1]


def test_a_text_the_writer_learned_from_speaks_the_block_after_it(nlp, params):
    # s72, PTC train: "In the email from John Podesta to Robby Mook we learned that:" ¶ "I met with Eric Schmidt tonight."
    text = ("Test\n\nIn the letter from Maria Lenz to Tom Price we learned that:\n\nI met with the mayor tonight.\n\n"
            "The letter was later published.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "I met")[1] == "Maria Lenz"
    assert by_text(rows, "The letter was")[1] == "author"


def test_a_report_although_opens_is_not_the_sentence_s_account(nlp, params):
    # s72, PTC train: "Although the White House has said that …, his lawyer, Rudolph W. Giuliani, responded …": spaCy
    # makes the conceded report the root; the sentence is not the White House's
    line = ("Although the Elysee Palace has said that Macron’s tweets are official presidential statements, his lawyer, Paul "
            "Girard, responded to the latest one as he has before, by brushing off suggestions that Macron’s tweets could "
            "be used as evidence of obstruction.")
    assert by_text(attribute(nlp, params, f"Test\n\nThe case went on.\n\n{line}\n"), "Although")[1] != "Elysee Palace"


def test_a_facebook_post_s_credit_line_credits_the_paragraph_before(nlp, params):
    # s72, PTC dev: "Posted by Taos County Sheriff's Office on Saturday, August 4, 2018" ends an embedded Facebook post
    text = ("Test\n\nThe county shared a statement.\n\nFor immediate release: two men from Ohio are in custody after a "
            "search of the farm.\n\nPosted by Lane County Sheriff's Office on Saturday, August 4, 2018\n\nThe men "
            "appeared in court on Monday.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "For immediate")[1:] == ("Lane County Sheriff's Office", "direct")
    assert by_text(rows, "Posted by")[1] == "author"
    assert by_text(rows, "The men")[1] == "author"
    # (the credit at the end of the post's own paragraph, as an embed may render it)
    text = ("Test\n\nHer son posted the claims.\n\nPlease read, if you care about my mother please share. I love you mom, "
            "you will not stand alone... Posted by Austin Reyes on Saturday, August 11, 2018\n\nI am so proud of my son.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Please read")[1:] == ("Austin Reyes", "direct")
    assert by_text(rows, "I love you")[1:] == ("Austin Reyes", "direct")
    assert by_text(rows, "I am so")[1] == "author"
    # (a guard, found in the dumps: a page's name is no person's; "… Posted by FOX 5 San Diego on …" registered as a
    # person made "… Border Patrol San Diego tweeted" FOX's)
    text = ("Test\n\nBorder agents have not confirmed the count. STORY: http://via.example.com/Ky5E4 Posted by KTV 5 San "
            "Diego on Tuesday, November 13, 2018\n\nUS Customs and Border Patrol San Diego tweeted, \"The first group "
            "arrived yesterday.\"\n")
    assert by_text(attribute(nlp, params, text), "US Customs")[1] != "KTV 5 San Diego"


def test_an_according_to_after_a_quotation_closes_does_not_frame_it(nlp, params):
    # s72, PTC train: "“… 600 to 700.” But according to Natural News, it isn’t just …": the quotation stays its speaker's
    text = ("Test\n\n“When the storm hit, our phones exploded,” said coalition president Tim Lane.\n\n“In the last two months, "
            "our numbers have doubled.\n\nWe handle about 1,200 calls a month, and before that it was 600.” But according to "
            "Daily Wire, it isn’t just the storm worrying some parents.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "“In the last")[1] == "Tim Lane"
    assert by_text(rows, "We handle")[1] == "Tim Lane"
    assert by_text(rows, "But according")[1] == "Daily Wire"


def test_issuing_a_warning_that_reports_it(nlp, params):
    # s72, PTC train: "Winters issues the dire warning that “A putsch is afoot. …”"
    text = ("Test\n\nSean Walters is a columnist.\n\nWalters issues the dire warning that “A putsch is afoot.\n\nThe enemies "
            "of the pope have declared war.”\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Walters issues")[1] == "Sean Walters"
    assert by_text(rows, "The enemies")[1] == "Sean Walters"


def test_confirming_a_nominee_reports_nothing(nlp, params):
    # s72, BASIL: "The Senate confirmed two cabinet nominations — …" votes someone in; it reports no words
    text = ("Test\n\nThe Senate confirmed two cabinet nominations — Ann Reyes as defense secretary and Tom Hale as "
            "secretary of labor — but Democrats held up a third.\n\nThe Senate confirmed Reyes on Friday.\n\nThe ministry "
            "confirmed the report on Monday.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "The Senate confirmed two")[1] == "author"
    assert by_text(rows, "The Senate confirmed Reyes")[1] == "author"
    assert by_text(rows, "The ministry")[1] == "ministry"  # (a guard: confirming a report is a report)


def test_a_thread_counter_before_a_post_s_credit_keeps_the_credit(nlp, params):
    # s72, PTC dev: "(1/2) — John Kasich (@JohnKasich) February 10, 2018" credits the post's two lines before it
    text = ("Test\n\nThe governor posted about the shooting.\n\nThe finest among us are those who risk it all every day.\n\n"
            "Their deaths are a terrible tragedy for my hometown.\n\n(1/2) — Ann Lowe (@AnnLowe) February 10, 2018\n\n"
            "The police chief spoke next.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "The finest")[1:] == ("Ann Lowe", "direct")
    assert by_text(rows, "Their deaths")[1:] == ("Ann Lowe", "direct")
    assert by_text(rows, "(1/2)")[1] == "author"


def test_a_few_marks_or_words_before_a_post_s_credit_keep_the_credit(nlp, params):
    # s79, PTC dev (the two-hundred-and-twenty-third reading): "👇🏻 pic.twitter.com/ABIvsJNW4d — Laura Loomer
    # (@LauraLoomer) September 23, 2018" credited nothing: an emoji before the post's link is no text of its own
    text = ("Test\n\n\u201cAn officer told me,\u201d Loomer wrote.\n\nSCOOP: Ellison\u2019s campaign wanted police protection from "
            "me.\n\nTHAT IS WHY the police were there.\n\n\U0001F447\U0001F3FB pic.twitter.com/ABIvsJNW4d \u2014 Laura Loomer "
            "(@LauraLoomer) September 23, 2018\n\nEllison denied it.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "SCOOP")[1:] == ("Laura Loomer", "direct")
    assert by_text(rows, "THAT IS")[1:] == ("Laura Loomer", "direct")
    assert by_text(rows, "\u201cAn officer")[1:] == ("Laura Loomer", "direct")
    # (and a line of the post that reports what someone told its poster is the poster's: "SCOOP: An Officer in Minnesota
    # informed me that Keith Ellison’s campaign contacted Apple Valley Police …")
    text = text.replace("SCOOP: Ellison\u2019s campaign wanted", "SCOOP: An officer informed me that Ellison\u2019s campaign wanted")
    assert by_text(attribute(nlp, params, text), "SCOOP")[1:] == ("Laura Loomer", "direct")
    # (so is a hashtag or a word before the link: "#gapol — Stacey Abrams (@staceyabrams) November 17, 2018" after her
    # post, "Details: https://t.co/7q4euQKtm7 — Edward Snowden (@Snowden) March 13, 2018" after his, PTC dev)
    text = ("Test\n\n\u201cWe will sue,\u201d Abrams said.\n\nIn the coming days, we will be filing a major federal lawsuit "
            "against the state.\n\n#gapol \u2014 Stacey Abrams (@staceyabrams) November 17, 2018\n\nAbrams spoke later.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "In the coming")[1:] == ("Stacey Abrams", "direct")
    assert by_text(rows, "#gapol")[1] == "author"
    # (a first name alone credits its account, not a person of that name another article named: "— Mike (@Bigly45)" was
    # Mike Cernovich's, "— Michael 🇺🇸 (@trendy)" St. Michael's, PTC train)
    text = ("Test\n\nThe verdict drew outrage online.\n\nMay San Francisco rot in hell!\n\n#KatesLaw \u2014 Mike (@Bigly45) December 1, "
            "2017\n\nThis is a travesty of justice.\n\n\u2014 Mike Cernovich (@Cernovich) December 1, 2017\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "May San")[1] == "Mike" and by_text(rows, "This is a")[1] == "Mike Cernovich"
    text = ("Test\n\nIn a damning tweet, writer Kashana Cauley summed it up.\n\nHis apartment also contained an off duty cop.\n\n"
            "\u2014 Kashana (@kashanacauley) September 10, 2018\n")
    assert by_text(attribute(nlp, params, text), "His apartment")[1] == "Kashana Cauley"  # (the article's own Kashana)
    # (nor is the writer's "Heres’ what he had to say." before the post its line, PTC train)
    text = ("Test\n\nLouis Farrakhan met Mohsen Rezaee on Sunday in Tehran.\n\nHeres\u2019 what he had to say.\n\nListen to the "
            "leader of Nation of Islam.\n\npic.twitter.com/p0qGfHHfg0 \u2014 Sobhan Hassanvand (@Hassanvand) November 4, 2018\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Listen")[1:] == ("Sobhan Hassanvand", "direct")
    assert by_text(rows, "Heres")[1] == "author"


def test_a_line_pointing_back_to_the_writers_line_before_is_no_post(nlp, params):
    # s79, PTC dev (the two-hundred-and-forty-fourth reading): "They carried coffins … to expose the special treatment of
    # Amber Guyger …" ¶ "Now, as more details emerge, this special treatment has moved to a level that is even more
    # insidious." ¶ "Protest at AT&T Stadium pic.twitter.com/… — Allison Harris (@AllisonFox4News) September 16, 2018":
    # the writer's second line went into the post
    text = ("Test\n\nActivists rallied around the stadium.\n\nThey carried coffins and blocked traffic on the main road for "
            "most of the afternoon, in front of hundreds of fans and reporters, to expose the special treatment of Amber Guyger, "
            "the police officer who has yet to even be fired for killing her neighbour in his own home.\n\nNow, as more details emerge, this special treatment has moved to a level that is even more insidious."
            "\n\nProtest at AT&T Stadium pic.twitter.com/lu5VsGQByv \u2014 Allison Harris (@AllisonFox4News) September 16, 2018\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Now, as more")[1] == "author"
    assert by_text(rows, "Protest at")[1] == "Allison Harris"


def test_a_quoted_feeling_of_another_person_named_is_theirs(nlp, params):
    # s72, PTC train: "… it was not served.” Kate’s brother Brad was “stunned that they couldn’t even get him on …”": not
    # the father's, whose quotation the paragraph closed, nor the writer's (a feeling with what it is about)
    text = ("Test\n\n“We’re just shocked,” Jim Stone, Kate’s father, told the Chronicle.\n\n“There’s no other way you can put "
            "it.\n\nJustice was rendered, but it was not served.” Kate’s brother Brad was “stunned that they couldn’t even "
            "get him on using the weapon.”\n\nAlso on Tuesday Jim Stone was “escorted” from the courthouse.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Kate’s brother")[1] == "Brad"
    assert by_text(rows, "“There’s no")[1] == "Jim Stone"  # (nor does the fragment frame the quotation closed before it)
    assert by_text(rows, "Also on")[1] == "author"  # (a guard: what the subject underwent stays the writer's)


def test_a_name_a_role_s_phrases_run_into_is_the_speaker_s(nlp, params):
    # s72, PTC dev: "DFL-endorsed candidate for attorney general of Minnesota Matt Pelikan also reacted …, calling …"
    text = ("Test\n\nRepublican candidate for governor of Ohio Mike DeWine said he would win.\n\nAttorneys for former "
            "campaign chairman Paul Manafort said he was innocent.\n\nSpokesman for the governor of Minnesota Mark Dayton "
            "said the trip was off.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "Republican candidate")[1] == "Mike DeWine"
    assert by_text(rows, "Attorneys for")[1] != "Paul Manafort"  # (guards: those who speak for the one named)
    assert by_text(rows, "Spokesman for")[1] != "Mark Dayton"


def test_a_quoted_feeling_in_a_passive_is_the_subject_s_words(nlp, params):
    # s72, BASIL: "But DOJ’s inspector general was “deeply troubled” by texts Strzok sent …" is no scare quote
    text = ("Test\n\nInspector General Michael Horne released his report on Thursday.\n\nBut the inspector general was "
            "“deeply troubled” by texts the agent sent.\n\nAlso on Tuesday the agent was “escorted” from the building.\n")
    rows = attribute(nlp, params, text)
    assert by_text(rows, "But the")[1] == "Michael Horne"
    assert by_text(rows, "Also on")[1] == "author"  # (a guard: what the subject underwent stays the writer's)


def test_a_report_in_a_clause_fronted_before_the_writer_s_quotes_nothing(nlp, params):
    # s72, PTC dev: "Since our founders clearly said that …, and the Second Amendment acknowledges that the "right of the
    # people …," I truly wonder where he gets this idea …" is the writer's
    line = ("Since our founders clearly said that our rights come from our Creator, and the First Amendment acknowledges "
            "that the \"right of the people peaceably to assemble shall not be infringed,\" I truly wonder where he gets "
            "this idea the state has a right to do just that.")
    assert by_text(attribute(nlp, params, f"Test\n\nThe law passed.\n\n{line}\n"), "Since our")[1] == "author"


def test_an_as_frame_holding_no_quoted_words_still_frames_its_clause(nlp, params):
    # (a guard, s72, BASIL: "… the theme that, as Axelrod said, Biden showed "passion" …" stays Axelrod's once a fronted
    # report holding no quoted words quotes nothing; a first version counted "as" among the fronting words)
    line = ("The campaign team, in the spin room after the debate, focused on repeating the theme that, as Axelrod said, "
            "Biden showed \"passion\" and that he showed \"a great concern for the middle class.\"")
    assert by_text(attribute(nlp, params, f"Test\n\nDavid Axelrod spoke first.\n\n{line}\n"), "The campaign")[1] == "David Axelrod"


def test_a_report_from_a_place_is_no_place_s_words(nlp, params):
    # s72, PTC train: "… incident reports from the Columbus suburb of Westerville show." ¶ "“…,” the report said." was
    # `Columbus suburb`'s
    text = ("Test\n\nPolice in Ohio had previously gone to the home where a man shot two officers for three domestic "
            "disputes, incident reports from the Dayton suburb of Kettering show.\n\nAnn Smith told officers they were "
            "separating.\n\n\"Female has his key so she is not concerned about him coming back,\" the report said.\n")
    assert by_text(attribute(nlp, params, text), "\"Female")[1] != "Dayton suburb"


def test_a_threat_to_do_something_still_reports(nlp, params):
    # s78 (guard for "They threaten almost all of … Seoul", the writer's): a threat with what will be done is someone's words
    row = by_text(attribute(nlp, params, "Test\n\nRebel leaders said talks had failed.  They threatened to attack the capital.\n"),
                  "They threatened")
    assert row[1] != "author" and row[2] == "indirect"
