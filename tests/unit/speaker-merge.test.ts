import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/analysis";
import { mergeSpeakers, speakerId, type SpeakerMention } from "../../src/index/speaker-merge";
import { oneEditApart } from "../../src/index/speaker-split";

const mention = (name: string, count = 1, title: string | null = null): SpeakerMention =>
  ({ key: nameKey(name), name, title, person: true, aliases: [name], count });

describe("mergeSpeakers", () => {
  it("merges the two spellings of a compound «عبد X» into one speaker, under the first met", () => {
    const merged = mergeSpeakers([mention("سامر عبد الكريم", 2, "مدير المرصد"), mention("نادر الحلو"), mention("سامر عبدالكريم", 3)]);
    expect(merged.speakers.map((s) => s.name)).toEqual(["سامر عبد الكريم", "نادر الحلو"]);
    expect(merged.speakers[0]).toMatchObject({ id: speakerId(nameKey("سامر عبد الكريم")), statements: 5, title: "مدير المرصد" });
    expect(merged.speakers[0]!.aliases).toContain("سامر عبدالكريم");
    // either spelling's key finds the speaker, and the speaker lists both keys, its own first
    expect(merged.speakerOf(nameKey("سامر عبدالكريم"))).toBe(0);
    expect(merged.speakerOf(nameKey("سامر عبد الكريم"))).toBe(0);
    expect(merged.keysOf(0)).toEqual([nameKey("سامر عبد الكريم"), nameKey("سامر عبدالكريم")]);
  });
  it("keeps apart names that differ by more than the space: عبد الكريم is not عبد الكريمي nor كريم", () => {
    const merged = mergeSpeakers([mention("سامر عبد الكريم"), mention("سامر عبدالكريمي"), mention("سامر كريم")]);
    expect(merged.speakers).toHaveLength(3);
  });
  it("a family name alone joins the one full name that ends with it, whichever way the compound is written", () => {
    const merged = mergeSpeakers([mention("سامر عبد الكريم", 2), mention("عبدالكريم", 1)]);
    expect(merged.speakers).toHaveLength(1);
    expect(merged.speakerOf(nameKey("عبدالكريم"))).toBe(0);
    expect(merged.speakers[0]!.statements).toBe(3);
  });
  it("a one-word name joins a full name only when written within one letter of its family name", () => {
    // عايد and عواد share a name key (keys drop long vowels) but are two names: no join
    const apart = mergeSpeakers([mention("سامي عواد", 2), mention("عايد", 1)]);
    expect(apart.speakers).toHaveLength(2);
    // a spelling one letter off, or with two letters swapped, still joins (نتانياهو / نتنياهو, برازاني / بارزاني)
    expect(mergeSpeakers([mention("كمال نتنياهو", 2), mention("نتانياهو", 1)]).speakers).toHaveLength(1);
    expect(mergeSpeakers([mention("كمال بارزاني", 2), mention("برازاني", 1)]).speakers).toHaveLength(1);
  });
  it("oneEditApart: one letter added, dropped, changed or two adjacent swapped", () => {
    expect(oneEditApart("نتنياهو", "نتانياهو")).toBe(true);
    expect(oneEditApart("بارزاني", "برازاني")).toBe(true);
    expect(oneEditApart("عواد", "عايد")).toBe(false);
    expect(oneEditApart("عطيف", "عاطف")).toBe(false);
    expect(oneEditApart("", "")).toBe(true);
  });
});
