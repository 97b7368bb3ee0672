/**
 * A name whose first word is spelled like a particle once normalized (بان كي مون: بان is also بأن; آن is
 * also أن; لان): the particle would open a reported clause («وطالب بان كي مون بمحاكمة الجناة» gave the
 * statement «كي مون بمحاكمة الجناة») and cut the name from its title («الأمين العام للأمم المتحدة بان»).
 *
 * The article says which it is: a name is a fixed run of words it repeats, where a particle opens a
 * clause whose words vary. The particle-spelled word is marked a name word (TextToken.particleName) when
 *   - the same run «particle word1 word2» (no punctuation, no ال word) stands at least twice in the article,
 *   - word1 and word2 stand nowhere else in the article (a clause's words are used elsewhere too), and
 *   - both are names by the corpus's counts (plainName: never with ال or a pronoun; no verb form).
 * The name is then that run (words after it are its title or the verb's object: «بان كي مون بمحاكمة الجناة»).
 * On the 3,361-article subset this marks «بان كي مون» in the two articles that repeat it and nothing else
 * (runs such as «أن يكون هناك» fail the counts, «أن برنارد لويس» is a particle before a name used apart).
 */
import { breaksPhrase, type TextToken } from "./text-tokens";
import { plainName } from "./name-boundary";
import { isVerbForm } from "./subject-check";
import type { WordStats } from "./word-stats";

/** Particles, normalized, that some names' first words are spelled as (closed class: بأن/بان، أن/آن، لأن/لان). */
const PARTICLE_SPELLINGS = new Set(["ان", "بان", "لان"]);
/** Words of the run after the particle-spelled word. */
const RUN = 2;
/** Least times the article repeats the run. */
const MIN_REPEATS = 2;

/** The run of words after tokens[k] (normalized, joined), or null when punctuation or an ال word cuts it short. */
function runAfter(text: string, tokens: TextToken[], k: number): string | null {
  const words: string[] = [];
  for (let j = k + 1; j <= k + RUN; j++) {
    const t = tokens[j];
    if (!t || t.article || breaksPhrase(text.slice(tokens[j - 1]!.end, t.start))) return null;
    words.push(t.norm);
  }
  return words.join(" ");
}

/**
 * Marks, on the article's tokens, each particle-spelled word that opens a name the article repeats (see the
 * file's comment). `paragraphs` and `tokensOf` are the article's text and its tokens by paragraph.
 */
export function markParticleNames(paragraphs: readonly string[], tokensOf: (p: number) => TextToken[], stats: WordStats): void {
  const runs = new Map<string, Array<{ p: number; k: number }>>();
  const counts = new Map<string, number>();
  paragraphs.forEach((text, p) => {
    const tokens = tokensOf(p);
    tokens.forEach((t, k) => {
      counts.set(t.norm, (counts.get(t.norm) ?? 0) + 1);
      if (!PARTICLE_SPELLINGS.has(t.norm)) return;
      const run = runAfter(text, tokens, k);
      if (run === null) return;
      const key = `${t.norm} ${run}`;
      const list = runs.get(key);
      if (list) list.push({ p, k });
      else runs.set(key, [{ p, k }]);
    });
  });
  for (const [key, sites] of runs) {
    if (sites.length < MIN_REPEATS) continue;
    const words = key.split(" ").slice(1);
    // every use of the run's words in the article is in this run, and each is a name by the corpus's counts
    if (!words.every((w) => counts.get(w) === sites.length && plainName(stats, w) && !isVerbForm(stats, w))) continue;
    for (const { p, k } of sites) tokensOf(p)[k]!.particleName = RUN + 1;
  }
}
