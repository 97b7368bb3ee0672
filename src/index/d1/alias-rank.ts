/**
 * The ranked alias table (extras.ts rankAliases: longest alias first, then the speaker with most
 * statements, then speaker order and alias order) updated for the speakers a write changed, instead
 * of ranked again whole: the other entries keep their order, renumbered, and the changed speakers'
 * entries are merged in. Equal to rankAliases over the new speakers.
 */
import { plainWords } from "../extras";
import type { SpeakerRecord } from "../records";

type Entry = [plain: string, speaker: number, place: number];

/**
 * `previous`: the ranked table of the last generation; `renumber[i]`: the new index of its speaker i,
 * or -1 for a speaker gone or changed; `changed`: the new indices of the speakers whose entries are
 * made again (every speaker no old entry maps to). `plain`: plainWords (default itself).
 */
export function rerankAliases(previous: ReadonlyArray<[string, number]>, renumber: ArrayLike<number>, speakers: readonly SpeakerRecord[], changed: readonly number[], plain: (alias: string) => string = plainWords): Array<[string, number]> {
  const statements = (i: number) => speakers[i]!.statements;
  const before = (a: Entry, b: Entry) => b[0].length - a[0].length || statements(b[1]) - statements(a[1]) || a[1] - b[1] || a[2] - b[2];
  const fresh: Entry[] = [];
  for (const i of changed) {
    let place = 0;
    for (const a of new Set([speakers[i]!.name, ...speakers[i]!.aliases])) fresh.push([plain(a), i, place++]);
  }
  fresh.sort(before);
  const out: Array<[string, number]> = [];
  let f = 0;
  for (const [p, old] of previous) {
    const i = renumber[old]!;
    if (i < 0) continue;
    // the kept entries stay in order: their speakers' statements and relative order did not move
    const entry: Entry = [p, i, 0];
    while (f < fresh.length && before(fresh[f]!, entry) < 0) out.push([fresh[f]![0], fresh[f++]![1]]);
    out.push([p, i]);
  }
  for (; f < fresh.length; f++) out.push([fresh[f]![0], fresh[f]![1]]);
  return out;
}
