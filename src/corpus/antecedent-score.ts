/**
 * Who a speech verb with no subject of its own (وأضاف، مؤكدا، ويقول) continues: a learned score over
 * the article's people and bodies seen before it (antecedents.ts gathers them). Features: how far back
 * each was last seen (words, sentence ends, paragraphs), how it was seen (the speaker of a statement,
 * the checked or unchecked subject of a speech verb that introduced none, a name in the text: the
 * person the sentence is about, «ويتفق هيكس مع …، حيث يقول»), whether it is the last speaker, and
 * whether the verb's gender (قالت / قال، تقول / يقول، مؤكدة / مؤكدا) agrees with the verbs it took
 * before, how often it spoke in the article so far (salience), whether it is the only candidate, and how
 * much its name looks like a name to the speaker model (a glued phrase such as «رباطة الجأش» scores low),
 * whether another candidate was seen after it (most recent; how many others since), and whether the
 * verb's own subject, refused as a name, is its family name, how many other
 * candidates of the window spoke (rivals), in how many of the article's paragraphs its family name stands,
 * whether the verb follows a relative pronoun, and whether it was a statement's speaker before (not only
 * the subject of a speech verb that introduced none: such a subject the speaker model let through is often
 * a glued phrase, «حدث ويحدث»). Fit on the tuning labels by scripts/eval/antecedent-fit.ts, shipped
 * as antecedent-model.json; the best candidate is taken only above the model's threshold (unknown
 * beats wrong).
 */
import { logOdds, type LinearModel } from "./linear-model";
import model from "./antecedent-model.json";
import { SPEECH_PARTICIPLES, SPEECH_VERBS } from "./lexicon";

/** Feature names, in the order of the weights. */
export const ANTECEDENT_FEATURES = [
  "log words back", "sentence ends back", "paragraphs back", "last speaker", "statement speaker",
  "checked verb subject", "unchecked verb subject", "named only", "named since it spoke", "gender agrees",
  "gender conflicts", "person", "anonymous", "not yet a speaker", "log times it spoke", "sole candidate",
  "name score", "most recent", "log others since", "named by the verb's refused subject",
  "log rival speakers", "log paragraphs naming it", "verb after a relative pronoun", "quoted before",
] as const;

/** A verb's grammatical gender and number, when its form shows it. */
export type Gender = "f" | "m" | "p";

/** The gender a speech verb or participle shows (normalized, with or without و/ف), or null. */
export function verbGender(verb: string | undefined): Gender | null {
  if (!verb) return null;
  const w = /^[وف]/.test(verb) && verb.length >= 4 && !SPEECH_VERBS.has(verb) && !SPEECH_PARTICIPLES.has(verb) ? verb.slice(1) : verb;
  if (SPEECH_PARTICIPLES.has(w)) return w.endsWith("ه") ? "f" : "m";
  if (!SPEECH_VERBS.has(w)) return null;
  if (w.endsWith("وا") || w.endsWith("ون")) return "p";
  if (w.startsWith("ت") && SPEECH_VERBS.has(`ي${w.slice(1)}`)) return "f";
  if (w.startsWith("ي")) return "m";
  // قالت / قال، and a weak final's: رأت / رأوا، نفت / نفوا، دعت / دعوا (the feminine drops the ى)
  if (w.endsWith("ت") && (SPEECH_VERBS.has(w.slice(0, -1)) || SPEECH_VERBS.has(`${w.slice(0, -1)}وا`))) return "f";
  return "m";
}

/** What the scorer knows of one candidate when a verb with no subject is read. */
export interface AntecedentView {
  /** Words between its latest sighting and the statement. */
  words: number;
  /** Sentence ends (a paragraph end counts) between them, at most 3. */
  sentences: number;
  paragraphs: number;
  lastSpeaker: boolean;
  /** Seen in the window as: a statement's speaker, a checked / unchecked subject of a verb with no statement, a name in the text. */
  statement: boolean;
  checkedSubject: boolean;
  uncheckedSubject: boolean;
  named: boolean;
  /** Its latest sighting is its name in the text, after it last spoke (the sentence is about it). */
  namedSince: boolean;
  /** The genders of the verbs it was the subject of, and whether its title is feminine. */
  genders: ReadonlySet<Gender>;
  person: boolean;
  anonymous: boolean;
  /** Seen only as the subject of a verb, never yet as a speaker in the article. */
  fresh: boolean;
  /** How many times, anywhere in the article before the verb, it was a statement's speaker or a speech verb's subject (salience). */
  spoke: number;
  /** It is the only candidate the window holds. */
  sole: boolean;
  /** How much its name looks like a person's or body's: the speaker model's log-odds (speaker-score.ts), 0 when not given. */
  nameScore: number;
  /**
   * How many other candidates were seen (spoke, were a verb's subject or were named) after its latest
   * sighting: 0 for the most recent one. A chain of verbs with no subject («وقالت … لافتة … مضيفة»)
   * adds words back but no competitor, so distance alone underrates the person the chain is about.
   */
  othersSince: number;
  /**
   * The verb's own subject, refused by the speaker model as a name («وأوضح الأحمد أن»: a lone family name
   * scores low), ends with this candidate's family name (عبدالعزيز الأحمد, named before as a verb's subject).
   */
  namedByVerb: boolean;
  /**
   * How many other candidates of the window were seen as a statement's speaker or a speech verb's
   * subject: a junk phrase that won the window alone («أناته وحلمه») competes with none, a real speaker
   * among other speakers is the harder call.
   */
  rivals: number;
  /**
   * In how many of the article's paragraphs (before or after the verb) its family name stands: a person
   * the article is about is named again (أردوغان، الشريم), a glued phrase the checks let through rarely is.
   */
  namingParagraphs: number;
  /** The verb follows a relative pronoun (الذي يرى): its subject is the noun before it, often someone new (the same for every candidate). */
  relative: boolean;
  /** It was the speaker of a statement anywhere in the article before the verb (not only the subject of a verb that introduced none). */
  quotedBefore: boolean;
}

/**
 * Features of a candidate for a verb of the given gender, in ANTECEDENT_FEATURES order; `into` (default a
 * new array) is filled and returned, so a caller scoring many candidates may reuse one array.
 */
export function antecedentFeatures(c: AntecedentView, verb: Gender | null, into: number[] = new Array<number>(ANTECEDENT_FEATURES.length)): number[] {
  const agrees = verb !== null && c.genders.has(verb);
  const conflicts = verb !== null && !agrees && c.genders.size > 0;
  const f = into;
  f[0] = Math.log1p(c.words);
  f[1] = Math.min(c.sentences, 3);
  f[2] = c.paragraphs;
  f[3] = Number(c.lastSpeaker);
  f[4] = Number(c.statement);
  f[5] = Number(c.checkedSubject);
  f[6] = Number(c.uncheckedSubject);
  f[7] = Number(c.named && !c.statement && !c.checkedSubject && !c.uncheckedSubject);
  f[8] = Number(c.namedSince);
  f[9] = Number(agrees);
  f[10] = Number(conflicts);
  f[11] = Number(c.person);
  f[12] = Number(c.anonymous);
  f[13] = Number(c.fresh);
  f[14] = Math.log1p(c.spoke);
  f[15] = Number(c.sole);
  f[16] = Math.max(-3, Math.min(4, c.nameScore));
  f[17] = Number(c.othersSince === 0);
  f[18] = Math.log1p(c.othersSince);
  f[19] = Number(c.namedByVerb);
  f[20] = Math.log1p(c.rivals);
  f[21] = Math.log1p(c.namingParagraphs);
  f[22] = Number(c.relative);
  f[23] = Number(c.quotedBefore);
  return f;
}

/**
 * Weights over ANTECEDENT_FEATURES, a bias, the threshold fit with them, and the window they were fit
 * for (how many paragraphs back a candidate may stand; resolveArticle's default carryParagraphs; 1 when absent).
 */
export type AntecedentModel = LinearModel & { window?: number };

/** The shipped model (antecedent-model.json). */
export const ANTECEDENT_MODEL: AntecedentModel = model;

/** The model's log-odds that the candidate is the speaker the verb continues. */
export function antecedentScore(features: number[], m: AntecedentModel = ANTECEDENT_MODEL): number {
  return logOdds(features, m);
}
