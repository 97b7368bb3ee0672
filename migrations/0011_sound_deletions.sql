-- English names by reach (docs/archive.md "Speaker lookup by SQL", src/index/d1/sound-reach.ts): an English
-- name word's candidates are the alias words whose sound key is within one or two edits of its own, about
-- 3,400 keys for a key of four classes and 15,000 for a long one. Instead of the Worker listing them, D1
-- finds them by each stored key's one-class deletions: a key is within one edit of another when they are
-- equal, one is a deletion of the other, or they have the same deletion at the same place (one class
-- changed); within two when it is within one of a key one edit from the other. Written for every sound
-- key of speaker_sound_words in the batch that stores its rows (alias-rows.ts), once per key: rows of a
-- key no word has any more are left (they find nothing: the words are joined by speaker_sound_words).

-- Each stored sound key by each of its deletions: `del` is `key` without its class at `pos` (0 first).
CREATE TABLE speaker_sound_dels (
  key TEXT NOT NULL,
  pos INTEGER NOT NULL,
  del TEXT NOT NULL,
  PRIMARY KEY (key, pos)
) WITHOUT ROWID;
CREATE INDEX speaker_sound_dels_del ON speaker_sound_dels (del, pos);

-- the keys of an archive stored before 0011 (as sound-reach.ts DELETIONS adds those of each store)
INSERT OR IGNORE INTO speaker_sound_dels (key, pos, del)
  WITH RECURSIVE p(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM p WHERE i + 1 < (SELECT max(length(key)) FROM speaker_sound_words))
  SELECT k.key, p.i, substr(k.key, 1, p.i) || substr(k.key, p.i + 2)
  FROM (SELECT DISTINCT key FROM speaker_sound_words w WHERE NOT EXISTS (SELECT 1 FROM speaker_sound_dels d WHERE d.key = w.key)) k JOIN p ON p.i < length(k.key);
