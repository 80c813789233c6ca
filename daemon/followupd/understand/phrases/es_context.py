"""Spanish context added to the shared lists (imported by es.py, which carries them into the
rule table): the words that make a message hiring mail (they open the gates of the logistics
rules), and the traps that share the vocabulary without being the user's own job search:
events, courses, interview advice, press and research, reviews at the user's own job, a doctor,
the user on an interview panel, job alerts and newsletters. Same conventions as languages.py.
"""

from __future__ import annotations

from followupd.understand.phrases.es_logistics import plain

# Not hiring: events, courses, reviews at the user's own job, research, press, a doctor.
NOT_HIRING = plain(
    (
        # a public employment service's guidance appointment ("Entrevista de orientación laboral
        # (demandante de mejora de empleo)")
        r"\bentrevista de orientación\b",
        r"\b(?:webinario|seminario web|masterclass|jornada de puertas abiertas|sesión informativa"
        r"|charla informativa|evento de networking)\b|\bferias? (?:de empleo|laboral|de trabajo"
        r"|virtual)\b",
        r"\b(?:simulacro|simulación|simulaciones) de entrevistas?\b|\bentrevistas? (?:simuladas?"
        r"|de práctica)\b|\b(?:taller|curso)(?:es)? de (?:preparación de )?entrevistas?\b"
        r"|\bconsejos para (?:tu|la|una|superar|preparar) (?:próxima )?entrevista\b",
        r"\b(?:periodista|reportaje|rueda de prensa|revista|periódico|emisora|programa de radio"
        r"|medio de comunicación)\b|\bentrevista (?:para|en) (?:el|un|una"
        r"|nuestro|nuestra|mi) (?:diario|periódico|revista|programa|podcast|blog|medio|canal"
        r"|radio)\b",
        r"\b(?:estudio|investigación|test)s? (?:de|con) (?:usuarios|mercado)\b|\bentrevistas? (?:de"
        r"|con) usuarios\b|\b(?:tarjeta|cheque|vale) regalo\b",
        r"\bevaluación (?:del|de) desempeño\b|\b(?:revisión|entrevista|reunión) (?:anual|de"
        r" desempeño|de objetivos|de salida|trimestral|semanal|mensual|de equipo|de departamento"
        r")\b|\bseguimiento (?:del |de )?(?:q[1-4]|trimestre|semestre|objetivos)\b",
        r"\b(?:encuesta de satisfacción|valora tu experiencia|califica tu experiencia"
        r"|recomendarías)\b",
        r"\b(?:cita|consulta|revisión) (?:médica|dental|con (?:el|la|tu|su) (?:dentista|médic[oa]"
        r"|doctor|doctora))\b|\b(?:tu|su) (?:dentista|médico|médica|fisioterapeuta|pediatra)\b"
        r"|\b(?:centro de salud|portal del paciente|receta médica|especialidad:)",
        # the user as someone else's referee
        r"\b(?:le|te|la|lo) (?:ha|han|había|habían) (?:indicado|señalado|dado|mencionado|citado"
        r"|propuesto|incluido|puesto) como (?:\w+ )?(?:referencia|contacto de referencia|persona de"
        r" referencia)s?\b",
    )
)
PANEL_MEMBER = plain(
    (
        r"\b(?:añadido|añadida|asignado|asignada|designado|designada|incluido|incluida) como"
        r" (?:entrevistador|entrevistadora|evaluador|evaluadora)\b|\bse te ha asignado una"
        r" entrevista\b|\b(?:formar|formes|participar|estar) (?:parte )?(?:del|en el|de un)"
        r" (?:tribunal|panel|comité) (?:de selección|evaluador|de entrevistas)\b"
        r"|\bformulario de evaluación\b|\bentrevistar a (?:los|las|un|una|el|la|nuestr[oa]s?)"
        r" (?:candidat|postulant|finalist)",
    )
)
JOB_ALERT = plain(
    (
        r"\b(?:empleos|ofertas|vacantes|trabajos|avisos|oportunidades) (?:nuev[oa]s|recomendad[oa]s"
        r"|para ti|para vos|que te (?:pueden|podrían) interesar|similares|destacad[oa]s|de la"
        r" semana)\b|\bnuev[oa]s (?:empleos|ofertas|vacantes|trabajos|avisos|oportunidades)\b"
        r"|\balertas? de empleo\b|\btu alerta\b",
    )
)
# (not the alert phrases: job boards put "ofertas que te pueden interesar" under receipts)
NEWSLETTER = plain(
    (
        r"\b(?:esta newsletter|este boletín|recibes esta alerta)\b|\b(?:creaste|has creado"
        r"|suscrito a|suscribiste a) (?:una|esta|tu|la) alerta\b",
    )
)
# Hiring context for the gates (a Spanish word or phrase that only hiring mail uses).
HIRING_WORDS = plain(
    (
        r"\b(?:el|este|ese|del|al|para el) rol\b",
        r"\bpostula\w*|\bhoja de vida\b|\bcandidat\w*|\bselección\b|\bcargo\b|\breclut\w*"
        r"|\brecursos humanos\b|\brr\.?\s?hh\b|\bgestión humana\b|\btalento humano\b"
        r"|\bentrevistador\w*|\bcurrícul\w*|\bproceso selectivo\b|\boferta (?:laboral|de empleo"
        r"|de trabajo)\b|\bconsultora de selección\b|\bheadhunter\b|\btarifa por hora\b",
        r"\b(?:buscando|buscamos|busco|armando|ampliando|reforzando|sumando|incorporando"
        r"|contratando)(?: a)? (?:un|una|dos|tres|varios|varias|nuevos?|nuevas?|el|la|nuestro"
        r"|nuestra|más)\b(?: [\w-]+){0,3}? (?:perfil|persona|profesional|equipo|talento|head|lead"
        r"|jef[ea]|gerente|director\w*|responsable|especialista|senior|junior|ingenier\w*"
        r"|desarroll\w*|analista|diseñador\w*|frontend|backend|fullstack|developer|engineer"
        r"|manager|programador\w*|consultor\w*|coordinador\w*|becari\w*|practicante|pasante)\b",
        # a shop's or a kitchen's hiring: "me dejaste tu CV", "busco a alguien para la barra"
        r"\b(?:tu|su) cv\b|\b(?:buscando|buscamos|busco|buscan) a alguien (?:para (?:la barra|la"
        r" cocina|la sala|la caja|el reparto|el almacén|la tienda|el turno|trabajar|cubrir|atender)"
        r"|que (?:trabaje|cubra|atienda))\b",
    )
)

# An application for something else than a job (rules.py: its news is no hiring news).
OTHER_APPLICATION = plain(
    (
        # (not "admisión": public hiring admits candidates to its selection process)
        r"\bsolicitud de (?:alquiler|arrendamiento|préstamo|hipoteca|crédito|beca)\b",
        r"\bconvocatoria de (?:ponencias|charlas)\b|\b(?:tu|su) (?:charla|ponencia)\b|\bhackathon\b"
        r"|\bvoluntariado\b",
        # a flat to rent (Latin America: "su postulación para arrendar el departamento"), a place
        # on a team, a grant
        r"\b(?:postulación|solicitud) (?:para|de|al) (?:arrendar|arriendo|alquilar)\b|\bvalor del"
        r" arriendo\b|\bescuela de fútbol\b|\bcategor[íi]as? (?:sub-?\d\d|formativas?)\b",
        # (not "beca" alone: in Spain a paid internship)
        r"\bbecas? de (?:posgrado|estudios|investigación|movilidad|excelencia)\b"
        r"|\bbeneficiari[oa] de"
        r" (?:una|la) beca de\b",
        r"\bcomité de programa\b|\b(?:área|portal|panel) de ponentes\b",
        # a flat's owner choosing among applicants ("cuatro candidaturas para el piso")
        r"\b(?:candidaturas?|solicitud(?:es)?|interesad[oa]s|perfiles) (?:para|por|del|sobre)"
        r" (?:el|este|ese) (?:piso|apartamento|departamento|inmueble|ático|estudio)\b"
        r"(?! de (?:la )?empresa| corporativo)|\b(?:la|el)"
        r" (?:propietari[oa]|caser[oa]) del (?:piso|inmueble|apartamento)\b|\bsolicitud (?:del"
        r" |de |para (?:el )?)?piso\b",
        r"\bsolicitud de (?:subvención|ayuda|financiación)\b|\b(?:concederle|concederte|otorgarle"
        r"|otorgarte) (?:la|una) (?:beca|subvención|ayuda)\b",
    )
)
