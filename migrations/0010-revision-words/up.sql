-- Each revision's word count, written with its text: the revisions panel lists them all, and counting every
-- revision's body on each read made opening a long statement with many revisions slow (BENCHMARKS.md). Rows
-- written before this step keep NULL and are counted when read.
ALTER TABLE statement_revisions ADD COLUMN words INTEGER;
