"""Spanish interview logistics added to the shared lists (imported by es.py, which carries them
into the rule table), the traps around them, and the spelling helper the Spanish modules use.

Requests (a booking link, a slot to pick, availability asked for, a call proposed), meetings
fixed, moved and called off, and what only looks like them (a link to cancel or reschedule,
a subscription cancelled, friends' plans, a first day at work). Spain and Latin America, tú,
usted and vos ("indicame", "tenés", "avisame"). Same conventions as languages.py; never the
name of an employer, a product or a platform.
"""

from __future__ import annotations

_ACCENTS = {c: f"(?:{c}|{p})" for c, p in zip("áéíóúñü", "aeiounu", strict=True)}


def plain(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """Each pattern with every accented letter also matching its plain letter: mail often
    writes "reunion" for "reunión" and "manana" for "mañana" (never inside [...])."""
    return tuple("".join(_ACCENTS.get(c, c) for c in p) for p in patterns)


MEETING = (
    r"(?:entrevista|cita|reunión|conversación|llamada|videollamada|charla|sesión|call"
    r"|videoconferencia|encuentro|jornada|dinámica|día de prueba)s?"
)
OPENING = r"(?<![^\n])[\s*•·>–¿¡-]*"  # the start of a sentence or list item
DAYS = r"lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|pasado mañana"
_OWN = r"(?:la|tu|su|nuestra|nuestro|el|esta|este|vuestra|dicha|dicho)"
_YOU = r"(?:te|le|les|os)"
_SLOTS = r"(?:disponibilidad|horarios?|franjas?|huecos?|días|fechas?|momentos?|opciones)"
# Platform notices that a company wrote about the application (the message is behind a link).
_WROTE = r"(?:escrito|enviado un (?:nuevo )?mensaje|contactado|respondido)"
# A wish to meet the candidate, led by a list short enough for the literal gates to spell out.
_WISH = (
    r"(?:nos gustaría|me gustaría|queremos|quisiéramos|quisiera|queríamos|quería)",
    r"(?:nos encantaría|me encantaría|el cliente quiere|el cliente quisiera)",
)
_MEET_YOU = (
    r" (?:mucho )?(?:invitarte"
    r"|invitarle|invitarla|invitarlo|conocerte|conocerle|conocerla|conocerlo|conversar|charlar"
    r"|platicar|entrevistarte|entrevistarle|entrevistarla|entrevistarlo|hablar contigo|hablar"
    r" con usted|hablar con vos|(?:tener|hacer|mantener|agendar|coordinar|programar|concertar"
    r"|organizar)(?:te|le)? (?:una|un) (?:primera |primer |breve |pequeña |nueva |segunda )?"
    + MEETING
    + r")\b"
)
_SLOT_WORD = (
    r"(?:hueco|horario|franja|cita|fecha|slot|espacio|turno|momento|bloque|entrevista|llamada"
    r"|videollamada|reunión|conversación|charla)"
)

# Social plans among friends: no interview, whatever the times and words.
_SOCIAL = (
    r"\b(?:cumple|cumpleaños|cena|cenar|cañas|birras|fiesta|boda|asado|partido|concierto|cine"
    r"|copas|aperitivo|barbacoa|vermut|vermú|tapas|quedada|te apuntas|te apuntás)\b"
)
REQUEST = plain(
    (
        r"\b(?:dime|dígame|avísame) cuándo (?:puedes|estás libre|te viene bien|podrías|tienes un"
        r" hueco)\b(?! (?:empezar|incorporarte|comenzar|firmar))",
        # "¿qué días tienes libres?", typed "q dias tienes libres" on a phone
        r"\b(?:qué|que|q) (?:días?|dias?|horas?|horarios?|franjas?) (?:tienes|tiene|tenés|tendrías"
        r"|tendría) (?:libres?|disponibles?|disponibilidad)\b|\b(?:qué|que|q) (?:días?|dias?"
        r"|horas?)"
        r" (?:te|le) (?:viene|vienen|va|van|irían?|vendrían?) bien\b",
        # "dime cuándo estás disponible", "indíqueme su disponibilidad"
        r"\b(?:dime|dígame|díganme|indícame|indíqueme|indíquenos|avísame|avíseme|cuéntame"
        r"|coméntame|coménteme) (?:cuándo (?:estás|estarías|está|estaría|tienes|tendrías|tiene"
        r"|tendría|puedes|podrías|puede|podría) (?:disponible|libre|un hueco|tiempo|hablar|venir"
        r"|pasarte|quedar|hacer la entrevista)|qué (?:día|días|hora|horas|horario|franja)|tu"
        r" disponibilidad|su disponibilidad)\b",
        # a booking link or a slot to pick (an infinitive only where it is asked for)
        *(
            r"\b" + verbs + r" (?:directamente |ahora )?(?:el|un|tu|su|la|una|uno de los|una de"
            r" las) " + _SLOT_WORD + r"\b"
            for verbs in (
                r"(?:reserva|reservá|reserve|elige|elegí|elija|selecciona|seleccioná|seleccione"
                r"|coge|cogé|coja|pilla|pillá|pille)",
                r"(?:agenda|agendá|agende|escoge|escogé|escoja|programa|programá|programe)",
                r"(?:puedes|podés|puede|podrás|podrá) (?:reservar|elegir|seleccionar|agendar"
                r"|escoger|programar)",
                r"(?:te|le) (?:invito|invitamos|pido|pedimos) (?:a|que) (?:reservar|elegir"
                r"|seleccionar|agendar|escoger|programar|reserves|elijas|selecciones|agendes)",
                r"(?:clic|click|pincha|pinchá|pulsa|pulsá) (?:aquí |acá )?para (?:reservar|elegir"
                r"|seleccionar|agendar|programar)",
            )
        ),
        # availability asked for
        r"\b(?:indica|indícanos|indícame|indique|indíquenos|indicá|indicanos|indicame|envía"
        r"|envíanos|envíame|enviá|envianos|mandá|mándanos|mándame|mandame|comparte|compárteme"
        r"|compartí|compartime|pásame|pasame|pasanos|dime|decime|dinos|decinos|comunícanos"
        r"|facilítanos|hazme saber|haznos saber|hacenos saber|cuéntame|contame|avísame|avisame"
        r"|confírmame|confirmame|confírmanos|indicarnos|indicarme|enviarnos|enviarme|compartirnos"
        r"|compartirme|pasarnos|pasarme|decirnos|decirme|facilitarnos|confirmarnos|confirmarme)\b"
        r"[^\n]{0,40}\b(?:tu|su|vuestra|tus|sus|algunas"
        r"|dos|tres|un par de|qué) (?:\w+ ){0,2}?" + _SLOTS + r"\b",
        r"\b(?:qué|cuál|cuáles) (?:es |son |sería |serían )?(?:tu |su )?" + _SLOTS + r" (?:tienes"
        r"|tiene|tenés|tendrías|tendría|te|le|tenéis)\b|\b(?:qué|cuál) (?:día|hora|horario"
        r"|momento|fecha|franja|opción)(?: (?:y|o) (?:día|hora|horario))? (?:te|le|les|os) (?:viene"
        r"|vendría|va|iría|queda|quedaría|acomoda|acomodaría|sirve|serviría|funciona|cuadra)\b",
        r"\b(?:el|la) (?:horario|hora|día|fecha|franja|hueco|momento|opción) que (?:mejor|más)"
        r" (?:te|le|les|os) (?:acomode|venga|convenga|sirva|vaya|quede|cuadre)\b|\bpara que"
        r" (?:elijas|elija|elijás|escojas|escoja|selecciones|seleccione|reserves|reserve|agendes"
        r"|agende|me digas|me indiques|nos indiques|me indique|nos indique) (?:el|la|un|una|tu|su)"
        r" (?:horario|hora|día|fecha|franja|hueco|momento|opción|cita)\b",
        r"\b(?:te|le|les|os) (?:viene|vendría|va|iría|queda|quedaría|acomoda|acomodaría|sirve"
        r"|serviría|cuadra|cuadraría)n? (?:bien |mejor )?(?:el|la|este|esta|mañana|a las|por la)\b"
        r"[^\n]{0,60}\?",
        r"\b(?:cuándo|qué día) (?:tienes|tiene|tenés|tendrías|tendría|podrías|podría|podés|puedes"
        r"|puede|estarías|estaría|estás|está|te viene|le viene|te va|te queda)\b[^\n]{0,60}\?",
        r"\b(?:tienes|tiene|tenés|tendrías|tendría|tendrás|tendrá) (?:un rato|un ratito|unos"
        r" minutos|\d+ (?:minutos|min)|tiempo|un hueco|un huequito|un momento|disponibilidad|un"
        r" espacio|media hora|una hora)\b[^\n]{0,60}\?",
        r"\b(?:estarías|estaría|estás|está|estarás|estará|estaríais) (?:disponible|libre)s?\b"
        r"[^\n]{0,60}\?",
        r"\b(?:podrías|podría|puedes|puede|podés|podríamos) (?:hablar|charlar|conversar|platicar"
        r"|conectarte|conectarnos|venir|pasarte|pasar por|reunirte|reunirnos|vernos|agendar"
        r"|tener una (?:llamada|charla|entrevista))\b[^\n]{0,60}\?",
        r"\b(?:te|le) parece (?:bien )?(?:si|que) (?:hablamos|charlamos|conversamos|platicamos"
        r"|nos vemos|nos llamamos|hacemos|tenemos|agendamos|nos conectamos)\b[^\n]{0,60}\?",
        # a booking link offered ("Te paso mi Calendly para que la agendes vos")
        r"\b(?:mi|nuestro|el) (?:calendly|enlace de agenda|link de agenda|agenda online)\b"
        r"|\bpara que (?:la |lo )?(?:agendes|reserves|elijas|agende|reserve|elija)\b",
        # the day and time to choose ("Elige el día y la hora que mejor te vengan")
        r"\b(?:elige|escoge|selecciona|reserva|agenda|elija|escoja|seleccione|reserve)\b[^\n]{0,20}"
        r"\b(?:el día|la hora|la fecha|el horario|un hueco|un horario|tu horario|tu cita"
        r"|día y hora|fecha y hora)\b",
        # a call or a meeting proposed
        r"\b" + _YOU + r" (?:propongo|proponemos|sugiero|sugerimos|planteo|paso|pasamos|dejo"
        r"|dejamos|comparto|compartimos) (?:estas|las siguientes|unas|algunas|dos|tres|varias"
        r"|estos|los siguientes|un par de) (?:opciones|fechas|franjas|horarios|huecos|días"
        r"|alternativas|posibilidades)\b",
        *(r"\b" + lead + _MEET_YOU for lead in _WISH),
    )
)
# A platform's notice that the company wrote about the application (rules.py reads it last).
RELAYED = plain(
    (
        r"\b(?:te|le) ha " + _WROTE + r" (?:sobre|acerca de|por|en relación (?:a|con)|respecto"
        r" (?:a|de)) (?:tu|su) (?:candidatura|postulación|solicitud|aplicación)\b",
    )
)
REQUEST_UNLESS = plain(
    (
        # (not a willingness asked: "si te apetece, pilla un hueco en mi agenda"; nor French,
        # whose "si ..." fr_logistics reads)
        OPENING + r"(?:si|en caso de que|en caso de|cuando|una vez)\b(?! bien\b)(?! (?:te|le|os)"
        r" (?:apetece|apetecería|late|animas|anima|animáis|interesa)\b)(?! (?:ça|cela|vous|tu"
        r"|s'il|t'es|t'as)\b)(?! quieres\b)(?! (?:todavía|aún) (?:estás|buscas|te interesa"
        r"|sigues)\b| sigues (?:buscando|interesad[oa]|disponible)\b)",
        # a receipt's promise ("te contactaremos para conocer tu disponibilidad")
        r"\b(?:te|le|les|los|las|lo|la) (?:contactaremos|contactará|contactarán|llamaremos"
        r"|escribiremos|pondremos en contacto|avisaremos|vamos a contactar|van a contactar)\b",
        # an anti-fraud footer ("ninguna empresa te pedirá dinero para agendar una entrevista")
        r"\bninguna empresa\b|\b(?:te|le) (?:pedirá|pedirán|pediremos) dinero\b",
        _SOCIAL,
        # asking how an interview went, among friends
        r"\b(?:qué tal|cómo) (?:te |le |les )?(?:fue|ha ido|salió|resultó|han ido|fueron|va|"
        r"estuvo)\b",
    )
)

# Asking the candidate to choose or give a time (the mark of a request).
ASKS_FOR_TIME = plain(
    (
        r"\b(?:te|le|les|os) (?:acomoda|acomodaría|sirve|serviría|funciona|funcionaría|cuadra"
        r"|cuadraría|viene|vendría|va|iría|queda|quedaría|encaja|encajaría|conviene|convendría)n?\b"
        r"[^\n]{0,60}\?",
        r"\b(?:cuál|qué) (?:opción|horario|fecha|franja|día|hora|hueco) (?:prefieres|prefiere"
        r"|preferís|preferirías|preferiría)\b|\b(?:estas|las siguientes|dos|tres|varias|algunas)"
        r" (?:opciones|fechas|franjas|alternativas|posibilidades)\b",
        r"\b(?:podríamos|podemos|sería posible|es posible|se podría|podrías|podría|podés)"
        r" (?:cambiar|mover|pasar|adelantar|atrasar|retrasar|aplazar|posponer|reprogramar)\b",
        *REQUEST[:3],
    )
)
ASKS_FOR_TIME_UNLESS = plain(
    (
        r"\bsi (?:ese|esa|este|esta|el horario|la hora|no|ninguno|ninguna|necesitas|necesita"
        r"|necesitás|por alguna)\b",
    )
)

# Interview logistics.
_FIXED = r"(?:confirmad|programad|agendad|fijad|reservad|cerrad|coordinad|concertad|pactad)[oa]s?"
CONFIRM = plain(
    (
        r"\b" + MEETING + r"\b[^\n]{0,60}\b(?:está|queda|quedó|ha quedado|fue|ha sido|ya está|se"
        r" ha) (?:correctamente |oficialmente |ya )?" + _FIXED + r"\b",
        r"\b(?:queda|quedó|está|ya está|ha quedado) " + _FIXED + r"\b[^\n]{0,40}\b(?:para el"
        r"|para este|para mañana|" + MEETING + r")",
        r"\b(?:te|le|os) (?:llamo|llamaré|llamamos|llamaremos|esperamos|espero|esperaremos|vemos"
        r"|veo|veremos|recibimos|recibiremos)\b[^\n]{0,40}\b(?:el|este|a las|mañana)\b",
        r"\bconvoca(?:r|mos)(?:te|le|la|lo|les)?\b[^\n]{0,60}\b(?:entrevista|jornada|prueba"
        r"|reunión|sesión|dinámica)",
        r"\b(?:tu|su) (?:reserva|cita|entrevista|llamada|videollamada|reunión|evento|sesión)"
        r" (?:con [^\n]{0,40})?(?:es|será) (?:el|este|mañana)\b",
        r"\b(?:te|le) confirm(?:o|amos)\b|\b(?:entrevista|cita|reunión|llamada|reserva|evento)"
        r" (?:confirmad|agendad|programad)[oa]\b",
        r"\bgracias por (?:reservar|agendar|programar)\b|\bmantendremos la entrevista\b"
        r"|(?<![^\n])(?:confirmad[oa]|reserva confirmada|cita confirmada|recordatorio):",
        r"\b(?:confirm|record|agend|program|fij|reserv|coordin|concert)(?:o|amos|é|ado|ó|aron)"
        r" (?:\w+ )?(?:tu|su|la|el|nuestra|nuestro|vuestra|una|un) (?:[\w-]+ ){0,2}?"
        + MEETING
        + r"\b",
        r"\b(?:detalles|datos|información|resumen|recordatorio|convocatoria) (?:de|del|de la|sobre"
        r"|para) (?:tu|su|la|el)? ?(?:próxima |próximo )?(?:entrevista|cita|reunión|llamada"
        r"|videollamada|jornada|sesión)\b",
    )
)
CONFIRM_SENTENCE = plain(
    (
        r"\b(?:estás|está|quedas|queda) (?:convocad|citad)[oa]\b",
        # "el jueves a las 9:30 me va perfecto"
        r"\b(?:me|nos) (?:viene|va|encaja|cuadra) (?:genial|perfecto|perfectamente|muy bien|bien"
        r"|estupendo|fenomenal)\b",
    )
)
AGREED = plain(
    (
        # (a meeting described, "tendrá lugar", is fixed only when no choice of times is offered)
        r"\b" + MEETING + r"\b[^\n]{0,60}?\b(?:tendrá lugar|se realizará|se llevará a cabo|se"
        r" hará|se celebrará|será el|será este|será mañana|será a las|queda para|quedaría para)\b",
        r"\b(?:te|le|os) (?:he|hemos) (?:agendado|reservado|anotado|apuntado|bloqueado|citado"
        r"|convocado|programado)\b|"
        # someone else booked it: "ya vi que Daniela te agendó con Arturo para este jueves"
        r"\b(?:te|le|os) (?:(?:ha|han) )?(?:agend|reserv|program|cit|apunt|anot)(?:ó|aron|ado)"
        r" (?:con|para)\b|\b(?:lo|la) (?:dejo|dejamos|tengo|tenemos) (?:agendad"
        r"|apuntad|anotad|reservad|bloquead|marcad)[oa]\b",
        r"\b(?:te|le|os) (?:envío|mando|enviaré|mandaré|enviamos|mandamos|paso|pasamos|hago llegar"
        r"|hacemos llegar|llegará) (?:la|una|el|un) (?:invitación|convocatoria|invite|enlace"
        r"|link)\b",
        r"(?<![^\n])[\s¡]*(?:listo|perfecto|genial|hecho|ok|de acuerdo)\b[^\n]{0,12}\b(?:agendad"
        r"|confirmad|reservad|programad|fijad|anotad)[oa]\b",
        r"\b(?:nos vemos|hablamos|charlamos|te veo|nos hablamos|nos conectamos|quedamos)"
        r" (?:entonces |pues )?(?:el|este|mañana|a las|en)\b",
    )
)
INVITATION = plain(
    (
        # "Pásate por la oficina el lunes 23 a las 9:30"
        r"\b(?:pásate|pásese|pasate|acércate|acérquese|vente|ven|venga) (?:por|a) (?:la|nuestra"
        r"|nuestras|el|nuestro) (?:oficina|oficinas|estudio|local|sede|taller|nave)\b",
        r"\b(?:te|le|les|os) (?:convocamos|convoco|citamos|cito|invitamos|invito)\b",
        r"\b(?:te|le) (?:entrevistará|entrevistarán|atenderá|atenderán|recibirá|recibirán)\b"
        r"|\b(?:te reunirás|conversarás|hablarás|vas a (?:reunirte|conversar|hablar) con)\b",
        r"\b(?:quiere|quieren|quisiera|quisieran|le gustaría|les gustaría) (?:verte|conocerte"
        r"|volver"
        r" a verte|verle|conocerle|volver a verle)\b",
    )
)
# (a short reply that fixes a time only in a thread that asked for one)
THREAD_AGREED = plain(
    (
        r"(?<![^\n])[\s¡]*(?:genial|perfecto|estupendo|excelente|buenísimo|listo|hecho|dale"
        r"|de acuerdo|vale|bárbaro|joya)\b",
        r"\b(?:me|nos) (?:va|viene|queda|sirve|cuadra) (?:perfecto|genial|bien|de lujo)\b"
        r"|\bnos vemos\b|\b(?:lo|la) (?:dejo|dejamos) (?:agendad|reservad|anotad)[oa]\b",
    )
)
_MOVE = (
    r"(?:(?:reprogram|traslad|adelant|atras|retras|aplaz|cambi|muev|pospon|pospus)\w*|mover\w*"
    r"|movemos|movimos|moví|movió|movido|pas(?:ar|arla|arlo|amos|aremos|é|ó|ado|o)|corr(?:er|emos"
    r"|imos|ido))"
)
_TO_DAY = r"(?:al|a la|a las|para el|para la|hasta el|a (?:" + DAYS + r")|para (?:" + DAYS + r"))"
# Adverbs that link a sentence to the one before without changing it ("queda por tanto
# aplazada").
_LINKING = (
    r"(?:(?:por (?:lo )?tanto|por ello|por este motivo|así|finalmente|entonces|de nuevo"
    r"|nuevamente|lamentablemente|por desgracia) )?"
)
RESCHEDULE = plain(
    (
        # "La tuya pasa al jueves 26 de marzo a las 12:15", "hemos tenido que mover todas las
        # entrevistas"
        r"\b(?:la tuya|la suya|tu entrevista|su entrevista|la entrevista) pasa (?:al|a la|para el)"
        r" (?:lunes|martes|miércoles|jueves|viernes|día|\d)",
        r"\bmover (?:todas )?las entrevistas\b",
        # "ya no empieza a las 10 sino a las 11:15"
        r"\bya no (?:empieza|comienza|es) (?:a las|el)\b[^\n]{0,40}\bsino\b",
        r"\b"
        + _MOVE
        + r" "
        + _OWN
        + r" (?:[\w-]+ ){0,3}?"
        + MEETING
        + r"\b[^\n]{0,80}?\b"
        + _TO_DAY
        + r"\b",
        # a platform's notice: "Nueva fecha: martes 21 de abril, 14:30"
        r"(?<![^\n])[\s*•-]*(?:nueva (?:fecha|hora|fecha y hora)|nuevo horario)\s*:|\btiene (?:una "
        r")?nueva"
        r" (?:fecha|hora)\b",
        # the verb in the present, reflexive: "la entrevista ... se reprograma para el miércoles"
        r"\bse (?:reprograma|cambia|mueve|traslada|pospone|aplaza|adelanta|atrasa|retrasa|pasa)"
        r" (?:para|al|a la|a las|hasta)\b",
        # the meeting named first, then the verb with its pronoun: "la entrevista la pasamos al"
        r"\b(?:la|lo) (?:pasamos|movemos|cambiamos|reprogramamos|trasladamos|adelantamos"
        r"|atrasamos|retrasamos|corremos|aplazamos|posponemos|pasaremos|moveremos|cambiaremos"
        r"|reprogramaremos|trasladaremos|adelantaremos|hemos pasado|hemos movido|hemos cambiado"
        r"|hemos reprogramado|he pasado|he movido|he cambiado) (?:\w+ ){0,2}?" + _TO_DAY + r"\b",
        r"\b"
        + MEETING
        + r"\b[^\n]{0,40}\b(?:se ha|ha sido|fue|queda|quedó|ha quedado|se|está) "
        + _LINKING
        + r"(?:reprogramad|movid|cambiad|trasladad|adelantad|atrasad|retrasad|aplazad|pospuest"
        r"|pasad)[oa]s?\b|\b" + MEETING + r"\b[^\n]{0,40}\bse (?:pospone|mueve|pasa|cambia"
        r"|traslada|adelanta|retrasa|atrasa|aplaza|reprograma|corre) " + _TO_DAY + r"\b",
        r"\b(?:en lugar de|en vez de) (?:las |el |la |lo )?(?:\d|" + DAYS + r"|la fecha|la hora"
        r"|lo previsto|lo acordado|lo planeado|lo programado|ser a las|ser el)|\binicialmente"
        r" (?:prevista|programada|agendada|fijada|previsto)\b",
        r"\b(?:la |el )?(?:nueva|nuevo) (?:fecha|hora|horario|día)(?: (?:es|será|queda|sería"
        r"|propuesta|acordada|confirmada)\b| ?:)|\bun (?:pequeño )?cambio de (?:horario|hora"
        r"|fecha|día|planes)\b|\bcambio de (?:horario|hora|fecha|día) (?:de|para|en) "
        + _OWN
        + r" "
        + MEETING
        + r"\b",
    )
)
CANCEL = plain(
    (
        *(
            r"\b" + verbs + r" (?:\w+ ){0,3}?" + _OWN + r" (?:[\w-]+ ){0,2}?" + MEETING + r"\b"
            for verbs in (
                r"(?:cancelar|anular|suspender|desconvocar|cancelamos|anulamos|suspendemos"
                r"|cancelaremos)",
                r"(?:cancelado|anulado|suspendido|desconvocado|cancelo|anulo|suspendo"
                r"|desconvocamos)",
                r"se (?:suspende|cancela|anula|desconvoca)",
            )
        ),
        # (a name, an address and a job title may sit between the meeting and its verb)
        r"\b" + MEETING + r"\b[^\n]{0,160}?\b(?:queda|ha quedado|quedó|fue|ha sido|está|se ha"
        r"|se) " + _LINKING + r"(?:cancelad|anulad|suspendid"
        r"|desconvocad)[oa]s?\b",
        r"\bno (?:podremos|vamos a poder|podré|voy a poder|va a poder|podrá|podemos|puedo) (?:\w+"
        r" )?(?:realizar|hacer|tener|mantener|llevar a cabo|celebrar) " + _OWN + r" (?:[\w-]+"
        r" ){0,2}?" + MEETING + r"\b",
    )
)
CANCEL_UNLESS = plain(
    (
        r"\b(?:para|si (?:necesitas|necesita|necesitás|deseas|desea|quieres|quiere|querés|tienes"
        r" que|tiene que|tenés que|debes|debe|debés)) (?:cancelar|anular|reprogramar|cambiar"
        r"|modificar)\b|\b(?:cancel|anul)\w* (?:o|/|\||y/o) ?(?:reprogram|modific|cambi)\w*"
        r"|\b(?:reprogram|modific|cambi)\w* (?:o|/|\||y/o) ?(?:cancel|anul)\w*",
        r"\b(?:al menos|mínimo|como mínimo|un mínimo de) (?:\d+|veinticuatro|cuarenta y ocho|un"
        r" día|dos días) (?:\w+ )?(?:de )?(?:antelación|anticipación)\b|\b\d+ ?(?:h|horas|días)"
        r" (?:de|con) (?:antelación|anticipación)\b|\bpolítica de cancelación\b"
        r"|\b(?:suscripción|alertas?|darte de baja|darse de baja|newsletter|boletín|notificaciones"
        r"|compra|factura|tarjeta)\b",
        # an order, not "nos han pedido congelar las entrevistas" (asked)
        r"(?<!\bha )(?<!\bhan )(?<!\bhe )(?<!\bhas )(?<!\bhemos )(?<!\bhabía )(?<!\bhabían )"
        r"\bpedido\b",
    )
)
# A first day at work after an offer was accepted is no interview; nor is a social plan.
CONFIRM_UNLESS = plain(
    (
        r"\b(?:primer día|día de incorporación|fecha de incorporación|onboarding|bienvenida al"
        r" equipo)\b",
        _SOCIAL,
        r"\b(?:cuando|una vez que|en cuanto|apenas|tan pronto como) (?:hayamos|tengamos|esté"
        r"|quede|se (?:confirme|agende|programe))\b",
        # a call to give the decision is no interview
        r"\b(?:te|le) (?:llamo|llamaré|llamamos|llamaremos|escribo|escribiré)\b[^\n]{0,40}\b(?:con"
        r"|para darte|para darle|para contarte|para contarle|para comentarte) (?:la|una|el|tu|su"
        r"|mi|nuestra) (?:decisión|respuesta|feedback|resultado|novedades|noticias)\b",
        # an application's filing confirmed, with its time stamp: "Le confirmamos que su
        # solicitud se ha presentado correctamente"
        r"\bconfirm\w* que (?:su|tu) (?:solicitud|candidatura|inscripción|postulación)"
        r" (?:se ha|ha sido|fue) (?:presentad|registrad|recibid|enviad)[ao]\b",
    )
)
CONFIRM_SENTENCE_UNLESS = CONFIRM_UNLESS
