## The catalogue of the window, in English: the reference for every language (ids and placeables).
## Translators: keep each id and every { $placeable } as is; see ../README.md and your GLOSSARY.md.

# This language's name, in itself: shown in the list of languages in Settings.
language-name = English

app-name = Campaign Desk
app-version = Version { $version }
app-versionUnavailable = Version unavailable

nav-label = Areas
nav-home = Campaign Desk home
nav-calendar = Calendar
nav-campaigns = Campaigns
nav-statements = Statements
nav-organisations = Organisations
nav-settings = Settings
nav-shortcut = Ctrl+{ $key }
nav-shortcutMac = ⌘{ $key }

settings-language-label = Language of the window
settings-language-auto = Same as this computer ({ $language })
settings-language-pseudo = Pseudo-language (layout test)
settings-language-hint = Exported calendars, statements and announcements keep the language chosen for each of them.
settings-clock-label = Clock
settings-clock-auto = Usual for the language ({ $example })
settings-clock-h23 = 24-hour ({ $example })
settings-clock-h12 = 12-hour ({ $example })
settings-weekStart-label = Weeks start on
settings-weekStart-auto = Usual for the language ({ $day })

comingSoon-badge = Coming soon

search-open = Search
search-shortcut = Ctrl+K
search-shortcutMac = ⌘K
search-label = Search statements, campaigns, events and organisations
search-placeholder = Search statements, campaigns, events, organisations…
search-results = Search results
search-hint = Type to search every language. ↑ ↓ to choose, Enter to open, Esc to close.
search-none = Nothing found for “{ $query }”.
search-count =
    { $count ->
        [one] { $count } result
       *[other] { $count } results
    }
search-group-statement = Statements
search-group-translation = Translations
search-group-campaign = Campaigns
search-group-event = Events
search-group-organisation = Organisations

common-cancel = Cancel
discard-title = Discard your changes?
discard-body = What you typed or chose in this form has not been saved, and would be lost.
discard-confirm = Discard changes
discard-keep = Keep editing
draft-offer = Restore the unsaved changes from { $time }?
draft-recordChanged = Changes to it were saved since then: restoring puts the draft’s values over them.
draft-restore = Restore
draft-discard = Discard
common-close = Close
common-delete = Delete
common-done = Done
common-edit = Edit
common-save = Save
common-saveChanges = Save changes
common-newShortcut = Ctrl+N

count-campaigns =
    { $count ->
        [0] no campaigns
        [one] { $count } campaign
       *[other] { $count } campaigns
    }
count-statements =
    { $count ->
        [0] no statements
        [one] { $count } statement
       *[other] { $count } statements
    }
count-events =
    { $count ->
        [0] no events
        [one] { $count } event
       *[other] { $count } events
    }
count-people =
    { $count ->
        [0] no people
        [one] { $count } person
       *[other] { $count } people
    }
count-organisations =
    { $count ->
        [0] No organisations
        [one] { $count } organisation
       *[other] { $count } organisations
    }

welcome-title = Welcome to Campaign Desk
welcome-lead = Plan actions, keep track of partner organisations and prepare joint statements — everything stays on this computer and works offline.
welcome-startHeading = Where to start
welcome-organisations = Add the organisations in your alliance and the people you work with.
welcome-campaigns = Set up a campaign and the actions, meetings and deadlines that belong to it.
welcome-calendar = See everything that is coming up, across all campaigns.
welcome-chooseHeading = How would you like to begin?
welcome-zoneLabel = Your home time zone
welcome-zoneHint = New campaigns, their key dates and templates are laid out in this zone, and the calendar is shown in it. You can change it in Settings.
welcome-startEmpty = Start empty
welcome-startEmptyBody = Begin with your own alliance: add the organisations you work with, then plan your first campaign.
welcome-demo = Explore with demo data
welcome-demoLoading = Loading demo data…
welcome-demoBody = Look around a month of an international migrants’ alliance: a solidarity month, webinars, days of action and the networks behind them. You can delete it all later.
welcome-private = Everything you enter stays in a file on this computer. Nothing is sent anywhere.
welcome-tip = Tip: { $first } to { $last } switch between areas from anywhere.

calendar-title = Calendar
calendar-subtitle = Actions, meetings and deadlines across all campaigns.
calendar-newEvent = New event
calendar-viewZone = Show times in
calendar-campaignFilter = Campaign
calendar-campaignSpan = Campaign: { $title }
calendar-running = Campaigns in these dates:
calendar-cutSeries = “{ $title }” repeats more often than a calendar page can show: only its first { $count } times in these dates are drawn.
calendar-showOnly = Show only { $title }
calendar-organisationFilter = Organisation
calendar-allOrganisations = All organisations
calendar-kindFilter = Kind
calendar-allKinds = All kinds
calendar-allCampaigns = All campaigns
calendar-goto = Go to date
calendar-today = Today
calendar-prev = Previous
calendar-next = Next
calendar-month = Month
calendar-week = Week
calendar-day = Day
calendar-agenda = Week agenda
calendar-monthAgenda = Month agenda
calendar-campaignAgenda = The whole agenda of { $title }, { $dates }.
calendar-year = Year
calendar-allDay = All day
calendar-noEvents = Nothing planned in this period
calendar-noInstances = This event has no dates left to show: every date of its series was removed.
calendar-openDay = Open this day to see all its events
calendar-more =
    { $count ->
        [one] +{ $count } more
       *[other] +{ $count } more
    }
calendar-recurring = Repeats
calendar-changedOccurrence = Changed occurrence
calendar-partnerTimes = Times for partners
calendar-zoneTime = { $time } { $city }
calendar-dayShift =
    { $count ->
        [one] ({ $sign }{ $count } day)
       *[other] ({ $sign }{ $count } days)
    }
calendar-campaign = Campaign
calendar-mode = Format
calendar-location = Location
calendar-onlineUrl = Online link
calendar-registrationUrl = Registration link
calendar-deleteTitle = Delete event
calendar-deleteBody = Delete “{ $title }”?
calendar-deleteSeriesBody = Delete “{ $title }” and all its occurrences?
scope-title = Change a repeating event
scope-body = Which occurrences should change?
scope-this = This occurrence
scope-following = This and following
scope-all = All occurrences
editor-newTitle = New event
editor-editTitle = Edit event
editor-editOccurrence = Edit this occurrence
editor-editFollowing = Edit this and following occurrences
editor-noCampaign = No campaign
editor-allDay = All day
editor-start = Starts
editor-end = Ends
editor-lastDay = Last day
editor-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
editor-lessThanADay = less than a day
editor-longTitle = Save a long event?
editor-longBody = This event lasts { $length }, until { $end }. Is that right?
editor-overlapTitle = Occurrences would overlap
editor-overlapBody = Each occurrence lasts { $length }, longer than the { $gap } from one occurrence to the next. Is that right?
editor-saveAnyway = Save anyway
editor-goBack = Go back
editor-zoneHint = The times above are in this zone.
editor-repeat = Repeat
repeat-none = Does not repeat
repeat-daily = Daily
repeat-weekly = Weekly
repeat-monthly = Monthly
repeat-yearly = Yearly
repeat-custom = Custom rule (kept)
repeat-noneWords = Once
repeat-dailyWords = Every day
repeat-weeklyWords = Every week on { $day }
repeat-monthlyWords = Every month on day { $day }
repeat-yearlyWords = Every year on { $date }

campaigns-title = Campaigns
campaigns-subtitle = The campaigns your alliance runs, with their goals and timelines.
campaigns-emptyTitle = No campaigns yet
campaigns-emptyBody = A campaign gathers its dates, hashtags, co-organising organisations and events. Create your first one to get started.

campaign-new = New campaign
campaign-newTitle = New campaign
campaign-newSubtitle = Give it a title and dates; everything else can be filled in later.
campaign-editTitle = Edit campaign
campaign-create = Create campaign
campaign-search = Search campaigns
campaign-noMatch = No campaign matches “{ $query }”.
campaign-dates = Dates
campaign-organisationsShort = Orgs
campaign-sectionBasics = Basics
campaign-sectionText = Summary and description
campaign-sectionOrganisations = Organisations and their roles
campaign-titlePlaceholder = e.g. Solidarity Month for the peoples of Burma
campaign-endHint = The last day, included.
campaign-zoneHint = Where the campaign is run from; new events start in this zone.
campaign-hashtagsHint = Press Enter, space or comma after each one.
campaign-summaryHint = One sentence, shown in lists and announcements.
campaign-noOrgs = No organisations yet. Add the lead, co-organisers, partners, endorsers or sponsors below.
campaign-directoryEmpty = Your directory is empty: add organisations under Organisations first.
campaign-pickOrg = Choose an organisation…
campaign-pickRole = Role
campaign-addOrg = Add
campaign-roleOf = Role of { $name }
campaign-removeOrg = Remove { $name }
campaign-noDescription = No summary or description yet.
campaign-timelineHeading =
    { $count ->
        [0] Key dates
        [one] { $count } key date
       *[other] { $count } key dates
    }
campaign-statementsHeading =
    { $count ->
        [0] Statements
        [one] { $count } statement
       *[other] { $count } statements
    }
campaign-noStatements = No statements for this campaign yet.
campaign-openStatements = Write one in Statements
campaign-statementRevision = revision { $n }
campaign-statementSignOns =
    { $count ->
        [one] { $count } sign-on
       *[other] { $count } sign-ons
    }
campaign-outsideDates = Outside the campaign dates
campaign-outsideChip = Outside the dates
campaign-noEvents = No key dates yet. Add the webinars, days of action and anniversaries of this campaign here.
campaign-addEvent = Add key date
campaign-agenda = Whole-campaign agenda
campaign-eventsNote = Times are shown in each event’s own time zone.
campaign-organisationsHeading =
    { $count ->
        [0] Organisations
        [one] { $count } organisation
       *[other] { $count } organisations
    }
campaign-noOrgsYet = No organisations in this campaign yet. Use Edit to add them.
campaign-deleteTitle = Delete campaign?
campaign-deleteBody = Delete “{ $title }” and its { $events }?
campaign-deleteDetail = This cannot be undone, but the daily backup in Settings still has it.

campaignKind-solidarity_month = Solidarity month
campaignKind-day_of_action = Day of action
campaignKind-webinar_series = Webinar series
campaignKind-press_conference = Press conference
campaignKind-side_event = Side event
campaignKind-anniversary = Anniversary
campaignKind-womens_day = Women’s day
campaignKind-other = Other

campaignStatus-planning = Planning
campaignStatus-active = Active
campaignStatus-done = Done
campaignStatus-archived = Archived

orgRole-lead = Lead
orgRole-co_organiser = Co-organiser
orgRole-partner = Partner
orgRole-endorser = Endorser
orgRole-sponsor = Sponsor

eventKind-anniversary = Anniversary
eventKind-webinar = Webinar
eventKind-press_conference = Press conference
eventKind-day_of_action = Day of action
eventKind-rally = Rally
eventKind-meeting = Meeting
eventKind-side_event = Side event
eventKind-deadline = Deadline
eventKind-other = Other
eventMode-in_person = In person
eventMode-online = Online
eventMode-hybrid = Hybrid
eventStatus-tentative = Tentative
eventStatus-confirmed = Confirmed
eventStatus-cancelled = Cancelled
event-repeats = Repeats

field-name = Name
field-short_name = Acronym
field-country = Country
field-city = City
field-zone = Time zone
field-email = Email
field-website = Website
field-socials = Social media
field-notes = Notes
field-working_hours = Working hours
field-working_days = Working days
field-sleeping_hours = Sleeping hours
field-role = Role
field-phone = Phone
field-organisation = Organisation
field-title = Title
field-kind = Kind
field-status = Status
field-start_date = Start date
field-end_date = End date
field-home_zone = Home time zone
field-hashtags = Hashtags
field-colour = Colour
field-summary = Summary
field-description = Description
field-start = Start
field-end = End
field-all_day = All day
field-location = Place
field-mode = In person or online
field-online_url = Online link
field-registration_url = Registration link
field-rrule = Repeat rule
field-exdates = Skipped dates
field-rdates = Extra dates
field-reminders = Reminders
field-organisations = Organisations
field-recurrence_id = Occurrence

colour-indigo = Indigo
colour-orange = Orange
colour-teal = Teal
colour-red = Red
colour-purple = Purple
colour-green = Green
colour-ochre = Ochre
colour-pink = Pink
colour-custom = Custom

hashtags-placeholder = #StandWithBurma
hashtags-remove = Remove { $tag }

zone-placeholder = Type a city or region…
zone-listLabel = Time zones
zone-none = No time zone matches
country-placeholder = Type a country…
country-listLabel = Countries
country-none = No country matches

statements-title = Statements
statements-subtitle = Joint statements, press releases and open letters.

statements-empty = No statements yet
statements-emptyBody = Draft a joint statement, press release or open letter: partners approve a revision, and Campaign Desk keeps every version.
statements-new = New statement
statements-filterCampaign = Campaign
statements-filterStatus = Status
statements-allCampaigns = All campaigns
statements-noCampaign = No campaign
statements-allStatuses = Any status
statements-noMatch = No statements match these filters.
statements-colTitle = Title
statements-colKind = Kind
statements-colCampaign = Campaign
statements-colStatus = Status
statements-colRevision = Rev.
statements-colTranslations = Translations
statements-colEndorsements = Sign-ons
statements-colUpdated = Updated
statements-untitled = Untitled statement

statementKind-statement = Statement
statementKind-press_release = Press release
statementKind-solidarity_message = Solidarity message
statementKind-open_letter = Open letter
statementKind-call_to_action = Call to action
statementStatus-draft = Draft
statementStatus-in_review = In review
statementStatus-approved = Approved
statementStatus-published = Published

statementNew-title = New statement
statementNew-kind = Kind
statementNew-kindHint = The text starts from an outline for this kind; replace the [bracketed] parts.
statementNew-headline = Title
statementNew-campaign = Campaign
statementNew-issuers = Issued by
statementNew-lang = Written in
statementNew-create = Create and open

issuers-none = No issuing organisation yet.
issuers-add = Add an issuing organisation…
issuers-remove = Remove { $name }
issuers-directoryEmpty = Add organisations in the directory first.

statement-back = Statements
statement-titleLabel = Title of the statement
statement-revision = Revision { $number }
statement-saving = Saving…
statement-savedAt = Saved { $time }
statement-notSaved = Not saved — { $reason }
statement-retry = Retry
statement-tabs = Statement sections
statement-tabText = Text
statement-tabReview = Review
statement-tabRevisions = Revisions
statement-tabTranslations = Translations
statement-tabSignOns = Sign-ons & contacts
statement-tabShare = Share
share-heading = Share this statement
share-intro = Save it as a document with the issuers, date line, endorsements and contacts, or copy its text to paste into an email or a post.
share-format = Format
share-language = Language
share-allLanguages = All languages in one file
share-pdf = PDF document
share-docx = Word document (.docx)
share-html = Web page (.html)
share-md = Markdown (.md)
share-txt = Plain text (.txt)
share-save = Save as…
share-saveTitle = Save the statement
share-saved = Saved { $path } ({ $size } KB).
share-copyRich = Copy for email
share-copyPlain = Copy as plain text
share-copiedRich = Copied with its formatting; paste it into an email or a document.
share-copiedPlain = Copied as plain text.
share-postHeading = Text to post
share-platform = Platform
share-postLength = { $length } of { $limit } characters, as the platform counts them
share-postLengthNoLimit = { $length } characters
share-postCopy = Copy post
share-postCopied = Copied
statement-body = Text of the statement
statement-words =
    { $count ->
        [one] { $count } word
       *[other] { $count } words
    }
statement-characters =
    { $count ->
        [one] { $count } character
       *[other] { $count } characters
    }
statement-meter = Length for
statement-meterOf = { $length } / { $limit }
statement-meterNoLimit = no limit
statement-meterNone = None
statement-meterPick = pick a platform to check
statement-meterOver = too long for { $platform } by { $count }
statement-meterNote = Counted on the text without formatting, the way the platform counts it.
statement-recovered = Text typed on { $time } was not saved. Put it back in place of the saved text?
statement-recoveredRestore = Put it back
statement-recoveredDiscard = Discard
statement-delete = Delete
statement-deleteTitle = Delete this statement?
statement-deleteBody = Delete “{ $title }” with all its revisions, approvals, translations and sign-ons?
statement-loadFailed = This statement could not be opened: { $reason }

statementSettings-heading = Settings
statementSettings-kind = Kind
statementSettings-campaign = Campaign
statementSettings-issuers = Issued by
statementSettings-place = Place (date line)
statementSettings-placeHint = e.g. Manila
statementSettings-dated = Date (date line)
statementSettings-lang = Written in
statementSettings-hashtags = Hashtags
statementSettings-saved = Settings saved

revisions-intro = Typing is saved into the open revision; a pause of 10 minutes, an approval or a name starts a new one.
revisions-number = Rev.
revisions-name = Name
revisions-when = Saved
revisions-words = Words
revisions-approvedBy = Approved by
revisions-current = current
revisions-open = open for typing
revisions-nameButton = Name…
revisions-nameLabel = Name of revision { $number }
revisions-namePlaceholder = e.g. Sent to partners
revisions-restore = Restore…
revisions-restoreTitle = Restore revision { $number }?
revisions-restoreBody = The text of revision { $number } becomes a new revision { $next }. Nothing is deleted: the current text stays in the history.
revisions-restoreConfirm = Restore as revision { $next }
revisions-compareHeading = Compare
revisions-from = From
revisions-to = To
revisions-onlyOne = There is only one revision so far: nothing to compare yet.
revisions-same = Pick two different revisions.
revisions-changed =
    { $count ->
        [0] No paragraph changed.
        [one] { $count } paragraph changed.
       *[other] { $count } paragraphs changed.
    }
revisions-titleLine = Title
revisions-legend = Added text is underlined in green, removed text struck through in red.

review-draftExplain = Draft: only you are working on it.
review-in_reviewExplain = In review: partners are reading the text and recording their approval.
review-approvedExplain = Approved: the current text is approved and ready to publish.
review-publishedExplain = Published on { $date }.
review-sendForReview = Send for review
review-backToDraft = Back to draft
review-markApproved = Mark as approved
review-recordHeading = Record an approval
review-org = Organisation
review-orgPick = Choose an organisation…
review-orgFirst = Issuers and co-organisers
review-orgOthers = Other organisations
review-revision = Of revision
review-revisionCurrent = Revision { $number } (current)
review-revisionOption = Revision { $number }
review-note = Note (optional)
review-notePlaceholder = e.g. approved by email from the secretariat
review-record = Record approval
review-approvalsHeading = Approvals
review-none = No approvals recorded yet.
review-groupCurrent = Revision { $number } — the current text
review-groupOld = Revision { $number }
review-stale = Approved revision { $revision } · the text is now revision { $current }
review-withdraw = Withdraw
review-withdrawLabel = Withdraw the approval of { $name }
review-withdrawTitle = Withdraw this approval?
review-withdrawBody = The approval by { $name } of revision { $revision } will no longer count.
review-withdrawDetail = It stays in the Approvals list, marked withdrawn with the time; if it holds again, record it again.
review-approvedAt = approved { $when }
review-withdrawnAt = withdrawn { $when }
review-withdrawnMark = Withdrawn
review-publishHeading = Publish
review-publishedOn = Published on
review-publishedWhere = Where
review-publishedWherePlaceholder = e.g. website, press list, Facebook page
review-publish = Mark as published
review-publishNeeds = Publishing needs an issuing organisation and an approval of the current revision.

organisations-title = Organisations
organisations-subtitle = Member and partner organisations, and how to reach them.
organisations-emptyTitle = No organisations yet
organisations-emptyBody = Add the member and partner organisations of your alliance, one by one or from a spreadsheet (CSV). Campaigns then list them as co-organisers.

org-new = New organisation
org-newTitle = New organisation
org-editTitle = Edit organisation
org-create = Add organisation
org-search = Search name, acronym, city…
org-noMatch = No organisation matches “{ $query }”.
org-noPlace = No city or country
org-pick = Choose an organisation on the left to see its details and its people.
org-place = City and country
org-shortNameHint = e.g. IMA, APWLD
org-countryHint = Type its name, or a code such as PH or NZ, and pick it from the list.
org-socialsHint = One handle or link per line.
org-ownDayIntro = Its own day, for Find a time. Leave a field empty to keep the usual: working 09:00–18:00 Monday to Friday, asleep 23:00–07:00, on its own clock.
org-workingHours = Working hours
org-sleepingHours = Sleeping hours
org-hoursHint = On its own clock, e.g. { $example }
org-workingDays = Working days
org-workingDaysNone = Tick at least one working day.
org-deleteTitle = Delete organisation?
org-deleteBody = Delete “{ $name }”?
org-deleteUnused = It is not part of any campaign or event, and nobody in the directory belongs to it.
org-deleteStatements = It issued, approved or endorsed { $statements }. Those records are kept, so it cannot be deleted until it is removed from them.
org-deleteUsage = It takes part in { $campaigns } and { $events }, and { $people } belong to it. It will be removed from those campaigns and events; its people stay in the directory without an organisation.

person-heading =
    { $count ->
        [0] People
        [one] { $count } person
       *[other] { $count } people
    }
person-add = Add person
person-newTitle = New person at { $organisation }
person-editTitle = Edit person
person-editNamed = Edit { $name }
person-deleteNamed = Delete { $name }
person-empty = Nobody here yet. Add the people you contact at this organisation.
person-roleHint = e.g. Chair, Secretary-General, Media officer
person-deleteTitle = Delete person?
person-deleteBody = Delete “{ $name }” from the directory?

reminders-atStart = When it starts
reminders-minutes =
    { $count ->
        [one] { $count } minute before
       *[other] { $count } minutes before
    }
reminders-hours =
    { $count ->
        [one] { $count } hour before
       *[other] { $count } hours before
    }
reminders-days =
    { $count ->
        [one] { $count } day before
       *[other] { $count } days before
    }
reminders-none = No reminders
reminders-add = Add a reminder…
reminders-remove = Remove the reminder { $lead }
editor-reminders = Reminders
editor-remindersHint = Shown as desktop notifications while Campaign Desk is open, and kept in exported calendars.
editor-organisations = Co-organisers

findTime-button = Find a time
findTime-title = Find a time
findTime-lead = Hours that suit every partner, best first: fewest people asleep (23:00–07:00), then most in working hours (09:00–18:00, Monday to Friday), each on their own clock, and never over the events they already have here.
findTime-organisations = Organisations
findTime-noZone = No time zone: set one on its page to include it
findTime-zones = Other time zones
findTime-removeZone = Remove { $zone }
findTime-length = Length
findTime-minutes =
    { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
findTime-from = From
findTime-days = Days
findTime-search = Find
findTime-pickSomeone = Choose at least one organisation or time zone.
findTime-fromMissing = Choose the first day to look at.
findTime-suggestions = Best times
findTime-none = No free time: every start in these days overlaps an event of one of them. Try more days or a shorter meeting.
findTime-looked = { $count } start times looked at; { $busy } left out because they overlap an event of one of them.
findTime-create = Create event
findTime-show = Show this time in the grid
findTime-gridTitle = Hours on { $day } in { $city }
findTime-prevDay = Previous day
findTime-nextDay = Next day
findTime-working = Working hours
findTime-awake = Awake
findTime-asleepLegend = Asleep
findTime-busy = Busy
findTime-cellTitle = { $label }: { $time }, { $state }
findTime-and = { $list } and { $last }
findTime-asleepAt = { $city } at { $time }
findTime-everyoneWorking = everyone in working hours
findTime-othersWorking = everyone else in working hours
findTime-everyoneAwake = everyone awake, { $places } outside working hours
findTime-othersAwake = everyone else awake, { $places } outside working hours
findTime-asleep =
    { $count ->
        [one] { $places } is asleep
       *[other] { $places } are asleep
    }
findTime-everyoneAsleep = everyone asleep: { $places }

announce-button = Announce…
announce-title = Announce: { $title }
announce-platform = Platform
announce-platform-facebook = Facebook
announce-platform-x = X
announce-platform-instagram = Instagram
announce-platform-email = Email
announce-platform-text = WhatsApp / Signal
announce-language = Language
announce-text = Announcement text
announce-length = { $length } / { $limit }
announce-lengthNoLimit = { $length } characters
announce-tooLong = too long for this platform
announce-hint = Times are shown in the partner time zones from Settings. Edit the text freely before copying.
announce-copy = Copy
templates-heading = Announcement templates
templates-intro = How the composer writes each platform’s post in each language. A line whose placeholders are all empty is left out.
templates-kind = For
templates-forEvent = an event
templates-forCampaign = a whole campaign
templates-text = Template
templates-own = Your own template (saved with the settings).
templates-builtIn = The built-in template: edit it to make your own.
templates-reset = Use the built-in again
templates-placeholders = Placeholders: { $names }
announce-keep = Keep with the campaign
announce-kept = Kept with the campaign
announce-savedHeading =
    { $count ->
        [0] No announcements kept
        [one] { $count } announcement kept
       *[other] { $count } announcements kept
    }
announce-savedNone = Compose one with Announce… and keep it here to post again or translate.
announce-savedMeta = { $platform } · { $lang } · edited { $date }
announce-delete = Delete this announcement
announce-copied = Copied to the clipboard
announce-copyFailed = The text could not be copied: select it and copy it by hand.

tasks-heading = Tasks ({ $open } open of { $count })
tasks-none = No tasks yet: add what has to be done, by when and by whom.
tasks-title = Task
tasks-placeholder = Add a task…
tasks-dueLabel = Due date
tasks-owner = Owner
tasks-noOwner = No owner
tasks-add = Add
tasks-due = due { $date }
tasks-overdue = overdue since { $date }
tasks-delete = Delete the task { $title }

plan-fromTemplateButton = From a template…
plan-duplicateButton = Next edition…
plan-fromTemplate = New campaign from a template
plan-nextEdition = Next edition of { $title }
plan-nextEditionHint = Dates move to the new start; events on rules like "third Sunday" stay on them; organisations and tasks come along (tasks open again); this edition’s one-off changes stay behind.
plan-template = Template
plan-template-solidarity_month = Solidarity month: opening, webinar, days of action, closing
plan-template-day_of_action = Day of action
plan-template-webinar = Webinar
plan-template-press_conference = Press conference
plan-template-anniversary = Anniversary (every year)
plan-start = Starts on
plan-newStart = The new edition starts on
plan-layOut = Lay it out
plan-first = First day
plan-last = Last day
plan-events =
    { $count ->
        [0] No events
        [one] { $count } event
       *[other] { $count } events
    }
plan-tasks =
    { $count ->
        [0] No tasks
        [one] { $count } task
       *[other] { $count } tasks
    }
plan-remove = Remove { $title }
plan-back = Back
plan-create = Create the campaign

ics-importButton = Import .ics
ics-exportButton = Export .ics
ics-importTitle = Import a calendar file (.ics)
ics-exportTitle = Export as a calendar file (.ics)
ics-intro = Bring in events from Google Calendar, Outlook, Apple Calendar, Thunderbird or a partner’s .ics file.
ics-introSafe = You will see what the file holds first. Importing the same file again updates events instead of duplicating them; nothing is written if the file has errors.
ics-choose = Choose a file…
ics-chooseOther = Choose another file
ics-chooseTitle = Import a calendar file
ics-filterName = Calendar files
ics-target = Add new events to
ics-noCampaign = No campaign
ics-floatingZone = Times without a time zone are in
ics-homeZone = the home time zone
ics-zoneDefault = Use the default
ics-reading = Reading the file
ics-checking = Checking the file… { $percent }%
ics-writing = Importing… { $percent }%
ics-countNew =
    { $count ->
        [0] Nothing new
        [one] { $count } new
       *[other] { $count } new
    }
ics-countUpdated =
    { $count ->
        [0] None changed
        [one] { $count } changed
       *[other] { $count } changed
    }
ics-countUnchanged =
    { $count ->
        [0] None unchanged
        [one] { $count } unchanged
       *[other] { $count } unchanged
    }
ics-countSkipped =
    { $count ->
        [0] None skipped
        [one] { $count } skipped
       *[other] { $count } skipped
    }
ics-countErrors =
    { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
ics-errorsBlock = This file cannot be imported (nothing will be written):
ics-warningsBlock = These lines of the file were passed over; the events around them are imported:
ics-line = Line { $line }:
ics-lineHeader = Line
ics-action = Result
ics-action-new = New
ics-action-updated = Changed
ics-action-unchanged = Unchanged
ics-action-skipped = Skipped
ics-eventTitle = Event
ics-reason = Notes
ics-instance = the occurrence of { $at }
ics-noEvents = No events of this kind in the file.
ics-lookAt = The events in the file and what importing does with each:
ics-moreRows =
    { $count ->
        [one] …and { $count } more event, counted above but not listed (only the first 500 are, then those skipped or with a note)
       *[other] …and { $count } more events, counted above but not listed (only the first 500 are, then those skipped or with a note)
    }
ics-filter = Show
ics-filter-all = All ({ $count })
ics-filter-new = New ({ $count })
ics-filter-updated = Changed ({ $count })
ics-filter-unchanged = Unchanged ({ $count })
ics-filter-skipped = Skipped ({ $count })
ics-startHeader = Starts
ics-allDay = all day
ics-repeats = Repeats
ics-changes = Changes: { $fields }
ics-importCount =
    { $count ->
        [0] Nothing to import
        [one] Import { $count } event
       *[other] Import { $count } events
    }
ics-imported =
    { $count ->
        [0] Nothing was imported
        [one] { $count } event imported
       *[other] { $count } events imported
    }
ics-resultDetail = { $new } new, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
ics-scope = What to export
ics-scopeAll = Everything
ics-scopeAllHint = All events of every campaign, and those outside campaigns.
ics-scopeSome = Choose campaigns, organisations or kinds
ics-scopeSomeHint = Only the events that match every list you tick something in.
ics-emptyMeansAny = A list with nothing ticked does not narrow the export.
ics-none = None yet.
ics-from = From
ics-to = Until
ics-rangeHint = Optional: only events with a date in this range (a series is exported whole).
ics-rangeBoth = Give both dates of the range, or neither.
ics-rangeOrder = The range must end after it starts.
ics-saveAs = Save as…
ics-saveTitle = Save the calendar file
ics-exported =
    { $count ->
        [0] No events matched: the file holds an empty calendar
        [one] { $count } event exported
       *[other] { $count } events exported
    }
ics-exportedHint = Import this file in Google Calendar, Outlook, Apple Calendar or Thunderbird; times stay right in every time zone.

publish-heading = Publish calendars to a folder
publish-intro = Keep .ics files up to date in a folder — for example a synced Nextcloud or Dropbox folder that partners subscribe to. They are rewritten after every change, never half-written.
publish-folder = Folder
publish-noFolder = Not publishing
publish-choose = Choose folder…
publish-chooseTitle = Folder to publish calendars into
publish-stop = Stop publishing
publish-which = Calendars to publish
publish-everything = Everything, as
publish-failed = The published calendars could not be updated: { $reason }

csv-import = Import CSV
csv-importFromFile = Import from a CSV file
csv-export = Export CSV
csv-importOrganisationsTitle = Import organisations from CSV
csv-importPeopleTitle = Import people from CSV
csv-kindLabel = What the file holds
csv-kindOrganisations = Organisations
csv-kindPeople = People
csv-introOrganisations = Choose a CSV file with one organisation per row (saved from a spreadsheet as “CSV UTF-8”).
csv-introPeople = Choose a CSV file with one person per row; an “organisation” column links each person to an organisation by name or acronym.
csv-introSafe = You will see every row and its status before anything is added.
csv-fieldsList = Columns it understands: { $fields }.
csv-choose = Choose file…
csv-chooseOther = Choose another file
csv-chooseTitle = Choose a CSV file
csv-filterName = CSV files
csv-countNew =
    { $count ->
        [0] Nothing new
        [one] { $count } new
       *[other] { $count } new
    }
csv-countDuplicate =
    { $count ->
        [0] No duplicates
        [one] { $count } duplicate
       *[other] { $count } duplicates
    }
csv-countError =
    { $count ->
        [0] No errors
        [one] { $count } with an error
       *[other] { $count } with errors
    }
csv-mappingHint = Pick the field each column fills.
csv-line = Line
csv-status = Status
csv-status-new = New
csv-status-duplicate = Duplicate
csv-status-error = Error
csv-mapLabel = Field for column “{ $column }”
csv-ignore = Ignore this column
csv-noRows = The file has no rows below its header.
csv-moreRows = …and { $count } more rows.
csv-needName = Map one column to Name: it is the only required field.
csv-skipErrors =
    { $count ->
        [one] Skip the row with an error and import the rest
       *[other] Skip the { $count } rows with errors and import the rest
    }
csv-importCount =
    { $count ->
        [0] Nothing to import
        [one] Import { $count } row
       *[other] Import { $count } rows
    }
csv-createdOrganisations =
    { $count ->
        [0] No organisation was added.
        [one] Added { $count } organisation.
       *[other] Added { $count } organisations.
    }
csv-createdPeople =
    { $count ->
        [0] Nobody was added.
        [one] Added { $count } person.
       *[other] Added { $count } people.
    }
csv-skippedSummary = Skipped { $duplicates } duplicates and { $errors } rows with errors.
csv-exportTitle = Export to CSV
csv-exportLead = Which list would you like to save? You choose where the file goes next.
csv-exported = Saved to { $path }

settings-title = Settings
settings-subtitle = How Campaign Desk looks and behaves on this computer.
settings-regionHeading = Language and region
settings-dateExample = Dates are shown as
settings-homeZone = Home time zone
settings-homeZoneHint = The calendar is shown in this zone; new campaigns start in it.
settings-partnerZones = Partner time zones
settings-partnerZonesHint = Their local times are shown beside every event. Leave empty to use the organisations’ own zones.
settings-noPartnerZones = None chosen: the organisations’ zones are used.
settings-addZone = Add a zone…
settings-removeZone = Remove { $zone }
settings-backupsKeep = Daily backups to keep
settings-backupsKeepHint = Between 1 and 365.
settings-saved = Saved

backup-heading = Backups
backup-folder = Backup folder
backup-automatic =
    { $count ->
        [one] A backup is made automatically once a day; the last one is kept.
       *[other] A backup is made automatically once a day; the last { $count } are kept.
    }
backup-now = Back up now
backup-none = No backups yet.
backup-done = Backed up to { $path }
backup-restore = Restore…
backup-restoreTitle = Restore this backup?
backup-restoreBody = Replace everything in Campaign Desk with the content of { $name }?
backup-restoreDetail = The current content is saved first as a backup of its own, so you can go back to it.
backup-restored = Restored { $name }. The previous content was saved to { $path }

database-heading = Database
database-file = File
database-reason = Reason
database-schema = Format version { $version }
database-open = Open another database…
database-create = Create a new database…
database-openTitle = Open a Campaign Desk database
database-createTitle = Create a new Campaign Desk database
database-filterName = Campaign Desk databases
database-errorTitle = Campaign Desk cannot open its database
database-errorLead = The file below could not be opened, so nothing is shown yet.
database-errorSafe = The file was not changed. Open another database, or create a new one; Campaign Desk remembers your choice.
about-heading = About
about-licence = Free software under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later).
about-database = Database
about-backups = Backups
about-diagnostics = Diagnostics
about-diagnosticsHint = Versions to paste into a bug report. Nothing from your data or your computer’s files is in them.
about-copy = Copy diagnostics
about-copied = Copied to the clipboard
about-copyFailed = The text could not be copied: select it and copy it by hand.
settings-appearanceHeading = Appearance
settings-theme = Theme
settings-themeSystem = Follows your system (light or dark)
save-pending = Unsaved changes
save-saving = Saving…
save-saved = Saved
save-failed = Not saved: { $reason }

translations-heading = Translations
translations-none = No translations yet. Add one to translate the statement side by side with its source.
translations-add = Add translation
translations-addLabel = Language (a tag such as es, fr-CA, id or tl)
translations-addPlaceholder = e.g. es or fr-CA
translations-suggested = Suggested:
translations-badTag = “{ $tag }” is not a language tag like es, fr-CA or tl.
translations-create = Add
translations-open = Open the { $language } translation
translations-outdated = Outdated
translations-status-draft = Draft
translations-status-reviewed = Reviewed
translations-statusLabel = Status
translations-source = Source · revision { $revision }
translations-sourceBody = Source text (revision { $revision })
translations-target = { $language } translation
translations-title = Title
translations-body = { $language } text
translations-changedBanner = The source changed since revision { $revision }
translations-changedCount =
    { $count ->
        [0] Only the title changed.
        [one] { $count } paragraph changed:
       *[other] { $count } paragraphs changed:
    }
translations-changedTitle = Title
translations-paragraph-changed = Changed
translations-paragraph-added = Added
translations-paragraph-removed = Removed
translations-markUpdated = Mark as updated
translations-markUpdatedHint = When the translation matches the current source (revision { $revision }).
translations-delete = Delete translation
translations-deleteTitle = Delete the { $language } translation?
translations-deleteBody = Its text is removed from this statement. This cannot be undone.
translations-loading = Loading…

endorsements-heading = Endorsements
endorsements-active =
    { $count ->
        [0] No endorsements yet
        [one] { $count } endorsement
       *[other] { $count } endorsements
    }
endorsements-withdrawnCount =
    { $count ->
        [one] { $count } withdrawn
       *[other] { $count } withdrawn
    }
endorsements-add = Add endorsement
endorsements-from = Endorsed by
endorsements-fromOrganisation = An organisation
endorsements-fromPerson = A person
endorsements-fromNew = A new organisation
endorsements-organisation = Organisation
endorsements-person = Person
endorsements-choose = Choose…
endorsements-newName = Organisation name
endorsements-newCountry = Country
endorsements-date = Date
endorsements-note = Note
endorsements-notePlaceholder = Optional, e.g. “by email from the chair”
endorsements-submit = Add endorsement
endorsements-countryNotRecorded = Country not recorded
endorsements-personTag = person
endorsements-on = Endorsed { $date }
endorsements-withdrawnOn = Withdrawn { $date }
endorsements-withdraw = Withdraw
endorsements-withdrawLabel = Withdraw the endorsement of { $name }
endorsements-export = Export CSV
endorsements-exportTitle = Save the endorsements as CSV
endorsements-exported =
    { $count ->
        [0] Saved an empty list to { $path }
        [one] Saved { $count } endorsement to { $path }
       *[other] Saved { $count } endorsements to { $path }
    }

contacts-heading = For reference
contacts-none = No contacts yet. Add the people journalists and partners can call about this statement.
contacts-add = Add contact
contacts-choose = Choose a person…
contacts-noPeople = Everyone in the directory is already listed. Add people in the directory first.
contacts-up = Move { $name } up
contacts-down = Move { $name } down
contacts-remove = Remove { $name }

editor-toolbar = Formatting
editor-heading = Heading
editor-subheading = Subheading
editor-bold = Bold (Ctrl+B)
editor-italic = Italic (Ctrl+I)
editor-bullets = Bulleted list
editor-numbers = Numbered list
editor-quote = Block quote
editor-link = Link
editor-linkAddress = Link address
editor-linkApply = Apply
editor-linkInvalid = Use a web address (https://…) or an email (mailto:…).

date-day = dd
date-month = mm
date-year = yyyy
date-time = hh:mm
date-pick = Choose a date
date-calendar = Calendar for choosing a date
date-previousMonth = Previous month
date-nextMonth = Next month
date-unreadable = Cannot read “{ $text }” as a date. Type it as { $pattern }, e.g. { $example }, or as “{ $named }”.
date-unknownWord = “{ $word }” is not a month. Type the date as { $pattern }, or with the month’s name, e.g. “{ $named }”.
date-noSuchMonth = There is no month { $month }: dates here are read as { $pattern }, e.g. { $example }.
date-noSuchMonthSwapped = There is no month { $month }: dates here are read as { $pattern }. Did you mean { $suggestion }?
date-noSuchDay = { $month } has { $days } days, so there is no day { $day }.
date-badYear = Give the year with 4 digits (or 2), not “{ $year }”.
date-noSuchTime = “{ $time }” is not a time of day. Times run from 00:00 to 23:59, e.g. 20:00 or 8pm.
date-needTime = Add the time, e.g. { $example }.
date-dateOnly = This field takes a day, without a time.

sharing-heading = Sharing (CalDAV)
sharing-intro = Share campaign calendars with partners through a calendar server the alliance already uses (Nextcloud, Radicale, SOGo, Fastmail, iCloud). They see and edit the events in Thunderbird, Apple Calendar or their phone; changes come back here when you sync.
sharing-accounts = Accounts
sharing-noAccounts = No account yet. Add one with the server’s address, your user name and password.
sharing-addHeading = Add an account
sharing-url = Server address
sharing-urlHint = For example https://cloud.example.org/remote.php/dav (Nextcloud) or https://dav.example.org/.
sharing-user = User name
sharing-password = Password
sharing-passwordHint = An app password where the server offers them. It is kept in the system keyring, never in the database.
sharing-test = Test connection
sharing-testing = Connecting…
sharing-add = Add account
sharing-adding = Adding…
sharing-connected =
    { $count ->
        [one] Connected: { $count } calendar found.
       *[other] Connected: { $count } calendars found.
    }
sharing-added = Account added: { $user } on { $url }.
sharing-savedInKeyring = The password is saved in the system keyring.
sharing-sessionOnlyNote = The password is kept in memory until Campaign Desk closes; you will be asked again next time.
sharing-noKeyringTitle = No keyring on this computer
sharing-noKeyringBody = Campaign Desk keeps passwords only in the system keyring, and this computer has none it can use ({ $reason }).
sharing-noKeyringOffer = You can use the password for this session only: it stays in memory and is forgotten when Campaign Desk closes. It is never written to disk.
sharing-useSessionOnly = Use for this session only
sharing-sessionBadge = This session only
sharing-passwordMissing = This computer has no keyring, so the password was kept for an earlier session only. Give it again to sync in this session:
sharing-calendarsFound = Calendars on the server
sharing-noCalendars = No calendars yet: sharing a campaign can create one.
sharing-showCalendars = Test connection
sharing-remove = Remove
sharing-removeTitle = Remove this account?
sharing-removeBody = Campaigns shared through { $user } on { $url } stop syncing. Their events stay here, and the calendars stay on the server.
sharing-keyringKept = The account is removed, but its password could not be taken out of the keyring: { $reason }
sharing-hint401 = Check the user name and password. Servers with two-step login (Nextcloud, Fastmail, iCloud) need an app password made in their security settings.
sharing-hintUnreachable = Check the address and that this computer is online; the server may also be down.
sharing-hintCertificate = The connection was not trusted, so nothing was sent. Check the address, or ask the server’s administrator for a certificate your system trusts.
sharing-errorTitle = Could not connect

calShare-heading = Share this calendar
calShare-intro = Partners see this campaign’s events in their own calendar app, and their changes come back here.
calShare-noAccount = Add a CalDAV account in Settings → Sharing first.
calShare-openSettings = Open Settings
calShare-account = Account
calShare-calendar = Calendar
calShare-createNew = A new calendar named “{ $name }”
calShare-loadingCalendars = Looking for calendars…
calShare-start = Share
calShare-starting = Sharing and sending the events…
calShare-sharedWith = Shared with
calShare-lastSynced = Last synced
calShare-never = Not yet
calShare-pending = Changes waiting
calShare-inSync = Events in sync
calShare-conflicts = Conflicts
calShare-lastError = Last sync problem
calShare-syncNow = Sync now
calShare-syncing = Syncing… the window stays usable.
calShare-sending = Sending { $done } of { $total } { $total ->
        [one] change
       *[other] changes
    } to the server…
calShare-receiving = Taking in { $done } of { $total } { $total ->
        [one] change
       *[other] changes
    } from the server…
calShare-report = Sent { $pushed }, received { $pulled }, deleted { $deleted }, new conflicts { $conflicts }.
calShare-reportErrors =
    { $count ->
        [one] { $count } item could not be synced:
       *[other] { $count } items could not be synced:
    }
calShare-stop = Stop sharing
calShare-stopTitle = Stop sharing this campaign?
calShare-stopBody = Changes stop flowing both ways. The events stay here, and the calendar stays on the server for the partners who use it.
calShare-resolveConflicts = Resolve conflicts

conflicts-badge =
    { $count ->
        [one] { $count } sync conflict
       *[other] { $count } sync conflicts
    }
conflicts-title = Sync conflicts
conflicts-subtitle = These events and tasks were changed here and on the server since the last sync. Nothing was overwritten: choose which version to keep.
conflicts-none = No conflicts: everything shared is in sync.
conflicts-in = { $campaign } · found { $when }
conflicts-mine = Mine (this computer)
conflicts-theirs = Theirs (the server)
conflicts-deletedHere = Deleted here.
conflicts-deletedThere = Deleted on the server.
conflicts-unreadable = The server’s version could not be read: { $reason }
conflicts-field-title = Title
conflicts-field-time = Time
conflicts-field-repeats = Repeats
conflicts-field-location = Place
conflicts-field-description = Description
conflicts-field-due = Due
conflicts-field-done = Done
conflicts-allDay = all day
conflicts-taskDone = Done
conflicts-taskOpen = Not done yet
conflicts-empty = —
conflicts-keepMine = Keep mine
conflicts-keepTheirs = Keep theirs
conflicts-keptMine = Your version is kept; it goes to the server on the next sync.
conflicts-keptTheirs = The server’s version is kept.
conflicts-differs = differs

## Encryption: the welcome screen's recovery key, the unlock screen, Settings → Privacy
encryption-welcomeKeyring = Your data is encrypted on this computer; its key is kept in your keyring.
encryption-welcomePassphrase = Your data is encrypted on this computer with your passphrase.
encryption-recoveryTitle = Your recovery key
encryption-recoveryLead = If this computer’s keyring ever loses the key, this recovery key is the only way to open your data. It is shown this once: write it down or save it somewhere away from this computer.
encryption-copy = Copy
encryption-copied = Copied to the clipboard
encryption-saveFile = Save as file…
encryption-saveTitle = Save the recovery key
encryption-saved = Saved to { $path }
encryption-print = Print
encryption-keptCheck = I have kept the recovery key somewhere safe
encryption-keptDone = Done
encryption-unlockTitle = This database is encrypted
encryption-passphrase = Passphrase
encryption-recoveryKey = Recovery key
encryption-recoveryHint = 14 groups of 4 letters and digits, as written down; case and dashes do not matter.
encryption-unlock = Open
encryption-unlocking = Opening…
encryption-useRecovery = Use the recovery key instead
encryption-usePassphrase = Use the passphrase instead
encryption-untouched = Nothing in the file is changed until it opens.
encryption-chooseTitle = How should this new database be protected?
encryption-chooseLead = Campaign Desk encrypts its database so that a lost or seized computer reveals nothing. It keeps the key in the system keyring, but no keyring can be used here:
encryption-choosePassphrase = Protect it with a passphrase
encryption-choosePassphraseBody = You type it each time Campaign Desk starts. At least 12 characters; a few words are easiest. If it is lost, the data cannot be opened.
encryption-passphraseAgain = The same passphrase again
encryption-passphraseMismatch = The two passphrases differ.
encryption-createEncrypted = Create encrypted database
encryption-choosePlain = Continue without encryption
encryption-choosePlainBody = Anyone who gets this computer or its disk can read every name, number and note in it. You can encrypt it later in Settings.
encryption-choosePlainCheck = I understand that the data will not be encrypted
encryption-createPlain = Create unencrypted database
encryption-heading = Privacy and encryption
encryption-statePlain = This database is not encrypted: anyone with this computer or its disk can read it.
encryption-stateKeyring = This database and its backups are encrypted. The key is kept in your keyring, so it opens without asking.
encryption-statePassphrase = This database and its backups are encrypted with a passphrase, asked at each start.
encryption-stateKeyFile = This database and its backups are encrypted. The key is read from the file named by CAMPAIGN_DESK_DB_KEY_FILE.
encryption-noKeyring = No keyring can be used here ({ $reason }): a passphrase is needed.
encryption-encrypt = Encrypt this database
encryption-encryptWithPassphrase = Encrypt with a passphrase
encryption-encrypting = Encrypting…
encryption-encrypted = The database is now encrypted.
encryption-newRecovery = New key and recovery key
encryption-toPassphrase = Use a passphrase instead
encryption-changePassphrase = Change passphrase
encryption-toKeyring = Keep the key in the keyring instead
encryption-rekeyed = The database has a new key. Older backups still open with the old one.
encryption-newPassphrase = New passphrase
encryption-apply = Apply
encryption-rekeyTitle = Give the database a new key?
encryption-rekeyBody = The database is copied with a new key kept in your keyring, and you get a new recovery key. The old recovery key will no longer open it (backups made before still need the old one).
encryption-plainCopyRemoveBody = Delete { $path }? It holds everything as it was before encrypting, readable by anyone. The encrypted database is checked first.
encryption-plainCopy = The unencrypted file from before is still here: { $path }. Remove it once you have checked that everything is in place.
encryption-plainCopyRemove = Remove the unencrypted file
encryption-plainCopyRemoved = Removed { $path }
encryption-plainBackups =
    { $count ->
        [one] One backup was made before encrypting and is not encrypted.
       *[other] { $count } backups were made before encrypting and are not encrypted.
    }
backup-encrypted = Encrypted
backup-plain = Not encrypted
backup-keyLabel = Recovery key or passphrase of the database it was made from
backup-keyHint = This backup is encrypted with another key than this database’s.

## Subscribed calendars (read-only calendars from webcal:// and https:// links)
subscribe-button = Subscribe to a calendar
subscribe-title = Subscribe to a calendar
subscribe-intro = A partner’s public calendar, read from its link and shown beside your events in its own colour. It stays read-only: nothing is sent back, and it is never exported or shared as yours. Campaign Desk reads it again every few hours.
subscribe-url = Calendar link
subscribe-urlHint = Begins with webcal:// or https:// — in Google Calendar, the “public address in iCal format”.
subscribe-name = Name
subscribe-nameHint = Leave it empty to use the calendar’s own name.
subscribe-submit = Subscribe
subscribe-busy = Reading the calendar…
subscribe-offered = You opened a calendar link. Subscribe to it? Nothing is read until you press Subscribe.
subscriptions-heading = Subscribed calendars
subscriptions-events =
    { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
subscriptions-lastRead = read { $when }
subscriptions-problem = Could not be read { $when }: { $error }. The events shown are from the last good copy.
subscriptions-refresh = Refresh now
subscriptions-refreshing = Refreshing…
subscriptions-remove = Remove
subscriptions-removeHint = Remove { $name } and its events from the calendar
subscriptions-from = From the subscribed calendar { $name }: read-only.
subscriptions-location = Place
subscriptions-notes = Notes

## CalDAV: changes a read-only calendar refused
calShare-refusedHeading = Changes the server refused
calShare-refusedWhy = This calendar is read-only for your account, so these changes stay on this computer only. Undo a change to get the calendar’s version back.
calShare-refusedNew = New here: { $title }
calShare-refusedEdited = Changed here: { $title }
calShare-refusedDeleted = Deleted here: { $title }
calShare-undo = Undo my change
calShare-undoing = Undoing…
calShare-undoneRestored = The calendar’s version is back.
calShare-undoneRemoved = The new event is removed: the calendar never had it.

## Who is coming: invitations, answers and attendance of an event's occurrence, and a campaign's counts

rsvpAnswer-invited = No answer yet
rsvpAnswer-yes = Yes
rsvpAnswer-maybe = Maybe
rsvpAnswer-no = No
rsvpAnswer-no_answer = Gave no answer
attendance-unrecorded = —
attendance-came = Came
attendance-absent = Did not come
who-open = Answers and attendance…
who-invite = Invite organisations and people…
who-section = Who is coming
who-title = Who is coming: { $title }
who-scope = Which occurrences
who-scope-this = This occurrence
who-scope-all = All occurrences
who-suggested = Not invited yet:
who-inviteCoOrganisers = Invite the { $count } co-organisers
who-add = Invite an organisation or a person
who-addPlaceholder = Type a name…
who-addNone = No one else by that name in the directory
who-kind-person = Person
who-kind-organisation = Organisation
who-empty = Nobody is invited yet. Invite the co-organisers above, or anyone in the directory.
who-col-who = Who
who-col-answer = Answer
who-col-came = Came?
who-col-notes = Notes
who-fromSeries = answer for all occurrences
who-answerFor = Answer of { $name }
who-cameFor = Did { $name } come?
who-notesFor = Notes on { $name }
who-attendanceNeedsOccurrence = Who came is recorded for each occurrence: choose “This occurrence”.
who-remove = Remove
who-removeFromSeries = Remove from all occurrences
who-removeName = Remove { $name }
who-removeTitle = Remove { $name }?
who-removeBody = { $name }’s answer, attendance and notes for this occurrence will be lost.
who-removeSeriesBody = { $name } was invited to every occurrence: removing them here removes them from all of them, with their answers.
who-followUp =
    { $count ->
        [one] Still to answer: { $count } invitation
       *[other] Still to answer: { $count } invitations
    }
who-noContact = no e-mail or phone in the directory
who-copyFollowUp = Copy names and contacts
who-copied = Copied
who-count-invited = { $count } invited
who-count-yes = { $count } yes
who-count-maybe = { $count } maybe
who-count-no = { $count } no
who-count-waiting = { $count } waiting for an answer
who-count-noAnswer = { $count } gave no answer
who-count-came = { $count } came
who-count-didNotCome = { $count } did not come
who-reminders = Reminders to send
who-remindersAs = Written for
who-message = Invitation message
who-messageHint = Written from the announcement templates, with the time on each invitee’s own clock. Copy it into an e-mail or a chat.
who-remindersNone = No reminders to send: nobody invited is still expected.
who-reminder-day = the day before
who-reminder-hour = an hour before
who-reminderDue = due { $time } in { $city }
who-reminderSent = Sent
who-copy = Copy
who-files = Invitations by calendar file
who-organizer = Organiser’s e-mail in the invitation
who-organizerPlaceholder = Leave empty for the lead organisation’s
who-icsSave = Save invitation (.ics)…
who-icsSaveTitle = Save the invitation
who-icsSaved =
    { $count ->
        [one] Saved: an invitation from { $organizer } to { $count } invitee, for all occurrences.
       *[other] Saved: an invitation from { $organizer } to { $count } invitees, for all occurrences.
    }
who-icsWithoutEmail = Not in it, for want of an e-mail address in the directory: { $names }.
who-replyImport = Import a reply (.ics)…
who-replyTitle = Choose a reply to an invitation
who-replyRecorded = { $name }: { $answer }.
who-campaignHeading = Who is coming
who-campaignTotals =
    { $count ->
        [one] Across its { $count } event:
       *[other] Across its { $count } events:
    }
who-campaignNone = No one is invited to this campaign’s events yet. Open an event and choose “Who is coming”.
who-campaignOccurrences =
    { $count ->
        [one] Counted over { $count } occurrence, each invitee once.
       *[other] Counted over { $count } occurrences, each invitee once in each.
    }
# Polls (issue #18): find a time's poll mode
poll-button = Polls
poll-title = Polls
poll-none = No polls yet. In Find a time, tick two or three suggestions and start a poll.
poll-open = Open
poll-closed = Closed
poll-campaign = Campaign: { $title }
poll-organisation = Organisation
poll-total = Answers
poll-answer-yes = Yes
poll-answer-ifNeedBe = If need be
poll-answer-no = No
poll-noAnswer = No answer
poll-answerFor = { $org }’s answer for { $time }
poll-counts = { $yes } yes · { $maybe } if need be · { $no } no
poll-winner = Winner
poll-chosen = Chosen
poll-leads = Winner: { $time } — { $rule }.
poll-chosenOn = Chosen: { $time }.
poll-waiting = No answers yet: record each organisation’s answer for each slot.
poll-rule-mostYes = most yes
poll-rule-fewestNo = as many yes as another slot, fewest no
poll-rule-mostIfNeedBe = tied on yes and no, most “if need be”
poll-rule-earliest = tied on every count, so the earliest
poll-rule-only = the only slot with answers
poll-howWinner = The winner has the most yes, then the fewest no, then the most “if need be”, then is the earliest.
poll-createEvent = Create the event
poll-eventMade = This poll became an event: find it in the calendar.
poll-delete = Delete poll
poll-deleteTitle = Delete poll?
poll-deleteBody = Delete “{ $title }” with every organisation’s answers? An event made from it stays in the calendar.
findTime-addToPoll = Poll
findTime-addToPollTitle = Put this slot to a poll (up to three)
findTime-pollTitle = Poll title
findTime-pollDefaultTitle = Coordination meeting
findTime-startPoll = { $count ->
    [one] Start a poll with { $count } slot
   *[other] Start a poll with { $count } slots
}
findTime-pollNeedsOrgs = A poll asks organisations: choose at least one above.
findTime-pollPickTwo = Tick two or three suggestions under “Poll” to ask the organisations which suits them.
