-- English names by SQL (docs/archive.md "Speaker lookup by SQL", src/index/d1/alias-rows.ts and
-- alias-lookup.ts): each ranked alias of speaker_aliases (0008) by the sound key (arabicKey) of each of
-- its words, so that an English name question fetches the aliases holding a word its name words may be
-- compared with (src/answer/names.ts nameSoundKeys: every key within candidate reach of the name's)
-- instead of parsing every alias word of the stored table. Replaced in the batch that stores the speaker
-- table with the rows of 0008, so it is of the marker's generation; the marker (speaker_records, speaker
-- -1) says `sounds` once these rows are written with it, and an archive migrated to 0009 gets them at
-- the next store (any write, or `npm run ingest`, which stores them when missing), reading the whole
-- table for English names until then.
CREATE TABLE speaker_alias_sounds (
  key TEXT NOT NULL,
  place INTEGER NOT NULL,
  PRIMARY KEY (key, place)
) WITHOUT ROWID;
