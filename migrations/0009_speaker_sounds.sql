-- English names by SQL (docs/archive.md "Speaker lookup by SQL", src/index/d1/alias-rows.ts and
-- alias-lookup.ts). An English name word is compared with the alias words whose sound key (arabicKey) is
-- within reach of its own (src/names/candidates.ts): a question fetches those words alone (by
-- speaker_sound_words, the keys listed by src/answer/names.ts nameSoundKeys), scores them as the name
-- matching does, then fetches the aliases holding a word it matched (by speaker_alias_words) instead of
-- parsing every alias word of the stored table. Both are replaced in the batch that stores the speaker
-- table with the rows of 0008, so they are of the marker's generation; the marker (speaker_records,
-- speaker -1) says `sounds` once they are written with it, and an archive migrated to 0009 gets them at
-- the next store (any write, or `npm run ingest`, which stores them when missing), reading the whole
-- table for English names until then.

-- The distinct words of the ranked aliases by sound key, with each word's place in the table's word
-- list (first seen in rank order: the order name matching scans them in, ranked-names.ts).
CREATE TABLE speaker_sound_words (
  key TEXT NOT NULL,
  word TEXT NOT NULL,
  rank INTEGER NOT NULL,
  PRIMARY KEY (key, word)
) WITHOUT ROWID;

-- Each ranked alias (its place in speaker_aliases) by each of its distinct words.
CREATE TABLE speaker_alias_words (
  word TEXT NOT NULL,
  place INTEGER NOT NULL,
  PRIMARY KEY (word, place)
) WITHOUT ROWID;
