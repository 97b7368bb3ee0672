import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { Engine, resolveSpeaker, speakerKeys } from "../../../src/answer";
import { plainWords, type SearchIndex, type SpeakerKeys } from "../../../src/index";
import { foldTitle, nameKey } from "../../../src/analysis";
import { D1Store, deleteArticle, ingestArticles } from "../../../src/index/d1";
import { fetchSubset, speakerIndex, unionKeys } from "../../../src/index/d1/alias-lookup";
import { closestSpeakers } from "../../../src/answer/closest";
import { closestKeys } from "../../../src/answer/english-keys";
import { transliterate } from "../../../src/answer/english";
import { DEFAULT_RANKING } from "../../../src/index/types";
import { added, base, edited, stats } from "./speaker-corpus";

const vowelsOut = (w: string) => w[0] + w.slice(1, -1).replace(/[اوي]/g, "") + w.slice(-1);
// another long vowel after the article (الامين ~ اليمين): the same name key, another folded form
const vowelSwapped = (w: string) => w.replace(/^ال([اوي])/, (_, v: string) => `ال${v === "ي" ? "ا" : "ي"}`);
/** Subjects made from the speakers (names, aliases, titles, family names, near and folded spellings, prefixed, in longer subjects, openings of titles, ids) and names nobody holds. */
function subjects(index: SearchIndex): string[] {
  const out = new Set<string>(["زيد الفلاني", "المتحدث باسم الشركة", "وزير الخارجية", "المتحدث باسم", "sp_0000000"]);
  // a subject longer than the spans listed (speaker-keys.ts MAX_SPAN_WORDS): whole, as the table's aliases are shorter
  const first = index.data.extras.speakers[0]!.name;
  out.add(`${Array(30).fill("اليوم").join(" ")} ${first}`);
  for (const s of index.data.extras.speakers) {
    const names = [s.name, ...s.aliases, ...(s.title ? [s.title] : [])];
    out.add(s.id);
    for (const n of names) {
      const words = n.split(" ");
      out.add(n);
      out.add(words[words.length - 1]!);
      out.add(words.map((w) => (w.length > 3 ? vowelsOut(w) : w)).join(" "));
      out.add(words.map((w) => vowelSwapped(plainWords(w))).join(" "));
      out.add(`${words.slice(0, -1).join(" ")} ${words[words.length - 1]!}ة`.trim());
      out.add(`ل${n}`);
      out.add(`${n} عن الاتفاق`);
      out.add(`الرئيس ${n}`);
      out.add(`عبد الله ${words[words.length - 1]!}`);
      if (words.length >= 2) out.add(words.slice(0, 2).join(" "));
      if (words.length >= 3) out.add(words.slice(0, -1).join(" "));
    }
  }
  return [...out];
}

/**
 * English subjects made from the speakers: each name, family name and name word as the display speller
 * spells it, with a letter doubled or dropped, al- split off, an honorific; roles; names nobody has.
 */
function englishSubjects(index: SearchIndex): string[] {
  const out = new Set<string>(["Macron", "Zaid Fulani", "the British foreign minister", "the French foreign minister", "the Kremlin", "the interior ministry", "King Salman", "US", "Abdel Fattah"]);
  for (const s of index.data.extras.speakers) {
    const latin = transliterate(s.name);
    const words = latin.split(" ");
    out.add(latin);
    out.add(words.at(-1)!);
    for (const w of words) out.add(w);
    out.add(latin.replace(/([a-z])/, "$1$1"));
    out.add(latin.replace(/[aeiou](?=[a-z])/, ""));
    out.add(latin.replace(/\bAl(?=[a-z])/, "al "));
    out.add(`President ${words.at(-1)}`);
    // spellings that name nobody but come near someone ("did you mean" reads the looser matches)
    const last = words.at(-1)!;
    out.add(`${last}ski`);
    out.add(`${last.slice(0, -1)}ov`);
    out.add(`Ma${last.toLowerCase()}`);
    out.add(words.map((w) => w.toLowerCase()).join(" "));
    // a full name with one word two consonant classes off: no near word may match it, so its matching
    // reads the far ring (name-pick.ts fetches a part's whole reach then)
    if (words.length > 1) words.forEach((_, k) => out.add(words.map((w, j) => (j === k ? farSpelling(w) : w)).join(" ")));
  }
  return [...out];
}

/** A name word with its second and third consonants changed to other classes (Hammond: Harrond -> Hakkond). */
function farSpelling(word: string): string {
  const other: Record<string, string> = { b: "d", d: "g", f: "l", g: "m", h: "r", j: "n", k: "s", l: "t", m: "b", n: "f", r: "k", s: "h", t: "j", v: "n", w: "r", z: "b" };
  let n = 0;
  return word.replace(/[a-z]/gi, (c) => (other[c.toLowerCase()] && ++n >= 2 && n <= 3 ? other[c.toLowerCase()]! : c));
}

/** The keys as findSpeaker forms its spans, each span folded and keyed whole (speakerKeys composes them from its words). */
function directKeys(subject: string): SpeakerKeys {
  if (/^sp_/.test(subject)) return speakerKeys(subject)!;
  const words = plainWords(subject).split(" ").filter(Boolean);
  const folded = new Set<string>([foldTitle(subject)]);
  const near = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; i + n <= words.length; n++) {
      const span = words.slice(i, i + n).join(" ");
      for (const form of /^[\u0644\u0628]\S{3}/.test(span) ? [span, span.slice(1)] : [span]) {
        folded.add(foldTitle(form));
        near.add(nameKey(form));
      }
    }
  }
  return { folded: [...folded], near: [...near], prefixes: [foldTitle(subject)], ids: [] };
}
const sorted = (k: SpeakerKeys) => ({ ...k, folded: [...k.folded].sort(), near: [...k.near].sort() });

/** What resolving a subject gives (the speaker's id, the alias, by title, the Latin name) and the /v1/speakers/{q} view. */
function resolved(index: SearchIndex, subject: string): unknown {
  const hit = resolveSpeaker(index, subject);
  return [hit && { id: index.data.extras.speakers[hit.speaker]!.id, alias: hit.alias, byTitle: hit.byTitle, latin: hit.latin }, new Engine(index).speaker(subject)];
}

async function generation(db: D1Database): Promise<number> {
  return (await db.prepare("SELECT generation FROM corpus").first<{ generation: number }>())!.generation;
}

/**
 * Per subject, the answer over the aliases its keys fetch (keys changed by `drop`), against the whole
 * table's; for a subject that names nobody, "did you mean" over the aliases of its keys and its
 * closestKeys (what StoreEngine fetches then) against the whole table's.
 */
async function compare(db: D1Database, whole: SearchIndex, drop?: "folded" | "near" | "prefixes" | "ids" | "sounds", english = false): Promise<Array<{ subject: string; whole: unknown; subset: unknown }>> {
  const g = await generation(db);
  const differ = [];
  let named = 0;
  let nearest = 0;
  const all = english ? englishSubjects(whole) : subjects(whole);
  for (const subject of all) {
    const keys = speakerKeys(subject);
    // an English subject read by the lexicon's say (a lower-case word): the store reads the whole table
    if (!keys && english) continue;
    if (!drop && !english && keys!.spanWords === undefined) expect(sorted(keys!), subject).toEqual(sorted(directKeys(subject)));
    if (drop) keys![drop] = [];
    const cache = await fetchSubset(db, keys!, g, DEFAULT_RANKING);
    // an id nobody has: the store reads the whole table (it goes on as an English name)
    if (!cache && keys!.ids.length) continue;
    expect(cache, subject).toBeDefined();
    const subset = resolved(speakerIndex(cache!, DEFAULT_RANKING), subject);
    const expected = resolved(whole, subject);
    if ((expected as unknown[])[0]) named++;
    if (JSON.stringify(subset) !== JSON.stringify(expected)) differ.push({ subject, whole: expected, subset });
    if ((expected as unknown[])[0] || drop) continue;
    // nobody found: "did you mean" over the keys and closestKeys
    const near = await fetchSubset(db, unionKeys([keys!, closestKeys(subject)]), g, DEFAULT_RANKING);
    const closest = closestSpeakers(speakerIndex(near!, DEFAULT_RANKING), subject);
    const closestWhole = closestSpeakers(whole, subject);
    if (closestWhole.length) nearest++;
    if (JSON.stringify(closest) !== JSON.stringify(closestWhole)) differ.push({ subject, whole: closestWhole, subset: closest });
  }
  // most subjects name someone (the comparison is not of nulls), and some that do not have a "did you mean"
  expect(named).toBeGreaterThan(all.length / (english ? 3 : 2));
  if (!drop) expect(nearest).toBeGreaterThan(0);
  return differ;
}

describe("speaker lookup by SQL (migrations/0008, 0009)", () => {
  it("resolves every subject over the aliases its keys fetch as over the whole table, across writes, and each kind of key is needed", { timeout: 180_000 }, async () => {
    const db = env.LOOKUP_DB;
    const writer = new D1Store(db);
    const store = async () => expect(await writer.storeSpeakers()).toBe(true);
    await ingestArticles(db, base, stats);
    await store();
    // a reader kept warm across the writes, and a new isolate after each (the whole table either way)
    const warm = new D1Store(db);
    const check = async (label: string) => {
      const whole = await warm.index({});
      expect((await new D1Store(db).index({})).data.extras.speakers, label).toEqual(whole.data.extras.speakers);
      expect(whole.data.extras.speakers.length, label).toBeGreaterThan(5);
      expect(await compare(db, whole), label).toEqual([]);
      expect(await compare(db, whole, undefined, true), `${label}, English`).toEqual([]);
    };
    await check("loaded");

    // a key kind left out: some subject resolves otherwise (the test fails if the lookup misses candidates)
    const whole = await warm.index({});
    for (const kind of ["folded", "near", "prefixes", "ids"] as const) expect((await compare(db, whole, kind)).length, kind).toBeGreaterThan(0);
    for (const kind of ["folded", "sounds"] as const) expect((await compare(db, whole, kind, true)).length, `${kind}, English`).toBeGreaterThan(0);
    // a full name's pick (name-pick.ts) bounds what it fetches: with only one part's group, more aliases come (and the answers stay)
    const sizes = async (subject: string, narrow: boolean) => {
      const keys = speakerKeys(subject)!;
      const matched = keys.matched!;
      if (narrow) keys.matched = (words, fetched) => {
        const pick = matched(words, fetched);
        return "more" in pick ? pick : { ...pick, holders: pick.holders.map((groups) => groups.slice(0, 1)) };
      };
      return (await fetchSubset(db, keys, await generation(db), DEFAULT_RANKING))!.aliases.length;
    };
    const full = englishSubjects(whole).filter((s) => /^[A-Z][a-z]+( [A-Z][a-z]+)+$/.test(s));
    const bounded = await Promise.all(full.map(async (s) => [await sizes(s, false), await sizes(s, true)] as const));
    expect(bounded.some(([all, narrow]) => all < narrow), "the other parts' groups bound the fetch").toBe(true);
    expect(bounded.every(([all, narrow]) => all <= narrow)).toBe(true);

    // keys listing spans shorter than the table's longest alias are not whole: the store reads the whole table
    expect(await fetchSubset(db, { ...speakerKeys("هاموند")!, spanWords: 1 }, await generation(db), DEFAULT_RANKING)).toBeUndefined();
    expect(await fetchSubset(db, { ...speakerKeys("هاموند")!, spanWords: 24 }, await generation(db), DEFAULT_RANKING)).toBeDefined();

    await ingestArticles(db, [added], stats);
    // a write not stored yet: the rows are of an older generation, and the lookup says so (the caller reads the whole table)
    expect(await fetchSubset(db, speakerKeys("هاموند")!, await generation(db), DEFAULT_RANKING)).toBeUndefined();
    await store();
    await check("a POST");
    await ingestArticles(db, [edited], stats);
    await store();
    await check("a PUT changing a quote");
    expect(await deleteArticle(db, "l-full")).toBe(true);
    await store();
    await check("a DELETE of the full name");

    // an archive migrated to 0008 after its table was stored: the next store (npm run ingest, with nothing new) writes the rows alone
    await db.batch([db.prepare("DELETE FROM speaker_aliases"), db.prepare("DELETE FROM speaker_records")]);
    expect(await fetchSubset(db, speakerKeys("هاموند")!, await generation(db), DEFAULT_RANKING)).toBeUndefined();
    const parts = await db.prepare("SELECT count(*) AS n, max(generation) AS g FROM speaker_table").first();
    expect(await new D1Store(db).storeSpeakers()).toBe(true);
    expect(await db.prepare("SELECT count(*) AS n, max(generation) AS g FROM speaker_table").first()).toEqual(parts);
    await check("backfilled");

    // an archive migrated to 0009 after the rows of 0008 were stored (a marker without `sounds`): an
    // English name reads the whole table, an Arabic one the rows; the next store writes the sound rows
    await db.batch([db.prepare("DELETE FROM speaker_alias_words"), db.prepare("DELETE FROM speaker_sound_words"), db.prepare("UPDATE speaker_records SET record = json_remove(record, '$.sounds') WHERE speaker = -1")]);
    expect(await fetchSubset(db, speakerKeys("Hammond")!, await generation(db), DEFAULT_RANKING)).toBeUndefined();
    expect(await fetchSubset(db, speakerKeys("هاموند")!, await generation(db), DEFAULT_RANKING)).toBeDefined();
    expect(await new D1Store(db).storeSpeakers()).toBe(true);
    expect(await db.prepare("SELECT count(*) AS n, max(generation) AS g FROM speaker_table").first()).toEqual(parts);
    expect(await fetchSubset(db, speakerKeys("Hammond")!, await generation(db), DEFAULT_RANKING)).toBeDefined();
    await check("sounds backfilled");
  });
});
