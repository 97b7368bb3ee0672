/**
 * Speaker accuracy per attribution path (after the verb, before it, colon, role coreference,
 * carry-over…), on the tune part only: which way of finding a speaker is worth keeping. Never run on
 * the held-out part (a path is chosen or turned off from these figures).
 */
import type { AttributionPath } from "../../src/corpus/speakers";
import { fmt } from "./report-retrieval";
import { table } from "./table";

/** What the per-path table needs of a predicted statement and of a label. */
interface PathPrediction {
  article: string;
  path: AttributionPath;
  speaker: string | null;
}

/**
 * Rows per path: labelled statements found with a known speaker label, how many got the right
 * speaker, and extracted statements with a speaker that match no statement label (extras).
 * `matches(p)` is the label matched by a prediction (or undefined), `right(p, l)` the speaker check.
 */
export function pathTable<P extends PathPrediction, L extends { speaker: string | null }>(
  predicted: P[],
  inPart: (article: string) => boolean,
  matches: (p: P) => L | undefined,
  right: (p: P, l: L) => boolean,
): string {
  const rows = new Map<string, { found: number; right: number; none: number; extra: number }>();
  for (const p of predicted) {
    if (!inPart(p.article)) continue;
    const row = rows.get(p.path) ?? { found: 0, right: 0, none: 0, extra: 0 };
    rows.set(p.path, row);
    const l = matches(p);
    if (!l) {
      if (p.speaker !== null) row.extra++;
      continue;
    }
    if (l.speaker === null || l.speaker === "?") continue;
    row.found++;
    if (p.speaker === null) row.none++;
    else if (right(p, l)) row.right++;
  }
  const body = [...rows].sort((a, b) => b[1].found - a[1].found).map(([path, r]) => [
    path, String(r.found), String(r.right), String(r.found - r.right - r.none), String(r.none), fmt(r.found ? r.right / r.found : 1), fmt(r.found - r.none ? r.right / (r.found - r.none) : 1), String(r.extra),
  ]);
  return table(["path", "labelled found", "right", "wrong", "no speaker", "accuracy", "accuracy when named", "extra (no label)"], body);
}
