import { hmacSha256Hex, timingSafeEqual } from "../crypto";

/** Slack rejects requests older than this, and so do we. */
export const SLACK_MAX_AGE_SECONDS = 5 * 60;

/**
 * Slack's request signature: v0=HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body), hex,
 * compared in constant time; a timestamp more than five minutes from now is stale.
 */
export async function verifySlack(secret: string, timestamp: string | undefined, signature: string | undefined, body: string, nowSeconds = Date.now() / 1000): Promise<boolean> {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > SLACK_MAX_AGE_SECONDS) return false;
  const expected = `v0=${await hmacSha256Hex(secret, `v0:${timestamp}:${body}`)}`;
  return timingSafeEqual(expected, signature);
}
