/**
 * Work done by attribution (resolveArticle) since the isolate started, counted by operation rather than
 * timed: the Worker's property tests bound it per request, the worst-case bench prints it per request.
 * Each field only grows; a caller reads it before and after.
 */
export const attributionWork = {
  /** Words tokenized for attribution (ArticleSites.tokens: each paragraph once). */
  tokens: 0,
  /** Speech words whose speaker reference was parsed (quotes.ts verbRef; at most once per speech word). */
  refs: 0,
  /** Names interned (ArticleSpeakers.intern calls, nested ones included). */
  interned: 0,
  /**
   * Candidates compared: known speakers scanned by interning and role lookups, sites scanned for a
   * full name or a role holder, and the tokens and sightings an antecedent search reads.
   */
  compared: 0,
};
