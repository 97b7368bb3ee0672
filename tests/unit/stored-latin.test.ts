import { describe, expect, it } from "vitest";
import { latinName } from "../../src/answer/names";
import { buildCorpusIndex, deserializeIndex, plainWords, SearchIndex, serializeIndex, speakerLatin } from "../../src/index";

const articles = [
  { id: "a1", title: "محادثات", language: "ar", paragraphs: ['وقال وزير الخارجية الروسي سيرجي لافروف إن "المحادثات ستستمر".', 'وقال جوسيه مورينيو: "سنفوز".'] },
  { id: "a2", title: "رد", language: "ar", paragraphs: ['قالت المتحدثة باسم المعارضة ليلى منصور: "لن نقبل بأي شروط".'] },
];

describe("the indexer stores each speaker name's Latin spelling (SpeakerRecord.latin)", () => {
  const loaded = new SearchIndex(deserializeIndex(serializeIndex(buildCorpusIndex(articles))));
  const { speakers } = loaded.data.extras;

  it("one spelling a name word, the speller's display of the word as written", () => {
    expect(speakers.length).toBeGreaterThan(1);
    for (const s of speakers) expect(s.latin).toEqual(speakerLatin(s.name));
  });

  it("an English answer shows the same name with or without it (an archive's speakers have none)", () => {
    const shown = speakers.map((_, i) => latinName(loaded, i));
    expect(shown.every((n) => /^[A-Z]/.test(n))).toBe(true);
    const data = buildCorpusIndex(articles);
    for (const s of data.extras.speakers) delete s.latin;
    const bare = new SearchIndex(data);
    expect(bare.data.extras.speakers.map((_, i) => latinName(bare, i))).toEqual(shown);
    // the question's spelling still wins for the words it named
    const w = plainWords(speakers[0]!.name).split(" ")[0]!;
    expect(latinName(loaded, 0, new Map([[w, "given"]])).split(" ")[0]).toBe("Given");
  });
});
