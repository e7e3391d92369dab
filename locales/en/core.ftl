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
