"""What the user writes that the processes must know: withdrawing from a hiring process.

Same conventions as common.py. Read only in the user's own new text (never employer mail,
never quoted history): "I'd like to withdraw my application", "I have accepted another
offer", "please remove me from the process", and German, French and Spanish equivalents.
Accepting *this* employer's offer is not a withdrawal, so offers need "another"/"elsewhere".
"""

from __future__ import annotations

from followupd.understand.phrases.common import QUESTION

_PROCESS = (
    r"(?:process|consideration|search|running|recruitment|recruiting process|selection process"
    r"|interview process|hiring process|candidate pool|pipeline|role|position|opportunity)"
)
_ELSEWHERE = r"(?:elsewhere|at another|with another|from another|at a different|with a different)"

WITHDRAWAL = (
    r"\bwithdraw(?:ing|n)? (?:my|myself|me)\b",
    r"\bwithdraw(?:ing)? from (?:the |your |this |further )?" + _PROCESS,
    r"\bwithdrawal of my (?:application|candidacy|candidature)\b",
    r"\b(?:no longer|not) (?:wish|want|like|looking) to be considered\b",
    r"\bno longer (?:interested in|pursuing|available for) (?:the|this|your) (?:[\w-]+ ){0,3}"
    r"(?:role|position|opportunity|job|process)\b",
    r"\baccepted (?:an? )?(?:another|other|different|new) (?:offer|position|role|job)\b",
    r"\baccepted an? (?:offer|position|role|job) " + _ELSEWHERE,
    r"\bremove (?:me|my (?:application|candidacy|name)) from (?:the |your |this |further )?"
    + _PROCESS,
    r"\bpull(?:ing)? (?:myself |my application |my name )?out of (?:the |your |this )?" + _PROCESS,
    r"\bmeine bewerbung\b[^\n]{0,60}\bzur(?:ü|ue)ck(?:ziehen|zuziehen|ziehe|gezogen)\b"
    r"|\bziehe (?:ich )?meine bewerbung\b[^\n]{0,60}\bzur(?:ü|ue)ck\b",
    r"\b(?:ein )?anderes? (?:angebot|stellenangebot|jobangebot|position) angenommen\b",
    r"\bretir(?:er|e) ma candidature\b|\bje me retire\b|\bme d(?:é|e)sister\b"
    r"|\baccept(?:é|e) une autre (?:offre|proposition|poste)\b",
    r"\bretir(?:ar|o) mi (?:candidatura|solicitud|postulaci(?:ó|o)n)\b"
    r"|\baceptado otra (?:oferta|propuesta)\b|\bdeclinar mi (?:candidatura|participaci(?:ó|o)n)\b",
)
WITHDRAWAL_UNLESS = (
    *QUESTION,
    r"\b(?:not|don't|do not|never|won't|will not)(?: want to| wish to| intend to| plan to)? "
    r"withdraw\b",
    r"\bif i\b|\bwhether\b|\bin case\b|\bshould i\b|\bmay have to\b|\bmight\b",
)
