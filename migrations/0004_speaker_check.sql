-- The speaker-list check over the archive (src/index/speaker-list.ts, docs/archive.md "Speakers across
-- articles"): the corpus word counts it reads, kept per write, and a log of the articles each write
-- touched, so that a reader updates its cached speakers from what changed instead of reloading them all.

-- Corpus word counts (src/corpus/word-stats.ts) over every paragraph: occurrences, occurrences right
-- after a speech verb, and the generation of the write that last changed them (a reader fetches the
-- rows changed since its cache). A word whose count falls to 0 keeps its row, so readers see the change.
CREATE TABLE word_counts (
  word TEXT PRIMARY KEY,
  count INTEGER NOT NULL,
  after_speech INTEGER NOT NULL,
  generation INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX word_counts_generation ON word_counts (generation);

-- The articles (num) each write put or removed, by the generation it gave the corpus.
CREATE TABLE article_changes (
  generation INTEGER NOT NULL,
  num INTEGER NOT NULL,
  PRIMARY KEY (generation, num)
) WITHOUT ROWID;
