## Ang katalogo ng window, sa Tagalog (Filipino). Sanggunian: ../en/ui.ftl (mga id at placeable).
## Mga tagasalin: huwag baguhin ang id at ang bawat { $placeable }; tingnan ang ../README.md at ang GLOSSARY.md.

# This language's name, in itself: shown in the list of languages in Settings.
language-name = Tagalog (Filipino)

app-name = Campaign Desk
app-version = Bersyon { $version }
app-versionUnavailable = Walang makuhang bersyon

nav-label = Mga bahagi
nav-home = Home ng Campaign Desk
nav-calendar = Kalendaryo
nav-campaigns = Mga kampanya
nav-statements = Mga pahayag
nav-organisations = Mga organisasyon
nav-settings = Settings
nav-shortcut = Ctrl+{ $key }
nav-shortcutMac = ⌘{ $key }

settings-language-label = Wika ng window
settings-language-auto = Kapareho ng computer na ito ({ $language })
settings-language-pseudo = Pseudo-language (pagsubok ng layout)
settings-language-hint = Ang bawat kalendaryo, pahayag at anunsyo na ine-export ay nananatili sa wikang pinili para rito.
settings-clock-label = Orasan
settings-clock-auto = Karaniwan sa wika ({ $example })
settings-clock-h23 = 24 oras ({ $example })
settings-clock-h12 = 12 oras ({ $example })
settings-weekStart-label = Simula ng linggo
settings-weekStart-auto = Karaniwan sa wika ({ $day })

comingSoon-badge = Malapit na

search-open = Maghanap
search-shortcut = Ctrl+K
search-shortcutMac = ⌘K
search-label = Maghanap sa mga pahayag, kampanya, aktibidad at organisasyon
search-placeholder = Maghanap ng pahayag, kampanya, aktibidad, organisasyon…
search-results = Mga resulta ng paghahanap
search-hint = Mag-type para maghanap sa lahat ng wika. ↑ ↓ para pumili, Enter para buksan, Esc para isara.
search-none = Walang nahanap para sa “{ $query }”.
search-count =
    { $count ->
        [one] { $count } resulta
       *[other] { $count } resulta
    }
search-group-statement = Mga pahayag
search-group-translation = Mga salin
search-group-campaign = Mga kampanya
search-group-event = Mga aktibidad
search-group-organisation = Mga organisasyon

common-cancel = Kanselahin
discard-title = Itapon ang mga binago mo?
discard-body = Hindi pa naka-save ang itinype o pinili mo sa form na ito, at mawawala ito.
discard-confirm = Itapon ang mga binago
discard-keep = Ituloy ang pag-edit
draft-offer = Ibalik ang mga hindi na-save na binago mula { $time }?
draft-recordChanged = May mga binagong na-save dito mula noon: kapag ibinalik, papalitan ng draft ang mga iyon.
draft-restore = Ibalik
draft-discard = Itapon
common-close = Isara
common-delete = Burahin
common-done = Tapos na
common-edit = I-edit
common-save = I-save
common-saveChanges = I-save ang mga binago
common-newShortcut = Ctrl+N

count-campaigns =
    { $count ->
        [0] walang kampanya
        [one] { $count } kampanya
       *[other] { $count } kampanya
    }
count-statements =
    { $count ->
        [0] walang pahayag
        [one] { $count } pahayag
       *[other] { $count } pahayag
    }
count-events =
    { $count ->
        [0] walang aktibidad
        [one] { $count } aktibidad
       *[other] { $count } aktibidad
    }
count-people =
    { $count ->
        [0] walang tao
        [one] { $count } tao
       *[other] { $count } tao
    }
count-organisations =
    { $count ->
        [0] Walang organisasyon
        [one] { $count } organisasyon
       *[other] { $count } organisasyon
    }

welcome-title = Maligayang pagdating sa Campaign Desk
welcome-lead = Magplano ng mga pagkilos, subaybayan ang mga partner na organisasyon at ihanda ang mga magkasanib na pahayag — lahat ay nasa computer na ito at gumagana kahit offline.
welcome-startHeading = Saan magsisimula
welcome-organisations = Idagdag ang mga organisasyon sa inyong alyansa at ang mga taong kasama mo sa gawain.
welcome-campaigns = Bumuo ng kampanya at ng mga pagkilos, pulong at deadline nito.
welcome-calendar = Tingnan ang lahat ng paparating, sa lahat ng kampanya.
welcome-chooseHeading = Paano mo gustong magsimula?
welcome-zoneLabel = Ang pangunahing time zone mo
welcome-zoneHint = Sa zone na ito inilalatag ang mga bagong kampanya, ang mahahalagang petsa nila at ang mga template, at dito rin ipinapakita ang kalendaryo. Mababago mo ito sa Settings.
welcome-startEmpty = Magsimula nang walang laman
welcome-startEmptyBody = Magsimula sa sarili ninyong alyansa: idagdag ang mga organisasyong kasama ninyo, saka planuhin ang una ninyong kampanya.
welcome-demo = Subukan gamit ang demo data
welcome-demoLoading = Nilo-load ang demo data…
welcome-demoBody = Silipin ang isang buwan ng isang internasyonal na alyansa ng mga migrante: buwan ng pakikiisa, mga webinar, mga araw ng pagkilos at ang mga network sa likod nito. Mabubura mo ang lahat ng ito pagkatapos.
welcome-private = Lahat ng ilalagay mo ay nasa isang file sa computer na ito. Walang ipinapadala kahit saan.
welcome-tip = Tip: { $first } hanggang { $last } para lumipat sa ibang bahagi mula kahit saan.

calendar-title = Kalendaryo
calendar-subtitle = Mga pagkilos, pulong at deadline ng lahat ng kampanya.
calendar-newEvent = Bagong aktibidad
calendar-viewZone = Ipakita ang oras sa
calendar-campaignFilter = Kampanya
calendar-campaignSpan = Kampanya: { $title }
calendar-running = Mga kampanya sa mga petsang ito:
calendar-cutSeries = Mas madalas umulit ang “{ $title }” kaysa kayang ipakita ng isang pahina ng kalendaryo: ang unang { $count } ulit lang nito sa mga petsang ito ang ipinapakita.
calendar-showOnly = Ipakita lang ang { $title }
calendar-organisationFilter = Organisasyon
calendar-allOrganisations = Lahat ng organisasyon
calendar-kindFilter = Uri
calendar-allKinds = Lahat ng uri
calendar-allCampaigns = Lahat ng kampanya
calendar-goto = Pumunta sa petsa
calendar-today = Ngayon
calendar-prev = Nakaraan
calendar-next = Susunod
calendar-month = Buwan
calendar-week = Linggo
calendar-day = Araw
calendar-agenda = Agenda ng linggo
calendar-monthAgenda = Agenda ng buwan
calendar-campaignAgenda = Ang buong agenda ng { $title }, { $dates }.
calendar-year = Taon
calendar-allDay = Buong araw
calendar-noEvents = Walang nakaplano sa panahong ito
calendar-noInstances = Wala nang petsang maipapakita ang aktibidad na ito: inalis ang bawat petsa ng serye nito.
calendar-openDay = Buksan ang araw na ito para makita ang lahat ng aktibidad nito
calendar-more =
    { $count ->
        [one] +{ $count } pa
       *[other] +{ $count } pa
    }
calendar-recurring = Umuulit
calendar-changedOccurrence = Binagong ulit
calendar-partnerTimes = Oras para sa mga partner
calendar-zoneTime = { $time } { $city }
calendar-dayShift =
    { $count ->
        [one] ({ $sign }{ $count } araw)
       *[other] ({ $sign }{ $count } araw)
    }
calendar-campaign = Kampanya
calendar-mode = Paraan
calendar-location = Lugar
calendar-onlineUrl = Online link
calendar-registrationUrl = Link ng rehistrasyon
calendar-deleteTitle = Burahin ang aktibidad
calendar-deleteBody = Burahin ang “{ $title }”?
calendar-deleteSeriesBody = Burahin ang “{ $title }” at ang lahat ng ulit nito?
scope-title = Baguhin ang umuulit na aktibidad
scope-body = Aling mga ulit ang babaguhin?
scope-this = Ang ulit na ito
scope-following = Ito at ang mga susunod
scope-all = Lahat ng ulit
editor-newTitle = Bagong aktibidad
editor-editTitle = I-edit ang aktibidad
editor-editOccurrence = I-edit ang ulit na ito
editor-editFollowing = I-edit ito at ang mga susunod na ulit
editor-noCampaign = Walang kampanya
editor-allDay = Buong araw
editor-start = Simula
editor-end = Katapusan
editor-lastDay = Huling araw
editor-days =
    { $count ->
        [one] { $count } araw
       *[other] { $count } araw
    }
editor-lessThanADay = wala pang isang araw
editor-longTitle = I-save ang mahabang aktibidad?
editor-longBody = Tatagal nang { $length } ang aktibidad na ito, hanggang { $end }. Tama ba iyan?
editor-overlapTitle = Magsasapawan ang mga ulit
editor-overlapBody = Tumatagal nang { $length } ang bawat ulit, mas mahaba kaysa sa { $gap } mula sa isang ulit hanggang sa susunod. Tama ba iyan?
editor-saveAnyway = I-save pa rin
editor-goBack = Bumalik
editor-zoneHint = Nasa zone na ito ang mga oras sa itaas.
editor-repeat = Ulitin
repeat-none = Hindi umuulit
repeat-daily = Araw-araw
repeat-weekly = Lingguhan
repeat-monthly = Buwanan
repeat-yearly = Taunan
repeat-custom = Sariling patakaran (pinanatili)
repeat-noneWords = Minsan lang
repeat-dailyWords = Araw-araw
repeat-weeklyWords = Linggo-linggo tuwing { $day }
repeat-monthlyWords = Buwan-buwan tuwing ika-{ $day }
repeat-yearlyWords = Taun-taon tuwing { $date }

campaigns-title = Mga kampanya
campaigns-subtitle = Ang mga kampanya ng inyong alyansa, kasama ang mga layunin at timeline nito.
campaigns-emptyTitle = Wala pang kampanya
campaigns-emptyBody = Tinitipon ng kampanya ang mga petsa, hashtag, co-organizer na organisasyon at mga aktibidad nito. Gumawa ng una mong kampanya para makapagsimula.

campaign-new = Bagong kampanya
campaign-newTitle = Bagong kampanya
campaign-newSubtitle = Lagyan ito ng pamagat at mga petsa; ang iba ay mapupunan mamaya.
campaign-editTitle = I-edit ang kampanya
campaign-create = Gumawa ng kampanya
campaign-search = Maghanap ng kampanya
campaign-noMatch = Walang kampanyang tumutugma sa “{ $query }”.
campaign-dates = Mga petsa
campaign-organisationsShort = Org
campaign-sectionBasics = Pangunahing detalye
campaign-sectionText = Buod at paglalarawan
campaign-sectionOrganisations = Mga organisasyon at ang papel nila
campaign-titlePlaceholder = hal. Buwan ng Pakikiisa sa mga mamamayan ng Burma
campaign-endHint = Ang huling araw, kasama.
campaign-zoneHint = Kung saan pinapatakbo ang kampanya; dito sa zone na ito nagsisimula ang mga bagong aktibidad.
campaign-hashtagsHint = Pindutin ang Enter, space o comma pagkatapos ng bawat isa.
campaign-summaryHint = Isang pangungusap, ipinapakita sa mga listahan at anunsyo.
campaign-noOrgs = Wala pang organisasyon. Idagdag sa ibaba ang nangunguna, mga co-organizer, partner, endorser o sponsor.
campaign-directoryEmpty = Walang laman ang direktoryo mo: magdagdag muna ng mga organisasyon sa Mga organisasyon.
campaign-pickOrg = Pumili ng organisasyon…
campaign-pickRole = Papel
campaign-addOrg = Idagdag
campaign-roleOf = Papel ng { $name }
campaign-removeOrg = Alisin ang { $name }
campaign-noDescription = Wala pang buod o paglalarawan.
campaign-timelineHeading =
    { $count ->
        [0] Mahahalagang petsa
        [one] { $count } mahalagang petsa
       *[other] { $count } mahalagang petsa
    }
campaign-statementsHeading =
    { $count ->
        [0] Mga pahayag
        [one] { $count } pahayag
       *[other] { $count } pahayag
    }
campaign-noStatements = Wala pang pahayag para sa kampanyang ito.
campaign-openStatements = Sumulat ng isa sa Mga pahayag
campaign-statementRevision = rebisyon { $n }
campaign-statementSignOns =
    { $count ->
        [one] { $count } sign-on
       *[other] { $count } sign-on
    }
campaign-outsideDates = Labas sa mga petsa ng kampanya
campaign-outsideChip = Labas sa mga petsa
campaign-noEvents = Wala pang mahahalagang petsa. Idagdag dito ang mga webinar, araw ng pagkilos at anibersaryo ng kampanyang ito.
campaign-addEvent = Magdagdag ng mahalagang petsa
campaign-agenda = Agenda ng buong kampanya
campaign-eventsNote = Ipinapakita ang mga oras sa sariling time zone ng bawat aktibidad.
campaign-organisationsHeading =
    { $count ->
        [0] Mga organisasyon
        [one] { $count } organisasyon
       *[other] { $count } organisasyon
    }
campaign-noOrgsYet = Wala pang organisasyon sa kampanyang ito. Gamitin ang I-edit para magdagdag.
campaign-deleteTitle = Burahin ang kampanya?
campaign-deleteBody = Burahin ang “{ $title }” at ang { $events } nito?
campaign-deleteDetail = Hindi na ito maibabalik, pero nasa pang-araw-araw na backup pa ito sa Settings.

campaignKind-solidarity_month = Buwan ng pakikiisa
campaignKind-day_of_action = Araw ng pagkilos
campaignKind-webinar_series = Serye ng webinar
campaignKind-press_conference = Press conference
campaignKind-side_event = Side event
campaignKind-anniversary = Anibersaryo
campaignKind-womens_day = Araw ng kababaihan
campaignKind-other = Iba pa

campaignStatus-planning = Pinaplano
campaignStatus-active = Aktibo
campaignStatus-done = Tapos na
campaignStatus-archived = Naka-archive

orgRole-lead = Nangunguna
orgRole-co_organiser = Co-organizer
orgRole-partner = Partner
orgRole-endorser = Endorser
orgRole-sponsor = Sponsor

eventKind-anniversary = Anibersaryo
eventKind-webinar = Webinar
eventKind-press_conference = Press conference
eventKind-day_of_action = Araw ng pagkilos
eventKind-rally = Rali
eventKind-meeting = Pulong
eventKind-side_event = Side event
eventKind-deadline = Deadline
eventKind-other = Iba pa
eventMode-in_person = Harapan
eventMode-online = Online
eventMode-hybrid = Hybrid
eventStatus-tentative = Pansamantala
eventStatus-confirmed = Kumpirmado
eventStatus-cancelled = Kanselado
event-repeats = Umuulit

field-name = Pangalan
field-short_name = Akronim
field-country = Bansa
field-city = Lungsod
field-zone = Time zone
field-email = Email
field-website = Website
field-socials = Social media
field-notes = Mga tala
field-working_hours = Oras ng trabaho
field-working_days = Mga araw ng trabaho
field-sleeping_hours = Oras ng tulog
field-role = Posisyon
field-phone = Telepono
field-organisation = Organisasyon
field-title = Pamagat
field-kind = Uri
field-status = Status
field-start_date = Petsa ng simula
field-end_date = Petsa ng katapusan
field-home_zone = Pangunahing time zone
field-hashtags = Mga hashtag
field-colour = Kulay
field-summary = Buod
field-description = Paglalarawan
field-start = Simula
field-end = Katapusan
field-all_day = Buong araw
field-location = Lugar
field-mode = Harapan o online
field-online_url = Online link
field-registration_url = Link ng rehistrasyon
field-rrule = Patakaran ng pag-ulit
field-exdates = Nilaktawang petsa
field-rdates = Dagdag na petsa
field-reminders = Mga paalala
field-organisations = Mga organisasyon
field-recurrence_id = Ulit

colour-indigo = Indigo
colour-orange = Kahel
colour-teal = Teal
colour-red = Pula
colour-purple = Lila
colour-green = Berde
colour-ochre = Okre
colour-pink = Rosas
colour-custom = Iba pang kulay

hashtags-placeholder = #StandWithBurma
hashtags-remove = Alisin ang { $tag }

zone-placeholder = Mag-type ng lungsod o rehiyon…
zone-listLabel = Mga time zone
zone-none = Walang tumutugmang time zone
country-placeholder = Mag-type ng bansa…
country-listLabel = Mga bansa
country-none = Walang tumutugmang bansa

statements-title = Mga pahayag
statements-subtitle = Mga magkasanib na pahayag, press release at bukas na liham.

statements-empty = Wala pang pahayag
statements-emptyBody = Gumawa ng draft ng magkasanib na pahayag, press release o bukas na liham: inaaprubahan ng mga partner ang isang rebisyon, at itinatago ng Campaign Desk ang bawat bersyon.
statements-new = Bagong pahayag
statements-filterCampaign = Kampanya
statements-filterStatus = Status
statements-allCampaigns = Lahat ng kampanya
statements-noCampaign = Walang kampanya
statements-allStatuses = Kahit anong status
statements-noMatch = Walang pahayag na tumutugma sa mga filter na ito.
statements-colTitle = Pamagat
statements-colKind = Uri
statements-colCampaign = Kampanya
statements-colStatus = Status
statements-colRevision = Rebisyon
statements-colTranslations = Mga salin
statements-colEndorsements = Sign-on
statements-colUpdated = Binago
statements-untitled = Pahayag na walang pamagat

statementKind-statement = Pahayag
statementKind-press_release = Press release
statementKind-solidarity_message = Mensahe ng pakikiisa
statementKind-open_letter = Bukas na liham
statementKind-call_to_action = Panawagan
statementStatus-draft = Draft
statementStatus-in_review = Nire-review
statementStatus-approved = Aprubado
statementStatus-published = Nailathala

statementNew-title = Bagong pahayag
statementNew-kind = Uri
statementNew-kindHint = Nagsisimula ang teksto sa isang balangkas para sa uring ito; palitan ang mga bahaging nasa [bracket].
statementNew-headline = Pamagat
statementNew-campaign = Kampanya
statementNew-issuers = Inilabas ng
statementNew-lang = Nakasulat sa
statementNew-create = Gawin at buksan

issuers-none = Wala pang organisasyong naglalabas.
issuers-add = Magdagdag ng organisasyong naglalabas…
issuers-remove = Alisin ang { $name }
issuers-directoryEmpty = Magdagdag muna ng mga organisasyon sa direktoryo.

statement-back = Mga pahayag
statement-titleLabel = Pamagat ng pahayag
statement-revision = Rebisyon { $number }
statement-saving = Sine-save…
statement-savedAt = Na-save { $time }
statement-notSaved = Hindi na-save — { $reason }
statement-retry = Subukang muli
statement-tabs = Mga bahagi ng pahayag
statement-tabText = Teksto
statement-tabReview = Review
statement-tabRevisions = Mga rebisyon
statement-tabTranslations = Mga salin
statement-tabSignOns = Sign-on at contact
statement-tabShare = Ibahagi
share-heading = Ibahagi ang pahayag na ito
share-intro = I-save ito bilang dokumento kasama ang mga naglabas, date line, mga endorsement at contact, o kopyahin ang teksto para i-paste sa email o post.
share-format = Format
share-language = Wika
share-allLanguages = Lahat ng wika sa iisang file
share-pdf = PDF na dokumento
share-docx = Word na dokumento (.docx)
share-html = Web page (.html)
share-md = Markdown (.md)
share-txt = Plain text (.txt)
share-save = I-save bilang…
share-saveTitle = I-save ang pahayag
share-saved = Na-save ang { $path } ({ $size } KB).
share-copyRich = Kopyahin para sa email
share-copyPlain = Kopyahin bilang plain text
share-copiedRich = Nakopya kasama ang format; i-paste ito sa email o dokumento.
share-copiedPlain = Nakopya bilang plain text.
share-postHeading = Tekstong ipo-post
share-platform = Platform
share-postLength = { $length } sa { $limit } na character, ayon sa bilang ng platform
share-postLengthNoLimit = { $length } character
share-postCopy = Kopyahin ang post
share-postCopied = Nakopya
statement-body = Teksto ng pahayag
statement-words =
    { $count ->
        [one] { $count } salita
       *[other] { $count } salita
    }
statement-characters =
    { $count ->
        [one] { $count } character
       *[other] { $count } character
    }
statement-meter = Haba para sa
statement-meterOf = { $length } / { $limit }
statement-meterNoLimit = walang limitasyon
statement-meterNone = Wala
statement-meterPick = pumili ng platform para masuri
statement-meterOver = sobra nang { $count } para sa { $platform }
statement-meterNote = Binibilang sa tekstong walang format, gaya ng pagbilang ng platform.
statement-recovered = Hindi na-save ang tekstong itinype noong { $time }. Ibalik ito kapalit ng naka-save na teksto?
statement-recoveredRestore = Ibalik
statement-recoveredDiscard = Itapon
statement-delete = Burahin
statement-deleteTitle = Burahin ang pahayag na ito?
statement-deleteBody = Burahin ang “{ $title }” kasama ang lahat ng rebisyon, pag-apruba, salin at sign-on nito?
statement-loadFailed = Hindi mabuksan ang pahayag na ito: { $reason }

statementSettings-heading = Settings
statementSettings-kind = Uri
statementSettings-campaign = Kampanya
statementSettings-issuers = Inilabas ng
statementSettings-place = Lugar (date line)
statementSettings-placeHint = hal. Manila
statementSettings-dated = Petsa (date line)
statementSettings-lang = Nakasulat sa
statementSettings-hashtags = Mga hashtag
statementSettings-saved = Na-save ang settings

revisions-intro = Ang itinatype ay sine-save sa bukas na rebisyon; magsisimula ng bago pagkatapos ng 10 minutong paghinto, ng isang pag-apruba o ng pagbibigay ng pangalan.
revisions-number = Rebisyon
revisions-name = Pangalan
revisions-when = Na-save
revisions-words = Salita
revisions-approvedBy = Inaprubahan ng
revisions-current = kasalukuyan
revisions-open = bukas para sa pag-type
revisions-nameButton = Pangalanan…
revisions-nameLabel = Pangalan ng rebisyon { $number }
revisions-namePlaceholder = hal. Ipinadala sa mga partner
revisions-restore = Ibalik…
revisions-restoreTitle = Ibalik ang rebisyon { $number }?
revisions-restoreBody = Ang teksto ng rebisyon { $number } ay magiging bagong rebisyon { $next }. Walang mabubura: mananatili sa kasaysayan ang kasalukuyang teksto.
revisions-restoreConfirm = Ibalik bilang rebisyon { $next }
revisions-compareHeading = Paghambingin
revisions-from = Mula sa
revisions-to = Hanggang
revisions-onlyOne = Iisa pa lang ang rebisyon: wala pang maihahambing.
revisions-same = Pumili ng dalawang magkaibang rebisyon.
revisions-changed =
    { $count ->
        [0] Walang binagong talata.
        [one] { $count } talata ang binago.
       *[other] { $count } talata ang binago.
    }
revisions-titleLine = Pamagat
revisions-legend = May berdeng salungguhit ang idinagdag na teksto, at may pulang guhit sa gitna ang inalis.

review-draftExplain = Draft: ikaw lang ang gumagawa nito.
review-in_reviewExplain = Nire-review: binabasa ng mga partner ang teksto at itinatala ang kanilang pag-apruba.
review-approvedExplain = Aprubado: aprubado na ang kasalukuyang teksto at handa nang ilathala.
review-publishedExplain = Nailathala noong { $date }.
review-sendForReview = Ipadala para sa review
review-backToDraft = Ibalik sa draft
review-markApproved = Markahang aprubado
review-recordHeading = Itala ang isang pag-apruba
review-org = Organisasyon
review-orgPick = Pumili ng organisasyon…
review-orgFirst = Mga naglabas at co-organizer
review-orgOthers = Iba pang organisasyon
review-revision = Ng rebisyon
review-revisionCurrent = Rebisyon { $number } (kasalukuyan)
review-revisionOption = Rebisyon { $number }
review-note = Tala (opsyonal)
review-notePlaceholder = hal. inaprubahan sa email mula sa secretariat
review-record = Itala ang pag-apruba
review-approvalsHeading = Mga pag-apruba
review-none = Wala pang naitalang pag-apruba.
review-groupCurrent = Rebisyon { $number } — ang kasalukuyang teksto
review-groupOld = Rebisyon { $number }
review-stale = Inaprubahan ang rebisyon { $revision } · rebisyon { $current } na ngayon ang teksto
review-withdraw = Bawiin
review-withdrawLabel = Bawiin ang pag-apruba ng { $name }
review-withdrawTitle = Bawiin ang pag-aprubang ito?
review-withdrawBody = Hindi na bibilangin ang pag-apruba ng { $name } sa rebisyon { $revision }.
review-withdrawDetail = Mananatili ito sa listahan ng Mga pag-apruba, may markang binawi at ang oras; kung balido ulit, itala itong muli.
review-approvedAt = inaprubahan { $when }
review-withdrawnAt = binawi { $when }
review-withdrawnMark = Binawi
review-publishHeading = Ilathala
review-publishedOn = Nailathala noong
review-publishedWhere = Saan
review-publishedWherePlaceholder = hal. website, press list, Facebook page
review-publish = Markahang nailathala
review-publishNeeds = Para mailathala, kailangan ng organisasyong naglalabas at ng pag-apruba sa kasalukuyang rebisyon.

organisations-title = Mga organisasyon
organisations-subtitle = Mga kasapi at partner na organisasyon, at kung paano sila makokontak.
organisations-emptyTitle = Wala pang organisasyon
organisations-emptyBody = Idagdag ang mga kasapi at partner na organisasyon ng inyong alyansa, isa-isa o mula sa spreadsheet (CSV). Pagkatapos, maililista sila ng mga kampanya bilang co-organizer.

org-new = Bagong organisasyon
org-newTitle = Bagong organisasyon
org-editTitle = I-edit ang organisasyon
org-create = Idagdag ang organisasyon
org-search = Maghanap ng pangalan, akronim, lungsod…
org-noMatch = Walang organisasyong tumutugma sa “{ $query }”.
org-noPlace = Walang lungsod o bansa
org-pick = Pumili ng organisasyon sa kaliwa para makita ang mga detalye at mga tao nito.
org-place = Lungsod at bansa
org-shortNameHint = hal. IMA, APWLD
org-countryHint = I-type ang pangalan nito, o isang code gaya ng PH o NZ, at piliin ito sa listahan.
org-socialsHint = Isang handle o link bawat linya.
org-ownDayIntro = Sariling araw nito, para sa Maghanap ng oras. Iwanang blangko para sa karaniwan: trabaho 09:00–18:00 Lunes hanggang Biyernes, tulog 23:00–07:00, sa sarili nitong oras.
org-workingHours = Oras ng trabaho
org-sleepingHours = Oras ng tulog
org-hoursHint = Sa sarili nitong oras, hal. { $example }
org-workingDays = Mga araw ng trabaho
org-workingDaysNone = Lagyan ng tsek ang kahit isang araw ng trabaho.
org-deleteTitle = Burahin ang organisasyon?
org-deleteBody = Burahin ang “{ $name }”?
org-deleteUnused = Hindi ito bahagi ng anumang kampanya o aktibidad, at walang sinuman sa direktoryo ang kasapi nito.
org-deleteStatements = Naglabas, nag-apruba o nag-endorso ito ng { $statements }. Itinatago ang mga talaang iyon, kaya hindi ito mabubura hangga’t hindi ito inaalis sa mga iyon.
org-deleteUsage = Kalahok ito sa { $campaigns } at { $events }, at { $people } ang kasapi nito. Aalisin ito sa mga kampanya at aktibidad na iyon; mananatili sa direktoryo ang mga tao nito nang walang organisasyon.

person-heading =
    { $count ->
        [0] Mga tao
        [one] { $count } tao
       *[other] { $count } tao
    }
person-add = Magdagdag ng tao
person-newTitle = Bagong tao sa { $organisation }
person-editTitle = I-edit ang tao
person-editNamed = I-edit si { $name }
person-deleteNamed = Burahin si { $name }
person-empty = Wala pang tao rito. Idagdag ang mga taong kinokontak mo sa organisasyong ito.
person-roleHint = hal. Chairperson, Secretary-General, Media officer
person-deleteTitle = Burahin ang tao?
person-deleteBody = Burahin si “{ $name }” sa direktoryo?

reminders-atStart = Sa pagsisimula
reminders-minutes =
    { $count ->
        [one] { $count } minuto bago
       *[other] { $count } minuto bago
    }
reminders-hours =
    { $count ->
        [one] { $count } oras bago
       *[other] { $count } oras bago
    }
reminders-days =
    { $count ->
        [one] { $count } araw bago
       *[other] { $count } araw bago
    }
reminders-none = Walang paalala
reminders-add = Magdagdag ng paalala…
reminders-remove = Alisin ang paalalang { $lead }
editor-reminders = Mga paalala
editor-remindersHint = Lumalabas bilang desktop notification habang bukas ang Campaign Desk, at kasama sa mga ine-export na kalendaryo.
editor-organisations = Mga co-organizer

findTime-button = Maghanap ng oras
findTime-title = Maghanap ng oras
findTime-lead = Mga oras na bagay sa bawat partner, pinakamaganda muna: pinakakaunting tulog (23:00–07:00), saka pinakamaraming nasa oras ng trabaho (09:00–18:00, Lunes hanggang Biyernes), bawat isa sa sarili niyang orasan, at hindi kailanman sasapaw sa mga aktibidad na mayroon na sila rito.
findTime-organisations = Mga organisasyon
findTime-noZone = Walang time zone: maglagay nito sa pahina nito para maisama
findTime-zones = Iba pang time zone
findTime-removeZone = Alisin ang { $zone }
findTime-length = Haba
findTime-minutes =
    { $count ->
        [one] { $count } minuto
       *[other] { $count } minuto
    }
findTime-from = Mula
findTime-days = Mga araw
findTime-search = Hanapin
findTime-pickSomeone = Pumili ng kahit isang organisasyon o time zone.
findTime-fromMissing = Piliin ang unang araw na titingnan.
findTime-suggestions = Pinakamagandang oras
findTime-none = Walang bakanteng oras: bawat simula sa mga araw na ito ay sumasapaw sa aktibidad ng isa sa kanila. Subukan ang mas maraming araw o mas maikling pulong.
findTime-looked = { $count } oras ng simula ang sinuri; { $busy } ang hindi isinama dahil sumasapaw sa aktibidad ng isa sa kanila.
findTime-create = Gumawa ng aktibidad
findTime-show = Ipakita ang oras na ito sa grid
findTime-gridTitle = Mga oras sa { $day } sa { $city }
findTime-prevDay = Nakaraang araw
findTime-nextDay = Susunod na araw
findTime-working = Oras ng trabaho
findTime-awake = Gising
findTime-asleepLegend = Tulog
findTime-busy = Abala
findTime-cellTitle = { $label }: { $time }, { $state }
findTime-and = { $list } at { $last }
findTime-asleepAt = { $city }, { $time }
findTime-everyoneWorking = lahat ay nasa oras ng trabaho
findTime-othersWorking = lahat ng iba ay nasa oras ng trabaho
findTime-everyoneAwake = lahat ay gising; labas sa oras ng trabaho ang { $places }
findTime-othersAwake = gising ang lahat ng iba; labas sa oras ng trabaho ang { $places }
findTime-asleep =
    { $count ->
        [one] tulog ang { $places }
       *[other] tulog ang { $places }
    }
findTime-everyoneAsleep = lahat ay tulog: { $places }

announce-button = Ianunsyo…
announce-title = Ianunsyo: { $title }
announce-platform = Platform
announce-platform-facebook = Facebook
announce-platform-x = X
announce-platform-instagram = Instagram
announce-platform-email = Email
announce-platform-text = WhatsApp / Signal
announce-language = Wika
announce-text = Teksto ng anunsyo
announce-length = { $length } / { $limit }
announce-lengthNoLimit = { $length } character
announce-tooLong = masyadong mahaba para sa platform na ito
announce-hint = Ipinapakita ang mga oras sa mga time zone ng partner mula sa Settings. Malaya mong i-edit ang teksto bago kopyahin.
announce-copy = Kopyahin
templates-heading = Mga template ng anunsyo
templates-intro = Kung paano isinusulat ng composer ang post ng bawat platform sa bawat wika. Hindi isinasama ang linyang walang laman ang lahat ng placeholder.
templates-kind = Para sa
templates-forEvent = isang aktibidad
templates-forCampaign = isang buong kampanya
templates-text = Template
templates-own = Ang sarili mong template (naka-save kasama ng settings).
templates-builtIn = Ang built-in na template: i-edit ito para gumawa ng sarili mo.
templates-reset = Gamitin muli ang built-in
templates-placeholders = Mga placeholder: { $names }
announce-keep = Itago kasama ng kampanya
announce-kept = Nakatago kasama ng kampanya
announce-savedHeading =
    { $count ->
        [0] Walang nakatagong anunsyo
        [one] { $count } nakatagong anunsyo
       *[other] { $count } nakatagong anunsyo
    }
announce-savedNone = Gumawa ng isa gamit ang Ianunsyo… at itago ito rito para i-post ulit o isalin.
announce-savedMeta = { $platform } · { $lang } · binago { $date }
announce-delete = Burahin ang anunsyong ito
announce-copied = Nakopya sa clipboard
announce-copyFailed = Hindi makopya ang teksto: piliin ito at kopyahin nang mano-mano.

tasks-heading = Mga gawain ({ $open } bukas sa { $count })
tasks-none = Wala pang gawain: idagdag kung ano ang dapat gawin, kailan at nino.
tasks-title = Gawain
tasks-placeholder = Magdagdag ng gawain…
tasks-dueLabel = Takdang petsa
tasks-owner = May hawak
tasks-noOwner = Walang may hawak
tasks-add = Idagdag
tasks-due = hanggang { $date }
tasks-overdue = lampas na mula { $date }
tasks-delete = Burahin ang gawaing { $title }

plan-fromTemplateButton = Mula sa template…
plan-duplicateButton = Susunod na edisyon…
plan-fromTemplate = Bagong kampanya mula sa template
plan-nextEdition = Susunod na edisyon ng { $title }
plan-nextEditionHint = Lilipat ang mga petsa sa bagong simula; ang mga aktibidad na may patakarang gaya ng “ikatlong Linggo” ay mananatili roon; kasama ang mga organisasyon at gawain (bubuksan muli ang mga gawain); maiiwan ang mga minsanang pagbabago sa edisyong ito.
plan-template = Template
plan-template-solidarity_month = Buwan ng pakikiisa: pagbubukas, webinar, mga araw ng pagkilos, pagsasara
plan-template-day_of_action = Araw ng pagkilos
plan-template-webinar = Webinar
plan-template-press_conference = Press conference
plan-template-anniversary = Anibersaryo (taun-taon)
plan-start = Magsisimula sa
plan-newStart = Magsisimula ang bagong edisyon sa
plan-layOut = Ilatag
plan-first = Unang araw
plan-last = Huling araw
plan-events =
    { $count ->
        [0] Walang aktibidad
        [one] { $count } aktibidad
       *[other] { $count } aktibidad
    }
plan-tasks =
    { $count ->
        [0] Walang gawain
        [one] { $count } gawain
       *[other] { $count } gawain
    }
plan-remove = Alisin ang { $title }
plan-back = Bumalik
plan-create = Gawin ang kampanya

ics-importButton = I-import ang .ics
ics-exportButton = I-export ang .ics
ics-importTitle = Mag-import ng calendar file (.ics)
ics-exportTitle = I-export bilang calendar file (.ics)
ics-intro = Magpasok ng mga aktibidad mula sa Google Calendar, Outlook, Apple Calendar, Thunderbird o sa .ics file ng isang partner.
ics-introSafe = Makikita mo muna ang laman ng file. Kapag in-import ulit ang parehong file, ina-update ang mga aktibidad sa halip na dumoble; walang isusulat kung may error ang file.
ics-choose = Pumili ng file…
ics-chooseOther = Pumili ng ibang file
ics-chooseTitle = Mag-import ng calendar file
ics-filterName = Mga calendar file
ics-target = Idagdag ang mga bagong aktibidad sa
ics-noCampaign = Walang kampanya
ics-floatingZone = Ang mga oras na walang time zone ay nasa
ics-homeZone = ang pangunahing time zone
ics-zoneDefault = Gamitin ang default
ics-reading = Binabasa ang file
ics-checking = Sinusuri ang file… { $percent }%
ics-writing = Ini-import… { $percent }%
ics-countNew =
    { $count ->
        [0] Walang bago
        [one] { $count } bago
       *[other] { $count } bago
    }
ics-countUpdated =
    { $count ->
        [0] Walang binago
        [one] { $count } binago
       *[other] { $count } binago
    }
ics-countUnchanged =
    { $count ->
        [0] Walang hindi nagbago
        [one] { $count } hindi nagbago
       *[other] { $count } hindi nagbago
    }
ics-countSkipped =
    { $count ->
        [0] Walang nilaktawan
        [one] { $count } nilaktawan
       *[other] { $count } nilaktawan
    }
ics-countErrors =
    { $count ->
        [one] { $count } error
       *[other] { $count } error
    }
ics-errorsBlock = Hindi ma-import ang file na ito (walang isusulat):
ics-warningsBlock = Nilampasan ang mga linyang ito ng file; in-import ang mga aktibidad sa paligid nito:
ics-line = Linya { $line }:
ics-lineHeader = Linya
ics-action = Resulta
ics-action-new = Bago
ics-action-updated = Binago
ics-action-unchanged = Hindi nagbago
ics-action-skipped = Nilaktawan
ics-eventTitle = Aktibidad
ics-reason = Mga tala
ics-instance = ang ulit noong { $at }
ics-noEvents = Walang aktibidad na ganitong uri sa file.
ics-lookAt = Ang mga aktibidad sa file at ang gagawin ng pag-import sa bawat isa:
ics-moreRows =
    { $count ->
        [one] …at { $count } pang aktibidad, binilang sa itaas pero hindi nakalista (ang unang 500 lang ang nakalista, saka ang mga nilaktawan o may tala)
       *[other] …at { $count } pang aktibidad, binilang sa itaas pero hindi nakalista (ang unang 500 lang ang nakalista, saka ang mga nilaktawan o may tala)
    }
ics-filter = Ipakita
ics-filter-all = Lahat ({ $count })
ics-filter-new = Bago ({ $count })
ics-filter-updated = Binago ({ $count })
ics-filter-unchanged = Hindi nagbago ({ $count })
ics-filter-skipped = Nilaktawan ({ $count })
ics-startHeader = Simula
ics-allDay = buong araw
ics-repeats = Umuulit
ics-changes = Mga binago: { $fields }
ics-importCount =
    { $count ->
        [0] Walang ii-import
        [one] I-import ang { $count } aktibidad
       *[other] I-import ang { $count } aktibidad
    }
ics-imported =
    { $count ->
        [0] Walang na-import
        [one] { $count } aktibidad ang na-import
       *[other] { $count } aktibidad ang na-import
    }
ics-resultDetail = { $new } bago, { $updated } na-update, { $unchanged } hindi nagbago, { $skipped } nilaktawan.
ics-scope = Ano ang ie-export
ics-scopeAll = Lahat
ics-scopeAllHint = Lahat ng aktibidad ng bawat kampanya, at ang mga nasa labas ng kampanya.
ics-scopeSome = Pumili ng kampanya, organisasyon o uri
ics-scopeSomeHint = Ang mga aktibidad lang na tumutugma sa bawat listahang may tsek ka.
ics-emptyMeansAny = Hindi nililimitahan ng listahang walang tsek ang export.
ics-none = Wala pa.
ics-from = Mula
ics-to = Hanggang
ics-rangeHint = Opsyonal: ang mga aktibidad lang na may petsa sa saklaw na ito (buo ang pag-export ng isang serye).
ics-rangeBoth = Ibigay ang parehong petsa ng saklaw, o wala sa dalawa.
ics-rangeOrder = Dapat matapos ang saklaw pagkatapos ng simula nito.
ics-saveAs = I-save bilang…
ics-saveTitle = I-save ang calendar file
ics-exported =
    { $count ->
        [0] Walang tumugmang aktibidad: walang laman ang kalendaryo sa file
        [one] { $count } aktibidad ang na-export
       *[other] { $count } aktibidad ang na-export
    }
ics-exportedHint = I-import ang file na ito sa Google Calendar, Outlook, Apple Calendar o Thunderbird; tama ang mga oras sa bawat time zone.

publish-heading = Ilathala ang mga kalendaryo sa isang folder
publish-intro = Panatilihing updated ang mga .ics file sa isang folder — halimbawa, isang naka-sync na Nextcloud o Dropbox folder na sinu-subscribe-an ng mga partner. Isinusulat muli ang mga ito pagkatapos ng bawat pagbabago, at hindi kailanman kalahati lang.
publish-folder = Folder
publish-noFolder = Hindi naglalathala
publish-choose = Pumili ng folder…
publish-chooseTitle = Folder na paglalathalaan ng mga kalendaryo
publish-stop = Itigil ang paglalathala
publish-which = Mga kalendaryong ilalathala
publish-everything = Lahat, bilang
publish-failed = Hindi ma-update ang mga nailathalang kalendaryo: { $reason }

csv-import = I-import ang CSV
csv-importFromFile = I-import mula sa CSV file
csv-export = I-export ang CSV
csv-importOrganisationsTitle = Mag-import ng mga organisasyon mula sa CSV
csv-importPeopleTitle = Mag-import ng mga tao mula sa CSV
csv-kindLabel = Laman ng file
csv-kindOrganisations = Mga organisasyon
csv-kindPeople = Mga tao
csv-introOrganisations = Pumili ng CSV file na may isang organisasyon bawat row (naka-save mula sa spreadsheet bilang “CSV UTF-8”).
csv-introPeople = Pumili ng CSV file na may isang tao bawat row; iniuugnay ng column na “organisation” ang bawat tao sa isang organisasyon ayon sa pangalan o akronim.
csv-introSafe = Makikita mo ang bawat row at ang status nito bago may maidagdag.
csv-fieldsList = Mga column na naiintindihan nito: { $fields }.
csv-choose = Pumili ng file…
csv-chooseOther = Pumili ng ibang file
csv-chooseTitle = Pumili ng CSV file
csv-filterName = Mga CSV file
csv-countNew =
    { $count ->
        [0] Walang bago
        [one] { $count } bago
       *[other] { $count } bago
    }
csv-countDuplicate =
    { $count ->
        [0] Walang duplicate
        [one] { $count } duplicate
       *[other] { $count } duplicate
    }
csv-countError =
    { $count ->
        [0] Walang error
        [one] { $count } may error
       *[other] { $count } may error
    }
csv-mappingHint = Piliin ang field na pinupunan ng bawat column.
csv-line = Linya
csv-status = Status
csv-status-new = Bago
csv-status-duplicate = Duplicate
csv-status-error = Error
csv-mapLabel = Field para sa column na “{ $column }”
csv-ignore = Huwag pansinin ang column na ito
csv-noRows = Walang row ang file sa ilalim ng header nito.
csv-moreRows = …at { $count } pang row.
csv-needName = Itugma ang isang column sa Pangalan: ito lang ang kailangang field.
csv-skipErrors =
    { $count ->
        [one] Laktawan ang { $count } row na may error at i-import ang iba
       *[other] Laktawan ang { $count } row na may error at i-import ang iba
    }
csv-importCount =
    { $count ->
        [0] Walang ii-import
        [one] I-import ang { $count } row
       *[other] I-import ang { $count } row
    }
csv-createdOrganisations =
    { $count ->
        [0] Walang organisasyong naidagdag.
        [one] { $count } organisasyon ang naidagdag.
       *[other] { $count } organisasyon ang naidagdag.
    }
csv-createdPeople =
    { $count ->
        [0] Walang taong naidagdag.
        [one] { $count } tao ang naidagdag.
       *[other] { $count } tao ang naidagdag.
    }
csv-skippedSummary = Nilaktawan ang { $duplicates } duplicate at { $errors } row na may error.
csv-exportTitle = I-export sa CSV
csv-exportLead = Aling listahan ang gusto mong i-save? Ikaw ang pipili kung saan ilalagay ang file pagkatapos.
csv-exported = Na-save sa { $path }

settings-title = Settings
settings-subtitle = Ang itsura at takbo ng Campaign Desk sa computer na ito.
settings-regionHeading = Wika at rehiyon
settings-dateExample = Ipinapakita ang mga petsa bilang
settings-homeZone = Pangunahing time zone
settings-homeZoneHint = Sa zone na ito ipinapakita ang kalendaryo; dito nagsisimula ang mga bagong kampanya.
settings-partnerZones = Mga time zone ng partner
settings-partnerZonesHint = Ipinapakita ang kanilang lokal na oras sa tabi ng bawat aktibidad. Iwanang walang laman para gamitin ang sariling zone ng mga organisasyon.
settings-noPartnerZones = Walang napili: ginagamit ang mga zone ng mga organisasyon.
settings-addZone = Magdagdag ng zone…
settings-removeZone = Alisin ang { $zone }
settings-backupsKeep = Ilang pang-araw-araw na backup ang itatago
settings-backupsKeepHint = Mula 1 hanggang 365.
settings-saved = Na-save

backup-heading = Mga backup
backup-folder = Folder ng backup
backup-automatic =
    { $count ->
        [one] Awtomatikong gumagawa ng backup minsan isang araw; ang huling { $count } ang itinatago.
       *[other] Awtomatikong gumagawa ng backup minsan isang araw; ang huling { $count } ang itinatago.
    }
backup-now = Mag-backup ngayon
backup-none = Wala pang backup.
backup-done = Na-backup sa { $path }
backup-restore = Ibalik…
backup-restoreTitle = Ibalik ang backup na ito?
backup-restoreBody = Palitan ang lahat ng laman ng Campaign Desk ng laman ng { $name }?
backup-restoreDetail = Sine-save muna ang kasalukuyang laman bilang sarili nitong backup, kaya maaari mo itong balikan.
backup-restored = Naibalik ang { $name }. Na-save ang dating laman sa { $path }

database-heading = Database
database-file = File
database-reason = Dahilan
database-schema = Bersyon ng format { $version }
database-open = Magbukas ng ibang database…
database-create = Gumawa ng bagong database…
database-openTitle = Magbukas ng database ng Campaign Desk
database-createTitle = Gumawa ng bagong database ng Campaign Desk
database-filterName = Mga database ng Campaign Desk
database-errorTitle = Hindi mabuksan ng Campaign Desk ang database nito
database-errorLead = Hindi mabuksan ang file sa ibaba, kaya wala pang maipakita.
database-errorSafe = Hindi binago ang file. Magbukas ng ibang database, o gumawa ng bago; tatandaan ng Campaign Desk ang pinili mo.
about-heading = Tungkol dito
about-licence = Malayang software sa ilalim ng GNU Affero General Public License, bersyon 3 o mas bago (AGPL-3.0-or-later).
about-database = Database
about-backups = Mga backup
about-diagnostics = Diagnostics
about-diagnosticsHint = Mga bersyong ipe-paste sa bug report. Walang kasama mula sa data mo o sa mga file ng computer mo.
about-copy = Kopyahin ang diagnostics
about-copied = Nakopya sa clipboard
about-copyFailed = Hindi makopya ang teksto: piliin ito at kopyahin nang mano-mano.
settings-appearanceHeading = Itsura
settings-theme = Tema
settings-themeSystem = Sumusunod sa system mo (light o dark)
save-pending = May hindi pa na-save
save-saving = Sine-save…
save-saved = Na-save
save-failed = Hindi na-save: { $reason }

translations-heading = Mga salin
translations-none = Wala pang salin. Magdagdag ng isa para isalin ang pahayag katabi ng orihinal nito.
translations-add = Magdagdag ng salin
translations-addLabel = Wika (isang tag gaya ng es, fr-CA, id o tl)
translations-addPlaceholder = hal. es o fr-CA
translations-suggested = Mungkahi:
translations-badTag = Ang “{ $tag }” ay hindi language tag gaya ng es, fr-CA o tl.
translations-create = Idagdag
translations-open = Buksan ang salin sa { $language }
translations-outdated = Luma na
translations-status-draft = Draft
translations-status-reviewed = Na-review
translations-statusLabel = Status
translations-source = Orihinal · rebisyon { $revision }
translations-sourceBody = Orihinal na teksto (rebisyon { $revision })
translations-target = Salin sa { $language }
translations-title = Pamagat
translations-body = Teksto sa { $language }
translations-changedBanner = Nagbago ang orihinal mula noong rebisyon { $revision }
translations-changedCount =
    { $count ->
        [0] Ang pamagat lang ang nagbago.
        [one] { $count } talata ang nagbago:
       *[other] { $count } talata ang nagbago:
    }
translations-changedTitle = Pamagat
translations-paragraph-changed = Binago
translations-paragraph-added = Idinagdag
translations-paragraph-removed = Inalis
translations-markUpdated = Markahang updated
translations-markUpdatedHint = Kapag tugma na ang salin sa kasalukuyang orihinal (rebisyon { $revision }).
translations-delete = Burahin ang salin
translations-deleteTitle = Burahin ang salin sa { $language }?
translations-deleteBody = Aalisin ang teksto nito sa pahayag na ito. Hindi na ito maibabalik.
translations-loading = Nilo-load…

endorsements-heading = Mga endorsement
endorsements-active =
    { $count ->
        [0] Wala pang endorsement
        [one] { $count } endorsement
       *[other] { $count } endorsement
    }
endorsements-withdrawnCount =
    { $count ->
        [one] { $count } binawi
       *[other] { $count } binawi
    }
endorsements-add = Magdagdag ng endorsement
endorsements-from = Inendorso ng
endorsements-fromOrganisation = Isang organisasyon
endorsements-fromPerson = Isang tao
endorsements-fromNew = Isang bagong organisasyon
endorsements-organisation = Organisasyon
endorsements-person = Tao
endorsements-choose = Pumili…
endorsements-newName = Pangalan ng organisasyon
endorsements-newCountry = Bansa
endorsements-date = Petsa
endorsements-note = Tala
endorsements-notePlaceholder = Opsyonal, hal. “sa email mula sa chairperson”
endorsements-submit = Idagdag ang endorsement
endorsements-countryNotRecorded = Walang nakatalang bansa
endorsements-personTag = tao
endorsements-on = Inendorso { $date }
endorsements-withdrawnOn = Binawi { $date }
endorsements-withdraw = Bawiin
endorsements-withdrawLabel = Bawiin ang endorsement ng { $name }
endorsements-export = I-export ang CSV
endorsements-exportTitle = I-save ang mga endorsement bilang CSV
endorsements-exported =
    { $count ->
        [0] Na-save ang listahang walang laman sa { $path }
        [one] Na-save ang { $count } endorsement sa { $path }
       *[other] Na-save ang { $count } endorsement sa { $path }
    }

contacts-heading = Para sa sanggunian
contacts-none = Wala pang contact. Idagdag ang mga taong matatawagan ng mga mamamahayag at partner tungkol sa pahayag na ito.
contacts-add = Magdagdag ng contact
contacts-choose = Pumili ng tao…
contacts-noPeople = Nakalista na ang lahat ng nasa direktoryo. Magdagdag muna ng mga tao sa direktoryo.
contacts-up = Iakyat si { $name }
contacts-down = Ibaba si { $name }
contacts-remove = Alisin si { $name }

editor-toolbar = Pag-format
editor-heading = Heading
editor-subheading = Subheading
editor-bold = Bold (Ctrl+B)
editor-italic = Italic (Ctrl+I)
editor-bullets = Listahang may bullet
editor-numbers = Listahang may numero
editor-quote = Sipi
editor-link = Link
editor-linkAddress = Address ng link
editor-linkApply = Ilapat
editor-linkInvalid = Gumamit ng web address (https://…) o email (mailto:…).

date-day = dd
date-month = mm
date-year = yyyy
date-time = hh:mm
date-pick = Pumili ng petsa
date-calendar = Kalendaryo para pumili ng petsa
date-previousMonth = Nakaraang buwan
date-nextMonth = Susunod na buwan
date-unreadable = Hindi mabasa ang “{ $text }” bilang petsa. I-type ito bilang { $pattern }, hal. { $example }, o bilang “{ $named }”.
date-unknownWord = Ang “{ $word }” ay hindi buwan. I-type ang petsa bilang { $pattern }, o kasama ang pangalan ng buwan, hal. “{ $named }”.
date-noSuchMonth = Walang buwang { $month }: binabasa rito ang mga petsa bilang { $pattern }, hal. { $example }.
date-noSuchMonthSwapped = Walang buwang { $month }: binabasa rito ang mga petsa bilang { $pattern }. Ang ibig mo bang sabihin ay { $suggestion }?
date-noSuchDay = May { $days } araw ang { $month }, kaya walang ika-{ $day } na araw.
date-badYear = Ibigay ang taon sa 4 na digit (o 2), hindi “{ $year }”.
date-noSuchTime = Ang “{ $time }” ay hindi oras ng araw. Mula 00:00 hanggang 23:59 ang mga oras, hal. 20:00 o 8pm.
date-needTime = Idagdag ang oras, hal. { $example }.
date-dateOnly = Araw lang ang tinatanggap ng field na ito, walang oras.

sharing-heading = Pagbabahagi (CalDAV)
sharing-intro = Ibahagi ang mga kalendaryo ng kampanya sa mga partner sa pamamagitan ng calendar server na ginagamit na ng alyansa (Nextcloud, Radicale, SOGo, Fastmail, iCloud). Nakikita at nai-edit nila ang mga aktibidad sa Thunderbird, Apple Calendar o sa kanilang phone; bumabalik dito ang mga pagbabago kapag nag-sync ka.
sharing-accounts = Mga account
sharing-noAccounts = Wala pang account. Magdagdag ng isa gamit ang address ng server, ang user name at password mo.
sharing-addHeading = Magdagdag ng account
sharing-url = Address ng server
sharing-urlHint = Halimbawa, https://cloud.example.org/remote.php/dav (Nextcloud) o https://dav.example.org/.
sharing-user = User name
sharing-password = Password
sharing-passwordHint = App password kung mayroon ang server. Itinatago ito sa keyring ng system, hindi kailanman sa database.
sharing-test = Subukan ang koneksyon
sharing-testing = Kumokonekta…
sharing-add = Idagdag ang account
sharing-adding = Idinadagdag…
sharing-connected =
    { $count ->
        [one] Nakakonekta: { $count } kalendaryo ang nahanap.
       *[other] Nakakonekta: { $count } kalendaryo ang nahanap.
    }
sharing-added = Naidagdag ang account: { $user } sa { $url }.
sharing-savedInKeyring = Naka-save ang password sa keyring ng system.
sharing-sessionOnlyNote = Nasa memory ang password hanggang isara ang Campaign Desk; hihingin itong muli sa susunod.
sharing-noKeyringTitle = Walang keyring sa computer na ito
sharing-noKeyringBody = Sa keyring lang ng system itinatago ng Campaign Desk ang mga password, at walang magagamit na keyring ang computer na ito ({ $reason }).
sharing-noKeyringOffer = Maaari mong gamitin ang password para sa session na ito lang: mananatili ito sa memory at makakalimutan kapag isinara ang Campaign Desk. Hindi ito kailanman isusulat sa disk.
sharing-useSessionOnly = Gamitin sa session na ito lang
sharing-sessionBadge = Session na ito lang
sharing-passwordMissing = Walang keyring ang computer na ito, kaya para sa naunang session lang itinago ang password. Ibigay itong muli para makapag-sync sa session na ito:
sharing-calendarsFound = Mga kalendaryo sa server
sharing-noCalendars = Wala pang kalendaryo: makakagawa ng isa kapag nagbahagi ng kampanya.
sharing-showCalendars = Subukan ang koneksyon
sharing-remove = Alisin
sharing-removeTitle = Alisin ang account na ito?
sharing-removeBody = Titigil sa pag-sync ang mga kampanyang ibinahagi sa pamamagitan ng { $user } sa { $url }. Mananatili rito ang mga aktibidad nito, at mananatili sa server ang mga kalendaryo.
sharing-keyringKept = Naalis na ang account, pero hindi maalis ang password nito sa keyring: { $reason }
sharing-hint401 = Suriin ang user name at password. Ang mga server na may two-step login (Nextcloud, Fastmail, iCloud) ay nangangailangan ng app password na ginawa sa kanilang security settings.
sharing-hintUnreachable = Suriin ang address at kung online ang computer na ito; maaari ding down ang server.
sharing-hintCertificate = Hindi pinagkatiwalaan ang koneksyon, kaya walang ipinadala. Suriin ang address, o humingi sa administrator ng server ng certificate na pinagkakatiwalaan ng system mo.
sharing-errorTitle = Hindi makakonekta

calShare-heading = Ibahagi ang kalendaryong ito
calShare-intro = Nakikita ng mga partner ang mga aktibidad ng kampanyang ito sa sarili nilang calendar app, at bumabalik dito ang mga binago nila.
calShare-noAccount = Magdagdag muna ng CalDAV account sa Settings → Pagbabahagi.
calShare-openSettings = Buksan ang Settings
calShare-account = Account
calShare-calendar = Kalendaryo
calShare-createNew = Bagong kalendaryong pinangalanang “{ $name }”
calShare-loadingCalendars = Naghahanap ng mga kalendaryo…
calShare-start = Ibahagi
calShare-starting = Ibinabahagi at ipinapadala ang mga aktibidad…
calShare-sharedWith = Ibinahagi sa
calShare-lastSynced = Huling sync
calShare-never = Hindi pa
calShare-pending = Mga pagbabagong naghihintay
calShare-inSync = Mga aktibidad na naka-sync
calShare-conflicts = Mga conflict
calShare-lastError = Huling problema sa sync
calShare-syncNow = I-sync ngayon
calShare-syncing = Nagsi-sync… magagamit pa rin ang window.
calShare-sending = Ipinapadala ang { $done } sa { $total } pagbabago sa server…
calShare-receiving = Tinatanggap ang { $done } sa { $total } pagbabago mula sa server…
calShare-report = Naipadala { $pushed }, natanggap { $pulled }, nabura { $deleted }, bagong conflict { $conflicts }.
calShare-reportErrors =
    { $count ->
        [one] { $count } item ang hindi ma-sync:
       *[other] { $count } item ang hindi ma-sync:
    }
calShare-stop = Itigil ang pagbabahagi
calShare-stopTitle = Itigil ang pagbabahagi ng kampanyang ito?
calShare-stopBody = Titigil ang daloy ng mga pagbabago sa magkabilang panig. Mananatili rito ang mga aktibidad, at mananatili sa server ang kalendaryo para sa mga partner na gumagamit nito.
calShare-resolveConflicts = Ayusin ang mga conflict

conflicts-badge =
    { $count ->
        [one] { $count } sync conflict
       *[other] { $count } sync conflict
    }
conflicts-title = Mga sync conflict
conflicts-subtitle = Binago ang mga aktibidad at gawaing ito dito at sa server mula noong huling sync. Walang na-overwrite: piliin kung aling bersyon ang itatago.
conflicts-none = Walang conflict: naka-sync ang lahat ng ibinahagi.
conflicts-in = { $campaign } · nakita { $when }
conflicts-mine = Akin (computer na ito)
conflicts-theirs = Kanila (ang server)
conflicts-deletedHere = Binura rito.
conflicts-deletedThere = Binura sa server.
conflicts-unreadable = Hindi mabasa ang bersyon ng server: { $reason }
conflicts-field-title = Pamagat
conflicts-field-time = Oras
conflicts-field-repeats = Umuulit
conflicts-field-location = Lugar
conflicts-field-description = Paglalarawan
conflicts-field-due = Takdang petsa
conflicts-field-done = Tapos na?
conflicts-allDay = buong araw
conflicts-taskDone = Tapos na
conflicts-taskOpen = Hindi pa tapos
conflicts-empty = —
conflicts-keepMine = Itago ang akin
conflicts-keepTheirs = Itago ang kanila
conflicts-keptMine = Itinago ang bersyon mo; mapupunta ito sa server sa susunod na sync.
conflicts-keptTheirs = Itinago ang bersyon ng server.
conflicts-differs = magkaiba

## Encryption: ang recovery key sa welcome screen, ang screen sa pagbubukas, Settings → Privacy
encryption-welcomeKeyring = Naka-encrypt ang data mo sa computer na ito; nasa keyring mo ang key nito.
encryption-welcomePassphrase = Naka-encrypt ang data mo sa computer na ito gamit ang passphrase mo.
encryption-recoveryTitle = Ang recovery key mo
encryption-recoveryLead = Kung sakaling mawala ang key sa keyring ng computer na ito, ang recovery key na ito lang ang paraan para mabuksan ang data mo. Ngayon lang ito ipapakita: isulat ito o i-save sa lugar na hiwalay sa computer na ito.
encryption-copy = Kopyahin
encryption-copied = Nakopya sa clipboard
encryption-saveFile = I-save bilang file…
encryption-saveTitle = I-save ang recovery key
encryption-saved = Na-save sa { $path }
encryption-print = I-print
encryption-keptCheck = Naitago ko na ang recovery key sa ligtas na lugar
encryption-keptDone = Tapos na
encryption-unlockTitle = Naka-encrypt ang database na ito
encryption-passphrase = Passphrase
encryption-recoveryKey = Recovery key
encryption-recoveryHint = 14 na grupo ng tig-4 na titik at digit, gaya ng pagkakasulat; hindi mahalaga ang malaki o maliit na titik at ang mga gitling.
encryption-unlock = Buksan
encryption-unlocking = Binubuksan…
encryption-useRecovery = Gamitin na lang ang recovery key
encryption-usePassphrase = Gamitin na lang ang passphrase
encryption-untouched = Walang babaguhin sa file hangga’t hindi ito nabubuksan.
encryption-chooseTitle = Paano poprotektahan ang bagong database na ito?
encryption-chooseLead = Ine-encrypt ng Campaign Desk ang database nito para walang maibunyag ang computer na nawala o kinumpiska. Itinatago nito ang key sa keyring ng system, pero walang keyring na magagamit dito:
encryption-choosePassphrase = Protektahan ito ng passphrase
encryption-choosePassphraseBody = Ita-type mo ito tuwing magsisimula ang Campaign Desk. Hindi bababa sa 12 character; pinakamadali ang ilang salita. Kapag nawala ito, hindi na mabubuksan ang data.
encryption-passphraseAgain = Ulitin ang passphrase
encryption-passphraseMismatch = Magkaiba ang dalawang passphrase.
encryption-createEncrypted = Gumawa ng naka-encrypt na database
encryption-choosePlain = Magpatuloy nang walang encryption
encryption-choosePlainBody = Mababasa ng sinumang makakuha ng computer na ito o ng disk nito ang bawat pangalan, numero at tala rito. Maaari mo itong i-encrypt mamaya sa Settings.
encryption-choosePlainCheck = Nauunawaan kong hindi mae-encrypt ang data
encryption-createPlain = Gumawa ng hindi naka-encrypt na database
encryption-heading = Privacy at encryption
encryption-statePlain = Hindi naka-encrypt ang database na ito: mababasa ito ng sinumang may hawak ng computer na ito o ng disk nito.
encryption-stateKeyring = Naka-encrypt ang database na ito at ang mga backup nito. Nasa keyring mo ang key, kaya nabubuksan ito nang hindi nagtatanong.
encryption-statePassphrase = Naka-encrypt ang database na ito at ang mga backup nito gamit ang passphrase na hinihingi tuwing magsisimula.
encryption-stateKeyFile = Naka-encrypt ang database na ito at ang mga backup nito. Binabasa ang key mula sa file na nakapangalan sa CAMPAIGN_DESK_DB_KEY_FILE.
encryption-noKeyring = Walang keyring na magagamit dito ({ $reason }): kailangan ng passphrase.
encryption-encrypt = I-encrypt ang database na ito
encryption-encryptWithPassphrase = I-encrypt gamit ang passphrase
encryption-encrypting = Ine-encrypt…
encryption-encrypted = Naka-encrypt na ang database.
encryption-newRecovery = Bagong key at recovery key
encryption-toPassphrase = Gumamit na lang ng passphrase
encryption-changePassphrase = Palitan ang passphrase
encryption-toKeyring = Itago na lang ang key sa keyring
encryption-rekeyed = May bagong key na ang database. Nabubuksan pa rin ng lumang key ang mga naunang backup.
encryption-newPassphrase = Bagong passphrase
encryption-apply = Ilapat
encryption-rekeyTitle = Bigyan ng bagong key ang database?
encryption-rekeyBody = Kokopyahin ang database gamit ang bagong key na itatago sa keyring mo, at bibigyan ka ng bagong recovery key. Hindi na ito mabubuksan ng lumang recovery key (kailangan pa rin ng luma ang mga backup na ginawa bago nito).
encryption-plainCopyRemoveBody = Burahin ang { $path }? Nasa loob nito ang lahat gaya noong bago mag-encrypt, at mababasa ito ng kahit sino. Susuriin muna ang naka-encrypt na database.
encryption-plainCopy = Narito pa ang hindi naka-encrypt na file mula noon: { $path }. Alisin ito kapag natiyak mo nang kumpleto at maayos ang lahat.
encryption-plainCopyRemove = Alisin ang hindi naka-encrypt na file
encryption-plainCopyRemoved = Naalis ang { $path }
encryption-plainBackups =
    { $count ->
        [one] Hindi naka-encrypt ang { $count } backup na ginawa bago mag-encrypt.
       *[other] Hindi naka-encrypt ang { $count } backup na ginawa bago mag-encrypt.
    }
backup-encrypted = Naka-encrypt
backup-plain = Hindi naka-encrypt
backup-keyLabel = Recovery key o passphrase ng database na pinagmulan nito
backup-keyHint = Naka-encrypt ang backup na ito gamit ang ibang key kaysa sa database na ito.

## Subscribed calendars (read-only calendars from webcal:// and https:// links)
subscribe-button = Mag-subscribe sa kalendaryo
subscribe-title = Mag-subscribe sa kalendaryo
subscribe-intro = Ang pampublikong kalendaryo ng isang katuwang, binabasa mula sa link nito at ipinapakita katabi ng inyong mga event sa sarili nitong kulay. Pagbasa lang ito: walang ibinabalik, at hindi ito kailanman ine-export o ibinabahagi bilang inyo. Binabasa ulit ito ng Campaign Desk tuwing ilang oras.
subscribe-url = Link ng kalendaryo
subscribe-urlHint = Nagsisimula sa webcal:// o https:// — sa Google Calendar, ang “pampublikong address sa iCal format”.
subscribe-name = Pangalan
subscribe-nameHint = Iwanang blangko para gamitin ang sariling pangalan ng kalendaryo.
subscribe-submit = Mag-subscribe
subscribe-busy = Binabasa ang kalendaryo…
subscribe-offered = Nagbukas kayo ng link ng kalendaryo. Mag-subscribe dito? Walang babasahin hangga't hindi ninyo pinipindot ang Mag-subscribe.
subscriptions-heading = Mga naka-subscribe na kalendaryo
subscriptions-events =
    { $count ->
        [one] { $count } event
       *[other] { $count } na event
    }
subscriptions-lastRead = nabasa { $when }
subscriptions-problem = Hindi nabasa { $when }: { $error }. Ang mga event na ipinapakita ay mula sa huling maayos na kopya.
subscriptions-refresh = I-refresh ngayon
subscriptions-refreshing = Nire-refresh…
subscriptions-remove = Alisin
subscriptions-removeHint = Alisin ang { $name } at ang mga event nito sa kalendaryo
subscriptions-from = Mula sa naka-subscribe na kalendaryo { $name }: pagbasa lang.
subscriptions-location = Lugar
subscriptions-notes = Mga tala

## CalDAV: changes a read-only calendar refused
calShare-refusedHeading = Mga pagbabagong tinanggihan ng server
calShare-refusedWhy = Read-only ang kalendaryong ito para sa account mo, kaya sa computer na ito lang mananatili ang mga pagbabagong ito. I-undo ang isang pagbabago para maibalik ang bersyon ng kalendaryo.
calShare-refusedNew = Bago rito: { $title }
calShare-refusedEdited = Binago rito: { $title }
calShare-refusedDeleted = Binura rito: { $title }
calShare-undo = I-undo ang pagbabago ko
calShare-undoing = Ina-undo…
calShare-undoneRestored = Naibalik na ang bersyon ng kalendaryo.
calShare-undoneRemoved = Inalis ang bagong aktibidad: wala ito kailanman sa kalendaryo.

## Sino ang darating: mga imbitasyon, sagot, at pagdalo

rsvpAnswer-invited = Wala pang sagot
rsvpAnswer-yes = Oo
rsvpAnswer-maybe = Baka
rsvpAnswer-no = Hindi
rsvpAnswer-no_answer = Hindi sumagot
attendance-unrecorded = —
attendance-came = Dumalo
attendance-absent = Hindi dumalo
who-open = Mga sagot at pagdalo…
who-invite = Mag-imbita ng mga organisasyon at tao…
who-section = Sino ang darating
who-title = Sino ang darating: { $title }
who-scope = Aling mga ulit
who-scope-this = Ang ulit na ito
who-scope-all = Lahat ng ulit
who-suggested = Hindi pa imbitado:
who-inviteCoOrganisers = Imbitahan ang { $count } co-organizer
who-add = Mag-imbita ng organisasyon o tao
who-addPlaceholder = Mag-type ng pangalan…
who-addNone = Wala nang iba sa direktoryo na may ganoong pangalan
who-kind-person = Tao
who-kind-organisation = Organisasyon
who-empty = Wala pang imbitado. Imbitahan ang mga co-organizer sa itaas, o sinuman sa direktoryo.
who-col-who = Sino
who-col-answer = Sagot
who-col-came = Dumalo?
who-col-notes = Mga tala
who-fromSeries = sagot para sa lahat ng ulit
who-answerFor = Sagot ng { $name }
who-cameFor = Dumalo ba ang { $name }?
who-notesFor = Mga tala tungkol sa { $name }
who-attendanceNeedsOccurrence = Itinatala ang pagdalo bawat ulit: piliin ang “Ang ulit na ito”.
who-remove = Alisin
who-removeFromSeries = Alisin sa lahat ng ulit
who-removeName = Alisin ang { $name }
who-removeTitle = Alisin ang { $name }?
who-removeBody = Mawawala ang sagot, pagdalo at mga tala ng { $name } para sa petsang ito.
who-removeSeriesBody = Inimbitahan ang { $name } sa lahat ng petsa: kapag inalis dito, aalisin ito sa lahat, kasama ang mga sagot.
who-followUp = Hindi pa sumasagot: { $count } imbitasyon
who-noContact = walang e-mail o telepono sa direktoryo
who-copyFollowUp = Kopyahin ang mga pangalan at contact
who-copied = Nakopya na
who-count-invited = { $count } imbitado
who-count-yes = { $count } oo
who-count-maybe = { $count } baka
who-count-no = { $count } hindi
who-count-waiting = { $count } naghihintay ng sagot
who-count-noAnswer = { $count } hindi sumagot
who-count-came = { $count } dumalo
who-count-didNotCome = { $count } hindi dumalo
who-reminders = Mga paalalang ipapadala
who-remindersAs = Isinulat para sa
who-message = Mensahe ng imbitasyon
who-messageHint = Isinulat mula sa mga template ng anunsyo, nasa sariling oras ng bawat imbitado. Kopyahin ito sa e-mail o chat.
who-remindersNone = Walang paalalang ipapadala: wala nang inaasahang imbitado.
who-reminder-day = isang araw bago
who-reminder-hour = isang oras bago
who-reminderDue = ipadala sa { $time } oras sa { $city }
who-reminderSent = Naipadala na
who-copy = Kopyahin
who-files = Mga imbitasyon sa calendar file
who-organizer = E-mail ng organizer sa imbitasyon
who-organizerPlaceholder = Iwanang blangko para sa pangunahing organisasyon
who-icsSave = I-save ang imbitasyon (.ics)…
who-icsSaveTitle = I-save ang imbitasyon
who-icsSaved = Na-save: imbitasyon mula kay { $organizer } para sa { $count } imbitado, sa lahat ng ulit.
who-icsWithoutEmail = Wala rito, dahil walang e-mail sa direktoryo: { $names }.
who-replyImport = Mag-import ng sagot (.ics)…
who-replyTitle = Piliin ang sagot sa imbitasyon
who-replyRecorded = { $name }: { $answer }.
who-campaignHeading = Sino ang darating
who-campaignTotals = Sa { $count } aktibidad nito:
who-campaignNone = Wala pang imbitado sa mga aktibidad ng kampanyang ito. Buksan ang isang aktibidad at piliin ang “Sino ang darating”.
who-campaignOccurrences = Binilang sa { $count } ulit, isang beses ang bawat imbitado sa bawat ulit.
# Polls (issue #18): find a time's poll mode
poll-button = Mga botohan
poll-title = Mga botohan
poll-none = Wala pang botohan. Sa Maghanap ng oras, lagyan ng tsek ang dalawa o tatlong mungkahi at magsimula ng botohan.
poll-open = Bukas
poll-closed = Sarado
poll-campaign = Kampanya: { $title }
poll-organisation = Organisasyon
poll-total = Mga sagot
poll-answer-yes = Oo
poll-answer-ifNeedBe = Kung kailangan
poll-answer-no = Hindi
poll-noAnswer = Walang sagot
poll-answerFor = Sagot ng { $org } para sa { $time }
poll-counts = { $yes } oo · { $maybe } kung kailangan · { $no } hindi
poll-winner = Napili
poll-chosen = Pinili
poll-leads = Napili: { $time } — { $rule }.
poll-chosenOn = Pinili: { $time }.
poll-waiting = Wala pang sagot: itala ang sagot ng bawat organisasyon sa bawat oras.
poll-rule-mostYes = pinakamaraming oo
poll-rule-fewestNo = kasindami ng oo ng ibang oras, pinakakaunting hindi
poll-rule-mostIfNeedBe = pantay sa oo at hindi, pinakamaraming “kung kailangan”
poll-rule-earliest = pantay sa lahat, kaya ang pinakamaaga
poll-rule-only = ang tanging oras na may sagot
poll-howWinner = Napipili ang may pinakamaraming oo, sunod ang pinakakaunting hindi, sunod ang pinakamaraming “kung kailangan”, at sa huli ang pinakamaaga.
poll-createEvent = Gawin ang aktibidad
poll-eventMade = Naging aktibidad na ang botohang ito: hanapin ito sa kalendaryo.
poll-delete = Burahin ang botohan
poll-deleteTitle = Burahin ang botohan?
poll-deleteBody = Burahin ang “{ $title }” kasama ang sagot ng bawat organisasyon? Mananatili sa kalendaryo ang aktibidad na ginawa mula rito.
findTime-addToPoll = Botohan
findTime-addToPollTitle = Isama ang oras na ito sa botohan (hanggang tatlo)
findTime-pollTitle = Pamagat ng botohan
findTime-pollDefaultTitle = Pulong ng koordinasyon
findTime-startPoll = Magsimula ng botohan sa { $count } oras
findTime-pollNeedsOrgs = Mga organisasyon ang tinatanong ng botohan: pumili ng kahit isa sa itaas.
findTime-pollPickTwo = Lagyan ng tsek ang dalawa o tatlong mungkahi sa “Botohan” para itanong sa mga organisasyon kung alin ang babagay sa kanila.
