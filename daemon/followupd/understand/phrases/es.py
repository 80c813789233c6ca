"""Spanish phrases added to the shared lists (see languages.py for the names and conventions).

Each list is a class of language, written as it is used in real hiring mail in Spain and Latin
America (tú, usted and vos: "seguís", "avanzás"; "postulación", "hoja de vida", "vacante",
"cargo", "aplicación"); never the name of an employer, a product or a platform. Accents are
optional, as they often are in mail. Decisions are read as what they are in language: the
application not continued (a negated "seguir", "avanzar", "continuar", "contar contigo", with
the auxiliaries and clitics Spanish puts around it: "no te vamos a poder ofrecer"), the
candidate not selected, others chosen, the role gone, the candidate judged no fit. "Todavía no"
is never a decision: it is a wait. This module holds the rejections and the conditionals
that veto decisions; offers are in es_offers.py, receipts and holding replies in es_waits.py,
interview logistics in es_logistics.py (with the accent helper), hiring words and the traps
that share them in es_context.py; this module carries all of them into the rule table.
"""

from __future__ import annotations

from followupd.understand.phrases.es_context import (
    HIRING_WORDS,
    JOB_ALERT,
    NEWSLETTER,
    NOT_HIRING,
    OTHER_APPLICATION,
    PANEL_MEMBER,
)
from followupd.understand.phrases.es_logistics import (
    AGREED,
    ASKS_FOR_TIME,
    ASKS_FOR_TIME_UNLESS,
    CANCEL,
    CANCEL_UNLESS,
    CONFIRM,
    CONFIRM_SENTENCE,
    CONFIRM_SENTENCE_UNLESS,
    CONFIRM_UNLESS,
    INVITATION,
    RELAYED,
    REQUEST,
    REQUEST_UNLESS,
    RESCHEDULE,
    THREAD_AGREED,
)
from followupd.understand.phrases.es_logistics import MEETING as _MEETING
from followupd.understand.phrases.es_logistics import OPENING as _OPENING
from followupd.understand.phrases.es_logistics import plain as _plain
from followupd.understand.phrases.es_offers import OFFER, OFFER_UNLESS
from followupd.understand.phrases.es_waits import (
    ACKNOWLEDGEMENT,
    ACKNOWLEDGEMENT_UNLESS,
    DELAY,
    DELAY_UNLESS,
    HOLDING,
    HOLDING_UNLESS,
)

# Spanish forms only: "cancelamos", "cancelada", "suspendida" (not "cancelling", "suspended",
# which an English sentence calling off a call while refusing the application uses).
_CALL_OFF = (
    r"(?:cancel(?:a|o|ó|é|e[ns]?\b|emos\b)|anul|reprogram|aplaz|pospon"
    r"|suspend(?:a|e\b|e[mnrs]|i|í|o|ó))"
)
_APPLICATION = (
    r"(?:candidatura|postulación|solicitud|aplicación|hoja de vida|cv|perfil|proceso"
    r"|participación)"
)
_WITH_YOU = r"(?:contigo|con usted|con vos|con ustedes|con (?:tu|su|vuestra) " + _APPLICATION + ")"
# Words Spanish puts between "no" and the verb it negates: clitics and auxiliaries.
_AUX = (
    r"(?:(?:te|le|les|os|lo|la) )?(?:(?:ha|has|hemos|han|vamos a|van a|va a|voy a|podemos|podremos"
    r"|podríamos"
    r"|pudimos|hemos podido|han podido|ha podido|puedo|podré|podría|podrá|poder|es posible|será"
    r"|sería|fue|ha sido|nos es|nos será|estamos en (?:condiciones|disposición|posición) de"
    r"|posible|seguir|seguiremos|vas a|vais a) )*"
)
_NEXT_STEP = (
    r"(?:a|hacia|en|para) (?:la|las|una) (?:siguiente|próxima|última|nueva|segunda|tercera"
    r"|final|fase|etapa)s?\b(?: \w+)?"
)
# What a decision denies: the application continued, the candidate counted on, an offer made.
_ONWARD = (
    r"(?:(?:segu|sig|continu|contin|avanz|prosegu|prosig)\w*\b(?=\s*(?:[.!;]|$))|(?:segu|sig"
    r"|continu|contin|avanz|prosegu|prosig)\w*\b[^\n]{0,40}?(?:\badelante\b|"
    + _WITH_YOU
    + r"|\ben (?:el|este|nuestro|dicho) proceso\b|"
    + _NEXT_STEP
    + r")|pas\w* (?:a|de) (?:la|las) (?:siguiente|próxima|última|segunda|tercera) "
    r"(?:fase|etapa|ronda|instancia)|contar (?:contigo|con usted|con vos|con (?:tu|su) \w+)"
    r"|contaremos (?:contigo|con usted|con vos)|ofrecer(?:te|le|les)? (?:el|la|un|una|este|esta"
    r"|ningún|ninguna) (?:puesto|posición|cargo|plaza|vacante|empleo|oferta|trabajo|contrato"
    r"|rol)|dar (?:continuidad|curso) (?:a|al)|considerar (?:tu|su) " + _APPLICATION + r"|tener"
    r" en cuenta (?:tu|su) " + _APPLICATION + r"|(?:invitar|convocar)(?:te|le)? (?:a|para)"
    r" (?:la|una) (?:siguiente|próxima|nueva|segunda) )"
)
# (each branch starts with \b: the literal gates then index the phrase by its first word)
_OTHERS = (
    r"(?:\botr[oa]s? (?:candidat|perfil|persona|postulante|profesional|opción|alternativa)\w*"
    r"|\balguien (?:más|con|que|cuy\w+|de (?:dentro|la casa|adentro))|\b(?:un|una)"
    r" (?:candidat[oa]|perfil|persona|postulante|profesional)(?: \w+){0,2}? (?:con|que|cuy[oa]s?"
    r"|más|mejor|intern[oa]|de perfil)\b|\b(?:candidat[oa]s|perfiles|personas|postulantes) (?:y"
    r" candidat[oa]s )?(?:con|que|cuy\w+|más)\b)"
)
_ROLE = r"(?:vacante|posición|puesto|cargo|plaza|oferta|búsqueda|convocatoria)"
_GONE = r"(?:cubiert|ocupad|cerrad|cancelad|congelad|anulad|desiert|finalizad|adjudicad)[oa]s?"
_NOT_CHOSEN = (
    r"(?:seleccionad|preseleccionad|elegid|escogid|aceptad|admitid|aprobad|considerad|apt)[oa]s?"
    r"|finalistas?|ganador[a]?"
)

# The search goes on without the user ("vamos a seguir buscando un perfil con más
# experiencia"), not a search that keeps the user's application open.
_GOES_ON = (
    r"(?![^\n]{0,80}\b(?:te (?:contaremos|avisaremos|mantendremos)|le (?:contaremos"
    r"|avisaremos|mantendremos)|volveremos a contactar|sigues en|sigue en|en paralelo"
    r"|te (?:escribiremos|diremos)|le (?:escribiremos|diremos)|unas semanas más|unos días más))"
)
# The selection committee's wording: "la comisión ha resuelto no incluirla en la terna final"
_NOT_IN_THE_FINAL = (
    r"\bha resuelto no (?:incluirl[ao]|incluirte|seleccionarl[ao]|seleccionarte|admitirl[ao]"
    r"|proponerl[ao]|proponerte)\b|\bno (?:incluirl[ao]|incluirte) en la (?:terna|lista|selección"
    r"|propuesta) final\b"
)

REJECTION = _plain(
    (
        _NOT_IN_THE_FINAL,
        r"\bno figura como (?:aspirante |candidat[oa] )?seleccionad[oa]\b",
        r"\b(?:seguir|seguiremos|continuar|continuaremos|seguimos) (?:buscando|con la búsqueda"
        r"|con nuestra búsqueda)\b[^\n]{0,40}\b(?:perfil|alguien|otra persona|otro candidato"
        r"|otra candidata|candidat[oa]s?) (?:con|que|más)\b" + _GOES_ON,
        r"\b(?:decidido|optado por|preferimos) (?:seguir|continuar) (?:buscando|con la"
        r" búsqueda|con nuestra búsqueda)\b" + _GOES_ON,
        # the post offered to another ("ofrecer el puesto a otra candidata")
        r"\b(?:ofrecer|ofrecido|ofrecimos|ofrecemos|adjudicar|adjudicado|asignar|asignado) (?:el|la"
        r"|este"
        r"|esta) (?:[\w-]+ ){0,4}?(?:puesto|posición|plaza|vacante|cargo|oferta) a (?:otr[oa]"
        r"|un[a]?"
        r" (?:tercer[oa]|persona distinta)) (?:\w+ )?(?:candidat[oa]|persona|perfil|finalista)?\b",
        # someone from inside chosen ("se quedan con una persona de dentro", "han preferido
        # promocionar a alguien del equipo")
        r"\b(?:se (?:quedan|quedaron|han quedado|queda|quedó)|nos (?:quedamos|hemos quedado)) con"
        r" (?:una persona|alguien|otro candidato|otra candidata|otra persona|un perfil)"
        r" (?:de dentro|interno|interna|de la casa|del equipo|de la empresa)\b|\b(?:preferido"
        r"|decidido"
        r"|optado por) (?:promocionar|promover|ascender) a (?:alguien|una persona|un"
        r" compañero|una compañera)\b",
        # a table's status cell after a number, at its line's end
        # ("Jefe de proyecto 4471 No seleccionado")
        r"(?<=[\d)|][ \t])(?:no seleccionad[oa]|candidatura rechazada"
        r"|vacante cubierta)[ \t.]*(?![^\n])",
        # gone with another ("se decantaron por otra persona", "vamos a ir con otro candidato")
        r"\b(?:se (?:ha |han |hemos )?decant(?:aron|ó|ado|amos)(?: finalmente| al final)?|optaron"
        r"|optamos|nos (?:vamos|fuimos) a ir|vamos a ir|se fueron) (?:por|con) (?:(?:otr[oa]|un|una"
        r")"
        r" (?:\w+ )?(?:candidat[oa]|perfil|persona|profesional)\b|(?:el|la) (?:candidat[oa]|perfil"
        r"|persona) (?:intern[oa]|de la casa)\b)",
        # a status set to a refusal ("Estado: Descartado"), the process ended for the user
        r"\bestado\b[^\n]{0,30}?:\s*(?:descartad[oa]|rechazad[oa]|no seleccionad[oa]"
        r"|no continúa|finalizad[oa]|proceso cerrado|no avanza)\b",
        r"\b(?:proceso|postulación|candidatura|selección)\b[^\n]{0,80}\b(?:ha finalizado|finalizó"
        r"|ha terminado|terminó|ha concluido|concluyó|se ha cerrado|se cerró|ha llegado a su fin)"
        r" para (?:ti|usted|vos)\b",
        # the choice fell on another candidate ("ha recaído en una candidata cuyo perfil...")
        r"\b(?:elección|decisión|selección)\b[^\n]{0,20}\b(?:ha recaído|recayó|recae|ha caído)"
        r" (?:en|sobre) (?:un|una|otro|otra) (?:\w+ )?(?:candidat|persona|perfil|profesional)\w*",
        # the application not continued: a negated "seguir", "avanzar", "contar contigo"...
        r"\bno " + _AUX + _ONWARD,
        r"\b(?:decidido|decidimos|decidió|decidieron|decidí|optado por|optamos por|optó por"
        r"|preferimos|preferido|resuelto|determinado|tomado la decisión de|la decisión de) no"
        r" (?:seguir|continuar|avanzar|proseguir|contar|pasar|ofrecer|invitar|convocar|incorporar"
        r"|contratar|dar continuidad|tener en cuenta|considerar)\w*",
        r"(?<!todavía )(?<!aún )(?<!aun )\bno (?:ha|has|han|hemos|he|fue|fuiste|fueron|fuimos|quedó"
        r"|quedaste|quedaron|ha quedado|has quedado|resultó|resultaste|ha resultado|has resultado"
        r"|resultaron|será|serás|pudo ser|ha podido ser|estás|eres|saliste|salió)(?: sido)? (?:"
        + _NOT_CHOSEN
        + r")\b(?! (?:a nadie|todavía|aún|aun|de momento|por ahora|a ningun|ningun))",
        # a status line about the reader, singular ("no seleccionado/a"; not "los no
        # seleccionados", candidates in general)
        r"(?<!todavía )(?<!aún )(?<!aun )\bno (?:seleccionad|preseleccionad|apt)[oa]"
        r"(?:/a|/o|\(a\))?(?! (?:todavía|aún|aun|de momento|por ahora))\b",
        r"\bno (?:ha|hemos|han|he) (?:podido|sido posible) ser\b|\bno (?:ha podido|pudo) ser"
        r"(?=\s*(?:[.,;:!]|$|en esta|esta vez|por esta|para (?:ti|vos|usted)))",
        r"\ben esta (?:ocasión|oportunidad) no\b|\bal final no (?:seguimos|vamos|avanzamos"
        r"|continuamos)\b",
        r"(?<!todavía )(?<!aún )\bno (?:tengo|tenemos|traigo|traemos|son|es) (?:buenas|las mejores"
        r"|muy buenas) noticias\b(?! (?:todavía|aún|de momento|por ahora))",
        # the application closed, descartada, desestimada
        r"\b(?:tu|su|vuestra) (?:candidatura|postulación|solicitud|aplicación|perfil|cv|hoja de"
        r" vida)\b[^\n]{0,40}\b(?:ha sido|fue|queda|quedó|ha quedado|se ha|se encuentra|está)"
        r" (?:\w+ )?(?:descartad|desestimad|rechazad|declinad)[oa]\b",
        r"\b(?:estado|status|situación|resultado)\b[^\n]{0,30}?(?::|\bes) ?(?:descartad|desestimad"
        r"|rechazad|no seleccionad|no apt|finalizad)[oa]\b|(?<!\bno )\b(?:has sido|fuiste"
        r"|quedaste) (?:descartad|desestimad)[oa]\b|\b(?:hemos|han) (?:decidido )?(?:descartar"
        r"|desestimar|descartado|desestimado) (?:tu|su) " + _APPLICATION,
        r"\b(?:decidido|decidimos|vamos a|tenemos que|debemos|procedemos a|hemos procedido a)"
        r" (?:cerrar|archivar|finalizar|descartar|desestimar) (?:tu|su) (?:candidatura|postulación"
        r"|proceso|aplicación|solicitud)\b",
        r"\b(?:cerrad|finalizad|archivad|concluid)\w* (?:tu|su) (?:candidatura|postulación"
        r"|proceso|aplicación)\b|\b(?:tu|su) (?:candidatura|postulación|proceso|aplicación)"
        r" (?:ha sido|fue|queda|quedó|ha quedado|se ha|se da por|se encuentra) (?:cerrad|finalizad"
        r"|archivad|concluid)[oa]\b|\bproceso (?:queda|ha quedado|quedó|está) cerrado para (?:ti"
        r"|vos|usted)\b",
        # others chosen
        r"\b(?:eleg|elig|seleccion|escog|opt|decant|inclin|prefer|prefir|qued|contrat|incorpor"
        r"|apost|avanz|segu|sig|continu|prosegu|cerr|cubr|cubiert|ir|vamos a ir|promov|promocion"
        r"|fich|decid)\w* (?:finalmente"
        r" |al final |más bien |el proceso |adelante |por |con |a |al |la vacante |el puesto |la"
        r" posición )*" + _OTHERS,
        r"\b(?:ofrecido|ofrecimos|ofreció|ofrecieron|hecho una oferta|hicimos una oferta|extendido"
        r" (?:una|la) oferta|asignado|adjudicado|otorgado) (?:el puesto |la posición |el cargo |la"
        r" plaza |la vacante |el rol )?a (?:otr[oa]s?|un[oa]? (?:candidat|persona|perfil"
        r"|postulante)|alguien)",
        r"\b(?:otr[oa] candidat\w*|otra persona|la persona (?:seleccionada|elegida)|el candidato"
        r" (?:seleccionado|elegido)|la candidata (?:seleccionada|elegida)) (?:ya )?(?:ha )?"
        r"aceptad[oa] (?:la|nuestra) oferta\b",
        r"\bse (?:eligió|seleccionó|contrató|optó por) a (?:un[oa]? |otr)",
        r"\b(?:cubiert|ocupad)[oa] (?:internamente|de forma interna|con (?:un|una) (?:candidat"
        r"|perfil|persona|profesional) intern[oa])\b|\bpromoción interna\b",
        # the role gone
        r"\b"
        + _ROLE
        + r"\b(?:(?!"
        + _MEETING
        + r")[^\n]){0,60}?(?<!\bno )\b(?:ya )?(?:ha sido|fue|está"
        r"|quedó|ha quedado|se ha|se encuentra|se dio por|se declaró|se declara) (?:finalmente"
        r" |ya |recientemente |lamentablemente )?(?:declarad[oa] )?" + _GONE + r"\b",
        r"\b(?:hemos|han|ha|se ha|se han|ya se|se) (?:cubierto|cubrió|cubrieron|cerrado|cerró"
        r"|cancelado|canceló|congelado|congeló|ocupado|ocupó|anulado|anuló|retirado|retiró"
        r"|despublicado|declarado desiert[oa]) (?:\w+ ){0,2}?(?:la|el|esta|este|dicha|dicho|nuestra"
        r"|nuestro) ?" + _ROLE + r"\b",
        r"\b(?:cubrimos|cerramos|cancelamos|congelamos|anulamos|retiramos|despublicamos) (?:\w+"
        r" ){0,2}?(?:la|el|esta|este|dicha|dicho|nuestra|nuestro) ?" + _ROLE + r"\b",
        r"\bcubrir (?:la|el) " + _ROLE + r"\b[^\n]{0,40}\bcon (?:una?|otr)",
        r"\b" + _ROLE + r"\b[^\n]{0,40}\bya no (?:está|se encuentra|sigue|es) (?:disponible"
        r"|abiert[oa]|vigente|activ[oa])\b|\bno hay fecha (?:prevista )?para (?:reabrir|retomar)\b",
        r"\b(?:congelad|suspendid|cancelad|cerrad)[oa]s? (?:indefinidamente|de forma indefinida"
        r"|hasta nuevo aviso|sin fecha)\b",
        r"\bproceso finalizado\b|(?<!\bno )(?<!\bno se )\b(?:hemos|han|ha|se ha|se) cerrado el"
        r" proceso de selección\b|\bproceso (?:de"
        r" selección )?(?:ya )?(?:ha finalizado|ha concluido|ha terminado|finalizó|concluyó"
        r"|terminó|se cerró|se ha cerrado)\b(?![^\n]*\b(?:has sido|ha sido|fuiste|fue|quedaste"
        r"|resultaste) (?:seleccionad|elegid|escogid))",
        # judged no fit ("aunque tu perfil no encaje del todo" concedes: subjunctive, no match)
        r"\b(?:tu|su|vuestro|vuestra) (?:perfil|experiencia|candidatura|trayectoria|formación|cv"
        r"|hoja de vida|background|conocimientos)\b[^\n]{0,40}?\bno (?:\w+ )?(?:se ajusta|encaja"
        r"|coincide|cumple|corresponde|se adecua|se adecúa|responde|se alinea|está alineado"
        r"|termina de encajar|acaba de encajar|llega a encajar|es (?:el|lo) que)",
        r"\bno (?:encaja|encajas|encajás|se ajusta|te ajustas|cumple|cumples|cumplís|coincide"
        r"|reúne|reúnes|reunís|se adecua) (?:del todo |completamente |totalmente |exactamente"
        r" |plenamente |lo suficiente |suficientemente )?(?:con |a |en |los |el |todos los )?(?:lo"
        r" que|el perfil|los requisitos|las necesidades|nuestras necesidades|nuestros requisitos"
        r"|el puesto|la posición|la vacante|lo buscado|requisitos)\b",
        r"\b(?:sobre ?cualificad[oa]|sobre ?calificad[oa])\b",
        # regret to tell
        r"\b(?:lamentamos|lamento|sentimos|siento) (?:mucho )?(?:tener que )?(?:informarte"
        r"|informarle|informaros|comunicarte|comunicarle|comunicaros|decirte|decirle|contarte"
        r"|contarle|trasladarte|trasladarle)\b",
    )
)
REJECTION_UNLESS = _plain(
    (
        # not ruled out: "tu candidatura no ha sido descartada", "sigues en el proceso"
        r"\bno (?:ha sido|fue|está|queda|ha quedado|han sido|están) (?:descartad|rechazad"
        r"|desestimad|cerrad)[oa]s?\b|\bsigues? (?:en el proceso|en carrera|en la carrera)\b",
        # an interview called off is not the application refused
        r"(?<![^\n])(?![^\n]*\b(?:otr[oa]s? (?:candidat|perfil|persona)|no (?:continuar|avanzar"
        r"|seguir)|no ha sido seleccionad)\w*)[^\n]*?"
        r"\b(?:entrevista|reunión|llamada|cita|videollamada)s?\b[^\n]{0,160}"
        r"\b(?:queda|quedan|ha sido"
        r"|han sido|fue|será|se ha|se) (?:cancelad|anulad|suspendid|aplazad|pospuest|reprogramad"
        r"|cancela|anula|suspende|aplaza|pospone|reprograma)\w*",
        # an opening condition, unless the sentence turns on it ("si ..., sin embargo, ...");
        # "si bien" concedes and decides
        _OPENING + r"(?:si|en caso de|en el caso de|una vez que|de no|a falta de|en ausencia"
        r" de|pasado|transcurrido|transcurridos)\b(?! bien\b)(?![^\n]*\b(?:sin embargo|no obstante"
        r"|toutefois|cependant|néanmoins|aun así|lamentablemente|desafortunadamente"
        r"|lamentamos)\b)",
        r"\bsi no\b|\ben caso (?:de )?(?:que )?no\b|\bde no (?:recibir"
        r"|haber|tener)\b|\b(?:pasado|transcurrido) (?:este|ese|dicho|el) (?:plazo|periodo"
        r"|tiempo)\b",
        r"\b(?:entiende|entienda|entendé|considere|considerá|asume|asuma|asumí) que\b|\b(?:puedes"
        r"|podrás|puede|podrá|podés|deberás|deberá|debes|debe) (?:entender|considerar|asumir|dar"
        r" por)\b|\b(?:da|dé|dar) por (?:hecho|entendido|descartad)|\bhasta (?:que|recibir|tener"
        r"|contar con|completar|disponer)\b",
        r"\bsea (?:para bien o para mal|cual sea|lo que sea|positiva o negativa|favorable o no)\b"
        r"|\bno (?:implica|significa|quiere decir|supone)\b|\bpositiva o negativa\b|\bcualquiera"
        r" que sea\b|\btanto si\b",
        r"\b(?:los|las|a los|a las|aquellos|aquellas|todos los|todas las) (?:candidat|postulant"
        r"|persona|solicitud|perfil)\w* (?:que no|no seleccionad|no preseleccionad|descartad|no"
        r" admitid)|\b(?:serán|será) (?:informad|notificad|contactad|avisad|comunicad)\w*"
        r"|\brecibirán\b",
        r"\b(?:enhorabuena|felicidades|felicitaciones|nos complace|nos alegra|buenas noticias|es un"
        r" placer|tenemos el gusto|bienvenid[oa])\b",
        r"\b(?:entre (?:los|las) que|de (?:los|las) que) (?:te encuentras|se encuentra|estás|está"
        r"|formas parte|forma parte)\b|\b(?:formas|formás|forma) parte de (?:los|las|ell[oa]s)\b",
        # an interview called off or moved is not the application refused
        r"(?<![^\n])(?![^\n]*(?:cubiert|equipo (?:ya )?completo|otr[oa]s? candidat|otr[oa]s?"
        r" perfil|otra persona|(?:tu|su)"
        r" (?:candidatura|postulación|solicitud|perfil)|proceso))[^\n]*"
        r"(?:\b(?:"
        + _CALL_OFF
        + r"|pospus|mover|cambiar|trasladar)\w*[^\n]{0,60}\b"
        + _MEETING
        + r"\b|\b"
        + _MEETING
        + r"\b[^\n]{0,60}\b(?:"
        + _CALL_OFF
        + r"|pospues|cambi|traslad"
        r"|mov(?:id|emos|er|imos|ió|ieron|erá))\w*)",
    )
)

CONDITIONAL = _plain(
    (
        # either way ("responderemos antes de fin de mes, tanto si continúas en el proceso como
        # si no")
        r"\btanto si (?:continúas|sigues|pasas|avanzas|resultas|eres|quedas|has sido)\b[^\n]{0,80}"
        r"\bcomo si no\b",
        r"\ben caso de que\b|\bsi (?:tu|su) (?:perfil|candidatura|postulación|solicitud|cv|hoja de"
        r" vida|experiencia)\b(?![^\n]*\b(?:sin embargo|no obstante|lamentablemente)\b)",
        r"\bsi (?:no )?(?:resultas|resulta|resultás|eres|es|sos|fueras|fuera|quedas|quedás|pasas"
        r"|pasás) (?:seleccionad|preseleccionad|elegid|finalista|apt)\w*",
        r"\b(?:solo|solamente|únicamente) (?:nos pondremos en contacto|contactaremos|se"
        r" contactará|nos comunicaremos)\b",
        r"\bsi (?:necesitas|necesita|necesitás|deseas|desea|quieres|quiere|querés|prefieres"
        r"|prefiere|preferís|tienes que|tiene que|tenés que|debes|debe|debés) (?:cambiar"
        r"|reprogramar|cancelar|modificar|mover|anular|aplazar|posponer)\b|\bsi por (?:alguna"
        r"|cualquier)"
        r" (?:razón|motivo|causa)\b|\bsi (?:surge|surgiera) (?:algún|cualquier) (?:imprevisto"
        r"|inconveniente)\b|\bsi no (?:puedes|puede|podés|pudieras|pudiera|te (?:viene|va|queda"
        r"|sirve|acomoda))\b",
    )
)

__all__ = [
    "ACKNOWLEDGEMENT",
    "ACKNOWLEDGEMENT_UNLESS",
    "AGREED",
    "ASKS_FOR_TIME",
    "ASKS_FOR_TIME_UNLESS",
    "CANCEL",
    "CANCEL_UNLESS",
    "CONDITIONAL",
    "CONFIRM",
    "CONFIRM_SENTENCE",
    "CONFIRM_SENTENCE_UNLESS",
    "CONFIRM_UNLESS",
    "DELAY",
    "DELAY_UNLESS",
    "HIRING_WORDS",
    "HOLDING",
    "HOLDING_UNLESS",
    "INVITATION",
    "JOB_ALERT",
    "NEWSLETTER",
    "NOT_HIRING",
    "OFFER",
    "OFFER_UNLESS",
    "OTHER_APPLICATION",
    "PANEL_MEMBER",
    "REJECTION",
    "REJECTION_UNLESS",
    "RELAYED",
    "REQUEST",
    "REQUEST_UNLESS",
    "RESCHEDULE",
    "THREAD_AGREED",
]
