import type { FoundModel } from "./found";

/** Fit by `npm run eval -- --only found --write` (scripts/eval/found.ts) on the tune part of splits.ts. */
export const FOUND_MODEL: FoundModel = {
  "features": [
    "exact",
    "variant",
    "partial",
    "context",
    "proximity",
    "rarest",
    "unknown",
    "gap",
    "terms",
    "matched",
    "score",
    "translated",
    "exact x translated",
    "matched x translated",
    "score x translated",
    "gap x translated"
  ],
  "weights": [
    -0.135,
    1.932,
    9.1,
    1.988,
    3.841,
    -0.55,
    0.478,
    -1.087,
    1.28,
    1.353,
    7.468,
    1.672,
    -2.141,
    0.306,
    -1.771,
    0.33
  ],
  "bias": -6.731,
  "threshold": 0.18
};
