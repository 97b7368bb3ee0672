/** Webhook replay protection: a timestamp window and, within it, a memory of signatures already seen. */

/** Webhook requests whose signed timestamp is further than this from now are refused (Slack's and Discord's rule). */
export const MAX_AGE_SECONDS = 5 * 60;

/** True when `timestamp` (Unix seconds, digits only) is within MAX_AGE_SECONDS of now. */
export function freshTimestamp(timestamp: string | undefined, nowSeconds = Date.now() / 1000): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(nowSeconds - Number(timestamp)) <= MAX_AGE_SECONDS;
}

/**
 * Signatures seen lately, per isolate: a signature seen again within the window is a replay. Entries
 * expire after the window (a replay older than that fails the timestamp check anyway); at most
 * `capacity` are kept (default 10,000), the oldest dropped first.
 */
export class ReplayGuard {
  private readonly seen = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  /** Records `signature`; false when it was already seen within the window (a replay). */
  firstSight(signature: string, nowSeconds = Date.now() / 1000): boolean {
    for (const [sig, at] of this.seen) {
      if (at >= nowSeconds - MAX_AGE_SECONDS && this.seen.size < this.capacity) break;
      this.seen.delete(sig);
    }
    const at = this.seen.get(signature);
    if (at !== undefined && at >= nowSeconds - MAX_AGE_SECONDS) return false;
    this.seen.set(signature, nowSeconds);
    return true;
  }
}
