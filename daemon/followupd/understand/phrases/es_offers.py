"""Spanish offers added to the shared lists (imported by es.py, which carries them into the rule
table): a role offered with pleasure ("nos complace ofrecerte el puesto"), a welcome into the
team ("nos gustaría que te incorporases"), the offer's papers and terms (carta oferta, propuesta
económica, the contract to sign), an offer revised after the candidate's counter. "Oferta" alone
is a job posting, not an offer; a cold pitch offers "una posición", an offer "el puesto". Same
conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.es_logistics import plain as _plain

# Glad to, or wishing to: each list short enough for the literal gates to spell it out, so
# that they index an offer phrase by its first words.
_GLAD = (
    r"(?:nos complace|nos alegra|me complace|me alegra|es un placer|tenemos el gusto de|tenemos el"
    r" placer de|nos da mucho gusto)",
    r"estamos (?:encantad[oa]s|felices|content[oa]s) de",
)
_WISH = r"(?:queremos|quisiéramos|nos gustaría|nos encantaría|me gustaría)"
_GIVE_ROLE = (
    r" (?:poder )?(?:ofrecer|extender)(?:te|le|les)? (?:formalmente |oficialmente )?(?:el|la|este"
    r"|esta|nuestra) (?:\w+ )?(?:puesto|cargo|posición|plaza|rol|vacante|contrato|oferta|propuesta"
    r"|incorporación)\b"
)
_MAKE_OFFER = (
    r" (?:poder )?(?:hacer|presentar|enviar|extender|trasladar)(?:te|le|les)? (?:formalmente"
    r" |oficialmente )?(?:una|la|nuestra|esta) (?:oferta|propuesta (?:formal|económica|salarial"
    r"|laboral|de (?:trabajo|empleo|contratación|incorporación)))\b"
)
_PROPOSE = (
    r" (?:poder )?(?:presentar|hacer|enviar|compartir|proponer)(?:te|le|les)? (?:formalmente"
    r" |oficialmente )?(?:una|la|nuestra|esta|la siguiente) propuesta\b"
)
_WELCOMING = (
    r"(?:nos gustaría|queremos|nos encantaría|nos alegra|nos complace|será un placer)",
    r"estamos encantad[oa]s de",
    r"(?:ojalá|esperamos)",
)
# Welcomed into the team (not "contar contigo para una entrevista").
_JOIN_US = (
    r" (?:que te (?:incorpores|incorporases|incorporaras|sumes|sumaras|sumases|unas|unieras"
    r"|unieses)|que se (?:incorpore|incorporase|incorporara|sume|una)|contar contigo|contar con"
    r" usted|contar con vos|incorporarte|incorporarle|sumarte|sumarle|ficharte|contratarte"
    r"|contratarle|tenerte (?:con nosotros|en el equipo)|que (?:formes|forme) parte)\b(?![^\n]*\b"
    r"(?:entrevista|reunión|charla|llamada|prueba|fase|etapa|proceso|comunidad|newsletter|evento"
    r"|webinar|red|bolsa|base de datos|futur|próxim|otras|otros)\w*)"
)

OFFER = _plain(
    (
        # a selection board's decision: "La Comisión de Selección acordó proponer su contratación"
        r"\b(?:acordó|ha acordado|acuerda|decidió|ha decidido|resolvió|ha resuelto) proponer (?:su|"
        r"tu)"
        r" (?:contratación|nombramiento|incorporación)\b",
        # the client's yes relayed: "Hoteles Brisamar ha decidido contar contigo como CTO"
        r"\b(?:ha|han|hemos) decidido contar (?:contigo|con usted|con vos)(?: como| para el puesto)"
        r"\b(?![^\n]*\b(?:testigo|padrino|madrina|invitad[oa]|boda|ponente|voluntari[oa])\b)",
        # an agency relaying the client's yes ("te quieren dentro: 52k fijo + 10% variable")
        r"\bte quieren (?:dentro|contratar|fichar|en el equipo)\b|\bquieren (?:contratarte"
        r"|ficharte)\b|\b(?:quieren|quiere|van a|va a|querrían|quisieran) (?:hacerte|hacerle"
        r"|haceros) una oferta\b",
        # "queremos hacerte una propuesta para incorporarte como..." (not a headhunter's "una
        # propuesta para un puesto")
        r"\b(?:queremos|quisiéramos|nos gustaría|vamos a|queríamos)\s+(?:hacerte|hacerle) una"
        r" (?:propuesta|oferta) (?:formal |económica |de contratación |de incorporación )?(?:para"
        r" (?:incorporarte|incorporarle|unirte|unirse|que te incorpores|que se incorpore)|de"
        r" (?:incorporación|contratación))\b",
        # glad to offer: the role named with a definite article (a cold pitch offers "una
        # posición"), an offer made, a proposal qualified or made with pleasure
        *(r"\b" + lead + _GIVE_ROLE for lead in (*_GLAD, _WISH)),
        *(r"\b" + lead + _MAKE_OFFER for lead in (*_GLAD, _WISH)),
        *(r"\b" + lead + _PROPOSE for lead in _GLAD),
        r"\b(?:ofrecerte|ofrecerle|te ofrecemos|le ofrecemos|te ofrezco|le ofrezco) (?:formalmente"
        r" )?(?:el|la) (?:puesto|cargo|posición|plaza|rol|vacante)\b",
        r"\b(?:informarte|informarle|comunicarte|comunicarle|anunciarte|anunciarle|contarte"
        r"|contarle|decirte|decirle) (?:de )?que (?:has|ha) sido (?:seleccionad|elegid|escogid)[oa]"
        r"\b(?![^\n]*\b(?:entrevista|fase|etapa|ronda|prueba|dinámica|siguiente|próxima"
        r"|finalista)\w*)",
        r"\b(?:has|ha) sido (?:seleccionad|elegid|escogid|contratad)[oa] (?:como|para (?:el|ocupar"
        r"|cubrir|la) (?:puesto|cargo|posición|plaza|vacante|rol)\b)(?![^\n]*\b(?:entrevista|fase"
        r"|etapa|ronda|prueba|siguiente|próxima|dinámica|finalista)\w*)",
        *(r"\b" + lead + _JOIN_US for lead in _WELCOMING),
        # the offer's papers and terms
        r"\b(?:carta de oferta|carta oferta|oferta formal|oferta económica|oferta salarial|oferta"
        r" por escrito|oferta definitiva)\b|\bcarta de (?:compromiso|intención) de contratación\b",
        r"\bpropuesta (?:formal|económica|salarial|laboral|de contratación|de incorporación|de"
        r" empleo|revisada|actualizada|mejorada|definitiva)\b(?! (?:de|del) (?:agenda|horario"
        r"|fechas|entrevista|proyecto|ejercicio|caso))",
        r"\b(?:te|le) (?:adjunto|adjuntamos|envío|enviamos|comparto|compartimos|remito|remitimos"
        r"|mando|mandamos|hago llegar|hacemos llegar) (?:la|nuestra|tu|su|el) (?:carta|contrato"
        r"|oferta formal|propuesta formal|propuesta económica|propuesta salarial)\b",
        r"\b(?:aprobó|aprobado|autorizado|autorizó|dado el visto bueno a|dio el visto bueno a)"
        r" (?:tu|su) (?:contratación|incorporación|fichaje)\b|\bqueremos ofrecerte\b|\bcondiciones"
        r" de (?:la|nuestra) (?:oferta|propuesta)\b",
        r"\b(?:el puesto|la plaza|el cargo|la posición) es (?:tuy[oa]|suy[oa])\b|\b(?:estás|quedas"
        r"|quedaste|has sido|ha sido) contratad[oa]\b|\beres la persona (?:elegida|seleccionada"
        r"|que buscábamos)\b|\bhas superado (?:el|todo el) proceso\b",
        # an offer revised after the candidate's counter
        r"\b(?:ajustar|mejorar|subir|revisar|igualar|aumentar|incrementar|ajustamos|mejoramos"
        r"|subimos|igualamos|aumentamos|ajustado|mejorado)\w* (?:la|nuestra|tu|su|el) (?:propuesta"
        r"|oferta|sueldo|salario)\b[^\n]{0,60}\b(?:brut[oa]s?|net[oa]s?|sueldo|salario|anual(?:es)?"
        r"|mensual(?:es)?|al (?:año|mes)|€|euros|mxn|usd|pesos|clp|cop|ars)",
        r"\b(?:nuestra|esta|la siguiente|una) contraoferta\b",
    )
)
OFFER_UNLESS = _plain(
    (
        r"\bsi (?:todo|la referencia|las referencias|el cliente|validan|aprueban)\b|\bcondicionad"
        r"[oa]\b|\ba condición de\b|\bpero (?:antes|primero)\b",
        r"\b(?:nunca|jamás) (?:te|le)? ?(?:pedir|solicitar|cobrar)\w*\b|\bfraude\b|\bestafa\b"
        r"|\bsuplantación\b|\bofertas falsas\b|\bfalsas ofertas\b",
        r"\bofertas (?:de empleo|similares|para ti|que|recomendadas|destacadas|nuevas)\b|\bestas"
        r" ofertas\b|\bnuevas ofertas\b",
        r"\bno implica\b|\breserva el derecho\b|\bcompromiso de\b",
        r"\bsi (?:eres|sos|es|resultas|resulta|resultás|quedas|fueras|fuera|recibes|recibís"
        r"|recibe|tienes|tenés|tiene)\b|\ben caso de (?:que|ser|recibir|resultar)\b|\bantes de"
        r" (?:hacer|hacerte|extender|enviarte|formalizar) (?:una|la|cualquier)\b|\bcuando"
        r" (?:recibas|tengas|te hagan)\b",
        r"\botr[oa]s? (?:candidat|persona|perfil)\w*|\blamentablemente\b|\bdesafortunadamente\b",
        r"\b(?:consejos|tips|claves|guía|cómo negociar)\b|\b(?:el|nuestro) proceso (?:consta"
        r"|incluye|incluirá|tiene|comprende|se compone)\b|\b(?:etapas|fases|pasos) (?:del|de"
        r" nuestro) proceso\b",
        # a reply in the offer's thread names it without making one
        r"^(?:re|rv|fwd?|reenviado)\s?:[^\n]*\b(?:carta oferta|oferta|propuesta)\b",
    )
)
