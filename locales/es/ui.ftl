## The catalogue of the window, in English: the reference for every language (ids and placeables).
## Translators: keep each id and every { $placeable } as is; see ../README.md and your GLOSSARY.md.
## Español (Latinoamérica, neutro). Véase GLOSSARY.md.

# This language's name, in itself: shown in the list of languages in Settings.
language-name = Español

app-name = Campaign Desk
app-version = Versión { $version }
app-versionUnavailable = Versión no disponible

nav-label = Secciones
nav-home = Inicio de Campaign Desk
nav-calendar = Calendario
nav-campaigns = Campañas
nav-statements = Declaraciones
nav-organisations = Organizaciones
nav-settings = Ajustes
nav-shortcut = Ctrl+{ $key }
nav-shortcutMac = ⌘{ $key }

settings-language-label = Idioma de la ventana
settings-language-auto = Igual que esta computadora ({ $language })
settings-language-pseudo = Pseudoidioma (prueba de diseño)
settings-language-hint = Los calendarios, declaraciones y anuncios exportados conservan el idioma elegido para cada uno.
settings-clock-label = Reloj
settings-clock-auto = El habitual del idioma ({ $example })
settings-clock-h23 = 24 horas ({ $example })
settings-clock-h12 = 12 horas ({ $example })
settings-weekStart-label = La semana empieza el
settings-weekStart-auto = El habitual del idioma ({ $day })

comingSoon-badge = Próximamente

search-open = Buscar
search-shortcut = Ctrl+K
search-shortcutMac = ⌘K
search-label = Buscar declaraciones, campañas, eventos y organizaciones
search-placeholder = Buscar declaraciones, campañas, eventos, organizaciones…
search-results = Resultados de la búsqueda
search-hint = Escribe para buscar en todos los idiomas. ↑ ↓ para elegir, Enter para abrir, Esc para cerrar.
search-none = No se encontró nada para «{ $query }».
search-count =
    { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
search-group-statement = Declaraciones
search-group-translation = Traducciones
search-group-campaign = Campañas
search-group-event = Eventos
search-group-organisation = Organizaciones

common-cancel = Cancelar
discard-title = ¿Descartar los cambios?
discard-body = Lo que escribiste o elegiste en este formulario no se ha guardado y se perdería.
discard-confirm = Descartar cambios
discard-keep = Seguir editando
draft-offer = ¿Restaurar los cambios sin guardar ({ $time })?
draft-recordChanged = Desde entonces se guardaron cambios en este registro: al restaurar, los valores del borrador los reemplazan.
draft-restore = Restaurar
draft-discard = Descartar
common-close = Cerrar
common-delete = Eliminar
common-done = Listo
common-edit = Editar
common-save = Guardar
common-saveChanges = Guardar cambios
common-newShortcut = Ctrl+N

count-campaigns =
    { $count ->
        [0] ninguna campaña
        [one] { $count } campaña
       *[other] { $count } campañas
    }
count-statements =
    { $count ->
        [0] ninguna declaración
        [one] { $count } declaración
       *[other] { $count } declaraciones
    }
count-events =
    { $count ->
        [0] ningún evento
        [one] { $count } evento
       *[other] { $count } eventos
    }
count-people =
    { $count ->
        [0] ninguna persona
        [one] { $count } persona
       *[other] { $count } personas
    }
count-organisations =
    { $count ->
        [0] Ninguna organización
        [one] { $count } organización
       *[other] { $count } organizaciones
    }

welcome-title = Te damos la bienvenida a Campaign Desk
welcome-lead = Planifica acciones, lleva el registro de las organizaciones aliadas y prepara declaraciones conjuntas: todo queda en esta computadora y funciona sin conexión.
welcome-startHeading = Por dónde empezar
welcome-organisations = Agrega las organizaciones de tu alianza y las personas con quienes trabajas.
welcome-campaigns = Crea una campaña con sus acciones, reuniones y plazos.
welcome-calendar = Mira todo lo que viene, en todas las campañas.
welcome-chooseHeading = ¿Cómo quieres empezar?
welcome-zoneLabel = Tu zona horaria de referencia
welcome-zoneHint = Las campañas nuevas, sus fechas clave y las plantillas se organizan en esta zona, y el calendario se muestra en ella. Puedes cambiarla en Ajustes.
welcome-startEmpty = Empezar desde cero
welcome-startEmptyBody = Empieza con tu propia alianza: agrega las organizaciones con las que trabajas y luego planifica tu primera campaña.
welcome-demo = Explorar con datos de ejemplo
welcome-demoLoading = Cargando datos de ejemplo…
welcome-demoBody = Recorre un mes de una alianza internacional de migrantes: un mes de solidaridad, webinars, jornadas de acción y las redes que los impulsan. Puedes borrarlo todo después.
welcome-private = Todo lo que ingreses se guarda en un archivo en esta computadora. No se envía nada a ninguna parte.
welcome-tip = Consejo: usa de { $first } a { $last } para cambiar de sección desde cualquier lugar.

calendar-title = Calendario
calendar-subtitle = Acciones, reuniones y plazos de todas las campañas.
calendar-newEvent = Nuevo evento
calendar-viewZone = Mostrar horas en
calendar-campaignFilter = Campaña
calendar-campaignSpan = Campaña: { $title }
calendar-running = Campañas en estas fechas:
calendar-cutSeries = «{ $title }» se repite más veces de las que caben en una página del calendario: solo se muestran sus primeras { $count } veces en estas fechas.
calendar-showOnly = Mostrar solo { $title }
calendar-organisationFilter = Organización
calendar-allOrganisations = Todas las organizaciones
calendar-kindFilter = Tipo
calendar-allKinds = Todos los tipos
calendar-allCampaigns = Todas las campañas
calendar-goto = Ir a la fecha
calendar-today = Hoy
calendar-prev = Anterior
calendar-next = Siguiente
calendar-month = Mes
calendar-week = Semana
calendar-day = Día
calendar-agenda = Agenda semanal
calendar-monthAgenda = Agenda mensual
calendar-campaignAgenda = Toda la agenda de { $title }, { $dates }.
calendar-year = Año
calendar-allDay = Todo el día
calendar-noEvents = No hay nada planificado en este período
calendar-noInstances = Este evento ya no tiene fechas que mostrar: se quitaron todas las fechas de su serie.
calendar-openDay = Abrir este día para ver todos sus eventos
calendar-more =
    { $count ->
        [one] +{ $count } más
       *[other] +{ $count } más
    }
calendar-recurring = Se repite
calendar-changedOccurrence = Repetición modificada
calendar-partnerTimes = Horas para las aliadas
calendar-zoneTime = { $time } { $city }
calendar-dayShift =
    { $count ->
        [one] ({ $sign }{ $count } día)
       *[other] ({ $sign }{ $count } días)
    }
calendar-campaign = Campaña
calendar-mode = Modalidad
calendar-location = Lugar
calendar-onlineUrl = Enlace en línea
calendar-registrationUrl = Enlace de inscripción
calendar-deleteTitle = Eliminar evento
calendar-deleteBody = ¿Eliminar «{ $title }»?
calendar-deleteSeriesBody = ¿Eliminar «{ $title }» y todas sus repeticiones?
scope-title = Cambiar un evento que se repite
scope-body = ¿Qué repeticiones deben cambiar?
scope-this = Esta repetición
scope-following = Esta y las siguientes
scope-all = Todas las repeticiones
editor-newTitle = Nuevo evento
editor-editTitle = Editar evento
editor-editOccurrence = Editar esta repetición
editor-editFollowing = Editar esta repetición y las siguientes
editor-noCampaign = Sin campaña
editor-allDay = Todo el día
editor-start = Empieza
editor-end = Termina
editor-lastDay = Último día
editor-days =
    { $count ->
        [one] { $count } día
       *[other] { $count } días
    }
editor-lessThanADay = menos de un día
editor-longTitle = ¿Guardar un evento largo?
editor-longBody = Este evento dura { $length }, hasta { $end }. ¿Es correcto?
editor-overlapTitle = Las repeticiones se superpondrían
editor-overlapBody = Cada repetición dura { $length }, más que el intervalo de { $gap } entre una repetición y la siguiente. ¿Es correcto?
editor-saveAnyway = Guardar de todos modos
editor-goBack = Volver
editor-zoneHint = Las horas de arriba están en esta zona.
editor-repeat = Repetir
repeat-none = No se repite
repeat-daily = Cada día
repeat-weekly = Cada semana
repeat-monthly = Cada mes
repeat-yearly = Cada año
repeat-custom = Regla personalizada (se conserva)
repeat-noneWords = Una vez
repeat-dailyWords = Todos los días
repeat-weeklyWords = Cada semana el { $day }
repeat-monthlyWords = Cada mes el día { $day }
repeat-yearlyWords = Cada año el { $date }

campaigns-title = Campañas
campaigns-subtitle = Las campañas que impulsa tu alianza, con sus objetivos y cronogramas.
campaigns-emptyTitle = Todavía no hay campañas
campaigns-emptyBody = Una campaña reúne sus fechas, hashtags, organizaciones coorganizadoras y eventos. Crea la primera para empezar.

campaign-new = Nueva campaña
campaign-newTitle = Nueva campaña
campaign-newSubtitle = Dale un título y fechas; todo lo demás se puede completar después.
campaign-editTitle = Editar campaña
campaign-create = Crear campaña
campaign-search = Buscar campañas
campaign-noMatch = Ninguna campaña coincide con «{ $query }».
campaign-dates = Fechas
campaign-organisationsShort = Orgs.
campaign-sectionBasics = Datos básicos
campaign-sectionText = Resumen y descripción
campaign-sectionOrganisations = Organizaciones y sus roles
campaign-titlePlaceholder = p. ej., Mes de Solidaridad con los pueblos de Birmania
campaign-endHint = El último día, incluido.
campaign-zoneHint = Desde dónde se coordina la campaña; los eventos nuevos empiezan en esta zona.
campaign-hashtagsHint = Presiona Enter, espacio o coma después de cada uno.
campaign-summaryHint = Una sola oración, que se muestra en listas y anuncios.
campaign-noOrgs = Todavía no hay organizaciones. Agrega abajo la organización convocante, coorganizadoras, aliadas, adherentes o patrocinadoras.
campaign-directoryEmpty = Tu directorio está vacío: primero agrega organizaciones en Organizaciones.
campaign-pickOrg = Elegir una organización…
campaign-pickRole = Rol
campaign-addOrg = Agregar
campaign-roleOf = Rol de { $name }
campaign-removeOrg = Quitar { $name }
campaign-noDescription = Todavía no hay resumen ni descripción.
campaign-timelineHeading =
    { $count ->
        [0] Fechas clave
        [one] { $count } fecha clave
       *[other] { $count } fechas clave
    }
campaign-statementsHeading =
    { $count ->
        [0] Declaraciones
        [one] { $count } declaración
       *[other] { $count } declaraciones
    }
campaign-noStatements = Todavía no hay declaraciones para esta campaña.
campaign-openStatements = Redactar una en Declaraciones
campaign-statementRevision = versión { $n }
campaign-statementSignOns =
    { $count ->
        [one] { $count } adhesión
       *[other] { $count } adhesiones
    }
campaign-outsideDates = Fuera de las fechas de la campaña
campaign-outsideChip = Fuera de fechas
campaign-noEvents = Todavía no hay fechas clave. Agrega aquí los webinars, jornadas de acción y aniversarios de esta campaña.
campaign-addEvent = Agregar fecha clave
campaign-agenda = Agenda de toda la campaña
campaign-eventsNote = Las horas se muestran en la zona horaria de cada evento.
campaign-organisationsHeading =
    { $count ->
        [0] Organizaciones
        [one] { $count } organización
       *[other] { $count } organizaciones
    }
campaign-noOrgsYet = Todavía no hay organizaciones en esta campaña. Usa Editar para agregarlas.
campaign-deleteTitle = ¿Eliminar la campaña?
campaign-deleteBody = ¿Eliminar «{ $title }» con { $events }?
campaign-deleteDetail = No se puede deshacer, pero la copia de seguridad diaria de Ajustes todavía la conserva.

campaignKind-solidarity_month = Mes de solidaridad
campaignKind-day_of_action = Jornada de acción
campaignKind-webinar_series = Ciclo de webinars
campaignKind-press_conference = Conferencia de prensa
campaignKind-side_event = Evento paralelo
campaignKind-anniversary = Aniversario
campaignKind-womens_day = Día de la Mujer
campaignKind-other = Otro

campaignStatus-planning = En planificación
campaignStatus-active = Activa
campaignStatus-done = Terminada
campaignStatus-archived = Archivada

orgRole-lead = Convocante
orgRole-co_organiser = Coorganizadora
orgRole-partner = Aliada
orgRole-endorser = Adherente
orgRole-sponsor = Patrocinadora

eventKind-anniversary = Aniversario
eventKind-webinar = Webinar
eventKind-press_conference = Conferencia de prensa
eventKind-day_of_action = Jornada de acción
eventKind-rally = Movilización
eventKind-meeting = Reunión
eventKind-side_event = Evento paralelo
eventKind-deadline = Plazo
eventKind-other = Otro
eventMode-in_person = Presencial
eventMode-online = En línea
eventMode-hybrid = Híbrido
eventStatus-tentative = Por confirmar
eventStatus-confirmed = Confirmado
eventStatus-cancelled = Cancelado
event-repeats = Se repite

field-name = Nombre
field-short_name = Sigla
field-country = País
field-city = Ciudad
field-zone = Zona horaria
field-email = Correo electrónico
field-website = Sitio web
field-socials = Redes sociales
field-notes = Notas
field-working_hours = Horario laboral
field-working_days = Días laborables
field-sleeping_hours = Horas de sueño
field-role = Rol
field-phone = Teléfono
field-organisation = Organización
field-title = Título
field-kind = Tipo
field-status = Estado
field-start_date = Fecha de inicio
field-end_date = Fecha de fin
field-home_zone = Zona horaria de referencia
field-hashtags = Hashtags
field-colour = Color
field-summary = Resumen
field-description = Descripción
field-start = Inicio
field-end = Fin
field-all_day = Todo el día
field-location = Lugar
field-mode = Presencial o en línea
field-online_url = Enlace en línea
field-registration_url = Enlace de inscripción
field-rrule = Regla de repetición
field-exdates = Fechas omitidas
field-rdates = Fechas adicionales
field-reminders = Recordatorios
field-organisations = Organizaciones
field-recurrence_id = Repetición

colour-indigo = Índigo
colour-orange = Naranja
colour-teal = Verde azulado
colour-red = Rojo
colour-purple = Morado
colour-green = Verde
colour-ochre = Ocre
colour-pink = Rosa
colour-custom = Personalizado

hashtags-placeholder = #StandWithBurma
hashtags-remove = Quitar { $tag }

zone-placeholder = Escribe una ciudad o región…
zone-listLabel = Zonas horarias
zone-none = Ninguna zona horaria coincide
country-placeholder = Escribe un país…
country-listLabel = Países
country-none = Ningún país coincide

statements-title = Declaraciones
statements-subtitle = Declaraciones conjuntas, comunicados de prensa y cartas abiertas.

statements-empty = Todavía no hay declaraciones
statements-emptyBody = Redacta una declaración conjunta, un comunicado de prensa o una carta abierta: las organizaciones aliadas aprueban una versión, y Campaign Desk conserva todas las versiones.
statements-new = Nueva declaración
statements-filterCampaign = Campaña
statements-filterStatus = Estado
statements-allCampaigns = Todas las campañas
statements-noCampaign = Sin campaña
statements-allStatuses = Cualquier estado
statements-noMatch = Ninguna declaración coincide con estos filtros.
statements-colTitle = Título
statements-colKind = Tipo
statements-colCampaign = Campaña
statements-colStatus = Estado
statements-colRevision = Vers.
statements-colTranslations = Traducciones
statements-colEndorsements = Adhesiones
statements-colUpdated = Actualizada
statements-untitled = Declaración sin título

statementKind-statement = Declaración
statementKind-press_release = Comunicado de prensa
statementKind-solidarity_message = Mensaje de solidaridad
statementKind-open_letter = Carta abierta
statementKind-call_to_action = Llamado a la acción
statementStatus-draft = Borrador
statementStatus-in_review = En revisión
statementStatus-approved = Aprobada
statementStatus-published = Publicada

statementNew-title = Nueva declaración
statementNew-kind = Tipo
statementNew-kindHint = El texto parte de un esquema para este tipo; reemplaza las partes [entre corchetes].
statementNew-headline = Título
statementNew-campaign = Campaña
statementNew-issuers = Firmada por
statementNew-lang = Escrita en
statementNew-create = Crear y abrir

issuers-none = Todavía no hay organización firmante.
issuers-add = Agregar una organización firmante…
issuers-remove = Quitar { $name }
issuers-directoryEmpty = Primero agrega organizaciones en el directorio.

statement-back = Declaraciones
statement-titleLabel = Título de la declaración
statement-revision = Versión { $number }
statement-saving = Guardando…
statement-savedAt = Guardado a las { $time }
statement-notSaved = No se guardó: { $reason }
statement-retry = Reintentar
statement-tabs = Secciones de la declaración
statement-tabText = Texto
statement-tabReview = Revisión
statement-tabRevisions = Versiones
statement-tabTranslations = Traducciones
statement-tabSignOns = Adhesiones y contactos
statement-tabShare = Compartir
share-heading = Compartir esta declaración
share-intro = Guárdala como documento con las organizaciones firmantes, el lugar y la fecha, las adhesiones y los contactos, o copia el texto para pegarlo en un correo o una publicación.
share-format = Formato
share-language = Idioma
share-allLanguages = Todos los idiomas en un solo archivo
share-pdf = Documento PDF
share-docx = Documento de Word (.docx)
share-html = Página web (.html)
share-md = Markdown (.md)
share-txt = Texto sin formato (.txt)
share-save = Guardar como…
share-saveTitle = Guardar la declaración
share-saved = Se guardó { $path } ({ $size } KB).
share-copyRich = Copiar para correo
share-copyPlain = Copiar como texto sin formato
share-copiedRich = Copiado con su formato; pégalo en un correo o un documento.
share-copiedPlain = Copiado como texto sin formato.
share-postHeading = Texto para publicar
share-platform = Plataforma
share-postLength = { $length } de { $limit } caracteres, según el conteo de la plataforma
share-postLengthNoLimit = { $length } caracteres
share-postCopy = Copiar publicación
share-postCopied = Copiado
statement-body = Texto de la declaración
statement-words =
    { $count ->
        [one] { $count } palabra
       *[other] { $count } palabras
    }
statement-characters =
    { $count ->
        [one] { $count } carácter
       *[other] { $count } caracteres
    }
statement-meter = Longitud para
statement-meterOf = { $length } / { $limit }
statement-meterNoLimit = sin límite
statement-meterNone = Ninguna
statement-meterPick = elige una plataforma para verificar
statement-meterOver =
    { $count ->
        [one] sobra { $count } carácter para { $platform }
       *[other] sobran { $count } caracteres para { $platform }
    }
statement-meterNote = Se cuenta sobre el texto sin formato, como lo cuenta la plataforma.
statement-recovered = El texto escrito el { $time } no se guardó. ¿Volver a ponerlo en lugar del texto guardado?
statement-recoveredRestore = Volver a ponerlo
statement-recoveredDiscard = Descartar
statement-delete = Eliminar
statement-deleteTitle = ¿Eliminar esta declaración?
statement-deleteBody = ¿Eliminar «{ $title }» con todas sus versiones, aprobaciones, traducciones y adhesiones?
statement-loadFailed = No se pudo abrir esta declaración: { $reason }

statementSettings-heading = Ajustes
statementSettings-kind = Tipo
statementSettings-campaign = Campaña
statementSettings-issuers = Firmada por
statementSettings-place = Lugar (encabezado de fecha)
statementSettings-placeHint = p. ej., Manila
statementSettings-dated = Fecha (encabezado de fecha)
statementSettings-lang = Escrita en
statementSettings-hashtags = Hashtags
statementSettings-saved = Ajustes guardados

revisions-intro = Lo que escribes se guarda en la versión abierta; una pausa de 10 minutos, una aprobación o un nombre inician una nueva.
revisions-number = Vers.
revisions-name = Nombre
revisions-when = Guardada
revisions-words = Palabras
revisions-approvedBy = Aprobada por
revisions-current = actual
revisions-open = abierta para escribir
revisions-nameButton = Nombrar…
revisions-nameLabel = Nombre de la versión { $number }
revisions-namePlaceholder = p. ej., Enviada a las aliadas
revisions-restore = Restaurar…
revisions-restoreTitle = ¿Restaurar la versión { $number }?
revisions-restoreBody = El texto de la versión { $number } pasa a ser una nueva versión { $next }. No se borra nada: el texto actual queda en el historial.
revisions-restoreConfirm = Restaurar como versión { $next }
revisions-compareHeading = Comparar
revisions-from = De
revisions-to = A
revisions-onlyOne = Por ahora solo hay una versión: todavía no hay nada que comparar.
revisions-same = Elige dos versiones distintas.
revisions-changed =
    { $count ->
        [0] No cambió ningún párrafo.
        [one] Cambió { $count } párrafo.
       *[other] Cambiaron { $count } párrafos.
    }
revisions-titleLine = Título
revisions-legend = El texto agregado aparece subrayado en verde; el texto quitado, tachado en rojo.

review-draftExplain = Borrador: solo tú estás trabajando en ella.
review-in_reviewExplain = En revisión: las organizaciones aliadas están leyendo el texto y registrando su aprobación.
review-approvedExplain = Aprobada: el texto actual está aprobado y listo para publicar.
review-publishedExplain = Publicada el { $date }.
review-sendForReview = Enviar a revisión
review-backToDraft = Volver a borrador
review-markApproved = Marcar como aprobada
review-recordHeading = Registrar una aprobación
review-org = Organización
review-orgPick = Elegir una organización…
review-orgFirst = Firmantes y coorganizadoras
review-orgOthers = Otras organizaciones
review-revision = De la versión
review-revisionCurrent = Versión { $number } (actual)
review-revisionOption = Versión { $number }
review-note = Nota (opcional)
review-notePlaceholder = p. ej., aprobada por correo desde el secretariado
review-record = Registrar aprobación
review-approvalsHeading = Aprobaciones
review-none = Todavía no hay aprobaciones registradas.
review-groupCurrent = Versión { $number }: el texto actual
review-groupOld = Versión { $number }
review-stale = Aprobó la versión { $revision } · el texto ahora es la versión { $current }
review-withdraw = Retirar
review-withdrawLabel = Retirar la aprobación de { $name }
review-withdrawTitle = ¿Retirar esta aprobación?
review-withdrawBody = La aprobación de { $name } a la versión { $revision } dejará de contar.
review-withdrawDetail = Queda en la lista de Aprobaciones, marcada como retirada con la hora; si vuelve a valer, regístrala de nuevo.
review-approvedAt = aprobada el { $when }
review-withdrawnAt = retirada el { $when }
review-withdrawnMark = Retirada
review-publishHeading = Publicar
review-publishedOn = Publicada el
review-publishedWhere = Dónde
review-publishedWherePlaceholder = p. ej., sitio web, lista de prensa, página de Facebook
review-publish = Marcar como publicada
review-publishNeeds = Para publicar hace falta una organización firmante y una aprobación de la versión actual.

organisations-title = Organizaciones
organisations-subtitle = Organizaciones miembro y aliadas, y cómo contactarlas.
organisations-emptyTitle = Todavía no hay organizaciones
organisations-emptyBody = Agrega las organizaciones miembro y aliadas de tu alianza, una por una o desde una hoja de cálculo (CSV). Luego las campañas las muestran como coorganizadoras.

org-new = Nueva organización
org-newTitle = Nueva organización
org-editTitle = Editar organización
org-create = Agregar organización
org-search = Buscar nombre, sigla, ciudad…
org-noMatch = Ninguna organización coincide con «{ $query }».
org-noPlace = Sin ciudad ni país
org-pick = Elige una organización a la izquierda para ver sus datos y sus personas.
org-place = Ciudad y país
org-shortNameHint = p. ej., IMA, APWLD
org-countryHint = Escribe su nombre, o un código como PH o NZ, y elígelo de la lista.
org-socialsHint = Un usuario o enlace por línea.
org-ownDayIntro = Su propia jornada, para «Buscar un horario». Deja un campo vacío para mantener lo habitual: trabajo de 09:00 a 18:00 de lunes a viernes, sueño de 23:00 a 07:00, en su propia hora local.
org-workingHours = Horario laboral
org-sleepingHours = Horas de sueño
org-hoursHint = En su hora local, p. ej. { $example }
org-workingDays = Días laborables
org-workingDaysNone = Marca al menos un día laborable.
org-deleteTitle = ¿Eliminar la organización?
org-deleteBody = ¿Eliminar «{ $name }»?
org-deleteUnused = No participa en ninguna campaña ni evento, y nadie del directorio pertenece a ella.
org-deleteStatements = Firmó, aprobó o se adhirió a { $statements }. Esos registros se conservan, así que no se puede eliminar hasta quitarla de ellos.
org-deleteUsage = Participa en { $campaigns } y { $events }, y tiene { $people } en el directorio. Se quitará de esas campañas y eventos; sus personas quedan en el directorio sin organización.

person-heading =
    { $count ->
        [0] Personas
        [one] { $count } persona
       *[other] { $count } personas
    }
person-add = Agregar persona
person-newTitle = Nueva persona en { $organisation }
person-editTitle = Editar persona
person-editNamed = Editar a { $name }
person-deleteNamed = Eliminar a { $name }
person-empty = Todavía no hay nadie. Agrega las personas con quienes te comunicas en esta organización.
person-roleHint = p. ej., Presidencia, Secretaría General, Comunicaciones
person-deleteTitle = ¿Eliminar la persona?
person-deleteBody = ¿Eliminar a «{ $name }» del directorio?

reminders-atStart = Al comenzar
reminders-minutes =
    { $count ->
        [one] { $count } minuto antes
       *[other] { $count } minutos antes
    }
reminders-hours =
    { $count ->
        [one] { $count } hora antes
       *[other] { $count } horas antes
    }
reminders-days =
    { $count ->
        [one] { $count } día antes
       *[other] { $count } días antes
    }
reminders-none = Sin recordatorios
reminders-add = Agregar un recordatorio…
reminders-remove = Quitar el recordatorio { $lead }
editor-reminders = Recordatorios
editor-remindersHint = Se muestran como notificaciones de escritorio mientras Campaign Desk está abierto, y se conservan en los calendarios exportados.
editor-organisations = Coorganizadoras

findTime-button = Buscar un horario
findTime-title = Buscar un horario
findTime-lead = Horarios que convienen a todas las organizaciones aliadas, los mejores primero: la menor cantidad de gente durmiendo (23:00–07:00), luego la mayor en horario laboral (09:00–18:00, de lunes a viernes), cada quien en su hora local, y nunca encima de los eventos que ya tienen aquí.
findTime-organisations = Organizaciones
findTime-noZone = Sin zona horaria: asígnale una en su página para incluirla
findTime-zones = Otras zonas horarias
findTime-removeZone = Quitar { $zone }
findTime-length = Duración
findTime-minutes =
    { $count ->
        [one] { $count } minuto
       *[other] { $count } minutos
    }
findTime-from = Desde
findTime-days = Días
findTime-search = Buscar
findTime-pickSomeone = Elige al menos una organización o zona horaria.
findTime-fromMissing = Elige el primer día de la búsqueda.
findTime-suggestions = Mejores horarios
findTime-none = No hay horario libre: cada inicio en estos días se superpone con un evento de alguna de ellas. Prueba con más días o una reunión más corta.
findTime-looked = Se revisaron { $count } horas de inicio; se dejaron fuera { $busy } porque se superponen con un evento de alguna de ellas.
findTime-create = Crear evento
findTime-show = Mostrar este horario en la cuadrícula
findTime-gridTitle = Horas del { $day } en { $city }
findTime-prevDay = Día anterior
findTime-nextDay = Día siguiente
findTime-working = Horario laboral
findTime-awake = Despiertos
findTime-asleepLegend = Durmiendo
findTime-busy = Ocupado
findTime-cellTitle = { $label }: { $time }, { $state }
findTime-and = { $list } y { $last }
findTime-asleepAt = { $city } a las { $time }
findTime-everyoneWorking = todos en horario laboral
findTime-othersWorking = todos los demás en horario laboral
findTime-everyoneAwake = todos despiertos, { $places } fuera del horario laboral
findTime-othersAwake = todos los demás despiertos, { $places } fuera del horario laboral
findTime-asleep =
    { $count ->
        [one] { $places } está durmiendo
       *[other] { $places } están durmiendo
    }
findTime-everyoneAsleep = todos durmiendo: { $places }

announce-button = Anunciar…
announce-title = Anunciar: { $title }
announce-platform = Plataforma
announce-platform-facebook = Facebook
announce-platform-x = X
announce-platform-instagram = Instagram
announce-platform-email = Correo electrónico
announce-platform-text = WhatsApp / Signal
announce-language = Idioma
announce-text = Texto del anuncio
announce-length = { $length } / { $limit }
announce-lengthNoLimit = { $length } caracteres
announce-tooLong = demasiado largo para esta plataforma
announce-hint = Las horas se muestran en las zonas horarias de las organizaciones aliadas definidas en Ajustes. Edita el texto libremente antes de copiarlo.
announce-copy = Copiar
templates-heading = Plantillas de anuncios
templates-intro = Cómo el editor redacta la publicación de cada plataforma en cada idioma. Se omite una línea cuyos marcadores estén todos vacíos.
templates-kind = Para
templates-forEvent = un evento
templates-forCampaign = toda una campaña
templates-text = Plantilla
templates-own = Tu propia plantilla (se guarda con los ajustes).
templates-builtIn = La plantilla incluida: edítala para crear la tuya.
templates-reset = Volver a usar la incluida
templates-placeholders = Marcadores: { $names }
announce-keep = Guardar con la campaña
announce-kept = Guardado con la campaña
announce-savedHeading =
    { $count ->
        [0] Ningún anuncio guardado
        [one] { $count } anuncio guardado
       *[other] { $count } anuncios guardados
    }
announce-savedNone = Redacta uno con Anunciar… y guárdalo aquí para volver a publicarlo o traducirlo.
announce-savedMeta = { $platform } · { $lang } · editado el { $date }
announce-delete = Eliminar este anuncio
announce-copied = Copiado al portapapeles
announce-copyFailed = No se pudo copiar el texto: selecciónalo y cópialo a mano.

tasks-heading = Tareas ({ $open } abiertas de { $count })
tasks-none = Todavía no hay tareas: agrega lo que hay que hacer, para cuándo y quién lo hace.
tasks-title = Tarea
tasks-placeholder = Agregar una tarea…
tasks-dueLabel = Fecha límite
tasks-owner = Responsable
tasks-noOwner = Sin responsable
tasks-add = Agregar
tasks-due = vence el { $date }
tasks-overdue = vencida desde el { $date }
tasks-delete = Eliminar la tarea { $title }

plan-fromTemplateButton = Desde una plantilla…
plan-duplicateButton = Próxima edición…
plan-fromTemplate = Nueva campaña desde una plantilla
plan-nextEdition = Próxima edición de { $title }
plan-nextEditionHint = Las fechas se mueven al nuevo inicio; los eventos con reglas como «tercer domingo» las mantienen; las organizaciones y las tareas se copian (las tareas vuelven a abrirse); los cambios puntuales de esta edición no se copian.
plan-template = Plantilla
plan-template-solidarity_month = Mes de solidaridad: apertura, webinar, jornadas de acción, cierre
plan-template-day_of_action = Jornada de acción
plan-template-webinar = Webinar
plan-template-press_conference = Conferencia de prensa
plan-template-anniversary = Aniversario (cada año)
plan-start = Empieza el
plan-newStart = La nueva edición empieza el
plan-layOut = Generar el plan
plan-first = Primer día
plan-last = Último día
plan-events =
    { $count ->
        [0] Ningún evento
        [one] { $count } evento
       *[other] { $count } eventos
    }
plan-tasks =
    { $count ->
        [0] Ninguna tarea
        [one] { $count } tarea
       *[other] { $count } tareas
    }
plan-remove = Quitar { $title }
plan-back = Atrás
plan-create = Crear la campaña

ics-importButton = Importar .ics
ics-exportButton = Exportar .ics
ics-importTitle = Importar un archivo de calendario (.ics)
ics-exportTitle = Exportar como archivo de calendario (.ics)
ics-intro = Trae eventos de Google Calendar, Outlook, Apple Calendar, Thunderbird o del archivo .ics de una organización aliada.
ics-introSafe = Primero verás lo que contiene el archivo. Si importas el mismo archivo otra vez, los eventos se actualizan en lugar de duplicarse; no se escribe nada si el archivo tiene errores.
ics-choose = Elegir un archivo…
ics-chooseOther = Elegir otro archivo
ics-chooseTitle = Importar un archivo de calendario
ics-filterName = Archivos de calendario
ics-target = Agregar los eventos nuevos a
ics-noCampaign = Sin campaña
ics-floatingZone = Las horas sin zona horaria están en
ics-homeZone = la zona horaria de referencia
ics-zoneDefault = Usar la predeterminada
ics-reading = Leyendo el archivo
ics-checking = Revisando el archivo… { $percent } %
ics-writing = Importando… { $percent } %
ics-countNew =
    { $count ->
        [0] Nada nuevo
        [one] { $count } nuevo
       *[other] { $count } nuevos
    }
ics-countUpdated =
    { $count ->
        [0] Ninguno modificado
        [one] { $count } modificado
       *[other] { $count } modificados
    }
ics-countUnchanged =
    { $count ->
        [0] Ninguno sin cambios
        [one] { $count } sin cambios
       *[other] { $count } sin cambios
    }
ics-countSkipped =
    { $count ->
        [0] Ninguno omitido
        [one] { $count } omitido
       *[other] { $count } omitidos
    }
ics-countErrors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errores
    }
ics-errorsBlock = Este archivo no se puede importar (no se escribirá nada):
ics-warningsBlock = Se saltaron estas líneas del archivo; los eventos que las rodean sí se importan:
ics-line = Línea { $line }:
ics-lineHeader = Línea
ics-action = Resultado
ics-action-new = Nuevo
ics-action-updated = Modificado
ics-action-unchanged = Sin cambios
ics-action-skipped = Omitido
ics-eventTitle = Evento
ics-reason = Notas
ics-instance = la repetición del { $at }
ics-noEvents = No hay eventos de este tipo en el archivo.
ics-lookAt = Los eventos del archivo y lo que la importación hace con cada uno:
ics-moreRows =
    { $count ->
        [one] …y { $count } evento más, contado arriba pero no listado (solo se listan los primeros 500, y luego los omitidos o con nota)
       *[other] …y { $count } eventos más, contados arriba pero no listados (solo se listan los primeros 500, y luego los omitidos o con nota)
    }
ics-filter = Mostrar
ics-filter-all = Todos ({ $count })
ics-filter-new = Nuevos ({ $count })
ics-filter-updated = Modificados ({ $count })
ics-filter-unchanged = Sin cambios ({ $count })
ics-filter-skipped = Omitidos ({ $count })
ics-startHeader = Empieza
ics-allDay = todo el día
ics-repeats = Se repite
ics-changes = Cambios: { $fields }
ics-importCount =
    { $count ->
        [0] Nada que importar
        [one] Importar { $count } evento
       *[other] Importar { $count } eventos
    }
ics-imported =
    { $count ->
        [0] No se importó nada
        [one] Se importó { $count } evento
       *[other] Se importaron { $count } eventos
    }
ics-resultDetail = Nuevos: { $new }; actualizados: { $updated }; sin cambios: { $unchanged }; omitidos: { $skipped }.
ics-scope = Qué exportar
ics-scopeAll = Todo
ics-scopeAllHint = Todos los eventos de todas las campañas, y los que están fuera de campañas.
ics-scopeSome = Elegir campañas, organizaciones o tipos
ics-scopeSomeHint = Solo los eventos que coinciden con cada lista en la que marques algo.
ics-emptyMeansAny = Una lista sin nada marcado no limita la exportación.
ics-none = Todavía no hay ninguno.
ics-from = Desde
ics-to = Hasta
ics-rangeHint = Opcional: solo los eventos con una fecha en este rango (una serie se exporta completa).
ics-rangeBoth = Indica las dos fechas del rango, o ninguna.
ics-rangeOrder = El rango debe terminar después de empezar.
ics-saveAs = Guardar como…
ics-saveTitle = Guardar el archivo de calendario
ics-exported =
    { $count ->
        [0] Ningún evento coincidió: el archivo contiene un calendario vacío
        [one] Se exportó { $count } evento
       *[other] Se exportaron { $count } eventos
    }
ics-exportedHint = Importa este archivo en Google Calendar, Outlook, Apple Calendar o Thunderbird; las horas se mantienen correctas en todas las zonas horarias.

publish-heading = Publicar calendarios en una carpeta
publish-intro = Mantén archivos .ics actualizados en una carpeta, por ejemplo una carpeta sincronizada de Nextcloud o Dropbox a la que se suscriben las organizaciones aliadas. Se reescriben después de cada cambio, nunca a medias.
publish-folder = Carpeta
publish-noFolder = Sin publicar
publish-choose = Elegir carpeta…
publish-chooseTitle = Carpeta donde publicar los calendarios
publish-stop = Dejar de publicar
publish-which = Calendarios que se publican
publish-everything = Todo, como
publish-failed = No se pudieron actualizar los calendarios publicados: { $reason }

csv-import = Importar CSV
csv-importFromFile = Importar desde un archivo CSV
csv-export = Exportar CSV
csv-importOrganisationsTitle = Importar organizaciones desde CSV
csv-importPeopleTitle = Importar personas desde CSV
csv-kindLabel = Qué contiene el archivo
csv-kindOrganisations = Organizaciones
csv-kindPeople = Personas
csv-introOrganisations = Elige un archivo CSV con una organización por fila (guardado desde una hoja de cálculo como «CSV UTF-8»).
csv-introPeople = Elige un archivo CSV con una persona por fila; una columna «organisation» vincula a cada persona con una organización por su nombre o sigla.
csv-introSafe = Verás cada fila y su estado antes de que se agregue nada.
csv-fieldsList = Columnas que reconoce: { $fields }.
csv-choose = Elegir archivo…
csv-chooseOther = Elegir otro archivo
csv-chooseTitle = Elegir un archivo CSV
csv-filterName = Archivos CSV
csv-countNew =
    { $count ->
        [0] Nada nuevo
        [one] { $count } nueva
       *[other] { $count } nuevas
    }
csv-countDuplicate =
    { $count ->
        [0] Sin duplicados
        [one] { $count } duplicada
       *[other] { $count } duplicadas
    }
csv-countError =
    { $count ->
        [0] Sin errores
        [one] { $count } con error
       *[other] { $count } con errores
    }
csv-mappingHint = Elige el campo que completa cada columna.
csv-line = Línea
csv-status = Estado
csv-status-new = Nueva
csv-status-duplicate = Duplicada
csv-status-error = Error
csv-mapLabel = Campo para la columna «{ $column }»
csv-ignore = Ignorar esta columna
csv-noRows = El archivo no tiene filas debajo del encabezado.
csv-moreRows = …y { $count } filas más.
csv-needName = Asigna una columna a Nombre: es el único campo obligatorio.
csv-skipErrors =
    { $count ->
        [one] Omitir la fila con error e importar el resto
       *[other] Omitir las { $count } filas con errores e importar el resto
    }
csv-importCount =
    { $count ->
        [0] Nada que importar
        [one] Importar { $count } fila
       *[other] Importar { $count } filas
    }
csv-createdOrganisations =
    { $count ->
        [0] No se agregó ninguna organización.
        [one] Se agregó { $count } organización.
       *[other] Se agregaron { $count } organizaciones.
    }
csv-createdPeople =
    { $count ->
        [0] No se agregó a nadie.
        [one] Se agregó { $count } persona.
       *[other] Se agregaron { $count } personas.
    }
csv-skippedSummary = Filas omitidas: { $duplicates } duplicadas y { $errors } con errores.
csv-exportTitle = Exportar a CSV
csv-exportLead = ¿Qué lista quieres guardar? Después eliges dónde va el archivo.
csv-exported = Guardado en { $path }

settings-title = Ajustes
settings-subtitle = Cómo se ve y funciona Campaign Desk en esta computadora.
settings-regionHeading = Idioma y región
settings-dateExample = Formato de fecha
settings-homeZone = Zona horaria de referencia
settings-homeZoneHint = El calendario se muestra en esta zona; las campañas nuevas empiezan en ella.
settings-partnerZones = Zonas horarias de las aliadas
settings-partnerZonesHint = Su hora local se muestra junto a cada evento. Déjalo vacío para usar las zonas de cada organización.
settings-noPartnerZones = Ninguna elegida: se usan las zonas de las organizaciones.
settings-addZone = Agregar una zona…
settings-removeZone = Quitar { $zone }
settings-backupsKeep = Copias diarias que se conservan
settings-backupsKeepHint = Entre 1 y 365.
settings-saved = Guardado

backup-heading = Copias de seguridad
backup-folder = Carpeta de copias de seguridad
backup-automatic =
    { $count ->
        [one] Se hace una copia de seguridad automática una vez al día; se conserva la última.
       *[other] Se hace una copia de seguridad automática una vez al día; se conservan las últimas { $count }.
    }
backup-now = Hacer una copia ahora
backup-none = Todavía no hay copias de seguridad.
backup-done = Copia guardada en { $path }
backup-restore = Restaurar…
backup-restoreTitle = ¿Restaurar esta copia de seguridad?
backup-restoreBody = ¿Reemplazar todo el contenido de Campaign Desk por el de { $name }?
backup-restoreDetail = Antes, el contenido actual se guarda como una copia de seguridad propia, para que puedas volver a él.
backup-restored = Se restauró { $name }. El contenido anterior se guardó en { $path }

database-heading = Base de datos
database-file = Archivo
database-reason = Motivo
database-schema = Versión del formato { $version }
database-open = Abrir otra base de datos…
database-create = Crear una base de datos nueva…
database-openTitle = Abrir una base de datos de Campaign Desk
database-createTitle = Crear una base de datos nueva de Campaign Desk
database-filterName = Bases de datos de Campaign Desk
database-errorTitle = Campaign Desk no puede abrir su base de datos
database-errorLead = No se pudo abrir el archivo de abajo, así que todavía no se muestra nada.
database-errorSafe = El archivo no se modificó. Abre otra base de datos o crea una nueva; Campaign Desk recordará tu elección.
about-heading = Acerca de
about-licence = Software libre bajo la Licencia Pública General Affero de GNU, versión 3 o posterior (AGPL-3.0-or-later).
about-database = Base de datos
about-backups = Copias de seguridad
about-diagnostics = Diagnóstico
about-diagnosticsHint = Versiones para pegar en un informe de errores. No incluyen nada de tus datos ni de los archivos de tu computadora.
about-copy = Copiar diagnóstico
about-copied = Copiado al portapapeles
about-copyFailed = No se pudo copiar el texto: selecciónalo y cópialo a mano.
settings-appearanceHeading = Apariencia
settings-theme = Tema
settings-themeSystem = Igual que el sistema (claro u oscuro)
save-pending = Cambios sin guardar
save-saving = Guardando…
save-saved = Guardado
save-failed = No se guardó: { $reason }

translations-heading = Traducciones
translations-none = Todavía no hay traducciones. Agrega una para traducir la declaración junto a su original.
translations-add = Agregar traducción
translations-addLabel = Idioma (una etiqueta como es, fr-CA, id o tl)
translations-addPlaceholder = p. ej., es o fr-CA
translations-suggested = Sugeridos:
translations-badTag = «{ $tag }» no es una etiqueta de idioma como es, fr-CA o tl.
translations-create = Agregar
translations-open = Abrir la traducción: { $language }
translations-outdated = Desactualizada
translations-status-draft = Borrador
translations-status-reviewed = Revisada
translations-statusLabel = Estado
translations-source = Original · versión { $revision }
translations-sourceBody = Texto original (versión { $revision })
translations-target = Traducción: { $language }
translations-title = Título
translations-body = Texto en { $language }
translations-changedBanner = El original cambió desde la versión { $revision }
translations-changedCount =
    { $count ->
        [0] Solo cambió el título.
        [one] Cambió { $count } párrafo:
       *[other] Cambiaron { $count } párrafos:
    }
translations-changedTitle = Título
translations-paragraph-changed = Modificado
translations-paragraph-added = Agregado
translations-paragraph-removed = Quitado
translations-markUpdated = Marcar como actualizada
translations-markUpdatedHint = Cuando la traducción corresponda al original actual (versión { $revision }).
translations-delete = Eliminar traducción
translations-deleteTitle = ¿Eliminar la traducción: { $language }?
translations-deleteBody = Su texto se quita de esta declaración. No se puede deshacer.
translations-loading = Cargando…

endorsements-heading = Adhesiones
endorsements-active =
    { $count ->
        [0] Todavía no hay adhesiones
        [one] { $count } adhesión
       *[other] { $count } adhesiones
    }
endorsements-withdrawnCount =
    { $count ->
        [one] { $count } retirada
       *[other] { $count } retiradas
    }
endorsements-add = Agregar adhesión
endorsements-from = Adhesión de
endorsements-fromOrganisation = Una organización
endorsements-fromPerson = Una persona
endorsements-fromNew = Una organización nueva
endorsements-organisation = Organización
endorsements-person = Persona
endorsements-choose = Elegir…
endorsements-newName = Nombre de la organización
endorsements-newCountry = País
endorsements-date = Fecha
endorsements-note = Nota
endorsements-notePlaceholder = Opcional, p. ej., «por correo de la presidencia»
endorsements-submit = Agregar adhesión
endorsements-countryNotRecorded = País no registrado
endorsements-personTag = persona
endorsements-on = Adhesión del { $date }
endorsements-withdrawnOn = Retirada el { $date }
endorsements-withdraw = Retirar
endorsements-withdrawLabel = Retirar la adhesión de { $name }
endorsements-export = Exportar CSV
endorsements-exportTitle = Guardar las adhesiones como CSV
endorsements-exported =
    { $count ->
        [0] Se guardó una lista vacía en { $path }
        [one] Se guardó { $count } adhesión en { $path }
       *[other] Se guardaron { $count } adhesiones en { $path }
    }

contacts-heading = Para más información
contacts-none = Todavía no hay contactos. Agrega a las personas a quienes la prensa y las organizaciones aliadas pueden llamar sobre esta declaración.
contacts-add = Agregar contacto
contacts-choose = Elegir una persona…
contacts-noPeople = Todas las personas del directorio ya están en la lista. Primero agrega personas en el directorio.
contacts-up = Subir a { $name }
contacts-down = Bajar a { $name }
contacts-remove = Quitar a { $name }

editor-toolbar = Formato
editor-heading = Título
editor-subheading = Subtítulo
editor-bold = Negrita (Ctrl+B)
editor-italic = Cursiva (Ctrl+I)
editor-bullets = Lista con viñetas
editor-numbers = Lista numerada
editor-quote = Cita en bloque
editor-link = Enlace
editor-linkAddress = Dirección del enlace
editor-linkApply = Aplicar
editor-linkInvalid = Usa una dirección web (https://…) o un correo electrónico (mailto:…).

date-day = dd
date-month = mm
date-year = aaaa
date-time = hh:mm
date-pick = Elegir una fecha
date-calendar = Calendario para elegir una fecha
date-previousMonth = Mes anterior
date-nextMonth = Mes siguiente
date-unreadable = No se puede leer «{ $text }» como fecha. Escríbela como { $pattern }, p. ej., { $example }, o como «{ $named }».
date-unknownWord = «{ $word }» no es un mes. Escribe la fecha como { $pattern }, o con el nombre del mes, p. ej., «{ $named }».
date-noSuchMonth = No existe el mes { $month }: aquí las fechas se leen como { $pattern }, p. ej., { $example }.
date-noSuchMonthSwapped = No existe el mes { $month }: aquí las fechas se leen como { $pattern }. ¿Quisiste decir { $suggestion }?
date-noSuchDay = { $month } tiene { $days } días, así que no existe el día { $day }.
date-badYear = Escribe el año con 4 cifras (o 2), no «{ $year }».
date-noSuchTime = «{ $time }» no es una hora del día. Las horas van de 00:00 a 23:59, p. ej., 20:00 u 8pm.
date-needTime = Agrega la hora, p. ej., { $example }.
date-dateOnly = Este campo lleva un día, sin hora.

sharing-heading = Compartir (CalDAV)
sharing-intro = Comparte los calendarios de las campañas con las organizaciones aliadas a través de un servidor de calendarios que la alianza ya usa (Nextcloud, Radicale, SOGo, Fastmail, iCloud). Ven y editan los eventos en Thunderbird, Apple Calendar o su teléfono; los cambios vuelven aquí cuando sincronizas.
sharing-accounts = Cuentas
sharing-noAccounts = Todavía no hay cuentas. Agrega una con la dirección del servidor, tu nombre de usuario y tu contraseña.
sharing-addHeading = Agregar una cuenta
sharing-url = Dirección del servidor
sharing-urlHint = Por ejemplo, https://cloud.example.org/remote.php/dav (Nextcloud) o https://dav.example.org/.
sharing-user = Nombre de usuario
sharing-password = Contraseña
sharing-passwordHint = Una contraseña de aplicación, si el servidor las ofrece. Se guarda en el llavero del sistema, nunca en la base de datos.
sharing-test = Probar conexión
sharing-testing = Conectando…
sharing-add = Agregar cuenta
sharing-adding = Agregando…
sharing-connected =
    { $count ->
        [one] Conectado: se encontró { $count } calendario.
       *[other] Conectado: se encontraron { $count } calendarios.
    }
sharing-added = Cuenta agregada: { $user } en { $url }.
sharing-savedInKeyring = La contraseña se guardó en el llavero del sistema.
sharing-sessionOnlyNote = La contraseña se guarda en memoria hasta que se cierre Campaign Desk; la próxima vez se volverá a pedir.
sharing-noKeyringTitle = No hay llavero en esta computadora
sharing-noKeyringBody = Campaign Desk guarda las contraseñas solo en el llavero del sistema, y esta computadora no tiene ninguno que pueda usar ({ $reason }).
sharing-noKeyringOffer = Puedes usar la contraseña solo en esta sesión: queda en memoria y se olvida cuando se cierra Campaign Desk. Nunca se escribe en el disco.
sharing-useSessionOnly = Usar solo en esta sesión
sharing-sessionBadge = Solo esta sesión
sharing-passwordMissing = Esta computadora no tiene llavero, así que la contraseña se guardó solo para una sesión anterior. Escríbela de nuevo para sincronizar en esta sesión:
sharing-calendarsFound = Calendarios en el servidor
sharing-noCalendars = Todavía no hay calendarios: al compartir una campaña se puede crear uno.
sharing-showCalendars = Probar conexión
sharing-remove = Quitar
sharing-removeTitle = ¿Quitar esta cuenta?
sharing-removeBody = Las campañas compartidas a través de { $user } en { $url } dejan de sincronizarse. Sus eventos se quedan aquí y los calendarios se quedan en el servidor.
sharing-keyringKept = Se quitó la cuenta, pero no se pudo sacar su contraseña del llavero: { $reason }
sharing-hint401 = Revisa el nombre de usuario y la contraseña. Los servidores con verificación en dos pasos (Nextcloud, Fastmail, iCloud) necesitan una contraseña de aplicación creada en su configuración de seguridad.
sharing-hintUnreachable = Revisa la dirección y que esta computadora esté conectada a internet; también puede que el servidor esté caído.
sharing-hintCertificate = La conexión no era de confianza, así que no se envió nada. Revisa la dirección o pide a la persona que administra el servidor un certificado en el que confíe tu sistema.
sharing-errorTitle = No se pudo conectar

calShare-heading = Compartir este calendario
calShare-intro = Las organizaciones aliadas ven los eventos de esta campaña en su propia aplicación de calendario, y sus cambios vuelven aquí.
calShare-noAccount = Primero agrega una cuenta CalDAV en Ajustes → Compartir.
calShare-openSettings = Abrir Ajustes
calShare-account = Cuenta
calShare-calendar = Calendario
calShare-createNew = Un calendario nuevo llamado «{ $name }»
calShare-loadingCalendars = Buscando calendarios…
calShare-start = Compartir
calShare-starting = Compartiendo y enviando los eventos…
calShare-sharedWith = Compartido con
calShare-lastSynced = Última sincronización
calShare-never = Todavía no
calShare-pending = Cambios pendientes
calShare-inSync = Eventos sincronizados
calShare-conflicts = Conflictos
calShare-lastError = Último problema de sincronización
calShare-syncNow = Sincronizar ahora
calShare-syncing = Sincronizando… puedes seguir usando la ventana.
calShare-sending = Enviando { $done } de { $total } { $total ->
        [one] cambio
       *[other] cambios
    } al servidor…
calShare-receiving = Recibiendo { $done } de { $total } { $total ->
        [one] cambio
       *[other] cambios
    } del servidor…
calShare-report = Enviados: { $pushed }; recibidos: { $pulled }; eliminados: { $deleted }; conflictos nuevos: { $conflicts }.
calShare-reportErrors =
    { $count ->
        [one] No se pudo sincronizar { $count } elemento:
       *[other] No se pudieron sincronizar { $count } elementos:
    }
calShare-stop = Dejar de compartir
calShare-stopTitle = ¿Dejar de compartir esta campaña?
calShare-stopBody = Los cambios dejan de ir y venir. Los eventos se quedan aquí, y el calendario se queda en el servidor para las organizaciones aliadas que lo usan.
calShare-resolveConflicts = Resolver conflictos

conflicts-badge =
    { $count ->
        [one] { $count } conflicto de sincronización
       *[other] { $count } conflictos de sincronización
    }
conflicts-title = Conflictos de sincronización
conflicts-subtitle = Estos eventos y tareas se modificaron aquí y en el servidor desde la última sincronización. No se sobrescribió nada: elige qué versión conservar.
conflicts-none = No hay conflictos: todo lo compartido está sincronizado.
conflicts-in = { $campaign } · detectado el { $when }
conflicts-mine = La mía (esta computadora)
conflicts-theirs = La del servidor
conflicts-deletedHere = Eliminado aquí.
conflicts-deletedThere = Eliminado en el servidor.
conflicts-unreadable = No se pudo leer la versión del servidor: { $reason }
conflicts-field-title = Título
conflicts-field-time = Hora
conflicts-field-repeats = Repetición
conflicts-field-location = Lugar
conflicts-field-description = Descripción
conflicts-field-due = Fecha límite
conflicts-field-done = Hecha
conflicts-allDay = todo el día
conflicts-taskDone = Hecha
conflicts-taskOpen = Pendiente
conflicts-empty = —
conflicts-keepMine = Conservar la mía
conflicts-keepTheirs = Conservar la del servidor
conflicts-keptMine = Se conserva tu versión; se enviará al servidor en la próxima sincronización.
conflicts-keptTheirs = Se conserva la versión del servidor.
conflicts-differs = difiere

## Encryption: the welcome screen's recovery key, the unlock screen, Settings → Privacy
encryption-welcomeKeyring = Tus datos están cifrados en esta computadora; su clave se guarda en el llavero del sistema.
encryption-welcomePassphrase = Tus datos están cifrados en esta computadora con tu frase de contraseña.
encryption-recoveryTitle = Tu clave de recuperación
encryption-recoveryLead = Si el llavero de esta computadora llega a perder la clave, esta clave de recuperación es la única forma de abrir tus datos. Solo se muestra esta vez: anótala o guárdala en un lugar fuera de esta computadora.
encryption-copy = Copiar
encryption-copied = Se copió al portapapeles
encryption-saveFile = Guardar como archivo…
encryption-saveTitle = Guardar la clave de recuperación
encryption-saved = Se guardó en { $path }
encryption-print = Imprimir
encryption-keptCheck = Guardé la clave de recuperación en un lugar seguro
encryption-keptDone = Listo
encryption-unlockTitle = Esta base de datos está cifrada
encryption-passphrase = Frase de contraseña
encryption-recoveryKey = Clave de recuperación
encryption-recoveryHint = 14 grupos de 4 letras y números, tal como los anotaste; no importan las mayúsculas ni los guiones.
encryption-unlock = Abrir
encryption-unlocking = Abriendo…
encryption-useRecovery = Usar la clave de recuperación
encryption-usePassphrase = Usar la frase de contraseña
encryption-untouched = No se modifica nada del archivo hasta que se abra.
encryption-chooseTitle = ¿Cómo quieres proteger esta base de datos nueva?
encryption-chooseLead = Campaign Desk cifra su base de datos para que una computadora perdida o incautada no revele nada. Guarda la clave en el llavero del sistema, pero aquí no se puede usar ningún llavero:
encryption-choosePassphrase = Protegerla con una frase de contraseña
encryption-choosePassphraseBody = La escribes cada vez que se inicia Campaign Desk. Al menos 12 caracteres; lo más fácil son unas cuantas palabras. Si la pierdes, no se podrán abrir los datos.
encryption-passphraseAgain = Repite la frase de contraseña
encryption-passphraseMismatch = Las dos frases de contraseña no coinciden.
encryption-createEncrypted = Crear base de datos cifrada
encryption-choosePlain = Continuar sin cifrado
encryption-choosePlainBody = Cualquiera que tenga esta computadora o su disco puede leer cada nombre, número y nota que contenga. Puedes cifrarla más adelante en Ajustes.
encryption-choosePlainCheck = Entiendo que los datos no estarán cifrados
encryption-createPlain = Crear base de datos sin cifrar
encryption-heading = Privacidad y cifrado
encryption-statePlain = Esta base de datos no está cifrada: cualquiera que tenga esta computadora o su disco puede leerla.
encryption-stateKeyring = Esta base de datos y sus copias de seguridad están cifradas. La clave se guarda en el llavero del sistema, así que se abre sin pedir nada.
encryption-statePassphrase = Esta base de datos y sus copias de seguridad están cifradas con una frase de contraseña, que se pide en cada inicio.
encryption-stateKeyFile = Esta base de datos y sus copias de seguridad están cifradas. La clave se lee del archivo que indica CAMPAIGN_DESK_DB_KEY_FILE.
encryption-noKeyring = Aquí no se puede usar ningún llavero ({ $reason }): hace falta una frase de contraseña.
encryption-encrypt = Cifrar esta base de datos
encryption-encryptWithPassphrase = Cifrar con una frase de contraseña
encryption-encrypting = Cifrando…
encryption-encrypted = La base de datos ahora está cifrada.
encryption-newRecovery = Nueva clave y clave de recuperación
encryption-toPassphrase = Usar una frase de contraseña
encryption-changePassphrase = Cambiar la frase de contraseña
encryption-toKeyring = Guardar la clave en el llavero
encryption-rekeyed = La base de datos tiene una clave nueva. Las copias de seguridad anteriores se siguen abriendo con la anterior.
encryption-newPassphrase = Nueva frase de contraseña
encryption-apply = Aplicar
encryption-rekeyTitle = ¿Darle una clave nueva a la base de datos?
encryption-rekeyBody = Se hace una copia de la base de datos con una clave nueva guardada en el llavero del sistema, y recibes una nueva clave de recuperación. La clave de recuperación anterior ya no podrá abrirla (las copias de seguridad hechas antes todavía la necesitan).
encryption-plainCopyRemoveBody = ¿Eliminar { $path }? Contiene todo tal como estaba antes del cifrado, y cualquiera puede leerlo. Antes se verifica la base de datos cifrada.
encryption-plainCopy = El archivo sin cifrar de antes sigue aquí: { $path }. Elimínalo cuando hayas comprobado que todo está en su lugar.
encryption-plainCopyRemove = Eliminar el archivo sin cifrar
encryption-plainCopyRemoved = Se eliminó { $path }
encryption-plainBackups =
    { $count ->
        [one] Hay una copia de seguridad hecha antes del cifrado, que no está cifrada.
       *[other] Hay { $count } copias de seguridad hechas antes del cifrado, que no están cifradas.
    }
backup-encrypted = Cifrada
backup-plain = Sin cifrar
backup-keyLabel = Clave de recuperación o frase de contraseña de la base de datos de la que se hizo
backup-keyHint = Esta copia de seguridad está cifrada con una clave distinta de la de esta base de datos.

## Subscribed calendars (read-only calendars from webcal:// and https:// links)
subscribe-button = Suscribirse a un calendario
subscribe-title = Suscribirse a un calendario
subscribe-intro = El calendario público de una organización aliada, leído desde su enlace y mostrado junto a tus eventos con su propio color. Es de solo lectura: no se envía nada de vuelta y nunca se exporta ni se comparte como tuyo. Campaign Desk lo vuelve a leer cada pocas horas.
subscribe-url = Enlace del calendario
subscribe-urlHint = Empieza por webcal:// o https:// — en Google Calendar, la «dirección pública en formato iCal».
subscribe-name = Nombre
subscribe-nameHint = Déjalo vacío para usar el nombre propio del calendario.
subscribe-submit = Suscribirse
subscribe-busy = Leyendo el calendario…
subscribe-offered = Abriste un enlace de calendario. ¿Quieres suscribirte? No se lee nada hasta que pulses Suscribirse.
subscriptions-heading = Calendarios suscritos
subscriptions-events =
    { $count ->
        [one] { $count } evento
       *[other] { $count } eventos
    }
subscriptions-lastRead = leído { $when }
subscriptions-problem = No se pudo leer { $when }: { $error }. Los eventos que se muestran son de la última copia buena.
subscriptions-refresh = Actualizar ahora
subscriptions-refreshing = Actualizando…
subscriptions-remove = Quitar
subscriptions-removeHint = Quitar { $name } y sus eventos del calendario
subscriptions-from = Del calendario suscrito { $name }: solo lectura.
subscriptions-location = Lugar
subscriptions-notes = Notas

## CalDAV: changes a read-only calendar refused
calShare-refusedHeading = Cambios que el servidor rechazó
calShare-refusedWhy = Este calendario es de solo lectura para tu cuenta, así que estos cambios quedan solo en esta computadora. Deshaz un cambio para recuperar la versión del calendario.
calShare-refusedNew = Nuevo aquí: { $title }
calShare-refusedEdited = Cambiado aquí: { $title }
calShare-refusedDeleted = Eliminado aquí: { $title }
calShare-undo = Deshacer mi cambio
calShare-undoing = Deshaciendo…
calShare-undoneRestored = Se recuperó la versión del calendario.
calShare-undoneRemoved = Se quitó el evento nuevo: el calendario nunca lo tuvo.

## Quién viene: invitaciones, respuestas y asistencia

rsvpAnswer-invited = Sin respuesta aún
rsvpAnswer-yes = Sí
rsvpAnswer-maybe = Quizás
rsvpAnswer-no = No
rsvpAnswer-no_answer = No respondió
attendance-unrecorded = —
attendance-came = Asistió
attendance-absent = No asistió
who-open = Respuestas y asistencia…
who-invite = Invitar a organizaciones y personas…
who-section = Quién viene
who-title = Quién viene: { $title }
who-scope = Qué repeticiones
who-scope-this = Esta repetición
who-scope-all = Todas las repeticiones
who-suggested = Aún sin invitar:
who-inviteCoOrganisers = Invitar a las { $count } coorganizadoras
who-add = Invitar a una organización o una persona
who-addPlaceholder = Escribe un nombre…
who-addNone = No hay nadie más con ese nombre en el directorio
who-kind-person = Persona
who-kind-organisation = Organización
who-empty = Aún no hay nadie invitado. Invita arriba a las coorganizadoras, o a quien quieras del directorio.
who-col-who = Quién
who-col-answer = Respuesta
who-col-came = ¿Asistió?
who-col-notes = Notas
who-fromSeries = respuesta para todas las repeticiones
who-answerFor = Respuesta de { $name }
who-cameFor = ¿Asistió { $name }?
who-notesFor = Notas sobre { $name }
who-attendanceNeedsOccurrence = La asistencia se registra por repetición: elige «Esta repetición».
who-remove = Quitar
who-removeFromSeries = Quitar de todas las repeticiones
who-removeName = Quitar a { $name }
who-removeTitle = ¿Quitar a { $name }?
who-removeBody = Se perderán la respuesta, la asistencia y las notas de { $name } para esta fecha.
who-removeSeriesBody = { $name } tiene invitación para todas las fechas: si la quitas aquí, se quita de todas, con sus respuestas.
who-followUp =
    { $count ->
        [one] Falta responder: { $count } invitación
       *[other] Faltan por responder: { $count } invitaciones
    }
who-noContact = sin correo ni teléfono en el directorio
who-copyFollowUp = Copiar nombres y contactos
who-copied = Copiado
who-count-invited =
    { $count ->
        [one] { $count } invitación
       *[other] { $count } invitaciones
    }
who-count-yes = { $count } sí
who-count-maybe = { $count } quizás
who-count-no = { $count } no
who-count-waiting = { $count } sin respuesta aún
who-count-noAnswer =
    { $count ->
        [one] { $count } no respondió
       *[other] { $count } no respondieron
    }
who-count-came =
    { $count ->
        [one] { $count } asistió
       *[other] { $count } asistieron
    }
who-count-didNotCome =
    { $count ->
        [one] { $count } no asistió
       *[other] { $count } no asistieron
    }
who-reminders = Recordatorios por enviar
who-remindersAs = Escritos para
who-message = Mensaje de invitación
who-messageHint = Escrito con las plantillas de anuncios, con la hora en el reloj de cada invitado. Cópialo en un correo o un chat.
who-remindersNone = No hay recordatorios por enviar: no se espera a nadie de las invitadas.
who-reminder-day = el día antes
who-reminder-hour = una hora antes
who-reminderDue = para el { $time } en { $city }
who-reminderSent = Enviado
who-copy = Copiar
who-files = Invitaciones por archivo de calendario
who-organizer = Correo de la organizadora en la invitación
who-organizerPlaceholder = Vacío: el de la organización principal
who-icsSave = Guardar la invitación (.ics)…
who-icsSaveTitle = Guardar la invitación
who-icsSaved =
    { $count ->
        [one] Guardada: una invitación de { $organizer } a { $count } invitada, para todas las repeticiones.
       *[other] Guardada: una invitación de { $organizer } a { $count } invitadas, para todas las repeticiones.
    }
who-icsWithoutEmail = No están, por falta de correo en el directorio: { $names }.
who-replyImport = Importar una respuesta (.ics)…
who-replyTitle = Elige la respuesta a una invitación
who-replyRecorded = { $name }: { $answer }.
who-campaignHeading = Quién viene
who-campaignTotals =
    { $count ->
        [one] En su { $count } evento:
       *[other] En sus { $count } eventos:
    }
who-campaignNone = Aún no hay nadie invitado a los eventos de esta campaña. Abre un evento y elige «Quién viene».
who-campaignOccurrences =
    { $count ->
        [one] Contado en { $count } repetición, cada invitado una vez.
       *[other] Contado en { $count } repeticiones, cada invitado una vez en cada una.
    }
# Polls (issue #18): find a time's poll mode
poll-button = Encuestas
poll-title = Encuestas
poll-none = Aún no hay encuestas. En «Buscar un horario», marca dos o tres sugerencias e inicia una encuesta.
poll-open = Abierta
poll-closed = Cerrada
poll-campaign = Campaña: { $title }
poll-organisation = Organización
poll-total = Respuestas
poll-answer-yes = Sí
poll-answer-ifNeedBe = Si hace falta
poll-answer-no = No
poll-noAnswer = Sin respuesta
poll-answerFor = Respuesta de { $org } para { $time }
poll-counts = { $yes } sí · { $maybe } si hace falta · { $no } no
poll-winner = Ganador
poll-chosen = Elegido
poll-leads = Ganador: { $time } — { $rule }.
poll-chosenOn = Elegido: { $time }.
poll-waiting = Aún no hay respuestas: anota la respuesta de cada organización para cada horario.
poll-rule-mostYes = más síes
poll-rule-fewestNo = tantos síes como otro horario, menos noes
poll-rule-mostIfNeedBe = empate en síes y noes, más «si hace falta»
poll-rule-earliest = empate en todo, así que el más temprano
poll-rule-only = el único horario con respuestas
poll-howWinner = Gana el horario con más síes; luego, con menos noes; luego, con más «si hace falta»; y si no, el más temprano.
poll-createEvent = Crear el evento
poll-eventMade = Esta encuesta ya es un evento: búscalo en el calendario.
poll-delete = Eliminar encuesta
poll-deleteTitle = ¿Eliminar la encuesta?
poll-deleteBody = ¿Eliminar «{ $title }» con las respuestas de todas las organizaciones? El evento creado a partir de ella se queda en el calendario.
findTime-addToPoll = Encuesta
findTime-addToPollTitle = Llevar este horario a una encuesta (hasta tres)
findTime-pollTitle = Título de la encuesta
findTime-pollDefaultTitle = Reunión de coordinación
findTime-startPoll = { $count ->
    [one] Iniciar una encuesta con { $count } horario
   *[other] Iniciar una encuesta con { $count } horarios
}
findTime-pollNeedsOrgs = Una encuesta pregunta a organizaciones: elige al menos una arriba.
findTime-pollPickTwo = Marca dos o tres sugerencias en «Encuesta» para preguntar a las organizaciones cuál les conviene.
