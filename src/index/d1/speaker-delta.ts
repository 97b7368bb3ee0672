/**
 * Merging a write's changes into the last speaker table by name key (docs/archive.md): only the keys a
 * write touched, and those whose speaker they can change, are merged again from their mentions; every
 * other speaker is kept as it was, in its place.
 */
import { familyAlias } from "../speaker-merge";
import { mergeGroup } from "../speaker-split";
import type { TableSpeaker } from "./speaker-table";

/** A table's speakers by each of their keys, and by the family name of their own (multi-word) key. */
export interface TableIndex {
  /** By mergeGroup of each key: every speaker holding a key of that group (its spellings may be two names: sameName). */
  byKey: Map<string, TableSpeaker[]>;
  byFamily: Map<string, TableSpeaker[]>;
}

/** Indexes a table's speakers by key and by family name (once per table, when a write is first merged into it). */
export function indexTable(all: readonly TableSpeaker[]): TableIndex {
  const byKey = new Map<string, TableSpeaker[]>();
  const byFamily = new Map<string, TableSpeaker[]>();
  for (const s of all) {
    for (const group of new Set(s.keys.map(mergeGroup))) (byKey.get(group) ?? byKey.set(group, []).get(group)!).push(s);
    const family = familyOf(s.keys[0]!);
    if (family) (byFamily.get(family) ?? byFamily.set(family, []).get(family)!).push(s);
  }
  return { byKey, byFamily };
}

/** The one-word family name a full name's key may take in (mergeSpeakers), or null. */
function familyOf(key: string): string | null {
  const merge = mergeGroup(key);
  if (!merge.includes(" ")) return null;
  const family = familyAlias(merge);
  return family && !family.includes(" ") ? family : null;
}

function familiesOf(speakers: readonly TableSpeaker[]): Set<string> {
  return new Set(speakers.map((s) => familyOf(s.keys[0]!)).filter((f): f is string => f !== null));
}

/**
 * Every key whose speaker the touched keys can change, as mergeSpeakers joins keys: the touched keys,
 * every key of every speaker of their merge groups (which spelling joins which depends on them all), the family name of a full name (its redirect may move), and
 * every full name a family name may join (with their keys). Merging these keys' mentions alone then
 * makes the same speakers as merging every mention.
 */
export function affectedKeys(index: TableIndex, touched: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const todo = [...touched];
  while (todo.length) {
    const k = todo.pop()!;
    if (out.has(k)) continue;
    out.add(k);
    const merge = mergeGroup(k);
    for (const s of index.byKey.get(merge) ?? []) todo.push(...s.keys);
    const family = familyOf(k);
    if (family) todo.push(family);
    else if (!merge.includes(" ")) {
      for (const full of index.byFamily.get(merge) ?? []) todo.push(full.keys[0]!);
    }
  }
  return out;
}

/**
 * The table after a write: the speakers of `previous` whose own key is not `affected`, in place, and
 * the speakers merged again from the affected keys' mentions (`fresh`, in corpus order), by first place.
 */
export function mergeDelta(previous: readonly TableSpeaker[], affected: ReadonlySet<string>, fresh: readonly TableSpeaker[]): TableSpeaker[] {
  const out: TableSpeaker[] = [];
  let f = 0;
  for (const s of previous) {
    if (affected.has(s.keys[0]!)) continue;
    while (f < fresh.length && fresh[f]!.first < s.first) out.push(fresh[f++]!);
    out.push(s);
  }
  while (f < fresh.length) out.push(fresh[f++]!);
  return out;
}

/** Updates `index` in place for a merged delta: the speakers `gone` out, the `fresh` ones in. */
export function updateIndex(index: TableIndex, gone: readonly TableSpeaker[], fresh: readonly TableSpeaker[]): void {
  const out = new Set(gone);
  for (const group of new Set(gone.flatMap((s) => s.keys.map(mergeGroup)))) {
    const left = (index.byKey.get(group) ?? []).filter((s) => !out.has(s));
    if (left.length) index.byKey.set(group, left);
    else index.byKey.delete(group);
  }
  for (const family of familiesOf(gone)) {
    const left = (index.byFamily.get(family) ?? []).filter((s) => !out.has(s));
    if (left.length) index.byFamily.set(family, left);
    else index.byFamily.delete(family);
  }
  const added = indexTable(fresh);
  for (const [group, list] of added.byKey) index.byKey.set(group, [...(index.byKey.get(group) ?? []), ...list]);
  for (const [family, list] of added.byFamily) index.byFamily.set(family, [...(index.byFamily.get(family) ?? []), ...list]);
}
