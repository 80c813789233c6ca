"""New text told apart from quoted history and signature, in plain text, by common patterns.

Gmail/Apple "On ... wrote:" attributions (also German, French, Spanish, Italian, Portuguese,
Dutch), Outlook "-----Original Message-----" separators and From:/Sent:/To: header blocks,
"> " lines, the "-- " signature delimiter, mobile footers and common sign-offs.
Best effort: whatever is not recognised stays in the new text. Linear in the text's length:
each line is looked at a bounded number of times, and no pattern searches a long line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_ATTRIBUTION_START = re.compile(r"^(on|am|le|el|il|em|op|den|w dniu)\s", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(
    r"\b(wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|skrev|napisał)\b.{0,160}:\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^\s*(-{2,}\s*(original message|ursprüngliche nachricht|message d'origine|mensaje original"
    r"|messaggio originale|forwarded message|weitergeleitete nachricht|message transféré"
    r"|mensaje reenviado)\s*-{2,}|begin forwarded message:)\s*$",
    re.IGNORECASE,
)
_FROM_LINE = re.compile(r"^\*?(from|von|de|da|van)\s*:\*?\s*\S", re.IGNORECASE)
_SENT_LINE = re.compile(
    r"^\*?(sent|date|gesendet|datum|envoyé|date d'envoi|enviado(?: el)?|fecha|inviato|data"
    r"|to|an|à|para|a|subject|betreff|objet|asunto|oggetto)\s*:",
    re.IGNORECASE,
)
# (The class first holds the words' first letters: one test fails most lines.)
_SIGN_OFF_TEXT = (
    r"(?=[abcfghklmrstuvwyà])"
    r"(best|best regards|best wishes|kind regards|warm regards|warmest regards|regards"
    r"|with best wishes|with best regards|with kind regards|with warm regards|with warm wishes"
    r"|with thanks|warmly|warm wishes|cordially"
    r"|many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely"
    r"|yours sincerely|yours truly|all the best|talk soon|speak soon|take care"
    r"|viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen|freundliche grüße"
    r"|herzliche grüße|schöne grüße|mit besten grüßen|herzlichst|lg|vg"
    r"|cordialement|bien cordialement|bien à vous|merci|salutations|amicalement|bien amicalement"
    r"|à bientôt|belle journée|bonne journée|sincères salutations"
    r"|saludos|un saludo|saludos cordiales|atentamente|gracias|muchas gracias|un abrazo|abrazos"
    r"|un fuerte abrazo|un cordial saludo|cordiales saludos|hasta pronto)"
)
# (a first name on the same line: "LG Olga", "Cheers, Dean")
_NAME_AFTER = r"(?-i:[^\S\n]*[A-ZÀ-Þ][a-zß-ÿ'’\-]{1,20})?"
_SIGN_OFF = re.compile(
    "^" + _SIGN_OFF_TEXT + r"\s*[,.!]?" + _NAME_AFTER + r"\s*$",
    re.IGNORECASE,
)
_MOBILE_FOOTER = re.compile(
    r"^(sent from my \w+|get outlook for \w+|sent from (yahoo|mail|outlook) for \w+"
    r"|von meinem \w+ gesendet|envoyé de mon \w+|enviado desde mi \w+)",
    re.IGNORECASE,
)
# How every line that _SEPARATOR, _ATTRIBUTION_START or _FROM_LINE can match begins (after
# blanks, none of them a line break): the lines worth looking at twice. The class of first
# letters (the same under IGNORECASE as the words' first letters) fails most lines in one test.
_QUOTE_CANDIDATE = re.compile(
    r"\n[^\S\n]*(?=[-*boaleidwfv])(?:-|begin|(?:on|am|le|el|il|em|op|den|w dniu)[^\S\n]"
    r"|\*?(?:from|von|de|da|van)[^\S\n]*:)",
    re.IGNORECASE,
)
_FOOTER_CANDIDATE = re.compile(  # the same for "--", _MOBILE_FOOTER and _RULE
    r"\n[^\S\n]*(?=[-_sgve])(?:--|_|sent|get|von|envoy|enviado)", re.IGNORECASE
)
_FOOTER_WORDS = ("sent from", "get outlook", "von meinem", "envoy", "enviado")  # in every footer
_RULE = re.compile(r"^_{30,}$")
_ANY_RULE = re.compile(r"^(_{10,}|-{10,})$")
_BLANK_LINES = re.compile(r"\n{3,}")
_SIGNATURE_ROOM = 10  # at most this many short lines after a sign-off
_TAIL_LOOKED_AT = 64  # lines looked at one by one from the end for the last filled ones
MAX_ATTRIBUTION = 400  # characters of an "On ... wrote:" line, wrapped or not
MAX_SIGN_OFF = 200  # characters of a sign-off line, blanks included


def split_reply(text: str) -> tuple[str, str, str]:
    """(new text, quoted history, signature) of a plain-text body; best effort, never raises."""
    if not text.strip():
        return "", "", ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    cut = len(lines)
    if ":" in text or "--" in text:  # in every attribution, header block and separator
        cut = _with_rule_above(lines, _quote_start(lines, text))
    own, history = lines[:cut], lines[cut:]
    if not "".join(own).strip():
        own, history = _written_below(history)
    quoted_inline = [line for line in own if line.lstrip().startswith(">")] if ">" in text else []
    if quoted_inline:
        own = [line for line in own if not line.lstrip().startswith(">")]
    own, signature = _split_signature(own, _may_have_footer(text))
    quoted = "\n".join([*quoted_inline, *history]).strip()
    return _strip_block(own), quoted, _strip_block(signature)


def _written_below(history: list[str]) -> tuple[list[str], list[str]]:
    """(new text, history) of a reply written below the text it quotes: an attribution, its
    "> " lines, then lines of its own (bottom-posting); the new text ends where another
    quoted message starts. ([], history) when the attribution's text is not marked so."""
    head = _piece_head(history, 0) if history else 0
    if head == 0 or _FROM_LINE.match(history[0].strip()):
        return [], history
    marked = head
    while marked < len(history) and not history[marked].strip():
        marked += 1
    if marked == len(history) or not history[marked].lstrip().startswith(">"):
        return [], history
    while marked < len(history) and (
        history[marked].lstrip().startswith(">") or not history[marked].strip()
    ):
        marked += 1
    end = marked
    while end < len(history) and not (
        _SEPARATOR.match(history[end].strip()) or _piece_head(history, end)
    ):
        end += 1
    below = history[marked:end]
    own, _signature = _split_signature(below, may_have_footer=True)
    written = " ".join(line.strip() for line in own).strip()
    if not written or (len(written) < _FOOTER_ROOM and _FOOTER_WORDS_BELOW.search(written)):
        return [], history  # only a signature, a disclaimer or a list's footer below the quote
    return below, [*history[:marked], *history[end:]]


_FOOTER_ROOM = 400
_FOOTER_WORDS_BELOW = re.compile(
    r"\b(?:this (?:e-?mail|message)|confidential|disclaimer|nothing in this|unsubscribe"
    r"|vertraulich|confidentiel|confidencial|book (?:a )?(?:time|meeting|call) with me|calendly"
    r"|you are receiving|you're receiving|sie erhalten diese|vous recevez|recibes este"
    r"|abmelden|désinscri|darse de baja)",
    re.IGNORECASE,
)


# A sign-off line (as _SIGN_OFF reads one) found from the newline before it: re then skips from
# one line to the next instead of trying every position.
# (not with a name after it: "Thanks, Sam" opens a message as often as it closes one)
_SIGN_OFF_LINE = re.compile(
    r"\n[^\S\n]*" + _SIGN_OFF_TEXT + r"[^\S\n]*[,.!]?[^\S\n]*(?=\n|\Z)", re.IGNORECASE
)


def before_sign_off(text: str) -> str:
    """The text above its first sign-off line ("Best regards,", "Viele Grüße"), where a
    message says its news; all of it when no line signs it off after some text."""
    found = _SIGN_OFF_LINE.search(text)
    return text[: found.start()] if found else text


_QUOTE_MARKS = re.compile(r"^[^\S\n]*(?:>[^\S\n]?)+")
MAX_QUOTED_PIECES = 4


def quoted_pieces(quoted: str) -> list[tuple[str, str]]:
    """The messages a quoted history holds, newest first: (the line that introduces one, an
    attribution or an Outlook "From:" line, "" for text quoted without one; its text with its
    quote marks, nested or not, removed). At most MAX_QUOTED_PIECES; best effort."""
    lines = [_QUOTE_MARKS.sub("", line) for line in quoted.replace("\r\n", "\n").split("\n")]
    pieces: list[tuple[str, list[str]]] = [("", [])]
    index = 0
    while index < len(lines) and len(pieces) <= MAX_QUOTED_PIECES:
        line = lines[index].strip()
        if _SEPARATOR.match(line) or _ANY_RULE.match(line):
            index += 1
            continue
        head = _piece_head(lines, index)
        if head:
            # who wrote it: the attribution, or only the "From:" line of a header block
            shown = 1 if _FROM_LINE.match(line) else head
            pieces.append((" ".join(part.strip() for part in lines[index : index + shown]), []))
            index += head
            continue
        pieces[-1][1].append(lines[index])
        index += 1
    found = [(head, _strip_block(body)) for head, body in pieces]
    return [(head, text) for head, text in found if text][:MAX_QUOTED_PIECES]


def _piece_head(lines: list[str], index: int) -> int:
    """How many lines introduce a quoted message at `index`: an attribution (up to three
    lines) or an Outlook header block (its "From:" line and the header lines that follow);
    0 when none starts there."""
    stripped = lines[index].strip()
    if _ATTRIBUTION_START.match(stripped) and _is_attribution(lines, index):
        return next(
            n
            for n in range(1, 4)
            if _ATTRIBUTION_END.search(" ".join(line.strip() for line in lines[index : index + n]))
        )
    if _FROM_LINE.match(stripped) and _header_block_follows(lines, index):
        count = 1
        while index + count < len(lines) and _SENT_LINE.match(lines[index + count].strip()):
            count += 1
        return count
    return 0


def _strip_block(lines: list[str]) -> str:
    text = "\n".join(map(str.rstrip, lines))
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def _quote_start(lines: list[str], text: str) -> int:
    """Index of the first line of quoted history (an attribution or header block), or len.
    `text` is the lines joined by "\n"."""
    for index in _candidates(_QUOTE_CANDIDATE, text):
        stripped = lines[index].strip()
        if _SEPARATOR.match(stripped) or _is_attribution(lines, index):
            return index
        if _FROM_LINE.match(stripped) and _header_block_follows(lines, index):
            return index
    return len(lines)


def _candidates(pattern: re.Pattern[str], text: str) -> Iterator[int]:
    """The indexes, in order, of the lines of `text` (split on "\n") that `pattern` matches at
    its "\n" (it matches no other line break): a search that starts with a literal, which sre
    finds with a fast scan, instead of regex calls on every line."""
    lines = "\n" + text
    index, counted = 0, 0
    for found in pattern.finditer(lines):
        index += lines.count("\n", counted, found.start())
        counted = found.start()
        yield index


def _with_rule_above(lines: list[str], cut: int) -> int:
    """Move the cut above a rule line (Outlook's "____" before "From:") just over it."""
    if cut >= len(lines):
        return cut
    above = cut - 1
    while above >= 0 and not lines[above].strip():
        above -= 1
    return above if above >= 0 and _ANY_RULE.match(lines[above].strip()) else cut


def _is_attribution(lines: list[str], index: int) -> bool:
    """ "On <date>, <name> wrote:", possibly wrapped over up to three lines."""
    if not _ATTRIBUTION_START.match(lines[index].strip()):
        return False
    joined = ""
    for line in lines[index : index + 3]:
        joined = f"{joined} {line.strip()}"
        if len(joined) >= MAX_ATTRIBUTION:  # longer is no attribution: never search it
            return False
        if _ATTRIBUTION_END.search(joined):
            return True
    return False


def _header_block_follows(lines: list[str], index: int) -> bool:
    following = [line.strip() for line in lines[index + 1 : index + 6] if line.strip()]
    return sum(1 for line in following[:4] if _SENT_LINE.match(line)) >= 2


def _may_have_footer(text: str) -> bool:
    """False when no line can be "-- ", a mobile footer or a rule (no search line by line)."""
    lowered = text.lower()
    return "--" in text or "_" * 30 in text or any(map(lowered.__contains__, _FOOTER_WORDS))


def _split_signature(lines: list[str], may_have_footer: bool) -> tuple[list[str], list[str]]:
    """Cut at "-- ", a mobile footer or a long rule of underscores, then at a sign-off."""
    cut = _footer_start(lines) if may_have_footer else len(lines)
    own, closing = _split_sign_off(lines[:cut])
    return own, [*closing, *lines[cut:]]


def _footer_start(lines: list[str]) -> int:
    for index in _candidates(_FOOTER_CANDIDATE, "\n".join(lines)):
        stripped = lines[index].strip()
        if stripped == "--" or _MOBILE_FOOTER.match(stripped) or _RULE.match(stripped):
            return index
    return len(lines)


def _split_sign_off(lines: list[str]) -> tuple[list[str], list[str]]:
    """Cut at a closing such as "Best regards," followed only by a few short lines."""
    last = _last_filled(lines, _SIGNATURE_ROOM + 1)
    for position, index in enumerate(last):
        if len(lines[index]) > MAX_SIGN_OFF or not _SIGN_OFF.match(lines[index].strip()):
            continue
        after = _before_disclaimer([lines[i] for i in last[position + 1 :]])
        # text before it: an earlier filled line among the last ones, or any before them
        has_text_before = position > 0 or bool("".join(lines[:index]).strip())
        if all(len(line.strip()) <= 80 for line in after) and has_text_before:
            return lines[:index], lines[index:]
    return lines, []


# A legal footer's line, which may be long: "This email is confidential...", "AVISO DE
# CONFIDENCIALIDAD", "Sitz der Gesellschaft", "Amtsgericht ... HRB".
# (a footer's first words, at its line's start: not "please keep the figure confidential")
_DISCLAIMER = re.compile(
    r"\s*(?:(?:this|the information in this|the contents of this) (?:e-?mail|message|"
    r"communication)\b[^\n]{0,80}\b(?:confidential|privileged|intended)|confidentiality"
    r" (?:notice|note)|(?:legal )?disclaimer|aviso (?:de confidencialidad|legal)|este (?:mensaje"
    r"|correo)\b[^\n]{0,60}\bconfidencial|ce (?:message|courriel)\b[^\n]{0,60}\bconfidenti"
    r"|diese (?:e-?mail|nachricht)\b[^\n]{0,60}\bvertraulich|sitz der gesellschaft|amtsgericht"
    r"|registered (?:office|in (?:england|scotland|ireland))|mentions légales"
    r"|[^\n]{0,60}\b(?:plc|ltd|limited|llp|inc|gmbh|ag|s\.?a\.?s?|s\.?l\.?) (?:is|are)"
    r" (?:registered|incorporated|authori[sz]ed) (?:in|by)\b"
    r"|this (?:mailbox|inbox|address) is not monitored)",
    re.IGNORECASE,
)


def _before_disclaimer(lines: list[str]) -> list[str]:
    """The filled lines after a sign-off up to a legal footer's first line."""
    for index, line in enumerate(lines):
        if _DISCLAIMER.match(line):
            return lines[:index]
    return lines


def _last_filled(lines: list[str], count: int) -> list[int]:
    """The indexes of the last `count` lines that are not blank, in order: looked for from the
    end, among all lines at once if the last few dozen do not hold them."""
    found: list[int] = []
    for index in range(len(lines) - 1, max(-1, len(lines) - 1 - _TAIL_LOOKED_AT), -1):
        if lines[index].strip():
            found.append(index)
            if len(found) == count:
                return found[::-1]
    if len(lines) <= _TAIL_LOOKED_AT:
        return found[::-1]
    return [index for index, line in enumerate(lines) if line.strip()][-count:]
