import { describe, expect, it } from "vitest";
import { allowedDistance, arabicKey, keyDistance, latinKey, tsVariants } from "../../src/analysis";

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
