"""English receipts and holding replies added to the shared lists (imported by en.py, which
carries them into the rule table).

Receipts: an application, a CV or a portfolio acknowledged, by an ATS or in a person's few
words; holding replies: no decision yet, a delay, the decision-maker away, news promised by a
day. Same conventions as languages.py; never the name of an employer, a product or a platform.
"""

from __future__ import annotations

ACKNOWLEDGEMENT = (
    r"\b(?:your |the )?(?:job )?(?:application|submission|resume|cv|candidacy|candidature|profile)"
    r"\b"
    r"[^\n]{0,50}\b(?:has been|was|is|have been) (?:successfully |now )?(?:received|submitted|sent"
    r"|completed|created|recorded|delivered|forwarded|passed|shared|registered|logged)\b",
    r"\b(?:successfully|you(?:'ve| have)) (?:submitted|completed|applied|sent)\b",
    r"\bthanks? (?:you )?(?:so much |very much |again )?for (?:your (?:interest|application"
    r"|submission|resume|cv|details)|applying|submitting|sending (?:your|through|over|me)|sharing "
    r"(?:your|your story)|taking the (?:time|first step) to apply|considering (?:us|a career))\b",
    r"\b(?:we|i)(?:'ll| will| are going to|'re going to| shall) (?:now |shortly |soon |carefully )?"
    r"(?:review|be reviewing|look (?:over|through|at)|assess|consider|evaluate|go through|pass)\b"
    r"[^\n]{0,30}\b(?:your|the|it)\b",
    r"\b(?:will|we'll|i'll|shall) (?:be in touch|reach out|contact you|get in touch|get back to you"
    r"|follow up|be contacting you)\b[^\n]{0,80}\b(?:if|should|in case)\b(?! not\b)",
    r"\b(?:check|track|view|monitor|follow) (?:the )?(?:status|progress) of (?:your|the)\b"
    r"|\b(?:track|view|check) your application\b|\bcandidate (?:home|portal|profile|zone|centre"
    r"|center)\b",
    r"\bapplication (?:sent|submitted|received|complete|confirmation|acknowledg\w*|is in)\b",
    r"\b(?:got|received|have) your (?:cv|resume|application|details|note|email)\b",
)
ACKNOWLEDGEMENT_UNLESS = (
    r"\bsurvey\b.{0,40}\b(?:interview|experience)\b",
    r"\beither way\b|\bone way or (?:the )?other\b|\bwhatever the outcome\b",
)

HOLDING = (
    r"\b(?:still|currently) (?:under (?:review|consideration)|being (?:reviewed|considered)|in "
    r"(?:review|the running|consideration|contention|process|progress)|on (?:the|our) shortlist)\b",
    r"\b(?:remain|remains|are still|is still|still) (?:under consideration|in (?:the running|"
    r"consideration|contention))\b",
    r"\b(?:no|not any|nothing) (?:news|update|feedback|decision)s? (?:yet|so far|as of yet|to share"
    r")\b",
    r"\b(?:waiting|waiting on|waiting for|awaiting|chasing) (?:final )?(?:sign-?off|approval|feedba"
    r"ck"
    r"|budget|headcount|the (?:team|client|hiring manager|panel|committee|board|partners?))\b",
    r"\b(?:hiring manager|team|client|panel|committee|decision-?makers?|partners?|board)\b[^\n]"
    r"{0,60}"
    r"\b(?:travell?ing|away|on (?:leave|holiday|vacation|annual leave|pto)|out of (?:the )?office"
    r"|off sick|back (?:on|next)|meets|will meet|meeting)\b",
    r"\b(?:slowed|slowing) down\b|\b(?:some|a slight|a short|a little) delay\b|\bbeen delayed\b",
    r"\b(?:revert|respond|get back|come back|update you|circle back|be back in touch)\b[^\n]{0,40}"
    r"\b(?:within|in|by|next|early|end of|shortly|soon|as soon as|once)\b",
    r"\bshould (?:have|hear|know) (?:more|an update|something|news|back)\b",
    r"\b(?:bear|bearing) with (?:us|me)\b|\bappreciate your (?:patience|understanding)\b"
    r"|\bplease be patient\b|\bthanks? (?:you )?for (?:waiting|hanging in)\b",
    r"\btimeline (?:has|have)? ?(?:shifted|moved|slipped|changed|extended)\b|\btaking (?:a bit |a "
    r"little |slightly )?(?:longer|more time)\b",
    r"\b(?:haven't|have not|hasn't|has not) (?:forgotten about you|finished|finalised|finalized"
    r"|completed|wrapped up|concluded)\b",
    r"\b(?:hiring|recruitment|recruiting|the process|the role)\b[^\n]{0,30}\b(?:paused|on hold)\b"
    r"[^\n]{0,40}\b(?:for now|temporarily|until|while|pending)\b",
)
HOLDING_UNLESS = (r"\b(?:filled|closed|no longer|withdrawn|cancel+ed)\b",)
