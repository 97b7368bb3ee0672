/**
 * How far from the question's matched terms the answer-type signal should look (src/index/answer-window.ts
 * ANSWER_MARGIN): for the tune questions that ask for a number, date, person or place, the AUC of the top
 * hit's typeNear (answerable above unanswerable) at each margin, per type and question language. Tune part
 * only; printed by `npm run eval -- --only found-candidates`.
 */
import type { AnswerType } from "../../src/analysis";
import { expectedAnswerType } from "../../src/answer/answer-type";
import { ANSWER_MARGIN } from "../../src/index/answer-window";
import { hitsFor, type QaRun } from "./qa-sets";
import { fmt } from "./report-retrieval";
import { table } from "./table";

/** The margins measured (tokens either side; 1000: the whole paragraph). */
const MARGINS = [0, 2, 4, 8, 16, 1000];
const TYPES: AnswerType[] = ["number", "date", "person", "place"];

interface Row {
  language: "ar" | "en";
  type: AnswerType;
  answerable: boolean;
  near: number[];
}

/** The share of (answerable, unanswerable) pairs the column orders right (ties count half). */
function auc(rows: Row[], k: number): number {
  const [pos, neg] = [rows.filter((r) => r.answerable), rows.filter((r) => !r.answerable)];
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a.near[k]! > b.near[k]! ? 1 : a.near[k] === b.near[k] ? 0.5 : 0;
  return wins / (pos.length * neg.length || 1);
}

/** Prints the AUC of typeNear by margin (tune questions with a type, news titles left out: they ask nothing). */
export function printAnswerMargins(runs: QaRun[]): void {
  const rows: Row[] = [];
  for (const run of runs) {
    for (const g of run.groups) {
      if (g.name.includes("titles")) continue;
      for (const q of g.questions) {
        const type = expectedAnswerType(q.text);
        if (q.part !== "tune" || !type) continue;
        const near = MARGINS.map((m) => hitsFor(run.index, q, 1, { answerMargin: m })[0]?.signals?.typeNear ?? 0);
        rows.push({ language: q.language, type, answerable: g.answerable, near });
      }
    }
  }
  const out: string[][] = [];
  for (const language of ["ar", "en"] as const) {
    for (const type of TYPES) {
      const mine = rows.filter((r) => r.language === language && r.type === type);
      const n = `${mine.filter((r) => r.answerable).length} / ${mine.filter((r) => !r.answerable).length}`;
      out.push([language, type, n, String(ANSWER_MARGIN[type]), ...MARGINS.map((_, k) => fmt(auc(mine, k)))]);
    }
  }
  console.log("\n## Answer type near the matched terms: AUC of the top hit's typeNear by margin (tune only)\n");
  console.log(table(["language", "type", "answerable / unanswerable", "margin shipped", ...MARGINS.map((m) => (m === 1000 ? "paragraph" : `${m}`))], out));
}
