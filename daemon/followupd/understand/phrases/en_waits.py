"""English receipts and holding replies added to the shared lists (imported by en.py, which
carries them into the rule table).

Receipts: an application, a CV or a portfolio acknowledged, by an ATS or in a person's few
words; holding replies: no decision yet, a delay, the decision-maker away, news promised by a
day. Same conventions as languages.py; never the name of an employer, a product or a platform.
"""

from __future__ import annotations

from followupd.understand.phrases.en_logistics import OPENING

ACKNOWLEDGEMENT = (
    r"\b(?:your |the )?(?:job )?(?:application|submission|resume|cv|candidacy|candidature"
    r"|profile)\b"
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
    # gladness or thanks for the act of applying ("We're delighted you decided to apply")
    r"\b(?:delighted|glad|happy|pleased|excited|thrilled) (?:that )?you(?:'ve| have)? (?:decided"
    r" to |chosen to |chose to )?(?:apply|applied)\b",
    r"\b(?:appreciate|grateful for) (?:you |your )?taking the (?:time|first step) to apply\b",
    r"\b(?:got|received|have) your (?:cv|resume|application|details|note|email)\b",
    # what the user sent, received or passed on ("I've passed your resume to the hiring manager")
    r"\b(?:got|received|have|receipt of) (?:your|the) (?:updated |revised |new |latest |amended )?"
    r"(?:cv|resume|portfolio|cover letter|application|work samples?|writing samples?)\b(?! (?:dead"
    r"line|form|process|portal|link|window|pack|fee))",
    r"\b(?:passed|forwarded|sent|shared|put|submitted|handed)(?: on| across| over| through"
    r"| forward)? (?:your|the) (?:updated )?(?:cv|resume|profile|application|details|portfolio)"
    r"(?: on| across| over| through| forward)? (?:to|with) (?:the|our|my|their|a)\b",
    r"\byour application is on its way\b|^you(?:'ve| have)? (?:successfully |just )?applied"
    r" (?:to|for)\b",
    r"\b(?:i'll|i will|we'll|we will) (?:get|pass|send|forward|share|put) your (?:cv|resume"
    r"|details|profile|application|portfolio) (?:over |across |on |through |forward )?(?:to|with)"
    r" (?:the|our|my|their)\b",
    # interviews still to come for everyone ("we'll be calling people in for interviews")
    r"\b(?:calling|inviting|bringing|asking) (?:people|candidates|applicants|a few people|some"
    r" people|a handful of (?:people|candidates)|shortlisted candidates) in (?:for|to)\b"
    r"|\b(?:we|i)(?:'ll| will|'re| are) (?:be )?shortlisting\b",
)
# What a person's receipt says in few words; read only in hiring mail before any interview
# (rules.py "a person's receipt"): "Got it, thanks" is no receipt of an application elsewhere.
RECEIPT = (
    r"(?<![^\n])(?:received|got it|got this|got them|got that|noted|safely received)\b[,!.]?"
    r"(?: with)? (?:thanks|thank you|many thanks|cheers|ta)\b",
    r"(?<![^\n])(?:thanks|thank you|cheers|many thanks)\b[^\n]{0,20}?[,!-] ?(?:received|got it"
    r"|noted)\b",
    r"\b(?:will|shall) (?:review|go through|check|look (?:at|over|through)|have a look|assess)"
    r"(?: it| this| them| the same| your (?:cv|profile|resume))? (?:and|&) (?:revert|get back"
    r"|come back|respond|be in touch|let you know|reply)\b",
    r"\b(?:i'll|i will|we'll|we will) (?:have|take) a (?:proper |good |closer |quick |detailed"
    r" |thorough )?(?:look|read)\b",
)
ACKNOWLEDGEMENT_UNLESS = (
    # an application not sent yet: a draft the board reminds of
    r"\bnot (?:yet )?(?:been )?(?:submitted|sent|completed|finished)\b|\b(?:haven't|have not)"
    r" (?:yet )?(?:submitted|sent|completed|finished)\b|\b(?:unfinished|incomplete|draft)"
    r" application\b",
    # an account made on a careers site is no application
    r"(?<![^\n])(?![^\n]*\bappli)[^\n]*?\b(?:profile|account) (?:has been |was |is )?"
    r"(?:successfully )?(?:created|set up|activated|registered)\b",
    r"\bsurvey\b.{0,40}\b(?:interview|experience)\b",
    r"\beither way\b|\bone way or (?:the )?other\b|\bwhatever the outcome\b",
    # a password or sign-in notice ("...reset it and check your applications")
    r"\b(?:password|passwort|kennwort|mot de passe|contraseña|sign-?in|anmeldung|connexion"
    r"|inicio de sesión)\b",
    # why a notice came ("You're receiving this because you applied"), not a receipt
    r"\b(?:recei(?:ve|ving)|recibes|recibe|recibiste|recevez|reçu|erhalten|bekommen)\b[^\n]{0,50}"
    r"\b(?:because|porque|car|parce que|weil|da)\b",
    # availability sent, not an application ("Thanks for sending through your availability")
    r"\bthanks? (?:you )?(?:so much |very much |again )?for (?:sending|sharing|providing)"
    r"(?: (?:through|over|me|us))? (?:your |those |the )?(?:availability|times|dates|slots"
    r"|windows)\b",
)

HOLDING = (
    # a panel, no post yet: "placed on the panel at position 6 ... placement on a panel is not an
    # offer of employment"
    r"\b(?:placed|placement) on (?:a|the|our) (?:\w+ )?panel\b",
    # the answer promised by a day: "you'll have an answer from me by Wednesday at the latest"
    r"\byou(?:'ll| will) (?:have|get) (?:an|my|our|a final) (?:answer|decision|response) (?:from"
    r" (?:me|us) )?(?:by|before|no later than|within)\b",
    # an offer or a hire paused, not withdrawn: "the offer is not withdrawn. It's paused"
    r"\b(?:offer|role|process|hire|hiring)(?:'s| is| has been) (?:just |now )?(?:paused|on hold"
    r"|put on hold)\b|(?<![^\n])it(?:'s| is) (?:just |only )?paused\b",
    r"\b(?:still|currently) (?:sorting|working|figuring) (?:a few |some )?(?:things|stuff)"
    r" out\b|\b(?:have not|haven't|not) forgotten (?:about )?you\b",
    r"\b(?:still|very much) (?:very much )?in the running\b",
    r"\b(?:wants?|would like|prefers?|needs?) to (?:wait for|see|meet|finish|complete|speak with)"
    r"\b[^\n]{0,60}\bbefore (?:making|reaching|taking|coming to) (?:a|any|their|the|its|our)"
    r" (?:final )?decision\b",
    r"\b(?:still|currently) (?:under (?:review|consideration)|being (?:reviewed|considered)|in "
    r"(?:review|the running|consideration|contention|process|progress)|on (?:the|our) shortlist)\b",
    r"\b(?:remain|remains|are still|is still|still) (?:under consideration|in (?:the running|"
    r"consideration|contention))\b",
    r"\b(?:no|not any|nothing) (?:news|update|feedback|decision)s? (?:yet|so far|as of yet"
    r"|to share)\b",
    r"\b(?:waiting|waiting on|waiting for|awaiting|chasing) (?:final )?(?:sign-?off|approval"
    r"|feedback"
    r"|budget|headcount|the (?:team|client|hiring manager|panel|committee|board|partners?))\b",
    r"\b(?:hiring manager|team|client|panel|committee|decision-?makers?|partners?"
    r"|board)\b[^\n]{0,60}"
    r"\b(?:travell?ing|away|on (?:leave|holiday|vacation|annual leave|pto)|out of (?:the )?office"
    r"|off sick|back (?:on (?:\w+day|the \d)|next)|meets|will meet|meeting)\b",
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
    # the decision-maker away ("Hamish is on annual leave until Friday")
    r"\b(?:is|are|'s|will be) (?:currently )?(?:on (?:annual |parental |sick |long service )?leave"
    r"|on (?:holiday|vacation|pto)|away|travel+ing|out of (?:the )?office|off)\b[^\n]{0,20}"
    r"\b(?:until|till|this week|next week|for (?:a|the|two|three|a couple of) (?:week|day)s?)\b",
    r"\bnothing (?:will|is going to|can|is likely to) (?:move|happen|progress)\b",
    # news promised by a day ("I'll have feedback for you by Wednesday")
    r"\b(?:i|we)(?:'ll| will| should| shall| expect to| hope to| aim to|'m hoping to| am hoping"
    r" to|'re hoping to| are hoping to| should be able to) (?:have|get|hear|receive|share)"
    r" (?:some |more |any |the )?(?:feedback|news|an update|updates|word|a response|a decision"
    r"|an outcome|an answer)\b[^\n]{0,30}\b(?:by|early|next|later|within|on|before|at the"
    r" latest|end of|this)\b",
    # the application kept open: "your application remains open and on hold"
    r"\byour (?:application|candidacy)\b[^\n]{0,40}\b(?:remains|stays|will remain|will stay|is"
    r" still) (?:open|active|live|on hold|under consideration)\b",
    # a decision still to be made, by someone, by a day
    r"\b(?:will|'ll|should|is going to|are going to|plan to|hope to|expect to|aim to) (?:decide"
    r"|make (?:a|the|their|our) (?:final )?(?:call|decision))\b[^\n]{0,40}\b(?:by|on|early|next"
    r"|this|within|before|after|end of)\b|\b(?:meet|meeting|get together|sit down|regroup"
    r"|reconvene)\b[^\n]{0,30}\bto (?:make|reach) (?:a|the|our|their) (?:final )?(?:call|decision)"
    r"\b|\bdecision (?:should|will|is expected to|is likely to|ought to) be (?:made|reached|taken"
    r"|final)\b",
    r"\b(?:mulling (?:it|this|things) over|thinking (?:it|this|things) over|deliberating|weighing"
    r" (?:it|things|everything) up)\b",
    r"\bstill (?:very much |firmly |definitely )?in (?:the running|contention|consideration|the"
    r" mix|the frame)\b|\bmoving (?:a (?:bit|little) )?(?:slower|more slowly)\b",
    r"\byou(?:'ll| will) be the first to know\b|\bas soon as (?:i|we) (?:hear|get|have|know)\b"
    r"|\b(?:i've|i have|we've|we have) (?:chased|nudged|pinged|followed up with) (?:them|the client"
    r"|the team|the hiring manager|the panel)\b",
    # a recruiter waiting on the client: "as soon as they get back to me", "they're finishing up
    # with a few other people"
    r"\bas soon as (?:they|the client|the team|the hiring manager) (?:get|gets|come|comes) back to"
    r" (?:me|us)\b(?! with (?:times|slots|a time|availability|dates|a date))|\b(?:they're|they are|"
    r"the client is|the team is) (?:just )?(?:finishing up"
    r"|wrapping up) with (?:a (?:few|couple of) )?other (?:people|candidates|interviews)\b",
)
HOLDING_UNLESS = (r"\b(?:filled|closed|no longer|withdrawn|cancel+ed)\b",)

# The process delayed, or the review still going on: news past a receipt (rules.py).
DELAY = (
    r"\b(?:taking|take|takes|took|will take) (?:a (?:bit|little) )?(?:longer|more time) than"
    r" (?:expected|planned|anticipated|we (?:expected|hoped|planned))\b",
    r"\b(?:has|have|had) been (?:delayed|extended|pushed back)\b|\bis (?:running|behind) (?:late"
    r"|schedule)\b",
    r"\b(?:still|currently still) (?:reviewing|evaluating|assessing|considering|interviewing"
    r"|going through|in the process of (?:reviewing|interviewing))\b",
    r"\b(?:remains?|is still|are still) (?:under (?:review|consideration)|being (?:reviewed"
    r"|considered))\b",
    r"\b(?:very much |definitely )?still in the (?:process|running|mix|frame)\b",
    r"\b(?:client|hiring manager|team|panel)\b[^\n]{0,20}\b(?:hasn't|has not|haven't|have not)"
    r" (?:yet )?(?:come back|got back|gotten back|responded|decided)\b|\b(?:haven't|have not)"
    r" (?:yet )?heard back from (?:the|my) (?:client|hiring manager|team)\b",
    # the post still open, the interviews going on
    r"\b(?:has not|hasn't|is not|isn't) (?:yet |been )?(?:been )?filled(?: yet)?\b"
    r"|\b(?:continuing|continue|carrying on) (?:to interview|(?:with )?(?:our|the) interviews"
    r"|interviewing)\b",
    # more people still to meet, a later aim ("two more candidates coming in next week", "we're
    # now aiming to get back to everyone by Friday")
    r"\b(?:have|has|got) (?:two|three|four|a few|a couple of|several|some|\d+) (?:more|other"
    r"|further) (?:candidates|applicants|interviews|people|finalists) (?:still |left |coming in"
    r"|to (?:see|meet|interview|speak))",
    r"\b(?:now|newly) (?:aiming|hoping|expecting|planning|looking) to (?:get back|come back|decide"
    r"|make (?:a|our|the|a final) decision|have (?:a|an) (?:decision|answer|update)|update)\b",
)
DELAY_UNLESS = (OPENING + r"(?:if|when|whenever|should|once|in case|unless)\b",)
