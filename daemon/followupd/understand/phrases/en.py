"""English phrases added to the shared lists (see languages.py for the names and conventions).

Each list is a class of language, written as it is used in real hiring mail; never the name
of an employer, a product or a platform. Decisions are read as what they are in language: a
negated or past decision about the candidate's application, the role no longer open, other
people chosen, the candidate judged no fit; each in its usual shapes (tense, politeness,
passive voice, a name or a job title between the words). This module holds the decisions
(rejections, offers) and the vetoes around them; receipts and holding replies are in
en_waits.py, interview logistics (requests, confirmations, moves, cancellations) and the traps
around them in en_logistics.py; this module carries all of them into the rule table.
"""

from __future__ import annotations

from followupd.understand.phrases.en_logistics import (
    AGREED,
    ASKS_FOR_TIME,
    CANCEL,
    CANCEL_UNLESS,
    CONFIRM,
    CONFIRM_SENTENCE_UNLESS,
    CONFIRM_UNLESS,
    HIRING_WORDS,
    INVITATION,
    NOT_HIRING,
    OTHER_APPLICATION,
    PANEL_MEMBER,
    REQUEST,
    REQUEST_UNLESS,
    RESCHEDULE,
    THREAD_AGREED,
)
from followupd.understand.phrases.en_logistics import OPENING as _OPENING
from followupd.understand.phrases.en_waits import (
    ACKNOWLEDGEMENT,
    ACKNOWLEDGEMENT_UNLESS,
    DELAY,
    DELAY_UNLESS,
    HOLDING,
    HOLDING_UNLESS,
    RECEIPT,
)

_YOU = (
    r"(?:you|your (?:application|candidacy|candidature|profile|resume|cv|submission)|you forward)"
)
_PROGRESS = (
    r"(?:mov(?:e|ing)|tak(?:e|ing)|progress(?:ing)?|advanc(?:e|ing)|proceed(?:ing)?|"
    r"continu(?:e|ing)|consider(?:ing)?|pursu(?:e|ing)|invit(?:e|ing)|shortlist(?:ing)?)"
)
_ROLE = r"(?:position|role|job|vacancy|opening|requisition|req|posting|opportunity)"
_CLOSED = (
    r"(?:filled|closed|cancel+ed|withdrawn|eliminated|removed|frozen|put on hold indefinitely"
    r"|no longer (?:available|open|active))"
)
_OTHERS = (
    r"(?:(?:other|another|different|stronger|more (?:experienced|qualified|senior)) (?:candidates?"
    r"|applicants?|profiles?|people|individuals?)|others|those)"
)
_FIT = r"(?:fit|match|alignment|suited|suitable|aligned)"

# The search goes on without the user: "we're going to keep looking rather than bring you in",
# "continue our search for someone with more ..." (not "we keep looking and will get back to
# you", nor a search for more candidates while the user's application stays open).
_GOES_ON = (
    r"(?![^\n]{0,80}\b(?:get back to you|keep you (?:posted|informed|updated)|be in touch|you"
    r" remain|you're still|you are still|still in (?:the )?(?:running|consideration|process)"
    # (cold outreach: "we continue our search for someone with Python skills and your profile...")
    r"|your (?:profile|background|cv|resume)|caught my eye|came across|reach(?:ing)? out|open to"
    r"|interested in))"
)
REJECTION = (
    # the post offered to another ("offer the Senior Data Scientist position to another candidate")
    r"\b(?:offer|offered|offering|extend|extended|give|given|award|awarded) (?:the|this"
    r"|our) (?:[\w&/-]+"
    r" ){0,5}?(?:position|role|job|post|vacancy|offer) to (?:another|a different|an internal|an"
    r" external|the other|one of the other) (?:\w+ )?(?:candidate|applicant|finalist|person"
    r"|individual)s?\b",
    # not taken on, in the passive ("your candidacy will not be moved forward")
    r"\b(?:application|candidacy|candidature|profile)\b[^\n]{0,40}\b(?:will|would|is|has|was)"
    r" not (?:be |been )?(?:moved|moving|progressed|progressing|advanced|advancing|taken"
    r"|proceeding)"
    r" (?:forward|further|ahead)\b(?! yet)",
    r"\b(?:keep|continue|carry on|resume) (?:looking|searching|our search|the search|with (?:our"
    r"|the) search)\b(?: for (?:this|the) (?:role|position|job))?(?:,? (?:rather than|instead of)\b"
    r"|[^\n]{0,20}\b(?:for|to find) (?:someone|somebody|a (?:\w+ )?(?:candidate|profile|person)"
    r"|another (?:\w+ )?(?:candidate|profile|person)) (?:with|who|that)\b)" + _GOES_ON,
    # the offer gone to another ("we've extended the offer to them"), another judged better
    r"\b(?:extended|made|given) (?:an |the |our |a verbal )?offer to (?:them|that"
    r" (?:person|candidate|finalist)|the other (?:candidate|finalist))\b|\banother (?:\w+ )?"
    r"(?:finalist|candidate|applicant)(?:'s)?\b[^\n]{0,100}\b(?:was|were|is) (?:the |a )?(?:better"
    r"|stronger|closer) (?:match|fit)\b",
    # a table's status cell after a number, at its line's end
    # ("Senior Analyst 26001873 Position Filled")
    r"(?<=[\d)|][ \t])(?:position filled|no longer under consideration|not selected|not progressing"
    r"|unsuccessful)[ \t.]*(?![^\n])",
    # a status set to a refusal ("New status: Not selected"), the process ended for the user
    r"\bstatus\b[^\n]{0,30}?(?::|\bto|\bis)\s*(?:now )?(?:not selected|rejected|declined"
    r"|unsuccessful|not progressing|not moving forward|no longer (?:under consideration"
    r"|considered)|(?:closed\W{1,3})?(?:position |role |job |vacancy )?filled)\b",
    r"\b(?:filled|hired) by (?:another|a different|an internal|an external|other|a more"
    r" (?:\w+ )?qualified) (?:applicant|candidate|person|individual)\b",
    r"\b(?:process|application|candidacy)\b[^\n]{0,80}\b(?:has|have) (?:now )?(?:ended|concluded"
    r"|closed|finished|come to an end) for you\b",
    # gone with someone else ("they've gone with a more senior profile")
    r"\b(?:gone|go|going|went|decided to go|opted|chose|chosen) (?:with|for) (?:a|an|another)"
    r" (?:\w+ )?(?:more (?:senior|experienced)|other|different|stronger)? ?(?:candidate|profile"
    r"|person|applicant)\b",
    # the offer made to someone else
    r"\b(?:extend(?:ed|ing)?|make|made|making|offer(?:ed|ing)?) (?:the|an|our) (?:\w+ )?offer"
    r" to (?:another|a different|an internal|an external|one of the other) (?:\w+ )?(?:candidate"
    r"|applicant|person|finalist)s?\b",
    # the choice fell on, or the post went to, a candidate described ("...who has more ...")
    r"\b(?:choice|decision|selection) (?:has |have |finally |ultimately )?(?:fallen|fell|landed)"
    r" on (?:a|an|another|one) (?:[\w-]+ )?(?:candidate|applicant|person|profile)s? (?:who|whose"
    r"|that|with)\b",
    r"\b(?:decided|chosen|opted|elected) to (?:fill|staff) (?:the|this|our) (?:[\w-]+ ){0,2}?"
    r"(?:position|role|vacancy|opening|post) with (?:a|an|another|one) (?:[\w-]+ )?"
    r"(?:candidate|applicant|person|profile)s? (?:who|whose|that|with)\b",
    # the user judged outside the group chosen, or out of the running
    r"\b(?:you are|you're|you were) not (?:among|one of) (?:the|our) (?:[\w-]+ ){0,3}?"
    r"(?:candidates|applicants|finalists|shortlist)\b",
    r"\b(?:your (?:application|candidacy|candidature|profile)|you) (?:will|would|can|shall)"
    r" (?:no longer|not) be (?:considered|reviewed|progressed) (?:any )?further\b",
    # the candidate judged no fit
    r"\b(?:do|does|did) not (?:see|find|feel|think|believe)\b[^\n]{0,30}\b(?:a |an |the )?"
    r"(?:strong |good |right |close |clear |suitable )?(?:fit|match|alignment)\b",
    r"(?:\bnot|n't) (?:be |been |quite )?(?:a |the |an )?(?:right |good |strong |close |best "
    r"|suitable |perfect |great )?(?:fit|match)\b(?! for your)",
    r"(?:\bnot|n't) (?:the )?(?:most|best) (?:qualified|suited|suitable|aligned)\b",
    r"\b"
    + _OTHERS
    + r"\b[^\n]{0,80}\b(?:better|more closely|more directly|closer|stronger) "
    + _FIT,
    r"\b(?:mov(?:e|ing)|go(?:ing)?|proceed(?:ing)?|progress(?:ing)?|continu(?:e|ing)|advanc(?:e"
    r"|ing)"
    r"|pursu(?:e|ing)) (?:forward |ahead )?with " + _OTHERS + r" (?:who|whose|that|with)\b",
    r"\b(?:decided|chosen|chose|decision|opted) to (?:progress|advance|pursue|continue|proceed|move"
    r"|go)(?: forward| ahead)? with (?:other|another|a different|different|an internal)\b",
    r"\b(?:go|going|gone|went|move|moving|head|heading|decided to go) (?:in )?(?:a |another |a "
    r"different |other )?direction\b|\b(?:gone|went|going|decided to go) (?:a different|another"
    r"|the other) (?:way|route)\b",
    # a no, others hired from within, no next stage
    r"\b(?:it's|it is|the answer is|that's) (?:a |unfortunately a |sadly a |a firm )?no (?:from "
    r"(?:the client|them|the team|the hiring manager|us|the panel)|this time|on this (?:one"
    r"|occasion)|for (?:this|the) (?:role|position|job))\b|\bso (?:i'm afraid )?it's a no\b",
    r"\b(?:ended up|decided to|chose to|opted to|going to|have|'ve|has) (?:hire|hiring|hired"
    r"|appoint\w*|promot\w*|recruit\w*|go(?:ne)? with someone) (?:\w+ )?(?:internally|from within"
    r"|an internal|someone internal\w*)\b",
    r"(?:won't|will not|aren't|are not|not going to) (?:be )?progress(?:ing)?(?: (?:further|any"
    r" further|it|things|this one|your application))?(?=[.,;!]|$| (?:at this|with (?:you|your|it"
    r"|this)|for now))",
    r"(?:\bnot|n't) (?:be )?(?:moving|taking|inviting|progressing|putting) (?:you |your "
    r"(?:application|profile|candidacy) )?(?:forward |through )?to the (?:next|final|second"
    r"|following) (?:stage|round|step)\b",
    r"\b(?:did not|didn't|have not|haven't|has not|hasn't|was not|wasn't|were not|weren't) (?:be )?"
    r"(?:select|chose|choose|shortlist|progress|advance|short-list)\w*\b",
    r"\b(?:experience|background|skills?|profile|qualifications|credentials|expertise|backgrounds"
    r"|records?)\b[^\n]{0,80}"
    r"\b(?:more closely|more directly|better|closer) (?:match\w*|align\w*|fit\w*|meet\w*|suit\w*|mi"
    r"rror\w*|reflect\w*)",
    r"\b(?:does|do|did) not (?:fully |quite )?(?:meet|match|align with|fit|satisfy) (?:the |our "
    r"|all "
    r"|some of (?:the|our) )?(?:minimum |basic |essential |specific )?(?:requirements"
    r"|qualifications"
    r"|criteria|needs|profile)\b",
    # progression denied
    r"\b(?:won't|will not|wouldn't|would not|aren't|are not|am not|isn't|is not|not|no longer"
    r"|unable to|not able to|cannot|can't)\b[^\n]{0,24}\b" + _PROGRESS + r" " + _YOU + r"\b",
    r"\b(?:not|no longer) (?:be )?" + _PROGRESS + r" (?:" + _YOU + r")\b",
    r"\bno longer (?:being )?(?:under )?consider(?:ed|ation)\b|\bremoved from consideration\b",
    r"(?:\bnot|n't) (?:be )?(?:moving|progressing|proceeding|going) (?:forward|ahead|further|on)"
    r"(?: with (?:you|your|this|the next))?\b",
    r"\b(?:decided|chosen|chose|opted) (?:not to|to not|against) (?:proceed|progress|move|continue"
    r"|pursue|advance|take|invite)\w*",
    r"\b(?:decided|going|have|we'll|we will|we're going) to pass\b|\bpass(?:ing)? on (?:your|this"
    r"|the)"
    r" (?:application|profile|candidacy|opportunity)\b",
    r"\b(?:decline|declined|declining) (?:your|this) (?:application|candidacy|candidature)\b",
    # the role no longer open
    r"\b"
    + _ROLE
    + r"\b[^\n]{0,60}\b(?:has|have|had|is|was|were) (?:now |since |already )?(?:been )?"
    + _CLOSED
    + r"\b",
    r"\b(?:we|they|the (?:team|client|company)) (?:\w+ )?filled (?:the|this|that|our) (?:[\w-]+ )"
    r"{0,2}?(?:role|position|job|vacancy|opening|post)\b",
    r"\b(?:have|'ve|has|had) (?:\w+ ){0,2}filled (?:the|this|our)\b[^\n]{0,80}\b"
    + _ROLE
    + r"\b|\bfilling the "
    + _ROLE
    + r" with\b",
    r"\bno longer (?:reviewing|considering|accepting|pursuing|interviewing) (?:candidates"
    r"|applicants"
    r"|applications|profiles)\b",
    r"\b(?:no longer|not) (?:hiring|recruiting|accepting applications|filling|looking to fill)"
    r"(?: for)?\b",
    r"\b(?:stop(?:ped)?|ceas(?:e|ed)|halt(?:ed)?|end(?:ed)?) (?:pursuing|recruiting|hiring|"
    r"interviewing|considering|the (?:search|process|recruitment))\b",
    r"\bdecided (?:not to fill|to close|to cancel|to withdraw|to eliminate|to put) (?:the|this|our"
    r"|it)\b",
    r"\b(?:filled|fill(?:ing)? the " + _ROLE + r") (?:internally|from within|with an internal)\b"
    r"|\b(?:internal|existing) (?:candidate|hire|appointment|applicant)\b[^\n]{0,60}\b(?:appointed"
    r"|selected|chosen|hired|offered|accepted)\b",
    r"\b(?:rescind\w*|withdraw\w*|pull\w*) (?:the |your |our )?offer\b|\boffer (?:has been|is|was) "
    r"(?:rescinded|withdrawn|pulled)\b",
    # others chosen
    r"\b(?:offered|given|went|gone) (?:the (?:role|position|job) )?to (?:someone|somebody|another"
    r"|an internal|a candidate|a different)\b",
    r"\b(?:go(?:ing|ne)?|went) (?:with|ahead with|forward with) (?:someone|somebody|another|an inte"
    r"rnal|a "
    r"different|other)\b",
    r"\b(?:selected|chosen|hired|appointed|picked) (?:someone|somebody|another|an internal|a "
    r"different|other)\b",
    # an outcome stated
    r"\b(?:application|candidacy|candidature)\b[^\n]{0,60}\b(?:was|has been|is|were|have been) "
    r"(?:unsuccessful|declined|not selected|not successful|rejected|not progressed|not shortlisted"
    r"|closed|archived)\b",
    r"\bnot (?:been )?(?:shortlisted|selected|progressed)\b|\b(?:were|was) unsuccessful\b",
    r"\b(?:unable|not able|can't|cannot|won't be able|will not be able) to (?:offer you (?:a |an "
    r"|the )"
    r"?(?:[\w-]+ ){0,3}(?:role|position|job|post|place|interview|opportunity)|consider (?:you|your)"
    r"|progress (?:you|your)|proceed with (?:you|your)|move (?:you|your)|take (?:you|your))\b",
    r"\b(?:regret|sorry|unfortunately)\b[^\n]{0,80}\b(?:unable|not able|cannot|can't|won't|will not"
    r"|decided|chosen|selected|gone|went|not (?:moving|progressing|proceeding|successful|selected"
    r"|taking))\b[^\n]{0,60}\b(?:forward|ahead|further|progress\w*|proceed\w*|offer you|consider "
    r"(?:you|your)|your (?:application|candidacy|candidature|profile)|other (?:candidates"
    r"|applicants)"
    r"|another (?:candidate|applicant|person)|someone|next (?:stage|step|round))\b",
    r"\b(?:not|isn't|it's not) (?:good|great|the) news\b|\bnot the news you\b",
    r"\bdecision (?:not|to not) (?:to )?(?:proceed|progress|move|continue|pursue|advance|offer)\b",
    r"\b(?:close|closing|closed) (?:out )?(?:your|this) (?:application|candidacy|candidature"
    r"|file)\b",
    r"\b(?:unable|not able|cannot|can't|won't be able|will not be able) to (?:extend|make) "
    r"(?:you )?an? (?:\w+ )?offer\b",
    r"\b(?:status|application status)\b[^\n]{0,40}\b(?:not selected|rejected|declined|unsuccessful"
    r"|not progressing|no longer under consideration|not moving forward|not shortlisted)\b",
    r"(?:\bnot|n't) (?:been |be )?(?:shortlisted|selected|progressed|successful)\b",
    r"(?:\bnot|n't) (?:be )?(?:taking|take|moving|move) (?:it|this|things|your application|you) "
    r"(?:any )?(?:further|forward)\b",
    r"(?:\bnot|n't) (?:going to |able to |be able to )?(?:be )?(?:extending|extend|making|make) "
    r"(?:you )?an offer\b",
    r"(?:\bnot|n't) (?:going|able) to (?:progress|proceed|move (?:you )?forward|take (?:it|this|you"
    r"|"
    r"things) (?:further|forward))\b",
    r"(?:\bnot|n't) be hiring (?:anyone|anybody|for (?:it|this|the role|the position))\b",
    r"\b(?:budget|funding|headcount)\b[^\n]{0,60}\b(?:cut|pulled|frozen|withdrawn|lost|removed)\b"
    r"[^\n]{0,60}\b(?:clos\w+|cancel\w+|pull\w+|no longer|not (?:be )?(?:hiring|filling))\b",
)
# A sentence that calls an interview off but names no one chosen instead (its veto below).
_NO_OTHERS = (
    r"(?<![^\n])(?![^\n]*\b(?:other candidates?|another candidate|other applicants?|someone else"
    r"|decided (?:not|to move forward with)|not (?:to )?(?:move|moving|proceed|proceeding"
    r"|progress|progressing))\b)[^\n]*?"
)
REJECTION_UNLESS = (
    # not ruled out: "your application has not been rejected", "you're not out of the running"
    r"\b(?:has|have|is|are|was) not (?:been )?(?:ruled out|rejected|turned down|declined|closed)\b"
    r"|\b(?:hasn't|haven't|isn't|aren't|wasn't) (?:been )?(?:ruled out|rejected|turned down"
    r"|declined|closed)\b|\bnot out of the running\b|\bstill (?:in the running|under consideration)"
    r"\b",
    # an interview called off is not the application refused
    r"\b(?:go ahead|proceed|going ahead) with (?:the|your|our|today's|tomorrow's|\w+day's)"
    r" (?:[\w-]+ ){0,2}?(?:interview|call|chat|meeting|session|screen)\b(?! process)",
    _NO_OTHERS + r"\b(?:interview|call|meeting|conversation|appointment|session|screen)s?\b"
    r"[^\n]{0,160}\b(?:has"
    r"|have|had|is|was|will|must|needs? to)(?: been| be| to be)? (?:cancell?ed|called off"
    r"|postponed|rescheduled|moved)\b",
    _NO_OTHERS + r"\b(?:interview|call|meeting|conversation|session|screen)s?\b[^\n]{0,60}"
    r"\b(?:won't|will"
    r" not|isn't|is not|can't|cannot|no longer) (?:be )?(?:going ahead|go ahead|happening|happen"
    r"|taking place|take place)\b",
    # a sentence that opens with a condition states no decision ("If you are not selected...")
    _OPENING + r"(?:if|when|whenever|should|once|in case|in the event|whether)\b",
    r"\bif (?:you(?:'re| are| were| have not been| haven't been)?|your (?:application|profile"
    r"|candidacy) (?:is|was)) (?:not |un)?(?:selected|successful|shortlisted|chosen|progressed|a "
    r"(?:fit|match))",
    r"\bmeans?\b[^\n]*\beither\b[^\n]*\bor\b|\bmay mean\b",
    # a deadline's threat, not news: "please respond by Friday, otherwise we will have to offer
    # the role to another candidate"
    r"\b(?:otherwise|or else|unless|if (?:we )?(?:don't|do not) hear)\b[^\n]{0,80}\b(?:offer|give)",
    r"\bnot yet (?:been )?(?:moved|progressed|advanced)\b|\bstill (?:reviewing|being reviewed)\b",
    # a time to come, not a decision: "we review applications until the role is filled"
    r"\b(?:until|till|once|when|as soon as|before|after) (?:the |this |our |a |all )?(?:position"
    r"|role|job|vacancy|opening|requisition|post)s? (?:is|are|has been|have been|gets?) filled\b",
    r"\b(?:as|per) (?:you |your )?(?:requested|request|asked)\b|\bat your request\b",
    r"\bregardless of (?:the )?outcome\b|\bwhatever the outcome\b|\bwhatever (?:we"
    r"|the team) decide",
    # (not a consolation after the no: "that doesn't necessarily mean this is the end")
    r"\b(?:doesn't|does not|don't|do not|won't|will not|isn't|is not) (?:necessarily "
    r"|automatically )?"
    r"(?:mean|a rejection|reflect)\b(?! (?:this|that|it) is the end\b| the end\b)|\bnot a (?:no"
    r"|rejection)\b",
    r"\b(?:we|i)(?:'ll| will) (?:let you know|inform you|notify you|be in touch|update you)\b",
    r"\bhow (?:to|do i|can i)\b|\bwhy (?:was|wasn't|am)\b",
    # a policy about a group, not news to the user: "applicants who are not chosen will be
    # notified once...", "we are unable to respond to candidates who have not been shortlisted"
    r"\b(?:applicants?|candidates?|those|individuals|people|anyone)\b (?:who|that|whose)\b"
    r"[^\n]{0,60}\b(?:will (?:be (?:notified|contacted|informed|considered|told)|not be"
    r" (?:considered|contacted|notified)|receive|hear)|(?:is|are) (?:notified|informed))\b",
    r"\b(?:unable|not able|cannot|can't|won't be able|will not be able|not possible) to"
    r" (?:respond|reply|provide (?:individual |personal )?feedback|give (?:individual |personal )?"
    r"feedback|contact|notify|write) (?:to |personally to )?(?:every|each|all|individual)?\s*"
    r"(?:applicants?|candidates?|those|everyone|one)\b",
    # a legend of what each status means: "- Not selected: we have decided not to ..."
    r"(?<![^\n])[\s>]*[-*•·–]\s*(?:not selected|unsuccessful|rejected|declined|closed|not"
    r" progressing|no longer (?:under consideration|in consideration|active))\s*:",
    # decision words quoted, not said: 'from "received" to "we regret to inform you"'
    r"[\"“„«][^\"”“„«»\n]{0,80}\b(?:regret|unfortunately|not (?:been )?(?:selected|successful"
    r"|shortlisted))\b[^\"”“„«»\n]{0,80}[\"”“»]",
)

OFFER = (
    # the client's yes relayed: "Northgate have decided to go with you as their interim CTO"
    r"\b(?:has|have|'ve) (?:now )?decided to (?:go|proceed) (?:ahead )?with you (?:as|for (?:the"
    r"|this) (?:role|position|post|assignment|mission))\b",
    # the decision said as who wants the user ("Tom wants you on the team", "they want you on
    # board"), not for a meeting ("wants you on the call")
    r"\b(?:wants?|would love|'d love) you on (?:the|our|his|her|their) (?:\w+ )?team\b"
    r"(?! (?:call|meeting|for|at|this|next|on|in)\b)(?![^\n]*\b(?:match|game|league|quiz"
    r"|tournament|relay|fixture|pitch|race|meet|interview|chat|round|call)\w*)|\bwants? you on"
    r" board\b",
    # an agency relaying the client's yes ("they want you! 85k base, start in June")
    r"\bthey (?:want|would like|'d like|want to hire|'d love to hire) (?:to hire )?you\b(?:!|\.|,)?"
    r"(?! (?:to|for|in|at|back|again|there|here|onsite|on-site|on (?!board))\b)",
    # the contract sent to sign ("your employment contract for signature")
    r"\b(?:employment contract|contract of employment|offer letter|employment agreement|offer"
    r" documents?)\b[^\n]{0,40}\b(?:for (?:your )?(?:e-?)?signature|to (?:e-?)?sign"
    r"|ready (?:for you )?to"
    r" (?:e-?)?sign|for you to (?:review and )?(?:e-?)?sign)\b",
    # "we'd be delighted for you to join the team", "thrilled to have you on board"
    r"\b(?:we'd|we would|we're|we are|we'll|we will) (?:be )?(?:really |truly |so |very |absolutely"
    r" )?(?:delighted|thrilled|happy|pleased|excited|glad) (?:for you to join|to have you (?:join"
    r"|on board|aboard|as our))\b(?! for\b)(?![^\n]*\b(?:interview|chat|call|conversation|meet"
    r"|webinar|event|session|community|pool|network|newsletter|assessment|day)\w*)",
    r"\b(?:we'd|we would|we) (?:really |truly |absolutely )?love (?:for )?you to join (?:us|the"
    r" team|our team)\b(?! for\b)(?![^\n]*\b(?:interview|chat|call|conversation|meet|finalist"
    r"|candidate|shortlist)\w*)",
    r"\b(?:have|has|'ve) (?:now |just )?offered\b(?! (?:the|this) (?:role|position"
    r"|job) to)(?! to )",
    r"\bextending (?:you )?(?:an?|the|our) (?:\w+ )?offer\b|\bdetails of (?:our|the|your) offer\b",
    r"\b(?:going to|want to|would like to|'d like to) (?:make|extend) you (?:an?"
    r"|our) (?:\w+ )?offer\b",
    r"\b(?:formally |officially )?offer(?:ing)? you (?:a |the |an )?(?:[\w,&()/-]+ ){0,6}"
    r"(?:position|role|job|post|contract|place)\b",
    r"\b(?:pleased|happy|delighted|thrilled|excited|glad) to (?:formally |officially )?(?:extend "
    r"(?:you )?(?:an?|the|our) (?:\w+ )?offer|welcome you (?:to the team|aboard|on ?board)"
    r"|have you join)\b(?![^\n]*\b(?:interview|chat|call|conversation|webinar|event|session"
    r"|community|pool|network|newsletter|assessment|day)\w*)",
    r"\b(?:want|like|love) (?:to have you|you) (?:to )?(?:on board|onboard|join|come on)\b"
    r"(?![^\n]{0,30}\bas (?:a |an |the |one of (?:our|the) )?(?:finalist|candidate|shortlist"
    r"|speaker|guest|panelist|mentor|volunteer))(?! us (?:for|on|at) (?:a|an|the|our)\b)",
    r"\b(?:your|the|an?) (?:official |formal |written |verbal |conditional |revised |updated "
    r"|final )?"
    r"offer (?:letter|package|details|pack|is (?:ready|attached|waiting))\b",
    r"\b(?:starting|base|annual) salary of\b|\bstart date of\b",
    r"\b(?:the|our) client (?:would like|wants|has agreed|is delighted|is keen) to (?:offer"
    r"|make you an"
    r" offer|extend an offer|hire you|take you on)\b",
    r"\bwe(?:'d| would) like to (?:formally )?(?:offer|hire you|bring you on)\b",
    # a small employer's yes: "we'd like to take you on for the season"
    r"\b(?:we'd|we would|i'd|i would) (?:like|love) to take you on\b(?! (?:a|an|the|your|our|board"
    r"|tour|as (?:a |our )?(?:client|customer|student|member|volunteer|guest))\b)(?! for (?:a|an"
    r"|the) (?:trial|interview|chat|call|shift|tour|lesson|course|project))",
    r"\bthe (?:role|job|position) is yours\b|\byou(?:'ve| have) got (?:it|the job|the role)\b",
)
# An offer named in hiring mail (rules.py "offer named in hiring mail"): to sign, kept open,
# its terms revised ("the offer will stay open until then", "we can do $125,000 base"). Out of
# hiring mail these are a house's, a car's or a lease's.
OFFER_NAMED = (
    r"\b(?:review|sign|accept) (?:and (?:sign|accept) )?(?:your|the) (?:offer|contract)\b",
    r"\b(?:the|our|your|this) (?:\w+ )?offer (?:link |letter )?(?:(?:will |is going to |can |shall"
    r" )?(?:stay|remain|be kept)s? (?:open|valid|on the table|live)|is still (?:open|valid|on the"
    r" table|live)|(?<!longer )(?<!not )(?:still )?stands)\b",
    r"\b(?:we|i) can (?:do|offer|go (?:up )?to|stretch to|come up to|increase (?:the |your )?"
    r"(?:base|salary) to|meet you at) (?:[$£€₹]|usd |gbp |eur |inr |rs\.? ?)?\d[\d,.]*k?\b"
    r"[^\n]{0,40}\b(?:base|salary|per (?:year|annum)|a year|p\.?a\b|package|ctc|lpa)\b",
    r"\b(?:updated|revised|amended|new) (?:offer )?(?:letter|contract) (?:is )?(?:attached"
    r"|enclosed|below|to follow|on its way)\b|\b(?:attached|enclosed) (?:is )?(?:the |your )?"
    r"(?:updated|revised|amended) (?:offer|letter|contract)\b",
)
OFFER_UNLESS = (
    # the offer as a topic or a document to show ("how to negotiate your first job offer",
    # "proof of income: two pay stubs or an offer letter")
    r"\bhow to\b|\byour first (?:job )?offer\b|\bproof of (?:income|employment|address)\b"
    r"|\bpay ?stubs?\b|\bpay ?slips?\b|\bbank statements?\b",
    # anti-fraud, legal and benefits boilerplate: it names offers without making one
    r"\b(?:fraud\w*|scam\w*|phishing|impersonat\w*|fake|never|bogus)\b",
    r"\bonly (?:ever )?(?:make|extend|issue|send)s?\b",
    r"\bbefore (?:you|we) (?:have|'ve) (?:met|spoken|interviewed)\b",
    r"\b(?:any|all|every) (?:job |formal |written )?offers?\b|\boffers? (?:of employment )?(?:will|"
    r"are|is)"
    r" (?:only )?(?:be )?(?:made|extended|issued|sent|contingent|conditional|subject)\b",
    r"\b(?:contingent|conditional) (?:up)?on\b|\bsubject to\b|\bprior to (?:an?|any|receiving)\b",
    r"\bbefore (?:an?|any) offer\b|\bequal (?:employment )?opportunit|\bdiscriminat",
    r"\b(?:if|once|when|should|after) (?:you |we |they )?(?:receive|get|make|extend|accept)\b",
    r"\b(?:another|other|a different) candidate\b|\bunfortunately\b|\bregret\b",
    r"\b(?:employment|job|written) offers\b|\boffers (?:and|or)\b|\b(?:not )?genuine\b"
    r"|\blegitimate\b|\bwill always be (?:made|sent|extended)\b|\b@[\w.-]+\b",
)

__all__ = [
    "ACKNOWLEDGEMENT",
    "ACKNOWLEDGEMENT_UNLESS",
    "AGREED",
    "ASKS_FOR_TIME",
    "CANCEL",
    "CANCEL_UNLESS",
    "CONFIRM",
    "CONFIRM_SENTENCE_UNLESS",
    "CONFIRM_UNLESS",
    "DELAY",
    "DELAY_UNLESS",
    "HIRING_WORDS",
    "HOLDING",
    "HOLDING_UNLESS",
    "INVITATION",
    "NOT_HIRING",
    "OFFER",
    "OFFER_NAMED",
    "OFFER_UNLESS",
    "OTHER_APPLICATION",
    "PANEL_MEMBER",
    "RECEIPT",
    "REJECTION",
    "REJECTION_UNLESS",
    "REQUEST",
    "REQUEST_UNLESS",
    "RESCHEDULE",
    "THREAD_AGREED",
]
