import numpy as np
import pytest

from pipeline.attribute import attribute_corpus
from pipeline.label import (
    ABSTAIN,
    LFS,
    TargetFinder,
    build_views,
    fit_label_model,
    label_corpus,
    lf_analysis,
    stance_probs,
)
from pipeline.segment import decode_article, segment_articles

TARGETS = {"Lukashenko": ["Aleksandr Lukashenko"], "Putin": ["Russia"], "China": ["Beijing"]}
PEOPLE = ["Lukashenko", "Putin"]


def views_of(nlp, params, text):
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    return build_views(seg, TargetFinder(TARGETS, PEOPLE))


def mentions(view):
    return [(m.text, m.target, m.via) for m in view.mentions]


def params_finder(params):
    """The target finder `params.yaml` configures: its targets, people and their pronouns."""
    return TargetFinder(params["label"]["targets"], params["label"]["people"], params["label"]["pronouns"])


def mention_lists(nlp, params, text, finder):
    """(text, target) of each sentence's mentions, sentence by sentence."""
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    return [[(m.text, m.target) for m in v.mentions] for v in build_views(seg, finder)]


def test_alias_and_two_targets_in_one_sentence(nlp, params):
    v = views_of(nlp, params, "Aleksandr Lukashenko flew to Beijing.\n")[0]
    assert ("Aleksandr Lukashenko", "Lukashenko", "name") in mentions(v)
    assert ("Beijing", "China", "name") in mentions(v)



def test_an_alias_two_targets_share_mentions_both_and_the_longer_alias_wins_whatever_the_order(nlp, params):
    # `framing analyze -t Putin -t "Russia=Russia,Moscow,Kremlin"`: "Moscow" is an alias of both (found on a wire
    # story written for the check, where the user's Russia target got no mention at all)
    finder = TargetFinder({"Putin": ["Russia", "Moscow"], "Russia": ["Russia", "Moscow", "Kremlin"]}, ["Putin"])
    got = mention_lists(nlp, params, "Moscow sent more troops to the border.\n", finder)
    assert got == [[("Moscow", "Putin"), ("Moscow", "Russia")]]
    # a target listed first does not take a word out of another target's longer alias
    finder = TargetFinder({"Belarus": ["Belarusian"], "Lukashenko": ["the Belarusian leader"]}, ["Lukashenko"])
    got = mention_lists(nlp, params, "Talks ended.\n\nThe Belarusian leader jails his critics.\n", finder)
    assert got[1] == [("The Belarusian leader", "Lukashenko"), ("his", "Lukashenko")]

def test_pronoun_resolves_to_salient_person(nlp, params):
    vs = views_of(nlp, params, "Lukashenko met officials in Minsk.\nHe gambled and he lost.\nRussia sent troops.\n")
    assert {("He", "Lukashenko", "pronoun"), ("he", "Lukashenko", "pronoun")} <= set(mentions(vs[1]))
    assert ("Russia", "Putin", "name") in mentions(vs[2])


def test_pronoun_prefers_person_named_earlier_in_sentence(nlp, params):
    vs = views_of(nlp, params, "Lukashenko spoke first.\nWith Putin's ambitions, he is doing everything.\n")
    assert ("he", "Putin", "pronoun") in mentions(vs[1])


def test_speaker_pronoun_is_not_a_mention_and_the_reported_subject_stays_salient(nlp, params):
    vs = views_of(nlp, params, "Lukashenko was “counting on Putin's plan to win within days,” he explained.\n"
                               "“He thought he would be a winner.”\n")
    assert not [m for m in vs[0].mentions if m.text == "he"]
    assert [m for m in mentions(vs[1]) if m[2] == "pronoun"] == [("He", "Lukashenko", "pronoun"), ("he", "Lukashenko", "pronoun")]


def test_a_reporting_verb_is_a_speaker_tag_only_when_used_as_one(nlp, params):
    vs = views_of(nlp, params, "Lukashenko met Putin in Minsk.\n“It was a mistake,” he continued.\n"
                               "He continues this game of being the man in the middle.\nHe will tell Putin the reason.\n")
    assert not vs[1].mentions  # the speaker's tag
    assert ("He", "Lukashenko", "pronoun") in mentions(vs[2]) and ("He", "Lukashenko", "pronoun") in mentions(vs[3])


def test_a_person_who_is_no_target_takes_the_pronoun(nlp, params):
    vs = views_of(nlp, params, "Lukashenko stayed in Minsk.\nOpposition leader John Miller left the country in 2020.\n"
                               "He now lives in Warsaw.\n")
    assert not vs[2].mentions


def test_a_pronoun_outside_quotation_marks_skips_a_person_named_only_inside_them(nlp, params):
    # a profile written for the check in the fortieth session: after a friend's quotation that ends "…, Lukashenko
    # wins.", the writer's "his whereabouts" and "he has been returned" became Lukashenko's mentions
    vs = views_of(nlp, params, "Mikalai Statkevich has spent half his life in prison.\nHe has not been seen since.\n"
                               "One cellmate put it differently: \u201cStatkevich believes that if everyone leaves, "
                               "Lukashenko wins.\u201d\nThe authorities have not commented on his whereabouts.\n"
                               "Rights groups fear he has been returned to a penal colony.\n")
    assert ("Lukashenko", "Lukashenko", "name") in mentions(vs[2])
    assert not vs[3].mentions and not vs[4].mentions
    # inside the quotation the person it names is still who its pronoun means
    vs = views_of(nlp, params, "Anna Kovalenko spoke on Monday.\n\u201cLukashenko lies. He always has,\u201d she said.\n")
    assert ("He", "Lukashenko", "pronoun") in mentions(vs[2])


def test_a_pronoun_outside_quotation_marks_means_the_quotation_s_speaker_not_a_person_named_inside_it(nlp, params):
    # s48, an intelligence-assessment story written for the check: "He did not rule out provocations" after Budbergis's
    # quotation that names Lukashenko was a mention of Lukashenko
    vs = views_of(nlp, params, "\u201cLukashenko's room for manoeuvre has all but disappeared,\u201d said Remigijus Budbergis, "
                               "director of the State Security Department.\nHe did not rule out provocations, however.\n")
    assert ("Lukashenko", "Lukashenko", "name") in mentions(vs[0])
    assert not vs[1].mentions
    # a speaker who is a target is the pronoun's
    vs = views_of(nlp, params, "\u201cThe West has lost,\u201d said Aleksandr Lukashenko.\nHe did not rule out talks.\n")
    assert ("He", "Lukashenko", "pronoun") in mentions(vs[1])


def test_a_pronoun_opening_the_body_does_not_mean_a_person_the_headline_names(nlp, params):
    # the same profile: its first sentence, "He was 19 when he first went to prison.", speaks of the man the next
    # sentence names, not of the Lukashenko of the headline
    vs = views_of(nlp, params, "The man who says no to Lukashenko\n\nHe was 19 when he first went to prison. Now 34, "
                               "Mikalai Statkevich refuses to leave Belarus.\n")
    assert ("Lukashenko", "Lukashenko", "name") in mentions(vs[0])
    assert not vs[1].mentions
    # a person the body names before the pronoun is still who it means
    vs = views_of(nlp, params, "Lukashenko warns the West\n\nAleksandr Lukashenko spoke on Tuesday. He wants the army "
                               "ready.\n")
    assert ("He", "Lukashenko", "pronoun") in mentions(vs[2])
    # ... and a section heading names who a pronoun after it means (the seed: "How Lukashenko Has Maneuvered and
    # Survived" ¶ "“Agreeing to this kind of peace with a country that he just aided …")
    vs = views_of(nlp, params, "Talks\n\nPutin spoke on Monday.\n\nHow Lukashenko Survived\n\nHis gamble failed.\n")
    assert ("His", "Lukashenko", "pronoun") in mentions(vs[-1])


def test_subordinate_subject_does_not_take_over(nlp, params):
    vs = views_of(nlp, params, "Lukashenko faces many problems because Putin wants a deal.\nHe will always be a problem.\n")
    assert ("He", "Lukashenko", "pronoun") in mentions(vs[1])


def test_stale_subject_gives_way_to_the_person_just_named(nlp, params):
    vs = views_of(nlp, params, "Putin called the meeting.\nThe talks lasted for hours.\n"
                               "As for Lukashenko, forcing him out only pushes him away.\n"
                               "There is no scenario that involves him staying in power.\n")
    assert ("him", "Lukashenko", "pronoun") in mentions(vs[3])
    assert ("Putin", "Putin", "name") in mentions(vs[0])


def test_pronoun_prefers_an_earlier_subject_and_never_its_own_clause_subject(nlp, params):
    v = views_of(nlp, params, "Lukashenko changed his course when he sided with Putin and allowed his country to be used.\n")[0]
    assert [m[1] for m in mentions(v) if m[2] == "pronoun"] == ["Lukashenko"] * 3
    v = views_of(nlp, params, "Putin started the war and Lukashenko helped him.\n")[0]
    assert ("him", "Putin", "pronoun") in mentions(v)


def test_his_in_a_for_phrase_after_a_person_object_is_the_object_s(nlp, params):
    # twenty-sixth session, a story in the style of TASS (s75): "his" went to the subject, Lukashenko
    v = views_of(nlp, params, "Lukashenko thanked Putin for his support during the blockade.\n")[0]
    assert ("his", "Putin", "pronoun") in mentions(v) and ("his", "Lukashenko", "pronoun") not in mentions(v)
    v = views_of(nlp, params, "Zelenskiy blamed Lukashenko for his role in the invasion.\n")[0]
    assert ("his", "Lukashenko", "pronoun") in mentions(v)
    v = views_of(nlp, params, "Lukashenko thanked Putin for the loans and praised his own army.\n")[0]
    assert ("his", "Lukashenko", "pronoun") in mentions(v)  # not in the "for" phrase: the subject's, as before


def test_the_he_of_what_he_called_is_no_mention(nlp, params):
    # s75: "what he described as an illegal economic blockade" is his own description; a source is not evaluated by
    # its own words (docs/annotation.md)
    v = views_of(nlp, params, "Lukashenko thanked Putin for the loans of what he described as the hard years.\n")[0]
    assert ("he", "Lukashenko", "pronoun") not in mentions(v) and ("Lukashenko", "Lukashenko", "name") in mentions(v)
    v = views_of(nlp, params, "Zelenskiy met the envoy. He condemned what he called a sham election.\n")[1]
    assert ("he", "Zelenskiy", "pronoun") not in mentions(v)


def test_who_calls_someone_something_is_the_speaker_not_a_mention(nlp, params):
    # s82: "X has called her a puppet of the West" names X as the speaker of the insult (docs/annotation.md)
    v = views_of(nlp, params, "Belarusian leader Alexander Lukashenko has called her a puppet of the West.\n")[0]
    assert "Lukashenko" not in [m[1] for m in mentions(v)]


def test_only_a_person_target_s_names_have_other_spellings(nlp, params):
    # s84: `--target "Sandu:she=Sandu,Maia Sandu,the Moldovan president"` made "Moldova" a mention of Sandu, a
    # spelling of the adjective of a description; and "Presidents" was a spelling of the word "president"
    finder = TargetFinder({"Sandu": ["Sandu", "Maia Sandu", "the Moldovan president"],
                           "Lukashenko": ["Lukashenko", "the Belarusian president"]},
                          ["Sandu", "Maia", "Moldovan", "president", "Lukashenko"], {"Sandu": "she"})
    got = mention_lists(nlp, params, "Talks.\n\nMoldova voted. Presidents met. Lukashenka spoke.\n", finder)
    assert got[1:] == [[], [], [("Lukashenka", "Lukashenko")]]


def test_an_anti_or_pro_adjective_is_no_mention(nlp, params):
    # s84, s86: "anti-Russian hysteria", "a pro-Kremlin channel" say whom something else is for or against; they do
    # not name Russia as a party the sentence evaluates
    got = mention_lists(nlp, params, "Talks.\n\nPeskov accused Chisinau of anti-Russian hysteria. The video first appeared "
                        "on a pro-Kremlin channel. Pro-government media praised Russia.\n", params_finder(params))
    assert got[1:] == [[], [], [("Russia", "Putin")]]


def test_a_place_where_something_happens_is_no_mention(nlp, params):
    # a dateline or "in Beijing" names where, not whom the sentence is about (docs/annotation.md)
    assert mentions(views_of(nlp, params, "BEIJING — Talks were held in Russia on Monday.\n")[0]) == []
    assert mentions(views_of(nlp, params, "BEIJING (Reuters) - Talks were held on Monday.\n")[0]) == []
    v = views_of(nlp, params, "Beijing condemned the vote in Russia.\n")[0]
    assert mentions(v) == [("Beijing", "China", "name")]
    # but "the regime in Beijing" is its government (a story in the style of Kremlin media written for the check)
    v = views_of(nlp, params, "The criminal regime in Beijing has shown its true face.\n")[0]
    assert mentions(v) == [("Beijing", "China", "name")]
    v = views_of(nlp, params, "Officials in Beijing arrested him.\n")[0]
    assert mentions(v) == [("Beijing", "China", "name")]


@pytest.mark.parametrize("sentence", [
    "The thrusts that rolled out of Beijing failed.",
    "Troops rolled into Beijing.",
    "The convoy moved toward Beijing.",
    "The trains passed through Beijing.",
])
def test_a_place_something_goes_to_or_comes_out_of_is_no_mention(nlp, params, sentence):
    # thirty-ninth session: the seed's "Like the other four offensive thrusts that rolled out of Russia into Ukraine it
    # ultimately failed …" named two places a movement went from and to, and the model called it `against` both sides
    assert mentions(views_of(nlp, params, sentence + "\n")[0]) == []


def test_a_place_moved_into_by_a_named_actor_leaves_the_actor_a_mention(nlp, params):
    v = views_of(nlp, params, "Beijing poured weapons into Russia.\n")[0]
    assert mentions(v) == [("Beijing", "China", "name")]
    v = views_of(nlp, params, "Missiles were fired from Beijing.\n")[0]  # where an attack comes from is no mere place
    assert mentions(v) == [("Beijing", "China", "name")]


# forty-second session, a Reuters-style war report written for the check: "Russian drones hit Kyiv power grid as talks
# stall" was `against` Zelenskiy, and the seed's "… missiles that have destroyed Ukrainian cities" weakly so. A place's
# name that modifies a noun (its grid, region, residents, war) names where, and a nationality of civilians or their
# places whose they are, not the state; one that acts for the state (government, officials, forces, troops, missiles,
# propaganda) is a mention. (sentence, the mention, is it one)
MODIFIER_CASES = [
    ("Russian drones hit the Beijing power grid.", ("Beijing", "China"), False),
    ("The Beijing region was shelled overnight.", ("Beijing", "China"), False),
    ("Beijing residents queued for water.", ("Beijing", "China"), False),
    ("The Beijing war has lasted four years.", ("Beijing", "China"), False),
    ("Missiles hit Chinese cities overnight.", ("Chinese", "China"), False),
    ("Chinese civilians queued for water.", ("Chinese", "China"), False),
    ("Chinese children learn the language in exile.", ("Chinese", "China"), False),
    ("The Beijing government arrested him.", ("Beijing", "China"), True),
    ("Beijing officials arrested him.", ("Beijing", "China"), True),
    ("The Beijing leadership arrested him.", ("Beijing", "China"), True),
    ("Beijing forces shelled the town.", ("Beijing", "China"), True),
    ("Chinese missiles hit the city.", ("Chinese", "China"), True),
    ("Chinese troops crossed the border.", ("Chinese", "China"), True),
    ("Chinese propaganda spread the lie.", ("Chinese", "China"), True),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), MODIFIER_CASES)
def test_a_modifier_names_the_state_only_for_what_acts_for_it(nlp, params, sentence, mention, expected):
    got = mention_lists(nlp, params, "Talks.\n\n" + sentence + "\n", params_finder(params))[1]
    assert (mention in got) == expected


def test_a_person_target_naming_a_thing_is_a_mention(nlp, params):
    assert mentions(views_of(nlp, params, "The Lukashenko era brought repression.\n")[0]) == [("Lukashenko", "Lukashenko", "name")]


@pytest.mark.parametrize("dateline", ["BEIJING —", "BEIJING, China –", "BEIJING (Reuters) -", "BEIJING, Nov. 28 (Xinhua) --"])
def test_a_dateline_place_is_no_mention(nlp, params, dateline):
    # the Xinhua form, with a date, was missed (a briefing written for the check)
    assert mentions(views_of(nlp, params, f"{dateline} Russia broke the deal.\n")[0]) == [("Russia", "Putin", "name")]


# (sentence, its mentions; "+" before the sentence: the mention listed is among them) - the source that reports is not
# what its words evaluate (docs/annotation.md)
SPEAKER_CASES = [
    ("Russia's foreign ministry said Beijing was lying.", [("Beijing", "China", "name")]),
    ("According to Beijing, Russia broke the deal.", [("Russia", "Putin", "name")]),
    ("+Russia will tell Beijing that the deal is off.", [("Russia", "Putin", "name")]),  # what Russia will do: no tag
    ("Aleksandr Lukashenko made it clear that Beijing was no friend.", [("Beijing", "China", "name")]),  # reports
    ("+Aleksandr Lukashenko made a mistake in Beijing.", [("Aleksandr Lukashenko", "Lukashenko", "name")]),
    # "was quoted as saying" names the speaker too (a live blog written for the check)
    ("“We will not attack Beijing,” Aleksandr Lukashenko was quoted as saying.", [("Beijing", "China", "name")]),
    ("A Russia spokesman was quoted by Interfax as saying that Beijing was a friend.", [("Beijing", "China", "name")]),
    ("+Aleksandr Lukashenko was quoted in the report.", [("Aleksandr Lukashenko", "Lukashenko", "name")]),  # no words
    # an accusation reports a claim, as attribution reads it (a wire story on drones over Moldova written for the check)
    ("Aleksandr Lukashenko accused Beijing of lying.", [("Beijing", "China", "name")]),
    ("+Beijing accused Aleksandr Lukashenko of lying.", [("Aleksandr Lukashenko", "Lukashenko", "name")]),
    ("+Aleksandr Lukashenko was accused of lying.", [("Aleksandr Lukashenko", "Lukashenko", "name")]),  # nobody speaks
    ("Aleksandr Lukashenko called on Beijing to help.", [("Beijing", "China", "name")]),  # a demand is reported speech
    # a speaker the parser left hanging, found as the attribution stage finds it (a war report written for the check:
    # "Kyiv" in "the head of Kyiv's military administration, Serhiy Popko, said" was a mention of Zelenskiy)
    ("Two people were injured in the attack, the head of Beijing's military administration, Serhiy Popko, said.", []),
    ("Beijing's foreign minister, Wang Yi, called on Russia to stop.", [("Russia", "Putin", "name")]),
    ("+Wang Yi, clearly angered by Russia, argued that the talks failed.", [("Russia", "Putin", "name")]),  # no speaker's
    # speakers joined by "and" speak together, as the attribution stage reads them (a joint statement written for the check)
    ("Aleksandr Lukashenko and Russia said Beijing was a friend.", [("Beijing", "China", "name")]),
    ("Beijing and Russia said Aleksandr Lukashenko was a friend.", [("Aleksandr Lukashenko", "Lukashenko", "name")]),
    ("+Beijing and Russia met. Aleksandr Lukashenko was there.", [("Russia", "Putin", "name")]),  # no speech: mentions
    # an as-clause's speaker and the agent of "This was stated by X", as the attribution stage reads them (an
    # Ukrinform-style story written for the check)
    ("As Beijing reported earlier, Russia broke the deal.", [("Russia", "Putin", "name")]),
    ("Russia broke the deal, as Beijing's foreign ministry has said many times.", [("Russia", "Putin", "name")]),
    ("This was stated by Beijing's foreign ministry.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SPEAKER_CASES)
def test_the_speaker_of_a_sentence_is_no_mention(nlp, params, sentence, expected):
    got = mentions(views_of(nlp, params, sentence.lstrip("+") + "\n")[0])
    assert set(expected) <= set(got) if sentence.startswith("+") else got == expected


def test_the_speaker_of_a_headline_is_no_mention(nlp, params):
    # "Lukashenko: Belarus will never be dragged into the war" (a headline in the style of state media written for the
    # check) was `against` Lukashenko in the writer's voice
    finder = params_finder(params)
    text = ("Lukashenko: Putin will never drag Belarus into the war\n\nMINSK - President of Belarus Aleksandr Lukashenko "
            "said that Belarus will not take part.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_corpus([seg], params["attribute"])
    views = build_views(seg, finder)
    assert [(m.text, m.target) for m in views[0].mentions] == [("Putin", "Putin")]


def test_a_transcript_s_speaker_label_is_no_mention(nlp, params):
    finder = params_finder(params)
    text = "Transcript\n\nHOST: Who is your friend?\n\nLUKASHENKO: Putin is my friend.\n\nHOST: And?\n\nLUKASHENKO: Nothing.\n"
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_corpus([seg], params["attribute"])
    views = build_views(seg, finder)
    assert [(m.text, m.target) for m in views[2].mentions] == [("Putin", "Putin")]


def test_a_transcript_s_speaker_label_leaves_the_salience_of_people_as_it_was(nlp, params):
    # a transcript written for the check (forty-first session): "He" in Lukashenko's answer to a question about Putin
    # went to Lukashenko, whose turn label had made him the person named last
    text = ("Transcript\n\nREPORTER: Do you trust President Putin?\n\nLUKASHENKO: Of course. He is my elder brother. We "
            "will never betray each other.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_corpus([seg], params["attribute"])
    vs = build_views(seg, params_finder(params))
    brother = next(v for v in vs if v.sentence.text.startswith("He is"))
    assert mentions(brother) == [("He", "Putin", "pronoun")]


def test_a_quotation_opened_in_an_earlier_sentence_of_the_paragraph_is_still_quoted(nlp, params):
    # "He" in the second sentence of a quotation is someone the quotation names, not the speaker of "she told"
    text = "Anna Berg spoke on Tuesday.\n\n“Aleksandr Lukashenko is not a mediator. He is a co-aggressor,” she told a forum.\n"
    vs = views_of(nlp, params, text)
    assert mentions(vs[2]) == [("He", "Lukashenko", "pronoun")]
    # a quote-only verb inside the quotation is no tag ("He continues this game" is no "he continued")
    text = ("Anna Berg spoke on Tuesday.\n\n“Aleksandr Lukashenko became a double agent. He moves back and forth. He continues "
            "this game for years.”\n")
    assert mentions(views_of(nlp, params, text)[-1]) == [("He", "Lukashenko", "pronoun")]


def test_british_single_quotation_marks_quote_as_double_ones_do(nlp, params):
    # a Guardian-style story written for the thirty-fifth session's check: in single quotation marks "He" was taken for
    # a clause reported by "she said" outside any quote, and dropped as the speaker's own
    text = ("Anna Berg spoke on Tuesday.\n\n'Aleksandr Lukashenko is not a partner. He is a hostage-taker,' she said. "
            "'Every prisoner is a bargaining chip for him.'\n")
    vs = views_of(nlp, params, text)
    assert mentions(vs[2]) == [("He", "Lukashenko", "pronoun")]
    assert mentions(vs[3]) == [("him", "Lukashenko", "pronoun")]
    curly = text.replace("\n\n'", "\n\n\u2018").replace(",' she", ",\u2019 she").replace(". 'Every", ". \u2018Every").replace("him.'", "him.\u2019")
    vs = views_of(nlp, params, curly)
    assert mentions(vs[2]) == [("He", "Lukashenko", "pronoun")]
    # an apostrophe is no quotation mark: outside quotes, "he" reported by "said" is still the speaker
    text = "Aleksandr Lukashenko spoke first.\n\nThe prisoners' families said he would pay.\n"
    assert mentions(views_of(nlp, params, text)[1]) == [("he", "Lukashenko", "pronoun")]


def test_he_reported_by_a_speaker_is_the_speaker(nlp, params):
    # "Zelenskiy said he would …": the reported clause's subject pronoun is the speaker, who is no mention of
    # the person named before; inside quotation marks "he" is someone else
    finder = TargetFinder(params["label"]["targets"], params["label"]["people"])
    text = ("Lukashenko met Putin in Minsk.\n\nZelenskiy said he would not meet Lukashenko.\n\nThe Ukrainian president made it "
            "clear that he considered Belarus a party to the war.\n\nZelenskiy said his army was ready.\n\n“He will lose,” "
            "Zelenskiy said.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[1:] == [[("Lukashenko", "Lukashenko")], [], [], [("He", "Lukashenko")]]

def test_more_of_a_speaker_s_own_words_and_people_the_pronoun_means(nlp, params):
    # written for the seventeenth session's check (a wire story on Putin's warnings)
    finder = TargetFinder(params["label"]["targets"], params["label"]["people"])
    text = ("Lukashenko met Putin.\n\nIn 2022, Putin said he was \"not bluffing\" when he spoke of using all means.\n\n"
            "Ukraine's foreign minister, Andrii Sybiha, dismissed the remarks as \"nuclear blackmail.\"\n\n"
            "Putin on Thursday accused Western governments of pushing Europe toward war, saying that the missiles would "
            "\"change the nature of the conflict.\"\n\n"
            "Putin met the envoy. A NATO diplomat, speaking on condition of anonymity because he was not authorized to "
            "discuss the matter, said the alliance saw no sign of it.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[1] == []  # "when he spoke": still the speaker's own clause
    assert got[2] == []  # "dismissed … as “…”" reports; "Ukraine's" names who speaks
    assert got[3] == [("Western", "West")]  # "accused … saying “…”" reports
    assert got[5] == []  # "he" is the diplomat, a role noun, no target ("A NATO diplomat … said" names who speaks)

def test_she_never_refers_to_a_target_known_as_he(nlp, params):
    # params.yaml's label.pronouns: "Her adviser" after a quote naming Lukashenko is not his (a story written for the check)
    finder = params_finder(params)
    text = ("Talks ended.\n\n“Every tonne pays for Lukashenko's prisons,” she told reporters.\n\nHer adviser said the "
            "opposition had documented 40 companies.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[1:] == [[("Lukashenko", "Lukashenko")], []]
    # nor is "Her" in the phrase naming who reports a mention when it is hers, as "Russia's" in "Russia's ministry said"
    finder = TargetFinder({"Tsikhanouskaya": ["Tsikhanouskaya"]}, ["Tsikhanouskaya"], {"Tsikhanouskaya": "she"})
    text = ("Sviatlana Tsikhanouskaya met the ministers.\n\nHer adviser said the opposition had documented 40 companies.\n\n"
            "Tsikhanouskaya left. Her critics disagree.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[1:] == [[], [("Tsikhanouskaya", "Tsikhanouskaya")], [("Her", "Tsikhanouskaya")]]


def test_the_speaker_s_own_possessive_in_the_frame_is_no_mention(nlp, params):
    # a wire story on balloons over Lithuania written for the twenty-fifth session's check: "his press service" in the
    # phrase saying where the speaker's words appeared is the speaker's, as "he" is; was `against` Lukashenko
    finder = params_finder(params)
    text = ("Talks ended.\n\nLukashenko has repeatedly denied any role. In remarks carried by his press service, he accused "
            "Lithuania of provoking a crisis.\n\nIn his speech, Lukashenko attacked the opposition.\n\nLukashenko spoke. "
            "Critics said his army was weak.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[2] == []  # the frame's "his" is the speaker's: no mention
    assert got[3] == [("his", "Lukashenko"), ("Lukashenko", "Lukashenko")]  # "attacked" is an act, not a report
    assert got[5] == [("his", "Lukashenko")]  # in what others say, "his" is a mention


def test_a_leader_described_by_the_country_is_that_target_and_a_person(nlp, params):
    # an opinion column written for the eighteenth session's check: "strongman" for "leader", "the Russian president"
    # and "Ukraine's president" are the target (a person pronouns refer to); "a Russian diplomat" is not Putin
    finder = params_finder(params)
    text = ("Talks ended.\n\nThe Belarusian strongman jails his critics.\n\nThe Russian president has never hidden that he "
            "sees Belarus as a province of his empire.\n\nUkraine's president, Volodymyr Zelenskiy, has warned the same "
            "thing for two years. He deserves to be heard.\n\nA Russian diplomat said he was tired.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[1] == [("The Belarusian strongman", "Lukashenko"), ("his", "Lukashenko")]
    assert got[2] == [("Russian", "Putin"), ("he", "Putin"), ("his", "Putin")]
    assert got[4] == [("He", "Zelenskiy")]
    assert got[5] == []  # the diplomat speaks; "Russian" names who speaks, and "he" is the diplomat


def test_leaders_in_the_plural_or_quantified_are_no_person_a_pronoun_refers_to(nlp, params):
    # an opinion column written for the thirty-fifth session's check: "Every Western leader" had made "his" and "him"
    # mentions of the West, and the next paragraph's "He stole the election" too
    finder = params_finder(params)
    text = ("Aleksandr Lukashenko has spent three decades perfecting one skill. Every Western leader who ever shook his "
            "hand believed they could flip him.\n\nThe Russian leaders met. He stole the 2020 election.\n\n"
            "Western leaders warned that he would fall.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[1] == [("Western", "West"), ("his", "Lukashenko"), ("him", "Lukashenko")]
    assert got[3] == [("He", "Lukashenko")]
    assert got[4] == [("he", "Lukashenko")]  # "Western" names who speaks: no mention


def test_a_person_target_s_surname_in_another_spelling_is_a_mention(nlp, params):
    # a Guardian-style story written for the check spells him "Lukashenka", as Belarusian media do; his wife
    # "Zelenska" and "Lukashevich" are other people
    finder = params_finder(params)
    text = ("Talks ended.\n\nLukashenka's regime jails critics, and Zelenskyy knows it.\n\nOlena Zelenska met Ivan "
            "Lukashevich.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[1] == [("Lukashenka", "Lukashenko"), ("Zelenskyy", "Zelenskiy")]
    assert got[2] == []


def test_he_after_a_surname_in_another_spelling_is_that_target(nlp, params):
    # an opinion column written for the check in the twenty-seventh session: "He wants to be paid by both sides." after
    # "Lukashenka does not want …" was no mention, the other spelling being no person pronouns may mean
    finder = params_finder(params)
    got = mention_lists(nlp, params, "Opinion\n\nLukashenka does not want to be a partner of the West. He wants to be "
                                     "paid by both sides.\n", finder)
    assert got[2] == [("He", "Lukashenko")]


def test_he_reported_by_a_plural_speaker_is_someone_else(nlp, params):
    # "Critics said he was …": "he" is not the critics (a story on a prisoner release written for the check)
    finder = params_finder(params)
    text = "Talks ended.\n\nLukashenko has sought better ties. Critics said he was simply trading hostages.\n"
    assert mention_lists(nlp, params, text, finder)[2] == [("he", "Lukashenko")]


def test_a_speaker_named_in_full_then_by_surname_is_one_person(nlp, params):
    # a story from Berlin written for the check: "He" in Merz's quote is Zelenskiy, not "Friedrich Merz" of the
    # sentence before, who is the "Merz" speaking
    finder = params_finder(params)
    text = ("Talks ended.\n\nGerman Chancellor Friedrich Merz praised Zelenskiy's courage. “He has shown the world what "
            "leadership means,” Merz said.\n")
    got = mention_lists(nlp, params, text, finder)
    assert got[2] == [("He", "Zelenskiy")]


def test_a_speaker_of_indirect_speech_stays_salient(nlp, params):
    # the speaker is no mention of their own words, but "his" in the next sentence is that speaker; "he added that"
    # reports speech like "he said that"
    finder = TargetFinder(params["label"]["targets"], params["label"]["people"])
    text = ("Lukashenko met Putin in Minsk.\n\nThe Ukrainian president made it clear that he considered Belarus a party to "
            "the war. In the same statement after his meeting with Lammy, he added that Lukashenko had lied.\n")
    got = mention_lists(nlp, params, text, finder)
    # "his" in the frame of his own report is the speaker's, no mention (twenty-fifth session; it was a mention of
    # Zelenskiy, and the seed's sentence of this form came out `against` him)
    assert got[2] == [("Lukashenko", "Lukashenko")]

def test_a_pronoun_after_a_leader_described_refers_to_that_leader(nlp, params):
    # "the Belarusian leader" is a person a pronoun can refer to, not the person named before him
    finder = TargetFinder(params["label"]["targets"], params["label"]["people"])  # as shipped
    text = ("Zelenskiy spoke on Monday.\n\nAnalysts said the Belarusian leader had little room to manoeuvre. “He has tied "
            "himself to Moscow,” said Anna Kovalenko.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    views = build_views(seg, finder)
    assert [(m.text, m.target) for m in views[-1].mentions] == [("He", "Lukashenko"), ("himself", "Lukashenko"), ("Moscow", "Putin")]

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


def test_a_named_source_that_spacy_misses_takes_the_pronoun(nlp, params):
    from pipeline.attribute import Attributor, attribute_one

    text = ("Putin sent troops to the border.\n"
            "On the ground at the start was a leader of the Belarus opposition-in-exile, Vadim Prokopiev.\n"
            "A one-time businessman in the capital, Minsk, he left Belarus in 2020.\n"
            "“We had proposed a response,” said Prokopiev.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    attribute_one(seg, Attributor(params["attribute"]))
    assert seg.sentences[3].source == "Vadim Prokopiev"
    vs = build_views(seg, TargetFinder(TARGETS, PEOPLE))
    assert ("Putin", "Putin", "name") in mentions(vs[0])
    assert not vs[2].mentions  # "he" is Prokopiev (tagged ORG by spaCy's small model), not the last target named


def test_source_surnames_keep_named_sources_only():
    from types import SimpleNamespace

    from pipeline.label import source_surnames

    sents = [SimpleNamespace(source=s) for s in ("author", "Vadim Prokopiev", "retired long-time US Government analyst", "Zelenskiy", None)]
    assert source_surnames(sents) == {"Prokopiev", "Zelenskiy"}


def test_stance_votes_of_one_kind_give_that_stance():
    # the seed's vote patterns (negative, positive, agent-of-harm, mentioned-without-evaluation, not-mentioned):
    # fit on every pair, the label model read the lone NONE vote of a mentioned target as `against`
    A, N, F = 2, 0, 1
    rows = ([[ABSTAIN] * 4 + [N]] * 313 + [[ABSTAIN, ABSTAIN, ABSTAIN, N, ABSTAIN]] * 52 + [[ABSTAIN] * 5] * 20
            + [[ABSTAIN, F, ABSTAIN, ABSTAIN, ABSTAIN]] * 14 + [[A, ABSTAIN, ABSTAIN, ABSTAIN, ABSTAIN]] * 11
            + [[ABSTAIN, ABSTAIN, A, N, ABSTAIN]] * 5 + [[A, ABSTAIN, A, ABSTAIN, ABSTAIN]] * 3)
    L = np.array(rows)
    mentioned = L[:, 4] == ABSTAIN
    p = stance_probs(L, mentioned, {"n_epochs": 500, "lr": 0.01, "seed": 13})
    assert p.shape == (len(rows), 3) and np.allclose(p.sum(1), 1)
    label = p.argmax(1)
    assert (label[:313] == N).all()  # not mentioned
    assert (label[313:365] == N).all()  # mentioned, only "no evaluation" voted
    assert (label[385:399] == F).all() and (label[399:410] == A).all() and (label[415:] == A).all()


def test_a_mentioned_target_no_function_votes_on_gets_no_weak_stance(nlp, params):
    text = ("Officials in Beijing met on Monday.\nAleksandr Lukashenko is a brutal dictator.\nThe bridge reopened.\n"
            "Beijing sent envoys, and the talks were a disaster.\n")
    seg = segment_articles([decode_article(text.encode(), "t.txt")], nlp, params["segment"])[0]
    views, labels = label_corpus([seg], {**params["label"], "targets": TARGETS, "people": PEOPLE})
    assert labels[0].stance["China"] == "none"  # "mentioned without evaluation" voted none
    assert labels[1].stance["Lukashenko"] == "against" and labels[1].stance["China"] == "none"  # not mentioned
    assert labels[2].stance == {"Lukashenko": "none", "Putin": "none", "China": "none"}
    assert "China" not in labels[3].stance  # mentioned, but the evaluation is about the talks: no function voted


def test_the_doer_of_a_harmful_act_is_not_mentioned_without_evaluation(nlp, params):
    from pipeline.label import AGAINST, NONE, lf_agent_of_harm, lf_mentioned_without_evaluation

    harm, plain = views_of(nlp, params, "Aleksandr Lukashenko will drag Belarus into the war.\nAleksandr Lukashenko flew to Minsk.\n")
    assert lf_agent_of_harm(harm, "Lukashenko") == AGAINST and lf_mentioned_without_evaluation(harm, "Lukashenko") == ABSTAIN
    assert lf_agent_of_harm(plain, "Lukashenko") == ABSTAIN and lf_mentioned_without_evaluation(plain, "Lukashenko") == NONE


def test_clause_walk_stops_at_a_root_spacy_did_not_label_root(nlp):
    from spacy.tokens import Doc

    from pipeline.label import _clause

    doc = Doc(nlp.vocab, words=["the", "sham"], heads=[1, 1], deps=["det", "dep"])
    assert _clause(doc[0]).i == 1


def test_a_negator_in_the_phrase_turns_praise_around(nlp, params):
    from pipeline.label import AGAINST, lf_negative_evaluation, lf_positive_evaluation

    chance, hardly = views_of(nlp, params, "There is no chance of a kinder Aleksandr Lukashenko.\n"
                                           "The summit was hardly a triumph for Aleksandr Lukashenko.\n")
    for v in (chance, hardly):
        assert lf_positive_evaluation(v, "Lukashenko") == ABSTAIN
        assert lf_negative_evaluation(v, "Lukashenko") == AGAINST


def test_praise_inside_someone_s_hope_is_no_favour(nlp, params):
    from pipeline.label import FAVOR, lf_positive_evaluation

    hope, joined, plain = views_of(nlp, params, "Aleksandr Lukashenko hopes the envoys will praise his courage.\n"
                                                "Aleksandr Lukashenko hopes the envoys will come and will say they admire his courage.\n"
                                                "The envoys praise the courage of Aleksandr Lukashenko.\n")
    assert lf_positive_evaluation(hope, "Lukashenko") == ABSTAIN
    assert lf_positive_evaluation(joined, "Lukashenko") == ABSTAIN  # the second of two verbs the hope governs
    assert lf_positive_evaluation(plain, "Lukashenko") == FAVOR


def test_harm_done_to_the_target_is_no_evaluation_of_it(nlp, params):
    from pipeline.label import AGAINST, lf_negative_evaluation

    doer, agent, patient = views_of(nlp, params, "Beijing could invade Minsk.\nMinsk could be invaded by Beijing.\n"
                                                  "Troops may invade Beijing.\n")
    assert lf_negative_evaluation(doer, "China") == AGAINST
    assert lf_negative_evaluation(agent, "China") == AGAINST  # "by Beijing": Beijing still does the invading
    assert lf_negative_evaluation(patient, "China") == ABSTAIN  # Beijing is the one invaded


def test_evaluative_words_are_read_in_context(nlp, params):
    from pipeline.label import AGAINST, NONE, lf_mentioned_without_evaluation, lf_negative_evaluation

    agent, kind, never = views_of(nlp, params, "Aleksandr Lukashenko became a double-agent.\n"
                                               "Aleksandr Lukashenko signed this kind of deal.\n"
                                               "Aleksandr Lukashenko was never a double-agent.\n")
    assert lf_negative_evaluation(agent, "Lukashenko") == AGAINST  # "double-agent" is one word to the lexicon
    assert lf_negative_evaluation(never, "Lukashenko") == ABSTAIN  # ... and is read under negation like any word
    assert lf_mentioned_without_evaluation(kind, "Lukashenko") == NONE  # "kind of" is not kindness


def test_an_evaluation_is_aimed_at_whom_the_parse_says(nlp, params):
    # twenty-fifth session: the seed's "… a nation not “officially” one of the parties to the war between Ukraine and
    # its much larger neighbor" was `against` Ukraine's side through VADER's "parties" (fun) under "not"
    from pipeline.label import AGAINST, lf_negative_evaluation

    party, bombs = views_of(nlp, params, "Beijing is not one of the parties to the war.\n"
                                         "Beijing kept building bombs.\n")
    assert party.evaluations() == []  # a party to a war, or a political party, is no evaluation
    assert bombs.evaluations() == []  # "bombs" is topical, and so by its lemma
    assert lf_negative_evaluation(party, "China") != AGAINST


def test_a_word_governing_a_mention_from_another_clause_is_not_aimed_at_it(nlp, params):
    from pipeline.label import AGAINST, lf_negative_evaluation

    other, same, inside = views_of(nlp, params, "Like the thrusts that rolled out of Beijing, it failed.\n"
                                                 "Beijing failed to reach its objective.\n"
                                                 "The troops, whom Beijing sent, were brutal.\n")
    assert lf_negative_evaluation(other, "China") != AGAINST  # "failed" is the thrust's, in the main clause
    assert lf_negative_evaluation(same, "China") == AGAINST  # Beijing is the subject of "failed"
    assert lf_negative_evaluation(inside, "China") != AGAINST  # "brutal" is the troops'


def test_a_participant_of_a_negative_event_is_not_its_target(nlp, params):
    from pipeline.label import AGAINST, lf_negative_evaluation

    between, of, by = views_of(nlp, params, "It was a vicious war between Beijing and its neighbour.\n"
                                            "It showed the cruelty of Beijing.\n"
                                            "It was a vicious assault by Beijing.\n")
    assert lf_negative_evaluation(between, "China") != AGAINST  # Beijing is one side of the war, not judged by it
    assert lf_negative_evaluation(of, "China") == AGAINST  # "the cruelty of Beijing" is Beijing's
    assert lf_negative_evaluation(by, "China") == AGAINST  # the assault is done by Beijing


def test_a_negated_verb_does_not_turn_its_subject_around(nlp, params):
    # twenty-fifth session: the seed's "Any pretense of him not being a direct party …" (spaCy makes "pretense" the
    # subject of "not being") read the pretense as praise
    from pipeline.label import AGAINST, FAVOR, lf_negative_evaluation, lf_positive_evaluation

    lies, hardly = views_of(nlp, params, "Beijing's lies did not stop.\n"
                                         "The talks were not a triumph for Beijing.\n")
    assert lf_negative_evaluation(lies, "China") == AGAINST  # the lies stay lies
    assert lf_positive_evaluation(lies, "China") != FAVOR
    assert lf_negative_evaluation(hardly, "China") == AGAINST  # the predicate is in the verb's scope, as before


def test_a_booster_idiom_is_no_evaluation(nlp, params):
    # thirty-ninth session: "Make no mistake: Lukashenko is a dictator …" summed VADER-style to -1.0 (the idiom's
    # "mistake" under "no" read as +2.0 praise), so no function called it `against`
    from pipeline.label import AGAINST, FAVOR, lf_negative_evaluation, lf_positive_evaluation

    mistake, doubt, plain = views_of(nlp, params, "Make no mistake: Aleksandr Lukashenko is a dictator.\n"
                                                  "There is no doubt that Aleksandr Lukashenko is a hero.\n"
                                                  "It was no mistake of Aleksandr Lukashenko.\n")
    assert [t.text for t, _ in mistake.evaluations()] == ["dictator"]
    assert lf_negative_evaluation(mistake, "Lukashenko") == AGAINST
    assert [t.text for t, _ in doubt.evaluations()] == ["hero"]  # the doubt denied is certainty, not praise
    assert lf_positive_evaluation(doubt, "Lukashenko") == FAVOR
    assert lf_positive_evaluation(plain, "Lukashenko") == FAVOR  # outside the idiom a denied mistake still counts


@pytest.mark.parametrize("sentence", [
    "Aleksandr Lukashenko is a tyrant.",
    "Aleksandr Lukashenko is a despot.",
    "Aleksandr Lukashenko and his thugs beat protesters.",
    "Aleksandr Lukashenko runs a brutal dictatorship.",
    "Aleksandr Lukashenko is a traitor to his people.",
    "Aleksandr Lukashenko leads a barbaric crackdown.",
])
def test_names_for_a_ruler_s_abuse_of_power_are_against_him(nlp, params, sentence):
    from pipeline.label import AGAINST, lf_negative_evaluation

    (v,) = views_of(nlp, params, sentence + "\n")
    assert lf_negative_evaluation(v, "Lukashenko") == AGAINST


@pytest.mark.parametrize(("sentence", "target", "expected"), [
    # who condemns, praises or accuses voices a view; the one condemned, praised or accused is its target
    ("Beijing condemned the strikes on civilians.", "China", None),
    ("Beijing's envoys condemned the strikes on civilians.", "China", None),
    ("Beijing denounced the sanctions as illegal.", "China", None),
    ("The strikes were condemned by Beijing.", "China", None),
    ("Beijing praised the ceasefire.", "China", None),
    ("Aleksandr Lukashenko praised Beijing.", "Lukashenko", None),
    # ... and the one judged is judged in the judge's own voice; a report of it reads as any other word (BASIL's
    # convention: "Frank praised Cowan" is `favor` Cowan, "They have criticized Nuland" no `against`)
    ("We condemn Beijing.", "China", "against"),
    ("We strongly condemn Beijing for the crackdown.", "China", "against"),
    ("I praise Beijing.", "China", "favor"),
    ("The envoys condemned Beijing.", "China", None),
    ("Beijing was condemned by the envoys.", "China", None),
    ("Aleksandr Lukashenko praised Beijing.", "China", "favor"),
])
def test_who_voices_an_evaluation_is_not_its_target(nlp, params, sentence, target, expected):
    # forty-fifth session: a UN story written for the check, "Western members of the Security Council condemned
    # missile strikes …", was `against` the West; "We condemn Beijing" was against no one (the object of a negative
    # verb was read as its victim, as in "Troops may invade Beijing")
    from pipeline.label import AGAINST, FAVOR, lf_negative_evaluation, lf_positive_evaluation

    (v,) = views_of(nlp, params, sentence + "\n")
    votes = {"against": lf_negative_evaluation(v, target) == AGAINST, "favor": lf_positive_evaluation(v, target) == FAVOR}
    assert [k for k, on in votes.items() if on] == ([expected] if expected else [])


def test_a_side_of_a_praised_role_is_not_praised(nlp, params):
    # forty-fifth session: a letter written for the check, "… Lukashenko could be a useful mediator between Kyiv and
    # Moscow", was `favor` Kyiv
    from pipeline.label import FAVOR, lf_positive_evaluation

    (v,) = views_of(nlp, params, "Aleksandr Lukashenko could be a useful mediator between Beijing and Moscow.\n")
    assert lf_positive_evaluation(v, "Lukashenko") == FAVOR
    assert lf_positive_evaluation(v, "China") != FAVOR


@pytest.mark.parametrize(("sentence", "target", "expected"), [
    ("Two of Beijing's former partners praised its restraint.", "China", "favor"),  # the partners are not Beijing
    ("No one is a better negotiator than Aleksandr Lukashenko.", "Lukashenko", "favor"),  # compared, not a participant
])
def test_who_voices_it_is_the_subject_s_head_and_a_comparison_is_aimed(nlp, params, sentence, target, expected):
    test_who_voices_an_evaluation_is_not_its_target(nlp, params, sentence, target, expected)


def test_a_verb_whose_object_is_nothing_is_negated(nlp, params):
    # forty-fifth session: BASIL's "… meaning he won nothing concrete" read "won" as praise
    from pipeline.label import AGAINST, FAVOR, lf_negative_evaluation, lf_positive_evaluation

    (v,) = views_of(nlp, params, "Beijing won nothing at the talks.\n")
    assert lf_positive_evaluation(v, "China") != FAVOR
    assert lf_negative_evaluation(v, "China") == AGAINST
