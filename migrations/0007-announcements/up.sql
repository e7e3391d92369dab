-- Announcements a coordinator composed and kept: they belong to a campaign (and, when about one event, to it and
-- one of its occurrences), for one platform and language, with the text as last edited.
CREATE TABLE announcements (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    event_id    INTEGER REFERENCES events (id) ON DELETE SET NULL,
    occurrence  TEXT,
    platform    TEXT    NOT NULL,
    lang        TEXT    NOT NULL,
    text        TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX announcements_campaign ON announcements (campaign_id, updated_at);
