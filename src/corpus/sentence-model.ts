import type { SentenceModel } from "./sentence-features";

/** Fit by `npm run eval -- --only summary-learned --write` (scripts/eval/summary-learned.ts) on all EASC folds (refs labels, l2 10). */
export const SENTENCE_MODEL: SentenceModel = {"features":["inverse position","log position","relative position","first","paragraph start","log length","title","centrality","top terms","number","quote"],"weights":[0.049,-0.012,-0.035,0.038,0,0.003,0.057,0.017,0.017,-0.004,0],"bias":-0.81,"scaled":false};

/** MMR trade-off chosen with it. */
export const SENTENCE_MMR_LAMBDA = 1;
