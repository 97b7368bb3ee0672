import { describe, expect, it } from "vitest";
import { arabicKey } from "../../src/analysis";
import { aliasWordKeys } from "../../src/index/alias-keys";
import { nameWords, type NameWords } from "../../src/index/alias-words";
import { rankedNames, type RankedWord } from "../../src/index/d1/ranked-names";

/** Each key with its words, in scan order (what English name matching meets them in). */
const scan = (n: NameWords) => n.keys.map((k, i) => [k, n.keyWords(i).map((w) => n.words[w]!)] as const);

describe("rankedNames: a subset's name words in the whole table's order", () => {
  // ranked aliases, one speaker each: باسم and بسام share a key (BSM), سمير between them has another (SMR)
  const whole: Array<[string, number]> = [["باسم", 0], ["سمير", 1], ["بسام", 2], ["خالد", 3]];
  const words = aliasWordKeys(whole, arabicKey);
  // what the store fetched by sound (every word of the keys BSM and SMR, with its place), and the aliases of the words matched (سمير, بسام)
  const ranks: RankedWord[] = words.map(([w, key], i) => [w, key, i] as const).filter(([, key]) => key !== arabicKey("خالد"));
  const subset: Array<[string, number]> = [["سمير", 0], ["بسام", 1]];

  it("keeps the keys and words in the order the whole table scans them", () => {
    const full = scan(nameWords(words)).filter(([k]) => k !== arabicKey("خالد")).map(([k, ws]) => [k, ws.filter((w) => w !== "باسم")]);
    expect(scan(rankedNames(subset, ranks))).toEqual(full);
    // first seen in the subset alone, the keys come the other way round
    expect(scan(nameWords(aliasWordKeys(subset, arabicKey)))).not.toEqual(full);
  });

  it("keeps each word's speakers, and lists no word of another key (no name word's candidate)", () => {
    const names = rankedNames([["خالد سمير", 0], ["بسام", 1], ["سمير بسام", 1], ["سمير", 2]], ranks);
    expect(names.words).toEqual(["سمير", "بسام"]);
    expect(names.speakers(0)).toEqual([0, 1, 2]);
    expect(names.speakers(1)).toEqual([1]);
  });
});
