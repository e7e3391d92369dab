-- Read-only calendars the person subscribed to (webcal:// and https://…ics links), kept apart from their own
-- events: nothing here is ever exported, synced or edited. `last_fetched` is the last time the feed was read and
-- stored whole; `last_error` is the last attempt's problem (NULL after a good one) — a failed refresh leaves the
-- last good copy of the events as it was.
CREATE TABLE subscriptions (
    id           INTEGER PRIMARY KEY,
    url          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    colour       TEXT NOT NULL,
    last_fetched TEXT,
    last_tried   TEXT,
    last_error   TEXT,
    created_at   TEXT NOT NULL
) STRICT;

-- The feed's events as our reader understood them, replaced whole on each good refresh. They are never queried by
-- field, only read back to draw the calendar, so each is one JSON text of the event's input form (times, rule,
-- texts) with its changed instances beside it.
CREATE TABLE subscription_events (
    id              INTEGER PRIMARY KEY,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    uid             TEXT NOT NULL,
    event           TEXT NOT NULL,
    changes         TEXT NOT NULL DEFAULT '[]',
    UNIQUE (subscription_id, uid)
) STRICT;
