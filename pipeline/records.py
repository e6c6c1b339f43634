"""Typed records passed between stages. Field names follow the output contract of `framing analyze`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

KINDS = ("body", "heading", "caption", "bio")
ATTRIBUTIONS = ("author", "direct", "indirect", "mixed")
BINARY_TASKS = ("hedged", "speculative", "boosted", "propaganda")
STANCES = ("none", "favor", "against")
TECHNIQUES = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)


@dataclass
class Article:
    id: str
    text: str
    path: str = ""
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass
class Cue:
    text: str
    start: int  # character offsets into the article text
    end: int
    type: str  # epistemic, doxastic, conditional, investigation, booster, prediction, stance, technique name
    label: str  # the task the cue speaks for: hedged, speculative, boosted, stance, technique

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Sentence:
    article: str
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: str = "body"
    source: str = "author"
    attribution: str = "author"
    attribution_note: str = ""  # how the source was found, or why it fell back (e.g. "unbalanced quote")
    quoted: float = 0.0  # share of the sentence's characters inside quotation marks

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Labels:
    """Labels of one sentence: from labeling functions + label model (weak), from the model, or from gold."""

    hedged: bool = False
    speculative: bool = False
    boosted: bool = False
    propaganda: bool = False
    techniques: list[str] = field(default_factory=list)
    stance: dict[str, str] = field(default_factory=dict)
    cues: list[Cue] = field(default_factory=list)
    scores: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["cues"] = [c.to_dict() for c in self.cues]
        return d
