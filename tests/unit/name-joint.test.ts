import { describe, expect, it } from "vitest";
import modelFile from "../../src/names/translit-model.json";
import { forward, unitTable, type ModelFile } from "../../src/names/model";
import { UnitJoint } from "../../src/names/joint";
import { arabicLetters, latinLetters, NEAR_FLOOR, nameWordScore, WORD_FLOOR } from "../../src/names";

const table = unitTable((modelFile as unknown as ModelFile).units);
const pairs: Array<[string, string]> = [
  ["Kerry", "كيري"], ["Obama", "أوباما"], ["Abadi", "العبادي"], ["Lavrov", "لافروف"], ["Zidane", "زيدان"],
  ["Kerry", "كارتر"], ["Schumacher", "شوماخر"], ["Obama", "العبادي"], ["Zarif", "ظريف"], ["Kerry", "كيري"],
];

describe("the joint over unit ids with each Arabic word's slices kept (src/names/joint.ts)", () => {
  it("gives forward's joint to the last bit, for words met first and met again, in any order", () => {
    const joint = new UnitJoint(table);
    // twice over, each time a different English word before each Arabic one: the second pass reads the kept slices
    for (const pass of [pairs, [...pairs].reverse()]) {
      for (const [en, ar] of pass) {
        const e = latinLetters(en), a = arabicLetters(ar);
        expect(joint.joint(e, a), `${en} ~ ${ar}`).toBe(forward(table, e, a)[e.length]![a.length]!);
      }
    }
  });

  it("scores a word pair the same when its Arabic letters were kept from an earlier pair", () => {
    const first = pairs.map(([en, ar]) => nameWordScore(en, ar));
    expect(pairs.map(([en, ar]) => nameWordScore(en, ar))).toEqual(first);
    expect(pairs.map(([en, ar]) => nameWordScore(en, ar, latinLetters(en)))).toEqual(first);
  });

  it("cuts a table short only for a pair under the least asked, and scores every pair at or above a floor exactly", () => {
    const joint = new UnitJoint(table);
    let cut = 0;
    for (const [en] of pairs) {
      for (const [, ar] of pairs) {
        const e = latinLetters(en), a = arabicLetters(ar);
        const exact = forward(table, e, a)[e.length]![a.length]!;
        for (const least of [exact * 0.999, exact * 1.001, exact * 1e6]) {
          const got = joint.joint(e, a, least);
          if (got === 0 && exact > 0) cut++;
          expect(got === exact || (got === 0 && exact < least), `${en} ~ ${ar} at ${least}`).toBe(true);
        }
        for (const floor of [NEAR_FLOOR, WORD_FLOOR, 0]) {
          const full = nameWordScore(en, ar);
          const floored = nameWordScore(en, ar, latinLetters(en), floor);
          if (full >= floor) expect(floored).toBe(full);
          else expect(floored).toBeLessThan(floor);
        }
      }
    }
    // the bound does cut: a pair a million times under its own joint is stopped before the last row
    expect(cut).toBeGreaterThan(0);
  });
});
