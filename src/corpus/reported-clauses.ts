/**
 * Reported statements: a speech word, its speaker phrase, then a أنّ/إنّ clause (قال الوزير إن …، أكد أنه …),
 * read up to the end of the sentence or the next speech word. A clause that opens with a quote (أنّ «…»)
 * is that quote, a direct statement; a quote later in the clause (أن ذلك «لن يتم …») is part of it, and the
 * quote is a direct statement too (LABELLING.md: "a quote starting inside a reported clause gets both lines").
 */
import type { TextToken } from "./text-tokens";

/**
 * Words that make the أنّ after them the complement of something else than the speech verb (closed class,
 * normalized): conjunctions and adverbs (في حين أن، رغم أن، بعد أن، حيث إن، إلا أن، كما أن، لو أن، غير أن، بيد
 * أن، منذ أن) and impersonal predicates (يبدو أن، يمكن أن، يجب أن، ينبغي أن، لا شك أن، لا بد أن، من المتوقع أن).
 * A speech verb whose first particle follows one of them has no reported clause.
 */
const NOT_SPEECH_COMPLEMENT = new Set(["حين", "رغم", "برغم", "بعد", "قبل", "حيث", "الا", "كما", "لو", "مع", "غير", "بيد", "منذ", "يبدو", "يمكن", "يجب", "ينبغي", "شك", "بد", "المتوقع", "المرجح", "المقرر", "المفترض"]);

/** Options of reportedClauses. */
export interface ReportedClauseOptions {
  /** Most tokens from the speech word to its particle (the speaker phrase and adjuncts between); default 24. */
  maxLead?: number;
  /** Fewest words a clause must have; default 2. */
  minWords?: number;
}

/** A paragraph as reportedClauses reads it (quotes.ts computes these once per paragraph). */
export interface ClauseContext {
  text: string;
  tokens: TextToken[];
  /** Quoted spans that are statements, not names or terms (a short quoted name may stand in a clause). */
  statementSpans: Array<[number, number]>;
  /** Whether token k is a speech word read as a verb or participle. */
  speechAt: boolean[];
  /** Whether a token is a أنّ/إنّ particle. */
  isThat: (t: TextToken) => boolean;
  /** The end offset of the sentence holding an offset. */
  sentenceEndAt: (offset: number) => number;
}

/** One reported clause: its text, where its particle stands and the token index of its speech word. */
export interface ReportedClause {
  text: string;
  start: number;
  verb: number;
}

/** The reported clauses of a paragraph, at most one per speech word. */
export function reportedClauses(c: ClauseContext, options: ReportedClauseOptions = {}): ReportedClause[] {
  const { maxLead = 24, minWords = 2 } = options;
  const { text, tokens, statementSpans: long, speechAt } = c;
  const out: ReportedClause[] = [];
  tokens.forEach((t, k) => {
    if (!speechAt[k]) return;
    const sentenceEnd = c.sentenceEndAt(t.start);
    for (let j = k + 1; j < tokens.length && j <= k + maxLead && tokens[j]!.start < sentenceEnd; j++) {
      const tj = tokens[j]!;
      // a quote between the verb and its particle is the verb's own statement, a speech word its own clause
      if (long.some(([s]) => s > t.end && s < tj.start) || (speechAt[j] && j > k)) return;
      if (!c.isThat(tj)) continue;
      if (j > k + 1 && NOT_SPEECH_COMPLEMENT.has(tokens[j - 1]!.norm)) return;
      // a quoted name opening the clause (إن «نوفا برو» يبدو …) keeps its opening mark
      const next = tokens[j + 1]?.start ?? sentenceEnd;
      const clauseStart = /^\s*[«"“]$/.test(text.slice(tj.end, next)) ? text.lastIndexOf(text.slice(tj.end, next).trim(), next) : next;
      // أنّ "…": the whole clause in marks is the quote, a direct statement (so is a particle inside a quote)
      if (long.some(([s, e]) => (tj.start >= s && tj.start < e) || (s > tj.end && s <= clauseStart + 1))) return;
      // the clause runs to the next speech word («وقال إن …، مضيفا "…"»); the word right after the particle
      // is the clause's subject, never a verb (إن طالب دكتوراه …: طالب «student», not «demanded»)
      const clauseEnd = Math.min(sentenceEnd, ...tokens.filter((x, i) => i > j + 1 && speechAt[i]).map((x) => x.start));
      const clause = text.slice(clauseStart, clauseEnd).replace(/[\s،,.:؛«“"]+$/u, "").trim();
      if (clause.split(/\s+/).length >= minWords) out.push({ text: clause, start: tj.start, verb: k });
      return;
    }
  });
  return out;
}
