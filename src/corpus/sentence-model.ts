import type { SentenceModel } from "./sentence-features";

/** placeholder, overwritten by summary-learned --write */
export const SENTENCE_MODEL: SentenceModel = {"features":["inverse position","log position","relative position","first","paragraph start","log length","title","centrality","top terms","number","quote"],"weights":[0.295,-0.078,-0.225,0.216,-0.009,0.015,0.325,0.111,0.087,-0.037,0],"bias":-0.738};

/** MMR trade-off chosen with it. */
export const SENTENCE_MMR_LAMBDA = 1;
