import type { FoundModels } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts; features chosen by forward selection on tune. */
export const FOUND_MODELS: FoundModels = {
  ar: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","missingKnown"], weights: [-2.542,3.44,13.312,-1.371,3.733,-1.152,0.844,-1.809,-0.296,0.694,11.11,2.772,2.382,2.403], bias: -6.747, threshold: 0.62 },
  en: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","missingCount","bm25top"], weights: [-9.066,0,0,2.967,4.569,-0.255,3.162,-2.957,4.44,3.114,4.777,3.011,0.92,-0.436,2.248], bias: -6.308, threshold: 0.51 },
};
