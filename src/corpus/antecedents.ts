/**
 * The candidates a verb with no subject may continue (antecedent-score.ts scores them): every speaker
 * or subject the article has shown in the paragraphs of the window, and every known person whose name
 * stands in the text before the verb (the person the sentence is about, «ويتفق هيكس مع …، حيث يقول»),
 * each with how far back and how it was last seen.
 */
import { lowerBound } from "../analysis";
import { antecedentFeatures, antecedentScore, ANTECEDENT_MODEL, type AntecedentModel, type AntecedentView, type Gender } from "./antecedent-score";
import type { ArticleSites } from "./article-sites";
import { quoteSpans } from "./quotes";
import { sentenceEnds } from "./text-tokens";
import { attributionWork } from "./attribution-work";
import { lastWordKey } from "./article-names";

/** How a candidate was seen: a statement's speaker, the subject of a verb with no statement (checked or not), its name in the text. */
export type Sighting = "statement" | "checked" | "unchecked" | "named";

/** A scored candidate. */
export interface Antecedent<M> {
  mention: M;
  features: number[];
  score: number;
  /** Paragraphs back of its latest sighting. */
  paragraphs: number;
}

/** A place in the article: paragraph and offset. */
interface Where {
  p: number;
  pos: number;
}

interface Seen<M> {
  m: M;
  p: number;
  pos: number;
  how: Sighting;
}

/** A person or body the tracker may propose, by what it needs of it. */
export interface Trackable {
  name: string;
  person: boolean;
  anonymous?: boolean;
}

/** Sightings of an article's speakers, read in order, and the candidates for a verb with no subject. */
export class Antecedents<M extends Trackable> {
  private readonly seen: Seen<M>[] = [];
  private readonly genders = new Map<M, Set<Gender>>();
  private readonly ends: Array<number[] | undefined> = [];

  /**
   * `window`: how many paragraphs back a candidate may have been seen (default 1, the paragraph before);
   * `subjects(p)`: the people paragraph p names as a verb's subject (clause-subjects.ts), as candidates;
   * `fresh(m)`: whether a candidate is not yet a speaker of the article;
   * `nameScore(m)`: the speaker model's log-odds for its name (default 0 for all).
   */
  constructor(
    private readonly sites: ArticleSites,
    private readonly window = 1,
    private readonly subjects: (p: number) => Array<{ pos: number; m: M }> = () => [],
    private readonly fresh: (m: M) => boolean = () => false,
    private readonly nameScore: (m: M) => number = () => 0,
  ) {}

  /** Records a speaker or subject at offset `pos` of paragraph `p`, and the gender of its verb. */
  saw(m: M, p: number, pos: number, how: Sighting, gender: Gender | null): void {
    this.seen.push({ m, p, pos, how });
    if (gender) this.genders.set(m, (this.genders.get(m) ?? new Set()).add(gender));
  }

  /**
   * The candidates for a verb at offset `pos` of paragraph `p`, best first; `byName` finds the persons a
   * word's name key names; `refusedKey`: the last-word key of the verb's own subject when the speaker
   * model refused it as a name (a candidate whose name ends with it is marked; default none).
   */
  candidates(p: number, pos: number, gender: Gender | null, byName: (key: string) => M[] | undefined, model: AntecedentModel = ANTECEDENT_MODEL, refusedKey?: string): Antecedent<M>[] {
    attributionWork.compared += this.seen.length;
    const inWindow: Seen<M>[] = [];
    /** Sightings as a speaker or a speech verb's subject anywhere before the verb, per candidate (salience). */
    const times = new Map<M, number>();
    for (const s of this.seen) {
      if (s.p > p || (s.p === p && s.pos >= pos)) continue;
      if (p - s.p <= this.window) inWindow.push(s);
      if (s.how !== "named") times.set(s.m, (times.get(s.m) ?? 0) + 1);
    }
    // a person named many times (a family name repeated) keeps its first and latest naming only: the
    // features read the latest sighting and whether there is one, the first keeps the candidates' order;
    // a name key's first and latest token are found in one pass, then its persons are met once
    const keyed = new Map<string, [Where, Where]>();
    for (let q = Math.max(0, p - this.window); q <= p; q++) {
      const keys = this.sites.keys(q);
      const tokens = this.sites.tokens(q);
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (q === p && t.start >= pos) break;
        attributionWork.compared++;
        const both = keyed.get(keys[i]!);
        if (!both) keyed.set(keys[i]!, [{ p: q, pos: t.start }, { p: q, pos: t.start }]);
        else {
          // the latest sighting is updated in place: no object per token
          both[1].p = q;
          both[1].pos = t.start;
        }
      }
    }
    keyed.forEach(([first, latest], key) => {
      for (const m of byName(key) ?? []) {
        attributionWork.compared++;
        if (!m.person || m.anonymous) continue;
        inWindow.push({ m, p: first.p, pos: first.pos, how: "named" });
        if (latest.p !== first.p || latest.pos !== first.pos) inWindow.push({ m, p: latest.p, pos: latest.pos, how: "named" });
      }
    });
    for (let q = Math.max(0, p - this.window); q <= p; q++) {
      for (const s of this.subjects(q)) if (q < p || s.pos < pos) inWindow.push({ m: s.m, p: q, pos: s.pos, how: "named" });
    }
    inWindow.sort((a, b) => a.p - b.p || a.pos - b.pos);
    const lastSpeaker = inWindow.filter((s) => s.how === "statement" || s.how === "checked").at(-1)?.m;
    const out: Antecedent<M>[] = [];
    // each candidate's sightings in one pass (in order), not a filter of all of them per candidate
    const byMention = new Map<M, Seen<M>[]>();
    for (const s of inWindow) {
      const list = byMention.get(s.m);
      if (list) list.push(s);
      else byMention.set(s.m, [s]);
    }
    attributionWork.compared += inWindow.length;
    /** Each candidate's place in the order of latest sightings: how many others were seen after it. */
    const latestOrder = [...byMention.values()].map((mine) => mine.at(-1)!).sort((a, b) => b.p - a.p || b.pos - a.pos);
    const othersSince = new Map(latestOrder.map((s, k) => [s.m, k]));
    for (const [m, mine] of byMention) {
      const latest = mine.at(-1)!;
      const spoke = mine.filter((s) => s.how !== "named").at(-1);
      const view: AntecedentView = {
        words: this.wordsBetween(latest.p, latest.pos, p, pos),
        sentences: this.endsBetween(latest.p, latest.pos, p, pos),
        paragraphs: p - latest.p,
        lastSpeaker: m === lastSpeaker,
        statement: mine.some((s) => s.how === "statement"),
        checkedSubject: mine.some((s) => s.how === "checked"),
        uncheckedSubject: mine.some((s) => s.how === "unchecked"),
        named: mine.some((s) => s.how === "named"),
        namedSince: latest.how === "named" && (!spoke || spoke.p < latest.p || spoke.pos < latest.pos),
        genders: this.genders.get(m) ?? new Set(),
        person: m.person,
        anonymous: m.anonymous ?? false,
        fresh: this.fresh(m),
        spoke: times.get(m) ?? 0,
        sole: byMention.size === 1,
        nameScore: this.nameScore(m),
        othersSince: othersSince.get(m)!,
        namedByVerb: refusedKey !== undefined && lastWordKey(m.name) === refusedKey,
      };
      const features = antecedentFeatures(view, gender);
      out.push({ mention: m, features, score: antecedentScore(features, model), paragraphs: view.paragraphs });
    }
    return out.sort((a, b) => b.score - a.score);
  }

  private tokenIndex(p: number, pos: number): number {
    const tokens = this.sites.tokens(p);
    return lowerBound(0, tokens.length, (i) => tokens[i]!.start < pos);
  }

  private wordsBetween(p1: number, pos1: number, p2: number, pos2: number): number {
    if (p1 === p2) return this.tokenIndex(p2, pos2) - this.tokenIndex(p1, pos1);
    let n = this.sites.tokens(p1).length - this.tokenIndex(p1, pos1) + this.tokenIndex(p2, pos2);
    for (let q = p1 + 1; q < p2; q++) n += this.sites.tokens(q).length;
    return n;
  }

  private sentenceEnds(p: number): number[] {
    const text = this.sites.paragraphs[p]!;
    return (this.ends[p] ??= sentenceEnds(text, quoteSpans(text)));
  }

  private endsBetween(p1: number, pos1: number, p2: number, pos2: number): number {
    if (p1 === p2) return this.sentenceEnds(p1).filter((e) => e >= pos1 && e < pos2).length;
    let n = this.sentenceEnds(p1).filter((e) => e >= pos1 && e < this.sites.paragraphs[p1]!.length - 1).length + 1;
    n += this.sentenceEnds(p2).filter((e) => e < pos2).length;
    for (let q = p1 + 1; q < p2 && n < 4; q++) n += this.sentenceEnds(q).length + 1;
    return n;
  }
}
