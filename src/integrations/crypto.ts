/** Small WebCrypto helpers for the webhook signatures. */
export { timingSafeEqual } from "../door/timing";

export function hex(bytes: ArrayBuffer | Uint8Array): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function fromHex(text: string): Uint8Array | null {
  if (!/^(?:[0-9a-f]{2})*$/i.test(text)) return null;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export async function hmacSha256Hex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  return hex(await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(message)));
}

/** Ed25519 verification with a hex public key (Discord's format). False for any malformed input. */
export async function verifyEd25519(publicKeyHex: string, signatureHex: string, message: string): Promise<boolean> {
  const key = fromHex(publicKeyHex);
  const signature = fromHex(signatureHex);
  if (!key || key.length !== 32 || !signature || signature.length !== 64) return false;
  try {
    const cryptoKey = await crypto.subtle.importKey("raw", key, { name: "Ed25519" }, false, ["verify"]);
    return await crypto.subtle.verify({ name: "Ed25519" }, cryptoKey, signature, new TextEncoder().encode(message));
  } catch {
    return false;
  }
}
