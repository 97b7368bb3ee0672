import { describe, expect, it } from "vitest";
import model from "../../src/names/translit-model.json";
import type { ModelFile } from "../../src/names/model";
import { AttestedSpellings, LatinSpeller } from "../../src/names";
import { latinSpeller } from "../../src/names";

const file = model as unknown as ModelFile;
const entries = (file.heldIn ?? "").split(" ").filter(Boolean).map((e) => e.split(":") as [string, string]);

describe("the tuning part's spellings, for the shipped display only (ModelFile.heldIn)", () => {
  const plain = new LatinSpeller(file);
  const withHeldIn = new LatinSpeller(file, { heldIn: new AttestedSpellings(file.heldIn) });

  it("holds spellings the speller fitted on the fitting pairs does not write, and a speller built from the model file never reads them", () => {
    expect(entries.length).toBeGreaterThan(100);
    for (const [a, e] of entries.slice(0, 60)) {
      expect(plain.word(a), a).not.toBe(e);
      expect(withHeldIn.word(a), a).toBe(e);
    }
  });

  it("comes after the attested table of the fitting pairs", () => {
    const attested = (file.attested ?? "").split(" ")[0]!.split(":") as [string, string];
    const clash = new LatinSpeller(file, { heldIn: new AttestedSpellings(`${attested[0]}:zzz`) });
    expect(clash.word(attested[0])).toBe(attested[1]);
  });

  it("is what the shipped speller (the indexer's and the answers') displays", () => {
    const [a, e] = entries[entries.length - 1]!;
    expect(latinSpeller().word(a)).toBe(e);
  });
});
