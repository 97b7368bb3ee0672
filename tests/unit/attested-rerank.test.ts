import { describe, expect, it } from "vitest";
import modelFile from "../../src/names/translit-model.json";
import { AttestedSpellings, NAME_THRESHOLD, nameWordScore, type ModelFile } from "../../src/names";
import { LatinSpeller } from "../../src/names/latin";
import { LetterLm } from "../../src/names/letter-lm";
import { rerankPool, rerankScore } from "../../src/names/rerank";

const model = modelFile as unknown as ModelFile;

describe("attested spellings and the n-best reranker (src/names/attested.ts, rerank.ts)", () => {
  it("ship with the model: a compact table, a score at least the one-word threshold, five reranker weights", () => {
    expect(model.attested!.length).toBeGreaterThan(10_000);
    expect(model.attested!.length).toBeLessThan(250_000);
    expect(model.attestedScore!).toBeGreaterThanOrEqual(NAME_THRESHOLD);
    expect(model.rerank!.weights).toHaveLength(5);
  });

  it("finds each entry of a sorted table, and nothing else", () => {
    const entries = ["ا:a", "اا:aa", "اب:ab", "ب:b", "بب:bob", "ببب:bobby", "ت:t"];
    const t = new AttestedSpellings(entries.join(" "));
    for (const e of entries) expect(t.spelling(e.split(":")[0]!)).toBe(e.split(":")[1]);
    for (const missing of ["", "ء", "آ", "اااا", "با", "ث"]) expect(t.spelling(missing), missing).toBeUndefined();
    expect(t.size).toBe(7);
    expect(new AttestedSpellings().spelling("ا")).toBeUndefined();
  });

  it("finds every entry of the shipped table (it is sorted)", () => {
    const t = new AttestedSpellings(model.attested);
    const entries = model.attested!.split(" ");
    expect(entries.every((e) => t.spelling(e.slice(0, e.indexOf(":"))) === e.slice(e.indexOf(":") + 1))).toBe(true);
    expect(t.size).toBe(entries.length);
  });

  it("the speller consults the table before the model, and only the table's words", () => {
    const plain = new LatinSpeller(model, { attested: null });
    const own = plain.word("هاموند") + "x";
    const withTable = new LatinSpeller(model, { attested: new AttestedSpellings(`هاموند:${own}`) });
    expect(withTable.word("هاموند")).toBe(own);
    expect(withTable.word("كاميرون")).toBe(plain.word("كاميرون"));
  });

  it("every attested pair of the shipped table names one person at the one-word threshold", () => {
    const entries = model.attested!.split(" ").filter((_, i) => i % 50 === 0).map((e) => e.split(":") as [string, string]);
    expect(entries.length).toBeGreaterThan(50);
    for (const [ar, en] of entries) expect(nameWordScore(en, ar), `${en} ~ ${ar}`).toBeGreaterThanOrEqual(NAME_THRESHOLD);
  });

  it("rescores the n-best's best spellings only, and weighs the features as fitted", () => {
    const lm = new LetterLm(model.lm!);
    const nbest = new LatinSpeller(model).nbest("كاميرون");
    const pool = rerankPool(nbest, lm, 5);
    expect(pool.length).toBe(Math.min(5, nbest.size));
    const base = pool.map(([l, s]) => s + lm.lambda * lm.logProb(l));
    expect([...base].sort((x, y) => y - x)).toEqual(base);
    const only = (k: number) => ({ top: 5, mean: [0, 0, 0, 0, 0], sd: [1, 1, 1, 1, 1], weights: [0, 0, 0, 0, 0].map((_, i) => (i === k ? 1 : 0)) });
    expect(rerankScore(only(4), [0, 0, 0, 0, 7])).toBe(7);
    expect(rerankScore(only(0), [-3, 0, 0, 0, 7])).toBe(-3);
  });
});
