import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { recoverStaleLock } from "../../lib/core/db/embedded.ts";

function dataDirWithLock(pid: number) {
  const dir = mkdtempSync(path.join(tmpdir(), "bn-lock-"));
  writeFileSync(path.join(dir, "postmaster.pid"), `${pid}\n/data\n1700000000\n54329\n`);
  return dir;
}

describe("stale lock of the embedded database", () => {
  it("nothing to do without a lock file", () => {
    expect(recoverStaleLock(mkdtempSync(path.join(tmpdir(), "bn-lock-")))).toBeNull();
  });

  it("removes the lock of a process that no longer runs, with a German message", () => {
    const dir = dataDirWithLock(2_147_483_000);
    expect(recoverStaleLock(dir)).toMatch(/Veraltete Sperrdatei .* entfernt/);
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
  });

  it("removes the lock when its PID now belongs to another program", () => {
    const dir = dataDirWithLock(process.pid); // this test runner is alive, but is not postgres
    expect(recoverStaleLock(dir)).toMatch(/Veraltete Sperrdatei/);
  });

  it("refuses when a postgres process really holds the folder", async () => {
    // A process whose name starts with "postgres": a copy of sleep, renamed.
    const fake = path.join(mkdtempSync(path.join(tmpdir(), "bn-fake-")), "postgres");
    const { copyFileSync, chmodSync } = await import("node:fs");
    copyFileSync("/bin/sleep", fake);
    chmodSync(fake, 0o755);
    const child = spawn(fake, ["30"]);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const dir = dataDirWithLock(child.pid!);
      expect(() => recoverStaleLock(dir)).toThrow(/läuft bereits/);
      expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(true);
    } finally {
      child.kill();
    }
  });
});
