-- Organisations, people, campaigns and events, with organisations in roles.
-- Dates are ISO text (YYYY-MM-DD), local times YYYY-MM-DDTHH:MM with their IANA zone, timestamps RFC 3339 UTC.

CREATE TABLE organisations (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name  TEXT,
    country     TEXT CHECK (country IS NULL OR length(country) = 2),
    city        TEXT,
    zone        TEXT,
    email       TEXT,
    website     TEXT,
    socials     TEXT,
    notes       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX organisations_name ON organisations (name COLLATE NOCASE);

CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    role            TEXT,
    email           TEXT,
    phone           TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX people_organisation ON people (organisation_id);

CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT NOT NULL,
    summary     TEXT,
    description TEXT,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL CHECK (end_date >= start_date),
    zone        TEXT NOT NULL,
    hashtags    TEXT NOT NULL DEFAULT '[]',   -- JSON array of "#tag"
    colour      TEXT NOT NULL,
    status      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX campaigns_dates ON campaigns (start_date, end_date);

CREATE TABLE campaign_organisations (
    campaign_id     INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, organisation_id)
) STRICT;
CREATE INDEX campaign_organisations_org ON campaign_organisations (organisation_id);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    campaign_id      INTEGER REFERENCES campaigns (id) ON DELETE CASCADE,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind             TEXT NOT NULL,
    all_day          INTEGER NOT NULL CHECK (all_day IN (0, 1)),
    start_local      TEXT NOT NULL,
    end_local        TEXT NOT NULL,
    zone             TEXT CHECK (all_day = 1 OR zone IS NOT NULL),
    rrule            TEXT,
    exdates          TEXT NOT NULL DEFAULT '[]',  -- JSON array of local starts
    mode             TEXT NOT NULL,
    location         TEXT,
    online_url       TEXT,
    registration_url TEXT,
    status           TEXT NOT NULL,
    description      TEXT,
    reminders        TEXT NOT NULL DEFAULT '[]',  -- JSON array of minutes before the start
    sequence         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX events_campaign ON events (campaign_id);
CREATE INDEX events_start ON events (start_local);

CREATE TABLE event_organisations (
    event_id        INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role            TEXT NOT NULL,
    position        INTEGER NOT NULL,
    PRIMARY KEY (event_id, organisation_id)
) STRICT;
CREATE INDEX event_organisations_org ON event_organisations (organisation_id);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL  -- JSON
) STRICT;
