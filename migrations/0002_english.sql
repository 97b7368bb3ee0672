-- English questions over the archive (docs/archive.md): what the bundled index keeps as its English maps
-- (src/index/english.ts), stored so that it follows the corpus as articles come and go.

-- The lexicon (corpus/lexicon, loaded by npm run ingest): an English headword's Porter stem -> its
-- candidate Arabic stems as a JSON array, first listed first. Readers keep those the terms table holds
-- (df > 0), at most 12, as the bundled index keeps those of its vocabulary.
CREATE TABLE english_lexicon (english TEXT PRIMARY KEY, stems TEXT NOT NULL) WITHOUT ROWID;

-- Sound keys of the corpus's Arabic words (src/analysis arabicKey) -> the words' stems, written with each
-- article. A deleted article's pairs stay; readers keep the stems the terms table still holds.
CREATE TABLE english_sounds (key TEXT NOT NULL, stem TEXT NOT NULL, PRIMARY KEY (key, stem)) WITHOUT ROWID;
