import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { SCALAR_INTEGRITY, SCALAR_SRC } from "../../src/http/docs";

const get = (path: string, init?: RequestInit) => SELF.fetch(`http://worker${path}`, init);

describe("security headers", () => {
  it.each(["/healthz", "/v1/ask?q=x", "/v1/nowhere", "/openapi.json", "/integrations/slack"])("%s has a CSP, nosniff and frame-ancestors", async (path) => {
    const res = await get(path);
    expect(res.headers.get("content-security-policy")).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("an error answer has them too", async () => {
    const res = await get("/v1/ask", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
    expect(res.status).toBe(415);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
  });

  it("the chat page keeps its own policy", async () => {
    const res = await get("/");
    expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("/docs loads the reference pinned with an integrity hash and no inline script", async () => {
    const res = await get("/docs");
    const html = await res.text();
    expect(html).toContain(`src="${SCALAR_SRC}" integrity="${SCALAR_INTEGRITY}"`);
    expect(SCALAR_SRC).toMatch(/@\d+\.\d+\.\d+\//);
    expect(html).not.toMatch(/<script>|<script type="text\/javascript">/);
    for (const src of html.match(/src="[^"]+"/g) ?? []) expect([`src="${SCALAR_SRC}"`, 'src="/docs/init.js"']).toContain(src);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain(`script-src 'self' ${SCALAR_SRC}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect((await get("/docs/init.js")).status).toBe(200);
  });
});
