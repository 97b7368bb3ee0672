-- A smaller archive (docs/archive.md, "Schema"; docs/benchmarks.md, "The archive (D1)"): the whole
-- SaudiNewsNet under the Free plan's 500 MB, with every answer unchanged. Text that a paragraph already
-- holds is stored as where it stands there (start and chars: SQLite's instr and length, in characters,
-- read back with substr), not again; what no reader reads is dropped. Written for a database loaded
-- under 0001 to 0004 as well as an empty one; it touches no table of 0005.

-- Statements: text null when it stands in its paragraph at start (1-based), chars long.
CREATE TABLE statements_0006 (
  doc INTEGER NOT NULL,
  at INTEGER NOT NULL,
  article INTEGER NOT NULL,
  key TEXT,
  kind TEXT NOT NULL,
  start INTEGER NOT NULL,
  chars INTEGER NOT NULL,
  text TEXT,
  PRIMARY KEY (doc, at)
) WITHOUT ROWID;
INSERT INTO statements_0006 (doc, at, article, key, kind, start, chars, text)
SELECT s.doc, s.at, s.article, s.key, s.kind, coalesce(instr(p.text, s.text), 0), length(s.text),
  CASE WHEN coalesce(instr(p.text, s.text), 0) = 0 THEN s.text END
FROM statements s LEFT JOIN paragraphs p ON p.doc = s.doc;
DROP TABLE statements;
ALTER TABLE statements_0006 RENAME TO statements;
CREATE INDEX statements_key ON statements (key, doc);
CREATE INDEX statements_article ON statements (article);

-- Article summaries (what articles.summary held as JSON text): each sentence by its paragraph, as a
-- reference into it like a statement (text null) or, when the paragraph does not hold it, inline;
-- paragraph is 1-based, as the bundled index and the answers number them.
CREATE TABLE summaries (
  article INTEGER NOT NULL,
  ord INTEGER NOT NULL,
  paragraph INTEGER NOT NULL,
  start INTEGER NOT NULL,
  chars INTEGER NOT NULL,
  text TEXT,
  PRIMARY KEY (article, ord)
) WITHOUT ROWID;
INSERT INTO summaries (article, ord, paragraph, start, chars, text)
SELECT a.num, j.key, j.value ->> 'paragraph', coalesce(instr(p.text, j.value ->> 'text'), 0), length(j.value ->> 'text'),
  CASE WHEN coalesce(instr(p.text, j.value ->> 'text'), 0) = 0 THEN j.value ->> 'text' END
FROM articles a JOIN json_each(a.summary) j LEFT JOIN paragraphs p ON p.doc = a.num * 65536 + (j.value ->> 'paragraph') - 1;
ALTER TABLE articles DROP COLUMN summary;

-- article_terms.n: the paragraphs of the article holding the stem (in the paragraph or its title), what
-- a delete takes back from terms.df; a stem of the title alone gets a row with no occurrences (at '').
-- It replaces articles.term_df (JSON of the same), whose keys a delete found the rows by: a delete now
-- splits the article's stored stems instead (src/index/d1/write.ts).
ALTER TABLE article_terms ADD COLUMN n INTEGER NOT NULL DEFAULT 0;
INSERT INTO article_terms (term, article, at, n)
SELECT j.key, a.num, '', j.value FROM articles a, json_each(a.term_df) j WHERE true
ON CONFLICT (term, article) DO UPDATE SET n = excluded.n;
ALTER TABLE articles DROP COLUMN term_df;

-- FTS5 reads the title's stems from articles through a view rather than a copy on every paragraph, and
-- paragraphs lose positions (article_terms has them) and title_stems. The triggers and the FTS table
-- go first (a column they name cannot be dropped) and the index is rebuilt from the view.
DROP TRIGGER paragraphs_ai;
DROP TRIGGER paragraphs_ad;
DROP TABLE paragraph_fts;
ALTER TABLE paragraphs DROP COLUMN positions;
ALTER TABLE paragraphs DROP COLUMN title_stems;
CREATE VIEW paragraph_source AS
  SELECT p.doc AS doc, p.stems AS stems, a.title_stems AS title_stems FROM paragraphs p JOIN articles a ON a.num = p.article;
CREATE VIRTUAL TABLE paragraph_fts USING fts5 (
  stems, title_stems,
  content = 'paragraph_source', content_rowid = 'doc',
  tokenize = 'unicode61 remove_diacritics 0'
);
-- an article's title_stems change only after its paragraphs are deleted (write.ts), so the deleted
-- values given to FTS5 are the ones it indexed
CREATE TRIGGER paragraphs_ai AFTER INSERT ON paragraphs BEGIN
  INSERT INTO paragraph_fts (rowid, stems, title_stems) VALUES (new.doc, new.stems, (SELECT title_stems FROM articles WHERE num = new.article));
END;
CREATE TRIGGER paragraphs_ad AFTER DELETE ON paragraphs BEGIN
  INSERT INTO paragraph_fts (paragraph_fts, rowid, stems, title_stems) VALUES ('delete', old.doc, old.stems, (SELECT title_stems FROM articles WHERE num = old.article));
END;
INSERT INTO paragraph_fts (paragraph_fts) VALUES ('rebuild');
