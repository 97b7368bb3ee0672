-- The archive: the corpus in D1 (docs/archive.md). Every article's rows are written and removed in one
-- batch (src/index/d1/write.ts), so a reader never sees half an article.

-- Corpus-wide counters, one row: BM25's N and average length, and a generation that every write bumps
-- (readers cache the merged speakers per generation).
CREATE TABLE corpus (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  articles INTEGER NOT NULL DEFAULT 0,
  paragraphs INTEGER NOT NULL DEFAULT 0,
  length REAL NOT NULL DEFAULT 0,
  generation INTEGER NOT NULL DEFAULT 0
);
INSERT INTO corpus (id) VALUES (1);

-- num orders the corpus (ingestion order); a paragraph's doc is num * 65536 + its 0-based place.
CREATE TABLE articles (
  num INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  date TEXT,
  source TEXT,
  url TEXT,
  language TEXT NOT NULL,
  paragraph_count INTEGER NOT NULL,
  -- the title's stems, space-separated, in text order
  title_stems TEXT NOT NULL,
  -- the stored summary: JSON [{text, paragraph}]
  summary TEXT NOT NULL,
  -- JSON {stem: paragraphs of this article holding it}: what a delete takes back from terms.df
  term_df TEXT NOT NULL
);

-- A paragraph with its forward index: stems in text order and each one's token position.
CREATE TABLE paragraphs (
  doc INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles (num),
  text TEXT NOT NULL,
  stems TEXT NOT NULL,
  positions TEXT NOT NULL,
  -- BM25 length: terms, plus the title's at its weight
  length REAL NOT NULL,
  title_stems TEXT NOT NULL
);
CREATE INDEX paragraphs_article ON paragraphs (article);

-- FTS5 over the Worker's own stems (pre-analyzed: the Worker's analyzer, never FTS5's), body and title.
CREATE VIRTUAL TABLE paragraph_fts USING fts5 (
  stems, title_stems,
  content = 'paragraphs', content_rowid = 'doc',
  tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraph_fts (rowid, stems, title_stems) VALUES (new.doc, new.stems, new.title_stems);
END;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraph_fts (paragraph_fts, rowid, stems, title_stems) VALUES ('delete', old.doc, old.stems, old.title_stems);
END;

-- Term statistics: paragraphs holding each stem (in the paragraph or its title), as idf needs.
CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;

-- Statements: paragraph, place in it, the speaker's name key (null: no speaker), kind, text.
CREATE TABLE statements (
  doc INTEGER NOT NULL,
  at INTEGER NOT NULL,
  article INTEGER NOT NULL,
  key TEXT,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, at)
) WITHOUT ROWID;
CREATE INDEX statements_key ON statements (key, doc);
CREATE INDEX statements_article ON statements (article);

-- Each article's speakers by name key with their aliases (JSON array), in the order first quoted.
-- Readers merge them across articles by key (src/index/speaker-merge.ts), as the bundled index does.
CREATE TABLE speaker_mentions (
  article INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  key TEXT NOT NULL,
  name TEXT NOT NULL,
  title TEXT,
  person INTEGER NOT NULL,
  aliases TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
