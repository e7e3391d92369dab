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

## Cifrar una base de datos, su clave y sus copias de seguridad (src/encryption.rs, src/db_key/, src/backup.rs, src/store/cipher.rs)
## { $path } es la ruta de un archivo; { $group } cuenta los grupos de cuatro de la clave de recuperación desde 1.

core-already-encrypted = { $path } ya está cifrada
core-database-missing-or-empty = { $path } no existe o está vacía
core-plain-copy-in-the-way = { $path } sigue ahí desde una conversión anterior; muévela a otro lugar o elimínala primero
core-key-file-exists = { $path } ya existe (puede contener la clave de otra base de datos); indica un archivo nuevo
core-not-encrypted-encrypt-it = { $path } no está cifrada; cífrala con `campaign-desk db encrypt`
core-not-encrypted-encrypt-first = { $path } no está cifrada; cífrala primero
core-not-encrypted-copy-it = { $path } no está cifrada; cópiala con `backup`
core-no-plain-copy = no hay ningún { $path } que eliminar
core-plain-copy-kept = { $path } no está cifrada, así que su copia sin cifrar se conserva; no se eliminó nada
core-database-open-elsewhere = { $path } está abierta en otro programa (¿la ventana de Campaign Desk?); ciérralo y vuelve a ejecutar esto; no se cambió nada
core-database-exists = { $path } ya existe; no se cambió nada
core-not-encrypted = { $path } no está cifrada
core-recovery-key-shape = una clave de recuperación tiene 14 grupos de 4 letras y números
core-recovery-typed-bad-character = esta no es la clave de recuperación tal como está escrita: el grupo { $group } tiene un carácter que no es una letra ni un número del 2 al 7
core-recovery-typed-checksum = esta no es la clave de recuperación tal como está escrita: su suma de verificación no coincide; compara cada grupo con la copia escrita
core-type-passphrase = escribe la frase de contraseña
core-type-key = escribe la clave de recuperación o la frase de contraseña
core-wrong-recovery-key = esta clave de recuperación no abre la base de datos; no se cambió nada. Compárala con la copia escrita
core-wrong-passphrase = frase de contraseña incorrecta: no abre la base de datos; no se cambió nada
core-passphrase-too-short = una frase de contraseña necesita al menos { $min } caracteres; lo más fácil son unas cuantas palabras
core-passphrase-raw-form = una frase de contraseña no puede empezar con x' (la forma de clave en bruto de SQLCipher)
core-file-exists-choose-another = { $path } ya existe; elige otro nombre de archivo
core-not-a-file = { $path } no existe o no es un archivo
core-path-not-utf8 = { $path } no es una ruta UTF-8 que SQLite pueda recibir
core-not-a-file-name = { $path } no es un nombre de archivo
core-key-file-unreadable = { $path } está cifrada y no se puede leer su archivo de clave { $file } (indicado en { $variable }): { $reason }; no se cambió nada
core-key-not-in-keyring = { $path } está cifrada; su clave no está en el llavero. Escribe su clave de recuperación (o passphrase: seguido de la frase de contraseña) en un archivo e indica ese archivo en { $variable }; no se cambió nada
core-keyring-unavailable = { $path } está cifrada y no se puede pedir su clave al llavero ({ $reason }). Desbloquea el llavero, o escribe la clave de recuperación en un archivo e indica ese archivo en { $variable }; no se cambió nada
core-key-not-saved = no se puede guardar la clave en el llavero ({ $reason }); no se cambió nada. En una computadora sin llavero, indica un archivo nuevo para la clave en { $variable }
core-key-file-for-plain-database = { $path } no está cifrada, pero { $variable } indica una clave para ella; cífrala con `campaign-desk db encrypt`, o quita { $variable } para usarla tal como está; no se cambió nada
core-key-for-plain-database = { $path } no está cifrada, pero se dio una clave para ella; cífrala con `campaign-desk db encrypt`
core-no-key-given = { $path } está cifrada (o no es un archivo SQLite) y no se dio ninguna clave para ella; no se modificó
core-key-refused = SQLCipher no aceptó la clave (código SQLite { $code })
core-backup-other-key-than-given = { $path } está cifrada con otra clave distinta de la indicada; indica la clave de recuperación o la frase de contraseña de la base de datos de la que se hizo. No se cambió nada
core-backup-other-key-than-this = { $path } está cifrada con otra clave distinta de la de esta base de datos; indica la clave de recuperación o la frase de contraseña de la base de datos de la que se hizo. No se cambió nada
core-backup-encrypted-database-plain = { $path } está cifrada y esta base de datos no; indica la clave de recuperación o la frase de contraseña de la base de datos de la que se hizo. No se cambió nada

## Fechas y horas escritas por la persona (src/calendar/zones.rs, src/service/)
## { $value } es la hora local escrita; { $day }, { $from } y { $to } dicen dónde saltan los relojes.

core-dst-gap = { $value } no existe en { $zone }: el { $day } los relojes saltan de { $from } a { $to } (horario de verano); elige una hora fuera de ese salto
core-not-a-date = «{ $value }» no es una fecha
core-until-not-a-date = UNTIL «{ $value }» no es una fecha
core-move-too-far = un desplazamiento de más de 100 años
core-all-day-same-everywhere = el evento { $id } es de todo el día: sus fechas son las mismas en todas las zonas horarias

## Eventos y sus series (src/store/, src/service/). { $reason } está en inglés por ahora.

core-event-extra-dates-only = el evento { $id } se repite solo en fechas adicionales, sin una regla que dividir; edita sus fechas
core-event-not-expandable = no se pueden calcular las repeticiones del evento { $id } («{ $title }»): { $reason }
core-event-no-start-date = el evento { $id } no tiene fecha de inicio («{ $value }»)
core-event-problem = evento { $id }: { $reason }
core-campaign-problem = campaña { $id }: { $reason }
core-expanding-failed = no se pudo calcular el calendario
core-uid-refused-not-stored = el evento «{ $uid }» se rechazó como nuevo, pero no está guardado

## Anuncios (src/service/announce.rs). { $part } es start, end o zone.

core-not-an-announcement-language = «{ $value }» no es un idioma de anuncios (en, es, fr, id, tl)
core-no-occurrence-at = «{ $title }» no tiene ninguna repetición que empiece el { $at }
core-occurrence-cancelled = esa repetición de «{ $title }» está cancelada
core-nothing-to-announce = «{ $title }» no tiene ninguna repetición que anunciar
core-occurrence-unreadable = { $part ->
    [start] no se puede leer el inicio de una repetición de «{ $title }»
    [end] no se puede leer el final de una repetición de «{ $title }»
   *[other] no se puede leer la zona horaria de una repetición de «{ $title }»
}

## Declaraciones: publicación, traducciones, adhesiones, exportaciones (src/store/, src/statement_export/)
## { $has } enumera etiquetas de idioma (es, fr).

core-publish-needs-issuer = agrega la organización firmante antes de publicar
core-approvals-outdated = las aprobaciones son de la versión { $approved }; el texto ahora es la versión { $revision }: registra primero una aprobación de esta
core-not-approved-yet = ninguna organización ha aprobado todavía el texto (versión { $revision })
core-translation-too-big = ocupa { $size } bytes; una traducción puede ocupar como máximo { $max }
core-endorser-one-of = elige una organización o una persona
core-post-one-language = una publicación está en un solo idioma: elígelo
core-no-translation-none = la declaración { $id } no tiene traducción a { $lang }; no tiene ninguna
core-no-translation-has = la declaración { $id } no tiene traducción a { $lang }; tiene: { $has }

## Buscar un horario (src/calendar/find_time/, src/service/find_time.rs)

core-find-time-nobody = elige al menos una organización, una persona o una zona horaria
core-find-time-length = una reunión dura entre 1 minuto y 24 horas, en minutos enteros
core-find-time-step = el intervalo entre los posibles inicios va de 5 minutos a 24 horas
core-find-time-days = busca entre 1 y { $max } días hacia adelante
core-find-time-organisation-zone = la organización «{ $name }» ({ $id }) no tiene zona horaria: asígnale una con `org edit { $id } --zone …`, o déjala fuera e indica su zona con --zones
core-find-time-person-zone = { $name } ({ $id }) no tiene zona horaria (su organización, «{ $organisation }», no tiene ninguna): indica su zona con --zones
core-find-time-person-no-organisation = { $name } ({ $id }) no tiene zona horaria (no pertenece a ninguna organización): indica su zona con --zones

## Compartir con un servidor CalDAV y suscribirse a calendarios (src/sync/, src/store/sync.rs, src/store/subscriptions.rs)
## { $url } es la dirección de un calendario; { $link } e { $id } son números; { $variable } es el nombre de una variable de entorno.

core-sync-password-in-address = indica el nombre de usuario con --user y la contraseña por separado, no en la dirección
core-sync-not-a-server-address = «{ $value }» no es la dirección de un servidor: indica una como https://cloud.example.org/remote.php/dav
core-sync-password-how = indica la contraseña con --password-stdin (o en { $variable } para una sola ejecución)
core-sync-password-needed = indica la contraseña (o contraseña de aplicación) de esta cuenta
core-sync-user-needed = indica el nombre de usuario en el servidor
core-sync-no-account = todavía no hay ninguna cuenta CalDAV: agrega una con `sync account add`
core-sync-which-account = hay { $count } cuentas: indica cuál con --account ID
core-sync-campaign-shared = la campaña { $id } ya se comparte con { $url } (enlace { $link })
core-sync-calendar-shared = { $url } ya se comparte con la campaña { $id } (enlace { $link })
core-sync-not-a-calendar = «{ $value }» no es la dirección de un calendario
core-sync-calendar-name-needed = ponle un nombre al calendario nuevo
core-sync-nothing-shared = todavía no se comparte ninguna campaña: vincula una con `sync link`
core-sync-conflict-resolved = este conflicto ya se resolvió
core-sync-no-conflict = el evento { $id } no tiene ningún conflicto de sincronización (consulta `sync conflicts`)
core-sync-nothing-to-undo = el evento { $id } no tiene ningún cambio rechazado por el servidor: no hay nada que deshacer (consulta `sync status`)
core-sync-undo-in-conflict = el evento { $id } está en conflicto con la versión del servidor: resuélvelo con `sync resolve`
core-sync-undo-unknown = la versión del servidor del evento { $id } todavía no se conoce aquí: ejecuta `sync run` y luego deshaz
core-sync-account-exists = esta cuenta ya está agregada (cuenta { $id })
core-already-subscribed-as = ya estás suscrito a este calendario como «{ $name }» ({ $id })

## El texto de la línea de comandos para las personas (src/bin/campaign-desk/). `--json` nunca se traduce.
## Los comandos, opciones y valores entre `comillas invertidas` o después de -- no cambian.

core-cli-database-ready = Base de datos lista en { $path } (versión del esquema { $version })
core-cli-demo-loaded = Datos de demostración cargados: se agregaron { $organisations ->
    [one] { $organisations } organización
   *[other] { $organisations } organizaciones
}, { $people ->
    [one] { $people } persona
   *[other] { $people } personas
}, { $campaigns ->
    [one] { $campaigns } campaña
   *[other] { $campaigns } campañas
}, { $events ->
    [one] { $events } evento
   *[other] { $events } eventos
} y { $statements ->
    [one] { $statements } declaración
   *[other] { $statements } declaraciones
}
core-cli-backed-up = Copia de seguridad guardada en { $path }
core-cli-restored = Se restauró { $path }; el contenido anterior se guardó en { $saved }
core-cli-org-created = Organización { $id } creada ({ $name })
core-cli-org-updated = Organización { $id } actualizada ({ $name })
core-cli-org-deleted = Organización { $id } eliminada
core-cli-person-created = Persona { $id } creada ({ $name })
core-cli-person-updated = Persona { $id } actualizada ({ $name })
core-cli-person-deleted = Persona { $id } eliminada
core-cli-no-organisations = Todavía no hay organizaciones. Agrega una con `campaign-desk org add --name NAME`.
core-cli-no-people = Todavía no hay personas. Agrega una con `campaign-desk person add --name NAME`.
core-cli-row-skipped = fila { $line }: omitida, { $reason }
core-cli-row-skipped-duplicate = fila { $line }: omitida, duplicada
core-cli-csv-dry-run = { $new } nuevas, { $duplicates } duplicadas, { $errors } con errores; prueba sin cambios, no se escribió nada
core-cli-csv-imported = { $new } nuevas, { $duplicates } duplicadas, { $errors } con errores; { $created } creadas
core-cli-csv-written = { $rows ->
    [one] Se escribió { $rows } fila
   *[other] Se escribieron { $rows } filas
} en { $path }
core-cli-campaign-created = Campaña { $id } creada ({ $title })
core-cli-campaign-updated = Campaña { $id } actualizada ({ $title })
core-cli-campaign-deleted = Campaña { $id } eliminada junto con sus eventos
core-cli-no-campaigns = Todavía no hay campañas. Agrega una con `campaign-desk campaign add --title T --kind KIND --start DATE --end DATE`.
core-cli-heading-organisations = Organizaciones
core-cli-heading-events = Eventos
core-cli-plan-created = Campaña { $id } «{ $title }» creada ({ $start } – { $end }) con { $events ->
    [one] 1 evento
   *[other] { $events } eventos
} y { $tasks ->
    [one] 1 tarea
   *[other] { $tasks } tareas
}
core-cli-event-created = Evento { $id } creado ({ $title })
core-cli-event-updated = Evento { $id } actualizado ({ $title })
core-cli-event-deleted = Evento { $id } eliminado
core-cli-no-events = Todavía no hay eventos. Agrega uno con `campaign-desk event add --title T --date DATE`.
core-cli-series-split = Serie dividida: el evento { $id } termina antes de { $at }; el evento { $new } empieza ahí
core-cli-task-added = Tarea { $id } agregada a la campaña { $campaign }: { $title }
core-cli-task-done = Tarea { $id } hecha: { $title }
core-cli-task-reopened = Tarea { $id } reabierta: { $title }
core-cli-task-deleted = Tarea { $id } eliminada
core-cli-no-tasks = Todavía no hay tareas.
core-cli-statement-created = Declaración { $id } creada ({ $title })
core-cli-statement-at-revision = La declaración { $id } está en la versión { $revision } ({ $status })
core-cli-statement-deleted = Declaración { $id } eliminada
core-cli-no-statements = Todavía no hay declaraciones. Empieza una con `campaign-desk statement new --title T`.
core-cli-translation-saved = Traducción { $lang } de la declaración { $id } guardada (al día con la versión { $revision })
core-cli-translation-saved-outdated = Traducción { $lang } de la declaración { $id } guardada (desactualizada: el original cambió desde la versión { $revision })
core-cli-approved = { $organisation } aprobó la versión { $revision } de la declaración { $id }
core-cli-endorsed = { $name } se adhirió a la declaración { $id } ({ $count ->
    [one] 1 adhesión
   *[other] { $count } adhesiones
})
core-cli-wrote-file = Se escribió { $path } ({ $size } bytes)
core-cli-nothing-between = No hay nada entre { $from } y { $to }.
core-cli-occurrence-changed = Se cambió la repetición { $at } del evento { $id } ({ $title })
core-cli-ics-written = Se escribieron { $events ->
    [one] 1 evento
   *[other] { $events } eventos
} en { $path }
core-cli-ics-summary = { $new } nuevos, { $updated } actualizados, { $unchanged } sin cambios, { $skipped } omitidos, { $errors } errores; { $verdict ->
    [imported] importado
    [dry_run] prueba sin cambios, no se escribió nada
   *[nothing] no se escribió nada
}
core-cli-announcement-saved = (guardado como anuncio { $id } de la campaña { $campaign })
core-cli-subscribed = Suscripción { $id } a «{ $name }» ({ $events ->
    [one] 1 evento
   *[other] { $events } eventos
}): { $url }
core-cli-no-subscriptions = No hay suscripciones. Agrega una con `campaign-desk subscribe URL`.
core-cli-subscription-refreshed = { $name }: { $events ->
    [one] 1 evento
   *[other] { $events } eventos
}
core-cli-subscription-not-refreshed = { $name }: no se actualizó ({ $reason }); se conserva la última copia ({ $events ->
    [one] 1 evento
   *[other] { $events } eventos
})
core-cli-subscription-updated = La suscripción { $id } es «{ $name }» en { $colour }
core-cli-subscription-removed = Suscripción { $id } («{ $name }») eliminada con { $events ->
    [one] su evento
   *[other] sus { $events } eventos
}
core-cli-nothing-found = No se encontró nada para «{ $query }»
core-cli-all-day = { $day } (todo el día)
core-cli-all-days = { $start } – { $end } (todo el día)
core-cli-heading-approvals = Aprobaciones
core-cli-approval = versión { $revision }: { $organisation }
core-cli-approval-older = versión { $revision }: { $organisation }  (texto anterior)
core-cli-heading-withdrawn-approvals = Aprobaciones retiradas
core-cli-approval-withdrawn = versión { $revision }: { $organisation } (aprobada el { $approved }, retirada el { $withdrawn })
core-cli-heading-translations = Traducciones
core-cli-translation-up-to-date = { $lang }: { $title } (de la versión { $revision }, al día)
core-cli-translation-outdated = { $lang }: { $title } (de la versión { $revision }, desactualizada)
core-cli-heading-endorsements = Adhesiones ({ $count })

## Los nombres de las columnas y campos de la línea de comandos (en mayúsculas en las tablas)

core-cli-label-also-on = también en
core-cli-label-asleep = durmiendo
core-cli-label-campaign = campaña
core-cli-label-city = ciudad
core-cli-label-colour = color
core-cli-label-country = país
core-cli-label-date-line = lugar y fecha
core-cli-label-dates = fechas
core-cli-label-description = descripción
core-cli-label-done = hecha
core-cli-label-due = vence
core-cli-label-email = correo
core-cli-label-endorsed = adhesiones
core-cli-label-event = evento
core-cli-label-events = eventos
core-cli-label-except = excepto
core-cli-label-from = desde
core-cli-label-hashtags = hashtags
core-cli-label-id = id
core-cli-label-in = en
core-cli-label-issuers = firmantes
core-cli-label-kind = tipo
core-cli-label-language = idioma
core-cli-label-languages = idiomas
core-cli-label-last-read = última lectura
core-cli-label-line = línea
core-cli-label-location = lugar
core-cli-label-mode = modalidad
core-cli-label-name = nombre
core-cli-label-notes = notas
core-cli-label-online = en línea
core-cli-label-organisation = organización
core-cli-label-orgs = orgs.
core-cli-label-owner = responsable
core-cli-label-phone = teléfono
core-cli-label-problem = problema
core-cli-label-published = publicada
core-cli-label-register = inscripción
core-cli-label-repeats = se repite
core-cli-label-result = resultado
core-cli-label-rev = vers.
core-cli-label-revision = versión
core-cli-label-role = rol
core-cli-label-score = puntaje
core-cli-label-short = sigla
core-cli-label-short-name = sigla
core-cli-label-socials = redes sociales
core-cli-label-start = inicio
core-cli-label-status = estado
core-cli-label-summary = resumen
core-cli-label-title = título
core-cli-label-to = hasta
core-cli-label-uid = uid
core-cli-label-url = url
core-cli-label-website = sitio web
core-cli-label-when = cuándo
core-cli-label-working = laboral
core-cli-label-zone = zona horaria

## Las verificaciones de argumentos de la línea de comandos (src/bin/campaign-desk/)

core-cli-window-backwards = el intervalo termina ({ $to }) antes de empezar ({ $from })
core-cli-announcement-needs-campaign = este evento no pertenece a ninguna campaña: los anuncios se guardan con una campaña
core-cli-not-an-organisation-id = «{ $value }» no es el id de una organización
core-cli-csv-not-utf8 = { $path } no es texto UTF-8; guárdalo desde tu hoja de cálculo como «CSV UTF-8»
core-cli-not-org-role = «{ $value }» no tiene la forma ORG_ID:ROLE (p. ej., 3:lead)
core-cli-kind-needed = es obligatorio (p. ej., --kind solidarity_month)
core-cli-not-a-scope = «{ $value }» no es una de estas opciones: this, following
core-cli-nothing-to-change = no hay nada que cambiar: indica --title, --body-file o --status
core-cli-translation-needs-title = una traducción nueva necesita --title
core-cli-not-for-a-terminal = un archivo { $format } no es para una terminal: agrega -o FILE
core-cli-no-password-on-stdin = la entrada estándar no contenía ninguna contraseña
core-cli-calendar-or-create = indica --calendar URL o --create NAME
core-cli-campaign-not-shared = la campaña { $id } no se comparte
core-cli-link-or-campaign = indica --link ID o --campaign ID

## Los comandos `db` de la línea de comandos (src/bin/campaign-desk/db.rs).

core-cli-db-plain-removed = Se eliminó la copia sin cifrar { $path } (en un SSD, sus bloques antiguos pueden quedar en el disco hasta que se reutilicen)
core-cli-db-plain-copy-warning = aviso: { $path } NO está cifrado: cualquiera que obtenga este archivo puede leer cada nombre, número de teléfono y declaración que contiene. Elimínalo cuando termines.
core-cli-db-plain-copy-written = Se escribió una copia sin cifrar en { $path } ({ $tables } tablas, { $rows } filas)
core-cli-db-encrypted = { $path } está cifrada
core-cli-db-key-opens = Clave: { $place ->
    [keyring] en el llavero
    [nowhere] en una frase de contraseña
   *[file] en { $file }
} (abre la base de datos)
core-cli-db-key-problem = Clave: { $problem }
core-cli-db-key-not-found = Clave: no se encontró
core-cli-db-plain-copy-left = Todavía hay una copia sin cifrar en { $path }; elimínala con `db encrypt --confirm-remove-plain`
core-cli-db-done = { $action ->
    [encrypted] Se cifró
   *[rekeyed] Se cambió la clave de
} { $path } ({ $tables } tablas, { $rows } filas verificadas); la clave está { $place ->
    [keyring] en el llavero
    [nowhere] en una frase de contraseña
   *[file] en { $file }
}
core-cli-db-recovery-key = Clave de recuperación: anótala o imprímela y guárdala en un lugar seguro; solo se muestra esta vez:
core-cli-db-recovery-key-why = Sin ella, si se pierde el llavero, la base de datos no se podrá abrir.
core-cli-db-plain-file-kept = El archivo sin cifrar se conserva como { $path }: cuando la base de datos cifrada funcione, elimínalo con `campaign-desk db encrypt --confirm-remove-plain`
core-cli-db-plain-backups-left = Aviso: { $count } copias de seguridad anteriores en { $folder } no están cifradas; elimínalas cuando ya no las necesites
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
core-invitation-nobody = aún no hay nadie invitado a «{ $title }»: invita primero a alguien; el mensaje da la hora en el reloj de cada cual
core-no-reminder-for = { $name } no tiene ese recordatorio para esta repetición (no está invitada o dijo que no)
core-reminder-day = Recordatorio: es mañana.
core-reminder-hour = Recordatorio: empieza en una hora.
# An organisation's own day (find a time)
core-hours-not-range = «{ $value }» no es un intervalo de horas como 09:00-18:00
core-hours-empty = de { $start } a { $end } no hay tiempo: indica dos horas distintas
core-days-not-set = «{ $value }» no es un conjunto de días como mon-fri, sun-thu, mon,wed,fri o all
core-hours-overlap = el horario laboral { $working } y las horas de sueño { $asleep } se solapan (a las { $at }): nadie trabaja dormido
core-invitation-no-addresses = ninguna de las invitadas tiene dirección de correo en el directorio ({ $names }): un calendario no puede enviarles una invitación

## Encuestas sobre horarios posibles (src/domain/poll.rs, src/store/polls.rs, src/service/polls.rs)

core-poll-instant-no-offset = «{ $value }» no tiene desfase horario: añade Z para UTC o el desfase, p. ej., { $value }Z o { $value }+08:00
core-poll-not-an-instant = «{ $value }» no es una fecha y hora como 2027-03-04T14:00Z
core-poll-length = una reunión dura entre 1 minuto y 24 horas
core-poll-no-organisations = elige las organizaciones a las que preguntar
core-poll-too-many-organisations = una encuesta pregunta como máximo a { $max } organizaciones
core-poll-slot-twice = { $value } aparece dos veces
core-poll-too-few-slots = indica al menos dos horarios posibles; si no, no hay nada que preguntar
core-poll-too-many-slots = una encuesta tiene como máximo { $max } horarios posibles
core-poll-closed-no-answers = la encuesta { $poll } se cerró el { $closed }: ya no admite respuestas
core-poll-not-its-slot = el horario { $slot } no es uno de los de la encuesta { $poll }
core-poll-organisation-not-asked = a la organización { $organisation } no se le preguntó en la encuesta { $poll } «{ $title }»
core-poll-already-closed = la encuesta { $poll } ya se cerró el { $closed }
core-poll-already-closed-on-slot = la encuesta { $poll } ya se cerró el { $closed }, con el horario { $slot }
core-poll-already-closed-event = la encuesta { $poll } ya se cerró el { $closed }, con el horario { $slot }; se convirtió en el evento { $event }
core-poll-no-answers-yet = la encuesta { $poll } aún no tiene respuestas: anótalas con `poll answer` o indica el horario con --slot
core-poll-closed-on-other-slot = la encuesta { $poll } se cerró con el horario { $chosen }, no con el { $slot }
core-poll-still-open = la encuesta { $poll } sigue abierta: ciérrala primero con un horario
core-poll-already-an-event = la encuesta { $poll } ya se convirtió en el evento { $event }
core-not-a-length = «{ $value }» no es una duración como 90m, 1h30m o 1:30
core-not-a-start-time = «{ $value }» no es una hora de inicio
core-sync-task-unreadable = no se puede leer la versión del servidor de esta tarea: { $reason }

## Eventos que se repiten: la regla de repetición (RRULE), sus fechas adicionales y omitidas (src/calendar/recurrence.rs)

core-rrule-bad-character = «{ $value }» no es una regla de repetición: «{ $character }» no cabe en una
core-rrule-interval = INTERVAL={ $value } no es un número de periodos entre 1 y { $max }
core-rrule-all-day-sub-daily = un evento de todo el día se repite como mucho una vez al día: FREQ={ $value } necesita una hora de inicio
core-rrule-until-not-date = UNTIL={ $value } no es una fecha (YYYYMMDD) ni una hora UTC (YYYYMMDDTHHMMSSZ)
core-rrule-until-not-utc = UNTIL={ $value } no es una hora UTC (YYYYMMDDTHHMMSSZ)
core-rrule-until-not-local = UNTIL={ $value } no es una hora local (YYYYMMDDTHHMMSS)
core-rrule-never-in-month = el día { $days } nunca cae en { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
        [12] diciembre
       *[other] ese mes
    }: esta regla nunca se repite
core-rrule-never-in-months = el día { $days } nunca cae en ninguno de sus meses (BYMONTH={ $months }): esta regla nunca se repite
core-rrule-matches-no-date = ninguna fecha cumple todas las partes de { $value }: esta regla nunca se repite
core-rrule-extra-not-date = la fecha adicional «{ $value }» no es una fecha (se espera YYYY-MM-DD)
core-rrule-excluded-not-date = la fecha omitida «{ $value }» no es una fecha (se espera YYYY-MM-DD)
core-rrule-extra-not-local = la fecha adicional «{ $value }» no es una fecha y hora locales (YYYY-MM-DDTHH:MM)
core-rrule-excluded-not-local = la fecha omitida «{ $value }» no es una fecha y hora locales (YYYY-MM-DDTHH:MM)
core-rrule-count-not-number = COUNT={ $value } no es un número
core-rrule-not-inside-series = esa repetición no está dentro de la serie
core-rrule-unreadable = «{ $value }» no es una regla de repetición: { $reason }
core-rrule-cannot-repeat = «{ $value }» no puede repetirse desde este inicio: { $reason }
core-rrule-crate-failed = «{ $value }» no es una regla de repetición que este calendario pueda leer

## El día propio de una organización (src/calendar/find_time/hours.rs, src/service/find_time.rs)
core-hours-out-of-day = una hora del día va de 00:00 a 23:59
core-hours-overlap-for = el horario laboral { $working } y las horas de sueño { $asleep } se solapan (a las { $at }): nadie trabaja dormido ({ $who })

## Los comandos `poll` de la línea de comandos (src/bin/campaign-desk/polls.rs)
core-cli-poll-created = Encuesta { $id } ({ $title }) creada con { $count } horarios posibles
core-cli-poll-answer-recorded = Respuesta de { $who } anotada para el horario { $slot }: { $answer }
core-cli-poll-closed = Encuesta { $id } cerrada con el horario { $slot }
core-cli-poll-event-created = A partir de ella se creó el evento { $event } (en línea, provisional hasta que añadas su enlace)
core-cli-poll-minutes-short = { $count } min
core-cli-poll-minutes = { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
core-cli-poll-open = abierta
core-cli-poll-closed-on-slot = cerrada con el horario { $slot }
core-cli-poll-closed-at = cerrada el { $at } con el horario { $slot }
core-cli-no-polls = Aún no hay encuestas. Inicia una con `campaign-desk poll new --title T --with ORG,ORG --length 90m --slot … --slot …`.
core-cli-poll-yes = sí
core-cli-poll-if-need-be = si hace falta
core-cli-poll-no = no
core-cli-poll-chosen-mark = (elegido)
core-cli-poll-how-winner = Gana el horario con más síes; luego, con menos noes; luego, con más «si hace falta»; y si no, el más temprano.
core-cli-poll-state-working = (trabajando)
core-cli-poll-state-awake = (despierto)
core-cli-poll-state-asleep = (durmiendo)
core-cli-label-length = duración
core-cli-label-poll = encuesta
core-cli-label-slot = horario
core-cli-label-state = estado

## `invite`, `rsvp`, `attendance`, `invitations` y `reminders` en la línea de comandos (src/bin/campaign-desk/invitations.rs)
core-cli-invited = Invitaciones nuevas: { $count } (ya estaban invitadas: { $already })
core-cli-invitation-written = Invitación escrita en { $path } de parte de { $organizer }
core-cli-invitation-attendees = Invitadas en ella: { $names }
core-cli-invitation-without-email = Fuera de ella, por no tener dirección de correo en el directorio: { $names }
core-cli-reply-recorded = { $title }: { $name } respondió «{ $answer }»
core-cli-reply-recorded-occurrence = { $title } (la repetición del { $occurrence }): { $name } respondió «{ $answer }»
core-cli-came = asistió
core-cli-did-not-come = no asistió
core-cli-rsvp-invited = invitada
core-cli-rsvp-yes = sí
core-cli-rsvp-maybe = quizás
core-cli-rsvp-no = no
core-cli-rsvp-no-answer = no respondió
core-cli-all-occurrences = todas las repeticiones
core-cli-the-occurrence = la repetición del { $occurrence }
core-cli-nobody-invited = Aún no hay nadie invitado.
core-cli-no-answer-yet = Sin respuesta aún: { $names }
core-cli-not-invited-yet = Aún sin invitar: { $names }
core-cli-invitee-person-of = persona, { $organisation }
core-cli-invitee-person = persona
core-cli-invitee-organisation = organización
core-cli-invitation-counts = Invitadas: { $invited } — sí: { $yes }, quizás: { $maybe }, no: { $no }, sin respuesta aún: { $waiting }, no respondieron: { $no_answer }; asistieron: { $came }, no asistieron: { $did_not_come }
core-cli-no-reminders = No hay recordatorios que enviar: ya no se espera a nadie de las personas invitadas.
core-cli-reminder-sent = enviado { $at }
core-cli-reminder-to-send = por enviar
core-cli-reminder-kind-day = el día antes
core-cli-reminder-kind-hour = una hora antes
core-cli-reminder-due = para el { $at } { $zone }
core-cli-label-answer = respuesta
core-cli-label-came = asistió
core-cli-label-who = quién

## `find-time` en la línea de comandos (src/bin/campaign-desk/find_time.rs)
core-cli-find-time-searched = Horarios de { $length } minutos durante { $count } días desde el { $from } (días de { $zone }) para { $who }
core-cli-find-time-same-hours = Trabajo { $working } { $days }, sueño { $asleep }, cada cual en su propio reloj
core-cli-find-time-own-hours = { $who }: trabajo { $working } { $days }, sueño { $asleep }
core-cli-find-time-each-hours = Cada cual en su propio reloj — { $hours }
core-cli-find-time-looked-at = Inicios examinados: { $count }; descartados por chocar con eventos ocupados de participantes: { $out } ({ $busy } en estos días)
core-cli-find-time-nothing-free = No hay horario libre: cada inicio choca con un evento ocupado de alguien. Prueba con más días o una duración más corta.
core-cli-find-time-working = trabajando
core-cli-find-time-awake = despierto
core-cli-find-time-asleep = durmiendo

## `sync` en la línea de comandos (src/bin/campaign-desk/sync.rs)
core-cli-sync-account-added = Cuenta { $id } agregada: { $user } en { $url }
core-cli-sync-calendars-found = { $count ->
        [one] Se encontró { $count } calendario:
       *[other] Se encontraron { $count } calendarios:
    }
core-cli-sync-no-accounts = No hay cuentas CalDAV.
core-cli-sync-user-on = { $user } en { $url }
core-cli-sync-account-removed = Cuenta { $id } eliminada
core-cli-sync-no-calendars = No hay calendarios en { $url } para { $user }.
core-cli-sync-linked = La campaña { $campaign } está vinculada a { $url } (vínculo { $link }); ejecuta `sync run` para sincronizarla
core-cli-sync-link-removed = Vínculo { $id } eliminado
core-cli-sync-ran = Enviados: { $sent }, recibidos: { $taken }, borrados: { $deleted }, conflictos nuevos: { $conflicts }
core-cli-sync-not-synced = sin sincronizar: { $reason }
core-cli-sync-nothing-shared = No hay ninguna campaña compartida. (Contraseñas: el llavero, o { $variable } para una sola ejecución.)
core-cli-sync-no-conflicts = No hay conflictos.
core-cli-sync-restored = El evento { $id } vuelve a estar como lo tiene el servidor.
core-cli-sync-restored-as = El evento { $id } se borró aquí; la versión del servidor vuelve como el evento { $new }.
core-cli-sync-removed-new = El evento { $id } era nuevo aquí y nunca llegó al servidor: se eliminó.
core-cli-sync-event-kept-local = Evento { $id }: se conserva la versión local; irá al servidor en el próximo `sync run`
core-cli-sync-event-kept-remote = Evento { $id }: se conserva la versión del servidor
core-cli-sync-task-kept-local = Tarea { $id }: se conserva la versión local; irá al servidor en el próximo `sync run`
core-cli-sync-task-kept-remote = Tarea { $id }: se conserva la versión del servidor
core-cli-sync-link = vínculo { $id }: campaña { $campaign } ({ $title }) ↔ { $url }
core-cli-sync-last-synced = última sincronización { $at }
core-cli-sync-never-synced = nunca sincronizada
core-cli-sync-link-counts = sincronizados: { $synced }, en espera: { $waiting }, conflictos: { $conflicts }
core-cli-sync-last-error = último error: { $reason }
core-cli-sync-refused-new = rechazado por el servidor (solo lectura para esta cuenta): evento { $id } «{ $title }» (nuevo), guardado solo aquí — deshazlo con `campaign-desk sync revert { $id }`
core-cli-sync-refused-edited = rechazado por el servidor (solo lectura para esta cuenta): evento { $id } «{ $title }» (editado), guardado solo aquí — deshazlo con `campaign-desk sync revert { $id }`
core-cli-sync-refused-deleted = rechazado por el servidor (solo lectura para esta cuenta): evento { $id } «{ $title }» (borrado), guardado solo aquí — deshazlo con `campaign-desk sync revert { $id }`
core-cli-sync-receiving = Recibiendo { $done } de { $total } cambios…
core-cli-sync-sending = Enviando { $done } de { $total } cambios…
