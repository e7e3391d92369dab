-- Global search: one FTS5 index over statements (the current revision), their translations (every language),
-- campaigns, events and organisations. Triggers on every source table note which entries a write touched in
-- `search_pending`; the store brings those entries up to date just before each transaction commits
-- (`store::search::apply_pending`, in `Store::write` and the import transaction), in one statement per kind. Writing
-- to FTS5 from the triggers themselves cost ~65 µs per row: SQLite opens a statement savepoint around any statement
-- that fires triggers, and FTS5 flushes its pending terms to a new segment at every savepoint (BENCHMARKS.md).
--   unicode61 remove_diacritics 2: "deportacion" finds "deportación" and the other way round.
--   prefix '2 3': short prefixes ("de*") read a prefix index instead of every term that starts with them.
-- Each entry's rowid is derived from its source row, so it is replaced or removed through the rowid:
--   rowid = id * 8 + kind code, with 1 statement (id: the statement's), 2 translation (id: the translation row's),
--   3 campaign, 4 event, 5 organisation. `ref_id` is the id a hit links to (for a translation, its statement).
CREATE VIRTUAL TABLE search_index USING fts5(
    title,
    body,
    kind UNINDEXED,
    ref_id UNINDEXED,
    lang UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- What each kind contributes, as views the triggers and the initial fill select from.
CREATE VIEW search_statements_source AS
SELECT s.id * 8 + 1 AS entry, s.id AS id, r.title AS title, r.body AS body, s.source_lang AS lang
  FROM statements s
  JOIN statement_revisions r ON r.statement_id = s.id
       AND r.number = (SELECT max(number) FROM statement_revisions WHERE statement_id = s.id);

CREATE VIEW search_translations_source AS
SELECT t.id * 8 + 2 AS entry, t.id AS id, t.statement_id AS ref_id, t.title AS title, t.body AS body, t.lang AS lang
  FROM statement_translations t;

CREATE VIEW search_campaigns_source AS
SELECT c.id * 8 + 3 AS entry, c.id AS id, c.title AS title,
       concat_ws(char(10), c.summary, c.description,
                 CASE WHEN c.hashtags <> '[]' THEN (SELECT group_concat(value, ' ') FROM json_each(c.hashtags)) END)
         AS body
  FROM campaigns c;

CREATE VIEW search_events_source AS
SELECT e.id * 8 + 4 AS entry, e.id AS id, e.title AS title, concat_ws(char(10), e.location, e.description) AS body
  FROM events e;

CREATE VIEW search_organisations_source AS
SELECT o.id * 8 + 5 AS entry, o.id AS id, o.name AS title, concat_ws(char(10), o.short_name, o.city, o.notes) AS body
  FROM organisations o;

-- Rows that already exist (an upgraded database).
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'statement', id, lang FROM search_statements_source;
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'translation', ref_id, lang FROM search_translations_source;
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'campaign', id, NULL FROM search_campaigns_source;
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'event', id, NULL FROM search_events_source;
INSERT INTO search_index (rowid, title, body, kind, ref_id, lang)
SELECT entry, title, body, 'organisation', id, NULL FROM search_organisations_source;

-- Entries a write in the current transaction touched (an entry's rowid); emptied before every commit.
CREATE TABLE search_pending (entry INTEGER PRIMARY KEY) STRICT;

-- Statements: the entry is the current (highest-numbered) revision's text, replaced whenever a revision is written.
CREATE TRIGGER search_revision_insert AFTER INSERT ON statement_revisions BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.statement_id * 8 + 1);
END;
CREATE TRIGGER search_revision_update AFTER UPDATE OF title, body, number ON statement_revisions BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.statement_id * 8 + 1);
END;
CREATE TRIGGER search_revision_delete AFTER DELETE ON statement_revisions BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (old.statement_id * 8 + 1);
END;
CREATE TRIGGER search_statement_lang AFTER UPDATE OF source_lang ON statements BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 1);
END;
CREATE TRIGGER search_statement_delete AFTER DELETE ON statements BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (old.id * 8 + 1);
END;

-- Translations: one entry each, in its own language.
CREATE TRIGGER search_translation_insert AFTER INSERT ON statement_translations BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 2);
END;
CREATE TRIGGER search_translation_update AFTER UPDATE OF title, body, lang, statement_id ON statement_translations
BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 2);
END;
CREATE TRIGGER search_translation_delete AFTER DELETE ON statement_translations BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (old.id * 8 + 2);
END;

CREATE TRIGGER search_campaign_insert AFTER INSERT ON campaigns BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 3);
END;
CREATE TRIGGER search_campaign_update AFTER UPDATE OF title, summary, description, hashtags ON campaigns BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 3);
END;
CREATE TRIGGER search_campaign_delete AFTER DELETE ON campaigns BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (old.id * 8 + 3);
END;

CREATE TRIGGER search_event_insert AFTER INSERT ON events BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 4);
END;
CREATE TRIGGER search_event_update AFTER UPDATE OF title, location, description ON events BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 4);
END;
CREATE TRIGGER search_event_delete AFTER DELETE ON events BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (old.id * 8 + 4);
END;

CREATE TRIGGER search_organisation_insert AFTER INSERT ON organisations BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 5);
END;
CREATE TRIGGER search_organisation_update AFTER UPDATE OF name, short_name, city, notes ON organisations BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (new.id * 8 + 5);
END;
CREATE TRIGGER search_organisation_delete AFTER DELETE ON organisations BEGIN
  INSERT OR IGNORE INTO search_pending VALUES (old.id * 8 + 5);
END;
