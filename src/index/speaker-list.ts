/**
 * A learned check on the merged speaker list of a corpus (build time): is a speaker a real person or
 * body with the right name, or a fragment the parser took for one (a common noun, a verb, a name glued
 * to the next word)? Unlike the per-subject model (src/corpus/speaker-score.ts) it sees the whole
 * corpus: how many statements and articles the speaker has, and how often each word of its name stands
 * in a speaker's name at all against how often the corpus uses it elsewhere (names mostly stand as
 * speakers; «النتائج»، «بعدها» almost never). Fit by scripts/eval/speaker-list-fit.ts on the hand-judged
 * speaker samples and the tune labels, shipped as speaker-list-model.json. A speaker under the threshold
 * is dropped from the list and its statements are kept without a speaker: "not found" over a wrong name.
 */
import { normalizeArabic } from "../analysis";
import { logOdds, type LinearModel } from "../corpus/linear-model";
import { ANONYMOUS_HEADS, BODY_NOUNS, GROUP_NOUNS, NAME_LINKS, RANKS, TITLE_WORDS } from "../corpus/lexicon";
import { speakerFeatures, speakerScore } from "../corpus/speaker-score";
import type { WordStats } from "../corpus/word-stats";
import { isFunctionWord, isVerbForm } from "../corpus/subject-check";
import { formFeatures } from "./speaker-list-forms";
import model from "./speaker-list-model.json";

/** Feature names, in the order of the weights. */
export const SPEAKER_LIST_FEATURES = [
  "words", "title", "person", "anonymous", "statements", "articles", "speaker share (least)", "speaker share (last)",
  "subject model", "closed-list head", "last word suffixed", "frequency (least)", "function word", "verb forms",
  "accusative ending", "conjunction", "learned head", "noun forms", "preposition word", "definite plural alone",
] as const;

/** A merged speaker as the check sees it. */
export interface ListSpeaker {
  name: string;
  title: string | null;
  person: boolean;
  anonymous: boolean;
  statements: number;
  articles: number;
}

/**
 * Corpus evidence the features read: the word counts (word-stats.ts) and, per normalized word, in how
 * many (article, speaker) pairs it stands in the speaker's name.
 */
export interface SpeakerListEvidence {
  stats: WordStats;
  inSpeakers: Map<string, number>;
}

const log = Math.log;
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=..)/;
/** Pronoun suffixes a verb or noun takes and a name does not (بعدها، صحتها): closed class. */
const SUFFIXES = ["ه", "ها", "هم", "هما", "كم", "نا"];
const words = (name: string) => normalizeArabic(name).split(/\s+/).filter(Boolean);
/** The key under which countSpeakerWords counts a word heading a speaker's name (no word holds a space). */
const HEAD = " head ";
/**
 * A name's first word without the article (with و/ف/ب/ك before it): the head the corpus counts (وزارة،
 * الوزارة → وزاره). A bare و is left on: it is as often the first letter of the word (وزارة، وكيل).
 */
const headOf = (ws: string[]) => (ws[0] ?? "").replace(ARTICLE, "");

/**
 * Counts, per word, the (article, speaker) pairs whose name holds it, and (under a separate key) those
 * whose name it heads: pass every article's speaker names.
 */
export function countSpeakerWords(names: Iterable<string>, into = new Map<string, number>()): Map<string, number> {
  for (const name of names) {
    const ws = words(name);
    for (const w of new Set(ws)) into.set(w, (into.get(w) ?? 0) + 1);
    if (ws.length > 1) into.set(HEAD + headOf(ws), (into.get(HEAD + headOf(ws)) ?? 0) + 1);
  }
  return into;
}

/** The features of one speaker, in the order of SPEAKER_LIST_FEATURES. */
export function speakerListFeatures(s: ListSpeaker, { stats, inSpeakers }: SpeakerListEvidence): number[] {
  const ws = words(s.name);
  const raw = s.name.split(/\s+/).filter(Boolean);
  const count = (w: string) => stats.count.get(w) ?? 0;
  const share = (w: string) => log(((inSpeakers.get(w) ?? 0) + 0.5) / (count(w) + 0.5));
  let least = Infinity;
  let rarest = Infinity;
  for (const w of ws) {
    if (NAME_LINKS.has(w)) continue;
    least = Math.min(least, share(w));
    rarest = Math.min(rarest, log(count(w) + 1));
  }
  const last = ws.at(-1) ?? "";
  const head = (ws[0] ?? "").replace(/^و(?=...)/, "").replace(ARTICLE, "");
  // a word that heads many speaker names of two words or more (وزارة، مصادر، المتحدث) is a title or a
  // body's head, learned from the corpus's own list rather than the closed lists
  const learnedHead = log(1 + (inSpeakers.get(HEAD + headOf(ws)) ?? 0));
  // صحتها، بعدها: a word with a pronoun on a stem the corpus has as often (a ة before the pronoun is written ت:
  // صحت → صحه); read on the written word, where the ة of الشرقية is not the pronoun ه
  let suffixed = 0;
  ws.forEach((w, k) => {
    const written = (raw[k] ?? "").replace(/[\u064B-\u0652\u0640]/g, "");
    for (const x of SUFFIXES) {
      const stem = w.slice(0, -x.length);
      if (written.endsWith(x) && stem.length >= 3 && count(stem) + count(stem.replace(/ت$/, "ه")) >= count(w)) suffixed = 1;
    }
  });
  // وطبيب، ومضت: a conjunction on a word the corpus has more often without it (وليد stays)
  const first = ws[0] ?? "";
  const conjunction = Number(/^[وف]/.test(first) && first.length >= 4 && count(first.slice(1)) > count(first));
  // عمدا، جوابا، هشا: an accusative ending on a noun the corpus has without it
  // (never with the article, so المهنا is no accusative; the noun at least twice as common as the form: لينا stays)
  const stemOf = last.slice(0, -1);
  const accusative = Number(/ا$/.test(last) && last.length >= 3 && !ARTICLE.test(last) && count(stemOf) + count(`ال${stemOf}`) >= Math.max(1, 2 * count(last)));
  let verbs = 0;
  for (const w of ws) if (isVerbForm(stats, w)) verbs++;
  const subject = speakerScore(speakerFeatures({ words: ws, raw, title: s.title !== null, person: s.person, anonymous: s.anonymous }, stats, new Map()));
  return [
    Math.min(ws.length, 4),
    Number(s.title !== null),
    Number(s.person),
    Number(s.anonymous),
    log(s.statements),
    log(s.articles),
    Number.isFinite(least) ? least : 0,
    share(last),
    subject,
    Number([TITLE_WORDS, RANKS, BODY_NOUNS, ANONYMOUS_HEADS, GROUP_NOUNS].some((l) => l.has(head) || l.has(ws[0] ?? ""))),
    suffixed,
    Number.isFinite(rarest) ? rarest : 0,
    Number(ws.some(isFunctionWord)),
    verbs,
    accusative,
    conjunction,
    learnedHead,
    ...formFeatures(stats, ws),
  ];
}

/** The shipped model (speaker-list-model.json). */
export const SPEAKER_LIST_MODEL: LinearModel = model;

/** Log-odds that the speaker is a real person or body with the right name. */
export function speakerListScore(s: ListSpeaker, evidence: SpeakerListEvidence, m: LinearModel = SPEAKER_LIST_MODEL): number {
  return logOdds(speakerListFeatures(s, evidence), m);
}

/**
 * Drops the speakers marked true from the annotations: their statements stay, without a speaker, and
 * the other speakers' indices are renumbered.
 */
export function dropSpeakers(out: { speakers: unknown[]; statements: Record<number, Array<{ speaker: number | null }>> }, drop: boolean[]): void {
  const index: Array<number | null> = [];
  let kept = 0;
  for (let i = 0; i < out.speakers.length; i++) index.push(drop[i] ? null : kept++);
  out.speakers = out.speakers.filter((_, i) => !drop[i]);
  for (const list of Object.values(out.statements)) for (const s of list) if (s.speaker !== null) s.speaker = index[s.speaker] ?? null;
}
