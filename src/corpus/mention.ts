/**
 * What attribution gives each statement of an article: the speaker as found in the article (a
 * Mention), how it was found (AttributionPath), and the options resolveArticle (speakers.ts) takes.
 */
import type { TextToken } from "./text-tokens";
import { foldTitleWord } from "../analysis";
import type { FoundStatement, SubjectPath } from "./quotes";
import type { WordStats } from "./word-stats";
import type { SpeakerModel } from "./speaker-score";
import type { AntecedentModel } from "./antecedent-score";

/** A speaker as found in one article: a display name, its title, and the forms used for it. */
export interface Mention {
  name: string;
  title: string | null;
  /** True for a person (a name with a title or several words), false for a body. */
  person: boolean;
  /** An unnamed source (مصدر أمني، مسؤولون): one speaker within its article, never merged across articles. */
  anonymous?: boolean;
  roles: Set<string>;
  /** Folded words of every title and role the article gave them: what a later role phrase must match. */
  descriptors: Set<string>;
}

/** The folded words of a title or role phrase that a later role phrase must match. */
export function descriptorWords(text: string | null): string[] {
  if (!text) return [];
  return text.split(/[\s،,]+/).filter((w) => w.length > 1).map(foldTitleWord).filter((w) => w.length > 1 && !/^(بسم|لد|ف)$/.test(w));
}

/**
 * How a statement got its speaker: its verb's subject read after the verb, before it, or before a
 * colon (SubjectPath); a role phrase resolved in the article ("role"); the speaker before, for a verb
 * with no subject, in the same paragraph ("carry-over"), the paragraph before ("carry-over-paragraph")
 * or further back ("carry-over-far"), or someone other than the last speaker that the antecedent model
 * preferred, such as the person the sentence is about ("topic"); a subject the checks refused
 * ("refused"); no speech verb ("none").
 */
export type AttributionPath = SubjectPath | "role" | "carry-over" | "carry-over-paragraph" | "carry-over-far" | "topic" | "refused" | "none";

export interface ResolvedStatement extends Omit<FoundStatement, "ref"> {
  paragraph: number;
  speaker: Mention | null;
  /** How the speaker was found (for the eval's per-path figures). */
  path: AttributionPath;
  /** The name its own verb's subject phrase gave, with the speaker model's features and score (for fitting it). */
  subject?: { name: string; features: number[]; score: number };
  /** For a verb with no subject, with `keepAntecedents`: every candidate with its forms and features (for fitting). */
  antecedents?: Array<{ forms: string[]; features: number[]; score: number }>;
}

/** How resolveArticle judges named subjects. */
export interface ResolveOptions {
  /** Word counts of the corpus the article belongs to; default: the article's own counts. */
  stats?: WordStats;
  /** The speaker model; default the shipped one (speaker-model.json). */
  model?: SpeakerModel;
  /** Log-odds under which a named subject is not taken; default the model's threshold (-Infinity takes every one). */
  minScore?: number;
  /**
   * Paths whose subjects must also pass subject-check.ts (no function word, preposition or verb first);
   * default ["before-verb", "colon"], the paths whose tune speaker accuracy was far below the others.
   */
  strictPaths?: readonly AttributionPath[];
  /**
   * How many paragraphs back a verb with no subject may find its speaker; default the antecedent
   * model's window (antecedent-model.json, chosen by scripts/eval/antecedent-fit.ts; 1 when it has none).
   */
  carryParagraphs?: number;
  /** The antecedent model for verbs with no subject; default the shipped one (antecedent-model.json). */
  antecedentModel?: AntecedentModel;
  /** Log-odds under which the best antecedent is not taken (no speaker); default the antecedent model's threshold. */
  minAntecedentScore?: number;
  /** Keep every antecedent candidate on the statements (for scripts/eval/antecedent-fit.ts); default false. */
  keepAntecedents?: boolean;
  /**
   * How a paragraph is tokenized; default textTokens. A caller that has tokenized the paragraphs already
   * (summarizeText, for its speaker-site budget) passes its memo, so each is tokenized once; the tokens are read, not changed.
   */
  tokenize?: (paragraph: string) => TextToken[];
}
