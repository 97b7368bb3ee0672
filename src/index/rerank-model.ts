/**
 * Rerank weights in RERANK_FEATURES order (src/index/rerank.ts), relative to BM25's; [] is the hand combination.
 * Written by `npm run eval -- --only rerank --write` (scripts/eval/rerank.ts): fit, depth 10, l2 0.01, on the tune parts of splits.ts.
 */
export const LEARNED_RERANK: number[] = [1,1.316,2.871,15.007,1.74,3.205,2.841,8.234,-0.207,-0.103,0.63,5.428];
