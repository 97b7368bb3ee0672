import type { ModelFile } from "./model";
import { arabicLetters } from "./text";
import { LetterLm } from "./letter-lm";
import { AttestedSpellings } from "./attested";
import { rerankFeatures, rerankPool, rerankScore, type RerankFile } from "./rerank";
import { NameScorer } from "./score";
import { LatinVocabulary } from "./vocabulary";
import { knownOr, type Ranker, type VocabularyRule } from "./known";
import { capitalizeLatin, displayWord, compoundWords } from "./display";
import { innerVowels, unitVowels, vowelClass, VowelTable } from "./vowels";
import { PatternVowels } from "./origin";
import { innerLetters, vowelLetters } from "./patterns";

/** Hypotheses kept at each Arabic letter (default; SpellerOptions.beam). */
const BEAM = 12;
/** Latin-only units (a vowel Arabic does not write) tried before each Arabic unit, most probable first. */
const INSERTIONS = 4;
/** Units tried for one Arabic letter or pair, most probable first. */
const PER_ARABIC = 12;
/** Harakat, tatweel and format characters, dropped before a word's first letters are read (as display.ts drops them). */
const MARKS = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\uFEFF]/g;
/** Words spelled, kept for the next time (bounded). */
const CACHE_SIZE = 2048;

/** Speller options; each defaults to the shipped model's choice. */
export interface SpellerOptions {
  /** Hypotheses kept at each Arabic letter (default 12, or the model's lm.beam). */
  beam?: number;
  /** Hypotheses kept per last unit at each letter, the n-best's breadth (default 1, or the model's lm.perState). */
  perState?: number;
  /** The English letter model rescoring the n-best (default the model's lm; null: none, the joint model alone). */
  lm?: LetterLm | null;
  /** The n-best's log-linear rescoring (default the model's rerank; null: joint + lambda x letter model). Needs a letter model. */
  rerank?: RerankFile | null;
  /** Spellings attested in the training pairs, consulted before the model (default the model's attested; null: none). */
  attested?: AttestedSpellings | null;
  /**
   * The tuning part's spellings (ModelFile.heldIn), consulted after `attested` (default none: a speller built
   * from the model file stays fit on the fitting pairs alone; src/names/index.ts latinSpeller() passes them).
   */
  heldIn?: AttestedSpellings | null;
  /** Known Latin name words, written instead of the generated spelling under the model's vocabularyRule (default the model's vocabulary; null: none). */
  vocabulary?: LatinVocabulary | null;
  /** When a known word is written (default the model's vocabularyRule; none: never). */
  vocabularyRule?: VocabularyRule;
  /** Short vowels by word shape weighed in the beam (default the model's vowels; null: none). */
  vowels?: VowelTable | null;
  /** Arabic patterns' short vowels, weighed in the beam instead of `vowels` for a word they apply to (default the model's patterns; null: none). */
  patterns?: PatternVowels | null;
}

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
  private readonly beam: number;
  private readonly perState: number;
  private readonly lm: LetterLm | null;
  private readonly rerank: RerankFile | null;
  private readonly attested: AttestedSpellings | null;
  private readonly heldIn: AttestedSpellings | null;
  private readonly vocabulary: LatinVocabulary | null;
  private readonly vocabularyRule: VocabularyRule | undefined;
  private readonly model: ModelFile;
  private readonly vowels: VowelTable | null;
  private readonly patterns: PatternVowels | null;
  private scorer?: NameScorer;

  constructor(model: ModelFile, options: SpellerOptions = {}) {
    this.model = model;
    this.rerank = options.rerank !== undefined ? options.rerank : (model.rerank ?? null);
    this.attested = options.attested !== undefined ? options.attested : model.attested ? new AttestedSpellings(model.attested) : null;
    this.heldIn = options.heldIn ?? null;
    this.vocabulary = options.vocabulary !== undefined ? options.vocabulary : model.vocabulary ? new LatinVocabulary(model.vocabulary) : null;
    this.vocabularyRule = options.vocabularyRule ?? model.vocabularyRule;
    this.beam = options.beam ?? model.lm?.beam ?? BEAM;
    this.perState = options.perState ?? model.lm?.perState ?? 1;
    this.lm = options.lm !== undefined ? options.lm : model.lm ? new LetterLm(model.lm) : null;
    this.units = model.units;
    this.vowels = options.vowels !== undefined ? options.vowels : model.vowels ? new VowelTable(model.vowels) : null;
    this.patterns = options.patterns !== undefined ? options.patterns : model.patterns ? new PatternVowels(model.patterns) : null;
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

  /**
   * The most probable Latin spelling of one Arabic word, lower case ("" when it has no Arabic letters).
   * `first` and `last` (default "": any): the letters the spelling may start and end with, when the
   * attested spelling, a known word or a spelling of the n-best does (display.ts: إ writes e or i, a final
   * ة a or h, which normalized letters lose).
   */
  word(arabic: string, first = "", last = ""): string {
    const a = arabicLetters(arabic);
    if (!a) return "";
    const key = first || last ? `${first}:${last}:${a}` : a;
    const ok = (latin: string) => (!first || first.includes(latin[0] ?? "")) && (!last || last.includes(latin[latin.length - 1] ?? ""));
    const attested = this.attestedSpelling(a);
    const hit = this.cache.get(key) ?? (attested !== undefined && ok(attested) ? attested : undefined);
    if (hit !== undefined) return hit;
    // a word written ألـ (hamza) is a Western Al- name, not the article (display.ts)
    const article = !/^\u0627\u0644/.test(a) || arabic.replace(MARKS, "").startsWith("\u0627\u0644");
    const generated = this.modelWord(a, ok, article);
    const out = this.known(a, generated, this.knownFilter(a, generated, ok, article));
    if (this.cache.size >= CACHE_SIZE) this.cache.clear();
    this.cache.set(key, out);
    return out;
  }

  /** The attested table's spelling of an Arabic word (attested.ts), else the held-in table's, or undefined. */
  attestedSpelling(arabic: string): string | undefined {
    const a = arabicLetters(arabic);
    return this.attested?.spelling(a) ?? this.heldIn?.spelling(a);
  }

  /**
   * Which known words may replace the `generated` spelling of Arabic letters `a` (word(); fit-vocabulary.ts
   * fits the rule under the same filter): those `ok` accepts, and for a word an Arabic pattern applies to
   * (`article`: its ال is the article), only those writing the generated spelling's vowel letters (a pattern
   * fixes the short vowels: nadr may not replace nader, nor samah sameh; the count of vowel runs alone let it through).
   */
  knownFilter(a: string, generated: string, ok: (latin: string) => boolean = () => true, article = true): (latin: string) => boolean {
    return this.patterns?.applies(a, article) ? (w: string) => ok(w) && vowelLetters(w) === vowelLetters(generated) : ok;
  }

  /** The known word the model's vocabularyRule takes over the generated spelling of Arabic letters `a`, or that spelling. */
  private known(a: string, generated: string, ok: (latin: string) => boolean): string {
    const rule = this.vocabularyRule;
    if (!this.vocabulary || !rule) return generated;
    return knownOr(rule, this.vocabulary, this.ranker(), a, generated, ok);
  }

  /** What ranks a known word (known.ts): the name scorer over the model, and the letter model. */
  ranker(): Ranker {
    return { scorer: (this.scorer ??= new NameScorer(this.model)), lm: this.lm };
  }

  /**
   * The model's spelling of Arabic letters, the attested table aside: the n-best's best, rescored when the
   * model has a reranker; the best that `ok` accepts when any does (default: every spelling).
   */
  modelWord(a: string, ok: (latin: string) => boolean = () => true, article = true): string {
    const nbest = this.nbest(a, article);
    let best: { latin: string; score: number; ok: boolean } | null = null;
    const consider = (latin: string, score: number) => {
      const fits = ok(latin);
      if (!best || (fits && !best.ok) || (fits === best.ok && score > best.score)) best = { latin, score, ok: fits };
    };
    if (this.lm && this.rerank) {
      const scorer = (this.scorer ??= new NameScorer(this.model));
      for (const [latin, s] of rerankPool(nbest, this.lm, this.rerank.top)) consider(latin, rerankScore(this.rerank, rerankFeatures(latin, a, s, this.lm, scorer)));
    } else for (const [latin, s] of nbest) consider(latin, this.lm ? s + this.lm.lambda * this.lm.logProb(latin) : s);
    return (best as { latin: string } | null)?.latin ?? "";
  }

  /** The beam's n-best for Arabic letters (arabicLetters): each Latin spelling with its best joint log-probability. */
  nbest(a: string, article = true): Map<string, number> {
    // at[j]: the best hypotheses (perState of them) per last unit after j Arabic letters
    const at: Array<Map<number, Hyp[]>> = Array.from({ length: a.length + 1 }, () => new Map());
    at[0]!.set(-1, [{ prev: -1, latin: "", logp: 0 }]);
    const keep = (j: number, h: Hyp) => {
      const list = at[j]!.get(h.prev) ?? at[j]!.set(h.prev, []).get(h.prev)!;
      if (list.length < this.perState) list.push(h);
      else if (list[list.length - 1]!.logp < h.logp) list[list.length - 1] = h;
      else return;
      list.sort((x, y) => y.logp - x.logp);
    };
    const vowels = this.vowelScores(a, article);
    const patterned = !!this.patterns?.applies(a, article);
    for (let j = 0; j < a.length; j++) {
      const beam = [...at[j]!.values()].flat().sort((x, y) => y.logp - x.logp).slice(0, this.beam);
      for (const h of beam) {
        for (const via of [h, ...this.extend(h, "")]) {
          for (let da = 1; da <= 2 && j + da <= a.length; da++) {
            for (const next of this.extend(via, a.slice(j, j + da))) keep(j + da, this.withVowel(next, h, via, vowels?.[j], vowels?.[j + 1], patterned));
          }
        }
      }
    }
    // the n-best: each ending's best joint score (word() adds lambda times the letter model's log-probability)
    const joint = new Map<string, number>();
    for (const h of [...at[a.length]!.values()].flat()) {
      for (const end of [h, ...this.extend(h, "")]) {
        const s = end.logp + this.logP(end.prev, -1);
        const o = joint.get(end.latin);
        joint.set(end.latin, o === undefined ? s : Math.max(o, s) + Math.log1p(Math.exp(-Math.abs(o - s))));
      }
    }
    return joint;
  }

  /** Weighed log P(vowel class) at each boundary of Arabic letters `a`: its pattern's (patterns.ts) when one applies, else the shape table's. */
  private vowelScores(a: string, article: boolean): Array<number[] | null> | undefined {
    const w = this.vowels?.weight ?? 0;
    const byShape = this.vowels?.scores(a)?.map((s) => s && s.map((x) => w * x));
    const byPattern = this.patterns?.scores(a, article);
    // both weigh a word the pattern applies to (the shape table's vowels stay for an Arabic-only letter)
    if (!byPattern) return byShape;
    return byPattern.map((p, j) => (p && byShape?.[j] ? p.map((x, i) => x + byShape[j]![i]!) : (p ?? byShape?.[j] ?? null)));
  }

  /**
   * `next` (after `h`, through insertion `via` or none) plus the weighed log-probabilities (vowelScores)
   * of the vowel it writes before its letters (`before`) and, for a unit of two consonants (or any two letters when a pattern applies, `patterned`), between them (`inner`).
   */
  private withVowel(next: Hyp, h: Hyp, via: Hyp, before: number[] | null | undefined, inner: number[] | null | undefined, patterned: boolean): Hyp {
    const [nl, na] = this.units[next.prev]!;
    let logp = next.logp;
    if (before && h.prev >= 0) {
      const [pl, pa] = this.units[h.prev]!;
      logp += before[vowelClass(unitVowels(pl, pa, true) + (via === h ? "" : this.units[via.prev]![0]) + unitVowels(nl, na, false))]!;
    }
    const within = innerVowels(nl, na) ?? (patterned && na.length === 2 ? innerLetters(nl) : null);
    if (patterned) logp += this.patterns!.unitScore(nl, na);
    if (inner && within !== null) logp += inner[vowelClass(within)]!;
    return logp === next.logp ? next : { ...next, logp };
  }

  private extend(h: Hyp, arabic: string): Hyp[] {
    return (this.byArabic.get(arabic) ?? []).map((u) => ({ prev: u, latin: h.latin + this.units[u]![0], logp: h.logp + this.logP(h.prev, u) }));
  }

  /** One word as written (hamzas kept) as a reader sees it, lower case: the article as al-, the first vowel its hamza's (display.ts). */
  display(raw: string): string {
    return displayWord(this, raw, this.model.initials, this.model.finals);
  }

  /** A name's words spelled one by one (display), each capitalized (جوزيه مورينيو -> Jose Mourinho, عادل الجبير -> Adel al-Jubeir). */
  name(arabic: string): string {
    const words = arabic.split(/\s+/).filter(Boolean);
    return compoundWords(words, words.map((w) => this.display(w)))
      .filter(Boolean)
      .map((w, i) => capitalizeLatin(w, i === 0))
      .join(" ");
  }
}
