import type { LeadModel } from "./lead";

/** Fit by `npm run eval -- --only summary-fit --write` (scripts/eval/summary-fit.ts) on all EASC folds. */
export const LEAD_MODEL: LeadModel | null = {"features":["overlap","position","length","share","lead centrality"],"weights":[-8.551,-16.225,2.974,20.114,-3.417],"bias":-4.052};
