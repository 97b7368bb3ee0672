import { describe, expect, it } from "vitest";
import { Engine } from "../../src/answer";
import { buildCorpusIndex, checksum, deserializeIndex, IndexFormatError, SearchIndex, serializeIndex } from "../../src/index";

const articles = [
  {
    id: "f1",
    title: "محادثات في العاصمة",
    language: "ar",
    paragraphs: ["بدأت في العاصمة جولة جديدة من المحادثات بين الحكومة والمعارضة.", 'وقال وزير الخارجية سامر حداد للصحفيين إن "المحادثات ستستمر أسبوعا".'],
  },
  { id: "f2", title: "المعارضة ترد", language: "ar", paragraphs: ['قالت المتحدثة باسم المعارضة ليلى منصور: "لن نقبل بأي شروط مسبقة".'] },
];
const file = serializeIndex(buildCorpusIndex(articles, undefined, [["talks", ["محادث"]]]));
const headerLength = new DataView(file.buffer).getUint32(8, true);
const header = JSON.parse(new TextDecoder().decode(file.subarray(16, 16 + headerLength)));
const sections = Object.entries(header.sections as Record<string, [number, number, number]>);

/** Loads a file and uses every part of it, so a part parsed on first use is read too. */
function loadAndUse(bytes: Uint8Array): void {
  const data = deserializeIndex(bytes);
  // the postings and forward index decode a term (a paragraph) at a time: reading the whole arrays decodes all
  expect(data.postingDocs.length + data.postingTf.length + data.docTerms.length + data.docPositions.length).toBeGreaterThan(0);
  const engine = new Engine(new SearchIndex(data));
  engine.ask("ماذا قال حداد؟");
  engine.ask("What did Haddad say about the talks?");
  engine.search("المحادثات");
  engine.speakers(); // each speaker's record is parsed when first read
  const keys = data.extras.aliasKeys(); // each array of the alias keys is parsed when first read
  expect(keys.folded.length + keys.near.length + keys.order.length + data.extras.aliasWords().length).toBeGreaterThan(0);
  for (const a of engine.articles()) {
    engine.article(a.id);
    engine.articleSummary(a.id); // each article's summary is decoded when first read
  }
}

/**
 * A copy of the file with its header rewritten (checksum recomputed, sections moved if the header's
 * length changes) and, optionally, a section's bytes changed and re-summed: a file whose checksums all
 * hold but whose content does not.
 */
function rewritten(edit: (h: any) => void, section?: { name: string; change: (b: Uint8Array) => void }): Uint8Array {
  const bodyStart = (16 + headerLength + 3) & ~3;
  const body = file.slice(bodyStart);
  const h = structuredClone(header);
  if (section) {
    const [offset, length] = h.sections[section.name];
    const bytes = body.subarray(offset - bodyStart, offset - bodyStart + length);
    section.change(bytes);
    h.sections[section.name][2] = checksum(bytes);
  }
  edit(h);
  let delta = 0;
  let json: Uint8Array;
  for (;;) {
    const moved = structuredClone(h);
    for (const s of Object.values(moved.sections) as number[][]) s[0]! += delta;
    json = new TextEncoder().encode(JSON.stringify(moved));
    const next = ((16 + json.length + 3) & ~3) - bodyStart;
    if (next === delta) break;
    delta = next;
  }
  const out = new Uint8Array(bodyStart + delta + body.length);
  out.set(file.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, json.length, true);
  new DataView(out.buffer).setUint32(12, checksum(json), true);
  out.set(json, 16);
  out.set(body, bodyStart + delta);
  return out;
}

const refused = (bytes: Uint8Array) => expect(() => loadAndUse(bytes)).toThrow(IndexFormatError);

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

describe("the index loader refuses a bad file with IndexFormatError", () => {
  it("loads the good file, and the same file rewritten with nothing changed", () => {
    expect(() => loadAndUse(file)).not.toThrow();
    expect(() => loadAndUse(rewritten(() => {}))).not.toThrow();
    expect(() => loadAndUse(rewritten(() => {}, { name: "postingDocs", change: () => {} }))).not.toThrow();
  });

  it("a file cut at every section boundary, and in the prefix and header", () => {
    const lastEnd = Math.max(...sections.map(([, [o, l]]) => o + l));
    const cuts = new Set([0, 4, 8, 12, 15, 16, 16 + (headerLength >> 1), 16 + headerLength]);
    for (const [, [offset, length]] of sections) cuts.add(offset).add(offset + length).add(offset + (length >> 1));
    for (const cut of [...cuts].filter((c) => c < lastEnd)) refused(file.subarray(0, cut));
    expect(cuts.size).toBeGreaterThan(sections.length);
  });

  it("random bytes in the header", () => {
    const next = random(7);
    for (let k = 0; k < 40; k++) {
      const bytes = file.slice();
      const at = 16 + Math.floor(next() * headerLength);
      bytes[at] = (bytes[at]! + 1 + Math.floor(next() * 255)) & 255;
      refused(bytes);
    }
  });

  for (const [name, [offset, length]] of sections) {
    it(`random bytes in section ${name}`, () => {
      if (length === 0) return;
      const next = random(offset + 1);
      for (let k = 0; k < 8; k++) {
        const bytes = file.slice();
        const at = offset + Math.floor(next() * length);
        bytes[at] = (bytes[at]! + 1 + Math.floor(next() * 255)) & 255;
        refused(bytes);
      }
    });
  }

  it("a header that is not the schema's, a misaligned or overlapping section, a section past the end", () => {
    refused(rewritten((h) => (h.ranking.k1 = -1)));
    refused(rewritten((h) => delete h.sections.postingDocs));
    refused(rewritten((h) => (h.sections.texts[0] += 1)));
    refused(rewritten((h) => (h.sections.terms[0] = h.sections.texts[0])));
    refused(rewritten((h) => (h.sections.titleTerms[1] += 4)));
    refused(rewritten((h) => (h.articles[0].paragraphCount += 1)));
  });

  it("consistent checksums over inconsistent tables (ids and offsets out of range, NaN lengths, bad JSON)", () => {
    const setU32 = (i: number, v: number) => (b: Uint8Array) => new DataView(b.buffer, b.byteOffset).setUint32(i * 4, v, true);
    const setByte = (i: number, v: number) => (b: Uint8Array) => (b[i] = v);
    refused(rewritten(() => {}, { name: "postingDocs", change: setByte(0, 0x7f) })); // paragraph 127 of 3
    refused(rewritten(() => {}, { name: "docTerms", change: setByte(0, 0x7f) })); // a rank past the vocabulary
    refused(rewritten(() => {}, { name: "termOrder", change: (b) => (b[1] = b[0]!) })); // a term twice
    refused(rewritten(() => {}, { name: "textLengths", change: setByte(0, 0x7f) })); // texts no longer tiled
    refused(rewritten(() => {}, { name: "postingCounts", change: setByte(0, 0x7f) }));
    refused(rewritten(() => {}, { name: "paragraphArticle", change: setU32(0, 1) }));
    refused(rewritten(() => {}, { name: "docLength", change: (b) => new DataView(b.buffer, b.byteOffset).setFloat32(0, NaN, true) }));
    refused(rewritten(() => {}, { name: "speakers", change: (b) => (b[0] = 0x5b) })); // the first record opens with "[": not JSON
    refused(rewritten(() => {}, { name: "speakers", change: (b) => (b[b.indexOf(0x0a)] = 0x20) })); // one line fewer than the speakers
    refused(rewritten(() => {}, { name: "aliasKeys", change: (b) => (b[b.indexOf(0x0a)] = 0x20) })); // two lines, not three
    refused(rewritten(() => {}, { name: "aliasKeys", change: (b) => (b[b.length - 2] = 0x39) })); // the last alias index out of range (9…)
    refused(rewritten(() => {}, { name: "aliasWords", change: (b) => (b[b.indexOf(0x0a)] = 0x20) })); // four lines, not five
    refused(rewritten(() => {}, { name: "aliasWords", change: (b) => (b[b.length - 2] = 0x39) })); // the last key's last word index out of range (9…)
    refused(rewritten(() => {}, { name: "statements", change: (b) => (b[0] = 0x7b) })); // speaker 122 of 2
    refused(rewritten(() => {}, { name: "summaries", change: (b) => (b[1] = 0x7b) })); // paragraph 123 of 2
    refused(rewritten(() => {}, { name: "postingDocBytes", change: setByte(0, 0x7f) })); // terms no longer tiling postingDocs
    refused(rewritten(() => {}, { name: "texts", change: (b) => (b[b.length - 1] = 0x7f) })); // the last paragraph ends in an escape cut short
  });

  it("a term's postings that do not decode are refused when a question reads them, and again after", () => {
    const data = deserializeIndex(rewritten(() => {}, { name: "postingDocs", change: (b) => b.fill(0x7f) }));
    const index = new SearchIndex(data);
    expect(() => index.search("المحادثات")).toThrow(IndexFormatError);
    expect(() => index.search("المحادثات")).toThrow(IndexFormatError);
    expect(() => data.postingDocs).toThrow(IndexFormatError);
  });

  it("truncated and overlong varints in every varint section, with checksums that hold", () => {
    const varintSections = ["textLengths", "summaries", "summaryLengths", "statements", "statementLengths", "postingCounts", "postingDocBytes", "postingTfBytes", "postingDocs", "postingTf", "docTermCounts", "docTermBytes", "docPositionBytes", "termOrder", "docTerms", "docPositions", "titleTermCounts", "titleTerms"];
    for (const name of varintSections) {
      if (!header.sections[name][1]) continue;
      // the last byte continued: the varint runs past the end of its section
      const cut = (b: Uint8Array) => (b[b.length - 1] = b[b.length - 1]! | 0x80);
      expect(() => loadAndUse(rewritten(() => {}, { name, change: cut })), name).toThrow(IndexFormatError);
      // a zero after a continued byte: not the shortest form
      const long = (b: Uint8Array) => b.length >= 2 && ((b[0] = 0x80), (b[1] = 0x00));
      if (header.sections[name][1] >= 2) expect(() => loadAndUse(rewritten(() => {}, { name, change: long })), name).toThrow(/overlong|truncated|inconsistent|what it should/); // a run of one byte is cut short first

    }
    // the first term id written again in two bytes: refused as overlong, not read as the same id
    expect(() => loadAndUse(rewritten(() => {}, { name: "termOrder", change: (b) => ((b[0] = b[0]! | 0x80), (b[1] = 0)) }))).toThrow(/termOrder is overlong/);
    const sixBytes = (b: Uint8Array) => b.fill(0xff, 0, Math.min(b.length, 6));
    expect(() => loadAndUse(rewritten(() => {}, { name: "postingDocs", change: sixBytes }))).toThrow(/overlong|truncated/);
  });
});
