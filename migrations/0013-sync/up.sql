-- Two-way CalDAV sync (src/sync/). The password is never here: it lives in the operating system's keyring, under
-- the account's id.
CREATE TABLE sync_accounts (
    id         INTEGER PRIMARY KEY,
    url        TEXT NOT NULL,
    username   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (url, username)
) STRICT;

-- A campaign shared with one remote calendar. `sync_token` is the server's RFC 6578 token after the last complete
-- pull (NULL: the next pull lists everything); `last_synced`/`last_error` are for the status line.
CREATE TABLE sync_links (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES sync_accounts (id) ON DELETE CASCADE,
    campaign_id  INTEGER NOT NULL UNIQUE REFERENCES campaigns (id) ON DELETE CASCADE,
    calendar_url TEXT NOT NULL,
    sync_token   TEXT,
    last_synced  TEXT,
    last_error   TEXT,
    created_at   TEXT NOT NULL
) STRICT;

-- One calendar object resource per synced event (the series with its changed instances, one UID). `event_id` has
-- no foreign key on purpose: the row outlives a local deletion so that the next run can delete the resource (with
-- If-Match). `local_hash` is the SHA-256 of our own iCalendar text of the event when it was last sent or taken in:
-- a different text now means a local change. `etag` is the server's version then: a different one means a remote
-- change.
CREATE TABLE sync_items (
    id         INTEGER PRIMARY KEY,
    link_id    INTEGER NOT NULL REFERENCES sync_links (id) ON DELETE CASCADE,
    uid        TEXT NOT NULL,
    event_id   INTEGER,
    href       TEXT NOT NULL,
    etag       TEXT,
    local_hash TEXT,
    UNIQUE (link_id, uid),
    UNIQUE (link_id, href)
) STRICT;

-- Both sides changed an item since the last sync (or one deleted what the other edited). The local side stays as it
-- is; the server's version is kept here (`remote_ics` NULL: deleted on the server) until a person chooses.
CREATE TABLE sync_conflicts (
    item_id      INTEGER PRIMARY KEY REFERENCES sync_items (id) ON DELETE CASCADE,
    remote_ics   TEXT,
    remote_etag  TEXT,
    local_deleted INTEGER NOT NULL DEFAULT 0,
    found_at     TEXT NOT NULL
) STRICT;
