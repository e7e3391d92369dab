## Los mensajes del núcleo (Rust), en español (Latinoamérica, neutro). Referencia: ../en/core.ftl; vocabulario: GLOSSARY.md.
## Conserva cada identificador y cada { $variable } tal como están. Un { $value } cita lo que escribió la persona.

## Verificaciones de campos comunes a todos los formularios (src/validate.rs)

core-empty = este campo es obligatorio
core-too-long = tiene demasiados caracteres ({ $count }; el máximo es { $max })
core-not-email = «{ $value }» no es una dirección de correo electrónico (p. ej., name@example.org)
core-not-url = «{ $value }» no es una dirección web (p. ej., https://example.org)
core-country-did-you-mean = «{ $value }» no es un código de país; ¿quisiste decir { $code } ({ $name })?
core-country-unknown = «{ $value }» no es un código de país: usa el código ISO 3166 de dos letras (p. ej., PH para Filipinas, NZ para Nueva Zelanda)
core-zone-empty = este campo es obligatorio (una zona horaria IANA, como Asia/Manila)
core-zone-did-you-mean = «{ $value }» no es una zona horaria; ¿quisiste decir { $suggestion }?
core-zone-unknown = «{ $value }» no es una zona horaria (escribe un nombre IANA, como Asia/Manila)
core-not-date = «{ $value }» no es una fecha (formato AAAA-MM-DD)
core-not-local-datetime = «{ $value }» no es una fecha y hora local (formato AAAA-MM-DDTHH:MM)
core-not-colour = «{ $value }» no es un color (formato #rrvvaa, p. ej., #2f6fdb)

## Campañas, eventos y sus repeticiones modificadas (src/domain/)

core-campaign-end-before-start = la fecha de fin { $end } es anterior a la fecha de inicio { $start }
core-not-hashtag = «{ $value }» no es un hashtag (solo letras, números y _, sin espacios)
core-hashtag-space = «{ $value }» tiene un espacio o un segundo «#»
core-event-needs-link = un evento en línea o híbrido confirmado necesita su enlace en línea (o márcalo como «Por confirmar»)
core-event-needs-zone = un evento con hora necesita una zona horaria (un nombre IANA, como Asia/Manila)
core-reminder-too-early = un recordatorio puede ser como máximo 4 semanas antes del evento
core-too-many-rdates = { $count } fechas adicionales son demasiadas: el máximo es { $max } (usa una regla de repetición)
core-last-day-before-first = el último día { $end } es anterior al primer día { $start }
core-end-before-start = el fin { $end } es anterior al inicio { $start }
core-change-needs-occurrence = debe indicar la repetición (su inicio original)
core-change-needs-start-and-end = una repetición movida necesita su nuevo inicio y su nuevo fin

## Personas, declaraciones y ajustes (src/domain/)

core-not-phone = «{ $value }» no es un número de teléfono (solo números, espacios y + - ( ))
core-not-language-tag = «{ $value }» no es una etiqueta de idioma como «es», «fr-CA» o «tl»
core-not-locale = «{ $value }» no es una etiqueta de idioma (p. ej., en, fr-CA, tl)
core-backups-keep-range = debe ser un número entre 1 y 365
core-not-full-path = «{ $value }» no es la ruta completa de una carpeta
core-not-a-folder = { $path } no existe o no es una carpeta
core-publish-folder-needed = elige la carpeta donde publicar los calendarios
core-template-empty = la plantilla de { $platform } en { $lang } está vacía
core-template-too-long = la plantilla de { $platform } en { $lang } es demasiado larga

## Errores que se muestran enteros: un registro que ya no existe, un archivo que no es nuestro (src/error.rs)
## { $entity } es uno de: organisation, person, campaign, event, task, statement, approval, endorsement,
## announcement, sync account, sync link. { $reason } está en inglés por ahora.

core-not-found = { $entity ->
    [organisation] la organización { $id } no existe
    [person] la persona { $id } no existe
    [campaign] la campaña { $id } no existe
    [event] el evento { $id } no existe
    [task] la tarea { $id } no existe
    [statement] la declaración { $id } no existe
    [approval] la aprobación { $id } no existe
    [endorsement] la adhesión { $id } no existe
    [announcement] el anuncio { $id } no existe
   *[other] { $entity } { $id } no existe
}
core-not-a-database = { $path } no es una base de datos SQLite ({ $reason }); no se modificó
core-foreign-database = { $path } es una base de datos SQLite de otra aplicación; Campaign Desk no la modificará
core-database-too-new = { $path } se creó con una versión más reciente de Campaign Desk (esquema { $found }; esta versión llega hasta el { $known }); actualiza la aplicación

## Registros que dependen unos de otros (src/store/)
## { $id } es el número de un registro. { $name }, { $title } y { $organisation } son nombres que escribió alguien.

core-organisation-twice = la organización { $id } aparece dos veces
core-organisation-name-taken = ya existe una organización llamada «{ $name }» (n.º { $id })
core-organisation-has-statements = { $count ->
    [one] está vinculada a { $count } declaración (como firmante, por una aprobación o por una adhesión); ese registro se conserva, así que primero quítala de esa declaración
   *[other] está vinculada a { $count } declaraciones (como firmante, por una aprobación o por una adhesión); esos registros se conservan, así que primero quítala de esas declaraciones
}
core-person-has-statements = { $count ->
    [one] esta persona es adherente o contacto de { $count } declaración; primero quítala de esa declaración
   *[other] esta persona es adherente o contacto de { $count } declaraciones; primero quítala de esas declaraciones
}
core-uid-taken = ya existe un evento con el UID «{ $uid }»
core-not-an-occurrence = «{ $value }» no es una repetición de «{ $title }»
core-not-an-occurrence-or-excluded = «{ $value }» no es una repetición de «{ $title }» (o se excluyó)
core-first-occurrence = esa es la primera repetición: edita la serie completa
core-event-does-not-repeat = el evento { $id } no se repite; edita directamente el evento

## Declaraciones: versiones, aprobaciones, traducciones, adhesiones (src/store/)

core-body-too-big = ocupa { $size } bytes; una declaración puede ocupar como máximo { $max }
core-no-revision = la declaración { $id } no tiene la versión { $revision }
core-revision-same-text = la versión { $revision } tiene el mismo texto que la actual
core-already-approved = { $organisation } ya aprobó la versión { $revision }
core-approval-withdrawn = { $organisation } ya había retirado su aprobación de la versión { $revision } ({ $at })
core-translation-same-language = la declaración está escrita en { $lang }; una traducción debe ser a otro idioma
core-no-translation = la declaración { $id } no tiene traducción a { $lang }
core-already-endorsed = ya se adhirió a esta declaración

## Importar un archivo de calendario (src/ics/import.rs). { $reason } está en inglés por ahora.

core-ics-empty = el archivo está vacío: no contiene ningún calendario
core-ics-unreadable = no es un archivo iCalendar ({ $reason })
core-ics-wrong-start = línea { $line }: no es un archivo iCalendar: debería empezar con BEGIN:VCALENDAR, no con «{ $found }»
core-ics-end-without-begin = línea { $line }: END:{ $name } sin BEGIN; se omitió

## Importar el directorio desde una hoja de cálculo (src/csv_io.rs). { $reason } está en inglés por ahora.

core-csv-no-name-column = ninguna columna está asignada a name; asigna la columna que contiene los nombres
core-csv-mapping-length = el número de columnas asignadas ({ $mapped }) no coincide con el del archivo ({ $columns })
core-csv-not-a-field = «{ $value }» no es un campo (se espera uno de estos: { $fields })
core-csv-mapped-twice = hay dos columnas asignadas a { $field }
core-csv-unknown-organisation = «{ $name }» no está en el directorio; primero importa o agrega la organización
core-csv-not-utf8 = no se puede leer el CSV: no es texto UTF-8; guárdalo desde la hoja de cálculo como «CSV UTF-8»
core-csv-unreadable = no se puede leer el CSV: { $reason }

## Exportar y publicar calendarios (src/service/ics_export.rs)

core-export-no-campaign = no existe la campaña { $id }
core-export-not-date = «{ $value }» no es una fecha (formato AAAA-MM-DD)
core-export-range-backwards = el final del rango de fechas debe ser posterior a su inicio
core-export-range-both-ends = indica las dos fechas del rango, la inicial y la final
core-publish-not-a-folder = { $path } no es una carpeta

## Quién viene: invitaciones, respuestas y asistencia

core-invitee-one-of = indica una organización o una persona (una de las dos)
core-invite-nobody = indica al menos una organización o persona a la que invitar
core-invitation-nothing-to-change = indica una respuesta, una asistencia o notas para registrar
core-attendance-needs-occurrence = la asistencia se registra para una sola repetición: indica cuál
core-invitation-event-does-not-repeat = el evento { $id } no se repite: sus invitaciones son para el evento entero (no indiques repetición)
core-not-invited = { $name } no está invitada ahí
core-reply-unknown-event = ningún evento de aquí tiene el identificador de calendario «{ $uid }» al que responde esta respuesta
core-reply-not-a-reply = este archivo no es una respuesta a una invitación (METHOD:{ $method }; se esperaba METHOD:REPLY)
core-reply-no-attendee = la respuesta no nombra a ningún asistente
core-reply-unknown-attendee = { $email } respondió, pero nadie invitado a este evento tiene esa dirección de correo
core-reply-unknown-answer = «{ $value }» no es una respuesta posible a una invitación (se esperaba ACCEPTED, TENTATIVE o DECLINED)
core-invitation-no-organizer = una invitación necesita una organizadora con dirección de correo: indica una (--organizer-email) o registra el correo de la organización principal del evento
core-invitation-nobody-invited = aún no hay nadie invitado a todas las repeticiones de «{ $title }»: invita primero
core-reminders-need-occurrence = los recordatorios se envían antes de una repetición: indica cuál
core-no-reminder-for = { $name } no tiene ese recordatorio para esta repetición (no está invitada o dijo que no)
core-reminder-day = Recordatorio: es mañana.
core-reminder-hour = Recordatorio: empieza en una hora.
core-invitation-no-addresses = ninguna de las invitadas tiene dirección de correo en el directorio ({ $names }): un calendario no puede enviarles una invitación
