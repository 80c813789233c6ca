"""Spanish receipts and waits added to the shared lists (imported by es.py, which carries them
into the rule table): acknowledgements of an application (a job board's "te postulaste", an
ATS's "hemos recibido tu candidatura", a public body's registry receipt, a person's "he
recibido tu CV"), and holding replies that describe a delay in any words (no decision yet, the
process still running, slowed or paused, someone away or still to decide, an answer promised
for a time). Same conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.es_logistics import OPENING
from followupd.understand.phrases.es_logistics import plain as _plain

_DOC = (
    r"(?:candidatura|postulación|solicitud|aplicación|cv|currículum|currículo|curriculum|hoja de"
    r" vida|perfil|inscripción|antecedentes|documentación)"
)
_YOUR = r"(?:tu|su|vuestra|la|el)"
_REVIEWED = (
    r" (?:con atención |detenidamente |cuidadosamente )?(?:tu|su|la|el|los|sus|tus)? ?(?:"
    + _DOC
    + r"|experiencia|información)\b"
)
ACKNOWLEDGEMENT = _plain(
    (
        r"\b(?:hemos|he|ha|han|ya hemos) (?:recibido|registrado|recepcionado)(?: correctamente| con"
        r" éxito| satisfactoriamente| sin problemas| ya)? " + _YOUR + r" " + _DOC + r"\b",
        r"\b(?:recibimos|registramos|ya tenemos|nos llegó|nos ha llegado|nos han llegado|nos"
        r" llegaron) (?:correctamente )?(?:tu|su|vuestra) " + _DOC + r"\b",
        r"\b(?:tu|su) " + _DOC + r"\b[^\n]{0,60}\b(?:se ha enviado|se envió|ha sido (?:enviad"
        r"|recibid|registrad|presentad)[oa]|fue (?:enviad|recibid|registrad|presentad)[oa]|se"
        r" (?:ha )?(?:registrado|recibido|completado)|(?:ha )?quedado registrad[oa]|está en manos"
        r"|se ha realizado (?:correctamente|con éxito))\b",
        r"\b(?:acusamos recibo|acuse de recibo|confirmamos (?:la )?recepción)\b",
        # "Le confirmamos que su solicitud se ha presentado correctamente"
        r"\b(?:su|tu) (?:solicitud|candidatura|inscripción) se ha presentado (?:correctamente|con"
        r" éxito)\b",
        r"\bconfirmación de (?:la )?recepción\b|\brecepción de (?:tu|su) " + _DOC + r"\b",
        r"\b(?:postulación|candidatura|solicitud|inscripción) (?:enviada|recibida|exitosa"
        r"|realizada|completada|registrada|presentada)\b|\b(?:te has inscrito|te inscribiste|te"
        r" has postulado|te postulaste|te postulaste|has aplicado|aplicaste|has enviado tu"
        r" (?:candidatura|cv|solicitud|postulación))\b",
        r"\bgracias por (?:tu|su|vuestra) (?:interés|postulación|candidatura|solicitud"
        r"|aplicación)\b|\bgracias por (?:postularte|postular|aplicar|inscribirte|presentar (?:tu"
        r"|su) candidatura|enviarnos (?:tu|su)|haber postulado|haberte postulado|haber aplicado)\b",
        r"\b(?:nos alegra|nos encanta|estamos (?:encantados|muy contentos)(?: de)?) que (?:hayas"
        r"|haya) (?:decidido )?(?:postulado|aplicado|postularte|aplicar)\b",
        # will be reviewed
        *(
            r"\b" + review + _REVIEWED
            for review in (
                r"(?:revisaremos|analizaremos|estudiaremos|evaluaremos|valoraremos|vamos a revisar"
                r"|vamos a analizar)",
                r"(?:revisará|analizará|evaluará|valorará|estudiará)",
                r"procederemos a (?:revisar|analizar|evaluar)",
            )
        ),
        r"\b(?:tu|su) " + _DOC + r"\b[^\n]{0,40}\b(?:será|serán) (?:revisad|analizad|estudiad"
        r"|evaluad|valorad)[oa]s?\b|\b(?:la|lo) (?:revisaremos|analizaremos|estudiaremos"
        r"|evaluaremos|valoraremos)\b",
        # will contact if
        r"\b(?:te|le|los|las|lo|la|nos) (?:contactaremos|contactarán|contactará|llamaremos"
        r"|pondremos en contacto|escribiremos|avisaremos|comunicaremos|vamos a contactar|van a"
        r" contactar|volveremos a contactar)\b[^\n]{0,80}\b(?:si|en caso)\b|\buna vez"
        r" (?:revisad|analizad|estudiad|evaluad|valorad)[oa]s? (?:tu|su|tus|sus|las|los|la|el)\b",
        r"\b(?:si|en caso de que) (?:tu|su) (?:perfil|candidatura|postulación|experiencia|cv|hoja"
        r" de vida)\b[^\n]{0,100}\b(?:contact|llam|escrib|avis|comunic|invit|convoc)\w*",
        r"\bsolo (?:se contactará|contactaremos|nos pondremos en contacto|nos comunicaremos)"
        r" (?:con|a) (?:los|las|aquell)",
        # tracking the application, the talent pool, a public body's registry receipt
        r"\b(?:consultar|revisar|seguir|ver|conocer|comprobar|consulta|revisa|sigue) (?:el"
        r" estado|el avance|la evolución|el progreso) de (?:tu|su|tus|sus) (?:candidatura"
        r"|postulación|solicitud|proceso|aplicación)(?:es)?\b|\bmis (?:candidaturas"
        r"|postulaciones|aplicaciones)\b",
        r"\b(?:base de datos|cartera|banco) de (?:talento|candidatos)\b",
        r"\bsolicitud de (?:admisión|participación|inscripción)\b[^\n]{0,80}\b(?:proceso"
        r" selectivo|convocatoria|bolsa de (?:empleo|trabajo)|oposición|concurso)",
    )
)
ACKNOWLEDGEMENT_UNLESS = _plain(
    (
        r"\b(?:estado|resultado)\b[^\n]{0,20}\bfinalizado\b|\b(?:completa|completá|completar"
        r"|finaliza|finalizá|finalizar|termina|terminá|terminar|retoma|retomar) (?:tu|su)"
        r" (?:perfil|cv|candidatura|postulación|solicitud)\b|\bincomplet[oa]\b",
        r"\b(?:alertas?|newsletter|boletín|webinar|curso|taller|encuesta|cuestionario)\b",
        r"\bsolicitud (?:de|del|para) (?:préstamo|crédito|tarjeta|hipoteca|reembolso|devolución"
        r"|beca|visado|visa|pasaporte|baja|portabilidad|financiación|subvención|vacaciones"
        r"|permiso)",
    )
)

# A wait described: no decision yet, the process still running, slowed or paused, someone
# away or still to decide, an answer promised for a time.
_NEWS = (
    r"(?:algo|respuesta|una respuesta|noticias|novedades|feedback|retroalimentación|la decisión"
    r"|una decisión|nuestra decisión|la decisión final|el resultado|los resultados|definición|qué"
    r" (?:decidimos|deciden|pasa)|cómo (?:va|sigue)|lo que (?:decidamos|decidan))"
)
_BY = (
    r"(?:antes del?|a más tardar|como (?:muy )?tarde|esta semana|la (?:próxima |otra )?semana|la"
    r" semana (?:que viene|próxima|del \d+)|el (?:lunes|martes|miércoles|jueves|viernes)|dentro"
    r" de|en (?:dos|tres|un par de|unas|\d+) semanas|a la brevedad|lo antes posible|en estos días"
    r"|en los próximos|en (?:unos|pocos|un par de) días|a (?:finales|fin|principios|mediados) de"
    r"|para (?:finales|mediados|el)|hacia (?:el|finales|mediados)|mañana|en breve|pronto)"
)
_WHEN_KNOWN = (
    r"(?:en cuanto|apenas|tan pronto (?:como)?|ni bien|una vez que|cuando) (?:la |lo )?(?:tenga"
    r"|tengamos|sepa|sepamos|haya|reciba|recibamos|me (?:digan|confirmen|respondan|contesten)"
    r"|nos (?:digan|confirmen|respondan|contesten)|vuelva|regrese|se (?:decida|resuelva|confirme)"
    # a recruiter waiting on the client: "en cuanto me den feedback te escribo"
    r"|(?:me|nos) (?:den|pasen|manden) (?:el |un |una )?(?:feedback|respuesta|noticias|novedades"
    r"|devolución))"
)
_NEWS_VERB = (
    r"(?:daremos|daré|doy|damos|diremos|diré|digo|decimos|escribo|escribiré|escribimos"
    r"|escribiremos|llamo|llamaré|llamamos|llamaremos|aviso|avisaré|avisamos|avisaremos|confirmo"
    r"|confirmaré|confirmaremos|comunicaremos|comunicaré|comunico|informaremos|informaré|informo"
    r"|contaremos|contaré|cuento|comento|comentaré|responderemos|responderé|haremos saber|haré"
    r" saber|contactaré|contactaremos|actualizo|actualizaré)"
)
_STILL = (
    r"(?:seguimos|todavía estamos|aún estamos|estamos|continuamos|todavía seguimos|sigo|estoy"
    r"|(?:todavía |aún )?(?:están|siguen))"
)
_PROCESS = r"(?:proceso|selección|búsqueda|vacante|posición|contratación|puesto|cargo)"
HOLDING = _plain(
    (
        r"\btendr(?:ás|á|éis|án) (?:una|mi|nuestra) (?:respuesta|decisión)\b",
        # "Aún nada cerrado ... Antes del jueves 9 te digo algo seguro, sea lo que sea"
        r"\b(?:te|le|os) (?:digo|diré|diremos|decimos|contesto|contestaré|confirmo|confirmaré) algo"
        r"(?: seguro| definitivo)?\b|\b(?:aún|todavía) (?:no hay )?nada cerrado\b",
        # the application kept open: "tu candidatura sigue abierta", "seguirá abierta"
        r"\b(?:tu|su) (?:candidatura|postulación|solicitud)\b[^\n]{0,40}\b(?:sigue|seguirá|queda"
        r"|continúa|permanece) (?:abierta|activa|en (?:el proceso|pie))\b",
        # the answer still to come: "la respuesta definitiva llegará a la vuelta de verano"
        r"\b(?:la|una) (?:respuesta|decisión) (?:definitiva |final )?(?:llegará|se tomará|se"
        r" conocerá|no llegará hasta|no va a ser rápida)\b",
        # a decision still to be made, by a day: "y decidirá antes de fin de la semana que viene"
        r"\b(?:decidirá|decidirán|decidiremos|resolverá|resolverán|resolveremos|tomará (?:una|la"
        r"|su) decisión|tomarán (?:una|la|su) decisión|tomaremos (?:una|la) decisión)\b[^\n]{0,40}"
        r"\b(?:antes de|antes del|para el|para finales|a más tardar|como muy tarde|esta semana"
        r"|la semana|el lunes|el martes|el miércoles|el jueves|el viernes|a finales|a principios"
        r"|en los próximos)\b",
        r"\b(?:queda|está|se queda) en pausa\b|\b(?:oferta|proceso|contratación)\b[^\n]{0,20}"
        r"\b(?:queda|está) (?:congelad[ao]|suspendid[ao])\b",
        r"\b(?:todavía|aún) no (?:definimos|decidimos|hemos (?:definido|decidido|tomado una"
        r" decisión)|tenemos (?:una )?(?:decisión|definición|respuesta))\b",
        r"\bsigues? (?:en carrera|en la carrera|en competencia)\b",
        r"\bte (?:escribo|escribimos|respondo|contesto|aviso) antes del? \w+ con (?:una|la)"
        r" (?:respuesta|decisión)\b",
        r"\b" + _STILL + r" (?:revisando|valorando|evaluando|entrevistando|analizando|estudiando"
        r"|considerando|terminando|finalizando|cerrando|completando|en (?:pleno )?proceso"
        r"|en plena selección|con (?:el proceso|las entrevistas))\b",
        r"\b(?:tu|su) (?:candidatura|postulación|solicitud|perfil) (?:sigue|continúa|está"
        r" todavía|sigue estando) (?:activ[oa]|en (?:proceso|curso|revisión|evaluación|estudio"
        r"|valoración|pie))\b|\b(?:el|este|nuestro) " + _PROCESS + r" (?:sigue|continúa|está"
        r" todavía) (?:abiert[oa]|activ[oa]|en curso|en marcha)\b",
        r"\b(?:sigues|seguís|sigue|continúas|continuás|continúa) (?:en (?:el proceso|carrera|la"
        r" carrera|la terna|la recta final|competencia)|participando|siendo considerad[oa]"
        r"|considerad[oa])\b|\b(?:estás|está|eres|es|sos) (?:entre|una de|uno de) (?:los|las)"
        r" (?:\w+ )?(?:finalistas|candidat[oa]s finales)\b",
        # "la decisión se tomará el martes": to be made
        r"\bdecisión (?:final |definitiva )?se (?:tomará|conocerá|comunicará|dará a conocer|va a"
        r" tomar)\b|\b(?:tomaremos|vamos a tomar|daremos a conocer) (?:la|una|nuestra)"
        r" (?:\w+ )?decisión\b",
        # slowed or paused
        r"\b(?:se está|se ha|se han|está|están|se) (?:alargando|retrasando|demorando|extendiendo"
        r"|prolongando|ralentizando|alargado|retrasado|demorado|alarga|retrasa|demora)\b|\bmás"
        r" (?:\w+ )?de lo (?:previsto|esperado|habitual|normal|planeado)\b|\b(?:algo|un poco"
        r"|bastante) de retraso\b|\b(?:va|avanza|está yendo|está avanzando) (?:un poco |algo"
        r" )?más (?:lento|despacio)\b",
        r"\b(?:te|le|les|os) (?:aviso|avisaré|avisamos|avisaremos|cuento|contaré|contamos"
        r"|contaremos|comento|comentaré)\b(?: \w+){0,2}? " + _BY + r"\b",
        r"\b" + _PROCESS + r"\b[^\n]{0,40}\b(?:en pausa|pausad[oa]|en suspenso|en stand-?by|en"
        r" espera|(?:congelad|suspendid|detenid)[oa] (?:temporalmente|momentáneamente|por unas"
        r" semanas|hasta))|\b(?:puesto|pusimos|ponemos) en pausa\b|\bretomar el proceso\b",
        # an answer promised for a time, or as soon as it is known
        r"\b(?:te|le|les|os) "
        + _NEWS_VERB
        + r"\b(?: \w+){0,3}? "
        + _NEWS
        + r"\b[^\n]{0,60}?\b"
        + _BY,
        r"\b(?:te|le|les|os) " + _NEWS_VERB + r"\b[^\n]{0,40}?\b" + _BY + r"\b[^\n]{0,40}\b(?:con"
        r"|para (?:darte|darle|contarte|contarle|comentarte|comentarle|decirte|decirle)) " + _NEWS,
        r"\b(?:te|le|les|os) "
        + _NEWS_VERB
        + r"\b[^\n]{0,40}\b"
        + _WHEN_KNOWN
        + r"\b|\b"
        + _WHEN_KNOWN
        + r"\b[^\n]{0,60}\b(?:te|le|les|os) "
        + _NEWS_VERB
        + r"\b",
        r"\b(?:te|le|les|os) (?:mantendremos|mantendré|mantengo|tendré|tendremos)"
        r" (?:informad[oa]s?|al tanto|al corriente)\b",
        r"\b(?:espero|esperamos|confío en|confiamos en) (?:tener|poder darte|poder darle|darte"
        r"|darle) " + _NEWS + r"\b",
        r"\b(?:tomar|tomaremos|tomará|tomarán|tendremos|tendré|tendrán|cerrar|cerraremos|cerrará"
        r"|finalizar|finalizaremos|resolver|resolveremos|concluir|terminar|terminaremos) (?:una |la"
        r" |el )?(?:decisión|definición|respuesta|proceso)\b[^\n]{0,40}\b" + _BY,
        r"\b" + _BY + r"\b[^\n]{0,30}\b(?:tendremos|tendré|tendrán|daremos|daré|diremos|diré"
        r"|comunicaremos|sabremos|sabré) "
        + _NEWS
        + r"\b|\b(?:te|le|les|os) (?:pido|pedimos|pediría"
        r"|pediríamos) (?:un poco (?:más )?de |algo (?:más )?de )?paciencia\b",
        r"\b(?:los )?resultados (?:del proceso |de la selección )?se (?:comunicarán|darán a"
        r" conocer|publicarán|informarán|enviarán)\b|\b(?:le|te|les) comunicaremos (?:el"
        r" resultado|los resultados|la decisión|nuestra decisión)\b",
        # no decision yet
        r"\b(?:todavía|aún|aun) no (?:hemos|he|han|ha|tenemos|tengo|tienen|tiene|hay)"
        r" (?:tomado |decidido |cerrado |definido |resuelto |recibido |tenido )?(?:una |la"
        r" |ninguna |el |mucha )?(?:decisión|respuesta|noticias|novedades|feedback|resultado"
        r"|definición)\b|\bno (?:hay|tengo|tenemos) (?:novedades|noticias|una decisión|decisión)"
        r" (?:todavía|aún|por ahora|de momento|por el momento)\b",
        r"\b(?:la decisión|el resultado)(?: final)? (?:todavía|aún) no\b|\b(?:todavía|aún) no"
        r" (?:hemos|han) (?:terminado|finalizado|cerrado|concluido|completado|decidido)\b",
        # waiting on others, or on the last steps
        r"\b(?:a la espera|pendientes?|esperando) (?:de |del |a |al )(?!(?:tu|su|tus|sus|vuestra)"
        r"\b)(?:la |el |los |las )?(?:respuesta|feedback|validación|aprobación|visto bueno"
        r"|decisión|cliente|comité|gerencia|dirección|manager|responsable|equipo|director"
        r"|directora|confirmación|resultado|adjudicación|presupuesto|referencias)\b",
        r"\b(?:cliente|gerente|director|directora|responsable|manager|comité|dirección|gerencia"
        r"|jefe|jefa|ceo|cto|fundador|fundadora|socio|socia)\b[^\n]{0,60}\b(?:está de (?:viaje"
        r"|vacaciones|baja)|está fuera|tiene que (?:validar|aprobar|revisar|decidir|dar)|debe"
        r" (?:validar|aprobar|decidir)|me ha pedido (?:unos|un par de|más) días|depende de)\b",
        r"\b(?:terminaremos|terminamos|terminando|cerramos|cerrando|finalizamos|finalizando"
        r"|completamos|completando|terminar|acabamos|acabando) (?:de"
        r" ver a |de entrevistar a |con )?(?:las|la ronda de|los|el resto de|a los) (?:\w+"
        r" ){0,2}?(?:entrevistas|candidat[oa]s|finalistas|perfiles)\b",
        r"\b(?:se encuentra|está|sigue) en (?:etapa|fase|proceso) de (?:evaluación|revisión"
        r"|análisis|selección|valoración)\b",
        r"\b(?:gracias|agradecemos|agradezco|te agradezco|le agradezco|mil gracias) (?:por )?"
        r"(?:tu|su|la|vuestra) paciencia\b|\b(?:disculpa|disculpas|perdón|perdona|siento"
        r"|lamento) (?:la demora|el retraso|la tardanza|el silencio|la espera|no haberte"
        r" respondido)\b",
    )
)
HOLDING_UNLESS = _plain(
    (
        r"\b(?:estoy|estaré) (?:fuera de la oficina|de vacaciones|ausente)\b|\b(?:cubiert|cerrad"
        r"|cancelad)[oa]\b|\bindefinid|\bsin fecha prevista\b",
    )
)

# The process delayed, or the review still going on: news past a receipt (rules.py).
DELAY = _plain(
    (
        r"\b(?:está|esté) (?:tardando|llevando|demorando) (?:un poco )?más (?:tiempo )?de lo"
        r" (?:previsto|esperado|planeado)\b|\bse (?:ha|han) (?:extendido|alargado|retrasado"
        r"|demorado|prolongado)\b|\bse está(?:n)? (?:alargando|extendiendo|retrasando)\b",
        r"\b(?:sigues?|continúas?|sigue usted) (?:en|dentro del) (?:el )?proceso\b",
        r"\b(?:cliente|responsable|equipo)\b[^\n]{0,20}\b(?:aún|todavía) no (?:me )?(?:ha"
        r" respondido|ha decidido|se ha pronunciado|ha vuelto)\b|\bseguimos esperando (?:la )?"
        r"respuesta del (?:cliente|responsable|equipo)\b",
        r"\b(?:aún|todavía) no (?:se ha cubierto|ha sido cubiert[oa]|está cubiert[oa])\b"
        r"|\bseguimos (?:entrevistando|con las entrevistas)\b",
        r"\b(?:sigue|siguen|continúa|continúan) en (?:evaluación|revisión|proceso de"
        r" (?:evaluación|revisión))\b|\b(?:seguimos|todavía estamos|aún estamos) (?:revisando"
        r"|evaluando|analizando|valorando|entrevistando)\b",
        # more people still to meet ("aún nos quedan dos entrevistas")
        r"\b(?:todavía|aún) (?:nos )?(?:quedan|tenemos|faltan) (?:dos|tres|cuatro|algunas|algunos"
        r"|varias|varios|un par de|\d+) (?:entrevistas|candidat\w+|personas)\b",
    )
)
DELAY_UNLESS = _plain((OPENING + r"(?:si|en caso|cuando)\b",))
