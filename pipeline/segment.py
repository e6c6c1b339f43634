"""Stage 1: articles -> paragraphs and sentences with character offsets and a `kind`.

Sentence boundaries come from spaCy's parser; this module decides paragraphs (lines) and kinds, and tells the parser
not to end a sentence between a quotation that ends in "?" or "!" and the frame naming its speaker.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.io import FramingError, load_params, load_spacy, load_speech_verbs, read_jsonl, write_jsonl
from pipeline.records import Article, Sentence

HTML_SUFFIXES = (".html", ".htm")  # a saved web page: its main text, as Markdown, and its metadata (`html_article`)
TEXT_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
MAX_BYTES = 20_000_000
MAX_PARAGRAPH_CHARS = 20_000  # longer lines are cut at whitespace before parsing (spaCy memory grows with length)
TERMINAL = tuple('.!?"”’:;…)')
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
META_KEYS = ("title", "outlet", "author", "date")


@dataclass
class Paragraph:
    article: str
    index: int
    start: int
    text: str
    kind: str = "body"
    blank_before: bool = False
    doc: Any = field(default=None, repr=False)  # spaCy Doc of `text`
    markup_kind: str = ""  # what the markup says it is: "heading" (#, a live blog's time stamp), "caption" (an image), else ""
    quote_block: int = 0  # the Markdown block quote ("> …") holding it, numbered from 1 in the article; 0: none
    set_off: bool = False  # a caption only by its blank line: kept one if its parse reads as one (`reads_as_caption`)
    bold: bool = False  # Markdown: the whole block is strong emphasis ("**Do you fear arrest?**", an interview's question)
    list_block: int = 0  # the Markdown list ("- …", "1. …") holding it, numbered from 1 in the article; 0: none


@dataclass
class Segmented:
    article: Article
    paragraphs: list[Paragraph]
    sentences: list[Sentence]
    body_start: int = 0


def decode_article(raw: bytes, path: str, article_id: str | None = None, meta: dict | None = None) -> Article:
    """Bytes -> Article, with one clear error for empty, binary, oversized or undecodable input. UTF-8 (with or
    without a byte order mark), or UTF-16 with one."""
    name = path or "<input>"
    if len(raw) > MAX_BYTES:
        raise FramingError(f"{name}: file is {len(raw) / 1e6:.0f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark (Windows "Unicode" text)
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as e:
            raise FramingError(f"{name}: binary file or broken UTF-16 text (byte {e.start}: {e.reason})") from None
        if "\x00" in text[:4096]:
            raise FramingError(f"{name}: binary file (NUL characters after a UTF-16 mark), not a text article")
    elif b"\x00" in raw[:8192]:
        raise FramingError(f"{name}: binary file (NUL bytes), not a text article")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise FramingError(f"{name}: not valid UTF-8 (byte {e.start}: {e.reason})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise FramingError(f"{name}: empty or whitespace-only article")
    fields: dict[str, Any] = {}
    m = FRONT_MATTER.match(text)
    if m and not text[m.end() :].strip():
        raise FramingError(f"{name}: front matter only, no article text after it")
    if m:
        try:
            fm = yaml.safe_load(m.group(1))
            if isinstance(fm, dict):
                fields.update({k: str(v) for k, v in fm.items() if k in META_KEYS and v is not None})
        except yaml.YAMLError:
            pass  # not front matter after all: treat as text
    fields.update({k: str(v) for k, v in (meta or {}).items() if k in META_KEYS and v})
    aid = article_id or Path(name).stem
    return Article(id=aid, text=text, path=path, **fields)


NOT_ARTICLE_TEXT = {".xml": "XML", ".pdf": "a PDF", ".doc": "a Word file",
                    ".docx": "a Word file", ".odt": "an OpenDocument file", ".rtf": "RTF", ".epub": "an e-book",
                    ".json": "JSON (a corpus is JSONL, one article per line)", ".csv": "CSV", ".xlsx": "a spreadsheet"}


def read_article(path: Path | str) -> Article:
    path = Path(path)
    if path.suffix.lower() in NOT_ARTICLE_TEXT:
        raise FramingError(f"{path}: {NOT_ARTICLE_TEXT[path.suffix.lower()]}, not article text; give the article as .txt, "
                           f".md or .html, or a corpus as .jsonl or .parquet with a `text` column")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise FramingError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FramingError(f"{path}: is a directory") from None
    except OSError as e:
        raise FramingError(f"{path}: cannot read ({e.strerror})") from None
    meta = {}
    for side in (path.with_suffix(".json"), path.with_suffix(".yaml"), path.with_suffix(".yml")):
        if side.is_file() and side != path:
            try:
                loaded = json.loads(side.read_text("utf-8")) if side.suffix == ".json" else yaml.safe_load(side.read_text("utf-8"))
            except (ValueError, yaml.YAMLError) as e:
                raise FramingError(f"{side}: sidecar metadata is not valid ({e})") from None
            if isinstance(loaded, dict):
                meta = loaded
            break
    if path.suffix.lower() in HTML_SUFFIXES:
        return html_article(raw, str(path), meta=meta)
    return decode_article(raw, str(path), meta=meta)


def html_article(raw: bytes, path: str, meta: dict | None = None) -> Article:
    """A saved web page -> Article: trafilatura finds the main text (menus, teasers, footers and comments left out)
    and gives it as Markdown, so headings, lists and block quotes keep their kind, and reads the title, author, date and
    site name from the page's metadata (a sidecar's fields win). Offsets of its sentences are into that text."""
    import trafilatura

    name = path or "<input>"
    if len(raw) > MAX_BYTES:
        raise FramingError(f"{name}: file is {len(raw) / 1e6:.0f} MB, over the {MAX_BYTES / 1e6:.0f} MB limit")
    if b"\x00" in raw[:8192] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FramingError(f"{name}: binary file (NUL bytes), not an HTML page")
    try:
        xml = trafilatura.extract(raw, output_format="xml", include_formatting=True, include_comments=False,
                                  include_tables=False, include_images=False, include_links=False, favor_precision=True,
                                  deduplicate=False)
        found = trafilatura.extract_metadata(raw)
        text = page_markdown(xml) if xml else ""
    except Exception as e:  # trafilatura and lxml raise many kinds on broken pages; the page is what is reported
        raise FramingError(f"{name}: not a readable HTML page ({type(e).__name__})") from None
    if not text.strip():
        raise FramingError(f"{name}: no article text found in the HTML page")
    fields = {"title": found.title, "author": found.author, "date": found.date, "outlet": found.sitename} if found else {}
    fields = {k: str(v) for k, v in fields.items() if v}
    fields.update({k: str(v) for k, v in (meta or {}).items() if k in META_KEYS and v})
    return Article(id=Path(name).stem, text=text, path=path, **fields)


MARKDOWN_OPENERS = re.compile(r"([#>*+-]|\d{1,9}[.)])(\s|$)")  # what would open a Markdown block other than a paragraph


def page_markdown(xml: str) -> str:
    """trafilatura's XML of a page's main text -> Markdown: a heading keeps its level, a paragraph set wholly in bold
    stays bold (an interview's question), a block quote's paragraphs stay one block quote, list items stay items; line
    breaks inside a paragraph are soft ones; other inline formatting and links are left as their words. (trafilatura's
    own Markdown drops block quotes and cuts paragraphs at line breaks.)"""
    from lxml import etree

    main = etree.fromstring(xml.encode("utf-8")).find("main")

    def words(el) -> str:
        raw = (el.text or "") + "".join(("\n" if c.tag == "lb" else "".join(c.itertext())) + (c.tail or "") for c in el)
        text = "\n".join(line for line in (" ".join(x.split()) for x in raw.split("\n")) if line)
        return "\\" + text if MARKDOWN_OPENERS.match(text) else text  # "1. …" or "- …" said in prose stays prose

    blocks: list[str] = []
    for el in main if main is not None else []:
        if el.tag == "head":
            level = el.get("rend", "h2")[1:]
            blocks.append("#" * (int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2) + " " + " ".join(words(el).split()))
        elif el.tag == "quote":
            # its paragraphs, or its own words when it holds none ("<quote>Text <hi>set off</hi> here</quote>")
            parts = [words(c) for c in el if c.tag in ("p", "head", "list", "quote")] or [words(el)]
            blocks.append("\n>\n".join("\n".join("> " + line for line in part.split("\n")) for part in parts if part))
        elif el.tag == "list":
            blocks.append("\n".join("- " + " ".join(words(item).split()) for item in el if item.tag == "item" and words(item)))
        else:
            text = words(el)
            bold = len(el) == 1 and el[0].tag == "hi" and el[0].get("rend") == "#b" and not (el.text or "").strip() \
                and not (el[0].tail or "").strip()
            blocks.append(f"**{text}**" if bold and text else text)
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"


# a live blog's time stamp opening a line ("10:30 Lukashenko voted …", "09:40 GMT — …", "4.15pm “…”"): a colon, or a
# full stop with am/pm or a time zone after it; then a capital letter or a quotation mark
LIVE_TIME_STAMP = re.compile(r"((?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:[ap]\.?m\.?))?|(?:[01]?\d|2[0-3])\.[0-5]\d\s?[ap]\.?m\.?)"
                             r"(?:\s?(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|ET|EST|EDT))?(?:\s+[-–—|])?"
                             r"(?=\s+[A-Z“\"‘'])", re.I)


# titles spaCy's tokenizer keeps with their full stop ("Dr.", "Sen."); `TITLE_ABBREVIATIONS` holds those it splits
SPACY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Messrs", "Dr", "Drs", "Sen", "Rep", "Gov", "Gen", "Prof", "Rev", "Adm", "Lt",
                          "Sgt"})


def _ends_on_title(line: str) -> bool:
    """'"…," said Sen.', 'Ohio Gov.': a line whose last word is a title abbreviation."""
    words = line.rstrip().split()
    return bool(words) and words[-1].endswith(".") and words[-1][:-1].lstrip("(“\"‘'") in SPACY_TITLES | TITLE_ABBREVIATIONS


def _title_lines_joined(lines: list[str]) -> list[str]:
    """A line ending on a title abbreviation runs on into the next when that opens on a capital ("Ohio Gov." ¶ "John
    Kasich today ordered …"): one line, its line break turned into spaces so that offsets stay those of the text."""
    out: list[str] = []
    for line in lines:
        if out and _ends_on_title(out[-1]) and line.strip()[:1].isupper():
            prev = out[-1]
            body = prev.rstrip("\r\n")
            out[-1] = body + " " * (len(prev) - len(body)) + line
        else:
            out.append(line)
    return out


def split_paragraphs(text: str, start_at: int = 0) -> list[Paragraph]:
    """Each non-empty line is a paragraph; offsets point into `text`. A live blog's time stamp opening a line is a
    heading of its own."""
    paragraphs: list[Paragraph] = []
    pos, blank = start_at, False
    for line in _title_lines_joined(text[start_at:].splitlines(keepends=True)):
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            blank = True
        else:
            lead = len(body) - len(body.lstrip())
            stamp = LIVE_TIME_STAMP.match(stripped)
            if stamp:
                paragraphs.append(Paragraph("", len(paragraphs), pos + lead, stamp.group(0), blank_before=blank,
                                            markup_kind="heading"))
                blank = False
                rest = len(stripped) - len(stripped[stamp.end() :].lstrip())
                lead, stripped = lead + rest, stripped[rest:]
            for off, chunk in _chunks(stripped):
                paragraphs.append(Paragraph("", len(paragraphs), pos + lead + off, chunk, blank_before=blank))
                blank = False
        pos += len(line)
    return paragraphs


MARKDOWN_SUFFIXES = (".md", ".markdown")
# inline markup that the parser should not read as words, masked with spaces so that offsets stay those of the file
_MD_LINK = re.compile(r"(!?\[)([^\]\n]+)(\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)|\]\[[^\]\n]*\])")
_MD_MASK = re.compile(r"<(?:https?://|mailto:)[^>\s]+>|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|`+|\\(?=[!-/:-@\[-`{-~])")
_MD_EMPHASIS = re.compile(r"(\*{1,3}|(?<![\w_])_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def _mask(chars: list[str], i: int, j: int) -> None:
    chars[i:j] = " " * (j - i)


def mask_inline_markdown(text: str) -> str:
    """'[satellite images](https://…) showed **tanks**' -> ' satellite images' + spaces + ' showed   tanks  ': the
    words stay where they are, the markup becomes spaces (same length, so offsets into the file hold)."""
    chars = list(text)
    for m in _MD_LINK.finditer(text):
        _mask(chars, m.start(1), m.end(1))
        _mask(chars, m.start(3), m.end(3))
    for m in _MD_MASK.finditer(text):
        _mask(chars, m.start(), m.end())
    masked = "".join(chars)
    for m in _MD_EMPHASIS.finditer(masked):
        _mask(chars, m.start(1), m.end(1))
        _mask(chars, m.end(2), m.end())
    return "".join(chars)


def markdown_paragraphs(text: str, start_at: int = 0) -> list[Paragraph]:
    """The blocks of a Markdown article (markdown-it-py's CommonMark parser): headings, paragraphs, list items and
    block quotes, each a paragraph whose offsets point into `text` past its markers ("## ", "> ", "- ", "2. ");
    lines of one block are one paragraph (soft-wrapped text is not cut); rules, code and HTML blocks are skipped.
    `Paragraph.text` is what the parser reads: the block with line breaks, continuation markers and inline markup
    (links' addresses, emphasis, tags) turned into spaces."""
    from markdown_it import MarkdownIt

    body = text[start_at:]
    lines = body.splitlines(keepends=True)
    line_start = [0]
    for line in lines:
        line_start.append(line_start[-1] + len(line))
    paragraphs: list[Paragraph] = []
    tokens = MarkdownIt("commonmark").parse(body)
    depth, block, blocks = 0, 0, 0  # the block quote each paragraph is in (the outermost: a nested one is part of it)
    list_depth, in_list, lists = 0, 0, 0  # likewise the list (a nested list is part of the outermost)
    for k, tok in enumerate(tokens):
        if tok.type in ("bullet_list_open", "ordered_list_open", "bullet_list_close", "ordered_list_close"):
            opening = tok.type.endswith("_open")
            list_depth += 1 if opening else -1
            if opening and list_depth == 1:
                lists += 1
            in_list = lists if list_depth else 0
        if tok.type in ("blockquote_open", "blockquote_close"):
            depth += 1 if tok.type == "blockquote_open" else -1
            if tok.type == "blockquote_open" and depth == 1:
                blocks += 1
            block = blocks if depth else 0
        if tok.type != "inline" or tok.map is None or k == 0:
            continue
        opener = tokens[k - 1].type
        spans = []  # (start, end) of each content line in `body`
        for n, content in enumerate(tok.content.split("\n")):
            row = tok.map[0] + n
            if row >= len(lines) or not content.strip():
                continue
            col = lines[row].find(content.strip())
            if col >= 0:
                spans.append((line_start[row] + col, line_start[row] + col + len(content.strip())))
        if not spans:
            continue
        lo, hi = spans[0][0], spans[-1][1]
        chars = [" "] * (hi - lo)
        for i, j in spans:
            chars[i - lo : j - lo] = body[i:j]
        masked = mask_inline_markdown("".join(chars))
        image_only = re.fullmatch(r"\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+", body[lo:hi]) is not None
        kind = "heading" if opener == "heading_open" else "caption" if image_only else ""
        inline = [c.type for c in tok.children or [] if c.type != "softbreak" and (c.type != "text" or c.content.strip())]
        bold = len(inline) > 2 and inline[0] == "strong_open" and inline[-1] == "strong_close" and inline.count("strong_open") == 1
        for off, chunk in _chunks(masked):  # from the block's first to its last character, markup included
            paragraphs.append(Paragraph("", len(paragraphs), start_at + lo + off, chunk, blank_before=True,
                                        markup_kind=kind, quote_block=block, bold=bold, list_block=in_list))
    return paragraphs


def _chunks(text: str) -> list[tuple[int, str]]:
    if len(text) <= MAX_PARAGRAPH_CHARS:
        return [(0, text)]
    out, i = [], 0
    while i < len(text):
        j = min(len(text), i + MAX_PARAGRAPH_CHARS)
        if j < len(text):
            k = text.rfind(" ", i + MAX_PARAGRAPH_CHARS // 2, j)
            j = k if k > i else j
        piece = text[i:j]
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            out.append((i + lead, piece.strip()))
        i = j
    return out


# an embedded post's text ends in its link ("… shot down 84. pic.twitter.com/AbC123"): the sentence before it ends the line
# a quotation's last line credited after its closing mark by a dash and a name ("So, what do we do about that?” –Don
# Lemon"), which ends no sentence but is no heading: the first mark on it closes a quotation opened lines before
CLOSING_CREDIT = re.compile(r"^[^“”\"]*[”\"]\s*[—–-]{1,2}\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s*$")
TRAILING_LINK = re.compile(r"(?<=[.!?…\"”])\s+(?:pic\.twitter\.com/\S+|https?://\S+)\s*$")


def ends_sentence(t: str) -> bool:
    """A closing quotation mark ends a sentence only after a full stop, question or exclamation mark inside it
    ('… "They come at night"' and "‘Responsible for Trump’" are headlines, '“We will win.”' a sentence)."""
    if t.endswith(('"', "”", "’", "'")) and len(t) > 1:  # (British single marks too: "'It's 20 years ago, come on!'")
        # (the marks of a quotation inside a quotation close together: "… let them see it.’”", "… tonight?'\"")
        core = t.rstrip("\"”’'")
        return core[-1:] in tuple(".!?…,;:")
    return t.endswith(TERMINAL)


def _set_off(paragraphs: list[Paragraph]) -> bool:
    """Is the first paragraph set off by a blank line from the next? Without a full stop, it is a long headline then,
    whether the article's other paragraphs are single lines ("Corporate Emails Reveal Google Executives Tried to …",
    PTC's titles) or set off too ("NJ Gov Chris Christie to Throw His Hat in the Ring for White House Run", BASIL's
    articles written out as text)."""
    return len(paragraphs) > 1 and paragraphs[1].blank_before


def classify_paragraphs(paragraphs: list[Paragraph], params: dict) -> None:
    """Give each paragraph a kind: heading, caption, bio or body (in place)."""
    max_words = params.get("heading_max_words", 14)
    bio_markers = tuple(params.get("bio_markers", ["About the Author"]))
    caption_markers = tuple(params.get("caption_markers", ["Photo:"]))
    blank_breaks = sum(p.blank_before for p in paragraphs[1:])
    # A blank line marks a caption only where paragraphs are otherwise separated by single newlines.
    blank_is_rare = len(paragraphs) > 3 and blank_breaks <= 0.3 * (len(paragraphs) - 1)
    in_bio = False
    furniture: list[int] = []
    for i, p in enumerate(paragraphs):
        t = p.text.strip()  # a Markdown paragraph's text may open with masked markup ("**About the Author**")
        if t.startswith(bio_markers):
            in_bio = True
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if in_bio or WIRE_CREDIT.match(t):
            p.kind = "bio"
        elif is_page_furniture(t):
            p.kind = "caption"
            furniture.append(i)
        elif p.markup_kind:
            p.kind = p.markup_kind
        elif any(m in t for m in caption_markers):
            p.kind = "caption"
        elif (
            blank_is_rare
            and p.blank_before
            and i > 0
            and paragraphs[i - 1].kind != "heading"  # the blank line after a title is the title's
            and nxt is not None
            and not nxt.blank_before
            and not t.startswith(("“", '"'))
            and t.count(". ") <= 1
        ):
            p.kind, p.set_off = "caption", True
        elif not ends_sentence(TRAILING_LINK.sub("", t)) and not t.endswith(",") and not CLOSING_CREDIT.match(t) and (
            len(t.split()) <= max_words  # ("… saying," runs on into a quotation)
            or (i == 0 and len(t.split()) <= 3 * max_words and _set_off(paragraphs))
        ):
            p.kind = "heading"
        elif (i == 0 and t.endswith("?") and len(t.split()) <= max_words and nxt is not None and nxt.blank_before
              and t.count("?") == 1 and not any(m in t for m in (". ", "! ")) and not t.startswith(("“", '"'))):
            p.kind = "heading"  # "Can Europe arm itself fast enough?": a question headline, set off by a blank line
        else:
            p.kind = "body"
    # a poll's question and options between two pieces of furniture ("take our poll - story continues below" ¶ "Whom
    # do you consider …?" ¶ "* Dianne Feinstein Maxine Waters …" ¶ "Email *") are the widget's too; a statement is not
    # ("Advertisement" ¶ "Smith lived there with his wife …" ¶ "Sign Up Thank you for signing up!" is the story's)
    # After "take our poll" a question opens the widget, and its options may be sentences ("* Yes, he will be
    # confirmed." ¶ "No, he will not be confirmed."), up to the comment form
    for a, b in zip(furniture, furniture[1:]):
        between = paragraphs[a + 1:b]
        short = all(q.kind in ("body", "heading") and len(q.text.split()) <= FURNITURE_MAX_WORDS for q in between)
        poll = (POLL_OPENER.match(paragraphs[a].text.strip()) is not None and 0 < len(between) <= POLL_GAP
                and (between[0].text.strip().endswith("?") or paragraphs[a].text.strip().endswith("?")))
        if short and (poll or 0 < len(between) <= FURNITURE_GAP and all(_poll_line(q.text) for q in between)):
            for q in between:
                q.kind = "caption"


def _poll_line(text: str) -> bool:
    """A poll's question ("Whom do you consider …?"), its options ("* Yes No Not sure") or a label without final
    punctuation; not a statement."""
    t = text.strip()
    return t.endswith("?") or t.startswith(("*", "•", "-")) or not ends_sentence(t)


# A scraped page's furniture: newsletter, poll and comment-form prompts, advertisement markers and link teasers, as
# they stand in PTC's articles ("Completing this poll grants you access to … updates free of charge.", "You may opt
# out at anytime.", "Email This field is for validation purposes and should be left unchanged."). A whole paragraph
# of at most FURNITURE_MAX_WORDS words; prose that mentions such words ("Advertisement revenue fell …") is not one.
FURNITURE_MAX_WORDS = 30
FURNITURE_GAP = 4  # at most this many short paragraphs between two pieces of furniture are furniture too (a poll)
POLL_OPENER = re.compile(r"^take our poll\b", re.IGNORECASE)
POLL_GAP = 12  # ... or this many after "take our poll" when the first asks a question
PAGE_FURNITURE = re.compile(
    r"^(?:advertisement|sponsored content|(?:the )?(?:story|article) continues below\b.*|take our poll\b.*"
    r"|(?:name|e-?mail|phone|comments?|website)\s*\*"
    r"|.*\bthis field is for validation purposes\b.*"
    r"|completing this poll (?:grants|entitles|gives) you\b.*"
    r"|you (?:may|can) (?:opt out|unsubscribe)(?: at any ?time)?\.?"
    r"|you also agree to (?:this|our|the) site'?s\b.*|by (?:signing up|subscribing),? you agree\b.*"
    r"|(?:e-?mail )?sign ?up\b.*\b(?:newsletters?|inbox|e-?mail|updates|signing up)\b.*"
    r"|subscribe(?: today| now| here| on youtube| to our\b.*)?\s*[!.:]?"
    r"|(?:read more|related|see also|recommended|more from [\w ]+|watch|listen|trending(?: now| stories)?)\s*:.*"
    r"|.*\bclick here to\b.*|(?:follow|like) us on (?:twitter|facebook|instagram|telegram|x)\b.*"
    r"|share (?:this|on) (?:article|story|post|facebook|twitter)\b.*)$",
    re.IGNORECASE)


CAPTION_PRONOUNS = {"i", "me", "my", "we", "us", "our", "you", "your"}


def reads_as_caption(doc) -> bool:
    """Does a paragraph set off by a blank line read as a photo's caption? One sentence that shows a scene: a fragment
    without a verb ("Putin at St Petersburg International Economic Forum plenary session.") or a present-tense
    action ("President Putin watches the Zapad 2021 joint strategic exercises …", "Lukashenko is seen at …"), with no
    quotation, question, first or second person, modal, negation or reported clause. In PTC's articles, whose lines
    are paragraphs, blank lines fall between body paragraphs ("Franken on Thursday denied most of the allegations, …",
    "Still, it's one thing to form an alliance with conservatives; …")."""
    sents = [s for s in doc.sents if s.text.strip()]
    if len(sents) != 1 or any(t.text in '"“”?!' for t in doc) or doc.text.rstrip().endswith(":"):
        return False  # (a line ending in a colon introduces what follows: "X's press service posted on Telegram:")
    if any(t.lower_ in CAPTION_PRONOUNS or t.dep_ == "neg" or t.tag_ == "MD" for t in doc):
        return False
    root = sents[0].root
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        return True
    if (root.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in root.children)
            or root.lemma_.lower() in ("be", "have", "seem")):
        return False
    passive = root.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in root.children)
    return root.tag_ in ("VBZ", "VBP") or passive


def is_page_furniture(text: str) -> bool:
    """A whole paragraph that is page furniture of a scraped web page, not article text (`PAGE_FURNITURE`)."""
    t = " ".join(text.split())
    return bool(t) and len(t.split()) <= FURNITURE_MAX_WORDS and bool(PAGE_FURNITURE.match(t))


# a wire story's credit line: "(Reporting by Anna Koper; Editing by Gareth Jones)", "Associated Press writer Yuras
# Karmanau contributed to this report."
WIRE_CREDIT = re.compile(r"^\(?\s*(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled|Research) by [^()]+\)?\.?$"
                         r"|^[^.]{0,100}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$")
CREDIT_AUTHOR = re.compile(r"^\(?\s*Reporting by ([^;()]+?)(?:\s+in\s+[A-Z][\w .-]*)?\s*(?:;|\)|\.?$)")


def author_from_credit(paragraphs: list[Paragraph]) -> str | None:
    """'(Reporting by Anna Koper; Editing by …)' -> 'Anna Koper': the reporters a wire credit line names."""
    for p in paragraphs:
        if p.kind == "bio" and (m := CREDIT_AUTHOR.match(p.text.strip())):
            return m.group(1).strip()
    return None


_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"
BYLINE = re.compile(rf"^By\s+({_NAME}(?:\s*(?:,|\band\b)\s*{_NAME})*)(?:\s*[,|—–-]\s*[^,]*)?$", re.IGNORECASE)


# words of a byline that names a newsroom, not a person ("By Staff Reporter", "By BBC News in Kyiv")
NEWSROOM_WORDS = {"staff", "reporter", "reporters", "correspondent", "correspondents", "news", "desk", "agency",
                  "agencies", "bureau", "editor", "editors", "team", "our", "wire", "wires", "service", "services"}


def author_from_byline(paragraphs: list[Paragraph]) -> str | None:
    """'By Anna Kowalska' (or 'By ANNA KOWALSKA and JAN NOVAK', 'By Anna Kowalska, Reuters', the Guardian's 'By Anna
    Kowalska in Vilnius'), a short line without final punctuation among the first paragraphs -> 'Anna Kowalska'
    ('Anna Kowalska, Jan Novak'); a newsroom ('By Staff Reporter', `NEWSROOM_WORDS`) is no author."""
    for p in paragraphs[:4]:
        t = " ".join(p.text.split())
        if p.kind != "heading" or not t.startswith(("By ", "BY ")) or not (m := BYLINE.match(t)):
            continue
        names = [re.sub(r"\s+in\s+[A-Z][\w'’ -]*$", "", n.strip(), flags=re.IGNORECASE)  # "… in Vilnius"
                 for n in re.split(r"\s*,\s*|\s+and\s+", m.group(1))]
        names = [n for n in names if n]
        if all(len(n.split()) >= 2 and all(w[:1].isupper() and w.lower() not in NEWSROOM_WORDS for w in n.split())
               for n in names):
            return ", ".join(n.title() if n.isupper() else n for n in names)
    return None


# a government readout's "The following is attributable to Spokesperson Tammy Bruce:": whose words the text is
READOUT = re.compile(rf"^The following(?: statement| readout)? is attributable to (?:(?:Principal |Deputy )*"
                     rf"(?:Spokesperson|Spokesman|Spokeswoman|Press Secretary)\s+)?({_NAME})\s*:$")


def author_from_readout(paragraphs: list[Paragraph]) -> str | None:
    """'The following is attributable to Spokesperson Tammy Bruce:' among the first paragraphs -> 'Tammy Bruce'; an
    office ("… attributable to the Office of the Spokesperson:") is no author."""
    for p in paragraphs[:6]:
        if (m := READOUT.match(" ".join(p.text.split()))) and not m.group(1).startswith(("The ", "Office")):
            return m.group(1)
    return None


BIO_VERBS = ("is", "was", "has", "writes", "covers", "teaches", "served", "works", "lives")


def closing_bio(paragraphs: list[Paragraph], author: str | None) -> None:
    """'Tomas Lindqvist is a senior fellow at …': the last paragraph, when short (at most 40 words) and opening with
    the name or surname of the article's author followed by one of `BIO_VERBS` (after a role set off by commas, "Tomas
    Lindqvist, a former diplomat, is …", too), is a bio, not the writer's voice.
    The author comes from the metadata or the byline; without one nothing changes."""
    body = [p for p in paragraphs if p.kind == "body"]
    if not author or not body or body[-1] is not paragraphs[-1]:
        return
    last, text = body[-1], " ".join(body[-1].text.split())
    if len(text.split()) > 40:
        return
    for name in (n.strip() for n in author.split(",")):
        for form in {name, name.split()[-1]} if name else ():
            if not text.startswith(form):
                continue
            rest = text[len(form) :]
            if (aside := BIO_ASIDE.match(rest)) is not None:  # "Daniel Fried, a former U.S. ambassador to Poland, is …"
                rest = rest[aside.end() :]
            if rest.startswith(" ") and rest[1:].split(" ", 1)[0] in BIO_VERBS:
                last.kind = "bio"
                return


# a role or relative clause set off by commas between the writer's name and the bio's verb (not "…, my critics say,")
BIO_ASIDE = re.compile(r", (?:a|an|the|who|whose|former|formerly|previously|now) [^,]{1,150},")


def author_from_bio(paragraphs: list[Paragraph], bio_markers: tuple[str, ...]) -> str | None:
    for p in paragraphs:
        for m in bio_markers:
            if p.text.startswith(m):
                rest = p.text[len(m) :].strip(" :—-–")
                if rest and len(rest.split()) <= 6:
                    return rest
    return None


QUESTION_ENDS = {"?", "!"}
CLOSING_QUOTES = {"”", '"', "’", "'", "»"}
OPENING_QUOTES = {"“", '"', "‘", "'", "«"}
IRREGULAR_FORMS = {"say": ["said"], "tell": ["told"], "write": ["wrote", "written"], "speak": ["spoke", "spoken"],
                   "think": ["thought"], "forecast": ["forecast"]}


@lru_cache(maxsize=1)
def speech_verb_forms() -> frozenset[str]:
    """Inflected forms (said, says, asked, replies, snapped …) of the reporting verbs' lemmas: the parser runs before
    spaCy's lemmatizer, so a frame is recognised by its form."""
    forms: set[str] = set()
    for v in load_speech_verbs()[0]:
        forms |= {v, v + "s", v + "es", v + "ed", v + "d", v + v[-1] + "ed", *IRREGULAR_FORMS.get(v, [])}
        if v.endswith("y"):
            forms |= {v[:-1] + "ies", v[:-1] + "ied"}
    return frozenset(forms)


def _speaker_frame(doc, i: int) -> bool:
    """Does token i start the frame of the quotation before it ("… ours?” Lukashenko told state television",
    "“…?” asked the minister", "“…!” the Belarusian leader shouted")? A reporting verb's form among its first six
    words, before any punctuation."""
    forms = speech_verb_forms()
    for t in doc[i : i + 6]:
        if t.is_punct:
            return False
        if t.tag_.startswith("VB") and t.lower_ in forms:
            return True
    return False


def keep_quote_frames(doc):
    """Mark the token after '?”' or '!”' as no sentence start when a speaker frame follows, and after '.”' when the
    frame opens in lower case ('… public events." added Lauten, who …'); run before the parser, which keeps the
    boundaries it is given."""
    for t in doc[2:]:
        ends = QUESTION_ENDS | {"."} if t.text[:1].islower() and "\n" not in doc[t.i - 1].whitespace_ else QUESTION_ENDS
        if doc[t.i - 1].text in CLOSING_QUOTES and doc[t.i - 2].text in ends and _speaker_frame(doc, t.i):
            t.is_sent_start = False
    return doc


def no_start_at_a_gloss_dash(doc):
    """"… chanted 'Zhyve Belarus!' — long live Belarus — as police looked on.": a dash after an exclamation or a question
    in quotation marks, a lower-case word after it, goes on with the sentence (a gloss or an aside), not a new one."""
    for t in doc[3:-1]:
        if (t.text in ("—", "–", "--") and doc[t.i - 1].text in CLOSING_QUOTES and doc[t.i - 2].text in QUESTION_ENDS
                and doc[t.i + 1].text[:1].islower()):
            t.is_sent_start = False
            doc[t.i + 1].is_sent_start = False
    return doc


def no_start_after_a_word(doc):
    """A lowercase word right after a word, with no punctuation between, starts no sentence (the parser cut "I call
    her once a week | and we talk about the weather.")."""
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if t.text[:1].islower() and not prev.is_punct and not prev.is_space and "\n" not in prev.whitespace_:
            t.is_sent_start = False
    return doc


def no_start_after_a_bare_closing_mark(doc):
    """A single closing mark or apostrophe right after a word, with no full stop, question or exclamation mark before
    it, ends no sentence: "… are to be part of AJHS’ “1917: How One Year Changed the World”." was cut after the
    possessive "AJHS’" (and a title in single marks, "called it ‘a farce’ and left", ends none either, as
    `ends_sentence` has it for a paragraph)."""
    for t in doc[2:]:
        mark, word = doc[t.i - 1], doc[t.i - 2]
        if (mark.text in ("’", "'") and not word.whitespace_ and word.is_alpha and mark.whitespace_
                and "\n" not in mark.whitespace_):
            t.is_sent_start = False
    # ... nor does a colon inside a quoted title, whose closing mark comes before any full stop, question or
    # exclamation mark ("“1917: How One Year Changed the World”")
    for t in doc[1:]:
        if doc[t.i - 1].text != ":" or t.i < 2:
            continue
        opened = next((u for u in reversed(doc[max(0, t.i - 6) : t.i - 1]) if u.text in ("“", "”", '"')), None)
        closing = next((u for u in doc[t.i : t.i + 12] if u.text in ("“", "”", '"', ".", "!", "?")), None)
        if opened is not None and opened.text == "“" and closing is not None and closing.text == "”":
            t.is_sent_start = False
    return doc


PLATFORM_PREPOSITIONS = {"on", "to", "via"}


def start_after_platform_x(doc):
    """"… Sybiha wrote on X. “Ukraine will …”": the tokenizer reads "X." as an initial, so nothing ends there; after
    "on", "to" or "via", the social network "X." ends the sentence when a capitalised word or an opening quotation
    mark follows ("signed by Malcolm X. Smith" is left alone)."""
    for t in doc[2:-1]:
        nxt = doc[t.i + 1]
        if (t.text == "X." and doc[t.i - 1].lower_ in PLATFORM_PREPOSITIONS and t.whitespace_
                and (nxt.text[:1].isupper() or nxt.text in OPENING_QUOTES)):
            nxt.is_sent_start = True
    return doc


# Titles before a name that spaCy's English tokenizer splits from their full stop ("Dr.", "Gen.", "Rev.", "Sen.",
# "Prof." it keeps whole); the parser then cut "said by Fr. | John Kowalski". "Sr." is left out: it ends names too.
TITLE_ABBREVIATIONS = frozenset({
    "Fr", "Msgr", "Revd", "Bro", "Sgt", "Cpl", "Pvt", "Capt", "Cmdr", "Cdr", "Maj", "Brig", "Lt", "Col", "Gens",
    "Amb", "Atty", "Det", "Insp", "Supt", "Hon", "Pres", "Cllr", "Ald", "Rt", "Sens", "Reps", "Mme", "Mlle", "Sec", "Card", "Br", "Mgr"})


def merge_title_abbreviations(doc):
    """"Fr. John Kowalski", "Sgt. Maj. Petro Koval": a title abbreviation and its full stop (no space between them,
    a capitalised word after) become one token, as spaCy's own "Dr." is, before the tagger runs: tagged a full stop
    and parsed apart, they cut the name off its title even with the name's first word marked as no sentence start
    (which `keep_title_abbreviations` still does after the merge: each alone misses cases the tests hold)."""
    spans = [doc[t.i : t.i + 2] for t in doc[:-2]
             if t.text in TITLE_ABBREVIATIONS and not t.whitespace_ and doc[t.i + 1].text == "."
             and doc[t.i + 2].text[:1].isupper()]
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


# a word of mixed case whose full stop spaCy's tokenizer keeps ("IBRiS.", "GmbH."; its suffix rule splits a full stop
# after a lower-case letter or two capitals only)
GLUED_FULL_STOP = re.compile(r"[A-Za-z]*[a-z][A-Z]\.")


def split_glued_full_stops(doc):
    """"…, said Marcin Duma, who heads IBRiS. The findings, he said, …": a mixed-case word's full stop before a
    capitalised word or an opening quotation mark ends the sentence; split off before the tagger (glued to the word,
    the parser ran both sentences into one)."""
    glued = [t for t in doc[:-1] if GLUED_FULL_STOP.fullmatch(t.text) and t.whitespace_
             and (doc[t.i + 1].text[:1].isupper() or doc[t.i + 1].text in OPENING_QUOTES)]
    if glued:
        with doc.retokenize() as retokenizer:
            for t in glued:
                retokenizer.split(t, [t.text[:-1], "."], heads=[(t, 0), (t, 0)])
    return doc


# a word, a colon or comma and an opening quotation mark with no space between them ("said:“We’re pleased …",
# "said on Tuesday,“Hungary will …"), which spaCy's tokenizer keeps as one token
GLUED_QUOTE = re.compile(r"([A-Za-z]+)([:,])([“\"‘])(\S+?)((?:n[’']t|[’'](?:re|s|ll|ve|m|d))?)")


def split_glued_quotes(doc):
    """"Trump lawyers Rudy Giuliani and Jay Sekulow said:“We’re pleased …": the reporting verb, its colon, the opening
    quotation mark and the first quoted word, one token to spaCy's tokenizer (a noun, the sentence's subject), are
    split before the tagger, so that "said" frames the quotation."""
    glued = [(t, [g for g in m.groups() if g]) for t in doc if (m := GLUED_QUOTE.fullmatch(t.text))]
    if glued:
        with doc.retokenize() as retokenizer:
            for t, pieces in glued:  # (a contraction its own token, as the tokenizer makes it: "We", "’re")
                retokenizer.split(t, pieces, heads=[(t, 0)] * len(pieces))
    return doc


def keep_title_abbreviations(doc):
    """The word after a merged title abbreviation ("Reps.") starts no sentence: merged, the parser still cut "Reps. |
    Adam Ruiz (Calif.), Gwen Dale (Wis.) …" after a sentence naming the group."""
    for t in doc[:-1]:
        if t.text.endswith(".") and t.text[:-1] in TITLE_ABBREVIATIONS:
            doc[t.i + 1].is_sent_start = False
    return doc


SENTENCE_ENDS = (".", "!", "?")


def quote_opens_sentence(doc):
    """"… for legitimacy. 'Lukashenko releases …'": an opening quotation mark (a space before it, none after it) right
    after a sentence's end starts the next sentence, with the word it is glued to; spaCy's parser left a straight or
    single mark with the sentence before, or alone."""
    for t in doc[1:-1]:
        prev, nxt = doc[t.i - 1], doc[t.i + 1]
        if (t.text in OPENING_QUOTES and prev.whitespace_ and not t.whitespace_ and nxt.is_alpha
                and prev.text.endswith(SENTENCE_ENDS)):
            t.is_sent_start = True
            nxt.is_sent_start = False
    return doc


DASHES = ("–", "—", "-", "--")  # a dateline's dash ("MINSK, Dec 1 (Reuters) -")


# TASS's dateline: "MINSK, September 12. /TASS/. "
SLASH_DATELINE = re.compile(r"[A-Z][A-Z .-]+, [A-Z][a-z]+\.? \d{1,2}\. /[A-Z][\w-]*/\.?\s+(?=\S)")


def keep_dateline(doc):
    """A wire dateline ("MINSK, Dec 1 (Reuters) -", "VILNIUS, Lithuania —", "MINSK, September 12. /TASS/.") is no
    sentence of its own: a paragraph that opens with an upper-case word and has a dash within its first twelve tokens,
    with no full stop, question or exclamation mark before it, starts no sentence up to the word after the dash."""
    if len(doc) < 3 or not (doc[0].is_upper and doc[0].is_alpha and len(doc[0]) > 1):
        return doc
    if (slash := SLASH_DATELINE.match(doc.text)) is not None:
        for u in doc[1:]:
            if u.idx > slash.end():
                break
            u.is_sent_start = False
        return doc
    for t in doc[1:12]:
        if t.text in (".", "!", "?", "\n") or "\n" in t.whitespace_:
            return doc
        if t.text in DASHES:
            for u in doc[1 : min(t.i + 2, len(doc))]:
                u.is_sent_start = False
            return doc
    return doc


def keep_closing_credit(doc):
    """A credit in parentheses closing a paragraph ("… near the border. (Reuters)", "(AP Photo/Jan Novak)") is no
    sentence of its own: up to six tokens, every word capitalised."""
    if len(doc) < 4 or doc[-1].text != ")":
        return doc
    opening = next((t for t in reversed(doc[max(0, len(doc) - 8) : -1]) if t.text == "("), None)
    inner = doc[opening.i + 1 : -1] if opening is not None else []
    if opening is None or opening.i == 0 or not inner or not all(t.text[:1].isupper() or not t.is_alpha for t in inner):
        return doc
    for t in doc[opening.i :]:
        t.is_sent_start = False
    return doc


def keep_quote_credit(doc):
    """'“… is the height of ignorance.” – Einstein.', '“…” –Edward Snowden (source)': a dash crediting the quotation
    that closes a paragraph starts no sentence of its own (up to four capitalised words, then at most a full stop or
    a bracket)."""
    dash = next((t for t in reversed(doc[max(0, len(doc) - 10) :]) if t.text in DASHES), None)
    if dash is None or dash.i < 2 or doc[dash.i - 1].text not in ("”", '"'):
        return doc
    tail = [t for t in doc[dash.i + 1 :] if not t.is_space]
    words = [t for t in tail if t.is_alpha]
    names = [t for t in words if t.is_title]
    if not 0 < len(names) <= 4 or any(not t.is_title and t.lower_ != "source" for t in words) or not tail[0].is_title:
        return doc
    for t in doc[dash.i :]:
        t.is_sent_start = False
    return doc


LIST_MARKERS = frozenset({"•", "▪", "◦", "‣", "·", "►", "*", "-", "–", "—"})


def keep_list_marker(doc):
    """"• Lukashenko's dependence on the Kremlin has deepened.": a list item's bullet is no sentence of its own (the
    parser cut "•" off an item that opens with a name)."""
    if len(doc) > 1 and doc[0].text in LIST_MARKERS:
        doc[1].is_sent_start = False
    return doc


# a footnote mark glued to the end of a sentence or quotation ('… in all but name."[2]', "… in 2021.[1]")
FOOTNOTE_MARK = re.compile(r"[”\"’']*\[\d{1,3}\]")


def keep_footnote_marks(doc):
    """A footnote mark right after a sentence's end, with no space before it, closes that sentence: spaCy's
    tokenizer glues it to the closing quotation mark ('"[2'), and the parser cut '"[2]' off as a sentence."""
    for t in doc[1:]:
        if doc[t.i - 1].whitespace_ or t.text[:1] not in "[”\"’'":
            continue
        window = doc[t.i : t.i + 4]
        mark = FOOTNOTE_MARK.match(doc.text, t.idx)
        if mark is None:
            continue
        for u in window:
            if u.idx < mark.end():
                u.is_sent_start = False
    return doc


MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# a timeline's date label opening a paragraph: "August 9, 2020:", "January 2025:", "2022:", "9 August 2020:", "May 23:"
DATE_LABEL = re.compile(rf"\s*(?:{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|{MONTH}\s+\d{{4}}|\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}})?"
                        rf"|\d{{4}})\s*:\s")


def keep_date_label(doc):
    """'August 9, 2020: Lukashenko claims a sixth term.': a timeline's date label starts its entry's first sentence
    (the parser cut it off as a sentence of its own)."""
    if (m := DATE_LABEL.match(doc.text)) is not None:
        for t in doc[1:]:
            if t.idx >= m.end():
                t.is_sent_start = False
                break
            t.is_sent_start = False
    return doc


def one_sentence(doc):
    """A heading is one sentence ("1. The launchpad", not "1." and "The launchpad")."""
    for t in doc[1:]:
        t.is_sent_start = False
    return doc


def keep_interview_turns(doc):
    """'A: Formally, yes.', 'MR. BUDRYS: Formally, yes.': the word after a paragraph's "Q:"/"A:" (or "Q."/"A.") or a
    transcript's upper-case speaker label starts no sentence of its own."""
    if len(doc) > 2 and doc[0].text in ("Q", "A") and doc[1].text in (":", "."):
        doc[2].is_sent_start = False
        return doc
    start = 0  # a podcast's time stamp before the label: "[00:00:27] KATIA GLOD: …", "(12:07) HOST: …"
    if (stamp := TURN_STAMP.match(doc.text)) is not None:
        start = next((t.i for t in doc if t.idx >= stamp.end()), len(doc))
    for t in doc[start : start + 6]:
        if t.text == ":" and t.i > 0 and t.i + 1 < len(doc):
            for u in doc[1 : t.i + 2]:  # "MR. LUKASHENKO: We …" is no "MR." sentence either
                u.is_sent_start = False
            break
        if not (t.is_upper or t.text in (".", "'", "’", "-")):
            break
    return doc


# a time stamp opening a transcript's turn: "[00:00:27] ", "(12:07) ", "00:12:30 " (also read by the attribution
# stage's turn labels)
TURN_STAMP_PATTERN = r"[\[(]?\d{1,2}(?::\d{2}){1,2}[\])]?\s+"
TURN_STAMP = re.compile(rf"\s*{TURN_STAMP_PATTERN}(?=[A-Z])")


# the curly apostrophe inside a name ("O’Gorman", "D’Silva", "L’Osservatore"), which spaCy's small model, trained on
# straight ones, tags a common noun ("But O’Gorman added:" had no person as its subject)
NAME_APOSTROPHE = re.compile(r"(?<=\b[A-Z])’(?=[A-Z][a-z])|(?<=\b[A-Z][a-z])’(?=[A-Z][a-z])")


def parsed_text(text: str) -> str:
    """The text spaCy reads for a paragraph: the paragraph with a name's curly apostrophe straightened, one character
    for one, so that every offset into it is an offset into the paragraph (sentences keep the paragraph's own text)."""
    return NAME_APOSTROPHE.sub("'", text)


# lower-case words inside a surname, which a surname follows ("Charles de Gaulle", "Ursula von der Leyen"; not "bin",
# "ibn", "abu", a father's name)
SURNAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das",
                               "ter", "ten", "zu", "y"})


def join_name_particles(doc):
    """'Ursula von der Leyen', 'Hans van den Broek': spaCy's small model may end a PERSON inside or right before a
    surname's lower-case particles ("Ursula von der" a person, "Leyen" a place); the particles and the capitalised
    surname after them join the person, in place of any entity they were part of."""
    from spacy.tokens import Span

    ents, changed = list(doc.ents), False
    for k in range(len(ents)):  # (an entity swallowed by one before it is None from then on)
        ent = ents[k]
        if ent is None or ent.label_ != "PERSON":
            continue
        end = ent.end
        while end < len(doc) and doc[end].text in SURNAME_PARTICLES:
            end += 1
        if not (end > ent.end or doc[ent.end - 1].text in SURNAME_PARTICLES):
            continue
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
            ents[k] = Span(doc, ent.start, end, label="PERSON")
            ents = [e if e is None or e is ents[k] or e.start >= end or e.end <= ent.start else None for e in ents]
            changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]
    return doc


def parse(nlp, texts, batch_size: int = 64, headings=None):
    """nlp.pipe with `no_start_after_a_word`, `no_start_at_a_gloss_dash`, `no_start_after_a_bare_closing_mark`,
    `keep_quote_frames`, `keep_interview_turns`, `keep_dateline`, `keep_closing_credit`, `keep_quote_credit`,
    `start_after_platform_x`, `keep_title_abbreviations`, `quote_opens_sentence`, `keep_list_marker`,
    `keep_footnote_marks` and `keep_date_label` between the tagger and the parser (the frame is read from the tags), `merge_title_abbreviations`,
    `split_glued_full_stops` and `split_glued_quotes` before the tagger, and
    `join_name_particles` after the entity recogniser.
    `headings`: one flag per text; a heading is parsed as one sentence."""
    texts = (parsed_text(t) for t in texts)
    if "parser" not in nlp.pipe_names:
        yield from nlp.pipe(texts, batch_size=batch_size)
        return
    flags = iter(headings) if headings is not None else None

    def make(t):
        doc = split_glued_quotes(split_glued_full_stops(merge_title_abbreviations(nlp.make_doc(t))))
        doc.user_data["heading"] = bool(next(flags)) if flags is not None else False
        return doc

    def before_parser(doc):
        if doc.user_data.pop("heading", False):
            return one_sentence(doc)
        for fix in (no_start_after_a_word, no_start_at_a_gloss_dash, no_start_after_a_bare_closing_mark, keep_quote_frames,
                    keep_interview_turns, keep_dateline, keep_closing_credit, keep_quote_credit, start_after_platform_x,
                    keep_title_abbreviations, quote_opens_sentence, keep_list_marker, keep_footnote_marks, keep_date_label):
            doc = fix(doc)
        return doc
    docs = (make(t) for t in texts)
    for name, proc in nlp.pipeline:
        if name == "parser":
            docs = (before_parser(d) for d in docs)
        docs = proc.pipe(docs, batch_size=batch_size)
    if "ner" in nlp.pipe_names:
        docs = (join_name_particles(d) for d in docs)
    yield from docs


def segment_articles(articles: list[Article], nlp, params: dict, batch_size: int = 64) -> list[Segmented]:
    """Split articles into paragraphs (kinds) and spaCy sentences. Parses every paragraph once, in batches."""
    results: list[Segmented] = []
    all_pars: list[Paragraph] = []
    for art in articles:
        m = FRONT_MATTER.match(art.text)
        body_start = m.end() if m else 0
        markdown = str(art.path or "").lower().endswith(MARKDOWN_SUFFIXES + HTML_SUFFIXES)  # (a page's text is Markdown)
        pars = markdown_paragraphs(art.text, body_start) if markdown else split_paragraphs(art.text, body_start)
        if markdown and not art.title and pars and pars[0].markup_kind == "heading":
            art.title = " ".join(pars[0].text.split())  # "# Five things to know" with no front matter title
        for p in pars:
            p.article = art.id
        classify_paragraphs(pars, params)
        if not art.author:
            art.author = (author_from_bio(pars, tuple(params.get("bio_markers", ["About the Author"])))
                          or author_from_credit(pars) or author_from_byline(pars) or author_from_readout(pars))
        closing_bio(pars, art.author)
        results.append(Segmented(art, pars, [], body_start))
        all_pars.extend(pars)
    docs = parse(nlp, (p.text for p in all_pars), batch_size=batch_size, headings=[p.kind == "heading" for p in all_pars])
    for p, doc in zip(all_pars, docs):
        p.doc = doc
        if p.set_off and not reads_as_caption(doc):
            p.kind = "body"
    for seg in results:
        idx = 0
        for p in seg.paragraphs:
            raw = seg.article.text[p.start : p.start + len(p.text)]
            taken = 0  # end of the paragraph's previous sentence: markup between two sentences goes to the first
            for sent in p.doc.sents:
                if not sent.text.strip():
                    continue
                a, b = sent.start_char, sent.end_char
                if raw != p.text:  # masked Markdown: the sentence takes the markup around its words, not the spaces
                    a, b = _with_markup(raw, p.text, a, b)
                    a = max(a, taken)
                    if b <= a:
                        continue
                    taken = b
                s, e = p.start + a, p.start + b
                seg.sentences.append(Sentence(seg.article.id, idx, s, e, seg.article.text[s:e], p.index, p.kind))
                idx += 1
    return results


def _with_markup(raw: str, masked: str, a: int, b: int) -> tuple[int, int]:
    """A sentence's span in a masked paragraph, without the spaces at its ends and with the markup right next to its
    first and last words ("[Satellite images](https://…) showed …", "*Analysis* | By …")."""
    while a < b and masked[a].isspace():
        a += 1
    while b > a and masked[b - 1].isspace():
        b -= 1
    while a > 0 and masked[a - 1] == " " and not raw[a - 1].isspace():
        a -= 1
    while b < len(raw) and masked[b] == " " and not raw[b].isspace():
        b += 1
    return a, b


def collect_inputs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)


def main(seeds: str | None = None, out_dir: str = "data/segmented") -> None:
    """Segment the articles of `seeds` (a folder given on the command line; else params.yaml's `segment.seeds`)."""
    params = load_params()["segment"]
    seeds = seeds or params.get("seeds", "seeds")
    articles, errors = [], []
    for path in collect_inputs(Path(seeds)):
        try:
            articles.append(read_article(path))
        except FramingError as e:
            errors.append(str(e))
    for e in errors:
        print(f"skipped: {e}", file=sys.stderr)
    if not articles:
        raise SystemExit(f"error: no readable article in {seeds}/")
    segs = segment_articles(articles, load_spacy(params["spacy_model"]), params)
    save_segmented(segs, Path(out_dir))
    print(f"segment: {len(segs)} articles, {sum(len(s.sentences) for s in segs)} sentences -> {out_dir}/")


def save_segmented(segs: list[Segmented], out: Path) -> None:
    """articles.jsonl (with text), sentences.jsonl, and the paragraph parses as a spaCy DocBin."""
    from spacy.tokens import DocBin

    write_jsonl(out / "articles.jsonl", ({**vars(s.article), "body_start": s.body_start} for s in segs))
    write_jsonl(out / "sentences.jsonl", (s.to_dict() for seg in segs for s in seg.sentences))
    db = DocBin(store_user_data=True)
    for seg in segs:
        for p in seg.paragraphs:
            p.doc.user_data["par"] = [p.article, p.index, p.start, p.kind, p.blank_before, p.quote_block, p.bold, p.list_block]
            db.add(p.doc)
    tmp = out / ".paragraphs.spacy.tmp"
    db.to_disk(tmp)
    tmp.replace(out / "paragraphs.spacy")


def load_segmented(folder: Path, vocab, sentences_file: str = "sentences.jsonl") -> list[Segmented]:
    from spacy.tokens import DocBin

    arts = {}
    for row in read_jsonl(folder / "articles.jsonl"):
        body_start = row.pop("body_start", 0)
        arts[row["id"]] = Segmented(Article(**row), [], [], body_start)
    for doc in DocBin().from_disk(folder / "paragraphs.spacy").get_docs(vocab):
        art, index, start, kind, blank, *more = doc.user_data["par"]  # (no block number before the thirty-second session,
        # no bold flag and list number before the fortieth)
        raw = arts[art].article.text[start : start + len(doc.text)]  # (the paragraph's own apostrophes: `parsed_text`)
        text = "".join(o if d == "'" and o == "’" else d for d, o in zip(doc.text, raw)) if len(raw) == len(doc.text) else doc.text
        arts[art].paragraphs.append(Paragraph(art, index, start, text, kind, blank, doc, quote_block=more[0] if more else 0,
                                              bold=bool(more[1]) if len(more) > 1 else False,
                                              list_block=int(more[2]) if len(more) > 2 else 0))
    for row in read_jsonl(folder / sentences_file):
        arts[row["article"]].sentences.append(Sentence(**{k: row[k] for k in Sentence.__dataclass_fields__}))
    return list(arts.values())


if __name__ == "__main__":
    main(*sys.argv[1:])
