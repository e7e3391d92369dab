-- Extra dates of a series (RFC 5545 RDATE), as a JSON array of local starts in the event's zone (dates for all-day
-- events), like exdates. An event with extra dates is a series even without a rule, so the occurrence query must
-- also read events that began before the window and have extra dates: the window index gains the column so SQLite
-- still decides from the index alone (see 0003).
ALTER TABLE events ADD COLUMN rdates TEXT NOT NULL DEFAULT '[]';
DROP INDEX events_window;
CREATE INDEX events_window ON events (start_local, end_local, rrule, rdates);
