import { SELF } from "cloudflare:test";

export async function getJson<T = any>(path: string): Promise<{ status: number; body: T; type: string }> {
  const res = await SELF.fetch(`http://worker${path}`);
  return { status: res.status, body: (await res.json()) as T, type: res.headers.get("content-type") ?? "" };
}

export async function postJson<T = any>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T; type: string }> {
  const res = await SELF.fetch(`http://worker${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T, type: res.headers.get("content-type") ?? "" };
}

/** The fixture articles (tests/fixtures/articles) the Worker suite's index is built from. */
export const SUMMIT = "fx-summit-01";
export const OIL = "fx-oil-02";
export const FOOTBALL = "fx-football-03";
/** Speakers the fixture articles quote. */
export const SPOKESMAN = "يوهانس كوسكينن";
export const MINISTER = "خالد العنزي";
