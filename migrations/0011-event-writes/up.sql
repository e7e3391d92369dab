-- Which events were written, in order: every insert, update or deletion of an event (by any path: the app, the CLI
-- beside it, an import, a cascade) gives it the next number. An occurrence query that last looked at number N asks
-- for the events written after N and trusts every other cached copy, instead of checking the stamp of every event
-- in the window after each edit (with 100,000 events that check was most of the query after a drag).
CREATE TABLE event_writes (
    event_id INTEGER PRIMARY KEY,
    rev      INTEGER NOT NULL
);
CREATE UNIQUE INDEX event_writes_rev ON event_writes (rev);

-- Events already in the database count as written once, in id order.
INSERT INTO event_writes (event_id, rev) SELECT id, row_number() OVER (ORDER BY id) FROM events;

CREATE TRIGGER event_writes_insert AFTER INSERT ON events BEGIN
  INSERT OR REPLACE INTO event_writes (event_id, rev)
  VALUES (new.id, (SELECT coalesce(max(rev), 0) + 1 FROM event_writes));
END;
CREATE TRIGGER event_writes_update AFTER UPDATE ON events BEGIN
  INSERT OR REPLACE INTO event_writes (event_id, rev)
  VALUES (new.id, (SELECT coalesce(max(rev), 0) + 1 FROM event_writes));
END;
-- A deletion is a write too: its row stays, so the highest number never goes down (a reader that saw it would
-- otherwise miss the next write given the same number).
CREATE TRIGGER event_writes_delete AFTER DELETE ON events BEGIN
  INSERT OR REPLACE INTO event_writes (event_id, rev)
  VALUES (old.id, (SELECT coalesce(max(rev), 0) + 1 FROM event_writes));
END;
