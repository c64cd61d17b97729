import { describe, expect, it } from "vitest";
import { describeChoice } from "@/lib/voting/describe-choice";

const options = [
  { id: "b-2", label: "MINT-Bildung" },
  { id: "a-1", label: "Inklusion" },
  { id: "c-3", label: "Kulturelle Bildung" },
];

describe("a stored choice in words", () => {
  it("lists points in the poll's option order, whatever order the stored object has", () => {
    // jsonb returns object keys sorted by its own rules, here "a-1" before "b-2"
    expect(describeChoice({ points: { "a-1": 2, "b-2": 3 } }, options)).toBe("MINT-Bildung: 3, Inklusion: 2");
    expect(describeChoice({ points: {} }, options)).toBe("keine Punkte");
  });

  it("names votes, approvals and rankings", () => {
    expect(describeChoice({ vote: "ABSTAIN" }, options)).toBe("Enthaltung");
    expect(describeChoice({ approve: [] }, options)).toBe("keine Option (Enthaltung)");
    expect(describeChoice({ approve: ["c-3", "b-2"] }, options)).toBe("Kulturelle Bildung, MINT-Bildung");
    expect(describeChoice({ order: ["c-3", "b-2", "a-1"] }, options)).toBe(
      "1. Kulturelle Bildung, 2. MINT-Bildung, 3. Inklusion",
    );
  });
});
