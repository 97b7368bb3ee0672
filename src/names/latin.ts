import type { ModelFile } from "./model";
import { arabicLetters } from "./text";

/** Hypotheses kept at each Arabic letter. */
const BEAM = 12;
/** Latin-only units (a vowel Arabic does not write) tried before each Arabic unit, most probable first. */
const INSERTIONS = 4;
/** Units tried for one Arabic letter or pair, most probable first. */
const PER_ARABIC = 12;
/** Words spelled, kept for the next time (bounded). */
const CACHE_SIZE = 2048;

interface Hyp {
  prev: number;
  latin: string;
  logp: number;
}

/**
 * Arabic -> Latin spelling with the learned units and their bigrams (a joint-sequence model): the most
 * probable unit sequence whose Arabic side is the word, by beam search, gives the Latin side
 * (جوزيه -> jose). Bigrams are smoothed towards the units' own probabilities (Witten-Bell).
 */
export class LatinSpeller {
  private readonly units: ModelFile["units"];
  /** Arabic side -> unit indexes. */
  private readonly byArabic = new Map<string, number[]>();
  private readonly follow = new Map<number, Map<number, number>>();
  /** Per previous unit: [count of bigrams, distinct followers]. */
  private readonly totals = new Map<number, [number, number]>();
  private readonly endP: number;
  private readonly cache = new Map<string, string>();

  constructor(model: ModelFile) {
    this.units = model.units;
    // units are listed most probable first, so each list keeps its best
    model.units.forEach(([, a], i) => (this.byArabic.get(a) ?? this.byArabic.set(a, []).get(a)!).push(i));
    for (const [a, list] of this.byArabic) this.byArabic.set(a, list.slice(0, a ? PER_ARABIC : INSERTIONS));
    let ends = 0, all = 0;
    for (const [p, n, c] of model.bigrams) {
      (this.follow.get(p) ?? this.follow.set(p, new Map()).get(p)!).set(n, c);
      const t = this.totals.get(p) ?? [0, 0];
      this.totals.set(p, [t[0] + c, t[1] + 1]);
      all += c;
      if (n === -1) ends += c;
    }
    this.endP = all ? ends / all : 0.1;
  }

  /** log P(next | prev); next -1 is the end of the word. */
  private logP(prev: number, next: number): number {
    const base = next === -1 ? this.endP : this.units[next]![2] * (1 - this.endP);
    const [n, types] = this.totals.get(prev) ?? [0, 0];
    const c = this.follow.get(prev)?.get(next) ?? 0;
    return Math.log((c + types * base) / (n + types || 1) || base);
  }

  /** The most probable Latin spelling of one Arabic word, lower case ("" when it has no Arabic letters). */
  word(arabic: string): string {
    const a = arabicLetters(arabic);
    if (!a) return "";
    const hit = this.cache.get(a);
    if (hit !== undefined) return hit;
    // at[j]: the best hypothesis per last unit after j Arabic letters (bigram states recombined)
    const at: Array<Map<number, Hyp>> = Array.from({ length: a.length + 1 }, () => new Map());
    at[0]!.set(-1, { prev: -1, latin: "", logp: 0 });
    const keep = (j: number, h: Hyp) => {
      const old = at[j]!.get(h.prev);
      if (!old || old.logp < h.logp) at[j]!.set(h.prev, h);
    };
    for (let j = 0; j < a.length; j++) {
      const beam = [...at[j]!.values()].sort((x, y) => y.logp - x.logp).slice(0, BEAM);
      for (const h of beam) {
        for (const via of [h, ...this.extend(h, "")]) {
          for (let da = 1; da <= 2 && j + da <= a.length; da++) for (const next of this.extend(via, a.slice(j, j + da))) keep(j + da, next);
        }
      }
    }
    let best: Hyp | null = null;
    for (const h of at[a.length]!.values()) {
      for (const end of [h, ...this.extend(h, "")]) {
        const s = end.logp + this.logP(end.prev, -1);
        if (!best || s > best.logp) best = { ...end, logp: s };
      }
    }
    const out = best?.latin ?? "";
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(a, out);
    return out;
  }

  private extend(h: Hyp, arabic: string): Hyp[] {
    return (this.byArabic.get(arabic) ?? []).map((u) => ({ prev: u, latin: h.latin + this.units[u]![0], logp: h.logp + this.logP(h.prev, u) }));
  }

  /** A name's words spelled one by one, each capitalized (جوزيه مورينيو -> Jose Mourinho). */
  name(arabic: string): string {
    return arabic
      .split(/\s+/)
      .map((w) => this.word(w))
      .filter(Boolean)
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(" ");
  }
}
