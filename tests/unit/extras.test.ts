import { describe, expect, it } from "vitest";
import { buildCorpusIndex, deserializeIndex, MemoryExtras, SearchIndex, serializeIndex } from "../../src/index";
import { orderBySpeaker } from "../../src/index/extras";
import { aliasKeys, aliasWords } from "../../src/index/alias-keys";
import { arabicKey, foldTitle, nameKey } from "../../src/analysis";

const articles = [
  {
    id: "x1",
    title: "محادثات في العاصمة",
    language: "ar",
    paragraphs: [
      "بدأت في العاصمة جولة جديدة من المحادثات بين الحكومة والمعارضة.",
      "وقال وزير الخارجية سامر حداد للصحفيين إن \"المحادثات ستستمر أسبوعا\".",
      "وأضاف حداد أن الوفدين اتفقا على جدول الأعمال.",
    ],
  },
  {
    id: "x2",
    title: "المعارضة ترد",
    language: "ar",
    paragraphs: [
      "قالت المتحدثة باسم المعارضة ليلى منصور: \"لن نقبل بأي شروط مسبقة\".",
      "وقال حداد في مؤتمر صحفي: \"الباب ما زال مفتوحا\".",
    ],
  },
];

describe("extras in the index file", () => {
  const built = buildCorpusIndex(articles);
  const loaded = deserializeIndex(serializeIndex(built));

  it("loads back the speakers, summaries and every paragraph's statements", () => {
    expect(built.extras.speakers.length).toBeGreaterThan(0);
    expect(loaded.extras.speakers).toEqual(built.extras.speakers);
    expect(loaded.extras.summaries).toEqual(built.extras.summaries);
    for (let doc = 0; doc < built.texts.length; doc++) expect(loaded.extras.statements(doc)).toEqual(built.extras.statements(doc));
    expect(loaded.extras.statements(built.texts.length + 5)).toEqual([]);
  });

  it("keeps each speaker's statements as refs into paragraphs: direct first, corpus order", () => {
    built.extras.speakers.forEach((_, i) => {
      const refs = loaded.extras.speakerStatements(i);
      expect(refs).toEqual(built.extras.speakerStatements(i));
      const statements = refs.map(([doc, at]) => loaded.extras.statements(doc)[at]!);
      expect(statements.every((s) => s.speaker === i)).toBe(true);
      const kinds = statements.map((s) => s.kind);
      expect(kinds).toEqual([...kinds].sort((a, b) => Number(b === "direct") - Number(a === "direct")));
    });
    const total = built.extras.speakers.reduce((n, _, i) => n + built.extras.speakerStatements(i).length, 0);
    let attributed = 0;
    for (let doc = 0; doc < built.texts.length; doc++) attributed += built.extras.statements(doc).filter((s) => s.speaker !== null).length;
    expect(total).toBe(attributed);
  });

  it("stores the alias keys the indexer computed: one entry per alias, each word's sound key and speakers", () => {
    const aliases = loaded.extras.aliases();
    const keys = loaded.extras.aliasKeys();
    expect(keys).toEqual(built.extras.aliasKeys());
    expect(keys.folded).toEqual(aliases.map(([a]) => foldTitle(a)));
    expect(keys.near).toEqual(aliases.map(([a]) => nameKey(a)));
    const words = new Set(aliases.flatMap(([a]) => a.split(" ")));
    expect(loaded.extras.aliasWords()).toEqual(built.extras.aliasWords());
    expect(loaded.extras.aliasWords().map(([w]) => w).sort()).toEqual([...words].sort());
    const searcher = new SearchIndex(loaded);
    for (const [w, key, speakers, stems] of loaded.extras.aliasWords()) {
      expect(key).toBe(arabicKey(w));
      expect(stems).toEqual(searcher.queryTerms(w).map((q) => q.alternatives));
      const holders = [...new Set(aliases.filter(([a]) => a.split(" ").includes(w)).map(([, s]) => s))];
      expect(speakers).toEqual(holders);
    }
  });

  it("lists a word's speakers once each, in alias rank order", () => {
    expect(aliasWords([["سامر حداد", 1], ["حداد", 1], ["ليلى حداد", 0]])).toEqual([["سامر", arabicKey("سامر"), [1], []], ["حداد", arabicKey("حداد"), [1, 0], []], ["ليلى", arabicKey("ليلى"), [0], []]]);
  });

  it("ranks aliases for role subjects: fewest stems, then most statements, each (alias, speaker) once", () => {
    const aliases: Array<[string, number]> = [["سامر حداد", 0], ["منصور", 1], ["منصور", 1], ["حداد", 0]];
    const words = aliasWords(aliases, (w) => [[w]]);
    expect(aliasKeys(aliases, words, [5, 9]).order).toEqual([1, 3, 0]);
    expect(aliasKeys(aliases, words, [9, 5]).order).toEqual([3, 1, 0]);
  });

  it("orders refs direct before reported, each in corpus order", () => {
    const refs = orderBySpeaker(2, [
      [0, [{ speaker: 0, text: "a", kind: "reported" }, { speaker: 1, text: "b", kind: "direct" }]],
      [3, [{ speaker: 0, text: "c", kind: "direct" }, { speaker: null, text: "d", kind: "direct" }]],
      [7, [{ speaker: 0, text: "e", kind: "direct" }]],
    ]);
    expect(refs).toEqual([[[3, 0], [7, 0], [0, 0]], [[0, 1]]]);
  });

  it("loads the English lexicon and sound keys back, each part decoded on its own", () => {
    const withLexicon = buildCorpusIndex(articles, undefined, [["talks", ["محادثات"]], ["opposition", ["المعارضة"]]]);
    const english = deserializeIndex(serializeIndex(withLexicon)).extras.english!;
    expect(Object.keys(withLexicon.extras.english!.lexicon).length).toBeGreaterThan(0);
    expect(english.lexicon).toEqual(withLexicon.extras.english!.lexicon);
    expect(english.sounds).toEqual(withLexicon.extras.english!.sounds);
  });

  it("reads an empty index's extras", () => {
    const empty = deserializeIndex(serializeIndex({ ...buildCorpusIndex([]), extras: new MemoryExtras({ statements: {}, speakers: [], summaries: [] }) }));
    expect(empty.extras.speakers).toEqual([]);
    expect(empty.extras.english).toBeUndefined();
  });
});
