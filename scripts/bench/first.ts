/**
 * An isolate's first question, measured in new processes: nothing decoded, built or compiled before it
 * (unlike the "first questions after load" table, whose process has answered other corpora's questions).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { deserializeIndex, SearchIndex } from "../../src/index";
import { englishRoleTitle } from "../../src/answer/roles/display";
import { ms } from "./measure";

/** Runs per question (each in its own process). Default 3. */
export const FIRST_RUNS = 3;

interface Run {
  load: number;
  wall: number;
  cpu: number;
  /** The main thread's own CPU (null where it cannot be read). */
  thread: number | null;
  found: boolean;
}

/** An English role question the corpus can answer: the most quoted speaker whose title the closed lists read. */
export function roleQuestion(bytes: Uint8Array): string | null {
  const { speakers } = new SearchIndex(deserializeIndex(bytes.slice())).data.extras;
  const held = speakers.filter((s) => s.title && englishRoleTitle(s.title)).sort((a, b) => b.statements - a.statements)[0];
  return held ? `What did ${englishRoleTitle(held.title!)} say?` : null;
}

/** Each question asked first in FIRST_RUNS new processes: one row per question, wall, process CPU and thread CPU ms as min / median / max. */
export function firstInIsolate(corpus: string, bytes: Uint8Array, questions: string[], runs = FIRST_RUNS): string[][] {
  const dir = mkdtempSync(join(os.tmpdir(), "first-"));
  const file = join(dir, "index.bin");
  writeFileSync(file, bytes);
  const child = new URL("./first-child.ts", import.meta.url).pathname;
  const spread = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `${ms(s[0]!)} / ${ms(s[Math.floor(s.length / 2)]!)} / ${ms(s.at(-1)!)}`;
  };
  try {
    return questions.map((q) => {
      const rs: Run[] = Array.from({ length: runs }, () => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", child, file, q], { encoding: "utf8" })));
      return [corpus, q, String(rs[0]!.found), spread(rs.map((r) => r.load)), spread(rs.map((r) => r.wall)), spread(rs.map((r) => r.cpu)), rs.every((r) => r.thread !== null) ? spread(rs.map((r) => r.thread!)) : "n/a"];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
