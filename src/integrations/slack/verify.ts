import { hmacSha256Hex, timingSafeEqual } from "../crypto";
import { freshTimestamp, MAX_AGE_SECONDS } from "../replay";

/** Slack rejects requests older than this, and so do we. */
export const SLACK_MAX_AGE_SECONDS = MAX_AGE_SECONDS;

/**
 * Slack's request signature: v0=HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + raw body), hex,
 * compared in constant time; a timestamp more than five minutes from now is stale.
 */
export async function verifySlack(secret: string, timestamp: string | undefined, signature: string | undefined, body: string, nowSeconds = Date.now() / 1000): Promise<boolean> {
  if (!signature || !freshTimestamp(timestamp, nowSeconds)) return false;
  const expected = `v0=${await hmacSha256Hex(secret, `v0:${timestamp}:${body}`)}`;
  return timingSafeEqual(expected, signature);
}
