import { describe, expect, it, vi } from "vitest";

vi.mock("../../lib/core/db/client.ts", () => ({})); // safeReturnPath is pure; keep the database out
const { safeReturnPath } = await import("../../lib/auth/log-in.ts");

describe("return path after login", () => {
  it.each([
    ["/kreis-mettmann/intern", "/kreis-mettmann/intern"],
    ["/bielefeld/intern?tab=1", "/bielefeld/intern?tab=1"],
    ["//evil.example/", null],
    ["https://evil.example/", null],
    ["/\\evil.example", null],
    ["intern", null],
    [42, null],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
