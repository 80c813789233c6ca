"""People written by name, without an address: "Rafael Ortiz (Head of Data) and Ines Carvalho,
Staff Engineer", "our Head of Engineering, Marco Bellini", "Dr. Jana Weber, Teamleitung".

A name is two to four capitalised words (particles such as "de", "van", "von" between them, an
honorific before), none of which is a job-title word, a session word ("Coding", "Fachgespräch"),
a weekday, a month, a tool or a place: so "System Design", "People Partner", "Google Meet" and
"Eastern Time" are not people. A job title is a short phrase holding a job-title word; written
after a name (in brackets, or after a comma) it is that person's, written before one ("the
hiring manager, Marco Bellini") it is the next person's. Reading stops at the first piece that
is neither ("45 minutes each", "on Thursday").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"  # Latin Extended-A in both: "Aydın", "Łukasz", "Šimić"
_WORD = rf"(?:[{_UPPER}]['’][{_UPPER}][{_LOWER}]+|[{_UPPER}][{_LOWER}'’]+|[{_UPPER}]\.)"
_PART = rf"{_WORD}(?:-{_WORD}|-[{_LOWER}]+)*"
_PARTICLE = (
    r"(?:de|da|das|do|dos|del|della|di|du|la|le|van|von|der|den|ten|ter|zu|y|bin|al|Ó|Ní|Uí)"
)
HONORIFIC = (
    r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Mme|Mlle|M|Monsieur|Madame|Sr|Sra|Srta|Señor|Señora"
    r"|Dña|Dª|Herr|Frau|Herrn|Mag|DI|Dipl\.-Ing|Ing)\.?"
)
_FULL_NAME = rf"{_PART}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_PART}){{1,3}}"
# A full name (an honorific may come first), or an honorific and a surname ("Frau Zbinden").
NAME = rf"(?:(?:{HONORIFIC}\s+){{1,2}})?{_FULL_NAME}|(?:{HONORIFIC}\s+){{1,2}}{_PART}"
_NAME_START = re.compile(NAME)

# Words of job titles, in the four languages: a phrase holding one is a title, not a name.
_TITLE_WORDS = (
    r"engineer\w*|manager\w*|director\w*|head|lead|leads|leader\w*|vp|svp|evp|vice|president"
    r"|cto|ceo|cfo|coo|cpo|cio|ciso|founder|co-founder|cofounder|partner|recruit\w*|talent"
    r"|coordinat\w*|scientist|designer|developer|analyst|architect|product|owner|officer"
    r"|principal|staff|senior|sr|junior|jr|chief|hr|people|operations|ops|specialist"
    r"|consultant|programmer|researcher|administrator|executive|assistant|associate|team"
    r"|hiring|member|representative|advisor|strategist|sourcer|scheduler|marketing|sales"
    r"|finance|engineering|data|design|research|legal|recruiting|acquisition|business|tech"
    r"|teamleitung|teamleiter\w*|leiter\w*|leitung|geschäftsführ\w*|personal\w*|entwickl\w*"
    r"|ingenieur\w*|fachbereich\w*|abteilung\w*|bereichsleit\w*|gründer\w*|referent\w*"
    r"|sachbearbeit\w*|vorstand|inhaber\w*|recruiterin|fachkraft|\w+leiter\w*|\w+leitung"
    r"|\w+entwickler\w*|\w+ingenieur\w*|\w+referent\w*|\w+berater\w*|\w*manager\w*"
    r"|responsable|directeur\w*|directrice|drh|rh|chef\w*|chargée?|ingénieur\w*"
    r"|développeu\w*|associée?|gérante?|fondat\w*|cofondat\w*|manageuse|équipe|responsables"
    r"|director[ae]s?|jef[ae]|gerente|desarrollador\w*|ingenier[oa]s?|coordinador\w*"
    r"|reclutador\w*|fundador\w*|socio|socia|analista|diseñador\w*|técnic[oa]|equipo|rrhh"
    r"|líder|lider|jefatura|subdirect\w*|sous-direct\w*|vicedirect\w*|direktor\w*|adjoint\w*"
    r"|stellvertret\w*"
    # departments, written after a title ("Director, Network Planning")
    r"|planning|network|logistics|procurement|purchasing|supply|treasury|controlling|risk"
    r"|compliance|audit|accounting|strategy|quality|safety|infrastructure|facilities"
    r"|communications|partnerships|transportation|customer|support|services|development"
    r"|administration|innovation|it"
)
# Words that name what a session is about: "System Design | Ana Ruiz" holds one name.
_TOPIC_WORDS = (
    r"design|coding|code|system|systems|interview\w*|chat|lunch|break|presentation|review"
    r"|culture|values|technical|technique|behaviou?ral|case|study|deep|dive|architecture"
    r"|pairing|pair|exercise|welcome|wrap|wrap-up|intro|introduction|q&a|screen|screening"
    r"|conversation|session|panel|tour|debrief|discussion|meeting|assessment|test|challenge"
    r"|portfolio|whiteboard|call|onsite|round|problem|solving|leadership|collaboration"
    r"|gespräch\w*|fachgespräch\w*|kennenlernen|mittag\w*|pause|vorstellung\w*|präsentation"
    r"|fallstudie|abschluss\w*|führung|rundgang|austausch|entretien\w*|échange\w*|déjeuner"
    r"|présentation|étude|cas|visite|technique|entrevista\w*|charla|almuerzo|comida|pausa"
    r"|presentación|prueba|caso|reunión|conversación|técnica|cultura|visita|bienvenida"
)
# Capitalised words that begin sentences or name days, months, tools and places.
_NOT_NAME_WORDS = (
    r"the|our|your|my|a|an|this|that|these|please|thanks|thank|best|regards|looking|we|i|you"
    r"|he|she|they|it|and|or|with|for|from|on|at|in|to|of|if|as|so|then|also|all|both|each"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|june|july|august|september|october|november|december|montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag|januar|februar|märz|juni|juli|oktober|dezember"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril"
    r"|juin|juillet|août|septembre|octobre|novembre|décembre|lunes|martes|miércoles|jueves"
    r"|viernes|sábado|domingo|enero|febrero|marzo|abril|junio|julio|agosto|septiembre"
    r"|octubre|noviembre|diciembre|google|microsoft|zoom|teams|meet|webex|skype|hangouts"
    r"|slack|video|phone|eastern|pacific|central|mountain|time|standard|daylight|new|york"
    r"|london|paris|berlin|madrid|office|room|building|floor|suite|street|avenue|hq|campus"
    r"|sie|ihr|ihre|unser|unsere|vous|votre|notre|nous|usted|su|nuestro|nuestra|der|die|das"
    r"|les|el|los|las|un|une|una|ein|eine|bonjour|hola|hallo|hi|hello|dear|liebe"
    r"|lieber|estimad[oa]|cher|chère|saludos|cordialement|grüße|vielen|dank|danke|merci"
    r"|gracias|herzliche|freundliche|beste|mit|link|agenda|itinerary"
    r"|schedule|programme|program|location|address|parking|reception|lobby|virtual|remote"
)
# (lowercase patterns, run on lowercased text: several times faster than IGNORECASE)
_TITLE = re.compile(rf"(?<![\w-])(?:{_TITLE_WORDS})(?![\w-])")
_TOPIC = re.compile(rf"(?<![\w-])(?:{_TOPIC_WORDS})(?![\w-])")
_NOT_NAME = re.compile(rf"(?:{_NOT_NAME_WORDS})")
_HONORIFIC_WORD = re.compile(rf"^{HONORIFIC}$")
_HONORIFIC_ANY_CASE = re.compile(rf"^{HONORIFIC}$", re.IGNORECASE)
_CAPITALISED = re.compile(rf"(?<![\w'’-])[{_UPPER}]")
# Pieces of a list: commas, semicolons, "and" in four languages, bars and spaced dashes.
_SEPARATOR = re.compile(
    r"\s*(?:[,;|/]|\band\b|&|\bund\b|\bsowie\b|\bet\b|\by\b|\be\b|\bas well as\b"
    r"|\bplus\b|\s[–—-]\s)\s*",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    r"^(?:(?:the|our|your|a|an|unser\w*|ihr\w*|der|die|den|dem|notre|nos|votre|le|la|l'|les"
    r"|un|une|nuestr[oa]s?|el|los|las|su|sus|una?|by|with|par|avec|mit|von|por|con|de)\s+)+",
    re.IGNORECASE,
)
_ME = re.compile(r"^(?:me|myself|mir|mich|moi|moi-même|mí|conmigo|i)$", re.IGNORECASE)
_PAREN = re.compile(r"\(([^()]{0,120})\)")
_VENUE = re.compile(r"\b(?:zoom|teams|meet|video|phone|room|salle|sala|raum|onsite|remote)\b", re.I)
MAX_PEOPLE = 12
MAX_TITLE = 80
# (compiled once: these run for every piece of every list of names)
_DIGIT_OR_AT = re.compile(r"\d|@")
_A_TO_Z_RUN = re.compile(r"[a-z]+")
_UPPER_START = re.compile(f"[{_UPPER}]")


@dataclass(frozen=True, slots=True)
class Named:
    """A person written by name: the name as written, their job title ("" when none)."""

    name: str
    job_title: str = ""
    address: str = ""  # when the text writes it beside the name


def is_name(text: str, foreign: frozenset[str] = frozenset()) -> bool:
    """Whether `text`, whole, reads as a person's name (`foreign`: words that are not names
    here, such as the company's)."""
    text = text.strip()
    if not _NAME_START.fullmatch(text):
        return False
    words = [w for w in text.split() if not _HONORIFIC_WORD.match(w)]  # (text is stripped)
    titled = len(words) < len(text.split())
    if sum(len(w.rstrip(".")) > 1 for w in words) < (1 if titled else 2):
        return False
    words = [w for word in words for w in word.split("-")]
    for word in words:
        bare = word.strip(".'’").lower()
        if _TITLE.fullmatch(bare) or _TOPIC.fullmatch(bare) or _NOT_NAME.fullmatch(bare):
            return False
        if bare in foreign:
            return False
    return True


def is_title(text: str) -> bool:
    """A short phrase holding a job-title word, without digits ("Head of Data", "Teamleitung")."""
    text = _ARTICLE.sub("", text.strip())
    words = text.split()
    return (
        0 < len(words) <= 8 and not _DIGIT_OR_AT.search(text) and bool(_TITLE.search(text.lower()))
    )


def is_topic(text: str) -> bool:
    return bool(_TOPIC.search(text.lower()))


def people_in(text: str, foreign: frozenset[str] = frozenset()) -> list[Named]:
    """The people a list names, in order, each with the job title written beside them; the
    list ends at the first piece that is neither a name nor a title."""
    found: list[Named] = []
    pending = ""  # a title written before its name
    for piece in _pieces(text):
        if not piece or _ME.match(piece):
            continue
        last = found[-1] if found else None
        bare = _bare(piece)
        address = _address_in(piece)
        titled = is_title(_without(bare, address))
        follows = last is not None and not last.job_title and not pending
        named = (
            None
            if (follows and titled) or _theirs(address, last)
            else _named_piece(piece, foreign, pending)
        )
        if named is not None:
            found.append(named)
            pending = ""
        elif last is not None and (
            (address and not last.address) or (titled and follows) or _theirs(address, last)
        ):
            found[-1] = _described(last, piece)
        elif titled:
            pending = clean_title(_ARTICLE.sub("", bare))
        else:
            break
        if len(found) >= MAX_PEOPLE:
            break
    return found


def _theirs(address: str, person: Named | None) -> bool:
    """Whether `address` spells the name of `person`, who has none yet: the piece it is in
    ends their title ("Lucía Méndez, Jefa de Compras y Logística (lucia.mendez@...)")."""
    if not address or person is None or person.address:
        return False
    local = "".join(_words(address.partition("@")[0]))
    words = [w for w in _words(person.name) if len(w) >= 3]
    return len(words) >= 2 and sum(w in local for w in words) >= 2


def _bare(piece: str) -> str:
    """The piece without its brackets."""
    return _PAREN.sub("", piece).strip()


def _address_in(piece: str) -> str:
    return next((w.strip("<>()[],;:.'\"").lower() for w in piece.split() if "@" in w), "")


def _without(text: str, address: str) -> str:
    return re.sub(re.escape(address), "", text, flags=re.IGNORECASE) if address else text


def _described(person: Named, piece: str) -> Named:
    """`person` with the title and address `piece` gives them (what they had stays)."""
    address = _address_in(piece)
    bare = _PAREN.sub(" ", _without(piece, address)).strip()
    title = person.job_title or (clean_title(_ARTICLE.sub("", bare)) if is_title(bare) else "")
    return Named(person.name, title, person.address or address)


def _pieces(text: str) -> list[str]:
    """`text` split at list separators, brackets kept whole ("Ines (Staff Engineer, Data)")."""
    held: list[str] = []

    def hold(match: re.Match[str]) -> str:
        held.append(match.group(1))
        return f"\x00{len(held) - 1}\x00"

    text = text[:600]
    masked = _PAREN.sub(hold, text) if "(" in text else text
    pieces = _SEPARATOR.split(masked)
    if not held:
        return [p.strip() for p in pieces]
    return [
        re.sub(r"\x00(\d+)\x00", lambda m: f"({held[int(m.group(1))]})", p).strip() for p in pieces
    ]


def _named_piece(piece: str, foreign: frozenset[str], pending: str) -> Named | None:
    """A piece that starts with a name ("Ines Carvalho (Staff Engineer)", "Ana Ruiz from the
    data team"), or is a title then a name ("Staff Engineer Ines Carvalho")."""
    bracket = _PAREN.search(piece)
    inside = bracket.group(1) if bracket else ""
    head = piece[: bracket.start()] if bracket else piece
    head = _ARTICLE.sub("", head.strip(" :.-–—\t"))
    if len(_CAPITALISED.findall(head)) < 2:
        return None  # a name has two capitalised words (an honorific counts): nothing to try
    found = _name_at_end(head, foreign) or _name_at_start(head, foreign)
    if found is None:
        return None
    name, before = found
    address = next((w.strip("<>,;") for w in inside.split() if "@" in w), "")
    title = inside if inside and not address and is_title(inside) else ""
    if not title and address:
        rest = inside.replace(address, "")
        title = rest if is_title(rest) else ""
    title = title or (before if is_title(before) else "") or pending
    return Named(name, clean_title(title), address.lower())


def _name_at_start(head: str, foreign: frozenset[str]) -> tuple[str, str] | None:
    """ "Ana Ruiz from the data team", "Ana Ruiz Engineering Manager": a name, then words
    that are not one (lowercase, or a job title, which is returned)."""
    match = _NAME_START.match(head)
    words = match.group(0).split() if match else []
    while len(words) >= 2:
        candidate = " ".join(words)
        rest = head[len(candidate) :].strip()
        if is_name(candidate, foreign):
            if not _UPPER_START.match(rest):
                return candidate, ""
            if is_title(rest):
                return candidate, rest
        words = words[:-1]
    return None


def _name_at_end(head: str, foreign: frozenset[str]) -> tuple[str, str] | None:
    """ "Staff Engineer Ines Carvalho": the name after a title."""
    words = head.split()
    for cut in range(1, len(words) - 1):
        before, candidate = " ".join(words[:cut]), " ".join(words[cut:])
        if is_title(before) and is_name(candidate, foreign):
            return candidate, before
    if is_name(head, foreign):
        return head, ""
    return None


def clean_title(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:.-–—|()")
    return "" if _VENUE.fullmatch(text) else text[:MAX_TITLE]


_HONORIFIC_KEYS = frozenset(
    {"dr", "prof", "professor", "mr", "mrs", "ms", "mx", "mme", "mlle", "m", "monsieur"}
    | {"madame", "sr", "sra", "srta", "senor", "senora", "dna", "herr", "frau", "herrn"}
    | {"mag", "di", "dipl", "ing"}
)


def _words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return [w for w in _A_TO_Z_RUN.findall(plain) if w not in _HONORIFIC_KEYS]


def given_name(name: str) -> str:
    """ "Amandine Roy" -> "Amandine"; "Weber, Anna" -> "Anna"; "Dr. Elif Yilmaz" -> "Elif"."""
    if "," in name:
        name = name.split(",", 1)[1]
    words = [w for w in name.split() if not _HONORIFIC_ANY_CASE.match(w)]
    return words[0] if words else ""


def name_key(name: str) -> str:
    """The name compared: accents, case, honorifics and punctuation gone, words sorted ("Lee,
    Dana" and "Dr. Dana Lee" are one person)."""
    return " ".join(sorted(_words(name)))


def same_person(one: str, other: str) -> bool:
    """Two written names of one person: the same words, the same first and last word ("Dana
    Lee", "Dana J. Lee"), or a surname after an honorific ("Frau Zbinden", "Corinne Zbinden")."""
    a, b = _words(one), _words(other)
    if not a or not b:
        return False
    if sorted(a) == sorted(b):
        return True
    if len(a) == 1 or len(b) == 1:
        single, full = (a, b) if len(a) == 1 else (b, a)
        return len(full) >= 2 and single[0] == full[-1] and len(single[0]) > 2
    return (a[0], a[-1]) == (b[0], b[-1])
