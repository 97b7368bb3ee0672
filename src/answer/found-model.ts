import type { FoundModels } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts. */
const features = ["exact","variant","partial","context","proximity","rarest","unknown","gap","terms","matched","score","window","clarity"];

export const FOUND_MODELS: FoundModels = {
  ar: { features, weights: [-1.663,0.998,9.519,-0.042,2.961,-1.247,-0.457,-2.19,-2.859,0.339,7.451,4.487,3.243], bias: -5.957, threshold: 0.17 },
  en: { features, weights: [-5.605,0,0,1.889,4.437,-0.428,3.544,-2.946,4.58,2.577,5.039,2.578,1.83], bias: -7.164, threshold: 0.24 },
};
