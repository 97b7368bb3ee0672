-- The forward index by (term, article), so a reader fetches the positions of its query's stems alone
-- instead of every paragraph's whole stems and positions (docs/archive.md, docs/benchmarks.md).
-- `at`: the stem's occurrences in the article's paragraphs, space-separated "place:k:position": the
-- paragraph's 0-based place, the token's index in the paragraph's stems (text order), its token
-- position (as paragraphs.positions). Readers test a paragraph with instr(' ' || at, ' ' || place || ':'). Written with each article (src/index/d1/write.ts) and
-- removed by the article's term_df keys, which hold every stem of its paragraphs.
CREATE TABLE article_terms (
  term TEXT NOT NULL,
  article INTEGER NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (term, article)
) WITHOUT ROWID;

-- Fill it from the paragraphs already stored (their stems and positions, split here in SQL).
INSERT INTO article_terms (term, article, at)
WITH RECURSIVE split (doc, article, k, stems, positions, stem, position) AS (
  SELECT doc, article, -1, stems || ' ', positions || ' ', NULL, NULL FROM paragraphs
  UNION ALL
  SELECT doc, article, k + 1,
    substr(stems, instr(stems, ' ') + 1), substr(positions, instr(positions, ' ') + 1),
    substr(stems, 1, instr(stems, ' ') - 1), substr(positions, 1, instr(positions, ' ') - 1)
  FROM split WHERE stems <> ''
)
SELECT stem, article, group_concat((doc & 65535) || ':' || k || ':' || position, ' ')
FROM (SELECT * FROM split WHERE stem IS NOT NULL AND stem <> '' ORDER BY doc, k)
GROUP BY stem, article;
