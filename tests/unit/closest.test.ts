import { describe, expect, it } from "vitest";
import { buildCorpusIndex, SearchIndex, type SpeakerRecord } from "../../src/index";
import { closestSpeakers, partByPart } from "../../src/answer/closest";

const speaker = (id: string, name: string, statements: number, aliases: string[] = []): SpeakerRecord => ({
  id, name, title: null, person: true, aliases: [name, ...aliases], statements,
});

/** An index whose speaker records are given: a real one and the kinds of junk an indexer can leave. */
function indexWith(records: SpeakerRecord[]): SearchIndex {
  const data = buildCorpusIndex([{ id: "a", title: "", language: "ar", paragraphs: ["نص قصير."] }]);
  data.extras.speakers.splice(0, data.extras.speakers.length, ...records);
  return new SearchIndex(data);
}

describe("did you mean: closest speakers", () => {
  const index = indexWith([
    speaker("sp_real", "هنري كافانا", 40, ["كافانا"]),
    // words glued after the name, fewer statements
    speaker("sp_glued", "هنري كافانا أهمية الدور", 6),
    // the name inside an alias only, not the speaker's own name
    speaker("sp_other", "أعلنت مرارا", 9, ["كافانا"]),
    // the name not last
    speaker("sp_first", "كافانا ليقول", 3),
  ]);

  it("offers the clean name and leaves out glued, alias-only and misplaced matches", () => {
    const ids = closestSpeakers(index, "Cavana", 5).map((c) => c.id);
    expect(ids).toEqual(["sp_real"]);
    expect(closestSpeakers(index, "Henry Cavana", 5).map((c) => c.id)).toEqual(["sp_real"]);
  });

  it("keeps a longer name that has more statements than the shorter record inside it", () => {
    const idx = indexWith([speaker("sp_full", "هنري كافانا", 40), speaker("sp_family", "كافانا", 5)]);
    expect(closestSpeakers(idx, "Cavana", 5).map((c) => c.id).sort()).toEqual(["sp_family", "sp_full"]);
  });

  it("matches name words part by part: the last to the last word, the others before it in order", () => {
    const scores = [new Map([["هنري", 2]]), new Map([["كافانا", 3]])];
    expect(partByPart(scores, ["هنري", "كافانا"])).toBe(5);
    expect(partByPart(scores, ["كافانا", "هنري"])).toBeNull();
    expect(partByPart(scores, ["هنري", "كافانا", "الدور"])).toBeNull();
    expect(partByPart([new Map([["كافانا", 3]])], ["هنري", "كافانا"])).toBe(3);
  });
});
