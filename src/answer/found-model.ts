import type { FoundModels } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts. */
const features = ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity"];

export const FOUND_MODELS: FoundModels = {
  ar: { features, weights: [-1.456,1.636,9.462,-1.599,3.028,-1.443,-0.336,-1.973,-3.004,0.507,8.069,4.258,1.746], bias: -5.827, threshold: 0.17 },
  en: { features, weights: [-5.605,0,0,1.889,4.437,-0.428,3.544,-2.946,4.58,2.577,5.039,2.578,1.83], bias: -7.164, threshold: 0.24 },
};
