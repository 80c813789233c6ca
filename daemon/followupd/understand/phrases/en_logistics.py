"""English interview logistics added to the shared lists (imported by en.py, which carries
them into the rule table), and the traps around them.

Requests (a time asked for, a call proposed, a booking link), meetings fixed, moved and called
off, and what is not the user's own job interview. Same conventions as languages.py; never the
name of an employer, a product or a platform.
"""

from __future__ import annotations

# The start of a sentence or list item: conditions there govern the whole sentence.
OPENING = r"(?<![^\n])[\s*•·>–-]*"

_DAY = (
    r"(?:(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|this week|next week)"
)
# An invite changed only to carry a link or a person is no move.
_NOT_FOR_DETAILS = (
    r"(?! (?:to (?:include|add)|with (?:the |a |an )?(?:new |correct |right |updated |video |zoom "
    r"|teams )?(?:link|zoom|teams|meet|dial|address|details|room|location|agenda|interviewer)))"
)

REQUEST = (
    # "up for a 20 min chat?", "fancy a quick call?"
    r"\b(?:up for|fancy|keen for|down for) a (?:quick |short |brief |\d+[ -]?min(?:ute)?s? )*"
    r"(?:chat|call|catch-?up|video call)\b",
    # "Before I put you forward I'd love a quick 20 min chat"
    r"\b(?:i'd|i would|we'd|we would) (?:love|like) (?:a|to have a|to grab a|to set up a)"
    r" (?:quick |short |brief |first |\d+[ -]?min(?:ute)?s? )+(?:chat|call|catch-?up"
    r"|conversation)\b",
    r"(?<![^\n])(?:hey |hi |so )?(?:are you |would you be |you )?(?:free|around|available) (?:for"
    r"|to)"
    r" (?:a |an )?(?:quick |short |brief )?(?:chat|call|coffee|meeting|talk|catch-?up|conversation"
    r"|interview)\b[^\n]*\?",
    r"\bwhat does your (?:week|schedule|calendar|diary|availability|day) look like\b",
    r"\b(?:are|would) you (?:be )?(?:free|around|available|up for|open to)\b[^\n]{0,60}\b(?:call"
    r"|chat|interview|conversation|meeting|screen|meet|speak|talk)\b",
    r"\b(?:when|what time|which day)s? (?:would|could|can|works|suits|is) (?:be )?(?:good|best|"
    r"convenient|work|suit)\b",
    r"\b(?:grab|book|pick|find|set up|schedule|arrange|organi[sz]e|line up|put in|select|choose)"
    r" (?:a )?(?:convenient |suitable |preferred )?(?:time|slot|call|chat|meeting|interview"
    r"|conversation)\b",
    r"\b(?:come in|pop in|drop by|swing by|come by) (?:for|to meet|and meet|to chat)\b",
    r"\b(?:scheduling|booking|calendar) (?:link|page)\b",
    # "text me with a time that suits and I'll book you in to register at the branch"
    r"\bwith a (?:time|day|slot) that (?:suits|works)\b[^\n]{0,40}\b(?:i'll|i will|we'll|we will)"
    r" (?:book|pencil|get|put) you (?:in|down)\b",
    r"\b(?:like|love|want|keen|happy) to (?:meet|speak|talk|chat|connect|catch up) (?:with you|"
    r"further|in person|properly|next week|this week|soon)\b",
    r"\bwould you be (?:open|interested|available|keen) to (?:a|an|chat|speak|meet|talk)\b",
    # a time asked for in other words ("when's a good time", "what day is good for you")
    r"\bwhen(?:'s| is| would be| suits| works)(?: a)? (?:good|best|convenient|easiest|better|you)\b"
    r"|\b(?:what|which) (?:day|days|time|times|date|dates) (?:is|are|would be|works?|suits?)"
    r" (?:good|best|convenient|easiest|better|ok|okay|for you|you)\b",
    # windows, slots or times asked for ("reply with a window", "a couple of times that suit")
    r"\b(?:suggest|propose|send|share|give|reply with|let (?:me|us) know|drop|flick|shoot|offer"
    r"|pass on|come back (?:to me )?with)(?: me| us| over| through)? (?:a|your|some|a few|a couple"
    r"(?: of)?|couple of|one or two|two or three|2-3|2 or 3|two|three|several) (?:[\w-]+ ){0,2}?"
    r"(?:windows?|time ?slots?|slots|times|dates|options)\b(?! (?:to|for) (?:join|attend)| of\b)",
    # time asked for ("would you have 20 minutes this week?", "how are you fixed for a call?")
    r"\b(?:would|do|will|could) you have (?:\d+ (?:minutes|mins)|(?:some |any )?time|a (?:few"
    r"|couple of) (?:minutes|mins)|a (?:moment|spare|window|slot)|half an hour|an hour)\b[^\n]*\?"
    r"|\b(?:have you|you) got (?:\d+ (?:minutes|mins)|(?:some |any )?time|a (?:few|couple of)"
    r" (?:minutes|mins))\b[^\n]*\?|\bhow are you (?:fixed|placed|looking) (?:for|on)\b",
    # (not a meal or a drink: "Are you free for dinner on Friday?")
    r"\b(?:are|would|will) you (?:be )?(?:free|around|available)\b(?! (?:for|to grab|to get|to"
    r" have) (?:a |some )?(?:dinner|lunch|drinks?|beers?|brunch|walk|run|party|movie|game))"
    r"[^\n]{0,40}\b(?:" + _DAY + r"|later|morning|afternoon|evening|at \d)\b[^\n]*\?",
    r"\bwhat (?:does|do) (?:next week|this week|tomorrow|the rest of (?:the|your) week|(?:mon|tues"
    r"|wednes|thurs|fri)day|your (?:week|diary|calendar|schedule)) look like\b|\bhow (?:does|do"
    r"|is|are) (?:next week|this week|tomorrow|(?:mon|tues|wednes|thurs|fri)day|your (?:week|diary"
    r"|calendar|schedule))(?: \w+){0,3} look(?:ing)?\b",
    r"\b(?:let (?:me|us) know|tell (?:me|us)|say) when you(?:'re| are|'d be| would be| will be|'ll"
    r" be) (?:free|available|around)\b(?! to (?:start|begin|join))",
    r"\b(?:would|does|do|will|could) (?:" + _DAY + r"|either|any)\b[^\n]{0,60}\b(?:work|suit"
    r"|be (?:ok|okay|possible|convenient))\b[^\n]*\?",
    r"\b(?:are you able|would you be able|could you|can you) (?:to )?(?:do|make|jump on|hop on"
    r"|join|take) (?:a|an) (?:[\w-]+ ){0,3}?(?:call|chat|screen|interview|meeting|zoom"
    r"|video call)\b",
    r"\b(?:get|put|pop|find|lock|grab) (?:a |some )?(?:time|something|a slot) (?:in|into)"
    r" (?:the|your|our|my) (?:diary|diaries|calendar|calendars)\b|\b(?:get|have|bring) you in"
    r" (?:to meet|for|to chat|to talk)\b",
    r"\b(?:like|love|keen|want|wanted|be great) to (?:meet|speak|talk|chat|connect) (?:more )?"
    r"(?:about|regarding) (?:the|this|your|our) (?:role|position|job|opportunity|application"
    r"|background|experience)\b",
    # a day or a time proposed as a question ("Could you do Thursday?", "can you make 3pm?")
    r"\b(?:can|could|would) you (?:do|make) (?:(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day|tomorrow|next week|the \d|\d)\b[^\n]*\?",
    # in person, at short notice ("can you come in next week for an interview?")
    r"\b(?:can|could|would) you (?:come|pop|swing|drop) (?:in|by|over|down|into (?:the|our)"
    r" (?:office|shop|store|studio))\b",
    # a call or a screen proposed ("I'd like to do a 15-minute screen", "want to hop on a call?")
    r"\b(?:like|love|want|wanted|keen|hoping) to (?:do|have|set up|get|grab|book in|hop"
    r" on|jump on) (?:a|an) (?:[\w-]+ ){0,3}?(?:screen|screening|call|chat|conversation|interview"
    r"|video call|phone call|catch-?up)\b",
    r"\b(?:hop|jump|get) on (?:a|the) (?:quick |short |brief |video |phone )?(?:call|zoom|chat)\b"
    r"[^\n]*\?",
    # a later round wanted ("they want you back for a second round with the CEO")
    r"\b(?:want|wants|like|love|keen|would like) (?:to (?:have|see|get|bring|invite) )?you (?:back"
    r"|in again|again) (?:for|to)\b",
    # a slot picked from a calendar ("grab any slot", "pick whatever time suits")
    r"\b(?:grab|pick|book|choose|take) (?:any|whichever|whatever|one of the) (?:[\w-]+ )?(?:time"
    r"|slot|times|slots)\b|\b(?:grab|pick|book|choose) (?:whatever|whichever|anything that)"
    r" (?:works|suits)\b",
    # one time proposed as a question ("Ravi could do Tuesday at 14:00. Would that suit?")
    r"(?<![^\n])(?:would|does|will|could|can|do) (?:that|this|either|any of (?:these|those|them)"
    r"|one of (?:these|those)|those|these|either of (?:these|those|them))(?: times?| slots?"
    r"| days?| options?)? (?:work|suit|be (?:ok|okay|possible|convenient|alright|any good))\b"
    r"[^\n]*\?",
)

# Agreement on a time in few words (read with a time in the sentence or the next one); "10am
# Friday then" agrees to what the thread proposed, and is read only there (THREAD_AGREED).
AGREED = (
    # put in the diary, booked in, sorted ("I've put 2pm on Friday in the diary", "You're down
    # for Tuesday at 4pm", "All sorted for Monday 10am")
    r"\b(?:i've|i have|we've|we have|i|we) (?:put|popped|added|pencil+ed|booked|blocked|stuck)"
    r"\b[^\n]{0,40}? (?:in|into|to) (?:the|my|our|your) (?:diary|diaries|calendar|calendars)\b",
    r"(?<![^\n])(?:all |that's (?:all )?|it's (?:all )?)?(?:sorted|booked(?: in)?|locked in) for\b"
    r"|\byou(?:'re| are) (?:down|pencil+ed in|booked in|slotted in|lined up) for\b|\b(?:got|have"
    r"|put|slotted|popped) you (?:down |in )?(?:pencil+ed |booked |slotted )?(?:in |down )?for\b",
    r"\b(?:invite|invitation) (?:should be|is|has gone) (?:with you|in your inbox|out to you)\b",
    # someone else booked it: "I saw Renee has booked you in with Derek for Tuesday"
    r"\b(?:has|'s|have) (?:now |already )?(?:booked|scheduled|slotted|set) you (?:up |in )?(?:with"
    r"|for)\b",
    r"\b(?:i'll|i will|we'll|we will|i'm going to|we're going to) give you a (?:call|ring|buzz"
    r"|bell|tinkle) (?:on|at|first thing|tomorrow|this|next)\b",
    r"\bsee you (?:on |at |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bsee you"
    r" (?:tomorrow|at (?:\d|noon))\b",
)

THREAD_AGREED = (
    # "That's fine, Thursday at 2pm", "Thursday works for Raj", "Cool, speak Thursday"
    r"(?<![^\n])(?:that's|that is|that'd be|that would be) (?:all )?(?:fine|great|perfect|good|ok"
    r"|okay|grand|ideal)\b|(?<![^\n])no (?:problem|worries)\b|\b(?:is|'s|sounds) (?:fine|great"
    r"|perfect|good|ideal|grand)\b",
    r"\b(?:works|suits|is (?:fine|good|great)) (?:great |perfectly |well |fine )?(?:for|with)"
    r" [a-z]+\b",
    r"\b(?:speak|talk|chat|see you) (?:to you |with you )?(?:on )?(?:mon|tues|wednes|thurs|fri"
    r"|satur|sun)day\b",
    # put in the diary, booked in, sorted ("I've put 2pm on Friday in the diary", "You're down
    # for Tuesday at 4pm", "All sorted for Monday 10am")
    r"\b(?:i've|i have|we've|we have|i|we) (?:put|popped|added|pencil+ed|booked|blocked|stuck)"
    r"\b[^\n]{0,40}? (?:in|into|to) (?:the|my|our|your) (?:diary|diaries|calendar|calendars)\b",
    r"(?<![^\n])(?:all |that's (?:all )?|it's (?:all )?)?(?:sorted|booked(?: in)?|locked in) for\b"
    r"|\byou(?:'re| are) (?:down|pencil+ed in|booked in|slotted in|lined up) for\b|\b(?:got|have"
    r"|put|slotted|popped) you (?:down |in )?(?:pencil+ed |booked |slotted )?(?:in |down )?for\b",
    r"\b(?:invite|invitation) (?:should be|is|has gone) (?:with you|in your inbox|out to you)\b",
    r"\b(?:locked in|all booked|that's booked|confirmed for)\b",
    r"\b(?:i|we)(?:'ll| will) (?:call|ring|phone|dial|video|zoom) you\b",
    r"(?:\d|\bam|\bpm|day|\bnoon)\.? then\b|\bthen it is\b|\bit'?s a plan\b"
    r"|(?:\d|\bam|\bpm|day|\bnoon)\.? it(?:'s| is)(?: then)?\b",
)

REQUEST_UNLESS = (
    # the hiring process described, not a time asked for now
    r"\btalent (?:community|network|pool)\b|\bour (?:interview|hiring|recruiting"
    r"|selection) process\b",
    # (not "when are you free?", a question; nor a willingness asked: "if you fancy it, ...")
    OPENING + r"(?:if(?! you fancy\b| you're up for\b| that suits\b| it suits\b| you'd like\b"
    r"| you're still\b| you are still\b| you're keen\b| you're interested\b| you are"
    r" interested\b)|when(?!'s| (?:are"
    r"|would|will|is|do|does|can|could|works?|suits?)\b)|once|should|in case)\b|\b(?:next|first)"
    r" step\b[^\n]{0,40}\bwould be\b",
    r"\bwould (?:then )?(?:receive|get|be (?:sent|contacted|invited))\b|\bselected candidates\b",
    r"\b(?:top|shortlisted|successful|finalist) candidates\b",
)

CONFIRM = (
    # an itinerary or a booking laid out ("Here's your itinerary for Thursday", "I've booked:")
    r"\b(?:here(?:'s| is| are)|below (?:is|are)|attached (?:is|are)|please find) your (?:final "
    r"|full |confirmed |updated |interview |onsite |on-site |day's )?(?:itinerary|agenda|schedule"
    r"|timetable|programme|program|running order)\b|\b(?:itinerary|agenda|schedule|timetable)"
    r" for your (?:interview|onsite|on-site|visit|assessment day|final round)",
    r"\b(?:i|we)(?:'ve| have) (?:now |just )?(?:booked|scheduled|confirmed|arranged|set up|locked"
    r" in|organi[sz]ed)(?: (?:the following|as follows|you in|in))?\s*:",
    r"(?<![^\n])(?:just )?(?:confirming|to confirm) (?:our|your|the|today's|tomorrow's|\w+day's)"
    r" (?:[\w-]+ ){0,2}?(?:call|chat|interview|meeting|conversation|screen|session|video call)\b",
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
    # a scheduling tool's notice: "Ben Adler canceled the event below", "Reason for canceling:"
    r"\b(?:canceled|cancelled) the (?:event|meeting|booking) below\b|\breason for cancel+(?:ing"
    r"|ation)\s*:",
    # "gotta cancel tmrw's 3pm", "I need to cancel our 10am"
    r"\bcancel(?:l?ing)? (?:tomorrow's|today's|our|my|the|(?:mon|tues|wednes|thurs|fri)day's)"
    r" \d{1,2}(?::\d\d)?\s?(?:am|pm)\b",
    r"\b(?:\w+day's|today's|tomorrow's|the|our|your) (?:[\w-]+ )?(?:interview|call|chat|meeting"
    r"|screen|session|catch-?up) (?:is|'s) (?:now )?off\b(?! (?:to|the|site))",
    # the meeting called off, whoever asked ("they've asked me to cancel Thursday's interview")
    r"\b(?:cancel+(?:ing)?|call(?:ing)? off|scrap(?:ping)?) (?:your|our|the|today's|tomorrow's"
    r"|this|\w+day's|next week's) (?:[\w'-]+ ){0,3}?(?:interview|call|chat|meeting|conversation"
    r"|session|screen|onsite|on-site|visit|catch-?up)s?\b(?! (?:feedback|notes|scores?|scorecards?"
    r"|questions|results|recording|link|invite|policy|fee|details))",
    r"\bstands? (?:cancel+ed|postponed|deferred|called off)\b",
    r"\b(?:postponed|cancel+ed|called off|deferred)\b[^\n]{0,80}\b(?:fresh|new|revised) dates?\b",
)
RESCHEDULE = (
    # "Make it 3:30 instead, same place."
    r"(?<![^\n])(?:(?!\b(?:if|lunch|coffee|dinner|drinks|parking|driving|train)\b)[^\n]){0,80}"
    r"\b(?:make|let's make|can we make) it (?:\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)?|noon|(?:mon|tues"
    r"|wednes|thurs|fri|satur|sun)day)\b[^\n]{0,20}\binstead\b(?![^\n]*\bstill at\b)",
    # "no longer starts at 10 but at 11:15", "now starts at 11:15 instead of 10"
    r"\bno longer (?:starts?|begins?|is) (?:at|on)\b[^\n]{0,40}\bbut\b|\bnow (?:starts?|begins?"
    r"|is) at\b[^\n]{0,30}\binstead of\b",
    # the booking changed ("I've updated the invite", "it stands rescheduled", "preponed")
    r"\b(?:i|we|they)(?:'ve| have) (?:now |just |already )?(?:updated|moved|changed|amended"
    r"|shifted|rebooked|re-?sent) (?:the|your|our|my) (?:calendar )?(?:invite|invitation|booking"
    r"|calendar (?:entry|hold)|meeting|event|slot)\b" + _NOT_FOR_DETAILS + r"|\b(?:i|we)(?:'ve"
    r"| have) (?:now |just )?sent (?:you |over |through )?(?:a|an) (?:new|updated|fresh|revised"
    r"|amended) (?:calendar )?(?:invite|invitation)\b" + _NOT_FOR_DETAILS,
    r"\bstands? (?:re-?scheduled|re-?fixed|shifted|moved|changed|preponed)\b|\bpre-?pone[ds]?\b"
    r"|\bre-schedul(?:ed|ing)\b|\bbring (?:it|this|the (?:interview|call|meeting|chat|start"
    r" time|time)) forward\b",
    # a time corrected ("the corrected time is ...", "9:30 instead of 11")
    r"\b(?:correct(?:ed)?|revised|updated|amended|right|new) (?:date and time|date|time|start"
    r" time|timing|slot)s? (?:is|are|will be|should be|should read|would be)\b",
    # a platform's notice: "Your interview has a new time. New time: Tuesday, April 21, 14:30"
    r"\b(?:has|have) (?:a |been given a )?new (?:time|date|date and time|slot)\b(?! ?slots)|(?<![^"
    r"\n])[\s*•-]*"
    r"(?:new|updated|revised|changed) (?:date and time|date|time|start time|slot)s?\s*:",
    r"\binstead of (?:the (?:original )?)?(?:\d{1,2}[:.]\d{2}|\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)"
    r"|(?:1[0-2]|0?[1-9])(?=[,.;)!]|$| (?:on|as|that|this|so|and)\b))",
    r"\b(?:push|move|shift|bump|bring) (?:it |this |the (?:call|interview|chat|meeting) )?"
    r"(?:by |back |forward )?(?:an|one|half an|two|\d+) hours?\b",
    r"\b(?:\d{1,2}(?::\d{2})? ?(?:am|pm)|noon) instead of\b",
)

# Instructions, not news ("to cancel your interview, use the link", "you can reschedule").
CANCEL_UNLESS = (
    r"\bto (?:cancel|reschedule)\b[^\n]{0,60}\b(?:click|use|visit|reply|follow|go to|log in"
    r"|contact|let us know|email)\b|\bhow (?:to|do i|can i) (?:cancel|reschedule)\b",
    r"\b(?:you|candidates) (?:can|may|are able to|are welcome to) (?:cancel|reschedule|change"
    r"|move)\b",
)
CONFIRM_UNLESS = CANCEL_UNLESS

# Asking the candidate to choose a time ("Would that suit?"): a request, not a booking.
ASKS_FOR_TIME = (REQUEST[-1],)

# Interview formats and Indian, British and Australian hiring words: hiring context.
HIRING_WORDS = (
    r"\b(?:internships?|apprenticeships?|traineeships?|graduate (?:programmes?|programs?"
    r"|schemes?))\b",
    r"\blive[- ]coding\b|\btake-?home (?:test|task|exercise|assignment|challenge)\b|\bpair"
    r"[- ]programming (?:exercise|session|interview|round)\b|\bwhiteboard(?:ing)? (?:interview"
    r"|exercise|round|challenge)\b|\bsystem design (?:round|interview)\b|\bportfolio"
    r" (?:review|walk-?through|presentation)\b",
    r"\b(?:current|expected|present) ctc\b|\bnotice period\b|\bsalary expectations?\b",
    # contract work through an agency: its rate and tax status name the job
    r"\b(?:day|daily|hourly) rate\b|\b(?:outside|inside) ir35\b|\brecruitment consultant\b"
    r"|\b(?:this|the|that) req\b|\brequisition\b",
    # a shop's, a bar's, a site's hiring: "we're looking for someone for the bar", "spots to
    # fill", "bar work", "a trial shift"
    r"\b(?:we're|we are|i'm|i am) (?:still )?looking for (?:someone|somebody|people|staff) (?:for"
    r"|to (?!buy|rent|sublet|share|take over))\b|\b(?:spots|positions|roles|places|vacancies"
    r"|shifts) (?:\w+ ){0,3}to fill\b|\b(?:bar|kitchen|floor|seasonal|warehouse|retail|hotel"
    r"|restaurant) (?:work|staff|job|jobs)\b",
    # an interim post (not an interim audit, report or result)
    r"\binterim (?:[\w-]+ ){0,2}(?:roles?|positions?|assignments?|mandates?|contracts?|posts?"
    r"|jobs?|placements?|opportunit(?:y|ies))\b|\binterim (?:managers?|executives?)\b",
    r"\d{1,6}(?:[,.]\d{1,3})? ?(?:€|£|\$|eur|chf) ?(?:/ ?|per |pro |par )(?:h|hr|hour|stunde|std"
    r"|day|tag|jour)\b|[£$€] ?\d{1,6}(?:[,.]\d{1,3})? ?(?:/ ?|per |a )(?:h|hr|hour|day)\b",
    r"\b(?:second|third|2nd|3rd|next) round\b(?! of (?:funding|investment|financing|seed"
    r"|voting|drinks|golf|applause))",
    # the terms of a job: an informal offer often says only these ("£74,500 base, 10% bonus")
    r"\b(?:salary|base pay|remuneration|compensation package|sign(?:ing|-on) bonus|relocation "
    r"(?:package|assistance|allowance)|start(?:ing)? date|stock options)\b",
    r"[£$€]\s?\d[\d,.]*\s?k?(?: base| basic| (?:per|a) (?:annum|year)| p\.?a\.?)(?!\w)"
    r"|\b\d{1,2}\s?% (?:annual |performance |target )?bonus\b",
)

# Not the user's own job interview: reviews at their current job, a viewing, a loan, outreach
# about a role they never applied to.
NOT_HIRING = (
    r"\b(?:your|our) (?:(?:mid-?year|end-?of-?year|year-?end|annual|quarterly|half-?yearly|six-?"
    r"month|performance|probation(?:ary)?|pay|salary) )+(?:review|appraisal|check-?in)s?\b"
    r"|\byour appraisal\b|\b(?:our|my) (?:weekly |fortnightly |monthly |regular |usual )?(?:1:1"
    r"|1-1|one-to-one|one on one|1-on-1)s?\b",
    r"\b(?:a|the|your|our) viewing\b|\bto view (?:the |a )?(?:unit|apartment|flat|property|house"
    r"|home|room)\b|\b(?:leasing|letting|rental|estate) (?:agent|office|application)\b"
    r"|\blandlord\b|\btenancy\b",
    r"\bmortgage (?:consult\w*|appointment|pre-?approval|application|broker|meeting)\b|\bpre-?"
    r"approval (?:consult\w*|call|meeting|appointment)\b",
    # cold outreach: the writer found the user, who never applied
    r"\b(?:came across|stumbled (?:up)?on) your (?:profile|linkedin|github|portfolio|background"
    r"|details|cv|resume|website|work)\b|\bfound your (?:profile|cv|resume|details) (?:on|via"
    r"|through|in (?:our|the) (?:database|talent))\b",
    r"\b(?:are you|you're|you are|if you're|if you are|would you be) (?:open|interested) (?:to|in)"
    r" (?:new |other |a few )?(?:opportunities|roles|a (?:new )?(?:move|role|challenge|change))\b"
    r"|\b(?:not sure|unsure) (?:if|whether) you(?:'re| are) (?:actively |currently )?(?:looking"
    r"|open)\b|\bno pressure (?:at all )?if the timing\b",
    # the user as someone else's referee
    r"\b(?:listed|named|gave|given|put|provided|included|mentioned) you (?:down )?as (?:a |an |his"
    r" |her |their |one of (?:his|her|their) )?(?:\w+ )?(?:references?|referees?)\b|\bgave (?:us )?"
    r"your (?:name|details|contact details|email) as (?:a |an )?(?:\w+ )?(?:reference|referee)\b",
)

# Mail to the hiring side at the user's own job ("A reminder for hiring managers: ...").
PANEL_MEMBER = (
    r"\b(?:reminder|note|guidance|update|heads-up) (?:for|to) (?:all )?(?:hiring managers"
    r"|interviewers|interview panels?)\b|(?<![^\n])(?:hi|hello|dear) (?:all )?(?:hiring managers"
    r"|interviewers)\b",
)

# A meeting announced with its time ("Your interview will take place on Thursday at 2pm",
# "you're meeting Priya tomorrow at 10am"); read with one day named, no choice of times.
INVITATION = (
    # "We're running a Recruitment Open Day here at the hotel on Saturday 28th March"
    r"\b(?:we're|we are|we'll be) (?:running|holding|hosting) an? (?:recruitment|hiring"
    r"|recruiting) (?:open )?(?:day|evening|morning)\b",
    # "Come in Thursday 3pm for an interview, 2150 W Fulton"
    r"\b(?:come|pop|swing|stop) (?:in|by|over|round) (?:on |this |next )?(?:mon|tues|wednes|thurs"
    r"|fri|satur|sun)day\b[^\n]{0,30}\bfor (?:an?|the|your) (?:[\w-]+ )?(?:interview|chat|trial"
    r" shift|meeting)\b",
    # "Come by our office on Monday 23 March at 9:30"
    r"\b(?:come|pop|swing|drop) (?:by|in|over|round) (?:to |at )?(?:our|the) (?:office|studio"
    r"|shop|lab|site|hq|headquarters|workshop|warehouse)\b",
    r"\b(?:the|your|our|this) (?:[\w-]+ ){0,3}?(?:interview|screen|call|chat|conversation|meeting"
    r"|assessment|onsite|on-site|round|assessment (?:day|centre|center))s? (?:will|is going to"
    r"|shall|is to) (?:be held|take place|be conducted|happen|run|start|begin)\b",
    r"\byou(?:'re| are) (?:meeting|seeing|speaking (?:with|to)|chatting (?:with|to)|interviewing"
    r" with)\b|\byou(?:'ll| will) (?:be )?meet(?:ing)?\b",
    # "I will call you this Friday between 2 and 3 PM IST"
    r"\b(?:i|we)(?:'ll| will) (?:call|ring|phone|dial) you (?:on |this |next |tomorrow|today"
    r"|at )",
    # "they want to see you again for the 2nd stage thurs at 10am"
    r"\b(?:want|wants|would like|'d like|would love|'d love) to (?:see|meet) you (?:again "
    r"|in person"
    r" )?(?:for|on|at|in|next)\b",
)

# Not fixed yet: the writer still checks ("No problem, I'll check with Raj and confirm").
CONFIRM_SENTENCE_UNLESS = (
    r"\b(?:check|double-check|see) (?:with|if|whether)\b|\bwhether\b|\brun (?:it|this|that)"
    r" (?:by|past)\b|\b(?:i'll|i will|we'll|we will) (?:confirm|come back to you|get back to you"
    r"|revert)(?: (?:shortly|asap|soon|once|when|after|as soon as|by|later|tomorrow|with)\b|[.!]"
    r"|$)",
)

# An application for something else than a job (rules.py: its news is no hiring news).
OTHER_APPLICATION = (
    r"\b(?:rental|tenancy|lease|leasing|apartment|flat|housing|loan|mortgage|credit card"
    r"|admissions?|scholarship|grant|membership) application\b|\b(?:your application|applying)"
    r" for (?:the |a |an )?(?:apartment|flat|unit|property|loan|mortgage|credit card|admission"
    r"|scholarship|grant|membership|(?:residential |resident |visitor )parking permit)\b",
    # a visa's or a passport's own receipt (not an offer that helps with a work permit)
    r"\b(?:your|the) (?:visa|residence permit|settlement|naturali[sz]ation|citizenship|passport)"
    r" application (?:has been|was|is being|is) (?:received|submitted|registered|processed"
    r"|reviewed)\b|\b(?:we've|we have) received your (?:application for (?:an? |the )?(?:[\w-]+ )"
    r"{0,4}(?:visa|passport)|(?:[\w-]+ ){0,4}(?:visa|passport|citizenship) application)\b",
    r"\badmissions? (?:committee|office|decision)\b",
    # a talk, a paper, a hackathon, a fellowship, a volunteer place
    r"\bcall for (?:papers|proposals|speakers|talks)\b|\byour (?:talk|paper|abstract|session)"
    r" (?:proposal|submission)\b|\b(?:talk|paper|abstract) (?:was|has been|were) not (?:selected"
    r"|accepted)\b|\bhackathon\b|\bfellowship (?:application|programme|program|cohort)\b"
    r"|\bvolunteer (?:role|position|place|mentor|programme|program|opportunity)\b"
    r"|\b(?:apply|applying|applied|application) to volunteer (?:with|for|at)\b|\byour"
    r" volunteer(?:ing)? application\b",
    r"\b(?:program|programme) committee\b|\bspeak(?:er|ing) (?:dashboard|portal|slots?"
    r"|line-?up)\b",
    # a place on a sports team, a club's membership
    r"\b(?:u\d\d |team |squad )?try-?outs\b|\b(?:club|society) membership\b|\bmembership"
    r" (?:committee|request)\b",
    # funding the user applied for: "we are unable to offer you a fellowship", "your grant
    # application" (not a start-up's "funding round", nor an intern's "stipend")
    r"\b(?:offer|award|grant) you (?:a |an |the )?(?:\w+ )?(?:fellowship|grant|scholarship"
    r"|bursary)\b|\byour (?:\w+ )?(?:grant|scholarship|bursary|fellowship) (?:application"
    r"|proposal)s?\b",
)
