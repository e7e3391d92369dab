-- Statements: joint statements, press releases, solidarity messages, open letters and calls to action, with their
-- revisions (the text's history), approvals (which organisation approved which revision), translations (each made
-- from one source revision), endorsements (sign-ons) and the "For reference:" contacts.
CREATE TABLE statements (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    kind           TEXT    NOT NULL,
    campaign_id    INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
    -- "Hong Kong, 18 December 2025": place and date as printed above the body.
    place          TEXT,
    dated          TEXT,
    source_lang    TEXT    NOT NULL,
    status         TEXT    NOT NULL DEFAULT 'draft',
    published_on   TEXT,
    published_where TEXT,
    hashtags       TEXT    NOT NULL DEFAULT '[]',
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX statements_campaign ON statements (campaign_id);

CREATE TABLE statement_issuers (
    statement_id    INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    position        INTEGER NOT NULL,
    PRIMARY KEY (statement_id, organisation_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX statement_issuers_org ON statement_issuers (organisation_id);

-- The source text's history. A revision is written in place only while it is `open` (autosave coalescing typing
-- into it); approving it, naming it, or a later revision closes it, and a closed revision never changes again.
CREATE TABLE statement_revisions (
    id           INTEGER PRIMARY KEY,
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    title        TEXT    NOT NULL,
    body         TEXT    NOT NULL,
    name         TEXT,
    open         INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1)),
    created_at   TEXT    NOT NULL,
    saved_at     TEXT    NOT NULL,
    UNIQUE (statement_id, number)
) STRICT;

CREATE TABLE statement_approvals (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    revision        INTEGER NOT NULL,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    note            TEXT,
    approved_at     TEXT    NOT NULL,
    UNIQUE (statement_id, revision, organisation_id),
    FOREIGN KEY (statement_id, revision) REFERENCES statement_revisions (statement_id, number)
) STRICT;

CREATE TABLE statement_translations (
    id                INTEGER PRIMARY KEY,
    statement_id      INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    lang              TEXT    NOT NULL,
    title             TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    based_on_revision INTEGER NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'draft',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    UNIQUE (statement_id, lang),
    FOREIGN KEY (statement_id, based_on_revision) REFERENCES statement_revisions (statement_id, number)
) STRICT;

CREATE TABLE statement_endorsements (
    id              INTEGER PRIMARY KEY,
    statement_id    INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE RESTRICT,
    person_id       INTEGER REFERENCES people (id) ON DELETE RESTRICT,
    endorsed_on     TEXT    NOT NULL,
    note            TEXT,
    withdrawn_on    TEXT,
    created_at      TEXT    NOT NULL,
    CHECK ((organisation_id IS NULL) <> (person_id IS NULL))
) STRICT;
CREATE UNIQUE INDEX statement_endorsements_org ON statement_endorsements (statement_id, organisation_id)
    WHERE organisation_id IS NOT NULL;
CREATE UNIQUE INDEX statement_endorsements_person ON statement_endorsements (statement_id, person_id)
    WHERE person_id IS NOT NULL;

CREATE TABLE statement_contacts (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    person_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    position     INTEGER NOT NULL,
    PRIMARY KEY (statement_id, person_id)
) STRICT, WITHOUT ROWID;
