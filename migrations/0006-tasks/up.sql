-- A campaign's checklist: what has to be done by when and by whom. Exported as VTODO in the campaign's calendar,
-- so each task has a UID of its own (kept for ever, like events') and a SEQUENCE raised on every change.
CREATE TABLE tasks (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    due_date    TEXT,
    owner_id    INTEGER REFERENCES people (id) ON DELETE SET NULL,
    done_at     TEXT,
    position    INTEGER NOT NULL,
    sequence    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX tasks_campaign ON tasks (campaign_id, position);
CREATE INDEX tasks_owner ON tasks (owner_id);
