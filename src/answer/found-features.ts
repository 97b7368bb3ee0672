import { RERANK_FEATURES, type Hit } from "../index";

/** Every feature foundFeatures computes, in its order; a model reads the ones it names. */
export const FOUND_FEATURES = ["exact", "variant", "partial", "context", "proximity", "rarest", "unknown", "gap", "terms", "matched", "score", "window", "clarity", "rare", "missing", "dominance", "names", "agree", "bm25top", "missingKnown", "heldMax", "heldCount", "missingCount", "rareKnown", "knownCover", "nounCover", "bareCover", "firstHeld", "zscore", "gapArticle", "concentration", "rarestGrams", "verbHeld", "numberMissing", "typeMissing", "typeNear", "countAbsent", "dateAbsent", "personAbsent", "placeAbsent", "nearOnly"] as const;

const RELATIVE = RERANK_FEATURES.indexOf("relative");

export type FoundFeature = (typeof FOUND_FEATURES)[number];

/** How many ranked hits the decision reads (the clarity feature compares the best with the rest). Default 10, the rerank depth. */
export const FOUND_DEPTH = 10;

/**
 * Hit i's features, in FOUND_FEATURES order: its signals (shares of the question's idf mass matched
 * exactly, by a variant, by letter grams, by its article; proximity; whether the rarest word is there;
 * the share the corpus has never seen), the relative score gap to the next hit (1 when none), 1 / the
 * number of terms, the matched idf mass in units of an unseen stem's idf (how much evidence, whatever the
 * question's length), the score over the idf mass, the most of the mass one sentence-long stretch holds,
 * and the clarity: how far the hit stands above the mean of the hits after it (relative; 1 when none);
 * then the evidence signals (src/index/evidence.ts: share of the rarest half of the question held, the
 * heaviest term missing, the heaviest term held over all held, the names held), the agreement of the two
 * rankings (the hit's hand-combination score over the best of the hits': 1 when the hand rule also puts
 * it first), its BM25 over the best candidate's, the rest of evidence.ts (heaviest known term missing,
 * heaviest held, counts held and missing, the two rarest known words held, the known mass held); then the
 * question's parts (src/index/parts.ts: its definite nouns' and its other words' mass held, its first term
 * held), the hit's score as a z-score among the ranked hits, the gap to the next hit of another article,
 * the share of its held mass one window holds, the rarest word held or its letter-gram share, the first
 * word held when it is not a definite noun, whether a number the question writes is missing; then the
 * answer type (src/answer/answer-type.ts, src/index/answer-window.ts): 1 when the question asks for a
 * number, date, person or place and none stands around the matched terms (typeMissing), 1 when one does
 * (typeNear), and typeMissing for each type alone (countAbsent, dateAbsent, personAbsent, placeAbsent);
 * last, the share of the idf mass the hit holds only through near sounds (nearOnly: an English word's
 * alternatives one sound class away, weight below 1).
 */
export function foundFeatures(hits: Hit[], i = 0): number[] {
  const hit = hits[i];
  const s = hit?.signals;
  if (!hit || !s) return FOUND_FEATURES.map(() => 0);
  const next = hits[i + 1];
  const gap = next && hit.score > 0 ? (hit.score - next.score) / hit.score : 1;
  const rest = hits.slice(i + 1);
  const restMean = rest.reduce((sum, h) => sum + h.score, 0) / (rest.length || 1);
  const clarity = rest.length && hit.score > 0 ? (hit.score - restMean) / hit.score : 1;
  const matched = (s.exact + s.variant) * s.mass;
  const bestHand = hits.reduce((m, h) => Math.max(m, h.signals?.score ?? 0), 0);
  const agree = bestHand > 0 ? s.score / bestHand : 0;
  const bm25top = s.features[RELATIVE] ?? 0;
  const held = s.exact + s.variant;
  const concentration = held > 0 ? Math.min(1, s.window / held) : 0;
  return [s.exact, s.variant, s.partial, s.context, s.proximity, s.rarest, s.unknown, gap, 1 / Math.max(1, s.terms), matched, s.score, s.window, clarity, s.rare, s.missing, s.dominance, s.names, agree, bm25top, s.missingKnown, s.heldMax, s.heldCount, s.missingCount, s.rareKnown, s.knownCover, s.nounCover, s.bareCover, s.firstHeld, zscore(hits, i), gapArticle(hits, i), concentration, s.rarestGrams, s.verbHeld, s.numberMissing, ...typeFeatures(s.typed, s.typeNear), s.nearOnly];
}

/** typeMissing, typeNear, then typeMissing per answer type (number, date, person, place): all 0 for a question that asks for none. */
function typeFeatures(typed: number, near: number): number[] {
  const missing = typed > 0 ? 1 - near : 0;
  return [missing, typed > 0 ? near : 0, ...[1, 2, 3, 4].map((k) => (typed === k ? missing : 0))];
}

/** Hit i's score in standard deviations above the mean of the ranked hits (0 with fewer than two hits or no spread). */
function zscore(hits: Hit[], i: number): number {
  if (hits.length < 2) return 0;
  const mean = hits.reduce((s, h) => s + h.score, 0) / hits.length;
  const sd = Math.sqrt(hits.reduce((s, h) => s + (h.score - mean) ** 2, 0) / hits.length);
  return sd > 0 ? (hits[i]!.score - mean) / sd : 0;
}

/** The relative score gap from hit i to the next hit of another article (its own article's paragraphs share its words); 1 when none. */
function gapArticle(hits: Hit[], i: number): number {
  const hit = hits[i]!;
  const next = hits.slice(i + 1).find((h) => h.signals?.article !== hit.signals?.article);
  return next && hit.score > 0 ? (hit.score - next.score) / hit.score : 1;
}
