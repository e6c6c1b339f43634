"""Stage 3: weak labels from labeling functions, combined per task by Snorkel's LabelModel.

Tasks: hedged, speculative, boosted, propaganda (binary), stance per (sentence, target) (none/favor/against), and
technique names (from technique cues of sentences the label model calls propaganda).
Writes the labeled set as JSONL and Parquet (via `datasets`) and the labeling-function analysis as metrics.
"""

from __future__ import annotations

import difflib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from pipeline import cues as C
from pipeline.attribute import (
    NAMING_CALLS,
    ROLE_NOUNS,
    accuses_of,
    anaphoric_report,
    as_frame_of,
    calls_someone,
    choose_subject,
    closing_frame_object,
    dateline_dash,
    demands,
    makes_clear,
    misparsed_subject,
    scan_quotes,
    speaker_label,
    that_clause,
)
from pipeline.io import load_params, load_spacy, load_speech_verbs, read_jsonl, write_json, write_jsonl
from pipeline.records import BINARY_TASKS, STANCES, Labels, Sentence
from pipeline.segment import Segmented, load_segmented

ABSTAIN, NEG, POS = -1, 0, 1
NONE, FAVOR, AGAINST = 0, 1, 2  # index into STANCES
PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
FEMININE = {"she", "her", "hers", "herself"}
OTHER = "~"  # prefix of a person who is not a target, in pronoun salience only
# "talks in Moscow", "a resident of Kyiv's Obolon district near Kyiv": where something happens, not whom it is about
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout", "around"}
# where a movement goes or passes ("rolled into Ukraine", "moved toward Kyiv", "passed through Belarus"); and "out of"
# (below). Not "from", which names where an attack comes from ("missiles fired from Belarus"), nor "over" ("concerns
# over China")
DIRECTIONAL_PREPS = {"into", "onto", "toward", "towards", "through"}
COGNITION_VERBS = {"think", "believe", "estimate", "reckon", "predict", "forecast", "suggest", "conclude"}


# ---------------------------------------------------------------- targets


@dataclass
class Mention:
    target: str
    token_i: int  # head token index in the sentence's doc
    start: int
    end: int
    text: str
    via: str  # "name" or "pronoun"


@dataclass
class SentenceView:
    """What the labeling functions see: the sentence record, its parse, its cues and its target mentions."""

    sentence: Sentence
    span: object
    hedge: list = field(default_factory=list)
    spec: list = field(default_factory=list)
    boost: list = field(default_factory=list)
    tech: list = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    _evaluations: list | None = field(default=None, repr=False, compare=False)

    def evaluations(self) -> list[tuple[object, float]]:
        """`evaluative(span)`, computed once per sentence: every stance function asks for it, once per target."""
        if self._evaluations is None:
            self._evaluations = evaluative(self.span)
        return self._evaluations


# words for one head of state: an alias "the Belarusian leader" also matches "the Belarusian strongman"
LEADER_NOUNS = ("leader", "president", "strongman", "dictator", "autocrat", "ruler")
QUANTIFIERS = {"every", "each", "any", "no", "all", "some", "many", "several", "most", "both", "few"}  # "every Western leader": no one person


STANCE_PREFIXES = ("anti-", "pro-", "anti‑", "pro‑")  # with a hyphen or a non-breaking hyphen
SPELLING_SIMILARITY = 0.88  # "Lukashenka" ~ "Lukashenko" 0.90, "Zelenskyy" ~ "Zelenskiy" 0.89; his wife "Zelenska" ~ "Zelensky" 0.875
SPELLING_MIN = 7  # letters: shorter surnames ("Putin") differ from other names by one letter too often


def _leader_variants(alias: str) -> set[str]:
    """'the Belarusian leader' -> the same description with each word for a head of state."""
    words = alias.split()
    if len(words) < 2 or words[-1].lower() not in LEADER_NOUNS:
        return {alias}
    return {alias} | {" ".join([*words[:-1], noun]) for noun in LEADER_NOUNS}


def _bare(word: str) -> str:
    """A word without its possessive ending: "Putin's" -> "Putin", "Merz’" -> "Merz"."""
    return re.sub(r"['’]s?$", "", word)


def parse_targets(spec: dict[str, list[str]] | None) -> dict[str, list[str]]:
    return {name: sorted({v for a in {name, *(aliases or [])} for v in _leader_variants(a)}, key=len, reverse=True)
            for name, aliases in (spec or {}).items()}


GOVERNMENT_NOUNS = {"regime", "government", "authorities", "authority", "leadership", "junta", "administration", "ruler",
                    "official", "leader", "president", "ministry"}


def _place_where(tok) -> bool:
    """A place named as where something happens ("held in Russia", "near Kyiv") or where a movement goes, passes or
    comes out of ("thrusts that rolled out of Russia into Ukraine"): no mention of its government."""
    root = tok.root
    if root.dep_ != "pobj" or root.ent_type_ not in ("GPE", "LOC", "FAC"):
        return False
    prep = root.head
    out_of = prep.lower_ == "of" and prep.head.lower_ == "out" and prep.head.i == prep.i - 1
    if prep.lower_ not in LOCATIVE_PREPS | DIRECTIONAL_PREPS and not out_of:
        return False
    return prep.head.lemma_.lower() not in GOVERNMENT_NOUNS  # "the regime in Kiev", "officials in Beijing": its government


# what a place's name as a modifier may name that acts for its state ("Moscow envoy", "the UK intelligence apparatus")
ACTOR_NOUNS = GOVERNMENT_NOUNS | {"forces", "force", "army", "military", "troops", "soldiers", "navy", "envoy", "ambassador",
                                   "negotiator", "delegation", "spokesman", "spokeswoman", "spokesperson", "diplomat",
                                   "diplomats", "officials", "side", "state", "media", "propaganda", "court", "police",
                                   "intelligence", "apparatus", "establishment", "service", "services", "agency",
                                   "agencies", "embassy", "parliament", "leaders", "commander", "commanders", "elite",
                                   "elites", "security", "prosecutors", "judiciary", "cabinet"}


def _place_modifier(tok, people: set[str]) -> bool:
    """'Russian drones hit Kyiv power grid', 'the Kyiv region', 'Kyiv residents', 'the Ukraine war': a place's name as
    the modifier of a noun names where or whose place, not its government ("the Kyiv government", "Beijing officials"
    are). A place is a proper noun spaCy tags no person, body or nationality (it often tags none at all: "Kyiv power
    grid") and no person target's name (`people`: "the Putin era" is Putin's)."""
    root = tok.root
    if (len(tok) != 1 or root.dep_ != "compound" or root.pos_ != "PROPN" or root.ent_type_ in ("PERSON", "ORG", "NORP", "FAC")
            or root.lower_ in people):
        return False
    head = root.head
    return head.pos_ == "NOUN" and head.lemma_.lower() not in ACTOR_NOUNS and head.lower_ not in ACTOR_NOUNS


# people and places of a country that are no part of its state: "Ukrainian cities", "Russian-speaking residents"
CIVILIAN_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "civilian", "civilians", "child", "children",
                  "people", "citizen", "citizens", "resident", "residents", "refugee", "refugees", "family", "families",
                  "woman", "women", "man", "men", "home", "homes", "house", "houses", "hospital", "hospitals", "school",
                  "schools", "language", "culture", "speaker", "speakers", "student", "students", "worker", "workers",
                  "farmer", "farmers", "trucker", "truckers", "driver", "drivers", "athlete", "athletes", "artist",
                  "artists", "writer", "writers", "exile", "exiles", "emigre", "emigres", "émigrés", "diaspora", "soil",
                  "land", "countryside", "neighbourhood", "neighborhood", "street", "streets"}


def _civilian_modifier(tok) -> bool:
    """'Russian missiles hit Ukrainian cities', 'Ukrainian children', 'Chinese civilians': a nationality that only says
    whose people or places these are is no mention of the state ("Ukrainian troops", "Russian missiles", "Chinese
    propaganda" are)."""
    root = tok.root
    return (len(tok) == 1 and root.dep_ in ("amod", "compound") and root.head.pos_ == "NOUN"
            and root.head.lower_ in CIVILIAN_NOUNS and root.ent_type_ != "PERSON")


class TargetFinder:
    """Finds target mentions by name or alias, and by pronoun resolved to the salient person target.

    Pronoun resolution, a light form of centering: a pronoun refers to a person named earlier in its sentence
    (a subject before an object, never the subject of its own clause for him/her), else to the subject of the last
    main clause if that person was still in the latest sentence that named anyone, else to the person named last.
    A pronoun that is the subject of a speech verb ("..., he explained") is the speaker, not a mention."""

    def __init__(self, targets: dict[str, list[str]], people: list[str] | None = None, pronouns: dict[str, str] | None = None) -> None:
        self.targets = parse_targets(targets)
        self.people = {p.lower() for p in people or []}
        self.pronouns = {name: str(p).lower() for name, p in (pronouns or {}).items()}  # "Lukashenko": "he"
        self.speech_verbs, self.quote_only = load_speech_verbs()
        # the surnames of person targets, for other spellings of them: capitalised words of aliases that `people`
        # lists, not of a description ("the Moldovan president": no "Moldova") nor a head-of-state word ("Presidents")
        surnames = {name: {w.lower() for a in aliases if not a.lower().startswith("the ") for w in a.split()
                           if w[:1].isupper() and w.lower() in self.people and w.lower() not in LEADER_NOUNS
                           and len(w) >= SPELLING_MIN}
                    for name, aliases in self.targets.items()}
        self.surnames = {name: words for name, words in surnames.items() if words}

    def find(self, span, state: dict, known: set[str] | frozenset = frozenset()) -> list[Mention]:
        """Target mentions in `span`. `known`: surnames of the article's named sources (from attribution), which
        count as people even where spaCy tags the name ORG or nothing ("..., Vadim Prokopiev. ... he left")."""
        text, base = span.text, span.start_char
        low = text.lower()
        taken: list[tuple[str, int, int]] = []
        found: list[Mention] = []
        speaking: list[Mention] = []  # target names in the phrase naming who reports: no mentions
        dash = dateline_dash(span)  # "KYIV —": a place named as where the story was filed is no mention
        dateline = span.doc[dash].idx + len(span.doc[dash]) - base if dash >= 0 else 0
        # the longest alias first, whichever target it belongs to ("the Belarusian leader" before "Belarusian"); words
        # that two targets both list ("Moscow" for Putin and for a user's Russia) are a mention of each
        matches = sorted([*self._alias_matches(low), *self._spelling_variants(span)], key=lambda m: m[1] - m[2])
        for name, i, j in matches:
            if any(s < j and i < e and (other == name or (s, e) != (i, j)) for other, s, e in taken):
                continue
            taken.append((name, i, j))
            tok = span.doc.char_span(base + i, base + j, alignment_mode="expand")
            where = i < dateline or (tok is not None and (_place_where(tok) or _place_modifier(tok, self.people)
                                                          or _civilian_modifier(tok)))
            if where or (tok is not None and self._in_speaker(tok.root)):
                if not where:
                    speaking.append(Mention(name, tok.root.i, base + i, base + j, text[i:j], "name"))
                continue
            head = tok.root.i if tok is not None else span.start
            found.append(Mention(name, head, base + i, base + j, text[i:j], "name"))
        found.sort(key=lambda m: m.start)
        # people who are not targets (PERSON entities, and names of the article's sources) take part in salience, so "he" after "Vadim Prokopiev left"
        # refers to him and is no target's mention; they are marked OTHER and not returned
        # a role noun whose modifier names a target ("Ukraine's president", "the Russian president") is that target
        described = {span.doc[m.token_i].head.i for m in found + speaking if self._describes_leader(span.doc[m.token_i])}
        # one person whether named in full or by surname ("Friedrich Merz" … "Merz said"): keyed by the last word
        others = [Mention(OTHER + _bare(e[-1].text), e.root.i, e.start_char, e.end_char, e.text, "name")
                  for e in _other_people(span, known)
                  if not any(m.start < e.end_char and e.start_char < m.end for m in found + speaking)
                  and e.root.i not in described]
        names = sorted([m for m in found if self._is_person(m, span.doc)] + others, key=lambda m: m.start)
        speakers = [m for m in names if self._speaker(span.doc[m.token_i])]
        names = [m for m in names if m not in speakers]
        speakers = sorted(speakers + [m for m in speaking if self._is_person(m, span.doc)], key=lambda m: m.start)
        pronouns: list[Mention] = []
        own: list[Mention] = []
        for tok in span:
            if tok.lower_ not in PRONOUNS or self._speaker(tok) or self._reported_self(tok):
                continue
            # a quotation's speaker is not its "he" ("“He will lose,” Zelenskiy said"); outside quotation marks the
            # speaker may be ("A NATO diplomat, speaking … because he was not authorized …, said")
            quoted = _in_quotes(tok)
            candidates = pronouns + names + ([] if quoted else speakers)
            exclude = ({m.target for m in speakers} if quoted else set()) | self._other_gender(tok)
            target = self._antecedent(tok, sorted((m for m in candidates if m.start < tok.idx and m.target not in exclude),
                                                  key=lambda m: m.start), span.doc, state if quoted else _outside(state), exclude)
            if target and tok.dep_ == "poss" and self._in_speaker(tok):
                continue  # "Her adviser said …": the phrase naming who reports holds no mention
            if target and not quoted and _names_it(tok):
                # "… for what he described as an illegal blockade": the words that follow are his own description
                own.append(Mention(target, tok.i, tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))
                continue
            if target and tok.dep_ == "poss" and not quoted and self._own_frame(tok, target, speakers):
                # "In remarks carried by his press service, he accused …": the speaker's own, no mention, though the
                # speaker stays salient for the next sentence's pronouns as before
                own.append(Mention(target, tok.i, tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))
                continue
            if target:
                pronouns.append(Mention(target, tok.i, tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))
        persons, outside = set(), set()
        for m in sorted(names + pronouns + own, key=lambda m: m.start):
            tok = span.doc[m.token_i]
            quoted = _in_quotes(tok)
            for key in ("people",) if quoted else ("people", "people" + OUTSIDE):
                state.setdefault(key, []).append(m.target)
            persons.add(m.target)
            if not quoted:
                outside.add(m.target)
            if _main_subject(tok, self.speech_verbs):
                state["last_subject"] = m.target
                if not quoted:
                    state["last_subject" + OUTSIDE] = m.target
        if not persons and speakers and not any(t.is_quote for t in span):
            # "The Ukrainian president made it clear that …": in indirect speech the speaker is who "his" in the next
            # sentence is (in a quotation's frame, the quotation's people are)
            persons.add(speakers[0].target)
            outside.add(speakers[0].target)
            for key in ("people", "people" + OUTSIDE):
                state.setdefault(key, []).append(speakers[0].target)
        if speakers and not outside and any(t.is_quote for t in span) and not _in_quotes(span.doc[speakers[0].token_i]):
            # "“Lukashenko's room … has all but disappeared,” said Remigijus Budbergis." ¶ "He did not rule out …": a
            # pronoun outside quotation marks means the quotation's speaker, not a person named inside it
            state.setdefault("people" + OUTSIDE, []).append(speakers[0].target)
            outside.add(speakers[0].target)
        if persons:
            state["recent"] = persons
            state.setdefault("persons", set()).update(p for p in persons if not p.startswith(OTHER))
        if outside:
            state["recent" + OUTSIDE] = outside
        return sorted(found + [m for m in pronouns if not m.target.startswith(OTHER)], key=lambda m: m.start)

    def _alias_matches(self, low: str):
        """(target, start, end) of every alias in the lowercased text, whole words, in target and alias order
        (longest alias first)."""
        for name, aliases in self.targets.items():
            for alias in aliases:
                a = alias.lower()
                i = low.find(a)
                while i >= 0:
                    j = i + len(a)
                    if ((i == 0 or not low[i - 1].isalnum()) and (j >= len(low) or not low[j].isalnum() or low[j] == "’"
                                                                  or low[j:j + 2] in ("'s",))
                            and not low[max(0, i - 5) : i].endswith(STANCE_PREFIXES)):
                        yield name, i, j  # not "anti-Russian hysteria", "a pro-Kremlin channel": someone else's side
                    i = low.find(a, j)

    def _spelling_variants(self, span):
        """(target, start, end) of a capitalised word spelled like a person target's surname ("Lukashenka",
        "Zelenskyy"): similarity >= SPELLING_SIMILARITY, a little stricter than attribution's merging of spellings,
        so that "Zelenska" (his wife) stays apart; surnames of 7 letters or more only."""
        for tok in span:
            w = tok.lower_
            if len(w) < SPELLING_MIN or not tok.is_alpha or not tok.text[0].isupper():
                continue
            for name, surnames in self.surnames.items():
                if w not in surnames and any(difflib.SequenceMatcher(None, w, s).ratio() >= SPELLING_SIMILARITY for s in surnames):
                    yield name, tok.idx - span.start_char, tok.idx - span.start_char + len(tok)
                    break

    def _in_speaker(self, tok) -> bool:
        """Part of the phrase naming who reports ("Russia's foreign ministry said …", "according to Beijing, …"):
        the source, not what its words evaluate."""
        t = tok
        while t.dep_ in ("amod", "compound", "poss", "case", "nmod", "appos", "pobj", "prep") and t.head.i != t.i:
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
                return True
            t = t.head
        if t.dep_ == "agent" and anaphoric_report(t.head):
            return True  # "This was stated by Russia's foreign ministry"
        return self._speaker(t) or self._hanging_speaker(tok)

    def _hanging_speaker(self, tok) -> bool:
        """In the phrase naming a speaker whom the parser did not make the reporting verb's subject, found as the
        attribution stage finds it (`attribute.choose_subject`): "…, the head of Kyiv's military administration, Serhiy
        Popko, said" (the name apposed to the clause before), "Beijing's foreign minister, Wang Yi, called on …"
        (minister/ROOT, called/acl). The phrase is the subject's words before the verb and the roles set off before it
        by commas (apposed, or the noun the parser made the root)."""
        sent, doc = tok.sent, tok.doc
        mask = None
        for verb in sent:
            if not (verb.dep_ in ("ROOT", "parataxis") or misparsed_subject(verb) is not None
                    or closing_frame_object(verb) is not None):
                continue
            if verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                continue
            if mask is None:
                mask = [False] * len(doc.text)
                for i in _inside_quotes(sent):
                    mask[doc[i].idx : doc[i].idx + len(doc[i])] = [True] * len(doc[i])
            subj = choose_subject(verb, mask)
            if subj is None or subj.head == verb or subj.i > verb.i or not self._reports(verb, subj):
                continue
            start, end = subj.left_edge.i, min(subj.right_edge.i + 1, verb.i)
            while start - 1 > sent.start and doc[start - 1].text == ",":  # a role set off before the name
                first = start - 1
                while first > sent.start and doc[first - 1].text != ",":
                    first -= 1
                roots = [t for t in doc[first : start - 1] if t.head.i == t.i or not first <= t.head.i < start - 1]
                if len(roots) != 1 or roots[0].dep_ not in ("appos", "ROOT") or roots[0].pos_ not in ("NOUN", "PROPN"):
                    break
                start = first
            if start <= tok.i < end:
                return True
        return False

    def _own_frame(self, tok, target: str, speakers: list[Mention]) -> bool:
        """Is this possessive pronoun in an adjunct of the sentence's reporting verb ("In remarks carried by his press
        service, he accused …", "In his speech, Lukashenko said …") and the speaker's own: the subject of that verb is
        `target` named, or a pronoun of the same form ("he" for "his")?"""
        t = tok
        while t.head.i != t.i:
            child, t = t, t.head
            subject = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and self._speaker(c)), None)
            if subject is None:
                continue
            if child.dep_ not in ("prep", "advcl", "npadvmod", "advmod", "agent"):
                return False  # in what the speaker reports ("he said his army …" is `_reported_self`'s)
            if subject.lower_ in PRONOUNS:
                return (subject.lower_ in FEMININE) == (tok.lower_ in FEMININE)
            return any(m.target == target and m.token_i == subject.i for m in speakers)
        return False

    def _other_gender(self, tok) -> set[str]:
        """Targets this pronoun cannot refer to: those `label.pronouns` gives the other one ("her" is not Lukashenko)."""
        form = "she" if tok.lower_ in FEMININE else "he"
        return {name for name, p in self.pronouns.items() if p in ("he", "she") and p != form}

    def _reported_self(self, tok) -> bool:
        """'Zelenskiy said he would not …', '… made it clear that he considered …', '… said his army …': outside
        quotation marks, the subject pronoun of a reported clause is the speaker, who is no mention."""
        if not _subject(tok) or _in_quotes(tok):
            return False
        t = tok.head if tok.dep_ != "poss" else tok.head.head
        for _ in range(6):  # up to the reporting verb; the clause it reports is its complement ("when he spoke" too)
            if t.dep_ in ("ROOT", "parataxis") or t.head.i == t.i:
                return False
            child, t = t, t.head
            if any(c.dep_ == "nsubj" and self._speaker(c) and not _number_differs(tok, c) for c in t.children):
                return child.dep_ == "ccomp" or child.lower_ == "clear"
        return False

    def _speaker(self, tok) -> bool:
        """The subject of the sentence's reporting verb ("..., he explained", "said Prokopiev, “he hopes ..."), not
        of a verb of thought ("He thought he would win"), of a speech verb inside the quote ("“He said he would
        come,” Prokopiev said") or of a quote-only verb used otherwise ("He continues this game")."""
        while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.i < tok.i:
            tok = tok.head  # "Lukashenko and Putin said …": each of the joined subjects speaks
        verb = tok.head
        if tok.dep_ == "nsubj" and as_frame_of(verb):
            return True  # "As Ukrinform reported earlier, …", "…, as Lukashenko has said": the as-clause's speaker
        if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "parataxis"):
            return False
        if tok.dep_ == "nsubjpass":  # "X was quoted (by Interfax) as saying …"
            return self._quoted_as_saying(verb)
        if tok.dep_ != "nsubj":
            return False
        return self._reports(verb, tok)

    def _reports(self, verb, tok) -> bool:
        """Does `verb`, with `tok` as its speaker, report words: a speech verb, not one of thought or a modal's ("He
        will tell …"), and a quote-only verb ("continued") only as a tag."""
        lemma = verb.lemma_.lower()
        if makes_clear(verb):
            return True
        if lemma not in self.speech_verbs or lemma in COGNITION_VERBS or any(c.tag_ == "MD" for c in verb.children):
            return False  # "He will tell Western politicians ..." reports what he will say; it is not a tag
        if lemma in self.quote_only:  # "he continued" is a tag only next to a quotation mark or with a that-clause
            # or its words after it ("dismissed the remarks as “…”"), an accusation ("accused Beijing of lying") or a
            # demand ("called on Beijing to help")
            if that_clause(verb) or _quotes_after(verb) or accuses_of(verb) or demands(verb) or calls_someone(verb):
                return True
            doc = tok.doc
            lo, hi = max(0, min(tok.i, verb.i) - 2), min(len(doc), max(tok.i, verb.i) + 2)
            return any(doc[i].is_quote for i in range(lo, hi))
        return True

    def _quoted_as_saying(self, verb) -> bool:
        """'was quoted as saying', 'was heard telling': a passive verb whose as-phrase holds a speech verb."""
        return any(p.dep_ == "prep" and p.lower_ == "as" and any(
            c.dep_ == "pcomp" and c.lemma_.lower() in self.speech_verbs and c.lemma_.lower() not in COGNITION_VERBS
            for c in p.children) for p in verb.children)

    @staticmethod
    def _antecedent(tok, before: list[Mention], doc, state: dict, exclude: set[str] | frozenset = frozenset()) -> str | None:
        """`state`: "people", the persons named or referred to so far in order; "last_subject", of the last main
        clause; "recent", the persons of the latest sentence naming any. `exclude`: who the pronoun cannot be (the
        speaker of the quotation it is in)."""
        if tok.lower_ in ("him", "her"):  # not the subject of its own clause ("Putin helped him")
            before = [m for m in before if not (doc[m.token_i].head.i == tok.head.i and doc[m.token_i].dep_.startswith("nsubj"))]
        owner = tok.head if tok.dep_ == "poss" else None
        if owner is not None and owner.dep_ == "pobj" and owner.head.lower_ == "for" and owner.head.head.pos_ == "VERB":
            # "Lukashenko thanked Putin for his support", "blamed Lukashenko for his role": the verb's object
            obj = next((c for c in owner.head.head.children if c.dep_ == "dobj"), None)
            named = next((m for m in reversed(before) if obj is not None and m.token_i == obj.i), None)
            if named is not None:
                return named.target
        if before:
            subjects = [m for m in before if _subject(doc[m.token_i])]
            return (subjects or before)[-1].target
        subject = state.get("last_subject")
        if subject and subject not in exclude and subject in state.get("recent", {subject}):
            return subject
        named = next((p for p in reversed(state.get("people", [])) if p not in exclude), None)
        return named or (subject if subject not in exclude else None)

    def _is_person(self, m: Mention, doc) -> bool:
        """A mention of a person (pronouns may refer to it): a listed person name, another spelling of a person target's
        surname, or a PERSON entity."""
        if m.via == "pronoun":
            return True
        words = {_bare(w).lower() for w in m.text.split()}
        spelled = any(difflib.SequenceMatcher(None, w, s).ratio() >= SPELLING_SIMILARITY  # "Lukashenka"
                      for w in words if len(w) >= SPELLING_MIN for s in self.surnames.get(m.target, ()))
        return bool(words & (self.people | set(LEADER_NOUNS))) or spelled or self._describes_leader(doc[m.token_i])

    def _describes_leader(self, tok) -> bool:
        """A target's name modifying a word for a leader: "the Russian president", "Ukraine's president"; one leader,
        not "Western leaders" nor "every Western leader", which no "he" refers to."""
        head = tok.head
        return (tok.dep_ in ("amod", "compound", "poss", "nmod") and head.i != tok.i
                and head.lemma_.lower() in self.people | set(LEADER_NOUNS)
                and head.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in head.children))


def _other_people(span, known: set[str] | frozenset) -> list:
    """Spans naming people: PERSON entities, entities of any label that end in a known source's surname, and a
    proper noun that is such a surname outside any entity."""
    out, covered = [], set()
    for e in span.ents:
        if e.label_ == "PERSON" or e[-1].text in known:
            out.append(e)
            covered.update(range(e.start, e.end))
    out += [span.doc[t.i : t.i + 1] for t in span if t.i not in covered and t.pos_ == "PROPN" and t.text in known]
    # a person described by a role ("A NATO diplomat, …, because he was not authorized …, said"), as a subject
    # ("Every Western leader who shook his hand" names no one person: "his" is someone named before)
    out += [span.doc[t.i : t.i + 1] for t in span if t.i not in covered and t.pos_ == "NOUN" and t.tag_ == "NN"
            and t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ROLE_NOUNS
            and not any(c.dep_ == "det" and c.lower_ in QUANTIFIERS for c in t.children)]
    return sorted(out, key=lambda e: e.start)


def source_surnames(sentences) -> set[str]:
    """Surnames of the named sources among these sentences (attributed): "Vadim Prokopiev" -> "Prokopiev"; the
    author and unnamed sources ("retired long-time US Government analyst") give none."""
    out = set()
    for s in sentences:
        words = (s.source or "").split()
        if s.source != "author" and words and all(w[:1].isupper() for w in words):
            out.add(words[-1])
    return out


def _quotes_after(verb) -> bool:
    """Quoted words after an active verb in its phrase ("accused …, saying that … “…”")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    inside = _inside_quotes(verb.sent)
    return verb.i not in inside and any(t.i > verb.i and t.i in inside for t in verb.subtree)


def _in_quotes(tok) -> bool:
    """Inside quotation marks (an odd number of marks before it in its paragraph)."""
    return tok.i in _inside_quotes(tok.sent)


def _is_quote_mark(t) -> bool:
    return t.is_quote and t.text not in ("'", "’", "‘", "'s", "’s")  # an apostrophe is none; single marks: `_inside_quotes`


def _inside_quotes(sent) -> set[int]:
    """Indices of a sentence's tokens between quotation marks, which may have opened in an earlier sentence of the
    paragraph ("“X is no mediator. He is a co-aggressor,” she said": "He" is quoted). The doc is one paragraph. In a
    paragraph without double quotation marks, single ones quote ("'X is no partner. He is a hostage-taker,' she
    said"), read as the attribution stage reads them (`attribute.scan_quotes`), so an apostrophe is none."""
    text = sent.doc.text
    if not any(_is_quote_mark(t) for t in sent.doc) and any(ch in "'‘’" for ch in text):
        mask = scan_quotes(text, False).inside
        return {t.i for t in sent if t.idx < len(mask) and mask[t.idx] and t.text not in ("'", "‘", "’")}
    inside, open_ = set(), sum(_is_quote_mark(t) for t in sent.doc[: sent.start]) % 2 == 1
    for t in sent:
        if _is_quote_mark(t):
            open_ = not open_
        elif open_:
            inside.add(t.i)
    return inside


NAMING_VERBS = NAMING_CALLS | {"describe", "term", "characterize", "characterise"}  # "what he described as …"


def _names_it(tok) -> bool:
    """Is this pronoun the subject of "what he called …" / "what she described as …": a naming verb whose object is
    the free relative "what" (the source naming something, not a mention of the source)?"""
    verb = tok.head
    return (tok.dep_ == "nsubj" and verb.lemma_.lower() in NAMING_VERBS
            and any(c.dep_ == "dobj" and c.lower_ in ("what", "whatever") for c in verb.children))


def _number_differs(pronoun, speaker) -> bool:
    """'Critics said he was …': a singular he/she/his/her/him cannot be a plural speaker's own."""
    plural = speaker.tag_ in ("NNS", "NNPS") or speaker.lower_ in ("they", "we")
    return plural and pronoun.lower_ in ("he", "she", "his", "her", "him", "himself", "herself")


def _subject(tok) -> bool:
    """A clause subject, or the possessor of one ("his plan failed")."""
    return tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass"))


def _main_subject(tok, speech_verbs: set[str]) -> bool:
    """The subject of a main clause: of the root, of a verb joined to it, or of the clause a speech verb reports
    ("Lukashenko was counting on it, he explained")."""
    if not _subject(tok):
        return False
    verb = tok.head if tok.dep_ != "poss" else tok.head.head
    if verb.dep_ == "ROOT":
        return True
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT":
        return True
    return verb.dep_ in ("ccomp", "parataxis") and verb.head.dep_ == "ROOT" and verb.head.lemma_.lower() in speech_verbs


# ---------------------------------------------------------------- labeling functions


def _lf(task: str):
    def register(fn: Callable[[SentenceView], int]):
        LFS.setdefault(task, []).append(fn)
        return fn

    return register


LFS: dict[str, list[Callable]] = {}


def _has(cues, *types) -> bool:
    return any(c.type in types for c in cues)


@_lf("hedged")
def lf_epistemic(v):
    return POS if _has(v.hedge, "epistemic") else ABSTAIN


@_lf("hedged")
def lf_doxastic(v):
    return POS if _has(v.hedge, "doxastic") else ABSTAIN


@_lf("hedged")
def lf_conditional(v):
    return POS if _has(v.hedge, "conditional") else ABSTAIN


@_lf("hedged")
def lf_investigation(v):
    return POS if _has(v.hedge, "investigation") else ABSTAIN


@_lf("hedged")
def lf_no_hedge_cue(v):
    return NEG if not v.hedge else ABSTAIN


@_lf("hedged")
def lf_booster_without_hedge(v):
    return NEG if v.boost and not v.hedge else ABSTAIN


@_lf("speculative")
def lf_future_modal(v):
    return POS if any(c.text.lower() in ("will", "'ll", "’ll", "shall", "wo") for c in v.spec) else ABSTAIN


@_lf("speculative")
def lf_hypothetical_would(v):
    return POS if any(c.text.lower() in ("would", "'d", "’d") for c in v.spec) else ABSTAIN


@_lf("speculative")
def lf_modal_event(v):
    return POS if any(c.text.lower() in C.EPISTEMIC_MODALS for c in v.spec) else ABSTAIN


@_lf("speculative")
def lf_prediction_word(v):
    return POS if any(c.text.lower() not in ("will", "would", "could", "might", "may", "'ll", "’ll") for c in v.spec) else ABSTAIN


@_lf("speculative")
def lf_no_future(v):
    return NEG if not v.spec else ABSTAIN


@_lf("speculative")
def lf_past_narrative(v):
    verbs = [t for t in v.span if t.pos_ in ("VERB", "AUX")]
    return NEG if verbs and all(t.tag_ in ("VBD", "VBN") for t in verbs) else ABSTAIN


@_lf("boosted")
def lf_booster_phrase(v):
    return POS if any(" " in c.text for c in v.boost) else ABSTAIN


@_lf("boosted")
def lf_booster_word(v):
    return POS if any(" " not in c.text for c in v.boost) else ABSTAIN


@_lf("boosted")
def lf_no_booster(v):
    return NEG if not v.boost else ABSTAIN


@_lf("boosted")
def lf_hedge_without_booster(v):
    return NEG if v.hedge and not v.boost else ABSTAIN


@_lf("propaganda")
def lf_loaded_language(v):
    return POS if _has(v.tech, "Loaded_Language") else ABSTAIN


@_lf("propaganda")
def lf_name_calling(v):
    return POS if _has(v.tech, "Name_Calling,Labeling") else ABSTAIN


@_lf("propaganda")
def lf_fear(v):
    return POS if _has(v.tech, "Appeal_to_fear-prejudice") else ABSTAIN


@_lf("propaganda")
def lf_other_technique(v):
    others = {c.type for c in v.tech} - {"Loaded_Language", "Name_Calling,Labeling", "Appeal_to_fear-prejudice"}
    return POS if others else ABSTAIN


@_lf("propaganda")
def lf_no_technique(v):
    return NEG if not v.tech else ABSTAIN


# Stance LFs vote per (sentence, target): they receive (view, target).
STANCE_LFS: list[Callable] = []


def _stance_lf(fn):
    STANCE_LFS.append(fn)
    return fn


def _clause(tok):
    while tok.dep_ not in ("ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "parataxis", "acl", "pcomp") and tok.head.i != tok.i:
        tok = tok.head
    return tok


# Words that put an evaluation out of force: "no chance for a kinder Lukashenko", "hardly an improvement".
NEGATORS = {"no", "not", "n't", "never", "hardly", "barely", "scarcely", "nothing", "without"}
# Verbs whose complement is someone's hope or belief, not the speaker's judgement: "he hopes lobbyists will argue on
# his behalf", "he thought they would become the winners".
IRREALIS_VERBS = {"hope", "wish", "want", "think", "believe", "expect", "dream", "pretend", "imagine", "count"}
# Prepositions whose object a harmful word or event does not judge as a patient or participant ("fired on Ukraine", "a
# war between Ukraine and …") would be: its owner ("the cruelty of Beijing"), its doer ("an assault by Beijing") and
# whom it is good or bad for ("hardly a triumph for Lukashenko").
OWNER_PREPS = {"of", "by", "for"}


def evaluative(span) -> list[tuple[object, float]]:
    """Evaluative words of a sentence with their valence (VADER plus this project's lexicon), read in context:
    hyphenated compounds are looked up whole ("double-agent"), "kind of" is not kindness, and a negator on the word,
    on the noun it modifies or on its clause's verb flips it ("no chance for a kinder Lukashenko"). A word inside a
    certainty booster ("Make no mistake: …", "There is no doubt that …") commits to what follows and judges no one:
    "no mistake" is no praise."""
    lex = C.valence()
    boosted = [(c.start, c.end) for c in C.booster_cues(span)]
    found = [(tok, val, C._negated(tok)) for tok, val in C.evaluative_tokens(span)  # `neg` children already flipped
             if not any(a <= tok.idx < b for a, b in boosted)]
    for tok in span:
        if tok.text == "-" and span.start < tok.i < span.end - 1:
            word = f"{tok.nbor(-1).lower_}-{tok.nbor(1).lower_}"
            if word in lex and abs(lex[word]) >= 1.5 and all(t.i != tok.i + 1 for t, _, _ in found):
                found.append((tok.nbor(1), lex[word], False))
    out = []
    for tok, val, flipped in found:
        if C.lemma(tok) in IRREALIS_VERBS:  # hoping for something is no judgement of it
            continue
        if tok.lower_ in ("kind", "kinds") and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ == "of":
            continue
        if not flipped and _scoped_negation(tok):
            val = -val
        out.append((tok, val))
    return out


def _negator_on(t) -> bool:
    if any(c.lower_ in NEGATORS and c.dep_ in ("neg", "det", "advmod", "preconj") for c in t.children):
        return True
    if t.pos_ == "VERB" and any(c.lower_ == "nothing" and c.dep_ == "dobj" for c in t.children):  # "he won nothing"
        return True
    # "hardly an improvement": spaCy hangs the negator on the noun's determiner
    return t.pos_ in ("NOUN", "PROPN", "ADJ") and any(
        x.lower_ in NEGATORS for c in t.lefts if c.dep_ in ("det", "amod", "advmod", "nummod", "quantmod") for x in c.subtree
    )


def _scoped_negation(tok) -> bool:
    """A negator on the word or on any word between it and its clause's head; not on the verb of which the word is
    (in) the subject: "Beijing's lies did not stop" leaves the lies lies."""
    top = _clause(tok)
    t = tok
    while True:
        if _negator_on(t):
            return True
        if t.i == top.i or t.head.i == t.i or t.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
            return False
        t = t.head


def _irrealis(tok) -> bool:
    """Inside the complement of a hope or belief verb, also through coordination ("he hopes they will come and will
    say ...")."""
    c = _clause(tok)
    for _ in range(6):
        if c.dep_ not in ("ccomp", "xcomp", "conj") or c.head.i == c.i:
            return False
        if c.dep_ != "conj" and C.lemma(c.head) in IRREALIS_VERBS:
            return True
        c = _clause(c.head)
    return False


def _patient(tok, mt) -> bool:
    """The mention is what the (harmful) word is done to ("Ukraine could be invaded", "fired on Ukraine") or a
    participant of the event it names (`_participant`)."""
    if mt.head.i == tok.i and mt.dep_ in ("dobj", "nsubjpass"):
        return True
    return _participant(tok, mt)


def _participant(tok, mt) -> bool:
    """The mention is a participant of the event or role the word names ("a vicious war between Ukraine and its
    neighbour", "talks with Kyiv failed", "a useful mediator between Kyiv and Moscow"): any prepositional object of
    the word, or of the noun it describes, but its owner's "of", its doer's "by" and whom it is good or bad "for"
    ("hardly a triumph for Lukashenko")."""
    if mt.dep_ == "conj" and mt.head.dep_ == "pobj":  # "between Russia and Ukraine"
        mt = mt.head
    if mt.dep_ != "pobj":
        return False
    event = {tok.i, tok.head.i} if tok.dep_ == "amod" else {tok.i}  # "a vicious war between …"
    return mt.head.head.i in event and mt.head.lower_ not in OWNER_PREPS | COMPARED_PREPS


# "No one is a better tactician than Pelosi", "as able a leader as Pelosi": what the word is compared with shares it.
COMPARED_PREPS = {"than", "as", "like"}

# Words of judging: whoever condemns, praises or accuses voices the judgement ("Western members of the Security Council
# condemned the strikes" is no judgement of the West), and what they condemn in their own voice is judged (`_judged`).
EXPRESSIVE = {"condemn", "criticize", "criticise", "denounce", "accuse", "blame", "reject", "slam", "decry", "deplore",
              "lament", "complain", "hate", "mock", "ridicule", "insult", "scorn", "deride", "disparage", "rebuke",
              "castigate", "lambast", "berate", "praise", "thank", "welcome", "hail", "applaud", "admire", "commend",
              "congratulate", "celebrate", "salute", "condemnation", "criticism", "accusation", "complaint"}
EVALUATOR_DEPS = ("nsubj", "agent", "poss")  # "Beijing condemned …", "… was condemned by Beijing", "Beijing's criticism"


def _voiced_by(tok) -> set[int]:
    """Token indices of whoever voices the judgement the word is part of: the subject (or passive agent, or owner)
    of the nearest word of judging from the word up to its clause's head ("Beijing denounced the sanctions as
    illegal": "illegal" is Beijing's judgement; a verb joined to another or governed by one takes its subject)."""
    top, t = _clause(tok), tok
    while C.lemma(t) not in EXPRESSIVE:
        if t.i == top.i or t.head.i == t.i:
            return set()
        t = t.head
    for _ in range(4):
        voices = [c for c in t.children if c.dep_ in EVALUATOR_DEPS]
        if voices or t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
            heads = [next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c for c in voices]
            return {x for h in heads for x in _who(h)}
        t = t.head  # "Beijing condemned the strikes and praised the ceasefire", "Beijing was quick to condemn …"
    return set()


def _who(head) -> set[int]:
    """Token indices of the one a noun phrase names: its head with its compounds, adjectives and appositions
    ("Western members of the Security Council"), and its owner only where the head acts for the owner ("Beijing's
    envoys"; "Two of Gorsuch's former colleagues" are not Gorsuch)."""
    out = {head.i}
    for c in head.children:
        if c.dep_ in ("compound", "amod", "appos", "flat", "nmod") or (
                c.dep_ == "poss" and ACTOR_NOUNS & {head.lower_, head.lemma_.lower()}):
            out |= {x.i for x in c.subtree}
    return out


FIRST_PERSON = {"i", "we"}


def _judged(tok, mt, voiced: set[int]) -> bool:
    """A word of judging ("condemn", "praise") judges the mention it is done to when the voice of the sentence is the
    judge ("We condemn Beijing"). A sentence reporting someone else's judgement keeps the reading of any other word:
    praise is aimed at whom it is done to ("Frank praised Cowan" is `favor` Cowan in BASIL), and harm is done to its
    object, not aimed at it ("They have criticized Nuland" is no `against` in BASIL)."""
    return (C.lemma(tok) in EXPRESSIVE and mt.head.i == tok.i and mt.dep_ in ("dobj", "nsubjpass")
            and any(tok.doc[i].lower_ in FIRST_PERSON for i in voiced))


def _aimed(view, target) -> list[float]:
    """Valences of evaluative words in the same clause as (or governing) a mention of the target, leaving out
    evaluations inside someone's hope or belief, judgements the target voices, harm done *to* the target and praise
    of an event or role the target takes part in."""
    ms = [m for m in view.mentions if m.target == target]
    if not ms:
        return []
    out = []
    for tok, val in view.evaluations():
        if _irrealis(tok):
            continue
        voiced = _voiced_by(tok)
        for m in ms:
            mt = view.span.doc[m.token_i]
            if mt.i in voiced or (not _judged(tok, mt, voiced) and (_patient(tok, mt) if val < 0 else _participant(tok, mt))):
                continue
            # the same clause, or the word inside the mention's own phrase ("Lukashenko, a double-agent,"); not a word
            # that governs the mention from another clause ("the thrusts that rolled out of Russia … failed")
            if _clause(tok) == _clause(mt) or tok in list(mt.subtree):
                out.append(val)
                break
    return out


@_stance_lf
def lf_negative_evaluation(view, target):
    vals = _aimed(view, target)
    return AGAINST if vals and sum(vals) < -1.0 else ABSTAIN


@_stance_lf
def lf_positive_evaluation(view, target):
    vals = _aimed(view, target)
    return FAVOR if vals and sum(vals) > 1.0 else ABSTAIN


HARM_VERBS = C.THREAT_VERBS - {"do", "push"} | {"aid", "steal", "torture", "gamble", "violate", "invade", "wriggle", "drop", "plant", "avoid", "lose"}


@_stance_lf
def lf_agent_of_harm(view, target):
    for m in view.mentions:
        tok = view.span.doc[m.token_i]
        if m.target == target and tok.dep_ in ("nsubj", "poss", "agent", "pobj") and tok.head.lemma_.lower() in HARM_VERBS:
            return AGAINST
        if m.target == target and tok.dep_ == "nsubj" and any(
            c.lemma_.lower() in HARM_VERBS for c in tok.head.children if c.dep_ in ("xcomp", "conj")
        ):
            return AGAINST
    return ABSTAIN


@_stance_lf
def lf_mentioned_without_evaluation(view, target):
    """NONE for a mentioned target when the sentence holds no evaluative word and does not make the target the doer
    of a harmful act ("he will drag Belarus into the war" judges him by what he does, with no evaluative word)."""
    ms = [m for m in view.mentions if m.target == target]
    if not ms or view.evaluations() or lf_agent_of_harm(view, target) != ABSTAIN:
        return ABSTAIN
    return NONE


@_stance_lf
def lf_not_mentioned(view, target):
    return NONE if not any(m.target == target for m in view.mentions) else ABSTAIN


# ---------------------------------------------------------------- applying


OPENING_PRONOUNS = {"he", "she", "his", "her", "they", "their"}
OUTSIDE = "_outside"  # state keys kept for people named or referred to outside quotation marks


def _outside(state: dict) -> dict:
    """The salience a pronoun outside quotation marks reads: people named or referred to outside them ("One cellmate
    put it differently: “Statkevich believes that if everyone leaves, Lukashenko wins.” The authorities have not
    commented on his whereabouts.": his is not Lukashenko's), where any were; the whole state otherwise."""
    if not state.get("people" + OUTSIDE):
        return state
    view = dict(state)
    for key in ("people", "last_subject", "recent"):
        view.pop(key, None)
        if state.get(key + OUTSIDE) is not None:
            view[key] = state[key + OUTSIDE]
    return view


def build_views(seg: Segmented, finder: TargetFinder) -> list[SentenceView]:
    """Parse-backed views of every sentence of an article, with cues and target mentions."""
    pars = {p.index: p for p in seg.paragraphs}
    state: dict = {}
    known = source_surnames(seg.sentences)
    views = []
    body_seen = False  # a body sentence came before (the first one may open on a feature's pronoun)
    for s in seg.sentences:
        p = pars[s.paragraph]
        span = p.doc.char_span(s.start - p.start, s.end - p.start, alignment_mode="expand")
        if span is None:
            span = p.doc[:]
        v = SentenceView(s, span)
        v.hedge, v.spec, v.boost, v.tech = (_offset(f(span), p.start) for f in (C.hedge_cues, C.speculation_cues, C.booster_cues, C.technique_cues))
        who = speaker_label(s) if s.source != "author" else None  # "LUKASHENKO: …", a headline's "Name: …"
        first_body = s.kind == "body" and not body_seen
        body_seen = body_seen or s.kind == "body"
        if s.kind == "caption":
            v.mentions = finder.find(span, {}, known)  # captions do not move the salience of people
        elif first_body and span[0].lower_ in OPENING_PRONOUNS:
            # a feature that opens on a pronoun names its man later ("The man who says no to Lukashenko" ¶ "He was 19
            # when he first went to prison. Now 34, Mikalai Statkevich …"): not the headline's person
            v.mentions = finder.find(span, {}, known)
        elif who and s.kind != "heading" and who[0] == 0 and (
                rest := p.doc.char_span(s.start - p.start + who[1], s.end - p.start, alignment_mode="expand")) is not None:
            # "LUKASHENKO: Of course. He is my elder brother.": a transcript's turn label is read past, so the person
            # it names does not become the one named last (whom "he" in the answer would mean: he speaks as "I")
            v.mentions = finder.find(rest, state, known)
        else:
            v.mentions = finder.find(span, state, known)
        if who:
            # "Lukashenko: Belarus will never …" (a headline), "LUKASHENKO: We …" (a transcript's turn): the label
            # naming the speaker is no mention, as a reporting verb's subject is not
            v.mentions = [m for m in v.mentions if not who[0] <= m.start - (s.start - p.start) < who[1]]
        for m in v.mentions:
            m.start += p.start
            m.end += p.start
        views.append(v)
    return views


def _offset(cues, offset: int):
    for c in cues:
        c.start += offset
        c.end += offset
    return cues


def apply_lfs(views: list[SentenceView], targets: list[str]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Label matrices: one (n_sentences x n_lfs) per binary task, and one (n_sentences*n_targets x n_lfs) for stance."""
    mats = {task: np.array([[lf(v) for lf in LFS[task]] for v in views], dtype=int).reshape(len(views), len(LFS[task])) for task in BINARY_TASKS}
    stance = np.array([[lf(v, t) for lf in STANCE_LFS] for v in views for t in targets], dtype=int).reshape(-1, len(STANCE_LFS))
    return mats, stance


def fit_label_model(L: np.ndarray, cardinality: int, params: dict) -> np.ndarray:
    """Snorkel LabelModel probabilities; falls back to majority vote only when too few rows to fit."""
    from snorkel.labeling.model import LabelModel, MajorityLabelVoter

    if L.shape[0] < 4 or (L != ABSTAIN).sum() == 0:
        return MajorityLabelVoter(cardinality=cardinality).predict_proba(L)
    lm = LabelModel(cardinality=cardinality, verbose=False, device="cpu")
    lm.fit(L, n_epochs=params.get("n_epochs", 500), lr=params.get("lr", 0.01), seed=params.get("seed", 13), progress_bar=False)
    return lm.predict_proba(L)


def stance_probs(L: np.ndarray, mentioned: np.ndarray, params: dict) -> np.ndarray:
    """Label-model probabilities (none, favor, against) of each (sentence, target) row of a stance label matrix.

    The label model is fit on the rows of mentioned targets only. A target a sentence does not mention is `none`
    by construction, and those rows (three in four) only ever hold `lf_not_mentioned`'s NONE vote, which never
    overlaps another function. Fit with them, the model could not tell what a NONE vote means and read the lone NONE of
    `lf_mentioned_without_evaluation` as `against`: on the seed, 52 mentioned pairs that no function called
    evaluative became `against`, so stage 2 learned that a mention is an attack."""
    out = np.tile(np.eye(3)[NONE], (len(L), 1))
    if mentioned.any():
        out[mentioned] = fit_label_model(L[mentioned], 3, params)
    return out


def weak_labels(views: list[SentenceView], targets: list[str], params: dict) -> list[Labels]:
    mats, stance_L = apply_lfs(views, targets)
    probs = {task: fit_label_model(L, 2, params)[:, 1] for task, L in mats.items()}
    mentioned = np.array([any(m.target == t for m in v.mentions) for v in views for t in targets], dtype=bool)
    stance_p = stance_probs(stance_L, mentioned, params).reshape(len(views), len(targets), 3) if targets else None
    mentioned = mentioned.reshape(len(views), len(targets))
    voted = (stance_L != ABSTAIN).any(1).reshape(len(views), len(targets))
    out = []
    for i, v in enumerate(views):
        lab = Labels(
            **{task: bool(probs[task][i] >= 0.5) for task in BINARY_TASKS},
            scores={task: round(float(probs[task][i]), 4) for task in BINARY_TASKS},
        )
        lab.cues = (v.hedge if lab.hedged else []) + (v.spec if lab.speculative else []) + (v.boost if lab.boosted else [])
        if lab.propaganda:
            lab.techniques = sorted({c.type for c in v.tech})
            lab.cues += v.tech
        if stance_p is not None:
            for j, t in enumerate(targets):
                lab.scores[f"stance:{t}"] = [round(float(x), 4) for x in stance_p[i, j]]
                if not mentioned[i, j]:
                    lab.stance[t] = STANCES[NONE]
                elif voted[i, j]:
                    lab.stance[t] = STANCES[int(np.argmax(stance_p[i, j]))]
                # a mentioned target on which no function voted gets no weak label (Snorkel's advice: leave such
                # points out of the end model's training set rather than call them `none`)
        out.append(lab)
    return out


def lf_analysis(views: list[SentenceView], targets: list[str], gold: dict[tuple, dict] | None) -> dict:
    """Coverage, overlap, conflict per labeling function (Snorkel's LFAnalysis), and accuracy against gold."""
    from snorkel.labeling import LFAnalysis

    mats, stance_L = apply_lfs(views, targets)
    report: dict = {}
    for task, L in list(mats.items()) + [("stance", stance_L)]:
        lfs = STANCE_LFS if task == "stance" else LFS[task]
        ana = LFAnalysis(L)
        cov, ovl, con = ana.lf_coverages(), ana.lf_overlaps(), ana.lf_conflicts()
        gold_y = _gold_vector(views, targets, task, gold)
        for k, lf in enumerate(lfs):
            row = {"coverage": round(float(cov[k]), 4), "overlap": round(float(ovl[k]), 4), "conflict": round(float(con[k]), 4)}
            if gold_y is not None:
                fired = L[:, k] != ABSTAIN
                row["accuracy"] = round(float((L[fired, k] == gold_y[fired]).mean()), 4) if fired.any() else None
                row["n_fired"] = int(fired.sum())
            report.setdefault(task, {})[lf.__name__] = row
    return report


def _gold_vector(views, targets, task, gold) -> np.ndarray | None:
    if not gold:
        return None
    ys = []
    for v in views:
        g = gold.get((v.sentence.article, v.sentence.start, v.sentence.end))
        if g is None:
            return None
        if task == "stance":
            ys.extend(STANCES.index(g["stance"].get(t, "none")) for t in targets)
        elif task == "propaganda":
            ys.append(int(bool(g["techniques"])))
        else:
            ys.append(int(g[task]))
    return np.array(ys)


def load_gold(folder: Path | str) -> dict[tuple, dict]:
    gold = {}
    for path in sorted(Path(folder).glob("*.jsonl")):
        for row in read_jsonl(path):
            gold[(row["article"], row["start"], row["end"])] = row
    return gold


def label_corpus(segs: list[Segmented], params: dict) -> tuple[list[SentenceView], list[Labels]]:
    finder = TargetFinder(params.get("targets"), params.get("people"), params.get("pronouns"))
    views = [v for seg in segs for v in build_views(seg, finder)]
    return views, weak_labels(views, list(finder.targets), params.get("label_model", {}))


def labeled_rows(views: list[SentenceView], labels: list[Labels]) -> list[dict]:
    rows = []
    for v, lab in zip(views, labels):
        d = v.sentence.to_dict()
        d.update(lab.to_dict())
        d["mentions"] = [{"target": m.target, "text": m.text, "start": m.start, "end": m.end, "via": m.via} for m in v.mentions]
        rows.append(d)
    return rows


def main(in_dir: str = "data/segmented", attributed: str = "data/attributed/sentences.jsonl", out_dir: str = "data/labeled") -> None:
    params = load_params()
    nlp = load_spacy(params["segment"]["spacy_model"])
    segs = load_segmented(Path(in_dir), nlp.vocab)
    attributed_rows = {(r["article"], r["index"]): r for r in read_jsonl(attributed)}
    for seg in segs:
        for s in seg.sentences:
            r = attributed_rows[(s.article, s.index)]
            s.source, s.attribution, s.attribution_note, s.quoted = r["source"], r["attribution"], r["attribution_note"], r["quoted"]
    views, labels = label_corpus(segs, params["label"])
    rows = labeled_rows(views, labels)
    out = Path(out_dir)
    write_jsonl(out / "sentences.jsonl", rows)
    import json as _json

    from datasets import Dataset

    flat = [{**r, "cues": _json.dumps(r["cues"]), "stance": _json.dumps(r["stance"]), "scores": _json.dumps(r["scores"]),
             "mentions": _json.dumps(r["mentions"])} for r in rows]
    tmp = out / ".sentences.parquet.tmp"
    Dataset.from_list(flat).to_parquet(str(tmp))
    tmp.replace(out / "sentences.parquet")
    gold = load_gold("data/gold")
    write_json("metrics/lf_analysis.json", lf_analysis(views, list(parse_targets(params["label"]["targets"])), gold))
    counts = {t: sum(getattr(lab, t) for lab in labels) for t in BINARY_TASKS}
    print(f"label: {len(rows)} sentences, positives {counts} -> {out}/")


if __name__ == "__main__":
    main(*sys.argv[1:])
