"""Cue finders: spans in a parsed sentence that signal hedging, speculation, certainty, evaluation or a technique.

Each finder reads spaCy's parse of one sentence (a `Span`) and returns `Cue`s with character offsets into the
article. The labeling functions in `label.py` vote from these cues; `framing analyze` reports them as evidence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from pipeline.records import Cue

EPISTEMIC_MODALS = {"may", "might", "could"}
EPISTEMIC_ADVERBS = {
    "perhaps", "probably", "possibly", "maybe", "likely", "unlikely", "apparently", "allegedly", "reportedly",
    "presumably", "seemingly", "supposedly", "arguably", "conceivably", "somehow", "purportedly", "ostensibly",
}
EPISTEMIC_ADJ = {"possible", "likely", "unlikely", "probable", "suspected", "alleged", "potential", "uncertain", "unclear",
                 "doubtful", "plausible", "conceivable", "unconfirmed", "unverified"}
EPISTEMIC_NOUNS = {"possibility", "likelihood", "probability", "speculation", "rumor", "rumour", "suspicion"}
DOXASTIC_VERBS = {
    "think", "believe", "hope", "suspect", "assume", "suppose", "guess", "claim", "consider", "expect", "seem",
    "appear", "doubt", "fear", "speculate", "presume", "allege", "estimate", "imagine", "feel", "assess", "suggest",
    "rumor", "rumour",
}
# "too early to say how many …", "hard to tell who fired first", "impossible to verify": what cannot (yet) be known
KNOWING_VERBS = {"say", "tell", "know", "judge", "verify", "determine", "confirm", "establish", "assess", "predict"}
# "fears that the war will spread", "the belief that sanctions work": a belief noun with a that-clause
BELIEF_NOUNS = {"fear", "hope", "belief", "expectation", "assumption", "impression"}
# "There are signs that Minsk is preparing troops": evidence that points to a proposition it does not assert
EVIDENCE_NOUNS = {"sign", "indication"}
# "There is a real risk that the conflict spreads", "a chance that talks resume": a possibility with a that-clause
# ("no chance that" is certainty: booster_cues)
POSSIBILITY_NOUNS = {"risk", "chance", "danger"}
INVESTIGATION_VERBS = {"investigate", "examine", "wonder", "ask", "question", "probe", "study", "test"}
CERTAINTY_ADJ = {"positive", "sure", "certain", "convinced", "confident", "clear", "obvious", "undeniable"}
BOOSTER_ADVERBS = {
    "absolutely", "clearly", "certainly", "definitely", "undoubtedly", "obviously", "surely", "really", "always",
    "never", "truly", "indeed", "undeniably", "unquestionably", "doubtless", "plainly", "evidently", "totally",
    "inevitably", "indisputably", "unmistakably", "conclusively", "incontestably",  # Hyland (2005)'s boosters
}
# Words that put a proposition itself beyond doubt, whoever holds it ("War is inevitable", "the undeniable fact"),
# unlike a speaker's certainty ("I'm sure"), which needs a first- or second-person subject
CERTAIN_PROPOSITION_ADJ = {"inevitable", "undeniable", "indisputable", "unquestionable", "incontrovertible",
                           "irrefutable", "incontestable", "undisputed", "unmistakable"}
# Nouns of power or rank: "the undisputed leader", "the undisputed rule of …" name a power no one challenges, no
# proposition put beyond doubt ("an undisputed fact" is one)
RANK_NOUNS = {"rule", "ruler", "leader", "leadership", "champion", "championship", "control", "king", "queen", "master",
              "authority", "power", "dominance", "winner", "owner", "heir", "favorite", "favourite", "star", "head",
              "boss", "superpower", "hegemony", "hegemon", "sovereignty", "title", "number", "frontrunner"}
# "It is certain that …", "It is obvious that …": a certainty adjective whose subject is the clause it introduces
# ("it is clear", "it is evident" are phrases above)
IMPERSONAL_CERTAINTY_ADJ = {"certain", "obvious"}
BOOSTER_PHRASES = (
    "the fact is", "as we know", "as everyone knows", "of course", "no doubt", "no chance", "without doubt",
    "without a doubt", "without any doubt", "there is no question", "you will see", "you'll see", "it is clear", "it's clear",
    "in fact", "beyond doubt", "no question", "without question", "beyond dispute", "it is evident", "it's evident",
    "make no mistake", "little doubt", "goes without saying", "go without saying", "shadow of a doubt",
    "beyond any doubt", "beyond all doubt", "for a fact", "the truth is that", "the truth is,", "no secret that",
    "there is no way", "there's no way",  # not "there is no way to know whether …" (skipped in booster_cues)
    "what is clear is", "what's clear is", "what is certain is", "what's certain is", "what is obvious is",
)
PREDICTION_VERBS = {"predict", "forecast", "foresee", "project", "anticipate", "warn"}
FUTURE_TIME = {"tomorrow", "soon", "next", "later", "eventually", "future", "upcoming", "coming"}
VOLITION = {"like", "love", "prefer", "rather"}
# "is expected to", "is likely to", "is due to", "is going to" + an infinitive: an event put ahead (_prediction_frame)
FRAME_WORDS = {"expect", "likely", "unlikely", "due", "set", "poised", "bound", "about", "going", "sure", "certain"}
# "could" of a past ability: "Two years ago they could still travel", "Residents could hear explosions"
PAST_TIME = {"ago", "yesterday", "earlier", "previously", "formerly"}
TIME_NOUNS = {"night", "week", "month", "year", "summer", "winter", "spring", "autumn", "fall", "time", "weekend"}
PERCEPTION_VERBS = {"hear", "smell"}
# Verbs that name a state, not an event: "may have a legal basis" estimates the present, "might collapse" does not.
STATIVE_VERBS = {
    "be", "have", "seem", "appear", "know", "mean", "need", "want", "belong", "contain", "cost", "matter", "remain",
    "exist", "depend", "include", "involve", "own", "lack", "deserve", "equal", "consist", "resemble", "represent",
    "weigh", "fit", "explain", "reflect", "indicate", "suggest",
}
ARGUING_VERBS = {"argue", "say", "claim", "contend", "make", "point", "add", "note"}  # "one could make the case"


def _cue(tok_or_span, type_: str, label: str) -> Cue:
    start = tok_or_span.idx if hasattr(tok_or_span, "idx") else tok_or_span.start_char
    end = start + len(tok_or_span.text)
    return Cue(tok_or_span.text, start, end, type_, label)


def _that_follows(tok) -> bool:
    """'fears that the war will spread': 'that' opening a clause right after the noun, not a relative pronoun
    ('the fear that gripped the city')."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ == "that" and nxt.pos_ == "SCONJ"


def _existential_clause(tok) -> bool:
    """'There is a real chance, however, that Russia will …', 'There is a good chance Minsk will refuse': the
    possibility an existential "there is" states, with its clause set off from the noun or without "that" (not "the
    last chance we had", a relative clause of no existential)."""
    be = tok.head
    if tok.dep_ != "attr" or not any(c.dep_ == "expl" for c in be.children):
        return False
    return any(c.dep_ == "relcl" and c.i > tok.i and any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ not in ("WP", "WDT")
                                                          for g in c.children) for c in tok.children) or any(
        c.dep_ == "ccomp" and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in be.children)


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children) or any(c.dep_ == "neg" for c in tok.head.children if tok.dep_ == "acomp")


NEGATIVE_SUBJECTS = {"nobody", "none", "noone", "neither", "nothing"}
CLOSERS = " \"'”’)»"  # what may follow a sentence's final mark
QUALIFIERS = {"almost", "nearly", "less"}  # "almost certainly": a probability; "less sure": a doubt; no certainty


def _no_one_subject(verb) -> bool:
    """'Nobody can doubt …', 'No one is certain …', 'None of us doubted …', 'Neither side is …': a subject that
    names no one."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (subj.lower_ in NEGATIVE_SUBJECTS
                                 or any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children))


def _clause_verb(tok):
    """The verb of the clause a word sits in: up the parse from an adverb or adjective ('really' -> 'interested' ->
    'is' in "Neither side is really interested"), at most four steps."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
            return tok
        tok = tok.head
    return tok


def _wish_or_permission(modal) -> bool:
    """'May God give them strength', '“May he rest in peace”', 'May I ask …?' (a "may" before its subject), and 'You
    may opt out at any time' (a "you" allowed to do something): no proposition is put as uncertain. 'You may be
    right' (a state) is a hedge still."""
    if modal.lower_ != "may":
        return False
    head = modal.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if _first_word(modal.sent).i == modal.i and subj.i > modal.i:
        return True
    return subj.lower_ == "you" and head.pos_ == "VERB" and lemma(head) not in STATIVE_VERBS


# a manner of speaking or seeing, not a certainty: "said clearly", "spoke clearly", "see clearly"
MANNER_VERBS = {"say", "speak", "state", "explain", "write", "communicate", "articulate", "express", "see", "hear",
                "think", "define", "mark", "label", "read", "talk", "pronounce", "describe"}


def _manner(adverb) -> bool:
    """'It needs to be said clearly that …', 'She spoke clearly': "clearly" after a verb of speaking or seeing says
    how, not how sure ("He clearly lied", "This clearly shows" stay boosters)."""
    head = adverb.head
    return adverb.lower_ == "clearly" and head.i < adverb.i and lemma(head) in MANNER_VERBS


def find_phrase(low: str, phrase: str) -> int:
    """The first place `phrase` occurs in `low` as whole words ("within factories" holds no "in fact", "no questions"
    no "no question"), or -1."""
    i = low.find(phrase)
    while i >= 0 and not ((i == 0 or not low[i - 1].isalnum())
                          and (i + len(phrase) >= len(low) or not low[i + len(phrase)].isalnum())):
        i = low.find(phrase, i + 1)
    return i


def _plain_no_question(sent, start: int) -> bool:
    """"No question is asked …", "no question of him being held": "no question" as a plain noun phrase (a subject, an
    object, or with "of"), not the idiom "No question, he lied" / "He is, no question, the best"."""
    for tok in sent:
        if tok.idx == start and tok.lower_ == "no" and tok.head.lower_ == "question":
            q = tok.head
            return (q.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                    or any(c.dep_ == "prep" and c.lower_ == "of" for c in q.children))
    return False


def _denied_doubt(tok) -> bool:
    """'I don't doubt that', 'We never doubted it', 'Nobody can doubt his resolve', 'No one doubts that …': a doubt
    denied, by a negation or by a subject that names no one, is a statement of certainty, not a hedge."""
    if tok.lemma_.lower() != "doubt" or tok.pos_ != "VERB":
        return False
    return _negated(tok) or _no_one_subject(tok)


def _everyone_knows(tok) -> bool:
    """'Everyone knows what happens next', 'Everybody knows that he lost', 'Everyone understands that …', 'Everyone in
    Belarus knows this' (the claim just made): a claim put beyond question; not 'Not everyone knows …', nor knowing a
    person or a thing ('Everyone knows him')."""
    if tok.pos_ != "VERB" or lemma(tok) not in ("know", "understand") or _negated(tok):
        return False
    if tok.tag_ not in ("VBZ", "VBD"):  # "… that everybody who has been hurt know …", "Everyone should know …": a wish
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.lower_ in ("everyone", "everybody")
            and any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lower_ in ("this", "that", "it")) for c in tok.children))


def _impersonal_that_clause(adj) -> bool:
    """"It is certain that the talks will fail": the adjective's verb has the placeholder "it" for a subject and a
    that-clause (on the verb or the adjective); not "It is certain to rain" (a prediction framed ahead)."""
    verb = adj.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subj is None or subj.lower_ != "it":
        return False
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in (*verb.children, *adj.children))


def _qualified(tok) -> bool:
    """"almost certainly", "nearly certain", "less sure": a certainty word qualified into a probability or a doubt
    (also where the parser hangs both words on the verb: "Belarus will almost certainly host more troops")."""
    if any(c.dep_ == "advmod" and c.lower_ in QUALIFIERS for c in tok.children):
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ in QUALIFIERS and prev.dep_ == "advmod" and prev.head == tok.head


# spaCy's small English lemmatizer gets a few of these wrong ("hoping" -> "hop").
LEMMA_FIXES = {"hoping": "hope", "hopes": "hope", "hoped": "hope"}


def lemma(tok) -> str:
    return LEMMA_FIXES.get(tok.lower_, tok.lemma_.lower())


def _weighs(tok, kids: set[str]) -> bool:
    """'consider' as weighing, not believing: an object and no complement saying what it is held to be ("considered
    as definitive", "considers it a threat", "considered the idea … to be"), and an imperative ("Consider the
    record."), a progressive ("were considering a merger") or a modal ("will consider the proposal")."""
    if kids & {"ccomp", "xcomp", "oprd", "advcl"} or any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
        return False
    if not kids & {"dobj"}:
        return False
    imperative = not kids & {"nsubj", "nsubjpass"} and tok.tag_ == "VB"
    progressive = tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children)
    modal = any(c.tag_ == "MD" for c in tok.children)
    return imperative or progressive or modal


def _left_open(verb) -> bool:
    """'An attack cannot be ruled out', 'did not rule out new strikes', 'Nobody can rule it out', 'refused to rule out
    a second front', 'could not be excluded': a possibility not excluded; not 'Doctors ruled out a heart attack'."""
    if not (lemma(verb) == "exclude" or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)):
        return False  # "rule out" and "exclude" ("escalation could not be excluded")
    return (_negated(verb) or _no_one_subject(verb)
            or (verb.dep_ == "xcomp" and lemma(verb.head) in ("refuse", "decline") and not _negated(verb.head)))


def _what_appears(verb) -> bool:
    """"appears to be losing", "It appears that …", "appeared tired", "appeared as if he had not slept": "appear" with
    what seems so; not "appeared in several films" or "appears on state television", which say where someone was."""
    return any(c.dep_ in ("xcomp", "ccomp", "acomp", "attr", "oprd") for c in verb.children) or _as_though(verb)


def _as_though(verb) -> bool:
    """'It looks as though they panicked', 'it looks like the West wants …', 'appeared as if he had not slept': a
    clause of what seems so."""
    return any(c.dep_ == "advcl" and c.i > verb.i and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "though", "if", "like")
                                         for m in c.children)
               for c in verb.children)


def _quoted_question(verb, clause) -> bool:
    """'“Where is the bid?” asked an analyst', 'She asked, “Do you have …?”': the asked clause is a direct question in
    quotation marks (before the verb, or after it behind a quotation mark), not an embedded one ("asked how …")."""
    doc = verb.doc
    if clause.i < verb.i:
        return any(t.is_quote or t.text == "?" for t in doc[clause.right_edge.i : verb.i])
    return any(t.is_quote for t in doc[verb.i + 1 : clause.left_edge.i + 1])


def _could_of_fact(modal) -> bool:
    """A "could" that puts nothing as uncertain: an inability ("could not be reached for comment", "couldn't hide his
    anger"), a purpose ("so that he could be held"), a past sight or sound ("Smoke could be seen rising", "Residents
    could hear explosions"; not "could be seen as a provocation", a view). None is a Szeged cue; "could not possibly"
    keeps its hedge in "possibly"."""
    if modal.lower_ != "could":
        return False
    head = modal.head
    if _negated(head):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "so" for c in head.children):
        return True
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = subj.left_edge.i - 1 if subj is not None else -1
    if before >= modal.sent.start and head.doc[before].lower_ == "so":
        return True  # "so stranded travellers could clear customs" (a "so" the parser leaves outside the clause)
    if lemma(head) in PERCEPTION_VERBS:
        return True  # "Residents could hear explosions"
    return (lemma(head) in ("see", "hear") and any(c.dep_ == "auxpass" for c in head.children)
            and not any(c.dep_ == "prep" and c.lower_ == "as" for c in head.children))


def _possible_extreme(adj) -> bool:
    """ "as low as possible", "the fastest possible ratification", "the worst possible time": the extreme of a scale,
    no possibility weighed."""
    if adj.lower_ != "possible" or adj.i == adj.sent.start:
        return False
    prev = adj.doc[adj.i - 1]
    return prev.lower_ in ("as", "maximum", "minimum") or prev.tag_ in ("JJS", "RBS")


def _not_known(verb) -> bool:
    """ "Little is known about …", "It is not known how many …", "Nobody knows how many died", "We don't know what
    they want": what nobody knows is left open. Not what is known ("is known for his temper"), nor a fact not known
    ("did not know that the border had closed"), nor a person not known ("I don't know him")."""
    if lemma(verb) != "know" or verb.pos_ not in ("VERB", "AUX"):
        return False
    kids = list(verb.children)
    subj = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if subj is not None and (subj.lower_ == "little" or (subj.lower_ == "much" and any(c.dep_ == "neg" for c in subj.children))):
        return True  # "Little is known", "Not much is known"
    if not (_negated(verb) or _no_one_subject(verb)):
        return False
    if subj is not None and subj.lower_ == "it":
        return True  # "It is not known how many …" (or "… whether", which is a cue of its own too)
    return any(c.dep_ == "ccomp" and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and c.left_edge.tag_ in ("WRB", "WP", "WDT", "IN") for c in kids)


SPEAKER_NOUNS = {"official", "spokesman", "spokeswoman", "spokesperson", "minister", "president", "leader", "government",
                 "ministry", "company", "executive", "diplomat", "source", "he", "she", "they", "i", "we", "you"}


def _subject_is_person(verb, dep: str, pos: tuple[str, ...] = ()) -> bool:
    """The verb's subject (of the given dependency) is someone who speaks or is appointed: a pronoun for a person, a
    person's or an organisation's name, or a word for a speaker ("officials", "the minister"); with `pos`, any word of
    those parts of speech."""
    subj = next((c for c in verb.children if c.dep_ == dep), None)
    if subj is None:
        return False
    return (subj.pos_ in pos or subj.lower_ in SPEAKER_NOUNS or lemma(subj) in SPEAKER_NOUNS
            or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"))


def _cannot_tell(adj) -> bool:
    """ "It is too early to say how many …", "It is hard to tell who fired first", "The exact number is impossible to
    verify": knowing or saying put out of reach; not "hard to believe" (incredulity) nor "too early to leave"."""
    if adj.pos_ != "ADJ" or adj.lower_ not in ("hard", "difficult", "impossible", "early", "soon"):
        return False
    if adj.lower_ in ("early", "soon") and not any(c.dep_ == "advmod" and c.lower_ == "too" for c in adj.children):
        return False
    verbs = [c for c in (*adj.children, *adj.head.children) if c.dep_ == "xcomp"] if adj.dep_ == "acomp" else \
        [c for c in adj.children if c.dep_ == "xcomp"]
    return any(lemma(v) in KNOWING_VERBS for v in verbs)


INCREDULOUS_ADJ = {"hard", "difficult", "impossible"}


def _incredulity(verb) -> bool:
    """'He still could not believe he was free', 'The others couldn't believe their eyes', 'It is hard to believe that
    the war began three years ago': "believe" under a negated "can" or after "hard/difficult/impossible to" voices
    astonishment at what is the case, no belief held with doubt (Szeged's wiki training sentences leave both
    unhedged). "I do not believe the war will end" is a belief, negated, and "I could believe that" a possibility."""
    if lemma(verb) != "believe":
        return False
    kids = list(verb.children)
    if any(c.tag_ == "MD" and c.lemma_.lower() in ("can", "could", "ca") for c in kids) and any(c.dep_ == "neg" for c in kids):
        return True
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return False
    head = verb.head
    return head.lower_ in INCREDULOUS_ADJ or any(c.dep_ == "acomp" and c.lower_ in INCREDULOUS_ADJ for c in head.children)


# words after which a sentence puts its auxiliary before the subject with no condition: "Never had he seen", "Only
# then had the army moved", "so had she", "Nor should we forget"
INVERTING_WORDS = {"never", "rarely", "seldom", "hardly", "scarcely", "barely", "only", "then", "so", "nor", "neither",
                   "little", "not", "also", "too"}

NO_INVERTED_SUBJECT = {"each", "all", "both", "him", "her", "them", "me", "us"}


def _inverted_condition(tok) -> bool:
    """'Should the ceasefire collapse, …', 'Had the West acted sooner, …', 'Were it not for the sanctions, …', '… would
    flood the border should talks fail': a condition put by "should", "had" or "were" before its subject, with no
    "if". Not a question ('Should Minsk be worried?') nor "should" after its subject ('Minsk should be worried')."""
    if tok.lower_ not in ("should", "had", "were") or tok.sent.text.rstrip().rstrip("\"”’'").endswith("?"):
        return False
    if _first_word(tok.sent).i == tok.i:  # opening the sentence: a condition when a main clause follows a comma
        return any(t.text == "," for t in tok.doc[tok.i + 1 : tok.sent.end])
    # inside the sentence: an auxiliary ("… should talks fail", "The talks, had they started earlier, …") or a
    # "were" with its infinitive ("were Minsk to join"), before its subject, after a clause with its own subject (not
    # "Among the dead were two children", "What had they done", "Never had he seen")
    aux = tok.dep_ in ("aux", "auxpass")
    clause = tok.head if aux else tok
    if not aux and not (tok.lower_ == "were" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                                     for c in tok.children)):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > tok.i and c.lower_ not in NO_INVERTED_SUBJECT
               for c in clause.children):
        return False  # (not "X and Y had each held", "had him detained": a floating "each", a causative's object)
    if tok.nbor(-1).tag_ in ("WDT", "WP", "WRB", "IN", "CC") or tok.nbor(-1).lower_ in INVERTING_WORDS:
        return False
    return clause.dep_ != "ROOT" or any(t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i for t in tok.sent)


def _pending_until(tok) -> bool:
    """ "until" opening a clause in the present ("stay until Minsk frees them", "until an offer is made"): a condition
    not yet met, which Szeged marks as a conditional cue; "until the end of the month" (a time) and "until it reached
    the river" (a clause in the past) are plain limits in time."""
    if tok.lower_ != "until" or tok.dep_ != "mark" or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok.head
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _imperative(tok) -> bool:
    """'Consider how …', '“Now imagine that …': a base-form main verb without a subject, opening its sentence (after
    punctuation, a conjunction or an adverb at most)."""
    before = tok.doc[tok.sent.start : tok.i]
    return (tok.tag_ == "VB" and tok.dep_ in ("ROOT", "ccomp") and all(t.is_punct or t.pos_ in ("CCONJ", "ADV") for t in before)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children))


def hedge_cues(sent) -> list[Cue]:
    """Epistemic, doxastic, conditional and investigation cues (CoNLL-2010 / Szeged definition of uncertainty)."""
    out: list[Cue] = []
    low = sent.text.lower()
    for tok in sent:
        lem, lower = lemma(tok), tok.lower_
        if tok.tag_ == "MD" and lower in EPISTEMIC_MODALS:
            if not _wish_or_permission(tok) and not _could_of_fact(tok):
                out.append(_cue(tok, "epistemic", "hedged"))
        elif lower in EPISTEMIC_ADVERBS and tok.pos_ in ("ADV", "ADJ"):
            out.append(_cue(tok, "epistemic", "hedged"))
        elif _possible_extreme(tok):
            continue  # "as low as possible", "the fastest possible ratification"
        elif lower in EPISTEMIC_ADJ and tok.pos_ == "ADJ" or (lower in ("suspected", "alleged") and tok.dep_ == "amod"):
            out.append(_cue(tok, "epistemic", "hedged"))
        elif lem in EPISTEMIC_NOUNS and tok.pos_ == "NOUN":
            out.append(_cue(tok, "epistemic", "hedged"))
        elif lem in BELIEF_NOUNS and tok.pos_ == "NOUN" and _that_follows(tok):
            out.append(_cue(tok, "doxastic", "hedged"))
        elif lem in EVIDENCE_NOUNS and tok.pos_ == "NOUN" and _that_follows(tok):
            out.append(_cue(tok, "epistemic", "hedged"))
        elif lem in POSSIBILITY_NOUNS and tok.pos_ == "NOUN" and (_that_follows(tok) or _existential_clause(tok)) and not any(
                c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            out.append(_cue(tok, "epistemic", "hedged"))  # "a real risk that the conflict spreads"
        elif lem in ("verify", "confirm") and tok.pos_ == "VERB" and _negated(tok) and not _subject_is_person(tok, "nsubjpass"):
            out.append(_cue(tok, "epistemic", "hedged"))  # "could not be independently verified": a claim left open
        elif lem == "indicate" and tok.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in tok.children) and not \
                _subject_is_person(tok, "nsubj", ("PROPN",)):
            out.append(_cue(tok, "doxastic", "hedged"))  # "Some reports indicate that …" (not "Kellogg indicated that …")
        elif lower in ("seem", "seems", "seemed") and tok.pos_ == "AUX":
            out.append(_cue(tok, "doxastic", "hedged"))  # "seems designed to …" (parsed as a passive auxiliary)
        elif lem in ("rule", "exclude") and tok.pos_ == "VERB" and _left_open(tok):
            out.append(_cue(tok, "epistemic", "hedged"))  # "cannot be ruled out", "did not rule out new strikes"
        elif lem in DOXASTIC_VERBS and tok.pos_ == "VERB":
            # "think about how to provoke them" is not a belief: a doxastic verb needs a clause or object
            kids = {c.dep_ for c in tok.children}
            if lem in ("imagine", "suppose") and _imperative(tok):
                out.append(_cue(tok, "conditional", "hedged"))  # "Imagine for a moment that …": a hypothesis
                continue
            if lem == "consider" and (_weighs(tok, kids) or _imperative(tok)):
                continue  # "Consider the record", "Consider how …", "will consider the proposal": weighing, no belief
            if _denied_doubt(tok):
                continue  # "Nobody should doubt that": certainty (booster_cues), no hedge
            if _incredulity(tok):
                continue  # "could not believe he was free", "hard to believe that …": astonishment, no belief
            if _no_one_subject(tok) and lem not in ("seem", "appear", "suggest"):
                # "Nobody seriously believes that", "No one expects …": a belief nobody holds, rejected (the subject of
                # "seem" is what is believed: "No characteristics seemed to predict it" is a hedge)
                continue
            if lem == "feel" and not kids & {"ccomp", "xcomp", "oprd", "advcl"}:
                continue  # "felt the blast", "feels every sanction": a thing felt, no belief ("feel that …" is one)
            if lem == "appear" and not _what_appears(tok):
                continue  # "She appeared in several films", "appeared before parliament": showing up, no belief
            if lem == "assume" and not kids & {"ccomp", "advcl", "xcomp"}:
                continue  # "assumed control of the plant", "will assume $22 million of debt": taken on, not believed
            if lem == "expect" and not kids & {"ccomp", "xcomp", "advcl"} and any(
                    c.dep_ == "prep" and c.lower_ in ("from", "of") for c in tok.children):
                continue  # "what Ukraine expects from its allies": a demand made of someone, no belief
            if lem == "hope" and "xcomp" in kids and "ccomp" not in kids:
                continue  # "The company hopes to expand": an intention, no proposition believed ("hopes the talks will …" is one)
            if lem == "claim" and not kids & {"ccomp", "xcomp", "oprd", "advcl"} and not any(
                    c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children):
                continue  # "claimed a victory", "has claimed thousands of lives": a thing taken ("what he claimed were" is a claim)
            if kids & {"ccomp", "xcomp", "oprd", "dobj", "advcl"} or tok.dep_ in ("parataxis",) or lem in ("seem", "appear", "hope"):
                if not (lem == "think" and any(c.dep_ == "prep" and c.lower_ == "about" for c in tok.children)):
                    out.append(_cue(tok, "doxastic", "hedged"))
        elif lem == "look" and tok.pos_ == "VERB" and _as_though(tok):
            out.append(_cue(tok, "doxastic", "hedged"))  # "It looks as though they panicked" (not "looks like her mother")
        elif lem == "see" and tok.pos_ == "VERB" and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children):
            out.append(_cue(tok, "doxastic", "hedged"))  # "is seen as a test", "sees alliances as the way back": a view held
        elif lem in ("raise", "cast") and tok.pos_ == "VERB" and any(
                c.dep_ == "dobj" and (lemma(c) == "doubt" or lemma(c) == "question" and lem == "raise") for c in tok.children):
            out.append(_cue(tok, "investigation", "hedged"))  # "raises questions about …", "casts doubt on …"
        elif lower == "unknown" and tok.dep_ in ("acomp", "attr", "oprd"):
            out.append(_cue(tok, "epistemic", "hedged"))  # "His whereabouts are unknown" (not "an unknown gunman")
        elif _not_known(tok):
            out.append(_cue(tok, "epistemic", "hedged"))  # "Little is known about …", "Nobody knows how many died"
        elif lower == "idea" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            out.append(_cue(tok, "epistemic", "hedged"))  # "We have no idea (where he is)"
        elif _inverted_condition(tok):
            out.append(_cue(tok, "conditional", "hedged"))  # "Should the ceasefire collapse, …": an "if" unsaid
        elif _pending_until(tok):
            out.append(_cue(tok, "conditional", "hedged"))  # "Sanctions will stay until Minsk frees them"
        elif _cannot_tell(tok):
            out.append(_cue(tok, "epistemic", "hedged"))  # "too early to say", "hard to tell who fired first"
        elif lem == "question" and tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "open" for c in tok.children):
            out.append(_cue(tok, "investigation", "hedged"))  # "That remains an open question"
        elif lower in ("if", "unless") and tok.dep_ in ("mark", "advmod", "ROOT", "prep", "cc") or (lower == "if" and tok.i == sent.start):
            out.append(_cue(tok, "conditional", "hedged"))
        elif lower == "whether" or (lem in INVESTIGATION_VERBS and tok.pos_ == "VERB" and any(
                c.dep_ == "ccomp" and not any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                and not _quoted_question(tok, c) for c in tok.children)):
            # (not "asked that his surname not be used": a request, no open question; nor '“Where is the bid?” asked
            # an analyst': a question quoted)
            out.append(_cue(tok, "investigation", "hedged"))
        elif lower in CERTAINTY_ADJ and (_negated(tok) or (tok.dep_ == "acomp" and _no_one_subject(tok.head))
                                         or _qualified(tok) or (tok.head.lower_ == "from" and tok.head.head.lower_ == "far")):
            out.append(_cue(tok, "epistemic", "hedged"))  # "not sure", "Nobody can be sure", "almost certain", "far from clear"
        elif lower in ("certainly", "surely") and _qualified(tok):  # "almost certainly lying"
            out.append(_cue(tok, "epistemic", "hedged"))
        elif lower == "opinion" and any(c.dep_ == "poss" for c in tok.children):  # "in his opinion"
            out.append(_cue(tok.head if tok.head.lower_ == "in" else tok, "doxastic", "hedged"))
    for phrase, type_ in (("the question is", "investigation"), ("one possibility", "epistemic"), ("widely assessed", "doxastic"),
                          ("widely believed", "doxastic"), ("in theory", "epistemic")):
        i = find_phrase(low, phrase)
        if i >= 0:
            out.append(Cue(sent.text[i : i + len(phrase)], sent.start_char + i, sent.start_char + i + len(phrase), type_, "hedged"))
    return _dedupe(out)


def speculation_cues(sent) -> list[Cue]:
    """Predictions and hypotheses about what has not happened: will, would, going to, could + event, predict."""
    out: list[Cue] = []
    has_future_time = any(t.lower_ in FUTURE_TIME for t in sent) or "this year" in sent.text.lower()
    for tok in sent:
        lower = tok.lower_
        if tok.tag_ == "MD" and lower in ("will", "'ll", "’ll", "shall", "wo"):
            head = tok.head
            if head.lower_ == "see" and any(c.lower_ == "you" for c in head.children):
                continue  # "you will see" is a booster
            if _refusal_to_speak(tok):
                continue  # "The ministry will not comment", "I will not add anything": an unwillingness now, no prediction
            out.append(_cue(tok, "prediction", "speculative"))
        elif tok.tag_ == "MD" and lower in ("would", "'d", "’d"):
            if tok.head.lemma_.lower() in VOLITION or (tok.i + 1 < sent.end and tok.nbor(1).lower_ in ("rather", "sooner")):
                continue  # "would like" is a wish, "I'd rather do it faster" a preference, not a hypothesis
            if _refusal_to_speak(tok):
                continue  # "The ministry would not comment": a past unwillingness, not a hypothesis
            if _past_habit_or_narrative(tok):
                continue  # "As a boy he would often visit Minsk", "He would later become president": told as fact
            out.append(_cue(tok, "prediction", "speculative"))
        elif tok.tag_ == "MD" and lower in EPISTEMIC_MODALS:
            head = tok.head
            passive = any(c.dep_ == "auxpass" for c in head.children)
            if _could_of_fact(tok):  # "could not be verified", "so that he could be held", "could be seen rising"
                continue
            if _wish_or_permission(tok) or any(c.dep_ == "aux" and lemma(c) == "have" for c in head.children):
                continue  # "May God give them strength"; "may have been forced": a guess about the past
            if passive or has_future_time or _hypothetical_event(tok, head, sent):
                out.append(_cue(tok, "prediction", "speculative"))
        elif _prediction_frame(tok):
            out.append(_cue(tok, "prediction", "speculative"))
        elif tok.lemma_.lower() in PREDICTION_VERBS and tok.pos_ == "VERB" and tok.lemma_.lower() != "warn":
            out.append(_cue(tok, "prediction", "speculative"))
    low = sent.text.lower()
    for phrase in ("if it comes to pass", "in the future", "remains to be seen"):
        i = find_phrase(low, phrase)
        if i >= 0:
            out.append(Cue(sent.text[i : i + len(phrase)], sent.start_char + i, sent.start_char + i + len(phrase), "prediction", "speculative"))
    return _dedupe(out)


# what a source declines to do when it "would not": speak, or be named
DISCLOSURE_VERBS = {"comment", "say", "confirm", "deny", "disclose", "elaborate", "discuss", "reveal", "specify",
                    "identify", "name", "answer", "respond", "speculate", "divulge", "detail", "talk", "speak", "add"}


def _refusal_to_speak(modal) -> bool:
    """'The ministry would not comment', 'He wouldn't say whether …', 'officials, none of whom would be named', 'No
    one would confirm the figures': a negated "would" (or one with a subject naming no one) on a verb of speaking or
    of being named is a refusal, the past of "will not", and no hypothesis; so is the present "will not" ("I will not
    add anything to what President Zelensky said", "The ministry will not comment"). Not under a condition ("would not comment
    if he were asked"), and not on other verbs ("would not survive", "would never allow")."""
    head = modal.head
    if lemma(head) not in DISCLOSURE_VERBS or head.pos_ != "VERB" or any(c.dep_ == "prt" for c in head.children):
        return False  # (not "The numbers would not add up")
    if not (any(c.dep_ == "neg" for c in head.children) or _no_one_subject(head)):
        return False
    if any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in head.children):
        return False  # "those who would never identify themselves as traditionalists": a character, not a refusal
    return not _under_condition(head)


def _under_condition(verb) -> bool:
    """'would not comment if he were asked': the verb has a clause of condition ("if", "unless") of its own."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
               for c in verb.children)


HABIT_ADVERBS = {"often", "usually", "sometimes", "frequently", "regularly", "typically", "occasionally", "routinely",
                 "normally", "generally"}
NARRATIVE_ADVERBS = {"later", "subsequently", "afterwards", "afterward"}


def _past_habit_or_narrative(modal) -> bool:
    """'As a boy he would often visit Minsk', 'Every summer the family would travel to the lake' (a past habit) and
    'He would later become president', 'Lukashenko would go on to win every election' (the writer's narrative looking
    ahead from an earlier point): a "would" of the sentence's main clause told as fact, no hypothesis. Not inside what
    someone says, knows or hopes ("She said she would later resign", "They hoped he would often visit"), nor a question,
    nor under a condition."""
    head = modal.head
    if (head.dep_ == "advcl" and head.head.tag_ == "VBD" and head.head.dep_ == "ROOT"
            and any(c.dep_ == "advmod" and c.lower_ in ("when", "whenever") and c.i < head.i for c in head.children)
            and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children)):
        # "When I would ask him where he was, he said …": what used to happen, told as fact (not inside what is
        # reported, "said the police would offer him a welcome when he came out, when he would face charges", nor
        # a counterfactual, "even when it would have been my right")
        return True
    main = head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")
    if not main or modal.sent.text.rstrip(CLOSERS).endswith("?"):
        return False
    if _under_condition(head):
        return False
    kids = list(head.children)
    if any(c.dep_ == "advmod" and c.lower_ in HABIT_ADVERBS | NARRATIVE_ADVERBS for c in kids):
        return True
    if any(c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in TIME_NOUNS
           and any(d.dep_ == "det" and d.lower_ in ("every", "each") for d in c.children) for c in kids):
        return True  # "every summer", "each year"
    return lemma(head) == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in kids) and any(
        c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in kids)  # "would go on to win" (parsed as an xcomp or an advcl)


def _prediction_frame(tok) -> bool:
    """'are expected to last', 'expect the vote to pass', 'is likely to shrink', 'is due/set/poised/bound/about/going
    to ...': a frame that puts an event ahead, with an infinitive.

    Not a guess about the past ('is likely to have cost'), not a present state after 'likely' ('is likely to be at
    home', as with the modals), and, except for 'expect', only after a form of 'be' ('they set out to prove it' is
    a plan carried out; 'due to the war' is a cause; 'going to the market' has no infinitive).
    """
    lem = tok.lower_ if tok.lower_ in ("going", "poised", "bound") else lemma(tok)  # lemmas "go", "poise", "bind"
    if lem not in FRAME_WORDS or tok.pos_ not in ("VERB", "ADJ", "ADV", "ADP"):
        return False
    if lem != "expect":
        after_be = tok.dep_ == "acomp" and lemma(tok.head) == "be"
        if not after_be and not any(c.dep_ in ("aux", "auxpass") and lemma(c) == "be" for c in tok.children):
            return False
    for verb in tok.children:
        if verb.dep_ not in ("xcomp", "ccomp") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        if any(c.dep_ == "aux" and lemma(c) == "have" for c in verb.children):
            return False
        if lem in ("likely", "unlikely") and lemma(verb) in STATIVE_VERBS:
            return False
        return True
    return False


def _past_time(sent) -> bool:
    """A sentence set in the past by a time word: 'two years ago', 'yesterday', 'last summer'."""
    return any(t.lower_ in PAST_TIME or (t.lower_ == "last" and t.head.lemma_.lower() in TIME_NOUNS) for t in sent)


def _hypothetical_event(modal, head, sent) -> bool:
    """'the truce might collapse', 'the plan could fail': an epistemic modal on an event verb, in the present.

    Not a state ('may have a legal basis', 'could be worth'), not an argument ('critics could argue', 'one could
    make the case'; a generic 'one' or 'you' never), not a guess about the past ('might have left'). A negated
    'could' ('they couldn't estimate') is an inability and never reaches here.
    """
    if head.pos_ != "VERB" or head.i <= modal.i or lemma(head) in STATIVE_VERBS:
        return False
    kids = list(head.children)
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in kids):
        return False
    if any(c.dep_ == "nsubj" and c.lower_ in ("one", "you") for c in kids):  # generic "one could", "you may leave"
        return False
    if modal.lower_ == "could" and (lemma(head) in PERCEPTION_VERBS or _past_time(sent)):
        return False  # a past ability ("could hear explosions", "two years ago they could travel")
    return lemma(head) not in ARGUING_VERBS


def _first_word(sent):
    """The sentence's first token that is not punctuation (an opening quotation mark, a dash)."""
    return next((t for t in sent if not t.is_punct), sent[0])


def _slowly_but_surely(tok) -> bool:
    """'Slowly but surely', 'slowly, if not surely': "surely" paired with an adverb of pace names how something moves."""
    words = [t.lower_ for t in tok.doc[max(tok.i - 4, tok.sent.start) : tok.i] if not t.is_punct]
    return len(words) >= 2 and (words[-1] == "but" or words[-2:] == ["if", "not"]) and any(
        w in ("slowly", "steadily", "gradually") for w in words)


def booster_cues(sent) -> list[Cue]:
    """Certainty and commitment markers, scoped: 'the fact is that' boosts, 'the fact they had' does not."""
    out: list[Cue] = []
    low = sent.text.lower().replace("’", "'")
    for phrase in BOOSTER_PHRASES:
        i = find_phrase(low, phrase)
        after = low[i + len(phrase):] if i >= 0 else ""
        if phrase.endswith("no way") and after.lstrip().startswith(("to ", "of ")):
            continue  # "There is no way to know whether …", "no way of knowing": an impossibility of knowing
        if phrase == "as we know" and re.match(r"\s+it\b", after):
            continue  # "Medicare as we know it": in its present form, no claim put to the reader
        if i >= 0 and not (phrase == "no question" and _plain_no_question(sent, sent.start_char + i)):
            out.append(Cue(sent.text[i : i + len(phrase)], sent.start_char + i, sent.start_char + i + len(phrase), "booster", "boosted"))
    for tok in sent:
        lower = tok.lower_
        if lower in BOOSTER_ADVERBS and tok.pos_ == "ADV" and not _negated(tok.head) and not _qualified(tok):
            if lower == "never" and tok.head.tag_ == "MD":
                continue
            if tok.i > sent.start and tok.nbor(-1).lower_ in ("not", "n't", "n’t"):
                continue  # "I don't really like that": a booster word negated softens (however the verb is parsed)
            if lower == "surely" and _slowly_but_surely(tok):
                continue  # "Slowly but surely, …", "Slowly, if not surely, …": a steady pace, no certainty
            if _no_one_subject(_clause_verb(tok)) or _manner(tok):
                continue  # "Neither side is really interested", "No one really knows"; "said clearly" (a manner)
            out.append(_cue(tok, "booster", "boosted"))
        elif lower == "naturally" and tok.i == _first_word(sent).i and tok.i + 1 < sent.end and tok.nbor(1).text == ",":
            out.append(_cue(tok, "booster", "boosted"))  # "Naturally, the Kremlin denied it" (not "occurs naturally")
        elif (lower in CERTAIN_PROPOSITION_ADJ and tok.pos_ == "ADJ" and not _negated(tok) and not _qualified(tok)
              and not (tok.dep_ == "amod" and tok.head.lemma_.lower() in RANK_NOUNS)
              and not (tok.dep_ == "acomp" and _no_one_subject(tok.head)) and not sent.text.rstrip(CLOSERS).endswith("?")):
            # not "Nothing is inevitable", nor the question "Is war inevitable?"
            out.append(_cue(tok, "booster", "boosted"))
        elif (lower in IMPERSONAL_CERTAINTY_ADJ and tok.dep_ == "acomp" and not _negated(tok) and not _qualified(tok)
              and _impersonal_that_clause(tok)):
            out.append(_cue(tok, "booster", "boosted"))
        elif lower in CERTAINTY_ADJ and tok.dep_ in ("acomp", "ROOT", "attr") and not _negated(tok) and not _qualified(tok):
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) if tok.dep_ == "acomp" else None
            if subj is not None and subj.lower_ in ("i", "we", "you"):
                out.append(_cue(tok, "booster", "boosted"))
        elif _denied_doubt(tok):
            out.append(_cue(tok, "booster", "boosted"))
        elif _everyone_knows(tok):
            subj = next(c for c in tok.children if c.dep_ == "nsubj")
            out.append(Cue(sent.doc[subj.i : tok.i + 1].text, subj.idx, tok.idx + len(tok.text), "booster", "boosted"))
        elif tok.lemma_.lower() == "make" and any(c.lower_ == "clear" for c in tok.children):
            clear = next(c for c in tok.children if c.lower_ == "clear")
            out.append(Cue(sent.doc[tok.i : clear.i + 1].text, tok.idx, clear.idx + len(clear.text), "booster", "boosted"))
    return _dedupe(out)


@lru_cache(maxsize=1)
def valence() -> dict[str, float]:
    """VADER's human-rated word valences (-4..4), from the vaderSentiment package, plus this project's additions."""
    import vaderSentiment

    lex = {}
    path = resources.files(vaderSentiment).joinpath("vader_lexicon.txt")
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                lex[parts[0]] = float(parts[1])
            except ValueError:
                continue
    extra = resources.files("pipeline").joinpath("lexicons/evaluative.txt").read_text("utf-8")
    for line in extra.splitlines():
        if line.strip() and not line.startswith("#"):
            word, score = line.rsplit(None, 1)
            lex[word] = float(score)
    for word in TOPICAL:
        lex.pop(word, None)
    return lex


# Words that name the topic of conflict reporting rather than evaluate anyone.
TOPICAL = {"war", "wars", "conflict", "invasion", "military", "army", "forces", "troops", "missiles", "bombs", "weapons",
           "sanctions", "sanctioned", "crisis", "killed", "death", "dead", "attack", "attacks", "fight", "fighting", "no",
           "problem", "problems", "hostilities", "warn", "support", "like", "peace", "want", "wants", "wanted", "please",
           "united", "pretty", "free", "trial", "agreements", "true", "important", "happy", "nice", "positive", "well",
           "party", "parties", "bomb"}  # VADER's "party" is a celebration; news's is a political party or a side


def evaluative_tokens(sent) -> list[tuple[object, float]]:
    lex = valence()
    out = []
    for tok in sent:
        if tok.pos_ not in ("ADJ", "NOUN", "VERB", "ADV"):
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in TOPICAL:  # "bombs", "parties" as their singular
            continue
        v = lex.get(tok.lower_, lex.get(tok.lemma_.lower()))
        if v is not None and abs(v) >= 1.5:
            out.append((tok, -v if _negated(tok) else v))
    return out


@lru_cache(maxsize=1)
def technique_lexicon() -> dict[str, list[str]]:
    text = resources.files("pipeline").joinpath("lexicons/techniques.txt").read_text("utf-8")
    lex: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, phrase = line.split("\t", 1)
            lex.setdefault(name, []).append(phrase.strip().lower())
    return lex


def technique_cues(sent) -> list[Cue]:
    """Propaganda technique cues (SemEval-2020 Task 11 names): phrase lexicon plus parse-based patterns."""
    out: list[Cue] = []
    low = sent.text.lower().replace("’", "'")
    for name, phrases in technique_lexicon().items():
        for phrase in phrases:
            i = find_phrase(low, phrase)
            if i >= 0:
                out.append(Cue(sent.text[i : i + len(phrase)], sent.start_char + i, sent.start_char + i + len(phrase), name, "technique"))
    lex = valence()
    for tok in sent:
        v = lex.get(tok.lower_)
        if v is not None and abs(v) >= 2.5 and tok.pos_ in ("ADJ", "NOUN", "VERB"):
            out.append(_cue(tok, "Loaded_Language", "technique"))
        # Appeal to fear: a prediction of a threatening act ("he will eye other countries")
        if tok.tag_ == "MD" and tok.lower_ in ("will", "'ll", "’ll") and tok.head.lemma_.lower() in THREAT_VERBS:
            out.append(_cue(tok.head, "Appeal_to_fear-prejudice", "technique"))
    return _dedupe(out)


THREAT_VERBS = {"eye", "provoke", "invade", "attack", "deploy", "drag", "destroy", "push", "strike", "annex", "threaten",
                "kill", "occupy", "bomb", "seize", "crush", "dominate", "conquer", "clash", "do"}


def _dedupe(cues: list[Cue]) -> list[Cue]:
    seen, out = set(), []
    for c in sorted(cues, key=lambda c: (c.start, c.end, c.type)):
        key = (c.start, c.end, c.type)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def hint(hedge: list[Cue], spec: list[Cue], boost: list[Cue], tech: list[Cue]) -> str:
    """The rule cues of a sentence as a short text the model reads beside it (the second segment of its input):
    the fine-tuned model learns from human labels when to trust each cue."""
    parts = []
    for name, found in (("hedge", hedge), ("future", spec), ("booster", boost)):
        if found:
            parts.append(f"{name}: " + ", ".join(f"{c.text.lower()} {c.type}" for c in found[:4]))
    if tech:
        parts.append("technique: " + ", ".join(sorted({c.type.split(",")[0].lower() for c in tech})[:3]))
    return " ; ".join(parts) or "no cue"


def hints_for(texts: list[str], nlp, batch_size: int = 256) -> list[str]:
    """Parse standalone sentences and return their cue hints."""
    out = []
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=["ner"]):
        span = doc[:]
        out.append(hint(hedge_cues(span), speculation_cues(span), booster_cues(span), technique_cues(span)))
    return out
