-- Speaker lookup by SQL (docs/archive.md "Speaker lookup by SQL", src/index/d1/alias-rows.ts and
-- alias-lookup.ts): what resolving a speaker compares, per alias and per checked speaker, as indexed
-- rows, so that a question fetches only the aliases its words can match (by folded form, which finds
-- an alias as written too, by name key, by a folded title prefix) and their speakers, instead of parsing the whole
-- stored table. Both tables are replaced in the batch that stores the speaker table (speaker-store.ts),
-- so they are always of the stored table's generation (`generation`, on every row); an archive migrated
-- to 0008 gets them at the next store (any write, or `npm run ingest`, which stores them when missing).

-- The ranked alias table of the stored generation (extras.ts rankAliases order = place): the alias in
-- plainWords form, foldTitle and nameKey of it, its word count, its speaker (index among the checked
-- speakers of that generation).
CREATE TABLE speaker_aliases (
  place INTEGER PRIMARY KEY,
  alias TEXT NOT NULL,
  folded TEXT NOT NULL,
  near TEXT NOT NULL,
  words INTEGER NOT NULL,
  speaker INTEGER NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX speaker_aliases_folded ON speaker_aliases (folded);
CREATE INDEX speaker_aliases_near ON speaker_aliases (near);
CREATE INDEX speaker_aliases_words ON speaker_aliases (words);

-- The checked speakers of the stored generation, by index: [keys, name, title, person, aliases,
-- statements] (speaker-store.ts CheckedRow), and the id /v1/speakers gives them.
CREATE TABLE speaker_records (
  speaker INTEGER PRIMARY KEY,
  id TEXT NOT NULL,
  record TEXT NOT NULL,
  generation INTEGER NOT NULL
);
CREATE INDEX speaker_records_id ON speaker_records (id);

-- Each name key of a checked speaker (its own, then the family names redirected to it): what maps a
-- fetched statement's key to its speaker's record.
CREATE TABLE speaker_keys (
  key TEXT PRIMARY KEY,
  speaker INTEGER NOT NULL
) WITHOUT ROWID;
