/**
 * The candidates a verb with no subject may continue (antecedent-score.ts scores them): every speaker
 * or subject the article has shown in the paragraphs of the window, and every known person whose name
 * stands in the text before the verb (the person the sentence is about, «ويتفق هيكس مع …، حيث يقول»),
 * each with how far back and how it was last seen.
 */
import { antecedentFeatures, antecedentScore, ANTECEDENT_MODEL, type AntecedentModel, type AntecedentView, type Gender } from "./antecedent-score";
import type { ArticleSites } from "./article-sites";
import { quoteSpans } from "./quotes";
import { sentenceEnds } from "./text-tokens";
import { attributionWork } from "./attribution-work";
import { lastWordKey } from "./article-names";

/** The genders of a candidate never seen as a verb's subject (shared: antecedentFeatures only reads it). */
const NO_GENDER: ReadonlySet<Gender> = new Set();

/** How many of the ascending offsets are below `pos`. */
function countBefore(starts: number[], pos: number): number {
  let n = 0;
  while (n < starts.length && starts[n]! < pos) n++;
  return n;
}

/** How many of the values lie in [from, to). */
function countWithin(values: number[], from: number, to: number): number {
  let n = 0;
  for (const v of values) if (v >= from && v < to) n++;
  return n;
}

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
  private readonly named: Array<Map<string, number[]> | undefined> = [];
  /** Per family-name key: in how many paragraphs it stands (namingParagraphs). */
  private readonly paragraphCounts = new Map<string, number>();

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
   * model refused it as a name (a candidate whose name ends with it is marked; default none);
   * `onlyBest` (default false): the best candidate alone (none when there are none), for a caller that reads no other;
   * `relative` (default false): the verb follows a relative pronoun (الذي يرى).
   */
  candidates(p: number, pos: number, gender: Gender | null, byName: (key: string) => M[] | undefined, model: AntecedentModel = ANTECEDENT_MODEL, refusedKey?: string, onlyBest = false, relative = false): Antecedent<M>[] {
    attributionWork.compared += this.seen.length;
    const inWindow: Seen<M>[] = [];
    /** Sightings as a speaker or a speech verb's subject anywhere before the verb, per candidate (salience). */
    const times = new Map<M, number>();
    /** Candidates that were a statement's speaker anywhere before the verb. */
    const quotedBefore = new Set<M>();
    for (const s of this.seen) {
      if (s.p > p || (s.p === p && s.pos >= pos)) continue;
      if (p - s.p <= this.window) inWindow.push(s);
      if (s.how !== "named") times.set(s.m, (times.get(s.m) ?? 0) + 1);
      if (s.how === "statement") quotedBefore.add(s.m);
    }
    // a person named many times (a family name repeated) keeps its first and latest naming only: the
    // features read the latest sighting and whether there is one, the first keeps the candidates' order;
    // each name key's token offsets are listed once per paragraph (namings), then its persons are met once
    // keys in the order the window first shows them (paragraph by paragraph), as a map of them would hold them
    const from = Math.max(0, p - this.window);
    for (let q = from; q <= p; q++) {
      this.namings(q).forEach((starts, key) => {
        // the key's tokens before the verb: all of an earlier paragraph's, a prefix of the verb's own
        const n = q < p ? starts.length : countBefore(starts, pos);
        attributionWork.compared += n;
        if (n === 0) return;
        for (let e = from; e < q; e++) if (this.namings(e).has(key)) return; // met in an earlier paragraph of the window
        // its latest naming: in the last paragraph of the window that has one before the verb
        let lp = q;
        let lpos = starts[n - 1]!;
        for (let l = p; l > q; l--) {
          const later = this.namings(l).get(key);
          const k = later ? (l < p ? later.length : countBefore(later, pos)) : 0;
          if (k > 0) {
            lp = l;
            lpos = later![k - 1]!;
            break;
          }
        }
        for (const m of byName(key) ?? []) {
          attributionWork.compared++;
          if (!m.person || m.anonymous) continue;
          inWindow.push({ m, p: q, pos: starts[0]!, how: "named" });
          if (lp !== q || lpos !== starts[0]) inWindow.push({ m, p: lp, pos: lpos, how: "named" });
        }
      });
    }
    for (let q = Math.max(0, p - this.window); q <= p; q++) {
      for (const s of this.subjects(q)) if (q < p || s.pos < pos) inWindow.push({ m: s.m, p: q, pos: s.pos, how: "named" });
    }
    inWindow.sort((a, b) => a.p - b.p || a.pos - b.pos);
    let lastSpeaker: M | undefined;
    for (let i = inWindow.length - 1; i >= 0 && lastSpeaker === undefined; i--) {
      if (inWindow[i]!.how === "statement" || inWindow[i]!.how === "checked") lastSpeaker = inWindow[i]!.m;
    }
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
    const latestOrder = [...byMention.values()].map((mine) => mine[mine.length - 1]!).sort((a, b) => b.p - a.p || b.pos - a.pos);
    const othersSince = new Map(latestOrder.map((s, k) => [s.m, k]));
    const scratch: number[] = [];
    const view: AntecedentView = { words: 0, sentences: 0, paragraphs: 0, lastSpeaker: false, statement: false, checkedSubject: false, uncheckedSubject: false, named: false, namedSince: false, genders: NO_GENDER, person: false, anonymous: false, fresh: false, spoke: 0, sole: byMention.size === 1, nameScore: 0, othersSince: 0, namedByVerb: false, rivals: 0, namingParagraphs: 0, relative, quotedBefore: false };
    /** How many candidates of the window spoke (a statement's speaker or a speech verb's subject). */
    let speaking = 0;
    byMention.forEach((mine) => {
      if (mine.some((s) => s.how !== "named")) speaking++;
    });
    byMention.forEach((mine, m) => {
      const latest = mine[mine.length - 1]!;
      // what the candidate's sightings say, in one pass: no filtered array per candidate
      let spoke: Seen<M> | undefined;
      let statement = false;
      let checkedSubject = false;
      let uncheckedSubject = false;
      let named = false;
      for (const s of mine) {
        if (s.how !== "named") spoke = s;
        if (s.how === "statement") statement = true;
        else if (s.how === "checked") checkedSubject = true;
        else if (s.how === "unchecked") uncheckedSubject = true;
        else named = true;
      }
      // one view for every candidate of the call, refilled: antecedentFeatures reads it and keeps nothing
      view.words = this.wordsBetween(latest.p, latest.pos, p, pos);
      view.sentences = this.endsBetween(latest.p, latest.pos, p, pos);
      view.paragraphs = p - latest.p;
      view.lastSpeaker = m === lastSpeaker;
      view.statement = statement;
      view.checkedSubject = checkedSubject;
      view.uncheckedSubject = uncheckedSubject;
      view.named = named;
      view.namedSince = latest.how === "named" && (!spoke || spoke.p < latest.p || spoke.pos < latest.pos);
      view.genders = this.genders.get(m) ?? NO_GENDER;
      view.person = m.person;
      view.anonymous = m.anonymous ?? false;
      view.fresh = this.fresh(m);
      view.spoke = times.get(m) ?? 0;
      view.nameScore = this.nameScore(m);
      view.othersSince = othersSince.get(m)!;
      view.namedByVerb = refusedKey !== undefined && lastWordKey(m.name) === refusedKey;
      view.rivals = speaking - (spoke ? 1 : 0);
      view.namingParagraphs = this.namingParagraphs(m.name);
      view.quotedBefore = quotedBefore.has(m);
      if (!onlyBest) {
        const features = antecedentFeatures(view, gender);
        out.push({ mention: m, features, score: antecedentScore(features, model), paragraphs: view.paragraphs });
        return;
      }
      // only the best is wanted: scored in one reused array, kept (copied) when it leads; the first of equal
      // scores leads, as the stable sort below would put it first
      const score = antecedentScore(antecedentFeatures(view, gender, scratch), model);
      if (out.length === 0 || score > out[0]!.score) out[0] = { mention: m, features: scratch.slice(), score, paragraphs: view.paragraphs };
    });
    return out.sort((a, b) => b.score - a.score);
  }

  /** In how many of the article's paragraphs the family name (last word's key) of `name` stands, counted once per name. */
  private namingParagraphs(name: string): number {
    const key = lastWordKey(name);
    let n = this.paragraphCounts.get(key);
    if (n === undefined) {
      n = 0;
      let last = -1;
      for (const site of this.sites.withKey(key)) {
        if (site.p !== last) n++;
        last = site.p;
      }
      this.paragraphCounts.set(key, n);
    }
    return n;
  }

  /** Paragraph p's name keys, each with the offsets of its tokens in order (in the order the keys first appear), listed once. */
  private namings(p: number): Map<string, number[]> {
    let listed = this.named[p];
    if (!listed) {
      listed = new Map();
      const keys = this.sites.keys(p);
      const tokens = this.sites.tokens(p);
      for (let i = 0; i < tokens.length; i++) {
        const starts = listed.get(keys[i]!);
        if (starts) starts.push(tokens[i]!.start);
        else listed.set(keys[i]!, [tokens[i]!.start]);
      }
      this.named[p] = listed;
    }
    return listed;
  }

  /** The index of paragraph p's first token starting at or after `pos`. */
  private tokenIndex(p: number, pos: number): number {
    const tokens = this.sites.tokens(p);
    // a binary search written out (lowerBound's closure would be made twice per candidate)
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
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
    if (p1 === p2) return countWithin(this.sentenceEnds(p1), pos1, pos2);
    let n = countWithin(this.sentenceEnds(p1), pos1, this.sites.paragraphs[p1]!.length - 1) + 1;
    n += countWithin(this.sentenceEnds(p2), -Infinity, pos2);
    for (let q = p1 + 1; q < p2 && n < 4; q++) n += this.sentenceEnds(q).length + 1;
    return n;
  }
}
