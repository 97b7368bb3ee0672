import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/corpus/schema";
import { askBoth } from "./ask-both";

// Articles written for this test (invented people): names whose suffix Arabic writes as a word of its own
// (أوغلو، زاده، نجاد، الله) while English joins it, and people who hold one part of such a name alone, so that
// a stem is found only next to its suffix (داود, which Davud's sound key does not reach), and the divine name stands in many names (عبد الله) as in the archive.
const names = [
  "مولود يلماز أوغلو", "كمال أوغلو", "داود الشامي", "علي حسن زاده", "علي حسن", "علي أكبري نجاد",
  "سيف الله الحربي", "فتح الله الشمري", "محمود طاش أوغلو", "عبد الله المقرن", "نصر الدين الحربي", "سليم داود أوغلو",
];
const articles: Article[] = names.map((n, i) => ({
  id: `sfx-${i}`,
  title: "تصريحات",
  language: "ar",
  paragraphs: [`وقال ${n} في تصريح صحفي: «نحن راضون عن نتائج الاجتماع الأخير».`, `وأضاف ${n.split(" ")[0]} أن العمل مستمر.`],
}));

/** English questions naming them with the suffix joined, and suffix names nobody here has. */
const asked = [
  "What did Mevlut Yilmazoglu say?", "What did Yilmazoglu say?", "What did Mahmut Tasoglu say?", "What did Ali Hassanzadeh say?",
  "What did Hassanzadeh say?", "What did Ali Akbarinejad say?", "What did Saifullah al-Harbi say?", "What did Fathallah say?",
  "What did Davutoglu say?", "What did Ahmet Davutoglu say?", "What did Nasrallah say?", "What did Ahmadinejad say?",
  "What did Abdullah al-Muqrin say?", "What did Selim Davutoglu say?",
];

describe("suffix compounds over the D1 store", () => {
  it("answers as the bundled index, reading no whole speaker table", { timeout: 60_000 }, async () => {
    const found = await askBoth(env.SUFFIX_DB, articles, asked);
    expect(found["What did Mevlut Yilmazoglu say?"]).toBe("مولود يلماز أوغلو");
    expect(found["What did Yilmazoglu say?"]).toBe("مولود يلماز أوغلو");
    expect(found["What did Ali Hassanzadeh say?"]).toBe("علي حسن زاده");
    expect(found["What did Saifullah al-Harbi say?"]).toBe("سيف الله الحربي");
    expect(found["What did Fathallah say?"]).toBe("فتح الله الشمري");
    // Davud's sound key (DFD) is two classes from داود's (D): the stem is found next to its suffix alone
    expect(found["What did Selim Davutoglu say?"]).toBe("سليم داود أوغلو");
    expect(found["What did Davutoglu say?"]).toBe("سليم داود أوغلو");
    for (const q of ["What did Ahmet Davutoglu say?", "What did Nasrallah say?", "What did Ahmadinejad say?"]) expect(found[q], q).toBeNull();
  });
});
