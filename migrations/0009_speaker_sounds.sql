-- English names by SQL (docs/archive.md "Speaker lookup by SQL", src/index/d1/alias-rows.ts and
-- alias-lookup.ts). An English name word is compared with the alias words whose sound key (arabicKey) is
-- within reach of its own (src/names/candidates.ts): a question fetches those words alone (by
-- speaker_sound_words, the keys listed by src/answer/names.ts nameSoundKeys), scores them as the name
-- matching does, then fetches the aliases holding a word of a key that matched (by
-- speaker_alias_sounds) instead of parsing every alias word of the stored table. Both are replaced in
-- the batch that stores the speaker table with the rows of 0008, so they are of the marker's
-- generation; the marker (speaker_records, speaker -1) says `sounds` once they are written with it, and
-- an archive migrated to 0009 gets them at the next store (any write, or `npm run ingest`, which stores
-- them when missing), reading the whole table for English names until then.

-- The distinct words of the ranked aliases, by sound key.
CREATE TABLE speaker_sound_words (
  key TEXT NOT NULL,
  word TEXT NOT NULL,
  PRIMARY KEY (key, word)
) WITHOUT ROWID;

-- Each ranked alias (its place in speaker_aliases) by the sound key of each of its words, once per key.
CREATE TABLE speaker_alias_sounds (
  key TEXT NOT NULL,
  place INTEGER NOT NULL,
  PRIMARY KEY (key, place)
) WITHOUT ROWID;
