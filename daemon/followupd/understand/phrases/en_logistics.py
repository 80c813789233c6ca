"""English interview logistics added to the shared lists (imported by en.py, which carries
them into the rule table), and the traps around them.

Requests (a time asked for, a call proposed, a booking link), meetings fixed, moved and called
off, and what is not the user's own job interview. Same conventions as languages.py; never the
name of an employer, a product or a platform.
"""

from __future__ import annotations

# The start of a sentence or list item: conditions there govern the whole sentence.
OPENING = r"(?<![^\n])[\s*•·>–-]*"

REQUEST = (
    r"(?<![^\n])(?:hey |hi |so )?(?:are you |would you be |you )?(?:free|around|available) (?:for|t"
    r"o)"
    r" (?:a |an )?(?:quick |short |brief )?(?:chat|call|coffee|meeting|talk|catch-?up|conversation"
    r"|interview)\b[^\n]*\?",
    r"\bwhat does your (?:week|schedule|calendar|diary|availability|day) look like\b",
    r"\b(?:are|would) you (?:be )?(?:free|around|available|up for|open to)\b[^\n]{0,60}\b(?:call"
    r"|chat|interview|conversation|meeting|screen|meet|speak|talk)\b",
    r"\b(?:when|what time|which day)s? (?:would|could|can|works|suits|is) (?:be )?(?:good|best|"
    r"convenient|work|suit)\b",
    r"\b(?:grab|book|pick|find|set up|schedule|arrange|organi[sz]e|line up|put in) (?:a )?(?:time|"
    r"slot|call|chat|meeting|interview|conversation)\b",
    r"\b(?:come in|pop in|drop by|swing by|come by) (?:for|to meet|and meet|to chat)\b",
    r"\b(?:scheduling|booking|calendar) (?:link|page)\b",
    r"\b(?:like|love|want|keen|happy) to (?:meet|speak|talk|chat|connect|catch up) (?:with you|"
    r"further|in person|properly|next week|this week|soon)\b",
    r"\bwould you be (?:open|interested|available|keen) to (?:a|an|chat|speak|meet|talk)\b",
)

THREAD_AGREED = (
    r"\b(?:locked in|all booked|that's booked|confirmed for)\b",
    r"\b(?:i|we)(?:'ll| will) (?:call|ring|phone|dial|video|zoom) you\b",
    r"\b(?:\d|am|pm|day|noon)\.? then\b|\bthen it is\b|\bit'?s a plan\b",
)

REQUEST_UNLESS = (
    # the hiring process described, not a time asked for now
    r"\btalent (?:community|network|pool)\b|\bour (?:interview|hiring|recruiting|selection) process"
    r"\b",
    OPENING + r"(?:if|when|once|should|in case)\b|\b(?:next|first) step\b[^\n]{0,40}\bwould be\b",
    r"\bwould (?:then )?(?:receive|get|be (?:sent|contacted|invited))\b|\bselected candidates\b",
    r"\b(?:top|shortlisted|successful|finalist) candidates\b",
)

CONFIRM = (
    r"\b(?:your )?(?:booking|reservation|slot|appointment|session|interview) (?:is|has been) "
    r"(?:now )?(?:confirmed|booked|scheduled|reserved)\b",
    r"\b(?:your )?interview schedule\b|\bscheduled as (?:below|follows)\b",
    r"\b(?:i|we)(?:'ve| have) (?:gone ahead and )?(?:booked|scheduled|set up|locked in|confirmed|"
    r"arranged) (?:it|that|you|this|the|a|your)\b",
    r"\blet'?s (?:do|go with|say|lock in)\b",
    r"\b(?:here are )?your (?:confirmed )?(?:interview|booking|appointment) details\b"
    r"|\bconfirmed details\b",
)
CANCEL = (
    r"\bstands? (?:cancel+ed|postponed|deferred|called off)\b",
    r"\b(?:postponed|cancel+ed|called off|deferred)\b[^\n]{0,80}\b(?:fresh|new|revised) dates?\b",
)
RESCHEDULE = (
    r"\b(?:push|move|shift|bump|bring) (?:it |this |the (?:call|interview|chat|meeting) )?"
    r"(?:by |back |forward )?(?:an|one|half an|two|\d+) hours?\b",
    r"\b(?:\d{1,2}(?::\d{2})? ?(?:am|pm)|noon) instead of\b",
)
