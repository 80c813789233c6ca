"""HTML made readable: visible text only, blocks on their own lines, blockquotes as "> ".

A small linear tokenizer of our own: html.parser is quadratic on some hostile input (runs of
"<a ", "</", "<?", unclosed comments), and mail HTML needs no more than tags, attributes and
text. Scripts, styles, the head, hidden elements (display:none, max-height:0, font-size:0,
mso-hide:all, the hidden attribute: preheaders) and tracking pixels give no text.
"""

from __future__ import annotations

import re
from html import unescape

MAX_HTML_CHARS = 600_000
MAX_STACK = 400

_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9:._-]{0,40})((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>""")
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?""")
_DECLARATION = re.compile(r"<[!?][^<>]*>")
_RAW_TEXT = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
    for name in ("script", "style", "title", "textarea", "xmp")
}
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "svg"})
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "o:p",
    ]
)
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "table",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "blockquote",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
        "dl",
        "dt",
        "dd",
        "center",
        "tbody",
        "thead",
    ]
)
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all|max-height\s*:\s*0(?![.\d])"
    r"|font-size\s*:\s*0(?![.\d])|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)"
    r"|(?<![-\w])height\s*:\s*0(?:px)?\s*(?:;|$)",
    re.IGNORECASE,
)
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2060\ufeff\u034f\u00ad\u180e]")


class _TextMaker:
    """Collects visible text as (text, blockquote depth) pieces while tags open and close."""

    def __init__(self) -> None:
        self.out: list[tuple[str, int]] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self.open_count: dict[str, int] = {}
        self.hidden = 0
        self.quote_depth = 0

    def start(self, tag: str, attributes: dict[str, str], self_closing: bool) -> None:
        if tag == "img":
            self._image(attributes)
            return
        if tag in _BLOCK_TAGS:
            self.emit("\n")
        if tag == "li" and not self.hidden:
            self.emit("- ")
        if tag in ("td", "th"):
            self.emit(" ")
        if tag in _VOID_TAGS or self_closing or len(self.stack) >= MAX_STACK:
            return
        style = attributes.get("style", "")
        hides = tag in _SKIP_TAGS or "hidden" in attributes or bool(_HIDDEN_STYLE.search(style))
        self.stack.append((tag, hides))
        self.open_count[tag] = self.open_count.get(tag, 0) + 1
        self.hidden += hides
        if tag == "blockquote":
            self.quote_depth += 1
            self.emit("\n")

    def end(self, tag: str) -> None:
        if not self.open_count.get(tag):
            return
        while self.stack:
            open_tag, hides = self.stack.pop()
            self.open_count[open_tag] -= 1
            self.hidden -= hides
            if open_tag == "blockquote":
                self.quote_depth -= 1
                self.emit("\n")
            if open_tag == tag:
                break
        if tag in _BLOCK_TAGS:
            self.emit("\n")

    def data(self, text: str) -> None:
        if text and not self.hidden:
            self.emit(unescape(text).replace("\n", " ").replace("\r", " "))

    def emit(self, text: str) -> None:
        self.out.append((text, self.quote_depth))

    def _image(self, attributes: dict[str, str]) -> None:
        sizes = (
            attributes.get(side, "").strip().removesuffix("px") for side in ("width", "height")
        )
        tiny = any(size in ("0", "1") for size in sizes)
        hidden = _HIDDEN_STYLE.search(attributes.get("style", ""))
        alt = attributes.get("alt", "").strip()
        if alt and not tiny and not hidden and not self.hidden and len(alt) < 200:
            self.emit(f" {alt} ")


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: no scripts, styles, hidden preheaders or pixels."""
    html = _DECLARATION.sub("", _without_comments(html[:MAX_HTML_CHARS]))
    maker = _TextMaker()
    position = 0
    while match := _TAG.search(html, position):
        maker.data(html[position : match.start()])
        closing, name, rest = match.groups()
        tag = name.lower()
        position = match.end()
        if closing:
            maker.end(tag)
            continue
        self_closing = rest.rstrip().endswith("/")
        maker.start(tag, _attributes(rest), self_closing)
        if tag in _RAW_TEXT and not self_closing:  # no markup inside: skip to its end tag
            end = _RAW_TEXT[tag].search(html, position)
            position = end.end() if end else len(html)
            maker.end(tag)
    maker.data(html[position:])
    return _lines(maker.out)


def _attributes(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(text):
        name, double, single, bare = match.groups()
        found.setdefault(name.lower(), unescape(double or single or bare or ""))
    return found


def _without_comments(html: str) -> str:
    """HTML comments removed in one linear pass; an unclosed one hides the rest, as in browsers."""
    kept: list[str] = []
    position = 0
    while (start := html.find("<!--", position)) != -1:
        kept.append(html[position:start])
        end = html.find("-->", start + 4)
        if end == -1:
            return "".join(kept)
        position = end + 3
    kept.append(html[position:])
    return "".join(kept)


def _lines(segments: list[tuple[str, int]]) -> str:
    """Whitespace normalised per line; text inside <blockquote> prefixed with "> " per level."""
    lines: list[tuple[list[str], int]] = [([], 0)]
    for text, depth in segments:
        for index, piece in enumerate(text.split("\n")):
            if index:
                lines.append(([], 0))
            words, line_depth = lines[-1]
            words.append(piece)
            if piece.strip():
                lines[-1] = (words, max(line_depth, depth))
    rendered = []
    for words, depth in lines:
        line = " ".join(_INVISIBLE.sub("", "".join(words).replace("\xa0", " ")).split())
        rendered.append("> " * depth + line if line else "")
    return _squeeze_blank_lines(rendered)


def _squeeze_blank_lines(lines: list[str]) -> str:
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()
