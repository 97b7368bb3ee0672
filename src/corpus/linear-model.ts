/**
 * A logistic model as the fit scripts in scripts/eval/ write it (speaker-model.json,
 * antecedent-model.json): one weight per feature, a bias, and the log-odds threshold fit with them.
 */
export interface LinearModel {
  weights: number[];
  bias: number;
  threshold: number;
}

/** The model's log-odds for a feature vector (a missing weight counts as 0). */
export function logOdds(features: number[], m: LinearModel): number {
  // a plain loop, summing in the order reduce did (the same float result): it runs for every subject a text has
  let s = m.bias;
  for (let k = 0; k < features.length; k++) s += features[k]! * (m.weights[k] ?? 0);
  return s;
}
