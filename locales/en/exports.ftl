## The words an export or an announcement adds around the coordinators' own text, in the document's language
## (src/announce/words.rs, src/statement_export/labels.rs). Exports and announcements keep their own language
## choice, whatever the window's. Translators: these are printed in press releases and posts, as they are here:
## keep each id and { $count }; the punctuation of each value is part of it.

export-online = Online
export-register = Register
export-organised-by = Organised by
export-and = and
export-key-dates = Key dates
export-all-day = all day
export-invited = You are invited:
export-please-answer = Please answer: yes, maybe or no.

export-kind-statement = Statement
export-kind-press-release = Press release
export-kind-solidarity-message = Solidarity message
export-kind-open-letter = Open letter
export-kind-call-to-action = Call to action

export-endorsements = Endorsements ({ $count })
export-no-country = Other
export-for-reference = For reference:
