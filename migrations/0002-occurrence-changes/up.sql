-- Changed occurrences of a series: one instance moved, retitled, relocated, cancelled, or given its own notes, links
-- and co-organisers (how a yearly anniversary carries this year's theme). Keyed by the instance's original local
-- start in the event's zone (a date for all-day series), as RFC 5545's RECURRENCE-ID is.

CREATE TABLE occurrence_changes (
    event_id         INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    recurrence_id    TEXT NOT NULL,
    title            TEXT,
    start_local      TEXT,
    end_local        TEXT,
    status           TEXT,
    location         TEXT,
    online_url       TEXT,
    registration_url TEXT,
    description      TEXT,
    organisations    TEXT,   -- JSON array of {organisation_id, role}, or NULL to keep the series'
    updated_at       TEXT NOT NULL,
    PRIMARY KEY (event_id, recurrence_id)
) STRICT;
