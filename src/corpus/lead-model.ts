import type { LeadModel } from "./lead";

/** Fit by `npm run eval -- --only summary-learned --write` (scripts/eval/summary-learned.ts) on all EASC folds, on the learned scorer's out-of-fold summaries; null: the decision did not raise both means in the cross-validation, always ranked. */
export const LEAD_MODEL: LeadModel | null = {"features":["overlap","position","length","share","lead centrality"],"weights":[-11.867,-9.333,2.873,15.046,-0.781],"bias":-2.97};
