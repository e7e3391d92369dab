-- The search index again, contentless (`content = ''`): 0009's kept a copy of every title and text beside the index,
-- which the snippets were cut from. Indexing the Google-style import's 93,583 events took 0.47 s with that copy and
-- 0.36 s without, and the copy held 11.6 of the database's 70 MB (BENCHMARKS.md, 2026-12-07). The store now reads a
-- hit's title and text from the source row its entry number names, and cuts the snippet itself (search_snippet.rs).
-- `contentless_delete = 1` (SQLite 3.43) lets an entry be deleted by its rowid alone, as `apply_pending` does.
-- The kind, the id a hit links to and the language are no longer columns: the entry number says the kind and the
-- source row (rowid = id * 8 + kind code, as in 0009), and the row says the rest. Tokenizer, prefix indexes, views
-- and triggers are 0009's.
DROP TABLE search_index;

CREATE VIRTUAL TABLE search_index USING fts5(
    title,
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- FTS5 gathers new entries in memory and writes them out as a new segment (later merged) each time they pass
-- `hashsize`; 4 MB instead of its 1 MB default cut indexing those 93,583 events from ~0.36 to ~0.31 s. It is spent
-- only by a write that large (a big import), and freed when the write is done. Kept in the index's own settings.
INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 4194304);

INSERT INTO search_index (rowid, title, body) SELECT entry, title, body FROM search_statements_source;
INSERT INTO search_index (rowid, title, body) SELECT entry, title, body FROM search_translations_source;
INSERT INTO search_index (rowid, title, body) SELECT entry, title, body FROM search_campaigns_source;
INSERT INTO search_index (rowid, title, body) SELECT entry, title, body FROM search_events_source;
INSERT INTO search_index (rowid, title, body) SELECT entry, title, body FROM search_organisations_source;
