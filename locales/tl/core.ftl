## Ang mga mensahe ng core, sa Tagalog (Filipino). Sanggunian: ../en/core.ftl (mga id at placeable); mga termino: GLOSSARY.md.
## Mga tagasalin: huwag baguhin ang id at ang bawat { $placeable }. Ang { $value } ay sipi ng itinype ng tao.
## Sumusunod ang bawat mensahe sa pangalan ng field (“Pamagat: …”), kaya nagsisimula ito sa maliit na titik.

## Mga pagsusuri ng field na pareho sa bawat form (src/validate.rs)

core-empty = dapat may laman
core-too-long = masyadong mahaba ({ $count } character, hanggang { $max } lang)
core-not-email = hindi email address ang “{ $value }” (dapat gaya ng name@example.org)
core-not-url = hindi web address ang “{ $value }” (dapat gaya ng https://example.org)
core-country-did-you-mean = hindi code ng bansa ang “{ $value }”; { $code } ({ $name }) ba ang ibig mong sabihin?
core-country-unknown = hindi code ng bansa ang “{ $value }”: gamitin ang dalawang-titik na ISO 3166 code (hal. PH para sa Pilipinas, NZ para sa New Zealand)
core-zone-empty = dapat may laman (isang IANA time zone gaya ng Asia/Manila)
core-zone-did-you-mean = hindi time zone ang “{ $value }” — { $suggestion } ba ang ibig mong sabihin?
core-zone-unknown = hindi time zone ang “{ $value }” (dapat IANA na pangalan gaya ng Asia/Manila)
core-not-date = hindi petsa ang “{ $value }” (dapat YYYY-MM-DD)
core-not-local-datetime = hindi lokal na petsa at oras ang “{ $value }” (dapat YYYY-MM-DDTHH:MM)
core-not-colour = hindi kulay ang “{ $value }” (dapat #rrggbb, hal. #2f6fdb)

## Mga kampanya, aktibidad at ang mga binagong ulit nito (src/domain/)

core-campaign-end-before-start = mas maaga ang petsa ng katapusan na { $end } kaysa sa petsa ng simula na { $start }
core-not-hashtag = hindi hashtag ang “{ $value }” (titik, digit at _ lang, walang espasyo)
core-hashtag-space = may espasyo o pangalawang “#” ang “{ $value }”
core-event-needs-link = kailangan ng online link ang kumpirmadong online o hybrid na aktibidad (o markahan itong pansamantala)
core-event-needs-zone = kailangan ng time zone ang aktibidad na may oras (isang IANA na pangalan gaya ng Asia/Manila)
core-reminder-too-early = puwede lang ang paalala hanggang 4 na linggo bago ang aktibidad
core-too-many-rdates = sobra ang { $count } dagdag na petsa: hanggang { $max } lang (gumamit ng patakaran ng pag-ulit)
core-last-day-before-first = mas maaga ang huling araw na { $end } kaysa sa unang araw na { $start }
core-end-before-start = mas maaga ang katapusan na { $end } kaysa sa simula na { $start }
core-change-needs-occurrence = dapat tukuyin ang ulit (ang orihinal nitong simula)
core-change-needs-start-and-end = kailangan ng inilipat na ulit ang bago nitong simula at bago nitong katapusan

## Mga tao, pahayag at Settings (src/domain/)

core-not-phone = hindi numero ng telepono ang “{ $value }” (digit, espasyo, + - ( ) lang)
core-not-language-tag = hindi language tag ang “{ $value }” gaya ng “es”, “fr-CA” o “tl”
core-not-locale = hindi language tag ang “{ $value }” (hal. en, fr-CA, tl)
core-backups-keep-range = dapat mula 1 hanggang 365
core-not-full-path = hindi buong path ng folder ang “{ $value }”
core-not-a-folder = wala ang { $path } o hindi ito folder
core-publish-folder-needed = piliin ang folder na paglalathalaan ng mga kalendaryo
core-template-empty = walang laman ang template ng { $platform } para sa { $lang }
core-template-too-long = masyadong mahaba ang template ng { $platform } para sa { $lang }

## Mga error na ipinapakita nang buo: talaang wala na, file na hindi sa atin (src/error.rs)
## Ang { $entity } ay isa sa (nasa Ingles pa): organisation, person, campaign, event, task, statement, approval,
## endorsement, announcement, sync account, sync link. Nasa Ingles pa ang { $reason }.

core-not-found = walang { $entity } { $id }
core-not-a-database = hindi SQLite database ang { $path } ({ $reason }); hindi ito ginalaw
core-foreign-database = SQLite database ng ibang application ang { $path }; hindi ito babaguhin ng Campaign Desk
core-database-too-new = isinulat ang { $path } ng mas bagong Campaign Desk (schema { $found }, hanggang { $known } lang ang alam ng bersyong ito); i-update ang app

## Mga talaang magkaugnay (src/store/)
## Ang { $id } ay numero ng talaan. Ang { $name }, { $title } at { $organisation } ay mga pangalang isinulat ng tao.

core-organisation-twice = dalawang beses nakalista ang organisasyon { $id }
core-organisation-name-taken = may organisasyon nang nagngangalang “{ $name }” (id { $id })
core-organisation-has-statements = naglabas, nag-apruba o nag-endorso ito ng { $count } pahayag; itinatago ang mga talaang iyon, kaya alisin muna ito sa mga iyon
core-person-has-statements = nag-endorso siya o siya ang contact ng { $count } pahayag; alisin muna siya roon
core-uid-taken = may aktibidad nang may UID na “{ $uid }”
core-not-an-occurrence = hindi ulit ng “{ $title }” ang “{ $value }”
core-not-an-occurrence-or-excluded = hindi ulit ng “{ $title }” ang “{ $value }” (o inalis na ito)
core-first-occurrence = iyan ang unang ulit: i-edit na lang ang buong serye
core-event-does-not-repeat = hindi umuulit ang aktibidad { $id }; i-edit mismo ang aktibidad

## Mga pahayag: rebisyon, pag-apruba, salin, sign-on (src/store/)

core-body-too-big = { $size } byte ito; hanggang { $max } lang ang kaya ng isang pahayag
core-no-revision = walang rebisyon { $revision } ang pahayag { $id }
core-revision-same-text = pareho ang teksto ng rebisyon { $revision } at ng kasalukuyan
core-already-approved = naaprubahan na ng { $organisation } ang rebisyon { $revision }
core-approval-withdrawn = binawi na ang pag-apruba ng { $organisation } sa rebisyon { $revision } ({ $at })
core-translation-same-language = nakasulat sa { $lang } ang pahayag; kailangan ng ibang wika ang salin
core-no-translation = walang salin sa { $lang } ang pahayag { $id }
core-already-endorsed = inendorso na nito ang pahayag na ito

## Pag-import ng calendar file (src/ics/import.rs). Nasa Ingles pa ang { $reason }.

core-ics-empty = walang laman ang file: walang kalendaryo rito
core-ics-unreadable = hindi ito iCalendar file ({ $reason })
core-ics-wrong-start = linya { $line }: hindi ito iCalendar file: dapat magsimula ito sa BEGIN:VCALENDAR, hindi sa “{ $found }”
core-ics-end-without-begin = linya { $line }: END:{ $name } na walang BEGIN; nilaktawan

## Pag-import ng direktoryo mula sa spreadsheet (src/csv_io.rs). Nasa Ingles pa ang { $reason }.

core-csv-no-name-column = walang column na nakatugma sa pangalan; itugma ang column na may mga pangalan
core-csv-mapping-length = { $mapped } column ang nakatugma pero { $columns } ang nasa file
core-csv-not-a-field = hindi field ang “{ $value }” (dapat isa sa { $fields })
core-csv-mapped-twice = dalawang column ang nakatugma sa { $field }
core-csv-unknown-organisation = wala sa direktoryo ang “{ $name }”; i-import o idagdag muna ang organisasyon
core-csv-not-utf8 = hindi mabasa ang CSV: hindi ito UTF-8 na teksto; i-save ito mula sa spreadsheet bilang “CSV UTF-8”
core-csv-unreadable = hindi mabasa ang CSV: { $reason }

## Pag-export at paglalathala ng mga kalendaryo (src/service/ics_export.rs)

core-export-no-campaign = walang kampanya { $id }
core-export-not-date = hindi petsa ang “{ $value }” (dapat YYYY-MM-DD)
core-export-range-backwards = dapat mas huli ang katapusan ng saklaw ng petsa kaysa sa simula nito
core-export-range-both-ends = ibigay ang parehong dulo ng saklaw ng petsa, ang simula at ang katapusan
core-publish-not-a-folder = hindi folder ang { $path }

## Pag-encrypt ng database, ang key nito at ang mga backup nito (src/encryption.rs, src/db_key/, src/backup.rs, src/store/cipher.rs)
## Ang { $path } ay path ng isang file; binibilang ng { $group } ang mga grupo ng apat ng recovery key mula 1.

core-already-encrypted = naka-encrypt na ang { $path }
core-database-missing-or-empty = wala ang { $path } o wala itong laman
core-plain-copy-in-the-way = naroon pa ang { $path } mula sa naunang conversion; ilipat ito o burahin muna
core-key-file-exists = mayroon nang { $path } (baka may key ito ng ibang database); magbigay ng bagong file
core-not-encrypted-encrypt-it = hindi naka-encrypt ang { $path }; i-encrypt ito gamit ang `campaign-desk db encrypt`
core-not-encrypted-encrypt-first = hindi naka-encrypt ang { $path }; i-encrypt muna ito
core-not-encrypted-copy-it = hindi naka-encrypt ang { $path }; kopyahin ito gamit ang `backup`
core-no-plain-copy = walang { $path } na aalisin
core-plain-copy-kept = hindi naka-encrypt ang { $path }, kaya itinatago ang kopya nitong hindi naka-encrypt; walang inalis
core-database-open-elsewhere = bukas ang { $path } sa ibang program (ang window ng Campaign Desk?); isara ito at patakbuhin ulit ito — walang binago
core-database-exists = mayroon nang { $path }; walang binago
core-not-encrypted = hindi naka-encrypt ang { $path }
core-recovery-key-shape = ang recovery key ay 14 na grupo ng tig-4 na titik at numero
core-recovery-typed-bad-character = hindi ito ang recovery key ayon sa pagkakasulat: may character sa grupo { $group } na hindi titik o numerong 2–7
core-recovery-typed-checksum = hindi ito ang recovery key ayon sa pagkakasulat: hindi tugma ang checksum nito; ihambing ang bawat grupo sa nakasulat na kopya
core-type-passphrase = i-type ang passphrase
core-type-key = i-type ang recovery key o ang passphrase
core-wrong-recovery-key = hindi nabubuksan ng recovery key na ito ang database; walang binago. Ihambing ito sa nakasulat na kopya
core-wrong-passphrase = maling passphrase: hindi nito nabubuksan ang database; walang binago
core-passphrase-too-short = kailangan ng passphrase ng kahit { $min } character; pinakamadali ang ilang salita
core-passphrase-raw-form = hindi puwedeng magsimula ang passphrase sa x' (ang anyo ng raw key ng SQLCipher)
core-file-exists-choose-another = mayroon nang { $path }; pumili ng bagong pangalan ng file
core-not-a-file = wala ang { $path } o hindi ito file
core-path-not-utf8 = hindi UTF-8 na path ang { $path } na maibibigay sa SQLite
core-not-a-file-name = hindi pangalan ng file ang { $path }
core-key-file-unreadable = naka-encrypt ang { $path } at hindi mabasa ang key file nitong { $file } (itinuro ng { $variable }): { $reason }; walang binago
core-key-not-in-keyring = naka-encrypt ang { $path }; wala sa keyring ang key nito. Isulat ang recovery key nito (o passphrase: saka ang passphrase) sa isang file at ituro ang file na iyon sa { $variable }; walang binago
core-keyring-unavailable = naka-encrypt ang { $path } at hindi mahingan ng key nito ang keyring ({ $reason }). I-unlock ang keyring, o isulat ang recovery key sa isang file at ituro ang file na iyon sa { $variable }; walang binago
core-key-not-saved = hindi ma-save ang key sa keyring ({ $reason }); walang binago. Sa computer na walang keyring, magturo ng bagong file para sa key sa { $variable }
core-key-file-for-plain-database = hindi naka-encrypt ang { $path }, pero may key para rito na itinuturo ng { $variable }; i-encrypt ito gamit ang `campaign-desk db encrypt`, o alisin ang { $variable } para gamitin ito nang ganito; walang binago
core-key-for-plain-database = hindi naka-encrypt ang { $path }, pero may ibinigay na key para rito; i-encrypt ito gamit ang `campaign-desk db encrypt`
core-no-key-given = naka-encrypt ang { $path } (o hindi ito SQLite file) at walang ibinigay na key para rito; hindi ito ginalaw
core-key-refused = hindi tinanggap ng SQLCipher ang key (SQLite code { $code })
core-backup-other-key-than-given = naka-encrypt ang { $path } gamit ang ibang key kaysa sa ibinigay; ibigay ang recovery key o passphrase ng database na pinagmulan nito. Walang binago
core-backup-other-key-than-this = naka-encrypt ang { $path } gamit ang ibang key kaysa sa key ng database na ito; ibigay ang recovery key o passphrase ng database na pinagmulan nito. Walang binago
core-backup-encrypted-database-plain = naka-encrypt ang { $path } pero hindi ang database na ito; ibigay ang recovery key o passphrase ng database na pinagmulan nito. Walang binago

## Mga petsa at oras na itinype ng tao (src/calendar/zones.rs, src/service/)
## Ang { $value } ay ang itinype na lokal na oras; sinasabi ng { $day }, { $from } at { $to } kung saan tumatalon ang orasan.

core-dst-gap = walang { $value } sa { $zone }: sa { $day } tumatalon ang orasan mula { $from } papuntang { $to } (daylight saving); pumili ng oras na wala sa puwang na iyon
core-not-a-date = hindi petsa ang “{ $value }”
core-until-not-a-date = hindi petsa ang UNTIL na “{ $value }”
core-move-too-far = paglipat na higit sa 100 taon
core-all-day-same-everywhere = buong-araw ang aktibidad { $id }: pareho ang mga petsa nito sa bawat time zone

## Mga aktibidad at ang mga serye nila (src/store/, src/service/). Nasa Ingles pa ang { $reason }.

core-event-extra-dates-only = umuulit lang ang aktibidad { $id } sa mga dagdag na petsa, walang patakarang mahahati; i-edit na lang ang mga petsa nito
core-event-not-expandable = hindi makalkula ang mga ulit ng aktibidad { $id } (“{ $title }”): { $reason }
core-event-no-start-date = walang petsa ng simula ang aktibidad { $id } (“{ $value }”)
core-event-problem = aktibidad { $id }: { $reason }
core-campaign-problem = kampanya { $id }: { $reason }
core-expanding-failed = hindi nakalkula ang kalendaryo
core-uid-refused-not-stored = tinanggihan bilang bago ang aktibidad na “{ $uid }” pero hindi ito naka-save

## Mga anunsyo (src/service/announce.rs). Ang { $part } ay start, end o zone.

core-not-an-announcement-language = hindi wika ng anunsyo ang “{ $value }” (en, es, fr, id, tl)
core-no-occurrence-at = walang ulit ang “{ $title }” na nagsisimula sa { $at }
core-occurrence-cancelled = kanselado ang ulit na iyon ng “{ $title }”
core-nothing-to-announce = walang ulit ang “{ $title }” na maiaanunsyo
core-occurrence-unreadable = { $part ->
    [start] hindi mabasa ang simula ng isang ulit ng “{ $title }”
    [end] hindi mabasa ang katapusan ng isang ulit ng “{ $title }”
   *[other] hindi mabasa ang time zone ng isang ulit ng “{ $title }”
}

## Mga pahayag: paglalathala, salin, sign-on, export (src/store/, src/statement_export/)
## Inililista ng { $has } ang mga language tag (es, fr).

core-publish-needs-issuer = idagdag ang organisasyong naglalabas bago ilathala
core-approvals-outdated = para sa rebisyon { $approved } ang mga pag-apruba; rebisyon { $revision } na ang teksto ngayon: magtala muna ng pag-apruba nito
core-not-approved-yet = wala pang organisasyong nag-apruba ng teksto (rebisyon { $revision })
core-translation-too-big = { $size } byte ito; hanggang { $max } lang ang kaya ng isang salin
core-endorser-one-of = pumili ng organisasyon o ng tao, isa lang
core-post-one-language = iisang wika lang ang isang post: piliin ito
core-no-translation-none = walang salin sa { $lang } ang pahayag { $id }; wala itong kahit isang salin
core-no-translation-has = walang salin sa { $lang } ang pahayag { $id }; mayroon ito sa: { $has }

## Paghahanap ng oras (src/calendar/find_time/, src/service/find_time.rs)

core-find-time-nobody = pumili ng kahit isang organisasyon, tao o time zone
core-find-time-length = tumatagal ang pulong nang 1 minuto hanggang 24 oras, sa buong minuto
core-find-time-step = 5 minuto hanggang 24 oras ang pagitan ng mga posibleng simula
core-find-time-days = maghanap nang 1 hanggang { $max } araw pasulong
core-find-time-organisation-zone = walang time zone ang organisasyong “{ $name }” ({ $id }): lagyan ito gamit ang `org edit { $id } --zone …`, o huwag itong isama at ibigay ang time zone nito gamit ang --zones
core-find-time-person-zone = walang time zone si { $name } ({ $id }) (wala rin ang organisasyon niyang “{ $organisation }”): ibigay na lang ang time zone niya gamit ang --zones
core-find-time-person-no-organisation = walang time zone si { $name } ({ $id }) (hindi siya kasapi ng anumang organisasyon): ibigay na lang ang time zone niya gamit ang --zones

## Pagbabahagi sa CalDAV server at pag-subscribe sa mga kalendaryo (src/sync/, src/store/sync.rs, src/store/subscriptions.rs)
## Ang { $url } ay address ng kalendaryo; numero ang { $link } at { $id }; ang { $variable } ay pangalan ng environment variable.

core-sync-password-in-address = ibigay ang user name gamit ang --user at ang password nang hiwalay, hindi sa address
core-sync-not-a-server-address = hindi address ng server ang “{ $value }”: magbigay ng gaya ng https://cloud.example.org/remote.php/dav
core-sync-password-how = ibigay ang password gamit ang --password-stdin (o sa { $variable } para sa isang takbo)
core-sync-password-needed = ibigay ang password (o app password) ng account na ito
core-sync-user-needed = ibigay ang user name sa server
core-sync-no-account = wala pang CalDAV account: magdagdag gamit ang `sync account add`
core-sync-which-account = may { $count } account: sabihin kung alin gamit ang --account ID
core-sync-campaign-shared = ibinabahagi na ang kampanya { $id } sa { $url } (link { $link })
core-sync-calendar-shared = ibinabahagi na ang { $url } sa kampanya { $id } (link { $link })
core-sync-not-a-calendar = hindi address ng kalendaryo ang “{ $value }”
core-sync-calendar-name-needed = bigyan ng pangalan ang bagong kalendaryo
core-sync-nothing-shared = wala pang ibinabahaging kampanya: mag-link ng isa gamit ang `sync link`
core-sync-conflict-resolved = naayos na ang conflict na ito
core-sync-no-conflict = walang sync conflict ang aktibidad { $id } (tingnan ang `sync conflicts`)
core-sync-nothing-to-undo = walang pagbabagong tinanggihan ng server ang aktibidad { $id }: walang ia-undo (tingnan ang `sync status`)
core-sync-undo-in-conflict = may conflict ang aktibidad { $id } sa bersyon ng server: ayusin ito gamit ang `sync resolve`
core-sync-undo-unknown = hindi pa alam dito ang bersyon ng server ng aktibidad { $id }: patakbuhin ang `sync run`, saka mag-undo
core-sync-account-exists = naidagdag na ang account na ito (account { $id })
core-already-subscribed-as = naka-subscribe ka na sa kalendaryong ito bilang “{ $name }” ({ $id })

## Ang teksto ng command line para sa mga tao (src/bin/campaign-desk/). Hindi isinasalin ang `--json`.
## Hindi binabago ang mga command, flag at value sa loob ng `backtick` o kasunod ng --.

core-cli-database-ready = Handa na ang database sa { $path } (bersyon ng schema { $version })
core-cli-demo-loaded = Na-load ang demo data: naidagdag ang { $organisations } organisasyon, { $people } tao, { $campaigns } kampanya, { $events } aktibidad at { $statements } pahayag
core-cli-backed-up = Na-backup sa { $path }
core-cli-restored = Naibalik ang { $path }; na-save ang dating laman sa { $saved }
core-cli-org-created = Nagawa ang organisasyon { $id } ({ $name })
core-cli-org-updated = Na-update ang organisasyon { $id } ({ $name })
core-cli-org-deleted = Binura ang organisasyon { $id }
core-cli-person-created = Nagawa ang tao { $id } ({ $name })
core-cli-person-updated = Na-update ang tao { $id } ({ $name })
core-cli-person-deleted = Binura ang tao { $id }
core-cli-no-organisations = Wala pang organisasyon. Magdagdag gamit ang `campaign-desk org add --name NAME`.
core-cli-no-people = Wala pang tao. Magdagdag gamit ang `campaign-desk person add --name NAME`.
core-cli-row-skipped = row { $line }: nilaktawan, { $reason }
core-cli-row-skipped-duplicate = row { $line }: nilaktawan, duplicate
core-cli-csv-dry-run = { $new } bago, { $duplicates } duplicate, { $errors } may error; subok lang, walang isinulat
core-cli-csv-imported = { $new } bago, { $duplicates } duplicate, { $errors } may error; { $created } ang nagawa
core-cli-csv-written = Naisulat ang { $rows } row sa { $path }
core-cli-campaign-created = Nagawa ang kampanya { $id } ({ $title })
core-cli-campaign-updated = Na-update ang kampanya { $id } ({ $title })
core-cli-campaign-deleted = Binura ang kampanya { $id } at ang mga aktibidad nito
core-cli-no-campaigns = Wala pang kampanya. Magdagdag gamit ang `campaign-desk campaign add --title T --kind KIND --start DATE --end DATE`.
core-cli-heading-organisations = Mga organisasyon
core-cli-heading-events = Mga aktibidad
core-cli-plan-created = Nagawa ang kampanya { $id } “{ $title }” ({ $start } – { $end }) na may { $events } aktibidad at { $tasks } gawain
core-cli-event-created = Nagawa ang aktibidad { $id } ({ $title })
core-cli-event-updated = Na-update ang aktibidad { $id } ({ $title })
core-cli-event-deleted = Binura ang aktibidad { $id }
core-cli-no-events = Wala pang aktibidad. Magdagdag gamit ang `campaign-desk event add --title T --date DATE`.
core-cli-series-split = Hinati ang serye: nagtatapos ang aktibidad { $id } bago ang { $at }; doon nagsisimula ang aktibidad { $new }
core-cli-task-added = Idinagdag ang gawain { $id } sa kampanya { $campaign }: { $title }
core-cli-task-done = Tapos na ang gawain { $id }: { $title }
core-cli-task-reopened = Binuksan ulit ang gawain { $id }: { $title }
core-cli-task-deleted = Binura ang gawain { $id }
core-cli-no-tasks = Wala pang gawain.
core-cli-statement-created = Nagawa ang pahayag { $id } ({ $title })
core-cli-statement-at-revision = Nasa rebisyon { $revision } ang pahayag { $id } ({ $status })
core-cli-statement-deleted = Binura ang pahayag { $id }
core-cli-no-statements = Wala pang pahayag. Magsimula gamit ang `campaign-desk statement new --title T`.
core-cli-translation-saved = Na-save ang salin sa { $lang } ng pahayag { $id } (napapanahon sa rebisyon { $revision })
core-cli-translation-saved-outdated = Na-save ang salin sa { $lang } ng pahayag { $id } (luma na: nagbago ang orihinal mula sa rebisyon { $revision })
core-cli-approved = Inaprubahan ng { $organisation } ang rebisyon { $revision } ng pahayag { $id }
core-cli-endorsed = Inendorso ng { $name } ang pahayag { $id } ({ $count } endorsement)
core-cli-wrote-file = Naisulat ang { $path } ({ $size } byte)
core-cli-nothing-between = Walang anuman mula { $from } hanggang { $to }.
core-cli-occurrence-changed = Binago ang ulit na { $at } ng aktibidad { $id } ({ $title })
core-cli-ics-written = Naisulat ang { $events } aktibidad sa { $path }
core-cli-ics-summary = { $new } bago, { $updated } na-update, { $unchanged } walang pagbabago, { $skipped } nilaktawan, { $errors } error; { $verdict ->
    [imported] na-import
    [dry_run] subok lang, walang isinulat
   *[nothing] walang isinulat
}
core-cli-announcement-saved = (na-save bilang anunsyo { $id } ng kampanya { $campaign })
core-cli-subscribed = Naka-subscribe sa “{ $name }” ({ $events } aktibidad) bilang subscription { $id }: { $url }
core-cli-no-subscriptions = Walang subscription. Magdagdag gamit ang `campaign-desk subscribe URL`.
core-cli-subscription-refreshed = { $name }: { $events } aktibidad
core-cli-subscription-not-refreshed = { $name }: hindi na-refresh ({ $reason }); nananatili ang huling kopya ({ $events } aktibidad)
core-cli-subscription-updated = Ang subscription { $id } ay “{ $name }” na kulay { $colour }
core-cli-subscription-removed = Inalis ang subscription { $id } (“{ $name }”) kasama ang { $events } aktibidad nito
core-cli-nothing-found = Walang nahanap para sa “{ $query }”
core-cli-all-day = { $day } (buong araw)
core-cli-all-days = { $start } – { $end } (buong araw)
core-cli-heading-approvals = Mga pag-apruba
core-cli-approval = rebisyon { $revision }: { $organisation }
core-cli-approval-older = rebisyon { $revision }: { $organisation }  (lumang teksto)
core-cli-heading-withdrawn-approvals = Mga binawing pag-apruba
core-cli-approval-withdrawn = rebisyon { $revision }: { $organisation } (inaprubahan { $approved }, binawi { $withdrawn })
core-cli-heading-translations = Mga salin
core-cli-translation-up-to-date = { $lang }: { $title } (mula sa rebisyon { $revision }, napapanahon)
core-cli-translation-outdated = { $lang }: { $title } (mula sa rebisyon { $revision }, luma na)
core-cli-heading-endorsements = Mga endorsement ({ $count })

## Ang mga pangalan ng column at field ng command line (malalaking titik sa mga table)

core-cli-label-also-on = pati sa
core-cli-label-asleep = tulog
core-cli-label-campaign = kampanya
core-cli-label-city = lungsod
core-cli-label-colour = kulay
core-cli-label-country = bansa
core-cli-label-date-line = lugar at petsa
core-cli-label-dates = mga petsa
core-cli-label-description = paglalarawan
core-cli-label-done = tapos
core-cli-label-due = takdang petsa
core-cli-label-email = email
core-cli-label-endorsed = endorsement
core-cli-label-event = aktibidad
core-cli-label-events = mga aktibidad
core-cli-label-except = maliban sa
core-cli-label-from = mula
core-cli-label-hashtags = hashtag
core-cli-label-id = id
core-cli-label-in = sa
core-cli-label-issuers = naglabas
core-cli-label-kind = uri
core-cli-label-language = wika
core-cli-label-languages = mga wika
core-cli-label-last-read = huling nabasa
core-cli-label-line = linya
core-cli-label-location = lugar
core-cli-label-mode = paraan
core-cli-label-name = pangalan
core-cli-label-notes = mga tala
core-cli-label-online = online
core-cli-label-organisation = organisasyon
core-cli-label-orgs = org
core-cli-label-owner = may hawak
core-cli-label-phone = telepono
core-cli-label-problem = problema
core-cli-label-published = nailathala
core-cli-label-register = pagpaparehistro
core-cli-label-repeats = umuulit
core-cli-label-result = resulta
core-cli-label-rev = reb.
core-cli-label-revision = rebisyon
core-cli-label-role = papel
core-cli-label-score = iskor
core-cli-label-short = daglat
core-cli-label-short-name = daglat
core-cli-label-socials = social media
core-cli-label-start = simula
core-cli-label-status = status
core-cli-label-summary = buod
core-cli-label-title = pamagat
core-cli-label-to = hanggang
core-cli-label-uid = uid
core-cli-label-url = url
core-cli-label-website = website
core-cli-label-when = kailan
core-cli-label-working = trabaho
core-cli-label-zone = time zone

## Ang mga pagsusuri ng command line sa mga argumento nito (src/bin/campaign-desk/)

core-cli-window-backwards = nagtatapos ang saklaw ({ $to }) bago ito magsimula ({ $from })
core-cli-announcement-needs-campaign = hindi kabilang sa anumang kampanya ang aktibidad na ito: itinatago ang mga anunsyo kasama ng kampanya
core-cli-not-an-organisation-id = hindi id ng organisasyon ang “{ $value }”
core-cli-csv-not-utf8 = hindi UTF-8 na teksto ang { $path }; i-save ito mula sa spreadsheet bilang “CSV UTF-8”
core-cli-not-org-role = hindi ORG_ID:ROLE ang “{ $value }” (hal. 3:lead)
core-cli-kind-needed = dapat ibigay (hal. --kind solidarity_month)
core-cli-not-a-scope = hindi isa sa mga ito ang “{ $value }”: this, following
core-cli-nothing-to-change = walang babaguhin: ibigay ang --title, --body-file o --status
core-cli-translation-needs-title = kailangan ng bagong salin ang --title
core-cli-not-for-a-terminal = hindi para sa terminal ang { $format } file: idagdag ang -o FILE
core-cli-no-password-on-stdin = walang password sa standard input
core-cli-calendar-or-create = ibigay ang --calendar URL o --create NAME
core-cli-campaign-not-shared = hindi ibinabahagi ang kampanya { $id }
core-cli-link-or-campaign = ibigay ang --link ID o --campaign ID

## Ang mga command na `db` ng command line (src/bin/campaign-desk/db.rs).

core-cli-db-plain-removed = Inalis ang kopyang hindi naka-encrypt na { $path } (sa SSD, puwedeng manatili sa disk ang mga lumang block nito hanggang magamit ulit)
core-cli-db-plain-copy-warning = babala: HINDI naka-encrypt ang { $path }: mababasa ng sinumang makakuha ng file na ito ang bawat pangalan, numero ng telepono at pahayag dito. Burahin ito kapag tapos ka na.
core-cli-db-plain-copy-written = Naisulat ang kopyang hindi naka-encrypt sa { $path } ({ $tables } table, { $rows } row)
core-cli-db-encrypted = naka-encrypt ang { $path }
core-cli-db-key-opens = Key: { $place ->
    [keyring] nasa keyring
    [nowhere] isang passphrase
   *[file] nasa { $file }
} (nabubuksan nito ang database)
core-cli-db-key-problem = Key: { $problem }
core-cli-db-key-not-found = Key: hindi nahanap
core-cli-db-plain-copy-left = May kopyang hindi naka-encrypt pa sa { $path }; alisin ito gamit ang `db encrypt --confirm-remove-plain`
core-cli-db-done = { $action ->
    [encrypted] Na-encrypt ang
   *[rekeyed] Pinalitan ang key ng
} { $path } ({ $tables } table, { $rows } row ang nasuri); ang key ay { $place ->
    [keyring] nasa keyring
    [nowhere] isang passphrase
   *[file] nasa { $file }
}
core-cli-db-recovery-key = Recovery key — isulat o i-print ito at itago nang ligtas; ngayon lang ito ipapakita:
core-cli-db-recovery-key-why = Kung wala ito at nawala ang keyring, hindi na mabubuksan ang database.
core-cli-db-plain-file-kept = Itinatago ang file na hindi naka-encrypt bilang { $path }: kapag gumagana na ang naka-encrypt na database, alisin ito gamit ang `campaign-desk db encrypt --confirm-remove-plain`
core-cli-db-plain-backups-left = Babala: hindi naka-encrypt ang { $count } lumang backup sa { $folder }; burahin ang mga ito kapag hindi mo na kailangan
## Sino ang darating: mga imbitasyon, sagot, at pagdalo

core-invitee-one-of = pumili ng isang organisasyon o isang tao (isa lang sa dalawa)
core-invite-nobody = pumili ng kahit isang organisasyon o taong iimbitahan
core-invitation-nothing-to-change = maglagay ng sagot, pagdalo, o tala na itatala
core-attendance-needs-occurrence = itinatala ang pagdalo sa isang ulit lang: piliin kung aling ulit
core-invitation-event-does-not-repeat = hindi umuulit ang aktibidad { $id }: para sa buong aktibidad ang mga imbitasyon nito (huwag pumili ng ulit)
core-not-invited = hindi imbitado roon ang { $name }
core-reply-unknown-event = walang aktibidad dito na may calendar identifier na “{ $uid }” na sinasagot ng reply na ito
core-reply-not-a-reply = hindi sagot sa imbitasyon ang file na ito (METHOD:{ $method }; dapat METHOD:REPLY)
core-reply-no-attendee = walang binanggit na dadalo ang sagot
core-reply-unknown-attendee = sumagot si { $email }, pero walang imbitado sa aktibidad na ito na may ganoong e-mail
core-reply-unknown-answer = hindi sagot sa imbitasyon ang “{ $value }” (dapat ACCEPTED, TENTATIVE, o DECLINED)
core-invitation-no-organizer = kailangan ng imbitasyon ang organizer na may e-mail: magbigay ng isa (--organizer-email), o itala ang e-mail ng pangunahing organisasyon ng aktibidad
core-invitation-nobody-invited = wala pang imbitado sa lahat ng ulit ng “{ $title }”: mag-imbita muna
core-reminders-need-occurrence = ipinapadala ang paalala bago ang isang ulit: piliin kung aling ulit
core-invitation-nobody = wala pang imbitado sa “{ $title }”: mag-imbita muna, ibinibigay ng mensahe ang oras sa sariling orasan ng bawat isa
core-no-reminder-for = walang ganoong paalala si { $name } para sa ulit na ito (hindi imbitado, o tumanggi)
core-reminder-day = Paalala: bukas na ito.
core-reminder-hour = Paalala: magsisimula ito sa loob ng isang oras.
# An organisation's own day (find a time)
core-hours-not-range = ang '{ $value }' ay hindi saklaw ng oras gaya ng 09:00-18:00
core-hours-empty = walang laman ang { $start } hanggang { $end }: magbigay ng dalawang magkaibang oras
core-days-not-set = ang '{ $value }' ay hindi hanay ng mga araw gaya ng mon-fri, sun-thu, mon,wed,fri o all
core-hours-overlap = nagsasalubong ang oras ng trabaho { $working } at oras ng tulog { $asleep } (sa { $at }): walang nagtatrabahong tulog
core-invitation-no-addresses = walang e-mail sa direktoryo ang sinuman sa mga imbitado ({ $names }): hindi sila mapapadalhan ng imbitasyon ng kalendaryo

## Mga botohan sa mga posibleng oras (src/domain/poll.rs, src/store/polls.rs, src/service/polls.rs)

core-poll-instant-no-offset = walang offset ang “{ $value }”: idagdag ang Z para sa UTC o ang offset, hal. { $value }Z o { $value }+08:00
core-poll-not-an-instant = hindi petsa at oras ang “{ $value }” (gaya ng 2027-03-04T14:00Z)
core-poll-length = tumatagal ang pulong nang 1 minuto hanggang 24 oras
core-poll-no-organisations = piliin ang mga organisasyong tatanungin
core-poll-too-many-organisations = hanggang { $max } organisasyon lang ang matatanong sa isang botohan
core-poll-slot-twice = dalawang beses ibinigay ang { $value }
core-poll-too-few-slots = magbigay ng kahit dalawang posibleng oras, kung hindi ay walang mapagpipilian
core-poll-too-many-slots = hanggang { $max } posibleng oras lang ang isang botohan
core-poll-closed-no-answers = isinara ang botohan { $poll } noong { $closed }: hindi na ito tumatanggap ng sagot
core-poll-not-its-slot = hindi kabilang ang oras { $slot } sa mga oras ng botohan { $poll }
core-poll-organisation-not-asked = hindi tinanong ang organisasyon { $organisation } sa botohan { $poll } “{ $title }”
core-poll-already-closed = naisara na ang botohan { $poll } noong { $closed }
core-poll-already-closed-on-slot = naisara na ang botohan { $poll } noong { $closed }, sa oras { $slot }
core-poll-already-closed-event = naisara na ang botohan { $poll } noong { $closed }, sa oras { $slot }; naging aktibidad { $event } na ito
core-poll-no-answers-yet = wala pang sagot ang botohan { $poll }: itala ang mga ito gamit ang `poll answer`, o pangalanan ang oras gamit ang --slot
core-poll-closed-on-other-slot = isinara ang botohan { $poll } sa oras { $chosen }, hindi sa { $slot }
core-poll-still-open = bukas pa ang botohan { $poll }: isara muna ito sa isang oras
core-poll-already-an-event = naging aktibidad { $event } na ang botohan { $poll }
core-not-a-length = hindi haba ng oras ang “{ $value }” (gaya ng 90m, 1h30m o 1:30)
core-not-a-start-time = hindi oras ng simula ang “{ $value }”
core-sync-task-unreadable = hindi mabasa ang bersyon ng server ng gawaing ito: { $reason }

## Umuulit na aktibidad: ang patakaran ng pag-ulit (RRULE), ang dagdag at nilaktawang petsa (src/calendar/recurrence.rs)

core-rrule-bad-character = hindi patakaran ng pag-ulit ang “{ $value }”: walang lugar dito ang “{ $character }”
core-rrule-interval = hindi bilang ng pagitan mula 1 hanggang { $max } ang INTERVAL={ $value }
core-rrule-all-day-sub-daily = umuulit nang hindi hihigit sa isang beses bawat araw ang buong-araw na aktibidad: kailangan ng oras ng simula ang FREQ={ $value }
core-rrule-until-not-date = hindi petsa (YYYYMMDD) o oras sa UTC (YYYYMMDDTHHMMSSZ) ang UNTIL={ $value }
core-rrule-until-not-utc = hindi oras sa UTC (YYYYMMDDTHHMMSSZ) ang UNTIL={ $value }
core-rrule-until-not-local = hindi lokal na oras (YYYYMMDDTHHMMSS) ang UNTIL={ $value }
core-rrule-never-in-month = walang araw na { $days } sa { $month ->
        [1] Enero
        [2] Pebrero
        [3] Marso
        [4] Abril
        [5] Mayo
        [6] Hunyo
        [7] Hulyo
        [8] Agosto
        [9] Setyembre
        [10] Oktubre
        [11] Nobyembre
        [12] Disyembre
       *[other] buwang iyon
    }: hindi kailanman uulit ang patakarang ito
core-rrule-never-in-months = walang araw na { $days } sa alinman sa mga buwan nito (BYMONTH={ $months }): hindi kailanman uulit ang patakarang ito
core-rrule-matches-no-date = walang petsang tumutugma sa lahat ng bahagi ng { $value }: hindi kailanman uulit ang patakarang ito
core-rrule-extra-not-date = hindi petsa ang dagdag na petsang “{ $value }” (dapat YYYY-MM-DD)
core-rrule-excluded-not-date = hindi petsa ang nilaktawang petsang “{ $value }” (dapat YYYY-MM-DD)
core-rrule-extra-not-local = hindi lokal na petsa at oras ang dagdag na petsang “{ $value }” (dapat YYYY-MM-DDTHH:MM)
core-rrule-excluded-not-local = hindi lokal na petsa at oras ang nilaktawang petsang “{ $value }” (dapat YYYY-MM-DDTHH:MM)
core-rrule-count-not-number = hindi numero ang COUNT={ $value }
core-rrule-not-inside-series = wala sa loob ng serye ang ulit na iyon
core-rrule-unreadable = hindi patakaran ng pag-ulit ang “{ $value }”: { $reason }
core-rrule-cannot-repeat = hindi puwedeng umulit ang “{ $value }” mula sa simulang ito: { $reason }
core-rrule-crate-failed = hindi mabasa ng kalendaryong ito ang patakaran ng pag-ulit na “{ $value }”

## Sariling araw ng organisasyon (src/calendar/find_time/hours.rs, src/service/find_time.rs)
core-hours-out-of-day = dapat nasa pagitan ng 00:00 at 23:59 ang oras
core-hours-overlap-for = nagsasalubong ang oras ng trabaho { $working } at oras ng tulog { $asleep } (sa { $at }): walang nagtatrabahong tulog ({ $who })

## Ang mga utos na `poll` ng command line (src/bin/campaign-desk/polls.rs)
core-cli-poll-created = Ginawa ang botohan { $id } ({ $title }) na may { $count } posibleng oras
core-cli-poll-answer-recorded = Naitala ang sagot ng { $who } para sa oras { $slot }: { $answer }
core-cli-poll-closed = Isinara ang botohan { $id } sa oras { $slot }
core-cli-poll-event-created = Ginawa mula rito ang aktibidad { $event } (online, pansamantala hangga't wala pa ang link nito)
core-cli-poll-minutes-short = { $count } min
core-cli-poll-minutes = { $count } minuto
core-cli-poll-open = bukas
core-cli-poll-closed-on-slot = sarado sa oras { $slot }
core-cli-poll-closed-at = isinara noong { $at } sa oras { $slot }
core-cli-no-polls = Wala pang botohan. Magsimula ng isa gamit ang `campaign-desk poll new --title T --with ORG,ORG --length 90m --slot … --slot …`.
core-cli-poll-yes = oo
core-cli-poll-if-need-be = kung kailangan
core-cli-poll-no = hindi
core-cli-poll-chosen-mark = (napili)
core-cli-poll-how-winner = Napipili ang may pinakamaraming oo, sunod ang pinakakaunting hindi, sunod ang pinakamaraming kung kailangan, at sa huli ang pinakamaaga.
core-cli-poll-state-working = (nagtatrabaho)
core-cli-poll-state-awake = (gising)
core-cli-poll-state-asleep = (tulog)
core-cli-label-length = haba
core-cli-label-poll = botohan
core-cli-label-slot = oras
core-cli-label-state = kalagayan

## Ang `invite`, `rsvp`, `attendance`, `invitations` at `reminders` ng command line (src/bin/campaign-desk/invitations.rs)
core-cli-invited = { $count } ang naimbitahan ({ $already } ang imbitado na dati)
core-cli-invitation-written = Isinulat ang imbitasyon sa { $path } mula kay { $organizer }
core-cli-invitation-attendees = Imbitado rito: { $names }
core-cli-invitation-without-email = Wala rito dahil walang e-mail address sa direktoryo: { $names }
core-cli-reply-recorded = { $title }: sumagot si { $name } ng { $answer }
core-cli-reply-recorded-occurrence = { $title } (ang ulit sa { $occurrence }): sumagot si { $name } ng { $answer }
core-cli-came = dumalo
core-cli-did-not-come = hindi dumalo
core-cli-rsvp-invited = imbitado
core-cli-rsvp-yes = oo
core-cli-rsvp-maybe = baka
core-cli-rsvp-no = hindi
core-cli-rsvp-no-answer = hindi sumagot
core-cli-all-occurrences = lahat ng ulit
core-cli-the-occurrence = ang ulit sa { $occurrence }
core-cli-nobody-invited = Wala pang imbitado.
core-cli-no-answer-yet = Wala pang sagot: { $names }
core-cli-not-invited-yet = Hindi pa imbitado: { $names }
core-cli-invitee-person-of = tao, { $organisation }
core-cli-invitee-person = tao
core-cli-invitee-organisation = organisasyon
core-cli-invitation-counts = { $invited } imbitado: { $yes } oo, { $maybe } baka, { $no } hindi, { $waiting } naghihintay ng sagot, { $no_answer } hindi sumagot; { $came } dumalo, { $did_not_come } hindi dumalo
core-cli-no-reminders = Walang paalalang ipapadala: wala nang imbitadong inaasahang darating.
core-cli-reminder-sent = naipadala { $at }
core-cli-reminder-to-send = ipapadala pa
core-cli-reminder-kind-day = isang araw bago
core-cli-reminder-kind-hour = isang oras bago
core-cli-reminder-due = takda { $at } { $zone }
core-cli-label-answer = sagot
core-cli-label-came = dumalo
core-cli-label-who = sino

## Ang `find-time` ng command line (src/bin/campaign-desk/find_time.rs)
core-cli-find-time-searched = Mga oras na { $length } minuto sa loob ng { $count } araw mula { $from } (mga araw sa { $zone }) para sa { $who }
core-cli-find-time-same-hours = Trabaho { $working } { $days }, tulog { $asleep }, bawat isa sa sariling orasan
core-cli-find-time-own-hours = { $who }: trabaho { $working } { $days }, tulog { $asleep }
core-cli-find-time-each-hours = Bawat isa sa sariling orasan — { $hours }
core-cli-find-time-looked-at = { $count } simula ang tiningnan; { $out } ang inalis dahil sumasalubong sa abalang aktibidad ng mga kalahok ({ $busy } sa mga araw na ito)
core-cli-find-time-nothing-free = Walang bakanteng oras: bawat simula ay sumasalubong sa abalang aktibidad ng isang kalahok. Subukan ang mas maraming araw o mas maikling haba.
core-cli-find-time-working = nagtatrabaho
core-cli-find-time-awake = gising
core-cli-find-time-asleep = tulog

## Ang `sync` ng command line (src/bin/campaign-desk/sync.rs)
core-cli-sync-account-added = Naidagdag ang account { $id }: { $user } sa { $url }
core-cli-sync-calendars-found = { $count } kalendaryo ang nakita:
core-cli-sync-no-accounts = Walang CalDAV account.
core-cli-sync-user-on = { $user } sa { $url }
core-cli-sync-account-removed = Inalis ang account { $id }
core-cli-sync-no-calendars = Walang kalendaryo sa { $url } para kay { $user }.
core-cli-sync-linked = Naka-link ang kampanya { $campaign } sa { $url } (link { $link }); patakbuhin ang `sync run` para i-sync ito
core-cli-sync-link-removed = Inalis ang link { $id }
core-cli-sync-ran = Naipadala { $sent }, natanggap { $taken }, nabura { $deleted }, bagong conflict { $conflicts }
core-cli-sync-not-synced = hindi na-sync: { $reason }
core-cli-sync-nothing-shared = Walang kampanyang naka-share. (Mga password: ang keyring, o { $variable } para sa isang takbo.)
core-cli-sync-no-conflicts = Walang conflict.
core-cli-sync-restored = Ang aktibidad { $id } ay gaya na ulit ng nasa server.
core-cli-sync-restored-as = Binura rito ang aktibidad { $id }; bumalik ang bersyon ng server bilang aktibidad { $new }.
core-cli-sync-removed-new = Bago rito ang aktibidad { $id } at hindi umabot sa server: inalis na ito.
core-cli-sync-event-kept-local = Aktibidad { $id }: pinanatili ang bersyon dito; ipapadala ito sa server sa susunod na `sync run`
core-cli-sync-event-kept-remote = Aktibidad { $id }: pinanatili ang bersyon ng server
core-cli-sync-task-kept-local = Gawain { $id }: pinanatili ang bersyon dito; ipapadala ito sa server sa susunod na `sync run`
core-cli-sync-task-kept-remote = Gawain { $id }: pinanatili ang bersyon ng server
core-cli-sync-link = link { $id }: kampanya { $campaign } ({ $title }) ↔ { $url }
core-cli-sync-last-synced = huling na-sync { $at }
core-cli-sync-never-synced = hindi pa na-sync kahit minsan
core-cli-sync-link-counts = { $synced } naka-sync, { $waiting } naghihintay, { $conflicts } conflict
core-cli-sync-last-error = huling error: { $reason }
core-cli-sync-refused-new = tinanggihan ng server (read-only para sa account na ito): aktibidad { $id } “{ $title }” (bago), dito lang nakatago — i-undo gamit ang `campaign-desk sync revert { $id }`
core-cli-sync-refused-edited = tinanggihan ng server (read-only para sa account na ito): aktibidad { $id } “{ $title }” (binago), dito lang nakatago — i-undo gamit ang `campaign-desk sync revert { $id }`
core-cli-sync-refused-deleted = tinanggihan ng server (read-only para sa account na ito): aktibidad { $id } “{ $title }” (binura), dito lang nakatago — i-undo gamit ang `campaign-desk sync revert { $id }`
core-cli-sync-receiving = Tumatanggap ng { $done } sa { $total } pagbabago…
core-cli-sync-sending = Nagpapadala ng { $done } sa { $total } pagbabago…
