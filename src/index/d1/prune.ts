/**
 * Pruning the archive's change logs (docs/archive.md "Pruning the change logs", migrations/0007).
 * Every write logs the name keys it touched (key_changes) and stamps the word and speaker-name counts
 * it moved with its generation (word_counts, speaker_words; a count at 0 keeps its row so readers see
 * it). A reader merges the rows newer than its cached generation, so those rows are needed only by
 * readers that far behind: when the writer stores the speaker table of generation G (speaker-store.ts),
 * it deletes the key_changes rows and the zero count rows at or below G - margin and records that point
 * (corpus.pruned), in the same batch. A reader whose cache is older than the recorded point reloads
 * from the stored table (speakers.ts), which is always newer than it; a count row deleted at 0 reads as
 * 0 (speaker-list.ts reads a missing count as 0), so no reader ever reads a wrong count.
 */

/**
 * Generations of change rows kept below the stored table's: a reader at most this far behind merges
 * the writes since its cache; one further behind reloads from the stored table (about what a new
 * isolate pays, docs/benchmarks.md). Default 100.
 */
export const PRUNE_MARGIN = 100;

/** The statement reading the generation the change logs are pruned through (0: none), as `pruned`. */
export function prunedThrough(db: D1Database): D1PreparedStatement {
  return db.prepare("SELECT pruned FROM corpus");
}

/** The pruned-through generation of a prunedThrough result (0 when the corpus row is missing). */
export function prunedAt(result: D1Result | undefined): number {
  return (result?.results[0] as { pruned?: number } | undefined)?.pruned ?? 0;
}

/**
 * Statements (for the batch that stores the table of `generation`, after its guard) that delete the
 * change rows at or below `generation - margin` and record that point; none when it is below 1.
 * `margin` default PRUNE_MARGIN; at least 0.
 */
export function pruneStatements(db: D1Database, generation: number, margin = PRUNE_MARGIN): D1PreparedStatement[] {
  const through = generation - Math.max(0, margin);
  if (through < 1) return [];
  // the count tables hold a row per word, most of them old: only the generations since the last prune are
  // looked at (by their generation index), as a count at 0 at or below it was deleted then
  const since = "generation > (SELECT pruned FROM corpus) AND generation <= ?1";
  return [
    db.prepare("DELETE FROM key_changes WHERE generation <= ?1").bind(through),
    db.prepare(`DELETE FROM word_counts WHERE ${since} AND count = 0 AND after_speech = 0`).bind(through),
    db.prepare(`DELETE FROM speaker_words WHERE ${since} AND count = 0`).bind(through),
    db.prepare("UPDATE corpus SET pruned = ?1 WHERE pruned < ?1").bind(through),
  ];
}
