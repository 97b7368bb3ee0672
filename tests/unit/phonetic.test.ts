import { describe, expect, it } from "vitest";
import { allowedDistance, arabicKey, KEY_CLASSES, keyDistance, keyNeighbors, latinKey, tsVariants } from "../../src/analysis";

// Names written for this test, not taken from the bundled corpus.
const same: Array<[string, string]> = [
  ["Merkel", "ميركل"],
  ["Obama", "أوباما"],
  ["Paris", "باريس"],
  ["Chicago", "شيكاغو"],
  ["Richard", "ريتشارد"],
  ["Vladimir", "فلاديمير"],
  ["Washington", "واشنطن"],
  ["Gorbachev", "غورباتشوف"],
];

describe("sound keys", () => {
  for (const [latin, arabic] of same) {
    it(`${latin} and ${arabic} are the same name`, () => {
      const a = latinKey(latin);
      const b = arabicKey(arabic);
      const close = [a, ...tsVariants(a)].some((k) => keyDistance(k, b) <= allowedDistance(k));
      expect(close).toBe(true);
    });
  }
  it("p is b, v is f, g is k, ch is تش", () => {
    expect(latinKey("Pavel")).toBe(arabicKey("بافل"));
    expect(latinKey("Chad")).toBe(arabicKey("تشاد"));
    expect(latinKey("Sochi")).toBe(arabicKey("سوتشي"));
  });
  it("strips the article and drops the weak letters", () => {
    expect(arabicKey("الكرنك")).toBe(arabicKey("كرنك"));
    expect(arabicKey("بيروت")).toBe("BRT");
  });
  it("short keys allow no distance, long keys one", () => {
    expect(allowedDistance("BRT")).toBe(0);
    expect(allowedDistance("MRKL")).toBe(1);
    expect(keyDistance("MRKL", "MRKLS")).toBe(1);
  });
});

describe("keyNeighbors", () => {
  it("lists exactly the keys one edit away that keep the first class", () => {
    // every key of up to 3 classes over a small alphabet, checked against keyDistance
    const alphabet = "BKSM";
    const all: string[] = [];
    const grow = (k: string) => {
      if (k.length) all.push(k);
      if (k.length < 3) for (const c of alphabet) grow(k + c);
    };
    grow("");
    for (const key of ["BKS", "MS", "KSMB"]) {
      const near = new Set(keyNeighbors(key));
      for (const other of all) {
        const expected = other !== key && other[0] === key[0] && keyDistance(key, other, 1) === 1;
        expect(near.has(other), `${key} ~ ${other}`).toBe(expected);
      }
      for (const k of near) expect([...k].every((c) => KEY_CLASSES.includes(c))).toBe(true);
    }
  });
});
