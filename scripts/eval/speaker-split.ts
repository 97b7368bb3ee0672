/**
 * The rule that keeps two spellings of one name key apart (src/index/speaker-split.ts sameName), measured
 * on hand-judged pairs of spellings (tests/fixtures/quotes/speaker-split-pairs.tsv), tune and check parts:
 *
 *   npx tsx scripts/eval/speaker-split.ts
 *
 * Per part and per `shortWord`: two people merged as one (the wrong-speaker error) and one person split in
 * two (a lookup finding part of a person's statements), and the rule before session 19 (one speaker per key).
 */
import { readFileSync } from "node:fs";
import { sameName } from "../../src/index/speaker-split";

const rows = readFileSync("tests/fixtures/quotes/speaker-split-pairs.tsv", "utf8").split("\n")
  .filter((l) => l && !l.startsWith("#") && !l.startsWith("first\t"))
  .map((l) => l.split("\t") as [string, string, string, string, string, string])
  .filter((r) => r[4] !== "?");
for (const part of ["tune", "check"]) {
  const pairs = rows.filter((r) => r[5] === part);
  const two = pairs.filter((r) => r[4] === "D").length;
  console.log(`\n${part}: ${pairs.length} pairs, ${pairs.length - two} one person, ${two} two`);
  console.log("| rule | two merged | one split | errors | two merged x 2 + one split |\n| --- | --- | --- | --- | --- |");
  const line = (name: string, same: (a: string, b: string) => boolean) => {
    const merged = pairs.filter((r) => r[4] === "D" && same(r[0], r[1])).length;
    const split = pairs.filter((r) => r[4] === "S" && !same(r[0], r[1])).length;
    console.log(`| ${name} | ${merged} | ${split} | ${merged + split} | ${2 * merged + split} |`);
  };
  line("one speaker per name key (before)", () => true);
  for (const shortWord of [0, 3, 4, 5, 6]) line(`sameName, shortWord ${shortWord}${shortWord === 4 ? " (shipped)" : ""}`, (a, b) => sameName(a, b, { shortWord }));
}
