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

export const SEED = "000_1c09154c65ee4cf0";
