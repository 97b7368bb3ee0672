import { describe, expect, it } from "vitest";
import modelFile from "../../src/names/translit-model.json";
import { forward, unitTable, type ModelFile } from "../../src/names/model";
import { UnitJoint } from "../../src/names/joint";
import { arabicLetters, latinLetters, nameWordScore } from "../../src/names";

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
});
