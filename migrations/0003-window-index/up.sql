-- The occurrence query filters on start, end and "is it a series" together; with all three in one index SQLite
-- decides from the index alone which rows to read, instead of fetching every event that started before the window
-- (measured on 100,000 events: most of the query's time; see BENCHMARKS.md). It replaces the start-only index.
DROP INDEX events_start;
CREATE INDEX events_window ON events (start_local, end_local, rrule);
