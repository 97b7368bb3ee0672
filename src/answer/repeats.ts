import { terms } from "../analysis";

/**
 * Two statements whose stem sets overlap by this much (Dice: twice the shared stems over the sum of
 * both sizes) are one statement told twice: the same quote in a syndicated copy, a paragraph an article
 * repeats, a reported echo of a direct quote. Fit on the corpus by `npx tsx scripts/eval/quote-repeats.ts`:
 * the Dice of every pair of one speaker's statements is bimodal (distinct statements near 0, repeats
 * near 1), and this is the upper edge of the emptiest tenth between the two modes (0.7-0.8 on the
 * 3,361-article SaudiNewsNet subset; docs/quality.md, "Repeated statements").
 */
export const REPEAT_DICE = 0.8;

/** Dice of two stem sets (0 when either is empty). */
export function stemDice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Remembers the statements shown so far and tells whether a new one repeats one of them. */
export class RepeatFilter {
  private readonly shown: Array<Set<string>> = [];

  constructor(private readonly threshold = REPEAT_DICE) {}

  /** True when `text` repeats a statement already kept; else keeps it and returns false. */
  repeats(text: string): boolean {
    const stems = new Set(terms(text));
    if (this.shown.some((s) => stemDice(s, stems) >= this.threshold)) return true;
    this.shown.push(stems);
    return false;
  }
}
