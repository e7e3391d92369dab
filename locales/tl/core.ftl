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
core-no-reminder-for = walang ganoong paalala si { $name } para sa ulit na ito (hindi imbitado, o tumanggi)
core-reminder-day = Paalala: bukas na ito.
core-reminder-hour = Paalala: magsisimula ito sa loob ng isang oras.
core-invitation-no-addresses = walang e-mail sa direktoryo ang sinuman sa mga imbitado ({ $names }): hindi sila mapapadalhan ng imbitasyon ng kalendaryo
