## The core's messages, in English: the reference for every language (ids and placeables), and the text the CLI
## prints by default. The window shows them too, through the ids its errors carry (src/i18n/, ui/src/lib/api/errors.ts).
## Translators: keep each id and every { $placeable } as is. A { $value } is a quote of what the person typed.
## Ids start with core- so they never clash with ui.ftl's.

## Field checks shared by every form (src/validate.rs)

core-empty = must not be empty
core-too-long = is too long ({ $count } characters, at most { $max })
core-not-email = '{ $value }' is not an email address (expected name@example.org)
core-not-url = '{ $value }' is not a web address (expected https://example.org)
core-country-did-you-mean = '{ $value }' is not a country code; did you mean { $code } ({ $name })?
core-country-unknown = '{ $value }' is not a country code: use the two-letter ISO 3166 code (e.g. PH for Philippines, NZ for New Zealand)
core-zone-empty = must not be empty (an IANA time zone such as Asia/Manila)
core-zone-did-you-mean = '{ $value }' is not a time zone — did you mean { $suggestion }?
core-zone-unknown = '{ $value }' is not a time zone (expected an IANA name such as Asia/Manila)
core-not-date = '{ $value }' is not a date (expected YYYY-MM-DD)
core-not-local-datetime = '{ $value }' is not a local date and time (expected YYYY-MM-DDTHH:MM)
core-not-colour = '{ $value }' is not a colour (expected #rrggbb, e.g. #2f6fdb)

## Campaigns, events and their changed occurrences (src/domain/)

core-campaign-end-before-start = end date { $end } is before the start date { $start }
core-not-hashtag = '{ $value }' is not a hashtag (letters, digits and _ only, no spaces)
core-hashtag-space = '{ $value }' has a space or a second '#' in it
core-event-needs-link = a confirmed online or hybrid event needs its online link (or mark it tentative)
core-event-needs-zone = a timed event needs a time zone (an IANA name such as Asia/Manila)
core-reminder-too-early = a reminder can be at most 4 weeks before the event
core-too-many-rdates = { $count } extra dates is too many: at most { $max } (use a rule)
core-last-day-before-first = the last day { $end } is before the first day { $start }
core-end-before-start = the end { $end } is before the start { $start }
core-change-needs-occurrence = must name the occurrence (its original start)
core-change-needs-start-and-end = a moved occurrence needs both its new start and its new end

## People, statements and settings (src/domain/)

core-not-phone = '{ $value }' is not a phone number (digits, spaces, + - ( ) only)
core-not-language-tag = '{ $value }' is not a language tag like 'es', 'fr-CA' or 'tl'
core-not-locale = '{ $value }' is not a language tag (e.g. en, fr-CA, tl)
core-backups-keep-range = must be between 1 and 365
core-not-full-path = '{ $value }' is not a full path to a folder
core-not-a-folder = { $path } does not exist or is not a folder
core-publish-folder-needed = choose the folder to publish the calendars into
core-template-empty = the { $platform } template for { $lang } is empty
core-template-too-long = the { $platform } template for { $lang } is too long

## Errors shown whole: a record that is gone, a file that is not ours (src/error.rs)
## { $entity } is one of: organisation, person, campaign, event, task, statement, approval, endorsement,
## announcement, sync account, sync link. { $reason } is English for now.

core-not-found = { $entity } { $id } does not exist
core-not-a-database = { $path } is not a SQLite database ({ $reason }); it was left untouched
core-foreign-database = { $path } is a SQLite database of another application; Campaign Desk will not modify it
core-database-too-new = { $path } was written by a newer Campaign Desk (schema { $found }, this version knows up to { $known }); update the app

## Records that depend on each other (src/store/)
## { $id } is a record's number. { $name }, { $title } and { $organisation } are names people wrote.

core-organisation-twice = organisation { $id } is listed twice
core-organisation-name-taken = an organisation named '{ $name }' already exists (id { $id })
core-organisation-has-statements = it issued, approved or endorsed { $count } statement(s); those records are kept, so remove it from them first
core-person-has-statements = they endorsed or are the contact for { $count } statement(s); remove them there first
core-uid-taken = an event with UID '{ $uid }' already exists
core-not-an-occurrence = '{ $value }' is not an occurrence of '{ $title }'
core-not-an-occurrence-or-excluded = '{ $value }' is not an occurrence of '{ $title }' (or it was excluded)
core-first-occurrence = that is the first occurrence: edit the whole series instead
core-event-does-not-repeat = event { $id } does not repeat; edit the event itself

## Statements: revisions, approvals, translations, sign-ons (src/store/)

core-body-too-big = is { $size } bytes; the most a statement can hold is { $max }
core-no-revision = statement { $id } has no revision { $revision }
core-revision-same-text = revision { $revision } has the same text as the current one
core-already-approved = { $organisation } has already approved revision { $revision }
core-approval-withdrawn = { $organisation }'s approval of revision { $revision } was already withdrawn ({ $at })
core-translation-same-language = the statement is written in { $lang }; a translation needs another language
core-no-translation = statement { $id } has no translation into { $lang }
core-already-endorsed = has already endorsed this statement

## Importing a calendar file (src/ics/import.rs). { $reason } is English for now.

core-ics-empty = the file is empty: there is no calendar in it
core-ics-unreadable = this is not an iCalendar file ({ $reason })
core-ics-wrong-start = line { $line }: this is not an iCalendar file: it should begin with BEGIN:VCALENDAR, not '{ $found }'
core-ics-end-without-begin = line { $line }: END:{ $name } without a BEGIN: left out

## Importing the directory from a spreadsheet (src/csv_io.rs). { $reason } is English for now.

core-csv-no-name-column = no column is mapped to name; map the column that holds the names
core-csv-mapping-length = { $mapped } columns mapped but the file has { $columns }
core-csv-not-a-field = '{ $value }' is not a field (expected one of { $fields })
core-csv-mapped-twice = two columns are mapped to { $field }
core-csv-unknown-organisation = '{ $name }' is not in the directory; import or add the organisation first
core-csv-not-utf8 = cannot read CSV: it is not UTF-8 text; save it from the spreadsheet as "CSV UTF-8"
core-csv-unreadable = cannot read CSV: { $reason }

## Exporting and publishing calendars (src/service/ics_export.rs)

core-export-no-campaign = there is no campaign { $id }
core-export-not-date = '{ $value }' is not a date (YYYY-MM-DD)
core-export-range-backwards = the end of the range must be after its start
core-export-range-both-ends = give both ends of the date range
core-publish-not-a-folder = { $path } is not a folder

## Who is coming: invitations, answers and attendance (src/store/invitations.rs, src/service/invitations.rs)
## { $name } is an organisation's or a person's name; { $uid } an event's calendar identifier.

core-invitee-one-of = name an organisation or a person (one of the two)
core-invite-nobody = name at least one organisation or person to invite
core-invitation-nothing-to-change = give an answer, an attendance or notes to record
core-attendance-needs-occurrence = attendance is recorded for one occurrence: name the occurrence
core-invitation-event-does-not-repeat = event { $id } does not repeat: its invitations are for the event as a whole (leave out the occurrence)
core-not-invited = { $name } is not invited there
core-reply-unknown-event = no event here has the calendar identifier '{ $uid }' that this reply answers
core-reply-not-a-reply = this file is not a reply to an invitation (METHOD:{ $method }; expected METHOD:REPLY)
core-reply-no-attendee = the reply names no attendee
core-reply-unknown-attendee = { $email } answered, but no one invited to this event has that e-mail address
core-reply-unknown-answer = '{ $value }' is not an answer an invitation can have (expected ACCEPTED, TENTATIVE or DECLINED)
core-invitation-no-organizer = an invitation needs an organiser with an e-mail address: give one (--organizer-email), or record an e-mail for the event's lead organisation
core-invitation-nobody-invited = nobody is invited to all occurrences of '{ $title }' yet: invite them first
core-reminders-need-occurrence = reminders are sent before one occurrence: name the occurrence
core-no-reminder-for = { $name } has no such reminder for this occurrence (not invited, or declined)
core-reminder-day = Reminder: this is tomorrow.
core-reminder-hour = Reminder: this starts in an hour.
core-invitation-no-addresses = none of those invited has an e-mail address in the directory ({ $names }): a calendar cannot send them an invitation
