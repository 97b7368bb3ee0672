import { allowedDistance, keyNeighbors, latinKey, tsVariants } from "../../analysis";
import { englishStem, joinCandidates, lexiconCandidates, type EnglishMaps } from "../english";
import type { AnalyzerOptions } from "../../analysis";
import { MAX_BOUND_BYTES } from "./write";

/** Latin words as the English reader cuts them (src/answer/english.ts englishWords): acronyms U.S. -> US, no 's, no trailing hyphen. */
function latinWords(text: string): string[] {
  const plain = text.replace(/\b((?:[A-Z]\.){2,})/g, (m) => m.replace(/\./g, ""));
  return [...plain.matchAll(/[A-Za-z][A-Za-z'’-]*/g)].map((m) => m[0].replace(/['’]s$/i, "").replace(/-+$/, ""));
}

/**
 * The lexicon and sound keys an English reading of these texts may look up: every word (hyphenated
 * whole and by parts), every two-word phrase either way the hyphens are read, and each word's sound
 * key (and its singular's) with the keys one class away. Empty for texts without Latin letters.
 */
export function englishKeys(texts: readonly string[]): { lexicon: string[]; sounds: string[] } {
  const lexicon = new Set<string>();
  const sounds = new Set<string>();
  for (const text of texts) {
    const words = latinWords(text);
    words.forEach((w, i) => {
      const parts = w.split("-").filter(Boolean);
      for (const x of [w, ...parts]) {
        lexicon.add(englishStem(x));
        for (const y of [x, x.slice(0, -1)]) {
          const key = latinKey(y);
          if (key.length < 2) continue;
          for (const k of [key, ...tsVariants(key)]) sounds.add(k);
          if (allowedDistance(key) > 0) for (const k of keyNeighbors(key)) sounds.add(k);
        }
      }
      for (let j = 1; j < parts.length; j++) lexicon.add(englishStem(`${parts[j - 1]} ${parts[j]}`.toLowerCase()));
      const next = words[i + 1];
      if (!next) return;
      for (const a of new Set([w, parts.at(-1) ?? w])) for (const b of new Set([next, next.split("-").find(Boolean) ?? next])) lexicon.add(englishStem(`${a} ${b}`.toLowerCase()));
    });
  }
  lexicon.delete("");
  return { lexicon: [...lexicon], sounds: [...sounds] };
}

/** True when a text has Latin letters, which an English reading (or a Latin name) would look up. */
export const hasLatin = (texts: readonly string[]): boolean => texts.some((t) => /[A-Za-z]/.test(t));

const IN_TERMS = "EXISTS (SELECT 1 FROM terms t WHERE t.term = s.value AND t.df > 0)";

/**
 * The English maps for these keys, joined with the archive's terms at read time: each headword's
 * candidates the corpus holds (at most 12, as the bundled index keeps them), each sound key's stems
 * the corpus still holds. One D1 batch.
 */
export async function fetchEnglish(db: D1Database, keys: { lexicon: string[]; sounds: string[] }): Promise<EnglishMaps> {
  const [lex, snd] = await db.batch([
    db.prepare(`SELECT l.english, s.value AS stem, ${IN_TERMS} AS held FROM english_lexicon l, json_each(l.stems) s WHERE l.english IN (SELECT value FROM json_each(?1)) ORDER BY l.english, s.key`).bind(JSON.stringify(keys.lexicon)),
    db.prepare(`SELECT s.key, s.stem FROM english_sounds s WHERE s.key IN (SELECT value FROM json_each(?1)) AND EXISTS (SELECT 1 FROM terms t WHERE t.term = s.stem AND t.df > 0)`).bind(JSON.stringify(keys.sounds)),
  ]);
  const candidates = new Map<string, Array<{ stem: string; held: number }>>();
  for (const r of lex!.results as Array<{ english: string; stem: string; held: number }>) (candidates.get(r.english) ?? candidates.set(r.english, []).get(r.english)!).push(r);
  const lexicon: Record<string, string[]> = {};
  for (const [english, list] of candidates) {
    const held = new Set(list.filter((c) => c.held).map((c) => c.stem));
    const stems = joinCandidates(list.map((c) => c.stem), (stem) => held.has(stem));
    if (stems.length) lexicon[english] = stems;
  }
  const sounds: Record<string, string[]> = {};
  for (const r of snd!.results as Array<{ key: string; stem: string }>) (sounds[r.key] ??= []).push(r.stem);
  return { lexicon, sounds };
}

/**
 * Statements that replace the archive's lexicon with these entries (corpus/lexicon, as readLexicons
 * merges them), for one D1 batch; the candidates are analyzed with the archive's analyzer.
 */
export function lexiconStatements(db: D1Database, entries: Array<[string, string[]]>, analyzer: AnalyzerOptions): D1PreparedStatement[] {
  const out = [db.prepare("DELETE FROM english_lexicon")];
  let part: Array<[string, string[]]> = [];
  let bytes = 0;
  const flush = () => {
    if (part.length) out.push(db.prepare("INSERT INTO english_lexicon (english, stems) SELECT j.value ->> 0, j.value -> 1 FROM json_each(?1) j").bind(JSON.stringify(part)));
    part = [];
    bytes = 0;
  };
  for (const entry of lexiconCandidates(entries, analyzer)) {
    if (!entry[1].length) continue;
    bytes += new TextEncoder().encode(JSON.stringify(entry)).length + 1;
    part.push(entry);
    if (bytes > MAX_BOUND_BYTES / 2) flush();
  }
  flush();
  return out;
}
