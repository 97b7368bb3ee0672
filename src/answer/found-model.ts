import type { FoundModels } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts; features chosen by forward selection on tune. */
export const FOUND_MODELS: FoundModels = {
  ar: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","firstHeld","gapArticle","heldCount"], weights: [-0.435,2.357,11.227,-0.395,2.895,-1.187,-0.881,-3.977,-3.606,0.49,6.532,4.696,1.673,-0.554,3.493,-0.147], bias: -5.468, threshold: 0.2 },
  en: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","missingCount","concentration","heldCount","nearOnly"], weights: [-3.162,0,0,2.707,4.623,-0.468,3.112,-2.602,3.635,3.239,4.111,-0.035,0.711,-0.286,1.627,-0.386,-1.526], bias: -5.928, threshold: 0.51 },
};
