import { describe, expect, it } from "vitest";
import { berlinLocalToUtc, berlinToday, utcToBerlinLocal } from "../../lib/core/validation/berlin-time.ts";

describe("Berlin wall-clock time", () => {
  it("winter (CET, UTC+1) and summer (CEST, UTC+2)", () => {
    expect(berlinLocalToUtc("2026-12-01T14:00")?.toISOString()).toBe("2026-12-01T13:00:00.000Z");
    expect(berlinLocalToUtc("2026-07-01T14:00")?.toISOString()).toBe("2026-07-01T12:00:00.000Z");
  });
  it("across the DST switches", () => {
    expect(berlinLocalToUtc("2026-03-29T01:30")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(berlinLocalToUtc("2026-03-29T02:30")).toBeNull(); // does not exist
    expect(berlinLocalToUtc("2026-03-29T03:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(berlinLocalToUtc("2026-10-25T12:00")?.toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });
  it("round-trips and rejects malformed input", () => {
    for (const value of ["2026-01-15T09:05", "2026-06-30T23:59", "2026-10-25T01:00"])
      expect(utcToBerlinLocal(berlinLocalToUtc(value)!)).toBe(value);
    expect(berlinLocalToUtc("2026-02-30T10:00")).toBeNull();
    expect(berlinLocalToUtc("morgen")).toBeNull();
  });

  it("today is the Berlin calendar day, also in the hour after midnight when UTC is still on the day before", () => {
    expect(berlinToday(new Date("2026-12-07T23:30:00Z")).toISOString()).toBe("2026-12-08T00:00:00.000Z");
    expect(berlinToday(new Date("2026-06-30T22:30:00Z")).toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(berlinToday(new Date("2026-12-07T12:00:00Z")).toISOString()).toBe("2026-12-07T00:00:00.000Z");
  });
});
