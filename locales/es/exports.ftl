## Las palabras que una exportación o un anuncio agrega alrededor del texto de las coordinadoras, en el idioma del
## documento (src/announce/words.rs, src/statement_export/labels.rs). Conserva cada id y { $count }.

export-online = En línea
export-register = Inscripción
export-organised-by = Organizan
export-and = y
export-key-dates = Fechas clave
export-all-day = todo el día
export-invited = Te invitamos:
export-please-answer = Por favor, responde: sí, quizás o no.

export-kind-statement = Declaración
export-kind-press-release = Comunicado de prensa
export-kind-solidarity-message = Mensaje de solidaridad
export-kind-open-letter = Carta abierta
export-kind-call-to-action = Llamado a la acción

export-endorsements = Adhesiones ({ $count })
export-no-country = Otros
export-for-reference = Para más información:
