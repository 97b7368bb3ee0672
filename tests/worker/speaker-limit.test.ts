import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test (its own index, not the bundled one): the first speaker the index lists
// is quoted once, the second three times.
const articles = [
  { id: "sl1", title: "الزراعة", language: "ar", paragraphs: ["قال المزارع سالم الهاجري إن موسم التمور كان جيدا هذا العام."] },
  { id: "sl2", title: "الري", language: "ar", paragraphs: [
    "قال مدير مشروع الري نواف الحمدان إن القنوات الجديدة ستخدم ألف مزرعة.",
    "وأضاف الحمدان أن المرحلة الثانية تبدأ في الربيع.",
    "وأكد الحمدان أن المشروع يوفر نصف المياه المستخدمة حاليا.",
  ] },
];

const { get } = ownApp(articles);
const names = async (path: string) => ((await (await get(path)).json()) as any).speakers.map((s: any) => [s.name, s.statements]);

describe("GET /v1/speakers?limit: the most quoted speakers only (what the page's examples need)", () => {
  it("limit=1 is the most quoted, whatever the index's order; without limit the whole list as before", async () => {
    const all = await names("/v1/speakers");
    expect(all.map((s: any) => s[0])).toEqual(["سالم الهاجري", "نواف الحمدان"]);
    expect(await names("/v1/speakers?limit=1")).toEqual([["نواف الحمدان", 3]]);
    expect((await names("/v1/speakers?limit=5")).map((s: any) => s[0])).toEqual(["نواف الحمدان", "سالم الهاجري"]);
  });
  it.each(["0", "abc", "1e1", "10001"])("limit=%s is a 400 problem", async (value) => {
    const res = await get(`/v1/speakers?limit=${value}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });
});
