import { describe, expect, it } from "vitest";
import { arabicKey, keyDistance, keysWithin, KEY_CLASSES } from "../../src/analysis";
import { plainWords } from "../../src/index";
import { NameCandidates } from "../../src/names";
import { nameReach } from "../../src/answer/names";
import type { SoundReach } from "../../src/index";
import { englishSpeakerKeys } from "../../src/answer/english-keys";
import football from "../fixtures/articles/fx-football.txt?raw";
import oil from "../fixtures/articles/fx-oil.txt?raw";
import summit from "../fixtures/articles/fx-summit.txt?raw";

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** A key as arabicKey writes it: no class twice in a row, Y first only. */
const shaped = (k: string) => !/(.)\1|.Y/.test(k);

/** The keys of reaches, as a store lists them. */
const keysOf = (reach: readonly SoundReach[] = []) => new Set(reach.flatMap(([key, distance]) => keysWithin(key, distance)));

describe("keysWithin: every key a scan with keyDistance keeps", () => {
  it("holds exactly the keys within the distance (random keys and random edits of them)", () => {
    const next = random(17);
    const pick = (s: string) => s[Math.floor(next() * s.length)]!;
    for (let n = 0; n < 60; n++) {
      let key = "";
      const length = Math.floor(next() * 6);
      while (key.length < length) {
        const c = pick(key.length ? KEY_CLASSES.replace("Y", "") : KEY_CLASSES);
        if (!key.endsWith(c)) key += c;
      }
      for (const max of [0, 1, 2]) {
        const within = new Set(keysWithin(key, max));
        for (const k of within) expect(keyDistance(key, k, max), `${key} ${k}`).toBeLessThanOrEqual(max);
        // edits of the key, as many as max and more: those within max are all listed
        for (let t = 0; t < 300; t++) {
          let k = key;
          for (let e = Math.floor(next() * (max + 2)); e > 0; e--) {
            const i = Math.floor(next() * (k.length + 1));
            const op = next();
            k = op < 0.33 ? k.slice(0, i) + k.slice(i + 1) : op < 0.66 ? k.slice(0, i) + pick(KEY_CLASSES) + k.slice(i + 1) : k.slice(0, i) + pick(KEY_CLASSES) + k.slice(i);
          }
          if (shaped(k) && keyDistance(key, k, max) <= max) expect(within.has(k), `${key} ${k} at ${max}`).toBe(true);
        }
      }
    }
    // 54,000 random edits: about 3 s alone, more on a loaded machine (not a speed assertion)
  }, 30_000);
});

describe("NameCandidates.keysFor and nameReach: what a store fetches by sound key", () => {
  // the fixtures' words and random words of Arabic letters (the fixtures alone hold few near keys)
  const next = random(5);
  const letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةء";
  const made = Array.from({ length: 4000 }, () => Array.from({ length: 2 + Math.floor(next() * 6) }, () => letters[Math.floor(next() * letters.length)]).join(""));
  const words = [...new Set([...[summit, oil, football].flatMap((t) => plainWords(t).split(" ")).filter((w) => /^[\u0621-\u064A]+$/.test(w)), ...made])];
  const candidates = NameCandidates.of(words);
  const latin = ["Peskov", "Hammond", "Obama", "Salman", "Abdullah", "Mohammed", "Isa", "Chad", "Richard", "Kerry", "Fabius", "Jubeir", "al-Jubeir", "Ban", "Ki", "moon", "Turki", "Assad"];

  it("lists the key of every word for() gives, and for() gives every word of a listed key (so the keys are exact)", () => {
    expect(words.length).toBeGreaterThan(500);
    let far = 0;
    for (const name of latin) {
      const keys = new Set(NameCandidates.keysFor(name.toLowerCase()));
      const found = candidates.for(name.toLowerCase());
      const given = new Set(found.flat());
      far += found[2]!.length;
      for (const w of given) expect(keys.has(arabicKey(w)), `${name}: ${w}`).toBe(true);
      for (const w of words) if (keys.has(arabicKey(w))) expect(given.has(w), `${name}: ${w}`).toBe(true);
    }
    // the two-edit ring is reached (a one-edit reach would fail the first check)
    expect(far).toBeGreaterThan(20);
  });

  it("nameReach covers al-X as X and the well-known names' words, and names keysFor's keys", () => {
    const keys = keysOf(nameReach("al-Jubeir"));
    for (const k of NameCandidates.keysFor("jubeir")) expect(keys.has(k)).toBe(true);
    expect(keysOf(nameReach("Assad")).has(arabicKey("الاسد"))).toBe(true);
    for (const name of latin) for (const near of [false, true]) expect(keysOf(NameCandidates.reachFor(name.toLowerCase(), near)), name).toEqual(new Set(NameCandidates.keysFor(name.toLowerCase(), near)));
  });

  it("bounds a capitalized name and a role, and leaves a subject the lexicon decides to the whole table", () => {
    expect(keysOf(englishSpeakerKeys("Peskov")!.sounds).size).toBeGreaterThan(100);
    expect(englishSpeakerKeys("King Salman")!.sounds).toEqual(expect.arrayContaining(nameReach("Salman")));
    const role = englishSpeakerKeys("the Iranian foreign minister")!;
    expect(role.sounds).toBeUndefined();
    expect(role.folded.length).toBeGreaterThan(0);
    expect(englishSpeakerKeys("the spokesman of the ministry")).toBeNull();
    // the first call loads the English lexicon: seconds on a loaded machine (5.3 s seen with other runs), not a hang
  }, 30_000);
});
