import type { FoundModels } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts; features chosen by forward selection on tune. */
export const FOUND_MODELS: FoundModels = {
  ar: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","firstHeld","gapArticle","heldCount"], weights: [-0.435,2.357,11.227,-0.395,2.895,-1.187,-0.881,-3.977,-3.606,0.49,6.532,4.696,1.673,-0.554,3.493,-0.147], bias: -5.468, threshold: 0.2 },
  en: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","missingCount","gapArticle"], weights: [-4.711,0,0,2.507,4.375,-0.316,3.365,-3.508,2.5,2.145,3.901,2.245,1.243,-0.282,1.087], bias: -3.532, threshold: 0.67 },
};
