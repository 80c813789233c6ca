"""Spanish phrases added to the shared lists (see languages.py for the names and conventions).

Each list is a class of language, written as it is used in real hiring mail in Spain and Latin
America (tú, usted and vos: "seguís", "avanzás"; "postulación", "hoja de vida", "vacante",
"cargo"); never the name of an employer, a product or a platform. Accents are optional, as
they often are in mail.
"""

from __future__ import annotations

_A = r"(?:á|a)"
_E = r"(?:é|e)"
_I = r"(?:í|i)"
_O = r"(?:ó|o)"
_U = r"(?:ú|u)"
_N = r"(?:ñ|n)"
_APPLICATION = (
    r"(?:candidatura|postulaci" + _O + r"n|solicitud|aplicaci" + _O + r"n|hoja de vida|cv|perfil"
    r"|proceso)"
)
_YOU = r"(?:contigo|con usted|con vos|con (?:tu|su) " + _APPLICATION + r")"
_CONTINUE = r"(?:continu|segu|avanz|sig|prosegu|contin" + _U + r")\w*"
_OTHERS = (
    r"(?:otr[oa]s? (?:candidat|perfil|persona|postulante)\w*|otra persona|alguien (?:m"
    + _A
    + r"s|con)|una persona|candidat[oa]s? (?:y candidat[oa]s? )?cuy[oa]s?|perfiles? (?:m"
    + _A
    + r"s|que|cuy[oa]s?))"
)
_ROLE = r"(?:vacante|posici" + _O + r"n|puesto|cargo|plaza|oferta|b" + _U + r"squeda)"

REJECTION = (
    # the application not continued
    r"\bno (?:vamos a |podremos |podemos |seguiremos |continuaremos |avanzaremos |hemos podido )?"
    + _CONTINUE
    + r"\b[^\n]{0,40}\b(?:adelante )?(?:"
    + _YOU
    + r"|en (?:el|este) proceso|a la (?:siguiente|pr"
    + _O
    + r"xima) (?:fase|etapa)|con (?:tu|su|el) proceso)",
    r"\b(?:decidido|decidimos|decidi" + _O + r") no (?:seguir|continuar|avanzar|proseguir|"
    r"contar)\b",
    r"\bno (?:vas|va|vais) a (?:pasar|continuar|avanzar|seguir) (?:a|en)\b",
    r"\bno (?:ha|has|fue|fuiste|han) (?:sido )?seleccionad[oa]s?\b|\bno (?:resultaste|result"
    + _O
    + r") seleccionad",
    r"\bno contin"
    + _U
    + r"a en el proceso\b|\bno (?:contin"
    + _U
    + r"as|sigues|segu"
    + _I
    + r"s)\b",
    r"\bal final no (?:seguimos|vamos|avanzamos|continuamos)\b",
    # others chosen
    r"\b(?:continuar|seguir|avanzar|quedarnos|cerrar)\w*(?: adelante)? con " + _OTHERS,
    r"\b(?:optado por|decidido) (?:continuar|seguir|avanzar|quedarnos)\w* con\b",
    r"\bno (?:ha |has )?resultad[oa] (?:finalista|seleccionad[oa]|apt[oa])\b",
    r"\bno hay fecha (?:prevista )?para (?:reabrir|retomar)\b",
    r"\b(?:decantado|inclinado|inclin"
    + _O
    + r"|optado|opt"
    + _O
    + r"|elegido|elegimos|eligi"
    + _O
    + r"|seleccionado) (?:por )?"
    r"(?:a )?" + _OTHERS,
    r"\bse (?:eligi" + _O + r"|seleccion" + _O + r"|contrat" + _O + r") a (?:un[oa]? |otr)",
    # the role gone
    r"\b"
    + _ROLE
    + r"\b[^\n]{0,60}\b(?:ya )?(?:ha sido|fue|est"
    + _A
    + r"|qued"
    + _O
    + r") (?:cubiert[oa]|ocupad[oa]|cerrad[oa]|cancelad[oa]|congelad[oa])\b",
    r"\b(?:hemos|han|ha) (?:cubierto|cerrado|cancelado|congelado) (?:la|el) " + _ROLE + r"\b",
    r"\bcubrir (?:la|el) " + _ROLE + r"\b[^\n]{0,40}\bcon (?:una?|otr)",
    r"\bproceso finalizado\b|\b(?:ha )?cerrado el proceso de selecci" + _O + r"n\b",
    # judged no fit
    r"\b(?:tu|su) (?:perfil|experiencia|candidatura) no (?:se ajusta|encaja|coincide|cumple"
    r"|corresponde)\b",
    r"\b(?:lamentablemente|desafortunadamente|lamentamos|sentimos)\b[^\n]{0,80}\b(?:no (?:ha|has|fu"
    r"e"
    r"|podremos|podemos|vamos|seguiremos|continuar"
    + _A
    + r"s|avanzar"
    + _A
    + r"s|pasar"
    + _A
    + r"s|result)|otr[oa]s? candidat)",
    r"\ben esta (?:ocasi" + _O + r"n|oportunidad) no\b",
    r"\bno (?:podremos|podemos) (?:ofrecerte|ofrecerle|contar contigo|contar con usted)\b",
)
REJECTION_UNLESS = (
    # an opening condition, unless the sentence turns on it ("si ..., sin embargo, ...")
    r"(?<![^\n])[\s*•·>–-]*(?:si|en caso de|cuando|una vez)\b(?![^\n]*\b(?:sin embargo|no "
    r"obstante|toutefois|cependant|n(?:é|e)anmoins|aun as(?:í|i))\b)",
    r"\bsi (?:no|tu perfil|su perfil|no recibes|no recibe)\b|\ben caso (?:de )?(?:que )?no\b",
    r"\bsea (?:para bien o para mal|cual sea|lo que sea)\b|\bno (?:implica|significa)\b",
)

ACKNOWLEDGEMENT = (
    r"\b(?:hemos recibido|recibimos|ya tenemos|nos lleg"
    + _O
    + r"|nos ha llegado) (?:tu|su) "
    + _APPLICATION,
    r"\b(?:tu|su) " + _APPLICATION + r"\b[^\n]{0,50}\b(?:se ha enviado|fue enviada|ha sido "
    r"(?:enviada|recibida|registrada)|est" + _A + r" en manos)\b",
    r"\b(?:revisar"
    + _A
    + r"(?:mos|n)?|vamos a revisar|estamos revisando|la est"
    + _A
    + r" revisando|revisaremos)\b[^\n]{0,40}\b(?:tu|su|el|la|lo)\b",
    r"\b(?:te|le|nos) (?:contactar" + _E + r"mos|contactar" + _A + r"|llamaremos|pondremos en "
    r"contacto|escribiremos|van a contactar)\b[^\n]{0,60}\b(?:si|en caso)\b",
    r"\b(?:si|en caso de que) (?:tu|su) perfil (?:encaja|coincide|se ajusta|cumple|interesa|es)",
    r"\bgracias por (?:tu|su) (?:inter" + _E + r"s|postulaci" + _O + r"n|candidatura|solicitud|"
    r"aplicaci" + _O + r"n)\b|\bgracias por (?:postularte|postular|aplicar|inscribirte)\b",
    r"\b(?:te has inscrito|inscripci"
    + _O
    + r"n realizada|te postulaste|postulaci"
    + _O
    + r"n (?:enviada|recibida|exitosa)|solicitud enviada|candidatura (?:enviada|recibida))\b",
    r"\b(?:estado de (?:tu|su|tus|sus) (?:candidatura|postulaci" + _O + r"n|proceso)|mis "
    r"(?:candidaturas|postulaciones|aplicaciones))\b",
    r"\bbase de datos de talento\b|\bcartera de talento\b",
)
ACKNOWLEDGEMENT_UNLESS = (r"\b(?:estado|resultado)\b[^\n]{0,20}\bfinalizado\b",)

HOLDING = (
    r"\b(?:seguimos|todav" + _I + r"a estamos|estamos|contin" + _U + r"a|sigue) (?:revisando"
    r"|valorando|evaluando|entrevistando|terminando|en (?:proceso|el proceso)|abierto)\b",
    r"\b(?:se est" + _A + r" alargando|se ha retrasado|se retras|se ha demorado|demorando)\w*",
    r"\b(?:te|le) (?:dar"
    + _E
    + r"mos|dar"
    + _E
    + r"|dir"
    + _E
    + r"|digo|escribo|escribir"
    + _E
    + r"|llamo|llamar"
    + _E
    + r"|informaremos|comunicaremos|avisaremos)\b[^\n]{0,60}\b(?:antes|la pr"
    + _O
    + r"xima|el (?:lunes|martes|mi"
    + _E
    + r"rcoles|jueves|viernes)|dentro de|a m"
    + _A
    + r"s tardar|en cuanto|esta semana|semana)",
    r"\b(?:a la espera|pendientes?) de\b|\bsigues? (?:en (?:la terna|el proceso|carrera)|activa?|"
    r"considerad[oa])\b|\b(?:tu|su) candidatura sigue activa\b",
    r"\bpaciencia\b|\ben pausa\b|\bretomar el proceso\b",
    r"\b(?:los )?resultados (?:del proceso )?se comunicar" + _A + r"n\b",
    r"\btomar la decisi" + _O + r"n\b[^\n]{0,40}\b(?:antes|la pr" + _O + r"xima|el)\b",
)

OFFER = (
    r"\b(?:nos complace|nos alegra|tenemos el gusto de|queremos|nos gustar" + _I + r"a) "
    r"(?:ofrecer|presentar)(?:te|le)?\b[^\n]{0,40}\b(?:puesto|cargo|posici" + _O + r"n|propuesta"
    r"|oferta|plaza)",
    r"\b(?:carta oferta|propuesta (?:formal|econ" + _O + r"mica|de incorporaci" + _O + r"n)"
    r"|oferta formal)\b",
    r"\b(?:aprob" + _O + r"|aprobado) (?:tu|su) contrataci" + _O + r"n\b|\bqueremos ofrecerte\b",
    r"\bcondiciones de la oferta\b|\bte (?:compartimos|adjunto|env" + _I + r"o) la (?:carta|oferta"
    r"|propuesta)\b",
)
OFFER_UNLESS = (
    r"\b(?:nunca|jam"
    + _A
    + r"s) (?:te|le)? ?(?:pedir|solicitar|cobrar)\w*\b|\bfraude\b|\bestafa\b",
    r"\bofertas (?:de empleo|similares|para ti|que)\b|\bestas ofertas\b|\bnuevas ofertas\b",
    r"\bno implica\b|\breserva el derecho\b|\bcompromiso de\b",
)

REQUEST = (
    r"\b(?:indica|ind"
    + _I
    + r"ca)(?:nos|me)? (?:tu|su) disponibilidad\b|\b(?:qu"
    + _E
    + r"|cu"
    + _A
    + r"l(?:es)?) (?:disponibilidad|d"
    + _I
    + r"as|horarios?|franjas?) (?:tienes|tiene|ten"
    + _E
    + r"s|te (?:viene|va|queda))\b",
    r"\b(?:reserva|elige|selecciona|agenda|escoge)\w* (?:directamente )?(?:el|un|tu|su|la) "
    r"(?:hueco|horario|franja|cita|fecha|slot)\b|\bagendar (?:su|tu) cita\b",
    r"\b(?:cu"
    + _A
    + r"ndo|qu"
    + _E
    + r" d"
    + _I
    + r"a) (?:tienes|tiene|ten"
    + _E
    + r"s|podr"
    + _I
    + r"as|podr"
    + _I
    + r"a)\b[^\n]{0,40}\?",
    r"\b(?:tienes|tiene|ten" + _E + r"s) (?:un rato|tiempo|disponibilidad)\b[^\n]{0,40}\?",
    r"\bte propongo (?:estas|las siguientes|unas) (?:opciones|fechas|franjas)\b",
    r"\b(?:nos gustar" + _I + r"a|quisi" + _E + r"ramos) (?:invitarte|invitarla|invitarlo|"
    r"conocerte|conversar|entrevistarte|charlar)\b",
)
REQUEST_UNLESS = (r"(?<![^\n])[\s*•·>–-]*(?:si|en caso de que|cuando)\b",)

_MEETING = (
    r"(?:entrevista|cita|reuni" + _O + r"n|conversaci" + _O + r"n|llamada|evento|convocatoria"
    r"|jornada|charla|videollamada)"
)
_FIXED = r"(?:confirmad|programad|agendad|fijad|reservad|cerrad|coordinad)[oa]s?"
CONFIRM = (
    r"\b" + _MEETING + r"\b[^\n]{0,60}\b(?:est" + _A + r"|queda|qued" + _O + r"|ha quedado|fue"
    r"|ya est" + _A + r") " + _FIXED + r"\b",
    r"\b(?:queda|qued" + _O + r"|est" + _A + r"|ya est" + _A + r") " + _FIXED + r"\b[^\n]{0,40}"
    r"\b(?:para el|" + _MEETING + r")",
    r"\b(?:te|le) (?:llamo|llamar" + _E + r"|llamamos|llamaremos|esperamos|espero|vemos|veo)\b"
    r"[^\n]{0,40}\b(?:el|a las|ma" + _N + r"ana)\b",
    r"\bconvoca(?:r|mos)(?:te|le|la|lo)?\b[^\n]{0,60}\b(?:entrevista|jornada|prueba|reuni)",
    r"\b(?:tu|su) (?:reserva|cita) (?:est" + _A + r"|ha sido|queda) confirmada\b"
    r"|\b(?:tu|su) entrevista (?:con [^\n]{0,40})?es el\b",
    r"\b(?:te|le) confirm(?:o|amos)\b|\b(?:entrevista|cita|reuni" + _O + r"n)\b[^\n]{0,30}\b"
    r"(?:qued" + _O + r" confirmada|est" + _A + r" confirmada|confirmada|agendada|programada)\b",
    r"\bgracias por reservar\b|\bmantendremos la entrevista\b",
    r"\b(?:te|le) (?:espero|esperamos)\b[^\n]{0,40}\b(?:el|a las)\b",
)
RESCHEDULE = (
    r"\b(?:reprogramar|mover|cambiar|pasar|trasladar)\w*\b[^\n]{0,40}\b(?:al|a las|para el)\b",
    r"\bnueva (?:fecha|hora)\b|\ben lugar de\b",
)
CANCEL = (
    r"\b(?:cancelar|anular|suspender)\w*\b[^\n]{0,30}\b(?:la entrevista|la cita|la reuni"
    + _O
    + r"n)\b",
    r"\b(?:la entrevista|la cita|la reuni" + _O + r"n)\b[^\n]{0,30}\b(?:queda|ha quedado|fue)"
    r" (?:cancelada|anulada|suspendida)\b",
)

HIRING_WORDS = (
    r"\bpostula\w*\b|\bhoja de vida\b|\bcandidat\w*\b|\bselecci" + _O + r"n\b|\bcargo\b",
)
CONDITIONAL = (r"\ben caso de que\b|\bsi (?:tu|su) perfil\b",)
