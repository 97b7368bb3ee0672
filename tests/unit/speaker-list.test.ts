import { describe, expect, it } from "vitest";
import { countSpeakerWords, dropSpeakers, SPEAKER_LIST_FEATURES, SPEAKER_LIST_MODEL, speakerListFeatures, speakerListScore, type ListSpeaker } from "../../src/index/speaker-list";
import { annotate, annotateUnchecked } from "../../src/index/annotate";
import type { WordStats } from "../../src/corpus/word-stats";

// Word counts made up for the test: a common noun with its pronoun forms, a verb, two names never inflected.
const counts: Record<string, number> = {
  "صحه": 40, "الصحه": 60, "صحتها": 3, "جواب": 20, "جوابا": 2, "نشر": 30, "نشرت": 12, "ينشر": 9, "تنشر": 8,
  "كلارا": 5, "فيرنانديز": 7, "طبيب": 30, "وطبيب": 1,
};
const stats: WordStats = { count: new Map(Object.entries(counts)), afterSpeech: new Map() };
const inSpeakers = countSpeakerWords(["كلارا فيرنانديز", "كلارا فيرنانديز", "صحتها"]);
const speaker = (name: string): ListSpeaker => ({ name, title: null, person: true, anonymous: false, statements: 1, articles: 1 });

describe("the speaker-list check", () => {
  it("has one feature per name and one weight per feature", () => {
    expect(speakerListFeatures(speaker("كلارا فيرنانديز"), { stats, inSpeakers })).toHaveLength(SPEAKER_LIST_FEATURES.length);
    expect(SPEAKER_LIST_MODEL.weights).toHaveLength(SPEAKER_LIST_FEATURES.length);
  });

  it("scores a pronoun-suffixed noun, an accusative and a conjunction under a name the corpus never inflects", () => {
    const name = speakerListScore(speaker("كلارا فيرنانديز"), { stats, inSpeakers });
    expect(name).toBeGreaterThanOrEqual(SPEAKER_LIST_MODEL.threshold);
    for (const junk of ["صحتها", "جوابا", "وطبيب"]) {
      expect(speakerListScore(speaker(junk), { stats, inSpeakers })).toBeLessThan(SPEAKER_LIST_MODEL.threshold);
    }
  });

  it("drops speakers and renumbers the others; their statements stay without a speaker", () => {
    const out = { speakers: ["a", "b", "c"], statements: { 0: [{ speaker: 0 }, { speaker: 1 }], 4: [{ speaker: 2 }, { speaker: null }] } };
    dropSpeakers(out, [false, true, false]);
    expect(out.speakers).toEqual(["a", "c"]);
    expect(out.statements).toEqual({ 0: [{ speaker: 0 }, { speaker: null }], 4: [{ speaker: 1 }, { speaker: null }] });
  });

  it("annotate keeps a real speaker of a small corpus, and null turns the check off", () => {
    const articles = [{ id: "t1", title: "زيارة", language: "ar", paragraphs: ["وقالت المهندسة كلارا فيرنانديز: «سنفتتح المصنع الجديد في الربيع المقبل»."] }];
    expect(annotate(articles).speakers.map((s) => s.name)).toEqual(["كلارا فيرنانديز"]);
    const { out } = annotateUnchecked(articles);
    expect(annotate(articles, { speakerList: null }).speakers).toEqual(out.speakers);
  });
});
