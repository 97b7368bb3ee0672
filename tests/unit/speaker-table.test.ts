import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankAliases } from "../../src/index/extras";
import type { SpeakerRecord } from "../../src/index/records";
import { rerankAliases } from "../../src/index/d1/alias-rank";
import { groupParts, KIND, parseAll, parseSpeakers, tableParts } from "../../src/index/d1/speaker-store";
import type { TableSpeaker } from "../../src/index/d1/speaker-table";
import { SPEAKER_LIST_MODEL } from "../../src/index/speaker-list";

const record = (name: string, aliases: string[], statements: number): SpeakerRecord => ({ id: `sp_${name}`, name, title: null, person: true, aliases, statements });

describe("rerankAliases", () => {
  it("equals rankAliases over the new speakers, whatever speakers a write changed, added or removed", () => {
    const words = ["علي", "أحمد", "الوزير", "بن", "سالم", "وزير الخارجية", "هاموند", "فيليب هاموند"];
    const speaker = fc.record({ name: fc.constantFrom(...words), aliases: fc.array(fc.constantFrom(...words), { maxLength: 3 }), statements: fc.integer({ min: 1, max: 4 }) });
    fc.assert(fc.property(fc.array(speaker, { maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.array(speaker, { maxLength: 4 }), (before, edit, added) => {
      const old = before.map((s) => record(s.name, s.aliases, s.statements));
      // a speaker edited (statements moved) or dropped, then new ones inserted at the front
      const next: SpeakerRecord[] = [];
      const from: number[] = [];
      const renumber = new Int32Array(old.length).fill(-1);
      added.forEach((s) => (next.push(record(s.name, s.aliases, s.statements)), from.push(-1)));
      old.forEach((s, i) => {
        if (edit[i] && i % 2) return;
        next.push(edit[i] ? { ...s, statements: s.statements + 1 } : s);
        from.push(edit[i] ? -1 : i);
      });
      next.forEach((_, i) => from[i]! >= 0 && (renumber[from[i]!] = i));
      const changed = next.map((_, i) => i).filter((i) => from[i]! < 0);
      expect(rerankAliases(rankAliases(old), renumber, next, changed)).toEqual(rankAliases(next));
    }));
  });
});

describe("the stored speaker table", () => {
  it("reads back as written, in parts, with each speaker's read words", () => {
    const all: TableSpeaker[] = Array.from({ length: 6000 }, (_, i) => ({
      keys: [`متحدث ${i}`, ...(i % 7 ? [] : [`${i}`])], first: i * 65536 + (i % 3), name: `المتحدث ${"ا".repeat(i % 400)} ${i} 😀`, title: i % 2 ? "الوزير" : null,
      person: i % 3 === 0, aliases: [`متحدث ${i}`], statements: 1 + (i % 5), articles: 1 + (i % 2), score: SPEAKER_LIST_MODEL.threshold + (i % 4) - 1.5, read: [`كلمة${i}`, "قال"],
    }));
    const aliases: Array<[string, number]> = all.map((s, i) => [s.name, i]);
    const parts = tableParts(9, all, aliases);
    expect(parts.filter(([kind]) => kind === KIND.speakers).length).toBeGreaterThan(1);
    for (const [, , data] of parts) expect(data.length).toBeLessThanOrEqual(500_000);
    const rows = parts.map(([kind, , data]) => ({ kind, generation: 9, data }));
    const kinds = [KIND.speakers, KIND.aliases, KIND.table, KIND.reads];
    const stored = groupParts(rows, kinds)!;
    expect(stored.generation).toBe(9);
    expect(JSON.parse(stored.text.get(KIND.aliases)!)).toEqual(aliases);
    const speakers = parseSpeakers(stored.text.get(KIND.speakers)!);
    const kept = all.filter((s) => s.score! >= SPEAKER_LIST_MODEL.threshold);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
    expect(speakers.merged.speakers.map((s) => s.name)).toEqual(kept.map((s) => s.name));
    expect(speakers.merged.speakerOf(kept[0]!.keys.at(-1)!)).toBe(0);
    expect(parseAll(speakers.rows, stored.text.get(KIND.table)!, stored.text.get(KIND.reads)!)).toEqual(all);
    // parts of two generations (a store met mid-way), or a kind missing, give none
    expect(groupParts([rows[0]!, { ...rows[1]!, generation: 10 }], [KIND.speakers])).toBeUndefined();
    expect(groupParts(rows.filter((r) => r.kind !== KIND.reads), kinds)).toBeUndefined();
  });
});
