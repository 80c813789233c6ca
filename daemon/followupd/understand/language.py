"""Which language a writer's own words are in: English, German, French or Spanish.

Counted by function words (articles, pronouns, prepositions, auxiliaries), which every text
has whatever its subject and which the four languages barely share; deterministic, no
model file, no network. A text too short or too mixed to tell gives "".
"""

from __future__ import annotations

import re
from collections import Counter

MAX_CHARS = 4000  # the top of a message says it; footers (often English) come last
MIN_HITS = 4
MARGIN = 1.5  # the winner needs this many times the runner-up's count


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and you your for with that this are have will we our be to of is it as at on"
        " not from would please thank thanks been has can if an or"
    ),
    "de": _words(
        "der die das und sie ihre ihnen wir uns für mit ist sind nicht ein eine einen dem den"
        " des zu von bei auf auch wird werden haben hat ich mich dich dir du vielen dank"
        " gerne freundlichen grüßen"
    ),
    "fr": _words(
        "le la les et vous votre vos nous pour avec est sont pas une des du au aux dans sur"
        " que qui ce cette être avons avez je merci bien cordialement madame monsieur"
        " bonjour"
    ),
    "es": _words(
        "el la los las y usted tu su sus nosotros para con es son no una unos del al en que"
        " por este esta estamos hemos gracias saludos hola muy te le"
    ),
}
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Words of one language that the others' lists would also take: they count for none.
_SHARED = frozenset(w for a in _WORDS for b in _WORDS if a < b for w in _WORDS[a] & _WORDS[b])
# Each word of one language's list alone, with its language (one lookup per token).
_LANGUAGE_OF = {w: language for language, words in _WORDS.items() for w in words - _SHARED}


def detect_language(text: str) -> str:
    """ "en", "de", "fr", "es", or "" when the text does not say clearly."""
    tokens = _TOKEN.findall(text[:MAX_CHARS].lower())
    counts = Counter(filter(None, map(_LANGUAGE_OF.get, tokens)))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return ""
    if len(ranked) > 1 and ranked[0][1] < MARGIN * ranked[1][1]:
        return ""
    return ranked[0][0]
