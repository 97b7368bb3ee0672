/**
 * Evidence signals of one reranked paragraph for the found / not-found decision (src/answer/found.ts),
 * from which query terms it holds (a term's position list is empty when the paragraph and its title
 * lack it) and the terms' idf weights. Shares (0..1) unless said otherwise. Which of them the found
 * model reads is chosen per language by scripts/eval/found.ts (forward selection on the tune part).
 */
export interface Evidence {
  /** Share of the idf mass of the question's heaviest half of terms (its rarest words) the paragraph holds. */
  rare: number;
  /** The heaviest term the paragraph lacks, over the idf mass (0 when it holds every term). */
  missing: number;
  /** The heaviest term it holds over all it holds (1: the match is one word; 0 when it holds none). */
  dominance: number;
  /** Share of the idf mass of the question's names (English capitalized words) it holds; 1 when the question names none. */
  names: number;
  /** The heaviest term the paragraph lacks among those the corpus has, over the idf mass. */
  missingKnown: number;
  /** The heaviest term it holds, in units of `scale` (the idf of a word the corpus lacks): how specific its best match is. */
  heldMax: number;
  /** How many query terms it holds (a count, not a share). */
  heldCount: number;
  /** How many query terms it lacks (a count). */
  missingCount: number;
  /** Share of the idf mass of the question's two heaviest terms the corpus has (its rarest known words) the paragraph holds; 0 when the corpus has none. */
  rareKnown: number;
  /** Share of the idf mass of the terms the corpus has that the paragraph holds (a match not diluted by words no paragraph could hold); 0 when none. */
  knownCover: number;
}

/**
 * The evidence of one paragraph. `heavy`: the indexes of the question's heaviest half of terms
 * (heaviestHalf); `names`: which terms are names; `known`: which terms the corpus has (default none);
 * `scale`: the unit of heldMax (default 1).
 */
export function evidence(positions: number[][], weights: number[], heavy: number[], names: boolean[], known: boolean[] = [], scale = 1): Evidence {
  const mass = weights.reduce((s, w) => s + w, 0) || 1;
  let held = 0;
  let top = 0;
  let missing = 0;
  let nameMass = 0;
  let nameHeld = 0;
  let missingKnown = 0;
  let heldCount = 0;
  positions.forEach((list, i) => {
    const w = weights[i]!;
    if (names[i]) nameMass += w;
    if (list.length) {
      held += w;
      top = Math.max(top, w);
      heldCount++;
      if (names[i]) nameHeld += w;
    } else {
      missing = Math.max(missing, w);
      if (known[i]) missingKnown = Math.max(missingKnown, w);
    }
  });
  let knownMass = 0;
  positions.forEach((_, i) => (knownMass += known[i] ? weights[i]! : 0));
  const rareKnown = heaviestKnown(weights, known, 2);
  const rareMass = rareKnown.reduce((s, i) => s + weights[i]!, 0);
  const rareHeld = rareKnown.reduce((s, i) => s + (positions[i]!.length ? weights[i]! : 0), 0);
  const heavyMass = heavy.reduce((s, i) => s + weights[i]!, 0);
  const heavyHeld = heavy.reduce((s, i) => s + (positions[i]!.length ? weights[i]! : 0), 0);
  return { rare: heavyMass > 0 ? heavyHeld / heavyMass : 0, missing: missing / mass, dominance: held > 0 ? top / held : 0, names: nameMass > 0 ? nameHeld / nameMass : 1, missingKnown: missingKnown / mass, heldMax: top / scale, heldCount, missingCount: positions.length - heldCount, rareKnown: rareMass > 0 ? rareHeld / rareMass : 0, knownCover: knownMass > 0 ? held / knownMass : 0 };
}

/** The indexes of the `n` heaviest weights among the known terms (ties: the earlier term). */
function heaviestKnown(weights: number[], known: boolean[], n: number): number[] {
  const order = weights.map((_, i) => i).filter((i) => known[i]).sort((a, b) => weights[b]! - weights[a]! || a - b);
  return order.slice(0, n);
}

/** The indexes of the heaviest ceil(n / 2) weights (ties: the earlier term). */
export function heaviestHalf(weights: number[]): number[] {
  const order = weights.map((_, i) => i).sort((a, b) => weights[b]! - weights[a]! || a - b);
  return order.slice(0, Math.ceil(weights.length / 2));
}
