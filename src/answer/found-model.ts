import type { FoundModels } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts; features chosen by forward selection on tune. */
export const FOUND_MODELS: FoundModels = {
  ar: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity"], weights: [-0.044,3.661,12.027,-0.561,4.257,-1.21,-0.798,-2.375,0.122,0.091,6.786,3.351,2.997], bias: -4.134, threshold: 0.65 },
  en: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","heldMax","bm25top","missingKnown"], weights: [-3.314,0,0,3.202,5.495,-0.619,5.732,-3.047,4.281,2.335,5.652,1.561,-0.508,3.886,2.032,4.005], bias: -10.611, threshold: 0.74 },
};
