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

## Encrypting a database, its key and its backups (src/encryption.rs, src/db_key/, src/backup.rs, src/store/cipher.rs)
## { $path } is a file's path; { $group } counts the recovery key's groups of four from 1.

core-already-encrypted = { $path } is already encrypted
core-database-missing-or-empty = { $path } does not exist or is empty
core-plain-copy-in-the-way = { $path } is still there from an earlier conversion; move it away or delete it first
core-key-file-exists = { $path } already exists (it may hold another database's key); name a new file
core-not-encrypted-encrypt-it = { $path } is not encrypted; encrypt it with `campaign-desk db encrypt`
core-not-encrypted-encrypt-first = { $path } is not encrypted; encrypt it first
core-not-encrypted-copy-it = { $path } is not encrypted; copy it with `backup`
core-no-plain-copy = there is no { $path } to remove
core-plain-copy-kept = { $path } is not encrypted, so its plain copy is kept; nothing was removed
core-database-open-elsewhere = { $path } is open in another program (Campaign Desk's window?); close it and run this again — nothing was changed
core-database-exists = { $path } exists already; nothing was changed
core-not-encrypted = { $path } is not encrypted
core-recovery-key-shape = a recovery key is 14 groups of 4 letters and digits
core-recovery-typed-bad-character = this is not the recovery key as written: group { $group } has a character that is not a letter or a digit 2–7
core-recovery-typed-checksum = this is not the recovery key as written: its checksum does not match; check each group against the written copy
core-type-passphrase = type the passphrase
core-type-key = type the recovery key or the passphrase
core-wrong-recovery-key = this recovery key does not open the database; nothing was changed. Check it against the written copy
core-wrong-passphrase = wrong passphrase: it does not open the database; nothing was changed
core-passphrase-too-short = a passphrase needs at least { $min } characters; a few words are easiest
core-passphrase-raw-form = a passphrase cannot start with x' (SQLCipher's raw-key form)
core-file-exists-choose-another = { $path } already exists; choose a new file name
core-not-a-file = { $path } does not exist or is not a file
core-path-not-utf8 = { $path } is not a UTF-8 path SQLite can be given
core-not-a-file-name = { $path } is not a file name
core-key-file-unreadable = { $path } is encrypted and its key file { $file } (named by { $variable }) cannot be read: { $reason }; nothing was changed
core-key-not-in-keyring = { $path } is encrypted; its key is not in { $keyring }. Write its recovery key (or passphrase:, then the passphrase) into a file and name that file in { $variable }; nothing was changed
core-keyring-unavailable = { $path } is encrypted and { $keyring } cannot be asked for its key ({ $reason }). Unlock the keyring, or write the recovery key into a file and name that file in { $variable }; nothing was changed
core-key-not-saved = the key cannot be saved in { $keyring } ({ $reason }); nothing was changed. On a machine without a keyring, name a new file for the key in { $variable }
core-key-file-for-plain-database = { $path } is not encrypted, but { $variable } names a key for it; encrypt it with `campaign-desk db encrypt`, or unset { $variable } to use it as it is; nothing was changed
core-key-for-plain-database = { $path } is not encrypted, but a key was given for it; encrypt it with `campaign-desk db encrypt`
core-no-key-given = { $path } is encrypted (or is not a SQLite file at all) and no key was given for it; it was left untouched
core-key-refused = SQLCipher did not take the key (SQLite code { $code })
core-backup-other-key-than-given = { $path } is encrypted with another key than the one given; give the recovery key or passphrase of the database it was made from. Nothing was changed
core-backup-other-key-than-this = { $path } is encrypted with another key than this database's; give the recovery key or passphrase of the database it was made from. Nothing was changed
core-backup-encrypted-database-plain = { $path } is encrypted and this database is not; give the recovery key or passphrase of the database it was made from. Nothing was changed

## Dates and times a person typed (src/calendar/zones.rs, src/service/)
## { $value } is the local time typed; { $day }, { $from } and { $to } say where the clocks jump.

core-dst-gap = { $value } does not exist in { $zone }: on { $day } the clocks jump from { $from } to { $to } (daylight saving); pick a time outside that gap
core-not-a-date = '{ $value }' is not a date
core-until-not-a-date = UNTIL '{ $value }' is not a date
core-move-too-far = a move of more than 100 years
core-all-day-same-everywhere = event { $id } is all-day: its dates are the same in every zone

## Events and their series (src/store/, src/service/). { $reason } is English for now.

core-event-extra-dates-only = event { $id } repeats on extra dates only, with no rule to split; edit its dates instead
core-event-not-expandable = event { $id } ('{ $title }') cannot be expanded: { $reason }
core-event-no-start-date = event { $id } has no start date ('{ $value }')
core-event-problem = event { $id }: { $reason }
core-campaign-problem = campaign { $id }: { $reason }
core-expanding-failed = expanding the calendar failed
core-uid-refused-not-stored = event '{ $uid }' was refused as new but is not stored

## Announcements (src/service/announce.rs). { $part } is start, end or zone.

core-not-an-announcement-language = '{ $value }' is not an announcement language (en, es, fr, id, tl)
core-no-occurrence-at = '{ $title }' has no occurrence starting at { $at }
core-occurrence-cancelled = that occurrence of '{ $title }' is cancelled
core-nothing-to-announce = '{ $title }' has no occurrence to announce
core-occurrence-unreadable = occurrence { $part } of '{ $title }' cannot be read

## Statements: publishing, translations, sign-ons, exports (src/store/, src/statement_export/)
## { $has } lists language tags (es, fr).

core-publish-needs-issuer = add the issuing organisation before publishing
core-approvals-outdated = the approvals are of revision { $approved }; the text is now revision { $revision }: record an approval of it first
core-not-approved-yet = no organisation has approved the text (revision { $revision }) yet
core-translation-too-big = is { $size } bytes; the most a translation can hold is { $max }
core-endorser-one-of = choose either an organisation or a person
core-post-one-language = a post is in one language: choose it
core-no-translation-none = statement { $id } has no translation into { $lang }; it has: none
core-no-translation-has = statement { $id } has no translation into { $lang }; it has: { $has }

## Finding a time (src/calendar/find_time/, src/service/find_time.rs)

core-find-time-nobody = choose at least one organisation, person or zone
core-find-time-length = a meeting lasts between 1 minute and 24 hours, in whole minutes
core-find-time-step = the step between candidate starts is 5 minutes to 24 hours
core-find-time-days = look 1 to { $max } days ahead
core-find-time-organisation-zone = organisation '{ $name }' ({ $id }) has no time zone: set one with `org edit { $id } --zone …`, or leave it out and pass its zone with --zones
core-find-time-person-zone = { $name } ({ $id }) has no time zone (their organisation '{ $organisation }' has none): pass their zone with --zones instead
core-find-time-person-no-organisation = { $name } ({ $id }) has no time zone (they belong to no organisation): pass their zone with --zones instead

## Sharing with a CalDAV server and subscribing to calendars (src/sync/, src/store/sync.rs, src/store/subscriptions.rs)
## { $url } is a calendar's address; { $link } and { $id } are numbers; { $variable } is an environment variable's name.

core-sync-password-in-address = give the user name with --user and the password apart, not in the address
core-sync-not-a-server-address = '{ $value }' is not a server address: give one like https://cloud.example.org/remote.php/dav
core-sync-password-how = give the password with --password-stdin (or in { $variable } for one run)
core-sync-password-needed = give the password (or app password) for this account
core-sync-user-needed = give the user name on the server
core-sync-no-account = no CalDAV account yet: add one with `sync account add`
core-sync-which-account = there are { $count } accounts: say which with --account ID
core-sync-campaign-shared = campaign { $id } is already shared with { $url } (link { $link })
core-sync-calendar-shared = { $url } is already shared with campaign { $id } (link { $link })
core-sync-not-a-calendar = '{ $value }' is not a calendar address
core-sync-calendar-name-needed = give the new calendar a name
core-sync-nothing-shared = no campaign is shared yet: link one with `sync link`
core-sync-conflict-resolved = this conflict was already resolved
core-sync-no-conflict = event { $id } has no sync conflict (see `sync conflicts`)
core-sync-nothing-to-undo = event { $id } has no change the server refused: there is nothing to undo (see `sync status`)
core-sync-undo-in-conflict = event { $id } is in conflict with the server's version: resolve it with `sync resolve`
core-sync-undo-unknown = the server's version of event { $id } is not known here yet: run `sync run`, then undo
core-sync-account-exists = this account is already added (account { $id })
core-already-subscribed-as = this calendar is already subscribed to as '{ $name }' ({ $id })

## The command line's text for people (src/bin/campaign-desk/). `--json` is never translated.
## Commands, flags and values in `backticks` or after -- stay as they are. { $verdict } is imported, dry_run or
## nothing; { $status } is a statement's status as the CLI takes it (draft, approved …).

core-cli-database-ready = Database ready at { $path } (schema version { $version })
core-cli-demo-loaded = Demonstration data loaded: { $organisations } organisations, { $people } people, { $campaigns } campaigns, { $events } events, { $statements } statements added
core-cli-backed-up = Backed up to { $path }
core-cli-restored = Restored { $path }; the previous content was saved to { $saved }
core-cli-org-created = Created organisation { $id } ({ $name })
core-cli-org-updated = Updated organisation { $id } ({ $name })
core-cli-org-deleted = Deleted organisation { $id }
core-cli-person-created = Created person { $id } ({ $name })
core-cli-person-updated = Updated person { $id } ({ $name })
core-cli-person-deleted = Deleted person { $id }
core-cli-no-organisations = No organisations yet. Add one with `campaign-desk org add --name NAME`.
core-cli-no-people = No people yet. Add one with `campaign-desk person add --name NAME`.
core-cli-row-skipped = row { $line }: skipped, { $reason }
core-cli-row-skipped-duplicate = row { $line }: skipped, duplicate
core-cli-csv-dry-run = { $new } new, { $duplicates } duplicates, { $errors } with errors; dry run, nothing written
core-cli-csv-imported = { $new } new, { $duplicates } duplicates, { $errors } with errors; { $created } created
core-cli-csv-written = Wrote { $rows } rows to { $path }
core-cli-campaign-created = Created campaign { $id } ({ $title })
core-cli-campaign-updated = Updated campaign { $id } ({ $title })
core-cli-campaign-deleted = Deleted campaign { $id } and its events
core-cli-no-campaigns = No campaigns yet. Add one with `campaign-desk campaign add --title T --kind KIND --start DATE --end DATE`.
core-cli-heading-organisations = Organisations
core-cli-heading-events = Events
core-cli-plan-created = Created campaign { $id } "{ $title }" ({ $start } – { $end }) with { $events } events and { $tasks } tasks
core-cli-event-created = Created event { $id } ({ $title })
core-cli-event-updated = Updated event { $id } ({ $title })
core-cli-event-deleted = Deleted event { $id }
core-cli-no-events = No events yet. Add one with `campaign-desk event add --title T --date DATE`.
core-cli-series-split = Split the series: event { $id } ends before { $at }; event { $new } starts there
core-cli-task-added = Added task { $id } to campaign { $campaign }: { $title }
core-cli-task-done = Task { $id } done: { $title }
core-cli-task-reopened = Task { $id } reopened: { $title }
core-cli-task-deleted = Deleted task { $id }
core-cli-no-tasks = No tasks yet.
core-cli-statement-created = Created statement { $id } ({ $title })
core-cli-statement-at-revision = Statement { $id } is at revision { $revision } ({ $status })
core-cli-statement-deleted = Deleted statement { $id }
core-cli-no-statements = No statements yet. Start one with `campaign-desk statement new --title T`.
core-cli-translation-saved = Translation { $lang } of statement { $id } saved (up to date with revision { $revision })
core-cli-translation-saved-outdated = Translation { $lang } of statement { $id } saved (outdated: the source changed since revision { $revision })
core-cli-approved = { $organisation } approved revision { $revision } of statement { $id }
core-cli-endorsed = { $name } endorsed statement { $id } ({ $count } endorsements)
core-cli-wrote-file = Wrote { $path } ({ $size } bytes)
core-cli-nothing-between = Nothing between { $from } and { $to }.
core-cli-occurrence-changed = Changed the occurrence { $at } of event { $id } ({ $title })
core-cli-ics-written = Wrote { $events } events to { $path }
core-cli-ics-summary = { $new } new, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped, { $errors } errors; { $verdict ->
    [imported] imported
    [dry_run] dry run, nothing written
   *[nothing] nothing written
}
core-cli-announcement-saved = (saved as announcement { $id } of campaign { $campaign })
core-cli-subscribed = Subscribed to '{ $name }' ({ $events } events) as subscription { $id }: { $url }
core-cli-no-subscriptions = No subscriptions. Add one with `campaign-desk subscribe URL`.
core-cli-subscription-refreshed = { $name }: { $events } events
core-cli-subscription-not-refreshed = { $name }: not refreshed ({ $reason }); the last copy ({ $events } events) stays
core-cli-subscription-updated = Subscription { $id } is '{ $name }' in { $colour }
core-cli-subscription-removed = Subscription { $id } ('{ $name }') removed with its { $events } events
core-cli-nothing-found = Nothing found for "{ $query }"
core-cli-all-day = { $day } (all day)
core-cli-all-days = { $start } – { $end } (all day)
core-cli-heading-approvals = Approvals
core-cli-approval = revision { $revision }: { $organisation }
core-cli-approval-older = revision { $revision }: { $organisation }  (older text)
core-cli-heading-withdrawn-approvals = Withdrawn approvals
core-cli-approval-withdrawn = revision { $revision }: { $organisation } (approved { $approved }, withdrawn { $withdrawn })
core-cli-heading-translations = Translations
core-cli-translation-up-to-date = { $lang }: { $title } (from revision { $revision }, up to date)
core-cli-translation-outdated = { $lang }: { $title } (from revision { $revision }, outdated)
core-cli-heading-endorsements = Endorsements ({ $count })

## The names of the command line's columns and fields (shown upper-case in tables)

core-cli-label-also-on = also on
core-cli-label-asleep = asleep
core-cli-label-campaign = campaign
core-cli-label-city = city
core-cli-label-colour = colour
core-cli-label-country = country
core-cli-label-date-line = date line
core-cli-label-dates = dates
core-cli-label-description = description
core-cli-label-done = done
core-cli-label-due = due
core-cli-label-email = email
core-cli-label-endorsed = endorsed
core-cli-label-event = event
core-cli-label-events = events
core-cli-label-except = except
core-cli-label-from = from
core-cli-label-hashtags = hashtags
core-cli-label-id = id
core-cli-label-in = in
core-cli-label-issuers = issuers
core-cli-label-kind = kind
core-cli-label-language = language
core-cli-label-languages = languages
core-cli-label-last-read = last read
core-cli-label-line = line
core-cli-label-location = location
core-cli-label-mode = mode
core-cli-label-name = name
core-cli-label-notes = notes
core-cli-label-online = online
core-cli-label-organisation = organisation
core-cli-label-orgs = orgs
core-cli-label-owner = owner
core-cli-label-phone = phone
core-cli-label-problem = problem
core-cli-label-published = published
core-cli-label-register = register
core-cli-label-repeats = repeats
core-cli-label-result = result
core-cli-label-rev = rev
core-cli-label-revision = revision
core-cli-label-role = role
core-cli-label-score = score
core-cli-label-short = short
core-cli-label-short-name = short name
core-cli-label-socials = socials
core-cli-label-start = start
core-cli-label-status = status
core-cli-label-summary = summary
core-cli-label-title = title
core-cli-label-to = to
core-cli-label-uid = uid
core-cli-label-url = url
core-cli-label-website = website
core-cli-label-when = when
core-cli-label-working = working
core-cli-label-zone = zone

## The command line's own checks of its arguments (src/bin/campaign-desk/)

core-cli-window-backwards = the window ends ({ $to }) before it starts ({ $from })
core-cli-announcement-needs-campaign = this event belongs to no campaign: announcements are kept with a campaign
core-cli-not-an-organisation-id = '{ $value }' is not an organisation id
core-cli-csv-not-utf8 = { $path } is not UTF-8 text; save it from your spreadsheet as 'CSV UTF-8'
core-cli-not-org-role = '{ $value }' is not ORG_ID:ROLE (e.g. 3:lead)
core-cli-kind-needed = must be given (e.g. --kind solidarity_month)
core-cli-not-a-scope = '{ $value }' is not one of: this, following
core-cli-nothing-to-change = nothing to change: give --title, --body-file or --status
core-cli-translation-needs-title = a new translation needs --title
core-cli-not-for-a-terminal = a { $format } file is not for a terminal: add -o FILE
core-cli-no-password-on-stdin = standard input held no password
core-cli-calendar-or-create = give --calendar URL or --create NAME
core-cli-campaign-not-shared = campaign { $id } is not shared
core-cli-link-or-campaign = give --link ID or --campaign ID

## The command line's `db` commands (src/bin/campaign-desk/db.rs). { $place } is keyring, file or nowhere
## (a passphrase); { $action } is encrypted or rekeyed.

core-cli-db-plain-removed = Removed the plain copy { $path } (on an SSD its old blocks may stay on the disk until they are reused)
core-cli-db-plain-copy-warning = warning: { $path } is NOT encrypted: anyone who gets this file can read every name, phone number and statement in it. Delete it when you are done.
core-cli-db-plain-copy-written = Wrote a plain copy to { $path } ({ $tables } tables, { $rows } rows)
core-cli-db-encrypted = { $path } is encrypted
core-cli-db-key-opens = Key: { $place ->
    [keyring] in the keyring
    [nowhere] a passphrase
   *[file] in { $file }
} (it opens the database)
core-cli-db-key-problem = Key: { $problem }
core-cli-db-key-not-found = Key: not found
core-cli-db-plain-copy-left = A plain copy is still at { $path }; remove it with `db encrypt --confirm-remove-plain`
core-cli-db-done = { $action ->
    [encrypted] Encrypted
   *[rekeyed] Changed the key of
} { $path } ({ $tables } tables, { $rows } rows checked); the key is { $place ->
    [keyring] in the keyring
    [nowhere] a passphrase
   *[file] in { $file }
}
core-cli-db-recovery-key = Recovery key — write it down or print it and keep it safe; it is shown only this once:
core-cli-db-recovery-key-why = Without it, a lost keyring means the database cannot be opened.
core-cli-db-plain-file-kept = The plain file is kept as { $path }: once the encrypted database works, remove it with `campaign-desk db encrypt --confirm-remove-plain`
core-cli-db-plain-backups-left = Warning: { $count } older backups in { $folder } are not encrypted; delete them once you no longer need them
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
core-invitation-nobody = nobody is invited to “{ $title }” yet: invite someone first, the message gives the time on each one’s own clock
core-no-reminder-for = { $name } has no such reminder for this occurrence (not invited, or declined)
core-reminder-day = Reminder: this is tomorrow.
core-reminder-hour = Reminder: this starts in an hour.
# An organisation's own day (find a time)
core-hours-not-range = '{ $value }' is not a range of hours such as 09:00-18:00
core-hours-empty = { $start } to { $end } is empty: give two different times
core-days-not-set = '{ $value }' is not a set of days such as mon-fri, sun-thu, mon,wed,fri or all
core-hours-overlap = working hours { $working } and sleeping hours { $asleep } overlap (at { $at }): nobody works asleep
core-invitation-no-addresses = none of those invited has an e-mail address in the directory ({ $names }): a calendar cannot send them an invitation

## Polls over candidate slots (src/domain/poll.rs, src/store/polls.rs, src/service/polls.rs)
## { $poll }, { $slot }, { $chosen }, { $event } and { $organisation } are numbers; { $closed } is when the poll was
## closed (2027-03-04T14:00:00Z); { $title } is the poll's title.

core-poll-instant-no-offset = '{ $value }' has no offset: add Z for UTC or the offset, e.g. { $value }Z or { $value }+08:00
core-poll-not-an-instant = '{ $value }' is not a date and time such as 2027-03-04T14:00Z
core-poll-length = a meeting lasts between 1 minute and 24 hours
core-poll-no-organisations = choose the organisations to ask
core-poll-too-many-organisations = a poll asks at most { $max } organisations
core-poll-slot-twice = { $value } is given twice
core-poll-too-few-slots = give at least two candidate slots, else there is nothing to ask
core-poll-too-many-slots = a poll has at most { $max } candidate slots
core-poll-closed-no-answers = poll { $poll } was closed on { $closed }: it takes no more answers
core-poll-not-its-slot = slot { $slot } is not one of poll { $poll }'s slots
core-poll-organisation-not-asked = organisation { $organisation } was not asked in poll { $poll } '{ $title }'
core-poll-already-closed = poll { $poll } was already closed on { $closed }
core-poll-already-closed-on-slot = poll { $poll } was already closed on { $closed }, on slot { $slot }
core-poll-already-closed-event = poll { $poll } was already closed on { $closed }, on slot { $slot }; it became event { $event }
core-poll-no-answers-yet = poll { $poll } has no answers yet: record them with `poll answer`, or name the slot with --slot
core-poll-closed-on-other-slot = poll { $poll } was closed on slot { $chosen }, not { $slot }
core-poll-still-open = poll { $poll } is still open: close it on a slot first
core-poll-already-an-event = poll { $poll } already became event { $event }
core-not-a-length = '{ $value }' is not a length such as 90m, 1h30m or 1:30
core-not-a-start-time = '{ $value }' is not a start time
## { $reason } is English for now.
core-sync-task-unreadable = the server's version of this task cannot be read: { $reason }

## Repeating events: the recurrence rule (RRULE), its extra and excluded dates (src/calendar/recurrence.rs)
## Rule parts (FREQ, INTERVAL, UNTIL, COUNT, BYMONTH) and date formats (YYYYMMDD, YYYY-MM-DD) stay as they are.
## { $value } is a quote of the rule or a date; { $days } lists days of the month (30, 31); { $month } is a month's
## number (1 to 12), { $months } several, as the rule writes them (2,4). { $reason } is English for now.

core-rrule-bad-character = '{ $value }' is not a recurrence rule: '{ $character }' has no place in one
core-rrule-interval = INTERVAL={ $value } is not a number of periods between 1 and { $max }
core-rrule-all-day-sub-daily = an all-day event repeats at most once a day: FREQ={ $value } needs a start time
core-rrule-until-not-date = UNTIL={ $value } is not a date (YYYYMMDD) or a UTC time (YYYYMMDDTHHMMSSZ)
core-rrule-until-not-utc = UNTIL={ $value } is not a UTC time (YYYYMMDDTHHMMSSZ)
core-rrule-until-not-local = UNTIL={ $value } is not a local time (YYYYMMDDTHHMMSS)
core-rrule-never-in-month = day { $days } never falls in { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
        [12] December
       *[other] that month
    }: this rule never repeats
core-rrule-never-in-months = day { $days } never falls in any of its months (BYMONTH={ $months }): this rule never repeats
core-rrule-matches-no-date = no date matches every part of { $value }: this rule never repeats
core-rrule-extra-not-date = extra date '{ $value }' is not a date (expected YYYY-MM-DD)
core-rrule-excluded-not-date = excluded date '{ $value }' is not a date (expected YYYY-MM-DD)
core-rrule-extra-not-local = extra date '{ $value }' is not a local date and time (YYYY-MM-DDTHH:MM)
core-rrule-excluded-not-local = excluded date '{ $value }' is not a local date and time (YYYY-MM-DDTHH:MM)
core-rrule-count-not-number = COUNT={ $value } is not a number
core-rrule-not-inside-series = that occurrence is not inside the series
core-rrule-unreadable = '{ $value }' is not a recurrence rule: { $reason }
core-rrule-cannot-repeat = '{ $value }' cannot repeat from this start: { $reason }
core-rrule-crate-failed = '{ $value }' is not a recurrence rule this calendar can read

## An organisation's own day, find-time's overrides (src/calendar/find_time/hours.rs, src/service/find_time.rs)
## { $who } names the participant whose own hours the override does not fit.
core-hours-out-of-day = a time of day must be between 00:00 and 23:59
core-hours-overlap-for = working hours { $working } and sleeping hours { $asleep } overlap (at { $at }): nobody works asleep ({ $who })

## The command line's `poll` commands (src/bin/campaign-desk/polls.rs). { $at } is when the poll was closed;
## { $who } an organisation's short name; { $answer } one of the three answers below.
core-cli-poll-created = Created poll { $id } ({ $title }) with { $count } slots
core-cli-poll-answer-recorded = Recorded { $who }'s answer for slot { $slot }: { $answer }
core-cli-poll-closed = Closed poll { $id } on slot { $slot }
core-cli-poll-event-created = Created event { $event } from it (online, tentative until you add its link)
core-cli-poll-minutes-short = { $count } min
core-cli-poll-minutes = { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
core-cli-poll-open = open
core-cli-poll-closed-on-slot = closed on slot { $slot }
core-cli-poll-closed-at = closed { $at } on slot { $slot }
core-cli-no-polls = No polls yet. Start one with `campaign-desk poll new --title T --with ORG,ORG --length 90m --slot … --slot …`.
core-cli-poll-yes = yes
core-cli-poll-if-need-be = if need be
core-cli-poll-no = no
core-cli-poll-chosen-mark = (chosen)
core-cli-poll-how-winner = The winner has the most yes, then the fewest no, then the most if need be, then is the earliest.
## After a slot's time on one organisation's clock: what that time is for them.
core-cli-poll-state-working = (working)
core-cli-poll-state-awake = (awake)
core-cli-poll-state-asleep = (asleep)
core-cli-label-length = length
core-cli-label-poll = poll
core-cli-label-slot = slot
core-cli-label-state = state

## The command line's `invite`, `rsvp`, `attendance`, `invitations` and `reminders` (src/bin/campaign-desk/invitations.rs)
## { $names } lists names; { $occurrence } is an occurrence's start (2027-03-04T18:00); { $organizer } is
## "Name <address>"; { $at } a time; { $zone } a time zone. The reminder kinds: the one sent the day before, the one
## sent an hour before.
core-cli-invited = { $count } invited ({ $already } already were)
core-cli-invitation-written = Wrote the invitation to { $path } from { $organizer }
core-cli-invitation-attendees = Invited in it: { $names }
core-cli-invitation-without-email = Not in it, for want of an e-mail address in the directory: { $names }
core-cli-reply-recorded = { $title }: { $name } answered { $answer }
core-cli-reply-recorded-occurrence = { $title } (the occurrence of { $occurrence }): { $name } answered { $answer }
core-cli-came = came
core-cli-did-not-come = did not come
core-cli-rsvp-invited = invited
core-cli-rsvp-yes = yes
core-cli-rsvp-maybe = maybe
core-cli-rsvp-no = no
core-cli-rsvp-no-answer = no answer
core-cli-all-occurrences = all occurrences
core-cli-the-occurrence = the occurrence of { $occurrence }
core-cli-nobody-invited = Nobody is invited yet.
core-cli-no-answer-yet = No answer yet: { $names }
core-cli-not-invited-yet = Not invited yet: { $names }
core-cli-invitee-person-of = person, { $organisation }
core-cli-invitee-person = person
core-cli-invitee-organisation = organisation
core-cli-invitation-counts = { $invited } invited: { $yes } yes, { $maybe } maybe, { $no } no, { $waiting } no answer yet, { $no_answer } gave no answer; { $came } came, { $did_not_come } did not come
core-cli-no-reminders = No reminders to send: nobody invited is still expected.
core-cli-reminder-sent = sent { $at }
core-cli-reminder-to-send = to send
core-cli-reminder-kind-day = day
core-cli-reminder-kind-hour = hour
core-cli-reminder-due = due { $at } { $zone }
core-cli-label-answer = answer
core-cli-label-came = came
core-cli-label-who = who

## The command line's `find-time` (src/bin/campaign-desk/find_time.rs). { $length } is in minutes; { $count } days;
## { $working }/{ $asleep } are hours (09:00-18:00); { $days } days of the week (Mon–Fri); { $who } participants.
core-cli-find-time-searched = { $length }-minute slots over { $count } days from { $from } ({ $zone } days) for { $who }
core-cli-find-time-same-hours = Working { $working } { $days }, asleep { $asleep }, each on their own clock
core-cli-find-time-own-hours = { $who }: working { $working } { $days }, asleep { $asleep }
core-cli-find-time-each-hours = Each on their own clock — { $hours }
core-cli-find-time-looked-at = { $count } starts looked at; { $out } left out for overlapping the participants' busy events ({ $busy } in these days)
core-cli-find-time-nothing-free = No free slot: every start overlaps a participant's busy event. Try more days or a shorter length.
core-cli-find-time-working = working
core-cli-find-time-awake = awake
core-cli-find-time-asleep = asleep

## The command line's `sync` (src/bin/campaign-desk/sync.rs). { $url } is a server's or a calendar's address;
## { $user } a user name on it; { $reason } is English for now.
core-cli-sync-account-added = Account { $id } added: { $user } on { $url }
core-cli-sync-calendars-found = { $count } calendar(s) found:
core-cli-sync-no-accounts = No CalDAV accounts.
core-cli-sync-user-on = { $user } on { $url }
core-cli-sync-account-removed = Account { $id } removed
core-cli-sync-no-calendars = No calendars on { $url } for { $user }.
core-cli-sync-linked = Campaign { $campaign } is linked to { $url } (link { $link }); run `sync run` to sync it
core-cli-sync-link-removed = Link { $id } removed
core-cli-sync-ran = Sent { $sent }, taken in { $taken }, deleted { $deleted }, new conflicts { $conflicts }
core-cli-sync-not-synced = not synced: { $reason }
core-cli-sync-nothing-shared = No campaign is shared. (Passwords: the keyring, or { $variable } for one run.)
core-cli-sync-no-conflicts = No conflicts.
core-cli-sync-restored = Event { $id } is as the server has it again.
core-cli-sync-restored-as = Event { $id } was deleted here; the server's version is back as event { $new }.
core-cli-sync-removed-new = Event { $id } was new here and never reached the server: it is removed.
core-cli-sync-event-kept-local = Event { $id }: the local version is kept; it goes to the server on the next `sync run`
core-cli-sync-event-kept-remote = Event { $id }: the server's version is kept
core-cli-sync-task-kept-local = Task { $id }: the local version is kept; it goes to the server on the next `sync run`
core-cli-sync-task-kept-remote = Task { $id }: the server's version is kept
## A link's state in `sync status`; { $title } is the campaign's title. Changes a read-only calendar refused.
core-cli-sync-link = link { $id }: campaign { $campaign } ({ $title }) ↔ { $url }
core-cli-sync-last-synced = last synced { $at }
core-cli-sync-never-synced = last synced never
core-cli-sync-link-counts = { $synced } in sync, { $waiting } waiting, { $conflicts } conflicts
core-cli-sync-last-error = last error: { $reason }
core-cli-sync-refused-new = refused by the server (read-only for this account): event { $id } '{ $title }' (new), kept here only — undo it with `campaign-desk sync revert { $id }`
core-cli-sync-refused-edited = refused by the server (read-only for this account): event { $id } '{ $title }' (edited), kept here only — undo it with `campaign-desk sync revert { $id }`
core-cli-sync-refused-deleted = refused by the server (read-only for this account): event { $id } '{ $title }' (deleted), kept here only — undo it with `campaign-desk sync revert { $id }`
## The progress line of a long sync, rewritten in place on the terminal.
core-cli-sync-receiving = Receiving { $done } of { $total } changes…
core-cli-sync-sending = Sending { $done } of { $total } changes…
