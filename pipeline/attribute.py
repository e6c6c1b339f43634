"""Stage 2: who asserts each sentence (`source`) and how (`attribution`: author, direct, indirect, mixed).

Rules, in order (documented in README "Attribution rules"; rule 8's cases in docs/attribution.md):
1. Quotation marks are tracked per paragraph and across paragraphs: a paragraph that ends inside a quote and is
   followed by one opening with a quotation mark continues the same quote (and speaker); an unclosed quote not
   continued is closed at the paragraph end and noted.
2. A quote's speaker is the subject of a reporting verb outside the quotation marks: in the same sentence, else the
   nearest earlier sentence of the paragraph, else a later one; a continued quote keeps its speaker; a quote with no
   cue at all goes to the current speaker (the previous body sentence's source, else the last person named).
3. A sentence with no quote is `indirect` when its main verb is a reporting verb with a subject and a complement
   ("X said (that) ...", "says X, ...", "X and others state ...", "X claims to ...") or it holds "according to X";
   the following sentences of the same paragraph carry on that paraphrase until a sentence of the writer's own
   ("If correct, ...") or another attribution.
4. Pronoun subjects go to the previous body sentence's source, else (beside a quote) the last speaker, else the
   last person named; captions, headings and credits in between are skipped. Descriptions ("the Ukrainian
   president") go to the named person whose title matches; unnamed sources keep their description as name.
5. Names are merged by `NameRegistry`: titles removed, surname alone and spelling variants (Zelenskiy, Zelensky)
   mapped to one canonical full name. Each article is attributed on its own (so an article's output does not
   depend on which other articles share its run or its worker); `corpus_names` then merges the people of all
   articles, in article order, into one canonical name per person across the corpus.
"""

from __future__ import annotations

import collections
import difflib
import functools
import re
import sys
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.cues import lemma as cue_lemma
from pipeline.io import FramingError, load_params, load_spacy, load_speech_verbs, write_jsonl
from pipeline.records import Sentence
from pipeline.segment import (
    DASHES,
    SURNAME_PARTICLES,
    TITLE_ABBREVIATIONS,
    TURN_STAMP_PATTERN,
    Paragraph,
    Segmented,
    load_segmented,
)

OPEN_QUOTES = "“„«"
CLOSE_QUOTES = "”»"
STRAIGHT = '"'
DOUBLE_QUOTE_MARKS = set(OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT)
SINGLE_OPEN = "'‘"  # single quotation marks, read only in a paragraph with no double ones (_single_quotes)
SINGLE_CLOSE = "'’"
PRONOUNS = {"he", "she", "they", "him", "her", "we"}
ROLE_NOUNS = {
    "president", "minister", "leader", "whip", "secretary", "chancellor", "premier", "spokesman", "spokeswoman",
    "spokesperson", "analyst", "official", "ambassador", "general", "commander", "senator", "congressman", "congresswoman", "governor", "mayor",
    "chief", "head", "director", "king", "queen", "prime", "envoy", "diplomat", "expert", "adviser", "advisor",
    "businessman", "businesswoman", "activist", "politician", "journalist", "founder", "professor", "researcher",
    "lawyer", "candidate", "opponent", "dissident", "lawmaker", "economist", "correspondent", "member",
    "chairman", "chairwoman", "chair", "commissioner", "judge", "sheriff", "prosecutor",
    "representative", "deputy", "mp", "delegate",
    "archbishop", "bishop", "cardinal", "patriarch", "imam", "rabbi", "pastor", "sheikh", "shaykh", "shaikh", "sheik", "attorney", "assistant",
    "pontiff", "prelate", "cleric", "nuncio", "prefect", "maulana", "mullah", "mufti", "abbot", "abbess",
    "speaker", "host", "anchor", "commentator", "columnist", "pundit", "hopeful", "runner", "frontrunner", "contender",
    "challenger",
}
# the words for one person running for office ("GOP presidential hopeful Donald Trump" … "The GOP front-runner"); not
# "nominee", which is as often a judge's (and a person's titles are gathered over the whole corpus)
CANDIDACY = {"candidate", "hopeful", "runner", "frontrunner", "contender", "challenger"}
# role nouns a description resolves by only through a person the article gave that title ("Fox News host Glenn Beck" …
# "the Fox News host"), never to whoever spoke last ("The morning after Calderón made the comments, the GOP front-runner
# appeared on …" is not Calderón's)
TITLE_ONLY_ROLES = {"speaker", "host", "anchor", "commentator", "columnist", "pundit"} | CANDIDACY - {"candidate"}
DEMONYMS = {
    "ukrainian": "ukraine", "russian": "russia", "belarusian": "belarus", "american": "us", "u.s.": "us",
    "british": "uk", "chinese": "china", "polish": "poland", "german": "germany", "french": "france",
    "lithuanian": "lithuania", "european": "eu", "israeli": "israel", "iranian": "iran", "turkish": "turkey",
}
# adjectives of a place or a people, capitalised in a source's description however the sentence has them
PROPER_ADJECTIVES = set(DEMONYMS) - {"u.s."} | {"western", "arab", "baltic", "nordic"}
COUNTRIES = set(DEMONYMS.values()) | {"belarus", "ukraine", "russia", "uk", "us", "china"}
# a country's adjective, for "Belarus's defence ministry" (not "us", "uk", "eu": "the EU's" is no adjective)
ADJECTIVE_OF = {country: demonym.title() for demonym, country in DEMONYMS.items() if country not in ("us", "uk", "eu")}
REGNAL_TITLES = {"pope", "king", "queen"}  # a title the registry reads as a first name ("Pope Paul VI")
# (and a pope's or a monarch's number: "Paul VI", "Benedict XVI", "Pius XII"; not "V" or "X", initials or "Malcolm X")
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xxiii"}
INANIMATE = {"statement", "letter", "memo", "report", "ad", "advertisement", "suit", "lawsuit", "line", "document",
             "poll", "study", "survey", "post", "tweet", "video", "website", "article", "paper", "filing", "complaint",
             "motion", "order", "ruling", "release", "book", "email", "message", "note", "bill", "law", "data",
             "readout", "transcript", "communique", "communiqué", "decree", "estimate", "statistic", "tally", "analysis",
             "piece", "column", "editorial", "op-ed", "datum", "assessment", "petition", "summary", "presentation", "headline", "notice",
             "testimony", "apology"}  # "datum": spaCy's lemma of "data"
# legal texts that speak ("the settlement does state that …") but are no "he" for the next quotation; unlike a
# statement, not their owner's words ("Stone's indictment" is not Stone's)
LEGAL_TEXTS = {"settlement", "agreement", "contract", "treaty", "indictment", "affidavit", "memorandum", "subpoena",
               "warrant"}
# Plural data nouns that speak for who compiled them ("according to figures compiled by X"); "a key figure" is a person
DATA_WORDS = {"figures", "numbers"}
# a saint's title before a name ("St. Peter’s Square")
SAINTS = {"st.", "st", "saint", "san", "santa", "ste.", "sainte"}
# head nouns of an institution's name: "the General Staff" is no person "Staff" titled General
INSTITUTIONS = {"staff", "ministry", "department", "committee", "council", "office", "agency", "command", "service",
                "forces", "force", "military", "navy", "army", "police", "government", "party", "parliament", "court", "bank", "commission", "embassy",
                "institute", "centre", "center", "foundation", "university", "academy", "federation", "association",
                "coalition"}
# what an office's "of" names beside an institution ("Secretary of State", "Minister of Defence")
PORTFOLIOS = {"state", "defence", "defense", "justice", "treasury", "commerce", "energy", "interior", "health",
              "education", "labor", "labour", "agriculture", "transportation", "homeland", "security", "affairs"}
# the portfolios a minister's or a secretary's title names: "the deputy foreign minister" is no former defence minister
MINISTRIES = frozenset({"foreign", "defence", "defense", "interior", "justice", "finance", "health", "education", "economy",
                        "energy", "agriculture", "culture", "transport", "labour", "labor", "trade", "treasury", "home",
                        "environment", "emergency", "emergencies", "sport", "sports", "information"})
LEADER_WORDS = {"president", "leader"}  # one head of state, as a description names them
HEADS_OF = {"state": LEADER_WORDS | {"king", "queen"}, "government": {"prime", "premier", "chancellor"}}  # titles "the head of …" means
# "suggest", "indicate" … with a fact as subject report no speech ("The evidence indicates that …"); with a person,
# a body or a document they do ("The task force suggested …", "the indictment suggested …")
EVIDENCE_VERBS = {"suggest", "indicate", "reveal", "signal", "show", "tell", "remind"}
THING_PRONOUNS = {"nothing", "something", "everything", "anything", "little", "much"}  # never a speaker
FRACTIONS = {"half", "third", "quarter", "fifth", "tenth"}  # "two thirds of Poles": a count that keeps its number
EVIDENCE_NOUNS = {"scale", "size", "extent", "timing", "pattern", "evidence", "data", "image", "statistic", "map", "chart",
                  "footage", "photo", "photograph", "picture", "video", "fact", "move", "decision", "disclosure", "result",
                  "trend", "attack", "sign", "absence", "presence", "rise", "fall", "increase", "decline", "level", "shift",
                  "choice", "incident", "speed", "intensity", "frequency", "nature", "history", "experience", "datum",
                  # what happened to somebody or something ("the staff member's symptoms indicate …", "Farrakhan's
                  # eventual failure suggests …")
                  "symptom", "failure", "success", "victory", "defeat", "loss", "collapse", "growth", "surge", "drop",
                  "outcome", "silence", "behaviour", "behavior", "conduct",
                  # a mishap ("An administrative error this month revealed that …")
                  "error", "mistake", "blunder", "glitch", "slip", "oversight", "accident", "typo", "gaffe", "mishap"}
NAME_OPENERS = {"plus", "and", "but", "so", "also", "meanwhile", "then", "yet", "or", "still", "now", "even", "only",
                "just", "like", "unlike", "when", "while", "if", "as", "after", "before", "since", "because",
                "following", "amid", "despite", "with", "without", "for", "from", "in", "on", "at", "by", "about",
                "against", "under", "over", "during", "concerning", "regarding", "the", "neither", "nor", "either",
                "both", "quoth", "likewise", "similarly", "moreover", "furthermore", "besides", "thus", "hence",
                "indeed", "additionally", "instead", "however", "therefore", "nevertheless", "nonetheless"}
COLLECTIVES = {"media", "press", "government", "opposition", "administration", "authorities", "leadership", "regime",
               "police", "military", "army", "public", "establishment", "elite", "party", "campaign"}
PEOPLE_NOUNS = {"aide", "resident", "voter", "witness", "soldier", "student", "parent", "citizen", "refugee", "migrant",
                "delegate", "doctor", "teacher", "worker", "farmer", "victim", "relative", "family", "ally", "rival",
                "cellmate", "inmate", "prisoner", "protester", "protestor", "veteran", "survivor"}
PEOPLE_SUFFIXES = ("ers", "ists", "ians", "ants", "ents")  # protesters, activists, politicians, participants, opponents
VOICE_NOUNS = {"critic", "observer", "voice", "people", "commentator", "supporter"}  # "other critics": other people
QUANTIFIERS = {"few", "many", "some", "several", "others", "both", "all", "most", "they"}
# an interview transcript's turns: "Q: …" is the interviewer's (the writer's), "A: …" the interviewee's
INTERVIEW_TURN = re.compile(r"\s*(Q|A)\s*[:.]\s")
# an interview without turn markers: introduced as one ("She spoke to us in Vilnius."), its questions one-sentence
# paragraphs; an explainer's questions ("Who controls them?") have no such introduction, and its answers are the writer's
INTERVIEW_INTRO = re.compile(r"\b(?:spoke|spoken|talked|speaks|talks|sat down)\s+(?:to|with)\s+(?:us|me)\b|"
                             r"\b(?:we|I)\s+(?:spoke|talked|sat\s+down)\s+(?:to|with)\s+(?:him|her|them)\b|"
                             r"\b(?:in|during|for)\s+(?:an|this|the following)\s+interview\b|\binterviewed\b|"
                             r"\b(?:gave|give|gives|granted)\s+(?:an|this|the following)\s+interview\b", re.I)
TURN_DASHES = "—–"  # "— Do you fear arrest?" ¶ "— No.": a dialogue's turns in translated Russian and Belarusian media
EDITING_NOTE = re.compile(r"\binterview\s+(?:has\s+been|was)\s+(?:edited|condensed|translated)", re.I)
STAMP = rf"(?:{TURN_STAMP_PATTERN})?"  # a podcast's time stamp first: "[00:00:27] KATIA GLOD: …"
# "MR. BUDRYS: …", "RFE/RL: …", "SARAH CARTER, CIRCA NEWS: …" (the name, then the speaker's outlet or role)
TRANSCRIPT_TURN = re.compile(rf"\s*{STAMP}((?:[A-Z][A-Z.'’/&-]*\s+){{0,3}}[A-Z][A-Z.'’/&-]*)"
                             r"(?:,\s+[A-Z][A-Z.'’/&-]*(?:\s+[A-Z][A-Z.'’/&-]*){0,5})?\s*:(?:\s+\S|(?=[A-Z“\"‘]))")
# the end of a transcript reprinted in an article, or of a turn: the writer naming the transcript, an editing note, a
# reprint credit
TRANSCRIPT_END = re.compile(r"\btranscript\b|^\s*(?:Reprinted|Republished|Originally published|First published|"
                            r"This (?:article|interview|story|piece|transcript) (?:was|first|originally))\b", re.I)
# "Journalist: …", "Lukashenko: …", a debate record's "Tom Tugendhat (Tonbridge) (Con): …"
TITLE_TURN = re.compile(rf"\s*{STAMP}([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]+){{0,2}})(?:\s+\([^()]{{1,40}}\)){{0,2}}\s*:\s+\S")
# a debate record's office and name: "The Minister for Europe (Stephen Doughty): …" (the name speaks)
ROLE_TURN = re.compile(r"\s*(?:The\s+)?[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|for|of|and|the)){0,6}\s+\(([A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]+){1,2})\)\s*:\s+\S")


def turn_label(text: str):
    """The speaker label opening a paragraph of a transcript (a match whose group 1 is the label), or None."""
    return TRANSCRIPT_TURN.match(text) or ROLE_TURN.match(text) or TITLE_TURN.match(text)

BULLETS = "•·▪◦‣*-–—"  # marks of a list item at a paragraph's start
# the credit line an embedded social-media post ends with: "— Volodymyr Zelensky (@ZelenskyyUa) December 3, 2025"
POST_CREDIT = re.compile(r"\s*[—–-]{1,2}\s*(?P<name>[^()\n]{2,80}?)\s*\(@\w{1,30}\)\s*"
                         r"(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\s*$")
# a thread's counter before a post's credit ("(1/2) — John Kasich (@JohnKasich) February 10, 2018")
THREAD_COUNT = re.compile(r"^\s*\(?\d{1,2}/\d{1,2}\)?\s*(?=[—–-])")
# the credit line an embedded Facebook post ends with: "Posted by Taos County Sheriff's Office on Saturday, August 4, 2018"
FACEBOOK_CREDIT = re.compile(r"\s*Posted by (?P<name>[^\n]{2,80}?) on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
                             r"[A-Z][a-z]+ \d{1,2}, \d{4}\s*$")
# the same credit ending a paragraph that holds the post's text too
FACEBOOK_ENDING = re.compile(r"(?<![^\s.!?…])" + FACEBOOK_CREDIT.pattern.removeprefix(r"\s*"))
# the characters one post holds (a tweet's 280, and room for how an embed renders its links and line breaks): how far
# back over short lines a post's credit reaches
POST_LENGTH = 300
# what someone told a post's "me" or "us", which the post reports
TOLD_THE_POSTER = re.compile(r"\b(?:told|tells|informed|informs|assured|warned|wrote to|texted) (?:me|us)\b")
EPIGRAPH_LENGTH = 6  # body paragraphs an article may open with before the dash and name that credit them as an epigraph
INITIALS = re.compile(r"[A-Z]{2,4}")  # a person known by initials ("JFK", "MLK", "FDR")
OUTLET_ACRONYM = re.compile(r"[A-Z]{3,5}")  # the acronym an outlet's name opens with ("USA Today", "NBC News"; not "JD Vance")
EPIGRAPH_CREDIT = re.compile(r"\s*[—–-]{1,2}\s*(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})\.?\s*$")  # "– JFK"
# a letter set down whole: its salutation paragraph ("My dear Maryna,", "Dear friends,") and its sign-off, a
# short closing paragraph ("Your Mikalai", "Yours sincerely,", "With love, Ihar")
LETTER_SALUTATION = re.compile(r"\s*(?:My )?(?:[Dd]ear|[Dd]earest) \w[\w'’. -]{0,40},\s*$")
LETTER_SIGNOFF = re.compile(r"\s*(?:Yours|Your|Sincerely|Respectfully|Love|With love|All my love|Best wishes|Kind regards|Regards|"
                            r"Hugs|Kisses)\b[\w'’., -]{0,40}$")
LETTER_WORDS = {"letter", "note", "message", "postcard"}
LETTER_LENGTH = 30  # paragraphs a letter may run to before its sign-off
# the name a writer gives someone who would not be named in full: "identified only by his initials, A.K.", "by her
# first name, Olga"
GIVEN_AS = re.compile(r"\bidentified (?:only )?by (?:his|her|their) (?:initials|first name),? (?P<name>[A-Z][A-Za-z.'’-]*)")
# a name alone on a line, crediting the quotation right before it ("Dave Weigel.", "— Anne Applebaum")
NAME_CREDIT = re.compile(r"\s*(?:[—–-]{1,2}\s*)?(?P<name>[A-Z][\w'’-]+(?: (?:[A-Z]\.|[A-Z](?:[\w'’.-]*[\w'’-])?)){1,3})\.?\s*$")


LINK = re.compile(r"\S*(?:https?://|pic\.twitter\.com/|www\.)\S*")
LINK_CHARS = 23  # what a link counts for in a post's length (a shortened link's, whatever it shows)
# the links an embed leaves before its credit ("https://t.co/Q5OT6zPpOg — Julián Castro (@JulianCastro) March 22, 2019")
LEADING_LINKS = re.compile(rf"\s*(?:{LINK.pattern}\s*)+(?=[—–-])")


def _post_credit(text: str):
    """The POST_CREDIT match of a credit line alone, or after nothing but links (or a Facebook post's credit line,
    `FACEBOOK_CREDIT`): the text of the post it credits is the paragraph before. So is one after the post's last words
    too few to be a post of their own (`_credit_ending`: "#gapol — Stacey Abrams (@staceyabrams) November 17, 2018",
    "Details: https://t.co/7q4euQKtm7 — Edward Snowden …", "👇🏻 pic.twitter.com/ABIvsJNW4d — Laura Loomer …")."""
    found = POST_CREDIT.match(LEADING_LINKS.sub("", THREAD_COUNT.sub("", text, count=1), count=1)) or FACEBOOK_CREDIT.match(text)
    if found is None and (cut := max(text.rfind(d) for d in ("—", "–", " -"))) > 0 and len(_post_words(text[:cut])) < 3:
        found = POST_CREDIT.match(text[cut:])
    return found


def _post_words(text: str) -> list[str]:
    """The words of a post's text, its links left out (what tells a post's own text from links and marks alone)."""
    return re.findall(r"[A-Za-z]{2,}", LINK.sub(" ", text))


def _credit_name(name: str, attributor, page: bool = False) -> str:
    """The source a post's credit names: a body's name as it stands ("Posted by Taos County Sheriff's Office on …" holds
    no title to take off), else the person the registry knows by it; a Facebook page's (`page`) only when it is a
    person's full name ("Posted by FOX 5 San Diego on …" registered as a person made "… Border Patrol San Diego
    tweeted" FOX's)."""
    if re.sub(r"[’']s$", "", name.split()[-1].lower()) in INSTITUTIONS or (page and not _full_name(name)):
        return name
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    if len(words) == 1 and _first_name(words[0]):
        # "— Michael 🇺🇸 (@trendy) October 3, 2017", "— Mike (@Bigly45) …": a first name alone is the account's, no one the
        # corpus named in full ("St. Michael", Mike Cernovich), unless the one person this article gave that first name
        # ("In a damning tweet, writer Kashana Cauley …" ¶ … ¶ "— Kashana (@kashanacauley) …")
        return attributor.registry.first_named_here(words[0]) or words[0]
    return attributor.registry.lookup(name)


def _post_chars(text: str) -> int:
    """The characters a line holds as a post counts them, a link as `LINK_CHARS`."""
    return len(LINK.sub("x" * LINK_CHARS, text.strip()))


def _outlet_name(name: str) -> bool:
    """Does a name open with an outlet's acronym ("USA Today"; not a headline's "ALAN DERSHOWITZ", all capitals)?"""
    words = name.split()
    return len(words) > 1 and bool(OUTLET_ACRONYM.fullmatch(words[0])) and not name.isupper()


def _credit_ending(text: str):
    """The POST_CREDIT match that ends a paragraph after text of its own (from its last dash), or None; a link alone
    before it is no text ("pic.twitter.com/GSP9JiHpqf — bananas in pajamas (@EverydayDaniel) November 2, 2018" credits
    the paragraph before)."""
    cut = max(text.rfind(d) for d in ("—", "–", " -"))
    words = _post_words(text[:cut]) if cut > 0 else []
    return POST_CREDIT.match(text[cut:]) if len(words) >= 3 else None


# a person's name as the label of a quotation: "Ratzinger: “The faith is not a theory.”"
LABEL_QUOTE = re.compile(r"\s*([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s*:\s*[“„«\"‘']")
# ... or a person's full name and a description before the colon ("Sergei Syrankov, Communist Party: "…"")
DESCRIBED_LABEL = re.compile(r"\s*(?:[-•*·▪◦‣–—]\s+)?(?:\*\*|__)?\s*([A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s*(?:\*\*|__)?\s*,\s*[^:“”\"\n]{1,80}?:\s")
# a reference note's mark opening its paragraph ("[3] See our earlier brief, …")
NOTE_MARK = re.compile(r"\s*\[\d{1,3}\]\s")
WRITER_LABELS = {"HOST", "INTERVIEWER", "QUESTION", "MODERATOR", "REPORTER", "ANCHOR", "PRESENTER", "JOURNALIST",
                 "CORRESPONDENT", "EDITOR"}
NOT_SPEAKER_LABELS = {"UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "EDITOR'S NOTE", "EDITOR’S NOTE", "NOTE",
                      "BREAKING", "WATCH", "READ MORE", "ANALYSIS", "OPINION", "LIVE", "PHOTOS", "PHOTO", "VIDEO",
                      "RELATED", "SOURCE", "SOURCES", "EXCLUSIVE", "FACT CHECK", "BACKGROUND", "CONTEXT", "CAPTION",
                      "WHY IT MATTERS", "BOTTOM LINE", "DISCLAIMER", "WARNING", "ALSO", "SEE ALSO", "PS", "P.S.",
                      # a fact check's labels: the claim checked, as the writer states it, and the writer's findings
                      "CLAIM", "THE CLAIM", "VERDICT", "OUR VERDICT", "RATING", "OUR RATING", "RULING", "OUR RULING",
                      "FACTS", "THE FACTS", "WHAT WE FOUND", "CONCLUSION", "SUMMARY"}
# quote-only verbs that call something by quoted words: a speaker only as in "X dismissed the claims as “…”"
CALLING_VERBS = {"dismiss", "reject", "condemn", "denounce"}
# what a speech verb's object may be without being what was said ("answered questions", "took calls")
EXCHANGES = {"question", "query", "inquiry", "call", "interview", "request", "phone"}
# reporting verbs that go on with what the speaker said before ("Francis added that …")
GOING_ON_VERBS = {"add", "continue", "conclude", "repeat", "reiterate", "elaborate", "insist"}
PRAISING_VERBS = {"praise", "hail", "defend"}  # speech only with quoted words in an "as" phrase: "praised Belarus as “a partner”"
# The source of quoted or reported words whose speaker no rule could find ("“…,” she said." with no woman named)
UNRESOLVED = "unresolved speaker"
AUTHOR_VOICE_OPENERS = ("If correct", "If true", "If so", "If accurate", "Again,", "In fact,", "Indeed,")
# the writer reporting that someone did not speak ("did not respond to questions", "declined to comment")
NO_COMMENT = re.compile(r"\b(?:did not|didn[’']t|has not|have not|had not|declined to|refused to|could not be reached|"
                        r"did not immediately)\s+(?:respond|reply|comment|return|answer)|\bdeclined to comment\b|\bno comment\b"
                        r"|\b(?:did not|didn[’']t|would not|wouldn[’']t)\s+elaborate\b"
                        # ("Police have not given their own estimate.", after the organisers' figure)
                        r"|\b(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|had not)\s+(?:give|given|provide|"
                        r"provided|release|released|offer|offered)\s+(?:an?|any|their|its|his|her)\s+(?:own\s+)?"
                        r"(?:estimate|figure|number|count|tally)\b")
# the writer's note that what was reported is unconfirmed ("The claim could not be independently verified.",
# "Reuters could not independently verify the report.") or not known ("It was not immediately clear …")
UNVERIFIED = re.compile(r"\b(?:could|can|cannot)\s*(?:not|n[’']t)?\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)"
                        r"|\b(?:has|have|had)\s+not\s+been\s+(?:independently\s+)?(?:verified|confirmed)"
                        # "It was not immediately clear how long the closure would last.", "It is unclear when …"
                        # (also after a conjunction: "But it was not immediately clear if that van was the same one …")
                        r"|^(?:(?:But|And|Yet|Still),?\s+)?[Ii]t\s+(?:was|is|remained|remains)\s+"
                        r"(?:not\s+(?:immediately\s+|yet\s+)?clear|unclear)\b")
# nouns for a person that tell the gender ("The son …. He told Reuters …")
MALE_PEOPLE = {"son", "husband", "father", "brother", "grandson", "grandfather", "nephew", "uncle", "man", "boy"}
FEMALE_PEOPLE = {"daughter", "wife", "mother", "sister", "granddaughter", "grandmother", "niece", "aunt", "woman", "girl"}
# ... of them, those that tell nothing else: "The man" is most likely someone described before ("The man, who asked to
# be called only Ales, …" after "A former railway worker … says …")
GENERIC_PEOPLE = {"man", "woman", "boy", "girl"}
MALE_TITLES = {"mr", "sir", "lord", "king", "spokesman", "chairman", "businessman", "congressman",
               # a Catholic or Orthodox cleric's ("Bishop Nona Amel" is a "he", whatever "Nona" tells elsewhere)
               "pope", "cardinal", "archbishop", "bishop", "monsignor", "msgr", "father", "fr"}
# a cleric's titles, which a layman named by the same surname never has
CLERICAL_TITLES = {"pope", "cardinal", "archbishop", "bishop", "monsignor", "msgr", "father", "fr", "rev", "reverend",
                   "sister", "brother", "imam", "rabbi", "sheikh", "shaykh", "pastor", "deacon", "abbot", "prior"}
FEMALE_TITLES = {"ms", "mrs", "miss", "lady", "queen", "spokeswoman", "chairwoman", "businesswoman", "congresswoman",
                 "mme", "mlle"}
NAMED_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# descriptions spaCy may take into a name when they open a sentence ("Outgoing Flake said …"), before a surname
NAME_DESCRIPTORS = {"outgoing", "incoming", "embattled", "disgraced", "ousted", "jailed", "exiled", "retiring", "departing",
                    "beleaguered", "indicted", "imprisoned", "detained", "defeated", "victorious", "longtime", "veteran"}
TITLE_WORDS = {"mr", "mrs", "ms", "miss", "dr", "gen", "sen", "rep", "gov", "prof", "president", "minister", "sir", "lord",
               "pm"}
JUDICIAL = {"judge", "justice", "magistrate"}
# elected or appointed offices: a person titled with some of them only is described by one of those
OFFICES = {"president", "governor", "senator", "mayor", "congressman", "congresswoman", "representative", "minister",
           "chancellor", "premier", "prime", "ambassador", "sheriff", "commissioner"}
# the titles of an office that tell a person from a namesake with a suffix ("President Donald Trump", not "Donald
# Trump Jr."; "Rev. Jesse Jackson", not "Rep. Jesse Jackson Jr."): TITLE_WORDS less the forms of address, and the clergy's
OFFICE_TITLES = {"gen", "sen", "rep", "gov", "prof", "president", "minister", "lord", "pm", "general", "senator",
                 "representative", "governor", "professor", "rev", "reverend", "pastor", "bishop", "archbishop", "cardinal",
                 "rabbi", "imam"}
# titles that open a person's name whichever entity spaCy tags ("Shaykh Hamza Sodagar" comes out ORG); not a
# title that also opens the names of bodies ("General Motors", "President Hotel")
INNER_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof", "sir", "sheikh", "shaykh", "shaikh", "sheik", "imam",
                "rabbi", "pastor", "ayatollah", "archbishop", "bishop", "cardinal", "reverend", "rev", "father", "fr", "msgr",
                "monsignor", "maulana", "mullah", "mufti", "abbot", "abbess"}
# an abbreviated title is also its role noun, so "the governor" finds "Gov. Deval Patrick"
TITLE_ROLES = {"gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "prof": "professor"}


# ---------------------------------------------------------------- names


def normalise(name: str) -> str:
    """Lowercase ASCII form used to compare names: diacritics, possessives, dots and titles removed."""
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace("'s", "").replace("’s", "").replace(".", " ")
    words = [w for w in s.replace("-", "").split() if w not in TITLE_WORDS and w not in NAME_SUFFIXES]
    return " ".join(words)


def _surname_key(word: str) -> str:
    return word[:-2] + "y" if word.endswith("iy") else word


# lower-case words that belong to a name ("Charles de Gaulle", "Bashar al-Assad")
NAME_PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "ibn", "al", "el", "la", "le", "du",
                  "dos", "das", "ter", "ten", "zu", "y", "ben", "bint", "abu", "ad", "ud", "ul"}


def _lower_word(word: str, leading: bool) -> bool:
    """A lower-case word spaCy took into a name: "not" ("whether or not Garland"), "explained" ("John XXIII
    explained"), and before the name a hyphenated epithet too ("anti-Western Lukashenko"); not a particle ("de",
    "al-Assad") nor a surname with inner capitals ("diGenova")."""
    word = word.strip("“”‘’\"'")  # "“conservative” Bishop Tobin"
    if not word[:1].islower() or word.split("-")[0].lower() in NAME_PARTICLES:
        return False
    return (word.isalpha() and word.islower()) or (leading and "-" in word)


def _balanced(name: str) -> str:
    """'World Health Organization (WHO' -> 'World Health Organization': an entity cut inside its brackets."""
    if name.count("(") > name.count(")"):
        return name[: name.rindex("(")].rstrip() or name
    if name.count(")") > name.count("("):
        return name[name.index(")") + 1 :].lstrip() or name
    return name


# titles of rank, office or the church that open a name but are no role a description names ("Captain Johnson",
# "Jesuit Father Thomas J. Reese"); several are also given names in the name data, so none counts as a first name
HONORIFICS = {"captain", "capt", "lieutenant", "lt", "sergeant", "sgt", "colonel", "col", "corporal", "cpl", "admiral",
              "adm", "detective", "det", "inspector", "officer", "father", "fr", "reverend", "rev", "deacon", "jesuit",
              "excellency", "eminence", "holiness", "msgr", "monsignor", "monsignore",
              # and the abbreviations segmentation keeps whole with their stop ("Maj. Petro Koval", "Reps. Adam Schiff")
              *(t.lower() for t in TITLE_ABBREVIATIONS)}


def _first_name(word: str) -> bool:
    """A known given name, not an honorific that is also one ("Captain", "Father")."""
    return (word.lower().rstrip(".") not in HONORIFICS | TITLE_WORDS | ROLE_NOUNS | MALE_TITLES | FEMALE_TITLES
            and bool(first_name_gender(normalise(word))))


def _name_after_of(words: list[str]) -> list[str]:
    """The person at the end of a title's of-, for- or to-phrases ("of Homeland Security Kirstjen Nielsen", "of State John
    F. Kerry", "for Diplomatic Security Charlene Lamb", "to the UN Nikki Haley"): from the last known first name after
    the last of those words that only capitalised words follow (the name data holds words such as "Trade"), else the last two words (three with a
    middle initial); the words unchanged when the phrase is no run of capitalised words."""
    last_of = max(k for k, w in enumerate(words) if w.lower() in ("of", "for", "to"))
    rest = words[last_of + 1 :]
    # "of Foreign Affairs and Trade Péter Szijjártó": a known first name opening capitalised words to the end
    first = next((k for k in reversed(range(len(rest) - 1))
                  if _first_name(rest[k]) and all(w[:1].isupper() for w in rest[k:])), None)
    if first is not None:
        return rest[first:]
    rest = rest[1:] if rest and rest[0] == "the" else rest  # "Secretary of the Interior Ryan Zinke"
    if len(rest) < 3 or not all(w[:1].isupper() for w in rest):
        return words
    initial = len(rest[-2]) <= 2 and rest[-2].endswith(".")
    return rest[-3:] if initial else rest[-2:]


def _portfolio_title(words: list[str]) -> int | None:
    """'Defence Minister Cezary Tomczyk', 'White House Press Secretary Karoline Leavitt': the index of a title word
    after one to three capitalised words that are no first names (a portfolio), with a name after it; else None."""
    for k in range(1, min(4, len(words) - 1)):
        if not (words[k - 1][:1].isupper() and not _first_name(words[k - 1])):
            return None
        if words[k].lower().rstrip(".") in TITLE_WORDS | ROLE_NOUNS:
            return k
    return None


def strip_titles(name: str) -> tuple[str, set[str]]:
    """'Chairwoman Ana Ruiz' -> ('Ana Ruiz', {'chairwoman'}); 'Belarus President X' -> ('X', {'belarus', 'president'}).
    A lone word stays as it is ('President' is not a name, but nothing better is known). Words spaCy took into a name
    go: an outlet or band before a possessive ("U2's Bono", "Polish Radio's Tomasz Nowak") or before a first name
    ("Fox News Sean Hannity"), a title's of-phrases ("Secretary of Homeland Security Kirstjen Nielsen"), lower-case
    words before or after it ("not Garland", "anti-Western Lukashenko", "John XXIII explained") and an unclosed
    bracket ("World Health Organization (WHO")."""
    words, titles = _balanced(name).split(), set()
    owners = [k for k, w in enumerate(words[:-2]) if w.endswith(("'s", "’s", "s'", "s’"))]  # (and "WikiLeaks’ Julian Assange")
    if owners and all(w[:1].isupper() for w in words[owners[-1] + 1 :]) and _first_name(words[owners[-1] + 1]):
        words = words[owners[-1] + 1 :]  # not "Freedom's Lighthouse", "St. Peter's Square"
    named = any(w[:1].isupper() for w in words)  # ("marijuana advocates", tagged PERSON, is no name to trim)
    while len(words) > 1:
        w = words[0].lower().rstrip(".")
        if w in TITLE_WORDS or w in ROLE_NOUNS or w in DEMONYMS or w in COUNTRIES or w in HONORIFICS:
            titles.add(DEMONYMS.get(w, w))
            words.pop(0)
        elif (k := _portfolio_title(words)) is not None:
            titles.add(words[k].lower().rstrip("."))  # "Defence Minister Cezary Tomczyk", "Justice Secretary X"
            words = words[k + 1 :]
        elif w == "of" and titles and len(words) > 2 and words[1].lower() in COUNTRIES | set(DEMONYMS):
            words.pop(0)  # "President of Belarus Aleksandr Lukashenko"
        elif w in ("of", "for", "to") and titles and len(words) > 3:
            words = _name_after_of(words)  # "Secretary of Homeland Security Kirstjen Nielsen"
            break
        elif w == "of" and titles and len(words) == 3 and words[1].lower() in PORTFOLIOS and words[2][:1].isupper():
            words = words[2:]  # "Secretary of State Tillerson": a one-word portfolio and a surname
            break
        elif w in ("his", "her") and len(words) > 2 and words[1].lower() in HONORIFICS:
            words.pop(0)  # "His Excellency Marian Eleganti" ("His Holiness" alone stays)
        elif w in NAME_DESCRIPTORS:
            words.pop(0)  # "Outgoing Flake, and good riddance, said": a description capitalised to open a sentence
        elif w in NAME_OPENERS or (named and _lower_word(words[0], leading=True)):
            words.pop(0)  # "Plus Obama is nominating …": spaCy may take a sentence's first word into the name
        else:
            break
    # "John XXIII explained", "Trump continued pounding Sessions": a lower-case word that is no particle ends the name
    cut = next((k for k in range(1, len(words)) if named and _lower_word(words[k], leading=False)
                and words[k] not in ("of", "and", "for", "the")), None)
    words = words[:cut] if cut is not None else words
    # (… and a word in capitals after a full name in title case, a headline's shouting: "Scumbag shooter Stephen Paddock
    # LEFT A NOTE" is no person "Stephen Paddock LEFT"; not an acronym after one word, "Swedish TV", "House IG", nor a
    # regnal number, "John Paul II", nor a suffix, "JR")
    shout = next((k for k in range(2, len(words)) if len(words[k]) > 1 and words[k].isalpha() and words[k].isupper()
                  and words[k - 1][:1].isupper() and not words[k - 1].isupper() and _first_name(words[0])
                  and not re.fullmatch(r"[IVXLCDM]+", words[k]) and words[k] not in ("JR", "SR", "MD", "ESQ")), None)
    words = words[:shout] if shout is not None else words
    after_body = next((k for k in range(1, len(words) - 1) if words[k - 1].lower() in BODY_WORDS and _first_name(words[k])), None)
    if after_body is not None:
        words = words[after_body:]
    if len(words) == 1 and words[0].lower().rstrip(".") in HONORIFICS | {"general", "pope"}:
        # "Attorney General", "Father General", "The Pope": a title, no name to strip (its article goes: "the Pope"
        # and "Pope" are one source)
        return re.sub(r"^[Tt]he\s+", "", _balanced(name)), set()
    return " ".join(words), titles


@dataclass
class Person:
    canonical: str
    first: str  # normalised first name, "" if never seen
    surname: str  # normalised, spelling-folded surname
    titles: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)  # every canonical form this person had, in order
    suffix: str = ""  # "jr", "sr" or a regnal number after one name ("Gregory III"): a namesake's mark (`name_suffix`)
    # known by a first name only, as the writer says ("a 52-year-old from Lublin named Tomasz", "who gave only his first
    # name, Darius"): never the first name of a full name the article gives later ("Interior Minister Tomasz Siemoniak")
    given_only: bool = False
    articles: int = 0  # the articles that named this person so far (a registry over a corpus: `corpus_names`)
    # longer forms the name was written in that matched it ("Dina Habib Powell" for "Dina Powell"), for a middle name
    # later written with the surname alone ("Habib Powell", `_longer_surname`)
    longer: list[str] = field(default_factory=list)


# Slavic and Baltic surnames tell gender ("Zakharova", "Tsikhanouskaya", "Zelenska", "Petrauskiene" against "Lavrov",
# "Zelensky"); unisex endings ("-enko", "-uk") and first names are not read
FEMALE_SURNAME_ENDINGS = ("ova", "eva", "yova", "aya", "skaya", "ska", "cka", "iene", "aite", "yte", "ute", "ová", "ienė")
MALE_SURNAME_ENDINGS = ("ov", "ev", "sky", "skiy", "skyi", "skyy", "skij", "ski", "cki", "kas", "tas", "vas", "nas", "ras")


def surname_gender(surname: str, display: str = "") -> str:
    """'f', 'm' or '' for a normalised surname; '' for a surname written with an inner capital ('diGenova', 'McKay'),
    which is no Slavic or Baltic one."""
    last = display.split()[-1] if display.split() else ""
    if any(c.isupper() for c in last[1:]):
        return ""
    if surname.endswith(FEMALE_SURNAME_ENDINGS):
        return "f"
    return "m" if len(surname) > 4 and surname.endswith(MALE_SURNAME_ENDINGS) else ""


# First names strongly gendered in nomquamgender's name data (Van Buskirk et al., 2023: 36 sources of name-gender
# observations; p(gf) is the share of bearers gendered female): a name with p(gf) >= 0.9 or <= 0.1 over at least
# FIRST_NAME_MIN_COUNT observations tells "he" from "she"; others ("Jordan", "Jean", "Kim") and unknown names say nothing.
FIRST_NAME_MIN_COUNT = 10
FIRST_NAME_CERTAINTY = 0.4  # |p(gf) - 0.5| at least this (nomquamgender's default threshold of 0.1)


@functools.cache
def _first_name_genders() -> dict[str, str]:
    """{first name: 'f' | 'm'} from nomquamgender's data file, read once per process. The package is found, not
    imported: importing it keeps all 720,000 names in memory (about 200 MB); the 155,000 kept here take a fifth."""
    import importlib.util
    import json

    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise FramingError("nomquamgender is not installed: run `make setup` (it tells he from she by first names)")
    raw = json.loads((Path(spec.submodule_search_locations[0]) / "name_data.json").read_text("utf-8"))
    return {name: ("f" if p > 0.5 else "m") for name, (_, count, p, *_) in raw.items()
            if count >= FIRST_NAME_MIN_COUNT and isinstance(p, (int, float)) and abs(p - 0.5) >= FIRST_NAME_CERTAINTY}


def first_name_gender(first: str) -> str:
    """'f', 'm' or '' for a normalised (lower-case ASCII) first name."""
    return _first_name_genders().get(first, "") if len(first) > 1 else ""


@functools.cache
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


# Two spellings of one given name ("Sviatlana"/"Svetlana", "Aliaksandr"/"Alexander") are at least this similar
# (difflib's ratio); unrelated names of one initial ("Rand"/"Ron" 0.57, "Mark"/"Mike" 0.5) are below it. Below the
# second figure two spellings must also open on the same consonants ("Siarhei"/"Sergei" 0.62, not "Julián"/"Joaquin"
# 0.62 nor "Roger"/"Roberton" 0.62, brothers and strangers)
FIRST_NAME_SIMILARITY = 0.6
FIRST_NAME_SIMILAR_ENOUGH = 0.7


def _consonants(first: str) -> str:
    """A given name's consonant frame, which transliterations keep: "Aliaksandr" and "Alexander" are lksndr,
    "Volodymyr" and "Vladimir" vldmr, "Mikhail" and "Michael" mkl (x is ks; c and q are k; vowels, h, w and y
    dropped; doubled letters once)."""
    n = first.replace("x", "ks").replace("ph", "f").replace("ck", "k")
    n = re.sub(r"[aeiouyhw]", "", re.sub(r"[cq]", "k", n))
    return re.sub(r"(.)\1+", r"\1", n)


def _given(words: list[str]) -> str:
    """The first name of a normalised name's words: the first word, or after a leading initial the known first name
    the person goes by ("U. Renee Hall", "J. Edgar Hoover"); "" for a surname alone."""
    if len(words) > 2 and len(words[0]) == 1 and first_name_gender(words[1]):
        return words[1]
    return words[0] if len(words) > 1 else ""


def name_suffix(name: str) -> str:
    """The generational suffix that tells a person from a namesake: "jr" or "sr" ("Donald Trump Jr." is not his father),
    or a Roman numeral after a single name ("Gregory III", a patriarch, is not Wilton D. Gregory); "" otherwise, and
    for a numeral after a full name, the same person with or without it ("Robert S. Mueller III", "Robert Mueller")."""
    words = strip_titles(name)[0].replace(",", " ").split()
    last = words[-1].lower().rstrip(".") if len(words) > 1 else ""
    if last not in NAME_SUFFIXES:
        return ""
    return last if last in ("jr", "sr") or sum(1 for w in words[:-1] if normalise(w) and w.lower() not in REGNAL_TITLES) == 1 else ""


def _display_name(name: str) -> str:
    """A name as a source: the words that name the person (`normalise`), with a generational suffix kept at the end
    ("Donald Trump Jr.", "John Paul II"; "Hammond, Jr." without its comma)."""
    parts = [w.strip("[]()") for w in name.replace("’s", "").replace("'s", "").split()]
    suffix = parts[-1] if len(parts) > 1 and parts[-1].lower().rstrip(".") in NAME_SUFFIXES else ""
    # (a pope's number inside the name stays: "Paul VI Montini")
    words = [w for k, w in enumerate(parts[:-1] if suffix else parts)
             if normalise(w) or (k > 0 and w.isupper() and w.lower() in NAME_SUFFIXES - {"jr", "sr"})]
    if suffix and words:
        words[-1] = words[-1].rstrip(",")
        words.append(suffix)
    return " ".join(words)


def same_first_name(a: str, b: str) -> bool:
    """Can two normalised first names be one person's? A missing one or an initial fits any name of that initial;
    a short form ("Alex"), a nickname ("Mike" for "Michael", "Bill" for "William"; the nicknames package's data) or a
    transliteration of one initial fits; "Rand" and "Ron" Paul are two people."""
    if not a or not b or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if a.startswith(b) or b.startswith(a):
        return True
    nn = _nicknamer()
    if b in nn.nicknames_of(a) or a in nn.nicknames_of(b):
        return True
    if {first_name_gender(a), first_name_gender(b)} == {"f", "m"}:
        return False  # (not "Maria" and "Mario", "Carl" and "Carol")
    frame_a, frame_b = _consonants(a), _consonants(b)
    if frame_a == frame_b and len(frame_a) >= 3:
        return True  # ("Volodymyr" and "Vladimir", 0.59; "Yevgeny" and "Evgeny"; not "Ali" and "Eli")
    if a[0] != b[0]:
        return False
    ratio = difflib.SequenceMatcher(None, a, b).ratio()
    return ratio >= FIRST_NAME_SIMILAR_ENOUGH or (ratio >= FIRST_NAME_SIMILARITY and frame_a[:2] == frame_b[:2])


class NameRegistry:
    """One canonical name per person across a corpus (processed in a fixed order, so output is deterministic)."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self.introduced: dict[int, int] = {}  # id(person) -> order of first mention in the current article
        # surnames some article gave both a person with a "Jr."/"Sr." and a namesake without ("Donald Trump Jr." and
        # President Donald Trump): there, a full name without the suffix is never the one with it (`corpus_names`)
        self.namesakes: set[str] = set()
        # surname -> the genders of the pronouns the article's "X said he …" gives it (`Attributor.prepass`): where
        # one, it outranks the odds of a first name ("Senator Lindsey Graham … said that he would …")
        self.told: dict[str, set[str]] = {}

    def start_article(self) -> None:
        self.introduced = {}

    def _match(self, first: str, surname: str, suffix: str = "", titles: set[str] | None = None,
               outlet: bool = False) -> Person | None:
        """Best surname match; for a surname alone shared by several people ("Trump" after Donald and Melania
        Trump) the one the current article introduced first, as news style names relatives by first name. A name with
        a namesake's suffix (`name_suffix`) is only a person with that suffix; one without is a person without, else
        one with it ("Mr. Stone", "Roger Stone" after "Roger J. Stone Jr."), unless the name comes with the title of an
        office that person lacks ("President Donald Trump" after "Donald Trump Jr.") or its surname is one of
        `namesakes`; a surname alone may be either, the one the article named first as before."""
        scored, family = [], False
        gender = surname_gender(surname)
        for p in reversed(self.people):  # most recently added first
            if suffix and p.suffix != suffix:
                continue  # "Trump Jr." is not Donald Trump
            if first and not p.first and p.suffix not in ("", "jr", "sr"):
                continue  # nor is "John Paul II" the "Paul VI" named before him, a single name with a number
            score = difflib.SequenceMatcher(None, p.surname, surname).ratio()
            if score < 0.85 or not same_first_name(first, p.first):
                continue
            if score < 1 and id(p) not in self.introduced and min(len(p.surname), len(surname)) < 7:
                # a short surname spelt otherwise is no one another article named ("Reagan" is not Sean Ragan, nor is
                # "Mark Judge" the "Jude" of an epistle, nor Boehner's spokesman "Michael Steel" the RNC's Michael
                # Steele; a longer one is a misspelling or a transliteration: "McCarick", "Lukashenka")
                continue
            if p.surname != surname and (p.surname.endswith(surname) or surname.endswith(p.surname)) and not re.fullmatch(
                    r"\w['’]", max(p.surname, surname, key=len)[: abs(len(p.surname) - len(surname))]):
                continue  # letters before a surname make another one ("Bryan" is not Ryan, nor "Reason" "Treason"; a
                # dropped "O'" is a misspelling: "Rourke" after "Beto O'Rourke")
            if not first and (titles or set()) & CLERICAL_TITLES and p.titles and not p.titles & CLERICAL_TITLES:
                continue  # "Cardinal Müller" is not the "Robert Mueller" another article named
            if (not first and _outlet_name(p.canonical)) or (outlet and not p.first):
                continue  # a word alone is no surname of an outlet an acronym opens ("TODAY" is not "USA Today")
            if gender and (other := surname_gender(p.surname)) and other != gender:
                continue  # "Olena Zelenska" is not "Volodymyr Zelensky"
            if first and not p.first and p.titles & (MALE_TITLES if first_name_gender(first) == "f" else
                                                     FEMALE_TITLES if first_name_gender(first) == "m" else set()):
                continue  # "Melania Trump" is not the "Mr. Trump" named before her without a first name
            told = self.told.get(p.surname, set())
            p_gender = next(iter(told)) if len(told) == 1 else first_name_gender(p.first) if p.first else ""
            if not first and p.first and set(titles or ()) & (MALE_TITLES if p_gender == "f" else
                                                             FEMALE_TITLES if p_gender == "m" else set()):
                family = True  # nor is "Mr. Trump" the "Ivanka Trump" named before him, nor "Mr. Obama" his daughter Malia
                continue
            scored.append((score, p))
        if family:  # … nor her sister Sasha, whose name may be either's: the article named a family, and "Mr." is its head
            scored = [(score, p) for score, p in scored if not (id(p) in self.introduced and p.first
                                                                and not first_name_gender(p.first))]
        # (an office a title gives, not a form of address, a country or a role: "U.S. Vice President Joe Biden" is
        # Joseph R. Biden Jr. where he is vice president too, "Director of National Intelligence James Clapper" is
        # James R. Clapper Jr.)
        offices = {t for t in titles or () if t in OFFICE_TITLES}
        if not suffix and first and any(not p.suffix for _, p in scored):
            scored = [(score, p) for score, p in scored if not p.suffix]  # "Donald Trump" where his son is named too
        elif not suffix and first:
            scored = [(score, p) for score, p in scored if surname not in self.namesakes and not offices - p.titles]
        elif not suffix:  # "President Trump" is not the son ("Jackson" alone is whom the article named first)
            scored = [(score, p) for score, p in scored if not (p.suffix and offices - p.titles)]
        if not scored and not first and not suffix:
            # "According to Mao" after "Mao Ning": a family name written first, of one person this article introduced
            given = [p for p in self.people if id(p) in self.introduced and p.first and _surname_key(p.first) == surname]
            if not given and surname in HONORIFICS | TITLE_WORDS | ROLE_NOUNS | {"pope", "general"}:
                # "the Pope" after "Pope Francis": a title alone is the one person this article gave it
                given = [p for p in self.people if id(p) in self.introduced and surname in p.titles]
            return given[0] if len(given) == 1 else None
        if not scored:
            return None
        best = max(score for score, _ in scored)
        tied = [p for score, p in scored if score == best]
        if not first and len(tied) > 1 and len(single := [p for p in tied if p.suffix not in ("", "jr", "sr") and (
                not p.first or p.first in REGNAL_TITLES)]) == 1:
            return single[0]  # "Paul" after "John Paul II" and "Pope Paul VI": the pope this is the whole name of
        if not first and len(tied) > 1:
            # "Secretary of State Clinton" is the Clinton with that title (across a corpus, Hillary, not Bill)
            shared = [p for p in tied if p.titles & set(titles or ()) - COUNTRIES]
            if not shared and offices and len({p.first for p in tied}) > 1 and all(
                    p.first and id(p) in self.introduced for p in tied):
                return None  # "President Obama" after "Malia and Sasha Obama" is neither daughter
            tied = shared if shared else tied
            # (of people the current article has not named, the one more articles named: across a corpus, "Lukashenko"
            # alone is Alexander, not the son one article named)
            return min(tied, key=lambda p: (self.introduced.get(id(p), 10**9), -p.articles))
        return tied[0]

    def add(self, name: str, titles: set[str] | None = None) -> Person | None:
        name, leading = strip_titles(name)
        titles = (titles or set()) | leading
        if name.split()[:1] == ["Pope"] and len(name.split()) > 1:
            titles = titles | {"pope"}  # "Pope Francis" (a papal name keeps its title): the one "the pope" is
        if (inner := re.fullmatch(r"([A-Z][\w.]*) Cardinal ([A-Z].*)", name)) is not None:
            # "Sean Cardinal O'Malley", "Godfried Cardinal Danneels": a cardinal's title inside his name
            name, titles = f"{inner[1]} {inner[2]}", titles | {"cardinal"}
        titles |= {TITLE_ROLES[t] for t in titles if t in TITLE_ROLES}  # "Gov." is also "governor"
        words = normalise(name).split()
        if not words or (len(words) == 1 and words[0] in NAME_OPENERS):  # "Quoth" tagged PERSON in "Quoth Fisher:"
            return None
        if len(words) == 3 and words[1] == "of" and not first_name_gender(words[0]) and words[0] in COMMON_OF_NOUNS:
            return None  # "the Word of God" (spaCy's PERSON) is no person, nor then is "God" one with that surname
        first, surname = _given(words), _surname_key(words[-1])
        suffix = name_suffix(name)
        person = self._match(first, surname, suffix, titles, outlet=_outlet_name(name))
        display = _display_name(name)
        if person is None and len(words) > 1:
            person = self._longer_surname(words)
            if person is not None and len(words) > len(normalise(person.canonical).split()):
                person.first, person.canonical = first, display  # "Garcia Zarate", then "Jose Ines Garcia Zarate"
                person.names.append(display)
        if person is None and first and not re.search(r"['’]", display) and (alone := self._first_name_alone(first)) is not None:
            # "Losik's wife, Darya, said …" then "Darya Losik said": the person this article named by first name alone
            person = alone
            person.first, person.surname, person.canonical = first, surname, display
            person.names.append(display)
        elif person is None:
            person = Person(display, first, surname, names=[display], suffix=suffix)
            self.people.append(person)
        elif first and not person.first:
            person.first, person.canonical = first, display
            person.names.append(display)
        else:  # move to the end: most recent mention
            self.people.remove(person)
            self.people.append(person)
            if len(words) > len(normalise(person.canonical).split()) and display not in person.longer:
                person.longer.append(display)  # "Dina Habib Powell" after "Dina Powell"
            if (person.canonical.isupper() and not display.isupper() and display not in person.names
                    and (len(display.split()) >= len(person.canonical.split()) > 1
                         or (titles and display.lower() == person.canonical.lower()))):  # (an acronym stays: "MEK")
                # "ALAN DERSHOWITZ" from a headline, then "Alan Dershowitz" in the text; a transcript's label
                # "SIKORSKI", then "Minister Sikorski" (one word: only with a person's title)
                person.canonical = display
                person.names.append(display)
        person.titles |= titles or set()
        if id(person) not in self.introduced:
            person.articles += 1
            self.introduced[id(person)] = len(self.introduced)
        return person

    def _longer_surname(self, words: list[str]) -> Person | None:
        """The person a surname of two or more words names ("Wasserman Schultz" after "Debbie Wasserman Schultz",
        "Braz de Aviz" after "João Braz de Aviz"), or the person such a surname named before a full name with it, in the
        current article: the shorter name's first word is no known first name (or a particle follows it, or it is the
        middle word of three: "Habib Powell" after "Dina Habib Powell"), its words the longer one's last, and the longer
        one opens with a first name (not "Pre-Order Jamie Glazov", an advertisement's words before a name)."""
        for p in reversed(self.people):
            if id(p) not in self.introduced:
                continue  # (the current article's people only: across a corpus, "White House" is no "Obama White House")
            for form in [p.canonical, *p.longer]:
                known = normalise(form).split()
                short, full = (words, known) if len(words) < len(known) else (known, words)
                if 1 < len(short) < len(full) and full[-len(short):] == short and first_name_gender(full[0]) and (
                        not first_name_gender(short[0]) or any(w in SURNAME_PARTICLES for w in short[1:-1])
                        or len(full) == len(short) + 1 == 3):
                    # (a middle or maiden name that is also a first name: "Habib Powell" after "Dina Habib Powell", also
                    # after "Dina Powell" then "Dina Habib Powell")
                    return p
        return None

    def last_titled(self, title: str) -> str:
        """The canonical name of the person most recently named in the current article with this title word ("sister"
        for "Her sister, Tatsiana Khomich,"), or ""."""
        return next((p.canonical for p in reversed(self.people) if id(p) in self.introduced and title in p.titles), "")

    def holders(self, words: set[str]) -> set[str]:
        """The canonical names of the people named in the current article with all these title words and no country's
        ("Interior Minister Tomasz Siemoniak" and "Tomasz Siemoniak, the interior minister," hold {"interior",
        "minister"}; "Belarusian Interior Minister Ivan Kubrakov" is Belarus's)."""
        return {p.canonical for p in self.people
                if id(p) in self.introduced and words <= p.titles and not p.titles & COUNTRIES}

    def _first_name_alone(self, first: str) -> Person | None:
        """The one person the current article named by this first name alone (a known first name, no surname, no
        title: "Queen Elizabeth" is not a later "Elizabeth Yore")."""
        alone = [p for p in self.people if id(p) in self.introduced and not p.first and not p.titles and not p.given_only
                 and p.surname == _surname_key(first)
                 and len(p.canonical.split()) == 1 and first_name_gender(first)]
        return alone[0] if len(alone) == 1 else None

    def first_named_here(self, first: str) -> str:
        """The canonical name of the one person the current article named in full with this first name, or ""."""
        fits = [p for p in self.people if id(p) in self.introduced and p.first and same_first_name(normalise(first), p.first)
                and len(p.canonical.split()) > 1]
        return fits[0].canonical if len(fits) == 1 else ""

    def label_speaker(self, name: str) -> str:
        """The person a transcript's label names: a label's capitals are its typography, so "HELMS", registered in
        capitals from the label itself, is "Helms" (an acronym of three letters or fewer stays: "RFE")."""
        p = self.add(name)
        if p is None:
            return name
        if p.canonical.isupper() and len(p.canonical) > 3 and p.canonical.lower() == normalise(name).lower():
            p.canonical = p.canonical.title()
            p.names.insert(0, p.canonical)  # first: the corpus-wide merge keeps the first spelling of a word in capitals
        return p.canonical

    def by_initials(self, label: str) -> str:
        """The one person the current article named in full whose initials a transcript's label is ("DB" for Dennis
        Bernstein), or ""."""
        if not re.fullmatch(r"[A-Z]{2,3}", label):
            return ""
        fits = [p for p in self.people if id(p) in self.introduced and p.first and len(p.canonical.split()) == len(label)
                and "".join(w[0] for w in p.canonical.split()).upper() == label]
        return fits[0].canonical if len(fits) == 1 else ""

    def known(self, name: str) -> bool:
        words = normalise(strip_titles(name)[0]).split()  # (as `add` reads it: "Shaykh Hamza Sodagar" is Hamza Sodagar)
        return bool(words) and self._match(_given(words), _surname_key(words[-1]), name_suffix(name)) is not None

    def match_name(self, name: str) -> Person | None:
        """The registered person a name (a canonical name, say) is, if any, suffix and all."""
        return self._match(*_split(name), name_suffix(name)) if name else None

    def lookup(self, name: str, titles: set[str] | None = None) -> str:
        p = self.add(name, titles)
        return p.canonical if p else name


# ---------------------------------------------------------------- quotes


@dataclass
class QuoteState:
    inside: list[bool]  # per character of the paragraph
    opened_carry: bool  # the paragraph continues a quote from the previous one
    ends_open: bool
    note: str = ""


def _single_quotes(text: str, carry: bool) -> QuoteState:
    """British style: 'I don't know,' he said. An opening mark starts a word, a closing one ends one; an apostrophe
    inside a word ("don't") or after a plural ("the prisoners' release") outside a quote is no quotation mark."""
    inside, state = [], carry
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        # (a hyphen after a letter joins a word: the "‘" of "Al-‘Ayesh" transliterates a letter)
        word_hyphen = before == "-" and i > 1 and text[i - 2].isalpha()
        # (nor the mark of a shortened year: "Adam Warren, CC ‘22, was in the audience")
        year = text[i + 1 : i + 3].isdigit() and not text[i + 3 : i + 4].isdigit()
        if (ch in SINGLE_OPEN and not state and (before.isspace() or before in "([—–-") and not word_hyphen
                and not after.isspace() and not year):
            state = True
            inside.append(True)
        elif ch in SINGLE_CLOSE and state and not before.isspace() and (after.isspace() or after in ".,;:!?)—–-"):
            inside.append(True)
            state = False
        else:
            inside.append(state)
    return QuoteState(inside, carry, state)


# a single mark closing a quotation, after its last punctuation (not the possessive of "the U.S.' allies")
SINGLE_CLOSING = re.compile(r"(?:[,?!…]|(?<!\b[A-Z])\.)['’](?:\s|$)")
INITIALS_BEFORE = re.compile(r"(?:\b[A-Z]\.)+$")  # "U.S.", "D.C." right before a possessive mark


def _initials_before(text: str, i: int) -> bool:
    """Is the mark at `i` a possessive after initials ("the U.S.' Kurdish allies"), not a quotation's closing mark?"""
    return bool(INITIALS_BEFORE.search(text[:i]))


def _first_single_mark(text: str) -> str:
    """'open', 'close' or '' for a paragraph's first single quotation mark, in text quoted in single marks: one that
    opens a word at the start or after a space, or one right after a quotation's last punctuation (not an apostrophe:
    "Let's", "the Badgers' land")."""
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in SINGLE_OPEN and before.isspace() and after.isalpha():
            return "open"
        if ch in SINGLE_CLOSE and before in ",.?!…" and after.isspace() and not _initials_before(text, i):
            return "close"
    return ""


def scan_quotes(text: str, carry: bool) -> QuoteState:
    """Mark characters inside double quotation marks, or single ones in a paragraph with no double ones. Never
    fails: unbalanced marks are noted, not raised."""
    if not any(ch in OPEN_QUOTES or ch in CLOSE_QUOTES or ch == STRAIGHT for ch in text):
        return _single_quotes(text, carry)
    inside, state, note, marked = [], carry, "", False
    for ch in text:
        if ch in OPEN_QUOTES:
            if state:
                note = "nested or unbalanced opening quotation mark"
            state = True
            inside.append(True)
        elif ch in CLOSE_QUOTES:
            if not state:
                note = "closing quotation mark without an opening one"
                inside = [True] * len(inside)  # quote ran from the paragraph start
            inside.append(True)
            state = False
        elif ch == STRAIGHT:
            i = len(inside)
            # (or right after a nested quotation's closing mark and its punctuation: "… saying 'enough is enough.'\"")
            last = text[i - 2] if i > 1 and text[i - 1] in "'’" else text[i - 1] if i > 0 else ""
            if not state and not marked and last and last in ",.?!…" and (i + 1 == len(text) or text[i + 1].isspace()):
                # 'surplus U.S. military," Haig said': the paragraph's first mark, right after a quotation's last
                # punctuation, closes a quote opened in an earlier paragraph (after another mark it may be a nested
                # quote's: '"That is described as "incidental," and …')
                note = "closing quotation mark without an opening one"
                inside = [True] * len(inside)
                inside.append(True)
                marked = True
                continue
            inside.append(True)
            state = not state
        else:
            inside.append(state)
            continue
        marked = True
    return QuoteState(inside, carry, state, note)


# ---------------------------------------------------------------- speakers


@dataclass
class Cue:
    verb_i: int  # token index of the reporting verb (or "according")
    speaker: str  # canonical name, description, or "" when unresolved
    pronoun: bool
    indirect_ok: bool  # may introduce indirect speech (main verb with a complement)
    form: str = ""  # the pronoun as written, lower case ("she"), when `pronoun`
    document: str = ""  # the noun of a definite document that speaks ("The statement added"), whose owner may be known
    subject_i: int = -1  # token index of the subject the speaker was read from, when there is one
    anaphoric: bool = False  # "This was stated by X": the report names the speaker of the sentence before too
    # a report in a clause joined to the writer's main clause ("…, but the White House said …", "…, while Salma adds
    # that …"): the sentence's, not a paraphrase the next sentences carry on
    coordinated: bool = False
    note: str = ""  # how the cue names its speaker, when it does so itself ("words imagined in a condition")


class Attributor:
    def __init__(self, params: dict | None = None, targets: dict[str, list[str]] | None = None) -> None:
        """`targets`: the stance targets (`label.targets` or `framing analyze --target`), whose definite aliases
        ("the Belarusian leader") name, as a speaker, the target's person named before in the article."""
        params = params or {}
        self.verbs, self.quote_only = load_speech_verbs(params.get("speech_verbs_file", "default"))
        self.alias_names: dict[str, list[str]] = {}
        # the surnames of the person targets named in full among their aliases ("Alexander Lukashenko"): a person where
        # spaCy tags the surname alone as nothing ("Lukashenko went further.")
        self.target_surnames = {a.split()[-1] for aliases in (targets or {}).values() for a in aliases
                                if len(a.split()) > 1 and a.split()[-1][:1].isupper() and first_name_gender(normalise(a.split()[0]))}
        self.country_people: dict[str, list[str]] = {}  # a country -> names of the person target whose aliases name it
        for name, aliases in (targets or {}).items():
            names = [a for a in [name, *aliases] if all(w[:1].isupper() for w in a.split())]
            for alias in aliases:
                if alias.lower().startswith("the ") and names:
                    self.alias_names[alias.lower()[4:]] = names
            for country in {normalise(a) for a in aliases} & COUNTRIES:  # Putin: "Russia" -> "the President of Russia"
                self.country_people.setdefault(country, []).extend(n for n in names if normalise(n) not in COUNTRIES)
        self.registry = NameRegistry()
        self.speaker_surnames: set[str] = set()
        self.organisations: set[str] = set()  # sources that "he"/"she" cannot refer to
        self.plurals: set[str] = set()
        self.owned_roles: set[tuple[int, str]] = set()  # (a person's id, a role noun the article gave them as owner)
        self.places: set[str] = set()  # one-word names spaCy tags a place somewhere in the article (`prepass`)
        self.place_words: set[str] = set()  # the words of its longer place names ("Las", "Vegas")
        self.joint_people: dict[str, int] = {}  # joint sources of people, with how many ("Ms. Pelosi and Mr. Schumer said")
        self.capitalised: set[str] = set()  # `_capitalised_words` of the article

    def agrees(self, name: str, form: str) -> bool:
        """Can this pronoun refer to this source? "she" not to a person titled Mr. or spokesman, "he" not to one
        titled Ms., Mrs. or spokeswoman; when titles say nothing, a strongly gendered first name ("Martha") or else a
        Slavic or Baltic surname ("Zakharova": no "he"), or a person's only name that is a first name ("Darya"),
        decides; anything when none says anything."""
        if form not in ("he", "she"):
            return True
        if name and (not self.personal(name) or name in self.joint_people):
            return False  # "according to The Hill" … "she said": an organisation or a group is nobody's "she"
        if len(name.split()) > 1 and any(w.lower() in CHURCH_DOCUMENT_WORDS for w in name.split()):
            return False  # "Vultum Dei Quaerere", tagged PERSON: a church document's Latin title is nobody's "she"
        person = self.registry.match_name(name)
        if person is None:  # a person described: "son", "former inmate" (the noun may tell the gender)
            head = _head_word(name).lower() if name else ""
            return head not in (MALE_PEOPLE if form == "she" else FEMALE_PEOPLE)
        # (a pope's or a monarch's title the registry reads as a first name tells too: "Pope Benedict" is no "she")
        titles = person.titles | ({person.first} if person.first in REGNAL_TITLES else set())
        if titles & (MALE_TITLES | FEMALE_TITLES):
            return not (titles & (MALE_TITLES if form == "she" else FEMALE_TITLES))
        told = self.pronoun_genders.get(person.surname, set())
        # the article's own "Graham said he …" outranks the odds of a first name ("Lindsey"), but not for a surname two
        # of its people share: "Losik said he …" tells nothing of "His wife, Darya Losik"
        if len(told) == 1 and sum(p.surname == person.surname and id(p) in self.registry.introduced
                                  for p in self.registry.people) < 2:
            return told == {"m" if form == "he" else "f"}
        # a strongly gendered first name outranks a surname's ending, which an English-speaking family keeps for all
        # ("Monica Lewinsky"); a person named by one word that is a first name ("His wife, Darya,") has its gender
        gender = (first_name_gender(person.first) if person.first else "") or surname_gender(person.surname, person.canonical) or (
            "" if person.first else first_name_gender(person.surname))
        return gender != ("m" if form == "she" else "f")

    def joint_name(self, subj, name: str, context: Context) -> str:
        """'Inga Ruginiene and Donald Tusk', 'Poland and Lithuania': the joint source of a subject whose proper nouns
        are joined by "and" (each a person, body or country), who speak together; "" when the subject is one ("Mr.
        Smith and his wife": a description is no name of its own). People named with titles the parser hangs
        anywhere ("Senate Minority Leader Chuck Schumer (D-NY) and House Speaker Nancy Pelosi (D-CA) echoed …",
        "Trump lawyers Rudy Giuliani and Jay Sekulow said") are found by `_titled_people`."""
        parts, people = self._joined_parties(subj, name, context)
        if len(parts) < 2:
            parts, people = self._titled_people(subj, context), True
        if len(parts) < 2:
            return ""
        joint = ", ".join(parts[:-1]) + " and " + parts[-1]
        self.plurals.add(joint)  # "they" may mean them; "he" or "she" does not
        if people:
            self.joint_people[joint] = len(parts)  # people, who may go on speaking in a quotation without a cue
        return joint

    def _joined_parties(self, subj, name: str, context: Context) -> tuple[list[str], bool]:
        """The names of the subject's conjuncts (`joint_name`) and whether all are people; [] when one is no name."""
        if not _named_party(subj):
            return [], False
        ent = next((e for e in subj.doc.ents if e.start <= subj.i < e.end), None)
        parts, t, people = [name], subj, subj.ent_type_ == "PERSON"
        while (nxt := next((c for c in t.children if c.dep_ == "conj"), None)) is not None:
            named = nxt if _named_party(nxt) else _person_in_title(nxt)
            if named is None or not any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children) or any(
                    c.dep_ == "case" for c in nxt.children):  # (not "President Trump’s lawyers": a possessor)
                return [], False
            if (ent is not None and ent.start <= nxt.i < ent.end) or (nxt.ent_type_ == "PERSON" and _ends_a_body_name(nxt)):
                return [], False  # "Customs and Border Protection", "… Border Patrol San Diego": one body's name
            people = people and named.ent_type_ == "PERSON"
            other, pron = self.name_of_subject(named, context)
            if not other or pron or other in parts:
                return [], False
            parts.append(other)
            t = nxt
        if len(parts) >= 2 and (first := _listed_before(subj)) is not None:
            # "British Prime Minister Theresa May, French President Emmanuel Macron and German Chancellor Angela Merkel
            # said": the parser makes the list's first name a second subject of the verb
            other, pron = self.name_of_subject(first, context)
            if other and not pron and other not in parts:
                parts.insert(0, other)
                people = people and first.ent_type_ == "PERSON"
        return parts, people

    def _titled_people(self, subj, context: Context) -> list[str]:
        """The people a subject of names and titles only names, joined by "and" ("Senate Minority Leader Chuck Schumer
        (D-NY) and House Speaker Nancy Pelosi (D-CA)"; a plural description before them, "Trump lawyers"); [] for
        any other word ("Mr. Smith's lawyer and Jane Doe", "Barack Obama and his wife Michelle")."""
        toks = list(subj.subtree)
        # (a nationality before a title is one of its words: "Polish President Andrzej Duda and Lithuanian President
        # Gitanas Nauseda said in a joint statement")
        if any(t.pos_ not in ("PROPN", "PUNCT", "CCONJ") and t.tag_ != "NNS" and not (t.pos_ == "ADJ" and t.ent_type_ == "NORP")
               or t.pos_ == "CCONJ" and t.lower_ != "and" or t.tag_ == "POS" for t in toks):
            return []
        people = [e for e in subj.doc.ents if e.label_ == "PERSON" and toks[0].i <= e.start and e.end <= toks[-1].i + 1]
        if len(people) < 2 or not any(t.lower_ == "and" for t in subj.doc[people[-2].end : people[-1].start]):
            return []
        if any(not any(t.lower_ == "and" or t.text == "," for t in subj.doc[a.end : b.start]) for a, b in zip(people, people[1:])):
            return []
        names = []
        for e in people:
            other, pron = self.name_of_subject(e.root, context)
            if not other or pron or other in names:
                return []
            names.append(other)
        return names

    def noted_issuer(self, doc_tok, issuer, context: Context) -> str:
        """'The liberal activist group MoveOn.org issued a statement …' ¶ '“…,” the group’s statement read.': the body
        the writer noted as the document's issuer, where a description of a body ("the group") owns it; else ""."""
        noted = context.documents.get(_document_key(doc_tok), "")
        if (noted in self.organisations and issuer.pos_ == "NOUN" and issuer.lemma_.lower() in BODY_KINDS
                and [c.lower_ for c in issuer.children if c.dep_ != "case"] == ["the"]):
            return noted
        return ""

    def joint_described(self, tok, context: Context) -> str:
        """'The two leaders', 'Both men': the last joint source of as many people the article named; else ""."""
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in ROLE_NOUNS | PEOPLE_NOUNS | {"man", "woman", "leader"}:
            return ""
        both = any(c.lower_ == "both" and c.dep_ in ("det", "predet", "preconj") for c in tok.children)
        the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        n = 2 if both else next((NUMBER_WORDS[c.lower_] for c in tok.children if the and c.dep_ == "nummod"
                                 and c.lower_ in NUMBER_WORDS), 0)
        joint = next((s for s in reversed(context.sources) if s in self.joint_people), "")
        return joint if n and joint and self.joint_people[joint] == n else ""

    def personal(self, name: str) -> bool:
        """Can "he" or "she" refer to this source? Not an organisation, not a plural ("a few of his colleagues")."""
        return name not in self.organisations and (name not in self.plurals or name in self.joint_people)

    def org_subject(self, span, ctx: Context) -> str:
        """The organisation a sentence's main verb has as its subject ("Belarus's foreign ministry condemned …"): an
        institution's word or an ORG entity, as a source name; a country ("Belarus denies …"); or a definite document
        ("The report … documents …"); or ""."""
        subj = _root_subject(span)
        # "The report, based on …, documents torture.": the parser may read "documents" as a noun, the sentence's root
        document = subj if subj is not None else (span.root if span.root.pos_ == "NOUN" else None)
        if (document is not None and document.dep_ in ("nsubj", "nsubjpass", "ROOT") and document.lemma_.lower() in INANIMATE
                and any(c.dep_ == "det" and c.lower_ == "the" for c in document.children)):
            return self.name_of_subject(document, ctx)[0]  # "The report … documents torture. It says …": the document
        if (subj is not None and subj.pos_ == "PROPN" and subj.dep_ == "nsubj"  # (spaCy tags "Belarus" GPE, ORG or nothing)
                and normalise(subj.text) in ADJECTIVE_OF and not any(c.dep_ in ("poss", "compound") for c in subj.children)):
            return subj.text  # "Belarus denies any involvement. In a statement, its foreign ministry …": the country
        if subj is None or not (subj.lower_ in INSTITUTIONS or (subj.ent_type_ == "ORG" and subj.pos_ == "PROPN")):
            return ""
        name = self.name_of_subject(subj, ctx)[0]
        # (or an institution's word the article named before: "Melnikova chairs the Coordination Council. … The
        # council has 80 members", a body though it has not spoken yet)
        if (subj.lower_ in INSTITUTIONS and name[:1].isupper() and name.lower() != subj.lower_
                and _head_word(name).lower() == subj.lower_):  # (not "The … government and … Malcolm Turnbull have …")
            self.organisations.add(name)
        return name if name in self.organisations else ""

    def role_subject(self, span) -> str:
        """'A NATO official was more cautious.' -> 'NATO official': a person the writer's sentence introduces by a
        described role ("a/an" and at least one modifier), whom "the official" in the next sentences means; or ""."""
        subj = _root_subject(span)
        if (subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in ROLE_NOUNS or subj.ent_type_ == "PERSON"
                or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)):
            return ""
        name = describe(subj, self.registry.lookup, self.registry.known)
        return name if " " in name else ""

    def group_subject(self, span) -> str:
        """'The Western media never tire of …' -> 'Western media': the subject of the writer's sentence when it is a
        group of people or a body, whom "they" and "them" in the next sentence may mean."""
        subj = _root_subject(span)
        if subj is not None and subj.dep_ == "nsubjpass":
            # "Traditionalists are often derided by neo-Catholic commentators …" ¶ "But these critics …": the group
            # the passive names as its agent, as `person_subject` takes a person
            agent = next((g for c in span.root.children if c.dep_ == "agent" for g in c.children
                          if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and _people_or_body(g)), None)
            subj = agent if agent is not None else subj
        if (subj is not None and subj.lemma_.lower() in MEDIA_NOUNS
                and (named := next((c for c in subj.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                                    and c.i > subj.i), None)) is not None):
            # "Bonkers conspiracy site Intellihub posted an article …" ¶ "They noted Haig's LinkedIn page …": the outlet
            # the writer names, whom "they" means next
            self.plurals.add(name := describe(named))
            return name
        if subj is not None and subj.tag_ == "NNS" and span.root.lemma_ == "be":
            # "The authors were the Cyber Counter-intelligence Assessments Branch of the U.S. Defence Department." ¶
            # "They described …": the body the plural subject is said to be
            body = next((c for c in span.root.children if c.dep_ == "attr" and c.pos_ == "PROPN"
                         and (c.ent_type_ in ("ORG", "NORP") or _people_or_body(c))), None)
            if body is not None:
                self.plurals.add(name := describe(body))
                return name
        if subj is None or subj.pos_ not in ("NOUN", "PROPN") or not _people_or_body(subj):
            return ""
        name = describe(subj)
        self.plurals.add(name)
        return name

    def label_speaker(self, label: str) -> str:
        """The person a quotation's label names ("Ratzinger: “…”"), when the article has named them; else ""."""
        if label.upper() in NOT_SPEAKER_LABELS or not self.registry.known(label):
            return ""
        return self.registry.lookup(label)

    def joint_subject(self, span, context: Context) -> str:
        """'Mark Udall and Ron Wyden' for "Senator Mark Udall of Colorado and Senator Ron Wyden of Oregon released a
        joint statement.": the people the sentence's main verb has as its subject, as `joint_name` joins a reporting
        verb's; "" for one person, or for a subject that is not people."""
        subj = _root_subject(span)
        if subj is None or subj.dep_ != "nsubj" or subj.ent_type_ != "PERSON":
            return ""
        joint = self.joint_name(subj, self.registry.lookup(_entity_text(subj)), context)
        return joint if joint in self.joint_people else ""

    def person_subject(self, span) -> str:
        """The registered person a sentence's main verb has as its subject ("Sviatlana Tsikhanouskaya ... condemned"), or "";
        the person asked, when the main verb asks someone a question (`_person_asked`)."""
        if (asked := _person_asked(span)) is not None:
            return self.registry.lookup(_entity_text(asked))
        subj = _root_subject(span)
        if (subj is not None and subj.pos_ == "VERB" and subj.dep_ == "nsubj" and subj.text[:1].isupper()
                and self.registry.known(subj.text)):
            # "Trump on Tuesday specifically cited … Priebus' concerns …. He said …": a name the article registered that
            # the parser read as a verb ("Trump") is the subject all the same
            return self.registry.lookup(subj.text)
        if subj is not None and subj.tag_ == "NNP" and any(
                t.lower_ in ("were", "are", "have") or t.tag_ == "VBP" for t in (span.root, *span.root.children)
                if t.dep_ in ("aux", "auxpass", "ROOT") and t.i > subj.i):
            # "The three females …, Jany Leveille age 35, Hujrah Wahhaj age 38, and Subhannah Wahhaj age 35 were
            # arrested.": one name of a list the parser made the subject, the verb plural; the sentence is about them all
            return ""
        if subj is not None and subj.dep_ == "nsubjpass" and subj.ent_type_ != "PERSON":
            # "The Belarusian delegation is led by Deputy Foreign Minister Igor Sekreta.": the person the passive names
            agent = next((g for c in span.root.children if c.dep_ == "agent" for g in c.children
                          if g.dep_ == "pobj" and g.ent_type_ == "PERSON"), None)
            subj = agent if agent is not None else subj
        if subj is not None and subj.ent_type_ != "PERSON" and subj.lemma_.lower() in ROLE_NOUNS:
            # "Hungary's foreign minister Peter Szijjarto, …, did not": the role's name ("Her son, Matthew, was
            # killed" is not about her, so only role nouns, which say nothing of a gender "she" could contradict);
            # a name the article registered as a person counts whatever spaCy tagged it ("adviser, Franak
            # Viacorka," comes out ORG)
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and (c.ent_type_ == "PERSON" or self.registry.known(_entity_text(c)))), None)
            if subj is not None and subj.ent_type_ != "PERSON":
                return self.registry.lookup(_entity_text(subj))
        if (subj is not None and subj.lemma_.lower() in KIN_NOUNS and subj.tag_ == "NN"
                and (named := next((c for c in subj.children if c.dep_ == "appos" and (
                    (c.pos_ == "PROPN" and (c.ent_type_ == "PERSON" or self.registry.known(_entity_text(c))))
                    # ("My friend Ales, a teacher from Hrodna …", "Ales" a plural common noun to the parser)
                    or (c.is_title and c.i == subj.i + 1 and first_name_gender(normalise(c.text))))), None)) is not None):
            # "Her son, Ihar, was 16 when …": the person the kin noun names, whom "He now lives …" goes on with
            return self.registry.lookup(_entity_text(named))
        if (subj is not None and subj.lemma_.lower() in KIN_NOUNS and subj.tag_ == "NN"
                and any(c.dep_ == "poss" for c in subj.children) and not any(c.dep_ == "appos" for c in subj.children)):
            # "Her sister is more cautious." after "Her sister, Tatsiana Khomich, …": the person this article gave
            # the kin noun, the most recently named if several (else, owned by a pronoun, the kin described, below)
            titled = self.registry.last_titled(subj.lemma_.lower())
            if titled or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children):
                return titled
        if subj is not None and subj.ent_type_ in ("GPE", "LOC"):
            # "Five years after she fled Minsk, Sviatlana Tsikhanouskaya still keeps …": the parser made the place that
            # ends the clause before the subject and hung the person's name on it in apposition
            named = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subj.i
                          and subj.doc[c.left_edge.i - 1].text == ","
                          and (c.ent_type_ == "PERSON" or _full_name(_entity_text(c)) or self.registry.known(_entity_text(c)))),
                         None)
            subj = named if named is not None else subj
        if subj is not None and subj.ent_type_ in ("ORG", "GPE", "NORP", "") and (
                subj.pos_ == "PROPN" or (subj.pos_ == "NOUN" and subj.is_title and subj.tag_ == "NN")):
            # (spaCy tags "Tikhanovskaya herself rejects …" a common noun)
            # "Felipe Calderon, who was president of Mexico …, has also dismissed …", tagged ORG: a full name opening
            # with a strongly gendered first name, or a name the article registered as a person
            name = _entity_text(subj) if subj.ent_type_ else subj.doc[subj.left_edge.i : subj.i + 1].text
            # … or, untagged, one word with a Slavic or Baltic surname's ending ("Tsikhanouskaya herself has taken …")
            slavic = not subj.ent_type_ and " " not in name and bool(surname_gender(normalise(name), name))
            # … or a name a title opens ("Secretary of State Tillerson gave Syria the news", "Tillerson" tagged ORG)
            # (spaCy's entity may take in the title's last word: "State Tillerson")
            titled = subj.pos_ == "PROPN" and subj.ent_type_ != "GPE" and any(
                c.dep_ in ("nmod", "compound") and c.i < subj.i and c.is_title
                and (c.lower_.rstrip(".") in TITLE_WORDS or c.lower_ in ROLE_NOUNS) for c in subj.children)
            name = subj.text if titled else name
            if _full_name(name) or slavic or titled or self.registry.known(name):
                self.organisations.discard(name)  # `org_subject` took the ORG-tagged name for a body
                return self.registry.lookup(name)
            return ""
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None) if (
            subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in INSTITUTIONS | {"campaign", "team"}) else None
        if owner is not None:
            # "Sviatlana Tsikhanouskaya's office did not respond.": the person whose office it is (spaCy may tag the
            # name ORG, "'s" and all)
            name = _entity_text(owner) if owner.ent_type_ else owner.text
            name = re.sub(r"[’']s$", "", name).strip()
            if owner.ent_type_ == "PERSON" or self.registry.known(name) or _full_name(name):
                return self.registry.lookup(name)
        first = span[0]
        if (subj is None and first.dep_ == "ROOT" and first.tag_.startswith("VB") and first.is_title and first.is_alpha
                and len(span) > 2 and self.registry.known(first.text)):
            # "Tsepkalo disagrees.": a surname the article registered, which the parser read as the sentence's verb
            return self.registry.lookup(first.text)
        if (subj is not None and subj.ent_type_ in ("", "ORG") and subj.pos_ == "NOUN" and subj.is_title
                and not list(subj.children) and subj.i == span.start and self.registry.known(subj.text)):
            # "Hodges, for his part, is blunt.": a surname the article registered, which spaCy read as a plural
            # noun at the sentence's start (and may tag ORG: "Wills doesn't mention …")
            return self.registry.lookup(subj.text)
        if (subj is None or subj.ent_type_ != "PERSON") and (topic := _topic_person(span)) is not None:
            # "For Natallia, going back is not an option.": the person the sentence's opening phrase sets as its topic
            name = _entity_text(topic) if topic.ent_type_ else topic.text
            # a registered person, or a name that reads as one whatever spaCy tagged it ("Natallia" comes out GPE)
            if self.registry.known(name) or _split(name)[1] in self.speaker_surnames or (
                    " " not in name and (first_name_gender(normalise(name)) or surname_gender(normalise(name), name))):
                self.organisations.discard(name)  # (a source spaCy tagged GPE was taken for a body)
                return self.registry.lookup(name)
        if (subj is not None and subj.pos_ == "NOUN" and subj.tag_ == "NN" and subj.lemma_.lower() in MALE_PEOPLE | FEMALE_PEOPLE
                and subj.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "appos" for c in subj.children)
                and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in subj.children)
                and not (subj.lemma_.lower() in GENERIC_PEOPLE and any(c.lower_ == "the" for c in subj.children))):
            # "The son, who cannot be named for his safety, has since been released. He told Reuters …", "His wife, who
            # travels with him, was less diplomatic. “…,” she said.": the person the writer's sentence describes,
            # whose gender the noun tells (not "Losik's wife", whom the registry may know by the title, nor "The man,
            # who asked to be called only Ales, …", most likely the person described before: the one quoted last)
            return describe(subj, self.registry.lookup, self.registry.known)
        if subj is None or subj.ent_type_ != "PERSON":
            return ""
        name = _entity_text(subj)
        return self.registry.lookup(name) if self.registry.known(name) else ""

    def people_named_in(self, span, ctx: Context) -> list[str]:
        """The people a writer's sentence names, its subject last, unless its subject is a pronoun (whose "he" the next
        sentence's "he" goes on), it asks a question (whose answer the person quoted before gives) or it has no verb."""
        subj = _root_subject(span)
        # (a copula's "it" names no text the "he" after it wrote: "It was a similar sentiment on Twitter from former Rep.
        # Beto O’Rourke of Texas." ¶ "“…,” he wrote." is O'Rourke's)
        copular_it = subj is not None and subj.lower_ == "it" and span.root.lemma_.lower() == "be"
        if (subj is not None and subj.lower_ in PRONOUNS | {"it"} and not copular_it) or span.text.rstrip().endswith("?") or (
                span.root.pos_ not in ("VERB", "AUX")):
            # ("Instead, it condemned Mr. Trump’s approach …" is about the letter, whose writer the "he" after is; a
            # line without a verb is a caption or an advertisement, "Hillary the Other Woman Dolly Kyle Best Price: …")
            return []
        # (a name that only owns a kin noun stands for the kin: "NBC News spoke with Jean’s mother …" ¶ "“…,” she said.")
        named = [(_owned_kin(span, at) or name, at) for name, at in ctx.named_here
                 if span.start_char <= at < span.end_char and self.personal(name)]
        # the subject last, when it is one of them, as the one a pronoun means first ("Akin, however, continued his
        # refusal … on Sean Hannity's radio show."; "But Ms. Coulter, who has attacked Mr. Trump …, has gotten under
        # his skin." leaves Mr. Trump to a "he")
        # (the subject with its apposition: "In a statement later in the day, the first lady, Melania Trump, questioned
        # Ms. Griffin's sanity.")
        spans = [] if subj is None else [(subj.left_edge.idx, subj.idx)] + [
            (c.left_edge.idx, c.right_edge.idx) for c in subj.children if c.dep_ == "appos"]
        first = [name for name, at in named if not any(lo <= at <= hi for lo, hi in spans)]
        return first + [name for name, _ in named if name not in first]

    def subject_again(self, span, ctx: Context, before: str) -> str:
        """The person a writer's sentence is about when its subject does not name them: "But he expressed no concern
        …" after a sentence about a person or reporting one (`before`, when "he" can be them and nobody is named before
        the pronoun), or "The president opted not to …", a role of a person named before."""
        subj = _root_subject(span)
        if subj is None:
            return ""
        if subj.lower_ in ("he", "she"):
            named_first = any(span.start_char <= at < subj.idx for _, at in ctx.named_here)
            return before if (before and not named_first and self.personal(before) and self.agrees(before, subj.lower_)) else ""
        if (subj.pos_ in ("NOUN", "PROPN") and subj.tag_ in ("NN", "NNP") and subj.lemma_.lower() in ROLE_NOUNS | {"pope"}
                and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
                and not any(c.dep_ in ("appos", "prep", "relcl", "acl") for c in subj.children)):
            # (also "the pope", a title the article gave the pope named before: "… the pope met … with selected
            # survivors …" ¶ "He made all the right noises …")
            if named := self.resolve_description(subj, ctx):
                return named
        if (subj.pos_ == "NOUN" and subj.tag_ == "NN" and subj.lemma_.lower() in ROLE_NOUNS and subj.dep_ == "nsubj"
                and any((c.dep_ == "det" and c.lower_ in ("the", "a", "an")) or (c.dep_ == "poss" and c.pos_ == "PRON")
                        for c in subj.children)
                and all(c.pos_ == "NOUN" for c in subj.children if c.dep_ == "appos")):  # (a name in apposition names it)
            # "Their commander, a captain who did not give his name, cut the conversation short. Journalists, he said,
            # were not allowed …": a person the writer describes by a role and names nowhere, as the role
            return self.name_of_subject(subj, ctx)[0]
        return ""

    def subject_voice(self, span, ctx: Context) -> str:
        """The person or role a writer's sentence is about ("Lithuania's foreign minister spoke to us …"), as a
        source name, or "" (the person asked, after the writer's "We asked …"): who answers the "A:" turns of an
        interview that follows."""
        subj = _root_subject(span)
        if subj is not None and subj.lower_ in ("i", "we") and subj.head.lemma_.lower() in ("ask", "interview"):
            # "We asked Ryhor Astapenia, director of …, what to expect.": the person asked
            subj = next((c for c in subj.head.children if c.dep_ in ("dobj", "dative")), None)
        if subj is None or not (subj.ent_type_ == "PERSON" or subj.lemma_.lower() in ROLE_NOUNS or _titled_name(subj)
                                or self._registered_name(subj)):
            return ""
        return self.name_of_subject(subj, ctx)[0]

    def _registered_name(self, tok) -> bool:
        """An untagged proper name the article registered as a person ("Pavel Latushko served as …", spaCy tags
        nothing, or ORG as it often does a foreign name): its compounds and itself."""
        if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "ORG"):
            return False
        return self.registry.known(tok.doc[tok.left_edge.i if tok.left_edge.dep_ == "compound" else tok.i : tok.i + 1].text)

    # --- mentions
    def _known_person(self, name: str) -> bool:
        """A name of a person the article registered with a first name ("Trump" after "Donald Trump"), not any name
        the registry holds: "Europe, he says" is no "US Army Europe"."""
        p = self.registry.match_name(name)
        return p is not None and bool(p.first) and bool(first_name_gender(p.first))

    def register_people(self, par: Paragraph) -> list[tuple[str, int]]:
        """Register the people named in a paragraph; return their canonical names in order of mention, each with
        the offset of its mention in the paragraph.

        spaCy's small model often tags a foreign name as ORG, so a proper-noun entity also counts as a person
        when a title or role noun stands right before it, it is in apposition, or it is the subject of a
        reporting verb, or its surname is already known as a person.
        """
        names = []
        # (not the words of a quoted title credited to its author: "“Witness Said Awan Wiretapped Her, …,” by Luke
        # Rosiak, Daily Caller News Foundation, May 21, 2018:" names no "Awan Wiretapped")
        title_end = 0
        if credited_title(par.text):
            opening = next((k for k, ch in enumerate(par.text) if ch in OPEN_QUOTES + STRAIGHT), 0)
            title_end = next((k for k in range(opening + 1, len(par.text)) if par.text[k] in CLOSE_QUOTES + STRAIGHT), 0)
        for ent in par.doc.ents:
            if ent.start_char < title_end:
                continue
            owner = len(ent) > 2 and ent[-1].tag_ == "POS" and ent.label_ == "ORG"
            if owner:  # "Sviatlana Tsikhanouskaya's office": spaCy's ORG takes in the "'s"
                from spacy.tokens import Span

                ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
            if _named_for_saint(ent):
                continue  # "on St. Peter’s Square": a place named for a saint, whom spaCy's PERSON takes in
            if (person := without_owned(ent)).start > ent.start:
                ent = person  # "Fusion’s Jorge Ramos", one ORG entity: the person after the owner
            if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP") or not all(t.pos_ == "PROPN" or t.is_punct for t in ent):
                # (a person registered before, whatever spaCy calls the name here: "of an ill-prepared” Trump" is
                # WORK_OF_ART after the closing mark, and still a mention of him for "the president" after it)
                if ent.label_ != "PERSON" and not (all(t.pos_ == "PROPN" for t in ent) and self._known_person(ent.text)):
                    continue
            words = [t for t in ent if t.is_alpha]
            # ("McConnell", "DeFazio" are not is_title; a particle inside a name is lower case: "João Braz de Aviz";
            # not a patronymic's "bin", after which comes the father's name: "Mohammed bin Salman" is no "Salman")
            if not words or not all(t.text[0].isupper() or (t.lower_ in SURNAME_PARTICLES and 0 < k < len(words) - 1)
                                    for k, t in enumerate(words)):
                continue
            if ent.text.lower() in PLATFORMS:
                continue  # "14,000 followers on Twitter": spaCy may tag a platform PERSON
            if ent.end < len(par.doc) and CHAPTER_VERSE.fullmatch(par.doc[ent.end].text):
                continue  # "(Proverbs 6:17)", "Romans 1:16": a book of scripture cited by chapter and verse
            if (ent.start > 0 and par.doc[ent.start - 1].text == "(" and ent.end + 1 == len(par.doc)
                    and par.doc[ent.end].text == "."):
                continue  # "which He received from His Father (Matt." ¶ "28:18)": a book's abbreviation the line cuts
            if len(ent) == 1 and ent[0].tag_ == "JJ" and ent[0].dep_ == "amod":
                continue  # "would hurt Lithuanian businesses": an adjective spaCy may tag PERSON
            if (ent.label_ == "PERSON" and len(ent) == 1 and (ent.text in self.places or ent.text in self.place_words)
                    and not title_words(ent)
                    and not ((known := self.registry.match_name(ent.text)) is not None and known.first)):
                # "he missed Mogilev", tagged PERSON, after "a teacher from Mogilev", tagged a place (not a person's
                # surname spaCy tags a place elsewhere: "Ales Pushkin" … "Pushkin's mother")
                continue
            if (ent.label_ == "PERSON" and len(ent) == 1 and ent[0].dep_ == "pobj" and ent[0].head.lower_ in ("to", "from")
                    and _motion_of(ent[0].head).lemma_.lower() in MOTION_VERBS and not title_words(ent)
                    and not ((known := self.registry.match_name(ent.text)) is not None and known.first)):
                continue  # "he drove back to Austin", tagged PERSON: where one goes is a place, no one's "he" later
            if any(t.lower_ in CREEDS or (t.lower_.endswith("ism") and len(t) > 5) for t in words):
                continue  # "the packets on Christianity and Judaism": a faith or a doctrine, which spaCy may tag PERSON
            label = ent.label_
            if label != "PERSON" and normalise(ent[-1].text).rstrip(".") in TITLE_WORDS | ROLE_NOUNS and len(ent) > 1:
                continue  # "Bishop Nona Amel, Chaldean-Catholic Archbishop of Mosul": a title apposed, no name of its own
            if label != "PERSON" and _place_served(ent):
                continue  # "The representative of Belarus said": the country the role serves (its title is no person's)
            if len(ent) > 1 and _opening_frame(ent[0], None, self.verbs) is not None:
                ent = ent[1:]  # 'Added Gibbs: "…"': spaCy's PERSON takes in the frame's verb
            ent = without_owned(ent)
            ent = with_first_name(extend_name(ent))
            titles = title_words(ent)
            if label != "PERSON" and not titles and (_group_word(ent) or (label == "ORG" and len(ent) == 1 and ent[0].is_upper)):
                continue  # "Gohmert, Republican of Texas"; "at CPAC": a party, a nationality, an acronym, not a person
            if (not titles and ent.start > 0 and not any(first_name_gender(normalise(t.text)) for t in ent[:-1])
                    and (par.doc[ent.start - 1].lower_ == "the" if label != "PERSON" else (
                        par.doc[ent.start - 1].text == "The" and not par.doc[ent.start - 1].is_sent_start))):
                continue  # "Sources told The Hill": a name after "the" is a paper's or a body's, not a person's (but "the
                # Catholic Antonia Fogazzaro, a known modernist,")
            if len(ent) == 1 and ent[0].tag_ == "NNPS" and ent.start > 0 and par.doc[ent.start - 1].lower_ == "the":
                continue  # "the Holy See that approves the Statutes": a plural after "the", which spaCy may tag PERSON
            personal = (
                label == "PERSON"
                or bool(titles & (ROLE_NOUNS | TITLE_WORDS))
                # "Shaykh Hamza Sodagar", "Rabbi Shmuley Boteach", tagged ORG title and all: a person's title opening
                # the entity, before two more words
                or (len(words) > 2 and normalise(words[0].text).rstrip(".") in INNER_TITLES)
                # "by Pope Pius XII", tagged ORG: a pope's or a monarch's title before a name
                or (len(words) > 1 and normalise(words[0].text) in REGNAL_TITLES and words[1].pos_ == "PROPN")
                or (label != "GPE" and (_after_role_comma(ent) or _role_in_apposition(ent.root)) and not _saw_the_text(ent))
                or _first_name_apposed(ent)
                or (label != "GPE" and _is_a_role(ent))
                or _split(ent.text)[1] in self.speaker_surnames
                or self.registry.known(ent.text)
                or (owner and _full_name(ent.text))  # (a full name with a strongly gendered first name)
                # "Tanya and Jason Badger said", "Tanya" tagged GPE: a first name sharing the surname after "and"
                or (label in ("GPE", "ORG") and _shared_surname(ent) is not None)
            )
            if not personal:
                continue
            text = (ent.text if titles or self.registry.known(ent.text) or (surname := _shared_surname(ent)) is None
                    else f"{ent.text} {surname.text}")
            p = self.registry.add(text, titles | apposed_role_words(ent) | party_words(ent)
                                  | ({"president"} if _heads_administration(ent) else set()))
            if p:
                names.append((p.canonical, ent.start_char))
                if (owned := _owned_by(ent.root)) is not None and owned.lemma_.lower() in ROLE_NOUNS:
                    self.owned_roles.add((id(p), owned.lemma_.lower()))  # "Shchyrakova's lawyer": not "the lawyer" later
        # a full name spaCy tags as nothing ("Pavel Latushko keeps a list."), whose surname speaks in the article; a
        # word opening a sentence or a quotation is a first name only if it is a known one (not "“Rewarding Lukashenko …")
        for tok in par.doc:
            if tok.ent_type_ or tok.pos_ != "PROPN" or not tok.is_title or _split(tok.text)[1] not in self.speaker_surnames:
                continue
            first = [c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.pos_ == "PROPN" and c.is_title
                     and not c.ent_type_ and c.lower_ not in TITLE_WORDS | ROLE_NOUNS | COUNTRIES | set(DEMONYMS)
                     and (first_name_gender(normalise(c.text)) or not (c.is_sent_start or c.i == 0
                                                                        or par.doc[c.i - 1].text in OPEN_QUOTES + STRAIGHT))]
            if first and not (tok.i + 1 < len(par.doc) and par.doc[tok.i + 1].pos_ == "PROPN"):
                span = par.doc[first[0].i : tok.i + 1]
                p = self.registry.add(span.text, title_words(span))
                if p:
                    names.append((p.canonical, span.start_char))
        # a surname alone that spaCy tags as nothing, or as no person, place or body ("… take “full advantage of an
        # ill-prepared” Trump."), of a person the article registered before: a mention of them, for "the president"
        # after it (not a name's modifier, "the Trump administration", nor a word of a longer name, "Trump Tower")
        for tok in par.doc:
            if (tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or tok.pos_ != "PROPN" or not tok.is_title
                    or tok.dep_ == "compound" or any(0 <= j < len(par.doc) and par.doc[j].pos_ == "PROPN"
                                                     for j in (tok.i - 1, tok.i + 1))):
                continue
            if ((self._known_person(tok.text) or tok.text in self.target_surnames)
                    and not any(at == tok.idx for _, at in names)):
                p = self.registry.add(tok.text)
                if p:
                    names.append((p.canonical, tok.idx))
        # "… a freed prisoner, who asked to be identified only by his initials, A.K.": the name the writer gives someone
        # described (spaCy tags initials as nothing), whom the next sentence's "He said …" may be
        for m in GIVEN_AS.finditer(par.text):
            if not any(at == m.start("name") for _, at in names):
                name = m.group("name") if re.fullmatch(r"(?:[A-Z]\.)+", m.group("name")) else m.group("name").rstrip(".")
                p = self.registry.add(name)
                if p:
                    p.given_only = p.given_only or not p.first
                    names.append((p.canonical, m.start("name")))
        # "Yahor, 24, left Belarus …": a capitalised word with an age set off after it, a person spaCy tags nothing (or,
        # opening a sentence, an adverb)
        for tok in par.doc:
            if ((tok.pos_ == "PROPN" or tok.dep_ in ("nsubj", "nsubjpass")) and tok.is_title and tok.is_alpha and not tok.is_stop
                    and tok.ent_type_ in ("", "PERSON", "ORG") and tok.i + 3 < len(par.doc)
                    and par.doc[tok.i + 1].text == "," and par.doc[tok.i + 2].like_num and par.doc[tok.i + 3].text == ","
                    and par.doc[tok.i + 2].text.isdigit() and 12 <= int(par.doc[tok.i + 2].text) <= 110
                    and not any(at == tok.idx for _, at in names) and tok.text not in self.places
                    and (tok.i == 0 or par.doc[tok.i - 1].pos_ != "PROPN")):
                p = self.registry.add(tok.text)
                if p:
                    names.append((p.canonical, tok.idx))
        # 'appointed William "Mo" Cowan': a nickname between the first name and the surname splits spaCy's entity, and
        # the surname alone later ("Cowan said …") is William Cowan, not anyone else of that surname in the corpus
        for tok in par.doc:
            if tok.i < 2 or not par.doc[tok.i - 1].is_quote or not _nickname(tok):
                continue
            first, close = par.doc[tok.i - 2], next(t for t in par.doc[tok.i :] if t.is_quote)
            surname = par.doc[close.i + 1]
            if first.ent_type_ == "PERSON" or first_name_gender(normalise(first.text)):
                p = self.registry.add(f"{first.text} {surname.text}")
                if p:
                    names.append((p.canonical, first.idx))
        names.sort(key=lambda n: n[1])
        return names

    def fragment_speaker(self, sent, inside: list[bool], ctx: Context) -> tuple[str, str]:
        """A quoted fragment with no reporting verb ("Weiner referred to a reporter as a “jackass.”") belongs to the
        sentence's subject when that is a person; otherwise it is a scare quote and stays with the writer."""
        subj = choose_subject(sent.root, inside) if sent is not None else None
        quoted = [t for t in sent if t.idx < len(inside) and inside[t.idx] and t.is_alpha] if sent is not None else []
        if sent is not None and _subject_holding_quotes(sent, inside) is not None:
            # "Obama’s “spiritual advisor” Rev. Jeremiah Wright gave …": the writer's words about the subject
            return "author", "scare quotes: quoted fragment in the subject's description"
        if quoted and all(any(a.dep_ == "nsubj" and a.head.dep_ == "relcl" and a.head.pos_ == "VERB"
                              and a.tag_ not in ("WDT", "WP") for a in [t, *t.ancestors]) for t in quoted):
            # "… the point of contact that the lying media and "fact checkers" said didn't occur": the writer's
            # name for whoever speaks in a relative clause, not the main subject's words
            return "author", "scare quotes: quoted fragment naming a relative clause's subject"
        if quoted and _description_beside_person(sent, quoted, subj, self.verbs | CALLING_VERBS):
            return "author", "scare quotes: quoted fragment in a description beside a name"
        if quoted and _apposed_titles(quoted):
            return "author", "quoted title of a work the sentence names beside it"  # "“Rubble Rubble”, a play by …"
        if quoted and all(_nickname(t) for t in quoted):
            return "author", "quoted nickname"  # 'The governor picked William "Mo" Cowan': a name, nobody's words
        if quoted and _quoted_venue(quoted):
            return "author", "quoted title of a programme or publication"  # 'appeared on “The Blast”'
        if quoted and _named_phrase(quoted):
            return "author", "words named as a phrase or a term"  # 'the deletion of the phrase “gross negligence”'
        if quoted and _quoted_name_modifiers(quoted):
            return "author", "quoted name before a noun"  # 'his "Liberator" plastic gun': a name, nobody's words
        if (subj is not None and quoted and sent.root.lemma_ == "be" and subj.head.i == sent.root.i
                and subj.lemma_.lower() in HELD_VIEWS | {"complaint", "objection", "concern", "point", "claim", "demand"}
                and all(t.i > sent.root.i for t in quoted)
                and (owner := next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN" and (
                    c.ent_type_ == "PERSON" or self.registry.known(_entity_text(c)))), None)) is not None):
            # "Hutchinson's chief complaint was that some provisions do not "precisely mirror" the federal law": the
            # words of whose complaint it is
            return self.name_of_subject(owner, ctx)[0], "quoted fragment -> whose view the subject is"
        if (subj is not None and quoted and sent.root.lemma_ == "be" and subj.head.i == sent.root.i
                and all(t.i > sent.root.i for t in quoted)
                and not any(a.lemma_.lower() in self.verbs | CALLING_VERBS for t in quoted for a in t.ancestors
                            if a.i > sent.root.i)
                and not any(_after_as(t) for t in quoted)):
            # "The Guardian is only one of many which peddle smears … about the 'enemies' of …": what the subject is,
            # in the writer's words; a copula reports nobody's (not "… is so confident … that he can dismiss as
            # “gossip” …", his word, nor "… is under fire after a video … of him mocking Sen. Grassley as a “farmer …”")
            return "author", "scare quotes: quoted fragment in what the subject is said to be"
        participle = next((p for p in sent if _passive_participle(p) and _describes_the_subject(p) and quoted
                           and p.lemma_.lower() in self.verbs | CALLING_VERBS
                           and all(p.left_edge.i <= t.i <= p.right_edge.i for t in quoted)), None) if sent is not None else None
        if participle is not None:
            # "Accused of “treason” by the regime, Ales Bialiatski …": the words of whoever the participle's "by"
            # names (the parser may hang it on the quoted noun), not of the subject who undergoes it; else nobody's
            agent = next((g for t in participle.subtree if t.lower_ == "by" and t.dep_ in ("agent", "prep")
                          for g in t.children if g.dep_ == "pobj" and not (g.idx < len(inside) and inside[g.idx])), None)
            if agent is None:  # ... or the document it is done in ("described in the court document as “…”")
                agent = next((g for t in participle.children if t.lower_ == "in" and t.dep_ == "prep" for g in t.children
                              if g.dep_ == "pobj" and g.lemma_.lower() in INANIMATE | LEGAL_TEXTS), None)
            if agent is None:
                return "author", "scare quotes: quoted fragment in a passive participle with no agent"
            return self.name_of_subject(agent, ctx)[0] or "author", "quoted fragment -> the passive participle's agent"
        if (subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == sent.root.i and sent.root.tag_ == "VBN"
                and any(t.i == sent.root.i for t in quoted) and not any(c.dep_ == "agent" for c in sent.root.children)
                # (not a feeling with what it is about: "Kate’s brother Brad was “stunned that they couldn’t …”", "DOJ’s
                # inspector general was “deeply troubled” by texts …": the subject's own words for it)
                and not any(c.dep_ == "ccomp" and c.i > sent.root.i for c in sent.root.children)
                and sent.root.lemma_.lower() not in FELT):
            # "Also on Tuesday Peter Strzok was “escorted” from the FBI building": the word for what the subject
            # underwent is someone else's, whom the sentence does not name
            return "author", "scare quotes: quoted fragment in what the subject underwent"
        if quoted and (clause := quoted[0].head).dep_ == "advcl" and clause.lemma_.lower() in ("be", "become", "seem", "remain") and all(
                t.head == clause and t.dep_ in ("acomp", "attr") or clause in t.ancestors for t in quoted) and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "this", "it", "which") for c in clause.children):
            # "… have even referenced Wikileaks before that became ‘fake.’": what a thing became in a clause of its own,
            # in the writer's words (or whoever called it that), not the sentence subject's
            return "author", "scare quotes: quoted fragment in what a thing is said to be"
        if quoted and _known_as(quoted[0]):
            return "author", "scare quotes: quoted fragment in a name others give the subject"
        if subj is not None and quoted and (passive := _passive_clause_of(quoted[0], subj)) is not None and all(
                passive.left_edge.i <= t.i <= passive.right_edge.i for t in quoted):
            # "Awan … ran IT for one in five House Democrats … until they were banned on Feb. 2, 2017, for “numerous
            # violations of House security policies.”": the words for what someone underwent, in a clause below the
            # main one, are whoever did it to them, whom the sentence does not name
            return "author", "scare quotes: quoted fragment in what someone underwent"
        if subj is not None and quoted and all(_in_clause_of_another_subject(t, subj) for t in quoted):
            # "Higgins invariably seems ready to echo whatever the British and American security services need verifying
            # “independently”": words in a clause with a subject of its own, which the main subject does not say
            return "author", "scare quotes: quoted fragment in a clause with a subject of its own"
        if subj is not None and subj.pos_ == "PROPN" and (subj.ent_type_ == "PERSON" or self.registry.known(subj.text) or _split(subj.text)[1] in self.speaker_surnames):
            name = self.name_of_subject(subj, ctx)[0]
            if quoted and (echoed := _echoed_speaker(quoted, ctx)) and echoed != name:
                # "The Pope, he argues, is not “the CEO … whom the Pope can simply fire.”" ¶ "Francis cannot “simply
                # fire” even Cardinal Wuerl …": words another was quoted saying before, echoed, are theirs, not the
                # subject's
                return echoed, "quoted fragment -> whoever was quoted saying those words before"
            # "Mr. Udall and Mr. Wyden released a joint statement repeating that they had “long been concerned …”":
            # both of them, as a reporting verb's subject would be
            return (self.joint_name(subj, name, ctx) if name else "") or name, "quoted fragment -> sentence subject"
        if subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in ROLE_NOUNS and subj.ent_type_ != "PERSON":
            # "But former U.S. attorney for the District of Columbia Joseph diGenova blasted the tactic as
            # “outrageous.”": a role that names a person the article knows
            name = self.name_of_subject(subj, ctx)[0]
            if name and self.registry.known(name) and self.personal(name):
                return name, "quoted fragment -> sentence subject"
        return "author", "scare quotes: quoted fragment with no speaker cue"

    def _surname_read_as_adverb(self, verb):
        """'Long on Monday also denied that a clarification … would be needed', 'Long and Bosma also conceded they called
        the press conference …': the surname of a person this article named with a first name ("David Long"), opening
        the sentence of a main reporting verb that has no subject and a clausal complement, which the parser read as an
        adverb or an adjective; else None."""
        first = verb.sent[0]
        if (verb.dep_ != "ROOT" or first.i == verb.i or not first.is_title or first.pos_ not in ("ADV", "ADJ")
                or first.head != verb or not (that_clause(verb) or any(
                    c.dep_ == "ccomp" and c.i > verb.i and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                    for c in verb.children))
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)):
            return None
        person = self.registry.match_name(first.text)
        return first if person is not None and person.first and id(person) in self.registry.introduced else None

    def prepass(self, seg: Segmented) -> None:
        """Start an article with fresh state; surnames that speak in it (subjects of reporting verbs, PERSON or
        not) count as people."""
        self.speaker_surnames = set()
        self.registry = NameRegistry()
        self.organisations, self.plurals, self.joint_people = set(), set(), {}
        self.owned_roles = set()
        self.pronoun_genders: dict[str, set[str]] = {}
        self.registry.told = self.pronoun_genders
        self.capitalised = _capitalised_words(seg.paragraphs)
        # one-word names spaCy tags a place somewhere in the article ("a former chemistry teacher from Mogilev"), which
        # a PERSON tag elsewhere ("Asked whether he missed Mogilev") does not make a person
        self.places = {e.text for par in seg.paragraphs if par.doc is not None for e in par.doc.ents
                       if e.label_ in ("GPE", "LOC") and len(e) == 1}
        # the words of longer place names ("Las Vegas"): an untagged "Vegas" subject ("Man who sold Vegas shooter ammo
        # speaks out") is no speaker's surname, which would make every "Las Vegas" a person
        self.place_words = place_words = {t.text for par in seg.paragraphs if par.doc is not None for e in par.doc.ents
                                          if e.label_ in ("GPE", "LOC") and len(e) > 1 for t in e}
        for par in seg.paragraphs:
            for tok in par.doc:
                if gender := _says_of_self(tok, self.verbs):
                    self.pronoun_genders.setdefault(_split(tok.text)[1], set()).add(gender)
                if (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and tok.tag_ != "NNPS"
                        and (tok.ent_type_ in ("PERSON", "") or surname_gender(_split(tok.text)[1]))
                        # (not a title: "Poland’s Foreign Minister said" made "Foreign" a person)
                        and not (tok.ent_type_ != "PERSON" and tok.lower_ in ROLE_NOUNS | TITLE_WORDS)
                        and not (tok.ent_type_ == "" and tok.text in place_words)
                        and tok.head.lemma_.lower() in self.verbs):
                    self.speaker_surnames.add(_split(tok.text)[1])
                elif tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":
                    ent = next(e for e in tok.doc.ents if e.start == tok.i)
                    if not all(t.text in place_words for t in ent):  # (nor "Las Vegas" a caption's parse tags PERSON)
                        self.speaker_surnames.add(_split(ent.text)[1])

    def _body_before(self, context: Context, named: bool = True) -> str:
        """The organisation or country an "its" points back to: the one the paragraph's previous sentence is about,
        else the source or group before (`named`: a name, not a description such as "officials"); else ""."""
        return next((c for c in (context.about_before, context.prev_source, context.prev_group)
                     if c and c not in ("author", UNRESOLVED) and (c[:1].isupper() or not named) and not self.personal(c)), "")

    def name_of_subject(self, tok, context: Context) -> tuple[str, bool]:
        """Canonical source for a subject token: (name, is_pronoun)."""
        if (tok.lower_ in ("former", "latter") and [c.lower_ for c in tok.children] == ["the"]
                and len(people := _joint_subject_before(tok)) >= 2):
            # "Pavel Latushka and Valery Tsepkalo … were asked whether …. The former said no. The latter said …": the
            # first or the last of the names the sentence before has as its subject
            return self.registry.lookup(_entity_text(people[0] if tok.lower_ == "former" else people[-1])), False
        if tok.lower_ in PRONOUNS or tok.lower_ in ("i", "them"):  # "them": "according to them"
            return "", True
        if _age_epithet(tok):  # "“I will run,” the 70-year-old told …": whoever "he" or "she" would be
            return "", True
        if _goes_on(tok):  # "The man then goes on to explain …" after Palermo's quotation: Palermo, as "he" would be
            return "", True
        if tok.lower_ in ("’s", "'s") and tok.i > 0 and (name := tok.doc[tok.i - 1]).pos_ == "PROPN" and not name.whitespace_:
            # "Sheikh Al-‘Ayesh’s posted his address": a stray "’s" the parser made the subject, its name a compound
            span = tok.doc[min((c.i for c in tok.lefts), default=name.i) : tok.i]
            return self.registry.lookup(strip_titles(span.text)[0]), False
        if tok.pos_ == "PROPN" and any(c.dep_ == "case" for c in tok.children) and (owned := next(
                (c for c in tok.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > tok.i), None)) is not None:
            # "Morelli's and Joering's families released a statement": spaCy makes the first owner the subject and the
            # owned noun its conjunct; the families speak, not Morelli
            return self.name_of_subject(owned, context)
        if tok.lemma_.lower() in ACCOUNT_NOUNS and (owner := next(
                (c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)) is not None:
            # "This was after Trump’s account tweeted Saturday: “…”", "Trump's Twitter account posted …": the account
            # holder speaks
            return self.name_of_subject(owner, context)
        if (issuer := _issuer(tok)) is not None:  # "The statement released by the ministry said": the ministry
            return (noted, False) if (noted := self.noted_issuer(tok, issuer, context)) else self.name_of_subject(issuer, context)
        if (body := _prepositional_name(tok)) is not None:  # "Reporters Without Borders said" (not "reporters")
            self.organisations.add(body)
            return body, False
        appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]  # "His spokesman, John Miller,"
        if not appos and tok.ent_type_ != "PERSON" and tok.lemma_.lower() in ROLE_NOUNS:
            # "A spokesman for the ministry in Minsk, Anatoly Glaz," : the parser hangs the name on "Minsk"
            # (or makes it a conjunct of the body's name: "The chairman of the House … Committee on Intelligence,
            # Devin Nunes (R-Calif.), hailed …")
            # (or on the person the role serves: "A spokesman for Mr. Hunter, Michael Harrison, said")
            # (or on the person a second role of its serves: "Iran’s Head of Strategic Research Center … and adviser to
            # Supreme Leader Ayatollah Khamenei, Ali Akbar Velayati")
            served = {s.root.i for r in [tok, *tok.conjuncts] if r.lemma_.lower() in ROLE_NOUNS
                      and (s := _person_served(r)) is not None}
            appos = [t for t in tok.subtree if t.ent_type_ == "PERSON" and t.i > tok.i
                     and (t.head.ent_type_ != "PERSON" or (t.head.i in served and t.dep_ == "appos"
                                                           and tok.doc[t.left_edge.i - 1].text == ","))
                     and t.head.i != tok.i and (t.dep_ == "appos" or (
                         t.dep_ == "conj" and t.doc[t.left_edge.i - 1].text == "," and not any(
                             c.dep_ == "cc" for c in t.head.children)))] or _titled_of_person(tok)
        if not appos and (ending := _name_ending_role(tok)) is not None:
            # "Republican candidate for governor of Ohio Mike DeWine said": the name the role's of-phrases run into
            return self.registry.lookup(ending.text), False
        if not appos and (named := _name_before_role(tok)) is not None:
            # "Allegra Lawrence-Hardy, Abrams’ campaign chair, said": the parser hangs the name on the role's owner,
            # and the role is the subject
            return self.registry.lookup(named.text), False
        if (example := _named_example(tok)) is not None:  # "Others, like Katia Glod of …, said"
            return self.registry.lookup(example), False
        if (given := _given_name(tok)) is not None:  # "One driver, a 52-year-old named Tomasz, said"
            name = self.registry.lookup(given)
            if " " not in given and (person := self.registry.match_name(given)) is not None and not person.first:
                person.given_only = True
            if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and (
                    before := context.repeated(tok) or (tok.lower_ if context.spoke_before(tok) else "")):
                # "A former … pilot … says …" ¶ "“…,” said the pilot, who asked to be identified only by his first
                # name, Andrei": one voice, named at last
                context.renames[before] = name
            return name, False
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in BODY_KINDS and (body := next(
                (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "ORG", "GPE")),
                None) or _org_set_off_after(tok)):
            # "according to the monitoring group Belarusian Hajun" (spaCy: a PERSON), "the human rights center Viasna"
            # (spaCy: a place): a body its kind names, the whole entity, demonym and all
            ent = next((e for e in tok.doc.ents if e.start <= body.i < e.end), None)
            name = ent.text if ent is not None else _entity_text(body)
            first = ent.start if ent is not None else body.i
            if first > 0 and (num := tok.doc[first - 1]).like_num and num.is_title and num.head.i == body.i:
                name = f"{num.text} {name}"  # "the website One Peter Five": spaCy tags "One" a number
            if name.lower().startswith("the "):
                name = name[4:]
            self.organisations.add(name)
            return name, False
        if (tok.pos_ == "NOUN" and tok.lemma_.lower() in BODY_KINDS and (name := _compound_name(tok)) is not None):
            self.organisations.add(name)  # "the Viasna human rights centre", "the Wagner mercenary group": Viasna
            return name, False
        if (office := self._person_s_office(tok)) is not None:
            return office, False  # "Trump’s Chief of Staff said", which spaCy tags a person
        if (tok.ent_type_ in ("GPE", "ORG") and (ent := next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)) is not None
                and (surname := _shared_surname(ent)) is not None):
            return self.registry.lookup(f"{tok.text} {surname.text}"), False  # "Tanya and Jason Badger", "Tanya" a place
        first = [tok, *tok.conjuncts]
        if (tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON" and tok.conjuncts and tok.is_title
                and self.registry.known(tok.text)):
            # "On Friday, Rossello and Gonzalez said …", "Rossello" tagged ORG: the person the article named, first of
            # the parties (not the conjunct spaCy tags a person)
            return self.registry.lookup(_entity_text(tok)), False
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children) and any(
                a.ent_type_ == "PERSON" and a.i > tok.i + 1 and tok.doc[a.left_edge.i - 1].text == "," for a in appos):
            # "Another leading Dem, Sen. Kirsten Gillibrand of New York, said": a description spaCy tags a person (a
            # name takes no "another"), the name set off after it
            first = []
        for t in [*first, *appos]:  # "Prokopiev and others"
            if t.ent_type_ == "PERSON" and t is not tok and any(c.dep_ == "case" for c in t.children):
                continue  # "The White House and President Trump’s lawyers said": a possessor, not a party that speaks
            if t.ent_type_ == "PERSON" and t is not tok and _ends_a_body_name(t):
                continue  # "US Customs and Border Patrol San Diego tweeted": the place ends the body's name
            if t.ent_type_ == "PERSON":
                # (with the title before it: "Former Vice President Cheney" is the Cheney of that title, not a
                # daughter named before him)
                ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
                return self.registry.lookup(_entity_text(t), title_words(ent) if ent is not None else None), False
        if tok.lemma_.lower() in ROLE_NOUNS | KIN_NOUNS:
            # "Her adviser, Franak Viacorka, said", "Losik's wife, Darya, said": a name spaCy tags ORG or nothing
            for a in appos:
                name = tok.doc[a.left_edge.i : a.i + 1]
                if name.start - 1 != tok.i and tok.doc[name.start - 1].text not in (",", "—", "–", "-", "(", ":"):
                    continue  # "A former secretary of the Department of Homeland Security said": the parser's apposition
                # a name tagged as a place counts when it opens with a first name ("press secretary Natalya Eismont")
                # (so does a kin's given name alone: "Penkoski’s daughter, Brielle, however, said", "Brielle" a place)
                place = a.ent_type_ in ("GPE", "NORP", "LOC", "FAC") and not (
                    (len(name) > 1 or tok.lemma_.lower() in KIN_NOUNS) and first_name_gender(normalise(name[0].text)))
                if not place and all(w.is_title or not w.is_alpha for w in name):
                    return self.registry.lookup(name.text), False
        body = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "ORG"), None)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() not in ROLE_NOUNS and body is not None:
            name = _entity_text(body)  # "according to the human rights group Viasna": the body its kind names
            self.organisations.add(name)
            return name, False
        if (tok.is_title or _inner_capital(tok)) and tok.pos_ != "PROPN" and self.registry.known(tok.text):
            # "Trump is now insisting", tagged NOUN: the person named ("LePage initially said", NOUN and ORG)
            return self.registry.lookup(tok.text), False
        if (party := _described_party(tok)) is not None and (who := self.resolve_party(tok, party, context)):
            return who, False  # "The Arizona Republican said" after "Sen. John McCain, R-Ariz.,"
        bare = all(t.dep_ == "det" for t in tok.doc[tok.left_edge.i : tok.i])  # "the President", "the Democrat"
        described = bare and tok.lower_ in GROUP_WORDS
        if bare and tok.pos_ == "PROPN" and (tok.lower_ in ROLE_NOUNS or tok.lower_ == "pm") and (
                who := self.resolve_description(tok, context)):
            return who, False  # "According to the President, …" after "President of Belarus Aleksandr Lukashenko"
        if (bare and tok.pos_ == "PROPN" and not tok.is_lower and tok.lower_ in LEADER_WORDS
                and any(c.lower_ == "the" for c in tok.children)):
            # "the President emphasized" after an untitled "Aleksandr Lukashenko stressed" in its paragraph or the
            # sentence before: that person (not a name "President"; after the writer's "the discourse of the
            # President of Columbia" it stays one)
            here = [name for name, at in context.named_here if at < tok.idx]
            who = here[-1] if here else context.prev_source if context.prev_source in context.people else ""
            if who and self._may_be(tok, who):
                return who, False
        if (bare and tok.pos_ == "PROPN" and tok.is_title and tok.lower_ in ROLE_NOUNS
                and (role := next((r for r in reversed(context.roles) if r.split()[0].lower() == tok.lower_), ""))):
            return role, False  # "The President said …" after "the discourse of the President of Columbia"
        if tok.pos_ == "PROPN" and not tok.is_lower and not described:  # "the president said" is sometimes tagged PROPN
            # "The U.S. Department of Justice"; not the dateline spaCy may hang on the name ("WARSAW (Reuters) - Poland")
            end = _of_name_end(tok)
            org = next((e for e in tok.doc.ents if e.label_ == "ORG" and e.start <= tok.i < e.end), None)
            end = max(end, org.end) if org is not None else end  # "the Department of the Treasury Inspector General …"
            # ("US Customs and Border Patrol San Diego tweeted": one body, spaCy's conjunct a person)
            body_end = max([c.i + 1 for c in tok.conjuncts if c.ent_type_ == "PERSON" and _ends_a_body_name(c)], default=0)
            end = max(end, body_end)
            while end - 1 > tok.i and tok.doc[end - 1].tag_ == "POS":
                end -= 1  # an owner whose entity holds its "’s" ("Saucier’s federal lawsuit alleges"): the owner
            if end > tok.i + 1 and tok.doc[end - 1].lower_ in ("of", "for"):
                # spaCy's entity may end in its preposition ("The Ministry of Foreign Affairs of" + "the Republic of
                # Belarus"): the entity right after it completes the name, else the preposition goes
                nxt = next((e for e in tok.doc.ents if e.start == end), None)
                end = nxt.end if nxt is not None else end - 1
            span = tok.doc[max(tok.left_edge.i, dateline_dash(tok.sent) + 1) : end]
            person = tok.ent_type_ == "PERSON" or self.registry.known(tok.text)
            while len(span) > 1 and (span[0].dep_ in ("det", "poss", "case", "punct") or _focus_word(span[0])
                                     or (person and span[0].i < tok.i and (not span[0].text[:1].isupper() or (
                                         span[0].i > 0 and tok.doc[span[0].i - 1].text == "-"
                                         and not tok.doc[span[0].i - 1].whitespace_)))):  # (all of "anti-Western")
                span = span[1:]  # ("Both the Associated Press and …", "Even the officials", "The 42-year-old Tsikhanouskaya")
            opened = [t.i for t in span if t.text == "("]
            if len(opened) > sum(t.text == ")" for t in span):  # "the World Health Organization (WHO) said": spaCy's
                span = tok.doc[span.start : opened[-1]]  # entity ends inside the brackets
            described_by = [t.i for t in span if t.i < tok.i and t.pos_ == "NOUN" and t.is_lower and t.nbor().is_title]
            if described_by:  # "Human rights group Viasna says": the body is "Viasna"
                span = tok.doc[described_by[-1] + 1 : span.end]
            if (len(span) > 3 and span[0].lower_ in ROLE_NOUNS | TITLE_WORDS and span[1].lower_ == "of"
                    and span[2].lower_ in COUNTRIES | set(DEMONYMS)):
                span = span[3:]  # "President of Ukraine Volodymyr Zelensky" (spaCy may tag the name ORG)
            # (and "The Bible then informs us": a book, no person whose surname another article may complete)
            the_body = (len(span) == 1 and (tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or (
                            tok.ent_type_ in ("WORK_OF_ART", "LAW") and not self.registry.known(tok.text)))
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                        and not any(w.lower_.rstrip(".") in TITLE_WORDS | INNER_TITLES | HONORIFICS for w in tok.subtree))
            # ("As The Hill pointed out": a paper, whoever else of that surname the article quotes)
            if tok.lower_ in INSTITUTIONS or the_body or (tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC") and not self.registry.known(span.text)
                                              and _split(span.text)[1] not in self.speaker_surnames and not _with_age(tok)
                                              and not _role_in_apposition(tok) and not _who_clause(tok)
                                              and not (tok.ent_type_ == "ORG" and not body_end
                                                       and (_full_name(span.text) or _person_behind_title(span)))):
                # ("Jeanine Pirro spoke to Hannity … and asked, …", tagged ORG: a full name opening with a strongly
                # gendered first name is a person, whom "She continued." means)
                name = span.text
                owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < span.start), None)
                # "Russia's Defence Ministry" and "Ukraine's Defence Ministry" are two sources: an institution keeps
                # its owner ("Congo's Health Ministry"; not "Iran's … news agency Mehr", a name of its own)
                if (tok.lower_ in INSTITUTIONS and (prefix := owner_prefix(owner))
                        and not name.lower().startswith(prefix.lower())):
                    name = f"{prefix} {name}"
                self.organisations.add(name)
                return name, False  # an organisation speaks: a source, not a person
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.i < span.start), None)
            if (owner is not None and tok.lower_ in ROLE_NOUNS and tok.ent_type_ != "PERSON"
                    and not any(t.ent_type_ == "PERSON" or _first_name(t.text) for t in span)
                    and not self.registry.known(span.text) and all(t.is_title or not t.is_alpha for t in span)):
                # "Poland’s Foreign Minister said": an office its owner names, no person's name (it was `Foreign`)
                prefix = owner_prefix(owner)
                return (f"{prefix} {span.text}" if prefix and not span.text.startswith(prefix) else span.text), False
            if (tok.lower_ in ROLE_NOUNS | TITLE_WORDS and not self.registry.known(span.text)
                    and (rest := strip_titles(span.text)[0].split())
                    and all(w.lower() in INSTITUTIONS | PORTFOLIOS for w in rest)):
                # "The Lithuanian Chief of Staff said", "The Secretary of State said": an office, no person's name
                # (it was `Staff`, `State`, what is left once the titles go)
                return span.text, False
            if (tok.tag_ == "NNPS" and not any(p.surname == _split(tok.text)[1] for p in self.registry.people)
                    and (tok.ent_type_ == "NORP" or not (self.registry.known(tok.text) or any(
                        w.lower_.rstrip(".") in TITLE_WORDS | INNER_TITLES | HONORIFICS for w in span)))):
                # "Republicans won the presidency", "The corrupt Pharisees did the opposite": a group, no person for the
                # registry, which would take "Republicans" for "Bush-Boehner Republicanism" (tagged a person); not a
                # surname named before that the parser reads as a plural ("Trump continued pounding Sessions"), nor one
                # with a title ("Cardinal Danneels admitted")
                self.plurals.add(span.text)
                return span.text, False
            return self.registry.lookup(span.text), False
        if joint := self.joint_described(tok, context):
            return joint, False  # "The two leaders said …" after "Inga Ruginiene and Donald Tusk said …"
        if (tok.lemma_.lower() in REGNAL_TITLES and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
                and (who := self.resolve_description(tok, context))):
            return who, False  # "the pope had doubled down …, saying, “…”" after "Pope Francis": the pope named before
        kin = tok.lemma_.lower() in KIN_NOUNS and any(c.dep_ == "poss" for c in tok.children)  # "Her husband"
        if (tok.lemma_.lower() in ROLE_NOUNS or tok.lower_ in ROLE_NOUNS or described or kin) and tok.tag_ != "NNS":
            # (not "Republican leaders …": a group, not the one person titled "leader")
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children)
            who = "" if indefinite else (self.resolve_description(tok, context)  # "A representative for his office"
                                         or self.target_named_before(tok, context))
            if who:
                return who, False
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and tok.lemma_.lower() not in TITLE_ONLY_ROLES
            if definite and (again := context.repeated(tok)):  # "A senior EU diplomat said …" … "the diplomat said"
                return again, False
            mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.is_lower}
            if definite and mods and (kin := next((x for x in reversed(context.sources) if x.islower() and " " in x
                                                   and _same_role(x.split()[-1], tok.lemma_.lower())
                                                   and mods & set(x.split()[:-1])), "")):
                return kin, False  # "a civil attorney … described …" … "the civil lawyer wrote": one lawyer, not the
                # bare `lawyer` who spoke before them
            if definite and context.spoke_before(tok):  # "Losik's lawyer … said …" … "the lawyer added": `lawyer`
                return tok.lower_, False
            if definite and _owned_role_before(tok):
                # "The judge did not allow Shchyrakova's lawyer to call …. The lawyer, whose name was withheld, told …":
                # the role the paragraph gave a named owner before, someone new (not the owner, nor the last speaker)
                return tok.lower_, False
            if (definite and tok.sent.start > tok.doc[0].i and not any(c.dep_ in ("prep", "appos", "relcl", "acl") for c in tok.children)
                    and (spoke := [n for n in context.sources[context.par_sources : context.sent_sources]
                                   if self.registry.known(n) and self.personal(n)])
                    and (person := self.registry.match_name(spoke[-1])) is not None and person.first and not person.titles
                    and self._may_be(tok, spoke[-1])):
                # "Dmitry Peskov said …. Asked whether …, the Kremlin spokesman replied …": a role with its body before
                # it, right after a person the article never titled spoke in the paragraph, is that person (the writer's
                # other name for them, not someone new)
                return spoke[-1], False
            if definite and _names_its_body(tok):
                # "The president of the Belarusian Association of Journalists wrote": a role placed by the body it
                # serves is someone new, not the person already speaking or named last
                definite = False
            # "Sen. Ted Cruz has laid down the gauntlet … with Donald Trump …" ¶ "The Texas lawmaker blamed his rival
            # …": opening a paragraph, the person the writer's sentence before was about
            if (definite and tok.sent.start == 0 and context.prev_subject and self.personal(context.prev_subject)
                    and context.prev_subject in context.people and self._may_be(tok, context.prev_subject)):
                return context.prev_subject, False
            # "Sarah Palin … said in a statement that …  The former Alaska governor said …": the person a sentence
            # before it in the paragraph named speaking
            here = [n for n in context.sources[context.par_sources : context.sent_sources]
                    if self.registry.known(n) and self.personal(n)]
            if definite and here and self._may_be(tok, here[-1]):
                return here[-1], False
            # "the Texas governor continues" with no named governor: the person already speaking, not someone
            # named inside their quote; else "the four-term congressman said" -> the last person named
            if definite and context.last_person_speaker and self._may_be(tok, context.last_person_speaker):
                return context.last_person_speaker, False
            # (not a person named in what it reports: "Robinson was denied due process, according to the judge" is no
            # judgement of Robinson's; "… subpoenas to Gov. Chris Christie’s re-election campaign …, the lawyer for the
            # campaign said" no words of Christie's; but "Three days after a video surfaced showing Rep. Bob Etheridge
            # …, the lawmaker said" is Etheridge's)
            if definite and (before := context.people_before(tok)) and self._may_be(tok, before[-1]):
                content = _reported_content(tok)
                if not any(n == before[-1] and at in content for n, at in context.named_here):
                    return before[-1], False
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        if tok.pos_ == "NOUN" and definite and (again := context.repeated(tok)):
            return again, False  # "the interior ministry said …" … "the ministry added"
        # the body that spoke last: in this paragraph before the sentence (whose sources are not known yet), else before it
        body = context.said_here[-1] if context.said_here else context.prev_source
        if (tok.pos_ == "NOUN" and definite and tok.lower_ in ("man", "woman") and len(list(tok.children)) == 1
                and tok.sent.text.lstrip()[:1] in OPEN_QUOTES + STRAIGHT and tok.head.i > tok.i
                and body not in ("", "author", UNRESOLVED) and self.personal(body) and body not in self.plurals
                and (self._known_person(body) or _head_word(body).lower() in ROLE_NOUNS | PEOPLE_NOUNS)
                and self.agrees(body, "he" if tok.lower_ == "man" else "she")):
            # "His campaign chief …, who asked that his name not be published, said …. “…,” the man said.": the one
            # person who spoke last, framing a quotation after theirs, not a voice apart (not "The site said …. The
            # woman told …", nor "The man had previously worked …" after a sentence about another man)
            return body, False
        if (tok.pos_ == "NOUN" and definite and tok.lower_ in BODY_AGAIN and len(list(tok.children)) == 1
                and not any(t.lower_ == tok.lower_ for t in tok.doc[: tok.i])  # (not "A group of protesters …. …, the group said")
                and body[:1].isupper() and body not in self.plurals
                # (not a person: "Amnesty International" is in the registry with a "first name", no person's)
                and (body in self.organisations or not self._known_person(body)
                     or _head_word(body).lower() in FIRM_WORDS | INSTITUTIONS | {"international", "watch"})):
            self.organisations.add(body)  # (which the writer has just called a company: nobody's "he" later)
            return body, False  # "Facebook told the LA Times …" ¶ "“…,” the company said": the company that spoke
            # (and "Viasna … says at least eight people have been detained. …, the group said": the group)
        role = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"), None)
        named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i > tok.i + 1
                      and tok.doc[c.left_edge.i - 1].text == ","), None)
        name_words = tok.doc[named.left_edge.i : named.i + 1] if named is not None else None
        if tok.lower_ == "one" and name_words is not None and (named.ent_type_ == "PERSON" or (
                len(name_words) > 1 and all(w.is_title for w in name_words))):
            # "One of its members, Demetrios Minor, said …" (spaCy tags no person): the person the writer names
            return self.registry.lookup(name_words.text), False
        if tok.lower_ == "one" and role is not None:
            # "One of them, a veteran of the EU's Minsk delegation, told me": that one person, described
            return describe(role, self.registry.lookup), False
        spoke = context.said_here[-1] if context.said_here else context.last_speaker  # (this paragraph's first)
        if tok.lower_ in QUANTIFIERS | {"one"} and spoke in self.plurals and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "us") for g in c.children) for c in tok.children):
            # "said one of them": one of the group that spoke before ("Analysts in Minsk … said …. “People here are
            # afraid of the war,” one of them said.": the analysts, not the people their quotation names)
            return spoke, False
        if tok.lower_ in QUANTIFIERS - {"they"} and not list(tok.children) and (group := _group_before(tok, bare=True)) is not None:
            # "Analysts were divided. Some argued that …": some of the people the paragraph named before
            name = describe(group)
            self.plurals.add(name)
            return name, False
        if tok.lower_ == "one" and (group := _group_before(tok)) is not None:
            # "a delegation of European diplomats visited Minsk. They came back, one of them told me": one of the
            # people the paragraph named last
            name = describe(group)
            self.plurals.add(name)
            return name, False
        name = describe(tok, self.registry.lookup, self.registry.known)
        if name.isalpha() and name.islower() and tok.is_title and tok.text in self.capitalised:
            name = tok.text  # "Hannity asks, …", which spaCy tagged a noun: the name the article writes capitalised
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ == "its" and tok.lower_ in INSTITUTIONS | {"mission", "delegation"}:
            # "Belarus denies any involvement. In a statement, its foreign ministry called …" (or "Its mission in
            # Geneva dismissed …"): the country the sentence before spoke for or was about, as the writer's adjective
            country = next((c.lower() for c in (context.about_before, context.prev_source, context.prev_group, context.prev_subject)
                            if c and c.lower() in ADJECTIVE_OF), None)
            # ... or the body's name ("The OSCE did not send observers. Its election monitoring office said …")
            body = self._body_before(context)
            if country:
                name = f"{ADJECTIVE_OF[country]} {name}"
            elif body and not name.startswith(body):
                name = f"{body} {name}"
        elif owner is not None and owner.lower_ == "its" and tok.lemma_.lower() in ROLE_NOUNS:
            # "The European Commission said …. Its spokeswoman said …", "The Belarusian government denies …. Its
            # officials describe …": the country's people by its adjective, a body's by its name
            body = self._body_before(context, named=False)
            if body.lower() in ADJECTIVE_OF:
                name = f"{ADJECTIVE_OF[body.lower()]} {name}"
            elif body and not name.startswith(body):
                name = f"{body} {name}"
        elif (owner is not None and owner.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children)
              and (tok.lower_ in INSTITUTIONS or tok.lemma_.lower() in ROLE_NOUNS) and (body := context.repeated(owner))
              and not self.personal(body)):
            # "Belarus's State Border Committee said …" ¶ "The committee's press service said …": the body named before
            name = f"{body} {name}"
        if owner is not None and owner.lower_ in ("his", "her") and tok.lower_ in INSTITUTIONS:
            # "Aleksandr Lukashenko met officers. His press service said …": the person "his" refers to; the person
            # named last before it in the paragraph, else the previous paragraph's (the sentences' sources of this
            # paragraph are not known yet when its cues are read)
            form = "he" if owner.lower_ == "his" else "she"
            who = next((n for n, at in reversed(context.named_here)
                        if at < tok.idx and self.personal(n) and self.agrees(n, form)), "")
            if not who:
                who, _ = context.resolve_pronoun(False, self.personal, lambda n: self.agrees(n, form))
            if who and who != "author":
                name = f"{who}'s {name}"
        if (tok.tag_ in ("NNS", "NNPS", "CD") and tok.lower_ != "one" or tok.lower_ in QUANTIFIERS
                or tok.lemma_.lower() in INANIMATE | LEGAL_TEXTS or _partitive(tok)
                or tok.lower_ in ("percent", "%") or tok.lemma_.lower() in FRACTIONS):  # ("a staggering 55 percent of …")
            self.plurals.add(name)  # not an antecedent for "he" or "she"
        elif tok.lower_ in INSTITUTIONS | FIRM_WORDS:
            self.organisations.add(name)  # "the Kremlin press service", "the company": a source, no person
        return name, False

    def target_named_before(self, tok, context: Context) -> str:
        """'Aleksandr Lukashenko … Speaking at a meeting, the Belarusian leader said …': a description that is a
        target's alias ("the Belarusian leader" for Lukashenko) is that target's person when the paragraph named them
        before; else ""."""
        names = self.alias_names.get(describe(tok).lower())
        if not names or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return ""
        return self._last_named(names, tok, context)

    def _last_named(self, names, tok, context: Context) -> str:
        """The person, among those `names` mean, that the article named last before `tok`; else ""."""
        people = {id(p) for p in (self.registry.match_name(n) for n in names) if p is not None}
        for name in reversed(context.people_before(tok)):
            person = self.registry.match_name(name)
            if person is not None and id(person) in people:
                return person.canonical
        return ""

    def _person_s_office(self, tok) -> str | None:
        """'Trump’s Chief of Staff said …': a capitalised office owned by a known person, which spaCy may tag a person
        with its owner; the owner's name and the office ("Donald Trump's Chief of Staff"); else None."""
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if owner is None or tok.pos_ != "PROPN" or tok.lower_ not in ROLE_NOUNS | TITLE_WORDS:
            return None
        start = owner.i + 1 + (tok.doc[owner.i + 1].tag_ == "POS")
        words = tok.doc[start : _of_name_end(tok)]  # "Press Secretary", "Chief of Staff"
        if not words or not all((t.is_title and not _first_name(t.text)) or t.lower_ == "of" for t in words) or (
                self.registry.known(words.text)):
            return None
        name = _owner_text(owner)
        if owner.ent_type_ != "PERSON" and not self.registry.known(name):
            return None
        return f"{self.registry.lookup(name)}'s {words.text}"

    def _name_run_into_place(self, obj):
        """'According to Campbell Russia provided the resources', 'According to Shraibman Minsk could …', 'According to
        Mary Smith taxes will rise': without a comma spaCy reads a known person's surname and the subject that opens the
        clause as one name; the person's name, when a verb follows that subject (a country, a common noun, or a name
        that is no first name nor the same person's); else None."""
        if obj.i + 1 >= len(obj.doc) or obj.doc[obj.i + 1].pos_ not in ("VERB", "AUX"):
            return None
        known = next((c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1 and c.pos_ == "PROPN"
                      and self.registry.known(c.text)), None)
        if known is None or (obj.lower_ not in COUNTRIES and (
                obj.pos_ not in ("PROPN", "NOUN") or first_name_gender(normalise(obj.text))
                # (the run-on name may have been registered from this very sentence: the surname alone must mean
                # someone else)
                or (obj.pos_ == "PROPN" and self.registry.lookup(known.text) == self.registry.lookup(f"{known.text} {obj.text}")))):
            return None
        return known

    def _antecedent_person(self, tok):
        """The person a relative "who" refers to: a PERSON entity, a name the article registered, or a role noun
        ("Kolesnikova's lawyer, who said …"); a description apposed to a name gives the name ("Ms. Lauten — a former
        aide who …"); the parser's "the spokesman for the Filial Correction, who wrote" (the clause on the body a role
        is for) and "Joseph Shaw, the head of … and the spokesman for …, who" are the role's, and so the name's; else
        None."""
        if (tok.dep_ == "pobj" and tok.ent_type_ != "PERSON" and tok.lemma_.lower() not in ROLE_NOUNS
                and tok.head.dep_ == "prep" and tok.head.lower_ in ("of", "for", "at")
                and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in ROLE_NOUNS):
            tok = tok.head.head
        while tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "appos":
            tok = tok.head  # "Joseph Shaw, the head of … and the spokesman …"
        # (not a plural the parser hangs on a name: "… and Senator Feinstein, 65 women who said they knew …")
        if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON" and tok.tag_ != "NNS":
            tok = tok.head
        if tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and self.registry.known(_entity_text(tok))):
            return tok
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in KIN_NOUNS and any(c.dep_ == "poss" for c in tok.children):
            return tok  # "His words echoed those of his wife, who said last week that …": the kin someone's noun names
        # (… or a man or a woman: "reached a woman who can be heard saying, “…”")
        return tok if tok.pos_ == "NOUN" and tok.lemma_.lower() in ROLE_NOUNS | GENERIC_PEOPLE else None

    def _other_country(self, tok, name: str) -> bool:
        """Does the description name a country that none of this person's titles name ("the Belarusian president"
        for "Pavel Latushko, a former culture minister")?"""
        person = self.registry.match_name(name)
        countries = _description_mods(tok) & COUNTRIES
        return bool(countries) and not (person is not None and countries & person.titles)

    def _may_be(self, tok, name: str) -> bool:
        """Can a definite role noun be this person? Not a country's role that none of the person's titles names, and
        not a gendered role of the other gender ("the four-term congressman" is not Lauren Greene)."""
        form = "he" if tok.lower_ in MALE_TITLES else "she" if tok.lower_ in FEMALE_TITLES else ""
        # nor a source described by another role ("the president" is not the `ministry spokesman` who spoke before)
        head = _head_word(name).lower() if not self.registry.known(name) else ""
        if head in ROLE_NOUNS | PEOPLE_NOUNS and not _same_role(head, tok.lemma_.lower()):
            return False
        if name.islower() and head not in ROLE_NOUNS | PEOPLE_NOUNS:
            return False  # nor a thing described ("according to the judge" is not the Twitter `account` quoted before)
        served = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "at")
                  for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.ent_type_ != "PERSON"
                  and g.lower_ not in PORTFOLIOS | {"government", "staff"}]  # ("the head of state" is an office)
        if served and not ({w.lower_ for g in served for w in g.subtree if w.is_alpha}
                           & ((person.titles | set(normalise(person.canonical).split()))
                              if (person := self.registry.match_name(name)) is not None else set())):
            # nor anybody not titled with the body or place the role's own phrase names ("the head of the Zhodino prison"
            # is not Amnesty International, which spoke before; "the president of Belarus" may be Lukashenko)
            return False
        if (tok.lemma_.lower() in OFFICES and (person := self.registry.match_name(name)) is not None
                and (held := person.titles & OFFICES)
                and not any(_same_role(t, tok.lemma_.lower()) or _same_role(tok.lemma_.lower(), t) for t in held)):
            # nor a person titled in another office only ("the former governor" is not Terry O'Neill, "the president
            # of the National Organization for Women", quoted before)
            return False
        if (person := self.registry.match_name(name)) is not None and any(
                (id(person), role) in self.owned_roles for role in ROLE_NOUNS if _same_role(role, tok.lemma_.lower())):
            # nor the person whose role it is ("The judge did not allow Shchyrakova's lawyer to call witnesses. The
            # lawyer told …" is not Shchyrakova)
            return False
        if (person := self.registry.match_name(name)) is not None and _other_office(_description_mods(tok), person.titles):
            return False  # nor a person in another office ("Belarus's deputy foreign minister" after a defence minister)
        if (tok.lemma_.lower() in JUDICIAL and (person := self.registry.match_name(name)) is not None
                and not person.titles & JUDICIAL):
            # nor a judge someone the article did not title so ("At the Hammonds’ original sentencing, the judge noted
            # …" after "President Trump … Dwight and Steven Hammond"); a judge is named as one
            return False
        return not self._other_country(tok, name) and (not form or self.agrees(name, form))

    def resolve_party(self, tok, party: str, context: Context) -> str:
        """'the Arizona Republican' -> the most recent person named before whose party label (`party_words`) gives
        that party (and that state, where the description names one)."""
        place = " ".join(t.lower_ for t in tok.doc[tok.left_edge.i + 1 : tok.i])
        for name in reversed(context.people_before(tok)):
            person = self.registry.match_name(name)
            if person is not None and party in person.titles and (not place or place in person.titles):
                return person.canonical
        return ""

    def resolve_description(self, tok, context: Context) -> str:
        """'the Ukrainian president' -> the most recent named person whose title has 'president' and 'ukraine'."""
        if (tok.dep_ == "pobj" and tok.head.lower_ == "as" and (named := next(
                (c for c in tok.head.head.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i < tok.i), None)) is not None
                and (name := self.registry.lookup(_entity_text(named)))):
            # "You will remember Sadikov as the student politician who …": the person the phrase names so
            return name
        mods = _description_mods(tok)
        head = tok.lemma_.lower()
        # "the Belarusian president" after "Belarusian leader X" (a country's; "the minority leader" is no president)
        heads = LEADER_WORDS if head in LEADER_WORDS and mods & COUNTRIES else CANDIDACY if head in CANDIDACY else {head}
        if head in ("congressman", "congresswoman"):  # "the four-term congressman" after "Rep. Blake Farenthold"
            heads = {head, "representative"}
        if tok.lower_ == "pm":  # "the PM said" after "Hungary's Prime Minister Viktor Orban"
            heads = {"prime", "premier", "pm"}
        if head == "head" and (office := next((g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                                               for g in c.children if g.dep_ == "pobj"), "")) in HEADS_OF:
            heads = HEADS_OF[office]  # "the head of state" after "President Alexander Lukashenko"
        # (not a person the paragraph names inside quotation marks before it: "“… Attorney General Barr must publicly
        # testify under oath,” the former California attorney general said" is somebody speaking of Barr)
        quoted = {name for name, at in context.named_here if at < tok.idx and at < len(context.inside) and context.inside[at]}
        for name in reversed(context.people_before(tok)):
            person = self.registry.match_name(name)
            if person is None or not heads & person.titles or _other_office(mods, person.titles) or name in quoted:
                continue
            countries = {t for t in person.titles if t in COUNTRIES}
            # (a modifier that names no country does not rule out a person titled by one: "the conservative senator"
            # is U.S. Sen. Marco Rubio)
            if not mods & COUNTRIES or not countries or mods & countries:
                return person.canonical
        if heads & LEADER_WORDS and (names := {n for c in mods & COUNTRIES for n in self.country_people.get(c, ())}):
            # "The President of Russia noted …" in a readout that named Vladimir Putin without a title: the person
            # target whose aliases name the country, when named before
            return self._last_named(names, tok, context)
        return ""

    def cues(self, sent, inside: list[bool], context: Context, has_quote: bool, prev_org: str = "") -> list[Cue]:
        """Reporting verbs outside quotation marks in a sentence, with their resolved subjects. `prev_org`: the
        organisation the paragraph's previous sentence has as its subject, whom "it" reports for."""
        found = []
        context.about_before = prev_org
        for tok in sent:
            if tok.idx < len(inside) and inside[tok.idx]:
                continue
            lemma = _verb_lemma(tok)
            if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                to = next(c for c in tok.children if c.lower_ == "to")
                obj = next((c for c in to.children if c.dep_ == "pobj"), None)
                stranded = next((t for t in tok.doc[to.i + 1 : to.i + 3] if t.dep_ == "nsubj"
                                 and t.pos_ in ("NOUN", "PROPN", "NUM")), None) if obj is None else None
                if (stranded is not None and stranded.head.i == stranded.right_edge.i + 1
                        and stranded.head.i + 1 < len(tok.doc) and tok.doc[stranded.head.i + 1].is_punct):
                    # "according to one of the officials present, …": the parser reads "present" as a verb, "one" its
                    # subject, and leaves "to" without an object
                    obj = stranded
                known = self._name_run_into_place(obj) if obj is not None else None
                if known is not None:
                    obj = known  # "According to Campbell Russia provided …": Campbell (whose entity spaCy ran on)
                if obj is not None and obj.lemma_.lower() not in NORMS and obj.lower_ not in NORMS and (
                        not _in_accordance(tok, obj)) and not _word_of_god(obj) and not (obj.lower_ in OWN_NORMS and any(
                            c.dep_ == "poss" and c.lower_ in ("my", "your", "his", "her", "its", "our", "their") for c in obj.children)):
                    # not "according to the spirit of the law", nor "according to their stations"
                    # ("the means": spaCy's lemma is "mean"), nor "calculated according to a worker's contributions"
                    name, pron = (self.registry.lookup(known.text), False) if known is not None else self.name_of_subject(obj, context)
                    form = obj.lower_ if pron else ""
                    keeper = _record_keeper(obj)
                    if keeper is not None and keeper.lower_ in POSSESSIVE_FORMS:
                        # "according to his records": the pronoun's person, as "In his view" is
                        name, pron, form = "", True, POSSESSIVE_FORMS[keeper.lower_]
                    elif keeper is not None and keeper.lower_ == "its" and (body := self._body_before(context)):
                        name, pron = body, False  # "The council has 80 members. … according to its own accounts"
                    elif keeper is not None and keeper.pos_ in ("PROPN", "NOUN"):
                        name, pron = self.name_of_subject(keeper, context)  # "according to Viasna's records"
                    # "According to the statement, …": a document whose owner the article may know, as "The statement
                    # added" is
                    document = _document_key(obj) if (obj.pos_ == "NOUN" and obj.lemma_.lower() in INANIMATE
                                                      and _issuer(obj) is None and any(
                                                          c.dep_ == "det" and c.lower_ == "the" for c in obj.children)) else ""
                    # (inside a relative clause it sources that clause alone: "…, he is concerned about the caucus, in
                    # which, according to entrance polls, Trump won 44 percent" is not the polls')
                    # (one closing the sentence frames it all, wherever the parser hangs it: "…, the anti-secrecy
                    # group that last year released a hacked trove of Democrats’ emails, according to four officials.")
                    closing = tok.right_edge.i + 1 >= tok.sent.end - (1 if tok.sent[-1].is_punct else 0)
                    framing = closing or not any(a.dep_ == "relcl" and _relative_word(a) for a in tok.ancestors)
                    # (not one with no comma before it in a description set off beside a name: "… the Western
                    # Presstitute Media, a collection of people on the CIA payroll according to the German newspaper
                    # editor, Udo Ulfkotte, …" sources the description alone)
                    framing = framing and not (tok.head.pos_ == "NOUN" and tok.head.dep_ == "appos" and tok.i > 0
                                               and tok.doc[tok.i - 1].text != ",")
                    found.append(Cue(tok.i, name, pron, framing, form, document,
                                     subject_i=keeper.i if pron and keeper is not None else -1))
                    if name and not pron:
                        context.sources.append(name)  # "according to four congressional officials" … "the officials said"
                continue
            if tok.lower_ in VIEW_NOUNS and tok.head.lower_ == "in" and tok.dep_ == "pobj" and (
                    tok.lower_ == "words" or (tok.head.head.dep_ == "ROOT" and tok.head.i < tok.head.head.i)) and any(
                    t.pos_ in ("VERB", "AUX") for t in tok.sent):
                # opening the sentence ("In Shraibman's view, the leader …"), not "risen in the estimation of …"; in a
                # clause (a title, "Farrakhan In His Own Words (PDF).", reports nothing)
                of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
                if obj is None:  # "In Shraibman's view", "In his view" ("in their view" is left alone)
                    obj = next((c for c in tok.children if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.lower_ in POSSESSIVE_FORMS)), None)
                if obj is not None and obj.lower_ in POSSESSIVE_FORMS:  # "In his view": like "according to him"
                    found.append(Cue(tok.i, "", True, True, POSSESSIVE_FORMS[obj.lower_], subject_i=obj.i))
                elif obj is not None:  # "In the words of one of his former aides, he is “…”": like "according to"
                    name, pron = self.name_of_subject(obj, context)
                    found.append(Cue(tok.i, name, pron, True, obj.lower_ if pron else ""))
                    if name and not pron:
                        context.sources.append(name)
                continue
            if (head := _opening_frame(tok, inside, self.verbs)) is not None:
                # 'Added Gibbs: "I think …"', 'Said Smith, “We will win.”': the parser reads the verb as part of the name
                start = head.i  # the proper nouns right before the colon ("White House spokesman Robert Gibbs")
                while start - 1 > tok.i and tok.doc[start - 1].pos_ == "PROPN":
                    start -= 1
                name = self.registry.lookup(tok.doc[start : head.i + 1].text)
                found.append(Cue(tok.i, name, False, False, subject_i=head.i))
                context.sources.append(name)
                continue
            if (named := _closing_frame_read_as_name(tok, self.verbs)) is not None:
                # '“…," huffed committee member Patrick Leahy (D-Vt.).': the frame's verb the parser made part of the name
                name = self.registry.lookup(_entity_text(named))
                found.append(Cue(tok.i, name, False, False, subject_i=named.i))
                context.sources.append(name)
                continue
            if (quoted := _quoted_by_writer(tok, inside)) is not None:
                # "To quote Cajetan again: “Indeed the Church has the right …”": the one the writer quotes speaks
                name, pron = self.name_of_subject(quoted, context)
                if name and not pron:
                    found.append(Cue(tok.i, name, False, False, subject_i=quoted.i))
                    context.sources.append(name)
                    continue
            if (read := _text_reading(tok)) is not None:
                # "Police found a note from the gunman reading, “I did this …”", "Protesters carried a sign reading, “No
                # war.”", "A banner reading “Stop the war” hung …": the words a text holds are its author's, else its
                # bearers', else the text's (not the last person quoted's)
                text, author = read
                who = author if author is not None else _bearer(tok, text)
                name, pron = self.name_of_subject(who if who is not None else text, context)
                if name:
                    found.append(Cue(tok.i, name, pron, False, (who.lower_ if pron else ""),
                                     subject_i=who.i if who is not None else text.i))
                    continue
            is_make_clear = (makes_clear(tok) or puts_it(tok) or points_out(tok) or lays_down(tok) or puts_a_figure(tok) or blames(tok)
                             or rules_out(tok) or issues_statement(tok) or defines_as_follows(tok) or expresses_that(tok)
                             or makes_a_statement(tok) or gives_testimony(tok))
            if tok.pos_ not in ("VERB", "AUX") and not _infinitive_read_as_noun(tok) and not _verb_read_as_noun(tok):
                continue
            if (lemma not in self.verbs and not is_make_clear and not _document_reads(tok) and not _research_finds(tok)
                    and not _document_presents(tok) and not _document_opens(tok)):
                continue
            # a quote-only verb reports beside a quotation, or a clause, a demand … of its own; or the block its colon
            # introduces ("X explains the plan:"), which is no paraphrase of its own
            # (a calling verb's quoted word may be hung anywhere: 'He called the disclosure of the program that allows
            # the NSA to collect … "reprehensible"')
            colon_only = (lemma in self.quote_only and not (has_quote and (lemma in NAMING_VERBS
                                                                             or not _quote_in_another_clause(tok, inside)))
                          and not that_clause(tok) and not _bare_report(tok, lemma) and not _questions_whether(tok) and not accuses_of(tok)
                          and not demands(tok) and not calls_someone(tok) and not closes_clause(tok) and not interrupts_clause(tok)
                          and not rejects_claim(tok) and not (lemma in CALLING_VERBS | PRAISING_VERBS and _characterises(tok)))
            if colon_only and not introduces_colon(tok):
                continue  # "he continued" reports speech beside a quotation; "she added that ..." without one too
            if lemma in ("acknowledge", "recognize", "recognise") and any(
                    c.dep_ == "dobj" and (c.lower_ in ("them", "him", "her") or c.lemma_.lower() in GREETED)
                    for c in tok.children) and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
                continue  # "Chants of “We love you, Pelosi!” rang out, until the minority leader acknowledged them": a gesture
            if _shows_itself(tok):
                continue  # "this interpretation eventually reveals itself to be rank historicism": what it turns out to be
            if (any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in (*tok.children, *_conj_root(tok).children))
                    and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children)):
                continue  # "This nice kid could read books … and write a pretty mean paper": what one can do, no report
            if (any(c.dep_ == "nsubj" and c.lower_ == "one" and c.i > 0 and tok.doc[c.i - 1].text in ("—", "–", "-", ",")
                    for c in tok.children)
                    and any(c.dep_ == "conj" and any(g.dep_ == "agent" for g in c.children) for c in tok.children)):
                # "the normal everyday responsibility of the President—one acknowledged and acted upon by every previous
                # president—to defuse tensions …": a description in the passive the parser read as a clause, no report
                continue
            if _done_in_a_kind(tok):
                continue  # "a society, one in which citizens believe what they are told": people in general, no report
            if lemma == "continue" and any(c.dep_ == "xcomp" for c in tok.children):
                continue  # "if the West continued to “provoke” it": aspect, not speech ("called on X to “…”" is speech)
            if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "use" and any(c.dep_ == "auxpass" for c in tok.head.children):
                continue  # "This research is being used to advise companies …": what a thing serves for, no words reported
            if lemma == "continue" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children) and not any(
                    c.dep_ == "ccomp" or (c.dep_ == "advcl" and any(t.idx < len(inside) and inside[t.idx] for t in c.subtree))
                    for c in tok.children):
                # "they will continue the same polemic that …": going on with a thing, no words reported (unless quoted
                # words outside it go on: "The group continued its offensive …, launching an advertising campaign attacking
                # Obama as an “elitist hypocrite”")
                continue
            if _lets_in(tok):
                continue  # "The government also admitted two activists who had fled": let them in, said nothing
            if has_quote and lemma in ("speak", "talk") and any(
                    p.dep_ == "prep" and p.lower_ == "for" and p.i + 2 < len(p.doc) and p.doc[p.i + 1].is_quote
                    and any(g.ent_type_ in ("TIME", "DATE", "CARDINAL") for g in p.subtree) for p in tok.subtree):
                continue  # "… tweeted that McGahn spoke with the special counsel team for “over 30 hours …”": how long
            if lemma == "teach" and tok.tag_ in ("VBN", "VBD") and (any(c.dep_ == "auxpass" for c in tok.children) or (
                    tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.head.children))):
                continue  # "The children … were both trained to use firearms and taught multiple tactical techniques": taught, not teaching
            if lemma == "teach" and any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() not in ROLE_NOUNS | INANIMATE
                                        for c in tok.children):
                continue  # "Thomistic theology teaches that …", "Our American history … teaches that …": the writer's lesson
                # (a text or a body teaches: "The Catechism of the Catholic Church teaches that “…”", "AL 303 teaches …")
            if tok.lower_ == "speaking" and tok.dep_ == "advcl" and list(tok.children) and all(
                    c.dep_ == "advmod" and c.lower_.endswith("ly") for c in tok.children):
                continue  # "practically speaking", "strictly speaking": a manner of speaking, nobody's words
            if lemma in THINKING_VERBS and _asked_belief(tok):
                continue  # "Does His Excellency believe that …?": the writer's question, nobody's words
            if not has_quote and _questioned(tok):
                continue  # "Did the accuser tell anyone about it at the time?": the writer's question, nobody's words
            if (lemma in THINKING_VERBS and tok.dep_ == "relcl"
                    and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in tok.children)):
                continue  # "a violation of everything these bishops supposedly believe": a belief named, no words
            if _quotes_only_titles_of_works(tok, inside):
                continue  # "after posting his article, ‘9 Steps to Successfully Counter Jihad.’": a title, no words
            if lemma == "deem" and (not any(c.dep_ == "nsubj" for c in tok.children) or (
                    (tok.tag_ == "VBN" or tok.dep_ == "acl") and not any(c.dep_ == "aux" for c in tok.children))):
                # "half deemed “essential”", "people deemed a danger" (which the parser may make a conjunct of the main
                # verb), "was deemed “vital”": a status given, nobody's words; "He deemed the plan “a con”" reports
                continue
            if _reduced_passive(tok):
                continue  # "Three women believed to be the children’s mothers were also arrested": nobody named believes
            if lemma == "deny" and (any(c.dep_ == "dative" for c in tok.children)
                                    or sum(c.dep_ == "dobj" for c in tok.children) > 1):
                continue  # "… to deny Iran its 'dreams of a northern arch'", "denied him a visa": withholding, no words
            if lemma == "call" and any(c.dep_ in ("dobj", "oprd") and c.lower_ in ("bluff", "bluffs") for c in tok.children):
                continue  # "North Korea called his ‘or else’ bluff": an idiom of action, no words (the marks are the writer's)
            if (tok.lower_ in NAMING_PARTICIPLES and tok.dep_ == "acl"
                    and not any(c.dep_ in ("agent", "prep", "nsubj") or (c.dep_ == "oprd" and c.pos_ == "ADJ") for c in tok.children)
                    and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in OPEN_QUOTES + STRAIGHT):
                # "a program – also called “Rainbow Pastoral.”": a name given, nobody's words ("dubbed … by X" is X's,
                # "a move the White House statement called “unjust”" the statement's; not "…, called on Minsk to “…”",
                # a misparsed main verb)
                continue
            if (tok.lower_ in NAMING_PARTICIPLES and tok.dep_ == "acl" and tok.head.pos_ == "NOUN"
                    and not any(c.dep_ in ("agent", "prep", "nsubj") for c in tok.children)
                    and any(c.dep_ == "oprd" and c.pos_ in ("PROPN", "NOUN") for c in tok.children)
                    and not any(t.idx < len(inside) and inside[t.idx] for t in tok.subtree)):
                continue  # "a vaccine called rVSV-ZEBOV" in a sentence quoting something else: a name given, no words
            if (lemma in CALLING_VERBS and not _calls_it(tok, inside) and not rejects_claim(tok) and not _characterises(tok)
                    and not introduces_colon(tok)):  # ("… was quick to condemn the man’s actions:" ¶ "“…”")
                continue  # "X dismissed the claims as “…”"; not "Y was denounced by X", not a quote before the verb
            if lemma in PRAISING_VERBS and not (_calls_it(tok, inside) and _as_quoted(tok, inside)) and not _characterises(tok):
                continue  # "praised Belarus as “a reliable partner”"; not "praised the soldiers who guarded the “red line”"
            if (has_quote and tok.dep_ == "acl" and tok.head.pos_ == "NOUN"
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
                    and not any(t.idx < len(inside) and inside[t.idx] for t in tok.subtree)):
                # "… after the “World Meeting of Familes,” he was asked to comment on Viganò’s allegations that he had
                # informed Bergoglio …": a report inside what a noun names holds no quotation outside it
                continue
            if _describes_a_thing(tok, inside):
                continue  # "the point of contact that the lying media said didn't occur": the writer's noun phrase
            if _writes_a_letter(tok, has_quote):
                continue  # "Every Sunday, Hanna Losik writes a letter to her father.": an act, no words reported
            # (a negation of the frame's own, before the verb: not "The new priest said, “No, never.”")
            negated = lemma in UNSAID_VERBS and any((c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never"))
                                                    and c.i < tok.i and not (c.idx < len(inside) and inside[c.idx])
                                                    for c in tok.children)
            if (has_quote and lemma not in self.quote_only and (_conditional(tok) or negated)
                    and _quotation_right_after(tok, inside)):
                # "If another attendee says, “He was totally sober …,” that helps Kavanaugh.": words imagined in a
                # condition are the writer's, not the last person quoted's; so are words a person is said not to have
                # said ("Notice the late pope does not say, “Let the practicing homosexuals have a spiritual home …”")
                found.append(Cue(tok.i, "author", False, False, note="words said not to have been said" if negated
                                 else "words imagined in a condition"))
                continue
            if has_quote and _seeming_speech(tok) and _quotation_right_after(tok, inside):
                # "… it sounds like he is saying, “Who do you think you are?": the writer's impression put in words
                found.append(Cue(tok.i, "author", False, False, note="words the writer hears in what someone did"))
                continue
            if (_unreal(tok) or _anticipated(tok) or _refused(tok) or _withheld(tok) or _not_said(tok) or _left_open(tok) or _asked_about(tok)
                    or _wanted(tok)
                    or _supposed_by_writer(tok, inside)
                    or (not has_quote and (_silent_on(tok) or _trusts_person(tok)))):
                # (nor does a verb inside the question left open: "would not say whether the White House believes …")
                continue  # "Only a fool would believe the lies", "Critics could argue that …": nothing was said
            if any(c.dep_ == "dobj" and c.lower_ in ("whatever", "what", "whichever") and c.i < tok.i for c in tok.children) and (
                    not has_quote or (tok.dep_ == "ccomp" and tok.head.i < tok.i and not any(
                        c.dep_ == "dobj" and c.idx < len(inside) and inside[c.idx] for c in tok.children)  # (not '"… no
                        # matter what," he said', the parser's "what" in the quotation)
                                      and not any(t.idx < len(inside) and inside[t.idx] for t in tok.sent if t.i > tok.i))):
                # "The regime does whatever Moscow asks": a free relative ("what he called “…”" quotes); so does one a
                # verb takes as object after quoted words of the writer's ("… the “authentic Magisterium” teaches what
                # the guidelines declare"; not "What he said was: “…”", nor "thwart what President Trump describes as
                # an impending migrant“invasion.”", where the parser hangs the quoted word elsewhere)
                continue
            if _negated(tok) and any(c.dep_ in ("dobj", "dative") and c.lower_ in ("whatever", "what", "whichever")
                                     and c.i < tok.i for c in tok.children):
                continue  # "What the papers never told us was that … a “progressive,” …": what nobody said, nobody's words
            if (named := frame_read_as_modifier(tok, inside)) is not None:
                # '… public events." added Lauten, who …': Lauten (the name alone: the parser hangs the quotation's
                # words on the verb, so the name's subtree runs back into them)
                name = tok.doc[min([named.i] + [c.i for c in named.children if c.dep_ == "compound"
                                                and not (c.pos_ == "NOUN" and c.lemma_.lower() in ROLE_NOUNS)]) : named.i + 1]
                who = self.registry.lookup(name.text) if named.ent_type_ == "PERSON" or self.registry.known(name.text) else name.text
                found.append(Cue(tok.i, who, False, False, subject_i=named.i))
                continue
            subj = choose_subject(tok, inside)
            if subj is not None and subj.lower_ in ("himself", "herself", "themselves", "itself") and (who := next(
                    (c for c in tok.children if c.lower_ in ("who", "which") and c.i < subj.i), None)) is not None:
                subj = who  # "… with Pope Francis who himself says …": the parser makes the emphatic "himself" the subject
            if subj is not None and subj.lemma_.lower() == "version" and any(
                    c.lower_ in ("earlier", "previous", "prior", "original") for c in subj.children):
                continue  # "An earlier version of this post said that Senator Harry Reid was from Arizona.": a correction
            if subj is not None and (nerve := _had_the_nerve(tok, subj)) is not None:
                subj = choose_subject(nerve, inside)  # "Trump had the temerity to mention …": Trump
            if subj is not None and (named := _one_of_times(subj)) is not None:
                subj = named  # "This is one of many times Zakkout has referred to …": Zakkout
            if subj is None and (_verb_read_as_noun(tok) or tok.dep_ == "ROOT"):
                # "The video claims Warsaw has plans": the noun right before it, which the parser made its compound
                subj = next((c for c in tok.lefts if c.dep_ == "compound" and c.i == tok.i - 1
                             and c.pos_ in ("NOUN", "PROPN")), None)
            if subj is None and reporting_fragment(tok):
                subj = tok.head  # "Lukashenko's press service posted on Telegram:": the service
            if subj is None and (document := _document_read_after(tok)) is not None:
                subj = document  # "“…,” read a report in The Daily Sheeple.": the report
            if (subj is not None and tok.tag_ == "VBG" and tok.dep_ == "ccomp" and subj.pos_ == "NOUN" and subj.i < tok.i
                    and subj.lemma_.lower() not in ROLE_NOUNS | PEOPLE_NOUNS and subj.ent_type_ != "PERSON"):
                # "Batten echoed that sentiment saying, “…”": the parser made the echoed noun the participle's subject
                above = choose_subject(tok.head, inside) if tok.head.pos_ == "VERB" else None
                subj = above if above is not None and above.pos_ == "PROPN" else subj
            relative = False  # "…, who told reporters that it would pass": the antecedent's words, as a main verb's
            if subj is not None and subj.lower_ in ("who", "which") and tok.dep_ == "relcl":
                quoted = any(t.idx < len(inside) and inside[t.idx] for t in tok.subtree)
                clause = any(c.dep_ == "ccomp" for c in tok.children)
                who = self._antecedent_person(tok.head) if subj.lower_ == "who" else None
                last = who
                while last is not None and (nxt := next((c for c in last.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)):
                    last = nxt
                if (who is not None and last is not who and subj.i > 1 and tok.doc[subj.i - 1].text == ","
                        and last.right_edge.i == subj.i - 2 and (tok.tag_ == "VBZ" or any(
                            c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "is", "was") for c in tok.children))):
                    # "… confrontations between Acosta and Trump, who has repeatedly said …": a singular verb's "who"
                    # right after the last of two names is that one person (spaCy hangs the clause on the first)
                    who = self._antecedent_person(last) or who
                if (who is not None and subj.i > 1 and tok.doc[subj.i - 1].text == ","
                        and (described := _person_whose_role_names(who)) is not None):
                    # "Peter Daou, a Democratic strategist and former advisor to Hillary Clinton and John Kerry, who wrote
                    # in a tweet …": after a comma, "who" is the person the description set off after the name is
                    # of, not a name inside it
                    who = self._antecedent_person(described) or who
                if who is None and subj.lower_ == "who" and subj.i > 1 and tok.doc[subj.i - 1].text == ",":
                    # "… her numerous crimes …, or Comey or Brennan, who declares …": the parser hung the clause on a
                    # thing ("crimes"); a "who" right after a comma and a name is that person's
                    name = tok.doc[subj.i - 2]
                    if name.i > tok.head.i and (name.ent_type_ == "PERSON" or (
                            name.pos_ == "PROPN" and self.registry.known(_entity_text(name)))):
                        who = self._antecedent_person(name)
                    elif (described := next((a.head for a in [tok.head, *tok.head.ancestors] if a.dep_ == "appos"), None)) is not None and (
                            described.ent_type_ == "PERSON"):
                        # "… Dom Paul Delatte, the second abbot of Solesmes, who wrote …": the parser hangs the clause
                        # on the description set off after the name; "who" is the person described
                        who = self._antecedent_person(described)
                # (the verb the antecedent is the subject of; where a dateline takes the subject's place, "(CNN)
                # Douglas Haig, an Arizona man who says he sold …, was arrested Friday …", the name modifies "CNN")
                governs = None
                if who is not None and who.dep_ in ("nsubj", "nsubjpass"):
                    governs = who.head
                elif who is not None and who.dep_ == "npadvmod" and who.head.dep_ in ("nsubj", "nsubjpass"):
                    governs = who.head.head
                if who is not None and not quoted and ((governs is not None and governs.i > tok.i) or any(
                        c.i > tok.i and misparsed_subject(c) == who for c in who.children)):  # (Olga/ROOT, left/acl)
                    # "Olga, who asked that her surname not be used, left Belarus …": a report in the relative
                    # clause of the main verb's subject is an aside; the sentence is about what she did
                    who = None
                # (… or the block its colon introduces: "… a comment by the great Dom Paul Delatte, …, who wrote in his
                # commentary on the Rule of St. Benedict:" ¶ "“The Prologue set this choice before us …”")
                to_colon = (tok.right_edge.i + 2 == len(tok.doc) and tok.doc[-1].text == ":" and tok.lemma_.lower() in (
                    "write", "say", "explain", "state", "declare", "note", "observe", "add", "warn", "put"))
                if who is not None and (quoted or (clause and who.pos_ == "PROPN") or (to_colon and who.pos_ == "PROPN")):
                    # "… even from President Trump, who said “…”": the quoted words too; a reported clause only after
                    # a name ("over a Rust Belt congressman who said …" stays the writer's)
                    subj, relative = who, clause
                elif subj.lower_ == "which" and clause:
                    body = tok.head  # "… China, which argued that …"; "objections from Russia and China, which argued
                    # that …" (the parser hangs the clause on the objections: whose they are)
                    if body.pos_ == "NOUN":
                        body = next((g for c in body.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                                     for g in c.children if g.dep_ == "pobj"), body)
                    if body.pos_ == "PROPN" and (body.ent_type_ in ("ORG", "GPE", "NORP") or body.tag_ == "NNPS"):
                        subj, relative = body, True  # (a plural name is a group's: "the Log Cabin Republicans, …")
                    elif (body.pos_ == "NOUN" and body.lemma_.lower() in INSTITUTIONS | COLLECTIVES | GROUPS_OF_PEOPLE
                          and subj.i > 0 and tok.doc[subj.i - 1].text == ","):
                        # "The decision was criticised by truckers' associations, which said thousands of drivers could
                        # be stranded": a body named by a common noun, the clause set off by a comma; its name when it
                        # describes one ("the Log Cabin Republicans, a gay men and lesbian group, which said …")
                        named = body.head if body.dep_ == "appos" and body.head.pos_ == "PROPN" else None
                        subj, relative = (named if named is not None else body), True
                if (subj.lower_ == "which" and tok.head.pos_ == "NOUN" and tok.i + 1 < len(tok.doc)
                        and tok.nbor().text == ":" and tok.head.lemma_.lower() in INANIMATE | ISSUED_TEXTS | NOTICES):
                    # "The state department has issued a health alert to its staff in China, which states: “…”": the
                    # document the relative clause hangs on says what its colon introduces
                    subj, relative = tok.head, True
            elif subj is not None and subj.lower_ == "who" and tok.dep_ != "relcl" and subj.i < tok.i:
                # "Arroyo spoke with Cruz as well, who said he was “…”": a "who" after a comma the parser made the
                # subject of a clause of the main verb, not a relative clause; the person right before the comma
                before = subj.i - 1
                while before > 0 and (tok.doc[before].is_punct or tok.doc[before].pos_ == "ADV"):
                    before -= 1
                who = self._antecedent_person(tok.doc[before]) if tok.doc[subj.i - 1].text == "," else None
                if who is not None:
                    subj, relative = who, any(c.dep_ == "ccomp" for c in tok.children)
            # "Belarus is not preparing to attack. This was stated by X …": a bare "this" or "that" as the passive
            # subject is the claim before, which the agent made (not "This was seen by many as …": no speech verb)
            anaphoric = subj is not None and subj.dep_ == "nsubjpass" and anaphoric_report(tok)
            if subj is not None and subj.dep_ == "nsubjpass":
                # "was told by Putin that …": the agent speaks; "is believed to", "were said to", "was told that":
                # the subject is what is said or who hears it, and nobody is named as speaking
                subj = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if subj is None:
                    continue
            quoted_as = _quoted_as_saying(tok)
            if subj is None and quoted_as is not None:
                subj = quoted_as  # "TASS quoted Defence Minister Viktor Khrenin as saying that …": Khrenin
            reduced = _after_reduced_relative(tok)
            if subj is None and reduced:
                subj = choose_subject(tok.head, inside)  # "Truck drivers stuck at the crossing said …": the drivers
            caused = _caused_to_speak(tok) if subj is None else None
            if caused is not None:
                subj = caused  # "The report led several senators to say …", "prompted Crux to ask: …": the senators
            if subj is None and _passive_participle(tok):
                # "Dubbed “Europe's last dictator” by the West, Lukashenko …": the agent's words, not Lukashenko's;
                # without one ("Historically dubbed the “black death”, the plague …") nobody is named as speaking, nor
                # when the quotation is not the participle's ("The illnesses reported by employees in Cuba are thought
                # to be a “sonic attack”")
                # (a participle describing another noun is left as it was: "the Diocese offers services, called “Queer
                # Church Services”", by the Diocese)
                agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
                if agent is not None and any(t.idx < len(inside) and inside[t.idx] for t in tok.subtree):
                    subj = agent
                elif _describes_the_subject(tok):
                    continue
            if subj is None and (received := _received_text(tok)) is not None:
                subj = received  # "the Alliance got a message saying “…”": the message's words, not the Alliance's
            authored = _text_author(tok)
            if authored is not None and (subj not in (None, authored) or not _text_of_main_clause(tok, authored)):
                authored = None  # (not a text inside what another reports: "Rombot’s lawyers said he was arrested
                # despite a 2015 letter from ICE saying he would have a chance …" is the lawyers')
            if authored is not None:
                subj = authored  # "There's also a quote from an Obama spokeswoman claiming that, “…": the spokeswoman
            if subj is not None and any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("whom", "which") for g in c.children)
                                        for c in subj.children):
                continue  # "… has received many guests all of whom report that …": a relative clause, whatever the parse
            if (subj is not None and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and subj.pos_ == "NOUN"
                    and not subj.ent_type_ and subj.lemma_.lower() not in ROLE_NOUNS | INANIMATE
                    and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
                    and any(c.dep_ == "mark" and c.i < subj.i for c in tok.children)):
                # "…, because that testing results in more abortions, as well as contending that …": the parser hung the
                # because-clause's words on the participle, its noun as the subject; the participle's is the main clause's
                subj = None
            if subj is None and _claimed_to_be(tok):
                continue  # "… the changes – always claimed to be “mandated” by “the Council”": claimed by nobody named
            if (subj is None and tok.dep_ == "conj" and tok.lemma_.lower() in ADDRESSED_VERBS
                    and any(c.dep_ == "auxpass" for c in tok.children) and not any(c.dep_ == "agent" for c in tok.children)):
                continue  # "She offered no evidence — nor was asked for any —": the one asked, no speaker, is the subject
            head = tok
            if subj is None and (parallel := _parallel_participle(tok)) is not None:
                head = parallel  # "… issued a statement saying it … after Mueller handed in his report and noting that …"
            for _ in range(3):  # "..., saying: ..." / "released a statement saying" -> the governing verb's subject
                eager = head.dep_ == "acomp" and head.lower_ in EAGER_ADJECTIVES  # "Biden was quick to retort"
                if subj is not None or not (eager or head.dep_ in ("advcl", "acl", "xcomp", "conj", "pcomp", "dobj", "pobj",
                                                                   "prep")):
                    break
                if _infinitive_predicate(head):
                    break
                head = head.head
                if head.dep_ == "ccomp" and head.head.lemma_.lower() in self.verbs and head.head.i < head.i:
                    head = head.head  # "She said China supports …, adding that": the reporter adds, not China
                if _colon_conjunct_of_contact_relative(tok, head):
                    head = head.head.head  # "He sent me the packets the school gave out and commented:": he comments
                if (head.dep_ == "advcl" and head.i == tok.head.i
                        and any(c.dep_ == "mark" and c.lower_ in SUBORDINATING_MARKS for c in head.children)
                        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children)):
                    break  # "…, although in public senior officials were more cautious, speaking of “…”": the parser
                    # took the clause's subject into a phrase; its participle is that clause's, not the one's before
                subj = choose_subject(head, inside) if head.pos_ in ("VERB", "AUX") else None
                if (subj is not None and subj.dep_ == "nsubjpass" and subj.pos_ == "NOUN" and not subj.ent_type_
                        and subj.lemma_.lower() not in ROLE_NOUNS | INANIMATE | LEGAL_TEXTS
                        and (by := next((g for c in head.children if c.dep_ == "agent" for g in c.children
                                         if g.dep_ == "pobj"), None)) is not None):
                    subj = by  # "The plan was announced by the mayor, saying that …": the mayor says it, not the plan
                if subj is None and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
                    break  # (a subject in quotation marks is still the clause's own: "… and that a “researcher” who …
                    # is … engaged … in advising how to …" is not the clause's before, "that Tommy Robinson is …")
                if (subj is not None and subj.dep_ == "nsubjpass" and head.dep_ == "relcl" and tok.tag_ == "VBG"
                        and tok.i > 0 and tok.doc[tok.i - 1].text == "," and head.head.head.pos_ in ("VERB", "AUX")
                        and head.head.dep_ == "dobj"):
                    # "Graham lambasted the confirmation process the judge has been put through, calling it “…”": the
                    # parser hangs the participle on the passive relative clause; the main clause's subject speaks
                    head = head.head.head
                    subj = choose_subject(head, inside)
            if subj is None and _infinitive_predicate(head):
                continue  # "the Church’s role should be … to ask, “…”": what a role or an aim is, nobody's words
            if head is not tok and subj is not None and tok.tag_ == "VBG" and subj.lemma_.lower() in MATTER_NOUNS:
                # "The case involves Cody Wilson, …, who sued the government … after the State Department … made him
                # take down … blueprints he had posted online, saying they violated export regulations …": the parser
                # hung the participle on the main clause, whose subject is a matter, which says nothing
                continue
            if (head is not tok and subj is not None and subj.lemma_.lower() in CLAIM_NOUNS
                    and any(c.dep_ == "poss" for c in subj.children)):
                continue  # "Believing, as he does, that his claims are correct, Viganò, …": someone's claims say nothing
            if (subj is not None and subj.head.tag_ == "VBG" and subj.ent_type_ in ("GPE", "LOC")
                    and not any(c.dep_ in ("aux", "auxpass") for c in subj.head.children)
                    and subj.i > 1 and tok.doc[subj.i - 1].text == "," and tok.doc[subj.i - 2].ent_type_ in ("GPE", "LOC")):
                continue  # "… captured on video in Tehran, Iran chanting “Death to America”": a country named after its city
            if (head is not tok and subj is not None and subj.lower_ == "who" and head.dep_ == "relcl" and tok.tag_ == "VBG"
                    and any(t.idx < len(inside) and inside[t.idx] for t in tok.subtree)):
                # (a participle: not "… about bishops who are “subverting …” and accused the Archbishop …", where the
                # parser joins the main verb to the relative clause)
                # "a dispatcher … reached a woman who was crying and can be heard saying, "won't let me in."": the
                # relative clause's antecedent, whose quoted words they are
                subj = self._antecedent_person(head.head) or subj
            if head is not tok and subj is not None and (owner := _record_owner(subj)) is not None:
                subj = owner  # "Farrakhan's history of … comments includes …, saying …": Farrakhan says it
            if head is not tok and subj is not None and (actor := _actor_of_clause_before(tok, subj)) is not None:
                subj = actor  # "Rice's comments came as Netanyahu turned down …, saying …": Netanyahu
            if subj is None:
                subj = (_name_before(tok, inside) or _subject_of_infinitive_before(tok) or _name_ending_frame(tok, inside)
                        or self._surname_read_as_adverb(tok))
            if subj is not None and subj.ent_type_ in ("DATE", "TIME") and (
                    person := next((t for t in subj.subtree if t.ent_type_ == "PERSON" and t.dep_ != "compound"
                                    and not (t.idx < len(inside) and inside[t.idx])), None)) is not None:
                subj = person  # "Earlier Friday, chairman of the House Intelligence Committee Rep. Adam Schiff … revealed
                # that …": the parser took the day for the subject and the person for its apposition
            if subj is not None and subj.lower_ in TIME_WORDS and subj.pos_ == "NOUN":
                continue  # "… A SQUALID NEW MEXICO COMPOUND LAST MONTH HAS TOLD FBI AGENTS …": a time is nobody
            if subj is not None and subj.lower_ == "it" and prev_org and (
                    tok.dep_ == "ROOT" or interrupts_clause(tok) or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT" and subj.head == tok.head)
            ) and not any(t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.lemma_.lower() in self.verbs
                          and not (t.idx < len(inside) and inside[t.idx]) for t in sent[: subj.i - sent.start]):
                # ("It judges …, but warns that …": the second verb of the main clause shares its subject; not after a
                # name that reports, which the parser hung below it: "VDARE.com has long argued that …; additionally,
                # it actually mentions ethnicity" is VDARE.com's)
                # "Belarus's foreign ministry condemned the decision. It said …": the organisation the previous
                # sentence is about ("it" after a document, "The cable … It said", is left to the rules below)
                # ("The report cited …. It said …": the document, whose author the article may have named)
                # ("Belarus, it said, was conducting routine exercises.": set off inside the clause it reports)
                found.append(Cue(tok.i, prev_org, False, any(c.dep_ == "ccomp" for c in tok.children) or interrupts_clause(tok),
                                 document=prev_org if prev_org in context.documents else ""))
                continue
            if subj is None or subj.lower_ in ("it", "this", "that", "there", "which", "who"):
                continue
            if _thing_sense(tok, subj):
                continue  # "the plague has claimed 57 lives", "Mr. Cantor's loss recalled …", "The term … refers to …"
            if (lemma in EVIDENCE_VERBS or is_make_clear) and (subj.lemma_.lower() in EVIDENCE_NOUNS or (subj.lemma_.lower() == "number" and not any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in subj.children))):  # not "a number of Republicans"
                continue  # "The scale of the attack suggests …": the writer's inference, nobody's words
            if subj.lower_ in ("i", "me", "myself", "we", "ourselves", "you", "yourself", "yourselves") or (
                    subj.lower_ == "us" and subj.pos_ == "PRON"):  # (not "The US has warned …", the country)
                continue  # outside quotation marks: the writer's own voice, or the reader the writer addresses
            if subj.lower_ in ("nobody", "none", "noone", "anyone", "anybody", "neither") or any(
                    c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children):
                continue  # "Nobody in Vilnius believes …", "No official would say …": nobody is reported as speaking
                # (nor anyone: "the first place I saw anyone say that …"; nor neither: "Neither responded to deny …")
            if subj.lower_ == "one" and not list(subj.children) and (
                    tok.tag_ in ("VBZ", "VBP", "VB") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children)
                    or any(c.dep_ in ("mark", "advmod") and c.lower_ in ("if", "how") for c in tok.children)):
                continue  # "One says we must not tolerate error", "one could say", "how one explains …": anyone, the
                # writer's generalisation (not "one wrote", "one of them said", "One in a remote office said")
            if subj.lower_ in THING_PRONOUNS and not any(c.dep_ == "appos" for c in subj.children):
                continue  # "Nothing he has done suggests …", "Little suggests …": the writer's inference, nobody's words
                # (not "Something else to consider: Saint Francis … revealed …", where the parser apposes the name)
            frame_subj = subj  # (a closing frame is told by where its own subject stands, whoever "he" turns out to be)
            if subj.lower_ in PRONOUNS and subj is not quoted_as and tok.dep_ not in ("ROOT", "parataxis"):  # "Russia, he warned": he
                # "Ryan hammered Obama for what he called ..." -> the main clause's named subject; when that is a
                # place or a body, a person subject of a clause above ("Poland closed …, a move Prime Minister Donald
                # Tusk said was needed to stop what he called …": Tusk)
                above = choose_subject(tok.sent.root, inside)
                if above is not None and subj.lower_ in ("he", "she") and (owner := _owner_of_thing(above)) is not None:
                    above = owner  # "Mr. Trump’s desire for approval was on display when he …, although he insisted …"
                if above is not None and above.ent_type_ in ("GPE", "LOC", "ORG", "NORP"):
                    above = next((s for s in (choose_subject(a, inside) for a in tok.ancestors if a.pos_ in ("VERB", "AUX"))
                                  if s is not None and s.ent_type_ == "PERSON" and s.i < subj.i), above)
                    # ... and never the place or body itself ("The UK Home Office also admitted Shaykh Hamza Sodagar …,
                    # despite the fact that he has said: “…”": not the Home Office's words), unless it is a person's
                    # name spaCy tagged so (not a name ending in an institution's word, whatever the article registered)
                    if above.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and (above.lower_ in INSTITUTIONS or not (
                            _full_name(_person_text(above)) or self.registry.known(_person_text(above)))):
                        # ... but the one person the sentence named before the pronoun ("admitted Shaykh Hamza Sodagar")
                        here = [at for _, at in context.named_here if tok.sent.start_char <= at < subj.idx]
                        person = next((t for t in tok.sent if t.idx == here[0]), None) if len(here) == 1 else None
                        ent = next((e for e in tok.doc.ents if person is not None and e.start <= person.i < e.end), None)
                        above = ent.root if ent is not None else person
                named = above is not None and (above.pos_ == "PROPN" or any(  # "Ukraine's foreign minister, Andrii Sybiha,"
                    c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in above.children))
                who = _person_text(above) if named else ""
                if named and above.i < subj.i and (not self.personal(who) or self.agrees(who, subj.lower_)):
                    subj = above  # not "Her father, Dick Cheney, supports …, and the younger Cheney … when she added"
            if (fronted := _fronted_person(tok, subj, inside)) is not None and (
                    not self.personal(who := _person_text(fronted)) or self.agrees(who, subj.lower_)):
                subj = fronted  # "When Harold Pinter accepted the Nobel Prize …, he referred to “…”": Pinter
            # (not an exchange's form: "Kavanaugh answered almost 1,300 written questions senators submitted" reports
            # no words of his, however the parser hangs the relative clause)
            if lemma in self.quote_only and not has_quote and any(_result_clause(c) for c in tok.children) and not any(
                    c.dep_ in ("ccomp", "xcomp") and not _result_clause(c) for c in tok.children):
                continue  # "He laughed at Mr. Ryan’s remarks so often and so heartily that at times he seemed like a
                # guest …": a clause of what came of it, no words
            complement = any(c.dep_ in ("ccomp", "xcomp", "oprd", "dobj") and not _exchange(c) for c in tok.children) or is_make_clear
            complement = complement or _that_clause_in_prep(tok) or _parenthetical(tok, subj) or demands(tok)
            complement = complement or _clause_read_as_adverbial(tok) or that_clause(tok)  # (a "that" read as a relative)
            complement = complement or _subject_read_as_noun(tok)  # (what it reports is the clause it heads the subject of)
            complement = complement or _report_read_as_clause(tok)
            complement = complement or any(  # "has warned against any easing", "argue for direct talks", "warned against rewarding …"
                c.dep_ == "prep" and c.lower_ in ADVOCACY.get(lemma, ()) and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                for c in tok.children)
            complement = complement or any(c.lower_ in ("no", "yes") and c.dep_ in ("intj", "dobj", "advmod")
                                           for c in tok.children)  # "Asked whether …, she said no."
            framed = subj is not None and subj == closing_frame_object(tok)  # "…, the agency reported, citing …"
            closing = _closing_frame(tok, frame_subj)
            complement = complement or _frames_clause_before(tok, subj) or framed or anaphoric or closing
            as_frame = as_frame_of(tok)  # "As Ukrinform reported earlier, …", "…, as Lukashenko has said many times"
            complement = complement or as_frame
            main = tok.dep_ == "ROOT" or (tok.dep_ in ("parataxis", "ccomp") and tok.head.dep_ == "ROOT" and tok.i > tok.head.i
                                          and not _free_relative(tok, self.verbs))
            main = main or (tok.dep_ == "parataxis") or _quoted_as(tok) or puts_it(tok) or reduced
            main = main or (quoted_as is not None and tok.head.head.dep_ == "ROOT")
            main = main or closing or relative or framed or (subj is not None and subj == misparsed_subject(tok))
            main = main or _subject_read_as_noun(tok) or _report_read_as_clause(tok)
            # "The report prompted several senators to say that …"; "The cuts angered the unions, prompting their
            # leader to warn that …" (as "…, warning that …" would be)
            main = main or (caused is not None and (tok.head.dep_ == "ROOT" or (
                tok.head.dep_ == "advcl" and tok.head.tag_ == "VBG" and tok.head.head.dep_ == "ROOT" and tok.head.i > tok.head.head.i)))
            main = main or _relayed(tok, subj, self.verbs, anaphoric) or as_frame or _concession_of_speaker(tok)
            # "Some said the protests would fade; others disagreed.": spaCy hangs the first of two clauses that a
            # semicolon joins on the second as its complement; the report before the semicolon is a main clause when
            # the clause after it reports nothing ("Ford claims …; Hill claims …" stays with the second report)
            main = main or (tok.dep_ == "ccomp" and tok.head.dep_ == "ROOT" and tok.i < tok.head.i and subj is not None
                            and tok.head.lemma_.lower() not in self.verbs
                            and any(c.text == ";" for c in tok.doc[tok.right_edge.i + 1 : tok.head.i]))
            # (wherever the parser hangs the semicolon: "He said he did not know the woman …, Gennette Cordova, a student
            # at …, Wash.; she followed him on Twitter.")
            # "have begun to argue for …", "continued to insist that …", "likes to say that …": the aspect or habit
            # verb's complement is the main verb
            main = main or (tok.dep_ == "xcomp" and tok.head.dep_ == "ROOT"
                            and tok.head.lemma_.lower() in {"begin", "start", "continue", "keep"} | HABITS)
            # "Tommy Vietor e-mailed to remind officials that …", "She called to say that …": a message sent to report,
            # the report its infinitive makes
            # (spaCy splits "e-mailed" into "e", "-" and "mailed", the last a complement of the root dash)
            main = main or (tok.dep_ in ("xcomp", "advcl") and tok.head.i < tok.i
                            and (tok.head.dep_ == "ROOT" or (tok.head.dep_ == "acomp" and tok.head.head.dep_ == "ROOT"))
                            and (tok.head.lemma_.lower() in MESSAGING_VERBS or tok.head.lower_ in MESSAGING_VERBS)
                            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))
            # "The minister went on to say that …": what the subject went on to do is the main verb
            main = main or (tok.dep_ in ("xcomp", "advcl") and tok.head.dep_ == "ROOT" and tok.head.lemma_.lower() == "go"
                            and any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.head.children))
            # "Lukashenko, in turn, thanked his host and said Minsk would …": a conjunct of the main verb, its subject
            # with a clause, a demand or "made clear" ("… but said nothing new" reports nothing)
            # (not a thought among deeds the writer tells in a row: "An off-duty police officer walked into the wrong
            # home …, thought the homeowner was an intruder, and killed him.")
            main = main or (tok.dep_ == "conj" and (tok.head.dep_ == "ROOT" or _cleft_clause(tok.head))
                            and not any(c.dep_ == "nsubj" for c in tok.children)
                            and (any(c.dep_ in ("ccomp", "xcomp") for c in tok.children) or is_make_clear or demands(tok)
                                 or _that_clause_in_prep(tok))
                            and not _contact_relative(tok) and not _clause_read_as_phrase(tok)
                            and not (lemma in THINKING_VERBS and tok.head.pos_ == "VERB"
                                     and _verb_lemma(tok.head) not in self.verbs))
            # "The opposition rejected the plan, arguing that …": a participle after the main clause
            # ("Naiev has spent months warning that …": the participle completing the main verb, too)
            main = main or (tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and tok.head.dep_ == "ROOT"
                            and tok.i > tok.head.i and (that_clause(tok) or _finite_clause(tok)))
            # "Telling the American people this is “your moment,” Trump closed his speech …", "Saying that he loved them,
            # Trump left": a participle opening the sentence, before the main clause's subject, with a clause of its own
            main = main or (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.dep_ == "ROOT" and tok.i < tok.head.i
                            and tok.left_edge.i == tok.sent.start and not any(c.dep_ in ("nsubj", "mark") for c in tok.children)
                            and any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.head.children)
                            and (that_clause(tok) or _finite_clause(tok)))
            # "The ministry responded by saying that it was false", "She opened by warning that …": the means of the
            # main verb, with a clause of its own
            # (not a question: "Melvin followed up by asking Clinton if …" leaves the answer after it Clinton's)
            main = main or (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "by"
                            and tok.head.head.dep_ == "ROOT" and tok.head.head.pos_ == "VERB" and lemma not in ("ask", "inquire")
                            and (that_clause(tok) or _finite_clause(tok)))
            # "On Sunday, Ms. Zimmer issued a statement saying prosecutors had interviewed her": a participle on the text
            # the main verb issues, with a clause of its own, reports its issuer's words
            issued = (tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj"
                      and tok.head.lemma_.lower() in ISSUED_TEXTS | INANIMATE and tok.head.head.dep_ == "ROOT"
                      and tok.head.head.lemma_.lower() in STATEMENT_VERBS | AUTHORING_VERBS
                      and (that_clause(tok) or _finite_clause(tok)))
            # "The representative also posted a statement Tuesday in which he apologized and emphasized that …": a
            # report in an in-which clause on the text the main verb issues, with a clause of its own
            # (its pronoun is the main verb's subject, who issues it)
            rel = tok.head if tok.dep_ == "conj" and tok.head.dep_ == "relcl" else tok
            in_which = (rel.dep_ == "relcl" and rel.head.lemma_.lower() in ISSUED_TEXTS and rel.head.dep_ == "dobj"
                        and rel.head.head.dep_ == "ROOT" and rel.head.head.lemma_.lower() in STATEMENT_VERBS | AUTHORING_VERBS
                        and any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children)
                                for c in rel.children)
                        and (that_clause(tok) or _finite_clause(tok)))
            if in_which and subj is not None and subj.lower_ in PRONOUNS and (
                    issuer := next((c for c in rel.head.head.children if c.dep_ == "nsubj"), None)) is not None:
                subj, issued = issuer, True
            if issued and not in_which and (author := _issuer(tok.head)) is not None:
                subj = author  # "… campaign released a statement from her doctor saying that she is healthy": the doctor
            main = (main or issued or authored is not None) and not _fronted_concession(tok)
            # "The administration gave permission …, but the White House said Wednesday the president was unaware …",
            # "…, while Salma adds that the UN hopes …": a report in a clause joined to the main one, with a subject and
            # a clause of its own
            # (a finite verb: not "… the letter to Senate Majority Leader Harry Reid warning him that …", which the
            # parser gave a subject; nor an adjective's report, "some close to the GOP chairman say …")
            coordinated = (not main and subj is not None and subj.dep_ == "nsubj" and subj.head == tok
                           and subj.pos_ != "ADJ" and tok.head.dep_ == "ROOT" and tok.i > tok.head.i
                           and (tok.tag_ in ("VBD", "VBZ", "VBP") or any(a.dep_ == "aux" for a in tok.children))
                           and (tok.dep_ == "conj" or (tok.dep_ == "advcl" and any(
                               m.dep_ == "mark" and m.lower_ in ("while", "whereas") for m in tok.children)))
                           and (that_clause(tok) or _finite_clause(tok)))
            main = main or coordinated
            name, pron = self.name_of_subject(subj, context)
            if name in ("author", UNRESOLVED):  # "its author … have said" (a letter's): no clash with the writer's voice
                name = tok.doc[subj.left_edge.i : subj.i + 1].text
            if name and not pron and (joint := self.joint_name(subj, name, context)):
                name = joint  # "Lithuanian Prime Minister Inga Ruginiene and Polish Prime Minister Donald Tusk said"
            # "The statement added …" (not "The statement does not deny …", the writer's reading of it)
            document = _document_key(subj) if (subj.pos_ == "NOUN" and subj.lemma_.lower() in INANIMATE and _issuer(subj) is None
                                               and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
                                               and not any(c.dep_ == "neg" for c in tok.children)) else ""
            # ("quoted him as saying": a "he"; "the man then goes on to explain": a "he")
            form = {"him": "he", "her": "she", "man": "he", "woman": "she"}.get(subj.lower_, subj.lower_)
            found.append(Cue(tok.i, name, pron, main and (complement or tok.dep_ == "parataxis") and not colon_only,
                             form if pron else "", document, subj.i, anaphoric and main, coordinated))
            if name and not pron:
                context.sources.append(name)
        if (credit := dash_credit(sent, inside) or credit_line(sent, inside, sent.doc.text)) is not None:
            name = self.registry.lookup(credit_name(credit))
            found.append(Cue(credit.start - 1, name, False, False))
            context.sources.append(name)
        return found


CREDIT_DASHES = ("—", "–", "-", "―", "--")


def _glued_dash(tok) -> bool:
    """'-Charles' in '“…!” -Charles Haddon Spurgeon': a credit's dash the tokenizer kept on the name's first word."""
    return len(tok.text) > 2 and tok.text[0] in "—–-―" and tok.text[1].isupper() and tok.text[1:].isalpha()


def credit_name(credit) -> str:
    """The words of a credit span without a dash glued to its first word."""
    return credit.text.lstrip("—–-―")


def _credited(toks: list):
    """'Ryhor Astapenia, Chatham House', 'Einstein': the name a credit gives (one to four capitalised proper nouns),
    maybe followed by a comma and an affiliation of at most eight words without a verb; or None. What brackets hold
    is left out ("Edward Bernays (“the father of public relations”), Propaganda, 1928 (note that …)")."""
    depth, kept = 0, []
    for t in toks:
        depth += t.text == "("
        if depth == 0:
            kept.append(t)
        depth -= t.text == ")" and depth > 0
    toks = [t for t in kept if t.text != ")"]
    comma = next((i for i, t in enumerate(toks) if t.text == ","), len(toks))
    rest = toks[comma + 1 :]
    if comma < len(toks) and not (rest and len(rest) <= 8 and not any(t.pos_ in ("VERB", "AUX") for t in rest)):
        return None
    name = toks[:comma]
    # (a dash glued to the first word leaves it no proper noun to the tagger: "-Charles" NNS)
    if not 0 < len(name) <= 4 or not all((t.is_title and t.pos_ == "PROPN") or (k == 0 and _glued_dash(t))
                                         for k, t in enumerate(name)):
        return None
    return name[0].doc[name[0].i : name[-1].i + 1]


def dash_credit(sent, inside: list[bool]):
    """'“… more speech.” –Edward Snowden (source)', '“…” – Einstein.', '“…” — Ryhor Astapenia, Chatham House': the name a
    dash credits a quotation to at the end of its sentence, or None."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].text == ".":
        toks = toks[:-1]
    if toks and toks[-1].text == ")":  # "(source)"
        opening = [i for i, t in enumerate(toks) if t.text == "(" and i >= len(toks) - 5]
        if not opening:
            return None
        toks = toks[: opening[-1]]
    dash = next((i for i in range(len(toks) - 1, 0, -1)
                 if (toks[i].text in CREDIT_DASHES or _glued_dash(toks[i])) and i >= len(toks) - 14), None)
    if dash is None or dash < 1 or (name := _credited(toks[dash + (not _glued_dash(toks[dash])) :])) is None:
        return None
    closing = toks[dash - 1]
    if closing.text not in ("”", '"', "’", "'") or not any(inside[t.idx] for t in sent if t.idx < len(inside)):
        return None
    return name


def credit_line(sent, inside: list[bool], par_text: str):
    """'> “… the reckoning will be brutal.”' ¶ '> — Ryhor Astapenia, Chatham House': a sentence of its own that is only a
    dash and a credit, right after a quotation closed in the same paragraph; the name, or None."""
    toks = [t for t in sent if not t.is_space]
    while toks and toks[-1].text == ".":
        toks = toks[:-1]
    if not toks or (toks[0].text not in CREDIT_DASHES or len(toks) < 2) and not _glued_dash(toks[0]):
        return None
    before = par_text[: toks[0].idx].rstrip()
    # (a closing curly mark may close a quotation opened paragraphs before, which `inside` does not see)
    if not before or before[-1] not in "”\"’'" or not (inside[len(before) - 1] or before[-1] == "”"):
        return None
    return _credited(toks[not _glued_dash(toks[0]) :])


# "according to the spirit of the constitution", "according to plan": in keeping with it, nobody's words
NORMS = {"spirit", "nature", "mind", "will", "wish", "term", "principle", "tradition", "custom", "logic", "need",
         "schedule", "timetable", "rule", "procedure", "protocol", "standard", "norm", "script", "formula", "means",
         "method", "manner", "way", "instruction", "law", "commandment", "precept", "dictate", "conscience", "pleasure",
         "whim", "discretion", "liking", "taste", "preference", "merit", "size", "weight", "age", "income", "canon", "can", "ratio",
         "faculty", "faculties", "competence", "statute", "provision", "criterion", "criteria", "criterium", "guideline",
         "regulation", "requirement", "definition", "rite", "ritual", "liturgy", "calendar", "recipe", "ability",
         "capacity", "capability", "notion", "lights"}
# what one acts by only as one's own ("according to their stations": their rank; "according to the station" is a
# broadcaster's account)
OWN_NORMS = {"station", "stations", "means"}
# ("according to can. 1405 § 1": a canon of the Code of Canon Law, abbreviated; "according to the faculties described
# in the statutes": the powers a body's rules give; "according to the ratio": a religious formation's rule)
# verbs whose "according to" means "in proportion to, by" ("benefits are calculated according to a worker's contributions")
ACCORDANCE_VERBS = {"calculate", "compute", "sort", "classify", "divide", "group", "distribute", "allocate", "adjust",
                    "weight", "scale", "price", "grade", "categorize", "categorise"}


def _word_of_god(obj) -> bool:
    """'… obey God and love man according to the Word of God': scripture one lives by, nobody's account (not "according
    to word from the White House", news)."""
    return obj.lemma_.lower() == "word" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("god", "lord", "christ") for g in c.children)
        for c in obj.children)


def _in_accordance(according, obj) -> bool:
    """'… are calculated according to a worker's contributions': after a verb of measuring or sorting, a common noun
    that names no source is what the verb goes by (not "…, ranks among the most virulent, according to the WHO")."""
    verb = according.head
    return (verb.pos_ == "VERB" and verb.i < according.i and verb.lemma_.lower() in ACCORDANCE_VERBS
            and obj.pos_ == "NOUN" and not obj.ent_type_)


def _lets_in(verb) -> bool:
    """'admitted two opposition activists': "admit" with people as its object lets them in; it reports nothing."""
    # (not a clause, but for a stray "’s" the parser made one: "Theresa May’s … government also admitted …")
    return verb.lemma_.lower() == "admit" and not any(c.dep_ == "ccomp" and c.lower_ not in ("’s", "'s") for c in verb.children) and (any(
        c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "NORP") or _people_or_body(c) or c.lemma_.lower() in PEOPLE_NOUNS
                              or any(r.dep_ == "relcl" and any(w.lower_ == "who" for w in r.children) for r in c.children))
        for c in verb.children) or any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children))
    # ("admitted Shaykh Hamza Sodagar into the country", the name tagged a body: into somewhere; "admitted two jihad
    # preachers who had praised …": people a relative "who" tells)


# words that open an adverbial clause with a subject of its own ("although …", "because …")
SUBORDINATING_MARKS = {"although", "though", "while", "whereas", "because", "since", "if", "unless", "when", "whenever"}


# "In the words of X", "In X's view", "in the opinion of X", "in his assessment": like "according to X"
VIEW_NOUNS = {"words", "view", "views", "opinion", "assessment", "estimate", "estimation", "judgment", "judgement"}
POSSESSIVE_FORMS = {"his": "he", "her": "she"}  # "In his view": the pronoun "he" of the person
# a reporting verb whose prepositional phrase is what was said: a warning against something, an argument for it
ADVOCACY = {"warn": ("against", "of", "about"), "caution": ("against",), "argue": ("for", "against")}
EAGER_ADJECTIVES = {"quick", "swift", "fast", "eager", "keen"}
REFUSING = {"decline", "refuse", "reluctant", "unwilling", "hesitant", "fail"}


# what a body issues when it speaks: "the statement said" after "the ministry said" is the ministry's
ISSUED_WORDS = {"statement", "communique", "communiqué", "readout", "release", "press release"}
# a document's issuer: "the statement released/issued/posted by X"
ISSUING_VERBS = {"release", "issue", "publish", "post", "send", "sign", "write", "put", "distribute", "circulate",
                 "draft", "deliver", "prepare", "file", "submit", "make", "give", "read", "announce",
                 "compile", "collect", "gather", "produce", "conduct", "commission", "carry"}  # "figures compiled by X"


def _person_asked(span):
    """'Melvin followed up by asking Clinton if he had ever apologized privately.', 'Melvin asked Clinton whether …': the
    person a writer's sentence asks a question (a named person as the object of "ask", the main verb or its "by
    asking", with an if-, whether- or wh-clause), whose answer the next quotation is: its "he" is Clinton, not Melvin.
    None otherwise."""
    root = span.root
    verbs = [root] + [g for c in root.children if c.dep_ == "prep" and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pcomp"]
    for verb in verbs:
        if verb.lemma_.lower() != "ask" or verb.pos_ != "VERB":
            continue
        person = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
        question = any(c.dep_ == "ccomp" and any(g.lower_ in WH_WORDS and g.i < c.i for g in c.subtree) for c in verb.children)
        if person is not None and question:
            return person
    return None


def _entity_text(tok) -> str:
    """The text of the entity holding this token, or the token's own text."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and tok.i >= (owner := without_owned(ent)).end:
        return tok.text  # "Twitter" of "Mr. Trump’s Twitter post"
    return with_first_name(owner).text if ent is not None else tok.text


def _named_for_saint(ent) -> bool:
    """'addressing a huge crowd on St. Peter’s Square', 'St. Patrick’s Cathedral': a saint's name owning the words after
    it names a place, which spaCy may tag PERSON ("Peter’s Square"); the saint himself ("St. Paul wrote") is no place."""
    k = next((t.i for t in ent[:-1] if t.tag_ == "POS" or t.text in ("'s", "’s")), None)
    if k is None or k == ent.start:
        return False
    first = ent.doc[ent.start - 1] if ent.start > 0 and ent[0].lower_ not in SAINTS else ent[0]
    return first.lower_ in SAINTS


def without_owned(ent):
    """'before Mr. Trump’s Twitter post': spaCy's PERSON may take in what its person owns; the person is the owner
    ("Trump"), not a person "Trump Twitter" (but "Polish Radio's Tomasz Nowak" is Tomasz Nowak: a name follows the
    owner's, and is the person however spaCy tags the whole: "Fusion’s Jorge Ramos", one ORG entity)."""
    k = next((t.i for t in ent[1:-1] if t.tag_ == "POS" or t.text in ("'s", "’s")), None)
    if k is None:
        return ent
    from spacy.tokens import Span

    if _first_name(ent.doc[k + 1].text):
        return Span(ent.doc, k + 1, ent.end, label="PERSON") if ent.end - k > 2 else ent
    return Span(ent.doc, ent.start, k, label=ent.label_)


def with_first_name(ent):
    """'Polish Radio's Tomasz [Nowak]': a PERSON entity with the untagged known first name spaCy left out before it;
    not a title's last word before a name that opens with a first name ("Foreign Affairs and Trade [Péter Szijjártó]":
    the name data holds "Trade"; "Cardinal Willem [Jacobus Eijk]" is one name). A pope's name keeps its title
    ("Pope [Francis]"): the one word alone is anybody's surname."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ != "PERSON" or before is None or before.ent_type_ or not before.is_title:
        return ent
    if before.lower_ == "pope" and len(ent) == 1:
        return ent.doc[ent.start - 1 : ent.end]
    in_title = ent.start > 1 and ent.doc[ent.start - 2].lower_ in ("and", "of", "for", "to", "&")  # "and Trade"
    if (not (in_title and len(ent) > 1 and _first_name(ent[0].text)) and before.pos_ == "PROPN" and before.dep_ == "compound"
            and before.head.i in range(ent.start, ent.end) and _first_name(before.text)):
        return ent.doc[ent.start - 1 : ent.end]
    return ent


def _shared_surname(ent):
    """'Hillary and Bill Clinton earned …': a first name alone, joined by "and" to a first name and a surname, shares
    that surname (the Hillary Clinton a later "Clinton said" may be, as the one named first); None otherwise. (Not a
    person known by that word, nor one with a title: "… between Ford and Anita Hill", "with Clinton and Barack Obama",
    "President Obama and Hillary Clinton"; the caller checks.)"""
    if len(ent) != 1 or not first_name_gender(normalise(ent.text)):
        return None
    tok = ent[0]
    conj = next((c for c in tok.children if c.dep_ == "conj" and c.i == tok.i + 3 and c.pos_ == "PROPN"), None)
    if conj is None or tok.doc[tok.i + 1].lower_ != "and" or conj.ent_type_ != "PERSON":
        return None
    given = tok.doc[tok.i + 2]
    return conj if given.dep_ == "compound" and given.head == conj and first_name_gender(normalise(given.text)) else None


CHAPTER_VERSE = re.compile(r"\d+:\d+(?:[-–]\d+)?")  # "6:17", "16:49-50" after a book of scripture
# faiths and scriptures spaCy's small model may tag PERSON ("Judaism", "the Koran"); with any word in "-ism", no person
CREEDS = {"islam", "christianity", "christendom", "orthodoxy", "koran", "quran", "qur’an", "qur'an", "bible", "torah",
          "talmud", "gospel", "gospels", "shahada", "sharia"}
# social networks and apps, which spaCy's small model sometimes tags PERSON ("followers on Twitter")
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "telegram", "whatsapp", "snapchat", "linkedin",
             "reddit", "threads", "bluesky", "truth social", "vkontakte", "signal"}
# last words of a body's name that may open with a first name ("Georgia Power", "Virginia Tech")
BODY_WORDS = {"power", "tech", "university", "college", "police", "news", "times", "post", "group", "party", "fund",
              "bank", "foundation", "institute", "center", "centre", "company", "corporation", "inc", "airlines",
              "energy", "health", "state", "county", "city", "valley", "media", "press", "trust", "radio", "tv",
              "television", "magazine", "journal", "herald", "tribune", "telegraph", "mirror", "network", "channel"}


def _person_text(tok) -> str:
    """The name of the person a subject names: its entity, or the person apposed to it ("the minister, Andrii Sybiha")."""
    person = next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    return _entity_text(tok if tok.ent_type_ == "PERSON" or person is None else person)


def _named_example(tok) -> str | None:
    """The person a group subject is exemplified by ("Others, like Katia Glod of …", "Other analysts, such as Artyom
    Shraibman,", "Some experts, including …"): the first example's name if it is a person's (tagged PERSON, or
    title-case words opening with a known first name, as spaCy sometimes tags a person ORG); else None ("countries
    such as Poland" stay the countries)."""
    if not (tok.tag_ in ("NNS", "NNPS") or tok.lower_ in QUANTIFIERS):
        return None
    for prep in tok.children:
        such_as = prep.lower_ == "as" and (any(c.lower_ == "such" for c in prep.children)
                                           or prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such")
        if prep.dep_ != "prep" or not (prep.lower_ in ("like", "including") or such_as):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            return None
        if obj.ent_type_ == "PERSON":
            return _entity_text(obj)
        name = tok.doc[obj.left_edge.i : obj.i + 1]
        if len(name) > 1 and all(w.is_title for w in name) and first_name_gender(normalise(name[0].text)):
            return name.text
        return None
    return None


def _nickname(tok) -> bool:
    """A quoted word inside a person's name: 'William "Mo" Cowan', 'Joaquín “El Chapo” Guzmán' (at most three
    capitalised words between quotation marks, a capitalised name word right before the opening mark and right after
    the closing one)."""
    doc = tok.doc
    start, end = tok.i, tok.i
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_title and end - start < 3:
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].is_alpha and doc[end + 1].is_title and end - start < 3:
        end += 1
    if start < 2 or end + 2 >= len(doc) or not all(t.is_title for t in doc[start : end + 1]):
        return False
    opened, closed = doc[start - 1], doc[end + 1]
    return (opened.is_quote and closed.is_quote and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_title
            and (doc[end + 2].pos_ == "PROPN" or doc[end + 2].ent_type_ == "PERSON") and doc[end + 2].is_title
            and not opened.whitespace_)  # (the surname may be tagged a common noun: 'Thomas "Tee" Dunmore')


def _titled_of_person(tok) -> list:
    """'Minister of Internal Affairs of Belarus Ivan Kubrakov said', 'Assistant Secretary for Diplomatic Security
    Charlene Lamb testified', 'Russian Ambassador to the United Nations Vitaly Churkin': the parser hangs the name at
    the end of the title's of-, for- or to-phrases. That person (as a one-item list) when the title is capitalised, has no article and runs in
    capitalised words to a PERSON entity; else []."""
    chain = tok.doc[tok.i : tok.right_edge.i + 1]
    # (or a role in lower case: "former U.S. attorney for the District of Columbia Joseph diGenova")
    if (not (tok.is_title or tok.is_lower) or any(c.dep_ == "det" for c in tok.children) or chain[-1].ent_type_ != "PERSON"
            or _person_served(tok) is not None):  # ("Lawyers for Paul Manafort said": his lawyers)
        return []
    # ("Commander-in-Chief Oleksandr Syrskyi": the "in" of a hyphenated title)
    hyphenated = {t.i for t in chain if t.lower_ == "in" and 0 < t.i < len(tok.doc) - 1 and t.nbor(-1).text == "-" and t.nbor(1).text == "-"}
    if not any(t.lower_ in ("of", "for", "to") or t.i in hyphenated for t in chain) or not all(
            t.is_title or t.lower_ in ("of", "for", "to", "the") or t.i in hyphenated or t.is_punct
            or t.ent_type_ == "PERSON" for t in chain[1:]):  # ("Joseph diGenova")
        return []
    return [chain[-1]]


# the last word of a title before the name of a person a role serves ("a spokesman for House Speaker John Boehner")
SERVED_TITLES = TITLE_WORDS | HONORIFICS | ROLE_NOUNS | set(TITLE_ROLES.values()) | {"speaker", "prosecutor", "pope"}


def _person_served(tok):
    """'Lawyers for Paul Manafort', 'a spokesperson for Vice President Mike Pence', 'aides to Mr. Trump': the person a
    role works for, named by its "for" or "to" phrase (the span of that person's name), or None. A capitalised
    title without an article is a title of its own when words other than a title stand between its preposition and the
    name ("Assistant Secretary for Diplomatic Security Charlene Lamb" is Charlene Lamb); a title ends them ("Vice
    President", "St. Louis County Prosecutor")."""
    if tok.lemma_.lower() not in ROLE_NOUNS | {"aide"}:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "to") or prep.i < tok.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "PROPN":
            continue
        ent = next((e for e in tok.doc.ents if e.start <= obj.i < e.end), None)
        # a name spaCy's small model misses or tags a body ("Oleg Petrov"): it opens with a given name
        first = min([c.i for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [obj.i])
        named = ent is None or (ent.label_ == "ORG" and ent.start == first and ent.end == obj.i + 1)
        if (named and 0 < obj.i - first < 3 and _first_name(tok.doc[first].text)
                and obj.lower_.rstrip(".") not in BODY_WORDS | INSTITUTIONS | FIRM_WORDS):
            ent = tok.doc[first : obj.i + 1]
        elif ent is None or ent.label_ != "PERSON" or obj.i != ent.root.i:
            continue
        else:
            ent = with_first_name(ent)  # ("Lawyers for Ales Bialiatski": spaCy's entity is "Bialiatski")
        between = tok.doc[prep.i + 1 : ent.start]
        if len(between) and between[-1].lower_.rstrip(".") not in SERVED_TITLES:
            continue  # ("former U.S. attorney for the District of Columbia Joseph diGenova": his title)
        return ent
    return None


def _given_name(tok) -> str | None:
    """The name a described subject is given in a participle ("One driver, a 52-year-old from Lublin named Tomasz,",
    "A woman called Olga Petrova") or gives in a clause ("a truck driver who gave only his first name, Andrei,"; not
    "the name of the suspect, Ivan Petrov"): a person's name (tagged PERSON, or a title-case word that is a known first name);
    else None ("a ship named Freedom" is no person)."""
    if tok.pos_ != "NOUN" and tok.lower_ not in ("another", "one") and tok.ent_type_ != "ORDINAL":
        return None  # ("said the first, a 19-year-old from Brest who gave only his first name, Dzmitry")
    for t in tok.subtree:
        if t.lemma_.lower() in ("give", "identify") and t.pos_ == "VERB" and t.dep_ in ("relcl", "acl"):
            # "Another, who gave her name only as Olga,", "A woman identified only as Olga"
            name = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "as"
                         for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        elif (t.lemma_.lower() == "name" and t.pos_ == "NOUN" and t.head.lower_ == "by" and t.head.head.i == tok.i
              and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)):
            # "a woman by the name of Karen Monahan"
            name = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        elif t.lemma_.lower() == "name" and t.pos_ == "NOUN" and not any(c.dep_ == "prep" for c in t.children):
            # "a truck driver who gave only his first name, Andrei,", "… identified only by his first name, Andrei,"
            name = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        elif t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in ("name", "call"):
            name = next((c for c in t.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"), None)
        elif t.dep_ == "relcl" and t.lemma_.lower() in ("name", "call") and any(
                c.dep_ == "dobj" and c.lower_ in ("himself", "herself") for c in t.children):
            # "The man, a former Marine who called himself Rick, says …"
            name = next((c for c in t.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ == "PROPN"), None)
        else:
            continue
        if name is None:
            continue
        if name.ent_type_ == "PERSON":
            return _entity_text(name)
        words = tok.doc[name.left_edge.i : name.i + 1]
        if all(w.is_title for w in words) and first_name_gender(normalise(words[0].text)):
            return words.text
    return None


# what somebody said, whose speaker a phrase may name ("according to new remarks from a senior Iranian official")
SPOKEN_TEXTS = {"remark", "comment", "testimony", "speech", "interview", "tweet"}


# what a body or a person keeps and an "according to" phrase may cite for them ("according to its own accounts")
KEPT_RECORDS = {"account", "record", "count", "calculation", "figure", "number", "list", "log"}


def _record_keeper(obj):
    """'according to its own accounts', '… to his records', '… to Viasna's count': the possessor of a record or a
    document an "according to" phrase cites (not "according to his lawyer", a person who speaks); else None."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in INANIMATE | SPOKEN_TEXTS | KEPT_RECORDS:
        return None
    return next((c for c in obj.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")), None)


RECEIVING_VERBS = {"get", "receive", "obtain", "find", "see", "read", "open", "intercept", "discover"}


def _received_text(verb):
    """'message' in "… got a message saying “Important Alert!”", 'Ruiz' in "She received a letter from Ruiz saying
    that …": a text on the object of a verb of receiving speaks (or its issuer does), not the one who got it; None for
    any other participle ("issued a statement saying …" is the issuer's)."""
    text = verb.head
    if verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].pos_ != "PUNCT":
        # (the parser may hang the participle on the verb: "received a letter from Senator Ruiz saying that …"; not
        # "She received the letter, saying that …", her words)
        text = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), text)
    if (verb.dep_ not in ("acl", "advcl") or verb.tag_ != "VBG" or text.dep_ != "dobj"
            or text.lemma_.lower() not in INANIMATE | SPOKEN_TEXTS | ISSUED_TEXTS or cue_lemma(text.head) not in RECEIVING_VERBS):
        return None
    return _issuer(text) or text


def _issuer(tok):
    """Who a document speaks for: the agent of its issuing participle ("The statement released by the ministry"), its
    named or described possessor ("the foreign ministry's statement"; not "his", which stays the document's) or its
    author after "by" or "from" ("a report by Amnesty International", "a letter from the senator"); else None."""
    if tok.lemma_.lower() not in INANIMATE | SPOKEN_TEXTS and tok.lower_ not in DATA_WORDS:
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ISSUING_VERBS:
            agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
        if (c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN") and c.lemma_.lower() not in INANIMATE
                and c.ent_type_ not in ("DATE", "TIME")):  # not "Tuesday's statement"
            return c
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):  # "a report by Amnesty International", "the press release
            # from the U.S. Attorney's Office", "an analysis by the group …"
            author = next((g for g in c.children if g.dep_ == "pobj" and _author_word(g)), None)
            if author is not None:
                return author
    return None


def _author_word(tok) -> bool:
    """A noun or name that can author a text: not another text, nor a date ("a report from Tuesday"), nor a kind of
    place ("incident reports from the Columbus suburb of Westerville")."""
    return (tok.pos_ in ("PROPN", "NOUN") and tok.lemma_.lower() not in INANIMATE | PLACE_KINDS
            and tok.ent_type_ not in ("DATE", "TIME"))


def _quoted_as_saying(verb):
    """The person a source is said to quote: "TASS quoted Khrenin as saying that …", "cited him as saying": the object
    of "quote" or "cite" whose "as saying" this reporting verb is; else None."""
    as_ = verb.head
    if verb.dep_ != "pcomp" or as_.lower_ != "as" or as_.head.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in as_.head.children if c.dep_ == "dobj"), None)


# what a finding verb reports when a piece of research is its subject ("The poll found that …", "A new survey shows
# that …"); people's findings ("The guards found that the door was locked") and a photo's stay the writer's
RESEARCH = {"poll", "survey", "study", "report", "analysis", "research", "investigation", "review", "audit", "census",
            "assessment", "inquiry", "probe", "data", "datum", "figure", "statistic", "presentation", "memo"}


def _research_finds(verb) -> bool:
    """"The poll, conducted in March, found that 64 percent …": "find" or "show" with a that-clause and a piece of
    research as its subject reports the finding, unless someone reports it ("He added that the report found that …" is
    his)."""
    return (verb.lemma_.lower() in ("find", "show") and verb.dep_ not in ("ccomp", "xcomp")
            and any(c.dep_ == "ccomp" for c in verb.children)
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in RESEARCH for c in verb.children))


# texts whose words "reading" gives ("a sign reading “No war”")
READ_TEXTS = {"sign", "note", "banner", "placard", "poster", "message", "letter", "headline", "caption", "shirt", "t-shirt",
              "sticker", "plaque", "inscription", "card", "tweet", "post", "billboard", "memo", "label", "flyer", "leaflet",
              "sheet", "graffiti", "slogan", "text", "hat", "cap", "flag", "chyron", "screen", "notice", "email", "subject"}
# verbs by which people bear or put up a text ("carried a sign", "wore a shirt")
BEARING_VERBS = {"carry", "hold", "wear", "display", "wave", "hoist", "raise", "brandish", "bear", "post", "put", "hang",
                 "leave", "write", "paint", "unfurl", "sport", "send", "tweet", "share", "pin"}


def _text_reading(tok):
    """'a sign reading, “No war.”', 'a note from the gunman reading “…”': "reading" right before a quotation (a comma or
    colon between), after a text's noun or its "from X" phrase (the parser may tag "reading" a noun): the text's
    noun and the token of its author ("from X"), or None."""
    doc = tok.doc
    if tok.lower_ != "reading" or tok.i == 0:
        return None
    j = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", ":"))
    if j >= len(doc) or doc[j].text[:1] not in OPEN_QUOTES + STRAIGHT:
        return None
    before = doc[tok.i - 1]
    if before.lemma_.lower() in READ_TEXTS or before.lower_ in READ_TEXTS:
        return before, None
    start = max(tok.sent.start, tok.i - 8)
    frm = next((t for t in reversed(doc[start : tok.i]) if t.lower_ == "from"), None)
    if frm is None or frm.i == 0 or not (doc[frm.i - 1].lemma_.lower() in READ_TEXTS or doc[frm.i - 1].lower_ in READ_TEXTS):
        return None
    author = next((t for t in reversed(doc[frm.i + 1 : tok.i]) if t.pos_ in ("PROPN", "NOUN") and t.dep_ != "det"), None)
    return (doc[frm.i - 1], author) if author is not None and _author_word(author) else None


def _bearer(reading, text):
    """Whoever bears or put up a text ("Protesters carried a sign reading …": the protesters), or None."""
    node = reading if reading.pos_ == "NOUN" else text
    while node.dep_ == "compound" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "dobj" or node.head.lemma_.lower() not in BEARING_VERBS:
        return None
    return next((c for c in node.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")
                 and c.lemma_.lower() not in READ_TEXTS), None)


def _document_reads(verb) -> bool:
    """"The statement read: “…”": "read" with a document as its subject reports it ("He read the letter" does not);
    so does the closing frame "“…,” read a report in The Daily Sheeple." (`_document_read_after`); "this transcript
    reads like a message of encouragement" (or "as") is the writer's judgement of it."""
    if any(c.dep_ == "prep" and c.lower_ in ("like", "as") and c.i == verb.i + 1 for c in verb.children):
        return False
    return verb.lemma_.lower() == "read" and (any(c.dep_ == "nsubj" and c.lemma_.lower() in INANIMATE for c in verb.children)
                                              or _document_read_after(verb) is not None or _it_read_after_quote(verb))


# where a text's words stand in it: "The report begins, “…”", "The letter ends: “…”"
TEXT_PLACES = {"begin", "open", "start", "conclude", "end", "close", "continue"}


def _quoted_by_writer(verb, inside: list[bool]):
    """'To quote Cajetan again: “…”': the person named as the object of the writer's "quote"
    (an infinitive or a participle with no subject of its own) before a colon or comma and a quotation; else None ("He
    quoted Lincoln as saying" is `_quoted_as_saying`'s)."""
    if verb.lemma_.lower() != "quote" or verb.tag_ not in ("VB", "VBG") or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return None
    doc, end = verb.doc, obj.right_edge.i + 1
    if (verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT") and doc[-1].text == ":" and not any(
            t.idx < len(inside) and inside[t.idx] for t in verb.sent):
        # "To quote Paul VI, then in the depths of his conciliar delirium at the Council’s close:" ¶ "But one must
        # realize that this council …": the block the line introduces, set down without marks
        return obj
    while end < len(doc) and (doc[end].dep_ == "advmod" or doc[end].lower_ == "again"):
        end += 1
    if end + 1 >= len(doc) or doc[end].text not in (":", ",") or not (doc[end + 1].idx < len(inside) and inside[doc[end + 1].idx]):
        return None
    return obj


def _document_opens(verb) -> bool:
    """'The report begins, “It ain’t debatable!': a text the writer names, whose beginning or end a comma or a colon
    and a quotation right after the verb give, speaks them ("The trial begins Monday" has no quotation; "He opens:
    “…”" is a person's, `introduces_colon`'s)."""
    doc = verb.doc
    return (verb.lemma_.lower() in TEXT_PLACES and verb.i + 2 < len(doc) and doc[verb.i + 1].text in (",", ":")
            and doc[verb.i + 2].text[:1] in OPEN_QUOTES + '"'
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in INANIMATE | LEGAL_TEXTS for c in verb.children))


# what a text does to the words its colon introduces ("The article highlights the excitement …:")
PRESENTING_VERBS = {"highlight", "describe", "detail", "summarize", "summarise", "outline", "list", "present"}


def _document_presents(verb) -> bool:
    """'The article highlights the New Ways excitement over the shift …:' ¶ '“Another significant development is …': a
    text the writer names, presenting something with a colon that ends the paragraph, introduces its words in the block
    after it (not a person's: "He describes the plan:" is `introduces_colon`'s with a reporting verb)."""
    last = verb.sent[-1]
    return (verb.lemma_.lower() in PRESENTING_VERBS and verb.dep_ == "ROOT" and last.text == ":" and last.i == verb.doc[-1].i
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in INANIMATE and any(d.dep_ in ("det", "poss") for d in c.children)
                    for c in verb.children))


def _it_read_after_quote(verb) -> bool:
    """'“…,” it read.': "read" whose subject "it" follows a quotation and its comma, the frame of a document the
    sentences before named ("He read it twice" does not report)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ != "it" or subj.i != verb.i - 1 or subj.i < 2:
        return False
    before = verb.doc[subj.i - 1].text, verb.doc[subj.i - 2].text
    # '“…,” it read' (the comma inside the marks) or '“…”, it read'
    return (before[0] in CLOSE_QUOTES + STRAIGHT and before[1] == ",") or (before[0] == "," and before[1] in CLOSE_QUOTES + STRAIGHT)


def _document_read_after(verb):
    """'“…,” read a report in The Daily Sheeple.': "read" with no subject of its own after a quotation, the document
    that reads its object to the parser, which is the frame's subject; or None."""
    if verb.lemma_.lower() != "read" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text not in CLOSE_QUOTES + STRAIGHT + "," and not (
            verb.i > 1 and verb.doc[verb.i - 1].text in CLOSE_QUOTES + STRAIGHT and verb.doc[verb.i - 2].text == ","):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.lemma_.lower() in INANIMATE), None)


def _says_of_self(tok, verbs) -> str:
    """'m' or 'f' where a named subject of a reporting verb speaks of itself as "he" or "she" in the reported clause
    ("Graham said he would back the bill"), in a sentence that names no other person who could be that pronoun, or
    where a named subject's verb has "himself" or "herself" as object ("Graham … redeemed himself"); else ""."""
    verb = tok.head
    if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" and len(
            own := {c.lower_ for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ in ("himself", "herself")}) == 1:
        return "m" if own == {"himself"} else "f"  # "Sen. Lindsey Graham …, partly redeemed himself": bound to its subject
    if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or verb.lemma_.lower() not in verbs:
        return ""
    if any(c.dep_ in ("dobj", "dative") and c.pos_ == "PRON" for c in verb.children):
        return ""  # "Crowley asked her if she could …": the one spoken to
    doc = tok.doc
    # not a quoted clause: in "“… Now she's not getting a penny,” Bacon said" the "she" is someone Bacon speaks of
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and not any(
        t.text in DOUBLE_QUOTE_MARKS for t in doc[min(c.right_edge.i, verb.i) : max(c.left_edge.i, verb.i) + 1])]
    pronouns = {c.lower_ for clause in clauses for c in clause.children if c.dep_ == "nsubj" and c.lower_ in ("he", "she")}
    if len(pronouns) != 1:
        return ""
    other_gender = {"her", "hers", "herself"} if pronouns == {"he"} else {"him", "his", "himself"}
    if any(t.lower_ in other_gender for clause in clauses for t in clause.subtree):
        return ""  # "Corfman said he took her to his home": that "he" acts on the speaker
    sent = tok.sent
    others = [t for t in sent if t.pos_ == "PROPN" and t.i != tok.i and t.head.i != tok.i
              and (t.ent_type_ == "PERSON" or (t.dep_ in ("dobj", "dative", "nsubj") and t.ent_type_ in ("", "ORG")))]
    return "" if others else ("m" if pronouns == {"he"} else "f")


def _refused(verb) -> bool:
    """'The Kremlin declined to comment', 'was reluctant to comment on the “deal”': a speech verb its subject
    refused reports nothing (the quoted words are someone else's)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING


# verbs whose infinitive complement is wanted, asked for or brought about, not done ("is expected to say" previews a
# speech's prepared words, as "will promise" does: `_unreal`; "likes to say", "prefers to call it" tell of a habit)
WANTING = {"want", "wish", "need", "hope", "persuade", "convince", "urge", "encourage", "force", "compel", "pressure",
           "press", "push", "invite", "ask", "tell", "order", "lead", "make", "let", "allow", "require", "call"}
HABITS = {"like", "love", "prefer", "tend"}  # "likes to say": speech as a habit; "would like to say": a wish


def _wanted(verb) -> bool:
    """'Now he wants the world to believe he is a peacemaker', 'The envoy urged Minsk to announce a ceasefire', 'forced
    the students to declare their loyalty': speech someone wants, asks for or brings about is not said (the parser
    makes "the world" the infinitive's subject; "she invited Clinton to describe the “damage” …": the quoted words are
    the asker's)."""
    head = verb.head
    head_lemma = cue_lemma(head)  # (spaCy's lemma of "hoping" is "hop")
    if head_lemma == "let" and not any(c.dep_ == "nsubj" for c in head.children) and verb.sent[-1].text == ":" and any(
            c.dep_ in ("nsubj", "dobj") and c.i < verb.i and c.pos_ in ("PROPN", "NOUN") for c in (*verb.children, *head.children)):
        # "Let Harvard Law Professor Alan Dershowitz tell you:": the writer hands over to the words after it (not "let’s
        # just say I’m skeptical and here’s why:", the writer's own)
        return False
    wish = head_lemma in WANTING or (head_lemma in HABITS and any(c.tag_ == "MD" for c in head.children))
    if verb.dep_ == "ccomp" and head_lemma in ("hope", "wish") and head.i < verb.i:
        return True  # "Republicans are hoping the files reveal details about …": a report hoped for, in any tense
    return verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp") and wish and head.i < verb.i  # ("would like to say")


WITHHELD_VERBS = {"say", "specify", "disclose", "reveal", "confirm", "explain", "indicate", "tell"}
WH_WORDS = {"whether", "if", "which", "what", "who", "whom", "whose", "when", "where", "why", "how"}


def _withheld(verb) -> bool:
    """'She did not say which sectors could be targeted', 'He would not say whether …': a negated speech verb over an
    indirect question reports a silence, not words (so "could be targeted" is nobody's speculation), as "said
    nothing" and "said little" do; "did not say that …" still reports."""
    if verb.lemma_.lower() in WITHHELD_VERBS and any(c.dep_ == "dobj" and c.lower_ in ("nothing", "little") for c in verb.children):
        return True  # "The ministry said nothing on Tuesday", "He has said little in public about it"
    if (verb.lemma_.lower() in WITHHELD_VERBS and verb.dep_ == "advcl"
            and any(c.dep_ == "dobj" and c.lower_ in ("something", "anything") for c in verb.children)
            and not any(t.text in OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT for t in verb.doc[verb.i : verb.sent.end])):
        return True  # "a person whose “orientation” is towards falsehood, even when he is … saying something true, …": any
        # words at all, none given (the parser hangs the participle on the main clause)
    if verb.lemma_.lower() not in WITHHELD_VERBS or not any(
            c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
            # ("At no time, according to the warrant, does Guyger say what “verbal commands” she gave.")
            or (c.dep_ == "prep" and any(g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in g.children)
                                         for g in c.children))
            for c in verb.children):
        return False  # ("The guards never told us what the outside world thought of us.")
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in WH_WORDS or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)


UNSAID_VERBS = {"admit", "acknowledge", "concede", "say", "allege", "claim", "mention"}  # ("Wills doesn't mention the
# existence of such interpretations": what is not mentioned, object or clause)


def _negated(verb) -> bool:
    """'did not', 'never', and 'Nor do the notes mention …' (a "nor" opening the clause, its auxiliary before the
    subject)."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in verb.children) or any(
        c.dep_ == "cc" and c.lower_ in ("nor", "neither") and c.i < verb.i
        and any(a.dep_ == "aux" and c.i < a.i < s.i for a in verb.children for s in verb.children if s.dep_ == "nsubj")
        for c in verb.children)


def _not_said(verb) -> bool:
    """'The FBI doesn't acknowledge that there is a global jihad', 'The minister never admitted that the figures were
    wrong', 'The report doesn't even say the man was known for …', 'Mr. Mueller did not say that Mr. Stone's
    interactions … were illegal': what a subject is said not to admit or say is nobody's claim but the writer's ("did
    not deny that …" still reports, and "did not say whether …" is `_withheld`)."""
    if verb.lemma_.lower() == "say" and any(c.dep_ == "conj" and any(g.dep_ == "ccomp" for g in c.children)
                                            for c in verb.children):
        return False  # "Mr. Santorum did not say …, and he said that there was a role …": what he did say reports
    return (verb.lemma_.lower() in UNSAID_VERBS and _negated(verb)
            and any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and verb.lemma_.lower() == "mention") for c in verb.children))


def _silent_on(verb) -> bool:
    """'Belarusian state media did not report the release', 'The ministry has not confirmed the figure', 'State
    television never mentioned the protests', 'Assange does not ask for special treatment': a negated speech verb whose
    object is a thing (or what it asks or calls for), with no clause of its own, reports a silence (the sentence is the
    writer's); "did not deny that …" still reports, and so does "did not rule out provocations" (a statement that they
    may come)."""
    if (verb.lemma_.lower() in ("tell", "inform") and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
            and any(c.dep_ in ("dobj", "dative") and (c.lower_ in ("nobody", "noone") or (
                c.lower_ == "one" and any(g.lower_ == "no" for g in c.children))) for c in verb.children)):
        return True  # "She told no one about the assault until 30 years later.": telling nobody, a silence
    if not _negated(verb) or rules_out(verb):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children) or (
        # "TheDCNF had not told anyone other than prosecutors about it", "did not tell us about the plan": not telling a
        # person, with no clause told, whatever pronoun the person is
        verb.lemma_.lower() in ("tell", "inform") and any(c.dep_ in ("dobj", "dative") for c in verb.children)) or (
        # "Assange does not ask for special treatment", "The party never called for his resignation": a request not made
        verb.lemma_.lower() in ("ask", "call") and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
            for c in verb.children))


TRUST_VERBS = {"believe", "trust", "disbelieve", "distrust"}
OBJECT_PRONOUNS = {"him", "her", "them", "you", "me", "us"}


def _trusts_person(verb) -> bool:
    """'Few in Vilnius believe him', 'Nobody trusts her': believing a person is trust, no view of the believer's
    reported (and, after someone's words, the writer's account of how they were received); "believe that …" and
    "believe him to be sincere" still report a view."""
    if verb.lemma_.lower() not in TRUST_VERBS or any(c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in OBJECT_PRONOUNS or c.ent_type_ == "PERSON") for c in verb.children)


def _left_open(tok) -> bool:
    """Is this word inside the question a withheld speech verb leaves open ("would not say whether the White House
    believes …")? Not a verb beside it ("has not said what he will do, but the AP reported that …")."""
    child = tok
    for a in tok.ancestors:
        if child.dep_ == "ccomp" and _withheld(a):
            return True
        child = a
    return False


ASKING = {"ask", "wonder", "inquire", "enquire", "unclear", "uncertain"}


def _asked_about(tok) -> bool:
    """Is this word inside an indirect question that someone asks or that is left unclear ("I asked whether she
    thought they would return", "It is unclear whether she said that")? Its verb reports nothing; the asker's own
    "asked" still does."""
    child = tok
    for a in tok.ancestors:
        if child.dep_ == "relcl" and child.head.ent_type_ == "PERSON" or (child.dep_ == "relcl" and any(
                c.lower_ == "who" and c.dep_ == "nsubj" for c in child.children)):
            return False  # "… what this man would make of a comment by Dom Paul Delatte, …, who wrote …:": a person's
            # relative clause inside the question says what they did, which the question takes as given
        # ("No wonder why they thought …" is no question: the noun)
        asks = (a.pos_ in ("VERB", "ADJ") and a.lemma_.lower() in ASKING
                or any(c.dep_ == "acomp" and c.lower_ in ASKING for c in a.children))
        if child.dep_ == "ccomp" and asks and (
                any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in child.children)
                or child.doc[child.left_edge.i].lower_ in WH_WORDS):
            return True
        child = a
    return False


def _after_reduced_relative(verb) -> bool:
    """'Truck drivers stuck at the crossing said they had waited …': spaCy reads the participle of a reduced relative
    clause as the main verb (past tense, no object) and hangs the reporting verb on it as `dep`; the reporting verb
    with its clausal complement is the real main verb, the participle's subject its subject."""
    head = verb.head
    # ("A video shared … on Telegram and TikTok this week claims that …": or as an adverbial clause, finite though it
    # has no subject or conjunction of its own)
    adverbial = verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBD") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") and c.i < verb.i for c in verb.children)
    return ((verb.dep_ == "dep" or adverbial) and head.dep_ == "ROOT" and head.tag_ in ("VBD", "VBN") and head.i < verb.i
            and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and not _times(c) for c in head.children)
            and any(c.dep_ == "ccomp" for c in verb.children))


def _times(tok) -> bool:
    """'A video shared thousands of times …': how often, which the parser may make the participle's object."""
    return (tok.lower_ in ("thousands", "millions", "hundreds", "dozens", "tens") or tok.tag_ == "CD") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ == "times" for g in c.children) for c in tok.children)


# what a person dares or has ("Trump had the temerity to mention jihad"): no speaker, whose infinitive spaCy may give it
# as its subject
NERVE_NOUNS = {"temerity", "audacity", "nerve", "gall", "courage", "chutzpah", "guts", "decency", "gumption", "cheek",
               "effrontery", "impudence"}
# a person's past that "includes saying …": the person's words
RECORD_NOUNS = {"history", "record", "past", "career"}
TIMES_WORDS = {"times", "occasions", "instances"}


def _had_the_nerve(verb, subj):
    """'Trump had the temerity to mention jihad terrorism': spaCy may make the noun of daring the subject of the
    infinitive; the verb "have" above it, whose subject spoke; else None."""
    if subj.lemma_.lower() not in NERVE_NOUNS or subj.head != verb or verb.dep_ not in ("ccomp", "xcomp", "acl"):
        return None
    return verb.head if verb.head.lemma_.lower() == "have" and verb.head.i < subj.i else None


def _one_of_times(subj):
    """'This is one of many times Zakkout has referred to Jews as …': spaCy may make "one" the clause's subject and
    hang the name on "of" after "times"; the name; else None."""
    if subj.lower_ != "one":
        return None
    for of in (c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"):
        objs = [g for g in of.children if g.dep_ == "pobj"]
        times = next((g for g in objs if g.lower_ in TIMES_WORDS), None)
        name = next((g for g in objs if times is not None and g.i > times.i and g.pos_ == "PROPN"), None)
        if name is not None:
            return name
    return None


def _free_relative(verb, verbs) -> bool:
    """'But that word does not mean what they think it means': a reporting verb opening a clause of "what" or
    "whatever" that the main verb, no reporting verb, takes as its object; the writer's words about what someone
    thinks, not theirs ("They think it means autonomy" reports)."""
    first = verb.left_edge
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lemma_.lower() == "be":
        return False  # "Mr. Shulman offered what he said was one of the many plausible explanations …": his account
    return (first.lower_ in ("what", "whatever") and first.i < verb.i and verb.head.lemma_.lower() not in verbs
            and all(t.dep_ in ("nsubj", "aux", "neg", "advmod") for t in verb.doc[first.i + 1 : verb.i]))


def _text_author(participle):
    """'There's also a quote from an Obama spokeswoman claiming that …', 'a letter from a retired colonel arguing that
    …': a participle with a clause of its own on a text whose author "from" or "by" names; that author; else None
    (not "a report on the war saying …", whose author is not named)."""
    if participle.dep_ != "acl" or participle.tag_ != "VBG" or not (that_clause(participle) or _finite_clause(participle)):
        return None
    text = participle.head
    if text.dep_ == "pobj" and text.head.lower_ in ("from", "by") and text.head.head.pos_ == "NOUN":
        # (the parser may hang the participle on the author: "a quote from [an Obama spokeswoman claiming …]")
        return text if _author_word(text) and text.head.head.lemma_.lower() in AUTHORED_TEXTS else None
    if text.pos_ != "NOUN" or text.lemma_.lower() not in AUTHORED_TEXTS:
        return None
    return next((g for c in text.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in c.children
                 if g.dep_ == "pobj" and _author_word(g)), None)


def _text_of_main_clause(participle, author) -> bool:
    """Whether the text a participle reports on is an argument of the sentence's main verb ("There's a quote from …
    claiming", "The paper ran a letter from … arguing")."""
    text = author.head.head if author == participle.head else participle.head
    return text.dep_ in ("attr", "dobj", "nsubj", "nsubjpass") and text.head.dep_ == "ROOT"


def _record_owner(subj):
    """'Farrakhan’s history of extreme comments includes blaming Jews …, saying …': a named person's record, which a
    participle's climb reaches as the subject, holds the person's words; the owner; else None."""
    if subj.lemma_.lower() not in RECORD_NOUNS:
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def _actor_of_clause_before(participle, subj):
    """'Rice's comments came as Netanyahu turned down an invitation …, saying …': spaCy hangs a participle after a
    comma on the main verb, whose subject here is a thing ("comments" came), though the clause of time right before
    the comma has a named person acting; that person; else None ("The ministry's statement came as the talks resumed,
    saying …" stays the statement's)."""
    head = participle.head
    if (participle.dep_ != "advcl" or participle.tag_ != "VBG" or subj.pos_ != "NOUN" or subj.ent_type_ == "PERSON"
            or subj.lemma_.lower() in ROLE_NOUNS | PEOPLE_NOUNS | INSTITUTIONS | GROUP_WORDS | COLLECTIVES):
        return None
    for clause in (c for c in head.children if c.dep_ == "advcl" and c.i < participle.i):
        if (clause.right_edge.i + 2 == participle.i and participle.doc[participle.i - 1].text == ","
                and any(m.dep_ == "mark" and m.lower_ in ("as", "while", "when", "after") for m in clause.children)):
            return next((c for c in clause.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON"), None)
    return None


def _fronted_person(verb, pronoun, inside: list[bool]):
    """'When Harold Pinter accepted the Nobel Prize in 2005, he referred to “…”': the person a clause of time or
    concession fronted before the main clause names as its subject, whom the main clause's "he" or "she" means; else
    None. Only a main verb's pronoun subject, only a clause wholly before it, only a named person outside quotation
    marks."""
    if verb.dep_ != "ROOT" or pronoun.lower_ not in ("he", "she") or pronoun.head != verb:
        return None
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.right_edge.i < pronoun.i):
        if not any(m.dep_ in ("mark", "advmod") and m.lower_ in FRONTED_MARKS for m in clause.children):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (subj is not None and subj.ent_type_ == "PERSON" and subj.pos_ == "PROPN"
                and not (subj.idx < len(inside) and inside[subj.idx])):
            return subj
    return None


FRONTED_MARKS = {"when", "after", "as", "while", "once", "before", "although", "though", "since", "because", "whenever"}


# words that name what the quotation after them is called: "a panel entitled, “Russia-gate and WikiLeaks”"
NAMING_PARTICIPLES = {"entitled", "titled", "subtitled", "headlined", "captioned", "named", "called", "dubbed",
                      "nicknamed", "labelled", "labeled", "billed"}


# nouns for a text's title, whose quotation after them is that title ("The sub-headline, “…,” is also included")
TITLE_NOUNS = {"headline", "subheadline", "subhead", "title", "subtitle", "caption", "tagline"}


def _only_titles(span, inside: list[bool]) -> bool:
    """Whether every quotation in a sentence is a name that a participle gives ("a panel entitled, “Russia-gate and
    WikiLeaks”", "a book titled “The Silence”", "– also called “Rainbow Pastoral.”"): a title, nobody's words. A verb
    with a subject of its own calls something ("Trump called it “a disgrace”"), which is speech, and so does the
    agent of a passive one ("dubbed “the march of the parasites” by state media")."""
    doc, found = span.doc, False
    within = [t.idx < len(inside) and inside[t.idx] for t in span]
    for n, tok in enumerate(span):
        if not within[n] or (n and within[n - 1]):
            continue  # outside quotation marks, or inside a quotation already judged
        k = tok.i - 1
        while k >= span.start and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        if k < span.start:
            return False
        word = doc[k]
        if word.lower_ in TITLE_NOUNS and word.pos_ == "NOUN":
            pass  # "The sub-headline, “Hispanic voters were supposed to be …,” is also included": a text's title
        elif word.lower_ not in NAMING_PARTICIPLES or any(c.dep_ in ("nsubj", "agent") for c in word.children):
            return False
        run = [t for m, t in enumerate(span) if m >= n and all(within[n : m + 1])]
        if not any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in run):
            return False  # a name holds a noun; "a move the statement called “unjust”" characterises
        found = True
    return found


SPELLING_WORDS = {"misspelling", "spelling", "misspelled", "misspelt", "spelled", "spelt", "misspell", "spell", "typo",
                  "pronunciation", "mispronunciation", "mispronounced"}


# what someone says, as a noun a quotation can stand in apposition to ("Bergoglio’s cunning response, “…”")
WORDS_SAID = {"response", "reply", "answer", "retort", "statement", "remark", "comment", "words", "message", "rejoinder"}


def _owner_of_words_apposed(span, inside: list[bool]):
    """'Fisher is rightly incensed by Bergoglio’s cunning response, “I will not say a single word on this,” …': a
    quotation right after a named person's response, reply, statement … and a comma is that person's; the owner's
    token, else None."""
    first = next((t for t in span if t.idx < len(inside) and inside[t.idx] and not t.is_punct), None)
    if first is None:
        return None
    k = first.i - 1
    while k >= span.start and span.doc[k].is_punct and span.doc[k].text != ",":
        k -= 1  # (the opening mark)
    if k <= span.start or span.doc[k].text != ",":
        return None
    noun = span.doc[k - 1]
    if noun.lemma_.lower() not in WORDS_SAID or noun.pos_ != "NOUN":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None or (owner.idx < len(inside) and inside[owner.idx]):
        return None
    # (not a verb's complement: "Smith said of Trump’s response, “It was a disgrace.”" is Smith's)
    root = next((t for t in span if t.idx < len(inside) and inside[t.idx] and not t.is_punct
                 and (t.head == t or not (t.head.idx < len(inside) and inside[t.head.idx]))), None)
    if root is not None and root.head != root and root.dep_ in ("ccomp", "xcomp", "dobj", "parataxis"):
        return None
    return owner


def _word_explained(span, inside: list[bool]) -> bool:
    """'“Philipp” presumably refers to Philipp Schindler, a senior vice president …': a quoted word whose meaning the
    writer explains, the subject of "refers to", "means" or "stands for", is mentioned, nobody's words."""
    root = span.root
    if root.lemma_.lower() not in ("refer", "mean", "stand"):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and all(t.is_punct or (t.idx < len(inside) and inside[t.idx]) for t in subj.subtree) and not any(
        t.idx < len(inside) and inside[t.idx] for t in span if t.i > root.i)


def _spelling_mentioned(span, inside: list[bool]) -> bool:
    """'(The tweet included a misspelling of “counsel.”)', 'He misspelled “counsel.”': every quotation in the sentence a
    word whose spelling the writer points at, right after a spelling word (and "of"): a word mentioned, nobody's."""
    doc, found = span.doc, False
    within = [t.idx < len(inside) and inside[t.idx] for t in span]
    for n, tok in enumerate(span):
        if not within[n] or (n and within[n - 1]):
            continue
        k = tok.i - 1
        while k >= span.start and (doc[k].is_punct or doc[k].is_space):
            k -= 1
        if k >= span.start and doc[k].lower_ == "of":
            k -= 1
        if k < span.start or doc[k].lower_ not in SPELLING_WORDS:
            return False
        found = True
    return found


def _refuses_speech(span, inside: list[bool], verbs) -> bool:
    """'A spokesman … declined to comment on the “so-called negotiations”': outside quotation marks, a speech verb
    its subject refused; the quoted words are nobody's in the sentence, nor the next sentence's speaker's."""
    return any(_refused(t) and t.lemma_.lower() in verbs and not (t.idx < len(inside) and inside[t.idx]) for t in span)


def _infinitive_read_as_noun(tok) -> bool:
    """'Biden was quick to retort: “…”': spaCy may tag the infinitive after an adjective of eagerness as a noun, the
    object of the preposition "to"; it reports all the same ("reluctant to comment" tells of words not said)."""
    return (tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ == "to"
            and tok.head.head.lower_ in EAGER_ADJECTIVES and not any(c.dep_ == "det" for c in tok.children))


# a reporting verb's -s form that spaCy may tag a plural noun after a noun ("A video claims that …")
NOUN_READ_VERBS = {"claims", "says", "states", "warns", "argues", "insists", "alleges", "asserts", "contends", "maintains",
                   "declares", "notes", "explains", "writes", "admits", "adds", "concludes"}


# verbs of reaching someone for their words ("NBC News spoke with Jean’s mother")
CONTACT_VERBS = {"speak", "talk", "interview", "reach", "contact", "ask", "call", "visit", "meet", "question"}
# what a subject feels, whose passive ("was “deeply troubled” by …") gives the subject's words, no scare quote
FELT = {"trouble", "concern", "alarm", "disturb", "dismay", "shock", "surprise", "disappoint", "outrage", "please",
        "anger", "frustrate", "stun", "sadden", "worry", "appal", "appall", "horrify", "offend", "delight", "thrill",
        "relieve", "hurt", "disgust", "astonish", "amaze", "baffle", "puzzle", "encourage", "gratify", "humble"}
# verbs of sending a message, whose infinitive of purpose may be the report ("e-mailed to remind officials that …")
MESSAGING_VERBS = {"e-mail", "email", "e-mailed", "emailed", "mailed", "write", "call", "phone", "text", "tweet", "wire",
                   "message", "telephone"}
# verbs whose passive subject is the one spoken to ("was asked", "was told"), never the speaker
ADDRESSED_VERBS = {"ask", "tell", "question", "warn", "inform", "advise", "urge"}
# what a person holds and a quotation after a colon may give in their words ("His opinion is: “…”")
HELD_VIEWS = {"opinion", "view", "verdict", "advice", "answer", "response", "reply", "reaction", "take", "assessment",
              "conclusion", "message", "position", "argument", "explanation", "excuse", "retort", "comment"}
# reporting verbs with a sense that reports nothing: "the plague has claimed 57 lives" (taken), "The term … refers to
# …" (means), "Mr. Cantor's loss recalled the defeat of …" (brought to mind), "His visit threatens to muddy the waters"
# what "claim" takes when it takes rather than says ("the plague has claimed 57 lives", "Benedict IX … claimed the
# papacy again!")
CLAIMED_THINGS = {"life", "victim", "casualty", "papacy", "throne", "crown", "title", "seat", "land", "territory", "prize",
                  "inheritance", "estate", "body", "baggage", "luggage", "refund", "reward", "jackpot"}
# what is declared by doing it, no words reported ("declared a national emergency", "declared war")
DECLARED_ACTS = {"emergency", "state", "war", "victory", "independence", "bankruptcy", "law", "holiday", "ceasefire",
                 "truce", "moratorium", "mourning", "quarantine", "curfew", "lockdown", "disaster"}
# whom (or whose nomination) a vote confirms in office
CONFIRMED_PEOPLE = {"nomination", "nominee", "appointment", "appointee", "pick", "judge", "justice", "secretary",
                    "ambassador", "nominations", "nominees"}
# whom a bishop confirms ("confirmed several of my children")
CONFIRMANDS = {"child", "children", "confirmand", "candidate", "youth", "teenager", "adult", "son", "daughter", "boy", "girl"}
# kinds of place, which author no text ("reports from the suburb")
PLACE_KINDS = {"suburb", "city", "town", "village", "neighborhood", "neighbourhood", "area", "region", "province",
               "country", "island", "border", "scene", "site", "compound", "street"}
# what an act "reveals" of its doer, no words of theirs ("has effectively revealed its disregard for …", "betrayed his
# contempt")
REVEALED_TRAITS = {"disregard", "contempt", "disdain", "hypocrisy", "ignorance", "bias", "hatred", "colors", "colours",
                   "cowardice", "weakness", "desperation", "incompetence", "arrogance", "indifference", "bigotry"}
# what police, firefighters or medics "respond to" by going there, no words ("responded to a call from …")
ATTENDED_EVENTS = {"scene", "incident", "emergency", "alarm", "fire", "shooting", "crash", "accident", "disturbance",
                   "address", "home", "house", "location", "apartment", "townhome", "residence"}
# … and the calls they answer so ("police responded to a call from …"; "The ministry responded to the report" spoke)
CALLS_ANSWERED = {"call", "report", "complaint"}
RESPONDERS = {"police", "officer", "deputy", "trooper", "firefighter", "paramedic", "medic", "ambulance", "crew", "unit",
              "sheriff", "agent", "responder", "team", "dispatcher"}
NAMING_WORDS = {"term", "word", "phrase", "expression", "name", "label", "acronym", "abbreviation", "title"}
# what one tells that gives no words ("tells the truth", "told lies")
TOLD_THINGS = {"truth", "lie", "falsehood", "untruth", "fib"}


def _thing_sense(verb, subj) -> bool:
    """A reporting verb in a sense that reports nothing: "claim" lives, a term that "refers to" something, a
    person's thing that "recalls" or "threatens" (the subject has a possessive and is no word for someone who
    speaks: not "Stone's attorney recalled …", "his campaign threatened …"), and a thing that recalls another (an
    object, no clause)."""
    lemma = verb.lemma_.lower()
    if lemma == "answer" and any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in verb.children):
        return True  # "That question answers itself."
    if lemma == "explain" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children):
        return True  # "a “mistranslation” defense to explain away paragraph 303": to dismiss it, no words reported
    if lemma == "write" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "off" for c in verb.children):
        return True  # "would police … simply write it off as a tragic accident?": to dismiss it
    if lemma == "read" and verb.dep_ == "advcl":
        # what a text "read" is its words ("The sign read: “…”", "…,” read a statement issued by …", "the report
        # reads,"), not in an adverbial clause beside another's report ("according to Fastiggi …, while the English
        # translation reads: “…”, the Latin …") nor in "take it as read"
        return True
    if lemma == "claim":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in CLAIMED_THINGS for c in verb.children)
    if lemma == "declare":  # "Presidents have declared national emergencies …" (not "declared that …")
        return any(c.dep_ == "dobj" and c.lemma_.lower() in DECLARED_ACTS for c in verb.children) and not any(
            c.dep_ == "ccomp" for c in verb.children)
    if lemma == "refer":  # (and "… children …, blithely referred to as a “new union,” …": the thing named, by nobody named)
        return subj.lemma_.lower() in NAMING_WORDS or any(
            c.dep_ == "prep" and c.lower_ == "to" and not any(c.children) for c in verb.children)
    if lemma == "confirm":  # "The Senate confirmed two cabinet nominations", "confirmed Kavanaugh" (not "confirmed the
        # report", "confirmed that …")
        voters = subj.lemma_.lower() in ("senate", "committee", "parliament", "congress", "senator", "lawmaker")
        # (and a bishop confirms children: "has confirmed several of my children according to the traditional Rite")
        return any(c.dep_ == "dobj" and (c.lemma_.lower() in CONFIRMED_PEOPLE | CONFIRMANDS or c.ent_type_ == "PERSON" or (
            voters and c.pos_ == "PROPN") or any(g.dep_ == "prep" and g.lower_ == "of" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in CONFIRMANDS for o in g.children) for g in c.children))
                   for c in verb.children) and not any(c.dep_ == "ccomp" for c in verb.children)
    if lemma == "reveal":  # "the party has effectively revealed its disregard for …" (not "revealed her position")
        return any(c.dep_ == "dobj" and c.lower_ in REVEALED_TRAITS for c in verb.children)
    if lemma == "deny":  # "A federal judge denied bail to …", "denied him entry" (not "denied any involvement")
        # (nor a person denied: "he denied Christ", "Peter denied him three times" disown, they report nothing)
        return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in GRANTED_THINGS for c in verb.children) or any(
            c.dep_ == "dobj" and (c.lower_ in DISOWNED or (c.ent_type_ == "PERSON" and c.pos_ == "PROPN"))
            and not any(g.dep_ in ("poss", "case") for g in c.children) for c in verb.children)
    if lemma == "conclude":  # "Mueller concluded the Russia investigation" ended it (not "concluded that …")
        return any(c.dep_ == "dobj" and c.lemma_.lower() not in SAID_THINGS for c in verb.children) and not any(
            c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    if lemma == "tell" and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TOLD_THINGS for c in verb.children):
        return True  # "He tells the truth only to continue to control …", "told lies": no words given
    if lemma == "maintain":  # "he had maintained his dignity", "maintained close ties" (not "maintained his innocence",
        # "maintained the position that …", "maintained that …")
        # (nor "has maintained its support for Ellison’s campaign", support kept up, unlike "reiterated his support")
        return any(c.dep_ == "dobj" and c.lemma_.lower() not in (SAID_THINGS - {"support"}) | {"innocence", "contention"}
                   for c in verb.children) and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    if lemma in ("repeat", "reiterate"):
        # "The team repeated the feat", "He repeated the mistake", "Burke was reiterating Church teaching, as expressed by
        # … Wernz: “…”" (not "repeated the claim that …", "reiterated his support", "reiterated that …")
        return any(c.dep_ == "dobj" and c.lemma_.lower() not in SAID_THINGS for c in verb.children)
    if lemma in ("recall", "threaten"):
        words = {subj.lemma_.lower(), subj.lower_}
        thing = (subj.pos_ == "NOUN" and not words & (ROLE_NOUNS | VOICE_NOUNS | PEOPLE_NOUNS | INSTITUTIONS | GROUP_WORDS
                                                      | INANIMATE | SPEAKING_DOCUMENTS | COLLECTIVES
                                                      | {"campaign", "family", "friend", "team", "office", "spokesman",
                                                         "spokeswoman", "spokesperson", "wife", "husband", "son",
                                                         "daughter", "mother", "father"})
                 and not subj.lower_.endswith(PEOPLE_SUFFIXES))
        if (lemma == "recall" and thing and any(c.dep_ == "dobj" for c in verb.children)
                and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)):
            return True  # "Growing US hysteria over North Korea … recalls the propaganda storm …": it reminds of it
        if (lemma == "threaten" and subj.lower_ in ("they", "it") and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)
                and (obj := next((c for c in verb.children if c.dep_ == "dobj"), None)) is not None
                and obj.lower_ not in OBJECT_PRONOUNS and obj.lemma_.lower() not in PEOPLE_NOUNS | ROLE_NOUNS
                and not any(t.ent_type_ == "PERSON" for t in obj.subtree)):
            return True  # "… 14,000 guns emplaced in caves. They threaten almost all of … Seoul": what they endanger
        # ("These actions threaten all journalists": a thing that endangers someone, no clause of what will happen)
        return thing and (any(c.dep_ == "poss" for c in subj.children) or (
            lemma == "threaten" and any(c.dep_ == "dobj" for c in verb.children)
            and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)))
    if lemma == "respond":  # "Firefighters responded to the scene", "police responded to a call from Candace Smith that
        # …": they went there (not "The ministry responded to the report by saying …")
        places = ATTENDED_EVENTS | (CALLS_ANSWERED if subj.lemma_.lower() in RESPONDERS else set())
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lemma_.lower() in places
                                                                 for g in c.children) for c in verb.children) and not any(
            c.dep_ in ("ccomp", "advcl", "xcomp") or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children)
    if lemma == "report":  # "One even had reported him to the police", "reported her missing": a person reported on
        return any(c.dep_ == "dobj" and (c.lower_ in ("him", "her", "them", "me", "us") or c.ent_type_ == "PERSON")
                   for c in verb.children)
    return False


def _verb_read_as_noun(tok) -> bool:
    """'A video shared on Telegram claims that Warsaw has drawn up plans': after a noun spaCy may tag a reporting
    verb's -s form as a plural noun, the sentence's root, and hang the clause it reports on it as a relative clause;
    a clause after it with a subject of its own tells the verb ("The claims that Warsaw made are false" has no root
    "claims"). Or the subject of the clause it reports (`_subject_read_as_noun`)."""
    return (tok.tag_ == "NNS" and tok.dep_ == "ROOT" and tok.lower_ in NOUN_READ_VERBS
            and any(c.dep_ in ("relcl", "ccomp", "acl") and c.i > tok.i
                    and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children)
            ) or _subject_read_as_noun(tok) or (
        # '“…,” the group’s statement read.': "read" tagged a noun, the root, with the document as its subject
        tok.lower_ in ("read", "reads") and tok.pos_ == "NOUN" and tok.dep_ == "ROOT"
        and any(c.dep_ == "nsubj" and c.lemma_.lower() in INANIMATE for c in tok.children))


def _subject_read_as_noun(tok) -> bool:
    """'Mathias von Gersdorff, German pro-life activist …, states on his own blog, the upcoming Assembly … will become
    crucial': spaCy may parse the verb as a plural noun would be, the subject of the main verb of the clause it reports,
    with the speaker as a subject of its own ("The states on the list will vote", "Her claims … were false" have none)."""
    return (tok.tag_ in ("NNS", "VBZ") and tok.dep_ == "nsubj" and tok.lower_ in NOUN_READ_VERBS and tok.head.dep_ == "ROOT"
            and tok.head.pos_ in ("VERB", "AUX") and tok.head.i > tok.i
            and any(c.dep_ == "nsubj" and c.i < tok.i and (c.pos_ in ("PROPN", "PRON") or c.ent_type_ == "PERSON")
                    for c in tok.children))


def _report_read_as_clause(verb) -> bool:
    """'Donald Trump tweeted Tuesday he's not sure it will happen.': with no "that" the parser may make the reported
    clause the root and the reporting verb, its subject before it, a clause of it; the clause right after the verb's
    words, no comma between, is what it reports."""
    root = verb.head
    # (or an adverbial clause, the verb's tag a participle's: "Trump tweeted Tuesday he's not sure …")
    if not (verb.dep_ in ("ccomp", "advcl") and root.dep_ == "ROOT" and verb.i < root.i and verb.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
            and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children)):
        return False
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < root.i), None)
    return (subj is not None and subj.left_edge.i == verb.right_edge.i + 1
            and verb.doc[verb.right_edge.i].text not in (",", ";", ":", "—", "–"))


def _quoted_as(verb) -> bool:
    """'Lukashenko was quoted as saying that …': the speech verb of a passive main clause's as-phrase."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.dep_ == "ROOT"
            and any(c.dep_ == "auxpass" for c in prep.head.children))


def _parenthetical(verb, subj) -> bool:
    """'Western governments, the Russian side stressed, bear full responsibility': a reporting clause set off by
    commas inside the sentence it reports, which spaCy may make the root with the rest as a conjunct."""
    doc, left = verb.doc, subj.left_edge.i
    return (verb.dep_ == "ROOT" and subj.i < verb.i and left > verb.sent.start + 1 and doc[left - 1].text == ","
            and verb.i + 1 < len(doc) and doc[verb.i + 1].text == "," and all(t.i <= verb.i for t in subj.subtree))


def _clause_read_as_adverbial(verb) -> bool:
    """'Fox said, as a taxpayer, he’s not willing to fund …': with an aside between them the parser may hang the clause
    a main reporting verb reports as an adverbial clause; one right after the verb's comma, with a subject and a finite
    verb of its own and no word opening it ("because", "when", "then"), is what the verb reports."""
    if verb.dep_ != "ROOT" or verb.i + 1 >= len(verb.doc):
        return False
    nxt = verb.doc[verb.i + 1]
    # ("Gattine said after their meeting he believes …": the time phrase after the verb, hung on the clause, is the verb's)
    phrase = nxt.dep_ == "prep" and nxt.lower_ in ("after", "before", "during", "following") and nxt.head.head == verb
    if nxt.text != "," and not phrase:
        return False
    finite = ("VBD", "VBZ", "VBP", "MD")
    return any(c.dep_ == "advcl" and c.i > verb.i + 1 and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               and (not phrase or nxt.head == c)
               and (c.tag_ in finite or any(a.dep_ in ("aux", "auxpass") and a.tag_ in finite for a in c.children))
               and not any(g.dep_ in ("mark", "advmod") and g.i < c.i for g in c.children)
               for c in verb.children)


# verbs whose quoted word names or judges what they take as object, wherever the parser hangs the word
NAMING_VERBS = {"call", "describe", "term", "label", "brand", "dub", "characterize", "characterise"} | CALLING_VERBS | PRAISING_VERBS


def _quote_in_another_clause(tok, inside: list[bool]) -> bool:
    """Are all of the sentence's quoted words inside a clause of the verb's with a subject of its own ("The comments
    signal …, as Democrats lob charges that Ryan stands for “ending Medicare as we know it.”")? Then a verb that reports
    only beside a quotation has none of its own (not "“We will win,” he continued, as the crowd cheered.")."""
    quoted = [t for t in tok.sent if t.idx < len(inside) and inside[t.idx] and not t.is_punct]
    # (however deep the parser hangs it; a subject named, not a pronoun that may be the speaker's own: "He explained
    # he went to Jordan … because he wanted to do something “bigger, better, and more purposeful”")
    # (a relative pronoun stands for a subject of its own: "mock those who interpret Chapter 8 of “Amoris Laetitia” …")
    clauses = [c for c in tok.subtree if c.dep_ in ("advcl", "relcl", "acl") and c.i > tok.i
               and any(g.dep_ in ("nsubj", "nsubjpass") and (g.pos_ in ("NOUN", "PROPN") or (
                   c.dep_ == "relcl" and g.lower_ in ("who", "which", "that"))) for g in c.children)]
    return bool(quoted) and all(any(c.left_edge.i <= t.i <= c.right_edge.i for c in clauses) for t in quoted)


def _describes_a_thing(tok, inside: list[bool]) -> bool:
    """A reporting verb in a relative clause on a thing, with a subject of its own and the thing as the missing subject
    of what it reports ("to show the point of contact that the lying media said didn't occur", "the weapons that
    Russia says were never supplied") or as its object ("an offering that God is asking"): the report is part of the
    writer's noun phrase, not the sentence's speech (unless the reported words are quoted)."""
    if tok.dep_ != "relcl" or tok.head.pos_ != "NOUN" or tok.head.lemma_.lower() in ROLE_NOUNS | PEOPLE_NOUNS | KIN_NOUNS:
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP", "WP$") and c.lower_ != "that" for c in tok.children):
        return False
    gap = [c for c in tok.children if c.dep_ == "ccomp"
           and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in c.children)]
    if (not gap and not any(c.dep_ in ("ccomp", "xcomp") for c in tok.children)
            and any(c.dep_ == "dobj" and (c.tag_ in ("WDT", "WP") or c.lower_ == "that") and c.i < tok.i for c in tok.children)):
        # "… but an offering that God is asking amid the mass of impediments": the thing is what is asked or said, named
        return not any(t.idx < len(inside) and inside[t.idx] for t in tok.subtree)
    return bool(gap) and not any(t.idx < len(inside) and inside[t.idx] for c in gap for t in c.subtree)


def _relative_word(clause) -> bool:
    """A relative clause opened by its own relative word ("which", "who", "that", "in which"), not a clause the parser
    hung as one."""
    wh = ("WDT", "WP", "WP$")
    return any(c.tag_ in wh or (c.dep_ == "prep" and any(g.tag_ in wh for g in c.children)) for c in clause.children)


def _owner_of_thing(subj):
    """'Mr. Trump’s desire for approval': the person's name owning a thing (no person: not "Putin's spokesman", whose
    own "he" it may be), or None."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() in ROLE_NOUNS | PEOPLE_NOUNS | KIN_NOUNS:
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.ent_type_ in ("PERSON", "")), None)


def _concession_of_speaker(verb) -> bool:
    """'While Fox said that he believes …, he is concerned about …': a report fronted by "while" or "although", by a
    subject named or described, whose main clause has "he", "she" or "they" as subject, is that subject's account, the
    main clause included (whether the pronoun can be them is not checked)."""
    root = verb.head
    if verb.dep_ != "advcl" or root.dep_ != "ROOT" or verb.i > root.i or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
        return False  # "Yet, though they claim that Paddock was a lone gunman, they continue to …": whose, it does not say
    if not any(c.dep_ == "mark" and c.lower_ in ("while", "although", "though", "whilst") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she", "they") and c.i > verb.i for c in root.children)


def _fronted_concession(verb) -> bool:
    """'Although the White House has said that …, his lawyer, Rudolph W. Giuliani, responded …': spaCy may make the
    report "although" opens the root and hang the main clause, with a subject named of its own, on the clause reported;
    the report concedes, and the sentence is not the conceded account (with a pronoun there, `_concession_of_speaker`)."""
    if verb.dep_ != "ROOT" or not any(c.dep_ == "mark" and c.lower_ in ("although", "though", "while", "whilst")
                                      for c in verb.children):
        return False
    return any(v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and v.head.i > verb.i and v.head != verb
               and any(g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN") for g in v.children) for v in verb.subtree)


# a person's account on a platform, which posts their words ("Trump’s account tweeted …")
ACCOUNT_NOUNS = {"account", "feed", "handle"}
# spaCy's small English lemmatiser misreads these reporting verbs ("texting" -> "texte"); the hedge cues' own fixes
# (`cues.lemma`: "hoping" -> "hop") apply too
VERB_LEMMA_FIXES = {"texting": "text", "texted": "text", "texts": "text"}


def _verb_lemma(tok) -> str:
    return VERB_LEMMA_FIXES.get(tok.lower_) or cue_lemma(tok)


def _infinitive_predicate(verb) -> bool:
    """'the Church’s role should not be to deny communion …, but instead to ask, “…”', 'the aim is to tell them …': an
    infinitive predicated of a thing by "be" says what the thing is, and the thing says nothing (not "he is to address
    the nation", a person's planned speech)."""
    be = verb.head
    if verb.dep_ not in ("xcomp", "conj") or be.lemma_.lower() != "be" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() not in ROLE_NOUNS | PEOPLE_NOUNS
            and not subj.ent_type_)


def _subject_of_infinitive_before(verb):
    """'Rep. Bobby Scott, D-Va., one of the nine lawmakers to vote against the resolution, said …': the parser hangs the
    subject on the infinitive inside its description; a main verb without a subject takes it back."""
    if verb.dep_ != "ROOT":
        return None
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ == "PROPN" and g.i < c.i), None)
            if subj is not None:
                return subj
    return None


def _name_ending_frame(verb, inside: list[bool]):
    """'“…,” said WHO specialist in infectious diseases Dr. Sylvie Brand.': the person named at the end of a closing
    frame whose subject the parser lost ("WHO" read as a pronoun, the title as a verb); or None."""
    doc, sent = verb.doc, verb.sent
    marks = CLOSE_QUOTES + STRAIGHT
    if verb.dep_ != "ROOT" or verb.i < 2 or not (doc[verb.i - 1].text in marks or (
            doc[verb.i - 1].text == "," and doc[verb.i - 2].text in marks)):
        return None  # (right after the quotation: not "…, pardoned by President Donald Trump, says that …")
    ent = next((e for e in reversed(doc.ents) if e.label_ == "PERSON" and verb.i < e.start and e.end <= sent.end), None)
    if ent is None or ent.end - verb.i > 12 or any(not t.is_punct for t in doc[ent.end : sent.end]) or any(
            t.idx < len(inside) and inside[t.idx] for t in doc[verb.i : ent.end]):
        return None
    return ent.root


def _name_before(verb, inside: list[bool]):
    """'In a statement posted on Telegram, … Minister Viktor Khrenin wrote that …': spaCy hangs the name on the
    fronted phrase and leaves the main verb without a subject. A person's name right before a main reporting verb
    that has a clausal complement is its subject."""
    if verb.dep_ != "ROOT" or verb.i == verb.sent.start or not that_clause(verb):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.ent_type_ != "PERSON" or prev.pos_ != "PROPN" or (prev.idx < len(inside) and inside[prev.idx]):
        return None
    return prev


def _with_age(tok) -> bool:
    """'said Dmitry, 29': a number in apposition is an age, and makes the name a person's whatever spaCy tags it."""
    return any(c.dep_ == "appos" and c.like_num and c.text.isdigit() and 0 < int(c.text) < 120 for c in tok.children)


def _age_epithet(tok) -> bool:
    """'the 70-year-old', 'The 58-year-old': a person named before, described by age alone."""
    return (tok.lower_ == "old" and any(c.lower_ in ("year", "years") for c in tok.children)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


def _roles_of_places(span) -> list[str]:
    """'the President of Columbia', 'the Secretary of the Episcopal Conference': a capitalised role noun after "the",
    with an of-phrase naming a place or a body and no holder's name beside it, as the words name the office."""
    found = []
    for t in span:
        if not (t.is_title and t.lower_ in ROLE_NOUNS and t.dep_ != "compound"
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)):
            continue
        if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in t.children):
            continue  # "the President of Belarus, Aleksandr Lukashenko"
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if obj is None or not obj.is_title or obj.ent_type_ == "PERSON":
            continue
        after = obj.i + 1
        if after < len(obj.doc) and obj.doc[after].ent_type_ == "PERSON":
            continue  # "President of Ukraine Volodymyr Zelensky": a title before a name
        found.append(f"{t.text} of {obj.doc[obj.left_edge.i : obj.i + 1].text}")
    return found


def _goes_on(tok) -> bool:
    """'The man then goes on to explain …', '“…,” the woman continued': a bare "the man" or "the woman" whose verb
    carries on speech already begun is the person who spoke, as "he" or "she" would be (not "the man said", often
    someone the article never names)."""
    if tok.lower_ not in ("man", "woman") or not all(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    verb = tok.head
    return tok.dep_ == "nsubj" and (verb.lemma_ == "continue" or (
        verb.lemma_ == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in verb.children)))


def _titled_name(tok) -> bool:
    """'Pavel Latushko, a former … minister, …': a proper noun spaCy left untagged, with a role in apposition."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lemma_.lower() in ROLE_NOUNS for c in tok.children)


def _other_office(mods: set[str], titles: set[str]) -> bool:
    """Do a description's modifiers name another office than a person's titles ("the deputy foreign minister" is not
    "a former defence minister"; "the deputy minister" not a minister titled without "deputy")?"""
    wanted, held = mods & MINISTRIES, titles & MINISTRIES
    # (nor is "the president" a sitting vice president named before it, nor "the vice president" a president; a
    # former vice president may be president now: "President Joe Biden …, a former vice president, …")
    return (bool(wanted and held and not wanted & held) or ("deputy" in mods and "deputy" not in titles)
            or ("vice" in mods and "vice" not in titles)
            or ("vice" in titles and "vice" not in mods and "former" not in titles))


def _description_mods(tok) -> set[str]:
    """Normalised modifiers of a role noun, demonyms as countries: 'the Ukrainian president' -> {'ukraine'}."""
    mods = {DEMONYMS.get(m, m) for m in (normalise(c.text) for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod"))}
    # "Belarus's deputy foreign minister": a country owning the role
    mods |= {m for m in (normalise(c.text) for c in tok.lefts if c.dep_ == "poss") if m in COUNTRIES}
    # "the President of Russia", "the leader of Belarus": the country of an of-phrase
    return mods | {DEMONYMS.get(m, m) for m in (normalise(g.text) for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"
                                               for g in c.children if g.dep_ == "pobj")
                   if m in COUNTRIES or m in DEMONYMS}


UNREAL_MODALS = {"could", "might", "may", "should", "must", "can", "ca", "would", "'d"}
TOLD_LATER = {"later", "eventually", "often", "always", "repeatedly", "frequently", "sometimes", "then", "once"}


def _org_set_off_after(tok):
    """'a report by a U.S. think tank, the Institute for the Study of War, …': an organisation's name set off by commas
    right after the noun, which the parser hung elsewhere (here as the main verb's subject); its first token, or None."""
    doc = tok.doc
    i = tok.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != ",":
        return None
    ent = next((e for e in doc.ents if e.start in (i + 1, i + 2) and e.label_ == "ORG"), None)
    if ent is None or (ent.start == i + 2 and doc[i + 1].lower_ != "the") or ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    return doc[ent.start] if doc[ent.start].lower_ != "the" else doc[ent.start + 1]


# what one writes or sends without its words being reported ("writes a letter to her father")
WRITTEN_THINGS = {"letter", "note", "book", "memoir", "column", "poem", "song", "novel", "diary", "card", "postcard",
                  "email", "e-mail", "message", "text", "article", "essay", "blog", "post", "script"}


WORKS = WRITTEN_THINGS | {"film", "movie", "documentary", "album", "series", "piece", "paper", "pamphlet", "report", "study",
                          "play", "musical", "opera", "podcast"}


def _quoted_runs(quoted: list, inside: list[bool] | None = None) -> list[list]:
    """Quoted tokens in runs: those with only punctuation (or, given `inside`, quoted tokens) between them are one."""
    runs: list[list] = []
    for t in quoted:
        if runs and all(x.is_punct or (inside is not None and x.idx < len(inside) and inside[x.idx])
                        for x in t.doc[runs[-1][-1].i + 1 : t.i]):
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


# what a writer calls a body that has just spoken, by its name ("the company said", "the group said")
BODY_AGAIN = frozenset({"company", "firm", "group", "organisation", "organization", "charity", "watchdog", "paper",
                        "newspaper", "daily", "broadcaster", "outlet", "website", "site"})
# what a group of people or a business is called ("a gay men and lesbian group, which said …")
GROUPS_OF_PEOPLE = frozenset({"group", "union", "organisation", "organization", "alliance", "network", "company", "firm",
                              "charity", "movement", "club", "society", "body"})
# the words a title leaves in lower case ("Quit Digging Your Grave with a Knife and Fork")
TITLE_SMALL_WORDS = frozenset("a an the of and or nor but in on to for at by with from as vs".split())


def _unquote_handle(span, inside: list[bool], verbs) -> None:
    """'The video, which was posted on YouTube by "DCCameraGuy," does not reveal …': when the sentence's only quotation
    is the agent of a reporting verb, it is a name (a user's handle) and no words anybody said: its marks stop counting
    (`inside` is changed in place)."""
    quoted = [t for t in span if t.idx < len(inside) and inside[t.idx] and not t.is_punct and not t.is_space]
    if not quoted or len(quoted) > 3 or not all(t.pos_ == "PROPN" or (len(quoted) == 1 and not t.is_lower) for t in quoted):
        return  # (a name: not 'dismissed by "everyone who matters,"')
    agent = next((t for t in span if t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.head.lemma_.lower() in verbs
                  and {q.i for q in quoted} <= {g.i for g in t.subtree}), None)
    if agent is None:
        return
    start, end = quoted[0].idx, quoted[-1].idx + len(quoted[-1])
    while start > 0 and inside[start - 1]:
        start -= 1
    while end < len(inside) and inside[end]:
        end += 1
    inside[start:end] = [False] * (end - start)


def _quoted_names_only(span, inside: list[bool]) -> bool:
    """Are all the sentence's quotations names or titles: runs of at most ten words in title case (short lower-case
    function words aside), none ending a sentence inside its marks, none after a colon (which introduces words: "Burke
    to Matt: "Amoris Not An Exercise of Magisterium""), and the sentence not all quotation (a whole line in marks)?"""
    doc = span.doc
    quoted = [t for t in span if t.idx < len(inside) and inside[t.idx] and not t.is_punct and not t.is_space]
    runs = _quoted_runs(quoted, inside)
    if not runs or len(quoted) >= len([t for t in span if not t.is_punct and not t.is_space]):
        return False
    first = next((t.i for t in span if t.is_alpha), span.start)
    for run in runs:
        words = [t for t in run if t.is_alpha]
        if not words or len(words) > 10 or any(not (t.text[:1].isupper() or t.lower_ in TITLE_SMALL_WORDS) for t in words):
            return False
        if not words[0].text[:1].isupper():
            return False
        j = run[-1].i + 1
        while j < span.end and doc[j].is_punct and doc[j].text not in CLOSE_QUOTES + STRAIGHT:
            if doc[j].text in (".", "!", "?", "…"):
                return False  # ('“Wait.” …': a sentence in its marks)
            j += 1
        k = run[0].i - 1
        while k >= span.start and doc[k].text in OPEN_QUOTES + STRAIGHT:
            k -= 1
        if k >= span.start and doc[k].text == ":":
            return False
    # (one capitalised word opening the sentence shows no title case: '“Never,” and then he left.')
    return any(t.i > first and t.is_alpha for run in runs for t in run)


def _apposed_titles(quoted: list) -> bool:
    """'the AJHS will feature “Rubble Rubble”, a play by Dan Fishback': quoted words in title case, each run of them
    followed, past its closing mark and a comma, by a work it is the title of ("a play", "his new book"), are titles,
    nobody's words."""
    runs = _quoted_runs(quoted)
    for run in runs:
        if not all(t.text[:1].isupper() or len(t) <= 3 for t in run):
            return False
        j, doc = run[-1].i + 1, run[-1].doc
        while j < len(doc) and doc[j].is_punct and doc[j].text != ".":
            j += 1
        if not any(x.text == "," for x in doc[run[-1].i + 1 : j]):
            return False  # (a comma sets the description off)
        while j < len(doc) and (doc[j].pos_ in ("DET", "ADJ", "NUM") or doc[j].tag_ == "PRP$"):
            j += 1
        if not (j < len(doc) and doc[j].pos_ == "NOUN" and doc[j].lemma_.lower() in WORKS):
            return False
    return bool(runs)


def _ends_a_body_name(tok) -> bool:
    """'US Customs and Border Patrol San Diego': a name spaCy tags a person that ends a run of capitalised words naming a
    body, right after one of them with no punctuation between, and opens with no first name."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.start == 0 or _first_name(ent[0].text):
        return False
    before = tok.doc[ent.start - 1]
    # (a word for a body: not a rank or a role, "Major General Ataollah Salehi", "FBI Head J. Edgar Hoover")
    return (before.pos_ == "PROPN" and before.is_title and before.ent_type_ != "PERSON" and before.whitespace_ != ""
            and before.lower_ in BODY_WORDS | INSTITUTIONS | FIRM_WORDS | {"patrol", "guard", "protection"}
            and before.dep_ == "compound" and ent.start <= before.head.i < ent.end)


# where a person appears or is heard: a quoted title after these names a programme, a paper or a site
VENUE_VERBS = {"appear", "speak", "talk", "sit", "go", "come", "guest", "feature", "air", "broadcast", "interview", "write",
               "publish", "post", "star", "host"}


def _quoted_venue(quoted: list) -> bool:
    """'Palermo … appeared on “The Blast” with a series of shocking comments': quoted words in title case, each run of
    them the object of "on" or "in" after a verb of appearing or publishing, name a programme or a publication, nobody's
    words."""
    runs = _quoted_runs(quoted)
    for run in runs:
        if not 0 < len(run) <= 6 or not run[0].text[:1].isupper() or not all(
                t.text[:1].isupper() or t.lower_ in ("the", "of", "and", "&", "a", "an", "in", "on", "with", "for", "to")
                or not t.is_alpha for t in run):
            return False
        ids = {t.i for t in run}
        roots = [t for t in run if t.head.i not in ids or t.head == t]
        if len(roots) != 1 or roots[0].dep_ != "pobj" or roots[0].head.lower_ not in ("on", "in"):
            return False
        if roots[0].head.head.lemma_.lower() not in VENUE_VERBS:
            return False
    return bool(runs)


# verbs whose object, a phrase or a word, is what their subject says ("used the phrase “witch hunt”")
USING_WORDS_VERBS = {"use", "coin", "utter", "repeat", "invoke", "employ", "adopt", "borrow", "choose", "prefer", "drop"}


def _named_phrase(quoted: list) -> bool:
    """'… the deletion of the legally significant phrase “gross negligence” from Comey’s statement': each run of quoted
    words comes right after "the (…) phrase", "a term", "the word" and the like, which the writer names the words by:
    mentioned, nobody's quotation (not a phrase somebody "used" or "coined", nor "his phrase")."""
    runs = _quoted_runs(quoted)
    for run in runs:
        doc = run[0].doc
        k = run[0].i - 1
        while k >= 0 and doc[k].is_punct and doc[k].text in OPEN_QUOTES + STRAIGHT:
            k -= 1
        noun = doc[k] if 0 <= k < run[0].i - 1 else None
        if (noun is None or noun.pos_ != "NOUN" or noun.lemma_.lower() not in NAMING_NOUNS | NAMING_WORDS
                or not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for c in noun.children)):
            return False
        for np in (noun, run[-1]):  # (the parser may hang "the phrase" on the quoted noun: "the phrase “witch hunt”")
            while np.dep_ in ("nmod", "compound", "appos", "amod") and np.head != np:
                np = np.head
            if np.dep_ in ("dobj", "nsubjpass") and np.head.lemma_.lower() in USING_WORDS_VERBS:
                return False
    return bool(runs)


def _quoted_name_modifiers(quoted: list) -> bool:
    """'instructions for 3D printing his "Liberator" plastic gun': quoted words in title case, each run of them a
    modifier of a noun right after its closing mark (past adjectives and nouns only), name the thing, nobody's words."""
    runs = _quoted_runs(quoted)
    for run in runs:
        last, doc = run[-1], run[-1].doc
        if not all(t.text[:1].isupper() for t in run) or last.dep_ not in ("compound", "nmod", "amod"):
            return False
        if last.head.i <= last.i or last.head.pos_ not in ("NOUN", "PROPN"):
            return False
        if not all(x.is_punct or x.pos_ in ("ADJ", "NOUN", "PROPN") for x in doc[last.i + 1 : last.head.i]):
            return False
    return bool(runs)


def _quotes_only_titles_of_works(verb, inside: list[bool]) -> bool:
    """'Glazov was suspended after posting his article, ‘9 Steps to Successfully Counter Jihad.’': a verb with no clause
    of its own whose quoted words are all titles of works (`_titles_of_works`), no words of its subject's."""
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return False
    return _titles_of_works(list(verb.subtree), verb, inside)


TITLE_PATH = {"appos", "compound", "pobj", "prep", "conj", "cc", "nmod", "amod", "det", "nummod", "npadvmod", "punct",
              "poss", "case"}  # the links from a title's words up to the work it names


def _titles_of_works(tokens, top, inside: list[bool]) -> bool:
    """Whether the quoted words among `tokens` are all titles: each hangs, below `top`, from a work its sentence names
    outside the marks, through phrases only once outside them (a book, an article, a film …: "his article, ‘9 Steps
    …’"; not what a work reads, the verb's object), and all are in title case; False when there are none. (spaCy's
    WORK_OF_ART is no help: it tags “Allahu Akbar” and a headline's quotation so.)"""
    quoted = [t for t in tokens if t.idx < len(inside) and inside[t.idx] and not t.is_punct]
    if not quoted:
        return False
    # (beside a title, a word or two in quotation marks are the writer's scare quotes: "An article, “What the Red Pill
    # Means for Radicals,” published … in … Fair Observer might have passed unnoticed as yet another … attack on all who
    # ever get labeled “extremists.”")
    runs = _quoted_runs(quoted, inside)
    if len(runs) > 1 and any(len(r) > 2 for r in runs):
        quoted = [t for r in runs if len(r) > 2 or not all(x.is_lower or not x.is_alpha for x in r) for t in r]
    for t in quoted:
        a = t
        while a.i != top.i and not (a.lemma_.lower() in WORKS and a.pos_ == "NOUN" and not (a.idx < len(inside) and inside[a.idx])):
            within = a.idx < len(inside) and inside[a.idx] and a.head.idx < len(inside) and inside[a.head.idx]
            if a.head.i == a.i or not (within or a.dep_ in TITLE_PATH):
                return False  # (the quotation an object of the verb's own: "The social media posts read, “Meet …”")
            a = a.head
        if a.i == top.i or a.lemma_.lower() not in WORKS:
            return False
    # (in title case, as titles are: "Trump called the book “a disgrace”" quotes a judgement, and spaCy tags quoted
    # speech a work of art too)
    return all(t.text[:1].isupper() or not t.is_alpha or len(t) <= 3 for t in quoted)


def _writes_a_letter(verb, has_quote: bool) -> bool:
    """'Every Sunday, Hanna Losik writes a letter to her father.': writing or sending a written thing, with no clause,
    participle or quotation saying what it says, reports no words ("wrote a letter urging …", "wrote in a letter that
    …" and "wrote a letter: “…”" do)."""
    if verb.lemma_.lower() not in ("write", "send", "pen") or has_quote or issues_statement(verb):
        return False  # (not before the colon that introduces its words: `issues_statement`)
    kids = list(verb.children)
    if any(c.dep_ in ("ccomp", "xcomp", "advcl", "parataxis") for c in kids):
        return False
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    # ("Whether Benedict actually wrote this letter …": a known document, whose author the verb names, stays a cue)
    return obj is not None and obj.lemma_.lower() in WRITTEN_THINGS and not any(
        c.dep_ in ("acl", "relcl", "poss") or (c.dep_ == "det" and c.lower_ not in ("a", "an")) for c in obj.children)


def _unreal(verb) -> bool:
    """A verb under a modal of possibility tells of speech that may happen, not of words said ("Only a fool would
    believe", "critics could argue"); "would later say" and "would often say" tell of speech in the past ("would not
    say whether" of a silence: `_withheld`), and "will promise" previews a speech's words, but "will never admit
    it" and "won't admit that …" foretell a refusal: the writer's prediction, nobody's words."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in UNREAL_MODALS for c in verb.children)
    told = any((c.dep_ == "advmod" and c.lower_ in TOLD_LATER) or c.dep_ == "neg" for c in verb.children)
    # ("… people at the AMA probably couldn't tell you any of these devices …", "Hernandez couldn’t believe what he
    # witnessed …": what someone cannot say or think, with no clause saying what, is no report; "Mr. Horowitz could
    # not rule out that …" reports his finding)
    told = told and not (any(c.dep_ == "neg" for c in verb.children)
                         and any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in verb.children)
                         and not any(c.dep_ == "advmod" and c.lower_ in TOLD_LATER for c in verb.children)
                         and not any(c.dep_ in ("ccomp", "xcomp") and c.doc[c.left_edge.i].lower_ not in WH_WORDS
                                     for c in verb.children))
    # "As the new dispensation’s foremost theologian, St. Paul would declare, the old penalty remained …": a named
    # speaker's "would" in a frame before the clause it reports tells of words said later, in the past
    told = told or (verb.dep_ in ("advcl", "parataxis") and verb.head.i > verb.i and verb.i + 1 < len(verb.doc)
                    and verb.doc[verb.i + 1].text == "," and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
                    and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in verb.children)
                    and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children))
    refusal = (any(c.dep_ == "aux" and c.lower_ in ("will", "wo", "'ll", "shall") for c in verb.children)
               and any(c.dep_ == "neg" for c in verb.children))
    # "would issue a subpoena for Strzok to testify “next week.”": an infinitive with a subject of its own, what
    # somebody wants or plans to happen
    planned = (any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)
               and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    # "It was as though someone had plausibly told me that …": a likeness, not a report
    likened = any(c.dep_ == "mark" and c.lower_ in ("though", "if") and c.i > 0 and c.doc[c.i - 1].lower_ == "as"
                  for c in verb.children)
    # "They cannot deny it and they must be interrogated …": what nobody can deny, the writer's claim, not a denial
    undeniable = (verb.lemma_.lower() in ("deny", "dispute", "refute", "contest") and any(c.dep_ == "neg" for c in verb.children)
                  and any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "could") for c in verb.children))
    # "Even the innocent had rather work out a plea arrangement and admit to something that they did not do …": what
    # someone would rather do, a preference, not a report
    head = verb.head if verb.dep_ == "conj" else verb
    preferred = (any(c.dep_ == "advmod" and c.lower_ in ("rather", "sooner") for c in head.children)
                 and any(c.dep_ == "aux" and c.lower_ in ("had", "would", "'d") for c in head.children))
    return (modal and not told) or refusal or planned or likened or undeniable or preferred or _conditional(verb)


# people an argument anticipates ("Critics will say that …", "Some will argue that …")
GENERIC_VOICES = VOICE_NOUNS | (QUANTIFIERS - {"they", "both", "all"}) | {"skeptic", "sceptic", "opponent", "detractor",
                                                                           "cynic", "naysayer", "defender", "apologist"}


def _anticipated(verb) -> bool:
    """'Critics will say that sanctions have failed.', 'Some will argue that …': a report in the future by a generic
    group (a plural or a quantifier with no determiner) is an objection the writer anticipates, nobody's words; a named
    or definite speaker's "will promise" previews a speech ("The president will tell the summit that …")."""
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.pos_ in ("NOUN", "PRON", "ADJ") and subj.lemma_.lower() in GENERIC_VOICES
            and not any(c.dep_ in ("det", "poss") for c in subj.children))


def _quotation_right_after(verb, inside: list[bool]) -> bool:
    """'says, “He was …': quoted words right after the verb, past punctuation only."""
    doc, j = verb.doc, verb.i + 1
    while j < len(doc) and doc[j].is_punct and not (doc[j].idx < len(inside) and inside[doc[j].idx]):
        j += 1
    return j < len(doc) and j > verb.i + 1 and doc[j].idx < len(inside) and inside[doc[j].idx]


def _seeming_speech(verb) -> bool:
    """'it sounds like he is saying, “…”', 'It is as if he were saying, “…”': a speech verb in a clause of "like", "as
    if" or "as though" on "it sounds", "it seems", "it looks", "it feels" or "it is" tells how the writer takes
    something, not words anyone said."""
    head = verb.head
    return (verb.dep_ == "advcl" and head.lemma_.lower() in ("sound", "seem", "look", "feel", "be")
            and any(c.dep_ == "mark" and c.lower_ in ("like", "if", "though") for c in verb.children)
            and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in head.children))


def _conditional(verb) -> bool:
    """'Trump said it would be “wonderful” if Ford testifies': a verb in a condition tells of speech that may happen
    (not "asked if …", whose if-clause is the question)."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


# the writer's own verbs of supposition and feeling: what they frame is the writer's, not a report
SUPPOSING_VERBS = {"worry", "fear", "think", "believe", "suspect", "hope", "doubt", "wonder", "imagine", "expect",
                   "assume", "guess", "feel", "suppose"}


def _supposed_by_writer(verb, inside: list[bool]) -> bool:
    """'But I worry that the West now thinks the problem is solved', 'I suspect Moscow will say the opposite': a
    reporting verb in the clause of the writer's own supposition tells what the writer supposes, not words anyone
    said ("We know that the minister said …" still reports: knowing is no supposition)."""
    tok = verb
    while tok.head.i != tok.i and (tok.dep_ in ("ccomp", "xcomp", "conj") or (
            # (… or a that-clause on a noun the supposed clause predicates: "I believe that Archbishop Viganò’s
            # testimony is a sign that Heaven itself is now responding to the “need for justice”")
            tok.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
            and tok.head.dep_ == "attr" and tok.head.head.i != tok.head.i)):
        tok = tok.head.head if tok.dep_ == "acl" else tok.head
        if cue_lemma(tok) in SUPPOSING_VERBS and any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") and not (c.idx < len(inside) and inside[c.idx])
                for c in tok.children):
            return True
    return False


def makes_clear(verb) -> bool:
    """'She made (it) clear that …': a reporting phrase, though "make" is no speech verb ("made it loud and clear that
    …", where the parser hangs "clear" on "loud", too)."""
    return verb.lemma_.lower() == "make" and (any(c.lower_ == "clear" for c in verb.children) or any(
        t.lower_ == "clear" and t.head.head == verb and t.head.lower_ in ("loud", "crystal", "abundantly", "very", "perfectly")
        for t in verb.doc[verb.i + 1 : verb.i + 6]))


def expresses_that(verb) -> bool:
    """'Mr. Fox expressed disbelief that Mr. Peña Nieto would invite Mr. Trump', 'She voiced concern that the bill would
    fail': a feeling or view expressed, with a that-clause on its noun, reports what the clause says, as "said that"
    does (not "expressed the views that his party held", whose "that" is a relative pronoun, a passive, nor "he
    expressed no concern that …", the writer's remark on what he did not say)."""
    return (verb.lemma_.lower() in ("express", "voice") and verb.pos_ == "VERB"
            and not any(c.dep_ in ("auxpass", "neg") for c in verb.children)
            and any(c.dep_ == "dobj" and c.pos_ == "NOUN" and not any(d.lower_ == "no" for d in c.children) and any(
                g.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children) for g in c.children)
                for c in verb.children))


def defines_as_follows(verb) -> bool:
    """'The Catholic Encyclopedia defines a papal rescript as follows: "…"': a definition its colon introduces, the
    definer's words ("how the official defined “targeting”" and "defined by the majority party" quote nobody)."""
    return verb.lemma_.lower() == "define" and any(
        t.lower_ == "follows" and t.i + 1 < len(t.doc) and t.nbor().text == ":" for t in verb.subtree)


def points_out(verb) -> bool:
    """'Ramos pointed out that …', 'as Mr. Smythe pointed out, “…”': a reporting phrase, though "point" alone ("pointed
    to the map") is no speech verb."""
    return verb.lemma_.lower() == "point" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _shows_itself(verb) -> bool:
    """'… reveals itself to be rank historicism', 'shows itself as …': a verb of showing whose object is its own
    subject, then what that is: what the subject turns out to be, no report (not "declared himself the winner")."""
    if verb.lemma_.lower() not in ("reveal", "show", "prove", "expose", "demonstrate", "betray"):
        return False
    own = ("itself", "himself", "herself", "themselves")
    return any(c.dep_ == "dobj" and c.lower_ in own for c in verb.children) or any(
        c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "nsubj" and g.lower_ in own for g in c.children) for c in verb.children)


def _person_whose_role_names(tok):
    """'Peter Daou' for "John Kerry" in "Peter Daou, a Democratic strategist and former advisor to Hillary Clinton and
    John Kerry": the person named before a description set off beside the name, whose role ("advisor to", "aide for",
    "spokesman of") names this one; else None."""
    tok = _conj_root(tok)
    if not (tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in ("to", "for", "of", "at")):
        return None
    role = tok.head.head
    while role.dep_ == "conj" and role.head.i != role.i and role.head.pos_ == "NOUN":
        role = role.head
    if role.pos_ == "NOUN" and role.dep_ == "appos" and role.head.ent_type_ == "PERSON" and role.head.i < role.i:
        return role.head
    return None


# a chapter and verse cited right after a quotation's closing mark: "… both will fall into a pit.” (Matthew 15:14)"
_BOOK = r"(?P<book>(?:[1-3] )?[A-Z][a-z]+)"  # a book of the Bible by name or abbreviation ("1 Peter", "Lk")
_VERSE = r"\d{1,3}:\d{1,3}(?:[-–]\d{1,3})?"  # chapter and verse ("4:2-20")
SCRIPTURE_CITE = re.compile(rf"[”\"]\s*\({_BOOK}\.? {_VERSE}\)\.?\s*$")
# "Acts 4:2-20" after a quotation's closing mark on its line, which the sentence splitter cut off as a sentence of its own
BARE_SCRIPTURE_CITE = re.compile(rf"\s*{_BOOK}\.? {_VERSE}\.?\s*$")
# "… from the housetops” (Lk." ¶ "12:3).": a citation the sentence splitter cut after the book's abbreviation
CUT_SCRIPTURE_CITE = re.compile(rf"[”\"]\s*\({_BOOK}\.\s*$")
CUT_SCRIPTURE_VERSE = re.compile(rf"\s*{_VERSE}\)\.?\s*")
# the books of the Bible by their usual abbreviations ("Lk. 12:3"): the book's name as a source
BIBLE_ABBREVIATIONS = {"Mt": "Matthew", "Matt": "Matthew", "Mk": "Mark", "Lk": "Luke", "Jn": "John", "Rom": "Romans",
                       "Gen": "Genesis", "Ex": "Exodus", "Exod": "Exodus", "Lev": "Leviticus", "Deut": "Deuteronomy",
                       "Ps": "Psalms", "Prov": "Proverbs", "Isa": "Isaiah", "Jer": "Jeremiah", "Ezek": "Ezekiel",
                       "Gal": "Galatians", "Eph": "Ephesians", "Phil": "Philippians", "Col": "Colossians",
                       "Heb": "Hebrews", "Rev": "Revelation"}
# the readings that give a quotation a speaker by no cue of its own
NO_CUE_NOTES = ("quote without cue", "quote with no resolvable speaker", "quotation over lines without marks",
                "quotation closed lines later by its speaker's frame")


def _give_scripture(sentences: list[Sentence]) -> None:
    """'“Leave them; they are blind guides.' ¶ 'And if a blind man leads a blind man, both will fall into a pit.”
    (Matthew 15:14)': a quotation no cue framed, whose chapter and verse the writer cites after its closing mark, is the
    book's, not the last person quoted (back to its opening line, over lines that took the same speaker no cue gave, or
    over every line when nothing closes it before and no cue framed its opening line: "… heard.” Acts 4:2-20")."""
    for k, s in enumerate(sentences):
        cite = SCRIPTURE_CITE.search(s.text)
        if (cite is None and k + 1 < len(sentences) and (after := sentences[k + 1]).paragraph == s.paragraph
                and s.text.rstrip()[-1:] in ("”", '"')):
            # ("… the things which we have seen and heard.” Acts 4:2-20": the citation cut off as a sentence)
            cite = BARE_SCRIPTURE_CITE.fullmatch(after.text)
        if (cite is None and k + 1 < len(sentences) and sentences[k + 1].paragraph - s.paragraph in (0, 1)
                and CUT_SCRIPTURE_VERSE.fullmatch(sentences[k + 1].text)):
            # ("… from the housetops” (Lk." ¶ "12:3).": cut by the sentence splitter or, on its own line, by the scraper)
            cite = CUT_SCRIPTURE_CITE.search(s.text)
        if cite is None or not s.quoted or not s.attribution_note.startswith(NO_CUE_NOTES):
            continue
        who, book = s.source, cite.group("book")
        book = BIBLE_ABBREVIATIONS.get(book, book)
        # the quotation's lines back to its opening mark, when none of them closes it before and no cue framed its
        # opening line: the book's whole, whatever its own lines report ("… they asked, By what power …?", "Then Peter
        # … said unto them, …" inside Acts 4)
        j = k
        while j > 0 and k - j < 60 and sentences[j].text.lstrip()[:1] not in OPEN_QUOTES + STRAIGHT:
            j -= 1
        whole = sentences[j : k + 1]
        if (sentences[j].text.lstrip()[:1] in OPEN_QUOTES + STRAIGHT and sentences[j].quoted
                and sentences[j].attribution_note.startswith(NO_CUE_NOTES)
                and not any(ch in CLOSE_QUOTES or ch == '"' for t in whole[:-1] for ch in t.text)
                and all(t.kind == "body" for t in whole)):
            lines = whole
        else:
            lines = []
            for t in reversed(sentences[: k + 1]):
                if t.source != who or not t.quoted or not t.attribution_note.startswith(NO_CUE_NOTES):
                    break
                lines.append(t)
                if t.text.lstrip()[:1] in OPEN_QUOTES + STRAIGHT:
                    break
        for t in lines:
            t.source, t.attribution = book, "direct"
            t.attribution_note = "quotation whose chapter and verse the writer cites after it"


def _saying_of_nobody(span, inside: list[bool], verbs) -> bool:
    """'It has been said: “You shall know the truth …”', 'As is often said, “…”': a reporting verb in the passive before
    the quotation, its subject "it" or none, with no agent: words given as a saying, nobody's in particular."""
    first = next((t.i for t in span if t.idx < len(inside) and inside[t.idx]), None)
    if first is None:
        return False
    for tok in span:
        if tok.i >= first or tok.tag_ != "VBN" or _verb_lemma(tok) not in verbs:
            continue
        if not any(c.dep_ == "auxpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ in ("nsubjpass", "nsubj")), None)
        if subj is None or subj.lower_ == "it":
            return True
    return False


# words for an outlet, which a name set beside them names ("conspiracy site Intellihub")
MEDIA_NOUNS = {"site", "website", "outlet", "blog", "publication", "newspaper", "magazine", "network", "tabloid", "channel"}


# words for a time, which the parser may take for a subject but which never speak
TIME_WORDS = {"month", "months", "year", "years", "week", "weeks", "day", "days", "night", "morning", "evening",
              "afternoon", "weekend", "decade", "decades", "hour", "hours"}


# common nouns a phrase "X of Y" opens that spaCy may tag a person ("the Word of God", "the Mother of God")
COMMON_OF_NOUNS = {"word", "son", "mother", "father", "lamb", "people", "house", "city", "kingdom", "spirit", "voice"}


def _conj_root(verb):
    """The first verb of the coordination a verb is in ("read" for "write" in "could read books … and write a paper")."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _done_in_a_kind(verb) -> bool:
    """'… the concept of the “high trust society,” one in which citizens believe what they are told': what people in
    general do in a kind of thing an "in which" clause defines (a bare plural subject, the present tense), no report
    (not "a meeting in which he said …", nor "…, where friends described him as …")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (verb.dep_ == "relcl" and verb.tag_ == "VBP" and subj is not None and subj.tag_ == "NNS"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in subj.children)
            and any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "which" for g in c.children)
                    for c in verb.children))


def lays_down(verb) -> bool:
    """'Deuteronomy laid down, “They shall render to him …”', 'The treaty lays down that …': a rule stated, the words its
    quotation or clause gives; not "The soldiers laid down their arms" (an object of its own)."""
    return (verb.lemma_.lower() == "lay" and verb.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
            and not any(c.dep_ == "dobj" for c in verb.children))


def rules_out(verb) -> bool:
    """'He did not rule out provocations', 'Peskov ruled out talks': a statement that something will or will not be,
    though "rule" alone ("ruled the country") is no speech verb, nor "The injury ruled him out" (a person ruled out)."""
    return (verb.lemma_.lower() == "rule" and verb.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
            and not any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in verb.children))


def puts_it(verb) -> bool:
    """'Alexei Dzermant put it well: …', 'As one diplomat put it, …': a reporting phrase, though "put" is no speech
    verb (not "put it on the table"); told to someone, "put it to me" / "to the author", it still reports."""
    if verb.lemma_.lower() != "put" or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and not (c.lower_ == "to" and any(  # "put it to me": the one told, not "on the table"
            g.dep_ == "pobj" and (g.pos_ == "PRON" or g.lemma_.lower() in ROLE_NOUNS | VOICE_NOUNS | {"reporter", "journalist", "author", "writer"})
            for g in c.children)) and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
           for c in verb.children):  # ("put it on Monday": when, not where)
        return False
    after = verb.doc[verb.right_edge.i + 1] if verb.right_edge.i + 1 < len(verb.doc) else None
    # "“…” — that was how President Gitanas Nausėda put it": the words quoted before
    how = any(c.dep_ == "advmod" and c.lower_ == "how" for c in verb.children)
    return (after is not None and after.text == ":") or any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) or how


# what an estimate puts at a figure ("Viasna puts the number at 1,150", "The UN put the death toll at 300")
FIGURE_NOUNS = {"number", "figure", "toll", "cost", "total", "count", "damage", "loss", "casualty", "tally"}  # lemmas


def puts_a_figure(verb) -> bool:
    """'The rights group Viasna puts the number at 1,150': an estimate reported, though "put" is no speech verb (not
    "put the number on the agenda")."""
    return (verb.lemma_.lower() == "put"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS for c in verb.children)
            and any(c.dep_ == "prep" and c.lower_ == "at" and any(g.dep_ == "pobj" and (g.like_num or any(
                n.like_num for n in g.subtree)) for g in c.children) for c in verb.children))


def _calls_it(verb, inside: list[bool]) -> bool:
    """'Kyiv dismissed the claims as “a lie”': active, with quoted words after the verb in its own phrase; passive
    only with its agent and the quoted words in the "as" phrase ('The claim was dismissed by Lithuanian officials as
    “absurd propaganda”': the officials'; not 'The ad was denounced as “wrong”', nobody named)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return any(c.dep_ == "agent" for c in verb.children) and _as_quoted(verb, inside)
    return any(t.i > verb.i and t.idx < len(inside) and inside[t.idx] for t in verb.subtree)


def _characterises(verb) -> bool:
    """'Zelenskiy hailed the decision as historic', 'Minsk condemned the sanctions as illegal': an active verb with an
    object and an "as" phrase of an adjective or a noun characterises, as "called the decision historic" does; not
    "praised the soldiers as they marched past" (a clause), "hailed the agreement", nor a passive ("Sister writes that
    this was rejected “years ago” by Carmelite monasteries as undue interference" stays the writer's report)."""
    if any(c.dep_ == "auxpass" for c in verb.children) or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ in ("pobj", "amod", "acomp") and g.pos_ in ("NOUN", "PROPN", "ADJ")
                                                            for g in c.children)
               for c in verb.children)


def _as_quoted(verb, inside: list[bool]) -> bool:
    """Quoted words in the verb's "as" phrase ("… as “a reliable partner”"), or its object's, where the parser hangs it
    ("the FWS defended its decision as “part of a robust United States strategy”")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(t.idx < len(inside) and inside[t.idx] for t in c.subtree)
               for h in heads for c in h.children)


def accuses_of(verb) -> bool:
    """'Ion Chicu accused Sandu of exaggerating the threat': an accusation reports what its speaker claims, with or
    without a quotation."""
    return verb.lemma_.lower() == "accuse" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ in ("pobj", "pcomp") for g in c.children) for c in verb.children)


def blames(verb) -> bool:
    """'Minsk blamed the queues on Polish customs officers', 'The opposition blames Lukashenko for the crisis': laying
    blame reports what its subject claims, as an accusation does (not "blamed by critics" nor "is to blame")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # (the parser may hang "on …" on the object: "blamed [the queues on Polish officers]")
    return (verb.lemma_.lower() == "blame" and verb.pos_ == "VERB" and bool(objects)
            and any(c.dep_ == "prep" and c.lower_ in ("on", "for") and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                    for c in [*verb.children, *objects[0].children]))


# what one rejects or dismisses by saying so ("Polish officials rejected the accusation")
DENIED_NOUNS = {"accusation", "allegation", "claim", "report", "suggestion", "assertion", "criticism", "notion",
                "idea", "characterization", "characterisation", "speculation", "rumour", "rumor", "complaint"}


def rejects_claim(verb) -> bool:
    """'Polish officials rejected the accusation', 'The Kremlin dismissed the reports': a denial reports what its
    subject said, as "denied" does (not "rejected the offer", "dismissed the minister", "dismissed the charge" of a
    court, nor "was rejected by")."""
    return (verb.lemma_.lower() in ("reject", "dismiss", "refute", "rebut") and verb.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in DENIED_NOUNS for c in verb.children)
            or _rejects_what_it_called(verb))


def _rejects_what_it_called(verb) -> bool:
    """'The representative rejected what he called baseless accusations', 'Minsk dismissed what it described as
    Western lies': the subject's own words for what it denied, in a free relative ("what" the object of a calling
    verb), report a denial as "rejected the accusations" does."""
    return verb.lemma_.lower() in ("reject", "dismiss", "refute", "rebut", "deny") and verb.pos_ == "VERB" and any(
        c.dep_ in ("ccomp", "dobj") and c.lemma_.lower() in ("call", "describe", "term", "label", "brand", "dub")
        and any(g.dep_ == "dobj" and g.lower_ == "what" for g in c.children) for c in verb.children)


def _has_who_clause(tok) -> bool:
    """'The man who …', 'Felipe Calderon, who was president …': a relative "who" clause on the noun (a person's)."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in tok.children)


def _who_clause(tok) -> bool:
    """'Felipe Calderon, who was president of Mexico, …': a name with a "who" clause is a person's, whatever spaCy
    tags it (a full name: "one Democrat who opposed her" stays a description)."""
    return (tok.ent_iob_ == "I" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)) and _has_who_clause(tok)


NAMING_CALLS = {"call", "brand", "label", "dub"}
SUMMONED = {"taxi", "cab", "ambulance", "doctor", "car"}  # what one calls someone that is no name ("called her a cab")


def calls_someone(verb) -> bool:
    """'Lukashenka has called her a puppet of the West': calling someone something reports the caller's words, with
    or without quotation marks (an object and a predicate noun); "called her on Monday" does not."""
    if verb.lemma_.lower() not in NAMING_CALLS:
        return False
    if any(c.dep_ == "dative" for c in verb.children) and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() not in SUMMONED for c in verb.children):
        return True  # "have branded her an extremist": the parser may read the two as indirect and direct object
    predicate = next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ in ("NOUN", "PROPN", "ADJ")
                      and c.lemma_.lower() not in SUMMONED), None)
    if predicate is not None and not any(c.dep_ == "dobj" for c in verb.children):
        # "called the announcement propaganda": the parser may make the object a compound of the predicate noun, with
        # the object's article before it
        return any(c.dep_ == "compound" and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.i < c.i for d in predicate.children)
                   for c in predicate.children)
    return predicate is not None


def demands(verb) -> bool:
    """'Zelensky has called on Western allies to speed up deliveries', 'The opposition leader called for new
    elections', 'The prosecutor asked for ten years': a call on someone or for something, or a request for something,
    by a speaker (a name, a pronoun, a person's role, a body) reports a demand; 'The plan calls for cuts', 'The
    situation calls for calm', 'The job asks for patience' report nothing."""
    lemma = verb.lemma_.lower()
    if lemma not in ("call", "ask"):
        return False
    preps = ("for",) if lemma == "ask" else ("on", "upon", "for")
    asks = any(c.dep_ == "prep" and c.lower_ in preps and any(g.dep_ == "pobj" for g in c.children) for c in verb.children)
    if lemma == "call":
        # "has called on Belarusians to cross out …": the parser may make "on" a particle and the addressee an object
        particle = any(c.dep_ == "prt" and c.lower_ in ("on", "upon") and c.i == verb.i + 1 for c in verb.children)
        if not particle and any(c.dep_ == "dobj" and c.ent_type_ not in ("DATE", "TIME") for c in verb.children):
            return False  # "Lukashenko called her on Monday" is a phone call
        asks = asks or (particle and any(c.dep_ == "dobj" for c in verb.children))
    if not asks:  # (an object of "ask" is whom it asks: "asked the court for leniency")
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) or misparsed_subject(verb)
    return subj is not None and (
        subj.pos_ == "PROPN" or subj.lower_ in PRONOUNS or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or subj.lemma_.lower() in ROLE_NOUNS | VOICE_NOUNS | INSTITUTIONS | GROUP_WORDS | SPEAKING_DOCUMENTS
        | {"opposition", "group", "party"})


# documents whose call is their issuer's demand ("The statement called for his release"; "The plan calls for cuts",
# "The bill calls for …" describe what they contain)
SPEAKING_DOCUMENTS = {"statement", "letter", "communique", "communiqué", "readout", "message", "post", "tweet"}


def _result_clause(clause) -> bool:
    """'… so often and so heartily that he seemed …', '… such a fuss that …': a that-clause after a degree word, what
    came of it rather than what was said."""
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    if clause.dep_ not in ("ccomp", "advcl") or mark is None or mark.i == 0:
        return False
    before = clause.doc[mark.i - 1]
    return before.lower_ in ("so", "such") or any(c.lower_ in ("so", "such") for c in before.children) or (
        before.pos_ in ("ADV", "ADJ", "NOUN") and before.head.i != before.i
        and any(c.lower_ in ("so", "such") for c in before.head.children))


def that_clause(verb) -> bool:
    """'She added that the president would ...': a clause complement introduced by 'that' (also where the parser read
    the "that" as a relative pronoun and hung the clause on the verb as a relative one, which no verb has: "the
    Washington Post reported earlier this week that Trump asked …")."""
    return any((c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
               # ("said that permitting elephants to be brought back … will raise money", "elaborated at Friday’s press
               # briefing that each device contained …": a clause the parser hangs on the verb as an adverbial one, opened by
               # the "that"; not "so that …", "now that …")
               or (c.dep_ == "advcl" and c.i > verb.i
                   and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children))
               or (c.dep_ == "relcl" and c.i > verb.i and any(m.lower_ == "that" and m.i < c.i for m in c.children)
                   and any(g.dep_ == "nsubj" and g.lower_ != "that" for g in c.children))
               for c in verb.children)


# quote-only verbs whose clause without "that" reports too ("Toensing added her client has had contact from …")
BARE_CLAUSE_VERBS = {"add", "explain", "boast", "lament", "joke", "quip", "reckon", "retort", "muse", "gloat", "grumble",
                     "marvel", "scoff"}


def _bare_report(verb, lemma: str) -> bool:
    """'She added her client was unable to talk': a quote-only verb's finite clause with no "that" (not an indirect
    question: "This explained why he left")."""
    return lemma in BARE_CLAUSE_VERBS and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.doc[c.left_edge.i].lower_ not in WH_WORDS
        and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        and (c.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("VBD", "VBZ", "VBP", "MD")
                                                           for a in c.children))
        for c in verb.children)


def _asks_whether(verb) -> bool:
    """'Some lawmakers questioned whether …', 'He asked if …', 'They wonder whether …': a report of a question."""
    return verb.lemma_.lower() in ("question", "ask", "wonder", "inquire", "enquire") and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.doc[c.left_edge.i].lower_ in ("whether", "if") for c in verb.children)


def _questions_whether(verb) -> bool:
    """'The inspector general questioned whether Strzok’s decision … was free from bias': "question" with a whether-
    clause doubts aloud (not "Police questioned him", nor "questioned the wisdom of it")."""
    return verb.lemma_.lower() == "question" and any(
        c.dep_ == "ccomp" and c.i > verb.i and c.doc[c.left_edge.i].lower_ in ("whether", "if") for c in verb.children)


def _finite_clause(verb) -> bool:
    """'…, saying it prevents aid workers from …': a clause complement with a subject and a finite verb of its own,
    though no 'that' opens it."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    return any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
               and (c.tag_ in finite or any(a.dep_ in ("aux", "auxpass") and a.tag_ in finite for a in c.children))
               for c in verb.children)


def introduces_colon(verb) -> bool:
    """'The defence ministry posted on Telegram:' (the paragraph's end): the verb introduces the words after its colon,
    a block quotation in the next paragraph; also where the parser read the line as a noun phrase
    (`reporting_fragment`)."""
    last = verb.sent[-1]
    return (last.text == ":" and last.i == verb.doc[-1].i
            and ((verb.dep_ == "ROOT" and last.head == verb) or reporting_fragment(verb)
                 # "… the corporation was quick to condemn the man’s actions:": the verb's phrase runs to the colon
                 or (verb.dep_ == "xcomp" and verb.right_edge.i == last.i - 1 and verb.head.lower_ in EAGER_ADJECTIVES)))


def reporting_fragment(verb) -> bool:
    """'Lukashenko's press service posted on Telegram:': with a possessive before it the parser makes the noun the
    root and the verb a participle modifying it ("service" ROOT, "posted" acl), the colon the noun's; the noun is
    who reports. Only at the paragraph's end, where the line introduces a block."""
    last = verb.sent[-1]
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.dep_ == "ROOT"
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and last.text == ":"
            and last.head in (verb, verb.head) and last.i == verb.doc[-1].i)


STATEMENT_VERBS = {"issue", "release", "publish", "post", "circulate"}
# verbs whose subject wrote or sent the text they take as object ("sent a letter saying …"; not "read a report saying …")
AUTHORING_VERBS = {"send", "write", "file", "put", "make", "deliver", "submit", "tweet", "share", "sign", "pen"}
ISSUED_TEXTS = {"statement", "communique", "communiqué", "declaration", "message", "text", "letter", "note", "appeal",
                "edict", "decree", "proclamation", "fatwa", "directive", "ultimatum", "manifesto"}
# texts whose author "from" or "by" names, on which a participle reports ("a quote from … claiming that …")
AUTHORED_TEXTS = INANIMATE | SPOKEN_TEXTS | ISSUED_TEXTS | {"quote", "quotation"}


# what a light verb makes that reports the clause it takes ("made the announcement that …", "made the claim that …")
MADE_STATEMENTS = {"announcement", "claim", "statement", "assertion", "argument", "case", "point", "promise", "pledge",
                   "allegation", "accusation", "prediction", "declaration", "warning", "observation", "suggestion",
                   "admission", "boast", "threat", "vow"}


def makes_a_statement(verb) -> bool:
    """'White House press secretary Sarah Sanders made the announcement that Acosta's press pass had been suspended':
    making (or issuing) an announcement, a claim, a statement … with a that-clause on it reports the clause ("made the
    case for talks" reports nothing)."""
    return verb.lemma_.lower() in ("make", "issue") and verb.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in MADE_STATEMENTS and any(
            g.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
            for g in c.children)
        for c in verb.children)


def issues_statement(verb) -> bool:
    """'Today, the North Atlantic Council issued the following statement:': issuing a statement introduces its words,
    in the block after the colon that ends the paragraph ("The ministry issued a statement on Monday." reports
    nothing; "issued a statement saying …" reports by "saying")."""
    last = verb.sent[-1]
    # (… or sending, writing or delivering one: "In the year 718, the Umayyad caliph … sent out a message to the governors
    # of the various Islamic provinces:" ¶ "O you who believe! …")
    return (verb.lemma_.lower() in STATEMENT_VERBS | {"send", "write", "deliver", "pen"} and verb.pos_ == "VERB"
            and last.text == ":" and last.i == verb.doc[-1].i
            and any(c.dep_ == "dobj" and c.lemma_.lower() in ISSUED_TEXTS for c in verb.children))


GIVEN_ACCOUNTS = {"testimony", "account", "explanation", "description", "version", "assessment"}


def gives_testimony(verb) -> bool:
    """'As to Bertone and Sodano, Viganò provides further vital testimony:': giving an account introduces its words, in
    the block after the colon that ends the paragraph, as issuing a statement does ("He gave testimony on Monday."
    reports nothing)."""
    last = verb.sent[-1]
    return (verb.lemma_.lower() in ("give", "provide", "offer", "present") and verb.pos_ == "VERB" and last.text == ":"
            and verb.tag_ != "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)  # (not "must give")
            # (the colon's own clause: not "Concerning Maradiaga, who … offers no credible explanation, Viganò …:")
            and verb.dep_ == "ROOT" and last.head == verb
            and last.i == verb.doc[-1].i and any(c.dep_ == "dobj" and c.lemma_.lower() in GIVEN_ACCOUNTS for c in verb.children))


def frame_read_as_modifier(verb, inside: list[bool]):
    """'… public events." added Lauten, who works for …': after a closing quotation mark the parser may read a closing
    frame's verb as an adjective of the name right after it ("added" amod, "Lauten" root); the name reports (its last
    word is returned, else None). So does the name a role right after the verb runs into ('“… foment hate,” added
    defense attorney Francisco Ugarte.': "added" a participle on "attorney", a compound of "Ugarte")."""
    doc = verb.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if (verb.dep_ != "amod" or before is None or before.text not in (*CLOSE_QUOTES, STRAIGHT, "’")
            or not (before.idx < len(inside) and inside[before.idx])):
        return None
    head = verb.head
    if verb.tag_ in ("VBD", "VBZ") and head.pos_ == "PROPN" and head.i == verb.i + 1:
        return head
    if (verb.tag_ in ("VBD", "VBZ", "VBN") and head.pos_ == "NOUN" and head.lemma_.lower() in ROLE_NOUNS
            and head.dep_ == "compound" and head.head.ent_type_ == "PERSON" and head.head.i > head.i
            and all(t.dep_ == "compound" for t in doc[verb.i + 1 : head.head.i] if t.i != head.i)):
        return head.head
    return None


# frame words a quotation after a comma follows ("shouted, “We are Hamas” and …"; `_is_mixed`)
SHOUTED = {"shouted", "chanted", "yelled", "cried", "screamed", "tweeted", "posted", "says", "writes", "adds", "asks"}
FRAME_PAST = {"said": "say", "added": "add", "asked": "ask", "wrote": "write", "replied": "reply", "continued": "continue",
              "explained": "explain", "noted": "note", "insisted": "insist", "countered": "counter", "declared": "declare"}


def _opening_frame(tok, inside: list[bool] | None, verbs) -> object | None:
    """'Added Gibbs: "I think …"', 'Said Smith, “We will win.”', 'Added White House spokesman Robert Gibbs: "…"': a
    sentence opening with a reporting verb in the past, then a name (at most six words, capitalised or a role noun)
    and a colon or a comma right before a quotation (`inside` None: any quotation mark); the name's last word (which the
    parser made the root, the verb a modifier of it), else None."""
    sent = tok.sent
    if (tok.i != sent.start or not tok.text[:1].isupper() or tok.tag_ not in ("VBD", "VBN", "NNP")
            or (tok.lemma_.lower() not in verbs and FRAME_PAST.get(tok.lower_) not in verbs)):
        return None  # ("Said" comes out a proper noun, its own lemma)
    end = tok.i + 1
    while end < sent.end and end - tok.i <= 7 and sent.doc[end].text not in (":", ","):
        end += 1
    words = sent.doc[tok.i + 1 : end]
    if not 0 < len(words) <= 6 or end + 1 >= sent.end or not all(
            w.pos_ == "PROPN" or w.text[:1].isupper() or w.lemma_.lower() in ROLE_NOUNS for w in words):
        return None
    after = sent.doc[end + 1]
    if after.text not in (*OPEN_QUOTES, STRAIGHT) or (inside is not None and not (after.idx < len(inside) and inside[after.idx])):
        return None
    head = words[-1]
    return head if head.pos_ == "PROPN" else None


def _closing_frame_read_as_name(tok, verbs) -> object | None:
    """'“It is going against everything I’ve seen for 44 years," huffed committee member Patrick Leahy (D-Vt.).': a
    lower-case past form of a reporting verb right after a quotation's closing mark and its comma, which the parser
    took into the name after it (a proper noun); the person named right after it (within six words), else None."""
    doc = tok.doc
    if (tok.pos_ != "PROPN" or not tok.text.islower() or not tok.lower_.endswith("ed") or tok.i < 2
            or doc[tok.i - 1].text not in (*CLOSE_QUOTES, STRAIGHT) or doc[tok.i - 2].text not in (",", "?", "!")
            or not {tok.lower_[:-2], tok.lower_[:-1], FRAME_PAST.get(tok.lower_, "")} & set(verbs)):
        return None
    return next((t for t in doc[tok.i + 1 : min(tok.i + 7, tok.sent.end)] if t.ent_type_ == "PERSON"), None)


def closes_clause(verb) -> bool:
    """'Poland would continue to strengthen its border, he added.': the verb frames the clause complement before it,
    after a comma, its subject right before it (an adverb between: "he later added"); not "His face flushed, Mr.
    Sanders did not speak at all"."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lemma_ in ("do", "will", "would", "may", "might", "can", "could"))
           for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.i < verb.i and verb.doc[c.right_edge.i + 1].text == ","
               and any(s.dep_ == "nsubj" and c.right_edge.i < s.i < verb.i
                       and all(t.dep_ == "advmod" for t in verb.doc[s.right_edge.i + 1 : verb.i]) for s in verb.children)
               for c in verb.children)


def _topic_person(span):
    """'For Natallia, going back is not an option.', 'To Kalinouski, the answer is simple.': the proper noun of an
    opening "For"/"To" phrase set off by a comma, on the sentence's main verb; else None."""
    first = span[0] if len(span) > 2 else None
    if first is None or first.lower_ not in ("for", "to") or first.dep_ != "prep" or first.head != span.root:
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
    end = obj.right_edge.i + 1 if obj is not None else -1
    return obj if obj is not None and end < len(span.doc) and span.doc[end].text == "," else None


def interrupts_clause(verb) -> bool:
    """'The defence, he added, would appeal.': the verb and its subject set off by commas inside the clause they
    frame (spaCy's parataxis), as "he said" is; not "he added" with an object or a negation of its own."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.head.i < verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children) or any(c.dep_ in ("dobj", "ccomp", "xcomp", "neg") for c in verb.children):
        return False
    words = [t for t in verb.subtree if not t.is_punct]
    first, last = words[0].i, words[-1].i
    return first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


KNOWING_VERBS = {"learn", "hear", "discover", "find", "realize", "realise", "know", "see", "read", "notice", "understand",
                 "decide", "conclude", "say", "claim", "report", "announce", "confirm", "show", "prove", "insist", "ensure"}


def _that_clause_in_prep(verb) -> bool:
    """'said in a statement that the charges were false': the parser hangs the that-clause on the statement; 'said
    after meeting Lukashenko that …': on the gerund (not 'spoke after learning that …', the gerund's own clause)."""
    def that_clauses(tok):
        return [c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    return any(
        that_clauses(obj)
        # ('said in a written notice issued Thursday that permitting elephants … will raise money': on the participle
        # of the document's noun, where the clause's subject is a gerund an adverbial clause)
        or any(part.dep_ == "acl" and part.tag_ == "VBN" and (that_clauses(part) or any(
            c.dep_ == "advcl" and c.tag_ == "VBG" and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i
                                                          for m in c.children) for c in part.children))
               for part in obj.children if obj.lemma_.lower() in INANIMATE)
        for prep in verb.children if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj" or (obj.dep_ == "pcomp" and obj.tag_ == "VBG" and obj.lemma_.lower() not in KNOWING_VERBS)
    )


# bodies a role may serve that are places too ("the president of the local mosque")
HOUSES = {"mosque", "church", "synagogue", "temple", "parish", "diocese", "school", "college", "company", "firm", "club",
          "union", "board", "hospital", "campaign", "team", "newspaper", "paper", "magazine", "station"}
# kinds of body a name in apposition may follow ("the monitoring group Belarusian Hajun", "the Telegram channel Rybar")
BODY_KINDS = {"group", "organisation", "organization", "outlet", "channel", "website", "network", "monitor", "project",
              "initiative", "movement", "watchdog", "ngo", "think-tank", "tank", "foundation", "coalition", "center",
              "centre"}


def _capitalised_words(paragraphs) -> set[str]:
    """Words an article's body writes capitalised in the middle of a sentence (after a word in lower case, or a comma
    after one: "Sitting down with The Hill earlier, Toensing said"), on their own (no capitalised word beside them: not
    "Capitol Police"), and never in lower case: names ("Critics wrote to Hannity"), whatever spaCy tags them where
    they open a sentence."""
    capital, lower = set(), set()
    for par in paragraphs:
        if par.kind != "body" or par.doc is None:
            continue
        for tok in par.doc:
            if tok.is_lower:
                lower.add(tok.text)
            elif (tok.is_title and tok.is_alpha and not tok.is_sent_start and tok.i > 0
                  and (tok.nbor(-1).is_lower or (tok.nbor(-1).text in (",", ";") and tok.i > 1 and tok.nbor(-2).is_lower))
                  and not (tok.i + 1 < len(tok.doc) and tok.nbor().is_title)):
                capital.add(tok.text)
    return {w for w in capital if w.lower() not in lower}


# verbs whose passive participle with no agent leaves the claim to nobody named ("changes always claimed to be …")
IMPERSONAL_PASSIVES = {"claim", "say", "allege", "report", "rumor", "rumour", "purport"}


# what a sentence may be about that says nothing itself ("The case involves …, saying …")
MATTER_NOUNS = {"case", "matter", "issue", "situation", "problem", "controversy", "dispute", "scandal", "affair",
                "incident", "episode", "saga", "row"}


def _claimed_to_be(verb) -> bool:
    """'… the changes – always claimed to be “mandated” by “the Council”', 'the weapons, said to be Russian': a
    participle of claiming with no subject, auxiliary or agent of its own and an infinitive after it, set beside a
    clause (which spaCy may tag a past tense): what nobody named claims of a noun, not the clause's subject's words."""
    return (verb.lemma_.lower() in IMPERSONAL_PASSIVES and verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("advcl", "acl")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "ccomp") for c in verb.children)
            and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children))


# verbs whose passive participle before "to be" says what unnamed people hold of a noun ("women believed to be …")
HELD_PASSIVES = IMPERSONAL_PASSIVES | {"believe", "think", "suspect", "know", "consider", "understand", "expect",
                                       "estimate", "presume", "assume"}


def _reduced_passive(verb) -> bool:
    """'Three women believed to be the children’s mothers were also arrested', 'Two men said to be his sons were
    arrested': spaCy reads the participle as the main verb, its noun as the subject and the real main verb, which has
    no subject of its own, as what it reports. A verb of holding or saying with a to-infinitive and, after it, a clause
    with no subject that opens with an auxiliary is such a participle: a view of nobody named."""
    if verb.lemma_.lower() not in HELD_PASSIVES or verb.tag_ not in ("VBD", "VBN") or any(
            c.dep_ in ("aux", "auxpass", "agent", "dobj") for c in verb.children):
        return False
    inf = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and inf is not None and c.i > inf.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children):
        return False
    first = verb.doc[clause.left_edge.i]
    return first.i > inf.right_edge.i and first.dep_ in ("aux", "auxpass") and first.head == clause


def _passive_participle(tok) -> bool:
    """'Dubbed' in "Dubbed “Europe's last dictator” by the West, Lukashenko …": a past participle set beside a
    clause, with no auxiliary or subject of its own, which the subject of that clause undergoes; not one with a clause
    of its own to report ("Tlaib, doubling down on her comments, tweeted … that she …", which spaCy reads as a
    participle describing "comments")."""
    return tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "ccomp") for c in tok.children)


def _describes_the_subject(participle) -> bool:
    """A participle set before or after its clause ("Dubbed …, Lukashenko has ruled"), or one describing the clause's
    subject ("Lukashenko, dubbed … by Washington, has ruled"), which the subject undergoes."""
    return participle.dep_ == "advcl" or participle.head.dep_ in ("nsubj", "nsubjpass", "attr")  # ("Bannon appears to
    # be the official described in the court document as “…”")


CAUSE_TO_SPEAK = {"prompt", "spur", "provoke", "inspire", "cause"}  # (not "force" or "lead", `WANTING`'s)


def _caused_to_speak(tok):
    """'Crux' in "The scandal prompted Crux to ask: …": the object of a verb that moved somebody to speak, of their
    own accord (not "urged Minsk to announce …" or "forced the students to declare …", `_wanted`), or None."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.lemma_.lower() not in CAUSE_TO_SPEAK or any(c.dep_ == "neg" for c in head.children):
        return None
    # (the last object: "prompted the former co-chairman …", where the parser makes each piece of the role one)
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN")
               and not (c.is_punct or _hyphen_after(c))]
    return objects[-1] if objects else None


def _person_behind_title(span) -> bool:
    """'Secretary of Homeland Security Kirstjen Nielsen', which spaCy tags an organisation: a title (and its
    of-phrase) before two or more capitalised words that name no body (no "of", no institution's or portfolio's
    word), a person's name."""
    if not len(span) or span[0].lower_.rstrip(".") not in TITLE_WORDS | ROLE_NOUNS:
        return False
    name, titles = strip_titles(span.text)
    words = name.split()
    return (bool(titles) and len(words) >= 2 and name != span.text and all(w[:1].isupper() for w in words)
            and not any(w.lower() in INSTITUTIONS | PORTFOLIOS | {"of", "the"} for w in words))


# roles that speak for someone else, whose name after them is not theirs
SERVING_ROLES = {"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel", "aide", "adviser", "advisor",
                 "assistant", "staffer", "deputy", "representative"}


def _name_ending_role(tok):
    """'DFL-endorsed candidate for attorney general of Minnesota Matt Pelikan also reacted …': a role with no article
    before it whose prepositional phrases run, with no comma, into a person's name that ends the subject; the name
    (spaCy's entity), else None."""
    if (tok.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in tok.children)
            or tok.lemma_.lower() in SERVING_ROLES):  # (not "Spokesman for the governor of Minnesota Mark Dayton")
        return None
    last = tok.right_edge
    ent = next((e for e in tok.doc.ents if e.label_ == "PERSON" and e.end == last.i + 1 and e.start > tok.i + 2), None)
    if ent is None or len(ent) < 2 or tok.doc[ent.start - 1].is_punct:
        return None
    head, preps = ent.root, 0
    while head.i != tok.i:
        if head.dep_ not in ("pobj", "prep", "compound"):
            return None
        preps += head.dep_ == "prep"
        head = head.head
    return ent if preps >= 2 else None  # (an office and its place: not "Attorneys for former chairman Paul Manafort")


def _prepositional_name(tok) -> str | None:
    """'Reporters Without Borders', 'Students for Fair Admissions', 'Democracy for America': a body named by a
    capitalised noun, "for", "without" or "against", and capitalised words, which spaCy reads as a common noun with
    a prepositional phrase (the source came out "reporters", "democracy"); not "Lawyers for Paul Manafort", "A
    spokesman for Amazon" (a role) or "Advocates for Ukraine" (people for a place, at a sentence's start)."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1), None)
    if (prep is None or prep.lower_ not in ("for", "without", "against") or not tok.is_title or tok.pos_ not in ("NOUN", "PROPN")
            or any(c.i < tok.i for c in tok.children)):
        return None
    words = list(tok.doc[prep.i + 1 : prep.right_edge.i + 1])
    if (not words or not words[-1].is_title
            or not all(w.is_title or w.lower_ in ("and", "of", "the", "in", "for") or not w.is_alpha for w in words)
            or any(w.ent_type_ == "PERSON" or w.lower_.rstrip(".") in TITLE_WORDS for w in words)):
        return None
    # (a place or body named of its own; not words spaCy's entity carries on from the noun, "Citizens for … Ethics")
    one_body = words[0].ent_iob_ == "B" and words[0].ent_type_ in ("GPE", "NORP", "ORG") and all(
        w.ent_type_ == words[0].ent_type_ and (w.i == words[0].i or w.ent_iob_ == "I") for w in words)
    if prep.is_lower and (tok.lemma_.lower() in ROLE_NOUNS or (tok.tag_ == "NNS" and one_body)):
        return None
    return tok.doc[tok.i : prep.right_edge.i + 1].text


def _compound_name(tok) -> str | None:
    """'the Viasna human rights centre': the proper name that opens a kind of body's modifiers, right after "the";
    not a country's or a demonym ("the Belarusian opposition group")."""
    words = [t for t in tok.doc[tok.left_edge.i : tok.i] if not t.is_space]
    if len(words) < 2 or words[0].lower_ != "the" or words[1].pos_ != "PROPN" or not words[1].is_title:
        return None
    name = [words[1]]
    for w in words[2:]:
        if w.pos_ != "PROPN" or not w.is_title:
            break
        name.append(w)
    if name[-1].i + 1 < tok.i and tok.doc[name[-1].i + 1].text in ("-", "–") and not name[-1].whitespace_:
        return None  # "the Kremlin-backed group", "the Moscow-based network"
    if len(name) == len(words) - 1 or " ".join(w.lower_ for w in name) in COUNTRIES | set(DEMONYMS):
        return None  # "the Razumkov Centre" is a name whole (tagged so elsewhere); "the Ukraine group" a country's
    return " ".join(w.text for w in name)


# what an apposition calls a body a role serves ("Kpler, a commodity data firm")
FIRM_WORDS = BODY_KINDS | {"firm", "company", "consultancy", "bank", "agency", "institute", "association", "fund"}
GROUP_WORDS = {"republican", "democrat", "democratic", "conservative", "liberal", "independent", "socialist", "communist",
               "tory", "labour", "libertarian", "progressive", "dem", "gop"}


def _group_word(ent) -> bool:
    """A one-word party or nationality ("Republican", "Democrats", "Ukrainians")."""
    if len(ent) != 1:
        return False
    word = ent[0].lower_
    return word in GROUP_WORDS or word.rstrip("s") in GROUP_WORDS or word in DEMONYMS or word.rstrip("s") in DEMONYMS


def _people_or_body(tok) -> bool:
    """'The Western media', 'Protesters', 'Democrats', 'state lawmakers', 'the ministry': a group of people or a body
    that can speak (not 'the talks', 'the drones')."""
    lemma = tok.lemma_.lower()
    if lemma in INSTITUTIONS | COLLECTIVES or tok.lower_ in COLLECTIVES or tok.tag_ == "NNPS":  # "media" (lemma "medium")
        return True
    return tok.tag_ == "NNS" and (lemma in ROLE_NOUNS | VOICE_NOUNS | PEOPLE_NOUNS or tok.lower_.endswith(PEOPLE_SUFFIXES))


def _role_in_apposition(tok) -> bool:
    """'Ion Chicu, a former prime minister who …': a name with a role noun in apposition after it is a person, whatever
    spaCy tags it (ORG here); so is one apposed to a person's noun ("Vasilevich, a 38-year-old theologian who fled
    Minsk": a word of people, a "-ian" or "-ist", an age, or a "who" clause)."""
    return any(c.dep_ == "appos" and (c.lemma_.lower() in ROLE_NOUNS | PEOPLE_NOUNS | KIN_NOUNS
                                      or (c.tag_ == "NN" and c.lower_.endswith(("ian", "ist")))
                                      or _has_who_clause(c) or any("year-old" in m.text.lower() for m in c.children))
               for c in tok.children)


KIN_NOUNS = {"daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "grandson", "granddaughter",
             "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "neighbour", "neighbor",
             "friend", "colleague", "partner", "fiancé", "fiancée", "widow", "widower"}


def _full_name(name: str) -> bool:
    """'Felipe Calderon', 'Sviatlana Tsikhanouskaya': two or three capitalised words opening with a strongly gendered
    first name and not ending in a word for a body ("Maria Foundation" is none)."""
    words = name.split()
    return (1 < len(words) < 4 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and bool(first_name_gender(normalise(words[0]))) and words[-1].lower() not in BODY_WORDS)


def _is_a_role(ent) -> bool:
    """'Franak Viacorka is chief political adviser to …', 'Katia Glod is a journalist': a multi-word name that is the
    subject of "be" with a role or a person's noun as its complement is a person's, whatever spaCy tags it (ORG here)."""
    root = ent.root
    if len(ent) < 2 or root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and (c.lemma_.lower() in ROLE_NOUNS | PEOPLE_NOUNS or (c.tag_ == "NN" and c.lower_.endswith(("ian", "ist"))))
               for c in root.head.children)


def _name_before_role(tok):
    """'Allegra Lawrence-Hardy, Abrams’ campaign chair, said': the name opening a role noun's phrase, set off from the
    role by a comma (two or more capitalised proper nouns, hyphens inside, one of them a person's or a first name);
    else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in ROLE_NOUNS:
        return None
    start = tok.left_edge.i
    comma = next((t.i for t in tok.doc[start : tok.i] if t.text == ","), None)
    if comma is None or comma - start < 2:
        return None
    name = tok.doc[start:comma]
    if not all((t.pos_ == "PROPN" and t.is_title) or t.tag_ == "HYPH" for t in name):
        return None
    if not (any(t.ent_type_ == "PERSON" for t in name) or first_name_gender(normalise(name[0].text))):
        return None
    return name


def _heads_administration(ent) -> bool:
    """'The Donald Trump administration gave permission …', 'Obama's administration': the person whose administration
    it is holds the office "the president" names (a governor's or a mayor's is rarely called so in the same story)."""
    after = ent.doc[ent.end : ent.end + 2]
    if len(after) and after[0].tag_ == "POS":
        after = after[1:]
    return ent.label_ == "PERSON" and len(after) > 0 and after[0].lemma_.lower() == "administration"


def _first_name_apposed(ent) -> bool:
    """'Her daughter, Yulia, works as a nurse': a known first name in apposition to a kin or role noun is a person,
    whatever spaCy tags it (GPE here); "Her favourite city, Vilnius," is none."""
    head = ent.root.head
    return (ent.root.dep_ == "appos" and head.lemma_.lower() in KIN_NOUNS | ROLE_NOUNS
            and bool(first_name_gender(normalise(ent[0].text))))


def _after_role_comma(ent) -> bool:
    """'a prominent leader of the opposition, Vadim Prokopiev': a name right after a comma that follows a role noun."""
    if ent.start == 0 or ent.doc[ent.start - 1].text != ",":
        return False
    window = ent.doc[max(0, ent.start - 10) : ent.start - 1]
    return any(t.lemma_.lower() in ROLE_NOUNS for t in window)


def extend_name(ent):
    """spaCy's small model sometimes tags only the title as the name ('[Chairwoman] Ana Ruiz'): extend such a
    one-word title entity over the untagged capitalised proper nouns right after it."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent[0].lower_.rstrip(".") not in TITLE_WORDS | ROLE_NOUNS:
        return ent
    end = ent.end
    while end < len(ent.doc) and ent.doc[end].pos_ == "PROPN" and ent.doc[end].is_title and ent.doc[end].ent_type_ == "":
        end += 1
    return ent.doc[ent.start : end] if end > ent.end else ent


def _saw_the_text(ent) -> bool:
    """'In a letter seen by Reuters, the head of the Zhodino prison told …': the body that saw or obtained a text, whom the
    parser may hang the speaker's role on in apposition, is no person (a PERSON entity aside)."""
    root = ent.root
    return (ent.label_ != "PERSON" and root.dep_ == "pobj" and root.head.dep_ == "agent"
            and root.head.head.lemma_.lower() in ("see", "obtain", "review", "read", "view", "examine", "acquire", "hear"))


# US states by their AP abbreviations and postal codes, for a party label after a name ("R-Ariz.", "(D-NY)")
US_STATES = {
    "alabama": ("Ala.", "AL"), "alaska": ("Alaska", "AK"), "arizona": ("Ariz.", "AZ"), "arkansas": ("Ark.", "AR"),
    "california": ("Calif.", "CA"), "colorado": ("Colo.", "CO"), "connecticut": ("Conn.", "CT"), "delaware": ("Del.", "DE"),
    "florida": ("Fla.", "FL"), "georgia": ("Ga.", "GA"), "hawaii": ("Hawaii", "HI"), "idaho": ("Idaho", "ID"),
    "illinois": ("Ill.", "IL"), "indiana": ("Ind.", "IN"), "iowa": ("Iowa", "IA"), "kansas": ("Kan.", "KS"),
    "kentucky": ("Ky.", "KY"), "louisiana": ("La.", "LA"), "maine": ("Maine", "ME"), "maryland": ("Md.", "MD"),
    "massachusetts": ("Mass.", "MA"), "michigan": ("Mich.", "MI"), "minnesota": ("Minn.", "MN"), "mississippi": ("Miss.", "MS"),
    "missouri": ("Mo.", "MO"), "montana": ("Mont.", "MT"), "nebraska": ("Neb.", "NE"), "nevada": ("Nev.", "NV"),
    "new hampshire": ("N.H.", "NH"), "new jersey": ("N.J.", "NJ"), "new mexico": ("N.M.", "NM"), "new york": ("N.Y.", "NY"),
    "north carolina": ("N.C.", "NC"), "north dakota": ("N.D.", "ND"), "ohio": ("Ohio", "OH"), "oklahoma": ("Okla.", "OK"),
    "oregon": ("Ore.", "OR"), "pennsylvania": ("Pa.", "PA"), "rhode island": ("R.I.", "RI"), "south carolina": ("S.C.", "SC"),
    "south dakota": ("S.D.", "SD"), "tennessee": ("Tenn.", "TN"), "texas": ("Texas", "TX"), "utah": ("Utah", "UT"),
    "vermont": ("Vt.", "VT"), "virginia": ("Va.", "VA"), "washington": ("Wash.", "WA"), "west virginia": ("W.Va.", "WV"),
    "wisconsin": ("Wis.", "WI"), "wyoming": ("Wyo.", "WY")}
STATE_OF_ABBREVIATION = {a.lower().replace(" ", ""): state for state, forms in US_STATES.items() for a in forms + (state,)}
PARTY_OF_LETTER = {"R": "republican", "D": "democrat", "I": "independent"}
# "John McCain, R-Ariz.,", "Nancy Pelosi (D-Calif.)", "Louie Gohmert, Republican of Texas,"
PARTY_LABEL = re.compile(r"\s*[,(]\s*(?:([RDI])\s*[-\u2013]\s*([A-Z][A-Za-z. ]{0,12}?)\s*[,)]|(?:a\s+)?(Republican|Democrat)"
                         r"\s+(?:of|from)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b)")


def party_words(ent) -> set[str]:
    """A US politician's party and state from the label after the name, as title words: "Sen. John McCain, R-Ariz.,"
    -> {'republican', 'arizona'}, so that "the Arizona Republican" later means him (and "the Republican" is not the
    Democrat named after him)."""
    m = PARTY_LABEL.match(ent.doc.text, ent.end_char)
    if m is None:
        return set()
    party, where = (PARTY_OF_LETTER[m[1]], m[2]) if m[1] else (m[3].lower(), m[4])
    state = STATE_OF_ABBREVIATION.get(where.lower().replace(" ", ""))
    return {party, state} if state else set()


def _described_party(tok) -> str | None:
    """'the Republican', 'the Arizona Republican', 'the South Carolina Democrat': the party word of a description of
    one politician by party (and state); else None."""
    word = {"democratic": "democrat"}.get(tok.lower_, tok.lower_)
    if word not in ("republican", "democrat", "independent") or tok.tag_ == "NNPS":
        return None
    before = tok.doc[tok.left_edge.i : tok.i]
    if not before or before[0].lower_ != "the" or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in tok.children):
        return None
    place = " ".join(t.lower_ for t in before[1:])
    return word if not place or place in US_STATES else None


def _quoted_words(text: str, inside: list[bool], start: int, end: int) -> list[str]:
    """The runs of quoted words between `start` and `end` of a paragraph's text, lower case, words only."""
    runs, j, end = [], max(start, 0), min(end, len(inside))
    while j < end:
        if inside[j]:
            k = j
            while k < end and inside[k]:
                k += 1
            if words := " ".join(re.findall(r"[\w’']+", text[j:k].lower())):
                runs.append(words)
            j = k
        else:
            j += 1
    return runs


def _echoed_speaker(quoted, ctx: Context) -> str:
    """The speaker an earlier sentence of the article quoted saying a quoted fragment's two or more words (the last
    such), or ""."""
    if len(quoted) < 2:
        return ""
    words = " ".join(t.lower_ for t in quoted)
    return next((who for said, who in reversed(ctx.quoted_by) if re.search(rf"(?<![\w’']){re.escape(words)}(?![\w’'])", said)), "")


# nouns whose that-clause holds what someone said or holds ("his claim that …", "his opinion that …")
STATEMENT_NOUNS = MADE_STATEMENTS | DENIED_NOUNS | VIEW_NOUNS


def _passive_clause_of(tok, subj):
    """The passive clause below the sentence's main verb that holds `tok` ("… until they were banned … for “…”"), with
    no agent, no feeling ("was “stunned”"), and not what a verb, a claim or an opinion reports; or None."""
    for verb in [tok, *tok.ancestors]:
        if verb.dep_ == "ROOT" or verb.i == subj.i or verb.dep_ == "ccomp":
            return None
        if verb.pos_ in ("VERB", "AUX") and verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in verb.children):
            if (any(c.dep_ == "agent" for c in verb.children) or verb.lemma_.lower() in FELT
                    or any(a.dep_ == "ccomp" for a in verb.ancestors)
                    # (nor what a claim or an opinion holds: "… his outrageous opinion that in “complex circumstances”
                    # … two people … can be admitted to Holy Communion")
                    or any(a.dep_ == "acl" and a.head.lemma_.lower() in STATEMENT_NOUNS
                           for a in [verb, *verb.ancestors])):
                return None
            return verb
    return None


# verbs of perceiving: what their clause tells ("heard the shots get “closer and closer”") is the perceiver's account
PERCEPTION_VERBS = {"hear", "see", "watch", "feel", "notice", "witness", "sense", "observe"}


def _in_clause_of_another_subject(tok, subj) -> bool:
    """Is `tok` inside a clause, below the sentence's main verb and outside its subject, whose own subject is a noun
    other than the main subject ("… to echo whatever the security services need verifying “independently”")? The
    nearest clause with a subject decides. Not the main verb's content clause ("Pelosi reasoned that while Trump's
    comments have the power to “…”"), nor what a verb of perceiving takes in, nor a quotation right after "as", nor
    what a claim or statement says unless it is someone else's by name."""
    if _after_as(tok):
        return False
    for verb in [tok, *tok.ancestors]:
        if verb.dep_ == "ROOT" or verb.i == subj.i:
            return False
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
        if verb.pos_ not in ("VERB", "AUX") or not subjects:
            continue
        top = next(a for a in [verb, *verb.ancestors] if a.head.dep_ == "ROOT" or a.dep_ == "ROOT")
        if (verb.dep_ in ("acl", "ccomp") and verb.head.lemma_.lower() in STATEMENT_NOUNS
                and not any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in verb.head.children)):
            # "Ferrara provides no real evidence for his claim that Pope Francis “wishes …”": what the claim says, in
            # the words of whoever made it (not "Marx's suggestion that priests should consider “blessing” …")
            return False
        return (subjects[0].pos_ in ("NOUN", "PROPN") and subjects[0].i != subj.i and top.dep_ != "ccomp"
                and subj.i not in {t.i for t in verb.subtree} and verb.head.lemma_.lower() not in PERCEPTION_VERBS)
    return False


def apposed_role_words(ent) -> set[str]:
    """The role set off beside a name, as its title words: "Poland's foreign minister, Radoslaw Sikorski," and "Radoslaw
    Sikorski, Poland's foreign minister," -> {'poland', 'foreign', 'minister'}, so that "the minister" later means him."""
    root = ent.root
    # a kin noun after the name too ("Siarhei Tsikhanouski, the husband of …": "Her husband" later), and before a full
    # name ("Her sister, Tatsiana Khomich,"; not "Losik's wife, Darya,", a first name that a later full name completes)
    before = KIN_NOUNS if len(ent) > 1 else set()
    role = root.head if (root.dep_ == "appos" and root.head.i < ent.start and ent.start > 0 and ent.doc[ent.start - 1].text == ","
                         and root.head.lemma_.lower() in ROLE_NOUNS | before) else next(
        (c for c in root.children if c.dep_ == "appos" and c.i >= ent.end and c.lemma_.lower() in ROLE_NOUNS | KIN_NOUNS), None)
    if role is None:
        return set()
    words = {role.lemma_.lower()}
    for c in role.children:
        if c.dep_ in ("amod", "compound") and c.i < role.i and c.is_alpha:
            words.add(DEMONYMS.get(c.lower_, c.lower_))
        elif c.dep_ == "poss" and c.lower_ in COUNTRIES:
            words.add(c.lower_)
    return words


def title_words(ent) -> set[str]:
    """Normalised words of the title run right before a name: 'Belarus President Aleksandr Lukashenko' ->
    {'belarus', 'president'}."""
    out: set[str] = set()
    i = ent.start - 1
    while i >= 0:
        t = ent.doc[i]
        if t.text in "[]()":
            i -= 1
            continue
        if t.pos_ in ("PROPN", "ADJ", "NOUN") and (t.is_title or t.lower_ in ROLE_NOUNS | KIN_NOUNS) and not t.is_stop:
            out.add(DEMONYMS.get(t.lower_, t.lower_.rstrip(".")))
            i -= 1
            continue
        if (t.lower_ == "of" and i > 0 and ent.doc[i - 1].lower_ in ROLE_NOUNS | TITLE_WORDS and ent.doc[i + 1].lower_ in COUNTRIES | set(DEMONYMS)
                and not (i + 1 == ent.start and ent.label_ in ("GPE", "LOC", "NORP"))):
            i -= 1  # "President of Belarus Aleksandr Lukashenko": the title before the of-phrase (in "the representative
            # of Poland" the country is the entity itself: a place, no person's name)
            continue
        if t.lower_ in ("of", "for", "to", "the") and ent.label_ == "PERSON" and _title_before(ent.doc, i):
            i -= 1  # "Russian Ambassador to the United Nations Vitaly Churkin": the title before its phrase
            continue
        break
    return out


def _title_before(doc, i: int) -> bool:
    """Does a capitalised title word ("Ambassador", "Secretary") stand before token i, with only capitalised words
    and "of", "for", "to", "the" between?"""
    for j in range(i - 1, max(-1, i - 8), -1):
        t = doc[j]
        if t.is_title and t.lower_.rstrip(".") in ROLE_NOUNS | TITLE_WORDS:
            return True
        if not (t.is_title or t.lower_ in ("of", "for", "to", "the")):
            return False
    return False


def _inner_capital(tok) -> bool:
    """'LePage', 'DeMint', 'McConnell': a capitalised word with a capital inside it, which `is_title` is not (an
    acronym, all capitals, is no name: "ISIS")."""
    return tok.text[:1].isupper() and tok.is_alpha and not tok.is_upper and any(c.isupper() for c in tok.text[1:])


def _split(name: str) -> tuple[str, str]:
    words = normalise(name).split()
    return _given(words), _surname_key(words[-1]) if words else ""


def _inverted_frame_subject(verb, inside: list[bool]):
    """'Her comments, said Josh Earnest, the White House press secretary, are “…”': a frame inverted and set off by
    commas inside the clause it reports, which the parser reads as the verb's subject ("comments") and the name as the
    subject of the clause's verb. The person named right after the verb, when a comma stands before the verb and after
    the name, and the name is the subject of a verb after it; else None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    ent = next((e for e in doc.ents if e.start == verb.i + 1 and e.label_ == "PERSON"), None)
    if ent is None or ent.end >= len(doc) or doc[ent.end].text != "," or (ent.root.idx < len(inside) and inside[ent.root.idx]):
        return None
    root = ent.root
    if root.dep_ != "nsubj":
        return None
    # (or the parser gives the verb both subjects: "Moscow, said Anna Kovacs, will never agree")
    if root.head.i == verb.i:
        return root if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) else None
    return root if root.head.i > root.i else None


def choose_subject(verb, inside: list[bool]):
    """The verb's subject outside quotation marks; a proper noun first, then the closest ("said Prokopiev")."""
    if (inverted := _inverted_frame_subject(verb, inside)) is not None:
        return inverted
    subjects = [
        c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not (c.idx < len(inside) and inside[c.idx])
    ]
    # the dateline's place is no speaker; spaCy may hang the speaker named after its dash on it in apposition
    subjects = [_after_dateline(c) if _dateline(c) else c for c in subjects]
    # "• Poland says it shot down two drones": a list item's bullet is no speaker; the parser may make it the subject
    # and hang the name after it on the bullet
    subjects = [next((g for g in c.children if g.pos_ in ("PROPN", "NOUN") and g.i == c.i + 1), None)
                if c is not None and len(c.text) == 1 and c.text in BULLETS and c.i == c.sent.start else c for c in subjects]
    # "© Provided by Al Jazeera Secretary of State Mike Pompeo said …": a photo credit's sign opening a caption is no
    # speaker either; the name right before the verb is
    subjects = [next((g for g in c.subtree if g.pos_ == "PROPN" and g.right_edge.i == verb.i - 1), None)
                if c is not None and c.i == c.sent.start and not any(ch.isalnum() for ch in c.text) else c
                for c in subjects]
    subjects = [c for c in subjects if c is not None]
    # "whose name, the Anti-Defamation League wrote after the February event, is …": a frame set off inside a relative
    # clause, its subject read as a conjunct of the relative word's noun with no "and"; the conjunct right before the
    # verb is the subject
    subjects = [next((g for g in c.children if g.dep_ == "conj" and g.pos_ == "PROPN" and g.right_edge.i == verb.i - 1
                      and verb.doc[g.left_edge.i - 1].text == "," and not any(k.dep_ == "cc" for k in c.children)), c)
                if any(d.dep_ == "poss" and d.tag_ == "WP$" for d in c.children) else c for c in subjects]
    subjects = [c for c in subjects if not _object_of_relative_clause(c, subjects)] or subjects
    # "The crowd, many carrying the banned flag, chanted …": a quantifier opening a phrase set off after the subject (an
    # absolute phrase the parser made a second subject) is none
    subjects = [c for c in subjects if not (c.lower_ in QUANTIFIERS and any(
        o.i < c.i and o.right_edge.i + 2 == c.left_edge.i and verb.doc[o.right_edge.i + 1].text == "," for o in subjects))] or subjects
    # "The AP report, however, says exactly the opposite": an adjective after the verb the parser made a second subject
    subjects = [c for c in subjects if not (c.pos_ == "ADJ" and c.i > verb.i)] or subjects
    # "Archbishop Allen Vigneron of Detroit, Michigan issued a statement …": the state after a person's city, which the
    # parser made a second subject, is none
    subjects = [c for c in subjects if not (c.ent_type_ == "GPE" and any(
        o.ent_type_ == "PERSON" and o.i < c.i and any(p.dep_ == "prep" and p.lower_ in ("of", "from") for p in o.children)
        for o in subjects))] or subjects
    # "said the co-founder of …": the parser makes each piece of a hyphenated word a subject; the word is its last piece
    pieces = [c for c in subjects if c.is_punct or _hyphen_after(c)]
    subjects = [c for c in subjects if c not in pieces] or subjects
    if subjects == pieces and pieces and pieces[-1].text == "-" and _hyphen_after(pieces[-1].doc[pieces[-1].i - 1]):
        # "said the co-founder of SCOTUSblog", "The former co-chairman … said": only the pieces before the last one
        # are subjects (the parser hung "founder" elsewhere); the word after the hyphen is
        last = pieces[-1].nbor()
        subjects = [last] if last.pos_ == "NOUN" and last.is_alpha else subjects
    if not subjects and verb.lemma_.lower() not in COPULAS:
        # "“… move on,” said attorney and child advocate Elizabeth Yore": an inverted subject the parser made "said"'s
        # attribute, which no reporting verb has
        subjects = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
                    and not (c.idx < len(inside) and inside[c.idx])]
    if not subjects and verb.i > 1 and verb.doc[verb.i - 1].text in ("”", '"') and verb.doc[verb.i - 2].text in (",", "!", "?"):
        # '“They are wrong,” scoffed a spokesman.': an inverted subject the parser made the object of a verb it read
        # as transitive, right after the quotation it frames
        subjects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and (
            c.lemma_.lower() in ROLE_NOUNS or c.ent_type_ == "PERSON") and not (c.idx < len(inside) and inside[c.idx])]
    if not subjects:
        # 'This latest ad "Strong" ends with Perry claiming, "faith made America strong."': the parser made the name
        # before the participle a compound of it
        subjects = [c for c in verb.children if c.dep_ == "compound" and c.ent_type_ == "PERSON" and c.i == verb.i - 1
                    and verb.tag_ == "VBG" and not (c.idx < len(inside) and inside[c.idx])]
    if not subjects:  # "Mr. Schiff, clearly prepared for the ambush, argued that …": the parser made the name the
        # subject of the participle set off before the verb, which then has none
        participles = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBN", "VBG")
                       and not any(a.dep_ in ("aux", "auxpass") for a in c.children)]
        subjects = [g for c in participles for g in c.children
                    if g.dep_ == "nsubj" and g.i < c.i and g.pos_ == "PROPN" and verb.doc[g.i + 1].text == ","
                    and not (g.idx < len(inside) and inside[g.idx])]
    if not subjects:  # "Before his arrest, opinion polls published online, though banned from state media, suggested
        # …": the parser made the noun the subject of the participle right after it (a reduced relative clause), whose
        # phrase a comma closes right before the verb
        participles = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBN"
                       and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
                       and c.right_edge.i + 2 == verb.i and verb.doc[verb.i - 1].text == ","]
        subjects = [g for c in participles for g in c.children
                    if g.dep_ == "nsubj" and g.i + 1 == c.i and g.pos_ in ("NOUN", "PROPN")
                    and not (g.idx < len(inside) and inside[g.idx])]
    if not subjects:  # "Speaking to the BBC, Tsikhanouskaya, 42, said …": the parser apposed the name to the
        # participle's object; a proper noun in the participle whose phrase ends, commas aside, right before the verb
        participles = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ in ("VBG", "VBN")]
        subjects = [t for c in participles for t in c.subtree
                    if t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ in ("PROPN", "NOUN")
                    and t.head.ent_type_ != t.ent_type_ and t.right_edge.i < verb.i
                    and all(x.is_punct for x in verb.doc[t.right_edge.i + 1 : verb.i])
                    and not (t.idx < len(inside) and inside[t.idx])]
    if not subjects:  # "…, agriculture and education, the press service of the president reported.", "… and a US
        # envoy, a source close to the talks told AFP.": the parser joined the closing frame's subject to the list or
        # the noun before it; the noun phrase from the comma to the verb is it
        subjects = [t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ in ("conj", "appos") and t.pos_ in ("NOUN", "PROPN")
                    and t.right_edge.i == verb.i - 1 and t.left_edge.i > 0 and verb.doc[t.left_edge.i - 1].text == ","
                    and not (t.idx < len(inside) and inside[t.idx])]
    if not subjects and verb.tag_ in ("VBD", "VBZ", "VBP"):
        # "…, the head of Kyiv's military administration, Serhiy Popko, said on Telegram.": the person's name apposed
        # to the clause's last noun, its closing comma hung elsewhere (a finite verb only: not "…, Efrat Yerday, an
        # activist, accusing …")
        subjects = [t for t in verb.doc[verb.sent.start : verb.i] if t.dep_ == "appos" and t.pos_ == "PROPN"
                    and t.ent_type_ == "PERSON" and t.right_edge.i < verb.i - 1 and verb.doc[t.right_edge.i + 1].text == ","
                    and t.right_edge.i + 2 == verb.i and t.left_edge.i > 0 and verb.doc[t.left_edge.i - 1].text == ","
                    and not (t.idx < len(inside) and inside[t.idx])]
    if not subjects and (root := misparsed_subject(verb)) is not None and not (root.idx < len(inside) and inside[root.idx]):
        subjects = [root]
    if not subjects and (obj := closing_frame_object(verb)) is not None and not (obj.idx < len(inside) and inside[obj.idx]):
        subjects = [obj]
    if not subjects and (rel := relative_clause_subject(verb)) is not None and not (rel.idx < len(inside) and inside[rel.idx]):
        subjects = [rel]
    if not subjects and (joined := subject_joined_to_noun(verb)) is not None and not (joined.idx < len(inside) and inside[joined.idx]):
        subjects = [joined]
    if not subjects and (shared := _series_subject(verb)) is not None and not (shared.idx < len(inside) and inside[shared.idx]):
        subjects = [shared]
    if not subjects and (named := _name_read_into_clause_before(verb)) is not None and not (named.idx < len(inside) and inside[named.idx]):
        subjects = [named]
    if not subjects:
        return None
    after = sorted((c for c in subjects if c.i > verb.i and c.is_alpha), key=lambda c: c.i)
    if len(after) > 1 and all(b.left_edge.i == a.right_edge.i + 1 or (b.left_edge.i == a.right_edge.i + 2 and verb.doc[
            a.right_edge.i + 1].text == "-") for a, b in zip(after, after[1:])):  # "co - founder": a hyphen between
        # '"…," fumed Lithuanian PM Inga Ruginiene.': the parser split one inverted subject into several; its head is
        # the last piece
        subjects = [c for c in subjects if c.i < verb.i] + after[-1:]
    return min(subjects, key=lambda c: (c.pos_ != "PROPN" and c.lower_ not in PRONOUNS, abs(c.i - verb.i)))


def _name_read_into_clause_before(verb):
    """'… require different standards for class certification and Justice Ruth Bader Ginsburg said it was …': the
    subject of a second clause after "and", which the parser read as a conjunct of the first clause's last noun, the
    verb as a conjunct of the first verb with no subject; the person named right before the verb, else None."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    name = doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ != "PERSON" or name.dep_ not in ("conj", "pobj", "dobj") or name.head == verb:
        return None
    return name if doc[name.left_edge.i - 1].lower_ == "and" and name.left_edge.i > verb.head.i else None


def _series_subject(verb):
    """'Goldwater took on the GOP establishment …, voted against the Civil Rights Act …, defiantly declared, "…," and
    then …': a finite verb in a series of predicates, set off by a comma, that the parser hangs on the main verb as an
    unlabelled dependent (`dep`) with no subject of its own, shares the main verb's subject."""
    head = verb.head
    # (a finite main verb of the same tense: not "… could echo those experienced in Europe …, called the “Maunder
    # Minimum,”", a naming participle the parser hangs on the main verb)
    if (verb.dep_ != "dep" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.pos_ != "VERB" or head.tag_ != verb.tag_
            or head.i > verb.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)):
        return None
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


def _relayed(verb, subj, verbs, anaphoric: bool = False) -> bool:
    """'Belarusian President Alexander Lukashenko said on Tuesday that …, BelTA news agency reported.': a named person's
    report that a closing frame relays is the person's words ("Officials said …, the ministry reported" stays the
    ministry's: a group's words are the body's account); so is an `anaphoric` one ("This was stated by the head of …,
    Kyrylo Budanov, …, Ukrinform reports")."""
    head = verb.head
    if (verb.dep_ != "ccomp" or head.dep_ != "ROOT" or head.i < verb.i or head.lemma_.lower() not in verbs
            or subj is None):
        return False
    if not anaphoric and (subj.ent_type_ != "PERSON" or subj.pos_ != "PROPN" or not that_clause(verb)):
        return False
    frame = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return frame is not None and (frame.lemma_.lower() in MEDIA_WORDS or (frame.ent_type_ == "ORG" and frame.pos_ == "PROPN"))


# who relays a public statement ("…, BelTA news agency reported", "…, state television said"); not "…, the officials
# said" after a closed-door interview, whose account is the officials' own
MEDIA_WORDS = {"agency", "media", "newspaper", "paper", "television", "tv", "channel", "outlet", "broadcaster", "radio",
               "website", "daily", "wire"}


# "This was stated by X": verbs that make the claim before the agent's (not "This was denied by X", nor "This was even
# admitted by X, that …", where the claim is the writer's and X concedes it)
ANAPHORIC_VERBS = {"state", "say", "announce", "report", "declare", "write", "note", "emphasize", "emphasise", "stress",
                   "post", "publish", "tell", "mention", "explain", "claim", "voice", "express", "communicate"}
# verbs of an as-clause that comments on the main clause ("as X reported"); not "as the hearings concluded" (while)
AS_VERBS = {"say", "report", "write", "note", "point", "tweet", "claim", "predict", "promise", "warn", "explain",
            "observe", "state", "mention", "reveal", "confirm", "announce", "acknowledge", "remark", "testify", "argue",
            "insist", "admit", "concede", "recount", "recall", "suggest", "document", "put", "tell", "declare", "assert",
            "contend", "stress", "emphasize", "emphasise", "allege"}


def anaphoric_report(verb) -> bool:
    """'This was stated by X': a verb that states (`ANAPHORIC_VERBS`), not negated, whose passive subject is a bare
    "this" or "that" (the claim before) and whose agent speaks."""
    return (verb.lemma_.lower() in ANAPHORIC_VERBS and not any(c.dep_ == "neg" for c in verb.children)
            and any(c.dep_ == "nsubjpass" and c.lower_ in ("this", "that") and not any(c.children) for c in verb.children)
            and any(c.dep_ == "agent" for c in verb.children))


def as_frame_of(verb) -> bool:
    """'As Ukrinform reported earlier, the border guards recorded …', 'Belarus will not join the war, as Lukashenko has
    said many times': an as-clause whose reporting verb has a subject and nothing to report of its own frames the main
    clause as that speaker's account; not "As expected, …", which names nobody, "as the conservatives called for his
    resignation" (while), nor the saying "as they say"; nor the writer's own experience ("At the time I knew nothing of
    …, as McCarrick himself would later tell")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (verb.dep_ == "advcl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("i", "we") for c in verb.head.children)
            and verb.lemma_.lower() in AS_VERBS and subj is not None and subj.lower_ not in ("they", "you", "one", "people")
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
            and not any(c.dep_ in ("ccomp", "dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in ("for", "against", "on"))
                        for c in verb.children))


def misparsed_subject(verb):
    """'Ukraine's foreign minister, Andrii Sybiha, called on Minsk to …': the parser made the role noun the sentence's
    root and the past-tense verb after the apposed name's comma a clause on it (minister/ROOT, called/acl). A finite
    past verb (VBD, not the participle of "the minister, called …") right after a comma, hanging on a root noun
    before it, is the main verb, and that noun its subject."""
    head = verb.head
    # (a participle's tag too, when a that-clause follows: "CNN, which has enlisted Ms. Griffin …, announced on Wednesday
    # that she would no longer appear.")
    # (… and one right after a closing quotation mark, the name the frame opens with: '“… So pathetic,” Frank Sharry, the
    # executive director of …, tweeted on Tuesday.', "pathetic" hung on the name)
    start = min([c.i for c in head.children if c.dep_ == "compound"] + [head.i])
    framing = start > 0 and verb.doc[start - 1].text in CLOSE_QUOTES + STRAIGHT
    if (verb.dep_ != "acl" or not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and (that_clause(verb) or framing)))
            or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i >= verb.i or verb.i == 0
            or verb.doc[verb.i - 1].text != ","):
        return None
    return head


def closing_frame_object(verb):
    """'The regime is preparing a provocation, the RIA Novosti agency reported on Wednesday, citing …': the parser
    made the closing frame's subject an object of the clause before it and the reporting verb a participle on that
    noun (agency/dobj, reported/acl). A past verb right after a noun phrase that a comma opens, hanging on the
    root verb before it, with no object or clause of its own, is the frame; the noun is its subject."""
    head, doc = verb.head, verb.doc
    if (verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.pos_ not in ("NOUN", "PROPN")
            or head.dep_ not in ("dobj", "npadvmod", "appos", "attr") or head.head.dep_ != "ROOT" or head.head.i > head.i
            or head.left_edge.i == 0 or doc[head.left_edge.i - 1].text != ","):
        return None
    if any(t.dep_ != "advmod" or t.head != verb for t in doc[head.i + 1 : verb.i]):
        return None  # "…, the agency, which reported" is no frame; "the agency also reported" is
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    return head


def subject_joined_to_noun(verb):
    """'The nuclear option was first used by Democrats for … appointments in 2013 and top Republicans – including
    President Trump – have indicated for weeks it’s a serious option': the parser joined the second clause's subject to
    a noun of the first (Republicans/conj of appointments) and made its verb a conjunct of the first verb, with no
    subject, to inherit the first one's. A conjunct verb with a finite auxiliary of its own ("have") opens a clause of
    its own; the noun phrase that "and" opens right before that auxiliary is its subject."""
    doc = verb.doc
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i), None)
    if verb.dep_ != "conj" or aux is None or aux.tag_ not in ("VBP", "VBZ", "VBD"):
        return None
    return next((t for t in doc[verb.head.i + 1 : aux.i] if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")
                 and t.head.i < t.i and t.right_edge.i + 1 == aux.i and t.left_edge.i > 0
                 and doc[t.left_edge.i - 1].lower_ == "and"), None)


def _cleft_clause(verb) -> bool:
    """'And so it was on Saturday, …, that the younger Mr. Hutchinson wrote to his father and warned that …': the
    that-clause of a cleft sentence, which the parser hangs on "it was", is its main clause."""
    head = verb.head
    return (verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lemma_.lower() == "be" and head.i < verb.i
            and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children)
            and not any(c.dep_ == "acomp" for c in head.children)  # ("It was clear that …" is no cleft)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
            and any(c.dep_ == "nsubj" for c in verb.children))


def _parallel_participle(verb):
    """'The White House had earlier issued a statement saying it was looking “forward” to the next steps after Mueller
    handed in his report and noting that …': a participle the parser joined to the finite verb of a clause inside an
    earlier participle's complement goes with that earlier participle; it, else None."""
    head = verb.head
    if not (verb.tag_ == "VBG" and verb.dep_ == "conj" and head.tag_ in ("VBD", "VBZ", "VBP")
            and any(c.dep_ == "nsubj" for c in head.children) and any(c.dep_ == "cc" for c in head.children)):
        return None
    return next((a for a in head.ancestors if a.tag_ == "VBG" and a.dep_ in ("acl", "advcl", "xcomp")), None)


# what someone says, which says nothing of its own ("his claims are correct")
CLAIM_NOUNS = {"claim", "argument", "allegation", "accusation", "assertion", "theory", "idea", "view", "belief", "opinion",
               "position", "charge", "complaint"}
def _contact_relative(verb) -> bool:
    """'The aid provides a fraction of the $94.4 billion Rossello has said the island needs': a relative clause without
    "that" whose subject, a name, the parser read as the object before it, and its verb as a conjunct of the main verb
    with no coordinator: no report of the main verb's subject ("… provides the aid and has said …" is one)."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "conj" or head.i > verb.i:
        return False
    first = min([verb] + [c for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i], key=lambda t: t.i)
    before = doc[first.i - 1] if first.i > 0 else None
    return (before is not None and before.pos_ == "PROPN" and before.dep_ in ("pobj", "dobj", "compound")
            and not any(t.dep_ == "cc" or t.text in (",", ";", "—", "–") for t in doc[head.i + 1 : first.i]))


def _colon_conjunct_of_contact_relative(verb, head) -> bool:
    """'He sent me the packets the school gave out for the lessons and commented:': a reporting verb introducing the
    block after its colon that the parser joined to a relative clause without a relative word on the main verb's
    object, not to the main verb; the main verb's subject speaks."""
    return (verb.dep_ == "conj" and verb.head == head and head.dep_ == "relcl" and head.head.dep_ == "dobj"
            and head.head.head.pos_ in ("VERB", "AUX") and verb.sent[-1].text == ":" and verb.sent[-1].i == verb.right_edge.i + 1
            and not any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in head.children))


# prepositions that also open a clause ("after Ms. Feinstein … said she received a letter")
CLAUSE_PREPOSITIONS = {"after", "before", "since", "until", "till"}


def _clause_read_as_phrase(verb) -> bool:
    """'The allegation went public last week after Ms. Feinstein, ranking Democrat on the Senate Judiciary Committee,
    said she received a letter …': a clause opened by "after", "before" … whose subject, a name, the parser read as the
    preposition's object, and its verb as a conjunct of the main verb with no coordinator: the writer's time clause, no
    report of the main verb's subject."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "conj" or head.i > verb.i or verb.i < 2:
        return False
    end = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
    if any(t.dep_ == "cc" or t.text in (";", "—", "–") for t in doc[head.i + 1 : verb.i]):
        return False
    return any(t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in CLAUSE_PREPOSITIONS and t.head.head == head
               and t.right_edge.i in (end, verb.i - 1) for t in doc[head.i + 1 : verb.i])


def relative_clause_subject(verb):
    """'On Friday, the aide, Elizabeth Lauten, 31, who has more than 14,000 followers … and at the time was a
    spokeswoman for a … congressman from Tennessee, wrote an open letter …': the parser made the relative clause's second
    verb a clause of the main verb (was/ccomp of wrote), with the relative's noun as its subject, and left the main
    verb none. A finite verb after a comma whose clause before it has a subject carrying a relative clause that a
    conjunction continues up to that clause: the subject is the verb's."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        subj = next((g for g in clause.children if g.dep_ == "nsubj" and g.i < clause.i), None)
        rel = next((g for g in subj.children if g.dep_ == "relcl" and g.i < clause.i), None) if subj is not None else None
        if rel is not None and any(g.dep_ == "cc" and rel.i < g.i < clause.i for g in rel.children):
            return subj
    return None


COPULAS = {"be", "become", "remain", "seem", "appear", "stay", "look", "sound", "feel"}


def _hyphen_after(tok) -> bool:
    """'co' in 'co-founder': a token joined to the next word by a hyphen."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].text == "-" and not doc[tok.i + 1].whitespace_


def _of_name_end(tok) -> int:
    """End of a description or name with its of-phrase when that names a place or body ("the city of Westerville",
    "the Department of Justice"), not when it is a field ("an analyst of the former USSR")."""
    place = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                  # ("the representative of the Russian Federation": a country's name may hold "the")
                  and not any(x.dep_ == "amod" or (x.dep_ == "det" and g.ent_type_ != "GPE") for x in g.children)
                  and not _affiliation(tok, g)
                  and g.ent_type_ != "DATE"), None)  # not "Your editorial of March 2"
    if place is None and tok.pos_ == "PROPN" and tok.lower_ in INSTITUTIONS:  # "the Institute for Strategic Studies"
        place = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == tok.i + 1
                      for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
    if place is None and tok.lower_ in INSTITUTIONS:  # "the government in Minsk", "the foreign ministry in Minsk"
        place = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.i + 1
                      for g in c.children if g.dep_ == "pobj" and g.ent_type_ == "GPE" and g.i == c.i + 1), None)
    if place is None and tok.lower_ == "head":  # "The head of state noted …": an office (`HEADS_OF`), no bare `head`
        place = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1
                      for g in c.children if g.dep_ == "pobj" and g.lower_ in HEADS_OF and g.i == c.i + 1), None)
    while place is not None and (more := next((c for c in place.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                                                and c.ent_type_ == place.ent_type_), None)) is not None:
        place = more  # "the foreign ministers of Lithuania, Latvia and Estonia": every place the phrase names
    return place.i + 1 if place is not None else tok.i + 1



NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _listed_before(subj):
    """'Theresa May' in "Theresa May, Emmanuel Macron and Angela Merkel issued …": a subject the parser set beside a
    subject joined by "and", a comma between them, when both are names spaCy tags alike; None otherwise (a description
    before the subject: "A former Marine, Mr. Hunter …")."""
    # (or a noun-phrase adverb: "Prime Minister Theresa May, President …", "May" read as the month)
    first = next((c for c in subj.head.children if c.dep_ in (subj.dep_, "npadvmod") and c.i < subj.i), None)
    if (first is None or first.right_edge.i + 2 != subj.left_edge.i or subj.doc[first.right_edge.i + 1].text != ","
            or first.ent_type_ != subj.ent_type_ or not first.ent_type_ or not _named_party(first)):
        return None
    return first


def _person_in_title(tok):
    """'Langenberg' in "U.S. Attorney John C. Anderson and Special Agent in Charge James C. Langenberg … said": the
    parser makes a title's head word the conjunct and hangs the name on the title's preposition; the one person its
    phrase names, right after title words, or None."""
    if tok.pos_ != "PROPN" or tok.ent_type_ or not tok.is_title:
        return None
    people = [e for e in tok.doc.ents if e.label_ == "PERSON" and tok.i < e.start and e.end - 1 <= tok.right_edge.i]
    if len(people) != 1 or not all(t.is_title or t.lower_ in ("in", "of", "for") for t in tok.doc[tok.i + 1 : people[0].start]):
        return None
    return people[0].root


def _named_party(tok) -> bool:
    """A proper noun naming a person, a body or a country (a party to a joint statement)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def _affiliation(tok, obj) -> bool:
    """'Ryhor Astapenia of Chatham House': the of-phrase names a body of its own (an ORG entity that does not hold the
    name before it), where the person works, not part of the name ("the Department of Justice" is one entity)."""
    ent = next((e for e in tok.doc.ents if e.start <= obj.i < e.end), None)
    return (tok.pos_ == "PROPN" and ent is not None and ent.label_ == "ORG" and not ent.start <= tok.i < ent.end
            and tok.lower_ not in INSTITUTIONS and tok.lower_ not in ROLE_NOUNS | TITLE_WORDS)


def dateline_dash(sent) -> int:
    """The index of the dash that ends a dateline opening the sentence ("WASHINGTON –", "VILNIUS, Lithuania —",
    "MOSCOW (Reuters) —", "BEIJING, Nov. 28 (Xinhua) --", "WASHINGTON, D.C., February 12, 2018 (LifeSiteNews) –"),
    or -1: an upper-case place, then at most fourteen capitalised words, numbers, commas and brackets."""
    if not len(sent) or not (sent[0].is_upper and len(sent[0]) > 1 and sent[0].is_alpha):
        return -1
    for t in sent[1:16]:
        if t.text in DASHES:
            return t.i
        if not (t.is_punct or t.text[:1].isupper() or t.like_num):
            return -1
    return -1


def _dateline(tok) -> bool:
    """'WASHINGTON – Hillary Clinton's campaign released …': a word of the dateline, which spaCy makes a subject."""
    return tok.i < dateline_dash(tok.sent)


def _after_dateline(tok):
    """'VILNIUS, Lithuania — Sviatlana Tsikhanouskaya, the … leader, said': spaCy makes the place the subject and
    the speaker its apposition: that word after the dash if it is the only one and a noun, else None (a word split
    at its hyphen, "E-mails released by …", hangs three)."""
    dash = dateline_dash(tok.sent)
    after = [t for t in tok.subtree if t.i > dash and t.dep_ == "appos" and t.head.i < dash]
    return after[0] if len(after) == 1 and after[0].pos_ in ("PROPN", "NOUN") else None


def _object_of_relative_clause(c, subjects) -> bool:
    """'A neighbor who heard the gunfire said …': spaCy hangs 'gunfire' on 'said' as a second subject. A subject
    that starts right after another subject's relative clause, whose verb has no object, is that clause's object."""
    return any(
        r.dep_ == "relcl" and r.right_edge.i + 1 == c.left_edge.i
        and not any(x.dep_ in ("dobj", "attr", "ccomp", "xcomp", "acomp", "prep") for x in r.children)
        for s in subjects if s is not c for r in s.children
    )


def _people_named_last(span, inside: list[bool]) -> str:
    """The description of the last plural noun for people a sentence names outside quotation marks as a subject, or as
    where something comes from ("… drew … rebuke from victims and their advocates"), or ""."""
    last = next((t for t in reversed(span) if t.tag_ == "NNS" and t.lemma_.lower() in ROLE_NOUNS | VOICE_NOUNS | PEOPLE_NOUNS
                 and (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.lower_ in ("from", "by")))
                 and not (t.idx < len(inside) and inside[t.idx])), None)
    return describe(last) if last is not None else ""


def _group_before(tok, bare: bool = False, inside: list[bool] | None = None):
    """For 'one of them/us' (or, `bare`, a lone 'some', 'many', 'others', 'they'): the nearest plural noun for people
    before it in the paragraph (outside the quoted characters `inside`, when given) that is a subject, else the nearest
    one ('a delegation of European diplomats'), else None."""
    if not bare and not any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in ("them", "us") for g in c.children)
                            for c in tok.children):
        return None
    people = [t for t in reversed(tok.doc[: tok.i]) if t.tag_ == "NNS" and t.lemma_.lower() in ROLE_NOUNS | VOICE_NOUNS
              and not (inside is not None and t.idx < len(inside) and inside[t.idx])]
    # a group that is a subject ("Three senior officials told …, according to people familiar with …") before others
    return next((t for t in people if t.dep_ in ("nsubj", "nsubjpass")), people[0] if people else None)


def _place_served(ent) -> bool:
    """'the representative of Belarus', 'the ambassador of the United States': a place or body that a role noun's
    of-phrase names, with no name after it ("President of Belarus Aleksandr Lukashenko" names the person): a place
    by spaCy's tag or a country by name (spaCy may tag "Belarus" ORG, and "Vadim Prokopiev" ORG in "a leader of the
    Belarus opposition-in-exile, Vadim Prokopiev")."""
    root, doc = ent.root, ent.doc
    place = ent.label_ in ("GPE", "LOC") or normalise(ent.text) in COUNTRIES
    return (place and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in ROLE_NOUNS
            and not (ent.end < len(doc) and doc[ent.end].pos_ == "PROPN"))


def _names_its_body(tok) -> bool:
    """Does a role noun name the body it serves ("the spokesman for the Filial Correction", "the president of the
    Belarusian Association of Journalists", "the head of Belarus's KGB", "the KirchenZeitung journalist")?"""
    return _body_served(tok) is not None or any(
        g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in ("ORG", "GPE", "NORP") or (
            g.lemma_.lower() in INSTITUTIONS | BODY_KINDS | HOUSES and any(d.dep_ == "det" for d in g.children)))
        for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children) or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and (c.ent_type_ == "ORG" or _acronym_of_body(c)) for c in tok.children)


def _acronym_of_body(tok) -> bool:
    """'the F.B.I. director', 'the NAACP president': an acronym (spaCy may tag it a place) that names no country ("the
    U.S. ambassador", "the EU envoy")."""
    bare = tok.text.replace(".", "")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper() and bare.lower() not in COUNTRIES | set(DEMONYMS)


def _body_served(tok):
    """The organisation a role noun works for, named as an entity ("a spokesperson for the European Commission", "an
    official at the World Bank", "the director of the FBI", "NATO's top military commander") or as an institution with its modifiers ("a
    spokesman for the Belarusian foreign ministry"), or None. An unnamed source is placed so too ("a source in the
    Belarusian border committee")."""
    if tok.lemma_.lower() not in ROLE_NOUNS | {"source"}:
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.ent_type_ == "ORG" and c.pos_ == "PROPN"), None)
    body = next((e for e in tok.doc.ents if owner is not None and e.start <= owner.i < e.end), None)
    if body is not None and (len(body) > 1 or body.text.isupper()):
        # "NATO's top military commander", "the European Union's envoy": the organisation's role (a country's stays the
        # role; one title-case word is as often a surname spaCy tags ORG: "Grimm's lawyer")
        return body
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "with", "from", "in", "of") and prep.i > tok.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ == "in" and not (obj is not None and obj.lemma_.lower() in INSTITUTIONS):
                continue  # "a source in the border committee" serves it; "officials in Vilnius" are only there
            if obj is not None and obj.ent_type_ == "ORG" and not (prep.lower_ == "of" and normalise(obj.text) in COUNTRIES):
                # ("the representative of Belarus", which spaCy may tag ORG, serves a country: `_of_name_end`'s)
                return next(e for e in tok.doc.ents if e.start <= obj.i < e.end)
            if prep.lower_ == "of":
                continue  # "the president of the Belarusian Association of Journalists" (an ORG entity) only
            if (obj is not None and obj.pos_ == "PROPN" and obj.is_title
                    and any(c.dep_ == "appos" and c.lemma_.lower() in FIRM_WORDS for c in obj.children)):
                # "analysts at Kpler, a commodity data firm": a name spaCy does not know as a body (or tags as a
                # person), which its apposition says is one; with its compounds ("Rystad Energy")
                first = min([c.i for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [obj.i])
                return tok.doc[first : obj.i + 1]
            if obj is not None and obj.lemma_.lower() in INSTITUTIONS and (obj.tag_ == "NN" or (obj.tag_ == "NNP" and obj.is_lower)):
                # "a spokesman for the Belarusian foreign ministry": an institution described in lower case (which
                # spaCy may tag a proper noun), when its modifiers say which one ("the ministry" alone says nothing the
                # role does not)
                mods = [c for c in obj.lefts if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN", "PROPN")]
                if mods:
                    return tok.doc[min(m.left_edge.i for m in mods) : obj.i + 1]
    return None


def _reporter_of(span, cues: list[Cue], source: str) -> str:
    """'Ihar Losik, a blogger, said a guard had told him in June that "…"' (source: the guard, the innermost report's
    speaker): the named person whose reporting verb, before it, governs the verb the source was read from (not a
    relative clause's: "Arroyo spoke with Cruz as well, who said he was …", parsed as a complement of "spoke"); else ""."""
    doc = span.doc
    inner = [doc[c.verb_i] for c in cues if c.speaker == source]
    inner = [v for v in inner if not any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("who", "which", "that")
                                         for g in v.children)]
    return next((c.speaker for c in cues if c.speaker and not c.pronoun and c.speaker != source
                 and any(c.verb_i < verb.i and doc[c.verb_i] in verb.ancestors for verb in inner)), "")


def _tail_according(span, i: int) -> bool:
    """'The prisoners released were a fraction of the 1,100 still held, according to Viasna.': "according to" after
    its sentence's main verb, closing it."""
    tok = span.doc[i]
    if tok.lower_ != "according" or tok.i < span.root.i:
        return False
    phrase = {t.i for t in tok.subtree}
    return all(t.is_punct or t.i in phrase for t in span.doc[tok.i : span.end])


def _focus_word(tok) -> bool:
    """'Even the loyal officials', 'both the Associated Press and …': a focusing adverb or a paired conjunction
    opening a noun phrase, no part of it."""
    return ((tok.dep_ == "advmod" and tok.lower_ in ("even", "only", "just", "also", "especially", "particularly"))
            or (tok.dep_ == "preconj" and tok.lower_ in ("both", "either", "neither")))  # (spaCy calls "14th" one too)


# nouns of a quantity whose of-phrase names who it is ("a number of students", "a handful of diplomats")
PARTITIVES = {"number", "handful", "majority", "minority", "couple", "dozen", "dozens", "hundreds", "thousands",
              "host", "lot", "lots", "plenty", "group", "score", "scores", "cluster", "crowd", "bunch", "band"}


def _partitive(tok) -> bool:
    """'a number of Belarusian students': a quantity noun whose of-phrase names people in the plural."""
    group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    return tok.lemma_.lower() in PARTITIVES and group is not None and group.tag_ in ("NNS", "NNPS")


def _owner_text(owner) -> str:
    """The name a possessive owner stands for: its entity up to the owner itself, without "the" and "'s" ("Garcia
    Zarate's", one entity to spaCy, is "Garcia Zarate")."""
    ent = next((e for e in owner.doc.ents if e.start <= owner.i < e.end), None)
    words = [t for t in (ent if ent is not None else owner.doc[owner.i : owner.i + 1]) if t.i <= owner.i]
    while len(words) > 1 and (words[0].lower_ == "the" or words[0].dep_ == "det"):
        words = words[1:]
    return "".join(t.text_with_ws for t in words).strip()


def owner_prefix(owner) -> str:
    """What an owner's possessive puts before a role or an institution in a source's name: a country's adjective
    ("Belarus's defence ministry" is the "Belarusian defence ministry" the writer may also write, and "China's
    representative" the "Chinese representative", not one `representative` for every country in a UN debate), else a
    body's or a place's name (`_named_owner`); "" for no owner, a pronoun or a common noun ("his spokesman", "the bank's
    economist": the caller may know whose)."""
    if owner is None:
        return ""
    return ADJECTIVE_OF.get(owner.lower_) or _named_owner(owner)


def _named_owner(owner) -> str:
    """The name of a body or place that owns a role or an institution, as a source's name puts it: a body's before the
    noun ("the Kremlin's spokesman" -> "Kremlin spokesman", as "a spokesman for the Kremlin" is named), a place's
    with its "'s" ("Sweden's ambassador", "Moscow's envoy"); "" for no owner, a person, a pronoun or a common noun
    ("the bank's economist"). A country with an adjective is the caller's (`ADJECTIVE_OF`)."""
    if owner is None or owner.pos_ != "PROPN" or owner.ent_type_ not in ("ORG", "GPE", "NORP", "FAC", "LOC"):
        return ""
    name = _owner_text(owner)
    return f"{name}'s" if owner.ent_type_ in ("GPE", "LOC") else name


# nouns that count what they stand before ("a dozen activists", "a couple of aides" is a group's "of")
COUNT_NOUNS = frozenset({"dozen", "dozens", "hundreds", "thousands", "score", "scores"})


def describe(tok, person=lambda name: name, known=lambda name: False) -> str:
    """An unnamed source keeps its description: 'a retired long-time US Government analyst of ...' ->
    'retired long-time US Government analyst'. One of a group is described by the group ('one of the officials' ->
    'official', 'two of the aides' -> 'aides'), and an ordinal or a count only tells unnamed sources apart ('a
    second official' -> 'official', 'one European diplomat' -> 'European diplomat', 'Two sources familiar with the
    matter' -> 'sources'), so a report counts them as one kind of voice. A named person's institution keeps its owner ("Lukashenko's press service", the name made canonical
    by `person`), and a role the organisation it serves ("a spokesperson for the European Commission" ->
    "European Commission spokesperson", which "the spokesperson" then repeats)."""
    group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if group is None and tok.lower_ in QUANTIFIERS:  # "some in the crowd chanted": the crowd
        group = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "among")
                      for g in c.children if g.dep_ == "pobj"), None)
    if (tok.pos_ == "NUM" or tok.lower_ in QUANTIFIERS) and group is not None and group.pos_ == "NOUN":
        if tok.lower_ == "one":
            return group.lemma_.lower()
        tok = group
    elif _partitive(tok):  # "A number of Belarusian students have written", "a handful of diplomats": the people
        tok = group
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    poss = {t.i for t in owner.subtree} if owner is not None else set()
    # a role or an institution keeps its owner, and so do a campaign and a team ("Moore’s campaign" is not "Jones’
    # campaign")
    owned = tok.lower_ in INSTITUTIONS | {"campaign", "team"} or tok.lemma_.lower() in ROLE_NOUNS
    ordinal = {c.i for c in tok.children if c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or c.lower_ == "other")}
    first = max(tok.left_edge.i, dateline_dash(tok.sent) + 1)  # not "WASHINGTON, D.C., February 12 (…) – Those"
    words = [t for t in tok.doc[first : tok.i + 1] if t.i not in poss and t.i not in ordinal]
    # "a deployment military analysts say ties down …": a noun the parser made a modifier opens a reduced relative
    # clause's antecedent, no part of the description
    while len(words) > 1 and (words[0].dep_ in ("det", "predet", "quantmod", "punct", "case", "neg") or _focus_word(words[0]) or words[0].text in ("’s", "'s")
                              or (words[0].lower_ in COUNT_NOUNS and words[0].i < tok.i)  # "a dozen activists"
                              # "In 2019 one popular host": a year the parser hung on the count after it
                              or (words[0].ent_type_ == "DATE" and words[0].dep_ == "nummod" and len(words) > 2
                                  and words[1].dep_ == "nummod" and words[1].tag_ == "CD")
                              or (words[0].dep_ == "nummod" and words[0].tag_ == "CD"  # "one", "Two sources", "3 officials"
                                  and words[0].ent_type_ not in ("DATE", "PERCENT", "MONEY", "QUANTITY")  # not "2020 …"
                                  and tok.lower_ not in ("percent", "%") and tok.lemma_.lower() not in FRACTIONS)
                              or (words[0].tag_ in ("NN", "NNS") and words[0].dep_ == "amod")
                              # "About 200 protesters", "More than 300 officials": the count's own modifiers
                              or (words[0].head.dep_ == "nummod" and words[0].head.tag_ == "CD"
                                  and words[0].head.i > words[0].i and words[0].head.head.i == tok.i)):
        words = words[1:]
    # "A September 2010 Congressional Research Service report": a date of two words or more opening it says when it was
    # made, no part of whose it is (a year alone stays: "The 2020 Democratic presidential candidates")
    run = next((k for k, w in enumerate(words) if w.ent_type_ != "DATE"), len(words))
    if run >= 2 and len(words) - run >= 2 and any(re.fullmatch(r"(?:1[89]|20)\d\d", w.text) for w in words[:run]):
        # (an age stays: "The 28-year-old Muslim man")
        words = words[run:]
    if len(words) > 2 and words[0].lower_ == "few" and words[0].i > 0 and tok.doc[words[0].i - 1].lower_ in ("a", "an"):
        words = words[1:]  # "A few health experts" (the parser's quantifier "A" gone): a count, not "few"
    if len(words) > 2 and words[0].lower_ == "such" and words[1].text == ",":
        words = words[2:]  # "As such, independent fact-checkers …": the parser hangs the adverbial's "such" on the noun
    start = words[0].i
    while start > 1 and tok.doc[start - 1].text == "-" and _hyphen_after(tok.doc[start - 2]):
        start -= 2  # "the co-founder": the word's first pieces, which the parser hangs elsewhere
        # … with their own modifiers ("A former vice-president": spaCy hangs "former" on "vice")
        start = min([start] + [c.left_edge.i for c in tok.doc[start].children if c.i < start and c.dep_ in ("amod", "compound")])
    # "relentlessly hawkish government": an adverb grading an adjective is no part of the description
    graded = {t.i for t in words if t.dep_ == "advmod" and t.tag_ == "RB" and t.head.pos_ == "ADJ" and t.head.i < tok.i}
    body = _body_served(tok)
    # "members of Veteran Intelligence Professionals for Sanity": the body goes before the role, not after it too
    span = tok.doc[start : tok.i + 1 if body is not None and body.start > tok.i else _of_name_end(tok)]
    end, doc = span.end, tok.doc
    while (span.end == tok.i + 1 and end + 1 < len(doc) and not doc[end - 1].whitespace_ and doc[end].text == "-"
           and not doc[end].whitespace_ and doc[end + 1].is_alpha):
        end += 2  # "the country’s commander-in-chief": the word's last pieces, which the parser hangs on it
    span = doc[start:end]
    text = "".join(t.text_with_ws for t in span if t.i not in graded).strip() if graded else span.text
    # "Police said" -> "police"; "ISIS", "HuffPost" (an inner capital) and a name tagged NOUN but recognised as an
    # entity keep their capitals
    if span[0].lower_ in PROPER_ADJECTIVES:
        text = text[0].upper() + text[1:]  # "a Western diplomat", "western officials" -> "Western …", wherever it stands
    elif (span[0].pos_ != "PROPN" and not (span[0].is_upper and len(span[0]) > 1) and span[0].ent_type_ not in NAMED_ENTITIES
          and not any(c.isupper() for c in span[0].text[1:])):
        text = text[0].lower() + text[1:]
    if owned and owner is not None and (owner.ent_type_ == "PERSON" or (
            (owner.pos_ == "PROPN" or owner.is_title) and known(_entity_text(owner))) or (
            owner.pos_ == "PROPN" and owner.ent_type_ not in ("GPE", "LOC", "NORP") and _entity_text(owner) == owner.text
            and _first_name(owner.text))) and not ADJECTIVE_OF.get(owner.lower_):
        # "Lukashenko's spokeswoman", "Lukashenko's press service"; "Losik's lawyer" when spaCy tags Losik, a person
        # named before, as a place; "Stone’s attorney added …", a known name opening the sentence that spaCy tags a
        # common noun; "Dzmitry's lawyer", a first name alone that spaCy tags an organisation
        return f"{person(_owner_text(owner))}'s {text}"
    if owned and (prefix := owner_prefix(owner)):
        return f"{prefix} {text}"  # "Belarus's defence ministry", "The Kremlin's spokesman"
    if (owned and owner is not None and owner.pos_ == "PROPN" and not owner.ent_type_ and owner.is_title
            and _entity_text(owner) == owner.text and owner.i + 1 < len(owner.doc) and owner.doc[owner.i + 1].tag_ == "POS"):
        # "Tsikhanouskaya's office, which had lobbied …", a name spaCy tags nothing: whose, as the writer put it (no
        # bare `office`)
        return f"{owner.text}'s {text}"
    if (owner is not None and owner.tag_ == "NNS" and owner.i + 2 == span.start
            and (owner.lemma_.lower() in PEOPLE_NOUNS or owner.lower_.endswith(PEOPLE_SUFFIXES))
            and tok.doc[owner.i + 1].text in ("'", "’")):
        return f"{owner.lower_}' {text}"  # "truckers' associations", "farmers' groups": whose, as a plural noun says
    if (served := _person_served(tok)) is not None:
        return f"{person(with_first_name(served).text)}'s {text}"  # "a lawyer for Mrs. Clinton": "Hillary Clinton's lawyer"
    share = next((e for e in tok.doc.ents if e.label_ == "PERCENT" and e.start <= tok.i < e.end), None)
    if share is not None and group is not None and group.pos_ in ("NOUN", "PROPN") and body is None:
        # "a staggering 55 percent of Republican primary voters": the share and its people, as "two thirds of Poles"
        people = [t for t in tok.doc[group.left_edge.i : group.i + 1] if t.dep_ not in ("det", "predet")]
        return f"{share.text} of {''.join(t.text_with_ws for t in people).strip()}"
    if body is not None:
        name = body[1:] if body[0].lower_ == "the" else body
        label = name.text
        # "a spokesperson for Lithuania's interior ministry": the institution keeps its owner, as it does as a subject
        # ("Lithuanian interior ministry spokesperson"; not one spokesman for every country's ministry)
        body_owner = next((c for c in name[-1].children if c.dep_ == "poss" and c.i < name.start), None)
        if (prefix := owner_prefix(body_owner)) and not label.lower().startswith(prefix.lower()):
            label = f"{prefix} {label}"
        if body.start > tok.i and tok.doc[tok.i + 1].lower_ == "of" and text.endswith(tok.text) and text != tok.text:
            # "a former secretary of the Department of Homeland Security": "former Department of Homeland Security
            # secretary", the role's own words before the body
            before, role = text[: -len(tok.text)].rstrip(), tok.text
            if before.endswith("-"):  # "the co-founder of Strategic Partners": "Strategic Partners co-founder"
                before, _, first = before.rpartition(" ")
                role = first + role
            return f"{before} {label} {role}".lstrip()
        return f"{label} {text}"
    if tok.tag_ in ("NNS", "NNPS") and (place := _place_of_people(tok)) is not None:
        return f"{text} in {place}"  # "officials in Kyiv say" and "Officials in Minsk said" are two sources
    return text


def _place_of_people(tok) -> str | None:
    """'officials in Kyiv', 'residents in Chernihiv', 'Democrats in Congress': the named place of a group of people,
    right after the noun."""
    if tok.lemma_.lower() not in ROLE_NOUNS | PEOPLE_NOUNS | GROUP_WORDS:
        return None
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" and c.i == tok.i + 1), None)
    place = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if place is None or place.pos_ != "PROPN" or any(c.dep_ == "det" for c in place.children):
        return None  # (spaCy tags "Minsk" GPE, ORG or nothing; "in the region" is no named place)
    whole = tok.doc[place.left_edge.i : place.right_edge.i + 1]  # "officials in Warsaw and Vilnius"
    if all(t.pos_ == "PROPN" or t.lower_ in ("and", ",") for t in whole):
        return whole.text
    return tok.doc[place.left_edge.i : place.i + 1].text


@dataclass
class Context:
    """What earlier sentences of the article tell about who is speaking."""

    people: list[str] = field(default_factory=list)  # canonical names, in order of mention
    last_speaker: str = ""  # last non-author source of a body sentence
    prev_source: str = ""  # source of the previous body sentence ("author" included)
    # (that source, the named reporter whose report held the report it was read from): "Ihar Losik said a guard had
    # told him that "…"" gives ("guard", "Ihar Losik"), and the next sentence's "he" is Losik
    prev_reporter: tuple[str, str] = ("", "")

    last_person_speaker: str = ""
    # the named person the previous sentence of the paragraph is about, when that sentence is the writer's own
    # ("Sviatlana Tsikhanouskaya, the exiled opposition leader, condemned the arrest. “…,” she wrote.")
    prev_subject: str = ""
    # the people the writer's previous sentence has as joint subject ("Senator Mark Udall and Senator Ron Wyden
    # released a statement."), whom "they" means next; `prev_subject` keeps the first of them for "he" or "she"
    prev_joint: str = ""
    prev_people: str = ""  # the plural noun for people the writer's previous sentence names last ("victims"), for a "they"
    prev_group: str = ""  # a group or body the writer's previous sentence has as subject ("The Western media …")
    # `prev_subject` and `prev_joint` kept across a paragraph break (PTC's articles are often a sentence a line), for a
    # pronoun nothing else resolves ("Penkoski and his daughter, Brielle, contested Branch's claims." ¶ "…, they told
    # Christian Post.")
    last_subject: str = ""
    last_joint: str = ""
    last_in_list: bool = False  # `last_subject` is a list item's ("• In September, Paddock arrived at Haig's home …")
    # the people the writer's previous sentence of the paragraph names when its subject is no pronoun and it asks
    # nothing ("That did not satisfy Justice Scalia." ¶ "“If somebody tells you …,” he said": Scalia)
    prev_named: list[str] = field(default_factory=list)
    # `prev_named` as the paragraph before left it, for a writer's "I greeted him …" that opens a paragraph of its own
    named_before_par: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)  # every speaker a reporting verb named so far, in order
    # the quoted words of the article's sentences so far, lower case, with their speakers ("simply fire", Faggioli)
    quoted_by: list[tuple[str, str]] = field(default_factory=list)
    # institutions named in any role, each with how many `sources` there were then ("WFAA asked the Dallas Police
    # Department …" ¶ "The department did respond …")
    bodies: list[tuple[int, str]] = field(default_factory=list)
    # offices named with what they serve and no holder's name, in capitals ("the President of Columbia", "the
    # Secretary of the Episcopal Conference"), whom "The President said" and "[the Secretary] said" mean next
    roles: list[str] = field(default_factory=list)
    interviewee: str = ""  # the person or role the writer's latest sentence about one was about
    interview: bool = False  # a "Q:" turn has been seen
    # whose a document is, by its noun: "In a statement, it warned …" (the source's), "The ministry issued a statement"
    # (the issuer's); "The statement added …" then speaks for them
    documents: dict[str, str] = field(default_factory=dict)
    # the issuer of a text the writer's sentence just said was issued ("The German federation gave a summary of …"),
    # whose words a quotation opening the next paragraph with no cue of its own are
    issued_last: str = ""
    said_here: list[str] = field(default_factory=list)  # the speakers the paragraph's reporting verbs named so far

    named_here: list[tuple[str, int]] = field(default_factory=list)  # people of the current paragraph, with offsets
    inside: list[bool] = field(default_factory=list)  # the current paragraph's characters inside quotation marks
    # where the current paragraph's and the current sentence's entries of `sources` begin: the paragraph's cues are read
    # before any of its sentences is given a speaker, so `last_person_speaker` still names the paragraph before's
    par_sources: int = 0
    sent_sources: int = 0
    renames: dict[str, str] = field(default_factory=dict)  # a described speaker -> the name given later ("the pilot, … Andrei")
    about_before: str = ""  # the organisation or country the paragraph's previous sentence is about, while its cues are read
    about_last: str = ""  # ... that the previous paragraph's last sentence was about ("The report … ¶ It warns that …")

    def start_paragraph(self, named: list[tuple[str, int]]) -> None:
        self.named_here = named
        self.people.extend(name for name, _ in named)
        self.par_sources = self.sent_sources = len(self.sources)
        self.said_here = []

    def people_before(self, tok) -> list[str]:
        """People named before this token (or paragraph character offset) of the current paragraph, in order: a
        description refers back, never to a name later in its own sentence ("The Ukrainian president made it clear
        that Kyiv …", Kyiv tagged PERSON)."""
        offset = tok if isinstance(tok, int) else tok.idx
        later = sum(1 for _, at in self.named_here if at >= offset)  # a suffix of `people`: mentions are in order
        return self.people[: len(self.people) - later]

    def repeated(self, tok) -> str:
        """The latest source (or organisation the writer's sentence was about) described by a longer phrase with this
        noun at its head: 'the diplomat' after 'a senior European Union diplomat', 'the embassy' after 'The U.S.
        Embassy in Minsk'."""
        words = {tok.lower_, tok.lemma_.lower()}
        # the latest source with this head word; one described by the word alone ("women" after "65 women …") is
        # `spoke_before`'s, not an earlier, longer one's ("unidentified woman")
        at, latest = next(((k, s) for k, s in reversed(list(enumerate(self.sources))) if _head_word(s).lower() in words),
                          (-1, ""))
        if tok.lemma_.lower() in INSTITUTIONS:  # ... or an institution named since, whatever its role in the sentence
            # (not one that spoke, by a longer name: "Russia's Defence Ministry said" is `Russian Defence Ministry`)
            latest = next((b for k, b in reversed(self.bodies) if k > at and _head_word(b).lower() in words
                           and not any(b in src and _head_word(src).lower() in words for src in self.sources)), latest)
        # a name or a nationality of its own before the noun names another ("the Tass news agency" after "the RIA
        # Novosti agency", "the Canadian government" after "The US government"; "the Belarusian ministry" may be
        # "Belarus's foreign ministry")
        before = tok.doc[tok.left_edge.i : tok.i]
        names = [t.text for t in before if t.dep_ == "compound" and t.pos_ == "PROPN"]
        nationalities = [t.text for t in before if t.ent_type_ in ("NORP", "GPE") and t.text[:1].isupper() and t.text not in names]
        theirs = [w for w in latest.split()[:-1] if w[:1].isupper()]
        if any(not any(w[:4].lower() == o[:4].lower() for w in theirs) for o in names) or (theirs and any(
                not any(w[:4].lower() == o[:4].lower() for w in theirs) for o in nationalities)):
            return ""
        # ... and so does a place or body after it ("the representative of Belarus" after "the representative of
        # Poland")
        served = [g.text for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("of", "for")
                  for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        if served and not any(w[:4].lower() == o[:4].lower() for o in served for w in latest.split()):
            return ""
        return latest if " " in latest else ""

    def spoke_before(self, tok) -> bool:
        """'Losik's lawyer … said …. “…,” the lawyer added.': the article's sources so far include this very role
        word, a speaker described by it alone."""
        return tok.lower_ in self.sources

    def resolve_pronoun(self, has_quote: bool, is_person=lambda name: True, agrees=lambda name: True,
                        before: int | None = None, spoken_of: frozenset | set = frozenset(),
                        plural: bool = False, he_or_she: bool = False, later: frozenset | set = frozenset(),
                        bound: frozenset | set = frozenset()) -> tuple[str, str]:
        """The source a pronoun refers to; `agrees` rules out sources the pronoun's gender cannot refer to; `before`:
        the paragraph character offset of the pronoun (or its reporting verb), after which a person named is no
        antecedent ("…, he signaled, though … once Mr. Mueller's findings are understood"); `spoken_of`: people named
        inside the quote the pronoun reports, no antecedent as the last person named; `plural`: "they", which no one
        person named or quoted sentences before is ("A police unit arrived. They heard Traore chanting. They asked
        for reinforcements.": the unit's, not Traore's); `he_or_she`: a "he" or "she" reporting, which the person the
        writer's sentence before names may be, unless its own sentence names them after it (`later`); `bound`: people
        the pronoun's own clause names, whom a "he" or "she" never is ("as he called on Trump to apologize")."""
        # (not a person the pronoun's own clause names: "This triggered a fiery response from Fox, …, as he called on
        # Trump to apologize" after Trump's words is Fox's)
        inner, reporter = self.prev_reporter
        if (reporter and inner == self.prev_source and is_person(reporter) and agrees(reporter) and reporter not in bound):
            return reporter, "pronoun -> the reporter of the previous sentence's report"
        if (self.prev_source and self.prev_source != "author" and is_person(self.prev_source) and agrees(self.prev_source)
                and self.prev_source not in bound and not (plural and _one_named_person(self.prev_source))):
            # (not a "they" after one person named: "“… a possible terrorist nexus,” Perry said." ¶ "The investigation has
            # been conducted by local and state police, …, and yet, they continue to claim …")
            return self.prev_source, "pronoun -> previous sentence's source"
        if plural and self.prev_joint:
            return self.prev_joint, "they -> the people the writer's previous sentence has as subject"
        if self.prev_subject and is_person(self.prev_subject) and agrees(self.prev_subject) and self.prev_subject not in bound:
            return self.prev_subject, "pronoun -> subject of the writer's previous sentence"
        if plural:  # (one of a joint subject, "Mr. Udall and Mr. Wyden said …. They added …", went above; below, a
            # person named or quoted some sentences back is not "they")
            agrees = lambda name, agrees=agrees: agrees(name) and not is_person(name)  # noqa: E731
        # (not a person the pronoun's own sentence names after it, `later`: "And she was quoted as saying that Abedin “…”")
        if has_quote and he_or_she and (named := next((p for p in reversed(self.prev_named)
                                                       if agrees(p) and p not in spoken_of and p not in later), "")):
            # a quotation after the writer's sentence naming someone ("Then there was New Jersey Sen. Bob Menendez's
            # response. He bluntly accused Trump of …") is theirs, not the last person's quoted before it
            return named, "pronoun -> person the writer's previous sentence names"
        if has_quote and self.last_person_speaker and agrees(self.last_person_speaker) and self.last_person_speaker not in bound:
            return self.last_person_speaker, "pronoun -> last person quoted"
        if has_quote and self.last_speaker and agrees(self.last_speaker) and self.last_speaker not in bound:
            return self.last_speaker, "pronoun -> last speaker"
        if (before is not None and not plural and self.last_subject and not self.last_in_list and is_person(self.last_subject)
                and agrees(self.last_subject) and not any(at < before for _, at in self.named_here)):
            # a line that names nobody before its pronoun, after a line of the writer's about a person: "He sometimes
            # praises Kavanaugh, but …" ¶ "The White House demanded a final vote; by Wednesday, he was saying …" (not
            # after a list item: a bulleted summary's subject is no topic the next line's "he" goes on, "• In
            # September, Paddock arrived at Haig's home …" ¶ "The ammunition, he said, was:" is the seller's)
            return self.last_subject, "pronoun -> subject of the writer's sentence before, a paragraph up"
        people = self.people if before is None else self.people_before(before)
        named = next((p for p in reversed(people) if agrees(p) and p not in spoken_of and p not in bound), "")
        if named:
            return named, "pronoun -> last person named"
        if self.last_speaker and agrees(self.last_speaker):
            return self.last_speaker, "pronoun -> last speaker"
        # (as `prev_joint` and `prev_subject` resolve a pronoun in the paragraph, "they" included)
        if plural and self.last_joint:
            return self.last_joint, "they -> the people the writer's sentence before, a paragraph up, has as subject"
        if self.last_subject and is_person(self.last_subject) and (plural or agrees(self.last_subject)):
            return self.last_subject, "pronoun -> subject of the writer's sentence before, a paragraph up"
        return "", "unresolved pronoun"


# role nouns a writer uses for one person ("a civil attorney … the civil lawyer wrote")
ROLE_KIN = [{"lawyer", "attorney", "counsel"}, {"spokesman", "spokeswoman", "spokesperson", "representative", "official"},
            {"adviser", "advisor", "aide", "official"}, {"diplomat", "envoy", "ambassador", "official", "representative"},
            {"congressman", "congresswoman", "lawmaker", "senator", "representative", "politician", "member"},
            {"analyst", "expert", "researcher", "economist", "professor", "scholar"}]


def _same_role(a: str, b: str) -> bool:
    """May two role nouns name one person ("attorney" and "lawyer"; not "spokesman" and "president")?"""
    return a == b or a.rstrip("s") == b or any(a in kin and b in kin for kin in ROLE_KIN)


def _head_word(name: str) -> str:
    """The head word of a source's name: 'U.S. Embassy in Minsk' -> 'Embassy', 'Ministry of Defence' -> 'Ministry'."""
    return name.split(" in ")[0].split(" of ")[0].split()[-1]


QUESTION_SHARE = 6  # an interview without turn markers has a question at least every this many body paragraphs


def question_turns(paragraphs) -> tuple[set[int], int]:
    """The question paragraphs of an interview without "Q:"/"A:" markers, and the index of the first (-1 when the
    article is none): at least two body paragraphs of one sentence ending in "?", outside quotation marks, and a body
    paragraph before the first that introduces an interview ("She spoke to us in Vilnius.", "in an interview"), unless
    every question opens with a dash ("— Do you fear arrest?"), as dialogues in translated Russian media do."""
    body = [p for p in paragraphs if p.kind == "body"]
    asks = [p for p in body if p.doc is not None and _bare(p.text).endswith("?") and not INTERVIEW_TURN.match(p.text)
            and _bare(p.text)[:1] not in OPEN_QUOTES + STRAIGHT + SINGLE_OPEN]
    bold = [p for p in asks if p.bold]  # a Markdown interview sets its questions in bold, however long
    questions = [p for p in asks if len(list(p.doc.sents)) == 1 or p in bold]
    if len(questions) < 2:
        return set(), -1
    # the dashes or the bold type mark the turns: no introduction needed
    marked = all(p.text.lstrip()[:1] in TURN_DASHES for p in questions) or len(bold) == len(questions)
    if not marked and not any(INTERVIEW_INTRO.search(p.text) or EDITING_NOTE.search(p.text)
                              for p in body if p.index < questions[0].index):
        return set(), -1
    # a Q&A asks all along: a column that mentions an interview and asks two rhetorical questions is none (PTC train:
    # 4 questions in the 81 body paragraphs from the first on)
    if len(questions) * QUESTION_SHARE < sum(p.index >= questions[0].index for p in body):
        return set(), -1
    # in an interview so found, a question of two sentences ("You have said …. What do you mean?") is one too, where
    # the paragraph before it is no question (an answer that ends in a question of its own follows a question)
    indices = {p.index for p in questions}
    prev = {p.index: q for q, p in zip([None, *body], body)}
    for p in asks:
        if len(list(p.doc.sents)) == 2 and p.index not in indices and (prev[p.index] is None or prev[p.index].index not in indices):
            indices.add(p.index)
    return indices, min(indices)


def _names_in_third_person(spans, names: set[str]) -> bool:
    """Whether a sentence names one of these people (surnames, lower case) other than in address: "Helms was later
    convicted" does, "John Pilger, it is great to talk to you again" does not."""
    for sp in spans:
        if sp is None or any(t.lower_ in ("you", "your") for t in sp):
            continue
        if any(t.lower_ in names and t.text[:1].isupper() for t in sp):
            return True
    return False


ATTACK_NOUNS = {"attack", "criticism", "fire", "assault"}  # "under attack as a “hater”": what the attackers call him


def _known_as(tok) -> bool:
    """'Gonzalez became known as “The Great Left Hope,”', 'he is under heavy attack as a “hater”': a quotation right after
    an "as" on a passive with no agent or on an attack, the name others give the subject, not the subject's words."""
    if (as_ := _as_before(tok)) is None:
        return False
    head = as_.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in ATTACK_NOUNS
    return (head.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
            and not any(c.dep_ == "agent" for c in head.children))


def _as_before(tok):
    """The "as" right before a quotation's first word (and its marks and article), or None."""
    k = tok.i - 1
    while k >= 0 and (tok.doc[k].is_punct or tok.doc[k].lower_ in ("a", "an", "the")):
        k -= 1
    return tok.doc[k] if k >= 0 and tok.doc[k].lower_ == "as" else None


def _after_as(tok) -> bool:
    """'mocking Sen. Grassley as a “farmer from Iowa …”': a quotation that opens right after "as" (and an article), what
    a verb calls someone."""
    return _as_before(tok) is not None


def _comments_on_that(span) -> bool:
    """'That’s code language that …', 'This is nonsense': a sentence whose subject is a bare "that" or "this" before a
    form of "be" judges what was said before it."""
    root = span.root
    if root.lemma_ != "be" and root.lower_ not in ("’s", "'s"):  # (spaCy may leave the curly "That’s" unlemmatised)
        return False
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in ("that", "this") and subj.i == span.start and not list(subj.children)


def _bare(text: str) -> str:
    """A paragraph's text without the Markdown emphasis around it ("**Do you fear arrest?**"; masked to spaces when
    the article was read as Markdown)."""
    return text.strip().strip("*_").strip()


SPOKEN = re.compile(r"\b(?:I|we|We|my|My|our|Our|you|You|your|Your|us)\b")


def transcript_labels(paragraphs) -> dict[str, str]:
    """The speaker labels of a transcript ("HOST:", "BUDRYS:", "MR. PRICE:", "RFE/RL:"; title-case "Journalist:",
    "Lukashenko:" when one of the labels is the interviewer's), when at least two body paragraphs open with one, each
    mapped to its part: "writer" ("HOST:"), "asks" (at least two turns, mostly questions: "RFE/RL: Could Belarus join
    the war?"; the writer's unless a person of the article) or "speaks". The writer's own labels ("UPDATE:", "EDITOR'S
    NOTE:") are none; nor are title-case labels with no interviewer beside them ("Monday: …", a glossary), unless they
    are a debate record's: two or more full names ("Tom Tugendhat (Tonbridge) (Con):", "The Minister for Europe
    (Stephen Doughty):") whose turns mostly speak in the first or second person or ask. A podcast's time stamp may
    open the label ("[00:00:27] KATIA GLOD:")."""
    body = [p for p in paragraphs if p.kind == "body"]
    turns = [(m.group(1), p.text) for p in body if (m := TRANSCRIPT_TURN.match(p.text))]
    titled = [(m.group(1), p.text) for p in body if (m := ROLE_TURN.match(p.text) or TITLE_TURN.match(p.text))
              and m.group(1).upper() not in NOT_SPEAKER_LABELS]
    texts: dict[str, list[str]] = {}
    for label, text in turns + titled:
        texts.setdefault(label, []).append(text)
    asking = {x for x, t in texts.items() if len(t) >= 2 and sum(y.rstrip().endswith("?") for y in t) * 3 >= 2 * len(t)}
    labels = [x for x, _ in turns]
    # a debate record names its speakers in full, with no interviewer, and their turns speak: a first or second
    # person, or a question, in at least half of them (a factbox of people by name holds neither)
    named = {x for x, _ in titled if _full_name(x)}
    spoken = sum(bool(SPOKEN.search(t) or t.rstrip().endswith("?")) for x, t in titled if x in named)
    debate = len(named) >= 2 and spoken * 2 >= sum(x in named for x, _ in titled)
    if len({x for x, _ in turns + titled}) >= 2 and any(x.upper() in WRITER_LABELS or x in asking for x, _ in turns + titled):
        labels += [x for x, _ in titled]
    elif debate:  # (only the full names: not a scraped page's "Special Ed: Voices fro..." beside an interview)
        labels += [x for x, _ in titled if x in named]
    labels = [x for x in labels if x not in NOT_SPEAKER_LABELS and sum(c.isalpha() for c in x) >= 2]
    if len(labels) < 2:
        return {}
    return {x: "writer" if x.upper() in WRITER_LABELS else "asks" if x in asking and len(asking) < len(set(labels)) else "speaks"
            for x in set(labels)}


BLOCK_LINES = 12  # lines a person's block without marks may run in text of a sentence a line
# a line ending in a citation closes the passage it cites ("… upon him that doth evil (Rom." ¶ "13:2-4).")
CITATION_END = re.compile(r"\d+\s*:\s*\d+[\d\s,;:–-]*\)\.?\s*$")


def _ends_block_of_lines(par, attributor) -> bool:
    """A line that ends a person's block set down over lines: a bracketed credit alone ("(source)"), a one-word
    exclamation ("Indeed!"), or a line whose subject is another person the article named ("Wills doesn’t mention …")."""
    text = par.text.strip()
    if re.fullmatch(r"\([^()]*\)\.?", text) or (len(text.split()) == 1 and text.endswith("!")):
        return True
    subj = _root_subject(par.doc[:])
    return (subj is not None and subj.dep_ == "nsubj" and subj.text[:1].isupper() and subj.pos_ in ("PROPN", "NOUN")
            and (subj.ent_type_ == "PERSON" or attributor.registry.known(_entity_text(subj))))


def _names_speaker(doc, speaker: str) -> bool:
    """Whether a line names the speaker by the last word of their name ("The professor said they'd take Arnold's
    concerns …" after Ashley Arnold's block)."""
    last = speaker.split()[-1].lower() if speaker.split() else ""
    return bool(last) and any(t.lower_ == last or t.lower_.rstrip("’'s") == last for t in doc)


def attribute_article(seg: Segmented, attributor: Attributor) -> list[Sentence]:
    """Fill `source`, `attribution`, `attribution_note` and `quoted` of every sentence of one article."""
    ctx = Context()
    by_par: dict[int, list[Sentence]] = {}
    for s in seg.sentences:
        by_par.setdefault(s.paragraph, []).append(s)
    carry, chain_speaker = False, ""
    open_chain = ""  # (a sentence a line) the speaker of a quotation left open, while the lines after it hold no marks
    single_chain = False  # the quotation the paragraph before left open is in single marks
    # text of a sentence a line (PTC's articles): a person's block set down without marks after "X said:" runs over
    # lines, not one paragraph (`block_lines` counts them)
    body_pars = [p for p in seg.paragraphs if p.kind == "body"]
    lines_layout = len(body_pars) >= 10 and sum(len(by_par.get(p.index, [])) == 1 for p in body_pars) >= 0.9 * len(body_pars)
    block_lines = 0
    block_speaker = ""  # who spoke the "X said:" that ended the previous body paragraph (or its block went on)
    block_from_intro = False  # `block_speaker` is the intro's of the paragraph just before
    intro_heading = False  # ... and that intro a heading ("Pilger’s Statement")
    intro_comma = False  # that intro ended in a comma ("… wrote to me saying,"): it introduces a quotation, no block
    block_bullet, block_quote, block_list = "", 0, 0  # what a block that goes on continues with: a list's bullet, a Markdown
    # block quote or list
    block_we = False  # ... or a paragraph in the block's speaker's "we", after a block in none
    turns = transcript_labels(seg.paragraphs)
    last_turn = max((p.index for p in seg.paragraphs if p.kind == "body" and (
        ((m := turn_label(p.text)) and m.group(1) in turns) or INTERVIEW_TURN.match(p.text))), default=-1)
    turn_who: str | None = None  # whose transcript turn goes on over the unlabelled paragraphs after its label
    turn_quoted = False  # that turn is a quotation ("SMITH: “You whip ’em up. …"), which ends with its closing mark
    turn_names: set[str] = set()  # the transcript's speakers by surname: the writer naming one ends a turn
    questions, first_question = question_turns(seg.paragraphs)
    unresolved: list[tuple[Sentence, str]] = []  # reported or quoted words whose speaker no rule found
    posts: list[tuple[list[Sentence], str]] = []  # embedded posts credited at their paragraph's end, and the poster
    post_credits: list[Sentence] = []  # the credit lines of those posts, when a sentence of their own
    post_runs: list[tuple[int, str, int]] = []  # a post's first paragraph, its poster and the characters it holds so far
    last_body: Sentence | None = None  # the body sentence before the current one, for "This was stated by X"
    texts = {p.index: p.text for p in seg.paragraphs}
    for par in seg.paragraphs:
        sents = by_par.get(par.index, [])
        if (credit := _credit_ending(par.text)) is not None and sents and not _post_credit(par.text):
            # "In Naba 100 #ISIS featured an infographic … pic.twitter.com/5JhMFbU2Se — SITE Intel Group (@siteintelgroup)
            # October 5, 2017": an embedded post with its credit in one paragraph, all of it the poster's words (given
            # once the article is read, so that the quotations around it are read as ever)
            posts.append((sents, attributor.registry.lookup(credit.group("name"))))
            post_runs.append((par.index, posts[-1][1], _post_chars(par.text[: par.text.rfind(credit.group(0).strip()[:1])])))
        if (sents and (fb := FACEBOOK_ENDING.search(par.text)) is not None and fb.start() > 0
                and not _post_credit(par.text)):
            # "Please read, if you care about my mother please share. I love you momma, … Posted by Austin Aslim Monahan
            # on Saturday, August 11, 2018": a Facebook post with its credit in one paragraph, the credit nobody's words
            # (when a sentence of its own)
            alone = FACEBOOK_CREDIT.fullmatch(sents[-1].text) is not None
            posts.append((sents[:-1] if alone else sents, _credit_name(fb.group("name"), attributor, page=True)))
            post_credits.extend(sents[-1:] if alone else [])
        if (credit := _post_credit(par.text)) and sents:
            # "Russia launched 112 drones overnight. …" ¶ "— Volodymyr Zelensky (@ZelenskyyUa) December 3, 2025" (or
            # "pic.twitter.com/AbC123 — …"): an embedded post; its text, the body paragraph right before, is the
            # poster's, the credit line nobody's words
            who = _credit_name(credit.group("name"), attributor, page=credit.re is FACEBOOK_CREDIT)
            post = by_par.get(last_body.paragraph, []) if last_body is not None and last_body.paragraph == par.index - 1 else []
            if post:
                # (the links before the credit are the post's too: "https://t.co/Rxx13odSC8 — Anne Marie Waters …")
                post_runs.append((par.index - 1, who, _post_chars(texts.get(par.index - 1, "")) + _post_chars(
                    par.text[: par.text.find(credit.group(0).strip()[:1])])))
            for s in post:
                s.source, s.attribution, s.quoted = who, "direct", 1.0
                s.attribution_note = "embedded post, credited on the next line"
            for s in sents:
                s.source, s.attribution, s.attribution_note, s.quoted = "author", "author", "embedded post's credit", 0.0
            if post:
                ctx.last_speaker = ctx.prev_source = who
                if attributor.personal(who):
                    ctx.last_person_speaker = who
            carry, chain_speaker, last_body = False, "", None
            continue
        if (sents and (credit := NAME_CREDIT.match(par.text)) is not None and last_body is not None
                and last_body.paragraph == par.index - 1 and _first_name(credit.group("name").split()[0])
                and normalise(credit.group("name")) != normalise(seg.article.author or "")):
            # the quotation's paragraphs, back to the one its opening mark starts (up to six)
            ks = [last_body.paragraph]
            while (texts.get(ks[0], "").lstrip()[:1] not in OPEN_QUOTES + STRAIGHT and len(ks) < 6
                   and by_par.get(ks[0] - 1)):
                ks.insert(0, ks[0] - 1)
            quoted = [x for k in ks for x in by_par.get(k, [])]
            before = seg.sentences[quoted[0].index - 1] if quoted and quoted[0].index > 0 else None
            text = "\n".join(texts.get(k, "") for k in ks).strip()
            marks = [ch for ch in text if ch in DOUBLE_QUOTE_MARKS]
            if (quoted and all(x.kind == "body" for x in quoted) and text[:1] in OPEN_QUOTES + STRAIGHT
                    and text[-1:] in CLOSE_QUOTES + STRAIGHT and len(marks) == 2
                    and before is not None and before.kind == "body" and before.source == "author"):
                # "And the media has kept it quiet." ¶ "“Keith Ellison flatly denies allegation …" ¶ "…" ¶ "… on
                # Facebook.”" ¶ "Dave Weigel.": a quotation the writer sets down whole, with no frame outside its two
                # marks, credited by a name alone on the next line (not one that goes on from its speaker's paragraph
                # before)
                _credit_lines(quoted, sents, attributor.registry.lookup(credit.group("name")), ctx,
                              "quotation credited by a name alone on the next line", "quotation's credit")
                carry, chain_speaker, last_body = False, "", None
                continue
        if (sents and (credit := EPIGRAPH_CREDIT.match(par.text)) is not None
                and last_body is not None and last_body.paragraph == par.index - 1
                and (_first_name(credit.group("name").split()[0]) or INITIALS.fullmatch(credit.group("name")))
                and 0 < len(opening := [p for p in seg.paragraphs if p.kind == "body" and p.index < par.index
                                        # (not the article's first line, its title read as body text: "Biblical
                                        # Illiterates Reverse Romans 13: Teach Submit to Tyranny!")
                                        and p.index > min(q.index for q in seg.paragraphs)]) <= EPIGRAPH_LENGTH
                and all(x.source == "author" for p in opening for x in by_par.get(p.index, []))):
            # "More Independent Media To Be Shut Down" ¶ "The very word “secrecy” is repugnant in a free and open society;
            # …" ¶ … ¶ "– JFK": an epigraph, the lines that open an article credited by a dash and a name, is theirs
            lines = [x for p in opening for x in by_par.get(p.index, [])]
            for x in lines:
                x.quoted = 1.0  # (set down with no marks of its own)
            _credit_lines(lines, sents, attributor.registry.lookup(credit.group("name")), ctx,
                          "epigraph credited by a dash and a name", "epigraph's credit")
            carry, chain_speaker, last_body = False, "", None
            continue
        if par.kind != "body":
            for s in sents:
                s.source, s.attribution, s.attribution_note, s.quoted = "author", "author", par.kind, 0.0
            if block_lines:
                block_speaker, block_lines = "", 0  # (a heading ends a person's block over lines)
            if (par.kind == "heading" and (whose := SPEECH_HEADING.match(par.text)) is not None
                    and attributor.registry.known(whose.group(1))):
                # "Pilger’s Statement" ¶ "“There is a silence …": the person's words the heading announces
                block_speaker, block_from_intro, intro_heading = attributor.registry.lookup(whose.group(1)), True, True
            continue  # captions, headings and bios do not break a quote chain or change the speaker
        starts_quote = par.text.lstrip()[:1] in OPEN_QUOTES + STRAIGHT + SINGLE_OPEN
        continues = carry and starts_quote
        q = scan_quotes(par.text, carry=False)
        # (double marks only, and a chain opened in them: in text quoted in single ones, apostrophes are no marks to
        # tell by)
        double_marked = any(ch in OPEN_QUOTES or ch in CLOSE_QUOTES or ch == STRAIGHT for ch in par.text)
        marked = starts_quote or double_marked
        if lines_layout and carry and not marked and not single_chain:
            open_chain = chain_speaker  # "… said:" ¶ "“Joseph Ratzinger … was also the private secretary of Card." ¶
            # "Frings, Archbishop of Cologne." ¶ … (a quoted paragraph cut into lines: `bridged_quotes`)
        elif lines_layout and not carry and open_chain and par.text.lstrip()[:1] in OPEN_QUOTES + STRAIGHT:
            # … ¶ "Ottaviani, Frings sustained his critique." ¶ "“It is not an exaggeration to say …": the next quoted
            # paragraph's opening mark goes on with it, not with a person its lines named
            continues, chain_speaker, open_chain = True, open_chain, ""
        elif marked or carry:
            open_chain = ""
        if carry and not starts_quote:
            chain_speaker = ""
        spans = [par.doc.char_span(s.start - par.start, s.end - par.start, alignment_mode="expand") for s in sents]
        for sp in spans:
            if sp is not None:
                _unquote_handle(sp, q.inside, attributor.verbs)
        has_q = [any(q.inside[s.start - par.start : s.end - par.start]) for s in sents]
        ctx.inside = q.inside
        ctx.start_paragraph(attributor.register_people(par))
        label = turn_label(par.text)
        if label and label.group(1) in turns and sents:
            # "BUDRYS: It is a threat, yes.": a transcript's turn is its speaker's, the host's the writer's
            # "DB:" after "Dennis Bernstein: …": a label of initials is the one person of the article they fit
            # ("BACON Q:" / "GILANI A:" in a deposition: the name, then the turn's kind)
            raw = re.sub(r"\s+[QA]$", "", label.group(1))
            part, name = turns[label.group(1)], attributor.registry.by_initials(raw) or raw.title()
            asker = part == "asks" and not attributor.registry.known(name)  # an outlet's label, not a moderator's
            who = "author" if part == "writer" or asker else attributor.registry.label_speaker(name)
            for s in sents:
                s.source, s.attribution, s.quoted = who, "author" if who == "author" else "direct", 0.0
                s.attribution_note = "transcript turn"
            if who != "author":
                ctx.last_speaker = ctx.last_person_speaker = who
                turn_names.add(who.split()[-1].lower())
            turn_names.add(raw.split()[-1].lower())
            # the turn goes on over the paragraphs up to the next label (an answer of several paragraphs), unless it is
            # a quotation that closes here
            said = par.text[par.text.index(":", label.end(1)) + 1 :].lstrip()
            turn_quoted = said[:1] in OPEN_QUOTES + STRAIGHT + SINGLE_OPEN
            turn_who = who if not turn_quoted or scan_quotes(said, carry=False).ends_open else None
            # a turn answers whatever introduced it ("Shapira then gives the answer Helms gave:"): no block goes on
            block_speaker, block_bullet, block_quote, block_list, block_from_intro, intro_comma = "", "", 0, 0, False, False
            ctx.prev_source, ctx.prev_subject, carry, chain_speaker, ctx.about_last = who, "", False, "", ""
            ctx.prev_named = []
            ctx.prev_joint = ""
            last_body = None
            continue
        if turn_who is not None:
            # an unlabelled paragraph after a turn is the turn's, until the writer speaks: naming the transcript, an
            # editing note or a reprint credit, or one of its speakers in the third person ("Helms was later
            # convicted …"; "John Pilger, it is great to talk to you" addresses him). After the article's last turn
            # nothing marks where a transcript quoted in it ends: only first- or second-person speech or a question
            # goes on with it
            writer = TRANSCRIPT_END.search(par.text) or EDITING_NOTE.search(par.text) or _names_in_third_person(spans, turn_names)
            goes_on = (sents and not label and not INTERVIEW_TURN.match(par.text) and not writer
                       and (par.index < last_turn or turn_quoted or bool(SPOKEN.search(par.text)) or par.text.rstrip().endswith("?")))
            if goes_on:
                for s in sents:
                    s.source, s.attribution, s.quoted = turn_who, "author" if turn_who == "author" else "direct", 0.0
                    s.attribution_note = "transcript turn, continued"
                if turn_quoted and not scan_quotes(par.text, carry=True).ends_open:
                    turn_who = None
                block_speaker, block_bullet, block_quote, block_list, block_from_intro, intro_comma = "", "", 0, 0, False, False
                ctx.prev_source, ctx.prev_subject, carry, chain_speaker, ctx.about_last = turn_who or "author", "", False, "", ""
                ctx.prev_named = []
                ctx.prev_joint = ""
                last_body = None
                continue
            turn_who = None
        turn = INTERVIEW_TURN.match(par.text)
        kind = turn.group(1) if turn else ""
        if not turn and first_question >= 0 and par.index >= first_question and not EDITING_NOTE.search(par.text):
            kind = "Q" if par.index in questions else "A"  # an interview without turn markers
        # a question turn asks something; an answer only follows one ("A. Lukashenko said …" is an initial)
        if kind and sents and (ctx.interview if kind == "A" else "?" in par.text):
            ctx.interview = True
            answer = kind == "A"
            who = (ctx.interviewee or ctx.last_person_speaker or "interviewee") if answer else "author"
            for s in sents:
                s.source, s.attribution, s.quoted = who, "direct" if answer else "author", 0.0
                s.attribution_note = "interview answer" if answer else "interview question"
            if turn:  # a marked turn goes on over the unmarked paragraphs after it, as a transcript's does
                turn_who, turn_quoted = who, False
                if answer and who != "interviewee":
                    turn_names.add(who.split()[-1].lower())
            ctx.prev_source, ctx.prev_subject, carry, chain_speaker, ctx.about_last = who, "", False, "", ""
            ctx.prev_named = []
            ctx.prev_joint = ""
            last_body = None
            continue
        about = [attributor.org_subject(sp, ctx) if sp is not None else "" for sp in spans]  # each sentence's body
        cues = []
        # a paragraph's first sentence reads the last of the paragraph before ("The assessment is blunter than last
        # year's." ¶ "It judges it unlikely …, but warns that …")
        for sp, h, org, own in zip(spans, has_q, [ctx.about_last] + about[:-1], about):
            ctx.sent_sources = len(ctx.sources)
            cues.append(attributor.cues(sp, q.inside, ctx, h, org) if sp is not None else [])
            # (a sentence's own verbs before an "according to" beside them: "Three senior Trump campaign officials told
            # Mr. Mueller's team that …, according to people familiar with their accounts." ¶ "One of them told …")
            said = [c for c in cues[-1] if c.speaker and not c.pronoun]
            verbs = [c for c in said if sp is not None and sp.doc[c.verb_i].lower_ != "according"]
            ctx.said_here += [c.speaker for c in [c for c in said if c not in verbs] + verbs]
            if " " in own:
                ctx.sources.append(own)  # "The U.S. Embassy in Minsk condemned …": whom "the embassy" means next
            if sp is not None:
                # (a whole name: not "Wildlife Service" of "The United States Fish and Wildlife Service")
                ctx.bodies += [(len(ctx.sources), re.sub(r"^[Tt]he ", "", e.text)) for e in sp.ents if e.label_ == "ORG"
                               and " " in e.text and e[-1].lower_ in INSTITUTIONS
                               and not (e.start > 1 and e.doc[e.start - 1].lower_ in ("and", "of", "&")
                                        and e.doc[e.start - 2].is_title)]
            if sp is not None:
                ctx.roles += _roles_of_places(sp)  # "I read the discourse of the President of Columbia …"
            if sp is not None and (role := attributor.role_subject(sp)):
                ctx.sources.append(role)  # "A NATO official was more cautious.": whom "the official" means next
        ctx.about_last = about[-1] if about else ""
        # "In a statement, the defence ministry said:" ¶ "Belarus will defend its borders. …": a block quotation whose
        # marks were lost (one paragraph: nothing tells where a longer one ends); its sentences with a reading of their
        # own keep it ("Las Vegas police said …" in an outlet's excerpt). A paragraph that ends in a colon is no block
        # ("Adrian Young … elaborates:", "Here is how it works:" introduce, whether or not a reporting verb does)
        intro = _introduces_block(spans[-1], cues[-1]) if sents and spans[-1] is not None and not has_q[-1] else None
        # (a pronoun introducing the block, alone on its line, means whom the line before spoke of, as read before this
        # line's own report moves the context on: "As expected, … Kavanaugh will firmly rebut the … claims …" ¶
        # "According to prepared testimony provided to The Hill newspaper, he will say:" is his, not the last man quoted)
        intro_name = (_cue_speaker(intro, ctx, True, attributor, par.doc, q.inside)[0]
                      if intro is not None and intro.pronoun and len(sents) == 1 and (ctx.prev_subject or ctx.prev_named) else "")
        if (intro is None and sents and spans[-1] is not None and not has_q[-1] and _shows_the_text(spans[-1])
                and ctx.prev_source not in ("", "author", UNRESOLVED) and attributor.personal(ctx.prev_source)):
            # "Elizabeth Lauten … wrote that the two teenagers should …" ¶ "Read the full rant via Gawker:" ¶ "Dear Sasha
            # and Malia, …": the text the writer shows is the one whose words the sentence before reported
            intro = Cue(spans[-1].root.i, ctx.prev_source, False, False)
        if intro is None and sents and spans[-1] is not None and not has_q[-1] and (
                author := _text_read_from(spans[-1])) is not None:
            intro = Cue(spans[-1].root.i, attributor.name_of_subject(author, ctx)[0], False, False)
        # (a phrase in single marks inside it is the block's own quotation: "… coming up a little short in the ‘good
        # role model’ department")
        inner_only = not any(ch in DOUBLE_QUOTE_MARKS for ch in par.text) and par.text.lstrip()[:1] not in SINGLE_OPEN
        block = (block_speaker if sents and (not any(q.inside) or inner_only) and not par.text.rstrip().endswith(":")
                 and not intro_comma else "")
        if block and (block_quote or block_bullet or block_list) and not (
                par.quote_block == block_quote if block_quote else par.list_block == block_list if block_list
                else par.text.lstrip()[:1] == block_bullet):
            block = ""  # a list quoted item by item ends at its first paragraph of another kind, a block quote at its end
        if block and block_we and not (par.doc is not None and _speaks_as_we(par.doc)):
            block = ""  # a block quotation's second paragraph goes on only in its speaker's "we" (`block_we`)
        if block and block_lines and (par.doc is None or _names_speaker(par.doc, block) or _ends_block_of_lines(par, attributor)):
            block = ""  # a line going on with a person's block ends it where it names the person ("Vibes is right."), or
            # has another person the article named as its subject, or is a credit or an exclamation of the writer's
        block_we = False
        # the speaker of the "X said:" right before this paragraph (not of a list or block quote that went on after it)
        after_intro = block_speaker if block_from_intro else ""
        after_note = ("quotation after a reporting verb and a comma ending its paragraph" if intro_comma
                      else "quotation after a heading announcing the person's words" if intro_heading
                      else "quotation after a reporting verb and a colon")
        intro_heading = False
        block_speaker, block_bullet, block_quote, block_list, block_from_intro = "", "", 0, 0, False
        intro_comma = False
        # speaker of quotes in this paragraph without a cue of their own
        par_speaker, par_note, par_fragment = "", "", False
        if continues and chain_speaker:
            par_speaker, par_note = chain_speaker, "quote continued from previous paragraph"
        named = LABEL_QUOTE.match(par.text)
        if starts_quote and not par_speaker and after_intro:
            par_speaker, par_note = after_intro, after_note  # "X posted:" ¶ "“…”", "X wrote to me saying," ¶ "“…”"
        if named and named.group(1).split()[0].lower() in FRAME_PAST and len(named.group(1).split()) > 1:
            named = None  # 'Added Gibbs: "…"': a frame opening the sentence, its verb first, not a speaker's label
        if named and not par_speaker and (who := attributor.label_speaker(named.group(1))):
            par_speaker, par_note = who, "speaker label before the quotation"  # "Ratzinger: “The faith is …”"
        elif (not named and not par_speaker and (labelled := DESCRIBED_LABEL.match(par.text))
              and (who := attributor.label_speaker(labelled.group(1)) or (
                  attributor.registry.lookup(labelled.group(1)) if _full_name(labelled.group(1)) else ""))
              and attributor.personal(who)):
            # "- **Oleg Gaidukevich**, Liberal Democratic Party: the West, he said, "will never …"": a list's item
            # labelled with a person's full name and a description is theirs, quotation and pronoun alike
            par_speaker, par_note = who, "speaker label before the quotation"
            ctx.prev_source = ctx.last_speaker = ctx.last_person_speaker = who
        carry_indirect = ""
        coordinated_at = set()  # the paragraph's sentences reported in a clause joined to the writer's (`Cue.coordinated`)
        # "Mr. McCulloch … rejected that notion." ¶ "“I know the pain …,” he said." is his, and so is "James
        # Hamilton, 49 and now a doctor, was one of the Barros accusers." ¶ "He told the BBC …, “What the Pope …”"
        # (not "Former Arkansas Rep. Asa Hutchinson … -- he said it's "important" …", which names its own person first)
        # (only a "he" or "she" reporting it: not a paragraph that closes a quotation, nor one the quotation opens
        # after "[…]")
        opens = next((k for k, x in enumerate(q.inside) if x), 0)
        # (nobody named before the pronoun, nor before the quotation: "He stressed that Amoris Laetitia has to be “read
        # …”" names a book, spaCy's PERSON, after the "he")
        he = next((c for c in cues[0] if c.pronoun and c.form in ("he", "she")), None) if cues else None
        if he is None and has_q and has_q[0] and spans and spans[0] is not None and (
                lead := _colon_lead_in(spans[0], q.inside, attributor.registry.known)) is not None and lead.lower_ in (
                "he", "she", *POSSESSIVE_FORMS):
            # ("His opinion is: “…”", "She was blunt: “…”": a colon lead-in's "he" or "she" as a reporting verb's)
            he = Cue(lead.head.i, "", True, False, POSSESSIVE_FORMS.get(lead.lower_, lead.lower_), subject_i=lead.i)
        upto = min(opens, par.doc[he.subject_i].idx) if he is not None and he.subject_i >= 0 else opens
        ctx.named_before_par = ctx.prev_named
        if not starts_quote and not (has_q and has_q[0] and opens > 0 and he is not None
                                     and not any(at < upto for _, at in ctx.named_here)):
            ctx.prev_subject = ctx.prev_joint = ""
            ctx.prev_named = []
        for i, (s, h) in enumerate(zip(sents, has_q)):
            s.quoted = round(sum(q.inside[s.start - par.start : s.end - par.start]) / max(1, s.end - s.start), 3)
            note = q.note
            if h:
                cue = _nearest_cue(cues, i)
                closes = _quote_closes_in(sents, par.start, q.inside, i)
                if cue is not None and cue[0] < i < closes and cues[closes]:
                    # "Critics said …. “They can hold … . Inside …,” said a Minsk resident": the quotation's own frame
                    cue = closes, next((c for c in cues[closes] if c.indirect_ok), cues[closes][0])
                if (cue is not None and cue[0] > closes and has_q[cue[0]] and spans[cue[0]] is not None
                        and (not _is_mixed(par.text, s.start - par.start, q.inside)
                             or (spans[i] is not None and _fragment_of_another(spans[i], q.inside, cue[1].speaker)))
                        and _is_mixed(par.text, sents[cue[0]].start - par.start, q.inside)
                        and _verb_before_quote(spans[cue[0]], cue[1].verb_i, q.inside)
                        and not cue[1].pronoun and spans[cue[0]].doc[cue[1].verb_i].lemma_.lower() not in GOING_ON_VERBS):
                    # '“Our daily life was basically prayer ….” Kweis graduated …, where friends described him as
                    # “one of the guys.”': a later sentence whose named subject's verb quotes a fragment of its own does
                    # not frame a whole quotation closed before it ('“He had learnt the Quran by heart.” A Muslim
                    # politician said …'); "he said" or "Francis added that he agreed with the “zero tolerance” …"
                    # going on after it does (a closing frame does: 'The comment was "…" It was "…," LaBolt
                    # said.'; so does a later report for a fragment: 'The letter quotes the bishops, which wrote …
                    # saying “…”' ¶ 'The bishops noted that “…”'); nor does it frame a fragment in a sentence of
                    # the writer's about somebody else ("Yet every few months a European foreign minister discovers a
                    # “window of opportunity” in Minsk. The latest, Antonio Tajani, told a committee that dialogue
                    # “cannot be excluded”.")
                    cue = None
                if (cue is not None and cue[0] > closes and spans[cue[0]] is not None and q.inside[:1] == [True]
                        and (q.opened_carry or q.note == "closing quotation mark without an opening one")
                        and not has_q[cue[0]] and (_finite_clause(verb := spans[cue[0]].doc[cue[1].verb_i])
                                                   or (verb.lower_ == "according" and verb.head.pos_ in ("VERB", "AUX")))):
                    # '“They interpreted the law …,” Saucier told Fox News, “but …' ¶ "Hillary is still walking free." ¶
                    # "We want them to correct the wrong.” Daigle said that a notice … was sent …": a later sentence
                    # reporting a clause of its own does not frame the end of a quotation opened before the paragraph
                    # ("… 600 to 700.” But according to Natural News, it isn’t just …")
                    cue = None
                if (cue is not None and cue[0] > closes and not has_q[cue[0]] and spans[i] is not None
                        and q.inside[s.start - par.start : s.start - par.start + 1] == [False]
                        and spans[i].root.pos_ in ("VERB", "AUX") and not _in_quotes(spans[i].root, q.inside)
                        and _quoted_topic(spans[i], q.inside)):
                    # "Thursday’s showdown came … during a hearing with four subject experts on “Putin’s Playbook: …”" ¶
                    # "Down the line, the witnesses warned that …": a later report with no quotation of its own does not
                    # frame the quoted title of what the writer's clause before it names
                    cue = None
                if spans[i] is not None and (owner := _owner_of_words_apposed(spans[i], q.inside)) is not None:
                    # "Fisher is rightly incensed by Bergoglio’s cunning response, “I will not say a single word on
                    # this,” concerning …, as Viganò testifies.": the words a named person's response is, whatever
                    # else the sentence reports
                    name, how = attributor.name_of_subject(owner, ctx)[0], "quotation in apposition to a person's words"
                elif cue is not None and cue[0] == i and (
                        own := _quoting_cue(spans[i], cues[i], q.inside) if spans[i] is not None else cue[1]) is not None:
                    name, how = _cue_speaker(own, ctx, True, attributor, par.doc, q.inside)
                elif cue is not None and cue[0] == i:  # (a cue that quotes nothing here: the fragment's own reading)
                    name, how = attributor.fragment_speaker(spans[i], q.inside, ctx)
                elif spans[i] is not None and _refuses_speech(spans[i], q.inside, attributor.verbs):
                    name, how = "author", "scare quotes: the sentence's speech verb was refused"
                elif (spans[i] is not None and not after_intro and not texts.get(par.index - 1, "").rstrip().endswith(":")
                      and _writer_quotes_self(spans[i], q.inside, attributor.verbs)):
                    # (not in a paragraph a colon introduced: "… and Viganò replied with the truth …:" ¶ "I answered
                    # him …: “Holy Father, …”" is his testimony)
                    name, how = "author", WRITER_QUOTES_SELF
                    par_speaker, par_note = "author", how  # (the rest of the quotation too: "I’ll ask, “Great! What’s …")
                elif spans[i] is not None and (lead := _colon_lead_in(spans[i], q.inside, attributor.registry.known)) is not None:
                    pron = lead.lower_ in PRONOUNS or lead.lower_ in POSSESSIVE_FORMS  # ("His opinion is: …")
                    own = Cue(lead.head.i, "" if pron else attributor.name_of_subject(lead, ctx)[0], pron, False,
                              POSSESSIVE_FORMS.get(lead.lower_, lead.lower_) if pron else "", subject_i=lead.i)
                    name, how = _cue_speaker(own, ctx, True, attributor, par.doc, q.inside)
                    how = "quotation after a colon -> the lead-in's subject"
                elif (i and not (cue is not None and cue[0] == i) and sents[i - 1].source == "author"
                      and "title" in sents[i - 1].attribution_note and q.inside[s.start - par.start : s.start - par.start + 1] == [True]
                      and sents[i - 1].text.rstrip()[-1:] not in CLOSE_QUOTES + STRAIGHT):
                    # "… a debate entitled “Francis @ Five:" "Assessing the Legacy of Pope Francis …”": the rest of a
                    # quoted title the sentence before opened (the parser splits it at its colon)
                    name, how = "author", sents[i - 1].attribution_note
                elif spans[i] is not None and not par_speaker and _only_titles(spans[i], q.inside):
                    name, how = "author", "a quoted title after a naming word"
                elif spans[i] is not None and _spelling_mentioned(spans[i], q.inside):
                    name, how = "author", "a quoted word whose spelling the writer mentions"
                elif spans[i] is not None and _word_explained(spans[i], q.inside):
                    name, how = "author", "a quoted word the writer explains"
                elif spans[i] is not None and not par_speaker and _titles_of_works(list(spans[i]), spans[i].root, q.inside):
                    name, how = "author", "a quoted title of a work"  # "after posting his article, ‘9 Steps …’"
                elif spans[i] is not None and _apposed_titles([t for t in spans[i] if t.idx < len(q.inside) and q.inside[t.idx]
                                                              and t.is_alpha]):
                    name, how = "author", "quoted title of a work the sentence names beside it"  # "“Rubble Rubble”, a play"
                elif (spans[i] is not None and not (spans[i][0].idx < len(q.inside) and q.inside[spans[i][0].idx])
                      and _first_mark(s.text) != "close" and _comments_on_that(spans[i])):
                    # (not the tail of a quotation whose marks the scan lost: '"He's getting into conspiracy land … That
                    # to me is not helpful to him …"', Graham's)
                    # "Pope Francis announced … that “no one will be excluded.” That’s code language that the Pope will
                    # be “dialoging” …": the writer's comment on what was said, its quotation marks the writer's
                    name, how = "author", "scare quotes: the writer's comment on what was said before"
                elif par_speaker and not (spans[i] is not None and s.quoted < 0.9
                                          and _is_mixed(par.text, s.start - par.start, q.inside)
                                          and _named_other_subject(spans[i], par_speaker, q.inside, ctx)
                                          and not _echoes_quoted_before(spans[i], q.inside)):
                    # (not a quoted fragment, however long, in a sentence about another person named: "Kate’s
                    # brother Brad was “stunned that they couldn’t even get him …”"; "… prompting even Crux to ask:
                    # “…?” Then again, Francis even obtained the removal of his own “trusted counselor” McCarrick …";
                    # unless it echoes words quoted before it: "As Feinstein put it, “… Wait until Dr. Ford feels
                    # that she can come …” Ford doesn’t “feel” like she can testify …")
                    name, how = par_speaker, par_note
                elif (cue is not None and cue[0] > i and not cue[1].pronoun and spans[i] is not None
                      and _is_mixed(par.text, s.start - par.start, q.inside) and s.quoted < 0.5
                      and (not _refers_to(spans[i], cue[1].speaker) or _named_other_subject(spans[i], cue[1].speaker, q.inside, ctx))):
                    # "The KGB published a list of "extremists". Among them was Pavel Latushka, who said …": a short
                    # quoted fragment is not the words of someone only a later sentence names; the sentence's own
                    # subject's or the writer's scare quotes ('The comment was "the latest low in …" It was "…,"
                    # LaBolt said.' is mostly quotation, LaBolt's)
                    name, how = attributor.fragment_speaker(spans[i], q.inside, ctx)
                elif (cue is not None and cue[0] > i and cue[1].pronoun and spans[i] is not None
                      and _is_mixed(par.text, s.start - par.start, q.inside) and s.quoted < 0.5
                      and (subj := _root_subject(spans[i])) is not None and subj.lower_ in ("i", "we")):
                    # "We have also the ridiculous idea that Tommy Robinson is “alt-right.” He, in fact, describes
                    # himself as a centrist …": the writer's own "we" speaks, not whoever the next sentence's "he" is
                    name, how = attributor.fragment_speaker(spans[i], q.inside, ctx)
                elif (cue is not None and cue[0] < i and par_speaker and spans[i] is not None and s.quoted < 0.5
                      and _is_mixed(par.text, s.start - par.start, q.inside)
                      and _named_other_subject(spans[i], par_speaker, q.inside, ctx)):
                    # "He said the core … lay in “providing effective leadership …”" then "Mr. Mattis also praised the
                    # “Defeat ISIS” coalition …": a fragment in a sentence about another person named is theirs or the
                    # writer's, not the words of the paragraph's earlier speaker
                    name, how = attributor.fragment_speaker(spans[i], q.inside, ctx)
                elif (cue is not None and cue[0] != i and spans[i] is not None and s.quoted < 0.5
                      and _quoted_in_subject_only(spans[i], q.inside)):
                    # "The Senate leader, Chuck Schumer, announced that …  The Senate’s “cloture” rule requires …": a term
                    # quoted inside the subject, in a sentence no cue of its own frames, is the writer's word for it
                    name, how = attributor.fragment_speaker(spans[i], q.inside, ctx)
                elif cue is not None:  # "Putin, for his part, thanked his host for Minsk's “steadfast support.” He said …"
                    name, how = (_named_fragment(spans[i], par, s, q.inside, ctx, attributor)
                                 or _cue_speaker(cue[1], ctx, True, attributor, par.doc, q.inside))
                elif _is_mixed(par.text, s.start - par.start, q.inside) or (
                        spans[i] is not None and _opening_fragment(spans[i], q.inside)):
                    name, how = attributor.fragment_speaker(spans[i], q.inside, ctx)
                elif spans[i] is not None and _inner_short_quote(spans[i], q.inside):
                    # "No cop, anywhere, “signed up” to be murdered.": a few quoted words inside the writer's clause,
                    # after a comma, are a fragment, not a quotation of the last person quoted; in title case, a
                    # title ("… appeared twice on Mr. Trump’s reality TV show, “The Apprentice,” in 2004")
                    words = [t for t in spans[i] if t.idx < len(q.inside) and q.inside[t.idx] and t.is_alpha]
                    name, how = (("author", "a quoted title") if all(t.is_title for t in words)
                                 else attributor.fragment_speaker(spans[i], q.inside, ctx))
                elif _named_words(par.text, s.start - par.start, q.inside):
                    # "The natural question, “Why does Pope Francis keep such bad men around him?” is now easy to
                    # answer.": words the writer names as a question or a phrase, not a quotation of the last person quoted
                    name, how = "author", "words named as a question or a phrase"
                elif NOTE_MARK.match(par.text):
                    # "[3] See our earlier brief, “Belarus in Russia's War,” October 2023.": in a reference note,
                    # quotation marks with no speaker set off a title
                    name, how = "author", "reference note: a quoted title"
                elif (i + 1 < len(sents) and spans[i + 1] is not None and s.text.rstrip()[-1:] in ("”", '"')
                      and (credit := credit_line(spans[i + 1], q.inside, par.text)) is not None):
                    # "… by men we have never heard of.” – Edward Bernays (…), Propaganda, 1928": a dash credit the
                    # sentence splitter cut off the quotation it credits
                    name, how = attributor.registry.lookup(credit_name(credit)), "quotation credited by the dash after it"
                elif credited_title(s.text):
                    # "“Islamic Converts Ask Pope …,” by Steve Skojec, OnePeterFive.com, January 11, 2018:": a title
                    name, how = "author", "a quoted title credited to its author"
                elif spans[i] is not None and _saying_of_nobody(spans[i], q.inside, attributor.verbs):
                    # "It has been said: “You shall know the truth, and the truth shall set you free.”": a saying the
                    # writer gives with nobody named for it, not the words of the last person quoted
                    name, how = "author", "a saying nobody is named for ('It has been said: …')"
                elif i == 0 and starts_quote and ctx.issued_last and ctx.prev_source == "author":
                    # "The German federation gave a summary of the efforts …" ¶ "“Path taken: …”": the text issued
                    name, how = ctx.issued_last, "quote without cue -> the issuer of the text the writer's sentence before names"
                elif ctx.prev_source not in ("", "author", UNRESOLVED) and not attributor.personal(ctx.prev_source):
                    # "…, AP reported that Francis had full knowledge …" ¶ "“[H]is ambassador in Chile had tried …”": the
                    # body or document whose report the sentence before gave
                    name, how = ctx.prev_source, "quote without cue -> previous sentence's source, a body or document"
                elif cue is None and not par_speaker and spans[i] is not None and _quoted_names_only(spans[i], q.inside):
                    # "“Balfour” and “Rubble Rubble” are to be part of AJHS’ “1917: How One Year Changed the World”.",
                    # "Sunday's editorial in The Washington Post, "The Next Mideast Wars," raises …": with no reporting
                    # verb in the paragraph, quoted words in title case are names and titles the writer gives, not the
                    # words of the last person quoted
                    name, how = "author", "quoted names or titles, no reporting verb"
                else:
                    # (not a person the quotation itself names: "President Trump made the following announcement:" ¶
                    # "I have decided not to block release of the CIA’s remaining JFK-assassination related records …”")
                    # (a name the quotation's own words hold as no subject: not "“…,’ Trump said …”" inside it; nor a
                    # name the writer gives outside the quotation too: "One source is Paul Ryan: Evidence: “House
                    # Speaker Paul Ryan said …”")
                    here = {t.idx: t for t in par.doc[spans[i].start : spans[i].end]} if spans[i] is not None else {}
                    outside = {n for n, at in ctx.named_here if not (at < len(q.inside) and q.inside[at])}
                    quoted_names = frozenset(n for n, at in ctx.named_here if at < len(q.inside) and q.inside[at]
                                             and at in here and _name_head(here[at]).dep_ not in ("nsubj", "nsubjpass")
                                             and n not in outside)
                    name, how = ctx.resolve_pronoun(True, attributor.personal, spoken_of=quoted_names)
                    how = "quote without cue -> " + how.split("-> ")[-1]
                mixed = _is_mixed(par.text, s.start - par.start, q.inside)
                if not name:  # "author" for the rest of the article's reading; the sentence says `unresolved speaker`
                    name, how = "author", "quote with no resolvable speaker"
                    unresolved.append((s, "mixed" if mixed else "direct"))
                if name != "author" and not par_speaker:
                    par_speaker, par_fragment = name, mixed
                elif (name not in ("author", par_speaker) and par_fragment and not mixed and cue is not None and cue[0] == i):
                    # 'Clinton criticized … its "secrecy," according to The Hill.  "We know …," she said.  "It’s a
                    # stunning record …"': a quotation framed in full outranks a fragment's source for the paragraph's
                    # quotations without a cue
                    par_speaker, par_note, par_fragment = name, "quote without cue -> the paragraph's framed quotation before", False
                s.source = name
                s.attribution = "author" if name == "author" else "mixed" if mixed else "direct"
                s.attribution_note = "; ".join(x for x in (how, note) if x)
                carry_indirect = ""
            else:
                ind = _indirect_cue(spans[i], cues[i], attributor)
                if ind is not None:
                    name, how = _cue_speaker(ind, ctx, False, attributor, par.doc, q.inside)
                    if name:
                        s.source, s.attribution, s.attribution_note = name, "indirect", how
                        before = sents[i - 1] if i else last_body
                        if (ind.anaphoric and before is not None and before.source == "author" and not before.quoted
                                and not before.attribution_note):
                            # "Belarus is not preparing to attack. This was stated by X": the claim is X's
                            before.source, before.attribution = name, "indirect"
                            before.attribution_note = "named by the next sentence ('This was stated by …')"
                        # a characterisation ("Republicans called the bill a power grab") is one sentence's report,
                        # and so is a figure sourced at its sentence's end ("…, according to the human rights center
                        # Viasna.")
                        # (so is a question: "Some lawmakers questioned whether his run was …" is no claim that the
                        # next sentence goes on with)
                        # (and so is a recommendation: "The report recommends that the Council extend the group's
                        # mandate by another year. A vote is expected in October.")
                        carry_indirect = "" if spans[i] is not None and (calls_someone(spans[i].doc[ind.verb_i])
                                                                         or spans[i].doc[ind.verb_i].lemma_.lower() == "recommend"
                                                                         or _tail_according(spans[i], ind.verb_i)
                                                                         or _asks_whether(spans[i].doc[ind.verb_i])
                                                                         or ind.coordinated) else name
                        if ind.coordinated:
                            coordinated_at.add(i)
                    else:
                        s.source, s.attribution, s.attribution_note = "author", "author", "unresolved pronoun"
                        unresolved.append((s, "indirect"))
                elif (carry_indirect and i and s.text.startswith("But ") and spans[i - 1] is not None
                      and sents[i - 1].attribution_note == "carries on paraphrase" and _bare_hedge(spans[i - 1])):
                    # "Some diplomats tell me privately that …. Perhaps. But a man who let Russian troops attack Kyiv …
                    # has shown where his loyalties lie.": a hedge the writer's "But" answers is the writer's concession,
                    # and the "But" the writer's rebuttal
                    sents[i - 1].source, sents[i - 1].attribution, sents[i - 1].attribution_note = "author", "author", ""
                    s.source, s.attribution, s.attribution_note = "author", "author", ""
                    carry_indirect = ""
                # (a line that introduces what follows is no more of the paraphrase: "Minsk rejects the accusation. The
                # Belarusian foreign ministry said in a statement:")
                elif carry_indirect and not s.text.startswith(AUTHOR_VOICE_OPENERS) and not NO_COMMENT.search(s.text) and not (
                        s.text.rstrip().endswith(":")) and not (
                        UNVERIFIED.search(s.text)) and not (
                        spans[i] is not None and (_about_the_speaker(spans[i], spans[i - 1] if i else None, carry_indirect, attributor)
                                                  or _pronoun_of_another(spans[i], carry_indirect, attributor)
                                                  or _other_voices(spans[i]) or _judges_the_claim(spans[i])
                                                  or _trusts_person(spans[i].root)
                                                  or _elliptical_denial(spans[i]) or _bare_concession(spans[i])
                                                  or _scene_of_the_report(spans[i])
                                                  or _introduces_someone(spans[i], carry_indirect)
                                                  or _another_person_acts(spans[i], carry_indirect, attributor)
                                                  or _another_group(spans[i], carry_indirect)
                                                  or _named_body_acts(spans[i], carry_indirect)
                                                  or _named_party_doubts(spans[i], carry_indirect)
                                                  or _names_the_speaker(spans[i], q.inside, carry_indirect, attributor)
                                                  or _in_the_first_person(spans[i], q.inside)
                                                  or _speech_of_others(spans[i], q.inside, carry_indirect, attributor.verbs))):
                    s.source, s.attribution, s.attribution_note = carry_indirect, "indirect", "carries on paraphrase"
                else:
                    s.source, s.attribution, s.attribution_note = "author", "author", ""
                    carry_indirect = ""
            ctx.issued_last = ""
            if spans[i] is not None:
                _note_documents(spans[i], s.source, ctx, attributor)
                if s.source == "author" and (whose := _quotes_of(spans[i], attributor, ctx)):
                    ctx.issued_last = whose  # "Some Farrakhan quotes:" ¶ "“The Jews don’t like Farrakhan …”"
            # the person the previous sentence was about: the writer's subject, or whoever it reported
            # (… or, opening a paragraph, the writer's subject a paragraph up: "The Pope defends his man …" ¶ "First he
            # insulted the abuse victims." ¶ "Then, only when he was forced …, did he recognize his error …")
            before_subject = (ctx.prev_subject or (ctx.prev_source if ctx.prev_source not in ("", "author", UNRESOLVED) else "")
                              or (ctx.last_subject if i == 0 else ""))
            ctx.prev_source = s.source
            if (s.source not in ("", "author", UNRESOLVED) and s.attribution in ("direct", "mixed")
                    and not s.attribution_note.startswith("quoted fragment")):
                # (words a reporting verb or a quotation gives; not a fragment a subject was given by no verb: "Bergoglio
                # … made him a “trusted counselor”" is nobody's quotation for a later "his own “trusted counselor”")
                ctx.quoted_by.extend((words, s.source) for words in _quoted_words(par.text, q.inside, s.start - par.start,
                                                                                 s.end - par.start))
            ctx.prev_reporter = (s.source, _reporter_of(spans[i], cues[i], s.source) if spans[i] is not None else "")
            # "Enter Ms. Lauten — a former … aide who describes herself … “…” ¶ — whose commentary had a sharper edge.":
            # the sentence splitter cut one sentence of the writer's at a dash; the piece after it goes on about the
            # people the piece before named
            named_before, subject_before = ctx.prev_named, ctx.prev_subject
            ctx.prev_named = attributor.people_named_in(spans[i], ctx) if s.source == "author" and spans[i] is not None else []
            ctx.prev_subject = attributor.person_subject(spans[i]) if s.source == "author" and spans[i] is not None else ""
            ctx.prev_people = _people_named_last(spans[i], q.inside) if s.source == "author" and spans[i] is not None else ""
            if s.source == "author" and s.text.lstrip()[:1] in "—–" and named_before:
                ctx.prev_named = [*named_before, *ctx.prev_named]
                ctx.prev_subject = ctx.prev_subject or subject_before
            elif (s.source == "author" and not ctx.prev_named and spans[i] is not None
                  and len(named_before := named_before or (ctx.named_before_par if i == 0 else [])) == 1
                  and any(t.lower_ in ("him", "her") and t.dep_ in ("dobj", "pobj", "dative") for t in spans[i])
                  and not any(t.lower_ in ("he", "she") for t in spans[i])):
                # "As soon as I entered the hall I met Cardinal McCarrick …. I greeted him respectfully …." ¶ "He
                # immediately said to me …: “…”": the one person named before, whom the writer's sentence goes on with
                ctx.prev_named = named_before
            if s.source == "author" and spans[i] is not None and not ctx.prev_subject:
                # "The president opted not to …. But he expressed no concern …. “…,” he said.": the person a described
                # subject or a pronoun subject of the writer's sentence means
                ctx.prev_subject = attributor.subject_again(spans[i], ctx, before_subject)
            ctx.prev_joint = attributor.joint_subject(spans[i], ctx) if ctx.prev_subject else ""
            group_before = ctx.prev_group
            ctx.prev_group = attributor.group_subject(spans[i]) if s.source == "author" and spans[i] is not None else ""
            if (not ctx.prev_group and s.source == "author" and spans[i] is not None
                    and (they := _root_subject(spans[i])) is not None and they.lower_ == "they"):
                # "Even so, Democrats roundly criticized the president’s plan. They were particularly incensed …. And
                # they said the deal was a nonstarter …": the writer's "they" goes on with the group before
                ctx.prev_group = group_before
            ctx.last_subject, ctx.last_joint = ctx.prev_subject, ctx.prev_joint
            ctx.last_in_list = par.text.lstrip()[:1] in BULLETS
            if s.source == "author" and spans[i] is not None:
                ctx.interviewee = attributor.subject_voice(spans[i], ctx) or ctx.interviewee
            if s.source != "author" and i not in coordinated_at:
                # (a report beside the writer's main clause is no speaker a later quotation's "he" goes on with: "…,
                # and some close to the GOP chairman say he wants …" ¶ "In the note, he asked members …" is Steele's)
                ctx.last_speaker = s.source
                if attributor.personal(s.source):
                    ctx.last_person_speaker = s.source
            last_body = s
        if block and par.quote_block:
            block_speaker, block_quote = block, par.quote_block  # a Markdown block quote, to its last paragraph
        elif block and par.list_block:
            block_speaker, block_list = block, par.list_block  # a Markdown list ("- deploy …" ¶ "- hold …"), to its last item
        elif block and (mark := par.text.lstrip()[:1]) in BULLETS:
            block_speaker = block  # "The ammunition, he said, was:" ¶ "• 600 rounds …" ¶ "• 120 rounds …": the list
            block_bullet = mark
        elif (block and after_intro == block and par.doc is not None and not _speaks_as_we(par.doc)
              and not attributor.personal(block)):
            # "In a statement, the organisation said:" ¶ "The persecution of lawyers … has reached …" ¶ "Without
            # independent lawyers, no one … We call on the authorities …": a body's statement set down without marks goes
            # on into a paragraph in the body's "we" (nothing else tells where it ends; a person's "we" after the block
            # may be the writer's: "… not free to speak his mind." ¶ "But this is not what we see.")
            block_speaker, block_we = block, True
        elif (block and lines_layout and attributor.personal(block) and block_lines < BLOCK_LINES and len(sents) == 1
              and sents[0].source == "author" and not CITATION_END.search(par.text)):
            # "In another email exchange, Arnold correctly asserted that Australia is a country, …:" ¶ "Australia is both a
            # country and a continent." ¶ "It's the only country that is both." ¶ "I provided a resource …": in text of
            # a sentence a line, the person's block goes on, line by line, until a line with a reporting verb or a
            # quotation of its own, one that names the person, or a heading
            block_speaker, block_lines = block, block_lines + 1
        if not block_speaker:
            block_lines = 0
        if block:
            for s in sents:
                if s.source == "author":
                    s.source, s.attribution, s.quoted = block, "direct", 1.0
                    s.attribution_note = "block quotation after a reporting verb and a colon"
            if sents[-1].source == block:
                ctx.last_speaker = ctx.prev_source = block
                ctx.prev_subject = ctx.prev_group = ctx.prev_joint = ""
                ctx.prev_named = []
                if attributor.personal(block):
                    ctx.last_person_speaker = block
        elif intro is not None:
            # (the pre-read name only where the line's own reading went to no person: "According to prepared testimony …,
            # he will say:"; "The ammunition, he said, was:" after a bulleted summary keeps its own, the seller's)
            name = (intro_name if intro_name and not attributor.personal(sents[-1].source)
                    else _cue_speaker(intro, ctx, True, attributor, par.doc, q.inside)[0])
            block_speaker = name if name[:1].isalnum() and name not in ("author", UNRESOLVED) else ""
            block_from_intro = bool(block_speaker)
            intro_comma = par.text.rstrip().endswith(",")
        carry = q.ends_open
        single_chain = carry and not double_marked
        if carry:  # (the writer's own words quoted go on in their paragraph only: "As I reported in this column …,
            # President Trump “voiced support …" ¶ "“‘I like taking the guns early …,’ Trump said …" quotes him within)
            chain_speaker = par_speaker if par_speaker != "author" else ""
        elif q.inside and any(q.inside):
            chain_speaker = ""
        if carry and sents and not q.note:
            for s in sents:
                if s.quoted:
                    s.attribution_note = "; ".join(x for x in (s.attribution_note, "quote open at paragraph end") if x)
    for group, closed in bridged_quotes(seg.paragraphs):
        unresolved += [(s, "direct") for s in _give_bridged_quote(group, by_par, attributor.personal, closed)]
    for sents, who in posts:
        for s in sents:
            s.source, s.attribution, s.quoted, s.attribution_note = who, "direct", 1.0, "embedded post, credited at its end"
    _give_scripture(seg.sentences)
    for s in post_credits:
        s.source, s.attribution, s.attribution_note, s.quoted = "author", "author", "embedded post's credit", 0.0
    kinds, pars_at = {p.index: p.kind for p in seg.paragraphs}, {p.index: p for p in seg.paragraphs}
    for k, s in enumerate(seg.sentences):
        # '"We will not give up." Those were the first words Tsikhanouski posted on his own account …': a quotation
        # with no frame of its own, credited by the writer's sentence after it
        before = seg.sentences[k - 1] if k else None
        if (before is None or s.source != "author" or s.kind != "body" or before.kind != "body" or not before.quoted
                or not before.attribution_note.startswith("quote without cue")):
            continue
        if (span := _sentence_span(s, pars_at)) is not None and (who := _words_credited(span, attributor)):
            before.source, before.attribution = who, "direct"
            before.attribution_note = "quotation credited by the next sentence ('Those were the words …')"
    for first, who, used in post_runs:
        # "Mike Pompeo, Director of the CIA, will become …" ¶ "He will do a fantastic job!" ¶ … ¶ "Congratulations to all!"
        # ¶ "— Donald J. Trump (@realDonaldTrump) March 13, 2018": a post set down over several lines is the poster's
        # back over the writer's short paragraphs before it, as many as one post can hold
        k, taken = first - 1, []
        opening = min((p.index for p in seg.paragraphs), default=0)  # (the article's first line, its title)
        while (k > opening and kinds.get(k) == "body" and (sents := by_par.get(k))
               and not _introduces_a_post(texts[k], pars_at[k], attributor)):
            used += _post_chars(texts[k]) + 1
            if used > POST_LENGTH or any((s.source != "author" and not TOLD_THE_POSTER.search(s.text)) or s.quoted
                                         for s in sents):
                # (a line reporting what someone told the poster is the post's: "SCOOP: An Officer in Minnesota
                # informed me that Keith Ellison’s campaign contacted …")
                break
            taken.append(sents)
            k -= 1
        while taken and pars_at[k + 1].doc is not None and (_goes_on_from_before(pars_at[k + 1].doc) or (
                pars_at.get(k) is not None and pars_at[k].doc is not None and _points_back_to(pars_at[k + 1].doc, pars_at[k].doc))):
            # "… Mbandaka, is home to around 1.2 million residents." ¶ "It illuminates just a small sliver of the public
            # health crisis …" ¶ "This is what POTUS calls a 10!" ¶ "Surgery performed with cellphones …" ¶
            # "pic.twitter.com/… — Alejandro …": the first line reached goes on from the writer's line before it, so
            # it is the writer's too, and so on while the next goes on from it (what comes after may be the post's)
            taken.pop()
            k += 1
        for sents in taken:
            for s in sents:
                s.source, s.attribution, s.quoted, s.attribution_note = who, "direct", 1.0, "embedded post, credited at its end"
    for pars, who in _letters(seg.paragraphs, attributor):
        # "The following letter was written by Mikalai Statkevich …" ¶ "My dear Maryna," ¶ "…" ¶ "Your Mikalai": a
        # letter set down whole is its writer's words, up to its sign-off (what it reports stays the reported voice's)
        for k in pars:
            for s in by_par.get(k, []):
                # (a pronoun there was resolved against the article around the letter, not the letter's own people:
                # "One of them asked me …. He did not ask anything else." is the letter writer's telling)
                if s.source == "author" or s.attribution_note.startswith("pronoun"):
                    s.source, s.attribution, s.quoted, s.attribution_note = who, "direct", 1.0, "letter set down whole"
    ctx.renames.update(_roles_named_later(seg, attributor, ctx.renames))
    ctx.renames.update(_kin_named(seg, attributor, ctx.renames, pars_at))
    rename_sources(seg.sentences, ctx.renames)  # one voice first described, then named
    for s in seg.sentences:  # a Markdown name's masked markup ("the **Viasna** centre") leaves no spaces in it
        s.source = clean_source_name(" ".join(s.source.split()))
    # someone's words all the same, not the writer's: kept apart from the writer's voice in every report
    for s, how in unresolved:
        if s.source == "author" and not s.attribution_note.startswith(WRITER_QUOTES_SELF):
            s.source, s.attribution = UNRESOLVED, how
    return seg.sentences


# a quoted title and its author's credit: '“Islamic Converts Ask Pope …,” by Steve Skojec, OnePeterFive.com, …'
CREDITED_TITLE = re.compile(r"^\s*[“\"][^”\"]+[”\"],?\s+by\s+[A-Z]")
# ... or its outlet's and a date: '“Kuwaiti Cleric … Denies the Holocaust …?,” MEMRI, May 26, 2018:'
_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
OUTLET_TITLE = re.compile(r"^\s*[“\"](?P<title>[^”\"]+)[”\"],?\s+(?P<outlet>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4}),\s+"
                          rf"(?:{_MONTHS}\s+\d|\d{{1,2}}\s+{_MONTHS})")


def _credit_lines(lines: list[Sentence], credit: list[Sentence], who: str, ctx: Context, note: str, credit_note: str) -> None:
    """Give quoted lines to the person a credit line after them names, the credit line to the writer, and make that
    person the last to have spoken."""
    for s in lines:
        s.source, s.attribution, s.attribution_note = who, "direct", note
    for s in credit:
        s.source, s.attribution, s.attribution_note, s.quoted = "author", "author", credit_note, 0.0
    ctx.last_speaker = ctx.prev_source = ctx.last_person_speaker = who


# nouns of what someone said, which "Those were the words …" credits to a person
CREDITED_WORDS = frozenset({"word", "remark", "comment", "message", "answer", "reply", "response", "promise", "warning"})


def _words_credited(span, attributor: Attributor) -> str:
    """The person a writer's sentence credits with the words before it: "Those were the first words Tsikhanouski posted
    …", "These were the words of Sviatlana Tsikhanouskaya" (a demonstrative subject, a form of "be", a noun of words
    whose relative clause has the person as subject or whose "of" names them); else ""."""
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in root.children if c.dep_ == "attr" and c.lemma_.lower() in CREDITED_WORDS), None)
    if root.lemma_ != "be" or subj is None or subj.lower_ not in ("those", "these", "that", "this") or attr is None:
        return ""
    people = [g for c in attr.children if c.dep_ in ("relcl", "acl") for g in c.children if g.dep_ == "nsubj"]
    people += [g for c in attr.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    for person in people:
        if person.pos_ == "PROPN" and (person.ent_type_ == "PERSON" or attributor.registry.known(_entity_text(person))
                                       or _full_name(_entity_text(person))):
            return attributor.registry.lookup(_entity_text(person))
    return ""


# what a writer's line that leads in to a post says its poster did ("Wilders tweeted."; not "… Imran Awan pleads guilty …")
POSTING_VERBS = frozenset({"tweet", "retweet", "post", "write", "say", "share", "reply", "respond", "add", "comment", "react"})
# what a writer's line that leads in to a post speaks of ("Video of the migrants was captured in various reports."; not
# a report, which a post's own line may be about: "Special counsel Mueller’s report should be made public …")
POST_WORDS = frozenset({"video", "footage", "tweet", "post", "clip", "photo", "thread"})
# words a paragraph that goes on from the text before it opens on, a third person's pronoun or a connective (no post's
# first line: it has nothing before)
GOING_ON_OPENERS = frozenset({"he", "she", "they", "his", "her", "their", "him", "them", "it", "and", "but", "instead",
                              "however", "moreover", "furthermore", "meanwhile", "nevertheless", "nonetheless", "therefore",
                              "thus", "hence", "likewise", "similarly", "besides", "also"})
# ... and the quantifiers that go on about people named before ("Most of them intend to take the Pacific coast route …")
GOING_ON_QUANTIFIERS = frozenset({"most", "some", "many", "all", "none", "each", "both", "one", "few", "several", "half"})


def _goes_on_from_before(doc) -> bool:
    """Does a paragraph open on a third person's pronoun ("They carried coffins …", "Most of them intend …") or a
    connective ("Instead, these pages were dedicated to …", "And, to no one's surprise, …"), going on from the text
    before it?"""
    words = [t for t in doc if not t.is_space and not t.is_punct][:3]
    return bool(words) and (words[0].lower_ in GOING_ON_OPENERS or (
        len(words) == 3 and words[0].lower_ in GOING_ON_QUANTIFIERS and words[1].lower_ == "of"
        and words[2].lower_ in ("them", "these", "those")))


def _points_back_to(doc, before) -> bool:
    """Does a paragraph speak of a thing the one before named, with "this" or "these" ("They carried coffins … to expose
    the special treatment of Amber Guyger …" ¶ "Now, as more details emerge, this special treatment has moved to a level
    …")? Then it goes on from it, the writer's line as that one is."""
    named = {t.lemma_.lower() for t in before if t.pos_ == "NOUN"}
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in named and any(
        c.dep_ == "det" and c.lower_ in ("this", "these") for c in t.children) for t in doc)


def _introduces_a_post(text: str, par, attributor: Attributor) -> bool:
    """Is a writer's line the lead-in to the post after it, not its first line? One that ends in a colon or an ellipsis
    ("Social media erupted with outrage at the verdict …"), opens with "Here is/are" ("Here are just a few of those
    claims."), says its poster posted ("Wilders tweeted."), or did something on a platform ("… welcomed the release on
    social media."), whose subject is a video, a tweet or a photo, or that speaks of "the video"."""
    bare = text.rstrip()
    if bare.endswith((":", "…", "...")) or re.match(r"\s*Here(?:'s|’s|s['’]?| is| are)(?!\w)", text):  # ("Heres’ what …")
        return True
    for sent in (par.doc.sents if par.doc is not None else ()):
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if root.lemma_.lower() in POSTING_VERBS and subj is not None and subj.pos_ in ("PROPN", "NOUN"):
            return True
        if subj is not None and subj.lemma_.lower() in POST_WORDS:
            return True
        if any(t.dep_ == "prep" and t.lower_ == "on" and any(
                g.dep_ == "pobj" and (g.lower_ in PLATFORMS | {"x"} or (g.lower_ == "media" and "social" in [w.lower_ for w in g.lefts]))
                for g in t.children) for t in sent):
            return True  # "Sviatlana Tsikhanouskaya … welcomed the release on social media."
    # ... or that speaks of "the video" it comes before ("Also be aware that there are a few racial slurs in the video.")
    return any(t.lemma_.lower() in POST_WORDS and t.pos_ == "NOUN"
               and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
               for t in (par.doc if par.doc is not None else ()))


def _letters(paragraphs, attributor: Attributor) -> list[tuple[list[int], str]]:
    """The letters an article sets down whole: the body paragraphs from a salutation ("My dear Maryna,") to the one
    before a sign-off ("Your Mikalai", at most `LETTER_LENGTH` paragraphs on), with the writer the article's text just
    before names (`_letter_writer`), else the person whose first name signs it; none when neither names a person."""
    found, pars = [], list(paragraphs)
    for k, par in enumerate(pars):
        if par.kind != "body" or not LETTER_SALUTATION.fullmatch(par.text) or (found and par.index <= found[-1][0][-1]):
            continue
        end = next((j for j in range(k + 1, min(k + LETTER_LENGTH, len(pars)))
                    if len(pars[j].text.split()) <= 5 and LETTER_SIGNOFF.fullmatch(pars[j].text)), None)
        if end is None:
            continue
        who = _letter_writer([p for p in pars[max(0, k - 3) : k] if p.kind == "body" and p.doc is not None], attributor)
        if not who:
            words = [w.strip(",.") for w in pars[end].text.split()]
            signed = next((p for p in attributor.registry.people if p.first and normalise(p.first) in
                           {normalise(w) for w in words if w[:1].isupper()}), None)
            who = signed.canonical if signed is not None else ""
        if who:
            found.append(([p.index for p in pars[k:end]], who))
    return found


def _letter_writer(before, attributor: Attributor) -> str:
    """The person the paragraphs before a letter name as its writer, nearest first: "The following letter was written
    by X", "a letter from X", "X's letter", "X wrote this letter"."""
    for par in reversed(before):
        for tok in reversed(par.doc):
            if tok.lemma_.lower() not in LETTER_WORDS or tok.pos_ != "NOUN":
                continue
            verb = tok.head if tok.dep_ in ("nsubjpass", "dobj") else None
            people = [c for c in tok.children if c.dep_ == "poss"]
            people += [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by") for g in c.children
                       if g.dep_ == "pobj"]
            if verb is not None and verb.lemma_.lower() in ("write", "send", "pen", "smuggle", "dictate"):
                people += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                people += [c for c in verb.children if c.dep_ == "nsubj"]
            for person in people:
                if person.pos_ == "PROPN" and (person.ent_type_ == "PERSON" or attributor.registry.known(_entity_text(person))):
                    return attributor.registry.lookup(_entity_text(person))
    return ""


def _exchange(tok) -> bool:
    """A speech verb's object that is the form of an exchange, not what was said ("answered questions", "took calls"),
    also where the parser makes it a compound of a relative clause's subject ("answered … questions senators submitted")."""
    if tok.dep_ == "dobj":
        return tok.lemma_.lower() in EXCHANGES
    return tok.dep_ == "ccomp" and any(g.dep_ == "nsubj" and any(k.dep_ == "compound" and k.lemma_.lower() in EXCHANGES
                                                                 for k in g.children) for g in tok.children)


def _fragment_of_another(span, inside: list[bool], speaker: str) -> bool:
    """A sentence quoting a fragment in the writer's clause, its subject before the quotation and outside it, that
    names no word of `speaker`'s name outside its quotation marks ("a European foreign minister discovers a “window of
    opportunity”" before Antonio Tajani's report; not "Putin thanked his host for Minsk's “steadfast support.”" before
    Putin's, nor "The letter quotes the U.S. Conference of Catholic Bishops, which wrote … saying “…”" before the
    bishops')."""
    subj = choose_subject(span.root, inside) if span.root.pos_ in ("VERB", "AUX") else None
    first = next((t.i for t in span if t.idx < len(inside) and inside[t.idx] and not t.is_punct), None)
    if subj is None or first is None or subj.i > first or subj.lower_ in PRONOUNS:
        return False
    words = {t.lower_ for t in span if t.is_alpha and not (t.idx < len(inside) and inside[t.idx])}
    # (nor a sentence with a person's pronoun of its own: "Rather, he found, votes against Lew were “…”" before
    # "…, Boudreau wrote")
    return not words & (set(speaker.lower().split()) | {"he", "she", "they", "him", "her", "them", "his", "their"})


def _verb_before_quote(span, verb_i: int, inside: list[bool]) -> bool:
    """The sentence's reporting verb stands before its first quoted word."""
    first = next((t.i for t in span if t.idx < len(inside) and inside[t.idx] and not t.is_punct), None)
    return first is not None and verb_i < first


def _opening_fragment(span, inside: list[bool]) -> bool:
    """'“Mental health” regulations for gun ownership is what extremist gun grabbers … have been trying to accomplish
    for decades.': a sentence opening with a few quoted words, closed before its main verb, the rest the writer's."""
    quoted = [t for t in span if t.idx < len(inside) and inside[t.idx] and not t.is_punct]
    if not quoted or len(quoted) > 4 or quoted[0].i - span.start > 1 or span.root.i <= quoted[-1].i:
        return False
    if any(t.idx < len(inside) and inside[t.idx] for t in span[quoted[-1].i - span.start + 1 :] if not t.is_punct):
        return False  # a second quotation later in the sentence
    # ... modifying a noun outside them (not '“Fake news” was his answer …', the quotation itself the subject), or
    # the word the sentence says what it means ('“Sundar” presumably refers to Google’s chief executive …')
    ids = {t.i for t in quoted}
    if span.root.lemma_.lower() in ("refer", "mean", "denote", "stand") and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.head == span.root for t in quoted):
        return True
    # ... or the term the writer says what it is ('“Islamophobia” is a thought crushing device …'; not '“Fake news” was
    # his answer', words someone said)
    attr = next((c for c in span.root.children if c.dep_ == "attr" and c.i > quoted[-1].i), None)
    if (span.root.lemma_ == "be" and len(quoted) <= 2 and attr is not None and any(t.dep_ == "nsubj" and t.head == span.root for t in quoted)
            and attr.lemma_.lower() not in SAID_THINGS | {"reply", "response", "retort", "verdict", "motto", "cry"}):
        return True
    return len(span) - len(quoted) >= 6 and any(t.head.i not in ids and t.head.pos_ in ("NOUN", "PROPN")
                                                and t.dep_ in ("compound", "amod", "nmod") for t in quoted)


def _reported_content(tok) -> set[int]:
    """The character offsets of the words a speaker's description reports: the clauses its verb reports (the
    subject of "said": "…, the lawyer for the campaign said"), or the clause an "according to" phrase hangs on (minus
    the phrase)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        phrase = {t.i for t in tok.head.head.subtree}
        return {t.idx for t in tok.head.head.head.subtree if t.i not in phrase}
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return {t.idx for c in tok.head.children if c.dep_ in ("ccomp", "parataxis") for t in c.subtree}
    return set()


def _inner_short_quote(span, inside: list[bool]) -> bool:
    """One to three quoted words inside a sentence, with unquoted words before and after them ("No cop, anywhere,
    “signed up” to be murdered.")."""
    flags = [(t, t.idx < len(inside) and inside[t.idx]) for t in span if not t.is_punct and not t.is_space]
    quoted = [k for k, (_, q) in enumerate(flags) if q]
    if not quoted or len(quoted) > 3 or quoted[-1] - quoted[0] + 1 != len(quoted):
        return False
    return any(t.is_alpha for t, _ in flags[: quoted[0]]) and any(t.is_alpha for t, _ in flags[quoted[-1] + 1 :])


WRITER_QUOTES_SELF = "the writer quoting their own words"
# the readings that give a quotation's opening line to the writer, whose lines without marks after it go on as theirs
WRITER_WORDS_NOTES = (WRITER_QUOTES_SELF, "words the writer hears in what someone did")


def _asked_belief(verb) -> bool:
    """'Does His Excellency believe that …?', 'Does he think …?': a question whether someone believes something, "do"
    before the subject, is the writer's."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subj is not None and verb.sent.text.rstrip().endswith("?")
            and any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.i < subj.i for c in verb.children))


def _questioned(verb) -> bool:
    """'Did the accuser tell a friend …?', 'Now how does Farage propose to do that?', 'Why did police lie and say …?':
    the reporting verb of a question the sentence asks, an auxiliary before the subject of its clause (reached over
    conjuncts and infinitives: "lie and say", "are … to maintain"), reports nothing; the writer asks. Not a frame set
    into a question ("Was he sure, Mr. Jordan asked, that …?") nor one before it ("Consultants ask: how does it look?")."""
    if not verb.sent.text.rstrip().endswith("?"):
        return False
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in clause.children)


def _shares_subject(verb) -> bool:
    """A conjunct verb with no subject of its own, whose subject is the first conjunct's ("I presented myself … and asked")."""
    return verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _imagined_by_reader(verb) -> bool:
    """'Perhaps you can say, “How is it possible that the pope …?”', 'You might ask, “…”': the reader's words, under a
    modal of possibility, are the writer's own, imagined for the reader."""
    # (not a question to someone the text addresses: "How can you speak of peace and endorse Islam, as you seem to do:
    # “…”" quotes the Pope)
    return (any(c.dep_ == "aux" and c.lower_ in ("can", "could", "might", "may", "will", "would") for c in verb.children)
            and verb.doc[verb.sent.start].lower_ not in WH_WORDS)


def _writer_quotes_self(span, inside: list[bool], verbs) -> bool:
    """'As I wrote in my October 11 article, “Will Trump Make a Deal …?,” the CIA is …', 'As I said last week, “…”':
    a speech verb whose subject is the writer's "I" or "we" (or the reader's "you" the writer imagines speaking),
    outside quotation marks, framing the quotation before it
    (in an as-clause, governing it, or at most three words before it), and no other speaker's verb that governs it."""
    def out(t):
        return not (t.idx < len(inside) and inside[t.idx])
    first_quoted = next((t.i for t in span if not out(t) and not t.is_punct), None)
    if first_quoted is None:
        return False
    mine = [t for t in span if out(t) and t.i < first_quoted and t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "nsubj" and out(c) and (c.lower_ in ("i", "we") or (c.lower_ == "you" and _imagined_by_reader(t)))
                    # ("I’m going to ask, “…”": the subject
                    for c in [*t.children, *(t.head.children if t.dep_ == "xcomp" or _shares_subject(t) else []),
                              *(t.head.head.children if _time_to_say(t) else [])])  # of the
            # verb it completes; "I presented myself at the reference desk … and asked, “…”": the first conjunct's; "I just
            # had time to say to him, “…”": the one who had the time)
            and (t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
                 or any(not out(d) for d in t.subtree) or first_quoted - t.i <= 3  # ("… so bad that I tweeted: “…”")
                 or (all(d.is_punct or d in t.subtree for d in span.doc[t.i + 1 : first_quoted])  # ("say to him, “…”",
                     and _opens_quotation(span.doc, first_quoted)))]  # not a mark that closes: "I can't say …" he told)
    # … or a closing frame right after a quotation that opens the sentence: "“Wait,” I said."
    last_quoted = max(t.i for t in span if not out(t) and not t.is_punct)
    opening = next((t for t in span if not t.is_space), None)
    # (an adverb between too: '"What’s wrong with me?" I laughingly replied.')
    mine += [t for t in span if out(t) and last_quoted < t.i <= last_quoted + 6 and t.lemma_.lower() in verbs
             and t.pos_ in ("VERB", "AUX") and opening is not None and opening.text in OPEN_QUOTES + STRAIGHT
             and any(d.text in CLOSE_QUOTES + STRAIGHT for d in span.doc[last_quoted + 1 : t.i])
             and all(d.is_punct or d.pos_ in ("ADV", "PRON") for d in span.doc[last_quoted + 1 : t.i])
             and any(c.dep_ == "nsubj" and out(c) and c.lower_ in ("i", "we") and last_quoted < c.i for c in t.children)]
    # (another's speech verb that governs the quotation: not "The next kid who says anything to me …, I’m going to
    # ask, “…”")
    others = [t for t in span if out(t) and t.lemma_.lower() in verbs and t.pos_ in ("VERB", "AUX") and t not in mine
              and any(c.dep_ in ("nsubj", "nsubjpass") and out(c) for c in t.children)
              and (any(not out(d) for d in t.subtree) or 0 < first_quoted - t.i <= 3)]
    return bool(mine) and not others


def _opens_quotation(doc, i: int) -> bool:
    """Is the token before token `i` an opening quotation mark (a curly one, or a straight one after a space)?"""
    mark = doc[i - 1] if i > 0 else None
    return mark is not None and (mark.text in OPEN_QUOTES or (
        mark.text == STRAIGHT and (mark.i == 0 or doc[mark.i - 1].whitespace_ != "")))


def _time_to_say(verb) -> bool:
    """'I just had time to say to him …', 'we got a chance to ask': an infinitive on the object of the verb whose
    subject speaks (the parser hangs it as a relative clause on the noun)."""
    return (verb.dep_ in ("relcl", "acl") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.dep_ == "dobj" and verb.head.head.i != verb.head.i)


def credited_title(text: str) -> bool:
    """'“Islamic Converts Ask Pope …,” by Steve Skojec, …', '“Kuwaiti Cleric … Denies the Holocaust …?,” MEMRI, May 26,
    2018:': a quoted title credited to its author, or to its outlet and a date when it is written in title case (not
    the words of '“We will win,” Trump, May 5, 2019')."""
    if CREDITED_TITLE.match(text):
        return True
    m = OUTLET_TITLE.match(text)
    words = re.findall(r"[A-Za-z]{4,}", m.group("title")) if m else []
    if m and text.rstrip().endswith(":") and not first_name_gender(normalise(m.group("outlet").split()[0])):
        # (in sentence case too, when it introduces the excerpt that follows and credits no person: '“The Latest:
        # Compound incident called anti-Muslim propaganda,” Associated Press, August 10, 2018 (thanks to …):')
        return True
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# a heading announcing a person's words ("Pilger’s Statement", "Zelensky's full address:")
SPEECH_HEADING = re.compile(r"\s*([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})['’]s (?i:(?:(?:full|opening|closing|prepared) )?"
                            r"(?:statement|remarks|speech|address|letter|testimony|response|reply|message))\s*:?\s*$")
# what a person sends another, the words a colon after it may give
MESSAGES = {"response", "reply", "answer", "message", "letter", "note", "email", "e-mail", "text", "statement", "warning"}
# participles that name whose words follow ("as expressed by X", "as put by X", "written by X")
AUTHORED_PARTICIPLES = {"express", "put", "write", "state", "formulate", "phrase", "say", "declare", "articulate"}


def _quoted_topic(span, inside: list[bool]) -> bool:
    """'… during a hearing with four subject experts on “Putin’s Playbook: …”': the sentence's quoted words all name
    what a noun of the writer's clause is on, about or called (a title), not words anyone is said to have said."""
    quoted = [t for t in span if _in_quotes(t, inside) and t.is_alpha]
    if not quoted:
        return False
    first = quoted[0]
    prep = next((a for a in first.ancestors if a.dep_ == "prep"), None)
    # (the quotation opening right after the preposition; the parser may hang its later words elsewhere)
    return (prep is not None and prep.lower_ in ("on", "about", "titled", "entitled", "called") and prep.head.pos_ == "NOUN"
            and not _in_quotes(prep, inside) and prep.i + 2 <= span.end and span.doc[prep.i + 1].is_quote)


def _in_quotes(tok, inside: list[bool]) -> bool:
    """Is the token inside quotation marks (`inside`, by character of its paragraph)?"""
    return tok.idx < len(inside) and inside[tok.idx]


GREETED = {"crowd", "cheer", "chant", "applause", "audience", "ovation", "fan", "supporter", "wave"}  # acknowledged, not said


def _colon_lead_in(span, inside: list[bool], known=lambda name: False):
    """'Her neighbour, Petro Savchuk, was less forgiving: “They are treating us like children.”', 'He was blunt: “…”':
    a quotation right after a colon that closes the writer's clause, with no reporting verb, is the words of that
    clause's subject when it is a person (a name, a name the article `known` as a person's whatever spaCy tags it —
    "Marchuk was blunter: “…”" —, a role or kin noun, "he", "she", "they"); None otherwise ("His answer was short:
    “Nonsense.”" is left to the speaker before)."""
    doc = span.doc
    colon = next((t for t in span if t.text == ":" and t.i > span.start and not (t.idx < len(inside) and inside[t.idx])), None)
    if colon is None or colon.i + 1 >= span.end:
        return None
    after = doc[colon.i + 1]
    if not (after.text[:1] in OPEN_QUOTES or after.text[:1] == STRAIGHT or (after.idx < len(inside) and inside[after.idx])):
        return None
    if any(t.idx < len(inside) and inside[t.idx] for t in doc[span.start : colon.i]):
        return None
    named = doc[colon.i - 1]
    if named.ent_type_ == "PERSON" and any(a.dep_ == "prep" and (a.lower_ in ("including", "like") or (
            a.lower_ == "as" and doc[a.i - 1].lower_ == "such")) for a in named.ancestors):
        # "… voices throughout the Catholic world are now echoing Archbishop Viganò’s call …, including Laura Ingraham:
        # “Too little, too late …”": the one of them the colon names
        return named
    lead = doc[span.start : colon.i]
    to = [t for t in lead if t.lower_ == "to"]
    if (len(to) == 1 and to[0].i > span.start and all(t.pos_ == "PROPN" or t.is_punct or t == to[0] for t in lead)
            and ((first := doc[to[0].i - 1]).ent_type_ == "PERSON" or known(_entity_text(first)))):
        # 'Cardinal Burke to Michael Matt: "Amoris Not An Exercise of Magisterium"': a headline's words of the one
        # named before "to", said to the one after it
        return first
    # the lead-in's verb: the sentence's root, or the clause before the colon the parser hung on the quotation's verb
    verb = next((t for t in doc[span.start : colon.i] if t.pos_ in ("VERB", "AUX")
                 and (t.head == t or not span.start <= t.head.i < colon.i)), None)
    subj = choose_subject(verb, inside) if verb is not None else None
    if subj is None or subj.i > colon.i:
        return None
    # "Burke was reiterating Church teaching, as expressed by famed canonist Franz Wernz in his Ius Canonicum: “…”": the
    # person whose words the lead-in says the quotation gives
    agent = next((g for t in doc[subj.i : colon.i] if t.tag_ == "VBN" and t.lemma_.lower() in AUTHORED_PARTICIPLES
                  for a in t.children if a.dep_ == "agent" for g in a.children
                  if g.dep_ == "pobj" and (g.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON"
                                                                           for c in g.children))), None)
    if agent is not None:
        return agent
    # "Credico received the following response from Schiff after meeting …: “…”": the sender of the message the verb's
    # object is
    sender = next((g for o in verb.children if o.dep_ == "dobj" and o.lemma_.lower() in MESSAGES and o.i < colon.i
                   for p in o.children if p.dep_ == "prep" and p.lower_ == "from"
                   for g in p.children if g.dep_ == "pobj" and g.pos_ == "PROPN"
                   and (g.ent_type_ == "PERSON" or known(_entity_text(g)))), None)
    if sender is not None:
        return sender
    named = next((c for c in verb.children if c.dep_ == "attr" and subj.i < c.i < colon.i and (c.ent_type_ == "PERSON" or any(
        a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children))), None) if verb.lemma_.lower() == "be" else None
    if named is not None:
        return named  # "Another Republican who wants to stop investigating is former RNC Chair, Michael Steele: “…”"
    # "His opinion is: “Take it seriously …”", "Allen's verdict was blunt: “…”": whose opinion the quotation gives (a
    # pronoun resolved as a subject "he" would be, the speaker before first)
    owner = next((c for c in subj.children if c.dep_ == "poss" and (c.lower_ in POSSESSIVE_FORMS or (
        c.pos_ == "PROPN" and (c.ent_type_ == "PERSON" or known(_entity_text(c)))))), None)
    if owner is not None and subj.lemma_.lower() in HELD_VIEWS:
        return owner
    # "The remarks that the Pope had made in January … were: “…”": the maker of the remarks a relative clause names
    maker = next((g for r in subj.children if r.dep_ == "relcl" and r.lemma_.lower() in ("make", "give", "deliver", "write")
                  for g in r.children if g.dep_ == "nsubj" and g.i < colon.i and g.lower_ not in ("that", "which", "who")
                  and (g.pos_ == "PROPN" or g.lemma_.lower() in ROLE_NOUNS)), None)
    if maker is not None and subj.lemma_.lower() in HELD_VIEWS | {"remark", "word", "statement", "speech"}:
        return maker
    person = (subj.lower_ in ("he", "she", "they") or subj.ent_type_ == "PERSON"
              or (subj.pos_ == "PROPN" and not any(c.dep_ == "det" for c in subj.children) and known(_entity_text(subj)))
              or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj.children)
              or (subj.pos_ == "NOUN" and subj.lemma_.lower() in ROLE_NOUNS | PEOPLE_NOUNS | KIN_NOUNS)
              or _has_who_clause(subj))  # "The man who …"
    return subj if person else None


def _name_head(tok):
    """The last word of the name a token opens ("House Speaker Paul Ryan" -> "Ryan"), which holds its role."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


# notices a body issues, which "state" or "read" what follows their colon
NOTICES = {"alert", "advisory", "notice", "warning", "bulletin", "guidance", "directive", "circular", "notification"}
# texts a writer shows in full after a colon ("Read the full rant via Gawker:", "Here is her letter:")
SHOWN_TEXTS = ISSUED_TEXTS | {"rant", "screed", "post", "tweet", "email", "memo", "missive", "remarks", "comments", "speech"}


def _shows_the_text(span) -> bool:
    """'Read the full rant via Gawker:', 'Here is the letter:': a sentence ending in a colon that bids the reader read or
    see a text one person wrote ("the rant", "her letter"), or presents it ("Here is …"); not "Read more:"."""
    if not span.text.rstrip().endswith(":"):
        return False
    root = span.root
    if root.lemma_.lower() in ("read", "see") and root.tag_ == "VB" and not any(c.dep_ == "nsubj" for c in root.children):
        text = next((c for c in root.children if c.dep_ == "dobj"), None)
    elif root.lemma_.lower() == "be" and any(c.lower_ == "here" for c in root.children):
        text = next((c for c in root.children if c.dep_ in ("nsubj", "attr") and c.lower_ != "here"), None)
    else:
        return False
    return (text is not None and text.lemma_.lower() in SHOWN_TEXTS and text.tag_ in ("NN", "NNS")
            and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their") for c in text.children))


def _text_read_from(span):
    """'In the email from John Podesta to Robby Mook we learned that:': a sentence ending in a colon where the writer
    (or the reader) learns or reads something in a text someone wrote; the text's author, who speaks the block after
    it, else None."""
    root = span.root
    if (not span.text.rstrip().endswith(":") or root.lemma_.lower() not in ("learn", "read", "see", "find", "discover")
            or not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i", "you") for c in root.children)):
        return None
    return next((author for c in root.children if c.dep_ == "prep" and c.lower_ in ("in", "from")
                 for text in c.children if text.dep_ == "pobj" and (author := _issuer(text)) is not None
                 and author.pos_ == "PROPN"), None)


def _introduces_block(span, cues: list[Cue]) -> Cue | None:
    """The cue of a sentence that ends in a colon to introduce the words it reports ("Carlson said:", "Fox News
    reports:", "According to Carlson:"), not one that reports a clause of its own first ("According to links …, the
    plausibility is quite high:", "said that … :") nor the writer's ("here's why:"). A comma in the colon's place
    ("… wrote to me today saying,", "Anna Berg said,") introduces a quotation in the next paragraph, never a block."""
    if not cues or not span.text.rstrip().endswith((":", ",")):
        return None
    # (a person's verb before an "according to" beside it: "According to prepared testimony provided to The Hill, he
    # will say:" introduces his words)
    cue = next((c for c in reversed(cues) if span.doc[c.verb_i].lower_ != "according"), cues[-1])
    verb = span.doc[cue.verb_i]
    if cue.pronoun and cue.form in ("i", "we", "me", "us"):
        return None
    if verb.lower_ == "according":
        return cue if verb.dep_ == "ROOT" or not any(t.pos_ in ("VERB", "AUX") for t in span if t not in verb.subtree) else None
    last = span[-1] if span[-1].text in (":", ",") else None
    if last is not None and last.head not in (verb, *verb.ancestors):
        return None  # "Everyone who had ever read anything he had written were amazed …, but the video doesn’t lie:"
    if last is not None and verb.dep_ == "relcl" and last.head is not verb and any(
            c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in ("which", "whom") for g in c.children)
            for c in verb.children):
        return None  # "The key passages rebuke Francis for … his reduction of the faith to an ideology—precisely the
        # wrong of which he accuses orthodox Catholics:": a verb in a relative clause "of which" opens describes; the
        # colon is the main clause's (not "These are the words he wrote:", nor "…, who wrote in his commentary …:")
    return None if any(c.dep_ in ("ccomp", "xcomp") and not _completed_by_block(c) for c in verb.children) else cue


def _completed_by_block(clause) -> bool:
    """'the alliance said it would:' ¶ '- deploy …': a clause that stops at a modal, "to" or a bare auxiliary right
    before the colon is completed by the block after it ("said that the plan had three parts:" is complete)."""
    last = clause.right_edge
    after = clause.doc[last.i + 1] if last.i + 1 < len(clause.doc) else None
    return (after is not None and after.text == ":" and (last.tag_ in ("MD", "TO")
            or (last.lemma_.lower() in ("be", "have", "do") and not any(c.dep_ in ("acomp", "attr", "dobj") for c in last.children))))


def _first_mark(text: str) -> str:
    """'open', 'close' or '' for a paragraph's first double quotation mark (a straight one opens at the paragraph's
    start or after a space, and closes after a word)."""
    for i, ch in enumerate(text):
        if ch in OPEN_QUOTES:
            return "open"
        if ch in CLOSE_QUOTES:
            return "close"
        if ch == STRAIGHT:
            return "open" if i == 0 or text[i - 1].isspace() else "close"
    return ""


def bridged_quotes(paragraphs: list[Paragraph], max_lines: int = 20) -> list[tuple[list[int], bool]]:
    """Quotations that run over paragraphs with no quotation marks, as in one-sentence-a-line text ("“I've been
    smeared …" / "I provided medical records …" / "… healing from the abuse.”"): for each, the indices of the
    paragraph that leaves it open, those without marks, and the one whose first mark closes it, with True. A paragraph
    that opens a new quotation at its start ends the search: it goes on with the quotation, by the news convention of
    an opening mark on each quoted paragraph ("“Why is it so easy …?" / "Why is it so much easier …?" / "“Why is it so
    easy to jail a man …?" she continued."), so the lines before it may be quoted too (the group, with False, stops
    before it: it has its own reading; `_give_bridged_quote` takes it only in text of a sentence a line)."""
    body = [p for p in paragraphs if p.kind == "body"]
    groups = []
    for k, par in enumerate(body):
        # (also one whose curly marks end opening, opening, closing, a nested quotation set in the same marks closing
        # early: "Sheriff Hogrefe said, “That all changed … simply said in part “we are starving and need food and
        # water”." leaves his quotation open; any mismatch of marks would take in lines of the writer's)
        if not (scan_quotes(par.text, carry=False).ends_open or "".join(ch for ch in par.text if ch in "“”").endswith("““”")):
            continue
        # (a quotation in single marks, in text with no double ones: "'This was litigated 20 years ago." ¶ "Two-thirds
        # of the American people sided with me.'")
        single = not any(ch in OPEN_QUOTES or ch in CLOSE_QUOTES or ch == STRAIGHT for ch in par.text)
        for j in range(k + 1, min(len(body), k + 1 + max_lines)):
            first = _first_mark(body[j].text) or (_first_single_mark(body[j].text) if single else "")
            if first == "close":
                groups.append(([p.index for p in body[k : j + 1]], True))
            elif (first and j > k + 1 and _first_mark(body[j].text.lstrip()[:1]) == "open"
                  and _first_mark(par.text) == "open" and body[j].index - par.index == j - k):
                # (none between taken for a heading or caption: "\"Federal prosecutors say … ‘a common plan …" ¶ "'\""
                # ¶ "Yeah, if they were white Christians, …" is the writer's)
                groups.append(([p.index for p in body[k:j]], False))
            if first:
                break
    return groups


GOING_ON_FRAME = re.compile(r"\b(?:continued|went on|continues|goes on)\b")  # a frame telling its speaker spoke before
ANYBODY = {"everybody", "everyone", "nobody", "somebody", "someone", "anybody", "anyone", "people"}  # nobody in particular


# the notes `scan_quotes` gives a paragraph's marks, which tell no speaker
SCAN_NOTES = {"nested or unbalanced opening quotation mark", "closing quotation mark without an opening one",
              "quote open at paragraph end"}


def _scan_notes_only(note: str) -> bool:
    """Does an attribution note tell only how its sentence's marks scan (or nothing), no reading of a speaker?"""
    return all(x in SCAN_NOTES for x in note.split("; ") if x)


def _give_bridged_quote(group: list[int], by_par: dict[int, list[Sentence]], personal=lambda name: True,
                        closed: bool = True) -> list[Sentence]:
    """The sentences of a quotation over lines without marks are its speaker's: the one a cue in its last or first
    line names, else the previous quotation's speaker its first line went to. Lines in between are quoted words, not
    the writer's: returned, when nobody speaks the quotation, to be marked as an unresolved speaker's. A group not
    `closed` has no last line: every line after the first is in between."""
    if not closed and any(len(by_par.get(i, [])) > 1 for i in group):
        # in paragraphs of several sentences one left open is a slip: "“… It doesn’t comport with due process." ¶
        # "Several justices voiced concerns …" ¶ "“Is it true,” Chief Justice Roberts asked …" (BASIL); only PTC's
        # lines of a sentence each cut a quoted paragraph into lines without marks
        return []
    first = [s for s in by_par.get(group[0], []) if s.quoted]
    middle = [s for i in group[1 : len(group) - closed] for s in by_par.get(i, [])]
    # (a quotation in single marks, in text with no double ones, whose closing line no reading took as quoted:
    # "'This was litigated 20 years ago." ¶ "Two-thirds of the American people sided with me.'")
    single = not any(ch in OPEN_QUOTES or ch in CLOSE_QUOTES or ch == STRAIGHT for s in first for ch in s.text)
    last = []  # (the closing line's sentences up to the one with the closing mark: not a sentence after it, "…
    # not served.” Kate’s brother Brad was “stunned that …”", with a fragment and a reading of its own)
    for s in by_par.get(group[-1], []) if closed else []:
        if s.quoted or (single and s.source == "author"):
            last.append(s)
        if any(ch in CLOSE_QUOTES or ch == STRAIGHT for ch in s.text) or (single and SINGLE_CLOSING.search(s.text)):
            break

    def cued(s: Sentence) -> bool:  # a speaker its own sentence names, not one a quotation without a cue went to
        # (nor one whose note tells only how its marks scan: "The pope gave no satisfying answer, …”" closing an
        # editorial's quotation took the paragraph's speaker before it, by no reading of its own)
        return s.source not in ("author", UNRESOLVED) and not _scan_notes_only(s.attribution_note) and not any(
            x in s.attribution_note for x in ("quote without cue", "continued from previous paragraph"))

    def carried(s: Sentence) -> bool:  # a quotation opening right after its speaker's last one
        if s.source in ("author", UNRESOLVED):
            return False
        # ... or right after the writer's sentence about one person ("The president made his comments in a series of
        # Tweets …" ¶ "“FBI Agent Peter Strzok …"), not a body or a group the article registered as one (a plural
        # subject the registry took for a person is not caught: "The corrupt Pharisees … did the opposite." ¶ a
        # chapter of Acts goes to `Pharisee` throughout)
        about = personal(s.source) and any(x in s.attribution_note for x in (
            "-> subject of the writer's previous sentence", "-> person the writer's previous sentence names"))
        # (… or a quotation going on from the paragraph before: "In a letter to May, he said: “I am writing …" ¶ "“In
        # retweeting Jayda Fransen’s posts, …" ¶ "This activity has frequently taken …" ¶ "… less than this.”")
        return about or any(x in s.attribution_note for x in ("-> last person quoted", "-> last speaker",
                                                              "-> previous sentence's source", "-> the issuer of the text",
                                                              "quote continued from previous paragraph"))

    if (first and first[-1].source == "author" and first[-1].attribution_note.startswith(WRITER_WORDS_NOTES)
            and not (last and cued(last[-1]))):
        # "The next candidate for religious life, I’ll ask, “Great!" ¶ "What’s your trade?" ¶ "What do you have to
        # fall back on?”": the writer's own words throughout (and so are the words the writer hears in what someone
        # did: "… it sounds like he is saying, “Who do you think you are?" ¶ "I don’t have to explain myself to you.")
        note = next(n for n in WRITER_WORDS_NOTES if first[-1].attribution_note.startswith(n))
        for s in [*middle, *last]:
            if s.source in ("author", UNRESOLVED) or "quote without cue" in s.attribution_note:
                s.source, s.attribution, s.quoted = "author", "author", 1.0
                s.attribution_note = note + ", over lines without marks"
        return []
    closing = by_par.get(group[-1], []) if closed else []
    # "The mayor added: “He is failing …" ¶ "We must be vigorous in our intolerance of his intolerance.” In response to
    # the news, Peter Golds … tweeted: “…": the closing line's cue is the paragraph's, framing the quotation it opens
    # next, not the one its first line closes
    cue_after_close = bool(last) and last[-1].attribution_note.startswith("reporting verb") and any(
        s.source == last[-1].source and s.attribution_note.startswith("reporting verb") and any(ch in OPEN_QUOTES for ch in s.text)
        for s in closing[closing.index(last[-1]) + 1 :])  # (not a dash credit's: "…” – Edward Bernays (“the father …”)")
    if cue_after_close:
        def cued(s: Sentence, cued=cued) -> bool:
            return s not in last and cued(s)
    # (the opening line's speaker a note of its marks alone came with stands: "“During that interval, I must meet
    # someone …" goes on Weinandy's quotation)
    speaker = next((s.source for s in last[-1:] if cued(s)), "") or next(
        (s.source for s in first[-1:] if cued(s) or (s.source not in ("author", UNRESOLVED) and s.attribution_note
                                                     and _scan_notes_only(s.attribution_note))), "") or next(
        (s.source for s in first[-1:] if carried(s)), "")
    after = by_par.get(group[-1] + 1, [])[:1] if closed else []
    if (first and "quote without cue" in first[0].attribution_note and last and not cued(last[-1]) and after
            and cued(after[0]) and after[0].source != speaker and after[0].quoted < 0.5
            and GOING_ON_FRAME.search(after[0].text)):
        # "This is the programme:" ¶ "“Do not distance yourself …" ¶ … ¶ "… a departure point.”" ¶ "After breathing this
        # threat, the cardinal continued, saying …": a quotation no cue named goes to whoever the next line goes on with
        speaker = after[0].source
        for s in first:
            s.source, s.attribution = speaker, "direct"
            s.attribution_note = "quotation whose speaker the line after it goes on with"
    # (not a line with a reading of its own, but for one whose report is everybody's, which the quoted speaker tells:
    # "“Why not?" ¶ "Everybody says well it was litigated …" ¶ "I was never discredited at all.”")
    middle = [s for s in middle if s.source == "author" or (s.source.lower() in ANYBODY and s.quoted == 0)]
    for s in middle:
        s.quoted = 1.0
        s.attribution_note = "quotation over lines without marks"
        if speaker:
            s.source, s.attribution = speaker, "direct"
    if speaker and last and not cued(last[-1]):
        # "“Path taken: …" ¶ "Meetings for prioresses." ¶ "Possible Solutions: Two convents intend to amalgamate.”": the
        # line that closes a quotation with no frame of its own is the speaker's its opening line went to
        for s in last:
            # (not a line that opens a quotation inside it, the innermost speaker's: "… ‘I thought he might kill me,’
            # said Ford." ¶ "‘He was trying to attack me …’”" stays Ford's inside the article's quotation)
            if ("quote without cue" in s.attribution_note and s.text.lstrip()[:1] not in SINGLE_OPEN) or (
                    single and s.source == "author") or cue_after_close or (
                    s.source not in ("author", UNRESOLVED) and s.quoted and not cued(s) and not carried(s)):
                # (and one that took a speaker by no reading of its own: "… The pope gave no satisfying answer, only
                # repeating a claim of ‘no evidence’ against the bishop.”")
                s.source, s.attribution, s.quoted = speaker, "direct", s.quoted or 1.0
                s.attribution_note = "quotation over lines without marks, closed"
    if last and cued(last[-1]):
        # '"I sold him 600 rounds …' ¶ '… surplus U.S. military," Haig said to ABC15.': the frame that closes the
        # quotation names whose its opening line is, which no cue of its own did (it went to the speaker before)
        given = False
        for s in first:  # (also one no rule found a speaker for: "The fact of the matter is:" ¶ "“The conscious …")
            # (and a later sentence of the opening line that took the given one's speaker with no reading of its own:
            # "“As Donald Trump said, ‘Let it come out.’ I call on the Trump administration …" ¶ "…,” Sen. Bernie
            # Sanders … wrote on Twitter." is his throughout; not after a cue of the line's own, "He asked the following,
            # “Did you hear what President Obama said?… Do you know …")
            if ("quote without cue" in s.attribution_note or s.attribution_note.startswith("quote with no resolvable speaker")
                    or (given and s.attribution_note == "quote open at paragraph end")):
                s.source, s.attribution = last[-1].source, "direct"
                s.attribution_note = "quotation closed lines later by its speaker's frame"
                given = True
    if speaker and closed and first and last and first[-1].source == last[-1].source == speaker and len(group) <= 4:
        # "“CNN, who has nearly 50 additional hard pass holders, … First Amendment." ¶ "After Mr. Acosta asked the
        # President two questions … he physically refused to surrender a White House microphone …" ¶ "This was not the
        # first time …”": a line without marks between two of one speaker's quotation's lines reports inside it
        for s in (x for i in group[1:-1] for x in by_par.get(i, [])):
            if (s.kind == "body" and s.source not in ("author", UNRESOLVED, speaker) and s.quoted < 0.5
                    and not any(ch in OPEN_QUOTES or ch in CLOSE_QUOTES or ch == STRAIGHT for ch in s.text)):
                s.source, s.attribution, s.quoted = speaker, "direct", 1.0
                s.attribution_note = "quotation over lines without marks, a report inside it"
    return [] if speaker else middle  # (the lines that open and close it keep what their own reading gave them)


def _own_document(ctx: Context, tok, key: str, name: str) -> None:
    """Record whose a document is that the sentence names its issuer of, by its words ("confidential letter") and by
    its noun alone, which the next "the letter" means: "the Associated Press obtained a confidential letter from Pope
    Francis …" ¶ "The letter … said" is his, not the letter someone else wrote before."""
    ctx.documents[key] = name
    ctx.documents[tok.lemma_.lower()] = name


def _note_documents(span, source: str, ctx: Context, attributor: Attributor) -> None:
    """Record whose the documents a sentence mentions are: their issuer's, where the sentence names it ("a report by
    the Institute for the Study of War", "the ministry's statement"); a source's own ("In a statement, it warned …");
    or, in the writer's sentence, the named issuer's ("The Belarusian foreign ministry issued a statement")."""
    for tok in span:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in INANIMATE | ISSUED_REPLIES:
            continue
        key = _document_key(tok)
        # "said in a statement", "in his statement" (even one "released by his campaign": the words are the speaker's);
        # not "dismissed the report by …", nor "troubled by an inconsistency in the women's lawsuit" (a noun's phrase,
        # someone else's document)
        own = (source != "author" and tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ in ("VERB", "AUX")
               and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in tok.children))
        if own:
            ctx.documents[key] = source
        elif (issuer := _issuer(tok)) is not None:  # "a report by the Institute for the Study of War"
            if attributor.noted_issuer(tok, issuer, ctx):
                continue  # (the body's still: "the group’s statement")
            if issuer.pos_ != "PROPN":  # "a report by a think tank, the Institute …" (not "from Representative X, Democrat of …")
                issuer = next((c for c in issuer.children if c.dep_ == "appos" and c.pos_ == "PROPN"), issuer)
            name, is_pronoun = attributor.name_of_subject(issuer, ctx)
            if name and not is_pronoun:
                _own_document(ctx, tok, key, name)
                if (source == "author" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUING_VERBS
                        and tok.head.dep_ == "ROOT"):
                    # "The Ellison campaign released a statement from Kim Ellison …" ¶ "“Our divorce simply isn’t the
                    # public’s business, …”": the statement's author, whose the quotation opening the next paragraph is
                    ctx.issued_last = name
        elif tok.dep_ == "dobj" and tok.head.lemma_.lower() in ISSUING_VERBS:
            # (or in the issuer's own sentence: "Jeff Sessions released a statement saying that …" ¶ "“…,” the statement
            # said.")
            issuer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            body = None
            if issuer is not None and issuer.pos_ == "NOUN" and issuer.lemma_.lower() in BODY_KINDS:
                # "The liberal activist group MoveOn.org issued a statement": the group's name
                issuer = body = next((c for c in issuer.children if c.dep_ == "appos" and c.pos_ == "PROPN"), issuer)
            if issuer is not None and issuer.pos_ in ("PROPN", "NOUN") and (issuer.ent_type_ or issuer.lower_ in INSTITUTIONS
                                                                           or issuer.lemma_.lower() in ROLE_NOUNS):
                name, is_pronoun = attributor.name_of_subject(issuer, ctx)
                if name and not is_pronoun and source in ("author", name):
                    ctx.documents[key] = name
                    lemma = tok.lemma_.lower()
                    if lemma in ISSUED_TEXTS | ISSUED_REPLIES:
                        # a text of the issuer's own words by its noun alone too ("issued an unequivocal statement:" ¶
                        # "“…,” the statement said."), and a denial or reply issued is the issuer's statement ("issued
                        # an unequivocal denial:"); not a law signed nor a paper published, whose words are not theirs
                        ctx.documents[lemma] = name
                        if lemma in ISSUED_REPLIES:
                            ctx.documents["statement"] = name
                    if body is not None and body.pos_ == "PROPN":
                        attributor.organisations.add(name)  # (which the writer calls a group: nobody's "he" later)
                    if source == "author" and tok.head.dep_ == "ROOT":
                        ctx.issued_last = name


# what a person issues in answer to something, which a later "the statement" means ("Paul Manafort issued an
# unequivocal denial:" ¶ "“I have never met Julian Assange …,” the statement said.")
ISSUED_REPLIES = {"denial", "rebuttal", "reply", "response", "retraction", "apology", "clarification"}
QUOTE_NOUNS = {"quote", "quotation", "word", "remark", "statement", "tweet", "comment", "saying"}


def _quotes_of(span, attributor: Attributor, ctx: Context) -> str:
    """'Some Farrakhan quotes:', 'Here are some of Trump's tweets:': the writer's short line, with no verb but "be", that
    ends with a colon and names a person's quotations, remarks or tweets; that person, whose the quotations opening the
    next paragraph are; else ""."""
    toks = [t for t in span if not t.is_space]
    if not toks or toks[-1].text != ":" or len(toks) > 12 or any(t.pos_ == "VERB" for t in toks):
        return ""
    for tok in toks:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in QUOTE_NOUNS or tok.tag_ not in ("NNS", "NN"):
            continue
        whose = next((c for c in tok.children if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN"), None)
        if whose is not None and (whose.ent_type_ == "PERSON" or attributor.registry.known(whose.text)):
            name, pronoun = attributor.name_of_subject(whose, ctx)
            if name and not pronoun:
                return name
    return ""


def _document_key(tok) -> str:
    """A document noun with the words that tell it from others: "joint statement" is not the "statement" before it."""
    mods = [c.lower_ for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    return " ".join([*mods, tok.lemma_.lower()])


PERSONAL_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs"}
ROLE_WORDS = ROLE_NOUNS | TITLE_WORDS | {"pm", "mp", "ceo"}  # a role noun or title may name a fragment's speaker


def _description_beside_person(sent, quoted: list, subj, speech_verbs) -> bool:
    """'Why would Benedict take advice from a man like Martini – the “godfather” of the “liberal wing” of …?': the
    quoted words all stand in an apposition on a person (a name, "man", "woman", a role or a people noun) outside the
    subject's phrase, with no speech verb over the sentence or inside the apposition: the writer's description (not
    one beside a thing: "Douthat laid out three criteria …: … his position on “moral-theological controversies”")."""
    if sent.root.lemma_.lower() in speech_verbs:
        return False
    for a in sent:
        if (a.dep_ == "appos" and all(a.left_edge.i <= t.i <= a.right_edge.i for t in quoted)
                and (a.head.ent_type_ == "PERSON" or a.head.lemma_.lower() in {"man", "woman"} | PEOPLE_NOUNS | ROLE_NOUNS)
                and not (subj is not None and subj.left_edge.i <= a.i <= subj.right_edge.i)
                and not any(d.lemma_.lower() in speech_verbs for d in a.subtree)):
            return True
    return False


def _echoes_quoted_before(span, inside: list[bool]) -> bool:
    """Are the words a sentence quotes all words quoted earlier in its paragraph (by lemma: "“feel”" after "“… Dr.
    Ford feels that …”")?"""
    def quoted(t):
        return t.idx < len(inside) and inside[t.idx] and t.is_alpha
    words = {t.lemma_.lower() for t in span if quoted(t)}
    before = {t.lemma_.lower() for t in span.doc[: span.start] if quoted(t)}
    return bool(words) and words <= before


def _named_other_subject(span, speaker: str, inside: list[bool], ctx: Context) -> bool:
    """'Trump implied earlier this month that he had “tapes” of discussions with … Comey.  And the Washington Post
    reported …': the sentence's main subject, outside quotation marks, is a person named (spaCy's PERSON, a name the
    paragraph registered there or the surname of a person the article named) who is not `speaker`, so its pronouns
    and roles speak of that person, not of the later sentence's speaker."""
    # (the parser may give the root two: "Kate’s brother Brad was “stunned …”" has "brother" and "Brad")
    for subj in (c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        if not subj.text[:1].isupper() or (subj.idx < len(inside) and inside[subj.idx]):
            continue
        named = (subj.ent_type_ == "PERSON" or any(subj.left_edge.idx <= at <= subj.idx for _, at in ctx.named_here)
                 or any(p.split()[-1].lower() == subj.lower_ for p in ctx.people))
        if named and subj.lower_ not in {w.lower() for w in speaker.split()}:
            return True
    # (… or says what it is, another named thing: "The website which published the report is Mouqawamah Music, a site
    # that openly calls for “Death to Israel”" after the report's quotation)
    if span.root.lemma_ == "be" and any(c.dep_ in ("nsubj", "nsubjpass") for c in span.root.children):
        for attr in (c for c in span.root.children if c.dep_ == "attr" and c.pos_ == "PROPN"):
            if (attr.ent_type_ in ("ORG", "PERSON") and not (attr.idx < len(inside) and inside[attr.idx])
                    and attr.lower_ not in {w.lower() for w in speaker.split()}):
                return True
    return False


def _refers_to(span, speaker: str) -> bool:
    """Might this sentence speak of `speaker` (so that a quoted fragment in it may be theirs)? A word of the name
    ("Benedict's signature", "the report" for `OIG report`), its acronym ("the Associated Press" for `AP`), a
    personal pronoun ("She resigned, citing “…”") or a role noun ("…, Hungarian PM" before "Viktor Orban has said")."""
    words = {w.lower() for w in re.findall(r"[\w’'-]+", speaker) if len(w) > 2 or w.isupper()} - {"the", "and", "for"}
    caps = [t.text[0] for t in span if t.text[:1].isupper()]
    for tok in span:
        if tok.lower_ in words or tok.lower_ in PERSONAL_PRONOUNS or tok.lemma_.lower() in ROLE_WORDS:
            return True
    return speaker.isupper() and 1 < len(speaker) <= 5 and speaker in "".join(caps)


def _named_fragment(span, par, s, inside: list[bool], ctx: Context, attributor: Attributor) -> tuple[str, str] | None:
    """A quoted fragment inside the writer's sentence about a named person is that person's: (name, note), or None."""
    if span is None or not _is_mixed(par.text, s.start - par.start, inside):
        return None
    name, how = attributor.fragment_speaker(span, inside, ctx)
    return (name, how) if name != "author" else None


def _joint_subject_before(tok) -> list:
    """The proper names one of the two sentences before a token's own (in its paragraph) has as a joint subject
    ("Pavel Latushka and Valery Tsepkalo … were asked …", before "The former said no. The latter said …"), in order;
    [] when neither has two."""
    for before in [sent for sent in tok.doc.sents if sent.end <= tok.sent.start][-2:][::-1]:
        subj, names = _root_subject(before), []
        while subj is not None and subj.pos_ == "PROPN":
            names.append(subj)
            subj = next((c for c in subj.children if c.dep_ == "conj"), None)
        if len(names) >= 2:
            return names
    return []


def _root_subject(span):
    """The subject of a sentence's main verb, or None. Of two, the one after a comma: spaCy makes a description set off
    before the subject a second subject ("A former Marine in Iraq, Mr. Hunter was first elected …": Hunter)."""
    subjects = [c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (a dateline's place is no subject: "VILNIUS — Five years after she fled Minsk, Sviatlana Tsikhanouskaya still
    # keeps …", where spaCy makes both subjects of "keeps")
    subjects = [c for c in subjects if not _dateline(c)] or subjects
    if len(subjects) == 1 and subjects[0].lower_ in ("himself", "herself", "themselves", "itself") and (hung := next(
            (g for c in span.root.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "nsubj"), None)):
        return hung  # "His wife, Darya Losik, was herself jailed …": the parser hangs the subject on the auxiliary
    if len(subjects) == 2 and subjects[0].right_edge.i + 2 == subjects[1].left_edge.i and (
            span.doc[subjects[0].right_edge.i + 1].text == ","):
        return subjects[1]
    return subjects[0] if subjects else None


def _closing_frame(verb, subj) -> bool:
    """'The talks are at an early stage and no decision has been made, one of the people said.': the parser may make a
    closing speaker frame a conjunct of the first clause; a reporting verb that is a conjunct of the root, with its
    subject right after a comma and nothing after it but its own modifiers, is the sentence's frame; so is one the
    parser hung as an adverbial clause ("Belarus released 16 prisoners …, a source close to the talks told AFP.") or
    as the clause's complement ("Poland will spend …, Defence Minister Władysław Kosiniak-Kamysz announced on Monday"):
    the clause before is what it reports."""
    if verb.dep_ not in ("conj", "advcl", "ccomp") or verb.head.dep_ != "ROOT" or subj is None or not (verb.head.i < subj.i < verb.i):
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP", "VBD")
                                                         for c in verb.children):
        return False  # a frame is finite ("said", "has said"), not "… Ford will testify next week"
    if _ends_in_colon(verb.sent):
        return False  # "…, a priest … writes in answer to a query by saying:" introduces what follows
    if verb.dep_ == "ccomp" and any(c.dep_ in ("mark", "ccomp", "xcomp", "dobj", "advcl") for c in verb.children):
        return False  # a clause the root reports ("… is that they still believe"), or one with words of its own
    doc = verb.doc
    if subj.left_edge.i == 0 or doc[subj.left_edge.i - 1].text != ",":
        return False
    return all(t.is_punct or verb in t.ancestors for t in doc[verb.i + 1 : verb.sent.end])


def _ends_in_colon(sent) -> bool:
    return sent.text.rstrip().endswith(":")


def _frames_clause_before(verb, subj) -> bool:
    """'MINSK (Reuters) - Belarus's air defences shot down a drone …, the defence ministry said on Tuesday, …': the
    parser hung the reported clause elsewhere (on the dateline, as a relative clause), but a main reporting verb whose
    subject follows a comma, after a finite verb of the same sentence, closes it as a frame."""
    if verb.dep_ != "ROOT" or subj is None or subj.i > verb.i or subj.left_edge.i == 0:
        return False
    doc = verb.doc
    if doc[subj.left_edge.i - 1].text != ",":
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ != "ROOT" for t in doc[verb.sent.start : subj.left_edge.i - 1])


def _pronoun_of_another(span, speaker: str, attributor: Attributor) -> bool:
    """'Weiner said he regretted … She issued a statement …': a sentence whose main subject is "he" or "she" of the
    other gender than the paraphrase's speaker is about someone else, so the paraphrase does not carry on."""
    subj = _root_subject(span)
    return subj is not None and subj.lower_ in ("he", "she") and not attributor.agrees(speaker, subj.lower_)


ESTIMATES = {"estimate", "projection", "forecast", "poll", "survey"}  # figures others made, as a subject


def _other_voices(span) -> bool:
    """'Some argued that the drones had strayed. Others were less charitable.': a subject 'others', 'other analysts' or
    'the rest' names people other than the paraphrase's speaker, and the writer's 'I' or 'we' outside quotation marks the writer,
    as does the writer's 'us' or 'me' as the main verb's object ("Experience tells us otherwise."), so the paraphrase
    does not carry on."""
    if any(t.lower_ in ("i", "we") and t.dep_ in ("nsubj", "nsubjpass") for t in span):
        # "Some argue that …. I understand the argument, but …", "…, the defence ministry said. Here is what we know
        # so far.": the writer's own voice again, as any clause's subject
        return True
    if any(t.lower_ in ("you", "your") and t.dep_ in ("nsubj", "dobj", "dative", "poss") for t in span):
        # "A long investigation by Zerkalo argues that …. It is worth your time.": the writer turns to the reader
        return True
    subj = _root_subject(span)
    if subj is None and span.root.pos_ == "NOUN" and span.root.left_edge.i <= span.start + 1:
        subj = span.root  # ("Estimates of how many women … run from …": the parser makes the subject the root)
    if subj is None or subj.left_edge.i > span.start + 1:  # the sentence opens with it ("Others …", "But others …")
        return False
    if any(c.lower_ in ("us", "me") and c.dep_ in ("dobj", "dative") for c in span.root.children):
        return True  # "Some … believe that engagement will moderate him. Experience tells us otherwise.": the writer answers
    if subj.lower_ in ("both", "neither") and not list(subj.children):
        return True  # "Some say …. Others argue …. Both may be right, at different times.": the writer weighs the two
    if subj.lower_ == "rest" and any(c.lower_ == "the" for c in subj.children):
        return True  # "Only 17% said it was unlikely. The rest were undecided.": the people the speakers are not
    if subj.lemma_.lower() in ESTIMATES and not any(c.dep_ == "poss" for c in subj.children):
        # "… several justices suggested they were troubled by the case. Estimates of how many women could be included
        # run from 500,000 to 1.6 million.": whoever made the estimates, not the speakers
        return True
    return subj.lower_ == "others" or (subj.lemma_.lower() in ROLE_NOUNS | VOICE_NOUNS and any(
        t.lower_ == "other" and t.dep_ in ("amod", "det") for t in subj.children))


# what a paraphrase reports, as the writer names it when judging it ("That argument had some merit", "Such claims …")
CLAIM_NOUNS = {"argument", "claim", "view", "idea", "notion", "assertion", "logic", "reasoning", "theory", "thesis",
               "narrative", "premise", "assumption", "allegation", "accusation", "charge", "explanation", "excuse"}

# what one says again: "repeated the claim that …", "repeated his call for …" (not "repeated the mistake")
SAID_THINGS = DENIED_NOUNS | CLAIM_NOUNS | {
    "call", "warning", "statement", "position", "demand", "pledge", "promise", "support", "opposition", "threat",
    "question", "message", "line", "stance", "vow", "appeal", "request", "offer", "apology", "praise", "condemnation",
    "refrain", "mantra", "slogan", "point", "comment", "remark", "word", "phrase", "assurance", "commitment", "insistence",
    "belief", "concern", "denial", "plea", "invitation", "story", "lie", "falsehood", "talking", "assessment", "answer",
    "challenge", "defense", "defence", "attack", "importance", "need", "determination", "readiness", "willingness",
    "desire", "hope", "intention", "it", "this", "that", "what"}

# what one is denied, or denies someone, without saying anything: "denied bail", "denied the motion", "denied entry"
GRANTED_THINGS = {
    "bail", "motion", "request", "application", "entry", "access", "permission", "appeal", "petition", "visa", "asylum",
    "parole", "service", "benefit", "admission", "approval", "license", "licence", "permit", "waiver", "exemption",
    "pardon", "clemency", "citizenship", "treatment", "care", "coverage", "funding", "loan", "opportunity", "chance",
    "hearing", "stay", "injunction", "certiorari", "passage", "food", "water", "medication", "custody", "release",
    "process", "right", "trial", "justice", "protection", "representation", "counsel", "visit", "visitation", "contact"}

# what the writer calls the speakers themselves when judging them ("Both times they were wrong")
SPEAKER_VERDICTS = {"right", "wrong", "correct", "incorrect", "mistaken"}
# what the writer calls a claim just reported when judging its truth ("That is true", "This is simply wrong")
VERDICTS = {"true", "untrue", "false", "right", "wrong", "correct", "incorrect", "nonsense", "absurd", "misleading",
            "questionable", "debatable", "myth", "lie", "fiction", "fantasy", "exaggeration"}


def _judges_the_claim(span) -> bool:
    """'Some argue that pressure only pushes Minsk closer to Moscow. That argument had some merit in 2015.': a subject
    that points back at what was just reported ("that argument", "such claims", "this view") is the writer weighing
    the paraphrase, which does not carry on; so is a bare "that" or "this" given a verdict ("That is true, as far as
    it goes", "This is simply wrong"; not "That was on Monday"), and "he", "she" or "they" judged right or wrong."""
    subj = _root_subject(span)
    if subj is not None and subj.lower_ in ("that", "this") and not any(True for _ in subj.children):
        verb = subj.head
        return verb.lemma_.lower() == "be" and any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in VERDICTS
                                                   for c in verb.children)
    if subj is not None and subj.lower_ in ("he", "she", "they") and subj.head.lemma_.lower() == "be":
        # "In 2020 they said it would fall within weeks. Both times they were wrong.": the writer's verdict on the
        # speakers themselves ("They were confident of a deal" is the speakers' own state, and goes on)
        return any(c.dep_ == "acomp" and c.lemma_.lower() in SPEAKER_VERDICTS for c in subj.head.children)
    if (subj is not None and subj.lemma_.lower() in SPEECH_ACTS | CLAIM_NOUNS and subj.i == span.start + 1
            and subj.nbor(-1).lower_ == "the" and subj.head.lemma_.lower() in EFFECT_VERBS):
        # "McConnell said … that he intends to move to vote …. The admission left some Senate Democrats encouraged …":
        # what the words just reported did, in the writer's telling
        return True
    return (subj is not None and subj.lemma_.lower() in CLAIM_NOUNS
            and any(c.dep_ in ("det", "amod", "predet") and c.lower_ in ("that", "this", "these", "those", "such")
                    for c in subj.children))


# the speech just reported, named by what it did ("The admission left …", "The remarks drew …")
SPEECH_ACTS = {"admission", "remark", "comment", "announcement", "concession", "revelation", "disclosure", "pledge",
               "promise", "warning", "threat", "statement", "declaration", "confession"}
# what words do to those who hear them
EFFECT_VERBS = {"leave", "draw", "prompt", "spark", "trigger", "provoke", "anger", "infuriate", "surprise", "stun", "shock",
                "dismay", "delight", "please", "encourage", "alarm", "rattle", "unsettle", "cause", "come", "raise", "fuel",
                "earn", "bring", "set", "stir", "ignite", "touch", "puzzle", "worry", "frustrate", "embolden"}


CONCESSION_WORDS = {"maybe", "perhaps", "possibly", "probably", "so", "true", "fair", "enough", "not", "quite", "indeed",
                    "granted", "agreed"}
ANSWERING_WORDS = {"so", "enough", "granted", "agreed"}  # what makes a concession an answer to the claim before


# occasions on which things are said, whose course the writer tells ("The whole hearing lasted about 50 minutes.")
OCCASIONS = frozenset({"hearing", "meeting", "session", "trial", "interview", "call", "conference", "talks", "summit",
                       "briefing", "rally", "event", "ceremony", "debate", "speech", "visit"})
OCCASION_VERBS = frozenset({"last", "end", "begin", "start", "open", "close", "run", "conclude", "finish", "resume", "adjourn"})


def _scene_of_the_report(span) -> bool:
    """'Jackson told the judge that he had been hospitalized …. The whole hearing lasted about 50 minutes.': a sentence
    that tells how an occasion went (its subject an occasion, its verb one of beginning, lasting or ending) is the
    writer's, not a paraphrase carried on."""
    root = span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in OCCASIONS and root.lemma_.lower() in OCCASION_VERBS


def _bare_hedge(span) -> bool:
    """'Perhaps.', 'Maybe so.': a sentence of no more than three words, no verb, all of them hedging or conceding."""
    words = [t for t in span if not t.is_punct]
    return 0 < len(words) <= 3 and all(t.lower_ in CONCESSION_WORDS for t in words) and not any(
        t.pos_ in ("VERB", "AUX") for t in words)


def _bare_concession(span) -> bool:
    """'Some will say that engagement is the only way to free the prisoners. Maybe so.': a sentence of no more than three
    words, no verb, all of them a concession that answers the claim ("Perhaps so.", "Fair enough.", "True enough.",
    "Granted.") is the writer replying to what was just reported. A bare hedge ("Probably. Maybe. Right?" after "It had
    to be, some said") may still be the speakers' own, and "Maybe next week." says something of its own: both go on."""
    return (_bare_hedge(span) and any(t.lower_ in ANSWERING_WORDS for t in span)
            and not span.text.rstrip().endswith("?"))


ELLIPTICAL_HEADS = {"be", "do", "have"}  # "It is not.", "It does not.", "He has not." (and any modal: "They won't.")
ELLIPSIS_DEPS = {"nsubj", "neg", "punct", "advmod", "cc", "conj", "prep"}


def _elliptical_denial(span) -> bool:
    """'The regime insists that everything is calm. It is not.': an auxiliary or modal left without its verb and
    negated ("They won't.", "That is simply not so.", "They were not, of course.") is the writer denying what was just
    reported; the speaker does not deny their own claim. Not a negated sentence with a complement of its own ("They
    were not aimed at anyone." goes on)."""
    root = span.root
    if not (root.lemma_.lower() in ELLIPTICAL_HEADS or root.tag_ == "MD") or not any(c.dep_ == "neg" for c in root.children):
        return False
    for c in root.children:
        if c.dep_ not in ELLIPSIS_DEPS:
            return False
        if c.dep_ == "prep" and not (c.lower_ == "of" and any(x.lower_ == "course" for x in c.children)):
            return False  # "of course" is an aside; any other prepositional phrase says something of its own
        if c.dep_ == "conj" and not (c.lemma_.lower() in ELLIPTICAL_HEADS or c.tag_ == "MD"):
            return False  # "It is not, and never was." is still bare
        if c.dep_ == "conj" and any(x.dep_ not in ELLIPSIS_DEPS - {"conj", "prep"} for x in c.children):
            return False
    return True


def _speech_of_others(span, inside: list[bool], speaker: str, verbs) -> bool:
    """'Critics may argue that …, but the Commission has not said so': a reporting verb outside quotation marks that
    reports nothing (a modal of possibility, a refusal, a negation) and whose subject is named, not a pronoun and not
    the speaker: the writer speaks of others' words, so the paraphrase does not carry on."""
    for t in span:
        if t.lemma_.lower() not in verbs or t.pos_ != "VERB" or (t.idx < len(inside) and inside[t.idx]):
            continue
        subj = choose_subject(t, inside)
        if subj is None or subj.lower_ in PRONOUNS or _split(subj.text)[1] == _split(speaker)[1]:
            continue
        if _unreal(t) or _refused(t) or any(c.dep_ == "neg" for c in t.children):
            return True
    return False


def _introduces_someone(span, speaker: str) -> bool:
    """'Franak Viacorka, an adviser to the opposition, met her …', 'The group's founder, Ales Bialiatski, was …': a
    subject named with a role in apposition, or a role with a name in apposition, is the writer introducing someone,
    not the paraphrase's speaker going on (unless it is the speaker)."""
    subj = _root_subject(span)
    if subj is None:
        return False
    if subj.pos_ != "PROPN" and subj.lemma_.lower() in ROLE_NOUNS:
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        return subj is not None and _split(_entity_text(subj))[1] != _split(speaker)[1]
    if subj.pos_ != "PROPN" or not any(c.dep_ == "appos" for c in subj.children):
        return False
    return _split(subj.text)[1] != _split(speaker)[1]


# the future of the writer's present, which a paraphrase after a past reporting verb would backshift to "would"
PRESENT_FUTURE = {"will", "wo", "'ll", "’ll"}


def _another_person_acts(span, speaker: str, attributor: Attributor) -> bool:
    """'Li said China was ready to help. Lukashenko thanked him.': a named person other than the paraphrase's speaker
    as the subject of a verb without a modal is the writer telling what that person did ("Lukashenko would visit
    Beijing …", backshifted, may still be the speaker's report)."""
    subj = _root_subject(span)
    if (subj is not None and subj.dep_ == "nsubj" and subj.lemma_.lower() in ("administration", "government", "campaign")
            and (named := next((c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)) is not None):
        # "Capus said the network would continue …. The Trump administration moved this year to end the broadcaster's
        # federal grant …": a named person's administration acting
        if subj.head.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in subj.head.children):
            return False
        name = attributor.registry.lookup(_entity_text(named))
        return name != speaker and _split(name)[1] != _split(speaker)[1]
    if subj is None or subj.pos_ != "PROPN" or subj.dep_ not in ("nsubj", "nsubjpass") or (
            # a passive one only when a whole name ("Robert L. Wilkins … is scheduled to sentence …"; not "Metadata
            # from the companies is used …", which spaCy may tag a person)
            subj.dep_ == "nsubjpass" and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subj.children)):
        return False
    verb = subj.head
    if subj.ent_type_ != "PERSON" and not attributor._registered_name(subj):
        return False  # (a person the article named before, whom spaCy tags ORG here: "Cowan embraced the appointment")
    # ("will" is not backshifted: "Patrick said …. Cowan will become the second black senator …" is the writer's; not
    # after unnamed staff, who give their principal's plans: "…, aides said. Instead, Mr. Christie will plant himself …")
    future_own = bool((p := attributor.registry.match_name(speaker)) is not None and p.first)
    if any(c.tag_ == "MD" and not (future_own and c.lower_ in PRESENT_FUTURE) for c in verb.children) or (
            verb.pos_ not in ("VERB", "AUX")):
        return False
    if any(t.pos_ == "VERB" and t.lemma_.lower() in attributor.verbs and any(c.dep_ == "ccomp" for c in t.children)
           and any(c.dep_ == "nsubj" and c.lower_ in PRONOUNS for c in t.children) for t in span):
        return False  # ("…, he added that, …, Lukashenko was already at war": the parser made "added" a clause of "was")
    name = attributor.registry.lookup(_entity_text(subj))
    return name != speaker and _split(name)[1] != _split(speaker)[1]


def _named_body_acts(span, speaker: str) -> bool:
    """'Secretary of State John Kerry said Tuesday that he would be in Switzerland …. The White House has also not
    committed to sending a representative …': a named organisation other than the paraphrase's speaker as the subject
    of a verb in the past (or the present perfect) is the writer telling what it did ("The Kremlin is ready to talk",
    in the present, and "the House will end up elevating …", with a modal, may still be the speaker's)."""
    subj = _root_subject(span)
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ != "PROPN" or subj.ent_type_ != "ORG":
        return False
    verb = subj.head
    if verb.pos_ not in ("VERB", "AUX") or any(c.tag_ == "MD" for c in verb.children):
        return False
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children))
    words = {w.lower() for w in re.findall(r"\w+", _entity_text(subj))} - {"the", "of", "for", "and"}
    return past and not words & {w.lower() for w in re.findall(r"\w+", speaker)}


# people whose views a writer sets against a speaker's: "Military experts are sceptical."
VIEW_HOLDERS = {"expert", "analyst", "critic", "observer", "commentator", "diplomat", "official", "economist", "historian",
                "scholar", "government", "politician", "lawmaker", "leader", "ally"}


def _another_group(span, speaker: str) -> bool:
    """'Lukashenko has said …. Military experts are sceptical.': an active subject naming holders of views other than
    the paraphrase's speaker ("experts", "critics", "Western officials") is the writer's sentence about them, not the
    speaker going on ("Analysts said …. Analysts also expect …" goes on; "Members … were bound by oath" is no view)."""
    subj = _root_subject(span)
    if subj is None or subj.tag_ != "NNS" or subj.dep_ != "nsubj" or subj.lemma_.lower() not in VIEW_HOLDERS:
        return False
    return not speaker.lower().endswith((subj.lower_, subj.lemma_.lower()))


# predicates of doubt a writer sets against a speaker's claim: "Kyiv is not convinced.", "Warsaw remains sceptical."
DOUBT_PREDICATES = {"convinced", "unconvinced", "sceptical", "skeptical", "unimpressed", "doubtful", "unmoved", "unpersuaded"}


def _named_party_doubts(span, speaker: str) -> bool:
    """'Minsk says the drills are defensive. Kyiv is not convinced.': a named place, organisation or person other than
    the paraphrase's speaker, whose doubt the sentence states, is the writer's sentence about them."""
    subj = _root_subject(span)
    if subj is None or subj.pos_ != "PROPN" or subj.head.i != span.root.i:
        return False
    if not (span.root.lower_ in DOUBT_PREDICATES  # "is not convinced", parsed as a passive
            or any(c.dep_ == "acomp" and c.lower_ in DOUBT_PREDICATES for c in span.root.children)):
        return False
    return subj.text.lower() not in speaker.lower()


def _about_the_speaker(span, prev, speaker: str, attributor: Attributor) -> bool:
    """'Some diplomats still argue that engagement might work. They are wrong.': a sentence whose subject is a
    pronoun that can only mean the speaker of the paraphrase is the writer's, about that speaker. Not when the
    previous sentence offers another antecedent outside its subject ('Prokopiev said that Lukashenko was trapped.
    He has no way out.')."""
    subj = _root_subject(span)
    if subj is None or subj.lower_ not in ("he", "she", "they"):
        return False
    plural = subj.lower_ == "they"
    if plural != (speaker in attributor.plurals) or not plural and not (
            attributor.personal(speaker) and attributor.agrees(speaker, subj.lower_)):
        return False
    if prev is None:
        return True
    prev_subj = _root_subject(prev)
    own = {t.i for t in prev_subj.subtree} if prev_subj is not None else set()

    def other(t) -> bool:
        if plural:
            return t.tag_ in ("NNS", "NNPS")
        return t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "him", "her")
    return not any(other(t) for t in prev if t.i not in own)


def _names_the_speaker(span, inside: list[bool], speaker: str, attributor: Attributor) -> bool:
    """'After the Newtown shooting, Wayne LaPierre … announced that …. Technically, Mr. Hutchison’s task force is
    independent …, and Mr. LaPierre was not present on Tuesday.': a sentence that names the speaker of the paraphrase
    as a person, outside quotation marks, is the writer's about them, no more of their paraphrase."""
    for tok in span:
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or (tok.idx < len(inside) and inside[tok.idx]):
            continue  # ("McConnell", "LaPierre": not `is_title`)
        # (spaCy may tag the name as a body: "But since taking office, Trump has never asked …", ORG)
        name = _entity_text(tok) if tok.ent_type_ == "PERSON" else tok.text
        if attributor.registry.known(name) and attributor.registry.lookup(name) == speaker:
            return True
    return False


# the first person's pronouns, which no paraphrase keeps: reported, "we" and "I" become "they" and "he"
FIRST_PERSON_WORDS = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"})


def _in_the_first_person(span, inside: list[bool]) -> bool:
    """'Some in Brussels argue that talking to Minsk is the only way …. Perhaps. But the price should be set by us, not
    by the jailer.': a sentence in the first person outside quotation marks is the writer's, no more of the paraphrase."""
    return any(tok.lower_ in FIRST_PERSON_WORDS and tok.pos_ == "PRON" and not (tok.idx < len(inside) and inside[tok.idx])
               for tok in span)


def _quote_closes_in(sents: list[Sentence], start: int, inside: list[bool], i: int) -> int:
    """The index of the sentence of the paragraph (which starts at character `start`) in which the quotation still
    open at the end of sentence i closes; i when none is open there."""
    end = sents[i].end - start
    if not (0 < end < len(inside) and inside[end - 1] and inside[end]):
        return i
    while end < len(inside) and inside[end]:
        end += 1
    return next((j for j in range(i + 1, len(sents)) if sents[j].start - start < end <= sents[j].end - start), i)


def _nearest_cue(cues: list[list[Cue]], i: int) -> tuple[int, Cue] | None:
    """The cue in sentence i, else the nearest earlier sentence of the paragraph, else the nearest later one; of a
    sentence's cues, its first main reporting verb ("While many have speculated that …, Mr. Bauer said …" is
    Bauer's), else its first."""
    order = [i] + list(range(i - 1, -1, -1)) + list(range(i + 1, len(cues)))
    for j in order:
        if cues[j]:
            return j, next((c for c in cues[j] if c.indirect_ok), cues[j][0])
    return None


def _own_subtree(verb, inside: list[bool]) -> list:
    """A verb's subtree, less a that-clause the parser made its conjunct when the verb opens a that-clause too: in
    "told the FBI that his mother believed …, and that he watched her perform supposed “exorcism” rituals" the second
    clause is told's, as the first is, not the mother's belief. Less, too, a conjunct verb that is itself quoted: in
    "The letter said that … the nuncio had asked Barros to resign … and had “encouraged him to take a sabbatical
    year …”" the quoted words tell what the nuncio did, in the letter's words, not what he asked."""
    skip: set[int] = set()
    if verb.dep_ == "ccomp" and any(c.dep_ == "mark" for c in verb.children):
        for c in verb.children:
            if c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                skip |= {t.i for t in c.subtree}
    for c in verb.children:
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.idx < len(inside) and inside[c.idx] and not (
                verb.idx < len(inside) and inside[verb.idx]):
            skip |= {t.i for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skip]


def _quoting_cue(span, found: list[Cue], inside: list[bool]) -> Cue | None:
    """Of a sentence's cues, the one whose reporting verb governs the quoted words: the verb with the smallest subtree
    that holds the sentence's longest quotation (else any quoted token) ("Russia will respond ..., Dmitry Peskov said, calling the drills “a provocation”" ->
    Peskov, not Russia; "Mr. Stone told him he should “do …”, the indictment said" -> Stone). The first cue when no
    verb's subtree holds one. `inside` marks the quoted characters of the paragraph that `span`'s doc parses."""
    doc = span.doc

    def quoted(tok) -> bool:
        return tok.idx < len(inside) and inside[tok.idx]

    # the sentence's longest quotation: "the pope responded in what one reporter described as a “snippy tone”: “…”"
    # is the pope's, whose verb holds the long one, not the reporter's, whose verb holds only the scare quotes
    runs, run = [], []
    for t in span:
        if quoted(t) and not t.is_punct:
            run.append(t.i)
        elif run and not quoted(t):
            runs.append(run)
            run = []
    runs.append(run)
    runs.sort(key=len, reverse=True)
    # (two quotations of one length, "denounced … as “satanic,” … “very great man” and said … “deserve to die”": none)
    longest = set(runs[0]) if len(runs) < 2 or len(runs[0]) > len(runs[1]) else set()
    best, size = found[0], None
    for need in ([longest] if longest else []) + [None]:  # a verb holding all of it, else (the parser split it) any quoted word
        for cue in found:
            sub = _own_subtree(doc[cue.verb_i], inside)
            holds = longest <= {t.i for t in sub} if need else any(quoted(t) for t in sub)
            if holds and (size is None or len(sub) < size):
                best, size = cue, len(sub)
        if size is not None:
            break
    if size is None and not best.indirect_ok and (verb := doc[best.verb_i]).dep_ == "advcl" and verb.i < verb.head.i and any(
            c.dep_ == "mark" and c.lower_ in ("since", "because", "after", "when", "if") for c in verb.children):
        # (not "as": "… the theme that, as Axelrod said, Biden showed "passion" …" frames the clause it is in)
        # "Since our founders clearly said that …, and the Second Amendment acknowledges that the "right of the people
        # …," I truly wonder …", "After Oswald supposedly tried to “defect” … and promised to give …, why would …?": a
        # report in a clause fronted before the main one, holding none of the quoted words, quotes nothing
        return None
    # "Those familiar with him say it is a “classic” move …, said attorney Elizabeth Yore": a person named in the
    # closing frame speaks the sentence when the inner verb's subject names nobody (not "Mr. Stone told him …, the
    # indictment said", where the inner subject is the person)
    last_quoted = max((t.i for t in span if quoted(t)), default=-1)
    frame = next((c for c in found if c is not best and doc[c.verb_i].dep_ == "ROOT" and c.verb_i > last_quoted
                  and c.subject_i > c.verb_i and _named_person(doc[c.subject_i])), None)
    if frame is not None and best.subject_i >= 0 and not best.pronoun and not _named_person(doc[best.subject_i]):
        return frame
    # "When she saw “a large silhouette,” Guyger thought she was being burglarized, the affidavit says": a thought
    # holds nobody's words; the closing frame that reports it quotes them
    if doc[best.verb_i].lemma_.lower() in THINKING_VERBS:
        frame = next((c for c in found if c is not best and doc[c.verb_i].dep_ == "ROOT" and c.verb_i > last_quoted
                      and c.verb_i > best.verb_i and doc[c.verb_i].lemma_.lower() not in THINKING_VERBS), None)
        if frame is not None:
            return frame
    return best


def _indirect_cue(span, found: list[Cue], attributor: Attributor) -> Cue | None:
    """The cue a sentence without quotation marks is reported by: its first that may introduce indirect speech, unless
    that is a group of people's (not one person's, nor a body's) and a later "according to" names a document, a piece of
    research, the media or a body whose account it is ("A majority of Poles believe …, according to a survey by CBOS",
    "Residents said …, according to local media", as "Officials said …, the ministry reported" is the ministry's); "…,
    according to three people familiar with …" relays no account of its own, and "Lukashenko said …, according to BelTA"
    stays his."""
    ok = [c for c in found if c.indirect_ok]
    if span is not None and (inner := _named_inside_closing_frame(span, found, ok)) is not None:
        return inner
    if span is not None and ok and (frame := _frame_over_according(span, ok)) is not None:
        return frame
    if span is not None and ok and (frame := _closing_parataxis(span, ok)) is not None:
        return frame
    if len(ok) < 2 or span is None:
        return ok[0] if ok else None
    first, doc = ok[0], span.doc
    if (first.pronoun or first.speaker not in attributor.plurals or first.speaker in attributor.organisations
            or doc[first.verb_i].lower_ == "according"):
        return first
    frame = next((c for c in ok[1:] if doc[c.verb_i].lower_ == "according" and c.verb_i > first.verb_i and c.speaker
                  and not c.pronoun and doc[c.verb_i].head.i == first.verb_i and _names_an_account(doc[c.verb_i])), None)
    return frame or first


def _frame_over_according(span, ok: list[Cue]) -> Cue | None:
    """'China has always protected the safety of workers … according to the Vienna Convention …, Lu said.': an "according
    to" after the verb of the clause another verb reports is part of that report, whose frame it is (not "Lukashenko
    said …, according to BelTA", hung on the frame itself, nor "According to the Daily Mail, …, a scientist has warned",
    set before the clause)."""
    doc, first = span.doc, ok[0]
    according = doc[first.verb_i]
    if according.lower_ != "according":
        return None
    for c in ok[1:]:
        verb = doc[c.verb_i]
        if verb.lower_ == "according" or not c.speaker:
            continue
        step = according.head
        while step.head.i != step.i and step.head != verb:
            step = step.head
        if step.head == verb and step != verb and step.dep_ == "ccomp" and according.i > step.i:
            return c  # (not fronted: "According to the Daily Mail, …, a scientist has warned" is the paper's account)
    return None


def _closing_parataxis(span, ok: list[Cue]) -> Cue | None:
    """'He made it clear that he’s interested in the idea …, they said, though he has also talked to other candidates.':
    a closing frame the parser hangs on the main verb as a parataxis, its subject after the report it frames, relays
    that report as one it parses as the main verb's complement does ("…, two officials said."); not a named person's
    report that a news outlet relays (`_named_inside_closing_frame`)."""
    doc, first = span.doc, ok[0]
    frame = next((c for c in ok[1:] if doc[c.verb_i].dep_ == "parataxis" and doc[c.verb_i].head.i == first.verb_i
                  and first.verb_i < c.subject_i < c.verb_i and doc[c.subject_i].head.i == c.verb_i
                  and doc[doc[c.subject_i].left_edge.i - 1].text == ","), None)
    if frame is None:
        return None
    outlet = doc[frame.subject_i]
    if (not first.pronoun and first.subject_i >= 0 and _named_person(doc[first.subject_i])
            and (outlet.lemma_.lower() in MEDIA_WORDS or (outlet.pos_ == "PROPN" and outlet.ent_type_ != "PERSON"))):
        return None
    return frame


def _named_inside_closing_frame(span, found: list[Cue], ok: list[Cue]) -> Cue | None:
    """'Alexander Lukashenko said on Thursday his country would not send troops, BelTA reported.': a named person's
    report that a news outlet's closing frame relays ("…, BelTA reported", "…, state media said") is that person's, as
    "…, according to BelTA" leaves it. Not "Officials said …, the ministry reported" (nobody named), a pronoun's, nor a
    report that people relay ("Mr. Cohen said he initially lied …, prosecutors said": a private statement, whose
    account is theirs)."""
    doc = span.doc
    for c in found:
        verb = doc[c.verb_i]
        if (c.indirect_ok or not c.speaker or c.pronoun or c.subject_i < 0 or verb.dep_ != "ccomp"
                or verb.head.i < verb.i or not _named_person(doc[c.subject_i])):
            continue
        frame = next((o for o in ok if o.verb_i == verb.head.i and o.subject_i >= 0), None)
        outlet = doc[frame.subject_i] if frame is not None else None
        # (an outlet by its kind, an organisation's name, or any name but a person's that "reported": BelTA comes out
        # untagged)
        if outlet is not None and (outlet.lemma_.lower() in MEDIA_WORDS or (outlet.ent_type_ == "ORG" and outlet.pos_ == "PROPN")
                                   or (outlet.pos_ == "PROPN" and outlet.ent_type_ != "PERSON"
                                       and doc[frame.verb_i].lemma_.lower() == "report")):
            return replace(c, indirect_ok=True)
    return None


def _names_an_account(according) -> bool:
    """Does "according to X" name a document, research, the media or a body (not people)?"""
    obj = next((g for c in according.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
    if obj is None:
        return False
    lemma = obj.lemma_.lower()
    return (lemma in INANIMATE | RESEARCH | DATA_WORDS | MEDIA_WORDS | INSTITUTIONS or obj.lower_ in COLLECTIVES
            or (obj.ent_type_ == "ORG" and obj.pos_ == "PROPN"))


THINKING_VERBS = {"think", "believe", "feel", "fear", "suspect", "assume", "know", "realize", "realise", "guess",
                  "imagine", "suppose", "expect", "hope", "worry", "wonder"}


def _named_person(tok) -> bool:
    """A subject that names a person: a PERSON entity, or a role with one in apposition ("attorney …, Elizabeth Yore")."""
    return tok.ent_type_ == "PERSON" or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children)


def _plural_subject_before(pron, inside: list[bool]):
    """The last plural subject (a plural noun, or a noun with a conjunct: "Wilson and his team of lawyers") of a verb
    before the pronoun in its own sentence, outside quotation marks and outside what the pronoun's verb reports (a
    clause a colon ends before the pronoun is none of it, whatever the parser says, nor the passive subject of an adverbial
    clause before the pronoun); or None."""
    doc, start = pron.doc, pron.sent.start
    if start > 0 and doc[start - 1].text == ":":  # (the parser may end a sentence at the colon before the pronoun)
        start = doc[start - 1].sent.start
    found = [t for t in doc[start : pron.i] if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
             and (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children))
             and not (t.idx < len(inside) and inside[t.idx])
             and not (pron.head.is_ancestor(t) and not any(x.text == ":" for x in doc[t.i : pron.i])
                      and not _in_clause_before(t, pron))]
    return found[-1] if found else None


def _in_clause_before(tok, pron) -> bool:
    """Is `tok` the passive subject of an adverbial clause of the pronoun's verb that comes before the pronoun ("Then
    when administrators are confronted, they claim …"): people who then answer, not what the answer reports. An active
    one is left out: "When reporters asked, they said …" is others answering them."""
    clause = next((a for a in [tok, *tok.ancestors] if a.head == pron.head), None)
    return (tok.dep_ == "nsubjpass" and clause is not None and clause.dep_ == "advcl" and clause.right_edge.i < pron.i
            and tok.head == clause)


def _clause_core(verb) -> list:
    """The words of a verb's own clause and of the clauses it takes as complements ("he called on Trump to apologize",
    "He also said Hasan had died"), without its adjuncts, relative clauses and conjuncts ("he told reporters …,
    referring to an exchange … which Mr. Trump threatened …" leaves out the participle's words): what a pronoun subject
    of the verb cannot also name."""
    words, todo = [], [verb]
    while todo:
        tok = todo.pop()
        words.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in ("advcl", "acl", "relcl", "parataxis", "appos", "conj", "cc"))
    return words


def _subject_before_pronoun(pron, ctx: Context, inside: list[bool], fits, role=None) -> str:
    """'… in 2012 when Todd Akin, running as the Republican nominee …, defended what he called “legitimate rape”': a
    person named as the subject of a verb earlier in the pronoun's own sentence, outside quotation marks, is whom the
    pronoun means (the last such subject, if it `fits`: gender and personhood), before the speaker of the sentence
    before; not a person named otherwise ("Asked about Trump, he said" is the speaker before), nor the subject of what the
    pronoun reports ("Lukashenko was “counting on …,” he explained" is the analyst's) unless nobody spoke or was the
    writer's subject before ("WASHINGTON ― President Donald Trump is “very close” to selecting … to replace former FBI
    Director James Comey, he told White House reporters" opens an article). With no such person, a role noun
    (`role` names it) subject of the clause the pronoun's own clause hangs in, with no subject of its own between them:
    "A NATO spokesperson declined to comment on what she called “operational matters”" (not "The ambassador stayed calm
    when she heard what he called …")."""
    sent = pron.sent
    named = {at for _, at in ctx.named_here}
    # (the agent of a passive too: "This point was brought out by Pope Pius XII in an address …, when he said:")
    # (a name the tagger took for an adjective too, when the article named the person: "Gorsuch, who worked on …,
    # provided …"; and the subject of a clause before a semicolon, which the parser hangs on the pronoun's verb as if it
    # were reported: "Gorsuch … provided the expected performance …; he stated that …")
    # (and a name the parser leaves hanging with its relative clause: "Gov. Chris Christie, who is insistent he
    # personally is not a candidate …, said …")
    subjects = [t for t in sent if t.i < pron.i and (t.dep_ in ("nsubj", "nsubjpass") or (t.dep_ == "pobj" and t.head.dep_ == "agent")
                                                     or (t.dep_ == "dep" and t.ent_type_ == "PERSON"
                                                         and any(c.dep_ == "relcl" for c in t.children)))
                and t.pos_ in ("PROPN", "NOUN", "ADJ")
                and (t.text[:1].isupper() or _apposed_name(t) is not None)
                and (t.ent_type_ == "PERSON" or any(t.left_edge.idx <= at <= t.idx for at in named) or _surname_of(t, role)
                     or ((a := _apposed_name(t)) is not None and any(a.left_edge.idx <= at <= a.idx for at in named)))
                and not (t.idx < len(inside) and inside[t.idx])
                and (t.dep_ == "dep" or not (pron.head.is_ancestor(t) or _parenthetical_on(pron.head, t))
                     or not (ctx.last_speaker or ctx.prev_subject or ctx.last_subject)
                     or any(c.text in (";", ":") and t.i < c.i < pron.i for c in pron.head.children))]
    if not subjects:
        # "In a lengthy report by … Sara Carter, she pointed out …": the author of the text a phrase fronted before the
        # pronoun names (not "Asked about Trump, he said", the speaker before)
        author = next((a for c in pron.head.children if c.dep_ == "prep" and c.i < pron.i for g in c.children
                       if g.dep_ == "pobj" and (a := _issuer(g)) is not None and a.ent_type_ == "PERSON"
                       and not (a.idx < len(inside) and inside[a.idx])), None)
        lo = author.left_edge.idx if author is not None else -1
        name = next((n for n, at in reversed(ctx.named_here) if author is not None and lo <= at <= author.idx), "")
        if name and fits(name):
            return name
        # "… to address Massimo Faggioli’s attempt … to blunt the rise of what he derides as “neo-traditionalism.”": the
        # person owning the noun whose phrase holds the pronoun
        owner = next((t for t in sent if t.i < pron.i and t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                      and (owned := _owned_by(t)) is not None and owned.is_ancestor(pron)
                      and not (t.idx < len(inside) and inside[t.idx])), None)
        lo = owner.left_edge.idx if owner is not None else -1
        name = next((n for n, at in reversed(ctx.named_here) if owner is not None and lo <= at <= owner.idx), "")
        if name and fits(name):
            return name
    if not subjects and role is not None:
        holder = next((t for t in sent if t.i < pron.i and t.dep_ == "nsubj" and t.tag_ == "NN"
                       and t.lemma_.lower() in ROLE_NOUNS and not (t.idx < len(inside) and inside[t.idx])
                       and _no_subject_between(pron, t.head) and not _parenthetical_on(pron.head, t)), None)
        name = role(holder) if holder is not None else ""
        return name if name and fits(name) else ""
    if not subjects:
        return ""
    subj = subjects[-1]
    if subj.pos_ == "NOUN" and not subj.text[:1].isupper() and (apposed := _apposed_name(subj)) is not None:
        subj = apposed  # "The Muslim photographer Askia Muhammad, who …, knew …: he said so."
    lo, hi = subj.left_edge.idx, subj.idx + len(subj)
    name = next((n for n, at in reversed(ctx.named_here) if lo <= at < hi), "") or _surname_of(subj, role)
    return name if name and fits(name) else ""


def _one_named_person(name: str) -> bool:
    """A source that is one person's name ("Scott Perry", "Earl Warren"), not a joint one ("Mark Udall and Ron Wyden"),
    a description ("Southern New Hampshire University professor", "student") or one word."""
    words = name.split()
    return (len(words) > 1 and " and " not in name and "," not in name and words[0][:1].isupper()
            and words[-1][:1].isupper())


def _subject_holding_quotes(span, inside: list[bool]):
    """The sentence's main subject when all its quoted words are inside it ("Obama’s “spiritual advisor” Rev. Jeremiah
    Wright gave …"), else None."""
    subj = choose_subject(span.root, inside)
    quoted = [t for t in span if t.idx < len(inside) and inside[t.idx] and t.is_alpha]
    return subj if subj is not None and quoted and all(subj.left_edge.i <= t.i <= subj.right_edge.i for t in quoted) else None


def _quoted_in_subject_only(span, inside: list[bool]) -> bool:
    """Are all the quoted words of a sentence inside its main subject ("The Senate’s “cloture” rule requires …"), one
    that no person owns ("His “witch hunt” claim drew ridicule" is his words)?"""
    subj = _subject_holding_quotes(span, inside)
    return subj is not None and not any(t.tag_ == "PRP$" or t.ent_type_ == "PERSON" or t.pos_ == "PRON"
                                        for t in span.doc[subj.left_edge.i : subj.right_edge.i + 1])


def _apposed_name(tok):
    """The person's name set beside a role noun ("The Muslim photographer Askia Muhammad": "Muhammad"), or None."""
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
                 and c.i == tok.i + 1 + sum(1 for g in c.children if g.dep_ == "compound" and g.i < c.i)), None)


def _surname_of(tok, role) -> str:
    """The person the article named in full whose surname a lone word is, which the tagger took for a common word
    ("Gorsuch, who worked on …, provided …", tagged an adjective, after "Judge Neil M. Gorsuch"); `role` names it."""
    if role is None or tok.pos_ == "PROPN" or tok.ent_type_ or tok.dep_ not in ("nsubj", "nsubjpass"):
        return ""
    if any(c.dep_ in ("det", "compound", "amod", "poss") for c in tok.children):
        return ""
    name = role(tok)
    return name if name and len(name.split()) > 1 and name.split()[-1] == tok.text else ""


def _parenthetical_on(verb, subj) -> bool:
    """'Lukashenko, he added, has resisted …': a reporting verb set in the clause whose subject `subj` is (spaCy's
    parataxis on that clause's verb), which it reports; or in a clause holding the one `subj` is the subject of ("When
    Lukashenko goes, he said, he will play one last time": the drummer's)."""
    return verb.dep_ == "parataxis" and (verb.head == subj.head or (verb.head.is_ancestor(subj) and not verb.is_ancestor(subj)))


def _owned_by(tok):
    """The noun a possessor owns: its head when the parser says "poss", else the word after its "’s" (spaCy may hang
    "the commentator Massimo Faggioli’s attempt" as an apposition with its "’s")."""
    if tok.dep_ == "poss":
        return tok.head
    case = next((c for c in tok.children if c.dep_ == "case" and c.i == tok.i + 1), None)
    return tok.doc[case.i + 1] if case is not None and case.i + 1 < len(tok.doc) and tok.doc[case.i + 1].pos_ == "NOUN" else None


def _speaks_as_we(doc) -> bool:
    """Does a paragraph speak as "we", as a subject, an owner or an object ("We call on the authorities …", "our
    demands")? (A block's paragraph has no double quotation marks, so every "we" in it is its own.)"""
    return any(t.lower_ in ("we", "our", "us") and t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj", "pobj") for t in doc)


def _owned_kin(span, at: int) -> str:
    """'NBC News spoke with Jean’s mother …': the kin noun ("mother") the name mentioned at paragraph offset `at` only
    owns, someone the sentence has spoken to (or reached, interviewed …) and names no further, whom a "she said"
    after it means rather than that person; else "" (not "The death of Mr. Cowan’s father …", nor "Yonathan Halimi,
    Sarah Lucy’s son, …")."""
    tok = next((t for t in span if t.idx == at), None)
    if tok is None:
        return ""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    kin = tok.head
    if tok.dep_ != "poss" or kin.lower_ not in KIN_GENDER or kin.dep_ == "appos" or any(c.dep_ == "appos" for c in kin.children):
        return ""
    verb = kin.head.head if kin.dep_ == "pobj" else kin.head if kin.dep_ == "dobj" else None
    return kin.lower_ if verb is not None and verb.lemma_.lower() in CONTACT_VERBS else ""


def _owned_role_before(tok) -> bool:
    """Whether the paragraph, before a role noun, gave the same role to a named owner with no name of its own
    ("Shchyrakova's lawyer", not "Shchyrakova's lawyer, Ivan Petrov,")."""
    return any(t.i < tok.i and t.pos_ == "NOUN" and _same_role(t.lemma_.lower(), tok.lemma_.lower())
               and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in t.children)
               and not any(c.dep_ == "appos" for c in t.children) for t in tok.doc)


def _no_subject_between(pron, verb) -> bool:
    """Whether the clause of a pronoun subject hangs, through clauses without a subject of their own, in `verb`'s
    ("declined to comment on what she called": "comment" has none)."""
    tok = pron.head
    while tok.head != tok and tok != verb:
        tok = tok.head
        if tok != verb and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return False
    return tok == verb


def _group_named_after(doc, at: int, group: str) -> bool:
    """Does the sentence of the pronoun at `at` name `group` (its last word, as a noun) after the pronoun?"""
    if doc is None or at < 0 or not group.split():
        return False
    word = group.split()[-1].lower()
    return any(t.lower_ == word and t.pos_ in ("NOUN", "PROPN") for t in doc[at + 1 : doc[at].sent.end])


def _other_group_before(pron, group: str, inside: list[bool]):
    """The last plural noun for people or a party's members ("Republicans") in the sentence before the pronoun's, in
    its paragraph and outside quotation marks, that is not `group`'s last word; or None."""
    start = pron.sent.start
    if start == 0:
        return None
    word = group.split()[-1].lower()
    return next((t for t in reversed(pron.doc[pron.doc[start - 1].sent.start : start])
                 if t.tag_ in ("NNS", "NNPS") and t.lower_ != word
                 and (t.lemma_.lower() in ROLE_NOUNS | VOICE_NOUNS | PEOPLE_NOUNS or t.ent_type_ == "NORP")
                 and not (t.idx < len(inside) and inside[t.idx])), None)


def _cue_speaker(cue: Cue, ctx: Context, has_quote: bool, attributor: Attributor, doc=None,
                 inside: list[bool] | None = None) -> tuple[str, str]:
    """The speaker of a reporting verb's cue; `doc`: the paragraph's parse, so that a pronoun never means a person
    named after its verb; `inside`: the paragraph's quoted characters."""
    if cue.note:
        return cue.speaker, cue.note
    group = ctx.prev_source if ctx.prev_source != "author" else (ctx.prev_group or ctx.last_speaker)
    if (cue.pronoun and cue.form == "they" and doc is not None and cue.subject_i >= 0
            and (people := _plural_subject_before(doc[cue.subject_i], inside or [])) is not None):
        # "Wilson and his team of lawyers focused their legal argument on a free speech claim: They pointed out that
        # …": the people its own sentence has as a subject before it, not the group that spoke last
        name, _ = attributor.name_of_subject(people, ctx)
        return attributor.joint_name(people, name, ctx) or name, "they -> the people its sentence has as a subject before it"
    # (not a group its own sentence names after it: "That has in turn enraged Republicans, …" ¶ "They say Democrats
    # will stop at nothing …" after Democrats spoke)
    renamed = cue.pronoun and cue.form in ("they", "them") and group and _group_named_after(doc, cue.subject_i, group)
    if cue.pronoun and cue.form in ("they", "them") and group and not attributor.personal(group) and not renamed:
        # "Polish officials have accused Minsk of … They say …", "The Western media never tire of … According to
        # them, …": the group or body that spoke last or that the writer just spoke of, not one person
        return group, "they -> the group that spoke last"
    if renamed and (other := _other_group_before(doc[cue.subject_i], group, inside or [])) is not None:
        # "That has in turn enraged Republicans, who …" ¶ "They say Democrats will stop at nothing …": the other group
        # the sentence before names
        first = min([c.i for c in other.lefts if c.dep_ == "compound" or (c.dep_ == "amod" and c.tag_ == "JJ")] + [other.i])
        name = other.doc[first : other.i + 1].text
        attributor.plurals.add(name)
        return name, "they -> the other group the sentence before names"
    if cue.pronoun and cue.form in ("they", "them") and doc is not None and cue.subject_i >= 0 and (
            people := _group_before(doc[cue.subject_i], bare=True, inside=inside)) is not None:
        # "I have watched Western diplomats make the same mistake. They believe …": the people the paragraph named
        # before, outside quotation marks
        name = describe(people)
        attributor.plurals.add(name)
        return name, "they -> the people named before"
    if cue.pronoun and cue.form == "they" and ctx.prev_people:
        # "The pope’s remarks drew … immediate rebuke from victims and their advocates." ¶ "They noted the accusers were
        # deemed credible …": the people the writer's sentence before named, in text of a sentence a line
        attributor.plurals.add(ctx.prev_people)
        return ctx.prev_people, "they -> the people the writer's sentence before names"
    if cue.pronoun:
        at = cue.subject_i if cue.subject_i >= 0 else cue.verb_i  # "He has criticized Jeff Sessions …, and claims …"
        # a person named inside this sentence's quotation marks before the pronoun is spoken of, not speaking
        # ('“Lukashenko sells people,” she said.'), unless the pronoun means the speaker before ('“People said,
        # ‘Trump is crazy,’” he said', by Trump)
        quoted, later = set(), set()
        if doc is not None and inside:
            start, here = doc[at].sent.start_char, doc[at].idx
            quoted = {name for name, pos in ctx.named_here if start <= pos < here and pos < len(inside) and inside[pos]}
        if doc is not None:
            later = {name for name, pos in ctx.named_here if doc[at].idx < pos < doc[at].sent.end_char}
        if doc is not None and cue.form in ("he", "she") and (bound := _subject_before_pronoun(
                doc[at], ctx, inside or [], lambda name: attributor.personal(name) and attributor.agrees(name, cue.form),
                lambda tok: attributor.name_of_subject(tok, ctx)[0])):
            return bound, "pronoun -> the person its sentence has as a subject before it"
        bound = set()
        if doc is not None and cue.form in ("he", "she") and doc[at].dep_ in ("nsubj", "nsubjpass"):
            core = {t.idx for t in _clause_core(doc[at].head)}
            bound = {name for name, pos in ctx.named_here if pos in core and pos > doc[at].idx}
        return ctx.resolve_pronoun(has_quote, attributor.personal, lambda name: attributor.agrees(name, cue.form),
                                   doc[at].idx if doc is not None else None, spoken_of=quoted,
                                   plural=cue.form in ("they", "them"), he_or_she=cue.form in ("he", "she"), later=later,
                                   bound=bound)
    if cue.document and (whose := ctx.documents.get(cue.document)):
        return whose, "reporting verb -> whose the document is"  # "The statement added …": the ministry's
    if (cue.document in ISSUED_WORDS and ctx.prev_source not in ("", "author", UNRESOLVED)
            and not attributor.personal(ctx.prev_source)):
        # "…, his press service said on Wednesday." ¶ "…, the statement said.": the body that spoke just before
        return ctx.prev_source, "reporting verb -> the statement of the body that spoke before"
    return cue.speaker, "reporting verb"


# words of the Latin titles of church documents, which spaCy may tag PERSON ("Vultum Dei Quaerere", "Mysterium Fidei",
# "Instrumentum Laboris"): a document, no one's "he" or "she"
CHURCH_DOCUMENT_WORDS = {"dei", "fidei", "christi", "domini", "vitae", "laetitia", "orans", "gaudium", "veritatis", "ecclesiae",
                         "evangelii", "gentium", "humanae", "familiaris", "consortio", "sacrosanctum", "concilium", "aetate",
                         "vultum", "quaerere", "exsultate", "gaudete", "mysterium", "summorum", "pontificum", "traditionis",
                         "custodes", "proprio", "instrumentum", "laboris", "amoris", "dignitatis", "redintegratio",
                         "pascendi", "gregis", "mortalium", "animos", "lamentabili", "errorum", "magistra", "terris",
                         "laudato", "vivit", "tutti"}
# whom one disowns by denying them ("he denied Christ"), as pronouns and names spaCy may not tag PERSON
# (not "them", which is as often the claims denied: "Asked about the allegations, Moore denied them.")
DISOWNED = {"him", "her", "me", "us", "christ", "jesus", "god", "lord"}
# verbs of going somewhere: "to X" after them is a place ("drove back to Austin")
MOTION_VERBS = {"drive", "fly", "return", "move", "go", "travel", "head", "relocate", "sail", "walk", "ride", "flee", "emigrate"}


def _motion_of(prep):
    """The word a place's preposition hangs on, past an adverb ("drove back to Austin": "drove")."""
    head = prep.head
    return head.head if head.pos_ == "ADV" and head.dep_ == "advmod" else head


# nouns the writer names words by ("the question, “…”", "the phrase “…”"): the words named, not spoken
NAMING_NOUNS = {"question", "phrase", "term", "slogan", "motto", "refrain", "mantra", "expression", "query", "catchphrase"}
NAMED_WORDS = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(NAMING_NOUNS)) + r")s?,?\s*$", re.I)


def _named_words(text: str, sent_start: int, inside: list[bool]) -> bool:
    """Does the sentence's first quotation follow a naming noun with an article ("The natural question, “…”", "the
    response to the question, “…”"), so that the writer names the words rather than quotes a speaker?"""
    j = next((k for k in range(sent_start, len(inside)) if inside[k]), None)
    return j is not None and j > sent_start and bool(NAMED_WORDS.search(text[sent_start:j]))


def _is_mixed(text: str, sent_start: int, inside: list[bool]) -> bool:
    """A quote that opens mid-clause (not at the sentence start and not after ',' or ':') is a quoted fragment."""
    for j in range(sent_start, len(inside)):
        if inside[j]:
            before = text[sent_start:j].rstrip()
            end = j
            while end < len(inside) and inside[end]:
                end += 1
            if (before.endswith(",") and len(text[j:end].split()) <= 3 and re.match(r" \w", text[end : end + 2])
                    and text[end - 2 : end - 1].isalnum()
                    and (before[:-1].split() or [""])[-1].lower() not in set(FRAME_PAST) | SHOUTED):
                # "In the last 20 years, “conservative” Catholics have pointed to …": a word after a comma that the
                # sentence goes on from (not "Then she stopped, “Never again,” she said.", a quotation's own comma,
                # nor "Rally goers repeatedly shouted, “We are Hamas” and …", a frame's)
                return True
            if (before.endswith(",") and len(text[j:end].split()) <= 2 and re.match(r"\W*[a-z]", text[j:end])
                    and re.fullmatch(r"[\s.,;:!?)\]]*", text[end : end + 3]) and text[end - 2 : end - 1].isalnum()
                    and (before[:-1].split() or [""])[-1].lower() not in set(FRAME_PAST) | SHOUTED):
                # "… to attribute the claims to unnamed, and uncheckable, “sources”.": a lower-case word or two after a
                # comma, ending the sentence, close the writer's list, not a quotation the comma introduces
                return True
            # (an ellipsis in brackets before it opens no clause: "[…] “Was there annihilation?")
            return bool(before) and not before.endswith((",", ":", "—", "–")) and not re.fullmatch(r"\[(?:…|\.\.\.)\]", before)
    return False


_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
HEADLINE_SPEAKER = (re.compile(rf"^\s*(?P<name>{_NAME})\s*:\s+\S"),  # "Lukashenko: Belarus will never …"
                    re.compile(rf",\s+(?:says|said|warns|claims|insists|tells)\s+(?P<name>{_NAME})\s*$"),  # "…, says X"
                    re.compile(rf",\s+(?P<name>{_NAME})\s+(?:says|said|warns|claims|insists)\s*$"),  # "…, X says"
                    # "Lukashenko says Belarus will not join war", "Lukashenko Says …", "Lukashenko tells West to …": a
                    # paraphrase (`indirect`), unless a quotation follows a colon ("Zelensky tells Europe: “…”")
                    re.compile(rf"^\s*(?P<name>{_NAME})\s+(?:says|Says|warns|Warns|claims|Claims|insists|Insists|tells|Tells)\s+\S"))
PARAPHRASED = HEADLINE_SPEAKER[3]  # the headline forms that report words without quoting them
COLON_QUOTE = re.compile(r":\s*[\"“«‘']")  # "Zelensky tells Europe: “…”": the words quoted after all


def headline_speaker(text: str) -> tuple[int, int] | None:
    """Offsets in `text` of the name a headline gives its words to ("Lukashenko: Belarus will never be dragged into
    the war", "Belarus will not join the war, says Lukashenko", "…, Lukashenko says" or "Lukashenko says …"), or
    None. Whether it is a person the story names is for the caller to check ("Analysis: …", "Live: …" are labels)."""
    for pattern in HEADLINE_SPEAKER:
        m = pattern.search(text)
        if m:
            return m.start("name"), m.end("name")
    return None


def speaker_label(s: Sentence) -> tuple[int, int] | None:
    """Offsets in the sentence's text of a label naming its speaker: a headline's "Name:" or ", says Name", a
    transcript turn's "NAME:"; None when the sentence has none."""
    if s.kind == "heading":
        return headline_speaker(s.text)
    if s.attribution_note == "transcript turn" and (m := turn_label(s.text)):
        return m.start(1), m.end(1)
    return None


# "Foolish Religion Author Gary Wills: ‘…’": a quotation after a name and a capitalised description, longer than
# `_NAME` allows; its last two words are tried as the name (not without the quotation marks: "Alabama Republicans Defend
# Roy Moore: It Was Long Ago" gives him no words)
AUTHOR_NOUNS = {"author", "writer", "novelist", "poet", "blogger"}
DESCRIBED_HEADLINE = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){1,6}(?P<name>[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*)\s*:\s+[‘“\"']")


def _headline_sources(seg: Segmented, registry: NameRegistry) -> None:
    """A heading's words go to the person its "Name: …" or "…, says Name" form names, if the story names them (a name
    after a capitalised description too: "… Author Gary Wills: ‘…’")."""
    for s in seg.sentences:
        if s.kind != "heading":
            continue
        where = headline_speaker(s.text)
        if where is None and (m := DESCRIBED_HEADLINE.match(s.text)) and (
                s.text[: m.start("name")].split()[-1].lower() in ROLE_NOUNS | TITLE_WORDS | PEOPLE_NOUNS | AUTHOR_NOUNS):
            where = m.start("name"), m.end("name")  # (a role right before the name: not "… Defends Louis Farrakhan: “…”")
        if where is None:
            continue
        first, surname = _split(s.text[where[0] : where[1]])
        person = registry._match(first, surname)
        # "Hillary Clinton: …" is not Bill Clinton's; "Alabama Republicans Defend Roy Moore: …" names no one in title case
        if person is not None and not (first and person.first and first[0] != person.first[0]):
            if first and not person.first:  # "Hillary Clinton: …" over a story that says "Clinton" / "Mrs. Clinton"
                person = registry.add(s.text[where[0] : where[1]]) or person
            paraphrase = PARAPHRASED.search(s.text) and not COLON_QUOTE.search(s.text)
            s.source, s.attribution, s.attribution_note = (person.canonical, "indirect" if paraphrase else "direct",
                                                           "headline speaker")


# "… : an interview with Sviatlana Tsikhanouskaya", "In conversation with exiled opposition leader Sviatlana …"
INTERVIEW_HEADLINE = re.compile(rf"\b(?:[Ii]nterview with|[Ii]n conversation with|Q&A with|[Tt]alks to|[Ss]peaks to|"
                                rf"[Ss]its down with)\s+(?:(?:the|an?|[a-z][\w-]*)\s+){{0,4}}(?P<name>{_NAME})\s*$")


def _interview_headline(seg: Segmented, registry: NameRegistry) -> None:
    """'“He is afraid of his own people”: an interview with Sviatlana Tsikhanouskaya': the person the title says the
    interview is with answers it. When the body gave the answers to a role only ("The exiled opposition leader spoke
    to us …"), they become that person's, and so does a quotation the title opens with."""
    title = next((s for s in seg.sentences if s.kind == "heading"), None)
    if title is None or (m := INTERVIEW_HEADLINE.search(title.text)) is None:
        return
    answerers = {s.source for s in seg.sentences if s.attribution_note == "interview answer"}
    if len(answerers) != 1:
        return
    role = answerers.pop()
    if role != "interviewee" and registry.known(role):
        return  # the body named the one who answers ("Pavel Latushko spoke to us …"): the body knows best
    person = registry.add(m.group("name"))
    if person is None:
        return
    for s in seg.sentences:
        if s.source == role:
            s.source = person.canonical
    if title.source == "author" and title.text.lstrip()[:1] in OPEN_QUOTES + STRAIGHT + SINGLE_OPEN:
        title.source, title.attribution, title.attribution_note = person.canonical, "direct", "interview headline"


def attribute_one(seg: Segmented, attributor: Attributor) -> list[dict]:
    """Attribute one article on its own; return its people (see `people_record`) for `corpus_names`."""
    attributor.prepass(seg)
    attribute_article(seg, attributor)
    _headline_sources(seg, attributor.registry)
    _interview_headline(seg, attributor.registry)
    _one_name_per_body(seg.sentences, {n for p in attributor.registry.people for n in (p.canonical, *p.names)})
    return [people_record(p) for p in attributor.registry.people]


# a short name that is no short form of the longer one ending in it: "the House" is Congress, not the White House
NOT_SHORT_FORMS = {"House"}


def _one_name_per_body(sentences, people: set[str]) -> None:
    """One source name for one body in an article, as a surname is one person after the full name (`NameRegistry`
    does that for people): "Wikileaks" after "WikiLeaks" (the same letters), "The Times reports" after "The New York
    Times is reporting" (the last word, after "the", of the one capitalised name of the article's sources that ends in
    it; not a group's: "Democrats" are not "House Democrats"), "a spokesman said" after the one "American Media Inc.
    spokesman" before it."""
    names = list(dict.fromkeys(s.source for s in sentences if s.source not in ("author", UNRESOLVED)))
    bodies = [n for n in names if n not in people]
    rename = {}
    for k, n in enumerate(bodies):
        same = next((m for m in bodies[:k] if m.lower() == n.lower()), None)
        longer = [m for m in bodies if len(m.split()) > 1 and m.split()[-1] == n and all(w[:1].isupper() for w in m.split())]
        # "a spokesman for American Media Inc. …" ¶ "“…,” a spokesman said.": the one role of its kind named before
        roles = [m for m in bodies[:k] if m.endswith(" " + n)] if n in ROLE_NOUNS else []
        if same is not None:
            rename[n] = same
        elif (" " not in n and n[:1].isupper() and n not in NOT_SHORT_FORMS and len(longer) == 1
              and any(re.search(rf"\b[Tt]he {re.escape(n)}\b", s.text) for s in sentences if s.source == n)):
            rename[n] = longer[0]
        elif len(roles) == 1:
            rename[n] = roles[0]
        elif len(spelt := [m for m in bodies if acronym_of(n, m)]) == 1:
            rename[n] = spelt[0]
    for s in sentences:
        s.source = rename.get(s.source, s.source)


ACRONYM_SKIPS = {"of", "for", "and", "on", "the", "in", "&"}


def acronym_of(short: str, name: str) -> bool:
    """Is `short` ("NRA", "U.N.", "DOJ") the acronym of the body `name` ("National Rifle Association", "United Nations",
    "Department of Justice")? See `initials`."""
    return is_acronym(short) and short.replace(".", "") in initials(name)


def is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()


def initials(name: str) -> set[str]:
    """The acronyms a name of two words or more may go by: the initials of its words (a hyphen parts words: "ADL", the
    Anti-Defamation League), with and without those of "of", "for", "and" and the like ("DOJ", "NAACP"); none unless
    every other word is capitalised."""
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in ACRONYM_SKIPS for w in words):
        return set()
    return {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIPS).upper()}


def people_record(p: Person) -> dict:
    # (names cleaned as the sentences' sources are, so that `corpus_names` maps what the sentences carry)
    names = list(dict.fromkeys(clean_source_name(" ".join(n.split())) for n in p.names))
    return {"names": names, "first": p.first, "surname": p.surname, "titles": sorted(p.titles), "suffix": p.suffix,
            "given_only": p.given_only}


def corpus_names(people_by_article: list[list[dict]]) -> list[dict[str, str]]:
    """One canonical name per person across a corpus.

    `people_by_article` holds, in a fixed article order, the people each article named (from `attribute_one`).
    Returns for each article a map from the names its sentences carry to the corpus-wide canonical name: the
    fullest form seen anywhere, so "Zelensky" in one article and "Volodymyr Zelenskiy" in another are one row.
    """
    registry = NameRegistry()
    for people in people_by_article:  # an article that told a "Jr." from a namesake without it tells the corpus
        # ("Donald Trump Jr." beside "Donald Trump", or beside "President Trump", an office he does not hold)
        registry.namesakes |= {r["surname"] for r in people if r.get("suffix") in ("jr", "sr") and any(
            o["surname"] == r["surname"] and not o.get("suffix") and (
                same_first_name(o["first"], r["first"]) if o["first"] else bool(OFFICE_TITLES & set(o["titles"]) - set(r["titles"])))
            for o in people)}
    for people in people_by_article:  # the people with a suffix first, with every title the corpus gives them, so
        # that a full name without it, in any article, is told from them by a title they never had
        registry.start_article()
        for rec in people:
            for name in (n for n in rec["names"] if rec.get("suffix") and name_suffix(n) and not _title_alone(n)):
                registry.add(name, set(rec["titles"]))
    found: list[list[tuple[str, Person]]] = []
    for people in people_by_article:
        registry.start_article()
        pairs = []
        for rec in people:
            # a title alone ("Pope", "General") names whoever holds it in that article, nobody across articles
            names = [n for n in rec["names"] if not _title_alone(n)]
            person = None
            for name in names:  # surname-only form first, then the full name, as the article had them
                person = registry.add(name, set(rec["titles"]))
                if person is not None and rec.get("given_only"):
                    person.given_only = True
            pairs += [(name, person) for name in names if person is not None]
        found.append(pairs)
    # of two spellings of one full name, the one more articles use ("Kirsten Gillibrand" in three, "Kristen" in one);
    # on a tie, the one met first
    spellings: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    for pairs in found:
        for name, who in dict.fromkeys((name, id(person)) for name, person in pairs
                                       if len(name.split()) == len(person.canonical.split()) > 1):
            spellings[who][name] += 1
    chosen = {}
    for pairs in found:
        for _, person in pairs:
            if id(person) not in chosen:
                counts = spellings.get(id(person), collections.Counter())
                best = max(counts.values(), default=0)
                chosen[id(person)] = (person.canonical if counts.get(person.canonical, 0) == best
                                      else next(n for n, c in counts.items() if c == best))
    return [{name: chosen[id(person)] for name, person in pairs} for pairs in found]


DATELINE_OUTLET = re.compile(r"^[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)* \([A-Z][\w ]*\) (?=[A-Z])")


def clean_source_name(name: str) -> str:
    """A source name without the marks spaCy's spans dragged into it: a nickname in quotation marks, stray marks
    ("Fox and Friends” segment"), a footnote's mark ("Rod Dreher[1]"), a credit line's dash ("—William Booth"), a
    bracket left unbalanced ("International Federation of Red Cross) emergency operations") and a dateline with its
    outlet ("Washington (CNN) Senate Republicans")."""
    cleaned = DATELINE_OUTLET.sub("", name)
    # a nickname between a first name and a surname goes whole ('Donald “Art of the Deal” Trump', 'William "Mo" Cowan')
    cleaned = re.sub(r"\b([A-Z][\w.’'-]*) [“\"][^”\"]+[”\"] (?=[A-Z])", r"\1 ", cleaned)
    cleaned = re.sub(r"[“”\"]", "", cleaned)
    cleaned = re.sub(r"\[\d{1,3}\]?", "", cleaned).lstrip("-–—― ")  # a footnote's mark ("Dreher[1]"), a credit's dash
    if cleaned.count("(") != cleaned.count(")"):
        cleaned = cleaned.replace("(", "").replace(")", "")
    cleaned = " ".join(cleaned.split())
    return cleaned if cleaned else name


def _title_alone(name: str) -> bool:
    words = name.lower().rstrip(".").split()
    return len(words) == 1 and words[0] in HONORIFICS | TITLE_WORDS | ROLE_NOUNS | {"general", "pope"}


# the gender a kin noun tells ("his wife" is a woman)
KIN_GENDER = {"wife": "f", "mother": "f", "daughter": "f", "sister": "f", "widow": "f", "grandmother": "f",
              "granddaughter": "f", "aunt": "f", "niece": "f", "husband": "m", "father": "m", "son": "m", "brother": "m",
              "widower": "m", "grandfather": "m", "grandson": "m", "uncle": "m", "nephew": "m"}
# a family's Slavic surname in its women's and men's forms ("Tsikhanouskaya", "Tsikhanouski"; "Kalesnikava",
# "Kalesnikau"; "Zakharova", "Zakharov")
FAMILY_ENDINGS = (("skaya", "sk"), ("ski", "sk"), ("sky", "sk"), ("ova", "ov"), ("eva", "ev"), ("ava", "au"), ("ina", "in"))


def _family_key(surname: str) -> str:
    """A surname with its gendered ending folded, so that a family's women and men share it."""
    return next((surname[: -len(end)] + stem for end, stem in FAMILY_ENDINGS if surname.endswith(end) and len(surname) > len(end) + 2),
                surname)


def _sentence_span(s: Sentence, pars_at: dict):
    """A sentence's span in its paragraph's parse, or None when the paragraph has no parse."""
    par = pars_at.get(s.paragraph)
    if par is None or par.doc is None:
        return None
    return par.doc.char_span(s.start - par.start, s.end - par.start, alignment_mode="expand")


def _kin_named(seg: Segmented, attributor: Attributor, renames: dict[str, str], pars_at: dict) -> dict[str, str]:
    """"Stanislau Shushkevich … has died aged 87, his wife said." ¶ "Irina Shushkevich told …": a kin noun that speaks
    ("his wife", "Her father") is the one person the article names with a first name of the kin's gender and the
    family's surname of the kin's owner (the person the owner's name or pronoun means: a name in the sentence before the
    kin noun, else the person the sentence before is about), preferring one who speaks in the article."""
    out: dict[str, str] = {}
    speakers = {s.source for s in seg.sentences if s.kind == "body"}
    kins = {k for k in speakers - set(renames) if k in KIN_GENDER}
    if not kins:
        return out
    people = [p for p in attributor.registry.people if id(p) in attributor.registry.introduced and p.first]
    by_index = {s.index: s for s in seg.sentences}
    for kin in kins:
        gender, owners = KIN_GENDER[kin], set()
        for s in (x for x in seg.sentences if x.source == kin):
            span = _sentence_span(s, pars_at)
            tok = next((t for t in span if t.lower_ == kin and any(c.dep_ == "poss" for c in t.children)), None) if span is not None else None
            if tok is None:
                continue
            poss = next(c for c in tok.children if c.dep_ == "poss")
            named = [t for t in span if t.i < tok.i and t.ent_type_ == "PERSON" and t.ent_iob_ == "B"]
            before = by_index.get(s.index - 1)
            bspan = _sentence_span(before, pars_at) if before is not None and before.kind == "body" else None
            owner = (_entity_text(poss) if poss.pos_ == "PROPN" else _entity_text(named[-1]) if named
                     else attributor.person_subject(bspan) if bspan is not None else "")
            if owner:
                owners.add(attributor.registry.lookup(owner))
        owner_people = [p for p in people if p.canonical in owners]
        families = {_family_key(p.surname) for p in owner_people}
        if len(families) != 1:
            continue  # (owners of one family: "His father …" after the one son, then after the other)
        family = families.pop()
        found = [p for p in people if all(p is not o for o in owner_people) and _family_key(p.surname) == family
                 and (first_name_gender(p.first) or surname_gender(p.surname)) == gender]
        if len(found) > 1:
            found = [p for p in found if p.canonical in speakers]
        if len(found) == 1:
            out[kin] = found[0].canonical
    return out


def _roles_named_later(seg: Segmented, attributor: Attributor, renames: dict[str, str]) -> dict[str, str]:
    """"Poland will close its last crossing …, the interior minister said on Thursday." ¶ "“…,” Interior Minister Tomasz
    Siemoniak told reporters": a wire story's lede names an office, a later sentence its holder; a source that is an
    office alone (lower-case words ending in a role noun, no owner) is the one person of the article's sources whom the
    registry holds with that office's words as titles (`NameRegistry.holders`)."""
    speakers = {s.source for s in seg.sentences if s.kind == "body"}
    out = {}
    for role in speakers - set(renames):
        words = role.split()
        if not (1 < len(words) <= 3 and role.islower() and words[-1] in ROLE_NOUNS and words[0] not in LEADER_WORDS):
            continue
        found = attributor.registry.holders(set(words)) & speakers
        if len(found) == 1:
            out[role] = found.pop()
    return out


def rename_sources(sentences, names: dict[str, str]) -> None:
    """Apply an article's map from `corpus_names` to its sentences (objects with a `source` attribute)."""
    for s in sentences:
        s.source = names.get(s.source, s.source)


def attribute_corpus(segs: list[Segmented], params: dict | None = None, attributor: Attributor | None = None) -> list[Segmented]:
    """Attribute every article on its own, then merge names across the corpus (article order as given)."""
    attributor = attributor or Attributor(params)
    people = [attribute_one(seg, attributor) for seg in segs]
    for seg, names in zip(segs, corpus_names(people)):
        rename_sources(seg.sentences, names)
    known = {n for article in people for rec in article for n in rec["names"]}
    spelt = corpus_acronyms([s.source for seg in segs for s in seg.sentences], known)
    for seg in segs:
        rename_sources(seg.sentences, spelt)
    return segs


def corpus_acronyms(sources, people: set[str]) -> dict[str, str]:
    """'ACLU' in one article, 'American Civil Liberties Union' in another: a map from each acronym among the corpus's
    source names to the one body's name of the corpus that it spells (none when two spell it; a person's name is no
    body's), as `_one_name_per_body` does within an article."""
    names = set(sources) - {"author", UNRESOLVED} - people
    by_initials: dict[str, set[str]] = collections.defaultdict(set)
    for name in names:
        for key in initials(name):
            by_initials[key].add(name)
    spelt = {short: by_initials.get(short.replace(".", ""), set()) for short in names if is_acronym(short)}
    return {short: next(iter(longs)) for short, longs in spelt.items() if len(longs) == 1}


def main(in_dir: str = "data/segmented", out_dir: str = "data/attributed") -> None:
    params = load_params()
    nlp = load_spacy(params["segment"]["spacy_model"])
    segs = attribute_corpus(load_segmented(Path(in_dir), nlp.vocab),
                            attributor=Attributor(params["attribute"], targets=params["label"]["targets"]))
    write_jsonl(Path(out_dir) / "sentences.jsonl", (s.to_dict() for seg in segs for s in seg.sentences))
    n = sum(len(seg.sentences) for seg in segs)
    quoted = sum(s.source != "author" for seg in segs for s in seg.sentences)
    print(f"attribute: {n} sentences, {quoted} attributed to a source other than the author -> {out_dir}/")


if __name__ == "__main__":
    main(*sys.argv[1:])
