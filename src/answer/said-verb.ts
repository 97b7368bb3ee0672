import { normalizeArabic } from "../analysis";
import { SPEECH_VERBS } from "../corpus/lexicon";

/**
 * The gender each speech verb of the lexicon marks on its subject, read off the lexicon's own pairs:
 * a past form F + ت beside F (قال / قالت, أكد / أكدت), or F's final ى / ا dropped before ت (رأى / رأت,
 * دعا / دعت); a present form ت… beside ي… (يقول / تقول). لفت is masculine though it ends in ت: its
 * partner is لفتت. A form with no partner says nothing (يخلص), nor do duals and plurals (قالا، قالوا).
 */
function genders(): Map<string, "f" | "m"> {
  const out = new Map<string, "f" | "m">();
  for (const f of SPEECH_VERBS) {
    const stem = f.slice(0, -1);
    if (f.endsWith("ت")) {
      const base = [stem, `${stem}ي`, `${stem}ا`].find((b) => SPEECH_VERBS.has(b));
      if (base) {
        out.set(f, "f");
        out.set(base, "m");
      }
    }
    if (f.startsWith("ت") && SPEECH_VERBS.has(`ي${f.slice(1)}`)) {
      out.set(f, "f");
      out.set(`ي${f.slice(1)}`, "m");
    }
  }
  return out;
}

let table: Map<string, "f" | "m"> | undefined;

/** A token's speech-verb gender (و/ف before it allowed), or null. */
function verbGender(token: string): "f" | "m" | null {
  table ??= genders();
  const w = normalizeArabic(token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  return table.get(w) ?? (/^[وف]/.test(w) ? table.get(w.slice(1)) ?? null : null);
}

/**
 * Tokens looked at before a statement, within its sentence (its verb, then the speaker phrase and any
 * clause between: وأكدت مرشحة المعارضة … التي …، في مداخلة …، أن), and right after it («…» قالت X).
 */
const BEFORE = 40;
const AFTER = 2;
/** The speaker's statements whose verbs vote, at most. */
export const VOTES = 12;

/**
 * The gender of the speech verb nearest a statement within its sentence: backwards from its start, then
 * forwards from its end. `at` is where the statement starts in `text`, `length` its length.
 */
export function statementVerbGender(text: string, at: number, length: number): "f" | "m" | null {
  const before = text.slice(0, at).split(/(?<=[.!?؟\n])/).at(-1)!.split(/\s+/).filter(Boolean).slice(-BEFORE).reverse();
  const after = text.slice(at + length).split(/[.!?؟\n]/)[0]!.split(/\s+/).filter(Boolean).slice(0, AFTER);
  for (const token of [...before, ...after]) {
    const g = verbGender(token);
    if (g) return g;
  }
  return null;
}

/**
 * قال or قالت for the answer's head. Arabic marks the gender of a verb's subject (قالت، أضافت، تقول), so
 * the verbs nearest the speaker's statements (the first VOTES) in their paragraphs vote: the articles themselves say
 * how they speak of the speaker. With no vote or a tie: a body whose head noun ends in ة (وزارة، الشرطة)
 * takes قالت, a person قال (a name alone says nothing sure of gender: أسامة، حمزة are men).
 */
export function saidVerb(record: { name: string; person: boolean }, statements: ReadonlyArray<{ paragraph: string; text: string }>): string {
  let votes = 0;
  for (const s of statements.slice(0, VOTES)) {
    const at = s.paragraph.indexOf(s.text);
    if (at < 0) continue;
    const g = statementVerbGender(s.paragraph, at, s.text.length);
    votes += g === "f" ? 1 : g === "m" ? -1 : 0;
  }
  if (votes) return votes > 0 ? "قالت" : "قال";
  return !record.person && /ة$/.test(record.name.split(" ")[0]!) ? "قالت" : "قال";
}
