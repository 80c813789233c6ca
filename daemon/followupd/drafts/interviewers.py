"""Who a draft names besides its recipients: the interviewers of the interview it follows up
on, each with their session's or job title, and the recipient's own session's title (as it
reads mid-sentence). Part of the template variables (context.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from babel import Locale

from followupd.drafts.headers import clean_text
from followupd.drafts.locale import join_names
from followupd.drafts.names import first_name, person_name
from followupd.model import Action, Person, Session

# A session "title" that is the person's job title says nothing about the conversation.
_JOB_TITLE = re.compile(
    r"\b(?:engineer|developer|manager|director|head|lead|recruiter|analyst|scientist|designer"
    r"|architect|officer|founder|partner|coordinator|specialist|consultant|vp|cto|ceo|cfo|coo"
    r"|president|leiter\w*|ingenieur\w*|entwickler\w*|responsable|directeur|directrice|chef"
    r"|jefe|jefa|ingenier[oa]|gerente|director[a]?)\b",
    re.IGNORECASE,
)
_SESSION_WORDS = re.compile(
    r"\s+(?:session|interview|conversation|round|call|chat|gespräch|interview|entretien"
    r"|échange|entrevista|sesión|charla)$",
    re.IGNORECASE,
)


def session_title(sessions: Sequence[Session], to: Sequence[Person]) -> str:
    """The title of the recipient's own session, when it names a topic (not a job title)."""
    addresses = {p.address for p in to}
    names = {person_name(p.name).lower() for p in to} - {""}
    for session in sessions:
        person = session.person
        mine = person.address in addresses or person_name(person.name).lower() in names
        title = clean_text(session.title, 80).strip(" .,:;-–—")
        if mine and title and not _JOB_TITLE.search(title):
            return _SESSION_WORDS.sub("", title) or title
    return ""


MAX_TITLE = 80


def interviewer_variables(action: Action, locale: Locale) -> dict[str, object]:
    """The interviewers a draft names who are not its recipients (thank_you_via_contact: those
    to thank through the recipient), and the recipient's own session's title."""
    named = [_interviewer(s) for s in action.named]
    named = [n for n in named if n["name"]]
    extra = dict(action.extra)
    return {
        "pass_thanks_to": named,
        "interviewer_names": join_names([n["name"] for n in named], locale),
        "interviewers_phrase": join_names([_with_title(n) for n in named], locale),
        "session_title": _mid_sentence(clean_text(extra.get("session_title", ""), MAX_TITLE)),
    }


def with_session_title(variables: dict[str, object], action: Action) -> dict[str, object]:
    """The recipient's session title: from the interview's sessions, else the draft's facts."""
    own = session_title(action.sessions, action.to)
    return {**variables, "session_title": own or variables["session_title"]}


def _mid_sentence(title: str) -> str:
    """A session's title as it reads mid-sentence: "system design" ("SQL review" stays)."""
    if title[:1].isupper() and title[1:2].islower():
        return title[0].lower() + title[1:]
    return title


def _interviewer(session: Session) -> dict[str, str]:
    name = person_name(session.person.name)
    return {
        "name": name,
        "first_name": first_name(name) if name else "",
        "session": clean_text(session.title, MAX_TITLE),
        "job_title": clean_text(session.job_title, MAX_TITLE),
    }


def _with_title(interviewer: dict[str, str]) -> str:
    """ "Rafael Ortiz (Head of Data)": the name, and the session's title or the job title."""
    title = _mid_sentence(interviewer["session"]) or interviewer["job_title"]
    return f"{interviewer['name']} ({title})" if title else interviewer["name"]
