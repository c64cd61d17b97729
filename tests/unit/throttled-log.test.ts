// Issue 19: during a database outage every request answered 503 and wrote its own log line;
// the line now comes once per interval with the count of the ones left out.
import { describe, expect, it } from "vitest";
import { throttledLog } from "../../lib/core/log/throttled-log.ts";

function clockedLog(intervalMs: number) {
  let now = 1_000_000;
  const lines: string[] = [];
  const log = throttledLog({ intervalMs, write: (line) => lines.push(line), now: () => now });
  return { log, lines, advance: (ms: number) => (now += ms) };
}

describe("throttledLog", () => {
  it("writes the first line at once and nothing more within the interval", () => {
    const { log, lines, advance } = clockedLog(10_000);
    log("Datenbank nicht erreichbar");
    for (let i = 0; i < 500; i++) {
      advance(19);
      log("Datenbank nicht erreichbar");
    }
    expect(lines).toEqual(["Datenbank nicht erreichbar"]);
  });

  it("the next line after the interval says how many were left out, then counting starts again", () => {
    const { log, lines, advance } = clockedLog(10_000);
    log("503");
    for (let i = 0; i < 41; i++) {
      advance(200);
      log("503");
    }
    advance(10_000);
    log("503");
    advance(10_001);
    log("503");
    expect(lines).toEqual(["503", "503 (41 weitere solche Meldungen in den 18 s davor nicht geschrieben)", "503"]);
  });

  it("one left out is counted in the singular", () => {
    const { log, lines, advance } = clockedLog(1_000);
    log("x");
    advance(500);
    log("x");
    advance(500);
    log("x");
    expect(lines).toEqual(["x", "x (1 weitere solche Meldung in den 1 s davor nicht geschrieben)"]);
  });
});
