import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { KEY_CLASSES, keysWithin } from "../../../src/analysis";
import type { SoundReach } from "../../../src/index";
import { deletionsStatement, FetchedReach, reachStatement } from "../../../src/index/d1/sound-reach";

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** A key as arabicKey writes it: no class twice in a row, Y first only. */
const shaped = (k: string) => !/(.)\1|.Y/.test(k);

describe("sound keys by reach in SQL: the keys keysWithin lists", () => {
  it("fetches the words of exactly the keys within each reach, none of those fetched before", async () => {
    const db = env.REACH_DB;
    const next = random(29);
    const pick = (s: string) => s[Math.floor(next() * s.length)]!;
    const keyOf = (length: number) => {
      let key = "";
      while (key.length < length) {
        const c = pick(key.length ? KEY_CLASSES.replace("Y", "") : KEY_CLASSES);
        if (!key.endsWith(c)) key += c;
      }
      return key;
    };
    const centres = Array.from({ length: 24 }, (_, i) => keyOf(i % 7));
    // three random edits of a key (one class deleted, changed or inserted each)
    const edited = (key: string) => {
      let k = key;
      for (let e = 0; e < 3; e++) {
        const i = Math.floor(next() * (k.length + 1));
        const op = next();
        k = op < 0.33 ? k.slice(0, i) + k.slice(i + 1) : op < 0.66 ? k.slice(0, i) + pick(KEY_CLASSES) + k.slice(i + 1) : k.slice(0, i) + pick(KEY_CLASSES) + k.slice(i);
      }
      return k;
    };
    // words of half the keys within 2 of each centre, of keys 3 edits away (past every reach's edge), and of random keys
    const near = centres.flatMap((c) => keysWithin(c, 2).filter(() => next() < 0.5));
    const far = centres.flatMap((c) => Array.from({ length: 200 }, () => edited(c)));
    const keys = new Set([...near, ...far, ...Array.from({ length: 2000 }, () => keyOf(1 + Math.floor(next() * 7)))].filter(shaped));
    keys.add("");
    await db.batch([db.prepare("DELETE FROM speaker_sound_words"), db.prepare("DELETE FROM speaker_sound_dels")]);
    const rows = [...keys].map((k, i) => [k, `w${i}`, i]);
    // written in two parts, each with its keys' deletions (as each store adds those of its new keys)
    const insert = (part: unknown[]) => db.prepare("INSERT INTO speaker_sound_words (key, word, rank) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?1)").bind(JSON.stringify(part));
    const half = Math.floor(rows.length / 2);
    await db.batch([insert(rows.slice(0, half)), deletionsStatement(db)]);
    await db.batch([insert(rows.slice(half)), deletionsStatement(db)]);
    const count = async () => (await db.prepare("SELECT count(*) AS n FROM speaker_sound_dels").first<{ n: number }>())!.n;
    const dels = await count();
    expect(dels).toBe([...keys].reduce((n, k) => n + k.length, 0));
    await deletionsStatement(db).run();
    expect(await count()).toBe(dels);
    const listed = (reaches: readonly SoundReach[]) => new Set(reaches.flatMap(([k, d]) => keysWithin(k, d)).filter((k) => keys.has(k)));
    for (let n = 0; n < centres.length; n += 3) {
      const wanted: SoundReach[] = centres.slice(n, n + 2).map((c, i) => [c, (n + i) % 3]);
      const before: SoundReach[] = [[centres[n + 2]!, 1]];
      const got = (await reachStatement(db, wanted, before).all<{ key: string; word: string; rank: number }>()).results;
      const expected = listed(wanted);
      for (const k of listed(before)) expected.delete(k);
      expect(new Set(got.filter((r) => shaped(r.key)).map((r) => r.key)), JSON.stringify({ wanted, before })).toEqual(expected);
      // in the table's word order, each word once
      expect(got.map((r) => r.rank)).toEqual([...got.map((r) => r.rank)].sort((a, b) => a - b));
      expect(new Set(got.map((r) => r.word)).size).toBe(got.length);
    }
  }, 60_000);

  it("notes what was fetched by each centre's greatest distance", () => {
    const fetched = new FetchedReach();
    fetched.add([["MKRN", 1], ["BM", 0]]);
    expect(fetched.holds([["MKRN", 1], ["MKRN", 0], ["BM", 0]])).toBe(true);
    expect(fetched.holds([["MKRN", 2]])).toBe(false);
    fetched.add([["MKRN", 2], ["MKRN", 1]]);
    expect(fetched.holds([["MKRN", 2]])).toBe(true);
    expect(fetched.all).toEqual([["MKRN", 1], ["BM", 0], ["MKRN", 2]]);
  });
});
