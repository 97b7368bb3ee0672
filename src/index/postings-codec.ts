import { IndexFormatError } from "./format";
import { decodeAt, decodedEnd, readVarints, VarintWriter, varintError } from "./varint";

/*
 * The retrieval sections as varints (docs/index-format.md), as Lucene and Pagefind store them: every
 * offsets table as its entries' lengths, postings as gaps between ascending paragraph ids, the forward
 * index as term ranks (common terms take one byte) and gaps between positions, each term's and each
 * paragraph's bytes located by a lengths table so one can be decoded alone (lazy-tables.ts). Every
 * decoded value is checked against the table it points into.
 */

/** An offsets table (n+1 entries from 0) as its n lengths. */
export function encodeLengths(offsets: Uint32Array | number[]): Uint8Array {
  const w = new VarintWriter();
  for (let i = 1; i < offsets.length; i++) w.push(offsets[i]! - offsets[i - 1]!);
  return w.finish();
}

/** `count` lengths back to an offsets table; its end must be `end` when given, and at most `limit` (the target section's bytes: one a varint at least). */
export function decodeOffsets(bytes: Uint8Array, name: string, count: number, limit: number, end?: number): Uint32Array {
  const offsets = new Uint32Array(count + 1);
  readVarints(bytes, name, offsets.subarray(1));
  let at = 0;
  for (let i = 1; i <= count; i++) {
    at += offsets[i]!;
    if (at > limit) fail(`${name} runs past the ${limit} entries its target can hold`);
    offsets[i] = at;
  }
  if (end !== undefined && at !== end) fail(`${name} ends at ${at}, not ${end}`);
  return offsets;
}

/** Each term's postings as gaps (the first id itself, then id - previous - 1) and frequencies, with each term's byte lengths in both. */
export function encodePostings(offsets: Uint32Array, docs: Uint32Array, tf: Uint16Array): Record<"postingDocs" | "postingTf" | "postingDocBytes" | "postingTfBytes", Uint8Array> {
  const d = new VarintWriter();
  const f = new VarintWriter();
  const dEnds = [0];
  const fEnds = [0];
  for (let t = 0; t + 1 < offsets.length; t++) {
    let previous = -1;
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
      d.push(docs[p]! - previous - 1); // throws on a list that is not strictly ascending
      previous = docs[p]!;
      f.push(tf[p]!);
    }
    dEnds.push(d.size);
    fEnds.push(f.size);
  }
  return { postingDocs: d.finish(), postingTf: f.finish(), postingDocBytes: encodeLengths(dEnds), postingTfBytes: encodeLengths(fEnds) };
}

/** Each paragraph's forward index: term ranks in `order` and position gaps, with each paragraph's byte lengths in both. */
export function encodeForward(offsets: Uint32Array, terms: Uint32Array, positions: Uint16Array, order: Uint32Array): Record<"docTerms" | "docPositions" | "docTermBytes" | "docPositionBytes", Uint8Array> {
  const rank = ranks(order);
  const t = new VarintWriter();
  const p = new VarintWriter();
  const tEnds = [0];
  const pEnds = [0];
  for (let d = 0; d + 1 < offsets.length; d++) {
    for (let k = offsets[d]!; k < offsets[d + 1]!; k++) {
      t.push(rank[terms[k]!]!);
      p.push(positions[k]! - (k > offsets[d]! ? positions[k - 1]! : 0)); // throws on positions that decrease
    }
    tEnds.push(t.size);
    pEnds.push(p.size);
  }
  return { docTerms: t.finish(), docPositions: p.finish(), docTermBytes: encodeLengths(tEnds), docPositionBytes: encodeLengths(pEnds) };
}

/** Term ids ordered by document frequency, most frequent first (ties by id): rank -> term id. */
export function termOrder(postingOffsets: Uint32Array): Uint32Array {
  const df = (t: number) => postingOffsets[t + 1]! - postingOffsets[t]!;
  return Uint32Array.from({ length: postingOffsets.length - 1 }, (_, t) => t).sort((a, b) => df(b) - df(a) || a - b);
}

/** A list of u32 as varints (the term order). */
export function encodeVarints(values: Uint32Array): Uint8Array {
  const w = new VarintWriter();
  for (const v of values) w.push(v);
  return w.finish();
}

/** A permutation of 0..count-1 (the term order), refused unless every id appears once. */
export function decodeTermOrder(bytes: Uint8Array, count: number): Uint32Array {
  const order = new Uint32Array(count);
  readVarints(bytes, "termOrder", order);
  const seen = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const t = order[k]!;
    if (t >= count || seen[t]) fail(`termOrder holds term ${t} out of range or twice`);
    seen[t] = 1;
  }
  return order;
}

/** Term ids as their ranks in `order` (varints). */
export function encodeRanks(ids: Uint32Array, order: Uint32Array): Uint8Array {
  const rank = ranks(order);
  return encodeVarints(ids.map((id) => rank[id]!));
}

function ranks(order: Uint32Array): Uint32Array {
  const rank = new Uint32Array(order.length);
  order.forEach((t, r) => (rank[t] = r));
  return rank;
}

/**
 * Decodes exactly `out.length` varints filling all of `bytes` into `out`, each checked, in one pass
 * with the one-byte case inline. `kind` says what they are: "gaps" of ascending ids below `limit`,
 * "ranks" into `order` (term ids out), or "u16" values at most 65535 ("u16gaps": summed from 0).
 */
export function decodeRun(bytes: Uint8Array, name: string, out: Uint32Array | Uint16Array, kind: "gaps" | "ranks" | "u16" | "u16gaps", limit: number, order?: Uint32Array): void {
  const n = bytes.length;
  let at = 0;
  let value = kind === "gaps" ? -1 : 0;
  for (let k = 0; k < out.length; k++) {
    let v = at < n ? bytes[at]! : 0x80;
    if (v < 0x80) at++;
    else {
      v = decodeAt(bytes, at, name);
      at = decodedEnd();
    }
    if (kind === "gaps") value += v + 1;
    else if (kind === "u16gaps") value += v;
    else value = v;
    if (value >= limit) fail(`${name} holds ${value}, not below ${limit}`);
    out[k] = kind === "ranks" ? order![value]! : value;
  }
  if (at !== n) varintError(name, "longer than its content", at);
}

function fail(what: string): never {
  throw new IndexFormatError(`index file is inconsistent: ${what}`);
}
