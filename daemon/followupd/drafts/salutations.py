"""The salutation of a draft: by the user's convention, in the draft's language and tone.

Conventions (`[drafts] salutation`), each as careful writers of that language use it:

- "first_name": "Dear Dana," / "Hi Dana,"; "Hallo Anna," ("Liebe Anna," when the mail gives a
  gender); "Bonjour Claire,"; "Estimada Lucía:" (with a gender) / "Buenos días, Lucía:" /
  "Hola, Lucía:".
- "full_name": "Dear Dana Lee,"; "Guten Tag Anna Weber,"; "Bonjour Claire Dubois,";
  "Buenos días, Lucía García:".
- "title": the title and surname, where the mail gives a title or a gender (an honorific or
  pronouns in a display name): "Dear Ms. Lee," ("Ms Lee" in British English), "Dear Dr. Lee,";
  "Sehr geehrte Frau Dr. Weber,"; "Bonjour Madame Dubois,"; "Estimada Sra. García López:".
  Where the mail gives none, the language's own convention ("auto").
- "auto", the default: English uses the first name (what interviewers sign with; "Dear Dana
  Lee," reads like a mail merge). German uses the title and surname where the mail gives a
  gender, else the neutral "Guten Tag Anna Weber," that DIN 5008 recommends when it is not
  known. French likewise ("Bonjour Madame Dubois," / "Bonjour Claire Dubois,"), and the first
  name in the friendly tone. Spanish uses the first name, with "Estimado/a" only when the mail
  gives the gender.

Punctuation follows each language: English, German and French close with a comma (a German
letter then goes on in lowercase: the templates do), Spanish with a colon. With no name:
"Dear Acme Analytics team," / "Hello,"; "Guten Tag," / "Hallo,"; "Madame, Monsieur," /
"Bonjour,"; "Buenos días:" / "Hola:".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from babel import Locale

from followupd.drafts.locale import join_names
from followupd.drafts.names import Name

_NO_PERIOD = frozenset({"GB", "IE", "AU", "NZ", "ZA"})  # "Ms Lee", "Dr Lee"
_EN_HONORIFIC = {"f": "Ms.", "m": "Mr."}
_DE_HONORIFIC = {"f": ("Sehr geehrte", "Frau"), "m": ("Sehr geehrter", "Herr")}
_FR_HONORIFIC = {"f": "Madame", "m": "Monsieur"}
_ES_HONORIFIC = {"f": ("Estimada", "Sra."), "m": ("Estimado", "Sr.")}
_ES_DEAR = {"f": "Estimada", "m": "Estimado"}


def salutation(
    names: Sequence[Name],
    *,
    language: str,
    tone: str,
    convention: str,
    locale: Locale,
    company: str = "",
) -> str:
    friendly = tone == "friendly"
    writer = _WRITERS.get(language, _english)
    if not names:
        return writer(None, friendly, "", locale, company)
    if len(names) > 1:
        joined = join_names([n.given if friendly else n.full for n in names], locale)
        hello, dear, end = _SEVERAL.get(language, _SEVERAL["en"])
        return f"{hello if friendly else dear} {joined}{end}"
    return writer(names[0], friendly, convention, locale, company)


# Several people at once (rare: drafts go to one person): each language's neutral greeting.
_SEVERAL = {
    "en": ("Hi", "Dear", ","),
    "de": ("Hallo", "Guten Tag", ","),
    "fr": ("Bonjour", "Bonjour", ","),
    "es": ("Hola,", "Buenos días,", ":"),
}


Writer = Callable[[Name | None, bool, str, Locale, str], str]


def _titled(name: Name) -> bool:
    return bool(name.gender or name.academic)


def _english(
    name: Name | None, friendly: bool, convention: str, locale: Locale, company: str
) -> str:
    if name is None:
        if friendly or not company:
            return "Hello,"
        return f"Dear {company} team,"
    if convention == "title" and _titled(name):
        title = name.academic.split()[0] if name.academic else _EN_HONORIFIC[name.gender]
        if locale.territory in _NO_PERIOD:
            title = title.rstrip(".")
        return f"{'Hello' if friendly else 'Dear'} {title} {name.surname()},"
    if convention == "full_name":
        return f"{'Hello' if friendly else 'Dear'} {name.full},"
    return f"{'Hi' if friendly else 'Dear'} {name.given},"


def _german(
    name: Name | None, friendly: bool, convention: str, locale: Locale, company: str
) -> str:
    if name is None:
        return "Hallo," if friendly else "Guten Tag,"
    academic = f"{name.academic} " if name.academic else ""
    if convention in {"auto", "title"} and name.gender:
        dear, title = _DE_HONORIFIC[name.gender]
        opening = "Hallo" if friendly else dear
        return f"{opening} {title} {academic}{name.surname('de')},"
    if convention == "first_name":
        if name.gender and not friendly:
            return f"{'Liebe' if name.gender == 'f' else 'Lieber'} {name.given},"
        return f"Hallo {name.given},"
    return f"{'Hallo' if friendly else 'Guten Tag'} {academic}{name.full},"


def _french(
    name: Name | None, friendly: bool, convention: str, locale: Locale, company: str
) -> str:
    if name is None:
        return "Bonjour," if friendly else "Madame, Monsieur,"
    wants_title = convention == "title" or (convention == "auto" and not friendly)
    if wants_title and name.gender:
        return f"Bonjour {_FR_HONORIFIC[name.gender]} {name.surname('fr')},"
    if convention == "first_name" or (convention in {"auto", "title"} and friendly):
        return f"Bonjour {name.given},"
    return f"Bonjour {name.full},"


def _spanish(
    name: Name | None, friendly: bool, convention: str, locale: Locale, company: str
) -> str:
    if name is None:
        return "Hola:" if friendly else "Buenos días:"
    if convention == "title" and name.gender:
        dear, title = _ES_HONORIFIC[name.gender]
        if name.academic:
            title = "Dra." if name.gender == "f" else "Dr."
        return f"{'Hola,' if friendly else dear} {title} {name.surname('es')}:"
    shown = name.full if convention == "full_name" else name.given
    if friendly:
        return f"Hola, {shown}:"
    if name.gender and convention != "full_name":
        return f"{_ES_DEAR[name.gender]} {shown}:"
    return f"Buenos días, {shown}:"


_WRITERS: dict[str, Writer] = {"en": _english, "de": _german, "fr": _french, "es": _spanish}
