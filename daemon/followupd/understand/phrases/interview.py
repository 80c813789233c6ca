"""Interview logistics as data: phrases for booked, moved, cancelled and requested interviews.

Same conventions as common.py (normalised text, one sentence per line). The `*_SENTENCE`
lists are sentence-wide: a meeting word and a verb anywhere in one sentence, whatever sits
between them (a name with an address, a job title, commas), because real mail puts people
between the noun and the verb; the meeting must be someone's own ("your/the interview", not
"most interviews are..."). Rules using them also require a concrete time in that sentence or
the next one (rules.Rule.time_within), which is what keeps them from reading too much.
INVITATION and AGREED are read only when the message names one day and does not ask the
candidate to choose a time (classify.FACTS "one_day", "asks_for_time"): otherwise the
employer is proposing, and the message is a request.
"""

from __future__ import annotations

from followupd.understand.phrases.common import CONDITIONAL, QUESTION

# A trial shift or day at work, and a hiring day: met in person like an interview.
_TRIAL = (
    # (not a gym's or a club's free trial: "día de prueba gratis", "journée d'essai gratuite")
    r"(?:trial (?:shift|day)s?(?! (?:pass|membership|class|lesson))|working interview|(?:hiring"
    r"|recruiting|recruitment) days?|probearbeit\w*|probetag\w*|journ(?:é|e)e d'(?:essai"
    r"|immersion|embauche|recrutement)(?! gratuite| découverte| portes ouvertes)|quart d'essai"
    r"|d(?:í|i)a de prueba(?! gratis| gratuito| sin compromiso)|jornada de prueba)"
)
_MEETING = (
    r"(?:interview|phone screen|screen|call|chat|conversation|meeting|onsite|on-site|session"
    r"|vorstellungsgespr\w*|gespr\w*|termin|entretien|rendez-vous|entrevista|reuni\w+|llamada"
    r"|" + _TRIAL + r")"
)
# A hiring meeting by its own name (not "call" or "session"), for the sentence-wide lists.
_INTERVIEW = (
    r"(?:interview\w*|phone screen|screening call|onsite|on-site|final round|intro"
    r"|(?:technical|video|phone|intro|introductory|first|second|final) (?:call|chat|conversation"
    r"|round|meeting)"
    r"|vorstellungsgespr\w*|gespr(?:ä|ae)ch\w*|termin\w*|entretien\w*|entrevista\w*|"
    + _TRIAL
    + r")"
)
_SAME_SENTENCE = r"[^\n]{0,160}?"


# "your/the/our (video) interview", or the sentence's first words: not "most interviews are...".
_OWNED = (
    r"(?:(?<![^\n])|\bl'|\b(?:your|our|the|this|my|today's|tomorrow's|\w+day's|ihr|ihre|unser"
    r"|unsere|das|der|votre|notre|le|la|tu|su|el|nuestra)\s(?:[\w-]+\s){0,3})"
)


def _then(first: str, second: str) -> str:
    """`first`, then `second` later in the same sentence, whatever lies between."""
    return rf"\b{first}\b{_SAME_SENTENCE}\b{second}"


def _owned_then(meeting: str, second: str) -> str:
    """Someone's own `meeting` (see _OWNED), then `second` later in the same sentence."""
    return _OWNED + _then(meeting, second)


_BOOKED = (
    r"(?:confirmed|scheduled|booked|arranged|locked in|finali[sz]ed|set|lined up|organi[sz]ed"
    r"|best(?:ä|ae)tigt|vereinbart|eingeplant|angesetzt|festgelegt"
    r"|confirm(?:é|e)e?|pr(?:é|e)vue?|fix(?:é|e)e?|programm(?:é|e)e?|planifi(?:é|e)e?"
    r"|confirmad[ao]|programad[ao]|agendad[ao]|fijad[ao])"
)
_BE = (
    r"(?:is|are|'s|has been|have been|'s been|was|were|now|all|got|get|been|ist|wurde|sind"
    r"|est|a été|a bien été|est bien|está|ha sido|queda|quedó)"
)

RESCHEDULE = (
    r"\b(?:moved|rescheduled|rearranged|pushed|shifted|changed|bumped|postponed) (?:your|our|the"
    r"|today's|tomorrow's|\w+day's) (?:[\w-]+ ){0,3}" + _MEETING + r"\b",
    r"\b" + _MEETING + r" (?:has been|is now|was) (?:moved|rescheduled|changed|pushed)\b",
    r"\b(?:new|updated) (?:time|date) (?:for|of) (?:your|our|the)\b",
    r"\b" + _MEETING + r" is now (?:on|at|scheduled for)\b|\bnew (?:date|time) (?:is|will be)\b",
    r"\binstead of (?:the original|\w+day)\b|\bupdated invitation\b|\bevent has been updated\b",
    r"\bverschoben\b|\bauf einen anderen (?:tag|termin|zeitpunkt)\b",
    r"\breprogramad\w*|\bmovido\b",
)

CANCEL = (
    r"\b(?:need|have|had|must|going) to (?:cancel|call off)\b",
    r"\b(?:need|have|had) to (?:reschedule|rearrange|move|postpone) (?:your|our|the|today's"
    r"|tomorrow's)\b",
    r"\bpostpone[ds]? .{0,40}\b(?:until further notice|indefinitely)\b",
    r"\b" + _MEETING + r"(?: [\w'-]+){0,4} (?:has been|is|was|will be) (?:cancel+ed|called off)\b",
    r"\bcancel+(?:ing|ed) (?:your|our|the|today's|tomorrow's|\w+day's) (?:[\w-]+ ){0,3}" + _MEETING,
    r"\b(?:abgesagt|absagen m(?:ü|ue)ssen)|\bcancelad[ao]\b|\bcancelar\b",
    r"\bm(?:ü|ue)ssen wir .{0,60}\babsagen\b",
)
CANCEL_UNLESS = (*CONDITIONAL, r"\bneed to cancel or\b", r"\bfree up to\b", *QUESTION)

CONFIRM = (
    r"\b" + _MEETING + r"(?: [\w'&()-]+){0,5} (?:is |has been |was |now )?(?:confirmed|scheduled"
    r"|set|booked|arranged)\b",
    r"\b(?:confirm(?:ing|ed)?|scheduled|booked) (?:for )?(?:you |your |our |the )?(?:[\w-]+ ){0,3}"
    + _MEETING,
    r"\b(?:you're|you are) (?:all )?(?:set|booked|scheduled|confirmed) for\b",
    r"\b(?:lock (?:that|it|this) in|works (?:great|perfectly|well) for (?:me|us))",
    r"\bsee you (?:on|then)\b",
    r"\b(?:works (?:great|perfectly))\b",
    r"\b(?:booked|scheduled|pencil+ed|put) (?:us|you) (?:in )?for\b",
    r"^confirmed:? (?:[\w'&-]+ ){0,4}" + _MEETING + r"\b",
    r"\bsent (?:you )?(?:a|an|the) (?:calendar )?invit(?:e|ation) for\b",
    r"^invitation: |\binvited to the following event\b",
    r"\b(?:new )?event (?:has been|is) (?:scheduled|booked|confirmed)\b",
    r"\bdetails (?:for|of|about) your (?:upcoming )?" + _MEETING + r"\b",
    # a heading over the day and time: "Interview details", "Détails de l'entretien"
    # (with a date or time label on one of the next lines: not a blog's "Interview details")
    r"(?<![^\n])[ \t*•>-]*(?:(?:your )?interview (?:details|arrangements)|(?:détails|modalités) de"
    r" (?:l'|votre )entretien|(?:datos|detalles) de (?:la|tu|su) entrevista|(?:details|angaben)"
    r" zu(?:m| ihrem) (?:vorstellungs)?gespräch)[ \t]*:?[ \t]*\n(?:[^\n]*\n){0,2}?[ \t*•>-]*"
    r"(?:date|time|when|datum|uhrzeit|wann|heure|fecha|hora)[ \t]*:",
    r"\breminder:? (?:your|you have an?) (?:upcoming )?(?:[\w-]+ ){0,2}" + _MEETING + r"\b",
    # (a German invitation is read by de_logistics.INVITATION: only when no choice is offered)
    r"\btermin:",
    # a label line: "Probetag: Dienstag, 21.04.2026, Beginn 6:00 Uhr", "Entretien : mardi 10h"
    r"(?<![^\n])[ \t*•>-]*(?:probetag|probearbeiten|trial shift|trial day|journée d'essai|día de"
    r" prueba|vorstellungsgespräch|entretien|entrevista|interview date)[ \t]*:",
    r"\bentretien (?:est )?(?:pr(?:é|e)vu|fix(?:é|e)|confirm(?:é|e))|\bvous convier\b",
    r"\bentrevista (?:est(?:á|a) )?(?:programada|confirmada|agendada)|\bte confirm(?:o|amos)\b",
)
# Conditions ("once your interview is confirmed, ..."), and social plans among friends.
_NOT_YET = (
    r"\bonce\b(?! again| more)|\bas soon as\b|\bsobald\b|\bd(?:è|e)s que\b|\buna vez que\b",
    r"\bwhen (?:your|the|an?) [^\n]{0,40}(?:is|has been|gets) (?:confirmed|scheduled|booked)\b",
    r"\b(?:coffee|lunch|dinner|drinks|brunch|birthday|party)\b",
    # The user interviews someone else.
    r"\bto interview (?!with\b)|\b(?:as|be) (?:an? )?interviewer\b|\bscorecard\b",
    r"\b(?:the|this|our|a) candidate(?:'s)?\b(?! (?:portal|home|center|centre|experience|profile))",
)
CONFIRM_UNLESS = (*CONDITIONAL, *QUESTION, *_NOT_YET)

REQUEST = (
    r"\b(?:like|love|want|wanted|happy|keen) to (?:schedule|set up|arrange|book|organi[sz]e|"
    r"line up|invite you|interview you)\b",
    r"\b(?:like|love|want|wanted|keen) to (?:have|bring|invite) you (?:come |over )?(?:in|back"
    r"|on-?site|onsite|to (?:our|the) office)\b",
    r"\b(?:share|send|let me know|tell me|provide)(?: me| us)? (?:your|a few|some|several|two or "
    r"three|2-3) (?:availability|available times|times|time slots|slots|options)\b",
    r"\b(?:pick|choose|select|grab|book|schedule) (?:a|your|the|an?) (?:time|slot|interview slot"
    r"|time slot)\b",
    r"\b(?:what|which) (?:times?|days?) (?:works?|suits?|would work)\b"
    r"|\bwould any of (?:the following|these)",
    r"\b(?:would|does|do|will) (?:[\w,.:-]+ ){1,8}(?:work|suit) (?:for )?(?:you\b|on your (?:end"
    r"|side)\b)",
    r"\bwhich (?:one |option |slot |time |day )?(?:works|suits|would work)\b"
    r"|\bdo any of (?:these|those|the following)\b",
    r"\b(?:are|would) you (?:be )?(?:available|free|open) (?:for|on|next|this|to)\b.{0,60}"
    + _MEETING,
    r"\bwhen (?:are|would) you (?:be )?(?:available|free)\b|\byour availability\b",
    r"\bhere's my calendar\b|\bbooking link\b|\buse (?:this|the) link to (?:schedule|book)\b",
    r"\b(?:please|you can|you may|feel free to|go ahead and) (?:self-)?(?:schedule|book|pick"
    r"|choose|select|reserve)\b|\b(?:available|open) (?:slots|times)\b|\bself-schedul",
    r"\bterminvorschl(?:ä|ae)ge\b|\bihre verf(?:ü|ue)gbarkeit\b|\b(?:tu|su) disponibilidad\b",
    r"\b(?:qu(?:é|e) (?:d(?:í|i)a|hora|horario)|cu(?:á|a)ndo) (?:te|le|les) (?:vendr(?:í|i)a|viene"
    r"|va|ir(?:í|i)a) bien\b",
    r"\bcan you (?:do|make|join) (?:a|an) (?:[\w-]+ ){0,2}" + _MEETING + r"\b",
    r"\b(?:invite|move) you (?:forward )?to (?:the|a|our) (?:next|second|final|first) "
    r"(?:round|stage|interview)",
    r"\b(?:m(?:ö|oe)chten|w(?:ü|ue)rden) (?:wir )?sie (?:gerne? )?(?:zu einem|zum) .{0,40}einladen"
    r"|\bwann sie zeit haben\b",
)
# Thanks for availability already given, or the details confirmed: nothing is asked any more.
_AVAILABILITY_GIVEN = (
    r"\bconfirm(?:ing)? (?:the|your|all the) (?:details|time|date|slot|booking|arrangements)\b",
    r"\bthanks? (?:you )?for (?:confirming|sending|sharing|providing|letting (?:me|us) know"
    r"|getting back to (?:me|us) with)\b[^\n]{0,25}\bavailability\b",
    r"\bmerci (?:de|d'|pour) (?:avoir )?(?:confirmé|envoyé|partagé|indiqué|transmis|nous avoir"
    r" transmis|vos)\b[^\n]{0,25}\bdisponibilités\b",
    r"\bgracias por (?:confirmar|enviar|compartir|indicar|enviarnos|tu|su)\b[^\n]{0,25}"
    r"\bdisponibilidad\b",
    r"\bdanke(?:schön)? für (?:die|ihre|deine) (?:rückmeldung zu (?:ihrer|deiner) )?"
    r"(?:verfügbarkeit|terminvorschläge|zeitfenster)\b",
)
REQUEST_UNLESS = (
    *CONDITIONAL,
    # availability set in a job board's profile, for any employer ("Añade tu disponibilidad a tu
    # perfil", "add your availability to your profile"), not "échanger sur votre profil"
    r"\b(?:add|set|update|enter|save)\b[^\n]{0,50}\b(?:to|in|on) your (?:\w+ )?profile\b"
    r"|\b(?:añade|agrega|indica|actualiza|guarda)\b[^\n]{0,50}\b(?:a|en) tu perfil\b|\b(?:zu|in)"
    r" (?:ihrem|deinem) (?:\w+-?)?profil\b[^\n]{0,40}\b(?:hinterleg|ergänz|aktualisier|eintrag"
    r"|angeb)"
    r"|\b(?:ajoutez|renseignez|indiquez|complétez|mettez à jour)\b[^\n]{0,50}\b(?:à|dans|sur)"
    r" (?:votre|ton) profil\b",
    r"\b(?:we|i|someone|a recruiter|our team)(?:'ll| will) (?:reach out|contact you|be in touch|"
    r"get in touch)\b",
    *_AVAILABILITY_GIVEN,
    r"\bonce (?:we|the team) (?:review|have reviewed)\b",
)

# Sentence-wide, used with a time in the sentence or the next one.
CONFIRM_SENTENCE = (
    r"\b(?:locked|booked|pencilled|penciled|slotted|put) (?:us|you) in (?:for|on)\b",
    _owned_then(_INTERVIEW, _BE + r" " + _BOOKED + r"\b"),
    _owned_then(_INTERVIEW, r"(?:is|are) still (?:on|happening|going ahead)\b"),
    r"\b(?:confirmed|scheduled|booked|arranged|set up|lined up|locked in|put (?:you|us) down)"
    r"\b(?! (?:to interview|an? interviewer))" + _SAME_SENTENCE + r"\b" + _INTERVIEW + r"\b",
    r"\b(?:this|i|we) (?:is to |am writing to |are writing to |want to |wanted to )?"
    r"confirm(?:s|ing)? (?:your|our|the|that)\b" + _SAME_SENTENCE + r"\b" + _INTERVIEW + r"\b",
    _then(r"best(?:ä|ae)tig(?:en|e)", r"(?:termin|gespr(?:ä|ae)ch|treffen)"),
    r"\b(?:you're|you are|we're|we are) (?:all )?(?:set|booked|booked in|confirmed)\b",
    # "It's set: Thursday 12 March at 11am", "that's booked for Tuesday at 2"
    r"(?<![^\n])(?:\w+[,!] )?(?:it's|it is|that's|that is|all) (?:all )?(?:set|booked|locked in"
    r"|confirmed|sorted)(?: then)?\s*(?::|for\b)(?![^\n]*\b(?:lunch|dinner|drinks|brunch|party"
    r"|birthday|table)\b)",
    r"\b(?:je vous confirme|nous vous confirmons|confirmons votre)\b",
    r"\b(?:te|le|les) confirm(?:o|amos)\b",
)
CONFIRM_SENTENCE_UNLESS = (
    *CONDITIONAL,
    *QUESTION,
    *_NOT_YET,
    # A wish to book ("I'd love to set up a call") is a request, not a booking.
    r"\b(?:like|love|want|wanted|hoping|hope|keen) to (?:set up|schedule|book|arrange|line up)\b",
)
# Agreement on a time, weaker words: read only when the message does not ask for a time.
AGREED = (
    r"\bworks (?:great |perfectly |well |fine )?for (?:us|me|the team|him|her|them|everyone)\b",
    r"\b(?:i'll|i will|we'll|we will) send (?:you |over )?(?:a |an |the )?(?:calendar )?"
    r"invit(?:e|ation)\b",
    r"\b(?:have|put|got|pencil+ed) you (?:down |in )?for\b",
    r"(?<![^\n])(?:that's |it's |all )?(?:confirmed|booked|locked in)\b",
    r"\b(?:calendar )?invit(?:e|ation) (?:is |will be )?(?:on its way|to follow|coming (?:your way|"
    r"shortly|soon)|follows|has been sent)\b",
    r"\b(?:will|'ll) (?:call|ring|phone|meet|see|speak (?:to|with)|talk (?:to|with)) you"
    r" (?:on|at)\b",
    r"\blook(?:ing)? forward to (?:meeting|speaking|talking|chatting|seeing|connecting)\b"
    r"[^\n]{0,40}\bthen\b|\b(?:talk|speak) (?:to |with )?you (?:then|on)\b|\bit is[.!]",
    r"\bworks(?:[.!,]|$)|\b(?:i'll|i will|we'll|we will) (?:call|ring|phone|see|meet|speak (?:to"
    r"|with)|talk (?:to|with)) you then\b|\b(?:talk|speak|chat) then\b",
)

# Agreement in few words, read only in a thread whose employer asked for a time or fixed one
# (rules.py "time agreed in the thread"): the thread supplies what the words leave out.
THREAD_AGREED = (
    *AGREED,
    r"(?<![^\n])(?:perfect|great|excellent|wonderful|lovely|brilliant|sounds (?:good|great"
    r"|perfect)|that works|this works|works for (?:me|us)|done|booked|confirmed|noted|all set"
    r"|deal|it's a date|locked(?: in)?)\b",
    r"\bsee you (?:then|on|at|next|tomorrow|\w+day)\b|\b(?:talk|speak|chat) (?:to you |with you )?"
    r"(?:then|soon|on|at)\b|\bit is[.!]?$",
    r"\b(?:added|put|popped) (?:it |you )?(?:to|in|into) (?:the|my|our) (?:calendar|diary)\b"
    r"|\b(?:invite|invitation) (?:sent|on its way|to follow)\b",
    r"\bpasst (?:gut|perfekt|prima|bestens|mir|uns|wunderbar)\b|(?<!spätestens )(?<!erst )"
    r"\bbis (?:dann|morgen|\w+tag)\b(?![^\n]{0,40}\b(?:treffen|melden|entscheiden|bescheid"
    r"|rückmeldung|antwort|zurück)\w*)"
    r"|\b(?:ist|sind) (?:gebucht|eingetragen|notiert|fest|fixiert)\b|\bgeht klar\b"
    r"|(?<![^\n])(?:perfekt|prima|super|wunderbar)\b",
    r"\bparfait\b|\b(?:ça|cela) me (?:va|convient)\b|\bc'est not(?:é|e)\b|\bc'est (?:parfait"
    r"|bon|confirm(?:é|e))\b"
    r"|\b(?:à|a) (?:lundi|mardi|mercredi|jeudi|vendredi|demain|bient(?:ô|o)t)\b"
    r"|\bje (?:bloque|r(?:é|e)serve) le cr(?:é|e)neau\b",
    r"\bperfecto\b|\bme (?:va|viene) (?:bien|perfecto|genial)\b|\bnos vemos\b|\bgenial\b"
    r"|\bqueda (?:agendad|confirmad|reservad|fijad)\w*|\b(?:te|le) (?:env(?:í|i)o|mando) la "
    r"(?:invitaci(?:ó|o)n|convocatoria)\b|\bde acuerdo\b",
)
# Words that move what a thread fixed: "can we push to Friday instead?" answered "Friday works".
# The words of a move, read in a thread that fixed an interview, with a new time (rules.py
# "move proposed in the thread", which reads questions too: "can we push it to 3pm?").
MOVE_WORDS = (
    r"\binstead\b|\b(?:move|moved|moving|push|pushed|pushing|shift|shifted|switch|switched"
    r"|bump|bumped|reschedul\w*)\b",
    r"\bstattdessen\b|\bverschieb\w*|\bverleg\w*|\bausweichen\b|(?<!freue mich )(?<!freuen uns )"
    r"\b(?:auf|zu) (?:montag|dienstag|mittwoch|donnerstag|freitag)(?:,? (?:um )?\d{1,2}"
    r"(?:[:.]\d\d)?(?: uhr)?)? (?:gehen|wechseln|legen)\b",
    r"\bplut(?:ô|o)t\b|\bd(?:é|e)cal\w*|\breport(?:er|ons|é|ée)\b|\bavan(?:cer|çons|cé|cée)\b"
    r"|\brepouss\w*",
    r"\ben (?:su |lugar)\b|\bcambi\w*|\b(?:lo|la) (?:pasamos|movemos|cambiamos|corremos"
    r"|adelantamos|atrasamos)\b|\bpasarl[oa]\b|\breprogram\w*|\bmover\w*|\badelant\w*",
    # another day at the fixed hour (not "another call at the same time; your interview stays"),
    # or its invite already sent again ("Ya te mandé la invitación nueva")
    r"(?:\bsame (?:time|slot)|\bgleiche(?:n|r)? uhrzeit|\bm(?:ê|e)me heure|\bmisma hora)\b(?![^\n]"
    r"{0,120}\b(?:stays|remains|still on|separate|bleibt|sigue|maintenu|reste)\b)",
    r"\b(?:i've|i have) (?:already )?(?:sent|re-?sent) (?:you )?(?:a|the) new (?:invite|invitation)"
    r"\b|\bneue einladung (?:ist )?(?:schon )?(?:raus|unterwegs|verschickt)\b|\b(?:je vous ai"
    r"|je t'ai) (?:déjà )?(?:envoyé|renvoyé) (?:une|la) nouvelle invitation\b|\bte (?:mandé|he"
    r" mandado|envié|he enviado) (?:la|una) (?:invitación nueva|nueva invitación)\b",
)
MOVE_WORDS_UNLESS = CONDITIONAL
THREAD_MOVED = (
    *THREAD_AGREED,
    # a time corrected: "sorry, I meant 3pm YOUR time"
    r"\bi meant\b|\bich meinte\b|\bje voulais dire\b|\b(?:quise decir|me refería)\b",
    r"\binstead\b|\b(?:move|moved|push|pushed|shift|shifted|switch|switched|change|changed)"
    r" (?:it|this|that|us|you|things)?\b",
    r"\bstattdessen\b|\bverschieb\w*|\bplut(?:ô|o)t\b|\bd(?:é|e)cal\w*|\ben (?:su |lugar)\b"
    r"|\bcambi\w*",
)


# A meeting named in a message that asks about a time it names ("Would Monday at 3pm be OK
# for a call?"): proposed, not fixed (rules.py reads it with the "asks_for_time" fact).
MEETING_NAMED = (rf"\b{_MEETING}\b",)

# A time fixed in the sentence that invites or looks forward; read only when the message
# states one time and offers no choice of times (otherwise it asks to book: a request).
INVITATION = (
    r"\binvit(?:e|ing) you\b[^\n]{0,100}?\b" + _MEETING + r"\b",
    r"\b(?:like|love|want|wish) to interview you\b|\byou(?:'ll| will) (?:be )?(?:meet(?:ing)?"
    r"|speak(?:ing)?|talk(?:ing)?|interview(?:ing)?|chat(?:ting)?) with\b",
    r"\byou(?:'re| are| have been) (?:formally )?invited (?:to|for)\b",
    r"\byou(?:'ve| have) been (?:short-?listed|selected) for (?:an? |the )?(?:interview|assessment"
    r" (?:day|centre|center))\b",
    r"\bplease (?:join|come in for|attend)\b[^\n]{0,60}?\b" + _MEETING + r"\b",
    r"\blook(?:ing)? forward to (?:meeting|speaking|talking|chatting|seeing|connecting)\b",
    r"\b(?:excited|happy|pleased|delighted|thrilled|glad) to (?:host|welcome|see|have) you\b"
    r"[^\n]{0,40}?\b" + _MEETING + r"\b",
    r"\b(?:ravie?s?|heureu(?:x|se)s?) de vous (?:accueillir|recevoir)\b[^\n]{0,40}?\b" + _MEETING,
    r"\bfreuen (?:uns|mich),? (?:sie|dich)\b[^\n]{0,40}\b(?:begrüßen|empfangen|willkommen)",
    r"\b(?:encantad[oa]s? de|nos alegra|me alegra) (?:recibirte|recibirle|verte|verle|tenerte)"
    r"\b[^\n]{0,40}?\b" + _MEETING,
    r"\b(?:laden|lade) (?:wir |ich )?(?:sie|dich)\b[^\n]{0,200}\bein\b|\beinladung (?:zum|zu)\b",
    r"\bfreuen? (?:uns|mich) auf (?:das|unser|ihr) (?:gespr|treffen|kennenlernen)",
    r"\bvous (?:inviter|invitons|invite|convier|convions|convie|convoquer|convoquons"
    r"|convoque)\b|\binvitation (?:à|a) un\b",
    r"\b(?:invitarte|invitarle|te invitamos|le invitamos|te invito|le invito|invitar(?:te|le)?"
    r" a una|convocarte|convocarle|te convocamos|le convocamos|se (?:le|te) convoca)\b",
)
INVITATION_UNLESS = (*CONDITIONAL, *QUESTION, r"\bwebinar\b|(?<!working )\bsession\b")

# Asking the candidate to choose or propose a time: the mark of a request.
ASKS_FOR_TIME = (
    r"\b(?:which|what) (?:one |option |slot |time |times |day |of these |of those )?"
    r"(?:works|work|suits|suit|would work|is best|works best)\b",
    r"\b(?:would|does|do|will|could) (?:[\w,.:-]+ ){1,8}(?:work|suit) (?:for )?(?:you\b|on "
    r"your (?:end|side)\b)",
    r"\b(?:are|would|will) you (?:be )?(?:available|free|open)\b",
    r"\bwhen (?:are|would|will) you (?:be )?(?:available|free)\b|\byour availability\b",
    r"\b(?:send|share|give|suggest|propose|provide) (?:me|us) (?:a few|some|two or three|2-3|a"
    r" couple of|your) (?:\w+ )?(?:windows|times|time slots|slots|options|dates)\b",
    r"\b(?:pick|choose|select|grab|book|schedule|reserve) (?:a|your|the|an?|one of the) "
    r"(?:convenient |suitable |preferred |free |available )?(?:time|slot|interview slot|time slot"
    r"|slots|times)\b",
    r"\bbooking link\b|\b(?:use|via) (?:this|the) link to (?:schedule|book|pick)\b",
    r"\b(?:please|you can|you may|feel free to|go ahead and) (?:self-)?(?:schedule|book|pick"
    r"|choose|select|reserve)\b|\b(?:available|open) (?:slots|times)\b|\bself-schedul",
    r"\b(?:following|these|those|a few|some|several|two|three) (?:times|slots|options|dates)\b",
    r"\bdo any of (?:these|those|the following)\b|\bwould any of (?:the following|these)\b",
    r"\bverf(?:ü|ue)gbarkeit\b|\bterminvorschl|\bpasst (?:ihnen|es ihnen|dir|es dir)\b"
    r"|\bwann (?:sie|du) zeit (?:haben|hast)\b",
    r"\bdisponibilidad\b|\b(?:te|le) (?:viene|va) bien\b|\bqu(?:é|e) (?:d(?:í|i)a|hora) "
    r"(?:te|le)\b",
)
ASKS_FOR_TIME_UNLESS = (
    *CONDITIONAL,
    *_AVAILABILITY_GIVEN,
    # a courtesy, not a question: "I hope this works for you", "ich hoffe, das passt Ihnen"
    r"\b(?:i hope|we hope|hope|hopefully|ich hoffe|wir hoffen|hoffentlich|j'espère|nous espérons"
    r"|espero|esperamos)\b[^\n]{0,40}\b(?:works?|suits?|passt|convient|conviendra|conviene"
    r"|venga bien|vaya bien)\b",
    r"\bif (?:that|this|the|it|these|those|none)\b|\bshould (?:that|this|the|it)\b",
    r"\bin case\b|\botherwise\b|\bfalls (?:der|dieser)|\bsi (?:ce|cette|l'horaire)\b"
    r"|\bsi (?:ese|esa|esta|este) ",
)

# Sentence-wide moves and cancellations, used with a time near (moves) or none needed.
_MOVED = (
    r"(?:moved|rescheduled|pushed|shifted|changed|postponed|verschoben|d(?:é|e)plac(?:é|e)e?"
    r"|report(?:é|e)e?|reprogramad[ao]|movid[ao]|cambiad[ao])\b"
)
_CALLED_OFF = r"(?:cancel+ed|called off|abgesagt|annul(?:é|e)e?|cancelad[ao]|suspendid[ao])\b"
_MUST_BE = r"(?:(?:has|have|needs?|must) (?:to )?be|will be|'ll be|is being|are being|muss|musste)"

RESCHEDULE_SENTENCE = (
    _owned_then(_INTERVIEW, _BE + " " + _MOVED),
    r"\b(?:mov(?:e|ed|ing)|reschedul(?:e|ed|ing)|push(?:ed|ing)?|shift(?:ed|ing)?"
    r"|bump(?:ed|ing)?|postpon(?:e|ed|ing)|verschieben|verlegen|d(?:é|e)placer|reprogramar|mover"
    r"|cambiar)\b" + _SAME_SENTENCE + r"\b" + _INTERVIEW + r"\b"
    r"[^\n]{0,160}?\b(?:to|auf|au|al|a la|para el)\b",
    _owned_then(_INTERVIEW, r"(?:will|'ll) now (?:take place|be held|be|happen|start)\b"),
    r"\b(?:take place|be held|happen)\b[^\n]{0,80}\binstead\b",
    r"(?<![^\n])(?:it|this|that|the interview) (?:will|'ll) now (?:take place|be held|be on"
    r"|happen)\b",
    _owned_then(
        _INTERVIEW,
        r"(?:is|'s) now (?:on |at |happening )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
        r"|tomorrow|next)\b",
    ),
    r"\b(?:moved|rescheduled|shifted|pushed|switched|changed) (?:you|it|this|that|things)"
    r"(?: over)? to\b",
    _owned_then(_MEETING, _BE + " " + _MOVED + r"\s*(?:to|until|for)\b"),
    # A new time agreed in a thread: "3pm works for Raj, so you're now set for Thursday...".
    r"\b(?:works|is fine|suits|is good)\b[^\n]{0,80}\bso (?:you(?:'re| are)|we(?:'re| are)) now "
    r"(?:all )?(?:set|booked|scheduled|confirmed) for\b"
    r"|\byou(?:'re| are) now (?:all )?(?:set|booked|scheduled) for\b[^\n]{0,80}\binstead\b",
)
CANCEL_SENTENCE = (
    _owned_then(_INTERVIEW, f"(?:{_BE}|{_MUST_BE}) {_CALLED_OFF}"),
    _owned_then(
        _INTERVIEW,
        r"(?:will not|won't|can't|cannot|will no longer|is not going to|isn't going to|no longer)"
        r" (?:go ahead|take place|happen|be going ahead|be taking place)\b",
    ),
    _owned_then(_INTERVIEW, r"(?:is|are) (?:now )?off\b(?! (?:to|the|site))"),
    r"\b(?:won't|will not|can't|cannot|are unable to|aren't able to) (?:be able to )?"
    r"(?:hold|go ahead with|conduct|do) (?:your|the|our|today's|tomorrow's|\w+day's) "
    r"(?:[\w-]+ ){0,2}" + _INTERVIEW,
)
CANCEL_SENTENCE_UNLESS = (
    *CONDITIONAL,
    *QUESTION,
    r"\bneed to cancel or\b|\bif you (?:need|have) to\b|\bhow to (?:cancel|reschedule)\b",
    r"\bcancel+ation policy\b|\bto cancel\b[^\n]{0,40}\b(?:click|use|visit|reply)\b",
    r"\b(?:rescheduled|moved|new time|new date|instead)\b",
    r"\b(?:cancel|reschedule) or (?:cancel|reschedule)\b|\bin advance\b|\bnotice\b",
)
