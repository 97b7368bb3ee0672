import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// An article written for this test (its own index, not the bundled one).
const articles = [
  { id: "sq1", title: "المعرض", language: "ar", paragraphs: [
    "افتتح معرض الكتاب الدولي أبوابه أمس بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة.",
    "ويستمر المعرض عشرة أيام، وتقام على هامشه ندوات وأمسيات شعرية.",
    "وقال مدير المعرض إن عدد الزوار في اليوم الأول تجاوز التوقعات.",
  ] },
];

const { get } = ownApp(articles);

describe("GET /v1/articles/{id}/summary reads sentences strictly, as top_k and limit", () => {
  it.each(["0x3", "2.0", "1e1", " 2", "abc", "", "٣"])("sentences=%s is a 400 problem that names the rule", async (value) => {
    const res = await get(`/v1/articles/sq1/summary?sentences=${encodeURIComponent(value)}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const body: any = await res.json();
    expect(body.detail).toMatch(/sentences must be a whole number written in decimal digits/);
  });

  it("a repeated sentences is a 400 that says it must be given once, never NaN", async () => {
    const body: any = await (await get("/v1/articles/sq1/summary?sentences=1&sentences=2")).json();
    expect(body.status).toBe(400);
    expect(body.detail).toMatch(/sentences must be given once/);
  });

  it("reads a plain number, the default and the range", async () => {
    expect(((await (await get("/v1/articles/sq1/summary?sentences=1")).json()) as any).summary).toHaveLength(1);
    expect((await get("/v1/articles/sq1/summary")).status).toBe(200);
    expect((await get("/v1/articles/sq1/summary?sentences=11")).status).toBe(400);
  });
});
