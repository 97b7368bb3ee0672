-- Pruning the change logs (docs/archive.md "Pruning the change logs", src/index/d1/prune.ts): the
-- writer that stores the speaker table of generation G deletes the change rows of the generations at or
-- below G - margin (key_changes, and the word_counts and speaker_words rows left at 0) and records that
-- point here; a reader whose cached speakers are older than it reloads from the stored table instead of
-- merging an incomplete change list. 0: nothing pruned yet.
ALTER TABLE corpus ADD COLUMN pruned INTEGER NOT NULL DEFAULT 0;

-- Written by every write and read by nothing since the speaker table (0005) merges by name key
-- (key_changes): dropped, one statement less a write.
DROP TABLE article_changes;
