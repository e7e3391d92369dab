-- Incremental sync in O(changes) (src/sync/engine.rs): `hashed_rev` is the event's write number (event_writes.rev,
-- migration 11) when `local_hash` was last made from it; an event whose number has not moved since is not written
-- out and hashed again. NULL: not known (hash it). `context_hash` is the hash of what else goes into every event's
-- text (the campaign, the organisations, the partner zones, the writer's version) when the link's items were last
-- hashed: when it differs, every event of the link is hashed again.
ALTER TABLE sync_items ADD COLUMN hashed_rev INTEGER;
ALTER TABLE sync_links ADD COLUMN context_hash TEXT;

-- A linked campaign's tasks go to its calendar as VTODOs, one resource each. `task_id` is the task's id here (no
-- foreign key, as `event_id`: the row outlives a local deletion so that the next run can delete the resource); an
-- item with a `task_id` is a task's, its `event_id` NULL.
ALTER TABLE sync_items ADD COLUMN task_id INTEGER;
