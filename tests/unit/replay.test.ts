import { describe, expect, it } from "vitest";
import { freshTimestamp, MAX_AGE_SECONDS, ReplayGuard } from "../../src/integrations/replay";

describe("replay window", () => {
  it("accepts timestamps within five minutes either way, and digits only", () => {
    expect(freshTimestamp("1000", 1000 + MAX_AGE_SECONDS)).toBe(true);
    expect(freshTimestamp("1000", 1001 + MAX_AGE_SECONDS)).toBe(false);
    expect(freshTimestamp("1301", 1000)).toBe(false);
    for (const bad of [undefined, "", "1e3", "-5", " 1000", "0x10"]) expect(freshTimestamp(bad, 1000)).toBe(false);
  });

  it("remembers a signature for the window, then forgets it, and keeps at most its capacity", () => {
    const guard = new ReplayGuard(3);
    expect(guard.firstSight("a", 0)).toBe(true);
    expect(guard.firstSight("a", 10)).toBe(false);
    expect(guard.firstSight("a", MAX_AGE_SECONDS + 1)).toBe(true);
    for (const s of ["b", "c", "d", "e"]) expect(guard.firstSight(s, 400)).toBe(true);
    expect(guard.firstSight("e", 401)).toBe(false);
  });
});
