import { describe, expect, it } from "vitest";
import { mergeSpeakers, type SpeakerMention } from "../../src/index/speaker-merge";
import { mergeGroup, sameName, speakerKey } from "../../src/index/speaker-split";
import { affectedKeys, indexTable } from "../../src/index/d1/speaker-delta";
import { mergeMentions, type MentionRow } from "../../src/index/d1/speaker-table";

/** A mention keyed as the indexer keys it now: by the name as written. */
const mention = (name: string, count = 1): SpeakerMention => ({ key: speakerKey(name), name, title: null, person: true, aliases: [name], count });

describe("spellings of one name key: one person or two (issue 13, session 19)", () => {
  it("keeps apart two names a dropped long vowel makes one key: عوض / عايض، محمد / محمود", () => {
    expect(mergeGroup(speakerKey("عوض القرني"))).toBe(mergeGroup(speakerKey("عايض القرني")));
    const merged = mergeSpeakers([mention("عوض القرني", 2), mention("محمد عباس"), mention("عايض القرني", 5), mention("محمود عباس", 39)]);
    expect(merged.speakers.map((s) => [s.name, s.statements])).toEqual([["عوض القرني", 2], ["محمد عباس", 1], ["عايض القرني", 5], ["محمود عباس", 39]]);
    // each statement's key finds the speaker its written name was attributed to
    expect(merged.speakerOf(speakerKey("عايض القرني"))).toBe(2);
    expect(merged.speakerOf(speakerKey("محمود عباس"))).toBe(3);
    expect(merged.keysOf(0)).toEqual([speakerKey("عوض القرني")]);
  });
  it("merges one person spelled two ways: a foreign name's vowels, a doubled letter, a compound's space", () => {
    const merged = mergeSpeakers([mention("ديمتري بيسكوف", 10), mention("دميتري بيسكوف", 3), mention("أحمد داود أوغلو"), mention("أحمد داوود أوغلو"), mention("بدر عبد الرحمن"), mention("بدر عبدالرحمن")]);
    expect(merged.speakers.map((s) => s.name)).toEqual(["ديمتري بيسكوف", "أحمد داود أوغلو", "بدر عبد الرحمن"]);
    expect(merged.speakers[0]!.statements).toBe(13);
    expect(merged.speakerOf(speakerKey("دميتري بيسكوف"))).toBe(0);
  });
  it("a spelling joins the speaker holding any spelling one letter from it (جيورجيوس، جورجيوس، جورجوس)", () => {
    // جورجوس is two letters from جيورجيوس, one from جورجيوس, met after it
    const merged = mergeSpeakers([mention("جيورجيوس دونيس"), mention("جورجوس دونيس"), mention("جورجيوس دونيس")]);
    expect(merged.speakers).toHaveLength(1);
  });
  it("a family name alone joins no full name whose family is another name (حمد is not سعدون حمود)", () => {
    expect(mergeSpeakers([mention("سعدون حمود", 4), mention("حمد", 3)]).speakers).toHaveLength(2);
    expect(mergeSpeakers([mention("سعدون حمود", 4), mention("حمود", 3)]).speakers).toHaveLength(1);
  });
  it("sameName: short words differ by their long vowels, long ones by more than one letter", () => {
    expect(sameName("سعيد", "سعود")).toBe(false);
    expect(sameName("حسن الزهراني", "حسين الزهراني")).toBe(false);
    expect(sameName("نايف الشريف", "نواف الشريف")).toBe(false);
    expect(sameName("بنيامين نتنياهو", "بنيامين نتانياهو")).toBe(true);
    expect(sameName("وزارة الدفاع الأميركية", "وزارة الدفاع الأمريكية")).toBe(true);
    expect(sameName("جانيت يلين", "جانيت ييلين")).toBe(true);
    expect(sameName("عبد الرحمن", "عبدالرحمن")).toBe(true);
  });
  it("the archive merges a write's new spelling with every speaker of its group, as a full merge does", () => {
    const rows: MentionRow[] = ["عوض القرني", "عايض القرني", "القرني"].map((name, article) => ({ article, ord: 0, key: speakerKey(name), name, title: null, person: 1, aliases: JSON.stringify([name]), count: 1 }));
    const before = mergeMentions(rows.slice(0, 2));
    expect(before.map((s) => s.name)).toEqual(["عوض القرني", "عايض القرني"]);
    // a third spelling of the group, or the family name alone, re-merges both speakers' keys
    const affected = affectedKeys(indexTable(before), [speakerKey("عيض القرني")]);
    expect([...affected]).toEqual(expect.arrayContaining([speakerKey("عوض القرني"), speakerKey("عايض القرني")]));
    expect(mergeMentions(rows).map((s) => s.name)).toEqual(["عوض القرني", "عايض القرني", "القرني"]);
  });
});
