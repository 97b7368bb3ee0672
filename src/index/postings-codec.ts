import { IndexFormatError } from "./format";
import { decodeAt, decodedEnd, readVarints, VarintWriter, varintError } from "./varint";

/*
 * The retrieval sections as varints (docs/index-format.md), as Lucene and Pagefind store them: every
 * offsets table as its entries' lengths, postings as gaps between ascending paragraph ids, the forward
 * index as term ranks (common terms take one byte) and gaps between positions. The loader decodes them
 * into the same typed arrays a built index has, checking every value against the table it points into.
 */

/** An offsets table (n+1 entries from 0) as its n lengths. */
export function encodeLengths(offsets: Uint32Array): Uint8Array {
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

/** Each term's postings as gaps (the first paragraph id + 1 counted from -1), and the term frequencies. */
export function encodePostings(offsets: Uint32Array, docs: Uint32Array, tf: Uint16Array): { postingDocs: Uint8Array; postingTf: Uint8Array } {
  const d = new VarintWriter();
  const f = new VarintWriter();
  for (let t = 0; t + 1 < offsets.length; t++) {
    let previous = -1;
    for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
      d.push(docs[p]! - previous - 1); // throws on a list that is not strictly ascending
      previous = docs[p]!;
      f.push(tf[p]!);
    }
  }
  return { postingDocs: d.finish(), postingTf: f.finish() };
}

/** Postings back to paragraph ids (each below `paragraphs`, ascending within a term) and u16 frequencies. */
export function decodePostings(docBytes: Uint8Array, tfBytes: Uint8Array, offsets: Uint32Array, paragraphs: number): { postingDocs: Uint32Array; postingTf: Uint16Array } {
  const total = offsets[offsets.length - 1]!;
  const docs = new Uint32Array(total);
  const n = docBytes.length;
  let at = 0;
  // one pass, the one-byte case inline: the loader runs this once, before the JIT has warmed up
  for (let t = 0, p = 0; t + 1 < offsets.length; t++) {
    let doc = -1;
    for (const to = offsets[t + 1]!; p < to; p++) {
      const byte = at < n ? docBytes[at]! : 0x80;
      if (byte < 0x80) {
        doc += byte + 1;
        at++;
      } else {
        doc += decodeAt(docBytes, at, "postingDocs") + 1;
        at = decodedEnd();
      }
      if (doc >= paragraphs) fail(`postingDocs holds paragraph ${doc} of ${paragraphs}`);
      docs[p] = doc;
    }
  }
  if (at !== n) varintError("postingDocs", "longer than its content", at);
  return { postingDocs: docs, postingTf: decodeU16(tfBytes, "postingTf", total, null) };
}

/** Term ids ordered by document frequency, most frequent first (ties by id): rank -> term id. */
export function termOrder(postingOffsets: Uint32Array): Uint32Array {
  const df = (t: number) => postingOffsets[t + 1]! - postingOffsets[t]!;
  return Uint32Array.from({ length: postingOffsets.length - 1 }, (_, t) => t).sort((a, b) => df(b) - df(a) || a - b);
}

/** The term order as varints. */
export function encodeTermOrder(order: Uint32Array): Uint8Array {
  const w = new VarintWriter();
  for (const t of order) w.push(t);
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
  const rank = new Uint32Array(order.length);
  order.forEach((t, r) => (rank[t] = r));
  const w = new VarintWriter();
  for (const id of ids) w.push(rank[id]!);
  return w.finish();
}

/** `total` ranks back to term ids through `order`. */
export function decodeRanks(bytes: Uint8Array, name: string, total: number, order: Uint32Array): Uint32Array {
  const ids = new Uint32Array(total);
  const n = bytes.length;
  let at = 0;
  for (let k = 0; k < total; k++) {
    let rank = at < n ? bytes[at]! : 0x80;
    if (rank < 0x80) at++;
    else {
      rank = decodeAt(bytes, at, name);
      at = decodedEnd();
    }
    if (rank >= order.length) fail(`${name} holds term rank ${rank} of ${order.length}`);
    ids[k] = order[rank]!;
  }
  if (at !== n) varintError(name, "longer than its content", at);
  return ids;
}

/** Positions as gaps within each paragraph (from 0); they never decrease in text order. */
export function encodePositions(offsets: Uint32Array, positions: Uint16Array): Uint8Array {
  const w = new VarintWriter();
  for (let d = 0; d + 1 < offsets.length; d++) for (let k = offsets[d]!; k < offsets[d + 1]!; k++) w.push(positions[k]! - (k > offsets[d]! ? positions[k - 1]! : 0));
  return w.finish();
}

/** Position gaps back to u16 positions, restarting at each paragraph's first entry. */
export function decodePositions(bytes: Uint8Array, offsets: Uint32Array): Uint16Array {
  return decodeU16(bytes, "docPositions", offsets[offsets.length - 1]!, offsets);
}

/** `total` varints as u16 values, each at most 65535; with `runs` (an offsets table), gaps summed within each run. */
function decodeU16(bytes: Uint8Array, name: string, total: number, runs: Uint32Array | null): Uint16Array {
  const out = new Uint16Array(total);
  const n = bytes.length;
  let at = 0;
  let run = 0;
  let value = 0;
  for (let k = 0; k < total; k++) {
    if (runs) {
      while (runs[run + 1]! <= k) run++;
      if (k === runs[run]) value = 0;
    } else value = 0;
    const byte = at < n ? bytes[at]! : 0x80;
    if (byte < 0x80) {
      value += byte;
      at++;
    } else {
      value += decodeAt(bytes, at, name);
      at = decodedEnd();
    }
    if (value > 0xffff) fail(`${name} holds ${value}, above 65535`);
    out[k] = value;
  }
  if (at !== n) varintError(name, "longer than its content", at);
  return out;
}

function fail(what: string): never {
  throw new IndexFormatError(`index file is inconsistent: ${what}`);
}
