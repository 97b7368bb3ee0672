import type { FoundModels } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts; features chosen by forward selection on tune. */
export const FOUND_MODELS: FoundModels = {
  ar: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","missingCount"], weights: [-6.986,-2.255,12.193,-0.892,2.801,-0.808,-0.774,-2.484,-1.784,1.297,9.355,3.665,3.12,-0.482], bias: -3.199, threshold: 0.51 },
  en: { features: ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity","missingCount","bm25top","missing"], weights: [-11.832,0,0,2.856,4.381,-0.196,3.244,-3.101,5.784,3.821,5.368,3.533,0.566,-0.543,0.743,-0.459], bias: -4.771, threshold: 0.51 },
};
