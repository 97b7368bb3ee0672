import type { FoundModels } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts; features chosen by forward selection on tune. */
export const FOUND_MODELS: FoundModels = {
  ar: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","firstHeld","gapArticle","heldCount"], weights: [-0.435,2.357,11.227,-0.395,2.895,-1.187,-0.881,-3.977,-3.606,0.49,6.532,4.696,1.673,-0.554,3.493,-0.147], bias: -5.468, threshold: 0.2 },
  en: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","missingCount","gapArticle"], weights: [-8.378,0,0,2.57,4.444,-0.249,3.429,-3.953,4.478,3.045,4.831,2.832,0.806,-0.394,1.006], bias: -3.736, threshold: 0.67 },
};
