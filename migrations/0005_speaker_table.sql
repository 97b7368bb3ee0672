-- The archive's merged, checked speaker table kept in D1 (docs/archive.md "Speakers across articles"),
-- so that a new isolate reads it ready-made instead of merging every mention and scoring every speaker,
-- and a reader after a write merges only the name keys the write touched.

-- The stored table of one generation (src/index/d1/speaker-store.ts), in parts of at most 500,000
-- characters (under D1's 2 MB string): kind 0 the table (speakers, keys, check scores, ranked aliases),
-- kind 1 the words each speaker's check score read (fetched only when a write has to be applied).
-- Written by the writer after its batch (D1Store.writer) and by `npm run ingest`; a write in between
-- leaves it at an older generation, and readers apply the changes since (key_changes, the counts).
CREATE TABLE speaker_table (
  kind INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  generation INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (kind, seq)
) WITHOUT ROWID;

-- The name keys each write touched (its articles' mentions before and after), by the generation it
-- gave the corpus: the keys a reader merges again.
CREATE TABLE key_changes (
  generation INTEGER NOT NULL,
  key TEXT NOT NULL,
  PRIMARY KEY (generation, key)
) WITHOUT ROWID;

-- A name key's mentions across articles, in corpus order: what a reader merges a changed key from.
CREATE INDEX speaker_mentions_key ON speaker_mentions (key, article, ord);

-- Per normalized word, the (article, speaker) pairs whose name holds it (countSpeakerWords), kept per
-- write as word_counts is, with the generation of the write that last moved it: the check's
-- speaker-name counts, fetched a word at a time as the word counts are. Filled whole by the first
-- stored table (`npm run ingest`), since SQL cannot normalize Arabic.
CREATE TABLE speaker_words (
  word TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  generation INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX speaker_words_generation ON speaker_words (generation);
