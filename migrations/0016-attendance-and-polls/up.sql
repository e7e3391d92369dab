-- Who is coming (issue #18). An invitee is an organisation or a person, never both. `recurrence_id` is '' for the
-- whole series ("all occurrences") or one instance's original local start, keyed as occurrence_changes and RFC 5545's
-- RECURRENCE-ID are; an instance's own row wins over the series' row for that instance. `answer` is the RSVP
-- ('invited' until they say; 'no_answer' when the coordinator gave up waiting); `attended` is filled in afterwards
-- (NULL: not recorded).
CREATE TABLE invitations (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    recurrence_id   TEXT    NOT NULL DEFAULT '',
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES people (id) ON DELETE CASCADE,
    answer          TEXT    NOT NULL DEFAULT 'invited'
                    CHECK (answer IN ('invited', 'yes', 'maybe', 'no', 'no_answer')),
    attended        INTEGER CHECK (attended IS NULL OR attended IN (0, 1)),
    notes           TEXT,
    answered_at     TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    CHECK ((organisation_id IS NULL) <> (person_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX invitations_invitee
    ON invitations (event_id, recurrence_id, coalesce(organisation_id, 0), coalesce(person_id, 0));
CREATE INDEX invitations_organisation ON invitations (organisation_id);
CREATE INDEX invitations_person ON invitations (person_id);

-- Reminders to people that the coordinator has marked as sent: one row per occurrence (its actual local start),
-- invitee and kind ('day' before, 'hour' before), so the "reminders to send" list drops what was done.
CREATE TABLE reminders_sent (
    event_id        INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    occurrence      TEXT    NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES people (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind IN ('day', 'hour')),
    sent_at         TEXT    NOT NULL,
    CHECK ((organisation_id IS NULL) <> (person_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX reminders_sent_key
    ON reminders_sent (event_id, occurrence, coalesce(organisation_id, 0), coalesce(person_id, 0), kind);

-- A poll over candidate slots for a meeting (find a time's poll mode): each organisation asked answers each slot
-- yes / if need be / no; closing it names the winner, and the event made from it is remembered.
CREATE TABLE polls (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    campaign_id     INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    length_minutes  INTEGER NOT NULL CHECK (length_minutes > 0),
    zone            TEXT    NOT NULL,  -- the zone its slots are written in first (the first participant's)
    closed_at       TEXT,
    chosen_slot_id  INTEGER,           -- set on closing; a poll_slots id
    event_id        INTEGER REFERENCES events (id) ON DELETE SET NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
) STRICT;

CREATE TABLE poll_slots (
    id       INTEGER PRIMARY KEY,
    poll_id  INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    start    TEXT    NOT NULL,  -- an instant, RFC 3339 in UTC
    position INTEGER NOT NULL,
    UNIQUE (poll_id, start)
) STRICT;

CREATE TABLE poll_organisations (
    poll_id         INTEGER NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    PRIMARY KEY (poll_id, organisation_id)
) STRICT;

CREATE TABLE poll_answers (
    slot_id         INTEGER NOT NULL REFERENCES poll_slots (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    answer          TEXT    NOT NULL CHECK (answer IN ('yes', 'if_need_be', 'no')),
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (slot_id, organisation_id)
) STRICT;

-- Each organisation's own day for find a time; NULL keeps the defaults (09:00-18:00 working Monday to Friday,
-- 23:00-07:00 asleep). Written as find-time's options are ("09:00-18:00", "mon-fri").
ALTER TABLE organisations ADD COLUMN working_hours TEXT;
ALTER TABLE organisations ADD COLUMN working_days TEXT;
ALTER TABLE organisations ADD COLUMN sleeping_hours TEXT;
